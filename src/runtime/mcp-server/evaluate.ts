// The five `assay mcp-server` tools as pure functions of a policy and the call's arguments.
// They run inside the evaluation worker; payloads never echo argument values.
import { createHash } from 'node:crypto';
import { AssayError } from '../../core/errors.js';
import { parseYamlSource } from '../../core/util/yaml-source.js';
import {
  REASONS,
  SequenceTracker,
  evaluateSequenceRules,
  policyFromValue,
  type Decision,
  type Policy,
  type SequenceOutcome,
  type SequenceRule,
} from '../../core/policy/index.js';
import { Inventory } from '../../core/coverage/inventory.js';
import { Explainer, explanationDocument, renderExplanation, type ExplainFormat } from '../../core/explain/index.js';
import type { TraceEntry } from '../../core/trace/index.js';
import { renderCoverage, type CoverageReport } from './render.js';

export type Payload = Record<string, unknown>;

export class ToolFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export function failurePayload(code: string, message: string, details?: Record<string, unknown>): Payload {
  const m = Buffer.byteLength(message) > 4096 ? message.slice(0, 1024) : message;
  return { allowed: false, error: details ? { code, message: m, details } : { code, message: m } };
}

// ---- policy parsing with a small LRU cache keyed by (canonical path, sha256 of bytes) --------------------

const cache = new Map<string, Policy>();
/** Policies that used the legacy root `blocklist:` (a deprecation warning is logged for them). */
export const legacyBlocklist = new WeakSet<Policy>();

/** Parse policy text; E_POLICY_PARSE failures carry the reference's three messages only. */
export function policyFromText(text: string, file: string, cacheKey: string | undefined, cacheEntries: number): Policy {
  if (cacheKey !== undefined) {
    const hit = cache.get(cacheKey);
    if (hit) {
      cache.delete(cacheKey);
      cache.set(cacheKey, hit);
      return hit;
    }
  }
  const parsed = parseYamlSource(text, file, 'E_POLICY_PARSE');
  if (parsed.errors.length > 0 || !parsed.source) {
    const d = parsed.errors[0];
    throw new ToolFailure('E_POLICY_PARSE', 'Policy YAML is invalid', { line: d?.line ?? 1, column: d?.col ?? 1 });
  }
  let v = parsed.source.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw new ToolFailure('E_POLICY_PARSE', 'Policy root must be a mapping');
  const converted = withLegacyBlocklist(v as Record<string, unknown>);
  const legacy = converted !== v;
  v = converted;
  let policy: Policy;
  try {
    policy = policyFromValue(v, file, parsed.source).policy;
  } catch (e) {
    if (e instanceof AssayError) {
      const d = e.diagnostics.find((x) => x.severity === 'error');
      throw new ToolFailure('E_POLICY_PARSE', 'Policy structure is invalid', d?.line !== undefined ? { line: d.line, column: d.col ?? 1 } : undefined);
    }
    throw e;
  }
  if (legacy) legacyBlocklist.add(policy);
  if (cacheKey !== undefined && cacheEntries > 0) {
    cache.set(cacheKey, policy);
    while (cache.size > cacheEntries) cache.delete(cache.keys().next().value as string);
  }
  return policy;
}

/**
 * The reference server's only policy form is a root `blocklist:` of tool names (policy_decide). It is
 * read as exact-name deny entries (appended to `tools.deny`); the policy loader itself does not know the key.
 */
function withLegacyBlocklist(root: Record<string, unknown>): Record<string, unknown> {
  const bl = root.blocklist;
  if (!Array.isArray(bl) || !bl.every((x) => typeof x === 'string')) return root;
  const { blocklist: _legacy, ...rest } = root;
  const tools = rest.tools !== null && typeof rest.tools === 'object' && !Array.isArray(rest.tools) ? { ...(rest.tools as Record<string, unknown>) } : {};
  const deny = Array.isArray(tools.deny) ? [...(tools.deny as unknown[])] : [];
  tools.deny = [...deny, ...bl];
  return { ...rest, tools };
}

export function cacheKeyOf(canonicalPath: string, text: string): string {
  return `${canonicalPath}\0${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

// ---- decisions ---------------------------------------------------------------------------------------

const RUNTIME = { runtime: true } as const;
const NAME_STAGES = new Set(['E_TOOL_DRIFT', 'E_RATE_LIMIT', 'E_TOOL_DENIED', 'E_TOOL_NOT_ALLOWED', 'E_APPROVAL_REQUIRED']);

/** Stage 1 does not apply without a session listing: present the pin itself as the observed identity. */
function pinIdentity(policy: Policy, tool: string): unknown {
  const pin = policy.toolPins.get(tool);
  return pin ? { server_id: pin.server_id, tool_name: pin.tool_name, schema_hash: pin.schema_hash, meta_hash: pin.meta_hash } : undefined;
}

function sequenceDeny(policy: Policy, ri: number, tool: string): Decision {
  const r = policy.sequences[ri]!;
  return { decision: 'deny', code: 'E_SEQUENCE_VIOLATION', tool, reason: `Call would violate sequence rule ${r.ruleId}`, rule: r.rule };
}

/** stages 1–8 for one call after `history` (tool names), with fresh counters. */
export function decideWithHistory(policy: Policy, tool: string, args: unknown, history: readonly string[]): Decision {
  // Stages 1–5, 7, 8 with fresh counters (non-incremental: no stage 6 here).
  const d = policy.newSession().decide({ tool_name: tool, args, definition: pinIdentity(policy, tool) }, { ...RUNTIME, incremental: false });
  if (d.decision === 'deny' && d.code !== null && NAME_STAGES.has(d.code)) return d;
  if (policy.sequences.length > 0) {
    const t = new SequenceTracker(policy.sequences);
    history.forEach((h, i) => t.feed(h, {}, i));
    const ri = t.probe(tool, args, history.length);
    if (ri >= 0) return sequenceDeny(policy, ri, tool);
  }
  return d;
}

function decisionPayload(d: Decision, withViolations: boolean): Payload {
  const p: Payload = { allowed: d.decision !== 'deny', decision: d.decision };
  if (d.decision === 'deny') {
    if (d.code !== null) p.error_code = d.code;
    p.reason = d.reason;
    if (d.rule !== null) p.rule = d.rule;
  } else if (d.decision === 'allow_with_warning') {
    if (d.code !== null) p.error_code = d.code;
    p.reason = d.reason;
    if (d.rule !== null) p.rule = d.rule;
    p.warning = d.reason;
  }
  if (withViolations) p.violations = (d.violations ?? []).map((v) => ({ path: v.path, constraint: v.constraint, message: v.message }));
  return p;
}

export function checkArgs(policy: Policy, a: { tool: string; arguments: Record<string, unknown>; history?: string[] }): Payload {
  return decisionPayload(decideWithHistory(policy, a.tool, a.arguments, a.history ?? []), true);
}

export function policyDecide(policy: Policy, a: { tool: string }): Payload {
  let d = policy.nameDecision(a.tool, pinIdentity(policy, a.tool), RUNTIME);
  if (d.decision === 'allow' && !policy.schemas.has(a.tool) && policy.enforcement.unconstrainedTools === 'warn') {
    d = { decision: 'allow_with_warning', code: 'E_TOOL_UNCONSTRAINED', tool: a.tool, reason: REASONS.unconstrainedWarn, rule: 'enforcement.unconstrained_tools' };
  }
  const p = decisionPayload(d, false);
  if (p.reason === undefined) p.reason = d.reason;
  return p;
}

function suggestedFix(r: SequenceRule, next: string): string {
  switch (r.kind) {
    case 'before':
      return `Call ${r.first.render} before ${r.then.render}`;
    case 'never_after':
      return `Do not call ${r.forbidden.render} after ${r.trigger.render}`;
    case 'max_calls':
      return `Call ${r.tool.render} at most ${r.max} times`;
    case 'blocklist':
      return `Do not call tools whose name contains "${r.pattern}"`;
    case 'require':
      return `Call ${r.tool.render} at least once`;
    case 'eventually':
      return `Call ${r.tool.render} within the first ${r.within} calls`;
    case 'after':
      return `Call ${r.then.render} within ${r.within} call(s) after ${r.trigger.render}`;
    case 'sequence':
      return `Call ${r.tools.map((s) => s.render).join(' > ')} in order${r.strict ? ', consecutively' : ''} (next: ${next})`;
  }
}

export function checkSequence(policy: Policy, a: { history: string[]; next_tool: string }): Payload {
  const calls = [...a.history, a.next_tool].map((t) => ({ tool_name: t, args: {} }));
  const outcomes = evaluateSequenceRules(policy.sequences, calls);
  const violated = outcomes.filter((o) => o.status === 'violated');
  const fix = violated.length > 0 ? suggestedFix(policy.sequences[violated[0]!.index]!, a.next_tool) : null;
  return {
    allowed: violated.length === 0,
    violations: violated.map((o) => ({ rule_id: o.rule_id, kind: o.kind, reason: o.reason ?? `sequence rule ${o.rule_id} violated` })),
    suggested_fix: fix,
  };
}

// ---- explain -----------------------------------------------------------------------------------------

/** The trace argument as one in-memory entry, explained by the same core as `assay explain`. */
export function explainTrace(policy: Policy, a: { trace: Array<{ tool: string; args?: Record<string, unknown> }>; format?: string }): { payload: Payload; text?: string } {
  const entry: TraceEntry = {
    text: '',
    model: '',
    meta: {},
    tool_calls: a.trace.map((c, i) => ({
      id: `call_${i}`,
      tool_name: c.tool,
      args: c.args ?? {},
      result: null,
      error: null,
      index: i,
      ts_ms: 0,
      pos: { file: 'trace', line: i + 1 },
    })),
    steps: a.trace.length,
    first_line: 1,
    file: 'trace',
    key: 'trace',
  };
  const ex = new Explainer(policy, 'policy');
  ex.add(entry);
  const e = ex.result(['trace']);
  // The caller's argument values are not echoed back.
  for (const s of e.steps) delete s.args;
  const payload: Payload = { allowed: e.blocked_steps === 0 && e.entry_violations.length === 0, ...explanationDocument(e) };
  const format = (a.format ?? 'json') as ExplainFormat;
  return format === 'json' ? { payload } : { payload, text: renderExplanation(e, format) };
}

// ---- coverage ----------------------------------------------------------------------------------------

export function checkCoverage(
  policy: Policy,
  a: { traces: Array<{ id?: string; tools: string[]; rules_triggered?: string[] }>; threshold?: number; format?: string },
): { payload: Payload; text?: string } {
  const inv = new Inventory();
  inv.addPolicy(policy);
  const items = inv.list;
  const seen = new Set<string>();
  const exercised = new Set<number>();
  const violations: Array<Record<string, unknown>> = [];
  const warnings: Array<Record<string, unknown>> = [];
  a.traces.forEach((t, ti) => {
    const traceId = t.id ?? `trace-${ti}`;
    // Traces carry tool names only: name-level decisions (no argument schemas) plus the sequence rules.
    t.tools.forEach((tool, i) => {
      seen.add(tool);
      const d = policy.nameDecision(tool, pinIdentity(policy, tool), RUNTIME);
      const f = { trace_id: traceId, index: i, tool, code: d.code, rule: d.rule, reason: d.reason };
      if (d.decision === 'deny') violations.push(f);
      else if (!policy.schemas.has(tool) && policy.enforcement.unconstrainedTools === 'warn') {
        warnings.push({ ...f, code: 'E_TOOL_UNCONSTRAINED', rule: 'enforcement.unconstrained_tools', reason: REASONS.unconstrainedWarn });
      }
    });
    const outs: SequenceOutcome[] = evaluateSequenceRules(
      policy.sequences,
      t.tools.map((tool) => ({ tool_name: tool, args: {} })),
    );
    for (const o of outs) {
      if (o.status !== 'not_exercised') exercised.add(o.index);
      if (o.status === 'violated') violations.push({ trace_id: traceId, index: o.call_index, tool: null, code: 'E_SEQUENCE_VIOLATION', rule: o.rule, reason: o.reason });
    }
  });
  const seenList = [...seen].sort();
  const covered = items.filter((it) => seenList.some((s) => it.test(s)));
  const unknown = seenList.filter((s) => !items.some((it) => it.test(s)));
  const toolPct = items.length === 0 ? 100 : (covered.length / items.length) * 100;
  const ruleTotal = policy.sequences.length;
  const rulePct = ruleTotal === 0 ? 100 : (exercised.size / ruleTotal) * 100;
  const overall = (toolPct + rulePct) / 2;
  const highRisk = [...inv.highRisk].filter((n) => !seen.has(n)).sort();
  const threshold = a.threshold ?? 80;
  const round = (n: number) => Math.round(n * 100) / 100;
  const report: CoverageReport = {
    schema: 'assay.coverage_report.v1',
    tools: { seen: seenList, declared: items.map((i) => i.label), unknown, covered_pct: round(toolPct) },
    rules: {
      total: ruleTotal,
      exercised: exercised.size,
      exercised_pct: round(rulePct),
      not_exercised: policy.sequences.filter((r) => !exercised.has(r.index)).map((r) => r.ruleId),
    },
    overall_pct: round(overall),
    violations,
    warnings,
    high_risk_gaps: highRisk,
    min_coverage: threshold,
    meets_threshold: overall >= threshold,
  };
  const format = a.format ?? 'json';
  return format === 'json' ? { payload: { ...report } } : { payload: { ...report }, text: renderCoverage(report, format) };
}
