import { describe, expect, it } from 'vitest';
import { buildRunJson, buildRunReportJson } from '../../../src/core/report/run-json.js';
import { earlyReport, specReport, specRows } from './_gate-report.js';

const WARNING = 'W_TRACE_SKIPPED_LINE: traces/run.jsonl:8:1: invalid JSON: Unexpected token } in JSON at position 41';

/** , with `"details": {}` attempts and the documented key order everywhere. */
const SPEC_RUN_JSON = {
  run_id: 0,
  suite: 'travel-agent',
  results: [
    {
      test_id: 'book_flight',
      status: 'pass',
      score: 1.0,
      cached: false,
      message: 'ok',
      details: {
        metrics: {
          args_valid: { score: 1.0, passed: true, unstable: false, exercised: 'exercised', details: { violations: [] } },
        },
        prompt: 'Book AMS to LIS on Friday',
        'assay.replay': true,
        entry: { file: 'traces/run.jsonl', line: 1, by: 'prompt' },
      },
      duration_ms: 0,
      fingerprint: '4f0c',
      skip_reason: null,
      attempts: [{ attempt_no: 1, status: 'pass', message: 'ok', duration_ms: 0, details: {} }],
    },
    {
      test_id: 'no_shell',
      status: 'fail',
      score: 0.0,
      cached: false,
      message: 'failed: tool_blocklist',
      details: {
        metrics: {
          tool_blocklist: {
            score: 0.0,
            passed: false,
            unstable: false,
            exercised: 'exercised',
            details: { message: 'Blocked tool called: shell.exec' },
          },
        },
        prompt: 'Clean up the temp folder',
        'assay.replay': true,
        entry: { file: 'traces/run.jsonl', line: 9, by: 'prompt' },
      },
      duration_ms: 0,
      fingerprint: '9ab2',
      skip_reason: null,
      attempts: [{ attempt_no: 1, status: 'fail', message: 'failed: tool_blocklist', duration_ms: 0, details: {} }],
    },
    {
      test_id: 'refund_answer',
      status: 'warn',
      score: 0.67,
      cached: true,
      message: 'unstable metric: faithfulness',
      details: {
        metrics: {
          faithfulness: {
            score: 0.67,
            passed: true,
            unstable: true,
            exercised: 'exercised',
            details: {
              passed: true,
              score: 0.67,
              verdict: 'PASS',
              samples: 3,
              agreement: 0.67,
              source: 'cache',
              cache_key: 'sha256:1d7e',
            },
          },
        },
        prompt: 'Summarise the refund policy',
        'assay.replay': true,
        entry: { file: 'traces/run.jsonl', line: 15, by: 'prompt' },
      },
      duration_ms: 0,
      fingerprint: 'c31d',
      skip_reason: null,
      attempts: [{ attempt_no: 1, status: 'warn', message: 'unstable metric: faithfulness', duration_ms: 0, details: {} }],
    },
  ],
  order_seed: '1311768467294899695',
  runner_clone_ms: 0,
  exit_code: 1,
  reason_code: 'E_TEST_FAILED',
  reason_code_version: 1,
  seed_version: 1,
  judge_seed: null,
  judge_metrics: { abstain_rate: 0.0, flip_rate: 0.0, consensus_rate: 0.0, unavailable_count: 0 },
  inputs: {
    config: 'eval.yaml',
    trace_files: ['traces/run.jsonl'],
    policy: 'policies/mcp.yaml',
    baseline: null,
    findings_baseline: null,
    out_dir: '.assay/reports',
  },
  trace: { episodes: 3, records: 17, skipped_lines: 1, ignored_lines: 0 },
  findings: [
    {
      fingerprint: 'sha256:77e0',
      rule_id: 'policy/E_TOOL_DENIED',
      level: 'error',
      source: 'policy',
      message: "Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1)",
      test_id: 'no_shell',
      entry_key: 'Clean up the temp folder',
      tool: 'shell.exec',
      call_index: 1,
      policy_rule: 'tools.deny[0]=shell.*',
      location: { uri: 'traces/run.jsonl', line: 12, col: 1 },
      related: [{ uri: 'policies/mcp.yaml', line: 6, col: 7, message: 'deny pattern' }],
    },
    {
      fingerprint: 'sha256:0b91',
      rule_id: 'test/tool_blocklist',
      level: 'error',
      source: 'test',
      message: 'failed: tool_blocklist (Blocked tool called: shell.exec)',
      test_id: 'no_shell',
      location: { uri: 'eval.yaml', line: 21, col: 5 },
      related: [{ uri: 'traces/run.jsonl', line: 12, col: 1, message: 'call #1' }],
    },
    {
      fingerprint: 'sha256:5c2a',
      rule_id: 'test/unstable',
      level: 'warning',
      source: 'test',
      message: 'unstable metric: faithfulness (agreement 0.67)',
      test_id: 'refund_answer',
      location: { uri: 'eval.yaml', line: 30, col: 5 },
    },
  ],
  resolution: {
    exit_code: 1,
    reason_code: 'E_TEST_FAILED',
    message: '1 test(s) failed',
    next_step: 'Run: assay explain no_shell for details',
    warnings: [WARNING],
  },
  warnings: [WARNING],
};

describe('buildRunJson: completed run', () => {
  it('reproduces the example in reproducible mode, key order included', () => {
    const text = buildRunJson(specReport(), { reproducible: true });
    // JSON.stringify keeps insertion order, so equal strings mean equal key order at every level.
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(SPEC_RUN_JSON));
  });

  it('is pretty JSON with a final newline and byte-identical across builds', () => {
    const a = buildRunJson(specReport(), { reproducible: true });
    expect(a).toBe(JSON.stringify(JSON.parse(a), null, 2) + '\n');
    expect(buildRunJson(specReport({ results: [...specRows()].reverse() }), { reproducible: true })).toBe(a);
  });

  it('keeps run_id and durations outside reproducible mode and zeroes them inside', () => {
    const report = specReport({ results: specRows([7, 8, 9]) });
    const live = JSON.parse(buildRunJson(report, { reproducible: false }));
    expect(live.run_id).toBe(987654);
    expect(live.results.map((r: { duration_ms: number }) => r.duration_ms)).toEqual([7, 8, 9]);
    expect(live.results[0].attempts[0].duration_ms).toBe(7);
    const repro = JSON.parse(buildRunJson(report, { reproducible: true }));
    expect(repro.run_id).toBe(0);
    expect(repro.results.map((r: { duration_ms: number }) => r.duration_ms)).toEqual([0, 0, 0]);
  });

  it('adds sarif, baseline and error_policy_applied only when they apply', () => {
    const rows = specRows();
    rows[0] = { ...rows[0]!, status: 'allowed_on_error', error_policy_applied: 'allow' };
    const doc = JSON.parse(
      buildRunJson(specReport({ results: rows, sarifOmitted: 12, baseline: { new: 1, fixed: 2, unchanged: 3 } }), {
        reproducible: true,
      }),
    );
    expect(Object.keys(doc)).toEqual([
      'run_id',
      'suite',
      'results',
      'order_seed',
      'runner_clone_ms',
      'exit_code',
      'reason_code',
      'reason_code_version',
      'seed_version',
      'judge_seed',
      'judge_metrics',
      'sarif',
      'inputs',
      'trace',
      'findings',
      'baseline',
      'resolution',
      'warnings',
    ]);
    expect(doc.sarif).toEqual({ omitted: 12 });
    expect(doc.baseline).toEqual({ found: true, new: 1, fixed: 2, unchanged: 3 });
    const refund = doc.results.find((r: { test_id: string }) => r.test_id === 'refund_answer');
    expect(Object.keys(refund).at(-1)).toBe('error_policy_applied');
    const none = JSON.parse(buildRunJson(specReport({ sarifOmitted: 0, warnings: [], judgeMetrics: undefined, trace: undefined }), { reproducible: true }));
    expect(Object.keys(none)).not.toContain('sarif');
    expect(Object.keys(none)).not.toContain('warnings');
    expect(Object.keys(none)).not.toContain('judge_metrics');
    expect(Object.keys(none)).not.toContain('trace');
    expect(none.resolution.warnings).toBeUndefined();
  });

  it('writes an empty results array for a policy-only gate and a success without next_step', () => {
    const doc = JSON.parse(
      buildRunJson(
        specReport({ suite: 'policy', results: undefined, exitCode: 0, reasonCode: '', message: 'All checks passed', nextStep: undefined }),
        { reproducible: true },
      ),
    );
    expect(doc.suite).toBe('policy');
    expect(doc.results).toEqual([]);
    expect(doc.resolution).toEqual({ exit_code: 0, reason_code: '', message: 'All checks passed', warnings: [WARNING] });
  });

  it('makes row text render-safe and redacts prompts on request, leaving ids and digests alone', () => {
    const rows = specRows();
    rows[1] = {
      ...rows[1]!,
      message: 'failed: \x1b[31mtool_blocklist\x1b[0m',
      details: {
        ...rows[1]!.details,
        prompt: 'Email me at someone@example.com',
        assertions: [{ index: 0, type: 'trace_must_call_tool', passed: false, code: 'E_TRACE_ASSERT_FAIL', message: 'x\u202Ey' }],
        run_error_kind: 'internal',
        extra_note: 'Bearer abcdefgh12345678',
      },
    };
    const plain = JSON.parse(buildRunJson(specReport({ results: rows }), { reproducible: true }));
    const book = plain.results[0];
    expect(book.message).toBe('failed: \uFFFDtool_blocklist\uFFFD');
    expect(book.attempts[0].message).toBe('failed: \uFFFDtool_blocklist\uFFFD');
    expect(book.details.prompt).toBe('Email me at <redacted:email>');
    expect(Object.keys(book.details)).toEqual([
      'metrics',
      'prompt',
      'assay.replay',
      'entry',
      'assertions',
      'run_error_kind',
      'extra_note',
    ]);
    expect(book.details.assertions).toEqual([
      { index: 0, type: 'trace_must_call_tool', passed: false, code: 'E_TRACE_ASSERT_FAIL', message: 'x\uFFFDy' },
    ]);
    expect(book.details.extra_note).toBe('Bearer <redacted:bearer-token>');
    expect(book.fingerprint).toBe('4f0c');
    const redacted = JSON.parse(buildRunJson(specReport({ results: rows }), { reproducible: true, redactPrompts: true }));
    expect(redacted.results[0].details.prompt).toMatch(/^<redacted:prompt sha256:[0-9a-f]{12}>$/);
    const msg = JSON.parse(buildRunJson(specReport({ message: 'bad \x07 bell' }), { reproducible: true }));
    expect(msg.resolution.message).toBe('bad \uFFFD bell');
    expect(msg.resolution.next_step).toBe('Run: assay explain no_shell for details');
  });
});

describe('buildRunJson: early exit', () => {
  it('writes exactly the minimal shape', () => {
    const text = buildRunJson(earlyReport(), { reproducible: false });
    const expected = {
      exit_code: 2,
      reason_code: 'E_TRACE_NOT_FOUND',
      reason_code_version: 1,
      seed_version: 1,
      order_seed: null,
      judge_seed: null,
      inputs: {
        config: 'eval.yaml',
        trace_files: ['traces/missing.jsonl'],
        policy: null,
        baseline: null,
        findings_baseline: null,
        out_dir: '.assay/reports',
      },
      resolution: {
        exit_code: 2,
        reason_code: 'E_TRACE_NOT_FOUND',
        message: 'traces/missing.jsonl: cannot open trace file: no such file or directory',
        next_step: 'Check trace file exists: traces/missing.jsonl',
      },
    };
    expect(JSON.stringify(JSON.parse(text))).toBe(JSON.stringify(expected));
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('ignores rows and seeds given with an early exit', () => {
    const doc = JSON.parse(buildRunJson(earlyReport({ orderSeed: '42', results: specRows(), runId: 5 }), { reproducible: false }));
    expect(doc.order_seed).toBeNull();
    expect(doc.results).toBeUndefined();
    expect(doc.run_id).toBeUndefined();
  });
});

describe('buildRunReportJson', () => {
  it('prints assay.run_report.v1 with sorted rows', () => {
    const doc = JSON.parse(buildRunReportJson(specReport(), { reproducible: true }));
    expect(Object.keys(doc)).toEqual(['schema', 'schema_version', 'run_id', 'suite', 'results']);
    expect(doc.schema).toBe('assay.run_report.v1');
    expect(doc.results.map((r: { test_id: string }) => r.test_id)).toEqual(['book_flight', 'no_shell', 'refund_answer']);
  });
});
