// hostile archives are refused with the right code, within the limits, in memory (verify never
// writes archive content anywhere: it has no file output at all).
import { describe, expect, it } from 'vitest';
import { deflateRawSync, gzipSync, createDeflateRaw, crc32 } from 'node:zlib';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { contentHash } from '../../../src/core/evidence/event.js';
import { bundleFrom, codeOf, demoEvents, eventsText, gz, manifestFor, rawTar, type RawEntry } from './helpers.js';

const EV = eventsText(demoEvents());
const MF = manifestFor(EV);
const M = { name: 'manifest.json', data: MF };
const E = { name: 'events.ndjson', data: EV };
const tarOf = (entries: RawEntry[], zero = 2) => gz(rawTar(entries, zero));

describe('hostile member paths and types', () => {
  it('path traversal and absolute paths → SecurityPathTraversal', async () => {
    for (const name of ['../x', '/abs', 'a/../b', '/manifest.json', '..']) {
      expect([name, await codeOf(tarOf([{ name, data: 'x' }, M, E]))]).toEqual([name, 'SecurityPathTraversal']);
      expect([name, await codeOf(tarOf([M, { name, data: 'x' }, E]))]).toEqual([name, 'SecurityPathTraversal']);
    }
  });

  it('unexpected names, a third member and a PAX global header → ContractUnexpectedFile', async () => {
    for (const name of ['./manifest.json', 'dir/', 'extra.txt', 'events.ndjson ', 'MANIFEST.JSON', '']) {
      expect([name, await codeOf(tarOf([M, E, { name, data: 'x' }]))]).toEqual([name, 'ContractUnexpectedFile']);
    }
    expect(await codeOf(tarOf([{ name: 'dir/', type: '5' }, M, E]))).toBe('ContractUnexpectedFile');
    expect(await codeOf(tarOf([{ name: 'pax_global_header', type: 'g', data: '18 comment=hello\n' }, M, E]))).toBe('ContractUnexpectedFile');
  });

  it('swapped or repeated members → ContractFileOrder / ContractDuplicateFile', async () => {
    expect(await codeOf(tarOf([E, M]))).toBe('ContractFileOrder');
    expect(await codeOf(tarOf([M, M, E]))).toBe('ContractDuplicateFile');
    expect(await codeOf(tarOf([M, E, E]))).toBe('ContractDuplicateFile');
  });

  it('symlinks and hard links named events.ndjson are never followed: 0 bytes → IntegrityFileSizeMismatch', async () => {
    expect(await codeOf(tarOf([M, { name: 'events.ndjson', type: '2' }]))).toBe('IntegrityFileSizeMismatch');
    expect(await codeOf(tarOf([M, { name: 'events.ndjson', type: '1' }]))).toBe('IntegrityFileSizeMismatch');
    // A link whose header declares the right size is judged on that content, exactly like a regular file.
    expect(await codeOf(tarOf([M, { ...E, type: '2' }]))).toBe('OK');
    // A manifest that is a link has no content → invalid JSON.
    expect(await codeOf(tarOf([{ name: 'manifest.json', type: '2' }, E]))).toBe('ContractInvalidJson');
  });

  it('manifest-only, empty and all-zero archives → ContractMissingFile', async () => {
    expect(await codeOf(tarOf([M]))).toBe('ContractMissingFile');
    expect(await codeOf(tarOf([]))).toBe('ContractMissingFile');
    expect(await codeOf(gz(new Uint8Array(0)))).toBe('ContractMissingFile');
    expect(await codeOf(tarOf([M], 0))).toBe('ContractMissingFile');
  });

  it('ustar prefix, old-style headers, GNU long names and PAX path/size overrides are resolved', async () => {
    expect(await codeOf(tarOf([{ ...M, magic: 'ustar' }, { ...E, magic: 'old' }]))).toBe('OK');
    expect(await codeOf(tarOf([{ ...M, magic: 'ustar', prefix: 'evil' }, E]))).toBe('ContractUnexpectedFile');
    expect(await codeOf(tarOf([M, { name: '././@LongLink', type: 'L', data: 'events.ndjson\0' }, { name: 'x', data: EV }]))).toBe('OK');
    expect(await codeOf(tarOf([M, { name: '././@LongLink', type: 'L', data: '../../etc/passwd\0' }, { name: 'events.ndjson', data: EV }]))).toBe(
      'SecurityPathTraversal',
    );
    const pax = (k: string, v: string) => {
      let len = k.length + v.length + 3;
      len += String(len + String(len).length).length;
      return `${len} ${k}=${v}\n`;
    };
    const rec = pax('path', 'events.ndjson');
    expect(rec.length).toBe(Number(rec.split(' ')[0]));
    expect(await codeOf(tarOf([M, { name: 'PaxHeaders/x', type: 'x', data: rec }, { name: 'whatever', data: EV }]))).toBe('OK');
    const longPath = pax('path', 'a/'.repeat(200) + 'events.ndjson');
    expect(await codeOf(tarOf([M, { name: 'PaxHeaders/x', type: 'x', data: longPath }, { name: 'events.ndjson', data: EV }]))).toBe('LimitPathLength');
    // A PAX size that exceeds the events ceiling is judged before any content.
    const size = pax('size', '600000000');
    expect(await codeOf(tarOf([M, { name: 'PaxHeaders/x', type: 'x', data: size }, { name: 'events.ndjson', data: '' }]))).toBe('LimitFileSize');
  });

  it('a path over max_path_len → LimitPathLength (before traversal checks)', async () => {
    const long = '../' + 'a'.repeat(300);
    expect(await codeOf(tarOf([M, { name: 'L', type: 'L', data: long }, { name: 'x', data: 'y' }]))).toBe('LimitPathLength');
    expect(await codeOf(tarOf([M, { name: 'L', type: 'L', data: 'b'.repeat(256) }, { name: 'x', data: 'y' }]))).toBe('ContractUnexpectedFile');
  });

  it('oversized declared members → LimitFileSize before any content is read', async () => {
    // No content follows the header at all: the declared size alone decides.
    const big = gz(Buffer.concat([rawTar([M]).subarray(0, 1536), rawTar([{ name: 'events.ndjson', size: 524_288_001 }]).subarray(0, 512)]));
    expect(await codeOf(big)).toBe('LimitFileSize');
    expect(await codeOf(tarOf([{ name: 'manifest.json', size: 10_485_761 }]))).toBe('LimitFileSize');
    expect(await codeOf(tarOf([M, { name: 'other.bin', size: 524_288_001 }]))).toBe('LimitFileSize');
  });

  it('a wrong tar header checksum → IntegrityTar', async () => {
    expect(await codeOf(tarOf([{ ...M, badChecksum: true }, E]))).toBe('IntegrityTar');
    expect(await codeOf(tarOf([M, { ...E, badChecksum: true }]))).toBe('IntegrityTar');
  });
});

describe('decompression bombs and decode limits', () => {
  it('a gzip bomb of zero blocks stops at the tar end-of-archive → ContractMissingFile', async () => {
    // 256 MiB of zeros, compressed to ~256 KiB, streamed so the test never holds the plaintext.
    const chunks: Buffer[] = [];
    const z = createDeflateRaw({ level: 9 });
    z.on('data', (c: Buffer) => chunks.push(c));
    const zero = Buffer.alloc(16 << 20);
    let crc = 0;
    for (let i = 0; i < 16; i++) {
      z.write(zero);
      crc = crc32(zero, crc);
    }
    await new Promise((r) => z.end(r));
    const trailer = Buffer.alloc(8);
    trailer.writeUInt32LE(crc >>> 0, 0);
    trailer.writeUInt32LE((256 << 20) >>> 0, 4);
    const bomb = Buffer.concat([Buffer.from('1f8b08000000000002ff', 'hex'), ...chunks, trailer]);
    expect(bomb.length).toBeLessThan(1 << 20);
    const before = process.memoryUsage().rss;
    expect(await codeOf(bomb)).toBe('ContractMissingFile');
    expect(process.memoryUsage().rss - before).toBeLessThan(128 << 20);
  });

  it('decoded bytes after the archive count toward max_decode_bytes (the drain)', async () => {
    const tar = Buffer.concat([rawTar([M, E]), Buffer.alloc(4 << 20)]);
    expect(await codeOf(gz(tar), { max_decode_bytes: 2 << 20 })).toBe('LimitDecodeBytes');
    expect(await codeOf(gz(tar), { max_decode_bytes: tar.length })).toBe('OK');
    expect(await codeOf(gz(tar), { max_decode_bytes: tar.length - 1 })).toBe('LimitDecodeBytes');
  });

  it('a PAX header whose content exceeds the decode ceiling → LimitDecodeBytes', async () => {
    const huge = { name: 'PaxHeaders/x', type: 'x', data: '9'.repeat(3 << 20) };
    expect(await codeOf(tarOf([M, huge, E]), { max_decode_bytes: 2 << 20 })).toBe('LimitDecodeBytes');
  });

  it('the compressed source is bounded by max_bundle_bytes (inclusive)', async () => {
    const a = buildBundle(demoEvents()).archive;
    expect(await codeOf(a, { max_bundle_bytes: a.length })).toBe('OK');
    expect(await codeOf(a, { max_bundle_bytes: a.length - 1 })).toBe('LimitBundleBytes');
    const trailing = Buffer.concat([a, Buffer.alloc(10)]);
    expect(await codeOf(trailing, { max_bundle_bytes: a.length })).toBe('LimitBundleBytes');
  });
});

describe('line, event and depth limits', () => {
  it('a 2 MiB line → LimitLineBytes (without reading the rest)', async () => {
    const line = '{"x":"' + 'a'.repeat(2 << 20) + '"}\n';
    expect(await codeOf(bundleFrom(line))).toBe('LimitLineBytes');
  });

  it('max_line_bytes is inclusive and counts a CR but not the LF', async () => {
    const l0 = EV.split('\n')[0]!;
    const n = Buffer.byteLength(l0);
    expect(await codeOf(bundleFrom(EV), { max_line_bytes: n })).toBe('OK');
    expect(await codeOf(bundleFrom(EV), { max_line_bytes: n - 1 })).toBe('LimitLineBytes');
    expect(await codeOf(bundleFrom(EV.replace(/\n/g, '\r\n')), { max_line_bytes: n })).toBe('LimitLineBytes');
  });

  it('100,001 events → LimitTotalEvents; 100,000 verify', async () => {
    // Identical payloads share one content hash, so the lines are cheap to build.
    const base = demoEvents()[1]!;
    const hash = contentHash(base);
    const make = (n: number) => {
      const parts: string[] = [];
      for (let i = 0; i < n; i++) {
        parts.push(canonicalize({ ...base, assayseq: i, id: `run_demo_001:${i}`, assaycontenthash: hash }) + '\n');
      }
      return parts.join('');
    };
    const ok = make(100_000);
    expect(await codeOf(bundleFrom(ok))).toBe('OK');
    const over = make(100_001);
    expect(await codeOf(bundleFrom(over))).toBe('LimitTotalEvents');
    expect(await codeOf(bundleFrom(make(11)), { max_events: 10 })).toBe('LimitTotalEvents');
    expect(await codeOf(bundleFrom(make(10)), { max_events: 10 })).toBe('OK');
  }, 120_000);

  it('nesting: depth 64 passes, 65 → LimitJsonDepth (events and manifest)', async () => {
    const nest = (depth: number) => {
      // The event object is depth 1 and `data` adds the rest.
      let v: unknown = 1;
      for (let i = 0; i < depth - 1; i++) v = [v];
      return v;
    };
    const mk = (depth: number) => eventsText(demoEvents().map((e) => ({ ...e, data: nest(depth) })));
    expect(await codeOf(bundleFrom(mk(64)))).toBe('OK');
    expect(await codeOf(bundleFrom(mk(65)))).toBe('LimitJsonDepth');
    expect(await codeOf(bundleFrom(EV, JSON.stringify({ ...JSON.parse(MF), x: nest(64) })))).toBe('OK');
    const deepManifest = JSON.stringify({ ...JSON.parse(MF), x: nest(65) });
    expect(await codeOf(bundleFrom(EV, deepManifest))).toBe('LimitJsonDepth');
    // 100,000 brackets: refused at 65 without exhausting the stack.
    expect(await codeOf(bundleFrom('{"a":' + '['.repeat(100_000) + '\n'))).toBe('LimitJsonDepth');
  });

  it('10,000 keys per object pass; 10,001 → ContractInvalidJson', async () => {
    const obj = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, i]));
    expect(await codeOf(bundleFrom(eventsText(demoEvents().map((e) => ({ ...e, data: obj(10_000) })))))).toBe('OK');
    expect(await codeOf(bundleFrom(eventsText(demoEvents().map((e) => ({ ...e, data: obj(10_001) })))))).toBe('ContractInvalidJson');
  });

  it('duplicate keys after unescaping and lone surrogates are refused at any depth', async () => {
    const l = EV.split('\n');
    const dup = l[0] + '\n' + l[1]!.replace('"tool":"read_file"', '"tool":"read_file","x":{"a":1,"\\u0061":2}') + '\n';
    expect(await codeOf(bundleFrom(dup))).toBe('ContractInvalidJson');
    const top = l[0] + '\n' + l[1]!.replace('{"assaycontenthash"', '{"type":"x","assaycontenthash"') + '\n';
    expect(await codeOf(bundleFrom(top))).toBe('ContractInvalidJson');
    const lone = l[0] + '\n' + l[1]!.replace('"tool":"read_file"', '"tool":"read_file","x":["\\udfff"]') + '\n';
    expect(await codeOf(bundleFrom(lone))).toBe('ContractInvalidJson');
    const pair = l[0] + '\n' + l[1]!.replace('"tool":"read_file"', '"tool":"read_file","x":["\\ud83d\\ude00"]') + '\n';
    expect(await codeOf(bundleFrom(pair))).toBe('IntegrityEventHash');
  });
});

describe('truncation and corruption', () => {
  const good = gzipSync(rawTar([M, E]));

  it('corrupted CRC-32 or ISIZE → IntegrityGzip', async () => {
    const crc = Buffer.from(good);
    crc[crc.length - 8]! ^= 1;
    expect(await codeOf(crc)).toBe('IntegrityGzip');
    const isize = Buffer.from(good);
    isize[isize.length - 1]! ^= 1;
    expect(await codeOf(isize)).toBe('IntegrityGzip');
  });

  it('truncated in the trailer → IntegrityGzip; not gzip at all → IntegrityGzip', async () => {
    expect(await codeOf(good.subarray(0, good.length - 3))).toBe('IntegrityGzip');
    expect(await codeOf(Buffer.from('not a gzip file at all'))).toBe('IntegrityGzip');
    expect(await codeOf(new Uint8Array(0))).toBe('IntegrityGzip');
  });

  it('a deflate stream cut inside a header → IntegrityTar, inside member data → IntegrityIo', async () => {
    const tar = rawTar([M, E]);
    const frame = (plain: Uint8Array) => {
      // A complete gzip member whose tar content stops early.
      const body = deflateRawSync(plain);
      const t = Buffer.alloc(8);
      t.writeUInt32LE(crc32(plain) >>> 0, 0);
      t.writeUInt32LE(plain.length, 4);
      return Buffer.concat([Buffer.from('1f8b08000000000002ff', 'hex'), body, t]);
    };
    expect(await codeOf(frame(tar.subarray(0, 1536 + 100)))).toBe('IntegrityTar');
    expect(await codeOf(frame(tar.subarray(0, 1536 + 512 + 300)))).toBe('IntegrityIo');
    expect(await codeOf(frame(tar.subarray(0, 200)))).toBe('IntegrityTar');
    // Cut compressed stream: the decoder fails where the tar reader is.
    const cut = good.subarray(0, 40);
    expect(['IntegrityTar', 'IntegrityIo']).toContain(await codeOf(cut));
  });

  it('errors carry no archive-controlled text except escaped, cut member paths', async () => {
    const evil = '\u001b[31mevil\u202e' + 'x'.repeat(200);
    try {
      await verifyBundleBytes(tarOf([M, E, { name: evil, data: 'x' }]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BundleError);
      const m = (e as BundleError).message;
      expect(m).not.toMatch(/[\u0000-\u001f\u007f-\uffff]/);
      expect(m).toContain('\\u001b[31mevil\\u202e');
      expect((e as BundleError).entry!.length).toBeLessThanOrEqual(64);
    }
  });
});
