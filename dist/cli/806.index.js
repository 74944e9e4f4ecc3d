export const id = 806;
export const ids = [806];
export const modules = {

/***/ 2653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  defaultOutPath: () => (/* binding */ defaultOutPath),
  register: () => (/* binding */ register),
  registerTraceImportMcp: () => (/* binding */ registerTraceImportMcp),
  runImport: () => (/* binding */ runImport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/import/strict-json.ts
var strict_json = __webpack_require__(167);
;// CONCATENATED MODULE: ./src/core/import/message.ts

/** Accepted `--format` spellings → the canonical format. */
const FORMAT_NAMES = {
    inspector: 'inspector',
    'mcp-inspector': 'inspector',
    'mcp-inspector@v1': 'inspector',
    jsonrpc: 'jsonrpc',
    'streamable-http': 'streamable-http',
    'http-sse': 'http-sse',
    'sse-legacy': 'http-sse',
};
function normalizeFormat(name) {
    return Object.prototype.hasOwnProperty.call(FORMAT_NAMES, name) ? FORMAT_NAMES[name] : undefined;
}
function noAuthDiscovery() {
    return {
        visible: false,
        source_kind: 'unknown',
        resource_metadata_visible: false,
        authorization_servers_visible: false,
        scope_challenge_visible: false,
    };
}
/** Methods that are requests even without an id; everything else without an id is a notification. */
const REQUEST_ONLY = new Set([
    'initialize',
    'ping',
    'tools/list',
    'tools/call',
    'completion/complete',
    'logging/setLevel',
    'sampling/createMessage',
    'roots/list',
    'elicitation/create',
]);
function isRequestOnly(method) {
    return REQUEST_ONLY.has(method) || method.startsWith('resources/') || method.startsWith('prompts/');
}
class DiagnosticSink {
    file;
    limit;
    list = [];
    constructor(file, limit = 1000) {
        this.file = file;
        this.limit = limit;
    }
    error(pos, message) {
        if (this.list.length >= this.limit)
            return;
        this.list.push({ code: 'E_TRACE_INVALID', severity: 'error', message, file: this.file, line: pos.line, col: pos.col, source: 'trace' });
    }
    get full() {
        return this.list.length >= this.limit;
    }
}
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    if (v instanceof strict_json/* RawNumber */.uO)
        return 'number';
    return typeof v === 'object' ? 'object' : typeof v;
}
const MAX_SAFE = Number.MAX_SAFE_INTEGER;
/** A usable timestamp: a non-negative integer ≤ 2^53-1. `invalid` for a too-large integer. */
function readTimestamp(v) {
    if (v instanceof strict_json/* RawNumber */.uO)
        return 'invalid';
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SAFE)
        return v;
    return undefined;
}
/**
 * Read one JSON-RPC message. Problems are reported to `sink`; the result is undefined when the
 * message is unusable. `entryTs` is the HTTP entry's `timestamp_ms` (used when the message has none).
 */
function readMessage(v, at, fallbackPos, order, entryTs, sink) {
    if (!(0,strict_json/* isJsonObject */.OW)(v)) {
        sink.error(Array.isArray(v) ? at.of(v) : fallbackPos(), `MCP message must be a JSON object, found ${jsonTypeName(v)}`);
        return undefined;
    }
    const pos = () => at.of(v);
    let ok = true;
    if (v['jsonrpc'] !== '2.0') {
        sink.error((0,strict_json/* has */.zy)(v, 'jsonrpc') ? at.member(v, 'jsonrpc') : pos(), 'MCP message must carry "jsonrpc":"2.0"');
        ok = false;
    }
    let id = null;
    const idPos = () => ((0,strict_json/* has */.zy)(v, 'id') ? at.member(v, 'id') : pos());
    if ((0,strict_json/* has */.zy)(v, 'id')) {
        const raw = v['id'];
        if (typeof raw === 'string')
            id = raw;
        else if (typeof raw === 'number')
            id = String(raw);
        else if (raw instanceof strict_json/* RawNumber */.uO)
            id = raw.text;
        else if (raw !== null) {
            sink.error(idPos(), 'JSON-RPC id must be a string or a number');
            ok = false;
        }
    }
    let ts;
    for (const key of ['timestamp_ms', 'timestamp']) {
        if (!(0,strict_json/* has */.zy)(v, key))
            continue;
        const t = readTimestamp(v[key]);
        if (t === 'invalid') {
            sink.error(at.member(v, key), `${key} must be an integer ≤ 2^53-1`);
            ok = false;
            break;
        }
        if (t !== undefined) {
            ts = t;
            break;
        }
    }
    if (ts === undefined)
        ts = entryTs;
    if ((0,strict_json/* has */.zy)(v, 'method')) {
        const method = v['method'];
        if (typeof method !== 'string') {
            sink.error(at.member(v, 'method'), 'JSON-RPC method must be a string');
            return undefined;
        }
        if (!ok)
            return undefined;
        const kind = id !== null || isRequestOnly(method) ? 'request' : 'notification';
        const msg = { kind, method, id, order, pos, idPos, ts };
        if ((0,strict_json/* has */.zy)(v, 'params'))
            msg.params = v['params'];
        return msg;
    }
    const hasResult = (0,strict_json/* has */.zy)(v, 'result');
    const hasError = (0,strict_json/* has */.zy)(v, 'error');
    if (hasResult === hasError) {
        sink.error(pos(), 'JSON-RPC response must contain exactly one of result, error');
        return undefined;
    }
    if (hasError) {
        const e = v['error'];
        if (!(0,strict_json/* isJsonObject */.OW)(e) || !isInteger(e['code']) || typeof e['message'] !== 'string') {
            sink.error(at.member(v, 'error'), 'JSON-RPC error must be an object with an integer "code" and a string "message"');
            return undefined;
        }
    }
    if (!ok)
        return undefined;
    const msg = { kind: 'response', id, order, pos, idPos, ts };
    if (hasResult)
        msg.result = v['result'];
    else
        msg.error = v['error'];
    return msg;
}
function isInteger(v) {
    return (typeof v === 'number' && Number.isInteger(v)) || v instanceof strict_json/* RawNumber */.uO;
}

;// CONCATENATED MODULE: ./src/core/import/auth-discovery.ts
// Authorization discovery in HTTP transcripts: an entry with HTTP status 401 whose
// WWW-Authenticate header names `resource_metadata=` and/or `scope=`. The entry's
// `transport_context` is looked at first, then its `headers`; both may nest the data under `response`.


const STATUS_KEYS = ['status', 'status_code', 'http_status'];
function entryAuthDiscovery(entry) {
    const ctx = (0,strict_json/* has */.zy)(entry, 'transport_context') ? entry['transport_context'] : undefined;
    const headers = (0,strict_json/* has */.zy)(entry, 'headers') ? entry['headers'] : undefined;
    const status = statusOf(ctx) ?? statusOf(headers);
    if (status !== 401)
        return undefined;
    const header = findHeader(ctx, 'www-authenticate') ?? findHeader(headers, 'www-authenticate');
    if (header === undefined)
        return undefined;
    const resourceMetadata = authParamPresent(header, 'resource_metadata');
    const scope = authParamPresent(header, 'scope');
    if (!resourceMetadata && !scope)
        return undefined;
    return {
        visible: true,
        source_kind: 'www_authenticate',
        resource_metadata_visible: resourceMetadata,
        // A transcript never shows the metadata document itself, only the pointer to it.
        authorization_servers_visible: false,
        scope_challenge_visible: scope,
    };
}
/** OR-merge of per-entry observations; the first known source kind sticks. */
function mergeAuthDiscovery(into, other) {
    into.visible ||= other.visible;
    into.resource_metadata_visible ||= other.resource_metadata_visible;
    into.authorization_servers_visible ||= other.authorization_servers_visible;
    into.scope_challenge_visible ||= other.scope_challenge_visible;
    if (into.source_kind === 'unknown')
        into.source_kind = other.source_kind;
}

function statusOf(v, depth = 0) {
    if (!(0,strict_json/* isJsonObject */.OW)(v) || depth > 8)
        return undefined;
    for (const key of STATUS_KEYS) {
        if (!(0,strict_json/* has */.zy)(v, key))
            continue;
        const s = v[key];
        if (typeof s === 'number' && Number.isInteger(s))
            return s;
        if (typeof s === 'string' && /^[0-9]{1,5}$/.test(s))
            return Number(s);
    }
    return (0,strict_json/* has */.zy)(v, 'response') ? statusOf(v['response'], depth + 1) : undefined;
}
function findHeader(v, name, depth = 0) {
    if (!(0,strict_json/* isJsonObject */.OW)(v) || depth > 8)
        return undefined;
    if ((0,strict_json/* has */.zy)(v, 'headers')) {
        const found = findHeader(v['headers'], name, depth + 1);
        if (found !== undefined)
            return found;
    }
    if ((0,strict_json/* has */.zy)(v, 'response')) {
        const found = findHeader(v['response'], name, depth + 1);
        if (found !== undefined)
            return found;
    }
    for (const key of Object.keys(v)) {
        if (key.toLowerCase() !== name)
            continue;
        const value = v[key];
        if (typeof value === 'string')
            return value;
        // A header repeated by the capture tool: several challenges.
        if (Array.isArray(value) && value.every((x) => typeof x === 'string'))
            return value.join(', ');
    }
    return undefined;
}
/** `param=` at the start of the value or after a space, comma or tab (case-insensitive). */
function authParamPresent(header, param) {
    const lower = header.toLowerCase();
    const needle = `${param}=`;
    for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
        const before = at === 0 ? '' : lower[at - 1];
        if (at === 0 || before === ' ' || before === ',' || before === '\t')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/core/import/formats.ts
// Containers of the four MCP transcript formats → JSON-RPC messages with positions.



/** Containers whose positions diagnostics can name: document → entries → entry → message (+ fields). */
const TRACK_DEPTH = 4;
function readTranscript(text, format, sink) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    switch (format) {
        case 'jsonrpc':
            return { messages: readJsonRpcLines(text, sink), auth: noAuthDiscovery() };
        case 'inspector':
            return { messages: readInspector(text, sink), auth: noAuthDiscovery() };
        case 'streamable-http':
        case 'http-sse':
            return readHttpTranscript(text, format, sink);
    }
}
function documentLocator(text, scan, lineOffset = 0) {
    const lines = new strict_json/* LineIndex */.rr(text);
    const shift = (p) => ({ line: p.line + lineOffset, col: p.col });
    return {
        of: (node) => shift(lines.at(scan.containerOffsets.get(node) ?? 0)),
        member: (node, key) => {
            const off = scan.memberOffset(node, key) ?? scan.containerOffsets.get(node) ?? 0;
            return shift(lines.at(off));
        },
    };
}
/** Scan a whole document; a syntax error becomes one diagnostic and `undefined`. */
function scanDocument(text, sink, duplicateKeys, lineOffset = 0) {
    try {
        return (0,strict_json/* scanJson */.Ey)(text, { duplicateKeys, trackDepth: TRACK_DEPTH });
    }
    catch (e) {
        if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
            throw e;
        const p = new strict_json/* LineIndex */.rr(text).at(e.offset);
        sink.error({ line: p.line + lineOffset, col: p.col }, `invalid JSON: ${e.message}`);
        return undefined;
    }
}
// jsonrpc: one message per line. Blank and `#` comment lines are skipped; a repeated key in a
// line follows the JSONL rule (last one wins).
function readJsonRpcLines(text, sink) {
    const out = [];
    const lines = text.split('\n');
    for (let n = 0; n < lines.length && !sink.full; n++) {
        let line = lines[n];
        if (line.endsWith('\r'))
            line = line.slice(0, -1);
        const trimmed = line.trim();
        if (trimmed === '' || trimmed.startsWith('#'))
            continue;
        const scan = scanDocument(line, sink, 'last', n);
        if (!scan)
            continue;
        const at = documentLocator(line, scan, n);
        const msg = readMessage(scan.value, at, () => ({ line: n + 1, col: 1 }), n + 1, undefined, sink);
        if (msg)
            out.push(msg);
    }
    return out;
}
// inspector: `{"events":[msg…]}` or `[msg…]`; duplicate keys refused; order = element index.
function readInspector(text, sink) {
    const scan = scanDocument(text, sink, 'reject');
    if (!scan)
        return [];
    const at = documentLocator(text, scan);
    const root = scan.value;
    let events;
    if (Array.isArray(root))
        events = root;
    else if ((0,strict_json/* isJsonObject */.OW)(root) && (0,strict_json/* has */.zy)(root, 'events') && Array.isArray(root['events']))
        events = root['events'];
    if (!events) {
        const pos = (0,strict_json/* isJsonObject */.OW)(root) && (0,strict_json/* has */.zy)(root, 'events') ? at.member(root, 'events') : { line: 1, col: 1 };
        sink.error(pos, `inspector transcript must be {"events":[...]} or an array of MCP messages, found ${describeShape(root)}`);
        return [];
    }
    const out = [];
    const list = events;
    const listPos = () => at.of(list);
    events.forEach((item, idx) => {
        const msg = readMessage(item, at, listPos, idx + 1, undefined, sink);
        if (msg)
            out.push(msg);
    });
    return out;
}
function describeShape(v) {
    if ((0,strict_json/* isJsonObject */.OW)(v))
        return (0,strict_json/* has */.zy)(v, 'events') ? `"events" of type ${jsonTypeName(v['events'])}` : 'an object without "events"';
    return jsonTypeName(v);
}
// streamable-http / http-sse: {transport, transport_context?, headers?, entries:[…]}.
function readHttpTranscript(text, format, sink) {
    const auth = noAuthDiscovery();
    const scan = scanDocument(text, sink, 'reject');
    if (!scan)
        return { messages: [], auth };
    const at = documentLocator(text, scan);
    const root = scan.value;
    if (!(0,strict_json/* isJsonObject */.OW)(root)) {
        sink.error({ line: 1, col: 1 }, `${format} transcript must be a JSON object with "transport" and "entries", found ${jsonTypeName(root)}`);
        return { messages: [], auth };
    }
    const transport = (0,strict_json/* has */.zy)(root, 'transport') ? root['transport'] : undefined;
    if (transport !== format) {
        const found = transport === undefined ? 'none' : JSON.stringify(transport);
        sink.error((0,strict_json/* has */.zy)(root, 'transport') ? at.member(root, 'transport') : at.of(root), `transport must be "${format}", found ${found}`);
        return { messages: [], auth };
    }
    const entries = (0,strict_json/* has */.zy)(root, 'entries') ? root['entries'] : [];
    if (!Array.isArray(entries)) {
        sink.error(at.member(root, 'entries'), `entries must be an array, found ${jsonTypeName(entries)}`);
        return { messages: [], auth };
    }
    const out = [];
    for (let idx = 0; idx < entries.length && !sink.full; idx++) {
        const entry = entries[idx];
        const n = idx + 1;
        if (!(0,strict_json/* isJsonObject */.OW)(entry)) {
            sink.error(Array.isArray(entry) ? at.of(entry) : at.of(entries), `entry ${n} must be an object, found ${jsonTypeName(entry)}`);
            continue;
        }
        // A null slot counts as absent (as in the reference reader).
        const present = ['request', 'response', 'sse'].filter((k) => (0,strict_json/* has */.zy)(entry, k) && entry[k] !== null);
        if (present.length !== 1) {
            sink.error(at.of(entry), `entry ${n} must contain exactly one of request, response, sse`);
            continue;
        }
        let entryTs;
        if ((0,strict_json/* has */.zy)(entry, 'timestamp_ms') && entry['timestamp_ms'] !== null) {
            const t = readTimestamp(entry['timestamp_ms']);
            if (typeof t !== 'number') {
                sink.error(at.member(entry, 'timestamp_ms'), `entry ${n}: timestamp_ms must be a non-negative integer ≤ 2^53-1`);
                continue;
            }
            entryTs = t;
        }
        const seen = entryAuthDiscovery(entry);
        if (seen)
            mergeAuthDiscovery(auth, seen);
        const slot = present[0];
        if (slot === 'sse') {
            const msg = readSseEntry(entry['sse'], at, () => at.member(entry, 'sse'), n, entryTs, sink);
            if (msg)
                out.push(msg);
            continue;
        }
        const msg = readMessage(entry[slot], at, () => at.member(entry, slot), n, entryTs, sink);
        if (msg)
            out.push(msg);
    }
    return { messages: out, auth };
}
// sse = {event, id?, data}: only `event: "message"` (the default) carries JSON-RPC; `endpoint` and
// keep-alive frames, and data that is not JSON-RPC shaped, are ignored. A data string holding JSON
// with a repeated key is refused like the document itself.
function readSseEntry(sse, at, ssePos, n, entryTs, sink) {
    if (!(0,strict_json/* isJsonObject */.OW)(sse) || !(0,strict_json/* has */.zy)(sse, 'data')) {
        sink.error(ssePos(), `entry ${n}: sse must be an object {event, id?, data}`);
        return undefined;
    }
    const event = (0,strict_json/* has */.zy)(sse, 'event') && sse['event'] !== null ? sse['event'] : 'message';
    if (typeof event !== 'string') {
        sink.error(at.member(sse, 'event'), `entry ${n}: sse.event must be a string`);
        return undefined;
    }
    if (event !== 'message')
        return undefined;
    const dataPos = () => at.member(sse, 'data');
    let data = sse['data'];
    let locator = at;
    if (typeof data === 'string') {
        let scan;
        try {
            scan = (0,strict_json/* scanJson */.Ey)(data, { duplicateKeys: 'reject', trackDepth: 1 });
        }
        catch (e) {
            if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
                throw e;
            if (e.kind === 'duplicate')
                sink.error(dataPos(), `entry ${n}: invalid JSON in sse.data: ${e.message}`);
            return undefined;
        }
        data = scan.value;
        // Positions inside an embedded string are reported at the string.
        locator = { of: () => dataPos(), member: () => dataPos() };
    }
    if (!(0,strict_json/* isJsonObject */.OW)(data))
        return undefined;
    const obj = data;
    if (!['method', 'result', 'error', 'jsonrpc'].some((k) => (0,strict_json/* has */.zy)(obj, k)))
        return undefined;
    return readMessage(obj, locator, dataPos, n, entryTs, sink);
}

// EXTERNAL MODULE: ./src/core/trace/shared-prompt.ts
var shared_prompt = __webpack_require__(9691);
// EXTERNAL MODULE: ./src/core/import/json-out.ts
var json_out = __webpack_require__(8498);
;// CONCATENATED MODULE: ./src/core/import/map-v2.ts
// MCP messages → one V2 episode ("Mapping to V2"). Pure and deterministic: the order is a
// total order on (timestamp or 0, source order, id), and nothing reads a clock.



/** The reader treats this prompt on an `mcp_import` episode as a placeholder, not an identity, so several
 *  imported sessions can be gated together (docs/traces.md "Entry identity"). */
const DEFAULT_IMPORT_PROMPT = shared_prompt/* MCP_SESSION_PROMPT */.hl;
function sortMessages(messages) {
    return [...messages].sort((a, b) => {
        const ta = a.ts ?? 0;
        const tb = b.ts ?? 0;
        if (ta !== tb)
            return ta - tb;
        if (a.order !== b.order)
            return a.order - b.order;
        const ia = a.id ?? '';
        const ib = b.id ?? '';
        return ia < ib ? -1 : ia > ib ? 1 : 0;
    });
}
function mapToV2(messages, auth, opts, sink) {
    const sorted = sortMessages(messages);
    const episode_id = opts.episodeId;
    let startTs = 0;
    let anyTs = false;
    for (const m of sorted) {
        if (m.ts === undefined)
            continue;
        startTs = anyTs ? Math.min(startTs, m.ts) : m.ts;
        anyTs = true;
    }
    const meta = { source: 'mcp_import', episode_id };
    if (opts.testId !== undefined)
        meta['test_id'] = opts.testId;
    meta['mcp'] = { authorization_discovery: { ...auth } };
    const events = [
        { type: 'episode_start', episode_id, timestamp: startTs, input: { prompt: opts.prompt ?? DEFAULT_IMPORT_PROMPT }, meta },
    ];
    const notes = [];
    const tools = new Set();
    const outstanding = new Map();
    const answered = new Set();
    const calls = [];
    let stepIdx = 0;
    let lastTs = startTs;
    let finalOutput = null;
    const where = (p) => `${opts.inputName}:${p.line}:${p.col}`;
    const nextStepId = () => {
        const idx = stepIdx++;
        return { step_id: `step_${String(idx).padStart(3, '0')}`, idx };
    };
    for (const m of sorted) {
        if (m.ts !== undefined && m.ts > lastTs)
            lastTs = m.ts;
        if (m.kind === 'notification')
            continue;
        if (m.kind === 'request') {
            const method = m.method;
            if (m.id !== null) {
                if (outstanding.has(m.id)) {
                    sink.error(m.idPos(), `two outstanding requests share id ${JSON.stringify(m.id)}`);
                    continue;
                }
                outstanding.set(m.id, { method });
            }
            if (method === 'tools/list') {
                events.push({ type: 'step', episode_id, ...nextStepId(), timestamp: lastTs, kind: 'tool', name: 'tools/list', content: '{}' });
            }
            else if (method === 'tools/call') {
                const params = m.params;
                const tool = (0,strict_json/* isJsonObject */.OW)(params) && typeof params['name'] === 'string' ? params['name'] : 'unknown_tool';
                const args = (0,strict_json/* isJsonObject */.OW)(params) && (0,strict_json/* has */.zy)(params, 'arguments') ? params['arguments'] : null;
                const step = nextStepId();
                events.push({
                    type: 'step',
                    episode_id,
                    step_id: step.step_id,
                    timestamp: lastTs,
                    kind: 'tool',
                    idx: step.idx,
                    name: tool,
                    content: null,
                    meta: { jsonrpc_id: m.id },
                });
                const call = { stepId: step.step_id, tool, args, ts: lastTs, answered: false };
                calls.push(call);
                tools.add(tool);
                if (m.id !== null)
                    outstanding.get(m.id).call = call;
            }
            continue;
        }
        // Response. Any response (matched or not) is a candidate for the episode's final output.
        const isError = m.error !== undefined;
        const payload = isError ? m.error : m.result;
        finalOutput = (0,json_out/* compactJson */.A)(payload);
        const req = m.id !== null ? outstanding.get(m.id) : undefined;
        if (!req) {
            const why = m.id === null
                ? 'response without an id has no request'
                : answered.has(m.id)
                    ? `duplicate response for id ${JSON.stringify(m.id)} (already answered)`
                    : `response id ${JSON.stringify(m.id)} has no outstanding request`;
            notes.push(`${where(m.pos())}: orphan ${why}; no event written`);
            continue;
        }
        outstanding.delete(m.id);
        answered.add(m.id);
        if (req.method === 'tools/list') {
            const content = isError ? (0,json_out/* compactJson */.A)({ error: payload }) : (0,json_out/* compactJson */.A)({ tools: toolDefs(payload) });
            events.push({ type: 'step', episode_id, ...nextStepId(), timestamp: lastTs, kind: 'tool', name: 'tools/list.result', content });
        }
        else if (req.call) {
            const call = req.call;
            call.answered = true;
            events.push({
                type: 'tool_call',
                episode_id,
                step_id: call.stepId,
                timestamp: lastTs,
                tool_name: call.tool,
                call_index: 0,
                args: call.args,
                result: isError ? { error: payload } : payload,
                error: isError ? 'mcp_error' : null,
            });
        }
    }
    // Requests that never got a response (including id-less ones, which cannot be answered) go last.
    for (const call of calls) {
        if (call.answered)
            continue;
        events.push({
            type: 'tool_call',
            episode_id,
            step_id: call.stepId,
            timestamp: call.ts,
            tool_name: call.tool,
            call_index: 0,
            args: call.args,
            result: null,
            error: 'timeout/no_response',
        });
    }
    events.push({ type: 'episode_end', episode_id, timestamp: lastTs, final_output: finalOutput });
    return { events, notes, tools: [...tools].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}
/** `result.tools` → `[{name, description?, input_schema?}]` (the shape of  tool_definitions). */
function toolDefs(result) {
    if (!(0,strict_json/* isJsonObject */.OW)(result) || !Array.isArray(result['tools']))
        return [];
    return result['tools'].map((t) => {
        if (!(0,strict_json/* isJsonObject */.OW)(t))
            return { name: 'unknown' };
        const def = { name: typeof t['name'] === 'string' ? t['name'] : 'unknown' };
        if (typeof t['description'] === 'string')
            def['description'] = t['description'];
        if ((0,strict_json/* has */.zy)(t, 'inputSchema'))
            def['input_schema'] = t['inputSchema'];
        else if ((0,strict_json/* has */.zy)(t, 'input_schema'))
            def['input_schema'] = t['input_schema'];
        return def;
    });
}

// EXTERNAL MODULE: ./src/core/import/v2-lines.ts
var v2_lines = __webpack_require__(5047);
// EXTERNAL MODULE: ./src/core/init/yaml-text.ts
var yaml_text = __webpack_require__(6983);
;// CONCATENATED MODULE: ./src/core/import/init-files.ts
// `assay import --init`: an eval config and a v2 policy built from the tools seen in the
// imported session. Plain text from templates; every string is YAML-quoted.


/**
 * @param tools tool names seen in tools/call requests (any order; sorted here)
 * @param prompt the episode prompt the tests bind to (`--prompt`, default `<mcp:session>`)
 * @param policyFile how eval.yaml names the policy (relative to eval.yaml's directory)
 */
function importInitFiles(tools, prompt = DEFAULT_IMPORT_PROMPT, policyFile = 'policy.yaml') {
    const sorted = [...new Set(tools)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const p = (0,yaml_text/* yamlString */.l)(prompt);
    const ev = [
        '# Generated by `assay import --init`: gates the imported MCP session.',
        '# Run: assay validate --config eval.yaml --trace-file <trace.jsonl>',
        'configVersion: 1',
        'suite: "mcp-suite"',
        'model: "trace"',
        'tests:',
        '  - id: "mcp-quality-gate"',
        '    input:',
        `      prompt: ${p}`,
        '    expected:',
        '      type: args_valid',
        `      policy: ${(0,yaml_text/* yamlString */.l)(policyFile)}`,
        '  - id: "mcp-sequence-gate"',
        '    input:',
        `      prompt: ${p}`,
        '    expected:',
        '      type: sequence_valid',
    ];
    if (sorted.length) {
        ev.push('      rules:');
        for (const t of sorted)
            ev.push('        - type: require', `          tool: ${(0,yaml_text/* yamlString */.l)(t)}`);
    }
    else {
        ev.push('      # The session made no tool calls; this asserts it stays that way.', '      sequence: []');
    }
    // A `*` in a name would turn the allow entry into a pattern (has no escape), widening
    // access; such names are left out of the allowlist and listed in a comment instead.
    const allowable = sorted.filter((t) => !t.includes('*'));
    const starred = sorted.filter((t) => t.includes('*'));
    const pol = [
        '# Generated by `assay import --init`: allows exactly the tools seen in the imported session.',
        'version: "2.0"',
        'name: "mcp-import"',
        'tools:',
    ];
    if (allowable.length) {
        pol.push('  allow:');
        for (const t of allowable)
            pol.push(`    - ${(0,yaml_text/* yamlString */.l)(t)}`);
    }
    else {
        pol.push('  # No tool calls were seen: an empty allowlist denies every tool.', '  allow: []');
    }
    for (const t of starred)
        pol.push(`  # not allowed (name contains "*", which would act as a wildcard): ${(0,yaml_text/* yamlString */.l)(t)}`);
    pol.push('enforcement:', '  unconstrained_tools: warn');
    return { evalYaml: ev.join('\n') + '\n', policyYaml: pol.join('\n') + '\n' };
}

;// CONCATENATED MODULE: ./src/core/import/index.ts
// `assay import`: MCP transcripts → canonical V2 JSONL. Pure: text in, lines out.









/** Import documents above this size are refused. */
const MAX_IMPORT_BYTES = 256 * 1024 * 1024;
/**
 * Convert one MCP transcript. Every problem is collected first; if any, throws
 * `InputError('E_TRACE_INVALID')` with all of them as diagnostics (`<input>:<line>:<col>`).
 */
function importMcpTranscript(text, opts) {
    const format = normalizeFormat(opts.format);
    if (!format) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: ${Object.keys(FORMAT_NAMES).join(', ')})`, {
            source: 'cli',
        });
    }
    const sink = new DiagnosticSink(opts.inputName);
    const { messages, auth } = readTranscript(text, format, sink);
    if (sink.list.length)
        throw fail(sink, opts.inputName);
    const mapped = mapToV2(messages, auth, opts, sink);
    if (sink.list.length)
        throw fail(sink, opts.inputName);
    return { lines: mapped.events.map(v2_lines/* v2Line */.f), mcpEvents: messages.length, notes: mapped.notes, tools: mapped.tools };
}
function fail(sink, input) {
    return (0,errors/* diagnosticsToError */.ov)(errors/* InputError */.dz, 'E_TRACE_INVALID', sink.list, 'trace', { 'trace.jsonl': input });
}

// EXTERNAL MODULE: ./src/core/trace/bad-line.ts
var bad_line = __webpack_require__(7253);
// EXTERNAL MODULE: ./src/core/trace/fields.ts
var fields = __webpack_require__(8824);
// EXTERNAL MODULE: ./src/core/trace/otel-document.ts
var otel_document = __webpack_require__(4489);
// EXTERNAL MODULE: ./src/core/trace/otel-episodes.ts
var otel_episodes = __webpack_require__(7574);
// EXTERNAL MODULE: ./src/core/trace/otel-genai.ts
var otel_genai = __webpack_require__(6722);
// EXTERNAL MODULE: ./src/core/trace/otel-spans.ts
var otel_spans = __webpack_require__(4571);
;// CONCATENATED MODULE: ./src/core/trace/v2-writer.ts
// Canonical V2 JSONL: compact JSON, one event per line, LF, UTF-8 without BOM, fixed key order
// `type, episode_id, step_id, timestamp, …` then the table order. Optional fields are omitted when
// absent (undefined), except tool_call `args`, `result`, `error`, which are always written (null if absent).
// Nested values keep their own key order, so the same input gives identical bytes.
/** Compact JSON of one value; undefined (and other non-JSON values JSON.stringify drops) become null. */
function j(v) {
    return JSON.stringify(v) ?? 'null';
}
/** Appends `,"key":value` when the value is present. */
function opt(key, v) {
    return v === undefined ? '' : `,"${key}":${j(v)}`;
}
function head(type, episodeId, stepId, timestamp) {
    if (!Number.isSafeInteger(timestamp))
        throw new RangeError(`${type}: timestamp must be an integer number of milliseconds`);
    const step = stepId === undefined ? '' : `,"step_id":${j(stepId)}`;
    return `{"type":"${type}","episode_id":${j(episodeId)}${step},"timestamp":${timestamp}`;
}
function episodeStartLine(e) {
    return `${head('episode_start', e.episode_id, undefined, e.timestamp)}${opt('input', e.input)}${opt('meta', e.meta)}}`;
}
function stepLine(e) {
    return (`${head('step', e.episode_id, e.step_id, e.timestamp)},"kind":${j(e.kind)}` +
        `${opt('idx', e.idx)}${opt('name', e.name)}${opt('content', e.content)}${opt('content_sha256', e.content_sha256)}` +
        `${opt('truncations', e.truncations)}${opt('meta', e.meta)}}`);
}
function toolCallLine(e) {
    return (`${head('tool_call', e.episode_id, e.step_id, e.timestamp)},"tool_name":${j(e.tool_name)}${opt('call_index', e.call_index)}` +
        `,"args":${j(e.args)}${opt('args_sha256', e.args_sha256)},"result":${j(e.result)}${opt('result_sha256', e.result_sha256)}` +
        `,"error":${j(e.error)}${opt('truncations', e.truncations)}}`);
}
function episodeEndLine(e) {
    return `${head('episode_end', e.episode_id, undefined, e.timestamp)}${opt('outcome', e.outcome)}${opt('final_output', e.final_output)}}`;
}
/** One canonical line (without LF) for any V2 event. */
function v2EventLine(e) {
    switch (e.type) {
        case 'episode_start':
            return episodeStartLine(e);
        case 'step':
            return stepLine(e);
        case 'tool_call':
            return toolCallLine(e);
        case 'episode_end':
            return episodeEndLine(e);
    }
}
/** A whole canonical V2 JSONL document: each event's line followed by LF. */
function v2Jsonl(events) {
    let out = '';
    for (const e of events)
        out += v2EventLine(e) + '\n';
    return out;
}

;// CONCATENATED MODULE: ./src/core/import/otel.ts
// `assay import --format otel`: OpenTelemetry GenAI spans (OTLP JSON document, OTLP JSON lines, or one span
// per line) → canonical V2 JSONL, one episode per trace (docs/otel.md). Strict, unlike the trace reader:
// any line that is not an OpenTelemetry span or export request is an error with its line.








function otel_fail(diags, input) {
    return (0,errors/* diagnosticsToError */.ov)(errors/* InputError */.dz, 'E_TRACE_INVALID', diags, 'trace', { 'trace.jsonl': input });
}
/** Reads the spans of `text` into a collector; every problem becomes a diagnostic with its line. */
function collect(text, input) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const collector = new otel_episodes/* OtelCollector */.q();
    const diags = [];
    const bad = (line, message, col = 1) => {
        diags.push({ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: input, line, col });
    };
    let spans = 0;
    if ((0,otel_document/* isOtlpDocumentStart */.pO)(Buffer.from(text.slice(0, 1 << 20)))) {
        const parsed = (0,otel_document/* parseOtlpDocument */.Eo)(text, input, !text.includes('\n'));
        if (parsed !== undefined) {
            try {
                const list = (0,otel_spans/* readOtlpRequest */.v8)(parsed.doc, (s) => ((0,fields/* isObject */.Gv)(s) && typeof s.spanId === 'string' ? parsed.lineOfSpan(s.spanId) : 1), 0);
                spans = list.length;
                collector.add(list);
            }
            catch (e) {
                if (!(e instanceof bad_line/* BadLine */.A6))
                    throw e;
                bad(1, e.message, e.col);
            }
            if (diags.length)
                throw otel_fail(diags, input);
            return { collector, spans };
        }
    }
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line.trim() === '')
            continue;
        try {
            let v;
            try {
                v = JSON.parse(line);
            }
            catch (e) {
                throw (0,bad_line/* invalidJson */.U8)(line, e);
            }
            if (!(0,fields/* isObject */.Gv)(v))
                throw (0,bad_line/* notAnObject */.O1)(v);
            if (!(0,otel_spans/* isOtelLine */.T7)(v)) {
                throw new bad_line/* BadLine */.A6('not an OpenTelemetry span (traceId, spanId, startTimeUnixNano) or OTLP export request (resourceSpans)');
            }
            const list = (0,otel_spans/* readOtelLine */.jP)(v, i + 1, collector.nextOrder());
            spans += list.length;
            collector.add(list);
        }
        catch (e) {
            if (!(e instanceof bad_line/* BadLine */.A6))
                throw e;
            bad(i + 1, e.message, e.col);
        }
    }
    if (diags.length)
        throw otel_fail(diags, input);
    return { collector, spans };
}
function stepKind(op) {
    return op === 'invoke_agent' || op === 'create_agent' ? 'agent' : 'model';
}
/** One episode's V2 events: start, a step per GenAI span (plus its tool_call for a tool span), end. */
function episodeEvents(ep, id, opts) {
    const prompt = opts.prompt ?? ep.prompt;
    const meta = { ...ep.meta };
    if (opts.testId !== undefined)
        meta.test_id = opts.testId;
    const out = [
        { type: 'episode_start', episode_id: id, timestamp: ep.startMs, ...(prompt !== undefined ? { input: { prompt } } : {}), meta },
    ];
    const callOf = new Map(ep.calls.map((c) => [c.span, c]));
    let idx = 0;
    for (const s of ep.spans) {
        const ts = (0,otel_episodes/* nsToMs */.L)(s.startNs);
        const call = (0,otel_genai/* isToolSpan */.rC)(s) ? callOf.get(s) : undefined;
        if (call !== undefined) {
            out.push({ type: 'step', episode_id: id, step_id: s.spanId, timestamp: ts, kind: 'tool', idx: idx++, name: call.tool_name, content: null, meta: { span_id: s.spanId, tool_call_id: call.id } });
            out.push({ type: 'tool_call', episode_id: id, step_id: s.spanId, timestamp: ts, tool_name: call.tool_name, call_index: 0, args: call.args, result: call.result, error: call.error });
            continue;
        }
        const op = (0,otel_genai/* operation */.MQ)(s);
        const model = (0,otel_genai/* spanModel */.sG)(s);
        const stepMeta = { span_id: s.spanId };
        if (op !== undefined)
            stepMeta['gen_ai.operation.name'] = op;
        if (model !== undefined)
            stepMeta['gen_ai.response.model'] = model;
        out.push({ type: 'step', episode_id: id, step_id: s.spanId, timestamp: ts, kind: stepKind(op), idx: idx++, name: s.name, content: (0,otel_genai/* spanCompletion */.Vl)(s) ?? null, meta: stepMeta });
    }
    out.push({ type: 'episode_end', episode_id: id, timestamp: ep.endMs, final_output: ep.text ?? null });
    return out;
}
/** Converts one OpenTelemetry file; throws InputError E_TRACE_INVALID naming every bad line. */
function importOtelTrace(text, opts) {
    const { collector, spans } = collect(text, opts.inputName);
    const episodes = collector.finish();
    if (episodes.length === 0) {
        const message = spans === 0 ? 'no OpenTelemetry spans found' : `none of the ${spans} span(s) carries gen_ai.* attributes (OpenTelemetry GenAI semantic conventions)`;
        throw otel_fail([{ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: opts.inputName }], opts.inputName);
    }
    const single = opts.episodeId !== undefined || opts.testId !== undefined || opts.prompt !== undefined;
    if (single && episodes.length > 1) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--episode-id, --test-id and --prompt need an input with one trace; ${opts.inputName} holds ${episodes.length}`, {
            source: 'cli',
        });
    }
    const lines = [];
    const tools = new Set();
    for (const ep of episodes) {
        for (const e of episodeEvents(ep, opts.episodeId ?? ep.traceId, opts))
            lines.push(v2EventLine(e));
        for (const c of ep.calls)
            tools.add(c.tool_name);
    }
    return { lines, spans, episodes: episodes.length, tools: [...tools].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
}

;// CONCATENATED MODULE: ./src/core/import/framework-common.ts
// Shared parts of the agent-framework importers (OpenAI Agents SDK, LangChain/LangSmith, Langfuse): strict
// JSON reading with positions (one document or JSON lines), times, argument decoding, and writing one V2
// episode per trace (docs/importers.md).






/**
 * Reads `text` as one JSON document (repeated keys refused), or, when that fails and its first line is a
 * JSON value of its own, as JSON lines (one record per non-blank line, a repeated key: the last wins).
 */
function readDocs(text, sink) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    if (text.trim() === '') {
        sink.error({ line: 1, col: 1 }, 'empty file: expected a JSON document or JSON lines');
        return [];
    }
    let whole;
    try {
        const scan = (0,strict_json/* scanJson */.Ey)(text, { duplicateKeys: 'reject' });
        return [{ value: scan.value, at: locator(text, scan, 0) }];
    }
    catch (e) {
        if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
            throw e;
        whole = e;
    }
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    const nonBlank = lines.filter((l) => l.trim() !== '').length;
    if (nonBlank < 2 || !lineParses(lines[first])) {
        const p = new strict_json/* LineIndex */.rr(text).at(whole.offset);
        sink.error(p, `invalid JSON: ${whole.message}`);
        return [];
    }
    const docs = [];
    for (let n = first; n < lines.length && !sink.full; n++) {
        const line = lines[n].endsWith('\r') ? lines[n].slice(0, -1) : lines[n];
        if (line.trim() === '')
            continue;
        try {
            const scan = (0,strict_json/* scanJson */.Ey)(line, { duplicateKeys: 'last' });
            docs.push({ value: scan.value, at: locator(line, scan, n) });
        }
        catch (e) {
            if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
                throw e;
            const p = new strict_json/* LineIndex */.rr(line).at(e.offset);
            sink.error({ line: n + 1, col: p.col }, `invalid JSON on this line (JSON lines: one record per line): ${e.message}`);
        }
    }
    return docs;
}
function lineParses(line) {
    try {
        (0,strict_json/* scanJson */.Ey)(line, { duplicateKeys: 'last', trackDepth: 0 });
        return true;
    }
    catch (e) {
        if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
            throw e;
        return false;
    }
}
function locator(text, scan, lineOffset) {
    const lines = new strict_json/* LineIndex */.rr(text);
    const shift = (p) => ({ line: p.line + lineOffset, col: p.col });
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
function parseTime(v) {
    if (typeof v === 'number')
        return Number.isFinite(v) && v >= 0 ? Math.floor(v) : undefined;
    if (typeof v !== 'string')
        return undefined;
    const m = ISO.exec(v);
    if (!m)
        return undefined;
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
function readTime(obj, key, at, sink, what, required) {
    const v = (0,strict_json/* has */.zy)(obj, key) ? obj[key] : undefined;
    if (v === undefined || v === null) {
        if (!required)
            return undefined;
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
function reqString(obj, key, at, sink, what) {
    const v = (0,strict_json/* has */.zy)(obj, key) ? obj[key] : undefined;
    if (typeof v === 'string' && v !== '')
        return v;
    if (v === undefined)
        sink.error(at.of(obj), `${what}: missing "${key}" (expected a non-empty string)`);
    else
        sink.error(at.member(obj, key), `${what}: "${key}" must be a non-empty string, found ${describe(v)}`);
    return undefined;
}
/** An optional string member (absent or null → undefined); another type is a diagnostic. */
function optString(obj, key, at, sink, what) {
    const v = (0,strict_json/* has */.zy)(obj, key) ? obj[key] : undefined;
    if (v === undefined || v === null || typeof v === 'string')
        return v ?? undefined;
    sink.error(at.member(obj, key), `${what}: "${key}" must be a string or null, found ${describe(v)}`);
    return undefined;
}
function describe(v) {
    return typeof v === 'string' ? JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v) : jsonTypeName(v);
}
/**
 * Tool arguments as the frameworks record them: an object is kept; a string holding a JSON object (the
 * model's `arguments` text) is decoded; an empty string or null is `{}`; anything else is `{"_raw": …}`.
 */
function decodeArgs(v) {
    if (v === undefined || v === null || v === '')
        return {};
    if ((0,strict_json/* isJsonObject */.OW)(v))
        return v;
    if (typeof v === 'string') {
        try {
            const parsed = (0,strict_json/* scanJson */.Ey)(v, { duplicateKeys: 'last', trackDepth: 0 }).value;
            if ((0,strict_json/* isJsonObject */.OW)(parsed))
                return parsed;
        }
        catch (e) {
            if (!(e instanceof strict_json/* JsonSyntaxError */.q3))
                throw e;
        }
    }
    return { _raw: v };
}
/** Text of a chat message `content`: a string, or the text parts of a content list. */
function contentText(c) {
    if (typeof c === 'string')
        return c;
    if (!Array.isArray(c))
        return undefined;
    const parts = [];
    for (const p of c) {
        if (typeof p === 'string')
            parts.push(p);
        else if ((0,strict_json/* isJsonObject */.OW)(p) && typeof p['text'] === 'string')
            parts.push(p['text']);
    }
    return parts.length ? parts.join('\n') : undefined;
}
const USER_ROLES = new Set(['user', 'human']);
/**
 * The first user message in a value as chat frameworks write it: `{role: "user", content}`,
 * `{type: "human", content}`, or a serialised LangChain `HumanMessage` (`{lc, id: […, "HumanMessage"],
 * kwargs: {content}}`), searched depth-first through arrays and objects (bounded depth).
 */
function firstUserText(v, depth = 0) {
    if (v === undefined || depth > 8)
        return undefined;
    if (Array.isArray(v)) {
        for (const x of v) {
            const t = firstUserText(x, depth + 1);
            if (t !== undefined)
                return t;
        }
        return undefined;
    }
    if (!(0,strict_json/* isJsonObject */.OW)(v))
        return undefined;
    const role = typeof v['role'] === 'string' ? v['role'] : typeof v['type'] === 'string' ? v['type'] : undefined;
    if (role !== undefined && USER_ROLES.has(role)) {
        const t = contentText(v['content']);
        if (t !== undefined)
            return t;
    }
    const id = v['id'];
    if (Array.isArray(id) && id[id.length - 1] === 'HumanMessage' && (0,strict_json/* isJsonObject */.OW)(v['kwargs'])) {
        const t = contentText(v['kwargs']['content']);
        if (t !== undefined)
            return t;
    }
    for (const key of Object.keys(v)) {
        const t = firstUserText(v[key], depth + 1);
        if (t !== undefined)
            return t;
    }
    return undefined;
}
/** A final answer as V2 text: strings kept, other JSON written compactly, absent → undefined. */
function outputText(v) {
    if (v === undefined || v === null)
        return undefined;
    return typeof v === 'string' ? v : (0,json_out/* compactJson */.A)(v);
}
function byCodeUnit(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Start time (absent first), then source order, then id. */
function compareItems(a, b) {
    const ta = a.startMs ?? -1;
    const tb = b.startMs ?? -1;
    if (ta !== tb)
        return ta - tb;
    if (a.order !== b.order)
        return a.order - b.order;
    return byCodeUnit(a.id, b.id);
}
function failWith(sink, input) {
    return (0,errors/* diagnosticsToError */.ov)(errors/* InputError */.dz, 'E_TRACE_INVALID', sink.list, 'trace', { 'trace.jsonl': input });
}
/** Writes the episodes as canonical V2 JSONL; refuses an empty import and per-trace flags on several traces. */
function writeEpisodes(episodes, records, opts, what) {
    if (episodes.length === 0) {
        const sink = new DiagnosticSink(opts.inputName);
        sink.error({ line: 1, col: 1 }, `no ${what} found`);
        throw failWith(sink, opts.inputName);
    }
    const single = opts.episodeId !== undefined || opts.testId !== undefined || opts.prompt !== undefined;
    if (single && episodes.length > 1) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--episode-id, --test-id and --prompt need an input with one trace; ${opts.inputName} holds ${episodes.length}`, {
            source: 'cli',
        });
    }
    const lines = [];
    const tools = new Set();
    for (const ep of episodes) {
        for (const e of framework_common_episodeEvents(ep, opts))
            lines.push((0,v2_lines/* v2Line */.f)(e));
        for (const it of ep.items)
            if (it.call)
                tools.add(it.name);
    }
    return { lines, records, episodes: episodes.length, tools: [...tools].sort(byCodeUnit) };
}
function framework_common_episodeEvents(ep, opts) {
    const id = opts.episodeId ?? ep.traceId;
    const items = [...ep.items].sort(compareItems);
    let start = ep.startMs;
    let end = ep.endMs;
    for (const it of items) {
        if (it.startMs !== undefined && (start === undefined || it.startMs < start))
            start = it.startMs;
        const last = it.endMs ?? it.startMs;
        if (last !== undefined && (end === undefined || last > end))
            end = last;
    }
    const startTs = start ?? 0;
    const prompt = opts.prompt ?? ep.prompt;
    const meta = { ...ep.meta };
    if (opts.testId !== undefined)
        meta['test_id'] = opts.testId;
    const out = [
        { type: 'episode_start', episode_id: id, timestamp: startTs, ...(prompt !== undefined ? { input: { prompt } } : {}), meta },
    ];
    const used = new Set();
    let idx = 0;
    for (const it of items) {
        // Step ids must be unique in the episode; a repeated source id gets a suffix.
        let stepId = it.id;
        for (let k = 2; used.has(stepId); k++)
            stepId = `${it.id}#${k}`;
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
function get(obj, key) {
    return (0,strict_json/* has */.zy)(obj, key) ? obj[key] : undefined;
}

;// CONCATENATED MODULE: ./src/core/import/langchain.ts
// `assay import --format langchain`: LangChain / LangSmith runs → canonical V2 JSONL, one episode per trace
// (docs/importers.md). Input: a run tree (a run with nested `child_runs`), an array of runs (flat with
// `parent_run_id`/`trace_id`, as listed from LangSmith, or trees), `{"runs":[…]}`, or JSON lines of runs.
// `run_type: "tool"` runs are the tool calls; the root run's first human message is the prompt.


const SHAPE = 'expected a LangSmith run (an object with "run_type"), an array of runs, {"runs":[…]}, or JSON lines of runs';
function importLangChain(text, opts) {
    const sink = new DiagnosticSink(opts.inputName);
    const docs = readDocs(text, sink);
    const runs = [];
    let order = 0;
    for (const doc of docs) {
        for (const r of rootsOf(doc, sink)) {
            walk(r, undefined, undefined, doc, sink, runs, () => order++, 0);
        }
    }
    if (sink.list.length)
        throw failWith(sink, opts.inputName);
    // Trace of a run: its trace_id, else that of its parent chain, else the root's id.
    const byId = new Map(runs.map((r) => [r.id, r]));
    const traceOf = (r) => {
        const seen = new Set();
        let cur = r;
        while (cur.traceId === undefined && cur.parent !== undefined && !seen.has(cur.id)) {
            seen.add(cur.id);
            const up = byId.get(cur.parent);
            if (!up)
                return cur.parent;
            cur = up;
        }
        return cur.traceId ?? cur.id;
    };
    const groups = new Map();
    for (const r of runs) {
        const t = traceOf(r);
        const g = groups.get(t);
        if (g)
            g.push(r);
        else
            groups.set(t, [r]);
    }
    const episodes = [];
    for (const [traceId, list] of groups) {
        list.sort((a, b) => compareItems(a.item, b.item) || dotted(a, b));
        // The episode's run: the trace root if present, else the earliest run without a parent in the file.
        const root = byId.get(traceId) ?? list.find((r) => r.parent === undefined || !byId.has(r.parent)) ?? list[0];
        const meta = { source: 'langchain', trace_id: traceId, root_run: root.item.name, root_run_type: root.runType };
        let prompt = promptOf(root.inputs);
        for (const r of list) {
            if (prompt !== undefined)
                break;
            if (r.runType !== 'tool')
                prompt = promptOf(r.inputs);
        }
        episodes.push({
            traceId,
            prompt,
            finalOutput: answerOf(root.outputs),
            meta,
            items: list.map((r) => r.item),
        });
    }
    return writeEpisodes(episodes, runs.length, opts, 'LangChain/LangSmith runs');
}
function dotted(a, b) {
    const x = a.dottedOrder ?? '';
    const y = b.dottedOrder ?? '';
    return x < y ? -1 : x > y ? 1 : 0;
}
function rootsOf(doc, sink) {
    const v = doc.value;
    let list;
    if (Array.isArray(v))
        list = v;
    else if ((0,strict_json/* isJsonObject */.OW)(v) && get(v, 'run_type') !== undefined)
        list = [v];
    else if ((0,strict_json/* isJsonObject */.OW)(v) && Array.isArray(get(v, 'runs')))
        list = v['runs'];
    if (!list) {
        sink.error(Array.isArray(v) || (0,strict_json/* isJsonObject */.OW)(v) ? doc.at.of(v) : { line: 1, col: 1 }, `${SHAPE}, found ${(0,strict_json/* isJsonObject */.OW)(v) ? 'an object without "run_type" or "runs"' : jsonTypeName(v)}`);
        return [];
    }
    const out = [];
    list.forEach((x, i) => {
        if ((0,strict_json/* isJsonObject */.OW)(x))
            out.push(x);
        else
            sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `run ${i + 1} must be an object, found ${jsonTypeName(x)}`);
    });
    return out;
}
const MAX_NESTING = 200;
function walk(o, parentId, parentTrace, doc, sink, out, nextOrder, depth) {
    if (sink.full)
        return;
    const at = doc.at;
    const what = 'run';
    const id = reqString(o, 'id', at, sink, what);
    const name = reqString(o, 'name', at, sink, what);
    const runType = reqString(o, 'run_type', at, sink, what);
    const start = readTime(o, 'start_time', at, sink, what, true);
    const end = readTime(o, 'end_time', at, sink, what, false);
    const parent = optString(o, 'parent_run_id', at, sink, what) ?? parentId;
    const traceId = optString(o, 'trace_id', at, sink, what) ?? parentTrace;
    const dottedOrder = optString(o, 'dotted_order', at, sink, what);
    const error = optString(o, 'error', at, sink, what);
    for (const key of ['inputs', 'outputs']) {
        const v = get(o, key);
        if (v !== undefined && v !== null && !(0,strict_json/* isJsonObject */.OW)(v))
            sink.error(at.member(o, key), `run: "${key}" must be an object or null, found ${jsonTypeName(v)}`);
    }
    const children = get(o, 'child_runs');
    if (children !== undefined && children !== null && !Array.isArray(children)) {
        sink.error(at.member(o, 'child_runs'), `run: "child_runs" must be an array or null, found ${jsonTypeName(children)}`);
    }
    if (id === undefined || name === undefined || runType === undefined || start === 'bad' || end === 'bad')
        return;
    const inputs = get(o, 'inputs');
    const outputs = get(o, 'outputs');
    const meta = { run_id: id, run_type: runType };
    if (parent !== undefined)
        meta['parent_run_id'] = parent;
    const item = { id, kind: runType === 'llm' ? 'model' : runType === 'tool' ? 'tool' : runType, name, startMs: start, endMs: end, order: nextOrder(), meta };
    if (runType === 'tool')
        item.call = { args: toolArgs(inputs), result: toolResult(outputs), error: error ?? null };
    else if (error !== undefined)
        meta['error'] = error;
    if (runType === 'llm') {
        const model = modelOf(o);
        if (model !== undefined)
            meta['gen_ai.response.model'] = model;
    }
    out.push({ id, item, runType, parent, traceId, dottedOrder, inputs, outputs });
    if (Array.isArray(children)) {
        if (depth >= MAX_NESTING) {
            sink.error(at.member(o, 'child_runs'), `run: child_runs nested deeper than ${MAX_NESTING} levels`);
            return;
        }
        children.forEach((c, i) => {
            if ((0,strict_json/* isJsonObject */.OW)(c))
                walk(c, id, traceId ?? (parent === undefined ? id : undefined), doc, sink, out, nextOrder, depth + 1);
            else
                sink.error(at.member(o, 'child_runs'), `run ${describe(id)}: child run ${i + 1} must be an object, found ${jsonTypeName(c)}`);
        });
    }
}
/**
 * Tool run inputs: LangChain records a tool's input string as `{"input": "…"}` (decoded when it holds a
 * JSON object) and structured tools' arguments as the object itself.
 */
function toolArgs(inputs) {
    if (!(0,strict_json/* isJsonObject */.OW)(inputs))
        return {};
    const keys = Object.keys(inputs);
    if (keys.length === 1 && keys[0] === 'input' && typeof inputs['input'] === 'string') {
        const decoded = decodeArgs(inputs['input']);
        return (0,strict_json/* isJsonObject */.OW)(decoded) && Object.keys(decoded).length === 1 && decoded['_raw'] !== undefined ? { input: inputs['input'] } : decoded;
    }
    return inputs;
}
/** Tool run outputs `{"output": x}` → x (a serialised ToolMessage → its content); other shapes kept. */
function toolResult(outputs) {
    if (!(0,strict_json/* isJsonObject */.OW)(outputs))
        return null;
    const keys = Object.keys(outputs);
    if (keys.length !== 1 || keys[0] !== 'output')
        return outputs;
    const out = outputs['output'];
    if ((0,strict_json/* isJsonObject */.OW)(out) && (0,strict_json/* isJsonObject */.OW)(out['kwargs']) && Array.isArray(out['id']) && out['id'][out['id'].length - 1] === 'ToolMessage') {
        return out['kwargs']['content'] ?? null;
    }
    return out;
}
/** Prompt of a chain/llm run: the first human message, else a string `input`/`question`/`query`, else the first of `prompts`. */
function promptOf(inputs) {
    if (!(0,strict_json/* isJsonObject */.OW)(inputs))
        return undefined;
    const human = firstUserText(inputs);
    if (human !== undefined)
        return human;
    for (const key of ['input', 'question', 'query']) {
        const v = get(inputs, key);
        if (typeof v === 'string')
            return v;
    }
    const prompts = get(inputs, 'prompts');
    if (Array.isArray(prompts) && typeof prompts[0] === 'string')
        return prompts[0];
    return undefined;
}
/** Answer of the root run: a string `output`/`answer`/`result`, else the last message's content, else the outputs as JSON. */
function answerOf(outputs) {
    if (!(0,strict_json/* isJsonObject */.OW)(outputs))
        return undefined;
    for (const key of ['output', 'answer', 'result']) {
        const v = get(outputs, key);
        if (typeof v === 'string')
            return v;
    }
    const msgs = get(outputs, 'messages');
    if (Array.isArray(msgs) && msgs.length > 0) {
        const last = msgs[msgs.length - 1];
        if ((0,strict_json/* isJsonObject */.OW)(last)) {
            const c = (0,strict_json/* isJsonObject */.OW)(last['kwargs']) ? last['kwargs']['content'] : last['content'];
            if (typeof c === 'string')
                return c;
        }
    }
    return outputText(outputs);
}
function modelOf(o) {
    const extra = get(o, 'extra');
    if (!(0,strict_json/* isJsonObject */.OW)(extra))
        return undefined;
    const md = extra['metadata'];
    if ((0,strict_json/* isJsonObject */.OW)(md) && typeof md['ls_model_name'] === 'string')
        return md['ls_model_name'];
    const inv = extra['invocation_params'];
    if ((0,strict_json/* isJsonObject */.OW)(inv)) {
        for (const k of ['model', 'model_name'])
            if (typeof inv[k] === 'string')
                return inv[k];
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/import/langfuse.ts
// `assay import --format langfuse`: Langfuse traces → canonical V2 JSONL, one episode per trace
// (docs/importers.md). Input: the public API's trace with its observations (`GET /api/public/traces/{id}`),
// an array of those, `{"data":[…]}` of those, or JSON lines of them. Tool calls: `TOOL` observations; a
// generation's `tool_calls` (OpenAI or LangChain shape) executed by a later `SPAN`/`TOOL` observation of
// the same name is that observation; a requested call with no such observation is written from the request.


const langfuse_SHAPE = 'expected a Langfuse trace with "observations" (GET /api/public/traces/{id}), an array of them, {"data":[…]}, or JSON lines of them';
function importLangfuse(text, opts) {
    const sink = new DiagnosticSink(opts.inputName);
    const docs = readDocs(text, sink);
    const episodes = [];
    const seen = new Set();
    let order = 0;
    let records = 0;
    for (const doc of docs) {
        for (const t of tracesOf(doc, sink)) {
            if (sink.full)
                break;
            const ep = readTrace(t, doc, sink, () => order++);
            if (!ep)
                continue;
            records += ep.observations;
            if (seen.has(ep.episode.traceId)) {
                sink.error(doc.at.member(t, 'id'), `trace ${JSON.stringify(ep.episode.traceId)} appears twice`);
                continue;
            }
            seen.add(ep.episode.traceId);
            episodes.push(ep.episode);
        }
    }
    if (sink.list.length)
        throw failWith(sink, opts.inputName);
    return writeEpisodes(episodes, records, opts, 'Langfuse traces');
}
function tracesOf(doc, sink) {
    const v = doc.value;
    let list;
    if (Array.isArray(v))
        list = v;
    else if ((0,strict_json/* isJsonObject */.OW)(v) && get(v, 'observations') !== undefined)
        list = [v];
    else if ((0,strict_json/* isJsonObject */.OW)(v) && Array.isArray(get(v, 'data')))
        list = v['data'];
    if (!list) {
        sink.error(Array.isArray(v) || (0,strict_json/* isJsonObject */.OW)(v) ? doc.at.of(v) : { line: 1, col: 1 }, `${langfuse_SHAPE}, found ${(0,strict_json/* isJsonObject */.OW)(v) ? 'an object without "observations" or "data"' : jsonTypeName(v)}`);
        return [];
    }
    const out = [];
    list.forEach((x, i) => {
        if ((0,strict_json/* isJsonObject */.OW)(x))
            out.push(x);
        else
            sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `trace ${i + 1} must be an object, found ${jsonTypeName(x)}`);
    });
    return out;
}
function readTrace(t, doc, sink, nextOrder) {
    const at = doc.at;
    const traceId = reqString(t, 'id', at, sink, 'trace');
    const ts = readTime(t, 'timestamp', at, sink, 'trace', false);
    const name = optString(t, 'name', at, sink, 'trace');
    const session = optString(t, 'sessionId', at, sink, 'trace');
    const list = get(t, 'observations');
    if (!Array.isArray(list)) {
        sink.error(list === undefined ? at.of(t) : at.member(t, 'observations'), `trace: "observations" must be an array of observation objects, found ${list === undefined ? 'none' : jsonTypeName(list)}`);
        return undefined;
    }
    const obs = [];
    list.forEach((o, i) => {
        if (!(0,strict_json/* isJsonObject */.OW)(o)) {
            const hint = typeof o === 'string' ? ' (observation ids only: export the trace with GET /api/public/traces/{id}, which embeds them)' : '';
            sink.error(Array.isArray(o) ? at.of(o) : at.member(t, 'observations'), `observation ${i + 1} must be an object, found ${jsonTypeName(o)}${hint}`);
            return;
        }
        const r = readObservation(o, doc, sink, nextOrder());
        if (r)
            obs.push(r);
    });
    if (traceId === undefined || ts === 'bad')
        return undefined;
    obs.sort((a, b) => compareItems(a.item, b.item));
    linkToolCalls(obs);
    const meta = { source: 'langfuse', trace_id: traceId };
    if (name !== undefined)
        meta['trace_name'] = name;
    if (session !== undefined)
        meta['session_id'] = session;
    let prompt = langfuse_promptOf(get(t, 'input'));
    for (const o of obs) {
        if (prompt !== undefined)
            break;
        if (o.type === 'GENERATION')
            prompt = langfuse_promptOf(o.input);
    }
    let answer = outputText(get(t, 'output'));
    if (answer === undefined) {
        for (const o of obs)
            if (o.type === 'GENERATION')
                answer = generationText(o.output) ?? answer;
    }
    return {
        episode: { traceId, prompt, finalOutput: answer, startMs: ts, meta, items: obs.map((o) => o.item) },
        observations: obs.length,
    };
}
function readObservation(o, doc, sink, order) {
    const at = doc.at;
    const what = 'observation';
    const id = reqString(o, 'id', at, sink, what);
    const type = reqString(o, 'type', at, sink, what);
    const name = optString(o, 'name', at, sink, what);
    const start = readTime(o, 'startTime', at, sink, what, true);
    const end = readTime(o, 'endTime', at, sink, what, false);
    const level = optString(o, 'level', at, sink, what);
    const status = optString(o, 'statusMessage', at, sink, what);
    const parent = optString(o, 'parentObservationId', at, sink, what);
    const model = optString(o, 'model', at, sink, what);
    if (id === undefined || type === undefined || start === 'bad' || end === 'bad')
        return undefined;
    const upper = type.toUpperCase();
    const meta = { observation_id: id, observation_type: upper };
    if (parent !== undefined)
        meta['parent_observation_id'] = parent;
    if (model !== undefined)
        meta['gen_ai.response.model'] = model;
    const error = level === 'ERROR' ? (status !== undefined && status !== '' ? status : 'error') : null;
    if (error !== null)
        meta['error'] = error;
    const kind = upper === 'GENERATION' ? 'model' : upper === 'TOOL' ? 'tool' : upper.toLowerCase();
    return { item: { id, kind, name: name ?? upper.toLowerCase(), startMs: start, endMs: end, order, meta }, type: upper, input: get(o, 'input'), output: get(o, 'output'), error };
}
/**
 * Makes calls: every TOOL observation; a SPAN named like a tool a generation asked for (after it); each
 * requested call left over becomes a call of its own, written at the generation.
 */
function linkToolCalls(obs) {
    const pending = [];
    const extra = [];
    for (const o of obs) {
        if (o.type === 'GENERATION') {
            toolCallsOf(o.output).forEach((tc, index) => pending.push({ ...tc, gen: o.item, index }));
            continue;
        }
        if (o.type !== 'TOOL' && o.type !== 'SPAN')
            continue;
        const k = pending.findIndex((r) => r.name === o.item.name);
        if (o.type === 'SPAN' && k < 0)
            continue;
        const req = k >= 0 ? pending.splice(k, 1)[0] : undefined;
        let args = decodeArgs(o.input);
        if (req && (o.input === undefined || o.input === null))
            args = req.args;
        o.item.kind = 'tool';
        o.item.call = { args, result: o.output ?? null, error: o.error };
        if (req) {
            o.item.meta = { ...o.item.meta, tool_call_id: req.id };
            if (o.error !== null)
                delete o.item.meta['error'];
        }
        else if (o.error !== null && o.item.meta)
            delete o.item.meta['error'];
    }
    for (const r of pending) {
        extra.push({
            item: {
                id: `${r.gen.id}:${r.id !== '' ? r.id : String(r.index)}`,
                kind: 'tool',
                name: r.name,
                startMs: r.gen.endMs ?? r.gen.startMs,
                order: r.gen.order,
                meta: { requested_by: r.gen.id, tool_call_id: r.id, executed: 'not recorded' },
                call: { args: r.args, result: null, error: null },
            },
            type: 'TOOL',
            input: undefined,
            output: undefined,
            error: null,
        });
    }
    obs.push(...extra);
}
/** `tool_calls` of a generation output: a message, a list of messages, or `{choices:[{message}]}`. */
function toolCallsOf(output) {
    const out = [];
    const messages = [];
    if (Array.isArray(output))
        messages.push(...output);
    else if ((0,strict_json/* isJsonObject */.OW)(output)) {
        messages.push(output);
        const choices = get(output, 'choices');
        if (Array.isArray(choices))
            for (const c of choices)
                if ((0,strict_json/* isJsonObject */.OW)(c) && c['message'] !== undefined)
                    messages.push(c['message']);
    }
    for (const m of messages) {
        if (!(0,strict_json/* isJsonObject */.OW)(m))
            continue;
        const calls = get(m, 'tool_calls');
        if (!Array.isArray(calls))
            continue;
        for (const tc of calls) {
            if (!(0,strict_json/* isJsonObject */.OW)(tc))
                continue;
            const fn = get(tc, 'function');
            const name = (0,strict_json/* isJsonObject */.OW)(fn) && typeof fn['name'] === 'string' ? fn['name'] : typeof tc['name'] === 'string' ? tc['name'] : undefined;
            if (name === undefined)
                continue;
            const rawArgs = (0,strict_json/* isJsonObject */.OW)(fn) ? fn['arguments'] : (get(tc, 'args') ?? get(tc, 'arguments'));
            out.push({ id: typeof tc['id'] === 'string' ? tc['id'] : '', name, args: decodeArgs(rawArgs) });
        }
    }
    return out;
}
function langfuse_promptOf(input) {
    if (typeof input === 'string')
        return input;
    const human = firstUserText(input);
    if (human !== undefined)
        return human;
    if ((0,strict_json/* isJsonObject */.OW)(input)) {
        for (const key of ['input', 'question', 'query', 'prompt']) {
            const v = get(input, key);
            if (typeof v === 'string')
                return v;
        }
    }
    return undefined;
}
/** Text of a generation's answer: a string, or an assistant message's string content. */
function generationText(output) {
    if (typeof output === 'string')
        return output;
    if ((0,strict_json/* isJsonObject */.OW)(output) && typeof output['content'] === 'string' && output['content'] !== '')
        return output['content'];
    return undefined;
}

;// CONCATENATED MODULE: ./src/core/import/openai-agents.ts
// `assay import --format openai-agents`: OpenAI Agents SDK traces → canonical V2 JSONL, one episode per
// trace (docs/importers.md). Input: the tracing exporter's payload `{"data":[trace, span…]}`, an array of
// those items, or JSON lines of items or payloads. Items are `{"object":"trace", id, workflow_name,
// group_id, metadata}` and `{"object":"trace.span", id, trace_id, parent_id, started_at, ended_at,
// span_data:{type,…}, error:{message,data}|null}`; `function` spans are the tool calls.


const openai_agents_SHAPE = 'expected the OpenAI Agents SDK trace export {"data":[…]}, an array of trace/span items, or JSON lines of them';
function importOpenAiAgents(text, opts) {
    const sink = new DiagnosticSink(opts.inputName);
    const docs = readDocs(text, sink);
    const traces = new Map();
    const episode = (traceId) => {
        let p = traces.get(traceId);
        if (!p) {
            p = { ep: { traceId, meta: { source: 'openai-agents', trace_id: traceId }, items: [] }, prompts: [], answers: [] };
            traces.set(traceId, p);
        }
        return p;
    };
    let order = 0;
    let records = 0;
    for (const doc of docs) {
        for (const item of itemsOf(doc, sink)) {
            if (sink.full)
                break;
            records++;
            readItem(item, doc, order++, sink, episode);
        }
    }
    if (sink.list.length)
        throw failWith(sink, opts.inputName);
    const episodes = [];
    for (const p of traces.values()) {
        p.prompts.sort((a, b) => compareItems(a.item, b.item));
        p.answers.sort((a, b) => compareItems(a.item, b.item));
        p.ep.prompt = p.prompts[0]?.text;
        p.ep.finalOutput = p.answers[p.answers.length - 1]?.text;
        episodes.push(p.ep);
    }
    return writeEpisodes(episodes, records, opts, 'OpenAI Agents SDK traces or spans');
}
function itemsOf(doc, sink) {
    const v = doc.value;
    let list;
    if (Array.isArray(v))
        list = v;
    else if ((0,strict_json/* isJsonObject */.OW)(v) && Array.isArray(get(v, 'data')))
        list = v['data'];
    else if ((0,strict_json/* isJsonObject */.OW)(v) && (get(v, 'object') !== undefined || get(v, 'span_data') !== undefined))
        list = [v];
    if (!list) {
        const pos = (0,strict_json/* isJsonObject */.OW)(v) && get(v, 'data') !== undefined ? doc.at.member(v, 'data') : Array.isArray(v) || (0,strict_json/* isJsonObject */.OW)(v) ? doc.at.of(v) : { line: 1, col: 1 };
        sink.error(pos, `${openai_agents_SHAPE}, found ${(0,strict_json/* isJsonObject */.OW)(v) ? 'an object without "data"' : jsonTypeName(v)}`);
        return [];
    }
    const out = [];
    list.forEach((x, i) => {
        if ((0,strict_json/* isJsonObject */.OW)(x))
            out.push(x);
        else
            sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `item ${i + 1} must be a trace or span object, found ${jsonTypeName(x)}`);
    });
    return out;
}
function readItem(o, doc, order, sink, episode) {
    const at = doc.at;
    const kind = get(o, 'object');
    if (kind === 'trace') {
        const id = reqString(o, 'id', at, sink, 'trace');
        if (id === undefined)
            return;
        const meta = episode(id).ep.meta;
        const workflow = optString(o, 'workflow_name', at, sink, 'trace');
        const group = optString(o, 'group_id', at, sink, 'trace');
        if (workflow !== undefined)
            meta['workflow_name'] = workflow;
        if (group !== undefined)
            meta['group_id'] = group;
        const m = get(o, 'metadata');
        if ((0,strict_json/* isJsonObject */.OW)(m))
            meta['metadata'] = m;
        return;
    }
    if (kind !== 'trace.span' && !(kind === undefined && get(o, 'span_data') !== undefined)) {
        const pos = kind === undefined ? at.of(o) : at.member(o, 'object');
        sink.error(pos, `"object" must be "trace" or "trace.span", found ${kind === undefined ? 'none' : describe(kind)}`);
        return;
    }
    const what = 'span';
    const id = reqString(o, 'id', at, sink, what);
    const traceId = reqString(o, 'trace_id', at, sink, what);
    const parent = optString(o, 'parent_id', at, sink, what);
    const start = readTime(o, 'started_at', at, sink, what, false);
    const end = readTime(o, 'ended_at', at, sink, what, false);
    const data = get(o, 'span_data');
    if (!(0,strict_json/* isJsonObject */.OW)(data)) {
        sink.error(data === undefined ? at.of(o) : at.member(o, 'span_data'), `span: "span_data" must be an object with "type", found ${data === undefined ? 'none' : jsonTypeName(data)}`);
        return;
    }
    const type = reqString(data, 'type', at, sink, 'span_data');
    const err = get(o, 'error');
    if (err !== undefined && err !== null && !(0,strict_json/* isJsonObject */.OW)(err)) {
        sink.error(at.member(o, 'error'), `span: "error" must be {"message", "data"} or null, found ${jsonTypeName(err)}`);
        return;
    }
    if (id === undefined || traceId === undefined || type === undefined || start === 'bad' || end === 'bad')
        return;
    const p = episode(traceId);
    const meta = { span_id: id, span_type: type };
    if (parent !== undefined)
        meta['parent_id'] = parent;
    const item = { id, kind: 'step', name: type, startMs: start, endMs: end, order, meta };
    const errorText = err ? (typeof err['message'] === 'string' && err['message'] !== '' ? err['message'] : 'error') : null;
    switch (type) {
        case 'function': {
            const name = reqString(data, 'name', at, sink, 'function span_data');
            if (name === undefined)
                return;
            const mcp = get(data, 'mcp_data');
            if (mcp !== undefined && mcp !== null)
                meta['mcp_data'] = mcp;
            item.kind = 'tool';
            item.name = name;
            item.call = { args: decodeArgs(get(data, 'input')), result: get(data, 'output') ?? null, error: errorText };
            break;
        }
        case 'generation': {
            item.kind = 'model';
            item.name = 'generation';
            const model = get(data, 'model');
            if (typeof model === 'string')
                meta['gen_ai.response.model'] = model;
            const prompt = userText(get(data, 'input'));
            if (prompt !== undefined)
                p.prompts.push({ item, text: prompt });
            const answer = assistantText(get(data, 'output'));
            if (answer !== undefined)
                p.answers.push({ item, text: answer });
            break;
        }
        case 'response': {
            item.kind = 'model';
            item.name = 'response';
            const rid = get(data, 'response_id');
            if (typeof rid === 'string')
                meta['response_id'] = rid;
            break;
        }
        default: {
            item.kind = type === 'agent' ? 'agent' : type;
            const name = get(data, 'name');
            if (typeof name === 'string' && name !== '')
                item.name = name;
        }
    }
    if (errorText !== null && !item.call)
        meta['error'] = errorText;
    p.ep.items.push(item);
}
/** The first `role: "user"` message of a generation's input list. */
function userText(input) {
    if (typeof input === 'string')
        return input;
    if (!Array.isArray(input))
        return undefined;
    for (const m of input) {
        if ((0,strict_json/* isJsonObject */.OW)(m) && m['role'] === 'user') {
            const t = contentText(m['content']);
            if (t !== undefined)
                return t;
        }
    }
    return undefined;
}
/** The last assistant text of a generation's output list. */
function assistantText(output) {
    if (!Array.isArray(output))
        return undefined;
    let last;
    for (const m of output) {
        if ((0,strict_json/* isJsonObject */.OW)(m) && (m['role'] === 'assistant' || m['role'] === undefined)) {
            const t = contentText(m['content']);
            if (t !== undefined && t !== '')
                last = t;
        }
    }
    return last;
}

;// CONCATENATED MODULE: ./src/core/import/frameworks.ts




const FRAMEWORK_IMPORTERS = {
    'openai-agents': { label: 'OpenAI Agents SDK trace', run: importOpenAiAgents },
    langchain: { label: 'LangChain/LangSmith runs', run: importLangChain },
    langfuse: { label: 'Langfuse traces', run: importLangfuse },
};
function frameworkImporter(format) {
    return Object.prototype.hasOwnProperty.call(FRAMEWORK_IMPORTERS, format) ? FRAMEWORK_IMPORTERS[format] : undefined;
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./cli/commands/import.ts
// `assay import <INPUT>`: MCP transcript → canonical V2 trace; `--init` adds eval.yaml + policy.yaml.









function register(program) {
    program
        .command('import')
        .description('Convert an MCP transcript into a canonical V2 trace (JSONL)')
        .argument('<input>', 'MCP transcript file')
        .option('--format <format>', `transcript format: ${formatList('|')}`, 'inspector')
        .option('--out-trace <path>', 'output trace (default: <input stem>.trace.jsonl beside the input)')
        .option('--out <path>', 'alias of --out-trace')
        .option('--episode-id <id>', 'episode id (default: the input file stem)')
        .option('--test-id <id>', 'binding id stored as meta.test_id')
        .option('--prompt <text>', 'episode prompt (default: "<mcp:session>")')
        .option('--init', 'also write eval.yaml and policy.yaml for the imported session (existing files are kept)')
        .action((input, opts) => {
        process.exitCode = runImport(input, opts);
    });
}
/**
 * The alias `assay trace import-mcp --input I --out-trace O`, attached to a `trace` parent
 * command owned elsewhere: `registerTraceImportMcp(program.command('trace'))`.
 */
function registerTraceImportMcp(trace) {
    trace
        .command('import-mcp')
        .description('Alias of: assay import <INPUT>')
        .requiredOption('--input <path>', 'MCP transcript file')
        .option('--format <format>', `transcript format: ${formatList('|')}`, 'inspector')
        .option('--out-trace <path>', 'output trace (default: <input stem>.trace.jsonl beside the input)')
        .option('--out <path>', 'alias of --out-trace')
        .option('--episode-id <id>', 'episode id (default: the input file stem)')
        .option('--test-id <id>', 'binding id stored as meta.test_id')
        .option('--prompt <text>', 'episode prompt (default: "<mcp:session>")')
        .option('--init', 'also write eval.yaml and policy.yaml for the imported session (existing files are kept)')
        .action((opts) => {
        const { input, ...rest } = opts;
        process.exitCode = runImport(input, rest);
    });
}
function posixPath(p) {
    return external_node_path_.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `<input stem>.trace.jsonl` beside the input, spelled relative the way the input was. */
function defaultOutPath(input) {
    const stem = (0,external_node_path_.basename)(input, (0,external_node_path_.extname)(input));
    const dir = (0,external_node_path_.dirname)(input);
    return dir === '.' ? `${stem}.trace.jsonl` : posixPath((0,external_node_path_.join)(dir, `${stem}.trace.jsonl`));
}
/** Run the command; returns the exit code. Human text goes to stderr, nothing to stdout. */
function runImport(input, opts) {
    if (opts.format === OTEL_FORMAT)
        return runOtelImport(input, opts);
    const framework = frameworkImporter(opts.format ?? '');
    if (framework)
        return runFrameworkImport(input, opts, framework);
    try {
        const format = normalizeFormat(opts.format ?? 'inspector');
        if (!format) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: ${formatList(', ')})`, {
                source: 'cli',
            });
        }
        if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
        }
        for (const [flag, v] of [
            ['--episode-id', opts.episodeId],
            ['--out-trace', opts.outTrace ?? opts.out],
        ]) {
            if (v === '')
                throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${flag} must not be empty`, { source: 'cli' });
        }
        const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
        const episodeId = opts.episodeId ?? (0,external_node_path_.basename)(input, (0,external_node_path_.extname)(input));
        (0,output/* err */._q)(`Importing MCP transcript from: ${input}`);
        const text = readInput(input);
        const result = importMcpTranscript(text, {
            format,
            inputName: input,
            episodeId,
            ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
            ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
        });
        (0,output/* err */._q)(`Parsed ${result.mcpEvents} MCP events.`);
        for (const note of result.notes)
            (0,output/* err */._q)(`note: ${note}`);
        (0,output/* err */._q)(`Generated ${result.lines.length} trace events.`);
        writeOut(outPath, (0,v2_lines/* v2Text */.g)(result.lines));
        (0,output/* err */._q)(`✅ Trace written to: ${outPath}`);
        if (opts.init) {
            const files = importInitFiles(result.tools, opts.prompt);
            const dir = opts.initDir ?? '.';
            for (const [name, content] of [
                ['eval.yaml', files.evalYaml],
                ['policy.yaml', files.policyYaml],
            ]) {
                const target = dir === '.' ? name : posixPath((0,external_node_path_.join)(dir, name));
                if ((0,external_node_fs_.existsSync)(target)) {
                    (0,output/* err */._q)(`Skipped ${target} (exists)`);
                    continue;
                }
                writeOut(target, content);
                (0,output/* err */._q)(`Created ${target}`);
            }
            const cfg = dir === '.' ? 'eval.yaml' : posixPath((0,external_node_path_.join)(dir, 'eval.yaml'));
            (0,output/* err */._q)(`   Next: ${(0,reason_codes/* shellCommand */.q$)(['assay', 'validate', '--config', cfg, '--trace-file', outPath])}`);
        }
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}
/** OpenTelemetry GenAI spans are not an MCP transcript: their own importer (docs/otel.md). */
const OTEL_FORMAT = 'otel';
function formatList(sep) {
    return [...Object.keys(FORMAT_NAMES), OTEL_FORMAT, ...Object.keys(FRAMEWORK_IMPORTERS)].join(sep);
}
function runOtelImport(input, opts) {
    try {
        if (opts.init)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--init is not available with --format otel', { source: 'cli' });
        if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
        }
        const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
        if (outPath === '' || opts.episodeId === '')
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--episode-id and --out-trace must not be empty', { source: 'cli' });
        (0,output/* err */._q)(`Importing OpenTelemetry spans from: ${input}`);
        const result = importOtelTrace(readInput(input), {
            inputName: input,
            ...(opts.episodeId !== undefined ? { episodeId: opts.episodeId } : {}),
            ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
            ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
        });
        (0,output/* err */._q)(`Parsed ${result.spans} spans into ${result.episodes} episode(s) with tools: ${result.tools.join(', ') || '(none)'}.`);
        writeOut(outPath, (0,v2_lines/* v2Text */.g)(result.lines));
        (0,output/* err */._q)(`✅ Trace written to: ${outPath}`);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}
/** Agent-framework traces (OpenAI Agents SDK, LangChain/LangSmith, Langfuse): docs/importers.md. */
function runFrameworkImport(input, opts, importer) {
    try {
        if (opts.init)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--init is not available with --format ${opts.format}`, { source: 'cli' });
        if (opts.out !== undefined && opts.outTrace !== undefined && opts.out !== opts.outTrace) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--out is an alias of --out-trace; give only one', { source: 'cli' });
        }
        const outPath = opts.outTrace ?? opts.out ?? defaultOutPath(input);
        if (outPath === '' || opts.episodeId === '')
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--episode-id and --out-trace must not be empty', { source: 'cli' });
        (0,output/* err */._q)(`Importing ${importer.label} from: ${input}`);
        const result = importer.run(readInput(input), {
            inputName: input,
            ...(opts.episodeId !== undefined ? { episodeId: opts.episodeId } : {}),
            ...(opts.testId !== undefined ? { testId: opts.testId } : {}),
            ...(opts.prompt !== undefined ? { prompt: opts.prompt } : {}),
        });
        (0,output/* err */._q)(`Parsed ${result.records} records into ${result.episodes} episode(s) with tools: ${result.tools.join(', ') || '(none)'}.`);
        writeOut(outPath, (0,v2_lines/* v2Text */.g)(result.lines));
        (0,output/* err */._q)(`✅ Trace written to: ${outPath}`);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}
function readInput(input) {
    let bytes;
    try {
        const st = (0,external_node_fs_.statSync)(input);
        if (st.isFile() && st.size > MAX_IMPORT_BYTES) {
            throw new errors/* InputError */.dz('E_TRACE_INVALID', 'import document exceeds 256 MiB', {
                source: 'trace',
                context: { file: input },
                nextStepValues: { 'trace.jsonl': input },
            });
        }
        bytes = (0,external_node_fs_.readFileSync)(input);
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        throw new errors/* InputError */.dz('E_TRACE_NOT_FOUND', `cannot open MCP transcript: ${e.message}`, {
            source: 'trace',
            context: { file: input },
            nextStepValues: { 'trace.jsonl': input },
        });
    }
    try {
        // The decoder drops a leading BOM.
        return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        throw new errors/* InputError */.dz('E_TRACE_INVALID', 'invalid UTF-8', {
            source: 'trace',
            context: { file: input },
            nextStepValues: { 'trace.jsonl': input },
        });
    }
}
function writeOut(path, content) {
    try {
        (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(path));
        (0,external_node_fs_.writeFileSync)(path, content);
    }
    catch (e) {
        throw new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${path}: ${e.message}`, {
            source: 'cli',
            context: { file: path },
            nextStepValues: { path },
        });
    }
}


/***/ }),

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ compactJson)
/* harmony export */ });
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(167);
// Compact JSON text for values read by the strict scanner: like JSON.stringify (input key order kept),
// plus RawNumber written verbatim so large integers survive the round trip.

function compactJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'object': {
            if (value instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .RawNumber */ .uO)
                return value.text;
            if (Array.isArray(value)) {
                return '[' + value.map((v) => (v === undefined ? 'null' : compactJson(v))).join(',') + ']';
            }
            const parts = [];
            for (const key of Object.keys(value)) {
                const v = value[key];
                if (v === undefined || typeof v === 'function')
                    continue;
                parts.push(JSON.stringify(key) + ':' + compactJson(v));
            }
            return '{' + parts.join(',') + '}';
        }
        default:
            return 'null';
    }
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uO: () => (/* binding */ RawNumber),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* unused harmony export positionAt */
// A small strict RFC 8259 scanner for import documents. JSON.parse cannot do two things we need:
// refuse duplicate object keys (inspector and the HTTP transcript documents) and say where
// a value sits (line:col in diagnostics). It also keeps integers beyond 2^53-1 exact (RawNumber), so
// ids and arguments are re-serialised without rounding.
/** An integer literal that a JS number cannot hold exactly; written back verbatim. */
class RawNumber {
    text;
    constructor(text) {
        this.text = text;
    }
    toJSON() {
        return Number(this.text);
    }
}
/** Thrown on malformed input; `offset` is a UTF-16 index into the scanned text. */
class JsonSyntaxError extends Error {
    offset;
    kind;
    constructor(message, offset, 
    /** `duplicate`: well-formed JSON refused only for a repeated key. */
    kind = 'syntax') {
        super(message);
        this.offset = offset;
        this.kind = kind;
    }
}
const MAX_DEPTH = 1000;
const SAFE = Number.MAX_SAFE_INTEGER;
function scanJson(text, opts) {
    // A strong Map, one entry per tracked container: member offsets are not stored but found again by
    // re-reading the (already validated) object text when a diagnostic needs one.
    const containerOffsets = new Map();
    const maxDepth = opts.maxDepth ?? MAX_DEPTH;
    const trackDepth = opts.trackDepth ?? Infinity;
    const len = text.length;
    let i = 0;
    const fail = (msg, at = i, kind = 'syntax') => {
        throw new JsonSyntaxError(msg, at, kind);
    };
    const describe = (at) => {
        if (at >= len)
            return 'unexpected end of input';
        const cp = text.codePointAt(at);
        const ch = String.fromCodePoint(cp);
        return cp < 0x20 || cp === 0x7f ? `unexpected character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `unexpected character ${JSON.stringify(ch)}`;
    };
    const ws = () => {
        while (i < len) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                i++;
            else
                break;
        }
    };
    // Jumps to the next quote, backslash or control character at native speed.
    const special = /["\\\u0000-\u001f]/g;
    const parseString = () => {
        // text[i] === '"'
        const start = i;
        i++;
        let out = '';
        while (true) {
            special.lastIndex = i;
            const m = special.exec(text);
            if (!m)
                fail('unterminated string', start);
            const at = m.index;
            const c = text.charCodeAt(at);
            out += text.slice(i, at);
            i = at;
            if (c === 0x22) {
                i++;
                return out;
            }
            if (c !== 0x5c)
                fail('unescaped control character in string', i);
            const e = text.charCodeAt(i + 1);
            switch (e) {
                case 0x22:
                    out += '"';
                    i += 2;
                    break;
                case 0x5c:
                    out += '\\';
                    i += 2;
                    break;
                case 0x2f:
                    out += '/';
                    i += 2;
                    break;
                case 0x62:
                    out += '\b';
                    i += 2;
                    break;
                case 0x66:
                    out += '\f';
                    i += 2;
                    break;
                case 0x6e:
                    out += '\n';
                    i += 2;
                    break;
                case 0x72:
                    out += '\r';
                    i += 2;
                    break;
                case 0x74:
                    out += '\t';
                    i += 2;
                    break;
                case 0x75: {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('invalid \\u escape in string', i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                    break;
                }
                default:
                    fail('invalid escape in string', i);
            }
        }
    };
    const parseNumber = () => {
        const start = i;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        const d0 = text.charCodeAt(i);
        if (d0 === 0x30)
            i++;
        else if (d0 >= 0x31 && d0 <= 0x39) {
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        else
            fail('invalid number', start);
        let integer = true;
        if (text.charCodeAt(i) === 0x2e) {
            integer = false;
            i++;
            if (!isDigit(text.charCodeAt(i)))
                fail('invalid number', start);
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            integer = false;
            i++;
            const s = text.charCodeAt(i);
            if (s === 0x2b || s === 0x2d)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                fail('invalid number', start);
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        const lexeme = text.slice(start, i);
        const n = Number(lexeme);
        if (integer && (n > SAFE || n < -SAFE))
            return new RawNumber(lexeme);
        return n;
    };
    const parseLiteral = (word, value) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return fail(describe(i));
    };
    const parseValue = (depth) => {
        ws();
        if (i >= len)
            fail('unexpected end of input');
        const c = text.charCodeAt(i);
        if (c === 0x7b)
            return parseObject(depth + 1);
        if (c === 0x5b)
            return parseArray(depth + 1);
        if (c === 0x22)
            return parseString();
        if (c === 0x2d || isDigit(c))
            return parseNumber();
        if (c === 0x74)
            return parseLiteral('true', true);
        if (c === 0x66)
            return parseLiteral('false', false);
        if (c === 0x6e)
            return parseLiteral('null', null);
        return fail(describe(i));
    };
    const parseObject = (depth) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth} levels`);
        const obj = {};
        if (depth <= trackDepth)
            containerOffsets.set(obj, i);
        i++;
        ws();
        if (text.charCodeAt(i) === 0x7d) {
            i++;
            return obj;
        }
        while (true) {
            ws();
            if (text.charCodeAt(i) !== 0x22)
                fail(i >= len ? 'unexpected end of input' : 'expected a string key');
            const keyAt = i;
            const key = parseString();
            if (opts.duplicateKeys === 'reject' && Object.prototype.hasOwnProperty.call(obj, key)) {
                fail(`duplicate object key ${JSON.stringify(key)}`, keyAt, 'duplicate');
            }
            ws();
            if (text.charCodeAt(i) !== 0x3a)
                fail(i >= len ? 'unexpected end of input' : `expected ":" after key, ${describe(i)}`);
            i++;
            ws();
            const v = parseValue(depth);
            // "__proto__" is data, never the prototype: define it as an own property.
            if (key === '__proto__')
                Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
            else
                obj[key] = v;
            ws();
            const n = text.charCodeAt(i);
            if (n === 0x2c) {
                i++;
                continue;
            }
            if (n === 0x7d) {
                i++;
                return obj;
            }
            fail(i >= len ? 'unexpected end of input' : `expected "," or "}", ${describe(i)}`);
        }
    };
    const parseArray = (depth) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth} levels`);
        const arr = [];
        if (depth <= trackDepth)
            containerOffsets.set(arr, i);
        i++;
        ws();
        if (text.charCodeAt(i) === 0x5d) {
            i++;
            return arr;
        }
        while (true) {
            arr.push(parseValue(depth));
            ws();
            const n = text.charCodeAt(i);
            if (n === 0x2c) {
                i++;
                continue;
            }
            if (n === 0x5d) {
                i++;
                return arr;
            }
            fail(i >= len ? 'unexpected end of input' : `expected "," or "]", ${describe(i)}`);
        }
    };
    const value = parseValue(0);
    ws();
    if (i < len)
        fail(`unexpected data after the JSON value (${describe(i)})`);
    const memberOffset = (obj, key) => {
        const start = containerOffsets.get(obj);
        return start === undefined || Array.isArray(obj) ? undefined : findMember(text, start, key);
    };
    return { value, containerOffsets, memberOffset };
}
// Offset of the value of the last `key` member of the valid JSON object starting at `start`.
function findMember(text, start, key) {
    let i = start + 1;
    let found;
    const ws = () => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
    };
    const skipString = () => {
        i++;
        while (text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        i++;
    };
    const skipValue = () => {
        const c = text[i];
        if (c === '"')
            return skipString();
        if (c !== '{' && c !== '[') {
            while (i < text.length && !',}] \t\r\n'.includes(text[i]))
                i++;
            return;
        }
        let depth = 0;
        do {
            const d = text[i];
            if (d === '"') {
                skipString();
                continue;
            }
            if (d === '{' || d === '[')
                depth++;
            else if (d === '}' || d === ']')
                depth--;
            i++;
        } while (depth > 0);
    };
    ws();
    if (text[i] === '}')
        return undefined;
    while (i < text.length) {
        ws();
        const keyStart = i;
        skipString();
        const k = JSON.parse(text.slice(keyStart, i));
        ws();
        i++; // ':'
        ws();
        if (k === key)
            found = i;
        skipValue();
        ws();
        if (text[i] === ',') {
            i++;
            continue;
        }
        break;
    }
    return found;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/** Offset → 1-based line and code-point column. LF ends a line (CRLF too). */
function positionAt(text, offset) {
    return new LineIndex(text).at(offset);
}
/** Line lookup for many positions in one text: line starts are indexed once, on first use. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (!this.starts) {
            const starts = [0];
            for (let k = this.text.indexOf('\n'); k !== -1; k = this.text.indexOf('\n', k + 1))
                starts.push(k + 1);
            this.starts = starts;
        }
        const starts = this.starts;
        // Last line start <= offset.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const lineStart = starts[lo];
        return { line: lo + 1, col: codePoints(this.text, lineStart, Math.min(offset, this.text.length)) + 1 };
    }
}
function codePoints(text, from, to) {
    let n = 0;
    for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        // Count a surrogate pair once.
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
            const d = text.charCodeAt(k + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                k++;
        }
        n++;
    }
    return n;
}
function isJsonObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
}
/** Own-property lookup that works on null-prototype objects and never reads the prototype chain. */
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}


/***/ }),

/***/ 5047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ v2Line),
/* harmony export */   g: () => (/* binding */ v2Text)
/* harmony export */ });
/* harmony import */ var _json_out_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8498);
// Canonical V2 JSONL: compact, one event per line, fixed key order `type, episode_id, step_id,
// timestamp`, then the table order. Optional fields are omitted when undefined; `tool_call.args`,
// `result` and `error` are always written. Kept local to import/init on purpose (no dependency on the
// trace reader's writer, which is owned elsewhere).

const KEY_ORDER = {
    episode_start: ['type', 'episode_id', 'timestamp', 'input', 'meta'],
    step: ['type', 'episode_id', 'step_id', 'timestamp', 'kind', 'idx', 'name', 'content', 'content_sha256', 'truncations', 'meta'],
    tool_call: [
        'type',
        'episode_id',
        'step_id',
        'timestamp',
        'tool_name',
        'call_index',
        'args',
        'args_sha256',
        'result',
        'result_sha256',
        'error',
        'truncations',
    ],
    episode_end: ['type', 'episode_id', 'timestamp', 'outcome', 'final_output'],
};
const ALWAYS_WRITTEN = new Set(['args', 'result', 'error']);
/** One canonical JSONL line (no trailing newline). */
function v2Line(event) {
    const rec = event;
    const parts = [];
    for (const key of KEY_ORDER[event.type]) {
        let v = rec[key];
        if (v === undefined) {
            if (event.type === 'tool_call' && ALWAYS_WRITTEN.has(key))
                v = null;
            else
                continue;
        }
        parts.push(JSON.stringify(key) + ':' + (0,_json_out_js__WEBPACK_IMPORTED_MODULE_0__/* .compactJson */ .A)(v));
    }
    return '{' + parts.join(',') + '}';
}
/** A whole file: LF after every line, UTF-8 without BOM when written. */
function v2Text(lines) {
    return lines.length ? lines.join('\n') + '\n' : '';
}


/***/ }),

/***/ 6983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ yamlString),
/* harmony export */   y: () => (/* binding */ yamlFlowList)
/* harmony export */ });
// Tiny helpers for the YAML we generate from templates. Strings are always double-quoted so no value
// (a tool name like `yes`, `*`, `- x`, `a: b`) can change meaning; output is plain text we control.
/** A YAML 1.2 double-quoted scalar. JSON escapes plus `\uXXXX` for what YAML does not allow raw. */
function yamlString(s) {
    return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** `[a, b]` flow list of quoted strings. */
function yamlFlowList(items) {
    return '[' + items.map(yamlString).join(', ') + ']';
}


/***/ }),

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ codePointsInUtf8),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   zx: () => (/* binding */ codePointsInString)
/* harmony export */ });
// UTF-8 checks for trace lines (invalid UTF-8 in JSONL is a bad line).
// The fast path uses node:buffer isUtf8 on whole regions; this file only locates the error for the message.
/** Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, surrogates or > U+10FFFF), or -1. */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        // The second byte has a narrower range for a few lead bytes (overlongs, surrogates, > U+10FFFF).
        let lo = 0x80;
        let hi = 0xbf;
        if (c === 0xe0)
            lo = 0xa0;
        else if (c === 0xed)
            hi = 0x9f;
        else if (c === 0xf0)
            lo = 0x90;
        else if (c === 0xf4)
            hi = 0x8f;
        const c1 = b[i + 1];
        if (c1 === undefined || c1 < lo || c1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const ck = b[i + k];
            if (ck === undefined || ck < 0x80 || ck > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Number of code points in the valid UTF-8 prefix b[0, end). */
function codePointsInUtf8(b, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if ((b[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
/** Number of code points in s[0, end) (UTF-16 index). */
function codePointsInString(s, end) {
    let n = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        // A low surrogate that follows a high surrogate belongs to the same code point.
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
            const p = s.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        n++;
    }
    return n;
}


/***/ })

};
