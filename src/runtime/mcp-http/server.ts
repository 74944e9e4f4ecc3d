// `assay mcp proxy` (docs/mcp-proxy.md): MCP's Streamable HTTP transport in front of one upstream
// endpoint. Every POSTed tools/call is decided by the same engine, records and deny contract as
// `mcp wrap`; a denied call is answered here and never reaches upstream. Anything the proxy cannot parse
// is refused. Responses (JSON or SSE) stream through; only outstanding tools/list results are rewritten.
import * as http from 'node:http';
import * as https from 'node:https';
import * as path from 'node:path';
import { isUtf8 } from 'node:buffer';
import type { AddressInfo } from 'node:net';
import { formatDiagnostic } from '../../core/errors.js';
import type { DecideOptions, Decision } from '../../core/policy/index.js';
import { safeBounded } from '../../core/render/safe-text.js';
import type { LoadedPolicy } from '../policy-load.js';
import { classifyClientLine, type ClientLine } from '../mcp/classify.js';
import { bytesDigest } from '../mcp/digest.js';
import { prepareWrap, keyArgument } from '../mcp/proxy.js';
import { proxyErrorLine, type ProxyErrorReason } from '../mcp/responses.js';
import { writeDecisionEvidence } from '../mcp/evidence.js';
import type { WrapOptions } from '../mcp/options.js';
import { clientResponseHeaders, mediaType, upstreamRequestHeaders, wantsSseOnly } from './headers.js';
import type { HttpProxyOptions } from './options.js';
import { ProxySession, type SessionSinks } from './session.js';
import { SseReader, sseMessage } from './sse.js';
import { reloadPolicy, watchPolicyFile, type PolicyWatch } from '../policy-watch.js';

export interface HttpProxyIo {
  /** One diagnostic line (no trailing LF). */
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
  now(): number;
}

export interface HttpProxyResult {
  exitCode: number;
  reasonCode?: 'E_WOULD_BLOCK' | 'E_IO_ERROR';
}

/** Extra options of the HTTP proxy that `mcp wrap` does not have. */
export interface HttpProxyExtras {
  /** Write one evidence bundle per MCP session here (`<audit session id>.tar.gz`) when it ends. */
  evidenceDir?: string;
}

type Prepared = ReturnType<typeof prepareWrap>;

/** Start-up that can fail before listening (exit 2): policy, logs, HMAC key, event source. */
export function prepareHttpProxy(opts: HttpProxyOptions, env: NodeJS.ProcessEnv): Prepared {
  // The same checks as wrap; the child-process fields are not read by prepareWrap.
  const asWrap: WrapOptions = { ...opts, command: '', args: [], shutdownGraceMs: 0, maxLineBytes: opts.maxBodyBytes, maxServerLineBytes: opts.maxEventBytes };
  return prepareWrap(asWrap, env);
}

function sessionNotFound(): string {
  return '{"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found","data":{"origin":"assay-proxy","reason":"unknown_session"}}}\n';
}

export class HttpProxy {
  private readonly server: http.Server;
  private readonly agent: http.Agent;
  private readonly decideOpts: DecideOptions;
  private loaded: LoadedPolicy;
  /** Sessions by the upstream-issued Mcp-Session-Id. */
  private readonly sessions = new Map<string, ProxySession>();
  /** The one session of an upstream that issues no session ids. */
  private shared: ProxySession | undefined;
  private readonly ended: ProxySession[] = [];
  private policyWatch: PolicyWatch | undefined;
  private closed = false;
  private evidenceFailed = false;

  constructor(
    private readonly opts: HttpProxyOptions,
    private readonly io: HttpProxyIo,
    private readonly prepared: Prepared,
    private readonly extras: HttpProxyExtras = {},
  ) {
    this.loaded = prepared.loaded;
    this.decideOpts = { incremental: true, runtime: true, approvals: opts.approvals, ...(opts.dryRun ? { admitDenied: true } : {}) };
    const Agent = opts.upstream.protocol === 'https:' ? https.Agent : http.Agent;
    this.agent = new Agent({ keepAlive: true });
    this.server = http.createServer((req, res) => this.handle(req, res));
    this.server.on('clientError', (_e, socket) => socket.destroy());
  }

  private log(line: string): void {
    this.io.stderr(`[assay] ${line}`);
  }

  /** Listen; resolves with the bound address. */
  async listen(): Promise<{ host: string; port: number }> {
    const o = this.opts;
    this.log(`loading policy from ${o.policyDisplay} (${this.loaded.digest})`);
    for (const d of this.loaded.diagnostics) this.log(formatDiagnostic(d));
    if (o.dryRun) this.log('DRY RUN MODE: No actions will be blocked.');
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(o.port, o.host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    const a = this.server.address() as AddressInfo;
    const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
    // Origin and path only: a query string may carry a key.
    this.log(`listening on http://${host}:${a.port}${o.upstream.pathname} → ${o.upstream.origin}${o.upstream.pathname}`);
    if (o.watchPolicy) this.watchPolicy();
    return { host: a.address, port: a.port };
  }

  // ---- sessions ------------------------------------------------------------------------------------

  private sinks(): SessionSinks {
    const p = this.prepared;
    return {
      ...(p.audit ? { audit: p.audit } : {}),
      ...(p.decisionLog ? { decisionLog: p.decisionLog } : {}),
      ...(p.hmacKey !== undefined ? { hmacKey: p.hmacKey } : {}),
      keepEvents: this.extras.evidenceDir !== undefined,
    };
  }

  private newSession(): ProxySession {
    const s = new ProxySession(this.opts, this.decideOpts, this.loaded, this.sinks());
    if (!s.start(this.io.now())) this.log('WARNING: a log could not be appended; refusing tool calls');
    return s;
  }

  private sharedSession(): ProxySession {
    this.shared ??= this.newSession();
    return this.shared;
  }

  private endSession(s: ProxySession, complete: boolean): void {
    s.end(this.io.now(), complete);
    const dir = this.extras.evidenceDir;
    if (dir !== undefined && s.recorder.events) {
      try {
        writeDecisionEvidence(path.join(dir, `${s.recorder.info.sessionId}.tar.gz`), s.recorder.events, {
          source: this.opts.eventSource,
          sessionId: s.recorder.info.sessionId,
          ...(this.opts.runId !== undefined ? { runId: this.opts.runId } : {}),
        });
      } catch (e) {
        this.evidenceFailed = true;
        this.io.stderr(`assay: E_IO_ERROR: cannot write evidence to ${dir}: ${(e as Error).message}`);
      }
    }
    this.ended.push(s);
  }

  // ---- requests ------------------------------------------------------------------------------------

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.on('error', () => undefined);
    const sid = headerValue(req.headers['mcp-session-id']);
    let session: ProxySession | undefined;
    if (sid !== undefined) {
      session = this.sessions.get(sid);
      // A session the proxy did not see start has no policy state: the client must initialize again.
      if (session === undefined) return this.reply(res, 404, sessionNotFound(), false);
    }
    if (req.method === 'POST') return this.post(req, res, session, sid);
    if (req.method === 'DELETE' && session !== undefined && sid !== undefined) {
      return this.forward(req, res, undefined, session, null, (status) => {
        if (status >= 200 && status < 300 && this.sessions.delete(sid)) this.endSession(session, true);
      });
    }
    // GET (server stream, resumption with Last-Event-ID) and anything else pass through; SSE is still read.
    this.forward(req, res, undefined, session ?? this.shared, null);
  }

  private post(req: http.IncomingMessage, res: http.ServerResponse, known: ProxySession | undefined, sid: string | undefined): void {
    const cap = this.opts.maxBodyBytes;
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let over = Number.isFinite(declared) && declared > cap;
    const tooLarge = () => {
      const s = known ?? this.sharedSession();
      s.recorder.refused(this.io.now(), 'line_too_long', null, Math.max(size, Number.isFinite(declared) ? declared : 0), '');
      if (this.opts.verbose) this.log(`REFUSED line_too_long (body over ${cap} bytes)`);
      res.setHeader('connection', 'close');
      this.reply(res, 413, proxyErrorLine(null, -32600, 'line_too_long'), wantsSseOnly(req.headers.accept));
      req.resume();
    };
    if (over) return tooLarge();
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > cap) {
        over = true;
        tooLarge();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => {
      if (!over) this.postBody(req, res, known, sid, Buffer.concat(chunks, size));
    });
    req.on('error', () => undefined);
  }

  private postBody(req: http.IncomingMessage, res: http.ServerResponse, known: ProxySession | undefined, sid: string | undefined, body: Buffer): void {
    const sseOnly = wantsSseOnly(req.headers.accept);
    const now = this.io.now();
    const refuse = (s: ProxySession, idToken: string | null, code: number, reason: ProxyErrorReason) => {
      const requestId = idToken === null ? null : (JSON.parse(idToken) as string | number);
      s.recorder.refused(now, reason, requestId, body.length, s.recorder.recording ? bytesDigest(body) : '');
      if (this.opts.verbose) this.log(`REFUSED ${reason} (body ${body.length} bytes)`);
      this.reply(res, 400, proxyErrorLine(idToken, code, reason), sseOnly);
    };
    const c: ClientLine = isUtf8(body) ? classifyClientLine(body.toString('utf8')) : { kind: 'refuse', code: -32700, reason: 'malformed_client_request', idToken: null };
    const isInit = c.kind === 'request' && c.method === 'initialize' && sid === undefined;
    let session = known;
    if (session === undefined) {
      if (isInit) {
        if (this.sessions.size >= this.opts.maxSessions) return this.reply(res, 503, proxyErrorLine(c.idToken, -31998, 'too_many_sessions'), sseOnly);
        session = this.newSession();
      } else session = this.sharedSession();
    }
    const s = session;
    switch (c.kind) {
      case 'empty':
        return refuse(s, null, -32600, 'malformed_client_request');
      case 'refuse':
        if (c.code === -32602) s.noteRequest('tools/call', '');
        return refuse(s, c.idToken, c.code, c.reason);
      case 'drop':
        // A tools/call without id: never forwarded, never answered (a notification gets no response).
        s.recorder.refused(now, c.reason, null, body.length, s.recorder.recording ? bytesDigest(body) : '');
        res.writeHead(202).end();
        return;
      case 'tool_call': {
        const out = s.decideCall(now, c);
        if (out.kind === 'record_failed') {
          this.log('WARNING: a log could not be appended; refusing this and every later tool call');
          return this.reply(res, 200, proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'), sseOnly);
        }
        if (this.opts.verbose) this.verboseDecision(out.decision, out.kind === 'forward' && out.wouldDeny, c.args);
        if (out.kind === 'blocked') return this.reply(res, 200, out.line, sseOnly);
        return this.forward(req, res, body, s, c.idToken);
      }
      case 'request':
        s.noteRequest(c.method, c.id);
        if (isInit && known === undefined) {
          return this.forward(req, res, body, s, c.idToken, (status, headers) => this.registerSession(s, status, headers));
        }
        return this.forward(req, res, body, s, c.idToken);
      case 'notification':
        if (c.method === 'notifications/cancelled' && c.params !== null && typeof c.params === 'object') s.noteCancelled((c.params as Record<string, unknown>).requestId);
        return this.forward(req, res, body, s, null);
      case 'response':
        return this.forward(req, res, body, s, null);
    }
  }

  /** The upstream answered an initialize: file the session under the id it issued. */
  private registerSession(s: ProxySession, status: number, headers: http.IncomingHttpHeaders): void {
    const sid = headerValue(headers['mcp-session-id']);
    if (status >= 200 && status < 300 && sid !== undefined && !this.sessions.has(sid)) {
      this.sessions.set(sid, s);
      return;
    }
    if (sid === undefined && status >= 200 && status < 300 && this.shared === undefined) {
      this.shared = s; // an upstream without sessions: this is the one session
      return;
    }
    this.endSession(s, false);
  }

  private verboseDecision(d: Decision, wouldDeny: boolean, args: unknown): void {
    const tool = safeBounded(d.tool);
    const arg = keyArgument(args);
    const t = arg ? `${tool} ${arg}` : tool;
    const rule = d.rule ? `, rule: ${d.rule}` : '';
    if (wouldDeny) this.log(`WOULD_DENY ${t} (reason: ${d.reason}${rule})`);
    else if (d.decision === 'deny') this.log(`DENY ${t} (reason: ${d.reason}${rule})`);
    else if (d.decision === 'allow_with_warning') this.log(`WARNING: Allowing tool '${tool}' with warning (code: ${d.code}, reason: ${d.reason}).`);
    else this.log(`ALLOW ${t}`);
  }

  /** A proxy-made answer: JSON, or one SSE event when the client accepts only SSE. */
  private reply(res: http.ServerResponse, status: number, line: string, sse: boolean): void {
    if (res.headersSent) return;
    if (sse) {
      const body = sseMessage(line);
      res.writeHead(status, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(body) });
      res.end(body);
      return;
    }
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(line) });
    res.end(line);
  }

  // ---- upstream ------------------------------------------------------------------------------------

  private forward(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: Buffer | undefined,
    session: ProxySession | undefined,
    idToken: string | null,
    onHead?: (status: number, headers: http.IncomingHttpHeaders) => void,
  ): void {
    const u = this.opts.upstream;
    const lib = u.protocol === 'https:' ? https : http;
    const sseOnly = wantsSseOnly(req.headers.accept);
    const up = lib.request({
      protocol: u.protocol,
      hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
      port: u.port === '' ? undefined : Number(u.port),
      // The client talks to the proxy's path; the upstream path is fixed (its query string kept).
      path: u.pathname + u.search,
      method: req.method,
      headers: upstreamRequestHeaders(req.headers, u, body?.length),
      agent: this.agent,
    });
    let failed = false;
    const fail = () => {
      if (failed) return;
      failed = true;
      if (!res.headersSent) {
        if (idToken !== null || req.method === 'POST') this.reply(res, 502, proxyErrorLine(idToken, -31998, 'upstream_unreachable'), sseOnly);
        else res.writeHead(502).end();
      } else res.destroy();
    };
    up.on('error', fail);
    res.on('close', () => {
      if (!res.writableFinished) up.destroy();
    });
    up.on('response', (ur) => {
      const status = ur.statusCode ?? 502;
      onHead?.(status, ur.headers);
      const type = mediaType(ur.headers['content-type']);
      if (session !== undefined && type === 'text/event-stream') return this.relaySse(ur, res, session, idToken, status);
      if (session !== undefined && type === 'application/json' && idToken !== null && session.wantsResponse(JSON.parse(idToken))) {
        return this.relayJsonList(ur, res, session, idToken, status);
      }
      res.writeHead(status, clientResponseHeaders(ur.headers, true));
      ur.pipe(res);
      ur.on('error', () => res.destroy());
    });
    if (body !== undefined) up.end(body);
    else req.pipe(up);
  }

  /** SSE through, event by event: tools/list results filtered, list_changed observed, the rest byte for byte. */
  private relaySse(ur: http.IncomingMessage, res: http.ServerResponse, session: ProxySession, idToken: string | null, status: number): void {
    res.writeHead(status, clientResponseHeaders(ur.headers, false));
    res.flushHeaders();
    // A slow client pauses the upstream stream instead of growing the proxy's buffers.
    const write = (b: Buffer | string) => {
      if (!res.write(b) && !ur.isPaused()) {
        ur.pause();
        res.once('drain', () => ur.resume());
      }
    };
    const reader = new SseReader(this.opts.maxEventBytes, {
      event: (e) => {
        const out = this.inspect(session, e.data);
        if (out === undefined) write(e.raw);
        else write(`${e.event !== '' ? `event: ${e.event}\n` : ''}${e.id !== undefined ? `id: ${e.id}\n` : ''}data: ${out}\n\n`);
      },
      tooLong: (bytes) => {
        this.log(`WARNING: dropped a server event over --max-event-bytes (${bytes} bytes); closing that stream`);
        session.recorder.refused(this.io.now(), 'server_line_too_long', idToken === null ? null : (JSON.parse(idToken) as string | number), bytes, '');
        if (idToken !== null) res.write(sseMessage(proxyErrorLine(idToken, -31998, 'server_line_too_long')));
        res.end();
        ur.destroy();
      },
    });
    ur.on('data', (c: Buffer) => {
      reader.push(c);
    });
    ur.on('end', () => {
      const rest = reader.end();
      if (rest.length > 0) res.write(rest);
      res.end();
    });
    ur.on('error', () => res.destroy());
  }

  /** A JSON response to an outstanding tools/list: read whole (bounded), filter, send. */
  private relayJsonList(ur: http.IncomingMessage, res: http.ServerResponse, session: ProxySession, idToken: string, status: number): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    ur.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > this.opts.maxEventBytes) {
        over = true;
        session.recorder.refused(this.io.now(), 'server_line_too_long', JSON.parse(idToken) as string | number, size, '');
        this.reply(res, 502, proxyErrorLine(idToken, -31998, 'server_line_too_long'), false);
        ur.destroy();
        return;
      }
      chunks.push(c);
    });
    ur.on('end', () => {
      if (over) return;
      const raw = Buffer.concat(chunks, size);
      const out = this.inspect(session, raw.toString('utf8'));
      res.writeHead(status, clientResponseHeaders(ur.headers, false));
      res.end(out ?? raw);
    });
    ur.on('error', () => res.destroy());
  }

  /** A server message's text → the replacement JSON when the proxy changed it. */
  private inspect(session: ProxySession, data: string | undefined): string | undefined {
    if (data === undefined || data === '') return undefined;
    let m: unknown;
    try {
      m = JSON.parse(data);
    } catch {
      return undefined;
    }
    if (m === null || typeof m !== 'object' || Array.isArray(m)) return undefined;
    return session.serverMessage(m as Record<string, unknown>);
  }

  // ---- policy reload (on by default, as in wrap) ----------------------------------------------------

  private watchPolicy(): void {
    this.policyWatch = watchPolicyFile(this.opts.policyPath, () => this.reload(), (l) => this.log(l));
  }


  /** Load the changed policy; on failure keep the current one. Every live session carries over. */
  reload(): void {
    if (this.closed) return;
    const next = reloadPolicy(this.opts, this.loaded, (l) => this.log(l));
    if (next === undefined) return;
    this.loaded = next;
    for (const s of this.sessions.values()) s.reload(next);
    this.shared?.reload(next);
    this.log(`policy reloaded from ${this.opts.policyDisplay} (${next.digest})`);
    for (const d of next.diagnostics) this.log(formatDiagnostic(d));
  }

  // ---- shutdown ------------------------------------------------------------------------------------

  /** Stop listening, end every session (partial: the client did not end it), close logs. */
  async close(): Promise<HttpProxyResult> {
    if (this.closed) return { exitCode: 0 };
    this.closed = true;
    this.policyWatch?.close();
    const stopped = new Promise<void>((r) => this.server.close(() => r()));
    this.server.closeAllConnections();
    await stopped;
    this.agent.destroy();
    for (const s of this.sessions.values()) this.endSession(s, false);
    this.sessions.clear();
    if (this.shared) this.endSession(this.shared, false);
    const all = this.ended;
    const logFailed = all.some((s) => s.recorder.failed) || (this.prepared.audit?.failed ?? false) || (this.prepared.decisionLog?.failed ?? false);
    this.prepared.audit?.close();
    this.prepared.decisionLog?.close();
    if (logFailed || this.evidenceFailed) return { exitCode: 3, reasonCode: 'E_IO_ERROR' };
    if (this.opts.dryRun && all.some((s) => s.recorder.counters.would_deny > 0)) return { exitCode: 4, reasonCode: 'E_WOULD_BLOCK' };
    return { exitCode: 0 };
  }
}

function headerValue(v: string | string[] | undefined): string | undefined {
  if (Array.isArray(v)) return v[0];
  return v === '' ? undefined : v;
}

/** Prepare, listen; the CLI closes the proxy on a signal. */
export async function startHttpProxy(opts: HttpProxyOptions, io: HttpProxyIo, extras: HttpProxyExtras = {}): Promise<{ proxy: HttpProxy; port: number }> {
  const prepared = prepareHttpProxy(opts, io.env);
  const proxy = new HttpProxy(opts, io, prepared, extras);
  try {
    const { port } = await proxy.listen();
    return { proxy, port };
  } catch (e) {
    prepared.audit?.close();
    prepared.decisionLog?.close();
    throw e;
  }
}
