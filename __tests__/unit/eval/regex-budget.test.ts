import { describe, expect, it } from 'vitest';
import { compileRe2, tryTest } from '../../../src/core/eval/regex.js';

describe('eval regexes past their work bound fail closed', () => {
  it('tryTest answers normally within the bound and says why beyond it', () => {
    const c = compileRe2('(a+)+$');
    if (!c.ok) throw new Error(c.reason);
    expect(tryTest(c.re, 'aaa')).toBe(true);
    const r = tryTest(c.re, 'a'.repeat(2_000_000) + 'b');
    expect(typeof r).toBe('object');
    expect((r as { unchecked: string }).unchecked).toContain('failed closed');
  });
});
