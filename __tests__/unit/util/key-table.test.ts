import { describe, expect, it } from 'vitest';
import { KeyTable } from '../../../src/core/util/key-table.js';

describe('KeyTable', () => {
  it('stores and finds many keys across growth, with no false hits', () => {
    const t = new KeyTable();
    for (let i = 0; i < 200_000; i++) t.set(`prompt number ${i}`, i);
    for (let i = 0; i < 200_000; i += 997) expect(t.get(`prompt number ${i}`)).toBe(i);
    let hits = 0;
    for (let i = 200_000; i < 400_000; i++) if (t.get(`prompt number ${i}`) !== undefined) hits++;
    expect(hits).toBe(0);
  });

  it('tells apart keys that differ in one character or only in length', () => {
    const t = new KeyTable();
    t.set('abc', 1);
    t.set('', 2);
    expect(t.get('abd')).toBeUndefined();
    expect(t.get('abc\u0000')).toBeUndefined();
    expect(t.get('')).toBe(2);
    t.set('abc', 3);
    expect(t.get('abc')).toBe(3);
  });
});
