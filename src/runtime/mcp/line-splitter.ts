// LF framing for one direction of the proxy. Lines are handed out as byte ranges of the chunk they arrived
// in (no copy, no decode); consecutive lines the sink forwards unchanged are written as one range of the
// original bytes. A line over the cap is discarded up to its LF while its digest is computed incrementally;
// its first and last EDGE_BYTES are kept, so the proxy can still tell which request a dropped reply was for.
import { createHash, type Hash } from 'node:crypto';

/** Bytes kept from each end of a discarded line. */
export const EDGE_BYTES = 4096;

/** The first and last bytes of a discarded line (they overlap when the line is short). */
export interface LineEdges {
  head: Buffer;
  tail: Buffer;
}

function lastBytes(prev: Buffer, more: Buffer): Buffer {
  if (more.length >= EDGE_BYTES) return Buffer.from(more.subarray(more.length - EDGE_BYTES));
  const both = Buffer.concat([prev, more]);
  return both.length > EDGE_BYTES ? Buffer.from(both.subarray(both.length - EDGE_BYTES)) : both;
}

function firstBytes(parts: readonly Buffer[]): Buffer {
  const out: Buffer[] = [];
  let n = 0;
  for (const p of parts) {
    if (n >= EDGE_BYTES) break;
    const take = p.subarray(0, EDGE_BYTES - n);
    out.push(take);
    n += take.length;
  }
  return Buffer.concat(out, n);
}

export interface LineSink {
  /**
   * One complete line `buf[start, end)` (LF excluded). Return true to forward its original bytes, false to
   * drop it, or a replacement line (with its LF) to forward in its place, in order.
   */
  line(buf: Buffer, start: number, end: number): boolean | string;
  /** Original bytes of one or more consecutive forwarded lines (LFs included), or a replacement line. */
  forward(bytes: Buffer | string): void;
  /** A line longer than the cap was discarded; `edges` are its first and last bytes. */
  tooLong(bytes: number, digest: string, edges: LineEdges): void;
}

export class LineSplitter {
  private parts: Buffer[] = [];
  private partLen = 0;
  private discard: Hash | null = null;
  private discardLen = 0;
  private discardHead: Buffer = Buffer.alloc(0);
  private discardTail: Buffer = Buffer.alloc(0);

  constructor(
    private readonly max: number,
    private readonly sink: LineSink,
  ) {}

  push(chunk: Buffer): void {
    let pos = 0;
    const n = chunk.length;
    if (this.discard !== null || this.partLen > 0) {
      const lf = chunk.indexOf(10);
      if (lf === -1) {
        this.hold(chunk);
        return;
      }
      this.finishHeld(chunk.subarray(0, lf + 1));
      pos = lf + 1;
    }
    let fwdStart = -1;
    for (let lf = chunk.indexOf(10, pos); lf !== -1; lf = chunk.indexOf(10, pos)) {
      let verdict: boolean | string = false;
      if (lf - pos > this.max) {
        this.sink.tooLong(lf - pos, `sha256:${createHash('sha256').update(chunk.subarray(pos, lf)).digest('hex')}`, {
          head: chunk.subarray(pos, pos + EDGE_BYTES),
          tail: chunk.subarray(Math.max(pos, lf - EDGE_BYTES), lf),
        });
      } else {
        verdict = this.sink.line(chunk, pos, lf);
      }
      if (verdict === true) {
        if (fwdStart < 0) fwdStart = pos;
      } else {
        // Lines kept before this one go out first, so the output keeps the input order.
        if (fwdStart >= 0) {
          this.sink.forward(chunk.subarray(fwdStart, pos));
          fwdStart = -1;
        }
        if (typeof verdict === 'string') this.sink.forward(verdict);
      }
      pos = lf + 1;
    }
    if (fwdStart >= 0) this.sink.forward(chunk.subarray(fwdStart, pos));
    if (pos < n) this.hold(chunk.subarray(pos));
  }

  /** End of input: a final line without LF is processed as a line. */
  end(): void {
    if (this.discard !== null) {
      this.endDiscard(this.discardLen);
      return;
    }
    if (this.partLen === 0) return;
    const line = this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts, this.partLen);
    this.parts = [];
    this.partLen = 0;
    this.emit(line, this.sink.line(line, 0, line.length));
  }

  private emit(line: Buffer, verdict: boolean | string): void {
    if (verdict === true) this.sink.forward(line);
    else if (typeof verdict === 'string') this.sink.forward(verdict);
  }

  private hold(bytes: Buffer): void {
    if (this.discard !== null) {
      this.discard.update(bytes);
      this.discardLen += bytes.length;
      this.keepEdges(bytes);
      return;
    }
    this.parts.push(bytes);
    this.partLen += bytes.length;
    if (this.partLen > this.max) {
      this.discard = createHash('sha256');
      for (const p of this.parts) this.discard.update(p);
      this.discardLen = this.partLen;
      this.discardHead = Buffer.from(firstBytes(this.parts));
      this.discardTail = this.parts.reduce((t, p) => lastBytes(t, p), Buffer.alloc(0));
      this.parts = [];
      this.partLen = 0;
    }
  }

  /** The head fills up to EDGE_BYTES (the discard may start on a small chunk); the tail rolls. */
  private keepEdges(bytes: Buffer): void {
    if (this.discardHead.length < EDGE_BYTES) this.discardHead = firstBytes([this.discardHead, bytes]);
    this.discardTail = lastBytes(this.discardTail, bytes);
  }

  private endDiscard(bytes: number): void {
    this.sink.tooLong(bytes, `sha256:${this.discard!.digest('hex')}`, { head: this.discardHead, tail: this.discardTail });
    this.discard = null;
    this.discardLen = 0;
    this.discardHead = Buffer.alloc(0);
    this.discardTail = Buffer.alloc(0);
  }

  /** `tail` ends with the LF that completes the held line. */
  private finishHeld(tail: Buffer): void {
    const body = tail.length - 1;
    if (this.discard !== null) {
      this.discard.update(tail.subarray(0, body));
      this.keepEdges(tail.subarray(0, body));
      this.endDiscard(this.discardLen + body);
      return;
    }
    if (this.partLen + body > this.max) {
      const h = createHash('sha256');
      for (const p of this.parts) h.update(p);
      h.update(tail.subarray(0, body));
      const all = [...this.parts, tail.subarray(0, body)];
      this.sink.tooLong(this.partLen + body, `sha256:${h.digest('hex')}`, { head: firstBytes(all), tail: all.reduce((t, p) => lastBytes(t, p), Buffer.alloc(0)) });
      this.parts = [];
      this.partLen = 0;
      return;
    }
    this.parts.push(tail);
    const line = Buffer.concat(this.parts, this.partLen + tail.length);
    this.parts = [];
    this.partLen = 0;
    this.emit(line, this.sink.line(line, 0, line.length - 1));
  }
}
