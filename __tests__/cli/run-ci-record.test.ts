// Judge/embedding values without model calls in CI, through the built CLI: a cache miss
// is 3 E_JUDGE_UNAVAILABLE with the next step; `run --record --judge openai --embedder openai` fills
// the cache once against an OpenAI-compatible server on 127.0.0.1; CI then replays from the cache.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_ARGS, tempDir, writeFiles, type CliResult } from '../helpers/cli.js';

/** Like runCli, but asynchronous: the test's own HTTP server must keep answering while the CLI runs. */
function runCliAsync(args: string[], opts: { cwd: string; env?: Record<string, string | undefined> }): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_WORKSPACE: undefined, SOURCE_DATE_EPOCH: undefined, OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined, ASSAY_CACHE_DIR: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...CLI_ARGS, ...args], { cwd: opts.cwd, env: env as NodeJS.ProcessEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const CONFIG = `suite: replay
model: trace
settings:
  seed: 1
tests:
  - id: relevant
    input: What is 2+2?
    expected: {type: relevance, min_score: 0.5}
  - id: similar
    input: Say four
    expected: {type: semantic_similarity_to, text: four, min_score: 0.9}
`;
const TRACE = '{"prompt":"What is 2+2?","response":"4"}\n{"prompt":"Say four","response":"Four."}\n';

let server: http.Server;
let base = '';
let mode: 'ok' | '429' | '500' = 'ok';
const requests: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url} ${req.headers.authorization ?? '-'}`);
      if (mode === '429') return void res.writeHead(429, { 'content-type': 'application/json' }).end('{"error":"rate limited"}');
      if (mode === '500') return void res.writeHead(500).end('oops');
      const doc = JSON.parse(body) as { input?: string[] };
      res.setHeader('content-type', 'application/json');
      if (req.url === '/v1/chat/completions') res.end(JSON.stringify({ choices: [{ message: { content: '{"verdict":"PASS","rationale":"answers the question"}' } }] }));
      else if (req.url === '/v1/embeddings') res.end(JSON.stringify({ data: (doc.input ?? []).map((_, i) => ({ index: i, embedding: [1, 0.01 * i, 0] })) }));
      else res.writeHead(404).end('{}');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
});

function project(): string {
  const dir = tempDir();
  writeFiles(dir, { 'eval.yaml': CONFIG, 'trace.jsonl': TRACE });
  return dir;
}

const summary = (dir: string) => JSON.parse(readFileSync(join(dir, '.assay/reports/summary.json'), 'utf8'));
const CI = ['ci', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl'];

describe('record once, replay in CI', () => {
  it('miss → 3 E_JUDGE_UNAVAILABLE; --record fills .assay/cache; CI replays from it without calls', async () => {
    const dir = project();
    const miss = await runCliAsync(CI, { cwd: dir });
    expect(miss.status).toBe(3);
    expect(miss.stderr).toContain('Result: exit 3 E_JUDGE_UNAVAILABLE — Judge/embedding value unavailable for 2 test(s)');
    expect(miss.stderr).toContain('Run: assay run --record --judge openai --embedder openai');
    expect(miss.stderr).toMatch(/ERROR: test 'relevant': judge value for relevance is in neither the trace .* \(key sha256:[0-9a-f]{64}\)/);
    expect(summary(dir).judge_metrics.unavailable_count).toBe(2);

    requests.length = 0;
    mode = 'ok';
    const rec = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--record', '--judge', 'openai', '--embedder', 'openai', '--judge-samples', '2'], {
      cwd: dir,
      env: { OPENAI_BASE_URL: base, OPENAI_API_KEY: 'sk-local' },
    });
    expect(rec.status).toBe(0);
    expect(rec.stderr).toMatch(/Recorded 1 judge and 2 embedding value\(s\) into .*\.assay\/cache/);
    expect(requests.sort()).toEqual(['POST /v1/chat/completions Bearer sk-local', 'POST /v1/chat/completions Bearer sk-local', 'POST /v1/embeddings Bearer sk-local', 'POST /v1/embeddings Bearer sk-local']);
    expect(readdirSync(join(dir, '.assay/cache/judge')).length).toBe(1);
    expect(readdirSync(join(dir, '.assay/cache/embeddings')).length).toBe(2);

    // CI: no endpoint at all, values from the cache (same --judge-samples: it is part of the key).
    requests.length = 0;
    const ci = await runCliAsync([...CI, '--judge-samples', '2'], { cwd: dir });
    expect(ci.status).toBe(0);
    expect(requests).toEqual([]);
    const run = JSON.parse(readFileSync(join(dir, '.assay/reports/run.json'), 'utf8'));
    expect(run.results.map((r: { test_id: string; cached: boolean }) => [r.test_id, r.cached])).toEqual([
      ['relevant', true],
      ['similar', true],
    ]);
    expect(summary(dir).performance.cache_hit_rate).toBe(1);
    expect(ci.stderr).toContain('Judge metrics: abstain_rate=0.00 flip_rate=0.00 consensus_rate=1.00 unavailable_count=0');
    // Another sample count is another key: a miss again, never a silent pass.
    expect((await runCliAsync(CI, { cwd: dir })).status).toBe(3);
    // --replay-strict never reads the cache.
    const strict = await runCliAsync([...CI, '--judge-samples', '2', '--replay-strict'], { cwd: dir });
    expect([strict.status, summary(dir).reason_code]).toEqual([2, 'E_REPLAY_MISSING_DEPENDENCY']);
  });

  it('--cache-dir and ASSAY_CACHE_DIR choose the cache', async () => {
    const dir = project();
    mode = 'ok';
    const rec = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--record', '--judge', 'openai', '--embedder', 'openai', '--cache-dir', 'vals'], {
      cwd: dir,
      env: { OPENAI_BASE_URL: base },
    });
    expect(rec.status).toBe(0);
    expect(existsSync(join(dir, 'vals/judge'))).toBe(true);
    expect(existsSync(join(dir, '.assay/cache'))).toBe(false);
    expect((await runCliAsync(CI, { cwd: dir })).status).toBe(3);
    expect((await runCliAsync(CI, { cwd: dir, env: { ASSAY_CACHE_DIR: 'vals' } })).status).toBe(0);
    expect((await runCliAsync([...CI, '--cache-dir', 'vals'], { cwd: dir })).status).toBe(0);
  });

  it('provider errors while recording: 429 → 3 E_RATE_LIMIT, 5xx → 3 E_PROVIDER_5XX, nothing cached', async () => {
    for (const [m, code] of [
      ['429', 'E_RATE_LIMIT'],
      ['500', 'E_PROVIDER_5XX'],
    ] as const) {
      const dir = project();
      mode = m;
      const r = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--record', '--judge', 'openai', '--embedder', 'openai'], {
        cwd: dir,
        env: { OPENAI_BASE_URL: base },
      });
      expect([r.status, summary(dir).reason_code]).toEqual([3, code]);
      expect(existsSync(join(dir, '.assay/cache'))).toBe(false);
    }
    mode = 'ok';
  });

  it('connection refused → 3 E_NETWORK_ERROR', async () => {
    const dir = project();
    const r = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--record', '--judge', 'openai'], {
      cwd: dir,
      env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1' },
    });
    expect([r.status, summary(dir).reason_code]).toEqual([3, 'E_NETWORK_ERROR']);
  });

  it('refused flag combinations are usage errors (2 E_INVALID_ARGS)', async () => {
    const dir = project();
    for (const extra of [['--record', '--replay-strict', '--judge', 'openai'], ['--record'], ['--record', '--judge', 'openai', '--no-cache'], ['--judge', 'gpt'], ['--judge-samples', '0']]) {
      const r = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', ...extra], { cwd: dir, env: { OPENAI_BASE_URL: base } });
      expect([extra.join(' '), r.status, summary(dir).reason_code]).toEqual([extra.join(' '), 2, 'E_INVALID_ARGS']);
    }
  });

  it('--record against the default endpoint without OPENAI_API_KEY: 3 E_JUDGE_UNAVAILABLE, no call made', async () => {
    const dir = project();
    const r = await runCliAsync(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--record', '--judge', 'openai'], { cwd: dir });
    expect(r.status).toBe(3);
    expect(r.stderr).toContain('needs OPENAI_API_KEY');
  });
});
