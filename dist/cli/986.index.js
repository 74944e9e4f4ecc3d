export const id = 986;
export const ids = [986];
export const modules = {

/***/ 3986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  fixSteps: () => (/* binding */ fixSteps),
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/core/gate/validate.ts
var validate = __webpack_require__(4837);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/core/report/junit.ts
var junit = __webpack_require__(6490);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/core/gate/policy-run.ts
var policy_run = __webpack_require__(949);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/render/validate-text.ts
var validate_text = __webpack_require__(598);
// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: ./cli/render/diagnostics-json.ts
var diagnostics_json = __webpack_require__(7535);
// EXTERNAL MODULE: ./src/core/report/findings-sink.ts + 1 modules
var findings_sink = __webpack_require__(718);
// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(8327);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/gate/validate-eval.ts
var validate_eval = __webpack_require__(208);
// EXTERNAL MODULE: ./cli/eval-plugin.ts + 1 modules
var eval_plugin = __webpack_require__(2152);
;// CONCATENATED MODULE: ./cli/eval-hook.ts
// validate's eval-config branch: the environment-facing bits (cwd, cache dir) around the core steps.




function validateEvalHook(opts) {
    return (config, ctx) => (0,validate_eval/* validateEvalConfig */.V)(config, {
        traces: ctx.traces,
        strict: ctx.strict,
        replayStrict: opts.replayStrict,
        denyDeprecations: opts.denyDeprecations,
        ...(opts.lenient ? { lenient: true } : {}),
        cwd: process.cwd(),
        cacheDir: (0,external_node_path_.resolve)(process.cwd(), process.env.ASSAY_CACHE_DIR || eval_plugin/* DEFAULT_CACHE_DIR */.Ti),
        ...(opts.baseline ? { baseline: (0,paths/* fileRef */.M)(opts.baseline) } : {}),
    });
}

// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
// EXTERNAL MODULE: ./cli/trace-args.ts + 1 modules
var trace_args = __webpack_require__(6812);
// EXTERNAL MODULE: ./cli/lenient.ts
var lenient = __webpack_require__(6764);
// EXTERNAL MODULE: ./cli/spool-env.ts
var spool_env = __webpack_require__(9722);
;// CONCATENATED MODULE: ./cli/commands/validate.ts




















function register(program) {
    addValidateOptions(program.command('validate').description('Check a policy or eval config (and a trace against it) without running the gate')).action(async (positional, flags) => {
        process.exitCode = await runValidate(positional, flags);
    });
    // `assay policy validate --input P` (alias; the registry's next steps use it).
    const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
    addValidateOptions(policy.command('validate').description('Validate a policy (alias of assay validate --policy)'))
        .option('-i, --input <file>', 'policy file')
        .action(async (positional, flags) => {
        process.exitCode = await runValidate(undefined, { ...flags, policy: flags.input ?? flags.policy ?? positional });
    });
}
function addValidateOptions(cmd) {
    return cmd
        .argument('[CONFIG]', 'policy or eval config (same as --config)')
        .option('-c, --config <file>', 'policy or eval config; told apart by content')
        .option('-t, --trace-file <file...>', 'trace file(s) (JSONL, or a .json call list)')
        .option('-p, --policy <file>', 'policy file')
        .option('--baseline <file>', 'eval baseline to check')
        .option('--replay-strict', 'judge/embedding values must be in the trace')
        .option('--strict', 'bad trace lines are errors')
        .option('--deny-deprecations', 'legacy forms are errors')
        .option('--lenient', lenient/* LENIENT_HELP */.IC)
        .option('-f, --format <format>', 'text | json | sarif | junit', 'text')
        .option('-o, --output <file>', 'write the document here instead of stdout')
        .option('--category <name>', 'SARIF category', 'assay')
        .option('--max-console-findings <n>', 'locations shown per finding group on stderr', '20')
        .option('--no-color', 'no colour on stderr');
}
async function runValidate(positional, flags) {
    const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json', 'sarif', 'junit']);
    const json = format === 'json';
    try {
        if (positional && flags.config) {
            throw usage('CONFIG and --config are exclusive');
        }
        let configGiven = positional ?? flags.config;
        let policyGiven = flags.policy;
        let traceGiven = flags.traceFile;
        if (!configGiven && !policyGiven) {
            // Nothing named: the project's files, found the way every command finds them.
            const cwd = process.cwd();
            const project = (0,discover/* discoverProject */.J$)(cwd);
            if (project?.config)
                configGiven = (0,discover/* shownPath */.pS)(project.config, cwd);
            if (project?.policy && !project.configIsPolicy)
                policyGiven = (0,discover/* shownPath */.pS)(project.policy, cwd);
            if (!configGiven && !policyGiven)
                throw usage(`nothing to validate: give --config <policy or eval config> or --policy <policy> (${(0,discover/* searchedText */.LG)(cwd)})`);
            if (!traceGiven?.length) {
                const found = (0,discover/* discoverTraces */.WG)(cwd, project);
                if (found.length)
                    traceGiven = found;
            }
            (0,output/* err */._q)(`note: validating ${[configGiven, policyGiven, ...(traceGiven ?? [])].filter((x) => x !== undefined).join(', ')}`);
        }
        const denyDeprecations = flags.denyDeprecations || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
        const maxConsole = parseMaxConsole(flags.maxConsoleFindings);
        const fix = { diagnostic: (d) => fixSteps(d.code, d.file), finding: (f) => fixSteps(f.rule_id) };
        // Findings flow through a sink (bounded memory); --format json spools them in its diagnostics order.
        const sink = new findings_sink/* FindingsSink */.OC({
            consolePerGroup: maxConsole,
            // Only SARIF is fed from the kept top-K; the other formats need a few (the next step's test id).
            ...(format === 'sarif' ? {} : { topK: 1000 }),
            ...(json
                ? {
                    spool: {
                        key: (f) => (0,diagnostics_json/* jsonDiagnosticKey */.rI)((0,diagnostics_json/* diagnosticsJson */.Jc)([], [f], fix)[0]),
                        text: (f) => (0,json_stream/* prettyAt */.us)((0,diagnostics_json/* diagnosticsJson */.Jc)([], [f], fix)[0], 2),
                        // One rendered record gives both (the key and the text must not build it twice per finding).
                        entry: (f) => {
                            const d = (0,diagnostics_json/* diagnosticsJson */.Jc)([], [f], fix)[0];
                            return [(0,diagnostics_json/* jsonDiagnosticKey */.rI)(d), (0,json_stream/* prettyAt */.us)(d, 2)];
                        },
                        ...((0,spool_env/* spoolChunkChars */.q)() !== undefined ? { chunkChars: (0,spool_env/* spoolChunkChars */.q)() } : {}),
                    },
                }
                : {}),
        });
        const result = await (0,validate/* validate */.t)({
            sink,
            ...(configGiven ? { config: (0,paths/* fileRef */.M)(configGiven) } : {}),
            ...(policyGiven ? { policy: (0,paths/* fileRef */.M)(policyGiven) } : {}),
            traces: (0,trace_args/* expandTraceArgs */.X)(traceGiven),
            strict: flags.strict ?? false,
            denyDeprecations,
            lenient: (0,lenient/* lenientFlag */.U_)(flags),
            validateEval: validateEvalHook({ replayStrict: flags.replayStrict ?? false, denyDeprecations, lenient: (0,lenient/* lenientFlag */.U_)(flags), baseline: flags.baseline }),
        });
        const nextStep = result.exitCode
            ? (0,reason_codes/* fillNextStep */.lT)(result.reasonCode, {
                'config.yaml': result.configFile ?? result.policyFile,
                'policy.yaml': result.policyFile ?? result.configFile,
                'trace.jsonl': traceGiven?.[0],
                'test-id': result.findings.find((f) => f.test_id)?.test_id,
            })
            : undefined;
        // Diagnostics always go to stderr; stdout carries only the requested document.
        (0,output/* err */._q)((0,validate_text/* formatValidateText */.R)(result, { color: (0,output/* useColor */.by)(flags.color === false), nextStep }));
        // Every finding is in the sink's spool (result.findings holds only its top-K): the report is streamed.
        if (format === 'json')
            writeValidateReport(result, { ...flags, ...(traceGiven ? { traceFile: traceGiven } : {}) }, nextStep, sink, fix);
        else {
            sink.dispose();
            if (format === 'sarif') {
                const findings = allFindings(result);
                // The omitted count covers every finding, not only the kept top-K.
                const totalFindings = findings.length - result.findings.length + sink.total;
                const sarif = (0,report_sarif/* buildSarif */.Ep)({ version: version/* VERSION */.x, runs: [{ category: flags.category, kind: 'validate', findings, totalFindings, exitCode: result.exitCode }] });
                (0,output/* emitArtefact */.g9)(sarif.bytes, flags.output);
                if (sarif.omitted)
                    (0,output/* err */._q)(`warning W_SARIF_TRUNCATED: ${sarif.omitted} results omitted to fit GitHub code scanning limits`);
            }
            else if (format === 'junit') {
                (0,output/* emitArtefact */.g9)((0,junit/* buildJunit */.P)({ configSuites: [], policySuites: result.policySuites }), flags.output);
            }
        }
        return result.exitCode;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}
function parseMaxConsole(v) {
    if (v === undefined)
        return 20;
    if (!/^\d+$/.test(v))
        throw usage(`--max-console-findings must be a whole number, got "${v}"`);
    return Number(v);
}
/** The JSON report streamed: diagnostics and every finding, merged in one sorted spool (never one string). */
function writeValidateReport(r, flags, nextStep, sink, fix) {
    const plain = (0,diagnostics_json/* diagnosticsJson */.Jc)(r.diagnostics, [], fix);
    for (const d of plain)
        sink.spoolRecord((0,diagnostics_json/* jsonDiagnosticKey */.rI)(d), (0,json_stream/* prettyAt */.us)(d, 2));
    const doc = validateReport({ ...r, findings: [] }, flags, nextStep);
    const c = (0,diagnostics_json/* countSeverities */.ng)(plain);
    const summary = doc.summary;
    summary.diagnostic_count = plain.length + sink.total;
    summary.error_count = c.error_count + sink.counts.error;
    summary.warn_count = c.warn_count + sink.counts.warning;
    summary.note_count = c.note_count + sink.counts.note;
    const w = new json_stream/* SyncWriter */.vV(flags.output ?? 1, flags.output ?? 'stdout');
    try {
        (0,json_stream/* writeDocWithStreamedArray */.uO)(w, doc, 'diagnostics', sink.spooledBytes());
    }
    finally {
        w.close();
        sink.dispose();
    }
}
function usage(message) {
    return new errors/* UsageError */.eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** Findings plus every diagnostic as a `config/<CODE>` finding (SARIF of validate). */
function allFindings(r) {
    const diag = r.diagnostics.map((d) => ({ ...d, severity: d.severity }));
    const configDrafts = (0,policy_run/* configFindingDrafts */.yg)(diag.filter((d) => d.severity !== 'error')).concat(diag
        .filter((d) => d.severity === 'error')
        .map((d) => ({
        rule_id: `config/${d.code}`,
        level: 'error',
        source: 'config',
        message: d.message,
        location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
        subject: d.file ?? '',
        detail: `${d.code}|${d.message}`,
    })));
    return [...(0,finding/* finalizeFindings */.jj)(configDrafts), ...r.findings];
}
function validateReport(r, flags, nextStep) {
    const diags = (0,diagnostics_json/* diagnosticsJson */.Jc)(r.diagnostics, r.findings, { diagnostic: (d) => fixSteps(d.code, d.file), finding: (f) => fixSteps(f.rule_id) });
    const counts = (0,diagnostics_json/* countSeverities */.ng)(diags);
    return {
        schema: 'assay.validate_report.v1',
        schema_version: 1,
        ok: r.exitCode === 0,
        exit_code: r.exitCode,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        reason_code: r.reasonCode,
        ...(nextStep ? { next_step: nextStep } : {}),
        tool: { name: 'assay', version: version/* VERSION */.x },
        command: {
            name: 'validate',
            args: process.argv.slice(2),
            config_file: r.configFile ?? null,
            trace_file: flags.traceFile?.[0] ?? null,
            baseline_file: flags.baseline ?? null,
            policy_file: r.policyFile ?? null,
        },
        diagnostics: diags,
        suggested_actions: nextStep ? [nextStep] : [],
        suggested_patches: [],
        summary: {
            diagnostic_count: diags.length,
            ...counts,
            replay_strict: flags.replayStrict ?? false,
            ...(r.stats ? { trace: { episodes: r.stats.episodes, records: r.stats.records, calls: r.stats.calls, skipped_lines: r.stats.skipped_lines, ignored_lines: r.stats.ignored_lines } } : {}),
        },
    };
}
function fixSteps(code, file) {
    const c = code.replace(/^[a-z]+\//, '');
    switch (c) {
        case 'E_TOOL_DENIED':
            return ['Remove the call from the agent, or change the deny pattern in the policy'];
        case 'E_TOOL_NOT_ALLOWED':
            return ['Add the tool to the allow list, or stop the agent from calling it'];
        case 'E_ARG_SCHEMA':
            return ['Fix the arguments the agent sends, or widen the constraint/schema for this tool'];
        case 'E_SEQUENCE_VIOLATION':
            return ['Reorder the agent\'s calls to satisfy the sequence rule, or change the rule'];
        case 'E_TOOL_UNCONSTRAINED':
            return ['Add a schema or constraint for this tool, or set enforcement.unconstrained_tools'];
        case 'E_RATE_LIMIT':
            return ['Reduce the number of calls per episode, or raise the limit'];
        case 'W_TRACE_SKIPPED_LINE':
            return ['Fix or remove the malformed line; --strict makes such lines fatal'];
        case 'W_POLICY_LEGACY':
            return [file ? `Run: ${(0,reason_codes/* shellCommand */.q$)(['assay', 'migrate', '--policy', file])}` : 'Run: assay migrate'];
        default:
            return (0,reason_codes/* isWarningCode */.Sf)(c) ? [reason_codes/* WARNING_CODES */.Wj[c].nextStep] : [];
    }
}


/***/ }),

/***/ 7535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jc: () => (/* binding */ diagnosticsJson),
/* harmony export */   ng: () => (/* binding */ countSeverities),
/* harmony export */   rI: () => (/* binding */ jsonDiagnosticKey)
/* harmony export */ });
/* unused harmony export jsonSeverity */
const SEVERITY_ORDER = { error: 0, warn: 1, note: 2 };
function jsonSeverity(s) {
    return s === 'warning' ? 'warn' : s;
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function diagnosticsJson(diagnostics, findings, fixes) {
    const out = [
        ...diagnostics.map((d) => ({
            code: d.code,
            severity: jsonSeverity(d.severity),
            source: d.source ?? 'config',
            message: d.message,
            context: { file: d.file ?? null, line: d.line ?? null, col: d.col ?? null, ...(d.context ?? {}) },
            fix_steps: fixes.diagnostic(d),
        })),
        ...findings.map((f) => ({
            code: f.rule_id.replace(/^[a-z]+\//, ''),
            severity: jsonSeverity(f.level),
            source: f.source,
            message: f.message,
            context: {
                file: f.location.uri,
                line: f.location.line,
                col: f.location.col,
                ...(f.test_id !== undefined ? { test_id: f.test_id } : {}),
                ...(f.entry_key !== undefined ? { entry_key: f.entry_key } : {}),
                ...(f.tool !== undefined ? { tool: f.tool } : {}),
                ...(f.call_index !== undefined ? { call_index: f.call_index } : {}),
                ...(f.policy_rule !== undefined ? { policy_rule: f.policy_rule } : {}),
                ...(f.related?.[0] ? { policy_location: { file: f.related[0].uri, line: f.related[0].line, col: f.related[0].col } } : {}),
                fingerprint: f.fingerprint,
            },
            fix_steps: fixes.finding(f),
        })),
    ];
    return out.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        cmp(a.code, b.code) ||
        cmp(String(a.context.file ?? ''), String(b.context.file ?? '')) ||
        Number(a.context.line ?? 0) - Number(b.context.line ?? 0) ||
        cmp(a.message, b.message));
}
function countSeverities(diags) {
    const n = (s) => diags.filter((d) => d.severity === s).length;
    return { error_count: n('error'), warn_count: n('warn'), note_count: n('note') };
}
/** Sort key of one JSON diagnostic comparing by code unit like diagnosticsJson's order (severity, code, file, line, message). */
function jsonDiagnosticKey(d) {
    const line = String(Math.max(0, Math.trunc(Number(d.context.line ?? 0)) || 0)).padStart(12, '0');
    return `${SEVERITY_ORDER[d.severity]}\u0000${d.code}\u0000${String(d.context.file ?? '')}\u0000${line}\u0000${d.message}`;
}


/***/ }),

/***/ 598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ formatValidateText)
/* harmony export */ });
/* harmony import */ var _src_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1103);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6771);
/* harmony import */ var _findings_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4754);



function where(file, line, col) {
    if (!file)
        return '';
    return line !== undefined ? `${file}:${line}:${col ?? 1}: ` : `${file}: `;
}
function formatValidateText(r, opts) {
    const c = (0,_color_js__WEBPACK_IMPORTED_MODULE_2__/* .paint */ .n)(opts.color);
    const fc = r.findingSet?.counts;
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length + (fc ? fc.error : r.findings.filter((f) => f.level === 'error').length);
    const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length + (fc ? fc.warning : r.findings.filter((f) => f.level === 'warning').length);
    const out = [];
    const plural = (n, w) => `${n} ${w}${n === 1 ? '' : 's'}`;
    if (errors)
        out.push(c.red(`✖ Validation failed (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`));
    else if (warnings)
        out.push(c.yellow(`⚠️  Validation passed with warnings (${plural(warnings, 'warning')})`));
    else
        out.push(c.green('✔ Validation OK'));
    // Diagnostics in the line form, so editors and problem matchers can parse them.
    const diag = (d) => {
        const line = `${where(d.file, d.line, d.col)}${d.severity} ${d.code}: ${(0,_src_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(d.message)}`;
        out.push(d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line);
        out.push(c.dim(`  source: ${d.source ?? 'config'}`));
    };
    const skipped = r.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE');
    for (const d of r.diagnostics.filter((d) => d.code !== 'W_TRACE_SKIPPED_LINE'))
        diag(d);
    for (const d of skipped.slice(0, 20))
        diag(d);
    if (skipped.length > 20)
        out.push(`… and ${skipped.length - 20} more skipped lines`);
    if (r.findingSet)
        out.push(...(0,_findings_text_js__WEBPACK_IMPORTED_MODULE_1__/* .groupedFindingLines */ .lo)(r.findingSet.groups(), c, opts.maxConsoleFindings ?? 20));
    else
        for (const f of r.findings)
            out.push(...(0,_findings_text_js__WEBPACK_IMPORTED_MODULE_1__/* .findingLines */ .hq)(f, c));
    if (r.stats) {
        const s = r.stats;
        out.push('');
        out.push(`Trace: ${s.calls} calls in ${s.episodes} episodes, ${s.records} records${s.skipped_lines ? `, ${s.skipped_lines} malformed line(s) skipped` : ''}${s.ignored_lines ? `, ${s.ignored_lines} ignored` : ''}`);
    }
    const code = r.reasonCode || 'OK';
    out.push(`Result: exit ${r.exitCode}${r.reasonCode ? ` ${code}` : ''} — ${errors} error(s), ${warnings} warning(s)`);
    if (opts.nextStep)
        out.push(`Next: ${opts.nextStep}`);
    return out.join('\n');
}


/***/ }),

/***/ 208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ validateEvalConfig)
/* harmony export */ });
/* unused harmony export similarity */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _eval_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5935);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6825);
/* harmony import */ var _eval_quarantine_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1936);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5750);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3323);
/* harmony import */ var _eval_session_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3084);
// validate's eval-config steps: load with every diagnostic, bind every test to the
// trace (trace misses with a "did you mean"), judge/embedding availability, an args_valid/sequence_valid
// preview, and the baseline. The evaluation is the same engine `run` uses, so validate never disagrees
// with the gate about what a test would see.









const JUDGE_KINDS = new Set(['faithfulness', 'relevance']);
/** Normalised Levenshtein similarity in [0, 1] (1 = equal), on code units; bounded input for speed. */
function similarity(a, b) {
    a = a.slice(0, 500).toLowerCase();
    b = b.slice(0, 500).toLowerCase();
    if (a === b)
        return 1;
    const m = a.length;
    const n = b.length;
    if (!m || !n)
        return 0;
    let prev = Array.from({ length: n + 1 }, (_, j) => j);
    for (let i = 1; i <= m; i++) {
        const cur = [i];
        for (let j = 1; j <= n; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return 1 - prev[n] / Math.max(m, n);
}
function closest(prompt, prompts) {
    let best;
    for (const p of prompts) {
        const score = similarity(prompt, p);
        if (!best || score > best.score)
            best = { prompt: p, score };
    }
    return best && best.score >= 0.55 ? best : undefined;
}
async function validateEvalConfig(config, o) {
    const bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(config.path);
    const loaded = (0,_eval_index_js__WEBPACK_IMPORTED_MODULE_3__/* .collectEvalConfig */ .Xd)(bytes.toString('utf8'), config.display, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(config.path), { denyDeprecations: o.denyDeprecations, cwd: o.cwd, ...(o.lenient ? { lenient: true } : {}) }, bytes);
    const diagnostics = [...loaded.diagnostics];
    const cfg = loaded.config;
    if (!cfg)
        return { diagnostics, findings: [], policies: [] };
    // 8. Baseline: unreadable or for another suite.
    if (o.baseline) {
        try {
            (0,_eval_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadBaseline */ .oU)(o.baseline.path, o.baseline.display, { suite: cfg.suite, assayVersion: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x, configBytes: bytes });
        }
        catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            diagnostics.push({ code: 'E_BASE_MISMATCH', severity: 'error', source: 'baseline', message, file: o.baseline.display });
        }
    }
    if (!o.traces.length) {
        if (cfg.model === 'trace') {
            diagnostics.push({ code: 'W_NO_TRACE', severity: 'note', source: 'config', message: 'model is "trace": give --trace-file to check that every test binds to an entry', file: config.display });
        }
        return { diagnostics, findings: [], policies: cfg.policyFiles.map((p) => p.display) };
    }
    const session = (0,_eval_session_js__WEBPACK_IMPORTED_MODULE_7__/* .createEvalPlugin */ .U)({
        assayVersion: _version_js__WEBPACK_IMPORTED_MODULE_8__/* .VERSION */ .x,
        cwd: o.cwd,
        denyDeprecations: o.denyDeprecations,
        ...(o.lenient ? { lenient: true } : {}),
        replayStrict: o.replayStrict,
        ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
    }).load({ kind: 'eval', path: config.path, display: config.display, text: bytes.toString('utf8') });
    const prompts = [];
    let stats;
    try {
        stats = await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_6__.readTraceInput)(o.traces.map((t) => ({ path: t.path, displayPath: t.display })), {
            onEntry(entry) {
                if (entry.prompt !== undefined && prompts.length < 10_000)
                    prompts.push(entry.prompt);
                session.onEntry(entry);
            },
            onDiagnostic(d) {
                diagnostics.push(d);
            },
        }, { strict: o.strict });
    }
    catch (e) {
        if (!(e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AssayError */ .WV))
            throw e;
        diagnostics.push(...(e.diagnostics.length ? e.diagnostics : [{ code: e.reasonCode, severity: 'error', message: e.message, source: e.source }]));
        return { diagnostics, findings: [], policies: cfg.policyFiles.map((p) => p.display), traceRead: { failed: true } };
    }
    const outcome = await session.finish({ traced: true });
    // The session's own warnings (W_TEST_QUARANTINED: what a quarantined test would have been).
    diagnostics.push(...(outcome.diagnostics ?? []));
    const byId = new Map(cfg.tests.map((t) => [t.id, t]));
    const missing = [];
    for (const row of outcome.rows) {
        // A quarantined test never changes the verdict, here as in run/ci (its W_TEST_QUARANTINED says why).
        if ((0,_eval_quarantine_js__WEBPACK_IMPORTED_MODULE_5__/* .isQuarantinedRow */ .PD)(row))
            continue;
        const test = byId.get(row.test_id);
        const pos = test ? { file: config.display, line: test.pos.input.line, col: test.pos.input.col } : { file: config.display };
        const kind = Object.keys(row.details.metrics)[0] ?? test?.expected?.kind ?? '';
        switch (row.details.run_error_kind) {
            case 'trace_miss': {
                const near = test ? closest(test.prompt, prompts) : undefined;
                diagnostics.push({
                    code: 'E_TRACE_MISS',
                    severity: 'error',
                    source: 'trace',
                    message: near ? `${row.message}; did you mean '${near.prompt}'? (similarity: ${near.score.toFixed(2)})` : row.message,
                    ...pos,
                    context: { test_id: row.test_id, prompt: test?.prompt ?? null, closest_match: near?.prompt ?? null, trace_file: o.traces[0]?.display ?? null },
                });
                break;
            }
            case 'judge_unavailable':
            case 'replay_missing':
                missing.push({ test_id: row.test_id, kind, requirement: JUDGE_KINDS.has(kind) ? 'judge' : 'embedding', message: row.message });
                if (!o.replayStrict) {
                    diagnostics.push({ code: 'W_EVAL_CACHE_MISS', severity: 'warning', source: 'trace', message: `test '${row.test_id}': ${kind} value in neither the trace nor the cache (run would exit 3)`, ...pos, context: { test_id: row.test_id } });
                }
                break;
            case 'trace_invalid':
                diagnostics.push({ code: 'E_TRACE_INVALID', severity: 'error', source: 'trace', message: row.message, ...pos });
                break;
            default:
                break;
        }
    }
    if (missing.length && o.replayStrict) {
        diagnostics.push({
            code: 'E_REPLAY_STRICT_MISSING',
            severity: 'error',
            source: 'trace',
            message: `${missing.length} judge/embedding value(s) are not in the trace (--replay-strict)`,
            file: config.display,
            context: {
                missing: missing.map((m) => ({
                    requirement: m.requirement,
                    needed_by: m.test_id,
                    meta_path: m.requirement === 'judge' ? `meta.assay.judge.${m.kind}` : 'meta.assay.embeddings',
                })),
            },
        });
    }
    // 7. Policy preview: what args_valid / sequence_valid tests would report.
    const preview = outcome.drafts.filter((d) => d.rule_id === 'test/args_valid' || d.rule_id === 'test/sequence_valid');
    return {
        diagnostics,
        findings: (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_4__/* .finalizeFindings */ .jj)(preview),
        policies: cfg.policyFiles.map((p) => p.display),
        missing,
        ...(stats ? { stats } : {}),
        traceRead: { failed: false },
    };
}


/***/ }),

/***/ 4837:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(997);
/* harmony import */ var _config_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4920);
/* harmony import */ var _policy_traversal_probe_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3943);
/* harmony import */ var _policy_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(949);
// `assay validate`: a static check that runs every step and reports every diagnostic.
// Config-class errors exit 2, error-level policy findings exit 1, warnings and notes never fail.






function errorDiagnostics(e) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AssayError */ .WV) {
        if (e.diagnostics.length)
            return e.diagnostics;
        return [{ code: e.reasonCode, severity: 'error', message: e.message, source: e.source, ...ctxPos(e) }];
    }
    throw e;
}
function ctxPos(e) {
    const { file, line, col } = e.context;
    return { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) };
}
async function validate(opts) {
    const diagnostics = [];
    let findings = [];
    let stats;
    let policySuites = [];
    let missingValues = [];
    let policyRef = opts.policy;
    let configKind;
    let policyText;
    let evalTraceRead;
    // 1. Config (a policy or an eval config, told apart by content).
    if (opts.config) {
        try {
            const cf = (0,_config_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .readConfigFile */ .RG)(opts.config.path, opts.config.display);
            configKind = cf.kind;
            if (cf.kind === 'policy' && !policyRef) {
                policyRef = opts.config;
                policyText = cf.text;
            }
        }
        catch (e) {
            diagnostics.push(...errorDiagnostics(e));
        }
    }
    // 2. Command-line paths.
    const traces = [];
    for (const t of opts.traces) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(t.path))
            traces.push(t);
        else
            diagnostics.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Trace file not found: ${t.display}`, file: t.display });
    }
    if (opts.policy && !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(opts.policy.path)) {
        diagnostics.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Policy file not found: ${opts.policy.display}`, file: opts.policy.display });
        policyRef = configKind === 'policy' ? opts.config : undefined;
    }
    // 3. Policy.
    let loaded;
    if (policyRef) {
        try {
            loaded = (0,_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(policyRef.path, policyRef.display, {
                denyDeprecations: opts.denyDeprecations,
                lenient: opts.lenient,
                ...(policyText !== undefined && policyRef === opts.config ? { text: policyText } : {}),
            });
            diagnostics.push(...loaded.warnings);
            // A `matches`/`pattern` on a path argument that `..` walks out of (docs/authoring.md, "Path arguments").
            diagnostics.push(...(0,_policy_traversal_probe_js__WEBPACK_IMPORTED_MODULE_4__/* .probePathRegexes */ .b$)(loaded.policy));
        }
        catch (e) {
            diagnostics.push(...errorDiagnostics(e));
        }
    }
    // Eval configs: their own rules (load, binding, judge values, args_valid/sequence_valid previews).
    if (configKind === 'eval' && opts.config && opts.validateEval) {
        const ev = await opts.validateEval(opts.config, { traces, strict: opts.strict ?? false });
        diagnostics.push(...ev.diagnostics);
        if (opts.sink)
            for (const f of ev.findings)
                opts.sink.addFinding(f);
        else
            findings.push(...ev.findings);
        stats = ev.stats;
        missingValues = ev.missing ?? [];
        evalTraceRead = ev.traceRead;
    }
    // 4 + 7. Trace read and the policy preview: the same read as run/ci, so a trace with no record is fatal
    // here too. When the eval step read the traces already, their diagnostics are in; a failed read stops.
    if (loaded && traces.length && !evalTraceRead?.failed && !diagnostics.some((d) => d.severity === 'error' && d.code === 'E_POLICY_PARSE')) {
        try {
            const run = await (0,_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .gateTraces */ .yo)(loaded, traces, { strict: opts.strict, ...(opts.sink ? { sink: opts.sink } : {}) });
            stats = run.stats;
            if (!evalTraceRead)
                diagnostics.push(...run.traceDiagnostics);
            if (opts.sink)
                policySuites = (0,_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .policySuitesOf */ .Fr)(run, traces);
            else {
                const fin = (0,_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .finalizeGate */ .sz)(run.state.drafts, run, traces);
                findings = [...findings, ...fin.findings];
                policySuites = fin.policySuites;
            }
        }
        catch (e) {
            diagnostics.push(...errorDiagnostics(e));
        }
    }
    if (opts.sink)
        findings = opts.sink.topSorted();
    const firstError = diagnostics.find((d) => d.severity === 'error');
    let exitCode = 0;
    let reasonCode = '';
    if (firstError) {
        exitCode = 2;
        reasonCode = (0,_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_2__/* .isReasonCode */ .O8)(firstError.code) ? firstError.code : 'E_CFG_PARSE';
    }
    else if (opts.sink ? opts.sink.counts.error > 0 : findings.some((f) => f.level === 'error')) {
        exitCode = 1;
        reasonCode = 'E_POLICY_VIOLATION';
    }
    return {
        diagnostics,
        findings,
        exitCode,
        reasonCode,
        policySuites,
        missingValues,
        ...(opts.sink ? { findingSet: opts.sink } : {}),
        ...(stats ? { stats } : {}),
        ...(loaded ? { policyFile: loaded.display } : {}),
        ...(opts.config ? { configFile: opts.config.display } : {}),
        ...(configKind ? { configKind } : {}),
    };
}


/***/ })

};
