export const id = 411;
export const ids = [411];
export const modules = {

/***/ 9411:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/coverage/read-calls.ts
var read_calls = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/core/coverage/inventory.ts
var inventory = __webpack_require__(4890);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/eval/baseline.ts
var baseline = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/core/gate/policy-gate.ts
var policy_gate = __webpack_require__(21);
// EXTERNAL MODULE: ./src/core/report/finding.ts
var finding = __webpack_require__(2179);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/core/coverage/report.ts
// `assay coverage` (02 §4.7): tools seen vs the tools the policy constrains, sequence rules exercised,
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
/** The coverage baseline (02 §9.1 format, test id `coverage`, metrics overall/rule/tool as fractions). */
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
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
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
// Public API of `assay coverage` (02 §4.7) and the shared call reader of the authoring commands.





// EXTERNAL MODULE: ./src/core/eval/index.ts + 2 modules
var core_eval = __webpack_require__(5935);
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
// EXTERNAL MODULE: ./cli/commands/generate.ts
var generate = __webpack_require__(5395);
;// CONCATENATED MODULE: ./cli/commands/coverage.ts
// `assay coverage` (02 §4.7): which of the policy's tools and rules a trace exercises, the calls it
// denies or warns about, and the thresholds (--min-coverage, high-risk gaps, baseline) that fail it.











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
        .option('--reproducible', 'baseline timestamp from SOURCE_DATE_EPOCH (else 1970)')
        .option('-q, --quiet', 'errors only on stderr')
        .action(async (flags) => {
        process.exitCode = await runCoverage(flags);
    });
}
function policiesFor(flags, denyDeprecations) {
    const load = (path, display) => {
        const l = (0,policy_run/* loadPolicy */.tb)(path, display, { denyDeprecations });
        (0,generate.printWarnings)(l.warnings, flags.quiet);
        return { policy: l.policy, display };
    };
    if (flags.policy) {
        const r = (0,cli_paths/* fileRef */.M)(flags.policy);
        return { policies: [load(r.path, r.display)], paths: [r.path] };
    }
    let configGiven = flags.config;
    if (!configGiven) {
        const found = (0,core_eval/* findDefaultConfig */.BE)(process.cwd());
        if (found) {
            configGiven = found.name;
            if (!flags.quiet)
                (0,output/* err */._q)(`note: using config ${found.name}`);
        }
    }
    if (!configGiven) {
        throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', 'no policy: pass --policy, or --config (no eval.yaml, assay.yaml or mcp-eval.yaml here)', { source: 'config' });
    }
    const ref = (0,cli_paths/* fileRef */.M)(configGiven);
    const cf = (0,config_kind/* readConfigFile */.RG)(ref.path, ref.display);
    if (cf.kind === 'policy') {
        const l = (0,policy_run/* loadPolicy */.tb)(ref.path, ref.display, { denyDeprecations, text: cf.text });
        (0,generate.printWarnings)(l.warnings, flags.quiet);
        return { policies: [{ policy: l.policy, display: ref.display }], paths: [ref.path] };
    }
    const { config } = (0,core_eval/* loadEvalConfig */.l4)(ref.path, ref.display, denyDeprecations ? { denyDeprecations: true } : {});
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
        const traces = [...(flags.traceFile ?? []), ...(flags.input ?? [])].map((t) => {
            const r = (0,cli_paths/* fileRef */.M)(t);
            return { path: r.path, display: r.display };
        });
        if (!traces.length)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'nothing to gate: give --trace-file <trace> or --input <events>', { source: 'cli' });
        let minCoverage;
        if (flags.minCoverage !== undefined) {
            minCoverage = (0,generate.numberFlag)('--min-coverage', flags.minCoverage);
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
                text = (0,external_node_fs_.readFileSync)(r.path, 'utf8');
            }
            catch {
                throw new errors/* UsageError */.eb('E_PATH_NOT_FOUND', `Declared tools file not found: ${r.display}`, { source: 'cli', context: { file: r.display } });
            }
            declared.push(...(0,inventory/* parseDeclaredTools */.x)(text));
        }
        let baseline;
        let baselineDisplay;
        if (flags.baseline) {
            const r = (0,cli_paths/* fileRef */.M)(flags.baseline);
            const b = loadCoverageBaseline(r.path, r.display);
            (0,generate.printWarnings)(b.warnings, flags.quiet);
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
        (0,generate.printWarnings)(result.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
        const r = result.report;
        const doc = renderCoverage(r, format);
        if (flags.out) {
            const o = (0,cli_paths/* fileRef */.M)(flags.out);
            (0,generate.writeOutput)(o.path, o.display, doc);
            if (!flags.quiet)
                (0,output/* err */._q)(`Wrote ${o.display}`);
        }
        else
            (0,output/* emitArtefact */.g9)(doc);
        if (flags.outMd) {
            const o = (0,cli_paths/* fileRef */.M)(flags.outMd);
            (0,generate.writeOutput)(o.path, o.display, renderCoverage(r, 'markdown'));
            if (!flags.quiet)
                (0,output/* err */._q)(`Wrote ${o.display}`);
        }
        if (flags.exportBaseline) {
            const o = (0,cli_paths/* fileRef */.M)(flags.exportBaseline);
            (0,generate.writeOutput)(o.path, o.display, coverageBaseline(r, { createdAt: (0,generate.isoSeconds)((0,generate.commandClock)(flags.reproducible)), fingerprint: policiesFingerprint(paths) }));
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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7278);
// The tool surface a policy constrains (02 §4.7 "Inventory"): exact names from allow/deny, schemas,
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
    /** A pattern of 01 §2.4: exact → name; universal → nothing (it constrains no particular tool). */
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

/***/ 21:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cd: () => (/* binding */ gateEntry),
/* harmony export */   DQ: () => (/* binding */ finishPolicyGate),
/* harmony export */   mu: () => (/* binding */ newPolicyGate)
/* harmony export */ });
/* unused harmony export decisionMessage */
function newPolicyGate(policy, policyUri) {
    return {
        policy,
        policyUri,
        drafts: [],
        perTrace: new Map(),
        exercised: new Set(),
        sequenceExercised: policy.sequences.map(() => false),
        calls: 0,
        entries: 0,
        denied: 0,
        warned: 0,
    };
}
const RELATED_TEXT = {
    deny: 'deny pattern',
    allow: 'allow list',
    schema: 'argument schema',
    unconstrained: 'unconstrained_tools setting',
    limits: 'limit',
    tool_pins: 'tool pin',
    sequence: 'sequence rule',
};
function elementKind(policy, id) {
    return id === undefined ? undefined : policy.elements.find((e) => e.id === id);
}
/** Tool definitions carried by the entry (`meta.tool_definitions`) for `tool_pins` in replay. */
function definitionsOf(entry) {
    const defs = entry.meta['tool_definitions'];
    if (!Array.isArray(defs))
        return undefined;
    const map = new Map();
    for (const d of defs) {
        if (d && typeof d === 'object' && typeof d.name === 'string') {
            map.set(d.name, d);
        }
    }
    return map;
}
function bucket(state, uri, element) {
    let m = state.perTrace.get(uri);
    if (!m) {
        m = new Map();
        state.perTrace.set(uri, m);
    }
    let list = m.get(element);
    if (!list) {
        list = [];
        m.set(element, list);
    }
    return list;
}
/** A finding's text: what happened and which rule decided, with the violations for schema failures. */
function decisionMessage(d, tool) {
    const rule = d.rule ?? 'policy';
    switch (d.code) {
        case 'E_TOOL_DENIED':
            return `Tool '${tool}' denied by ${rule}`;
        case 'E_TOOL_NOT_ALLOWED':
            return `Tool '${tool}' is not in the allow list (${rule})`;
        case 'E_ARG_SCHEMA': {
            const v = (d.violations ?? []).map((x) => `${x.path || '/'} ${x.message}`).join('; ');
            return `Arguments of '${tool}' violate ${rule}${v ? `: ${v}` : ''}`;
        }
        case 'E_TOOL_UNCONSTRAINED':
            return `Tool '${tool}' has no argument schema (${rule}: ${d.decision === 'deny' ? 'deny' : 'warn'})`;
        default:
            return `${d.reason} for '${tool}' (${rule})`;
    }
}
function callFinding(state, entry, call, d, testId) {
    const level = d.decision === 'deny' ? 'error' : 'warning';
    const el = elementKind(state.policy, d.element);
    const related = [];
    if (d.ruleRef) {
        related.push({
            uri: state.policyUri,
            line: d.ruleRef.line,
            col: d.ruleRef.col,
            message: (el && RELATED_TEXT[el.kind]) ?? 'policy rule',
        });
    }
    const rule = d.rule ?? 'policy';
    return {
        rule_id: `policy/${d.code}`,
        level,
        source: 'policy',
        message: `${decisionMessage(d, call.tool_name)} (call #${call.index})`,
        ...(testId !== undefined ? { test_id: testId } : {}),
        entry_key: entry.key,
        entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
        tool: call.tool_name,
        call_index: call.index,
        policy_rule: rule,
        location: { uri: call.pos.file, line: call.pos.line, col: 1 },
        ...(related.length ? { related } : {}),
        subject: entry.key,
        detail: `${call.tool_name}|${rule}`,
    };
}
function sequenceFinding(state, entry, s, testId) {
    const call = s.call_index !== null ? entry.tool_calls[s.call_index] : undefined;
    const ruleLoc = s.ruleRef
        ? { uri: state.policyUri, line: s.ruleRef.line, col: s.ruleRef.col }
        : { uri: state.policyUri, line: 1, col: 1 };
    const location = call ? { uri: call.pos.file, line: call.pos.line, col: 1 } : ruleLoc;
    const related = [];
    if (call)
        related.push({ ...ruleLoc, message: 'sequence rule' });
    else
        related.push({ uri: entry.file, line: entry.first_line, col: 1, message: 'entry' });
    return {
        rule_id: 'policy/E_SEQUENCE_VIOLATION',
        level: 'error',
        source: 'policy',
        message: `Sequence rule ${s.rule_id} violated${s.reason ? `: ${s.reason}` : ''}`,
        ...(testId !== undefined ? { test_id: testId } : {}),
        entry_key: entry.key,
        entry_key_is_prompt: entry.binding_id === undefined || entry.binding_id === '',
        ...(call ? { tool: call.tool_name, call_index: call.index } : {}),
        policy_rule: s.rule,
        location,
        related,
        subject: entry.key,
        detail: s.rule_id,
    };
}
/**
 * Decide every call of one complete entry and record its findings. `testId` names the eval test bound to
 * this entry, when there is one.
 */
function gateEntry(state, entry, testId) {
    const session = state.policy.newSession();
    const defs = state.policy.toolPins.size ? definitionsOf(entry) : undefined;
    state.entries++;
    for (const call of entry.tool_calls) {
        state.calls++;
        const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
        const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index });
        if (d.decision === 'allow')
            continue;
        if (d.decision === 'deny')
            state.denied++;
        else
            state.warned++;
        const f = callFinding(state, entry, call, d, testId);
        state.drafts.push(f);
        bucket(state, call.pos.file, d.element ?? 'policy').push(f);
    }
    for (const s of session.finish()) {
        if (s.status === 'not_exercised')
            continue;
        state.sequenceExercised[s.index] = true;
        if (s.status !== 'violated')
            continue;
        state.denied++;
        const f = sequenceFinding(state, entry, s, testId);
        state.drafts.push(f);
        bucket(state, entry.file, `sequences[${s.index}]`).push(f);
    }
    session.collectExercised(state.exercised);
}
/** End of all traces: one note per sequence rule that no entry exercised (02 §5.3). */
function finishPolicyGate(state) {
    state.policy.sequences.forEach((rule, i) => {
        if (state.sequenceExercised[i])
            return;
        state.drafts.push({
            rule_id: 'policy/W_RULE_NOT_EXERCISED',
            level: 'note',
            source: 'policy',
            message: `Sequence rule ${rule.ruleId} was exercised by no entry`,
            policy_rule: rule.rule,
            location: { uri: state.policyUri, line: rule.ref?.line ?? 1, col: rule.ref?.col ?? 1 },
            subject: state.policyUri,
            detail: rule.ruleId,
        });
    });
}


/***/ }),

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   sz: () => (/* binding */ finalizeGate),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   yg: () => (/* binding */ configFindingDrafts),
/* harmony export */   yo: () => (/* binding */ gateTraces)
/* harmony export */ });
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7278);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1438);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2179);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21);
// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.




function loadPolicy(path, display, opts) {
    const r = opts.text !== undefined ? (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(opts.text, display, opts) : (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPolicyFile */ .n$)(path, display, opts);
    return { policy: r.policy, display, warnings: r.diagnostics };
}
/**
 * Stream `traces` through the gate. `onEntry` sees every completed entry first (eval binding); it returns
 * the test id bound to the entry, if any, so policy findings name it.
 */
async function gateTraces(loaded, traces, opts) {
    const state = (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .newPolicyGate */ .mu)(loaded.policy, loaded.display);
    const traceDiagnostics = [];
    const stats = await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_1__.readTraceFiles)(traces.map((t) => ({ path: t.path, displayPath: t.display })), {
        onEntry(entry) {
            const testId = opts.onEntry?.(entry);
            (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gateEntry */ .Cd)(state, entry, testId);
        },
        onDiagnostic(d) {
            traceDiagnostics.push(d);
        },
    }, { strict: opts.strict ?? false, retainCalls: true });
    if (opts.requireRecords !== false)
        (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_1__.requireRecords)(stats, traces.map((t) => t.display).join(', '));
    (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .finishPolicyGate */ .DQ)(state);
    return { state, stats, traceDiagnostics };
}
/** Policy load warnings become `config/<CODE>` findings at their own position (02 §5.3). */
function configFindingDrafts(diags) {
    return diags
        .filter((d) => d.severity !== 'error')
        .map((d) => ({
        rule_id: `config/${d.code}`,
        level: d.severity,
        source: 'config',
        message: d.message,
        location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
        subject: d.file ?? '',
        detail: `${d.code}|${typeof d.context?.['path'] === 'string' ? d.context['path'] : d.message}`,
    }));
}
/** Finalize all drafts (config + gate) into sorted findings, and build the JUnit policy suites. */
function finalizeGate(drafts, run, traces, opts = {}) {
    const findings = (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finalizeFindings */ .jj)(drafts, opts);
    const policySuites = [];
    if (run) {
        const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
        const fpList = (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .draftFingerprints */ .Bm)(drafts);
        const fps = new Map(drafts.map((d, i) => [d, fpList[i]]));
        const { state } = run;
        for (const t of traces) {
            const perElement = state.perTrace.get(t.display);
            const cases = state.policy.elements.map((el) => {
                const list = (perElement?.get(el.id) ?? []).map((d) => byFp.get(fps.get(d))).filter(Boolean);
                const exercised = el.kind === 'sequence' ? state.sequenceExercised[Number(/\d+/.exec(el.id)?.[0])] === true : state.exercised.has(el.id) || list.length > 0;
                return { name: el.name, findings: list, exercised };
            });
            policySuites.push({ name: `policy:${t.display}`, cases });
        }
    }
    return { findings, policySuites };
}


/***/ })

};
