// `assay coverage`: tools seen vs the tools the policy constrains, sequence rules exercised,
// the calls the one engine denies or warns about, and the thresholds that fail the command.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InputError, type Diagnostic } from '../errors.js';
import { parseBaseline, serializeBaseline, type EvalBaseline } from '../eval/baseline.js';
import { gateEntry, newPolicyGate, type PolicyGateState } from '../gate/policy-gate.js';
import type { Policy } from '../policy/index.js';
import { finalizeFindings, type Finding, type FindingDraft } from '../report/finding.js';
import type { TraceStats } from '../trace/index.js';
import { VERSION } from '../version.js';
import { Inventory } from './inventory.js';
import { readCalls, type TraceInput } from './read-calls.js';
import { readTextStrict } from '../util/read-text.js';

export interface CoveragePolicy {
  policy: Policy;
  display: string;
}

export interface CoverageOptions {
  policies: readonly CoveragePolicy[];
  traces: readonly TraceInput[];
  declared?: readonly string[];
  strict?: boolean;
  /** Percent, 0–100. */
  minCoverage?: number;
  baseline?: EvalBaseline;
  baselineDisplay?: string;
}

export interface Regression {
  metric: 'overall' | 'tool' | 'rule';
  baseline_pct: number;
  current_pct: number;
}

export interface CoverageReport {
  schema: 'assay.coverage_report.v1';
  tools: { seen: string[]; declared: string[]; unknown: string[]; covered: string[]; uncovered: string[]; covered_pct: number };
  rules: { total: number; exercised: number; exercised_pct: number; not_exercised: string[] };
  overall_pct: number;
  violations: Finding[];
  warnings: Finding[];
  high_risk_gaps: string[];
  min_coverage: number | null;
  meets_threshold: boolean;
  policies: string[];
  trace_files: string[];
  calls: number;
  entries: number;
  baseline?: { file: string; regressions: Regression[] };
  exit_code: 0 | 1;
}

export interface CoverageResult {
  report: CoverageReport;
  stats: TraceStats;
  diagnostics: Diagnostic[];
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const pct2 = (r: number): number => Math.round(r * 10000) / 100;
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function computeCoverage(o: CoverageOptions): Promise<CoverageResult> {
  const gates: PolicyGateState[] = o.policies.map((p) => newPolicyGate(p.policy, p.display));
  const seen = new Set<string>();
  const r = await readCalls(
    o.traces,
    (entry) => {
      for (const c of entry.tool_calls) seen.add(c.tool_name);
      for (const g of gates) gateEntry(g, entry);
    },
    { strict: o.strict ?? false, cloudEvents: true },
  );
  if (r.stats.records === 0) {
    const file = o.traces.map((t) => t.display).join(', ');
    const message = 'trace contains no records';
    throw new InputError('E_TRACE_INVALID', message, {
      source: 'trace',
      context: { file },
      nextStepValues: { 'trace.jsonl': file },
      diagnostics: [{ code: 'E_TRACE_INVALID', severity: 'error', message, file, source: 'trace' }],
    });
  }

  const inv = new Inventory();
  for (const p of o.policies) inv.addPolicy(p.policy);
  for (const d of o.declared ?? []) inv.addName(d);
  const items = inv.list;
  const covered = items.filter((i) => [...seen].some((n) => i.test(n)));
  const uncovered = items.filter((i) => !covered.includes(i));
  const seenList = [...seen].sort(cmp);
  const unknown = seenList.filter((n) => !items.some((i) => i.test(n)));
  const toolRatio = ratio(covered.length, items.length);
  const toolPct = pct2(toolRatio);

  let total = 0;
  let exercised = 0;
  const notExercised: string[] = [];
  for (const g of gates) {
    g.policy.sequences.forEach((rule, i) => {
      total++;
      if (g.sequenceExercised[i]) exercised++;
      else notExercised.push(rule.ruleId);
    });
  }
  const ruleRatio = ratio(exercised, total);
  const rulePct = pct2(ruleRatio);
  const overall = pct2((toolRatio + ruleRatio) / 2);

  const drafts: FindingDraft[] = gates.flatMap((g) => g.drafts).filter((d) => d.level !== 'note');
  const findings = finalizeFindings(drafts);
  const violations = findings.filter((f) => f.level === 'error');
  const warnings = findings.filter((f) => f.level === 'warning');
  const highRisk = [...inv.highRisk].filter((n) => !seen.has(n)).sort(cmp);
  const meets = o.minCoverage === undefined || overall + 1e-9 >= o.minCoverage;

  const report: CoverageReport = {
    schema: 'assay.coverage_report.v1',
    tools: { seen: seenList, declared: items.map((i) => i.label), unknown, covered: covered.map((i) => i.label), uncovered: uncovered.map((i) => i.label), covered_pct: toolPct },
    rules: { total, exercised, exercised_pct: rulePct, not_exercised: notExercised },
    overall_pct: overall,
    violations,
    warnings,
    high_risk_gaps: highRisk,
    min_coverage: o.minCoverage ?? null,
    meets_threshold: meets,
    policies: o.policies.map((p) => p.display),
    trace_files: o.traces.map((t) => t.display),
    calls: r.stats.calls,
    entries: r.stats.episodes,
    exit_code: 0,
  };
  if (o.baseline) {
    const current: Record<Regression['metric'], number> = { overall, tool: toolPct, rule: rulePct };
    const regressions: Regression[] = [];
    for (const e of o.baseline.entries) {
      if (e.test_id !== 'coverage' || !(e.metric in current)) continue;
      const metric = e.metric as Regression['metric'];
      const base = Math.round(e.score * 10000) / 100;
      if (current[metric] + 1e-9 < base) regressions.push({ metric, baseline_pct: base, current_pct: current[metric] });
    }
    report.baseline = { file: o.baselineDisplay ?? '', regressions };
  }
  report.exit_code = violations.length || highRisk.length || !meets || (report.baseline?.regressions.length ?? 0) > 0 ? 1 : 0;
  return { report, stats: r.stats, diagnostics: r.diagnostics };
}

/** `sha256:<hex>` of the policy files' bytes in order (the baseline's `config_fingerprint`). */
export function policiesFingerprint(paths: readonly string[]): string {
  const h = createHash('sha256');
  for (const p of paths) h.update(readFileSync(p));
  return `sha256:${h.digest('hex')}`;
}

/** The coverage baseline (format, test id `coverage`, metrics overall/rule/tool as fractions). */
export function coverageBaseline(r: CoverageReport, o: { createdAt: string; fingerprint: string }): string {
  const b: EvalBaseline = {
    schema_version: 1,
    suite: 'coverage',
    assay_version: VERSION,
    created_at: o.createdAt,
    config_fingerprint: o.fingerprint,
    entries: [
      { test_id: 'coverage', metric: 'overall', score: r.overall_pct / 100, meta: { exercised: 'exercised' } },
      { test_id: 'coverage', metric: 'rule', score: r.rules.exercised_pct / 100, meta: { exercised: 'exercised' } },
      { test_id: 'coverage', metric: 'tool', score: r.tools.covered_pct / 100, meta: { exercised: 'exercised' } },
    ],
  };
  return serializeBaseline(b);
}

/** Read a coverage baseline; unreadable or for another suite → E_BASELINE_INVALID. */
export function loadCoverageBaseline(path: string, display: string): { baseline: EvalBaseline; warnings: Diagnostic[] } {
  let text: string;
  try {
    text = readTextStrict(path, display, 'E_BASELINE_INVALID', { errorClass: InputError, source: 'baseline', nextStepValues: { 'baseline.json': display } });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const message = `cannot read baseline: ${(e as Error).message}`;
    throw new InputError('E_BASELINE_INVALID', `${display}: ${message}`, {
      source: 'baseline',
      context: { file: display },
      nextStepValues: { 'baseline.json': display },
      diagnostics: [{ code: 'E_BASELINE_INVALID', severity: 'error', message, file: display, source: 'baseline' }],
    });
  }
  const r = parseBaseline(text, display, { suite: 'coverage', assayVersion: VERSION });
  return { baseline: r.baseline!, warnings: r.warnings };
}
