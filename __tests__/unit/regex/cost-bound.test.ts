import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { analyzeFastPath, parseFastSubset, FAST_PER_CHAR_BUDGET, type FastNode } from '../../../src/core/regex/fast-path.js';
import { compileRegex, MAX_PROGRAM_SIZE, RE2_WORK_LIMIT, RegexBudgetError } from '../../../src/core/regex/re2.js';

// A model of V8's backtracker (no memoisation): counts node visits while searching every start
// position. Used to check the classifier's cost bound without measuring time.
function steps(root: FastNode, input: string, limit: number): number {
  const cps = Array.from(input, (c) => c.codePointAt(0)!);
  const n = cps.length;
  let count = 0;
  const isWord = (i: number) => i >= 0 && i < n && /[0-9A-Za-z_]/.test(String.fromCodePoint(cps[i]!));
  const inSet = (r: number[], cp: number) => {
    for (let i = 0; i < r.length; i += 2) if (cp >= r[i]! && cp <= r[i + 1]!) return true;
    return false;
  };
  // One step per character test, assertion, alternation entry and optional repeat iteration
  // (the units of the classifier's cost model).
  const step = () => {
    if (++count > limit) throw new Error('limit');
  };
  const m = (node: FastNode, i: number, k: (j: number) => boolean): boolean => {
    if (node.t !== 'cat' && node.t !== 'rep') step();
    switch (node.t) {
      case 'set':
        return i < n && inSet(node.r, cps[i]!) && k(i + 1);
      case 'bol':
        return i === 0 && k(i);
      case 'eol':
        return i === n && k(i);
      case 'wb':
        return (isWord(i - 1) !== isWord(i)) !== node.neg && k(i);
      case 'cat': {
        const go = (idx: number, j: number): boolean => (idx === node.items.length ? k(j) : m(node.items[idx]!, j, (e) => go(idx + 1, e)));
        return go(0, i);
      }
      case 'alt':
        return node.alts.some((a) => m(a, i, k));
      case 'rep': {
        const max = node.max < 0 ? Infinity : node.max;
        const loop = (c: number, j: number): boolean => {
          if (c >= node.min && c < max) step();
          if (c < max && m(node.node, j, (e) => (e === j && c >= node.min ? false : loop(c + 1, e)))) return true;
          return c >= node.min && k(j);
        };
        return loop(0, i);
      }
    }
  };
  for (let s = 0; s <= n; s++) if (m(root, s, () => false)) break; // never accept: full exploration
  return count;
}

let seed = 99;
const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
const atoms = ['a', 'b', '[ab]', '.', '\\w', 'c'];
const quant = () => pick(['*', '+', '?', '{2}', '{1,3}', '{0,4}', '{3,}', `{${1 + Math.floor(rnd() * 30)}}`, `{1,${2 + Math.floor(rnd() * 40)}}`]);
const gen = (d: number): string => {
  const r = rnd();
  if (d > 3 || r < 0.3) return pick(atoms) + (rnd() < 0.4 ? quant() : '');
  if (r < 0.55) return gen(d + 1) + gen(d + 1);
  if (r < 0.75) return `(?:${gen(d + 1)}|${gen(d + 1)})` + (rnd() < 0.5 ? quant() : '');
  return `(?:${gen(d + 1)})${quant()}`;
};
const patterns: string[] = [];
for (let i = 0; i < 500; i++) {
  let p = gen(0);
  if (rnd() < 0.3) p = '^' + p;
  if (rnd() < 0.3) p += '$';
  patterns.push(p);
}
const crafted = (n: number) => ['a'.repeat(n), 'ab'.repeat(n >> 1), 'a'.repeat(n) + '!', 'ab'.repeat(n >> 1) + 'd'];

describe('fast-path classifier: proven linear bound', () => {
  it('the issue patterns and classic ReDoS shapes never take the fast path', () => {
    const big = '(?:' + Array.from({ length: 64 }, (_, i) => '.{999}' + String.fromCharCode(0x41 + (i % 26))).join('|') + ')';
    for (const p of ['(?:[ab]{160}|[ab]{159}){6}c', big, '(a+)+$', '(a|aa)*c', '(.*a){20}', '[ab]{250}c', '(?:aa|a){8}c']) {
      expect(analyzeFastPath(p).source, p).toBeNull();
    }
  });

  it('keeps common policy shapes on the fast path with a small bound', () => {
    for (const p of ['^/app/.*|^/data/.*', '^[^;]{1,200}$', '(?i)^https://api\\.example\\.com/', '[a-z]{1,255}@', 'a{0,200}b']) {
      const a = analyzeFastPath(p);
      expect(a.source, p).not.toBeNull();
      expect(a.perChar).toBeLessThanOrEqual(16);
    }
  });

  it('on 500 random patterns: every accepted one stays within its bound on crafted inputs; every super-linear one is refused', () => {
    let accepted = 0;
    let superLinear = 0;
    const bad: string[] = [];
    for (const p of patterns) {
      if (!compileRegex(p).ok) continue;
      const root = parseFastSubset(p);
      if (root === null) continue;
      const a = analyzeFastPath(p);
      for (const n of [16, 48]) {
        for (const s of crafted(n)) {
          const cpLen = Array.from(s).length;
          if (a.source !== null) {
            const bound = a.perChar * (cpLen + 1) + a.constant;
            let got: number;
            try {
              got = steps(a.node!, s, bound + 1);
            } catch {
              got = Infinity;
            }
            if (got > bound) bad.push(`${p}: ${got} steps > bound ${bound} on ${JSON.stringify(s.slice(0, 10))}…`);
          }
        }
      }
      // Super-linear growth: steps on 4n exceed 6× steps on n (linear would be ≤ ~4×). Measured on
      // what would run: the reduced pattern when accepted, the pattern as written otherwise.
      const runs = a.node ?? root;
      for (const mk of [(n: number) => 'a'.repeat(n) + '!', (n: number) => 'ab'.repeat(n >> 1) + 'd']) {
        let s1: number;
        let s4: number;
        try {
          s1 = steps(runs, mk(16), 2e5);
          s4 = steps(runs, mk(64), 2e5);
        } catch {
          s1 = 1;
          s4 = Infinity;
        }
        if (s4 > 6 * s1 && s4 > 5000) {
          superLinear++;
          if (a.source !== null) bad.push(`${p}: super-linear (${s1} → ${s4}) but accepted`);
        }
      }
      if (a.source !== null) accepted++;
    }
    expect(bad).toEqual([]);
    expect(accepted).toBeGreaterThan(200);
    expect(superLinear).toBeGreaterThan(10); // the generator does produce hostile shapes
  });

  it('accepted bounds are within the per-character budget', () => {
    for (const p of patterns) {
      const a = analyzeFastPath(p);
      if (a.source !== null) expect(a.perChar).toBeLessThanOrEqual(FAST_PER_CHAR_BUDGET);
    }
  });

  it('fast path and re2js agree on the random patterns (inputs over the pattern alphabet)', () => {
    const mismatches: string[] = [];
    for (const p of patterns) {
      const c = compileRegex(p);
      if (!c.ok || c.re.engine !== 'v8') continue;
      const ref = RE2JS.compile(p);
      for (let j = 0; j < 20; j++) {
        let s = '';
        const len = Math.floor(rnd() * 50);
        for (let k = 0; k < len; k++) s += pick(['a', 'b', 'c', '!', '\n', 'A']);
        if (ref.test(s) !== c.re.test(s)) mismatches.push(`${p} on ${JSON.stringify(s)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

describe('re2js path: bounded work, fail-closed beyond it', () => {
  it('refuses programs above the size limit at compile time', () => {
    const p = '(?:' + Array.from({ length: 64 }, (_, i) => 'a.{' + (900 + i) + '}c').join('|') + ')';
    const c = compileRegex(p);
    expect(c.ok).toBe(false);
    if (!c.ok) expect(c.reason).toMatch(new RegExp(`pattern too large: it compiles to \\d+ instructions \\(limit ${MAX_PROGRAM_SIZE}\\)`));
  });

  it('throws RegexBudgetError (never answers) above characters × instructions', () => {
    const c = compileRegex('(?:[ab]{160}|[ab]{159}){6}c');
    if (!c.ok) throw new Error(c.reason);
    expect(c.re.engine).toBe('re2js');
    expect(c.re.maxInputLength).toBeLessThan(RE2_WORK_LIMIT);
    expect(c.re.test('ab'.repeat(100) + 'c')).toBe(false);
    expect(() => c.re.test('a'.repeat(c.re.maxInputLength + 1))).toThrow(RegexBudgetError);
    expect(c.re.test('a'.repeat(c.re.maxInputLength))).toBe(false);
  });

  it('every accepted pattern handles at least 1,000 characters', () => {
    expect(Math.floor(RE2_WORK_LIMIT / MAX_PROGRAM_SIZE)).toBeGreaterThanOrEqual(1000);
  });

  it('fast-path patterns have no input limit', () => {
    const c = compileRegex('^/app/.*|^/data/.*');
    if (!c.ok) throw new Error(c.reason);
    expect(c.re.engine).toBe('v8');
    expect(c.re.test('/data/' + 'x'.repeat(2_000_000))).toBe(true);
  });
});
