import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { readTrace } from '../../../src/core/trace/reader.js';
import { j, readFiles, readLines, rejection, writeTrace } from './read-helpers.js';

const start = (id: string, extra: object = {}) => j({ type: 'episode_start', episode_id: id, timestamp: 1, ...extra });
const end = (id: string) => j({ type: 'episode_end', episode_id: id, timestamp: 2 });

describe('duplicates are always fatal', () => {
  it('duplicate prompt names both lines', async () => {
    const err = await rejection(readLines(['# c', '', j({ prompt: 'hi', response: 'a' }), j({ prompt: 'other' }), j({ prompt: 'hi', response: 'b' })]));
    expect(err).toBeInstanceOf(InputError);
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    expect(err.message).toBe('duplicate prompt "hi" (first at line 3)');
    expect(err.context).toMatchObject({ file: 'trace.jsonl', line: 5, col: 1, first_line: 3 });
    expect(err.diagnostics).toEqual([
      expect.objectContaining({ code: 'E_TRACE_INVALID', severity: 'error', file: 'trace.jsonl', line: 5, col: 1, message: 'duplicate prompt "hi" (first at line 3)' }),
    ]);
  });

  it('is fatal in default mode and under strict alike, and nothing of the duplicate entry is emitted', async () => {
    for (const strict of [false, true]) {
      const file = writeTrace([j({ prompt: 'hi', tool: 'A' }), j({ prompt: 'hi', tool: 'B' })]);
      const seen: string[] = [];
      const err = await rejection(readTrace(file, { onCall: (_k, c) => seen.push(c.tool_name), onEntry: (e) => seen.push(`entry ${e.key}`) }, { strict }));
      expect(err.reasonCode).toBe('E_TRACE_INVALID');
      expect(seen).toEqual(['A', 'entry hi']);
    }
  });

  it('duplicate binding id across shapes (V2 test_id vs plain group)', async () => {
    const err = await rejection(readLines([start('e1', { meta: { test_id: 't1' } }), end('e1'), j({ tool: 'A', test_id: 't1' })]));
    expect(err.message).toBe('duplicate binding id "t1" (first at line 1)');
    expect(err.context.line).toBe(3);
  });

  it('two episodes with one episode_id as binding id', async () => {
    const err = await rejection(readLines([start('e1'), end('e1'), start('e1'), end('e1')]));
    expect(err.message).toBe('duplicate binding id "e1" (first at line 1)');
  });

  it('repeated non-null request_id', async () => {
    const err = await rejection(readLines([j({ prompt: 'a', request_id: 'r1' }), j({ type: 'assay.trace', prompt: 'b', request_id: 'r1' })]));
    expect(err.message).toBe('duplicate request_id "r1" (first at line 1)');
    expect(err.context.line).toBe(2);
  });

  it('null request_ids do not collide', async () => {
    const r = await readLines([j({ prompt: 'a', request_id: null }), j({ prompt: 'b', request_id: null })]);
    expect(r.entries).toHaveLength(2);
  });

  it('a request_id equal to another entry binding id is a duplicate binding id', async () => {
    const err = await rejection(readLines([start('x'), end('x'), j({ prompt: 'a', request_id: 'x' })]));
    expect(err.message).toBe('duplicate binding id "x" (first at line 1)');
  });

  it('interleaved episodes: the earlier first line is named "first", whichever completes first', async () => {
    const err = await rejection(
      readLines([start('a', { input: { prompt: 'same' } }), start('b', { input: { prompt: 'same' } }), end('b'), end('a')]),
    );
    expect(err.message).toBe('duplicate prompt "same" (first at line 1)');
    expect(err.context.line).toBe(2);
  });

  it('an episode left open at end of file is checked too', async () => {
    const err = await rejection(readLines([j({ prompt: 'p' }), start('e', { input: { prompt: 'p' } })]));
    expect(err.message).toBe('duplicate prompt "p" (first at line 1)');
  });

  it('the default plain group\'s prompt "ignore" is a placeholder: no clash with a record of that prompt (binding decides)', async () => {
    const r = await readLines([j({ prompt: 'ignore', response: 'x' }), j({ tool: 'A' })]);
    expect(r.entries.map((e) => [e.prompt, e.shared_prompt])).toEqual([
      ['ignore', false],
      ['ignore', true],
    ]);
  });

  it('long prompts are compared exactly (stored as digests) and shortened in the message', async () => {
    const long = 'p'.repeat(5000);
    const r = await readLines([j({ prompt: long }), j({ prompt: long + 'x' }), j({ prompt: long.slice(1) })]);
    expect(r.entries).toHaveLength(3);
    const err = await rejection(readLines([j({ prompt: long }), j({ prompt: 'x' }), j({ prompt: long })]));
    expect(err.message).toBe(`duplicate prompt "${'p'.repeat(80)}…" (first at line 1)`);
  });

  it('across files the first file is named', async () => {
    const a = writeTrace([j({ prompt: 'hi' })], 'a.jsonl');
    const b = writeTrace([j({ prompt: 'x' }), j({ prompt: 'hi' })], 'b.jsonl');
    const err = await rejection(readFiles([{ path: a, displayPath: 'traces/a.jsonl' }, { path: b, displayPath: 'traces/b.jsonl' }]));
    expect(err.message).toBe('duplicate prompt "hi" (first at traces/a.jsonl:1)');
    expect(err.context).toMatchObject({ file: 'traces/b.jsonl', line: 2, first_file: 'traces/a.jsonl', first_line: 1 });
  });

  it('distinct prompts and ids pass', async () => {
    const r = await readLines([j({ prompt: 'a', request_id: '1' }), j({ prompt: 'b', request_id: '2' }), start('e', { input: { prompt: 'c' } }), end('e')]);
    expect(r.entries.map((e) => e.key)).toEqual(['1', '2', 'e']);
  });
});
