// Judge and embedding values: read from the trace, then from the content-addressed
// eval cache; never computed here. A miss is an error row, never a pass.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { jcsSha256Hex } from '../jcs.js';
import type { TraceEntry } from '../trace/types.js';
import { isObj } from './load-context.js';
import type { RunErrorKind } from './types.js';
import { makeDirs } from '../util/make-dirs.js';

export const CACHE_SCHEMA = 'assay.eval_cache.v1';
export const DEFAULT_JUDGE_MODEL = 'gpt-4o-mini';
export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';

export type Provider = 'none' | 'fake' | 'openai';

/** What the lookup needs to know about the run (flags of  and settings). */
export interface ModelValueOptions {
  /** Absolute cache directory; undefined = no cache. */
  cacheDir?: string;
  /** `settings.cache: false` or `--no-cache`. */
  useCache: boolean;
  replayStrict: boolean;
  judge: Provider;
  embedder: Provider;
  judgeModel: string;
  embeddingModel: string;
  judgeSamples: number;
  /** `settings.judge.rubric_version` (a test's `rubric_version` wins). */
  rubricVersion: string;
}

export interface JudgeRecord {
  passed: boolean;
  score: number;
  rationale?: string;
  verdict?: 'PASS' | 'FAIL' | 'Abstain';
  samples?: unknown;
  agreement?: number;
  rubric_version?: string;
  swapped?: boolean;
  [key: string]: unknown;
}

export interface EmbeddingValue {
  vector: number[];
  dims: number;
}

export type ValueSource = 'trace' | 'cache' | 'fake';

export type Lookup<T> =
  | { ok: true; value: T; source: ValueSource; cacheKey?: string }
  | { ok: false; kind: Extract<RunErrorKind, 'trace_invalid' | 'replay_missing' | 'judge_unavailable'>; message: string };

// ---------------------------------------------------------------- cache keys

export interface JudgeKeyInput {
  rubric: string;
  rubric_version: string;
  model: string;
  samples: number;
  prompt: string;
  context: string[] | null;
  response: string;
}

export function judgeKeyObject(k: JudgeKeyInput): Record<string, unknown> {
  return { v: 1, kind: 'judge', rubric: k.rubric, rubric_version: k.rubric_version, model: k.model, samples: k.samples, prompt: k.prompt, context: k.context, response: k.response };
}

export function embeddingKeyObject(model: string, text: string): Record<string, unknown> {
  return { v: 1, kind: 'embedding', model, text };
}

/** Hex sha256 of the JCS form of a key object: the cache file name. */
export function cacheKeyHex(keyObject: Record<string, unknown>): string {
  return jcsSha256Hex(keyObject);
}

export function cacheFilePath(cacheDir: string, kind: 'judge' | 'embedding', hex: string): string {
  return path.join(cacheDir, kind === 'judge' ? 'judge' : 'embeddings', `${hex}.json`);
}

/** Byte-stable cache file text (no timestamps; fixed key order; final newline). */
export function cacheFileText(kind: 'judge' | 'embedding', hex: string, model: string, result: JudgeRecord | EmbeddingValue): string {
  return `${JSON.stringify({ schema: CACHE_SCHEMA, kind, key: `sha256:${hex}`, model, result }, null, 2)}\n`;
}

/** Write one cache file (used by recording). */
export function writeCacheFile(cacheDir: string, kind: 'judge' | 'embedding', hex: string, model: string, result: JudgeRecord | EmbeddingValue): string {
  const file = cacheFilePath(cacheDir, kind, hex);
  makeDirs(path.dirname(file));
  fs.writeFileSync(file, cacheFileText(kind, hex, model, result));
  return file;
}

// ---------------------------------------------------------------- validation

export function validateJudgeRecord(v: unknown): { ok: true; record: JudgeRecord } | { ok: false; reason: string } {
  if (!isObj(v)) return { ok: false, reason: 'judge record must be an object' };
  if (typeof v.passed !== 'boolean') return { ok: false, reason: 'judge record has no boolean "passed"' };
  if (typeof v.score !== 'number' || !Number.isFinite(v.score)) return { ok: false, reason: 'judge record has no numeric "score"' };
  if (v.verdict !== undefined && v.verdict !== 'PASS' && v.verdict !== 'FAIL' && v.verdict !== 'Abstain') {
    return { ok: false, reason: 'judge record "verdict" must be PASS, FAIL or Abstain' };
  }
  return { ok: true, record: v as JudgeRecord };
}

export function validateVector(v: unknown, what: string): { ok: true; vector: number[] } | { ok: false; reason: string } {
  if (!Array.isArray(v)) return { ok: false, reason: `${what} must be an array of numbers` };
  if (v.length === 0) return { ok: false, reason: `${what} is empty` };
  if (!v.every((x) => typeof x === 'number' && Number.isFinite(x))) return { ok: false, reason: `${what} holds a non-numeric value` };
  return { ok: true, vector: v as number[] };
}

// ---------------------------------------------------------------- lookups

function assayMeta(entry: TraceEntry): Record<string, unknown> | undefined {
  const a = entry.meta.assay;
  return isObj(a) ? a : undefined;
}

export type CacheRead<T> = { state: 'hit'; value: T } | { state: 'miss' } | { state: 'invalid'; reason: string };

/** Read one cache file: hit (valid), miss (absent) or invalid (recording overwrites it). */
export function readCache<T>(file: string, kind: 'judge' | 'embedding', hex: string, check: (result: unknown) => { ok: true; value: T } | { ok: false; reason: string }): CacheRead<T> {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'miss' };
    return { state: 'invalid', reason: `cannot read: ${(e as NodeJS.ErrnoException).code ?? 'error'}` };
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return { state: 'invalid', reason: 'not JSON' };
  }
  if (!isObj(doc) || doc.schema !== CACHE_SCHEMA || doc.kind !== kind || doc.key !== `sha256:${hex}`) {
    return { state: 'invalid', reason: `not an ${CACHE_SCHEMA} ${kind} file for key sha256:${hex}` };
  }
  const r = check(doc.result);
  return r.ok ? { state: 'hit', value: r.value } : { state: 'invalid', reason: r.reason };
}

function cacheEnabled(o: ModelValueOptions): o is ModelValueOptions & { cacheDir: string } {
  return o.useCache && !o.replayStrict && o.cacheDir !== undefined;
}

export interface JudgeNeed {
  testId: string;
  rubric: 'faithfulness' | 'relevance';
  rubricVersion: string;
  prompt: string;
  context: string[] | null;
}

export function judgeKeyFor(need: JudgeNeed, entry: TraceEntry, o: ModelValueOptions): { keyObject: Record<string, unknown>; hex: string } {
  const keyObject = judgeKeyObject({
    rubric: need.rubric,
    rubric_version: need.rubricVersion,
    model: o.judgeModel,
    samples: o.judgeSamples,
    prompt: need.prompt,
    context: need.context,
    response: entry.text,
  });
  return { keyObject, hex: cacheKeyHex(keyObject) };
}

export function lookupJudge(need: JudgeNeed, entry: TraceEntry, o: ModelValueOptions): Lookup<JudgeRecord> {
  const metaPath = `meta.assay.judge.${need.rubric}`;
  const judge = assayMeta(entry)?.judge;
  const inTrace = isObj(judge) ? judge[need.rubric] : undefined;
  if (inTrace !== undefined) {
    const v = validateJudgeRecord(inTrace);
    if (!v.ok) return { ok: false, kind: 'trace_invalid', message: `test '${need.testId}': ${metaPath} is malformed: ${v.reason}` };
    return { ok: true, value: v.record, source: 'trace' };
  }
  if (o.replayStrict) {
    return {
      ok: false,
      kind: 'replay_missing',
      message: `test '${need.testId}': ${need.rubric} needs ${metaPath}, which the trace does not carry (--replay-strict)`,
    };
  }
  if (o.judge === 'fake') return { ok: true, value: { passed: true, score: 1 }, source: 'fake' };
  const { hex } = judgeKeyFor(need, entry, o);
  if (cacheEnabled(o)) {
    const r = readCache(cacheFilePath(o.cacheDir, 'judge', hex), 'judge', hex, (res) => {
      const v = validateJudgeRecord(res);
      return v.ok ? { ok: true, value: v.record } : v;
    });
    if (r.state === 'hit') return { ok: true, value: r.value, source: 'cache', cacheKey: `sha256:${hex}` };
    if (r.state === 'invalid') {
      return { ok: false, kind: 'judge_unavailable', message: `test '${need.testId}': ${need.rubric}: eval cache entry sha256:${hex} is invalid (${r.reason})` };
    }
  }
  return {
    ok: false,
    kind: 'judge_unavailable',
    message: `test '${need.testId}': judge value for ${need.rubric} is in neither the trace (${metaPath}) nor the eval cache (key sha256:${hex})`,
  };
}

/** The cached embedding vector for one key. */
export function readCachedEmbedding(cacheDir: string, hex: string): CacheRead<number[]> {
  return readCache(cacheFilePath(cacheDir, 'embedding', hex), 'embedding', hex, (res) => {
    if (!isObj(res)) return { ok: false, reason: 'result must be an object' };
    const v = validateVector(res.vector, 'result.vector');
    return v.ok ? { ok: true, value: v.vector } : v;
  });
}

export interface EmbeddingPair {
  response: number[];
  reference: number[];
  model: string;
  source: ValueSource;
  cacheKeys?: { response: string; reference: string };
}

export function embeddingKeysFor(responseText: string, referenceText: string, o: ModelValueOptions): { response: string; reference: string } {
  return {
    response: cacheKeyHex(embeddingKeyObject(o.embeddingModel, responseText)),
    reference: cacheKeyHex(embeddingKeyObject(o.embeddingModel, referenceText)),
  };
}

export function lookupEmbeddings(testId: string, reference: string, entry: TraceEntry, o: ModelValueOptions): Lookup<EmbeddingPair> {
  const metaPath = 'meta.assay.embeddings';
  const inTrace = assayMeta(entry)?.embeddings;
  if (inTrace !== undefined) {
    if (!isObj(inTrace)) return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${metaPath} must be an object` };
    const r = validateVector(inTrace.response, `${metaPath}.response`);
    if (!r.ok) return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${r.reason}` };
    const f = validateVector(inTrace.reference, `${metaPath}.reference`);
    if (!f.ok) return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${f.reason}` };
    if (r.vector.length !== f.vector.length) {
      return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${metaPath} vectors differ in length (${r.vector.length} vs ${f.vector.length})` };
    }
    const model = typeof inTrace.model === 'string' ? inTrace.model : 'trace';
    return { ok: true, value: { response: r.vector, reference: f.vector, model, source: 'trace' }, source: 'trace' };
  }
  if (o.replayStrict) {
    return { ok: false, kind: 'replay_missing', message: `test '${testId}': semantic_similarity_to needs ${metaPath}, which the trace does not carry (--replay-strict)` };
  }
  if (o.embedder === 'fake') {
    return { ok: true, value: { response: [1, 0, 0], reference: [1, 0, 0], model: 'fake', source: 'fake' }, source: 'fake' };
  }
  const keys = embeddingKeysFor(entry.text, reference, o);
  const vectors: number[][] = [];
  if (cacheEnabled(o)) {
    for (const which of ['response', 'reference'] as const) {
      const hex = keys[which];
      const r = readCachedEmbedding(o.cacheDir, hex);
      if (r.state === 'invalid') {
        return { ok: false, kind: 'judge_unavailable', message: `test '${testId}': semantic_similarity_to: eval cache entry sha256:${hex} is invalid (${r.reason})` };
      }
      if (r.state === 'miss') break;
      vectors.push(r.value);
    }
  }
  if (vectors.length < 2) {
    const missing = vectors.length === 0 ? 'response' : 'reference';
    return {
      ok: false,
      kind: 'judge_unavailable',
      message: `test '${testId}': embedding for the ${missing} text of semantic_similarity_to is in neither the trace (${metaPath}) nor the eval cache (key sha256:${keys[missing]})`,
    };
  }
  const [response, ref] = vectors as [number[], number[]];
  if (response.length !== ref.length) {
    return { ok: false, kind: 'judge_unavailable', message: `test '${testId}': cached embeddings differ in length (${response.length} vs ${ref.length}); re-record them with one model` };
  }
  return {
    ok: true,
    value: { response, reference: ref, model: o.embeddingModel, source: 'cache', cacheKeys: { response: `sha256:${keys.response}`, reference: `sha256:${keys.reference}` } },
    source: 'cache',
    cacheKey: `sha256:${keys.response}`,
  };
}

/** Cosine similarity, clamped to [−1, 1]; undefined for a zero vector. */
export function cosine(a: readonly number[], b: readonly number[]): number | undefined {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  if (na === 0 || nb === 0) return undefined;
  return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
}
