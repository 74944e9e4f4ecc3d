// The one way to read a text config (policy, eval config, pack, profile, baseline, sandbox policy):
// bytes are checked as UTF-8 before decoding, so an invalid byte is exit 2 with its file:line:col and
// never a U+FFFD that silently changes a pattern (docs/decisions.md, "Strict input").
import * as fs from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { AssayError, ConfigError, type Diagnostic, type ErrorSource } from '../errors.js';
import type { ReasonCode } from '../outcome/reason-codes.js';
import { codePointsInUtf8, firstInvalidUtf8 } from '../trace/utf8.js';

export interface Utf8Problem {
  /** Byte offset of the first invalid sequence. */
  offset: number;
  /** 1-based line and column (code points) of that byte; a leading BOM is not counted. */
  line: number;
  col: number;
  /** The offending byte, e.g. 0xff. */
  byte: number;
}

const BOM = [0xef, 0xbb, 0xbf];

function hasBom(b: Uint8Array): boolean {
  return b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
}

/** Where the first invalid UTF-8 byte is, or null when `bytes` are valid UTF-8. */
export function findUtf8Problem(bytes: Uint8Array): Utf8Problem | null {
  if (isUtf8(bytes)) return null;
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return null; // isUtf8 and the locator disagree only on inputs neither rejects
  let lineStart = hasBom(bytes) ? 3 : 0;
  let line = 1;
  for (let i = lineStart; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = codePointsInUtf8(bytes.subarray(lineStart), offset - lineStart) + 1;
  return { offset, line, col, byte: bytes[offset]! };
}

export function utf8ProblemMessage(p: Utf8Problem): string {
  return `invalid UTF-8: byte 0x${p.byte.toString(16).padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`;
}

/** A diagnostic for invalid UTF-8 in `display`. */
export function utf8Diagnostic(p: Utf8Problem, display: string, code: string, source: ErrorSource = 'config'): Diagnostic {
  return { code, severity: 'error', message: utf8ProblemMessage(p), file: display, line: p.line, col: p.col, source };
}

export interface StrictTextOptions {
  /** Error class to throw (default ConfigError). */
  errorClass?: new (code: ReasonCode, message: string, opts: ConstructorParameters<typeof AssayError>[2]) => AssayError;
  source?: ErrorSource;
  /** Next-step placeholder values of the thrown error. */
  nextStepValues?: Record<string, string | undefined>;
}

/**
 * Decode bytes as strict UTF-8 and drop a leading BOM. Invalid UTF-8 throws `errorClass` (ConfigError)
 * with `code` and one diagnostic at the first bad byte.
 */
export function decodeUtf8Strict(bytes: Uint8Array, display: string, code: ReasonCode, opts: StrictTextOptions = {}): string {
  const p = findUtf8Problem(bytes);
  if (p) {
    const source = opts.source ?? 'config';
    const d = utf8Diagnostic(p, display, code, source);
    const Cls = opts.errorClass ?? ConfigError;
    throw new Cls(code, d.message, {
      source,
      context: { file: display, line: p.line, col: p.col },
      diagnostics: [d],
      ...(opts.nextStepValues ? { nextStepValues: opts.nextStepValues } : {}),
    });
  }
  const start = hasBom(bytes) ? 3 : 0;
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}

/**
 * Read a text config file as strict UTF-8 (BOM dropped). File-system errors propagate unchanged (the
 * caller decides what a missing file means); invalid UTF-8 throws as decodeUtf8Strict does.
 */
export function readTextStrict(path: string | number, display: string, code: ReasonCode, opts: StrictTextOptions = {}): string {
  return decodeUtf8Strict(fs.readFileSync(path), display, code, opts);
}

