// Strict parse of one client NDJSON line: what JSON.parse accepts but the strict pass refuses
// (duplicate keys, lone surrogate escapes, nesting over 128, more than 10 000 keys in an object, strings
// over 1 048 576 code points) is detected here, so the object we evaluate is the one any JSON.parse-based
// server reads. JSON.parse builds the value (native speed); one raw pass counts members outside strings
// and measures depth, and a walk of the value counts keys: fewer keys than members means a duplicate.

export const MAX_DEPTH = 128;
export const MAX_KEYS_PER_OBJECT = 10_000;
export const MAX_STRING_CODE_POINTS = 1_048_576;

export type StrictFailure = 'syntax' | 'duplicate_key' | 'lone_surrogate' | 'depth' | 'too_many_keys' | 'string_too_long';

export interface StrictLineOk {
  ok: true;
  value: unknown;
  /** Raw text of the single top-level `id` member's value (exact token), or undefined. */
  idToken: string | undefined;
}

export interface StrictLineBad {
  ok: false;
  failure: StrictFailure;
  /** For valid JSON refused by the strict pass: the raw id token when the top-level id is a single string/integer. */
  idToken: string | undefined;
}

export type StrictLineResult = StrictLineOk | StrictLineBad;

const INTEGER_TOKEN = /^-?(?:0|[1-9][0-9]*)$/;

/** True when `token` is a JSON string or a JSON integer literal (no fraction, no exponent). */
export function isIdToken(token: string): boolean {
  return token.charCodeAt(0) === 0x22 || INTEGER_TOKEN.test(token);
}

interface RawScan {
  members: number;
  tooDeep: boolean;
  idToken: string | undefined;
  idCount: number;
}

/** Index of the closing quote of the string whose content starts at `from`. */
function stringEnd(text: string, from: number): number {
  let q = text.indexOf('"', from);
  for (;;) {
    // A quote preceded by an odd run of backslashes is escaped.
    let b = q - 1;
    while (text.charCodeAt(b) === 0x5c) b--;
    if ((q - 1 - b) % 2 === 0) return q;
    q = text.indexOf('"', q + 1);
  }
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

/** One pass over text already known to be valid JSON. */
function rawScan(text: string): RawScan {
  const n = text.length;
  let members = 0;
  let depth = 0;
  let tooDeep = false;
  let lastStrStart = -1;
  let lastStrEnd = -1;
  let idCount = 0;
  let idStart = -1;
  let idToken: string | undefined;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      const e = stringEnd(text, i + 1);
      lastStrStart = i;
      lastStrEnd = e + 1;
      i = e;
      continue;
    }
    if (c === 0x3a) {
      members++;
      if (depth === 1) {
        const key = text.slice(lastStrStart, lastStrEnd);
        if (key === '"id"' || (key.includes('\\') && JSON.parse(key) === 'id')) {
          idCount++;
          let s = i + 1;
          while (isWs(text.charCodeAt(s))) s++;
          idStart = s;
        }
      }
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > MAX_DEPTH) {
        tooDeep = true;
        break;
      }
    } else if (c === 0x7d || c === 0x5d) {
      if (depth === 1 && idStart >= 0) {
        idToken = text.slice(idStart, i).trimEnd();
        idStart = -1;
      }
      depth--;
    } else if (c === 0x2c && depth === 1 && idStart >= 0) {
      idToken = text.slice(idStart, i).trimEnd();
      idStart = -1;
    }
  }
  return { members, tooDeep, idToken: idCount === 1 ? idToken : undefined, idCount };
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}

class Walk {
  keys = 0;
  failure: StrictFailure | undefined;
  constructor(private readonly surrogates: boolean) {}

  str(s: string): void {
    if (s.length > MAX_STRING_CODE_POINTS && codePoints(s) > MAX_STRING_CODE_POINTS) this.failure = 'string_too_long';
    else if (this.surrogates && LONE_SURROGATE.test(s)) this.failure = 'lone_surrogate';
  }

  value(v: unknown): void {
    if (typeof v === 'string') {
      this.str(v);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length && this.failure === undefined; i++) this.value(v[i]);
      return;
    }
    const o = v as Record<string, unknown>;
    const ks = Object.keys(o);
    if (ks.length > MAX_KEYS_PER_OBJECT) {
      this.failure = 'too_many_keys';
      return;
    }
    this.keys += ks.length;
    for (let i = 0; i < ks.length && this.failure === undefined; i++) {
      const k = ks[i]!;
      this.str(k);
      if (this.failure === undefined) this.value(o[k]);
    }
  }
}

/** Strict-parse one line of text (already valid UTF-8, without its LF). */
export function parseStrictLine(text: string): StrictLineResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, failure: 'syntax', idToken: undefined };
  }
  const scan = rawScan(text);
  const id = scan.idToken !== undefined && isIdToken(scan.idToken) ? scan.idToken : undefined;
  if (scan.tooDeep) return { ok: false, failure: 'depth', idToken: id };
  const w = new Walk(text.includes('\\u'));
  w.value(value);
  if (w.failure !== undefined) return { ok: false, failure: w.failure, idToken: id };
  if (w.keys !== scan.members) return { ok: false, failure: 'duplicate_key', idToken: id };
  return { ok: true, value, idToken: scan.idToken };
}
