// Bad-line messages. The message is what follows `<file>:<line>:<col>: <level> <CODE>: `.
import { jsonErrorOffset } from './json-scan.js';
import { codePointsInString } from './utf8.js';

/** Thrown inside line handling for a bad line; caught by the assembler (never escapes the trace module). */
export class BadLine {
  constructor(
    readonly message: string,
    readonly col: number = 1,
  ) {}
}

export const LINE_TOO_LONG = 'line exceeds 16 MiB';
export const INVALID_UTF8 = 'line is not valid UTF-8';
export const NOTHING_USABLE = 'record has no prompt, response or tool call';
/** Lines end at LF only (a CR before the LF is dropped), as in the reference; a CR elsewhere ends nothing. */
export const CR_ONLY = 'CR-only line ends: a CR (\\r) not followed by LF does not end a line; convert the file to LF or CRLF line ends';

/** Offset of the first CR that is not the line's last character, or -1 (JSON allows CR as whitespace, so
 *  this is asked only once the line failed to parse). */
function bareCr(text: string): number {
  const i = text.indexOf('\r');
  return i >= 0 && i < text.length - 1 ? i : -1;
}

export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

export function notAnObject(v: unknown): BadLine {
  return new BadLine(`expected a JSON object, found ${jsonTypeName(v)}`);
}

/** First `n` code points, control characters escaped so the message stays on one line. */
export function snippet(text: string, n = 50): string {
  let out = '';
  let count = 0;
  for (const ch of text) {
    if (count++ >= n) break;
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}

/** `invalid JSON: <parser message>; content: "<first 50 chars>"`, col = parser error offset + 1 when known. */
export function invalidJson(text: string, err: unknown): BadLine {
  const cr = bareCr(text);
  if (cr >= 0) return new BadLine(CR_ONLY, codePointsInString(text, cr) + 1);
  const parserMessage = err instanceof Error ? err.message : String(err);
  const m = /at position (\d+)/.exec(parserMessage);
  // V8 omits the position for "Unexpected token" errors; our scanner finds the same offset.
  const offset = m ? Number(m[1]) : jsonErrorOffset(text);
  const col = offset === undefined ? 1 : codePointsInString(text, Math.min(offset, text.length)) + 1;
  const shown = text.endsWith('\r') ? text.slice(0, -1) : text;
  return new BadLine(`invalid JSON: ${parserMessage}; content: "${snippet(shown)}"`, col);
}

/** Quoted value for messages, shortened to `max` code points so a 10 kB prompt does not flood the output. */
export function quote(s: string, max = 80): string {
  const short = snippet(s, max);
  // Compare in code points: the snippet may have grown by escapes, so count what was taken from s instead.
  let taken = 0;
  let i = 0;
  for (; i < s.length && taken < max; taken++) i += s.codePointAt(i)! > 0xffff ? 2 : 1;
  return i < s.length ? `"${short}…"` : `"${short}"`;
}

/** Content blocks of a chat API message (Anthropic `tool_use`, `text`, …) are parts of a message, not trace
 *  records: they carry no episode or prompt to bind. They are ignored like any unknown type, with this hint. */
const CONTENT_BLOCK_TYPES = new Set(['tool_use', 'text', 'thinking', 'image']);

export function contentBlockHint(type: string): string | undefined {
  if (!CONTENT_BLOCK_TYPES.has(type)) return undefined;
  return `: a "${type}" line is a chat message content block, not a trace record; write tool calls as {"tool": …, "args": …} lines or V2 events`;
}
