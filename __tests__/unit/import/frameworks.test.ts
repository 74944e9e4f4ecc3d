// Agent-framework importers. The fixtures in __tests__/fixtures/frameworks/ were written by hand from:
// - openai-agents.json: the OpenAI Agents SDK (Python) tracing code — the exporter posts {"data": [item…]},
//   a trace exports {object:"trace", id, workflow_name, group_id, metadata}, a span exports
//   {object:"trace.span", id, trace_id, parent_id, started_at, ended_at, span_data, error}, and
//   function/agent/generation span_data export {type:"function", name, input, output, mcp_data},
//   {type:"agent", name, handoffs, tools, output_type}, {type:"generation", input, output, model,
//   model_config, usage} (src/agents/tracing/{spans,traces,span_data,processors}.py); times are Python
//   isoformat() UTC strings.
// - langchain.json: LangSmith's run data format page (id, name, run_type, start_time, end_time, inputs,
//   outputs, error, trace_id, dotted_order, parent_run_id, child_runs, extra) and the LangChain tracer's
//   tool runs ({"input": "<tool input string>"} or the tool's arguments, {"output": …}); times naive UTC.
// - langfuse.json: Langfuse's public API TraceWithFullDetails (GET /api/public/traces/{traceId}: id,
//   timestamp, name, input, output, sessionId, observations[], scores, htmlPath, latency, totalCost) with
//   Observation fields (id, traceId, type SPAN|GENERATION|EVENT|TOOL, name, startTime, endTime, input,
//   output, level DEBUG|DEFAULT|WARNING|ERROR, statusMessage, parentObservationId, model).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssayError } from '../../../src/core/errors.js';
import { importLangChain, importLangfuse, importOpenAiAgents, FRAMEWORK_IMPORTERS } from '../../../src/core/import/frameworks.js';
import { parseTime } from '../../../src/core/import/framework-common.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'frameworks');
const fixture = (name: string): string => readFileSync(join(FIX, name), 'utf8');
const events = (lines: string[]): Record<string, unknown>[] => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
const calls = (lines: string[]): Record<string, unknown>[] => events(lines).filter((e) => e.type === 'tool_call');

function diagnostics(fn: () => unknown): { message: string; line?: number; col?: number }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AssayError);
    const err = e as AssayError;
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    return (err.diagnostics ?? []) as { message: string; line?: number; col?: number }[];
  }
  throw new Error('expected an import error');
}

describe.each([
  ['openai-agents', 'openai-agents.json'],
  ['langchain', 'langchain.json'],
  ['langfuse', 'langfuse.json'],
])('%s fixture', (format, file) => {
  const r = FRAMEWORK_IMPORTERS[format]!.run(fixture(file), { inputName: file });

  it('writes one episode with the calls in start-time order and the tool error kept', () => {
    const ev = events(r.lines);
    expect(ev[0]).toMatchObject({ type: 'episode_start', input: { prompt: 'Find the disk cleanup runbook and run it' }, meta: { source: format } });
    expect(ev.at(-1)).toMatchObject({ type: 'episode_end', final_output: 'I could not clean up the disk: permission denied.' });
    expect(ev.filter((e) => e.type === 'episode_start')).toHaveLength(1);
    const c = calls(r.lines);
    expect(c.map((x) => x.tool_name)).toEqual(['search_docs', 'run_shell']);
    expect(c[0]).toMatchObject({ args: { query: 'disk cleanup' }, result: 'Runbook: delete /var/tmp/cache', error: null });
    expect(c[1]).toMatchObject({ args: { cmd: 'rm -rf /var/tmp/cache' }, result: null });
    expect(typeof c[1]!.error).toBe('string');
    expect(r.tools).toEqual(['run_shell', 'search_docs']);
    // Every tool_call has a step with the same id, and step ids are unique.
    const steps = ev.filter((e) => e.type === 'step').map((e) => e.step_id);
    expect(new Set(steps).size).toBe(steps.length);
    for (const x of c) expect(steps).toContain(x.step_id);
  });

  it('applies --episode-id, --test-id and --prompt to a single trace', () => {
    const o = FRAMEWORK_IMPORTERS[format]!.run(fixture(file), { inputName: file, episodeId: 'ep', testId: 't1', prompt: 'p' });
    expect(events(o.lines)[0]).toMatchObject({ episode_id: 'ep', input: { prompt: 'p' }, meta: { test_id: 't1' } });
  });

  it('refuses a document that is not this format, with its position', () => {
    const d = diagnostics(() => FRAMEWORK_IMPORTERS[format]!.run('{\n  "foo": 1\n}\n', { inputName: 'x.json' }));
    expect(d[0]).toMatchObject({ line: 1, col: 1 });
    expect(d[0]!.message).toMatch(/^expected /);
  });
});

describe('openai-agents', () => {
  it('reads JSON lines of items, groups spans by trace, and decodes unparsable input as _raw', () => {
    const span = (trace: string, id: string, start: string, name: string, input: string): string =>
      JSON.stringify({ object: 'trace.span', id, trace_id: trace, parent_id: null, started_at: start, ended_at: null, span_data: { type: 'function', name, input, output: 'ok', mcp_data: null }, error: null });
    const text = [span('t1', 's2', '2025-01-01T00:00:02+00:00', 'b', '{"x":1}'), span('t2', 's1', '2025-01-01T00:00:01+00:00', 'c', 'not json'), span('t1', 's1', '2025-01-01T00:00:01+00:00', 'a', '')].join('\n') + '\n';
    const r = importOpenAiAgents(text, { inputName: 'x.jsonl' });
    expect(r.episodes).toBe(2);
    const c = calls(r.lines);
    expect(c.map((x) => [x.episode_id, x.tool_name, x.args])).toEqual([
      ['t1', 'a', {}],
      ['t1', 'b', { x: 1 }],
      ['t2', 'c', { _raw: 'not json' }],
    ]);
    // Per-trace flags on a two-trace file are a usage error.
    expect(() => importOpenAiAgents(text, { inputName: 'x.jsonl', episodeId: 'e' })).toThrow(/one trace/);
  });

  it('names the line and column of a bad span and what was expected', () => {
    const good = JSON.stringify({ object: 'trace.span', id: 's', trace_id: 't', started_at: '2025-01-01T00:00:00Z', span_data: { type: 'agent', name: 'a' } });
    const bad = '{"object":"trace.span","id":"s2","trace_id":"t","started_at":"yesterday","span_data":{"type":"agent"}}';
    const d = diagnostics(() => importOpenAiAgents(`${good}\n${bad}\n`, { inputName: 'x.jsonl' }));
    expect(d[0]).toMatchObject({ line: 2, col: bad.indexOf('"yesterday"') + 1 });
    expect(d[0]!.message).toMatch(/"started_at" must be an ISO 8601 time/);
  });

  it('reports broken JSON at its position', () => {
    const d = diagnostics(() => importOpenAiAgents('{"data": [\n  {"object": "trace",}\n]}', { inputName: 'x.json' }));
    // The `}` after the trailing comma: column 22 of line 2.
    expect(d[0]).toMatchObject({ line: 2, col: 22 });
    expect(d[0]!.message).toMatch(/invalid JSON/);
  });

  it('requires the function name', () => {
    const d = diagnostics(() => importOpenAiAgents('{"data":[{"object":"trace.span","id":"s","trace_id":"t","span_data":{"type":"function","input":"{}"}}]}', { inputName: 'x.json' }));
    expect(d[0]!.message).toMatch(/function span_data: missing "name"/);
  });
});

describe('langchain', () => {
  it('reads a flat run list (parent_run_id) and keeps runs of two traces apart', () => {
    const run = (id: string, type: string, start: string, extra: Record<string, unknown> = {}) => ({ id, name: id, run_type: type, start_time: start, inputs: {}, outputs: null, ...extra });
    const runs = [
      run('r1', 'chain', '2025-01-01T00:00:00', { inputs: { question: 'q1' } }),
      run('t1b', 'tool', '2025-01-01T00:00:02', { parent_run_id: 'r1', inputs: { input: 'plain words' }, outputs: { output: { lc: 1, type: 'constructor', id: ['langchain', 'schema', 'messages', 'ToolMessage'], kwargs: { content: 'done', tool_call_id: 'c' } } } }),
      run('t1a', 'tool', '2025-01-01T00:00:01', { parent_run_id: 'r1', inputs: { path: 'a.txt' } }),
      run('r2', 'chain', '2025-01-01T00:00:05', { trace_id: 'r2', inputs: { input: 'q2' } }),
      run('t2', 'tool', '2025-01-01T00:00:06', { trace_id: 'r2', parent_run_id: 'r2', error: 'boom' }),
    ];
    const r = importLangChain(JSON.stringify(runs), { inputName: 'runs.json' });
    const ev = events(r.lines);
    expect(ev.filter((e) => e.type === 'episode_start').map((e) => [e.episode_id, (e.input as { prompt: string }).prompt])).toEqual([
      ['r1', 'q1'],
      ['r2', 'q2'],
    ]);
    expect(calls(r.lines).map((c) => [c.episode_id, c.tool_name, c.args, c.result, c.error])).toEqual([
      ['r1', 't1a', { path: 'a.txt' }, null, null],
      ['r1', 't1b', { input: 'plain words' }, 'done', null],
      ['r2', 't2', {}, null, 'boom'],
    ]);
  });

  it('names a run without run_type or start_time', () => {
    const d = diagnostics(() => importLangChain('[\n  {"id": "a", "name": "n", "run_type": "tool"}\n]', { inputName: 'r.json' }));
    expect(d[0]).toMatchObject({ line: 2, col: 3 });
    expect(d[0]!.message).toMatch(/missing "start_time"/);
  });
});

describe('langfuse', () => {
  it('writes a generation tool call without an executing observation from the request', () => {
    const trace = {
      id: 't', timestamp: '2025-01-01T00:00:00Z',
      observations: [{ id: 'g', type: 'GENERATION', startTime: '2025-01-01T00:00:01Z', endTime: '2025-01-01T00:00:02Z', input: 'hi', output: { role: 'assistant', content: '', tool_calls: [{ id: 'c1', name: 'lookup', args: { k: 'v' }, type: 'tool_call' }] } }],
    };
    const r = importLangfuse(JSON.stringify({ data: [trace] }), { inputName: 'l.json' });
    expect(calls(r.lines)).toEqual([expect.objectContaining({ tool_name: 'lookup', args: { k: 'v' }, result: null, error: null, timestamp: Date.parse('2025-01-01T00:00:02Z') })]);
    expect(events(r.lines)[0]).toMatchObject({ input: { prompt: 'hi' } });
  });

  it('explains a trace listing that holds only observation ids', () => {
    const d = diagnostics(() => importLangfuse('{"id":"t","timestamp":"2025-01-01T00:00:00Z","observations":["o1"]}', { inputName: 'l.json' }));
    expect(d[0]!.message).toMatch(/observation ids only: export the trace with GET \/api\/public\/traces\/\{id\}/);
  });
});

describe('parseTime', () => {
  it('reads ISO times with offsets and fractions, naive times as UTC, and epoch ms', () => {
    expect(parseTime('2025-06-01T10:00:00.123456+00:00')).toBe(Date.UTC(2025, 5, 1, 10, 0, 0, 123));
    expect(parseTime('2025-06-01T12:00:00+02:00')).toBe(Date.UTC(2025, 5, 1, 10));
    expect(parseTime('2025-06-01T10:00:00')).toBe(Date.UTC(2025, 5, 1, 10));
    expect(parseTime(1_700_000_000_000)).toBe(1_700_000_000_000);
    expect(parseTime('June 1st')).toBeUndefined();
  });
});
