import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { readTrace } from '../../../src/core/trace/reader.js';
import { j, readLines, rejection, writeTrace } from './read-helpers.js';

const rec = (prompt: string) => j({ prompt, response: 'r' });

describe('line classes', () => {
  it('blank lines and # comments are not counted; unknown string types are ignored and counted', async () => {
    const r = await readLines(['', '   ', '\t', '# a comment', '   # indented comment', rec('a'), j({ type: 'verdict.trace', x: 1 }), j({ type: 'verdict.trace' }), j({ type: 'other' })]);
    expect(r.stats).toEqual({ episodes: 1, records: 1, skipped_lines: 0, ignored_lines: 3, calls: 0 });
    // One note per distinct unknown type, at its first line.
    expect(r.diags).toEqual([
      {
        code: 'W_TRACE_UNKNOWN_TYPE',
        severity: 'note',
        message: 'lines with unknown type "verdict.trace" are ignored (counted in ignored_lines)',
        source: 'trace',
        file: 'trace.jsonl',
        line: 7,
        col: 1,
      },
      expect.objectContaining({ code: 'W_TRACE_UNKNOWN_TYPE', line: 9, message: 'lines with unknown type "other" are ignored (counted in ignored_lines)' }),
    ]);
  });

  it('unknown types are never an error, even with strict', async () => {
    const r = await readLines([j({ type: 'future.thing' }), rec('a')], { strict: true });
    expect(r.stats.ignored_lines).toBe(1);
  });

  it('accepts CRLF line ends, a leading BOM and a last line without LF', async () => {
    const text = '\uFEFF' + [rec('a'), '# c', '', rec('b')].join('\r\n') + '\r\n' + rec('c');
    const r = await readLines(text);
    expect(r.entries.map((e) => [e.prompt, e.first_line])).toEqual([
      ['a', 1],
      ['b', 4],
      ['c', 5],
    ]);
    expect(r.diags).toEqual([]);
  });

  it('a BOM in front of a comment or blank first line is still ignored', async () => {
    const r = await readLines('\uFEFF# header\n' + rec('a') + '\n');
    expect(r.stats).toMatchObject({ records: 1, skipped_lines: 0 });
    const r2 = await readLines('\uFEFF\n' + rec('a') + '\n');
    expect(r2.stats).toMatchObject({ records: 1, skipped_lines: 0 });
  });

  it('an empty file reads as zero records', async () => {
    const r = await readLines('');
    expect(r.stats).toEqual({ episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 });
  });
});

describe('bad lines', () => {
  it('invalid JSON: parser message, first 50 chars, col = parser offset + 1', async () => {
    const r = await readLines([rec('ok'), '{"a":1', '{"a":}', '{"é😀":tru}', 'x'.repeat(80)]);
    expect(r.diags.map((d) => [d.code, d.severity, d.line, d.col, d.message])).toEqual([
      ['W_TRACE_SKIPPED_LINE', 'warning', 2, 7, `invalid JSON: Expected ',' or '}' after property value in JSON at position 6; content: "{"a":1"`],
      ['W_TRACE_SKIPPED_LINE', 'warning', 3, 6, `invalid JSON: Unexpected token '}', "{"a":}" is not valid JSON; content: "{"a":}"`],
      // col counts code points: the emoji is one column although two UTF-16 units (the error is at `}`).
      ['W_TRACE_SKIPPED_LINE', 'warning', 4, 10, expect.stringMatching(/^invalid JSON: .*; content: "\{"é😀":tru\}"$/)],
      ['W_TRACE_SKIPPED_LINE', 'warning', 5, 1, expect.stringMatching(new RegExp(`; content: "${'x'.repeat(50)}"$`))],
    ]);
    expect(r.stats).toEqual({ episodes: 1, records: 1, skipped_lines: 4, ignored_lines: 0, calls: 0 });
  });

  it('the content excerpt drops a CR and escapes control characters', async () => {
    const r = await readLines('{bad\u0001\r\n');
    expect(r.diags[0]!.message).toMatch(/; content: "\{bad\\u0001"$/);
  });

  it.each([
    ['[1,2]', 'array'],
    ['"str"', 'string'],
    ['42', 'number'],
    ['true', 'boolean'],
    ['null', 'null'],
  ])('JSON %s is not an object → found %s', async (line, what) => {
    const r = await readLines([line]);
    expect(r.diags.map((d) => [d.message, d.line, d.col])).toEqual([[`expected a JSON object, found ${what}`, 1, 1]]);
  });

  it('a non-string type is a bad line', async () => {
    const r = await readLines([j({ type: 3, prompt: 'p' }), j({ type: null, prompt: 'p' })]);
    expect(r.diags.map((d) => d.message)).toEqual(['"type" must be a string', '"type" must be a string']);
  });

  it('reports every bad line in default mode and keeps reading', async () => {
    const lines = [];
    for (let i = 0; i < 30; i++) lines.push('nope');
    lines.push(rec('after'));
    const r = await readLines(lines);
    expect(r.diags).toHaveLength(30);
    expect(r.stats.skipped_lines).toBe(30);
    expect(r.entries.map((e) => e.prompt)).toEqual(['after']);
  });

  it('strict: the first bad line throws E_TRACE_INVALID with its diagnostic; nothing is reported as a warning', async () => {
    const seen: string[] = [];
    const file = writeTrace([rec('a'), '{"a":}', 'also bad']);
    const err = await rejection(readTrace(file, { onDiagnostic: (d) => seen.push(d.code), onEntry: (e) => seen.push(e.key) }, { strict: true, displayPath: 'traces/run.jsonl' }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    expect(err.source).toBe('trace');
    expect(err.message).toBe(`invalid JSON: Unexpected token '}', "{"a":}" is not valid JSON; content: "{"a":}"`);
    expect(err.context).toEqual({ file: 'traces/run.jsonl', line: 2, col: 6 });
    expect(err.diagnostics).toEqual([{ code: 'E_TRACE_INVALID', severity: 'error', message: err.message, source: 'trace', file: 'traces/run.jsonl', line: 2, col: 6 }]);
    expect(err.nextStep).toContain('--trace-file traces/run.jsonl');
    expect(seen).toEqual(['a']);
  });

  it('strict: shape errors are fatal too', async () => {
    const err = await rejection(readLines([j({ type: 'step', episode_id: 'e', step_id: 's', timestamp: 1, kind: 'model' })], { strict: true }));
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    expect(err.message).toBe('step for episode "e" which is not open');
  });
});

describe('encoding and size limits', () => {
  it('invalid UTF-8 makes only that line bad; col points at the bad byte', async () => {
    const buf = Buffer.concat([Buffer.from(rec('a') + '\n'), Buffer.from('{"p":"é'), Buffer.from([0xff]), Buffer.from('"}\n'), Buffer.from(rec('b') + '\n')]);
    const r = await readLines(buf);
    expect(r.diags.map((d) => [d.code, d.message, d.line, d.col])).toEqual([['W_TRACE_SKIPPED_LINE', 'line is not valid UTF-8', 2, 8]]);
    expect(r.entries.map((e) => e.prompt)).toEqual(['a', 'b']);
    expect(r.stats.skipped_lines).toBe(1);
  });

  it.each([
    ['overlong', [0xc0, 0xaf]],
    ['surrogate', [0xed, 0xa0, 0x80]],
    ['above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['truncated at end of line', [0xe2, 0x82]],
    ['lone continuation', [0x80]],
  ])('rejects %s sequences', async (_name, bytes) => {
    const r = await readLines(Buffer.concat([Buffer.from('{"p":"'), Buffer.from(bytes), Buffer.from('"}\n')]));
    expect(r.diags.map((d) => [d.message, d.col])).toEqual([['line is not valid UTF-8', 7]]);
  });

  it('a literal U+FFFD is valid text', async () => {
    const r = await readLines([j({ prompt: 'a\uFFFDb', response: 'r' })]);
    expect(r.entries[0]!.prompt).toBe('a\uFFFDb');
    expect(r.diags).toEqual([]);
  });

  it('strict: invalid UTF-8 is fatal', async () => {
    const err = await rejection(readLines(Buffer.from([0x7b, 0xff, 0x7d, 0x0a]), { strict: true }));
    expect([err.reasonCode, err.message, err.context.line, err.context.col]).toEqual(['E_TRACE_INVALID', 'line is not valid UTF-8', 1, 2]);
  });

  it('lines spanning read chunks, with multi-byte characters split across the boundary, read intact', async () => {
    const big = 'ü'.repeat(700_000); // 1.4 MB in UTF-8: crosses the 1 MiB chunk boundary
    const lines = [rec('a'), j({ prompt: 'big!', response: big }), j({ prompt: 'x'.repeat(1_048_000), response: '' }), rec('z')];
    const bytes = Buffer.from(lines.join('\n') + '\n');
    // The 1 MiB read boundary falls inside a two-byte character.
    expect(bytes[1024 * 1024]! & 0xc0).toBe(0x80);
    const r = await readLines(bytes);
    expect(r.diags).toEqual([]);
    expect(r.entries.map((e) => [e.prompt?.length, e.first_line])).toEqual([
      [1, 1],
      [4, 2],
      [1_048_000, 3],
      [1, 4],
    ]);
    expect(r.entries[1]!.text).toBe(big);
  });

  it('invalid UTF-8 in a line that spans chunks is found', async () => {
    const buf = Buffer.concat([Buffer.from('{"prompt":"' + 'a'.repeat(2_000_000)), Buffer.from([0xfe]), Buffer.from('"}\n' + rec('ok') + '\n')]);
    const r = await readLines(buf);
    expect(r.diags.map((d) => [d.message, d.line, d.col])).toEqual([['line is not valid UTF-8', 1, 2_000_012]]);
    expect(r.entries.map((e) => e.prompt)).toEqual(['ok']);
  });

  it('a line over 16 MiB is a bad line; reading goes on after it', async () => {
    const long = '{"prompt":"' + 'a'.repeat(17 * 1024 * 1024) + '"}';
    const r = await readLines([rec('before'), long, rec('after')]);
    expect(r.diags.map((d) => [d.code, d.message, d.line, d.col])).toEqual([['W_TRACE_SKIPPED_LINE', 'line exceeds 16 MiB', 2, 1]]);
    expect(r.entries.map((e) => [e.prompt, e.first_line])).toEqual([
      ['before', 1],
      ['after', 3],
    ]);
  });

  it('an over-long last line without LF is a bad line', async () => {
    const r = await readLines(rec('a') + '\n' + 'b'.repeat(16 * 1024 * 1024 + 10));
    expect(r.diags.map((d) => [d.message, d.line])).toEqual([['line exceeds 16 MiB', 2]]);
  });

  it('a line of exactly 16 MiB (plus CR) is accepted; one byte more is not', async () => {
    const limit = 16 * 1024 * 1024;
    const make = (n: number) => '{"prompt":"' + 'a'.repeat(n - 19) + '","x":1}';
    expect(make(limit)).toHaveLength(limit);
    const r = await readLines(make(limit) + '\r\n' + make(limit + 1) + '\n');
    expect(r.entries.map((e) => e.prompt?.length)).toEqual([limit - 19]);
    expect(r.diags.map((d) => [d.message, d.line])).toEqual([['line exceeds 16 MiB', 2]]);
  });

  it('strict: an over-long line is fatal', async () => {
    const err = await rejection(readLines(['x'.repeat(16 * 1024 * 1024 + 1)], { strict: true }));
    expect([err.reasonCode, err.message, err.context.line]).toEqual(['E_TRACE_INVALID', 'line exceeds 16 MiB', 1]);
  });
});
