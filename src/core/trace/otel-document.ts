// Whole-file OTLP JSON documents (a saved export request, usually pretty-printed over many lines) versus
// OTLP JSON lines (the collector's file exporter: one export request per line). Both start with
// `{"resourceSpans":`; a file is a document when its first line is not JSON on its own (docs/otel.md).
import { MAX_DOCUMENT_BYTES, documentError } from './call-list.js';
import { isObject } from './fields.js';
import { jsonErrorOffset, offsetToLineCol } from './json-scan.js';
import { cannotOpen, openTraceFile } from './open-file.js';

const OTLP_HEAD = /^(?:\uFEFF)?[ \t\r\n]*\{[ \t\r\n]*"resourceSpans"[ \t\r\n]*:/;
const HEAD_BYTES = 256;

function headMatches(head: Buffer): boolean {
  return OTLP_HEAD.test(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)));
}

/** True when a file's first chunk is the start of a multi-line OTLP document (not OTLP JSON lines). */
export function isOtlpDocumentStart(head: Buffer): boolean {
  if (!headMatches(head)) return false;
  const nl = head.indexOf(10);
  // No line end in the first chunk: read whole; a failed parse then falls back to lines.
  if (nl === -1) return true;
  try {
    JSON.parse(head.toString('utf8', 0, nl));
    return false;
  } catch {
    return true;
  }
}

/** Whether a `.json` file starts like OTLP JSON (then it is read as OTLP, never as a call list). */
export async function startsAsOtlp(path: string, display: string): Promise<boolean> {
  const fh = await openTraceFile(path, display);
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return headMatches(buf.subarray(0, bytesRead));
  } catch (e) {
    throw cannotOpen(display, e);
  } finally {
    await fh.close();
  }
}

export function checkDocumentSize(bytes: number, display: string): void {
  if (bytes > MAX_DOCUMENT_BYTES) throw documentError(display, 'OTLP document exceeds 256 MiB');
}

export interface ParsedOtlpDocument {
  doc: Record<string, unknown>;
  /** Line of a span given its span id (its first `"spanId": "<id>"`), for positions. */
  lineOfSpan: (spanId: string) => number;
}

/**
 * Parses a whole file as one OTLP document. Returns undefined when it is not one JSON value and
 * `fallBackToLines` is set (the caller then reads it as lines); else a parse failure is fatal with its line.
 */
export function parseOtlpDocument(text: string, display: string, fallBackToLines: boolean): ParsedOtlpDocument | undefined {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    if (fallBackToLines) return undefined;
    const msg = e instanceof Error ? e.message : String(e);
    const m = /at position (\d+)/.exec(msg);
    const off = m ? Number(m[1]) : (jsonErrorOffset(text) ?? 0);
    const { line, col } = offsetToLineCol(text, off);
    throw documentError(display, `invalid JSON in OTLP document: ${msg}`, line, col);
  }
  if (!isObject(doc)) throw documentError(display, 'OTLP document must be an object with "resourceSpans"', 1, 1);
  let lines: Map<string, number> | undefined;
  const lineOfSpan = (spanId: string): number => {
    if (lines === undefined) {
      lines = new Map();
      const re = /"spanId"\s*:\s*"([^"\\]*)"/g;
      let line = 1;
      let pos = 0;
      for (let m = re.exec(text); m !== null; m = re.exec(text)) {
        for (let i = text.indexOf('\n', pos); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
        pos = m.index;
        if (!lines.has(m[1]!)) lines.set(m[1]!, line);
      }
    }
    return lines.get(spanId) ?? 1;
  };
  return { doc, lineOfSpan };
}
