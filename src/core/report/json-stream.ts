// Streaming writers for the big JSON documents (run.json, `--format json`, the findings baseline): the
// document is written piece by piece with synchronous writes (natural backpressure), never built as one
// string, so its size is bounded by the disk, not by V8's string limit. Write failures (EPIPE, ENOSPC,
// EACCES, …) surface as InfraError E_IO_ERROR naming the target (docs/findings.md).
import { closeSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InfraError } from '../errors.js';
import { encodeAt } from './utf8.js';
import { makeDirs } from '../util/make-dirs.js';

const FLUSH_AT = 1 << 20;

function ioError(target: string, e: unknown): InfraError {
  const code = (e as NodeJS.ErrnoException).code;
  return new InfraError('E_IO_ERROR', `cannot write ${target}: ${code ?? (e as Error).message}`, {
    source: 'unknown',
    context: { file: target },
    nextStepValues: { path: target },
  });
}

/** Buffered synchronous writer to a file path or a file descriptor (1 = stdout). */
export class SyncWriter {
  /** Staging buffer: strings are encoded into it (encodeAt) and bytes copied into it as they arrive. */
  private stage = Buffer.allocUnsafe(FLUSH_AT + 64 * 1024);
  private used = 0;
  private readonly fd: number;
  private readonly owned: boolean;
  /** Bytes written so far. */
  bytes = 0;

  constructor(
    target: string | number,
    private readonly label: string = typeof target === 'number' ? 'stdout' : target,
  ) {
    if (typeof target === 'number') {
      this.fd = target;
      this.owned = false;
    } else {
      try {
        makeDirs(dirname(target));
        this.fd = openSync(target, 'w');
      } catch (e) {
        throw ioError(this.label, e);
      }
      this.owned = true;
    }
  }

  /** Write a string, or bytes (copied at once: the caller may reuse them). */
  write(s: string | Uint8Array): void {
    const need = typeof s === 'string' ? s.length * 3 : s.length;
    if (this.used + need > this.stage.length) {
      this.flush();
      if (need > this.stage.length) {
        // Larger than the staging buffer: written on its own.
        this.writeOut(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
        return;
      }
    }
    if (typeof s === 'string') this.used += encodeAt(s, this.stage, this.used);
    else {
      this.stage.set(s, this.used);
      this.used += s.length;
    }
    if (this.used >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.used === 0) return;
    const n = this.used;
    this.used = 0;
    this.writeOut(this.stage.subarray(0, n));
  }

  private writeOut(buf: Uint8Array): void {
    let off = 0;
    while (off < buf.length) {
      try {
        off += writeSync(this.fd, buf, off);
      } catch (e) {
        // A non-blocking pipe that is full: wait for the reader (synchronous backpressure).
        if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
          Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
          continue;
        }
        throw ioError(this.label, e);
      }
    }
    this.bytes += buf.length;
  }

  /** Flush and close (the descriptor is closed only when this writer opened it). */
  close(): void {
    try {
      this.flush();
    } finally {
      if (this.owned) {
        try {
          closeSync(this.fd);
        } catch (e) {
          // eslint-disable-next-line no-unsafe-finally
          throw ioError(this.label, e);
        }
      }
    }
  }
}

/** JSON.stringify(value, null, 2) as it appears nested at `depth` (JSON text never holds a raw newline). */
export function prettyAt(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  if (value !== undefined && typeof value !== 'function' && typeof value !== 'symbol') {
    // Stringified inside `depth` arrays, the value comes out indented for its depth natively (no second
    // pass over the text to re-indent it); the wrapper is d²+3d characters before and d²+d after.
    let w: unknown = value;
    for (let i = 0; i < depth; i++) w = [w];
    const s = JSON.stringify(w, null, 2);
    return s.slice(depth * depth + 3 * depth, s.length - (depth * depth + depth));
  }
  const s = JSON.stringify(value, null, 2);
  return s.replace(/\n/g, '\n' + '  '.repeat(depth));
}

/**
 * Write `doc` as JSON.stringify(doc, null, 2) + "\n", except that the top-level array `key` (present in
 * `doc`, normally empty) is written from `items`: each item is the pretty text of one element at depth 2
 * (prettyAt(x, 2)), as a string or as UTF-8 bytes. The bytes equal those of the whole document stringified at once.
 */
export function writeDocWithStreamedArray(w: SyncWriter, doc: Record<string, unknown>, key: string, items: Iterable<string | Uint8Array>): void {
  const text = JSON.stringify({ ...doc, [key]: [] }, null, 2);
  const marker = `\n  ${JSON.stringify(key)}: []`;
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`streamed key ${key} not found`);
  w.write(text.slice(0, at + marker.length - 1));
  let first = true;
  for (const item of items) {
    w.write(first ? '\n    ' : ',\n    ');
    w.write(item);
    first = false;
  }
  w.write(first ? ']' : '\n  ]');
  w.write(text.slice(at + marker.length));
  w.write('\n');
}

/** Merge two sequences already in `key` order (ties: `a` first). */
export function* mergeByKey<T>(a: Iterable<T>, b: Iterable<T>, keyOf: (x: T) => string): Generator<T> {
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  let xa = ia.next();
  let xb = ib.next();
  while (!xa.done || !xb.done) {
    if (xb.done || (!xa.done && !(keyOf(xb.value) < keyOf(xa.value)))) {
      yield xa.value as T;
      xa = ia.next();
    } else {
      yield xb.value;
      xb = ib.next();
    }
  }
}
