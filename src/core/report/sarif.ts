// SARIF 2.1.0 writer: one run per category, rules[] for the rules that fired, real locations,
// stable partialFingerprints, and truncation at GitHub's limits (25,000 results per run, 10 MB gzipped).
//
// Speed: every result and rule is serialised once (results into one UTF-8 buffer per run). Rules are listed in
// order of first appearance in the ranked results, so dropping a suffix of results only drops a suffix of
// rules and never changes the ruleIndex of what is kept; a candidate file is a few strings plus zero-copy
// slices of those buffers, so only gzip runs per bisection step, and interpolated split points keep the
// number of steps small (largestFittingPrefix).
import { gzipSync } from 'node:zlib';
import { bareFingerprint, FINGERPRINT_KEY, isRenderSafe, levelRank, MAX_RELATED, type Finding, type FindingLevel } from './finding.js';
import { prettyAt } from './json-stream.js';
import { ruleMeta, type RuleMeta } from './sarif-rules.js';
import { boundText, safeBounded, safeText } from '../render/safe-text.js';
import { encodeAt } from './utf8.js';

export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const MAX_RESULTS_PER_RUN = 25_000;
export const MAX_GZIP_BYTES = 9_500_000;
export const MAX_RUNS = 20;
export const TRUNCATED_NOTIFICATION_ID = 'ASSAY-SARIF-TRUNCATED';

export type SarifRunKind = 'gate' | 'validate' | 'evidence';

export interface SarifNotification {
  id: string;
  level: FindingLevel;
  message: string;
}

export interface SarifRunInput {
  /** SARIF category (`--category`, default `assay`); the run id is `<category>/<kind>/`. */
  category: string;
  kind: SarifRunKind;
  findings: readonly Finding[];
  /** Findings of the run when `findings` holds only its highest-ranked ones (a FindingsSink top-K). */
  totalFindings?: number;
  /** Exit code of the command (or of this run's part of the action). */
  exitCode: number;
  /** Driver name; default `assay` (the action's evidence run uses `assay-evidence-lint`). */
  driverName?: string;
  /** Extra invocation notifications (the truncation note is added by the writer). */
  notifications?: readonly SarifNotification[];
  /** Per-result additions (the action's evidence run: lint fingerprints, `seq:<n>` logical locations). */
  decorate?: (f: Finding) => SarifResultExtras | undefined;
  /** Rule metadata this run knows better than the built-in catalog (e.g. evidence lint rules and packs). */
  ruleInfo?: (ruleId: string) => RuleMeta | undefined;
}

export interface SarifInput {
  /** Assay version (driver `version` and `semanticVersion`). */
  version: string;
  informationUri?: string;
  runs: readonly SarifRunInput[];
  /** Limits; defaults are GitHub's (overridable for tests). */
  maxResultsPerRun?: number;
  maxGzipBytes?: number;
}

export interface SarifOutput {
  /** Pretty JSON (2 spaces) with a final newline (made from `bytes` when first read). */
  readonly text: string;
  /** The same document as UTF-8 (what writers should write: no 2nd copy of a large log as a string). */
  bytes: Buffer;
  /** Results dropped over all runs (run.json / summary.json `sarif.omitted`). */
  omitted: number;
  omittedPerRun: number[];
  keptPerRun: number[];
}

const STATE_RANK = (f: Finding): number => (f.baseline_state === 'new' ? 0 : 1);

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Truncation rank: level, `new` before unchanged, rule id, uri, line, fingerprint. */
export function compareForSarif(a: Finding, b: Finding): number {
  return (
    levelRank(a.level) - levelRank(b.level) ||
    STATE_RANK(a) - STATE_RANK(b) ||
    cmp(a.rule_id, b.rule_id) ||
    cmp(a.location.uri, b.location.uri) ||
    a.location.line - b.location.line ||
    cmp(a.fingerprint, b.fingerprint)
  );
}

/** Repo-relative path → URI reference: each segment percent-encoded, `/` kept. */
export function pathToUri(path: string): string {
  return path
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

function region(line: number, col: number): { startLine: number; startColumn: number } {
  return { startLine: Math.max(1, Math.trunc(line) || 1), startColumn: Math.max(1, Math.trunc(col) || 1) };
}

/** Subject of the message: test id (an id: never altered), else entry key, else file. */
function messageSubject(f: Finding, safe: (s: string) => string): string {
  if (f.test_id !== undefined && f.test_id !== '') return f.test_id;
  if (f.entry_key !== undefined && f.entry_key !== '') return safe(f.entry_key);
  return safeText(f.location.uri);
}

const same = (s: string): string => s;

/** Extra SARIF content for one result, from a run's `decorate` hook (e.g. lint fingerprints, logical locations). */
export interface SarifResultExtras {
  /** Added after `assayFinding/v1` (e.g. `assayLintFingerprint/v1`, `primaryLocationLineHash`). */
  partialFingerprints?: Record<string, string>;
  /** Placed in the primary location (e.g. `[{name: "seq:12"}]`). */
  logicalLocations?: Array<Record<string, unknown>>;
  /** Added after the standard properties. */
  properties?: Record<string, unknown>;
}

function physical(uri: string, line: number, col: number): Record<string, unknown> {
  return { artifactLocation: { uri: pathToUri(uri) }, region: region(line, col) };
}

function resultObject(f: Finding, ruleIndex: number, extras: SarifResultExtras | undefined): Record<string, unknown> {
  const safe = isRenderSafe(f) ? same : safeText;
  const bounded = isRenderSafe(f) ? (s: string) => boundText(s) : safeBounded;
  const location: Record<string, unknown> = { physicalLocation: physical(f.location.uri, f.location.line, f.location.col) };
  if (extras?.logicalLocations && extras.logicalLocations.length > 0) location.logicalLocations = extras.logicalLocations;
  const result: Record<string, unknown> = {
    ruleId: f.rule_id,
    ruleIndex,
    level: f.level,
    // A finding from finalizeDraft is render-safe already (isRenderSafe): only bounded here.
    message: { text: boundText(`${messageSubject(f, safe)}: ${safe(f.message)}`) },
    locations: [location],
  };
  if (f.related && f.related.length > 0) {
    result.relatedLocations = f.related.slice(0, MAX_RELATED).map((r, i) => ({
      id: i + 1,
      message: { text: bounded(r.message) },
      physicalLocation: physical(r.uri, r.line, r.col),
    }));
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: bareFingerprint(f.fingerprint), ...extras?.partialFingerprints };
  if (f.baseline_state !== undefined) result.baselineState = f.baseline_state;
  const props: Record<string, unknown> = { source: f.source };
  if (f.test_id !== undefined) props.test_id = f.test_id;
  if (f.tool !== undefined) props.tool = bounded(f.tool);
  if (f.call_index !== undefined) props.call_index = f.call_index;
  if (f.policy_rule !== undefined) props.policy_rule = bounded(f.policy_rule);
  result.properties = { ...props, ...extras?.properties };
  return result;
}

function ruleObject(ruleId: string, observed: FindingLevel, info?: (ruleId: string) => RuleMeta | undefined): Record<string, unknown> {
  const m = info?.(ruleId) ?? ruleMeta(ruleId, observed);
  return {
    id: m.id,
    name: m.name,
    shortDescription: { text: m.shortDescription.slice(0, 1024) },
    fullDescription: { text: m.fullDescription },
    help: { text: m.helpText, markdown: m.helpMarkdown },
    defaultConfiguration: { level: m.level },
    properties: { tags: m.tags.slice(0, 10), 'security-severity': m.securitySeverity, precision: 'high' },
  };
}

// ---- Pretty printing identical to JSON.stringify(doc, null, 2), assembled from pieces --------------------

function ind(depth: number): string {
  return '  '.repeat(depth);
}

/** JSON.stringify(value, null, 2) as it appears at `depth` (JSON strings never hold a raw newline). */
function pj(value: unknown, depth: number): string {
  return prettyAt(value, depth);
}

function prettyArray(items: readonly string[], depth: number): string {
  if (items.length === 0) return '[]';
  const pad = ind(depth + 1);
  return `[\n${pad}${items.join(`,\n${pad}`)}\n${ind(depth)}]`;
}

function prettyObject(pairs: ReadonlyArray<readonly [string, string]>, depth: number): string {
  if (pairs.length === 0) return '{}';
  const pad = ind(depth + 1);
  return `{\n${pairs.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')}\n${ind(depth)}}`;
}

interface PreparedRun {
  input: SarifRunInput;
  /** Ranked findings after the per-run cap. */
  ranked: Finding[];
  /** Serialised rules at depth 6 (runs[i].tool.driver.rules[j]), in order of first appearance. */
  rules: string[];
  /** Index in `ranked` of each rule's first result (ascending). */
  ruleFirst: number[];
  /** Results before the cap. */
  total: number;
  /** Results serialised at depth 4 (runs[i].results[j]) joined by the array separator, as UTF-8. */
  resultBytes: Buffer;
  /** resultEnd[i] = byte offset just past result i in resultBytes. */
  resultEnd: number[];
}

const RESULT_SEP = `,\n${ind(4)}`;

function prepareRun(run: SarifRunInput, cap: number): PreparedRun {
  const rankedAll = [...run.findings].sort(compareForSarif);
  const ranked = rankedAll.slice(0, cap);
  const ruleIndex = new Map<string, number>();
  const rules: string[] = [];
  const ruleFirst: number[] = [];
  // Results are encoded in batches, so at most one batch of result strings is alive at a time.
  const batch: string[] = [];
  let batchChars = 0;
  const chunks: Buffer[] = [];
  const flushBatch = () => {
    if (batch.length === 0) return;
    const b = Buffer.allocUnsafe(batchChars * 3 + RESULT_SEP.length * batch.length);
    let used = 0;
    for (const x of batch) used += encodeAt(x, b, used);
    chunks.push(b.subarray(0, used));
    batch.length = 0;
    batchChars = 0;
  };
  const resultEnd: number[] = [];
  let offset = 0;
  ranked.forEach((f, i) => {
    let idx = ruleIndex.get(f.rule_id);
    if (idx === undefined) {
      idx = rules.length;
      ruleIndex.set(f.rule_id, idx);
      rules.push(pj(ruleObject(f.rule_id, f.level, run.ruleInfo), 6));
      ruleFirst.push(i);
    }
    const text = pj(resultObject(f, idx, run.decorate?.(f)), 4);
    if (i > 0) batch.push(RESULT_SEP);
    batch.push(text);
    batchChars += text.length;
    const bytes = Buffer.byteLength(text, 'utf8');
    if (batchChars >= 1 << 20) flushBatch();
    offset += (i > 0 ? RESULT_SEP.length : 0) + bytes;
    resultEnd.push(offset);
  });
  flushBatch();
  const resultBytes = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, offset);
  return { input: run, ranked, rules, ruleFirst, total: Math.max(rankedAll.length, run.totalFindings ?? 0), resultBytes, resultEnd };
}

export function automationId(run: Pick<SarifRunInput, 'category' | 'kind'>): string {
  return `${run.category}/${run.kind}/`;
}

/** One run with `kept` results, as pieces (strings and a zero-copy slice of the serialised results). */
function runPieces(p: PreparedRun, kept: number, input: SarifInput): Array<string | Buffer> {
  let ruleCount = 0;
  while (ruleCount < p.ruleFirst.length && p.ruleFirst[ruleCount]! < kept) ruleCount++;
  const omitted = p.total - kept;
  const driver: Array<[string, string]> = [
    ['name', JSON.stringify(p.input.driverName ?? 'assay')],
    ['version', JSON.stringify(input.version)],
    ['semanticVersion', JSON.stringify(input.version)],
  ];
  if (input.informationUri !== undefined) driver.push(['informationUri', JSON.stringify(input.informationUri)]);
  driver.push(['rules', prettyArray(p.rules.slice(0, ruleCount), 5)]);

  const notifications = (p.input.notifications ?? []).map((n) => ({
    descriptor: { id: n.id },
    level: n.level,
    message: { text: safeBounded(n.message) },
  }));
  if (omitted > 0) {
    notifications.push({
      descriptor: { id: TRUNCATED_NOTIFICATION_ID },
      level: 'warning',
      message: { text: `${omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json` },
    });
  }
  const invocation: Record<string, unknown> = {
    executionSuccessful: p.input.exitCode === 0 || p.input.exitCode === 1,
    exitCode: p.input.exitCode,
  };
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const before: Array<[string, string]> = [
    ['tool', prettyObject([['driver', prettyObject(driver, 4)]], 3)],
    ['automationDetails', pj({ id: automationId(p.input) }, 3)],
    ['invocations', pj([invocation], 3)],
  ];
  const pad = ind(3);
  const head = `{\n${before.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')},\n${pad}"results": `;
  let tail = '';
  if (omitted > 0) tail += `,\n${pad}"properties": ${pj({ assay: { truncated: true, omitted_count: omitted } }, 3)}`;
  tail += `\n${ind(2)}}`;
  if (kept === 0) return [head + '[]' + tail];
  return [`${head}[\n${ind(4)}`, p.resultBytes.subarray(0, p.resultEnd[kept - 1]), `\n${pad}]${tail}`];
}

function documentPieces(prepared: readonly PreparedRun[], kept: readonly number[], input: SarifInput): Array<string | Buffer> {
  const pieces: Array<string | Buffer> = [
    `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": `,
  ];
  if (prepared.length === 0) pieces.push('[]');
  else {
    prepared.forEach((p, i) => {
      pieces.push(i === 0 ? `[\n${ind(2)}` : `,\n${ind(2)}`);
      pieces.push(...runPieces(p, kept[i]!, input));
    });
    pieces.push(`\n${ind(1)}]`);
  }
  pieces.push('\n}\n');
  return pieces;
}

function concatPieces(pieces: ReadonlyArray<string | Buffer>): Buffer {
  const out = Buffer.allocUnsafe(byteSize(pieces));
  let used = 0;
  for (const x of pieces) {
    if (typeof x === 'string') used += encodeAt(x, out, used);
    else {
      x.copy(out, used);
      used += x.length;
    }
  }
  return out.subarray(0, used);
}

function byteSize(pieces: ReadonlyArray<string | Buffer>): number {
  let n = 0;
  for (const x of pieces) n += typeof x === 'string' ? Buffer.byteLength(x, 'utf8') : x.length;
  return n;
}

/** Conservative test that gzip cannot exceed the budget (stored-block overhead included). */
function fitsWithoutGzip(bytes: number, budget: number): boolean {
  return bytes + Math.ceil(bytes / 1000) + 1024 <= budget;
}

function gzipSize(doc: Buffer): number {
  return gzipSync(doc, { level: 6 }).length;
}

/**
 * Largest k in [0, n) whose prefix fits, given that prefix n does not (sizeN > budget) and prefix 0 does.
 * A bisection over the bracket [lo, hi] (lo fits, hi does not) whose split points are interpolated from the
 * measured sizes (Illinois rule), and plain midpoints for good once three interpolated probes have failed
 * to halve the bracket (so at most 3 probes more than bisection). The answer equals plain bisection's wherever the size grows with k; interpolation only
 * saves gzip passes (3–6 instead of ~16 for 50,000 results, and the probes sit near the answer, so each is
 * cheap). Deterministic: the probes depend only on the measured sizes.
 */
export function largestFittingPrefix(n: number, sizeOf: (k: number) => number, budget: number, sizeN: number): number {
  let lo = 0;
  let hi = n;
  let fLo = sizeOf(0) - budget;
  let fHi = sizeN - budget;
  let side = 0;
  let stalls = 0;
  while (hi - lo > 1) {
    let k = lo + Math.floor((hi - lo) / 2);
    if (stalls < 3 && fHi > fLo) {
      const x = Math.floor(lo + ((hi - lo) * -fLo) / (fHi - fLo));
      k = Math.min(hi - 1, Math.max(lo + 1, x));
    }
    const width = hi - lo;
    const f = sizeOf(k) - budget;
    if (f <= 0) {
      lo = k;
      fLo = f;
      if (side === -1) fHi /= 2;
      side = -1;
    } else {
      hi = k;
      fHi = f;
      if (side === 1) fLo /= 2;
      side = 1;
    }
    if (stalls < 3 && (hi - lo) * 2 > width) stalls++;
  }
  return lo;
}

/**
 * Build the SARIF log. Truncation: per run, results ranked and capped at 25,000; then, while the
 * gzip (level 6) of the whole file exceeds the budget, the lowest-ranked results across runs are dropped,
 * the largest kept prefix of the global ranking being found by bisection.
 */
export function buildSarif(input: SarifInput): SarifOutput {
  if (input.runs.length > MAX_RUNS) throw new Error(`SARIF: ${input.runs.length} runs (at most ${MAX_RUNS})`);
  const ids = new Set<string>();
  for (const r of input.runs) {
    const id = automationId(r);
    if (ids.has(id)) throw new Error(`SARIF: duplicate run category ${id}`);
    ids.add(id);
  }
  const cap = input.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
  const budget = input.maxGzipBytes ?? MAX_GZIP_BYTES;
  const prepared = input.runs.map((r) => prepareRun(r, cap));

  let kept = prepared.map((p) => p.ranked.length);
  // The last document measured, kept so the final one is not assembled again when it is the same.
  let last: { kept: readonly number[]; doc: Buffer } | undefined;
  const size = (k: readonly number[]): number => {
    const pieces = documentPieces(prepared, k, input);
    if (fitsWithoutGzip(byteSize(pieces), budget)) return 0;
    last = undefined;
    const doc = concatPieces(pieces);
    last = { kept: k, doc };
    return gzipSize(doc);
  };

  const sizeAll = size(kept);
  if (sizeAll > budget) {
    // Global ranking of the capped results: the same key, ties by run order.
    const order: Array<{ run: number; f: Finding }> = [];
    prepared.forEach((p, run) => p.ranked.forEach((f) => order.push({ run, f })));
    order.sort((a, b) => compareForSarif(a.f, b.f) || a.run - b.run);
    const keptFor = (k: number): number[] => {
      const counts = prepared.map(() => 0);
      for (let i = 0; i < k; i++) counts[order[i]!.run]!++;
      return counts;
    };
    kept = keptFor(largestFittingPrefix(order.length, (k) => size(keptFor(k)), budget, sizeAll));
  }

  const sameAsLast = last !== undefined && last.kept.length === kept.length && last.kept.every((n, i) => n === kept[i]);
  const bytes = sameAsLast ? last!.doc : concatPieces(documentPieces(prepared, kept, input));
  last = undefined;
  const omittedPerRun = prepared.map((p, i) => p.total - kept[i]!);
  let text: string | undefined;
  return {
    get text(): string {
      text ??= bytes.toString('utf8');
      return text;
    },
    bytes,
    omitted: omittedPerRun.reduce((a, b) => a + b, 0),
    omittedPerRun,
    keptPerRun: kept,
  };
}

/** Fingerprints of a SARIF log (findings baseline input): per result, the first key present. */
export function sarifFingerprints(
  log: unknown,
  keys: readonly string[] = [FINGERPRINT_KEY, 'assayLintFingerprint/v1'],
): Array<{ fingerprint: string; ruleId?: string; level: string }> {
  const out: Array<{ fingerprint: string; ruleId?: string; level: string }> = [];
  const runs = (log as { runs?: unknown } | null)?.runs;
  if (!Array.isArray(runs)) throw new TypeError('not a SARIF log: "runs" is not an array');
  for (const run of runs) {
    const results = (run as { results?: unknown } | null)?.results;
    if (!Array.isArray(results)) continue;
    for (const r of results) {
      if (r === null || typeof r !== 'object') continue;
      const res = r as { partialFingerprints?: Record<string, unknown>; ruleId?: unknown; level?: unknown };
      const pf = res.partialFingerprints;
      if (pf === null || typeof pf !== 'object') continue;
      const key = keys.find((k) => typeof pf[k] === 'string' && pf[k] !== '');
      if (key === undefined) continue;
      out.push({
        fingerprint: pf[key] as string,
        ...(typeof res.ruleId === 'string' ? { ruleId: res.ruleId } : {}),
        // SARIF's default level is "warning".
        level: typeof res.level === 'string' ? res.level : 'warning',
      });
    }
  }
  return out;
}
