// `assay mcp wrap`: a stdio NDJSON proxy in front of one MCP server. Every tools/call is decided by
// the one policy engine before it is forwarded; everything else passes unevaluated as its original bytes.
// All work for a line happens synchronously in the 'data' handler that delivered it (no extra async hops).
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { constants as osConstants } from 'node:os';
import { isUtf8 } from 'node:buffer';
import { InfraError, UsageError, formatDiagnostic } from '../../core/errors.js';
import type { DecideOptions, Decision, PolicySession } from '../../core/policy/index.js';
import { redactSecrets, safeBounded, stripControls } from '../../core/render/safe-text.js';
import { envBanner, filterEnv } from '../env-filter.js';
import { loadRuntimePolicy, type LoadedPolicy } from '../policy-load.js';
import { classifyClientLine, type ToolCallRequest } from './classify.js';
import { ArgsDigester, bytesDigest, type ArgsDigest } from './digest.js';
import { LineSplitter, type LineEdges, type LineSink } from './line-splitter.js';
import { AppendLog } from './log-file.js';
import { WRAP_DEFAULTS, isEventSource, type WrapOptions } from './options.js';
import { Recorder, type PolicyStamp } from './records.js';
import { blockedResponseLine, denyContract, proxyErrorLine } from './responses.js';
import { processToolsList, type ObservedTool } from './tools-list.js';
import { replyShape } from './reply-id.js';
import { ServerGroup } from './server-group.js';
import { writeDecisionEvidence } from './evidence.js';
import { reloadPolicy, watchPolicyFile, type PolicyWatch } from '../policy-watch.js';

/** Calls kept to rebuild a session's state when the policy file changes. */
const HISTORY_CAP = 10_000;

export interface WrapIo {
  stdin: NodeJS.ReadableStream & { pause(): unknown; resume(): unknown; destroy?(): unknown };
  stdout: NodeJS.WritableStream;
  /** One diagnostic line (no trailing LF). */
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
  now(): number;
  /** Install signal forwarding (the CLI passes `process`; tests may omit it). */
  signals?: NodeJS.EventEmitter;
}

export interface WrapResult {
  exitCode: number;
  /** Set when the exit code is Assay's own outcome (2, 3, 4), not the child's status. */
  reasonCode?: 'E_WOULD_BLOCK' | 'E_IO_ERROR';
}

const LIST = 1;
const OTHER = 0;
const NO_DIGEST: ArgsDigest = { args_digest: '', args_digest_alg: 'sha256', arg_keys: [] };

function idKey(id: unknown): string | undefined {
  if (typeof id === 'string') return `s${id}`;
  if (typeof id === 'number') return `n${id}`;
  return undefined;
}

function signalNumber(sig: NodeJS.Signals | null): number {
  if (!sig) return 0;
  return (osConstants.signals as Record<string, number>)[sig] ?? 0;
}

/** History kept only for `--watch-policy`, so a reloaded policy resumes this session's counters and sequences. */
interface HistoryEntry {
  name: string;
  args: Record<string, unknown>;
}

/** Startup that can fail before the server runs (exit 2): policy, logs, event source, HMAC key. */
export function prepareWrap(opts: WrapOptions, env: NodeJS.ProcessEnv): { loaded: LoadedPolicy; audit?: AppendLog; decisionLog?: AppendLog; hmacKey?: string } {
  if (!isEventSource(opts.eventSource)) {
    throw new UsageError('E_INVALID_ARGS', `--event-source must be an absolute URI (scheme:…, no whitespace)`);
  }
  let hmacKey: string | undefined;
  if (opts.argsHmacKeyEnv !== undefined) {
    hmacKey = env[opts.argsHmacKeyEnv];
    if (hmacKey === undefined || hmacKey === '') {
      throw new UsageError('E_INVALID_ARGS', `--args-hmac-key-env ${opts.argsHmacKeyEnv}: the variable is not set or empty`);
    }
  }
  const loaded = loadRuntimePolicy(opts.policyPath, opts.policyDisplay, { denyDeprecations: opts.denyDeprecations, lenient: opts.lenient === true });
  const open = (p: string | undefined, flag: string): AppendLog | undefined => {
    if (p === undefined) return undefined;
    try {
      return AppendLog.open(p);
    } catch (e) {
      throw new UsageError('E_INVALID_ARGS', `${flag} ${p}: cannot open for appending (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  const audit = open(opts.auditLog, '--audit-log');
  const decisionLog = open(opts.decisionLog, '--decision-log');
  return { loaded, ...(audit ? { audit } : {}), ...(decisionLog ? { decisionLog } : {}), ...(hmacKey !== undefined ? { hmacKey } : {}) };
}

export class WrapProxy {
  private loaded: LoadedPolicy;
  private stamp: PolicyStamp;
  private session: PolicySession;
  private readonly decideOpts: DecideOptions;
  private readonly recorder: Recorder;
  private readonly digester: ArgsDigester;
  private readonly observed = new Map<string, ObservedTool>();
  /** Forwarded client requests not yet answered: id key → kind, plus the exact id token. */
  private readonly pending = new Map<string, { kind: number; idToken: string }>();
  private seq = 0;
  private child!: ChildProcess;
  /** The server's process group: signals reach every process the server command started. */
  private group!: ServerGroup;
  private childExited = false;
  private clientGone = false;
  /** The client closed its side first (a complete session), rather than the server dying under it. */
  private clientEnded = false;
  private outBlocked = false;
  private childInBlocked = false;
  private finished = false;
  private shutdownTimers: NodeJS.Timeout[] = [];
  private closeFallback: NodeJS.Timeout | undefined;
  private policyWatch: PolicyWatch | undefined;
  private history: HistoryEntry[] | null;
  private nonToolRequests = 0;
  private deniedCalls = 0;
  private historyDropped = 0;
  private resolveDone!: (r: WrapResult) => void;
  private readonly signalHandlers: Array<[string, () => void]> = [];

  constructor(
    private readonly opts: WrapOptions,
    private readonly io: WrapIo,
    private readonly prepared: ReturnType<typeof prepareWrap>,
  ) {
    this.loaded = prepared.loaded;
    this.stamp = { digest: prepared.loaded.digest, version: prepared.loaded.version };
    this.decideOpts = { incremental: true, runtime: true, approvals: opts.approvals, ...(opts.dryRun ? { admitDenied: true } : {}) };
    this.session = this.loaded.policy.newSession(this.decideOpts);
    this.digester = new ArgsDigester(prepared.hmacKey);
    this.recorder = new Recorder(
      {
        sessionId: randomUUID(),
        serverId: opts.label,
        source: opts.eventSource,
        dryRun: opts.dryRun,
        legacyPolicy: this.loaded.policy.spelling.legacy,
      },
      prepared.audit,
      prepared.decisionLog,
      opts.evidenceOut !== undefined,
    );
    this.history = opts.watchPolicy ? [] : null;
  }

  private log(line: string): void {
    this.io.stderr(`[assay] ${line}`);
  }

  /** Spawn the server and relay until it exits. Resolves with wrap's exit code. */
  async run(): Promise<WrapResult> {
    const o = this.opts;
    this.log(`loading policy from ${o.policyDisplay} (${this.loaded.digest})`);
    for (const d of this.loaded.diagnostics) this.log(formatDiagnostic(d));
    if (o.dryRun) this.log('DRY RUN MODE: No actions will be blocked.');
    this.log(`wrapping command: ${[o.command, ...o.args].join(' ')}`);

    let env: Record<string, string | undefined> = { ...this.io.env };
    if (o.argsHmacKeyEnv !== undefined) delete env[o.argsHmacKeyEnv];
    if (o.envFilter) {
      const f = filterEnv(env, o.envFilter);
      env = f.env;
      this.log(envBanner(o.envFilter.mode, f));
    }
    // Its own process group (POSIX), so a wrapper such as `bash -c 'server; true'` cannot orphan the server.
    const child = spawn(o.command, o.args, { stdio: ['pipe', 'pipe', 'inherit'], env, detached: ServerGroup.supported });
    this.child = child;
    this.group = new ServerGroup(child);
    const spawnError = await new Promise<Error | null>((resolve) => {
      child.once('spawn', () => resolve(null));
      child.once('error', (e) => resolve(e));
    });
    if (spawnError) {
      this.closeLogs();
      const code = (spawnError as NodeJS.ErrnoException).code ?? 'error';
      throw new InfraError('E_UPSTREAM_SPAWN', `could not start the server command ${JSON.stringify(o.command)} (${code})`, { source: 'cli' });
    }
    child.on('error', () => {
      // kill() on an exited process; nothing to do
    });
    child.stdin!.on('error', () => {
      // EPIPE once the server is gone: pending requests are answered at exit
    });
    if (!this.recorder.sessionStart(this.io.now(), this.stamp)) this.log('WARNING: a log could not be appended; refusing tool calls');

    const done = new Promise<WrapResult>((resolve) => (this.resolveDone = resolve));
    const serverSplitter = new LineSplitter(o.maxServerLineBytes, this.serverSink());
    child.stdout!.on('data', (chunk: Buffer) => serverSplitter.push(chunk));
    child.stdout!.on('end', () => serverSplitter.end());
    child.on('exit', () => {
      this.childExited = true;
      // A grandchild may keep stdout open; do not wait forever for 'close'.
      this.closeFallback = setTimeout(() => this.finish(child.exitCode, child.signalCode), 2000);
      this.closeFallback.unref();
    });
    child.on('close', (code, signal) => this.finish(code, signal));
    child.stdin!.on('drain', () => {
      if (this.childInBlocked) {
        this.childInBlocked = false;
        this.io.stdin.resume();
      }
    });

    const clientSplitter = new LineSplitter(o.maxLineBytes, this.clientSink());
    const stdin = this.io.stdin;
    stdin.on('data', (chunk: Buffer) => clientSplitter.push(chunk));
    stdin.on('end', () => {
      this.clientEnded = true;
      clientSplitter.end();
      this.shutdown();
    });
    stdin.on('error', () => this.shutdown());
    this.io.stdout.on('error', () => {
      this.clientGone = true;
      this.shutdown();
    });

    if (this.io.signals) {
      for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
        const h = () => {
          this.group.signal(sig);
          this.shutdown();
        };
        this.io.signals.on(sig, h);
        this.signalHandlers.push([sig, h]);
      }
    }
    if (o.watchPolicy) this.watchPolicy();
    return done;
  }

  // ---- client → server -------------------------------------------------------------------------------

  private clientSink(): LineSink {
    return {
      line: (buf, start, end) => this.clientLine(buf, start, end),
      forward: (bytes) => this.writeChild(bytes),
      tooLong: (bytes, digest) => {
        this.refuse(null, -32600, 'line_too_long', null, bytes, digest);
      },
    };
  }

  private clientLine(buf: Buffer, start: number, end: number): boolean {
    const view = buf.subarray(start, end);
    if (!isUtf8(view)) {
      this.refuse(null, -32700, 'malformed_client_request', null, end - start, () => bytesDigest(view));
      return false;
    }
    const c = classifyClientLine(buf.toString('utf8', start, end));
    switch (c.kind) {
      case 'empty':
        return false;
      case 'refuse':
        // An unusable tools/call is still a client request (max_requests_total counts on receipt).
        if (c.code === -32602) {
          this.session.noteRequest();
          this.nonToolRequests++;
        }
        this.refuse(c.idToken, c.code, c.reason, c.idToken === null ? null : (JSON.parse(c.idToken) as string | number), end - start, () =>
          bytesDigest(view),
        );
        return false;
      case 'drop':
        this.recorder.refused(this.io.now(), c.reason, null, end - start, this.recorder.recording ? bytesDigest(view) : '');
        if (this.opts.verbose) this.log(`REFUSED ${c.reason} (line ${end - start} bytes)`);
        return false;
      case 'tool_call':
        return this.toolCall(c);
      case 'request': {
        this.session.noteRequest();
        this.nonToolRequests++;
        const key = idKey(c.id);
        if (key !== undefined) this.pending.set(key, { kind: c.method === 'tools/list' ? LIST : OTHER, idToken: c.idToken });
        return true;
      }
      case 'notification':
        if (c.method === 'notifications/cancelled' && c.params !== null && typeof c.params === 'object') {
          const key = idKey((c.params as Record<string, unknown>).requestId);
          if (key !== undefined) this.pending.delete(key);
        }
        return true;
      case 'response':
        return true;
    }
  }

  private refuse(
    idToken: string | null,
    code: number,
    reason: 'malformed_client_request' | 'batch_not_supported' | 'line_too_long' | 'invalid_tool_call',
    requestId: string | number | null,
    bytes: number,
    digest: string | (() => string),
  ): void {
    this.writeOut(proxyErrorLine(idToken, code, reason));
    const dg = this.recorder.recording ? (typeof digest === 'string' ? digest : digest()) : '';
    this.recorder.refused(this.io.now(), reason, requestId, bytes, dg);
    if (this.opts.verbose) this.log(`REFUSED ${reason} (line ${bytes} bytes)`);
  }

  private toolCall(c: ToolCallRequest): boolean {
    if (this.recorder.failed) {
      this.writeOut(proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'));
      return false;
    }
    const observed = this.observed.get(c.name);
    const d = this.session.decide({ tool_name: c.name, args: c.args, definition: observed?.identity }, this.decideOpts);
    const deny = d.decision === 'deny';
    const wouldDeny = deny && this.opts.dryRun;
    const seq = this.seq++;
    const ok = this.recorder.decision(this.io.now(), {
      seq,
      tool: c.name,
      requestId: c.id,
      toolCallId: c.toolCallId,
      decision: d,
      wouldDeny,
      digest: this.recorder.recording ? this.digester.digest(c.args) : NO_DIGEST,
      ...(observed ? { identity: observed.identity } : {}),
      policy: this.stamp,
    });
    if (!ok) {
      // Fail-closed: a decision that could not be recorded is not acted on.
      this.log('WARNING: a log could not be appended; refusing this and every later tool call');
      this.writeOut(proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'));
      return false;
    }
    if (this.opts.verbose) this.verboseDecision(d, wouldDeny, c.args);
    if (this.history !== null) {
      if (deny && !wouldDeny) this.deniedCalls++;
      else {
        // Bounded: a long session must not grow without limit. Past the cap the oldest calls are
        // dropped (and counted), and a reload says its sequence state starts from the kept window.
        if (this.history.length >= 2 * HISTORY_CAP) {
          this.history.splice(0, HISTORY_CAP); // amortised O(1) per call
          this.historyDropped += HISTORY_CAP;
        }
        this.history.push({ name: c.name, args: c.args });
      }
    }
    if (deny && !wouldDeny) {
      const contract = denyContract(d, c.toolCallId);
      const mode = this.opts.denyStructured;
      const inMeta = mode === 'never' || (mode === 'auto' && observed?.hasOutputSchema === true);
      this.writeOut(blockedResponseLine(c.idToken, contract, inMeta));
      return false;
    }
    const key = idKey(c.id);
    if (key !== undefined) this.pending.set(key, { kind: OTHER, idToken: c.idToken });
    return true;
  }

  // For people watching the terminal: the decision, the tool and its key argument (the first string
  // argument, render-safe, secret-redacted and cut to 60 characters). Logs and evidence keep digests only.
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

  private writeChild(bytes: Buffer | string): void {
    if (this.childExited) return; // pending requests are answered with upstream_exited at the end
    const stdin = this.child.stdin!;
    if (stdin.destroyed || stdin.writableEnded) return;
    if (!stdin.write(bytes) && !this.childInBlocked) {
      this.childInBlocked = true;
      this.io.stdin.pause();
    }
  }

  // ---- server → client -------------------------------------------------------------------------------

  private serverSink(): LineSink {
    return {
      line: (buf, start, end) => this.serverLine(buf, start, end),
      forward: (bytes) => this.writeOut(bytes),
      tooLong: (bytes, digest, edges) => this.serverLineTooLong(bytes, digest, edges),
    };
  }

  /**
   * A server line over the cap is dropped; the request it answered must not wait forever. Its id is read
   * from the kept edges of the line; when none can be read and the line is not a server request or
   * notification, the oldest pending request is the one answered (stdio servers answer mostly in order).
   */
  private serverLineTooLong(bytes: number, digest: string, edges: LineEdges): void {
    const shape = replyShape(edges.head, edges.tail);
    let key: string | undefined;
    if (shape.idToken !== undefined) {
      if (!shape.hasMethod) key = idKey(JSON.parse(shape.idToken) as unknown);
    } else if (!shape.hasMethod) {
      key = this.pending.keys().next().value;
    }
    const p = key !== undefined ? this.pending.get(key) : undefined;
    this.log(`WARNING: dropped a server line over --max-server-line-bytes (${bytes} bytes)${p ? `; answered request ${p.idToken} with an error` : ''}`);
    const requestId = p ? (JSON.parse(p.idToken) as string | number) : null;
    this.recorder.refused(this.io.now(), 'server_line_too_long', requestId, bytes, digest);
    if (p && key !== undefined) {
      this.pending.delete(key);
      this.writeOut(proxyErrorLine(p.idToken, -31998, 'server_line_too_long'));
    }
  }

  private serverLine(buf: Buffer, start: number, end: number): boolean | string {
    if (end === start) return true;
    let msg: unknown;
    try {
      msg = JSON.parse(buf.toString('utf8', start, end));
    } catch {
      this.log(`WARNING: relaying a server line that is not valid JSON (${end - start} bytes)`);
      return true;
    }
    if (msg === null || typeof msg !== 'object' || Array.isArray(msg)) return true;
    const m = msg as Record<string, unknown>;
    if (m.method !== undefined) {
      // Pinned tools must be listed again before use.
      if (m.method === 'notifications/tools/list_changed') this.observed.clear();
      return true;
    }
    const key = idKey(m.id);
    if (key === undefined) return true;
    const p = this.pending.get(key);
    if (p === undefined) return true;
    this.pending.delete(key);
    if (p.kind !== LIST || m.result === undefined) return true;
    const changed = processToolsList(m, this.observed, this.loaded.policy, {
      serverId: this.opts.label,
      filter: this.opts.toolsList === 'filter' && !this.opts.dryRun,
      annotate: this.opts.annotateTools,
      decide: this.decideOpts,
    });
    return changed ? JSON.stringify(m) + '\n' : true;
  }

  /** The one writer of wrap's stdout: whole lines only; a full pipe pauses the server reader. */
  private writeOut(b: Buffer | string): void {
    if (this.clientGone) return;
    const stdout = this.io.stdout;
    if (!stdout.write(b) && !this.outBlocked) {
      this.outBlocked = true;
      this.child?.stdout?.pause();
      stdout.once('drain', () => {
        this.outBlocked = false;
        this.child?.stdout?.resume();
      });
    }
  }

  // ---- policy reload (opt-in) ------------------------------------------------------------------------

  private watchPolicy(): void {
    this.policyWatch = watchPolicyFile(this.opts.policyPath, () => this.reload(), (l) => this.log(l));
  }


  /** Load the changed policy; on failure keep the current one. The session (counters, sequences) carries over. */
  reload(): void {
    if (this.finished) return;
    const next = reloadPolicy(this.opts, this.loaded, (l) => this.log(l));
    if (next === undefined) return;
    const session = next.policy.newSession(this.decideOpts);
    // Replay what this session already did: admitted calls feed limits and sequence state, every other
    // client request counts toward max_requests_total.
    for (const h of this.history ?? []) session.decide({ tool_name: h.name, args: h.args }, { incremental: false, runtime: false });
    for (let i = 0; i < this.nonToolRequests + this.deniedCalls + this.historyDropped; i++) session.noteRequest();
    if (this.historyDropped > 0) {
      this.log(`WARNING: policy reload replayed the last ${this.history?.length ?? 0} calls; sequence rules and tool-call limits restart from that window (${this.historyDropped} earlier calls counted as requests only)`);
    }
    this.loaded = next;
    this.stamp = { digest: next.digest, version: next.version };
    this.session = session;
    this.log(`policy reloaded from ${this.opts.policyDisplay} (${next.digest})`);
    for (const d of next.diagnostics) this.log(formatDiagnostic(d));
  }

  // ---- shutdown --------------------------------------------------------------------------------------

  /** Client EOF or a signal: close the server's stdin, then SIGTERM after the grace period, SIGKILL 2 s later. */
  private shutdown(): void {
    if (this.shutdownTimers.length > 0 || this.finished) return;
    try {
      this.child.stdin?.end();
    } catch {
      // already closed
    }
    const term = setTimeout(() => {
      this.group.signal('SIGTERM');
      const kill = setTimeout(() => {
        this.group.signal('SIGKILL');
      }, WRAP_DEFAULTS.killAfterTermMs);
      this.shutdownTimers.push(kill);
    }, this.opts.shutdownGraceMs);
    this.shutdownTimers.push(term);
  }

  private finish(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.finished) return;
    this.finished = true;
    this.childExited = true;
    const status = code !== null ? code : 128 + signalNumber(signal);
    for (const t of this.shutdownTimers) clearTimeout(t);
    if (this.closeFallback) clearTimeout(this.closeFallback);
    this.policyWatch?.close();
    for (const [sig, h] of this.signalHandlers) this.io.signals?.removeListener(sig, h);
    // Every forwarded request still unanswered learns that the server is gone.
    for (const p of this.pending.values()) this.writeOut(proxyErrorLine(p.idToken, -31998, 'upstream_exited'));
    this.pending.clear();
    this.io.stdin.pause();
    this.io.stdin.destroy?.();

    const now = this.io.now();
    this.recorder.findings(now, this.session.finish(), this.clientEnded ? 'complete' : 'partial');
    this.recorder.sessionEnd(now, this.stamp, status);
    let result: WrapResult = { exitCode: status };
    if (this.opts.evidenceOut !== undefined && this.recorder.events) {
      try {
        writeDecisionEvidence(this.opts.evidenceOut, this.recorder.events, {
          source: this.opts.eventSource,
          sessionId: this.recorder.info.sessionId,
          ...(this.opts.runId !== undefined ? { runId: this.opts.runId } : {}),
        });
      } catch (e) {
        this.io.stderr(`assay: E_IO_ERROR: cannot write --evidence-out ${this.opts.evidenceOut}: ${(e as Error).message}`);
        if (status === 0) result = { exitCode: 3, reasonCode: 'E_IO_ERROR' };
      }
    }
    const logFailed = this.recorder.failed;
    this.closeLogs();
    if (status === 0 && result.reasonCode === undefined) {
      if (logFailed) result = { exitCode: 3, reasonCode: 'E_IO_ERROR' };
      else if (this.opts.dryRun && this.recorder.counters.would_deny > 0) result = { exitCode: 4, reasonCode: 'E_WOULD_BLOCK' };
    }
    // Processes the server left behind in its group (a backgrounded child, a wrapper's server) go too.
    void this.group.reap(WRAP_DEFAULTS.killAfterTermMs).then(() => this.resolveDone(result));
  }

  private closeLogs(): void {
    this.prepared.audit?.close();
    this.prepared.decisionLog?.close();
  }
}

/** Load, spawn, relay; the CLI prints errors thrown before the server starts (exit 2). */
export async function runWrap(opts: WrapOptions, io: WrapIo): Promise<WrapResult> {
  const prepared = prepareWrap(opts, io.env);
  const proxy = new WrapProxy(opts, io, prepared);
  return proxy.run();
}

/** `name=value` of the first string argument, safe for a terminal; '' when there is none. */
export function keyArgument(args: unknown): string {
  if (!args || typeof args !== 'object' || Array.isArray(args)) return '';
  for (const [k, v] of Object.entries(args as Record<string, unknown>)) {
    if (typeof v !== 'string') continue;
    const value = redactSecrets(stripControls(v));
    const cut = [...value].length > 60 ? `${[...value].slice(0, 60).join('')}…` : value;
    return `${stripControls(k).slice(0, 40)}=${JSON.stringify(cut)}`;
  }
  return '';
}
