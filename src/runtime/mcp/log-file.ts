// Append-only NDJSON files: opened at startup (created 0600), appended synchronously so a
// decision is on disk before its call is forwarded or answered. A failed append is remembered: the caller
// then refuses every later call (fail-closed) and exits 3 at the end.
import * as fs from 'node:fs';

export class AppendLog {
  private fd: number;
  failed = false;

  private constructor(
    readonly path: string,
    fd: number,
  ) {
    this.fd = fd;
  }

  /** Throws the OS error when the file cannot be opened. */
  static open(path: string): AppendLog {
    return new AppendLog(path, fs.openSync(path, 'a', 0o600));
  }

  /** Append one line (must end with LF). False when the write failed (now or earlier). */
  append(line: string): boolean {
    if (this.failed) return false;
    try {
      const b = Buffer.from(line, 'utf8');
      let off = 0;
      while (off < b.length) off += fs.writeSync(this.fd, b, off, b.length - off);
      return true;
    } catch {
      this.failed = true;
      return false;
    }
  }

  close(): void {
    if (this.fd < 0) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      // already gone
    }
    this.fd = -1;
  }
}
