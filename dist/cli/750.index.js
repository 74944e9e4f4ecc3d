export const id = 750;
export const ids = [750];
export const modules = {

/***/ 4724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ TraceAssembler)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/trace/bad-line.ts
var bad_line = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/util/key-table.ts
var key_table = __webpack_require__(5794);
;// CONCATENATED MODULE: ./src/core/trace/duplicates.ts
// Duplicate detection across all entries of a read: two entries with one prompt (placeholder prompts
// excepted), two with one binding id, a repeated non-null request_id are fatal. Only 64-bit key hashes are
// kept with the position of their entry (KeyTable), so memory stays ~20 bytes per entry however long
// prompts are.



const LINE_SPAN = 2 ** 32;
class DuplicateRegistry {
    prompts = new key_table/* KeyTable */.a();
    /** value = location * 2 + (1 when the binding id came from a request_id) */
    bindings = new key_table/* KeyTable */.a();
    files = [];
    /** Registers a file and returns its index for locations. */
    addFile(display) {
        this.files.push(display);
        return this.files.length - 1;
    }
    /** Throws InputError E_TRACE_INVALID when the entry repeats a prompt or binding id already seen. */
    register(entry, fileIdx, bindingFromRequestId) {
        const loc = fileIdx * LINE_SPAN + entry.first_line;
        let promptKey;
        // A placeholder prompt is no identity (./shared-prompt.ts): repeats are expected, binding checks them.
        if (entry.prompt !== undefined && entry.shared_prompt !== true) {
            promptKey = entry.prompt;
            const prev = this.prompts.get(promptKey);
            if (prev !== undefined)
                this.fail('prompt', entry.prompt, prev, loc);
        }
        let bindingKey;
        if (entry.binding_id !== undefined) {
            bindingKey = entry.binding_id;
            const prev = this.bindings.get(bindingKey);
            if (prev !== undefined) {
                const what = bindingFromRequestId && prev % 2 === 1 ? 'request_id' : 'binding id';
                this.fail(what, entry.binding_id, Math.floor(prev / 2), loc);
            }
        }
        if (promptKey !== undefined)
            this.prompts.set(promptKey, loc);
        if (bindingKey !== undefined)
            this.bindings.set(bindingKey, loc * 2 + (bindingFromRequestId ? 1 : 0));
    }
    fail(what, value, a, b) {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const firstFile = this.files[Math.floor(first / LINE_SPAN)] ?? '';
        const secondFile = this.files[Math.floor(second / LINE_SPAN)] ?? '';
        const firstLine = first % LINE_SPAN;
        const secondLine = second % LINE_SPAN;
        const at = firstFile === secondFile ? `line ${firstLine}` : `${firstFile}:${firstLine}`;
        const message = `duplicate ${what} ${(0,bad_line/* quote */.hD)(value)} (first at ${at})`;
        const d = {
            code: 'E_TRACE_INVALID',
            severity: 'error',
            message,
            source: 'trace',
            file: secondFile,
            line: secondLine,
            col: 1,
            context: { first_file: firstFile, first_line: firstLine },
        };
        throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
            source: 'trace',
            context: { file: secondFile, line: secondLine, col: 1, first_file: firstFile, first_line: firstLine },
            nextStepValues: { 'trace.jsonl': secondFile },
            diagnostics: [d],
        });
    }
}

// EXTERNAL MODULE: ./src/core/trace/fields.ts
var fields = __webpack_require__(8824);
// EXTERNAL MODULE: ./src/core/trace/normalize-call.ts
var normalize_call = __webpack_require__(8547);
// EXTERNAL MODULE: ./src/core/trace/otel-episodes.ts
var otel_episodes = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/core/trace/otel-spans.ts
var otel_spans = __webpack_require__(4571);
// EXTERNAL MODULE: ./src/core/trace/shared-prompt.ts
var shared_prompt = __webpack_require__(9691);
;// CONCATENATED MODULE: ./src/core/trace/assembler.ts
// Turns decoded trace lines into tool calls and entries: line dispatch, V2 episode assembly,
// V1/legacy records, plain tool-call record groups, duplicate detection and bad-line handling.
// Byte-level work (splitting, UTF-8, size limit) is in reader.ts; this class sees one string per line.








const GROUP_KEYS = ['test_id', 'episode_id', 'run_id'];
const ID_KEYS = ['id', 'tool_call_id'];
/** Distinct unknown `type` values noted per file; later ones are only counted. */
const MAX_UNKNOWN_TYPE_NOTES = 100;
class Episode {
    bindingId;
    meta;
    firstLine;
    prompt = undefined;
    /** Set by episode_start or a `model` step: later steps cannot replace it (rule 1). */
    promptFinal = false;
    text = undefined;
    modelFromContent = undefined;
    modelFromMeta = undefined;
    calls = [];
    callCount = 0;
    steps = 0;
    constructor(bindingId, meta, firstLine) {
        this.bindingId = bindingId;
        this.meta = meta;
        this.firstLine = firstLine;
    }
    get key() {
        return this.bindingId !== '' ? this.bindingId : (this.prompt ?? '');
    }
}
class PlainGroup {
    groupKey;
    firstLine;
    prompt = undefined;
    text = undefined;
    lastCall = undefined;
    calls = [];
    count = 0;
    constructor(groupKey, firstLine) {
        this.groupKey = groupKey;
        this.firstLine = firstLine;
    }
    get key() {
        return this.groupKey !== '' ? this.groupKey : (this.prompt ?? shared_prompt/* DEFAULT_GROUP_PROMPT */.F4);
    }
}
/** Char code of the first non-blank character, -1 for a blank line. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return c;
    }
    return -1;
}
function looksLikeObject(s) {
    return firstNonBlank(s) === 0x7b;
}
class TraceAssembler {
    strict;
    retainCalls;
    stats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
    dups = new DuplicateRegistry();
    file = '';
    fileIdx = 0;
    line = 0;
    episodes = new Map();
    groups = new Map();
    /** Plain-record calls by id for `tool_result` (retainCalls); the last one with an id wins. */
    plainCalls = new Map();
    /** Without retained calls only the group is kept; a result can then reach its group's last call only. */
    plainCallGroups = new Map();
    unknownTypes = new Set();
    /** OpenTelemetry spans of this file, assembled into episodes at its end (./otel-episodes.ts). */
    otel = undefined;
    otelNoted = false;
    /** This file's counts so far (the read's totals minus those at beginFile) and its first bad/ignored line. */
    fileBase = { records: 0, skipped: 0, ignored: 0 };
    firstBad = undefined;
    firstIgnoredType = undefined;
    onFileEnd;
    onCall;
    onEntry;
    onDiagnostic;
    constructor(visitor, strict, retainCalls) {
        this.strict = strict;
        this.retainCalls = retainCalls;
        this.onCall = visitor.onCall?.bind(visitor);
        this.onEntry = visitor.onEntry?.bind(visitor);
        this.onDiagnostic = visitor.onDiagnostic?.bind(visitor);
        this.onFileEnd = visitor.onFileEnd?.bind(visitor);
    }
    beginFile(display) {
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
    endFile() {
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
            }
            else if (g !== undefined) {
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
    handleLine(text, lineNo) {
        this.line = lineNo;
        if (lineNo === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== 0x7b) {
            const c = firstNonBlank(text);
            if (c === -1 || c === 0x23)
                return; // blank or `#` comment: not counted
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            this.reject((0,bad_line/* invalidJson */.U8)(text, e));
            return;
        }
        try {
            if (!(0,fields/* isObject */.Gv)(value))
                throw (0,bad_line/* notAnObject */.O1)(value);
            if (this.dispatch(value))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof bad_line/* BadLine */.A6)
                this.reject(e);
            else
                throw e;
        }
    }
    /** A bad line: fatal under strict, else skipped, counted and reported. */
    badLine(lineNo, message, col) {
        const file = this.file;
        if (this.strict) {
            const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file, line: lineNo, col };
            throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
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
    reject(b) {
        this.badLine(this.line, b.message, b.col);
    }
    /** Returns true for a record line, false for an ignored one (unknown `type`). Throws BadLine. */
    dispatch(o) {
        const type = o.type;
        if (type === undefined) {
            if ((0,otel_spans/* isOtelLine */.T7)(o))
                return this.otelLine(o);
            this.untyped(o);
            return true;
        }
        if (typeof type !== 'string')
            throw new bad_line/* BadLine */.A6('"type" must be a string');
        switch (type) {
            case 'tool_call':
                if (o.episode_id !== undefined && o.episode_id !== null)
                    this.v2ToolCall(o);
                else
                    this.plainRecord(o, 'tool_call');
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
    noteUnknownType(type) {
        this.firstIgnoredType ??= type;
        if (this.unknownTypes.has(type) || this.unknownTypes.size >= MAX_UNKNOWN_TYPE_NOTES)
            return;
        this.unknownTypes.add(type);
        this.onDiagnostic?.({
            code: 'W_TRACE_UNKNOWN_TYPE',
            severity: 'note',
            message: `lines with unknown type ${(0,bad_line/* quote */.hD)(type)} are ignored (counted in ignored_lines)${(0,bad_line/* contentBlockHint */.ON)(type) ?? ''}`,
            source: 'trace',
            file: this.file,
            line: this.line,
            col: 1,
        });
    }
    untyped(o) {
        if (o.prompt !== undefined && o.prompt !== null)
            return this.recordLine(o, 'record', true);
        if ((0,fields/* firstPresent */.IT)(o, normalize_call/* PLAIN_NAME_KEYS */.sb) !== undefined || Array.isArray(o.tool_calls))
            return this.plainRecord(o, 'record');
        if (o.tool_calls !== undefined && o.tool_calls !== null)
            throw (0,fields/* mistyped */.E1)('record', 'tool_calls', 'an array');
        throw new bad_line/* BadLine */.A6(bad_line/* NOTHING_USABLE */.Bf);
    }
    // ---- OpenTelemetry spans (docs/otel.md) ----
    /** A span line or OTLP request line; ignored (false) when none of its spans is a GenAI span. */
    otelLine(o) {
        const c = (this.otel ??= new otel_episodes/* OtelCollector */.q());
        return this.otelCounted(c.add((0,otel_spans/* readOtelLine */.jP)(o, this.line, c.nextOrder())));
    }
    /** A whole-file OTLP document (./otel-document.ts), counted as one record. */
    otelDocument(doc, lineOfSpan) {
        this.line = 1;
        try {
            const c = (this.otel ??= new otel_episodes/* OtelCollector */.q());
            const spans = (0,otel_spans/* readOtlpRequest */.v8)(doc, (s) => ((0,fields/* isObject */.Gv)(s) && typeof s.spanId === 'string' ? lineOfSpan(s.spanId) : 1), c.nextOrder());
            if (this.otelCounted(c.add(spans)))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof bad_line/* BadLine */.A6)
                this.reject(e);
            else
                throw e;
        }
    }
    otelCounted(genAiSpans) {
        if (genAiSpans > 0)
            return true;
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
    finishOtel() {
        const c = this.otel;
        this.otel = undefined;
        if (c === undefined)
            return;
        for (const ep of c.finish()) {
            const calls = ep.calls.map((x, i) => (0,normalize_call/* makeCall */.p1)(x.id, x.tool_name, x.args, x.result, x.error, i, x.ts_ms, this.file, x.line));
            const kept = this.retainCalls ? calls : [];
            const meta = { ...ep.meta, tool_calls: kept };
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
    openEpisode(type, id) {
        const ep = this.episodes.get(id);
        if (ep === undefined)
            throw new bad_line/* BadLine */.A6(`${type} for episode ${(0,bad_line/* quote */.hD)(id)} which is not open`);
        return ep;
    }
    v2Start(o) {
        const S = 'episode_start';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        let prompt;
        const input = o.input;
        if (input !== undefined && input !== null) {
            if (!(0,fields/* isObject */.Gv)(input))
                throw (0,fields/* mistyped */.E1)(S, 'input', 'an object');
            const p = input.prompt;
            if (typeof p === 'string')
                prompt = p;
            else if (p !== undefined && p !== null)
                throw (0,fields/* mistyped */.E1)(S, 'input.prompt', 'a string');
        }
        if (this.episodes.has(id))
            throw new bad_line/* BadLine */.A6(`${S} for episode ${(0,bad_line/* quote */.hD)(id)} which is already open`);
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : {};
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
        if (calls !== undefined)
            for (const c of calls)
                this.addEpisodeCall(ep, c);
    }
    v2Step(o) {
        const S = 'step';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqString */.OF)(o, 'step_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        const kind = (0,fields/* reqString */.OF)(o, 'kind', S);
        (0,fields/* optIndex */.Cn)(o, 'idx', S);
        (0,fields/* optString */.$2)(o, 'name', S);
        const content = o.content;
        if (content !== undefined && content !== null && typeof content !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'content', 'a string or null');
        (0,fields/* optArray */.hp)(o, 'truncations', S);
        const ep = this.openEpisode(S, id);
        ep.steps++;
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : undefined;
        let parsed;
        if (typeof content === 'string' && looksLikeObject(content)) {
            try {
                const v = JSON.parse(content);
                if ((0,fields/* isObject */.Gv)(v))
                    parsed = v;
            }
            catch {
                // plain text that happens to start with `{`
            }
        }
        // Rule 1: prompt. A model step may replace a prompt taken from a non-model step.
        if (!ep.promptFinal) {
            const isModel = kind === 'model';
            if (ep.prompt === undefined || isModel) {
                let p = parsed?.prompt;
                if (typeof p !== 'string')
                    p = meta?.['gen_ai.prompt'];
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
                if (typeof model === 'string')
                    ep.modelFromContent = model;
            }
            else {
                ep.text = content;
            }
        }
        if (meta !== undefined) {
            const completion = meta['gen_ai.completion'];
            if (typeof completion === 'string')
                ep.text = completion;
            const rm = meta['gen_ai.response.model'];
            const qm = meta['gen_ai.request.model'];
            if (typeof rm === 'string')
                ep.modelFromMeta = rm;
            else if (typeof qm === 'string')
                ep.modelFromMeta = qm;
        }
    }
    // The hot path of large traces: direct property reads (monomorphic per event shape) instead of the
    // generic field helpers, which are only called to build the message once a check has failed.
    v2ToolCall(o) {
        const S = 'tool_call';
        const id = o.episode_id;
        const stepId = o.step_id;
        const ts = o.timestamp;
        const toolName = o.tool_name;
        if (typeof id !== 'string')
            (0,fields/* reqString */.OF)(o, 'episode_id', S);
        if (typeof stepId !== 'string')
            (0,fields/* reqString */.OF)(o, 'step_id', S);
        if (typeof ts !== 'number' || !Number.isSafeInteger(ts))
            (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        if (typeof toolName !== 'string' || toolName === '') {
            if (toolName === undefined)
                throw new bad_line/* BadLine */.A6(`${S}: missing required field "tool_name"`);
            throw (0,fields/* mistyped */.E1)(S, 'tool_name', 'a non-empty string');
        }
        let callIndex = o.call_index;
        if (callIndex === undefined || callIndex === null)
            callIndex = 0;
        else if (!(typeof callIndex === 'number' && Number.isSafeInteger(callIndex) && callIndex >= 0))
            throw (0,fields/* mistyped */.E1)(S, 'call_index', 'a non-negative integer');
        const error = o.error;
        if (error !== undefined && error !== null && typeof error !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'error', 'a string or null');
        const truncations = o.truncations;
        if (truncations !== undefined && truncations !== null && !Array.isArray(truncations))
            throw (0,fields/* mistyped */.E1)(S, 'truncations', 'an array');
        const ep = this.openEpisode(S, id);
        const args = o.args;
        const result = o.result;
        const call = (0,normalize_call/* makeCall */.p1)(stepId + '-' + callIndex, toolName, args === undefined ? null : args, result === undefined ? null : result, error === undefined ? null : error, ep.callCount, ts, this.file, this.line);
        this.addEpisodeCall(ep, call);
    }
    addEpisodeCall(ep, call) {
        ep.callCount++;
        if (this.retainCalls)
            ep.calls.push(call);
        this.stats.calls++;
        this.onCall?.(ep.key, call);
    }
    v2End(o) {
        const S = 'episode_end';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        (0,fields/* optString */.$2)(o, 'outcome', S);
        const finalOutput = o.final_output;
        if (finalOutput !== undefined && finalOutput !== null && typeof finalOutput !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'final_output', 'a string or null');
        const ep = this.openEpisode(S, id);
        if (typeof finalOutput === 'string')
            ep.text = finalOutput;
        this.episodes.delete(id);
        this.finishEpisode(ep);
    }
    finishEpisode(ep) {
        const model = ep.modelFromContent ?? ep.modelFromMeta ?? 'trace';
        ep.meta.tool_calls = ep.calls;
        const entry = makeEntry(ep.prompt, ep.bindingId, ep.text ?? '', model, ep.meta, ep.calls, ep.steps, ep.firstLine, this.file, 'v2', (0,shared_prompt/* isImportPlaceholder */.f1)(ep.prompt, ep.meta));
        this.emitEntry(entry, false);
    }
    // ---- V1 and legacy records ----
    recordLine(o, shape, legacy) {
        const prompt = (0,fields/* reqString */.OF)(o, 'prompt', shape);
        let text = (0,fields/* optString */.$2)(o, 'response', shape);
        if (text === undefined)
            text = (0,fields/* optString */.$2)(o, 'text', shape);
        if (text === undefined && legacy) {
            const r = o.result;
            if (r !== undefined && r !== null)
                text = (0,fields/* renderResult */.C8)(r);
        }
        const model = (0,fields/* optString */.$2)(o, 'model', shape) ?? 'trace';
        const requestId = (0,fields/* optString */.$2)(o, 'request_id', shape);
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : {};
        const given = metaToolCalls(meta, shape);
        const calls = given === undefined ? [] : this.entryCalls(given, `${shape}: meta.tool_calls`, 0);
        if (legacy) {
            const tool = o.tool;
            if (tool !== undefined && tool !== null) {
                if (typeof tool !== 'string' || tool === '')
                    throw (0,fields/* mistyped */.E1)(shape, 'tool', 'a non-empty string');
                calls.push((0,normalize_call/* makeCall */.p1)('legacy-v1', tool, o.args ?? {}, null, null, calls.length, 0, this.file, this.line));
            }
            else {
                const list = (0,fields/* optArray */.hp)(o, 'tool_calls', shape);
                if (list !== undefined)
                    for (const c of this.entryCalls(list, `${shape}: tool_calls`, calls.length))
                        calls.push(c);
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
    entryCalls(list, where, offset) {
        const out = [];
        for (let i = 0; i < list.length; i++) {
            out.push((0,normalize_call/* normalizeEntryCall */.KY)(list[i], {
                where: `${where}[${i}]`,
                nameKeys: normalize_call/* ENTRY_NAME_KEYS */.S4,
                argKeys: normalize_call/* ARG_KEYS */.oj,
                defaultId: `legacy-${offset + i}`,
                index: offset + i,
                honourIndex: true,
                defaultTs: 0,
                file: this.file,
                line: this.line,
            }));
        }
        return out;
    }
    // ---- plain tool-call records ----
    plainRecord(o, shape) {
        const named = (0,fields/* firstPresent */.IT)(o, normalize_call/* PLAIN_NAME_KEYS */.sb);
        let name;
        let list;
        if (named !== undefined) {
            if (typeof named[1] !== 'string' || named[1] === '')
                throw (0,fields/* mistyped */.E1)(shape, named[0], 'a non-empty string');
            name = named[1];
        }
        else {
            list = (0,fields/* optArray */.hp)(o, 'tool_calls', shape);
            if (list === undefined)
                throw new bad_line/* BadLine */.A6(`${shape}: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array`);
        }
        let groupKey = '';
        const g = (0,fields/* firstPresent */.IT)(o, GROUP_KEYS);
        if (g !== undefined) {
            if (typeof g[1] !== 'string')
                throw (0,fields/* mistyped */.E1)(shape, g[0], 'a string');
            groupKey = g[1];
        }
        const prompt = (0,fields/* optString */.$2)(o, 'prompt', shape);
        let text = (0,fields/* optString */.$2)(o, 'response', shape);
        if (text === undefined)
            text = (0,fields/* optString */.$2)(o, 'text', shape);
        const ts = (0,fields/* optTimestamp */.As)(o, 'timestamp', shape) ?? (0,fields/* optTimestamp */.As)(o, 'ts_ms', shape) ?? 0;
        const id = (0,fields/* optId */.Z7)(o, ID_KEYS, shape);
        let group = this.groups.get(groupKey);
        const base = group === undefined ? 0 : group.count;
        // Build (and so validate) every call before any side effect.
        let calls;
        if (name !== undefined) {
            calls = [(0,normalize_call/* makeCall */.p1)(id ?? `call-${base}`, name, (0,normalize_call/* pickArgs */.zz)(o, normalize_call/* ARG_KEYS */.oj), o.result ?? null, o.error ?? null, base, ts, this.file, this.line)];
        }
        else {
            calls = [];
            const l = list;
            for (let i = 0; i < l.length; i++) {
                calls.push((0,normalize_call/* normalizeEntryCall */.KY)(l[i], {
                    where: `${shape}: tool_calls[${i}]`,
                    nameKeys: normalize_call/* ENTRY_NAME_KEYS */.S4,
                    argKeys: normalize_call/* ARG_KEYS */.oj,
                    defaultId: `call-${base + i}`,
                    index: base + i,
                    honourIndex: false,
                    defaultTs: ts,
                    file: this.file,
                    line: this.line,
                }));
            }
        }
        if (group === undefined) {
            group = new PlainGroup(groupKey, this.line);
            this.groups.set(groupKey, group);
        }
        if (prompt !== undefined && group.prompt === undefined)
            group.prompt = prompt;
        if (text !== undefined)
            group.text = text;
        const key = group.key;
        for (const call of calls) {
            group.count++;
            group.lastCall = call;
            if (this.retainCalls) {
                group.calls.push(call);
                this.plainCalls.set(call.id, call);
            }
            else {
                this.plainCallGroups.set(call.id, group);
            }
            this.stats.calls++;
            this.onCall?.(key, call);
        }
    }
    toolResult(o) {
        const S = 'tool_result';
        const id = (0,fields/* optId */.Z7)(o, ID_KEYS, S);
        if (id === undefined)
            throw new bad_line/* BadLine */.A6(`${S}: missing "id" or "tool_call_id"`);
        let call;
        if (this.retainCalls) {
            call = this.plainCalls.get(id);
            if (call === undefined)
                throw new bad_line/* BadLine */.A6(`${S} for call ${(0,bad_line/* quote */.hD)(id)} which was not seen`);
        }
        else {
            const group = this.plainCallGroups.get(id);
            if (group === undefined)
                throw new bad_line/* BadLine */.A6(`${S} for call ${(0,bad_line/* quote */.hD)(id)} which was not seen`);
            // Without retained calls only the group's last call still matters (it may become the entry text).
            if (group.lastCall?.id !== id)
                return;
            call = group.lastCall;
        }
        if (o.result !== undefined)
            call.result = o.result;
        if (o.error !== undefined)
            call.error = o.error;
    }
    finishGroup(g) {
        const prompt = g.prompt ?? (g.groupKey === '' ? shared_prompt/* DEFAULT_GROUP_PROMPT */.F4 : undefined);
        let text = g.text;
        if (text === undefined) {
            const r = g.lastCall?.result;
            text = r === undefined || r === null ? '' : (0,fields/* renderResult */.C8)(r);
        }
        const meta = { tool_calls: g.calls };
        const entry = makeEntry(prompt, g.groupKey !== '' ? g.groupKey : undefined, text, 'trace', meta, g.calls, 0, g.firstLine, this.file, 'plain', g.prompt === undefined && g.groupKey === '');
        this.emitEntry(entry, false);
    }
    emitEntry(entry, fromRequestId) {
        this.dups.register(entry, this.fileIdx, fromRequestId);
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    // ---- call-list documents ----
    /**
     * A whole `.json` call list as one entry (binding id = file stem). `items` are the array elements,
     * `lines` the line of each element's opening brace, `label` the array's key for messages ("" for a root array).
     */
    callList(stem, items, lines, label, spans) {
        const calls = [];
        const meta = {};
        const entry = makeEntry(undefined, stem, '', 'trace', meta, calls, 0, 1, this.file, 'call_list', false);
        this.dups.register(entry, this.fileIdx, false);
        let count = 0;
        for (let i = 0; i < items.length; i++) {
            this.line = lines[i] ?? 1;
            const where = `${label}[${i}]`;
            try {
                let call;
                if (spans) {
                    const s = items[i];
                    if (!(0,fields/* isObject */.Gv)(s))
                        throw new bad_line/* BadLine */.A6(`${where} must be an object`);
                    const name = s.name;
                    if (typeof name !== 'string' || name === '')
                        throw new bad_line/* BadLine */.A6(`${where} has no name`);
                    // Internal spans (`internal…` without a dot) are not tool calls.
                    if (name.startsWith('internal') && !name.includes('.'))
                        continue;
                    const id = (0,fields/* optId */.Z7)(s, ID_KEYS, where) ?? `call-${count}`;
                    call = (0,normalize_call/* makeCall */.p1)(id, name, s.attributes ?? {}, null, null, count, 0, this.file, this.line);
                }
                else {
                    call = (0,normalize_call/* normalizeEntryCall */.KY)(items[i], {
                        where,
                        nameKeys: normalize_call/* CALL_LIST_NAME_KEYS */.BY,
                        argKeys: normalize_call/* CALL_LIST_ARG_KEYS */.G7,
                        defaultId: `call-${count}`,
                        index: count,
                        honourIndex: false,
                        defaultTs: 0,
                        file: this.file,
                        line: this.line,
                    });
                }
                count++;
                if (this.retainCalls)
                    calls.push(call);
                this.stats.records++;
                this.stats.calls++;
                this.onCall?.(stem, call);
            }
            catch (e) {
                if (e instanceof bad_line/* BadLine */.A6)
                    this.reject(e);
                else
                    throw e;
            }
        }
        meta.tool_calls = calls;
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
}
/** `meta.tool_calls` given in the input: an array of calls to normalise, else absent. */
function metaToolCalls(meta, shape) {
    const v = meta.tool_calls;
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v))
        throw (0,fields/* mistyped */.E1)(shape, 'meta.tool_calls', 'an array');
    return v;
}
/** One constructor for every entry so all TraceEntry objects share a hidden class. */
function makeEntry(prompt, bindingId, text, model, meta, toolCalls, steps, firstLine, file, kind, sharedPrompt) {
    const key = bindingId !== undefined && bindingId !== '' ? bindingId : (prompt ?? '');
    return { prompt, binding_id: bindingId, text, model, meta, tool_calls: toolCalls, steps, first_line: firstLine, file, key, kind, shared_prompt: sharedPrompt };
}


/***/ }),

/***/ 5750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  p_: () => (/* reexport */ readTraceFiles),
  readTraceInput: () => (/* reexport */ readTraceInput),
  Qe: () => (/* reexport */ requireRecords)
});

// UNUSED EXPORTS: DEFAULT_GROUP_PROMPT, MAX_DOCUMENT_BYTES, MAX_LINE_BYTES, MCP_SESSION_PROMPT, episodeEndLine, episodeStartLine, isCallListPath, noRecordsError, noRecordsMessage, readTrace, stepLine, toolCallLine, v2EventLine, v2Jsonl

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/trace/assembler.ts + 1 modules
var assembler = __webpack_require__(4724);
// EXTERNAL MODULE: ./src/core/trace/bad-line.ts
var bad_line = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/trace/call-list.ts
var call_list = __webpack_require__(3082);
// EXTERNAL MODULE: ./src/core/trace/open-file.ts
var open_file = __webpack_require__(3580);
// EXTERNAL MODULE: ./src/core/trace/otel-document.ts
var otel_document = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/trace/utf8.ts
var utf8 = __webpack_require__(1578);
;// CONCATENATED MODULE: ./src/core/trace/reader.ts
// The streaming trace reader: reads JSONL in 1 MiB chunks, splits lines on bytes, decodes
// whole chunks at once when they are valid UTF-8 (the common case) and hands each line to the assembler.
// Lines over 16 MiB are discarded while streaming, never buffered. `.json` files are call-list documents.








const CHUNK_BYTES = 1 << 20;
/** Longest accepted line, excluding its LF and a CR before it. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Reads one trace file (JSONL, or a `.json` call-list document) and returns its counts. */
async function readTrace(path, visitor, opts = {}) {
    return readTraceFiles([{ path, displayPath: opts.displayPath ?? path }], visitor, opts);
}
/**
 * Reads several files in order as one trace: duplicate prompts/binding ids are detected across files and the
 * counts are summed. Episodes and plain-record groups do not span files (each completes at its file's end).
 */
async function readTraceFiles(files, visitor, opts = {}) {
    const asm = new assembler/* TraceAssembler */.q(visitor, opts.strict ?? false, opts.retainCalls ?? true);
    for (const f of files) {
        const path = typeof f === 'string' ? f : f.path;
        const display = typeof f === 'string' ? f : (f.displayPath ?? f.path);
        // A `.json` file that starts as OTLP JSON is an OpenTelemetry export, never a call list (docs/otel.md).
        if ((0,call_list/* isCallListPath */.SP)(path) && !(await (0,otel_document/* startsAsOtlp */.rW)(path, display)))
            await (0,call_list/* readCallList */.dQ)(path, display, asm);
        else
            await readJsonl(path, display, asm);
    }
    return { ...asm.stats };
}
async function readJsonl(path, display, asm) {
    const fh = await (0,open_file/* openTraceFile */.U)(path, display);
    try {
        asm.beginFile(display);
        const splitter = new LineSplitter(asm);
        // One buffer reused for every read: lines are decoded to strings (copies) and partial lines are copied.
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        for (let first = true;; first = false) {
            let n;
            try {
                n = (await fh.read(buf, 0, CHUNK_BYTES, null)).bytesRead;
            }
            catch (e) {
                throw (0,open_file/* cannotOpen */.a)(display, e);
            }
            if (n === 0)
                break;
            if (first && (0,otel_document/* isOtlpDocumentStart */.pO)(buf.subarray(0, n))) {
                // A multi-line OTLP JSON document is read whole; if it is not one JSON value, it is read as lines.
                const whole = await readRest(fh, buf.subarray(0, n), display);
                const parsed = (0,otel_document/* parseOtlpDocument */.Eo)(whole.toString('utf8'), display, whole.indexOf(10) === -1 || whole.indexOf(10) >= n);
                if (parsed !== undefined)
                    asm.otelDocument(parsed.doc, parsed.lineOfSpan);
                else
                    splitter.push(whole);
                break;
            }
            splitter.push(buf.subarray(0, n));
        }
        splitter.end();
        asm.endFile();
    }
    finally {
        await fh.close();
    }
}
async function readRest(fh, head, display) {
    let rest;
    try {
        (0,otel_document/* checkDocumentSize */.PK)((await fh.stat()).size, display);
        rest = await fh.readFile(); // from the current position
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        throw (0,open_file/* cannotOpen */.a)(display, e);
    }
    (0,otel_document/* checkDocumentSize */.PK)(head.length + rest.length, display);
    return Buffer.concat([head, rest]);
}
function tooLong(hasCr) {
    return hasCr ? `${bad_line/* LINE_TOO_LONG */.Fs} (${bad_line/* CR_ONLY */.dx})` : bad_line/* LINE_TOO_LONG */.Fs;
}
/** Splits chunks into lines. A line that spans chunks is collected (copied) until its LF, or discarded past 16 MiB. */
class LineSplitter {
    asm;
    parts = [];
    /** Bytes of the unfinished line so far (also counted while discarding). */
    pendingLen = 0;
    discarding = false;
    /** The discarded line held a CR: most likely a CR-only file, which the message then says. */
    discardedCr = false;
    lineNo = 0;
    constructor(asm) {
        this.asm = asm;
    }
    push(chunk) {
        const n = chunk.length;
        let start = 0;
        if (this.pendingLen > 0) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                this.appendPending(chunk, 0, n);
                return;
            }
            this.appendPending(chunk, 0, nl);
            this.finishPending();
            start = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last >= start) {
            this.completeLines(chunk, start, last);
            start = last + 1;
        }
        if (start < n)
            this.appendPending(chunk, start, n);
    }
    /** End of input: a last line without LF is still a line. */
    end() {
        if (this.pendingLen > 0)
            this.finishPending();
    }
    appendPending(chunk, s, e) {
        this.pendingLen += e - s;
        if (this.discarding)
            return;
        if (this.pendingLen > MAX_LINE_BYTES + 1) {
            // Certainly too long even if it ends in CR: stop keeping bytes, just look for the end of the line.
            this.discarding = true;
            this.discardedCr = this.parts.some((p) => p.includes(13)) || chunk.subarray(s, e).includes(13);
            this.parts = [];
            return;
        }
        if (e > s)
            this.parts.push(Buffer.from(chunk.subarray(s, e)));
    }
    finishPending() {
        const lineNo = ++this.lineNo;
        const len = this.pendingLen;
        const discarded = this.discarding;
        const discardedCr = this.discardedCr;
        const parts = this.parts;
        this.parts = [];
        this.pendingLen = 0;
        this.discarding = false;
        this.discardedCr = false;
        if (discarded) {
            this.asm.badLine(lineNo, tooLong(discardedCr), 1);
            return;
        }
        const line = parts.length === 1 ? parts[0] : Buffer.concat(parts, len);
        const contentLen = line[len - 1] === 13 ? len - 1 : len;
        if (contentLen > MAX_LINE_BYTES) {
            this.asm.badLine(lineNo, tooLong(line.subarray(0, contentLen).includes(13)), 1);
            return;
        }
        this.decodeLine(line, 0, len, lineNo);
    }
    /** chunk[s, e) holds complete lines and chunk[e] is LF. Lines here are < 1 MiB, so no size check. */
    completeLines(chunk, s, e) {
        const asm = this.asm;
        if ((0,external_node_buffer_.isUtf8)(chunk.subarray(s, e))) {
            // Fast path: one decode for the whole region, then split the string.
            const str = chunk.toString('utf8', s, e);
            let p = 0;
            for (;;) {
                const q = str.indexOf('\n', p);
                if (q === -1) {
                    asm.handleLine(p === 0 ? str : str.slice(p), ++this.lineNo);
                    return;
                }
                asm.handleLine(str.slice(p, q), ++this.lineNo);
                p = q + 1;
            }
        }
        let p = s;
        for (;;) {
            const q = chunk.indexOf(10, p); // ≤ e, since chunk[e] is LF
            this.decodeLine(chunk, p, q, ++this.lineNo);
            if (q >= e)
                return;
            p = q + 1;
        }
    }
    decodeLine(buf, s, e, lineNo) {
        const view = buf.subarray(s, e);
        if ((0,external_node_buffer_.isUtf8)(view)) {
            this.asm.handleLine(buf.toString('utf8', s, e), lineNo);
            return;
        }
        const off = (0,utf8/* firstInvalidUtf8 */.vE)(view);
        let col = off < 0 ? 1 : (0,utf8/* codePointsInUtf8 */.NH)(view, off) + 1;
        if (lineNo === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf && col > 1)
            col--; // BOM is not shown
        this.asm.badLine(lineNo, bad_line/* INVALID_UTF8 */.y5, col);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/read-input.ts
// The one way every command reads the traces it judges (validate, run, ci, doctor, the action): the
// streaming reader plus the "no usable record" rule. A trace file from which no record could be read is
// fatal, E_TRACE_INVALID, in every command and for every file of a multi-file read, so `validate` can never
// pass what `ci` fails (docs/traces.md "A trace with no records").



const NO_RECORDS = 'trace contains no records';
/** Why nothing was read, for the message: the bad and ignored lines of the file, or that it had no data. */
function noRecordsMessage(s) {
    const why = [];
    if (s.skipped_lines > 0) {
        const first = s.first_bad ? `; first at line ${s.first_bad.line}: ${s.first_bad.message}` : '';
        why.push(`${s.skipped_lines} bad line(s) skipped${first}`);
    }
    if (s.ignored_lines > 0) {
        const t = s.first_ignored_type;
        const type = t !== undefined ? ` (first type ${(0,bad_line/* quote */.hD)(t)})${(0,bad_line/* contentBlockHint */.ON)(t) ?? ''}` : '';
        why.push(`${s.ignored_lines} line(s) of unknown type ignored${type}`);
    }
    if (why.length === 0)
        return `${NO_RECORDS} (no data lines)`;
    return `${NO_RECORDS}: ${why.join('; ')}`;
}
/** E_TRACE_INVALID for a file (or a read) that yielded no record; whole-file, so no line/col. */
function noRecordsError(file, s) {
    const message = noRecordsMessage(s);
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    return new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
/**
 * Reads `files` as one trace and throws E_TRACE_INVALID as soon as one file ends with no record. Everything
 * else is the reader's contract (bad lines skipped or fatal under `strict`, duplicates fatal).
 */
async function readTraceInput(files, visitor, opts = {}) {
    return readTraceFiles(files, {
        ...(visitor.onCall ? { onCall: visitor.onCall.bind(visitor) } : {}),
        ...(visitor.onEntry ? { onEntry: visitor.onEntry.bind(visitor) } : {}),
        ...(visitor.onDiagnostic ? { onDiagnostic: visitor.onDiagnostic.bind(visitor) } : {}),
        onFileEnd(s) {
            visitor.onFileEnd?.(s);
            if (s.records === 0)
                throw noRecordsError(s.file, s);
        },
    }, opts);
}

;// CONCATENATED MODULE: ./src/core/trace/require-records.ts
// Commands that read their input some other way (e.g. `generate` through coverage's reader) still apply
// the same "no usable record" rule and message as ./read-input.ts.

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
function requireRecords(stats, displayPath) {
    if (stats.records > 0)
        return;
    throw noRecordsError(displayPath, stats);
}

;// CONCATENATED MODULE: ./src/core/trace/index.ts








/***/ }),

/***/ 5794:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ KeyTable)
/* harmony export */ });
// A compact set of string keys with a number per key: two independent 32-bit hashes (64 bits) in
// typed arrays, ~20 bytes per key instead of a Map entry plus the string (~150 bytes). Used where only
// "seen before?" matters over millions of keys (trace duplicate detection keeps memory flat).
// Two different keys collide with probability ~n²/2^65 (≈ 3e-8 at a million keys).
function hashes(s) {
    let a = 0x811c9dc5; // FNV-1a
    let b = 0x9747b28c; // multiplicative mix with another seed
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= s.length;
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0, b >>> 0];
}
class KeyTable {
    cap = 1024;
    size = 0;
    ha = new Uint32Array(this.cap);
    hb = new Uint32Array(this.cap);
    used = new Uint8Array(this.cap);
    vals = new Float64Array(this.cap);
    get(key) {
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i])
                return undefined;
            if (this.ha[i] === a && this.hb[i] === b)
                return this.vals[i];
        }
    }
    /** The key's value before adding one (0 when new): one hash instead of get + set. */
    bump(key) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = 1;
                this.size++;
                return 0;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                const v = this.vals[i];
                this.vals[i] = v + 1;
                return v;
            }
        }
    }
    set(key, value) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        this.insert(a, b, value);
    }
    insert(a, b, value) {
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = value;
                this.size++;
                return;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                this.vals[i] = value;
                return;
            }
        }
    }
    grow() {
        const { ha, hb, used, vals } = this;
        this.cap *= 2;
        this.ha = new Uint32Array(this.cap);
        this.hb = new Uint32Array(this.cap);
        this.used = new Uint8Array(this.cap);
        this.vals = new Float64Array(this.cap);
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.insert(ha[i], hb[i], vals[i]);
    }
}


/***/ })

};
