// `assay explain`: every call with its decision, the rule that decided it and where
// that rule is written. Sequence rules are evaluated incrementally (step 6, the same ids as everywhere);
// end-of-entry violations (unmet require, eventually, after) are attached to the entry's last call.
import type { Decision, Policy, SequenceOutcome, SourceRef } from '../policy/index.js';
import { safeDeep } from '../render/safe-text.js';
import type { ToolCall, TraceEntry } from '../trace/index.js';

export interface RuleEvaluation {
  rule_id: string;
  rule_type: 'tool_pins' | 'limits' | 'deny' | 'allow' | 'approval' | 'sequence' | 'schema' | 'unconstrained';
  passed: boolean;
  explanation: string;
  context?: Record<string, unknown>;
}

export type Verdict = 'allowed' | 'blocked' | 'warning';

export interface ExplainStep {
  /** 0-based over every call explained. */
  index: number;
  /** Entry key (binding id, else prompt). */
  entry: string;
  call_index: number;
  tool: string;
  args?: unknown;
  verdict: Verdict;
  code: string | null;
  rule: string | null;
  reason: string;
  /** Where the call was read. */
  source: { file: string; line: number };
  /** Where the deciding rule is written. */
  rule_source?: { file: string; line: number; col: number };
  rules_evaluated: RuleEvaluation[];
}

export interface EntryViolation {
  entry: string;
  rule_id: string;
  rule: string;
  reason: string;
  rule_source?: { file: string; line: number; col: number };
}

export interface Explanation {
  policy_name: string | null;
  policy_version: string;
  policy_file: string;
  trace_files: string[];
  total_steps: number;
  allowed_steps: number;
  blocked_steps: number;
  warning_steps: number;
  first_block_index?: number;
  steps: ExplainStep[];
  blocking_rules: string[];
  entries: number;
  /** End-of-entry sequence violations (also attached to the entry's last call when it has one). */
  entry_violations: EntryViolation[];
}

const ref = (r: SourceRef | undefined): { file: string; line: number; col: number } | undefined => (r ? { file: r.file, line: r.line, col: r.col } : undefined);

type Stage = RuleEvaluation['rule_type'];

function stageOf(d: Decision): Stage {
  switch (d.code) {
    case 'E_TOOL_DRIFT':
      return 'tool_pins';
    case 'E_RATE_LIMIT':
      return 'limits';
    case 'E_TOOL_DENIED':
      return 'deny';
    case 'E_TOOL_NOT_ALLOWED':
      return 'allow';
    case 'E_APPROVAL_REQUIRED':
      return 'approval';
    case 'E_SEQUENCE_VIOLATION':
      return 'sequence';
    case 'E_ARG_SCHEMA':
    case 'E_SCHEMA_COMPILE':
      return 'schema';
    case 'E_TOOL_UNCONSTRAINED':
      return 'unconstrained';
    default:
      return d.rule?.startsWith('schemas.') ? 'schema' : 'unconstrained';
  }
}

const ORDER: Stage[] = ['tool_pins', 'limits', 'deny', 'allow', 'sequence', 'schema', 'unconstrained'];

/** The checks a call passed before the deciding one (only those this policy has). */
function passedBefore(p: Policy, name: string, stage: Stage, pinned: boolean): RuleEvaluation[] {
  const out: RuleEvaluation[] = [];
  const t = p.tools;
  for (const s of ORDER) {
    if (s === stage) break;
    if (s === 'tool_pins' && pinned) out.push({ rule_id: `tool_pins.${name}`, rule_type: s, passed: true, explanation: 'tool identity matches its pin' });
    if (s === 'limits' && p.limits) out.push({ rule_id: 'limits', rule_type: s, passed: true, explanation: 'within the per-entry limits' });
    if (s === 'deny' && (t.deny.entries.length || t.denyClasses.entries.length)) {
      out.push({ rule_id: 'tools.deny', rule_type: s, passed: true, explanation: 'no deny pattern or class matches' });
    }
    if (s === 'allow' && (t.allow !== null || t.allowClasses !== null)) {
      const e = t.allow?.entries.find((x) => x.matcher.test(name));
      const classes = p.toolClasses.get(name) ?? [];
      const c = t.allowClasses?.entries.find((x) => classes.includes(x.cls));
      const id = e ? `tools.allow[${e.index}]=${e.pattern}` : c ? `tools.allow_classes[${c.index}]=${c.cls}` : 'tools.allow';
      const r = ref(e?.ref ?? c?.ref);
      out.push({ rule_id: id, rule_type: s, passed: true, explanation: e ? `matches allow pattern ${JSON.stringify(e.pattern)}` : 'allowed by class', ...(r ? { context: { rule_source: r } } : {}) });
    }
    if (s === 'sequence' && p.sequences.length) out.push({ rule_id: 'sequences', rule_type: s, passed: true, explanation: 'no sequence rule would be violated by this call' });
  }
  return out;
}

function decidingEvaluation(d: Decision, stage: Stage): RuleEvaluation {
  const r = ref(d.ruleRef);
  const context: Record<string, unknown> = {};
  if (r) context.rule_source = r;
  if (d.violations?.length) context.violations = d.violations;
  if (d.code) context.code = d.code;
  let explanation: string = d.reason;
  if (d.violations?.length) explanation += ': ' + d.violations.map((v) => `${v.path || '/'} ${v.message}`).join('; ');
  return { rule_id: d.rule ?? stage, rule_type: stage, passed: d.decision !== 'deny', explanation, ...(Object.keys(context).length ? { context } : {}) };
}

function definitionsOf(entry: TraceEntry): Map<string, unknown> | undefined {
  const defs = entry.meta['tool_definitions'];
  if (!Array.isArray(defs)) return undefined;
  const map = new Map<string, unknown>();
  for (const d of defs) if (d && typeof d === 'object' && typeof (d as { name?: unknown }).name === 'string') map.set((d as { name: string }).name, d);
  return map;
}

function sequenceEvaluation(p: Policy, s: SequenceOutcome, prefix = ''): RuleEvaluation {
  const r = ref(p.sequences[s.index]?.ref);
  return {
    rule_id: s.rule,
    rule_type: 'sequence',
    passed: s.status !== 'violated',
    explanation: prefix + (s.reason ?? (s.status === 'held' ? 'held' : s.status)),
    context: { status: s.status, spanned: s.spanned, ...(r ? { rule_source: r } : {}) },
  };
}

export class Explainer {
  readonly steps: ExplainStep[] = [];
  readonly violations: EntryViolation[] = [];
  private readonly blocking = new Set<string>();
  private entries = 0;

  constructor(
    readonly policy: Policy,
    readonly policyDisplay: string,
  ) {}

  /** Explain one complete entry. */
  add(entry: TraceEntry): void {
    const p = this.policy;
    this.entries++;
    const session = p.newSession();
    const defs = p.toolPins.size ? definitionsOf(entry) : undefined;
    const calls: ToolCall[] = entry.tool_calls;
    calls.forEach((call, i) => {
      const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
      const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index }, { incremental: true });
      const stage = stageOf(d);
      const pinned = p.toolPins.has(call.tool_name) && definition !== undefined;
      const evals = [...passedBefore(p, call.tool_name, stage, pinned), decidingEvaluation(d, stage)];
      const outcomes = p.sequences.length ? session.finish() : [];
      for (const s of outcomes) {
        if (d.code === 'E_SEQUENCE_VIOLATION' && d.rule === s.rule) continue;
        if (s.status === 'violated' && s.call_index === call.index) evals.push(sequenceEvaluation(p, s));
        else if (s.status === 'held' && s.spanned.includes(call.index)) evals.push(sequenceEvaluation(p, s));
      }
      const verdict: Verdict = d.decision === 'deny' ? 'blocked' : d.decision === 'allow_with_warning' ? 'warning' : 'allowed';
      if (verdict === 'blocked' && d.rule) this.blocking.add(d.rule);
      for (const e of evals) if (!e.passed && e.rule_type === 'sequence') this.blocking.add(e.rule_id);
      const rs = ref(d.ruleRef);
      this.steps.push({
        index: this.steps.length,
        entry: entry.key,
        call_index: call.index,
        tool: call.tool_name,
        args: safeDeep(call.args),
        verdict,
        code: d.code,
        rule: d.rule,
        reason: d.reason,
        source: { file: call.pos.file, line: call.pos.line },
        ...(rs ? { rule_source: rs } : {}),
        rules_evaluated: evals,
      });
      if (i === calls.length - 1) this.attachEnd(entry, session.finish(), this.steps[this.steps.length - 1]!);
    });
    if (calls.length === 0 && p.sequences.length) this.attachEnd(entry, session.finish(), undefined);
  }

  private attachEnd(entry: TraceEntry, outcomes: SequenceOutcome[], last: ExplainStep | undefined): void {
    for (const s of outcomes) {
      if (s.status !== 'violated' || s.call_index !== null) continue;
      const r = ref(this.policy.sequences[s.index]?.ref);
      this.violations.push({ entry: entry.key, rule_id: s.rule_id, rule: s.rule, reason: s.reason ?? 'violated', ...(r ? { rule_source: r } : {}) });
      this.blocking.add(s.rule);
      last?.rules_evaluated.push(sequenceEvaluation(this.policy, s, 'end of entry: '));
    }
  }

  result(traceFiles: string[]): Explanation {
    const steps = this.steps;
    const blocked = steps.filter((s) => s.verdict === 'blocked');
    const out: Explanation = {
      policy_name: this.policy.name,
      policy_version: this.policy.version,
      policy_file: this.policyDisplay,
      trace_files: traceFiles,
      total_steps: steps.length,
      allowed_steps: steps.filter((s) => s.verdict === 'allowed').length,
      blocked_steps: blocked.length,
      warning_steps: steps.filter((s) => s.verdict === 'warning').length,
      steps,
      blocking_rules: [...this.blocking].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
      entries: this.entries,
      entry_violations: this.violations,
    };
    if (blocked.length) out.first_block_index = blocked[0]!.index;
    return out;
  }
}

/** The explanation as JSON (shape plus additive keys), steps filtered by --blocked-only. */
export function explanationDocument(e: Explanation, opts: { blockedOnly?: boolean } = {}): Record<string, unknown> {
  const steps = opts.blockedOnly ? e.steps.filter(isNotable) : e.steps;
  const doc: Record<string, unknown> = {
    policy_name: e.policy_name,
    policy_version: e.policy_version,
    policy_file: e.policy_file,
    trace_files: e.trace_files,
    total_steps: e.total_steps,
    allowed_steps: e.allowed_steps,
    blocked_steps: e.blocked_steps,
    warning_steps: e.warning_steps,
  };
  if (e.first_block_index !== undefined) doc.first_block_index = e.first_block_index;
  doc.steps = steps;
  doc.blocking_rules = e.blocking_rules;
  doc.entries = e.entries;
  doc.entry_violations = e.entry_violations;
  return doc;
}

/** Blocked, or carrying a failed rule (end-of-entry violations): shown under --blocked-only. */
export function isNotable(s: ExplainStep): boolean {
  return s.verdict === 'blocked' || s.rules_evaluated.some((r) => !r.passed);
}
