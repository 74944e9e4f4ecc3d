// Evidence export of one wrap session's decisions: the decision log (or its in-memory copy) →
// bundle events → the one evidence writer. The same log gives the same archive bytes.
import { createHash } from 'node:crypto';
import { writeBundle, type EventInput } from '../../core/evidence/writer.js';
import { VERSION } from '../../core/version.js';
import type { RecordedEvent } from './records.js';

export interface DecisionExportOptions {
  /** CloudEvents source of the log (every bundle event carries it). */
  source: string;
  /** Session to export; default: the last session in the input. */
  sessionId?: string;
  /** `--run-id`; default `"mcp_" + hex(sha256(session_id))[0:16]`. */
  runId?: string;
  producerVersion?: string;
  git?: string;
}

const PHASE = 'urn:assay:phase:profile';

function sessionOf(e: RecordedEvent): string | undefined {
  const s = e.data.session_id;
  return typeof s === 'string' ? s : undefined;
}

/** Map one session's recorded events to bundle events (seq from 0). Throws when the session has no events. */
export function decisionEvidenceEvents(all: readonly RecordedEvent[], o: DecisionExportOptions): EventInput[] {
  let sessionId = o.sessionId;
  if (sessionId === undefined) {
    for (let i = all.length - 1; i >= 0 && sessionId === undefined; i--) sessionId = sessionOf(all[i]!);
  }
  if (sessionId === undefined) throw new Error('the decision log holds no session');
  const mine = all.filter((e) => sessionOf(e) === sessionId);
  if (mine.length === 0) throw new Error('session not found in the decision log');
  const start = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'start');
  const end = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'end');
  const body = mine.filter((e) => e.type === 'assay.tool.decision' || e.type === 'assay.session.finding');
  const decisions = body.filter((e) => e.type === 'assay.tool.decision');
  const serverId = String((start ?? end ?? decisions[0])?.data.server_id ?? 'unknown');
  const firstTime = (start ?? mine[0]!).time;
  // A crashed session (no end line) ends at its last decision and is marked partial.
  const lastTime = end ? end.time : (body.length > 0 ? body[body.length - 1]! : mine[mine.length - 1]!).time;
  const counters = (end?.data.counters ?? null) as Record<string, unknown> | null;
  const count = (k: string, fallback: number) => (counters && typeof counters[k] === 'number' ? (counters[k] as number) : fallback);
  const runId = o.runId ?? `mcp_${createHash('sha256').update(sessionId, 'utf8').digest('hex').slice(0, 16)}`;

  const out: EventInput[] = [];
  const push = (type: string, time: string, subject: string, data: unknown) => {
    const seq = out.length;
    out.push({
      specversion: '1.0',
      type,
      source: o.source,
      id: `${runId}:${seq}`,
      time,
      datacontenttype: 'application/json',
      subject,
      assayrunid: runId,
      assayseq: seq,
      assayproducer: 'assay',
      assayproducerversion: o.producerVersion ?? VERSION,
      assaygit: o.git ?? 'unknown',
      assaypii: false,
      assaysecrets: false,
      data,
    });
  };
  push('assay.profile.started', firstTime, PHASE, { profile_name: serverId, profile_version: 'mcp-wrap/1', total_runs_aggregated: 1 });
  for (const e of body) push(e.type, e.time, e.subject ?? '', e.data);
  push('assay.profile.finished', lastTime, PHASE, {
    files_count: 0,
    network_count: 0,
    processes_count: 0,
    sandbox_degradation_count: 0,
    integrity_scope: end ? 'mcp-tool-decisions' : 'mcp-tool-decisions-partial',
    tool_calls: count('tool_calls', decisions.length),
    denied: count('denied', decisions.filter((d) => d.data.decision === 'deny').length),
    would_deny: count('would_deny', decisions.filter((d) => d.data.would_deny === true).length),
    refused: count('refused', 0),
  });
  return out;
}

/** Parse a decision log (NDJSON CloudEvents written by wrap) back into recorded events; other lines are skipped. */
export function readDecisionLog(text: string): { events: RecordedEvent[]; source: string | undefined } {
  const events: RecordedEvent[] = [];
  let source: string | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let v: unknown;
    try {
      v = JSON.parse(line);
    } catch {
      continue;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const o = v as Record<string, unknown>;
    if (o.type !== 'assay.mcp.session' && o.type !== 'assay.tool.decision' && o.type !== 'assay.session.finding') continue;
    if (typeof o.time !== 'string' || o.data === null || typeof o.data !== 'object') continue;
    if (typeof o.source === 'string') source ??= o.source;
    const ev: RecordedEvent = { type: o.type, time: o.time, data: o.data as Record<string, unknown> };
    if (typeof o.subject === 'string') ev.subject = o.subject;
    events.push(ev);
  }
  return { events, source };
}

/** `--evidence-out`: write this session's decisions as a bundle (atomic). */
export function writeDecisionEvidence(path: string, events: readonly RecordedEvent[], o: DecisionExportOptions): void {
  writeBundle(path, decisionEvidenceEvents(events, o));
}
