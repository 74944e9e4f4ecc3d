export const id = 403;
export const ids = [403,810];
export const modules = {

/***/ 3403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/evidence/limits.ts
var evidence_limits = __webpack_require__(5297);
;// CONCATENATED MODULE: ./src/core/evidence/source.ts
// Reading an untrusted bundle source under max_bundle_bytes (04 §7.3 step 1): a file or any byte stream
// (stdin). At most limit + 1 bytes are ever held, so an oversized source is refused without reading it all.


/** The bundle could not be opened at all (verify's text output: `fatal: failed to open bundle <path>`). */
class BundleOpenError extends verify_error/* BundleError */.rJ {
    openFailure = true;
}
function tooBig(limit, bundle) {
    return new verify_error/* BundleError */.rJ('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limit})`, { bundle });
}
/** Read a bundle file; throws BundleOpenError (cannot open), LimitBundleBytes or IntegrityGzip (read error). */
function readBundleFile(path, maxBundleBytes, label = path) {
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (e) {
        const code = e.code ?? 'error';
        throw new BundleOpenError('IntegrityIo', `failed to open bundle (${code})`, { bundle: label });
    }
    try {
        let st;
        try {
            st = (0,external_node_fs_.fstatSync)(fd);
        }
        catch {
            throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'read error', { bundle: label });
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
                n = (0,external_node_fs_.readSync)(fd, buf, 0, want, null);
            }
            catch {
                throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'read error', { bundle: label });
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
        (0,external_node_fs_.closeSync)(fd);
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
        if (e instanceof verify_error/* BundleError */.rJ)
            throw e;
        throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'read error', { bundle: label });
    }
    return Buffer.concat(chunks, total);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/evidence/gzip.ts
var gzip = __webpack_require__(1413);
// EXTERNAL MODULE: ./src/core/evidence/tar.ts
var tar = __webpack_require__(9590);
// EXTERNAL MODULE: ./src/core/evidence/strict-json.ts
var strict_json = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/core/evidence/manifest.ts
var manifest = __webpack_require__(4140);
// EXTERNAL MODULE: ./src/core/evidence/event-check.ts
var event_check = __webpack_require__(1944);
// EXTERNAL MODULE: ./src/core/evidence/event.ts
var evidence_event = __webpack_require__(6313);
// EXTERNAL MODULE: ./src/core/evidence/time.ts
var time = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/core/evidence/verify.ts
// Streaming bundle verification (04 §7.3), first failure wins. The compressed source is held in memory (it
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
    fileHash = (0,external_node_crypto_.createHash)('sha256');
    root = new evidence_event/* RunRootHasher */.lo();
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
        return new verify_error/* BundleError */.rJ(code, message, { entry: this.currentPath || null, seq: seq ?? null, bundle: this.opts.bundleLabel });
    }
    onEntry(entry, index) {
        const raw = entry.path;
        const shown = (0,verify_error/* displayMemberPath */.YN)(raw);
        this.currentPath = shown;
        this.member = null;
        // 3. path length
        if (raw.length > this.limits.max_path_len) {
            throw this.err('LimitPathLength', `Path of ${raw.length} bytes exceeds max_path_len (${this.limits.max_path_len})`);
        }
        const path = new TextDecoder().decode(raw);
        const isManifestPath = isExactly(raw, manifest/* MANIFEST_MEMBER */.dN);
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
        const isEvents = isExactly(raw, manifest/* EVENTS_MEMBER */.ny);
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
        const meta = m.files[manifest/* EVENTS_MEMBER */.ny];
        if (meta === undefined)
            throw this.err('ContractMissingFile', 'Manifest has no files["events.ndjson"] entry');
        if (entry.size !== meta.bytes) {
            throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${meta.bytes}, got ${entry.size}`);
        }
        this.member = 'events';
        this.eventsSeen = true;
        this.expectedBytes = meta.bytes;
        this.checker = new event_check/* EventChecker */.w({ runId: m.run_id, maxJsonDepth: this.limits.max_json_depth, hashChecks: this.opts.hashChecks !== false });
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
        if (!(0,external_node_buffer_.isUtf8)(bytes))
            throw this.err('ContractInvalidJson', 'Manifest JSON is not valid UTF-8');
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
        let parsed;
        try {
            parsed = (0,strict_json/* strictParse */.l1)(text, { maxDepth: this.limits.max_json_depth, numberTokens: 'paths' });
        }
        catch (e) {
            if (!(e instanceof strict_json/* StrictJsonError */.U7))
                throw e;
            if (e.kind === 'depth')
                throw this.err('LimitJsonDepth', `Manifest JSON ${e.message} (max_json_depth)`);
            throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${e.message}`);
        }
        const problem = (0,manifest/* manifestShapeProblem */.q8)(parsed.value, parsed.tokens);
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
        if (!(0,external_node_buffer_.isUtf8)(body))
            throw this.err('ContractInvalidJson', `Event JSON at line ${lineNo} is not valid UTF-8`);
        const text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8');
        const checked = this.checker.check(text, lineNo);
        this.root.add(checked.contentHash);
        const t = checked.time;
        if (this.timeFirst === null)
            this.timeFirst = t;
        this.timeLast = t;
        if (this.timeMin === null || (0,time/* compareInstants */.QI)(t, this.timeMin) < 0)
            this.timeMin = t;
        if (this.timeMax === null || (0,time/* compareInstants */.QI)(t, this.timeMax) > 0)
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
        const meta = m.files[manifest/* EVENTS_MEMBER */.ny];
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
        const z = (0,external_node_zlib_.createInflateRaw)({ chunkSize: 128 * 1024 });
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
 * the spec's code on the first failure; resolves with the summary on success.
 */
async function verifyBundleBytes(src, opts = {}) {
    const limits = (0,evidence_limits/* resolveLimits */.fW)(opts.limits);
    const where = { bundle: opts.bundleLabel };
    // 1. source size
    if (src.length > limits.max_bundle_bytes) {
        throw new verify_error/* BundleError */.rJ('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limits.max_bundle_bytes})`, where);
    }
    // 2. gzip header, then streaming inflate of the first member
    let headerLen;
    try {
        headerLen = (0,gzip/* gzipHeaderLength */.is)(src);
    }
    catch (e) {
        if (e instanceof gzip/* GzipHeaderError */.un)
            throw new verify_error/* BundleError */.rJ('IntegrityGzip', `Gzip header: ${e.message}`, where);
        throw e;
    }
    const verifier = new BundleVerifier(limits, opts);
    const parser = new tar/* TarParser */.Jf(verifier, limits.max_manifest_bytes);
    let decoded = 0;
    let crc = 0;
    const onChunk = (c) => {
        const allowed = limits.max_decode_bytes - decoded;
        const part = c.length > allowed ? c.subarray(0, allowed) : c;
        decoded += part.length;
        crc = (0,external_node_zlib_.crc32)(part, crc);
        if (parser.state !== 'done')
            parser.push(part);
        if (part.length < c.length) {
            throw new verify_error/* BundleError */.rJ('LimitDecodeBytes', `Decompressed size exceeds max_decode_bytes (${limits.max_decode_bytes})`, where);
        }
    };
    const at = () => ({ ...where, entry: verifier.currentPath || null });
    const classify = (e) => {
        if (e instanceof verify_error/* BundleError */.rJ)
            throw e;
        if (e instanceof tar/* TarFormatError */.ZV)
            throw new verify_error/* BundleError */.rJ('IntegrityTar', `Tar: ${e.message}`, where);
        if (e instanceof tar/* TarTruncated */.cS) {
            if (e.where === 'header')
                throw new verify_error/* BundleError */.rJ('IntegrityTar', 'Tar: truncated header', where);
            throw new verify_error/* BundleError */.rJ('IntegrityIo', 'Unexpected end of member data', at());
        }
        if (e instanceof InflateError) {
            // Where the decoder failed decides the code (04 §7.5): in a header, in member data, or after the archive.
            if (parser.state === 'header')
                throw new verify_error/* BundleError */.rJ('IntegrityTar', `Tar: ${e.message}`, where);
            if (parser.state === 'data')
                throw new verify_error/* BundleError */.rJ('IntegrityIo', `Reading member data: ${e.message}`, at());
            throw new verify_error/* BundleError */.rJ('IntegrityGzip', `Gzip: ${e.message}`, where);
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
        throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'Gzip trailer: truncated', where);
    const view = new DataView(src.buffer, src.byteOffset + trailerAt, 8);
    if (view.getUint32(0, true) !== crc >>> 0)
        throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'Gzip trailer: CRC-32 mismatch', where);
    if (view.getUint32(4, true) !== decoded % 2 ** 32)
        throw new verify_error/* BundleError */.rJ('IntegrityGzip', 'Gzip trailer: ISIZE mismatch', where);
    const m = verifier.manifest;
    return {
        manifest: m,
        bundle_id: m.bundle_id,
        run_id: m.run_id,
        event_count: m.event_count,
        run_root: verifier.runRoot,
        time_first: (0,time/* renderInstant */.Wv)(verifier.timeFirst),
        time_last: (0,time/* renderInstant */.Wv)(verifier.timeLast),
        time_min: (0,time/* renderInstant */.Wv)(verifier.timeMin),
        time_max: (0,time/* renderInstant */.Wv)(verifier.timeMax),
        archive_sha256: (0,external_node_crypto_.createHash)('sha256').update(src).digest('hex'),
        trailing_bytes: src.length - trailerAt - 8,
        verified: opts.hashChecks !== false,
    };
}

// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
;// CONCATENATED MODULE: ./cli/evidence/common.ts
// Shared plumbing of the `assay evidence …` commands: limits, reading a bundle (file or stdin) under the
// byte ceiling, and the verify-failure report every bundle-reading command prints.









function usage(message) {
    return new core_errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** `--limits FILE` (04 §7.1): a JSON object with any subset of the eight keys; anything else is a usage error. */
function loadLimits(file) {
    if (file === undefined)
        return (0,evidence_limits/* resolveLimits */.fW)();
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw usage(`--limits ${file}: cannot read (${e.code ?? 'error'})`);
    }
    return (0,evidence_limits/* parseLimitsJson */.si)(text, (0,paths/* fileRef */.M)(file).display);
}
/** Read (file or `-` = stdin) and verify. Throws BundleError / BundleOpenError. */
async function openBundle(given, limits, opts = {}) {
    const stdin = given === '-';
    const display = stdin ? '-' : (0,paths/* fileRef */.M)(given).display;
    const bytes = stdin
        ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-')
        : readBundleFile((0,paths/* fileRef */.M)(given).path, limits.max_bundle_bytes, display);
    const result = await verifyBundleBytes(bytes, { ...opts, limits, bundleLabel: display });
    return { display, result };
}
/** Read a bundle's raw bytes (attest needs the exact archive). */
async function readBundleBytes(given, limits) {
    const stdin = given === '-';
    const display = stdin ? '-' : (0,paths/* fileRef */.M)(given).display;
    const bytes = stdin
        ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-')
        : readBundleFile((0,paths/* fileRef */.M)(given).path, limits.max_bundle_bytes, display);
    return { display, bytes };
}
/** The two stderr lines of a verify failure (04 §7.1), then the next step. */
function printVerifyFailure(e, display, headline = 'fatal: bundle verification failed') {
    if (e instanceof BundleOpenError) {
        (0,output/* err */._q)(`fatal: failed to open bundle ${display}`);
        (0,output/* err */._q)(`  caused by: ${e.message}`);
    }
    else {
        (0,output/* err */._q)(headline);
        (0,output/* err */._q)(`  caused by: ${e.cause}`);
    }
    (0,output/* err */._q)(`Next: ${e.nextStep}`);
}
/** The JSON error fields of a verify failure (04 §7.1). */
function verifyFailureJson(e) {
    return {
        exit_code: 2,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        reason_code: e.reasonCode,
        message: e.message,
        next_step: e.nextStep,
        error: { class: e.errorClass, code: e.code, entry: e.entry, seq: e.seq },
    };
}


// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
;// CONCATENATED MODULE: ./src/core/evidence/lint/match.ts
// Small matching helpers for lint checks: JSON pointers over the wire form of an event, and globs
// (`*`, `?`, `[…]`) matched without regular expressions so a hostile event type cannot cause backtracking.
/** Resolve an RFC 6901 pointer; `found` false when any step is missing. */
function getPointer(root, pointer) {
    if (pointer === '' || pointer === '/')
        return pointer === '' ? { found: true, value: root } : step(root, '');
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const r = step(cur, raw.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (!r.found)
            return r;
        cur = r.value;
    }
    return { found: true, value: cur };
}
function step(cur, key) {
    if (Array.isArray(cur)) {
        if (!/^(0|[1-9][0-9]*)$/.test(key))
            return { found: false };
        const i = Number(key);
        return i < cur.length ? { found: true, value: cur[i] } : { found: false };
    }
    if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
        return { found: true, value: cur[key] };
    }
    return { found: false };
}
function compileGlob(glob) {
    const out = [];
    const chars = [...glob];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '*') {
            if (out[out.length - 1]?.kind !== 'star')
                out.push({ kind: 'star' });
        }
        else if (c === '?')
            out.push({ kind: 'any' });
        else if (c === '[') {
            let j = i + 1;
            let negate = false;
            if (chars[j] === '!' || chars[j] === '^') {
                negate = true;
                j++;
            }
            const items = [];
            let first = true;
            while (j < chars.length && (chars[j] !== ']' || first)) {
                const a = chars[j];
                if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
                    items.push([a, chars[j + 2]]);
                    j += 3;
                }
                else {
                    items.push([a, a]);
                    j++;
                }
                first = false;
            }
            if (j >= chars.length)
                out.push({ kind: 'lit', c: '[' }); // unterminated: a literal bracket
            else {
                out.push({ kind: 'class', negate, items });
                i = j;
            }
        }
        else
            out.push({ kind: 'lit', c });
    }
    return out;
}
function tokenMatches(t, ch) {
    switch (t.kind) {
        case 'lit':
            return t.c === ch;
        case 'any':
            return true;
        case 'class': {
            const inside = t.items.some(([a, b]) => ch >= a && ch <= b);
            return inside !== t.negate;
        }
        default:
            return false;
    }
}
const cache = new Map();
/** Whole-string glob match (`*` and `?` also match `.`), O(pattern × text) worst case. */
function globMatch(glob, text) {
    let p = cache.get(glob);
    if (p === undefined) {
        p = compileGlob(glob);
        if (cache.size > 256)
            cache.clear();
        cache.set(glob, p);
    }
    const s = [...text];
    let pi = 0;
    let si = 0;
    let starP = -1;
    let starS = 0;
    while (si < s.length) {
        const t = p[pi];
        if (t !== undefined && t.kind !== 'star' && tokenMatches(t, s[si])) {
            pi++;
            si++;
        }
        else if (t !== undefined && t.kind === 'star') {
            starP = pi++;
            starS = si;
        }
        else if (starP >= 0) {
            pi = starP + 1;
            si = ++starS;
        }
        else
            return false;
    }
    while (p[pi]?.kind === 'star')
        pi++;
    return pi === p.length;
}
/** Structural JSON equality (value_equals, conditional clauses). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
}

;// CONCATENATED MODULE: ./src/core/evidence/attest.ts
// Attestations (04 §13): an in-toto Statement v1 about the exact archive, signed as its JCS bytes inside a
// DSSE envelope with Ed25519 (node:crypto). Ed25519 is deterministic, so a key and a bundle give one envelope.







const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const PREDICATE_TYPE = 'https://docs.getassay.dev/attestation/evidence-bundle/v1';
const LEGACY_PREDICATE_TYPE = 'https://assay.dev/attestation/evidence-bundle/v0';
const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The predicate derived from a verified bundle (04 §13.1). */
function derivePredicate(r) {
    const p = r.manifest.producer;
    return {
        schema_version: 1,
        semantic_equivalence: { algorithm: 'assay-run-root-v1', value: r.run_root },
        run: {
            run_id: r.run_id,
            event_count: r.event_count,
            producer: { name: p.name, version: p.version, git: typeof p.git === 'string' ? p.git : '' },
            time_window: { start: r.time_min, end: r.time_max },
        },
    };
}
function buildStatement(r) {
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: r.bundle_id, digest: { sha256: r.archive_sha256 } }],
        predicateType: PREDICATE_TYPE,
        predicate: derivePredicate(r),
    };
}
/** DSSE pre-authentication encoding: `DSSEv1 <len(type)> <type> <len(payload)> <payload>` (byte lengths). */
function pae(payloadType, payload) {
    const head = Buffer.from(`DSSEv1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} `, 'utf8');
    return Buffer.concat([head, payload]);
}
/** `sha256:` + hex(sha256(SPKI DER)) of the public half. */
function keyId(key) {
    const pub = key.type === 'private' ? (0,external_node_crypto_.createPublicKey)(key) : key;
    const der = pub.export({ type: 'spki', format: 'der' });
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(der).digest('hex');
}
function keyError(message) {
    return new core_errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** An Ed25519 private key from PKCS#8 PEM; anything else is refused. */
function loadPrivateKey(pem, what = 'signing key') {
    let key;
    try {
        key = (0,external_node_crypto_.createPrivateKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw keyError(`${what}: not a readable PKCS#8 PEM private key`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw keyError(`${what}: not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown'})`);
    return key;
}
/** An Ed25519 public key from SPKI PEM (a private key's public half is accepted too). */
function loadPublicKey(pem, what = 'public key') {
    let key;
    try {
        key = (0,external_node_crypto_.createPublicKey)({ key: pem, format: 'pem' });
    }
    catch {
        throw keyError(`${what}: not a readable PEM public key`);
    }
    if (key.asymmetricKeyType !== 'ed25519')
        throw keyError(`${what}: not an Ed25519 key (${key.asymmetricKeyType ?? 'unknown'})`);
    return key;
}
function signStatement(statement, key) {
    const payload = Buffer.from((0,jcs/* canonicalize */.dw)(statement), 'utf8');
    const sig = (0,external_node_crypto_.sign)(null, pae(PAYLOAD_TYPE, payload), key);
    return { payload: payload.toString('base64'), payloadType: PAYLOAD_TYPE, signatures: [{ keyid: keyId(key), sig: sig.toString('base64') }] };
}
/** Verify the bundle (failure → its own BundleError), then sign the statement about it. */
async function attestBundle(bytes, key, opts = {}) {
    const result = await verifyBundleBytes(bytes, opts);
    const statement = buildStatement(result);
    return { envelope: signStatement(statement, key), statement, result };
}
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The first path (dotted) where `actual` differs from `expected`, walking `expected`'s keys then extras. */
function firstDifference(expected, actual, path) {
    if (isObj(expected) && isObj(actual)) {
        for (const k of Object.keys(expected)) {
            const d = firstDifference(expected[k], actual[k], path ? `${path}.${k}` : k);
            if (d !== undefined)
                return d;
        }
        for (const k of Object.keys(actual).sort())
            if (!(k in expected))
                return `${path ? `${path}.` : ''}${(0,verify_error/* displayMemberPath */.YN)(k)}`;
        return undefined;
    }
    return jsonEqual(expected, actual) ? undefined : path;
}
/**
 * `evidence verify B --attestation F --public-key P` (04 §13.3): checks in order, first failure wins. Throws
 * BundleError (Attestation* codes, or the bundle's own code at step 8); resolves with the bundle's result.
 */
async function verifyAttestation(envelopeText, publicKey, bundle, opts = {}) {
    const fail = (code, message) => {
        throw new verify_error/* BundleError */.rJ(code, message, { bundle: opts.bundleLabel });
    };
    // 1. envelope shape
    let env;
    try {
        env = (0,strict_json/* strictParse */.l1)(envelopeText.replace(/^\uFEFF/, ''), { maxDepth: 16 }).value;
    }
    catch (e) {
        fail('AttestationEnvelope', `Envelope is not valid JSON${e instanceof strict_json/* StrictJsonError */.U7 ? ` (${e.message})` : ''}`);
    }
    if (!isObj(env) || typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures) || env.signatures.length === 0) {
        fail('AttestationEnvelope', 'Envelope needs payload, payloadType and a non-empty signatures list');
    }
    if (!BASE64.test(env.payload))
        fail('AttestationEnvelope', 'Envelope payload is not base64');
    const payload = Buffer.from(env.payload, 'base64');
    // 2. payload type
    if (env.payloadType !== PAYLOAD_TYPE)
        fail('AttestationPayloadType', `payloadType must be ${PAYLOAD_TYPE}`);
    // 3. a signature by this key over PAE
    const kid = keyId(publicKey);
    const message = pae(env.payloadType, payload);
    const ok = env.signatures.some((s) => {
        if (!isObj(s) || typeof s.sig !== 'string' || !BASE64.test(s.sig))
            return false;
        if (s.keyid !== undefined && s.keyid !== null && s.keyid !== '' && s.keyid !== kid)
            return false;
        try {
            return (0,external_node_crypto_.verify)(null, message, publicKey, Buffer.from(s.sig, 'base64'));
        }
        catch {
            return false;
        }
    });
    if (!ok)
        fail('AttestationSignature', `No signature verifies with key ${kid}`);
    // 4. statement
    let st;
    try {
        st = (0,strict_json/* strictParse */.l1)(new TextDecoder('utf-8', { fatal: true }).decode(payload), { maxDepth: 32 }).value;
    }
    catch {
        fail('AttestationStatementType', 'Payload is not a JSON in-toto statement');
    }
    if (!isObj(st) || st._type !== STATEMENT_TYPE)
        fail('AttestationStatementType', `Statement _type must be ${STATEMENT_TYPE}`);
    // 5. predicate type
    if (st.predicateType === LEGACY_PREDICATE_TYPE)
        fail('AttestationLegacyV0', 'Legacy v0 attestations (subject = run root) are not accepted');
    if (st.predicateType !== PREDICATE_TYPE)
        fail('AttestationPredicateType', `predicateType must be ${PREDICATE_TYPE}`);
    // 6. subject
    const subj = st.subject;
    if (!Array.isArray(subj) || subj.length !== 1 || !isObj(subj[0]) || typeof subj[0].name !== 'string' || !isObj(subj[0].digest)) {
        fail('AttestationSubject', 'Statement needs exactly one subject with a name and a digest');
    }
    const digest = subj[0].digest;
    if (Object.keys(digest).length !== 1 || typeof digest.sha256 !== 'string')
        fail('AttestationSubject', 'The subject needs exactly one digest, sha256');
    // 7. predicate schema version
    const pred = st.predicate;
    if (!isObj(pred) || pred.schema_version !== 1)
        fail('AttestationPredicateType', 'predicate.schema_version must be 1');
    // 8. the bundle itself
    const r = await verifyBundleBytes(bundle, opts);
    // 9–11. binding
    if (digest.sha256 !== r.archive_sha256)
        fail('AttestationSubjectDigest', 'The bundle bytes do not match the subject digest');
    if (subj[0].name !== r.bundle_id)
        fail('AttestationSubjectName', 'The subject name is not the bundle_id');
    const diff = firstDifference(derivePredicate(r), pred, 'predicate');
    if (diff !== undefined)
        fail('AttestationPredicateMismatch', `Predicate field ${diff} does not match the bundle`);
    return r;
}

// EXTERNAL MODULE: ./src/core/evidence/writer.ts
var writer = __webpack_require__(5758);
;// CONCATENATED MODULE: ./cli/evidence/attest.ts










function registerAttest(parent) {
    parent
        .command('attest')
        .description('Sign an in-toto statement about a verified bundle (DSSE envelope, Ed25519)')
        .option('--bundle <file>', 'bundle .tar.gz to attest')
        .option('--key <file>', 'Ed25519 private key, PKCS#8 PEM')
        .option('--key-env <var>', 'environment variable holding the PEM private key')
        .option('--out <file>', 'write the envelope here (else stdout)')
        .option('--predicate <file>', 'refused: every predicate field is derived from the bundle')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (flags) => {
        process.exitCode = await runAttest(flags);
    });
}
function readText(file, what) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (e) {
        throw usage(`${what} ${(0,paths/* fileRef */.M)(file).display}: cannot read (${e.code ?? 'error'})`);
    }
}
async function runAttest(flags) {
    try {
        if (flags.predicate !== undefined)
            throw usage('--predicate is not accepted: every predicate field is derived from the bundle');
        if (flags.bundle === undefined)
            throw usage('--bundle is required');
        if ((flags.key === undefined) === (flags.keyEnv === undefined))
            throw usage('give exactly one of --key FILE or --key-env VAR');
        let pem;
        if (flags.key !== undefined)
            pem = readText(flags.key, 'key');
        else {
            const v = process.env[flags.keyEnv];
            if (v === undefined || v === '')
                throw usage(`--key-env ${flags.keyEnv}: the variable is not set`);
            pem = v;
        }
        const key = loadPrivateKey(pem);
        const limits = loadLimits(flags.limits);
        let display = flags.bundle;
        try {
            const src = await readBundleBytes(flags.bundle, limits);
            display = src.display;
            const { envelope } = await attestBundle(src.bytes, key, { limits, bundleLabel: src.display });
            const text = (0,output/* jsonText */.s$)(envelope);
            if (flags.out !== undefined) {
                try {
                    (0,writer/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(process.cwd(), flags.out), Buffer.from(text, 'utf8'));
                }
                catch (e) {
                    throw new core_errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${flags.out} (${e.code ?? 'error'})`, { source: 'cli', nextStepValues: { path: flags.out } });
                }
                (0,output/* err */._q)(`Attestation: ${(0,paths/* fileRef */.M)(flags.out).display}`);
            }
            else
                process.stdout.write(text);
            return 0;
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            printVerifyFailure(e, display, 'fatal: the bundle to attest does not verify');
            return 2;
        }
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}
/** `verify --attestation`: exit 0 when every check of 04 §13.3 passes, else 2. */
async function verifyAttestationCli(a) {
    const envelope = readText(a.attestation, 'attestation');
    const key = loadPublicKey(readText(a.publicKey, 'public key'));
    let display = a.bundle;
    try {
        const src = await readBundleBytes(a.bundle, a.limits);
        display = src.display;
        const r = await verifyAttestation(envelope, key, src.bytes, { limits: a.limits, bundleLabel: src.display });
        (0,output/* err */._q)(`Bundle verified (${display === '-' ? 'stdin' : display}): OK`);
        (0,output/* err */._q)(`Attestation verified (${(0,paths/* fileRef */.M)(a.attestation).display}): OK`);
        if (a.json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({
                schema: 'assay.evidence.verify.v1',
                schema_version: 1,
                bundle: display,
                verified: true,
                attestation: { file: (0,paths/* fileRef */.M)(a.attestation).display, verified: true },
                bundle_id: r.bundle_id,
                run_id: r.run_id,
                event_count: r.event_count,
                run_root: r.run_root,
                archive_sha256: r.archive_sha256,
                trailing_bytes: r.trailing_bytes,
            }), a.output);
        }
        return 0;
    }
    catch (e) {
        if (!(e instanceof verify_error/* BundleError */.rJ))
            return (0,output/* reportError */.N7)(e, { json: a.json });
        printVerifyFailure(e, display, e.errorClass === 'Attestation' ? 'fatal: attestation verification failed' : 'fatal: bundle verification failed');
        if (a.json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...verifyFailureJson(e), reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv }), a.output);
        }
        return 2;
    }
}

;// CONCATENATED MODULE: ./cli/evidence/verify.ts





function registerVerify(parent) {
    parent
        .command('verify')
        .description('Verify an evidence bundle (integrity, contract, limits); optionally its attestation')
        .argument('[BUNDLE]', 'bundle .tar.gz, or - for stdin', '-')
        .option('-f, --format <format>', 'text | json', 'text')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .option('--attestation <file>', 'DSSE envelope from `assay evidence attest` to check against the bundle')
        .option('--public-key <file>', 'Ed25519 public key (PEM) for --attestation')
        .option('-o, --output <file>', 'write the JSON document here instead of stdout')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runVerify(bundle, flags);
    });
}
async function runVerify(bundle, flags) {
    let json = flags.format === 'json';
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json']);
        json = format === 'json';
        if ((flags.attestation === undefined) !== (flags.publicKey === undefined))
            throw usage('--attestation and --public-key go together');
        const limits = loadLimits(flags.limits);
        if (flags.attestation !== undefined) {
            return await verifyAttestationCli({ bundle, attestation: flags.attestation, publicKey: flags.publicKey, limits, json, output: flags.output });
        }
        let opened;
        try {
            opened = await openBundle(bundle, limits);
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            const display = bundle === '-' ? '-' : bundle;
            printVerifyFailure(e, display);
            if (json) {
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...verifyFailureJson(e) }), flags.output);
            }
            return 2;
        }
        const r = opened.result;
        const where = opened.display === '-' ? 'stdin' : opened.display;
        (0,output/* err */._q)(`Bundle verified (${where}): OK`);
        if (r.trailing_bytes > 0)
            (0,output/* err */._q)(`warning: ${r.trailing_bytes} bytes after the gzip member were ignored`);
        if (json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({
                schema: 'assay.evidence.verify.v1',
                schema_version: 1,
                bundle: opened.display,
                verified: true,
                bundle_id: r.bundle_id,
                run_id: r.run_id,
                event_count: r.event_count,
                run_root: r.run_root,
                archive_sha256: r.archive_sha256,
                trailing_bytes: r.trailing_bytes,
            }), flags.output);
        }
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/core/evidence/lint/builtin.ts
const BUILTIN_RULES = [
    {
        id: 'ASSAY-W001',
        severity: 'Warn',
        securitySeverity: '7.0',
        name: 'SecretMarkerInSubject',
        short: 'Event subject contains a secret marker',
        full: 'The subject of an event contains text that looks like a credential (an API key prefix, a token= or password= assignment, a bearer token, a cloud access key id). Subjects are stored in clear in the bundle and shown by every viewer.',
        help: 'Scrub credentials before export (`assay evidence export --detail observed` scrubs known markers), then re-export the bundle and rotate the exposed credential.',
        tags: ['security', 'secrets', 'evidence'],
    },
    {
        id: 'ASSAY-W002',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'PiiSubject',
        short: 'PII-flagged event has a subject',
        full: 'The event is flagged as containing personal data (assaypii: true) and still carries a non-empty subject, which is stored in clear.',
        help: 'Generalize or drop the subject of PII-flagged events before export.',
        tags: ['privacy', 'pii', 'evidence'],
    },
    {
        id: 'ASSAY-W003',
        severity: 'Warn',
        securitySeverity: '6.5',
        name: 'SecretFlagMismatch',
        short: 'Secret marker in a subject not flagged as secret',
        full: 'The subject contains a secret marker but the event says assaysecrets: false, so consumers that rely on the flag will not treat it as sensitive.',
        help: 'Fix the producer: scrub the subject, or set assaysecrets: true for events that carry secrets.',
        tags: ['security', 'secrets', 'evidence'],
    },
    {
        id: 'ASSAY-W004',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'UnbackedDenialMarker',
        short: 'Denial marker without a digest-bound deny record',
        full: 'A denied-call observation (caller-visible error from the Assay proxy) has no assay.enforcement_decision.v0 deny record for the same tool and target digest, or is contradicted by an allow record.',
        help: 'Export the enforcement decision records together with the observations, from the same proxy session.',
        tags: ['integrity', 'enforcement', 'evidence'],
    },
    {
        id: 'ASSAY-W005',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'ApprovalViewNotCanonical',
        short: 'Approval view is not structured_meta_jcs',
        full: 'An assay.enforcement_decision.v0 record retains its approval under a view other than "structured_meta_jcs", so the approval cannot be re-hashed canonically.',
        help: 'Record approvals with approval_retained_view "structured_meta_jcs".',
        tags: ['integrity', 'enforcement', 'evidence'],
    },
    {
        id: 'ASSAY-I001',
        severity: 'Info',
        securitySeverity: '1.0',
        name: 'SourceNotUrnOrHttps',
        short: 'Event source is neither a urn: nor an https:// URI',
        full: 'CloudEvents sources should identify the producer with a stable URI; urn: and https:// are the forms consumers expect.',
        help: 'Use a source such as urn:assay:cli:<version>.',
        tags: ['quality', 'evidence'],
    },
];
/** In this order; the first one found is named in the message (04 §8.3). */
const SECRET_MARKERS = ['sk-', 'sk_live_', 'sk_test_', 'api_key=', 'apikey=', 'token=', 'password=', 'secret=', 'Bearer ', 'AKIA', 'ghp_', 'gho_', 'github_pat_'];
const LOWER_MARKERS = SECRET_MARKERS.map((m) => m.toLowerCase());
function firstSecretMarker(subject) {
    const s = subject.toLowerCase();
    const i = LOWER_MARKERS.findIndex((m) => s.includes(m));
    return i === -1 ? undefined : SECRET_MARKERS[i];
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function get(o, ...path) {
    let cur = o;
    for (const k of path) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
const DECISION_SCHEMA = 'assay.enforcement_decision.v0';
/** Streaming runner of the built-in rules. */
class BuiltinRunner {
    hits = [];
    markers = [];
    decisions = new Map();
    source;
    visit(ev, location) {
        const subject = typeof ev.subject === 'string' ? ev.subject : '';
        const marker = subject !== '' ? firstSecretMarker(subject) : undefined;
        if (marker !== undefined)
            this.hits.push({ rule: 'ASSAY-W001', order: 0, location, message: `Subject contains a secret marker (${JSON.stringify(marker)})` });
        if (ev.assaypii === true && subject !== '')
            this.hits.push({ rule: 'ASSAY-W002', order: 1, location, message: 'Event is flagged as containing PII (assaypii: true) but has a non-empty subject' });
        if (marker !== undefined && ev.assaysecrets === false) {
            this.hits.push({ rule: 'ASSAY-W003', order: 2, location, message: `Subject contains a secret marker (${JSON.stringify(marker)}) but assaysecrets is false` });
        }
        const data = ev.data;
        const schema = get(data, 'schema');
        const code = get(data, 'caller_visible_error', 'code');
        const origin = get(data, 'caller_visible_error', 'origin');
        const bindable = origin === 'assay-proxy' &&
            ((schema === 'assay.denied_call_observation.v0' && code === -32042) || (schema === 'assay.denied_call_observation.v1' && code === -31999));
        const tool = str(get(data, 'call', 'tool_name'));
        const digest = str(get(data, 'call', 'target_digest'));
        if (bindable && tool !== undefined && digest !== undefined)
            this.markers.push({ key: JSON.stringify([tool, digest]), location });
        if (schema === DECISION_SCHEMA) {
            const dTool = str(get(data, 'tool', 'name'));
            const dDigest = str(get(data, 'action', 'target_digest'));
            const decision = str(get(data, 'decision'));
            if (dTool !== undefined && dDigest !== undefined && decision !== undefined) {
                const key = JSON.stringify([dTool, dDigest]);
                let set = this.decisions.get(key);
                if (set === undefined)
                    this.decisions.set(key, (set = new Set()));
                set.add(decision);
            }
            const view = get(data, 'approval_retained_view');
            if (view !== undefined && view !== 'structured_meta_jcs') {
                this.hits.push({ rule: 'ASSAY-W005', order: 4, location, message: 'approval_retained_view is not "structured_meta_jcs"' });
            }
        }
        this.source ??= ev.source;
    }
    /** Hits in file order × registry order; I001 (the source is the same in every event) once, global. */
    finish() {
        for (const m of this.markers) {
            const d = this.decisions.get(m.key);
            if (d?.has('deny'))
                continue;
            const message = d?.has('allow')
                ? 'Denial marker is contradicted by a digest-bound allow record'
                : 'Denial marker is not backed by a digest-bound assay.enforcement_decision.v0 deny record';
            this.hits.push({ rule: 'ASSAY-W004', order: 3, location: m.location, message });
        }
        const located = this.hits.sort((a, b) => a.location.line - b.location.line || a.order - b.order);
        if (this.source !== undefined && !this.source.startsWith('urn:') && !this.source.startsWith('https://')) {
            located.push({ rule: 'ASSAY-I001', order: 5, location: null, message: 'Event source is neither a urn: nor an https:// URI' });
        }
        return located;
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/checks.ts

/** Allow-listed `auth_scheme` values for g3_authorization_context_present. */
const G3_AUTH_SCHEMES = ['oauth2', 'oidc', 'jwt', 'bearer', 'mtls', 'dpop', 'api_key', 'spiffe'];
function checkRunner(check) {
    switch (check.type) {
        case 'event_count': {
            let n = 0;
            return {
                visit: () => void n++,
                finish: () => (n >= check.min ? null : { message: `Bundle contains ${n} events (minimum: ${check.min})`, location: null }),
            };
        }
        case 'event_pairs': {
            let start = false;
            let finish = false;
            return {
                visit: (ev) => {
                    if (!start && globMatch(check.start_pattern, ev.type))
                        start = true;
                    if (!finish && globMatch(check.finish_pattern, ev.type))
                        finish = true;
                },
                finish: () => {
                    if (start && finish)
                        return null;
                    const missing = [!start ? `"${check.start_pattern}"` : null, !finish ? `"${check.finish_pattern}"` : null].filter((x) => x !== null);
                    return { message: `No event type matches ${missing.join(' or ')}`, location: null };
                },
            };
        }
        case 'event_field_present':
        case 'json_path_exists': {
            const paths = check.paths;
            const want = check.type === 'json_path_exists' ? check.value_equals : undefined;
            let found = false;
            return {
                visit: (ev) => {
                    if (found)
                        return;
                    for (const p of paths) {
                        const r = getPointer(ev, p);
                        if (r.found && (want === undefined || jsonEqual(r.value, want))) {
                            found = true;
                            return;
                        }
                    }
                },
                finish: () => found
                    ? null
                    : {
                        message: want === undefined
                            ? `No event has any of: ${paths.join(', ')}`
                            : `No event has ${paths[0]} equal to ${JSON.stringify(want)}`,
                        location: null,
                    },
            };
        }
        case 'event_type_exists': {
            let found = false;
            return {
                visit: (ev) => {
                    if (!found && globMatch(check.pattern, ev.type))
                        found = true;
                },
                finish: () => (found ? null : { message: `No event type matches "${check.pattern}"`, location: null }),
            };
        }
        case 'manifest_field':
            return {
                visit: () => undefined,
                finish: (m) => {
                    if (getPointer(m, check.path).found)
                        return null;
                    return check.required
                        ? { message: `Manifest has no ${check.path}`, location: null }
                        : { message: `Manifest has no ${check.path} (optional)`, location: null, severity: 'Warn' };
                },
            };
        case 'conditional': {
            let offender = null;
            let offenders = 0;
            return {
                visit: (ev, loc) => {
                    for (const c of check.clauses) {
                        const r = getPointer(ev, c.path);
                        if (!r.found || !jsonEqual(r.value, c.equals))
                            return;
                    }
                    if (!getPointer(ev, check.then_path).found) {
                        offenders++;
                        offender ??= loc;
                    }
                },
                finish: () => offender === null
                    ? null
                    : { message: `${offenders} event(s) matching the condition lack ${check.then_path}`, location: offender },
            };
        }
        case 'g3_authorization_context_present': {
            let found = false;
            return {
                visit: (ev) => {
                    if (found || ev.type !== 'assay.tool.decision')
                        return;
                    const d = ev.data;
                    if (d === null || typeof d !== 'object')
                        return;
                    const principal = d.principal;
                    const scheme = d.auth_scheme;
                    const issuer = d.auth_issuer;
                    if (((typeof principal === 'string' && principal !== '') || (principal !== null && typeof principal === 'object')) &&
                        typeof scheme === 'string' &&
                        G3_AUTH_SCHEMES.includes(scheme.toLowerCase()) &&
                        typeof issuer === 'string' &&
                        issuer !== '') {
                        found = true;
                    }
                },
                finish: () => (found ? null : { message: 'No assay.tool.decision carries a principal with an allow-listed auth_scheme and an auth_issuer', location: null }),
            };
        }
        case 'unsupported':
            // Never constructed: the engine reports or skips these before running (04 §8.4).
            return { visit: () => undefined, finish: () => null };
    }
}

// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
;// CONCATENATED MODULE: ./src/core/evidence/lint/pack.ts
// Lint packs (04 §8.4): YAML with duplicate and unknown keys refused, validated into typed rules, normalized
// and digested. A pack that cannot be loaded is a config error (E_CFG_PARSE) naming the pack.




/** Our check engine version (`engine_min_version` is compared against it). */
const ENGINE_VERSION = '1.2';
const TOP_KEYS = ['name', 'version', 'kind', 'description', 'author', 'license', 'source_url', 'disclaimer', 'requires', 'rules'];
const RULE_KEYS = ['id', 'severity', 'description', 'article_ref', 'help_markdown', 'engine_min_version', 'event_types', 'check'];
const CHECK_PARAMS = {
    event_count: ['min'],
    event_pairs: ['start_pattern', 'finish_pattern'],
    event_field_present: ['paths_any_of', 'any_of', 'in_data'],
    event_type_exists: ['pattern'],
    manifest_field: ['path', 'required'],
    json_path_exists: ['paths', 'value_equals'],
    conditional: ['condition', 'then'],
    g3_authorization_context_present: [],
};
function pack_isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** `major.minor` comparison; NaN parts compare as unparseable (caller refuses them first). */
function compareEngine(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    return (pa[0] - pb[0]) || ((pa[1] ?? 0) - (pb[1] ?? 0));
}
/** A JSON pointer as packs write it: a missing leading `/` is added. */
function normalizePointer(p) {
    return p.startsWith('/') ? p : '/' + p;
}
class PackErrors {
    src;
    display;
    list = [];
    constructor(src, display) {
        this.src = src;
        this.display = display;
    }
    add(path, message, key = false) {
        const pos = key ? this.src.keyPosOf(path) : this.src.posOf(path);
        this.list.push({ code: 'E_CFG_PARSE', severity: 'error', message: `pack ${this.display}: ${message}`, file: this.display, ...pos, source: 'config' });
    }
}
/**
 * Parse and validate a pack. `display` names it in messages (a built-in name or a repo-relative path).
 * Throws ConfigError(E_CFG_PARSE) listing every problem found.
 */
function parsePack(text, display, origin) {
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (!source || errors.length > 0)
        throw packError(display, errors);
    const e = new PackErrors(source, display);
    const v = source.value;
    if (!pack_isObj(v)) {
        e.add([], 'a pack must be a YAML mapping');
        throw packError(display, e.list);
    }
    for (const k of Object.keys(v))
        if (!TOP_KEYS.includes(k))
            e.add([k], `unknown key "${k}"`, true);
    const str = (path, val, required) => {
        if (val === undefined || val === null) {
            if (required)
                e.add(path.slice(0, -1), `missing required key "${String(path[path.length - 1])}"`);
            return null;
        }
        if (typeof val !== 'string') {
            e.add(path, `"${path.join('.')}" must be a string`);
            return null;
        }
        return val;
    };
    const name = str(['name'], v.name, true);
    if (name !== null && !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name))
        e.add(['name'], 'name must be lowercase letters, digits and "-", not starting or ending with "-"');
    const version = str(['version'], v.version, true);
    const kind = str(['kind'], v.kind, true);
    if (kind !== null && kind !== 'compliance' && kind !== 'security' && kind !== 'quality')
        e.add(['kind'], 'kind must be compliance, security or quality');
    const description = str(['description'], v.description, true);
    const author = str(['author'], v.author, true);
    const license = str(['license'], v.license, true);
    const sourceUrl = str(['source_url'], v.source_url, false);
    const disclaimer = str(['disclaimer'], v.disclaimer, kind === 'compliance');
    let requires = null;
    if (v.requires !== undefined && v.requires !== null) {
        if (!pack_isObj(v.requires))
            e.add(['requires'], 'requires must be a mapping');
        else {
            for (const k of Object.keys(v.requires)) {
                if (k !== 'assay_min_version' && k !== 'evidence_schema_version')
                    e.add(['requires', k], `unknown key "requires.${k}"`, true);
            }
            const min = str(['requires', 'assay_min_version'], v.requires.assay_min_version, true);
            if (min !== null && !/^>=\s*\d+\.\d+\.\d+$/.test(min))
                e.add(['requires', 'assay_min_version'], 'assay_min_version must look like ">=X.Y.Z"');
            const esv = str(['requires', 'evidence_schema_version'], v.requires.evidence_schema_version, false);
            if (esv !== null && !/^\d+\.\d+$/.test(esv))
                e.add(['requires', 'evidence_schema_version'], 'evidence_schema_version must look like "1.0"');
            if (min !== null)
                requires = { assay_min_version: min, evidence_schema_version: esv };
        }
    }
    const rules = [];
    if (!Array.isArray(v.rules) || v.rules.length === 0)
        e.add(['rules'], 'rules must be a non-empty list');
    else {
        const ids = new Set();
        v.rules.forEach((r, i) => {
            const rule = parseRule(r, i, e, str, `${name ?? '?'}@${version ?? '?'}`);
            if (rule === null)
                return;
            if (ids.has(rule.id))
                e.add(['rules', i, 'id'], `duplicate rule id "${rule.id}"`);
            ids.add(rule.id);
            rule.line = source.posOf(['rules', i, 'id']).line;
            rules.push(rule);
        });
    }
    if (e.list.length > 0)
        throw packError(display, e.list);
    const pack = {
        name: name,
        version: version,
        kind: kind,
        description: description,
        author: author,
        license: license,
        source_url: sourceUrl,
        disclaimer,
        requires,
        rules,
        origin,
    };
    return { ...pack, digest: packDigest(pack) };
}
function parseRule(r, i, e, str, packId) {
    const at = (...p) => ['rules', i, ...p];
    if (!pack_isObj(r)) {
        e.add(at(), 'a rule must be a mapping');
        return null;
    }
    for (const k of Object.keys(r))
        if (!RULE_KEYS.includes(k))
            e.add(at(k), `unknown key "${k}" in rule`, true);
    const id = str(at('id'), r.id, true);
    if (id === '')
        e.add(at('id'), 'rule id must not be empty');
    const sevText = str(at('severity'), r.severity, true);
    let severity = 'error';
    if (sevText !== null) {
        const s = sevText.toLowerCase();
        if (s === 'error')
            severity = 'error';
        else if (s === 'warning' || s === 'warn')
            severity = 'warning';
        else if (s === 'info')
            severity = 'info';
        else
            e.add(at('severity'), 'severity must be error, warning, warn or info');
    }
    const description = str(at('description'), r.description, true);
    const articleRef = str(at('article_ref'), r.article_ref, false);
    const help = str(at('help_markdown'), r.help_markdown, false);
    const engine = str(at('engine_min_version'), r.engine_min_version, false);
    if (engine !== null && !/^\d+\.\d+$/.test(engine))
        e.add(at('engine_min_version'), 'engine_min_version must look like "1.2"');
    let eventTypes = null;
    if (r.event_types !== undefined && r.event_types !== null) {
        if (!Array.isArray(r.event_types) || r.event_types.length === 0 || !r.event_types.every((t) => typeof t === 'string' && t !== '')) {
            e.add(at('event_types'), 'event_types must be a non-empty list of event types');
        }
        else
            eventTypes = r.event_types;
    }
    const check = parseCheck(r.check, at('check'), e, engine);
    if (id === null || description === null || check === null || id === '')
        return null;
    return {
        id,
        canonical: `${packId}:${id}`,
        severity,
        description,
        article_ref: articleRef,
        help_markdown: help,
        engine_min_version: engine,
        event_types: eventTypes,
        check,
        line: 1,
    };
}
function stringList(v) {
    return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== '') ? v : null;
}
function isScalar(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
function parseCheck(c, at, e, engine) {
    if (!pack_isObj(c)) {
        e.add(at, 'check must be a mapping with a "type"');
        return null;
    }
    const type = c.type;
    if (typeof type !== 'string' || type === '') {
        e.add(at, 'check.type must be a non-empty string');
        return null;
    }
    const params = CHECK_PARAMS[type];
    if (params === undefined) {
        // Fail closed (04 §8.4 Differs): an unknown check is a load error unless the rule declares a newer engine.
        if (engine === null || compareEngine(engine, ENGINE_VERSION) <= 0) {
            e.add([...at, 'type'], `unknown check type "${type}"`);
            return null;
        }
        const { type: _t, ...rest } = c;
        return { type: 'unsupported', declared: type, params: rest };
    }
    for (const k of Object.keys(c))
        if (k !== 'type' && !params.includes(k))
            e.add([...at, k], `unknown parameter "${k}" for check ${type}`, true);
    const bad = (k, what) => {
        e.add([...at, k], `${type}.${k} ${what}`);
        return null;
    };
    switch (type) {
        case 'event_count': {
            if (typeof c.min !== 'number' || !Number.isInteger(c.min) || c.min <= 0)
                return bad('min', 'must be a positive integer');
            return { type, min: c.min };
        }
        case 'event_pairs': {
            if (typeof c.start_pattern !== 'string' || c.start_pattern === '')
                return bad('start_pattern', 'must be a non-empty glob');
            if (typeof c.finish_pattern !== 'string' || c.finish_pattern === '')
                return bad('finish_pattern', 'must be a non-empty glob');
            return { type, start_pattern: c.start_pattern, finish_pattern: c.finish_pattern };
        }
        case 'event_field_present': {
            const any = c.paths_any_of !== undefined ? stringList(c.paths_any_of) : null;
            if (c.paths_any_of !== undefined && any === null)
                return bad('paths_any_of', 'must be a non-empty list of JSON pointers');
            const legacy = c.any_of !== undefined ? stringList(c.any_of) : null;
            if (c.any_of !== undefined && legacy === null)
                return bad('any_of', 'must be a non-empty list of field names');
            if (c.in_data !== undefined && typeof c.in_data !== 'boolean')
                return bad('in_data', 'must be a boolean');
            if (any === null && legacy === null)
                return bad('paths_any_of', 'is required');
            const paths = [...(any ?? []).map(normalizePointer), ...(legacy ?? []).map((f) => (c.in_data === true ? '/data' : '') + normalizePointer(f))];
            return { type, paths, paths_any_of: any, any_of: legacy, in_data: typeof c.in_data === 'boolean' ? c.in_data : null };
        }
        case 'event_type_exists': {
            if (typeof c.pattern !== 'string' || c.pattern === '')
                return bad('pattern', 'must be a non-empty glob');
            return { type, pattern: c.pattern };
        }
        case 'manifest_field': {
            if (typeof c.path !== 'string' || c.path === '')
                return bad('path', 'must be a JSON pointer');
            if (c.required !== undefined && typeof c.required !== 'boolean')
                return bad('required', 'must be a boolean');
            return { type, path: normalizePointer(c.path), required: c.required === true };
        }
        case 'json_path_exists': {
            const paths = stringList(c.paths);
            if (paths === null)
                return bad('paths', 'must be a non-empty list of JSON pointers');
            if (c.value_equals !== undefined && paths.length !== 1)
                return bad('value_equals', 'needs exactly one path');
            return { type, paths: paths.map(normalizePointer), value_equals: c.value_equals === undefined ? undefined : c.value_equals };
        }
        case 'conditional': {
            const cond = c.condition;
            if (!pack_isObj(cond) || !Array.isArray(cond.all) || cond.all.length === 0 || Object.keys(cond).some((k) => k !== 'all')) {
                return bad('condition', 'must be {all: [{path, equals}]}');
            }
            const clauses = [];
            for (const cl of cond.all) {
                if (!pack_isObj(cl) || typeof cl.path !== 'string' || !('equals' in cl) || !isScalar(cl.equals) || Object.keys(cl).some((k) => k !== 'path' && k !== 'equals')) {
                    return bad('condition', 'clauses must be {path, equals: scalar}');
                }
                clauses.push({ path: normalizePointer(cl.path), equals: cl.equals });
            }
            const then = c.then;
            const thenPaths = pack_isObj(then) ? stringList(then.paths) : null;
            if (!pack_isObj(then) || then.type !== 'json_path_exists' || thenPaths === null || thenPaths.length !== 1 || Object.keys(then).some((k) => k !== 'type' && k !== 'paths')) {
                return bad('then', 'must be {type: json_path_exists, paths: [one pointer]}');
            }
            return { type, clauses, then_path: normalizePointer(thenPaths[0]), raw: { condition: cond, then } };
        }
        case 'g3_authorization_context_present':
            return { type };
    }
    return null;
}
/** The normalized form the digest is computed over (04 §8.4): every key present, absent optionals as null. */
function normalizedPack(p) {
    return {
        name: p.name,
        version: p.version,
        kind: p.kind,
        description: p.description,
        author: p.author,
        license: p.license,
        source_url: p.source_url,
        disclaimer: p.disclaimer,
        requires: p.requires,
        rules: p.rules.map((r) => ({
            id: r.id,
            severity: r.severity,
            description: r.description,
            article_ref: r.article_ref,
            help_markdown: r.help_markdown,
            engine_min_version: r.engine_min_version,
            event_types: r.event_types,
            check: normalizedCheck(r.check),
        })),
    };
}
function normalizedCheck(c) {
    switch (c.type) {
        case 'event_field_present':
            return { type: c.type, paths_any_of: c.paths_any_of, any_of: c.any_of, in_data: c.in_data };
        case 'json_path_exists':
            return { type: c.type, paths: c.paths, value_equals: c.value_equals === undefined ? null : c.value_equals };
        case 'conditional':
            return { type: c.type, condition: c.raw.condition, then: c.raw.then };
        case 'unsupported':
            return { type: c.declared, ...c.params };
        default:
            return { ...c };
    }
}
function packDigest(p) {
    return (0,evidence_event/* sha256Prefixed */.rc)((0,jcs/* canonicalize */.dw)(normalizedPack(p)));
}
function packError(display, diagnostics) {
    const first = diagnostics[0];
    return new core_errors/* ConfigError */.xL('E_CFG_PARSE', first?.message ?? `pack ${display}: invalid`, {
        source: 'config',
        context: { file: first?.file ?? display, line: first?.line, col: first?.col },
        diagnostics,
    });
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/types.ts
function severityRank(s) {
    return s === 'Error' ? 0 : s === 'Warn' ? 1 : 2;
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/engine.ts
// The lint pipeline (04 §8.2): (1) full verify, streaming; (2) built-in rules on every event; (3) packs in
// `--pack` order, rules in file order, a canonical id seen twice running once; (4) `--max-results` cap
// (text/JSON only) after a stable sort by severity; (5) summary counts after truncation.






const BUILTIN_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/rules/';
const PACK_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/packs/';
function sha(s) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
function locKey(loc) {
    return loc === null ? 'global' : `${loc.seq}:${loc.line}`;
}
/** Built-in fingerprint (04 §8.5): sha256 of `<rule_id>:<seq>:<line>` or `<rule_id>:global`. */
function builtinFingerprint(ruleId, loc) {
    return sha(`${ruleId}:${locKey(loc)}`);
}
/** Pack fingerprint (04 §8.5): sha256 of `<canonical>:<loc_key>:<pack_digest>`. */
function packFingerprint(canonical, loc, packDigest) {
    return sha(`${canonical}:${locKey(loc)}:${packDigest}`);
}
const SEVERITY = { error: 'Error', warning: 'Warn', info: 'Info' };
function packTags(pack, rule) {
    const tags = [pack.name, `pack:${pack.name}`, `pack_version:${pack.version}`, `short_id:${rule.id}`];
    if (rule.article_ref !== null)
        tags.push(`article_ref:${rule.article_ref}`);
    return tags;
}
function packHelpUri(pack, rule) {
    return pack.source_url ?? `${PACK_HELP_BASE}${pack.name}#${encodeURIComponent(rule.id)}`;
}
/** Verify a bundle held in memory and lint it. Throws BundleError when it does not verify (no rule runs). */
async function lintBundleBytes(bytes, opts) {
    const builtin = new BuiltinRunner();
    const active = [];
    const skipped = [];
    // Pack rules in `--pack` order, rules in file order: a runner, or a finding decided before running.
    const plan = [];
    const seen = new Set();
    for (const pack of opts.packs) {
        for (const rule of pack.rules) {
            if (seen.has(rule.canonical))
                continue;
            seen.add(rule.canonical);
            if (rule.check.type === 'unsupported' || (rule.engine_min_version !== null && compareEngine(rule.engine_min_version, ENGINE_VERSION) > 0)) {
                const need = rule.engine_min_version ?? ENGINE_VERSION;
                if (pack.kind === 'compliance') {
                    plan.push(packFinding(pack, rule, `Cannot execute rule: requires engine ${need}`, null, SEVERITY[rule.severity]));
                }
                else
                    skipped.push({ rule_id: rule.canonical, reason: `requires engine ${need} (this engine: ${ENGINE_VERSION})` });
                continue;
            }
            const a = { pack, rule, runner: checkRunner(rule.check), scope: rule.event_types === null ? null : new Set(rule.event_types) };
            active.push(a);
            plan.push(a);
        }
    }
    const verified = await verifyBundleBytes(bytes, {
        limits: opts.limits,
        bundleLabel: opts.bundleLabel,
        onEvent: (ev, info) => {
            const loc = { seq: info.seq, line: info.line, event_type: ev.type };
            builtin.visit(ev, loc);
            for (const a of active)
                if (a.scope === null || a.scope.has(ev.type))
                    a.runner.visit(ev, loc);
        },
    });
    const findings = [];
    const rules = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
    for (const hit of builtin.finish()) {
        const r = rules.get(hit.rule);
        findings.push({
            rule_id: hit.rule,
            severity: r.severity,
            message: hit.message,
            location: hit.location,
            fingerprint: builtinFingerprint(hit.rule, hit.location),
            help_uri: BUILTIN_HELP_BASE + hit.rule,
            tags: [...r.tags],
        });
    }
    for (const item of plan) {
        if ('fingerprint' in item) {
            findings.push(item);
            continue;
        }
        const out = item.runner.finish(verified.manifest);
        if (out === null)
            continue;
        findings.push(packFinding(item.pack, item.rule, `${item.rule.description}: ${out.message}`, out.location, out.severity ?? SEVERITY[item.rule.severity]));
    }
    const cap = opts.maxResults ?? null;
    let kept = findings;
    let truncatedCount = 0;
    if (cap !== null && findings.length > cap) {
        kept = findings
            .map((f, i) => ({ f, i }))
            .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i)
            .slice(0, cap)
            .map((x) => x.f);
        truncatedCount = findings.length - cap;
    }
    const count = (s) => kept.filter((f) => f.severity === s).length;
    const disclaimers = opts.packs.filter((p) => p.kind === 'compliance' && p.disclaimer !== null).map((p) => p.disclaimer.trimEnd());
    return {
        bundle_meta: verified.manifest,
        bundle_id: verified.bundle_id,
        event_count: verified.event_count,
        findings: kept,
        summary: { total: kept.length, errors: count('Error'), warnings: count('Warn'), infos: count('Info') },
        truncated: truncatedCount > 0,
        truncated_count: truncatedCount,
        applied_cap: cap,
        skipped_rules: skipped,
        disclaimer: disclaimers.length > 0 ? disclaimers.join('\n\n---\n\n') : null,
        packs: opts.packs.map((p) => ({
            name: p.name,
            version: p.version,
            digest: p.digest,
            source_url: p.source_url,
            kind: p.kind,
            builtin: p.origin.builtin,
            file: p.origin.builtin ? null : p.origin.file,
        })),
        warnings: [],
    };
}
function packFinding(pack, rule, message, location, severity) {
    return {
        rule_id: rule.canonical,
        severity,
        message,
        location,
        fingerprint: packFingerprint(rule.canonical, location, pack.digest),
        help_uri: packHelpUri(pack, rule),
        tags: packTags(pack, rule),
        ...(rule.article_ref !== null ? { article_ref: rule.article_ref } : {}),
        pack: {
            name: pack.name,
            version: pack.version,
            digest: pack.digest,
            kind: pack.kind,
            file: pack.origin.builtin ? null : pack.origin.file,
            rule_line: rule.line,
            short_id: rule.id,
        },
    };
}
/** `--fail-on`: does any finding gate? (`error` → Error; `warning` → Error/Warn; `note` → any; `none` → never). */
function lintGates(findings, failOn) {
    if (failOn === 'none')
        return false;
    const limit = failOn === 'error' ? 0 : failOn === 'warning' ? 1 : 2;
    return findings.some((f) => severityRank(f.severity) <= limit);
}

;// CONCATENATED MODULE: ./src/core/evidence/packs/cicd-starter.ts
// Built-in pack `cicd-starter` (04 §8.4): same ids, severities, checks and version as the reference pack;
// the prose is ours. Shipped as a TS module so the bundled CLI and action never read files next to the code.
const CICD_STARTER_YAML = `name: cicd-starter
version: "1.0.0"
kind: quality
description: Minimal traceability a CI pipeline's evidence should carry
author: Assay
license: MIT
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: CICD-001
    severity: error
    description: The bundle records at least one event
    help_markdown: |
      An evidence bundle without events proves nothing about the run.

      **Fix:** export evidence after the run (\`assay evidence export\`) and check that the producer emitted events.
    check:
      type: event_count
      min: 1
  - id: CICD-002
    severity: warning
    description: The bundle has a profile lifecycle (assay.profile.started and assay.profile.finished)
    help_markdown: |
      Start and finish events mark the boundaries of the recorded run, so a reviewer can tell a complete
      record from a cut-off one.

      **Fix:** export with \`assay evidence export\`, which always writes both.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: CICD-003
    severity: warning
    description: Some event carries a correlation id (run id or W3C trace context)
    help_markdown: |
      A run id or \`traceparent\` links the evidence to logs and traces of the same run.

      **Fix:** propagate \`traceparent\` into the events, or set a run id.
    check:
      type: event_field_present
      paths_any_of:
        - /assayrunid
        - /run_id
        - /traceparent
        - /tracestate
        - /data/run_id
        - /data/traceparent
        - /data/tracestate
  - id: CICD-004
    severity: info
    description: Some event names the build (build_id or version in its data)
    help_markdown: |
      A build identity ties the evidence to the artifact that was tested.

      **Fix:** add \`build_id\` or \`version\` to the data of an event.
    check:
      type: event_field_present
      paths_any_of:
        - /data/build_id
        - /data/version
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/eu-ai-act-baseline.ts
// Built-in pack `eu-ai-act-baseline` (04 §8.4): same ids, severities, checks and version as the reference
// pack (including the two pointers that never match a wire event, kept for id/digest parity); the prose is ours.
const EU_AI_ACT_BASELINE_YAML = `name: eu-ai-act-baseline
version: "1.0.0"
kind: compliance
description: Technical record-keeping checks mapped to Article 12 of the EU AI Act (Regulation (EU) 2024/1689)
author: Assay
license: MIT
source_url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
disclaimer: |
  These are technical checks on recorded evidence, mapped to the record-keeping duties of Article 12 of
  Regulation (EU) 2024/1689. Passing them is not legal compliance and is no substitute for the risk
  management, conformity assessment and monitoring the regulation requires. Ask qualified counsel.
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: EU12-001
    severity: error
    description: Events are recorded automatically (the bundle holds at least one event)
    article_ref: "12(1)"
    help_markdown: |
      Article 12(1) asks that high-risk systems technically allow automatic recording of events.
      This check only confirms that the bundle holds at least one recorded event.
    check:
      type: event_count
      min: 1
  - id: EU12-002
    severity: error
    description: Operation can be monitored (some *.started and some *.finished event)
    article_ref: "12(2)(c)"
    help_markdown: |
      Article 12(2)(c) concerns monitoring the system's operation. This check looks for lifecycle events:
      at least one type matching \`*.started\` and one matching \`*.finished\`.
    check:
      type: event_pairs
      start_pattern: "*.started"
      finish_pattern: "*.finished"
  - id: EU12-003
    severity: warning
    description: Events carry identifiers that support post-market monitoring (run, trace or build)
    article_ref: "12(2)(b)"
    help_markdown: |
      Article 12(2)(b) concerns post-market monitoring. This check looks for a run id, trace context or build
      identity in some event.
    check:
      type: event_field_present
      paths_any_of:
        - /run_id
        - /traceparent
        - /trace_state
        - /data/run_id
        - /data/traceparent
        - /data/build_id
        - /data/version
  - id: EU12-004
    severity: warning
    description: Events carry fields that help identify risk situations (decisions, denials, violations)
    article_ref: "12(2)(a)"
    help_markdown: |
      Article 12(2)(a) concerns recording events relevant to situations where the system may present a risk.
      This check looks for decision, denial, violation or risk fields in event data.
    check:
      type: event_field_present
      paths_any_of:
        - /data/policy_decision
        - /data/denied
        - /data/policy_hash
        - /data/config_hash
        - /data/violation
        - /data/risk_level
        - /data/anomaly_detected
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/soc2-baseline.ts
// Built-in pack `soc2-baseline` (04 §8.4): same ids, severities, checks and version as the reference pack;
// the prose is ours.
const SOC2_BASELINE_YAML = `name: soc2-baseline
version: "1.0.0"
kind: compliance
description: Evidence invariants mapped to SOC 2 Common Criteria (Security)
author: Assay
license: MIT
disclaimer: |
  These checks look for the presence of evidence that supports SOC 2 Common Criteria controls. They do not
  test whether the controls are effective, and passing them is not a SOC 2 report or attestation.
requires:
  assay_min_version: ">=0.1.0"
rules:
  - id: invariant.accountability
    severity: warning
    description: "CC6.1: the run identifies the system under test (assay.profile.started)"
    article_ref: "CC6.1"
    help_markdown: |
      A profile start event records which system ran and in what context.
    check:
      type: event_type_exists
      pattern: "assay.profile.started"
  - id: invariant.change_lifecycle
    severity: warning
    description: "CC7.2: the recorded run completed (started and finished events)"
    article_ref: "CC7.2"
    help_markdown: |
      A start and a finish event show the recorded change ran to completion.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: invariant.decision_record
    severity: error
    description: "CC8.1: an automated policy decision was recorded (assay.tool.decision)"
    article_ref: "CC8.1"
    help_markdown: |
      A tool decision event shows that an automated gate evaluated the agent's actions and recorded the outcome.
    check:
      type: event_type_exists
      pattern: "assay.tool.decision"
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/index.ts
// The built-in lint packs, by name (04 §8.4).



const BUILTIN_PACKS = Object.freeze({
    'cicd-starter': CICD_STARTER_YAML,
    'eu-ai-act-baseline': EU_AI_ACT_BASELINE_YAML,
    'soc2-baseline': SOC2_BASELINE_YAML,
});
const DEFAULT_PACK = 'cicd-starter';

;// CONCATENATED MODULE: ./src/core/evidence/lint/load.ts
// Resolving `--pack REF` (04 §8.4): an existing path (a file, or a directory holding pack.yaml), else a
// built-in name, else `<config dir>/<name>.yaml` or `<config dir>/<name>/pack.yaml` (staying inside it).





const MAX_PACK_BYTES = 1 << 20;
function notFound(ref, message) {
    return new core_errors/* ConfigError */.xL('E_CFG_PARSE', message, {
        source: 'config',
        context: { file: ref },
        diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: ref, source: 'config' }],
    });
}
function readPackFile(abs, display) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(abs).size > MAX_PACK_BYTES)
            throw notFound(display, `pack ${display}: larger than ${MAX_PACK_BYTES} bytes`);
        text = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch (e) {
        if (e instanceof core_errors/* ConfigError */.xL)
            throw e;
        throw notFound(display, `pack ${display}: cannot read (${e.code ?? 'error'})`);
    }
    return parsePack(text, display, { builtin: false, file: display });
}
function inside(root, p) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
    }
    return d[a.length][b.length];
}
function suggestPack(ref, names) {
    const prefix = names.filter((n) => n.startsWith(ref) || ref.startsWith(n));
    if (prefix.length > 0)
        return prefix[0];
    let best;
    let bestD = 4;
    for (const n of names) {
        const dd = editDistance(ref, n);
        if (dd < bestD) {
            best = n;
            bestD = dd;
        }
    }
    return best;
}
function loadPack(ref, opts) {
    const display = opts.display ?? ((p) => p);
    const abs = (0,external_node_path_.resolve)(opts.cwd, ref);
    if (ref !== '' && (0,external_node_fs_.existsSync)(abs)) {
        const st = (0,external_node_fs_.statSync)(abs);
        if (st.isDirectory()) {
            const file = (0,external_node_path_.join)(abs, 'pack.yaml');
            if (!(0,external_node_fs_.existsSync)(file))
                throw notFound(display(abs), `pack ${display(abs)}: directory has no pack.yaml`);
            return readPackFile(file, display(file));
        }
        return readPackFile(abs, display(abs));
    }
    const builtin = BUILTIN_PACKS[ref];
    if (builtin !== undefined)
        return parsePack(builtin, ref, { builtin: true });
    if (opts.configDir !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(ref)) {
        let root;
        try {
            root = (0,external_node_fs_.realpathSync)(opts.configDir);
        }
        catch {
            root = undefined;
        }
        if (root !== undefined) {
            for (const candidate of [(0,external_node_path_.join)(root, `${ref}.yaml`), (0,external_node_path_.join)(root, ref, 'pack.yaml')]) {
                if (!(0,external_node_fs_.existsSync)(candidate))
                    continue;
                const real = (0,external_node_fs_.realpathSync)(candidate);
                if (!inside(root, real))
                    throw notFound(ref, `pack ${ref}: ${candidate} resolves outside the pack directory`);
                return readPackFile(real, display(real));
            }
        }
    }
    const hint = suggestPack(ref, Object.keys(BUILTIN_PACKS));
    throw notFound(ref, `pack not found: ${JSON.stringify(ref)}${hint ? ` (did you mean ${hint}?)` : ''}`);
}
/**
 * Load `--pack` refs in order. Two packs defining the same canonical rule id: an error if either is a
 * compliance pack, else a warning (the first wins when the rules run).
 */
function loadPacks(refs, opts) {
    const packs = [];
    const warnings = [];
    const owner = new Map();
    for (const ref of refs) {
        const p = loadPack(ref, opts);
        for (const r of p.rules) {
            const first = owner.get(r.canonical);
            if (first === undefined) {
                owner.set(r.canonical, p);
                continue;
            }
            if (first === p)
                continue;
            const msg = `rule ${r.canonical} is defined by two packs`;
            if (first.kind === 'compliance' || p.kind === 'compliance')
                throw notFound(ref, `pack ${ref}: ${msg} (compliance packs may not overlap)`);
            warnings.push(`${msg}; the first one runs`);
        }
        packs.push(p);
    }
    return { packs, warnings };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/core/report/finding.ts
var finding = __webpack_require__(2179);
;// CONCATENATED MODULE: ./src/core/evidence/lint/report.ts
// Lint report formats (04 §8.6): text (stderr), JSON (reference shape), SARIF 2.1.0 (driver
// `assay-evidence-lint`), and the mapping of lint findings into the shared Finding model the action uses.



// Lint text is ours or a pack's prose (configuration, not untrusted trace content): controls are stripped,
// but secret redaction would mangle canonical ids such as `pack@1.0.0:ID` (they look like e-mail addresses).
const safeText = (s) => (0,safe_text/* stripControls */.$Y)(s);
const safeBounded = (s) => (0,safe_text/* boundText */.O6)((0,safe_text/* stripControls */.$Y)(s));




const LINT_DRIVER = 'assay-evidence-lint';
const LINT_INFORMATION_URI = 'https://docs.getassay.dev/evidence/lint';
const LINT_FINGERPRINT_KEY = 'assayLintFingerprint/v1';
const TEXT_LEVEL = { Error: 'error', Warn: 'warn', Info: 'info' };
const SARIF_LEVEL = { Error: 'error', Warn: 'warning', Info: 'note' };
/** The human report (stderr). */
function lintText(r, opts) {
    const out = ['Assay Evidence Lint', '==================='];
    out.push(`Bundle: ${r.bundle_id} (events: ${r.event_count}, verified: true)`);
    out.push(`Packs: ${r.packs.map((p) => `${p.name}@${p.version}${opts.defaultPack ? ' (default)' : ''}`).join(', ')}`);
    if (r.disclaimer !== null) {
        out.push('', 'Disclaimer:');
        for (const l of safeText(r.disclaimer).split('\n'))
            out.push(`  ${l}`.trimEnd());
    }
    if (r.truncated)
        out.push('', `Showing ${r.findings.length} of ${r.findings.length + r.truncated_count} findings (--max-results ${r.applied_cap}); ${r.truncated_count} omitted.`);
    for (const s of r.skipped_rules)
        out.push(`skipped: ${s.rule_id} (${s.reason})`);
    out.push('');
    for (const f of r.findings) {
        const where = f.location === null ? 'global' : `seq:${f.location.seq} line:${f.location.line}`;
        const ref = f.article_ref !== undefined ? ` [${safeText(f.article_ref)}]` : '';
        out.push(`[${TEXT_LEVEL[f.severity]}] ${f.rule_id} (${where}) ${safeText(f.message)}${ref}`);
        out.push(`  Hint: run \`assay evidence lint --explain ${f.rule_id}\``);
    }
    const s = r.summary;
    out.push(s.total === 0 ? 'No findings.' : `Summary: ${s.total} total (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info)`);
    return out.join('\n') + '\n';
}
/** The JSON report (reference shape plus `schema`), pretty-printed by the caller. */
function lintJson(r, toolVersion) {
    return {
        schema: 'assay.evidence.lint.v1',
        schema_version: 1,
        tool_version: toolVersion,
        bundle_meta: r.bundle_meta,
        verified: true,
        findings: r.findings.map((f) => ({
            rule_id: f.rule_id,
            severity: f.severity,
            message: f.message,
            location: f.location,
            fingerprint: f.fingerprint,
            help_uri: f.help_uri,
            tags: f.tags,
        })),
        summary: r.summary,
        truncated: r.truncated,
        truncated_count: r.truncated_count,
        applied_cap: r.applied_cap,
        skipped_rules: r.skipped_rules,
        ...(r.disclaimer !== null ? { disclaimer: r.disclaimer } : {}),
    };
}
function insideWorkspace(p) {
    return !(0,external_node_path_.isAbsolute)(p) && !p.startsWith('..');
}
/** Where a finding points in SARIF: the bundle, or (global, from a workspace pack file) the rule's `id:` line. */
function sarifLocation(f, bundlePath) {
    if (f.location === null && f.pack?.file != null && insideWorkspace(f.pack.file))
        return { uri: f.pack.file, line: f.pack.rule_line };
    return { uri: bundlePath, line: 1 };
}
/** `primaryLocationLineHash` (04 §8.6): hex sha256 of `<rule_id>:<uri>:<line>:<pack digest or empty>`. */
function primaryLocationLineHash(f, bundlePath) {
    const uri = f.location !== null ? 'events.ndjson' : bundlePath;
    const line = f.location !== null ? f.location.line : 1;
    return (0,external_node_crypto_.createHash)('sha256').update(`${f.rule_id}:${uri}:${line}:${f.pack?.digest ?? ''}`, 'utf8').digest('hex');
}
/**
 * A lint finding as a shared FindingDraft (the action puts these in its `evidence` SARIF run, the summary and the
 * findings baseline). Fingerprint inputs: subject = bundle path, detail = the lint fingerprint.
 */
function lintFindingDraft(f, bundlePath) {
    const loc = sarifLocation(f, bundlePath);
    return {
        rule_id: f.rule_id,
        level: SARIF_LEVEL[f.severity],
        source: 'policy',
        message: f.message,
        location: { uri: loc.uri, line: loc.line, col: 1 },
        subject: bundlePath,
        detail: f.fingerprint,
    };
}
/** SARIF extras for one lint finding (03-action §4.3): lint fingerprints, `seq:<n>` logical location, properties. */
function lintSarifExtras(f, bundlePath, bundleId) {
    return {
        partialFingerprints: { [LINT_FINGERPRINT_KEY]: f.fingerprint, primaryLocationLineHash: primaryLocationLineHash(f, bundlePath) },
        ...(f.location !== null ? { logicalLocations: [{ name: `seq:${f.location.seq}`, kind: 'event' }] } : {}),
        properties: f.location !== null
            ? { bundle_path: bundlePath, bundle_id: bundleId, member: 'events.ndjson', seq: f.location.seq, line: f.location.line, event_type: safeBounded(f.location.event_type) }
            : { bundle_path: bundlePath, bundle_id: bundleId },
    };
}
const PACK_SECURITY = { error: '7.5', warning: '5.0', info: '2.0' };
const PACK_SEVERITY = { error: 'Error', warning: 'Warn', info: 'Info' };
function pascal(s) {
    const name = s
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    return name === '' ? 'Rule' : name;
}
/** Every lint rule known from the built-ins and the given packs, by canonical id. */
function lintRuleCatalog(packs) {
    const m = new Map();
    for (const r of BUILTIN_RULES) {
        m.set(r.id, {
            id: r.id,
            name: r.name,
            short: r.short,
            full: r.full,
            helpText: r.help.replace(/`/g, ''),
            helpMarkdown: r.help,
            helpUri: BUILTIN_HELP_BASE + r.id,
            severity: r.severity,
            securitySeverity: r.securitySeverity,
            tags: r.tags,
            article_ref: null,
            pack: null,
        });
    }
    for (const p of packs) {
        for (const r of p.rules) {
            if (m.has(r.canonical))
                continue;
            const help = r.help_markdown ?? r.description;
            m.set(r.canonical, {
                id: r.canonical,
                name: pascal(`${p.name} ${r.id}`),
                short: r.description,
                full: `${r.description} (pack ${p.name}@${p.version}${r.article_ref !== null ? `, ${r.article_ref}` : ''})`,
                helpText: help,
                helpMarkdown: help,
                helpUri: packHelpUri(p, r),
                severity: PACK_SEVERITY[r.severity],
                securitySeverity: PACK_SECURITY[r.severity],
                tags: packTags(p, r),
                article_ref: r.article_ref,
                pack: { name: p.name, version: p.version },
            });
        }
    }
    return m;
}
/** SARIF 2.1.0 for `evidence lint --format sarif` (04 §8.6), truncated only at GitHub's limits by buildSarif. */
function lintSarif(input) {
    const { report, bundlePath } = input;
    // One finding per lint finding; decorate() gets the same objects back, so identity pairs them.
    const pairs = new Map();
    for (const lf of report.findings)
        pairs.set((0,finding/* finalizeFindings */.jj)([lintFindingDraft(lf, bundlePath)])[0], lf);
    const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
    const sarif = (0,report_sarif/* buildSarif */.Ep)({
        version: input.version,
        informationUri: LINT_INFORMATION_URI,
        runs: [
            {
                category: input.category,
                kind: 'evidence',
                findings: [...pairs.keys()],
                exitCode: input.exitCode,
                driverName: LINT_DRIVER,
                decorate: (f) => {
                    const lf = pairs.get(f);
                    return lf === undefined ? undefined : lintSarifExtras(lf, bundlePath, report.bundle_id);
                },
            },
        ],
    });
    // The shared writer knows the gate's rule catalog; lint rules, messages and the run id are ours (04 §8.6).
    const doc = JSON.parse(sarif.text);
    const run = doc.runs[0];
    const catalog = lintRuleCatalog(input.packs);
    const results = run.results ?? [];
    const ids = [...new Set(results.map((r) => r.ruleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const driver = run.tool.driver;
    driver.rules = ids.map((id) => sarifRule(catalog.get(id), id));
    driver.properties = { assayPacks: input.report.packs.map((p) => ({ name: p.name, version: p.version, digest: p.digest, source_url: p.source_url })) };
    for (const r of results) {
        r.ruleIndex = ids.indexOf(r.ruleId);
        const fp = r.partialFingerprints[LINT_FINGERPRINT_KEY];
        const lf = fp !== undefined ? byFingerprint.get(fp) : undefined;
        if (lf !== undefined)
            r.message.text = safeBounded(lf.message);
    }
    // Order of 04 §8.6: level, rule id, bundle path, then the event line (the physical line is always 1).
    const rank = { error: 0, warning: 1, note: 2 };
    const evLine = (r) => (r.properties?.line ?? 0);
    const uriOf = (r) => (r.locations[0]?.physicalLocation.artifactLocation.uri ?? '');
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    results.sort((a, b) => rank[a.level] - rank[b.level] ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(uriOf(a), uriOf(b)) ||
        evLine(a) - evLine(b));
    run.automationDetails = { id: `${input.category}/` };
    return { text: JSON.stringify(doc, null, 2) + '\n', omitted: sarif.omitted };
}
function sarifRule(info, id) {
    const i = info ?? {
        id,
        name: pascal(id),
        short: `Evidence lint rule ${id}`,
        full: `Evidence lint rule ${id}.`,
        helpText: `Run assay evidence lint --explain ${id}`,
        helpMarkdown: `Run \`assay evidence lint --explain ${id}\``,
        helpUri: LINT_INFORMATION_URI,
        severity: 'Warn',
        securitySeverity: '5.0',
        tags: [],
        article_ref: null,
        pack: null,
    };
    return {
        id: i.id,
        name: i.name,
        shortDescription: { text: safeBounded(i.short).slice(0, 1024) },
        fullDescription: { text: safeText(i.full) },
        help: { text: safeText(i.helpText), markdown: safeText(i.helpMarkdown) },
        helpUri: i.helpUri,
        defaultConfiguration: { level: SARIF_LEVEL[i.severity] },
        properties: { tags: i.tags.slice(0, 10), 'security-severity': i.securitySeverity },
    };
}
/** Lint rule metadata as SARIF rule metadata, for SARIF runs built by the shared writer (the action). */
function lintRuleMetaLookup(packs) {
    const catalog = lintRuleCatalog(packs);
    return (ruleId) => {
        const r = catalog.get(ruleId);
        if (!r)
            return undefined;
        return {
            id: r.id,
            name: r.name,
            shortDescription: r.short,
            fullDescription: r.full,
            helpText: r.helpText,
            helpMarkdown: r.helpMarkdown,
            level: SARIF_LEVEL[r.severity],
            securitySeverity: r.securitySeverity,
            tags: r.tags,
        };
    };
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/explain.ts

function explainRule(id, packs) {
    const catalog = lintRuleCatalog(packs);
    let info = catalog.get(id);
    if (info === undefined) {
        const matches = [...catalog.values()].filter((r) => r.pack !== null && r.id.endsWith(`:${id}`));
        if (matches.length > 1) {
            return { ok: false, message: `ambiguous rule id ${JSON.stringify(id)}; use one of:\n${matches.map((m) => `  ${m.id}`).join('\n')}` };
        }
        info = matches[0];
    }
    if (info === undefined)
        return { ok: false, message: `unknown rule id ${JSON.stringify(id)}` };
    const lines = [info.id, `Pack: ${info.pack ? `${info.pack.name}@${info.pack.version}` : '(built-in)'}`, `Severity: ${info.severity}`, info.short];
    if (info.article_ref !== null)
        lines.push(`Reference: ${info.article_ref}`);
    lines.push('---', info.helpMarkdown.trimEnd());
    return { ok: true, text: lines.join('\n') + '\n' };
}

// EXTERNAL MODULE: ./src/core/util/paths.ts
var util_paths = __webpack_require__(3480);
;// CONCATENATED MODULE: ./cli/evidence/lint.ts
















function registerLint(parent) {
    parent
        .command('lint')
        .description('Lint a verified evidence bundle with the built-in rules and packs')
        .argument('[BUNDLE]', 'bundle .tar.gz, or - for stdin')
        .option('-f, --format <format>', 'text | json | sarif', 'text')
        .option('--fail-on <level>', 'error | warn | info | none', 'error')
        .option('--pack <packs>', `comma-separated packs: built-in names (${Object.keys(BUILTIN_PACKS).join(', ')}) or pack files`)
        .option('--explain <rule>', 'explain a rule (no bundle needed)')
        .option('--max-results <n>', 'cap on findings shown (text and JSON)', '500')
        .option('-o, --output <file>', 'write the JSON/SARIF document here instead of stdout')
        .option('--category <name>', 'SARIF category', 'assay-evidence/lint')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runLint(bundle, flags);
    });
}
function packConfigDir() {
    const xdg = process.env.XDG_CONFIG_HOME;
    return (0,external_node_path_.join)(xdg !== undefined && xdg !== '' ? xdg : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config'), 'assay', 'packs');
}
function packRefs(flag) {
    if (flag === undefined)
        return { refs: [DEFAULT_PACK], isDefault: true };
    const refs = flag.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (refs.length === 0)
        throw usage('--pack needs at least one pack');
    return { refs, isDefault: false };
}
async function runLint(bundle, flags) {
    let json = flags.format === 'json';
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json', 'sarif']);
        json = format === 'json';
        const failOn = (0,options/* parseFailOn */.XV)(flags.failOn);
        if (!/^[0-9]+$/.test(flags.maxResults) || Number(flags.maxResults) < 1)
            throw usage(`invalid --max-results "${flags.maxResults}" (a positive integer)`);
        const maxResults = Number(flags.maxResults);
        const { refs, isDefault } = packRefs(flags.pack);
        const resolveOpts = { cwd: process.cwd(), configDir: packConfigDir(), display: (abs) => (0,util_paths/* displayPath */.G)(abs, (0,paths/* checkoutRoot */.R)(), process.cwd()) };
        if (flags.explain !== undefined) {
            // Built-in packs are always searchable; --pack adds files.
            const all = loadPacks([...new Set([...Object.keys(BUILTIN_PACKS), ...(flags.pack !== undefined ? refs : [])])], resolveOpts).packs;
            const r = explainRule(flags.explain, all);
            if (!r.ok) {
                (0,output/* err */._q)(`error: ${r.message}`);
                return 1;
            }
            process.stdout.write(r.text);
            return 0;
        }
        if (bundle === undefined)
            throw usage('missing BUNDLE (or use --explain RULE_ID)');
        const limits = loadLimits(flags.limits);
        const { packs, warnings } = loadPacks(refs, resolveOpts);
        for (const w of warnings)
            (0,output/* err */._q)(`warning: ${w}`);
        const display = bundle === '-' ? '-' : (0,paths/* fileRef */.M)(bundle).display;
        let report;
        try {
            const bytes = bundle === '-' ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-') : readBundleFile((0,paths/* fileRef */.M)(bundle).path, limits.max_bundle_bytes, display);
            report = await lintBundleBytes(bytes, { packs, limits, maxResults: format === 'sarif' ? null : maxResults, bundleLabel: display });
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            printVerifyFailure(e, display, 'Verification failed: bundle verification failed');
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
            return 2;
        }
        const exit = lintGates(report.findings, failOn) ? 1 : 0;
        if (format === 'text') {
            (0,output/* err */._q)(lintText(report, { defaultPack: isDefault }).trimEnd());
        }
        else if (format === 'json') {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ ...lintJson(report, version/* VERSION */.x), exit_code: exit, reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv, reason_code: exit ? 'E_POLICY_VIOLATION' : '' }), flags.output);
            (0,output/* err */._q)(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
        }
        else {
            const s = lintSarif({ report, packs, bundlePath: display, version: version/* VERSION */.x, category: flags.category, exitCode: exit });
            (0,output/* emitArtefact */.g9)(s.text, flags.output);
            if (s.omitted)
                (0,output/* err */._q)(`warning W_SARIF_TRUNCATED: ${s.omitted} results omitted to fit GitHub code scanning limits`);
            (0,output/* err */._q)(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
        }
        return exit;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/export-profile.ts
// `assay evidence export --profile` (04 §10): a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.



const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';
const hex = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01` (04 §10). */
function exportTraceparent(runId, id) {
    return `00-${hex(runId).slice(0, 32)}-${hex(id).slice(0, 16)}-01`;
}
const SECRET_PREFIXES = [
    'authorization: bearer ',
    'authorization: ',
    'token=',
    'key=',
    'bearer ',
    'api_key=',
    'apikey=',
    'secret=',
    'password=',
    'session=',
    'cookie=',
    'x-api-key:',
    'x-token:',
];
/** Scrubbing for `observed`/`summary` (04 §10): POSIX separators, home directories generalized, secrets cut. */
function scrubKey(key) {
    let s = key.replace(/\\/g, '/');
    const home = /^\/home\/[^/]*(?:\/|$)/.exec(s) ?? /^\/Users\/[^/]*(?:\/|$)/.exec(s);
    if (home)
        s = '~/**/' + s.slice(home[0].length);
    else {
        const at = s.indexOf('/Users/');
        if (at !== -1) {
            const rest = s.slice(at + '/Users/'.length);
            const slash = rest.indexOf('/');
            s = '~/**/' + (slash === -1 ? '' : rest.slice(slash + 1));
        }
    }
    const lower = s.toLowerCase();
    for (const p of SECRET_PREFIXES) {
        const i = lower.indexOf(p);
        if (i !== -1)
            return s.slice(0, i + p.length) + '***';
    }
    return s;
}
/** Code-point-wise comparison equals UTF-8 byte order (the reference's map order). */
function compareUtf8(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
function export_profile_isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function invalid(file, message) {
    const m = `${file}: ${message}`;
    return new core_errors/* ConfigError */.xL('E_CFG_PARSE', m, { source: 'config', context: { file }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: m, file, source: 'config' }] });
}
function usageError(message) {
    return new core_errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** The event time of 04 §10, rendered per §6.3. */
function resolveExportTime(given, candidates, sourceDateEpoch, file) {
    if (given !== undefined) {
        const t = (0,time/* normalizeRfc3339 */.tD)(given);
        if (t === undefined)
            throw usageError(`--time ${JSON.stringify(given)} is not an RFC 3339 timestamp`);
        return t;
    }
    for (const c of candidates) {
        if (c === undefined || c === null)
            continue;
        const t = typeof c === 'string' ? (0,time/* normalizeRfc3339 */.tD)(c) : undefined;
        if (t === undefined)
            throw invalid(file, `timestamp ${JSON.stringify(c)} is not RFC 3339`);
        return t;
    }
    if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch))
        return (0,time/* renderInstant */.Wv)({ seconds: Number(sourceDateEpoch), nanos: 0 });
    throw usageError(`no event time: ${file} has no updated_at or created_at; pass --time RFC3339 or set SOURCE_DATE_EPOCH`);
}
function checkRunId(runId) {
    if (runId === '')
        throw usageError('the run id must not be empty');
    if (runId.includes(':'))
        throw usageError(`run id ${JSON.stringify(runId)} must not contain ':'`);
    return runId;
}
function entries(v, where, file) {
    if (v === undefined || v === null)
        return [];
    if (!export_profile_isObj(v))
        throw invalid(file, `${where} must be a mapping`);
    const out = [];
    for (const [key, e] of Object.entries(v)) {
        if (!export_profile_isObj(e))
            throw invalid(file, `${where}[${JSON.stringify(key)}] must be a mapping`);
        const hits = e.hits_total ?? 0;
        if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0)
            throw invalid(file, `${where}[${JSON.stringify(key)}].hits_total must be a non-negative integer`);
        out.push({ key, first_seen: e.first_seen ?? null, last_seen: e.last_seen ?? null, runs_seen: e.runs_seen ?? null, hits });
    }
    return out.sort((a, b) => compareUtf8(a.key, b.key));
}
/** Profile → events (04 §10 mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
function profileToEvents(profile, opts) {
    const file = opts.file;
    if (!export_profile_isObj(profile))
        throw invalid(file, 'a profile must be a mapping');
    const name = profile.name;
    const version = profile.version;
    const totalRuns = profile.total_runs;
    if (typeof version !== 'string')
        throw invalid(file, 'version must be a string');
    if (typeof name !== 'string' || name === '')
        throw invalid(file, 'name must be a non-empty string');
    if (typeof totalRuns !== 'number' || !Number.isInteger(totalRuns) || totalRuns < 0)
        throw invalid(file, 'total_runs must be a non-negative integer');
    const runIds = profile.run_ids;
    if (runIds !== undefined && (!Array.isArray(runIds) || !runIds.every((r) => typeof r === 'string')))
        throw invalid(file, 'run_ids must be a list of strings');
    const scope = profile.scope;
    if (scope !== undefined && scope !== null && typeof scope !== 'string')
        throw invalid(file, 'scope must be a string');
    const ent = export_profile_isObj(profile.entries) ? profile.entries : profile.entries === undefined || profile.entries === null ? {} : null;
    if (ent === null)
        throw invalid(file, 'entries must be a mapping');
    const files = entries(ent.files, 'entries.files', file);
    const network = entries(ent.network, 'entries.network', file);
    const processes = entries(ent.processes, 'entries.processes', file);
    const degr = profile.sandbox_degradations ?? [];
    if (!Array.isArray(degr) || !degr.every(export_profile_isObj))
        throw invalid(file, 'sandbox_degradations must be a list of mappings');
    const lastRun = Array.isArray(runIds) && runIds.length > 0 ? runIds[runIds.length - 1] : undefined;
    const runId = checkRunId(opts.runId ?? lastRun ?? `run_${hex(name).slice(0, 16)}`);
    const time = resolveExportTime(opts.time, [profile.updated_at, profile.created_at], opts.sourceDateEpoch, file);
    const out = [];
    const push = (type, subject, data) => {
        const seq = out.length;
        const id = `${runId}:${seq}`;
        out.push({
            specversion: '1.0',
            type,
            source: `urn:assay:cli:${opts.version}`,
            id,
            time,
            datacontenttype: 'application/json',
            ...(subject !== undefined && subject !== '' ? { subject } : {}),
            traceparent: exportTraceparent(runId, id),
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: opts.version,
            assaygit: opts.git,
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', PROFILE_PHASE_SUBJECT, { profile_name: name, profile_version: version, total_runs_aggregated: totalRuns });
    for (const d of degr)
        push('assay.sandbox.degraded', 'landlock', d);
    if (opts.detail !== 'summary') {
        const kinds = [
            [files, 'assay.fs.access', 'file'],
            [network, 'assay.net.connect', 'host'],
            [processes, 'assay.process.exec', 'cmd'],
        ];
        for (const [list, type, keyName] of kinds) {
            for (const e of list) {
                if (opts.detail === 'observed')
                    push(type, scrubKey(e.key), { hits: e.hits });
                else
                    push(type, e.key, { [keyName]: e.key, first_seen: e.first_seen, last_seen: e.last_seen, hits: e.hits, runs_seen: e.runs_seen });
            }
        }
    }
    push('assay.profile.finished', PROFILE_PHASE_SUBJECT, {
        files_count: files.length,
        network_count: network.length,
        processes_count: processes.length,
        sandbox_degradation_count: degr.length,
        integrity_scope: typeof scope === 'string' ? scope : null,
    });
    return out;
}

// EXTERNAL MODULE: ./src/runtime/mcp/evidence.ts
var evidence = __webpack_require__(8878);
;// CONCATENATED MODULE: ./cli/evidence/export.ts








// One mapping for `mcp wrap --evidence-out` and this command, so the same log gives the same archive bytes (05 §1.12).






const MAX_INPUT = 256 << 20;
function registerExport(parent) {
    parent
        .command('export')
        .description('Write an evidence bundle from a recorded profile or a proxy decision log')
        .option('--profile <file>', 'profile (JSON when .json, else YAML) written by assay record --profile-out')
        .option('--decision-log <file>', 'decision log written by assay mcp wrap --decision-log')
        .option('--session <id>', 'session in the decision log (default: the last one)')
        .option('--out <path>', 'bundle path (default assay_evidence_<run_id>.tar.gz)')
        .option('--detail <level>', 'summary | observed | full', 'observed')
        .option('--run-id <id>', 'run id of the bundle')
        .option('--time <rfc3339>', 'event time for profile exports')
        .exitOverride()
        .action((flags) => {
        process.exitCode = runExport(flags);
    });
}
function readInput(given) {
    const ref = (0,paths/* fileRef */.M)(given);
    if (!(0,external_node_fs_.existsSync)(ref.path)) {
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${ref.display}: file not found`, { source: 'config', context: { file: ref.display } });
    }
    try {
        if ((0,external_node_fs_.statSync)(ref.path).size > MAX_INPUT)
            throw usage(`${ref.display}: larger than ${MAX_INPUT} bytes`);
        return { text: (0,external_node_fs_.readFileSync)(ref.path, 'utf8'), display: ref.display };
    }
    catch (e) {
        if (e instanceof Error && 'reasonCode' in e)
            throw e;
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${ref.display}: cannot read (${e.code ?? 'error'})`, { source: 'config', context: { file: ref.display } });
    }
}
function parseProfile(text, display) {
    if (display.toLowerCase().endsWith('.json')) {
        try {
            return (0,strict_json/* strictParse */.l1)(text.replace(/^\uFEFF/, ''), { maxDepth: 64 }).value;
        }
        catch (e) {
            const m = `${display}: invalid JSON${e instanceof strict_json/* StrictJsonError */.U7 ? ` (${e.message})` : ''}`;
            throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', m, { source: 'config', context: { file: display } });
        }
    }
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (!source || errors.length > 0) {
        const first = errors[0];
        throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', first?.message ?? `${display}: invalid YAML`, {
            source: 'config',
            context: { file: display, line: first?.line, col: first?.col },
            diagnostics: errors,
        });
    }
    return source.value;
}
function runExport(flags) {
    try {
        if ((flags.profile === undefined) === (flags.decisionLog === undefined))
            throw usage('give exactly one of --profile FILE or --decision-log FILE');
        if (!['summary', 'observed', 'full'].includes(flags.detail))
            throw usage(`invalid --detail "${flags.detail}" (allowed: summary, observed, full)`);
        if (flags.session !== undefined && flags.decisionLog === undefined)
            throw usage('--session needs --decision-log');
        const producer = { version: version/* VERSION */.x, git: 'unknown' };
        let events;
        if (flags.profile !== undefined) {
            const { text, display } = readInput(flags.profile);
            const sde = process.env.SOURCE_DATE_EPOCH;
            events = profileToEvents(parseProfile(text, display), {
                ...producer,
                detail: flags.detail,
                file: display,
                ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
                ...(flags.time !== undefined ? { time: flags.time } : {}),
                ...(sde !== undefined && sde !== '' ? { sourceDateEpoch: sde } : {}),
            });
        }
        else {
            if (flags.time !== undefined)
                throw usage('--time applies to --profile exports (decision times come from the log)');
            const { text, display } = readInput(flags.decisionLog);
            const log = (0,evidence/* readDecisionLog */.zi)(text);
            if (log.source === undefined || log.events.length === 0) {
                throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: no decision-log events`, { source: 'config', context: { file: display } });
            }
            if (flags.runId !== undefined)
                checkRunId(flags.runId);
            try {
                events = (0,evidence/* decisionEvidenceEvents */.ry)(log.events, {
                    source: log.source,
                    producerVersion: version/* VERSION */.x,
                    git: 'unknown',
                    ...(flags.session !== undefined ? { sessionId: flags.session } : {}),
                    ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
                });
            }
            catch (e) {
                if (e instanceof Error && 'reasonCode' in e)
                    throw e;
                throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: ${e.message}`, { source: 'config', context: { file: display } });
            }
        }
        const runId = events[0].assayrunid;
        const out = flags.out ?? `assay_evidence_${runId}.tar.gz`;
        try {
            (0,writer/* writeBundle */.Mf)((0,external_node_path_.resolve)(process.cwd(), out), events);
        }
        catch (e) {
            if (e instanceof verify_error/* BundleError */.rJ)
                throw e;
            const code = e.code ?? 'error';
            throw new core_errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${out} (${code})`, { source: 'cli', nextStepValues: { path: out } });
        }
        (0,output/* err */._q)(`Exported evidence bundle to ${(0,paths/* fileRef */.M)(out).display}`);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/diff.ts
// `assay evidence diff` (04 §9): compare the non-empty subjects per category of two verified bundles.




const DIFF_CATEGORIES = ['network', 'filesystem', 'processes'];
/** The category an event type belongs to, if any (04 §9). */
function categoryOf(type) {
    const has = (seg) => type.includes(`.${seg}.`) || type.endsWith(`.${seg}`);
    if (has('net'))
        return 'network';
    if (has('fs'))
        return 'filesystem';
    if (has('process'))
        return 'processes';
    return undefined;
}
/** Verify a bundle and collect what diff compares. Throws BundleError when it does not verify. */
async function diffSide(bytes, opts = {}) {
    const subjects = { network: new Set(), filesystem: new Set(), processes: new Set() };
    const r = await verifyBundleBytes(bytes, {
        ...opts,
        onEvent: (ev) => {
            const c = categoryOf(ev.type);
            if (c !== undefined && typeof ev.subject === 'string' && ev.subject !== '')
                subjects[c].add(ev.subject);
        },
    });
    return { run_id: r.run_id, event_count: r.event_count, run_root: r.run_root, time_range: [r.time_first, r.time_last], subjects };
}
function durationSeconds(range) {
    if (range === null)
        return null;
    const a = (0,time/* parseRfc3339 */.TM)(range[0]);
    const b = (0,time/* parseRfc3339 */.TM)(range[1]);
    return b.seconds - a.seconds + (b.nanos - a.nanos) / 1e9;
}
function diffBundles(baseline, candidate) {
    const meta = (s) => ({ run_id: s.run_id, event_count: s.event_count, run_root: s.run_root, time_range: s.time_range });
    const set = (c) => ({
        added: [...candidate.subjects[c]].filter((x) => !baseline.subjects[c].has(x)).sort(compareUtf8),
        removed: [...baseline.subjects[c]].filter((x) => !candidate.subjects[c].has(x)).sort(compareUtf8),
    });
    const db = durationSeconds(baseline.time_range);
    const dc = durationSeconds(candidate.time_range);
    return {
        comparison_scope: { basis: 'retained_verified_events', absence_completeness: 'not_established' },
        baseline: meta(baseline),
        candidate: meta(candidate),
        summary: { event_count_delta: candidate.event_count - baseline.event_count, duration_delta: db === null || dc === null ? null : Math.round((dc - db) * 1e9) / 1e9 },
        network: set('network'),
        filesystem: set('filesystem'),
        processes: set('processes'),
    };
}
function hasAdditions(r) {
    return DIFF_CATEGORIES.some((c) => r[c].added.length > 0);
}
const TITLES = { network: 'Network', filesystem: 'Filesystem', processes: 'Processes' };
const SCOPE = 'Comparison scope: retained verified events. Absence and completeness are not established.';
function signed(n) {
    return n >= 0 ? `+${n}` : String(n);
}
/** Human output; `clean` makes archive-controlled subjects display-safe. */
function diffText(r, clean) {
    const out = [
        `Baseline:  ${clean(r.baseline.run_id)} (${r.baseline.event_count} events)`,
        `Candidate: ${clean(r.candidate.run_id)} (${r.candidate.event_count} events)`,
        `Event count delta: ${signed(r.summary.event_count_delta)}`,
        SCOPE,
    ];
    let any = false;
    for (const c of DIFF_CATEGORIES) {
        const { added, removed } = r[c];
        if (added.length === 0 && removed.length === 0)
            continue;
        any = true;
        out.push(`${TITLES[c]}:`);
        for (const a of added)
            out.push(`  + ${clean(a)}`);
        for (const d of removed)
            out.push(`  - ${clean(d)}`);
    }
    if (!any)
        out.push('No differences found.');
    return out.join('\n') + '\n';
}
/** The same content as a Markdown table (PR comment, D16). */
function diffMarkdown(r, clean) {
    const md = (s) => (0,safe_text/* escapeMarkdown */.FV)(clean(s));
    const out = [
        '### Evidence diff',
        '',
        '| | Run | Events |',
        '|---|---|---|',
        `| Baseline | ${md(r.baseline.run_id)} | ${r.baseline.event_count} |`,
        `| Candidate | ${md(r.candidate.run_id)} | ${r.candidate.event_count} |`,
        '',
        `Event count delta: **${signed(r.summary.event_count_delta)}**`,
        '',
        `_${SCOPE}_`,
        '',
    ];
    const rows = [];
    for (const c of DIFF_CATEGORIES) {
        for (const a of r[c].added)
            rows.push(`| ${TITLES[c]} | added | ${md(a)} |`);
        for (const d of r[c].removed)
            rows.push(`| ${TITLES[c]} | removed | ${md(d)} |`);
    }
    if (rows.length === 0)
        out.push('No differences found.');
    else
        out.push('| Category | Change | Subject |', '|---|---|---|', ...rows);
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./cli/evidence/diff.ts












function registerDiff(parent) {
    parent
        .command('diff')
        .description('Compare the network, filesystem and process subjects of two verified bundles')
        .argument('<BUNDLE...>', 'BASELINE CANDIDATE, or CANDIDATE with --baseline-dir/--key')
        .option('-f, --format <format>', 'text | json | markdown (human = text)', 'text')
        .option('--fail-on-added', 'exit 1 when any category has additions')
        .option('--baseline-dir <dir>', 'directory of stored baselines')
        .option('--key <key>', 'baseline key (the file is <dir>/<key>.tar.gz)')
        .option('--write-baseline', 'verify CANDIDATE and store it as the baseline')
        .option('--update-baseline', 'with --write-baseline: replace an existing baseline')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .option('-o, --output <file>', 'write the JSON/Markdown document here instead of stdout')
        .exitOverride()
        .action(async (bundles, flags) => {
        process.exitCode = await runDiff(bundles, flags);
    });
}
/** 04 §9: non-empty; no `/`, `\`, `..`, leading `.`, or control characters. */
function checkBaselineKey(key) {
    if (key === undefined || key === '')
        throw usage('--key is required with --baseline-dir (a non-empty name)');
    if (key.includes('/') || key.includes('\\') || key.includes('..') || key.startsWith('.') || /[\u0000-\u001f\u007f-\u009f]/.test(key)) {
        throw usage(`invalid --key ${JSON.stringify(key)}: no "/", "\\", "..", leading "." or control characters`);
    }
    return key;
}
async function readSide(given, limits) {
    const display = given === '-' ? '-' : (0,paths/* fileRef */.M)(given).display;
    const bytes = given === '-' ? await readBundleStream(process.stdin, limits.max_bundle_bytes, '-') : readBundleFile((0,paths/* fileRef */.M)(given).path, limits.max_bundle_bytes, display);
    return { display, bytes };
}
async function runDiff(bundles, flags) {
    let json = flags.format === 'json';
    try {
        const format = flags.format === 'human' ? 'text' : flags.format;
        if (!['text', 'json', 'markdown'].includes(format))
            throw usage(`invalid --format "${flags.format}" (allowed: text, human, json, markdown)`);
        json = format === 'json';
        const limits = loadLimits(flags.limits);
        const withDir = flags.baselineDir !== undefined;
        if (flags.updateBaseline && !flags.writeBaseline)
            throw usage('--update-baseline needs --write-baseline');
        if (flags.writeBaseline && !withDir)
            throw usage('--write-baseline needs --baseline-dir and --key');
        if (withDir ? bundles.length !== 1 : bundles.length !== 2) {
            throw usage(withDir ? 'with --baseline-dir give exactly one bundle (the candidate)' : 'give BASELINE and CANDIDATE bundles');
        }
        if (!withDir && flags.key !== undefined)
            throw usage('--key needs --baseline-dir');
        let display = bundles[0];
        try {
            if (flags.writeBaseline) {
                const key = checkBaselineKey(flags.key);
                const cand = await readSide(bundles[0], limits);
                display = cand.display;
                await verifyBundleBytes(cand.bytes, { limits, bundleLabel: cand.display });
                const target = (0,external_node_path_.join)(flags.baselineDir, `${key}.tar.gz`);
                if ((0,external_node_fs_.existsSync)(target) && !flags.updateBaseline)
                    throw usage(`baseline ${(0,paths/* fileRef */.M)(target).display} exists; pass --update-baseline to replace it`);
                try {
                    (0,external_node_fs_.mkdirSync)(flags.baselineDir, { recursive: true });
                    (0,writer/* writeFileAtomic */.Zf)(target, cand.bytes);
                }
                catch (e) {
                    throw new core_errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${(0,paths/* fileRef */.M)(target).display} (${e.code ?? 'error'})`, { source: 'cli', nextStepValues: { path: target } });
                }
                (0,output/* err */._q)(`Baseline written: ${(0,paths/* fileRef */.M)(target).display}`);
                return 0;
            }
            let basePath;
            let candPath;
            if (withDir) {
                basePath = (0,external_node_path_.join)(flags.baselineDir, `${checkBaselineKey(flags.key)}.tar.gz`);
                candPath = bundles[0];
            }
            else {
                basePath = bundles[0];
                candPath = bundles[1];
            }
            const sides = [];
            for (const p of [basePath, candPath]) {
                const s = await readSide(p, limits);
                display = s.display;
                sides.push(await diffSide(s.bytes, { limits, bundleLabel: s.display }));
            }
            const report = diffBundles(sides[0], sides[1]);
            const exit = flags.failOnAdded && hasAdditions(report) ? 1 : 0;
            const clean = (s) => (0,safe_text/* stripControls */.$Y)(s);
            if (format === 'json')
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)(report), flags.output);
            else if (format === 'markdown')
                (0,output/* emitArtefact */.g9)(diffMarkdown(report, clean), flags.output);
            else
                (0,output/* err */._q)(diffText(report, clean).trimEnd());
            return exit;
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            printVerifyFailure(e, display);
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
            return 2;
        }
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/explore.ts
// `assay evidence explore` / `show` (04 §11): load a bundle for viewing (full verify unless --no-verify, which
// still applies every limit and strict check), sanitize every displayed value, and render it as text, JSON, a
// self-contained HTML report, or the frames of the interactive terminal view (pure: the CLI does the I/O).

const SUBJECT_CAP = 200;
const PAYLOAD_CAP = 4096;
const INPUT_CAP = 200;
const DEFAULT_MAX_EVENTS = 50_000;
// ESC sequences (CSI, OSC/DCS/SOS/PM/APC strings, two-byte escapes), then every other C0, DEL, C1 and bidi control.
const ESC_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Controls removed (04 §11), then cut to `max` code points (with `…` when cut). */
function sanitize(s, max = Infinity) {
    const clean = s.replace(ESC_SEQ, '').replace(CONTROLS, '');
    if (max === Infinity)
        return clean;
    const cps = [...clean];
    return cps.length <= max ? clean : cps.slice(0, max).join('') + '…';
}
/** Pretty JSON of an event with every string value and key sanitized, cut at the payload cap. */
function prettyEvent(ev, cap = PAYLOAD_CAP) {
    const clean = (v) => {
        if (typeof v === 'string')
            return sanitize(v);
        if (Array.isArray(v))
            return v.map(clean);
        if (v !== null && typeof v === 'object')
            return Object.fromEntries(Object.entries(v).map(([k, x]) => [sanitize(k), clean(x)]));
        return v;
    };
    const text = JSON.stringify(clean(ev), null, 2);
    const cps = [...text];
    return cps.length <= cap ? text : cps.slice(0, cap).join('') + '\n… (truncated)';
}
/** Load a bundle for viewing. Throws BundleError when it fails (verify, or the limits/strict checks of --no-verify). */
async function loadExplore(bytes, opts = {}) {
    const max = opts.maxEvents ?? DEFAULT_MAX_EVENTS;
    const rows = [];
    let skipped = 0;
    const result = await verifyBundleBytes(bytes, {
        limits: opts.limits,
        hashChecks: opts.verify !== false,
        bundleLabel: opts.bundleLabel,
        onEvent: (ev) => {
            if (rows.length >= max) {
                skipped++;
                return;
            }
            rows.push({ seq: ev.assayseq, time: ev.time, type: sanitize(ev.type), subject: typeof ev.subject === 'string' ? sanitize(ev.subject, SUBJECT_CAP) : '', event: ev });
        },
    });
    return { manifest: result.manifest, result, verified: opts.verify !== false, rows, skipped };
}
function filterRows(rows, f) {
    const t = f.type ?? '';
    const q = (f.search ?? '').toLowerCase();
    return rows.filter((r) => (t === '' || r.type.includes(t)) && (q === '' || r.subject.toLowerCase().includes(q)));
}
/** The header lines (04 §11): Bundle ID, producer, run id, events, first 16 hex of the run root. */
function headerLines(m) {
    const p = m.manifest.producer;
    const root = m.result.run_root.replace(/^sha256:/, '').slice(0, 16);
    const lines = [
        `Bundle ID: ${sanitize(m.manifest.bundle_id, 80)}${m.verified ? '' : '  UNVERIFIED'}`,
        `Producer:  ${sanitize(`${p.name} ${p.version}${typeof p.git === 'string' ? ` (${p.git})` : ''}`, 120)}`,
        `Run ID:    ${sanitize(m.manifest.run_id, 120)}`,
        `Events:    ${m.result.event_count}${m.skipped > 0 ? ` (${m.rows.length} loaded, ${m.skipped} beyond --max-events)` : ''}`,
        `Run root:  ${root}`,
    ];
    return lines;
}
function pad(s, n) {
    const cps = [...s];
    return cps.length >= n ? cps.slice(0, n).join('') : s + ' '.repeat(n - cps.length);
}
function tableLines(rows) {
    const out = [`${pad('SEQ', 7)} ${pad('TIME', 30)} ${pad('TYPE', 34)} SUBJECT`];
    for (const r of rows)
        out.push(`${pad(String(r.seq), 7)} ${pad(r.time, 30)} ${pad(r.type, 34)} ${r.subject}`);
    return out;
}
/** Non-interactive view: the header and the filtered table, or with `seq` the one event. */
function showText(m, opts) {
    const out = headerLines(m);
    out.push('');
    if (opts.seq !== undefined) {
        const row = m.rows.find((r) => r.seq === opts.seq);
        out.push(row === undefined ? `No event with seq ${opts.seq}.` : prettyEvent(row.event));
    }
    else {
        const rows = filterRows(m.rows, opts);
        out.push(...tableLines(rows));
        if (rows.length !== m.rows.length)
            out.push(`(${rows.length} of ${m.rows.length} events match)`);
    }
    return out.join('\n') + '\n';
}
/** `--format json`: `{manifest, events[], verify_mode}` (events raw, as in the bundle). */
function showJson(m, opts) {
    const rows = opts.seq !== undefined ? m.rows.filter((r) => r.seq === opts.seq) : filterRows(m.rows, opts);
    return { manifest: m.manifest, events: rows.map((r) => r.event), verify_mode: m.verified ? 'enabled' : 'disabled' };
}
function initialTui() {
    return { cursor: 0, top: 0, search: '', filter: '', input: 'none', quit: false };
}
/** Decode raw terminal input into keys (arrow/page/home/end escape sequences, printable characters). */
function decodeKeys(data) {
    const keys = [];
    const seqs = [
        ['\u001b[A', 'up'],
        ['\u001b[B', 'down'],
        ['\u001b[5~', 'pageup'],
        ['\u001b[6~', 'pagedown'],
        ['\u001b[H', 'home'],
        ['\u001b[F', 'end'],
        ['\u001b[1~', 'home'],
        ['\u001b[4~', 'end'],
        ['\u001bOH', 'home'],
        ['\u001bOF', 'end'],
        ['\u001bOA', 'up'],
        ['\u001bOB', 'down'],
    ];
    let i = 0;
    outer: while (i < data.length) {
        for (const [s, k] of seqs) {
            if (data.startsWith(s, i)) {
                keys.push(k);
                i += s.length;
                continue outer;
            }
        }
        const c = data[i];
        if (c === '\u001b') {
            // A lone ESC, or an unknown sequence: skip the CSI body so it never types into a field.
            if (data[i + 1] === '[' || data[i + 1] === 'O') {
                let j = i + 2;
                while (j < data.length && !/[@-~]/.test(data[j]))
                    j++;
                i = j + 1;
                continue;
            }
            keys.push('escape');
            i++;
        }
        else if (c === '\u0003') {
            keys.push('ctrl-c');
            i++;
        }
        else if (c === '\r' || c === '\n') {
            keys.push('enter');
            i++;
        }
        else if (c === '\u007f' || c === '\b') {
            keys.push('backspace');
            i++;
        }
        else {
            const cp = data.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            i += ch.length;
            // Input fields ignore controls (04 §11).
            if (sanitize(ch) !== '')
                keys.push({ char: ch });
        }
    }
    return keys;
}
/** Apply one key. `count` is the number of rows after filtering; `page` the list pane height. */
function tuiReduce(s, key, count, page) {
    const n = { ...s };
    if (key === 'ctrl-c') {
        n.quit = true;
        return n;
    }
    if (n.input !== 'none') {
        const field = n.input;
        if (key === 'enter')
            n.input = 'none';
        else if (key === 'escape') {
            n[field] = '';
            n.input = 'none';
        }
        else if (key === 'backspace')
            n[field] = [...n[field]].slice(0, -1).join('');
        else if (typeof key === 'object' && [...n[field]].length < INPUT_CAP)
            n[field] += key.char;
        n.cursor = 0;
        n.top = 0;
        return n;
    }
    const last = Math.max(0, count - 1);
    if (typeof key === 'object') {
        if (key.char === 'q')
            n.quit = true;
        else if (key.char === 'j')
            n.cursor = Math.min(last, n.cursor + 1);
        else if (key.char === 'k')
            n.cursor = Math.max(0, n.cursor - 1);
        else if (key.char === '/')
            n.input = 'search';
        else if (key.char === 'f')
            n.input = 'filter';
    }
    else if (key === 'down')
        n.cursor = Math.min(last, n.cursor + 1);
    else if (key === 'up')
        n.cursor = Math.max(0, n.cursor - 1);
    else if (key === 'pagedown')
        n.cursor = Math.min(last, n.cursor + 20);
    else if (key === 'pageup')
        n.cursor = Math.max(0, n.cursor - 20);
    else if (key === 'home')
        n.cursor = 0;
    else if (key === 'end')
        n.cursor = last;
    else if (key === 'escape') {
        n.search = '';
        n.filter = '';
        n.cursor = 0;
    }
    n.cursor = Math.min(n.cursor, last);
    if (n.cursor < n.top)
        n.top = n.cursor;
    if (n.cursor >= n.top + page)
        n.top = n.cursor - page + 1;
    return n;
}
/** One frame: header, list pane (SEQ, TIME, TYPE, SUBJECT) with the cursor row marked, detail pane, status line. */
function tuiFrame(m, s, width, height) {
    const rows = filterRows(m.rows, { search: s.search, type: s.filter });
    const header = headerLines(m);
    const listHeight = Math.max(3, Math.floor((height - header.length - 3) / 2));
    const fit = (line) => pad(line, Math.max(10, width));
    const out = header.map(fit);
    out.push(fit(`  ${tableLines([])[0]}`));
    for (let i = 0; i < listHeight; i++) {
        const r = rows[s.top + i];
        if (r === undefined) {
            out.push(fit(''));
            continue;
        }
        const mark = s.top + i === s.cursor ? '> ' : '  ';
        out.push(fit(mark + tableLines([r])[1]));
    }
    const detailHeight = Math.max(1, height - out.length - 1);
    const cur = rows[s.cursor];
    const detail = cur === undefined ? ['(no events match)'] : prettyEvent(cur.event).split('\n');
    for (let i = 0; i < detailHeight; i++)
        out.push(fit(detail[i] ?? ''));
    const status = s.input !== 'none'
        ? `${s.input === 'search' ? 'search' : 'filter type'}: ${s.input === 'search' ? s.search : s.filter}_  (Enter done, Esc clear)`
        : `${rows.length ? s.cursor + 1 : 0}/${rows.length}  j/k move  PgUp/PgDn  Home/End  / search  f filter  Esc clear  q quit` +
            (s.search || s.filter ? `  [search "${s.search}" type "${s.filter}"]` : '');
    out.push(fit(status));
    return out;
}

;// CONCATENATED MODULE: ./src/core/evidence/html.ts
// `assay evidence explore --format html`: one self-contained HTML file a reviewer opens in a browser. No external
// assets, a Content-Security-Policy that allows only the inline style and the one inline script (by hash), and
// every archive-controlled value sanitized (04 §11) and HTML-escaped.


function esc(s) {
    return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
const STYLE = `
:root { color-scheme: light; --fg:#1f2328; --muted:#59636e; --line:#d1d9e0; --bg:#ffffff; --panel:#f6f8fa; --ok:#1a7f37; --bad:#cf222e; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 20px 28px; border-bottom: 1px solid var(--line); background: var(--panel); }
h1 { margin: 0 0 6px; font-size: 22px; }
h2 { font-size: 16px; margin: 24px 0 8px; }
main { padding: 0 28px 40px; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 12px; font-weight: 600; font-size: 13px; color: #fff; }
.badge.ok { background: var(--ok); } .badge.bad { background: var(--bad); }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 12px 0 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; word-break: break-all; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); position: sticky; top: 0; }
td.nowrap { white-space: nowrap; }
td pre { max-width: 62vw; }
td.mono, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 13px; }
tr.event:hover { background: #f0f6fc; }
details > summary { cursor: pointer; color: #0969da; }
pre { margin: 6px 0 0; padding: 10px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; overflow: auto; max-height: 420px; }
.controls { display: flex; gap: 12px; align-items: center; margin: 16px 0 8px; }
input[type=search] { font: inherit; padding: 6px 10px; width: 320px; border: 1px solid var(--line); border-radius: 6px; }
.muted { color: var(--muted); }
footer { padding: 16px 28px; color: var(--muted); border-top: 1px solid var(--line); font-size: 12px; }
`;
// Filters rows by a case-insensitive substring of type or subject; no network, no eval.
const SCRIPT = `
(function () {
  var box = document.getElementById('filter');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.event'));
  var shown = document.getElementById('shown');
  function apply() {
    var q = box.value.toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var hit = q === '' || (r.getAttribute('data-type') + ' ' + r.getAttribute('data-subject')).toLowerCase().indexOf(q) !== -1;
      r.style.display = hit ? '' : 'none';
      if (hit) n++;
    });
    shown.textContent = String(n);
  }
  box.addEventListener('input', apply);
})();
`;
function scriptHash() {
    return 'sha256-' + (0,external_node_crypto_.createHash)('sha256').update(SCRIPT, 'utf8').digest('base64');
}
/** The report. `bundlePath` is shown as given (repo-relative). */
function exploreHtml(m, opts) {
    const p = m.manifest.producer;
    const counts = new Map();
    for (const r of m.rows)
        counts.set(r.type, (counts.get(r.type) ?? 0) + 1);
    const typeRows = [...counts.entries()]
        .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .map(([t, n]) => `<tr><td class="mono">${esc(t)}</td><td>${n}</td></tr>`)
        .join('\n');
    const eventRows = m.rows
        .map((r) => `<tr class="event" data-type="${esc(r.type)}" data-subject="${esc(r.subject)}"><td class="mono nowrap">${r.seq}</td><td class="mono nowrap">${esc(sanitize(r.time, 40))}</td><td class="mono">${esc(r.type)}</td><td class="mono">${esc(r.subject)}</td><td><details><summary>event</summary><pre>${esc(prettyEvent(r.event))}</pre></details></td></tr>`)
        .join('\n');
    const badge = m.verified ? '<span class="badge ok">Verified</span>' : '<span class="badge bad">UNVERIFIED</span>';
    const meta = [
        ['Bundle', sanitize(opts.bundlePath, 200)],
        ['Bundle ID', sanitize(m.manifest.bundle_id, 80)],
        ['Run ID', sanitize(m.manifest.run_id, 200)],
        ['Producer', sanitize(`${p.name} ${p.version}${typeof p.git === 'string' ? ` (${p.git})` : ''}`, 200)],
        ['Events', `${m.result.event_count}${m.skipped > 0 ? ` (${m.rows.length} shown, ${m.skipped} beyond --max-events)` : ''}`],
        ['Time range', `${m.result.time_first} … ${m.result.time_last}`],
        ['Run root', m.result.run_root],
        ['Archive sha256', m.result.archive_sha256],
    ];
    const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src '${scriptHash()}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${esc(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Assay evidence: ${esc(sanitize(m.manifest.run_id, 80))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Assay evidence report ${badge}</h1>
<div class="muted">${esc(m.verified ? 'Integrity, contract and limits verified: every content hash, the file digest and the run root match.' : 'Opened with --no-verify: limits and strict JSON were checked, hashes were not.')}</div>
<dl class="meta">
${meta.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('\n')}
</dl>
</header>
<main>
<h2>Event types</h2>
<table id="types"><thead><tr><th>Type</th><th>Events</th></tr></thead><tbody>
${typeRows}
</tbody></table>
<h2>Events</h2>
<div class="controls"><input type="search" id="filter" placeholder="Filter by type or subject" aria-label="Filter events"><span class="muted"><span id="shown">${m.rows.length}</span> of ${m.rows.length} shown</span></div>
<table id="events"><thead><tr><th>Seq</th><th>Time</th><th>Type</th><th>Subject</th><th>Event</th></tr></thead><tbody>
${eventRows}
</tbody></table>
</main>
<footer>Generated by assay ${esc(opts.toolVersion)} (assay evidence explore --format html). Self-contained: no external assets.</footer>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

;// CONCATENATED MODULE: ./cli/evidence/explore.ts






function registerExplore(parent) {
    parent
        .command('explore')
        .description('Browse a bundle: interactive terminal view, a listing, JSON, or a self-contained HTML report')
        .argument('<BUNDLE>', 'bundle .tar.gz, or - for stdin')
        .option('--no-verify', 'skip the hash checks (limits and strict JSON still apply); marked UNVERIFIED')
        .option('--max-events <n>', 'load at most N events', String(DEFAULT_MAX_EVENTS))
        .option('--no-tui', 'print a listing instead of the interactive view')
        .option('--type <substr>', 'only events whose type contains this')
        .option('--search <substr>', 'only events whose subject contains this (case-insensitive)')
        .option('--seq <n>', 'show one event')
        .option('-f, --format <format>', 'text | json | html', 'text')
        .option('-o, --output <file>', 'write the JSON/HTML document here instead of stdout')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runExplore(bundle, flags, true);
    });
    parent
        .command('show')
        .description('Print a bundle: header and event table (text, stderr) or JSON (stdout)')
        .argument('<BUNDLE>', 'bundle .tar.gz, or - for stdin')
        .option('--no-verify', 'skip the hash checks (limits and strict JSON still apply); marked UNVERIFIED')
        .option('-f, --format <format>', 'text | json', 'text')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runExplore(bundle, { ...flags, maxEvents: String(DEFAULT_MAX_EVENTS), tui: false }, false);
    });
}
function posInt(v, flag, allowZero = false) {
    if (!/^[0-9]+$/.test(v) || (!allowZero && Number(v) === 0))
        throw usage(`invalid ${flag} "${v}"`);
    return Number(v);
}
async function runExplore(bundle, flags, interactive) {
    let json = flags.format === 'json';
    try {
        const allowed = interactive ? ['text', 'json', 'html'] : ['text', 'json'];
        if (!allowed.includes(flags.format))
            throw usage(`invalid --format "${flags.format}" (allowed: ${allowed.join(', ')})`);
        json = flags.format === 'json';
        const maxEvents = posInt(flags.maxEvents, '--max-events');
        const seq = flags.seq !== undefined ? posInt(flags.seq, '--seq', true) : undefined;
        const limits = loadLimits(flags.limits);
        let display = bundle;
        let model;
        try {
            const src = await readBundleBytes(bundle, limits);
            display = src.display;
            model = await loadExplore(src.bytes, { limits, verify: flags.verify !== false, maxEvents, bundleLabel: src.display });
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            printVerifyFailure(e, display);
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...verifyFailureJson(e), diagnostics: [] }), flags.output);
            return 2;
        }
        if (model.skipped > 0)
            (0,output/* err */._q)(`warning: ${model.skipped} events beyond --max-events ${maxEvents} were not loaded`);
        if (!model.verified)
            (0,output/* err */._q)('warning: UNVERIFIED (--no-verify): hashes were not checked');
        const filter = { ...(flags.type !== undefined ? { type: sanitize(flags.type, 200) } : {}), ...(flags.search !== undefined ? { search: sanitize(flags.search, 200) } : {}) };
        if (flags.format === 'json') {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)(showJson(model, { ...filter, ...(seq !== undefined ? { seq } : {}) })), flags.output);
            return 0;
        }
        if (flags.format === 'html') {
            (0,output/* emitArtefact */.g9)(exploreHtml(model, { bundlePath: display, toolVersion: version/* VERSION */.x }), flags.output);
            if (flags.output !== undefined)
                (0,output/* err */._q)(`Report written to ${flags.output}`);
            return 0;
        }
        const tty = process.stdout.isTTY === true && process.stdin.isTTY === true;
        if (!interactive || flags.tui === false || !tty || seq !== undefined || bundle === '-') {
            (0,output/* err */._q)(showText(model, { ...filter, ...(seq !== undefined ? { seq } : {}) }).trimEnd());
            return 0;
        }
        await runTui(model, filter);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}
/** The interactive view on raw-mode stdin; draws on the alternate screen of stdout. */
function runTui(model, filter) {
    return new Promise((resolve) => {
        const stdin = process.stdin;
        const out = process.stdout;
        let state = { ...initialTui(), search: filter.search ?? '', filter: filter.type ?? '' };
        const size = () => ({ w: out.columns || 100, h: out.rows || 30 });
        const page = () => Math.max(3, Math.floor((size().h - 8) / 2));
        const paint = () => {
            const { w, h } = size();
            out.write('\u001b[H' + tuiFrame(model, state, w, h).map((l) => l.slice(0, w)).join('\r\n') + '\u001b[J');
        };
        const finish = () => {
            stdin.setRawMode(false);
            stdin.pause();
            stdin.removeListener('data', onData);
            out.removeListener('resize', paint);
            out.write('\u001b[?25h\u001b[?1049l');
            resolve();
        };
        const onData = (buf) => {
            for (const k of decodeKeys(buf.toString('utf8'))) {
                const count = filterRows(model.rows, { search: state.search, type: state.filter }).length;
                state = tuiReduce(state, k, count, page());
                if (state.quit)
                    return finish();
            }
            paint();
        };
        out.write('\u001b[?1049h\u001b[?25l');
        stdin.setRawMode(true);
        stdin.resume();
        stdin.on('data', onData);
        out.on('resize', paint);
        paint();
    });
}

;// CONCATENATED MODULE: ./cli/commands/evidence.ts






function register(program) {
    const evidence = program
        .command('evidence')
        .description('Evidence bundles: export, verify, lint, diff, explore, show, attest')
        .exitOverride();
    registerExport(evidence);
    registerVerify(evidence);
    registerLint(evidence);
    registerDiff(evidence);
    registerExplore(evidence);
    registerAttest(evidence);
}


/***/ }),

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XV: () => (/* binding */ parseFailOn),
  Xc: () => (/* binding */ parseFormat),
  AC: () => (/* binding */ reproducibleMode)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/outcome/fail-on.ts
const FAIL_ON_VALUES = ['error', 'warn', 'warning', 'info', 'note', 'none'];
/** The level a value stands for (`warn` = `warning`, `info` = `note`), or null when it is not one. */
function parseFailOnValue(value) {
    switch (value) {
        case 'error':
            return 'error';
        case 'warn':
        case 'warning':
            return 'warning';
        case 'info':
        case 'note':
            return 'note';
        case 'none':
            return 'none';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./cli/options.ts
// Shared option parsing: values outside the allowed set are usage errors (exit 2 E_INVALID_ARGS).


function parseFormat(value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --format "${value}" (allowed: ${allowed.join(', ')})`, { source: 'cli' });
}
/** `--fail-on error|warn|warning|info|note|none` (02 §3); anything else is a usage error. */
function parseFailOn(value) {
    const level = parseFailOnValue(value);
    if (level === null) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --fail-on "${value}" (allowed: ${FAIL_ON_VALUES.join(', ')})`, { source: 'cli' });
    }
    return level;
}
function reproducibleMode(flag) {
    return flag === true || /^\d+$/.test(process.env.SOURCE_DATE_EPOCH ?? '');
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileRef),
/* harmony export */   R: () => (/* binding */ checkoutRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3480);
// Paths as users give them → what core reads (absolute) and what reports show (repo-relative POSIX).


function checkoutRoot() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function fileRef(given) {
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .G)(given, checkoutRoot(), process.cwd()) };
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
// RFC 8785 JSON Canonicalization Scheme (04 §4.1): the one canonical form used for hashing.
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


/***/ }),

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   IR: () => (/* binding */ escapeXmlText),
/* harmony export */   O6: () => (/* binding */ boundText),
/* harmony export */   Oh: () => (/* binding */ safeDeep),
/* harmony export */   W6: () => (/* binding */ escapeXmlAttr),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   uH: () => (/* binding */ redactPrompt),
/* harmony export */   vn: () => (/* binding */ safeBounded)
/* harmony export */ });
/* unused harmony exports REPLACEMENT_CHAR, DEFAULT_BOUND, TRUNCATION_MARK, SECRET_RULE_NAMES, xmlLegalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Render safety (02 §0): untrusted text (prompts, responses, tool args/results, messages, paths from traces)
// passes through here before any sink. Order: control characters → U+FFFD, secrets → `<redacted:RULE>`,
// optional bound (SARIF, JUnit, console), then the sink's own encoding (XML, Markdown, JSON).
// Codes, ids, digests, seeds and next_step are never passed through here.
//
// Everything is linear in the input length: the control scanner is a single forward pass, and every
// redaction regex is built so that each start position does bounded work or ends in a match that
// consumes what it scanned (see the notes on SECRET_RULES).

const REPLACEMENT_CHAR = '\uFFFD';
const DEFAULT_BOUND = 256;
const TRUNCATION_MARK = '(truncated)';
const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;
function isBidiControl(c) {
    return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
/** C0 (except tab, LF, CR), DEL and C1. */
function isControl(c) {
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}
/**
 * Index just past a control-string payload (OSC, DCS, SOS, PM, APC) starting at `i`: it ends at BEL, ESC \
 * or C1 ST (consumed) or before any other control character or the end of the text.
 */
function skipControlString(s, i) {
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c === BEL || c === C1_ST)
            return i + 1;
        if (c === ESC)
            return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
        if (isControl(c) || c === 0x0a || c === 0x0d || c === 0x09)
            return i;
        i++;
    }
    return n;
}
/** Index just past a CSI sequence body (parameters, intermediates, one final byte when present). */
function skipCsi(s, i) {
    const n = s.length;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f)
        i++;
    while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
        i++;
    if (i < n && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e)
        i++;
    return i;
}
/**
 * Replace terminal escape sequences (each whole sequence becomes one U+FFFD, so no `[31m` residue), other
 * C0/C1 controls, DEL, bidi controls and lone surrogates by U+FFFD. Tab, CR and LF are kept.
 */
function stripControls(s) {
    const n = s.length;
    // Fast path: most text has nothing to replace.
    let i = 0;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isControl(c) || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff))
            break;
    }
    if (i === n)
        return s;
    let out = s.slice(0, i);
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i += 2;
            }
            else {
                out += REPLACEMENT_CHAR;
                i++;
            }
            continue;
        }
        if (c >= 0xdc00 && c <= 0xdfff) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        if (c === ESC) {
            const next = s.charCodeAt(i + 1);
            if (next === 0x5b)
                i = skipCsi(s, i + 2); // ESC [
            else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
                i = skipControlString(s, i + 2); // ESC ] / P / X / ^ / _
            }
            else {
                // nF / Fp / Fe / Fs: intermediates then one final byte.
                i++;
                while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
                    i++;
                if (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e)
                    i++;
            }
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9b) {
            i = skipCsi(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
            i = skipControlString(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (isControl(c) || isBidiControl(c)) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        // Copy the run of ordinary characters in one slice.
        let j = i + 1;
        while (j < n) {
            const d = s.charCodeAt(j);
            if (isControl(d) || isBidiControl(d) || (d >= 0xd800 && d <= 0xdfff))
                break;
            j++;
        }
        out += s.slice(i, j);
        i = j;
    }
    return out;
}
// Linear-time notes. V8 tries every start position, so each pattern either
//  - starts with a literal and then has only bounded quantifiers (bounded work per start), or
//  - ends in an unbounded greedy run with nothing after it (a start that reaches it matches and the
//    global replace continues after the consumed text), or
//  - begins with a negative lookbehind of its own run class, so a run of that class is entered from its
//    first character only and is scanned (plus backtracked) O(1) times in total.
// Specific token formats come first; the generic rules (assignment, email, slack id) last, and their value
// classes exclude `<` so an earlier `<redacted:…>` marker is never re-labelled.
const SECRET_RULES = [
    {
        rule: 'private-key-pem',
        // Header, then lazily to the END line or the end of the text (a cut-off key is still a secret). The
        // match always succeeds once the header matched, so the body is consumed, never rescanned.
        re: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY-----|$)/g,
        keep: 0,
        hint: /PRIVATE KEY-----/,
    },
    {
        rule: 'jwt',
        re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
        keep: 0,
        hint: /eyJ/,
    },
    {
        rule: 'github-token',
        re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g,
        keep: 0,
        hint: /gh[pousr]_|github_pat_/,
    },
    {
        rule: 'aws-access-key-id',
        re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
        keep: 0,
        hint: /AKIA|ASIA|ABIA|ACCA|A3T/,
    },
    {
        rule: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
        keep: 0,
        hint: /sk-/,
    },
    {
        rule: 'slack-token',
        re: /(?<![A-Za-z0-9_-])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,})/g,
        keep: 0,
        hint: /xox|xapp-/,
    },
    {
        rule: 'google-api-key',
        re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g,
        keep: 0,
        hint: /AIza/,
    },
    {
        rule: 'stripe-key',
        re: /(?<![A-Za-z0-9_])[spr]k_(?:live|test)_[0-9A-Za-z]{10,}/g,
        keep: 0,
        hint: /k_(?:live|test)_/,
    },
    {
        rule: 'bearer-token',
        re: /(?<![A-Za-z0-9_])(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
        keep: 1,
        hint: /bearer/i,
    },
    {
        rule: 'sensitive-query-param',
        re: /([?&](?:access_token|refresh_token|id_token|auth_token|token|api[_-]?key|apikey|key|password|passwd|pwd|secret|client_secret|sig|signature|auth|session|sessionid|sid)=)[^&#\s"'<>]+/gi,
        keep: 1,
        hint: /[?&]/,
    },
    {
        rule: 'credential-assignment',
        // `password = x`, `"api_key": "x"`, `DB_PASSWORD=x`: optional ≤ 30-char prefix ending in `_`/`-`, a
        // credential word, optional closing quote, `:` or `=`, optional opening quote, then a value of ≥ 4.
        re: /((?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]{0,30}[_-])?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth|credentials?)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\s"'&,;<>]{4,}/gi,
        keep: 1,
        hint: /pass|pwd|secret|token|key|auth|credential/i,
    },
    {
        rule: 'email',
        re: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
        keep: 0,
        hint: /@/,
    },
    {
        rule: 'slack-user-id',
        // U/W + digit + 6–10 upper-case alphanumerics; the digit keeps ordinary capitalised words out.
        re: /(?<![A-Za-z0-9])[UW][0-9][A-Z0-9]{6,10}(?![A-Za-z0-9])/g,
        keep: 0,
    },
];
const SECRET_RULE_NAMES = SECRET_RULES.map((r) => r.rule);
/** Replace every secret by `<redacted:RULE>` (02 §0). Linear in the length of `s`. */
function redactSecrets(s) {
    for (const p of SECRET_RULES) {
        if (p.hint && !p.hint.test(s))
            continue;
        p.re.lastIndex = 0;
        s = s.replace(p.re, (...args) => {
            const kept = p.keep > 0 ? (args[p.keep] ?? '') : '';
            return `${kept}<redacted:${p.rule}>`;
        });
    }
    return s;
}
/**
 * Cut to at most `max` code points plus `(truncated)`; never splits a surrogate pair.
 * Text of at most `max` code points is returned unchanged.
 */
function boundText(s, max = DEFAULT_BOUND) {
    if (s.length <= max)
        return s;
    let i = 0;
    let count = 0;
    while (i < s.length && count < max) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
        count++;
    }
    return i >= s.length ? s : s.slice(0, i) + TRUNCATION_MARK;
}
/** Controls → U+FFFD, secrets redacted, optionally bounded. The input of every sink encoder. */
function safeText(s, opts = {}) {
    const out = redactSecrets(stripControls(s));
    return opts.bound === undefined || opts.bound === false ? out : boundText(out, opts.bound);
}
/** Bounded form for SARIF, JUnit and the console. */
function safeBounded(s) {
    return safeText(s, { bound: DEFAULT_BOUND });
}
/** `--redact-prompts` (02 §0): `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
function redactPrompt(prompt) {
    return `<redacted:prompt sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(prompt, 'utf8').digest('hex').slice(0, 12)}>`;
}
/** Recursively apply safeText (unbounded) to every string value of a JSON-like value; keys untouched. */
function safeDeep(value) {
    if (typeof value === 'string')
        return safeText(value);
    if (Array.isArray(value))
        return value.map(safeDeep);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = safeDeep(v);
        return out;
    }
    return value;
}
// ---- Sink encoders ---------------------------------------------------------------------------------
/** Characters not allowed in XML 1.0 (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) → U+FFFD. */
function xmlLegalize(s) {
    let out = '';
    let last = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let bad = false;
        if (c < 0x20)
            bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
        else if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            bad = true;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            bad = true;
        else
            bad = c === 0xfffe || c === 0xffff;
        if (bad) {
            out += s.slice(last, i) + REPLACEMENT_CHAR;
            last = i + 1;
        }
    }
    return last === 0 ? s : out + s.slice(last);
}
const XML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** XML element text: `& < > " '` escaped, illegal characters → U+FFFD. */
function escapeXmlText(s) {
    return xmlLegalize(s).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
}
/** XML attribute value: as text, plus tab/LF/CR as character references (attribute normalisation). */
function escapeXmlAttr(s) {
    return xmlLegalize(s).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch]);
}
/**
 * Inline Markdown (GitHub): ASCII punctuation that Markdown gives meaning to is backslash-escaped, `<`, `>`,
 * `&` become entities (GitHub renders HTML), `@` becomes `&#64;` (no mention pings), line breaks become spaces.
 */
function escapeMarkdown(s) {
    return s.replace(/[\\`*_{}[\]()#+\-.!|~<>&@\r\n]/g, (ch) => {
        switch (ch) {
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '&':
                return '&amp;';
            case '@':
                return '&#64;';
            case '\r':
            case '\n':
                return ' ';
            default:
                return '\\' + ch;
        }
    });
}
/** An inline code span that cannot be broken out of: the fence is longer than any backtick run inside. */
function markdownCode(s) {
    const flat = s.replace(/[\r\n]+/g, ' ');
    let longest = 0;
    let run = 0;
    for (let i = 0; i < flat.length; i++) {
        if (flat.charCodeAt(i) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ MAX_RELATED),
/* harmony export */   Bm: () => (/* binding */ draftFingerprints),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   Lf: () => (/* binding */ countAtOrAbove),
/* harmony export */   MP: () => (/* binding */ prefixedFingerprint),
/* harmony export */   TY: () => (/* binding */ bareFingerprint),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   jj: () => (/* binding */ finalizeFindings)
/* harmony export */ });
/* unused harmony exports fingerprintV1, compareFindings, sortFindings, diagnosticDraft */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1103);
// Findings (02 §5.3): one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints follow 02 §7 "Fingerprint" (assayFinding/v1); the category is never an input (D22).


const FINGERPRINT_KEY = 'assayFinding/v1';
const MAX_RELATED = 10;
/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
function fingerprintV1(ruleId, subject, detail, occurrence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'utf8').digest('hex');
}
/** `sha256:<hex>` and bare `<hex>` both become the bare lower-case hex; other strings are returned as given. */
function bareFingerprint(fp) {
    const s = fp.startsWith('sha256:') ? fp.slice(7) : fp;
    return /^[0-9a-fA-F]{64}$/.test(s) ? s.toLowerCase() : fp;
}
/** Normalised form used in run.json and baselines: `sha256:<hex>` (other schemes are kept as given). */
function prefixedFingerprint(fp) {
    const bare = bareFingerprint(fp);
    return /^[0-9a-f]{64}$/.test(bare) ? `sha256:${bare}` : fp;
}
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function levelRank(level) {
    return LEVEL_RANK[level];
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Level (error, warning, note), rule id, uri, line, fingerprint; strings by UTF-16 code unit. */
function compareFindings(a, b) {
    return (LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Fingerprints (`sha256:<hex>`) of drafts in input order, with the occurrence rule of finalizeFindings. */
function draftFingerprints(drafts) {
    const seen = new Map();
    return drafts.map((d) => {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`;
    });
}
/**
 * Compute fingerprints (occurrence = earlier drafts with the same rule id, subject and detail, in input
 * order), make the free text render-safe (unbounded, as in JSON reports), keep ≤ 10 related locations and
 * return the findings sorted (02 §5.3). Callers must pass drafts in a deterministic order.
 */
function finalizeFindings(drafts, opts = {}) {
    const seen = new Map();
    const out = [];
    for (const d of drafts) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const related = d.related !== undefined && d.related.length > 0
            ? d.related
                .slice(0, MAX_RELATED)
                .map((r) => ({ uri: r.uri, line: r.line, col: r.col, message: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(r.message) }))
            : undefined;
        // Spreads keep the documented key order of 02 §5.3.
        const f = {
            fingerprint: `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
            rule_id: d.rule_id,
            level: d.level,
            source: d.source,
            message: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.message),
            ...(d.test_id !== undefined ? { test_id: d.test_id } : {}),
            ...(d.entry_key !== undefined
                ? {
                    entry_key: opts.redactPrompts && d.entry_key_is_prompt ? (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactPrompt */ .uH)(d.entry_key) : (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.entry_key),
                }
                : {}),
            ...(d.tool !== undefined ? { tool: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.tool) } : {}),
            ...(d.call_index !== undefined ? { call_index: d.call_index } : {}),
            ...(d.policy_rule !== undefined ? { policy_rule: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.policy_rule) } : {}),
            location: { uri: d.location.uri, line: d.location.line, col: d.location.col },
            ...(related !== undefined ? { related } : {}),
            ...(d.baseline_state !== undefined ? { baseline_state: d.baseline_state } : {}),
        };
        out.push(f);
    }
    return out.sort(compareFindings);
}
function countFindings(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        c[f.level]++;
    return c;
}
function countAtOrAbove(findings, failOn, newOnly = false) {
    if (failOn === 'none')
        return 0;
    const limit = LEVEL_RANK[failOn];
    let n = 0;
    for (const f of findings) {
        if (LEVEL_RANK[f.level] > limit)
            continue;
        if (newOnly && f.baseline_state !== 'new')
            continue;
        n++;
    }
    return n;
}
/**
 * A config finding (`config/<CODE>`) for a load/validate diagnostic, located at its own file:line:col.
 * Fingerprint inputs (02 §7): subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
function diagnosticDraft(d, opts = {}) {
    const file = d.file ?? opts.file ?? '';
    return {
        rule_id: `${opts.family ?? 'config'}/${d.code}`,
        level: d.severity,
        source: opts.family === 'policy' ? 'policy' : 'config',
        message: d.message,
        location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
        subject: file,
        detail: `${d.code}|${opts.keyPath ?? ''}`,
    };
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* unused harmony export toPosix */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output (02 §0): relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.

function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
function displayPath(given, root, cwd = root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, given);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return toPosix(rel);
    if (rel === '')
        return '.';
    return toPosix(given);
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions (01 §0): every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points (01 §0), from a UTF-16 based line/col pair. */
function toPosition(lc, text, offset) {
    const p = lc.linePos(offset);
    const lineStart = lc.lineStarts[p.line - 1] ?? 0;
    const prefix = text.slice(lineStart, offset);
    return { line: p.line, col: [...prefix].length + 1 };
}
function parseYamlSource(text, file, code) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    let docs;
    try {
        const all = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            lineCounter,
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
        });
        docs = Array.isArray(all) ? all : [];
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    if (docs.length > 1) {
        const second = docs[1];
        const pos = toPosition(lineCounter, text, second.range[0]);
        errors.push({ code, severity: 'error', message: 'YAML syntax error: only one document per file is allowed', file, ...pos, source: 'config' });
    }
    const doc = docs[0];
    if (!doc)
        return { errors, source: makeSource(file, undefined, undefined, lineCounter, text) };
    for (const err of doc.errors) {
        const pos = toPosition(lineCounter, text, err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${msg}`, file, ...pos, source: 'config' });
    }
    if (errors.length)
        return { errors };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    return { errors, source: makeSource(file, value, doc, lineCounter, text) };
}
function makeSource(file, value, doc, lc, text) {
    const resolve = (path, wantKey) => {
        let node = doc?.contents;
        let pos = { line: 1, col: 1 };
        if (node && node.range)
            pos = toPosition(lc, text, node.range[0]);
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && doc)
                node = node.resolve(doc);
            let next;
            let keyNode;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(it) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(it.key) && String(it.key.value) === String(seg));
                if (pair) {
                    next = pair.value;
                    keyNode = pair.key;
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                next = node.items[seg];
            }
            if (next === undefined && keyNode === undefined)
                return pos;
            const last = i === path.length - 1;
            const target = last && wantKey && keyNode ? keyNode : (next ?? keyNode);
            const r = target?.range;
            if (r)
                pos = toPosition(lc, text, r[0]);
            else if (keyNode && keyNode.range)
                pos = toPosition(lc, text, keyNode.range[0]);
            node = next;
        }
        return pos;
    };
    return {
        file,
        value,
        posOf: (path) => resolve(path, false),
        keyPosOf: (path) => resolve(path, true),
    };
}


/***/ })

};
