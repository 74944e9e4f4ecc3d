// `assay record [-o policy.yaml] [--sandbox-policy-out P] [--profile-out P] [--events-out F] -- <command…>`
// (alias `assay policy record`; docs/record.md): run the command under the native helper's `trace` mode,
// then write what it did as a generate/record document, a sandbox policy and a profile. The command's
// stdio is inherited and its exit status is ours; outputs are written whatever the status.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Command } from 'commander';
import { ConfigError, InfraError, UsageError } from '../../src/core/errors.js';
import { aggregate, parseObservations, profileFromAggregate, recordDocument, recordSandboxPolicy, sandboxPolicyText } from '../../src/core/record/index.js';
import { installPrefix } from '../../src/core/sandbox/plan.js';
import { emitYaml } from '../../src/core/generate/yaml-emit.js';
import { serializeProfile, profileFormatFor } from '../../src/core/profile/model.js';
import { locateHelper } from '../../src/runtime/native/index.js';
import { err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { commandClock, isoSeconds, numberFlag, printWarnings, writeOutput } from '../command-helpers.js';

interface RecordFlags {
  output?: string;
  sandboxPolicyOut?: string;
  profileOut?: string;
  eventsOut?: string;
  observations?: string;
  name: string;
  backend: string;
  settleMs: string;
  timeout?: string;
  nativeHelper?: string;
  reproducible?: boolean;
  quiet?: boolean;
}

const SETUP_STAGES = new Set(['ptrace', 'seccomp', 'fork']);

function configure(cmd: Command): Command {
  return cmd
    .description('Run a command under observation and write the least-privilege policy it needs (learning mode)')
    .argument('<command...>', 'the command to record (after --)')
    .option('-o, --output <file>', 'generate/record document (default policy.yaml)')
    .option('--sandbox-policy-out <file>', 'ready sandbox policy for assay sandbox --policy')
    .option('--profile-out <file>', 'profile of the run (input of assay evidence export --profile)')
    .option('--events-out <file>', 'keep the raw assay.observation.v1 events (JSONL)')
    .option('--observations <file>', 'alias of --events-out')
    .option('--name <name>', '_meta.name of the document', 'Recorded Policy')
    .option('--backend <backend>', 'auto | ptrace (the native helper)', 'auto')
    .option('--settle-ms <ms>', 'how long descendants may outlive the command', '500')
    .option('--timeout <seconds>', 'stop the command after this many seconds (exit 124)')
    .option('--native-helper <path>', 'helper binary (also ASSAY_NATIVE_HELPER)')
    .option('--reproducible', 'generated_at from SOURCE_DATE_EPOCH (else 1970)')
    .option('-q, --quiet', 'errors only')
    .exitOverride();
}

export function register(program: Command): void {
  const action = async (command: string[], flags: RecordFlags): Promise<void> => {
    process.exitCode = await runRecord(command, flags);
  };
  configure(program.command('record')).action(action);
  const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
  configure(policy.command('record')).action(action);
}

interface TraceRun {
  /** Exit status as the command saw it: code, or 128 + signal. */
  status: number;
  timedOut: boolean;
  /** The status-fd line when the helper failed before the command ran. */
  setupFailure?: { stage: string; errname: string };
}

function runTrace(helper: string, eventsPath: string, command: string[], settleMs: number, timeoutS: number | undefined): Promise<TraceRun> {
  return new Promise((resolve, reject) => {
    const args = ['trace', '--events-out', eventsPath, '--linger-ms', String(settleMs), '--status-fd', '3', '--', ...command];
    const child = spawn(helper, args, { stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
    let status = '';
    child.stdio[3]!.on('data', (b: Buffer) => (status += b.toString('utf8')));
    child.stdio[3]!.on('error', () => undefined);
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      timeoutS !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM'); // the helper forwards it to the command
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
          }, timeoutS * 1000)
        : undefined;
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    const onInt = forward('SIGINT');
    const onTerm = forward('SIGTERM');
    process.on('SIGINT', onInt);
    process.on('SIGTERM', onTerm);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
      const sigNum = signal ? (os.constants.signals[signal] ?? 0) : 0;
      const run: TraceRun = { status: code ?? 128 + sigNum, timedOut };
      const line = status.split('\n').find((l) => l.trim() !== '');
      if (line) {
        try {
          const v = JSON.parse(line) as { stage?: unknown; errname?: unknown };
          if (typeof v.stage === 'string') run.setupFailure = { stage: v.stage, errname: String(v.errname ?? '') };
        } catch {
          // not a status line: ignore
        }
      }
      resolve(run);
    });
  });
}

/** Canonical path (symlinks resolved) when it still exists; its parent's canonical form + name otherwise. */
function canonicalize(p: string): string {
  // /proc/self and /proc/thread-self are links to the recorded process: keep them as written.
  if (p === '/proc' || p.startsWith('/proc/') || p.startsWith('/sys/')) return p;
  try {
    return fs.realpathSync(p);
  } catch {
    try {
      return path.join(fs.realpathSync(path.dirname(p)), path.basename(p));
    } catch {
      return p;
    }
  }
}

export async function runRecord(command: string[], flags: RecordFlags): Promise<number> {
  let tmp: string | undefined;
  try {
    if (command.length === 0) throw new UsageError('E_INVALID_ARGS', 'give the command to record after --', { source: 'cli' });
    if (flags.eventsOut !== undefined && flags.observations !== undefined && flags.eventsOut !== flags.observations) {
      throw new UsageError('E_INVALID_ARGS', '--events-out and --observations are the same option; give one', { source: 'cli' });
    }
    if (flags.backend !== 'auto' && flags.backend !== 'ptrace') {
      throw new UsageError('E_INVALID_ARGS', `invalid --backend "${flags.backend}" (allowed: auto, ptrace)`, { source: 'cli' });
    }
    const settleMs = numberFlag('--settle-ms', flags.settleMs);
    if (!Number.isSafeInteger(settleMs) || settleMs < 0 || settleMs > 3_600_000) throw new UsageError('E_INVALID_ARGS', '--settle-ms must be an integer in [0, 3600000]', { source: 'cli' });
    const timeoutS = flags.timeout !== undefined ? numberFlag('--timeout', flags.timeout) : undefined;
    if (timeoutS !== undefined && !(timeoutS > 0)) throw new UsageError('E_INVALID_ARGS', '--timeout must be > 0', { source: 'cli' });
    const eventsFlag = flags.eventsOut ?? flags.observations;

    const loc = locateHelper(flags.nativeHelper !== undefined ? { explicit: flags.nativeHelper } : {});
    if (!loc.ok) {
      throw new ConfigError('E_OBSERVER_UNAVAILABLE', `no observation backend: ${loc.message}${loc.install ? ` (${loc.install})` : ''}`, { source: 'cli' });
    }
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-record-'));
    const eventsPath = path.join(tmp, 'events.jsonl');
    const run = await runTrace(loc.path, eventsPath, command, settleMs, timeoutS);
    if (run.setupFailure && SETUP_STAGES.has(run.setupFailure.stage)) {
      throw new ConfigError('E_OBSERVER_UNAVAILABLE', `the native tracer could not observe the command (${run.setupFailure.stage}: ${run.setupFailure.errname})`, { source: 'cli' });
    }

    const text = fs.existsSync(eventsPath) ? fs.readFileSync(eventsPath, 'utf8') : '';
    const parsed = parseObservations(text, 'events');
    printWarnings(parsed.warnings, flags.quiet);
    const agg = aggregate(parsed.observations, { resolve: canonicalize });
    const now = isoSeconds(commandClock(flags.reproducible));
    const header = [`assay record: ${command.join(' ')}`.slice(0, 200)];

    const doc = recordDocument(agg, { name: flags.name, generatedAt: now });
    const mainExe = parsed.observations.find((o) => o.kind === 'exec' && (o.result === undefined || o.result === 0));
    const covered = mainExe && mainExe.kind === 'exec' ? [{ path: installPrefix(canonicalize(mainExe.path)), access: 'rx' as const }] : [];
    const home = os.homedir();

    const outputs: Array<[string, string]> = [];
    outputs.push([flags.output ?? 'policy.yaml', emitYaml(doc, { header })]);
    if (flags.sandboxPolicyOut !== undefined) {
      const sp = recordSandboxPolicy(agg, { home, covered });
      outputs.push([flags.sandboxPolicyOut, sandboxPolicyText(sp, header)]);
    }
    if (flags.profileOut !== undefined) {
      const runId = `record_${now.replace(/[^0-9]/g, '')}`;
      const profile = profileFromAggregate(agg, { name: flags.name, runId, fallbackTime: now });
      outputs.push([flags.profileOut, serializeProfile(profile, profileFormatFor(flags.profileOut))]);
    }
    if (eventsFlag !== undefined) outputs.push([eventsFlag, text]);
    for (const [given, body] of outputs) {
      const ref = fileRef(given);
      writeOutput(ref.path, ref.display, body);
      if (!flags.quiet) err(`Wrote ${ref.display}`);
    }
    if (!flags.quiet) {
      err(`Recorded ${parsed.observations.length} events: ${agg.files.size} files, ${agg.network.size} destinations, ${agg.processes.size} executables (${agg.ignored} failed or path-only operations not granted)`);
    }
    if (run.timedOut) return reportError(new InfraError('E_CHILD_TIMEOUT', `the command did not finish within ${timeoutS} s`, { source: 'cli' }));
    return run.status;
  } catch (e) {
    return reportError(e);
  } finally {
    if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
  }
}
