// MCP messages → one V2 episode ("Mapping to V2"). Pure and deterministic: the order is a
// total order on (timestamp or 0, source order, id), and nothing reads a clock.
import { MCP_SESSION_PROMPT } from '../trace/shared-prompt.js';
import { compactJson } from './json-out.js';
import type { AuthDiscovery, DiagnosticSink, McpMessage } from './message.js';
import { has, isJsonObject, type JsonValue, type Position } from './strict-json.js';
import type { V2Event } from './v2-lines.js';

export interface MapOptions {
  episodeId: string;
  testId?: string;
  prompt?: string;
  inputName: string;
}

export interface MapResult {
  events: V2Event[];
  notes: string[];
  /** Names of every tools/call request, sorted by code unit, unique. */
  tools: string[];
}

/** The reader treats this prompt on an `mcp_import` episode as a placeholder, not an identity, so several
 *  imported sessions can be gated together (docs/traces.md "Entry identity"). */
export const DEFAULT_IMPORT_PROMPT = MCP_SESSION_PROMPT;

interface PendingCall {
  stepId: string;
  tool: string;
  args: JsonValue;
  ts: number;
  answered: boolean;
}

interface Outstanding {
  method: string;
  call?: PendingCall;
}

export function sortMessages(messages: McpMessage[]): McpMessage[] {
  return [...messages].sort((a, b) => {
    const ta = a.ts ?? 0;
    const tb = b.ts ?? 0;
    if (ta !== tb) return ta - tb;
    if (a.order !== b.order) return a.order - b.order;
    const ia = a.id ?? '';
    const ib = b.id ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
}

export function mapToV2(messages: McpMessage[], auth: AuthDiscovery, opts: MapOptions, sink: DiagnosticSink): MapResult {
  const sorted = sortMessages(messages);
  const episode_id = opts.episodeId;
  let startTs = 0;
  let anyTs = false;
  for (const m of sorted) {
    if (m.ts === undefined) continue;
    startTs = anyTs ? Math.min(startTs, m.ts) : m.ts;
    anyTs = true;
  }

  const meta: Record<string, unknown> = { source: 'mcp_import', episode_id };
  if (opts.testId !== undefined) meta['test_id'] = opts.testId;
  meta['mcp'] = { authorization_discovery: { ...auth } };
  const events: V2Event[] = [
    { type: 'episode_start', episode_id, timestamp: startTs, input: { prompt: opts.prompt ?? DEFAULT_IMPORT_PROMPT }, meta },
  ];

  const notes: string[] = [];
  const tools = new Set<string>();
  const outstanding = new Map<string, Outstanding>();
  const answered = new Set<string>();
  const calls: PendingCall[] = [];
  let stepIdx = 0;
  let lastTs = startTs;
  let finalOutput: string | null = null;
  const where = (p: Position): string => `${opts.inputName}:${p.line}:${p.col}`;
  const nextStepId = (): { step_id: string; idx: number } => {
    const idx = stepIdx++;
    return { step_id: `step_${String(idx).padStart(3, '0')}`, idx };
  };

  for (const m of sorted) {
    if (m.ts !== undefined && m.ts > lastTs) lastTs = m.ts;
    if (m.kind === 'notification') continue;

    if (m.kind === 'request') {
      const method = m.method!;
      if (m.id !== null) {
        if (outstanding.has(m.id)) {
          sink.error(m.idPos(), `two outstanding requests share id ${JSON.stringify(m.id)}`);
          continue;
        }
        outstanding.set(m.id, { method });
      }
      if (method === 'tools/list') {
        events.push({ type: 'step', episode_id, ...nextStepId(), timestamp: lastTs, kind: 'tool', name: 'tools/list', content: '{}' });
      } else if (method === 'tools/call') {
        const params = m.params;
        const tool = isJsonObject(params) && typeof params['name'] === 'string' ? params['name'] : 'unknown_tool';
        const args = isJsonObject(params) && has(params, 'arguments') ? params['arguments']! : null;
        const step = nextStepId();
        events.push({
          type: 'step',
          episode_id,
          step_id: step.step_id,
          timestamp: lastTs,
          kind: 'tool',
          idx: step.idx,
          name: tool,
          content: null,
          meta: { jsonrpc_id: m.id },
        });
        const call: PendingCall = { stepId: step.step_id, tool, args, ts: lastTs, answered: false };
        calls.push(call);
        tools.add(tool);
        if (m.id !== null) outstanding.get(m.id)!.call = call;
      }
      continue;
    }

    // Response. Any response (matched or not) is a candidate for the episode's final output.
    const isError = m.error !== undefined;
    const payload = isError ? m.error! : m.result!;
    finalOutput = compactJson(payload);
    const req = m.id !== null ? outstanding.get(m.id) : undefined;
    if (!req) {
      const why =
        m.id === null
          ? 'response without an id has no request'
          : answered.has(m.id)
            ? `duplicate response for id ${JSON.stringify(m.id)} (already answered)`
            : `response id ${JSON.stringify(m.id)} has no outstanding request`;
      notes.push(`${where(m.pos())}: orphan ${why}; no event written`);
      continue;
    }
    outstanding.delete(m.id!);
    answered.add(m.id!);
    if (req.method === 'tools/list') {
      const content = isError ? compactJson({ error: payload }) : compactJson({ tools: toolDefs(payload) });
      events.push({ type: 'step', episode_id, ...nextStepId(), timestamp: lastTs, kind: 'tool', name: 'tools/list.result', content });
    } else if (req.call) {
      const call = req.call;
      call.answered = true;
      events.push({
        type: 'tool_call',
        episode_id,
        step_id: call.stepId,
        timestamp: lastTs,
        tool_name: call.tool,
        call_index: 0,
        args: call.args,
        result: isError ? { error: payload } : payload,
        error: isError ? 'mcp_error' : null,
      });
    }
  }

  // Requests that never got a response (including id-less ones, which cannot be answered) go last.
  for (const call of calls) {
    if (call.answered) continue;
    events.push({
      type: 'tool_call',
      episode_id,
      step_id: call.stepId,
      timestamp: call.ts,
      tool_name: call.tool,
      call_index: 0,
      args: call.args,
      result: null,
      error: 'timeout/no_response',
    });
  }
  events.push({ type: 'episode_end', episode_id, timestamp: lastTs, final_output: finalOutput });
  return { events, notes, tools: [...tools].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** `result.tools` → `[{name, description?, input_schema?}]` (the shape of  tool_definitions). */
function toolDefs(result: JsonValue): unknown[] {
  if (!isJsonObject(result) || !Array.isArray(result['tools'])) return [];
  return result['tools'].map((t) => {
    if (!isJsonObject(t)) return { name: 'unknown' };
    const def: Record<string, unknown> = { name: typeof t['name'] === 'string' ? t['name'] : 'unknown' };
    if (typeof t['description'] === 'string') def['description'] = t['description'];
    if (has(t, 'inputSchema')) def['input_schema'] = t['inputSchema'];
    else if (has(t, 'input_schema')) def['input_schema'] = t['input_schema'];
    return def;
  });
}
