// Tar for evidence bundles, both directions, written here rather than taken from a package: the writer must
// produce the exact header bytes, and the reader must treat every byte as hostile.

export const BLOCK = 512;

const enc = new TextEncoder();

function putAscii(h: Uint8Array, offset: number, s: string): void {
  for (let i = 0; i < s.length; i++) h[offset + i] = s.charCodeAt(i);
}

function octal(n: number, digits: number): string {
  return n.toString(8).padStart(digits, '0');
}

/** One GNU-style header (mode 0644, uid/gid 0, mtime 0, typeflag NUL, owner `assay`). */
export function tarHeader(name: string, size: number): Uint8Array {
  const nameBytes = enc.encode(name);
  if (nameBytes.length > 100) throw new RangeError(`tar member name longer than 100 bytes: ${name}`);
  if (size > 0o77777777777) throw new RangeError('tar member larger than 8 GiB');
  const h = new Uint8Array(BLOCK);
  h.set(nameBytes, 0);
  putAscii(h, 100, '0000644\0');
  putAscii(h, 108, '0000000\0');
  putAscii(h, 116, '0000000\0');
  putAscii(h, 124, octal(size, 11) + '\0');
  putAscii(h, 136, '00000000000\0');
  putAscii(h, 148, '        ');
  h[156] = 0;
  putAscii(h, 257, 'ustar  \0');
  putAscii(h, 265, 'assay');
  putAscii(h, 297, 'assay');
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += h[i]!;
  putAscii(h, 148, octal(sum, 7) + '\0');
  return h;
}

/** The tar stream: each member's header and NUL-padded data, then exactly two zero blocks. */
export function tarStream(members: ReadonlyArray<{ name: string; data: Uint8Array }>): Uint8Array {
  let total = 2 * BLOCK;
  for (const m of members) total += BLOCK + Math.ceil(m.data.length / BLOCK) * BLOCK;
  const out = new Uint8Array(total);
  let p = 0;
  for (const m of members) {
    out.set(tarHeader(m.name, m.data.length), p);
    p += BLOCK;
    out.set(m.data, p);
    p += Math.ceil(m.data.length / BLOCK) * BLOCK;
  }
  return out;
}

// ---- Reader ----------------------------------------------------------------------------------------------

export class TarFormatError extends Error {}

/** An entry as the verifier judges it: the resolved path (after GNU long-name / PAX) and declared size. */
export interface TarEntry {
  /** Raw path bytes. */
  path: Uint8Array;
  size: number;
  typeflag: number;
}

export interface TarSink {
  /** A regular-or-not entry is about to deliver `size` bytes; throw to stop. */
  onEntry(entry: TarEntry, index: number): void;
  onData(chunk: Uint8Array): void;
  onEntryEnd(): void;
  /** End-of-archive marker (a zero block, or a clean end of input at an entry boundary). */
  onEnd(): void;
}

/** Where the parser is, to classify a decoder failure (header → tar, member data → io, after → gzip). */
export type TarState = 'header' | 'data' | 'done';

function allZero(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0) return false;
  return true;
}

/** A numeric header field: octal text (NUL/space padded) or GNU base-256 (high bit of the first byte). */
function parseNumber(field: Uint8Array, what: string): number {
  if (field.length > 0 && (field[0]! & 0x80) !== 0) {
    if (field[0] === 0xff) throw new TarFormatError(`negative ${what}`);
    let n = field[0]! & 0x7f;
    for (let i = 1; i < field.length; i++) {
      n = n * 256 + field[i]!;
      if (n > Number.MAX_SAFE_INTEGER) throw new TarFormatError(`${what} out of range`);
    }
    return n;
  }
  let i = 0;
  while (i < field.length && field[i] === 0x20) i++;
  let end = i;
  while (end < field.length && field[end]! >= 0x30 && field[end]! <= 0x37) end++;
  for (let j = end; j < field.length; j++) {
    if (field[j] !== 0 && field[j] !== 0x20) throw new TarFormatError(`invalid octal ${what}`);
  }
  if (end === i) {
    // An all-NUL/space field reads as 0 (as common readers do).
    return 0;
  }
  let n = 0;
  for (let j = i; j < end; j++) {
    n = n * 8 + (field[j]! - 0x30);
    if (n > Number.MAX_SAFE_INTEGER) throw new TarFormatError(`${what} out of range`);
  }
  return n;
}

function cString(b: Uint8Array): Uint8Array {
  const z = b.indexOf(0);
  return z === -1 ? b : b.subarray(0, z);
}

function trimTrailingNul(b: Uint8Array): Uint8Array {
  let end = b.length;
  while (end > 0 && b[end - 1] === 0) end--;
  return b.subarray(0, end);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

const TYPE_GNU_LONGNAME = 0x4c; // 'L'
const TYPE_GNU_LONGLINK = 0x4b; // 'K'
const TYPE_PAX = 0x78; // 'x'

const USTAR = enc.encode('ustar\x0000');

/** Parse PAX records `"<len> <key>=<value>\n"`; returns the `path` and `size` overrides. */
function parsePax(data: Uint8Array): { path?: Uint8Array; size?: number } {
  const out: { path?: Uint8Array; size?: number } = {};
  let p = 0;
  while (p < data.length) {
    if (data[p] === 0) break; // NUL padding after the last record
    const space = data.indexOf(0x20, p);
    if (space === -1) throw new TarFormatError('malformed PAX record');
    let len = 0;
    for (let i = p; i < space; i++) {
      const c = data[i]!;
      if (c < 0x30 || c > 0x39) throw new TarFormatError('malformed PAX record length');
      len = len * 10 + (c - 0x30);
      if (len > data.length) throw new TarFormatError('PAX record longer than its header');
    }
    const end = p + len;
    if (len === 0 || end > data.length || data[end - 1] !== 0x0a) throw new TarFormatError('malformed PAX record');
    const rec = data.subarray(space + 1, end - 1);
    const eq = rec.indexOf(0x3d);
    if (eq === -1) throw new TarFormatError('malformed PAX record');
    const key = new TextDecoder().decode(rec.subarray(0, eq));
    const value = rec.subarray(eq + 1);
    if (key === 'path') out.path = value.slice();
    else if (key === 'size') {
      const s = new TextDecoder().decode(value);
      if (!/^[0-9]{1,15}$/.test(s)) throw new TarFormatError('malformed PAX size');
      out.size = Number(s);
    }
    p = end;
  }
  return out;
}

/**
 * Push parser over the decompressed tar stream. It never buffers member data: `onData` receives slices of the
 * input chunks. Metadata entries (GNU `L`/`K`, PAX `x`) are buffered up to `maxMetadataBytes`.
 */
export class TarParser {
  private headerBuf = new Uint8Array(BLOCK);
  private headerFill = 0;
  private remaining = 0; // data bytes left in the current entry
  private padding = 0; // padding bytes left after the current entry's data
  private meta: { kind: number; buf: Uint8Array; fill: number; overflow: boolean } | null = null;
  private longName: Uint8Array | null = null;
  private pax: { path?: Uint8Array; size?: number } | null = null;
  private index = 0;
  state: TarState = 'header';

  constructor(
    private readonly sink: TarSink,
    private readonly maxMetadataBytes: number,
  ) {}

  push(chunk: Uint8Array): void {
    let p = 0;
    const n = chunk.length;
    while (p < n) {
      if (this.state === 'done') return;
      if (this.remaining > 0) {
        const take = Math.min(this.remaining, n - p);
        const slice = chunk.subarray(p, p + take);
        if (this.meta) this.metaData(slice);
        else this.sink.onData(slice);
        this.remaining -= take;
        p += take;
        if (this.remaining === 0) this.finishData();
        continue;
      }
      if (this.padding > 0) {
        const take = Math.min(this.padding, n - p);
        this.padding -= take;
        p += take;
        if (this.padding === 0) this.state = 'header';
        continue;
      }
      const take = Math.min(BLOCK - this.headerFill, n - p);
      this.headerBuf.set(chunk.subarray(p, p + take), this.headerFill);
      this.headerFill += take;
      p += take;
      if (this.headerFill === BLOCK) {
        this.headerFill = 0;
        this.header(this.headerBuf);
      }
    }
  }

  /** The decompressed stream ended (cleanly). A partial header or member is a truncation. */
  end(): void {
    if (this.state === 'done') return;
    if (this.state === 'data' || this.remaining > 0) throw new TarTruncated('data');
    if (this.padding > 0) throw new TarTruncated('data');
    if (this.headerFill > 0 || this.meta !== null || this.longName !== null || this.pax !== null) throw new TarTruncated('header');
    // Clean end of input at an entry boundary: end of archive, as common readers treat it.
    this.state = 'done';
    this.sink.onEnd();
  }

  private metaData(slice: Uint8Array): void {
    const m = this.meta!;
    if (m.overflow) return;
    if (m.fill + slice.length > m.buf.length) {
      m.overflow = true;
      return;
    }
    m.buf.set(slice, m.fill);
    m.fill += slice.length;
  }

  private finishData(): void {
    if (this.meta) {
      const m = this.meta;
      this.meta = null;
      if (m.overflow) throw new TarFormatError(`tar metadata entry larger than ${this.maxMetadataBytes} bytes`);
      const data = m.buf.subarray(0, m.fill);
      if (m.kind === TYPE_GNU_LONGNAME) this.longName = trimTrailingNul(data).slice();
      else if (m.kind === TYPE_PAX) this.pax = { ...this.pax, ...parsePax(data) };
      // 'K' (long link name) is metadata we never use.
    } else {
      this.sink.onEntryEnd();
    }
    this.state = this.padding > 0 ? 'data' : 'header';
  }

  private header(h: Uint8Array): void {
    if (allZero(h)) {
      if (this.meta !== null || this.longName !== null || this.pax !== null) throw new TarFormatError('metadata entry not followed by an entry');
      this.state = 'done';
      this.sink.onEnd();
      return;
    }
    // Checksum: unsigned sum with the checksum field read as eight spaces.
    let sum = 0;
    for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : h[i]!;
    const stored = parseNumber(h.subarray(148, 156), 'checksum');
    if (stored !== sum) throw new TarFormatError('tar header checksum mismatch');
    const typeflag = h[156]!;
    const declared = parseNumber(h.subarray(124, 136), 'size');
    const padded = Math.ceil(declared / BLOCK) * BLOCK;

    if (typeflag === TYPE_GNU_LONGNAME || typeflag === TYPE_GNU_LONGLINK || typeflag === TYPE_PAX) {
      // Metadata for the next entry; its bytes count toward the decode limit as they stream past.
      const cap = Math.min(declared, this.maxMetadataBytes);
      this.meta = { kind: typeflag, buf: new Uint8Array(cap), fill: 0, overflow: declared > this.maxMetadataBytes };
      this.remaining = declared;
      this.padding = padded - declared;
      this.state = 'data';
      if (declared === 0) this.finishData();
      return;
    }

    let path: Uint8Array;
    if (this.pax?.path !== undefined) path = this.pax.path;
    else if (this.longName !== null) path = this.longName;
    else {
      const name = cString(h.subarray(0, 100));
      const isUstar = USTAR.every((b, i) => h[257 + i] === b);
      const prefix = isUstar ? cString(h.subarray(345, 500)) : new Uint8Array(0);
      path = prefix.length > 0 ? concat(concat(prefix, new Uint8Array([0x2f])), name) : name.slice();
    }
    const size = this.pax?.size ?? declared;
    this.pax = null;
    this.longName = null;
    const index = this.index++;
    this.remaining = size;
    this.padding = Math.ceil(size / BLOCK) * BLOCK - size;
    this.state = 'data';
    this.sink.onEntry({ path, size, typeflag }, index);
    if (size === 0) this.finishData();
  }
}

/** The decompressed stream ended inside a header (`header`) or a member's data (`data`). */
export class TarTruncated extends Error {
  constructor(readonly where: 'header' | 'data') {
    super(where === 'header' ? 'truncated tar header' : 'truncated tar member data');
  }
}
