import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { finalizeFindings } from '../../../src/core/report/finding.js';
import {
  buildDiffJson,
  buildFindingsBaseline,
  diffFindings,
  parseFindingsBaseline,
  readFindingsBaseline,
} from '../../../src/core/report/findings-baseline.js';
import { buildSarif } from '../../../src/core/report/sarif.js';
import { configDraft, noteDraft, policyDraft, testDraft, unstableDraft } from './_fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const current = finalizeFindings([policyDraft(), testDraft(), unstableDraft(), configDraft(), noteDraft()]);

function expectBaselineError(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).reasonCode).toBe('E_BASELINE_INVALID');
    expect((e as InputError).source).toBe('baseline');
    return;
  }
  throw new Error('expected E_BASELINE_INVALID');
}

describe('buildFindingsBaseline', () => {
  it('keeps error and warning findings, unique by fingerprint, sorted, without timestamps', () => {
    const text = buildFindingsBaseline([...current, ...current], { assayVersion: '1.0.0', category: 'assay' });
    const doc = JSON.parse(text);
    expect(Object.keys(doc)).toEqual(['schema', 'assay_version', 'category', 'findings']);
    expect(doc.schema).toBe('assay.findings_baseline.v1');
    expect(doc.findings).toHaveLength(4);
    const fps = doc.findings.map((f: { fingerprint: string }) => f.fingerprint);
    expect(fps).toEqual([...fps].sort());
    expect(doc.findings.every((f: { level: string }) => f.level === 'error' || f.level === 'warning')).toBe(true);
    expect(Object.keys(doc.findings[0])).toEqual(['fingerprint', 'rule_id', 'level']);
    expect(fps.every((fp: string) => /^sha256:[0-9a-f]{64}$/.test(fp))).toBe(true);
    expect(text).toBe(JSON.stringify(doc, null, 2) + '\n');
    expect(buildFindingsBaseline([...current].reverse(), { assayVersion: '1.0.0', category: 'assay' })).toBe(
      buildFindingsBaseline(current, { assayVersion: '1.0.0', category: 'assay' }),
    );
  });
});

describe('parseFindingsBaseline', () => {
  it('reads our format back', () => {
    const text = buildFindingsBaseline(current, { assayVersion: '1.0.0', category: 'assay' });
    const b = parseFindingsBaseline(text, 'findings-baseline.json');
    expect(b.format).toBe('assay');
    expect(b.fingerprints).toEqual(
      current
        .filter((f) => f.level !== 'note')
        .map((f) => f.fingerprint)
        .sort(),
    );
  });

  it('reads fingerprints from a SARIF log over all runs, normalised to sha256:<hex>', () => {
    const sarif = buildSarif({
      version: '1.0.0',
      runs: [
        { category: 'assay', kind: 'gate', findings: current.slice(0, 3), exitCode: 1 },
        { category: 'assay', kind: 'validate', findings: current.slice(3), exitCode: 0 },
      ],
    }).text;
    const b = parseFindingsBaseline(sarif, 'assay.sarif');
    expect(b.format).toBe('sarif');
    expect(b.fingerprints).toEqual(
      current
        .filter((f) => f.level !== 'note')
        .map((f) => f.fingerprint)
        .sort(),
    );
  });

  it('falls back to assayLintFingerprint/v1 and treats a missing level as warning', () => {
    const lint = {
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'assay-evidence-lint' } },
          results: [
            { ruleId: 'L1', partialFingerprints: { 'assayLintFingerprint/v1': 'lintfp-1' } },
            { ruleId: 'L2', level: 'note', partialFingerprints: { 'assayLintFingerprint/v1': 'lintfp-2' } },
            { ruleId: 'L3', level: 'error', partialFingerprints: { other: 'x' } },
          ],
        },
        { tool: { driver: { name: 'x' } } },
      ],
    };
    expect(parseFindingsBaseline(JSON.stringify(lint), 'lint.sarif')).toEqual({ format: 'sarif', fingerprints: ['lintfp-1'] });
  });

  it('refuses what it cannot read with E_BASELINE_INVALID', () => {
    expectBaselineError(() => parseFindingsBaseline('{not json', 'b.json'));
    expectBaselineError(() => parseFindingsBaseline('[]', 'b.json'));
    expectBaselineError(() => parseFindingsBaseline('{"schema":"other"}', 'b.json'));
    expectBaselineError(() => parseFindingsBaseline('{"schema":"assay.findings_baseline.v1"}', 'b.json'));
    expectBaselineError(() => parseFindingsBaseline('{"schema":"assay.findings_baseline.v1","findings":[{"rule_id":"x"}]}', 'b.json'));
    expectBaselineError(() => readFindingsBaseline(path.join(tmp, 'missing.json')));
  });

  it('reads a baseline file (BOM tolerated)', () => {
    const file = path.join(tmp, 'findings-baseline.json');
    fs.writeFileSync(file, '\uFEFF' + buildFindingsBaseline(current, { assayVersion: '1.0.0', category: 'assay' }));
    expect(readFindingsBaseline(file, 'findings-baseline.json').fingerprints).toHaveLength(4);
  });
});

describe('diffFindings', () => {
  it('splits error/warning fingerprints into new, fixed and unchanged and marks the findings', () => {
    const previous = finalizeFindings([policyDraft(), testDraft(), policyDraft({ subject: 'gone' })]);
    const baseline = parseFindingsBaseline(
      buildFindingsBaseline(previous, { assayVersion: '1.0.0', category: 'assay' }),
      'b.json',
    );
    const { findings, diff, counts } = diffFindings(current, baseline);
    const state = (rule: string): string | undefined => findings.find((f) => f.rule_id === rule)!.baseline_state;
    expect(state('policy/E_TOOL_DENIED')).toBe('unchanged');
    expect(state('test/tool_blocklist')).toBe('unchanged');
    expect(state('test/unstable')).toBe('new');
    expect(state('config/W_POLICY_EMPTY_ALLOW')).toBe('new');
    expect(state('policy/W_RULE_NOT_EXERCISED')).toBeUndefined();
    expect(findings.map((f) => f.fingerprint)).toEqual(current.map((f) => f.fingerprint));
    const gone = previous.filter((f) => !current.some((c) => c.fingerprint === f.fingerprint));
    expect(gone).toHaveLength(1);
    expect(diff.fixed).toEqual([gone[0]!.fingerprint]);
    expect(diff.new).toHaveLength(2);
    expect(diff.unchanged).toHaveLength(2);
    for (const list of [diff.new, diff.fixed, diff.unchanged]) expect(list).toEqual([...list].sort());
    expect(counts).toEqual({ found: true, new: 2, fixed: 1, unchanged: 2 });
    expect(Object.keys(findings.find((f) => f.rule_id === 'test/unstable')!).at(-1)).toBe('baseline_state');
  });

  it('finds nothing new against its own baseline, including a SARIF baseline with bare hex', () => {
    const own = parseFindingsBaseline(buildFindingsBaseline(current, { assayVersion: '1', category: 'c' }), 'b.json');
    expect(diffFindings(current, own).counts).toEqual({ found: true, new: 0, fixed: 0, unchanged: 4 });
    const sarif = buildSarif({ version: '1', runs: [{ category: 'other', kind: 'gate', findings: current, exitCode: 1 }] }).text;
    expect(diffFindings(current, parseFindingsBaseline(sarif, 's.sarif')).counts.unchanged).toBe(4);
  });

  it('writes diff.json with the three sorted lists', () => {
    const text = buildDiffJson({ new: ['sha256:b'], fixed: [], unchanged: ['sha256:a'] });
    expect(text).toBe('{\n  "new": [\n    "sha256:b"\n  ],\n  "fixed": [],\n  "unchanged": [\n    "sha256:a"\n  ]\n}\n');
  });
});
