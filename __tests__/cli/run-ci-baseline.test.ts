// Eval-score baselines through the built CLI: export, then compare an
// improved, an equal and a regressed run → exits 0, 0, 1 with the right reason codes; a missing or
// incompatible baseline is 2 E_BASELINE_INVALID, never a silent pass.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const CONFIG = `configVersion: 1
suite: answers
model: trace
settings:
  seed: 7
tests:
  - id: refund
    input: What is the refund window?
    expected:
      type: semantic_similarity_to
      semantic_similarity_to: Refunds within 30 days.
      min_score: 0.5
  - id: tools
    input: List the files
    expected:
      type: tool_blocklist
      blocked: ["shell.*"]
`;

function trace(cos: number): string {
  const embeddings = { model: 'm', response: [cos, Math.sqrt(1 - cos * cos), 0], reference: [1, 0, 0] };
  return [
    JSON.stringify({ prompt: 'What is the refund window?', response: 'Within 30 days.', meta: { assay: { embeddings } } }),
    JSON.stringify({ prompt: 'List the files', response: 'a, b', tool_calls: [{ tool_name: 'fs.list', args: {} }] }),
    '',
  ].join('\n');
}

function project(): string {
  const dir = tempDir();
  writeFiles(dir, { 'eval.yaml': CONFIG, 'trace.jsonl': trace(0.9) });
  return dir;
}

const summary = (dir: string) => JSON.parse(readFileSync(join(dir, '.assay/reports/summary.json'), 'utf8'));
const runJson = (dir: string) => JSON.parse(readFileSync(join(dir, '.assay/reports/run.json'), 'utf8'));

describe('export then compare', () => {
  it('improved, equal, regressed → 0, 0, 1 with "", "", E_TEST_FAILED and a baseline/regression finding', () => {
    const dir = project();
    const exp = runCli(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--export-baseline', 'baseline.json'], { cwd: dir });
    expect(exp.status).toBe(0);
    expect(exp.stderr).toContain('exported baseline to baseline.json');
    const b = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
    expect(b.entries.map((e: { test_id: string; metric: string }) => `${e.test_id}/${e.metric}`)).toEqual(['refund/semantic_similarity_to', 'tools/tool_blocklist']);

    const outcomes: Array<[number | null, string, string]> = [];
    for (const cos of [0.95, 0.9, 0.8]) {
      writeFileSync(join(dir, 'trace.jsonl'), trace(cos));
      const r = runCli(['ci', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--baseline', 'baseline.json'], { cwd: dir });
      const s = summary(dir);
      expect(s.exit_code).toBe(r.status);
      expect(runJson(dir).inputs.baseline).toBe('baseline.json');
      expect(s.provenance.baseline_digest).toMatch(/^sha256:[0-9a-f]{64}$/);
      outcomes.push([r.status, s.reason_code, s.message]);
      if (cos === 0.8) {
        expect(r.stderr).toMatch(/^❌ refund {15}regression: semantic_similarity_to dropped 0\.100 \(limit: 0\.050\)/m);
        const f = runJson(dir).findings.find((x: { rule_id: string }) => x.rule_id === 'baseline/regression');
        expect(f).toMatchObject({ level: 'error', source: 'baseline', test_id: 'refund', location: { uri: 'eval.yaml', line: 10, col: 7 } });
        expect(f.message).toBe('regression: semantic_similarity_to dropped 0.100 (limit: 0.050) (test refund, metric semantic_similarity_to)');
        const sarif = JSON.parse(readFileSync(join(dir, '.assay/reports/assay.sarif'), 'utf8'));
        expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(['baseline/regression']);
        expect(readFileSync(join(dir, '.assay/reports/junit.xml'), 'utf8')).toContain('<failure message="regression: semantic_similarity_to dropped 0.100 (limit: 0.050)" type="baseline/regression">');
      }
    }
    expect(outcomes).toEqual([
      [0, '', 'All tests passed'],
      [0, '', 'All tests passed'],
      [1, 'E_TEST_FAILED', '1 test(s) failed'],
    ]);
  });

  it('the baseline is exported even when the gate fails', () => {
    const dir = project();
    writeFileSync(join(dir, 'trace.jsonl'), trace(0.1));
    const r = runCli(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--export-baseline', 'out/baseline.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'out/baseline.json'), 'utf8')).entries[0].score).toBeCloseTo(0.1, 6);
  });
});

describe('bad baselines', () => {
  const cases: Array<[string, string | null, string]> = [
    ['missing', null, 'cannot read baseline: no such file or directory'],
    ['another suite', JSON.stringify({ schema_version: 1, suite: 'other', entries: [] }), 'baseline is for suite "other", not "answers"'],
    ['schema_version 2', JSON.stringify({ schema_version: 2, suite: 'answers', entries: [] }), 'unsupported baseline schema_version 2'],
    ['not JSON', 'nope', 'baseline is not JSON'],
  ];
  for (const [name, text, message] of cases) {
    it(`${name}: exit 2 E_BASELINE_INVALID, reports written`, () => {
      const dir = project();
      if (text !== null) writeFileSync(join(dir, 'baseline.json'), text);
      const r = runCli(['ci', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--baseline', 'baseline.json'], { cwd: dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expect(r.stderr).toContain('Next: Create a new baseline. Run: assay run --config eval.yaml --export-baseline baseline.json');
      const s = summary(dir);
      expect([s.exit_code, s.reason_code]).toEqual([2, 'E_BASELINE_INVALID']);
      expect(runJson(dir)).toMatchObject({ exit_code: 2, reason_code: 'E_BASELINE_INVALID', inputs: { baseline: 'baseline.json' } });
      expect(existsSync(join(dir, '.assay/reports/eval-baseline.json'))).toBe(false);
    });
  }

  it('--baseline with --export-baseline is a usage error', () => {
    const dir = project();
    const r = runCli(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--baseline', 'a.json', '--export-baseline', 'b.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Cannot use --baseline and --export-baseline together');
    expect(summary(dir).reason_code).toBe('E_INVALID_ARGS');
  });
});
