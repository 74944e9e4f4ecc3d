// The / run as a GateReport (not a test file itself).
import type { Finding } from '../../../src/core/report/finding.js';
import type { GateReport, ResultRow } from '../../../src/core/report/gate-report.js';

export const SPEC_FINDINGS: Finding[] = [
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
];

/** Rows given out of order on purpose (the writer sorts by test id). */
export function specRows(durations: [number, number, number] = [0, 0, 0]): ResultRow[] {
  return [
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
        entry: { file: 'traces/run.jsonl', line: 15, by: 'prompt' },
      },
      duration_ms: durations[2],
      fingerprint: 'c31d',
      skip_reason: null,
    },
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
        entry: { file: 'traces/run.jsonl', line: 1, by: 'prompt' },
      },
      duration_ms: durations[0],
      fingerprint: '4f0c',
      skip_reason: null,
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
        entry: { file: 'traces/run.jsonl', line: 9, by: 'prompt' },
      },
      duration_ms: durations[1],
      fingerprint: '9ab2',
      skip_reason: null,
    },
  ];
}

const WARNING = 'W_TRACE_SKIPPED_LINE: traces/run.jsonl:8:1: invalid JSON: Unexpected token } in JSON at position 41';

export function specReport(over: Partial<GateReport> = {}): GateReport {
  return {
    exitCode: 1,
    reasonCode: 'E_TEST_FAILED',
    message: '1 test(s) failed',
    nextStep: 'Run: assay explain no_shell for details',
    completed: true,
    suite: 'travel-agent',
    results: specRows(),
    orderSeed: '1311768467294899695',
    inputs: {
      config: 'eval.yaml',
      trace_files: ['traces/run.jsonl'],
      policy: 'policies/mcp.yaml',
      baseline: null,
      findings_baseline: null,
      out_dir: '.assay/reports',
    },
    trace: { episodes: 3, records: 17, skipped_lines: 1, ignored_lines: 0 },
    findings: SPEC_FINDINGS,
    provenance: {
      assayVersion: '1.0.0',
      verifyMode: 'enabled',
      traceDigest: 'sha256:3b5f',
      policyDigest: 'sha256:a90c',
      configDigest: 'sha256:e4d1',
    },
    performance: { totalDurationMs: 1234, ingestMs: 12, evalMs: 1000, reportMs: 222 },
    warnings: [WARNING],
    judgeMetrics: { abstain_rate: 0.0, flip_rate: 0.0, consensus_rate: 0.0, unavailable_count: 0 },
    runId: 987654,
    ...over,
  };
}

export function earlyReport(over: Partial<GateReport> = {}): GateReport {
  return {
    exitCode: 2,
    reasonCode: 'E_TRACE_NOT_FOUND',
    message: 'traces/missing.jsonl: cannot open trace file: no such file or directory',
    nextStep: 'Check trace file exists: traces/missing.jsonl',
    completed: false,
    suite: 'travel-agent',
    orderSeed: null,
    inputs: {
      config: 'eval.yaml',
      trace_files: ['traces/missing.jsonl'],
      policy: null,
      baseline: null,
      findings_baseline: null,
      out_dir: '.assay/reports',
    },
    findings: [],
    provenance: { assayVersion: '1.0.0', verifyMode: 'enabled' },
    ...over,
  };
}
