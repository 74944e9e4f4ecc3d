// `generate` and `profile update` read two kinds of input (docs/authoring.md): runtime events
// (file_open / net_connect / proc_exec) give a runtime policy document; tool-call traces
// (any shape) give a v2 tool policy. The kind is told by content: among the first 500 JSON
// object lines, runtime events in the majority → runtime. `.json` files are call-list documents.
import { openSync, readSync, closeSync } from 'node:fs';
import { RUNTIME_EVENT_TYPES } from './runtime-events.js';

export type InputKind = 'runtime' | 'tool';

const SNIFF_LINES = 500;
const SNIFF_BYTES = 1 << 20;

export function sniffText(text: string): InputKind {
  let runtime = 0;
  let other = 0;
  for (const raw of text.split('\n')) {
    if (runtime + other >= SNIFF_LINES) break;
    const t = raw.trim();
    if (!t.startsWith('{')) continue;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch {
      continue;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) continue;
    const type = (v as Record<string, unknown>)['type'];
    if (typeof type === 'string' && (RUNTIME_EVENT_TYPES as readonly string[]).includes(type)) runtime++;
    else other++;
  }
  return runtime > 0 && runtime >= other ? 'runtime' : 'tool';
}

/** Sniff the first MiB of a file (a partial last line is ignored by the JSON parse). */
export function sniffFile(path: string): InputKind {
  if (/\.json$/i.test(path)) return 'tool';
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const n = readSync(fd, buf, 0, SNIFF_BYTES, 0);
    return sniffText(buf.toString('utf8', 0, n));
  } finally {
    closeSync(fd);
  }
}
