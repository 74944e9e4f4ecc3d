import { describe, expect, it } from 'vitest';
import type { ResultRow } from '../../../src/core/report/gate-report.js';
import { buildSummaryJson, countResults } from '../../../src/core/report/summary-json.js';
import { earlyReport, specReport, specRows } from './_gate-report.js';

describe('buildSummaryJson: completed run', () => {
  it('reproduces the example in reproducible mode, key order included', () => {
    const expected = {
      schema_version: 1,
      reason_code_version: 1,
      exit_code: 1,
      reason_code: 'E_TEST_FAILED',
      message: '1 test(s) failed',
      next_step: 'Run: assay explain no_shell for details',
      provenance: {
        assay_version: '1.0.0',
        verify_mode: 'enabled',
        trace_digest: 'sha256:3b5f',
        policy_digest: 'sha256:a90c',
        config_digest: 'sha256:e4d1',
      },
      results: { passed: 2, failed: 1, warned: 1, skipped: 0, total: 3 },
      performance: {
        total_duration_ms: 0,
        cache_hit_rate: 0.3333333333333333,
        slowest_tests: [
          { test_id: 'book_flight', duration_ms: 0 },
          { test_id: 'no_shell', duration_ms: 0 },
          { test_id: 'refund_answer', duration_ms: 0 },
        ],
        phase_timings: { ingest_ms: 0, eval_ms: 0, report_ms: 0 },
      },
      seeds: { seed_version: 1, order_seed: '1311768467294899695', judge_seed: null },
      judge_metrics: { abstain_rate: 0.0, flip_rate: 0.0, consensus_rate: 0.0, unavailable_count: 0 },
      findings: { error: 2, warning: 1, note: 0 },
      trace: { episodes: 3, skipped_lines: 1, ignored_lines: 0 },
      schema: 'assay.run_summary.v1',
    };
    const text = buildSummaryJson(specReport(), { reproducible: true });
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(expected));
    expect(text).toBe(JSON.stringify(expected, null, 2) + '\n');
  });

  it('keeps real timings outside reproducible mode; slowest tests by duration then id, at most 5', () => {
    const rows: ResultRow[] = [...specRows([5, 30, 30])];
    for (let i = 0; i < 4; i++) rows.push({ ...specRows()[1]!, test_id: `extra_${i}`, duration_ms: i });
    const doc = JSON.parse(buildSummaryJson(specReport({ results: rows }), { reproducible: false }));
    expect(doc.performance.total_duration_ms).toBe(1234);
    expect(doc.performance.phase_timings).toEqual({ ingest_ms: 12, eval_ms: 1000, report_ms: 222 });
    expect(doc.performance.slowest_tests).toEqual([
      { test_id: 'no_shell', duration_ms: 30 },
      { test_id: 'refund_answer', duration_ms: 30 },
      { test_id: 'book_flight', duration_ms: 5 },
      { test_id: 'extra_3', duration_ms: 3 },
      { test_id: 'extra_2', duration_ms: 2 },
    ]);
    expect(doc.performance.cache_hit_rate).toBeCloseTo(1 / 7);
  });

  it('adds sarif, evidence and baseline when they apply, schema always last', () => {
    const doc = JSON.parse(
      buildSummaryJson(
        specReport({ sarifOmitted: 3, evidence: { bundles: 2, verified: 1, failed: 1 }, baseline: { new: 1, fixed: 0, unchanged: 4 } }),
        { reproducible: true },
      ),
    );
    expect(Object.keys(doc)).toEqual([
      'schema_version',
      'reason_code_version',
      'exit_code',
      'reason_code',
      'message',
      'next_step',
      'provenance',
      'results',
      'performance',
      'seeds',
      'judge_metrics',
      'sarif',
      'evidence',
      'findings',
      'baseline',
      'trace',
      'schema',
    ]);
    expect(doc.sarif).toEqual({ omitted: 3 });
    expect(doc.baseline).toEqual({ found: true, new: 1, fixed: 0, unchanged: 4 });
  });

  it('omits results and per-row performance for a policy-only gate, and next_step on success', () => {
    const doc = JSON.parse(
      buildSummaryJson(
        specReport({ results: undefined, exitCode: 0, reasonCode: '', message: 'All checks passed', nextStep: 'ignored' }),
        { reproducible: true },
      ),
    );
    expect(doc.results).toBeUndefined();
    expect(doc.next_step).toBeUndefined();
    expect(doc.reason_code).toBe('');
    expect(doc.performance).toEqual({ total_duration_ms: 0, phase_timings: { ingest_ms: 0, eval_ms: 0, report_ms: 0 } });
    expect(doc.findings).toEqual({ error: 2, warning: 1, note: 0 });
  });

  it('makes the message render-safe but never touches next_step', () => {
    const doc = JSON.parse(
      buildSummaryJson(specReport({ message: 'token=abcd1234efgh \x1b[0m', nextStep: 'Run argv: ["assay","x","--config=a\\u001b.yaml"]' }), {
        reproducible: true,
      }),
    );
    expect(doc.message).toBe('token=<redacted:credential-assignment> \uFFFD');
    expect(doc.next_step).toBe('Run argv: ["assay","x","--config=a\\u001b.yaml"]');
  });
});

describe('buildSummaryJson: early exit', () => {
  it('reproduces the early-exit example', () => {
    const text = buildSummaryJson(
      earlyReport({
        reasonCode: 'E_MISSING_CONFIG',
        message: 'eval.yaml: config file not found',
        nextStep: 'Run: assay init to create a config file',
        orderSeed: '99',
      }),
      { reproducible: false },
    );
    expect(text).toBe(
      JSON.stringify(
        {
          schema_version: 1,
          reason_code_version: 1,
          exit_code: 2,
          reason_code: 'E_MISSING_CONFIG',
          message: 'eval.yaml: config file not found',
          next_step: 'Run: assay init to create a config file',
          provenance: { assay_version: '1.0.0', verify_mode: 'enabled' },
          seeds: { seed_version: 1, order_seed: null, judge_seed: null },
          schema: 'assay.run_summary.v1',
        },
        null,
        2,
      ) + '\n',
    );
  });
});

describe('countResults', () => {
  it('counts passed = pass + allowed_on_error + warn, failed = fail + error, warned = warn + flaky + unstable', () => {
    const base = specRows()[1]!;
    const statuses = ['pass', 'allowed_on_error', 'warn', 'fail', 'error', 'skipped', 'flaky', 'unstable'] as const;
    const rows = statuses.map((status, i) => ({ ...base, test_id: `t${i}`, status }));
    expect(countResults(rows)).toEqual({ passed: 3, failed: 2, warned: 3, skipped: 1, total: 8 });
  });
});
