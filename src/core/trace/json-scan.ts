// A small JSON (RFC 8259) syntax scanner for the slow paths JSON.parse cannot serve:
// the offset of a syntax error when V8's message carries none, and source offsets of array elements
// in call-list documents. It never builds values.

class ScanError {
  constructor(readonly offset: number) {}
}

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

class Scanner {
  pos = 0;
  constructor(readonly text: string) {}

  ws(): void {
    const t = this.text;
    while (this.pos < t.length && isWs(t.charCodeAt(this.pos))) this.pos++;
  }

  peek(): number {
    return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
  }

  fail(at = this.pos): never {
    throw new ScanError(at);
  }

  value(): void {
    const c = this.peek();
    if (c === 0x7b) this.object(undefined);
    else if (c === 0x5b) this.array(undefined);
    else if (c === 0x22) this.string();
    else if (c === 0x2d || isDigit(c)) this.number();
    else if (c === 0x74) this.literal('true');
    else if (c === 0x66) this.literal('false');
    else if (c === 0x6e) this.literal('null');
    else this.fail();
  }

  literal(word: string): void {
    for (let i = 0; i < word.length; i++) {
      if (this.text.charCodeAt(this.pos) !== word.charCodeAt(i)) this.fail();
      this.pos++;
    }
  }

  number(): void {
    if (this.peek() === 0x2d) this.pos++;
    const c = this.peek();
    if (c === 0x30) this.pos++;
    else if (isDigit(c)) while (isDigit(this.peek())) this.pos++;
    else this.fail();
    if (this.peek() === 0x2e) {
      this.pos++;
      if (!isDigit(this.peek())) this.fail();
      while (isDigit(this.peek())) this.pos++;
    }
    const e = this.peek();
    if (e === 0x65 || e === 0x45) {
      this.pos++;
      const s = this.peek();
      if (s === 0x2b || s === 0x2d) this.pos++;
      if (!isDigit(this.peek())) this.fail();
      while (isDigit(this.peek())) this.pos++;
    }
  }

  /** Scans a string starting at its opening quote; returns the raw slice including quotes. */
  string(): string {
    const t = this.text;
    const start = this.pos;
    this.pos++;
    for (;;) {
      if (this.pos >= t.length) this.fail();
      const c = t.charCodeAt(this.pos);
      if (c === 0x22) {
        this.pos++;
        return t.slice(start, this.pos);
      }
      if (c < 0x20) this.fail();
      if (c === 0x5c) {
        this.pos++;
        const e = this.peek();
        if (e === 0x75) {
          for (let k = 1; k <= 4; k++) {
            const h = t.charCodeAt(this.pos + k);
            const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
            if (!hex) this.fail(Math.min(this.pos + k, t.length));
          }
          this.pos += 5;
        } else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
          this.pos++;
        } else {
          this.fail();
        }
        continue;
      }
      this.pos++;
    }
  }

  /** onMember(key, valueStart) is called before each member value is scanned; it may scan the value itself (return true). */
  object(onMember: ((key: string, s: Scanner) => boolean) | undefined): void {
    this.pos++;
    this.ws();
    if (this.peek() === 0x7d) {
      this.pos++;
      return;
    }
    for (;;) {
      if (this.peek() !== 0x22) this.fail();
      const rawKey = this.string();
      this.ws();
      if (this.peek() !== 0x3a) this.fail();
      this.pos++;
      this.ws();
      if (!(onMember?.(JSON.parse(rawKey) as string, this) ?? false)) this.value();
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === 0x7d) {
        this.pos++;
        return;
      }
      this.fail();
    }
  }

  array(onElement: ((offset: number) => void) | undefined): void {
    this.pos++;
    this.ws();
    if (this.peek() === 0x5d) {
      this.pos++;
      return;
    }
    for (;;) {
      onElement?.(this.pos);
      this.value();
      this.ws();
      const c = this.peek();
      if (c === 0x2c) {
        this.pos++;
        this.ws();
        continue;
      }
      if (c === 0x5d) {
        this.pos++;
        return;
      }
      this.fail();
    }
  }

  document(): void {
    this.ws();
    this.value();
    this.ws();
    if (this.pos < this.text.length) this.fail();
  }
}

/** UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
export function jsonErrorOffset(text: string): number | undefined {
  const s = new Scanner(text);
  try {
    s.document();
    return undefined;
  } catch (e) {
    if (e instanceof ScanError) return e.offset;
    throw e;
  }
}

/**
 * Offsets of the elements of an array in a valid JSON document: the root array (`memberKey` null) or the
 * root object's member `memberKey` (the last such member, as JSON.parse keeps the last duplicate key).
 */
export function arrayElementOffsets(text: string, memberKey: string | null): number[] {
  const s = new Scanner(text);
  let found: number[] = [];
  s.ws();
  if (memberKey === null) {
    if (s.peek() === 0x5b) s.array((o) => found.push(o));
    return found;
  }
  if (s.peek() !== 0x7b) return found;
  s.object((key, sc) => {
    if (key !== memberKey || sc.peek() !== 0x5b) return false;
    const offsets: number[] = [];
    sc.array((o) => offsets.push(o));
    found = offsets;
    return true;
  });
  return found;
}

/** 1-based line and code-point column of a UTF-16 offset. */
export function offsetToLineCol(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  let col = 1;
  for (let i = lineStart; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
      const p = text.charCodeAt(i - 1);
      if (p >= 0xd800 && p <= 0xdbff) continue;
    }
    col++;
  }
  return { line, col };
}

/** 1-based lines of sorted offsets, in one pass. */
export function offsetsToLines(text: string, sortedOffsets: readonly number[]): number[] {
  const lines: number[] = [];
  let line = 1;
  let i = 0;
  for (const off of sortedOffsets) {
    for (; i < off && i < text.length; i++) if (text.charCodeAt(i) === 0x0a) line++;
    lines.push(line);
  }
  return lines;
}
