// A small REST layer over the toolkit's Octokit (base URL from GITHUB_API_URL, proxy-aware fetch):
// transient failures (429, 5xx, network) are retried with 1 s, 2 s, 4 s delays (Retry-After honoured up
// to 60 s), pagination follows every `Link: rel="next"`. The toolkit is imported lazily so the action's
// cold start does not pay for it when no REST call is made (fork PRs, no token).
import { MAX_RETRY_AFTER_S, RETRY_BASE_MS, RETRY_MULTIPLIERS, USER_AGENT } from '../constants.js';
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

/** What a failed call looks like to callers: a status (0 = no response) and the server's message. */
export class RestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfterS?: number,
  ) {
    super(message);
    this.name = 'RestError';
  }
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
  return e.status === 0 || e.status === 429 || e.status >= 500;
}

export interface RetryOptions {
  baseMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Run `fn`; on a transient failure retry after base × 1, 2, 4 (or Retry-After ≤ 60 s). Throws RestError. */
export async function withRetry<T>(fn: () => Promise<T>, o: RetryOptions = {}): Promise<T> {
  const base = o.baseMs ?? RETRY_BASE_MS;
  const wait = o.sleep ?? sleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      const err = toRestError(e);
      if (!isTransient(err) || attempt >= RETRY_MULTIPLIERS.length) throw err;
      const ra = err.retryAfterS !== undefined ? Math.min(err.retryAfterS, MAX_RETRY_AFTER_S) * 1000 : undefined;
      // Delays scale with the base (tests shorten it), Retry-After included.
      await wait(ra !== undefined ? (ra * base) / RETRY_BASE_MS : base * RETRY_MULTIPLIERS[attempt]!);
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

/** Every item of a paginated list: the first page from `route`, then each `Link: rel="next"` URL. */
export async function paginate<T>(rest: RestClient, route: string, params: Record<string, unknown>, retry: RetryOptions = {}): Promise<T[]> {
  const out: T[] = [];
  let res = await withRetry(() => rest.request<T[]>(route, params), retry);
  for (;;) {
    if (Array.isArray(res.data)) out.push(...res.data);
    const next = nextLink(res.headers.link);
    if (!next) return out;
    res = await withRetry(() => rest.request<T[]>(`GET ${next}`), retry);
  }
}

/** The toolkit's Octokit as a RestClient. */
export async function createRestClient(token: string): Promise<RestClient> {
  const { getOctokit } = await import('@actions/github');
  const octokit = getOctokit(token, { userAgent: `${USER_AGENT}/${VERSION}` });
  return {
    async request<T>(route: string, params?: Record<string, unknown>): Promise<RestResponse<T>> {
      const r = await octokit.request(route, params ?? {});
      return { status: r.status, data: r.data as T, headers: r.headers as Record<string, string | number | undefined> };
    },
  };
}
