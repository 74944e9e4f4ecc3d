// What wrap records per session (audit log,  CloudEvents decision log,  evidence input).
// Argument values, results and env values are never recorded: only digests and top-level key names.
import { randomUUID } from 'node:crypto';
import type { Decision, Obligation, SequenceOutcome } from '../../core/policy/index.js';
import type { ArgsDigest } from './digest.js';
import type { AppendLog } from './log-file.js';
import { rfc3339 } from './time.js';
import type { ToolIdentity } from './tools-list.js';

export interface Counters {
  tool_calls: number;
  allowed: number;
  warned: number;
  denied: number;
  would_deny: number;
  refused: number;
}

export interface SessionInfo {
  sessionId: string;
  serverId: string;
  /** CloudEvents `source` of every decision-log line. */
  source: string;
  dryRun: boolean;
  /** The policy was written in a legacy form (recorded as a `legacy_warning` obligation). */
  legacyPolicy?: boolean;
}

export interface PolicyStamp {
  digest: string;
  version: string;
}

/** One decision-log event, kept in memory for `--evidence-out`. */
export interface RecordedEvent {
  type: 'assay.mcp.session' | 'assay.tool.decision' | 'assay.session.finding';
  subject?: string;
  time: string;
  data: Record<string, unknown>;
}

export interface DecisionInput {
  seq: number;
  tool: string;
  requestId: string | number;
  toolCallId: string;
  decision: Decision;
  /** Dry run and the engine denied: forwarded anyway. */
  wouldDeny: boolean;
  digest: ArgsDigest;
  identity?: ToolIdentity;
  policy: PolicyStamp;
}

const P_CODES: Record<string, string> = {
  E_TOOL_DENIED: 'P_TOOL_DENIED',
  E_TOOL_NOT_ALLOWED: 'P_TOOL_NOT_ALLOWED',
  E_ARG_SCHEMA: 'P_ARG_SCHEMA',
  E_RATE_LIMIT: 'P_RATE_LIMIT',
  E_TOOL_DRIFT: 'P_TOOL_DRIFT',
  E_SEQUENCE_VIOLATION: 'P_SEQUENCE_VIOLATION',
};

/** Decision-log `reason_code`. */
export function reasonCodeOf(d: Decision): string {
  if (d.decision === 'allow') return 'P_POLICY_ALLOW';
  if (d.decision === 'allow_with_warning') return d.code ?? 'P_POLICY_ALLOW';
  return (d.code && P_CODES[d.code]) ?? 'P_POLICY_DENY';
}

function obligationRecords(obs: Obligation[] | undefined, legacy: boolean): Array<{ type: string; rule: string; outcome: string }> {
  const out: Array<{ type: string; rule: string; outcome: string }> = [];
  for (const o of obs ?? []) {
    // Approval is only an obligation under --approvals log-only; redaction holds by construction (no values logged).
    const outcome = o.type === 'approval_required' ? 'logged' : o.type === 'redact_args' ? 'satisfied' : 'recorded';
    out.push({ type: o.type, rule: o.rule, outcome });
  }
  if (legacy) out.push({ type: 'legacy_warning', rule: 'W_POLICY_LEGACY', outcome: 'warned' });
  return out;
}

export class Recorder {
  readonly counters: Counters = { tool_calls: 0, allowed: 0, warned: 0, denied: 0, would_deny: 0, refused: 0 };
  /** In-memory copy of the decision log for `--evidence-out` (only when asked). */
  readonly events: RecordedEvent[] | null;

  constructor(
    readonly info: SessionInfo,
    private readonly audit: AppendLog | undefined,
    private readonly decisionLog: AppendLog | undefined,
    keepEvents: boolean,
  ) {
    this.events = keepEvents ? [] : null;
  }

  /** Whether decisions need argument digests at all (no sink → no hashing on the hot path). */
  get recording(): boolean {
    return this.audit !== undefined || this.decisionLog !== undefined || this.events !== null;
  }

  /** A configured log could not be appended (now or earlier). */
  get failed(): boolean {
    return (this.audit?.failed ?? false) || (this.decisionLog?.failed ?? false);
  }

  private emit(type: RecordedEvent['type'], idPrefix: string, time: string, data: Record<string, unknown>, subject?: string): boolean {
    const ev: RecordedEvent = subject === undefined ? { type, time, data } : { type, subject, time, data };
    this.events?.push(ev);
    if (!this.decisionLog) return true;
    const envelope: Record<string, unknown> = {
      specversion: '1.0',
      id: `${idPrefix}${randomUUID()}`,
      type,
      source: this.info.source,
      time,
      datacontenttype: 'application/json',
    };
    if (subject !== undefined) envelope.subject = subject;
    envelope.data = data;
    return this.decisionLog.append(JSON.stringify(envelope) + '\n');
  }

  private sessionFields(time: string, policy: PolicyStamp): Record<string, unknown> {
    return { timestamp: time, session_id: this.info.sessionId, server_id: this.info.serverId, policy_digest: policy.digest, dry_run: this.info.dryRun };
  }

  sessionStart(nowMs: number, policy: PolicyStamp): boolean {
    const time = rfc3339(nowMs);
    const f = this.sessionFields(time, policy);
    const a = this.audit ? this.audit.append(JSON.stringify({ event: 'session_start', ...f }) + '\n') : true;
    const b = this.emit('assay.mcp.session', 'evt_session_', time, { phase: 'start', ...f });
    return a && b;
  }

  sessionEnd(nowMs: number, policy: PolicyStamp, childExit: number | null): boolean {
    const time = rfc3339(nowMs);
    const f = { ...this.sessionFields(time, policy), counters: { ...this.counters }, child_exit: childExit };
    const a = this.audit ? this.audit.append(JSON.stringify({ event: 'session_end', ...f }) + '\n') : true;
    const b = this.emit('assay.mcp.session', 'evt_session_', time, { phase: 'end', ...f });
    return a && b;
  }

  /** Count a decision; write it to every sink. False when a sink failed (the call must not proceed). */
  decision(nowMs: number, x: DecisionInput): boolean {
    const d = x.decision;
    this.counters.tool_calls++;
    if (x.wouldDeny) this.counters.would_deny++;
    else if (d.decision === 'deny') this.counters.denied++;
    else if (d.decision === 'allow_with_warning') this.counters.warned++;
    else this.counters.allowed++;
    if (!this.recording) return true;
    const time = rfc3339(nowMs);
    const auditDecision = x.wouldDeny ? 'would_deny' : d.decision;
    const explained = d.decision !== 'allow';
    const violations = d.code === 'E_ARG_SCHEMA' && d.violations ? d.violations.map((v) => ({ path: v.path, constraint: v.constraint })) : undefined;
    let ok = true;
    if (this.audit) {
      const line: Record<string, unknown> = {
        event: 'decision',
        timestamp: time,
        session_id: this.info.sessionId,
        seq: x.seq,
        decision: auditDecision,
        tool: x.tool,
        request_id: x.requestId,
        tool_call_id: x.toolCallId,
      };
      if (explained) {
        if (d.code !== null) line.error_code = d.code;
        line.reason = d.reason;
        if (d.rule !== null) line.rule = d.rule;
      }
      line.args_digest = x.digest.args_digest;
      line.arg_keys = x.digest.arg_keys;
      line.policy_digest = x.policy.digest;
      if (violations) line.violations = violations;
      ok = this.audit.append(JSON.stringify(line) + '\n');
    }
    const data: Record<string, unknown> = {
      tool: x.tool,
      tool_call_id: x.toolCallId,
      request_id: x.requestId,
      session_id: this.info.sessionId,
      seq: x.seq,
      server_id: this.info.serverId,
      decision: d.decision === 'deny' && !x.wouldDeny ? 'deny' : 'allow',
      reason_code: reasonCodeOf(d),
    };
    if (explained) {
      if (d.code !== null) data.error_code = d.code;
      data.reason = d.reason;
      if (d.rule !== null) data.rule = d.rule;
    }
    data.policy_version = x.policy.version;
    data.policy_digest = x.policy.digest;
    data.args_digest = x.digest.args_digest;
    data.args_digest_alg = x.digest.args_digest_alg;
    data.arg_keys = x.digest.arg_keys;
    if (violations) data.violations = violations;
    const obligations = obligationRecords(d.obligations, this.info.legacyPolicy === true);
    if (obligations.length > 0) data.obligations = obligations;
    if (x.identity) data.tool_identity = x.identity;
    if (x.wouldDeny) data.would_deny = true;
    const okLog = this.emit('assay.tool.decision', 'evt_decision_', time, data, `tool:${x.tool}`);
    return ok && okLog;
  }

  /** A refused client line or a dropped server line (`refused`). */
  refused(nowMs: number, reason: string, requestId: string | number | null, lineBytes: number, lineDigest: string): boolean {
    this.counters.refused++;
    if (!this.audit) return true;
    return this.audit.append(
      JSON.stringify({
        event: 'refused',
        timestamp: rfc3339(nowMs),
        session_id: this.info.sessionId,
        reason,
        request_id: requestId,
        line_bytes: lineBytes,
        line_digest: lineDigest,
      }) + '\n',
    );
  }

  /** Session-end results of the rules that cannot block (absence rules, non-strict sequences). */
  findings(nowMs: number, outcomes: SequenceOutcome[], extent: 'complete' | 'partial'): boolean {
    const time = rfc3339(nowMs);
    let ok = true;
    for (const o of outcomes) {
      if (!(o.kind === 'require' || o.kind === 'eventually' || o.kind === 'after' || o.kind === 'sequence')) continue;
      const data: Record<string, unknown> = {
        rule_id: o.rule_id,
        kind: o.kind,
        outcome: o.status,
        spanned: o.spanned,
        extent,
        session_id: this.info.sessionId,
      };
      if (o.reason !== null) data.reason = o.reason;
      ok = this.emit('assay.session.finding', 'evt_finding_', time, data, `rule:${o.rule_id}`) && ok;
    }
    return ok;
  }
}
