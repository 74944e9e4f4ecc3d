import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTestDetailed, makeEvalContext, type EvalContextOptions } from '../../../src/core/eval/evaluate.js';
import { jcsSha256Hex } from '../../../src/core/jcs.js';
import {
  cacheFilePath,
  cacheFileText,
  cacheKeyHex,
  embeddingKeyObject,
  judgeKeyObject,
  writeCacheFile,
} from '../../../src/core/eval/model-values.js';
import type { TraceEntry } from '../../../src/core/trace/types.js';
import { entry, errors, load, tempDir } from './helpers.js';

function setup(expected: string, extra = '') {
  const l = load(`suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: {prompt: Summarise, context: [doc]}\n${extra}    expected: ${expected}\n`);
  if (l.error) throw new Error(errors(l).join('\n'));
  return l.result!.config;
}

function run(expected: string, e: Partial<TraceEntry>, opts: Partial<EvalContextOptions> = {}, extra = '') {
  const c = setup(expected, extra);
  return evaluateTestDetailed(c.tests[0]!, { entry: entry({ text: 'the answer', ...e }), by: 'prompt' }, makeEvalContext(c, { assayVersion: '1', ...opts }));
}

const judgeMeta = (rec: unknown) => ({ meta: { assay: { judge: { faithfulness: rec } } } });

describe('judge metrics from the trace', () => {
  it('passed and score ≥ min_score passes; details carry the record and source', () => {
    const r = run('{type: faithfulness, min_score: 0.5}', judgeMeta({ passed: true, score: 1, verdict: 'PASS', samples: 3, agreement: 1 })).row;
    expect(r.status).toBe('pass');
    expect(r.score).toBe(1);
    expect(r.cached).toBe(false);
    expect(r.details.metrics.faithfulness!.details).toEqual({ passed: true, score: 1, verdict: 'PASS', samples: 3, agreement: 1, min_score: 0.5, source: 'trace' });
  });

  it('0 < score < 1 is unstable (warn); below min_score or passed=false fails', () => {
    const w = run('{type: faithfulness, min_score: 0.5}', judgeMeta({ passed: true, score: 0.67 })).row;
    expect(w.status).toBe('warn');
    expect(w.message).toBe('unstable metric: faithfulness');
    expect(run('{type: faithfulness}', judgeMeta({ passed: true, score: 0.67 })).row.message).toBe('failed: faithfulness');
    expect(run('{type: faithfulness, min_score: 0}', judgeMeta({ passed: false, score: 0 })).row.status).toBe('fail');
    // epsilon 1e-9
    expect(run('{type: faithfulness, min_score: 0.8}', judgeMeta({ passed: true, score: 0.7999999999 })).row.status).toBe('warn');
  });

  it('verdict Abstain is a judge-uncertain failure', () => {
    const r = run('{type: faithfulness, min_score: 0}', judgeMeta({ passed: true, score: 1, verdict: 'Abstain' }));
    expect(r.abstain).toBe(true);
    expect(r.row.status).toBe('fail');
    expect(r.row.message).toBe('judge uncertain (abstain): faithfulness');
  });

  it('a malformed record is trace_invalid (on_error: allow does not hide it from the gate)', () => {
    const r = run('{type: faithfulness}', judgeMeta({ score: 1 })).row;
    expect(r.status).toBe('error');
    expect(r.details.run_error_kind).toBe('trace_invalid');
    expect(r.message).toBe("test 't1': meta.assay.judge.faithfulness is malformed: judge record has no boolean \"passed\"");
    const allowed = run('{type: faithfulness}', judgeMeta({ score: 1 }), {}, '    on_error: allow\n').row;
    expect(allowed.status).toBe('allowed_on_error');
    expect(allowed.error_policy_applied).toBe('allow');
  });
});

describe('eval cache', () => {
  it('key objects and their hashes are the documented JCS forms', () => {
    const k = judgeKeyObject({ rubric: 'faithfulness', rubric_version: 'v1', model: 'm', samples: 3, prompt: 'p', context: null, response: 'r' });
    expect(k).toEqual({ v: 1, kind: 'judge', rubric: 'faithfulness', rubric_version: 'v1', model: 'm', samples: 3, prompt: 'p', context: null, response: 'r' });
    expect(cacheKeyHex(k)).toBe(jcsSha256Hex(k));
    expect(embeddingKeyObject('m', 't')).toEqual({ v: 1, kind: 'embedding', model: 'm', text: 't' });
    expect(cacheFileText('embedding', 'ab', 'm', { vector: [1], dims: 1 })).toBe(
      '{\n  "schema": "assay.eval_cache.v1",\n  "kind": "embedding",\n  "key": "sha256:ab",\n  "model": "m",\n  "result": {\n    "vector": [\n      1\n    ],\n    "dims": 1\n  }\n}\n',
    );
  });

  it('a judge value is read from the cache (cached: true), keyed by rubric/version/model/samples/prompt/context/response', () => {
    const dir = tempDir();
    const key = judgeKeyObject({
      rubric: 'relevance',
      rubric_version: 'v1',
      model: 'gpt-4o-mini',
      samples: 3,
      prompt: 'Summarise',
      context: ['doc'],
      response: 'the answer',
    });
    const hex = cacheKeyHex(key);
    const file = writeCacheFile(dir, 'judge', hex, 'gpt-4o-mini', { passed: true, score: 1 });
    expect(file).toBe(path.join(dir, 'judge', `${hex}.json`));
    const r = run('{type: relevance}', {}, { cacheDir: dir }).row;
    expect(r.status).toBe('pass');
    expect(r.cached).toBe(true);
    expect(r.details.metrics.relevance!.details).toMatchObject({ source: 'cache', cache_key: `sha256:${hex}` });
    // another response text → another key → miss
    const miss = run('{type: relevance}', { text: 'different' }, { cacheDir: dir }).row;
    expect(miss.status).toBe('error');
    expect(miss.details.run_error_kind).toBe('judge_unavailable');
    // settings.cache false / --no-cache skips the cache
    expect(run('{type: relevance}', {}, { cacheDir: dir, noCache: true }).row.details.run_error_kind).toBe('judge_unavailable');
  });

  it('miss → judge_unavailable naming test, metric and key; on_error: allow → allowed_on_error', () => {
    const r = run('{type: faithfulness}', {}, { cacheDir: tempDir() }).row;
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/^test 't1': judge value for faithfulness is in neither the trace \(meta\.assay\.judge\.faithfulness\) nor the eval cache \(key sha256:[0-9a-f]{64}\)$/);
    const a = run('{type: faithfulness}', {}, {}, '    on_error: allow\n').row;
    expect(a.status).toBe('allowed_on_error');
  });

  it('--replay-strict: trace only → replay_missing', () => {
    const dir = tempDir();
    const r = run('{type: faithfulness}', {}, { cacheDir: dir, replayStrict: true, judge: 'fake' }).row;
    expect(r.details.run_error_kind).toBe('replay_missing');
    expect(r.message).toBe("test 't1': faithfulness needs meta.assay.judge.faithfulness, which the trace does not carry (--replay-strict)");
    expect(run('{type: faithfulness, min_score: 0.5}', judgeMeta({ passed: true, score: 1 }), { replayStrict: true }).row.status).toBe('pass');
  });

  it('an invalid cache file is reported, never a pass', () => {
    const dir = tempDir();
    const key = judgeKeyObject({ rubric: 'faithfulness', rubric_version: 'v1', model: 'gpt-4o-mini', samples: 3, prompt: 'Summarise', context: ['doc'], response: 'the answer' });
    const hex = cacheKeyHex(key);
    fs.mkdirSync(path.join(dir, 'judge'), { recursive: true });
    fs.writeFileSync(cacheFilePath(dir, 'judge', hex), '{"schema":"other"}');
    const r = run('{type: faithfulness}', {}, { cacheDir: dir }).row;
    expect(r.status).toBe('error');
    expect(r.message).toContain('is invalid');
  });

  it('fake judge: passed, score 1, without the cache', () => {
    const r = run('{type: faithfulness}', {}, { judge: 'fake' }).row;
    expect(r.status).toBe('pass');
    expect(r.details.metrics.faithfulness!.details.source).toBe('fake');
  });

  it('rubric_version of the test and --judge-samples change the key', () => {
    const dir = tempDir();
    const key = judgeKeyObject({ rubric: 'faithfulness', rubric_version: 'v9', model: 'm2', samples: 5, prompt: 'Summarise', context: ['doc'], response: 'the answer' });
    writeCacheFile(dir, 'judge', cacheKeyHex(key), 'm2', { passed: true, score: 1 });
    expect(run('{type: faithfulness, rubric_version: v9}', {}, { cacheDir: dir, judgeModel: 'm2', judgeSamples: 5 }).row.status).toBe('pass');
    expect(run('{type: faithfulness}', {}, { cacheDir: dir, judgeModel: 'm2', judgeSamples: 5 }).row.status).toBe('error');
  });
});

describe('semantic_similarity_to', () => {
  const emb = (response: unknown, reference: unknown) => ({ meta: { assay: { embeddings: { model: 'm', response, reference } } } });

  it('cosine from the trace, + 1e-6 tolerance, score clamped', () => {
    const r = run('{type: semantic_similarity_to, semantic_similarity_to: ref, min_score: 0.7}', emb([1, 0], [1, 1])).row;
    expect(r.status).toBe('pass');
    expect(r.score).toBeCloseTo(Math.SQRT1_2, 12);
    expect(r.details.metrics.semantic_similarity_to!.details).toMatchObject({ min_score: 0.7, model: 'm', source: 'trace' });
    const f = run('{type: semantic_similarity_to, semantic_similarity_to: ref, min_score: 0.9}', emb([1, 0], [1, 1])).row;
    expect(f.status).toBe('fail');
    expect(run('{type: semantic_similarity_to, semantic_similarity_to: ref, min_score: 1}', emb([1, 0], [1, 0.0001])).row.status).toBe('pass');
  });

  it('malformed vectors are trace_invalid', () => {
    expect(run('{type: semantic_similarity_to, text: ref}', emb([], [1])).row.details.run_error_kind).toBe('trace_invalid');
    expect(run('{type: semantic_similarity_to, text: ref}', emb([1, 'x'], [1, 1])).row.details.run_error_kind).toBe('trace_invalid');
    const d = run('{type: semantic_similarity_to, text: ref}', emb([1, 0], [1, 0, 0])).row;
    expect(d.message).toBe("test 't1': meta.assay.embeddings vectors differ in length (2 vs 3)");
  });

  it('cache: response and reference texts are looked up separately', () => {
    const dir = tempDir();
    const model = 'text-embedding-3-small';
    const r = cacheKeyHex(embeddingKeyObject(model, 'the answer'));
    writeCacheFile(dir, 'embedding', r, model, { vector: [1, 0, 0], dims: 3 });
    const miss = run('{type: semantic_similarity_to, text: ref}', {}, { cacheDir: dir }).row;
    expect(miss.details.run_error_kind).toBe('judge_unavailable');
    expect(miss.message).toContain('the reference text');
    writeCacheFile(dir, 'embedding', cacheKeyHex(embeddingKeyObject(model, 'ref')), model, { vector: [1, 0, 0], dims: 3 });
    const hit = run('{type: semantic_similarity_to, text: ref}', {}, { cacheDir: dir }).row;
    expect(hit.status).toBe('pass');
    expect(hit.cached).toBe(true);
    expect(hit.score).toBe(1);
  });

  it('fake embedder: every text → [1,0,0]', () => {
    expect(run('{type: semantic_similarity_to, text: ref}', {}, { embedder: 'fake' }).row.score).toBe(1);
  });
});
