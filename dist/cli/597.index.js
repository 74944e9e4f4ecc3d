export const id = 597;
export const ids = [597];
export const modules = {

/***/ 597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8576);
/* harmony import */ var _src_core_eval_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5935);
/* harmony import */ var _src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4920);
/* harmony import */ var _src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(949);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3480);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7810);
/* harmony import */ var _generate_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5395);
// `assay explain` (02 §4.8): why each call was allowed, warned about or blocked — the rule and the policy
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
        .option('-q, --quiet', 'errors only on stderr')
        .action(async (testId, flags) => {
        process.exitCode = await runExplain(testId, flags);
    });
}
function policiesOf(flags, denyDeprecations) {
    const out = [];
    if (flags.policy) {
        const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.policy);
        const l = (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(r.path, r.display, { denyDeprecations });
        (0,_generate_js__WEBPACK_IMPORTED_MODULE_10__.printWarnings)(l.warnings, flags.quiet);
        out.push({ policy: l.policy, display: r.display });
    }
    if (flags.config) {
        const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.config);
        const cf = (0,_src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_4__/* .readConfigFile */ .RG)(r.path, r.display);
        if (cf.kind === 'policy') {
            const l = (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(r.path, r.display, { denyDeprecations, text: cf.text });
            (0,_generate_js__WEBPACK_IMPORTED_MODULE_10__.printWarnings)(l.warnings, flags.quiet);
            out.push({ policy: l.policy, display: r.display });
        }
        else {
            const { config } = (0,_src_core_eval_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadEvalConfig */ .l4)(r.path, r.display, denyDeprecations ? { denyDeprecations: true } : {});
            for (const p of config.policyFiles)
                out.push({ policy: (0,_src_core_gate_policy_run_js__WEBPACK_IMPORTED_MODULE_5__/* .loadPolicy */ .tb)(p.abs, p.display, { denyDeprecations }).policy, display: p.display });
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
        if (testId !== undefined) {
            if (flags.trace?.length)
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'TEST_ID reads its trace from the last run: drop --trace, or drop TEST_ID', { source: 'cli' });
            const root = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .checkoutRoot */ .R)();
            const runGiven = flags.run ?? `${flags.outDir}/run.json`;
            const runPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), runGiven);
            const inputs = (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .readRunInputs */ .hT)(runPath, (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_6__/* .displayPath */ .G)(runGiven, root, process.cwd()));
            const r = await (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .explainTest */ .Ib)(testId, inputs, { root, strict: flags.strict === true, denyDeprecations, extraPolicies: policiesOf(flags, denyDeprecations) });
            (0,_generate_js__WEBPACK_IMPORTED_MODULE_10__.printWarnings)(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
            explanations = r.explanations;
        }
        else {
            const policies = policiesOf(flags, denyDeprecations);
            if (!flags.trace?.length || !policies.length) {
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'give --trace and --policy (or --config), or a TEST_ID of the last run', { source: 'cli' });
            }
            const traces = flags.trace.map((t) => {
                const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(t);
                return { path: r.path, display: r.display };
            });
            const r = await (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .explainTraces */ .G1)(policies, traces, { strict: flags.strict === true });
            (0,_generate_js__WEBPACK_IMPORTED_MODULE_10__.printWarnings)(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
            explanations = r.explanations;
        }
        const text = (0,_src_core_explain_index_js__WEBPACK_IMPORTED_MODULE_2__/* .renderExplanation */ .Gm)(explanations, format, { blockedOnly: flags.blockedOnly === true, verbose: flags.verbose === true });
        if (!flags.quiet && explanations.every((e) => e.total_steps === 0 && e.entry_violations.length === 0))
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .err */ ._q)('Warning: Trace is empty');
        if (flags.output) {
            const o = (0,_paths_js__WEBPACK_IMPORTED_MODULE_8__/* .fileRef */ .M)(flags.output);
            (0,_generate_js__WEBPACK_IMPORTED_MODULE_10__.writeOutput)(o.path, o.display, text);
            if (!flags.quiet)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .err */ ._q)(`Wrote ${o.display}`);
        }
        else
            (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .emitArtefact */ .g9)(text);
        const blocked = explanations.some((e) => e.blocked_steps > 0 || e.entry_violations.length > 0);
        const warned = explanations.some((e) => e.warning_steps > 0);
        return blocked || (warned && (failOn === 'warning' || failOn === 'note')) ? 1 : 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_7__/* .reportError */ .N7)(e, { json });
    }
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
