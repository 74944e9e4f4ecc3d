// `assay hook claude-code` (docs/hooks.md): the Claude Code PreToolUse hook. One process per tool call, so
// it loads only the policy engine. It never fails open: bad input, a bad or missing policy, an unwritable
// trace or an internal error is a deny with the reason, and exit 2, which Claude Code treats as blocking
// even where it ignores the JSON.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Command } from 'commander';
import { AssayError } from '../../src/core/errors.js';
import {
  answerFor,
  callOf,
  failClosed,
  hookOutput,
  hookSession,
  needsHistory,
  parseHookInput,
  replayCall,
  sessionCalls,
  traceRecord,
  type HookAnswer,
  type HookInput,
} from '../../src/core/hook/claude-code.js';
import { loadPolicyFile } from '../../src/core/policy/load.js';
import { makeDirs } from '../../src/core/util/make-dirs.js';
import { discoverProject } from '../discover.js';

export const DEFAULT_HOOK_TRACE = '.assay/traces/claude-code.jsonl';

interface HookFlags {
  policy?: string;
  traceOut?: string;
  trace: boolean;
}

export function register(program: Command): void {
  const hook = program.command('hook').description('Decide a coding agent\'s tool calls with the policy (runs as the agent\'s hook)');
  hook
    .command('claude-code')
    .description('Claude Code PreToolUse hook: reads the hook JSON on stdin, answers allow/deny/ask on stdout')
    .option('--policy <path>', 'policy file (default: the project\'s policy, found as `assay run` finds it)')
    .option('--trace-out <path>', `append each decision to this trace (default: ${DEFAULT_HOOK_TRACE} in the project)`)
    .option('--no-trace', 'do not write the trace')
    .action((flags: HookFlags) => {
      process.exitCode = runClaudeCodeHook(flags, readStdin, Date.now());
    });
}

function readStdin(): string {
  return readFileSync(0, 'utf8');
}

function message(e: unknown): string {
  if (e instanceof AssayError) {
    const d = e.diagnostics.find((x) => x.severity === 'error');
    const at = d?.file !== undefined ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ` : '';
    return `${e.reasonCode}: ${at}${d?.message ?? e.message}`;
  }
  return `E_INTERNAL: ${e instanceof Error ? e.message : String(e)}`;
}

/** The hook's answer and exit code: 0 for a policy decision, 2 when it failed closed. */
function answer(a: HookAnswer, failed: boolean): number {
  process.stdout.write(hookOutput(a) + '\n');
  if (failed) process.stderr.write(a.reason + '\n');
  return failed ? 2 : 0;
}

function policyPath(flags: HookFlags, cwd: string): string {
  if (flags.policy !== undefined) return resolve(cwd, flags.policy);
  const found = discoverProject(cwd);
  if (found?.policy === undefined) throw new Error(`no policy found from ${cwd}; give --policy <path>`);
  return found.policy;
}

function tracePath(flags: HookFlags, cwd: string, policy: string): string {
  if (flags.traceOut !== undefined) return resolve(cwd, flags.traceOut);
  // Beside the project: the directory of a discovered config, else the session's working directory.
  const project = flags.policy === undefined ? dirname(policy) : cwd;
  return join(project, DEFAULT_HOOK_TRACE);
}

export function runClaudeCodeHook(flags: HookFlags, stdin: () => string, nowMs: number): number {
  let input: HookInput;
  try {
    input = parseHookInput(stdin());
  } catch (e) {
    return answer(failClosed(message(e)), true);
  }
  try {
    const cwd = input.cwd !== undefined && isAbsolute(input.cwd) ? input.cwd : process.cwd();
    const path = policyPath(flags, cwd);
    const { policy } = loadPolicyFile(path, flags.policy ?? path);
    const trace = flags.trace ? tracePath(flags, cwd, path) : undefined;
    const session = hookSession(policy);
    if (trace !== undefined && needsHistory(policy) && existsSync(trace)) {
      // Sequences and limits span the session: its earlier calls, as recorded, are replayed first.
      for (const c of sessionCalls(readFileSync(trace, 'utf8'), input.session_id)) replayCall(session, c);
    }
    const a = answerFor(session.decide(callOf(input)));
    if (trace !== undefined) {
      try {
        makeDirs(dirname(trace));
        appendFileSync(trace, traceRecord(input, a, nowMs) + '\n');
      } catch (e) {
        // A call that cannot be recorded cannot be replayed in CI: deny rather than let it pass unseen.
        return answer(failClosed(`cannot write the trace ${trace}: ${(e as Error).message}`), true);
      }
    }
    return answer(a, false);
  } catch (e) {
    return answer(failClosed(message(e)), true);
  }
}
