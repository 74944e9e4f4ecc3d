// Call-list documents: a `.json` file (not .jsonl/.ndjson) holding one list of calls — an array,
// an object with a `tools`, `tool_calls` or `calls` array, or `{"spans":[{name, attributes?}]}`. The whole
// document is one entry; each call's position is the line of its opening brace.
import { isUtf8 } from 'node:buffer';
import { basename } from 'node:path';
import { InputError, type Diagnostic } from '../errors.js';
import type { TraceAssembler } from './assembler.js';
import { jsonTypeName } from './bad-line.js';
import { isObject } from './fields.js';
import { arrayElementOffsets, jsonErrorOffset, offsetToLineCol, offsetsToLines } from './json-scan.js';
import { cannotOpen, openTraceFile } from './open-file.js';
import { firstInvalidUtf8 } from './utf8.js';

/** Import documents are capped at 256 MiB; call lists are read whole, so the same cap applies. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const LIST_KEYS = ['tools', 'tool_calls', 'calls'] as const;

export function isCallListPath(path: string): boolean {
  return /\.json$/i.test(path);
}

/** A whole-document trace error (E_TRACE_INVALID) at a position, for call lists and OTLP documents. */
export function documentError(file: string, message: string, line?: number, col?: number): InputError {
  const d: Diagnostic = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
  if (line !== undefined) {
    d.line = line;
    d.col = col ?? 1;
  }
  return new InputError('E_TRACE_INVALID', message, {
    source: 'trace',
    context: { file, line, col: line === undefined ? undefined : (col ?? 1) },
    nextStepValues: { 'trace.jsonl': file },
    diagnostics: [d],
  });
}

async function readWhole(path: string, display: string): Promise<Buffer> {
  const fh = await openTraceFile(path, display);
  try {
    if ((await fh.stat()).size > MAX_DOCUMENT_BYTES) throw documentError(display, 'document exceeds 256 MiB');
    const buf = await fh.readFile();
    if (buf.length > MAX_DOCUMENT_BYTES) throw documentError(display, 'document exceeds 256 MiB');
    return buf;
  } catch (e) {
    throw e instanceof InputError ? e : cannotOpen(display, e);
  } finally {
    await fh.close();
  }
}

export async function readCallList(path: string, display: string, asm: TraceAssembler): Promise<void> {
  const buf = await readWhole(path, display);
  if (!isUtf8(buf)) {
    const off = Math.max(0, firstInvalidUtf8(buf));
    const before = buf.toString('utf8', 0, off);
    const { line, col } = offsetToLineCol(before, before.length);
    throw documentError(display, 'document is not valid UTF-8', line, col);
  }
  let text = buf.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    const m = /at position (\d+)/.exec(msg);
    const off = m ? Number(m[1]) : (jsonErrorOffset(text) ?? 0);
    const { line, col } = offsetToLineCol(text, off);
    throw documentError(display, `invalid JSON: ${msg}`, line, col);
  }
  let items: unknown[] | undefined;
  let key: string | null = null;
  let spans = false;
  if (Array.isArray(doc)) {
    items = doc;
  } else if (isObject(doc)) {
    for (const k of LIST_KEYS) {
      const v = doc[k];
      if (Array.isArray(v)) {
        items = v;
        key = k;
        break;
      }
    }
    if (items === undefined && Array.isArray(doc.spans)) {
      items = doc.spans;
      key = 'spans';
      spans = true;
    }
  }
  if (items === undefined) {
    throw documentError(
      display,
      `call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found ${isObject(doc) ? 'an object without one' : jsonTypeName(doc)}`,
    );
  }
  const lines = offsetsToLines(text, arrayElementOffsets(text, key));
  const stem = basename(path).replace(/\.json$/i, '');
  asm.beginFile(display);
  asm.callList(stem, items, lines, key ?? '', spans);
  asm.endFile();
}
