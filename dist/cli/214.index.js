export const id = 214;
export const ids = [214];
export const modules = {

/***/ 7214:
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
/** A usable timestamp: a non-negative integer ≤ 2^53-1. `invalid` for a too-large integer (01 §0). */
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
// Authorization discovery in HTTP transcripts (01 §1.12): an entry with HTTP status 401 whose
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
// Containers of the four MCP transcript formats (01 §1.12) → JSON-RPC messages with positions.



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
// jsonrpc: one message per line. Blank and `#` comment lines are skipped (01 §0); a repeated key in a
// line follows the JSONL rule of 01 §0 (last one wins).
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

// EXTERNAL MODULE: ./src/core/import/json-out.ts
var json_out = __webpack_require__(8498);
;// CONCATENATED MODULE: ./src/core/import/map-v2.ts
// MCP messages → one V2 episode (01 §1.12 "Mapping to V2"). Pure and deterministic: the order is a
// total order on (timestamp or 0, source order, id), and nothing reads a clock.


const DEFAULT_IMPORT_PROMPT = '<mcp:session>';
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
/** `result.tools` → `[{name, description?, input_schema?}]` (the shape of 01 §1.8 tool_definitions). */
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
// `assay import --init` (02 §4.4): an eval config and a v2 policy built from the tools seen in the
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
    // A `*` in a name would turn the allow entry into a pattern (01 §2.4 has no escape), widening
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
// `assay import`: MCP transcripts → canonical V2 JSONL (01 §1.12, §1.9; 02 §4.4). Pure: text in, lines out.









/** Import documents above this size are refused (01 §0). */
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

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/commands/import.ts
// `assay import <INPUT>` (02 §4.4): MCP transcript → canonical V2 trace; `--init` adds eval.yaml + policy.yaml.





function register(program) {
    program
        .command('import')
        .description('Convert an MCP transcript into a canonical V2 trace (JSONL)')
        .argument('<input>', 'MCP transcript file')
        .option('--format <format>', `transcript format: ${Object.keys(FORMAT_NAMES).join('|')}`, 'inspector')
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
 * The alias `assay trace import-mcp --input I --out-trace O` (02 §4.4), attached to a `trace` parent
 * command owned elsewhere: `registerTraceImportMcp(program.command('trace'))`.
 */
function registerTraceImportMcp(trace) {
    trace
        .command('import-mcp')
        .description('Alias of: assay import <INPUT>')
        .requiredOption('--input <path>', 'MCP transcript file')
        .option('--format <format>', `transcript format: ${Object.keys(FORMAT_NAMES).join('|')}`, 'inspector')
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
    try {
        const format = normalizeFormat(opts.format ?? 'inspector');
        if (!format) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: ${Object.keys(FORMAT_NAMES).join(', ')})`, {
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
            (0,output/* err */._q)(`   Next: assay validate --config=${cfg} --trace-file=${outPath} --format json`);
        }
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
        // The decoder drops a leading BOM (01 §0).
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
        (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(path), { recursive: true });
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
// refuse duplicate object keys (01 §1.12, inspector and the HTTP transcript documents) and say where
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
/** Offset → 1-based line and code-point column (01 §0). LF ends a line (CRLF too). */
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
// Canonical V2 JSONL (01 §1.9): compact, one event per line, fixed key order `type, episode_id, step_id,
// timestamp`, then the §1.3 table order. Optional fields are omitted when undefined; `tool_call.args`,
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
/* harmony export */   l: () => (/* binding */ yamlString)
/* harmony export */ });
/* unused harmony export yamlFlowList */
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


/***/ })

};
