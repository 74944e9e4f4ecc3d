// Safe fast path: translate an RE2 pattern into a V8 RegExp source ONLY when (a) every construct
// has been rewritten into explicit code-point sets whose meaning is the same in both engines and
// (b) V8's backtracker provably does at most linear work on any input. Anything else returns
// null and the caller keeps re2js. The pattern has already been accepted by re2js.
//
// Semantics kept identical by construction: the V8 regex runs with the `u` flag only (no i/m/s),
// so it works on code points; `.`, `\d \w \s`, POSIX classes and (?i) folding are expanded here
// into explicit ranges with RE2's ASCII definitions; `^`/`$` without (?m) are text anchors in both.
// Greedy vs lazy does not change whether a match exists, so (?U) and `*?` are accepted.
//
// Linear-time argument (test() only asks whether some match exists): a cost model (below) bounds
// the backtracker's steps by perChar · (n + 1) + constant, counting counted repeats by their count.
//  A. No unbounded repetition: each start position costs at most C(pattern) steps (one step when
//     the pattern is anchored by `^`, except at position 0).
//  B. Anchored at the start by `^` and exactly one unbounded repetition, over a single-character
//     set, at the top level: the repetition hands back each character once to the suffix.
// Both numbers must be within budget (FAST_PER_CHAR_BUDGET, FAST_CONSTANT_BUDGET); otherwise the
// pattern stays on re2js. Before the check, an unanchored leading `X{m,}` and any trailing `X{m,}`
// (X one character, also per top-level alternative) are reduced to `X{m}`: for "is there a match
// somewhere" the two are equivalent. See docs/regex.md.

const MAX_CP = 0x10ffff;
const MAX_PATTERN_LENGTH = 512;

type Ranges = number[]; // flat, sorted, merged: [lo0, hi0, lo1, hi1, ...]

type Node =
  | { t: 'set'; r: Ranges }
  | { t: 'bol' }
  | { t: 'eol' }
  | { t: 'wb'; neg: boolean }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'rep'; node: Node; min: number; max: number }; // max -1 = unbounded

class Unsupported extends Error {}

// ---------- code-point sets ----------

function norm(pairs: Array<[number, number]>): Ranges {
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    const n = out.length;
    if (n > 0 && lo <= out[n - 1]! + 1) {
      if (hi > out[n - 1]!) out[n - 1] = hi;
    } else out.push(lo, hi);
  }
  return out;
}

function toPairs(r: Ranges): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < r.length; i += 2) out.push([r[i]!, r[i + 1]!]);
  return out;
}

function union(...sets: Ranges[]): Ranges {
  return norm(sets.flatMap(toPairs));
}

function complement(r: Ranges): Ranges {
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < r.length; i += 2) {
    if (r[i]! > next) out.push(next, r[i]! - 1);
    next = r[i + 1]! + 1;
  }
  if (next <= MAX_CP) out.push(next, MAX_CP);
  return out;
}

const single = (cp: number): Ranges => [cp, cp];
const D: Ranges = [0x30, 0x39];
const S: Ranges = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]; // RE2 \s = [\t\n\f\r ]
const W: Ranges = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const POSIX: Record<string, Ranges> = {
  alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
  alpha: [0x41, 0x5a, 0x61, 0x7a],
  ascii: [0x00, 0x7f],
  blank: [0x09, 0x09, 0x20, 0x20],
  cntrl: [0x00, 0x1f, 0x7f, 0x7f],
  digit: D,
  graph: [0x21, 0x7e],
  lower: [0x61, 0x7a],
  print: [0x20, 0x7e],
  punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
  space: [0x09, 0x0d, 0x20, 0x20],
  upper: [0x41, 0x5a],
  word: W,
  xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};

/**
 * Case-fold closure (RE2 simple folding) of an ASCII-only set. The only non-ASCII code points in
 * the fold orbits of ASCII letters are U+212A KELVIN SIGN (k) and U+017F LONG S (s). A set with a
 * non-ASCII member is refused: folding it would need Unicode tables.
 */
function foldAscii(r: Ranges): Ranges {
  const pairs = toPairs(r);
  const extra: Array<[number, number]> = [];
  const has = (cp: number) => pairs.some(([lo, hi]) => lo <= cp && cp <= hi);
  for (const [lo, hi] of pairs) {
    if (hi > 0x7f) throw new Unsupported('non-ASCII under (?i)');
    const ulo = Math.max(lo, 0x41);
    const uhi = Math.min(hi, 0x5a);
    if (ulo <= uhi) extra.push([ulo + 32, uhi + 32]);
    const llo = Math.max(lo, 0x61);
    const lhi = Math.min(hi, 0x7a);
    if (llo <= lhi) extra.push([llo - 32, lhi - 32]);
  }
  if (has(0x6b) || has(0x4b)) extra.push([0x212a, 0x212a]);
  if (has(0x73) || has(0x53)) extra.push([0x17f, 0x17f]);
  return norm([...pairs, ...extra]);
}

// ---------- parser (the RE2 subset the fast path understands) ----------

class Parser {
  private readonly cps: number[];
  private pos = 0;
  private fold = false;
  private dotAll = false;

  constructor(pattern: string) {
    this.cps = Array.from(pattern, (c) => c.codePointAt(0)!);
  }

  parse(): Node {
    // Flag groups are understood only at the very start (e.g. the `(?is)` prefix of `flags`).
    while (this.peekStr('(?') && this.leadingFlags()) {
      /* consumed */
    }
    const n = this.alt();
    if (this.pos < this.cps.length) throw new Unsupported('trailing input');
    return n;
  }

  private peek(o = 0): number | undefined {
    return this.cps[this.pos + o];
  }

  private peekStr(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.cps[this.pos + i] !== s.charCodeAt(i)) return false;
    return true;
  }

  private leadingFlags(): boolean {
    let i = this.pos + 2;
    const letters: number[] = [];
    while (i < this.cps.length && /[A-Za-z-]/.test(String.fromCodePoint(this.cps[i]!))) {
      letters.push(this.cps[i]!);
      i++;
    }
    // Not `(?letters)`: a group such as `(?:…)` or `(?P<n>…)`, parsed by atom().
    if (this.cps[i] !== 0x29 /* ) */ || letters.length === 0) return false;
    for (const l of letters) {
      const c = String.fromCodePoint(l);
      if (c === 'i') this.fold = true;
      else if (c === 's') this.dotAll = true;
      else if (c === 'U') continue; // greediness does not change test()
      else throw new Unsupported(`flag ${c}`);
    }
    this.pos = i + 1;
    return true;
  }

  private alt(): Node {
    const alts = [this.cat()];
    while (this.peek() === 0x7c /* | */) {
      this.pos++;
      alts.push(this.cat());
    }
    if (alts.length === 1) return alts[0]!;
    // `a|b|[cd]` is the set [a-d]: one step instead of an alternation's fan-out.
    if (alts.every((a) => a.t === 'set')) return { t: 'set', r: union(...alts.map((a) => (a as { r: Ranges }).r)) };
    return { t: 'alt', alts };
  }

  private cat(): Node {
    const items: Node[] = [];
    for (;;) {
      const c = this.peek();
      if (c === undefined || c === 0x7c || c === 0x29) break;
      let atom = this.atom();
      let quantified = false;
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        if (quantified) throw new Unsupported('stacked quantifiers');
        if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'wb') throw new Unsupported('quantified assertion');
        atom = { t: 'rep', node: atom, min: q.min, max: q.max };
        quantified = true;
        if (this.peek() === 0x3f /* ? lazy */) this.pos++;
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0]! : { t: 'cat', items };
  }

  private quantifier(): { min: number; max: number } | null {
    const c = this.peek();
    if (c === 0x2a) return this.take(1, { min: 0, max: -1 });
    if (c === 0x2b) return this.take(1, { min: 1, max: -1 });
    if (c === 0x3f) return this.take(1, { min: 0, max: 1 });
    if (c !== 0x7b) return null;
    // {n} {n,} {n,m}; anything else is a literal `{` in RE2, which we leave to re2js.
    let i = this.pos + 1;
    const num = (): number | null => {
      const start = i;
      while (i < this.cps.length && this.cps[i]! >= 0x30 && this.cps[i]! <= 0x39) i++;
      if (i === start || i - start > 4) return null;
      return Number(String.fromCodePoint(...this.cps.slice(start, i)));
    };
    const min = num();
    if (min === null) throw new Unsupported('literal {');
    let max = min;
    if (this.cps[i] === 0x2c) {
      i++;
      if (this.cps[i] === 0x7d) max = -1;
      else {
        const m = num();
        if (m === null) throw new Unsupported('literal {');
        max = m;
      }
    }
    if (this.cps[i] !== 0x7d) throw new Unsupported('literal {');
    this.pos = i + 1;
    return { min, max };
  }

  private take<T>(n: number, v: T): T {
    this.pos += n;
    return v;
  }

  private lit(cp: number): Node {
    return { t: 'set', r: this.fold ? foldAscii(single(cp)) : single(cp) };
  }

  private atom(): Node {
    const c = this.peek()!;
    switch (c) {
      case 0x28: // (
        return this.group();
      case 0x2e: // .
        this.pos++;
        return { t: 'set', r: this.dotAll ? [0, MAX_CP] : [0, 0x09, 0x0b, MAX_CP] };
      case 0x5e: // ^
        this.pos++;
        return { t: 'bol' };
      case 0x24: // $
        this.pos++;
        return { t: 'eol' };
      case 0x5b: // [
        return { t: 'set', r: this.charClass() };
      case 0x5c: // backslash
        return this.escapeOutside();
      case 0x2a:
      case 0x2b:
      case 0x3f:
      case 0x7b:
        throw new Unsupported('bare quantifier character');
      default:
        this.pos++;
        return this.lit(c);
    }
  }

  private group(): Node {
    this.pos++; // (
    if (this.peek() === 0x3f /* ? */) {
      if (this.peekStr('?:')) this.pos += 2;
      else if (this.peekStr('?P<') || this.peekStr('?<')) {
        while (this.pos < this.cps.length && this.peek() !== 0x3e /* > */) this.pos++;
        this.pos++;
      } else throw new Unsupported('group flags');
    }
    const inner = this.alt();
    if (this.peek() !== 0x29) throw new Unsupported('unclosed group');
    this.pos++;
    return inner;
  }

  private escapeOutside(): Node {
    const e = this.cps[this.pos + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    const ch = String.fromCodePoint(e);
    if (ch === 'b' || ch === 'B') {
      this.pos += 2;
      return { t: 'wb', neg: ch === 'B' };
    }
    if (ch === 'A') {
      this.pos += 2;
      return { t: 'bol' };
    }
    if (ch === 'z') {
      this.pos += 2;
      return { t: 'eol' };
    }
    const perl = this.perlClass();
    if (perl) return { t: 'set', r: perl };
    return this.lit(this.escapedChar());
  }

  /** `\d \D \s \S \w \W` at the cursor (folded as RE2 does under (?i)), else null. */
  private perlClass(): Ranges | null {
    if (this.peek() !== 0x5c) return null;
    const e = this.cps[this.pos + 1];
    if (e === undefined) return null;
    const ch = String.fromCodePoint(e);
    const base = ch === 'd' || ch === 'D' ? D : ch === 's' || ch === 'S' ? S : ch === 'w' || ch === 'W' ? W : null;
    if (!base) return null;
    this.pos += 2;
    return this.group2set(base, ch === ch.toUpperCase());
  }

  private group2set(base: Ranges, negated: boolean): Ranges {
    const pos = this.fold ? foldAscii(base) : base;
    return negated ? complement(pos) : pos;
  }

  /** A single escaped character (`\n`, `\x{41}`, `\.`); other escapes are left to re2js. */
  private escapedChar(): number {
    const e = this.cps[this.pos + 1];
    if (e === undefined) throw new Unsupported('trailing backslash');
    const simple: Record<string, number> = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    const ch = String.fromCodePoint(e);
    if (simple[ch] !== undefined) {
      this.pos += 2;
      return simple[ch]!;
    }
    if (ch === 'x') {
      let i = this.pos + 2;
      let hex = '';
      if (this.cps[i] === 0x7b) {
        i++;
        while (i < this.cps.length && this.cps[i] !== 0x7d) hex += String.fromCodePoint(this.cps[i++]!);
        i++;
      } else {
        hex = String.fromCodePoint(...this.cps.slice(i, i + 2));
        i += 2;
      }
      if (!/^[0-9a-fA-F]{1,8}$/.test(hex)) throw new Unsupported('bad hex');
      const cp = parseInt(hex, 16);
      if (cp > MAX_CP) throw new Unsupported('bad hex');
      this.pos = i;
      return cp;
    }
    // RE2: any ASCII punctuation may be escaped to stand for itself.
    if (e < 0x80 && !/[0-9A-Za-z]/.test(ch)) {
      this.pos += 2;
      return e;
    }
    throw new Unsupported(`escape \\${ch}`);
  }

  private charClass(): Ranges {
    this.pos++; // [
    let negated = false;
    if (this.peek() === 0x5e) {
      negated = true;
      this.pos++;
    }
    const parts: Ranges[] = [];
    let first = true;
    for (;;) {
      const c = this.peek();
      if (c === undefined) throw new Unsupported('unclosed class');
      if (c === 0x5d /* ] */ && !first) break;
      first = false;
      if (this.peekStr('[:')) {
        parts.push(this.posixClass());
        continue;
      }
      const perl = this.perlClass();
      if (perl) {
        parts.push(perl);
        continue;
      }
      const lo = this.classChar();
      let hi = lo;
      if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
        this.pos++;
        hi = this.classChar();
        if (hi < lo) throw new Unsupported('bad range');
      }
      parts.push(this.fold ? foldAscii([lo, hi]) : [lo, hi]);
    }
    this.pos++; // ]
    const set = union(...parts);
    return negated ? complement(set) : set;
  }

  private classChar(): number {
    const c = this.peek();
    if (c === undefined) throw new Unsupported('unclosed class');
    if (c === 0x5c) {
      const e = this.cps[this.pos + 1];
      if (e !== undefined && /[dDsSwWpPbBAzQE]/.test(String.fromCodePoint(e))) throw new Unsupported('class escape');
      return this.escapedChar();
    }
    this.pos++;
    return c;
  }

  private posixClass(): Ranges {
    let i = this.pos + 2;
    let name = '';
    while (i < this.cps.length && this.cps[i] !== 0x3a) name += String.fromCodePoint(this.cps[i++]!);
    if (this.cps[i + 1] !== 0x5d) throw new Unsupported('not a POSIX class');
    const neg = name.startsWith('^');
    const base = POSIX[neg ? name.slice(1) : name];
    if (!base) throw new Unsupported('unknown POSIX class');
    this.pos = i + 2;
    return this.group2set(base, neg);
  }
}

// ---------- safety analysis: a backtracking-cost bound ----------
//
// For a node N entered at one input position, V8's backtracker (no memoisation) explores at most
// the tree of N's paths. Two numbers bound that tree:
//   W(N) = how many ways N can end successfully (each is a separate continuation of what follows),
//   C(N) = steps (node visits, one character test each) spent inside N over all those ways.
// A concatenation A·B costs C(A) + W(A)·C(B); an alternation 1 + ΣC; X{k} unrolls to k copies of X
// and X{0,j} to j nested optional copies. Counted repeats are charged by their count, not by their
// length in the pattern text (so `[ab]{160}` costs 160, and nesting multiplies).

/** Work above this is treated as unbounded (and every comparison with a budget fails). */
const CAP = 1e15;
const cap = (x: number): number => (x > CAP || Number.isNaN(x) ? CAP : x);

interface Cost {
  /** Successful ways out (continuations). */
  w: number;
  /** Steps inside, over all ways. */
  c: number;
}

function repCost(body: Cost, min: number, max: number): Cost {
  // Fixed part X^min.
  let w = 1;
  let c = 0;
  for (let k = 0; k < min && c < CAP; k++) {
    c = cap(c + w * body.c);
    w = cap(w * body.w);
  }
  // Optional part X{0,j}, built from the innermost copy outwards.
  let ow = 1;
  let oc = 0;
  for (let k = 0; k < max - min && oc < CAP; k++) {
    oc = cap(1 + body.c + body.w * oc);
    ow = cap(1 + body.w * ow);
  }
  return { w: cap(w * ow), c: cap(c + w * oc) };
}

function cost(n: Node): Cost {
  switch (n.t) {
    case 'set':
    case 'bol':
    case 'eol':
    case 'wb':
      return { w: 1, c: 1 };
    case 'cat':
      return catCost(n.items);
    case 'alt': {
      let w = 0;
      let c = 1;
      for (const a of n.alts) {
        const k = cost(a);
        w = cap(w + k.w);
        c = cap(c + k.c);
      }
      return { w, c };
    }
    case 'rep':
      if (n.max < 0) return { w: CAP, c: CAP };
      return repCost(cost(n.node), n.min, n.max);
  }
}

function catCost(items: readonly Node[]): Cost {
  let w = 1;
  let c = 0;
  for (let i = items.length - 1; i >= 0; i--) {
    const k = cost(items[i]!);
    c = cap(k.c + k.w * c);
    w = cap(k.w * w);
  }
  return { w, c };
}

/**
 * Per-character and constant work of matching `items` (a top-level sequence after reduction) over
 * an input of n characters: total steps ≤ perChar · (n + 1) + constant.
 */
function boundOf(items: readonly Node[]): { perChar: number; constant: number } | null {
  const anchoredStart = items[0]?.t === 'bol';
  const unbounded = items.filter(isUnboundedChar);
  if (unbounded.length === 0) {
    const k = catCost(items);
    // Anchored: only position 0 gets past `^` (every other start costs one step).
    return anchoredStart ? { perChar: 1, constant: k.c } : { perChar: k.c, constant: 0 };
  }
  // One unbounded repeat of a single-character set X{m,}, anchored at the start: for each way
  // through the prefix P it consumes up to n characters, then gives them back one at a time, each
  // time running the suffix S once.
  if (unbounded.length !== 1 || !anchoredStart) return null;
  const at = items.indexOf(unbounded[0]!);
  const rep = items[at] as Node & { t: 'rep' };
  const p = catCost(items.slice(0, at));
  const s = catCost(items.slice(at + 1));
  return { perChar: cap(1 + p.w * (2 + s.c)), constant: cap(p.c + p.w * rep.min) };
}

const isUnboundedChar = (n: Node | undefined): n is Node & { t: 'rep' } =>
  n !== undefined && n.t === 'rep' && n.max < 0 && n.node.t === 'set';

/** `X{m,M}` or `X{m,}` over one character with M > m: reducible at an unanchored edge. */
const isVariableChar = (n: Node | undefined): n is Node & { t: 'rep' } =>
  n !== undefined && n.t === 'rep' && n.node.t === 'set' && (n.max < 0 || n.max > n.min);

function fixed(n: Node & { t: 'rep' }): Node[] {
  return n.min === 0 ? [] : [{ t: 'rep', node: n.node, min: n.min, max: n.min }];
}

function itemsOf(n: Node): Node[] {
  return n.t === 'cat' ? [...n.items] : [n];
}

/**
 * For "is there a match somewhere", an unanchored leading `X{m,}`/`X{m,M}` and any trailing one (X
 * one character) need only their first m characters: `a+b` matches where `ab` does, `secret.*`
 * where `secret` does, `[a-z]{1,255}@` where `[a-z]@` does. Applied to each alternative of a
 * top-level alternation too.
 */
function reduce(items: Node[]): Node[] {
  let out = items;
  if (out[0]?.t !== 'bol') {
    while (isVariableChar(out[0])) out = [...fixed(out[0]), ...out.slice(1)];
  }
  while (isVariableChar(out[out.length - 1])) {
    const last = out[out.length - 1] as Node & { t: 'rep' };
    out = [...out.slice(0, -1), ...fixed(last)];
  }
  return out;
}

/** Budget per input character: at ≤ 10 ns a step (measured), a 1 MB argument stays under a second. */
export const FAST_PER_CHAR_BUDGET = 64;
/** Budget for the part of the work that does not grow with the input. */
export const FAST_CONSTANT_BUDGET = 1_000_000;

export interface FastPathPlan {
  /** The reduced top-level items to emit. */
  items: Node[];
  /** Steps per input character the V8 backtracker can spend at most. */
  perChar: number;
  /** Steps independent of the input length. */
  constant: number;
}

/** The reduced pattern and its proven bound, or null when no bound within budget exists. */
function plan(root: Node): FastPathPlan | null {
  let items: Node[];
  let bound: { perChar: number; constant: number } | null;
  if (root.t === 'alt') {
    // Each alternative reduced on its own; all must then be free of unbounded repeats.
    const alts = root.alts.map((a) => reduce(itemsOf(a)));
    const alt: Node = { t: 'alt', alts: alts.map((a) => (a.length === 1 ? a[0]! : { t: 'cat', items: a })) };
    items = [alt];
    bound = boundOf(items);
  } else {
    items = reduce(itemsOf(root));
    bound = boundOf(items);
  }
  if (bound === null) return null;
  if (!(bound.perChar <= FAST_PER_CHAR_BUDGET && bound.constant <= FAST_CONSTANT_BUDGET)) return null;
  return { items, ...bound };
}

// ---------- emission (V8 syntax with the `u` flag) ----------

function esc(cp: number): string {
  if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
    return String.fromCharCode(cp);
  }
  return `\\u{${cp.toString(16)}}`;
}

function emit(n: Node): string {
  switch (n.t) {
    case 'set': {
      if (n.r.length === 2 && n.r[0] === n.r[1]) return esc(n.r[0]!);
      let s = '[';
      for (let i = 0; i < n.r.length; i += 2) {
        const lo = n.r[i]!;
        const hi = n.r[i + 1]!;
        s += lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`;
      }
      return s + ']';
    }
    case 'bol':
      return '^';
    case 'eol':
      return '$';
    case 'wb':
      return n.neg ? '\\B' : '\\b';
    case 'cat':
      return n.items.map(emit).join('');
    case 'alt':
      return `(?:${n.alts.map(emit).join('|')})`;
    case 'rep': {
      const inner = n.node.t === 'set' ? emit(n.node) : `(?:${emit(n.node)})`;
      const q =
        n.min === 0 && n.max < 0
          ? '*'
          : n.min === 1 && n.max < 0
            ? '+'
            : n.min === 0 && n.max === 1
              ? '?'
              : n.max < 0
                ? `{${n.min},}`
                : n.min === n.max
                  ? `{${n.min}}`
                  : `{${n.min},${n.max}}`;
      return inner + q;
    }
  }
}

export type FastNode = Node;

/** The fast path's parse of `pattern` (its RE2 subset), or null outside the subset. For tests. */
export function parseFastSubset(pattern: string): Node | null {
  try {
    return new Parser(pattern).parse();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
}

export interface FastPathAnalysis {
  /** V8 source (compile with flag `u`), or null when the pattern stays on re2js. */
  source: string | null;
  /** Proven work bound: steps ≤ perChar · (n + 1) + constant on an n-character input. */
  perChar: number;
  constant: number;
  /** Why the pattern stays on re2js (when source is null). */
  reason?: string;
  /** The reduced pattern that `source` spells (when accepted). */
  node?: Node;
}

/** Classify a pattern: V8 with its proven linear bound, or re2js with the reason. */
export function analyzeFastPath(pattern: string): FastPathAnalysis {
  if (pattern.length > MAX_PATTERN_LENGTH) return { source: null, perChar: CAP, constant: CAP, reason: 'pattern too long' };
  const root = parseFastSubset(pattern);
  if (root === null) return { source: null, perChar: CAP, constant: CAP, reason: 'outside the translated subset' };
  const p = plan(root);
  if (p === null) return { source: null, perChar: CAP, constant: CAP, reason: 'no linear bound within budget' };
  const node: Node = p.items.length === 1 ? p.items[0]! : { t: 'cat', items: p.items };
  return { source: p.items.map(emit).join(''), perChar: p.perChar, constant: p.constant, node };
}

/**
 * V8 source (to compile with flag `u`) equivalent to the RE2 `pattern` for test(), or null when
 * the pattern is outside the subset or its V8 backtracking is not provably linear within budget.
 */
export function translateToV8(pattern: string): string | null {
  return analyzeFastPath(pattern).source;
}
