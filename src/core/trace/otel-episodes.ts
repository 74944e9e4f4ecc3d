// Spans of one file → one episode per trace id (docs/otel.md). Exporters write a span when it ENDS, so
// children come before their parents and one trace may be spread over several lines: spans are collected
// for the whole file and ordered by start time (a parent before a child that starts with it).
// The trace's agent/chat spans give the episode's prompt, text and model; every `execute_tool` span is one
// tool call, except one nested in an `execute_tool` span of the same tool (an MCP client span around its
// server span, a framework span around an MCP span), which is the same call seen twice.
import {
  isToolSpan,
  spanCompletion,
  spanModel,
  spanPrompt,
  toolArgs,
  toolCallId,
  toolError,
  toolName,
  toolResult,
} from './otel-genai.js';
import { isGenAiSpan, type OtelSpan } from './otel-spans.js';

export interface OtelCall {
  id: string;
  tool_name: string;
  args: unknown;
  result: unknown;
  error: string | null;
  ts_ms: number;
  line: number;
  span: OtelSpan;
}

export interface OtelEpisode {
  traceId: string;
  prompt: string | undefined;
  text: string | undefined;
  model: string | undefined;
  meta: Record<string, unknown>;
  calls: OtelCall[];
  /** The trace's GenAI spans in order (tool spans merged into their outer span are left out). */
  spans: OtelSpan[];
  firstLine: number;
  startMs: number;
  endMs: number;
}

const NS_PER_MS = 1_000_000n;

export function nsToMs(ns: bigint): number {
  return Number(ns / NS_PER_MS);
}

function byStart(a: OtelSpan, b: OtelSpan): number {
  if (a.startNs !== b.startNs) return a.startNs < b.startNs ? -1 : 1;
  if (a.endNs !== b.endNs) return a.endNs > b.endNs ? -1 : 1; // the enclosing span first
  return a.order - b.order;
}

interface TraceBuf {
  firstLine: number;
  spans: OtelSpan[];
}

export class OtelCollector {
  private readonly traces = new Map<string, TraceBuf>();
  /** `traceId spanId` → parent span id, for every span (GenAI or not): nesting goes through other spans. */
  private readonly parents = new Map<string, string>();
  private order = 0;

  /** Next read-order number, for spans being read. */
  nextOrder(): number {
    return this.order;
  }

  /** Adds one line's spans; returns how many of them are GenAI spans (0 → the line is ignored). */
  add(spans: readonly OtelSpan[]): number {
    let genAi = 0;
    for (const s of spans) {
      this.order = Math.max(this.order, s.order + 1);
      if (s.parentSpanId !== undefined) this.parents.set(`${s.traceId} ${s.spanId}`, s.parentSpanId);
      if (!isGenAiSpan(s)) continue;
      genAi++;
      let t = this.traces.get(s.traceId);
      if (t === undefined) {
        t = { firstLine: s.line, spans: [] };
        this.traces.set(s.traceId, t);
      }
      t.spans.push(s);
    }
    return genAi;
  }

  get size(): number {
    return this.traces.size;
  }

  /** Episodes in order of their first line. */
  finish(): OtelEpisode[] {
    const out: OtelEpisode[] = [];
    for (const [traceId, t] of this.traces) out.push(this.episode(traceId, t));
    return out;
  }

  /** The outermost enclosing `execute_tool` span of the same tool, if any. */
  private outerTool(s: OtelSpan, tools: Map<string, OtelSpan>): OtelSpan | undefined {
    let found: OtelSpan | undefined;
    let id = s.parentSpanId;
    const name = toolName(s);
    // Bounded walk: a malformed file may hold a parent cycle.
    for (let hops = 0; id !== undefined && hops <= this.parents.size; hops++) {
      const p = tools.get(id);
      if (p !== undefined && toolName(p) === name) found = p;
      id = this.parents.get(`${s.traceId} ${id}`);
    }
    return found;
  }

  private episode(traceId: string, t: TraceBuf): OtelEpisode {
    const spans = [...t.spans].sort(byStart);
    const tools = new Map<string, OtelSpan>();
    for (const s of spans) if (isToolSpan(s)) tools.set(s.spanId, s);
    let prompt: string | undefined;
    let text: string | undefined;
    let model: string | undefined;
    let conversation: string | undefined;
    let agent: string | undefined;
    const calls: OtelCall[] = [];
    const callOf = new Map<OtelSpan, OtelCall>();
    const kept: OtelSpan[] = [];
    let endNs = spans[0]!.endNs;
    for (const s of spans) {
      if (s.endNs > endNs) endNs = s.endNs;
      conversation ??= str(s.attrs['gen_ai.conversation.id']);
      agent ??= str(s.attrs['gen_ai.agent.name']);
      if (isToolSpan(s)) {
        const outer = this.outerTool(s, tools);
        if (outer !== undefined) {
          // The same call seen twice: the outer span keeps its values, the inner one fills what it lacks.
          const c = callOf.get(outer)!;
          if (c.args === undefined) c.args = toolArgs(s);
          if (c.result === undefined) c.result = toolResult(s);
          if (c.error === null) c.error = toolError(s) ?? null;
          continue;
        }
        const call: OtelCall = {
          id: toolCallId(s),
          tool_name: toolName(s),
          args: toolArgs(s),
          result: toolResult(s),
          error: toolError(s) ?? null,
          ts_ms: nsToMs(s.startNs),
          line: s.line,
          span: s,
        };
        callOf.set(s, call);
        calls.push(call);
        kept.push(s);
        continue;
      }
      kept.push(s);
      prompt ??= spanPrompt(s);
      text = spanCompletion(s) ?? text;
      model = spanModel(s) ?? model;
    }
    for (const c of calls) {
      // Arguments are opt-in content in the conventions: a call recorded without them has `{}`.
      c.args ??= {};
      c.result ??= null;
    }
    const meta: Record<string, unknown> = { source: 'otel', trace_id: traceId };
    if (conversation !== undefined) meta.conversation_id = conversation;
    if (agent !== undefined) meta.agent_name = agent;
    return {
      traceId,
      prompt,
      text,
      model,
      meta,
      calls,
      spans: kept,
      firstLine: t.firstLine,
      startMs: nsToMs(spans[0]!.startNs),
      endMs: nsToMs(endNs),
    };
  }
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
