import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, LineIndex, RawNumber, scanJson } from '../../../src/core/import/strict-json.js';
import { compactJson } from '../../../src/core/import/json-out.js';

function syntaxError(text: string, duplicateKeys: 'reject' | 'last' = 'reject'): JsonSyntaxError {
  try {
    scanJson(text, { duplicateKeys });
  } catch (e) {
    if (e instanceof JsonSyntaxError) return e;
    throw e;
  }
  throw new Error('expected a syntax error');
}

describe('strict JSON scanner', () => {
  it('parses the same values as JSON.parse', () => {
    const text = '{"a":[1,-2.5,3e2,true,false,null,"x\\u00e9\\n\\/"],"b":{"c":{}},"d":[]}';
    expect(scanJson(text, { duplicateKeys: 'reject' }).value).toEqual(JSON.parse(text));
  });

  it('rejects a duplicate key at the position of the second key', () => {
    const text = '{\n  "id": 1,\n  "id": 2\n}';
    const e = syntaxError(text);
    expect(e.kind).toBe('duplicate');
    expect(e.message).toBe('duplicate object key "id"');
    expect(new LineIndex(text).at(e.offset)).toEqual({ line: 3, col: 3 });
  });

  it('keeps the last value for a duplicate key in "last" mode', () => {
    const v = scanJson('{"a":1,"a":2}', { duplicateKeys: 'last' }).value as Record<string, unknown>;
    expect(v['a']).toBe(2);
  });

  it('treats "__proto__" as a plain key', () => {
    const v = scanJson('{"__proto__":{"x":1}}', { duplicateKeys: 'reject' }).value as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__']);
    expect(compactJson(v)).toBe('{"__proto__":{"x":1}}');
  });

  it('keeps integers beyond 2^53-1 exact', () => {
    const v = scanJson('{"n":123456789012345678901}', { duplicateKeys: 'reject' }).value as Record<string, unknown>;
    expect(v['n']).toBeInstanceOf(RawNumber);
    expect(compactJson(v)).toBe('{"n":123456789012345678901}');
  });

  it.each([
    ['{"a":1,}', 'expected a string key'],
    ['[1,2', 'unexpected end of input'],
    ['{"a" 1}', 'expected ":"'],
    ['"abc', 'unterminated string'],
    ['"a\tb"', 'unescaped control character'],
    ['01', 'unexpected data after the JSON value'],
    ['{"a":tru}', 'unexpected character'],
    ['"\\x"', 'invalid escape'],
    ['1.', 'invalid number'],
    ['{} {}', 'unexpected data after the JSON value'],
  ])('refuses %s', (text, fragment) => {
    expect(syntaxError(text).message).toContain(fragment);
  });

  it('refuses nesting beyond the limit instead of overflowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    expect(syntaxError(deep).message).toBe('nesting deeper than 1000 levels');
    expect(() => scanJson('[[[]]]', { duplicateKeys: 'reject', maxDepth: 2 })).toThrow('nesting deeper than 2 levels');
    expect(scanJson('[[[]]]', { duplicateKeys: 'reject', maxDepth: 3 }).value).toEqual([[[]]]);
  });

  it('reports columns in code points', () => {
    const text = '{"😀":1,\n "é": x}';
    const e = syntaxError(text);
    expect(new LineIndex(text).at(e.offset)).toEqual({ line: 2, col: 7 });
  });
});
