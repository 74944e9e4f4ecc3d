// Incremental Server-Sent Events reader for proxied streams: splits the byte stream into whole events
// (each kept as its exact bytes, so unchanged events are relayed byte for byte) with a cap per event.
// Field parsing follows the WHATWG event-stream rules: lines end in CRLF, LF or CR; `data` lines join with LF.

export interface SseEvent {
  /** The event's exact bytes, including the blank line that ended it. */
  raw: Buffer;
  /** `event:` field ('' when absent). */
  event: string;
  /** `id:` field, undefined when absent. */
  id: string | undefined;
  /** Joined `data:` lines; undefined when the event has none (comments, retry-only). */
  data: string | undefined;
}

export interface SseSink {
  event(e: SseEvent): void;
  /** An event grew past the cap: its bytes are dropped and the stream is no longer readable. */
  tooLong(bytes: number): void;
}

const LF = 0x0a;
const CR = 0x0d;

export class SseReader {
  private parts: Buffer[] = [];
  private size = 0;
  /** Scan position inside the pending bytes, and whether the previous line ended with a bare CR. */
  private scanFrom = 0;
  private lineStart = 0;
  private lastWasCr = false;
  private dead = false;

  constructor(
    private readonly maxEventBytes: number,
    private readonly sink: SseSink,
  ) {}

  push(chunk: Buffer): void {
    if (this.dead) return;
    this.parts.push(chunk);
    this.size += chunk.length;
    const buf = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.size);
    this.parts = [buf];
    let i = this.scanFrom;
    let eventStart = 0;
    while (i < buf.length) {
      const c = buf[i]!;
      if (c !== LF && c !== CR) {
        i++;
        continue;
      }
      if (c === LF && this.lastWasCr && i === this.lineStart) {
        // The LF of a CRLF pair: part of the line ending already counted.
        this.lastWasCr = false;
        this.lineStart = ++i;
        continue;
      }
      const empty = i === this.lineStart;
      this.lastWasCr = c === CR;
      i++;
      this.lineStart = i;
      if (empty) {
        // A CR may still be followed by its LF: include it in this event's bytes when it is already here.
        let end = i;
        if (c === CR && buf[end] === LF) {
          end++;
          this.lastWasCr = false;
          this.lineStart = end;
          i = end;
        }
        this.sink.event(parseEvent(buf.subarray(eventStart, end)));
        eventStart = end;
      }
    }
    const rest = buf.subarray(eventStart);
    this.lineStart -= eventStart;
    this.scanFrom = rest.length;
    this.parts = rest.length > 0 ? [rest] : [];
    this.size = rest.length;
    if (this.size > this.maxEventBytes) {
      this.dead = true;
      this.parts = [];
      this.sink.tooLong(this.size);
    }
  }

  /** Bytes of an unfinished event at end of stream (relayed as they are; they were never a whole event). */
  end(): Buffer {
    const rest = this.size > 0 ? Buffer.concat(this.parts, this.size) : Buffer.alloc(0);
    this.parts = [];
    this.size = 0;
    return rest;
  }
}

function parseEvent(raw: Buffer): SseEvent {
  const text = raw.toString('utf8');
  let event = '';
  let id: string | undefined;
  let data: string[] | undefined;
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line === '' || line.startsWith(':')) continue;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') (data ??= []).push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\0')) id = value;
  }
  return { raw, event, id, data: data?.join('\n') };
}

/** One SSE event carrying a JSON-RPC message (the MCP transport's `event: message`). */
export function sseMessage(json: string, id?: string): string {
  const body = json.endsWith('\n') ? json.slice(0, -1) : json;
  return `event: message\n${id !== undefined ? `id: ${id}\n` : ''}data: ${body}\n\n`;
}
