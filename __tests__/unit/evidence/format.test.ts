// the worked example. Member bytes and bundle_id are format goldens (shared algorithms); the tar and
// archive digests are our writer's determinism goldens (pako 3.0.3, level 9).
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../src/core/evidence/writer.js';
import { contentHash, contentHashPreimage, runRoot } from '../../../src/core/evidence/event.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { strictParse } from '../../../src/core/evidence/strict-json.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { demoEvents, sha256 } from './helpers.js';

const H0 = 'sha256:d60b4ceddc8d0e355569767f27c940e14e5734e2f03a525674520ada1786a327';
const H1 = 'sha256:9d2f1b40f1384e253760c615208ae0d5c5cf2d3975faa4890873c605d2f83624';
const ROOT = 'sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf';

describe('worked example', () => {
  const [e0, e1] = demoEvents();

  it('content-hash preimages and hashes', () => {
    const p0 = contentHashPreimage(e0!);
    const p1 = contentHashPreimage(e1!);
    expect(p0).toBe(
      '{"data":{"profile_name":"demo","profile_version":"1.0","total_runs_aggregated":1},"datacontenttype":"application/json","specversion":"1.0","subject":"urn:assay:phase:profile","type":"assay.profile.started"}',
    );
    expect(Buffer.byteLength(p0)).toBe(206);
    expect(Buffer.byteLength(p1)).toBe(190);
    expect(contentHash(e0!)).toBe(H0);
    expect(contentHash(e1!)).toBe(H1);
  });

  it('run root over the prefixed hashes, each followed by LF (144-byte preimage)', () => {
    expect(Buffer.byteLength(`${H0}\n${H1}\n`)).toBe(144);
    expect(runRoot([H0, H1])).toBe(ROOT);
  });

  it('members, tar stream and archive', () => {
    const b = buildBundle(demoEvents());
    expect(b.bundle_id).toBe(ROOT);
    expect(Buffer.byteLength(b.events)).toBe(1064);
    const lines = b.events.split('\n');
    expect(lines.map((l) => Buffer.byteLength(l))).toEqual([537, 525, 0]);
    expect(sha256(b.events)).toBe('c4f7072e3c6c91bb15850c2a946b9e315c05fc11f447b26318fdcc7b5b7100e0');
    expect(lines[1]).toBe(
      '{"assaycontenthash":"sha256:9d2f1b40f1384e253760c615208ae0d5c5cf2d3975faa4890873c605d2f83624","assaygit":"unknown","assaypii":false,"assayproducer":"assay","assayproducerversion":"0.1.0","assayrunid":"run_demo_001","assaysecrets":false,"assayseq":1,"data":{"decision":"deny","reason_code":"P_TOOL_DENIED","tool":"read_file"},"datacontenttype":"application/json","id":"run_demo_001:1","source":"urn:assay:cli:0.1.0","specversion":"1.0","subject":"tool:read_file","time":"2026-01-15T09:30:00.250Z","type":"assay.tool.decision"}',
    );
    expect(b.manifest).toBe(
      '{"algorithms":{"canon":"jcs-rfc8785","hash":"sha256","root":"sha256(concat(content_hash + \\"\\\\n\\"))"},"bundle_id":"sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf","event_count":2,"files":{"events.ndjson":{"bytes":1064,"path":"events.ndjson","sha256":"sha256:c4f7072e3c6c91bb15850c2a946b9e315c05fc11f447b26318fdcc7b5b7100e0"}},"producer":{"name":"assay","version":"0.1.0"},"run_id":"run_demo_001","run_root":"sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf","schema_version":1}',
    );
    expect(Buffer.byteLength(b.manifest)).toBe(525);
    expect(sha256(b.manifest)).toBe('a539777e97d98195d0f06d9a7897198135b649337b24bc5b51addb08962d13f3');

    const tar = Buffer.from(b.tar);
    expect(tar.length).toBe(4608);
    expect(tar.subarray(148, 156).toString('latin1')).toBe('0012425\0');
    expect(tar.subarray(1536 + 148, 1536 + 156).toString('latin1')).toBe('0012445\0');
    expect(tar.subarray(124, 136).toString('latin1')).toBe('00000001015\0');
    expect(tar.subarray(257, 265).toString('hex')).toBe('7573746172202000');
    expect(tar[156]).toBe(0);
    expect(tar.subarray(265, 271).toString('latin1')).toBe('assay\0');
    expect(tar.subarray(4608 - 1024).every((x) => x === 0)).toBe(true);
    expect(sha256(tar)).toBe('1a62d23558d3cd9a18ed4873d4f0f2ab6676d7973c3012260dc7993a372afabc');

    const a = Buffer.from(b.archive);
    expect(a.length).toBe(770);
    expect(a.subarray(0, 10).toString('hex')).toBe('1f8b08000000000002ff');
    expect(sha256(a)).toBe('df2d1468fdef7ed4d9fd3abbad84b3070b6f93ed92a1520f2f582b8bf3dfe9d3');
  });

  it('more content-hash examples: empty subject counts, absent and null do not', () => {
    const base = { specversion: '1.0', type: 'assay.test', datacontenttype: 'application/json', data: {} };
    expect(contentHash({ ...base, subject: '' })).toBe('sha256:8565e1c8cebe9c15197cdefe84a27f595b904213a4d7d34898a753509903f2ea');
    expect(contentHash(base)).toBe('sha256:93a346ceb8d4d4de27397ad72da955a9342827fd6d0177549959c82fdb77d0de');
    expect(contentHash({ ...base, subject: null })).toBe('sha256:93a346ceb8d4d4de27397ad72da955a9342827fd6d0177549959c82fdb77d0de');
  });

  it('JCS example: UTF-16 key order, ECMAScript numbers, escapes', () => {
    const text = '{"b":1.50,"a":[1e21,0.000001,1e-7,-0],"\\u00e9":"caf\\u00e9","\\ud83d\\ude00":"x","\\uff21":"y","z":"a\\u0001\\n/"}';
    const out = canonicalize(strictParse(text, { maxDepth: 64 }).value);
    expect(out).toBe('{"a":[1e+21,0.000001,1e-7,0],"b":1.5,"z":"a\\u0001\\n/","é":"café","😀":"x","Ａ":"y"}');
    expect(sha256(out)).toBe('782c8e744c3940f0555249e09a9bcec3b93c5157dd07038363ae920d89da4f01');
  });

  it('the example archive verifies with the expected summary', async () => {
    const r = await verifyBundleBytes(buildBundle(demoEvents()).archive);
    expect(r).toMatchObject({
      bundle_id: ROOT,
      run_root: ROOT,
      run_id: 'run_demo_001',
      event_count: 2,
      time_min: '2026-01-15T09:30:00Z',
      time_max: '2026-01-15T09:30:00.250Z',
      archive_sha256: 'df2d1468fdef7ed4d9fd3abbad84b3070b6f93ed92a1520f2f582b8bf3dfe9d3',
      trailing_bytes: 0,
      verified: true,
    });
  });
});
