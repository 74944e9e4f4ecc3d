export const id = 597;
export const ids = [597];
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

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7482);
/* harmony import */ var _src_core_eval_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5935);
/* harmony import */ var _src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4920);
/* harmony import */ var _src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(949);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3480);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7810);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(1518);
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(1724);
/* harmony import */ var _trace_args_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(6812);
/* harmony import */ var _lenient_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(6764);
// `assay explain`: why each call was allowed, warned about or blocked — the rule and the policy
// line that decided it — for a trace and a policy, or for one test of the last run (`explain <test-id>`).














function register(program) {
    program
        .command('explain')
        .description('Explain every call of a trace: decision, rule, and the policy line that decided it')
        .argument('[TEST_ID]', 'explain this test of the last run (inputs from run.json)')
        .option('-t, --trace <file...>', 'trace (any shape, or a .json call list)')
        .option('-p, --policy <file>', 'policy (any spelling)')
        .option('-c, --config <file>', 'a policy, or an eval config whose policies are explained')
        .option('--run <file>', 'run report to read TEST_ID inputs from (default <out-dir>/run.json)')
        .option('--out-dir <dir>', 'reports directory', '.assay/reports')
        .option('-f, --format <format>', 'terminal | markdown | md | html | json', 'terminal')
        .option('-o, --output <file>', 'write the explanation here instead of stdout')
        .option('--blocked-only', 'show only blocked calls (and calls a rule failed on)')
        .option('--verbose', 'show arguments and every rule evaluated')
        .option('--fail-on <level>', 'error | warning | note | none: warned calls at or above fail too', 'error')
        .option('--strict', 'bad trace lines are fatal')
        .option('--deny-deprecations', 'legacy policy forms are errors')
        .option('--lenient', _lenient_js__WEBPACK_IMPORTED_MODULE_13__/* .LENIENT_HELP */ .IC)
        .option('-q, --quiet', 'errors only on stderr')
        .action(async (testId, flags) => {
        process.exitCode = await runExplain(testId, flags);
    });
}
const FAILED_STATUSES = new Set(['fail', 'error']);
function policiesOf(flags, denyDeprecations) {
    const out = [];
    const lenient = (0,_lenient_js__WEBPACK_IMPORTED_MODULE_13__/* .lenientFlag */ .U_)(flags);
    if (flags.policy) {
        const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.policy);
        const l = (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(r.path, r.display, { denyDeprecations, lenient });
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_10__/* .printWarnings */ .VW)(l.warnings, flags.quiet);
        out.push({ policy: l.policy, display: r.display });
    }
    if (flags.config) {
        const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.config);
        const cf = (0,_src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfigFile */ .RG)(r.path, r.display);
        if (cf.kind === 'policy') {
            const l = (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(r.path, r.display, { denyDeprecations, lenient, text: cf.text });
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_10__/* .printWarnings */ .VW)(l.warnings, flags.quiet);
            out.push({ policy: l.policy, display: r.display });
        }
        else {
            const { config } = (0,_src_core_eval_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEvalConfig */ .l4)(r.path, r.display, { ...(denyDeprecations ? { denyDeprecations: true } : {}), ...(lenient ? { lenient } : {}) });
            for (const p of config.policyFiles)
                out.push({ policy: (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(p.abs, p.display, { denyDeprecations, lenient }).policy, display: p.display });
        }
    }
    return out;
}
async function runExplain(testId, flags) {
    let json = false;
    try {
        const f = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseFormat */ .Xc)(flags.format, ['terminal', 'markdown', 'md', 'html', 'json']);
        const format = f === 'md' ? 'markdown' : f;
        json = format === 'json';
        const failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_9__/* .parseFailOn */ .XV)(flags.failOn);
        const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
        let explanations;
        let test;
        if (testId !== undefined) {
            if (flags.trace?.length)
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'TEST_ID reads its trace from the last run: drop --trace, or drop TEST_ID', { source: 'cli' });
            const root = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .checkoutRoot */ .R)();
            const runGiven = flags.run ?? `${flags.outDir}/run.json`;
            const runPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), runGiven);
            const report = (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunReport */ .m_)(runPath, (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .Gt)(runGiven, root, process.cwd()));
            const r = await (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .explainTest */ .Ib)(testId, report, { root, strict: flags.strict === true, denyDeprecations, lenient: (0,_lenient_js__WEBPACK_IMPORTED_MODULE_13__/* .lenientFlag */ .U_)(flags), extraPolicies: policiesOf(flags, denyDeprecations) });
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_10__/* .printWarnings */ .VW)(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
            test = r.test;
            // With the test's own result shown, a policy view of an entry without calls adds nothing.
            explanations = test ? r.explanations.filter((e) => e.total_steps > 0 || e.entry_violations.length > 0) : r.explanations;
        }
        else {
            const policies = policiesOf(flags, denyDeprecations);
            if (!policies.length) {
                // No policy named: the project's policy, found the way every command finds it.
                const cwd = process.cwd();
                const project = (0,_discover_js__WEBPACK_IMPORTED_MODULE_11__/* .discoverProject */ .J$)(cwd);
                if (project?.policy)
                    policies.push(...policiesOf({ ...flags, policy: (0,_discover_js__WEBPACK_IMPORTED_MODULE_11__/* .shownPath */ .pS)(project.policy, cwd) }, denyDeprecations));
            }
            if (!flags.trace?.length || !policies.length) {
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'give --trace and --policy (or --config), or a TEST_ID of the last run', { source: 'cli' });
            }
            const traces = (0,_trace_args_js__WEBPACK_IMPORTED_MODULE_12__/* .expandTraceArgs */ .X)(flags.trace).map((r) => ({ path: r.path, display: r.display }));
            const r = await (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .explainTraces */ .G1)(policies, traces, { strict: flags.strict === true });
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_10__/* .printWarnings */ .VW)(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
            explanations = r.explanations;
        }
        const ro = { blockedOnly: flags.blockedOnly === true, verbose: flags.verbose === true };
        const text = test ? (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTestExplanation */ .sb)(test, explanations, format, ro) : (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderExplanation */ .Gm)(explanations, format, ro);
        if (!flags.quiet && explanations.length && explanations.every((e) => e.total_steps === 0 && e.entry_violations.length === 0))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .err */ ._q)('Warning: Trace is empty');
        if (flags.output) {
            const o = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.output);
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_10__/* .writeOutput */ .zh)(o.path, o.display, text);
            if (!flags.quiet)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .err */ ._q)(`Wrote ${o.display}`);
        }
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .emitArtefact */ .g9)(text);
        const blocked = explanations.some((e) => e.blocked_steps > 0 || e.entry_violations.length > 0);
        const warned = explanations.some((e) => e.warning_steps > 0);
        // A test that did not pass explains a failure, like a blocked call.
        const testFailed = test !== undefined && FAILED_STATUSES.has(test.status);
        return testFailed || blocked || (warned && (failOn === 'warning' || failOn === 'note')) ? 1 : 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .reportError */ .N7)(e, { json });
    }
}


/***/ })

};
