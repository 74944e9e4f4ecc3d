export const id = 749;
export const ids = [749];
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

/***/ 749:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:readline/promises"
var promises_ = __webpack_require__(6848);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/eval/baseline.ts
var baseline = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/core/eval/load.ts + 6 modules
var load = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/gate/validate.ts
var validate = __webpack_require__(4837);
// EXTERNAL MODULE: ./src/core/gate/validate-eval.ts
var validate_eval = __webpack_require__(208);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 1 modules
var policy = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/policy/traversal-probe.ts
var traversal_probe = __webpack_require__(3943);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/policy/load-tools.ts
var load_tools = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/util/unknown-keys.ts
var unknown_keys = __webpack_require__(6203);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
;// CONCATENATED MODULE: ./src/core/doctor/typos.ts
// `doctor --fix`: an unknown key is renamed to the single known key within edit distance 2.
// The rename is a text edit at the key's position, so comments and formatting stay as they are.




// The edit distance and the single-candidate rule are shared with the loaders' "did you mean".

const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const EVAL_ROOT = ['configVersion', 'version', 'suite', 'model', 'settings', 'thresholds', 'otel', 'tests'];
const EVAL_TEST = ['id', 'input', 'expected', 'assertions', 'on_error', 'tags', 'metadata'];
const EVAL_INPUT = ['prompt', 'context'];
const EVAL_SETTINGS = ['parallel', 'timeout_seconds', 'cache', 'seed', 'on_error', 'bail_on_first_failure', 'judge', 'thresholding'];
const EVAL_THRESHOLDS = ['min_score', 'block_on_warn'];
const EVAL_THRESHOLDING = ['mode', 'max_drop', 'min_floor'];
/** Renames for a policy (root and `tools`) or an eval config (root, tests, input, settings, thresholds). */
function findKeyRenames(text, file, kind) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, file, 'E_CFG_PARSE');
    const src = parsed.source;
    if (!src || !isObj(src.value))
        return [];
    const out = [];
    const check = (obj, at, known) => {
        const present = Object.keys(obj);
        for (const k of present) {
            if (known.includes(k))
                continue;
            const to = (0,unknown_keys/* closestKey */.bi)(k, known, present);
            if (to === null)
                continue;
            const pos = src.keyPosOf([...at, k]);
            out.push({ file, path: [...at, k], from: k, to, line: pos.line, col: pos.col });
        }
    };
    const root = src.value;
    if (kind === 'policy') {
        check(root, [], policy/* ROOT_KEYS */.yv);
        if (isObj(root.tools))
            check(root.tools, ['tools'], load_tools/* TOOLS_KEYS */.hw);
    }
    else {
        check(root, [], EVAL_ROOT);
        if (isObj(root.settings)) {
            check(root.settings, ['settings'], EVAL_SETTINGS);
            if (isObj(root.settings.thresholding))
                check(root.settings.thresholding, ['settings', 'thresholding'], EVAL_THRESHOLDING);
        }
        if (isObj(root.thresholds))
            check(root.thresholds, ['thresholds'], EVAL_THRESHOLDS);
        if (Array.isArray(root.tests)) {
            root.tests.forEach((t, i) => {
                if (!isObj(t))
                    return;
                check(t, ['tests', i], EVAL_TEST);
                if (isObj(t.input))
                    check(t.input, ['tests', i, 'input'], EVAL_INPUT);
            });
        }
    }
    return out;
}
/** Apply renames to the text (each checked against the text at its position; others are skipped). */
function applyKeyRenames(text, renames) {
    const bom = text.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
    const body = bom ? text.slice(1) : text;
    const lines = body.split('\n');
    const applied = [];
    const sorted = [...renames].sort((a, b) => b.line - a.line || b.col - a.col);
    for (const r of sorted) {
        const line = lines[r.line - 1];
        if (line === undefined)
            continue;
        // Column is in code points; convert to a UTF-16 index.
        let idx = 0;
        for (let cp = 1; cp < r.col && idx < line.length; cp++)
            idx += line.codePointAt(idx) > 0xffff ? 2 : 1;
        const rest = line.slice(idx);
        let replaced;
        for (const q of ['', '"', "'"]) {
            const token = `${q}${r.from}${q}`;
            if (rest.startsWith(token)) {
                replaced = line.slice(0, idx) + `${q}${r.to}${q}` + rest.slice(token.length);
                break;
            }
        }
        if (replaced === undefined)
            continue;
        lines[r.line - 1] = replaced;
        applied.push(r);
    }
    return { text: bom + lines.join('\n'), applied: applied.reverse() };
}

;// CONCATENATED MODULE: ./src/core/doctor/sniff.ts
// `doctor` trace sniff: the first 500 lines, looking for shapes that read as "no tool calls".
// An OpenAI `function_call` (the pre-2024 single-call field) without `tool_calls` is not a tool call
// the reader knows, so a policy would see nothing.

const SNIFF_LINES = 500;
const SNIFF_BYTES = 4 << 20;
function hasFunctionCallOnly(v, depth) {
    if (depth > 4 || v === null || typeof v !== 'object')
        return false;
    if (Array.isArray(v))
        return v.some((x) => hasFunctionCallOnly(x, depth + 1));
    const o = v;
    if ('function_call' in o && o.function_call && typeof o.function_call === 'object' && !Array.isArray(o.tool_calls))
        return true;
    return Object.values(o).some((x) => hasFunctionCallOnly(x, depth + 1));
}
function sniffTrace(path, display) {
    if (/\.json$/i.test(path))
        return [];
    let text = '';
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buf = Buffer.alloc(SNIFF_BYTES);
        const n = (0,external_node_fs_.readSync)(fd, buf, 0, SNIFF_BYTES, 0);
        text = buf.toString('utf8', 0, n);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    const out = [];
    const lines = text.split('\n').slice(0, SNIFF_LINES);
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].trim();
        if (!t.startsWith('{') || !t.includes('function_call'))
            continue;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch {
            continue;
        }
        if (hasFunctionCallOnly(v, 0)) {
            out.push({
                code: 'W_TRACE_FUNCTION_CALL',
                severity: 'warning',
                source: 'trace',
                message: 'OpenAI "function_call" without "tool_calls": this call is not read as a tool call, so no policy sees it',
                file: display,
                line: i + 1,
                col: 1,
            });
            if (out.length >= 5)
                break;
        }
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/core/doctor/index.ts
// `assay doctor`: everything `validate` does, plus the environment (Node version, reports and
// cache directories), which tests lack judge/embedding values, a sniff of the trace for common shape
// mistakes, summaries of every input, and fixes it can apply (`--fix`).


















const MIN_NODE = [20, 19, 0];
function nodeVersionOk(v) {
    const parts = v.replace(/^v/, '').split('.').map((x) => Number.parseInt(x, 10));
    for (let i = 0; i < 3; i++) {
        const a = parts[i] ?? 0;
        const b = MIN_NODE[i];
        if (a !== b)
            return a > b;
    }
    return true;
}
function writableDir(path) {
    let p = path;
    let exists = false;
    try {
        exists = (0,external_node_fs_.statSync)(path).isDirectory();
    }
    catch {
        exists = false;
    }
    // A missing directory is writable when its nearest existing ancestor is.
    for (;;) {
        if ((0,external_node_fs_.existsSync)(p)) {
            try {
                if (!(0,external_node_fs_.statSync)(p).isDirectory())
                    return { exists, writable: false };
                (0,external_node_fs_.accessSync)(p, external_node_fs_.constants.W_OK);
                return { exists, writable: true };
            }
            catch {
                return { exists, writable: false };
            }
        }
        const up = (0,external_node_path_.dirname)(p);
        if (up === p)
            return { exists, writable: false };
        p = up;
    }
}
function countJson(dir) {
    try {
        return (0,external_node_fs_.readdirSync)(dir).filter((n) => n.endsWith('.json')).length;
    }
    catch {
        return 0;
    }
}
function policySummary(p, display) {
    return {
        file: display,
        name: p.name,
        version: p.version,
        spelling: p.spelling.legacy ? 'legacy v1' : p.spelling.short ? 'short form' : 'v2',
        allow: p.tools.allow?.entries.map((e) => e.pattern) ?? null,
        deny: p.tools.deny.entries.map((e) => e.pattern),
        schemas: [...p.schemas.keys()],
        unconstrained_tools: p.enforcement.unconstrainedTools,
        sequences: p.sequences.map((r) => r.ruleId),
    };
}
/** validate's eval branch with doctor's own cache directory, when the caller brings no hook of its own. */
function defaultEvalHook(o) {
    return (config, ctx) => (0,validate_eval/* validateEvalConfig */.V)(config, {
        traces: ctx.traces,
        strict: ctx.strict,
        replayStrict: o.replayStrict === true,
        denyDeprecations: o.denyDeprecations === true,
        ...(o.lenient ? { lenient: true } : {}),
        cwd: (0,external_node_path_.dirname)(config.path),
        cacheDir: o.cacheDir.path,
        // the baseline is checked below, where doctor also summarises it
    });
}
const ORDER = { 2: 0, 3: 1, 1: 2, 0: 3 };
async function runDoctor(o) {
    const checks = [];
    const own = [];
    const fixes = [];
    // Node.
    const nodeOk = nodeVersionOk(o.nodeVersion);
    checks.push({ id: 'node', status: nodeOk ? 'ok' : 'warn', message: `Node ${o.nodeVersion} (required ≥ ${MIN_NODE.join('.')})`, ...(nodeOk ? {} : { fix: 'Install Node.js 20.19 or later (nvm install 20)' }) });
    if (!nodeOk)
        own.push({ code: 'W_NODE_VERSION', severity: 'warning', message: `Node ${o.nodeVersion} is older than the supported ${MIN_NODE.join('.')}`, source: 'cli' });
    // Everything validate does.
    const v = await (0,validate/* validate */.t)({
        ...(o.config ? { config: o.config } : {}),
        ...(o.policy ? { policy: o.policy } : {}),
        traces: o.traces,
        strict: o.strict ?? false,
        denyDeprecations: o.denyDeprecations ?? false,
        lenient: o.lenient === true,
        validateEval: o.validateEval ?? defaultEvalHook(o),
    });
    const policyCheck = o.config || o.policy ? 'ran' : 'skipped';
    // Summaries of the inputs, and the typo fixes for config and policy.
    let configSummary = null;
    let policySum = null;
    let evalConfig;
    const renameTargets = [];
    if (o.config) {
        try {
            const cf = (0,config_kind/* readConfigFile */.RG)(o.config.path, o.config.display);
            configSummary = { file: o.config.display, kind: cf.kind, found_by_search: o.configFound === true };
            renameTargets.push({ ref: o.config, kind: cf.kind });
            if (cf.kind === 'eval') {
                try {
                    evalConfig = (0,load/* loadEvalConfig */.l4)(o.config.path, o.config.display, { ...(o.denyDeprecations ? { denyDeprecations: true } : {}), ...(o.lenient ? { lenient: true } : {}) }).config;
                    configSummary.suite = evalConfig.suite;
                    configSummary.model = evalConfig.model;
                    configSummary.tests = evalConfig.tests.length;
                    configSummary.policies = evalConfig.policyFiles.map((p) => p.display);
                }
                catch {
                    // Its errors are already in validate's diagnostics.
                }
            }
            checks.push({ id: 'config', status: v.diagnostics.some((d) => d.severity === 'error' && d.file === o.config.display) ? 'error' : 'ok', message: `Config: ${o.config.display} (${cf.kind === 'eval' ? 'eval config' : 'policy'})` });
        }
        catch (e) {
            checks.push({ id: 'config', status: 'error', message: `Config: ${o.config.display}: ${e.message}` });
        }
    }
    else if (!o.policy) {
        checks.push({ id: 'config', status: 'skipped', message: 'Config: none given and no eval.yaml, assay.yaml or mcp-eval.yaml here', fix: 'Run: assay init to create a config file' });
    }
    const policyRef = o.policy ?? (configSummary?.kind === 'policy' ? o.config : undefined);
    if (policyRef) {
        try {
            const p = (0,policy/* loadPolicyFile */.n$)(policyRef.path, policyRef.display, { lenient: o.lenient === true });
            policySum = policySummary(p.policy, policyRef.display);
            const legacy = p.policy.spelling.legacy;
            checks.push({ id: 'policy', status: legacy ? 'warn' : 'ok', message: `Policy: ${policyRef.display} (${String(policySum.spelling)})`, ...(legacy ? { fix: `Run: ${(0,reason_codes/* shellCommand */.q$)(['assay', 'migrate', '--policy', policyRef.display])}` } : {}) });
        }
        catch (e) {
            checks.push({ id: 'policy', status: 'error', message: `Policy: ${policyRef.display}: ${e.message}` });
        }
        if (o.policy)
            renameTargets.push({ ref: o.policy, kind: 'policy' });
    }
    // validate probed every path regex; doctor lists each as a check with its fix.
    for (const d of v.diagnostics) {
        if (d.code !== traversal_probe/* PATH_REGEX_TRAVERSAL */.h9)
            continue;
        checks.push({ id: 'path_regex', status: 'warn', message: `${d.file}:${d.line}:${d.col}: ${d.message}`, fix: 'Constrain path arguments with within: [<folder>, …] instead of a regex (docs/authoring.md, "Path arguments")' });
    }
    for (const t of renameTargets) {
        let text;
        try {
            // A rename writes the file back: never from a lossy decode (validate reports the bad byte).
            const bytes = (0,external_node_fs_.readFileSync)(t.ref.path);
            if ((0,read_text/* findUtf8Problem */.kd)(bytes))
                continue;
            text = bytes.toString('utf8');
        }
        catch {
            continue;
        }
        const renames = findKeyRenames(text, t.ref.display, t.kind);
        if (!renames.length)
            continue;
        const after = applyKeyRenames(text, renames);
        if (!after.applied.length)
            continue;
        fixes.push({
            kind: 'rename_key',
            path: t.ref.path,
            display: t.ref.display,
            description: after.applied.map((r) => `rename "${r.from}" to "${r.to}" at ${t.ref.display}:${r.line}:${r.col}`).join('; '),
            before: text,
            after: after.text,
            renames: after.applied,
        });
        for (const r of after.applied)
            checks.push({ id: 'typo', status: 'warn', message: `${t.ref.display}:${r.line}:${r.col}: unknown key "${r.from}" looks like "${r.to}"`, fix: 'Run: assay doctor --fix' });
    }
    // Traces: summary and the shape sniff.
    let traceSummary = null;
    if (v.stats)
        traceSummary = { files: o.traces.map((t) => t.display), ...v.stats };
    for (const t of o.traces) {
        if (!(0,external_node_fs_.existsSync)(t.path))
            continue;
        for (const d of sniffTrace(t.path, t.display)) {
            own.push(d);
            checks.push({ id: 'trace_shape', status: 'warn', message: `${d.file}:${d.line}: ${d.message}`, fix: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}]' });
        }
    }
    if (o.traces.length)
        checks.push({ id: 'trace', status: v.diagnostics.some((d) => d.severity === 'error' && d.source === 'trace') ? 'error' : 'ok', message: `Trace: ${o.traces.map((t) => t.display).join(', ')}${v.stats ? ` (${v.stats.calls} calls in ${v.stats.episodes} entries)` : ''}` });
    else if (evalConfig?.model === 'trace') {
        checks.push({ id: 'trace', status: 'warn', message: 'Trace: the config uses model: trace but no --trace-file was given', fix: 'Pass the trace with --trace-file (run and ci need it)' });
    }
    // Judge/embedding values the tests need (as validate checks them).
    const cache = writableDir(o.cacheDir.path);
    const cacheSummary = { path: o.cacheDir.display, ...cache, judge_entries: countJson(`${o.cacheDir.path}/judge`), embedding_entries: countJson(`${o.cacheDir.path}/embeddings`) };
    // validate reported the W_EVAL_CACHE_MISS / E_REPLAY_STRICT_MISSING diagnostics; doctor adds the check line.
    const missing = v.missingValues;
    checks.push({
        id: 'cache',
        status: missing.length ? 'warn' : 'ok',
        message: `Cache: ${o.cacheDir.display} (${cache.exists ? `${cacheSummary.judge_entries} judge, ${cacheSummary.embedding_entries} embedding entries` : 'not created yet'}${missing.length ? `; ${missing.length} test(s) lack values: ${missing.map((m) => m.test_id).join(', ')}` : ''})`,
        ...(missing.length ? { fix: 'Record them once: assay run --record --judge openai --embedder openai, then commit .assay/cache' } : {}),
    });
    // Reports directory.
    const reports = writableDir(o.reportsDir.path);
    if (!reports.writable) {
        own.push({ code: 'E_IO_ERROR', severity: 'error', source: 'cli', message: `reports directory ${o.reportsDir.display} is not writable`, file: o.reportsDir.display });
        checks.push({ id: 'reports_dir', status: 'error', message: `Reports: ${o.reportsDir.display} is not writable`, fix: `Make ${o.reportsDir.display} writable or pass --out-dir` });
    }
    else if (!reports.exists) {
        checks.push({ id: 'reports_dir', status: 'ok', message: `Reports: ${o.reportsDir.display} (created on the first run)` });
        fixes.push({ kind: 'create_dir', path: o.reportsDir.path, display: o.reportsDir.display, description: `create directory ${o.reportsDir.display}` });
    }
    else
        checks.push({ id: 'reports_dir', status: 'ok', message: `Reports: ${o.reportsDir.display} (writable)` });
    if (!cache.exists && cache.writable && (evalConfig?.tests.some((t) => t.expected && ['faithfulness', 'relevance', 'semantic_similarity_to'].includes(t.expected.kind)) ?? false)) {
        fixes.push({ kind: 'create_dir', path: o.cacheDir.path, display: o.cacheDir.display, description: `create directory ${o.cacheDir.display}` });
    }
    // Baseline (as validate checks it).
    let baselineSummary = null;
    if (o.baseline) {
        if (!(0,external_node_fs_.existsSync)(o.baseline.path)) {
            own.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Baseline file not found: ${o.baseline.display}`, file: o.baseline.display });
        }
        else {
            try {
                const bytes = o.config ? (0,external_node_fs_.readFileSync)(o.config.path) : undefined;
                const b = (0,baseline/* parseBaseline */.nk)((0,read_text/* readTextStrict */.hr)(o.baseline.path, o.baseline.display, 'E_BASELINE_INVALID', { source: 'baseline' }), o.baseline.display, { suite: evalConfig?.suite ?? 'policy', assayVersion: version/* VERSION */.x, ...(bytes ? { configBytes: bytes } : {}) });
                own.push(...b.warnings);
                baselineSummary = { file: o.baseline.display, suite: b.baseline?.suite ?? null, entries: b.baseline?.entries.length ?? 0 };
            }
            catch (e) {
                const at = e instanceof errors/* AssayError */.WV && e.context.line !== undefined ? { line: e.context.line, col: e.context.col ?? 1 } : {};
                own.push({ code: 'E_BASE_MISMATCH', severity: 'error', source: 'baseline', message: e.message, file: o.baseline.display, ...at });
            }
        }
    }
    if (policyCheck === 'skipped')
        checks.push({ id: 'policy_check', status: 'skipped', message: 'Policy Check: SKIPPED (no config and no --policy)' });
    // Outcome: validate's classes, plus I/O (3); precedence 2 > 3 > 1 > 0.
    const diagnostics = [...v.diagnostics, ...own];
    const candidates = [{ exit: v.exitCode, code: v.reasonCode }];
    const ownError = own.find((d) => d.severity === 'error' && d.code !== 'E_IO_ERROR');
    if (ownError)
        candidates.push({ exit: 2, code: (0,reason_codes/* isReasonCode */.O8)(ownError.code) ? ownError.code : 'E_CFG_PARSE' });
    if (own.some((d) => d.code === 'E_IO_ERROR'))
        candidates.push({ exit: 3, code: 'E_IO_ERROR' });
    candidates.sort((a, b) => ORDER[a.exit] - ORDER[b.exit]);
    const outcome = candidates[0];
    const suggestedActions = [...new Set(checks.filter((c) => c.fix && c.status !== 'ok').map((c) => c.fix))];
    return {
        validate: v,
        checks,
        diagnostics,
        exitCode: outcome.exit,
        reasonCode: outcome.code,
        summaries: {
            node: { version: o.nodeVersion, ok: nodeOk, required: MIN_NODE.join('.') },
            config: configSummary,
            policy: policySum,
            trace: traceSummary,
            baseline: baselineSummary,
            reports_dir: { path: o.reportsDir.display, ...reports },
            cache: cacheSummary,
        },
        missing,
        fixes,
        suggestedActions,
        policyCheck,
    };
}
/** Apply planned fixes (file edits, directories). Returns what was done, one line each. */
function applyFixes(fixes) {
    const done = [];
    for (const f of fixes) {
        if (f.kind === 'create_dir') {
            (0,make_dirs/* makeDirs */.X)(f.path);
            done.push(`Created ${f.display}`);
        }
        else if (f.after !== undefined) {
            (0,external_node_fs_.writeFileSync)(f.path, f.after);
            done.push(`Fixed ${f.display}: ${f.description}`);
        }
    }
    return done;
}

// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
// EXTERNAL MODULE: ./src/core/migrate/diff.ts
var diff = __webpack_require__(7158);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: ./cli/render/color.ts
var render_color = __webpack_require__(6771);
// EXTERNAL MODULE: ./cli/render/validate-text.ts
var validate_text = __webpack_require__(598);
// EXTERNAL MODULE: ./cli/commands/validate.ts + 1 modules
var commands_validate = __webpack_require__(3986);
// EXTERNAL MODULE: ./cli/command-helpers.ts
var command_helpers = __webpack_require__(1518);
// EXTERNAL MODULE: ./cli/render/diagnostics-json.ts
var diagnostics_json = __webpack_require__(7535);
// EXTERNAL MODULE: ./cli/trace-args.ts + 1 modules
var trace_args = __webpack_require__(6812);
// EXTERNAL MODULE: ./cli/lenient.ts
var lenient = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/runtime/native/index.ts + 4 modules
var runtime_native = __webpack_require__(7186);
;// CONCATENATED MODULE: ./src/runtime/runner-probe.ts
// `assay doctor --runner`: what this runner's kernel offers and which Assay feature each item enables.
// Landlock and seccomp are asked of the kernel through the native helper's probe (never read from
// /sys/kernel/security/lsm); the other facts come from /proc and /sys. See docs/sandbox.md.


function readNumber(p) {
    try {
        const n = Number(external_node_fs_.readFileSync(p, 'utf8').trim());
        return Number.isFinite(n) ? n : undefined;
    }
    catch {
        return undefined;
    }
}
function cgroupKind() {
    let mounts = '';
    try {
        mounts = external_node_fs_.readFileSync('/proc/mounts', 'utf8');
    }
    catch {
        return 'none';
    }
    const lines = mounts.split('\n').map((l) => l.split(' '));
    const v2 = lines.filter((f) => f[2] === 'cgroup2');
    if (v2.some((f) => f[1] === '/sys/fs/cgroup'))
        return 'v2';
    if (v2.length)
        return 'hybrid';
    return lines.some((f) => f[2] === 'cgroup') ? 'v1' : 'none';
}
function gatherRunnerFacts(opts = {}) {
    const helper = (0,runtime_native/* locateHelper */.Hi)({ ...(opts.nativeHelper !== undefined ? { explicit: opts.nativeHelper } : {}), ...(opts.env ? { env: opts.env } : {}) });
    let probe;
    let probeError;
    if (helper.ok) {
        try {
            probe = (0,runtime_native/* runProbe */.mW)(helper.path);
        }
        catch (e) {
            if (!(e instanceof runtime_native/* ProbeFailed */.Qr))
                throw e;
            probeError = e.message;
        }
    }
    let lsms;
    try {
        lsms = external_node_fs_.readFileSync('/sys/kernel/security/lsm', 'utf8').trim().split(',').filter(Boolean);
    }
    catch {
        lsms = undefined;
    }
    const num = (p) => readNumber(p);
    const ptraceScope = num('/proc/sys/kernel/yama/ptrace_scope');
    const max = num('/proc/sys/user/max_user_namespaces');
    const clone = num('/proc/sys/kernel/unprivileged_userns_clone');
    const apparmorRestrict = num('/proc/sys/kernel/apparmor_restrict_unprivileged_userns');
    const unprivilegedBpfDisabled = num('/proc/sys/kernel/unprivileged_bpf_disabled');
    return {
        helper: helper.ok ? { ok: true, path: helper.path, origin: helper.origin } : { ok: false, detail: helper.detail, message: helper.message, ...(helper.install ? { install: helper.install } : {}) },
        ...(probe ? { probe } : {}),
        ...(probeError ? { probeError } : {}),
        ...(ptraceScope !== undefined ? { ptraceScope } : {}),
        userns: { ...(max !== undefined ? { max } : {}), ...(clone !== undefined ? { clone } : {}), ...(apparmorRestrict !== undefined ? { apparmorRestrict } : {}) },
        cgroup: cgroupKind(),
        ...(unprivilegedBpfDisabled !== undefined ? { unprivilegedBpfDisabled } : {}),
        btf: external_node_fs_.existsSync('/sys/kernel/btf/vmlinux'),
        ...(lsms ? { lsms } : {}),
        uid: typeof process.getuid === 'function' ? process.getuid() : -1,
    };
}
/** Map the facts to checks (pure, so every branch is tested with hand-made facts). */
function assessRunner(f) {
    const out = [];
    const ll = f.probe?.landlock;
    out.push(f.helper.ok
        ? { id: 'native_helper', status: 'ok', value: `${f.helper.origin}: ${f.helper.path}`, enables: 'assay sandbox containment, assay record' }
        : { id: 'native_helper', status: 'missing', value: `${f.helper.message}${f.helper.install ? ` — ${f.helper.install}` : ''}`, enables: 'nothing is contained: sandbox runs audit-only (exit 2 with --fail-closed)' });
    if (!ll) {
        out.push({ id: 'landlock', status: 'unknown', value: f.probeError ?? 'needs the native helper to ask the kernel', enables: 'assay sandbox (files, TCP ports)' });
    }
    else if (ll.status !== 'available') {
        out.push({ id: 'landlock', status: 'missing', value: `${ll.status} (${ll.errno ?? '?'})`, enables: 'assay sandbox stays audit-only' });
    }
    else {
        const parts = [`ABI ${ll.abi}`, ll.abi >= 4 ? 'TCP ports' : 'no TCP rules (ABI < 4)', ll.abi >= 6 ? 'scopes' : 'no scopes (ABI < 6)'];
        out.push({ id: 'landlock', status: ll.abi >= 4 ? 'ok' : 'warn', value: parts.join(', '), enables: `assay sandbox: files${ll.abi >= 4 ? ', --enforce-net' : ''}${ll.abi >= 6 ? ', signal/abstract-socket scopes' : ''}` });
    }
    if (f.probe) {
        const s = f.probe.seccomp;
        out.push({ id: 'seccomp', status: s.filter ? 'ok' : 'missing', value: `filter ${s.filter ? 'yes' : 'no'}, user notification ${s.userNotif ? 'yes' : 'no'}`, enables: 'sandbox --seccomp-baseline; record/trace syscall filter' });
        out.push({ id: 'ptrace', status: f.probe.ptrace === 'available' ? 'ok' : 'missing', value: f.probe.ptrace, enables: 'assay record (trace mode)' });
    }
    else {
        out.push({ id: 'seccomp', status: 'unknown', value: 'needs the native helper', enables: 'sandbox --seccomp-baseline; record/trace syscall filter' });
        out.push({ id: 'ptrace', status: 'unknown', value: 'needs the native helper', enables: 'assay record (trace mode)' });
    }
    const scope = f.ptraceScope;
    out.push({
        id: 'ptrace_scope',
        status: scope === undefined || scope <= 1 ? 'ok' : 'warn',
        value: scope === undefined ? 'no Yama (classic ptrace rules)' : `${scope}${scope === 1 ? ' (children only)' : scope >= 2 ? ' (admin only: record cannot trace)' : ' (any own process)'}`,
        enables: 'record of a spawned command (≤ 1); attaching to a running PID (0 or CAP_SYS_PTRACE)',
    });
    const u = f.userns;
    const usernsOff = u.max === 0 || u.clone === 0 || u.apparmorRestrict === 1;
    out.push({
        id: 'user_namespaces',
        status: usernsOff ? 'warn' : 'ok',
        value: usernsOff ? `restricted (${[u.max === 0 ? 'max_user_namespaces=0' : '', u.clone === 0 ? 'unprivileged_userns_clone=0' : '', u.apparmorRestrict === 1 ? 'apparmor_restrict_unprivileged_userns=1' : ''].filter(Boolean).join(', ')})` : `available${u.max !== undefined ? ` (max ${u.max})` : ''}`,
        enables: 'not needed by Assay (Landlock works without namespaces); listed for tools that isolate with them',
    });
    out.push({ id: 'cgroup_v2', status: f.cgroup === 'v2' ? 'ok' : f.cgroup === 'hybrid' ? 'warn' : 'missing', value: f.cgroup, enables: 'monitor eBPF tier (per-cgroup filtering)' });
    const bpf = f.unprivilegedBpfDisabled;
    out.push({
        id: 'bpf_syscall',
        status: f.uid === 0 ? 'ok' : bpf === 0 ? 'ok' : 'warn',
        value: `${f.uid === 0 ? 'root' : 'unprivileged'}${bpf !== undefined ? `, unprivileged_bpf_disabled=${bpf}` : ''}`,
        enables: 'monitor eBPF tier (root or CAP_BPF+CAP_PERFMON)',
    });
    out.push({ id: 'btf', status: f.btf ? 'ok' : 'missing', value: f.btf ? '/sys/kernel/btf/vmlinux' : 'absent', enables: 'monitor eBPF tier (bpftrace)' });
    out.push({
        id: 'bpf_lsm',
        status: f.lsms === undefined ? 'unknown' : f.lsms.includes('bpf') ? 'ok' : 'missing',
        value: f.lsms === undefined ? 'securityfs not mounted' : f.lsms.includes('bpf') ? 'active' : `inactive (${f.lsms.join(',')})`,
        enables: 'not used by Assay (blocking is Landlock’s job); listed for comparison with LSM-based monitors',
    });
    return out;
}
/** Why `--require sandbox` fails, or undefined when the sandbox can contain. */
function sandboxRequirement(f) {
    if (!f.helper.ok)
        return { code: 'E_NATIVE_UNAVAILABLE', reason: `${f.helper.message}${f.helper.install ? ` (${f.helper.install})` : ''}` };
    const ll = f.probe?.landlock;
    if (!ll)
        return { code: 'E_SANDBOX_UNAVAILABLE', reason: f.probeError ?? 'the helper probe failed' };
    if (ll.status !== 'available')
        return { code: 'E_SANDBOX_UNAVAILABLE', reason: `Landlock ${ll.status} (${ll.errno ?? '?'})` };
    return undefined;
}

;// CONCATENATED MODULE: ./cli/commands/doctor-runner.ts
// `assay doctor --runner`: the kernel facts of src/runtime/runner-probe.ts as text or JSON. Exit 0
// whatever is missing, unless `--require sandbox` (then 2 with the registered reason).






const ICON = { ok: '✔', warn: '⚠', missing: '✖', unknown: '○' };
async function runRunnerDoctor(flags) {
    let json = false;
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json']);
        json = format === 'json';
        if (flags.require !== undefined && flags.require !== 'sandbox') {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--require knows only "sandbox" (got ${JSON.stringify(flags.require)})`, { source: 'cli' });
        }
        const facts = gatherRunnerFacts(flags.nativeHelper !== undefined ? { nativeHelper: flags.nativeHelper } : {});
        const checks = assessRunner(facts);
        const failed = flags.require === 'sandbox' ? sandboxRequirement(facts) : undefined;
        const exit = failed ? (0,reason_codes/* exitCodeFor */.Rr)(failed.code) : 0;
        const nextStep = failed ? (0,reason_codes/* fillNextStep */.lT)(failed.code) : undefined;
        if (json) {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({
                schema: 'assay.runner_report.v1',
                schema_version: 1,
                ok: !failed,
                exit_code: exit,
                reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
                reason_code: failed?.code ?? '',
                ...(failed ? { reason: failed.reason, next_step: nextStep } : {}),
                tool: { name: 'assay', version: version/* VERSION */.x },
                arch: facts.probe?.arch ?? process.arch,
                landlock: facts.probe?.landlock ?? null,
                checks,
            }));
        }
        else {
            (0,output/* err */._q)('Assay doctor --runner');
            for (const c of checks) {
                (0,output/* err */._q)(`${ICON[c.status]} ${c.id}: ${c.value}`);
                (0,output/* err */._q)(`    ${c.status === 'ok' ? 'enables' : 'affects'}: ${c.enables}`);
            }
        }
        if (failed) {
            (0,output/* err */._q)(`assay: ${failed.code}: --require sandbox: ${failed.reason}`);
            (0,output/* err */._q)(`Next: ${nextStep}`);
        }
        return exit;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}

;// CONCATENATED MODULE: ./cli/commands/doctor.ts
// `assay doctor`: validate plus the environment, with a fix for each common mistake; `--fix`
// applies the mechanical ones (key typos, missing directories) after a preview or a confirmation.



















function register(program) {
    program
        .command('doctor')
        .description('Check the setup: Node, config, policy, trace, reports and cache; --fix repairs common mistakes')
        .option('-c, --config <file>', 'policy or eval config (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
        .option('-t, --trace-file <file...>', 'trace file(s)')
        .option('-p, --policy <file>', 'policy file')
        .option('--baseline <file>', 'eval baseline to check')
        .option('--replay-strict', 'judge/embedding values must be in the trace')
        .option('--strict', 'bad trace lines are errors')
        .option('--deny-deprecations', 'legacy forms are errors')
        .option('--lenient', lenient/* LENIENT_HELP */.IC)
        .option('-f, --format <format>', 'text | json', 'text')
        .option('--out <file>', 'write the report here (JSON: instead of stdout)')
        .option('--out-dir <dir>', 'reports directory to check', '.assay/reports')
        .option('--cache-dir <dir>', 'eval cache directory (env ASSAY_CACHE_DIR; default .assay/cache)')
        .option('--fix', 'apply the fixes found (unknown-key typos, missing directories)')
        .option('--dry-run', 'with --fix: show the changes as a unified diff, change nothing')
        .option('--yes', 'with --fix: do not ask for confirmation')
        .option('--no-color', 'no colour on stderr')
        .option('--runner', "check this runner's kernel instead: Landlock, seccomp, ptrace, namespaces, cgroup v2, BPF, BTF, the native helper")
        .option('--require <feature>', 'with --runner: exit 2 with the reason unless the feature works (sandbox)')
        .option('--native-helper <path>', 'with --runner: the assay-native binary to check')
        .action(async (flags) => {
        if (flags.runner || flags.require !== undefined) {
            process.exitCode = await runRunnerDoctor(flags);
            return;
        }
        process.exitCode = await runDoctorCommand(flags);
    });
}
function doctor_options(flags) {
    const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
    let configGiven = flags.config;
    let policyGiven = flags.policy;
    let traces = flags.traceFile ?? [];
    let found = false;
    if (!configGiven && !policyGiven) {
        // The project's files, found the way every command finds them.
        const cwd = process.cwd();
        const project = (0,discover/* discoverProject */.J$)(cwd);
        if (project?.config) {
            configGiven = (0,discover/* shownPath */.pS)(project.config, cwd);
            found = true;
        }
        if (project?.policy && !project.configIsPolicy)
            policyGiven = (0,discover/* shownPath */.pS)(project.policy, cwd);
        if (!traces.length && project)
            traces = (0,discover/* discoverTraces */.WG)(cwd, project);
    }
    return {
        ...(configGiven ? { config: (0,paths/* fileRef */.M)(configGiven), configFound: found } : {}),
        ...(policyGiven ? { policy: (0,paths/* fileRef */.M)(policyGiven) } : {}),
        traces: (0,trace_args/* expandTraceArgs */.X)(traces),
        ...(flags.baseline ? { baseline: (0,paths/* fileRef */.M)(flags.baseline) } : {}),
        replayStrict: flags.replayStrict === true,
        strict: flags.strict === true,
        denyDeprecations,
        lenient: (0,lenient/* lenientFlag */.U_)(flags),
        nodeVersion: process.versions.node,
        reportsDir: (0,paths/* fileRef */.M)(flags.outDir),
        cacheDir: (0,paths/* fileRef */.M)(flags.cacheDir ?? process.env.ASSAY_CACHE_DIR ?? '.assay/cache'),
    };
}
function nextStepOf(r, o) {
    if (!r.exitCode || r.reasonCode === '')
        return undefined;
    return (0,reason_codes/* fillNextStep */.lT)(r.reasonCode, {
        'config.yaml': o.config?.display,
        'policy.yaml': o.policy?.display ?? o.config?.display,
        'trace.jsonl': o.traces[0]?.display,
        path: o.reportsDir.display,
    });
}
const doctor_ICON = { ok: '✔', warn: '⚠', error: '✖', skipped: '○' };
function doctor_text(r, color, nextStep) {
    const c = (0,render_color/* paint */.n)(color);
    const out = ['Assay doctor'];
    for (const k of r.checks) {
        const line = `${doctor_ICON[k.status]} ${(0,safe_text/* safeBounded */.vn)(k.message)}`;
        out.push(k.status === 'error' ? c.red(line) : k.status === 'warn' ? c.yellow(line) : k.status === 'ok' ? c.green(line) : c.dim(line));
        if (k.fix && k.status !== 'ok')
            out.push(c.dim(`    Fix: ${k.fix}`));
    }
    out.push('');
    out.push((0,validate_text/* formatValidateText */.R)({ ...r.validate, diagnostics: r.diagnostics, exitCode: r.exitCode === 3 ? 2 : r.exitCode, reasonCode: r.reasonCode }, { color, ...(nextStep ? { nextStep } : {}) }));
    if (r.fixes.length)
        out.push(`${r.fixes.length} fix(es) available: run assay doctor --fix --dry-run to preview, --fix to apply`);
    return out.join('\n');
}
const DOCTOR_FIXES = {
    W_NODE_VERSION: 'Install Node.js 20.19 or later (nvm install 20)',
    W_TRACE_FUNCTION_CALL: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}]',
    W_EVAL_CACHE_MISS: 'Record the value once, then commit .assay/cache. Run: assay run --record --judge openai --embedder openai',
    E_REPLAY_STRICT_MISSING: 'Precompute the values into the trace (meta.assay.judge / meta.assay.embeddings), or drop --replay-strict',
    E_IO_ERROR: 'Make the reports directory writable, or pass --out-dir',
    W_POLICY_EMPTY_ALLOW: 'Add the tools the agent may call to tools.allow, or remove the empty list',
    W_POLICY_LITERAL_STAR: 'Use stars only at the start or end of a pattern; an inner * matches only a literal *',
};
/** One fix per mistake: a planned key rename at this position, else the code's standard fix. */
function fixesFor(d, r) {
    for (const f of r.fixes) {
        for (const k of f.renames ?? []) {
            if (k.file === d.file && k.line === d.line)
                return [`Rename "${k.from}" to "${k.to}": assay doctor --fix`];
        }
    }
    if (d.code === 'W_CFG_REF_DEPRECATED')
        return [d.file ? `Run: ${(0,reason_codes/* shellCommand */.q$)(['assay', 'migrate', '--config', d.file])}` : 'Run: assay migrate'];
    const own = DOCTOR_FIXES[d.code];
    return own ? [own] : (0,commands_validate.fixSteps)(d.code, d.file);
}
function report(r, o, flags, nextStep) {
    const diags = (0,diagnostics_json/* diagnosticsJson */.Jc)(r.diagnostics, r.validate.findings, { diagnostic: (d) => fixesFor(d, r), finding: (f) => (0,commands_validate.fixSteps)(f.rule_id) });
    return {
        schema: 'assay.doctor_report.v1',
        schema_version: 1,
        ok: r.exitCode === 0,
        exit_code: r.exitCode,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        reason_code: r.reasonCode,
        ...(nextStep ? { next_step: nextStep } : {}),
        tool: { name: 'assay', version: version/* VERSION */.x },
        command: {
            name: 'doctor',
            args: process.argv.slice(2),
            config_file: o.config?.display ?? null,
            trace_file: o.traces[0]?.display ?? null,
            baseline_file: o.baseline?.display ?? null,
            policy_file: o.policy?.display ?? null,
        },
        environment: { node_version: r.summaries.node.version, node_ok: r.summaries.node.ok, node_required: r.summaries.node.required },
        policy_check: r.policyCheck,
        checks: r.checks,
        config: r.summaries.config,
        policy: r.summaries.policy,
        trace: r.summaries.trace,
        baseline: r.summaries.baseline,
        reports_dir: r.summaries.reports_dir,
        cache: r.summaries.cache,
        missing_values: r.missing,
        diagnostics: diags,
        suggested_actions: [...(nextStep ? [nextStep] : []), ...r.suggestedActions.filter((a) => a !== nextStep)],
        suggested_patches: r.fixes.map((f) => ({
            file: f.display,
            kind: f.kind,
            description: f.description,
            ...(f.before !== undefined && f.after !== undefined ? { diff: (0,diff/* unifiedDiff */.W)(f.before, f.after, { fromFile: `a/${f.display}`, toFile: `b/${f.display}` }) } : {}),
        })),
        summary: {
            diagnostic_count: diags.length,
            ...(0,diagnostics_json/* countSeverities */.ng)(diags),
            replay_strict: flags.replayStrict === true,
        },
    };
}
async function doctor_confirm(question) {
    if (!process.stdin.isTTY)
        return false;
    const rl = (0,promises_.createInterface)({ input: process.stdin, output: process.stderr });
    try {
        return /^y(es)?$/i.test((await rl.question(question)).trim());
    }
    finally {
        rl.close();
    }
}
async function runDoctorCommand(flags) {
    let json = false;
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json']);
        json = format === 'json';
        if (flags.fix && json)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--fix cannot be combined with --format json', { source: 'cli' });
        if (!flags.fix && (flags.yes || flags.dryRun))
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${flags.yes ? '--yes' : '--dry-run'} needs --fix`, { source: 'cli' });
        const color = (0,output/* useColor */.by)(flags.color === false);
        const o = doctor_options(flags);
        let r = await runDoctor(o);
        if (flags.fix) {
            if (!r.fixes.length)
                (0,output/* err */._q)('Nothing to fix.');
            else if (flags.dryRun) {
                for (const f of r.fixes) {
                    if (f.before !== undefined && f.after !== undefined)
                        (0,output/* emitArtefact */.g9)((0,diff/* unifiedDiff */.W)(f.before, f.after, { fromFile: `a/${f.display}`, toFile: `b/${f.display}` }));
                    else
                        (0,output/* err */._q)(`Would ${f.description}`);
                }
            }
            else if (flags.yes || (await doctor_confirm(`Apply ${r.fixes.length} fix(es)? [y/N] `))) {
                for (const line of applyFixes(r.fixes))
                    (0,output/* err */._q)(line);
                r = await runDoctor(o);
            }
            else {
                (0,output/* err */._q)(`Not applied: ${r.fixes.length} fix(es) (no confirmation; pass --yes to apply without asking).`);
            }
        }
        const nextStep = nextStepOf(r, o);
        if (json) {
            const doc = (0,output/* jsonText */.s$)(report(r, o, flags, nextStep));
            if (flags.out) {
                const f = (0,paths/* fileRef */.M)(flags.out);
                (0,command_helpers/* writeOutput */.zh)(f.path, f.display, doc);
            }
            else
                (0,output/* emitArtefact */.g9)(doc);
        }
        else {
            const t = doctor_text(r, color, nextStep);
            (0,output/* err */._q)(t);
            if (flags.out) {
                const f = (0,paths/* fileRef */.M)(flags.out);
                (0,command_helpers/* writeOutput */.zh)(f.path, f.display, doctor_text(r, false, nextStep) + '\n');
            }
        }
        return r.exitCode;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
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

/***/ 7186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qr: () => (/* reexport */ ProbeFailed),
  iL: () => (/* reexport */ landlockDetail),
  Hi: () => (/* reexport */ locateHelper),
  mW: () => (/* reexport */ runProbe)
});

// UNUSED EXPORTS: HELPER_NAME, INSTALL_HINT, NATIVE_PROTOCOL, NativeUnavailable, buildHelper, cachedHelperPath, findNativeSourceDir, helperProtocol, nativeCacheRoot, nativeSourceHash, parseProbe

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/runtime/native/source.ts
// Where the helper's C sources are and what they hash to: the hash keys the per-user build cache, so a
// changed source is rebuilt and an unchanged one is compiled once per machine (docs/sandbox.md).




/** Compiler flags; part of the hash so a flag change rebuilds. */
const C_FLAGS = ['-std=c11', '-O2', '-Wall', '-Wextra', '-Werror'];
/**
 * The `native/` directory: found by walking up from this module (src/runtime/native in the sources,
 * dist/cli in the bundle) to the first ancestor holding native/main.c.
 */
function findNativeSourceDir(start = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const candidate = external_node_path_.join(dir, 'native');
        if (external_node_fs_.existsSync(external_node_path_.join(candidate, 'main.c')))
            return candidate;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/** The C and header files of the helper, sorted by name (code-unit order). */
function nativeSourceFiles(dir) {
    return external_node_fs_.readdirSync(dir)
        .filter((f) => f.endsWith('.c') || f.endsWith('.h'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** sha256 (hex) over every source file's name and bytes, plus the flags. */
function nativeSourceHash(dir) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`flags:${C_FLAGS.join(' ')}\0`);
    for (const f of nativeSourceFiles(dir)) {
        const bytes = external_node_fs_.readFileSync(external_node_path_.join(dir, f));
        h.update(`${f}\0${bytes.length}\0`);
        h.update(bytes);
    }
    return h.digest('hex');
}

// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/runtime/native/build.ts
// Compile the helper with the system C compiler into a per-user cache keyed by the source hash
// ($ASSAY_NATIVE_DIR, else $XDG_CACHE_HOME/assay/native, else ~/.cache/assay/native). Static linking is
// tried first (faster start, no loader), dynamic second. Never writes into the repository.






const HELPER_NAME = 'assay-native';
/** Why the helper cannot be had; `install` names what to install when that is the fix. */
class NativeUnavailable extends Error {
    detail;
    install;
    constructor(detail, message, install) {
        super(message);
        this.detail = detail;
        this.install = install;
        this.name = 'NativeUnavailable';
    }
}
/** What to install for a working `cc` with the Linux uapi headers, by distribution family. */
const INSTALL_HINT = 'install a C compiler with the Linux headers: apt-get install gcc libc6-dev linux-libc-dev (Debian/Ubuntu), dnf install gcc glibc-devel kernel-headers (Fedora), apk add build-base linux-headers (Alpine)';
function nativeCacheRoot(env = process.env) {
    if (env.ASSAY_NATIVE_DIR)
        return external_node_path_.resolve(env.ASSAY_NATIVE_DIR);
    const base = env.XDG_CACHE_HOME && external_node_path_.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : external_node_path_.join(external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'assay', 'native');
}
/** The cached helper path for the current sources (it may not exist yet). */
function cachedHelperPath(env = process.env) {
    const srcDir = findNativeSourceDir();
    if (!srcDir)
        return undefined;
    const hash = nativeSourceHash(srcDir);
    return { path: external_node_path_.join(nativeCacheRoot(env), hash, HELPER_NAME), hash, srcDir };
}
function compilerOf(env) {
    return env.ASSAY_NATIVE_CC || 'cc';
}
/** Build (or reuse) the helper. Throws NativeUnavailable with the fix when it cannot be built. */
function buildHelper(opts = {}) {
    const env = opts.env ?? process.env;
    if (process.platform !== 'linux')
        throw new NativeUnavailable('not_linux', `the native helper needs Linux (this is ${process.platform})`);
    const where = cachedHelperPath(env);
    if (!where)
        throw new NativeUnavailable('no_source', 'the native helper sources (native/*.c) are not next to this installation');
    if (!opts.force && isExecutable(where.path))
        return { path: where.path, hash: where.hash, compiled: false };
    const cc = compilerOf(env);
    const dir = external_node_path_.dirname(where.path);
    (0,make_dirs/* makeDirs */.X)(dir, 0o700);
    const sources = nativeSourceFiles(where.srcDir)
        .filter((f) => f.endsWith('.c'))
        .map((f) => external_node_path_.join(where.srcDir, f));
    // A private temp name, renamed into place: concurrent first uses never run a half-written binary.
    const tmp = external_node_path_.join(dir, `.${HELPER_NAME}.${process.pid}.${Date.now()}`);
    const base = [...C_FLAGS, `-DASSAY_SOURCE_HASH="${where.hash}"`, '-o', tmp, ...sources];
    let lastErr = '';
    for (const linkage of ['static', 'dynamic']) {
        const args = linkage === 'static' ? ['-static', ...base] : base;
        const r = (0,external_node_child_process_.spawnSync)(cc, args, { encoding: 'utf8', env: { ...env, LC_ALL: 'C' } });
        if (r.error && r.error.code === 'ENOENT') {
            throw new NativeUnavailable('no_compiler', `no C compiler found (${cc}) to build the native helper`, INSTALL_HINT);
        }
        if (r.status === 0) {
            external_node_fs_.chmodSync(tmp, 0o755);
            external_node_fs_.renameSync(tmp, where.path);
            return { path: where.path, hash: where.hash, compiled: true, linkage };
        }
        lastErr = `${r.stderr ?? ''}`.trim();
    }
    external_node_fs_.rmSync(tmp, { force: true });
    const first = lastErr.split('\n').find((l) => /error/.test(l)) ?? lastErr.split('\n')[0] ?? '';
    throw new NativeUnavailable('compile_failed', `the native helper did not compile: ${first.slice(0, 300)}`, INSTALL_HINT);
}
function isExecutable(p) {
    try {
        external_node_fs_.accessSync(p, external_node_fs_.constants.X_OK);
        return external_node_fs_.statSync(p).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/runtime/native/locate.ts
// Which helper binary to run: --native-helper › ASSAY_NATIVE_HELPER › the per-user cache (compiled on
// first use) › unavailable. An explicitly named helper must exist and speak protocol 1.




const NATIVE_PROTOCOL = 1;
/** Find (or build, unless `build: false`) the helper. Never throws; the caller decides whether unavailability is fatal. */
function locateHelper(opts = {}) {
    const env = opts.env ?? process.env;
    const named = opts.explicit ?? (env.ASSAY_NATIVE_HELPER || undefined);
    if (named !== undefined) {
        const p = external_node_path_.resolve(named);
        const origin = opts.explicit !== undefined ? 'flag' : 'env';
        if (!external_node_fs_.existsSync(p))
            return { ok: false, detail: 'helper_missing', message: `native helper not found: ${named}` };
        const proto = helperProtocol(p);
        if (proto !== NATIVE_PROTOCOL) {
            return { ok: false, detail: 'protocol_mismatch', message: `native helper ${named} does not speak protocol ${NATIVE_PROTOCOL}` };
        }
        return { ok: true, path: p, origin };
    }
    if (opts.build === false) {
        const c = cachedHelperPath(env);
        if (c && external_node_fs_.existsSync(c.path))
            return { ok: true, path: c.path, origin: 'cache' };
        return { ok: false, detail: 'helper_missing', message: 'the native helper is not built yet (npm run build:native, or any sandbox run builds it)' };
    }
    try {
        const b = buildHelper({ env });
        return { ok: true, path: b.path, origin: b.compiled ? 'built' : 'cache' };
    }
    catch (e) {
        if (e instanceof NativeUnavailable)
            return { ok: false, detail: e.detail, message: e.message, ...(e.install ? { install: e.install } : {}) };
        throw e;
    }
}
/** The protocol number from `<helper> version` (`assay-native 1 <hash>`), or undefined. */
function helperProtocol(helper) {
    const r = (0,external_node_child_process_.spawnSync)(helper, ['version'], { encoding: 'utf8', timeout: 10_000 });
    const m = /^assay-native (\d+) /.exec(r.stdout ?? '');
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/runtime/native/probe.ts
// `assay-native probe`: what the kernel allows, as reported by the helper itself (the syscall is asked,
// /sys/kernel/security/lsm is never read).

class ProbeFailed extends Error {
}
/** Run the probe; throws ProbeFailed when the helper does not answer with one valid JSON line. */
function runProbe(helper, opts = {}) {
    const args = ['probe', ...(opts.netBlockPort !== undefined ? ['--net-block', String(opts.netBlockPort)] : [])];
    const r = (0,external_node_child_process_.spawnSync)(helper, args, { encoding: 'utf8', timeout: 15_000, ...(opts.env ? { env: opts.env } : {}) });
    if (r.error)
        throw new ProbeFailed(`native helper probe could not run: ${r.error.code ?? r.error.message}`);
    if (r.status !== 0)
        throw new ProbeFailed(`native helper probe exited ${r.status ?? `by ${r.signal}`}`);
    return parseProbe(r.stdout);
}
/** Parse the probe's JSON line (exported for tests with hand-written lines). */
function parseProbe(text) {
    let j;
    try {
        j = JSON.parse(text.trim().split('\n')[0] ?? '');
    }
    catch {
        throw new ProbeFailed('native helper probe printed no JSON');
    }
    const o = (j ?? {});
    const ll = (o.landlock ?? {});
    const sc = (o.seccomp ?? {});
    const statuses = ['available', 'unsupported', 'disabled', 'blocked', 'error'];
    const status = statuses.includes(ll.status) ? ll.status : 'error';
    const abi = status === 'available' && typeof ll.abi === 'number' && ll.abi > 0 ? ll.abi : 0;
    const nb = o.net_block;
    return {
        arch: typeof o.arch === 'string' ? o.arch : 'unknown',
        landlock: {
            status: abi > 0 ? status : status === 'available' ? 'error' : status,
            abi,
            ...(typeof ll.errata === 'number' ? { errata: ll.errata } : {}),
            ...(typeof ll.errno === 'string' ? { errno: ll.errno } : {}),
        },
        ptrace: o.ptrace === 'available' || o.ptrace === 'blocked' ? o.ptrace : 'error',
        seccomp: { filter: sc.filter === true, userNotif: sc.user_notif === true },
        ...(nb && typeof nb.port === 'number'
            ? { netBlock: { port: nb.port, errno: typeof nb.errno === 'string' ? nb.errno : null, connected: nb.connected === true } }
            : {}),
    };
}
/** Degradation detail for an unavailable Landlock status. */
function landlockDetail(status) {
    switch (status) {
        case 'unsupported':
            return 'landlock_unsupported';
        case 'disabled':
            return 'landlock_disabled';
        case 'blocked':
            return 'landlock_blocked';
        default:
            return 'landlock_error';
    }
}

;// CONCATENATED MODULE: ./src/runtime/native/index.ts
// The native helper from TypeScript: build, locate, probe (docs/sandbox.md).






/***/ })

};
