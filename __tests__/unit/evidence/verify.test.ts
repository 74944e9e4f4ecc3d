// check order and codes; the consequences the spec pins; reader tolerances.
import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { BundleError, VERIFY_CODES } from '../../../src/core/evidence/verify-error.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { bundleFrom, codeOf, demoEvents, eventsText, gz, manifestFor, rawTar, sha256 } from './helpers.js';

const EV = eventsText(demoEvents());
const lines = EV.split('\n').slice(0, 2);

/** Replace a key's JSON value text in one event line (raw edit, keeps everything else). */
function editLine(line: string, from: string, to: string): string {
  expect(line.includes(from)).toBe(true);
  return line.replace(from, to);
}

/** Reseal only files["events.ndjson"] (bytes and sha256), keeping event_count, run_root and bundle_id. */
function resealFiles(events: string): string {
  const m = JSON.parse(manifestFor(EV)) as Record<string, unknown>;
  m.files = { 'events.ndjson': { path: 'events.ndjson', sha256: 'sha256:' + sha256(events), bytes: Buffer.byteLength(events) } };
  return canonicalize(m);
}

describe('verify: consequences pinned', () => {
  it('a data edit → IntegrityEventHash (the per-line check precedes the file digest)', async () => {
    const ev = lines[0] + '\n' + editLine(lines[1]!, '"decision":"deny"', '"decision":"DENY"') + '\n';
    expect(await codeOf(bundleFrom(ev, manifestFor(EV)))).toBe('IntegrityEventHash');
  });

  it('an edit of a non-hashed field (time) → IntegrityManifestHash', async () => {
    const ev = lines[0] + '\n' + editLine(lines[1]!, '09:30:00.250Z', '09:30:00.251Z') + '\n';
    expect(await codeOf(bundleFrom(ev, manifestFor(EV)))).toBe('IntegrityManifestHash');
  });

  it('reordered lines with a resealed manifest → ContractSequenceStart', async () => {
    const ev = lines[1] + '\n' + lines[0] + '\n';
    expect(await codeOf(bundleFrom(ev, resealFiles(ev)))).toBe('ContractSequenceStart');
  });

  it('a dropped last line, resealed → ContractSequenceGap (event count)', async () => {
    const ev = lines[0] + '\n';
    expect(await codeOf(bundleFrom(ev, resealFiles(ev)))).toBe('ContractSequenceGap');
  });

  it('a seq gap → ContractSequenceGap', async () => {
    const l1 = editLine(editLine(lines[1]!, '"assayseq":1', '"assayseq":2'), 'run_demo_001:1', 'run_demo_001:2');
    const ev = lines[0] + '\n' + l1 + '\n';
    expect(await codeOf(bundleFrom(ev))).toBe('ContractSequenceGap');
  });

  it('run_root and bundle_id checks', async () => {
    const m = JSON.parse(manifestFor(EV)) as Record<string, unknown>;
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, run_root: 'sha256:' + '0'.repeat(64) })))).toBe('IntegrityRunRootMismatch');
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, bundle_id: 'sha256:' + '0'.repeat(64) })))).toBe('ContractBundleIdMismatch');
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, run_id: 'other' })))).toBe('ContractRunIdMismatch');
  });

  it('manifest contract: schema version, shape, missing files entry', async () => {
    const m = JSON.parse(manifestFor(EV)) as Record<string, unknown>;
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, schema_version: 2 })))).toBe('ContractSchemaVersion');
    expect(await codeOf(bundleFrom(EV, manifestFor(EV).replace('"schema_version":1', '"schema_version":1.0')))).toBe('ContractInvalidJson');
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, event_count: '2' })))).toBe('ContractInvalidJson');
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, producer: { name: 'assay' } })))).toBe('ContractInvalidJson');
    expect(await codeOf(bundleFrom(EV, canonicalize({ ...m, files: {} })))).toBe('ContractMissingFile');
    expect(await codeOf(bundleFrom(EV, manifestFor(EV).replace('"bytes":1064', '"bytes":1064.0')))).toBe('ContractInvalidJson');
    expect(await codeOf(bundleFrom(EV, manifestFor(EV).replace('"bytes":1064', '"bytes":1065')))).toBe('IntegrityFileSizeMismatch');
    expect(await codeOf(bundleFrom(EV, '{"a":1,"a":2}'))).toBe('ContractInvalidJson');
    expect(await codeOf(bundleFrom(EV, '\xff'))).toBe('ContractInvalidJson');
  });

  it('event envelope types and specversion', async () => {
    const cases: Array<[string, string, string]> = [
      ['"assayseq":1', '"assayseq":1.0', 'ContractInvalidJson'],
      ['"assayseq":1', '"assayseq":1e0', 'ContractInvalidJson'],
      ['"assaypii":false', '"assaypii":"false"', 'ContractInvalidJson'],
      ['"source":"urn:assay:cli:0.1.0"', '"source":7', 'ContractInvalidJson'],
      ['"time":"2026-01-15T09:30:00.250Z"', '"time":"yesterday"', 'ContractInvalidJson'],
      ['"specversion":"1.0"', '"specversion":"1.1"', 'ContractSchemaVersion'],
      ['"assaycontenthash":"sha256:9d2f1b40f1384e253760c615208ae0d5c5cf2d3975faa4890873c605d2f83624",', '', 'ContractSchemaVersion'],
      ['"assaycontenthash":"sha256:9d2f1b40f1384e253760c615208ae0d5c5cf2d3975faa4890873c605d2f83624"', '"assaycontenthash":null', 'ContractSchemaVersion'],
      ['"id":"run_demo_001:1"', '"id":"run_demo_001-1"', 'ContractInvalidEvent'],
      ['"data":{', '"data":{"a":1,"a":2,', 'ContractInvalidJson'],
      ['"tool":"read_file"}', '"tool":"read_file","s":"\\ud800"}', 'ContractInvalidJson'],
      ['"tool":"read_file"}', '"tool":"read_file","s":"\\udc00\\ud800"}', 'ContractInvalidJson'],
      ['"tool":"read_file"}', '"tool":"read_file"} ', 'OK'], // non-JCS spacing hashes canonically
      ['"tool":"read_file"}', '"tool":"read_file"}x', 'ContractInvalidJson'],
    ];
    for (const [from, to, code] of cases) {
      const ev = lines[0] + '\n' + editLine(lines[1]!, from, to) + '\n';
      expect([from, to, await codeOf(bundleFrom(ev, resealFiles(ev)))]).toEqual([from, to, code]);
    }
  });

  it('source rules: same as event 0, URI-like', async () => {
    const other = lines[0] + '\n' + editLine(lines[1]!, '"source":"urn:assay:cli:0.1.0"', '"source":"urn:other:x"') + '\n';
    expect(await codeOf(bundleFrom(other, resealFiles(other)))).toBe('ContractInvalidEvent');
    const notUri = eventsText(demoEvents().map((e) => ({ ...e, source: 'no-colon' })));
    expect(await codeOf(bundleFrom(notUri))).toBe('ContractInvalidEvent');
    const leading = eventsText(demoEvents().map((e) => ({ ...e, source: ':x' })));
    expect(await codeOf(bundleFrom(leading))).toBe('ContractInvalidEvent');
    const colonRun = eventsText(demoEvents().map((e, i) => ({ ...e, assayrunid: 'a:b', id: `a:b:${i}` })));
    expect(await codeOf(bundleFrom(colonRun))).toBe('ContractInvalidEvent');
  });
});

describe('verify: reader tolerances', () => {
  it('accepts CRLF, a missing final LF, unknown keys, pretty manifests, a bare sha256', async () => {
    const crlf = EV.replace(/\n/g, '\r\n');
    expect(await codeOf(bundleFrom(crlf))).toBe('OK');
    const noFinal = EV.slice(0, -1);
    expect(await codeOf(bundleFrom(noFinal))).toBe('OK');
    const unknown = eventsText(demoEvents().map((e) => ({ ...e, zzz_extra: { a: [1, 2] } })));
    expect(await codeOf(bundleFrom(unknown))).toBe('OK');
    const m = JSON.parse(manifestFor(EV)) as Record<string, unknown>;
    const pretty = JSON.stringify({ ...m, future_key: true, files: { ...(m.files as object), 'other.txt': 5 } }, null, 2) + '\n';
    expect(await codeOf(bundleFrom(EV, pretty))).toBe('OK');
    const bare = manifestFor(EV).replace('"sha256":"sha256:', '"sha256":"');
    expect(await codeOf(bundleFrom(EV, bare))).toBe('OK');
    const upper = manifestFor(EV).replace('c4f7072e3c6c', 'C4F7072E3C6C');
    expect(await codeOf(bundleFrom(EV, upper))).toBe('IntegrityManifestHash');
  });

  it('refuses a BOM, blank lines and a trailing blank line', async () => {
    const bom = '\ufeff' + EV;
    expect(await codeOf(bundleFrom(bom))).toBe('ContractInvalidJson');
    const blank = lines[0] + '\n\n' + lines[1] + '\n';
    expect(await codeOf(bundleFrom(blank))).toBe('ContractInvalidEvent');
    expect(await codeOf(bundleFrom(EV + '\n'))).toBe('ContractInvalidEvent');
  });

  it('refuses invalid UTF-8 in an event line', async () => {
    const ev = Buffer.concat([Buffer.from(lines[0]! + '\n'), Buffer.from(lines[1]!.replace('read_file"}', 'read_file"')), Buffer.from([0x2c, 0x22, 0x78, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d, 0x0a])]);
    const manifest = resealFiles(ev.toString('latin1'));
    const fixed = manifest.replace(/"bytes":\d+/, `"bytes":${ev.length}`).replace(/"sha256":"sha256:[0-9a-f]+"/, `"sha256":"sha256:${sha256(ev)}"`);
    expect(await codeOf(gz(rawTar([{ name: 'manifest.json', data: fixed }, { name: 'events.ndjson', data: ev }])))).toBe('ContractInvalidJson');
  });

  it('reports trailing bytes after the gzip member and ignores a second member', async () => {
    const a = buildBundle(demoEvents()).archive;
    const more = Buffer.concat([a, gzipSync(Buffer.from('second member'))]);
    const r = await verifyBundleBytes(more);
    expect(r.trailing_bytes).toBe(more.length - a.length);
    expect(r.archive_sha256).toBe(sha256(more));
  });

  it('honours gzip FNAME, FCOMMENT, FEXTRA and FHCRC headers', async () => {
    const tar = rawTar([{ name: 'manifest.json', data: manifestFor(EV) }, { name: 'events.ndjson', data: EV }]);
    const body = gzipSync(tar).subarray(10);
    const { crc32 } = await import('node:zlib');
    const head = Buffer.concat([Buffer.from([0x1f, 0x8b, 8, 0x1e, 0, 0, 0, 0, 0, 3]), Buffer.from([4, 0, 1, 2, 3, 4]), Buffer.from('name\0comment\0')]);
    const hcrc = crc32(head) & 0xffff;
    const full = Buffer.concat([head, Buffer.from([hcrc & 0xff, hcrc >> 8]), body]);
    expect(await codeOf(full)).toBe('OK');
    full[head.length]! ^= 1;
    expect(await codeOf(full)).toBe('IntegrityGzip');
  });

  it('every code is registered with a class and a reason code', () => {
    for (const c of VERIFY_CODES) {
      const e = new BundleError(c, 'x');
      expect(e.reasonCode).toMatch(/^E_EVIDENCE_/);
      expect(e.cause).toBe(`${e.errorClass}: x (${c})`);
    }
  });
});
