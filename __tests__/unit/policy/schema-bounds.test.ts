import { describe, expect, it } from 'vitest';
import { capText, MAX_VIOLATION_TEXT, MAX_VIOLATIONS } from '../../../src/core/policy/schema.js';
import { compileSchema } from '../../../src/core/eval/json-schema.js';
import { call, decideAll, load } from './helpers.js';

const decide = (policyYaml: string, tool: string, args: unknown) => decideAll(load(policyYaml), [call(tool, args)])[0]!;

describe('JSON Schema work and output are bounded', () => {
  it('a huge array of wrong items yields one violation (first error), small ones list every error', () => {
    const y = `schemas:\n  t:\n    type: object\n    properties:\n      xs: { type: array, items: { type: string } }\n`;
    const big = decide(y, 't', { xs: new Array(200_000).fill(0) });
    expect(big.decision).toBe('deny');
    expect(big.violations).toEqual([{ path: '/xs/0', constraint: 'type', message: 'must be string' }]);
    const small = decide(y, 't', { xs: [0, 'a', 1] });
    expect(small.violations?.map((v) => v.path)).toEqual(['/xs/0', '/xs/2']);
    const many = decide(y, 't', { xs: new Array(500).fill(0) });
    expect(many.violations).toHaveLength(MAX_VIOLATIONS);
  });

  it('uniqueItems is hashed on canonical JSON: key order and number spelling do not matter', () => {
    const c = compileSchema({ type: 'array', uniqueItems: true });
    if (!c.ok) throw new Error(c.reason);
    expect(c.validator.validate([{ a: 1, b: 2 }, { b: 2, a: 1 }])).toEqual([
      { path: '', constraint: 'uniqueItems', message: 'must NOT have duplicate items (items ## 1 and 0 are identical)' },
    ]);
    expect(c.validator.validate([1, 1.0])).toHaveLength(1);
    expect(c.validator.validate([1, '1', [1], { '1': 1 }, null, true])).toEqual([]);
    const distinct = Array.from({ length: 40_000 }, (_, i) => ({ id: i, name: `n${i}` }));
    expect(c.validator.validate(distinct)).toEqual([]);
    expect(c.validator.validate([...distinct, { name: 'n7', id: 7 }])).toHaveLength(1);
    // uniqueItems: false checks nothing
    const off = compileSchema({ type: 'array', uniqueItems: false });
    if (!off.ok) throw new Error(off.reason);
    expect(off.validator.validate([1, 1])).toEqual([]);
  });

  it('cuts a message or path over 4 KB with a marker naming the cut bytes', () => {
    expect(capText('x'.repeat(10))).toBe('x'.repeat(10));
    const cut = capText('é'.repeat(MAX_VIOLATION_TEXT + 10));
    expect(cut).toBe('é'.repeat(MAX_VIOLATION_TEXT) + '…[truncated 20 bytes]');
    const astral = capText('a' + '😀'.repeat(MAX_VIOLATION_TEXT));
    expect(astral.endsWith('…[truncated ' + (4 * MAX_VIOLATION_TEXT - 4 * (MAX_VIOLATION_TEXT / 2 - 1)) + ' bytes]')).toBe(true);
    const longKey = 'k'.repeat(10_000);
    const y = `schemas:\n  t:\n    type: object\n    additionalProperties: false\n`;
    const d = decide(y, 't', { [longKey]: 1 });
    expect(d.violations![0]!.path.length).toBeLessThan(MAX_VIOLATION_TEXT + 40);
    expect(d.violations![0]!.path).toMatch(/…\[truncated \d+ bytes\]$/);
  });

  it('a pattern too costly for the argument length denies (fail-closed), also under not', () => {
    const y = `schemas:\n  t:\n    type: object\n    properties:\n      s: { type: string, pattern: "(?:[ab]{160}|[ab]{159}){6}c" }\n  u:\n    type: object\n    properties:\n      s: { not: { type: string, pattern: "(?:[ab]{160}|[ab]{159}){6}c" } }\n`;
    for (const tool of ['t', 'u']) {
      const d = decide(y, tool, { s: 'ab'.repeat(500_000) });
      expect(d.decision).toBe('deny');
      expect(d.code).toBe('E_ARG_SCHEMA');
      expect(d.violations![0]!.message).toMatch(/cannot be checked: input of 1000000 characters exceeds the \d+-character limit/);
    }
    expect(decide(y, 't', { s: 'ab'.repeat(10) }).decision).toBe('deny'); // no match: an ordinary violation
  });
});
