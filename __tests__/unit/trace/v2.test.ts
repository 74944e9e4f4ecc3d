import { describe, expect, it } from 'vitest';
import { j, readLines } from './read-helpers.js';

const start = (id: string, extra: object = {}) => j({ type: 'episode_start', episode_id: id, timestamp: 1, ...extra });
const step = (id: string, extra: object = {}) => j({ type: 'step', episode_id: id, step_id: 's1', timestamp: 2, kind: 'model', ...extra });
const call = (id: string, extra: object = {}) => j({ type: 'tool_call', episode_id: id, step_id: 's1', timestamp: 3, tool_name: 'T', ...extra });
const end = (id: string, extra: object = {}) => j({ type: 'episode_end', episode_id: id, timestamp: 4, ...extra });

describe('V2 events', () => {
  it('assembles the example into one entry', async () => {
    const r = await readLines([
      '{"type":"episode_start","episode_id":"flight-1","timestamp":1000,"input":{"prompt":"book AMS-LIS"},"meta":{"test_id":"book_flight"}}',
      '{"type":"step","episode_id":"flight-1","step_id":"s1","timestamp":1001,"kind":"model","content":"searching"}',
      '{"type":"tool_call","episode_id":"flight-1","step_id":"s1","timestamp":1002,"tool_name":"flights.search","call_index":0,"args":{"from":"AMS","to":"LIS"},"result":{"count":3},"error":null}',
      '{"type":"episode_end","episode_id":"flight-1","timestamp":1003,"outcome":"pass","final_output":"Booked flight KL1693"}',
    ]);
    expect(r.stats).toEqual({ episodes: 1, records: 4, skipped_lines: 0, ignored_lines: 0, calls: 1 });
    expect(r.diags).toEqual([]);
    const e = r.entries[0]!;
    const expectedCall = {
      id: 's1-0',
      tool_name: 'flights.search',
      args: { from: 'AMS', to: 'LIS' },
      result: { count: 3 },
      error: null,
      index: 0,
      ts_ms: 1002,
      pos: { file: 'trace.jsonl', line: 3 },
    };
    expect(e).toEqual({
      prompt: 'book AMS-LIS',
      binding_id: 'book_flight',
      text: 'Booked flight KL1693',
      model: 'trace',
      meta: { test_id: 'book_flight', tool_calls: [expectedCall] },
      tool_calls: [expectedCall],
      steps: 1,
      first_line: 1,
      file: 'trace.jsonl',
      key: 'book_flight',
      kind: 'v2',
      shared_prompt: false,
    });
    expect(r.calls).toEqual([{ key: 'book_flight', call: expectedCall }]);
    expect(r.events).toEqual(['call:book_flight:flights.search', 'entry:book_flight']);
  });

  it('uses episode_id as binding id when meta.test_id is not a string; a non-object meta becomes {}', async () => {
    const r = await readLines([start('e1', { meta: { test_id: 7 } }), end('e1'), start('e2', { meta: 'x' }), end('e2')]);
    expect(r.entries.map((e) => [e.binding_id, e.key, e.prompt])).toEqual([
      ['e1', 'e1', undefined],
      ['e2', 'e2', undefined],
    ]);
    expect(r.entries[1]!.meta).toEqual({ tool_calls: [] });
  });

  it('numbers calls by position in the episode and ids them <step_id>-<call_index>', async () => {
    const r = await readLines([
      start('e1'),
      call('e1', { step_id: 'a', call_index: 2, timestamp: 10 }),
      call('e1', { step_id: 'b' }),
      end('e1'),
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.index, c.ts_ms, c.args, c.result, c.error, c.pos.line])).toEqual([
      ['a-2', 0, 10, null, null, null, 2],
      ['b-0', 1, 3, null, null, null, 3],
    ]);
  });

  it('a call needs no matching step, and steps are counted', async () => {
    const r = await readLines([start('e1'), step('e1'), step('e1', { kind: 'tool' }), call('e1', { step_id: 'nope' }), end('e1')]);
    expect(r.entries[0]!.steps).toBe(2);
    expect(r.entries[0]!.tool_calls).toHaveLength(1);
  });

  describe('prompt (rule 1)', () => {
    it('takes input.prompt; later steps cannot replace it', async () => {
      const r = await readLines([start('e1', { input: { prompt: 'P0' } }), step('e1', { content: j({ prompt: 'P1' }) }), end('e1')]);
      expect(r.entries[0]!.prompt).toBe('P0');
    });
    it('else the first step yielding one (content JSON prompt, else meta gen_ai.prompt)', async () => {
      const r = await readLines([
        start('e1'),
        step('e1', { kind: 'tool', content: 'plain' }),
        step('e1', { kind: 'tool', meta: { 'gen_ai.prompt': 'from-meta' } }),
        step('e1', { kind: 'tool', content: j({ prompt: 'later' }) }),
        end('e1'),
      ]);
      expect(r.entries[0]!.prompt).toBe('from-meta');
    });
    it('content prompt beats meta in the same step', async () => {
      const r = await readLines([start('e1'), step('e1', { content: j({ prompt: 'c' }), meta: { 'gen_ai.prompt': 'm' } }), end('e1')]);
      expect(r.entries[0]!.prompt).toBe('c');
    });
    it('a model step replaces a prompt from a non-model step, then it is final', async () => {
      const r = await readLines([
        start('e1'),
        step('e1', { kind: 'tool', content: j({ prompt: 'tool-p' }) }),
        step('e1', { kind: 'model', content: j({ prompt: 'model-p' }) }),
        step('e1', { kind: 'model', content: j({ prompt: 'model-2' }) }),
        end('e1'),
      ]);
      expect(r.entries[0]!.prompt).toBe('model-p');
    });
    it('a non-model step does not replace a prompt from another non-model step', async () => {
      const r = await readLines([
        start('e1'),
        step('e1', { kind: 'tool', content: j({ prompt: 'a' }) }),
        step('e1', { kind: 'tool', content: j({ prompt: 'b' }) }),
        end('e1'),
      ]);
      expect(r.entries[0]!.prompt).toBe('a');
    });
  });

  describe('output text and model (rules 2–3)', () => {
    it('raw content, last writer wins; no output → ""', async () => {
      const r = await readLines([start('e1'), step('e1', { content: 'one' }), step('e1', { content: 'two' }), step('e1', { content: null }), end('e1'), start('e2'), end('e2')]);
      expect(r.entries.map((e) => e.text)).toEqual(['two', '']);
    });
    it('a JSON completion is the text and its model sets the model', async () => {
      const r = await readLines([start('e1'), step('e1', { content: j({ completion: 'done', model: 'gpt-x' }) }), end('e1')]);
      expect([r.entries[0]!.text, r.entries[0]!.model]).toEqual(['done', 'gpt-x']);
    });
    it('content that is JSON without completion is kept raw; content model without completion is ignored', async () => {
      const content = j({ model: 'm', other: 1 });
      const r = await readLines([start('e1'), step('e1', { content }), end('e1')]);
      expect([r.entries[0]!.text, r.entries[0]!.model]).toEqual([content, 'trace']);
    });
    it('content starting with { that is not JSON is raw text', async () => {
      const r = await readLines([start('e1'), step('e1', { content: '{not json' }), end('e1')]);
      expect(r.entries[0]!.text).toBe('{not json');
    });
    it('meta gen_ai.completion overrides content; final_output overrides everything', async () => {
      const r = await readLines([
        start('e1'),
        step('e1', { content: 'c', meta: { 'gen_ai.completion': 'meta-text' } }),
        end('e1'),
        start('e2'),
        step('e2', { content: 'c', meta: { 'gen_ai.completion': 'meta-text' } }),
        end('e2', { final_output: 'final' }),
        start('e3'),
        step('e3', { content: 'c' }),
        end('e3', { final_output: null }),
      ]);
      expect(r.entries.map((e) => e.text)).toEqual(['meta-text', 'final', 'c']);
    });
    it('model from meta: response.model before request.model; content model wins over meta', async () => {
      const r = await readLines([
        start('e1'),
        step('e1', { meta: { 'gen_ai.request.model': 'req', 'gen_ai.response.model': 'resp' } }),
        end('e1'),
        start('e2'),
        step('e2', { meta: { 'gen_ai.request.model': 'req' } }),
        end('e2'),
        start('e3'),
        step('e3', { content: j({ completion: 'x', model: 'content-m' }) }),
        step('e3', { meta: { 'gen_ai.response.model': 'meta-m' } }),
        end('e3'),
      ]);
      expect(r.entries.map((e) => e.model)).toEqual(['resp', 'req', 'content-m']);
    });
  });

  it('keeps episode_start meta.tool_calls (normalised) ahead of tool_call events', async () => {
    const r = await readLines([
      start('e1', { meta: { test_id: 't', tool_calls: [{ tool_name: 'Pre', args: { a: 1 } }] } }),
      call('e1', { tool_name: 'Live' }),
      end('e1'),
    ]);
    const e = r.entries[0]!;
    expect(e.tool_calls.map((c) => [c.id, c.tool_name, c.index, c.pos.line])).toEqual([
      ['legacy-0', 'Pre', 0, 1],
      ['s1-0', 'Live', 1, 2],
    ]);
    expect(e.meta.tool_calls).toBe(e.tool_calls);
    expect(r.calls.map((c) => c.key)).toEqual(['t', 't']);
  });

  it('completes episodes left open at end of file, in order of their first line, without a warning', async () => {
    const r = await readLines([start('a'), start('b'), call('a'), end('b'), call('a', { step_id: 's2' })]);
    expect(r.events).toEqual(['call:a:T', 'entry:b', 'call:a:T', 'entry:a']);
    expect(r.entries.map((e) => [e.key, e.first_line, e.tool_calls.length])).toEqual([
      ['b', 2, 0],
      ['a', 1, 2],
    ]);
    expect(r.diags).toEqual([]);
    expect(r.stats.episodes).toBe(2);
  });

  it('with retainCalls=false entries keep no calls but every call still reaches onCall', async () => {
    const r = await readLines([start('e1'), call('e1'), call('e1', { step_id: 's2' }), end('e1')], { retainCalls: false });
    expect(r.calls.map((c) => c.call.id)).toEqual(['s1-0', 's2-0']);
    expect(r.calls.map((c) => c.call.index)).toEqual([0, 1]);
    expect(r.entries[0]!.tool_calls).toEqual([]);
    expect(r.stats.calls).toBe(2);
  });

  it('an episode id may be reused after its episode ended (a new episode; same binding id is then a duplicate)', async () => {
    const r = await readLines([start('e1', { meta: { test_id: 'a' } }), end('e1'), start('e1', { meta: { test_id: 'b' } }), end('e1')]);
    expect(r.entries.map((e) => e.key)).toEqual(['a', 'b']);
  });

  it('uses the prompt as key when the binding id is empty', async () => {
    const r = await readLines([start('e1', { input: { prompt: 'hello' }, meta: { test_id: '' } }), call('e1'), end('e1')]);
    expect(r.entries[0]!.key).toBe('hello');
    expect(r.calls[0]!.key).toBe('hello');
  });

  describe('bad V2 events (skipped with the  message)', () => {
    const cases: Array<[string, string, string[]?]> = [
      [j({ type: 'episode_start', timestamp: 1 }), 'episode_start: missing required field "episode_id"'],
      [j({ type: 'episode_start', episode_id: 5, timestamp: 1 }), 'episode_start: "episode_id" must be a string'],
      [j({ type: 'episode_start', episode_id: 'x' }), 'episode_start: missing required field "timestamp"'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 1.5 }), 'episode_start: "timestamp" must be an integer (milliseconds)'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 2 ** 53 }), 'episode_start: "timestamp" must be an integer (milliseconds) within ±(2^53−1): larger values lose precision'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: '1' }), 'episode_start: "timestamp" must be an integer (milliseconds)'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 1, input: 'p' }), 'episode_start: "input" must be an object'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 1, input: { prompt: 3 } }), 'episode_start: "input.prompt" must be a string'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 1, meta: { tool_calls: {} } }), 'episode_start: "meta.tool_calls" must be an array'],
      [j({ type: 'episode_start', episode_id: 'x', timestamp: 1, meta: { tool_calls: [{ args: {} }] } }), 'episode_start: meta.tool_calls[0] has no tool name'],
      [j({ type: 'episode_start', episode_id: 'o', timestamp: 1 }), 'episode_start for episode "o" which is already open', [start('o')]],
      [step('o', { content: { a: 1 } }), 'step: "content" must be a string or null', [start('o')]],
      [step('o', { kind: undefined }), 'step: missing required field "kind"', [start('o')]],
      [step('o', { step_id: 1 }), 'step: "step_id" must be a string', [start('o')]],
      [step('o', { idx: -1 }), 'step: "idx" must be a non-negative integer', [start('o')]],
      [step('o', { name: 1 }), 'step: "name" must be a string', [start('o')]],
      [step('o', { truncations: 'x' }), 'step: "truncations" must be an array', [start('o')]],
      [step('e1'), 'step for episode "e1" which is not open'],
      [call('e1'), 'tool_call for episode "e1" which is not open'],
      [call('e1'), 'tool_call for episode "e1" which is not open', [start('e1'), end('e1')]],
      [call('o', { tool_name: undefined }), 'tool_call: missing required field "tool_name"', [start('o')]],
      [call('o', { tool_name: '' }), 'tool_call: "tool_name" must be a non-empty string', [start('o')]],
      [call('o', { call_index: -1 }), 'tool_call: "call_index" must be a non-negative integer', [start('o')]],
      [call('o', { error: { code: 1 } }), 'tool_call: "error" must be a string or null', [start('o')]],
      [call('o', { step_id: undefined }), 'tool_call: missing required field "step_id"', [start('o')]],
      [call('o', { timestamp: -0.5 }), 'tool_call: "timestamp" must be an integer (milliseconds)', [start('o')]],
      [call('o', { truncations: {} }), 'tool_call: "truncations" must be an array', [start('o')]],
      [end('e1'), 'episode_end for episode "e1" which is not open'],
      [end('o', { final_output: 5 }), 'episode_end: "final_output" must be a string or null', [start('o')]],
      [end('o', { outcome: 5 }), 'episode_end: "outcome" must be a string', [start('o')]],
    ];
    it.each(cases)('%s → %s', async (line, message, before = []) => {
      const r = await readLines([...before, line]);
      const lineNo = before.length + 1;
      expect(r.diags).toEqual([
        { code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, source: 'trace', file: 'trace.jsonl', line: lineNo, col: 1 },
      ]);
      expect(r.stats.skipped_lines).toBe(1);
      expect(r.stats.records).toBe(before.length);
    });

    it('a skipped tool_call does not reach the entry; the episode goes on', async () => {
      const r = await readLines([start('e1'), call('e1', { error: 1 }), call('e1'), end('e1')]);
      expect(r.entries[0]!.tool_calls.map((c) => c.index)).toEqual([0]);
      expect(r.stats).toMatchObject({ records: 3, skipped_lines: 1, calls: 1 });
    });

    it('a bad episode_start leaves no episode behind', async () => {
      const r = await readLines([j({ type: 'episode_start', episode_id: 'x', timestamp: 1, meta: { tool_calls: [5] } }), call('x')]);
      expect(r.diags.map((d) => d.message)).toEqual(['episode_start: meta.tool_calls[0] must be an object', 'tool_call for episode "x" which is not open']);
      expect(r.calls).toEqual([]);
      expect(r.entries).toEqual([]);
    });
  });

  it('tool_call with a null episode_id is a plain record, not a V2 event', async () => {
    const r = await readLines([j({ type: 'tool_call', episode_id: null, tool_name: 'X' })]);
    expect(r.entries[0]!.kind).toBe('plain');
    expect(r.entries[0]!.tool_calls[0]!.tool_name).toBe('X');
  });

  it('accepts optional fields of every event', async () => {
    const r = await readLines([
      start('e1', { input: { prompt: 'p', context: ['x'] }, meta: { k: 1 } }),
      step('e1', { idx: 0, name: 'n', content: 'c', content_sha256: 'ab', truncations: [], meta: null }),
      call('e1', { call_index: 1, args: [1], args_sha256: 'x', result: 'r', result_sha256: 'y', error: 'boom', truncations: [] }),
      end('e1', { outcome: 'error', final_output: null }),
    ]);
    expect(r.diags).toEqual([]);
    expect(r.entries[0]!.tool_calls[0]).toMatchObject({ id: 's1-1', args: [1], result: 'r', error: 'boom' });
  });
});
