// Reader limits. Inclusive: the limit passes, limit + 1 fails. Every entry point that reads
// untrusted evidence applies the full set to the raw stream before materializing anything.
import { UsageError } from '../errors.js';
import { StrictJsonError, strictParse, type StrictJsonResult } from './strict-json.js';

export interface EvidenceLimits {
  max_bundle_bytes: number;
  max_decode_bytes: number;
  max_manifest_bytes: number;
  max_events_bytes: number;
  max_events: number;
  max_line_bytes: number;
  max_path_len: number;
  max_json_depth: number;
}

export const DEFAULT_LIMITS: Readonly<EvidenceLimits> = Object.freeze({
  max_bundle_bytes: 104_857_600,
  max_decode_bytes: 1_073_741_824,
  max_manifest_bytes: 10_485_760,
  max_events_bytes: 524_288_000,
  max_events: 100_000,
  max_line_bytes: 1_048_576,
  max_path_len: 256,
  max_json_depth: 64,
});

export const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as Array<keyof EvidenceLimits>;

/** Defaults overridden by `partial`. */
export function resolveLimits(partial: Partial<EvidenceLimits> = {}): EvidenceLimits {
  return { ...DEFAULT_LIMITS, ...partial };
}

/**
 * A `--limits FILE` document: a JSON object with any subset of the eight keys, each a positive integer.
 * Anything else is a usage error (exit 2, E_INVALID_ARGS).
 */
export function parseLimitsJson(text: string, file = '--limits'): EvidenceLimits {
  const usage = (message: string) =>
    new UsageError('E_INVALID_ARGS', `${file}: ${message}`, { source: 'cli', context: { file } });
  let parsed: StrictJsonResult;
  try {
    parsed = strictParse(text.replace(/^\uFEFF/, ''), { maxDepth: 8 });
    void parsed.value;
  } catch (e) {
    throw usage(e instanceof StrictJsonError ? `invalid JSON (${e.message})` : 'invalid JSON');
  }
  const v = parsed.value;
  if (v === null || typeof v !== 'object' || Array.isArray(v)) throw usage('must be a JSON object');
  const out: Partial<EvidenceLimits> = {};
  for (const [k, val] of Object.entries(v as Record<string, unknown>)) {
    if (!(LIMIT_KEYS as string[]).includes(k)) {
      throw usage(`unknown limit ${JSON.stringify(k)} (known: ${LIMIT_KEYS.join(', ')})`);
    }
    const token = parsed.raw(k);
    if (typeof val !== 'number' || token === undefined || !/^[1-9][0-9]*$/.test(token) || !Number.isSafeInteger(val)) {
      throw usage(`${k} must be a positive integer`);
    }
    out[k as keyof EvidenceLimits] = val;
  }
  return resolveLimits(out);
}
