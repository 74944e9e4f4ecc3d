// Gzip framing. Writing: fixed 10-byte header, raw deflate by pako 3.0.3 (pinned: its output
// bytes are part of the format's determinism), CRC-32 and ISIZE. Reading: the header is parsed here (FEXTRA,
// FNAME, FCOMMENT, FHCRC honoured); only the first member is decoded, by the caller.
import { deflateRaw } from 'pako';
import { crc32 } from 'node:zlib';

export const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff);

/** Whole-buffer gzip with the fixed header and pako level 9 / windowBits 15 / memLevel 8 / strategy 0. */
export function gzipDeterministic(data: Uint8Array): Uint8Array {
  const body = deflateRaw(data, { level: 9, windowBits: 15, memLevel: 8, strategy: 0 });
  const out = new Uint8Array(GZIP_HEADER.length + body.length + 8);
  out.set(GZIP_HEADER, 0);
  out.set(body, GZIP_HEADER.length);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(GZIP_HEADER.length + body.length, crc32(data) >>> 0, true);
  view.setUint32(GZIP_HEADER.length + body.length + 4, data.length >>> 0, true);
  return out;
}

export class GzipHeaderError extends Error {}

const FTEXT = 0x01;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
const RESERVED = 0xe0;

/** Length of the gzip member header at the start of `b`; throws GzipHeaderError when it is not one. */
export function gzipHeaderLength(b: Uint8Array): number {
  if (b.length < 10) throw new GzipHeaderError('truncated gzip header');
  if (b[0] !== 0x1f || b[1] !== 0x8b) throw new GzipHeaderError('not a gzip stream');
  if (b[2] !== 8) throw new GzipHeaderError('unsupported gzip compression method');
  const flags = b[3]!;
  if ((flags & RESERVED) !== 0) throw new GzipHeaderError('reserved gzip header flags set');
  void FTEXT;
  let p = 10;
  if (flags & FEXTRA) {
    if (p + 2 > b.length) throw new GzipHeaderError('truncated gzip header');
    const xlen = b[p]! | (b[p + 1]! << 8);
    p += 2 + xlen;
    if (p > b.length) throw new GzipHeaderError('truncated gzip header');
  }
  for (const flag of [FNAME, FCOMMENT]) {
    if (flags & flag) {
      const z = b.indexOf(0, p);
      if (z === -1) throw new GzipHeaderError('truncated gzip header');
      p = z + 1;
    }
  }
  if (flags & FHCRC) {
    if (p + 2 > b.length) throw new GzipHeaderError('truncated gzip header');
    const stored = b[p]! | (b[p + 1]! << 8);
    if (stored !== (crc32(b.subarray(0, p)) & 0xffff)) throw new GzipHeaderError('gzip header CRC mismatch');
    p += 2;
  }
  return p;
}
