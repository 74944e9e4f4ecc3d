// run.json: no `schema` key; keys in the documented order; the minimal shape on early exits.
// Free text is render-safe but unbounded (JSON reports); codes, ids, digests, seeds, next_step untouched.
import { REASON_CODE_VERSION } from '../outcome/reason-codes.js';
import { redactPrompt, safeDeep, safeText } from '../render/safe-text.js';
import type { GateReport, ReportOptions, ResultRow, RowDetails } from './gate-report.js';

const DETAIL_KEYS = ['metrics', 'prompt', 'assay.replay', 'entry', 'assertions', 'run_error_kind'];

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortRows(rows: readonly ResultRow[]): ResultRow[] {
  return [...rows].sort((a, b) => cmp(a.test_id, b.test_id));
}

function rowDetails(d: RowDetails, opts: ReportOptions): Record<string, unknown> {
  const metrics: Record<string, unknown> = {};
  for (const [kind, m] of Object.entries(d.metrics)) {
    metrics[kind] = {
      score: m.score,
      passed: m.passed,
      unstable: m.unstable,
      exercised: m.exercised,
      details: safeDeep(m.details),
    };
  }
  const out: Record<string, unknown> = {
    metrics,
    prompt: opts.redactPrompts ? redactPrompt(d.prompt) : safeText(d.prompt),
    'assay.replay': true,
  };
  if (d.entry !== undefined) out.entry = { file: d.entry.file, line: d.entry.line, by: d.entry.by };
  if (d.assertions !== undefined) {
    out.assertions = d.assertions.map((a) => ({
      index: a.index,
      type: a.type,
      passed: a.passed,
      ...(a.code !== undefined ? { code: a.code } : {}),
      message: safeText(a.message),
    }));
  }
  if (d.run_error_kind !== undefined) out.run_error_kind = d.run_error_kind;
  for (const [k, v] of Object.entries(d)) if (!DETAIL_KEYS.includes(k)) out[k] = safeDeep(v);
  return out;
}

/** One row key order, with its single attempt. */
export function rowToJson(row: ResultRow, opts: ReportOptions): Record<string, unknown> {
  const duration = opts.reproducible ? 0 : row.duration_ms;
  const message = safeText(row.message);
  const out: Record<string, unknown> = {
    test_id: row.test_id,
    status: row.status,
    score: row.score,
    cached: row.cached,
    message,
    details: rowDetails(row.details, opts),
    duration_ms: duration,
    fingerprint: row.fingerprint,
    skip_reason: row.skip_reason === null ? null : safeText(row.skip_reason),
    attempts: [{ attempt_no: 1, status: row.status, message, duration_ms: duration, details: {} }],
  };
  if (row.error_policy_applied !== undefined) out.error_policy_applied = row.error_policy_applied;
  return out;
}

function resolution(r: GateReport, warnings: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { exit_code: r.exitCode, reason_code: r.reasonCode };
  if (r.message !== '') out.message = safeText(r.message);
  if (r.nextStep !== undefined && r.nextStep !== '') out.next_step = r.nextStep;
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}

function inputsJson(r: GateReport): Record<string, unknown> {
  const i = r.inputs;
  return {
    config: i.config,
    trace_files: [...i.trace_files],
    policy: i.policy,
    baseline: i.baseline,
    findings_baseline: i.findings_baseline,
    out_dir: i.out_dir,
  };
}

/** The run.json document as an object in emitted key order. */
export function runJsonObject(r: GateReport, opts: ReportOptions): Record<string, unknown> {
  const warnings = (r.warnings ?? []).map((w) => safeText(w));
  if (!r.completed) {
    return {
      exit_code: r.exitCode,
      reason_code: r.reasonCode,
      reason_code_version: REASON_CODE_VERSION,
      seed_version: 1,
      order_seed: null,
      judge_seed: null,
      inputs: inputsJson(r),
      resolution: resolution(r, warnings),
      ...(opts.reportSetId !== undefined ? { report_set_id: opts.reportSetId } : {}),
    };
  }
  const out: Record<string, unknown> = {
    run_id: opts.reproducible ? 0 : (r.runId ?? 0),
    suite: r.suite,
    results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
    order_seed: r.orderSeed,
    runner_clone_ms: 0,
    exit_code: r.exitCode,
    reason_code: r.reasonCode,
    reason_code_version: REASON_CODE_VERSION,
    seed_version: 1,
    judge_seed: null,
  };
  if (r.judgeMetrics !== undefined) out.judge_metrics = { ...r.judgeMetrics };
  if (r.sarifOmitted !== undefined && r.sarifOmitted > 0) out.sarif = { omitted: r.sarifOmitted };
  out.inputs = inputsJson(r);
  if (r.trace !== undefined) {
    out.trace = {
      episodes: r.trace.episodes,
      records: r.trace.records,
      skipped_lines: r.trace.skipped_lines,
      ignored_lines: r.trace.ignored_lines,
    };
  }
  out.findings = r.findings;
  if (r.baseline !== undefined) {
    out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
  }
  out.resolution = resolution(r, warnings);
  if (warnings.length > 0) out.warnings = warnings;
  if (opts.reportSetId !== undefined) out.report_set_id = opts.reportSetId;
  return out;
}

/** run.json text: pretty JSON, 2 spaces, final newline. */
export function buildRunJson(r: GateReport, opts: ReportOptions): string {
  return JSON.stringify(runJsonObject(r, opts), null, 2) + '\n';
}

/** `run --format json` after a completed run: `assay.run_report.v1`. */
export function buildRunReportJson(r: GateReport, opts: ReportOptions): string {
  const doc = {
    schema: 'assay.run_report.v1',
    schema_version: 1,
    run_id: opts.reproducible ? 0 : (r.runId ?? 0),
    suite: r.suite,
    results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
