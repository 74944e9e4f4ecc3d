export const id = 226;
export const ids = [226];
export const modules = {

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ numberFlag),
/* harmony export */   OI: () => (/* binding */ commandClock),
/* harmony export */   UY: () => (/* binding */ parseKind),
/* harmony export */   VW: () => (/* binding */ printWarnings),
/* harmony export */   ed: () => (/* binding */ traceInput),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2712);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7810);
// Helpers several commands share (clock, number flags, `-i` input, warnings, output files). They live
// here rather than in commands/generate.ts so that loading one command does not load the policy
// generator with it (docs/startup.md).





/** The injected clock: SOURCE_DATE_EPOCH or 1970 in reproducible mode, else the wall clock. */
function commandClock(reproducibleFlag) {
    const sde = process.env.SOURCE_DATE_EPOCH;
    if (sde !== undefined && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000);
    if ((0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .reproducibleMode */ .AC)(reproducibleFlag))
        return new Date(0);
    return new Date();
}
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A number flag; anything else is a usage error. */
function numberFlag(name, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `${name} must be a number (got "${value}")`, { source: 'cli' });
    return n;
}
/** `-i <file|->`: a file, or stdin when `-`. */
function traceInput(given) {
    if (given === '-')
        return { text: (0,_src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextStrict */ .hr)(0, '-', 'E_TRACE_INVALID', { errorClass: _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz, source: 'trace' }), display: '-' };
    const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .fileRef */ .M)(given);
    return { path: r.path, display: r.display };
}
function printWarnings(ws, quiet = false) {
    if (quiet)
        return;
    for (const w of ws.slice(0, 20))
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)((0,_src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(w));
    if (ws.length > 20)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)(`… and ${ws.length - 20} more skipped line(s)`);
}
/** Write a file the command was asked to write; failure → 3 E_IO_ERROR. */
function writeOutput(path, display, text) {
    try {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .emitArtefact */ .g9)(text, path);
    }
    catch (e) {
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${display}: ${e.message}`, { source: 'cli', context: { file: display }, nextStepValues: { path: display } });
    }
}
function parseKind(value) {
    if (value === 'auto' || value === 'runtime' || value === 'tool')
        return value;
    throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --kind "${value}" (allowed: auto, runtime, tool)`, { source: 'cli' });
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

/***/ 1516:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ readCalls)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(481);
/* harmony import */ var node_readline__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_readline__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _trace_assembler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4724);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5750);
// Reading tool calls for the authoring commands (generate, profile, explain, coverage) through the one
// trace reader: a file (streamed; `.json` = call-list document) or text already read (stdin).
// Coverage also takes CloudEvents `assay.tool.decision` lines, which the trace reader counts as
// unknown types: only then is the file read a second time to pick them up.





function feedText(asm, text, display) {
    asm.beginFile(display);
    const lines = text.split('\n');
    if (lines.length && lines[lines.length - 1] === '')
        lines.pop();
    lines.forEach((l, i) => asm.handleLine(l, i + 1));
    asm.endFile();
}
const DECISION_TYPE = 'assay.tool.decision';
function decisionCall(line, lineNo, file, index) {
    if (!line.includes(DECISION_TYPE))
        return undefined;
    let v;
    try {
        v = JSON.parse(line);
    }
    catch {
        return undefined;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v))
        return undefined;
    const o = v;
    if (o['type'] !== DECISION_TYPE)
        return undefined;
    const data = o['data'];
    if (data === null || typeof data !== 'object' || Array.isArray(data))
        return undefined;
    const d = data;
    const tool = d['tool'] ?? d['tool_name'];
    if (typeof tool !== 'string' || tool === '')
        return undefined;
    const args = d['args'] ?? d['arguments'] ?? {};
    return { id: `decision-${index}`, tool_name: tool, args, result: null, error: null, index, ts_ms: 0, pos: { file, line: lineNo } };
}
/** Every `assay.tool.decision` event of a file, in order, as one entry (binding id = file stem). */
async function decisionEntry(input) {
    const calls = [];
    const take = (line, n) => {
        const c = decisionCall(line, n, input.display, calls.length);
        if (c)
            calls.push(c);
    };
    if (input.text !== undefined)
        input.text.split('\n').forEach((l, i) => take(l, i + 1));
    else if (input.path !== undefined) {
        const rl = (0,node_readline__WEBPACK_IMPORTED_MODULE_1__.createInterface)({ input: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(input.path, { encoding: 'utf8' }), crlfDelay: Infinity });
        let n = 0;
        for await (const line of rl)
            take(line, ++n);
    }
    if (!calls.length)
        return undefined;
    const stem = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(input.display).replace(/\.[^.]*$/, '');
    return { binding_id: stem, text: '', model: 'trace', meta: {}, tool_calls: calls, steps: 0, first_line: calls[0].pos.line, file: input.display, key: stem, kind: 'plain' };
}
/**
 * Read every input in order; `onEntry` sees each completed entry with its calls. Duplicate prompts and
 * binding ids within an input are fatal as everywhere.
 */
async function readCalls(inputs, onEntry, opts = {}) {
    const diagnostics = [];
    const visitor = {
        onEntry,
        onDiagnostic(d) {
            diagnostics.push(d);
        },
    };
    const stats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
    const add = (s) => {
        stats.episodes += s.episodes;
        stats.records += s.records;
        stats.skipped_lines += s.skipped_lines;
        stats.ignored_lines += s.ignored_lines;
        stats.calls += s.calls;
    };
    for (const input of inputs) {
        let s;
        if (input.text !== undefined) {
            const asm = new _trace_assembler_js__WEBPACK_IMPORTED_MODULE_3__/* .TraceAssembler */ .q(visitor, opts.strict ?? false, true);
            feedText(asm, input.text, input.display);
            s = { ...asm.stats };
        }
        else {
            s = await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_4__/* .readTraceFiles */ .p_)([{ path: input.path ?? input.display, displayPath: input.display }], visitor, { strict: opts.strict ?? false, retainCalls: true });
        }
        if (opts.cloudEvents && s.ignored_lines > 0) {
            const e = await decisionEntry(input);
            if (e) {
                onEntry(e);
                s.episodes++;
                s.records += e.tool_calls.length;
                s.ignored_lines -= e.tool_calls.length;
                s.calls += e.tool_calls.length;
            }
        }
        add(s);
    }
    return { stats, diagnostics };
}


/***/ }),

/***/ 6147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  o6: () => (/* binding */ checkGenerateOptions),
  WA: () => (/* binding */ generatePolicy),
  lB: () => (/* reexport */ observe)
});

// UNUSED EXPORTS: DANGEROUS_TOOL_PATTERNS, DEFAULT_ENTROPY_THRESHOLD, DEFAULT_STABILITY, RUNTIME_EVENT_TYPES, TRAVERSAL_PATTERN, ToolStatsBuilder, buildToolPolicy, commentText, dangerousPattern, emitYaml, escapeRegex, judgeDest, judgePath, laplace, mergeToolStat, parseRuntimeEvents, pathKey, placeEntry, runtimePolicyFromEvents, runtimePolicyFromProfile, runtimePolicyText, shannonBits, sniffFile, sniffText, toolPolicyText, wilsonLowerBound

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/profile/update.ts
var update = __webpack_require__(5388);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/coverage/read-calls.ts
var read_calls = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/core/trace/index.ts + 3 modules
var trace = __webpack_require__(5750);
// EXTERNAL MODULE: ./src/core/generate/runtime-events.ts
var runtime_events = __webpack_require__(1773);
;// CONCATENATED MODULE: ./src/core/generate/input-kind.ts
// `generate` and `profile update` read two kinds of input (docs/authoring.md): runtime events
// (file_open / net_connect / proc_exec) give a runtime policy document; tool-call traces
// (any shape) give a v2 tool policy. The kind is told by content: among the first 500 JSON
// object lines, runtime events in the majority → runtime. `.json` files are call-list documents.


const SNIFF_LINES = 500;
const SNIFF_BYTES = 1 << 20;
function sniffText(text) {
    let runtime = 0;
    let other = 0;
    for (const raw of text.split('\n')) {
        if (runtime + other >= SNIFF_LINES)
            break;
        const t = raw.trim();
        if (!t.startsWith('{'))
            continue;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch {
            continue;
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            continue;
        const type = v['type'];
        if (typeof type === 'string' && runtime_events/* RUNTIME_EVENT_TYPES */.U.includes(type))
            runtime++;
        else
            other++;
    }
    return runtime > 0 && runtime >= other ? 'runtime' : 'tool';
}
/** Sniff the first MiB of a file (a partial last line is ignored by the JSON parse). */
function sniffFile(path) {
    if (/\.json$/i.test(path))
        return 'tool';
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(SNIFF_BYTES);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, SNIFF_BYTES, 0);
        return sniffText(buf.toString('utf8', 0, n));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/core/generate/tool-stats.ts
var tool_stats = __webpack_require__(975);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/generate/observe.ts
// One run's observations, from either input kind (input-kind.ts): runtime event counts, or per-tool
// call summaries. Shared by `generate -i` and `profile update -i`.








function notFound(display, e) {
    const reason = e?.code === 'ENOENT' ? 'no such file or directory' : (e?.message ?? String(e));
    const message = `${display}: cannot open trace file: ${reason}`;
    return new errors/* InputError */.dz('E_TRACE_NOT_FOUND', message, {
        source: 'trace',
        context: { file: display },
        nextStepValues: { 'trace.jsonl': display },
        diagnostics: [{ code: 'E_TRACE_NOT_FOUND', severity: 'error', message: `cannot open trace file: ${reason}`, file: display, source: 'trace' }],
    });
}
async function observe(input, o = {}) {
    if (input.text === undefined) {
        try {
            if (!(0,external_node_fs_.statSync)(input.path ?? input.display).isFile())
                throw new Error('not a regular file');
        }
        catch (e) {
            throw notFound(input.display, e);
        }
    }
    const kind = o.kind === 'runtime' || o.kind === 'tool' ? o.kind : input.text !== undefined ? sniffText(input.text) : sniffFile(input.path ?? input.display);
    if (kind === 'runtime') {
        let text = input.text;
        if (text === undefined) {
            try {
                text = (0,read_text/* readTextStrict */.hr)(input.path ?? input.display, input.display, 'E_TRACE_INVALID', { errorClass: errors/* InputError */.dz, source: 'trace' });
            }
            catch (e) {
                if (e instanceof errors/* InputError */.dz)
                    throw e;
                throw notFound(input.display, e);
            }
        }
        const events = (0,runtime_events/* parseRuntimeEvents */.L)(text, input.display, { strict: o.strict ?? false });
        return { kind, events, warnings: events.warnings, eventCount: events.events };
    }
    const stats = new tool_stats/* ToolStatsBuilder */.NC(o.entropyThreshold !== undefined ? { entropyThreshold: o.entropyThreshold } : {});
    const r = await (0,read_calls/* readCalls */.s)([input], (e) => stats.addEntry(e.tool_calls), { strict: o.strict ?? false });
    (0,trace/* requireRecords */.Qe)(r.stats, input.display);
    return { kind, stats, warnings: r.diagnostics.filter((d) => d.severity !== 'note'), eventCount: r.stats.calls };
}

// EXTERNAL MODULE: ./src/core/generate/runtime-policy.ts
var runtime_policy = __webpack_require__(9998);
// EXTERNAL MODULE: ./src/core/generate/stability.ts
var generate_stability = __webpack_require__(2240);
// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(8085);
// EXTERNAL MODULE: ./src/core/generate/heuristics.ts
var generate_heuristics = __webpack_require__(850);
// EXTERNAL MODULE: ./src/core/generate/yaml-emit.ts
var yaml_emit = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/core/generate/tool-policy.ts
// A least-privilege v2 tool policy from observed tool calls (docs/authoring.md): the tools seen
// are allowed by exact name, each with an argument schema built from what was seen; tools that run
// commands or code are denied; `enforcement.unconstrained_tools: deny`. Comments say where each rule
// came from. No timestamps: the same input gives the same bytes.




/** `(^|/)..(/|$)`: a `..` path segment. */
const TRAVERSAL_PATTERN = '(^|/)\\.\\.(/|$)';
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;
/** RE2 literal text. */
function escapeRegex(s) {
    return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}
function typeValue(types) {
    let t = [...types];
    if (t.includes('integer') && t.includes('number'))
        t = t.filter((x) => x !== 'integer');
    return t.length === 1 ? t[0] : t;
}
function argSchema(a, heuristics) {
    const schema = { type: typeValue(a.types) };
    const s = a.string;
    let note = a.types.join('|');
    if (s?.kind === 'path') {
        const prefix = s.prefix ?? '';
        note += prefix.length > 1 ? `; paths under ${prefix}` : '; paths with no common directory';
        if (heuristics) {
            if (prefix.length > 1)
                schema.pattern = `^${escapeRegex(prefix)}`;
            if (!s.traversal)
                schema.not = { pattern: TRAVERSAL_PATTERN };
        }
    }
    else if (s?.kind === 'url') {
        if (s.origins) {
            note += `; URLs at ${s.origins.join(', ')}`;
            if (heuristics)
                schema.pattern = `^(?:${s.origins.map(escapeRegex).join('|')})(?:[/?#]|$)`;
        }
        else
            note += '; URLs at many origins (not generalised)';
    }
    return { schema, note };
}
function toolSchema(t, heuristics, at, comments) {
    const objectCalls = t.calls - t.nonObjectCalls;
    if (objectCalls === 0)
        return { type: typeValue(t.nonObjectTypes) };
    const properties = {};
    const required = [];
    for (const k of Object.keys(t.args).sort(cmp)) {
        const a = t.args[k];
        const r = argSchema(a, heuristics);
        properties[k] = r.schema;
        const lines = [`${k}: in ${a.calls} of ${plural(objectCalls, 'call', 'calls')}; ${r.note}`];
        if (heuristics)
            for (const why of a.review ?? [])
                lines.push(`REVIEW ${why}`);
        comments.set((0,yaml_emit/* pathKey */.Pn)([...at, 'properties', k]), lines);
        if (a.calls === objectCalls)
            required.push(k);
    }
    const schema = {
        type: t.nonObjectCalls > 0 ? ['object', ...t.nonObjectTypes.filter((x) => x !== 'object')] : 'object',
        properties,
    };
    if (required.length)
        schema.required = required;
    schema.additionalProperties = false;
    return schema;
}
function seenText(name, t, input, stability) {
    if (input.profile) {
        return `${name}: ${plural(t.calls, 'call', 'calls')}, seen in ${t.runs_seen ?? 0} of ${plural(input.profile.totalRuns, 'run', 'runs')} (stability ${stability?.toFixed(2)})`;
    }
    const where = t.first ? `; first at ${t.first.file}:${t.first.line}` : '';
    return `${name}: ${plural(t.calls, 'call', 'calls')} in ${plural(t.entries, 'entry', 'entries')}${where}`;
}
/** A name the allowlist and `schemas` can name exactly (tool-name patterns have no escape for edge stars). */
function expressible(name) {
    return name !== '$defs' && !name.startsWith('*') && !name.endsWith('*');
}
function buildToolPolicy(input, o) {
    const comments = new Map();
    const names = [...input.tools.keys()].sort(cmp);
    const allow = [];
    const observedDeny = [];
    const review = [];
    const counts = { allow: 0, needs_review: 0, deny: 0, omitted: 0, unique: names.length };
    const allowNotes = [];
    const denyNotes = [];
    for (const name of names) {
        const t = input.tools.get(name);
        if (!expressible(name)) {
            counts.omitted++;
            review.push(`${name}: not allowed: a name with a leading or trailing "*" (or "$defs") cannot be allowed exactly by the pattern language`);
            continue;
        }
        const danger = (0,generate_heuristics/* dangerousPattern */.Z9)(name);
        let placement = 'allow';
        let stability;
        let reasons = [];
        if (input.profile) {
            const v = (0,generate_stability/* placeEntry */.cT)(t.runs_seen ?? 0, input.profile.totalRuns, o.heuristics && danger ? 'deny_recommended' : undefined, [], input.profile.stability);
            placement = v.placement;
            stability = v.stability;
            reasons = v.reasons;
        }
        else if (o.heuristics && danger) {
            placement = 'deny';
        }
        if (placement === 'allow') {
            counts.allow++;
            allow.push(name);
            allowNotes.push([seenText(name, t, input, stability)]);
        }
        else if (placement === 'deny') {
            counts.deny++;
            observedDeny.push(name);
            denyNotes.push([`${seenText(name, t, input, stability)}; runs commands or code (matches ${danger}): denied by --heuristics, allow it only after review`]);
        }
        else if (placement === 'needs_review') {
            counts.needs_review++;
            review.push(`${name}: not allowed, needs review (${reasons.join('; ')})`);
        }
        else {
            counts.omitted++;
            review.push(`${name}: dropped, below the stability threshold (${reasons.join('; ')})`);
        }
    }
    // Built-in deny patterns; one that would deny an allowed tool is dropped (the allowlist already
    // decides) so the observed behaviour still passes.
    const builtin = [];
    const dropped = [];
    for (const p of generate_heuristics/* DANGEROUS_TOOL_PATTERNS */.O4) {
        const hit = allow.find((n) => (0,tool_pattern/* matchToolPattern */.a9)(p, n));
        if (hit)
            dropped.push(`${p} (would deny the observed tool ${hit})`);
        else
            builtin.push(p);
    }
    const deny = [...observedDeny, ...builtin];
    denyNotes.forEach((n, i) => comments.set((0,yaml_emit/* pathKey */.Pn)(['tools', 'deny', i]), n));
    if (builtin.length) {
        const lines = ['built-in: tools that run commands or code are denied (deny beats allow)'];
        for (const d of dropped)
            lines.push(`not denied: ${d}`);
        comments.set((0,yaml_emit/* pathKey */.Pn)(['tools', 'deny', observedDeny.length]), lines);
    }
    allowNotes.forEach((n, i) => comments.set((0,yaml_emit/* pathKey */.Pn)(['tools', 'allow', i]), n));
    if (allow.length === 0)
        comments.set((0,yaml_emit/* pathKey */.Pn)(['tools', 'allow']), ['no tool was allowed: every call is denied (fail-closed)']);
    const schemas = {};
    for (const name of allow) {
        const t = input.tools.get(name);
        const objectCalls = t.calls - t.nonObjectCalls;
        comments.set((0,yaml_emit/* pathKey */.Pn)(['schemas', name]), [
            `${name}: from ${plural(t.calls, 'call', 'calls')}${objectCalls < t.calls ? ` (${t.calls - objectCalls} without an argument object)` : ''}; only the arguments seen are accepted`,
        ]);
        schemas[name] = toolSchema(t, o.heuristics, ['schemas', name], comments);
        if (o.heuristics) {
            for (const [arg, a] of Object.entries(t.args))
                for (const why of a.review ?? [])
                    review.push(`${name}.${arg}: ${why}`);
        }
    }
    const metadata = {
        generated_by: 'assay generate',
        source: input.source,
        calls: input.calls,
    };
    if (input.entries !== undefined)
        metadata.entries = input.entries;
    if (input.profile) {
        metadata.profile_runs = input.profile.totalRuns;
        metadata.min_stability = input.profile.stability.minStability;
        metadata.stability_method = input.profile.stability.method;
    }
    metadata.heuristics = o.heuristics;
    if (review.length)
        metadata.review = review;
    const tools = { allow };
    if (deny.length)
        tools.deny = deny;
    const doc = { version: '2.0', name: o.name, metadata, tools };
    if (Object.keys(schemas).length)
        doc.schemas = schemas;
    doc.enforcement = { unconstrained_tools: 'deny' };
    comments.set((0,yaml_emit/* pathKey */.Pn)(['enforcement']), ['every allowed tool has a schema above; a tool without one is denied']);
    if (review.length)
        comments.set((0,yaml_emit/* pathKey */.Pn)(['metadata', 'review']), ['to review before use (nothing here is allowed unless listed in tools.allow)']);
    const header = [
        `Generated by \`assay generate\` from ${input.source}: ${plural(input.calls, 'call', 'calls')} of ${plural(names.length, 'tool', 'tools')}${input.entries !== undefined ? ` in ${plural(input.entries, 'entry', 'entries')}` : ''}${input.profile ? ` over ${plural(input.profile.totalRuns, 'run', 'runs')}` : ''}.`,
        'Least privilege: only the tools seen are allowed, each with a schema of the arguments seen.',
        o.heuristics ? 'Heuristics: argument patterns generalised (path prefixes, URL origins); tools that run commands or code denied.' : 'Run with --heuristics to generalise argument patterns and deny observed tools that run commands.',
        'Review before use: this policy describes what was observed, not what is safe.',
    ];
    return { doc, comments, header, counts };
}
function toolPolicyText(r, format) {
    if (format === 'json')
        return JSON.stringify(r.doc, null, 2) + '\n';
    return (0,yaml_emit/* emitYaml */.h2)(r.doc, { comments: r.comments, header: r.header });
}

;// CONCATENATED MODULE: ./src/core/generate/index.ts
// `assay generate` (docs/authoring.md): a policy learned from behaviour. Runtime events give the
// runtime policy document; tool-call traces give a least-privilege v2 tool policy. Exactly one
// source: one run (`-i`) or a profile of many runs (`--profile`).
















const usage = (m) => new errors/* UsageError */.eb('E_INVALID_ARGS', m, { source: 'cli' });
/** Range checks (bad args → 2 E_INVALID_ARGS). */
function checkGenerateOptions(o) {
    const s = { ...generate_stability/* DEFAULT_STABILITY */.gm, ...o.stability };
    const inUnit = (x) => Number.isFinite(x) && x >= 0 && x <= 1;
    if (!inUnit(s.minStability))
        throw usage(`--min-stability must be in [0, 1] (got ${s.minStability})`);
    if (!inUnit(s.reviewThreshold))
        throw usage(`--review-threshold must be in [0, 1] (got ${s.reviewThreshold})`);
    if (s.reviewThreshold > s.minStability)
        throw usage(`--review-threshold (${s.reviewThreshold}) must not exceed --min-stability (${s.minStability})`);
    if (!(Number.isFinite(s.alpha) && s.alpha > 0))
        throw usage(`--alpha must be > 0 (got ${s.alpha})`);
    if (!(Number.isFinite(s.wilsonZ) && s.wilsonZ > 0))
        throw usage(`--wilson-z must be > 0 (got ${s.wilsonZ})`);
    if (!(Number.isSafeInteger(s.minRuns) && s.minRuns >= 0))
        throw usage(`--min-runs must be a non-negative integer (got ${s.minRuns})`);
    if (s.method !== 'laplace' && s.method !== 'wilson')
        throw usage(`--stability-method must be laplace or wilson (got ${String(s.method)})`);
    const e = o.entropyThreshold ?? generate_heuristics/* DEFAULT_ENTROPY_THRESHOLD */.ox;
    if (!(Number.isFinite(e) && e > 0))
        throw usage(`--entropy-threshold must be > 0 (got ${e})`);
    return s;
}
function profileKind(p, asked) {
    if (asked === 'runtime' || asked === 'tool')
        return asked;
    const runtime = Object.keys(p.entries.files).length + Object.keys(p.entries.network).length + Object.keys(p.entries.processes).length;
    const tools = Object.keys(p.entries.tools ?? {}).length;
    if (runtime > 0 && tools > 0)
        throw usage('the profile holds both runtime and tool-call entries: pass --kind runtime or --kind tool');
    return tools > 0 ? 'tool' : 'runtime';
}
async function generatePolicy(o) {
    if ((o.input === undefined) === (o.profile === undefined))
        throw usage('give exactly one of --input/-i or --profile');
    const stability = checkGenerateOptions(o);
    const name = o.name ?? 'Generated Policy';
    const format = o.format ?? 'yaml';
    const heuristics = o.heuristics ?? false;
    const entropyThreshold = o.entropyThreshold ?? generate_heuristics/* DEFAULT_ENTROPY_THRESHOLD */.ox;
    if (o.input) {
        const obs = await observe(o.input, { kind: o.kind ?? 'auto', strict: o.strict ?? false, entropyThreshold });
        if (obs.kind === 'runtime') {
            const r = (0,runtime_policy/* runtimePolicyFromEvents */._q)(obs.events, { name, generatedAt: o.generatedAt, heuristics, entropyThreshold });
            return { kind: 'runtime', text: (0,runtime_policy/* runtimePolicyText */.Wt)(r.doc, format), unique: r.counts.unique, events: obs.eventCount, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: obs.warnings };
        }
        const r = buildToolPolicy({ tools: obs.stats.tools, calls: obs.stats.calls, entries: obs.stats.entries, source: o.input.display }, { name, heuristics });
        return { kind: 'tool', text: toolPolicyText(r, format), unique: r.counts.unique, events: obs.eventCount, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: obs.warnings };
    }
    const { profile, display } = o.profile;
    const kind = profileKind(profile, o.kind);
    if (kind === 'runtime') {
        const view = {
            total_runs: profile.total_runs,
            entries: Object.fromEntries(['files', 'network', 'processes'].map((k) => [k, new Map(Object.entries(profile.entries[k]))])),
        };
        const r = (0,runtime_policy/* runtimePolicyFromProfile */.IW)(view, { name, generatedAt: o.generatedAt, heuristics, entropyThreshold, stability });
        const hits = ['files', 'network', 'processes'].reduce((n, k) => n + Object.values(profile.entries[k]).reduce((m, e) => m + e.hits_total, 0), 0);
        return { kind, text: (0,runtime_policy/* runtimePolicyText */.Wt)(r.doc, format), unique: r.counts.unique, events: hits, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: [] };
    }
    const tools = new Map();
    let calls = 0;
    for (const [n, e] of Object.entries(profile.entries.tools ?? {})) {
        const t = (0,update/* toolStatOf */.O0)(e);
        tools.set(n, t);
        calls += t.calls;
    }
    const r = buildToolPolicy({ tools, calls, source: display, profile: { totalRuns: profile.total_runs, stability } }, { name, heuristics });
    return { kind, text: toolPolicyText(r, format), unique: r.counts.unique, events: calls, allow: r.counts.allow, needs_review: r.counts.needs_review, deny: r.counts.deny, warnings: [] };
}


/***/ }),

/***/ 1773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseRuntimeEvents),
/* harmony export */   U: () => (/* binding */ RUNTIME_EVENT_TYPES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Runtime event files: `file_open` / `net_connect` / `proc_exec` JSONL, `#` comments.
// Other lines are bad lines (skipped with a warning, fatal with --strict); a file with no
// valid event → E_TRACE_INVALID.

const RUNTIME_EVENT_TYPES = ['file_open', 'net_connect', 'proc_exec'];
const NOT_AN_EVENT = 'not a runtime event (file_open with path, net_connect with dest, proc_exec with path)';
function fatal(file, message, diagnostics, line) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, ...(line !== undefined ? { line, col: 1 } : {}) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics,
    });
}
/** Parse runtime-event JSONL text. `file` is the path as shown in messages. */
function parseRuntimeEvents(text, file, opts = {}) {
    const out = { files: new Map(), network: new Map(), processes: new Map(), events: 0, warnings: [] };
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const bad = (line, message) => {
        const d = { code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, file, line, col: 1, source: 'trace' };
        if (opts.strict) {
            const e = { ...d, code: 'E_TRACE_INVALID', severity: 'error' };
            throw fatal(file, message, [e], line);
        }
        out.warnings.push(d);
    };
    const bump = (m, k) => {
        m.set(k, (m.get(k) ?? 0) + 1);
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const t = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim();
        if (t === '' || t.startsWith('#'))
            continue;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch (e) {
            bad(i + 1, `invalid JSON: ${e.message}`);
            continue;
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            bad(i + 1, 'expected a JSON object');
            continue;
        }
        const ev = v;
        // `assay record` observations (docs/record.md) carry more than these three kinds and report failed
        // attempts too: binds and foreign-ABI notes are not runtime events, a failed open or exec (a PATH or
        // module-path probe) is not behaviour to allow.
        if (ev['v'] === 1 && (ev['type'] === 'net_bind' || ev['type'] === 'foreign_abi'))
            continue;
        if (ev['v'] === 1 && ev['type'] !== 'net_connect' && typeof ev['result'] === 'number' && ev['result'] < 0)
            continue;
        const path = ev['path'];
        const dest = ev['dest'];
        if (ev['type'] === 'file_open' && typeof path === 'string' && path !== '')
            bump(out.files, path);
        else if (ev['type'] === 'net_connect' && typeof dest === 'string' && dest !== '')
            bump(out.network, dest);
        else if (ev['type'] === 'proc_exec' && typeof path === 'string' && path !== '')
            bump(out.processes, path);
        else {
            bad(i + 1, NOT_AN_EVENT);
            continue;
        }
        out.events++;
    }
    if (out.events === 0) {
        const message = 'no valid runtime event (file_open, net_connect, proc_exec)';
        throw fatal(file, message, [...out.warnings, { code: 'E_TRACE_INVALID', severity: 'error', message, file, source: 'trace' }]);
    }
    return out;
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ runtimePolicyFromProfile),
/* harmony export */   Wt: () => (/* binding */ runtimePolicyText),
/* harmony export */   _q: () => (/* binding */ runtimePolicyFromEvents)
/* harmony export */ });
/* unused harmony export RUNTIME_KINDS */
/* harmony import */ var _heuristics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(850);
/* harmony import */ var _stability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2240);
/* harmony import */ var _yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7366);
// The runtime policy document from one run's events or from a profile.
// Entries are de-duplicated and sorted by code unit; empty lists are omitted; an empty `network` is `{}`.



const RUNTIME_KINDS = ['files', 'network', 'processes'];
/** Section keys per kind: allow, review, deny. */
const SECTION_KEYS = {
    files: ['allow', 'needs_review', 'deny'],
    network: ['allow_destinations', 'needs_review', 'deny_destinations'],
    processes: ['allow', 'needs_review', 'deny'],
};
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function judge(kind, key, o) {
    if (!o.heuristics)
        return { reasons: [] };
    return kind === 'network' ? (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeDest */ .U7)(key) : (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .judgePath */ .DQ)(key, o.entropyThreshold ?? _heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENTROPY_THRESHOLD */ .ox);
}
function section(kind, placed) {
    const [allowKey, reviewKey, denyKey] = SECTION_KEYS[kind];
    const out = {};
    const buckets = [
        [allowKey, 'allow'],
        [reviewKey, 'needs_review'],
        [denyKey, 'deny'],
    ];
    for (const [key, p] of buckets) {
        const list = placed.filter((x) => x.placement === p).map((x) => x.entry);
        if (list.length)
            out[key] = list;
    }
    return out;
}
function tally(counts, p) {
    counts.unique++;
    if (p === 'allow')
        counts.allow++;
    else if (p === 'needs_review')
        counts.needs_review++;
    else if (p === 'deny')
        counts.deny++;
}
/** Single run: seen once → plain string, more → `{pattern, count}`; risky entries carry `risk` and `reasons`. */
function runtimePolicyFromEvents(ev, o) {
    const counts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
    const doc = { _meta: { name: o.name, generated_at: o.generatedAt }, files: {}, network: {}, processes: {} };
    for (const kind of RUNTIME_KINDS) {
        const placed = [...ev[kind].keys()].sort(cmp).map((pattern) => {
            const count = ev[kind].get(pattern);
            const j = judge(kind, pattern, o);
            const placement = j.risk === 'deny_recommended' ? 'deny' : j.risk === 'needs_review' ? 'needs_review' : 'allow';
            tally(counts, placement);
            let entry = pattern;
            if (j.risk !== undefined || count > 1) {
                const obj = { pattern };
                if (count > 1)
                    obj.count = count;
                if (j.risk) {
                    obj.risk = j.risk;
                    obj.reasons = j.reasons;
                }
                entry = obj;
            }
            return { placement, entry };
        });
        doc[kind] = section(kind, placed);
    }
    return { doc, counts };
}
/** Profile: risk first, then min-runs, then the stability gate (stability.ts). */
function runtimePolicyFromProfile(p, o) {
    const counts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
    const doc = {
        _meta: {
            name: o.name,
            generated_at: o.generatedAt,
            profile_runs: p.total_runs,
            min_stability: o.stability.minStability,
            min_runs: o.stability.minRuns,
        },
        files: {},
        network: {},
        processes: {},
    };
    for (const kind of RUNTIME_KINDS) {
        const map = p.entries[kind];
        const placed = [];
        for (const pattern of [...map.keys()].sort(cmp)) {
            const s = map.get(pattern);
            const j = judge(kind, pattern, o);
            const v = (0,_stability_js__WEBPACK_IMPORTED_MODULE_1__/* .placeEntry */ .cT)(s.runs_seen, p.total_runs, j.risk, j.reasons, o.stability);
            tally(counts, v.placement);
            if (v.placement === 'omit')
                continue;
            const entry = { pattern, count: s.hits_total, stability: v.stability, runs_seen: s.runs_seen };
            if (j.risk)
                entry.risk = j.risk;
            entry.reasons = v.reasons;
            placed.push({ placement: v.placement, entry });
        }
        doc[kind] = section(kind, placed);
    }
    return { doc, counts };
}
function runtimePolicyText(doc, format) {
    if (format === 'json')
        return JSON.stringify(doc, null, 2) + '\n';
    return (0,_yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__/* .emitYaml */ .h2)(doc);
}


/***/ }),

/***/ 2240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cT: () => (/* binding */ placeEntry),
/* harmony export */   gm: () => (/* binding */ DEFAULT_STABILITY)
/* harmony export */ });
/* unused harmony exports wilsonLowerBound, laplace, round2 */
const DEFAULT_STABILITY = {
    minStability: 0.7,
    reviewThreshold: 0.6,
    newIsRisky: false,
    alpha: 1.0,
    minRuns: 1,
    wilsonZ: 1.96,
    method: 'laplace',
};
/** Wilson score interval lower bound of k successes in n trials at z. */
function wilsonLowerBound(k, n, z) {
    if (n <= 0)
        return 0;
    const p = k / n;
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return Math.max(0, (centre - margin) / (1 + z2 / n));
}
/** Laplace (additive) smoothing: (k + α) / (n + 2α). */
function laplace(k, n, alpha) {
    return (k + alpha) / (n + 2 * alpha);
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
function num(x) {
    return Number.isInteger(x) ? x.toFixed(1) : String(x);
}
/** Tiny slack so that 0.8 ≥ 0.8 holds whatever the float arithmetic did. */
const EPS = 1e-9;
function placeEntry(runsSeen, totalRuns, risk, riskReasons, o) {
    const lap = laplace(runsSeen, totalRuns, o.alpha);
    const wil = wilsonLowerBound(runsSeen, totalRuns, o.wilsonZ);
    const reasons = [
        ...riskReasons,
        `wilson_lb ${wil.toFixed(2)} (z=${o.wilsonZ})`,
        `laplace ${lap.toFixed(2)} (α=${num(o.alpha)}, ${runsSeen}/${totalRuns})`,
    ];
    const stability = round2(lap);
    if (risk === 'deny_recommended')
        return { placement: 'deny', stability, reasons };
    if (risk === 'needs_review')
        return { placement: 'needs_review', stability, reasons };
    if (totalRuns < o.minRuns || runsSeen < o.minRuns) {
        reasons.push(`min_runs ${o.minRuns} not met (${runsSeen} of ${totalRuns} runs)`);
        return { placement: o.newIsRisky ? 'needs_review' : 'omit', stability, reasons };
    }
    const score = o.method === 'wilson' ? wil : lap;
    if (score + EPS >= o.minStability)
        return { placement: 'allow', stability, reasons };
    if (score + EPS >= o.reviewThreshold || o.newIsRisky)
        return { placement: 'needs_review', stability, reasons };
    return { placement: 'omit', stability, reasons };
}


/***/ }),

/***/ 4885:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ji: () => (/* reexport */ model/* emptyProfile */.ji),
  iH: () => (/* reexport */ model/* loadProfile */.iH),
  CU: () => (/* reexport */ update/* mergeRun */.CU),
  i: () => (/* reexport */ model/* profileFormatFor */.i),
  nK: () => (/* reexport */ profileSummaryDocument),
  $v: () => (/* reexport */ profileSummaryText),
  Kt: () => (/* reexport */ model/* serializeProfile */.Kt),
  jA: () => (/* reexport */ summarizeProfile)
});

// UNUSED EXPORTS: MAX_RUN_IDS, MAX_RUN_ID_DIGESTS, PROFILE_VERSION, hasRun, parseProfile, profileDocument, runIdDigest, toolStatOf

// EXTERNAL MODULE: ./src/core/profile/model.ts
var model = __webpack_require__(7192);
// EXTERNAL MODULE: ./src/core/profile/update.ts
var update = __webpack_require__(5388);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/generate/yaml-emit.ts
var yaml_emit = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/core/profile/show.ts
// `profile show`: totals and the top entries by runs seen, as text or a document.


function summarizeProfile(p, top) {
    const all = [];
    const add = (section, m) => {
        for (const [key, e] of Object.entries(m ?? {})) {
            all.push({ section, key, runs_seen: e.runs_seen, hits_total: e.hits_total, first_seen: e.first_seen, last_seen: e.last_seen });
        }
    };
    add('files', p.entries.files);
    add('network', p.entries.network);
    add('processes', p.entries.processes);
    add('tools', p.entries.tools);
    all.sort((a, b) => b.runs_seen - a.runs_seen ||
        b.hits_total - a.hits_total ||
        (a.section < b.section ? -1 : a.section > b.section ? 1 : 0) ||
        (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return {
        schema: 'assay.profile_summary.v1',
        name: p.name,
        version: p.version,
        scope: p.scope ?? null,
        created_at: p.created_at,
        updated_at: p.updated_at,
        total_runs: p.total_runs,
        last_run_id: p.run_ids.at(-1) ?? null,
        run_ids_kept: p.run_ids.length,
        counts: {
            files: Object.keys(p.entries.files).length,
            network: Object.keys(p.entries.network).length,
            processes: Object.keys(p.entries.processes).length,
            tools: Object.keys(p.entries.tools ?? {}).length,
        },
        top: all.slice(0, Math.max(0, top)),
    };
}
function profileSummaryText(s) {
    const lines = [
        `Profile: ${(0,safe_text/* safeText */.Hk)(s.name)} (version ${s.version}${s.scope !== null ? `, scope ${(0,safe_text/* safeText */.Hk)(s.scope)}` : ''})`,
        `Runs: ${s.total_runs}${s.last_run_id !== null ? ` (last: ${(0,safe_text/* safeText */.Hk)(s.last_run_id)})` : ''}`,
        `Created: ${s.created_at}  Updated: ${s.updated_at}`,
        `Entries: ${s.counts.files} files, ${s.counts.network} network, ${s.counts.processes} processes, ${s.counts.tools} tools`,
    ];
    if (s.top.length) {
        lines.push(`Top ${s.top.length} by runs seen:`);
        const width = Math.min(60, Math.max(...s.top.map((t) => [...t.key].length)));
        for (const t of s.top) {
            const key = (0,safe_text/* safeText */.Hk)(t.key, { bound: 120 }).replace(/[\r\n\t]/g, ' ');
            lines.push(`  ${t.section.padEnd(9)}  ${key.padEnd(width)}  ${t.runs_seen}/${s.total_runs} runs  ${t.hits_total} hits`);
        }
    }
    else
        lines.push('No entries yet: run `assay profile update --profile <file> -i <trace> --run-id <id>`.');
    return lines.join('\n') + '\n';
}
function profileSummaryDocument(s, format) {
    return format === 'json' ? JSON.stringify(s, null, 2) + '\n' : (0,yaml_emit/* emitYaml */.h2)(s);
}

;// CONCATENATED MODULE: ./src/core/profile/index.ts
// Public API of behaviour profiles.





/***/ })

};
