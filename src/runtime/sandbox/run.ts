// `assay sandbox`: load the policy, filter the env, probe, plan, then run the command under
// `assay-native exec` (Landlock + no_new_privs [+ seccomp]) or, when containment is impossible, loudly
// uncontained (or not at all with --fail-closed). Exit: the child's code, 128+N on signal, 124 on
// --timeout, 2 for Assay's own refusals. See docs/sandbox.md.
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isatty } from 'node:tty';
import { ConfigError, UsageError } from '../../core/errors.js';
import { planNet, type NetPlan } from '../../core/sandbox/net.js';
import { planRules, ruleCounts, type Plan } from '../../core/sandbox/plan.js';
import { builtinMinimalPolicy, parseSandboxPolicy, type SandboxPolicy } from '../../core/sandbox/policy.js';
import { readTextStrict } from '../../core/util/read-text.js';
import { envBanner, filterEnv, type EnvMode } from '../env-filter.js';
import { landlockDetail, locateHelper, runProbe, ProbeFailed, type ProbeResult } from '../native/index.js';
import { nodeFsView } from './fs-view.js';
import { helperExecArgs, parseStatusLine, type StatusLine } from './helper-args.js';
import { resolveCommand } from './resolve-command.js';
import { createScopedTmp, removeScopedTmp } from './scoped-tmp.js';
import { writeSandboxEvidence, type Degradation } from './evidence.js';

export interface SandboxOptions {
  command: string[];
  /** Policy path and how to show it; undefined = built-in mcp-server-minimal. */
  policy?: { path: string; display: string };
  failClosed: boolean;
  enforceNet: boolean;
  envMode: EnvMode;
  envStripExec: boolean;
  envAllow: string[];
  envSafePath: boolean;
  workdir?: string;
  timeoutMs?: number;
  evidenceOut?: string;
  nativeHelper?: string;
  seccompBaseline: boolean;
  verbose: boolean;
  quiet: boolean;
}

export interface SandboxIo {
  env: NodeJS.ProcessEnv;
  stderr: (line: string) => void;
  /** Processes we forward SIGINT/SIGTERM/SIGHUP from. */
  signals?: NodeJS.EventEmitter;
}

export interface SandboxResult {
  exitCode: number;
  contained: boolean;
  timedOut: boolean;
  degradations: Degradation[];
}

const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

function loadPolicy(o: SandboxOptions): SandboxPolicy {
  if (!o.policy) return builtinMinimalPolicy();
  let text: string;
  try {
    text = readTextStrict(o.policy.path, o.policy.display, 'E_POLICY_LOAD_FAILED_UNENFORCEABLE');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new ConfigError('E_MISSING_CONFIG', `sandbox policy not found: ${o.policy.display}`, { source: 'policy', context: { file: o.policy.display } });
    }
    if (code !== undefined) {
      throw new ConfigError('E_POLICY_LOAD_FAILED_UNENFORCEABLE', `sandbox policy unreadable (${code}): ${o.policy.display}`, { source: 'policy', context: { file: o.policy.display } });
    }
    throw e;
  }
  return parseSandboxPolicy(text, o.policy.display);
}

function netPlanOf(policy: SandboxPolicy, enforceNet: boolean): NetPlan | undefined {
  const net = planNet(policy.net);
  const relevant = net.problems.filter((p) => enforceNet || p.field === 'bind');
  if (relevant.length > 0) {
    const list = relevant.map((p) => `net.${p.field} ${JSON.stringify(p.entry)}: ${p.reason}`);
    throw new ConfigError('E_NET_POLICY_NOT_EXPRESSIBLE', `Landlock cannot express ${list.join('; ')}`, {
      source: 'policy',
      diagnostics: list.map((message) => ({ code: 'E_NET_POLICY_NOT_EXPRESSIBLE', severity: 'error' as const, message, source: 'policy' as const })),
    });
  }
  return net;
}

export async function runSandbox(o: SandboxOptions, io: SandboxIo): Promise<SandboxResult> {
  if (o.command.length === 0) throw new UsageError('E_INVALID_ARGS', 'missing command after --', { source: 'cli' });
  const say = (line: string) => {
    if (!o.quiet) io.stderr(line);
  };
  const policy = loadPolicy(o);
  const net = netPlanOf(policy, o.enforceNet);
  const cwd = path.resolve(o.workdir ?? process.cwd());
  if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) throw new UsageError('E_INVALID_ARGS', `--workdir is not a directory: ${o.workdir}`, { source: 'cli' });

  const filtered = filterEnv(io.env, { mode: o.envMode, stripExec: o.envStripExec, allow: [...o.envAllow, ...policy.env.allow] });
  const env = filtered.env;
  if (o.envSafePath) env.PATH = '/usr/bin:/bin';
  const degradations: Degradation[] = [];

  // Helper and kernel.
  let probe: ProbeResult | undefined;
  let unavailable: string | undefined;
  let unavailableMessage = '';
  const loc = locateHelper({ ...(o.nativeHelper !== undefined ? { explicit: o.nativeHelper } : {}), env: io.env });
  if (!loc.ok) {
    unavailable = 'helper_missing';
    unavailableMessage = loc.message + (loc.install ? ` (${loc.install})` : '');
  } else {
    try {
      probe = runProbe(loc.path);
      if (probe.landlock.status !== 'available') {
        unavailable = landlockDetail(probe.landlock.status);
        unavailableMessage = `Landlock ${probe.landlock.status} (${probe.landlock.errno ?? 'no ABI'})`;
      }
    } catch (e) {
      if (!(e instanceof ProbeFailed)) throw e;
      unavailable = 'helper_setup_failed:probe';
      unavailableMessage = e.message;
    }
  }
  const abi = probe?.landlock.abi ?? 0;
  if (unavailable && o.failClosed) {
    throw new ConfigError('E_SANDBOX_UNAVAILABLE', `sandbox unavailable (${unavailable}): ${unavailableMessage}; --fail-closed: the command was not started`, { source: 'unknown' });
  }
  let netEnforced = o.enforceNet;
  if (o.enforceNet && !unavailable && abi < 4) {
    if (o.failClosed) throw new ConfigError('E_SANDBOX_UNAVAILABLE', `--enforce-net needs Landlock ABI 4, this kernel has ABI ${abi}; --fail-closed: the command was not started`);
    netEnforced = false;
  }

  const tmp = createScopedTmp(io.env);
  try {
    env.TMPDIR = tmp;
    env.TMP = tmp;
    env.TEMP = tmp;
    const resolved = resolveCommand(o.command[0]!, env.PATH, cwd);
    const executables = [resolved.executable, resolved.interpreter].filter((x): x is string => x !== undefined);
    const home = io.env.HOME ?? os.homedir();
    const user = io.env.USER ?? os.userInfo().username;
    const plan = planRules({
      policy,
      vars: { HOME: home, CWD: cwd, USER: user, TMPDIR: tmp },
      executables,
      tty: [0, 1, 2].some((fd) => isTty(fd)),
      fs: nodeFsView,
    });
    if (plan.errors.length) {
      throw new ConfigError('E_POLICY_LOAD_FAILED_UNENFORCEABLE', plan.errors.join('; '), { source: 'policy', context: { file: policy.name } });
    }
    if (plan.missing.length && o.failClosed) {
      throw new ConfigError('E_POLICY_LOAD_FAILED_UNENFORCEABLE', `granted path(s) do not exist: ${plan.missing.join(', ')}; --fail-closed: the command was not started`, { source: 'policy', context: { file: policy.name } });
    }
    if (plan.conflicts.length) {
      const what = plan.conflicts.map((c) => `${c.deny} inside ${c.grant}`).join(', ');
      if (o.failClosed) {
        throw new ConfigError('E_POLICY_CONFLICT_DENY_WINS_UNENFORCEABLE', `fs.deny cannot be carved out (more than 1024 rules): ${what}`, { source: 'policy' });
      }
      for (const c of plan.conflicts) degradations.push({ reason_code: 'policy_conflict', degradation_mode: 'audit_fallback', component: 'landlock', detail: `grant dropped: ${c.grant}` });
    }
    if (unavailable) degradations.push({ reason_code: 'backend_unavailable', degradation_mode: 'audit_fallback', component: 'landlock', detail: unavailable });

    const banner = (contained: boolean, reason?: string) => {
      say('Assay Sandbox');
      if (contained) {
        const scopes = abi >= 6 ? [policy.scopes.signal ? 'signal' : '', policy.scopes.abstractUnixSocket ? 'abstract_unix_socket' : ''].filter(Boolean).join(',') || 'none' : 'n/a';
        say(`Backend: Landlock ABI ${abi} (Mode: Containment, FS: enforce, NET: ${netEnforced ? 'enforce' : 'audit'}, Scopes: ${scopes}${o.seccompBaseline ? ', seccomp: baseline' : ''})`);
      } else {
        say(`Backend: NONE (Mode: Audit — NOT CONTAINED: ${reason})`);
        say(`WARNING: the command runs WITHOUT kernel containment (${reason}); pass --fail-closed to refuse instead`);
      }
      if (o.enforceNet && !netEnforced && contained) say(`WARNING: --enforce-net needs Landlock ABI 4 (this kernel: ${abi}); network is audit-only`);
      say(envBanner(o.envMode, filtered));
      say(`Policy: ${policy.builtin ? `${policy.name} (default)` : policy.converted ? `${policy.name} (converted from a record document)` : policy.name}`);
      const n = ruleCounts(plan);
      const connect = netEnforced && net ? net.connectPorts.join(',') || 'none' : '-';
      say(`Rules: FS(rx:${n.rx} ro:${n.ro} rw:${n.rw} carved:${n.carved} missing:${n.missing}) NET(connect: ${connect})`);
      for (const m of plan.missing) say(`  missing (no rule): ${m}`);
      for (const c of plan.carves) say(`  carved: ${c.deny} out of ${c.grant} (${c.replacements} rules)`);
      for (const c of plan.conflicts) say(`  WARNING: ${c.deny} cannot be carved out of ${c.grant}: grant dropped`);
      if (o.verbose) {
        for (const r of plan.rules) say(`  ${r.access.padEnd(7)} ${r.path} (${r.source})`);
        for (const note of policy.notes) say(`  note: ${note}`);
      }
      say(`Command: ${o.command.join(' ')}`);
      say(`Tmp: ${tmp}`);
    };

    let status: StatusLine | undefined;
    let outcome: { code: number; timedOut: boolean };
    let contained = false;
    if (!unavailable && loc.ok) {
      const { args } = helperExecArgs({
        plan,
        ...(net ? { net } : {}),
        enforceNet: netEnforced,
        scopes: policy.scopes,
        seccompBaseline: o.seccompBaseline,
        missingFail: false,
        statusFd: 3,
        command: o.command,
      });
      banner(true);
      const child = spawn(loc.path, args, { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
      const statusText = readAll(child.stdio[3] as NodeJS.ReadableStream | null);
      outcome = await waitChild(child, o.timeoutMs, io.signals);
      status = parseStatusLine(await statusText);
      if (status && status.stage !== 'exec') {
        const detail = `helper_setup_failed:${status.stage}`;
        if (o.failClosed) {
          throw new ConfigError('E_SANDBOX_UNAVAILABLE', `sandbox setup failed at stage ${status.stage} (${status.errname}${status.rule !== undefined ? `, rule ${status.rule}` : ''}); --fail-closed: the command was not started`);
        }
        degradations.push({ reason_code: 'backend_unavailable', degradation_mode: 'audit_fallback', component: 'landlock', detail });
        banner(false, `${detail} (${status.errname})`);
        outcome = await waitChild(spawn(o.command[0]!, o.command.slice(1), { cwd, env, stdio: 'inherit' }), o.timeoutMs, io.signals);
      } else if (status) {
        // The command could not be executed (the child never ran): 127 not found, 126 not executable.
        io.stderr(`assay: cannot run ${o.command[0]}: ${status.errname}${status.errname === 'EACCES' ? ' (is the executable outside the granted paths?)' : ''}`);
        contained = true;
      } else contained = true;
    } else {
      banner(false, unavailable);
      outcome = await waitChild(spawn(o.command[0]!, o.command.slice(1), { cwd, env, stdio: 'inherit' }), o.timeoutMs, io.signals);
    }
    if (outcome.timedOut) io.stderr(`assay: E_CHILD_TIMEOUT: the command did not finish within --timeout; it was stopped`);
    if (o.evidenceOut) {
      writeSandboxEvidence(o.evidenceOut, {
        command: o.command,
        executable: resolved.executable,
        policyName: policy.name,
        contained,
        abi,
        envMode: o.envMode,
        env: filtered,
        degradations,
        exitCode: outcome.code,
        timedOut: outcome.timedOut,
        plan,
        now: () => new Date(),
      });
    }
    return { exitCode: outcome.code, contained, timedOut: outcome.timedOut, degradations };
  } finally {
    removeScopedTmp(tmp);
  }
}

function isTty(fd: number): boolean {
  try {
    return isatty(fd);
  } catch {
    return false;
  }
}

function readAll(stream: NodeJS.ReadableStream | null): Promise<string> {
  if (!stream) return Promise.resolve('');
  return new Promise((resolve) => {
    let text = '';
    stream.setEncoding('utf8');
    stream.on('data', (d: string) => {
      if (text.length < 4096) text += d;
    });
    stream.on('end', () => resolve(text));
    stream.on('close', () => resolve(text));
    stream.on('error', () => resolve(text));
  });
}

/** Wait for the child; on timeout SIGTERM, then SIGKILL after 2 s; forward SIGINT/SIGTERM/SIGHUP. */
function waitChild(child: ChildProcess, timeoutMs: number | undefined, signals?: NodeJS.EventEmitter): Promise<{ code: number; timedOut: boolean }> {
  return new Promise((resolve) => {
    let timedOut = false;
    let killTimer: NodeJS.Timeout | undefined;
    const timer =
      timeoutMs !== undefined
        ? setTimeout(() => {
            timedOut = true;
            child.kill('SIGTERM');
            killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
          }, timeoutMs)
        : undefined;
    const forward = (sig: NodeJS.Signals) => () => child.kill(sig);
    const handlers = FORWARDED.map((s) => [s, forward(s)] as const);
    if (signals) for (const [s, h] of handlers) signals.on(s, h);
    child.on('error', (e: NodeJS.ErrnoException) => {
      if (timer) clearTimeout(timer);
      resolve({ code: e.code === 'ENOENT' ? 127 : 126, timedOut: false });
    });
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (killTimer) clearTimeout(killTimer);
      if (signals) for (const [s, h] of handlers) signals.off(s, h);
      if (timedOut) return resolve({ code: 124, timedOut: true });
      if (code !== null) return resolve({ code, timedOut: false });
      const n = signal ? (os.constants.signals[signal] ?? 0) : 0;
      resolve({ code: 128 + n, timedOut: false });
    });
  });
}

export type { Plan };
