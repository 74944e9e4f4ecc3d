// `settings`, `thresholds`, `otel` and the order seed.
import { createHash } from 'node:crypto';
import { pathText, type LoadContext, type Obj } from './load-context.js';
import type { EvalSettings, JudgeReliability, OtelSettings } from './types.js';

const U64_MAX = (1n << 64n) - 1n;

export function defaultSettings(): EvalSettings {
  return {
    parallel: 4,
    timeout_seconds: 30,
    cache: true,
    on_error: 'block',
    bail_on_first_failure: false,
    judge: { rubric_version: 'v1', samples: 3, reliability: defaultReliability() },
    thresholding: { mode: 'relative', max_drop: 0.05 },
  };
}

function defaultReliability(): JudgeReliability {
  return {
    borderline_min: 0.4,
    borderline_max: 0.6,
    rerun_strategy: 'sequential_sprt',
    max_extra_calls_per_test: 2,
    max_extra_calls_per_run: 20,
    tie_break: 'fail_closed',
    blind_labeling: true,
    order_randomized: true,
    hijack_defense: true,
  };
}

export function defaultOtel(): OtelSettings {
  return {
    genai_semconv_version: '1.28.0',
    semconv_stability: 'stable_only',
    capture_mode: 'off',
    capture_acknowledged: false,
    capture_requires_sampled_span: true,
    redaction: { policies: [] },
    exporter: { allowlist: [], allow_localhost: false },
  };
}

/** Assign `obj[key]` through `parse` when present; parse errors are already recorded. */
function field<T>(obj: Obj, key: string, parse: (v: unknown) => T | undefined, set: (v: T) => void): void {
  if (!(key in obj)) return;
  const v = parse(obj[key]);
  if (v !== undefined) set(v);
}

export interface ParsedSettings {
  settings: EvalSettings;
  /** Raw seed as a decimal string, when given. */
  seed?: string;
}

export function parseSettings(ctx: LoadContext, value: unknown): ParsedSettings {
  const settings = defaultSettings();
  const out: ParsedSettings = { settings };
  if (value === undefined || value === null) return out;
  const P = ['settings'];
  const s = ctx.mapping(value, P);
  if (!s) return out;
  ctx.checkKeys(s, P, ['parallel', 'timeout_seconds', 'cache', 'seed', 'judge', 'thresholding', 'on_error', 'bail_on_first_failure']);
  field(s, 'parallel', (v) => ctx.int(v, [...P, 'parallel'], { min: 1 }), (v) => (settings.parallel = v));
  field(s, 'timeout_seconds', (v) => ctx.number(v, [...P, 'timeout_seconds'], { min: 0, minExclusive: true }), (v) => (settings.timeout_seconds = v));
  field(s, 'cache', (v) => ctx.bool(v, [...P, 'cache']), (v) => (settings.cache = v));
  field(s, 'on_error', (v) => ctx.oneOf(v, [...P, 'on_error'], ['block', 'allow'] as const), (v) => (settings.on_error = v));
  field(s, 'bail_on_first_failure', (v) => ctx.bool(v, [...P, 'bail_on_first_failure']), (v) => (settings.bail_on_first_failure = v));
  if ('seed' in s) {
    const seed = parseSeed(ctx, s.seed);
    if (seed !== undefined) out.seed = seed;
  }
  if ('judge' in s && s.judge !== null) parseJudge(ctx, s.judge, settings);
  if ('thresholding' in s && s.thresholding !== null) parseThresholding(ctx, s.thresholding, settings);
  return out;
}

function parseJudge(ctx: LoadContext, value: unknown, settings: EvalSettings): void {
  const P = ['settings', 'judge'];
  const j = ctx.mapping(value, P);
  if (!j) return;
  ctx.checkKeys(j, P, ['rubric_version', 'samples', 'reliability']);
  field(j, 'rubric_version', (v) => ctx.string(v, [...P, 'rubric_version'], { nonEmpty: true }), (v) => (settings.judge.rubric_version = v));
  field(j, 'samples', (v) => ctx.int(v, [...P, 'samples'], { min: 1 }), (v) => (settings.judge.samples = v));
  if (!('reliability' in j) || j.reliability === null) return;
  const RP = [...P, 'reliability'];
  const r = ctx.mapping(j.reliability, RP);
  if (!r) return;
  const rel = settings.judge.reliability;
  ctx.checkKeys(r, RP, [
    'borderline_min',
    'borderline_max',
    'rerun_strategy',
    'max_extra_calls_per_test',
    'max_extra_calls_per_run',
    'tie_break',
    'blind_labeling',
    'order_randomized',
    'hijack_defense',
  ]);
  field(r, 'borderline_min', (v) => ctx.number(v, [...RP, 'borderline_min'], { min: 0, max: 1 }), (v) => (rel.borderline_min = v));
  field(r, 'borderline_max', (v) => ctx.number(v, [...RP, 'borderline_max'], { min: 0, max: 1 }), (v) => (rel.borderline_max = v));
  field(r, 'rerun_strategy', (v) => ctx.oneOf(v, [...RP, 'rerun_strategy'], ['sequential_sprt', 'single', 'always_three'] as const), (v) => (rel.rerun_strategy = v));
  field(r, 'max_extra_calls_per_test', (v) => ctx.int(v, [...RP, 'max_extra_calls_per_test'], { min: 0 }), (v) => (rel.max_extra_calls_per_test = v));
  field(r, 'max_extra_calls_per_run', (v) => ctx.int(v, [...RP, 'max_extra_calls_per_run'], { min: 0 }), (v) => (rel.max_extra_calls_per_run = v));
  field(r, 'tie_break', (v) => ctx.oneOf(v, [...RP, 'tie_break'], ['fail_closed', 'quarantine'] as const), (v) => (rel.tie_break = v));
  field(r, 'blind_labeling', (v) => ctx.bool(v, [...RP, 'blind_labeling']), (v) => (rel.blind_labeling = v));
  field(r, 'order_randomized', (v) => ctx.bool(v, [...RP, 'order_randomized']), (v) => (rel.order_randomized = v));
  field(r, 'hijack_defense', (v) => ctx.bool(v, [...RP, 'hijack_defense']), (v) => (rel.hijack_defense = v));
  if (rel.borderline_min > rel.borderline_max) {
    ctx.error(RP, `${pathText(RP)}: borderline_min (${rel.borderline_min}) must not exceed borderline_max (${rel.borderline_max})`);
  }
}

function parseThresholding(ctx: LoadContext, value: unknown, settings: EvalSettings): void {
  const P = ['settings', 'thresholding'];
  const t = ctx.mapping(value, P);
  if (!t) return;
  ctx.checkKeys(t, P, ['mode', 'max_drop', 'min_floor']);
  field(t, 'mode', (v) => ctx.oneOf(v, [...P, 'mode'], ['relative', 'absolute'] as const), (v) => (settings.thresholding.mode = v));
  field(t, 'max_drop', (v) => (v === null ? undefined : ctx.number(v, [...P, 'max_drop'], { min: 0, max: 2 })), (v) => (settings.thresholding.max_drop = v));
  field(t, 'min_floor', (v) => (v === null ? undefined : ctx.number(v, [...P, 'min_floor'], { min: -1, max: 1 })), (v) => (settings.thresholding.min_floor = v));
}

/**
 * u64 as an int or a decimal string. YAML ints above 2^53 lose precision in JS numbers, so the
 * digits are re-read from the source text at the value's position.
 */
function parseSeed(ctx: LoadContext, v: unknown): string | undefined {
  const P = ['settings', 'seed'];
  let digits: string | undefined;
  if (typeof v === 'string') {
    digits = /^[0-9]+$/.test(v.trim()) ? v.trim() : undefined;
  } else if (typeof v === 'number' && Number.isInteger(v)) {
    if (Number.isSafeInteger(v)) digits = v >= 0 ? String(v) : undefined;
    else {
      const pos = ctx.pos(P);
      const line = ctx.text.replace(/^\uFEFF/, '').split(/\r?\n/)[pos.line - 1] ?? '';
      const token = /^\+?([0-9]+)\b/.exec([...line].slice(pos.col - 1).join(''));
      digits = token?.[1];
    }
  }
  if (digits === undefined) {
    ctx.error(P, 'settings.seed: expected an unsigned 64-bit integer (int or decimal string)');
    return undefined;
  }
  const n = BigInt(digits);
  if (n > U64_MAX) {
    ctx.error(P, `settings.seed: ${digits} exceeds the u64 range`);
    return undefined;
  }
  return n.toString();
}

/** Derived seed: the first 8 bytes of sha256(config bytes), big-endian, as a decimal string. */
export function deriveSeed(bytes: Uint8Array): string {
  const digest = createHash('sha256').update(bytes).digest();
  return digest.readBigUInt64BE(0).toString();
}

export function parseThresholds(ctx: LoadContext, value: unknown): { min_score?: number; block_on_warn: boolean } {
  const out: { min_score?: number; block_on_warn: boolean } = { block_on_warn: false };
  if (value === undefined || value === null) return out;
  const P = ['thresholds'];
  const t = ctx.mapping(value, P);
  if (!t) return out;
  ctx.checkKeys(t, P, ['min_score', 'block_on_warn']);
  field(t, 'min_score', (v) => (v === null ? undefined : ctx.number(v, [...P, 'min_score'], { min: 0, max: 1 })), (v) => (out.min_score = v));
  field(t, 'block_on_warn', (v) => ctx.bool(v, [...P, 'block_on_warn']), (v) => (out.block_on_warn = v));
  return out;
}

export function parseOtel(ctx: LoadContext, value: unknown): OtelSettings {
  const otel = defaultOtel();
  if (value === undefined || value === null) return otel;
  const P = ['otel'];
  const o = ctx.mapping(value, P);
  if (!o) return otel;
  ctx.checkKeys(o, P, [
    'genai_semconv_version',
    'semconv_stability',
    'capture_mode',
    'capture_acknowledged',
    'capture_requires_sampled_span',
    'redaction',
    'exporter',
  ]);
  field(o, 'genai_semconv_version', (v) => ctx.string(v, [...P, 'genai_semconv_version'], { nonEmpty: true }), (v) => (otel.genai_semconv_version = v));
  field(o, 'semconv_stability', (v) => ctx.oneOf(v, [...P, 'semconv_stability'], ['stable_only', 'experimental_opt_in'] as const), (v) => (otel.semconv_stability = v));
  field(o, 'capture_mode', (v) => ctx.oneOf(v, [...P, 'capture_mode'], ['off', 'redacted_inline', 'blob_ref'] as const), (v) => (otel.capture_mode = v));
  field(o, 'capture_acknowledged', (v) => ctx.bool(v, [...P, 'capture_acknowledged']), (v) => (otel.capture_acknowledged = v));
  field(o, 'capture_requires_sampled_span', (v) => ctx.bool(v, [...P, 'capture_requires_sampled_span']), (v) => (otel.capture_requires_sampled_span = v));
  if ('redaction' in o && o.redaction !== null) {
    const RP = [...P, 'redaction'];
    const r = ctx.mapping(o.redaction, RP);
    if (r) {
      ctx.checkKeys(r, RP, ['policies']);
      field(r, 'policies', (v) => ctx.stringList(v, [...RP, 'policies']), (v) => (otel.redaction.policies = v));
    }
  }
  if ('exporter' in o && o.exporter !== null) {
    const EP = [...P, 'exporter'];
    const e = ctx.mapping(o.exporter, EP);
    if (e) {
      ctx.checkKeys(e, EP, ['allowlist', 'allow_localhost']);
      field(e, 'allowlist', (v) => ctx.stringList(v, [...EP, 'allowlist']), (v) => (otel.exporter.allowlist = v));
      field(e, 'allow_localhost', (v) => ctx.bool(v, [...EP, 'allow_localhost']), (v) => (otel.exporter.allow_localhost = v));
    }
  }
  if (otel.capture_mode !== 'off') {
    const where = [...P, 'capture_mode'];
    if (!otel.capture_acknowledged) {
      ctx.error(where, `otel.capture_mode "${otel.capture_mode}" requires otel.capture_acknowledged: true`);
    }
    if (otel.exporter.allowlist.length === 0) {
      ctx.error(where, `otel.capture_mode "${otel.capture_mode}" requires a non-empty otel.exporter.allowlist`);
    }
  }
  return otel;
}
