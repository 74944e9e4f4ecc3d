// Streaming writers for the big JSON documents (run.json, `--format json`, the findings baseline): the
// document is written piece by piece with synchronous writes (natural backpressure), never built as one
// string, so its size is bounded by the disk, not by V8's string limit. Write failures (EPIPE, ENOSPC,
// EACCES, …) surface as InfraError E_IO_ERROR naming the target (docs/findings.md).
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { InfraError } from '../errors.js';

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
  private parts: string[] = [];
  private pending = 0;
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
        mkdirSync(dirname(target), { recursive: true });
        this.fd = openSync(target, 'w');
      } catch (e) {
        throw ioError(this.label, e);
      }
      this.owned = true;
    }
  }

  write(s: string): void {
    this.parts.push(s);
    this.pending += s.length;
    if (this.pending >= FLUSH_AT) this.flush();
  }

  flush(): void {
    if (this.parts.length === 0) return;
    const buf = Buffer.from(this.parts.join(''), 'utf8');
    this.parts = [];
    this.pending = 0;
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
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, '\n' + '  '.repeat(depth));
}

/**
 * Write `doc` as JSON.stringify(doc, null, 2) + "\n", except that the top-level array `key` (present in
 * `doc`, normally empty) is written from `items`: each item is the pretty text of one element at depth 2
 * (prettyAt(x, 2)). The bytes equal those of the whole document stringified at once.
 */
export function writeDocWithStreamedArray(w: SyncWriter, doc: Record<string, unknown>, key: string, items: Iterable<string>): void {
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
