// One cap on the size of any single message or name that enters a finding or a diagnostic (docs/findings.md):
// a 5 KB tool name or a 259 MB schema error text must not be copied into every report line. Bytes are UTF-8.
export const MAX_MESSAGE_BYTES = 4096;

/**
 * `s` unchanged when its UTF-8 form fits in `max` bytes; else its longest prefix that fits together with the
 * marker `…[truncated N bytes]` (N = UTF-8 bytes cut). Never splits a surrogate pair. Linear in the kept part:
 * a huge input is only measured, never copied.
 */
export function capMessage(s: string, max: number = MAX_MESSAGE_BYTES): string {
  // Fast path: every UTF-16 unit is at most 3 UTF-8 bytes.
  if (s.length * 3 <= max) return s;
  const total = Buffer.byteLength(s, 'utf8');
  if (total <= max) return s;
  // Reserve room for the marker (its digits are bounded by the digits of `total`).
  const reserve = Buffer.byteLength(`…[truncated ${total} bytes]`, 'utf8');
  const budget = Math.max(0, max - reserve);
  let bytes = 0;
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    let w = 1;
    let units = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      w = 4;
      units = 2;
    } else if (c >= 0x800) w = 3;
    else if (c >= 0x80) w = 2;
    if (bytes + w > budget) break;
    bytes += w;
    i += units;
  }
  return `${s.slice(0, i)}…[truncated ${total - bytes} bytes]`;
}
