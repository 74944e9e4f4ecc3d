// The policy gate over recorded traces (01 §2.8, 02 §5.3): every entry is decided by the one engine
// when it completes and is then dropped, so memory is bounded by the largest open entry.
import type { Policy, Decision, PolicyElement, SequenceOutcome } from '../policy/types.js';
import type { TraceEntry, ToolCall } from '../trace/types.js';
import type { FindingDraft, RelatedLocation } from '../report/finding.js';

export interface PolicyGateState {
  policy: Policy;
  /** Repo-relative path of the policy file (related locations). */
  policyUri: string;
  drafts: FindingDraft[];
  /** Per trace file uri: element id → finding drafts. */
  perTrace: Map<string, Map<string, FindingDraft[]>>;
  /** Element ids reached by some call (JUnit "not exercised"). */
  exercised: Set<string>;
  /** Sequence rule index → exercised (held or violated) in some entry. */
  sequenceExercised: boolean[];
  calls: number;
  entries: number;
  denied: number;
  warned: number;
}

export function newPolicyGate(policy: Policy, policyUri: string): PolicyGateState {
  return {
    policy,
    policyUri,
    drafts: [],
    perTrace: new Map(),
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

function bucket(state: PolicyGateState, uri: string, element: string): FindingDraft[] {
  let m = state.perTrace.get(uri);
  if (!m) {
    m = new Map();
    state.perTrace.set(uri, m);
  }
  let list = m.get(element);
  if (!list) {
    list = [];
    m.set(element, list);
  }
  return list;
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
    message: `${decisionMessage(d, call.tool_name)} (call #${call.index})`,
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
    message: `Sequence rule ${s.rule_id} violated${s.reason ? `: ${s.reason}` : ''}`,
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
    const f = callFinding(state, entry, call, d, testId);
    state.drafts.push(f);
    bucket(state, call.pos.file, d.element ?? 'policy').push(f);
  }
  for (const s of session.finish()) {
    if (s.status === 'not_exercised') continue;
    state.sequenceExercised[s.index] = true;
    if (s.status !== 'violated') continue;
    state.denied++;
    const f = sequenceFinding(state, entry, s, testId);
    state.drafts.push(f);
    bucket(state, entry.file, `sequences[${s.index}]`).push(f);
  }
  session.collectExercised(state.exercised);
}

/** End of all traces: one note per sequence rule that no entry exercised (02 §5.3). */
export function finishPolicyGate(state: PolicyGateState): void {
  state.policy.sequences.forEach((rule, i) => {
    if (state.sequenceExercised[i]) return;
    state.drafts.push({
      rule_id: 'policy/W_RULE_NOT_EXERCISED',
      level: 'note',
      source: 'policy',
      message: `Sequence rule ${rule.ruleId} was exercised by no entry`,
      policy_rule: rule.rule,
      location: { uri: state.policyUri, line: rule.ref?.line ?? 1, col: rule.ref?.col ?? 1 },
      subject: state.policyUri,
      detail: rule.ruleId,
    });
  });
}
