// UTF-8 encoding for the report writers' hot paths. `buf.write(s, offset, 'utf8')` and `Buffer.from(s)` cost
// far more per byte than TextEncoder.encodeInto for the many medium-sized strings a report is made of
// (measured ~15× on a million findings), so every bulk writer encodes through here.
const encoder = new TextEncoder();

/** Encode `s` into `buf` at `offset`; the caller guarantees room for 3 bytes per UTF-16 unit. Returns bytes written. */
export function encodeAt(s: string, buf: Buffer, offset: number): number {
  return encoder.encodeInto(s, buf.subarray(offset)).written;
}
