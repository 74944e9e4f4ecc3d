// Turns decoded trace lines into tool calls and entries: line dispatch, V2 episode assembly,
// V1/legacy records, plain tool-call record groups, duplicate detection and bad-line handling.
// Byte-level work (splitting, UTF-8, size limit) is in reader.ts; this class sees one string per line.
import { InputError, type Diagnostic } from '../errors.js';
import { BadLine, contentBlockHint, invalidJson, notAnObject, NOTHING_USABLE, quote } from './bad-line.js';
import { DuplicateRegistry } from './duplicates.js';
import {
  firstPresent,
  isObject,
  mistyped,
  optArray,
  optId,
  optIndex,
  optString,
  optTimestamp,
  renderResult,
  reqString,
  reqTimestamp,
  type JsonObject,
} from './fields.js';
import { ARG_KEYS, CALL_LIST_ARG_KEYS, CALL_LIST_NAME_KEYS, ENTRY_NAME_KEYS, makeCall, normalizeEntryCall, pickArgs, PLAIN_NAME_KEYS } from './normalize-call.js';
import { OtelCollector } from './otel-episodes.js';
import { isOtelLine, readOtelLine, readOtlpRequest } from './otel-spans.js';
import { DEFAULT_GROUP_PROMPT, isImportPlaceholder } from './shared-prompt.js';
import type { EntryKind, ToolCall, TraceEntry, TraceFileStats, TraceStats, TraceVisitor } from './types.js';

const GROUP_KEYS = ['test_id', 'episode_id', 'run_id'] as const;
const ID_KEYS = ['id', 'tool_call_id'] as const;
/** Distinct unknown `type` values noted per file; later ones are only counted. */
const MAX_UNKNOWN_TYPE_NOTES = 100;

class Episode {
  prompt: string | undefined = undefined;
  /** Set by episode_start or a `model` step: later steps cannot replace it (rule 1). */
  promptFinal = false;
  text: string | undefined = undefined;
  modelFromContent: string | undefined = undefined;
  modelFromMeta: string | undefined = undefined;
  readonly calls: ToolCall[] = [];
  callCount = 0;
  steps = 0;
  constructor(
    readonly bindingId: string,
    readonly meta: JsonObject,
    readonly firstLine: number,
  ) {}
  get key(): string {
    return this.bindingId !== '' ? this.bindingId : (this.prompt ?? '');
  }
}

class PlainGroup {
  prompt: string | undefined = undefined;
  text: string | undefined = undefined;
  lastCall: ToolCall | undefined = undefined;
  readonly calls: ToolCall[] = [];
  count = 0;
  constructor(
    readonly groupKey: string,
    readonly firstLine: number,
  ) {}
  get key(): string {
    return this.groupKey !== '' ? this.groupKey : (this.prompt ?? DEFAULT_GROUP_PROMPT);
  }
}

/** Char code of the first non-blank character, -1 for a blank line. */
function firstNonBlank(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d) return c;
  }
  return -1;
}

function looksLikeObject(s: string): boolean {
  return firstNonBlank(s) === 0x7b;
}

export class TraceAssembler {
  readonly stats: TraceStats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
  private readonly dups = new DuplicateRegistry();
  private file = '';
  private fileIdx = 0;
  private line = 0;
  private episodes = new Map<string, Episode>();
  private groups = new Map<string, PlainGroup>();
  /** Plain-record calls by id for `tool_result` (retainCalls); the last one with an id wins. */
  private plainCalls = new Map<string, ToolCall>();
  /** Without retained calls only the group is kept; a result can then reach its group's last call only. */
  private plainCallGroups = new Map<string, PlainGroup>();
  private unknownTypes = new Set<string>();
  /** OpenTelemetry spans of this file, assembled into episodes at its end (./otel-episodes.ts). */
  private otel: OtelCollector | undefined = undefined;
  private otelNoted = false;
  /** This file's counts so far (the read's totals minus those at beginFile) and its first bad/ignored line. */
  private fileBase = { records: 0, skipped: 0, ignored: 0 };
  private firstBad: TraceFileStats['first_bad'] = undefined;
  private firstIgnoredType: string | undefined = undefined;
  private readonly onFileEnd: ((s: TraceFileStats) => void) | undefined;
  private readonly onCall: ((key: string, call: ToolCall) => void) | undefined;
  private readonly onEntry: ((entry: TraceEntry) => void) | undefined;
  private readonly onDiagnostic: ((d: Diagnostic) => void) | undefined;

  constructor(
    visitor: TraceVisitor,
    private readonly strict: boolean,
    private readonly retainCalls: boolean,
  ) {
    this.onCall = visitor.onCall?.bind(visitor);
    this.onEntry = visitor.onEntry?.bind(visitor);
    this.onDiagnostic = visitor.onDiagnostic?.bind(visitor);
    this.onFileEnd = visitor.onFileEnd?.bind(visitor);
  }

  beginFile(display: string): void {
    this.file = display;
    this.fileIdx = this.dups.addFile(display);
    this.line = 0;
    this.episodes = new Map();
    this.groups = new Map();
    this.plainCalls = new Map();
    this.plainCallGroups = new Map();
    this.unknownTypes = new Set();
    this.otel = undefined;
    this.otelNoted = false;
    this.fileBase = { records: this.stats.records, skipped: this.stats.skipped_lines, ignored: this.stats.ignored_lines };
    this.firstBad = undefined;
    this.firstIgnoredType = undefined;
  }

  /** Completes what is still open at end of file, in order of first line (rule 7). */
  endFile(): void {
    const eps = [...this.episodes.values()];
    const groups = [...this.groups.values()];
    this.episodes = new Map();
    this.groups = new Map();
    let i = 0;
    let j = 0;
    while (i < eps.length || j < groups.length) {
      const e = eps[i];
      const g = groups[j];
      if (e !== undefined && (g === undefined || e.firstLine < g.firstLine)) {
        this.finishEpisode(e);
        i++;
      } else if (g !== undefined) {
        this.finishGroup(g);
        j++;
      }
    }
    this.finishOtel();
    this.plainCalls = new Map();
    this.plainCallGroups = new Map();
    this.onFileEnd?.({
      file: this.file,
      records: this.stats.records - this.fileBase.records,
      skipped_lines: this.stats.skipped_lines - this.fileBase.skipped,
      ignored_lines: this.stats.ignored_lines - this.fileBase.ignored,
      ...(this.firstBad ? { first_bad: this.firstBad } : {}),
      ...(this.firstIgnoredType !== undefined ? { first_ignored_type: this.firstIgnoredType } : {}),
    });
  }

  /** One decoded line without its LF (a trailing CR is allowed: JSON treats it as whitespace). */
  handleLine(text: string, lineNo: number): void {
    this.line = lineNo;
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.charCodeAt(0) !== 0x7b) {
      const c = firstNonBlank(text);
      if (c === -1 || c === 0x23) return; // blank or `#` comment: not counted
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      this.reject(invalidJson(text, e));
      return;
    }
    try {
      if (!isObject(value)) throw notAnObject(value);
      if (this.dispatch(value)) this.stats.records++;
      else this.stats.ignored_lines++;
    } catch (e) {
      if (e instanceof BadLine) this.reject(e);
      else throw e;
    }
  }

  /** A bad line: fatal under strict, else skipped, counted and reported. */
  badLine(lineNo: number, message: string, col: number): void {
    const file = this.file;
    if (this.strict) {
      const d: Diagnostic = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file, line: lineNo, col };
      throw new InputError('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, line: lineNo, col },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
      });
    }
    this.stats.skipped_lines++;
    this.firstBad ??= { line: lineNo, message };
    this.onDiagnostic?.({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, source: 'trace', file, line: lineNo, col });
  }

  private reject(b: BadLine): void {
    this.badLine(this.line, b.message, b.col);
  }

  /** Returns true for a record line, false for an ignored one (unknown `type`). Throws BadLine. */
  private dispatch(o: JsonObject): boolean {
    const type = o.type;
    if (type === undefined) {
      if (isOtelLine(o)) return this.otelLine(o);
      this.untyped(o);
      return true;
    }
    if (typeof type !== 'string') throw new BadLine('"type" must be a string');
    switch (type) {
      case 'tool_call':
        if (o.episode_id !== undefined && o.episode_id !== null) this.v2ToolCall(o);
        else this.plainRecord(o, 'tool_call');
        return true;
      case 'step':
        this.v2Step(o);
        return true;
      case 'episode_start':
        this.v2Start(o);
        return true;
      case 'episode_end':
        this.v2End(o);
        return true;
      case 'assay.trace':
        this.recordLine(o, 'assay.trace', false);
        return true;
      case 'call_tool':
        this.plainRecord(o, 'call_tool');
        return true;
      case 'tool_result':
        this.toolResult(o);
        return true;
      default:
        this.noteUnknownType(type);
        return false;
    }
  }

  private noteUnknownType(type: string): void {
    this.firstIgnoredType ??= type;
    if (this.unknownTypes.has(type) || this.unknownTypes.size >= MAX_UNKNOWN_TYPE_NOTES) return;
    this.unknownTypes.add(type);
    this.onDiagnostic?.({
      code: 'W_TRACE_UNKNOWN_TYPE',
      severity: 'note',
      message: `lines with unknown type ${quote(type)} are ignored (counted in ignored_lines)${contentBlockHint(type) ?? ''}`,
      source: 'trace',
      file: this.file,
      line: this.line,
      col: 1,
    });
  }

  private untyped(o: JsonObject): void {
    if (o.prompt !== undefined && o.prompt !== null) return this.recordLine(o, 'record', true);
    if (firstPresent(o, PLAIN_NAME_KEYS) !== undefined || Array.isArray(o.tool_calls)) return this.plainRecord(o, 'record');
    if (o.tool_calls !== undefined && o.tool_calls !== null) throw mistyped('record', 'tool_calls', 'an array');
    throw new BadLine(NOTHING_USABLE);
  }

  // ---- OpenTelemetry spans (docs/otel.md) ----

  /** A span line or OTLP request line; ignored (false) when none of its spans is a GenAI span. */
  private otelLine(o: JsonObject): boolean {
    const c = (this.otel ??= new OtelCollector());
    return this.otelCounted(c.add(readOtelLine(o, this.line, c.nextOrder())));
  }

  /** A whole-file OTLP document (./otel-document.ts), counted as one record. */
  otelDocument(doc: JsonObject, lineOfSpan: (spanId: string) => number): void {
    this.line = 1;
    try {
      const c = (this.otel ??= new OtelCollector());
      const spans = readOtlpRequest(doc, (s) => (isObject(s) && typeof s.spanId === 'string' ? lineOfSpan(s.spanId) : 1), c.nextOrder());
      if (this.otelCounted(c.add(spans))) this.stats.records++;
      else this.stats.ignored_lines++;
    } catch (e) {
      if (e instanceof BadLine) this.reject(e);
      else throw e;
    }
  }

  private otelCounted(genAiSpans: number): boolean {
    if (genAiSpans > 0) return true;
    if (!this.otelNoted) {
      this.otelNoted = true;
      this.onDiagnostic?.({
        code: 'W_TRACE_UNKNOWN_TYPE',
        severity: 'note',
        message: 'OpenTelemetry spans without gen_ai.* attributes are ignored (counted in ignored_lines)',
        source: 'trace',
        file: this.file,
        line: this.line,
        col: 1,
      });
    }
    return false;
  }

  /** One entry per trace id, binding id = the trace id (docs/otel.md). */
  private finishOtel(): void {
    const c = this.otel;
    this.otel = undefined;
    if (c === undefined) return;
    for (const ep of c.finish()) {
      const calls = ep.calls.map((x, i) => makeCall(x.id, x.tool_name, x.args, x.result, x.error, i, x.ts_ms, this.file, x.line));
      const kept = this.retainCalls ? calls : [];
      const meta: JsonObject = { ...ep.meta, tool_calls: kept };
      const entry = makeEntry(ep.prompt, ep.traceId, ep.text ?? '', ep.model ?? 'trace', meta, kept, ep.spans.length, ep.firstLine, this.file, 'otel', false);
      this.dups.register(entry, this.fileIdx, false);
      for (const call of calls) {
        this.stats.calls++;
        this.onCall?.(entry.key, call);
      }
      this.stats.episodes++;
      this.onEntry?.(entry);
    }
  }

  // ---- V2 events ----

  private openEpisode(type: string, id: string): Episode {
    const ep = this.episodes.get(id);
    if (ep === undefined) throw new BadLine(`${type} for episode ${quote(id)} which is not open`);
    return ep;
  }

  private v2Start(o: JsonObject): void {
    const S = 'episode_start';
    const id = reqString(o, 'episode_id', S);
    reqTimestamp(o, 'timestamp', S);
    let prompt: string | undefined;
    const input = o.input;
    if (input !== undefined && input !== null) {
      if (!isObject(input)) throw mistyped(S, 'input', 'an object');
      const p = input.prompt;
      if (typeof p === 'string') prompt = p;
      else if (p !== undefined && p !== null) throw mistyped(S, 'input.prompt', 'a string');
    }
    if (this.episodes.has(id)) throw new BadLine(`${S} for episode ${quote(id)} which is already open`);
    const meta = isObject(o.meta) ? o.meta : {};
    const testId = meta.test_id;
    const ep = new Episode(typeof testId === 'string' ? testId : id, meta, this.line);
    // meta.tool_calls given at the start is normalised and kept ahead of tool_call events.
    const given = metaToolCalls(meta, S);
    const calls = given === undefined ? undefined : this.entryCalls(given, `${S}: meta.tool_calls`, 0);
    if (prompt !== undefined) {
      ep.prompt = prompt;
      ep.promptFinal = true;
    }
    this.episodes.set(id, ep);
    if (calls !== undefined) for (const c of calls) this.addEpisodeCall(ep, c);
  }

  private v2Step(o: JsonObject): void {
    const S = 'step';
    const id = reqString(o, 'episode_id', S);
    reqString(o, 'step_id', S);
    reqTimestamp(o, 'timestamp', S);
    const kind = reqString(o, 'kind', S);
    optIndex(o, 'idx', S);
    optString(o, 'name', S);
    const content = o.content;
    if (content !== undefined && content !== null && typeof content !== 'string') throw mistyped(S, 'content', 'a string or null');
    optArray(o, 'truncations', S);
    const ep = this.openEpisode(S, id);
    ep.steps++;
    const meta = isObject(o.meta) ? o.meta : undefined;
    let parsed: JsonObject | undefined;
    if (typeof content === 'string' && looksLikeObject(content)) {
      try {
        const v: unknown = JSON.parse(content);
        if (isObject(v)) parsed = v;
      } catch {
        // plain text that happens to start with `{`
      }
    }
    // Rule 1: prompt. A model step may replace a prompt taken from a non-model step.
    if (!ep.promptFinal) {
      const isModel = kind === 'model';
      if (ep.prompt === undefined || isModel) {
        let p: unknown = parsed?.prompt;
        if (typeof p !== 'string') p = meta?.['gen_ai.prompt'];
        if (typeof p === 'string') {
          ep.prompt = p;
          ep.promptFinal = isModel;
        }
      }
    }
    // Rules 2–3: output text (last writer wins) and model.
    if (typeof content === 'string') {
      const completion = parsed?.completion;
      if (typeof completion === 'string') {
        ep.text = completion;
        const model = parsed?.model;
        if (typeof model === 'string') ep.modelFromContent = model;
      } else {
        ep.text = content;
      }
    }
    if (meta !== undefined) {
      const completion = meta['gen_ai.completion'];
      if (typeof completion === 'string') ep.text = completion;
      const rm = meta['gen_ai.response.model'];
      const qm = meta['gen_ai.request.model'];
      if (typeof rm === 'string') ep.modelFromMeta = rm;
      else if (typeof qm === 'string') ep.modelFromMeta = qm;
    }
  }

  // The hot path of large traces: direct property reads (monomorphic per event shape) instead of the
  // generic field helpers, which are only called to build the message once a check has failed.
  private v2ToolCall(o: JsonObject): void {
    const S = 'tool_call';
    const id = o.episode_id;
    const stepId = o.step_id;
    const ts = o.timestamp;
    const toolName = o.tool_name;
    if (typeof id !== 'string') reqString(o, 'episode_id', S);
    if (typeof stepId !== 'string') reqString(o, 'step_id', S);
    if (typeof ts !== 'number' || !Number.isSafeInteger(ts)) reqTimestamp(o, 'timestamp', S);
    if (typeof toolName !== 'string' || toolName === '') {
      if (toolName === undefined) throw new BadLine(`${S}: missing required field "tool_name"`);
      throw mistyped(S, 'tool_name', 'a non-empty string');
    }
    let callIndex = o.call_index;
    if (callIndex === undefined || callIndex === null) callIndex = 0;
    else if (!(typeof callIndex === 'number' && Number.isSafeInteger(callIndex) && callIndex >= 0)) throw mistyped(S, 'call_index', 'a non-negative integer');
    const error = o.error;
    if (error !== undefined && error !== null && typeof error !== 'string') throw mistyped(S, 'error', 'a string or null');
    const truncations = o.truncations;
    if (truncations !== undefined && truncations !== null && !Array.isArray(truncations)) throw mistyped(S, 'truncations', 'an array');
    const ep = this.openEpisode(S, id as string);
    const args = o.args;
    const result = o.result;
    const call = makeCall(
      (stepId as string) + '-' + (callIndex as number),
      toolName,
      args === undefined ? null : args,
      result === undefined ? null : result,
      error === undefined ? null : error,
      ep.callCount,
      ts as number,
      this.file,
      this.line,
    );
    this.addEpisodeCall(ep, call);
  }

  private addEpisodeCall(ep: Episode, call: ToolCall): void {
    ep.callCount++;
    if (this.retainCalls) ep.calls.push(call);
    this.stats.calls++;
    this.onCall?.(ep.key, call);
  }

  private v2End(o: JsonObject): void {
    const S = 'episode_end';
    const id = reqString(o, 'episode_id', S);
    reqTimestamp(o, 'timestamp', S);
    optString(o, 'outcome', S);
    const finalOutput = o.final_output;
    if (finalOutput !== undefined && finalOutput !== null && typeof finalOutput !== 'string') throw mistyped(S, 'final_output', 'a string or null');
    const ep = this.openEpisode(S, id);
    if (typeof finalOutput === 'string') ep.text = finalOutput;
    this.episodes.delete(id);
    this.finishEpisode(ep);
  }

  private finishEpisode(ep: Episode): void {
    const model = ep.modelFromContent ?? ep.modelFromMeta ?? 'trace';
    ep.meta.tool_calls = ep.calls;
    const entry = makeEntry(ep.prompt, ep.bindingId, ep.text ?? '', model, ep.meta, ep.calls, ep.steps, ep.firstLine, this.file, 'v2', isImportPlaceholder(ep.prompt, ep.meta));
    this.emitEntry(entry, false);
  }

  // ---- V1 and legacy records ----

  private recordLine(o: JsonObject, shape: 'assay.trace' | 'record', legacy: boolean): void {
    const prompt = reqString(o, 'prompt', shape);
    let text = optString(o, 'response', shape);
    if (text === undefined) text = optString(o, 'text', shape);
    if (text === undefined && legacy) {
      const r = o.result;
      if (r !== undefined && r !== null) text = renderResult(r);
    }
    const model = optString(o, 'model', shape) ?? 'trace';
    const requestId = optString(o, 'request_id', shape);
    const meta = isObject(o.meta) ? o.meta : {};
    const given = metaToolCalls(meta, shape);
    const calls = given === undefined ? [] : this.entryCalls(given, `${shape}: meta.tool_calls`, 0);
    if (legacy) {
      const tool = o.tool;
      if (tool !== undefined && tool !== null) {
        if (typeof tool !== 'string' || tool === '') throw mistyped(shape, 'tool', 'a non-empty string');
        calls.push(makeCall('legacy-v1', tool, o.args ?? {}, null, null, calls.length, 0, this.file, this.line));
      } else {
        const list = optArray(o, 'tool_calls', shape);
        if (list !== undefined) for (const c of this.entryCalls(list, `${shape}: tool_calls`, calls.length)) calls.push(c);
      }
    }
    const kept = this.retainCalls ? calls : [];
    meta.tool_calls = kept;
    const entry = makeEntry(prompt, requestId, text ?? '', model, meta, kept, 0, this.line, this.file, legacy ? 'legacy' : 'v1', false);
    // Duplicates are checked before the calls go out, so a fatal duplicate emits nothing of its entry.
    this.dups.register(entry, this.fileIdx, requestId !== undefined);
    for (const c of calls) {
      this.stats.calls++;
      this.onCall?.(entry.key, c);
    }
    this.stats.episodes++;
    this.onEntry?.(entry);
  }

  /** Normalises a `tool_calls` array of a record or meta; validates all before returning. */
  private entryCalls(list: readonly unknown[], where: string, offset: number): ToolCall[] {
    const out: ToolCall[] = [];
    for (let i = 0; i < list.length; i++) {
      out.push(
        normalizeEntryCall(list[i], {
          where: `${where}[${i}]`,
          nameKeys: ENTRY_NAME_KEYS,
          argKeys: ARG_KEYS,
          defaultId: `legacy-${offset + i}`,
          index: offset + i,
          honourIndex: true,
          defaultTs: 0,
          file: this.file,
          line: this.line,
        }),
      );
    }
    return out;
  }

  // ---- plain tool-call records ----

  private plainRecord(o: JsonObject, shape: string): void {
    const named = firstPresent(o, PLAIN_NAME_KEYS);
    let name: string | undefined;
    let list: unknown[] | undefined;
    if (named !== undefined) {
      if (typeof named[1] !== 'string' || named[1] === '') throw mistyped(shape, named[0], 'a non-empty string');
      name = named[1];
    } else {
      list = optArray(o, 'tool_calls', shape);
      if (list === undefined) throw new BadLine(`${shape}: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array`);
    }
    let groupKey = '';
    const g = firstPresent(o, GROUP_KEYS);
    if (g !== undefined) {
      if (typeof g[1] !== 'string') throw mistyped(shape, g[0], 'a string');
      groupKey = g[1];
    }
    const prompt = optString(o, 'prompt', shape);
    let text = optString(o, 'response', shape);
    if (text === undefined) text = optString(o, 'text', shape);
    const ts = optTimestamp(o, 'timestamp', shape) ?? optTimestamp(o, 'ts_ms', shape) ?? 0;
    const id = optId(o, ID_KEYS, shape);
    let group = this.groups.get(groupKey);
    const base = group === undefined ? 0 : group.count;
    // Build (and so validate) every call before any side effect.
    let calls: ToolCall[];
    if (name !== undefined) {
      calls = [makeCall(id ?? `call-${base}`, name, pickArgs(o, ARG_KEYS), o.result ?? null, o.error ?? null, base, ts, this.file, this.line)];
    } else {
      calls = [];
      const l = list!;
      for (let i = 0; i < l.length; i++) {
        calls.push(
          normalizeEntryCall(l[i], {
            where: `${shape}: tool_calls[${i}]`,
            nameKeys: ENTRY_NAME_KEYS,
            argKeys: ARG_KEYS,
            defaultId: `call-${base + i}`,
            index: base + i,
            honourIndex: false,
            defaultTs: ts,
            file: this.file,
            line: this.line,
          }),
        );
      }
    }
    if (group === undefined) {
      group = new PlainGroup(groupKey, this.line);
      this.groups.set(groupKey, group);
    }
    if (prompt !== undefined && group.prompt === undefined) group.prompt = prompt;
    if (text !== undefined) group.text = text;
    const key = group.key;
    for (const call of calls) {
      group.count++;
      group.lastCall = call;
      if (this.retainCalls) {
        group.calls.push(call);
        this.plainCalls.set(call.id, call);
      } else {
        this.plainCallGroups.set(call.id, group);
      }
      this.stats.calls++;
      this.onCall?.(key, call);
    }
  }

  private toolResult(o: JsonObject): void {
    const S = 'tool_result';
    const id = optId(o, ID_KEYS, S);
    if (id === undefined) throw new BadLine(`${S}: missing "id" or "tool_call_id"`);
    let call: ToolCall | undefined;
    if (this.retainCalls) {
      call = this.plainCalls.get(id);
      if (call === undefined) throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
    } else {
      const group = this.plainCallGroups.get(id);
      if (group === undefined) throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
      // Without retained calls only the group's last call still matters (it may become the entry text).
      if (group.lastCall?.id !== id) return;
      call = group.lastCall;
    }
    if (o.result !== undefined) call.result = o.result;
    if (o.error !== undefined) call.error = o.error;
  }

  private finishGroup(g: PlainGroup): void {
    const prompt = g.prompt ?? (g.groupKey === '' ? DEFAULT_GROUP_PROMPT : undefined);
    let text = g.text;
    if (text === undefined) {
      const r = g.lastCall?.result;
      text = r === undefined || r === null ? '' : renderResult(r);
    }
    const meta: JsonObject = { tool_calls: g.calls };
    const entry = makeEntry(prompt, g.groupKey !== '' ? g.groupKey : undefined, text, 'trace', meta, g.calls, 0, g.firstLine, this.file, 'plain', g.prompt === undefined && g.groupKey === '');
    this.emitEntry(entry, false);
  }

  private emitEntry(entry: TraceEntry, fromRequestId: boolean): void {
    this.dups.register(entry, this.fileIdx, fromRequestId);
    this.stats.episodes++;
    this.onEntry?.(entry);
  }

  // ---- call-list documents ----

  /**
   * A whole `.json` call list as one entry (binding id = file stem). `items` are the array elements,
   * `lines` the line of each element's opening brace, `label` the array's key for messages ("" for a root array).
   */
  callList(stem: string, items: readonly unknown[], lines: readonly number[], label: string, spans: boolean): void {
    const calls: ToolCall[] = [];
    const meta: JsonObject = {};
    const entry = makeEntry(undefined, stem, '', 'trace', meta, calls, 0, 1, this.file, 'call_list', false);
    this.dups.register(entry, this.fileIdx, false);
    let count = 0;
    for (let i = 0; i < items.length; i++) {
      this.line = lines[i] ?? 1;
      const where = `${label}[${i}]`;
      try {
        let call: ToolCall;
        if (spans) {
          const s = items[i];
          if (!isObject(s)) throw new BadLine(`${where} must be an object`);
          const name = s.name;
          if (typeof name !== 'string' || name === '') throw new BadLine(`${where} has no name`);
          // Internal spans (`internal…` without a dot) are not tool calls.
          if (name.startsWith('internal') && !name.includes('.')) continue;
          const id = optId(s, ID_KEYS, where) ?? `call-${count}`;
          call = makeCall(id, name, s.attributes ?? {}, null, null, count, 0, this.file, this.line);
        } else {
          call = normalizeEntryCall(items[i], {
            where,
            nameKeys: CALL_LIST_NAME_KEYS,
            argKeys: CALL_LIST_ARG_KEYS,
            defaultId: `call-${count}`,
            index: count,
            honourIndex: false,
            defaultTs: 0,
            file: this.file,
            line: this.line,
          });
        }
        count++;
        if (this.retainCalls) calls.push(call);
        this.stats.records++;
        this.stats.calls++;
        this.onCall?.(stem, call);
      } catch (e) {
        if (e instanceof BadLine) this.reject(e);
        else throw e;
      }
    }
    meta.tool_calls = calls;
    this.stats.episodes++;
    this.onEntry?.(entry);
  }
}

/** `meta.tool_calls` given in the input: an array of calls to normalise, else absent. */
function metaToolCalls(meta: JsonObject, shape: string): unknown[] | undefined {
  const v = meta.tool_calls;
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v)) throw mistyped(shape, 'meta.tool_calls', 'an array');
  return v;
}

/** One constructor for every entry so all TraceEntry objects share a hidden class. */
function makeEntry(
  prompt: string | undefined,
  bindingId: string | undefined,
  text: string,
  model: string,
  meta: JsonObject,
  toolCalls: ToolCall[],
  steps: number,
  firstLine: number,
  file: string,
  kind: EntryKind,
  sharedPrompt: boolean,
): TraceEntry {
  const key = bindingId !== undefined && bindingId !== '' ? bindingId : (prompt ?? '');
  return { prompt, binding_id: bindingId, text, model, meta, tool_calls: toolCalls, steps, first_line: firstLine, file, key, kind, shared_prompt: sharedPrompt };
}
