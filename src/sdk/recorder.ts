// The trace recorder of the TypeScript SDK: the same plain tool-call records as the Python SDK
// (docs/sdk.md "Record format"), one JSON object per line, each appended with one write on an O_APPEND
// descriptor so records from several processes never interleave.
import { closeSync, openSync, writeSync } from 'node:fs';
import { makeDirs } from '../core/util/make-dirs.js';
import { dirname, resolve } from 'node:path';

/** One tool call as the recorder writes it. */
export interface ToolCall {
  tool: string;
  args?: unknown;
  result?: unknown;
  error?: unknown;
  /** Call id (Assay defaults it to `call-<index>`). */
  id?: string;
  /** Group key: one trace entry per test id (default: the recorder's). */
  testId?: string;
}

export interface RecorderOptions {
  /** Written as `test_id` on every record without its own. */
  testId?: string;
  /** Milliseconds for a `timestamp` field; without it no timestamp is written (same calls, same bytes). */
  clock?: () => number;
}

/** JSON for values JSON.stringify refuses or mangles: bigint as a string, Error as its message, Map/Set as arrays/objects. */
function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value instanceof Map) return Object.fromEntries(value);
  if (value instanceof Set) return [...value];
  return value;
}

export function encodeLine(record: Record<string, unknown>): Buffer {
  let text: string;
  try {
    text = JSON.stringify(record, replacer);
  } catch (e) {
    // A circular result must not lose the call itself: keep the tool and say why the rest is missing.
    text = JSON.stringify({ tool: record.tool, args: null, result: null, error: `unserialisable record: ${(e as Error).message}`, ...(record.test_id !== undefined ? { test_id: record.test_id } : {}) });
  }
  return Buffer.from(text + '\n', 'utf8');
}

export class AssayRecorder {
  readonly path: string;
  readonly testId: string | undefined;
  private readonly clock: (() => number) | undefined;
  private fd: number | undefined;

  constructor(path: string, opts: RecorderOptions = {}) {
    this.path = resolve(path);
    this.testId = opts.testId;
    this.clock = opts.clock;
  }

  private open(): number {
    if (this.fd === undefined) {
      makeDirs(dirname(this.path));
      this.fd = openSync(this.path, 'a');
    }
    return this.fd;
  }

  /** Append one record as given (any JSON object). */
  recordTrace(record: Record<string, unknown>): void {
    const buf = encodeLine(record);
    const fd = this.open();
    const n = writeSync(fd, buf);
    // A regular file takes the whole line in one write; a short write means the disk is full.
    if (n !== buf.length) throw new Error(`short write to ${this.path}: ${n} of ${buf.length} bytes`);
  }

  /** Append one tool call in the plain record form; returns the record written. */
  record(call: ToolCall): Record<string, unknown> {
    if (typeof call.tool !== 'string' || call.tool === '') throw new TypeError('tool must be a non-empty string');
    const rec: Record<string, unknown> = { tool: call.tool, args: call.args ?? {}, result: call.result ?? null, error: call.error ?? null };
    if (call.id !== undefined) rec.id = call.id;
    const group = call.testId ?? this.testId;
    if (group !== undefined) rec.test_id = group;
    if (this.clock) rec.timestamp = Math.trunc(this.clock());
    this.recordTrace(rec);
    return rec;
  }

  /** `fn` recording each call: `argsOf` maps its arguments to the recorded `args` (default: the first argument). */
  wrap<A extends unknown[], R>(tool: string, fn: (...a: A) => R | Promise<R>, argsOf: (...a: A) => unknown = (...a) => a[0]): (...a: A) => Promise<R> {
    return async (...a: A): Promise<R> => {
      const args = argsOf(...a);
      try {
        const result = await fn(...a);
        this.record({ tool, args, result });
        return result;
      } catch (e) {
        this.record({ tool, args, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
        throw e;
      }
    };
  }

  close(): void {
    if (this.fd !== undefined) {
      closeSync(this.fd);
      this.fd = undefined;
    }
  }
}
