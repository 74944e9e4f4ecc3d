// `explain <test-id>` for every kind of test: what each check of the test looked at and decided, from the
// row the last run wrote (metrics, assertions, quarantine), the config (thresholds, where the test is
// written) and the baseline the run compared with (docs/next-steps.md).
import type { EvalBaseline } from '../eval/baseline.js';
import { MODEL_KINDS, type EvalConfig, type EvalTest } from '../eval/types.js';
import type { RunRow } from './run-report.js';

export interface CheckExplanation {
  /** The `expected` kind (must_contain, semantic_similarity_to, faithfulness, …). */
  kind: string;
  passed: boolean;
  score: number | null;
  /** The score the check needs (min_score), when it has one. */
  threshold?: number;
  /** Where a judge/embedding value came from: trace (meta.assay), cache, fake. */
  value_source?: string;
  exercised?: string;
  unstable?: boolean;
  /** One line each: what the check found. */
  findings: string[];
  details?: unknown;
}

export interface BaselineExplanation {
  file: string;
  metric: string;
  baseline_score: number;
  current_score: number;
  /** Positive when the score went down. */
  drop: number;
  allowed_drop: number;
  regressed: boolean;
}

export interface TestExplanation {
  test_id: string;
  status: string;
  message: string;
  score: number | null;
  prompt?: string;
  /** Where the test is written. */
  test_source?: { file: string; line: number; col: number };
  /** The trace entry the test was bound to. */
  entry?: { file: string; line: number; by: string };
  checks: CheckExplanation[];
  assertions: Array<{ index: number; type: string; passed: boolean; code?: string; message: string }>;
  baseline: BaselineExplanation[];
  quarantine?: { status: string; message: string };
  run_error_kind?: string;
  skip_reason?: string | null;
  error_policy_applied?: string;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(3));

/** What a check's details say, one line each (kinds not listed: their `message`). */
function findingsOf(kind: string, d: unknown): string[] {
  if (!isObj(d)) return [];
  const out: string[] = [];
  const list = (k: string): unknown[] => (Array.isArray(d[k]) ? (d[k] as unknown[]) : []);
  if (typeof d.message === 'string') out.push(d.message);
  for (const m of list('missing')) out.push(`missing: ${JSON.stringify(m)}`);
  for (const m of list('found')) out.push(`found: ${JSON.stringify(m)}`);
  for (const v of list('violations')) {
    if (isObj(v)) out.push(`call #${String(v.call_index ?? '?')} ${String(v.tool ?? '')}: ${String(v.code ?? '')} ${String(v.message ?? '')}`.replace(/\s+/g, ' ').trim());
  }
  for (const c of list('blocked_calls')) if (isObj(c)) out.push(`call #${String(c.call_index ?? '?')} ${String(c.tool ?? '')} matches blocked pattern ${JSON.stringify(c.pattern)}`);
  if (Array.isArray(d.actual)) out.push(`calls: ${(d.actual as unknown[]).map(String).join(' → ') || '(none)'}`);
  if (Array.isArray(d.expected)) out.push(`expected: ${(d.expected as unknown[]).map(String).join(' → ')}`);
  if (MODEL_KINDS.has(kind)) {
    if (typeof d.verdict === 'string') out.push(`verdict: ${d.verdict}${num(d.samples) !== undefined ? ` (${String(d.samples)} sample(s), agreement ${fmt(num(d.agreement) ?? 0)})` : ''}`);
    if (typeof d.rationale === 'string') out.push(`rationale: ${d.rationale}`);
    if (typeof d.model === 'string') out.push(`model: ${d.model}`);
  }
  return out;
}

function checkOf(kind: string, m: NonNullable<RunRow['details']['metrics']>[string], test: EvalTest | undefined): CheckExplanation {
  const d = m.details;
  const x = test?.expected;
  const threshold = num(isObj(d) ? d.min_score : undefined) ?? (x && 'minScore' in x ? x.minScore : undefined);
  const source = isObj(d) && typeof d.source === 'string' ? d.source : undefined;
  return {
    kind,
    passed: m.passed === true,
    score: num(m.score) ?? null,
    ...(threshold !== undefined ? { threshold } : {}),
    ...(source ? { value_source: source } : {}),
    ...(m.exercised ? { exercised: m.exercised } : {}),
    ...(m.unstable ? { unstable: true } : {}),
    findings: findingsOf(kind, d),
    ...(d !== undefined ? { details: d } : {}),
  };
}

function baselineOf(row: RunRow, test: EvalTest | undefined, b: { display: string; baseline: EvalBaseline }, config: EvalConfig | undefined): BaselineExplanation[] {
  const out: BaselineExplanation[] = [];
  for (const [metric, m] of Object.entries(row.details.metrics ?? {})) {
    const base = b.baseline.entries.find((e) => e.test_id === row.test_id && e.metric === metric);
    const current = num(m.score);
    if (!base || current === undefined) continue;
    const x = test?.expected;
    const override = x && MODEL_KINDS.has(x.kind) && 'maxDrop' in x ? x.maxDrop : undefined;
    const allowed = override ?? config?.settings.thresholding.max_drop ?? 0;
    const drop = base.score - current;
    out.push({ file: b.display, metric, baseline_score: base.score, current_score: current, drop, allowed_drop: allowed, regressed: drop > allowed + 1e-9 });
  }
  return out;
}

/** The explanation of one result row, with what the config and the baseline add. */
export function explainRow(row: RunRow, o: { test?: EvalTest; config?: EvalConfig; baseline?: { display: string; baseline: EvalBaseline } } = {}): TestExplanation {
  const t = o.test;
  const d = row.details;
  return {
    test_id: row.test_id,
    status: row.status,
    message: row.message,
    score: row.score,
    ...(typeof d.prompt === 'string' ? { prompt: d.prompt } : {}),
    ...(t && o.config ? { test_source: { file: o.config.file, line: t.pos.test.line, col: t.pos.test.col } } : {}),
    ...(d.entry ? { entry: d.entry } : {}),
    checks: Object.entries(d.metrics ?? {}).map(([k, m]) => checkOf(k, m, t)),
    assertions: d.assertions ?? [],
    baseline: o.baseline ? baselineOf(row, t, o.baseline, o.config) : [],
    ...(d.quarantine ? { quarantine: d.quarantine } : {}),
    ...(d.run_error_kind ? { run_error_kind: d.run_error_kind } : {}),
    ...(row.skip_reason ? { skip_reason: row.skip_reason } : {}),
    ...(row.error_policy_applied ? { error_policy_applied: row.error_policy_applied } : {}),
  };
}

const MARK = (passed: boolean): string => (passed ? '✓' : '✗');

/** Terminal text for a test explanation (values are run through `one` by the caller's renderer). */
export function renderTestTerminal(t: TestExplanation, one: (s: string) => string): string {
  const out: string[] = [];
  out.push(`Test ${one(t.test_id)}: ${t.status}${t.score !== null ? ` (score ${fmt(t.score)})` : ''} — ${one(t.message)}`);
  if (t.test_source) out.push(`  written at ${one(t.test_source.file)}:${t.test_source.line}:${t.test_source.col}`);
  if (t.prompt !== undefined) out.push(`  prompt: ${one(JSON.stringify(t.prompt))}`);
  if (t.entry) out.push(`  trace entry: ${one(t.entry.file)}:${t.entry.line} (bound by ${t.entry.by})`);
  else if (t.run_error_kind === 'trace_miss') out.push('  trace entry: none matched the test (by id or prompt)');
  if (t.quarantine) out.push(`  quarantined: the result (${one(t.quarantine.status)}: ${one(t.quarantine.message)}) is reported, never gating`);
  if (t.run_error_kind) out.push(`  error: ${t.run_error_kind}${t.error_policy_applied ? ' (allowed by on_error: allow)' : ''}`);
  for (const c of t.checks) {
    const score = c.score !== null ? ` score ${fmt(c.score)}` : '';
    const thr = c.threshold !== undefined ? ` (min ${fmt(c.threshold)})` : '';
    const src = c.value_source ? `, value from ${c.value_source === 'trace' ? 'the trace (meta.assay)' : c.value_source === 'cache' ? 'the eval cache' : c.value_source}` : '';
    const ex = c.exercised === 'not_exercised' ? ', not exercised (evaluated nothing)' : '';
    out.push(`  ${MARK(c.passed)} expected ${c.kind}:${score}${thr}${src}${ex}${c.unstable ? ', unstable' : ''}`);
    for (const f of c.findings) out.push(`      ${one(f)}`);
  }
  for (const a of t.assertions) out.push(`  ${MARK(a.passed)} assertions[${a.index}] ${a.type}${a.code ? ` ${a.code}` : ''}: ${one(a.message)}`);
  for (const b of t.baseline) {
    const change = Math.abs(b.drop) < 1e-9 ? 'unchanged' : b.drop > 0 ? `dropped ${fmt(b.drop)}` : `rose ${fmt(-b.drop)}`;
    out.push(`  ${MARK(!b.regressed)} baseline ${b.metric}: ${fmt(b.baseline_score)} in ${one(b.file)} → ${fmt(b.current_score)} now, ${change} (allowed drop ${fmt(b.allowed_drop)})`);
  }
  if (!t.checks.length && !t.assertions.length && !t.baseline.length) out.push('  (the row records no checks)');
  return out.join('\n') + '\n';
}
