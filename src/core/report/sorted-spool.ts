// Records in sorted order in bounded memory: an external merge sort. Records (a sort key and a text) are
// collected in a chunk; a full chunk is sorted and written to a temp file as one run; draining merges the
// runs (or sorts the only chunk in memory). Keys compare by UTF-16 code unit (`a < b`); equal keys keep
// insertion order. Used for run.json findings and the validate JSON report (docs/findings.md).
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SortedSpoolOptions {
  /** Characters (keys + texts) kept in memory before a run is written; default 8M. */
  chunkChars?: number;
  /** Parent of the temp directory for runs; default os.tmpdir(). */
  dir?: string;
}

interface Rec {
  key: string;
  text: string;
}

function byKey(a: Rec, b: Rec): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Sequential reader of one run file: records `[u32 keyBytes][u32 textBytes][key][text]`. */
class RunReader {
  private buf = Buffer.alloc(1 << 20);
  private start = 0;
  private end = 0;
  private eof = false;
  head: Rec | undefined;

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
      const bigger = Buffer.alloc(Math.max(need, this.buf.length * 2));
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

  next(): Rec | undefined {
    if (!this.fill(8)) return undefined;
    const kl = this.buf.readUInt32LE(this.start);
    const tl = this.buf.readUInt32LE(this.start + 4);
    if (!this.fill(8 + kl + tl)) throw new Error('spool run truncated');
    const k0 = this.start + 8;
    const key = this.buf.toString('utf8', k0, k0 + kl);
    const text = this.buf.toString('utf8', k0 + kl, k0 + kl + tl);
    this.start = k0 + kl + tl;
    return { key, text };
  }
}

export class SortedSpool {
  private chunk: Rec[] = [];
  private chars = 0;
  private readonly chunkChars: number;
  private readonly parent: string;
  private dir: string | undefined;
  private runs: string[] = [];
  private count = 0;

  constructor(opts: SortedSpoolOptions = {}) {
    this.chunkChars = opts.chunkChars ?? 8_000_000;
    this.parent = opts.dir ?? tmpdir();
  }

  get size(): number {
    return this.count;
  }

  /** Runs written to disk so far (0 while everything fits in one chunk). */
  get spilledRuns(): number {
    return this.runs.length;
  }

  add(key: string, text: string): void {
    this.chunk.push({ key, text });
    this.chars += key.length + text.length;
    this.count++;
    if (this.chars >= this.chunkChars) this.spill();
  }

  private spill(): void {
    if (this.chunk.length === 0) return;
    this.dir ??= mkdtempSync(join(this.parent, 'assay-spool-'));
    const path = join(this.dir, `run-${this.runs.length}.bin`);
    const fd = openSync(path, 'w');
    try {
      this.chunk.sort(byKey);
      const parts: Buffer[] = [];
      let size = 0;
      const flush = () => {
        if (parts.length === 0) return;
        const b = Buffer.concat(parts, size);
        let off = 0;
        while (off < b.length) off += writeSync(fd, b, off);
        parts.length = 0;
        size = 0;
      };
      for (const r of this.chunk) {
        const k = Buffer.from(r.key, 'utf8');
        const t = Buffer.from(r.text, 'utf8');
        const h = Buffer.allocUnsafe(8);
        h.writeUInt32LE(k.length, 0);
        h.writeUInt32LE(t.length, 4);
        parts.push(h, k, t);
        size += 8 + k.length + t.length;
        if (size >= 1 << 20) flush();
      }
      flush();
    } finally {
      closeSync(fd);
    }
    this.runs.push(path);
    this.chunk = [];
    this.chars = 0;
  }

  /** Every text in key order. May be iterated again (a report rewritten after a failure); dispose() cleans up. */
  *drain(): Generator<string> {
    {
      if (this.runs.length === 0) {
        const recs = this.chunk.sort(byKey);
        for (const r of recs) yield r.text;
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
            [heap[j], heap[m]] = [heap[m]!, heap[j]!];
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
  }

  /** Remove temp files (also safe after drain). */
  dispose(): void {
    this.chunk = [];
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
    this.runs = [];
  }
}
