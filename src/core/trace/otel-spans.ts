// OpenTelemetry span lines → spans. Two shapes are read (docs/otel.md):
// - OTLP JSON export requests `{"resourceSpans":[{"scopeSpans":[{"spans":[…]}]}]}`, as the OTLP JSON
//   exporter and the collector's file exporter write them (one request per line, or one whole document);
// - one span per line with `traceId`/`trace_id`, `spanId`/`span_id` and a start time.
// The shape is told by content: an untyped object with `resourceSpans`, or with a trace id, a span id AND a
// start time, is a span line and is never read as a plain tool-call record; a malformed one is a bad line.
import { BadLine } from './bad-line.js';
import { isObject, type JsonObject } from './fields.js';
import { attributes } from './otel-values.js';

export interface OtelEvent {
  name: string;
  attrs: Record<string, unknown>;
}

export interface OtelSpan {
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  startNs: bigint;
  endNs: bigint;
  attrs: Record<string, unknown>;
  events: OtelEvent[];
  /** Span status ERROR: its message, or "" when it has none; undefined when not an error. */
  statusError: string | undefined;
  /** Line of the span (span-per-line and one-request-per-line) or of its opening brace (whole document). */
  line: number;
  /** Read order, the last tie-breaker for a deterministic order. */
  order: number;
}

const TRACE_ID_KEYS = ['traceId', 'trace_id'] as const;
const SPAN_ID_KEYS = ['spanId', 'span_id'] as const;
const PARENT_KEYS = ['parentSpanId', 'parent_span_id', 'parent_id'] as const;
const START_KEYS = ['startTimeUnixNano', 'start_time_unix_nano'] as const;
const END_KEYS = ['endTimeUnixNano', 'end_time_unix_nano'] as const;

function has(o: JsonObject, keys: readonly string[]): boolean {
  for (const k of keys) if (o[k] !== undefined) return true;
  return false;
}

/** An OTLP export request line. */
export function isOtlpRequest(o: JsonObject): boolean {
  return o.resourceSpans !== undefined;
}

/** A single-span line: trace id, span id and start time are all present (plain records never have all three). */
export function isSpanLine(o: JsonObject): boolean {
  return has(o, TRACE_ID_KEYS) && has(o, SPAN_ID_KEYS) && has(o, START_KEYS);
}

export function isOtelLine(o: JsonObject): boolean {
  return isOtlpRequest(o) || isSpanLine(o);
}

function first(o: JsonObject, keys: readonly string[]): [string, unknown] | undefined {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined && v !== null) return [k, v];
  }
  return undefined;
}

function reqId(o: JsonObject, keys: readonly string[], where: string): string {
  const f = first(o, keys);
  if (f === undefined) throw new BadLine(`${where}: missing required field "${keys[0]}"`);
  if (typeof f[1] !== 'string' || f[1] === '') throw new BadLine(`${where}: "${f[0]}" must be a non-empty string`);
  return f[1];
}

/** Unix nanoseconds: a decimal string (OTLP JSON's int64 form) or a non-negative integer number. */
function nanos(o: JsonObject, keys: readonly string[], where: string, required: boolean): bigint | undefined {
  const f = first(o, keys);
  if (f === undefined) {
    if (required) throw new BadLine(`${where}: missing required field "${keys[0]}"`);
    return undefined;
  }
  const [k, v] = f;
  if (typeof v === 'string' && /^\d{1,20}$/.test(v)) return BigInt(v);
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return BigInt(v);
  throw new BadLine(`${where}: "${k}" must be unix nanoseconds (a decimal string or a non-negative integer)`);
}

/** OTLP status code 2 (or its enum names) is ERROR. */
function statusError(o: JsonObject, where: string): string | undefined {
  const s = o.status;
  if (s === undefined || s === null) return undefined;
  if (!isObject(s)) throw new BadLine(`${where}: "status" must be an object`);
  const code = s.code ?? s.status_code;
  if (code === 2 || code === 'STATUS_CODE_ERROR' || code === 'ERROR') return typeof s.message === 'string' ? s.message : '';
  return undefined;
}

function events(v: unknown, where: string): OtelEvent[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new BadLine(`${where}: "events" must be an array`);
  const out: OtelEvent[] = [];
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (!isObject(e)) throw new BadLine(`${where}: events[${i}] must be an object`);
    out.push({ name: typeof e.name === 'string' ? e.name : '', attrs: attributes(e.attributes, `${where}: events[${i}]`) });
  }
  return out;
}

/** One span object (either shape); throws BadLine naming the field. */
export function readSpan(o: unknown, where: string, line: number, order: number): OtelSpan {
  if (!isObject(o)) throw new BadLine(`${where} must be an object`);
  const traceId = reqId(o, TRACE_ID_KEYS, where);
  const spanId = reqId(o, SPAN_ID_KEYS, where);
  const p = first(o, PARENT_KEYS);
  let parentSpanId: string | undefined;
  if (p !== undefined) {
    if (typeof p[1] !== 'string') throw new BadLine(`${where}: "${p[0]}" must be a string`);
    // OTLP JSON writes "" for a root span.
    if (p[1] !== '') parentSpanId = p[1];
  }
  const name = o.name;
  if (typeof name !== 'string') throw new BadLine(`${where}: "name" must be a string`);
  const startNs = nanos(o, START_KEYS, where, true)!;
  const endNs = nanos(o, END_KEYS, where, false) ?? startNs;
  return {
    traceId,
    spanId,
    parentSpanId,
    name,
    startNs,
    endNs,
    attrs: attributes(o.attributes, where),
    events: events(o.events, where),
    statusError: statusError(o, where),
    line,
    order,
  };
}

/**
 * The spans of one OTLP export request. `lineOf(span)` gives the line of a span (a whole document names
 * each span's own line; a request per line uses its line for all).
 */
export function readOtlpRequest(o: JsonObject, lineOf: (span: unknown) => number, orderBase: number): OtelSpan[] {
  const rs = o.resourceSpans;
  if (!Array.isArray(rs)) throw new BadLine('OTLP: "resourceSpans" must be an array');
  const out: OtelSpan[] = [];
  for (let r = 0; r < rs.length; r++) {
    const res: unknown = rs[r];
    if (!isObject(res)) throw new BadLine(`OTLP: resourceSpans[${r}] must be an object`);
    // `instrumentationLibrarySpans` is the pre-1.0 name of scopeSpans, still written by old collectors.
    const ss = res.scopeSpans ?? res.instrumentationLibrarySpans;
    if (ss === undefined || ss === null) continue;
    if (!Array.isArray(ss)) throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans must be an array`);
    for (let s = 0; s < ss.length; s++) {
      const scope: unknown = ss[s];
      if (!isObject(scope)) throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans[${s}] must be an object`);
      const spans = scope.spans;
      if (spans === undefined || spans === null) continue;
      if (!Array.isArray(spans)) throw new BadLine(`OTLP: resourceSpans[${r}].scopeSpans[${s}].spans must be an array`);
      for (let i = 0; i < spans.length; i++) {
        const sp: unknown = spans[i];
        out.push(readSpan(sp, `OTLP: resourceSpans[${r}].scopeSpans[${s}].spans[${i}]`, lineOf(sp), orderBase + out.length));
      }
    }
  }
  return out;
}

/** The spans of one line of either shape. */
export function readOtelLine(o: JsonObject, line: number, orderBase: number): OtelSpan[] {
  if (isOtlpRequest(o)) return readOtlpRequest(o, () => line, orderBase);
  return [readSpan(o, 'span', line, orderBase)];
}

/** A span takes part in GenAI assembly when it carries any `gen_ai.*` attribute. */
export function isGenAiSpan(s: OtelSpan): boolean {
  for (const k in s.attrs) if (k.startsWith('gen_ai.')) return true;
  return false;
}
