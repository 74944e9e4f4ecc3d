export const id = 247;
export const ids = [247];
export const modules = {

/***/ 2247:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/commander/esm.mjs
var esm = __webpack_require__(8179);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/runtime/env-filter.ts
var env_filter = __webpack_require__(7398);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 1 modules
var core_policy = __webpack_require__(1490);
;// CONCATENATED MODULE: ./src/runtime/policy-load.ts
// Loading a policy for the runtime adapters: a missing file is E_MISSING_CONFIG (never an
// allow-all fallback), an invalid one E_POLICY_PARSE; the digest identifies the normalized policy.




function policyDigest(policy) {
    return `sha256:${(0,jcs/* jcsSha256Hex */.l4)((0,core_policy/* toV2Document */.hi)(policy))}`;
}
function loadRuntimePolicy(path, display, opts = {}) {
    let exists = false;
    try {
        external_node_fs_.statSync(path);
        exists = true;
    }
    catch (e) {
        if (e.code !== 'ENOENT' && e.code !== 'ENOTDIR')
            exists = true;
    }
    if (!exists) {
        throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', "policy file not found", {
            source: 'policy',
            context: { file: display },
            diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'policy file not found', file: display, source: 'policy' }],
        });
    }
    const { policy, diagnostics } = (0,core_policy/* loadPolicyFile */.n$)(path, display, { denyDeprecations: opts.denyDeprecations === true, lenient: opts.lenient === true });
    return { policy, digest: policyDigest(policy), version: policy.declaredVersion ?? 'unspecified', diagnostics };
}

;// CONCATENATED MODULE: ./src/runtime/mcp/strict-line.ts
// Strict parse of one client NDJSON line: what JSON.parse accepts but the strict pass refuses
// (duplicate keys, lone surrogate escapes, nesting over 128, more than 10 000 keys in an object, strings
// over 1 048 576 code points) is detected here, so the object we evaluate is the one any JSON.parse-based
// server reads. JSON.parse builds the value (native speed); one raw pass counts members outside strings
// and measures depth, and a walk of the value counts keys: fewer keys than members means a duplicate.
const MAX_DEPTH = 128;
const MAX_KEYS_PER_OBJECT = 10_000;
const MAX_STRING_CODE_POINTS = 1_048_576;
const INTEGER_TOKEN = /^-?(?:0|[1-9][0-9]*)$/;
/** True when `token` is a JSON string or a JSON integer literal (no fraction, no exponent). */
function isIdToken(token) {
    return token.charCodeAt(0) === 0x22 || INTEGER_TOKEN.test(token);
}
/** Index of the closing quote of the string whose content starts at `from`. */
function stringEnd(text, from) {
    let q = text.indexOf('"', from);
    for (;;) {
        // A quote preceded by an odd run of backslashes is escaped.
        let b = q - 1;
        while (text.charCodeAt(b) === 0x5c)
            b--;
        if ((q - 1 - b) % 2 === 0)
            return q;
        q = text.indexOf('"', q + 1);
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
/** One pass over text already known to be valid JSON. */
function rawScan(text) {
    const n = text.length;
    let members = 0;
    let depth = 0;
    let tooDeep = false;
    let lastStrStart = -1;
    let lastStrEnd = -1;
    let idCount = 0;
    let idStart = -1;
    let idToken;
    for (let i = 0; i < n; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x22) {
            const e = stringEnd(text, i + 1);
            lastStrStart = i;
            lastStrEnd = e + 1;
            i = e;
            continue;
        }
        if (c === 0x3a) {
            members++;
            if (depth === 1) {
                const key = text.slice(lastStrStart, lastStrEnd);
                if (key === '"id"' || (key.includes('\\') && JSON.parse(key) === 'id')) {
                    idCount++;
                    let s = i + 1;
                    while (isWs(text.charCodeAt(s)))
                        s++;
                    idStart = s;
                }
            }
        }
        else if (c === 0x7b || c === 0x5b) {
            depth++;
            if (depth > MAX_DEPTH) {
                tooDeep = true;
                break;
            }
        }
        else if (c === 0x7d || c === 0x5d) {
            if (depth === 1 && idStart >= 0) {
                idToken = text.slice(idStart, i).trimEnd();
                idStart = -1;
            }
            depth--;
        }
        else if (c === 0x2c && depth === 1 && idStart >= 0) {
            idToken = text.slice(idStart, i).trimEnd();
            idStart = -1;
        }
    }
    return { members, tooDeep, idToken: idCount === 1 ? idToken : undefined, idCount };
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
            const p = s.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        n++;
    }
    return n;
}
class Walk {
    surrogates;
    keys = 0;
    failure;
    constructor(surrogates) {
        this.surrogates = surrogates;
    }
    str(s) {
        if (s.length > MAX_STRING_CODE_POINTS && codePoints(s) > MAX_STRING_CODE_POINTS)
            this.failure = 'string_too_long';
        else if (this.surrogates && LONE_SURROGATE.test(s))
            this.failure = 'lone_surrogate';
    }
    value(v) {
        if (typeof v === 'string') {
            this.str(v);
            return;
        }
        if (v === null || typeof v !== 'object')
            return;
        if (Array.isArray(v)) {
            for (let i = 0; i < v.length && this.failure === undefined; i++)
                this.value(v[i]);
            return;
        }
        const o = v;
        const ks = Object.keys(o);
        if (ks.length > MAX_KEYS_PER_OBJECT) {
            this.failure = 'too_many_keys';
            return;
        }
        this.keys += ks.length;
        for (let i = 0; i < ks.length && this.failure === undefined; i++) {
            const k = ks[i];
            this.str(k);
            if (this.failure === undefined)
                this.value(o[k]);
        }
    }
}
/** Strict-parse one line of text (already valid UTF-8, without its LF). */
function parseStrictLine(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return { ok: false, failure: 'syntax', idToken: undefined };
    }
    const scan = rawScan(text);
    const id = scan.idToken !== undefined && isIdToken(scan.idToken) ? scan.idToken : undefined;
    if (scan.tooDeep)
        return { ok: false, failure: 'depth', idToken: id };
    const w = new Walk(text.includes('\\u'));
    w.value(value);
    if (w.failure !== undefined)
        return { ok: false, failure: w.failure, idToken: id };
    if (w.keys !== scan.members)
        return { ok: false, failure: 'duplicate_key', idToken: id };
    return { ok: true, value, idToken: scan.idToken };
}

;// CONCATENATED MODULE: ./src/runtime/mcp/classify.ts
// Classification of one client line. Nothing that fails classification is forwarded.

function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isBlank(text) {
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a)
            return false;
    }
    return true;
}
const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
/** Classify a line's text (valid UTF-8 already checked by the caller; no LF). */
function classifyClientLine(text) {
    if (isBlank(text))
        return { kind: 'empty' };
    const r = parseStrictLine(text);
    if (!r.ok) {
        if (r.failure === 'syntax')
            return { kind: 'refuse', code: -32700, reason: 'malformed_client_request', idToken: null };
        return { kind: 'refuse', code: -32600, reason: 'malformed_client_request', idToken: r.idToken ?? null, strict: r.failure };
    }
    const v = r.value;
    if (Array.isArray(v))
        return { kind: 'refuse', code: -32600, reason: 'batch_not_supported', idToken: null };
    const idOk = r.idToken !== undefined && isIdToken(r.idToken);
    const bad = () => ({ kind: 'refuse', code: -32600, reason: 'malformed_client_request', idToken: idOk ? r.idToken : null });
    if (!isObject(v) || v.jsonrpc !== '2.0')
        return bad();
    const hasId = has(v, 'id');
    if (hasId && !idOk)
        return bad();
    if (!has(v, 'method')) {
        // A response to a server-initiated request: id plus exactly one of result/error.
        if (hasId && has(v, 'result') !== has(v, 'error'))
            return { kind: 'response' };
        return bad();
    }
    const method = v.method;
    if (typeof method !== 'string')
        return bad();
    if (!hasId) {
        if (method === 'tools/call')
            return { kind: 'drop', reason: 'tools_call_without_id' };
        return { kind: 'notification', method, params: v.params };
    }
    const id = v.id;
    if (method !== 'tools/call')
        return { kind: 'request', method, id, idToken: r.idToken, params: v.params };
    const p = v.params;
    const invalid = () => ({ kind: 'refuse', code: -32602, reason: 'invalid_tool_call', idToken: r.idToken });
    if (!isObject(p) || typeof p.name !== 'string')
        return invalid();
    let args;
    if (!has(p, 'arguments') || p.arguments === undefined)
        args = {};
    else if (isObject(p.arguments))
        args = p.arguments;
    else
        return invalid();
    let toolCallId;
    if (isObject(p._meta) && typeof p._meta.tool_call_id === 'string')
        toolCallId = p._meta.tool_call_id;
    else if (isObject(args._meta) && typeof args._meta.tool_call_id === 'string')
        toolCallId = args._meta.tool_call_id;
    return { kind: 'tool_call', idToken: r.idToken, id, name: p.name, args, toolCallId: toolCallId ?? `req_${String(id)}` };
}

;// CONCATENATED MODULE: ./src/runtime/mcp/digest.ts
// Argument digests: never the values, only `sha256:` + hex(sha256(JCS(args))) or, with
// `--args-hmac-key-env`, `hmac-sha256:` + hex(HMAC-SHA256(key, JCS(args))). Plus the sorted top-level keys.


class ArgsDigester {
    hmacKey;
    constructor(hmacKey) {
        this.hmacKey = hmacKey;
    }
    digest(args) {
        let canon;
        try {
            canon = (0,jcs/* canonicalize */.dw)(args);
        }
        catch {
            // Strict parsing rules out non-JSON values; keep a digest of nothing rather than the values.
            canon = 'null';
        }
        const arg_keys = Object.keys(args)
            .map((k) => (k.length > 64 ? k.slice(0, 64) : k))
            .sort();
        if (this.hmacKey !== undefined) {
            return { args_digest: `hmac-sha256:${(0,external_node_crypto_.createHmac)('sha256', this.hmacKey).update(canon, 'utf8').digest('hex')}`, args_digest_alg: 'hmac-sha256', arg_keys };
        }
        return { args_digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(canon, 'utf8').digest('hex')}`, args_digest_alg: 'sha256', arg_keys };
    }
}
/** `sha256:` + hex of raw bytes (refused-line digests). */
function bytesDigest(b) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(b).digest('hex')}`;
}

;// CONCATENATED MODULE: ./src/runtime/mcp/line-splitter.ts
// LF framing for one direction of the proxy. Lines are handed out as byte ranges of the chunk they arrived
// in (no copy, no decode); consecutive lines the sink forwards unchanged are written as one range of the
// original bytes. A line over the cap is discarded up to its LF while its digest is computed incrementally;
// its first and last EDGE_BYTES are kept, so the proxy can still tell which request a dropped reply was for.

/** Bytes kept from each end of a discarded line. */
const EDGE_BYTES = 4096;
function lastBytes(prev, more) {
    if (more.length >= EDGE_BYTES)
        return Buffer.from(more.subarray(more.length - EDGE_BYTES));
    const both = Buffer.concat([prev, more]);
    return both.length > EDGE_BYTES ? Buffer.from(both.subarray(both.length - EDGE_BYTES)) : both;
}
function firstBytes(parts) {
    const out = [];
    let n = 0;
    for (const p of parts) {
        if (n >= EDGE_BYTES)
            break;
        const take = p.subarray(0, EDGE_BYTES - n);
        out.push(take);
        n += take.length;
    }
    return Buffer.concat(out, n);
}
class LineSplitter {
    max;
    sink;
    parts = [];
    partLen = 0;
    discard = null;
    discardLen = 0;
    discardHead = Buffer.alloc(0);
    discardTail = Buffer.alloc(0);
    constructor(max, sink) {
        this.max = max;
        this.sink = sink;
    }
    push(chunk) {
        let pos = 0;
        const n = chunk.length;
        if (this.discard !== null || this.partLen > 0) {
            const lf = chunk.indexOf(10);
            if (lf === -1) {
                this.hold(chunk);
                return;
            }
            this.finishHeld(chunk.subarray(0, lf + 1));
            pos = lf + 1;
        }
        let fwdStart = -1;
        for (let lf = chunk.indexOf(10, pos); lf !== -1; lf = chunk.indexOf(10, pos)) {
            let verdict = false;
            if (lf - pos > this.max) {
                this.sink.tooLong(lf - pos, `sha256:${(0,external_node_crypto_.createHash)('sha256').update(chunk.subarray(pos, lf)).digest('hex')}`, {
                    head: chunk.subarray(pos, pos + EDGE_BYTES),
                    tail: chunk.subarray(Math.max(pos, lf - EDGE_BYTES), lf),
                });
            }
            else {
                verdict = this.sink.line(chunk, pos, lf);
            }
            if (verdict === true) {
                if (fwdStart < 0)
                    fwdStart = pos;
            }
            else {
                // Lines kept before this one go out first, so the output keeps the input order.
                if (fwdStart >= 0) {
                    this.sink.forward(chunk.subarray(fwdStart, pos));
                    fwdStart = -1;
                }
                if (typeof verdict === 'string')
                    this.sink.forward(verdict);
            }
            pos = lf + 1;
        }
        if (fwdStart >= 0)
            this.sink.forward(chunk.subarray(fwdStart, pos));
        if (pos < n)
            this.hold(chunk.subarray(pos));
    }
    /** End of input: a final line without LF is processed as a line. */
    end() {
        if (this.discard !== null) {
            this.endDiscard(this.discardLen);
            return;
        }
        if (this.partLen === 0)
            return;
        const line = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.partLen);
        this.parts = [];
        this.partLen = 0;
        this.emit(line, this.sink.line(line, 0, line.length));
    }
    emit(line, verdict) {
        if (verdict === true)
            this.sink.forward(line);
        else if (typeof verdict === 'string')
            this.sink.forward(verdict);
    }
    hold(bytes) {
        if (this.discard !== null) {
            this.discard.update(bytes);
            this.discardLen += bytes.length;
            this.keepEdges(bytes);
            return;
        }
        this.parts.push(bytes);
        this.partLen += bytes.length;
        if (this.partLen > this.max) {
            this.discard = (0,external_node_crypto_.createHash)('sha256');
            for (const p of this.parts)
                this.discard.update(p);
            this.discardLen = this.partLen;
            this.discardHead = Buffer.from(firstBytes(this.parts));
            this.discardTail = this.parts.reduce((t, p) => lastBytes(t, p), Buffer.alloc(0));
            this.parts = [];
            this.partLen = 0;
        }
    }
    /** The head fills up to EDGE_BYTES (the discard may start on a small chunk); the tail rolls. */
    keepEdges(bytes) {
        if (this.discardHead.length < EDGE_BYTES)
            this.discardHead = firstBytes([this.discardHead, bytes]);
        this.discardTail = lastBytes(this.discardTail, bytes);
    }
    endDiscard(bytes) {
        this.sink.tooLong(bytes, `sha256:${this.discard.digest('hex')}`, { head: this.discardHead, tail: this.discardTail });
        this.discard = null;
        this.discardLen = 0;
        this.discardHead = Buffer.alloc(0);
        this.discardTail = Buffer.alloc(0);
    }
    /** `tail` ends with the LF that completes the held line. */
    finishHeld(tail) {
        const body = tail.length - 1;
        if (this.discard !== null) {
            this.discard.update(tail.subarray(0, body));
            this.keepEdges(tail.subarray(0, body));
            this.endDiscard(this.discardLen + body);
            return;
        }
        if (this.partLen + body > this.max) {
            const h = (0,external_node_crypto_.createHash)('sha256');
            for (const p of this.parts)
                h.update(p);
            h.update(tail.subarray(0, body));
            const all = [...this.parts, tail.subarray(0, body)];
            this.sink.tooLong(this.partLen + body, `sha256:${h.digest('hex')}`, { head: firstBytes(all), tail: all.reduce((t, p) => lastBytes(t, p), Buffer.alloc(0)) });
            this.parts = [];
            this.partLen = 0;
            return;
        }
        this.parts.push(tail);
        const line = Buffer.concat(this.parts, this.partLen + tail.length);
        this.parts = [];
        this.partLen = 0;
        this.emit(line, this.sink.line(line, 0, line.length - 1));
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp/log-file.ts
// Append-only NDJSON files: opened at startup (created 0600), appended synchronously so a
// decision is on disk before its call is forwarded or answered. A failed append is remembered: the caller
// then refuses every later call (fail-closed) and exits 3 at the end.

class AppendLog {
    path;
    fd;
    failed = false;
    constructor(path, fd) {
        this.path = path;
        this.fd = fd;
    }
    /** Throws the OS error when the file cannot be opened. */
    static open(path) {
        return new AppendLog(path, external_node_fs_.openSync(path, 'a', 0o600));
    }
    /** Append one line (must end with LF). False when the write failed (now or earlier). */
    append(line) {
        if (this.failed)
            return false;
        try {
            const b = Buffer.from(line, 'utf8');
            let off = 0;
            while (off < b.length)
                off += external_node_fs_.writeSync(this.fd, b, off, b.length - off);
            return true;
        }
        catch {
            this.failed = true;
            return false;
        }
    }
    close() {
        if (this.fd < 0)
            return;
        try {
            external_node_fs_.closeSync(this.fd);
        }
        catch {
            // already gone
        }
        this.fd = -1;
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp/options.ts
const WRAP_DEFAULTS = {
    label: 'default-mcp-server',
    maxLineBytes: 4_194_304,
    maxServerLineBytes: 67_108_864,
    shutdownGraceMs: 5000,
    killAfterTermMs: 2000,
};
/** `--event-source`: an absolute URI in `scheme:` form (urn: allowed), no whitespace. */
function isEventSource(s) {
    return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s);
}

// EXTERNAL MODULE: ./src/core/evidence/time.ts
var time = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/runtime/mcp/time.ts
// RFC 3339 UTC time values for logs: the evidence writer's renderer at millisecond precision.

function rfc3339(ms) {
    const whole = Math.floor(ms / 1000);
    return (0,time/* renderInstant */.Wv)({ seconds: whole, nanos: Math.round(ms - whole * 1000) * 1_000_000 });
}

;// CONCATENATED MODULE: ./src/runtime/mcp/records.ts
// What wrap records per session (audit log,  CloudEvents decision log,  evidence input).
// Argument values, results and env values are never recorded: only digests and top-level key names.


const P_CODES = {
    E_TOOL_DENIED: 'P_TOOL_DENIED',
    E_TOOL_NOT_ALLOWED: 'P_TOOL_NOT_ALLOWED',
    E_ARG_SCHEMA: 'P_ARG_SCHEMA',
    E_RATE_LIMIT: 'P_RATE_LIMIT',
    E_TOOL_DRIFT: 'P_TOOL_DRIFT',
    E_SEQUENCE_VIOLATION: 'P_SEQUENCE_VIOLATION',
};
/** Decision-log `reason_code`. */
function reasonCodeOf(d) {
    if (d.decision === 'allow')
        return 'P_POLICY_ALLOW';
    if (d.decision === 'allow_with_warning')
        return d.code ?? 'P_POLICY_ALLOW';
    return (d.code && P_CODES[d.code]) ?? 'P_POLICY_DENY';
}
function obligationRecords(obs, legacy) {
    const out = [];
    for (const o of obs ?? []) {
        // Approval is only an obligation under --approvals log-only; redaction holds by construction (no values logged).
        const outcome = o.type === 'approval_required' ? 'logged' : o.type === 'redact_args' ? 'satisfied' : 'recorded';
        out.push({ type: o.type, rule: o.rule, outcome });
    }
    if (legacy)
        out.push({ type: 'legacy_warning', rule: 'W_POLICY_LEGACY', outcome: 'warned' });
    return out;
}
class Recorder {
    info;
    audit;
    decisionLog;
    counters = { tool_calls: 0, allowed: 0, warned: 0, denied: 0, would_deny: 0, refused: 0 };
    /** In-memory copy of the decision log for `--evidence-out` (only when asked). */
    events;
    constructor(info, audit, decisionLog, keepEvents) {
        this.info = info;
        this.audit = audit;
        this.decisionLog = decisionLog;
        this.events = keepEvents ? [] : null;
    }
    /** Whether decisions need argument digests at all (no sink → no hashing on the hot path). */
    get recording() {
        return this.audit !== undefined || this.decisionLog !== undefined || this.events !== null;
    }
    /** A configured log could not be appended (now or earlier). */
    get failed() {
        return (this.audit?.failed ?? false) || (this.decisionLog?.failed ?? false);
    }
    emit(type, idPrefix, time, data, subject) {
        const ev = subject === undefined ? { type, time, data } : { type, subject, time, data };
        this.events?.push(ev);
        if (!this.decisionLog)
            return true;
        const envelope = {
            specversion: '1.0',
            id: `${idPrefix}${(0,external_node_crypto_.randomUUID)()}`,
            type,
            source: this.info.source,
            time,
            datacontenttype: 'application/json',
        };
        if (subject !== undefined)
            envelope.subject = subject;
        envelope.data = data;
        return this.decisionLog.append(JSON.stringify(envelope) + '\n');
    }
    sessionFields(time, policy) {
        return { timestamp: time, session_id: this.info.sessionId, server_id: this.info.serverId, policy_digest: policy.digest, dry_run: this.info.dryRun };
    }
    sessionStart(nowMs, policy) {
        const time = rfc3339(nowMs);
        const f = this.sessionFields(time, policy);
        const a = this.audit ? this.audit.append(JSON.stringify({ event: 'session_start', ...f }) + '\n') : true;
        const b = this.emit('assay.mcp.session', 'evt_session_', time, { phase: 'start', ...f });
        return a && b;
    }
    sessionEnd(nowMs, policy, childExit) {
        const time = rfc3339(nowMs);
        const f = { ...this.sessionFields(time, policy), counters: { ...this.counters }, child_exit: childExit };
        const a = this.audit ? this.audit.append(JSON.stringify({ event: 'session_end', ...f }) + '\n') : true;
        const b = this.emit('assay.mcp.session', 'evt_session_', time, { phase: 'end', ...f });
        return a && b;
    }
    /** Count a decision; write it to every sink. False when a sink failed (the call must not proceed). */
    decision(nowMs, x) {
        const d = x.decision;
        this.counters.tool_calls++;
        if (x.wouldDeny)
            this.counters.would_deny++;
        else if (d.decision === 'deny')
            this.counters.denied++;
        else if (d.decision === 'allow_with_warning')
            this.counters.warned++;
        else
            this.counters.allowed++;
        if (!this.recording)
            return true;
        const time = rfc3339(nowMs);
        const auditDecision = x.wouldDeny ? 'would_deny' : d.decision;
        const explained = d.decision !== 'allow';
        const violations = d.code === 'E_ARG_SCHEMA' && d.violations ? d.violations.map((v) => ({ path: v.path, constraint: v.constraint })) : undefined;
        let ok = true;
        if (this.audit) {
            const line = {
                event: 'decision',
                timestamp: time,
                session_id: this.info.sessionId,
                seq: x.seq,
                decision: auditDecision,
                tool: x.tool,
                request_id: x.requestId,
                tool_call_id: x.toolCallId,
            };
            if (explained) {
                if (d.code !== null)
                    line.error_code = d.code;
                line.reason = d.reason;
                if (d.rule !== null)
                    line.rule = d.rule;
            }
            line.args_digest = x.digest.args_digest;
            line.arg_keys = x.digest.arg_keys;
            line.policy_digest = x.policy.digest;
            if (violations)
                line.violations = violations;
            ok = this.audit.append(JSON.stringify(line) + '\n');
        }
        const data = {
            tool: x.tool,
            tool_call_id: x.toolCallId,
            request_id: x.requestId,
            session_id: this.info.sessionId,
            seq: x.seq,
            server_id: this.info.serverId,
            decision: d.decision === 'deny' && !x.wouldDeny ? 'deny' : 'allow',
            reason_code: reasonCodeOf(d),
        };
        if (explained) {
            if (d.code !== null)
                data.error_code = d.code;
            data.reason = d.reason;
            if (d.rule !== null)
                data.rule = d.rule;
        }
        data.policy_version = x.policy.version;
        data.policy_digest = x.policy.digest;
        data.args_digest = x.digest.args_digest;
        data.args_digest_alg = x.digest.args_digest_alg;
        data.arg_keys = x.digest.arg_keys;
        if (violations)
            data.violations = violations;
        const obligations = obligationRecords(d.obligations, this.info.legacyPolicy === true);
        if (obligations.length > 0)
            data.obligations = obligations;
        if (x.identity)
            data.tool_identity = x.identity;
        if (x.wouldDeny)
            data.would_deny = true;
        const okLog = this.emit('assay.tool.decision', 'evt_decision_', time, data, `tool:${x.tool}`);
        return ok && okLog;
    }
    /** A refused client line or a dropped server line (`refused`). */
    refused(nowMs, reason, requestId, lineBytes, lineDigest) {
        this.counters.refused++;
        if (!this.audit)
            return true;
        return this.audit.append(JSON.stringify({
            event: 'refused',
            timestamp: rfc3339(nowMs),
            session_id: this.info.sessionId,
            reason,
            request_id: requestId,
            line_bytes: lineBytes,
            line_digest: lineDigest,
        }) + '\n');
    }
    /** Session-end results of the rules that cannot block (absence rules, non-strict sequences). */
    findings(nowMs, outcomes, extent) {
        const time = rfc3339(nowMs);
        let ok = true;
        for (const o of outcomes) {
            if (!(o.kind === 'require' || o.kind === 'eventually' || o.kind === 'after' || o.kind === 'sequence'))
                continue;
            const data = {
                rule_id: o.rule_id,
                kind: o.kind,
                outcome: o.status,
                spanned: o.spanned,
                extent,
                session_id: this.info.sessionId,
            };
            if (o.reason !== null)
                data.reason = o.reason;
            ok = this.emit('assay.session.finding', 'evt_finding_', time, data, `rule:${o.rule_id}`) && ok;
        }
        return ok;
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp/responses.ts
function denyContract(d, toolCallId) {
    const c = {
        status: 'deny',
        error_code: d.code ?? 'E_TOOL_DENIED',
        reason: d.reason,
        rule: d.rule ?? '',
        tool: d.tool,
        tool_call_id: toolCallId,
    };
    if (d.code === 'E_ARG_SCHEMA' && d.violations) {
        c.violations = d.violations.map((v) => ({ path: v.path, constraint: v.constraint, message: v.message }));
    }
    return c;
}
/**
 * The successful JSON-RPC response carrying an error tool result. With `inMeta` (the tool declares an
 * outputSchema under `auto`, or `never`), the contract travels in `_meta["assay/deny"]` and a second text
 * block instead of `structuredContent`.
 */
function blockedResponseLine(idToken, contract, inMeta) {
    const text = { type: 'text', text: `Content blocked by policy: ${contract.error_code} (${contract.rule})` };
    const result = inMeta
        ? { content: [text, { type: 'text', text: JSON.stringify(contract) }], isError: true, _meta: { 'assay/deny': contract } }
        : { content: [text], isError: true, structuredContent: contract };
    return `{"jsonrpc":"2.0","id":${idToken},"result":${JSON.stringify(result)}}\n`;
}
const MESSAGES = {
    [-32700]: 'Parse error',
    [-32600]: 'Invalid Request',
    [-32602]: 'Invalid params',
};
/** A proxy-originated JSON-RPC error. `idToken` null → `"id":null`. */
function proxyErrorLine(idToken, code, reason) {
    let message = MESSAGES[code];
    if (message === undefined)
        message = reason === 'enforcement_record_write_failed' ? 'Decision record failed' : 'Upstream failed';
    return `{"jsonrpc":"2.0","id":${idToken ?? 'null'},"error":{"code":${code},"message":${JSON.stringify(message)},"data":{"origin":"assay-proxy","reason":"${reason}"}}}\n`;
}

;// CONCATENATED MODULE: ./src/runtime/mcp/tools-list.ts
// Server → client tools/list handling: observed tool identities, outputSchema presence,
// name-only filtering of denied tools and optional `tool_identity` annotation.


const sha256Hex = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/** Identity of one listed tool; null when the record is unusable (no name, non-JSON schema). */
function toolIdentity(serverId, tool) {
    if (typeof tool.name !== 'string')
        return null;
    let schema;
    try {
        schema = (0,jcs/* canonicalize */.dw)(tool.inputSchema === undefined ? null : tool.inputSchema);
    }
    catch {
        return null;
    }
    return {
        server_id: serverId,
        tool_name: tool.name,
        schema_hash: sha256Hex(schema),
        meta_hash: sha256Hex(typeof tool.description === 'string' ? tool.description : ''),
    };
}
/**
 * Record identities from a tools/list response object and, when asked, filter/annotate it in place.
 * Returns true when the message was changed (then it must be re-serialized).
 */
function processToolsList(msg, observed, policy, o) {
    const result = msg.result;
    if (result === null || typeof result !== 'object' || Array.isArray(result))
        return false;
    const tools = result.tools;
    if (!Array.isArray(tools))
        return false;
    let changed = false;
    const kept = [];
    for (const t of tools) {
        if (t === null || typeof t !== 'object' || Array.isArray(t)) {
            kept.push(t);
            continue;
        }
        const rec = t;
        const id = toolIdentity(o.serverId, rec);
        if (id)
            observed.set(id.tool_name, { identity: id, hasOutputSchema: rec.outputSchema !== undefined && rec.outputSchema !== null });
        if (o.filter && typeof rec.name === 'string' && policy.nameDecision(rec.name, id ?? null, o.decide).decision === 'deny') {
            changed = true;
            continue;
        }
        if (o.annotate && id) {
            rec.tool_identity = id;
            changed = true;
        }
        kept.push(rec);
    }
    if (changed)
        result.tools = kept;
    return changed;
}

;// CONCATENATED MODULE: ./src/runtime/mcp/reply-id.ts
// Which request a dropped (over-long) server line answered, from the few bytes kept of each end
// (docs/mcp-wrap.md). Serializers put `id` first (`{"jsonrpc":"2.0","id":7,"result":…}`) or last (the MCP
// SDK: `{"result":…,"jsonrpc":"2.0","id":7}`), so a top-level member is looked for at the start and at
// the very end. Only members at depth 1 count: a nested `"id"` inside the result never matches.

/** Index after the string starting at `i` (text[i] === '"'), or -1 when it does not end inside `text`. */
function skipString(text, i) {
    for (let j = i + 1; j < text.length; j++) {
        const c = text.charCodeAt(j);
        if (c === 0x5c)
            j++;
        else if (c === 0x22)
            return j + 1;
    }
    return -1;
}
function skipWs(text, i) {
    while (i < text.length && /\s/.test(text[i]))
        i++;
    return i;
}
/** Index after the value starting at `i`, or -1 when it runs past the end of `text`. */
function skipValue(text, i) {
    let depth = 0;
    for (let j = i; j < text.length;) {
        const c = text[j];
        if (c === '"') {
            j = skipString(text, j);
            if (j < 0)
                return -1;
            if (depth === 0)
                return j;
            continue;
        }
        if (c === '{' || c === '[')
            depth++;
        else if (c === '}' || c === ']') {
            if (depth === 0)
                return j;
            depth--;
            if (depth === 0)
                return j + 1;
        }
        else if (depth === 0 && (c === ',' || /\s/.test(c)))
            return j;
        j++;
    }
    return -1;
}
/** Top-level members readable from the start of a line, until the text runs out. */
function scanHead(text) {
    const out = { hasMethod: false };
    let i = skipWs(text, 0);
    if (text[i] !== '{')
        return out;
    i++;
    for (;;) {
        i = skipWs(text, i);
        if (text[i] !== '"')
            return out;
        const keyEnd = skipString(text, i);
        if (keyEnd < 0)
            return out;
        const key = text.slice(i + 1, keyEnd - 1);
        i = skipWs(text, keyEnd);
        if (text[i] !== ':')
            return out;
        i = skipWs(text, i + 1);
        const valueEnd = skipValue(text, i);
        if (valueEnd < 0)
            return out;
        if (key === 'method')
            out.hasMethod = true;
        if (key === 'id' && out.idToken === undefined) {
            const token = text.slice(i, valueEnd);
            if (isIdToken(token))
                out.idToken = token;
        }
        i = skipWs(text, valueEnd);
        if (text[i] !== ',')
            return out;
        i++;
    }
}
// The last member before the closing brace of the line is a top-level member in valid JSON.
const TAIL_ID = /[{,]\s*"id"\s*:\s*(-?(?:0|[1-9][0-9]*)|"(?:[^"\\]|\\.)*")\s*\}\s*$/;
const TAIL_METHOD = /[{,]\s*"method"\s*:\s*"(?:[^"\\]|\\.)*"\s*\}\s*$/;
/** What the kept edges of a dropped server line say about it. */
function replyShape(head, tail) {
    const h = scanHead(head.toString('utf8'));
    const t = tail.toString('utf8');
    const hasMethod = h.hasMethod || TAIL_METHOD.test(t);
    if (h.idToken !== undefined)
        return { idToken: h.idToken, hasMethod };
    const m = TAIL_ID.exec(t);
    return m ? { idToken: m[1], hasMethod } : { hasMethod };
}

;// CONCATENATED MODULE: ./src/runtime/mcp/server-group.ts
class ServerGroup {
    child;
    static supported = process.platform !== 'win32';
    constructor(child) {
        this.child = child;
    }
    /** Signal every process of the group (else the direct child while it runs). True when one was signalled. */
    signal(sig) {
        const pid = this.child.pid;
        if (pid === undefined)
            return false;
        if (ServerGroup.supported) {
            try {
                process.kill(-pid, sig);
                return true;
            }
            catch {
                // ESRCH: nothing is left in the group
            }
        }
        if (this.child.exitCode !== null || this.child.signalCode !== null)
            return false;
        try {
            return this.child.kill(sig);
        }
        catch {
            return false;
        }
    }
    /** Is any process of the group still there? */
    alive() {
        const pid = this.child.pid;
        if (pid === undefined || !ServerGroup.supported)
            return false;
        try {
            process.kill(-pid, 0);
            return true;
        }
        catch (e) {
            return e.code === 'EPERM';
        }
    }
    /** After the server's exit: stop what it left in its group, SIGTERM first and SIGKILL after `graceMs`. */
    async reap(graceMs, pollMs = 50) {
        if (!this.alive())
            return;
        this.signal('SIGTERM');
        const until = performance.now() + graceMs;
        while (this.alive() && performance.now() < until)
            await new Promise((r) => setTimeout(r, pollMs));
        if (this.alive())
            this.signal('SIGKILL');
    }
}

// EXTERNAL MODULE: ./src/runtime/mcp/evidence.ts
var evidence = __webpack_require__(8878);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./src/runtime/policy-watch.ts
// Policy reload for the runtime proxies (`mcp wrap`, `mcp proxy`): watch the policy file, and load a changed
// one without ever dropping the policy in force. One implementation, so both proxies reload the same way.




/** Call `onChange` (debounced 50 ms) when the policy file changes; problems are logged, never thrown. */
function watchPolicyFile(policyPath, onChange, log) {
    const base = external_node_path_.basename(policyPath);
    let timer;
    let watcher;
    try {
        watcher = external_node_fs_.watch(external_node_path_.dirname(policyPath), (_ev, name) => {
            if (name !== null && name !== base)
                return;
            if (timer)
                clearTimeout(timer);
            timer = setTimeout(onChange, 50);
        });
        watcher.on('error', () => log('WARNING: policy watch stopped; the current policy stays in force'));
    }
    catch {
        log('WARNING: cannot watch the policy file; it will not be reloaded');
    }
    return {
        close() {
            if (timer)
                clearTimeout(timer);
            watcher?.close();
        },
    };
}
/**
 * Load the policy again. Returns the new policy when it loads and differs from `current`; undefined when it
 * is unchanged or invalid (an invalid edit is logged and the current policy stays in force).
 */
function reloadPolicy(opts, current, log) {
    let next;
    try {
        next = loadRuntimePolicy(opts.policyPath, opts.policyDisplay, { denyDeprecations: opts.denyDeprecations === true, lenient: opts.lenient === true });
    }
    catch (e) {
        const why = e instanceof errors/* AssayError */.WV ? `${e.reasonCode}: ${e.message}` : 'unexpected error';
        log(`WARNING: policy reload failed; keeping the current policy (${current.digest}): ${why}`);
        return undefined;
    }
    return next.digest === current.digest ? undefined : next;
}

;// CONCATENATED MODULE: ./src/runtime/mcp/proxy.ts
// `assay mcp wrap`: a stdio NDJSON proxy in front of one MCP server. Every tools/call is decided by
// the one policy engine before it is forwarded; everything else passes unevaluated as its original bytes.
// All work for a line happens synchronously in the 'data' handler that delivered it (no extra async hops).




















/** Calls kept to rebuild a session's state when the policy file changes. */
const HISTORY_CAP = 10_000;
const LIST = 1;
const OTHER = 0;
const NO_DIGEST = { args_digest: '', args_digest_alg: 'sha256', arg_keys: [] };
function idKey(id) {
    if (typeof id === 'string')
        return `s${id}`;
    if (typeof id === 'number')
        return `n${id}`;
    return undefined;
}
function signalNumber(sig) {
    if (!sig)
        return 0;
    return external_node_os_.constants.signals[sig] ?? 0;
}
/** Startup that can fail before the server runs (exit 2): policy, logs, event source, HMAC key. */
function prepareWrap(opts, env) {
    if (!isEventSource(opts.eventSource)) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--event-source must be an absolute URI (scheme:…, no whitespace)`);
    }
    let hmacKey;
    if (opts.argsHmacKeyEnv !== undefined) {
        hmacKey = env[opts.argsHmacKeyEnv];
        if (hmacKey === undefined || hmacKey === '') {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--args-hmac-key-env ${opts.argsHmacKeyEnv}: the variable is not set or empty`);
        }
    }
    const loaded = loadRuntimePolicy(opts.policyPath, opts.policyDisplay, { denyDeprecations: opts.denyDeprecations, lenient: opts.lenient === true });
    const open = (p, flag) => {
        if (p === undefined)
            return undefined;
        try {
            return AppendLog.open(p);
        }
        catch (e) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${flag} ${p}: cannot open for appending (${e.code ?? 'error'})`);
        }
    };
    const audit = open(opts.auditLog, '--audit-log');
    const decisionLog = open(opts.decisionLog, '--decision-log');
    return { loaded, ...(audit ? { audit } : {}), ...(decisionLog ? { decisionLog } : {}), ...(hmacKey !== undefined ? { hmacKey } : {}) };
}
class WrapProxy {
    opts;
    io;
    prepared;
    loaded;
    stamp;
    session;
    decideOpts;
    recorder;
    digester;
    observed = new Map();
    /** Forwarded client requests not yet answered: id key → kind, plus the exact id token. */
    pending = new Map();
    seq = 0;
    child;
    /** The server's process group: signals reach every process the server command started. */
    group;
    childExited = false;
    clientGone = false;
    /** The client closed its side first (a complete session), rather than the server dying under it. */
    clientEnded = false;
    outBlocked = false;
    childInBlocked = false;
    finished = false;
    shutdownTimers = [];
    closeFallback;
    policyWatch;
    history;
    nonToolRequests = 0;
    deniedCalls = 0;
    historyDropped = 0;
    resolveDone;
    signalHandlers = [];
    constructor(opts, io, prepared) {
        this.opts = opts;
        this.io = io;
        this.prepared = prepared;
        this.loaded = prepared.loaded;
        this.stamp = { digest: prepared.loaded.digest, version: prepared.loaded.version };
        this.decideOpts = { incremental: true, runtime: true, approvals: opts.approvals, ...(opts.dryRun ? { admitDenied: true } : {}) };
        this.session = this.loaded.policy.newSession(this.decideOpts);
        this.digester = new ArgsDigester(prepared.hmacKey);
        this.recorder = new Recorder({
            sessionId: (0,external_node_crypto_.randomUUID)(),
            serverId: opts.label,
            source: opts.eventSource,
            dryRun: opts.dryRun,
            legacyPolicy: this.loaded.policy.spelling.legacy,
        }, prepared.audit, prepared.decisionLog, opts.evidenceOut !== undefined);
        this.history = opts.watchPolicy ? [] : null;
    }
    log(line) {
        this.io.stderr(`[assay] ${line}`);
    }
    /** Spawn the server and relay until it exits. Resolves with wrap's exit code. */
    async run() {
        const o = this.opts;
        this.log(`loading policy from ${o.policyDisplay} (${this.loaded.digest})`);
        for (const d of this.loaded.diagnostics)
            this.log((0,errors/* formatDiagnostic */.xy)(d));
        if (o.dryRun)
            this.log('DRY RUN MODE: No actions will be blocked.');
        this.log(`wrapping command: ${[o.command, ...o.args].join(' ')}`);
        let env = { ...this.io.env };
        if (o.argsHmacKeyEnv !== undefined)
            delete env[o.argsHmacKeyEnv];
        if (o.envFilter) {
            const f = (0,env_filter/* filterEnv */._p)(env, o.envFilter);
            env = f.env;
            this.log((0,env_filter/* envBanner */.ir)(o.envFilter.mode, f));
        }
        // Its own process group (POSIX), so a wrapper such as `bash -c 'server; true'` cannot orphan the server.
        const child = (0,external_node_child_process_.spawn)(o.command, o.args, { stdio: ['pipe', 'pipe', 'inherit'], env, detached: ServerGroup.supported });
        this.child = child;
        this.group = new ServerGroup(child);
        const spawnError = await new Promise((resolve) => {
            child.once('spawn', () => resolve(null));
            child.once('error', (e) => resolve(e));
        });
        if (spawnError) {
            this.closeLogs();
            const code = spawnError.code ?? 'error';
            throw new errors/* InfraError */.Ri('E_UPSTREAM_SPAWN', `could not start the server command ${JSON.stringify(o.command)} (${code})`, { source: 'cli' });
        }
        child.on('error', () => {
            // kill() on an exited process; nothing to do
        });
        child.stdin.on('error', () => {
            // EPIPE once the server is gone: pending requests are answered at exit
        });
        if (!this.recorder.sessionStart(this.io.now(), this.stamp))
            this.log('WARNING: a log could not be appended; refusing tool calls');
        const done = new Promise((resolve) => (this.resolveDone = resolve));
        const serverSplitter = new LineSplitter(o.maxServerLineBytes, this.serverSink());
        child.stdout.on('data', (chunk) => serverSplitter.push(chunk));
        child.stdout.on('end', () => serverSplitter.end());
        child.on('exit', () => {
            this.childExited = true;
            // A grandchild may keep stdout open; do not wait forever for 'close'.
            this.closeFallback = setTimeout(() => this.finish(child.exitCode, child.signalCode), 2000);
            this.closeFallback.unref();
        });
        child.on('close', (code, signal) => this.finish(code, signal));
        child.stdin.on('drain', () => {
            if (this.childInBlocked) {
                this.childInBlocked = false;
                this.io.stdin.resume();
            }
        });
        const clientSplitter = new LineSplitter(o.maxLineBytes, this.clientSink());
        const stdin = this.io.stdin;
        stdin.on('data', (chunk) => clientSplitter.push(chunk));
        stdin.on('end', () => {
            this.clientEnded = true;
            clientSplitter.end();
            this.shutdown();
        });
        stdin.on('error', () => this.shutdown());
        this.io.stdout.on('error', () => {
            this.clientGone = true;
            this.shutdown();
        });
        if (this.io.signals) {
            for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
                const h = () => {
                    this.group.signal(sig);
                    this.shutdown();
                };
                this.io.signals.on(sig, h);
                this.signalHandlers.push([sig, h]);
            }
        }
        if (o.watchPolicy)
            this.watchPolicy();
        return done;
    }
    // ---- client → server -------------------------------------------------------------------------------
    clientSink() {
        return {
            line: (buf, start, end) => this.clientLine(buf, start, end),
            forward: (bytes) => this.writeChild(bytes),
            tooLong: (bytes, digest) => {
                this.refuse(null, -32600, 'line_too_long', null, bytes, digest);
            },
        };
    }
    clientLine(buf, start, end) {
        const view = buf.subarray(start, end);
        if (!(0,external_node_buffer_.isUtf8)(view)) {
            this.refuse(null, -32700, 'malformed_client_request', null, end - start, () => bytesDigest(view));
            return false;
        }
        const c = classifyClientLine(buf.toString('utf8', start, end));
        switch (c.kind) {
            case 'empty':
                return false;
            case 'refuse':
                // An unusable tools/call is still a client request (max_requests_total counts on receipt).
                if (c.code === -32602) {
                    this.session.noteRequest();
                    this.nonToolRequests++;
                }
                this.refuse(c.idToken, c.code, c.reason, c.idToken === null ? null : JSON.parse(c.idToken), end - start, () => bytesDigest(view));
                return false;
            case 'drop':
                this.recorder.refused(this.io.now(), c.reason, null, end - start, this.recorder.recording ? bytesDigest(view) : '');
                if (this.opts.verbose)
                    this.log(`REFUSED ${c.reason} (line ${end - start} bytes)`);
                return false;
            case 'tool_call':
                return this.toolCall(c);
            case 'request': {
                this.session.noteRequest();
                this.nonToolRequests++;
                const key = idKey(c.id);
                if (key !== undefined)
                    this.pending.set(key, { kind: c.method === 'tools/list' ? LIST : OTHER, idToken: c.idToken });
                return true;
            }
            case 'notification':
                if (c.method === 'notifications/cancelled' && c.params !== null && typeof c.params === 'object') {
                    const key = idKey(c.params.requestId);
                    if (key !== undefined)
                        this.pending.delete(key);
                }
                return true;
            case 'response':
                return true;
        }
    }
    refuse(idToken, code, reason, requestId, bytes, digest) {
        this.writeOut(proxyErrorLine(idToken, code, reason));
        const dg = this.recorder.recording ? (typeof digest === 'string' ? digest : digest()) : '';
        this.recorder.refused(this.io.now(), reason, requestId, bytes, dg);
        if (this.opts.verbose)
            this.log(`REFUSED ${reason} (line ${bytes} bytes)`);
    }
    toolCall(c) {
        if (this.recorder.failed) {
            this.writeOut(proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'));
            return false;
        }
        const observed = this.observed.get(c.name);
        const d = this.session.decide({ tool_name: c.name, args: c.args, definition: observed?.identity }, this.decideOpts);
        const deny = d.decision === 'deny';
        const wouldDeny = deny && this.opts.dryRun;
        const seq = this.seq++;
        const ok = this.recorder.decision(this.io.now(), {
            seq,
            tool: c.name,
            requestId: c.id,
            toolCallId: c.toolCallId,
            decision: d,
            wouldDeny,
            digest: this.recorder.recording ? this.digester.digest(c.args) : NO_DIGEST,
            ...(observed ? { identity: observed.identity } : {}),
            policy: this.stamp,
        });
        if (!ok) {
            // Fail-closed: a decision that could not be recorded is not acted on.
            this.log('WARNING: a log could not be appended; refusing this and every later tool call');
            this.writeOut(proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'));
            return false;
        }
        if (this.opts.verbose)
            this.verboseDecision(d, wouldDeny, c.args);
        if (this.history !== null) {
            if (deny && !wouldDeny)
                this.deniedCalls++;
            else {
                // Bounded: a long session must not grow without limit. Past the cap the oldest calls are
                // dropped (and counted), and a reload says its sequence state starts from the kept window.
                if (this.history.length >= 2 * HISTORY_CAP) {
                    this.history.splice(0, HISTORY_CAP); // amortised O(1) per call
                    this.historyDropped += HISTORY_CAP;
                }
                this.history.push({ name: c.name, args: c.args });
            }
        }
        if (deny && !wouldDeny) {
            const contract = denyContract(d, c.toolCallId);
            const mode = this.opts.denyStructured;
            const inMeta = mode === 'never' || (mode === 'auto' && observed?.hasOutputSchema === true);
            this.writeOut(blockedResponseLine(c.idToken, contract, inMeta));
            return false;
        }
        const key = idKey(c.id);
        if (key !== undefined)
            this.pending.set(key, { kind: OTHER, idToken: c.idToken });
        return true;
    }
    // For people watching the terminal: the decision, the tool and its key argument (the first string
    // argument, render-safe, secret-redacted and cut to 60 characters). Logs and evidence keep digests only.
    verboseDecision(d, wouldDeny, args) {
        const tool = (0,safe_text/* safeBounded */.vn)(d.tool);
        const arg = keyArgument(args);
        const t = arg ? `${tool} ${arg}` : tool;
        const rule = d.rule ? `, rule: ${d.rule}` : '';
        if (wouldDeny)
            this.log(`WOULD_DENY ${t} (reason: ${d.reason}${rule})`);
        else if (d.decision === 'deny')
            this.log(`DENY ${t} (reason: ${d.reason}${rule})`);
        else if (d.decision === 'allow_with_warning')
            this.log(`WARNING: Allowing tool '${tool}' with warning (code: ${d.code}, reason: ${d.reason}).`);
        else
            this.log(`ALLOW ${t}`);
    }
    writeChild(bytes) {
        if (this.childExited)
            return; // pending requests are answered with upstream_exited at the end
        const stdin = this.child.stdin;
        if (stdin.destroyed || stdin.writableEnded)
            return;
        if (!stdin.write(bytes) && !this.childInBlocked) {
            this.childInBlocked = true;
            this.io.stdin.pause();
        }
    }
    // ---- server → client -------------------------------------------------------------------------------
    serverSink() {
        return {
            line: (buf, start, end) => this.serverLine(buf, start, end),
            forward: (bytes) => this.writeOut(bytes),
            tooLong: (bytes, digest, edges) => this.serverLineTooLong(bytes, digest, edges),
        };
    }
    /**
     * A server line over the cap is dropped; the request it answered must not wait forever. Its id is read
     * from the kept edges of the line; when none can be read and the line is not a server request or
     * notification, the oldest pending request is the one answered (stdio servers answer mostly in order).
     */
    serverLineTooLong(bytes, digest, edges) {
        const shape = replyShape(edges.head, edges.tail);
        let key;
        if (shape.idToken !== undefined) {
            if (!shape.hasMethod)
                key = idKey(JSON.parse(shape.idToken));
        }
        else if (!shape.hasMethod) {
            key = this.pending.keys().next().value;
        }
        const p = key !== undefined ? this.pending.get(key) : undefined;
        this.log(`WARNING: dropped a server line over --max-server-line-bytes (${bytes} bytes)${p ? `; answered request ${p.idToken} with an error` : ''}`);
        const requestId = p ? JSON.parse(p.idToken) : null;
        this.recorder.refused(this.io.now(), 'server_line_too_long', requestId, bytes, digest);
        if (p && key !== undefined) {
            this.pending.delete(key);
            this.writeOut(proxyErrorLine(p.idToken, -31998, 'server_line_too_long'));
        }
    }
    serverLine(buf, start, end) {
        if (end === start)
            return true;
        let msg;
        try {
            msg = JSON.parse(buf.toString('utf8', start, end));
        }
        catch {
            this.log(`WARNING: relaying a server line that is not valid JSON (${end - start} bytes)`);
            return true;
        }
        if (msg === null || typeof msg !== 'object' || Array.isArray(msg))
            return true;
        const m = msg;
        if (m.method !== undefined) {
            // Pinned tools must be listed again before use.
            if (m.method === 'notifications/tools/list_changed')
                this.observed.clear();
            return true;
        }
        const key = idKey(m.id);
        if (key === undefined)
            return true;
        const p = this.pending.get(key);
        if (p === undefined)
            return true;
        this.pending.delete(key);
        if (p.kind !== LIST || m.result === undefined)
            return true;
        const changed = processToolsList(m, this.observed, this.loaded.policy, {
            serverId: this.opts.label,
            filter: this.opts.toolsList === 'filter' && !this.opts.dryRun,
            annotate: this.opts.annotateTools,
            decide: this.decideOpts,
        });
        return changed ? JSON.stringify(m) + '\n' : true;
    }
    /** The one writer of wrap's stdout: whole lines only; a full pipe pauses the server reader. */
    writeOut(b) {
        if (this.clientGone)
            return;
        const stdout = this.io.stdout;
        if (!stdout.write(b) && !this.outBlocked) {
            this.outBlocked = true;
            this.child?.stdout?.pause();
            stdout.once('drain', () => {
                this.outBlocked = false;
                this.child?.stdout?.resume();
            });
        }
    }
    // ---- policy reload (opt-in) ------------------------------------------------------------------------
    watchPolicy() {
        this.policyWatch = watchPolicyFile(this.opts.policyPath, () => this.reload(), (l) => this.log(l));
    }
    /** Load the changed policy; on failure keep the current one. The session (counters, sequences) carries over. */
    reload() {
        if (this.finished)
            return;
        const next = reloadPolicy(this.opts, this.loaded, (l) => this.log(l));
        if (next === undefined)
            return;
        const session = next.policy.newSession(this.decideOpts);
        // Replay what this session already did: admitted calls feed limits and sequence state, every other
        // client request counts toward max_requests_total.
        for (const h of this.history ?? [])
            session.decide({ tool_name: h.name, args: h.args }, { incremental: false, runtime: false });
        for (let i = 0; i < this.nonToolRequests + this.deniedCalls + this.historyDropped; i++)
            session.noteRequest();
        if (this.historyDropped > 0) {
            this.log(`WARNING: policy reload replayed the last ${this.history?.length ?? 0} calls; sequence rules and tool-call limits restart from that window (${this.historyDropped} earlier calls counted as requests only)`);
        }
        this.loaded = next;
        this.stamp = { digest: next.digest, version: next.version };
        this.session = session;
        this.log(`policy reloaded from ${this.opts.policyDisplay} (${next.digest})`);
        for (const d of next.diagnostics)
            this.log((0,errors/* formatDiagnostic */.xy)(d));
    }
    // ---- shutdown --------------------------------------------------------------------------------------
    /** Client EOF or a signal: close the server's stdin, then SIGTERM after the grace period, SIGKILL 2 s later. */
    shutdown() {
        if (this.shutdownTimers.length > 0 || this.finished)
            return;
        try {
            this.child.stdin?.end();
        }
        catch {
            // already closed
        }
        const term = setTimeout(() => {
            this.group.signal('SIGTERM');
            const kill = setTimeout(() => {
                this.group.signal('SIGKILL');
            }, WRAP_DEFAULTS.killAfterTermMs);
            this.shutdownTimers.push(kill);
        }, this.opts.shutdownGraceMs);
        this.shutdownTimers.push(term);
    }
    finish(code, signal) {
        if (this.finished)
            return;
        this.finished = true;
        this.childExited = true;
        const status = code !== null ? code : 128 + signalNumber(signal);
        for (const t of this.shutdownTimers)
            clearTimeout(t);
        if (this.closeFallback)
            clearTimeout(this.closeFallback);
        this.policyWatch?.close();
        for (const [sig, h] of this.signalHandlers)
            this.io.signals?.removeListener(sig, h);
        // Every forwarded request still unanswered learns that the server is gone.
        for (const p of this.pending.values())
            this.writeOut(proxyErrorLine(p.idToken, -31998, 'upstream_exited'));
        this.pending.clear();
        this.io.stdin.pause();
        this.io.stdin.destroy?.();
        const now = this.io.now();
        this.recorder.findings(now, this.session.finish(), this.clientEnded ? 'complete' : 'partial');
        this.recorder.sessionEnd(now, this.stamp, status);
        let result = { exitCode: status };
        if (this.opts.evidenceOut !== undefined && this.recorder.events) {
            try {
                (0,evidence/* writeDecisionEvidence */.vo)(this.opts.evidenceOut, this.recorder.events, {
                    source: this.opts.eventSource,
                    sessionId: this.recorder.info.sessionId,
                    ...(this.opts.runId !== undefined ? { runId: this.opts.runId } : {}),
                });
            }
            catch (e) {
                this.io.stderr(`assay: E_IO_ERROR: cannot write --evidence-out ${this.opts.evidenceOut}: ${e.message}`);
                if (status === 0)
                    result = { exitCode: 3, reasonCode: 'E_IO_ERROR' };
            }
        }
        const logFailed = this.recorder.failed;
        this.closeLogs();
        if (status === 0 && result.reasonCode === undefined) {
            if (logFailed)
                result = { exitCode: 3, reasonCode: 'E_IO_ERROR' };
            else if (this.opts.dryRun && this.recorder.counters.would_deny > 0)
                result = { exitCode: 4, reasonCode: 'E_WOULD_BLOCK' };
        }
        // Processes the server left behind in its group (a backgrounded child, a wrapper's server) go too.
        void this.group.reap(WRAP_DEFAULTS.killAfterTermMs).then(() => this.resolveDone(result));
    }
    closeLogs() {
        this.prepared.audit?.close();
        this.prepared.decisionLog?.close();
    }
}
/** Load, spawn, relay; the CLI prints errors thrown before the server starts (exit 2). */
async function runWrap(opts, io) {
    const prepared = prepareWrap(opts, io.env);
    const proxy = new WrapProxy(opts, io, prepared);
    return proxy.run();
}
/** `name=value` of the first string argument, safe for a terminal; '' when there is none. */
function keyArgument(args) {
    if (!args || typeof args !== 'object' || Array.isArray(args))
        return '';
    for (const [k, v] of Object.entries(args)) {
        if (typeof v !== 'string')
            continue;
        const value = (0,safe_text/* redactSecrets */.fp)((0,safe_text/* stripControls */.$Y)(v));
        const cut = [...value].length > 60 ? `${[...value].slice(0, 60).join('')}…` : value;
        return `${(0,safe_text/* stripControls */.$Y)(k).slice(0, 40)}=${JSON.stringify(cut)}`;
    }
    return '';
}

// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/server/index.js + 31 modules
var esm_server = __webpack_require__(4619);
// EXTERNAL MODULE: ./node_modules/@modelcontextprotocol/sdk/dist/esm/types.js + 15 modules
var types = __webpack_require__(1402);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/coverage/inventory.ts
var inventory = __webpack_require__(4890);
// EXTERNAL MODULE: ./src/core/explain/index.ts + 4 modules
var explain = __webpack_require__(7482);
;// CONCATENATED MODULE: ./src/runtime/mcp-server/render.ts
// Text renderings of the mcp-server coverage report for `format` ≠ json; explain uses the core
// renderer. Tool names come from the caller: they are sanitised (controls, secrets) and escaped.

const safe = (s) => (0,safe_text/* safeBounded */.vn)(s);
function renderCoverage(r, format) {
    const head = `Coverage ${r.overall_pct}% (tools ${r.tools.covered_pct}%, rules ${r.rules.exercised_pct}%), threshold ${r.min_coverage}%: ${r.meets_threshold ? 'met' : 'not met'}`;
    const lines = [];
    if (format === 'github') {
        lines.push(r.meets_threshold ? `::notice::${head}` : `::error::${head}`);
        for (const g of r.high_risk_gaps)
            lines.push(`::warning::High-risk tool never exercised: ${safe(g)}`);
        for (const id of r.rules.not_exercised)
            lines.push(`::notice::Sequence rule not exercised: ${safe(id)}`);
        return lines.join('\n') + '\n';
    }
    lines.push(`## ${(0,safe_text/* escapeMarkdown */.FV)(head)}`, '');
    lines.push(`- tools seen: ${r.tools.seen.length}, declared: ${r.tools.declared.length}, unknown: ${r.tools.unknown.length}`);
    lines.push(`- rules exercised: ${r.rules.exercised}/${r.rules.total}`);
    if (r.high_risk_gaps.length > 0)
        lines.push(`- high-risk gaps: ${r.high_risk_gaps.map((g) => (0,safe_text/* escapeMarkdown */.FV)(safe(g))).join(', ')}`);
    if (r.violations.length > 0)
        lines.push(`- violations: ${r.violations.length}`);
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/runtime/mcp-server/evaluate.ts
// The five `assay mcp-server` tools as pure functions of a policy and the call's arguments.
// They run inside the evaluation worker; payloads never echo argument values.







class ToolFailure extends Error {
    code;
    details;
    constructor(code, message, details) {
        super(message);
        this.code = code;
        this.details = details;
    }
}
function failurePayload(code, message, details) {
    const m = Buffer.byteLength(message) > 4096 ? message.slice(0, 1024) : message;
    return { allowed: false, error: details ? { code, message: m, details } : { code, message: m } };
}
// ---- policy parsing with a small LRU cache keyed by (canonical path, sha256 of bytes) --------------------
const cache = new Map();
/** Policies that used the legacy root `blocklist:` (a deprecation warning is logged for them). */
const legacyBlocklist = new WeakSet();
/** Parse policy text; E_POLICY_PARSE failures carry the reference's three messages only. */
function policyFromText(text, file, cacheKey, cacheEntries) {
    if (cacheKey !== undefined) {
        const hit = cache.get(cacheKey);
        if (hit) {
            cache.delete(cacheKey);
            cache.set(cacheKey, hit);
            return hit;
        }
    }
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, file, 'E_POLICY_PARSE');
    if (parsed.errors.length > 0 || !parsed.source) {
        const d = parsed.errors[0];
        throw new ToolFailure('E_POLICY_PARSE', 'Policy YAML is invalid', { line: d?.line ?? 1, column: d?.col ?? 1 });
    }
    let v = parsed.source.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw new ToolFailure('E_POLICY_PARSE', 'Policy root must be a mapping');
    const converted = withLegacyBlocklist(v);
    const legacy = converted !== v;
    v = converted;
    let policy;
    try {
        policy = (0,core_policy/* policyFromValue */.i0)(v, file, parsed.source).policy;
    }
    catch (e) {
        if (e instanceof errors/* AssayError */.WV) {
            const d = e.diagnostics.find((x) => x.severity === 'error');
            throw new ToolFailure('E_POLICY_PARSE', 'Policy structure is invalid', d?.line !== undefined ? { line: d.line, column: d.col ?? 1 } : undefined);
        }
        throw e;
    }
    if (legacy)
        legacyBlocklist.add(policy);
    if (cacheKey !== undefined && cacheEntries > 0) {
        cache.set(cacheKey, policy);
        while (cache.size > cacheEntries)
            cache.delete(cache.keys().next().value);
    }
    return policy;
}
/**
 * The reference server's only policy form is a root `blocklist:` of tool names (policy_decide). It is
 * read as exact-name deny entries (appended to `tools.deny`); the policy loader itself does not know the key.
 */
function withLegacyBlocklist(root) {
    const bl = root.blocklist;
    if (!Array.isArray(bl) || !bl.every((x) => typeof x === 'string'))
        return root;
    const { blocklist: _legacy, ...rest } = root;
    const tools = rest.tools !== null && typeof rest.tools === 'object' && !Array.isArray(rest.tools) ? { ...rest.tools } : {};
    const deny = Array.isArray(tools.deny) ? [...tools.deny] : [];
    tools.deny = [...deny, ...bl];
    return { ...rest, tools };
}
function cacheKeyOf(canonicalPath, text) {
    return `${canonicalPath}\0${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex')}`;
}
// ---- decisions ---------------------------------------------------------------------------------------
const RUNTIME = { runtime: true };
const NAME_STAGES = new Set(['E_TOOL_DRIFT', 'E_RATE_LIMIT', 'E_TOOL_DENIED', 'E_TOOL_NOT_ALLOWED', 'E_APPROVAL_REQUIRED']);
/** Stage 1 does not apply without a session listing: present the pin itself as the observed identity. */
function pinIdentity(policy, tool) {
    const pin = policy.toolPins.get(tool);
    return pin ? { server_id: pin.server_id, tool_name: pin.tool_name, schema_hash: pin.schema_hash, meta_hash: pin.meta_hash } : undefined;
}
function sequenceDeny(policy, ri, tool) {
    const r = policy.sequences[ri];
    return { decision: 'deny', code: 'E_SEQUENCE_VIOLATION', tool, reason: `Call would violate sequence rule ${r.ruleId}`, rule: r.rule };
}
/** stages 1–8 for one call after `history` (tool names), with fresh counters. */
function decideWithHistory(policy, tool, args, history) {
    // Stages 1–5, 7, 8 with fresh counters (non-incremental: no stage 6 here).
    const d = policy.newSession().decide({ tool_name: tool, args, definition: pinIdentity(policy, tool) }, { ...RUNTIME, incremental: false });
    if (d.decision === 'deny' && d.code !== null && NAME_STAGES.has(d.code))
        return d;
    if (policy.sequences.length > 0) {
        const t = new core_policy/* SequenceTracker */.KK(policy.sequences);
        history.forEach((h, i) => t.feed(h, {}, i));
        const ri = t.probe(tool, args, history.length);
        if (ri >= 0)
            return sequenceDeny(policy, ri, tool);
    }
    return d;
}
function decisionPayload(d, withViolations) {
    const p = { allowed: d.decision !== 'deny', decision: d.decision };
    if (d.decision === 'deny') {
        if (d.code !== null)
            p.error_code = d.code;
        p.reason = d.reason;
        if (d.rule !== null)
            p.rule = d.rule;
    }
    else if (d.decision === 'allow_with_warning') {
        if (d.code !== null)
            p.error_code = d.code;
        p.reason = d.reason;
        if (d.rule !== null)
            p.rule = d.rule;
        p.warning = d.reason;
    }
    if (withViolations)
        p.violations = (d.violations ?? []).map((v) => ({ path: v.path, constraint: v.constraint, message: v.message }));
    return p;
}
function checkArgs(policy, a) {
    return decisionPayload(decideWithHistory(policy, a.tool, a.arguments, a.history ?? []), true);
}
function policyDecide(policy, a) {
    let d = policy.nameDecision(a.tool, pinIdentity(policy, a.tool), RUNTIME);
    if (d.decision === 'allow' && !policy.schemas.has(a.tool) && policy.enforcement.unconstrainedTools === 'warn') {
        d = { decision: 'allow_with_warning', code: 'E_TOOL_UNCONSTRAINED', tool: a.tool, reason: core_policy/* REASONS */.ez.unconstrainedWarn, rule: 'enforcement.unconstrained_tools' };
    }
    const p = decisionPayload(d, false);
    if (p.reason === undefined)
        p.reason = d.reason;
    return p;
}
function suggestedFix(r, next) {
    switch (r.kind) {
        case 'before':
            return `Call ${r.first.render} before ${r.then.render}`;
        case 'never_after':
            return `Do not call ${r.forbidden.render} after ${r.trigger.render}`;
        case 'max_calls':
            return `Call ${r.tool.render} at most ${r.max} times`;
        case 'blocklist':
            return `Do not call tools whose name contains "${r.pattern}"`;
        case 'require':
            return `Call ${r.tool.render} at least once`;
        case 'eventually':
            return `Call ${r.tool.render} within the first ${r.within} calls`;
        case 'after':
            return `Call ${r.then.render} within ${r.within} call(s) after ${r.trigger.render}`;
        case 'sequence':
            return `Call ${r.tools.map((s) => s.render).join(' > ')} in order${r.strict ? ', consecutively' : ''} (next: ${next})`;
    }
}
function checkSequence(policy, a) {
    const calls = [...a.history, a.next_tool].map((t) => ({ tool_name: t, args: {} }));
    const outcomes = (0,core_policy/* evaluateSequenceRules */.iz)(policy.sequences, calls);
    const violated = outcomes.filter((o) => o.status === 'violated');
    const fix = violated.length > 0 ? suggestedFix(policy.sequences[violated[0].index], a.next_tool) : null;
    return {
        allowed: violated.length === 0,
        violations: violated.map((o) => ({ rule_id: o.rule_id, kind: o.kind, reason: o.reason ?? `sequence rule ${o.rule_id} violated` })),
        suggested_fix: fix,
    };
}
// ---- explain -----------------------------------------------------------------------------------------
/** The trace argument as one in-memory entry, explained by the same core as `assay explain`. */
function explainTrace(policy, a) {
    const entry = {
        text: '',
        model: '',
        meta: {},
        tool_calls: a.trace.map((c, i) => ({
            id: `call_${i}`,
            tool_name: c.tool,
            args: c.args ?? {},
            result: null,
            error: null,
            index: i,
            ts_ms: 0,
            pos: { file: 'trace', line: i + 1 },
        })),
        steps: a.trace.length,
        first_line: 1,
        file: 'trace',
        key: 'trace',
    };
    const ex = new explain/* Explainer */.HG(policy, 'policy');
    ex.add(entry);
    const e = ex.result(['trace']);
    // The caller's argument values are not echoed back.
    for (const s of e.steps)
        delete s.args;
    const payload = { allowed: e.blocked_steps === 0 && e.entry_violations.length === 0, ...(0,explain/* explanationDocument */.f5)(e) };
    const format = (a.format ?? 'json');
    return format === 'json' ? { payload } : { payload, text: (0,explain/* renderExplanation */.Gm)(e, format) };
}
// ---- coverage ----------------------------------------------------------------------------------------
function checkCoverage(policy, a) {
    const inv = new inventory/* Inventory */.r();
    inv.addPolicy(policy);
    const items = inv.list;
    const seen = new Set();
    const exercised = new Set();
    const violations = [];
    const warnings = [];
    a.traces.forEach((t, ti) => {
        const traceId = t.id ?? `trace-${ti}`;
        // Traces carry tool names only: name-level decisions (no argument schemas) plus the sequence rules.
        t.tools.forEach((tool, i) => {
            seen.add(tool);
            const d = policy.nameDecision(tool, pinIdentity(policy, tool), RUNTIME);
            const f = { trace_id: traceId, index: i, tool, code: d.code, rule: d.rule, reason: d.reason };
            if (d.decision === 'deny')
                violations.push(f);
            else if (!policy.schemas.has(tool) && policy.enforcement.unconstrainedTools === 'warn') {
                warnings.push({ ...f, code: 'E_TOOL_UNCONSTRAINED', rule: 'enforcement.unconstrained_tools', reason: core_policy/* REASONS */.ez.unconstrainedWarn });
            }
        });
        const outs = (0,core_policy/* evaluateSequenceRules */.iz)(policy.sequences, t.tools.map((tool) => ({ tool_name: tool, args: {} })));
        for (const o of outs) {
            if (o.status !== 'not_exercised')
                exercised.add(o.index);
            if (o.status === 'violated')
                violations.push({ trace_id: traceId, index: o.call_index, tool: null, code: 'E_SEQUENCE_VIOLATION', rule: o.rule, reason: o.reason });
        }
    });
    const seenList = [...seen].sort();
    const covered = items.filter((it) => seenList.some((s) => it.test(s)));
    const unknown = seenList.filter((s) => !items.some((it) => it.test(s)));
    const toolPct = items.length === 0 ? 100 : (covered.length / items.length) * 100;
    const ruleTotal = policy.sequences.length;
    const rulePct = ruleTotal === 0 ? 100 : (exercised.size / ruleTotal) * 100;
    const overall = (toolPct + rulePct) / 2;
    const highRisk = [...inv.highRisk].filter((n) => !seen.has(n)).sort();
    const threshold = a.threshold ?? 80;
    const round = (n) => Math.round(n * 100) / 100;
    const report = {
        schema: 'assay.coverage_report.v1',
        tools: { seen: seenList, declared: items.map((i) => i.label), unknown, covered_pct: round(toolPct) },
        rules: {
            total: ruleTotal,
            exercised: exercised.size,
            exercised_pct: round(rulePct),
            not_exercised: policy.sequences.filter((r) => !exercised.has(r.index)).map((r) => r.ruleId),
        },
        overall_pct: round(overall),
        violations,
        warnings,
        high_risk_gaps: highRisk,
        min_coverage: threshold,
        meets_threshold: overall >= threshold,
    };
    const format = a.format ?? 'json';
    return format === 'json' ? { payload: { ...report } } : { payload: { ...report }, text: renderCoverage(report, format) };
}

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/runtime/mcp-server/policy-source.ts
// Where a tool call's policy comes from: the `policy` argument jailed under --policy-root, or the
// server's --policy. The bytes are read here (main thread) so the size cap applies before any parsing.




const PATH_MAX = 4096;
function within(root, p) {
    const rel = external_node_path_.relative(root, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_.isAbsolute(rel));
}
function read(real, file, maxBytes) {
    let st;
    try {
        st = external_node_fs_.statSync(real);
    }
    catch {
        throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
    }
    if (!st.isFile())
        throw new ToolFailure('E_POLICY_READ', 'Policy path is not a regular file');
    if (st.size > maxBytes)
        throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy file too large', { max_bytes: maxBytes });
    let buf;
    try {
        buf = external_node_fs_.readFileSync(real);
    }
    catch {
        throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
    }
    if (buf.length > maxBytes)
        throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy file too large', { max_bytes: maxBytes });
    // Never decode invalid UTF-8 to U+FFFD (it would silently change a deny pattern): refuse the policy.
    const bad = (0,read_text/* findUtf8Problem */.kd)(buf);
    if (bad)
        throw new ToolFailure('E_POLICY_PARSE', 'Policy YAML is invalid', { line: bad.line, column: bad.col });
    return { canonical: real, file, text: buf.toString('utf8') };
}
/** Resolve and read the policy for one call. */
function policyText(arg, o) {
    if (arg === undefined) {
        if (o.defaultPolicy === undefined)
            throw new ToolFailure('E_INVALID_REQUEST', 'no policy given and the server has no --policy');
        let real;
        try {
            real = external_node_fs_.realpathSync(o.defaultPolicy);
        }
        catch {
            throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy file not found');
        }
        return read(real, external_node_path_.basename(o.defaultPolicy), o.maxPolicyBytes);
    }
    if (arg === '')
        throw new ToolFailure('E_INVALID_REQUEST', 'empty policy path');
    if (Buffer.byteLength(arg, 'utf8') > PATH_MAX)
        throw new ToolFailure('E_LIMIT_EXCEEDED', 'policy path too long');
    if (arg.includes('\0'))
        throw new ToolFailure('E_INVALID_REQUEST', 'policy path contains a NUL byte');
    // Absolute paths and root/prefix components (`/x`, `C:`, `\\server`) are refused outright.
    if (external_node_path_.isAbsolute(arg) || /^[A-Za-z]:/.test(arg) || arg.startsWith('\\')) {
        throw new ToolFailure('E_PERMISSION_DENIED', 'policy path must be relative to the policy root');
    }
    const joined = external_node_path_.resolve(o.root, arg);
    if (!within(o.root, joined))
        throw new ToolFailure('E_PERMISSION_DENIED', 'policy path leaves the policy root');
    let real;
    let realRoot;
    try {
        realRoot = external_node_fs_.realpathSync(o.root);
    }
    catch {
        throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy root not found');
    }
    try {
        real = external_node_fs_.realpathSync(joined);
    }
    catch (e) {
        if (e.code === 'ENOENT' || e.code === 'ENOTDIR') {
            throw new ToolFailure('E_POLICY_NOT_FOUND', 'Policy file not found');
        }
        throw new ToolFailure('E_POLICY_READ', 'Policy file could not be read');
    }
    if (!within(realRoot, real))
        throw new ToolFailure('E_PERMISSION_DENIED', 'policy path resolves outside the policy root');
    return read(real, external_node_path_.basename(arg), o.maxPolicyBytes);
}

;// CONCATENATED MODULE: ./src/runtime/mcp-server/tools.ts
// The five tools of `assay mcp-server`: their listing and the argument checks done before any
// evaluation. Failures never echo argument values.

const TOOL_NAMES = ['assay_check_args', 'assay_check_sequence', 'assay_policy_decide', 'assay_explain_trace', 'assay_check_coverage'];
const str = (description) => ({ type: 'string', description });
const strList = (description) => ({ type: 'array', items: { type: 'string' }, description });
const POLICY = str('policy file, relative to the policy root (default: the server --policy)');
const TOOL_DEFINITIONS = [
    {
        name: 'assay_check_args',
        description: 'Decide one tool call (name and arguments) against the policy: allow, allow_with_warning or deny, with the rule.',
        inputSchema: {
            type: 'object',
            properties: {
                tool: str('tool name'),
                arguments: { type: 'object', description: 'tool arguments' },
                policy: POLICY,
                history: strList('tool names called before, oldest first'),
            },
            required: ['tool', 'arguments'],
            additionalProperties: false,
        },
    },
    {
        name: 'assay_check_sequence',
        description: 'Check the sequence rules of the policy over the call history plus the next tool.',
        inputSchema: {
            type: 'object',
            properties: { history: strList('tool names called so far, oldest first'), next_tool: str('the tool about to be called'), policy: POLICY },
            required: ['history', 'next_tool'],
            additionalProperties: false,
        },
    },
    {
        name: 'assay_policy_decide',
        description: 'Name-only decision for a tool (deny lists, allowlist, approval, unconstrained tools).',
        inputSchema: {
            type: 'object',
            properties: { tool: str('tool name'), policy: POLICY },
            required: ['tool'],
            additionalProperties: false,
        },
    },
    {
        name: 'assay_explain_trace',
        description: 'Explain every step of a trace: the decision, the rule and the sequence results.',
        inputSchema: {
            type: 'object',
            properties: {
                trace: {
                    type: 'array',
                    minItems: 1,
                    items: { type: 'object', properties: { tool: { type: 'string' }, args: { type: 'object' } }, required: ['tool'], additionalProperties: false },
                },
                policy: POLICY,
                format: { type: 'string', enum: ['json', 'markdown', 'terminal', 'html'] },
            },
            required: ['trace'],
            additionalProperties: false,
        },
    },
    {
        name: 'assay_check_coverage',
        description: 'Coverage of the policy by a set of traces (tools and sequence rules exercised).',
        inputSchema: {
            type: 'object',
            properties: {
                traces: {
                    type: 'array',
                    items: {
                        type: 'object',
                        properties: { id: { type: 'string' }, tools: { type: 'array', minItems: 1, items: { type: 'string' } }, rules_triggered: { type: 'array', items: { type: 'string' } } },
                        required: ['tools'],
                        additionalProperties: false,
                    },
                },
                policy: POLICY,
                threshold: { type: 'number', minimum: 0, maximum: 100 },
                format: { type: 'string', enum: ['json', 'markdown', 'github'] },
            },
            required: ['traces'],
            additionalProperties: false,
        },
    },
];
const invalid = (message) => new ToolFailure('E_INVALID_REQUEST', message);
const tooBig = (message) => new ToolFailure('E_LIMIT_EXCEEDED', message);
function tools_isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function onlyKeys(a, allowed) {
    for (const k of Object.keys(a))
        if (!allowed.includes(k))
            throw invalid('unknown argument');
}
function needString(a, key, lim, tooLong, required) {
    const v = a[key];
    if (v === undefined && !required)
        return undefined;
    if (typeof v !== 'string')
        throw invalid(`"${key}" must be a string`);
    if (Buffer.byteLength(v, 'utf8') > lim.maxFieldBytes)
        throw tooBig(tooLong);
    return v;
}
function needNames(a, key, lim, required) {
    const v = a[key];
    if (v === undefined && !required)
        return undefined;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw invalid(`"${key}" must be a list of strings`);
    if (v.length > lim.maxToolCalls)
        throw tooBig(`${key} too long`);
    for (const x of v)
        if (Buffer.byteLength(x, 'utf8') > lim.maxFieldBytes)
            throw tooBig('tool name too long');
    return v;
}
function sizeOf(v) {
    return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}
/** Validate a tools/call for one of the five tools; throws ToolFailure (E_INVALID_REQUEST, E_LIMIT_EXCEEDED). */
function checkCall(name, raw, lim) {
    if (!TOOL_NAMES.includes(name))
        throw invalid('unknown tool');
    const a = raw === undefined ? {} : raw;
    if (!tools_isObject(a))
        throw invalid('arguments must be an object');
    const policy = a.policy === undefined ? undefined : needString(a, 'policy', lim, 'policy path too long', true);
    const tool = name;
    switch (tool) {
        case 'assay_check_args': {
            onlyKeys(a, ['tool', 'arguments', 'policy', 'history']);
            const t = needString(a, 'tool', lim, 'tool name too long', true);
            if (!tools_isObject(a.arguments))
                throw invalid('"arguments" must be an object');
            if (sizeOf(a.arguments) > lim.maxFieldBytes)
                throw tooBig('arguments too large');
            const history = needNames(a, 'history', lim, false);
            return { tool, policy, args: { tool: t, arguments: a.arguments, ...(history ? { history } : {}) } };
        }
        case 'assay_check_sequence': {
            onlyKeys(a, ['history', 'next_tool', 'policy']);
            const history = needNames(a, 'history', lim, true);
            const next = needString(a, 'next_tool', lim, 'next_tool too long', true);
            return { tool, policy, args: { history, next_tool: next } };
        }
        case 'assay_policy_decide': {
            onlyKeys(a, ['tool', 'policy']);
            return { tool, policy, args: { tool: needString(a, 'tool', lim, 'tool name too long', true) } };
        }
        case 'assay_explain_trace': {
            onlyKeys(a, ['trace', 'policy', 'format']);
            const trace = a.trace;
            if (!Array.isArray(trace) || trace.length === 0)
                throw invalid('"trace" must be a non-empty list');
            if (trace.length > lim.maxToolCalls)
                throw tooBig('trace too long');
            const steps = trace.map((s) => {
                if (!tools_isObject(s) || typeof s.tool !== 'string')
                    throw invalid('each trace step needs a "tool" string');
                for (const k of Object.keys(s))
                    if (k !== 'tool' && k !== 'args')
                        throw invalid('unknown argument');
                if (Buffer.byteLength(s.tool, 'utf8') > lim.maxFieldBytes)
                    throw tooBig('tool name too long');
                if (s.args !== undefined && !tools_isObject(s.args))
                    throw invalid('"args" must be an object');
                if (s.args !== undefined && sizeOf(s.args) > lim.maxFieldBytes)
                    throw tooBig('arguments too large');
                return s.args === undefined ? { tool: s.tool } : { tool: s.tool, args: s.args };
            });
            const format = a.format ?? 'json';
            if (typeof format !== 'string' || !['json', 'markdown', 'terminal', 'html'].includes(format))
                throw invalid('"format" must be json, markdown, terminal or html');
            return { tool, policy, args: { trace: steps, format } };
        }
        case 'assay_check_coverage': {
            onlyKeys(a, ['traces', 'policy', 'threshold', 'format']);
            const traces = a.traces;
            if (!Array.isArray(traces))
                throw invalid('"traces" must be a list');
            let total = 0;
            const list = traces.map((t) => {
                if (!tools_isObject(t))
                    throw invalid('each trace must be an object');
                for (const k of Object.keys(t))
                    if (k !== 'id' && k !== 'tools' && k !== 'rules_triggered')
                        throw invalid('unknown argument');
                if (t.id !== undefined && typeof t.id !== 'string')
                    throw invalid('"id" must be a string');
                const tools = needNames(t, 'tools', lim, true);
                if (tools.length === 0)
                    throw invalid('"tools" must not be empty');
                total += tools.length;
                if (t.rules_triggered !== undefined)
                    needNames(t, 'rules_triggered', lim, false);
                return t.id === undefined ? { tools } : { id: t.id, tools };
            });
            if (total > lim.maxToolCalls)
                throw tooBig('traces too long');
            const threshold = a.threshold ?? 80;
            if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 100))
                throw invalid('"threshold" must be a number from 0 to 100');
            const format = a.format ?? 'json';
            if (typeof format !== 'string' || !['json', 'markdown', 'github'].includes(format))
                throw invalid('"format" must be json, markdown or github');
            return { tool, policy, args: { traces: list, threshold, format } };
        }
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp-server/transport.ts



function errorLine(id, code, message, data) {
    const error = data ? { code, message, data } : { code, message };
    return `{"jsonrpc":"2.0","id":${id ?? 'null'},"error":${JSON.stringify(error)}}\n`;
}
const transport_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** `initialize` needs protocolVersion (string), capabilities (object), clientInfo {name, version}. */
function initializeParamsOk(p) {
    if (!transport_isObject(p))
        return false;
    const ci = p.clientInfo;
    return typeof p.protocolVersion === 'string' && transport_isObject(p.capabilities) && transport_isObject(ci) && typeof ci.name === 'string' && typeof ci.version === 'string';
}
class StrictStdioTransport {
    stdin;
    stdout;
    maxBytes;
    onclose;
    onerror;
    onmessage;
    closed = false;
    splitter;
    onData = (chunk) => this.splitter.push(chunk);
    onEnd = () => {
        this.splitter.end();
        void this.close();
    };
    constructor(stdin, stdout, maxBytes) {
        this.stdin = stdin;
        this.stdout = stdout;
        this.maxBytes = maxBytes;
        this.splitter = new LineSplitter(maxBytes, {
            line: (buf, start, end) => {
                this.line(buf, start, end);
                return false;
            },
            forward: () => undefined,
            tooLong: () => this.write(errorLine(null, -32600, 'Invalid Request', { reason: 'E_LIMIT_EXCEEDED', max_bytes: this.maxBytes })),
        });
    }
    async start() {
        this.stdin.on('data', this.onData);
        this.stdin.on('end', this.onEnd);
        this.stdin.on('error', this.onEnd);
    }
    write(s) {
        if (!this.closed)
            this.stdout.write(s);
    }
    line(buf, start, end) {
        const view = buf.subarray(start, end);
        if (!(0,external_node_buffer_.isUtf8)(view)) {
            this.write(errorLine(null, -32700, 'Parse error'));
            return;
        }
        const text = buf.toString('utf8', start, end);
        if (text.trim() === '')
            return;
        const r = parseStrictLine(text);
        if (!r.ok) {
            this.write(errorLine(r.failure === 'syntax' ? null : (r.idToken ?? null), r.failure === 'syntax' ? -32700 : -32600, r.failure === 'syntax' ? 'Parse error' : 'Invalid Request'));
            return;
        }
        const m = r.value;
        if (Array.isArray(m)) {
            this.write(errorLine(null, -32600, 'Invalid Request'));
            return;
        }
        if (!transport_isObject(m) || m.jsonrpc !== '2.0') {
            this.write(errorLine(r.idToken ?? null, -32600, 'Invalid Request'));
            return;
        }
        if (m.method === 'initialize' && r.idToken !== undefined && !initializeParamsOk(m.params)) {
            this.write(errorLine(r.idToken, -32602, 'Invalid params'));
            return;
        }
        this.onmessage?.(m);
    }
    async send(message) {
        this.write(JSON.stringify(message) + '\n');
    }
    async close() {
        if (this.closed)
            return;
        this.closed = true;
        this.stdin.off('data', this.onData);
        this.stdin.off('end', this.onEnd);
        this.stdin.off('error', this.onEnd);
        this.onclose?.();
    }
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./src/runtime/mcp-server/worker.ts
// Evaluation off the main thread: each tool call is evaluated in a worker thread that is
// terminated when it exceeds ASSAY_MCP_TIMEOUT_MS (E_TIMEOUT) and replaced on the next call. The worker
// runs the same entry file as the CLI with a hidden flag, so it works from the bundle and from sources.






function run(req, policy) {
    const a = req.args;
    switch (req.tool) {
        case 'assay_check_args':
            return { payload: checkArgs(policy, a) };
        case 'assay_check_sequence':
            return { payload: checkSequence(policy, a) };
        case 'assay_policy_decide':
            return { payload: policyDecide(policy, a) };
        case 'assay_explain_trace':
            return explainTrace(policy, a);
        case 'assay_check_coverage':
            return checkCoverage(policy, a);
    }
}
/** Evaluate one request (worker side; also usable in-process). */
function evaluate(req, cacheEntries) {
    try {
        const policy = policyFromText(req.policy.text, req.policy.file, cacheKeyOf(req.policy.canonical, req.policy.text), cacheEntries);
        const r = run(req, policy);
        return legacyBlocklist.has(policy) ? { ...r, warnings: ['legacy root "blocklist:" read as exact-name tools.deny entries; move them to tools.deny'] } : r;
    }
    catch (e) {
        if (e instanceof ToolFailure)
            return { payload: failurePayload(e.code, e.message, e.details) };
        return { payload: failurePayload('E_INTERNAL', 'Tool execution failed') };
    }
}
/** Worker side: answer requests until the parent terminates us. */
function runEvalWorker() {
    if (external_node_worker_threads_.isMainThread || !external_node_worker_threads_.parentPort)
        return Promise.resolve();
    const init = external_node_worker_threads_.workerData;
    const port = external_node_worker_threads_.parentPort;
    port.on('message', (m) => {
        port.postMessage({ seq: m.seq, result: evaluate(m.req, init.cacheEntries) });
    });
    port.postMessage({ ready: true });
    return new Promise(() => {
        // the worker lives until terminated
    });
}
/**
 * What the worker runs: the CLI entry itself. A TypeScript entry (development, `tsx cli/index.ts`) needs
 * tsx's loader registered inside the worker, since loader hooks are not inherited by worker threads.
 */
function workerSource(entry) {
    if (!entry.endsWith('.ts'))
        return [entry, {}];
    // Resolve tsx's ESM API from the entry's location (an eval worker resolves bare names from the cwd).
    let api = 'tsx/esm/api';
    try {
        const pkg = (0,external_node_module_.createRequire)(entry).resolve('tsx/package.json');
        const exp = JSON.parse((0,external_node_fs_.readFileSync)(pkg, 'utf8')).exports['./esm/api'];
        if (exp)
            api = (0,external_node_url_.pathToFileURL)((0,external_node_path_.join)((0,external_node_path_.dirname)(pkg), exp.import.default)).href;
    }
    catch {
        // keep the bare specifier
    }
    const code = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify((0,external_node_url_.pathToFileURL)(entry).href)}); });`;
    return [code, { eval: true }];
}
/** Main side: one worker, one request at a time, a fresh worker after a timeout. */
class EvalPool {
    entry;
    timeoutMs;
    cacheEntries;
    onError;
    worker;
    ready;
    seq = 0;
    queue = Promise.resolve();
    constructor(entry, timeoutMs, cacheEntries, 
    /** Diagnostics hook (the server logs worker failures as JSON lines). */
    onError) {
        this.entry = entry;
        this.timeoutMs = timeoutMs;
        this.cacheEntries = cacheEntries;
        this.onError = onError;
    }
    start() {
        if (this.ready)
            return this.ready;
        const w = new external_node_worker_threads_.Worker(workerSource(this.entry)[0], {
            argv: ['mcp-server', '--eval-worker'],
            ...workerSource(this.entry)[1],
            workerData: { assayMcpEvalWorker: true, cacheEntries: this.cacheEntries },
            stdout: true,
            stderr: true,
        });
        this.worker = w;
        // Whatever the worker prints must never reach the protocol stream.
        w.stdout.resume();
        w.stderr.resume();
        this.ready = new Promise((resolve, reject) => {
            const onMsg = (m) => {
                if (m && m.ready) {
                    w.off('message', onMsg);
                    resolve(w);
                }
            };
            w.on('message', onMsg);
            w.once('error', (e) => {
                this.onError?.(e);
                reject(e);
            });
            w.once('exit', () => reject(new Error('evaluation worker exited')));
        });
        this.ready.catch(() => this.reset());
        return this.ready;
    }
    reset() {
        const w = this.worker;
        this.worker = undefined;
        this.ready = undefined;
        if (w)
            void w.terminate();
    }
    run(req) {
        const p = this.queue.then(() => this.runOne(req));
        this.queue = p.catch(() => undefined);
        return p;
    }
    async runOne(req) {
        let w;
        try {
            w = await this.start();
        }
        catch {
            this.reset();
            return { payload: failurePayload('E_INTERNAL', 'Tool execution failed') };
        }
        const seq = ++this.seq;
        return new Promise((resolve) => {
            const onMsg = (m) => {
                if (m.seq !== seq || !m.result)
                    return;
                clearTimeout(timer);
                w.off('message', onMsg);
                w.off('exit', onExit);
                resolve(m.result);
            };
            const onExit = () => {
                clearTimeout(timer);
                w.off('message', onMsg);
                this.reset();
                resolve({ payload: failurePayload('E_INTERNAL', 'Tool execution failed') });
            };
            const timer = setTimeout(() => {
                w.off('message', onMsg);
                w.off('exit', onExit);
                this.reset();
                resolve({ payload: failurePayload('E_TIMEOUT', 'Tool execution timed out') });
            }, this.timeoutMs);
            w.on('message', onMsg);
            w.once('exit', onExit);
            w.postMessage({ seq, req });
        });
    }
    async close() {
        const w = this.worker;
        this.worker = undefined;
        this.ready = undefined;
        if (w)
            await w.terminate();
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp-server/index.ts
// `assay mcp-server`: the policy engine offered as MCP tools over stdio, on the official SDK's
// Server with a strict transport. Evaluation happens in a worker thread with a timeout.












const PROTOCOL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];
const LATEST = '2025-11-25';
function knob(env, name, dflt, min) {
    const v = env[name];
    if (v === undefined || v === '')
        return dflt;
    const n = Number(v);
    if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n < min)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${name} must be an integer >= ${min}`);
    return n;
}
function serverLimits(env) {
    return {
        timeoutMs: knob(env, 'ASSAY_MCP_TIMEOUT_MS', 2000, 1),
        maxBytes: knob(env, 'ASSAY_MCP_MAX_BYTES', 1_000_000, 1),
        maxFieldBytes: knob(env, 'ASSAY_MCP_MAX_FIELD_BYTES', 64_000, 1),
        maxToolCalls: knob(env, 'ASSAY_MCP_MAX_TOOL_CALLS', 2000, 1),
        cacheEntries: knob(env, 'ASSAY_MCP_CACHE_ENTRIES', 128, 0),
        maxPolicyBytes: knob(env, 'ASSAY_MCP_MAX_POLICY_BYTES', 1_000_000, 1),
    };
}
function callResult(payload, text) {
    const isError = payload.allowed === false || 'error' in payload;
    return { content: [{ type: 'text', text: text ?? JSON.stringify(payload, null, 2) }], structuredContent: payload, isError };
}
/** Serve until stdin ends. Returns the exit code (0); startup problems throw (exit 2). */
async function runMcpServer(o) {
    // stdio carries no authentication: a configured auth secret means a misconfiguration.
    for (const k of Object.keys(o.env)) {
        if (k.toUpperCase().startsWith('ASSAY_AUTH_')) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'refusing to start: an ASSAY_AUTH_* variable is set, but stdio carries no authentication');
        }
    }
    const lim = serverLimits(o.env);
    // The default policy must load now: a server that cannot decide must not start.
    if (o.policy)
        loadRuntimePolicy(o.policy.path, o.policy.display);
    const root = o.policyRoot ?? (o.policy ? external_node_path_.dirname(o.policy.path) : (o.cwd ?? process.cwd()));
    const log = (fields) => o.stderr(JSON.stringify({ level: 'info', ...fields }));
    const pool = new EvalPool(o.workerEntry, lim.timeoutMs, lim.cacheEntries, (e) => o.stderr(JSON.stringify({ level: 'error', event: 'worker_failed', error: e.message.slice(0, 500) })));
    const server = new esm_server/* Server */.g({ name: 'assay-mcp-server', version: version/* VERSION */.x }, { capabilities: { tools: {} } });
    server.setRequestHandler(types/* InitializeRequestSchema */.rk, (req) => {
        const v = req.params.protocolVersion;
        return { protocolVersion: PROTOCOL_VERSIONS.includes(v) ? v : LATEST, capabilities: { tools: {} }, serverInfo: { name: 'assay-mcp-server', version: version/* VERSION */.x } };
    });
    server.setRequestHandler(types/* ListToolsRequestSchema */.gW, () => ({ tools: TOOL_DEFINITIONS.map((t) => ({ ...t })) }));
    server.setRequestHandler(types/* CallToolRequestSchema */.FT, async (req) => {
        const t0 = performance.now();
        let payload;
        let text;
        try {
            const call = checkCall(req.params.name, req.params.arguments, lim);
            const pol = policyText(call.policy, { root, ...(o.policy ? { defaultPolicy: o.policy.path } : {}), maxPolicyBytes: lim.maxPolicyBytes });
            const r = await pool.run({ tool: call.tool, args: call.args, policy: pol });
            payload = r.payload;
            text = r.text;
            for (const w of r.warnings ?? [])
                o.stderr(JSON.stringify({ level: 'warn', event: 'policy_deprecation', message: w }));
        }
        catch (e) {
            payload = e instanceof ToolFailure ? failurePayload(e.code, e.message, e.details) : failurePayload('E_INTERNAL', 'Tool execution failed');
        }
        const err = payload.error;
        log({ event: 'tool_call', tool: String(req.params.name).slice(0, 64), outcome: err?.code ?? (payload.allowed === false ? 'deny' : 'ok'), duration_ms: Math.round((performance.now() - t0) * 1000) / 1000 });
        return callResult(payload, text);
    });
    const transport = new StrictStdioTransport(o.stdin, o.stdout, lim.maxBytes);
    await server.connect(transport);
    // connect() installs its own onclose; chain ours after it.
    const closed = new Promise((resolve) => {
        const sdkClose = transport.onclose;
        transport.onclose = () => {
            sdkClose?.();
            resolve();
        };
    });
    log({ event: 'started', version: version/* VERSION */.x, policy_root: '.', default_policy: o.policy ? o.policy.display : null });
    await closed;
    await pool.close();
    log({ event: 'stopped' });
    return 0;
}

// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
// EXTERNAL MODULE: ./cli/lenient.ts
var lenient = __webpack_require__(6764);
;// CONCATENATED MODULE: ./src/runtime/mcp-http/options.ts
// Options of `assay mcp proxy` (docs/mcp-proxy.md): the decision options of `mcp wrap` minus the child
// process, plus where to listen and where to forward.

const HTTP_DEFAULTS = {
    maxBodyBytes: 4_194_304,
    maxEventBytes: 67_108_864,
    maxSessions: 10_000,
};
/** `host:port` or `[v6]:port`. */
function parseListen(s) {
    const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]\s]+)):([0-9]{1,5})$/.exec(s);
    const port = m ? Number(m[3]) : NaN;
    if (!m || port > 65535)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--listen must be host:port (e.g. 127.0.0.1:8787), got ${JSON.stringify(s)}`);
    return { host: (m[1] ?? m[2]), port };
}
/** Loopback addresses only: 127.0.0.0/8, ::1, localhost. */
function isLoopback(host) {
    const h = host.toLowerCase();
    if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1')
        return true;
    const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h.startsWith('::ffff:') ? h.slice(7) : h);
    return v4 !== null && v4.slice(1).every((p) => Number(p) <= 255);
}
function parseUpstream(s) {
    let u;
    try {
        u = new URL(s);
    }
    catch {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--upstream must be an http(s) URL, got ${JSON.stringify(s)}`);
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--upstream must use http: or https:');
    if (u.username !== '' || u.password !== '')
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--upstream must not carry credentials; the client sends its own headers');
    return u;
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/runtime/mcp-http/headers.ts
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'proxy-authenticate', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);
function connectionTokens(h) {
    const c = h.connection;
    const out = new Set();
    if (typeof c === 'string')
        for (const t of c.split(','))
            out.add(t.trim().toLowerCase());
    return out;
}
/** Headers for the upstream request. */
function upstreamRequestHeaders(h, upstream, bodyLength) {
    const drop = connectionTokens(h);
    const out = {};
    for (const [k, v] of Object.entries(h)) {
        if (v === undefined || HOP_BY_HOP.has(k) || drop.has(k))
            continue;
        out[k] = v;
    }
    out.host = upstream.host;
    out['accept-encoding'] = 'identity';
    if (bodyLength !== undefined)
        out['content-length'] = String(bodyLength);
    return out;
}
/** Headers for the client response; `keepLength` false when the proxy may change the body. */
function clientResponseHeaders(h, keepLength) {
    const drop = connectionTokens(h);
    const out = {};
    for (const [k, v] of Object.entries(h)) {
        if (v === undefined || drop.has(k))
            continue;
        if (HOP_BY_HOP.has(k) && !(k === 'content-length' && keepLength))
            continue;
        out[k] = v;
    }
    return out;
}
/** The client takes only SSE (no application/json in Accept): proxy-made answers go out as one SSE event. */
function wantsSseOnly(accept) {
    if (accept === undefined)
        return false;
    const a = accept.toLowerCase();
    return a.includes('text/event-stream') && !a.includes('application/json') && !a.includes('*/*');
}
function mediaType(contentType) {
    return (contentType ?? '').split(';')[0].trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/runtime/mcp-http/session.ts
// One policy session per MCP session (per `Mcp-Session-Id`, or one shared session for an upstream that
// issues none): its own counters, sequence state, observed tool identities and records, decided by the
// same engine and written in the same record shapes as `mcp wrap`.





const session_NO_DIGEST = { args_digest: '', args_digest_alg: 'sha256', arg_keys: [] };
/** Calls kept to rebuild a session's state when the policy file changes. */
const session_HISTORY_CAP = 10_000;
function session_idKey(id) {
    if (typeof id === 'string')
        return `s${id}`;
    if (typeof id === 'number')
        return `n${id}`;
    return undefined;
}
class ProxySession {
    opts;
    decideOpts;
    loaded;
    recorder;
    session;
    digester;
    observed = new Map();
    /** Outstanding client tools/list requests (id keys): their responses are filtered wherever they arrive. */
    pendingLists = new Set();
    seq = 0;
    history = [];
    historyDropped = 0;
    otherRequests = 0;
    ended = false;
    constructor(opts, decideOpts, loaded, sinks) {
        this.opts = opts;
        this.decideOpts = decideOpts;
        this.loaded = loaded;
        this.session = loaded.policy.newSession(decideOpts);
        this.digester = new ArgsDigester(sinks.hmacKey);
        // The audit session id is ours, never the Mcp-Session-Id (which authorizes requests to the upstream).
        this.recorder = new Recorder({ sessionId: (0,external_node_crypto_.randomUUID)(), serverId: opts.label, source: opts.eventSource, dryRun: opts.dryRun, legacyPolicy: loaded.policy.spelling.legacy }, sinks.audit, sinks.decisionLog, sinks.keepEvents);
    }
    get stamp() {
        return { digest: this.loaded.digest, version: this.loaded.version };
    }
    start(nowMs) {
        return this.recorder.sessionStart(nowMs, this.stamp);
    }
    /** A client request other than tools/call (counts toward max_requests_total). */
    noteRequest(method, id) {
        this.session.noteRequest();
        this.otherRequests++;
        const key = session_idKey(id);
        if (method === 'tools/list' && key !== undefined)
            this.pendingLists.add(key);
    }
    noteCancelled(requestId) {
        const key = session_idKey(requestId);
        if (key !== undefined)
            this.pendingLists.delete(key);
    }
    decideCall(nowMs, c) {
        if (this.recorder.failed)
            return { kind: 'record_failed' };
        const observed = this.observed.get(c.name);
        const d = this.session.decide({ tool_name: c.name, args: c.args, definition: observed?.identity }, this.decideOpts);
        const deny = d.decision === 'deny';
        const wouldDeny = deny && this.opts.dryRun;
        const ok = this.recorder.decision(nowMs, {
            seq: this.seq++,
            tool: c.name,
            requestId: c.id,
            toolCallId: c.toolCallId,
            decision: d,
            wouldDeny,
            digest: this.recorder.recording ? this.digester.digest(c.args) : session_NO_DIGEST,
            ...(observed ? { identity: observed.identity } : {}),
            policy: this.stamp,
        });
        if (!ok)
            return { kind: 'record_failed' };
        if (deny && !wouldDeny) {
            this.otherRequests++; // a denied call still counts as a request on replay
            const mode = this.opts.denyStructured;
            const inMeta = mode === 'never' || (mode === 'auto' && observed?.hasOutputSchema === true);
            return { kind: 'blocked', line: blockedResponseLine(c.idToken, denyContract(d, c.toolCallId), inMeta), decision: d };
        }
        if (this.opts.watchPolicy) {
            if (this.history.length >= 2 * session_HISTORY_CAP) {
                this.history.splice(0, session_HISTORY_CAP);
                this.historyDropped += session_HISTORY_CAP;
            }
            this.history.push({ name: c.name, args: c.args });
        }
        return { kind: 'forward', decision: d, wouldDeny };
    }
    /**
     * One server→client JSON-RPC message (already parsed). Returns the re-serialized message when it was
     * changed (a filtered or annotated tools/list result), else undefined.
     */
    serverMessage(m) {
        if (m.method !== undefined) {
            // Pinned tools must be listed again before use.
            if (m.method === 'notifications/tools/list_changed')
                this.observed.clear();
            return undefined;
        }
        const key = session_idKey(m.id);
        if (key === undefined || !this.pendingLists.delete(key) || m.result === undefined)
            return undefined;
        const changed = processToolsList(m, this.observed, this.loaded.policy, {
            serverId: this.opts.label,
            filter: this.opts.toolsList === 'filter' && !this.opts.dryRun,
            annotate: this.opts.annotateTools,
            decide: this.decideOpts,
        });
        return changed ? JSON.stringify(m) : undefined;
    }
    /** Whether a response with this id is one the proxy must inspect (an outstanding tools/list). */
    wantsResponse(id) {
        const key = session_idKey(id);
        return key !== undefined && this.pendingLists.has(key);
    }
    /** Switch to a reloaded policy, replaying this session's admitted calls and request count. */
    reload(next) {
        const session = next.policy.newSession(this.decideOpts);
        for (const h of this.history)
            session.decide({ tool_name: h.name, args: h.args }, { incremental: false, runtime: false });
        for (let i = 0; i < this.otherRequests + this.historyDropped; i++)
            session.noteRequest();
        this.loaded = next;
        this.session = session;
    }
    /** Session-end records (findings, counters). Idempotent. */
    end(nowMs, complete) {
        if (this.ended)
            return;
        this.ended = true;
        this.recorder.findings(nowMs, this.session.finish(), complete ? 'complete' : 'partial');
        this.recorder.sessionEnd(nowMs, this.stamp, null);
    }
}

;// CONCATENATED MODULE: ./src/runtime/mcp-http/sse.ts
// Incremental Server-Sent Events reader for proxied streams: splits the byte stream into whole events
// (each kept as its exact bytes, so unchanged events are relayed byte for byte) with a cap per event.
// Field parsing follows the WHATWG event-stream rules: lines end in CRLF, LF or CR; `data` lines join with LF.
const LF = 0x0a;
const CR = 0x0d;
class SseReader {
    maxEventBytes;
    sink;
    parts = [];
    size = 0;
    /** Scan position inside the pending bytes, and whether the previous line ended with a bare CR. */
    scanFrom = 0;
    lineStart = 0;
    lastWasCr = false;
    dead = false;
    constructor(maxEventBytes, sink) {
        this.maxEventBytes = maxEventBytes;
        this.sink = sink;
    }
    push(chunk) {
        if (this.dead)
            return;
        this.parts.push(chunk);
        this.size += chunk.length;
        const buf = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.size);
        this.parts = [buf];
        let i = this.scanFrom;
        let eventStart = 0;
        while (i < buf.length) {
            const c = buf[i];
            if (c !== LF && c !== CR) {
                i++;
                continue;
            }
            if (c === LF && this.lastWasCr && i === this.lineStart) {
                // The LF of a CRLF pair: part of the line ending already counted.
                this.lastWasCr = false;
                this.lineStart = ++i;
                continue;
            }
            const empty = i === this.lineStart;
            this.lastWasCr = c === CR;
            i++;
            this.lineStart = i;
            if (empty) {
                // A CR may still be followed by its LF: include it in this event's bytes when it is already here.
                let end = i;
                if (c === CR && buf[end] === LF) {
                    end++;
                    this.lastWasCr = false;
                    this.lineStart = end;
                    i = end;
                }
                this.sink.event(parseEvent(buf.subarray(eventStart, end)));
                eventStart = end;
            }
        }
        const rest = buf.subarray(eventStart);
        this.lineStart -= eventStart;
        this.scanFrom = rest.length;
        this.parts = rest.length > 0 ? [rest] : [];
        this.size = rest.length;
        if (this.size > this.maxEventBytes) {
            this.dead = true;
            this.parts = [];
            this.sink.tooLong(this.size);
        }
    }
    /** Bytes of an unfinished event at end of stream (relayed as they are; they were never a whole event). */
    end() {
        const rest = this.size > 0 ? Buffer.concat(this.parts, this.size) : Buffer.alloc(0);
        this.parts = [];
        this.size = 0;
        return rest;
    }
}
function parseEvent(raw) {
    const text = raw.toString('utf8');
    let event = '';
    let id;
    let data;
    for (const line of text.split(/\r\n|\r|\n/)) {
        if (line === '' || line.startsWith(':'))
            continue;
        const colon = line.indexOf(':');
        const field = colon < 0 ? line : line.slice(0, colon);
        let value = colon < 0 ? '' : line.slice(colon + 1);
        if (value.startsWith(' '))
            value = value.slice(1);
        if (field === 'data')
            (data ??= []).push(value);
        else if (field === 'event')
            event = value;
        else if (field === 'id' && !value.includes('\0'))
            id = value;
    }
    return { raw, event, id, data: data?.join('\n') };
}
/** One SSE event carrying a JSON-RPC message (the MCP transport's `event: message`). */
function sseMessage(json, id) {
    const body = json.endsWith('\n') ? json.slice(0, -1) : json;
    return `event: message\n${id !== undefined ? `id: ${id}\n` : ''}data: ${body}\n\n`;
}

;// CONCATENATED MODULE: ./src/runtime/mcp-http/server.ts
// `assay mcp proxy` (docs/mcp-proxy.md): MCP's Streamable HTTP transport in front of one upstream
// endpoint. Every POSTed tools/call is decided by the same engine, records and deny contract as
// `mcp wrap`; a denied call is answered here and never reaches upstream. Anything the proxy cannot parse
// is refused. Responses (JSON or SSE) stream through; only outstanding tools/list results are rewritten.















/** Start-up that can fail before listening (exit 2): policy, logs, HMAC key, event source. */
function prepareHttpProxy(opts, env) {
    // The same checks as wrap; the child-process fields are not read by prepareWrap.
    const asWrap = { ...opts, command: '', args: [], shutdownGraceMs: 0, maxLineBytes: opts.maxBodyBytes, maxServerLineBytes: opts.maxEventBytes };
    return prepareWrap(asWrap, env);
}
function sessionNotFound() {
    return '{"jsonrpc":"2.0","id":null,"error":{"code":-32001,"message":"Session not found","data":{"origin":"assay-proxy","reason":"unknown_session"}}}\n';
}
class HttpProxy {
    opts;
    io;
    prepared;
    extras;
    server;
    agent;
    decideOpts;
    loaded;
    /** Sessions by the upstream-issued Mcp-Session-Id. */
    sessions = new Map();
    /** The one session of an upstream that issues no session ids. */
    shared;
    ended = [];
    policyWatch;
    closed = false;
    evidenceFailed = false;
    constructor(opts, io, prepared, extras = {}) {
        this.opts = opts;
        this.io = io;
        this.prepared = prepared;
        this.extras = extras;
        this.loaded = prepared.loaded;
        this.decideOpts = { incremental: true, runtime: true, approvals: opts.approvals, ...(opts.dryRun ? { admitDenied: true } : {}) };
        const Agent = opts.upstream.protocol === 'https:' ? external_node_https_.Agent : external_node_http_.Agent;
        this.agent = new Agent({ keepAlive: true });
        this.server = external_node_http_.createServer((req, res) => this.handle(req, res));
        this.server.on('clientError', (_e, socket) => socket.destroy());
    }
    log(line) {
        this.io.stderr(`[assay] ${line}`);
    }
    /** Listen; resolves with the bound address. */
    async listen() {
        const o = this.opts;
        this.log(`loading policy from ${o.policyDisplay} (${this.loaded.digest})`);
        for (const d of this.loaded.diagnostics)
            this.log((0,errors/* formatDiagnostic */.xy)(d));
        if (o.dryRun)
            this.log('DRY RUN MODE: No actions will be blocked.');
        await new Promise((resolve, reject) => {
            this.server.once('error', reject);
            this.server.listen(o.port, o.host, () => {
                this.server.off('error', reject);
                resolve();
            });
        });
        const a = this.server.address();
        const host = a.family === 'IPv6' ? `[${a.address}]` : a.address;
        // Origin and path only: a query string may carry a key.
        this.log(`listening on http://${host}:${a.port}${o.upstream.pathname} → ${o.upstream.origin}${o.upstream.pathname}`);
        if (o.watchPolicy)
            this.watchPolicy();
        return { host: a.address, port: a.port };
    }
    // ---- sessions ------------------------------------------------------------------------------------
    sinks() {
        const p = this.prepared;
        return {
            ...(p.audit ? { audit: p.audit } : {}),
            ...(p.decisionLog ? { decisionLog: p.decisionLog } : {}),
            ...(p.hmacKey !== undefined ? { hmacKey: p.hmacKey } : {}),
            keepEvents: this.extras.evidenceDir !== undefined,
        };
    }
    newSession() {
        const s = new ProxySession(this.opts, this.decideOpts, this.loaded, this.sinks());
        if (!s.start(this.io.now()))
            this.log('WARNING: a log could not be appended; refusing tool calls');
        return s;
    }
    sharedSession() {
        this.shared ??= this.newSession();
        return this.shared;
    }
    endSession(s, complete) {
        s.end(this.io.now(), complete);
        const dir = this.extras.evidenceDir;
        if (dir !== undefined && s.recorder.events) {
            try {
                (0,evidence/* writeDecisionEvidence */.vo)(external_node_path_.join(dir, `${s.recorder.info.sessionId}.tar.gz`), s.recorder.events, {
                    source: this.opts.eventSource,
                    sessionId: s.recorder.info.sessionId,
                    ...(this.opts.runId !== undefined ? { runId: this.opts.runId } : {}),
                });
            }
            catch (e) {
                this.evidenceFailed = true;
                this.io.stderr(`assay: E_IO_ERROR: cannot write evidence to ${dir}: ${e.message}`);
            }
        }
        this.ended.push(s);
    }
    // ---- requests ------------------------------------------------------------------------------------
    handle(req, res) {
        res.on('error', () => undefined);
        const sid = headerValue(req.headers['mcp-session-id']);
        let session;
        if (sid !== undefined) {
            session = this.sessions.get(sid);
            // A session the proxy did not see start has no policy state: the client must initialize again.
            if (session === undefined)
                return this.reply(res, 404, sessionNotFound(), false);
        }
        if (req.method === 'POST')
            return this.post(req, res, session, sid);
        if (req.method === 'DELETE' && session !== undefined && sid !== undefined) {
            return this.forward(req, res, undefined, session, null, (status) => {
                if (status >= 200 && status < 300 && this.sessions.delete(sid))
                    this.endSession(session, true);
            });
        }
        // GET (server stream, resumption with Last-Event-ID) and anything else pass through; SSE is still read.
        this.forward(req, res, undefined, session ?? this.shared, null);
    }
    post(req, res, known, sid) {
        const cap = this.opts.maxBodyBytes;
        const declared = Number(req.headers['content-length']);
        const chunks = [];
        let size = 0;
        let over = Number.isFinite(declared) && declared > cap;
        const tooLarge = () => {
            const s = known ?? this.sharedSession();
            s.recorder.refused(this.io.now(), 'line_too_long', null, Math.max(size, Number.isFinite(declared) ? declared : 0), '');
            if (this.opts.verbose)
                this.log(`REFUSED line_too_long (body over ${cap} bytes)`);
            res.setHeader('connection', 'close');
            this.reply(res, 413, proxyErrorLine(null, -32600, 'line_too_long'), wantsSseOnly(req.headers.accept));
            req.resume();
        };
        if (over)
            return tooLarge();
        req.on('data', (c) => {
            if (over)
                return;
            size += c.length;
            if (size > cap) {
                over = true;
                tooLarge();
                return;
            }
            chunks.push(c);
        });
        req.on('end', () => {
            if (!over)
                this.postBody(req, res, known, sid, Buffer.concat(chunks, size));
        });
        req.on('error', () => undefined);
    }
    postBody(req, res, known, sid, body) {
        const sseOnly = wantsSseOnly(req.headers.accept);
        const now = this.io.now();
        const refuse = (s, idToken, code, reason) => {
            const requestId = idToken === null ? null : JSON.parse(idToken);
            s.recorder.refused(now, reason, requestId, body.length, s.recorder.recording ? bytesDigest(body) : '');
            if (this.opts.verbose)
                this.log(`REFUSED ${reason} (body ${body.length} bytes)`);
            this.reply(res, 400, proxyErrorLine(idToken, code, reason), sseOnly);
        };
        const c = (0,external_node_buffer_.isUtf8)(body) ? classifyClientLine(body.toString('utf8')) : { kind: 'refuse', code: -32700, reason: 'malformed_client_request', idToken: null };
        const isInit = c.kind === 'request' && c.method === 'initialize' && sid === undefined;
        let session = known;
        if (session === undefined) {
            if (isInit) {
                if (this.sessions.size >= this.opts.maxSessions)
                    return this.reply(res, 503, proxyErrorLine(c.idToken, -31998, 'too_many_sessions'), sseOnly);
                session = this.newSession();
            }
            else
                session = this.sharedSession();
        }
        const s = session;
        switch (c.kind) {
            case 'empty':
                return refuse(s, null, -32600, 'malformed_client_request');
            case 'refuse':
                if (c.code === -32602)
                    s.noteRequest('tools/call', '');
                return refuse(s, c.idToken, c.code, c.reason);
            case 'drop':
                // A tools/call without id: never forwarded, never answered (a notification gets no response).
                s.recorder.refused(now, c.reason, null, body.length, s.recorder.recording ? bytesDigest(body) : '');
                res.writeHead(202).end();
                return;
            case 'tool_call': {
                const out = s.decideCall(now, c);
                if (out.kind === 'record_failed') {
                    this.log('WARNING: a log could not be appended; refusing this and every later tool call');
                    return this.reply(res, 200, proxyErrorLine(c.idToken, -31998, 'enforcement_record_write_failed'), sseOnly);
                }
                if (this.opts.verbose)
                    this.verboseDecision(out.decision, out.kind === 'forward' && out.wouldDeny, c.args);
                if (out.kind === 'blocked')
                    return this.reply(res, 200, out.line, sseOnly);
                return this.forward(req, res, body, s, c.idToken);
            }
            case 'request':
                s.noteRequest(c.method, c.id);
                if (isInit && known === undefined) {
                    return this.forward(req, res, body, s, c.idToken, (status, headers) => this.registerSession(s, status, headers));
                }
                return this.forward(req, res, body, s, c.idToken);
            case 'notification':
                if (c.method === 'notifications/cancelled' && c.params !== null && typeof c.params === 'object')
                    s.noteCancelled(c.params.requestId);
                return this.forward(req, res, body, s, null);
            case 'response':
                return this.forward(req, res, body, s, null);
        }
    }
    /** The upstream answered an initialize: file the session under the id it issued. */
    registerSession(s, status, headers) {
        const sid = headerValue(headers['mcp-session-id']);
        if (status >= 200 && status < 300 && sid !== undefined && !this.sessions.has(sid)) {
            this.sessions.set(sid, s);
            return;
        }
        if (sid === undefined && status >= 200 && status < 300 && this.shared === undefined) {
            this.shared = s; // an upstream without sessions: this is the one session
            return;
        }
        this.endSession(s, false);
    }
    verboseDecision(d, wouldDeny, args) {
        const tool = (0,safe_text/* safeBounded */.vn)(d.tool);
        const arg = keyArgument(args);
        const t = arg ? `${tool} ${arg}` : tool;
        const rule = d.rule ? `, rule: ${d.rule}` : '';
        if (wouldDeny)
            this.log(`WOULD_DENY ${t} (reason: ${d.reason}${rule})`);
        else if (d.decision === 'deny')
            this.log(`DENY ${t} (reason: ${d.reason}${rule})`);
        else if (d.decision === 'allow_with_warning')
            this.log(`WARNING: Allowing tool '${tool}' with warning (code: ${d.code}, reason: ${d.reason}).`);
        else
            this.log(`ALLOW ${t}`);
    }
    /** A proxy-made answer: JSON, or one SSE event when the client accepts only SSE. */
    reply(res, status, line, sse) {
        if (res.headersSent)
            return;
        if (sse) {
            const body = sseMessage(line);
            res.writeHead(status, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', 'content-length': Buffer.byteLength(body) });
            res.end(body);
            return;
        }
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(line) });
        res.end(line);
    }
    // ---- upstream ------------------------------------------------------------------------------------
    forward(req, res, body, session, idToken, onHead) {
        const u = this.opts.upstream;
        const lib = u.protocol === 'https:' ? external_node_https_ : external_node_http_;
        const sseOnly = wantsSseOnly(req.headers.accept);
        const up = lib.request({
            protocol: u.protocol,
            hostname: u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname,
            port: u.port === '' ? undefined : Number(u.port),
            // The client talks to the proxy's path; the upstream path is fixed (its query string kept).
            path: u.pathname + u.search,
            method: req.method,
            headers: upstreamRequestHeaders(req.headers, u, body?.length),
            agent: this.agent,
        });
        let failed = false;
        const fail = () => {
            if (failed)
                return;
            failed = true;
            if (!res.headersSent) {
                if (idToken !== null || req.method === 'POST')
                    this.reply(res, 502, proxyErrorLine(idToken, -31998, 'upstream_unreachable'), sseOnly);
                else
                    res.writeHead(502).end();
            }
            else
                res.destroy();
        };
        up.on('error', fail);
        res.on('close', () => {
            if (!res.writableFinished)
                up.destroy();
        });
        up.on('response', (ur) => {
            const status = ur.statusCode ?? 502;
            onHead?.(status, ur.headers);
            const type = mediaType(ur.headers['content-type']);
            if (session !== undefined && type === 'text/event-stream')
                return this.relaySse(ur, res, session, idToken, status);
            if (session !== undefined && type === 'application/json' && idToken !== null && session.wantsResponse(JSON.parse(idToken))) {
                return this.relayJsonList(ur, res, session, idToken, status);
            }
            res.writeHead(status, clientResponseHeaders(ur.headers, true));
            ur.pipe(res);
            ur.on('error', () => res.destroy());
        });
        if (body !== undefined)
            up.end(body);
        else
            req.pipe(up);
    }
    /** SSE through, event by event: tools/list results filtered, list_changed observed, the rest byte for byte. */
    relaySse(ur, res, session, idToken, status) {
        res.writeHead(status, clientResponseHeaders(ur.headers, false));
        res.flushHeaders();
        // A slow client pauses the upstream stream instead of growing the proxy's buffers.
        const write = (b) => {
            if (!res.write(b) && !ur.isPaused()) {
                ur.pause();
                res.once('drain', () => ur.resume());
            }
        };
        const reader = new SseReader(this.opts.maxEventBytes, {
            event: (e) => {
                const out = this.inspect(session, e.data);
                if (out === undefined)
                    write(e.raw);
                else
                    write(`${e.event !== '' ? `event: ${e.event}\n` : ''}${e.id !== undefined ? `id: ${e.id}\n` : ''}data: ${out}\n\n`);
            },
            tooLong: (bytes) => {
                this.log(`WARNING: dropped a server event over --max-event-bytes (${bytes} bytes); closing that stream`);
                session.recorder.refused(this.io.now(), 'server_line_too_long', idToken === null ? null : JSON.parse(idToken), bytes, '');
                if (idToken !== null)
                    res.write(sseMessage(proxyErrorLine(idToken, -31998, 'server_line_too_long')));
                res.end();
                ur.destroy();
            },
        });
        ur.on('data', (c) => {
            reader.push(c);
        });
        ur.on('end', () => {
            const rest = reader.end();
            if (rest.length > 0)
                res.write(rest);
            res.end();
        });
        ur.on('error', () => res.destroy());
    }
    /** A JSON response to an outstanding tools/list: read whole (bounded), filter, send. */
    relayJsonList(ur, res, session, idToken, status) {
        const chunks = [];
        let size = 0;
        let over = false;
        ur.on('data', (c) => {
            if (over)
                return;
            size += c.length;
            if (size > this.opts.maxEventBytes) {
                over = true;
                session.recorder.refused(this.io.now(), 'server_line_too_long', JSON.parse(idToken), size, '');
                this.reply(res, 502, proxyErrorLine(idToken, -31998, 'server_line_too_long'), false);
                ur.destroy();
                return;
            }
            chunks.push(c);
        });
        ur.on('end', () => {
            if (over)
                return;
            const raw = Buffer.concat(chunks, size);
            const out = this.inspect(session, raw.toString('utf8'));
            res.writeHead(status, clientResponseHeaders(ur.headers, false));
            res.end(out ?? raw);
        });
        ur.on('error', () => res.destroy());
    }
    /** A server message's text → the replacement JSON when the proxy changed it. */
    inspect(session, data) {
        if (data === undefined || data === '')
            return undefined;
        let m;
        try {
            m = JSON.parse(data);
        }
        catch {
            return undefined;
        }
        if (m === null || typeof m !== 'object' || Array.isArray(m))
            return undefined;
        return session.serverMessage(m);
    }
    // ---- policy reload (on by default, as in wrap) ----------------------------------------------------
    watchPolicy() {
        this.policyWatch = watchPolicyFile(this.opts.policyPath, () => this.reload(), (l) => this.log(l));
    }
    /** Load the changed policy; on failure keep the current one. Every live session carries over. */
    reload() {
        if (this.closed)
            return;
        const next = reloadPolicy(this.opts, this.loaded, (l) => this.log(l));
        if (next === undefined)
            return;
        this.loaded = next;
        for (const s of this.sessions.values())
            s.reload(next);
        this.shared?.reload(next);
        this.log(`policy reloaded from ${this.opts.policyDisplay} (${next.digest})`);
        for (const d of next.diagnostics)
            this.log((0,errors/* formatDiagnostic */.xy)(d));
    }
    // ---- shutdown ------------------------------------------------------------------------------------
    /** Stop listening, end every session (partial: the client did not end it), close logs. */
    async close() {
        if (this.closed)
            return { exitCode: 0 };
        this.closed = true;
        this.policyWatch?.close();
        const stopped = new Promise((r) => this.server.close(() => r()));
        this.server.closeAllConnections();
        await stopped;
        this.agent.destroy();
        for (const s of this.sessions.values())
            this.endSession(s, false);
        this.sessions.clear();
        if (this.shared)
            this.endSession(this.shared, false);
        const all = this.ended;
        const logFailed = all.some((s) => s.recorder.failed) || (this.prepared.audit?.failed ?? false) || (this.prepared.decisionLog?.failed ?? false);
        this.prepared.audit?.close();
        this.prepared.decisionLog?.close();
        if (logFailed || this.evidenceFailed)
            return { exitCode: 3, reasonCode: 'E_IO_ERROR' };
        if (this.opts.dryRun && all.some((s) => s.recorder.counters.would_deny > 0))
            return { exitCode: 4, reasonCode: 'E_WOULD_BLOCK' };
        return { exitCode: 0 };
    }
}
function headerValue(v) {
    if (Array.isArray(v))
        return v[0];
    return v === '' ? undefined : v;
}
/** Prepare, listen; the CLI closes the proxy on a signal. */
async function startHttpProxy(opts, io, extras = {}) {
    const prepared = prepareHttpProxy(opts, io.env);
    const proxy = new HttpProxy(opts, io, prepared, extras);
    try {
        const { port } = await proxy.listen();
        return { proxy, port };
    }
    catch (e) {
        prepared.audit?.close();
        prepared.decisionLog?.close();
        throw e;
    }
}

;// CONCATENATED MODULE: ./cli/commands/mcp-decision-options.ts


/** Add the policy, decision, log and reload options; `name` is the event-source default's command name. */
function addDecisionOptions(cmd, name, policyHelp) {
    return cmd
        .option('--policy <file>', policyHelp)
        .option('--deny-deprecations', 'legacy policy forms fail to load')
        .option('--lenient', lenient/* LENIENT_HELP */.IC)
        .option('--dry-run', 'evaluate and log, never block')
        .option('--verbose', 'one stderr line per decision')
        .option('--label <id>', 'server id in tool identities and the default event source', WRAP_DEFAULTS.label)
        .option('--tools-list <mode>', 'filter | keep: drop name-denied tools from tools/list results', 'filter')
        .option('--annotate-tools', 'add tool_identity to each listed tool')
        .option('--deny-structured <mode>', 'auto | always | never: where the deny contract goes', 'auto')
        .option('--approvals <mode>', 'deny | log-only: what tools.approval_required does', 'deny')
        .option('--audit-log <file>', 'append the audit log (NDJSON) here')
        .option('--decision-log <file>', 'append the CloudEvents decision log (NDJSON) here')
        .option('--event-source <uri>', `decision log source (default urn:assay:${name}:<label>)`);
}
/** The reload switch (on by default). */
function addWatchOptions(cmd) {
    return cmd
        .option('--watch-policy', 'reload the policy when its file changes (the default)')
        .option('--no-watch-policy', 'do not reload the policy when its file changes (by default a valid change is applied without dropping the session; an invalid one keeps the current policy)');
}

;// CONCATENATED MODULE: ./cli/commands/mcp-proxy.ts







function proxyOptions(f, h) {
    if (f.upstream === undefined)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'missing --upstream <url>');
    const upstream = parseUpstream(f.upstream);
    const { host, port } = parseListen(f.listen);
    if (!isLoopback(host) && f.allowRemoteBind !== true) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--listen ${host} is not a loopback address: anyone who can reach it could use the upstream with your clients' credentials; pass --allow-remote-bind to do it anyway`);
    }
    const policy = (0,paths/* fileRef */.M)(f.policy ?? h.wrapPolicy());
    const o = {
        upstream,
        host,
        port,
        policyPath: policy.path,
        policyDisplay: policy.display,
        denyDeprecations: f.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
        lenient: (0,lenient/* lenientFlag */.U_)(f),
        dryRun: f.dryRun === true,
        verbose: f.verbose === true,
        label: f.label,
        toolsList: h.choice('--tools-list', f.toolsList, ['filter', 'keep']),
        annotateTools: f.annotateTools === true,
        denyStructured: h.choice('--deny-structured', f.denyStructured, ['auto', 'always', 'never']),
        approvals: h.choice('--approvals', f.approvals, ['deny', 'log-only']),
        eventSource: f.eventSource ?? `urn:assay:mcp-proxy:${f.label}`,
        maxBodyBytes: h.intFlag('--max-body-bytes', f.maxBodyBytes, 1),
        maxEventBytes: h.intFlag('--max-event-bytes', f.maxEventBytes, 1),
        maxSessions: h.intFlag('--max-sessions', f.maxSessions, 1),
        watchPolicy: f.watchPolicy !== false,
    };
    if (f.auditLog !== undefined)
        o.auditLog = f.auditLog;
    if (f.decisionLog !== undefined)
        o.decisionLog = f.decisionLog;
    if (f.runId !== undefined) {
        if (f.runId === '' || f.runId.includes(':'))
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--run-id must be non-empty and contain no ":"');
        o.runId = f.runId;
    }
    if (f.argsHmacKeyEnv !== undefined)
        o.argsHmacKeyEnv = f.argsHmacKeyEnv;
    return o;
}
async function proxyAction(flags, h) {
    let started;
    try {
        const opts = proxyOptions(flags, h);
        started = await startHttpProxy(opts, { stderr: h.err, env: process.env, now: () => Date.now() }, flags.evidenceDir !== undefined ? { evidenceDir: flags.evidenceDir } : {});
    }
    catch (e) {
        const code = e.code;
        if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
            h.err(`assay: E_INVALID_ARGS: cannot listen on ${flags.listen} (${code})`);
            h.err('Next: Pick another --listen address or port');
            h.exitWhenDone(2);
            return;
        }
        h.exitWhenDone(h.reportOwnFailure(e));
        return;
    }
    const stop = () => {
        for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'])
            process.removeListener(s, stop);
        void started.proxy.close().then((r) => {
            if (r.reasonCode === 'E_WOULD_BLOCK') {
                h.err('assay: E_WOULD_BLOCK: dry run: tool calls would have been denied');
                h.err('Next: Review the would-block events, then adjust the policy or run without --dry-run');
            }
            else if (r.reasonCode === 'E_IO_ERROR') {
                h.err('assay: E_IO_ERROR: a decision record could not be written');
                h.err(`Next: ${(0,reason_codes/* fillNextStep */.lT)('E_IO_ERROR', { path: flags.auditLog ?? flags.decisionLog ?? flags.evidenceDir })}`);
            }
            h.exitWhenDone(r.exitCode);
        });
    };
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'])
        process.on(s, stop);
}
function registerProxy(mcp, h) {
    const proxy = mcp
        .command('proxy')
        .description('Serve a policy-enforcing MCP Streamable HTTP proxy: assay mcp proxy --upstream <url> --listen 127.0.0.1:<port> --policy P')
        .option('--upstream <url>', 'the MCP endpoint to protect (http or https URL, e.g. http://127.0.0.1:3001/mcp)')
        .option('--listen <host:port>', 'address to listen on (port 0 picks one; printed on stderr)', '127.0.0.1:8787')
        .option('--allow-remote-bind', 'allow --listen on a non-loopback address');
    addDecisionOptions(proxy, 'mcp-proxy', 'policy file (default: the project policy)')
        .option('--evidence-dir <dir>', 'write one evidence bundle per MCP session here when it ends')
        .option('--run-id <id>', 'run id of the evidence bundles')
        .option('--args-hmac-key-env <var>', 'HMAC argument digests with the key in env VAR')
        .option('--max-body-bytes <n>', 'largest POST body accepted (a larger one gets 413 and a -32600 line_too_long error)', String(HTTP_DEFAULTS.maxBodyBytes))
        .option('--max-event-bytes <n>', 'largest SSE event or inspected JSON response buffered from upstream', String(HTTP_DEFAULTS.maxEventBytes))
        .option('--max-sessions <n>', 'most MCP sessions at once (an initialize over the cap gets 503)', String(HTTP_DEFAULTS.maxSessions));
    addWatchOptions(proxy)
        .exitOverride()
        .action((flags) => proxyAction(flags, h));
}

;// CONCATENATED MODULE: ./cli/commands/mcp.ts
// `assay mcp wrap` and `assay mcp-server`. Runtime work lives in src/runtime; this file
// parses flags, prints own failures as `assay: <CODE>: <message>` and turns the outcome into the exit code.












function err(line) {
    process.stderr.write(line + '\n');
}
/** Own failures: `assay: <REASON_CODE>: <message>`, then the next step. Returns the exit code. */
function reportOwnFailure(e) {
    if (e instanceof errors/* AssayError */.WV) {
        const c = e.context;
        const where = c.file !== undefined ? `${c.file}${c.line !== undefined ? `:${c.line}:${c.col ?? 1}` : ''}: ` : '';
        err(`assay: ${e.reasonCode}: ${where}${e.message}`);
        for (const d of e.diagnostics.slice(1, 50))
            err((0,errors/* formatDiagnostic */.xy)(d));
        err(`Next: ${e.nextStep}`);
        return (0,reason_codes/* exitCodeFor */.Rr)(e.reasonCode);
    }
    err(`assay: E_INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
    err('Next: Report a bug with run.json and the log');
    return 3;
}
function intFlag(name, v, min) {
    const n = Number(v);
    if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n < min)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${name} must be an integer >= ${min}`);
    return n;
}
function choice(name, v, allowed) {
    if (!allowed.includes(v))
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${name} must be one of ${allowed.join(', ')}`);
    return v;
}
/**
 * Set the exit code and let Node exit when its loop drains (stdout is flushed by then). A stray handle
 * (say, a grandchild holding a pipe) must not keep a finished runner alive: an unref'd timer exits anyway.
 */
function exitWhenDone(code) {
    process.exitCode = code;
    setTimeout(() => process.exit(code), 500).unref();
}
/** No --policy: the project's policy, found the way every command finds it (never an allow-all fallback). */
function wrapPolicy() {
    const cwd = process.cwd();
    const project = (0,discover/* discoverProject */.J$)(cwd);
    if (project?.policy)
        return (0,discover/* shownPath */.pS)(project.policy, cwd);
    throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', `no policy: pass --policy <file> (${(0,discover/* searchedText */.LG)(cwd)})`, { source: 'config' });
}
function wrapOptions(command, f) {
    if (command.length === 0)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'missing server command after --');
    const policy = (0,paths/* fileRef */.M)(f.policy ?? wrapPolicy());
    const label = f.label;
    const o = {
        policyPath: policy.path,
        policyDisplay: policy.display,
        denyDeprecations: f.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
        lenient: (0,lenient/* lenientFlag */.U_)(f),
        dryRun: f.dryRun === true,
        verbose: f.verbose === true,
        label,
        toolsList: choice('--tools-list', f.toolsList, ['filter', 'keep']),
        annotateTools: f.annotateTools === true,
        denyStructured: choice('--deny-structured', f.denyStructured, ['auto', 'always', 'never']),
        approvals: choice('--approvals', f.approvals, ['deny', 'log-only']),
        eventSource: f.eventSource ?? `urn:assay:mcp-wrap:${label}`,
        maxLineBytes: intFlag('--max-line-bytes', f.maxLineBytes, 1),
        maxServerLineBytes: intFlag('--max-server-line-bytes', f.maxServerLineBytes, 1),
        shutdownGraceMs: intFlag('--shutdown-grace-ms', f.shutdownGraceMs, 0),
        watchPolicy: f.watchPolicy !== false,
        command: command[0],
        args: command.slice(1),
    };
    if (f.auditLog !== undefined)
        o.auditLog = f.auditLog;
    if (f.decisionLog !== undefined)
        o.decisionLog = f.decisionLog;
    if (f.evidenceOut !== undefined)
        o.evidenceOut = f.evidenceOut;
    if (f.runId !== undefined) {
        if (f.runId === '' || f.runId.includes(':'))
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--run-id must be non-empty and contain no ":"');
        o.runId = f.runId;
    }
    if (f.argsHmacKeyEnv !== undefined)
        o.argsHmacKeyEnv = f.argsHmacKeyEnv;
    if (f.envScrub && f.envStrict)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--env-scrub and --env-strict are exclusive');
    if (f.envScrub || f.envStrict || f.envStripExec || f.envAllow) {
        o.envFilter = {
            mode: f.envStrict ? 'strict' : f.envScrub ? 'scrub' : 'passthrough',
            stripExec: f.envStripExec === true,
            allow: (f.envAllow ?? []).flatMap((k) => k.split(',')).filter((k) => k !== ''),
        };
    }
    return o;
}
async function wrapAction(command, flags) {
    let code;
    try {
        const opts = wrapOptions(command, flags);
        const r = await runWrap(opts, {
            stdin: process.stdin,
            stdout: process.stdout,
            stderr: err,
            env: process.env,
            now: () => Date.now(),
            signals: process,
        });
        code = r.exitCode;
        if (r.reasonCode === 'E_WOULD_BLOCK') {
            err(`assay: E_WOULD_BLOCK: dry run: tool calls would have been denied`);
            err('Next: Review the would-block events, then adjust the policy or run without --dry-run');
        }
        else if (r.reasonCode === 'E_IO_ERROR') {
            err(`assay: E_IO_ERROR: a decision record could not be written`);
            err(`Next: ${(0,reason_codes/* fillNextStep */.lT)('E_IO_ERROR', { path: flags.auditLog ?? flags.decisionLog ?? flags.evidenceOut })}`);
        }
    }
    catch (e) {
        code = reportOwnFailure(e);
    }
    exitWhenDone(code);
}
/** The file this CLI runs from (a bin symlink resolved), which the evaluation worker runs again. */
function entryFile() {
    const p = process.argv[1] ?? '';
    try {
        return (0,external_node_fs_.realpathSync)(p);
    }
    catch {
        return p;
    }
}
async function serverAction(flags) {
    if (flags.evalWorker) {
        // Internal: this process is the evaluation worker thread of an mcp-server (never used by people).
        await runEvalWorker();
        return;
    }
    let code;
    try {
        if (flags.policy === undefined && flags.policyRoot === undefined) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'give --policy <file> and/or --policy-root <dir>');
        }
        code = await runMcpServer({
            ...(flags.policy !== undefined ? { policy: (0,paths/* fileRef */.M)(flags.policy) } : {}),
            ...(flags.policyRoot !== undefined ? { policyRoot: (0,paths/* fileRef */.M)(flags.policyRoot).path } : {}),
            env: process.env,
            stdin: process.stdin,
            stdout: process.stdout,
            stderr: err,
            workerEntry: entryFile(),
        });
    }
    catch (e) {
        code = reportOwnFailure(e);
    }
    exitWhenDone(code);
}
function register(program) {
    const mcp = program.command('mcp').description('MCP runtime enforcement').enablePositionalOptions().exitOverride();
    const wrap = mcp
        .command('wrap')
        .description('Run an MCP server behind a policy-enforcing stdio proxy: assay mcp wrap --policy P -- <command> [args…]')
        .argument('<command...>', 'the server command and its arguments (after --)');
    addDecisionOptions(wrap, 'mcp-wrap', 'policy file (any form the loader accepts; default: the project policy, e.g. policy.yaml from assay init)');
    wrap
        .option('--evidence-out <file>', 'write this session as an evidence bundle (.tar.gz) at exit')
        .option('--run-id <id>', 'run id of the evidence bundle')
        .option('--args-hmac-key-env <var>', 'HMAC argument digests with the key in env VAR (removed from the server env)')
        .option('--max-line-bytes <n>', 'client line cap in bytes (separately, any JSON string in a client line is capped at 1,048,576 code points)', String(WRAP_DEFAULTS.maxLineBytes))
        .option('--max-server-line-bytes <n>', 'server line cap in bytes (a longer reply is dropped and its request gets a -31998 server_line_too_long error)', String(WRAP_DEFAULTS.maxServerLineBytes))
        .option('--shutdown-grace-ms <n>', 'wait after client EOF before SIGTERM to the server process group (SIGKILL 2 s later)', String(WRAP_DEFAULTS.shutdownGraceMs))
        .option('--env-scrub', 'pass the environment through the scrub filter (drops secret-looking variables)')
        .option('--env-strict', 'pass only the safe base and --env-allow variables')
        .option('--env-strip-exec', 'drop exec-influence variables (LD_PRELOAD, NODE_OPTIONS, …)')
        .option('--env-allow <name...>', 'keep these variables (patterns: exact, P*, *S, *X*; repeatable or comma-separated)');
    addWatchOptions(wrap)
        .passThroughOptions()
        .exitOverride()
        .action(wrapAction);
    registerProxy(mcp, { err, reportOwnFailure, exitWhenDone, intFlag, choice, wrapPolicy });
    program
        .command('mcp-server')
        .description('Serve the policy engine as MCP tools over stdio (check_args, check_sequence, policy_decide, explain_trace, check_coverage)')
        .option('--policy <file>', 'default policy for calls that omit "policy"')
        .option('--policy-root <dir>', 'directory that jails the "policy" argument (default: the directory of --policy, else cwd)')
        .addOption(new esm/* Option */.c$('--eval-worker').hideHelp())
        .exitOverride()
        .action(serverAction);
}


/***/ }),

/***/ 1724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ discoverProject),
/* harmony export */   LG: () => (/* binding */ searchedText),
/* harmony export */   WG: () => (/* binding */ discoverTraces),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony exports CONFIG_NAMES, POLICY_NAME, CONFIG_ENV, repositoryRoot, searchDirs, findDefaultConfig, findDefaultTraces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4920);
// Where a command finds the project's config, policy and traces when the user names none. ONE module for
// every command (run, ci, validate, doctor, coverage, explain, mcp wrap), so they all find what
// `assay init` wrote. The rules are documented in docs/getting-started.md ("How commands find your files").




/** Eval-config names, in search order; a config that is itself a policy document is used as the policy. */
const CONFIG_NAMES = ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'];
/** The policy beside the config (what `assay init` writes). */
const POLICY_NAME = 'policy.yaml';
/** Environment variable naming the config file; it overrides the search. */
const CONFIG_ENV = 'ASSAY_CONFIG';
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** The repository root above `cwd` (the first directory holding `.git`), or undefined outside a repository. */
function repositoryRoot(cwd) {
    let d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, '.git')))
            return d;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d);
        if (up === d)
            return undefined;
        d = up;
    }
}
/**
 * The directories searched, nearest first: from `cwd` up to the repository root (inclusive). Outside a
 * repository only `cwd` itself: walking to `/` could pick up an unrelated file in a home directory.
 */
function searchDirs(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const root = repositoryRoot(start);
    if (root === undefined)
        return [start];
    const out = [];
    for (let d = start;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        out.push(d);
        if (d === root || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            break;
    }
    return out;
}
function policyKind(path) {
    try {
        return (0,_src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .detectKind */ .i_)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path) === 'policy';
    }
    catch {
        // Unreadable or not YAML: let the command's own loader report it with positions.
        return false;
    }
}
function around(dir, config, via) {
    const isPolicy = config !== undefined && policyKind(config);
    const besidePolicy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(config) : dir, POLICY_NAME);
    const policy = isPolicy ? config : isFile(besidePolicy) ? besidePolicy : undefined;
    return { dir, ...(config !== undefined ? { config } : {}), ...(policy !== undefined ? { policy } : {}), configIsPolicy: isPolicy, via };
}
/**
 * Find the project's files. `ASSAY_CONFIG` (resolved against `cwd`) wins and must exist; otherwise the
 * nearest directory (cwd up to the repository root) holding a config name or `policy.yaml`.
 * Undefined when nothing is found.
 */
function discoverProject(cwd, env = process.env) {
    const fromEnv = env[CONFIG_ENV];
    if (fromEnv !== undefined && fromEnv !== '') {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, fromEnv);
        if (!isFile(abs)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_MISSING_CONFIG', `${fromEnv}: config file not found (named by ${CONFIG_ENV})`, {
                source: 'config',
                context: { file: fromEnv },
                diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: `config file not found (named by ${CONFIG_ENV})`, file: fromEnv, source: 'config' }],
            });
        }
        return around((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), abs, 'env');
    }
    for (const dir of searchDirs(cwd)) {
        const name = CONFIG_NAMES.find((n) => isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n)));
        if (name !== undefined)
            return around(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'search');
        if (isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, POLICY_NAME)))
            return around(dir, undefined, 'search');
    }
    return undefined;
}
/** A path as the user typed it would be: relative to `cwd`, POSIX separators. */
function shownPath(abs, cwd) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd), abs);
    const p = r === '' ? '.' : r;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** What was searched, for "not found" messages. */
function searchedText(cwd) {
    const dirs = searchDirs(cwd);
    const names = [...CONFIG_NAMES, POLICY_NAME].join(', ');
    const where = dirs.length === 1 ? 'the working directory' : `${dirs.length} directories up to the repository root`;
    return `no ${names} in ${where}, and ${CONFIG_ENV} is not set`;
}
/** Back-compat: the config file name the search finds in `cwd` only (no walk). */
function findDefaultConfig(cwd) {
    return CONFIG_NAMES.find((f) => isFile(join(cwd, f)));
}
/** trace.jsonl, else traces/*.jsonl, else .assay/traces/*.jsonl (all matches, in name order). */
function findDefaultTraces(cwd) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, 'trace.jsonl')))
        return ['trace.jsonl'];
    for (const dir of ['traces', '.assay/traces']) {
        let names = [];
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, dir)).filter((n) => n.endsWith('.jsonl'));
        }
        catch {
            continue;
        }
        if (names.length)
            return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${dir}/${n}`);
    }
    return [];
}
/**
 * Default traces for a discovered project: searched in `cwd` first, then in the project directory when
 * that is another one. Returned as paths relative to `cwd`.
 */
function discoverTraces(cwd, project) {
    const here = findDefaultTraces(cwd);
    if (here.length || project === undefined || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(project.dir) === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd))
        return here;
    return findDefaultTraces(project.dir).map((t) => shownPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(project.dir, t), cwd));
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ Inventory),
/* harmony export */   x: () => (/* binding */ parseDeclaredTools)
/* harmony export */ });
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);
// The tool surface a policy constrains ("Inventory"): exact names from allow/deny, schemas,
// sequence rules, aliases and declared tools, plus each non-universal pattern as one item, covered when
// any seen tool matches it. Also the high-risk names: deny-listed or never_after-forbidden exact names.

class Inventory {
    items = new Map();
    highRisk = new Set();
    get list() {
        return [...this.items.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    }
    addName(name) {
        if (!this.items.has(name))
            this.items.set(name, { label: name, kind: 'name', test: (n) => n === name });
    }
    /** A pattern: exact → name; universal → nothing (it constrains no particular tool). */
    addPattern(pattern) {
        const p = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(pattern);
        if (p.kind === 'any')
            return;
        if (p.kind === 'exact')
            return this.addName(p.text);
        if (!this.items.has(pattern))
            this.items.set(pattern, { label: pattern, kind: 'pattern', test: (n) => p.test(n) });
    }
    selectorNames(p, sel) {
        if (sel.isAlias)
            return [...(p.aliases.get(sel.tool) ?? [])];
        const c = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(sel.tool);
        return c.kind === 'exact' ? [c.text] : [];
    }
    addSelector(p, sel) {
        if (sel.isAlias)
            for (const m of p.aliases.get(sel.tool) ?? [])
                this.addName(m);
        else
            this.addPattern(sel.tool);
    }
    addPolicy(p) {
        const t = p.tools;
        for (const e of t.allow?.entries ?? [])
            this.addPattern(e.pattern);
        for (const e of t.deny.entries) {
            this.addPattern(e.pattern);
            if (e.matcher.kind === 'exact')
                this.highRisk.add(e.matcher.text);
        }
        for (const k of p.schemas.keys())
            this.addName(k);
        for (const members of p.aliases.values())
            for (const m of members)
                this.addName(m);
        for (const r of p.sequences) {
            switch (r.kind) {
                case 'blocklist':
                    this.addPattern(`*${r.pattern}*`);
                    break;
                case 'require':
                case 'max_calls':
                case 'eventually':
                    this.addSelector(p, r.tool);
                    break;
                case 'before':
                    this.addSelector(p, r.first);
                    this.addSelector(p, r.then);
                    break;
                case 'never_after':
                    this.addSelector(p, r.trigger);
                    this.addSelector(p, r.forbidden);
                    for (const n of this.selectorNames(p, r.forbidden))
                        this.highRisk.add(n);
                    break;
                case 'after':
                    this.addSelector(p, r.trigger);
                    this.addSelector(p, r.then);
                    break;
                case 'sequence':
                    for (const s of r.tools)
                        this.addSelector(p, s);
                    break;
            }
        }
    }
}
/**
 * Declared tools from a file: a JSON array of names, an MCP `tools/list` result (`{"tools":[{"name"}]}`),
 * or text with one name per line (`#` comments).
 */
function parseDeclaredTools(text) {
    const t = text.replace(/^\uFEFF/, '').trim();
    if (t.startsWith('[') || t.startsWith('{')) {
        try {
            const v = JSON.parse(t);
            const list = Array.isArray(v) ? v : v.tools ?? v.result?.tools;
            if (Array.isArray(list)) {
                return list
                    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof x.name === 'string' ? x.name : ''))
                    .filter((x) => x !== '');
            }
        }
        catch {
            // not JSON: read as lines
        }
    }
    return t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
}


/***/ }),

/***/ 5758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export buildBundle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _verify_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9359);
/* harmony import */ var _event_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1944);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6313);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4140);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9590);
/* harmony import */ var _gzip_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1413);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2768);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5297);
// The bundle writer: same events in → identical archive bytes out. JCS members, fixed tar headers,
// fixed gzip header, pinned pure-JS deflate over the whole tar buffer in one call.











const enc = new TextEncoder();
/** Build the bundle in memory (steps 1–6 without the file write). Throws BundleError on a refusal. */
function buildBundle(input) {
    if (input.length === 0)
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('ContractInvalidEvent', 'Bundle is empty: at least one event required');
    // Stable sort by seq (Array#sort is stable).
    const sorted = [...input].sort((a, b) => a.assayseq - b.assayseq);
    const first = sorted[0];
    const runId = first.assayrunid;
    const checker = new _event_check_js__WEBPACK_IMPORTED_MODULE_4__/* .EventChecker */ .w({ runId, maxJsonDepth: _limits_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_LIMITS */ .dR.max_json_depth, hashChecks: true });
    const root = new _event_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRootHasher */ .lo();
    const lines = [];
    sorted.forEach((e, i) => {
        const time = typeof e.time === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeRfc3339 */ .tD)(e.time) : undefined;
        const ev = { ...e, ...(time !== undefined ? { time } : {}) };
        if (ev.assaycontenthash === undefined || ev.assaycontenthash === null)
            ev.assaycontenthash = (0,_event_js__WEBPACK_IMPORTED_MODULE_5__/* .contentHash */ .Ae)(e);
        let line;
        try {
            line = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalize */ .dw)(ev);
        }
        catch (err) {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('ContractInvalidJson', `event ${i}: ${err.message}`, { seq: i });
        }
        // The verifier's own per-line checks: the writer refuses exactly what verify would refuse.
        const checked = checker.check(line, i + 1);
        root.add(checked.contentHash);
        lines.push(line + '\n');
    });
    const events = lines.join('');
    const eventsBytes = enc.encode(events);
    const run_root = root.digest();
    const producer = {
        name: first.assayproducer,
        version: first.assayproducerversion,
        ...(first.assaygit !== 'unknown' ? { git: first.assaygit } : {}),
    };
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestText */ .$2)({
        bundle_id: run_root,
        producer,
        run_id: runId,
        event_count: sorted.length,
        run_root,
        events: { sha256: (0,_event_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Prefixed */ .rc)(eventsBytes), bytes: eventsBytes.length },
    });
    const tar = (0,_tar_js__WEBPACK_IMPORTED_MODULE_7__/* .tarStream */ .eu)([
        { name: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_MEMBER */ .dN, data: enc.encode(manifest) },
        { name: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .EVENTS_MEMBER */ .ny, data: eventsBytes },
    ]);
    return { archive: (0,_gzip_js__WEBPACK_IMPORTED_MODULE_8__/* .gzipDeterministic */ .Rs)(tar), tar, manifest, events, bundle_id: run_root, run_id: runId, event_count: sorted.length };
}
/** Write bytes atomically: a temp file in the target directory, fsync, rename into place. */
function writeFileAtomic(path, bytes) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', 0o644);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        }
        catch {
            // nothing to clean up
        }
        throw e;
    }
}
/** build, then write to `path` atomically (no partial bundle on failure). */
function writeBundle(path, input) {
    const b = buildBundle(input);
    writeFileAtomic(path, b.archive);
    return b;
}


/***/ }),

/***/ 7398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ filterEnv),
/* harmony export */   ir: () => (/* binding */ envBanner)
/* harmony export */ });
/* unused harmony export isExecInfluence */
// The environment filter of the runtime runners, shared by `mcp wrap` (opt-in) and `sandbox`.
// Only variable names are ever reported, never values.
/** Case-sensitive patterns: exact, `P*`, `*S`, `*X*`. */
function matcher(patterns) {
    const exact = new Set();
    const pre = [];
    const suf = [];
    const mid = [];
    for (const p of patterns) {
        const s = p.startsWith('*');
        const e = p.endsWith('*') && p.length > 1;
        if (s && e)
            mid.push(p.slice(1, -1));
        else if (e)
            pre.push(p.slice(0, -1));
        else if (s)
            suf.push(p.slice(1));
        else
            exact.add(p);
    }
    return (n) => exact.has(n) || pre.some((x) => n.startsWith(x)) || suf.some((x) => n.endsWith(x)) || mid.some((x) => n.includes(x));
}
const SAFE_BASE = matcher('PATH HOME USER SHELL LOGNAME LANG LC_* TERM COLORTERM CLICOLOR CLICOLOR_FORCE NO_COLOR FORCE_COLOR TMPDIR TMP TEMP XDG_* RUST_LOG RUST_BACKTRACE RUST_LIB_BACKTRACE CARGO_HOME CARGO_TARGET_DIR RUSTUP_HOME EDITOR VISUAL PAGER LESS LESSCHARSET TZ'.split(' '));
const SECRET = matcher(('*_TOKEN *_SECRET *_KEY *_PASSWORD *_CREDENTIAL* *_API_KEY *_APIKEY *_AUTH *_BEARER AWS_* OPENAI_* ANTHROPIC_* AZURE_* GCP_* GOOGLE_* ' +
    'DIGITALOCEAN_* LINODE_* VULTR_* CLOUDFLARE_* HEROKU_* VERCEL_* NETLIFY_* FLY_* GITHUB_* GITLAB_* BITBUCKET_* CI_* CIRCLE_* TRAVIS_* JENKINS_* ' +
    'BUILDKITE_* CODEBUILD_* DATABASE_URL *_DATABASE_URL *_CONNECTION_STRING *_CONN_STR REDIS_* MONGO_* MYSQL_* POSTGRES_* PGPASSWORD PGUSER ' +
    'SSH_* GPG_* VAULT_* KUBECONFIG DOCKER_* NPM_TOKEN NPM_AUTH_TOKEN YARN_* PIP_* PYPI_* CARGO_REGISTRY_TOKEN GEM_* NUGET_* *_PRIVATE_KEY ' +
    '*_SIGNING_KEY *_ENCRYPTION_KEY SLACK_* DISCORD_* TWILIO_* SENDGRID_* STRIPE_* SENTRY_* DATADOG_* NEWRELIC_* ACTIONS_* INPUT_* *_PAT').split(' '));
const EXEC_INFLUENCE = matcher((
// loader
'LD_PRELOAD LD_LIBRARY_PATH LD_AUDIT LD_DEBUG LD_DEBUG_OUTPUT LD_PROFILE LD_PROFILE_OUTPUT LD_BIND_NOW LD_BIND_NOT LD_DYNAMIC_WEAK ' +
    'LD_HWCAP_MASK LD_ORIGIN_PATH LD_ASSUME_KERNEL LD_POINTER_GUARD LD_PREFER_MAP_32BIT_EXEC LD_SHOW_AUXV LD_USE_LOAD_BIAS LD_VERBOSE LD_WARN DYLD_* ' +
    // python
    'PYTHONPATH PYTHONSTARTUP PYTHONHOME PYTHONUSERBASE PYTHONEXECUTABLE PYTHONWARNINGS PYTHONDONTWRITEBYTECODE PYTHONHASHSEED PYTHONINSPECT ' +
    'PYTHONIOENCODING PYTHONNOUSERSITE PYTHONOPTIMIZE PYTHONUNBUFFERED PYTHONVERBOSE PYTHONMALLOC PYTHONCOERCECLOCALE PYTHONDEVMODE ' +
    'PYTHONFAULTHANDLER PYTHONTRACEMALLOC PYTHONPROFILEIMPORTTIME PYTHONBREAKPOINT ' +
    // node
    'NODE_OPTIONS NODE_PATH NODE_EXTRA_CA_CERTS NODE_REDIRECT_WARNINGS NODE_DEBUG NODE_DEBUG_NATIVE NODE_PENDING_DEPRECATION ' +
    'NODE_PENDING_PIPE_INSTANCES NODE_PRESERVE_SYMLINKS NODE_PRESERVE_SYMLINKS_MAIN NODE_REPL_EXTERNAL_MODULE NODE_REPL_HISTORY ' +
    'NODE_TLS_REJECT_UNAUTHORIZED NODE_V8_COVERAGE ' +
    // ruby, perl, java
    'RUBYOPT RUBYLIB RUBYPATH RUBYSHELL RUBY_GC_* RUBY_THREAD_* PERL5LIB PERL5OPT PERLLIB PERL_MM_OPT PERL_MB_OPT JAVA_TOOL_OPTIONS _JAVA_OPTIONS ' +
    'JAVA_OPTIONS CLASSPATH JDK_JAVA_OPTIONS ' +
    // rust
    'RUSTC_WRAPPER RUSTDOC_WRAPPER RUSTC_WORKSPACE_WRAPPER RUSTFLAGS RUSTDOCFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_ENCODED_RUSTDOCFLAGS ' +
    'CARGO_BUILD_RUSTFLAGS CARGO_BUILD_RUSTDOCFLAGS ' +
    // C/C++ build
    'CC CXX CPP CFLAGS CXXFLAGS CPPFLAGS LDFLAGS LIBS AR AS LD NM OBJCOPY OBJDUMP RANLIB STRIP PKG_CONFIG PKG_CONFIG_PATH PKG_CONFIG_LIBDIR ' +
    'CMAKE_* MAKEFLAGS MFLAGS MAKELEVEL ' +
    // shell
    'BASH_ENV ENV ZDOTDIR CDPATH GLOBIGNORE BASH_XTRACEFD PS4 PROMPT_COMMAND FIGNORE HOSTFILE INPUTRC MAILPATH TIMEFORMAT SHELL EXECIGNORE IFS ' +
    // git, askpass
    'GIT_EXEC_PATH GIT_TEMPLATE_DIR GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_ASKPASS GIT_SSH GIT_SSH_COMMAND SSH_ASKPASS SUDO_ASKPASS ' +
    'GIT_EXTERNAL_DIFF GIT_DIFF_OPTS GIT_PAGER GIT_EDITOR GIT_SEQUENCE_EDITOR').split(' '));
function isExecInfluence(name) {
    return EXEC_INFLUENCE(name);
}
/** Filter `env` (first match wins per variable). Output lists are sorted by name. */
function filterEnv(env, o) {
    const allow = matcher(o.allow);
    const out = {};
    const passed = [];
    const dropped = [];
    const execStripped = [];
    const execAllowed = [];
    for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined)
            continue;
        const exec = EXEC_INFLUENCE(name);
        let keep;
        if (o.mode === 'passthrough')
            keep = !(exec && o.stripExec);
        else if (allow(name))
            keep = true;
        else if (exec && (o.mode === 'strict' || o.stripExec))
            keep = false;
        else if (SAFE_BASE(name))
            keep = true;
        else if (o.mode === 'strict')
            keep = false;
        else
            keep = !SECRET(name);
        if (keep) {
            out[name] = value;
            passed.push(name);
            if (exec)
                execAllowed.push(name);
        }
        else {
            dropped.push(name);
            if (exec)
                execStripped.push(name);
        }
    }
    if (o.mode === 'strict' && out.PATH !== undefined) {
        // Relative PATH entries would resolve against the child's cwd.
        out.PATH = out.PATH.split(':')
            .filter((p) => p.startsWith('/'))
            .join(':');
    }
    return { env: out, passed, dropped, execStripped, execAllowed };
}
/** The one-line banner. */
function envBanner(mode, r) {
    const counts = `(${r.passed.length} passed, ${r.dropped.length} removed)`;
    const head = mode === 'scrub' ? `Env: scrubbed ${counts}` : mode === 'strict' ? `Env: strict ${counts}` : `Env: ⚠ passthrough ${counts}, DANGER`;
    const tail = r.execAllowed.length > 0 ? `, ⚠ exec-influence ALLOWED: ${r.execAllowed.join(', ')}` : `, exec-influence stripped: ${r.execStripped.length}`;
    return head + tail;
}


/***/ }),

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ry: () => (/* binding */ decisionEvidenceEvents),
/* harmony export */   vo: () => (/* binding */ writeDecisionEvidence),
/* harmony export */   zi: () => (/* binding */ readDecisionLog)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5758);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
// Evidence export of one wrap session's decisions: the decision log (or its in-memory copy) →
// bundle events → the one evidence writer. The same log gives the same archive bytes.



const PHASE = 'urn:assay:phase:profile';
function sessionOf(e) {
    const s = e.data.session_id;
    return typeof s === 'string' ? s : undefined;
}
/** Map one session's recorded events to bundle events (seq from 0). Throws when the session has no events. */
function decisionEvidenceEvents(all, o) {
    let sessionId = o.sessionId;
    if (sessionId === undefined) {
        for (let i = all.length - 1; i >= 0 && sessionId === undefined; i--)
            sessionId = sessionOf(all[i]);
    }
    if (sessionId === undefined)
        throw new Error('the decision log holds no session');
    const mine = all.filter((e) => sessionOf(e) === sessionId);
    if (mine.length === 0)
        throw new Error('session not found in the decision log');
    const start = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'start');
    const end = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'end');
    const body = mine.filter((e) => e.type === 'assay.tool.decision' || e.type === 'assay.session.finding');
    const decisions = body.filter((e) => e.type === 'assay.tool.decision');
    const serverId = String((start ?? end ?? decisions[0])?.data.server_id ?? 'unknown');
    const firstTime = (start ?? mine[0]).time;
    // A crashed session (no end line) ends at its last decision and is marked partial.
    const lastTime = end ? end.time : (body.length > 0 ? body[body.length - 1] : mine[mine.length - 1]).time;
    const counters = (end?.data.counters ?? null);
    const count = (k, fallback) => (counters && typeof counters[k] === 'number' ? counters[k] : fallback);
    const runId = o.runId ?? `mcp_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sessionId, 'utf8').digest('hex').slice(0, 16)}`;
    const out = [];
    const push = (type, time, subject, data) => {
        const seq = out.length;
        out.push({
            specversion: '1.0',
            type,
            source: o.source,
            id: `${runId}:${seq}`,
            time,
            datacontenttype: 'application/json',
            subject,
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: o.producerVersion ?? _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x,
            assaygit: o.git ?? 'unknown',
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', firstTime, PHASE, { profile_name: serverId, profile_version: 'mcp-wrap/1', total_runs_aggregated: 1 });
    for (const e of body)
        push(e.type, e.time, e.subject ?? '', e.data);
    push('assay.profile.finished', lastTime, PHASE, {
        files_count: 0,
        network_count: 0,
        processes_count: 0,
        sandbox_degradation_count: 0,
        integrity_scope: end ? 'mcp-tool-decisions' : 'mcp-tool-decisions-partial',
        tool_calls: count('tool_calls', decisions.length),
        denied: count('denied', decisions.filter((d) => d.data.decision === 'deny').length),
        would_deny: count('would_deny', decisions.filter((d) => d.data.would_deny === true).length),
        refused: count('refused', 0),
    });
    return out;
}
/** Parse a decision log (NDJSON CloudEvents written by wrap) back into recorded events; other lines are skipped. */
function readDecisionLog(text) {
    const events = [];
    let source;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            continue;
        const o = v;
        if (o.type !== 'assay.mcp.session' && o.type !== 'assay.tool.decision' && o.type !== 'assay.session.finding')
            continue;
        if (typeof o.time !== 'string' || o.data === null || typeof o.data !== 'object')
            continue;
        if (typeof o.source === 'string')
            source ??= o.source;
        const ev = { type: o.type, time: o.time, data: o.data };
        if (typeof o.subject === 'string')
            ev.subject = o.subject;
        events.push(ev);
    }
    return { events, source };
}
/** `--evidence-out`: write this session's decisions as a bundle (atomic). */
function writeDecisionEvidence(path, events, o) {
    (0,_core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBundle */ .Mf)(path, decisionEvidenceEvents(events, o));
}


/***/ })

};
