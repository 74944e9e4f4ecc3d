import { describe, expect, it } from 'vitest';
import { readTrace } from '../../../src/core/trace/reader.js';
import { j, readLines, writeTrace } from './read-helpers.js';

describe('plain tool-call records', () => {
  it('one line per call, grouped into the default entry with prompt "ignore"', async () => {
    const r = await readLines([j({ tool: 'ToolA', args: { q: 'x' } }), j({ tool: 'ToolB' })]);
    expect(r.entries).toHaveLength(1);
    const e = r.entries[0]!;
    expect(e).toMatchObject({ prompt: 'ignore', binding_id: undefined, key: 'ignore', text: '', model: 'trace', first_line: 1, kind: 'plain', steps: 0 });
    expect(e.tool_calls).toEqual([
      { id: 'call-0', tool_name: 'ToolA', args: { q: 'x' }, result: null, error: null, index: 0, ts_ms: 0, pos: { file: 'trace.jsonl', line: 1 } },
      { id: 'call-1', tool_name: 'ToolB', args: {}, result: null, error: null, index: 1, ts_ms: 0, pos: { file: 'trace.jsonl', line: 2 } },
    ]);
    expect(e.meta).toEqual({ tool_calls: e.tool_calls });
    expect(r.stats).toEqual({ episodes: 1, records: 2, skipped_lines: 0, ignored_lines: 0, calls: 2 });
    // Calls go out as read; the entry completes at end of file.
    expect(r.events).toEqual(['call:ignore:ToolA', 'call:ignore:ToolB', 'entry:ignore']);
  });

  it('accepts every alias: tool/tool_name/name, args/arguments/params/parameters/input, id/tool_call_id, timestamp/ts_ms', async () => {
    const r = await readLines([
      j({ tool_name: 'A', arguments: { a: 1 }, id: 'i1', timestamp: 10 }),
      j({ name: 'B', params: { b: 1 }, tool_call_id: 'i2', ts_ms: 11 }),
      j({ tool: 'C', parameters: { c: 1 }, id: 3 }),
      j({ tool: 'D', input: { d: 1 } }),
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.tool_name, c.args, c.ts_ms])).toEqual([
      ['i1', 'A', { a: 1 }, 10],
      ['i2', 'B', { b: 1 }, 11],
      ['3', 'C', { c: 1 }, 0],
      ['call-3', 'D', { d: 1 }, 0],
    ]);
  });

  it('tool beats tool_name beats name; args beats arguments', async () => {
    const r = await readLines([j({ name: 'N', tool_name: 'TN', tool: 'T', arguments: 2, args: 1 })]);
    expect(r.entries[0]!.tool_calls[0]).toMatchObject({ tool_name: 'T', args: 1 });
  });

  it('groups by test_id, then episode_id, then run_id; entries complete at end of file in first-line order', async () => {
    const r = await readLines([
      j({ type: 'call_tool', tool: 'A', test_id: 't1' }),
      j({ tool: 'B', episode_id: 'ep' }),
      j({ tool: 'C', run_id: 'run', test_id: 't1' }),
      j({ tool: 'D' }),
      j({ tool: 'E', run_id: 'run' }),
    ]);
    expect(r.entries.map((e) => [e.key, e.binding_id, e.prompt, e.first_line, e.tool_calls.map((c) => `${c.tool_name}${c.index}`).join(',')])).toEqual([
      ['t1', 't1', undefined, 1, 'A0,C1'],
      ['ep', 'ep', undefined, 2, 'B0'],
      ['ignore', undefined, 'ignore', 4, 'D0'],
      ['run', 'run', undefined, 5, 'E0'],
    ]);
    expect(r.calls.map((c) => c.key)).toEqual(['t1', 'ep', 't1', 'ignore', 'run']);
  });

  it('the first prompt and the last response/text of a group set the entry prompt and text', async () => {
    const r = await readLines([
      j({ type: 'call_tool', tool: 'A', test_id: 't', prompt: 'first', response: 'r1' }),
      j({ type: 'call_tool', tool: 'B', test_id: 't', prompt: 'second', text: 't2' }),
    ]);
    expect(r.entries[0]).toMatchObject({ prompt: 'first', text: 't2', key: 't' });
  });

  it('the default group takes the first prompt it sees (its key follows)', async () => {
    const r = await readLines([j({ type: 'call_tool', tool: 'A', prompt: 'hello' }), j({ tool: 'B' })]);
    expect(r.entries[0]).toMatchObject({ prompt: 'hello', key: 'hello', binding_id: undefined });
    expect(r.calls.map((c) => c.key)).toEqual(['hello', 'hello']);
  });

  it('text falls back to the last call result (strings as is, JSON compact), else ""', async () => {
    const r = await readLines([
      j({ tool: 'A', test_id: 'a', result: 'first' }),
      j({ tool: 'B', test_id: 'a', result: { n: 1 } }),
      j({ tool: 'C', test_id: 'b', result: 'x' }),
      j({ tool: 'D', test_id: 'b' }),
    ]);
    expect(r.entries.map((e) => e.text)).toEqual(['{"n":1}', '']);
  });

  it('type "tool_call" without episode_id is a plain record (with its result and error)', async () => {
    const r = await readLines([j({ type: 'tool_call', tool_name: 'X', args: { a: 1 }, result: { ok: true }, error: 'e', test_id: 't' })]);
    expect(r.entries[0]!.tool_calls[0]).toMatchObject({ tool_name: 'X', args: { a: 1 }, result: { ok: true }, error: 'e' });
    expect(r.entries[0]!.key).toBe('t');
  });

  it('a tool_calls array on a prompt-less line: each entry one call, ids call-<index> within the group', async () => {
    const r = await readLines([
      j({ tool: 'First' }),
      j({ tool_calls: [{ id: 'c9', type: 'function', function: { name: 'fn', arguments: '{"a":1}' } }, { name: 'Second' }], timestamp: 7 }),
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.tool_name, c.args, c.index, c.ts_ms, c.pos.line])).toEqual([
      ['call-0', 'First', {}, 0, 0, 1],
      ['c9', 'fn', { a: 1 }, 1, 7, 2],
      ['call-2', 'Second', {}, 2, 7, 2],
    ]);
  });

  describe('tool_result', () => {
    it('attaches result and error to the most recent call with that id in any open group', async () => {
      const r = await readLines([
        j({ type: 'call_tool', tool: 'A', id: 'c1', test_id: 'x' }),
        j({ type: 'call_tool', tool: 'B', id: 'c1', test_id: 'y' }),
        j({ type: 'tool_result', id: 'c1', result: { rows: 3 } }),
        j({ type: 'call_tool', tool: 'C', test_id: 'x' }),
        j({ type: 'tool_result', tool_call_id: 'call-1', error: 'timeout' }),
      ]);
      const [x, y] = r.entries;
      expect(x!.tool_calls.map((c) => [c.id, c.result, c.error])).toEqual([
        ['c1', null, null],
        ['call-1', null, 'timeout'],
      ]);
      expect(y!.tool_calls.map((c) => [c.id, c.result, c.error])).toEqual([['c1', { rows: 3 }, null]]);
      expect(y!.text).toBe('{"rows":3}');
      expect(r.stats).toMatchObject({ records: 5, calls: 3, skipped_lines: 0 });
    });

    it('matches the default ids call-<index>', async () => {
      const r = await readLines([j({ tool: 'A' }), j({ type: 'tool_result', id: 'call-0', result: 'done' })]);
      expect(r.entries[0]!.tool_calls[0]!.result).toBe('done');
      expect(r.entries[0]!.text).toBe('done');
    });

    it('updates the call object that onCall received', async () => {
      const seen: unknown[] = [];
      const file = writeTrace([j({ tool: 'A', id: 'k' }), j({ type: 'tool_result', id: 'k', result: 1 })]);
      await readTrace(file, { onCall: (_k, c) => seen.push(c) });
      expect(seen).toMatchObject([{ id: 'k', result: 1 }]);
    });

    it('without retained calls still sets the text from the last call', async () => {
      const r = await readLines([j({ tool: 'A', id: 'a' }), j({ tool: 'B', id: 'b' }), j({ type: 'tool_result', id: 'a', result: 'old' }), j({ type: 'tool_result', id: 'b', result: 'new' })], {
        retainCalls: false,
      });
      expect(r.entries[0]!.text).toBe('new');
      expect(r.entries[0]!.tool_calls).toEqual([]);
      expect(r.diags).toEqual([]);
    });

    it.each([
      [j({ type: 'tool_result', id: 'nope', result: 1 }), 'tool_result for call "nope" which was not seen'],
      [j({ type: 'tool_result', result: 1 }), 'tool_result: missing "id" or "tool_call_id"'],
      [j({ type: 'tool_result', id: [1] }), 'tool_result: "id" must be a string'],
    ])('%s → %s', async (line, message) => {
      for (const retainCalls of [true, false]) {
        const r = await readLines([j({ tool: 'A' }), line], { retainCalls });
        expect(r.diags.map((d) => [d.message, d.line])).toEqual([[message, 2]]);
      }
    });
  });

  it.each([
    [j({ response: 'only' }), 'record has no prompt, response or tool call'],
    [j({}), 'record has no prompt, response or tool call'],
    [j({ tool_calls: 'x' }), 'record: "tool_calls" must be an array'],
    [j({ tool: '' }), 'record: "tool" must be a non-empty string'],
    [j({ name: 5 }), 'record: "name" must be a non-empty string'],
    [j({ tool: 'A', test_id: 5 }), 'record: "test_id" must be a string'],
    [j({ tool: 'A', timestamp: 'now' }), 'record: "timestamp" must be an integer (milliseconds)'],
    [j({ tool: 'A', id: true }), 'record: "id" must be a string'],
    [j({ tool_calls: [{ name: 'A' }, { args: {} }] }), 'record: tool_calls[1] has no tool name'],
    [j({ type: 'call_tool', test_id: 't' }), 'call_tool: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array'],
    [j({ type: 'call_tool', tool: 'A', prompt: 3 }), 'call_tool: "prompt" must be a string'],
    [j({ type: 'tool_call', tool_name: 'A', response: [] }), 'tool_call: "response" must be a string'],
  ])('%s → %s', async (line, message) => {
    const r = await readLines([line]);
    expect(r.diags.map((d) => [d.code, d.message])).toEqual([['W_TRACE_SKIPPED_LINE', message]]);
    expect(r.calls).toEqual([]);
    expect(r.entries).toEqual([]);
  });
});
