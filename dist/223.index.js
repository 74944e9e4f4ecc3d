export const id = 223;
export const ids = [223];
export const modules = {

/***/ 47223:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BUILTIN_PACKS: () => (/* reexport */ BUILTIN_PACKS),
  BundleError: () => (/* reexport */ BundleError),
  BundleOpenError: () => (/* reexport */ BundleOpenError),
  DEFAULT_LIMITS: () => (/* reexport */ DEFAULT_LIMITS),
  DEFAULT_PACK: () => (/* reexport */ DEFAULT_PACK),
  LIMIT_KEYS: () => (/* reexport */ LIMIT_KEYS),
  LINT_DRIVER: () => (/* reexport */ LINT_DRIVER),
  LINT_FINGERPRINT_KEY: () => (/* reexport */ LINT_FINGERPRINT_KEY),
  VERIFY_CODES: () => (/* reexport */ VERIFY_CODES),
  attestBundle: () => (/* reexport */ attestBundle),
  buildBundle: () => (/* reexport */ buildBundle),
  buildStatement: () => (/* reexport */ buildStatement),
  contentHash: () => (/* reexport */ contentHash),
  diffBundles: () => (/* reexport */ diffBundles),
  diffMarkdown: () => (/* reexport */ diffMarkdown),
  diffSide: () => (/* reexport */ diffSide),
  diffText: () => (/* reexport */ diffText),
  explainRule: () => (/* reexport */ explainRule),
  exploreHtml: () => (/* reexport */ exploreHtml),
  exportTraceparent: () => (/* reexport */ exportTraceparent),
  hasAdditions: () => (/* reexport */ hasAdditions),
  keyId: () => (/* reexport */ keyId),
  lintBundleBytes: () => (/* reexport */ lintBundleBytes),
  lintBundleFile: () => (/* binding */ lintBundleFile),
  lintFindingDraft: () => (/* reexport */ lintFindingDraft),
  lintGates: () => (/* reexport */ lintGates),
  lintJson: () => (/* reexport */ lintJson),
  lintRuleMetaLookup: () => (/* reexport */ lintRuleMetaLookup),
  lintSarif: () => (/* reexport */ lintSarif),
  lintSarifExtras: () => (/* reexport */ lintSarifExtras),
  lintText: () => (/* reexport */ lintText),
  loadExplore: () => (/* reexport */ loadExplore),
  loadPack: () => (/* reexport */ loadPack),
  loadPacks: () => (/* reexport */ loadPacks),
  loadPrivateKey: () => (/* reexport */ loadPrivateKey),
  loadPublicKey: () => (/* reexport */ loadPublicKey),
  normalizeRfc3339: () => (/* reexport */ normalizeRfc3339),
  pae: () => (/* reexport */ pae),
  parseLimitsJson: () => (/* reexport */ parseLimitsJson),
  parsePack: () => (/* reexport */ parsePack),
  parseRfc3339: () => (/* reexport */ parseRfc3339),
  profileToEvents: () => (/* reexport */ profileToEvents),
  readBundleFile: () => (/* reexport */ readBundleFile),
  readBundleStream: () => (/* reexport */ readBundleStream),
  renderInstant: () => (/* reexport */ renderInstant),
  resolveLimits: () => (/* reexport */ resolveLimits),
  runRoot: () => (/* reexport */ runRoot),
  scrubKey: () => (/* reexport */ scrubKey),
  showJson: () => (/* reexport */ showJson),
  showText: () => (/* reexport */ showText),
  signStatement: () => (/* reexport */ signStatement),
  verifyAttestation: () => (/* reexport */ verifyAttestation),
  verifyBundleBytes: () => (/* reexport */ verifyBundleBytes),
  verifyBundleFile: () => (/* binding */ verifyBundleFile),
  verifyCodeClass: () => (/* reexport */ verifyCodeClass),
  verifyCodeReason: () => (/* reexport */ verifyCodeReason),
  writeBundle: () => (/* reexport */ writeBundle),
  writeFileAtomic: () => (/* reexport */ writeFileAtomic)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/evidence/verify-error.ts
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
class BundleError extends errors/* EvidenceError */.oe {
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

;// CONCATENATED MODULE: ./src/core/evidence/source.ts
// Reading an untrusted bundle source under max_bundle_bytes (step 1): a file or any byte stream
// (stdin). At most limit + 1 bytes are ever held, so an oversized source is refused without reading it all.


/** The bundle could not be opened at all (verify's text output: `fatal: failed to open bundle <path>`). */
class BundleOpenError extends BundleError {
    openFailure = true;
}
function tooBig(limit, bundle) {
    return new BundleError('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limit})`, { bundle });
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
            throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
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
                throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
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
        if (e instanceof BundleError)
            throw e;
        throw new BundleError('IntegrityGzip', 'read error', { bundle: label });
    }
    return Buffer.concat(chunks, total);
}

;// CONCATENATED MODULE: ./src/core/evidence/strict-json.ts
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

;// CONCATENATED MODULE: ./src/core/evidence/limits.ts
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
    const usage = (message) => new errors/* UsageError */.eb('E_INVALID_ARGS', `${file}: ${message}`, { source: 'cli', context: { file } });
    let parsed;
    try {
        parsed = strictParse(text.replace(/^\uFEFF/, ''), { maxDepth: 8 });
        void parsed.value;
    }
    catch (e) {
        throw usage(e instanceof StrictJsonError ? `invalid JSON (${e.message})` : 'invalid JSON');
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

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./node_modules/pako/dist/pako.mjs
var pako = __webpack_require__(9925);
;// CONCATENATED MODULE: ./src/core/evidence/gzip.ts
// Gzip framing. Writing: fixed 10-byte header, raw deflate by pako 3.0.3 (pinned: its output
// bytes are part of the format's determinism), CRC-32 and ISIZE. Reading: the header is parsed here (FEXTRA,
// FNAME, FCOMMENT, FHCRC honoured); only the first member is decoded, by the caller.


const GZIP_HEADER = Uint8Array.of(0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x02, 0xff);
/** Whole-buffer gzip with the fixed header and pako level 9 / windowBits 15 / memLevel 8 / strategy 0. */
function gzipDeterministic(data) {
    const body = (0,pako/* deflateRaw */.at)(data, { level: 9, windowBits: 15, memLevel: 8, strategy: 0 });
    const out = new Uint8Array(GZIP_HEADER.length + body.length + 8);
    out.set(GZIP_HEADER, 0);
    out.set(body, GZIP_HEADER.length);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    view.setUint32(GZIP_HEADER.length + body.length, (0,external_node_zlib_.crc32)(data) >>> 0, true);
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
        if (stored !== ((0,external_node_zlib_.crc32)(b.subarray(0, p)) & 0xffff))
            throw new GzipHeaderError('gzip header CRC mismatch');
        p += 2;
    }
    return p;
}

;// CONCATENATED MODULE: ./src/core/evidence/tar.ts
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

// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(72995);
;// CONCATENATED MODULE: ./src/core/evidence/manifest.ts
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
    if (typeof v.schema_version !== 'number' || !isIntegerToken(tokens.get('schema_version')))
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
    if (typeof v.event_count !== 'number' || !isUnsignedIntegerToken(tokens.get('event_count')))
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
        if (typeof ev.bytes !== 'number' || !isUnsignedIntegerToken(tokens.get(['files', EVENTS_MEMBER, 'bytes'].join(SEP)))) {
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
    return (0,jcs/* canonicalize */.dw)(doc);
}

;// CONCATENATED MODULE: ./src/core/evidence/time.ts
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

;// CONCATENATED MODULE: ./src/core/evidence/event.ts
// The event envelope (CloudEvents 1.0 with flattened `assay*` extensions) and the digests over it
//: content hash, run root, file digest.


const SPECVERSION = '1.0';
const DATACONTENTTYPE = 'application/json';
/** One-shot sha256 (crypto.hash: no Hash object per call, which matters at 100,000 events). */
function sha256Hex(data) {
    return (0,external_node_crypto_.hash)('sha256', data, 'hex');
}
function sha256Prefixed(data) {
    return 'sha256:' + sha256Hex(data);
}
/** The JCS preimage of the content hash: `{data, datacontenttype, specversion, subject?, type}` (keys in JCS order). */
function contentHashPreimage(ev) {
    // The five keys sort as data < datacontenttype < specversion < subject < type, so the object is assembled
    // directly; every piece goes through the one JCS module.
    let s = '{"data":' + (0,jcs/* canonicalize */.dw)(ev.data) + ',"datacontenttype":' + (0,jcs/* canonicalize */.dw)(ev.datacontenttype) + ',"specversion":' + (0,jcs/* canonicalize */.dw)(ev.specversion);
    if (typeof ev.subject === 'string')
        s += ',"subject":' + (0,jcs/* canonicalize */.dw)(ev.subject);
    return s + ',"type":' + (0,jcs/* canonicalize */.dw)(ev.type) + '}';
}
/** `assaycontenthash`: `sha256:` + hex(SHA-256(UTF-8(JCS({specversion, type, datacontenttype, subject?, data})))). */
function contentHash(ev) {
    return sha256Prefixed(contentHashPreimage(ev));
}
/** Incremental run root: sha256 over `h0\nh1\n…h(n-1)\n`, flat, prefix included in each hi. */
class RunRootHasher {
    h = (0,external_node_crypto_.createHash)('sha256');
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

;// CONCATENATED MODULE: ./src/core/evidence/event-check.ts
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
const event_check_QUOTE = 0x22;
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
        return this.kind(f) === event_check_QUOTE;
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
            parsed = strictParse(text, { maxDepth: this.ctx.maxJsonDepth });
        }
        catch (e) {
            if (e instanceof StrictJsonError) {
                if (e.kind === 'depth')
                    throw new BundleError('LimitJsonDepth', `Event JSON at line ${lineNo}: ${e.message} (max_json_depth)`, { entry: 'events.ndjson' });
                throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${e.message}`, { entry: 'events.ndjson' });
            }
            throw e;
        }
        const sp = this.spans;
        sp.load(parsed);
        const problem = envelopeProblem(sp, rootIsObject(text));
        if (problem)
            throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: ${problem}`, { entry: 'events.ndjson' });
        const time = parseRfc3339(sp.str(F.time));
        if (time === undefined)
            throw new BundleError('ContractInvalidJson', `Event JSON at line ${lineNo}: field time must be an RFC 3339 timestamp`, { entry: 'events.ndjson' });
        const seq = Number(sp.raw(F.assayseq));
        const where = { entry: 'events.ndjson', seq };
        if (sp.raw(F.specversion) !== '"1.0"' && sp.str(F.specversion) !== '1.0')
            throw new BundleError('ContractSchemaVersion', `Invalid specversion at seq ${seq}`, where);
        if (!sp.has(F.assaycontenthash) || !sp.isString(F.assaycontenthash))
            throw new BundleError('ContractSchemaVersion', `Missing content_hash at seq ${seq}`, where);
        const claimed = sp.str(F.assaycontenthash);
        let hash = claimed;
        if (this.ctx.hashChecks) {
            if (parsed.canonical) {
                let pre = '{"data":' + sp.raw(F.data) + ',"datacontenttype":' + sp.raw(F.datacontenttype) + ',"specversion":' + sp.raw(F.specversion);
                if (sp.has(F.subject) && sp.isString(F.subject))
                    pre += ',"subject":' + sp.raw(F.subject);
                hash = sha256Prefixed(pre + ',"type":' + sp.raw(F.type) + '}');
            }
            else
                hash = contentHash(parsed.value);
            if (hash !== claimed)
                throw new BundleError('IntegrityEventHash', `Content hash mismatch at seq ${seq}`, where);
        }
        if (this.count === 0) {
            if (seq !== 0)
                throw new BundleError('ContractSequenceStart', `First event must have seq 0, got ${seq}`, where);
        }
        else if (seq !== this.count) {
            throw new BundleError('ContractSequenceGap', `Sequence gap: expected seq ${this.count}, got ${seq}`, where);
        }
        const runRaw = sp.raw(F.assayrunid);
        const runId = runRaw === this.runIdRaw ? this.ctx.runId : sp.str(F.assayrunid);
        if (runId !== this.ctx.runId)
            throw new BundleError('ContractRunIdMismatch', `Run id mismatch at seq ${seq}`, where);
        const source = sp.str(F.source);
        if (this.count === 0)
            this.source0 = source;
        else if (source !== this.source0)
            throw new BundleError('ContractInvalidEvent', `seq=${seq}: source differs from event 0`, where);
        if (!isUriLike(source))
            throw new BundleError('ContractInvalidEvent', `seq=${seq}: source is not a URI`, where);
        if (runId.includes(':'))
            throw new BundleError('ContractInvalidEvent', `seq=${seq}: run_id contains ':'`, where);
        const id = sp.str(F.id);
        if (id !== this.idPrefix + String(seq)) {
            throw new BundleError('ContractInvalidEvent', `Event id does not match the run_id:seq contract at seq=${seq}`, where);
        }
        this.count++;
        return { seq, time, contentHash: hash, parsed };
    }
}

;// CONCATENATED MODULE: ./src/core/evidence/verify.ts
// Streaming bundle verification, first failure wins. The compressed source is held in memory (it
// is bounded by max_bundle_bytes); the decompressed stream is never buffered: member data flows from the
// inflater through the tar parser into a line splitter, so memory is one line plus the manifest.












const verify_LF = 0x0a;
const verify_CR = 0x0d;
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
    root = new RunRootHasher();
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
        return new BundleError(code, message, { entry: this.currentPath || null, seq: seq ?? null, bundle: this.opts.bundleLabel });
    }
    onEntry(entry, index) {
        const raw = entry.path;
        const shown = displayMemberPath(raw);
        this.currentPath = shown;
        this.member = null;
        // 3. path length
        if (raw.length > this.limits.max_path_len) {
            throw this.err('LimitPathLength', `Path of ${raw.length} bytes exceeds max_path_len (${this.limits.max_path_len})`);
        }
        const path = new TextDecoder().decode(raw);
        const isManifestPath = isExactly(raw, MANIFEST_MEMBER);
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
        const isEvents = isExactly(raw, EVENTS_MEMBER);
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
        const meta = m.files[EVENTS_MEMBER];
        if (meta === undefined)
            throw this.err('ContractMissingFile', 'Manifest has no files["events.ndjson"] entry');
        if (entry.size !== meta.bytes) {
            throw this.err('IntegrityFileSizeMismatch', `events.ndjson size mismatch: expected ${meta.bytes}, got ${entry.size}`);
        }
        this.member = 'events';
        this.eventsSeen = true;
        this.expectedBytes = meta.bytes;
        this.checker = new EventChecker({ runId: m.run_id, maxJsonDepth: this.limits.max_json_depth, hashChecks: this.opts.hashChecks !== false });
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
            parsed = strictParse(text, { maxDepth: this.limits.max_json_depth, numberTokens: 'paths' });
        }
        catch (e) {
            if (!(e instanceof StrictJsonError))
                throw e;
            if (e.kind === 'depth')
                throw this.err('LimitJsonDepth', `Manifest JSON ${e.message} (max_json_depth)`);
            throw this.err('ContractInvalidJson', `Manifest JSON invalid: ${e.message}`);
        }
        const problem = manifestShapeProblem(parsed.value, parsed.tokens);
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
            const lf = chunk.indexOf(verify_LF, p);
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
        if (end > 0 && raw[end - 1] === verify_CR)
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
        if (this.timeMin === null || compareInstants(t, this.timeMin) < 0)
            this.timeMin = t;
        if (this.timeMax === null || compareInstants(t, this.timeMax) > 0)
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
        const meta = m.files[EVENTS_MEMBER];
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
 * the reference's code on the first failure; resolves with the summary on success.
 */
async function verifyBundleBytes(src, opts = {}) {
    const limits = resolveLimits(opts.limits);
    const where = { bundle: opts.bundleLabel };
    // 1. source size
    if (src.length > limits.max_bundle_bytes) {
        throw new BundleError('LimitBundleBytes', `Bundle exceeds max_bundle_bytes (${limits.max_bundle_bytes})`, where);
    }
    // 2. gzip header, then streaming inflate of the first member
    let headerLen;
    try {
        headerLen = gzipHeaderLength(src);
    }
    catch (e) {
        if (e instanceof GzipHeaderError)
            throw new BundleError('IntegrityGzip', `Gzip header: ${e.message}`, where);
        throw e;
    }
    const verifier = new BundleVerifier(limits, opts);
    const parser = new TarParser(verifier, limits.max_manifest_bytes);
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
            throw new BundleError('LimitDecodeBytes', `Decompressed size exceeds max_decode_bytes (${limits.max_decode_bytes})`, where);
        }
    };
    const at = () => ({ ...where, entry: verifier.currentPath || null });
    const classify = (e) => {
        if (e instanceof BundleError)
            throw e;
        if (e instanceof TarFormatError)
            throw new BundleError('IntegrityTar', `Tar: ${e.message}`, where);
        if (e instanceof TarTruncated) {
            if (e.where === 'header')
                throw new BundleError('IntegrityTar', 'Tar: truncated header', where);
            throw new BundleError('IntegrityIo', 'Unexpected end of member data', at());
        }
        if (e instanceof InflateError) {
            // Where the decoder failed decides the code: in a header, in member data, or after the archive.
            if (parser.state === 'header')
                throw new BundleError('IntegrityTar', `Tar: ${e.message}`, where);
            if (parser.state === 'data')
                throw new BundleError('IntegrityIo', `Reading member data: ${e.message}`, at());
            throw new BundleError('IntegrityGzip', `Gzip: ${e.message}`, where);
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
        throw new BundleError('IntegrityGzip', 'Gzip trailer: truncated', where);
    const view = new DataView(src.buffer, src.byteOffset + trailerAt, 8);
    if (view.getUint32(0, true) !== crc >>> 0)
        throw new BundleError('IntegrityGzip', 'Gzip trailer: CRC-32 mismatch', where);
    if (view.getUint32(4, true) !== decoded % 2 ** 32)
        throw new BundleError('IntegrityGzip', 'Gzip trailer: ISIZE mismatch', where);
    const m = verifier.manifest;
    return {
        manifest: m,
        bundle_id: m.bundle_id,
        run_id: m.run_id,
        event_count: m.event_count,
        run_root: verifier.runRoot,
        time_first: renderInstant(verifier.timeFirst),
        time_last: renderInstant(verifier.timeLast),
        time_min: renderInstant(verifier.timeMin),
        time_max: renderInstant(verifier.timeMax),
        archive_sha256: (0,external_node_crypto_.createHash)('sha256').update(src).digest('hex'),
        trailing_bytes: src.length - trailerAt - 8,
        verified: opts.hashChecks !== false,
    };
}

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
/** In this order; the first one found is named in the message. */
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
            // Never constructed: the engine reports or skips these before running.
            return { visit: () => undefined, finish: () => null };
    }
}

// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(69723);
;// CONCATENATED MODULE: ./src/core/evidence/lint/pack.ts
// Lint packs: YAML with duplicate and unknown keys refused, validated into typed rules, normalized
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
function isObj(v) {
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
    if (!isObj(v)) {
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
        if (!isObj(v.requires))
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
    if (!isObj(r)) {
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
    if (!isObj(c)) {
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
        // Fail closed (Differs): an unknown check is a load error unless the rule declares a newer engine.
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
            if (!isObj(cond) || !Array.isArray(cond.all) || cond.all.length === 0 || Object.keys(cond).some((k) => k !== 'all')) {
                return bad('condition', 'must be {all: [{path, equals}]}');
            }
            const clauses = [];
            for (const cl of cond.all) {
                if (!isObj(cl) || typeof cl.path !== 'string' || !('equals' in cl) || !isScalar(cl.equals) || Object.keys(cl).some((k) => k !== 'path' && k !== 'equals')) {
                    return bad('condition', 'clauses must be {path, equals: scalar}');
                }
                clauses.push({ path: normalizePointer(cl.path), equals: cl.equals });
            }
            const then = c.then;
            const thenPaths = isObj(then) ? stringList(then.paths) : null;
            if (!isObj(then) || then.type !== 'json_path_exists' || thenPaths === null || thenPaths.length !== 1 || Object.keys(then).some((k) => k !== 'type' && k !== 'paths')) {
                return bad('then', 'must be {type: json_path_exists, paths: [one pointer]}');
            }
            return { type, clauses, then_path: normalizePointer(thenPaths[0]), raw: { condition: cond, then } };
        }
        case 'g3_authorization_context_present':
            return { type };
    }
    return null;
}
/** The normalized form the digest is computed over: every key present, absent optionals as null. */
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
    return sha256Prefixed((0,jcs/* canonicalize */.dw)(normalizedPack(p)));
}
function packError(display, diagnostics) {
    const first = diagnostics[0];
    return new errors/* ConfigError */.xL('E_CFG_PARSE', first?.message ?? `pack ${display}: invalid`, {
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
// The lint pipeline: (1) full verify, streaming; (2) built-in rules on every event; (3) packs in
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
/** Built-in fingerprint: sha256 of `<rule_id>:<seq>:<line>` or `<rule_id>:global`. */
function builtinFingerprint(ruleId, loc) {
    return sha(`${ruleId}:${locKey(loc)}`);
}
/** Pack fingerprint: sha256 of `<canonical>:<loc_key>:<pack_digest>`. */
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

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ./src/core/evidence/packs/cicd-starter.ts
// Built-in pack `cicd-starter`: same ids, severities, checks and version as the reference pack;
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
// Built-in pack `eu-ai-act-baseline`: same ids, severities, checks and version as the reference
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
// Built-in pack `soc2-baseline`: same ids, severities, checks and version as the reference pack;
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
// The built-in lint packs, by name.



const BUILTIN_PACKS = Object.freeze({
    'cicd-starter': CICD_STARTER_YAML,
    'eu-ai-act-baseline': EU_AI_ACT_BASELINE_YAML,
    'soc2-baseline': SOC2_BASELINE_YAML,
});
const DEFAULT_PACK = 'cicd-starter';

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(62712);
;// CONCATENATED MODULE: ./src/core/evidence/lint/load.ts
// Resolving `--pack REF`: an existing path (a file, or a directory holding pack.yaml), else a
// built-in name, else `<config dir>/<name>.yaml` or `<config dir>/<name>/pack.yaml` (staying inside it).






const MAX_PACK_BYTES = 1 << 20;
function notFound(ref, message) {
    return new errors/* ConfigError */.xL('E_CFG_PARSE', message, {
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
        text = (0,read_text/* readTextStrict */.hr)(abs, display, 'E_CFG_PARSE');
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
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
var safe_text = __webpack_require__(61103);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(63718);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(46825);
;// CONCATENATED MODULE: ./src/core/evidence/lint/report.ts
// Lint report formats: text (stderr), JSON (reference shape), SARIF 2.1.0 (driver
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
/** `primaryLocationLineHash`: hex sha256 of `<rule_id>:<uri>:<line>:<pack digest or empty>`. */
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
/** SARIF extras for one lint finding: lint fingerprints, `seq:<n>` logical location, properties. */
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
/** SARIF 2.1.0 for `evidence lint --format sarif`, truncated only at GitHub's limits by buildSarif. */
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
    // The shared writer knows the gate's rule catalog; lint rules, messages and the run id are ours.
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
    // Order: level, rule id, bundle path, then the event line (the physical line is always 1).
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

;// CONCATENATED MODULE: ./src/core/evidence/writer.ts
// The bundle writer: same events in → identical archive bytes out. JCS members, fixed tar headers,
// fixed gzip header, pinned pure-JS deflate over the whole tar buffer in one call.











const writer_enc = new TextEncoder();
/** Build the bundle in memory (steps 1–6 without the file write). Throws BundleError on a refusal. */
function buildBundle(input) {
    if (input.length === 0)
        throw new BundleError('ContractInvalidEvent', 'Bundle is empty: at least one event required');
    // Stable sort by seq (Array#sort is stable).
    const sorted = [...input].sort((a, b) => a.assayseq - b.assayseq);
    const first = sorted[0];
    const runId = first.assayrunid;
    const checker = new EventChecker({ runId, maxJsonDepth: DEFAULT_LIMITS.max_json_depth, hashChecks: true });
    const root = new RunRootHasher();
    const lines = [];
    sorted.forEach((e, i) => {
        const time = typeof e.time === 'string' ? normalizeRfc3339(e.time) : undefined;
        const ev = { ...e, ...(time !== undefined ? { time } : {}) };
        if (ev.assaycontenthash === undefined || ev.assaycontenthash === null)
            ev.assaycontenthash = contentHash(e);
        let line;
        try {
            line = (0,jcs/* canonicalize */.dw)(ev);
        }
        catch (err) {
            throw new BundleError('ContractInvalidJson', `event ${i}: ${err.message}`, { seq: i });
        }
        // The verifier's own per-line checks: the writer refuses exactly what verify would refuse.
        const checked = checker.check(line, i + 1);
        root.add(checked.contentHash);
        lines.push(line + '\n');
    });
    const events = lines.join('');
    const eventsBytes = writer_enc.encode(events);
    const run_root = root.digest();
    const producer = {
        name: first.assayproducer,
        version: first.assayproducerversion,
        ...(first.assaygit !== 'unknown' ? { git: first.assaygit } : {}),
    };
    const manifest = manifestText({
        bundle_id: run_root,
        producer,
        run_id: runId,
        event_count: sorted.length,
        run_root,
        events: { sha256: sha256Prefixed(eventsBytes), bytes: eventsBytes.length },
    });
    const tar = tarStream([
        { name: MANIFEST_MEMBER, data: writer_enc.encode(manifest) },
        { name: EVENTS_MEMBER, data: eventsBytes },
    ]);
    return { archive: gzipDeterministic(tar), tar, manifest, events, bundle_id: run_root, run_id: runId, event_count: sorted.length };
}
/** Write bytes atomically: a temp file in the target directory, fsync, rename into place. */
function writeFileAtomic(path, bytes) {
    const tmp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.tmp`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(tmp, 'wx', 0o644);
        (0,external_node_fs_.writeSync)(fd, bytes);
        (0,external_node_fs_.fsyncSync)(fd);
        (0,external_node_fs_.closeSync)(fd);
        fd = undefined;
        (0,external_node_fs_.renameSync)(tmp, path);
    }
    catch (e) {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
        try {
            (0,external_node_fs_.unlinkSync)(tmp);
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

;// CONCATENATED MODULE: ./src/core/evidence/export-profile.ts
// `assay evidence export --profile`: a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.



const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';
const hex = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01`. */
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
/** Scrubbing for `observed`/`summary`: POSIX separators, home directories generalized, secrets cut. */
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
    return new errors/* ConfigError */.xL('E_CFG_PARSE', m, { source: 'config', context: { file }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: m, file, source: 'config' }] });
}
function usageError(message) {
    return new errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** The event time, rendered. */
function resolveExportTime(given, candidates, sourceDateEpoch, file) {
    if (given !== undefined) {
        const t = normalizeRfc3339(given);
        if (t === undefined)
            throw usageError(`--time ${JSON.stringify(given)} is not an RFC 3339 timestamp`);
        return t;
    }
    for (const c of candidates) {
        if (c === undefined || c === null)
            continue;
        const t = typeof c === 'string' ? normalizeRfc3339(c) : undefined;
        if (t === undefined)
            throw invalid(file, `timestamp ${JSON.stringify(c)} is not RFC 3339`);
        return t;
    }
    if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch))
        return renderInstant({ seconds: Number(sourceDateEpoch), nanos: 0 });
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
/** Profile → events (mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
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

;// CONCATENATED MODULE: ./src/core/evidence/diff.ts
// `assay evidence diff`: compare the non-empty subjects per category of two verified bundles.




const DIFF_CATEGORIES = ['network', 'filesystem', 'processes'];
/** The category an event type belongs to, if any. */
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
    const a = parseRfc3339(range[0]);
    const b = parseRfc3339(range[1]);
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
/** The same content as a Markdown table (PR comment). */
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

;// CONCATENATED MODULE: ./src/core/evidence/attest.ts
// Attestations: an in-toto Statement v1 about the exact archive, signed as its JCS bytes inside a
// DSSE envelope with Ed25519 (node:crypto). Ed25519 is deterministic, so a key and a bundle give one envelope.







const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
const PREDICATE_TYPE = 'https://docs.getassay.dev/attestation/evidence-bundle/v1';
const LEGACY_PREDICATE_TYPE = 'https://assay.dev/attestation/evidence-bundle/v0';
const PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The predicate derived from a verified bundle. */
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
    return new errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
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
function attest_isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** The first path (dotted) where `actual` differs from `expected`, walking `expected`'s keys then extras. */
function firstDifference(expected, actual, path) {
    if (attest_isObj(expected) && attest_isObj(actual)) {
        for (const k of Object.keys(expected)) {
            const d = firstDifference(expected[k], actual[k], path ? `${path}.${k}` : k);
            if (d !== undefined)
                return d;
        }
        for (const k of Object.keys(actual).sort())
            if (!(k in expected))
                return `${path ? `${path}.` : ''}${displayMemberPath(k)}`;
        return undefined;
    }
    return jsonEqual(expected, actual) ? undefined : path;
}
/**
 * `evidence verify B --attestation F --public-key P`: checks in order, first failure wins. Throws
 * BundleError (Attestation* codes, or the bundle's own code at step 8); resolves with the bundle's result.
 */
async function verifyAttestation(envelopeText, publicKey, bundle, opts = {}) {
    const fail = (code, message) => {
        throw new BundleError(code, message, { bundle: opts.bundleLabel });
    };
    // 1. envelope shape
    let env;
    try {
        env = strictParse(envelopeText.replace(/^\uFEFF/, ''), { maxDepth: 16 }).value;
    }
    catch (e) {
        fail('AttestationEnvelope', `Envelope is not valid JSON${e instanceof StrictJsonError ? ` (${e.message})` : ''}`);
    }
    if (!attest_isObj(env) || typeof env.payload !== 'string' || typeof env.payloadType !== 'string' || !Array.isArray(env.signatures) || env.signatures.length === 0) {
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
        if (!attest_isObj(s) || typeof s.sig !== 'string' || !BASE64.test(s.sig))
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
        st = strictParse(new TextDecoder('utf-8', { fatal: true }).decode(payload), { maxDepth: 32 }).value;
    }
    catch {
        fail('AttestationStatementType', 'Payload is not a JSON in-toto statement');
    }
    if (!attest_isObj(st) || st._type !== STATEMENT_TYPE)
        fail('AttestationStatementType', `Statement _type must be ${STATEMENT_TYPE}`);
    // 5. predicate type
    if (st.predicateType === LEGACY_PREDICATE_TYPE)
        fail('AttestationLegacyV0', 'Legacy v0 attestations (subject = run root) are not accepted');
    if (st.predicateType !== PREDICATE_TYPE)
        fail('AttestationPredicateType', `predicateType must be ${PREDICATE_TYPE}`);
    // 6. subject
    const subj = st.subject;
    if (!Array.isArray(subj) || subj.length !== 1 || !attest_isObj(subj[0]) || typeof subj[0].name !== 'string' || !attest_isObj(subj[0].digest)) {
        fail('AttestationSubject', 'Statement needs exactly one subject with a name and a digest');
    }
    const digest = subj[0].digest;
    if (Object.keys(digest).length !== 1 || typeof digest.sha256 !== 'string')
        fail('AttestationSubject', 'The subject needs exactly one digest, sha256');
    // 7. predicate schema version
    const pred = st.predicate;
    if (!attest_isObj(pred) || pred.schema_version !== 1)
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

;// CONCATENATED MODULE: ./src/core/evidence/explore.ts
// `assay evidence explore` / `show`: load a bundle for viewing (full verify unless --no-verify, which
// still applies every limit and strict check), sanitize every displayed value, and render it as text, JSON, a
// self-contained HTML report, or the frames of the interactive terminal view (pure: the CLI does the I/O).

const SUBJECT_CAP = 200;
const PAYLOAD_CAP = 4096;
const INPUT_CAP = 200;
const DEFAULT_MAX_EVENTS = 50_000;
// ESC sequences (CSI, OSC/DCS/SOS/PM/APC strings, two-byte escapes), then every other C0, DEL, C1 and bidi control.
const ESC_SEQ = /\u001b(?:\[[0-?]*[ -/]*[@-~]?|[\]PX^_][^\u0007\u001b\u009c]*(?:\u0007|\u001b\\|\u009c)?|[@-Z\\-_]?)|\u009b[0-?]*[ -/]*[@-~]?/g;
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
/** Controls removed, then cut to `max` code points (with `…` when cut). */
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
/** The header lines: Bundle ID, producer, run id, events, first 16 hex of the run root. */
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
function explore_pad(s, n) {
    const cps = [...s];
    return cps.length >= n ? cps.slice(0, n).join('') : s + ' '.repeat(n - cps.length);
}
function tableLines(rows) {
    const out = [`${explore_pad('SEQ', 7)} ${explore_pad('TIME', 30)} ${explore_pad('TYPE', 34)} SUBJECT`];
    for (const r of rows)
        out.push(`${explore_pad(String(r.seq), 7)} ${explore_pad(r.time, 30)} ${explore_pad(r.type, 34)} ${r.subject}`);
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
            // Input fields ignore controls.
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
    const fit = (line) => explore_pad(line, Math.max(10, width));
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
// every archive-controlled value sanitized and HTML-escaped.


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

;// CONCATENATED MODULE: ./src/core/evidence/index.ts
// Evidence bundles (04): the public API of the core. The CLI commands and the GitHub Action call these.


























/** Verify one bundle file in full (the action calls this in-process for every discovered bundle). Never throws for bundle problems. */
async function verifyBundleFile(path, opts = {}) {
    const limits = resolveLimits(opts.limits);
    try {
        const bytes = readBundleFile(path, limits.max_bundle_bytes, opts.label ?? path);
        const result = await verifyBundleBytes(bytes, { limits, bundleLabel: opts.label ?? path });
        return { ok: true, message: 'Bundle verified', manifest: result.manifest, result };
    }
    catch (e) {
        if (e instanceof BundleError)
            return { ok: false, code: e.code, reason_code: e.reasonCode, message: e.cause };
        throw e;
    }
}
/**
 * Verify then lint one bundle file. Pack problems throw ConfigError(E_CFG_PARSE); bundle problems are returned
 * as `ok: false` with the verify code.
 */
async function lintBundleFile(path, opts = {}) {
    const label = opts.label ?? path;
    const given = opts.packs ?? [DEFAULT_PACK];
    const packs = given.length > 0 && typeof given[0] !== 'string'
        ? [...given]
        : loadPacks(given, opts.resolve ?? { cwd: '.' }).packs;
    const limits = resolveLimits(opts.limits);
    try {
        const bytes = readBundleFile(path, limits.max_bundle_bytes, label);
        const report = await lintBundleBytes(bytes, { packs, limits, maxResults: opts.maxResults ?? null, bundleLabel: label });
        return {
            ok: true,
            message: `${report.summary.total} findings`,
            report,
            packs,
            findings: report.findings.map((f) => ({ draft: lintFindingDraft(f, label), sarif: lintSarifExtras(f, label, report.bundle_id) })),
        };
    }
    catch (e) {
        if (e instanceof BundleError)
            return { ok: false, code: e.code, reason_code: e.reasonCode, message: e.cause, findings: [], packs };
        throw e;
    }
}


/***/ }),

/***/ 72995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
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


/***/ }),

/***/ 69723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points, from a UTF-16 based line/col pair. */
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
