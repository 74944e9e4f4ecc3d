// SARIF upload through the code-scanning REST API, in-process: re-check the file, gzip +
// base64, POST, then poll the processing status. Every failure is a value (uploaded=false plus a warning),
// never an exception and never a change of the verdict.
import { gzipSync } from 'node:zlib';
import { MAX_GZIP_BYTES, MAX_RUNS } from '../../core/report/sarif.js';
import { SARIF_MAX_QUOTED_ERRORS } from '../constants.js';
import type { ActionContext } from '../context.js';
import type { Note } from '../baseline.js';
import { abortableSleep, toRestError, withRetry, type RestClient, type RestError, type RetryOptions } from './rest.js';

export interface SarifUploadOptions {
  rest: RestClient;
  ctx: ActionContext;
  /** The bytes written to disk (the file is final when written). */
  sarifText: string;
  pollMs: number;
  pollTimeoutMs: number;
  retry?: RetryOptions;
  sleep?: (ms: number) => Promise<void>;
  /** Monotonic ms (poll deadline). */
  now?: () => number;
  /** The step deadline: polling stops when it fires (docs/action-limits.md). */
  signal?: AbortSignal;
}

export interface SarifUploadResult {
  uploaded: boolean;
  /** `complete`, `pending` (accepted, still processing at the deadline), `failed`, `rejected`, `invalid`. */
  status: 'complete' | 'pending' | 'failed' | 'rejected' | 'invalid';
  /** 202 received: the category guard is exported by the caller. */
  accepted: boolean;
  id?: string;
  notes: Note[];
}

function isRepoRelative(uri: unknown): boolean {
  return typeof uri === 'string' && uri !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) && !uri.startsWith('/');
}

/** Pre-upload checks (a failure here is a bug on our side): ≤ 20 runs, unique categories, locations, fingerprints. */
export function checkSarif(text: string): { problems: string[]; gzip?: Buffer } {
  const problems: string[] = [];
  let log: { runs?: unknown };
  try {
    log = JSON.parse(text) as { runs?: unknown };
  } catch (e) {
    return { problems: [`not JSON: ${(e as Error).message}`] };
  }
  const runs = Array.isArray(log.runs) ? (log.runs as Array<Record<string, unknown>>) : undefined;
  if (!runs) return { problems: ['no "runs" array'] };
  if (runs.length > MAX_RUNS) problems.push(`${runs.length} runs (at most ${MAX_RUNS})`);
  const ids = new Set<string>();
  runs.forEach((run, i) => {
    const id = (run.automationDetails as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string' || id === '') problems.push(`run ${i} has no automationDetails.id`);
    else if (ids.has(id)) problems.push(`duplicate run category ${id}`);
    else ids.add(id);
    const results = Array.isArray(run.results) ? (run.results as Array<Record<string, unknown>>) : [];
    for (let j = 0; j < results.length && problems.length < 10; j++) {
      const r = results[j]!;
      const locs = r.locations as Array<{ physicalLocation?: { artifactLocation?: { uri?: unknown } } }> | undefined;
      if (!Array.isArray(locs) || locs.length === 0) problems.push(`run ${i} result ${j} has no location`);
      else if (!isRepoRelative(locs[0]?.physicalLocation?.artifactLocation?.uri)) problems.push(`run ${i} result ${j}: location is not a repo-relative URI`);
      const pf = r.partialFingerprints as Record<string, unknown> | undefined;
      if (!pf || typeof pf !== 'object' || Object.keys(pf).length === 0) problems.push(`run ${i} result ${j} has no partialFingerprints`);
    }
  });
  const gzip = gzipSync(Buffer.from(text, 'utf8'), { level: 6 });
  if (gzip.length > MAX_GZIP_BYTES) problems.push(`gzip size ${gzip.length} bytes exceeds the ${MAX_GZIP_BYTES}-byte budget`);
  return { problems, gzip };
}

/** `commit_sha`/`ref` per event (see docs/action-limits.md). */
export function uploadRef(ctx: ActionContext): { commit_sha: string; ref: string } {
  if ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') && ctx.prNumber !== undefined) {
    return { commit_sha: ctx.sha, ref: `refs/pull/${ctx.prNumber}/merge` };
  }
  return { commit_sha: ctx.sha, ref: ctx.ref };
}

function failure(err: RestError): Note {
  const { status, message } = err;
  // No answer: whether GitHub got the file is unknown, so it does not count as uploaded.
  if (err.kind === 'deadline') return { level: 'warning', message: 'SARIF not uploaded: the step deadline ran out before code scanning answered (verdict unchanged)' };
  if (err.kind === 'timeout') return { level: 'warning', message: `SARIF not uploaded (${message}) after retries` };
  switch (status) {
    case 403:
      return {
        level: 'warning',
        message: `SARIF not uploaded (403: ${message}): the job needs "permissions: security-events: write", or code scanning (GitHub Code Security) is not enabled for this repository`,
      };
    case 404:
      return { level: 'warning', message: `SARIF not uploaded (404: ${message}): code scanning is not available here (GHES without code scanning) or the repository is not visible to the token` };
    case 413:
    case 422:
      return { level: 'warning', message: `SARIF rejected by code scanning (${status}: ${message}); this is a bug in Assay, the file is kept in the reports artifact` };
    default:
      return { level: 'warning', message: `SARIF not uploaded (${status === 0 ? 'network error' : status}: ${message}) after retries` };
  }
}

export async function uploadSarif(o: SarifUploadOptions): Promise<SarifUploadResult> {
  const { ctx } = o;
  const retry: RetryOptions = { ...o.retry, ...(o.signal ? { signal: o.signal } : {}) };
  const now = o.now ?? (() => performance.now());
  const check = checkSarif(o.sarifText);
  if (check.problems.length > 0 || !check.gzip) {
    return {
      uploaded: false,
      status: 'invalid',
      accepted: false,
      notes: [{ level: 'warning', message: `SARIF not uploaded: the file failed the pre-upload check (a bug in Assay): ${check.problems.slice(0, 5).join('; ')}` }],
    };
  }
  const { owner, repo } = ctx.repo!;
  const body = { ...uploadRef(ctx), sarif: check.gzip.toString('base64'), started_at: ctx.startedAt.toISOString() };
  let id: string;
  try {
    const res = await withRetry(() => o.rest.request<{ id?: unknown }>('POST /repos/{owner}/{repo}/code-scanning/sarifs', { owner, repo, ...body }), retry);
    id = typeof res.data?.id === 'string' ? res.data.id : String(res.data?.id ?? '');
  } catch (e) {
    return { uploaded: false, status: 'rejected', accepted: false, notes: [failure(toRestError(e))] };
  }
  if (id === '') {
    return { uploaded: true, status: 'pending', accepted: true, notes: [{ level: 'notice', message: 'SARIF accepted by code scanning (no upload id returned; processing status unknown)' }] };
  }

  const deadline = now() + o.pollTimeoutMs;
  for (;;) {
    let status = 'pending';
    let errors: unknown[] = [];
    try {
      const res = await withRetry(() => o.rest.request<{ processing_status?: unknown; errors?: unknown }>('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner, repo, sarif_id: id }), retry);
      status = typeof res.data?.processing_status === 'string' ? res.data.processing_status : 'pending';
      errors = Array.isArray(res.data?.errors) ? res.data.errors : [];
    } catch (e) {
      const err = toRestError(e);
      // 404 while the upload is being registered counts as pending; anything else ends polling.
      if (err.status !== 404 || err.kind !== 'http') {
        return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); processing status unavailable (${err.status}: ${err.message})` }] };
      }
    }
    if (status === 'complete') return { uploaded: true, status: 'complete', accepted: true, id, notes: [] };
    if (status === 'failed') {
      const quoted = errors.slice(0, SARIF_MAX_QUOTED_ERRORS).map((x) => String(x));
      return {
        uploaded: false,
        status: 'failed',
        accepted: true,
        id,
        notes: [{ level: 'warning', message: `code scanning failed to process the SARIF upload (id ${id})${quoted.length ? `: ${quoted.join('; ')}` : ''}` }],
      };
    }
    if (now() + o.pollMs > deadline) {
      return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); code scanning is still processing it` }] };
    }
    try {
      await abortableSleep(o.pollMs, o.signal, o.sleep);
    } catch {
      return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); polling stopped at the step deadline` }] };
    }
  }
}
