// Recording (`run --record`): misses only, through the injected client; sample aggregation; live errors
// become row errors with their own reason codes (exit 3). The OpenAI-compatible client is exercised
// against a local HTTP server on 127.0.0.1 speaking chat-completions and embeddings.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aggregateJudgeSamples, type ModelClient } from '../../../src/core/eval/record.js';
import { InfraError } from '../../../src/core/errors.js';
import { OpenAiClient, parseJudgeAnswer } from '../../../cli/record/openai.js';
import { gate, jsonl, rowsOf, tempDir, writeFiles } from './helpers.js';

const CFG =
  'suite: s\nmodel: trace\nsettings: {parallel: 2}\ntests:\n' +
  '  - id: j\n    input: What is 2+2?\n    expected: {type: relevance, min_score: 0.5}\n' +
  '  - id: j2\n    input: Same question\n    expected: {type: relevance, min_score: 0.5}\n' +
  '  - id: e\n    input: Say four\n    expected: {type: semantic_similarity_to, text: four, min_score: 0.5}\n' +
  '  - id: t\n    input: From trace\n    expected: {type: faithfulness}\n';
const TRACE = jsonl(
  { prompt: 'What is 2+2?', response: '4' },
  { prompt: 'Same question', response: '4' },
  { prompt: 'Say four', response: 'FOUR' },
  { prompt: 'From trace', response: 'x', meta: { assay: { judge: { faithfulness: { passed: true, score: 1 } } } } },
);

describe('aggregateJudgeSamples', () => {
  it('score = share of PASS votes, agreement = majority share; ties follow tie_break', () => {
    expect(aggregateJudgeSamples([{ verdict: 'PASS', rationale: 'r' }, { verdict: 'PASS' }, { verdict: 'FAIL' }], 'v1', 'fail_closed')).toEqual({
      passed: true,
      score: 2 / 3,
      rationale: 'r',
      verdict: 'PASS',
      samples: 3,
      agreement: 2 / 3,
      rubric_version: 'v1',
      swapped: false,
    });
    expect(aggregateJudgeSamples([{ verdict: 'PASS' }, { verdict: 'FAIL' }], 'v1', 'fail_closed')).toMatchObject({ verdict: 'FAIL', passed: false, score: 0.5 });
    expect(aggregateJudgeSamples([{ verdict: 'PASS' }, { verdict: 'FAIL' }], 'v1', 'quarantine')).toMatchObject({ verdict: 'Abstain', passed: false });
    expect(aggregateJudgeSamples([{ verdict: 'Abstain' }, { verdict: 'Abstain' }, { verdict: 'PASS' }], 'v2', 'fail_closed')).toMatchObject({ verdict: 'Abstain', rubric_version: 'v2' });
  });
});

describe('recording through an injected client', () => {
  function fakeClient(log: string[], fail?: InfraError): ModelClient {
    return {
      async judge(req) {
        log.push(`judge ${req.rubric} ${req.samples} ${req.response}`);
        if (fail) throw fail;
        return Array.from({ length: req.samples }, () => ({ verdict: 'PASS' as const }));
      },
      async embed(req) {
        log.push(`embed ${req.texts.join(',')}`);
        if (fail) throw fail;
        return req.texts.map(() => [1, 0, 0]);
      },
    };
  }

  it('requests misses only, once per key, writes the cache, then evaluates from it', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': CFG, 'trace.jsonl': TRACE });
    const log: string[] = [];
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], eval: { judge: 'openai', embedder: 'openai', judgeSamples: 2, record: { client: fakeClient(log) } } });
    expect(r.report.exitCode).toBe(0);
    expect(log.sort()).toEqual(['embed FOUR', 'embed four', 'judge relevance 2 4', 'judge relevance 2 4']);
    expect(r.eval?.recorded).toEqual({ judge: 2, embedding: 2, cacheDir: path.join(dir, '.assay/cache') });
    const files = fs.readdirSync(path.join(dir, '.assay/cache/judge'));
    expect(files.length).toBe(2);
    const doc = JSON.parse(fs.readFileSync(path.join(dir, '.assay/cache/judge', files[0]!), 'utf8'));
    expect(doc).toMatchObject({ schema: 'assay.eval_cache.v1', kind: 'judge', model: 'gpt-4o-mini', result: { passed: true, score: 1, verdict: 'PASS', samples: 2 } });
    expect(doc.key).toBe(`sha256:${files[0]!.replace(/\.json$/, '')}`);

    // Replay (no client): everything comes from the cache; a second recording calls nothing.
    const replay = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], eval: { judgeSamples: 2 } });
    expect(replay.report.exitCode).toBe(0);
    expect(replay.report.results!.filter((x) => x.cached).map((x) => x.test_id)).toEqual(['e', 'j', 'j2']);
    const again: string[] = [];
    await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], eval: { judge: 'openai', embedder: 'openai', judgeSamples: 2, record: { client: fakeClient(again) } } });
    expect(again).toEqual([]);
  });

  const errors: Array<[string, string, number]> = [
    ['E_RATE_LIMIT', 'rate_limit', 3],
    ['E_PROVIDER_5XX', 'provider_5xx', 3],
    ['E_TIMEOUT', 'timeout', 3],
    ['E_NETWORK_ERROR', 'network', 3],
    ['E_JUDGE_UNAVAILABLE', 'judge_unavailable', 3],
  ];
  for (const [code, kind, exit] of errors) {
    it(`a live ${code} becomes an error row of kind ${kind} and exit ${exit} ${code}`, async () => {
      const dir = tempDir();
      writeFiles(dir, { 'eval.yaml': CFG, 'trace.jsonl': TRACE });
      const r = await gate({
        dir,
        config: 'eval.yaml',
        traces: ['trace.jsonl'],
        eval: { judge: 'openai', embedder: 'openai', record: { client: fakeClient([], new InfraError(code as 'E_RATE_LIMIT', 'boom')) } },
      });
      expect([r.report.exitCode, r.report.reasonCode]).toEqual([exit, code]);
      const row = r.report.results!.find((x) => x.test_id === 'e')!;
      expect([row.status, row.details.run_error_kind, row.message]).toEqual(['error', kind, "test 'e': recording semantic_similarity_to failed: boom"]);
      expect(rowsOf(r).find((x) => x[0] === 't')).toEqual(['t', 'pass', 'ok']);
      expect(fs.existsSync(path.join(dir, '.assay/cache/judge'))).toBe(false);
    });
  }
});

describe('OpenAiClient against a local server', () => {
  let server: http.Server;
  let base = '';
  const seen: Array<{ url: string; auth: string | undefined; body: Record<string, unknown> }> = [];
  let mode = 'ok';

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        const doc = JSON.parse(body) as Record<string, unknown>;
        seen.push({ url: req.url ?? '', auth: req.headers.authorization, body: doc });
        if (mode === '429') return void res.writeHead(429).end('slow down');
        if (mode === '503') return void res.writeHead(503).end('unavailable');
        if (mode === '401') return void res.writeHead(401).end('bad key');
        if (mode === 'hang') return; // never answers: the client times out
        if (mode === 'garbage') return void res.writeHead(200).end('<html>');
        res.setHeader('content-type', 'application/json');
        if (req.url === '/v1/chat/completions') {
          res.end(JSON.stringify({ choices: [{ message: { role: 'assistant', content: 'Sure. {"verdict": "FAIL", "rationale": "off topic"}' } }] }));
        } else if (req.url === '/v1/embeddings') {
          const input = doc.input as string[];
          // Out of order on purpose: the client must place vectors by `index`.
          res.end(JSON.stringify({ data: input.map((t, i) => ({ index: i, embedding: [t.length, 1] })).reverse() }));
        } else {
          res.writeHead(404).end();
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  });

  const judgeReq = { rubric: 'relevance' as const, rubricVersion: 'v1', model: 'm', samples: 2, temperature: 0, prompt: 'q', context: null, response: 'a', timeoutMs: 2000 };

  it('judge: one chat completion per sample, verdict parsed from the answer; embeddings by index', async () => {
    mode = 'ok';
    seen.length = 0;
    const c = new OpenAiClient({ baseUrl: base, apiKey: 'sk-test', judge: true, embedder: true });
    expect(await c.judge!(judgeReq)).toEqual([
      { verdict: 'FAIL', rationale: 'off topic' },
      { verdict: 'FAIL', rationale: 'off topic' },
    ]);
    expect(seen.map((s) => s.url)).toEqual(['/v1/chat/completions', '/v1/chat/completions']);
    expect(seen[0]!.auth).toBe('Bearer sk-test');
    expect(seen[0]!.body).toMatchObject({ model: 'm', temperature: 0 });
    expect(await c.embed!({ model: 'e', texts: ['ab', 'abcd'], timeoutMs: 2000 })).toEqual([
      [2, 1],
      [4, 1],
    ]);
  });

  const failures: Array<[string, string]> = [
    ['429', 'E_RATE_LIMIT'],
    ['503', 'E_PROVIDER_5XX'],
    ['401', 'E_JUDGE_UNAVAILABLE'],
    ['garbage', 'E_JUDGE_UNAVAILABLE'],
    ['hang', 'E_TIMEOUT'],
  ];
  for (const [m, code] of failures) {
    it(`${m} → ${code}`, async () => {
      mode = m;
      const c = new OpenAiClient({ baseUrl: base, judge: true, embedder: false });
      await expect(c.judge!({ ...judgeReq, timeoutMs: 300 })).rejects.toMatchObject({ reasonCode: code });
    });
  }

  it('connection refused → E_NETWORK_ERROR', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    const c = new OpenAiClient({ baseUrl: `http://127.0.0.1:${port}/v1`, judge: false, embedder: true });
    await expect(c.embed!({ model: 'e', texts: ['x'], timeoutMs: 2000 })).rejects.toMatchObject({ reasonCode: 'E_NETWORK_ERROR' });
  });

  it('parseJudgeAnswer: JSON first, else the first verdict word', () => {
    expect(parseJudgeAnswer('{"verdict":"pass"}')).toEqual({ verdict: 'PASS' });
    expect(parseJudgeAnswer('I abstain. ABSTAIN')).toEqual({ verdict: 'Abstain' });
    expect(parseJudgeAnswer('no idea')).toBeUndefined();
  });
});
