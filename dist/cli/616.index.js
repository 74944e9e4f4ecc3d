export const id = 616;
export const ids = [616,183];
export const modules = {

/***/ 5183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerAttest: () => (/* binding */ registerAttest),
  verifyAttestationCli: () => (/* binding */ verifyAttestationCli)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./src/core/evidence/verify.ts
var verify = __webpack_require__(9540);
// EXTERNAL MODULE: ./src/core/evidence/strict-json.ts
var strict_json = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/core/evidence/lint/match.ts
var match = __webpack_require__(8694);
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
    const result = await (0,verify/* verifyBundleBytes */.P)(bytes, opts);
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
    return (0,match/* jsonEqual */.Zm)(expected, actual) ? undefined : path;
}
/**
 * `evidence verify B --attestation F --public-key P`: checks in order, first failure wins. Throws
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
    const r = await (0,verify/* verifyBundleBytes */.P)(bundle, opts);
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
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/evidence/common.ts
var common = __webpack_require__(6556);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
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
        return (0,read_text/* readTextStrict */.hr)(file, (0,paths/* fileRef */.M)(file).display, 'E_INVALID_ARGS', { errorClass: errors/* UsageError */.eb, source: 'cli' });
    }
    catch (e) {
        if (e instanceof errors/* UsageError */.eb)
            throw e;
        throw (0,common/* usage */.CI)(`${what} ${(0,paths/* fileRef */.M)(file).display}: cannot read (${e.code ?? 'error'})`);
    }
}
async function runAttest(flags) {
    try {
        if (flags.predicate !== undefined)
            throw (0,common/* usage */.CI)('--predicate is not accepted: every predicate field is derived from the bundle');
        if (flags.bundle === undefined)
            throw (0,common/* usage */.CI)('--bundle is required');
        if ((flags.key === undefined) === (flags.keyEnv === undefined))
            throw (0,common/* usage */.CI)('give exactly one of --key FILE or --key-env VAR');
        let pem;
        if (flags.key !== undefined)
            pem = readText(flags.key, 'key');
        else {
            const v = process.env[flags.keyEnv];
            if (v === undefined || v === '')
                throw (0,common/* usage */.CI)(`--key-env ${flags.keyEnv}: the variable is not set`);
            pem = v;
        }
        const key = loadPrivateKey(pem);
        const limits = (0,common/* loadLimits */.nj)(flags.limits);
        let display = flags.bundle;
        try {
            const src = await (0,common/* readBundleBytes */.GA)(flags.bundle, limits);
            display = src.display;
            const { envelope } = await attestBundle(src.bytes, key, { limits, bundleLabel: src.display });
            const text = (0,output/* jsonText */.s$)(envelope);
            if (flags.out !== undefined) {
                try {
                    (0,writer/* writeFileAtomic */.Zf)((0,external_node_path_.resolve)(process.cwd(), flags.out), Buffer.from(text, 'utf8'));
                }
                catch (e) {
                    throw new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${flags.out} (${e.code ?? 'error'})`, { source: 'cli', nextStepValues: { path: flags.out } });
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
            (0,common/* printVerifyFailure */.XJ)(e, display, 'fatal: the bundle to attest does not verify');
            return 2;
        }
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}
/** `verify --attestation`: exit 0 when every check passes, else 2. */
async function verifyAttestationCli(a) {
    const envelope = readText(a.attestation, 'attestation');
    const key = loadPublicKey(readText(a.publicKey, 'public key'));
    let display = a.bundle;
    try {
        const src = await (0,common/* readBundleBytes */.GA)(a.bundle, a.limits);
        display = src.display;
        const r = await verifyAttestation(envelope, key, src.bytes, { limits: a.limits, bundleLabel: src.display });
        (0,output/* err */._q)(`Bundle verified (${display === '-' ? 'stdin' : display}): OK`);
        (0,output/* err */._q)(`Attestation verified (${(0,paths/* fileRef */.M)(a.attestation).display}): OK`);
        if (a.json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)((0,common/* verifiedJson */.zy)(display, r, { attestation: { file: (0,paths/* fileRef */.M)(a.attestation).display, verified: true } })), a.output);
        }
        return 0;
    }
    catch (e) {
        if (!(e instanceof verify_error/* BundleError */.rJ))
            return (0,output/* reportError */.N7)(e, { json: a.json });
        (0,common/* printVerifyFailure */.XJ)(e, display, e.errorClass === 'Attestation' ? 'fatal: attestation verification failed' : 'fatal: bundle verification failed');
        if (a.json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...(0,common/* verifyFailureJson */.yG)(e), reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv }), a.output);
        }
        return 2;
    }
}


/***/ }),

/***/ 7616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerVerify: () => (/* binding */ registerVerify)
/* harmony export */ });
/* harmony import */ var _src_core_evidence_verify_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9359);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5338);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7810);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6556);
/* harmony import */ var _attest_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5183);





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
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_2__/* .parseFormat */ .Xc)(flags.format, ['text', 'json']);
        json = format === 'json';
        if ((flags.attestation === undefined) !== (flags.publicKey === undefined))
            throw (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .usage */ .CI)('--attestation and --public-key go together');
        const limits = (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .loadLimits */ .nj)(flags.limits);
        if (flags.attestation !== undefined) {
            return await (0,_attest_js__WEBPACK_IMPORTED_MODULE_4__.verifyAttestationCli)({ bundle, attestation: flags.attestation, publicKey: flags.publicKey, limits, json, output: flags.output });
        }
        let opened;
        try {
            opened = await (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .openBundle */ .hk)(bundle, limits);
        }
        catch (e) {
            if (!(e instanceof _src_core_evidence_verify_error_js__WEBPACK_IMPORTED_MODULE_0__/* .BundleError */ .rJ))
                throw e;
            const display = bundle === '-' ? '-' : bundle;
            (0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .printVerifyFailure */ .XJ)(e, display);
            if (json) {
                (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .emitArtefact */ .g9)((0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)({ schema: 'assay.evidence.verify.v1', schema_version: 1, bundle: display, verified: false, ...(0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .verifyFailureJson */ .yG)(e) }), flags.output);
            }
            return 2;
        }
        const r = opened.result;
        const where = opened.display === '-' ? 'stdin' : opened.display;
        (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._q)(`Bundle verified (${where}): OK`);
        if (r.trailing_bytes > 0)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .err */ ._q)(`warning: ${r.trailing_bytes} bytes after the gzip member were ignored`);
        if (json) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .emitArtefact */ .g9)((0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .jsonText */ .s$)((0,_common_js__WEBPACK_IMPORTED_MODULE_3__/* .verifiedJson */ .zy)(opened.display, r)), flags.output);
        }
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_1__/* .reportError */ .N7)(e, { json });
    }
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
/** `--fail-on error|warn|warning|info|note|none`; anything else is a usage error. */
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
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(given, checkoutRoot(), process.cwd()) };
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ getPointer),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   eu: () => (/* binding */ globMatch)
/* harmony export */ });
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


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output: relative to the checkout root when inside it,
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
/** Is `p` the folder `root` or below it, lexically, by whole segments (a file named `..a` is inside)? */
function containedIn(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   hr: () => (/* binding */ readTextStrict),
/* harmony export */   kd: () => (/* binding */ findUtf8Problem),
/* harmony export */   rH: () => (/* binding */ utf8Diagnostic)
/* harmony export */ });
/* unused harmony export utf8ProblemMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1578);
// The one way to read a text config (policy, eval config, pack, profile, baseline, sandbox policy):
// bytes are checked as UTF-8 before decoding, so an invalid byte is exit 2 with its file:line:col and
// never a U+FFFD that silently changes a pattern (docs/decisions.md, "Strict input").




const BOM = [0xef, 0xbb, 0xbf];
function hasBom(b) {
    return b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
}
/** Where the first invalid UTF-8 byte is, or null when `bytes` are valid UTF-8. */
function findUtf8Problem(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
        return null;
    const offset = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(bytes);
    if (offset < 0)
        return null; // isUtf8 and the locator disagree only on inputs neither rejects
    let lineStart = hasBom(bytes) ? 3 : 0;
    let line = 1;
    for (let i = lineStart; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const col = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointsInUtf8 */ .NH)(bytes.subarray(lineStart), offset - lineStart) + 1;
    return { offset, line, col, byte: bytes[offset] };
}
function utf8ProblemMessage(p) {
    return `invalid UTF-8: byte 0x${p.byte.toString(16).padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`;
}
/** A diagnostic for invalid UTF-8 in `display`. */
function utf8Diagnostic(p, display, code, source = 'config') {
    return { code, severity: 'error', message: utf8ProblemMessage(p), file: display, line: p.line, col: p.col, source };
}
/**
 * Decode bytes as strict UTF-8 and drop a leading BOM. Invalid UTF-8 throws `errorClass` (ConfigError)
 * with `code` and one diagnostic at the first bad byte.
 */
function decodeUtf8Strict(bytes, display, code, opts = {}) {
    const p = findUtf8Problem(bytes);
    if (p) {
        const source = opts.source ?? 'config';
        const d = utf8Diagnostic(p, display, code, source);
        const Cls = opts.errorClass ?? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL;
        throw new Cls(code, d.message, {
            source,
            context: { file: display, line: p.line, col: p.col },
            diagnostics: [d],
            ...(opts.nextStepValues ? { nextStepValues: opts.nextStepValues } : {}),
        });
    }
    const start = hasBom(bytes) ? 3 : 0;
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}
/**
 * Read a text config file as strict UTF-8 (BOM dropped). File-system errors propagate unchanged (the
 * caller decides what a missing file means); invalid UTF-8 throws as decodeUtf8Strict does.
 */
function readTextStrict(path, display, code, opts = {}) {
    return decodeUtf8Strict(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path), display, code, opts);
}


/***/ })

};
