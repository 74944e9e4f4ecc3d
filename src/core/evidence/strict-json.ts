// The strict JSON pass every evidence reader applies before typed parsing (04 §4.2). JSON.parse alone keeps
// the last duplicate key and accepts lone surrogate escapes, so a validating scanner runs first; it builds no
// values (JSON.parse, native and fast, does that once the text is known to be clean). The scanner also keeps
// the raw text of number tokens where a caller needs it, so integer-typed fields can refuse `1.0`, `1e0`, `-1`.

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
  /**
   * Raw number tokens to keep: `top` = members of the root object (key → token); `paths` = every number,
   * keyed by its path (keys and array indexes joined by U+0000). Default: none.
   */
  numberTokens?: 'none' | 'top' | 'paths';
}

export interface StrictJsonResult {
  value: unknown;
  tokens: Map<string, string>;
}

const enum C {
  TAB = 0x09,
  LF = 0x0a,
  CR = 0x0d,
  SPACE = 0x20,
  QUOTE = 0x22,
  PLUS = 0x2b,
  COMMA = 0x2c,
  MINUS = 0x2d,
  DOT = 0x2e,
  ZERO = 0x30,
  NINE = 0x39,
  COLON = 0x3a,
  UPPER_E = 0x45,
  LBRACKET = 0x5b,
  BACKSLASH = 0x5c,
  RBRACKET = 0x5d,
  LOWER_E = 0x65,
  LBRACE = 0x7b,
  RBRACE = 0x7d,
}

function hexVal(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  return -1;
}

class Scanner {
  pos = 0;
  depth = 0;
  readonly tokens = new Map<string, string>();
  private readonly path: string[] = [];

  constructor(
    private readonly t: string,
    private readonly maxDepth: number,
    private readonly mode: 'none' | 'top' | 'paths',
  ) {}

  fail(what: string): never {
    throw new StrictJsonError(`${what} at offset ${this.pos}`, 'invalid');
  }

  ws(): void {
    const t = this.t;
    let p = this.pos;
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.SPACE || c === C.LF || c === C.CR || c === C.TAB) p++;
      else break;
    }
    this.pos = p;
  }

  value(): void {
    const c = this.t.charCodeAt(this.pos);
    if (c === C.LBRACE) this.object();
    else if (c === C.LBRACKET) this.array();
    else if (c === C.QUOTE) this.string(false);
    else if (c === C.MINUS || (c >= C.ZERO && c <= C.NINE)) this.number();
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
    if (t.charCodeAt(p) === C.MINUS) p++;
    let c = t.charCodeAt(p);
    if (c === C.ZERO) p++;
    else if (c >= 0x31 && c <= C.NINE) {
      p++;
      while ((c = t.charCodeAt(p)) >= C.ZERO && c <= C.NINE) p++;
    } else {
      this.pos = p;
      this.fail('invalid number');
    }
    if (t.charCodeAt(p) === C.DOT) {
      p++;
      c = t.charCodeAt(p);
      if (!(c >= C.ZERO && c <= C.NINE)) {
        this.pos = p;
        this.fail('invalid number');
      }
      while ((c = t.charCodeAt(p)) >= C.ZERO && c <= C.NINE) p++;
    }
    c = t.charCodeAt(p);
    const exp = c === C.LOWER_E || c === C.UPPER_E;
    if (exp) {
      p++;
      c = t.charCodeAt(p);
      if (c === C.PLUS || c === C.MINUS) p++;
      c = t.charCodeAt(p);
      if (!(c >= C.ZERO && c <= C.NINE)) {
        this.pos = p;
        this.fail('invalid number');
      }
      while ((c = t.charCodeAt(p)) >= C.ZERO && c <= C.NINE) p++;
    }
    this.pos = p;
    // A token beyond the double range would parse to Infinity, which is not JSON (serde refuses it too).
    if ((exp || p - start > 300) && !Number.isFinite(Number(t.slice(start, p)))) this.fail('number out of range');
    if (this.mode === 'paths') this.tokens.set(this.path.join('\u0000'), t.slice(start, p));
    else if (this.mode === 'top' && this.depth === 1 && this.path.length === 1) this.tokens.set(this.path[0]!, t.slice(start, p));
  }

  /**
   * Scan a string at its opening quote. Returns the decoded text when `decode` (object keys), else ''.
   * Refuses control characters, invalid escapes and unpaired surrogate escapes.
   */
  string(decode: boolean): string {
    const t = this.t;
    const start = this.pos + 1;
    let p = start;
    let escaped = false;
    let lastHigh = false; // previous unit was a high surrogate (raw or escaped)
    for (;;) {
      const c = t.charCodeAt(p);
      if (c === C.QUOTE) break;
      if (Number.isNaN(c)) {
        this.pos = p;
        this.fail('unterminated string');
      }
      if (c < 0x20) {
        this.pos = p;
        this.fail('control character in string');
      }
      if (c === C.BACKSLASH) {
        escaped = true;
        const e = t.charCodeAt(p + 1);
        if (e === 0x75) {
          let v = 0;
          for (let k = 2; k < 6; k++) {
            const h = hexVal(t.charCodeAt(p + k));
            if (h < 0) {
              this.pos = p;
              this.fail('invalid \\u escape');
            }
            v = (v << 4) | h;
          }
          if (v >= 0xdc00 && v <= 0xdfff && !lastHigh) {
            this.pos = p;
            this.fail('unpaired low surrogate escape');
          }
          if (lastHigh && !(v >= 0xdc00 && v <= 0xdfff)) {
            this.pos = p;
            this.fail('unpaired high surrogate escape');
          }
          lastHigh = v >= 0xd800 && v <= 0xdbff;
          p += 6;
          continue;
        }
        if (lastHigh) {
          this.pos = p;
          this.fail('unpaired high surrogate escape');
        }
        if (e === C.QUOTE || e === C.BACKSLASH || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          p += 2;
          continue;
        }
        this.pos = p;
        this.fail('invalid escape');
      }
      // A raw code unit after a high-surrogate *escape* must be its pair; raw pairs come from valid UTF-8.
      if (lastHigh) {
        if (!(c >= 0xdc00 && c <= 0xdfff)) {
          this.pos = p;
          this.fail('unpaired high surrogate escape');
        }
        lastHigh = false;
      } else if (c >= 0xd800 && c <= 0xdbff) {
        lastHigh = true;
      } else if (c >= 0xdc00 && c <= 0xdfff) {
        this.pos = p;
        this.fail('unpaired low surrogate');
      }
      p++;
    }
    if (lastHigh) {
      this.pos = p;
      this.fail('unpaired high surrogate escape');
    }
    this.pos = p + 1;
    const raw = t.slice(start, p);
    // Code points ≤ UTF-16 units ≤ raw length, so only long raw strings need an exact count.
    if (p - start > MAX_STRING_CODE_POINTS) {
      const decoded = escaped ? (JSON.parse(t.slice(start - 1, p + 1)) as string) : raw;
      let n = 0;
      for (const _ of decoded) n++;
      if (n > MAX_STRING_CODE_POINTS) this.fail(`string longer than ${MAX_STRING_CODE_POINTS} code points`);
    }
    if (!decode) return '';
    return escaped ? (JSON.parse(t.slice(start - 1, p + 1)) as string) : raw;
  }

  enter(): void {
    this.depth++;
    if (this.depth > this.maxDepth) throw new StrictJsonError(`nesting deeper than ${this.maxDepth}`, 'depth');
  }

  object(): void {
    this.enter();
    const t = this.t;
    this.pos++;
    this.ws();
    if (t.charCodeAt(this.pos) === C.RBRACE) {
      this.pos++;
      this.depth--;
      return;
    }
    // Small objects compare keys linearly (no allocation beyond one array); large ones switch to a Set.
    let list: string[] | null = [];
    let set: Set<string> | null = null;
    let count = 0;
    const track = this.mode === 'paths' || (this.mode === 'top' && this.depth === 1);
    for (;;) {
      if (t.charCodeAt(this.pos) !== C.QUOTE) this.fail('expected object key');
      const key = this.string(true);
      count++;
      if (count > MAX_KEYS_PER_OBJECT) this.fail(`more than ${MAX_KEYS_PER_OBJECT} keys in one object`);
      if (set !== null) {
        if (set.has(key)) this.fail('duplicate key');
        set.add(key);
      } else {
        const l = list!;
        for (let i = 0; i < l.length; i++) if (l[i] === key) this.fail('duplicate key');
        l.push(key);
        if (l.length > 16) {
          set = new Set(l);
          list = null;
        }
      }
      this.ws();
      if (t.charCodeAt(this.pos) !== C.COLON) this.fail("expected ':'");
      this.pos++;
      this.ws();
      if (track) this.path.push(key);
      this.value();
      if (track) this.path.pop();
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === C.COMMA) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === C.RBRACE) {
        this.pos++;
        this.depth--;
        return;
      }
      this.fail("expected ',' or '}'");
    }
  }

  array(): void {
    this.enter();
    const t = this.t;
    this.pos++;
    this.ws();
    if (t.charCodeAt(this.pos) === C.RBRACKET) {
      this.pos++;
      this.depth--;
      return;
    }
    const track = this.mode === 'paths';
    let index = 0;
    for (;;) {
      if (track) this.path.push(String(index));
      this.value();
      if (track) this.path.pop();
      index++;
      this.ws();
      const c = t.charCodeAt(this.pos);
      if (c === C.COMMA) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === C.RBRACKET) {
        this.pos++;
        this.depth--;
        return;
      }
      this.fail("expected ',' or ']'");
    }
  }
}

/** Validate `text` under the strict rules, then parse it. Throws StrictJsonError. */
export function strictParse(text: string, opts: StrictJsonOptions): StrictJsonResult {
  const s = new Scanner(text, opts.maxDepth, opts.numberTokens ?? 'none');
  s.ws();
  s.value();
  s.ws();
  if (s.pos !== text.length) s.fail('trailing characters after the JSON value');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    // Unreachable when the scanner is right; kept so a disagreement can never pass silently.
    throw new StrictJsonError(`invalid JSON: ${(e as Error).message}`, 'invalid');
  }
  return { value, tokens: s.tokens };
}

/** `0`, `7`, `42` — no sign, fraction or exponent (04 §4.2: `1.0`, `1e0`, `-1` are not integers). */
export function isUnsignedIntegerToken(token: string | undefined): boolean {
  return token !== undefined && /^(?:0|[1-9][0-9]*)$/.test(token);
}

/** Integer token, sign allowed (`-3`), no fraction or exponent. */
export function isIntegerToken(token: string | undefined): boolean {
  return token !== undefined && /^-?(?:0|[1-9][0-9]*)$/.test(token);
}
