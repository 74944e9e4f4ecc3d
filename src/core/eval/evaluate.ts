// Per-test evaluation: bound entry → `expected` kind → assertions → one result row
// Baseline comparison is applied afterwards by baseline.ts.
import type { Diagnostic } from '../errors.js';
import { jcsSha256Hex } from '../jcs.js';
import type { TraceEntry } from '../trace/types.js';
import type { Binding } from './bind.js';
import type { KindOutcome, RelatedPos } from './kind-result.js';
import { judge, similarity } from './kinds-model.js';
import { jsonSchema, mustContain, mustNotContain, regex } from './kinds-text.js';
import { argsValid, sequenceValid, toolBlocklist, toolCollisionDetect, toolDescriptionIntegrity, toolOutputValid } from './kinds-tools.js';
import { DEFAULT_EMBEDDING_MODEL, DEFAULT_JUDGE_MODEL, type ModelValueOptions, type Provider } from './model-values.js';
import { runAssertions } from './run-assertions.js';
import type { AssertionResult, EvalConfig, EvalTest, ExpectedSpec, ResultRow, RowDetails, RowStatus, RunErrorKind } from './types.js';

export interface EvalContext {
  /** Config file (display path) for warning locations. */
  configFile: string;
  suite: string;
  model: string;
  assayVersion: string;
  values: ModelValueOptions;
  /** Clock for `duration_ms` (ms); absent → 0 (reproducible). */
  now?: () => number;
}

export interface EvalContextOptions {
  assayVersion: string;
  cacheDir?: string;
  noCache?: boolean;
  replayStrict?: boolean;
  judge?: Provider;
  embedder?: Provider;
  judgeModel?: string;
  embeddingModel?: string;
  judgeSamples?: number;
  now?: () => number;
}

export function makeEvalContext(config: EvalConfig, o: EvalContextOptions): EvalContext {
  return {
    configFile: config.file,
    suite: config.suite,
    model: config.model,
    assayVersion: o.assayVersion,
    values: {
      ...(o.cacheDir !== undefined ? { cacheDir: o.cacheDir } : {}),
      useCache: config.settings.cache && !o.noCache,
      replayStrict: o.replayStrict ?? false,
      judge: o.judge ?? 'none',
      embedder: o.embedder ?? 'none',
      judgeModel: o.judgeModel ?? DEFAULT_JUDGE_MODEL,
      embeddingModel: o.embeddingModel ?? DEFAULT_EMBEDDING_MODEL,
      judgeSamples: o.judgeSamples ?? config.settings.judge.samples,
      rubricVersion: config.settings.judge.rubric_version,
    },
    ...(o.now ? { now: o.now } : {}),
  };
}

export interface EvaluatedTest {
  row: ResultRow;
  /** W_METRIC_NOT_EXERCISED and similar, located at the test's `expected`. */
  warnings: Diagnostic[];
  /** Trace lines behind a failure (≤ 10), for SARIF related locations. */
  related: RelatedPos[];
  /** A judge verdict was `Abstain`. */
  abstain: boolean;
}

/** Row fingerprint: sha256 of JCS {suite, model, test_id, input, expected, assertions, policy_digests, assay_version}. */
export function rowFingerprint(test: EvalTest, ctx: Pick<EvalContext, 'suite' | 'model' | 'assayVersion'>): string {
  const doc = {
    suite: ctx.suite,
    model: ctx.model,
    test_id: test.id,
    input: test.raw.input ?? null,
    expected: test.raw.expected ?? null,
    assertions: test.raw.assertions ?? null,
    policy_digests: test.fileDigests,
    assay_version: ctx.assayVersion,
  };
  try {
    return jcsSha256Hex(doc);
  } catch {
    // YAML allows .inf/.nan, which JSON cannot hold: hash their JSON form (null) instead.
    return jcsSha256Hex(JSON.parse(JSON.stringify(doc)) as unknown);
  }
}

function evaluateKind(spec: ExpectedSpec, test: EvalTest, entry: TraceEntry, ctx: EvalContext): KindOutcome {
  switch (spec.kind) {
    case 'must_contain':
      return mustContain(spec, entry);
    case 'must_not_contain':
      return mustNotContain(spec, entry);
    case 'regex_match':
    case 'regex_not_match':
      return regex(spec, entry);
    case 'json_schema':
      return jsonSchema(spec, entry);
    case 'semantic_similarity_to':
      return similarity(spec, test, entry, ctx.values);
    case 'faithfulness':
    case 'relevance':
      return judge(spec, test, entry, ctx.values);
    case 'args_valid':
      return argsValid(spec, entry);
    case 'sequence_valid':
      return sequenceValid(spec, entry);
    case 'tool_blocklist':
      return toolBlocklist(spec, entry);
    case 'tool_description_integrity':
      return toolDescriptionIntegrity(spec, entry);
    case 'tool_output_valid':
      return toolOutputValid(spec, entry);
    case 'tool_collision_detect':
      return toolCollisionDetect(spec, entry);
  }
}

/** Errors that `on_error: allow` never turns into `allowed_on_error`. */
const NEVER_ALLOWED: ReadonlySet<RunErrorKind> = new Set(['trace_miss', 'config']);

interface RowParts {
  status: RowStatus;
  score: number | null;
  cached: boolean;
  message: string;
  details: RowDetails;
  skipReason?: string;
  errorPolicyApplied?: boolean;
}

function makeRow(test: EvalTest, ctx: EvalContext, parts: RowParts, durationMs: number): ResultRow {
  const row: ResultRow = {
    test_id: test.id,
    status: parts.status,
    score: parts.score,
    cached: parts.cached,
    message: parts.message,
    details: parts.details,
    duration_ms: durationMs,
    fingerprint: rowFingerprint(test, ctx),
    skip_reason: parts.skipReason ?? null,
    attempts: [{ attempt_no: 1, status: parts.status, message: parts.message, duration_ms: durationMs, details: {} }],
  };
  if (parts.errorPolicyApplied) row.error_policy_applied = 'allow';
  return row;
}

function baseDetails(test: EvalTest, binding: Binding | undefined): RowDetails {
  const d: RowDetails = { metrics: {}, prompt: test.prompt, 'assay.replay': true };
  if (binding && binding.by !== 'stub') d.entry = { file: binding.entry.file, line: binding.entry.first_line, by: binding.by };
  return d;
}

/** A row for a test not run (e.g. after `bail_on_first_failure`). */
export function skippedRow(test: EvalTest, ctx: EvalContext, reason: string): ResultRow {
  return makeRow(test, ctx, { status: 'skipped', score: null, cached: false, message: `skipped: ${reason}`, details: baseDetails(test, undefined), skipReason: reason }, 0);
}

/** A row for an evaluation error (status `error`, or `allowed_on_error` under `on_error: allow`). */
export function errorRow(test: EvalTest, ctx: EvalContext, kind: RunErrorKind, message: string, binding?: Binding, extra: Partial<RowDetails> = {}): ResultRow {
  const allowed = test.onError === 'allow' && !NEVER_ALLOWED.has(kind);
  return makeRow(
    test,
    ctx,
    {
      status: allowed ? 'allowed_on_error' : 'error',
      score: null,
      cached: false,
      message,
      details: { ...baseDetails(test, binding), ...extra, run_error_kind: kind },
      errorPolicyApplied: allowed,
    },
    0,
  );
}

export function traceMissMessage(test: { id: string; prompt: string }): string {
  return `trace miss: no entry for prompt "${test.prompt}" or id "${test.id}"`;
}

/** Evaluate one test; `binding` undefined = trace miss. */
export function evaluateTestDetailed(test: EvalTest, binding: Binding | undefined, ctx: EvalContext): EvaluatedTest {
  const start = ctx.now?.() ?? 0;
  const elapsed = () => (ctx.now ? Math.max(0, Math.round(ctx.now() - start)) : 0);
  const done = (row: ResultRow, extra: Partial<EvaluatedTest> = {}): EvaluatedTest => {
    row.duration_ms = elapsed();
    row.attempts[0]!.duration_ms = row.duration_ms;
    return { row, warnings: [], related: [], abstain: false, ...extra };
  };

  if (!test.expected && test.assertions.length === 0) return done(skippedRow(test, ctx, 'test checks nothing'));
  if (!binding) return done(errorRow(test, ctx, 'trace_miss', traceMissMessage(test)));

  const entry = binding.entry;
  let kind: KindOutcome | undefined;
  if (test.expected) {
    try {
      kind = evaluateKind(test.expected, test, entry, ctx);
    } catch (e) {
      kind = { ok: false, kind: 'internal', message: `test '${test.id}': ${test.expected.kind} failed to evaluate: ${(e as Error).message}` };
    }
  }
  let assertions: AssertionResult[] | undefined;
  if (test.assertions.length > 0) assertions = runAssertions(test.assertions, entry);
  const assertionExtra: Partial<RowDetails> = assertions ? { assertions } : {};

  if (kind && !kind.ok) return done(errorRow(test, ctx, kind.kind, kind.message, binding, assertionExtra));

  const details = baseDetails(test, binding);
  const messages: string[] = [];
  let status: RowStatus = 'pass';
  const worse = (s: RowStatus) => {
    const rank: Record<string, number> = { pass: 0, warn: 1, fail: 2, error: 3 };
    if ((rank[s] ?? 0) > (rank[status] ?? 0)) status = s;
  };
  const warnings: Diagnostic[] = [];
  let abstain = false;
  let related: RelatedPos[] = [];
  let cached = false;
  let score: number | null = null;
  if (kind && kind.ok && test.expected) {
    const name = test.expected.kind;
    details.metrics[name] = kind.metric;
    score = kind.metric.score;
    cached = kind.cached;
    related = kind.related;
    abstain = kind.abstain;
    if (kind.abstain) {
      worse('fail');
      messages.push(`judge uncertain (abstain): ${name}`);
    } else if (!kind.metric.passed) {
      worse('fail');
      messages.push(`failed: ${name}`);
    } else if (kind.metric.unstable) {
      worse('warn');
      messages.push(`unstable metric: ${name}`);
    }
    if (kind.metric.exercised === 'not_exercised') {
      const pos = test.pos.expected ?? test.pos.test;
      const why = typeof kind.metric.details.message === 'string' ? ` (${kind.metric.details.message})` : '';
      warnings.push({
        code: 'W_METRIC_NOT_EXERCISED',
        severity: 'warning',
        message: `test '${test.id}': ${name} was not exercised${why}`,
        source: 'config',
        file: ctx.configFile,
        line: pos.line,
        col: pos.col,
        context: { test_id: test.id, kind: name },
      });
    }
  }
  if (assertions) {
    details.assertions = assertions;
    const failedCount = assertions.filter((a) => !a.passed).length;
    if (failedCount > 0) {
      worse('fail');
      messages.push(`assertions failed (${failedCount})`);
    }
  }
  const message = messages.length > 0 ? messages.join('; ') : 'ok';
  return done(makeRow(test, ctx, { status, score, cached, message, details }, 0), { warnings, related, abstain });
}

export function evaluateTest(test: EvalTest, binding: Binding | undefined, ctx: EvalContext): ResultRow {
  return evaluateTestDetailed(test, binding, ctx).row;
}

/** True for a row whose judge verdict was `Abstain`. */
export function isAbstainRow(row: ResultRow): boolean {
  return Object.values(row.details.metrics).some((m) => m.details.verdict === 'Abstain');
}
