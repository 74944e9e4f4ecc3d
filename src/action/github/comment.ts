// The sticky PR comment: found by its hidden marker across every page of comments,
// updated in place (always, so a fixed PR shows "no findings"), created only when there is something to
// say. Identity: `GET /user` gives our own login; a GITHUB_TOKEN gets 403 there, and then the author must
// be a bot. Failures are warnings naming the permission, never fatal.
import { COMMENTS_PER_PAGE, LEGACY_COMMENT_MARKER } from '../constants.js';
import type { Note } from '../baseline.js';
import { paginate, toRestError, withRetry, type RestClient, type RestError, type RetryOptions } from './rest.js';

export interface IssueComment {
  id: number;
  body?: string | null;
  user?: { login?: string; type?: string } | null;
  html_url?: string;
}

export interface CommentOptions {
  rest: RestClient;
  owner: string;
  repo: string;
  prNumber: number;
  marker: string;
  body: string;
  /** Create a new comment when none exists (findings > 0 or a failing verdict). */
  create: boolean;
  retry?: RetryOptions;
}

export interface CommentResult {
  status: 'updated' | 'created' | 'not-needed' | 'failed';
  id?: number;
  url?: string;
  /** Comments read while searching (all pages). */
  scanned: number;
  notes: Note[];
}

/** Which existing comment is ours: the oldest with our marker and author, else an adoptable reference one. */
export function findSticky(comments: readonly IssueComment[], marker: string, login: string | undefined): IssueComment | undefined {
  const ours = (c: IssueComment) => (login !== undefined ? c.user?.login === login : c.user?.type === 'Bot');
  const own = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker) && ours(c));
  if (own) return own;
  return comments.find((c) => typeof c.body === 'string' && c.body.includes(LEGACY_COMMENT_MARKER) && c.user?.type === 'Bot' && ours(c));
}

function failureNote(err: RestError): Note {
  // Only an HTTP refusal can be about permissions; a timeout, the deadline or a page loop is not.
  if (err.kind !== 'http') return { level: 'warning', message: `PR comment not written: ${err.message}` };
  const { status, message } = err;
  return {
    level: 'warning',
    message: `PR comment not written (${status === 0 ? 'network error' : status}: ${message}): the job needs "permissions: pull-requests: write"`,
  };
}

export async function upsertComment(o: CommentOptions): Promise<CommentResult> {
  const { rest, owner, repo, prNumber } = o;
  let login: string | undefined;
  try {
    const me = await withRetry(() => rest.request<{ login?: unknown }>('GET /user'), o.retry);
    if (typeof me.data?.login === 'string') login = me.data.login;
  } catch {
    login = undefined; // GITHUB_TOKEN: 403 on /user; we then match bot authors
  }
  let comments: IssueComment[];
  try {
    comments = await paginate<IssueComment>(rest, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, per_page: COMMENTS_PER_PAGE }, o.retry);
  } catch (e) {
    return { status: 'failed', scanned: 0, notes: [failureNote(toRestError(e))] };
  }
  const found = findSticky(comments, o.marker, login);
  try {
    if (found) {
      const res = await withRetry(() => rest.request<IssueComment>('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: found.id, body: o.body }), o.retry);
      return { status: 'updated', id: found.id, ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
    }
    if (!o.create) return { status: 'not-needed', scanned: comments.length, notes: [] };
    const res = await withRetry(() => rest.request<IssueComment>('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, body: o.body }), o.retry);
    return { status: 'created', ...(typeof res.data?.id === 'number' ? { id: res.data.id } : {}), ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
  } catch (e) {
    return { status: 'failed', scanned: comments.length, notes: [failureNote(toRestError(e))] };
  }
}
