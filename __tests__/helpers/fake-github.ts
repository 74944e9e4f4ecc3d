// A fake GitHub REST API on 127.0.0.1 for the action's child-process tests. It records
// every request (method, path, query, headers, parsed body) and plays only the routes the action uses;
// anything else answers 500 and is listed in `unexpected` so the test fails.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
  html_url?: string;
}

export interface Scripted {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** Never answer (the connection stays open until close()). */
  stall?: boolean;
}

export interface FakeGitHubOptions {
  /** `GET /user`: 403 as for a GITHUB_TOKEN (default), or 200 with this login. */
  userLogin?: string;
  /** `POST …/code-scanning/sarifs` answers, in order (the last repeats). Default: 202 {id, url}. */
  sarifPost?: Scripted[];
  /** `GET …/code-scanning/sarifs/{id}` answers, in order (the last repeats). Default: 404, pending, complete. */
  sarifStatus?: Scripted[];
  /** Comments already on PR `prNumber` (oldest first). */
  comments?: FakeComment[];
  /** Server-side page size for the comments list (smaller than per_page forces pagination). */
  commentsPageSize?: number;
  /** Login of comments the fake creates (the GITHUB_TOKEN bot). */
  botLogin?: string;
  /** Every comments page links `rel="next"` back to itself (a server stuck in a loop). */
  commentsSelfLink?: boolean;
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = [];
  readonly unexpected: RecordedRequest[] = [];
  /** Comments per issue number, in creation order. */
  readonly comments = new Map<number, FakeComment[]>();
  url = '';
  private server?: Server;
  private nextCommentId = 1000;
  private sarifPosts = 0;
  private sarifPolls = 0;

  constructor(readonly opts: FakeGitHubOptions = {}) {}

  /** Put comments on an issue (oldest first). */
  seedComments(issue: number, list: FakeComment[]): void {
    this.comments.set(issue, [...list]);
    for (const c of list) this.nextCommentId = Math.max(this.nextCommentId, c.id + 1);
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        let body: unknown = raw;
        try {
          body = raw ? JSON.parse(raw) : undefined;
        } catch {
          /* keep raw */
        }
        const u = new URL(req.url ?? '/', this.url);
        const rec: RecordedRequest = { method: req.method ?? '', path: u.pathname, query: Object.fromEntries(u.searchParams), headers: req.headers, body };
        this.requests.push(rec);
        const out = this.route(rec);
        if (!out) this.unexpected.push(rec);
        const answer = out ?? { status: 500, body: { message: `fake GitHub: no route for ${rec.method} ${rec.path}` } };
        if (answer.stall) return;
        res.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8', ...answer.headers });
        res.end(answer.body === undefined ? '' : JSON.stringify(answer.body));
      });
    });
    await new Promise<void>((r) => this.server!.listen(0, '127.0.0.1', () => r()));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.url;
  }

  async close(): Promise<void> {
    // Stalled requests hold their connections open; close() would wait for them forever.
    this.server?.closeAllConnections();
    await new Promise<void>((r) => (this.server ? this.server.close(() => r()) : r()));
  }

  /** Requests that change something on GitHub. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private route(r: RecordedRequest): Scripted | undefined {
    let m: RegExpExecArray | null;
    if (r.method === 'GET' && r.path === '/user') {
      return this.opts.userLogin ? { status: 200, body: { login: this.opts.userLogin, type: 'User' } } : { status: 403, body: { message: 'Resource not accessible by integration' } };
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/code-scanning\/sarifs$/.exec(r.path)) && r.method === 'POST') {
      const list = this.opts.sarifPost ?? [{ status: 202, body: { id: 'sarif-1', url: `${this.url}/repos/${m[1]}/${m[2]}/code-scanning/sarifs/sarif-1` } }];
      return list[Math.min(this.sarifPosts++, list.length - 1)];
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/code-scanning\/sarifs\/([^/]+)$/.exec(r.path)) && r.method === 'GET') {
      const list = this.opts.sarifStatus ?? [{ status: 404, body: { message: 'Not Found' } }, { status: 200, body: { processing_status: 'pending' } }, { status: 200, body: { processing_status: 'complete', analyses_url: null } }];
      return list[Math.min(this.sarifPolls++, list.length - 1)];
    }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(r.path))) {
      const issue = Number(m[3]);
      const list = this.comments.get(issue) ?? [];
      if (r.method === 'GET') {
        const perPage = Math.min(Number(r.query.per_page ?? 30), this.opts.commentsPageSize ?? 100);
        const page = Number(r.query.page ?? 1);
        const slice = list.slice((page - 1) * perPage, page * perPage);
        const last = Math.max(1, Math.ceil(list.length / perPage));
        const headers: Record<string, string> = {};
        if (this.opts.commentsSelfLink) headers.link = `<${this.url}${r.path}?per_page=${perPage}&page=${page}>; rel="next"`;
        else if (page < last) {
          const link = (p: number) => `${this.url}${r.path}?per_page=${perPage}&page=${p}`;
          headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
        }
        return { status: 200, body: slice, headers };
      }
      if (r.method === 'POST') {
        const body = (r.body as { body?: string } | undefined)?.body ?? '';
        const c: FakeComment = { id: this.nextCommentId++, body, user: { login: this.opts.botLogin ?? 'github-actions[bot]', type: 'Bot' } };
        c.html_url = `https://github.example/${m[1]}/${m[2]}/pull/${issue}#issuecomment-${c.id}`;
        this.comments.set(issue, [...list, c]);
        return { status: 201, body: c };
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path)) && r.method === 'PATCH') {
      const id = Number(m[1]);
      for (const list of this.comments.values()) {
        const c = list.find((x) => x.id === id);
        if (c) {
          c.body = (r.body as { body?: string } | undefined)?.body ?? c.body;
          return { status: 200, body: c };
        }
      }
      return { status: 404, body: { message: 'Not Found' } };
    }
    return undefined;
  }
}
