import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { buildBaseline, compareWithBaseline, loadBaseline, parseBaseline, serializeBaseline, type EvalBaseline } from '../../../src/core/eval/baseline.js';
import { decideGateOutcome } from '../../../src/core/eval/outcome.js';
import type { MetricResult, ResultRow, RowStatus, RunErrorKind } from '../../../src/core/eval/types.js';
import { load, tempDir, writeFiles } from './helpers.js';

function metric(score: number | null, exercised: 'exercised' | 'not_exercised' = 'exercised', details: Record<string, unknown> = {}): MetricResult {
  return { score, passed: true, unstable: false, exercised, details };
}

function row(test_id: string, status: RowStatus, metrics: Record<string, MetricResult> = {}, kind?: RunErrorKind, message = 'ok'): ResultRow {
  return {
    test_id,
    status,
    score: null,
    cached: false,
    message,
    details: { metrics, prompt: 'p', 'assay.replay': true, ...(kind ? { run_error_kind: kind } : {}) },
    duration_ms: 0,
    fingerprint: 'f',
    skip_reason: null,
    attempts: [{ attempt_no: 1, status, message, duration_ms: 0, details: {} }],
  };
}

describe('eval baseline export', () => {
  it('one entry per exercised kind with a numeric score, sorted; byte-stable', () => {
    const rows = [
      row('z', 'pass', { faithfulness: metric(0.67) }),
      row('a', 'pass', { must_contain: metric(1) }),
      row('b', 'pass', { args_valid: metric(null, 'not_exercised') }),
      row('c', 'skipped'),
    ];
    const b = buildBaseline(rows, { suite: 's', assayVersion: '1.0.0', createdAt: '1970-01-01T00:00:00Z', configFingerprint: 'sha256:ab' });
    expect(b).toEqual({
      schema_version: 1,
      suite: 's',
      assay_version: '1.0.0',
      created_at: '1970-01-01T00:00:00Z',
      config_fingerprint: 'sha256:ab',
      entries: [
        { test_id: 'a', metric: 'must_contain', score: 1, meta: { exercised: 'exercised' } },
        { test_id: 'z', metric: 'faithfulness', score: 0.67, meta: { exercised: 'exercised' } },
      ],
    });
    expect(serializeBaseline(b).endsWith('}\n')).toBe(true);
    expect(serializeBaseline(b)).toBe(serializeBaseline(buildBaseline([...rows].reverse(), { suite: 's', assayVersion: '1.0.0', createdAt: '1970-01-01T00:00:00Z', configFingerprint: 'sha256:ab' })));
  });
});

describe('eval baseline load', () => {
  const base = (over: Record<string, unknown> = {}) =>
    JSON.stringify({ schema_version: 1, suite: 's', assay_version: '1.0.0', created_at: 'x', config_fingerprint: 'sha256:00', entries: [], ...over });

  it('refuses unreadable, non-JSON, wrong schema_version, missing keys, other suite (E_BASELINE_INVALID)', () => {
    const cases: Array<[string, RegExp]> = [
      ['not json', /baseline is not JSON/],
      [base({ schema_version: 2 }), /unsupported baseline schema_version 2 \(supported: 1\)/],
      [JSON.stringify({ schema_version: 1, suite: 's' }), /missing required key "entries"/],
      [base({ suite: 'other' }), /baseline is for suite "other", not "s"/],
      [base({ entries: [{ test_id: 'a' }] }), /entries\[0\] needs/],
    ];
    for (const [text, re] of cases) {
      try {
        parseBaseline(text, 'b.json', { suite: 's', assayVersion: '1.0.0' });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).reasonCode).toBe('E_BASELINE_INVALID');
        expect((e as InputError).message).toMatch(re);
        expect((e as InputError).nextStep).toBe('Create a new baseline. Run: assay run --export-baseline b.json');
      }
    }
    expect(() => loadBaseline(path.join(tempDir(), 'none.json'), 'none.json', { suite: 's', assayVersion: '1' })).toThrow(
      'none.json: cannot read baseline: no such file or directory',
    );
  });

  it('suite mismatch can be ignored (action-restored baselines)', () => {
    const r = parseBaseline(base({ suite: 'other' }), 'b.json', { suite: 's', assayVersion: '1.0.0', suiteMismatch: 'ignore' });
    expect(r.baseline).toBeUndefined();
    expect(r.warnings[0]!.code).toBe('W_BASE_FINGERPRINT');
  });

  it('assay_version / config_fingerprint mismatch → W_BASE_FINGERPRINT; md5 fingerprints are compared with md5', () => {
    const bytes = new TextEncoder().encode('suite: s\n');
    const sha = `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
    const md5 = `md5:${createHash('md5').update(bytes).digest('hex')}`;
    expect(parseBaseline(base({ config_fingerprint: sha }), 'b', { suite: 's', assayVersion: '1.0.0', configBytes: bytes }).warnings).toEqual([]);
    expect(parseBaseline(base({ config_fingerprint: md5 }), 'b', { suite: 's', assayVersion: '1.0.0', configBytes: bytes }).warnings).toEqual([]);
    const w = parseBaseline(base(), 'b', { suite: 's', assayVersion: '2.0.0', configBytes: bytes }).warnings.map((x) => x.message);
    expect(w).toEqual([
      'baseline was written by assay 1.0.0; this is 2.0.0',
      'config changed since the baseline was exported (config_fingerprint differs)',
    ]);
  });

  it('loads a file written by export', () => {
    const dir = tempDir();
    const b = buildBaseline([row('a', 'pass', { relevance: metric(0.9) })], { suite: 's', assayVersion: '1', createdAt: 't', configFingerprint: 'sha256:00' });
    writeFiles(dir, { 'b.json': serializeBaseline(b) });
    expect(loadBaseline(path.join(dir, 'b.json'), 'b.json', { suite: 's', assayVersion: '1' }).baseline?.entries).toEqual(b.entries);
  });
});

describe('eval baseline compare', () => {
  const cfg = load(
    'suite: s\nmodel: trace\ntests:\n  - id: f\n    input: a\n    expected: {type: faithfulness, thresholding: {max_drop: 0.2}}\n  - id: g\n    input: b\n    expected: {type: relevance}\n  - id: h\n    input: c\n    expected: {type: args_valid, schema: {t: {type: object}}}\n',
  ).result!.config;
  const baseline: EvalBaseline = {
    schema_version: 1,
    suite: 's',
    assay_version: '1',
    created_at: '',
    config_fingerprint: '',
    entries: [
      { test_id: 'f', metric: 'faithfulness', score: 0.9, meta: { exercised: 'exercised' } },
      { test_id: 'g', metric: 'relevance', score: 0.9, meta: { exercised: 'exercised' } },
      { test_id: 'h', metric: 'args_valid', score: 1, meta: { exercised: 'exercised' } },
      { test_id: 'gone', metric: 'relevance', score: 1, meta: { exercised: 'exercised' } },
    ],
  };

  it('relative: drop beyond max_drop fails (per-test override), exactly at the limit passes', () => {
    const rows = [row('f', 'pass', { faithfulness: metric(0.75) }), row('g', 'pass', { relevance: metric(0.83) }), row('h', 'pass', { args_valid: metric(1) })];
    const r = compareWithBaseline(rows, cfg.tests, baseline, cfg.settings.thresholding);
    expect(r.rows.map((x) => [x.test_id, x.status, x.message])).toEqual([
      ['f', 'pass', 'ok'],
      ['g', 'fail', 'regression: relevance dropped 0.070 (limit: 0.050)'],
      ['h', 'pass', 'ok'],
    ]);
    expect(r.rows[1]!.attempts[0]!.status).toBe('fail');
    expect(r.findings).toEqual([{ test_id: 'g', kind: 'relevance', type: 'regression', status: 'fail', message: 'regression: relevance dropped 0.070 (limit: 0.050)' }]);
    expect(r.warnings.map((w) => `${w.code}: ${w.message}`)).toEqual(['W_BASELINE_TEST_MISSING: baseline has entries for test "gone", which no longer exists']);
    const edge = compareWithBaseline([row('g', 'pass', { relevance: metric(0.85) })], cfg.tests, baseline, cfg.settings.thresholding);
    expect(edge.rows[0]!.status).toBe('pass');
  });

  it('coverage regression and missing baseline warn; min_floor fails; the worse status wins', () => {
    const rows = [
      row('h', 'pass', { args_valid: metric(null, 'not_exercised') }),
      row('new', 'pass', { relevance: metric(0.95) }),
      row('f', 'fail', { faithfulness: metric(0.4) }, undefined, 'failed: faithfulness'),
    ];
    const r = compareWithBaseline(rows, cfg.tests, baseline, { mode: 'relative', max_drop: 0.05, min_floor: 0.5 });
    expect(r.rows.map((x) => [x.test_id, x.status, x.message])).toEqual([
      ['h', 'warn', 'coverage regression: args_valid was exercised in the baseline and is not_exercised now'],
      ['new', 'warn', 'missing baseline for new/relevance'],
      ['f', 'fail', 'failed: faithfulness; regression: faithfulness dropped 0.500 (limit: 0.200); below floor: faithfulness 0.40 < 0.50'],
    ]);
  });

  it('absolute mode only checks coverage regressions', () => {
    const rows = [row('g', 'pass', { relevance: metric(0.1) }), row('h', 'pass', { args_valid: metric(null, 'not_exercised') })];
    const r = compareWithBaseline(rows, cfg.tests, baseline, { mode: 'absolute', max_drop: 0.05, min_floor: 0.5 });
    expect(r.rows.map((x) => x.status)).toEqual(['pass', 'warn']);
  });
});

describe('gate outcome', () => {
  it('row 1: input errors by first test id, even when allowed_on_error', () => {
    const o = decideGateOutcome({
      rows: [
        row('b', 'error', {}, 'trace_miss', 'trace miss: no entry for prompt "x" or id "b"'),
        row('a', 'allowed_on_error', {}, 'trace_invalid', 'bad meta'),
        row('c', 'error', {}, 'judge_unavailable', 'm'),
        row('d', 'fail'),
      ],
    });
    expect(o).toEqual({ exitCode: 2, reasonCode: 'E_TRACE_INVALID', message: 'bad meta', firstTestId: 'a' });
    expect(decideGateOutcome({ rows: [row('a', 'error', {}, 'replay_missing', 'x')] }).reasonCode).toBe('E_REPLAY_MISSING_DEPENDENCY');
    expect(decideGateOutcome({ rows: [row('a', 'error', {}, 'config', 'x')] }).reasonCode).toBe('E_CFG_PARSE');
  });

  it('row 2: infrastructure errors exit 3; allowed_on_error ones do not count', () => {
    expect(decideGateOutcome({ rows: [row('a', 'error', {}, 'judge_unavailable', 'x'), row('b', 'error', {}, 'judge_unavailable', 'y'), row('c', 'fail')] })).toEqual({
      exitCode: 3,
      reasonCode: 'E_JUDGE_UNAVAILABLE',
      message: 'Judge/embedding value unavailable for 2 test(s)',
      firstTestId: 'a',
    });
    expect(decideGateOutcome({ rows: [row('a', 'error', {}, 'timeout', 'provider timed out')] })).toMatchObject({ exitCode: 3, reasonCode: 'E_TIMEOUT', message: 'provider timed out' });
    expect(decideGateOutcome({ rows: [row('a', 'allowed_on_error', {}, 'judge_unavailable', 'x')] }).exitCode).toBe(0);
  });

  it('row 3: abstain; row 4: failed tests', () => {
    const abst = row('a', 'fail', { faithfulness: metric(1, 'exercised', { verdict: 'Abstain' }) });
    expect(decideGateOutcome({ rows: [row('b', 'fail'), abst] })).toEqual({
      exitCode: 1,
      reasonCode: 'E_JUDGE_UNCERTAIN',
      message: 'Judge uncertain (abstain) for 1 test(s); cannot decide pass/fail',
      firstTestId: 'a',
    });
    expect(decideGateOutcome({ rows: [row('z', 'fail'), row('y', 'fail'), row('x', 'pass')] })).toEqual({
      exitCode: 1,
      reasonCode: 'E_TEST_FAILED',
      message: '2 test(s) failed',
      firstTestId: 'y',
    });
  });

  it('row 5: findings at or above fail_on and warn rows under strict/block_on_warn', () => {
    expect(decideGateOutcome({ rows: [row('a', 'pass')], policyFindings: 2, failOn: 'warning' }).message).toBe('2 policy finding(s) at or above fail_on=warning');
    expect(decideGateOutcome({ rows: [row('a', 'warn')] }).exitCode).toBe(0);
    expect(decideGateOutcome({ rows: [row('a', 'warn')], blockOnWarn: true })).toEqual({
      exitCode: 1,
      reasonCode: 'E_POLICY_VIOLATION',
      message: 'Strict mode: 1 policy violations',
      firstTestId: 'a',
    });
    expect(decideGateOutcome({ rows: [row('a', 'warn')], strict: true, policyFindings: 1 }).message).toBe(
      '1 policy finding(s) at or above fail_on=error; Strict mode: 1 policy violations',
    );
  });

  it('row 6: pass', () => {
    expect(decideGateOutcome({ rows: [row('a', 'pass'), row('b', 'skipped'), row('c', 'allowed_on_error', {}, 'judge_unavailable')] })).toEqual({
      exitCode: 0,
      reasonCode: '',
      message: 'All tests passed',
    });
    expect(decideGateOutcome({ rows: [], hasConfig: false }).message).toBe('All checks passed');
  });
});
