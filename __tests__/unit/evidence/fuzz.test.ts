// Tamper evidence and robustness: every byte of the archive, the tar stream and both members is changed in
// turn, then thousands of seeded random mutations (flips, truncations, insertions, deletions). No crash, no
// hang; each result either verifies or fails with a registered code.
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { BundleError, VERIFY_CODES } from '../../../src/core/evidence/verify-error.js';
import { bundleFrom, codeOf, demoEvents, gz, manifestFor, prng, rawTar } from './helpers.js';

const B = buildBundle(demoEvents());
const REGISTERED = new Set<string>(VERIFY_CODES);

async function outcome(src: Uint8Array): Promise<string> {
  try {
    await verifyBundleBytes(src);
    return 'OK';
  } catch (e) {
    if (e instanceof BundleError) {
      expect(REGISTERED.has(e.code)).toBe(true);
      expect(e.reasonCode).toMatch(/^E_EVIDENCE_/);
      return e.code;
    }
    throw e; // anything else is a bug
  }
}

describe('every byte matters', () => {
  it('archive: each byte flipped fails, except gzip MTIME/XFL/OS (bytes 4–9), which readers ignore', async () => {
    const passing: number[] = [];
    for (let i = 0; i < B.archive.length; i++) {
      const m = Buffer.from(B.archive);
      m[i]! ^= 0xff;
      if ((await outcome(m)) === 'OK') passing.push(i);
    }
    // Those bytes are not content; the archive digest, which attest binds, still changes.
    expect(passing).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('events.ndjson: each byte changed fails, with the spec code for its kind', async () => {
    const codes = new Map<string, number>();
    const ev = Buffer.from(B.events);
    for (let i = 0; i < ev.length; i++) {
      const m = Buffer.from(ev);
      m[i] = m[i] === 0x41 ? 0x42 : 0x41;
      const code = await codeOf(gz(rawTar([{ name: 'manifest.json', data: B.manifest }, { name: 'events.ndjson', data: m }])));
      expect(code).not.toBe('OK');
      codes.set(code, (codes.get(code) ?? 0) + 1);
    }
    expect(codes.has('IntegrityEventHash')).toBe(true); // hashed fields
    expect(codes.has('IntegrityManifestHash')).toBe(true); // non-hashed fields (time, id digits, …)
  });

  it('manifest.json: each byte changed fails, except inside values the verifier does not compare', async () => {
    const man = Buffer.from(B.manifest);
    // algorithms values, producer values and files[…].path are required strings whose values are not validated.
    const free: Array<[number, number]> = [];
    for (const v of ['jcs-rfc8785', '"sha256"', 'sha256(concat(content_hash + \\"\\\\n\\"))', '"path":"events.ndjson"', '"name":"assay"', '"version":"0.1.0"']) {
      const at = B.manifest.indexOf(v);
      expect(at).toBeGreaterThanOrEqual(0);
      free.push([at, at + v.length]);
    }
    for (let i = 0; i < man.length; i++) {
      const m = Buffer.from(man);
      m[i] = m[i] === 0x41 ? 0x42 : 0x41;
      const code = await codeOf(gz(rawTar([{ name: 'manifest.json', data: m }, { name: 'events.ndjson', data: B.events }])));
      if (code === 'OK') expect(free.some(([a, b]) => i >= a && i < b)).toBe(true);
    }
  });

  it('a written bundle read back and re-written is byte-identical', async () => {
    const events: unknown[] = [];
    await verifyBundleBytes(B.archive, { onEvent: (e) => events.push(e) });
    const again = buildBundle(events as never);
    expect(Buffer.from(again.archive).equals(Buffer.from(B.archive))).toBe(true);
  });
});

describe('seeded random mutations', () => {
  it('3,000 archive mutations: no crash, no hang, registered codes only', async () => {
    const rnd = prng(0xa55a7);
    const seen = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const m = mutate(Buffer.from(B.archive), rnd);
      const code = await outcome(m);
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThan(2);
  }, 120_000);

  it('3,000 tar-stream mutations (re-gzipped): registered codes only', async () => {
    const rnd = prng(0x7a2);
    const seen = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const code = await outcome(gz(mutate(Buffer.from(B.tar), rnd)));
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThan(4);
  }, 120_000);

  it('3,000 events-text mutations, resealed: registered codes only', async () => {
    const rnd = prng(0xe7e);
    const seen = new Map<string, number>();
    for (let n = 0; n < 3000; n++) {
      const ev = mutate(Buffer.from(B.events), rnd);
      let code: string;
      try {
        code = await outcome(bundleFrom(ev.toString('latin1'), manifestFor(ev.toString('utf8'))));
      } catch (e) {
        throw new Error(`mutation ${n} threw ${(e as Error).stack}`);
      }
      seen.set(code, (seen.get(code) ?? 0) + 1);
    }
    expect(seen.size).toBeGreaterThan(4);
  }, 120_000);
});

function mutate(buf: Buffer, rnd: () => number): Buffer {
  const ops = 1 + Math.floor(rnd() * 4);
  let b = buf;
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(rnd() * Math.max(1, b.length));
    const r = rnd();
    if (r < 0.5) {
      b = Buffer.from(b);
      if (b.length > 0) b[at] = Math.floor(rnd() * 256);
    } else if (r < 0.65) {
      b = b.subarray(0, at);
    } else if (r < 0.85) {
      const ins = Buffer.alloc(1 + Math.floor(rnd() * 16));
      for (let i = 0; i < ins.length; i++) ins[i] = Math.floor(rnd() * 256);
      b = Buffer.concat([b.subarray(0, at), ins, b.subarray(at)]);
    } else {
      b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + 1 + Math.floor(rnd() * 16)))]);
    }
  }
  return b;
}
