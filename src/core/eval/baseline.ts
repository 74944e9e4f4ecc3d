// Eval-score baselines: export this run's scores, load a stored baseline, compare.
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { InputError, type Diagnostic } from '../errors.js';
import { isObj } from './load-context.js';
import { MODEL_KINDS, type EvalSettings, type EvalTest, type ResultRow, type RowStatus } from './types.js';
import { readTextStrict } from '../util/read-text.js';

export interface BaselineEntry {
  test_id: string;
  metric: string;
  score: number;
  meta: { exercised: 'exercised' | 'not_exercised' };
}

export interface GitInfo {
  commit: string;
  branch?: string;
  dirty: boolean;
  author?: string;
  timestamp?: string;
}

export interface EvalBaseline {
  schema_version: 1;
  suite: string;
  assay_version: string;
  created_at: string;
  config_fingerprint: string;
  git_info?: GitInfo;
  entries: BaselineEntry[];
}

export interface BuildBaselineOptions {
  suite: string;
  assayVersion: string;
  /** ISO timestamp from the injected clock (reproducible mode decides it). */
  createdAt: string;
  /** `sha256:<hex>` of the config bytes. */
  configFingerprint: string;
  gitInfo?: GitInfo;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One entry per (row, exercised kind with a numeric score), sorted by test_id, metric. */
export function buildBaseline(rows: readonly ResultRow[], o: BuildBaselineOptions): EvalBaseline {
  const entries: BaselineEntry[] = [];
  for (const row of rows) {
    for (const [metric, m] of Object.entries(row.details.metrics)) {
      if (m.exercised !== 'exercised' || typeof m.score !== 'number' || !Number.isFinite(m.score)) continue;
      entries.push({ test_id: row.test_id, metric, score: m.score, meta: { exercised: 'exercised' } });
    }
  }
  entries.sort((a, b) => cmp(a.test_id, b.test_id) || cmp(a.metric, b.metric));
  return {
    schema_version: 1,
    suite: o.suite,
    assay_version: o.assayVersion,
    created_at: o.createdAt,
    config_fingerprint: o.configFingerprint,
    ...(o.gitInfo ? { git_info: o.gitInfo } : {}),
    entries,
  };
}

/** Pretty JSON (2 spaces) with a final newline. */
export function serializeBaseline(b: EvalBaseline): string {
  return `${JSON.stringify(b, null, 2)}\n`;
}

export interface LoadBaselineOptions {
  /** The config's suite; a different baseline suite is refused (or a warning, see below). */
  suite: string;
  assayVersion: string;
  /** Config bytes, to compare `config_fingerprint` (sha256, or the reference's md5). */
  configBytes?: Uint8Array;
  /** The action's own restored baseline: a suite mismatch is a warning and the baseline is ignored. */
  suiteMismatch?: 'error' | 'ignore';
}

export interface LoadedBaseline {
  /** Undefined when ignored (suite mismatch with `suiteMismatch: 'ignore'`). */
  baseline?: EvalBaseline;
  warnings: Diagnostic[];
}

function invalid(display: string, message: string): never {
  throw new InputError('E_BASELINE_INVALID', `${display}: ${message}`, {
    source: 'baseline',
    context: { file: display },
    nextStepValues: { 'baseline.json': display },
    diagnostics: [{ code: 'E_BASELINE_INVALID', severity: 'error', message, file: display, source: 'baseline' }],
  });
}

/** Parse a baseline document; throws InputError E_BASELINE_INVALID. */
export function parseBaseline(text: string, display: string, o: LoadBaselineOptions): LoadedBaseline {
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    invalid(display, `baseline is not JSON: ${(e as Error).message}`);
  }
  if (!isObj(doc)) invalid(display, 'baseline must be a JSON object');
  if (!('schema_version' in doc)) invalid(display, 'baseline is missing required key "schema_version"');
  if (doc.schema_version !== 1) invalid(display, `unsupported baseline schema_version ${JSON.stringify(doc.schema_version)} (supported: 1)`);
  for (const key of ['suite', 'entries'] as const) if (!(key in doc)) invalid(display, `baseline is missing required key "${key}"`);
  if (typeof doc.suite !== 'string') invalid(display, 'baseline "suite" must be a string');
  if (!Array.isArray(doc.entries)) invalid(display, 'baseline "entries" must be a list');
  const entries: BaselineEntry[] = doc.entries.map((e, i) => {
    if (!isObj(e) || typeof e.test_id !== 'string' || typeof e.metric !== 'string' || typeof e.score !== 'number') {
      invalid(display, `baseline entries[${i}] needs a string test_id, a string metric and a numeric score`);
    }
    const exercised = isObj(e.meta) && e.meta.exercised === 'not_exercised' ? 'not_exercised' : 'exercised';
    return { test_id: e.test_id, metric: e.metric, score: e.score, meta: { exercised } };
  });
  const warnings: Diagnostic[] = [];
  if (doc.suite !== o.suite) {
    const message = `baseline is for suite "${doc.suite}", not "${o.suite}"`;
    if (o.suiteMismatch === 'ignore') {
      warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: `${message}; baseline ignored`, file: display, source: 'baseline' });
      return { warnings };
    }
    invalid(display, message);
  }
  const assayVersion = typeof doc.assay_version === 'string' ? doc.assay_version : '';
  if (assayVersion !== o.assayVersion) {
    warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: `baseline was written by assay ${assayVersion || '(unknown)'}; this is ${o.assayVersion}`, file: display, source: 'baseline' });
  }
  const fp = typeof doc.config_fingerprint === 'string' ? doc.config_fingerprint : '';
  if (o.configBytes && fp !== '' && !fingerprintMatches(fp, o.configBytes)) {
    warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: 'config changed since the baseline was exported (config_fingerprint differs)', file: display, source: 'baseline' });
  }
  const baseline: EvalBaseline = {
    schema_version: 1,
    suite: doc.suite,
    assay_version: assayVersion,
    created_at: typeof doc.created_at === 'string' ? doc.created_at : '',
    config_fingerprint: fp,
    ...(isObj(doc.git_info) ? { git_info: doc.git_info as unknown as GitInfo } : {}),
    entries,
  };
  return { baseline, warnings };
}

function fingerprintMatches(fp: string, bytes: Uint8Array): boolean {
  const m = /^(sha256|md5):([0-9a-fA-F]+)$/.exec(fp);
  if (!m) return false;
  return createHash(m[1]!).update(bytes).digest('hex') === m[2]!.toLowerCase();
}

/** Read and parse a baseline file; throws InputError E_BASELINE_INVALID. */
export function loadBaseline(file: string, display: string, o: LoadBaselineOptions): LoadedBaseline {
  let text: string;
  try {
    text = readTextStrict(file, display, 'E_BASELINE_INVALID', { errorClass: InputError, source: 'baseline', nextStepValues: { 'baseline.json': display } });
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    invalid(display, `cannot read baseline: ${code === 'ENOENT' ? 'no such file or directory' : (code ?? 'error').toLowerCase()}`);
  }
  return parseBaseline(text, display, o);
}

// ---------------------------------------------------------------- compare

export type BaselineFindingType = 'regression' | 'below_floor' | 'missing' | 'coverage_regression';

export interface BaselineFinding {
  test_id: string;
  kind: string;
  type: BaselineFindingType;
  /** Row status this comparison asks for. */
  status: 'warn' | 'fail';
  message: string;
}

export interface BaselineComparison {
  rows: ResultRow[];
  findings: BaselineFinding[];
  /** W_BASELINE_TEST_MISSING, one per baseline test id no longer in the config. */
  warnings: Diagnostic[];
}

const RANK: Partial<Record<RowStatus, number>> = { pass: 0, warn: 1, fail: 2, error: 3 };
const EPSILON = 1e-9;

/**
 * Compare rows with a baseline. `tests` supply per-test `thresholding.max_drop`
 * overrides (similarity/judge kinds only). The worse status wins; rows are returned as new objects.
 */
export function compareWithBaseline(
  rows: readonly ResultRow[],
  tests: readonly EvalTest[],
  baseline: EvalBaseline,
  thresholding: EvalSettings['thresholding'],
): BaselineComparison {
  const byKey = new Map(baseline.entries.map((e) => [`${e.test_id}\u0000${e.metric}`, e]));
  const testById = new Map(tests.map((t) => [t.id, t]));
  const findings: BaselineFinding[] = [];
  const out = rows.map((row) => {
    const own: BaselineFinding[] = [];
    for (const [kind, m] of Object.entries(row.details.metrics)) {
      const base = byKey.get(`${row.test_id}\u0000${kind}`);
      const add = (type: BaselineFindingType, status: 'warn' | 'fail', message: string) => own.push({ test_id: row.test_id, kind, type, status, message });
      if (base?.meta.exercised === 'exercised' && m.exercised === 'not_exercised') {
        add('coverage_regression', 'warn', `coverage regression: ${kind} was exercised in the baseline and is not_exercised now`);
      }
      if (thresholding.mode !== 'relative' || m.exercised !== 'exercised' || typeof m.score !== 'number') continue;
      if (!base) {
        add('missing', 'warn', `missing baseline for ${row.test_id}/${kind}`);
      } else {
        const spec = testById.get(row.test_id)?.expected;
        const override = spec && MODEL_KINDS.has(spec.kind) && 'maxDrop' in spec ? spec.maxDrop : undefined;
        const maxDrop = override ?? thresholding.max_drop;
        const drop = base.score - m.score;
        if (drop > maxDrop + EPSILON) add('regression', 'fail', `regression: ${kind} dropped ${drop.toFixed(3)} (limit: ${maxDrop.toFixed(3)})`);
      }
      if (thresholding.min_floor !== undefined && MODEL_KINDS.has(kind) && m.score < thresholding.min_floor) {
        add('below_floor', 'fail', `below floor: ${kind} ${m.score.toFixed(2)} < ${thresholding.min_floor.toFixed(2)}`);
      }
    }
    if (own.length === 0) return row;
    findings.push(...own);
    if (row.status !== 'pass' && row.status !== 'warn' && row.status !== 'fail') return row;
    let status: RowStatus = row.status;
    for (const f of own) if ((RANK[f.status] ?? 0) > (RANK[status] ?? 0)) status = f.status;
    const messages = [...(row.message === 'ok' ? [] : [row.message]), ...own.map((f) => f.message)];
    const message = messages.join('; ');
    return { ...row, status, message, attempts: row.attempts.map((a) => ({ ...a, status, message })) };
  });
  const present = new Set(rows.map((r) => r.test_id));
  const gone = [...new Set(baseline.entries.map((e) => e.test_id).filter((id) => !present.has(id)))].sort(cmp);
  const warnings: Diagnostic[] = gone.map((id) => ({
    code: 'W_BASELINE_TEST_MISSING',
    severity: 'warning',
    message: `baseline has entries for test "${id}", which no longer exists`,
    source: 'baseline',
    context: { test_id: id },
  }));
  return { rows: out, findings, warnings };
}
