// `assay sandbox [options] -- <command…>`: run a command contained by Landlock through the native helper
// (docs/sandbox.md). Transparent exit: the child's code, 128+N on signal, 124 on --timeout; 2 when Assay
// refuses (policy, --fail-closed, inexpressible net).
import type { Command } from 'commander';
import { AssayError, UsageError, formatDiagnostic } from '../../src/core/errors.js';
import { exitCodeFor } from '../../src/core/outcome/reason-codes.js';
import type { EnvMode } from '../../src/runtime/env-filter.js';
import { runSandbox } from '../../src/runtime/sandbox/run.js';
import { err } from '../output.js';
import { fileRef } from '../paths.js';

interface SandboxFlags {
  policy?: string;
  failClosed?: boolean;
  enforce?: boolean;
  enforceNet?: boolean;
  envScrub?: boolean;
  envStrict?: boolean;
  envPassthrough?: boolean;
  envStripExec?: boolean;
  envAllow?: string[];
  envSafePath?: boolean;
  workdir?: string;
  timeout?: string;
  evidenceOut?: string;
  nativeHelper?: string;
  seccompBaseline?: boolean;
  verbose?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('sandbox')
    .description('Run a command contained by Landlock (files, TCP ports): assay sandbox --policy P -- <command> [args…]')
    .argument('<command...>', 'the command and its arguments (after --)')
    .option('-p, --policy <file>', 'sandbox policy, or a record/generate document (default: built-in mcp-server-minimal)')
    .option('--fail-closed', 'refuse to run (exit 2) when containment is unavailable or incomplete')
    .option('--enforce', 'accepted for compatibility: containment is always attempted')
    .option('--enforce-net', 'restrict TCP connect to the net.allow ports (Landlock ABI 4+)')
    .option('--env-scrub', 'drop secret-looking variables (the default)')
    .option('--env-strict', 'pass only the safe base and allowed variables')
    .option('--env-passthrough', 'pass the whole environment (dangerous)')
    .option('--env-strip-exec', 'drop exec-influence variables (LD_PRELOAD, NODE_OPTIONS, …)')
    .option('--env-allow <name...>', 'keep these variables (patterns: exact, P*, *S, *X*; repeatable or comma-separated)')
    .option('--env-safe-path', 'set PATH=/usr/bin:/bin')
    .option('-w, --workdir <dir>', 'working directory of the command (its cwd grant follows it)')
    .option('--timeout <seconds>', 'stop the command after this long (SIGTERM, SIGKILL 2 s later); exit 124')
    .option('--evidence-out <file>', 'write an evidence bundle (.tar.gz) of the run')
    .option('--bundle <file>', 'same as --evidence-out')
    .option('--native-helper <path>', 'the assay-native binary to use (env ASSAY_NATIVE_HELPER)')
    .option('--seccomp-baseline', 'also deny ptrace, bpf, mount, namespaces, io_uring, keyctl … with seccomp')
    .option('-v, --verbose', 'list every rule in the banner')
    .option('-q, --quiet', 'no banner')
    .action(async (command: string[], flags: SandboxFlags & { bundle?: string }) => {
      let code: number;
      try {
        const modes = [flags.envScrub, flags.envStrict, flags.envPassthrough].filter(Boolean).length;
        if (modes > 1) throw new UsageError('E_INVALID_ARGS', 'choose one of --env-scrub, --env-strict, --env-passthrough', { source: 'cli' });
        const envMode: EnvMode = flags.envStrict ? 'strict' : flags.envPassthrough ? 'passthrough' : 'scrub';
        let timeoutMs: number | undefined;
        if (flags.timeout !== undefined) {
          const s = Number(flags.timeout);
          if (!Number.isFinite(s) || s <= 0) throw new UsageError('E_INVALID_ARGS', '--timeout must be a positive number of seconds', { source: 'cli' });
          timeoutMs = Math.round(s * 1000);
        }
        const policy = flags.policy !== undefined ? fileRef(flags.policy) : undefined;
        const evidence = flags.evidenceOut ?? flags.bundle;
        const r = await runSandbox(
          {
            command,
            ...(policy ? { policy: { path: policy.path, display: policy.display } } : {}),
            failClosed: flags.failClosed === true,
            enforceNet: flags.enforceNet === true,
            envMode,
            envStripExec: flags.envStripExec === true,
            envAllow: (flags.envAllow ?? []).flatMap((a) => a.split(',')).filter(Boolean),
            envSafePath: flags.envSafePath === true,
            ...(flags.workdir !== undefined ? { workdir: flags.workdir } : {}),
            ...(timeoutMs !== undefined ? { timeoutMs } : {}),
            ...(evidence !== undefined ? { evidenceOut: fileRef(evidence).path } : {}),
            ...(flags.nativeHelper !== undefined ? { nativeHelper: flags.nativeHelper } : {}),
            seccompBaseline: flags.seccompBaseline === true,
            verbose: flags.verbose === true,
            quiet: flags.quiet === true,
          },
          { env: process.env, stderr: err, signals: process },
        );
        code = r.exitCode;
      } catch (e) {
        code = reportOwnFailure(e);
      }
      process.exitCode = code;
    });
}

/** One `assay: <CODE>: <message>` line, further diagnostics, then the next step (runner convention). */
function reportOwnFailure(e: unknown): number {
  if (e instanceof AssayError) {
    const c = e.context;
    const where = c.file !== undefined ? `${c.file}${c.line !== undefined ? `:${c.line}:${c.col ?? 1}` : ''}: ` : '';
    err(`assay: ${e.reasonCode}: ${where}${e.message}`);
    for (const d of e.diagnostics.slice(1, 50)) err(formatDiagnostic(d));
    err(`Next: ${e.nextStep}`);
    return exitCodeFor(e.reasonCode);
  }
  err(`assay: E_INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
  err('Next: Report a bug with the command line and this output');
  return 3;
}
