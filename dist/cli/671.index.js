export const id = 671;
export const ids = [671];
export const modules = {

/***/ 2671:
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
// EXTERNAL MODULE: ./src/core/eval/load.ts + 8 modules
var load = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/gate/validate.ts
var validate = __webpack_require__(4837);
// EXTERNAL MODULE: ./src/core/gate/validate-eval.ts
var validate_eval = __webpack_require__(208);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 7 modules
var policy = __webpack_require__(7278);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/policy/load-tools.ts
var load_tools = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
;// CONCATENATED MODULE: ./src/core/doctor/typos.ts
// `doctor --fix`: an unknown key is renamed to the single known key within edit distance 2 (02 §4.9).
// The rename is a text edit at the key's position, so comments and formatting stay as they are.



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
            const to = closestKey(k, known, present);
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
// `doctor` trace sniff (02 §4.9): the first 500 lines, looking for shapes that read as "no tool calls".
// An OpenAI `function_call` (the pre-2024 single-call field) without `tool_calls` is not a tool call
// the reader knows (01 §1.7), so a policy would see nothing.

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

;// CONCATENATED MODULE: ./src/core/doctor/index.ts
// `assay doctor` (02 §4.9): everything `validate` does, plus the environment (Node version, reports and
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
                    evalConfig = (0,load/* loadEvalConfig */.l4)(o.config.path, o.config.display, o.denyDeprecations ? { denyDeprecations: true } : {}).config;
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
            const p = (0,policy/* loadPolicyFile */.n$)(policyRef.path, policyRef.display);
            policySum = policySummary(p.policy, policyRef.display);
            const legacy = p.policy.spelling.legacy;
            checks.push({ id: 'policy', status: legacy ? 'warn' : 'ok', message: `Policy: ${policyRef.display} (${String(policySum.spelling)})`, ...(legacy ? { fix: `Run: assay migrate --policy ${policyRef.display}` } : {}) });
        }
        catch (e) {
            checks.push({ id: 'policy', status: 'error', message: `Policy: ${policyRef.display}: ${e.message}` });
        }
        if (o.policy)
            renameTargets.push({ ref: o.policy, kind: 'policy' });
    }
    for (const t of renameTargets) {
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(t.ref.path, 'utf8');
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
            checks.push({ id: 'trace_shape', status: 'warn', message: `${d.file}:${d.line}: ${d.message}`, fix: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}] (01 §1.7)' });
        }
    }
    if (o.traces.length)
        checks.push({ id: 'trace', status: v.diagnostics.some((d) => d.severity === 'error' && d.source === 'trace') ? 'error' : 'ok', message: `Trace: ${o.traces.map((t) => t.display).join(', ')}${v.stats ? ` (${v.stats.calls} calls in ${v.stats.episodes} entries)` : ''}` });
    else if (evalConfig?.model === 'trace') {
        checks.push({ id: 'trace', status: 'warn', message: 'Trace: the config uses model: trace but no --trace-file was given', fix: 'Pass --trace-file <trace.jsonl> (run and ci need it)' });
    }
    // Judge/embedding values the tests need (validate step 6).
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
    // Baseline (validate step 8).
    let baselineSummary = null;
    if (o.baseline) {
        if (!(0,external_node_fs_.existsSync)(o.baseline.path)) {
            own.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Baseline file not found: ${o.baseline.display}`, file: o.baseline.display });
        }
        else {
            try {
                const bytes = o.config ? (0,external_node_fs_.readFileSync)(o.config.path) : undefined;
                const b = (0,baseline/* parseBaseline */.nk)((0,external_node_fs_.readFileSync)(o.baseline.path, 'utf8'), o.baseline.display, { suite: evalConfig?.suite ?? 'policy', assayVersion: version/* VERSION */.x, ...(bytes ? { configBytes: bytes } : {}) });
                own.push(...b.warnings);
                baselineSummary = { file: o.baseline.display, suite: b.baseline?.suite ?? null, entries: b.baseline?.entries.length ?? 0 };
            }
            catch (e) {
                own.push({ code: 'E_BASE_MISMATCH', severity: 'error', source: 'baseline', message: e.message, file: o.baseline.display });
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
            (0,external_node_fs_.mkdirSync)(f.path, { recursive: true });
            done.push(`Created ${f.display}`);
        }
        else if (f.after !== undefined) {
            (0,external_node_fs_.writeFileSync)(f.path, f.after);
            done.push(`Fixed ${f.display}: ${f.description}`);
        }
    }
    return done;
}

// EXTERNAL MODULE: ./src/core/eval/index.ts + 2 modules
var core_eval = __webpack_require__(5935);
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
// EXTERNAL MODULE: ./cli/commands/generate.ts
var generate = __webpack_require__(5395);
// EXTERNAL MODULE: ./cli/render/diagnostics-json.ts
var diagnostics_json = __webpack_require__(7535);
;// CONCATENATED MODULE: ./cli/commands/doctor.ts
// `assay doctor` (02 §4.9): validate plus the environment, with a fix for each common mistake; `--fix`
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
        .option('--strict', 'bad trace lines and unknown policy keys are errors')
        .option('--deny-deprecations', 'legacy forms are errors')
        .option('-f, --format <format>', 'text | json', 'text')
        .option('--out <file>', 'write the report here (JSON: instead of stdout)')
        .option('--out-dir <dir>', 'reports directory to check', '.assay/reports')
        .option('--cache-dir <dir>', 'eval cache directory (env ASSAY_CACHE_DIR; default .assay/cache)')
        .option('--fix', 'apply the fixes found (unknown-key typos, missing directories)')
        .option('--dry-run', 'with --fix: show the changes as a unified diff, change nothing')
        .option('--yes', 'with --fix: do not ask for confirmation')
        .option('--no-color', 'no colour on stderr')
        .action(async (flags) => {
        process.exitCode = await runDoctorCommand(flags);
    });
}
function doctor_options(flags) {
    const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
    let configGiven = flags.config;
    let found = false;
    if (!configGiven && !flags.policy) {
        const f = (0,core_eval/* findDefaultConfig */.BE)(process.cwd());
        if (f) {
            configGiven = f.name;
            found = true;
        }
    }
    return {
        ...(configGiven ? { config: (0,paths/* fileRef */.M)(configGiven), configFound: found } : {}),
        ...(flags.policy ? { policy: (0,paths/* fileRef */.M)(flags.policy) } : {}),
        traces: (flags.traceFile ?? []).map(paths/* fileRef */.M),
        ...(flags.baseline ? { baseline: (0,paths/* fileRef */.M)(flags.baseline) } : {}),
        replayStrict: flags.replayStrict === true,
        strict: flags.strict === true,
        denyDeprecations,
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
const ICON = { ok: '✔', warn: '⚠', error: '✖', skipped: '○' };
function doctor_text(r, color, nextStep) {
    const c = (0,render_color/* paint */.n)(color);
    const out = ['Assay doctor'];
    for (const k of r.checks) {
        const line = `${ICON[k.status]} ${(0,safe_text/* safeBounded */.vn)(k.message)}`;
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
    W_TRACE_FUNCTION_CALL: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}] (01 §1.7)',
    W_EVAL_CACHE_MISS: 'Record the value once: assay run --record --judge openai --embedder openai, then commit .assay/cache',
    E_REPLAY_STRICT_MISSING: 'Precompute the values into the trace (meta.assay.judge / meta.assay.embeddings), or drop --replay-strict',
    E_IO_ERROR: 'Make the reports directory writable, or pass --out-dir',
    W_CFG_REF_DEPRECATED: 'Run: assay migrate --config <config>',
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
    const own = DOCTOR_FIXES[d.code];
    return own ? [own] : (0,commands_validate.fixSteps)(d.code);
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
                (0,generate.writeOutput)(f.path, f.display, doc);
            }
            else
                (0,output/* emitArtefact */.g9)(doc);
        }
        else {
            const t = doctor_text(r, color, nextStep);
            (0,output/* err */._q)(t);
            if (flags.out) {
                const f = (0,paths/* fileRef */.M)(flags.out);
                (0,generate.writeOutput)(f.path, f.display, doctor_text(r, false, nextStep) + '\n');
            }
        }
        return r.exitCode;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}


/***/ })

};
