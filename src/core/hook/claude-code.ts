// The Claude Code PreToolUse hook (docs/hooks.md): hook input JSON → one decision of the policy engine →
// the hook's JSON answer and a trace record. Pure: the caller reads stdin, loads the policy, writes files.
import { InputError, type Diagnostic } from '../errors.js';
import type { Decision, Policy, PolicySession } from '../policy/index.js';

export type PermissionDecision = 'allow' | 'deny' | 'ask';

export interface HookInput {
  session_id: string;
  tool_name: string;
  tool_input: Record<string, unknown>;
  tool_use_id?: string;
  cwd?: string;
  transcript_path?: string;
}

export interface HookAnswer {
  permissionDecision: PermissionDecision;
  /** What the user and the model see: the reason and the policy rule with its file:line. */
  reason: string;
  decision: Decision | undefined;
}

function bad(message: string): InputError {
  const d: Diagnostic = { code: 'E_INVALID_ARGS', severity: 'error', message, source: 'cli', file: '<stdin>' };
  return new InputError('E_INVALID_ARGS', `hook input: ${message}`, { source: 'cli', diagnostics: [d] });
}

/** Parses and checks the PreToolUse input; anything else is an InputError (the hook then denies). */
export function parseHookInput(text: string): HookInput {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw bad(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad('expected a JSON object');
  const o = v as Record<string, unknown>;
  const event = o.hook_event_name;
  if (event !== undefined && event !== 'PreToolUse') throw bad(`hook_event_name must be "PreToolUse", found ${JSON.stringify(event)}`);
  const tool = o.tool_name;
  if (typeof tool !== 'string' || tool === '') throw bad('"tool_name" must be a non-empty string');
  const input = o.tool_input ?? {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw bad('"tool_input" must be an object');
  const session = o.session_id;
  if (session !== undefined && typeof session !== 'string') throw bad('"session_id" must be a string');
  const out: HookInput = { session_id: session ?? '', tool_name: tool, tool_input: input as Record<string, unknown> };
  if (typeof o.tool_use_id === 'string') out.tool_use_id = o.tool_use_id;
  if (typeof o.cwd === 'string' && o.cwd !== '') out.cwd = o.cwd;
  if (typeof o.transcript_path === 'string') out.transcript_path = o.transcript_path;
  return out;
}

/** Policy decides on the tool name as Claude Code spells it (`Bash`, `Edit`, `mcp__<server>__<tool>`) and its
 *  `tool_input` as the arguments, so a Bash command is matched as the `command` argument. */
export function callOf(input: HookInput): { tool_name: string; args: Record<string, unknown> } {
  return { tool_name: input.tool_name, args: input.tool_input };
}

/** Whether deciding one call needs the session's earlier calls (sequence rules, limits). */
export function needsHistory(policy: Policy): boolean {
  return policy.sequences.length > 0 || policy.limits !== null;
}

/** A session that decides like `assay mcp wrap` but asks the user where the policy requires approval. */
export function hookSession(policy: Policy): PolicySession {
  return policy.newSession({ runtime: true, approvals: 'log-only', incremental: true });
}

/** Feeds an earlier call of the session (one that ran) so sequences and limits see it. */
export function replayCall(session: PolicySession, call: { tool_name: string; args: unknown }): void {
  session.decide({ tool_name: call.tool_name, args: call.args }, { runtime: true, approvals: 'log-only', incremental: true, admitDenied: true });
}

function where(d: Decision): string {
  const ref = d.ruleRef;
  const rule = d.rule ?? 'policy';
  return ref !== undefined ? `${rule} (${ref.file}:${ref.line})` : rule;
}

/** The engine's decision as the hook's answer: deny → deny; approval required or a warning → ask; else allow. */
export function answerFor(d: Decision): HookAnswer {
  const base = `assay: ${d.reason} — ${where(d)}`;
  const violations = d.violations?.length ? `: ${d.violations.map((v) => `${v.path || '/'} ${v.message}`).join('; ')}` : '';
  if (d.decision === 'deny') return { permissionDecision: 'deny', reason: base + violations, decision: d };
  const approval = d.obligations?.find((o) => o.type === 'approval_required');
  if (approval !== undefined) {
    return { permissionDecision: 'ask', reason: `assay: the policy requires approval for ${d.tool} — ${approval.rule}`, decision: d };
  }
  if (d.decision === 'allow_with_warning') return { permissionDecision: 'ask', reason: base, decision: d };
  return { permissionDecision: 'allow', reason: base, decision: d };
}

/** Fail closed: a bad policy, bad input or an internal error is a deny that says why. */
export function failClosed(why: string): HookAnswer {
  return { permissionDecision: 'deny', reason: `assay: denied because the hook could not decide: ${why}`, decision: undefined };
}

/** The documented PreToolUse JSON answer. */
export function hookOutput(a: HookAnswer): string {
  return JSON.stringify({
    hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: a.permissionDecision, permissionDecisionReason: a.reason },
  });
}

/** Record type of a call the hook denied: it never ran, so a replay must not judge it as a call. */
export const DENIED_RECORD_TYPE = 'assay.hook_denied';

/**
 * One trace line for the decision. Calls that may run (allow, ask) are plain `call_tool` records grouped by
 * session (`episode_id`), so the session replays in CI like any trace; a denied call is a line of its own
 * type, which the reader counts as ignored.
 */
export function traceRecord(input: HookInput, a: HookAnswer, timestampMs: number): string {
  const d = a.decision;
  const common = {
    episode_id: input.session_id !== '' ? input.session_id : 'claude-code',
    tool: input.tool_name,
    args: input.tool_input,
    ...(input.tool_use_id !== undefined ? { id: input.tool_use_id } : {}),
    timestamp: timestampMs,
    decision: a.permissionDecision,
    reason: a.reason,
    ...(d?.code ? { code: d.code } : {}),
    ...(d?.rule ? { rule: d.rule } : {}),
  };
  return JSON.stringify(a.permissionDecision === 'deny' ? { type: DENIED_RECORD_TYPE, ...common } : { type: 'call_tool', ...common });
}

/** Earlier calls of `sessionId` in a trace written by `traceRecord` (denied ones excluded). */
export function sessionCalls(traceText: string, sessionId: string): { tool_name: string; args: unknown }[] {
  const out: { tool_name: string; args: unknown }[] = [];
  const id = sessionId !== '' ? sessionId : 'claude-code';
  for (const line of traceText.split('\n')) {
    if (!line.includes(id)) continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const o = v as Record<string, unknown>;
    if (o.type === 'call_tool' && o.episode_id === id && typeof o.tool === 'string') out.push({ tool_name: o.tool, args: o.args ?? {} });
  }
  return out;
}
