// OpenTelemetry attribute values → plain JSON. OTLP JSON wraps every value in an AnyValue
// (`{stringValue|intValue|doubleValue|boolValue|bytesValue|arrayValue|kvlistValue}`) and lists attributes as
// `[{key, value}]`; span-per-line exports often write attributes as a plain object instead. Both end up
// as one `Record<string, unknown>` (docs/otel.md).
import { BadLine } from './bad-line.js';
import { isObject } from './fields.js';

/** Attribute values nest (arrays, kvlists); deeper than this is refused rather than risk the stack. */
const MAX_DEPTH = 64;

/** int64 values arrive as decimal strings; they become numbers when that loses nothing, else stay strings. */
function intValue(v: unknown, where: string): unknown {
  if (typeof v === 'number' && Number.isInteger(v)) return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) {
    const n = Number(v);
    return Number.isSafeInteger(n) ? n : v;
  }
  throw new BadLine(`${where}: intValue must be an integer or a decimal string`);
}

/** One OTLP AnyValue; an empty AnyValue (unset) is null. */
export function anyValue(v: unknown, where: string, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new BadLine(`${where}: attribute value nested deeper than ${MAX_DEPTH} levels`);
  if (v === undefined || v === null) return null;
  if (!isObject(v)) throw new BadLine(`${where}: attribute value must be an OTLP AnyValue object`);
  if ('stringValue' in v) return typeof v.stringValue === 'string' ? v.stringValue : String(v.stringValue);
  if ('boolValue' in v) return v.boolValue === true || v.boolValue === 'true';
  if ('intValue' in v) return intValue(v.intValue, where);
  if ('doubleValue' in v) {
    const d = v.doubleValue;
    if (typeof d === 'number') return d;
    // NaN/Infinity are written as strings by the protobuf JSON mapping; JSON cannot carry them as numbers.
    if (typeof d === 'string') return d;
    throw new BadLine(`${where}: doubleValue must be a number`);
  }
  if ('bytesValue' in v) return typeof v.bytesValue === 'string' ? v.bytesValue : null;
  if ('arrayValue' in v) {
    const a = v.arrayValue;
    const values = isObject(a) ? a.values : undefined;
    if (values === undefined || values === null) return [];
    if (!Array.isArray(values)) throw new BadLine(`${where}: arrayValue.values must be an array`);
    return values.map((x, i) => anyValue(x, `${where}[${i}]`, depth + 1));
  }
  if ('kvlistValue' in v) {
    const kv = v.kvlistValue;
    const values = isObject(kv) ? kv.values : undefined;
    if (values === undefined || values === null) return {};
    if (!Array.isArray(values)) throw new BadLine(`${where}: kvlistValue.values must be an array`);
    return keyValues(values, where, depth + 1);
  }
  return null;
}

function keyValues(list: readonly unknown[], where: string, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < list.length; i++) {
    const kv = list[i];
    if (!isObject(kv) || typeof kv.key !== 'string') throw new BadLine(`${where}[${i}] must be {"key": string, "value": AnyValue}`);
    // A key repeated within one list: the last wins, as in the SDKs' own attribute maps.
    out[kv.key] = anyValue(kv.value, `${where}.${kv.key}`, depth);
  }
  return out;
}

/** A span's or event's `attributes`: an OTLP `[{key, value}]` list or a plain object; absent → {}. */
export function attributes(v: unknown, where: string): Record<string, unknown> {
  if (v === undefined || v === null) return {};
  if (Array.isArray(v)) return keyValues(v, `${where}.attributes`, 0);
  if (isObject(v)) return v;
  throw new BadLine(`${where}: "attributes" must be an array of {key, value} or an object`);
}

/**
 * GenAI attributes that carry JSON (arguments, results, messages) are usually JSON strings. A string that
 * parses as JSON becomes that value; any other string stays as it is.
 */
export function jsonOrString(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trim();
  if (t === '') return v;
  const c = t.charCodeAt(0);
  // Only strings that can start a JSON value are tried: plain text is the common case and stays text.
  if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || (c >= 0x30 && c <= 0x39) || t === 'true' || t === 'false' || t === 'null') {
    try {
      return JSON.parse(t) as unknown;
    } catch {
      return v;
    }
  }
  return v;
}
