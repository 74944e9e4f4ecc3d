// Eval-score baselines through the gate: export, then compare improved / equal / regressed
// runs; per-test max_drop; absolute mode; missing or incompatible baselines are early exit-2 errors.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { gate, jsonl, rowsOf, tempDir, writeFiles } from './helpers.js';

function config(opts: { mode?: string; maxDrop?: string; testMaxDrop?: string } = {}): string {
  return [
    'suite: sim',
    'model: trace',
    'settings:',
    `  thresholding: {mode: ${opts.mode ?? 'relative'}${opts.maxDrop ? `, max_drop: ${opts.maxDrop}` : ''}}`,
    'tests:',
    '  - id: answer',
    '    input: q',
    '    expected:',
    '      type: semantic_similarity_to',
    '      text: reference',
    '      min_score: 0.5',
    ...(opts.testMaxDrop ? [`      thresholding: {max_drop: ${opts.testMaxDrop}}`] : []),
    '  - id: tools',
    '    input: t',
    '    expected: {type: tool_blocklist, blocked: [shell]}',
    '',
  ].join('\n');
}

/** A trace whose similarity score is `cos` (response vs reference vectors). */
function trace(cos: number): string {
  return jsonl(
    { prompt: 'q', response: 'a', meta: { assay: { embeddings: { model: 'm', response: [cos, Math.sqrt(1 - cos * cos), 0], reference: [1, 0, 0] } } } },
    { prompt: 't', response: 'ok', tool_calls: [{ tool_name: 'fs.read', args: {} }] },
  );
}

async function exportBaseline(dir: string, cos: number): Promise<void> {
  writeFiles(dir, { 'trace.jsonl': trace(cos) });
  const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
  expect(r.report.exitCode).toBe(0);
  fs.writeFileSync(path.join(dir, 'baseline.json'), r.evalBaseline!);
}

async function compare(dir: string, cos: number) {
  writeFiles(dir, { 'trace.jsonl': trace(cos) });
  return gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], baseline: 'baseline.json' });
}

describe('export', () => {
  it('one entry per exercised kind with a score, sorted; created_at and fingerprint', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': config() });
    await exportBaseline(dir, 0.9);
    const b = JSON.parse(fs.readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    expect(b.schema_version).toBe(1);
    expect(b.suite).toBe('sim');
    expect(b.created_at).toBe('1970-01-01T00:00:00Z');
    expect(b.config_fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(b.entries.map((e: { test_id: string; metric: string }) => `${e.test_id}/${e.metric}`)).toEqual(['answer/semantic_similarity_to', 'tools/tool_blocklist']);
    expect(b.entries[0].score).toBeCloseTo(0.9, 6);
  });

  it('is produced even when the gate fails', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': config(), 'trace.jsonl': trace(0.1) });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.reasonCode).toBe('E_TEST_FAILED');
    expect(JSON.parse(r.evalBaseline!).entries.length).toBe(2);
  });
});

describe('compare: improved, equal, regressed → 0, 0, 1', () => {
  it('gives the documented exits, reason codes and a baseline/regression finding naming test, metric and drop', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': config() });
    await exportBaseline(dir, 0.9);

    const improved = await compare(dir, 0.97);
    expect([improved.report.exitCode, improved.report.reasonCode]).toEqual([0, '']);
    expect(improved.report.inputs.baseline).toBe('baseline.json');
    expect(improved.report.provenance.baselineDigest).toMatch(/^sha256:/);

    const equal = await compare(dir, 0.9);
    expect([equal.report.exitCode, equal.report.reasonCode]).toEqual([0, '']);
    expect(equal.findings).toEqual([]);

    const regressed = await compare(dir, 0.8);
    expect([regressed.report.exitCode, regressed.report.reasonCode, regressed.report.message]).toEqual([1, 'E_TEST_FAILED', '1 test(s) failed']);
    expect(rowsOf(regressed)).toEqual([
      ['answer', 'fail', 'regression: semantic_similarity_to dropped 0.100 (limit: 0.050)'],
      ['tools', 'pass', 'ok'],
    ]);
    expect(regressed.findings.map((f) => [f.rule_id, f.level, f.source, f.test_id, f.message])).toEqual([
      ['baseline/regression', 'error', 'baseline', 'answer', 'regression: semantic_similarity_to dropped 0.100 (limit: 0.050) (test answer, metric semantic_similarity_to)'],
    ]);
    expect(regressed.findings[0]!.location).toEqual({ uri: 'eval.yaml', line: 9, col: 7 });
    expect(regressed.configSuites[0]!.rows[0]).toMatchObject({ status: 'fail', kind: 'baseline/regression', details: ['regression: semantic_similarity_to dropped 0.100 (limit: 0.050)'] });
  });

  it('a drop within max_drop passes; settings and per-test overrides change the limit', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': config() });
    await exportBaseline(dir, 0.9);
    expect((await compare(dir, 0.86)).report.exitCode).toBe(0);

    writeFiles(dir, { 'eval.yaml': config({ maxDrop: '0.2' }) });
    expect((await compare(dir, 0.75)).report.exitCode).toBe(0);

    writeFiles(dir, { 'eval.yaml': config({ maxDrop: '0.2', testMaxDrop: '0.01' }) });
    const r = await compare(dir, 0.87);
    expect(rowsOf(r)[0]).toEqual(['answer', 'fail', 'regression: semantic_similarity_to dropped 0.030 (limit: 0.010)']);
    // The config changed since the export: a warning, never a failure on its own.
    expect(r.report.warnings?.some((w) => w.startsWith('W_BASE_FINGERPRINT: baseline.json: config changed'))).toBe(true);
  });

  it('absolute mode skips score comparison; a missing entry warns in relative mode', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': config({ mode: 'absolute' }) });
    await exportBaseline(dir, 0.9);
    expect((await compare(dir, 0.6)).report.exitCode).toBe(0);

    writeFiles(dir, {
      'eval.yaml': config(),
      'baseline.json': JSON.stringify({ schema_version: 1, suite: 'sim', assay_version: '1.0.0', entries: [{ test_id: 'gone', metric: 'must_contain', score: 1 }] }),
    });
    const r = await compare(dir, 0.9);
    expect(r.report.exitCode).toBe(0);
    expect(rowsOf(r).map((x) => x[1])).toEqual(['warn', 'warn']);
    expect(r.findings.map((f) => f.rule_id)).toEqual(['baseline/missing', 'baseline/missing']);
    expect(r.report.warnings?.some((w) => w.startsWith('W_BASELINE_TEST_MISSING: baseline.json: '))).toBe(true);
  });
});

describe('missing or incompatible baselines: 2 E_BASELINE_INVALID, never a silent pass', () => {
  const cases: Array<[string, string | undefined, RegExp]> = [
    ['missing file', undefined, /cannot read baseline: no such file or directory/],
    ['not JSON', '{', /baseline is not JSON/],
    ['schema_version 2', JSON.stringify({ schema_version: 2, suite: 'sim', entries: [] }), /unsupported baseline schema_version 2/],
    ['another suite', JSON.stringify({ schema_version: 1, suite: 'other', entries: [] }), /baseline is for suite "other", not "sim"/],
    ['no entries', JSON.stringify({ schema_version: 1, suite: 'sim' }), /missing required key "entries"/],
  ];
  for (const [name, text, message] of cases) {
    it(name, async () => {
      const dir = tempDir();
      writeFiles(dir, { 'eval.yaml': config(), 'trace.jsonl': trace(0.9), ...(text !== undefined ? { 'baseline.json': text } : {}) });
      const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], baseline: 'baseline.json' });
      expect([r.report.exitCode, r.report.reasonCode, r.report.completed]).toEqual([2, 'E_BASELINE_INVALID', false]);
      expect(r.report.message).toMatch(message);
      expect(r.report.nextStep).toBe('Create a new baseline. Run: assay run --config eval.yaml --export-baseline baseline.json');
      expect(r.report.inputs.baseline).toBe('baseline.json');
    });
  }

  it('--baseline without an eval config is a usage error', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'p.yaml': 'version: "2.0"\ntools:\n  deny: [x]\n', 'trace.jsonl': trace(0.9), 'baseline.json': '{}' });
    const r = await gate({ dir, policy: 'p.yaml', traces: ['trace.jsonl'], baseline: 'baseline.json' });
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([2, 'E_INVALID_ARGS']);
  });
});
