import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nextLink, paginate, RestError, withRetry, type RestClient, type RestResponse } from '../../../src/action/github/rest.js';
import { checkSarif, uploadRef, uploadSarif } from '../../../src/action/github/sarif-upload.js';
import { findSticky, upsertComment, type IssueComment } from '../../../src/action/github/comment.js';
import { isGhes, uploadReports } from '../../../src/action/github/artifact.js';
import { readContext } from '../../../src/action/context.js';
import { fallbackInputs } from '../../../src/action/inputs.js';

type Handler = (route: string, params: Record<string, unknown>) => RestResponse | Promise<RestResponse>;

function fakeRest(handler: Handler): RestClient & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    async request<T>(route: string, params: Record<string, unknown> = {}) {
      calls.push(route);
      return (await handler(route, params)) as RestResponse<T>;
    },
  };
}

const ok = (data: unknown, headers: Record<string, string> = {}): RestResponse => ({ status: 200, data, headers });
const fail = (status: number, message = 'x', retryAfter?: number) => new RestError(message, status, retryAfter);

const ws = mkdtempSync(join(tmpdir(), 'assay-gh-'));
function ctx(event = 'push') {
  return readContext(fallbackInputs(ws), ws, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_REF: 'refs/heads/x', GITHUB_EVENT_NAME: event }).ctx;
}

const SARIF = JSON.stringify({
  version: '2.1.0',
  runs: [
    { automationDetails: { id: 'c/gate/' }, results: [{ locations: [{ physicalLocation: { artifactLocation: { uri: 't.jsonl' } } }], partialFingerprints: { 'assayFinding/v1': 'a' } }] },
    { automationDetails: { id: 'c/evidence/' }, results: [] },
  ],
});

describe('rest helpers', () => {
  it('parses the next link and follows every page', async () => {
    expect(nextLink('<http://h/x?page=2>; rel="next", <http://h/x?page=3>; rel="last"')).toBe('http://h/x?page=2');
    expect(nextLink('<http://h/x?page=1>; rel="prev"')).toBeUndefined();
    const rest = fakeRest((route) => (route.startsWith('GET http://h/p2') ? ok([3]) : ok([1, 2], { link: '<http://h/p2>; rel="next"' })));
    expect(await paginate<number>(rest, 'GET /items', {})).toEqual([1, 2, 3]);
  });

  it('retries 429/5xx/network three times with growing delays, honouring Retry-After; not 4xx', async () => {
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    let n = 0;
    await expect(withRetry(async () => { n++; throw fail(503); }, { baseMs: 10, sleep })).rejects.toMatchObject({ status: 503 });
    expect([n, waits]).toEqual([4, [10, 20, 40]]);
    waits.length = 0;
    n = 0;
    expect(await withRetry(async () => (++n === 1 ? Promise.reject(fail(429, 'slow', 120)) : 'ok'), { baseMs: 1000, sleep })).toBe('ok');
    expect(waits).toEqual([60_000]);
    n = 0;
    await expect(withRetry(async () => { n++; throw fail(403); }, { baseMs: 10, sleep })).rejects.toMatchObject({ status: 403 });
    expect(n).toBe(1);
  });
});

describe('SARIF upload', () => {
  it('pre-upload checks catch what GitHub would reject', () => {
    expect(checkSarif(SARIF).problems).toEqual([]);
    const bad = JSON.parse(SARIF);
    bad.runs[1].automationDetails.id = 'c/gate/';
    bad.runs[0].results.push({ locations: [{ physicalLocation: { artifactLocation: { uri: '/abs/t.jsonl' } } }], partialFingerprints: {} });
    const problems = checkSarif(JSON.stringify(bad)).problems;
    expect(problems).toContain('duplicate run category c/gate/');
    expect(problems).toContain('run 0 result 1: location is not a repo-relative URI');
    expect(problems).toContain('run 0 result 1 has no partialFingerprints');
  });

  it('ref per event: pull requests use the merge ref', () => {
    const pr = { ...ctx('pull_request'), prNumber: 5 };
    expect(uploadRef(pr)).toEqual({ commit_sha: 'abc', ref: 'refs/pull/5/merge' });
    expect(uploadRef(ctx())).toEqual({ commit_sha: 'abc', ref: 'refs/heads/x' });
  });

  it('gzip + base64 body, 404 while polling is pending, still pending at the deadline = accepted', async () => {
    let clock = 0;
    const bodies: Record<string, unknown>[] = [];
    const rest = fakeRest((route, params) => {
      if (route.startsWith('POST')) {
        bodies.push(params);
        return { status: 202, data: { id: 'u1' }, headers: {} };
      }
      if (clock === 0) throw fail(404);
      return ok({ processing_status: 'pending' });
    });
    const r = await uploadSarif({ rest, ctx: ctx(), sarifText: SARIF, pollMs: 5000, pollTimeoutMs: 12_000, now: () => clock, sleep: async (ms) => void (clock += ms) });
    expect(r).toMatchObject({ uploaded: true, status: 'pending', accepted: true, id: 'u1' });
    expect(r.notes[0]!.level).toBe('notice');
    // polls at t=0 (404), 5 s, 10 s; the next poll would pass the 12 s deadline
    expect(rest.calls.filter((c) => c.startsWith('GET'))).toHaveLength(3);
    const gz = Buffer.from(bodies[0]!.sarif as string, 'base64');
    expect(gz.subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    expect(gzipSync(Buffer.from(SARIF)).length).toBeGreaterThan(0);
  });

  it('failed processing quotes the first five errors; 404 on upload names GHES', async () => {
    const failed = fakeRest((route) => (route.startsWith('POST') ? { status: 202, data: { id: 'u2' }, headers: {} } : ok({ processing_status: 'failed', errors: ['1', '2', '3', '4', '5', '6'] })));
    const r = await uploadSarif({ rest: failed, ctx: ctx(), sarifText: SARIF, pollMs: 1, pollTimeoutMs: 100 });
    expect(r.uploaded).toBe(false);
    expect(r.notes[0]!.message).toMatch(/: 1; 2; 3; 4; 5$/);
    const gone = fakeRest(() => {
      throw fail(404, 'Not Found');
    });
    const g = await uploadSarif({ rest: gone, ctx: ctx(), sarifText: SARIF, pollMs: 1, pollTimeoutMs: 100 });
    expect([g.uploaded, g.accepted]).toEqual([false, false]);
    expect(g.notes[0]!.message).toContain('GHES');
  });
});

describe('sticky comment', () => {
  const MARK = '<!-- assay-report:c -->';
  const c = (id: number, body: string, login: string, type = 'User'): IssueComment => ({ id, body, user: { login, type } });

  it('matches by marker and author: own login with a PAT, any bot with GITHUB_TOKEN; the oldest wins', () => {
    const list = [c(1, `${MARK}\nhuman copy`, 'alice'), c(2, `${MARK}\nbot`, 'github-actions[bot]', 'Bot'), c(3, `${MARK}\nbot 2`, 'github-actions[bot]', 'Bot'), c(4, `${MARK}\npat`, 'me')];
    expect(findSticky(list, MARK, undefined)?.id).toBe(2);
    expect(findSticky(list, MARK, 'me')?.id).toBe(4);
    expect(findSticky([c(5, 'old <!-- assay-report --> text', 'github-actions[bot]', 'Bot')], MARK, undefined)?.id).toBe(5);
    expect(findSticky([c(6, `${MARK}x`, 'alice')], MARK, undefined)).toBeUndefined();
  });

  it('creates only when asked; 403 on writing is a warning naming the permission', async () => {
    const rest = fakeRest((route) => {
      if (route === 'GET /user') throw fail(403);
      if (route.startsWith('GET')) return ok([]);
      throw fail(403, 'Resource not accessible by integration');
    });
    const base = { rest, owner: 'o', repo: 'r', prNumber: 1, marker: MARK, body: `${MARK}\nx`, retry: { baseMs: 1 } };
    expect((await upsertComment({ ...base, create: false })).status).toBe('not-needed');
    const r = await upsertComment({ ...base, create: true });
    expect(r.status).toBe('failed');
    expect(r.notes[0]!.message).toContain('pull-requests: write');
  });
});

describe('artifact upload', () => {
  it('degrades to a warning without the Actions runtime or on GHES', async () => {
    const calls: string[] = [];
    const uploader = { upload: async (name: string) => (calls.push(name), { id: 1 }) };
    expect((await uploadReports({ name: 'a', dir: ws, serverUrl: 'https://github.com', env: {}, uploader })).status).toBe('skipped');
    expect((await uploadReports({ name: 'a', dir: ws, serverUrl: 'https://ghe.corp', env: { ACTIONS_RUNTIME_TOKEN: 't' }, uploader })).notes[0]!.message).toContain('Enterprise Server');
    expect(isGhes('https://x.ghe.com')).toBe(false);
    expect(calls).toEqual([]);
  });
});
