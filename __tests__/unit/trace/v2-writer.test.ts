import { describe, expect, it } from 'vitest';
import { episodeEndLine, episodeStartLine, stepLine, toolCallLine, v2EventLine, v2Jsonl, type V2Event } from '../../../src/core/trace/v2-writer.js';
import { read, writeTrace } from './read-helpers.js';

const example: V2Event[] = [
  { type: 'episode_start', episode_id: 'flight-1', timestamp: 1000, input: { prompt: 'book AMS-LIS' }, meta: { test_id: 'book_flight' } },
  { type: 'step', episode_id: 'flight-1', step_id: 's1', timestamp: 1001, kind: 'model', content: 'searching' },
  { type: 'tool_call', episode_id: 'flight-1', step_id: 's1', timestamp: 1002, tool_name: 'flights.search', call_index: 0, args: { from: 'AMS', to: 'LIS' }, result: { count: 3 }, error: null },
  { type: 'episode_end', episode_id: 'flight-1', timestamp: 1003, outcome: 'pass', final_output: 'Booked flight KL1693' },
];

const exampleText = [
  '{"type":"episode_start","episode_id":"flight-1","timestamp":1000,"input":{"prompt":"book AMS-LIS"},"meta":{"test_id":"book_flight"}}',
  '{"type":"step","episode_id":"flight-1","step_id":"s1","timestamp":1001,"kind":"model","content":"searching"}',
  '{"type":"tool_call","episode_id":"flight-1","step_id":"s1","timestamp":1002,"tool_name":"flights.search","call_index":0,"args":{"from":"AMS","to":"LIS"},"result":{"count":3},"error":null}',
  '{"type":"episode_end","episode_id":"flight-1","timestamp":1003,"outcome":"pass","final_output":"Booked flight KL1693"}',
].join('\n') + '\n';

describe('canonical V2 JSONL', () => {
  it('writes the example byte for byte', () => {
    expect(v2Jsonl(example)).toBe(exampleText);
  });

  it('uses the fixed key order whatever order the fields are given in', () => {
    const line = stepLine({ meta: { z: 1, a: 2 }, truncations: [], content_sha256: 'h', content: null, name: 'n', idx: 2, kind: 'tool', timestamp: 5, step_id: 's', episode_id: 'e' });
    expect(line).toBe('{"type":"step","episode_id":"e","step_id":"s","timestamp":5,"kind":"tool","idx":2,"name":"n","content":null,"content_sha256":"h","truncations":[],"meta":{"z":1,"a":2}}');
    expect(
      toolCallLine({ truncations: ['args'], error: 'x', result_sha256: 'r', result: 1, args_sha256: 'a', args: 2, call_index: 1, tool_name: 't', timestamp: 0, step_id: 's', episode_id: 'e' }),
    ).toBe('{"type":"tool_call","episode_id":"e","step_id":"s","timestamp":0,"tool_name":"t","call_index":1,"args":2,"args_sha256":"a","result":1,"result_sha256":"r","error":"x","truncations":["args"]}');
  });

  it('omits absent optional fields but always writes args, result and error', () => {
    expect(episodeStartLine({ episode_id: 'e', timestamp: 0 })).toBe('{"type":"episode_start","episode_id":"e","timestamp":0}');
    expect(stepLine({ episode_id: 'e', step_id: 's', timestamp: 0, kind: 'model' })).toBe('{"type":"step","episode_id":"e","step_id":"s","timestamp":0,"kind":"model"}');
    expect(toolCallLine({ episode_id: 'e', step_id: 's', timestamp: 0, tool_name: 't' })).toBe(
      '{"type":"tool_call","episode_id":"e","step_id":"s","timestamp":0,"tool_name":"t","args":null,"result":null,"error":null}',
    );
    expect(episodeEndLine({ episode_id: 'e', timestamp: 0, final_output: null })).toBe('{"type":"episode_end","episode_id":"e","timestamp":0,"final_output":null}');
  });

  it('escapes strings as JSON and keeps nested key order', () => {
    const line = v2EventLine({ type: 'episode_start', episode_id: 'a"b\n', timestamp: 1, input: { prompt: 'é😀\u2028', b: 1, a: 2 } });
    expect(line).toBe('{"type":"episode_start","episode_id":"a\\"b\\n","timestamp":1,"input":{"prompt":"é😀\u2028","b":1,"a":2}}');
    expect(JSON.parse(line).episode_id).toBe('a"b\n');
  });

  it('refuses non-integer timestamps', () => {
    expect(() => episodeEndLine({ episode_id: 'e', timestamp: 1.5 })).toThrow(RangeError);
  });

  it('reads back through the trace reader to the same entry', async () => {
    const r = await read(writeTrace(v2Jsonl(example)), { strict: true });
    expect(r.entries[0]).toMatchObject({ prompt: 'book AMS-LIS', binding_id: 'book_flight', text: 'Booked flight KL1693', steps: 1 });
    expect(r.entries[0]!.tool_calls[0]).toMatchObject({ id: 's1-0', tool_name: 'flights.search', args: { from: 'AMS', to: 'LIS' }, result: { count: 3 }, error: null, ts_ms: 1002 });
  });
});
