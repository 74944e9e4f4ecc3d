export const id = 216;
export const ids = [216];
export const modules = {

/***/ 6556:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CI: () => (/* binding */ usage),
/* harmony export */   GA: () => (/* binding */ readBundleBytes),
/* harmony export */   XJ: () => (/* binding */ printVerifyFailure),
/* harmony export */   hk: () => (/* binding */ openBundle),
/* harmony export */   nj: () => (/* binding */ loadLimits),
/* harmony export */   yG: () => (/* binding */ verifyFailureJson),
/* harmony export */   zy: () => (/* binding */ verifiedJson)
/* harmony export */ });
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _src_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(997);
/* harmony import */ var _src_core_evidence_limits_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5297);
/* harmony import */ var _src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7260);
/* harmony import */ var _src_core_evidence_verify_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9359);
/* harmony import */ var _src_core_evidence_verify_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9540);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(639);
/* harmony import */ var _src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2712);
// Shared plumbing of the `assay evidence …` commands: limits, reading a bundle (file or stdin) under the
// byte ceiling, and the verify-failure report every bundle-reading command prints.









function usage(message) {
    return new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** `--limits FILE`: a JSON object with any subset of the eight keys; anything else is a usage error. */
function loadLimits(file) {
    if (file === undefined)
        return (0,_src_core_evidence_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveLimits */ .fW)();
    let text;
    try {
        text = (0,_src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_8__/* .readTextStrict */ .hr)(file, (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(file).display, 'E_INVALID_ARGS', { errorClass: _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb, source: 'cli' });
    }
    catch (e) {
        if (e instanceof _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb)
            throw e;
        throw usage(`--limits ${file}: cannot read (${e.code ?? 'error'})`);
    }
    return (0,_src_core_evidence_limits_js__WEBPACK_IMPORTED_MODULE_2__/* .parseLimitsJson */ .si)(text, (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(file).display);
}
/** Read (file or `-` = stdin) and verify. Throws BundleError / BundleOpenError. */
async function openBundle(given, limits, opts = {}) {
    const stdin = given === '-';
    const display = stdin ? '-' : (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(given).display;
    const bytes = stdin
        ? await (0,_src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundleStream */ .Bo)(process.stdin, limits.max_bundle_bytes, '-')
        : (0,_src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundleFile */ .zi)((0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(given).path, limits.max_bundle_bytes, display);
    const result = await (0,_src_core_evidence_verify_js__WEBPACK_IMPORTED_MODULE_5__/* .verifyBundleBytes */ .P)(bytes, { ...opts, limits, bundleLabel: display });
    return { display, result };
}
/** Read a bundle's raw bytes (attest needs the exact archive). */
async function readBundleBytes(given, limits) {
    const stdin = given === '-';
    const display = stdin ? '-' : (0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(given).display;
    const bytes = stdin
        ? await (0,_src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundleStream */ .Bo)(process.stdin, limits.max_bundle_bytes, '-')
        : (0,_src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__/* .readBundleFile */ .zi)((0,_paths_js__WEBPACK_IMPORTED_MODULE_7__/* .fileRef */ .M)(given).path, limits.max_bundle_bytes, display);
    return { display, bytes };
}
/** The two stderr lines of a verify failure, then the next step. */
function printVerifyFailure(e, display, headline = 'fatal: bundle verification failed') {
    if (e instanceof _src_core_evidence_source_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleOpenError */ .Xb) {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._q)(`fatal: failed to open bundle ${display}`);
        (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._q)(`  caused by: ${e.message}`);
    }
    else {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._q)(headline);
        (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._q)(`  caused by: ${e.cause}`);
    }
    (0,_output_js__WEBPACK_IMPORTED_MODULE_6__/* .err */ ._q)(`Next: ${e.nextStep}`);
}
/** The `assay.evidence.verify.v1` document of a verified bundle; `extra` goes after `verified`. */
function verifiedJson(bundle, r, extra = {}) {
    return {
        schema: 'assay.evidence.verify.v1',
        schema_version: 1,
        bundle,
        verified: true,
        ...extra,
        bundle_id: r.bundle_id,
        run_id: r.run_id,
        event_count: r.event_count,
        run_root: r.run_root,
        archive_sha256: r.archive_sha256,
        trailing_bytes: r.trailing_bytes,
    };
}
/** The JSON error fields of a verify failure. */
function verifyFailureJson(e) {
    return {
        exit_code: 2,
        reason_code_version: _src_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .REASON_CODE_VERSION */ .Mv,
        reason_code: e.reasonCode,
        message: e.message,
        next_step: e.nextStep,
        error: { class: e.errorClass, code: e.code, entry: e.entry, seq: e.seq },
    };
}



/***/ }),

/***/ 7260:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bo: () => (/* binding */ readBundleStream),
/* harmony export */   Xb: () => (/* binding */ BundleOpenError),
/* harmony export */   zi: () => (/* binding */ readBundleFile)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _verify_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9359);
// Reading an untrusted bundle source under max_bundle_bytes (step 1): a file or any byte stream
// (stdin). At most limit + 1 bytes are ever held, so an oversized source is refused without reading it all.


/** The bundle could not be opened at all (verify's text output: `fatal: failed to open bundle <path>`). */
class BundleOpenError extends _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ {
    openFailure = true;
}
function tooBig(limit, bundle) {
    return new _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limit})`, { bundle });
}
/** Read a bundle file; throws BundleOpenError (cannot open), LimitBundleBytes or IntegrityGzip (read error). */
function readBundleFile(path, maxBundleBytes, label = path) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, 'r');
    }
    catch (e) {
        const code = e.code ?? 'error';
        throw new BundleOpenError('IntegrityIo', `failed to open bundle (${code})`, { bundle: label });
    }
    try {
        let st;
        try {
            st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd);
        }
        catch {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ('IntegrityGzip', 'read error', { bundle: label });
        }
        if (st.isDirectory())
            throw new BundleOpenError('IntegrityIo', 'failed to open bundle (EISDIR)', { bundle: label });
        if (st.isFile() && st.size > maxBundleBytes)
            throw tooBig(maxBundleBytes, label);
        const chunks = [];
        let total = 0;
        for (;;) {
            const want = Math.min(1 << 20, maxBundleBytes + 1 - total);
            if (want <= 0)
                throw tooBig(maxBundleBytes, label);
            const buf = Buffer.allocUnsafe(want);
            let n;
            try {
                n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, buf, 0, want, null);
            }
            catch {
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ('IntegrityGzip', 'read error', { bundle: label });
            }
            if (n === 0)
                break;
            chunks.push(buf.subarray(0, n));
            total += n;
            if (total > maxBundleBytes)
                throw tooBig(maxBundleBytes, label);
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Read a byte stream (stdin) under the same ceiling. */
async function readBundleStream(stream, maxBundleBytes, label = '-') {
    const chunks = [];
    let total = 0;
    try {
        for await (const c of stream) {
            const b = typeof c === 'string' ? Buffer.from(c, 'latin1') : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
            total += b.length;
            if (total > maxBundleBytes)
                throw tooBig(maxBundleBytes, label);
            chunks.push(b);
        }
    }
    catch (e) {
        if (e instanceof _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ)
            throw e;
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_1__/* .BundleError */ .rJ('IntegrityGzip', 'read error', { bundle: label });
    }
    return Buffer.concat(chunks, total);
}


/***/ }),

/***/ 9540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ verifyBundleBytes)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _verify_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9359);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5297);
/* harmony import */ var _gzip_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1413);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9590);
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9395);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(4140);
/* harmony import */ var _event_check_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(1944);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(6313);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(2768);
// Streaming bundle verification, first failure wins. The compressed source is held in memory (it
// is bounded by max_bundle_bytes); the decompressed stream is never buffered: member data flows from the
// inflater through the tar parser into a line splitter, so memory is one line plus the manifest.












const LF = 0x0a;
const CR = 0x0d;
class BundleVerifier {
    limits;
    opts;
    manifest = null;
    seen = new Set();
    member = null;
    currentPath = '';
    // manifest.json
    manifestBuf = null;
    manifestFill = 0;
    // events.ndjson
    eventsSeen = false;
    carry = [];
    carryLen = 0;
    lineNo = 0;
    eventBytes = 0;
    expectedBytes = 0;
    fileHash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    root = new _event_js__WEBPACK_IMPORTED_MODULE_10__/* .RunRootHasher */ .lo();
    checker = null;
    timeFirst = null;
    timeLast = null;
    timeMin = null;
    timeMax = null;
    runRoot = '';
    constructor(limits, opts) {
        this.limits = limits;
        this.opts = opts;
    }
    err(code, message, seq) {
        return new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ(code, message, { entry: this.currentPath || null, seq: seq ?? null, bundle: this.opts.bundleLabel });
    }
    onEntry(entry, index) {
        const raw = entry.path;
        const shown = (0,_verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .displayMemberPath */ .YN)(raw);
        this.currentPath = shown;
        this.member = null;
        // 3. path length
        if (raw.length > this.limits.max_path_len) {
            throw this.err('LimitPathLength', `Path of ${raw.length} bytes exceeds max_path_len (${this.limits.max_path_len})`);
        }
        const path = new TextDecoder().decode(raw);
        const isManifestPath = isExactly(raw, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .MANIFEST_MEMBER */ .dN);
        // 4. declared size, before any content is read
        const cap = isManifestPath ? this.limits.max_manifest_bytes : this.limits.max_events_bytes;
        if (entry.size > cap) {
            const which = isManifestPath ? 'max_manifest_bytes' : 'max_events_bytes';
            throw this.err('LimitFileSize', `'${shown}' declares ${entry.size} bytes, over ${which} (${cap})`);
        }
        // 5. traversal: `..` components, a leading `/`, an empty root
        if (path.startsWith('/') || path.split('/').some((c) => c === '..') || path.startsWith('\\') || /^[A-Za-z]:/.test(path)) {
            throw this.err('SecurityPathTraversal', `Invalid path component in '${shown}'`);
        }
        // 6. only the two members
        const isEvents = isExactly(raw, _manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .EVENTS_MEMBER */ .ny);
        if (!isManifestPath && !isEvents)
            throw this.err('ContractUnexpectedFile', `Unexpected file '${shown}'`);
        // 7. duplicates
        if (this.seen.has(path))
            throw this.err('ContractDuplicateFile', `Duplicate file '${shown}'`);
        this.seen.add(path);
        // 8. order
        if (index === 0 && !isManifestPath)
            throw this.err('ContractFileOrder', "First file must be 'manifest.json'");
        if (isManifestPath) {
            this.member = 'manifest';
            this.manifestBuf = new Uint8Array(entry.size);
            this.manifestFill = 0;
            if (entry.size === 0)
                return; // parsed at entry end
            return;
        }
        // 10. events.ndjson (the manifest is known here: it was entry 0)
        const m = this.manifest;
        const meta = m.files[_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .EVENTS_MEMBER */ .ny];
        if (meta === undefined)
            throw this.err('ContractMissingFile', 'Manifest has no files["events.ndjson"] entry');
        if (entry.size !== meta.bytes) {
            throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${meta.bytes}, got ${entry.size}`);
        }
        this.member = 'events';
        this.eventsSeen = true;
        this.expectedBytes = meta.bytes;
        this.checker = new _event_check_js__WEBPACK_IMPORTED_MODULE_9__/* .EventChecker */ .w({ runId: m.run_id, maxJsonDepth: this.limits.max_json_depth, hashChecks: this.opts.hashChecks !== false });
    }
    onData(chunk) {
        if (this.member === 'manifest') {
            this.manifestBuf.set(chunk, this.manifestFill);
            this.manifestFill += chunk.length;
            return;
        }
        if (this.member === 'events')
            this.eventsData(chunk);
    }
    onEntryEnd() {
        if (this.member === 'manifest')
            this.parseManifest();
        else if (this.member === 'events')
            this.finishEvents();
        this.member = null;
    }
    onEnd() {
        // 11. no events.ndjson (manifest-only, empty or all-zero archive)
        if (!this.eventsSeen) {
            this.currentPath = '';
            throw this.err('ContractMissingFile', 'Missing events.ndjson');
        }
    }
    // ---- 9. manifest ----
    parseManifest() {
        const bytes = this.manifestBuf.subarray(0, this.manifestFill);
        this.manifestBuf = null;
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
            throw this.err('ContractInvalidJson', 'Manifest JSON is not valid UTF-8');
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
        let parsed;
        try {
            parsed = (0,_strict_json_js__WEBPACK_IMPORTED_MODULE_7__/* .strictParse */ .l1)(text, { maxDepth: this.limits.max_json_depth, numberTokens: 'paths' });
        }
        catch (e) {
            if (!(e instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_7__/* .StrictJsonError */ .U7))
                throw e;
            if (e.kind === 'depth')
                throw this.err('LimitJsonDepth', `Manifest JSON ${e.message} (max_json_depth)`);
            throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${e.message}`);
        }
        const problem = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .manifestShapeProblem */ .q8)(parsed.value, parsed.tokens);
        if (problem)
            throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${problem}`);
        const m = parsed.value;
        if (m.schema_version !== 1)
            throw this.err('ContractSchemaVersion', `Unsupported schema version: ${String(m.schema_version).slice(0, 32)}`);
        this.manifest = m;
    }
    // ---- 10. events.ndjson ----
    eventsData(chunk) {
        this.fileHash.update(chunk);
        this.eventBytes += chunk.length;
        let p = 0;
        const n = chunk.length;
        const maxLine = this.limits.max_line_bytes;
        while (p < n) {
            const lf = chunk.indexOf(LF, p);
            if (lf === -1) {
                const rest = chunk.subarray(p);
                if (this.carryLen + rest.length > maxLine)
                    this.lineTooLong();
                this.carry.push(rest.slice());
                this.carryLen += rest.length;
                return;
            }
            let line = chunk.subarray(p, lf);
            if (this.carryLen > 0) {
                if (this.carryLen + line.length > maxLine)
                    this.lineTooLong();
                this.carry.push(line);
                line = Buffer.concat(this.carry, this.carryLen + line.length);
                this.carry = [];
                this.carryLen = 0;
            }
            this.line(line);
            p = lf + 1;
        }
    }
    lineTooLong() {
        throw this.err('LimitLineBytes', `Line ${this.lineNo + 1} of events.ndjson exceeds max_line_bytes (${this.limits.max_line_bytes})`);
    }
    line(raw) {
        const lineNo = ++this.lineNo;
        if (raw.length > this.limits.max_line_bytes)
            this.lineTooLong();
        if (lineNo === 1 && raw.length >= 3 && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) {
            throw this.err('ContractInvalidJson', 'BOM not allowed in NDJSON');
        }
        if (lineNo > this.limits.max_events) {
            throw this.err('LimitTotalEvents', `events.ndjson has more than max_events (${this.limits.max_events}) lines`);
        }
        let end = raw.length;
        if (end > 0 && raw[end - 1] === CR)
            end--;
        if (end === 0)
            throw this.err('ContractInvalidEvent', `Blank line in events.ndjson (line ${lineNo})`);
        const body = end === raw.length ? raw : raw.subarray(0, end);
        if (!(0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(body))
            throw this.err('ContractInvalidJson', `Event JSON at line ${lineNo} is not valid UTF-8`);
        const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
        const checked = this.checker.check(text, lineNo);
        this.root.add(checked.contentHash);
        const t = checked.time;
        if (this.timeFirst === null)
            this.timeFirst = t;
        this.timeLast = t;
        if (this.timeMin === null || (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .compareInstants */ .QI)(t, this.timeMin) < 0)
            this.timeMin = t;
        if (this.timeMax === null || (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .compareInstants */ .QI)(t, this.timeMax) > 0)
            this.timeMax = t;
        if (this.opts.onEvent)
            this.opts.onEvent(checked.parsed.value, { seq: checked.seq, line: lineNo, contentHash: checked.contentHash });
    }
    finishEvents() {
        if (this.carryLen > 0) {
            // A missing final LF is tolerated.
            const last = Buffer.concat(this.carry, this.carryLen);
            this.carry = [];
            this.carryLen = 0;
            this.line(last);
        }
        const m = this.manifest;
        const meta = m.files[_manifest_js__WEBPACK_IMPORTED_MODULE_8__/* .EVENTS_MEMBER */ .ny];
        const hashChecks = this.opts.hashChecks !== false;
        if (this.eventBytes !== this.expectedBytes) {
            throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${this.expectedBytes}, got ${this.eventBytes}`);
        }
        const recorded = meta.sha256.startsWith('sha256:') ? meta.sha256 : 'sha256:' + meta.sha256;
        if (hashChecks && 'sha256:' + this.fileHash.digest('hex') !== recorded)
            throw this.err('IntegrityManifestHash', 'events.ndjson hash mismatch');
        const count = this.checker.count;
        if (count === 0)
            throw this.err('ContractInvalidEvent', 'a bundle must carry at least one event');
        if (count !== m.event_count)
            throw this.err('ContractSequenceGap', `Event count mismatch: manifest says ${m.event_count}, found ${count}`);
        this.runRoot = this.root.digest();
        if (hashChecks && this.runRoot !== m.run_root)
            throw this.err('IntegrityRunRootMismatch', 'run_root does not match the recomputed run root');
        if (hashChecks && m.bundle_id !== this.runRoot)
            throw this.err('ContractBundleIdMismatch', 'bundle_id must equal run_root');
    }
}
function isExactly(raw, name) {
    if (raw.length !== name.length)
        return false;
    for (let i = 0; i < raw.length; i++)
        if (raw[i] !== name.charCodeAt(i))
            return false;
    return true;
}
class InflateError extends Error {
}
/**
 * Raw inflate of `body` through node:zlib; resolves with the compressed bytes consumed (the trailer follows).
 * Pipelined: decompressed chunks are queued and checked on later turns of the event loop, so the inflater works
 * on the next chunk in the thread pool while this thread checks the previous one. Bounded: the compressed input
 * is fed in slices and the stream is paused while the queue is full, so at most a few chunks are ever held.
 */
function inflate(body, onChunk) {
    const SLICE = 64 * 1024;
    const HIGH = 8;
    const LOW = 2;
    return new Promise((resolve, reject) => {
        const z = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.createInflateRaw)({ chunkSize: 128 * 1024 });
        const queue = [];
        let failed = false;
        let ended = false;
        let scheduled = false;
        const fail = (e) => {
            if (failed)
                return;
            failed = true;
            queue.length = 0;
            z.removeAllListeners('data');
            z.destroy();
            reject(e);
        };
        const drain = () => {
            scheduled = false;
            if (failed)
                return;
            try {
                while (queue.length > 0) {
                    onChunk(queue.shift());
                    if (queue.length <= LOW && z.isPaused())
                        z.resume();
                }
            }
            catch (e) {
                fail(e);
                return;
            }
            if (ended)
                resolve(z.bytesWritten);
        };
        const schedule = () => {
            if (!scheduled) {
                scheduled = true;
                setImmediate(drain);
            }
        };
        z.on('data', (c) => {
            if (failed)
                return;
            queue.push(c);
            if (queue.length >= HIGH)
                z.pause();
            schedule();
        });
        z.on('error', (e) => fail(new InflateError(`deflate stream: ${e.code ?? 'error'}`)));
        z.on('end', () => {
            ended = true;
            schedule();
        });
        // Feed the compressed bytes in slices, respecting backpressure; Node stops the inflater after the first
        // deflate stream ends and counts what it consumed in bytesWritten.
        let off = 0;
        const feed = () => {
            while (!failed && off < body.length) {
                const slice = body.subarray(off, Math.min(body.length, off + SLICE));
                off += slice.length;
                if (!z.write(slice)) {
                    z.once('drain', feed);
                    return;
                }
            }
            if (!failed)
                z.end();
        };
        feed();
    });
}
/**
 * Verify a bundle held in memory (the whole compressed source). Throws BundleError (an EvidenceError) with
 * the reference's code on the first failure; resolves with the summary on success.
 */
async function verifyBundleBytes(src, opts = {}) {
    const limits = (0,_limits_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveLimits */ .fW)(opts.limits);
    const where = { bundle: opts.bundleLabel };
    // 1. source size
    if (src.length > limits.max_bundle_bytes) {
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limits.max_bundle_bytes})`, where);
    }
    // 2. gzip header, then streaming inflate of the first member
    let headerLen;
    try {
        headerLen = (0,_gzip_js__WEBPACK_IMPORTED_MODULE_5__/* .gzipHeaderLength */ .is)(src);
    }
    catch (e) {
        if (e instanceof _gzip_js__WEBPACK_IMPORTED_MODULE_5__/* .GzipHeaderError */ .un)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityGzip', `Gzip header: ${e.message}`, where);
        throw e;
    }
    const verifier = new BundleVerifier(limits, opts);
    const parser = new _tar_js__WEBPACK_IMPORTED_MODULE_6__/* .TarParser */ .Jf(verifier, limits.max_manifest_bytes);
    let decoded = 0;
    let crc = 0;
    const onChunk = (c) => {
        const allowed = limits.max_decode_bytes - decoded;
        const part = c.length > allowed ? c.subarray(0, allowed) : c;
        decoded += part.length;
        crc = (0,node_zlib__WEBPACK_IMPORTED_MODULE_2__.crc32)(part, crc);
        if (parser.state !== 'done')
            parser.push(part);
        if (part.length < c.length) {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('LimitDecodeBytes', `Decompressed size exceeds max_decode_bytes (${limits.max_decode_bytes})`, where);
        }
    };
    const at = () => ({ ...where, entry: verifier.currentPath || null });
    const classify = (e) => {
        if (e instanceof _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ)
            throw e;
        if (e instanceof _tar_js__WEBPACK_IMPORTED_MODULE_6__/* .TarFormatError */ .ZV)
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityTar', `Tar: ${e.message}`, where);
        if (e instanceof _tar_js__WEBPACK_IMPORTED_MODULE_6__/* .TarTruncated */ .cS) {
            if (e.where === 'header')
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityTar', 'Tar: truncated header', where);
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityIo', 'Unexpected end of member data', at());
        }
        if (e instanceof InflateError) {
            // Where the decoder failed decides the code: in a header, in member data, or after the archive.
            if (parser.state === 'header')
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityTar', `Tar: ${e.message}`, where);
            if (parser.state === 'data')
                throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityIo', `Reading member data: ${e.message}`, at());
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityGzip', `Gzip: ${e.message}`, where);
        }
        throw e;
    };
    let consumed;
    try {
        consumed = await inflate(src.subarray(headerLen), onChunk);
        parser.end();
    }
    catch (e) {
        classify(e);
    }
    // 12. the drain has happened (every decoded byte was counted); check the trailer.
    const trailerAt = headerLen + consumed;
    if (src.length < trailerAt + 8)
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityGzip', 'Gzip trailer: truncated', where);
    const view = new DataView(src.buffer, src.byteOffset + trailerAt, 8);
    if (view.getUint32(0, true) !== crc >>> 0)
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityGzip', 'Gzip trailer: CRC-32 mismatch', where);
    if (view.getUint32(4, true) !== decoded % 2 ** 32)
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('IntegrityGzip', 'Gzip trailer: ISIZE mismatch', where);
    const m = verifier.manifest;
    return {
        manifest: m,
        bundle_id: m.bundle_id,
        run_id: m.run_id,
        event_count: m.event_count,
        run_root: verifier.runRoot,
        time_first: (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .renderInstant */ .Wv)(verifier.timeFirst),
        time_last: (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .renderInstant */ .Wv)(verifier.timeLast),
        time_min: (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .renderInstant */ .Wv)(verifier.timeMin),
        time_max: (0,_time_js__WEBPACK_IMPORTED_MODULE_11__/* .renderInstant */ .Wv)(verifier.timeMax),
        archive_sha256: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(src).digest('hex'),
        trailing_bytes: src.length - trailerAt - 8,
        verified: opts.hashChecks !== false,
    };
}


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// RFC 8785 JSON Canonicalization Scheme: the one canonical form used for hashing.
// Keys sorted by UTF-16 code units, no whitespace, ECMAScript number serialisation, strings
// escaped like JSON.stringify (which already emits the RFC's short forms and lowercase \u00xx).

class JcsError extends Error {
}
/** Canonical JSON text of `value`. Throws JcsError on NaN/Infinity, lone surrogates, BigInt and other non-JSON values. */
function canonicalize(value) {
    const out = [];
    write(value, out, false);
    return out.join('');
}
/** UTF-8 bytes of the canonical form. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalize(value));
}
function write(value, out, inArray) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
        value = value.toJSON();
    }
    switch (typeof value) {
        case 'string':
            out.push(string(value));
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new JcsError(`cannot canonicalize non-finite number ${value}`);
            // Number#toString is the ECMAScript serialisation RFC 8785 mandates; -0 → "0".
            out.push(Object.is(value, -0) ? '0' : String(value));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            throw new JcsError('cannot canonicalize a BigInt');
        case 'undefined':
        case 'function':
        case 'symbol':
            // Like JSON.stringify: null inside arrays; object members holding these are skipped by the caller.
            if (inArray) {
                out.push('null');
                return;
            }
            throw new JcsError(`cannot canonicalize a value of type ${typeof value}`);
        default:
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            write(item, out, true);
        });
        out.push(']');
        return;
    }
    const obj = value;
    // Default sort() compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
    const keys = Object.keys(obj)
        .filter((k) => {
        const t = typeof obj[k];
        return t !== 'undefined' && t !== 'function' && t !== 'symbol';
    })
        .sort();
    out.push('{');
    keys.forEach((k, i) => {
        if (i > 0)
            out.push(',');
        out.push(string(k), ':');
        write(obj[k], out, false);
    });
    out.push('}');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function string(s) {
    if (LONE_SURROGATE.test(s))
        throw new JcsError('cannot canonicalize a string with a lone surrogate');
    return JSON.stringify(s);
}
/** Hex sha256 of the UTF-8 canonical form: the content address used by fingerprints and cache keys. */
function jcsSha256Hex(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalize(value), 'utf8').digest('hex');
}


/***/ })

};
