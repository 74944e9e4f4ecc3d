// `assay mcp wrap` and `assay mcp-server`. Runtime work lives in src/runtime; this file
// parses flags, prints own failures as `assay: <CODE>: <message>` and turns the outcome into the exit code.
import { realpathSync } from 'node:fs';
import { Command, Option } from 'commander';
import { AssayError, ConfigError, UsageError, formatDiagnostic } from '../../src/core/errors.js';
import { exitCodeFor, fillNextStep } from '../../src/core/outcome/reason-codes.js';
import { runWrap } from '../../src/runtime/mcp/proxy.js';
import { WRAP_DEFAULTS, type WrapOptions } from '../../src/runtime/mcp/options.js';
import type { DenyStructured } from '../../src/runtime/mcp/responses.js';
import { runMcpServer, runEvalWorker } from '../../src/runtime/mcp-server/index.js';
import { fileRef } from '../paths.js';
import { discoverProject, searchedText, shownPath } from '../discover.js';
import { lenientFlag } from '../lenient.js';
import { registerProxy } from './mcp-proxy.js';
import { addDecisionOptions, addWatchOptions } from './mcp-decision-options.js';

interface WrapFlags {
  policy?: string;
  denyDeprecations?: boolean;
  lenient?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  label: string;
  toolsList: string;
  annotateTools?: boolean;
  denyStructured: string;
  approvals: string;
  auditLog?: string;
  decisionLog?: string;
  eventSource?: string;
  evidenceOut?: string;
  runId?: string;
  argsHmacKeyEnv?: string;
  maxLineBytes: string;
  maxServerLineBytes: string;
  shutdownGraceMs: string;
  watchPolicy?: boolean;
  envScrub?: boolean;
  envStrict?: boolean;
  envStripExec?: boolean;
  envAllow?: string[];
}

function err(line: string): void {
  process.stderr.write(line + '\n');
}

/** Own failures: `assay: <REASON_CODE>: <message>`, then the next step. Returns the exit code. */
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
  err('Next: Report a bug with run.json and the log');
  return 3;
}

function intFlag(name: string, v: string, min: number): number {
  const n = Number(v);
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n < min) throw new UsageError('E_INVALID_ARGS', `${name} must be an integer >= ${min}`);
  return n;
}

function choice<T extends string>(name: string, v: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(v)) throw new UsageError('E_INVALID_ARGS', `${name} must be one of ${allowed.join(', ')}`);
  return v as T;
}

/**
 * Set the exit code and let Node exit when its loop drains (stdout is flushed by then). A stray handle
 * (say, a grandchild holding a pipe) must not keep a finished runner alive: an unref'd timer exits anyway.
 */
function exitWhenDone(code: number): void {
  process.exitCode = code;
  setTimeout(() => process.exit(code), 500).unref();
}

/** No --policy: the project's policy, found the way every command finds it (never an allow-all fallback). */
function wrapPolicy(): string {
  const cwd = process.cwd();
  const project = discoverProject(cwd);
  if (project?.policy) return shownPath(project.policy, cwd);
  throw new ConfigError('E_MISSING_CONFIG', `no policy: pass --policy <file> (${searchedText(cwd)})`, { source: 'config' });
}

function wrapOptions(command: string[], f: WrapFlags): WrapOptions {
  if (command.length === 0) throw new UsageError('E_INVALID_ARGS', 'missing server command after --');
  const policy = fileRef(f.policy ?? wrapPolicy());
  const label = f.label;
  const o: WrapOptions = {
    policyPath: policy.path,
    policyDisplay: policy.display,
    denyDeprecations: f.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
    lenient: lenientFlag(f),
    dryRun: f.dryRun === true,
    verbose: f.verbose === true,
    label,
    toolsList: choice('--tools-list', f.toolsList, ['filter', 'keep'] as const),
    annotateTools: f.annotateTools === true,
    denyStructured: choice<DenyStructured>('--deny-structured', f.denyStructured, ['auto', 'always', 'never'] as const),
    approvals: choice('--approvals', f.approvals, ['deny', 'log-only'] as const),
    eventSource: f.eventSource ?? `urn:assay:mcp-wrap:${label}`,
    maxLineBytes: intFlag('--max-line-bytes', f.maxLineBytes, 1),
    maxServerLineBytes: intFlag('--max-server-line-bytes', f.maxServerLineBytes, 1),
    shutdownGraceMs: intFlag('--shutdown-grace-ms', f.shutdownGraceMs, 0),
    watchPolicy: f.watchPolicy !== false,
    command: command[0]!,
    args: command.slice(1),
  };
  if (f.auditLog !== undefined) o.auditLog = f.auditLog;
  if (f.decisionLog !== undefined) o.decisionLog = f.decisionLog;
  if (f.evidenceOut !== undefined) o.evidenceOut = f.evidenceOut;
  if (f.runId !== undefined) {
    if (f.runId === '' || f.runId.includes(':')) throw new UsageError('E_INVALID_ARGS', '--run-id must be non-empty and contain no ":"');
    o.runId = f.runId;
  }
  if (f.argsHmacKeyEnv !== undefined) o.argsHmacKeyEnv = f.argsHmacKeyEnv;
  if (f.envScrub && f.envStrict) throw new UsageError('E_INVALID_ARGS', '--env-scrub and --env-strict are exclusive');
  if (f.envScrub || f.envStrict || f.envStripExec || f.envAllow) {
    o.envFilter = {
      mode: f.envStrict ? 'strict' : f.envScrub ? 'scrub' : 'passthrough',
      stripExec: f.envStripExec === true,
      allow: (f.envAllow ?? []).flatMap((k) => k.split(',')).filter((k) => k !== ''),
    };
  }
  return o;
}

async function wrapAction(command: string[], flags: WrapFlags): Promise<void> {
  let code: number;
  try {
    const opts = wrapOptions(command, flags);
    const r = await runWrap(opts, {
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: err,
      env: process.env,
      now: () => Date.now(),
      signals: process,
    });
    code = r.exitCode;
    if (r.reasonCode === 'E_WOULD_BLOCK') {
      err(`assay: E_WOULD_BLOCK: dry run: tool calls would have been denied`);
      err('Next: Review the would-block events, then adjust the policy or run without --dry-run');
    } else if (r.reasonCode === 'E_IO_ERROR') {
      err(`assay: E_IO_ERROR: a decision record could not be written`);
      err(`Next: ${fillNextStep('E_IO_ERROR', { path: flags.auditLog ?? flags.decisionLog ?? flags.evidenceOut })}`);
    }
  } catch (e) {
    code = reportOwnFailure(e);
  }
  exitWhenDone(code);
}

/** The file this CLI runs from (a bin symlink resolved), which the evaluation worker runs again. */
function entryFile(): string {
  const p = process.argv[1] ?? '';
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

interface ServerFlags {
  policy?: string;
  policyRoot?: string;
  evalWorker?: boolean;
}

async function serverAction(flags: ServerFlags): Promise<void> {
  if (flags.evalWorker) {
    // Internal: this process is the evaluation worker thread of an mcp-server (never used by people).
    await runEvalWorker();
    return;
  }
  let code: number;
  try {
    if (flags.policy === undefined && flags.policyRoot === undefined) {
      throw new UsageError('E_INVALID_ARGS', 'give --policy <file> and/or --policy-root <dir>');
    }
    code = await runMcpServer({
      ...(flags.policy !== undefined ? { policy: fileRef(flags.policy) } : {}),
      ...(flags.policyRoot !== undefined ? { policyRoot: fileRef(flags.policyRoot).path } : {}),
      env: process.env,
      stdin: process.stdin,
      stdout: process.stdout,
      stderr: err,
      workerEntry: entryFile(),
    });
  } catch (e) {
    code = reportOwnFailure(e);
  }
  exitWhenDone(code);
}

export function register(program: Command): void {
  const mcp = program.command('mcp').description('MCP runtime enforcement').enablePositionalOptions().exitOverride();
  const wrap = mcp
    .command('wrap')
    .description('Run an MCP server behind a policy-enforcing stdio proxy: assay mcp wrap --policy P -- <command> [args…]')
    .argument('<command...>', 'the server command and its arguments (after --)');
  addDecisionOptions(wrap, 'mcp-wrap', 'policy file (any form the loader accepts; default: the project policy, e.g. policy.yaml from assay init)');
  wrap
    .option('--evidence-out <file>', 'write this session as an evidence bundle (.tar.gz) at exit')
    .option('--run-id <id>', 'run id of the evidence bundle')
    .option('--args-hmac-key-env <var>', 'HMAC argument digests with the key in env VAR (removed from the server env)')
    .option('--max-line-bytes <n>', 'client line cap in bytes (separately, any JSON string in a client line is capped at 1,048,576 code points)', String(WRAP_DEFAULTS.maxLineBytes))
    .option('--max-server-line-bytes <n>', 'server line cap in bytes (a longer reply is dropped and its request gets a -31998 server_line_too_long error)', String(WRAP_DEFAULTS.maxServerLineBytes))
    .option('--shutdown-grace-ms <n>', 'wait after client EOF before SIGTERM to the server process group (SIGKILL 2 s later)', String(WRAP_DEFAULTS.shutdownGraceMs))
    .option('--env-scrub', 'pass the environment through the scrub filter (drops secret-looking variables)')
    .option('--env-strict', 'pass only the safe base and --env-allow variables')
    .option('--env-strip-exec', 'drop exec-influence variables (LD_PRELOAD, NODE_OPTIONS, …)')
    .option('--env-allow <name...>', 'keep these variables (patterns: exact, P*, *S, *X*; repeatable or comma-separated)');
  addWatchOptions(wrap)
    .passThroughOptions()
    .exitOverride()
    .action(wrapAction);

  registerProxy(mcp, { err, reportOwnFailure, exitWhenDone, intFlag, choice, wrapPolicy });

  program
    .command('mcp-server')
    .description('Serve the policy engine as MCP tools over stdio (check_args, check_sequence, policy_decide, explain_trace, check_coverage)')
    .option('--policy <file>', 'default policy for calls that omit "policy"')
    .option('--policy-root <dir>', 'directory that jails the "policy" argument (default: the directory of --policy, else cwd)')
    .addOption(new Option('--eval-worker').hideHelp())
    .exitOverride()
    .action(serverAction);
}
