import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { compileRegex, type CompiledRegex } from '../../../src/core/regex/re2.js';

function re(pattern: string, flags?: string): CompiledRegex {
  const c = compileRegex(pattern, flags);
  if (!c.ok) throw new Error(`unexpected compile failure: ${c.reason}`);
  return c.re;
}

function reason(pattern: string, flags?: string): string {
  const c = compileRegex(pattern, flags);
  if (c.ok) throw new Error(`expected ${pattern} to be refused`);
  return c.reason;
}

describe('compileRegex: RE2 syntax and semantics', () => {
  it('searches unanchored; ^ and $ anchor to the text', () => {
    expect(re('secret').test('my secret file')).toBe(true);
    expect(re('^/workspace/').test('/workspace/a')).toBe(true);
    expect(re('^/workspace/').test('x/workspace/a')).toBe(false);
    expect(re('a$').test('a\n')).toBe(false); // RE2 $ without (?m) is end of text only
    expect(re('').test('anything')).toBe(true);
  });

  it('supports inline flags (?i) (?m) (?s) (?U) and a flags argument', () => {
    expect(re('(?i)PassWord').test('my password')).toBe(true);
    expect(re('password', 'i').test('PASSWORD')).toBe(true);
    expect(re('(?m)^b$').test('a\nb\nc')).toBe(true);
    expect(re('^b$').test('a\nb\nc')).toBe(false);
    expect(re('a.b').test('a\nb')).toBe(false);
    expect(re('(?s)a.b').test('a\nb')).toBe(true);
    expect(re('a.b', 's').test('a\nb')).toBe(true);
    expect(re('(?U)a+b').test('aaab')).toBe(true);
    expect(re('(?i:ab)c').test('ABc')).toBe(true);
    expect(re('(?i:ab)c').test('ABC')).toBe(false);
  });

  it('refuses unknown flags', () => {
    expect(reason('a', 'x')).toMatch(/unknown flag "x"/);
  });

  it('keeps \\d \\w \\s \\b ASCII and offers \\p{..} for Unicode', () => {
    expect(re('^\\d+$').test('123')).toBe(true);
    expect(re('\\d').test('٣')).toBe(false); // Arabic-Indic digit
    expect(re('\\p{Nd}').test('٣')).toBe(true);
    expect(re('\\w').test('é')).toBe(false);
    expect(re('\\pL').test('é')).toBe(true);
    expect(re('\\s').test('\u00a0')).toBe(false);
    expect(re('\\s').test('\v')).toBe(false); // RE2 \s = [\t\n\f\r ]
    expect(re('\\bcat\\b').test('a cat.')).toBe(true);
    expect(re('\\bé').test(' é')).toBe(false);
    expect(re('[[:alpha:]]+').test('abc')).toBe(true);
  });

  it('matches by code point (astral characters are one character)', () => {
    expect(re('^.$').test('😀')).toBe(true);
    expect(re('^\\x{1F600}$').test('😀')).toBe(true);
  });

  it('rejects look-around, back-references and possessive quantifiers with a reason', () => {
    expect(reason('(?=a)b')).toBe('look-around is not supported');
    expect(reason('a(?!b)')).toBe('look-around is not supported');
    expect(reason('(?<=a)b')).toBe('look-around is not supported');
    expect(reason('(?<!a)b')).toBe('look-around is not supported');
    expect(reason('(a)\\1')).toBe('back-references are not supported');
    expect(reason('(?P<n>a)\\k<n>')).toBe('back-references are not supported');
    expect(reason('(?P<n>a)(?P=n)')).toBe('back-references are not supported');
    expect(reason('a++')).toBe('possessive quantifiers are not supported');
    expect(reason('a*+')).toBe('possessive quantifiers are not supported');
    expect(reason('a{2}+')).toBe('possessive quantifiers are not supported');
  });

  it('reports other syntax errors without the engine prefix', () => {
    expect(reason('a(')).toBe('missing closing ): `a(`');
    expect(reason('[a')).toMatch(/^missing closing \]/);
    expect(reason('a{1001}')).toMatch(/invalid repeat count/);
    expect(reason('\\u0041')).toMatch(/invalid escape sequence/);
  });

  it('treats an invalid repeat as a literal brace like RE2', () => {
    expect(re('a{,3}').test('a{,3}')).toBe(true);
    expect(re('a{,3}').test('aaa')).toBe(false);
  });

  it('exposes a distinct toString per pattern (ajv keys its pattern cache by it)', () => {
    expect(String(re('^a'))).not.toBe(String(re('^b')));
  });
});

describe('compileRegex: linear time on hostile input (ReDoS)', () => {
  // These would not finish with a backtracking engine; vitest's test timeout is the guard.
  const hostile = 'a'.repeat(50_000) + '!';
  it.each([
    ['^(a+)+$', false],
    ['^(a|a)*$', false],
    ['^(a|aa)+$', false],
    ['(a*)*b', false],
    ['^(\\w+\\s?)*$', false],
    ['(x+x+)+y', false],
    ['^([a-z]+)*[0-9]$', false],
    ['a.*a.*a.*!', true],
    ['[a-z]+$', false],
  ])('%s on 50,000 "a" + "!"', (pattern, expected) => {
    const r = re(pattern);
    expect(r.test(hostile)).toBe(expected);
  });

  it('never hands nested or adjacent unbounded quantifiers to the backtracking engine', () => {
    for (const p of ['^(a+)+$', '(a*)*b', '(x+x+)+y', 'a.*a.*b', 'a[a-z]+$', '\\s+\\S+x', '(a|aa)+', '^a*a*b']) {
      expect(re(p).engine).toBe('re2js');
    }
  });

  it('uses the V8 fast path only for provably linear shapes', () => {
    // `[a-z]+$` and `secret.*` are reduced first: a leading/trailing X+ only needs one X to exist.
    for (const p of ['^/workspace/', '\\.env$', '(?i)(password|secret)', '^[a-zA-Z0-9_./-]+$', '^/tmp/.*\\.log$', 'secret.*', '\\d{4}-\\d{2}', '[a-z]+$']) {
      expect(re(p).engine).toBe('v8');
    }
  });

  it('fast-path patterns stay linear on hostile input', () => {
    const s = 'a'.repeat(200_000) + '!';
    expect(re('^[a-z]+$').test(s)).toBe(false);
    expect(re('^/tmp/.*\\.log$').test('/tmp/' + s)).toBe(false);
    expect(re('a{1,3}b').test(s)).toBe(false);
  });
});

describe('fast path agrees with re2js', () => {
  // Deterministic differential check: random RE2 patterns over a small alphabet with the tricky
  // characters (case-fold partners, newline, astral, lone surrogate), compared on random inputs.
  let seed = 20240611;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)]!;
  const atoms = ['a', 'b', 'k', 's', 'K', 'S', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S', '[a-c]', '[^a]', '[[:alpha:]]',
    '[[:^digit:]]', '\\.', '-', '\\x{212A}', '\\x{17F}', 'é', '_', '\\b', '\\B', ' ', '\\n', '[\\w-]', '[a-]', '[]a]', '[^\\n]', '\\x41', '1'];
  const gen = (d: number): string => {
    const r = rnd();
    if (d > 2 || r < 0.4) return pick(atoms);
    if (r < 0.6) return gen(d + 1) + gen(d + 1);
    if (r < 0.7) return `(${gen(d + 1)}|${gen(d + 1)})`;
    if (r < 0.8) return `(?:${gen(d + 1)})${pick(['*', '+', '?', '{2}', '{1,3}', '*?'])}`;
    return pick(atoms) + pick(['*', '+', '?', '{2}', '{0,2}', '{2,}']);
  };
  const chars = ['a', 'b', 'k', 'K', 's', 'S', '\u212a', '\u017f', 'é', 'É', '1', '_', '-', ' ', '\n', '\r', '.', '\t', '\v', '\u00a0', '😀', '\ud800', 'A'];

  it('on 3,000 random patterns × 40 inputs', () => {
    let fast = 0;
    const mismatches: string[] = [];
    for (let i = 0; i < 3000; i++) {
      let p = gen(0);
      if (rnd() < 0.3) p = '^' + p;
      if (rnd() < 0.3) p += '$';
      if (rnd() < 0.3) p = pick(['(?i)', '(?s)', '(?is)', '(?U)']) + p;
      const c = compileRegex(p);
      if (!c.ok || c.re.engine !== 'v8') continue;
      fast++;
      const ref = RE2JS.compile(p);
      for (let j = 0; j < 40; j++) {
        let s = '';
        const n = Math.floor(rnd() * 6);
        for (let k = 0; k < n; k++) s += pick(chars);
        if (ref.test(s) !== c.re.test(s)) mismatches.push(`${p} on ${JSON.stringify(s)}`);
      }
    }
    expect(fast).toBeGreaterThan(1000);
    expect(mismatches).toEqual([]);
  });

  it('(?i) folding matches RE2 for every ASCII letter and digit over the whole BMP', () => {
    const pats = ['(?i)\\w', '(?i)\\W', '(?i)[^k]', '(?i)[a-z]', '(?i)[[:upper:]]', '\\w', '\\s', '.', '(?s).'];
    for (let c = 0x30; c < 0x7b; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) pats.push(`(?i)${String.fromCharCode(c)}`);
    const bad: string[] = [];
    for (const p of pats) {
      const mine = re(p);
      expect(mine.engine).toBe('v8');
      const ref = RE2JS.compile(p);
      for (let cp = 0; cp < 0x10000; cp++) {
        const s = String.fromCharCode(cp);
        if (ref.test(s) !== mine.test(s)) bad.push(`${p} U+${cp.toString(16)}`);
      }
    }
    expect(bad).toEqual([]);
  });
});
