// Shared parts of the agent-framework importers (OpenAI Agents SDK, LangChain/LangSmith, Langfuse): strict
// JSON reading with positions (one document or JSON lines), times, argument decoding, and writing one V2
// episode per trace (docs/importers.md).
import { InputError, UsageError, diagnosticsToError } from '../errors.js';
import { compactJson } from './json-out.js';
import { DiagnosticSink, jsonTypeName, type Locator } from './message.js';
import { JsonSyntaxError, LineIndex, has, isJsonObject, scanJson, type JsonObject, type JsonValue, type Position } from './strict-json.js';
import { v2Line, type V2Event } from './v2-lines.js';

export { DiagnosticSink, jsonTypeName, type Locator };

export interface FrameworkImportOptions {
  /** The input path as the user gave it; used in diagnostics. */
  inputName: string;
  /** Episode id, binding id and prompt override: only for an input that holds a single trace. */
  episodeId?: string;
  testId?: string;
  prompt?: string;
}

export interface FrameworkImportResult {
  /** Canonical V2 JSONL lines, without newlines. */
  lines: string[];
  /** Spans, runs or observations read. */
  records: number;
  episodes: number;
  /** Tool names of every call, sorted by code unit, unique. */
  tools: string[];
}

/** One parsed JSON value and where its parts are. */
export interface Doc {
  value: JsonValue;
  at: Locator;
}

/** A tool call recorded by the framework. */
export interface FwCall {
  args: JsonValue;
  result: JsonValue;
  error: string | null;
}

/** One span/run/observation of a trace, in the episode's order. */
export interface FwItem {
  id: string;
  kind: string;
  name: string;
  startMs: number | undefined;
  endMs?: number | undefined;
  /** Source order: the tie-breaker after the start time. */
  order: number;
  meta?: Record<string, unknown>;
  call?: FwCall;
}

export interface FwEpisode {
  traceId: string;
  prompt?: string | undefined;
  finalOutput?: string | null | undefined;
  startMs?: number | undefined;
  endMs?: number | undefined;
  meta: Record<string, unknown>;
  items: FwItem[];
}

/**
 * Reads `text` as one JSON document (repeated keys refused), or, when that fails and its first line is a
 * JSON value of its own, as JSON lines (one record per non-blank line, a repeated key: the last wins).
 */
export function readDocs(text: string, sink: DiagnosticSink): Doc[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    sink.error({ line: 1, col: 1 }, 'empty file: expected a JSON document or JSON lines');
    return [];
  }
  let whole: JsonSyntaxError;
  try {
    const scan = scanJson(text, { duplicateKeys: 'reject' });
    return [{ value: scan.value, at: locator(text, scan, 0) }];
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    whole = e;
  }
  const lines = text.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const nonBlank = lines.filter((l) => l.trim() !== '').length;
  if (nonBlank < 2 || !lineParses(lines[first]!)) {
    const p = new LineIndex(text).at(whole.offset);
    sink.error(p, `invalid JSON: ${whole.message}`);
    return [];
  }
  const docs: Doc[] = [];
  for (let n = first; n < lines.length && !sink.full; n++) {
    const line = lines[n]!.endsWith('\r') ? lines[n]!.slice(0, -1) : lines[n]!;
    if (line.trim() === '') continue;
    try {
      const scan = scanJson(line, { duplicateKeys: 'last' });
      docs.push({ value: scan.value, at: locator(line, scan, n) });
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      const p = new LineIndex(line).at(e.offset);
      sink.error({ line: n + 1, col: p.col }, `invalid JSON on this line (JSON lines: one record per line): ${e.message}`);
    }
  }
  return docs;
}

function lineParses(line: string): boolean {
  try {
    scanJson(line, { duplicateKeys: 'last', trackDepth: 0 });
    return true;
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return false;
  }
}

function locator(text: string, scan: ReturnType<typeof scanJson>, lineOffset: number): Locator {
  const lines = new LineIndex(text);
  const shift = (p: Position): Position => ({ line: p.line + lineOffset, col: p.col });
  return {
    of: (node) => shift(lines.at(scan.containerOffsets.get(node) ?? 0)),
    member: (node, key) => shift(lines.at(scan.memberOffset(node, key) ?? scan.containerOffsets.get(node) ?? 0)),
  };
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * An ISO 8601 time (`2025-03-10T12:00:00.123456+00:00`; no zone = UTC, as Python's naive UTC times are
 * written) or epoch milliseconds → epoch ms. `undefined` when it is neither.
 */
export function parseTime(v: JsonValue | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const m = ISO.exec(v);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac, zone] = m;
  const ms = frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0;
  let t = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), ms);
  if (zone && zone !== 'Z') {
    const sign = zone[0] === '-' ? -1 : 1;
    const digits = zone.slice(1).replace(':', '');
    t -= sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
  }
  return Number.isFinite(t) && t >= 0 ? t : undefined;
}

/**
 * Reads a time member; absent or null → undefined, anything else that is not a time → a diagnostic.
 * `required` makes absence an error too.
 */
export function readTime(obj: JsonObject, key: string, at: Locator, sink: DiagnosticSink, what: string, required: boolean): number | undefined | 'bad' {
  const v = has(obj, key) ? obj[key] : undefined;
  if (v === undefined || v === null) {
    if (!required) return undefined;
    sink.error(at.of(obj), `${what}: missing "${key}" (expected an ISO 8601 time)`);
    return 'bad';
  }
  const t = parseTime(v);
  if (t === undefined) {
    sink.error(at.member(obj, key), `${what}: "${key}" must be an ISO 8601 time or epoch milliseconds, found ${describe(v)}`);
    return 'bad';
  }
  return t;
}

/** A required string member, else a diagnostic naming what was expected. */
export function reqString(obj: JsonObject, key: string, at: Locator, sink: DiagnosticSink, what: string): string | undefined {
  const v = has(obj, key) ? obj[key] : undefined;
  if (typeof v === 'string' && v !== '') return v;
  if (v === undefined) sink.error(at.of(obj), `${what}: missing "${key}" (expected a non-empty string)`);
  else sink.error(at.member(obj, key), `${what}: "${key}" must be a non-empty string, found ${describe(v)}`);
  return undefined;
}

/** An optional string member (absent or null → undefined); another type is a diagnostic. */
export function optString(obj: JsonObject, key: string, at: Locator, sink: DiagnosticSink, what: string): string | undefined {
  const v = has(obj, key) ? obj[key] : undefined;
  if (v === undefined || v === null || typeof v === 'string') return v ?? undefined;
  sink.error(at.member(obj, key), `${what}: "${key}" must be a string or null, found ${describe(v)}`);
  return undefined;
}

export function describe(v: JsonValue): string {
  return typeof v === 'string' ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) : jsonTypeName(v);
}

/**
 * Tool arguments as the frameworks record them: an object is kept; a string holding a JSON object (the
 * model's `arguments` text) is decoded; an empty string or null is `{}`; anything else is `{"_raw": …}`.
 */
export function decodeArgs(v: JsonValue | undefined): JsonValue {
  if (v === undefined || v === null || v === '') return {};
  if (isJsonObject(v)) return v;
  if (typeof v === 'string') {
    try {
      const parsed = scanJson(v, { duplicateKeys: 'last', trackDepth: 0 }).value;
      if (isJsonObject(parsed)) return parsed;
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
    }
  }
  return { _raw: v };
}

/** Text of a chat message `content`: a string, or the text parts of a content list. */
export function contentText(c: JsonValue | undefined): string | undefined {
  if (typeof c === 'string') return c;
  if (!Array.isArray(c)) return undefined;
  const parts: string[] = [];
  for (const p of c) {
    if (typeof p === 'string') parts.push(p);
    else if (isJsonObject(p) && typeof p['text'] === 'string') parts.push(p['text']);
  }
  return parts.length ? parts.join('\n') : undefined;
}

const USER_ROLES = new Set(['user', 'human']);

/**
 * The first user message in a value as chat frameworks write it: `{role: "user", content}`,
 * `{type: "human", content}`, or a serialised LangChain `HumanMessage` (`{lc, id: […, "HumanMessage"],
 * kwargs: {content}}`), searched depth-first through arrays and objects (bounded depth).
 */
export function firstUserText(v: JsonValue | undefined, depth = 0): string | undefined {
  if (v === undefined || depth > 8) return undefined;
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = firstUserText(x, depth + 1);
      if (t !== undefined) return t;
    }
    return undefined;
  }
  if (!isJsonObject(v)) return undefined;
  const role = typeof v['role'] === 'string' ? v['role'] : typeof v['type'] === 'string' ? v['type'] : undefined;
  if (role !== undefined && USER_ROLES.has(role)) {
    const t = contentText(v['content']);
    if (t !== undefined) return t;
  }
  const id = v['id'];
  if (Array.isArray(id) && id[id.length - 1] === 'HumanMessage' && isJsonObject(v['kwargs'])) {
    const t = contentText(v['kwargs']['content']);
    if (t !== undefined) return t;
  }
  for (const key of Object.keys(v)) {
    const t = firstUserText(v[key], depth + 1);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** A final answer as V2 text: strings kept, other JSON written compactly, absent → undefined. */
export function outputText(v: JsonValue | undefined): string | undefined {
  if (v === undefined || v === null) return undefined;
  return typeof v === 'string' ? v : compactJson(v);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Start time (absent first), then source order, then id. */
export function compareItems(a: FwItem, b: FwItem): number {
  const ta = a.startMs ?? -1;
  const tb = b.startMs ?? -1;
  if (ta !== tb) return ta - tb;
  if (a.order !== b.order) return a.order - b.order;
  return byCodeUnit(a.id, b.id);
}

export function failWith(sink: DiagnosticSink, input: string): InputError {
  return diagnosticsToError(InputError, 'E_TRACE_INVALID', sink.list, 'trace', { 'trace.jsonl': input }) as InputError;
}

/** Writes the episodes as canonical V2 JSONL; refuses an empty import and per-trace flags on several traces. */
export function writeEpisodes(episodes: FwEpisode[], records: number, opts: FrameworkImportOptions, what: string): FrameworkImportResult {
  if (episodes.length === 0) {
    const sink = new DiagnosticSink(opts.inputName);
    sink.error({ line: 1, col: 1 }, `no ${what} found`);
    throw failWith(sink, opts.inputName);
  }
  const single = opts.episodeId !== undefined || opts.testId !== undefined || opts.prompt !== undefined;
  if (single && episodes.length > 1) {
    throw new UsageError('E_INVALID_ARGS', `--episode-id, --test-id and --prompt need an input with one trace; ${opts.inputName} holds ${episodes.length}`, {
      source: 'cli',
    });
  }
  const lines: string[] = [];
  const tools = new Set<string>();
  for (const ep of episodes) {
    for (const e of episodeEvents(ep, opts)) lines.push(v2Line(e));
    for (const it of ep.items) if (it.call) tools.add(it.name);
  }
  return { lines, records, episodes: episodes.length, tools: [...tools].sort(byCodeUnit) };
}

function episodeEvents(ep: FwEpisode, opts: FrameworkImportOptions): V2Event[] {
  const id = opts.episodeId ?? ep.traceId;
  const items = [...ep.items].sort(compareItems);
  let start = ep.startMs;
  let end = ep.endMs;
  for (const it of items) {
    if (it.startMs !== undefined && (start === undefined || it.startMs < start)) start = it.startMs;
    const last = it.endMs ?? it.startMs;
    if (last !== undefined && (end === undefined || last > end)) end = last;
  }
  const startTs = start ?? 0;
  const prompt = opts.prompt ?? ep.prompt;
  const meta: Record<string, unknown> = { ...ep.meta };
  if (opts.testId !== undefined) meta['test_id'] = opts.testId;
  const out: V2Event[] = [
    { type: 'episode_start', episode_id: id, timestamp: startTs, ...(prompt !== undefined ? { input: { prompt } } : {}), meta },
  ];
  const used = new Set<string>();
  let idx = 0;
  for (const it of items) {
    // Step ids must be unique in the episode; a repeated source id gets a suffix.
    let stepId = it.id;
    for (let k = 2; used.has(stepId); k++) stepId = `${it.id}#${k}`;
    used.add(stepId);
    const ts = it.startMs ?? startTs;
    out.push({ type: 'step', episode_id: id, step_id: stepId, timestamp: ts, kind: it.kind, idx: idx++, name: it.name, content: null, ...(it.meta ? { meta: it.meta } : {}) });
    if (it.call) {
      out.push({ type: 'tool_call', episode_id: id, step_id: stepId, timestamp: ts, tool_name: it.name, call_index: 0, args: it.call.args, result: it.call.result, error: it.call.error });
    }
  }
  out.push({ type: 'episode_end', episode_id: id, timestamp: Math.max(end ?? startTs, startTs), final_output: ep.finalOutput ?? null });
  return out;
}

/** Field lookup that never reads the prototype chain; undefined when absent. */
export function get(obj: JsonObject, key: string): JsonValue | undefined {
  return has(obj, key) ? obj[key] : undefined;
}
