// Running a whole suite: execution order from the seed (order only, never results),
// bail_on_first_failure, rows reported sorted by test id, and the judge_metrics summary.
import type { Diagnostic } from '../errors.js';
import type { Binding } from './bind.js';
import { errorRow, evaluateTestDetailed, skippedRow, type EvalContext, type EvaluatedTest } from './evaluate.js';
import { isQuarantined } from './quarantine.js';
import type { EvalConfig, EvalTest, ResultRow, RunErrorKind } from './types.js';

const MASK64 = (1n << 64n) - 1n;

/** splitmix64: a tiny, well-known u64 generator; enough to shuffle deterministically from a seed. */
function splitmix64(seed: bigint): () => bigint {
  let state = seed & MASK64;
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
}

/** Execution order: a Fisher–Yates shuffle of the tests (config order) driven by the u64 seed. */
export function executionOrder<T>(tests: readonly T[], seed: string): T[] {
  const out = [...tests];
  const next = splitmix64(BigInt(seed));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Number(next() % BigInt(i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface SuiteResult {
  /** Sorted by test id. */
  rows: ResultRow[];
  /** Per test, in execution order (warnings, related trace lines, abstain). */
  evaluated: Map<string, EvaluatedTest>;
  warnings: Diagnostic[];
  /** Test ids in execution order. */
  order: string[];
}

export interface EvaluateSuiteOptions {
  /** Errors found before evaluation (e.g. a provider error while recording), by test id: the row is that error. */
  preErrors?: ReadonlyMap<string, { kind: RunErrorKind; message: string }>;
}

/**
 * Evaluate every test of a config. `bind` returns the test's binding (undefined = trace miss);
 * with `bail_on_first_failure`, tests after the first `fail`/`error` row are skipped (a quarantined
 * test's failure does not bail: it never gates).
 */
export function evaluateSuite(
  config: EvalConfig,
  bind: (test: EvalTest) => Binding | undefined,
  ctx: EvalContext,
  opts: EvaluateSuiteOptions = {},
): SuiteResult {
  const order = executionOrder(config.tests, config.seed);
  const evaluated = new Map<string, EvaluatedTest>();
  const warnings: Diagnostic[] = [];
  let bailed = false;
  for (const test of order) {
    if (bailed) {
      evaluated.set(test.id, { row: skippedRow(test, ctx, 'bail_on_first_failure'), warnings: [], related: [], abstain: false });
      continue;
    }
    const binding = bind(test);
    const pre = opts.preErrors?.get(test.id);
    const r: EvaluatedTest = pre
      ? { row: errorRow(test, ctx, pre.kind, pre.message, binding), warnings: [], related: [], abstain: false }
      : evaluateTestDetailed(test, binding, ctx);
    evaluated.set(test.id, r);
    warnings.push(...r.warnings);
    const failed = r.row.status === 'fail' || r.row.status === 'error';
    if (config.settings.bail_on_first_failure && failed && !isQuarantined(test)) bailed = true;
  }
  const rows = [...evaluated.values()].map((e) => e.row).sort((a, b) => (a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0));
  return { rows, evaluated, warnings, order: order.map((t) => t.id) };
}

export interface JudgeMetrics {
  abstain_rate: number;
  flip_rate: number;
  consensus_rate: number;
  unavailable_count: number;
}

const JUDGE_KINDS = new Set(['faithfulness', 'relevance']);
const UNAVAILABLE = new Set(['judge_unavailable', 'rate_limit', 'timeout', 'provider_5xx', 'network']);

/** over every evaluated judge record; undefined when no judge value was involved. */
export function judgeMetrics(rows: readonly ResultRow[]): JudgeMetrics | undefined {
  let total = 0;
  let abstain = 0;
  let flips = 0;
  let consensus = 0;
  for (const row of rows) {
    for (const [kind, m] of Object.entries(row.details.metrics)) {
      if (!JUDGE_KINDS.has(kind) || typeof m.details.passed !== 'boolean') continue;
      total++;
      const agreement = m.details.agreement;
      if (m.details.verdict === 'Abstain') abstain++;
      if (m.details.swapped === true && typeof agreement === 'number' && agreement > 0 && agreement < 1) flips++;
      if (agreement === 0 || agreement === 1) consensus++;
    }
  }
  const unavailable = rows.filter((r) => r.status === 'error' && r.details.run_error_kind !== undefined && UNAVAILABLE.has(r.details.run_error_kind)).length;
  if (total === 0 && unavailable === 0) return undefined;
  const rate = (n: number) => (total === 0 ? 0 : n / total);
  return { abstain_rate: rate(abstain), flip_rate: rate(flips), consensus_rate: rate(consensus), unavailable_count: unavailable };
}
