import { describe, expect, it } from 'vitest';
import { j, readLines } from './read-helpers.js';

describe('V1 records `type: "assay.trace"`', () => {
  it('reads prompt, response, model, meta, request_id (the binding id)', async () => {
    const r = await readLines([
      j({ type: 'assay.trace', schema_version: 1, prompt: 'hi', response: 'hello', model: 'gpt', meta: { a: 1 }, request_id: 'r1', provider: 'x', context: ['c'] }),
    ]);
    expect(r.entries).toEqual([
      {
        prompt: 'hi',
        binding_id: 'r1',
        text: 'hello',
        model: 'gpt',
        meta: { a: 1, tool_calls: [] },
        tool_calls: [],
        steps: 0,
        first_line: 1,
        file: 'trace.jsonl',
        key: 'r1',
        kind: 'v1',
        shared_prompt: false,
      },
    ]);
    expect(r.stats).toEqual({ episodes: 1, records: 1, skipped_lines: 0, ignored_lines: 0, calls: 0 });
  });

  it('text falls back to `text`; model defaults to "trace"; key = prompt without request_id', async () => {
    const r = await readLines([j({ type: 'assay.trace', prompt: 'p', text: 't' }), j({ type: 'assay.trace', prompt: 'q', request_id: null })]);
    expect(r.entries.map((e) => [e.text, e.model, e.key, e.binding_id])).toEqual([
      ['t', 'trace', 'p', undefined],
      ['', 'trace', 'q', undefined],
    ]);
  });

  it('normalises meta.tool_calls', async () => {
    const r = await readLines([j({ type: 'assay.trace', prompt: 'p', meta: { tool_calls: [{ tool: 'A', arguments: { x: 1 }, index: 4 }] } })]);
    expect(r.entries[0]!.tool_calls).toEqual([
      { id: 'legacy-0', tool_name: 'A', args: { x: 1 }, result: null, error: null, index: 4, ts_ms: 0, pos: { file: 'trace.jsonl', line: 1 } },
    ]);
    expect(r.calls.map((c) => c.key)).toEqual(['p']);
  });

  it.each([
    [j({ type: 'assay.trace', response: 'r' }), 'assay.trace: missing required field "prompt"'],
    [j({ type: 'assay.trace', prompt: 1 }), 'assay.trace: "prompt" must be a string'],
    [j({ type: 'assay.trace', prompt: 'p', response: { a: 1 } }), 'assay.trace: "response" must be a string'],
    [j({ type: 'assay.trace', prompt: 'p', model: 1 }), 'assay.trace: "model" must be a string'],
    [j({ type: 'assay.trace', prompt: 'p', request_id: 7 }), 'assay.trace: "request_id" must be a string'],
    [j({ type: 'assay.trace', prompt: 'p', meta: { tool_calls: 'x' } }), 'assay.trace: "meta.tool_calls" must be an array'],
  ])('%s → %s', async (line, message) => {
    const r = await readLines([line]);
    expect(r.diags.map((d) => [d.code, d.message, d.line, d.col])).toEqual([['W_TRACE_SKIPPED_LINE', message, 1, 1]]);
    expect(r.entries).toEqual([]);
  });
});

describe('legacy records (no type, has prompt)', () => {
  it('reads the V1 fields and copies meta', async () => {
    const r = await readLines([j({ prompt: 'p', response: 'r', model: 'm', request_id: 'id1', meta: { k: 'v' } })]);
    expect(r.entries[0]).toMatchObject({ prompt: 'p', text: 'r', model: 'm', binding_id: 'id1', key: 'id1', meta: { k: 'v' }, kind: 'legacy' });
  });

  it('tool + args → one call "legacy-v1"; args default {}', async () => {
    const r = await readLines([j({ prompt: 'p', tool: 'Search', args: { q: 'x' } }), j({ prompt: 'q', tool: 'Other' })]);
    expect(r.entries.map((e) => e.tool_calls)).toEqual([
      [{ id: 'legacy-v1', tool_name: 'Search', args: { q: 'x' }, result: null, error: null, index: 0, ts_ms: 0, pos: { file: 'trace.jsonl', line: 1 } }],
      [{ id: 'legacy-v1', tool_name: 'Other', args: {}, result: null, error: null, index: 0, ts_ms: 0, pos: { file: 'trace.jsonl', line: 2 } }],
    ]);
    expect(r.calls.map((c) => `${c.key}/${c.call.tool_name}`)).toEqual(['p/Search', 'q/Other']);
    expect(r.events).toEqual(['call:p:Search', 'entry:p', 'call:q:Other', 'entry:q']);
  });

  it('normalises a tool_calls array: name and args aliases, ids, index, timestamps, result/error', async () => {
    const r = await readLines([
      j({
        prompt: 'p',
        tool_calls: [
          { tool_name: 'A', args: { a: 1 } },
          { tool: 'B', arguments: { b: 1 }, id: 'x1', ts_ms: 5, result: 'ok' },
          { name: 'C', params: { c: 1 }, index: 9, timestamp: 6, error: 'bad' },
          { name: 'D', parameters: { d: 1 }, tool_call_id: 'y' },
          { name: 'E', input: { e: 1 } },
          { name: 'F', id: 12 },
        ],
      }),
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.tool_name, c.args, c.index, c.ts_ms, c.result, c.error])).toEqual([
      ['legacy-0', 'A', { a: 1 }, 0, 0, null, null],
      ['x1', 'B', { b: 1 }, 1, 5, 'ok', null],
      ['legacy-2', 'C', { c: 1 }, 9, 6, null, 'bad'],
      ['y', 'D', { d: 1 }, 3, 0, null, null],
      ['legacy-4', 'E', { e: 1 }, 4, 0, null, null],
      ['12', 'F', {}, 5, 0, null, null],
    ]);
  });

  it('tool_name beats tool and name in a tool_calls entry', async () => {
    const r = await readLines([j({ prompt: 'p', tool_calls: [{ name: 'N', tool: 'T', tool_name: 'TN' }] })]);
    expect(r.entries[0]!.tool_calls[0]!.tool_name).toBe('TN');
  });

  it('reads the OpenAI function-call shape; string arguments are parsed as JSON', async () => {
    const r = await readLines([
      j({
        prompt: 'p',
        tool_calls: [
          { id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } },
          { id: 'call_2', type: 'function', function: { name: 'broken', arguments: '{"city":' } },
          { id: 'call_3', type: 'function', function: { name: 'obj', arguments: { already: true } } },
          { id: 'call_4', type: 'function', function: { name: 'none' } },
          { id: 'call_5', type: 'function', function: { name: 'num', arguments: '42' } },
        ],
      }),
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.tool_name, c.args])).toEqual([
      ['call_1', 'get_weather', { city: 'Lisbon' }],
      ['call_2', 'broken', { _raw: '{"city":' }],
      ['call_3', 'obj', { already: true }],
      ['call_4', 'none', {}],
      ['call_5', 'num', 42],
    ]);
  });

  it('no response/text but a result → text = result (string as is, other JSON compact)', async () => {
    const r = await readLines([j({ prompt: 'a', result: 'plain' }), j({ prompt: 'b', result: { x: [1, 2] } }), j({ prompt: 'c', response: 'r', result: 'ignored' })]);
    expect(r.entries.map((e) => e.text)).toEqual(['plain', '{"x":[1,2]}', 'r']);
  });

  it('a non-object meta is not kept', async () => {
    const r = await readLines([j({ prompt: 'a', meta: [1] })]);
    expect(r.entries[0]!.meta).toEqual({ tool_calls: [] });
  });

  it('with retainCalls=false the entry keeps no calls; onCall still sees them', async () => {
    const r = await readLines([j({ prompt: 'a', tool_calls: [{ name: 'A' }, { name: 'B' }] })], { retainCalls: false });
    expect(r.entries[0]!.tool_calls).toEqual([]);
    expect(r.entries[0]!.meta.tool_calls).toEqual([]);
    expect(r.calls.map((c) => c.call.tool_name)).toEqual(['A', 'B']);
    expect(r.stats.calls).toBe(2);
  });

  it.each([
    [j({ prompt: 'p', tool_calls: 'x' }), 'record: "tool_calls" must be an array'],
    [j({ prompt: 'p', tool_calls: [{ args: {} }] }), 'record: tool_calls[0] has no tool name'],
    [j({ prompt: 'p', tool_calls: [{ name: 'A' }, 3] }), 'record: tool_calls[1] must be an object'],
    [j({ prompt: 'p', tool_calls: [{ name: '' }] }), 'record: tool_calls[0] has no tool name'],
    [j({ prompt: 'p', tool_calls: [{ type: 'function', function: { arguments: '{}' } }] }), 'record: tool_calls[0] has no tool name'],
    [j({ prompt: 'p', tool_calls: [{ name: 'A', ts_ms: 'x' }] }), 'record: tool_calls[0]: "ts_ms" must be an integer (milliseconds)'],
    [j({ prompt: 'p', tool_calls: [{ name: 'A', id: {} }] }), 'record: tool_calls[0]: "id" must be a string'],
    [j({ prompt: 'p', tool: 5 }), 'record: "tool" must be a non-empty string'],
    [j({ prompt: 5, response: 'r' }), 'record: "prompt" must be a string'],
    [j({ prompt: 'p', text: 5 }), 'record: "text" must be a string'],
  ])('%s → %s', async (line, message) => {
    const r = await readLines([line]);
    expect(r.diags.map((d) => d.message)).toEqual([message]);
    expect(r.entries).toEqual([]);
    expect(r.calls).toEqual([]);
  });
});
