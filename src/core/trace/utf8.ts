// UTF-8 checks for trace lines (invalid UTF-8 in JSONL is a bad line).
// The fast path uses node:buffer isUtf8 on whole regions; this file only locates the error for the message.

/** Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, surrogates or > U+10FFFF), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) need = 2;
    else if (c >= 0xf0 && c <= 0xf4) need = 3;
    else return i;
    // The second byte has a narrower range for a few lead bytes (overlongs, surrogates, > U+10FFFF).
    let lo = 0x80;
    let hi = 0xbf;
    if (c === 0xe0) lo = 0xa0;
    else if (c === 0xed) hi = 0x9f;
    else if (c === 0xf0) lo = 0x90;
    else if (c === 0xf4) hi = 0x8f;
    const c1 = b[i + 1];
    if (c1 === undefined || c1 < lo || c1 > hi) return i;
    for (let k = 2; k <= need; k++) {
      const ck = b[i + k];
      if (ck === undefined || ck < 0x80 || ck > 0xbf) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Number of code points in the valid UTF-8 prefix b[0, end). */
export function codePointsInUtf8(b: Uint8Array, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) if ((b[i]! & 0xc0) !== 0x80) n++;
  return n;
}

/** Number of code points in s[0, end) (UTF-16 index). */
export function codePointsInString(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    // A low surrogate that follows a high surrogate belongs to the same code point.
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
      const p = s.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    n++;
  }
  return n;
}
