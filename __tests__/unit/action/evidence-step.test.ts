import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError } from '../../../src/core/errors.js';
import { writeTestBundle } from '../../action/harness.js';
import { coreEvidenceBackend, runEvidence, type EvidenceBackend } from '../../../src/action/evidence-step.js';
import { pathRef, type PackRef } from '../../../src/action/inputs.js';

const CICD: PackRef[] = [{ kind: 'builtin', name: 'cicd-starter' }];

function workspaceWithBundles(): { ws: string; good: string; secret: string; bad: string } {
  const ws = mkdtempSync(join(tmpdir(), 'assay-evidence-'));
  const good = join(ws, 'a-good.tar.gz');
  const secret = join(ws, 'b-secret.tar.gz');
  const bad = join(ws, 'c-tampered.tar.gz');
  writeTestBundle(good, 'r1');
  writeTestBundle(secret, 'r2', 'deploy with token=abc');
  writeTestBundle(bad, 'r3');
  const bytes = readFileSync(bad);
  const at = bytes.length - 12; // inside the deflate stream / trailer
  bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
  writeFileSync(bad, bytes);
  return { ws, good, secret, bad };
}

describe('evidence step (core evidence API)', () => {
  it('verifies every bundle, lints the verified ones, names the first failing bundle', async () => {
    const { ws, good, secret, bad } = workspaceWithBundles();
    const refs = [good, secret, bad].map((p) => pathRef(p, ws));
    const r = await runEvidence(refs, CICD, coreEvidenceBackend(ws));
    expect(r.counts).toEqual({ bundles: 3, verified: 2, failed: 1 });
    expect(r.bundles.map((b) => b.status)).toEqual(['verified', 'verified', 'failed']);
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ source: 'verify', exitCode: 2 });
    expect(r.verdicts[0]!.reasonCode).toMatch(/^E_EVIDENCE_/);
    expect(r.verdicts[0]!.message.startsWith('c-tampered.tar.gz: ')).toBe(true);
    const failure = r.findings.find((f) => f.rule_id.startsWith('E_EVIDENCE_'))!;
    expect(failure.location.uri).toBe('c-tampered.tar.gz');

    const w001 = r.lintFindings.find((f) => f.rule_id === 'ASSAY-W001')!;
    expect(w001.level).toBe('warning');
    expect(w001.location.uri).toBe('b-secret.tar.gz');
    // Lint fingerprints and the event's logical location ride along to SARIF.
    const extras = [...r.extras.values()].find((x) => x.logicalLocations !== undefined)!;
    expect(extras.partialFingerprints!['assayLintFingerprint/v1']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(extras.logicalLocations).toEqual([{ name: 'seq:1', kind: 'event' }]);
    expect(r.lintReports.map((l) => l.file)).toEqual(['a-good.tar.gz.json', 'b-secret.tar.gz.json']);
    expect(JSON.parse(r.lintReports[0]!.json).verified).toBe(true);
    expect(r.junitSuites.map((s) => s.name)).toEqual(['evidence:a-good.tar.gz', 'evidence:b-secret.tar.gz', 'evidence:c-tampered.tar.gz']);
  });

  it('the same finding in two bundles keeps two fingerprints (the bundle path is the subject)', async () => {
    const { ws, good, secret } = workspaceWithBundles();
    const r = await runEvidence([good, secret].map((p) => pathRef(p, ws)), CICD, coreEvidenceBackend(ws));
    const fps = r.lintFindings.map((f) => f.fingerprint);
    expect(new Set(fps).size).toBe(fps.length);
  });

  it('an unknown pack is exit 2 E_CFG_PARSE naming it; bundles are still verified, not linted', async () => {
    const { ws, good, bad } = workspaceWithBundles();
    const r = await runEvidence([good, bad].map((p) => pathRef(p, ws)), [{ kind: 'builtin', name: 'cicd-startr' }], coreEvidenceBackend(ws));
    expect(r.counts).toEqual({ bundles: 2, verified: 1, failed: 1 });
    expect(r.lintFindings).toEqual([]);
    expect(r.verdicts.map((v) => [v.source, v.exitCode])).toEqual([
      ['verify', 2],
      ['lint', 2],
    ]);
    expect(r.verdicts[1]).toMatchObject({ reasonCode: 'E_CFG_PARSE', message: expect.stringContaining('cicd-startr') });
  });

  it('a backend error while linting one bundle does not stop the others', async () => {
    const seen: string[] = [];
    const backend: EvidenceBackend = {
      loadPacks: async () => ({ warnings: ['rule X defined twice'] }),
      async check(b) {
        seen.push(b.display);
        if (b.display === 'x.tar.gz') throw new ConfigError('E_CFG_PARSE', 'pack rule cannot run');
        return { ok: true, findings: [], reportJson: '{}\n' };
      },
    };
    const ws = mkdtempSync(join(tmpdir(), 'assay-evidence-'));
    const r = await runEvidence(['x.tar.gz', 'y.tar.gz'].map((p) => pathRef(p, ws)), CICD, backend);
    expect(seen).toEqual(['x.tar.gz', 'y.tar.gz']);
    expect(r.warnings).toEqual(['rule X defined twice']);
    expect(r.verdicts).toEqual([expect.objectContaining({ source: 'lint', reasonCode: 'E_CFG_PARSE' })]);
  });
});
