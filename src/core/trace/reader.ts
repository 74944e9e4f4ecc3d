// The streaming trace reader: reads JSONL in 1 MiB chunks, splits lines on bytes, decodes
// whole chunks at once when they are valid UTF-8 (the common case) and hands each line to the assembler.
// Lines over 16 MiB are discarded while streaming, never buffered. `.json` files are call-list documents.
import { isUtf8 } from 'node:buffer';
import { InputError } from '../errors.js';
import { TraceAssembler } from './assembler.js';
import { CR_ONLY, INVALID_UTF8, LINE_TOO_LONG } from './bad-line.js';
import { isCallListPath, readCallList } from './call-list.js';
import { cannotOpen, openTraceFile } from './open-file.js';
import { checkDocumentSize, isOtlpDocumentStart, parseOtlpDocument, startsAsOtlp } from './otel-document.js';
import type { ReadTraceOptions, TraceStats, TraceVisitor } from './types.js';
import { codePointsInUtf8, firstInvalidUtf8 } from './utf8.js';

export type { ReadTraceOptions, TraceVisitor } from './types.js';

const CHUNK_BYTES = 1 << 20;
/** Longest accepted line, excluding its LF and a CR before it. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

export interface TraceFileRef {
  path: string;
  /** Path as shown in messages; default = path. */
  displayPath?: string;
}

export type ReadTraceFilesOptions = Omit<ReadTraceOptions, 'displayPath'>;

/** Reads one trace file (JSONL, or a `.json` call-list document) and returns its counts. */
export async function readTrace(path: string, visitor: TraceVisitor, opts: ReadTraceOptions = {}): Promise<TraceStats> {
  return readTraceFiles([{ path, displayPath: opts.displayPath ?? path }], visitor, opts);
}

/**
 * Reads several files in order as one trace: duplicate prompts/binding ids are detected across files and the
 * counts are summed. Episodes and plain-record groups do not span files (each completes at its file's end).
 */
export async function readTraceFiles(
  files: ReadonlyArray<string | TraceFileRef>,
  visitor: TraceVisitor,
  opts: ReadTraceFilesOptions = {},
): Promise<TraceStats> {
  const asm = new TraceAssembler(visitor, opts.strict ?? false, opts.retainCalls ?? true);
  for (const f of files) {
    const path = typeof f === 'string' ? f : f.path;
    const display = typeof f === 'string' ? f : (f.displayPath ?? f.path);
    // A `.json` file that starts as OTLP JSON is an OpenTelemetry export, never a call list (docs/otel.md).
    if (isCallListPath(path) && !(await startsAsOtlp(path, display))) await readCallList(path, display, asm);
    else await readJsonl(path, display, asm);
  }
  return { ...asm.stats };
}

async function readJsonl(path: string, display: string, asm: TraceAssembler): Promise<void> {
  const fh = await openTraceFile(path, display);
  try {
    asm.beginFile(display);
    const splitter = new LineSplitter(asm);
    // One buffer reused for every read: lines are decoded to strings (copies) and partial lines are copied.
    const buf = Buffer.allocUnsafe(CHUNK_BYTES);
    for (let first = true; ; first = false) {
      let n: number;
      try {
        n = (await fh.read(buf, 0, CHUNK_BYTES, null)).bytesRead;
      } catch (e) {
        throw cannotOpen(display, e);
      }
      if (n === 0) break;
      if (first && isOtlpDocumentStart(buf.subarray(0, n))) {
        // A multi-line OTLP JSON document is read whole; if it is not one JSON value, it is read as lines.
        const whole = await readRest(fh, buf.subarray(0, n), display);
        const parsed = parseOtlpDocument(whole.toString('utf8'), display, whole.indexOf(10) === -1 || whole.indexOf(10) >= n);
        if (parsed !== undefined) asm.otelDocument(parsed.doc, parsed.lineOfSpan);
        else splitter.push(whole);
        break;
      }
      splitter.push(buf.subarray(0, n));
    }
    splitter.end();
    asm.endFile();
  } finally {
    await fh.close();
  }
}

async function readRest(fh: Awaited<ReturnType<typeof openTraceFile>>, head: Buffer, display: string): Promise<Buffer> {
  let rest: Buffer;
  try {
    checkDocumentSize((await fh.stat()).size, display);
    rest = await fh.readFile(); // from the current position
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw cannotOpen(display, e);
  }
  checkDocumentSize(head.length + rest.length, display);
  return Buffer.concat([head, rest]);
}

function tooLong(hasCr: boolean): string {
  return hasCr ? `${LINE_TOO_LONG} (${CR_ONLY})` : LINE_TOO_LONG;
}

/** Splits chunks into lines. A line that spans chunks is collected (copied) until its LF, or discarded past 16 MiB. */
export class LineSplitter {
  private parts: Buffer[] = [];
  /** Bytes of the unfinished line so far (also counted while discarding). */
  private pendingLen = 0;
  private discarding = false;
  /** The discarded line held a CR: most likely a CR-only file, which the message then says. */
  private discardedCr = false;
  private lineNo = 0;

  constructor(private readonly asm: TraceAssembler) {}

  push(chunk: Buffer): void {
    const n = chunk.length;
    let start = 0;
    if (this.pendingLen > 0) {
      const nl = chunk.indexOf(10);
      if (nl === -1) {
        this.appendPending(chunk, 0, n);
        return;
      }
      this.appendPending(chunk, 0, nl);
      this.finishPending();
      start = nl + 1;
    }
    const last = chunk.lastIndexOf(10);
    if (last >= start) {
      this.completeLines(chunk, start, last);
      start = last + 1;
    }
    if (start < n) this.appendPending(chunk, start, n);
  }

  /** End of input: a last line without LF is still a line. */
  end(): void {
    if (this.pendingLen > 0) this.finishPending();
  }

  private appendPending(chunk: Buffer, s: number, e: number): void {
    this.pendingLen += e - s;
    if (this.discarding) return;
    if (this.pendingLen > MAX_LINE_BYTES + 1) {
      // Certainly too long even if it ends in CR: stop keeping bytes, just look for the end of the line.
      this.discarding = true;
      this.discardedCr = this.parts.some((p) => p.includes(13)) || chunk.subarray(s, e).includes(13);
      this.parts = [];
      return;
    }
    if (e > s) this.parts.push(Buffer.from(chunk.subarray(s, e)));
  }

  private finishPending(): void {
    const lineNo = ++this.lineNo;
    const len = this.pendingLen;
    const discarded = this.discarding;
    const discardedCr = this.discardedCr;
    const parts = this.parts;
    this.parts = [];
    this.pendingLen = 0;
    this.discarding = false;
    this.discardedCr = false;
    if (discarded) {
      this.asm.badLine(lineNo, tooLong(discardedCr), 1);
      return;
    }
    const line = parts.length === 1 ? parts[0]! : Buffer.concat(parts, len);
    const contentLen = line[len - 1] === 13 ? len - 1 : len;
    if (contentLen > MAX_LINE_BYTES) {
      this.asm.badLine(lineNo, tooLong(line.subarray(0, contentLen).includes(13)), 1);
      return;
    }
    this.decodeLine(line, 0, len, lineNo);
  }

  /** chunk[s, e) holds complete lines and chunk[e] is LF. Lines here are < 1 MiB, so no size check. */
  private completeLines(chunk: Buffer, s: number, e: number): void {
    const asm = this.asm;
    if (isUtf8(chunk.subarray(s, e))) {
      // Fast path: one decode for the whole region, then split the string.
      const str = chunk.toString('utf8', s, e);
      let p = 0;
      for (;;) {
        const q = str.indexOf('\n', p);
        if (q === -1) {
          asm.handleLine(p === 0 ? str : str.slice(p), ++this.lineNo);
          return;
        }
        asm.handleLine(str.slice(p, q), ++this.lineNo);
        p = q + 1;
      }
    }
    let p = s;
    for (;;) {
      const q = chunk.indexOf(10, p); // ≤ e, since chunk[e] is LF
      this.decodeLine(chunk, p, q, ++this.lineNo);
      if (q >= e) return;
      p = q + 1;
    }
  }

  private decodeLine(buf: Buffer, s: number, e: number, lineNo: number): void {
    const view = buf.subarray(s, e);
    if (isUtf8(view)) {
      this.asm.handleLine(buf.toString('utf8', s, e), lineNo);
      return;
    }
    const off = firstInvalidUtf8(view);
    let col = off < 0 ? 1 : codePointsInUtf8(view, off) + 1;
    if (lineNo === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf && col > 1) col--; // BOM is not shown
    this.asm.badLine(lineNo, INVALID_UTF8, col);
  }
}
