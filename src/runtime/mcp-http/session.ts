// One policy session per MCP session (per `Mcp-Session-Id`, or one shared session for an upstream that
// issues none): its own counters, sequence state, observed tool identities and records, decided by the
// same engine and written in the same record shapes as `mcp wrap`.
import { randomUUID } from 'node:crypto';
import type { DecideOptions, Decision, PolicySession } from '../../core/policy/index.js';
import type { LoadedPolicy } from '../policy-load.js';
import type { ToolCallRequest } from '../mcp/classify.js';
import { ArgsDigester, type ArgsDigest } from '../mcp/digest.js';
import type { AppendLog } from '../mcp/log-file.js';
import { Recorder, type PolicyStamp } from '../mcp/records.js';
import { blockedResponseLine, denyContract } from '../mcp/responses.js';
import { processToolsList, type ObservedTool } from '../mcp/tools-list.js';
import type { HttpDecisionOptions } from './options.js';

const NO_DIGEST: ArgsDigest = { args_digest: '', args_digest_alg: 'sha256', arg_keys: [] };
/** Calls kept to rebuild a session's state when the policy file changes. */
const HISTORY_CAP = 10_000;

export type CallOutcome =
  | { kind: 'forward'; decision: Decision; wouldDeny: boolean }
  /** The proxy answers: the blocked tool result (a JSON-RPC line). */
  | { kind: 'blocked'; line: string; decision: Decision }
  /** A configured log could not be appended: fail-closed. */
  | { kind: 'record_failed' };

export interface SessionSinks {
  audit?: AppendLog;
  decisionLog?: AppendLog;
  hmacKey?: string;
  keepEvents: boolean;
}

export function idKey(id: unknown): string | undefined {
  if (typeof id === 'string') return `s${id}`;
  if (typeof id === 'number') return `n${id}`;
  return undefined;
}

export class ProxySession {
  readonly recorder: Recorder;
  private session: PolicySession;
  private readonly digester: ArgsDigester;
  private readonly observed = new Map<string, ObservedTool>();
  /** Outstanding client tools/list requests (id keys): their responses are filtered wherever they arrive. */
  private readonly pendingLists = new Set<string>();
  private seq = 0;
  private history: Array<{ name: string; args: Record<string, unknown> }> = [];
  private historyDropped = 0;
  private otherRequests = 0;
  private ended = false;

  constructor(
    private readonly opts: HttpDecisionOptions,
    private readonly decideOpts: DecideOptions,
    private loaded: LoadedPolicy,
    sinks: SessionSinks,
  ) {
    this.session = loaded.policy.newSession(decideOpts);
    this.digester = new ArgsDigester(sinks.hmacKey);
    // The audit session id is ours, never the Mcp-Session-Id (which authorizes requests to the upstream).
    this.recorder = new Recorder(
      { sessionId: randomUUID(), serverId: opts.label, source: opts.eventSource, dryRun: opts.dryRun, legacyPolicy: loaded.policy.spelling.legacy },
      sinks.audit,
      sinks.decisionLog,
      sinks.keepEvents,
    );
  }

  get stamp(): PolicyStamp {
    return { digest: this.loaded.digest, version: this.loaded.version };
  }

  start(nowMs: number): boolean {
    return this.recorder.sessionStart(nowMs, this.stamp);
  }

  /** A client request other than tools/call (counts toward max_requests_total). */
  noteRequest(method: string, id: string | number): void {
    this.session.noteRequest();
    this.otherRequests++;
    const key = idKey(id);
    if (method === 'tools/list' && key !== undefined) this.pendingLists.add(key);
  }

  noteCancelled(requestId: unknown): void {
    const key = idKey(requestId);
    if (key !== undefined) this.pendingLists.delete(key);
  }

  decideCall(nowMs: number, c: ToolCallRequest): CallOutcome {
    if (this.recorder.failed) return { kind: 'record_failed' };
    const observed = this.observed.get(c.name);
    const d = this.session.decide({ tool_name: c.name, args: c.args, definition: observed?.identity }, this.decideOpts);
    const deny = d.decision === 'deny';
    const wouldDeny = deny && this.opts.dryRun;
    const ok = this.recorder.decision(nowMs, {
      seq: this.seq++,
      tool: c.name,
      requestId: c.id,
      toolCallId: c.toolCallId,
      decision: d,
      wouldDeny,
      digest: this.recorder.recording ? this.digester.digest(c.args) : NO_DIGEST,
      ...(observed ? { identity: observed.identity } : {}),
      policy: this.stamp,
    });
    if (!ok) return { kind: 'record_failed' };
    if (deny && !wouldDeny) {
      this.otherRequests++; // a denied call still counts as a request on replay
      const mode = this.opts.denyStructured;
      const inMeta = mode === 'never' || (mode === 'auto' && observed?.hasOutputSchema === true);
      return { kind: 'blocked', line: blockedResponseLine(c.idToken, denyContract(d, c.toolCallId), inMeta), decision: d };
    }
    if (this.opts.watchPolicy) {
      if (this.history.length >= 2 * HISTORY_CAP) {
        this.history.splice(0, HISTORY_CAP);
        this.historyDropped += HISTORY_CAP;
      }
      this.history.push({ name: c.name, args: c.args });
    }
    return { kind: 'forward', decision: d, wouldDeny };
  }

  /**
   * One server→client JSON-RPC message (already parsed). Returns the re-serialized message when it was
   * changed (a filtered or annotated tools/list result), else undefined.
   */
  serverMessage(m: Record<string, unknown>): string | undefined {
    if (m.method !== undefined) {
      // Pinned tools must be listed again before use.
      if (m.method === 'notifications/tools/list_changed') this.observed.clear();
      return undefined;
    }
    const key = idKey(m.id);
    if (key === undefined || !this.pendingLists.delete(key) || m.result === undefined) return undefined;
    const changed = processToolsList(m, this.observed, this.loaded.policy, {
      serverId: this.opts.label,
      filter: this.opts.toolsList === 'filter' && !this.opts.dryRun,
      annotate: this.opts.annotateTools,
      decide: this.decideOpts,
    });
    return changed ? JSON.stringify(m) : undefined;
  }

  /** Whether a response with this id is one the proxy must inspect (an outstanding tools/list). */
  wantsResponse(id: unknown): boolean {
    const key = idKey(id);
    return key !== undefined && this.pendingLists.has(key);
  }

  /** Switch to a reloaded policy, replaying this session's admitted calls and request count. */
  reload(next: LoadedPolicy): void {
    const session = next.policy.newSession(this.decideOpts);
    for (const h of this.history) session.decide({ tool_name: h.name, args: h.args }, { incremental: false, runtime: false });
    for (let i = 0; i < this.otherRequests + this.historyDropped; i++) session.noteRequest();
    this.loaded = next;
    this.session = session;
  }

  /** Session-end records (findings, counters). Idempotent. */
  end(nowMs: number, complete: boolean): void {
    if (this.ended) return;
    this.ended = true;
    this.recorder.findings(nowMs, this.session.finish(), complete ? 'complete' : 'partial');
    this.recorder.sessionEnd(nowMs, this.stamp, null);
  }
}
