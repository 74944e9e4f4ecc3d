// The strict JSON pass every evidence reader applies before typed parsing. JSON.parse alone keeps
// the last duplicate key and accepts lone surrogate escapes, so a validating scanner runs first. The scanner
// builds no values: JSON.parse (native) does, and only when a caller asks for the value. It also keeps the raw
// text of root members and number tokens, so integer-typed fields can refuse `1.0`, `1e0`, `-1`, and it notes
// whether the text is already in JCS form (then a member's raw text is its canonical text).
//
// Precondition: the text comes from UTF-8 decoding, so it holds no raw lone surrogates.

export const MAX_KEYS_PER_OBJECT = 10_000;
export const MAX_STRING_CODE_POINTS = 1_048_576;

export type StrictJsonErrorKind = 'invalid' | 'depth';

export class StrictJsonError extends Error {
  constructor(
    message: string,
    readonly kind: StrictJsonErrorKind,
  ) {
    super(message);
  }
}

export interface StrictJsonOptions {
  /** Nesting of objects + arrays, top-level container = 1; deeper input is refused (kind `depth`). */
  maxDepth: number;
  /** `paths`: keep every number token, keyed by its path (keys and array indexes joined by U+0000). */
  numberTokens?: 'none' | 'paths';
}

export interface StrictJsonResult {
  /** The parsed value (JSON.parse on first access; the text is known to be valid by then). */
  readonly value: unknown;
  /** `paths` mode: number tokens by path. */
  readonly tokens: ReadonlyMap<string, string>;
  /**
   * The text is in RFC 8785 canonical form: no whitespace, keys in ascending UTF-16 order, numbers as
   * ECMAScript renders them, strings escaped only where JCS escapes. Then every member's raw text is its JCS.
   */
  readonly canonical: boolean;
  /** Raw text of a member of the root object (undefined when absent or the root is not an object). */
  raw(key: string): string | undefined;
  /** Visit the root object's members in text order: decoded key and the raw value text. */
  members(visit: (key: string, raw: string) => void): void;
  /** The scanned text. */
  readonly text: string;
  /** Root members as (keyStart, keyEnd, keyEscaped 0/1, valueStart, valueEnd) × rootCount, positions in `text`. */
  readonly rootIndex: Int32Array;
  readonly rootCount: number;
}

// Character codes.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LOWER_E = 0x65;
const LBRACE = 0x7b;
const RBRACE = 0x7d;

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

const RAW_CONTROL = /[\u0000-\u001f]/;

class Scanner {
  t = '';
  pos = 0;
  depth = 0;
  maxDepth = 64;
  canonical = true;
  paths = false;
  lastEscaped = false;
  tokens = new Map<string, string>();
  private path: string[] = [];
  private nextBackslash = -1;
  /** Key ranges [start, end) of the objects being scanned: one stack for all nesting levels. */
  private keys = new Int32Array(256);
  private keySp = 0;
  /** Root members: keyStart, keyEnd, escaped (0/1), valueStart, valueEnd. */
  top = new Int32Array(5 * 32);
  topCount = 0;

  reset(text: string, maxDepth: number, paths: boolean): void {
    this.t = text;
    this.pos = 0;
    this.depth = 0;
    this.maxDepth = maxDepth;
    this.canonical = true;
    this.paths = paths;
    this.lastEscaped = false;
    this.nextBackslash = -1;
    this.keySp = 0;
    this.topCount = 0;
    if (paths) {
      this.tokens = new Map();
      this.path = [];
    } else if (this.tokens.size > 0) this.tokens = new Map();
  }

  fail(what: string): never {
    throw new StrictJsonError(`${what} at offset ${this.pos}`, 'invalid');
  }

  ws(): void {
    const t = this.t;
    let p = this.pos;
    const c0 = t.charCodeAt(p);
    if (c0 > SPACE || c0 !== c0) return;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === SPACE || c === LF || c === CR || c === TAB) p++;
      else break;
    }
    if (p !== this.pos) {
      this.canonical = false;
      this.pos = p;
    }
  }

  value(): void {
    const c = this.t.charCodeAt(this.pos);
    if (c === QUOTE) this.string();
    else if (c === LBRACE) this.object();
    else if (c === LBRACKET) this.array();
    else if (c === MINUS || (c >= ZERO && c <= NINE)) this.number();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.fail(Number.isNaN(c) ? 'unexpected end of input' : 'unexpected character');
  }

  literal(word: string): void {
    if (!this.t.startsWith(word, this.pos)) this.fail('invalid literal');
    this.pos += word.length;
  }

  number(): void {
    const t = this.t;
    const start = this.pos;
    let p = start;
    if (t.charCodeAt(p) === MINUS) p++;
    let c = t.charCodeAt(p);
    if (c === ZERO) p++;
    else if (c >= 0x31 && c <= NINE) {
      p++;
      while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE) p++;
    } else {
      this.pos = p;
      this.fail('invalid number');
    }
    const dot = t.charCodeAt(p) === DOT;
    if (dot) {
      p++;
      c = t.charCodeAt(p);
      if (!(c >= ZERO && c <= NINE)) {
        this.pos = p;
        this.fail('invalid number');
      }
      while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE) p++;
    }
    c = t.charCodeAt(p);
    const exp = c === LOWER_E || c === UPPER_E;
    if (exp) {
      p++;
      c = t.charCodeAt(p);
      if (c === PLUS || c === MINUS) p++;
      c = t.charCodeAt(p);
      if (!(c >= ZERO && c <= NINE)) {
        this.pos = p;
        this.fail('invalid number');
      }
      while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE) p++;
    }
    this.pos = p;
    // A token beyond the double range would parse to Infinity, which is not JSON (serde refuses it too).
    if ((exp || p - start > 300) && !Number.isFinite(Number(t.slice(start, p)))) this.fail('number out of range');
    // The JCS form of a number is ECMAScript Number#toString; short plain integers other than -0 already are.
    if (this.canonical) {
      const shortInt = !dot && !exp && p - start <= 15 && !(t.charCodeAt(start) === MINUS && t.charCodeAt(start + 1) === ZERO);
      if (!shortInt) {
        const tok = t.slice(start, p);
        const n = Number(tok);
        if ((Object.is(n, -0) ? '0' : String(n)) !== tok) this.canonical = false;
      }
    }
    if (this.paths) this.tokens.set(this.path.join('\u0000'), t.slice(start, p));
  }

  /**
   * Scan a string at its opening quote; `pos` ends just past the closing quote. Refuses invalid escapes and
   * unpaired surrogate escapes (raw control characters are found by the caller's whole-text check).
   */
  string(): void {
    const t = this.t;
    const start = this.pos + 1;
    const q = t.indexOf('"', start);
    if (q === -1) {
      this.pos = t.length;
      this.fail('unterminated string');
    }
    // The next backslash is cached so that a long line costs O(n) in total, not O(n) per string.
    if (this.nextBackslash < start) {
      const b = t.indexOf('\\', start);
      this.nextBackslash = b === -1 ? Infinity : b;
    }
    let end = q;
    this.lastEscaped = false;
    if (this.nextBackslash < q) {
      this.lastEscaped = true;
      end = this.escapedString(this.nextBackslash);
    }
    this.pos = end + 1;
    // Code points ≤ UTF-16 units ≤ raw length, so only long raw strings need an exact count.
    if (end - start > MAX_STRING_CODE_POINTS) {
      const decoded = this.lastEscaped ? (JSON.parse(t.slice(start - 1, end + 1)) as string) : t.slice(start, end);
      let n = 0;
      for (const _ of decoded) n++;
      if (n > MAX_STRING_CODE_POINTS) this.fail(`string longer than ${MAX_STRING_CODE_POINTS} code points`);
    }
  }

  /** The rest of a string from its first backslash; returns the index of the closing quote. */
  private escapedString(from: number): number {
    const t = this.t;
    let p = from;
    let pendingHigh = false; // the previous escape was a high surrogate
    for (;;) {
      const c = t.charCodeAt(p);
      if (Number.isNaN(c)) {
        this.pos = p;
        this.fail('unterminated string');
      }
      if (c !== BACKSLASH) {
        if (pendingHigh) {
          this.pos = p;
          this.fail('unpaired high surrogate escape');
        }
        if (c === QUOTE) {
          this.nextBackslash = -1;
          return p;
        }
        p++;
        continue;
      }
      const e = t.charCodeAt(p + 1);
      if (e === 0x75) {
        let v = 0;
        let upper = false;
        for (let k = 2; k < 6; k++) {
          const ch = t.charCodeAt(p + k);
          const h = hexVal(ch);
          if (h < 0) {
            this.pos = p;
            this.fail('invalid \\u escape');
          }
          if (ch >= 0x41 && ch <= 0x46) upper = true;
          v = (v << 4) | h;
        }
        const low = v >= 0xdc00 && v <= 0xdfff;
        if (low !== pendingHigh) {
          this.pos = p;
          this.fail(low ? 'unpaired low surrogate escape' : 'unpaired high surrogate escape');
        }
        pendingHigh = v >= 0xd800 && v <= 0xdbff;
        // JCS escapes only control characters without a short form, as lowercase \u00xx.
        if (upper || v >= 0x20 || v === 0x08 || v === 0x09 || v === 0x0a || v === 0x0c || v === 0x0d) this.canonical = false;
        p += 6;
        continue;
      }
      if (pendingHigh) {
        this.pos = p;
        this.fail('unpaired high surrogate escape');
      }
      if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
        p += 2;
        continue;
      }
      if (e === 0x2f) {
        this.canonical = false; // `\/` is valid JSON; JCS writes `/`
        p += 2;
        continue;
      }
      this.pos = p;
      this.fail('invalid escape');
    }
  }

  private enter(): void {
    this.depth++;
    if (this.depth > this.maxDepth) throw new StrictJsonError(`nesting deeper than ${this.maxDepth}`, 'depth');
  }

  private pushKey(start: number, end: number): void {
    if (this.keySp + 2 > this.keys.length) {
      const grown = new Int32Array(this.keys.length * 2);
      grown.set(this.keys);
      this.keys = grown;
    }
    this.keys[this.keySp++] = start;
    this.keys[this.keySp++] = end;
  }

  private pushTop(ks: number, ke: number, escaped: boolean, vs: number, ve: number): void {
    const i = this.topCount * 5;
    if (i + 5 > this.top.length) {
      const grown = new Int32Array(this.top.length * 2);
      grown.set(this.top);
      this.top = grown;
    }
    this.top[i] = ks;
    this.top[i + 1] = ke;
    this.top[i + 2] = escaped ? 1 : 0;
    this.top[i + 3] = vs;
    this.top[i + 4] = ve;
    this.topCount++;
  }

  keyText(start: number, end: number): string {
    const t = this.t;
    const b = t.indexOf('\\', start);
    return b !== -1 && b < end ? (JSON.parse(t.slice(start - 1, end + 1)) as string) : t.slice(start, end);
  }

  /** Compare two raw key ranges by UTF-16 code units (meaningful for keys without escapes). */
  private cmpRange(a0: number, a1: number, b0: number, b1: number): number {
    const t = this.t;
    const n = Math.min(a1 - a0, b1 - b0);
    for (let i = 0; i < n; i++) {
      const d = t.charCodeAt(a0 + i) - t.charCodeAt(b0 + i);
      if (d !== 0) return d;
    }
    return a1 - a0 - (b1 - b0);
  }

  object(): void {
    this.enter();
    const t = this.t;
    this.pos++;
    this.ws();
    if (t.charCodeAt(this.pos) === RBRACE) {
      this.pos++;
      this.depth--;
      return;
    }
    // Keys in strictly ascending order (the canonical case) cannot repeat, so duplicates are searched for,
    // with decoded keys, only when the order breaks or a key has escapes.
    const base = this.keySp;
    const root = this.depth === 1;
    let ascending = true;
    let count = 0;
    for (;;) {
      if (t.charCodeAt(this.pos) !== QUOTE) this.fail('expected object key');
      const ks = this.pos + 1;
      this.string();
      const ke = this.pos - 1;
      const escaped = this.lastEscaped;
      count++;
      if (count > MAX_KEYS_PER_OBJECT) this.fail(`more than ${MAX_KEYS_PER_OBJECT} keys in one object`);
      if (ascending && (escaped || (count > 1 && this.cmpRange(this.keys[this.keySp - 2]!, this.keys[this.keySp - 1]!, ks, ke) >= 0))) {
        ascending = false;
      }
      this.pushKey(ks, ke);
      this.ws();
      if (t.charCodeAt(this.pos) !== COLON) this.fail("expected ':'");
      this.pos++;
      this.ws();
      if (this.paths) this.path.push(this.keyText(ks, ke));
      const vs = this.pos;
      this.value();
      if (root) this.pushTop(ks, ke, escaped, vs, this.pos);
      if (this.paths) this.path.pop();
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === COMMA) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === RBRACE) {
        if (!ascending) this.checkKeys(base);
        this.keySp = base;
        this.pos++;
        this.depth--;
        return;
      }
      this.fail("expected ',' or '}'");
    }
  }

  /** Slow path for an object whose keys are not strictly ascending as raw text: decoded order and duplicates. */
  private checkKeys(base: number): void {
    const seen = new Set<string>();
    let prev: string | undefined;
    for (let i = base; i < this.keySp; i += 2) {
      const key = this.keyText(this.keys[i]!, this.keys[i + 1]!);
      if (seen.has(key)) {
        this.pos = this.keys[i]! - 1;
        this.fail('duplicate key');
      }
      seen.add(key);
      if (prev !== undefined && !(prev < key)) this.canonical = false;
      prev = key;
    }
  }

  array(): void {
    this.enter();
    const t = this.t;
    this.pos++;
    this.ws();
    if (t.charCodeAt(this.pos) === RBRACKET) {
      this.pos++;
      this.depth--;
      return;
    }
    let index = 0;
    for (;;) {
      if (this.paths) this.path.push(String(index));
      this.value();
      if (this.paths) this.path.pop();
      index++;
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === COMMA) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === RBRACKET) {
        this.pos++;
        this.depth--;
        return;
      }
      this.fail("expected ',' or ']'");
    }
  }
}

// One scanner reused across calls (strictParse is synchronous and not re-entrant), so a line costs no
// allocation beyond its result.
const shared = new Scanner();

class Result implements StrictJsonResult {
  private parsed: { v: unknown } | undefined;
  constructor(
    readonly text: string,
    readonly canonical: boolean,
    readonly tokens: ReadonlyMap<string, string>,
    private readonly top: Int32Array,
    private readonly topCount: number,
    parsed: { v: unknown } | undefined,
  ) {
    this.parsed = parsed;
  }

  get rootIndex(): Int32Array {
    return this.top;
  }

  get rootCount(): number {
    return this.topCount;
  }

  get value(): unknown {
    if (this.parsed === undefined) this.parsed = { v: JSON.parse(this.text) };
    return this.parsed.v;
  }

  members(visit: (key: string, raw: string) => void): void {
    const t = this.text;
    const top = this.top;
    for (let i = 0; i < this.topCount * 5; i += 5) {
      const ks = top[i]!;
      const ke = top[i + 1]!;
      const key = top[i + 2] === 0 ? t.slice(ks, ke) : (JSON.parse(t.slice(ks - 1, ke + 1)) as string);
      visit(key, t.slice(top[i + 3]!, top[i + 4]!));
    }
  }

  raw(key: string): string | undefined {
    const t = this.text;
    const top = this.top;
    for (let i = 0; i < this.topCount * 5; i += 5) {
      const ks = top[i]!;
      const ke = top[i + 1]!;
      const match =
        top[i + 2] === 0
          ? ke - ks === key.length && t.startsWith(key, ks)
          : (JSON.parse(t.slice(ks - 1, ke + 1)) as string) === key;
      if (match) return t.slice(top[i + 3]!, top[i + 4]!);
    }
    return undefined;
  }
}

/** Validate `text` under the strict rules. Throws StrictJsonError; the value is parsed on demand. */
export function strictParse(text: string, opts: StrictJsonOptions): StrictJsonResult {
  const s = shared;
  s.reset(text, opts.maxDepth, opts.numberTokens === 'paths');
  try {
    s.ws();
    s.value();
    s.ws();
    if (s.pos !== text.length) s.fail('trailing characters after the JSON value');
    let parsed: { v: unknown } | undefined;
    if (RAW_CONTROL.test(text)) {
      // Tab, CR and LF are whitespace outside strings and invalid inside them; JSON.parse tells which. Its
      // message quotes the input, which must never reach a message, so it is replaced.
      try {
        parsed = { v: JSON.parse(text) };
      } catch {
        throw new StrictJsonError('control character in a string', 'invalid');
      }
    }
    const top = s.topCount > 0 ? s.top.slice(0, s.topCount * 5) : s.top.subarray(0, 0);
    return new Result(text, s.canonical, s.tokens, top, s.topCount, parsed);
  } finally {
    s.t = '';
  }
}

/** `0`, `7`, `42` — no sign, fraction or exponent (`1.0`, `1e0`, `-1` are not integers). */
export function isUnsignedIntegerToken(token: string | undefined): boolean {
  return token !== undefined && /^(?:0|[1-9][0-9]*)$/.test(token);
}

/** Integer token, sign allowed (`-3`), no fraction or exponent. */
export function isIntegerToken(token: string | undefined): boolean {
  return token !== undefined && /^-?(?:0|[1-9][0-9]*)$/.test(token);
}
