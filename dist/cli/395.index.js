export const id = 395;
export const ids = [395,810];
export const modules = {

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandClock: () => (/* binding */ commandClock),
/* harmony export */   configureGenerate: () => (/* binding */ configureGenerate),
/* harmony export */   isoSeconds: () => (/* binding */ isoSeconds),
/* harmony export */   numberFlag: () => (/* binding */ numberFlag),
/* harmony export */   parseKind: () => (/* binding */ parseKind),
/* harmony export */   printWarnings: () => (/* binding */ printWarnings),
/* harmony export */   register: () => (/* binding */ register),
/* harmony export */   runGenerate: () => (/* binding */ runGenerate),
/* harmony export */   traceInput: () => (/* binding */ traceInput),
/* harmony export */   writeOutput: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6147);
/* harmony import */ var _src_core_migrate_diff_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7158);
/* harmony import */ var _src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4885);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7810);
// `assay generate` (02 §4.5; alias `assay policy generate`): a policy learned from one run (`-i`) or a
// profile of many runs (`--profile`). Runtime events → runtime policy document; tool-call traces → a
// least-privilege v2 tool policy (docs/authoring.md).








/** The injected clock (06 §7): SOURCE_DATE_EPOCH or 1970 in reproducible mode, else the wall clock. */
function commandClock(reproducibleFlag) {
    const sde = process.env.SOURCE_DATE_EPOCH;
    if (sde !== undefined && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000);
    if ((0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .reproducibleMode */ .AC)(reproducibleFlag))
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
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `${name} must be a number (got "${value}")`, { source: 'cli' });
    return n;
}
/** `-i <file|->`: a file, or stdin when `-`. */
function traceInput(given) {
    if (given === '-')
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8'), display: '-' };
    const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(given);
    return { path: r.path, display: r.display };
}
function printWarnings(ws, quiet = false) {
    if (quiet)
        return;
    for (const w of ws.slice(0, 20))
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)((0,_src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDiagnostic */ .xy)(w));
    if (ws.length > 20)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`… and ${ws.length - 20} more skipped line(s)`);
}
/** Write a file the command was asked to write; failure → 3 E_IO_ERROR. */
function writeOutput(path, display, text) {
    try {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .emitArtefact */ .g9)(text, path);
    }
    catch (e) {
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${display}: ${e.message}`, { source: 'cli', context: { file: display }, nextStepValues: { path: display } });
    }
}
function parseKind(value) {
    if (value === 'auto' || value === 'runtime' || value === 'tool')
        return value;
    throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --kind "${value}" (allowed: auto, runtime, tool)`, { source: 'cli' });
}
function configureGenerate(cmd) {
    return cmd
        .description('Generate a policy from observed behaviour: one run (-i) or a profile (--profile)')
        .option('-i, --input <file>', 'runtime events or a tool-call trace (JSONL, .json call list, or - for stdin)')
        .option('--profile <file>', 'a profile of many runs (assay profile update)')
        .option('-o, --output <file>', 'where to write the policy', 'policy.yaml')
        .option('--name <name>', 'policy name', 'Generated Policy')
        .option('-f, --format <format>', 'yaml | json', 'yaml')
        .option('--dry-run', 'print the policy on stdout; write nothing')
        .option('--diff', 'print a unified diff against the existing output')
        .option('--heuristics', 'flag risky entries; for tool traces generalise argument patterns and deny command tools')
        .option('--entropy-threshold <bits>', 'path-segment entropy that needs review', '3.8')
        .option('--min-stability <x>', 'profile: stability to allow an entry (0–1)', '0.7')
        .option('--review-threshold <x>', 'profile: stability to list an entry for review (0–1, ≤ min-stability)', '0.6')
        .option('--new-is-risky', 'profile: entries below the thresholds or min-runs go to needs_review')
        .option('--alpha <a>', 'profile: Laplace smoothing α (> 0)', '1.0')
        .option('--min-runs <n>', 'profile: runs an entry needs before it can be allowed', '1')
        .option('--wilson-z <z>', 'profile: z of the Wilson lower bound (> 0)', '1.96')
        .option('--stability-method <m>', 'profile: laplace (share of runs, default) | wilson (lower bound)', 'laplace')
        .option('--kind <kind>', 'auto | runtime | tool (what the input holds; default: told by content)', 'auto')
        .option('--strict', 'bad input lines are fatal')
        .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
        .option('-q, --quiet', 'errors only');
}
function register(program) {
    const action = async (flags) => {
        process.exitCode = await runGenerate(flags);
    };
    configureGenerate(program.command('generate')).action(action);
    // `assay policy generate` (02 §4.5 alias).
    const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
    configureGenerate(policy.command('generate')).action(action);
}
async function runGenerate(flags) {
    try {
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(flags.format, ['yaml', 'json']);
        if ((flags.input === undefined) === (flags.profile === undefined)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'give exactly one of --input/-i or --profile', { source: 'cli' });
        }
        const method = flags.stabilityMethod;
        if (method !== 'laplace' && method !== 'wilson')
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --stability-method "${method}" (allowed: laplace, wilson)`, { source: 'cli' });
        const stability = {
            minStability: numberFlag('--min-stability', flags.minStability),
            reviewThreshold: numberFlag('--review-threshold', flags.reviewThreshold),
            newIsRisky: flags.newIsRisky === true,
            alpha: numberFlag('--alpha', flags.alpha),
            minRuns: numberFlag('--min-runs', flags.minRuns),
            wilsonZ: numberFlag('--wilson-z', flags.wilsonZ),
            method,
        };
        const kind = parseKind(flags.kind);
        const entropyThreshold = numberFlag('--entropy-threshold', flags.entropyThreshold);
        (0,_src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkGenerateOptions */ .o6)({ stability, entropyThreshold });
        const now = commandClock(flags.reproducible);
        let profile;
        if (flags.profile !== undefined) {
            const p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.profile);
            profile = { profile: (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProfile */ .iH)(p.path, p.display), display: p.display };
        }
        const r = await (0,_src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .generatePolicy */ .WA)({
            ...(flags.input !== undefined ? { input: traceInput(flags.input) } : {}),
            ...(profile ? { profile } : {}),
            kind,
            name: flags.name,
            format,
            heuristics: flags.heuristics === true,
            entropyThreshold,
            stability,
            strict: flags.strict === true,
            generatedAt: isoSeconds(now),
        });
        printWarnings(r.warnings, flags.quiet);
        if (!flags.quiet) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Aggregated ${r.unique} unique from ${r.events} ${r.kind === 'runtime' ? 'events' : 'calls'}`);
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Policy: ${r.allow} allow, ${r.needs_review} needs_review, ${r.deny} deny`);
        }
        const out = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.output);
        if (flags.diff) {
            const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(out.path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(out.path, 'utf8') : '';
            const d = (0,_src_core_migrate_diff_js__WEBPACK_IMPORTED_MODULE_7__/* .unifiedDiff */ .W)(before, r.text, { fromFile: `a/${out.display}`, toFile: `b/${out.display}` });
            if (d)
                process.stdout.write(d);
            else if (!flags.quiet)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`No changes to ${out.display}`);
        }
        if (flags.dryRun) {
            if (!flags.diff)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .emitArtefact */ .g9)(r.text);
            return 0;
        }
        writeOutput(out.path, out.display, r.text);
        if (!flags.quiet)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Wrote ${out.display}`);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(e);
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
/* harmony import */ var _trace_assembler_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7955);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1438);
// Reading tool calls for the authoring commands (generate, profile, explain, coverage) through the one
// trace reader (01 §1): a file (streamed; `.json` = call-list document) or text already read (stdin).
// Coverage also takes CloudEvents `assay.tool.decision` lines (02 §4.7), which the trace reader counts as
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
 * binding ids within an input are fatal as everywhere (01 §1.7).
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
            s = await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_4__.readTraceFiles)([{ path: input.path ?? input.display, displayPath: input.display }], visitor, { strict: opts.strict ?? false, retainCalls: true });
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
// The risk heuristics of `assay generate --heuristics` (02 §4.5, 05 §7 step 3): path entropy, hash-like
// segments and sensitive ports; for tool-call traces also the dangerous tool names.

const DEFAULT_ENTROPY_THRESHOLD = 3.8;
/** Above this many bits a path segment is a deny recommendation (fixed by the spec). */
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
/** Entropy and hash checks of one path (02 §4.5). */
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
/** Sensitive destination ports (02 §4.5). */
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
// EXTERNAL MODULE: ./src/core/trace/index.ts + 4 modules
var trace = __webpack_require__(1438);
// EXTERNAL MODULE: ./src/core/generate/runtime-events.ts
var runtime_events = __webpack_require__(1773);
;// CONCATENATED MODULE: ./src/core/generate/input-kind.ts
// `generate` and `profile update` read two kinds of input (docs/authoring.md): runtime events
// (01 §1.13: file_open / net_connect / proc_exec) give a runtime policy document; tool-call traces
// (01 §1, any shape) give a v2 tool policy. The kind is told by content: among the first 500 JSON
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
                text = (0,external_node_fs_.readFileSync)(input.path ?? input.display, 'utf8');
            }
            catch (e) {
                throw notFound(input.display, e);
            }
        }
        const events = (0,runtime_events/* parseRuntimeEvents */.L)(text, input.display, { strict: o.strict ?? false });
        return { kind, events, warnings: events.warnings, eventCount: events.events };
    }
    const stats = new tool_stats/* ToolStatsBuilder */.NC(o.entropyThreshold !== undefined ? { entropyThreshold: o.entropyThreshold } : {});
    const r = await (0,read_calls/* readCalls */.s)([input], (e) => stats.addEntry(e.tool_calls), { strict: o.strict ?? false });
    (0,trace.requireRecords)(r.stats, input.display);
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
// A least-privilege v2 tool policy from observed tool calls (issue 7; docs/authoring.md): the tools seen
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
/** A name the allowlist and `schemas` can name exactly (01 §2.4 has no escape for edge stars). */
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
// `assay generate` (02 §4.5; docs/authoring.md): a policy learned from behaviour. Runtime events give the
// runtime policy document (01 §2.9); tool-call traces give a least-privilege v2 tool policy. Exactly one
// source: one run (`-i`) or a profile of many runs (`--profile`).
















const usage = (m) => new errors/* UsageError */.eb('E_INVALID_ARGS', m, { source: 'cli' });
/** Range checks of 02 §4.5 (bad args → 2 E_INVALID_ARGS). */
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
// Runtime event files (01 §1.13): `file_open` / `net_connect` / `proc_exec` JSONL, `#` comments.
// Other lines are bad lines under 01 §1.1 (skipped with a warning, fatal with --strict); a file with no
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
// The runtime policy document (01 §2.9) from one run's events or from a profile (02 §4.5).
// Entries are de-duplicated and sorted by code unit; empty lists are omitted; an empty `network` is `{}`.



const RUNTIME_KINDS = ['files', 'network', 'processes'];
/** Section keys per kind: allow, review, deny (01 §2.9). */
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
/** Heuristic remarks on one string value (02 §4.5 heuristics applied to arguments). */
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
/* harmony export */   l: () => (/* binding */ yamlString)
/* harmony export */ });
/* unused harmony export yamlFlowList */
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

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
// Unified diffs for previews (`migrate --dry-run`, `doctor --fix --dry-run`, `generate --diff`).
// Myers' O((N+M)·D) algorithm over lines; past MAX_EDITS edits the whole file is one hunk (still a
// correct diff, just not a minimal one), which keeps time and memory bounded on unrelated files.
const MAX_EDITS = 4000;
/** A last line without LF carries this mark, so it differs from the same line with one. */
const NO_NEWLINE = '\u0000no-newline';
function splitLines(s) {
    if (s === '')
        return [];
    const finalNewline = s.endsWith('\n');
    const lines = (finalNewline ? s.slice(0, -1) : s).split('\n');
    if (!finalNewline)
        lines[lines.length - 1] += NO_NEWLINE;
    return lines;
}
function render(op) {
    return op.line.endsWith(NO_NEWLINE) ? `${op.kind}${op.line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file` : `${op.kind}${op.line}`;
}
/** Edit script from a to b, or null when it needs more than MAX_EDITS edits. */
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, MAX_EDITS);
    const offset = max + 1;
    let v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        const next = v.slice();
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m) {
                trace.push(next);
                return backtrack(trace, a, b, offset);
            }
        }
        v = next;
    }
    return null;
}
function backtrack(trace, a, b, offset) {
    const ops = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 2; d >= 0; d--) {
        const v = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
        const prevX = d === 0 ? 0 : v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: ' ', line: a[x - 1] });
            x--;
            y--;
        }
        if (d === 0)
            break;
        if (x === prevX)
            ops.push({ kind: '+', line: b[prevY] });
        else
            ops.push({ kind: '-', line: a[prevX] });
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: ' ', line: a[x - 1] });
        x--;
        y--;
    }
    return ops.reverse();
}
/** A unified diff (`---`/`+++` headers, `@@` hunks); "" when the texts are equal. */
function unifiedDiff(before, after, o) {
    if (before === after)
        return '';
    const A = splitLines(before);
    const B = splitLines(after);
    const ctx = o.context ?? 3;
    let ops = myers(A, B);
    if (ops === null)
        ops = [...A.map((line) => ({ kind: '-', line })), ...B.map((line) => ({ kind: '+', line }))];
    const lines = [`--- ${o.fromFile}`, `+++ ${o.toFile}`];
    // Positions (1-based) of each op in a and b.
    let ai = 1;
    let bi = 1;
    const pos = ops.map((op) => {
        const p = { a: ai, b: bi };
        if (op.kind !== '+')
            ai++;
        if (op.kind !== '-')
            bi++;
        return p;
    });
    let i = 0;
    while (i < ops.length) {
        while (i < ops.length && ops[i].kind === ' ')
            i++;
        if (i >= ops.length)
            break;
        const start = Math.max(0, i - ctx);
        let end = i;
        // Extend the hunk while changes are within 2·ctx of each other.
        for (;;) {
            while (end < ops.length && ops[end].kind !== ' ')
                end++;
            let j = end;
            while (j < ops.length && ops[j].kind === ' ' && j - end < 2 * ctx)
                j++;
            if (j < ops.length && ops[j].kind !== ' ')
                end = j;
            else
                break;
        }
        const stop = Math.min(ops.length, end + ctx);
        const hunk = ops.slice(start, stop);
        const aCount = hunk.filter((x) => x.kind !== '+').length;
        const bCount = hunk.filter((x) => x.kind !== '-').length;
        const aStart = aCount === 0 ? pos[start].a - 1 : pos[start].a;
        const bStart = bCount === 0 ? pos[start].b - 1 : pos[start].b;
        lines.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
        for (const op of hunk)
            lines.push(render(op));
        i = stop;
    }
    return lines.join('\n') + '\n';
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
// `profile show` (02 §4.6): totals and the top entries by runs seen, as text or a document.


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
// Public API of behaviour profiles (02 §4.6, 01 §1.13).





/***/ }),

/***/ 7192:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $M: () => (/* binding */ MAX_RUN_ID_DIGESTS),
/* harmony export */   Kt: () => (/* binding */ serializeProfile),
/* harmony export */   _j: () => (/* binding */ MAX_RUN_IDS),
/* harmony export */   i: () => (/* binding */ profileFormatFor),
/* harmony export */   iH: () => (/* binding */ loadProfile),
/* harmony export */   ji: () => (/* binding */ emptyProfile)
/* harmony export */ });
/* unused harmony exports PROFILE_VERSION, PROFILE_MAX_BYTES, profileDocument, parseProfile */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _generate_yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7366);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9723);
// The behaviour profile (01 §1.13): runs merged into per-key counters, read by `generate --profile`
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
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
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
/* harmony export */   O0: () => (/* binding */ toolStatOf)
/* harmony export */ });
/* unused harmony exports runIdDigest, hasRun */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _generate_tool_stats_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(975);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7192);
// `profile update` (02 §4.6): merge one run into a profile. Idempotent per run id (its sha256 is kept in
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


/***/ })

};
