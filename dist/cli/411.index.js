export const id = 411;
export const ids = [411];
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

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/coverage/read-calls.ts
var read_calls = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/core/coverage/inventory.ts
var inventory = __webpack_require__(4890);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/eval/baseline.ts
var baseline = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/core/gate/policy-gate.ts
var policy_gate = __webpack_require__(21);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/coverage/report.ts
// `assay coverage`: tools seen vs the tools the policy constrains, sequence rules exercised,
// the calls the one engine denies or warns about, and the thresholds that fail the command.










const ratio = (n, d) => (d === 0 ? 1 : n / d);
const pct2 = (r) => Math.round(r * 10000) / 100;
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
async function computeCoverage(o) {
    const gates = o.policies.map((p) => (0,policy_gate/* newPolicyGate */.mu)(p.policy, p.display));
    const seen = new Set();
    const r = await (0,read_calls/* readCalls */.s)(o.traces, (entry) => {
        for (const c of entry.tool_calls)
            seen.add(c.tool_name);
        for (const g of gates)
            (0,policy_gate/* gateEntry */.Cd)(g, entry);
    }, { strict: o.strict ?? false, cloudEvents: true });
    if (r.stats.records === 0) {
        const file = o.traces.map((t) => t.display).join(', ');
        const message = 'trace contains no records';
        throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
            source: 'trace',
            context: { file },
            nextStepValues: { 'trace.jsonl': file },
            diagnostics: [{ code: 'E_TRACE_INVALID', severity: 'error', message, file, source: 'trace' }],
        });
    }
    const inv = new inventory/* Inventory */.r();
    for (const p of o.policies)
        inv.addPolicy(p.policy);
    for (const d of o.declared ?? [])
        inv.addName(d);
    const items = inv.list;
    const covered = items.filter((i) => [...seen].some((n) => i.test(n)));
    const uncovered = items.filter((i) => !covered.includes(i));
    const seenList = [...seen].sort(cmp);
    const unknown = seenList.filter((n) => !items.some((i) => i.test(n)));
    const toolRatio = ratio(covered.length, items.length);
    const toolPct = pct2(toolRatio);
    let total = 0;
    let exercised = 0;
    const notExercised = [];
    for (const g of gates) {
        g.policy.sequences.forEach((rule, i) => {
            total++;
            if (g.sequenceExercised[i])
                exercised++;
            else
                notExercised.push(rule.ruleId);
        });
    }
    const ruleRatio = ratio(exercised, total);
    const rulePct = pct2(ruleRatio);
    const overall = pct2((toolRatio + ruleRatio) / 2);
    const drafts = gates.flatMap((g) => g.drafts).filter((d) => d.level !== 'note');
    const findings = (0,finding/* finalizeFindings */.jj)(drafts);
    const violations = findings.filter((f) => f.level === 'error');
    const warnings = findings.filter((f) => f.level === 'warning');
    const highRisk = [...inv.highRisk].filter((n) => !seen.has(n)).sort(cmp);
    const meets = o.minCoverage === undefined || overall + 1e-9 >= o.minCoverage;
    const report = {
        schema: 'assay.coverage_report.v1',
        tools: { seen: seenList, declared: items.map((i) => i.label), unknown, covered: covered.map((i) => i.label), uncovered: uncovered.map((i) => i.label), covered_pct: toolPct },
        rules: { total, exercised, exercised_pct: rulePct, not_exercised: notExercised },
        overall_pct: overall,
        violations,
        warnings,
        high_risk_gaps: highRisk,
        min_coverage: o.minCoverage ?? null,
        meets_threshold: meets,
        policies: o.policies.map((p) => p.display),
        trace_files: o.traces.map((t) => t.display),
        calls: r.stats.calls,
        entries: r.stats.episodes,
        exit_code: 0,
    };
    if (o.baseline) {
        const current = { overall, tool: toolPct, rule: rulePct };
        const regressions = [];
        for (const e of o.baseline.entries) {
            if (e.test_id !== 'coverage' || !(e.metric in current))
                continue;
            const metric = e.metric;
            const base = Math.round(e.score * 10000) / 100;
            if (current[metric] + 1e-9 < base)
                regressions.push({ metric, baseline_pct: base, current_pct: current[metric] });
        }
        report.baseline = { file: o.baselineDisplay ?? '', regressions };
    }
    report.exit_code = violations.length || highRisk.length || !meets || (report.baseline?.regressions.length ?? 0) > 0 ? 1 : 0;
    return { report, stats: r.stats, diagnostics: r.diagnostics };
}
/** `sha256:<hex>` of the policy files' bytes in order (the baseline's `config_fingerprint`). */
function policiesFingerprint(paths) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    for (const p of paths)
        h.update((0,external_node_fs_.readFileSync)(p));
    return `sha256:${h.digest('hex')}`;
}
/** The coverage baseline (format, test id `coverage`, metrics overall/rule/tool as fractions). */
function coverageBaseline(r, o) {
    const b = {
        schema_version: 1,
        suite: 'coverage',
        assay_version: version/* VERSION */.x,
        created_at: o.createdAt,
        config_fingerprint: o.fingerprint,
        entries: [
            { test_id: 'coverage', metric: 'overall', score: r.overall_pct / 100, meta: { exercised: 'exercised' } },
            { test_id: 'coverage', metric: 'rule', score: r.rules.exercised_pct / 100, meta: { exercised: 'exercised' } },
            { test_id: 'coverage', metric: 'tool', score: r.tools.covered_pct / 100, meta: { exercised: 'exercised' } },
        ],
    };
    return (0,baseline/* serializeBaseline */.ky)(b);
}
/** Read a coverage baseline; unreadable or for another suite → E_BASELINE_INVALID. */
function loadCoverageBaseline(path, display) {
    let text;
    try {
        text = (0,read_text/* readTextStrict */.hr)(path, display, 'E_BASELINE_INVALID', { errorClass: errors/* InputError */.dz, source: 'baseline', nextStepValues: { 'baseline.json': display } });
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
        const message = `cannot read baseline: ${e.message}`;
        throw new errors/* InputError */.dz('E_BASELINE_INVALID', `${display}: ${message}`, {
            source: 'baseline',
            context: { file: display },
            nextStepValues: { 'baseline.json': display },
            diagnostics: [{ code: 'E_BASELINE_INVALID', severity: 'error', message, file: display, source: 'baseline' }],
        });
    }
    const r = (0,baseline/* parseBaseline */.nk)(text, display, { suite: 'coverage', assayVersion: version/* VERSION */.x });
    return { baseline: r.baseline, warnings: r.warnings };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
;// CONCATENATED MODULE: ./src/core/coverage/render.ts

const one = (s) => (0,safe_text/* safeBounded */.vn)(s).replace(/[\r\n\t]/g, ' ');
const fmt = (n) => `${n.toFixed(2)}%`;
const list = (xs, max = 20) => {
    const shown = xs.slice(0, max).map(one).join(', ');
    return xs.length > max ? `${shown}, … and ${xs.length - max} more` : shown;
};
function findingLine(f) {
    return `${one(f.location.uri)}:${f.location.line}: ${f.rule_id.replace(/^policy\//, '')} ${one(f.message)}`;
}
function coverageText(r) {
    const out = [];
    out.push(`Coverage: ${fmt(r.overall_pct)} overall (tools ${fmt(r.tools.covered_pct)}, rules ${fmt(r.rules.exercised_pct)})`);
    out.push(`Policy: ${list(r.policies)}; trace: ${list(r.trace_files)} (${r.calls} calls in ${r.entries} entries)`);
    out.push(`Tools: ${r.tools.seen.length} seen, ${r.tools.declared.length} in the policy inventory, ${r.tools.covered.length} covered`);
    if (r.tools.uncovered.length)
        out.push(`  not exercised: ${list(r.tools.uncovered)}`);
    if (r.tools.unknown.length)
        out.push(`  seen but not named by the policy: ${list(r.tools.unknown)}`);
    out.push(`Rules: ${r.rules.exercised} of ${r.rules.total} sequence rules exercised`);
    if (r.rules.not_exercised.length)
        out.push(`  not exercised: ${list(r.rules.not_exercised)}`);
    out.push(`Violations: ${r.violations.length}`);
    for (const f of r.violations.slice(0, 50))
        out.push(`  ${findingLine(f)}`);
    if (r.violations.length > 50)
        out.push(`  … and ${r.violations.length - 50} more`);
    out.push(`Warnings: ${r.warnings.length}`);
    for (const f of r.warnings.slice(0, 20))
        out.push(`  ${findingLine(f)}`);
    if (r.warnings.length > 20)
        out.push(`  … and ${r.warnings.length - 20} more`);
    if (r.high_risk_gaps.length)
        out.push(`High-risk gaps (denied or never_after-forbidden tools no trace exercised): ${list(r.high_risk_gaps)}`);
    if (r.min_coverage !== null)
        out.push(`Minimum coverage: ${fmt(r.min_coverage)} — ${r.meets_threshold ? 'met' : 'not met'}`);
    for (const g of r.baseline?.regressions ?? [])
        out.push(`Regression: ${g.metric} coverage ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`);
    return out.join('\n') + '\n';
}
const code = (s) => (0,safe_text/* markdownCode */.D9)((0,safe_text/* safeText */.Hk)(s)).replace(/\|/g, '\\|');
const render_text = (s) => (0,safe_text/* escapeMarkdown */.FV)((0,safe_text/* safeText */.Hk)(s));
function coverageMarkdown(r) {
    const out = ['## Assay coverage', ''];
    out.push('| Metric | Value |', '|---|---|');
    out.push(`| Overall | ${fmt(r.overall_pct)} |`, `| Tools | ${fmt(r.tools.covered_pct)} (${r.tools.covered.length}/${r.tools.declared.length}) |`, `| Sequence rules | ${fmt(r.rules.exercised_pct)} (${r.rules.exercised}/${r.rules.total}) |`);
    out.push(`| Violations | ${r.violations.length} |`, `| Warnings | ${r.warnings.length} |`, `| High-risk gaps | ${r.high_risk_gaps.length} |`);
    if (r.min_coverage !== null)
        out.push(`| Minimum coverage | ${fmt(r.min_coverage)} (${r.meets_threshold ? 'met' : 'not met'}) |`);
    out.push('');
    if (r.tools.uncovered.length)
        out.push(`**Not exercised:** ${r.tools.uncovered.map(code).join(', ')}`, '');
    if (r.tools.unknown.length)
        out.push(`**Seen but not named by the policy:** ${r.tools.unknown.map(code).join(', ')}`, '');
    if (r.rules.not_exercised.length)
        out.push(`**Sequence rules not exercised:** ${r.rules.not_exercised.map(code).join(', ')}`, '');
    if (r.high_risk_gaps.length)
        out.push(`**High-risk gaps:** ${r.high_risk_gaps.map(code).join(', ')}`, '');
    if (r.violations.length || r.warnings.length) {
        out.push('| Level | Rule | Location | Message |', '|---|---|---|---|');
        for (const f of [...r.violations, ...r.warnings].slice(0, 100)) {
            out.push(`| ${f.level} | ${code(f.rule_id)} | ${code(`${f.location.uri}:${f.location.line}`)} | ${render_text(f.message)} |`);
        }
        out.push('');
    }
    for (const g of r.baseline?.regressions ?? [])
        out.push(`- Regression: ${g.metric} ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`);
    return out.join('\n') + '\n';
}
/** Workflow-command escaping (data: `%`, CR, LF; properties also `:` and `,`). */
const escData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s) => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
function coverageGithub(r) {
    const out = [];
    for (const f of r.violations)
        out.push(`::error file=${escProp(f.location.uri)},line=${f.location.line},title=${escProp(f.rule_id)}::${escData((0,safe_text/* safeBounded */.vn)(f.message))}`);
    for (const f of r.warnings)
        out.push(`::warning file=${escProp(f.location.uri)},line=${f.location.line},title=${escProp(f.rule_id)}::${escData((0,safe_text/* safeBounded */.vn)(f.message))}`);
    for (const g of r.high_risk_gaps)
        out.push(`::error title=Assay coverage::${escData(`high-risk gap: ${(0,safe_text/* safeBounded */.vn)(g)} is denied but no trace exercised it`)}`);
    if (!r.meets_threshold && r.min_coverage !== null)
        out.push(`::error title=Assay coverage::${escData(`Minimum coverage not met: ${fmt(r.overall_pct)} < ${fmt(r.min_coverage)}`)}`);
    for (const g of r.baseline?.regressions ?? [])
        out.push(`::error title=Assay coverage::${escData(`${g.metric} coverage dropped ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`)}`);
    out.push(`::notice title=Assay coverage::${escData(`${fmt(r.overall_pct)} overall (tools ${fmt(r.tools.covered_pct)}, rules ${fmt(r.rules.exercised_pct)})`)}`);
    return out.join('\n') + '\n';
}
function renderCoverage(r, format) {
    switch (format) {
        case 'json':
            return JSON.stringify(r, null, 2) + '\n';
        case 'markdown':
            return coverageMarkdown(r);
        case 'github':
            return coverageGithub(r);
        default:
            return coverageText(r);
    }
}

;// CONCATENATED MODULE: ./src/core/coverage/index.ts
// Public API of `assay coverage` and the shared call reader of the authoring commands.





// EXTERNAL MODULE: ./src/core/eval/index.ts + 2 modules
var core_eval = __webpack_require__(5935);
// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/gate/policy-run.ts
var policy_run = __webpack_require__(949);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var cli_paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: ./cli/command-helpers.ts
var command_helpers = __webpack_require__(1518);
// EXTERNAL MODULE: ./cli/trace-args.ts + 1 modules
var trace_args = __webpack_require__(6812);
// EXTERNAL MODULE: ./cli/lenient.ts
var cli_lenient = __webpack_require__(6764);
;// CONCATENATED MODULE: ./cli/commands/coverage.ts














function register(program) {
    program
        .command('coverage')
        .description('How much of the policy a trace exercises: tools, sequence rules, violations')
        .option('-p, --policy <file>', 'policy (default: the config\'s policies)')
        .option('-t, --trace-file <file...>', 'trace file(s): any trace shape, .json call lists, CloudEvents decisions')
        .option('--input <file...>', 'coverage events (call_tool lines, CloudEvents assay.tool.decision)')
        .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
        .option('--declared-tool <name...>', 'a tool the agent has (adds to the inventory)')
        .option('--declared-tools-file <file>', 'declared tools: one per line, a JSON list, or a tools/list result')
        .option('--min-coverage <pct>', 'fail below this overall percentage (0–100)')
        .option('--baseline <file>', 'fail when coverage dropped below this baseline')
        .option('--export-baseline <file>', 'write this run\'s coverage as a baseline')
        .option('-f, --format <format>', 'text | json | markdown | github', 'text')
        .option('--out <file>', 'write the report here instead of stdout')
        .option('--out-md <file>', 'also write the Markdown report here')
        .option('--strict', 'bad trace lines are fatal')
        .option('--deny-deprecations', 'legacy policy forms are errors')
        .option('--lenient', cli_lenient/* LENIENT_HELP */.IC)
        .option('--reproducible', 'baseline timestamp from SOURCE_DATE_EPOCH (else 1970)')
        .option('-q, --quiet', 'errors only on stderr')
        .action(async (flags) => {
        process.exitCode = await runCoverage(flags);
    });
}
function policiesFor(flags, denyDeprecations) {
    const lenient = (0,cli_lenient/* lenientFlag */.U_)(flags);
    const load = (path, display) => {
        const l = (0,policy_run/* loadPolicy */.tb)(path, display, { denyDeprecations, lenient });
        (0,command_helpers/* printWarnings */.VW)(l.warnings, flags.quiet);
        return { policy: l.policy, display };
    };
    if (flags.policy) {
        const r = (0,cli_paths/* fileRef */.M)(flags.policy);
        return { policies: [load(r.path, r.display)], paths: [r.path] };
    }
    let configGiven = flags.config;
    if (!configGiven) {
        // The project's policy (beside its config), found the way every command finds it.
        const cwd = process.cwd();
        const project = (0,discover/* discoverProject */.J$)(cwd);
        if (project?.policy) {
            const r = (0,cli_paths/* fileRef */.M)((0,discover/* shownPath */.pS)(project.policy, cwd));
            if (!flags.quiet)
                (0,output/* err */._q)(`note: using policy ${r.display}`);
            return { policies: [load(r.path, r.display)], paths: [r.path] };
        }
        if (project?.config) {
            configGiven = (0,discover/* shownPath */.pS)(project.config, cwd);
            if (!flags.quiet)
                (0,output/* err */._q)(`note: using config ${configGiven}`);
        }
        if (!configGiven)
            throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', `no policy: pass --policy, or --config (${(0,discover/* searchedText */.LG)(cwd)})`, { source: 'config' });
    }
    const ref = (0,cli_paths/* fileRef */.M)(configGiven);
    const cf = (0,config_kind/* readConfigFile */.RG)(ref.path, ref.display);
    if (cf.kind === 'policy') {
        const l = (0,policy_run/* loadPolicy */.tb)(ref.path, ref.display, { denyDeprecations, lenient, text: cf.text });
        (0,command_helpers/* printWarnings */.VW)(l.warnings, flags.quiet);
        return { policies: [{ policy: l.policy, display: ref.display }], paths: [ref.path] };
    }
    const { config } = (0,core_eval/* loadEvalConfig */.l4)(ref.path, ref.display, { ...(denyDeprecations ? { denyDeprecations: true } : {}), ...(lenient ? { lenient } : {}) });
    if (!config.policyFiles.length)
        throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', `${ref.display} references no policy file: pass --policy`, { source: 'config' });
    return { policies: config.policyFiles.map((p) => load(p.abs, p.display)), paths: config.policyFiles.map((p) => p.abs) };
}
async function runCoverage(flags) {
    let json = false;
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json', 'markdown', 'github']);
        json = format === 'json';
        if (flags.baseline && flags.exportBaseline)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'Cannot use --baseline and --export-baseline together', { source: 'cli' });
        let given = [...(flags.traceFile ?? []), ...(flags.input ?? [])];
        // No trace named: the project's traces, found as run/ci find them.
        if (!given.length)
            given = (0,discover/* discoverTraces */.WG)(process.cwd(), (0,discover/* discoverProject */.J$)(process.cwd()));
        const traces = (0,trace_args/* expandTraceArgs */.X)(given).map((r) => ({ path: r.path, display: r.display }));
        if (!traces.length)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'nothing to gate: give --trace-file <trace> or --input <events>', { source: 'cli' });
        let minCoverage;
        if (flags.minCoverage !== undefined) {
            minCoverage = (0,command_helpers/* numberFlag */.C$)('--min-coverage', flags.minCoverage);
            if (minCoverage < 0 || minCoverage > 100)
                throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--min-coverage must be in [0, 100] (got ${minCoverage})`, { source: 'cli' });
        }
        const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
        const { policies, paths } = policiesFor(flags, denyDeprecations);
        const declared = [...(flags.declaredTool ?? [])];
        if (flags.declaredToolsFile) {
            const r = (0,cli_paths/* fileRef */.M)(flags.declaredToolsFile);
            let text;
            try {
                text = (0,read_text/* readTextStrict */.hr)(r.path, r.display, 'E_CFG_PARSE');
            }
            catch (e) {
                if (e instanceof errors/* AssayError */.WV)
                    throw e;
                throw new errors/* UsageError */.eb('E_PATH_NOT_FOUND', `Declared tools file not found: ${r.display}`, { source: 'cli', context: { file: r.display } });
            }
            declared.push(...(0,inventory/* parseDeclaredTools */.x)(text));
        }
        let baseline;
        let baselineDisplay;
        if (flags.baseline) {
            const r = (0,cli_paths/* fileRef */.M)(flags.baseline);
            const b = loadCoverageBaseline(r.path, r.display);
            (0,command_helpers/* printWarnings */.VW)(b.warnings, flags.quiet);
            baseline = b.baseline;
            baselineDisplay = r.display;
        }
        const result = await computeCoverage({
            policies,
            traces,
            declared,
            strict: flags.strict === true,
            ...(minCoverage !== undefined ? { minCoverage } : {}),
            ...(baseline ? { baseline, baselineDisplay: baselineDisplay } : {}),
        });
        (0,command_helpers/* printWarnings */.VW)(result.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
        const r = result.report;
        const doc = renderCoverage(r, format);
        if (flags.out) {
            const o = (0,cli_paths/* fileRef */.M)(flags.out);
            (0,command_helpers/* writeOutput */.zh)(o.path, o.display, doc);
            if (!flags.quiet)
                (0,output/* err */._q)(`Wrote ${o.display}`);
        }
        else
            (0,output/* emitArtefact */.g9)(doc);
        if (flags.outMd) {
            const o = (0,cli_paths/* fileRef */.M)(flags.outMd);
            (0,command_helpers/* writeOutput */.zh)(o.path, o.display, renderCoverage(r, 'markdown'));
            if (!flags.quiet)
                (0,output/* err */._q)(`Wrote ${o.display}`);
        }
        if (flags.exportBaseline) {
            const o = (0,cli_paths/* fileRef */.M)(flags.exportBaseline);
            (0,command_helpers/* writeOutput */.zh)(o.path, o.display, coverageBaseline(r, { createdAt: (0,command_helpers/* isoSeconds */.nE)((0,command_helpers/* commandClock */.OI)(flags.reproducible)), fingerprint: policiesFingerprint(paths) }));
            if (!flags.quiet)
                (0,output/* err */._q)(`exported baseline to ${o.display}`);
        }
        if (!r.meets_threshold)
            (0,output/* err */._q)('Minimum coverage not met');
        if (r.high_risk_gaps.length)
            (0,output/* err */._q)(`High-risk gaps: ${r.high_risk_gaps.length} denied or never_after-forbidden tool(s) were never exercised`);
        for (const g of r.baseline?.regressions ?? [])
            (0,output/* err */._q)(`Coverage regression: ${g.metric} ${g.baseline_pct.toFixed(2)}% → ${g.current_pct.toFixed(2)}%`);
        return r.exit_code;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}


/***/ }),

/***/ 4890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ Inventory),
/* harmony export */   x: () => (/* binding */ parseDeclaredTools)
/* harmony export */ });
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);
// The tool surface a policy constrains ("Inventory"): exact names from allow/deny, schemas,
// sequence rules, aliases and declared tools, plus each non-universal pattern as one item, covered when
// any seen tool matches it. Also the high-risk names: deny-listed or never_after-forbidden exact names.

class Inventory {
    items = new Map();
    highRisk = new Set();
    get list() {
        return [...this.items.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
    }
    addName(name) {
        if (!this.items.has(name))
            this.items.set(name, { label: name, kind: 'name', test: (n) => n === name });
    }
    /** A pattern: exact → name; universal → nothing (it constrains no particular tool). */
    addPattern(pattern) {
        const p = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(pattern);
        if (p.kind === 'any')
            return;
        if (p.kind === 'exact')
            return this.addName(p.text);
        if (!this.items.has(pattern))
            this.items.set(pattern, { label: pattern, kind: 'pattern', test: (n) => p.test(n) });
    }
    selectorNames(p, sel) {
        if (sel.isAlias)
            return [...(p.aliases.get(sel.tool) ?? [])];
        const c = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(sel.tool);
        return c.kind === 'exact' ? [c.text] : [];
    }
    addSelector(p, sel) {
        if (sel.isAlias)
            for (const m of p.aliases.get(sel.tool) ?? [])
                this.addName(m);
        else
            this.addPattern(sel.tool);
    }
    addPolicy(p) {
        const t = p.tools;
        for (const e of t.allow?.entries ?? [])
            this.addPattern(e.pattern);
        for (const e of t.deny.entries) {
            this.addPattern(e.pattern);
            if (e.matcher.kind === 'exact')
                this.highRisk.add(e.matcher.text);
        }
        for (const k of p.schemas.keys())
            this.addName(k);
        for (const members of p.aliases.values())
            for (const m of members)
                this.addName(m);
        for (const r of p.sequences) {
            switch (r.kind) {
                case 'blocklist':
                    this.addPattern(`*${r.pattern}*`);
                    break;
                case 'require':
                case 'max_calls':
                case 'eventually':
                    this.addSelector(p, r.tool);
                    break;
                case 'before':
                    this.addSelector(p, r.first);
                    this.addSelector(p, r.then);
                    break;
                case 'never_after':
                    this.addSelector(p, r.trigger);
                    this.addSelector(p, r.forbidden);
                    for (const n of this.selectorNames(p, r.forbidden))
                        this.highRisk.add(n);
                    break;
                case 'after':
                    this.addSelector(p, r.trigger);
                    this.addSelector(p, r.then);
                    break;
                case 'sequence':
                    for (const s of r.tools)
                        this.addSelector(p, s);
                    break;
            }
        }
    }
}
/**
 * Declared tools from a file: a JSON array of names, an MCP `tools/list` result (`{"tools":[{"name"}]}`),
 * or text with one name per line (`#` comments).
 */
function parseDeclaredTools(text) {
    const t = text.replace(/^\uFEFF/, '').trim();
    if (t.startsWith('[') || t.startsWith('{')) {
        try {
            const v = JSON.parse(t);
            const list = Array.isArray(v) ? v : v.tools ?? v.result?.tools;
            if (Array.isArray(list)) {
                return list
                    .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' && typeof x.name === 'string' ? x.name : ''))
                    .filter((x) => x !== '');
            }
        }
        catch {
            // not JSON: read as lines
        }
    }
    return t
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
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


/***/ })

};
