import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { quote, snippet } from '../../../src/core/trace/bad-line.js';
import { arrayElementOffsets, jsonErrorOffset, offsetToLineCol, offsetsToLines } from '../../../src/core/trace/json-scan.js';
import { codePointsInString, firstInvalidUtf8 } from '../../../src/core/trace/utf8.js';

describe('jsonErrorOffset', () => {
  it('is undefined for valid JSON', () => {
    for (const t of ['{}', ' [1, -2.5e+3, true, false, null, "a\\u00e9\\n", {"a": [[]]}] ', '"x"', '0', '-0.1E-2']) expect(jsonErrorOffset(t)).toBeUndefined();
  });
  it.each([
    ['{"a":}', 5],
    ['[1,]', 3],
    ['{"a":1', 6],
    ['', 0],
    ['{"a" 1}', 5],
    ['01', 1],
    ['-', 1],
    ['1.', 2],
    ['1e', 2],
    ['"\\x"', 2],
    ['"\\u12G4"', 5],
    ['"a\u0001"', 2],
    ['"abc', 4],
    ['tru', 3],
    ['{"a":1}x', 7],
    ["{'a':1}", 1],
    ['{"a":1,}', 7],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });
});

describe('array element positions', () => {
  it('finds root array elements and the last member array of a root object', () => {
    const t = '[1, {"a": [2, 3]}, "x"]';
    expect(arrayElementOffsets(t, null)).toEqual([1, 4, 19]);
    const o = '{"calls": [9], "x": {"calls": [1]}, "calls": [ {"a":"]"} ,\n{} ]}';
    expect(arrayElementOffsets(o, 'calls')).toEqual([47, 59]);
    expect(arrayElementOffsets('{"c\\u0061lls": [1]}', 'calls')).toEqual([16]);
    expect(arrayElementOffsets('{"calls": 1}', 'calls')).toEqual([]);
  });
  it('maps offsets to lines and columns (code points)', () => {
    const t = 'ab\n😀x\ny';
    expect(offsetToLineCol(t, 5)).toEqual({ line: 2, col: 2 }); // the emoji is one column
    expect(offsetToLineCol(t, 0)).toEqual({ line: 1, col: 1 });
    expect(offsetsToLines(t, [0, 3, 7])).toEqual([1, 2, 3]);
  });
});

describe('UTF-8 helpers', () => {
  it('firstInvalidUtf8 agrees with isUtf8 on many byte strings', () => {
    // Deterministic pseudo-random bytes biased towards UTF-8 lead/continuation bytes.
    let seed = 12345;
    const next = () => (seed = (seed * 1103515245 + 12345) >>> 0) >>> 16;
    const pool = [0x41, 0x80, 0xbf, 0xc2, 0xc0, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff];
    for (let n = 0; n < 5000; n++) {
      const len = 1 + (next() % 6);
      const b = new Uint8Array(len);
      for (let i = 0; i < len; i++) b[i] = next() % 3 === 0 ? next() & 0xff : pool[next() % pool.length]!;
      const off = firstInvalidUtf8(b);
      expect(off === -1, `bytes ${Buffer.from(b).toString('hex')}`).toBe(isUtf8(b));
      if (off >= 0) expect(isUtf8(b.subarray(0, off))).toBe(true);
    }
  });
  it('counts code points', () => {
    expect(codePointsInString('a😀b', 4)).toBe(3);
    expect(codePointsInString('a😀b', 2)).toBe(2);
  });
});

describe('message helpers', () => {
  it('quote shortens by code points and marks the cut', () => {
    expect(quote('abc', 3)).toBe('"abc"');
    expect(quote('abcd', 3)).toBe('"abc…"');
    expect(quote('😀😀😀', 3)).toBe('"😀😀😀"');
    expect(quote('😀😀😀😀', 3)).toBe('"😀😀😀…"');
  });
  it('snippet escapes control characters', () => {
    expect(snippet('a\tb\u007f', 10)).toBe('a\\u0009b\\u007f');
  });
});
