// OpenTelemetry GenAI spans read by the one trace reader: span-per-line, OTLP JSON lines, whole OTLP
// documents, and files written by the real OTel JS SDK serialised as the OTLP JSON exporter does.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { readTrace, type TraceEntry } from '../../../src/core/trace/index.js';
import type { Diagnostic } from '../../../src/core/errors.js';

// The reference's otel_genai_trace.jsonl, re-created by hand: a chat span and one execute_tool child.
const REFERENCE = [
  '{"trace_id":"trace-123","span_id":"span-1","name":"chat","startTimeUnixNano":"1700000000000000000","endTimeUnixNano":"1700000001000000000","attributes":{"gen_ai.operation.name":"chat","gen_ai.request.model":"gpt-4","gen_ai.prompt":"Hello"}}',
  '{"trace_id":"trace-123","span_id":"span-2","parent_span_id":"span-1","name":"tool-call","startTimeUnixNano":"1700000000200000000","endTimeUnixNano":"1700000000800000000","attributes":{"gen_ai.operation.name":"execute_tool","gen_ai.tool.name":"search","gen_ai.tool.args":"{\\"q\\":\\"weather\\"}","gen_ai.tool.result":"{\\"temp\\":20}"}}',
].join('\n') + '\n';

function tmp(name: string, text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'assay-'));
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function read(path: string, strict = false): Promise<{ entries: TraceEntry[]; diags: Diagnostic[]; stats: Awaited<ReturnType<typeof readTrace>> }> {
  const entries: TraceEntry[] = [];
  const diags: Diagnostic[] = [];
  const stats = await readTrace(path, { onEntry: (e) => entries.push(e), onDiagnostic: (d) => diags.push(d) }, { strict });
  return { entries, diags, stats };
}

/** Spans of a small agent run made with the real SDK: invoke_agent → chat, execute_tool ×2 (one failing). */
function sdkRun(): Uint8Array {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('agent-test');
  // Explicit times, one millisecond apart: spans started within the same microsecond can swap order
  // after the SDK's float conversion, and the test is about reading, not about the clock.
  const t0 = Date.UTC(2026, 11, 7, 12, 0, 0);
  const at = (ms: number) => t0 + ms;
  const agent = tracer.startSpan('invoke_agent travel', {
    startTime: at(0),
    attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.agent.name': 'travel', 'gen_ai.conversation.id': 'conv-1' },
  });
  const ctx = trace.setSpan(context.active(), agent);
  const chat = tracer.startSpan('chat gpt-4o', {
    startTime: at(1),
    attributes: {
      'gen_ai.operation.name': 'chat',
      'gen_ai.request.model': 'gpt-4o',
      'gen_ai.response.model': 'gpt-4o-2024-08-06',
      'gen_ai.input.messages': JSON.stringify([
        { role: 'system', parts: [{ type: 'text', content: 'You book flights.' }] },
        { role: 'user', parts: [{ type: 'text', content: 'Book AMS to LIS' }] },
      ]),
      'gen_ai.output.messages': JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'Booked KL1693' }], finish_reason: 'stop' }]),
    },
  }, ctx);
  chat.end(at(2));
  const search = tracer.startSpan('execute_tool flights.search', {
    startTime: at(3),
    attributes: {
      'gen_ai.operation.name': 'execute_tool',
      'gen_ai.tool.name': 'flights.search',
      'gen_ai.tool.call.id': 'call_1',
      'gen_ai.tool.call.arguments': '{"from":"AMS","to":"LIS"}',
      'gen_ai.tool.call.result': '{"count":3}',
    },
  }, ctx);
  search.end(at(4));
  const book = tracer.startSpan('execute_tool flights.book', {
    startTime: at(5),
    attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'flights.book', 'gen_ai.tool.call.arguments': '{"flight":"KL1693"}' },
  }, ctx);
  book.setStatus({ code: 2, message: 'payment declined' });
  book.end(at(6));
  // A non-GenAI span in the same trace (an HTTP client span) is no tool call.
  tracer.startSpan('GET /health', { startTime: at(7), attributes: { 'http.request.method': 'GET' } }, ctx).end(at(8));
  agent.end(at(9));
  return JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans())!;
}

describe('OpenTelemetry GenAI traces', () => {
  it("reads the reference's span-per-line fixture as exactly one call `search`", async () => {
    const { entries, stats } = await read(tmp('otel_genai_trace.jsonl', REFERENCE));
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e.kind).toBe('otel');
    expect(e.binding_id).toBe('trace-123');
    expect(e.prompt).toBe('Hello');
    expect(e.model).toBe('gpt-4');
    expect(e.tool_calls.map((c) => [c.tool_name, c.args, c.result, c.pos.line])).toEqual([['search', { q: 'weather' }, { temp: 20 }, 2]]);
    expect(stats.calls).toBe(1);
  });

  it('reads OTLP JSON from the OTel JS SDK, as one request per line and as a whole pretty-printed document', async () => {
    const compact = new TextDecoder().decode(sdkRun());
    const pretty = JSON.stringify(JSON.parse(compact), null, 2);
    for (const [name, text] of [
      ['lines.jsonl', compact + '\n'],
      ['doc.jsonl', pretty + '\n'],
      ['collector.json', compact + '\n'],
      ['doc.json', pretty],
    ] as const) {
      const { entries, stats } = await read(tmp(name, text));
      expect(entries, name).toHaveLength(1);
      const e = entries[0]!;
      expect(e.prompt, name).toBe('Book AMS to LIS');
      expect(e.text, name).toBe('Booked KL1693');
      expect(e.model, name).toBe('gpt-4o-2024-08-06');
      expect(e.meta.conversation_id, name).toBe('conv-1');
      expect(e.tool_calls.map((c) => [c.tool_name, c.id, c.args, c.result, c.error]), name).toEqual([
        ['flights.search', 'call_1', { from: 'AMS', to: 'LIS' }, { count: 3 }, null],
        ['flights.book', expect.any(String), { flight: 'KL1693' }, null, 'payment declined'],
      ]);
      expect(stats.skipped_lines, name).toBe(0);
    }
    // In a pretty document each call points at its span's own line.
    const { entries } = await read(tmp('doc.jsonl', pretty));
    const lines = entries[0]!.tool_calls.map((c) => c.pos.line);
    expect(lines[0]).toBeGreaterThan(1);
    expect(lines[0]).not.toBe(lines[1]);
  });

  it('groups spans by trace id regardless of export order (children first)', async () => {
    const span = (trace: string, id: string, parent: string | null, start: number, attrs: Record<string, string>): string =>
      JSON.stringify({ traceId: trace, spanId: id, parentSpanId: parent ?? '', name: id, startTimeUnixNano: String(start * 1e6), endTimeUnixNano: String((start + 5) * 1e6), attributes: Object.entries(attrs).map(([key, v]) => ({ key, value: { stringValue: v } })) });
    const text = [
      span('t1', 'b', 'a', 20, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'second' }),
      span('t2', 'x', null, 1, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'other' }),
      span('t1', 'c', 'a', 10, { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'first' }),
      span('t1', 'a', null, 0, { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.prompt': 'go' }),
    ].join('\n');
    const { entries } = await read(tmp('t.jsonl', text));
    expect(entries.map((e) => [e.key, e.tool_calls.map((c) => c.tool_name)])).toEqual([
      ['t1', ['first', 'second']],
      ['t2', ['other']],
    ]);
  });

  it('counts a nested execute_tool span of the same tool (MCP client around server) once', async () => {
    const attrs = (extra: Record<string, unknown>) => ({ 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': 'read_file', ...extra });
    const text = [
      JSON.stringify({ trace_id: 't', span_id: 'client', name: 'tools/call read_file', startTimeUnixNano: '1000000', endTimeUnixNano: '9000000', attributes: attrs({}) }),
      JSON.stringify({ trace_id: 't', span_id: 'server', parent_span_id: 'client', name: 'tools/call read_file', startTimeUnixNano: '2000000', endTimeUnixNano: '8000000', attributes: attrs({ 'gen_ai.tool.call.arguments': '{"path":"/etc/passwd"}' }) }),
    ].join('\n');
    const { entries } = await read(tmp('t.jsonl', text));
    expect(entries[0]!.tool_calls.map((c) => [c.tool_name, c.args])).toEqual([['read_file', { path: '/etc/passwd' }]]);
  });

  it('ignores OTLP files without GenAI spans, and reports a malformed span line as a bad line', async () => {
    const http = JSON.stringify({ resourceSpans: [{ scopeSpans: [{ spans: [{ traceId: 't', spanId: 's', name: 'GET', startTimeUnixNano: '1', attributes: [] }] }] }] });
    const r = await read(tmp('http.jsonl', http + '\n'));
    expect(r.stats.records).toBe(0);
    expect(r.stats.ignored_lines).toBe(1);
    expect(r.diags.some((d) => d.code === 'W_TRACE_UNKNOWN_TYPE')).toBe(true);

    const bad = JSON.stringify({ trace_id: 't', span_id: 's', name: 'x', startTimeUnixNano: 'yesterday' });
    const b = await read(tmp('bad.jsonl', REFERENCE + bad + '\n'));
    expect(b.stats.skipped_lines).toBe(1);
    expect(b.diags.find((d) => d.code === 'W_TRACE_SKIPPED_LINE')).toMatchObject({ line: 3, message: expect.stringContaining('startTimeUnixNano') });
    await expect(read(tmp('bad.jsonl', bad + '\n'), true)).rejects.toMatchObject({ reasonCode: 'E_TRACE_INVALID' });
  });

  it('a broken multi-line OTLP document is an error with its line', async () => {
    const p = tmp('broken.json', '{\n  "resourceSpans": [\n    {"scopeSpans": [}\n  ]\n}\n');
    await expect(read(p)).rejects.toMatchObject({ reasonCode: 'E_TRACE_INVALID', diagnostics: [expect.objectContaining({ line: 3 })] });
  });

  it('plain tool-call records that carry trace/span ids but no start time stay plain records', async () => {
    const { entries } = await read(tmp('plain.jsonl', '{"tool":"search","trace_id":"t","span_id":"s","args":{}}\n'));
    expect(entries[0]!.kind).toBe('plain');
  });
});
