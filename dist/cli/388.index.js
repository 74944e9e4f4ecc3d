export const id = 388;
export const ids = [388];
export const modules = {

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ judgePath),
/* harmony export */   HM: () => (/* binding */ portOf),
/* harmony export */   O4: () => (/* binding */ DANGEROUS_TOOL_PATTERNS),
/* harmony export */   U7: () => (/* binding */ judgeDest),
/* harmony export */   Z9: () => (/* binding */ dangerousPattern),
/* harmony export */   ox: () => (/* binding */ DEFAULT_ENTROPY_THRESHOLD),
/* harmony export */   sb: () => (/* binding */ SENSITIVE_PORTS)
/* harmony export */ });
/* unused harmony exports ENTROPY_DENY, shannonBits, isExemptPath */
/* harmony import */ var _policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8085);
// The risk heuristics of `assay generate --heuristics` (also record's step 3): path entropy, hash-like
// segments and sensitive ports; for tool-call traces also the dangerous tool names.

const DEFAULT_ENTROPY_THRESHOLD = 3.8;
/** Above this many bits a path segment is a deny recommendation (the reference's threshold). */
const ENTROPY_DENY = 4.5;
const SENSITIVE_PORTS = new Set([22, 23, 139, 445, 1433, 3306, 3389, 5432]);
const EXEMPT_PATH_PARTS = ['/proc/', '/sys/', '/run/user/'];
/** Shannon entropy in bits per character (code points). */
function shannonBits(s) {
    const counts = new Map();
    let n = 0;
    for (const ch of s) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        n++;
    }
    let h = 0;
    for (const c of counts.values()) {
        const p = c / n;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Paths under /proc, /sys, /run/user and shared-library versions are never risky (noise). */
function isExemptPath(path) {
    return EXEMPT_PATH_PARTS.some((p) => path.includes(p)) || path.includes('.so.');
}
/** Entropy and hash checks of one path. */
function judgePath(path, entropyThreshold = DEFAULT_ENTROPY_THRESHOLD) {
    if (isExemptPath(path))
        return { reasons: [] };
    const reasons = [];
    let risk;
    let best = 0;
    for (const seg of path.split('/')) {
        if ([...seg].length >= 8)
            best = Math.max(best, shannonBits(seg));
        if (seg.length >= 32) {
            let hex = 0;
            for (const c of seg)
                if (/[0-9a-fA-F]/.test(c))
                    hex++;
            if (hex / seg.length > 0.8) {
                risk = 'needs_review';
                reasons.push('looks like hash');
            }
        }
    }
    if (best > ENTROPY_DENY) {
        risk = 'deny_recommended';
        reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
    }
    else if (best >= entropyThreshold) {
        risk ??= 'needs_review';
        reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
    }
    return risk ? { risk, reasons } : { reasons };
}
/** The port of `host:port`, `[v6]:port` or a URL authority; NaN when there is none. */
function portOf(dest) {
    const m = /:(\d{1,5})$/.exec(dest);
    return m ? Number(m[1]) : NaN;
}
/** Sensitive destination ports. */
function judgeDest(dest) {
    const port = portOf(dest);
    return SENSITIVE_PORTS.has(port) ? { risk: 'needs_review', reasons: [`sensitive port ${port}`] } : { reasons: [] };
}
/**
 * Tool names that run commands or code. A generated policy always denies these patterns; an observed
 * tool that matches one is denied under --heuristics (and allowed, with the pattern dropped, without).
 */
const DANGEROUS_TOOL_PATTERNS = [
    'exec*',
    '*.exec',
    '*_exec',
    'shell*',
    '*.shell',
    '*_shell',
    'bash*',
    'powershell*',
    'cmd',
    'spawn*',
    'subprocess*',
    'sudo*',
    'eval',
    'run_command*',
    'terminal*',
    'python_sandbox*',
];
const DANGEROUS = DANGEROUS_TOOL_PATTERNS.map((p) => (0,_policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(p));
/** The first dangerous pattern a tool name matches, or null. */
function dangerousPattern(name) {
    const m = DANGEROUS.find((p) => p.test(name));
    return m ? m.pattern : null;
}


/***/ }),

/***/ 975:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ ToolStatsBuilder),
/* harmony export */   VV: () => (/* binding */ mergeToolStat)
/* harmony export */ });
/* unused harmony exports MAX_ORIGINS, jsonType, commonDirPrefix, mergeShape */
/* harmony import */ var _render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1103);
/* harmony import */ var _heuristics_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(850);
// What `generate` and `profile` learn from tool calls: per tool, how often it was called and, per
// argument, the JSON types seen and a mergeable shape of its string values (common directory prefix of
// paths, the origins of URLs). Two summaries merge into one (profiles merge runs), so a single run and a
// profile go through the same policy builder.


const MAX_ORIGINS = 5;
const MAX_REVIEW = 5;
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function jsonType(v) {
    if (v === null || v === undefined)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    switch (typeof v) {
        case 'boolean':
            return 'boolean';
        case 'number':
            return Number.isInteger(v) ? 'integer' : 'number';
        case 'string':
            return 'string';
        default:
            return 'object';
    }
}
function addType(list, t) {
    if (list.includes(t))
        return list;
    return [...list, t].sort(cmp);
}
const URL_RE = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+)/;
function isPathLike(s) {
    return (s.startsWith('/') || s.startsWith('~/') || s.startsWith('./') || s.startsWith('../')) && !/[\r\n]/.test(s);
}
function dirOf(s) {
    return s.slice(0, s.lastIndexOf('/') + 1);
}
/** Longest common prefix made of whole `/` segments. */
function commonDirPrefix(a, b) {
    if (a === b)
        return a;
    const sa = a.split('/');
    const sb = b.split('/');
    const n = Math.min(sa.length, sb.length) - 1; // the last element follows the final `/`
    let i = 0;
    while (i < n && sa[i] === sb[i])
        i++;
    return i === 0 ? '' : sa.slice(0, i).join('/') + '/';
}
function shapeOf(s) {
    if (isPathLike(s))
        return s.split('/').includes('..') ? { kind: 'path', prefix: dirOf(s), traversal: true } : { kind: 'path', prefix: dirOf(s) };
    const m = URL_RE.exec(s);
    if (m)
        return { kind: 'url', origins: [m[1]] };
    return { kind: 'text' };
}
function mergeShape(a, b) {
    if (!a)
        return b;
    if (a.kind !== b.kind || a.kind === 'text')
        return { kind: 'text' };
    if (a.kind === 'path') {
        const prefix = commonDirPrefix(a.prefix ?? '', b.prefix ?? '');
        return a.traversal || b.traversal ? { kind: 'path', prefix, traversal: true } : { kind: 'path', prefix };
    }
    if (a.origins === null || b.origins === null || a.origins === undefined || b.origins === undefined)
        return { kind: 'url', origins: null };
    const all = [...new Set([...a.origins, ...b.origins])].sort(cmp);
    return { kind: 'url', origins: all.length > MAX_ORIGINS ? null : all };
}
function shown(value) {
    return (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .boundText */ .O6)((0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeText */ .Hk)(value).replace(/[\r\n\t]/g, ' '), 60);
}
/** Heuristic remarks on one string value (heuristics applied to arguments). */
function reviewValue(s, shape, entropyThreshold) {
    if (shape.kind === 'path') {
        const j = (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_1__/* .judgePath */ .DQ)(s, entropyThreshold);
        const out = j.risk ? j.reasons.map((r) => `${r}: ${shown(s)}`) : [];
        if (shape.traversal)
            out.push(`path traversal (..): ${shown(s)}`);
        return out;
    }
    const authority = shape.kind === 'url' ? (URL_RE.exec(s)?.[1] ?? '').replace(/^[^:]*:\/\//, '') : /^[\w.-]+:\d{1,5}$/.test(s) ? s : '';
    if (authority !== '' && _heuristics_js__WEBPACK_IMPORTED_MODULE_1__/* .SENSITIVE_PORTS */ .sb.has((0,_heuristics_js__WEBPACK_IMPORTED_MODULE_1__/* .portOf */ .HM)(authority))) {
        return (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeDest */ .U7)(authority).reasons.map((r) => `${r}: ${shown(s)}`);
    }
    return [];
}
function mergeReview(a, b) {
    if (!b.length)
        return a;
    const all = [...(a ?? [])];
    for (const r of b)
        if (!all.includes(r) && all.length < MAX_REVIEW)
            all.push(r);
    return all;
}
/** Accumulates the calls of one run. */
class ToolStatsBuilder {
    tools = new Map();
    calls = 0;
    entries = 0;
    entropyThreshold;
    constructor(opts = {}) {
        this.entropyThreshold = opts.entropyThreshold ?? _heuristics_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ENTROPY_THRESHOLD */ .ox;
    }
    /** One entry's calls (in order). */
    addEntry(calls) {
        this.entries++;
        const seen = new Set();
        for (const c of calls) {
            this.addCall(c.tool_name, c.args, c.pos);
            if (!seen.has(c.tool_name)) {
                seen.add(c.tool_name);
                this.tools.get(c.tool_name).entries++;
            }
        }
    }
    addCall(name, args, pos) {
        this.calls++;
        let t = this.tools.get(name);
        if (!t) {
            t = { calls: 0, entries: 0, nonObjectCalls: 0, nonObjectTypes: [], args: {}, ...(pos ? { first: { file: pos.file, line: pos.line } } : {}) };
            this.tools.set(name, t);
        }
        t.calls++;
        const type = jsonType(args);
        if (type !== 'object') {
            t.nonObjectCalls++;
            t.nonObjectTypes = addType(t.nonObjectTypes, type);
            return;
        }
        for (const [k, v] of Object.entries(args)) {
            const a = (t.args[k] ??= { calls: 0, types: [] });
            a.calls++;
            const vt = jsonType(v);
            a.types = addType(a.types, vt);
            if (vt === 'string') {
                const shape = shapeOf(v);
                a.string = mergeShape(a.string, shape);
                const review = mergeReview(a.review, reviewValue(v, shape, this.entropyThreshold));
                if (review)
                    a.review = review;
            }
        }
    }
}
/** Merge two summaries of the same tool (profile update). `first` is kept from `a`. */
function mergeToolStat(a, b) {
    if (!a)
        return structuredClone(b);
    const out = {
        calls: a.calls + b.calls,
        entries: a.entries + b.entries,
        nonObjectCalls: a.nonObjectCalls + b.nonObjectCalls,
        nonObjectTypes: b.nonObjectTypes.reduce(addType, [...a.nonObjectTypes]),
        args: {},
        ...(a.first ? { first: a.first } : {}),
    };
    for (const k of [...new Set([...Object.keys(a.args), ...Object.keys(b.args)])].sort(cmp)) {
        const x = a.args[k];
        const y = b.args[k];
        if (!x || !y) {
            out.args[k] = structuredClone((x ?? y));
            continue;
        }
        const m = { calls: x.calls + y.calls, types: y.types.reduce(addType, [...x.types]) };
        if (x.string || y.string)
            m.string = x.string && y.string ? mergeShape(x.string, y.string) : (x.string ?? y.string);
        const review = mergeReview(x.review ? [...x.review] : undefined, y.review ?? []);
        if (review)
            m.review = review;
        out.args[k] = m;
    }
    return out;
}


/***/ }),

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   h2: () => (/* binding */ emitYaml)
/* harmony export */ });
/* unused harmony export commentText */
/* harmony import */ var _init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6983);
// A small, deterministic YAML emitter for the documents the authoring commands write (generated
// policies, profiles, migrated files). Strings are always double-quoted, so no value (`yes`, `*`, `- x`,
// `a: b`) changes meaning; comments are attached to map keys and list items by path. Same value → same bytes.

function pathKey(path) {
    return JSON.stringify(path);
}
/** One line of comment text: controls and line breaks can never end the comment early. */
function commentText(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);
function keyText(k) {
    return PLAIN_KEY.test(k) && !RESERVED.has(k.toLowerCase()) ? k : (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(k);
}
function scalar(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'string')
        return (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(v);
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(String(v));
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isScalar(v) {
    return v === null || v === undefined || typeof v !== 'object';
}
function emitYaml(value, opts = {}) {
    const out = [];
    for (const h of opts.header ?? [])
        out.push(h === '' ? '#' : `# ${commentText(h)}`);
    const comments = opts.comments ?? new Map();
    const hasCommentBelow = (path) => {
        const prefix = pathKey(path).slice(0, -1);
        for (const k of comments.keys())
            if (k.startsWith(prefix) && k.length > prefix.length + 1)
                return true;
        return false;
    };
    const commentLines = (path, indent) => {
        for (const c of comments.get(pathKey(path)) ?? [])
            out.push(`${indent}# ${commentText(c)}`);
    };
    /** Inline form of a value when it fits on its key's line, else null. */
    const inline = (v, path) => {
        if (isScalar(v))
            return scalar(v);
        if (Array.isArray(v)) {
            if (v.length === 0)
                return '[]';
            if (v.every(isScalar) && !hasCommentBelow(path)) {
                const flow = `[${v.map(scalar).join(', ')}]`;
                if (flow.length <= 100)
                    return flow;
            }
            return null;
        }
        if (isMap(v) && Object.keys(v).length === 0)
            return '{}';
        return null;
    };
    const block = (v, path, indent) => {
        if (Array.isArray(v)) {
            v.forEach((item, i) => {
                const p = [...path, i];
                commentLines(p, indent);
                const il = inline(item, p);
                if (il !== null) {
                    out.push(`${indent}- ${il}`);
                }
                else if (isMap(item)) {
                    // First key on the dash line, the rest aligned under it.
                    const start = out.length;
                    block(item, p, indent + '  ');
                    const first = out[start];
                    if (first !== undefined && first.startsWith(indent + '  ') && !first.startsWith(indent + '  #')) {
                        out[start] = `${indent}- ${first.slice(indent.length + 2)}`;
                    }
                    else {
                        out.splice(start, 0, `${indent}-`);
                    }
                }
                else {
                    out.push(`${indent}-`);
                    block(item, p, indent + '  ');
                }
            });
            return;
        }
        if (isMap(v)) {
            for (const [k, val] of Object.entries(v)) {
                if (val === undefined)
                    continue;
                const p = [...path, k];
                commentLines(p, indent);
                const il = inline(val, p);
                if (il !== null)
                    out.push(`${indent}${keyText(k)}: ${il}`);
                else {
                    out.push(`${indent}${keyText(k)}:`);
                    block(val, p, indent + '  ');
                }
            }
            return;
        }
        out.push(`${indent}${scalar(v)}`);
    };
    const top = inline(value, []);
    if (top !== null && !isMap(value))
        out.push(top);
    else if (isMap(value) && Object.keys(value).length === 0)
        out.push('{}');
    else
        block(value, [], '');
    return out.join('\n') + '\n';
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

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   a9: () => (/* binding */ matchToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony export hasLiteralStar */
// The tool-name pattern language, the same everywhere: allow/deny, obligation lists,
// tool_blocklist, trace assertions, sequence selectors. Case-sensitive; no escapes; `*` is a
// wildcard only in a leading or trailing run — a `*` neither first nor last is a literal character.
function compileToolPattern(pattern) {
    let lead = 0;
    while (lead < pattern.length && pattern.charCodeAt(lead) === 0x2a)
        lead++;
    if (lead === pattern.length) {
        // "" matches only the empty name; a run of stars matches every name.
        if (pattern.length === 0)
            return make(pattern, 'exact', '', (n) => n === '');
        return make(pattern, 'any', '', () => true);
    }
    let trail = 0;
    while (pattern.charCodeAt(pattern.length - 1 - trail) === 0x2a)
        trail++;
    const text = pattern.slice(lead, pattern.length - trail);
    if (lead > 0 && trail > 0)
        return make(pattern, 'contains', text, (n) => n.includes(text));
    if (lead > 0)
        return make(pattern, 'suffix', text, (n) => n.endsWith(text));
    if (trail > 0)
        return make(pattern, 'prefix', text, (n) => n.startsWith(text));
    return make(pattern, 'exact', text, (n) => n === text);
}
function make(pattern, kind, text, test) {
    return { pattern, kind, text, literalStar: text.includes('*'), test };
}
/** One-off match (compiles each time; hold a compiled pattern in hot paths). */
function matchToolPattern(pattern, name) {
    return compileToolPattern(pattern).test(name);
}
/** A pattern that matches every name (`*`, `**`, …). */
function isUniversalPattern(pattern) {
    return compileToolPattern(pattern).kind === 'any';
}
/** A pattern with a `*` that is neither leading nor trailing (matched literally). */
function hasLiteralStar(pattern) {
    return compileToolPattern(pattern).literalStar;
}


/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ MAX_RUN_ID_DIGESTS),
/* harmony export */   Kt: () => (/* binding */ serializeProfile),
/* harmony export */   PL: () => (/* binding */ PROFILE_VERSION),
/* harmony export */   PO: () => (/* binding */ profileDocument),
/* harmony export */   _j: () => (/* binding */ MAX_RUN_IDS),
/* harmony export */   i: () => (/* binding */ profileFormatFor),
/* harmony export */   iH: () => (/* binding */ loadProfile),
/* harmony export */   ji: () => (/* binding */ emptyProfile)
/* harmony export */ });
/* unused harmony exports PROFILE_MAX_BYTES, parseProfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _generate_yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7366);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9723);
/* harmony import */ var _util_read_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2712);
// The behaviour profile: runs merged into per-key counters, read by `generate --profile`
// and `evidence export --profile`. YAML (JSON when the file ends in .json). Tool-call traces add an
// `entries.tools` map (ours): per tool the run counters plus a mergeable argument summary.





const PROFILE_VERSION = '1.0';
const MAX_RUN_IDS = 200;
const MAX_RUN_ID_DIGESTS = 5000;
const PROFILE_MAX_BYTES = 64 * 1024 * 1024;
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function emptyProfile(name, nowIso, scope) {
    return {
        version: PROFILE_VERSION,
        name,
        created_at: nowIso,
        updated_at: nowIso,
        ...(scope !== undefined ? { scope } : {}),
        total_runs: 0,
        run_ids: [],
        run_id_digests: [],
        entries: { files: {}, network: {}, processes: {} },
    };
}
function sortedMap(m, f) {
    const out = {};
    for (const k of Object.keys(m).sort(cmp))
        out[k] = f(m[k]);
    return out;
}
function entryOut(e) {
    return { first_seen: e.first_seen, last_seen: e.last_seen, runs_seen: e.runs_seen, hits_total: e.hits_total };
}
function shapeOut(s) {
    const o = { kind: s.kind };
    if (s.prefix !== undefined)
        o.prefix = s.prefix;
    if (s.origins !== undefined)
        o.origins = s.origins;
    if (s.traversal)
        o.traversal = true;
    return o;
}
function argOut(a) {
    const o = { calls: a.calls, types: a.types };
    if (a.string)
        o.string = shapeOut(a.string);
    if (a.review?.length)
        o.review = a.review;
    return o;
}
function toolOut(e) {
    const o = { ...entryOut(e), entries: e.entries };
    if (e.non_object_calls) {
        o.non_object_calls = e.non_object_calls;
        o.non_object_types = e.non_object_types ?? [];
    }
    o.args = sortedMap(e.args, argOut);
    return o;
}
/** The profile as a plain document in its documented key order. */
function profileDocument(p) {
    const entries = {
        files: sortedMap(p.entries.files, entryOut),
        network: sortedMap(p.entries.network, entryOut),
        processes: sortedMap(p.entries.processes, entryOut),
    };
    if (p.entries.tools && Object.keys(p.entries.tools).length)
        entries.tools = sortedMap(p.entries.tools, toolOut);
    return {
        version: p.version,
        name: p.name,
        created_at: p.created_at,
        updated_at: p.updated_at,
        ...(p.scope !== undefined ? { scope: p.scope } : {}),
        total_runs: p.total_runs,
        run_ids: p.run_ids,
        run_id_digests: p.run_id_digests,
        entries,
    };
}
function serializeProfile(p, format = 'yaml') {
    const doc = profileDocument(p);
    return format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : (0,_generate_yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__/* .emitYaml */ .h2)(doc);
}
function profileFormatFor(path) {
    return /\.json$/i.test(path) ? 'json' : 'yaml';
}
// ---------------------------------------------------------------- reading
class Reader {
    file;
    source;
    diagnostics = [];
    constructor(file, source) {
        this.file = file;
        this.source = source;
    }
    error(path, message) {
        const pos = this.source?.posOf(path) ?? { line: 1, col: 1 };
        this.diagnostics.push({ code: 'E_CFG_PARSE', severity: 'error', message, file: this.file, ...pos, source: 'config' });
    }
    obj(v, path, what) {
        if (v !== null && typeof v === 'object' && !Array.isArray(v))
            return v;
        this.error(path, `${what} must be a mapping`);
        return undefined;
    }
    int(v, path, what, dflt) {
        if (v === undefined && dflt !== undefined)
            return dflt;
        if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
            return v;
        this.error(path, `${what} must be a non-negative integer`);
        return 0;
    }
    str(v, path, what) {
        if (typeof v === 'string')
            return v;
        this.error(path, `${what} must be a string`);
        return '';
    }
    strList(v, path, what) {
        if (v === undefined || v === null)
            return [];
        if (Array.isArray(v) && v.every((x) => typeof x === 'string'))
            return v;
        this.error(path, `${what} must be a list of strings`);
        return [];
    }
}
const TYPES = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];
function readEntry(r, v, path, what) {
    const o = r.obj(v, path, what);
    if (!o)
        return undefined;
    return {
        first_seen: r.int(o.first_seen, [...path, 'first_seen'], `${what}.first_seen`, 0),
        last_seen: r.int(o.last_seen, [...path, 'last_seen'], `${what}.last_seen`, 0),
        runs_seen: r.int(o.runs_seen, [...path, 'runs_seen'], `${what}.runs_seen`),
        hits_total: r.int(o.hits_total, [...path, 'hits_total'], `${what}.hits_total`, 0),
    };
}
function readTypes(r, v, path, what) {
    const list = r.strList(v, path, what);
    for (const t of list)
        if (!TYPES.includes(t))
            r.error(path, `${what}: unknown type "${t}"`);
    return list.filter((t) => TYPES.includes(t));
}
function readArg(r, v, path, what) {
    const o = r.obj(v, path, what);
    if (!o)
        return undefined;
    const a = { calls: r.int(o.calls, [...path, 'calls'], `${what}.calls`), types: readTypes(r, o.types, [...path, 'types'], `${what}.types`) };
    if (o.string !== undefined) {
        const s = r.obj(o.string, [...path, 'string'], `${what}.string`);
        if (s) {
            const kind = s.kind;
            if (kind !== 'path' && kind !== 'url' && kind !== 'text')
                r.error([...path, 'string', 'kind'], `${what}.string.kind must be path, url or text`);
            else {
                const shape = { kind };
                if (kind === 'path') {
                    shape.prefix = s.prefix === undefined ? '' : r.str(s.prefix, [...path, 'string', 'prefix'], `${what}.string.prefix`);
                    if (s.traversal === true)
                        shape.traversal = true;
                }
                if (kind === 'url')
                    shape.origins = s.origins === null ? null : r.strList(s.origins, [...path, 'string', 'origins'], `${what}.string.origins`);
                a.string = shape;
            }
        }
    }
    if (o.review !== undefined)
        a.review = r.strList(o.review, [...path, 'review'], `${what}.review`);
    return a;
}
function readTool(r, v, path, what) {
    const base = readEntry(r, v, path, what);
    const o = v;
    if (!base)
        return undefined;
    const t = { ...base, entries: r.int(o.entries, [...path, 'entries'], `${what}.entries`, base.runs_seen), args: {} };
    if (o.non_object_calls !== undefined) {
        t.non_object_calls = r.int(o.non_object_calls, [...path, 'non_object_calls'], `${what}.non_object_calls`);
        t.non_object_types = readTypes(r, o.non_object_types, [...path, 'non_object_types'], `${what}.non_object_types`);
    }
    if (o.args !== undefined && o.args !== null) {
        const args = r.obj(o.args, [...path, 'args'], `${what}.args`);
        for (const [k, av] of Object.entries(args ?? {})) {
            const a = readArg(r, av, [...path, 'args', k], `${what}.args.${k}`);
            if (a)
                t.args[k] = a;
        }
    }
    return t;
}
/** Parse profile text (YAML or JSON). Throws ConfigError E_CFG_PARSE with every problem found. */
function parseProfile(text, file) {
    const parsed = (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlSource */ .W)(text, file, 'E_CFG_PARSE');
    const r = new Reader(file, parsed.source);
    if (!parsed.source)
        throw profileError(file, parsed.errors);
    const root = r.obj(parsed.source.value, [], 'profile');
    if (!root)
        throw profileError(file, r.diagnostics);
    for (const k of ['version', 'name', 'total_runs'])
        if (!(k in root))
            r.error([], `profile is missing required key "${k}"`);
    const version = root.version === undefined ? PROFILE_VERSION : typeof root.version === 'number' ? String(root.version) : r.str(root.version, ['version'], 'version');
    const p = {
        version,
        name: root.name === undefined ? '' : r.str(root.name, ['name'], 'name'),
        created_at: root.created_at === undefined ? '' : r.str(root.created_at, ['created_at'], 'created_at'),
        updated_at: root.updated_at === undefined ? '' : r.str(root.updated_at, ['updated_at'], 'updated_at'),
        total_runs: root.total_runs === undefined ? 0 : r.int(root.total_runs, ['total_runs'], 'total_runs'),
        run_ids: r.strList(root.run_ids, ['run_ids'], 'run_ids'),
        run_id_digests: r.strList(root.run_id_digests, ['run_id_digests'], 'run_id_digests'),
        entries: { files: {}, network: {}, processes: {} },
    };
    if (root.scope !== undefined && root.scope !== null)
        p.scope = r.str(root.scope, ['scope'], 'scope');
    if (p.run_ids.length > MAX_RUN_IDS)
        r.error(['run_ids'], `run_ids holds ${p.run_ids.length} ids (at most ${MAX_RUN_IDS})`);
    if (p.run_id_digests.length > MAX_RUN_ID_DIGESTS)
        r.error(['run_id_digests'], `run_id_digests holds ${p.run_id_digests.length} digests (at most ${MAX_RUN_ID_DIGESTS})`);
    p.run_id_digests.forEach((d, i) => {
        if (!/^[0-9a-f]{64}$/.test(d))
            r.error(['run_id_digests', i], 'run_id_digests entries must be 64 lowercase hex characters (sha256)');
    });
    const entries = root.entries === undefined || root.entries === null ? {} : r.obj(root.entries, ['entries'], 'entries');
    for (const sec of ['files', 'network', 'processes']) {
        const m = entries?.[sec];
        if (m === undefined || m === null)
            continue;
        const mo = r.obj(m, ['entries', sec], `entries.${sec}`);
        for (const [k, v] of Object.entries(mo ?? {})) {
            const e = readEntry(r, v, ['entries', sec, k], `entries.${sec}[${JSON.stringify(k)}]`);
            if (e)
                p.entries[sec][k] = e;
        }
    }
    if (entries?.tools !== undefined && entries.tools !== null) {
        const mo = r.obj(entries.tools, ['entries', 'tools'], 'entries.tools');
        const tools = {};
        for (const [k, v] of Object.entries(mo ?? {})) {
            const t = readTool(r, v, ['entries', 'tools', k], `entries.tools[${JSON.stringify(k)}]`);
            if (t)
                tools[k] = t;
        }
        p.entries.tools = tools;
    }
    if (r.diagnostics.length)
        throw profileError(file, r.diagnostics);
    return p;
}
function profileError(file, diagnostics) {
    const first = diagnostics[0];
    const where = first?.line !== undefined ? `${file}:${first.line}:${first.col ?? 1}` : file;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', `${where}: invalid profile: ${first?.message ?? 'unreadable'}`, {
        source: 'config',
        context: { file, line: first?.line, col: first?.col },
        nextStepValues: { 'config.yaml': file },
        diagnostics,
    });
}
/** Read a profile file; a missing file → E_PATH_NOT_FOUND. */
function loadProfile(path, display) {
    let text;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!st.isFile() || st.size > PROFILE_MAX_BYTES)
            throw profileError(display, [{ code: 'E_CFG_PARSE', severity: 'error', message: 'profile must be a regular file of at most 64 MiB', file: display, source: 'config' }]);
        text = (0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextStrict */ .hr)(path, display, 'E_CFG_PARSE');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('E_PATH_NOT_FOUND', `${display}: profile not found`, {
            source: 'cli',
            context: { file: display },
            diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message: `Profile file not found: ${display}`, file: display, source: 'cli' }],
        });
    }
    return parseProfile(text, display);
}


/***/ }),

/***/ 5388:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CU: () => (/* binding */ mergeRun),
/* harmony export */   O0: () => (/* binding */ toolStatOf),
/* harmony export */   fq: () => (/* binding */ runIdDigest)
/* harmony export */ });
/* unused harmony export hasRun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _generate_tool_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(975);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7192);
// `profile update`: merge one run into a profile. Idempotent per run id (its sha256 is kept in
// run_id_digests, the last 5000; the ids themselves, the last 200); the first scope seen is locked.




function runIdDigest(runId) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(runId, 'utf8').digest('hex');
}
function hasRun(p, runId) {
    return p.run_ids.includes(runId) || p.run_id_digests.includes(runIdDigest(runId));
}
function bumpEntry(map, key, hits, now) {
    const e = map[key];
    if (e) {
        e.runs_seen++;
        e.hits_total += hits;
        e.last_seen = now;
        return false;
    }
    map[key] = { first_seen: now, last_seen: now, runs_seen: 1, hits_total: hits };
    return true;
}
function toStat(e) {
    return {
        calls: e.hits_total,
        entries: e.entries,
        nonObjectCalls: e.non_object_calls ?? 0,
        nonObjectTypes: e.non_object_types ?? [],
        args: e.args,
    };
}
/** The merged tool summary of a profile entry, as the policy builder reads it. */
function toolStatOf(e) {
    return { ...toStat(e), runs_seen: e.runs_seen };
}
function mergeRun(input, obs, o) {
    if (o.runId === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', '--run-id must not be empty', { source: 'cli' });
    if (hasRun(input, o.runId))
        return { status: 'already_merged', profile: input, added: [], updated: 0, notes: [] };
    const notes = [];
    const p = structuredClone(input);
    if (o.scope !== undefined) {
        if (p.scope === undefined)
            p.scope = o.scope;
        else if (p.scope !== o.scope) {
            if (!o.force) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `profile scope is locked to "${p.scope}"; this run is "${o.scope}" (pass --force to merge it anyway)`, { source: 'cli' });
            }
            notes.push(`merged a run of scope "${o.scope}" into the profile locked to "${p.scope}" (--force)`);
        }
    }
    const added = [];
    let updated = 0;
    const track = (section, key, isNew) => {
        if (isNew)
            added.push(`${section}:${key}`);
        else
            updated++;
    };
    if (obs.kind === 'runtime') {
        for (const sec of ['files', 'network', 'processes']) {
            for (const [key, hits] of obs.events[sec])
                track(sec, key, bumpEntry(p.entries[sec], key, hits, o.nowSeconds));
        }
    }
    else {
        const tools = (p.entries.tools ??= {});
        for (const [name, stat] of obs.tools) {
            const prev = tools[name];
            const merged = (0,_generate_tool_stats_js__WEBPACK_IMPORTED_MODULE_2__/* .mergeToolStat */ .VV)(prev ? toStat(prev) : undefined, stat);
            const e = {
                first_seen: prev?.first_seen ?? o.nowSeconds,
                last_seen: o.nowSeconds,
                runs_seen: (prev?.runs_seen ?? 0) + 1,
                hits_total: merged.calls,
                entries: merged.entries,
                args: merged.args,
            };
            if (merged.nonObjectCalls) {
                e.non_object_calls = merged.nonObjectCalls;
                e.non_object_types = merged.nonObjectTypes;
            }
            tools[name] = e;
            track('tools', name, prev === undefined);
        }
    }
    p.total_runs++;
    p.run_ids = [...p.run_ids, o.runId].slice(-_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUN_IDS */ ._j);
    p.run_id_digests = [...p.run_id_digests, runIdDigest(o.runId)].slice(-_model_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_RUN_ID_DIGESTS */ .$M);
    p.updated_at = o.nowIso;
    added.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return { status: 'merged', profile: p, added, updated, notes };
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
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
