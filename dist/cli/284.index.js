export const id = 284;
export const ids = [284];
export const modules = {

/***/ 1944:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ EventChecker)
/* harmony export */ });
/* harmony import */ var _verify_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9359);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2768);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6313);
// Per-event checks from the strict JSON pass on, in the reference's verify order (docs/decisions.md). Shared by the
// verifier and the writer, so the writer refuses exactly what verify would refuse.
//
// This is the verify hot path (100,000 events): the envelope is read from the raw member spans the scanner
// recorded, without parsing `data` or decoding values that are only type-checked; a canonical line's content
// hash is computed from its raw member text.




// Registered envelope members, by index.
const F = {
    specversion: 0,
    type: 1,
    source: 2,
    id: 3,
    time: 4,
    datacontenttype: 5,
    subject: 6,
    traceparent: 7,
    tracestate: 8,
    assayrunid: 9,
    assayseq: 10,
    assayproducer: 11,
    assayproducerversion: 12,
    assaygit: 13,
    assaypolicyid: 14,
    assaypii: 15,
    assaysecrets: 16,
    assaycontenthash: 17,
    assaysemanticdigest: 18,
    assaydigestprofile: 19,
    data: 20,
};
const FIELDS = Object.keys(F);
const COUNT = FIELDS.length;
const REQUIRED_STRINGS = ['specversion', 'type', 'source', 'id', 'time', 'datacontenttype', 'assayrunid', 'assayproducer', 'assayproducerversion', 'assaygit'];
const OPTIONAL_STRINGS = ['subject', 'traceparent', 'tracestate', 'assaypolicyid', 'assaysemanticdigest', 'assaydigestprofile'];
const REQUIRED_IDX = Int32Array.from(REQUIRED_STRINGS, (f) => F[f]);
const OPTIONAL_IDX = Int32Array.from(OPTIONAL_STRINGS, (f) => F[f]);
/** Field names grouped by length, for matching a raw key without allocating it. */
const BY_LENGTH = [];
for (const f of FIELDS)
    (BY_LENGTH[f.length] ??= []).push([f, F[f]]);
const QUOTE = 0x22;
const U64_MAX = 18446744073709551615n;
/** Field index of a raw key (`-1` for unknown keys). */
function fieldOf(t, ks, ke, escaped) {
    if (!escaped) {
        const cands = BY_LENGTH[ke - ks];
        if (cands === undefined)
            return -1;
        for (let j = 0; j < cands.length; j++)
            if (t.startsWith(cands[j][0], ks))
                return cands[j][1];
        return -1;
    }
    const key = JSON.parse(t.slice(ks - 1, ke + 1));
    return Object.prototype.hasOwnProperty.call(F, key) ? F[key] : -1;
}
/** The spans of the registered members of one event line (reused line after line). */
class Spans {
    text = '';
    vs = new Int32Array(COUNT);
    ve = new Int32Array(COUNT);
    /** Field of each root member of the previous line: lines of one producer share a key layout. */
    layout = new Int32Array(0);
    load(p) {
        this.text = p.text;
        this.vs.fill(-1);
        const idx = p.rootIndex;
        const t = p.text;
        const n = p.rootCount;
        if (this.layout.length !== n)
            this.layout = new Int32Array(n).fill(-2);
        for (let m = 0; m < n; m++) {
            const i = m * 5;
            const ks = idx[i];
            const ke = idx[i + 1];
            let field = -1;
            const guess = this.layout[m];
            if (idx[i + 2] === 0 && guess >= 0 && ke - ks === FIELDS[guess].length && t.startsWith(FIELDS[guess], ks))
                field = guess;
            else {
                field = fieldOf(t, ks, ke, idx[i + 2] !== 0);
                this.layout[m] = field;
            }
            if (field >= 0) {
                this.vs[field] = idx[i + 3];
                this.ve[field] = idx[i + 4];
            }
        }
    }
    has(f) {
        return this.vs[f] >= 0;
    }
    /** First character code of the raw value: `"` string, `t`/`f` boolean, `n` null, `{`/`[` composite. */
    kind(f) {
        return this.text.charCodeAt(this.vs[f]);
    }
    raw(f) {
        return this.text.slice(this.vs[f], this.ve[f]);
    }
    /** Decoded string value (the raw value is a JSON string). */
    str(f) {
        const s = this.vs[f];
        const e = this.ve[f];
        const b = this.text.indexOf('\\', s);
        return b === -1 || b >= e ? this.text.slice(s + 1, e - 1) : JSON.parse(this.text.slice(s, e));
    }
    isString(f) {
        return this.kind(f) === QUOTE;
    }
}
/** The first missing required key or wrong JSON type, else undefined. */
function envelopeProblem(sp, rootIsObject) {
    if (!rootIsObject)
        return 'event is not a JSON object';
    for (let i = 0; i < REQUIRED_IDX.length; i++) {
        const f = REQUIRED_IDX[i];
        if (!sp.has(f))
            return `missing field ${FIELDS[f]}`;
        if (!sp.isString(f))
            return `field ${FIELDS[f]} must be a string`;
    }
    for (let i = 0; i < OPTIONAL_IDX.length; i++) {
        const f = OPTIONAL_IDX[i];
        if (sp.has(f) && !sp.isString(f) && sp.raw(f) !== 'null')
            return `field ${FIELDS[f]} must be a string`;
    }
    if (!sp.has(F.assayseq))
        return 'missing field assayseq';
    const seq = sp.raw(F.assayseq);
    if (!/^(?:0|[1-9][0-9]*)$/.test(seq) || (seq.length > 19 && BigInt(seq) > U64_MAX))
        return 'field assayseq must be an unsigned integer';
    for (const f of ['assaypii', 'assaysecrets']) {
        if (!sp.has(F[f]))
            return `missing field ${f}`;
        const r = sp.raw(F[f]);
        if (r !== 'true' && r !== 'false')
            return `field ${f} must be a boolean`;
    }
    if (sp.has(F.assaycontenthash) && !sp.isString(F.assaycontenthash) && sp.raw(F.assaycontenthash) !== 'null')
        return 'field assaycontenthash must be a string';
    if (!sp.has(F.data))
        return 'missing field data';
    return undefined;
}
function rootIsObject(text) {
    let i = 0;
    let c = text.charCodeAt(0);
    while (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d)
        c = text.charCodeAt(++i);
    return c === 0x7b;
}
class EventChecker {
    ctx;
    /** Number of events accepted so far (= the next expected seq). */
    count = 0;
    source0;
    spans = new Spans();
    runIdRaw;
    idPrefix;
    constructor(ctx) {
        this.ctx = ctx;
        this.runIdRaw = JSON.stringify(ctx.runId);
        this.idPrefix = `${ctx.runId}:`;
    }
    /** Check one event line (LF and one CR already stripped, valid UTF-8, non-empty). */
    check(text, lineNo) {
        let parsed;
        try {
            parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strictParse */ .l1)(text, { maxDepth: this.ctx.maxJsonDepth });
        }
        catch (e) {
            if (e instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .StrictJsonError */ .U7) {
                if (e.kind === 'depth')
                    throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('LimitJsonDepth', `Event JSON at line ${lineNo}: ${e.message} (max_json_depth)`, { entry: 'events.ndjson' });
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidJson', `Event JSON at line ${lineNo}: ${e.message}`, { entry: 'events.ndjson' });
            }
            throw e;
        }
        const sp = this.spans;
        sp.load(parsed);
        const problem = envelopeProblem(sp, rootIsObject(text));
        if (problem)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidJson', `Event JSON at line ${lineNo}: ${problem}`, { entry: 'events.ndjson' });
        const time = (0,_time_js__WEBPACK_IMPORTED_MODULE_3__/* .parseRfc3339 */ .TM)(sp.str(F.time));
        if (time === undefined)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidJson', `Event JSON at line ${lineNo}: field time must be an RFC 3339 timestamp`, { entry: 'events.ndjson' });
        const seq = Number(sp.raw(F.assayseq));
        const where = { entry: 'events.ndjson', seq };
        if (sp.raw(F.specversion) !== '"1.0"' && sp.str(F.specversion) !== '1.0')
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractSchemaVersion', `Invalid specversion at seq ${seq}`, where);
        if (!sp.has(F.assaycontenthash) || !sp.isString(F.assaycontenthash))
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractSchemaVersion', `Missing content_hash at seq ${seq}`, where);
        const claimed = sp.str(F.assaycontenthash);
        let hash = claimed;
        if (this.ctx.hashChecks) {
            if (parsed.canonical) {
                let pre = '{"data":' + sp.raw(F.data) + ',"datacontenttype":' + sp.raw(F.datacontenttype) + ',"specversion":' + sp.raw(F.specversion);
                if (sp.has(F.subject) && sp.isString(F.subject))
                    pre += ',"subject":' + sp.raw(F.subject);
                hash = (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .sha256Prefixed */ .rc)(pre + ',"type":' + sp.raw(F.type) + '}');
            }
            else
                hash = (0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .contentHash */ .Ae)(parsed.value);
            if (hash !== claimed)
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('IntegrityEventHash', `Content hash mismatch at seq ${seq}`, where);
        }
        if (this.count === 0) {
            if (seq !== 0)
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractSequenceStart', `First event must have seq 0, got ${seq}`, where);
        }
        else if (seq !== this.count) {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractSequenceGap', `Sequence gap: expected seq ${this.count}, got ${seq}`, where);
        }
        const runRaw = sp.raw(F.assayrunid);
        const runId = runRaw === this.runIdRaw ? this.ctx.runId : sp.str(F.assayrunid);
        if (runId !== this.ctx.runId)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractRunIdMismatch', `Run id mismatch at seq ${seq}`, where);
        const source = sp.str(F.source);
        if (this.count === 0)
            this.source0 = source;
        else if (source !== this.source0)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidEvent', `seq=${seq}: source differs from event 0`, where);
        if (!(0,_event_js__WEBPACK_IMPORTED_MODULE_2__/* .isUriLike */ .qp)(source))
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidEvent', `seq=${seq}: source is not a URI`, where);
        if (runId.includes(':'))
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidEvent', `seq=${seq}: run_id contains ':'`, where);
        const id = sp.str(F.id);
        if (id !== this.idPrefix + String(seq)) {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ('ContractInvalidEvent', `Event id does not match the run_id:seq contract at seq=${seq}`, where);
        }
        this.count++;
        return { seq, time, contentHash: hash, parsed };
    }
}


/***/ }),

/***/ 6313:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ae: () => (/* binding */ contentHash),
/* harmony export */   lo: () => (/* binding */ RunRootHasher),
/* harmony export */   qp: () => (/* binding */ isUriLike),
/* harmony export */   rc: () => (/* binding */ sha256Prefixed)
/* harmony export */ });
/* unused harmony exports SPECVERSION, DATACONTENTTYPE, sha256Hex, contentHashPreimage, runRoot */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2995);
// The event envelope (CloudEvents 1.0 with flattened `assay*` extensions) and the digests over it
//: content hash, run root, file digest.


const SPECVERSION = '1.0';
const DATACONTENTTYPE = 'application/json';
/** One-shot sha256 (crypto.hash: no Hash object per call, which matters at 100,000 events). */
function sha256Hex(data) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.hash)('sha256', data, 'hex');
}
function sha256Prefixed(data) {
    return 'sha256:' + sha256Hex(data);
}
/** The JCS preimage of the content hash: `{data, datacontenttype, specversion, subject?, type}` (keys in JCS order). */
function contentHashPreimage(ev) {
    // The five keys sort as data < datacontenttype < specversion < subject < type, so the object is assembled
    // directly; every piece goes through the one JCS module.
    let s = '{"data":' + (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(ev.data) + ',"datacontenttype":' + (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(ev.datacontenttype) + ',"specversion":' + (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(ev.specversion);
    if (typeof ev.subject === 'string')
        s += ',"subject":' + (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(ev.subject);
    return s + ',"type":' + (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(ev.type) + '}';
}
/** `assaycontenthash`: `sha256:` + hex(SHA-256(UTF-8(JCS({specversion, type, datacontenttype, subject?, data})))). */
function contentHash(ev) {
    return sha256Prefixed(contentHashPreimage(ev));
}
/** Incremental run root: sha256 over `h0\nh1\n…h(n-1)\n`, flat, prefix included in each hi. */
class RunRootHasher {
    h = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    // Hashes are batched: one update per 4096 events instead of one per event.
    pending = [];
    count = 0;
    add(contentHashString) {
        this.pending.push(contentHashString);
        this.count++;
        if (this.pending.length === 4096)
            this.flush();
    }
    flush() {
        if (this.pending.length === 0)
            return;
        this.h.update(this.pending.join('\n') + '\n', 'utf8');
        this.pending = [];
    }
    digest() {
        this.flush();
        return 'sha256:' + this.h.digest('hex');
    }
}
function runRoot(contentHashes) {
    const r = new RunRootHasher();
    for (const h of contentHashes)
        r.add(h);
    return r.digest();
}
/** `source` contains `:` and does not start with it. */
function isUriLike(source) {
    return source.includes(':') && !source.startsWith(':');
}


/***/ }),

/***/ 1413:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rs: () => (/* binding */ gzipDeterministic),
/* harmony export */   is: () => (/* binding */ gzipHeaderLength),
/* harmony export */   un: () => (/* binding */ GzipHeaderError)
/* harmony export */ });
/* unused harmony export GZIP_HEADER */
/* harmony import */ var pako__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9925);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
// Gzip framing. Writing: fixed 10-byte header, raw deflate by pako 3.0.3 (pinned: its output
// bytes are part of the format's determinism), CRC-32 and ISIZE. Reading: the header is parsed here (FEXTRA,
// FNAME, FCOMMENT, FHCRC honoured); only the first member is decoded, by the caller.


const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff);
/** Whole-buffer gzip with the fixed header and pako level 9 / windowBits 15 / memLevel 8 / strategy 0. */
function gzipDeterministic(data) {
    const body = (0,pako__WEBPACK_IMPORTED_MODULE_0__/* .deflateRaw */ .at)(data, { level: 9, windowBits: 15, memLevel: 8, strategy: 0 });
    const out = new Uint8Array(GZIP_HEADER.length + body.length + 8);
    out.set(GZIP_HEADER, 0);
    out.set(body, GZIP_HEADER.length);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(GZIP_HEADER.length + body.length, (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(data) >>> 0, true);
    view.setUint32(GZIP_HEADER.length + body.length + 4, data.length >>> 0, true);
    return out;
}
class GzipHeaderError extends Error {
}
const FTEXT = 0x01;
const FHCRC = 0x02;
const FEXTRA = 0x04;
const FNAME = 0x08;
const FCOMMENT = 0x10;
const RESERVED = 0xe0;
/** Length of the gzip member header at the start of `b`; throws GzipHeaderError when it is not one. */
function gzipHeaderLength(b) {
    if (b.length < 10)
        throw new GzipHeaderError('truncated gzip header');
    if (b[0] !== 0x1f || b[1] !== 0x8b)
        throw new GzipHeaderError('not a gzip stream');
    if (b[2] !== 8)
        throw new GzipHeaderError('unsupported gzip compression method');
    const flags = b[3];
    if ((flags & RESERVED) !== 0)
        throw new GzipHeaderError('reserved gzip header flags set');
    void FTEXT;
    let p = 10;
    if (flags & FEXTRA) {
        if (p + 2 > b.length)
            throw new GzipHeaderError('truncated gzip header');
        const xlen = b[p] | (b[p + 1] << 8);
        p += 2 + xlen;
        if (p > b.length)
            throw new GzipHeaderError('truncated gzip header');
    }
    for (const flag of [FNAME, FCOMMENT]) {
        if (flags & flag) {
            const z = b.indexOf(0, p);
            if (z === -1)
                throw new GzipHeaderError('truncated gzip header');
            p = z + 1;
        }
    }
    if (flags & FHCRC) {
        if (p + 2 > b.length)
            throw new GzipHeaderError('truncated gzip header');
        const stored = b[p] | (b[p + 1] << 8);
        if (stored !== ((0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.crc32)(b.subarray(0, p)) & 0xffff))
            throw new GzipHeaderError('gzip header CRC mismatch');
        p += 2;
    }
    return p;
}


/***/ }),

/***/ 5297:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dR: () => (/* binding */ DEFAULT_LIMITS),
/* harmony export */   fW: () => (/* binding */ resolveLimits),
/* harmony export */   si: () => (/* binding */ parseLimitsJson)
/* harmony export */ });
/* unused harmony export LIMIT_KEYS */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);
// Reader limits. Inclusive: the limit passes, limit + 1 fails. Every entry point that reads
// untrusted evidence applies the full set to the raw stream before materializing anything.


const DEFAULT_LIMITS = Object.freeze({
    max_bundle_bytes: 104_857_600,
    max_decode_bytes: 1_073_741_824,
    max_manifest_bytes: 10_485_760,
    max_events_bytes: 524_288_000,
    max_events: 100_000,
    max_line_bytes: 1_048_576,
    max_path_len: 256,
    max_json_depth: 64,
});
const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS);
/** Defaults overridden by `partial`. */
function resolveLimits(partial = {}) {
    return { ...DEFAULT_LIMITS, ...partial };
}
/**
 * A `--limits FILE` document: a JSON object with any subset of the eight keys, each a positive integer.
 * Anything else is a usage error (exit 2, E_INVALID_ARGS).
 */
function parseLimitsJson(text, file = '--limits') {
    const usage = (message) => new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `${file}: ${message}`, { source: 'cli', context: { file } });
    let parsed;
    try {
        parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .strictParse */ .l1)(text.replace(/^\uFEFF/, ''), { maxDepth: 8 });
        void parsed.value;
    }
    catch (e) {
        throw usage(e instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .StrictJsonError */ .U7 ? `invalid JSON (${e.message})` : 'invalid JSON');
    }
    const v = parsed.value;
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        throw usage('must be a JSON object');
    const out = {};
    for (const [k, val] of Object.entries(v)) {
        if (!LIMIT_KEYS.includes(k)) {
            throw usage(`unknown limit ${JSON.stringify(k)} (known: ${LIMIT_KEYS.join(', ')})`);
        }
        const token = parsed.raw(k);
        if (typeof val !== 'number' || token === undefined || !/^[1-9][0-9]*$/.test(token) || !Number.isSafeInteger(val)) {
            throw usage(`${k} must be a positive integer`);
        }
        out[k] = val;
    }
    return resolveLimits(out);
}


/***/ }),

/***/ 4140:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ manifestText),
/* harmony export */   dN: () => (/* binding */ MANIFEST_MEMBER),
/* harmony export */   ny: () => (/* binding */ EVENTS_MEMBER),
/* harmony export */   q8: () => (/* binding */ manifestShapeProblem)
/* harmony export */ });
/* unused harmony export ALGORITHMS */
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2995);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9395);
// `manifest.json`: the typed shape a reader requires, and the JCS form our writer emits.


const ALGORITHMS = Object.freeze({ canon: 'jcs-rfc8785', hash: 'sha256', root: 'sha256(concat(content_hash + "\\n"))' });
const EVENTS_MEMBER = 'events.ndjson';
const MANIFEST_MEMBER = 'manifest.json';
const SEP = '\u0000';
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/**
 * The first shape problem of a parsed manifest, else undefined. `tokens` are the raw number tokens by
 * path (keys joined by U+0000), so integer fields refuse `1.0` and `1e0`. `schema_version` is only type-checked
 * here; its value is the caller's next check.
 */
function manifestShapeProblem(v, tokens) {
    if (!isObject(v))
        return 'manifest is not a JSON object';
    const needString = (o, k, where) => {
        if (!(k in o))
            return `missing field ${where}${k}`;
        if (typeof o[k] !== 'string')
            return `field ${where}${k} must be a string`;
        return undefined;
    };
    if (!('schema_version' in v))
        return 'missing field schema_version';
    if (typeof v.schema_version !== 'number' || !(0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isIntegerToken */ .UC)(tokens.get('schema_version')))
        return 'field schema_version must be an integer';
    for (const k of ['bundle_id', 'run_id', 'run_root']) {
        const p = needString(v, k, '');
        if (p)
            return p;
    }
    if (!('producer' in v))
        return 'missing field producer';
    if (!isObject(v.producer))
        return 'field producer must be an object';
    for (const k of ['name', 'version']) {
        const p = needString(v.producer, k, 'producer.');
        if (p)
            return p;
    }
    if (v.producer.git !== undefined && v.producer.git !== null && typeof v.producer.git !== 'string')
        return 'field producer.git must be a string';
    if (!('event_count' in v))
        return 'missing field event_count';
    if (typeof v.event_count !== 'number' || !(0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnsignedIntegerToken */ .hu)(tokens.get('event_count')))
        return 'field event_count must be an unsigned integer';
    if (!('algorithms' in v))
        return 'missing field algorithms';
    if (!isObject(v.algorithms))
        return 'field algorithms must be an object';
    for (const k of ['canon', 'hash', 'root']) {
        const p = needString(v.algorithms, k, 'algorithms.');
        if (p)
            return p;
    }
    if (!('files' in v))
        return 'missing field files';
    if (!isObject(v.files))
        return 'field files must be an object';
    const ev = v.files[EVENTS_MEMBER];
    if (ev !== undefined) {
        const where = 'files["events.ndjson"].';
        if (!isObject(ev))
            return 'field files["events.ndjson"] must be an object';
        for (const k of ['path', 'sha256']) {
            const p = needString(ev, k, where);
            if (p)
                return p;
        }
        if (!('bytes' in ev))
            return `missing field ${where}bytes`;
        if (typeof ev.bytes !== 'number' || !(0,_strict_json_js__WEBPACK_IMPORTED_MODULE_1__/* .isUnsignedIntegerToken */ .hu)(tokens.get(['files', EVENTS_MEMBER, 'bytes'].join(SEP)))) {
            return `field ${where}bytes must be an unsigned integer`;
        }
    }
    return undefined;
}
/** The manifest our writer emits, as JCS without a trailing newline. */
function manifestText(m) {
    const doc = {
        schema_version: 1,
        bundle_id: m.bundle_id,
        producer: { name: m.producer.name, version: m.producer.version, ...(m.producer.git !== undefined ? { git: m.producer.git } : {}) },
        run_id: m.run_id,
        event_count: m.event_count,
        run_root: m.run_root,
        algorithms: { ...ALGORITHMS },
        files: { [EVENTS_MEMBER]: { path: EVENTS_MEMBER, sha256: m.events.sha256, bytes: m.events.bytes } },
    };
    return (0,_jcs_js__WEBPACK_IMPORTED_MODULE_0__/* .canonicalize */ .dw)(doc);
}


/***/ }),

/***/ 9395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U7: () => (/* binding */ StrictJsonError),
/* harmony export */   UC: () => (/* binding */ isIntegerToken),
/* harmony export */   hu: () => (/* binding */ isUnsignedIntegerToken),
/* harmony export */   l1: () => (/* binding */ strictParse)
/* harmony export */ });
/* unused harmony exports MAX_KEYS_PER_OBJECT, MAX_STRING_CODE_POINTS */
// The strict JSON pass every evidence reader applies before typed parsing. JSON.parse alone keeps
// the last duplicate key and accepts lone surrogate escapes, so a validating scanner runs first. The scanner
// builds no values: JSON.parse (native) does, and only when a caller asks for the value. It also keeps the raw
// text of root members and number tokens, so integer-typed fields can refuse `1.0`, `1e0`, `-1`, and it notes
// whether the text is already in JCS form (then a member's raw text is its canonical text).
//
// Precondition: the text comes from UTF-8 decoding, so it holds no raw lone surrogates.
const MAX_KEYS_PER_OBJECT = 10_000;
const MAX_STRING_CODE_POINTS = 1_048_576;
class StrictJsonError extends Error {
    kind;
    constructor(message, kind) {
        super(message);
        this.kind = kind;
    }
}
// Character codes.
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const PLUS = 0x2b;
const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const COLON = 0x3a;
const UPPER_E = 0x45;
const LBRACKET = 0x5b;
const BACKSLASH = 0x5c;
const RBRACKET = 0x5d;
const LOWER_E = 0x65;
const LBRACE = 0x7b;
const RBRACE = 0x7d;
function hexVal(c) {
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    if (c >= 0x61 && c <= 0x66)
        return c - 0x57;
    if (c >= 0x41 && c <= 0x46)
        return c - 0x37;
    return -1;
}
const RAW_CONTROL = /[\u0000-\u001f]/;
class Scanner {
    t = '';
    pos = 0;
    depth = 0;
    maxDepth = 64;
    canonical = true;
    paths = false;
    lastEscaped = false;
    tokens = new Map();
    path = [];
    nextBackslash = -1;
    /** Key ranges [start, end) of the objects being scanned: one stack for all nesting levels. */
    keys = new Int32Array(256);
    keySp = 0;
    /** Root members: keyStart, keyEnd, escaped (0/1), valueStart, valueEnd. */
    top = new Int32Array(5 * 32);
    topCount = 0;
    reset(text, maxDepth, paths) {
        this.t = text;
        this.pos = 0;
        this.depth = 0;
        this.maxDepth = maxDepth;
        this.canonical = true;
        this.paths = paths;
        this.lastEscaped = false;
        this.nextBackslash = -1;
        this.keySp = 0;
        this.topCount = 0;
        if (paths) {
            this.tokens = new Map();
            this.path = [];
        }
        else if (this.tokens.size > 0)
            this.tokens = new Map();
    }
    fail(what) {
        throw new StrictJsonError(`${what} at offset ${this.pos}`, 'invalid');
    }
    ws() {
        const t = this.t;
        let p = this.pos;
        const c0 = t.charCodeAt(p);
        if (c0 > SPACE || c0 !== c0)
            return;
        for (;;) {
            const c = t.charCodeAt(p);
            if (c === SPACE || c === LF || c === CR || c === TAB)
                p++;
            else
                break;
        }
        if (p !== this.pos) {
            this.canonical = false;
            this.pos = p;
        }
    }
    value() {
        const c = this.t.charCodeAt(this.pos);
        if (c === QUOTE)
            this.string();
        else if (c === LBRACE)
            this.object();
        else if (c === LBRACKET)
            this.array();
        else if (c === MINUS || (c >= ZERO && c <= NINE))
            this.number();
        else if (c === 0x74)
            this.literal('true');
        else if (c === 0x66)
            this.literal('false');
        else if (c === 0x6e)
            this.literal('null');
        else
            this.fail(Number.isNaN(c) ? 'unexpected end of input' : 'unexpected character');
    }
    literal(word) {
        if (!this.t.startsWith(word, this.pos))
            this.fail('invalid literal');
        this.pos += word.length;
    }
    number() {
        const t = this.t;
        const start = this.pos;
        let p = start;
        if (t.charCodeAt(p) === MINUS)
            p++;
        let c = t.charCodeAt(p);
        if (c === ZERO)
            p++;
        else if (c >= 0x31 && c <= NINE) {
            p++;
            while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE)
                p++;
        }
        else {
            this.pos = p;
            this.fail('invalid number');
        }
        const dot = t.charCodeAt(p) === DOT;
        if (dot) {
            p++;
            c = t.charCodeAt(p);
            if (!(c >= ZERO && c <= NINE)) {
                this.pos = p;
                this.fail('invalid number');
            }
            while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE)
                p++;
        }
        c = t.charCodeAt(p);
        const exp = c === LOWER_E || c === UPPER_E;
        if (exp) {
            p++;
            c = t.charCodeAt(p);
            if (c === PLUS || c === MINUS)
                p++;
            c = t.charCodeAt(p);
            if (!(c >= ZERO && c <= NINE)) {
                this.pos = p;
                this.fail('invalid number');
            }
            while ((c = t.charCodeAt(p)) >= ZERO && c <= NINE)
                p++;
        }
        this.pos = p;
        // A token beyond the double range would parse to Infinity, which is not JSON (serde refuses it too).
        if ((exp || p - start > 300) && !Number.isFinite(Number(t.slice(start, p))))
            this.fail('number out of range');
        // The JCS form of a number is ECMAScript Number#toString; short plain integers other than -0 already are.
        if (this.canonical) {
            const shortInt = !dot && !exp && p - start <= 15 && !(t.charCodeAt(start) === MINUS && t.charCodeAt(start + 1) === ZERO);
            if (!shortInt) {
                const tok = t.slice(start, p);
                const n = Number(tok);
                if ((Object.is(n, -0) ? '0' : String(n)) !== tok)
                    this.canonical = false;
            }
        }
        if (this.paths)
            this.tokens.set(this.path.join('\u0000'), t.slice(start, p));
    }
    /**
     * Scan a string at its opening quote; `pos` ends just past the closing quote. Refuses invalid escapes and
     * unpaired surrogate escapes (raw control characters are found by the caller's whole-text check).
     */
    string() {
        const t = this.t;
        const start = this.pos + 1;
        const q = t.indexOf('"', start);
        if (q === -1) {
            this.pos = t.length;
            this.fail('unterminated string');
        }
        // The next backslash is cached so that a long line costs O(n) in total, not O(n) per string.
        if (this.nextBackslash < start) {
            const b = t.indexOf('\\', start);
            this.nextBackslash = b === -1 ? Infinity : b;
        }
        let end = q;
        this.lastEscaped = false;
        if (this.nextBackslash < q) {
            this.lastEscaped = true;
            end = this.escapedString(this.nextBackslash);
        }
        this.pos = end + 1;
        // Code points ≤ UTF-16 units ≤ raw length, so only long raw strings need an exact count.
        if (end - start > MAX_STRING_CODE_POINTS) {
            const decoded = this.lastEscaped ? JSON.parse(t.slice(start - 1, end + 1)) : t.slice(start, end);
            let n = 0;
            for (const _ of decoded)
                n++;
            if (n > MAX_STRING_CODE_POINTS)
                this.fail(`string longer than ${MAX_STRING_CODE_POINTS} code points`);
        }
    }
    /** The rest of a string from its first backslash; returns the index of the closing quote. */
    escapedString(from) {
        const t = this.t;
        let p = from;
        let pendingHigh = false; // the previous escape was a high surrogate
        for (;;) {
            const c = t.charCodeAt(p);
            if (Number.isNaN(c)) {
                this.pos = p;
                this.fail('unterminated string');
            }
            if (c !== BACKSLASH) {
                if (pendingHigh) {
                    this.pos = p;
                    this.fail('unpaired high surrogate escape');
                }
                if (c === QUOTE) {
                    this.nextBackslash = -1;
                    return p;
                }
                p++;
                continue;
            }
            const e = t.charCodeAt(p + 1);
            if (e === 0x75) {
                let v = 0;
                let upper = false;
                for (let k = 2; k < 6; k++) {
                    const ch = t.charCodeAt(p + k);
                    const h = hexVal(ch);
                    if (h < 0) {
                        this.pos = p;
                        this.fail('invalid \\u escape');
                    }
                    if (ch >= 0x41 && ch <= 0x46)
                        upper = true;
                    v = (v << 4) | h;
                }
                const low = v >= 0xdc00 && v <= 0xdfff;
                if (low !== pendingHigh) {
                    this.pos = p;
                    this.fail(low ? 'unpaired low surrogate escape' : 'unpaired high surrogate escape');
                }
                pendingHigh = v >= 0xd800 && v <= 0xdbff;
                // JCS escapes only control characters without a short form, as lowercase \u00xx.
                if (upper || v >= 0x20 || v === 0x08 || v === 0x09 || v === 0x0a || v === 0x0c || v === 0x0d)
                    this.canonical = false;
                p += 6;
                continue;
            }
            if (pendingHigh) {
                this.pos = p;
                this.fail('unpaired high surrogate escape');
            }
            if (e === QUOTE || e === BACKSLASH || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                p += 2;
                continue;
            }
            if (e === 0x2f) {
                this.canonical = false; // `\/` is valid JSON; JCS writes `/`
                p += 2;
                continue;
            }
            this.pos = p;
            this.fail('invalid escape');
        }
    }
    enter() {
        this.depth++;
        if (this.depth > this.maxDepth)
            throw new StrictJsonError(`nesting deeper than ${this.maxDepth}`, 'depth');
    }
    pushKey(start, end) {
        if (this.keySp + 2 > this.keys.length) {
            const grown = new Int32Array(this.keys.length * 2);
            grown.set(this.keys);
            this.keys = grown;
        }
        this.keys[this.keySp++] = start;
        this.keys[this.keySp++] = end;
    }
    pushTop(ks, ke, escaped, vs, ve) {
        const i = this.topCount * 5;
        if (i + 5 > this.top.length) {
            const grown = new Int32Array(this.top.length * 2);
            grown.set(this.top);
            this.top = grown;
        }
        this.top[i] = ks;
        this.top[i + 1] = ke;
        this.top[i + 2] = escaped ? 1 : 0;
        this.top[i + 3] = vs;
        this.top[i + 4] = ve;
        this.topCount++;
    }
    keyText(start, end) {
        const t = this.t;
        const b = t.indexOf('\\', start);
        return b !== -1 && b < end ? JSON.parse(t.slice(start - 1, end + 1)) : t.slice(start, end);
    }
    /** Compare two raw key ranges by UTF-16 code units (meaningful for keys without escapes). */
    cmpRange(a0, a1, b0, b1) {
        const t = this.t;
        const n = Math.min(a1 - a0, b1 - b0);
        for (let i = 0; i < n; i++) {
            const d = t.charCodeAt(a0 + i) - t.charCodeAt(b0 + i);
            if (d !== 0)
                return d;
        }
        return a1 - a0 - (b1 - b0);
    }
    object() {
        this.enter();
        const t = this.t;
        this.pos++;
        this.ws();
        if (t.charCodeAt(this.pos) === RBRACE) {
            this.pos++;
            this.depth--;
            return;
        }
        // Keys in strictly ascending order (the canonical case) cannot repeat, so duplicates are searched for,
        // with decoded keys, only when the order breaks or a key has escapes.
        const base = this.keySp;
        const root = this.depth === 1;
        let ascending = true;
        let count = 0;
        for (;;) {
            if (t.charCodeAt(this.pos) !== QUOTE)
                this.fail('expected object key');
            const ks = this.pos + 1;
            this.string();
            const ke = this.pos - 1;
            const escaped = this.lastEscaped;
            count++;
            if (count > MAX_KEYS_PER_OBJECT)
                this.fail(`more than ${MAX_KEYS_PER_OBJECT} keys in one object`);
            if (ascending && (escaped || (count > 1 && this.cmpRange(this.keys[this.keySp - 2], this.keys[this.keySp - 1], ks, ke) >= 0))) {
                ascending = false;
            }
            this.pushKey(ks, ke);
            this.ws();
            if (t.charCodeAt(this.pos) !== COLON)
                this.fail("expected ':'");
            this.pos++;
            this.ws();
            if (this.paths)
                this.path.push(this.keyText(ks, ke));
            const vs = this.pos;
            this.value();
            if (root)
                this.pushTop(ks, ke, escaped, vs, this.pos);
            if (this.paths)
                this.path.pop();
            this.ws();
            const c = t.charCodeAt(this.pos);
            if (c === COMMA) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === RBRACE) {
                if (!ascending)
                    this.checkKeys(base);
                this.keySp = base;
                this.pos++;
                this.depth--;
                return;
            }
            this.fail("expected ',' or '}'");
        }
    }
    /** Slow path for an object whose keys are not strictly ascending as raw text: decoded order and duplicates. */
    checkKeys(base) {
        const seen = new Set();
        let prev;
        for (let i = base; i < this.keySp; i += 2) {
            const key = this.keyText(this.keys[i], this.keys[i + 1]);
            if (seen.has(key)) {
                this.pos = this.keys[i] - 1;
                this.fail('duplicate key');
            }
            seen.add(key);
            if (prev !== undefined && !(prev < key))
                this.canonical = false;
            prev = key;
        }
    }
    array() {
        this.enter();
        const t = this.t;
        this.pos++;
        this.ws();
        if (t.charCodeAt(this.pos) === RBRACKET) {
            this.pos++;
            this.depth--;
            return;
        }
        let index = 0;
        for (;;) {
            if (this.paths)
                this.path.push(String(index));
            this.value();
            if (this.paths)
                this.path.pop();
            index++;
            this.ws();
            const c = t.charCodeAt(this.pos);
            if (c === COMMA) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === RBRACKET) {
                this.pos++;
                this.depth--;
                return;
            }
            this.fail("expected ',' or ']'");
        }
    }
}
// One scanner reused across calls (strictParse is synchronous and not re-entrant), so a line costs no
// allocation beyond its result.
const shared = new Scanner();
class Result {
    text;
    canonical;
    tokens;
    top;
    topCount;
    parsed;
    constructor(text, canonical, tokens, top, topCount, parsed) {
        this.text = text;
        this.canonical = canonical;
        this.tokens = tokens;
        this.top = top;
        this.topCount = topCount;
        this.parsed = parsed;
    }
    get rootIndex() {
        return this.top;
    }
    get rootCount() {
        return this.topCount;
    }
    get value() {
        if (this.parsed === undefined)
            this.parsed = { v: JSON.parse(this.text) };
        return this.parsed.v;
    }
    members(visit) {
        const t = this.text;
        const top = this.top;
        for (let i = 0; i < this.topCount * 5; i += 5) {
            const ks = top[i];
            const ke = top[i + 1];
            const key = top[i + 2] === 0 ? t.slice(ks, ke) : JSON.parse(t.slice(ks - 1, ke + 1));
            visit(key, t.slice(top[i + 3], top[i + 4]));
        }
    }
    raw(key) {
        const t = this.text;
        const top = this.top;
        for (let i = 0; i < this.topCount * 5; i += 5) {
            const ks = top[i];
            const ke = top[i + 1];
            const match = top[i + 2] === 0
                ? ke - ks === key.length && t.startsWith(key, ks)
                : JSON.parse(t.slice(ks - 1, ke + 1)) === key;
            if (match)
                return t.slice(top[i + 3], top[i + 4]);
        }
        return undefined;
    }
}
/** Validate `text` under the strict rules. Throws StrictJsonError; the value is parsed on demand. */
function strictParse(text, opts) {
    const s = shared;
    s.reset(text, opts.maxDepth, opts.numberTokens === 'paths');
    try {
        s.ws();
        s.value();
        s.ws();
        if (s.pos !== text.length)
            s.fail('trailing characters after the JSON value');
        let parsed;
        if (RAW_CONTROL.test(text)) {
            // Tab, CR and LF are whitespace outside strings and invalid inside them; JSON.parse tells which. Its
            // message quotes the input, which must never reach a message, so it is replaced.
            try {
                parsed = { v: JSON.parse(text) };
            }
            catch {
                throw new StrictJsonError('control character in a string', 'invalid');
            }
        }
        const top = s.topCount > 0 ? s.top.slice(0, s.topCount * 5) : s.top.subarray(0, 0);
        return new Result(text, s.canonical, s.tokens, top, s.topCount, parsed);
    }
    finally {
        s.t = '';
    }
}
/** `0`, `7`, `42` — no sign, fraction or exponent (`1.0`, `1e0`, `-1` are not integers). */
function isUnsignedIntegerToken(token) {
    return token !== undefined && /^(?:0|[1-9][0-9]*)$/.test(token);
}
/** Integer token, sign allowed (`-3`), no fraction or exponent. */
function isIntegerToken(token) {
    return token !== undefined && /^-?(?:0|[1-9][0-9]*)$/.test(token);
}


/***/ }),

/***/ 9590:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jf: () => (/* binding */ TarParser),
/* harmony export */   ZV: () => (/* binding */ TarFormatError),
/* harmony export */   cS: () => (/* binding */ TarTruncated),
/* harmony export */   eu: () => (/* binding */ tarStream)
/* harmony export */ });
/* unused harmony exports BLOCK, tarHeader */
// Tar for evidence bundles, both directions, written here rather than taken from a package: the writer must
// produce the exact header bytes, and the reader must treat every byte as hostile.
const BLOCK = 512;
const enc = new TextEncoder();
function putAscii(h, offset, s) {
    for (let i = 0; i < s.length; i++)
        h[offset + i] = s.charCodeAt(i);
}
function octal(n, digits) {
    return n.toString(8).padStart(digits, '0');
}
/** One GNU-style header (mode 0644, uid/gid 0, mtime 0, typeflag NUL, owner `assay`). */
function tarHeader(name, size) {
    const nameBytes = enc.encode(name);
    if (nameBytes.length > 100)
        throw new RangeError(`tar member name longer than 100 bytes: ${name}`);
    if (size > 0o77777777777)
        throw new RangeError('tar member larger than 8 GiB');
    const h = new Uint8Array(BLOCK);
    h.set(nameBytes, 0);
    putAscii(h, 100, '0000644\0');
    putAscii(h, 108, '0000000\0');
    putAscii(h, 116, '0000000\0');
    putAscii(h, 124, octal(size, 11) + '\0');
    putAscii(h, 136, '00000000000\0');
    putAscii(h, 148, '        ');
    h[156] = 0;
    putAscii(h, 257, 'ustar  \0');
    putAscii(h, 265, 'assay');
    putAscii(h, 297, 'assay');
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += h[i];
    putAscii(h, 148, octal(sum, 7) + '\0');
    return h;
}
/** The tar stream: each member's header and NUL-padded data, then exactly two zero blocks. */
function tarStream(members) {
    let total = 2 * BLOCK;
    for (const m of members)
        total += BLOCK + Math.ceil(m.data.length / BLOCK) * BLOCK;
    const out = new Uint8Array(total);
    let p = 0;
    for (const m of members) {
        out.set(tarHeader(m.name, m.data.length), p);
        p += BLOCK;
        out.set(m.data, p);
        p += Math.ceil(m.data.length / BLOCK) * BLOCK;
    }
    return out;
}
// ---- Reader ----------------------------------------------------------------------------------------------
class TarFormatError extends Error {
}
function allZero(b) {
    for (let i = 0; i < b.length; i++)
        if (b[i] !== 0)
            return false;
    return true;
}
/** A numeric header field: octal text (NUL/space padded) or GNU base-256 (high bit of the first byte). */
function parseNumber(field, what) {
    if (field.length > 0 && (field[0] & 0x80) !== 0) {
        if (field[0] === 0xff)
            throw new TarFormatError(`negative ${what}`);
        let n = field[0] & 0x7f;
        for (let i = 1; i < field.length; i++) {
            n = n * 256 + field[i];
            if (n > Number.MAX_SAFE_INTEGER)
                throw new TarFormatError(`${what} out of range`);
        }
        return n;
    }
    let i = 0;
    while (i < field.length && field[i] === 0x20)
        i++;
    let end = i;
    while (end < field.length && field[end] >= 0x30 && field[end] <= 0x37)
        end++;
    for (let j = end; j < field.length; j++) {
        if (field[j] !== 0 && field[j] !== 0x20)
            throw new TarFormatError(`invalid octal ${what}`);
    }
    if (end === i) {
        // An all-NUL/space field reads as 0 (as common readers do).
        return 0;
    }
    let n = 0;
    for (let j = i; j < end; j++) {
        n = n * 8 + (field[j] - 0x30);
        if (n > Number.MAX_SAFE_INTEGER)
            throw new TarFormatError(`${what} out of range`);
    }
    return n;
}
function cString(b) {
    const z = b.indexOf(0);
    return z === -1 ? b : b.subarray(0, z);
}
function trimTrailingNul(b) {
    let end = b.length;
    while (end > 0 && b[end - 1] === 0)
        end--;
    return b.subarray(0, end);
}
function concat(a, b) {
    const out = new Uint8Array(a.length + b.length);
    out.set(a, 0);
    out.set(b, a.length);
    return out;
}
const TYPE_GNU_LONGNAME = 0x4c; // 'L'
const TYPE_GNU_LONGLINK = 0x4b; // 'K'
const TYPE_PAX = 0x78; // 'x'
const USTAR = enc.encode('ustar\x0000');
/** Parse PAX records `"<len> <key>=<value>\n"`; returns the `path` and `size` overrides. */
function parsePax(data) {
    const out = {};
    let p = 0;
    while (p < data.length) {
        if (data[p] === 0)
            break; // NUL padding after the last record
        const space = data.indexOf(0x20, p);
        if (space === -1)
            throw new TarFormatError('malformed PAX record');
        let len = 0;
        for (let i = p; i < space; i++) {
            const c = data[i];
            if (c < 0x30 || c > 0x39)
                throw new TarFormatError('malformed PAX record length');
            len = len * 10 + (c - 0x30);
            if (len > data.length)
                throw new TarFormatError('PAX record longer than its header');
        }
        const end = p + len;
        if (len === 0 || end > data.length || data[end - 1] !== 0x0a)
            throw new TarFormatError('malformed PAX record');
        const rec = data.subarray(space + 1, end - 1);
        const eq = rec.indexOf(0x3d);
        if (eq === -1)
            throw new TarFormatError('malformed PAX record');
        const key = new TextDecoder().decode(rec.subarray(0, eq));
        const value = rec.subarray(eq + 1);
        if (key === 'path')
            out.path = value.slice();
        else if (key === 'size') {
            const s = new TextDecoder().decode(value);
            if (!/^[0-9]{1,15}$/.test(s))
                throw new TarFormatError('malformed PAX size');
            out.size = Number(s);
        }
        p = end;
    }
    return out;
}
/**
 * Push parser over the decompressed tar stream. It never buffers member data: `onData` receives slices of the
 * input chunks. Metadata entries (GNU `L`/`K`, PAX `x`) are buffered up to `maxMetadataBytes`.
 */
class TarParser {
    sink;
    maxMetadataBytes;
    headerBuf = new Uint8Array(BLOCK);
    headerFill = 0;
    remaining = 0; // data bytes left in the current entry
    padding = 0; // padding bytes left after the current entry's data
    meta = null;
    longName = null;
    pax = null;
    index = 0;
    state = 'header';
    constructor(sink, maxMetadataBytes) {
        this.sink = sink;
        this.maxMetadataBytes = maxMetadataBytes;
    }
    push(chunk) {
        let p = 0;
        const n = chunk.length;
        while (p < n) {
            if (this.state === 'done')
                return;
            if (this.remaining > 0) {
                const take = Math.min(this.remaining, n - p);
                const slice = chunk.subarray(p, p + take);
                if (this.meta)
                    this.metaData(slice);
                else
                    this.sink.onData(slice);
                this.remaining -= take;
                p += take;
                if (this.remaining === 0)
                    this.finishData();
                continue;
            }
            if (this.padding > 0) {
                const take = Math.min(this.padding, n - p);
                this.padding -= take;
                p += take;
                if (this.padding === 0)
                    this.state = 'header';
                continue;
            }
            const take = Math.min(BLOCK - this.headerFill, n - p);
            this.headerBuf.set(chunk.subarray(p, p + take), this.headerFill);
            this.headerFill += take;
            p += take;
            if (this.headerFill === BLOCK) {
                this.headerFill = 0;
                this.header(this.headerBuf);
            }
        }
    }
    /** The decompressed stream ended (cleanly). A partial header or member is a truncation. */
    end() {
        if (this.state === 'done')
            return;
        if (this.state === 'data' || this.remaining > 0)
            throw new TarTruncated('data');
        if (this.padding > 0)
            throw new TarTruncated('data');
        if (this.headerFill > 0 || this.meta !== null || this.longName !== null || this.pax !== null)
            throw new TarTruncated('header');
        // Clean end of input at an entry boundary: end of archive, as common readers treat it.
        this.state = 'done';
        this.sink.onEnd();
    }
    metaData(slice) {
        const m = this.meta;
        if (m.overflow)
            return;
        if (m.fill + slice.length > m.buf.length) {
            m.overflow = true;
            return;
        }
        m.buf.set(slice, m.fill);
        m.fill += slice.length;
    }
    finishData() {
        if (this.meta) {
            const m = this.meta;
            this.meta = null;
            if (m.overflow)
                throw new TarFormatError(`tar metadata entry larger than ${this.maxMetadataBytes} bytes`);
            const data = m.buf.subarray(0, m.fill);
            if (m.kind === TYPE_GNU_LONGNAME)
                this.longName = trimTrailingNul(data).slice();
            else if (m.kind === TYPE_PAX)
                this.pax = { ...this.pax, ...parsePax(data) };
            // 'K' (long link name) is metadata we never use.
        }
        else {
            this.sink.onEntryEnd();
        }
        this.state = this.padding > 0 ? 'data' : 'header';
    }
    header(h) {
        if (allZero(h)) {
            if (this.meta !== null || this.longName !== null || this.pax !== null)
                throw new TarFormatError('metadata entry not followed by an entry');
            this.state = 'done';
            this.sink.onEnd();
            return;
        }
        // Checksum: unsigned sum with the checksum field read as eight spaces.
        let sum = 0;
        for (let i = 0; i < BLOCK; i++)
            sum += i >= 148 && i < 156 ? 0x20 : h[i];
        const stored = parseNumber(h.subarray(148, 156), 'checksum');
        if (stored !== sum)
            throw new TarFormatError('tar header checksum mismatch');
        const typeflag = h[156];
        const declared = parseNumber(h.subarray(124, 136), 'size');
        const padded = Math.ceil(declared / BLOCK) * BLOCK;
        if (typeflag === TYPE_GNU_LONGNAME || typeflag === TYPE_GNU_LONGLINK || typeflag === TYPE_PAX) {
            // Metadata for the next entry; its bytes count toward the decode limit as they stream past.
            const cap = Math.min(declared, this.maxMetadataBytes);
            this.meta = { kind: typeflag, buf: new Uint8Array(cap), fill: 0, overflow: declared > this.maxMetadataBytes };
            this.remaining = declared;
            this.padding = padded - declared;
            this.state = 'data';
            if (declared === 0)
                this.finishData();
            return;
        }
        let path;
        if (this.pax?.path !== undefined)
            path = this.pax.path;
        else if (this.longName !== null)
            path = this.longName;
        else {
            const name = cString(h.subarray(0, 100));
            const isUstar = USTAR.every((b, i) => h[257 + i] === b);
            const prefix = isUstar ? cString(h.subarray(345, 500)) : new Uint8Array(0);
            path = prefix.length > 0 ? concat(concat(prefix, new Uint8Array([0x2f])), name) : name.slice();
        }
        const size = this.pax?.size ?? declared;
        this.pax = null;
        this.longName = null;
        const index = this.index++;
        this.remaining = size;
        this.padding = Math.ceil(size / BLOCK) * BLOCK - size;
        this.state = 'data';
        this.sink.onEntry({ path, size, typeflag }, index);
        if (size === 0)
            this.finishData();
    }
}
/** The decompressed stream ended inside a header (`header`) or a member's data (`data`). */
class TarTruncated extends Error {
    where;
    constructor(where) {
        super(where === 'header' ? 'truncated tar header' : 'truncated tar member data');
        this.where = where;
    }
}


/***/ }),

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ compareInstants),
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   Wv: () => (/* binding */ renderInstant),
/* harmony export */   tD: () => (/* binding */ normalizeRfc3339)
/* harmony export */ });
/* unused harmony export instantFromUnixSeconds */
// RFC 3339 parsing and the one UTC rendering used by the writer, attest, diff and explore:
// `YYYY-MM-DDTHH:MM:SS` + the shortest of 0, 3, 6 or 9 fraction digits that is exact + `Z`.
/** `n` decimal digits at `i`, or -1. */
function digits(s, i, n) {
    let v = 0;
    for (let k = 0; k < n; k++) {
        const c = s.charCodeAt(i + k) - 0x30;
        if (!(c >= 0 && c <= 9))
            return -1;
        v = v * 10 + c;
    }
    return v;
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
/** Parse RFC 3339 (`T`/`t`, `Z`/`z` or `±hh:mm`, up to 9 fraction digits); undefined when invalid. */
function parseRfc3339(s) {
    // Hand-written: this runs once per event on the verify path.
    if (s.length < 20 || s.length > 35)
        return undefined;
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const sec = digits(s, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0)
        return undefined;
    const sep = s.charCodeAt(10);
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || (sep !== 0x54 && sep !== 0x74) || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) {
        return undefined;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60)
        return undefined;
    let p = 19;
    let nanos = 0;
    if (s.charCodeAt(p) === 0x2e) {
        p++;
        const from = p;
        while (p < s.length && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39)
            p++;
        const n = p - from;
        if (n < 1 || n > 9)
            return undefined;
        nanos = digits(s, from, n) * 10 ** (9 - n);
    }
    const z = s.charCodeAt(p);
    let offset = 0;
    if (z === 0x5a || z === 0x7a) {
        if (p + 1 !== s.length)
            return undefined;
    }
    else if (z === 0x2b || z === 0x2d) {
        const oh = digits(s, p + 1, 2);
        const om = digits(s, p + 4, 2);
        if (p + 6 !== s.length || s.charCodeAt(p + 3) !== 0x3a || oh < 0 || om < 0 || oh > 23 || om > 59)
            return undefined;
        offset = (oh * 60 + om) * 60 * (z === 0x2d ? -1 : 1);
    }
    else
        return undefined;
    return { seconds: daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset, nanos };
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no Date objects on the hot path). */
function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function pad(n, width) {
    return String(n).padStart(width, '0');
}
/** UTC rendering. */
function renderInstant(t) {
    const d = new Date(t.seconds * 1000);
    const y = d.getUTCFullYear();
    const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
    let frac = '';
    if (t.nanos !== 0) {
        if (t.nanos % 1_000_000 === 0)
            frac = '.' + pad(t.nanos / 1_000_000, 3);
        else if (t.nanos % 1_000 === 0)
            frac = '.' + pad(t.nanos / 1_000, 6);
        else
            frac = '.' + pad(t.nanos, 9);
    }
    return (`${year}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T` +
        `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${frac}Z`);
}
/** Parse then render; undefined when `s` is not RFC 3339. */
function normalizeRfc3339(s) {
    const t = parseRfc3339(s);
    return t === undefined ? undefined : renderInstant(t);
}
function compareInstants(a, b) {
    return a.seconds - b.seconds || a.nanos - b.nanos;
}
/** Unix seconds (integer or fractional, as in profiles' first_seen/last_seen) → Instant. */
function instantFromUnixSeconds(seconds) {
    const whole = Math.floor(seconds);
    return { seconds: whole, nanos: Math.round((seconds - whole) * 1e9) };
}


/***/ }),

/***/ 9359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YN: () => (/* binding */ displayMemberPath),
/* harmony export */   rJ: () => (/* binding */ BundleError)
/* harmony export */ });
/* unused harmony exports RESERVED_VERIFY_CODES, VERIFY_CODES, verifyCodeClass, verifyCodeReason */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Bundle verification errors: one code per failure, grouped in classes, each class mapped to one
// reason code. Messages never carry archive-controlled text except member paths, shown JSON-escaped and cut.

const CODES = {
    IntegrityManifestHash: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
    IntegrityEventHash: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
    IntegrityFileSizeMismatch: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
    IntegrityRunRootMismatch: ['Integrity', 'E_EVIDENCE_INTEGRITY'],
    IntegrityGzip: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
    IntegrityTar: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
    IntegrityIo: ['Integrity', 'E_EVIDENCE_UNREADABLE'],
    ContractSchemaVersion: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractFileOrder: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractMissingFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractDuplicateFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractUnexpectedFile: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractRunIdMismatch: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractBundleIdMismatch: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractSequenceGap: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractSequenceStart: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractInvalidJson: ['Contract', 'E_EVIDENCE_CONTRACT'],
    ContractInvalidEvent: ['Contract', 'E_EVIDENCE_CONTRACT'],
    LimitPathLength: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitFileSize: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitTotalEvents: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitLineBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitJsonDepth: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitBundleBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    LimitDecodeBytes: ['Limits', 'E_EVIDENCE_LIMIT_EXCEEDED'],
    SecurityPathTraversal: ['Security', 'E_EVIDENCE_PATH_REJECTED'],
    AttestationEnvelope: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationPayloadType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationSignature: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationStatementType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationLegacyV0: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationPredicateType: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationSubject: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationSubjectDigest: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationSubjectName: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
    AttestationPredicateMismatch: ['Attestation', 'E_EVIDENCE_ATTESTATION'],
};
/** Reserved by name for enum parity with the reference, never produced. */
const RESERVED_VERIFY_CODES = (/* unused pure expression or super */ null && (['IntegrityZipBomb', 'ContractMissingManifest', 'ContractTimestampRegression', 'SecurityAbsolutePath']));
const VERIFY_CODES = Object.keys(CODES);
function verifyCodeClass(code) {
    return CODES[code][0];
}
function verifyCodeReason(code) {
    return CODES[code][1];
}
/** A verification failure: `code` (e.g. `IntegrityEventHash`), its class and reason code, where it happened. */
class BundleError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EvidenceError */ .oe {
    code;
    errorClass;
    /** Member path (already made display-safe) or null. */
    entry;
    seq;
    constructor(code, message, where = {}) {
        super(verifyCodeReason(code), message, {
            source: 'evidence',
            context: { verify_code: code },
            nextStepValues: { bundle: where.bundle },
        });
        this.code = code;
        this.errorClass = verifyCodeClass(code);
        this.entry = where.entry ?? null;
        this.seq = where.seq ?? null;
    }
    /** `<Class>: <message> (<Code>)` — the `caused by:` line of verify's text output. */
    get cause() {
        return `${this.errorClass}: ${this.message} (${this.code})`;
    }
}
/**
 * An archive-controlled member path for messages: JSON-escaped with every control and non-ASCII character as
 * `\uXXXX`, cut to 64 bytes.
 */
function displayMemberPath(raw) {
    const s = typeof raw === 'string' ? raw : new TextDecoder().decode(raw);
    let out = '';
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        let piece;
        if (c === 0x22)
            piece = '\\"';
        else if (c === 0x5c)
            piece = '\\\\';
        else if (c < 0x20 || c >= 0x7f)
            piece = '\\u' + c.toString(16).padStart(4, '0');
        else
            piece = s[i];
        if (out.length + piece.length > 64)
            break;
        out += piece;
    }
    return out;
}


/***/ })

};
