import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { lintLevel, runEvidence, type EvidenceBackend, type LintFindingLike } from '../../../src/action/evidence-step.js';
import type { PathRef } from '../../../src/action/inputs.js';

const ref = (display: string): PathRef => ({ given: display, path: `/ws/${display}`, display });
const lf = (rule: string, severity: string, seq: number | null): LintFindingLike => ({
  rule_id: rule,
  severity,
  message: `${rule} fired`,
  location: seq === null ? null : { seq, line: seq + 1, event_type: 'assay.tool.decision' },
  fingerprint: `sha256:${'a'.repeat(63)}${seq ?? 'f'}`,
});

function backend(failing: Record<string, string>, lint: LintFindingLike[] = []): EvidenceBackend & { linted: string[] } {
  const linted: string[] = [];
  return {
    linted,
    async verify(path) {
      const code = failing[path];
      return code ? { ok: false, reasonCode: code as 'E_EVIDENCE_INTEGRITY', message: 'Content hash mismatch at seq 0' } : { ok: true };
    },
    async lint(path) {
      linted.push(path);
      return { findings: lint, reportJson: '{"findings":[]}\n' };
    },
  };
}

describe('evidence step', () => {
  it('severity maps case-insensitively in one place', () => {
    expect(['Error', 'ERROR', 'Warn', 'warning', 'Info', 'note'].map(lintLevel)).toEqual(['error', 'error', 'warning', 'warning', 'note', 'note']);
  });

  it('every bundle is verified; verified ones are linted; the first failing bundle names the reason', async () => {
    const b = backend({ '/ws/b.tar.gz': 'E_EVIDENCE_INTEGRITY', '/ws/c.tar.gz': 'E_EVIDENCE_CONTRACT' }, [lf('ASSAY-W001', 'Warn', 3), lf('cicd-starter@1.0.0:CICD-001', 'Error', null)]);
    const r = await runEvidence([ref('a.tar.gz'), ref('b.tar.gz'), ref('c.tar.gz'), ref('d.tar.gz')], [{ kind: 'builtin', name: 'cicd-starter' }], b);
    expect(b.linted).toEqual(['/ws/a.tar.gz', '/ws/d.tar.gz']);
    expect(r.counts).toEqual({ bundles: 4, verified: 2, failed: 2 });
    expect(r.verdicts).toHaveLength(1);
    expect(r.verdicts[0]).toMatchObject({ source: 'verify', exitCode: 2, reasonCode: 'E_EVIDENCE_INTEGRITY' });
    expect(r.verdicts[0]!.message).toContain('b.tar.gz');
    const verifyResults = r.findings.filter((f) => f.rule_id.startsWith('E_EVIDENCE_'));
    expect(verifyResults.map((f) => [f.rule_id, f.location.uri, f.level])).toEqual([
      ['E_EVIDENCE_INTEGRITY', 'b.tar.gz', 'error'],
      ['E_EVIDENCE_CONTRACT', 'c.tar.gz', 'error'],
    ]);
    const lint = r.findings.filter((f) => !f.rule_id.startsWith('E_EVIDENCE_'));
    expect(lint.map((f) => f.level)).toEqual(['warning', 'error', 'warning', 'error']);
    const located = lint.find((f) => f.rule_id === 'ASSAY-W001')!;
    const extras = [...r.extras.values()][0]!;
    expect(located.location).toEqual({ uri: 'a.tar.gz', line: 1, col: 1 });
    expect(extras.logicalLocations).toEqual([{ name: 'seq:3', kind: 'event' }]);
    expect(extras.partialFingerprints!['assayLintFingerprint/v1']).toMatch(/^sha256:/);
    expect(extras.partialFingerprints!.primaryLocationLineHash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.lintReports.map((x) => x.file)).toEqual(['a.tar.gz.json', 'd.tar.gz.json']);
    expect(r.junitSuites.map((s) => s.name)).toEqual(['evidence:a.tar.gz', 'evidence:b.tar.gz', 'evidence:c.tar.gz', 'evidence:d.tar.gz']);
  });

  it('a pack that cannot be loaded is exit 2 E_CFG_PARSE naming the pack', async () => {
    const b: EvidenceBackend = {
      async verify() {
        return { ok: true };
      },
      async lint() {
        throw new ConfigError('E_CFG_PARSE', 'pack "nope" not found (did you mean "soc2-baseline"?)');
      },
    };
    const r = await runEvidence([ref('a.tar.gz')], [{ kind: 'builtin', name: 'nope' }], b);
    expect(r.verdicts).toEqual([expect.objectContaining({ source: 'lint', exitCode: 2, reasonCode: 'E_CFG_PARSE', message: expect.stringContaining('"nope"') })]);
  });

  it('without the evidence engine bundles are listed as not verified, with one warning', async () => {
    const r = await runEvidence([ref('a.tar.gz'), ref('b.tar.gz')], [], undefined);
    expect(r.bundles.map((b) => b.status)).toEqual(['unsupported', 'unsupported']);
    expect(r.verdicts).toEqual([]);
    expect(r.warnings).toHaveLength(1);
  });
});
