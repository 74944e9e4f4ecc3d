// strict pass, and the JCS fast path: `canonical` must be true exactly when the text already is JCS.
import { describe, expect, it } from 'vitest';
import { strictParse, StrictJsonError } from '../../../src/core/evidence/strict-json.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { parseRfc3339, renderInstant, normalizeRfc3339 } from '../../../src/core/evidence/time.js';
import { prng } from './helpers.js';

function kind(text: string, maxDepth = 64): string {
  try {
    strictParse(text, { maxDepth }).value;
    return 'ok';
  } catch (e) {
    if (e instanceof StrictJsonError) return e.kind;
    throw e;
  }
}

describe('strictParse', () => {
  it('refuses what JSON.parse lets through', () => {
    expect(kind('{"a":1,"a":2}')).toBe('invalid');
    expect(kind('{"a":1,"\\u0061":2}')).toBe('invalid');
    expect(kind('{"x":{"b":1,"c":2,"b":3}}')).toBe('invalid');
    expect(kind('"\\ud800"')).toBe('invalid');
    expect(kind('"\\udc00"')).toBe('invalid');
    expect(kind('"\\ud800x"')).toBe('invalid');
    expect(kind('"\\ud800\\u0041"')).toBe('invalid');
    expect(kind('"\\ud83d\\ude00"')).toBe('ok');
    expect(kind('1e400')).toBe('invalid');
    expect(kind('-1e400')).toBe('invalid');
    expect(kind('1e-400')).toBe('ok');
  });

  it('refuses malformed JSON without echoing input', () => {
    for (const t of ['{', '{"a":}', '[1,]', '01', '1.', '.5', '"\\x"', '"a\u0001"', '{"a":1} x', 'tru', "{'a':1}", '\ufeff{}', '"abc', '{"a" 1}', '[1 2]', '']) {
      expect([t, kind(t)]).toEqual([t, 'invalid']);
    }
    try {
      strictParse('{"secret":"s3cr3t\u0001"}', { maxDepth: 8 });
    } catch (e) {
      expect((e as Error).message).not.toContain('s3cr3t');
    }
  });

  it('accepts JSON whitespace and any key order', () => {
    expect(kind(' {\t"b" : [1 , 2],\r\n "a":null } ')).toBe('ok');
    expect(strictParse(' {"b":1,"a":2} ', { maxDepth: 4 }).canonical).toBe(false);
  });

  it('depth: top-level container is 1', () => {
    expect(kind('[[[1]]]', 3)).toBe('ok');
    expect(kind('[[[1]]]', 2)).toBe('depth');
    expect(kind('{"a":{"b":[]}}', 3)).toBe('ok');
    expect(kind('{"a":{"b":[]}}', 2)).toBe('depth');
    expect(kind('['.repeat(1_000_000), 64)).toBe('depth');
  });

  it('keeps number tokens by path and raw root members', () => {
    const r = strictParse('{"a":1.0,"b":{"c":[1e0,-1]},"s":"x\\"y"}', { maxDepth: 8, numberTokens: 'paths' });
    expect(r.tokens.get('a')).toBe('1.0');
    expect(r.tokens.get('b\u0000c\u00000')).toBe('1e0');
    expect(r.tokens.get('b\u0000c\u00001')).toBe('-1');
    expect(r.raw('s')).toBe('"x\\"y"');
    expect(r.raw('b')).toBe('{"c":[1e0,-1]}');
    expect(r.raw('zz')).toBeUndefined();
  });

  it('canonical ⇔ text === JCS(value), over seeded random documents and spellings', () => {
    const rnd = prng(42);
    let canon = 0;
    for (let n = 0; n < 4000; n++) {
      const v = randomValue(rnd, 0);
      const text = n % 3 === 0 ? canonicalize(v) : respell(v, rnd);
      const r = strictParse(text, { maxDepth: 64 });
      const jcs = canonicalize(r.value);
      expect([text, r.canonical]).toEqual([text, text === jcs]);
      if (r.canonical) canon++;
    }
    expect(canon).toBeGreaterThan(1000);
  });
});

const STRINGS = ['', 'a', 'é', '😀', 'Ａ', '\u007f', '/', '"', '\\', '\n', '\u0001', '\u001f', '\u2028', 'key', 'b', 'aa'];
const NUMBERS = [0, -0, 1, -1, 1.5, 1e21, 1e-7, 0.000001, 123456789012345680000, 2 ** 53 + 2, 5e-324, -1.7976931348623157e308, 100];

function randomValue(rnd: () => number, depth: number): unknown {
  const r = rnd();
  if (depth > 3 || r < 0.3) {
    const k = rnd();
    if (k < 0.4) return STRINGS[Math.floor(rnd() * STRINGS.length)]! + (rnd() < 0.3 ? STRINGS[Math.floor(rnd() * STRINGS.length)] : '');
    if (k < 0.8) return NUMBERS[Math.floor(rnd() * NUMBERS.length)];
    return [true, false, null][Math.floor(rnd() * 3)];
  }
  if (r < 0.6) return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(rnd, depth + 1));
  const o: Record<string, unknown> = {};
  const n = Math.floor(rnd() * 5);
  for (let i = 0; i < n; i++) o[STRINGS[Math.floor(rnd() * STRINGS.length)]! + (rnd() < 0.5 ? String(i) : '')] = randomValue(rnd, depth + 1);
  return o;
}

/** Another valid spelling: key order shuffled, optional whitespace, alternative escapes and number forms. */
function respell(v: unknown, rnd: () => number): string {
  if (typeof v === 'string') {
    let s = '';
    for (const ch of v) {
      const c = ch.codePointAt(0)!;
      const pick = rnd();
      if (ch === '/' && pick < 0.5) s += '\\/';
      else if (c < 0x10000 && pick < 0.2) s += '\\u' + c.toString(16).padStart(4, '0')[pick < 0.1 ? 'toUpperCase' : 'toLowerCase']();
      else s += JSON.stringify(ch).slice(1, -1);
    }
    return `"${s}"`;
  }
  if (typeof v === 'number') {
    if (Number.isInteger(v) && Math.abs(v) < 1e15 && rnd() < 0.3) return `${v}.0`;
    if (rnd() < 0.2) return v.toExponential();
    return JSON.stringify(v);
  }
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  const sp = () => (rnd() < 0.15 ? ' ' : '');
  if (Array.isArray(v)) return '[' + sp() + v.map((x) => respell(x, rnd)).join(',' + sp()) + ']';
  const keys = Object.keys(v);
  if (rnd() < 0.5) keys.sort().reverse();
  return '{' + keys.map((k) => sp() + respell(k, rnd) + sp() + ':' + respell((v as Record<string, unknown>)[k], rnd)).join(',') + '}';
}

describe('RFC 3339 rendering', () => {
  it('renders UTC with 0, 3, 6 or 9 fraction digits', () => {
    expect(normalizeRfc3339('2026-01-15T09:30:00Z')).toBe('2026-01-15T09:30:00Z');
    expect(normalizeRfc3339('2026-01-15T09:30:00.25Z')).toBe('2026-01-15T09:30:00.250Z');
    expect(normalizeRfc3339('2026-01-15T09:30:00.000Z')).toBe('2026-01-15T09:30:00Z');
    expect(normalizeRfc3339('2026-01-15T09:30:00.293907Z')).toBe('2026-01-15T09:30:00.293907Z');
    expect(normalizeRfc3339('2026-01-15T09:30:00.2939070Z')).toBe('2026-01-15T09:30:00.293907Z');
    expect(normalizeRfc3339('2026-01-15T09:30:00.000000001Z')).toBe('2026-01-15T09:30:00.000000001Z');
    expect(normalizeRfc3339('2026-01-15t10:30:00+01:00')).toBe('2026-01-15T09:30:00Z');
    expect(normalizeRfc3339('2026-01-15T00:30:00-01:30')).toBe('2026-01-15T02:00:00Z');
    expect(normalizeRfc3339('2024-02-29T23:59:59.5z')).toBe('2024-02-29T23:59:59.500Z');
    expect(normalizeRfc3339('1970-01-01T00:00:00Z')).toBe('1970-01-01T00:00:00Z');
    expect(normalizeRfc3339('1969-12-31T23:59:59.999Z')).toBe('1969-12-31T23:59:59.999Z');
  });

  it('refuses what is not RFC 3339', () => {
    for (const s of ['2026-01-15', '2026-01-15 09:30:00Z', '2026-13-01T00:00:00Z', '2025-02-29T00:00:00Z', '2026-01-15T24:00:00Z', '2026-01-15T09:30:00', '2026-01-15T09:30:00.Z', '2026-01-15T09:30:00.1234567890Z', '2026-01-15T09:30:00+0100', 'x026-01-15T09:30:00Z']) {
      expect([s, parseRfc3339(s)]).toEqual([s, undefined]);
    }
  });

  it('agrees with Date for millisecond instants', () => {
    const rnd = prng(7);
    for (let i = 0; i < 2000; i++) {
      const ms = Math.floor((rnd() - 0.2) * 4e12);
      const iso = new Date(ms).toISOString();
      const t = parseRfc3339(iso)!;
      expect(t.seconds * 1000 + t.nanos / 1e6).toBe(ms);
      expect(renderInstant(t)).toBe(iso.replace('.000Z', 'Z'));
    }
  });
});
