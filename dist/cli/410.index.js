export const id = 410;
export const ids = [410];
export const modules = {

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ BadLine),
/* harmony export */   Bf: () => (/* binding */ NOTHING_USABLE),
/* harmony export */   Fs: () => (/* binding */ LINE_TOO_LONG),
/* harmony export */   O1: () => (/* binding */ notAnObject),
/* harmony export */   ON: () => (/* binding */ contentBlockHint),
/* harmony export */   U8: () => (/* binding */ invalidJson),
/* harmony export */   dx: () => (/* binding */ CR_ONLY),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   uk: () => (/* binding */ jsonTypeName),
/* harmony export */   y5: () => (/* binding */ INVALID_UTF8)
/* harmony export */ });
/* unused harmony export snippet */
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4701);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1578);
// Bad-line messages. The message is what follows `<file>:<line>:<col>: <level> <CODE>: `.


/** Thrown inside line handling for a bad line; caught by the assembler (never escapes the trace module). */
class BadLine {
    message;
    col;
    constructor(message, col = 1) {
        this.message = message;
        this.col = col;
    }
}
const LINE_TOO_LONG = 'line exceeds 16 MiB';
const INVALID_UTF8 = 'line is not valid UTF-8';
const NOTHING_USABLE = 'record has no prompt, response or tool call';
/** Lines end at LF only (a CR before the LF is dropped), as in the reference; a CR elsewhere ends nothing. */
const CR_ONLY = 'CR-only line ends: a CR (\\r) not followed by LF does not end a line; convert the file to LF or CRLF line ends';
/** Offset of the first CR that is not the line's last character, or -1 (JSON allows CR as whitespace, so
 *  this is asked only once the line failed to parse). */
function bareCr(text) {
    const i = text.indexOf('\r');
    return i >= 0 && i < text.length - 1 ? i : -1;
}
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function notAnObject(v) {
    return new BadLine(`expected a JSON object, found ${jsonTypeName(v)}`);
}
/** First `n` code points, control characters escaped so the message stays on one line. */
function snippet(text, n = 50) {
    let out = '';
    let count = 0;
    for (const ch of text) {
        if (count++ >= n)
            break;
        const c = ch.charCodeAt(0);
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    }
    return out;
}
/** `invalid JSON: <parser message>; content: "<first 50 chars>"`, col = parser error offset + 1 when known. */
function invalidJson(text, err) {
    const cr = bareCr(text);
    if (cr >= 0)
        return new BadLine(CR_ONLY, (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointsInString */ .zx)(text, cr) + 1);
    const parserMessage = err instanceof Error ? err.message : String(err);
    const m = /at position (\d+)/.exec(parserMessage);
    // V8 omits the position for "Unexpected token" errors; our scanner finds the same offset.
    const offset = m ? Number(m[1]) : (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonErrorOffset */ .O)(text);
    const col = offset === undefined ? 1 : (0,_utf8_js__WEBPACK_IMPORTED_MODULE_0__/* .codePointsInString */ .zx)(text, Math.min(offset, text.length)) + 1;
    const shown = text.endsWith('\r') ? text.slice(0, -1) : text;
    return new BadLine(`invalid JSON: ${parserMessage}; content: "${snippet(shown)}"`, col);
}
/** Quoted value for messages, shortened to `max` code points so a 10 kB prompt does not flood the output. */
function quote(s, max = 80) {
    const short = snippet(s, max);
    // Compare in code points: the snippet may have grown by escapes, so count what was taken from s instead.
    let taken = 0;
    let i = 0;
    for (; i < s.length && taken < max; taken++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i < s.length ? `"${short}…"` : `"${short}"`;
}
/** Content blocks of a chat API message (Anthropic `tool_use`, `text`, …) are parts of a message, not trace
 *  records: they carry no episode or prompt to bind. They are ignored like any unknown type, with this hint. */
const CONTENT_BLOCK_TYPES = new Set(['tool_use', 'text', 'thinking', 'image']);
function contentBlockHint(type) {
    if (!CONTENT_BLOCK_TYPES.has(type))
        return undefined;
    return `: a "${type}" line is a chat message content block, not a trace record; write tool calls as {"tool": …, "args": …} lines or V2 events`;
}


/***/ }),

/***/ 3082:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SP: () => (/* binding */ isCallListPath),
/* harmony export */   aH: () => (/* binding */ documentError),
/* harmony export */   bi: () => (/* binding */ MAX_DOCUMENT_BYTES),
/* harmony export */   dQ: () => (/* binding */ readCallList)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7253);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8824);
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4701);
/* harmony import */ var _open_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3580);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1578);
// Call-list documents: a `.json` file (not .jsonl/.ndjson) holding one list of calls — an array,
// an object with a `tools`, `tool_calls` or `calls` array, or `{"spans":[{name, attributes?}]}`. The whole
// document is one entry; each call's position is the line of its opening brace.








/** Import documents are capped at 256 MiB; call lists are read whole, so the same cap applies. */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const LIST_KEYS = ['tools', 'tool_calls', 'calls'];
function isCallListPath(path) {
    return /\.json$/i.test(path);
}
/** A whole-document trace error (E_TRACE_INVALID) at a position, for call lists and OTLP documents. */
function documentError(file, message, line, col) {
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    if (line !== undefined) {
        d.line = line;
        d.col = col ?? 1;
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, line, col: line === undefined ? undefined : (col ?? 1) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
async function readWhole(path, display) {
    const fh = await (0,_open_file_js__WEBPACK_IMPORTED_MODULE_5__/* .openTraceFile */ .U)(path, display);
    try {
        if ((await fh.stat()).size > MAX_DOCUMENT_BYTES)
            throw documentError(display, 'document exceeds 256 MiB');
        const buf = await fh.readFile();
        if (buf.length > MAX_DOCUMENT_BYTES)
            throw documentError(display, 'document exceeds 256 MiB');
        return buf;
    }
    catch (e) {
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz ? e : (0,_open_file_js__WEBPACK_IMPORTED_MODULE_5__/* .cannotOpen */ .a)(display, e);
    }
    finally {
        await fh.close();
    }
}
async function readCallList(path, display, asm) {
    const buf = await readWhole(path, display);
    if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(buf)) {
        const off = Math.max(0, (0,_utf8_js__WEBPACK_IMPORTED_MODULE_6__/* .firstInvalidUtf8 */ .vE)(buf));
        const before = buf.toString('utf8', 0, off);
        const { line, col } = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .offsetToLineCol */ .jl)(before, before.length);
        throw documentError(display, 'document is not valid UTF-8', line, col);
    }
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : ((0,_json_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .jsonErrorOffset */ .O)(text) ?? 0);
        const { line, col } = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .offsetToLineCol */ .jl)(text, off);
        throw documentError(display, `invalid JSON: ${msg}`, line, col);
    }
    let items;
    let key = null;
    let spans = false;
    if (Array.isArray(doc)) {
        items = doc;
    }
    else if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(doc)) {
        for (const k of LIST_KEYS) {
            const v = doc[k];
            if (Array.isArray(v)) {
                items = v;
                key = k;
                break;
            }
        }
        if (items === undefined && Array.isArray(doc.spans)) {
            items = doc.spans;
            key = 'spans';
            spans = true;
        }
    }
    if (items === undefined) {
        throw documentError(display, `call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found ${(0,_fields_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .Gv)(doc) ? 'an object without one' : (0,_bad_line_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonTypeName */ .uk)(doc)}`);
    }
    const lines = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .offsetsToLines */ .fR)(text, (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_7__/* .arrayElementOffsets */ ._j)(text, key));
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path).replace(/\.json$/i, '');
    asm.beginFile(display);
    asm.callList(stem, items, lines, key ?? '', spans);
    asm.endFile();
}


/***/ }),

/***/ 8824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ optString),
/* harmony export */   As: () => (/* binding */ optTimestamp),
/* harmony export */   C8: () => (/* binding */ renderResult),
/* harmony export */   Cn: () => (/* binding */ optIndex),
/* harmony export */   E1: () => (/* binding */ mistyped),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IT: () => (/* binding */ firstPresent),
/* harmony export */   OF: () => (/* binding */ reqString),
/* harmony export */   Z7: () => (/* binding */ optId),
/* harmony export */   hp: () => (/* binding */ optArray),
/* harmony export */   lm: () => (/* binding */ reqTimestamp)
/* harmony export */ });
/* unused harmony exports missing, TIMESTAMP_TOO_LARGE */
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
// Typed field access for trace lines: each helper returns the value or throws BadLine with the wording
// `<shape>: "<field>" must be …`. Null counts as absent for optional fields.

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function missing(shape, key) {
    return new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${shape}: missing required field "${key}"`);
}
function mistyped(shape, key, what) {
    return new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${shape}: "${key}" must be ${what}`);
}
function reqString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'a string');
}
function optString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a string');
}
/** Timestamps are integer milliseconds within ±(2^53−1): a larger one was already rounded by JSON.parse, so it
 *  is refused rather than used with silently lost precision (docs/traces.md "Timestamps"). */
function reqTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw badTimestamp(shape, key, v);
}
function optTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw badTimestamp(shape, key, v);
}
const TIMESTAMP_TOO_LARGE = 'an integer (milliseconds) within ±(2^53−1): larger values lose precision';
function badTimestamp(shape, key, v) {
    const tooLarge = typeof v === 'number' && Number.isInteger(v);
    return mistyped(shape, key, tooLarge ? TIMESTAMP_TOO_LARGE : 'an integer (milliseconds)');
}
function optIndex(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a non-negative integer');
}
function optArray(o, key, shape) {
    const v = o[key];
    if (Array.isArray(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an array');
}
/** Call ids: strings; integers are accepted and written in decimal (SDKs use both). */
function optId(o, keys, shape) {
    for (const key of keys) {
        const v = o[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return String(v);
        throw mistyped(shape, key, 'a string');
    }
    return undefined;
}
/** The first alias present (not undefined/null) as [key, value]. */
function firstPresent(o, keys) {
    for (const key of keys) {
        const v = o[key];
        if (v !== undefined && v !== null)
            return [key, v];
    }
    return undefined;
}
/** Result text from a non-string value: strings as is, other JSON compact-serialised. */
function renderResult(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}


/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ jsonErrorOffset),
/* harmony export */   _j: () => (/* binding */ arrayElementOffsets),
/* harmony export */   fR: () => (/* binding */ offsetsToLines),
/* harmony export */   jl: () => (/* binding */ offsetToLineCol)
/* harmony export */ });
// A small JSON (RFC 8259) syntax scanner for the slow paths JSON.parse cannot serve:
// the offset of a syntax error when V8's message carries none, and source offsets of array elements
// in call-list documents. It never builds values.
class ScanError {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length && isWs(t.charCodeAt(this.pos)))
            this.pos++;
    }
    peek() {
        return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
    }
    fail(at = this.pos) {
        throw new ScanError(at);
    }
    value() {
        const c = this.peek();
        if (c === 0x7b)
            this.object(undefined);
        else if (c === 0x5b)
            this.array(undefined);
        else if (c === 0x22)
            this.string();
        else if (c === 0x2d || isDigit(c))
            this.number();
        else if (c === 0x74)
            this.literal('true');
        else if (c === 0x66)
            this.literal('false');
        else if (c === 0x6e)
            this.literal('null');
        else
            this.fail();
    }
    literal(word) {
        for (let i = 0; i < word.length; i++) {
            if (this.text.charCodeAt(this.pos) !== word.charCodeAt(i))
                this.fail();
            this.pos++;
        }
    }
    number() {
        if (this.peek() === 0x2d)
            this.pos++;
        const c = this.peek();
        if (c === 0x30)
            this.pos++;
        else if (isDigit(c))
            while (isDigit(this.peek()))
                this.pos++;
        else
            this.fail();
        if (this.peek() === 0x2e) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
        const e = this.peek();
        if (e === 0x65 || e === 0x45) {
            this.pos++;
            const s = this.peek();
            if (s === 0x2b || s === 0x2d)
                this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
    }
    /** Scans a string starting at its opening quote; returns the raw slice including quotes. */
    string() {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        for (;;) {
            if (this.pos >= t.length)
                this.fail();
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                this.pos++;
                return t.slice(start, this.pos);
            }
            if (c < 0x20)
                this.fail();
            if (c === 0x5c) {
                this.pos++;
                const e = this.peek();
                if (e === 0x75) {
                    for (let k = 1; k <= 4; k++) {
                        const h = t.charCodeAt(this.pos + k);
                        const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
                        if (!hex)
                            this.fail(Math.min(this.pos + k, t.length));
                    }
                    this.pos += 5;
                }
                else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                    this.pos++;
                }
                else {
                    this.fail();
                }
                continue;
            }
            this.pos++;
        }
    }
    /** onMember(key, valueStart) is called before each member value is scanned; it may scan the value itself (return true). */
    object(onMember) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x7d) {
            this.pos++;
            return;
        }
        for (;;) {
            if (this.peek() !== 0x22)
                this.fail();
            const rawKey = this.string();
            this.ws();
            if (this.peek() !== 0x3a)
                this.fail();
            this.pos++;
            this.ws();
            if (!(onMember?.(JSON.parse(rawKey), this) ?? false))
                this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    array(onElement) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x5d) {
            this.pos++;
            return;
        }
        for (;;) {
            onElement?.(this.pos);
            this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    document() {
        this.ws();
        this.value();
        this.ws();
        if (this.pos < this.text.length)
            this.fail();
    }
}
/** UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
function jsonErrorOffset(text) {
    const s = new Scanner(text);
    try {
        s.document();
        return undefined;
    }
    catch (e) {
        if (e instanceof ScanError)
            return e.offset;
        throw e;
    }
}
/**
 * Offsets of the elements of an array in a valid JSON document: the root array (`memberKey` null) or the
 * root object's member `memberKey` (the last such member, as JSON.parse keeps the last duplicate key).
 */
function arrayElementOffsets(text, memberKey) {
    const s = new Scanner(text);
    let found = [];
    s.ws();
    if (memberKey === null) {
        if (s.peek() === 0x5b)
            s.array((o) => found.push(o));
        return found;
    }
    if (s.peek() !== 0x7b)
        return found;
    s.object((key, sc) => {
        if (key !== memberKey || sc.peek() !== 0x5b)
            return false;
        const offsets = [];
        sc.array((o) => offsets.push(o));
        found = offsets;
        return true;
    });
    return found;
}
/** 1-based line and code-point column of a UTF-16 offset. */
function offsetToLineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    let col = 1;
    for (let i = lineStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
            const p = text.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        col++;
    }
    return { line, col };
}
/** 1-based lines of sorted offsets, in one pass. */
function offsetsToLines(text, sortedOffsets) {
    const lines = [];
    let line = 1;
    let i = 0;
    for (const off of sortedOffsets) {
        for (; i < off && i < text.length; i++)
            if (text.charCodeAt(i) === 0x0a)
                line++;
        lines.push(line);
    }
    return lines;
}


/***/ }),

/***/ 8547:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ CALL_LIST_NAME_KEYS),
/* harmony export */   G7: () => (/* binding */ CALL_LIST_ARG_KEYS),
/* harmony export */   KY: () => (/* binding */ normalizeEntryCall),
/* harmony export */   S4: () => (/* binding */ ENTRY_NAME_KEYS),
/* harmony export */   _Q: () => (/* binding */ parseFunctionArguments),
/* harmony export */   oj: () => (/* binding */ ARG_KEYS),
/* harmony export */   p1: () => (/* binding */ makeCall),
/* harmony export */   sb: () => (/* binding */ PLAIN_NAME_KEYS),
/* harmony export */   zz: () => (/* binding */ pickArgs)
/* harmony export */ });
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8824);
// The canonical tool-call record and the normalisation of `tool_calls[]` entries, including the
// OpenAI shape `{id, type:"function", function:{name, arguments}}`.


/** One constructor for every call so all ToolCall objects share a hidden class. */
function makeCall(id, tool_name, args, result, error, index, ts_ms, file, line) {
    return { id, tool_name, args, result, error, index, ts_ms, pos: { file, line } };
}
const ENTRY_NAME_KEYS = ['tool_name', 'tool', 'name'];
const PLAIN_NAME_KEYS = ['tool', 'tool_name', 'name'];
const CALL_LIST_NAME_KEYS = ['tool', 'name', 'tool_name'];
const ARG_KEYS = ['args', 'arguments', 'params', 'parameters', 'input'];
const CALL_LIST_ARG_KEYS = ['args', 'arguments', 'params', 'parameters'];
const ID_KEYS = ['id', 'tool_call_id'];
const TS_KEYS = ['ts_ms', 'timestamp'];
/** First alias that is present (not undefined) wins; none → `{}`. */
function pickArgs(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined)
            return v;
    }
    return {};
}
/** OpenAI `function.arguments` is a JSON string; unparsable → `{"_raw": "<string>"}`. */
function parseFunctionArguments(v) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return { _raw: v };
    }
}
/** Normalises one `tool_calls[]` entry; throws BadLine when it is unusable. */
function normalizeEntryCall(raw, c) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(raw))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${c.where} must be an object`);
    let name;
    let args;
    const fn = raw.function;
    if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(fn)) {
        name = fn.name;
        args = parseFunctionArguments(fn.arguments);
    }
    else {
        name = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .firstPresent */ .IT)(raw, c.nameKeys)?.[1];
        args = pickArgs(raw, c.argKeys);
    }
    if (typeof name !== 'string' || name === '')
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${c.where} has no tool name`);
    const id = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optId */ .Z7)(raw, ID_KEYS, c.where) ?? c.defaultId;
    const index = c.honourIndex ? ((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optIndex */ .Cn)(raw, 'index', c.where) ?? c.index) : c.index;
    let ts = c.defaultTs;
    for (const k of TS_KEYS) {
        const t = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .optTimestamp */ .As)(raw, k, c.where);
        if (t !== undefined) {
            ts = t;
            break;
        }
    }
    return makeCall(id, name, args, raw.result ?? null, raw.error ?? null, index, ts, c.file, c.line);
}


/***/ }),

/***/ 3580:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ openTraceFile),
/* harmony export */   a: () => (/* binding */ cannotOpen)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
// Opening trace files: a missing, unreadable or directory path → E_TRACE_NOT_FOUND.


/** `ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or directory` (the path is named already). */
function osErrorText(err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /^(E[A-Z0-9]+: [^,]*), \w+ '.*'$/s.exec(msg);
    return m?.[1] ?? msg;
}
function cannotOpen(display, err) {
    const reason = `cannot open trace file: ${osErrorText(err)}`;
    const d = { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: reason, source: 'trace', file: display };
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('E_TRACE_NOT_FOUND', `${display}: ${reason}`, {
        source: 'trace',
        context: { file: display },
        nextStepValues: { 'trace.jsonl': display },
        diagnostics: [d],
    });
}
/** Opens a regular (or special, e.g. FIFO) file for reading; directories and open errors → E_TRACE_NOT_FOUND. */
async function openTraceFile(path, display) {
    let fh;
    try {
        fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
    }
    catch (e) {
        throw cannotOpen(display, e);
    }
    try {
        if ((await fh.stat()).isDirectory())
            throw cannotOpen(display, 'EISDIR: illegal operation on a directory');
    }
    catch (e) {
        await fh.close();
        throw e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz ? e : cannotOpen(display, e);
    }
    return fh;
}


/***/ }),

/***/ 4489:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eo: () => (/* binding */ parseOtlpDocument),
/* harmony export */   PK: () => (/* binding */ checkDocumentSize),
/* harmony export */   pO: () => (/* binding */ isOtlpDocumentStart),
/* harmony export */   rW: () => (/* binding */ startsAsOtlp)
/* harmony export */ });
/* harmony import */ var _call_list_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3082);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8824);
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4701);
/* harmony import */ var _open_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3580);
// Whole-file OTLP JSON documents (a saved export request, usually pretty-printed over many lines) versus
// OTLP JSON lines (the collector's file exporter: one export request per line). Both start with
// `{"resourceSpans":`; a file is a document when its first line is not JSON on its own (docs/otel.md).




const OTLP_HEAD = /^(?:\uFEFF)?[ \t\r\n]*\{[ \t\r\n]*"resourceSpans"[ \t\r\n]*:/;
const HEAD_BYTES = 256;
function headMatches(head) {
    return OTLP_HEAD.test(head.toString('utf8', 0, Math.min(head.length, HEAD_BYTES)));
}
/** True when a file's first chunk is the start of a multi-line OTLP document (not OTLP JSON lines). */
function isOtlpDocumentStart(head) {
    if (!headMatches(head))
        return false;
    const nl = head.indexOf(10);
    // No line end in the first chunk: read whole; a failed parse then falls back to lines.
    if (nl === -1)
        return true;
    try {
        JSON.parse(head.toString('utf8', 0, nl));
        return false;
    }
    catch {
        return true;
    }
}
/** Whether a `.json` file starts like OTLP JSON (then it is read as OTLP, never as a call list). */
async function startsAsOtlp(path, display) {
    const fh = await (0,_open_file_js__WEBPACK_IMPORTED_MODULE_2__/* .openTraceFile */ .U)(path, display);
    try {
        const buf = Buffer.alloc(HEAD_BYTES);
        const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
        return headMatches(buf.subarray(0, bytesRead));
    }
    catch (e) {
        throw (0,_open_file_js__WEBPACK_IMPORTED_MODULE_2__/* .cannotOpen */ .a)(display, e);
    }
    finally {
        await fh.close();
    }
}
function checkDocumentSize(bytes, display) {
    if (bytes > _call_list_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_DOCUMENT_BYTES */ .bi)
        throw (0,_call_list_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(display, 'OTLP document exceeds 256 MiB');
}
/**
 * Parses a whole file as one OTLP document. Returns undefined when it is not one JSON value and
 * `fallBackToLines` is set (the caller then reads it as lines); else a parse failure is fatal with its line.
 */
function parseOtlpDocument(text, display, fallBackToLines) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        if (fallBackToLines)
            return undefined;
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : ((0,_json_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .jsonErrorOffset */ .O)(text) ?? 0);
        const { line, col } = (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_3__/* .offsetToLineCol */ .jl)(text, off);
        throw (0,_call_list_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(display, `invalid JSON in OTLP document: ${msg}`, line, col);
    }
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(doc))
        throw (0,_call_list_js__WEBPACK_IMPORTED_MODULE_0__/* .documentError */ .aH)(display, 'OTLP document must be an object with "resourceSpans"', 1, 1);
    let lines;
    const lineOfSpan = (spanId) => {
        if (lines === undefined) {
            lines = new Map();
            const re = /"spanId"\s*:\s*"([^"\\]*)"/g;
            let line = 1;
            let pos = 0;
            for (let m = re.exec(text); m !== null; m = re.exec(text)) {
                for (let i = text.indexOf('\n', pos); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1))
                    line++;
                pos = m.index;
                if (!lines.has(m[1]))
                    lines.set(m[1], line);
            }
        }
        return lines.get(spanId) ?? 1;
    };
    return { doc, lineOfSpan };
}


/***/ }),

/***/ 7574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ nsToMs),
/* harmony export */   q: () => (/* binding */ OtelCollector)
/* harmony export */ });
/* harmony import */ var _otel_genai_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6722);
/* harmony import */ var _otel_spans_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4571);
// Spans of one file → one episode per trace id (docs/otel.md). Exporters write a span when it ENDS, so
// children come before their parents and one trace may be spread over several lines: spans are collected
// for the whole file and ordered by start time (a parent before a child that starts with it).
// The trace's agent/chat spans give the episode's prompt, text and model; every `execute_tool` span is one
// tool call, except one nested in an `execute_tool` span of the same tool (an MCP client span around its
// server span, a framework span around an MCP span), which is the same call seen twice.


const NS_PER_MS = 1000000n;
function nsToMs(ns) {
    return Number(ns / NS_PER_MS);
}
function byStart(a, b) {
    if (a.startNs !== b.startNs)
        return a.startNs < b.startNs ? -1 : 1;
    if (a.endNs !== b.endNs)
        return a.endNs > b.endNs ? -1 : 1; // the enclosing span first
    return a.order - b.order;
}
class OtelCollector {
    traces = new Map();
    /** `traceId spanId` → parent span id, for every span (GenAI or not): nesting goes through other spans. */
    parents = new Map();
    order = 0;
    /** Next read-order number, for spans being read. */
    nextOrder() {
        return this.order;
    }
    /** Adds one line's spans; returns how many of them are GenAI spans (0 → the line is ignored). */
    add(spans) {
        let genAi = 0;
        for (const s of spans) {
            this.order = Math.max(this.order, s.order + 1);
            if (s.parentSpanId !== undefined)
                this.parents.set(`${s.traceId} ${s.spanId}`, s.parentSpanId);
            if (!(0,_otel_spans_js__WEBPACK_IMPORTED_MODULE_1__/* .isGenAiSpan */ .t1)(s))
                continue;
            genAi++;
            let t = this.traces.get(s.traceId);
            if (t === undefined) {
                t = { firstLine: s.line, spans: [] };
                this.traces.set(s.traceId, t);
            }
            t.spans.push(s);
        }
        return genAi;
    }
    get size() {
        return this.traces.size;
    }
    /** Episodes in order of their first line. */
    finish() {
        const out = [];
        for (const [traceId, t] of this.traces)
            out.push(this.episode(traceId, t));
        return out;
    }
    /** The outermost enclosing `execute_tool` span of the same tool, if any. */
    outerTool(s, tools) {
        let found;
        let id = s.parentSpanId;
        const name = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolName */ .Uf)(s);
        // Bounded walk: a malformed file may hold a parent cycle.
        for (let hops = 0; id !== undefined && hops <= this.parents.size; hops++) {
            const p = tools.get(id);
            if (p !== undefined && (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolName */ .Uf)(p) === name)
                found = p;
            id = this.parents.get(`${s.traceId} ${id}`);
        }
        return found;
    }
    episode(traceId, t) {
        const spans = [...t.spans].sort(byStart);
        const tools = new Map();
        for (const s of spans)
            if ((0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .isToolSpan */ .rC)(s))
                tools.set(s.spanId, s);
        let prompt;
        let text;
        let model;
        let conversation;
        let agent;
        const calls = [];
        const callOf = new Map();
        const kept = [];
        let endNs = spans[0].endNs;
        for (const s of spans) {
            if (s.endNs > endNs)
                endNs = s.endNs;
            conversation ??= str(s.attrs['gen_ai.conversation.id']);
            agent ??= str(s.attrs['gen_ai.agent.name']);
            if ((0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .isToolSpan */ .rC)(s)) {
                const outer = this.outerTool(s, tools);
                if (outer !== undefined) {
                    // The same call seen twice: the outer span keeps its values, the inner one fills what it lacks.
                    const c = callOf.get(outer);
                    if (c.args === undefined)
                        c.args = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolArgs */ .Y2)(s);
                    if (c.result === undefined)
                        c.result = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolResult */ .G$)(s);
                    if (c.error === null)
                        c.error = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolError */ .$4)(s) ?? null;
                    continue;
                }
                const call = {
                    id: (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolCallId */ ._p)(s),
                    tool_name: (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolName */ .Uf)(s),
                    args: (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolArgs */ .Y2)(s),
                    result: (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolResult */ .G$)(s),
                    error: (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .toolError */ .$4)(s) ?? null,
                    ts_ms: nsToMs(s.startNs),
                    line: s.line,
                    span: s,
                };
                callOf.set(s, call);
                calls.push(call);
                kept.push(s);
                continue;
            }
            kept.push(s);
            prompt ??= (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .spanPrompt */ .F1)(s);
            text = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .spanCompletion */ .Vl)(s) ?? text;
            model = (0,_otel_genai_js__WEBPACK_IMPORTED_MODULE_0__/* .spanModel */ .sG)(s) ?? model;
        }
        for (const c of calls) {
            // Arguments are opt-in content in the conventions: a call recorded without them has `{}`.
            c.args ??= {};
            c.result ??= null;
        }
        const meta = { source: 'otel', trace_id: traceId };
        if (conversation !== undefined)
            meta.conversation_id = conversation;
        if (agent !== undefined)
            meta.agent_name = agent;
        return {
            traceId,
            prompt,
            text,
            model,
            meta,
            calls,
            spans: kept,
            firstLine: t.firstLine,
            startMs: nsToMs(spans[0].startNs),
            endMs: nsToMs(endNs),
        };
    }
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}


/***/ }),

/***/ 6722:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $4: () => (/* binding */ toolError),
/* harmony export */   F1: () => (/* binding */ spanPrompt),
/* harmony export */   G$: () => (/* binding */ toolResult),
/* harmony export */   MQ: () => (/* binding */ operation),
/* harmony export */   Uf: () => (/* binding */ toolName),
/* harmony export */   Vl: () => (/* binding */ spanCompletion),
/* harmony export */   Y2: () => (/* binding */ toolArgs),
/* harmony export */   _p: () => (/* binding */ toolCallId),
/* harmony export */   rC: () => (/* binding */ isToolSpan),
/* harmony export */   sG: () => (/* binding */ spanModel)
/* harmony export */ });
/* unused harmony export OP */
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8824);
/* harmony import */ var _normalize_call_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8547);
/* harmony import */ var _otel_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9566);
// What the OpenTelemetry GenAI semantic conventions put on spans, read into prompt, output text, model
// and tool calls (docs/otel.md). Current attribute names first (`gen_ai.input.messages`,
// `gen_ai.output.messages`, `gen_ai.tool.call.arguments`, `gen_ai.tool.call.result`), then the older ones
// instrumentations still emit (`gen_ai.prompt`/`gen_ai.completion` strings, indexed
// `gen_ai.prompt.<n>.content`, `gen_ai.user.message`/`gen_ai.choice` events, `gen_ai.tool.args`).



const OP = 'gen_ai.operation.name';
function operation(s) {
    const v = s.attrs[OP];
    return typeof v === 'string' ? v : undefined;
}
function isToolSpan(s) {
    return operation(s) === 'execute_tool';
}
/** Text of one chat message: semconv `parts: [{type: "text", content}]`, or a provider-style `content`. */
function messageText(m) {
    if (typeof m === 'string')
        return m;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m))
        return undefined;
    const parts = Array.isArray(m.parts) ? m.parts : Array.isArray(m.content) ? m.content : undefined;
    if (parts !== undefined) {
        const texts = [];
        for (const p of parts) {
            if (typeof p === 'string')
                texts.push(p);
            else if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(p) && (p.type === undefined || p.type === 'text')) {
                const t = p.content ?? p.text;
                if (typeof t === 'string')
                    texts.push(t);
            }
        }
        return texts.length > 0 ? texts.join('\n') : undefined;
    }
    return typeof m.content === 'string' ? m.content : undefined;
}
function role(m) {
    return (0,_fields_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .Gv)(m) && typeof m.role === 'string' ? m.role : undefined;
}
/** The last message with `wantRole` (any role when undefined) that has text. */
function lastText(messages, wantRole) {
    const list = (0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOrString */ .r)(messages);
    if (!Array.isArray(list))
        return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
        const m = list[i];
        if (wantRole !== undefined && role(m) !== wantRole)
            continue;
        const t = messageText(m);
        if (t !== undefined)
            return t;
    }
    return undefined;
}
/** Indexed attributes `<prefix>.<n>.role` / `<prefix>.<n>.content`: the highest n with the role and text. */
function indexedText(attrs, prefix, wantRole) {
    let best = -1;
    let text;
    const re = new RegExp(`^${prefix.replace(/\./g, '\\.')}\\.(\\d+)\\.content$`);
    for (const k in attrs) {
        const m = re.exec(k);
        if (m === null)
            continue;
        const n = Number(m[1]);
        const c = attrs[k];
        if (n <= best || typeof c !== 'string')
            continue;
        if (wantRole !== undefined) {
            const r = attrs[`${prefix}.${n}.role`];
            if (r !== undefined && r !== wantRole)
                continue;
        }
        best = n;
        text = c;
    }
    return text;
}
/** The user's request recorded on a span, if any. */
function spanPrompt(s) {
    const a = s.attrs;
    const legacy = a['gen_ai.prompt'];
    if (typeof legacy === 'string')
        return lastText(legacy, 'user') ?? legacy;
    const fromMessages = lastText(a['gen_ai.input.messages'], 'user');
    if (fromMessages !== undefined)
        return fromMessages;
    const indexed = indexedText(a, 'gen_ai.prompt', 'user');
    if (indexed !== undefined)
        return indexed;
    for (let i = s.events.length - 1; i >= 0; i--) {
        const e = s.events[i];
        if (e.name === 'gen_ai.user.message') {
            const t = messageText((0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOrString */ .r)(e.attrs.content) ?? e.attrs);
            if (t !== undefined)
                return t;
        }
        if (e.name === 'gen_ai.content.prompt' && typeof e.attrs['gen_ai.prompt'] === 'string')
            return e.attrs['gen_ai.prompt'];
    }
    return undefined;
}
/** The model's answer recorded on a span, if any. */
function spanCompletion(s) {
    const a = s.attrs;
    const legacy = a['gen_ai.completion'];
    if (typeof legacy === 'string')
        return lastText(legacy, 'assistant') ?? legacy;
    const fromMessages = lastText(a['gen_ai.output.messages'], undefined);
    if (fromMessages !== undefined)
        return fromMessages;
    const indexed = indexedText(a, 'gen_ai.completion', undefined);
    if (indexed !== undefined)
        return indexed;
    for (let i = s.events.length - 1; i >= 0; i--) {
        const e = s.events[i];
        if (e.name === 'gen_ai.choice') {
            const msg = (0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOrString */ .r)(e.attrs.message);
            const t = messageText(msg);
            if (t !== undefined)
                return t;
        }
        if (e.name === 'gen_ai.content.completion' && typeof e.attrs['gen_ai.completion'] === 'string')
            return e.attrs['gen_ai.completion'];
    }
    return undefined;
}
function spanModel(s) {
    const r = s.attrs['gen_ai.response.model'];
    if (typeof r === 'string')
        return r;
    const q = s.attrs['gen_ai.request.model'];
    return typeof q === 'string' ? q : undefined;
}
const EXECUTE_TOOL_PREFIX = 'execute_tool ';
/** `gen_ai.tool.name`, else the span name without its conventional `execute_tool ` prefix. */
function toolName(s) {
    const n = s.attrs['gen_ai.tool.name'];
    if (typeof n === 'string' && n !== '')
        return n;
    return s.name.startsWith(EXECUTE_TOOL_PREFIX) ? s.name.slice(EXECUTE_TOOL_PREFIX.length) : s.name;
}
/** Arguments: a JSON string (unparsable → `{"_raw": …}`, as for OpenAI function arguments) or structured. */
function toolArgs(s) {
    const v = s.attrs['gen_ai.tool.call.arguments'] ?? s.attrs['gen_ai.tool.args'];
    return v === undefined ? undefined : (0,_normalize_call_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFunctionArguments */ ._Q)(v);
}
function toolResult(s) {
    const v = s.attrs['gen_ai.tool.call.result'] ?? s.attrs['gen_ai.tool.result'];
    return v === undefined || v === null ? undefined : (0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .jsonOrString */ .r)(v);
}
/** Span status ERROR, or an `error.type` attribute, is the call's error. */
function toolError(s) {
    const type = s.attrs['error.type'];
    if (s.statusError !== undefined)
        return s.statusError !== '' ? s.statusError : typeof type === 'string' ? type : 'error';
    return typeof type === 'string' ? type : undefined;
}
function toolCallId(s) {
    const id = s.attrs['gen_ai.tool.call.id'];
    if (typeof id === 'string' && id !== '')
        return id;
    if (typeof id === 'number' && Number.isSafeInteger(id))
        return String(id);
    return s.spanId;
}


/***/ }),

/***/ 4571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T7: () => (/* binding */ isOtelLine),
/* harmony export */   jP: () => (/* binding */ readOtelLine),
/* harmony export */   t1: () => (/* binding */ isGenAiSpan),
/* harmony export */   v8: () => (/* binding */ readOtlpRequest)
/* harmony export */ });
/* unused harmony exports isOtlpRequest, isSpanLine, readSpan */
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8824);
/* harmony import */ var _otel_values_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9566);
// OpenTelemetry span lines → spans. Two shapes are read (docs/otel.md):
// - OTLP JSON export requests `{"resourceSpans":[{"scopeSpans":[{"spans":[…]}]}]}`, as the OTLP JSON
//   exporter and the collector's file exporter write them (one request per line, or one whole document);
// - one span per line with `traceId`/`trace_id`, `spanId`/`span_id` and a start time.
// The shape is told by content: an untyped object with `resourceSpans`, or with a trace id, a span id AND a
// start time, is a span line and is never read as a plain tool-call record; a malformed one is a bad line.



const TRACE_ID_KEYS = ['traceId', 'trace_id'];
const SPAN_ID_KEYS = ['spanId', 'span_id'];
const PARENT_KEYS = ['parentSpanId', 'parent_span_id', 'parent_id'];
const START_KEYS = ['startTimeUnixNano', 'start_time_unix_nano'];
const END_KEYS = ['endTimeUnixNano', 'end_time_unix_nano'];
function has(o, keys) {
    for (const k of keys)
        if (o[k] !== undefined)
            return true;
    return false;
}
/** An OTLP export request line. */
function isOtlpRequest(o) {
    return o.resourceSpans !== undefined;
}
/** A single-span line: trace id, span id and start time are all present (plain records never have all three). */
function isSpanLine(o) {
    return has(o, TRACE_ID_KEYS) && has(o, SPAN_ID_KEYS) && has(o, START_KEYS);
}
function isOtelLine(o) {
    return isOtlpRequest(o) || isSpanLine(o);
}
function first(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined && v !== null)
            return [k, v];
    }
    return undefined;
}
function reqId(o, keys, where) {
    const f = first(o, keys);
    if (f === undefined)
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: missing required field "${keys[0]}"`);
    if (typeof f[1] !== 'string' || f[1] === '')
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "${f[0]}" must be a non-empty string`);
    return f[1];
}
/** Unix nanoseconds: a decimal string (OTLP JSON's int64 form) or a non-negative integer number. */
function nanos(o, keys, where, required) {
    const f = first(o, keys);
    if (f === undefined) {
        if (required)
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: missing required field "${keys[0]}"`);
        return undefined;
    }
    const [k, v] = f;
    if (typeof v === 'string' && /^\d{1,20}$/.test(v))
        return BigInt(v);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0)
        return BigInt(v);
    throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "${k}" must be unix nanoseconds (a decimal string or a non-negative integer)`);
}
/** OTLP status code 2 (or its enum names) is ERROR. */
function statusError(o, where) {
    const s = o.status;
    if (s === undefined || s === null)
        return undefined;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(s))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "status" must be an object`);
    const code = s.code ?? s.status_code;
    if (code === 2 || code === 'STATUS_CODE_ERROR' || code === 'ERROR')
        return typeof s.message === 'string' ? s.message : '';
    return undefined;
}
function events(v, where) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "events" must be an array`);
    const out = [];
    for (let i = 0; i < v.length; i++) {
        const e = v[i];
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(e))
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: events[${i}] must be an object`);
        out.push({ name: typeof e.name === 'string' ? e.name : '', attrs: (0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .attributes */ .uK)(e.attributes, `${where}: events[${i}]`) });
    }
    return out;
}
/** One span object (either shape); throws BadLine naming the field. */
function readSpan(o, where, line, order) {
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(o))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where} must be an object`);
    const traceId = reqId(o, TRACE_ID_KEYS, where);
    const spanId = reqId(o, SPAN_ID_KEYS, where);
    const p = first(o, PARENT_KEYS);
    let parentSpanId;
    if (p !== undefined) {
        if (typeof p[1] !== 'string')
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "${p[0]}" must be a string`);
        // OTLP JSON writes "" for a root span.
        if (p[1] !== '')
            parentSpanId = p[1];
    }
    const name = o.name;
    if (typeof name !== 'string')
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "name" must be a string`);
    const startNs = nanos(o, START_KEYS, where, true);
    const endNs = nanos(o, END_KEYS, where, false) ?? startNs;
    return {
        traceId,
        spanId,
        parentSpanId,
        name,
        startNs,
        endNs,
        attrs: (0,_otel_values_js__WEBPACK_IMPORTED_MODULE_2__/* .attributes */ .uK)(o.attributes, where),
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
function readOtlpRequest(o, lineOf, orderBase) {
    const rs = o.resourceSpans;
    if (!Array.isArray(rs))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6('OTLP: "resourceSpans" must be an array');
    const out = [];
    for (let r = 0; r < rs.length; r++) {
        const res = rs[r];
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(res))
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`OTLP: resourceSpans[${r}] must be an object`);
        // `instrumentationLibrarySpans` is the pre-1.0 name of scopeSpans, still written by old collectors.
        const ss = res.scopeSpans ?? res.instrumentationLibrarySpans;
        if (ss === undefined || ss === null)
            continue;
        if (!Array.isArray(ss))
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`OTLP: resourceSpans[${r}].scopeSpans must be an array`);
        for (let s = 0; s < ss.length; s++) {
            const scope = ss[s];
            if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(scope))
                throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`OTLP: resourceSpans[${r}].scopeSpans[${s}] must be an object`);
            const spans = scope.spans;
            if (spans === undefined || spans === null)
                continue;
            if (!Array.isArray(spans))
                throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`OTLP: resourceSpans[${r}].scopeSpans[${s}].spans must be an array`);
            for (let i = 0; i < spans.length; i++) {
                const sp = spans[i];
                out.push(readSpan(sp, `OTLP: resourceSpans[${r}].scopeSpans[${s}].spans[${i}]`, lineOf(sp), orderBase + out.length));
            }
        }
    }
    return out;
}
/** The spans of one line of either shape. */
function readOtelLine(o, line, orderBase) {
    if (isOtlpRequest(o))
        return readOtlpRequest(o, () => line, orderBase);
    return [readSpan(o, 'span', line, orderBase)];
}
/** A span takes part in GenAI assembly when it carries any `gen_ai.*` attribute. */
function isGenAiSpan(s) {
    for (const k in s.attrs)
        if (k.startsWith('gen_ai.'))
            return true;
    return false;
}


/***/ }),

/***/ 9566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ jsonOrString),
/* harmony export */   uK: () => (/* binding */ attributes)
/* harmony export */ });
/* unused harmony export anyValue */
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
/* harmony import */ var _fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8824);
// OpenTelemetry attribute values → plain JSON. OTLP JSON wraps every value in an AnyValue
// (`{stringValue|intValue|doubleValue|boolValue|bytesValue|arrayValue|kvlistValue}`) and lists attributes as
// `[{key, value}]`; span-per-line exports often write attributes as a plain object instead. Both end up
// as one `Record<string, unknown>` (docs/otel.md).


/** Attribute values nest (arrays, kvlists); deeper than this is refused rather than risk the stack. */
const MAX_DEPTH = 64;
/** int64 values arrive as decimal strings; they become numbers when that loses nothing, else stay strings. */
function intValue(v, where) {
    if (typeof v === 'number' && Number.isInteger(v))
        return v;
    if (typeof v === 'string' && /^-?\d+$/.test(v)) {
        const n = Number(v);
        return Number.isSafeInteger(n) ? n : v;
    }
    throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: intValue must be an integer or a decimal string`);
}
/** One OTLP AnyValue; an empty AnyValue (unset) is null. */
function anyValue(v, where, depth = 0) {
    if (depth > MAX_DEPTH)
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: attribute value nested deeper than ${MAX_DEPTH} levels`);
    if (v === undefined || v === null)
        return null;
    if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: attribute value must be an OTLP AnyValue object`);
    if ('stringValue' in v)
        return typeof v.stringValue === 'string' ? v.stringValue : String(v.stringValue);
    if ('boolValue' in v)
        return v.boolValue === true || v.boolValue === 'true';
    if ('intValue' in v)
        return intValue(v.intValue, where);
    if ('doubleValue' in v) {
        const d = v.doubleValue;
        if (typeof d === 'number')
            return d;
        // NaN/Infinity are written as strings by the protobuf JSON mapping; JSON cannot carry them as numbers.
        if (typeof d === 'string')
            return d;
        throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: doubleValue must be a number`);
    }
    if ('bytesValue' in v)
        return typeof v.bytesValue === 'string' ? v.bytesValue : null;
    if ('arrayValue' in v) {
        const a = v.arrayValue;
        const values = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(a) ? a.values : undefined;
        if (values === undefined || values === null)
            return [];
        if (!Array.isArray(values))
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: arrayValue.values must be an array`);
        return values.map((x, i) => anyValue(x, `${where}[${i}]`, depth + 1));
    }
    if ('kvlistValue' in v) {
        const kv = v.kvlistValue;
        const values = (0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(kv) ? kv.values : undefined;
        if (values === undefined || values === null)
            return {};
        if (!Array.isArray(values))
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: kvlistValue.values must be an array`);
        return keyValues(values, where, depth + 1);
    }
    return null;
}
function keyValues(list, where, depth) {
    const out = {};
    for (let i = 0; i < list.length; i++) {
        const kv = list[i];
        if (!(0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(kv) || typeof kv.key !== 'string')
            throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}[${i}] must be {"key": string, "value": AnyValue}`);
        // A key repeated within one list: the last wins, as in the SDKs' own attribute maps.
        out[kv.key] = anyValue(kv.value, `${where}.${kv.key}`, depth);
    }
    return out;
}
/** A span's or event's `attributes`: an OTLP `[{key, value}]` list or a plain object; absent → {}. */
function attributes(v, where) {
    if (v === undefined || v === null)
        return {};
    if (Array.isArray(v))
        return keyValues(v, `${where}.attributes`, 0);
    if ((0,_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .Gv)(v))
        return v;
    throw new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${where}: "attributes" must be an array of {key, value} or an object`);
}
/**
 * GenAI attributes that carry JSON (arguments, results, messages) are usually JSON strings. A string that
 * parses as JSON becomes that value; any other string stays as it is.
 */
function jsonOrString(v) {
    if (typeof v !== 'string')
        return v;
    const t = v.trim();
    if (t === '')
        return v;
    const c = t.charCodeAt(0);
    // Only strings that can start a JSON value are tried: plain text is the common case and stays text.
    if (c === 0x7b || c === 0x5b || c === 0x22 || c === 0x2d || (c >= 0x30 && c <= 0x39) || t === 'true' || t === 'false' || t === 'null') {
        try {
            return JSON.parse(t);
        }
        catch {
            return v;
        }
    }
    return v;
}


/***/ }),

/***/ 9691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ DEFAULT_GROUP_PROMPT),
/* harmony export */   f1: () => (/* binding */ isImportPlaceholder),
/* harmony export */   hl: () => (/* binding */ MCP_SESSION_PROMPT)
/* harmony export */ });
// Placeholder prompts: written when a source has no prompt of its own, so many entries may carry the same
// one. They are no identity (docs/traces.md "Entry identity"): the reader does not treat a repeat as a
// duplicate, and a test binds to such a prompt only while one entry carries it.
/** Prompt of an imported MCP session without `--prompt` (also what the reference writes). */
const MCP_SESSION_PROMPT = '<mcp:session>';
/** Prompt of the default plain-record group (compatible: the reference keys prompt-less tool records so). */
const DEFAULT_GROUP_PROMPT = 'ignore';
/** Is this V2 episode prompt the import placeholder? Only for episodes the importer marked as its own. */
function isImportPlaceholder(prompt, meta) {
    return prompt === MCP_SESSION_PROMPT && meta['source'] === 'mcp_import';
}


/***/ })

};
