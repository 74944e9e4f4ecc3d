// A compact set of string keys with a number per key: two independent 32-bit hashes (64 bits) in
// typed arrays, ~20 bytes per key instead of a Map entry plus the string (~150 bytes). Used where only
// "seen before?" matters over millions of keys (trace duplicate detection keeps memory flat).
// Two different keys collide with probability ~n²/2^65 (≈ 3e-8 at a million keys).

function hashes(s: string): [number, number] {
  let a = 0x811c9dc5; // FNV-1a
  let b = 0x9747b28c; // multiplicative mix with another seed
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  a ^= a >>> 16;
  a = Math.imul(a, 0x85ebca6b);
  a ^= a >>> 13;
  b ^= s.length;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return [a >>> 0, b >>> 0];
}

export class KeyTable {
  private cap = 1024;
  private size = 0;
  private ha = new Uint32Array(this.cap);
  private hb = new Uint32Array(this.cap);
  private used = new Uint8Array(this.cap);
  private vals = new Float64Array(this.cap);

  get(key: string): number | undefined {
    const [a, b] = hashes(key);
    const mask = this.cap - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) return undefined;
      if (this.ha[i] === a && this.hb[i] === b) return this.vals[i];
    }
  }

  /** The key's value before adding one (0 when new): one hash instead of get + set. */
  bump(key: string): number {
    if ((this.size + 1) * 2 > this.cap) this.grow();
    const [a, b] = hashes(key);
    const mask = this.cap - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.ha[i] = a;
        this.hb[i] = b;
        this.vals[i] = 1;
        this.size++;
        return 0;
      }
      if (this.ha[i] === a && this.hb[i] === b) {
        const v = this.vals[i]!;
        this.vals[i] = v + 1;
        return v;
      }
    }
  }

  set(key: string, value: number): void {
    if ((this.size + 1) * 2 > this.cap) this.grow();
    const [a, b] = hashes(key);
    this.insert(a, b, value);
  }

  private insert(a: number, b: number, value: number): void {
    const mask = this.cap - 1;
    for (let i = a & mask; ; i = (i + 1) & mask) {
      if (!this.used[i]) {
        this.used[i] = 1;
        this.ha[i] = a;
        this.hb[i] = b;
        this.vals[i] = value;
        this.size++;
        return;
      }
      if (this.ha[i] === a && this.hb[i] === b) {
        this.vals[i] = value;
        return;
      }
    }
  }

  private grow(): void {
    const { ha, hb, used, vals } = this;
    this.cap *= 2;
    this.ha = new Uint32Array(this.cap);
    this.hb = new Uint32Array(this.cap);
    this.used = new Uint8Array(this.cap);
    this.vals = new Float64Array(this.cap);
    this.size = 0;
    for (let i = 0; i < used.length; i++) if (used[i]) this.insert(ha[i]!, hb[i]!, vals[i]!);
  }
}
