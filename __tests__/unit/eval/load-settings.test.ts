import { describe, expect, it } from 'vitest';
import { deriveSeed } from '../../../src/core/eval/load-settings.js';
import { errors, load } from './helpers.js';

const TESTS = 'tests:\n  - id: t1\n    input: x\n    expected: {must_contain: x}\n';
const cfg = (block: string) => `suite: s\nmodel: trace\n${block}\n${TESTS}`;

describe('settings', () => {
  it('parses every documented key', () => {
    const l = load(
      cfg(`settings:
  parallel: 8
  timeout_seconds: 10
  cache: false
  seed: 42
  on_error: allow
  bail_on_first_failure: true
  judge:
    rubric_version: v2
    samples: 5
    reliability: {borderline_min: 0.3, borderline_max: 0.7, rerun_strategy: single, max_extra_calls_per_test: 1, max_extra_calls_per_run: 5, tie_break: quarantine, blind_labeling: false, order_randomized: false, hijack_defense: false}
  thresholding: {mode: absolute, max_drop: 0.1, min_floor: 0.5}
thresholds: {min_score: 0.7, block_on_warn: true}`),
    );
    expect(errors(l)).toEqual([]);
    const c = l.result!.config;
    expect(c.settings).toMatchObject({ parallel: 8, timeout_seconds: 10, cache: false, on_error: 'allow', bail_on_first_failure: true });
    expect(c.settings.judge.rubric_version).toBe('v2');
    expect(c.settings.judge.samples).toBe(5);
    expect(c.settings.judge.reliability.tie_break).toBe('quarantine');
    expect(c.settings.thresholding).toEqual({ mode: 'absolute', max_drop: 0.1, min_floor: 0.5 });
    expect(c.thresholds).toEqual({ min_score: 0.7, block_on_warn: true });
    expect(c.seed).toBe('42');
    expect(c.seedDerived).toBe(false);
    expect(c.tests[0]!.onError).toBe('allow');
  });

  it('unknown keys at every nested level, with allowed lists', () => {
    const l = load(
      cfg(`settings:
  paralel: 2
  judge: {model: x, reliability: {retries: 1}}
  thresholding: {modes: relative}
thresholds: {min: 1}
otel: {capture: off}`),
    );
    expect(errors(l)).toEqual([
      '4:3: unknown key "paralel" in settings; did you mean "parallel"? (allowed: parallel, timeout_seconds, cache, seed, judge, thresholding, on_error, bail_on_first_failure)',
      '5:11: unknown key "model" in settings.judge (allowed: rubric_version, samples, reliability)',
      '5:35: unknown key "retries" in settings.judge.reliability (allowed: borderline_min, borderline_max, rerun_strategy, max_extra_calls_per_test, max_extra_calls_per_run, tie_break, blind_labeling, order_randomized, hijack_defense)',
      '6:18: unknown key "modes" in settings.thresholding; did you mean "mode"? (allowed: mode, max_drop, min_floor)',
      '7:14: unknown key "min" in thresholds (allowed: min_score, block_on_warn)',
      '8:8: unknown key "capture" in otel (allowed: genai_semconv_version, semconv_stability, capture_mode, capture_acknowledged, capture_requires_sampled_span, redaction, exporter)',
    ]);
  });

  it('wrong types and ranges', () => {
    const l = load(
      cfg(`settings:
  cache: "yes"
  on_error: maybe
  judge: {samples: 0, reliability: {borderline_min: 0.8, borderline_max: 0.2}}
  thresholding: {mode: sideways}
thresholds: {min_score: 2}`),
    );
    expect(errors(l)).toEqual([
      '4:10: settings.cache: expected true or false',
      '5:13: settings.on_error: expected one of block, allow, found "maybe"',
      '6:20: settings.judge.samples: must be ≥ 1, found 0',
      '6:36: settings.judge.reliability: borderline_min (0.8) must not exceed borderline_max (0.2)',
      '7:24: settings.thresholding.mode: expected one of relative, absolute, found "sideways"',
      '8:25: thresholds.min_score: must be ≥ 0 and ≤ 1, found 2',
    ]);
  });

  it('seeds: u64 as int or decimal string, beyond 2^53 exactly; negatives, floats and > u64 refused', () => {
    expect(load(cfg('settings: {seed: "18446744073709551615"}')).result!.config.seed).toBe('18446744073709551615');
    expect(load(cfg('settings: {seed: 9007199254740993}')).result!.config.seed).toBe('9007199254740993');
    expect(load(cfg('settings: {seed: 0}')).result!.config.seed).toBe('0');
    expect(errors(load(cfg('settings: {seed: -1}')))).toEqual(['3:18: settings.seed: expected an unsigned 64-bit integer (int or decimal string)']);
    expect(errors(load(cfg('settings: {seed: 1.5}')))).toHaveLength(1);
    expect(errors(load(cfg('settings: {seed: "18446744073709551616"}')))).toEqual(['3:18: settings.seed: 18446744073709551616 exceeds the u64 range']);
  });

  it('derived seed = first 8 bytes of sha256(config bytes), big-endian, decimal', () => {
    // sha256("abc") = ba7816bf8f01cfea…; 0xba7816bf8f01cfea = 13436514500253700074
    expect(deriveSeed(new TextEncoder().encode('abc'))).toBe('13436514500253700074');
  });

  it('otel: capture modes other than off need acknowledgement and an exporter allowlist', () => {
    expect(errors(load(cfg('otel: {capture_mode: blob_ref}')))).toEqual([
      '3:22: otel.capture_mode "blob_ref" requires otel.capture_acknowledged: true',
      '3:22: otel.capture_mode "blob_ref" requires a non-empty otel.exporter.allowlist',
    ]);
    const ok = load(cfg('otel: {capture_mode: redacted_inline, capture_acknowledged: true, exporter: {allowlist: [otel.example.com]}, redaction: {policies: [pii]}}'));
    expect(errors(ok)).toEqual([]);
    expect(ok.result!.config.otel.capture_mode).toBe('redacted_inline');
    expect(ok.result!.config.otel.genai_semconv_version).toBe('1.28.0');
  });
});
