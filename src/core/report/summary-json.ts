// summary.json (`assay.run_summary.v1`): keys in the documented order, `schema` last.
import { REASON_CODE_VERSION } from '../outcome/reason-codes.js';
import { safeText } from '../render/safe-text.js';
import { countFindings } from './finding.js';
import type { GateReport, ReportOptions, ResultRow } from './gate-report.js';

export const SUMMARY_SCHEMA = 'assay.run_summary.v1';
const MAX_SLOWEST = 5;

export interface ResultCounts {
  passed: number;
  failed: number;
  warned: number;
  skipped: number;
  total: number;
}

/** `passed` = pass + allowed_on_error + warn; `failed` = fail + error; `warned` = warn + flaky + unstable. */
export function countResults(rows: readonly ResultRow[]): ResultCounts {
  const c: ResultCounts = { passed: 0, failed: 0, warned: 0, skipped: 0, total: rows.length };
  for (const r of rows) {
    if (r.status === 'pass' || r.status === 'allowed_on_error' || r.status === 'warn') c.passed++;
    if (r.status === 'fail' || r.status === 'error') c.failed++;
    if (r.status === 'warn' || r.status === 'flaky' || r.status === 'unstable') c.warned++;
    if (r.status === 'skipped') c.skipped++;
  }
  return c;
}

function performance(r: GateReport, opts: ReportOptions): Record<string, unknown> {
  const t = r.performance;
  const z = (v: number | undefined): number => (opts.reproducible ? 0 : (v ?? 0));
  const out: Record<string, unknown> = { total_duration_ms: z(t?.totalDurationMs) };
  const rows = r.results ?? [];
  if (rows.length > 0) {
    out.cache_hit_rate = rows.filter((x) => x.cached).length / rows.length;
    out.slowest_tests = rows
      .map((x) => ({ test_id: x.test_id, duration_ms: z(x.duration_ms) }))
      .sort((a, b) => b.duration_ms - a.duration_ms || (a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0))
      .slice(0, MAX_SLOWEST);
  }
  const phases: Record<string, number> = {};
  if (t?.ingestMs !== undefined) phases.ingest_ms = z(t.ingestMs);
  phases.eval_ms = z(t?.evalMs);
  phases.report_ms = z(t?.reportMs);
  out.phase_timings = phases;
  return out;
}

function provenance(r: GateReport): Record<string, unknown> {
  const p = r.provenance;
  const out: Record<string, unknown> = { assay_version: p.assayVersion, verify_mode: p.verifyMode };
  if (p.traceDigest !== undefined) out.trace_digest = p.traceDigest;
  if (p.policyDigest !== undefined) out.policy_digest = p.policyDigest;
  if (p.configDigest !== undefined) out.config_digest = p.configDigest;
  if (p.baselineDigest !== undefined) out.baseline_digest = p.baselineDigest;
  return out;
}

/** The summary.json document as an object in emitted key order. */
export function summaryJsonObject(r: GateReport, opts: ReportOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {
    schema_version: 1,
    reason_code_version: REASON_CODE_VERSION,
    exit_code: r.exitCode,
    reason_code: r.reasonCode,
    message: safeText(r.message),
  };
  if (r.exitCode !== 0 && r.nextStep !== undefined && r.nextStep !== '') out.next_step = r.nextStep;
  out.provenance = provenance(r);
  if (r.completed && r.results !== undefined) out.results = countResults(r.results);
  if (r.completed) out.performance = performance(r, opts);
  out.seeds = { seed_version: 1, order_seed: r.completed ? r.orderSeed : null, judge_seed: null };
  if (r.judgeMetrics !== undefined) out.judge_metrics = { ...r.judgeMetrics };
  if (r.sarifOmitted !== undefined && r.sarifOmitted > 0) out.sarif = { omitted: r.sarifOmitted };
  if (r.evidence !== undefined) out.evidence = { ...r.evidence };
  if (r.completed) out.findings = r.findingSet ? { ...r.findingSet.counts } : countFindings(r.findings);
  if (r.baseline !== undefined) {
    out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
  }
  if (r.trace !== undefined) {
    out.trace = { episodes: r.trace.episodes, skipped_lines: r.trace.skipped_lines, ignored_lines: r.trace.ignored_lines };
  }
  out.schema = SUMMARY_SCHEMA;
  return out;
}

/** summary.json text: pretty JSON, 2 spaces, final newline. */
export function buildSummaryJson(r: GateReport, opts: ReportOptions): string {
  return JSON.stringify(summaryJsonObject(r, opts), null, 2) + '\n';
}
