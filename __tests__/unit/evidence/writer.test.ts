// the writer's eight refusals mirror verify's per-event rules; determinism; atomic write.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, writeBundle, type EventInput } from '../../../src/core/evidence/writer.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import { contentHash } from '../../../src/core/evidence/event.js';
import { canonicalize } from '../../../src/core/jcs.js';
import { bundleFrom, codeOf, demoEvents, manifestFor, manyEvents, prng } from './helpers.js';

function writerCode(events: EventInput[]): string {
  try {
    buildBundle(events);
    return 'OK';
  } catch (e) {
    if (e instanceof BundleError) return e.code;
    throw e;
  }
}

describe('writer', () => {
  it('refuses an empty list', () => {
    expect(() => buildBundle([])).toThrow(/Bundle is empty: at least one event required/);
  });

  it('sorts by seq (stable) and fills content hashes: input order does not matter', () => {
    const a = buildBundle(demoEvents());
    const b = buildBundle([...demoEvents()].reverse());
    expect(Buffer.from(a.archive).equals(Buffer.from(b.archive))).toBe(true);
    const again = buildBundle(demoEvents());
    expect(Buffer.from(again.archive).equals(Buffer.from(a.archive))).toBe(true);
  });

  it('renders times (not part of the content hash)', () => {
    const evs = demoEvents().map((e, i) => ({ ...e, time: i ? '2026-01-15T10:30:00.25+01:00' : e.time }));
    const b = buildBundle(evs);
    expect(b.events).toContain('"time":"2026-01-15T09:30:00.250Z"');
    expect(b.bundle_id).toBe(buildBundle(demoEvents()).bundle_id);
  });

  it('git is omitted from the producer when unknown, kept otherwise', () => {
    expect(buildBundle(demoEvents()).manifest).toContain('"producer":{"name":"assay","version":"0.1.0"}');
    const withGit = demoEvents().map((e) => ({ ...e, assaygit: 'abc123' }));
    expect(buildBundle(withGit).manifest).toContain('"producer":{"git":"abc123","name":"assay","version":"0.1.0"}');
  });

  it('the eight refusals', () => {
    const d = demoEvents();
    expect(writerCode([d[0]!, { ...d[1]!, assayseq: 2, id: 'run_demo_001:2' }])).toBe('ContractSequenceGap');
    expect(writerCode([{ ...d[1]!, assayseq: 1 }])).toBe('ContractSequenceStart');
    expect(writerCode([d[0]!, { ...d[1]!, assayrunid: 'other', id: 'other:1' }])).toBe('ContractRunIdMismatch');
    expect(writerCode([d[0]!, { ...d[1]!, source: 'urn:x:y' }])).toBe('ContractInvalidEvent');
    expect(writerCode(d.map((e) => ({ ...e, source: 'nocolon' })))).toBe('ContractInvalidEvent');
    expect(writerCode(d.map((e, i) => ({ ...e, assayrunid: 'a:b', id: `a:b:${i}` })))).toBe('ContractInvalidEvent');
    expect(writerCode([d[0]!, { ...d[1]!, assaycontenthash: 'sha256:' + '0'.repeat(64) }])).toBe('IntegrityEventHash');
    expect(writerCode([d[0]!, { ...d[1]!, id: 'x' }])).toBe('ContractInvalidEvent');
  });

  it('writer/verifier symmetry on generated inputs', async () => {
    const rnd = prng(99);
    let refused = 0;
    for (let n = 0; n < 300; n++) {
      const evs = manyEvents(1 + Math.floor(rnd() * 5));
      const i = Math.floor(rnd() * evs.length);
      const e = { ...evs[i]! } as Record<string, unknown>;
      switch (Math.floor(rnd() * 9)) {
        case 0: e.assayseq = (e.assayseq as number) + 1; break;
        case 1: e.assayrunid = 'x' + String(e.assayrunid); break;
        case 2: e.source = rnd() < 0.5 ? 'no-colon' : 'urn:other:z'; break;
        case 3: e.id = 'bad'; break;
        case 4: e.assaycontenthash = 'sha256:' + 'f'.repeat(64); break;
        case 5: e.specversion = '0.3'; break;
        case 6: e.assaypii = 'no'; break;
        case 7: e.time = 'not a time'; break;
        default: break;
      }
      evs[i] = e as EventInput;
      const w = writerCode(evs);
      // The same events written without the writer's checks, in seq order, as the verifier would see them.
      const sorted = [...evs].sort((a, b) => (a.assayseq as number) - (b.assayseq as number));
      const text = sorted.map((x) => canonicalize({ ...x, assaycontenthash: x.assaycontenthash ?? buildHash(x) }) + '\n').join('');
      const v = await codeOf(bundleFrom(text, manifestFor(text)));
      expect([n, w]).toEqual([n, v]);
      if (w !== 'OK') refused++;
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('writes atomically to the target directory', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const out = join(dir, 'b.tar.gz');
    const b = writeBundle(out, demoEvents());
    expect(readFileSync(out).equals(Buffer.from(b.archive))).toBe(true);
    expect(readdirSync(dir)).toEqual(['b.tar.gz']);
    expect(() => writeBundle(join(dir, 'c.tar.gz'), [])).toThrow(BundleError);
    expect(readdirSync(dir)).toEqual(['b.tar.gz']);
  });
});

function buildHash(x: EventInput): string {
  try {
    return contentHash(x);
  } catch {
    return 'sha256:' + '0'.repeat(64);
  }
}
