// Shared helpers for the trace reader tests: write a temp trace, read it, collect everything the visitor saw.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import type { Diagnostic } from '../../../src/core/errors.js';
import { readTrace, readTraceFiles, type TraceFileRef } from '../../../src/core/trace/reader.js';
import type { ReadTraceOptions, ToolCall, TraceEntry, TraceStats } from '../../../src/core/trace/types.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
  dirs.push(d);
  return d;
}

/** Writes `content` (string lines joined by LF, or raw bytes) to a temp file and returns its path. */
export function writeTrace(content: string | string[] | Buffer, name = 'trace.jsonl'): string {
  const p = path.join(tempDir(), name);
  const data = Array.isArray(content) ? content.join('\n') + '\n' : content;
  fs.writeFileSync(p, data);
  return p;
}

export const j = (o: unknown): string => JSON.stringify(o);

export interface Collected {
  stats: TraceStats;
  calls: Array<{ key: string; call: ToolCall }>;
  entries: TraceEntry[];
  diags: Diagnostic[];
  /** Visitor events in order: `call:<key>:<tool>` / `entry:<key>` / `diag:<code>:<line>`. */
  events: string[];
}

function collector(): { c: Omit<Collected, 'stats'>; visitor: Parameters<typeof readTrace>[1] } {
  const c: Omit<Collected, 'stats'> = { calls: [], entries: [], diags: [], events: [] };
  return {
    c,
    visitor: {
      onCall(key, call) {
        c.calls.push({ key, call: { ...call, pos: { ...call.pos } } });
        c.events.push(`call:${key}:${call.tool_name}`);
      },
      onEntry(entry) {
        c.entries.push(entry);
        c.events.push(`entry:${entry.key}`);
      },
      onDiagnostic(d) {
        c.diags.push(d);
        c.events.push(`diag:${d.code}:${d.line}`);
      },
    },
  };
}

export async function read(file: string, opts: ReadTraceOptions = {}): Promise<Collected> {
  const { c, visitor } = collector();
  const stats = await readTrace(file, visitor, opts);
  return { ...c, stats };
}

export async function readLines(lines: string[] | string | Buffer, opts: ReadTraceOptions = {}, name?: string): Promise<Collected> {
  const file = writeTrace(lines, name);
  return read(file, { displayPath: 'trace.jsonl', ...opts });
}

export async function readFiles(files: Array<string | TraceFileRef>, opts: Omit<ReadTraceOptions, 'displayPath'> = {}): Promise<Collected> {
  const { c, visitor } = collector();
  const stats = await readTraceFiles(files, visitor, opts);
  return { ...c, stats };
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(p: Promise<unknown>): Promise<any> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a rejection');
}
