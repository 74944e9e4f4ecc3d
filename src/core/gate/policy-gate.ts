// The policy gate over recorded traces: every entry is decided by the one engine
// when it completes and is then dropped, so memory is bounded by the largest open entry. With a
// FindingsSink, findings leave as they are made (bounded memory, docs/findings.md); without one they are
// collected as drafts (small callers such as coverage). `E_TOOL_UNCONSTRAINED` is one finding per tool.
import type { Policy, Decision, PolicyElement, SequenceOutcome } from '../policy/types.js';
import type { TraceEntry, ToolCall } from '../trace/types.js';
import type { Finding, FindingDraft, RelatedLocation } from '../report/finding.js';
import type { FindingsSink } from '../report/findings-sink.js';
import { capMessage } from '../report/message-cap.js';
import { MAX_POLICY_LINES } from '../report/junit.js';

/** JUnit view of one policy element in one trace file: exact counts and the first findings per level. */
export interface ElementBucket {
  errors: number;
  warnings: number;
  notes: number;
  /** First ≤ MAX_POLICY_LINES findings per level, finalized (sink mode) or drafts (collect mode). */
  sample: Array<Finding | FindingDraft>;
}

interface UnconstrainedTool {
  draft: FindingDraft;
  count: number;
  element: string;
}

export interface PolicyGateState {
  policy: Policy;
  /** Repo-relative path of the policy file (related locations). */
  policyUri: string;
  /** Where findings go; absent = collected in `drafts`. */
  sink?: FindingsSink;
  drafts: FindingDraft[];
  /** Per trace file uri: element id → counts and first findings. */
  perTrace: Map<string, Map<string, ElementBucket>>;
  /** `E_TOOL_UNCONSTRAINED` per tool (and rule): first call and number of calls; emitted at the end. */
  unconstrained: Map<string, UnconstrainedTool>;
  /** Element ids reached by some call (JUnit "not exercised"). */
  exercised: Set<string>;
  /** Sequence rule index → exercised (held or violated) in some entry. */
  sequenceExercised: boolean[];
  calls: number;
  entries: number;
  denied: number;
  warned: number;
}

export function newPolicyGate(policy: Policy, policyUri: string, sink?: FindingsSink): PolicyGateState {
  return {
    policy,
    policyUri,
    ...(sink ? { sink } : {}),
    drafts: [],
    perTrace: new Map(),
    unconstrained: new Map(),
    exercised: new Set(),
    sequenceExercised: policy.sequences.map(() => false),
    calls: 0,
    entries: 0,
    denied: 0,
    warned: 0,
  };
}

const RELATED_TEXT: Record<string, string> = {
  deny: 'deny pattern',
  allow: 'allow list',
  schema: 'argument schema',
  unconstrained: 'unconstrained_tools setting',
  limits: 'limit',
  tool_pins: 'tool pin',
  sequence: 'sequence rule',
};

function elementKind(policy: Policy, id: string | undefined): PolicyElement | undefined {
  return id === undefined ? undefined : policy.elements.find((e) => e.id === id);
}

/** Tool definitions carried by the entry (`meta.tool_definitions`) for `tool_pins` in replay. */
function definitionsOf(entry: TraceEntry): Map<string, unknown> | undefined {
  const defs = entry.meta['tool_definitions'];
  if (!Array.isArray(defs)) return undefined;
  const map = new Map<string, unknown>();
  for (const d of defs) {
    if (d && typeof d === 'object' && typeof (d as { name?: unknown }).name === 'string') {
      map.set((d as { name: string }).name, d);
    }
  }
  return map;
}

function bucket(state: PolicyGateState, uri: string, element: string): ElementBucket {
  let m = state.perTrace.get(uri);
  if (!m) {
    m = new Map();
    state.perTrace.set(uri, m);
  }
  let b = m.get(element);
  if (!b) {
    b = { errors: 0, warnings: 0, notes: 0, sample: [] };
    m.set(element, b);
  }
  return b;
}

/** Hand one finding to the sink (or collect the draft) and note it in its JUnit bucket. */
function emit(state: PolicyGateState, uri: string, element: string, d: FindingDraft): void {
  const f = state.sink ? state.sink.add(d) : (state.drafts.push(d), d);
  const b = bucket(state, uri, element);
  const before = d.level === 'error' ? b.errors++ : d.level === 'warning' ? b.warnings++ : b.notes++;
  if (before < MAX_POLICY_LINES) b.sample.push(f);
}

/** A finding's text: what happened and which rule decided, with the violations for schema failures. */
export function decisionMessage(d: Decision, tool: string): string {
  const rule = d.rule ?? 'policy';
  switch (d.code) {
    case 'E_TOOL_DENIED':
      return `Tool '${tool}' denied by ${rule}`;
    case 'E_TOOL_NOT_ALLOWED':
      return `Tool '${tool}' is not in the allow list (${rule})`;
    case 'E_ARG_SCHEMA': {
      const v = (d.violations ?? []).map((x) => `${x.path || '/'} ${x.message}`).join('; ');
      return `Arguments of '${tool}' violate ${rule}${v ? `: ${v}` : ''}`;
    }
    case 'E_TOOL_UNCONSTRAINED':
      return `Tool '${tool}' has no argument schema (${rule}: ${d.decision === 'deny' ? 'deny' : 'warn'})`;
    default:
      return `${d.reason} for '${tool}' (${rule})`;
  }
}

function callFinding(state: PolicyGateState, entry: TraceEntry, call: ToolCall, d: Decision, testId?: string): FindingDraft {
  const level = d.decision === 'deny' ? 'error' : 'warning';
  const el = elementKind(state.policy, d.element);
  const related: RelatedLocation[] = [];
  if (d.ruleRef) {
    related.push({
      uri: state.policyUri,
      line: d.ruleRef.line,
      col: d.ruleRef.col,
      message: (el && RELATED_TEXT[el.kind]) ?? 'policy rule',
    });
  }
  const rule = d.rule ?? 'policy';
  return {
    rule_id: `policy/${d.code}`,
    level,
    source: 'policy',
    // The head repeats across calls (made safe once, safe-memo.ts); the call number is the plain tail.
    message: decisionMessage(d, call.tool_name),
    message_tail: ` (call #${call.index})`,
    ...(testId !== undefined ? { test_id: testId } : {}),
    entry_key: entry.key,
    entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
    tool: call.tool_name,
    call_index: call.index,
    policy_rule: rule,
    location: { uri: call.pos.file, line: call.pos.line, col: 1 },
    ...(related.length ? { related } : {}),
    subject: entry.key,
    detail: `${call.tool_name}|${rule}`,
  };
}

function sequenceFinding(state: PolicyGateState, entry: TraceEntry, s: SequenceOutcome, testId?: string): FindingDraft {
  const call = s.call_index !== null ? entry.tool_calls[s.call_index] : undefined;
  const ruleLoc = s.ruleRef
    ? { uri: state.policyUri, line: s.ruleRef.line, col: s.ruleRef.col }
    : { uri: state.policyUri, line: 1, col: 1 };
  const location = call ? { uri: call.pos.file, line: call.pos.line, col: 1 } : ruleLoc;
  const related: RelatedLocation[] = [];
  if (call) related.push({ ...ruleLoc, message: 'sequence rule' });
  else related.push({ uri: entry.file, line: entry.first_line, col: 1, message: 'entry' });
  return {
    rule_id: 'policy/E_SEQUENCE_VIOLATION',
    level: 'error',
    source: 'policy',
    message: capMessage(`Sequence rule ${s.rule_id} violated${s.reason ? `: ${s.reason}` : ''}`),
    ...(testId !== undefined ? { test_id: testId } : {}),
    entry_key: entry.key,
    entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
    ...(call ? { tool: call.tool_name, call_index: call.index } : {}),
    policy_rule: s.rule,
    location,
    related,
    subject: entry.key,
    detail: s.rule_id,
  };
}

/**
 * Decide every call of one complete entry and record its findings. `testId` names the eval test bound to
 * this entry, when there is one.
 */
export function gateEntry(state: PolicyGateState, entry: TraceEntry, testId?: string): void {
  const session = state.policy.newSession();
  const defs = state.policy.toolPins.size ? definitionsOf(entry) : undefined;
  state.entries++;
  for (const call of entry.tool_calls) {
    state.calls++;
    const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
    const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index });
    if (d.decision === 'allow') continue;
    if (d.decision === 'deny') state.denied++;
    else state.warned++;
    if (d.code === 'E_TOOL_UNCONSTRAINED' && state.sink) {
      // One finding per tool (sink mode; collect-mode callers such as coverage keep one per call): the first call locates it, later calls only count (emitted at the end).
      const key = `${call.tool_name}\n${d.rule ?? ''}\n${d.decision}`;
      const u = state.unconstrained.get(key);
      if (u) u.count++;
      else state.unconstrained.set(key, { draft: callFinding(state, entry, call, d, testId), count: 1, element: d.element ?? 'policy' });
      continue;
    }
    emit(state, call.pos.file, d.element ?? 'policy', callFinding(state, entry, call, d, testId));
  }
  for (const s of session.finish()) {
    if (s.status === 'not_exercised') continue;
    state.sequenceExercised[s.index] = true;
    if (s.status !== 'violated') continue;
    state.denied++;
    emit(state, entry.file, `sequences[${s.index}]`, sequenceFinding(state, entry, s, testId));
  }
  session.collectExercised(state.exercised);
}

/** End of all traces: one note per sequence rule that no entry exercised. */
export function finishPolicyGate(state: PolicyGateState): void {
  // One E_TOOL_UNCONSTRAINED per tool, at its first call, with the number of calls (docs/findings.md).
  // Its fingerprint names the tool and rule, not the entry of its first call.
  for (const u of state.unconstrained.values()) {
    const d = u.draft;
    const calls = u.count === 1 ? '1 call' : `${u.count} calls`;
    // The count replaces the first call's number: no per-call tail on this one.
    const head: FindingDraft = { ...d };
    delete head.message_tail;
    emit(state, d.location.uri, u.element, {
      ...head,
      message: capMessage(`${decisionMessage({ code: 'E_TOOL_UNCONSTRAINED', decision: d.level === 'error' ? 'deny' : 'allow_with_warning', rule: d.policy_rule } as Decision, d.tool ?? '')} (${calls}; first: call #${d.call_index ?? 0})`),
      count: u.count,
      subject: state.policyUri,
    });
  }
  state.unconstrained.clear();
  state.policy.sequences.forEach((rule, i) => {
    if (state.sequenceExercised[i]) return;
    const note: FindingDraft = {
      rule_id: 'policy/W_RULE_NOT_EXERCISED',
      level: 'note',
      source: 'policy',
      message: `Sequence rule ${rule.ruleId} was exercised by no entry`,
      policy_rule: rule.rule,
      location: { uri: state.policyUri, line: rule.ref?.line ?? 1, col: rule.ref?.col ?? 1 },
      subject: state.policyUri,
      detail: rule.ruleId,
    };
    if (state.sink) state.sink.add(note);
    else state.drafts.push(note);
  });
}
