// Small matching helpers for lint checks: JSON pointers over the wire form of an event, and globs
// (`*`, `?`, `[…]`) matched without regular expressions so a hostile event type cannot cause backtracking.

/** Resolve an RFC 6901 pointer; `found` false when any step is missing. */
export function getPointer(root: unknown, pointer: string): { found: boolean; value?: unknown } {
  if (pointer === '' || pointer === '/') return pointer === '' ? { found: true, value: root } : step(root, '');
  let cur: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const r = step(cur, raw.replace(/~1/g, '/').replace(/~0/g, '~'));
    if (!r.found) return r;
    cur = r.value;
  }
  return { found: true, value: cur };
}

function step(cur: unknown, key: string): { found: boolean; value?: unknown } {
  if (Array.isArray(cur)) {
    if (!/^(0|[1-9][0-9]*)$/.test(key)) return { found: false };
    const i = Number(key);
    return i < cur.length ? { found: true, value: cur[i] } : { found: false };
  }
  if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
    return { found: true, value: (cur as Record<string, unknown>)[key] };
  }
  return { found: false };
}

type Token = { kind: 'lit'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negate: boolean; items: Array<[string, string]> };

function compileGlob(glob: string): Token[] {
  const out: Token[] = [];
  const chars = [...glob];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (c === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else if (c === '[') {
      let j = i + 1;
      let negate = false;
      if (chars[j] === '!' || chars[j] === '^') {
        negate = true;
        j++;
      }
      const items: Array<[string, string]> = [];
      let first = true;
      while (j < chars.length && (chars[j] !== ']' || first)) {
        const a = chars[j]!;
        if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
          items.push([a, chars[j + 2]!]);
          j += 3;
        } else {
          items.push([a, a]);
          j++;
        }
        first = false;
      }
      if (j >= chars.length) out.push({ kind: 'lit', c: '[' }); // unterminated: a literal bracket
      else {
        out.push({ kind: 'class', negate, items });
        i = j;
      }
    } else out.push({ kind: 'lit', c });
  }
  return out;
}

function tokenMatches(t: Token, ch: string): boolean {
  switch (t.kind) {
    case 'lit':
      return t.c === ch;
    case 'any':
      return true;
    case 'class': {
      const inside = t.items.some(([a, b]) => ch >= a && ch <= b);
      return inside !== t.negate;
    }
    default:
      return false;
  }
}

const cache = new Map<string, Token[]>();

/** Whole-string glob match (`*` and `?` also match `.`), O(pattern × text) worst case. */
export function globMatch(glob: string, text: string): boolean {
  let p = cache.get(glob);
  if (p === undefined) {
    p = compileGlob(glob);
    if (cache.size > 256) cache.clear();
    cache.set(glob, p);
  }
  const s = [...text];
  let pi = 0;
  let si = 0;
  let starP = -1;
  let starS = 0;
  while (si < s.length) {
    const t = p[pi];
    if (t !== undefined && t.kind !== 'star' && tokenMatches(t, s[si]!)) {
      pi++;
      si++;
    } else if (t !== undefined && t.kind === 'star') {
      starP = pi++;
      starS = si;
    } else if (starP >= 0) {
      pi = starP + 1;
      si = ++starS;
    } else return false;
  }
  while (p[pi]?.kind === 'star') pi++;
  return pi === p.length;
}

/** Structural JSON equality (value_equals, conditional clauses). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
