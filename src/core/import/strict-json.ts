// A small strict RFC 8259 scanner for import documents. JSON.parse cannot do two things we need:
// refuse duplicate object keys (inspector and the HTTP transcript documents) and say where
// a value sits (line:col in diagnostics). It also keeps integers beyond 2^53-1 exact (RawNumber), so
// ids and arguments are re-serialised without rounding.

/** An integer literal that a JS number cannot hold exactly; written back verbatim. */
export class RawNumber {
  constructor(readonly text: string) {}
  toJSON(): number {
    return Number(this.text);
  }
}

export type JsonValue = null | boolean | number | string | RawNumber | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

export interface Position {
  line: number;
  col: number;
}

/** Thrown on malformed input; `offset` is a UTF-16 index into the scanned text. */
export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    /** `duplicate`: well-formed JSON refused only for a repeated key. */
    readonly kind: 'syntax' | 'duplicate' = 'syntax',
  ) {
    super(message);
  }
}

export interface ScanOptions {
  /** `reject`: a repeated key is a syntax error; `last`: the last value wins (JSONL rule). */
  duplicateKeys: 'reject' | 'last';
  /** Nesting limit; deeper input is refused instead of exhausting the stack. */
  maxDepth?: number;
  /**
   * Record offsets only for containers at depth ≤ this (root = 1). Diagnostics only ever point at
   * the first few levels (document, entries, messages and their fields); tracking every nested
   * argument object would cost memory and GC time on large transcripts. Default: all.
   */
  trackDepth?: number;
}

export interface ScanResult {
  value: JsonValue;
  /** Start offset of every tracked object and array. */
  containerOffsets: Map<object, number>;
  /** Start offset of the value of `key` in a tracked object (the last one if repeated); found on demand. */
  memberOffset(obj: object, key: string): number | undefined;
}

const MAX_DEPTH = 1000;
const SAFE = Number.MAX_SAFE_INTEGER;

export function scanJson(text: string, opts: ScanOptions): ScanResult {
  // A strong Map, one entry per tracked container: member offsets are not stored but found again by
  // re-reading the (already validated) object text when a diagnostic needs one.
  const containerOffsets = new Map<object, number>();
  const maxDepth = opts.maxDepth ?? MAX_DEPTH;
  const trackDepth = opts.trackDepth ?? Infinity;
  const len = text.length;
  let i = 0;

  const fail = (msg: string, at = i, kind: 'syntax' | 'duplicate' = 'syntax'): never => {
    throw new JsonSyntaxError(msg, at, kind);
  };
  const describe = (at: number): string => {
    if (at >= len) return 'unexpected end of input';
    const cp = text.codePointAt(at)!;
    const ch = String.fromCodePoint(cp);
    return cp < 0x20 || cp === 0x7f ? `unexpected character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `unexpected character ${JSON.stringify(ch)}`;
  };
  const ws = (): void => {
    while (i < len) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
  };

  // Jumps to the next quote, backslash or control character at native speed.
  const special = /["\\\u0000-\u001f]/g;
  const parseString = (): string => {
    // text[i] === '"'
    const start = i;
    i++;
    let out = '';
    while (true) {
      special.lastIndex = i;
      const m = special.exec(text);
      if (!m) fail('unterminated string', start);
      const at = m!.index;
      const c = text.charCodeAt(at);
      out += text.slice(i, at);
      i = at;
      if (c === 0x22) {
        i++;
        return out;
      }
      if (c !== 0x5c) fail('unescaped control character in string', i);
      const e = text.charCodeAt(i + 1);
      switch (e) {
        case 0x22: out += '"'; i += 2; break;
        case 0x5c: out += '\\'; i += 2; break;
        case 0x2f: out += '/'; i += 2; break;
        case 0x62: out += '\b'; i += 2; break;
        case 0x66: out += '\f'; i += 2; break;
        case 0x6e: out += '\n'; i += 2; break;
        case 0x72: out += '\r'; i += 2; break;
        case 0x74: out += '\t'; i += 2; break;
        case 0x75: {
          const hex = text.slice(i + 2, i + 6);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) fail('invalid \\u escape in string', i);
          out += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          break;
        }
        default:
          fail('invalid escape in string', i);
      }
    }
  };

  const parseNumber = (): number | RawNumber => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) i++;
    const d0 = text.charCodeAt(i);
    if (d0 === 0x30) i++;
    else if (d0 >= 0x31 && d0 <= 0x39) {
      while (i < len && isDigit(text.charCodeAt(i))) i++;
    } else fail('invalid number', start);
    let integer = true;
    if (text.charCodeAt(i) === 0x2e) {
      integer = false;
      i++;
      if (!isDigit(text.charCodeAt(i))) fail('invalid number', start);
      while (i < len && isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      integer = false;
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) fail('invalid number', start);
      while (i < len && isDigit(text.charCodeAt(i))) i++;
    }
    const lexeme = text.slice(start, i);
    const n = Number(lexeme);
    if (integer && (n > SAFE || n < -SAFE)) return new RawNumber(lexeme);
    return n;
  };

  const parseLiteral = (word: string, value: JsonValue): JsonValue => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return value;
    }
    return fail(describe(i));
  };

  const parseValue = (depth: number): JsonValue => {
    ws();
    if (i >= len) fail('unexpected end of input');
    const c = text.charCodeAt(i);
    if (c === 0x7b) return parseObject(depth + 1);
    if (c === 0x5b) return parseArray(depth + 1);
    if (c === 0x22) return parseString();
    if (c === 0x2d || isDigit(c)) return parseNumber();
    if (c === 0x74) return parseLiteral('true', true);
    if (c === 0x66) return parseLiteral('false', false);
    if (c === 0x6e) return parseLiteral('null', null);
    return fail(describe(i));
  };

  const parseObject = (depth: number): JsonObject => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
    const obj: JsonObject = {};
    if (depth <= trackDepth) containerOffsets.set(obj, i);
    i++;
    ws();
    if (text.charCodeAt(i) === 0x7d) {
      i++;
      return obj;
    }
    while (true) {
      ws();
      if (text.charCodeAt(i) !== 0x22) fail(i >= len ? 'unexpected end of input' : 'expected a string key');
      const keyAt = i;
      const key = parseString();
      if (opts.duplicateKeys === 'reject' && Object.prototype.hasOwnProperty.call(obj, key)) {
        fail(`duplicate object key ${JSON.stringify(key)}`, keyAt, 'duplicate');
      }
      ws();
      if (text.charCodeAt(i) !== 0x3a) fail(i >= len ? 'unexpected end of input' : `expected ":" after key, ${describe(i)}`);
      i++;
      ws();
      const v = parseValue(depth);
      // "__proto__" is data, never the prototype: define it as an own property.
      if (key === '__proto__') Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
      else obj[key] = v;
      ws();
      const n = text.charCodeAt(i);
      if (n === 0x2c) {
        i++;
        continue;
      }
      if (n === 0x7d) {
        i++;
        return obj;
      }
      fail(i >= len ? 'unexpected end of input' : `expected "," or "}", ${describe(i)}`);
    }
  };

  const parseArray = (depth: number): JsonValue[] => {
    if (depth > maxDepth) fail(`nesting deeper than ${maxDepth} levels`);
    const arr: JsonValue[] = [];
    if (depth <= trackDepth) containerOffsets.set(arr, i);
    i++;
    ws();
    if (text.charCodeAt(i) === 0x5d) {
      i++;
      return arr;
    }
    while (true) {
      arr.push(parseValue(depth));
      ws();
      const n = text.charCodeAt(i);
      if (n === 0x2c) {
        i++;
        continue;
      }
      if (n === 0x5d) {
        i++;
        return arr;
      }
      fail(i >= len ? 'unexpected end of input' : `expected "," or "]", ${describe(i)}`);
    }
  };

  const value = parseValue(0);
  ws();
  if (i < len) fail(`unexpected data after the JSON value (${describe(i)})`);
  const memberOffset = (obj: object, key: string): number | undefined => {
    const start = containerOffsets.get(obj);
    return start === undefined || Array.isArray(obj) ? undefined : findMember(text, start, key);
  };
  return { value, containerOffsets, memberOffset };
}

// Offset of the value of the last `key` member of the valid JSON object starting at `start`.
function findMember(text: string, start: number, key: string): number | undefined {
  let i = start + 1;
  let found: number | undefined;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
  };
  const skipString = (): void => {
    i++;
    while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    i++;
  };
  const skipValue = (): void => {
    const c = text[i];
    if (c === '"') return skipString();
    if (c !== '{' && c !== '[') {
      while (i < text.length && !',}] \t\r\n'.includes(text[i]!)) i++;
      return;
    }
    let depth = 0;
    do {
      const d = text[i];
      if (d === '"') {
        skipString();
        continue;
      }
      if (d === '{' || d === '[') depth++;
      else if (d === '}' || d === ']') depth--;
      i++;
    } while (depth > 0);
  };
  ws();
  if (text[i] === '}') return undefined;
  while (i < text.length) {
    ws();
    const keyStart = i;
    skipString();
    const k = JSON.parse(text.slice(keyStart, i)) as string;
    ws();
    i++; // ':'
    ws();
    if (k === key) found = i;
    skipValue();
    ws();
    if (text[i] === ',') {
      i++;
      continue;
    }
    break;
  }
  return found;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Offset → 1-based line and code-point column. LF ends a line (CRLF too). */
export function positionAt(text: string, offset: number): Position {
  return new LineIndex(text).at(offset);
}

/** Line lookup for many positions in one text: line starts are indexed once, on first use. */
export class LineIndex {
  private starts: number[] | undefined;
  constructor(private readonly text: string) {}

  at(offset: number): Position {
    if (!this.starts) {
      const starts = [0];
      for (let k = this.text.indexOf('\n'); k !== -1; k = this.text.indexOf('\n', k + 1)) starts.push(k + 1);
      this.starts = starts;
    }
    const starts = this.starts;
    // Last line start <= offset.
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = starts[lo]!;
    return { line: lo + 1, col: codePoints(this.text, lineStart, Math.min(offset, this.text.length)) + 1 };
  }
}

function codePoints(text: string, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // Count a surrogate pair once.
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    n++;
  }
  return n;
}

export function isJsonObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
}

/** Own-property lookup that works on null-prototype objects and never reads the prototype chain. */
export function has(obj: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(obj, key);
}
