// Records in sorted order in bounded memory: an external merge sort. Records (a sort key and a text) are
// collected in a chunk; a full chunk is sorted and written to a temp file as one run; draining merges the
// runs (or sorts the only chunk in memory). Keys compare by UTF-16 code unit (`a < b`); equal keys keep
// insertion order. Used for run.json findings and the validate JSON report (docs/findings.md).
//
// Texts are encoded to UTF-8 as they arrive, into one growing buffer per chunk: the chunk then holds no
// per-record strings for the garbage collector to trace and promote (the dominant cost at a million
// findings), and the writers copy the bytes out without decoding them again (drainBytes).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeAt } from './utf8.js';

export interface SortedSpoolOptions {
  /** Characters (key units + text bytes) kept in memory before a run is written; default 8M. */
  chunkChars?: number;
  /** Parent of the temp directory for runs; default os.tmpdir(). */
  dir?: string;
}

const decoder = new TextDecoder();

/** Staging buffer for writing a run, and each run reader's initial buffer (many runs are open at once). */
const STAGE_BYTES = 1 << 20;
const READ_BYTES = 64 * 1024;

interface Head {
  key: string;
  /** Valid until the reader's next() call. */
  text: Uint8Array;
}

/** Sequential reader of one run file: records `[u32 keyBytes][u32 textBytes][key][text]`. */
class RunReader {
  private buf = Buffer.allocUnsafe(READ_BYTES);
  private start = 0;
  private end = 0;
  private eof = false;
  head: Head | undefined;

  constructor(private readonly fd: number) {
    this.head = this.next();
  }

  private fill(need: number): boolean {
    if (this.end - this.start >= need) return true;
    if (this.start > 0) {
      this.buf.copy(this.buf, 0, this.start, this.end);
      this.end -= this.start;
      this.start = 0;
    }
    if (need > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.buf.length * 2));
      this.buf.copy(bigger, 0, 0, this.end);
      this.buf = bigger;
    }
    while (!this.eof && this.end < need) {
      const n = readSync(this.fd, this.buf, this.end, this.buf.length - this.end, null);
      if (n === 0) this.eof = true;
      this.end += n;
    }
    return this.end - this.start >= need;
  }

  next(): Head | undefined {
    if (!this.fill(8)) return undefined;
    const kl = this.buf.readUInt32LE(this.start);
    const tl = this.buf.readUInt32LE(this.start + 4);
    if (!this.fill(8 + kl + tl)) throw new Error('spool run truncated');
    const k0 = this.start + 8;
    const key = decoder.decode(this.buf.subarray(k0, k0 + kl));
    const text = this.buf.subarray(k0 + kl, k0 + kl + tl);
    this.start = k0 + kl + tl;
    return { key, text };
  }
}

export class SortedSpool {
  private keys: string[] = [];
  /** ends[i] = byte offset just past record i's text in `texts`. */
  private ends: number[] = [];
  /** Sized for a whole chunk up front (untouched pages cost nothing): it is not regrown by copying. */
  private texts: Buffer;
  private used = 0;
  private chars = 0;
  private readonly chunkChars: number;
  private readonly parent: string;
  private dir: string | undefined;
  private runs: string[] = [];
  private count = 0;

  constructor(opts: SortedSpoolOptions = {}) {
    this.chunkChars = opts.chunkChars ?? 8_000_000;
    this.parent = opts.dir ?? tmpdir();
    this.texts = Buffer.allocUnsafe(this.chunkChars + (1 << 18));
  }

  get size(): number {
    return this.count;
  }

  /** Runs written to disk so far (0 while everything fits in one chunk). */
  get spilledRuns(): number {
    return this.runs.length;
  }

  add(key: string, text: string): void {
    const need = this.used + text.length * 3;
    if (need > this.texts.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.texts.length * 2));
      this.texts.copy(bigger, 0, 0, this.used);
      this.texts = bigger;
    }
    const n = encodeAt(text, this.texts, this.used);
    this.used += n;
    this.keys.push(key);
    this.ends.push(this.used);
    this.chars += key.length + n;
    this.count++;
    if (this.chars >= this.chunkChars) this.spill();
  }

  /** Record indexes of the chunk in key order (stable: equal keys keep insertion order). */
  private order(): number[] {
    const keys = this.keys;
    const idx = Array.from({ length: keys.length }, (_, i) => i);
    return idx.sort((a, b) => {
      const ka = keys[a]!;
      const kb = keys[b]!;
      return ka < kb ? -1 : ka > kb ? 1 : a - b;
    });
  }

  private textAt(i: number): Buffer {
    return this.texts.subarray(i === 0 ? 0 : this.ends[i - 1]!, this.ends[i]!);
  }

  private spill(): void {
    if (this.keys.length === 0) return;
    this.dir ??= mkdtempSync(join(this.parent, 'assay-spool-'));
    const path = join(this.dir, `run-${this.runs.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      let buf = Buffer.allocUnsafe(STAGE_BYTES);
      let used = 0;
      const flush = () => {
        let off = 0;
        while (off < used) off += writeSync(fd, buf, off, used - off);
        used = 0;
      };
      for (const i of this.order()) {
        const key = this.keys[i]!;
        const text = this.textAt(i);
        const need = 8 + 3 * key.length + text.length;
        if (used + need > buf.length) {
          flush();
          if (need > buf.length) buf = Buffer.allocUnsafe(need);
        }
        const kl = encodeAt(key, buf, used + 8);
        text.copy(buf, used + 8 + kl);
        buf.writeUInt32LE(kl, used);
        buf.writeUInt32LE(text.length, used + 4);
        used += 8 + kl + text.length;
      }
      flush();
    } finally {
      closeSync(fd);
    }
    this.runs.push(path);
    this.keys = [];
    this.ends = [];
    this.used = 0;
    this.chars = 0;
  }

  /** Every text in key order, as strings. May be iterated again; dispose() cleans up. */
  *drain(): Generator<string> {
    for (const b of this.drainBytes()) yield decoder.decode(b);
  }

  /**
   * Every text in key order, as UTF-8 bytes; each item is valid only until the next one is requested
   * (copy it or write it at once). May be iterated again (a report rewritten after a failure).
   */
  *drainBytes(): Generator<Uint8Array> {
    if (this.runs.length === 0) {
      for (const i of this.order()) yield this.textAt(i);
      return;
    }
    this.spill();
    const fds = this.runs.map((p) => openSync(p, 'r'));
    try {
      // A binary heap of run readers by head key (ties: lower run index first, so equal keys keep order).
      const heap = fds.map((fd, i) => ({ r: new RunReader(fd), i })).filter((x) => x.r.head !== undefined);
      const less = (a: (typeof heap)[number], b: (typeof heap)[number]) => {
        const ka = a.r.head!.key;
        const kb = b.r.head!.key;
        return ka < kb || (ka === kb && a.i < b.i);
      };
      const down = (j: number) => {
        for (;;) {
          const l = 2 * j + 1;
          const r = l + 1;
          let m = j;
          if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
          if (m === j) return;
          const t = heap[j]!;
          heap[j] = heap[m]!;
          heap[m] = t;
          j = m;
        }
      };
      for (let j = (heap.length >> 1) - 1; j >= 0; j--) down(j);
      while (heap.length > 0) {
        const top = heap[0]!;
        yield top.r.head!.text;
        top.r.head = top.r.next();
        if (top.r.head === undefined) {
          heap[0] = heap[heap.length - 1]!;
          heap.pop();
        }
        if (heap.length > 0) down(0);
      }
    } finally {
      for (const fd of fds) closeSync(fd);
    }
  }

  /** Remove temp files (also safe after drain). */
  dispose(): void {
    this.keys = [];
    this.ends = [];
    this.used = 0;
    this.texts = Buffer.allocUnsafe(0);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.runs = [];
  }
}
