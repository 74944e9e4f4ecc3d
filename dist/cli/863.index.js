export const id = 863;
export const ids = [863];
export const modules = {

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


/***/ }),

/***/ 2670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   Jr: () => (/* binding */ sortByPosition),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   i7: () => (/* binding */ renderPath),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* harmony import */ var _util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6203);

class LoadContext {
    file;
    source;
    base;
    code;
    lenient;
    diagnostics = [];
    constructor(file, source, 
    /** Where the policy value sits inside `source` (inline policies). */
    base = [], 
    /** Error code: E_POLICY_PARSE for policies, E_CFG_PARSE for rules inside eval configs. */
    code = 'E_POLICY_PARSE', 
    /** `--lenient`: unknown keys are warnings instead of errors. */
    lenient = false) {
        this.file = file;
        this.source = source;
        this.base = base;
        this.code = code;
        this.lenient = lenient;
    }
    /**
     * Unknown keys of the mapping at `path` are errors (a typo must not drop a rule), warnings when
     * lenient. `where` defaults to "at top level" / "in <path>".
     */
    checkKeys(path, obj, allowed, opts = {}) {
        const where = opts.where ?? (path.length === 0 ? 'at top level' : `in ${renderPath(path)}`);
        for (const u of (0,_util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .findUnknownKeys */ .Wo)(obj, allowed, where, opts)) {
            const context = u.suggestion !== null ? { unknown_key: u.key, suggestion: u.suggestion } : { unknown_key: u.key };
            if (this.lenient) {
                this.warn(this.code === 'E_CFG_PARSE' ? 'W_CFG_UNKNOWN_KEY' : 'W_POLICY_UNKNOWN_KEY', [...path, u.key], u.message, { key: true, context });
            }
            else
                this.error([...path, u.key], u.message, { key: true, context });
        }
    }
    ref(path, key = false) {
        if (!this.source)
            return undefined;
        // The whole file: 1:1 (shows whole-file warnings there), not the first key's line.
        if (path.length === 0 && this.base.length === 0)
            return { file: this.file, line: 1, col: 1 };
        const full = [...this.base, ...path];
        const p = key ? this.source.keyPosOf(full) : this.source.posOf(full);
        return { file: this.file, line: p.line, col: p.col };
    }
    error(path, message, opts = {}) {
        this.push('error', this.code, path, message, opts);
    }
    warn(code, path, message, opts = {}) {
        this.push('warning', code, path, message, opts);
    }
    get errorCount() {
        return this.diagnostics.filter((d) => d.severity === 'error').length;
    }
    push(severity, code, path, message, opts) {
        const r = this.ref(path, opts.key ?? false);
        const d = { code, severity, message, source: 'policy', file: this.file };
        if (r) {
            d.line = r.line;
            d.col = r.col;
        }
        d.context = { key_path: renderPath(path), ...(opts.context ?? {}) };
        this.diagnostics.push(d);
    }
}
/** `tools.allow[0]`, `constraints[1].params.path.matches`, `schemas.read_file`. */
function renderPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else
            s += s === '' ? seg : `.${seg}`;
    }
    return s;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Sort diagnostics by (line, col) keeping insertion order for ties; whole-file ones first. */
function sortByPosition(ds) {
    return ds
        .map((d, i) => ({ d, i }))
        .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.col ?? 0) - (b.d.col ?? 0) || a.i - b.i)
        .map((x) => x.d);
}


/***/ }),

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ SchemaCompiler),
/* harmony export */   Wq: () => (/* binding */ runValidator),
/* harmony export */   _U: () => (/* binding */ checkSchema)
/* harmony export */ });
/* unused harmony exports draftOf, ALL_ERRORS_MAX_NODES, MAX_VIOLATIONS, toViolation, MAX_VIOLATION_TEXT, capText */
/* harmony import */ var _ajv_load_cjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9867);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2995);
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2670);
/* harmony import */ var _within_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9627);





const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'http://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft-07/schema': 'draft-07',
};
/** The draft a schema declares; undefined $schema → 2020-12; anything else → an error reason. */
function draftOf(schema) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(schema) || schema.$schema === undefined)
        return { draft: '2020-12' };
    const s = schema.$schema;
    if (typeof s !== 'string')
        return { error: '$schema must be a string' };
    const d = DRAFTS[s.replace(/#$/, '')];
    if (!d)
        return { error: `unsupported $schema "${s}" (supported: draft 2020-12, 2019-09, draft-07)` };
    return { draft: d };
}
const re2Engine = Object.assign((pattern) => {
    const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(pattern);
    if (!c.ok)
        throw new Error(`invalid regex "${pattern}": ${c.reason}`);
    return c.re;
}, { code: 'assayRe2' });
// One ajv instance per draft and kind for the whole process: building one and checking a first schema
// against its meta-schema costs tens of milliseconds (docs/startup.md), compiling a tool schema on a warm
// one well under one. Compiled schemas are removed from the instance cache right away (the validate
// function keeps working), and `addUsedSchema: false` keeps `$id`s of different policies from colliding.
//
// Bounded work on hostile arguments (see docs/regex.md): a schema has two validators. The first-error
// one (`allErrors: false`) decides; only when it fails on a small argument (≤ ALL_ERRORS_MAX_NODES
// values) does the all-errors one list every violation. So a 16 MiB array of wrong items costs one pass
// and yields one violation, not millions. `uniqueItems` is a hashed check on canonical JSON (linear)
// instead of ajv's pairwise compare.
//
// Only the first-error compile checks a schema against its meta-schema, and only for schemas people
// wrote: the all-errors one compiles a body that already passed, on first need (most runs never list
// violations), and schemas Assay builds itself (constraints, require_args) are valid by construction.
const instances = new Map();
function instance(d, all, checkMeta) {
    const key = `${d}|${all ? 'all' : 'first'}|${checkMeta ? 'meta' : 'trusted'}`;
    let a = instances.get(key);
    if (!a) {
        const opts = {
            allErrors: all,
            strict: false,
            validateFormats: false,
            validateSchema: checkMeta,
            addUsedSchema: false,
            logger: false,
            code: { regExp: re2Engine },
        };
        const { Ajv, Ajv2019, Ajv2020 } = (0,_ajv_load_cjs__WEBPACK_IMPORTED_MODULE_0__/* .loadAjv */ .O)(); // first use loads ajv (docs/startup.md)
        const ajv = d === '2020-12' ? new Ajv2020(opts) : d === '2019-09' ? new Ajv2019(opts) : new Ajv(opts);
        ajv.addKeyword((0,_within_js__WEBPACK_IMPORTED_MODULE_4__/* .withinKeyword */ .HZ)());
        ajv.removeKeyword('uniqueItems');
        ajv.addKeyword({ keyword: 'uniqueItems', type: 'array', schemaType: 'boolean', errors: true, validate: uniqueItems });
        a = ajv;
        instances.set(key, a);
    }
    return a;
}
/** `uniqueItems` by hashing each item's canonical JSON: linear in the array's size. */
const uniqueItems = (schema, data) => {
    uniqueItems.errors = [];
    if (!schema || data.length < 2)
        return true;
    const seen = new Map();
    for (let j = 0; j < data.length; j++) {
        let key;
        try {
            key = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(data[j]);
        }
        catch {
            key = `\u0000${typeof data[j]}:${String(data[j])}`; // not JSON (never from a parsed trace)
        }
        const i = seen.get(key);
        if (i !== undefined) {
            uniqueItems.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i: j, j: i } }];
            return false;
        }
        seen.set(key, j);
    }
    return true;
};
class SchemaCompiler {
    /** Compile a schema that already passed checkSchema; a failure's reason is ajv's message. */
    compile(schema, opts = {}) {
        const d = draftOf(schema);
        if ('error' in d)
            return { ok: false, reason: d.error };
        // The instance already fixes the draft; drop $schema so its meta-schema lookup cannot differ.
        const body = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(schema) && schema.$schema !== undefined ? withoutKey(schema, '$schema') : schema;
        const draft = d.draft;
        try {
            const first = compileOn(instance(draft, false, opts.generated !== true), body);
            let all;
            let tried = false;
            const validate = {
                first,
                get all() {
                    if (!tried) {
                        tried = true;
                        try {
                            all = compileOn(instance(draft, true, false), body);
                        }
                        catch {
                            all = undefined; // the same body compiled for `first`; never expected
                        }
                    }
                    return all;
                },
            };
            return { ok: true, validate };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
    }
}
function compileOn(ajv, body) {
    try {
        return ajv.compile(body);
    }
    finally {
        try {
            if (typeof body === 'object' && body !== null)
                ajv.removeSchema(body);
        }
        catch {
            /* nothing cached */
        }
    }
}
/** Arguments with more values than this get the first violation only. */
const ALL_ERRORS_MAX_NODES = 10_000;
/** Most violations listed for one argument. */
const MAX_VIOLATIONS = 100;
/** True when `v` holds at most `limit` values (arrays/objects/scalars), counted with an early stop. */
function smallValue(v, limit) {
    let budget = limit;
    const stack = [v];
    while (stack.length > 0) {
        const x = stack.pop();
        if (--budget < 0)
            return false;
        if (typeof x === 'string' && x.length > MAX_VIOLATION_TEXT * 16)
            return false;
        if (Array.isArray(x)) {
            if (x.length > budget)
                return false;
            for (const e of x)
                stack.push(e);
        }
        else if (typeof x === 'object' && x !== null) {
            const vals = Object.values(x);
            if (vals.length > budget)
                return false;
            for (const e of vals)
                stack.push(e);
        }
    }
    return true;
}
function withoutKey(o, key) {
    const out = {};
    for (const k of Object.keys(o))
        if (k !== key)
            out[k] = o[k];
    return out;
}
function escapePointer(s) {
    return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}
/** ajv error → `{path, constraint, message}`; the path names the offending property itself. */
function toViolation(e) {
    const p = e.params;
    let path = e.instancePath;
    if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && p.missingProperty !== undefined) {
        path += `/${escapePointer(p.missingProperty)}`;
    }
    else if (e.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
        path += `/${escapePointer(p.additionalProperty)}`;
    }
    else if (e.keyword === 'unevaluatedProperties' && p.unevaluatedProperty !== undefined) {
        path += `/${escapePointer(p.unevaluatedProperty)}`;
    }
    else if (e.keyword === 'propertyNames' && p.propertyName !== undefined) {
        path += `/${escapePointer(p.propertyName)}`;
    }
    return { path: capText(path), constraint: e.keyword, message: capText(e.message ?? `must satisfy ${e.keyword}`) };
}
/** Longest message or path kept in a violation (UTF-16 units); longer ones are cut with a marker. */
const MAX_VIOLATION_TEXT = 4096;
function capText(s) {
    if (s.length <= MAX_VIOLATION_TEXT)
        return s;
    let head = s.slice(0, MAX_VIOLATION_TEXT);
    if (/[\ud800-\udbff]$/.test(head))
        head = head.slice(0, -1); // never split a surrogate pair
    const cut = Buffer.byteLength(s, 'utf8') - Buffer.byteLength(head, 'utf8');
    return `${head}…[truncated ${cut} bytes]`;
}
/**
 * Run a compiled schema. A regex whose input is too long for its proven work bound makes the
 * check fail (fail-closed): one violation naming the limit, whatever the schema around it says.
 */
function runValidator(v, args) {
    try {
        if (v.first(args))
            return [];
        const all = smallValue(args, ALL_ERRORS_MAX_NODES) ? v.all : undefined;
        if (all !== undefined && !all(args)) {
            return (all.errors ?? []).slice(0, MAX_VIOLATIONS).map(toViolation);
        }
    }
    catch (e) {
        if (e instanceof _regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .RegexBudgetError */ .$t) {
            return [{ path: '', constraint: 'pattern', message: capText(`cannot be checked: ${e.message} (denied: fail-closed)`) }];
        }
        throw e;
    }
    return (v.first.errors ?? []).slice(0, 1).map(toViolation);
}
// ---------- static checks with positions (before ajv sees the schema) ----------
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = [
    'additionalProperties',
    'additionalItems',
    'unevaluatedProperties',
    'unevaluatedItems',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'contentSchema',
];
const REF_KEYS = ['$ref', '$dynamicRef', '$recursiveRef'];
/**
 * Every RE2-incompatible `pattern`/`patternProperties`, every unusable `x-assay-within` list and every
 * external `$ref` of a schema, with the path of the offending value, so each is reported at its own line.
 */
function checkSchema(schema) {
    const issues = [];
    const seen = new Set();
    const walk = (node, path) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node) || seen.has(node))
            return;
        seen.add(node);
        for (const k of REF_KEYS) {
            const r = node[k];
            if (typeof r === 'string' && !r.startsWith('#')) {
                issues.push({ path: [...path, k], key: false, kind: 'ref', message: `external $ref is disabled ("${r}")` });
            }
        }
        if (typeof node.pattern === 'string') {
            const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(node.pattern);
            if (!c.ok)
                issues.push({ path: [...path, 'pattern'], key: false, kind: 'regex', message: c.reason });
        }
        if (node[_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW] !== undefined) {
            const w = (0,_within_js__WEBPACK_IMPORTED_MODULE_4__/* .withinListProblems */ .IQ)(node[_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW]);
            if (w.list)
                issues.push({ path: [...path, _within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW], key: false, kind: 'within', message: `${_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW} ${w.list}` });
            for (const it of w.items)
                issues.push({ path: [...path, _within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW, it.index], key: false, kind: 'within', message: `${_within_js__WEBPACK_IMPORTED_MODULE_4__/* .WITHIN_KEYWORD */ .wW}[${it.index}] ${it.message}` });
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node.patternProperties)) {
            for (const key of Object.keys(node.patternProperties)) {
                const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_2__/* .compileRegex */ .DL)(key);
                if (!c.ok)
                    issues.push({ path: [...path, 'patternProperties', key], key: true, kind: 'regex', message: c.reason });
            }
        }
        for (const k of SCHEMA_MAPS) {
            const m = node[k];
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(m))
                for (const [name, sub] of Object.entries(m))
                    walk(sub, [...path, k, name]);
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isPlainObject */ .Qd)(node.dependencies)) {
            for (const [name, sub] of Object.entries(node.dependencies))
                walk(sub, [...path, 'dependencies', name]);
        }
        for (const k of SCHEMA_LISTS) {
            const l = node[k];
            if (Array.isArray(l))
                l.forEach((sub, i) => walk(sub, [...path, k, i]));
        }
        if (Array.isArray(node.items))
            node.items.forEach((sub, i) => walk(sub, [...path, 'items', i]));
        else
            walk(node.items, [...path, 'items']);
        for (const k of SCHEMA_ONE)
            walk(node[k], [...path, k]);
    };
    walk(schema, []);
    return issues;
}


/***/ }),

/***/ 9627:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HZ: () => (/* binding */ withinKeyword),
/* harmony export */   IQ: () => (/* binding */ withinListProblems),
/* harmony export */   wW: () => (/* binding */ WITHIN_KEYWORD)
/* harmony export */ });
/* unused harmony exports normalizeAbsolutePath, isWithinFolder, folderProblem, WithinChecker */
// Path containment (`params.<name>.within`, schema keyword `x-assay-within`): an argument passes only if,
// after lexical normalisation, it is one of the allowed folders or lies below one, by whole segments.
// Purely lexical on purpose: the gate never touches the file system of the machine the tool runs on;
// symlinks are the sandbox's and the kernel's job (docs/authoring.md, "Path arguments").
const WITHIN_KEYWORD = 'x-assay-within';
/**
 * Lexical normalisation of an absolute POSIX path: repeated `/` collapse, `.` segments drop, `..` removes
 * the segment before it; a `..` with nothing left to remove climbs above the root and fails (rather than
 * being clamped to `/` as the kernel would: a path that tries it is hostile, not a path to serve).
 * Refused outright: the empty string, a relative path (no leading `/`, which includes `C:\…` and
 * `file://…`), a NUL byte (C APIs cut the path there) and a backslash (a separator on Windows servers).
 */
function normalizeAbsolutePath(p) {
    if (p.length === 0)
        return { ok: false, failure: 'empty' };
    if (p.includes('\u0000'))
        return { ok: false, failure: 'nul' };
    if (p.includes('\\'))
        return { ok: false, failure: 'backslash' };
    if (p.charCodeAt(0) !== 0x2f)
        return { ok: false, failure: 'relative' };
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..') {
            if (out.length === 0)
                return { ok: false, failure: 'escapes_root' };
            out.pop();
            continue;
        }
        out.push(seg);
    }
    return { ok: true, path: `/${out.join('/')}` };
}
/** `path` equals `folder` or lies below it, by whole segments; both already normalised. Case-sensitive. */
function isWithinFolder(path, folder) {
    if (folder === '/')
        return true;
    return path === folder || (path.length > folder.length && path.startsWith(folder) && path.charCodeAt(folder.length) === 0x2f);
}
/** Why an entry of a `within` list is unusable, or null. Folders must be absolute and may not use `..`. */
function folderProblem(folder) {
    if (typeof folder !== 'string')
        return 'must be a string (an absolute folder path)';
    const n = normalizeAbsolutePath(folder);
    if (!n.ok) {
        switch (n.failure) {
            case 'empty':
            case 'relative':
                return `must be an absolute path starting with "/" (got ${quote(folder)})`;
            case 'nul':
                return 'must not contain a NUL byte';
            case 'backslash':
                return `must not contain a backslash (got ${quote(folder)})`;
            case 'escapes_root':
                return `must not contain ".." (got ${quote(folder)})`;
        }
    }
    // A `..` that stays inside the root still makes the list say something other than what it means.
    if (folder.split('/').includes('..'))
        return `must not contain ".." (got ${quote(folder)})`;
    return null;
}
/** Problems of a whole `within` value: a non-empty list of folders; each item's problem by index. */
function withinListProblems(value) {
    if (!Array.isArray(value))
        return { list: 'must be a list of absolute folder paths', items: [] };
    if (value.length === 0)
        return { list: 'must list at least one folder (an empty list would deny every value)', items: [] };
    const items = [];
    value.forEach((f, index) => {
        const m = folderProblem(f);
        if (m)
            items.push({ index, message: m });
    });
    return { list: null, items };
}
/** A compiled containment check over already validated folders. */
class WithinChecker {
    folders;
    constructor(folders) {
        const norm = [];
        for (const f of folders) {
            const n = normalizeAbsolutePath(f);
            if (!n.ok || f.split('/').includes('..'))
                throw new Error(`invalid within folder ${quote(f)}`);
            norm.push(n.path);
        }
        this.folders = norm;
    }
    check(value) {
        if (typeof value !== 'string')
            return { ok: false, failure: 'not_string' };
        const n = normalizeAbsolutePath(value);
        if (!n.ok)
            return { ok: false, failure: n.failure };
        for (const f of this.folders)
            if (isWithinFolder(n.path, f))
                return { ok: true, normalized: n.path };
        return { ok: false, failure: 'outside', normalized: n.path };
    }
    /** The violation message for a failed check (values cut, so a huge argument cannot make a huge message). */
    message(value, r) {
        const allowed = this.folders.join(', ');
        switch (r.failure) {
            case 'not_string':
                return `must be a string path within ${allowed}`;
            case 'empty':
                return `must be a path within ${allowed} (got an empty string)`;
            case 'relative':
                return `must be an absolute path within ${allowed} (got ${quote(String(value))})`;
            case 'nul':
                return 'must not contain a NUL byte';
            case 'backslash':
                return `must not contain a backslash (got ${quote(String(value))})`;
            case 'escapes_root':
                return `climbs above the root with ".." (got ${quote(String(value))})`;
            case 'outside':
                return `resolves to ${quote(r.normalized ?? '')}, outside ${allowed}`;
        }
    }
}
const QUOTE_MAX = 200;
function quote(s) {
    const cut = s.length > QUOTE_MAX ? `${s.slice(0, QUOTE_MAX)}…` : s;
    return JSON.stringify(cut);
}
/**
 * The ajv keyword. It applies to every JSON type: a path constraint met by a number or an object fails
 * (fail-closed), unlike `pattern`, which ignores non-strings.
 */
function withinKeyword() {
    return {
        keyword: WITHIN_KEYWORD,
        schemaType: 'array',
        errors: true,
        compile(folders) {
            const p = withinListProblems(folders);
            const first = p.list ?? p.items[0]?.message;
            if (first !== undefined)
                throw new Error(`${WITHIN_KEYWORD} ${first}`);
            const checker = new WithinChecker(folders);
            const validate = (data) => {
                const r = checker.check(data);
                if (r.ok)
                    return true;
                validate.errors = [{ keyword: WITHIN_KEYWORD, message: checker.message(data, r), params: { within: checker.folders, failure: r.failure } }];
                return false;
            };
            return validate;
        },
    };
}


/***/ }),

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  $t: () => (/* binding */ RegexBudgetError),
  DL: () => (/* binding */ compileRegex)
});

// UNUSED EXPORTS: MAX_PROGRAM_SIZE, RE2_WORK_LIMIT

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/regex/fast-path.ts
// Safe fast path: translate an RE2 pattern into a V8 RegExp source ONLY when (a) every construct
// has been rewritten into explicit code-point sets whose meaning is the same in both engines and
// (b) V8's backtracker provably does at most linear work on any input. Anything else returns
// null and the caller keeps re2js. The pattern has already been accepted by re2js.
//
// Semantics kept identical by construction: the V8 regex runs with the `u` flag only (no i/m/s),
// so it works on code points; `.`, `\d \w \s`, POSIX classes and (?i) folding are expanded here
// into explicit ranges with RE2's ASCII definitions; `^`/`$` without (?m) are text anchors in both.
// Greedy vs lazy does not change whether a match exists, so (?U) and `*?` are accepted.
//
// Linear-time argument (test() only asks whether some match exists): a cost model (below) bounds
// the backtracker's steps by perChar · (n + 1) + constant, counting counted repeats by their count.
//  A. No unbounded repetition: each start position costs at most C(pattern) steps (one step when
//     the pattern is anchored by `^`, except at position 0).
//  B. Anchored at the start by `^` and exactly one unbounded repetition, over a single-character
//     set, at the top level: the repetition hands back each character once to the suffix.
// Both numbers must be within budget (FAST_PER_CHAR_BUDGET, FAST_CONSTANT_BUDGET); otherwise the
// pattern stays on re2js. Before the check, an unanchored leading `X{m,}` and any trailing `X{m,}`
// (X one character, also per top-level alternative) are reduced to `X{m}`: for "is there a match
// somewhere" the two are equivalent. See docs/regex.md.
const MAX_CP = 0x10ffff;
const MAX_PATTERN_LENGTH = 512;
class Unsupported extends Error {
}
// ---------- code-point sets ----------
function norm(pairs) {
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = [];
    for (const [lo, hi] of pairs) {
        const n = out.length;
        if (n > 0 && lo <= out[n - 1] + 1) {
            if (hi > out[n - 1])
                out[n - 1] = hi;
        }
        else
            out.push(lo, hi);
    }
    return out;
}
function toPairs(r) {
    const out = [];
    for (let i = 0; i < r.length; i += 2)
        out.push([r[i], r[i + 1]]);
    return out;
}
function union(...sets) {
    return norm(sets.flatMap(toPairs));
}
function complement(r) {
    const out = [];
    let next = 0;
    for (let i = 0; i < r.length; i += 2) {
        if (r[i] > next)
            out.push(next, r[i] - 1);
        next = r[i + 1] + 1;
    }
    if (next <= MAX_CP)
        out.push(next, MAX_CP);
    return out;
}
const single = (cp) => [cp, cp];
const D = [0x30, 0x39];
const S = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]; // RE2 \s = [\t\n\f\r ]
const W = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const POSIX = {
    alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
    alpha: [0x41, 0x5a, 0x61, 0x7a],
    ascii: [0x00, 0x7f],
    blank: [0x09, 0x09, 0x20, 0x20],
    cntrl: [0x00, 0x1f, 0x7f, 0x7f],
    digit: D,
    graph: [0x21, 0x7e],
    lower: [0x61, 0x7a],
    print: [0x20, 0x7e],
    punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
    space: [0x09, 0x0d, 0x20, 0x20],
    upper: [0x41, 0x5a],
    word: W,
    xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};
/**
 * Case-fold closure (RE2 simple folding) of an ASCII-only set. The only non-ASCII code points in
 * the fold orbits of ASCII letters are U+212A KELVIN SIGN (k) and U+017F LONG S (s). A set with a
 * non-ASCII member is refused: folding it would need Unicode tables.
 */
function foldAscii(r) {
    const pairs = toPairs(r);
    const extra = [];
    const has = (cp) => pairs.some(([lo, hi]) => lo <= cp && cp <= hi);
    for (const [lo, hi] of pairs) {
        if (hi > 0x7f)
            throw new Unsupported('non-ASCII under (?i)');
        const ulo = Math.max(lo, 0x41);
        const uhi = Math.min(hi, 0x5a);
        if (ulo <= uhi)
            extra.push([ulo + 32, uhi + 32]);
        const llo = Math.max(lo, 0x61);
        const lhi = Math.min(hi, 0x7a);
        if (llo <= lhi)
            extra.push([llo - 32, lhi - 32]);
    }
    if (has(0x6b) || has(0x4b))
        extra.push([0x212a, 0x212a]);
    if (has(0x73) || has(0x53))
        extra.push([0x17f, 0x17f]);
    return norm([...pairs, ...extra]);
}
// ---------- parser (the RE2 subset the fast path understands) ----------
class Parser {
    cps;
    pos = 0;
    fold = false;
    dotAll = false;
    constructor(pattern) {
        this.cps = Array.from(pattern, (c) => c.codePointAt(0));
    }
    parse() {
        // Flag groups are understood only at the very start (e.g. the `(?is)` prefix of `flags`).
        while (this.peekStr('(?') && this.leadingFlags()) {
            /* consumed */
        }
        const n = this.alt();
        if (this.pos < this.cps.length)
            throw new Unsupported('trailing input');
        return n;
    }
    peek(o = 0) {
        return this.cps[this.pos + o];
    }
    peekStr(s) {
        for (let i = 0; i < s.length; i++)
            if (this.cps[this.pos + i] !== s.charCodeAt(i))
                return false;
        return true;
    }
    leadingFlags() {
        let i = this.pos + 2;
        const letters = [];
        while (i < this.cps.length && /[A-Za-z-]/.test(String.fromCodePoint(this.cps[i]))) {
            letters.push(this.cps[i]);
            i++;
        }
        // Not `(?letters)`: a group such as `(?:…)` or `(?P<n>…)`, parsed by atom().
        if (this.cps[i] !== 0x29 /* ) */ || letters.length === 0)
            return false;
        for (const l of letters) {
            const c = String.fromCodePoint(l);
            if (c === 'i')
                this.fold = true;
            else if (c === 's')
                this.dotAll = true;
            else if (c === 'U')
                continue; // greediness does not change test()
            else
                throw new Unsupported(`flag ${c}`);
        }
        this.pos = i + 1;
        return true;
    }
    alt() {
        const alts = [this.cat()];
        while (this.peek() === 0x7c /* | */) {
            this.pos++;
            alts.push(this.cat());
        }
        if (alts.length === 1)
            return alts[0];
        // `a|b|[cd]` is the set [a-d]: one step instead of an alternation's fan-out.
        if (alts.every((a) => a.t === 'set'))
            return { t: 'set', r: union(...alts.map((a) => a.r)) };
        return { t: 'alt', alts };
    }
    cat() {
        const items = [];
        for (;;) {
            const c = this.peek();
            if (c === undefined || c === 0x7c || c === 0x29)
                break;
            let atom = this.atom();
            let quantified = false;
            for (;;) {
                const q = this.quantifier();
                if (!q)
                    break;
                if (quantified)
                    throw new Unsupported('stacked quantifiers');
                if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'wb')
                    throw new Unsupported('quantified assertion');
                atom = { t: 'rep', node: atom, min: q.min, max: q.max };
                quantified = true;
                if (this.peek() === 0x3f /* ? lazy */)
                    this.pos++;
            }
            items.push(atom);
        }
        return items.length === 1 ? items[0] : { t: 'cat', items };
    }
    quantifier() {
        const c = this.peek();
        if (c === 0x2a)
            return this.take(1, { min: 0, max: -1 });
        if (c === 0x2b)
            return this.take(1, { min: 1, max: -1 });
        if (c === 0x3f)
            return this.take(1, { min: 0, max: 1 });
        if (c !== 0x7b)
            return null;
        // {n} {n,} {n,m}; anything else is a literal `{` in RE2, which we leave to re2js.
        let i = this.pos + 1;
        const num = () => {
            const start = i;
            while (i < this.cps.length && this.cps[i] >= 0x30 && this.cps[i] <= 0x39)
                i++;
            if (i === start || i - start > 4)
                return null;
            return Number(String.fromCodePoint(...this.cps.slice(start, i)));
        };
        const min = num();
        if (min === null)
            throw new Unsupported('literal {');
        let max = min;
        if (this.cps[i] === 0x2c) {
            i++;
            if (this.cps[i] === 0x7d)
                max = -1;
            else {
                const m = num();
                if (m === null)
                    throw new Unsupported('literal {');
                max = m;
            }
        }
        if (this.cps[i] !== 0x7d)
            throw new Unsupported('literal {');
        this.pos = i + 1;
        return { min, max };
    }
    take(n, v) {
        this.pos += n;
        return v;
    }
    lit(cp) {
        return { t: 'set', r: this.fold ? foldAscii(single(cp)) : single(cp) };
    }
    atom() {
        const c = this.peek();
        switch (c) {
            case 0x28: // (
                return this.group();
            case 0x2e: // .
                this.pos++;
                return { t: 'set', r: this.dotAll ? [0, MAX_CP] : [0, 0x09, 0x0b, MAX_CP] };
            case 0x5e: // ^
                this.pos++;
                return { t: 'bol' };
            case 0x24: // $
                this.pos++;
                return { t: 'eol' };
            case 0x5b: // [
                return { t: 'set', r: this.charClass() };
            case 0x5c: // backslash
                return this.escapeOutside();
            case 0x2a:
            case 0x2b:
            case 0x3f:
            case 0x7b:
                throw new Unsupported('bare quantifier character');
            default:
                this.pos++;
                return this.lit(c);
        }
    }
    group() {
        this.pos++; // (
        if (this.peek() === 0x3f /* ? */) {
            if (this.peekStr('?:'))
                this.pos += 2;
            else if (this.peekStr('?P<') || this.peekStr('?<')) {
                while (this.pos < this.cps.length && this.peek() !== 0x3e /* > */)
                    this.pos++;
                this.pos++;
            }
            else
                throw new Unsupported('group flags');
        }
        const inner = this.alt();
        if (this.peek() !== 0x29)
            throw new Unsupported('unclosed group');
        this.pos++;
        return inner;
    }
    escapeOutside() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const ch = String.fromCodePoint(e);
        if (ch === 'b' || ch === 'B') {
            this.pos += 2;
            return { t: 'wb', neg: ch === 'B' };
        }
        if (ch === 'A') {
            this.pos += 2;
            return { t: 'bol' };
        }
        if (ch === 'z') {
            this.pos += 2;
            return { t: 'eol' };
        }
        const perl = this.perlClass();
        if (perl)
            return { t: 'set', r: perl };
        return this.lit(this.escapedChar());
    }
    /** `\d \D \s \S \w \W` at the cursor (folded as RE2 does under (?i)), else null. */
    perlClass() {
        if (this.peek() !== 0x5c)
            return null;
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            return null;
        const ch = String.fromCodePoint(e);
        const base = ch === 'd' || ch === 'D' ? D : ch === 's' || ch === 'S' ? S : ch === 'w' || ch === 'W' ? W : null;
        if (!base)
            return null;
        this.pos += 2;
        return this.group2set(base, ch === ch.toUpperCase());
    }
    group2set(base, negated) {
        const pos = this.fold ? foldAscii(base) : base;
        return negated ? complement(pos) : pos;
    }
    /** A single escaped character (`\n`, `\x{41}`, `\.`); other escapes are left to re2js. */
    escapedChar() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        const ch = String.fromCodePoint(e);
        if (simple[ch] !== undefined) {
            this.pos += 2;
            return simple[ch];
        }
        if (ch === 'x') {
            let i = this.pos + 2;
            let hex = '';
            if (this.cps[i] === 0x7b) {
                i++;
                while (i < this.cps.length && this.cps[i] !== 0x7d)
                    hex += String.fromCodePoint(this.cps[i++]);
                i++;
            }
            else {
                hex = String.fromCodePoint(...this.cps.slice(i, i + 2));
                i += 2;
            }
            if (!/^[0-9a-fA-F]{1,8}$/.test(hex))
                throw new Unsupported('bad hex');
            const cp = parseInt(hex, 16);
            if (cp > MAX_CP)
                throw new Unsupported('bad hex');
            this.pos = i;
            return cp;
        }
        // RE2: any ASCII punctuation may be escaped to stand for itself.
        if (e < 0x80 && !/[0-9A-Za-z]/.test(ch)) {
            this.pos += 2;
            return e;
        }
        throw new Unsupported(`escape \\${ch}`);
    }
    charClass() {
        this.pos++; // [
        let negated = false;
        if (this.peek() === 0x5e) {
            negated = true;
            this.pos++;
        }
        const parts = [];
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                throw new Unsupported('unclosed class');
            if (c === 0x5d /* ] */ && !first)
                break;
            first = false;
            if (this.peekStr('[:')) {
                parts.push(this.posixClass());
                continue;
            }
            const perl = this.perlClass();
            if (perl) {
                parts.push(perl);
                continue;
            }
            const lo = this.classChar();
            let hi = lo;
            if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
                this.pos++;
                hi = this.classChar();
                if (hi < lo)
                    throw new Unsupported('bad range');
            }
            parts.push(this.fold ? foldAscii([lo, hi]) : [lo, hi]);
        }
        this.pos++; // ]
        const set = union(...parts);
        return negated ? complement(set) : set;
    }
    classChar() {
        const c = this.peek();
        if (c === undefined)
            throw new Unsupported('unclosed class');
        if (c === 0x5c) {
            const e = this.cps[this.pos + 1];
            if (e !== undefined && /[dDsSwWpPbBAzQE]/.test(String.fromCodePoint(e)))
                throw new Unsupported('class escape');
            return this.escapedChar();
        }
        this.pos++;
        return c;
    }
    posixClass() {
        let i = this.pos + 2;
        let name = '';
        while (i < this.cps.length && this.cps[i] !== 0x3a)
            name += String.fromCodePoint(this.cps[i++]);
        if (this.cps[i + 1] !== 0x5d)
            throw new Unsupported('not a POSIX class');
        const neg = name.startsWith('^');
        const base = POSIX[neg ? name.slice(1) : name];
        if (!base)
            throw new Unsupported('unknown POSIX class');
        this.pos = i + 2;
        return this.group2set(base, neg);
    }
}
// ---------- safety analysis: a backtracking-cost bound ----------
//
// For a node N entered at one input position, V8's backtracker (no memoisation) explores at most
// the tree of N's paths. Two numbers bound that tree:
//   W(N) = how many ways N can end successfully (each is a separate continuation of what follows),
//   C(N) = steps (node visits, one character test each) spent inside N over all those ways.
// A concatenation A·B costs C(A) + W(A)·C(B); an alternation 1 + ΣC; X{k} unrolls to k copies of X
// and X{0,j} to j nested optional copies. Counted repeats are charged by their count, not by their
// length in the pattern text (so `[ab]{160}` costs 160, and nesting multiplies).
/** Work above this is treated as unbounded (and every comparison with a budget fails). */
const CAP = 1e15;
const cap = (x) => (x > CAP || Number.isNaN(x) ? CAP : x);
function repCost(body, min, max) {
    // Fixed part X^min.
    let w = 1;
    let c = 0;
    for (let k = 0; k < min && c < CAP; k++) {
        c = cap(c + w * body.c);
        w = cap(w * body.w);
    }
    // Optional part X{0,j}, built from the innermost copy outwards.
    let ow = 1;
    let oc = 0;
    for (let k = 0; k < max - min && oc < CAP; k++) {
        oc = cap(1 + body.c + body.w * oc);
        ow = cap(1 + body.w * ow);
    }
    return { w: cap(w * ow), c: cap(c + w * oc) };
}
function cost(n) {
    switch (n.t) {
        case 'set':
        case 'bol':
        case 'eol':
        case 'wb':
            return { w: 1, c: 1 };
        case 'cat':
            return catCost(n.items);
        case 'alt': {
            let w = 0;
            let c = 1;
            for (const a of n.alts) {
                const k = cost(a);
                w = cap(w + k.w);
                c = cap(c + k.c);
            }
            return { w, c };
        }
        case 'rep':
            if (n.max < 0)
                return { w: CAP, c: CAP };
            return repCost(cost(n.node), n.min, n.max);
    }
}
function catCost(items) {
    let w = 1;
    let c = 0;
    for (let i = items.length - 1; i >= 0; i--) {
        const k = cost(items[i]);
        c = cap(k.c + k.w * c);
        w = cap(k.w * w);
    }
    return { w, c };
}
/**
 * Per-character and constant work of matching `items` (a top-level sequence after reduction) over
 * an input of n characters: total steps ≤ perChar · (n + 1) + constant.
 */
function boundOf(items) {
    const anchoredStart = items[0]?.t === 'bol';
    const unbounded = items.filter(isUnboundedChar);
    if (unbounded.length === 0) {
        const k = catCost(items);
        // Anchored: only position 0 gets past `^` (every other start costs one step).
        return anchoredStart ? { perChar: 1, constant: k.c } : { perChar: k.c, constant: 0 };
    }
    // One unbounded repeat of a single-character set X{m,}, anchored at the start: for each way
    // through the prefix P it consumes up to n characters, then gives them back one at a time, each
    // time running the suffix S once.
    if (unbounded.length !== 1 || !anchoredStart)
        return null;
    const at = items.indexOf(unbounded[0]);
    const rep = items[at];
    const p = catCost(items.slice(0, at));
    const s = catCost(items.slice(at + 1));
    return { perChar: cap(1 + p.w * (2 + s.c)), constant: cap(p.c + p.w * rep.min) };
}
const isUnboundedChar = (n) => n !== undefined && n.t === 'rep' && n.max < 0 && n.node.t === 'set';
/** `X{m,M}` or `X{m,}` over one character with M > m: reducible at an unanchored edge. */
const isVariableChar = (n) => n !== undefined && n.t === 'rep' && n.node.t === 'set' && (n.max < 0 || n.max > n.min);
function fixed(n) {
    return n.min === 0 ? [] : [{ t: 'rep', node: n.node, min: n.min, max: n.min }];
}
function itemsOf(n) {
    return n.t === 'cat' ? [...n.items] : [n];
}
/**
 * For "is there a match somewhere", an unanchored leading `X{m,}`/`X{m,M}` and any trailing one (X
 * one character) need only their first m characters: `a+b` matches where `ab` does, `secret.*`
 * where `secret` does, `[a-z]{1,255}@` where `[a-z]@` does. Applied to each alternative of a
 * top-level alternation too.
 */
function reduce(items) {
    let out = items;
    if (out[0]?.t !== 'bol') {
        while (isVariableChar(out[0]))
            out = [...fixed(out[0]), ...out.slice(1)];
    }
    while (isVariableChar(out[out.length - 1])) {
        const last = out[out.length - 1];
        out = [...out.slice(0, -1), ...fixed(last)];
    }
    return out;
}
/** Budget per input character: at ≤ 10 ns a step (measured), a 1 MB argument stays under a second. */
const FAST_PER_CHAR_BUDGET = 64;
/** Budget for the part of the work that does not grow with the input. */
const FAST_CONSTANT_BUDGET = 1_000_000;
/** The reduced pattern and its proven bound, or null when no bound within budget exists. */
function plan(root) {
    let items;
    let bound;
    if (root.t === 'alt') {
        // Each alternative reduced on its own; all must then be free of unbounded repeats.
        const alts = root.alts.map((a) => reduce(itemsOf(a)));
        const alt = { t: 'alt', alts: alts.map((a) => (a.length === 1 ? a[0] : { t: 'cat', items: a })) };
        items = [alt];
        bound = boundOf(items);
    }
    else {
        items = reduce(itemsOf(root));
        bound = boundOf(items);
    }
    if (bound === null)
        return null;
    if (!(bound.perChar <= FAST_PER_CHAR_BUDGET && bound.constant <= FAST_CONSTANT_BUDGET))
        return null;
    return { items, ...bound };
}
// ---------- emission (V8 syntax with the `u` flag) ----------
function esc(cp) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
        return String.fromCharCode(cp);
    }
    return `\\u{${cp.toString(16)}}`;
}
function emit(n) {
    switch (n.t) {
        case 'set': {
            if (n.r.length === 2 && n.r[0] === n.r[1])
                return esc(n.r[0]);
            let s = '[';
            for (let i = 0; i < n.r.length; i += 2) {
                const lo = n.r[i];
                const hi = n.r[i + 1];
                s += lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`;
            }
            return s + ']';
        }
        case 'bol':
            return '^';
        case 'eol':
            return '$';
        case 'wb':
            return n.neg ? '\\B' : '\\b';
        case 'cat':
            return n.items.map(emit).join('');
        case 'alt':
            return `(?:${n.alts.map(emit).join('|')})`;
        case 'rep': {
            const inner = n.node.t === 'set' ? emit(n.node) : `(?:${emit(n.node)})`;
            const q = n.min === 0 && n.max < 0
                ? '*'
                : n.min === 1 && n.max < 0
                    ? '+'
                    : n.min === 0 && n.max === 1
                        ? '?'
                        : n.max < 0
                            ? `{${n.min},}`
                            : n.min === n.max
                                ? `{${n.min}}`
                                : `{${n.min},${n.max}}`;
            return inner + q;
        }
    }
}
/** The fast path's parse of `pattern` (its RE2 subset), or null outside the subset. For tests. */
function parseFastSubset(pattern) {
    try {
        return new Parser(pattern).parse();
    }
    catch (e) {
        if (e instanceof Unsupported)
            return null;
        throw e;
    }
}
/** Classify a pattern: V8 with its proven linear bound, or re2js with the reason. */
function analyzeFastPath(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        return { source: null, perChar: CAP, constant: CAP, reason: 'pattern too long' };
    const root = parseFastSubset(pattern);
    if (root === null)
        return { source: null, perChar: CAP, constant: CAP, reason: 'outside the translated subset' };
    const p = plan(root);
    if (p === null)
        return { source: null, perChar: CAP, constant: CAP, reason: 'no linear bound within budget' };
    const node = p.items.length === 1 ? p.items[0] : { t: 'cat', items: p.items };
    return { source: p.items.map(emit).join(''), perChar: p.perChar, constant: p.constant, node };
}
/**
 * V8 source (to compile with flag `u`) equivalent to the RE2 `pattern` for test(), or null when
 * the pattern is outside the subset or its V8 backtracking is not provably linear within budget.
 */
function translateToV8(pattern) {
    return analyzeFastPath(pattern).source;
}

;// CONCATENATED MODULE: ./src/core/regex/re2.ts
// The only module that compiles user regexes (policies and eval configs).
// RE2 syntax in, a linear-time matcher out. re2js (a pure-JS RE2 port) is the syntax authority
// and the default matcher; a pattern that provably cannot backtrack super-linearly is translated
// to an equivalent V8 RegExp (fast-path.ts), which is ~25x faster per match.
//
// re2js is linear, but its constant grows with the program: when its lazy DFA thrashes it costs up
// to ~50-100 ns per (input character × program instruction), measured. So a re2js match runs only
// while characters × instructions ≤ RE2_WORK_LIMIT (about a second at worst); a longer input throws
// RegexBudgetError, which every caller treats as a failed check (fail-closed). Programs above
// MAX_PROGRAM_SIZE are refused at load. See docs/regex.md.


/** Worst-case re2js work allowed per match, in input characters × program instructions. */
const RE2_WORK_LIMIT = 3_000_000;
/** Largest re2js program accepted at load (instructions; `a{1000}` is about 1,000): every accepted pattern handles ≥ 1,000 characters. */
const MAX_PROGRAM_SIZE = 3_000;
/** A match refused because the input is too long for the pattern's proven work bound. */
class RegexBudgetError extends Error {
    source;
    inputLength;
    maxInputLength;
    constructor(source, inputLength, maxInputLength) {
        super(`input of ${inputLength} characters exceeds the ${maxInputLength}-character limit for regex \`${source.length > 80 ? source.slice(0, 80) + '…' : source}\``);
        this.source = source;
        this.name = 'RegexBudgetError';
        this.inputLength = inputLength;
        this.maxInputLength = maxInputLength;
    }
}
const FLAG_LETTERS = new Set(['i', 'm', 's', 'U']);
const CACHE_LIMIT = 4096;
const cache = new Map();
/**
 * Compile an RE2 pattern. `flags` (e.g. "is") prefixes the pattern with `(?is)`.
 * Never throws: an unsupported or invalid pattern yields `{ok: false, reason}` where reason is
 * e.g. "look-around is not supported".
 */
function compileRegex(pattern, flags) {
    if (typeof pattern !== 'string')
        return { ok: false, reason: 'pattern must be a string' };
    let prefix = '';
    if (flags !== undefined && flags !== '') {
        for (const f of flags) {
            if (!FLAG_LETTERS.has(f))
                return { ok: false, reason: `unknown flag "${f}" (allowed: i, m, s, U)` };
        }
        prefix = `(?${[...new Set(flags)].join('')})`;
    }
    const source = prefix + pattern;
    const hit = cache.get(source);
    if (hit)
        return hit;
    const result = compileUncached(source);
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(source, result);
    return result;
}
function compileUncached(source) {
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(source);
    }
    catch (e) {
        return { ok: false, reason: explainSyntaxError(e, source) };
    }
    const fast = analyzeFastPath(source);
    if (fast.source !== null) {
        let native;
        try {
            native = new RegExp(fast.source, 'u');
        }
        catch {
            native = undefined; // a translation V8 refuses is simply not used
        }
        if (native) {
            const rx = native;
            return {
                ok: true,
                re: { test: (s) => rx.test(s), source, engine: 'v8', maxInputLength: Infinity, toString: () => `re2:${source}` },
            };
        }
    }
    const size = re2.programSize();
    if (size > MAX_PROGRAM_SIZE) {
        return { ok: false, reason: `pattern too large: it compiles to ${size} instructions (limit ${MAX_PROGRAM_SIZE}); shorten counted repeats or alternations` };
    }
    const maxInputLength = Math.floor(RE2_WORK_LIMIT / Math.max(1, size));
    return {
        ok: true,
        re: {
            test: (s) => {
                if (s.length > maxInputLength)
                    throw new RegexBudgetError(source, s.length, maxInputLength);
                return re2.test(s);
            },
            source,
            engine: 're2js',
            maxInputLength,
            toString: () => `re2:${source}`,
        },
    };
}
/** Turn a re2js syntax exception into a short reason naming what RE2 refuses. */
function explainSyntaxError(e, source) {
    const err = e;
    const kind = typeof err.error === 'string' ? err.error : '';
    const input = typeof err.input === 'string' ? err.input : '';
    if (/^\(\?<?[=!]/.test(input) && (kind.includes('Perl syntax') || kind.includes('named capture'))) {
        return 'look-around is not supported';
    }
    if (kind === 'invalid escape sequence' && /^\\([1-9]|k|g)/.test(input)) {
        return 'back-references are not supported';
    }
    if (kind.includes('Perl syntax') && /\(\?P[=>]/.test(source))
        return 'back-references are not supported';
    if (kind === 'invalid nested repetition operator' && input.endsWith('+')) {
        return 'possessive quantifiers are not supported';
    }
    if (kind !== '')
        return input !== '' ? `${kind}: \`${input}\`` : kind;
    const msg = typeof err.message === 'string' ? err.message : String(e);
    return msg.replace(/^error parsing regexp: /, '');
}


/***/ }),

/***/ 6203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ suggestKey),
/* harmony export */   VP: () => (/* binding */ unknownKeyMessage),
/* harmony export */   Wo: () => (/* binding */ findUnknownKeys),
/* harmony export */   bi: () => (/* binding */ closestKey)
/* harmony export */ });
/* unused harmony exports RULE_META_KEYS, isExtensionKey, editDistance */
// The one unknown-key check for policies and eval configs: a typo must never remove a rule silently,
// so an unknown key is an error (with "did you mean") unless the caller is lenient, in which case it is
// a warning. See docs/decisions.md, "Strict input".
/** Keys every rule object accepts besides its documented ones (labels only; `x-*` is checked apart). */
const RULE_META_KEYS = ['id', 'description', 'title'];
/** `x-…` keys: extension/anchor holders allowed in rule objects. */
function isExtensionKey(key) {
    return key.startsWith('x-');
}
/** Levenshtein distance, stopping early above `max`. */
function editDistance(a, b, max = 2) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The single known key within distance 2 that the mapping does not already have, else null. */
function closestKey(key, known, present) {
    const hits = known.filter((k) => !present.includes(k) && editDistance(key, k) <= 2);
    return hits.length === 1 ? hits[0] : null;
}
/**
 * The known key a misspelt `key` most likely meant: the unique nearest one (case-insensitive) within
 * distance 2 (1 for keys of up to 3 characters, where 2 edits make almost anything match), else null.
 */
function suggestKey(key, known) {
    const max = key.length <= 3 ? 1 : 2;
    const lower = key.toLowerCase();
    let best = null;
    let bestD = max + 1;
    let tie = false;
    for (const k of known) {
        const d = editDistance(lower, k.toLowerCase(), max);
        if (d < bestD) {
            best = k;
            bestD = d;
            tie = false;
        }
        else if (d === bestD)
            tie = true;
    }
    return bestD <= max && !tie ? best : null;
}
/**
 * The keys of `obj` outside `allowed`, in key order, each with its message. `where` completes the
 * message: "at top level", "in tools", "in sequences[0]".
 */
function findUnknownKeys(obj, allowed, where, opts = {}) {
    const out = [];
    for (const key of Object.keys(obj)) {
        if (allowed.includes(key) || opts.accepted?.includes(key))
            continue;
        if (opts.rule && (RULE_META_KEYS.includes(key) || isExtensionKey(key)))
            continue;
        const suggestion = suggestKey(key, [...allowed, ...(opts.accepted ?? [])]);
        out.push({ key, suggestion, message: unknownKeyMessage(key, where, allowed, suggestion, opts.rule === true) });
    }
    return out;
}
function unknownKeyMessage(key, where, allowed, suggestion, rule = false) {
    const hint = suggestion !== null ? `; did you mean "${suggestion}"?` : '';
    const extra = rule ? ', id, description, title, x-*' : '';
    return `unknown key "${key}" ${where}${hint} (allowed: ${allowed.join(', ')}${extra})`;
}


/***/ }),

/***/ 9867:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


// ajv, loaded on the first schema compile rather than at start-up (docs/startup.md): most runs (the
// hook, policies without schemas, --help) never compile one. CommonJS on purpose: policy loading is
// synchronous, and a `require` inside a function is the one form that both Node (from source) and the
// bundler (which inlines it and evaluates it on first call) load lazily and synchronously.
exports.O = function loadAjv() {
  return {
    Ajv: (__webpack_require__(2463).Ajv),
    Ajv2019: (__webpack_require__(878).Ajv2019),
    Ajv2020: (__webpack_require__(2210).Ajv2020),
  };
};


/***/ })

};
