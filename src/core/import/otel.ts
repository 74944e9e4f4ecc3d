// `assay import --format otel`: OpenTelemetry GenAI spans (OTLP JSON document, OTLP JSON lines, or one span
// per line) → canonical V2 JSONL, one episode per trace (docs/otel.md). Strict, unlike the trace reader:
// any line that is not an OpenTelemetry span or export request is an error with its line.
import { InputError, UsageError, diagnosticsToError, type Diagnostic } from '../errors.js';
import { BadLine, invalidJson, notAnObject } from '../trace/bad-line.js';
import { isObject } from '../trace/fields.js';
import { isOtlpDocumentStart, parseOtlpDocument } from '../trace/otel-document.js';
import { nsToMs, OtelCollector, type OtelEpisode } from '../trace/otel-episodes.js';
import { isToolSpan, operation, spanCompletion, spanModel } from '../trace/otel-genai.js';
import { isOtelLine, readOtelLine, readOtlpRequest } from '../trace/otel-spans.js';
import { v2EventLine, type V2Event } from '../trace/v2-writer.js';

export interface OtelImportOptions {
  /** The input path as the user gave it; used in diagnostics. */
  inputName: string;
  /** Episode id, binding id and prompt override: only for an input that holds a single trace. */
  episodeId?: string;
  testId?: string;
  prompt?: string;
}

export interface OtelImportResult {
  /** Canonical V2 JSONL lines, without newlines. */
  lines: string[];
  /** Spans read (GenAI or not). */
  spans: number;
  episodes: number;
  /** Tool names of every call, sorted, unique. */
  tools: string[];
}

function fail(diags: Diagnostic[], input: string): InputError {
  return diagnosticsToError(InputError, 'E_TRACE_INVALID', diags, 'trace', { 'trace.jsonl': input }) as InputError;
}

/** Reads the spans of `text` into a collector; every problem becomes a diagnostic with its line. */
function collect(text: string, input: string): { collector: OtelCollector; spans: number } {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const collector = new OtelCollector();
  const diags: Diagnostic[] = [];
  const bad = (line: number, message: string, col = 1): void => {
    diags.push({ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: input, line, col });
  };
  let spans = 0;
  if (isOtlpDocumentStart(Buffer.from(text.slice(0, 1 << 20)))) {
    const parsed = parseOtlpDocument(text, input, !text.includes('\n'));
    if (parsed !== undefined) {
      try {
        const list = readOtlpRequest(parsed.doc, (s) => (isObject(s) && typeof s.spanId === 'string' ? parsed.lineOfSpan(s.spanId) : 1), 0);
        spans = list.length;
        collector.add(list);
      } catch (e) {
        if (!(e instanceof BadLine)) throw e;
        bad(1, e.message, e.col);
      }
      if (diags.length) throw fail(diags, input);
      return { collector, spans };
    }
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      let v: unknown;
      try {
        v = JSON.parse(line);
      } catch (e) {
        throw invalidJson(line, e);
      }
      if (!isObject(v)) throw notAnObject(v);
      if (!isOtelLine(v)) {
        throw new BadLine('not an OpenTelemetry span (traceId, spanId, startTimeUnixNano) or OTLP export request (resourceSpans)');
      }
      const list = readOtelLine(v, i + 1, collector.nextOrder());
      spans += list.length;
      collector.add(list);
    } catch (e) {
      if (!(e instanceof BadLine)) throw e;
      bad(i + 1, e.message, e.col);
    }
  }
  if (diags.length) throw fail(diags, input);
  return { collector, spans };
}

function stepKind(op: string | undefined): string {
  return op === 'invoke_agent' || op === 'create_agent' ? 'agent' : 'model';
}

/** One episode's V2 events: start, a step per GenAI span (plus its tool_call for a tool span), end. */
function episodeEvents(ep: OtelEpisode, id: string, opts: OtelImportOptions): V2Event[] {
  const prompt = opts.prompt ?? ep.prompt;
  const meta: Record<string, unknown> = { ...ep.meta };
  if (opts.testId !== undefined) meta.test_id = opts.testId;
  const out: V2Event[] = [
    { type: 'episode_start', episode_id: id, timestamp: ep.startMs, ...(prompt !== undefined ? { input: { prompt } } : {}), meta },
  ];
  const callOf = new Map(ep.calls.map((c) => [c.span, c]));
  let idx = 0;
  for (const s of ep.spans) {
    const ts = nsToMs(s.startNs);
    const call = isToolSpan(s) ? callOf.get(s) : undefined;
    if (call !== undefined) {
      out.push({ type: 'step', episode_id: id, step_id: s.spanId, timestamp: ts, kind: 'tool', idx: idx++, name: call.tool_name, content: null, meta: { span_id: s.spanId, tool_call_id: call.id } });
      out.push({ type: 'tool_call', episode_id: id, step_id: s.spanId, timestamp: ts, tool_name: call.tool_name, call_index: 0, args: call.args, result: call.result, error: call.error });
      continue;
    }
    const op = operation(s);
    const model = spanModel(s);
    const stepMeta: Record<string, unknown> = { span_id: s.spanId };
    if (op !== undefined) stepMeta['gen_ai.operation.name'] = op;
    if (model !== undefined) stepMeta['gen_ai.response.model'] = model;
    out.push({ type: 'step', episode_id: id, step_id: s.spanId, timestamp: ts, kind: stepKind(op), idx: idx++, name: s.name, content: spanCompletion(s) ?? null, meta: stepMeta });
  }
  out.push({ type: 'episode_end', episode_id: id, timestamp: ep.endMs, final_output: ep.text ?? null });
  return out;
}

/** Converts one OpenTelemetry file; throws InputError E_TRACE_INVALID naming every bad line. */
export function importOtelTrace(text: string, opts: OtelImportOptions): OtelImportResult {
  const { collector, spans } = collect(text, opts.inputName);
  const episodes = collector.finish();
  if (episodes.length === 0) {
    const message = spans === 0 ? 'no OpenTelemetry spans found' : `none of the ${spans} span(s) carries gen_ai.* attributes (OpenTelemetry GenAI semantic conventions)`;
    throw fail([{ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: opts.inputName }], opts.inputName);
  }
  const single = opts.episodeId !== undefined || opts.testId !== undefined || opts.prompt !== undefined;
  if (single && episodes.length > 1) {
    throw new UsageError('E_INVALID_ARGS', `--episode-id, --test-id and --prompt need an input with one trace; ${opts.inputName} holds ${episodes.length}`, {
      source: 'cli',
    });
  }
  const lines: string[] = [];
  const tools = new Set<string>();
  for (const ep of episodes) {
    for (const e of episodeEvents(ep, opts.episodeId ?? ep.traceId, opts)) lines.push(v2EventLine(e));
    for (const c of ep.calls) tools.add(c.tool_name);
  }
  return { lines, spans, episodes: episodes.length, tools: [...tools].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}
