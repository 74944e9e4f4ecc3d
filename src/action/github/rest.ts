// A small REST layer over the toolkit's Octokit (base URL from GITHUB_API_URL, proxy-aware fetch):
// transient failures (429, 5xx, network, no answer in time) are retried with 1 s, 2 s, 4 s delays
// (Retry-After honoured up to 60 s), pagination follows `Link: rel="next"` up to a page cap and never the
// same URL twice. Every request has a timeout and gives up when the step's deadline ends (an AbortSignal),
// so no call can hold the action past it (docs/action-limits.md). The toolkit is imported lazily so the
// action's cold start does not pay for it when no REST call is made (fork PRs, no token).
import { HTTP_TIMEOUT_MS, MAX_PAGES, MAX_RETRY_AFTER_S, RETRY_BASE_MS, RETRY_MULTIPLIERS, USER_AGENT } from '../constants.js';
import { VERSION } from '../../core/version.js';

export interface RestResponse<T = unknown> {
  status: number;
  data: T;
  headers: Record<string, string | number | undefined>;
}

export interface RestClient {
  /** `route` as Octokit takes it (`POST /repos/{owner}/{repo}/…`, or `GET <absolute url>`). */
  request<T = unknown>(route: string, params?: Record<string, unknown>): Promise<RestResponse<T>>;
}

/**
 * Why a call failed besides an HTTP status: `timeout` (no complete answer within the request timeout),
 * `deadline` (the step's deadline ended), `pagination` (a page loop or too many pages).
 */
export type RestFailureKind = 'http' | 'timeout' | 'deadline' | 'pagination';

/** What a failed call looks like to callers: a status (0 = no response) and the server's message. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterS?: number,
    readonly kind: RestFailureKind = 'http',
  ) {
    super(message);
    this.name = 'RestError';
  }
}

export function deadlineError(): RestError {
  return new RestError('the step deadline ran out', 0, undefined, 'deadline');
}

export function toRestError(e: unknown): RestError {
  if (e instanceof RestError) return e;
  const err = e as { status?: unknown; message?: unknown; response?: { headers?: Record<string, unknown>; data?: unknown } };
  const status = typeof err?.status === 'number' ? err.status : 0;
  const ra = err?.response?.headers?.['retry-after'];
  const retryAfter = typeof ra === 'string' && /^\d+$/.test(ra) ? Number(ra) : typeof ra === 'number' ? ra : undefined;
  const data = err?.response?.data as { message?: unknown } | undefined;
  const message = typeof data?.message === 'string' ? data.message : typeof err?.message === 'string' ? err.message : String(e);
  return new RestError(message, status, retryAfter);
}

export function isTransient(e: RestError): boolean {
  if (e.kind === 'deadline' || e.kind === 'pagination') return false;
  return e.status === 0 || e.status === 429 || e.status >= 500;
}

export interface RetryOptions {
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The step deadline: no new attempt and no wait after it fired. */
  signal?: AbortSignal;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Sleep `ms`, or reject with the deadline error as soon as `signal` fires (the timer is cleared then). */
export function abortableSleep(ms: number, signal: AbortSignal | undefined, wait?: (ms: number) => Promise<void>): Promise<void> {
  if (!signal) return (wait ?? sleep)(ms);
  if (signal.aborted) return Promise.reject(deadlineError());
  return new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = (): void => {
      if (timer) clearTimeout(timer);
      reject(deadlineError());
    };
    const done = (): void => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    if (wait) wait(ms).then(done, reject);
    else timer = setTimeout(done, ms);
  });
}

/** Run `fn`; on a transient failure retry after base × 1, 2, 4 (or Retry-After ≤ 60 s). Throws RestError. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const base = o.baseMs ?? RETRY_BASE_MS;
  for (let attempt = 0; ; attempt++) {
    if (o.signal?.aborted) throw deadlineError();
    try {
      return await fn();
    } catch (e) {
      const err = toRestError(e);
      if (!isTransient(err) || attempt >= RETRY_MULTIPLIERS.length) throw err;
      const ra = err.retryAfterS !== undefined ? Math.min(err.retryAfterS, MAX_RETRY_AFTER_S) * 1000 : undefined;
      // Delays scale with the base (tests shorten it), Retry-After included.
      await abortableSleep(ra !== undefined ? (ra * base) / RETRY_BASE_MS : base * RETRY_MULTIPLIERS[attempt]!, o.signal, o.sleep);
    }
  }
}

/** The `rel="next"` URL of a Link header. */
export function nextLink(link: unknown): string | undefined {
  if (typeof link !== 'string') return undefined;
  for (const part of link.split(',')) {
    const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
    if (m) return m[1];
  }
  return undefined;
}

/**
 * Every item of a paginated list: the first page from `route`, then each `Link: rel="next"` URL. A next
 * URL already read (a server pointing back) or more than `maxPages` pages is an error, not a loop.
 */
export async function paginate<T>(rest: RestClient, route: string, params: Record<string, unknown>, retry: RetryOptions = {}, maxPages: number = MAX_PAGES): Promise<T[]> {
  const out: T[] = [];
  const seen = new Set<string>();
  let res = await withRetry(() => rest.request<T[]>(route, params), retry);
  for (let pages = 1; ; pages++) {
    if (Array.isArray(res.data)) out.push(...res.data);
    const next = nextLink(res.headers.link);
    if (!next) return out;
    if (seen.has(next)) throw new RestError(`pagination stopped: the server pointed back at a page already read (${next})`, 0, undefined, 'pagination');
    if (pages >= maxPages) throw new RestError(`pagination stopped after ${maxPages} pages`, 0, undefined, 'pagination');
    seen.add(next);
    res = await withRetry(() => rest.request<T[]>(`GET ${next}`), retry);
  }
}

export interface RequestLimits {
  /** One request, from sending to the last byte of the answer. */
  timeoutMs: number;
  /** The step deadline. */
  signal?: AbortSignal;
}

/**
 * `inner` with a time bound on every request: past `timeoutMs` the call fails as a transient `timeout`,
 * when `signal` fires it fails as `deadline`. The underlying request is aborted through
 * `params.request.signal` (Octokit's option), and the bound holds even for a client that ignores it.
 */
export function boundedClient(inner: RestClient, o: RequestLimits): RestClient {
  return {
    request<T>(route: string, params: Record<string, unknown> = {}): Promise<RestResponse<T>> {
      if (o.signal?.aborted) return Promise.reject(deadlineError());
      const ac = new AbortController();
      return new Promise<RestResponse<T>>((resolve, reject) => {
        const settle = (): void => {
          clearTimeout(timer);
          o.signal?.removeEventListener('abort', onDeadline);
        };
        // Reject first, then abort: the caller sees our reason, not the fetch layer's AbortError.
        const onDeadline = (): void => {
          settle();
          reject(deadlineError());
          ac.abort();
        };
        const timer = setTimeout(() => {
          settle();
          reject(new RestError(`no answer within ${o.timeoutMs} ms`, 0, undefined, 'timeout'));
          ac.abort();
        }, o.timeoutMs);
        o.signal?.addEventListener('abort', onDeadline, { once: true });
        const extra = (params.request ?? {}) as Record<string, unknown>;
        inner.request<T>(route, { ...params, request: { ...extra, signal: ac.signal } }).then(
          (r) => {
            settle();
            resolve(r);
          },
          (e: unknown) => {
            settle();
            reject(e);
          },
        );
      });
    },
  };
}

/** The toolkit's Octokit as a RestClient, every request bounded (default timeout HTTP_TIMEOUT_MS). */
export async function createRestClient(token: string, limits: RequestLimits = { timeoutMs: HTTP_TIMEOUT_MS }): Promise<RestClient> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { userAgent: `${USER_AGENT}/${VERSION}` });
  return boundedClient(
    {
      async request<T>(route: string, params?: Record<string, unknown>): Promise<RestResponse<T>> {
        const r = await octokit.request(route, params ?? {});
        return { status: r.status, data: r.data as T, headers: r.headers as Record<string, string | number | undefined> };
      },
    },
    limits,
  );
}
