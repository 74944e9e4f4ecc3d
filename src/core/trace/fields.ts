// Typed field access for trace lines: each helper returns the value or throws BadLine with the wording
// `<shape>: "<field>" must be …`. Null counts as absent for optional fields.
import { BadLine } from './bad-line.js';

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function missing(shape: string, key: string): BadLine {
  return new BadLine(`${shape}: missing required field "${key}"`);
}

export function mistyped(shape: string, key: string, what: string): BadLine {
  return new BadLine(`${shape}: "${key}" must be ${what}`);
}

export function reqString(o: JsonObject, key: string, shape: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (v === undefined) throw missing(shape, key);
  throw mistyped(shape, key, 'a string');
}

export function optString(o: JsonObject, key: string, shape: string): string | undefined {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (v === undefined || v === null) return undefined;
  throw mistyped(shape, key, 'a string');
}

/** Timestamps are integer milliseconds within ±(2^53−1): a larger one was already rounded by JSON.parse, so it
 *  is refused rather than used with silently lost precision (docs/traces.md "Timestamps"). */
export function reqTimestamp(o: JsonObject, key: string, shape: string): number {
  const v = o[key];
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (v === undefined) throw missing(shape, key);
  throw badTimestamp(shape, key, v);
}

export function optTimestamp(o: JsonObject, key: string, shape: string): number | undefined {
  const v = o[key];
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (v === undefined || v === null) return undefined;
  throw badTimestamp(shape, key, v);
}

export const TIMESTAMP_TOO_LARGE = 'an integer (milliseconds) within ±(2^53−1): larger values lose precision';

function badTimestamp(shape: string, key: string, v: unknown): BadLine {
  const tooLarge = typeof v === 'number' && Number.isInteger(v);
  return mistyped(shape, key, tooLarge ? TIMESTAMP_TOO_LARGE : 'an integer (milliseconds)');
}

export function optIndex(o: JsonObject, key: string, shape: string): number | undefined {
  const v = o[key];
  if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
  if (v === undefined || v === null) return undefined;
  throw mistyped(shape, key, 'a non-negative integer');
}

export function optArray(o: JsonObject, key: string, shape: string): unknown[] | undefined {
  const v = o[key];
  if (Array.isArray(v)) return v;
  if (v === undefined || v === null) return undefined;
  throw mistyped(shape, key, 'an array');
}

/** Call ids: strings; integers are accepted and written in decimal (SDKs use both). */
export function optId(o: JsonObject, keys: readonly string[], shape: string): string | undefined {
  for (const key of keys) {
    const v = o[key];
    if (v === undefined || v === null) continue;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isSafeInteger(v)) return String(v);
    throw mistyped(shape, key, 'a string');
  }
  return undefined;
}

/** The first alias present (not undefined/null) as [key, value]. */
export function firstPresent(o: JsonObject, keys: readonly string[]): [string, unknown] | undefined {
  for (const key of keys) {
    const v = o[key];
    if (v !== undefined && v !== null) return [key, v];
  }
  return undefined;
}

/** Result text from a non-string value: strings as is, other JSON compact-serialised. */
export function renderResult(v: unknown): string {
  return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}
