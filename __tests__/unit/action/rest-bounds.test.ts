import { describe, expect, it } from 'vitest';
import { boundedClient, paginate, RestError, withRetry, type RestClient, type RestResponse } from '../../../src/action/github/rest.js';
import { Deadline } from '../../../src/action/deadline.js';

const never: RestClient = { request: () => new Promise<never>(() => undefined) };

async function failure(p: Promise<unknown>): Promise<RestError> {
  try {
    await p;
  } catch (e) {
    return e as RestError;
  }
  throw new Error('expected a failure');
}

describe('boundedClient', () => {
  it('a request with no answer fails as a transient timeout and aborts the underlying call', async () => {
    let signal: AbortSignal | undefined;
    const inner: RestClient = {
      request: (_route, params) => {
        signal = (params?.request as { signal: AbortSignal }).signal;
        return new Promise<never>(() => undefined);
      },
    };
    const e = await failure(boundedClient(inner, { timeoutMs: 20 }).request('POST /x', { a: 1 }));
    expect([e.kind, e.status, e.message]).toEqual(['timeout', 0, 'no answer within 20 ms']);
    expect(signal?.aborted).toBe(true);
  });

  it('the deadline ends a waiting request, and later requests fail at once without being sent', async () => {
    const ac = new AbortController();
    const calls: string[] = [];
    const inner: RestClient = {
      request: (route) => {
        calls.push(route);
        return new Promise<never>(() => undefined);
      },
    };
    const client = boundedClient(inner, { timeoutMs: 600_000, signal: ac.signal });
    const pending = failure(client.request('GET /a'));
    ac.abort();
    expect((await pending).kind).toBe('deadline');
    expect((await failure(client.request('GET /b'))).kind).toBe('deadline');
    expect(calls).toEqual(['GET /a']);
  });

  it('answers pass through unchanged', async () => {
    const inner: RestClient = { request: async <T>() => ({ status: 200, data: { ok: true } as T, headers: {} }) };
    expect((await boundedClient(inner, { timeoutMs: 1000 }).request('GET /c')).data).toEqual({ ok: true });
  });
});

describe('withRetry and the deadline', () => {
  it('timeouts are retried like network errors; the deadline is not, and it cuts a retry wait short', async () => {
    let n = 0;
    const e = await failure(withRetry(() => boundedClient(never, { timeoutMs: 5 }).request('GET /t').finally(() => n++), { baseMs: 1 }));
    expect([e.kind, n]).toEqual(['timeout', 4]);

    const ac = new AbortController();
    let attempts = 0;
    const waiting = failure(
      withRetry(
        async () => {
          attempts++;
          throw new RestError('busy', 503);
        },
        { baseMs: 600_000, signal: ac.signal },
      ),
    );
    await new Promise((r) => setTimeout(r, 10));
    ac.abort();
    expect((await waiting).kind).toBe('deadline');
    expect(attempts).toBe(1);
  });
});

describe('paginate', () => {
  const page = (next?: string): RestResponse => ({ status: 200, data: [1], headers: next ? { link: `<${next}>; rel="next"` } : {} });

  it('a next link pointing back at a page already read stops with a pagination error', async () => {
    const calls: string[] = [];
    const rest: RestClient = {
      request: async <T>(route: string) => {
        calls.push(route);
        return page('http://h/list?page=1') as RestResponse<T>;
      },
    };
    const e = await failure(paginate(rest, 'GET /list', {}));
    expect(e.kind).toBe('pagination');
    expect(e.message).toContain('pointed back at a page already read');
    expect(calls).toEqual(['GET /list', 'GET http://h/list?page=1']);
  });

  it('stops after the page cap', async () => {
    let n = 0;
    const rest: RestClient = { request: async <T>() => page(`http://h/list?page=${++n + 1}`) as RestResponse<T> };
    const e = await failure(paginate(rest, 'GET /list', {}, {}, 5));
    expect(e.message).toBe('pagination stopped after 5 pages');
    expect(n).toBe(5);
  });
});

describe('Deadline', () => {
  it('fires at t0 + budget, re-armed from the same start; race gives the fallback once it fired', async () => {
    let now = 0;
    const d = new Deadline(0, 60_000, () => now);
    expect(d.expired).toBe(false);
    now = 5_000;
    d.set(1_000); // already past: fires at once
    expect(d.expired).toBe(true);
    expect(await d.race(new Promise<string>(() => undefined), () => 'fallback')).toBe('fallback');
    d.dispose();

    const live = new Deadline(performance.now(), 60_000);
    expect(await live.race(Promise.resolve('value'), () => 'fallback')).toBe('value');
    live.dispose();
  });
});
