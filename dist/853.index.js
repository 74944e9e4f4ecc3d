export const id = 853;
export const ids = [853];
export const modules = {

/***/ 29853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  inputsPhase: () => (/* binding */ inputsPhase),
  internalError: () => (/* binding */ internalError),
  newState: () => (/* binding */ newState),
  publishPhase: () => (/* binding */ publishPhase),
  verdictPhase: () => (/* binding */ verdictPhase)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var core = __webpack_require__(33838);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(74296);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(40997);
// EXTERNAL MODULE: ./src/core/report/finding.ts
var finding = __webpack_require__(72179);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(63718);
;// CONCATENATED MODULE: ./src/core/report/findings-baseline.ts
// Findings-fingerprint baseline (02 §9.2, D13, D22): written every ci run, read back as our JSON or as a
// SARIF file, and diffed by fingerprint over error/warning findings (new / fixed / unchanged).




const FINDINGS_BASELINE_SCHEMA = 'assay.findings_baseline.v1';
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function gated(level) {
    return level === 'error' || level === 'warning';
}
/** The baseline document: error and warning findings, unique by fingerprint, sorted; no timestamps. */
function buildFindingsBaseline(findings, meta) {
    const byFp = new Map();
    for (const f of findings) {
        if (!gated(f.level))
            continue;
        const fp = (0,finding/* prefixedFingerprint */.MP)(f.fingerprint);
        if (!byFp.has(fp))
            byFp.set(fp, { fingerprint: fp, rule_id: f.rule_id, level: f.level });
    }
    const entries = [...byFp.values()].sort((a, b) => cmp(a.fingerprint, b.fingerprint));
    const doc = {
        schema: FINDINGS_BASELINE_SCHEMA,
        assay_version: meta.assayVersion,
        category: meta.category,
        findings: entries,
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
function invalid(file, why) {
    return new core_errors/* InputError */.dz('E_BASELINE_INVALID', `${file}: findings baseline ${why}`, {
        source: 'baseline',
        context: { file },
    });
}
function unique(fps) {
    return [...new Set(fps)].sort(cmp);
}
/**
 * Parse a findings baseline: `assay.findings_baseline.v1`, or a SARIF log (fingerprints from
 * `partialFingerprints["assayFinding/v1"]`, else `assayLintFingerprint/v1`, over all runs). Only error and
 * warning entries count. Anything else → InputError E_BASELINE_INVALID.
 */
function parseFindingsBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        throw invalid(file, `is not JSON: ${e.message}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw invalid(file, 'is not a JSON object');
    const obj = doc;
    if (obj.schema === FINDINGS_BASELINE_SCHEMA) {
        if (!Array.isArray(obj.findings))
            throw invalid(file, 'has no "findings" array');
        const fps = [];
        obj.findings.forEach((e, i) => {
            const entry = e;
            if (entry === null || typeof entry !== 'object' || typeof entry.fingerprint !== 'string' || entry.fingerprint === '') {
                throw invalid(file, `entry ${i} has no fingerprint`);
            }
            const level = typeof entry.level === 'string' ? entry.level : 'error';
            if (gated(level))
                fps.push((0,finding/* prefixedFingerprint */.MP)(entry.fingerprint));
        });
        return { format: 'assay', fingerprints: unique(fps) };
    }
    if (Array.isArray(obj.runs)) {
        const fps = (0,report_sarif/* sarifFingerprints */.ZH)(obj)
            .filter((r) => gated(r.level))
            .map((r) => (0,finding/* prefixedFingerprint */.MP)(r.fingerprint));
        return { format: 'sarif', fingerprints: unique(fps) };
    }
    throw invalid(file, `is neither ${FINDINGS_BASELINE_SCHEMA} nor a SARIF log`);
}
/** Read and parse a findings baseline file; unreadable → InputError E_BASELINE_INVALID. */
function readFindingsBaseline(path, displayPath = path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        throw invalid(displayPath, `cannot be read: ${e.code ?? e.message}`);
    }
    return parseFindingsBaseline(text, displayPath);
}
/** Diff error/warning findings against a baseline by fingerprint and set their `baseline_state`. */
function diffFindings(findings, baseline) {
    const base = new Set(baseline.fingerprints);
    const current = new Set();
    const out = findings.map((f) => {
        if (!gated(f.level))
            return f;
        const fp = (0,finding/* prefixedFingerprint */.MP)(f.fingerprint);
        current.add(fp);
        return { ...f, baseline_state: base.has(fp) ? 'unchanged' : 'new' };
    });
    const diff = {
        new: unique([...current].filter((fp) => !base.has(fp))),
        fixed: unique([...base].filter((fp) => !current.has(fp))),
        unchanged: unique([...current].filter((fp) => base.has(fp))),
    };
    return {
        findings: out,
        diff,
        counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
    };
}
/** `diff.json`: `{new, fixed, unchanged}` sorted fingerprint lists. */
function buildDiffJson(diff) {
    return JSON.stringify({ new: diff.new, fixed: diff.fixed, unchanged: diff.unchanged }, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(69723);
;// CONCATENATED MODULE: ./src/core/gate/config-kind.ts
// `--config` takes a policy or an eval config, told apart by content (02 §4.1).



const MAX_CONFIG_BYTES = 1024 * 1024;
const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];
/** Read a config-or-policy file: missing → E_MISSING_CONFIG; too big / not a file / YAML error / neither shape → E_CFG_PARSE. */
function readConfigFile(path, display) {
    let text;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
            throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: config must be a regular file of at most 1 MiB`, {
                source: 'config',
                context: { file: display },
                nextStepValues: { 'config.yaml': display },
            });
        }
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof core_errors/* ConfigError */.xL)
            throw e;
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${display}: config file not found`, {
            source: 'config',
            context: { file: display },
            diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'config file not found', file: display, source: 'config' }],
        });
    }
    return { kind: detectKind(text, display), path, display, text };
}
function detectKind(text, display) {
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (errors.length || !source) {
        const first = errors[0];
        throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', first.message, {
            source: 'config',
            context: { file: display, line: first.line, col: first.col },
            diagnostics: errors,
            nextStepValues: { 'config.yaml': display },
        });
    }
    const v = source.value;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
        const keys = Object.keys(v);
        if (keys.includes('tests') || keys.includes('suite'))
            return 'eval';
        if (keys.some((k) => POLICY_KEYS.includes(k)))
            return 'policy';
    }
    const message = 'this file is neither an eval config (with "suite" and "tests") nor a policy (with "tools", "allow", "deny", "constraints", "schemas", "sequences", "enforcement" or "limits")';
    throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', message, {
        source: 'config',
        context: { file: display, line: 1, col: 1 },
        diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: display, line: 1, col: 1, source: 'config' }],
        nextStepValues: { 'config.yaml': display },
    });
}

// EXTERNAL MODULE: ./src/core/policy/index.ts + 8 modules
var policy = __webpack_require__(42208);
// EXTERNAL MODULE: ./src/core/trace/index.ts + 12 modules
var trace = __webpack_require__(68563);
;// CONCATENATED MODULE: ./src/core/gate/policy-gate.ts
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

;// CONCATENATED MODULE: ./src/core/gate/policy-run.ts
// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.




function loadPolicy(path, display, opts) {
    const r = opts.text !== undefined ? (0,policy/* parsePolicy */.ON)(opts.text, display, opts) : (0,policy/* loadPolicyFile */.n$)(path, display, opts);
    return { policy: r.policy, display, warnings: r.diagnostics };
}
/**
 * Stream `traces` through the gate. `onEntry` sees every completed entry first (eval binding); it returns
 * the test id bound to the entry, if any, so policy findings name it.
 */
async function gateTraces(loaded, traces, opts) {
    const state = newPolicyGate(loaded.policy, loaded.display);
    const traceDiagnostics = [];
    const stats = await (0,trace.readTraceFiles)(traces.map((t) => ({ path: t.path, displayPath: t.display })), {
        onEntry(entry) {
            const testId = opts.onEntry?.(entry);
            gateEntry(state, entry, testId);
        },
        onDiagnostic(d) {
            traceDiagnostics.push(d);
        },
    }, { strict: opts.strict ?? false, retainCalls: true });
    if (opts.requireRecords !== false)
        (0,trace.requireRecords)(stats, traces.map((t) => t.display).join(', '));
    finishPolicyGate(state);
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
    const findings = (0,finding/* finalizeFindings */.jj)(drafts, opts);
    const policySuites = [];
    if (run) {
        const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
        const fpList = (0,finding/* draftFingerprints */.Bm)(drafts);
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

;// CONCATENATED MODULE: ./src/core/gate/gate-run.ts
// The CI gate of `run` and `ci` (02 §3, §4.2–4.3): load → evaluate → findings → outcome, returned as a
// GateReport plus everything the report writers need. Pre-run failures come back as a report with
// `completed: false` (minimal run.json, failure summary.json), never as a thrown error.









function digestOf(paths) {
    try {
        const h = (0,external_node_crypto_.createHash)('sha256');
        for (const p of paths)
            h.update((0,external_node_fs_.readFileSync)(p));
        return `sha256:${h.digest('hex')}`;
    }
    catch {
        return undefined;
    }
}
/** A top-level block key `tests:` or `suite:` (column 0) marks an eval config (02 §4.1). */
const EVAL_TOP_KEY = /^(?:tests|suite)[ \t]*:/m;
/**
 * readConfigFile, without its kind-detection parse when the text plainly is an eval config: the eval
 * loader parses it (with positions) anyway, and a large suite's YAML parse dominates the run.
 * Anything else — and every error — goes through readConfigFile.
 */
function readConfig(path, display) {
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isFile() && st.size <= MAX_CONFIG_BYTES) {
            const text = (0,external_node_fs_.readFileSync)(path, 'utf8');
            if (EVAL_TOP_KEY.test(text))
                return { kind: 'eval', path, display, text };
        }
    }
    catch {
        // readConfigFile reports it
    }
    return readConfigFile(path, display);
}
function inputsOf(o) {
    return {
        config: o.config?.display ?? null,
        trace_files: o.traces.map((t) => t.display),
        policy: o.policy?.display ?? null,
        baseline: o.baseline?.display ?? null,
        findings_baseline: o.findingsBaseline?.display ?? null,
        out_dir: o.outDirDisplay,
    };
}
/** Report for a failure before any verdict (02 §3 "Pre-run failures"). */
function earlyFailure(e, o, suite = 'policy') {
    let code = 'E_INTERNAL';
    let message = e instanceof Error ? e.message : String(e);
    let nextStep = (0,reason_codes/* fillNextStep */.lT)('E_INTERNAL');
    let diags = [{ code, severity: 'error', message }];
    if (e instanceof core_errors/* AssayError */.WV) {
        code = e.reasonCode;
        // The error knew only its own file; fill what the run knows (config, policy, trace).
        nextStep = (0,reason_codes/* fillPlaceholders */.Ct)(e.nextStep, {
            'config.yaml': o.config?.display ?? o.policy?.display,
            'policy.yaml': o.policy?.display ?? o.config?.display,
            'trace.jsonl': o.traces[0]?.display,
        });
        diags = e.diagnostics.length
            ? e.diagnostics
            : [{ code, severity: 'error', message, file: e.context.file, line: e.context.line, col: e.context.col }];
        const first = diags[0];
        if (first?.file && !message.startsWith(first.file)) {
            message = `${first.file}${first.line !== undefined ? `:${first.line}:${first.col ?? 1}` : ''}: ${first.message}`;
        }
    }
    const report = {
        exitCode: (0,reason_codes/* exitCodeFor */.Rr)(code, o.exitCodes),
        reasonCode: code,
        message,
        nextStep,
        completed: false,
        suite,
        orderSeed: null,
        inputs: inputsOf(o),
        findings: [],
        provenance: { assayVersion: version/* VERSION */.x, verifyMode: 'enabled' },
    };
    return { report, findings: [], policySuites: [], configSuites: [], diagnostics: [], errorDiagnostics: diags };
}
async function runGate(o) {
    const now = o.now ?? (() => 0);
    const t0 = now();
    try {
        return await runGateInner(o, now, t0);
    }
    catch (e) {
        return earlyFailure(e, o);
    }
}
async function runGateInner(o, now, t0) {
    const diagnostics = [];
    let policyRef = o.policy;
    let policyText;
    let evalSession;
    let configDigest;
    if (o.config) {
        const cf = readConfig(o.config.path, o.config.display);
        configDigest = digestOf([cf.path]);
        if (cf.kind === 'policy') {
            if (!policyRef) {
                policyRef = o.config;
                policyText = cf.text;
            }
        }
        else {
            if (!o.eval)
                throw new core_errors/* AssayError */.WV('E_CFG_PARSE', `${o.config.display}: eval configs are not supported by this command`, { source: 'config' });
            evalSession = o.eval.load(cf);
            diagnostics.push(...evalSession.warnings);
        }
    }
    if (!policyRef && !evalSession) {
        throw new core_errors/* AssayError */.WV('E_MISSING_CONFIG', 'no config or policy given (use --config <file> or --policy <file>)', { source: 'config' });
    }
    let loaded;
    if (policyRef) {
        loaded = loadPolicy(policyRef.path, policyRef.display, {
            denyDeprecations: o.denyDeprecations,
            strict: o.strict,
            ...(policyText !== undefined ? { text: policyText } : {}),
        });
        diagnostics.push(...loaded.warnings);
    }
    const findingsBaseline = o.findingsBaseline ? readFindingsBaseline(o.findingsBaseline.path, o.findingsBaseline.display) : undefined;
    if (o.baseline && !evalSession) {
        throw new core_errors/* UsageError */.eb('E_INVALID_ARGS', '--baseline compares eval scores and needs an eval config (--config eval.yaml)', { source: 'cli' });
    }
    if (o.traces.length === 0 && evalSession?.needsTrace) {
        throw new core_errors/* UsageError */.eb('E_INVALID_ARGS', `${o.config?.display ?? 'config'}: model is "trace", so --trace-file is required`, { source: 'cli' });
    }
    // `--policy P` alone (no config, no trace) loads and validates the policy: its warnings become
    // config/ findings (02 §4.3). A policy given as --config needs a trace, found or named.
    const policyAlone = o.policy !== undefined && o.config === undefined;
    if (o.traces.length === 0 && loaded && !policyAlone) {
        throw new core_errors/* AssayError */.WV('E_TRACE_NOT_FOUND', 'no trace file given or found (looked at trace.jsonl, traces/*.jsonl, .assay/traces/*.jsonl)', {
            source: 'trace',
            nextStepValues: { 'trace.jsonl': 'trace.jsonl' },
        });
    }
    const tIngest = now();
    let run;
    let stats;
    if (o.traces.length > 0) {
        if (loaded) {
            run = await gateTraces(loaded, o.traces, { strict: o.strict, onEntry: evalSession ? (e) => evalSession.onEntry(e) : undefined });
            stats = run.stats;
            diagnostics.push(...run.traceDiagnostics);
        }
        else if (evalSession) {
            const { readTraceFiles, requireRecords } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 68563));
            const traceDiags = [];
            stats = await readTraceFiles(o.traces.map((t) => ({ path: t.path, displayPath: t.display })), { onEntry: (e) => void evalSession.onEntry(e), onDiagnostic: (d) => traceDiags.push(d) }, { strict: o.strict ?? false });
            requireRecords(stats, o.traces.map((t) => t.display).join(', '));
            diagnostics.push(...traceDiags);
        }
    }
    const tEval = now();
    const evalOutcome = evalSession ? await evalSession.finish({ traced: o.traces.length > 0 }) : undefined;
    if (evalOutcome?.diagnostics)
        diagnostics.push(...evalOutcome.diagnostics);
    const drafts = [
        ...configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))),
        ...(evalOutcome?.drafts ?? []),
        ...(run?.state.drafts ?? []),
    ];
    const fin = finalizeGate(drafts, run, o.traces, { redactPrompts: o.redactPrompts });
    let findings = fin.findings;
    let diff;
    if (findingsBaseline) {
        diff = diffFindings(findings, findingsBaseline);
        findings = diff.findings;
    }
    // Outcome (02 §3): eval rows 1–4 first, then findings at or above --fail-on, then strict warn rows.
    const failOn = o.failOn ?? 'error';
    // Only policy/config findings count toward --fail-on (02 §3 row 5); test and baseline findings gate through their rows.
    const gateable = findings.filter((f) => f.source === 'policy' || f.source === 'config');
    const gated = (0,finding/* countAtOrAbove */.Lf)(gateable, failOn, o.gateNewOnly === true && diff !== undefined);
    let exitCode = 0;
    let reasonCode = '';
    let message = evalSession ? 'All tests passed' : 'All checks passed';
    let testId;
    if (evalOutcome?.verdict) {
        ({ exitCode, reasonCode, message } = evalOutcome.verdict);
        testId = evalOutcome.verdict.testId;
    }
    else {
        const parts = [];
        if (gated > 0)
            parts.push(`${gated} policy finding(s) at or above fail_on=${o.failOnLabel ?? failOn}`);
        const warnRows = evalOutcome?.warnRows ?? 0;
        if (warnRows > 0 && (o.strict || evalOutcome?.blockOnWarn))
            parts.push(`Strict mode: ${warnRows} policy violations`);
        if (parts.length) {
            exitCode = 1;
            reasonCode = 'E_POLICY_VIOLATION';
            message = parts.join('; ');
            testId = gateable.find((f) => f.test_id)?.test_id ?? gateable.find((f) => f.level === 'error')?.entry_key;
            if (gated === 0)
                testId = evalOutcome?.rows.find((r) => r.status === 'warn')?.test_id;
        }
    }
    const warnings = [
        ...diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`),
        ...(evalOutcome?.warnings ?? []),
    ];
    const traceDigest = o.traces.length ? digestOf(o.traces.map((t) => t.path)) : undefined;
    const policyDigest = policyRef ? digestOf([policyRef.path]) : undefined;
    const baselineDigest = o.baseline && evalSession ? digestOf([o.baseline.path]) : undefined;
    const tEnd = now();
    const report = {
        exitCode,
        reasonCode,
        message,
        ...(exitCode !== 0 && reasonCode
            ? {
                nextStep: (0,reason_codes/* fillNextStep */.lT)(reasonCode, {
                    'test-id': testId,
                    'config.yaml': o.config?.display ?? policyRef?.display,
                    'policy.yaml': policyRef?.display,
                    'trace.jsonl': o.traces[0]?.display,
                }),
            }
            : {}),
        completed: true,
        suite: evalSession?.suite ?? 'policy',
        ...(evalOutcome ? { results: evalOutcome.rows } : {}),
        orderSeed: evalSession?.orderSeed ?? null,
        inputs: { ...inputsOf(o), policy: policyRef?.display ?? null },
        ...(stats ? { trace: { episodes: stats.episodes, records: stats.records, skipped_lines: stats.skipped_lines, ignored_lines: stats.ignored_lines } } : {}),
        findings,
        ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
        provenance: {
            assayVersion: version/* VERSION */.x,
            verifyMode: 'enabled',
            ...(traceDigest ? { traceDigest } : {}),
            ...(policyDigest ? { policyDigest } : {}),
            ...(configDigest && evalSession ? { configDigest } : {}),
            ...(baselineDigest ? { baselineDigest } : {}),
        },
        performance: { totalDurationMs: Math.round(tEnd - t0), ingestMs: Math.round(tEval - tIngest), evalMs: Math.round(tEnd - tEval), reportMs: 0 },
        ...(warnings.length ? { warnings } : {}),
        ...(evalOutcome?.judgeMetrics ? { judgeMetrics: evalOutcome.judgeMetrics } : {}),
        ...(o.runId !== undefined ? { runId: o.runId } : {}),
    };
    return {
        report,
        findings,
        policySuites: fin.policySuites,
        configSuites: evalOutcome ? [evalOutcome.configSuite] : [],
        ...(diff ? { diff } : {}),
        ...(stats ? { stats } : {}),
        diagnostics,
        errorDiagnostics: [],
        ...(evalOutcome?.baselineText !== undefined ? { evalBaseline: evalOutcome.baselineText } : {}),
        ...(evalOutcome?.info ? { eval: evalOutcome.info } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
;// CONCATENATED MODULE: ./src/action/constants.ts
// Names and limits of the action in one place (03-action §2, §3, §6): inputs, outputs, environment
// variables, GitHub limits and the timing of the REST calls. Nothing else in src/action spells these.
/** Input names, exactly as declared in action.yml. */
const Input = {
    Config: 'config',
    TraceFile: 'trace_file',
    Policy: 'policy',
    Strict: 'strict',
    Bundles: 'bundles',
    Pack: 'pack',
    FailOn: 'fail_on',
    GateNewOnly: 'gate_new_only',
    Sarif: 'sarif',
    Category: 'category',
    Matrix: 'matrix',
    Junit: 'junit',
    ReportsDir: 'reports_dir',
    CommentDiff: 'comment_diff',
    BaselineKey: 'baseline_key',
    BaselineDir: 'baseline_dir',
    WriteBaseline: 'write_baseline',
    UploadArtifacts: 'upload_artifacts',
    Token: 'token',
};
/** Output names (03 §3); every one is set on every path. */
const Output = {
    Verified: 'verified',
    FindingsError: 'findings_error',
    FindingsWarn: 'findings_warn',
    SarifPath: 'sarif_path',
    SarifUploaded: 'sarif_uploaded',
    DiffSummary: 'diff_summary',
    DiffNewFindings: 'diff_new_findings',
    ReportsDir: 'reports_dir',
    ExitCode: 'exit_code',
    ReasonCode: 'reason_code',
};
/** Defaults of action.yml, used when an input is empty (the runner fills them; local runs may not). */
const InputDefault = {
    failOn: 'error',
    reportsDir: '.assay/reports',
    baselineDir: '.assay/baseline',
    baselineKey: 'default',
    pack: 'cicd-starter',
};
/** Reference-action inputs we do not carry (03 §2.2): level and replacement hint. */
const RETIRED_INPUTS = [
    { names: ['version'], level: 'notice', hint: 'is ignored: the action runs in-process, nothing is downloaded' },
    {
        names: ['store', 'store_provider', 'store_role', 'store_region', 'azure_account', 'azure_container', 'azure_client_id', 'azure_tenant_id', 'azure_subscription_id'],
        level: 'warning',
        hint: 'is not supported: the action talks to no network beyond GitHub; upload the reports artifact from a separate step instead',
    },
    { names: ['attest', 'attest-key'], level: 'warning', hint: 'is not supported in the action: run `assay evidence attest` in a separate step' },
    { names: ['badge_gist', 'badge_token'], level: 'warning', hint: 'is not supported: use the `exit_code` and `diff_summary` outputs instead' },
    { names: ['sandbox-command'], level: 'warning', hint: 'is not supported in the action: sandboxing is a CLI/runtime feature (`assay sandbox`)' },
];
/** Environment variables the action reads besides INPUT_* and the runner's GITHUB_* set. */
const Env = {
    PollMs: 'ASSAY_SARIF_POLL_MS',
    PollTimeoutMs: 'ASSAY_SARIF_POLL_TIMEOUT_MS',
    /** Base delay of REST retries (tests shorten it); default RETRY_BASE_MS. */
    RetryBaseMs: 'ASSAY_HTTP_RETRY_MS',
    /** Duplicate-category guard prefix (03 §4.0); the suffix is sha256(category)[0:12]. */
    CategoryGuardPrefix: 'ASSAY_SARIF_CATEGORY_',
    RuntimeToken: 'ACTIONS_RUNTIME_TOKEN',
    SourceDateEpoch: 'SOURCE_DATE_EPOCH',
};
// ---- SARIF upload (03 §4.8) --------------------------------------------------------------------------
const SARIF_FILE = 'assay.sarif';
/** Poll the processing status every 5 s … */
const SARIF_POLL_INTERVAL_MS = 5_000;
/** … for at most 2 minutes; still pending then = accepted, processing continues. */
const SARIF_POLL_TIMEOUT_MS = 120_000;
/** Errors quoted from a failed processing status. */
const SARIF_MAX_QUOTED_ERRORS = 5;
// ---- REST retries (03 §4.8: 429 / 5xx / network) -----------------------------------------------------
/** Retry delays are base × 1, 2, 4 (three retries after the first attempt). */
const RETRY_BASE_MS = 1_000;
const RETRY_MULTIPLIERS = [1, 2, 4];
/** A Retry-After above this is capped. */
const MAX_RETRY_AFTER_S = 60;
// ---- PR comment (03 §4.9) ----------------------------------------------------------------------------
const COMMENT_MARKER_PREFIX = '<!-- assay-report:';
const COMMENT_MARKER_SUFFIX = ' -->';
/** The reference action's marker: a bot comment carrying it is adopted. */
const LEGACY_COMMENT_MARKER = '<!-- assay-report -->';
/** GitHub allows 65,536 characters; keep a margin (UTF-16 code units). */
const COMMENT_BUDGET_UNITS = 65_000;
const COMMENTS_PER_PAGE = 100;
// ---- Job summary and annotations (03 §4.10–4.11) ------------------------------------------------------
/** GitHub: 1 MiB per step; budget in UTF-8 bytes. */
const SUMMARY_BUDGET_BYTES = 1_000_000;
/** GitHub keeps 10 annotations per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** More operational messages than this at one level are merged into one annotation. */
const OPERATIONAL_MERGE_ABOVE = 3;
const ANNOTATION_MESSAGE_MAX = 256;
/** Malformed trace lines listed in the summary (the rest are counted). */
const SUMMARY_MAX_BAD_LINES = 20;
// ---- Discovery (03 §4.1) -----------------------------------------------------------------------------
const MAX_BUNDLES = 100;
const AUTO_BUNDLE_GLOBS = ['.assay/evidence/**/*.tar.gz', 'evidence/**/*.tar.gz'];
// ---- Baseline (03 §4.5, §4.13) -------------------------------------------------------------------------
const FINDINGS_BASELINE_FILE = 'findings-baseline.json';
const EVAL_BASELINE_FILE = 'eval-baseline.json';
const CACHE_KEY_PREFIX = 'assay-baseline-v1-';
const MAX_CACHE_KEY_LENGTH = 512;
// ---- Artifact (03 §4.12) -------------------------------------------------------------------------------
const ARTIFACT_PREFIX = 'assay-reports-';
const ARTIFACT_RETENTION_DAYS = 30;
/** Report files the action owns inside reports_dir (stale copies are removed before a run writes). */
const REPORT_FILES = ['run.json', 'summary.json', SARIF_FILE, 'junit.xml', 'diff.json', FINDINGS_BASELINE_FILE, EVAL_BASELINE_FILE, 'summary.md', 'comment.md'];
const LINT_DIR = 'lint';
const USER_AGENT = 'assay-action';

;// CONCATENATED MODULE: ./src/action/model.ts

/** Display order of findings everywhere (comment, summary, annotations): new first, then severity, path, line. */
function compareForDisplay(a, b) {
    const na = a.baseline_state === 'new' ? 0 : 1;
    const nb = b.baseline_state === 'new' ? 0 : 1;
    const s = (x, y) => (x < y ? -1 : x > y ? 1 : 0);
    return na - nb || (0,finding/* levelRank */.Le)(a.level) - (0,finding/* levelRank */.Le)(b.level) || s(a.location.uri, b.location.uri) || a.location.line - b.location.line || s(a.rule_id, b.rule_id) || s(a.fingerprint, b.fingerprint);
}
function displayOrder(findings) {
    return [...findings].sort(compareForDisplay);
}
function countsOf(findings) {
    return countFindings(findings);
}
/** POSIX shell quoting for the "reproduce locally" commands (paths may hold anything). */
function shellQuote(arg) {
    return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
/** The equivalent `assay ci` command (and evidence lint lines) for the summary. */
function reproduceCommands(inputs, traceDisplays, bundles, findingsBaseline, evalBaseline) {
    const out = [];
    if (inputs.config || inputs.policy) {
        const args = ['npx', 'assay', 'ci'];
        if (inputs.config)
            args.push('--config', inputs.config.display);
        if (inputs.policy)
            args.push('--policy', inputs.policy.display);
        for (const t of traceDisplays)
            args.push('--trace-file', t);
        if (inputs.strict)
            args.push('--strict');
        if (evalBaseline)
            args.push('--baseline', evalBaseline);
        args.push('--fail-on', inputs.failOnLabel);
        if (findingsBaseline)
            args.push('--findings-baseline', findingsBaseline);
        if (findingsBaseline && inputs.gateNewOnly)
            args.push('--gate-new-only');
        args.push('--out-dir', inputs.reportsDir.display);
        out.push(args.map(shellQuote).join(' '));
    }
    const packs = inputs.packs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.display)).join(',');
    for (const b of bundles.slice(0, 5)) {
        out.push(['npx', 'assay', 'evidence', 'lint', '--pack', packs, '--fail-on', inputs.failOnLabel, b.bundle.display].map(shellQuote).join(' '));
    }
    if (bundles.length > 5)
        out.push(`# … and ${bundles.length - 5} more bundles`);
    return out;
}

;// CONCATENATED MODULE: ./src/action/annotations.ts



const LEVELS = ['error', 'warning', 'notice'];
function findingLevel(f) {
    return f.level === 'error' ? 'error' : f.level === 'warning' ? 'warning' : 'notice';
}
class Annotator {
    sink;
    reserveErrorSlot;
    perLevel;
    used = { error: 0, warning: 0, notice: 0 };
    constructor(sink, 
    /** Keep one error slot for the step's failure message. */
    reserveErrorSlot, perLevel = ANNOTATIONS_PER_LEVEL) {
        this.sink = sink;
        this.reserveErrorSlot = reserveErrorSlot;
        this.perLevel = perLevel;
    }
    capacity(level) {
        return this.perLevel - (level === 'error' && this.reserveErrorSlot ? 1 : 0);
    }
    remaining(level) {
        return Math.max(0, this.capacity(level) - this.used[level]);
    }
    emit(level, message, props) {
        this.used[level]++;
        this.sink.annotate(level, message, props);
    }
    /** Operational messages and findings, within the per-level budget. */
    flush(operational, findings) {
        const ordered = displayOrder(findings);
        for (const level of LEVELS) {
            let ops = operational.filter((o) => o.level === level).map((o) => o.message);
            if (ops.length > OPERATIONAL_MERGE_ABOVE) {
                for (const o of ops)
                    this.sink.log(`${level}: ${o}`);
                ops = [`${ops.length} ${level} messages: ${ops.map((o) => (0,safe_text/* boundText */.O6)(o, 200)).join(' | ')}`];
            }
            for (const o of ops) {
                if (this.remaining(level) > 0)
                    this.emit(level, (0,safe_text/* safeText */.Hk)(o));
                else
                    this.sink.log(`${level}: ${o}`);
            }
            const mine = ordered.filter((f) => findingLevel(f) === level);
            const room = this.remaining(level);
            const fits = mine.length <= room ? mine.length : Math.max(0, room - 1);
            for (const f of mine.slice(0, fits)) {
                this.emit(level, (0,safe_text/* boundText */.O6)((0,safe_text/* safeBounded */.vn)(f.message), ANNOTATION_MESSAGE_MAX), {
                    title: f.rule_id,
                    ...(f.location.uri !== '' ? { file: f.location.uri, startLine: Math.max(1, f.location.line), startColumn: Math.max(1, f.location.col) } : {}),
                });
            }
            const rest = mine.length - fits;
            if (rest > 0) {
                if (this.remaining(level) > 0)
                    this.emit(level, `${rest} more ${level} findings: see job summary / SARIF`);
                else
                    this.sink.log(`${rest} more ${level} findings: see job summary / SARIF`);
            }
        }
    }
    /** A message after the flush (artifact upload, baseline save): annotated if budget is left, else logged. */
    late(level, message) {
        if (this.remaining(level) > 0)
            this.emit(level, (0,safe_text/* safeText */.Hk)(message));
        else
            this.sink.log(`${level}: ${message}`);
    }
}

;// CONCATENATED MODULE: ./src/action/baseline.ts
// The findings baseline across runs (03-action §4.5, §4.13). A committed
// `<baseline_dir>/findings-baseline.json` wins; otherwise the Actions cache is asked with the key prefix
// `assay-baseline-v1-<baseline_key>-<default_branch>-` (the newest matching entry wins). Default-branch
// pushes store this run's findings under `…-<sha>-<attempt>`. The cache sits behind `CacheClient` so tests
// use an in-memory fake; a miss is normal, an unavailable cache is a warning, never a verdict change.




function cacheKeyPrefix(baselineKey, defaultBranch) {
    return `${CACHE_KEY_PREFIX}${baselineKey}-${defaultBranch}-`;
}
function cacheSaveKey(baselineKey, defaultBranch, sha, attempt) {
    return `${cacheKeyPrefix(baselineKey, defaultBranch)}${sha}-${attempt}`;
}
/** The save key must fit GitHub's 512-character limit (an input error, 03 §2.1). */
function cacheKeyProblem(inputs, ctx) {
    const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch ?? '', ctx.sha, ctx.runAttempt);
    if (key.length > MAX_CACHE_KEY_LENGTH) {
        return `input "${Input.BaselineKey}": the baseline cache key would be ${key.length} characters (at most ${MAX_CACHE_KEY_LENGTH}); use a shorter key`;
    }
    return undefined;
}
/** Exactly `[<baseline_dir>]` as given, for restore and save alike (the cache version hashes the paths). */
function cachePaths(inputs) {
    return [inputs.baselineDir.given];
}
function fileRef(inputs) {
    const path = (0,external_node_path_.join)(inputs.baselineDir.path, FINDINGS_BASELINE_FILE);
    return { given: path, path, display: `${inputs.baselineDir.display}/${FINDINGS_BASELINE_FILE}` };
}
function readValid(ref, notes, what) {
    try {
        return readFindingsBaseline(ref.path, ref.display);
    }
    catch (e) {
        notes.push({ level: 'warning', code: 'W_BASELINE_IGNORED', message: `${what} ${ref.display} ignored: ${e.message}` });
        return undefined;
    }
}
async function restoreBaseline(inputs, ctx, cache) {
    const notes = [];
    const ref = fileRef(inputs);
    if ((0,external_node_fs_.existsSync)(ref.path)) {
        const baseline = readValid(ref, notes, 'committed findings baseline');
        return baseline ? { source: 'committed', ref, baseline, notes } : { source: 'none', notes };
    }
    if (!ctx.defaultBranch) {
        notes.push({ level: 'info', message: 'no findings baseline: the default branch is unknown (no repository in the event payload)' });
        return { source: 'none', notes };
    }
    let available = false;
    try {
        available = await cache.available();
    }
    catch {
        available = false;
    }
    if (!available) {
        notes.push({ level: 'warning', message: 'findings baseline not restored: the Actions cache is unavailable here (local run, GHES or no runtime token); no baseline' });
        return { source: 'none', notes };
    }
    const prefix = cacheKeyPrefix(inputs.baselineKey, ctx.defaultBranch);
    let key;
    try {
        key = await cache.restore(cachePaths(inputs), prefix, [prefix]);
    }
    catch (e) {
        notes.push({ level: 'warning', message: `findings baseline not restored: cache error: ${e.message}; no baseline` });
        return { source: 'none', notes };
    }
    if (key === undefined) {
        notes.push({ level: 'info', message: `no findings baseline in the cache yet (key prefix ${prefix})` });
        return { source: 'none', notes };
    }
    if (!(0,external_node_fs_.existsSync)(ref.path)) {
        notes.push({ level: 'warning', message: `cache entry ${key} holds no ${FINDINGS_BASELINE_FILE}; no baseline` });
        return { source: 'none', notes };
    }
    const baseline = readValid(ref, notes, 'restored findings baseline');
    return baseline ? { source: 'cache', ref, baseline, cacheKey: key, notes } : { source: 'none', notes };
}
/** Copy the candidate baselines into baseline_dir and save them to the cache (03 §4.13). */
async function saveBaseline(inputs, ctx, cache, req) {
    const notes = [];
    const written = [];
    (0,external_node_fs_.mkdirSync)(inputs.baselineDir.path, { recursive: true });
    const dest = (0,external_node_path_.join)(inputs.baselineDir.path, FINDINGS_BASELINE_FILE);
    (0,external_node_fs_.copyFileSync)(req.findingsBaselineFile, dest);
    written.push(dest);
    if (req.evalBaselineFile && (0,external_node_fs_.existsSync)(req.evalBaselineFile)) {
        const ev = (0,external_node_path_.join)(inputs.baselineDir.path, EVAL_BASELINE_FILE);
        (0,external_node_fs_.copyFileSync)(req.evalBaselineFile, ev);
        written.push(ev);
    }
    if (!ctx.defaultBranch)
        return { written, notes };
    let available = false;
    try {
        available = await cache.available();
    }
    catch {
        available = false;
    }
    if (!available) {
        notes.push({ level: 'warning', message: `baseline written to ${inputs.baselineDir.display} but not saved: the Actions cache is unavailable here` });
        return { written, notes };
    }
    const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch, ctx.sha, ctx.runAttempt);
    try {
        await cache.save(cachePaths(inputs), key);
        notes.push({ level: 'info', message: `findings baseline saved to the Actions cache as ${key}` });
        return { written, cacheKey: key, notes };
    }
    catch (e) {
        notes.push({ level: 'warning', message: `findings baseline not saved to the cache (${key}): ${e.message}` });
        return { written, notes };
    }
}

// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(72995);
;// CONCATENATED MODULE: ./src/action/context.ts
// What the runner tells us about this run (03-action §4.0): the event payload, the trust context
// (read_only is decided here, before any REST call), the default-branch push test, the SARIF category
// and everything named after it (comment marker, artifact name, duplicate guard).




const PR_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function obj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}
function sha256Hex(s) {
    return (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
/** Read the event payload; a missing or unreadable file is an empty payload plus a warning text. */
function readPayload(path) {
    if (!path)
        return { payload: {} };
    try {
        const v = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return { payload: obj(v) ?? {} };
    }
    catch (e) {
        return { payload: {}, warning: `cannot read the event payload ${path}: ${e.message}` };
    }
}
/** Fork PR: head repo differs from base repo, or the head repo is gone (03 §4.0). */
function isReadOnly(eventName, payload) {
    if (!PR_EVENTS.includes(eventName))
        return false;
    const pr = obj(payload.pull_request);
    if (!pr)
        return false;
    const head = obj(obj(pr.head)?.repo);
    const base = obj(obj(pr.base)?.repo);
    if (!head)
        return true;
    return str(head.full_name) !== str(base?.full_name);
}
/** `-<8 hex>` of the JCS form of a non-empty matrix object, else ''. */
function matrixSuffix(matrixInput) {
    const t = matrixInput.trim();
    if (t === '' || t === 'null')
        return { suffix: '' };
    try {
        const m = obj(JSON.parse(t));
        if (!m || Object.keys(m).length === 0)
            return { suffix: '' };
        return { suffix: '-' + sha256Hex((0,jcs/* canonicalize */.dw)(m)).slice(0, 8) };
    }
    catch (e) {
        return { suffix: '', warning: `input "matrix" is not JSON (${e.message}); the default category has no matrix part` };
    }
}
function markerSlug(category) {
    return category.replace(/[^A-Za-z0-9._/-]/g, '-');
}
function categoryGuardVar(category) {
    return Env.CategoryGuardPrefix + sha256Hex(category).slice(0, 12);
}
function readContext(inputs, workspace, env = process.env, now = new Date()) {
    const warnings = [];
    const eventName = env.GITHUB_EVENT_NAME ?? '';
    const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
    if (warning)
        warnings.push(warning);
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const repoRef = owner && repo ? { owner, repo } : undefined;
    const pr = obj(payload.pull_request);
    const prNumber = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
    const headSha = str(obj(pr?.head)?.sha);
    const defaultBranch = str(obj(payload.repository)?.default_branch);
    const ref = env.GITHUB_REF ?? '';
    const isDefaultPush = eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;
    const workflow = env.GITHUB_WORKFLOW ?? '';
    const job = env.GITHUB_JOB ?? '';
    const runnerOs = env.RUNNER_OS ?? '';
    let category = inputs.category;
    if (category === '') {
        const m = matrixSuffix(inputs.matrix);
        if (m.warning)
            warnings.push(m.warning);
        category = `assay-${workflow}-${job}-${runnerOs}${m.suffix}`;
    }
    const slug = markerSlug(category);
    const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';
    const ctx = {
        workspace,
        eventName,
        payload,
        ...(repoRef ? { repo: repoRef } : {}),
        sha: env.GITHUB_SHA ?? '',
        ref,
        runId: env.GITHUB_RUN_ID ?? '',
        runAttempt,
        workflow,
        job,
        runnerOs,
        serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
        apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
        ...(prNumber !== undefined ? { prNumber } : {}),
        ...(headSha ? { headSha } : {}),
        readOnly: isReadOnly(eventName, payload),
        ...(defaultBranch ? { defaultBranch } : {}),
        isDefaultPush,
        category,
        markerSlug: slug,
        marker: `${COMMENT_MARKER_PREFIX}${slug}${COMMENT_MARKER_SUFFIX}`,
        artifactName: `${ARTIFACT_PREFIX}${slug.replace(/\//g, '-')}-${runAttempt}`,
        categoryGuardVar: categoryGuardVar(category),
        reproducible: /^\d+$/.test(env[Env.SourceDateEpoch] ?? ''),
        startedAt: now,
    };
    return { ctx, warnings };
}
/** `<server>/<owner>/<repo>` or undefined without a repository. */
function repoUrl(ctx) {
    return ctx.repo ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}` : undefined;
}
function runUrl(ctx) {
    const r = repoUrl(ctx);
    return r && ctx.runId ? `${r}/actions/runs/${ctx.runId}` : undefined;
}

;// CONCATENATED MODULE: ./src/core/util/paths.ts
// Repo-relative POSIX paths for every output (02 §0): relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.

function toPosix(p) {
    return external_node_path_.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
function displayPath(given, root, cwd = root) {
    const abs = (0,external_node_path_.resolve)(cwd, given);
    const rel = (0,external_node_path_.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel))
        return toPosix(rel);
    if (rel === '')
        return '.';
    return toPosix(given);
}

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

;// CONCATENATED MODULE: ./src/action/inputs.ts
// Every input is read, parsed and validated here, once, before any work (03-action §2.1). Problems are
// collected (all of them, not just the first) and become one exit-2 E_INVALID_ARGS outcome in main.ts;
// the parsed values always have safe defaults so reports can still be written on that path.







// C0 controls, DEL and C1 controls (CR and LF included).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Split a list input on newlines (and commas when asked), trim, drop empties, de-duplicate in order. */
function splitList(raw, commas = false) {
    const parts = raw.split(commas ? /[\r\n,]+/ : /[\r\n]+/);
    const out = [];
    for (const p of parts) {
        const t = p.trim();
        if (t !== '' && !out.includes(t))
            out.push(t);
    }
    return out;
}
/** Is `abs` the workspace or below it (lexically)? */
function insideRoot(root, abs) {
    const rel = (0,external_node_path_.relative)(root, abs);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
/** Lexically inside, and (when it exists) its real path is inside the real workspace too (symlinks). */
function resolvesInside(root, abs) {
    if (!insideRoot(root, abs))
        return false;
    if (!(0,external_node_fs_.existsSync)(abs))
        return true;
    try {
        return insideRoot((0,external_node_fs_.realpathSync)(root), (0,external_node_fs_.realpathSync)(abs));
    }
    catch {
        return true;
    }
}
function pathRef(given, root) {
    const path = (0,external_node_path_.resolve)(root, given);
    return { given, path, display: displayPath(path, root, root) };
}
/** The directory part of a glob before its first wildcard segment (what must stay inside the workspace). */
function globBase(pattern) {
    const segs = pattern.split(/[\\/]+/);
    const lit = [];
    for (const s of segs) {
        if (/[*?[]/.test(s))
            break;
        lit.push(s);
    }
    return lit.join('/') || '.';
}
/** Retired reference inputs present in the environment (03 §2.2). */
function retiredInputs(env) {
    const out = [];
    for (const r of RETIRED_INPUTS) {
        for (const n of r.names) {
            if (env[`INPUT_${n.replace(/ /g, '_').toUpperCase()}`] === undefined)
                continue;
            out.push({ name: n, level: r.level, message: `input "${n}" ${r.hint}` });
        }
    }
    return out;
}
/**
 * Read every input through the toolkit (so `INPUT_<NAME>` is looked up exactly as the runner sets it) and
 * validate it. `workspace` is GITHUB_WORKSPACE (fallback: cwd).
 */
function readInputs(workspace, env = process.env) {
    const problems = [];
    const raw = (name) => core/* getInput */.V4(name);
    const bool = (name, dflt) => {
        if (raw(name) === '')
            return dflt;
        try {
            return core/* getBooleanInput */.Vt(name);
        }
        catch {
            problems.push({ input: name, message: `input "${name}": invalid boolean "${raw(name)}" (allowed: true, True, TRUE, false, False, FALSE)` });
            return dflt;
        }
    };
    const inside = (name, ref, what = 'path') => {
        if (!resolvesInside(workspace, ref.path)) {
            problems.push({ input: name, message: `input "${name}": ${what} "${ref.given}" resolves outside the workspace (allowed: paths inside ${displayPath(workspace, workspace)})` });
        }
    };
    const optionalPath = (name) => {
        const v = raw(name);
        if (v === '')
            return undefined;
        const ref = pathRef(v, workspace);
        inside(name, ref);
        return ref;
    };
    const config = optionalPath(Input.Config);
    const policy = optionalPath(Input.Policy);
    const traceFiles = splitList(raw(Input.TraceFile));
    for (const t of traceFiles) {
        const base = pathRef(globBase(t), workspace);
        if (!resolvesInside(workspace, base.path) || !insideRoot(workspace, (0,external_node_path_.resolve)(workspace, t))) {
            problems.push({ input: Input.TraceFile, message: `input "${Input.TraceFile}": "${t}" resolves outside the workspace (allowed: paths or globs inside the workspace)` });
        }
    }
    if (traceFiles.length > 0 && !config && !policy) {
        problems.push({ input: Input.TraceFile, message: `input "${Input.TraceFile}" needs "${Input.Config}" or "${Input.Policy}" (a trace alone gates nothing)` });
    }
    const bundles = splitList(raw(Input.Bundles));
    for (const b of bundles) {
        const base = pathRef(globBase(b), workspace);
        if (!resolvesInside(workspace, base.path) || !insideRoot(workspace, (0,external_node_path_.resolve)(workspace, b))) {
            problems.push({ input: Input.Bundles, message: `input "${Input.Bundles}": "${b}" resolves outside the workspace (allowed: globs inside the workspace)` });
        }
    }
    const packs = [];
    for (const p of splitList(raw(Input.Pack), true)) {
        const looksLikePath = /[\\/]/.test(p) || /\.ya?ml$/i.test(p) || (0,external_node_fs_.existsSync)((0,external_node_path_.resolve)(workspace, p));
        if (looksLikePath) {
            const ref = pathRef(p, workspace);
            inside(Input.Pack, ref, 'pack path');
            packs.push({ kind: 'path', ref });
        }
        else
            packs.push({ kind: 'builtin', name: p });
    }
    if (packs.length === 0)
        packs.push({ kind: 'builtin', name: InputDefault.pack });
    const failOnRaw = raw(Input.FailOn) || InputDefault.failOn;
    const failOn = parseFailOnValue(failOnRaw) ?? 'error';
    if (parseFailOnValue(failOnRaw) === null)
        problems.push({ input: Input.FailOn, message: `input "${Input.FailOn}": invalid value "${failOnRaw}" (allowed: ${FAIL_ON_VALUES.join(', ')})` });
    const category = raw(Input.Category);
    if (CONTROL.test(category))
        problems.push({ input: Input.Category, message: `input "${Input.Category}" contains a control character (CR, LF or other); allowed: printable text` });
    const baselineKeyRaw = raw(Input.BaselineKey);
    if (CONTROL.test(baselineKeyRaw))
        problems.push({ input: Input.BaselineKey, message: `input "${Input.BaselineKey}" contains a control character (CR, LF or other); allowed: printable text without ","` });
    if (baselineKeyRaw.includes(','))
        problems.push({ input: Input.BaselineKey, message: `input "${Input.BaselineKey}" contains "," (not allowed in cache keys)` });
    const reportsDir = pathRef(raw(Input.ReportsDir) || InputDefault.reportsDir, workspace);
    const baselineDir = pathRef(raw(Input.BaselineDir) || InputDefault.baselineDir, workspace);
    inside(Input.BaselineDir, baselineDir, 'directory');
    const inputs = {
        ...(config ? { config } : {}),
        traceFiles,
        ...(policy ? { policy } : {}),
        strict: bool(Input.Strict, false),
        bundles,
        packs,
        failOn,
        failOnLabel: failOnRaw,
        gateNewOnly: bool(Input.GateNewOnly, false),
        sarif: bool(Input.Sarif, true),
        category,
        matrix: raw(Input.Matrix),
        junit: bool(Input.Junit, true),
        reportsDir,
        commentDiff: bool(Input.CommentDiff, true),
        baselineKey: baselineKeyRaw || InputDefault.baselineKey,
        baselineDir,
        writeBaseline: bool(Input.WriteBaseline, false),
        uploadArtifacts: bool(Input.UploadArtifacts, true),
        token: raw(Input.Token),
    };
    return { inputs, problems, retired: retiredInputs(env) };
}
/** Inputs with safe defaults only (for the path where reading itself threw). */
function fallbackInputs(workspace) {
    return {
        traceFiles: [],
        strict: false,
        bundles: [],
        packs: [{ kind: 'builtin', name: InputDefault.pack }],
        failOn: 'error',
        failOnLabel: 'error',
        gateNewOnly: false,
        sarif: false,
        category: '',
        matrix: '',
        junit: true,
        reportsDir: pathRef(InputDefault.reportsDir, workspace),
        commentDiff: false,
        baselineKey: InputDefault.baselineKey,
        baselineDir: pathRef(InputDefault.baselineDir, workspace),
        writeBaseline: false,
        uploadArtifacts: false,
        token: '',
    };
}

;// CONCATENATED MODULE: ./src/action/glob.ts
// Glob expansion without a shell (03-action §4.1): `*`, `?`, `[…]` within a path segment and `**` across
// segments. Only regular files match; a symlink whose target resolves outside the workspace is refused,
// never followed. `**` does not descend into `.git` or `node_modules`. Results are absolute paths, sorted
// by their repo-relative POSIX form (code-unit order) and de-duplicated.




const SKIP_UNDER_GLOBSTAR = new Set(['.git', 'node_modules']);
function hasMagic(pattern) {
    return /[*?[]/.test(pattern);
}
function escapeRe(ch) {
    return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}
/** One path segment → an anchored RegExp. */
function segmentRegExp(seg) {
    let re = '';
    for (let i = 0; i < seg.length; i++) {
        const c = seg[i];
        if (c === '*')
            re += '[^/]*';
        else if (c === '?')
            re += '[^/]';
        else if (c === '[') {
            const close = seg.indexOf(']', i + 2);
            if (close === -1) {
                re += '\\[';
                continue;
            }
            let body = seg.slice(i + 1, close);
            let neg = false;
            if (body.startsWith('!') || body.startsWith('^')) {
                neg = true;
                body = body.slice(1);
            }
            re += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => '\\' + m)}]`;
            i = close;
        }
        else
            re += escapeRe(c);
    }
    return new RegExp(`^${re}$`);
}
function rel(root, abs) {
    return toPosix(abs.slice(root.length).replace(/^[\\/]+/, '')) || '.';
}
/**
 * Expand one pattern relative to `root`. Patterns are POSIX-style (`\` is read as a separator too, so
 * Windows users may write either).
 */
function expandGlob(pattern, root) {
    const rootAbs = (0,external_node_path_.resolve)(root);
    let realRoot = rootAbs;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(rootAbs);
    }
    catch {
        /* a missing root matches nothing below */
    }
    const norm = pattern.replace(/\\/g, '/');
    const absPattern = (0,external_node_path_.isAbsolute)(norm) || /^[A-Za-z]:\//.test(norm) ? norm : `${toPosix(rootAbs)}/${norm}`;
    const segs = absPattern.split('/');
    // Leading literal segments form the base directory.
    let i = 0;
    const lit = [];
    while (i < segs.length && !hasMagic(segs[i]))
        lit.push(segs[i++]);
    const base = lit.join('/') || '/';
    const rest = segs.slice(i).filter((s, k, a) => !(s === '' && k < a.length - 1));
    const found = new Set();
    const refused = new Set();
    const seen = new Set();
    const accept = (abs) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(abs);
        }
        catch {
            return;
        }
        if (!insideRoot(realRoot, real)) {
            refused.add(rel(rootAbs, abs));
            return;
        }
        try {
            if ((0,external_node_fs_.statSync)(real).isFile())
                found.add((0,external_node_path_.resolve)(abs));
        }
        catch {
            /* vanished */
        }
    };
    /** A directory entry is a directory we may enter (symlinked dirs only when they stay inside). */
    const enterable = (abs, d) => {
        if (d.isDirectory())
            return true;
        if (!d.isSymbolicLink())
            return false;
        try {
            const real = (0,external_node_fs_.realpathSync)(abs);
            return insideRoot(realRoot, real) && (0,external_node_fs_.statSync)(real).isDirectory();
        }
        catch {
            return false;
        }
    };
    const list = (dir) => {
        try {
            return (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        catch {
            return [];
        }
    };
    const walk = (dir, k) => {
        const key = `${dir}\u0000${k}`;
        if (seen.has(key))
            return;
        seen.add(key);
        if (k === rest.length)
            return;
        const seg = rest[k];
        if (seg === '**') {
            walk(dir, k + 1);
            if (k + 1 === rest.length) {
                // Trailing `**`: every file below.
                for (const d of list(dir)) {
                    const abs = (0,external_node_path_.join)(dir, d.name);
                    if (enterable(abs, d)) {
                        if (!SKIP_UNDER_GLOBSTAR.has(d.name))
                            walk(abs, k);
                    }
                    else if (d.isFile() || d.isSymbolicLink())
                        accept(abs);
                }
                return;
            }
            for (const d of list(dir)) {
                const abs = (0,external_node_path_.join)(dir, d.name);
                if (!SKIP_UNDER_GLOBSTAR.has(d.name) && enterable(abs, d))
                    walk(abs, k);
            }
            return;
        }
        if (seg === '.' || seg === '') {
            walk(dir, k + 1);
            return;
        }
        if (seg === '..') {
            walk((0,external_node_path_.resolve)(dir, '..'), k + 1);
            return;
        }
        const last = k === rest.length - 1;
        if (!hasMagic(seg)) {
            const abs = (0,external_node_path_.join)(dir, seg);
            if (last)
                accept(abs);
            else {
                try {
                    if ((0,external_node_fs_.statSync)(abs).isDirectory())
                        walk(abs, k + 1);
                }
                catch {
                    /* no such directory */
                }
            }
            return;
        }
        const re = segmentRegExp(seg);
        for (const d of list(dir)) {
            if (!re.test(d.name))
                continue;
            const abs = (0,external_node_path_.join)(dir, d.name);
            if (last) {
                if (!d.isDirectory())
                    accept(abs);
            }
            else if (enterable(abs, d))
                walk(abs, k + 1);
        }
    };
    if (rest.length === 0)
        accept((0,external_node_path_.resolve)(base));
    else
        walk((0,external_node_path_.resolve)(base), 0);
    const files = [...found].sort((a, b) => {
        const x = rel(rootAbs, a);
        const y = rel(rootAbs, b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return { files, refused: [...refused].sort() };
}
/** Expand several patterns: union, sorted by repo-relative path, with per-pattern match counts. */
function expandGlobs(patterns, root) {
    const all = new Set();
    const refused = new Set();
    const counts = [];
    for (const p of patterns) {
        const r = expandGlob(p, root);
        counts.push(r.files.length);
        for (const f of r.files)
            all.add(f);
        for (const x of r.refused)
            refused.add(x);
    }
    const rootAbs = (0,external_node_path_.resolve)(root);
    const files = [...all].sort((a, b) => {
        const x = rel(rootAbs, a);
        const y = rel(rootAbs, b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
    return { files, refused: [...refused].sort(), counts };
}

;// CONCATENATED MODULE: ./src/action/discover.ts
// Bundle discovery (03-action §4.1) and trace-file expansion. Discovery problems are input errors
// (exit 2 E_INVALID_ARGS): too many matches, an explicit pattern matching nothing, a symlink leaving the
// workspace. No bundle is ever silently skipped.



function discoverBundles(patterns, workspace) {
    const auto = patterns.length === 0;
    const list = auto ? [...AUTO_BUNDLE_GLOBS] : [...patterns];
    const r = expandGlobs(list, workspace);
    const problems = [];
    for (const x of r.refused)
        problems.push(`input "${Input.Bundles}": "${x}" is a symlink that resolves outside the workspace (refused)`);
    if (!auto) {
        list.forEach((p, i) => {
            if (r.counts[i] === 0)
                problems.push(`input "${Input.Bundles}": bundles pattern "${p}" matched no files`);
        });
    }
    if (r.files.length > MAX_BUNDLES) {
        problems.push(`input "${Input.Bundles}": ${r.files.length} bundles matched (at most ${MAX_BUNDLES}); narrow the pattern`);
    }
    return { bundles: problems.length ? [] : r.files.map((f) => pathRef(f, workspace)), auto, problems };
}
/**
 * `trace_file` entries: a plain path is kept as given (a missing file is the gate's E_TRACE_NOT_FOUND);
 * a glob contributes its matches, or itself when it matches nothing (so the gate names it as missing).
 */
function expandTraces(entries, workspace) {
    const traces = [];
    const problems = [];
    const seen = new Set();
    const add = (ref) => {
        if (seen.has(ref.path))
            return;
        seen.add(ref.path);
        traces.push(ref);
    };
    for (const e of entries) {
        if (!hasMagic(e)) {
            add(pathRef(e, workspace));
            continue;
        }
        const r = expandGlob(e, workspace);
        for (const x of r.refused)
            problems.push(`input "${Input.TraceFile}": "${x}" is a symlink that resolves outside the workspace (refused)`);
        if (r.files.length === 0)
            add({ ...pathRef(e, workspace), display: e.replace(/\\/g, '/') });
        for (const f of r.files)
            add(pathRef(f, workspace));
    }
    return { traces, problems };
}

;// CONCATENATED MODULE: ./src/action/evidence-step.ts
// Evidence bundles in the action (03-action §4.2–4.3): every bundle is verified in full, the verified ones
// are linted with the built-in rules plus `pack`, and both become findings of the SARIF `evidence` run.
// All evidence use of the action goes through this module and the core evidence API
// (src/core/evidence/index.ts: loadPacks, lintBundleFile, lintFindingDraft/lintSarifExtras, lintJson);
// the backend interface lets unit tests replace it.






/**
 * The core evidence API as the action's backend (packs resolved against the workspace, never the network).
 * Imported on first use: runs without bundles never load the evidence engine.
 */
function coreEvidenceBackend(workspace) {
    let packs = [];
    let lookup;
    const api = () => Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 47223));
    return {
        ruleInfo: () => lookup,
        async loadPacks(refs) {
            const { loadPacks } = await api();
            const r = loadPacks(refs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.path)), { cwd: workspace, display: (abs) => displayPath(abs, workspace) });
            packs = r.packs;
            return { warnings: r.warnings };
        },
        async check(bundle, lint) {
            const { lintBundleFile, lintJson, lintRuleMetaLookup, verifyBundleFile } = await api();
            if (!lint) {
                const v = await verifyBundleFile(bundle.path, { label: bundle.display });
                return v.ok ? { ok: true, findings: [], reportJson: '' } : { ok: false, reasonCode: v.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: v.message };
            }
            const r = await lintBundleFile(bundle.path, { packs, label: bundle.display, maxResults: null });
            lookup ??= lintRuleMetaLookup(packs);
            if (!r.ok || !r.report)
                return { ok: false, reasonCode: r.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: r.message };
            return { ok: true, findings: r.findings, reportJson: JSON.stringify(lintJson(r.report, version/* VERSION */.x), null, 2) + '\n' };
        },
    };
}
function extrasKey(f) {
    return `${f.fingerprint}\u0000${f.rule_id}\u0000${f.location.uri}`;
}
/** `lint/<slug>.json`: the repo-relative bundle path with unsafe characters replaced, no leading dot (hidden files). */
function lintSlug(display) {
    return display.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '') || 'bundle';
}
/** A verify failure: an error result whose rule id is the E_EVIDENCE_* reason, at the bundle path. */
function verifyFailureFinding(bundle, reasonCode, message) {
    return {
        fingerprint: `sha256:${(0,finding/* fingerprintV1 */.mh)(reasonCode, bundle.display, reasonCode, 0)}`,
        rule_id: reasonCode,
        level: 'error',
        source: 'config',
        message: (0,safe_text/* safeText */.Hk)(message),
        location: { uri: bundle.display, line: 1, col: 1 },
    };
}
/** Finalize one bundle's drafts (fingerprints by core) and pair each finding with its SARIF extras. */
function finalizeWithExtras(items, extras) {
    const fps = (0,finding/* draftFingerprints */.Bm)(items.map((i) => i.draft));
    items.forEach(({ draft, sarif }, i) => {
        extras.set(extrasKey({ fingerprint: fps[i], rule_id: draft.rule_id, location: draft.location }), sarif);
    });
    return (0,finding/* finalizeFindings */.jj)(items.map((i) => i.draft));
}
function evidence_step_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
async function runEvidence(bundles, packs, backend) {
    const out = {
        bundles: [],
        findings: [],
        lintFindings: [],
        extras: new Map(),
        counts: { bundles: bundles.length, verified: 0, failed: 0 },
        verdicts: [],
        junitSuites: [],
        lintReports: [],
        warnings: [],
    };
    if (bundles.length === 0)
        return out;
    let packVerdict;
    try {
        out.warnings.push(...(await backend.loadPacks(packs)).warnings);
    }
    catch (e) {
        const code = e instanceof core_errors/* AssayError */.WV ? e.reasonCode : 'E_CFG_PARSE';
        packVerdict = {
            source: 'lint',
            exitCode: 2,
            reasonCode: code,
            message: (0,safe_text/* safeText */.Hk)(e.message),
            nextStep: e instanceof core_errors/* AssayError */.WV ? e.nextStep : (0,reason_codes/* fillNextStep */.lT)(code),
        };
    }
    let verifyVerdict;
    const slugs = new Set();
    const uniqueSlug = (display) => {
        const base = lintSlug(display);
        let name = base;
        for (let i = 2; slugs.has(name); i++)
            name = `${base}-${i}`;
        slugs.add(name);
        return name;
    };
    for (const b of bundles) {
        let r;
        try {
            // After a pack error, bundles are still verified (and reported), just not linted.
            r = await backend.check(b, packVerdict === undefined);
        }
        catch (e) {
            // A pack that loaded but cannot run is a pack error; anything else about this bundle is unreadable.
            if (e instanceof core_errors/* AssayError */.WV && e.reasonCode === 'E_CFG_PARSE') {
                packVerdict ??= { source: 'lint', exitCode: 2, reasonCode: 'E_CFG_PARSE', message: (0,safe_text/* safeText */.Hk)(e.message), nextStep: e.nextStep };
                continue;
            }
            r = { ok: false, reasonCode: e instanceof core_errors/* AssayError */.WV ? e.reasonCode : 'E_EVIDENCE_UNREADABLE', message: e.message };
        }
        if (!r.ok) {
            out.counts.failed++;
            const f = verifyFailureFinding(b, r.reasonCode, r.message);
            out.findings.push(f);
            out.bundles.push({ bundle: b, status: 'failed', reasonCode: r.reasonCode, message: r.message, lintFindings: 0 });
            out.junitSuites.push({ name: `evidence:${b.display}`, cases: [{ name: 'verify', findings: [f], exercised: true }] });
            verifyVerdict ??= {
                source: 'verify',
                exitCode: 2,
                reasonCode: r.reasonCode,
                message: `${b.display}: ${(0,safe_text/* safeText */.Hk)(r.message)}`,
                nextStep: (0,reason_codes/* fillNextStep */.lT)(r.reasonCode, { bundle: b.display }),
            };
            continue;
        }
        out.counts.verified++;
        const findings = finalizeWithExtras(r.findings, out.extras);
        out.findings.push(...findings);
        out.lintFindings.push(...findings);
        out.bundles.push({ bundle: b, status: 'verified', lintFindings: findings.length });
        if (r.reportJson !== '')
            out.lintReports.push({ file: `${uniqueSlug(b.display)}.json`, json: r.reportJson });
        const byRule = new Map();
        for (const f of findings)
            byRule.set(f.rule_id, [...(byRule.get(f.rule_id) ?? []), f]);
        out.junitSuites.push({
            name: `evidence:${b.display}`,
            cases: [{ name: 'verify', findings: [], exercised: true }, ...[...byRule.keys()].sort(evidence_step_cmp).map((rule) => ({ name: rule, findings: byRule.get(rule), exercised: true }))],
        });
    }
    if (verifyVerdict)
        out.verdicts.push(verifyVerdict);
    if (packVerdict)
        out.verdicts.push(packVerdict);
    const ruleInfo = backend.ruleInfo?.();
    if (ruleInfo)
        out.ruleInfo = ruleInfo;
    return out;
}

;// CONCATENATED MODULE: ./src/action/gate-step.ts
// The replay gate of the action (03-action §4.4): the same core entry as `assay ci` (runGate), with the
// eval plugin of src/core/gate/eval-session.ts for `config`, no model calls (judge/embedding values come
// from the trace or the local cache), and the eval baseline from `<baseline_dir>/eval-baseline.json`.
// `policy` alone is loaded and validated: load warnings become findings at the policy line.










function isoSeconds(ms) {
    return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
function gitInfo(env) {
    if (!env.GITHUB_SHA)
        return undefined;
    return {
        commit: env.GITHUB_SHA,
        ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
        dirty: false,
        ...(env.GITHUB_ACTOR ? { author: env.GITHUB_ACTOR } : {}),
    };
}
function verdictOf(r) {
    return {
        source: 'gate',
        exitCode: r.report.exitCode,
        reasonCode: r.report.reasonCode,
        message: r.report.message,
        ...(r.report.nextStep !== undefined ? { nextStep: r.report.nextStep } : {}),
    };
}
async function runGateStep(o) {
    const { inputs, ctx } = o;
    const env = o.env ?? process.env;
    const now = o.now ?? (() => performance.now());
    if (!inputs.config && inputs.policy && inputs.traceFiles.length === 0)
        return policyOnly(o, inputs.policy, now);
    const warnings = [];
    const evalBaselinePath = (0,external_node_path_.join)(inputs.baselineDir.path, EVAL_BASELINE_FILE);
    const evalBaseline = inputs.config && (0,external_node_fs_.existsSync)(evalBaselinePath)
        ? { given: evalBaselinePath, path: evalBaselinePath, display: `${inputs.baselineDir.display}/${EVAL_BASELINE_FILE}` }
        : undefined;
    const sde = env.SOURCE_DATE_EPOCH;
    const createdAt = ctx.reproducible ? isoSeconds(sde !== undefined && /^\d+$/.test(sde) ? Number(sde) * 1000 : 0) : isoSeconds(ctx.startedAt.getTime());
    const git = gitInfo(env);
    // The eval engine is loaded only for `config` runs.
    const createEvalPlugin = inputs.config ? (await __webpack_require__.e(/* import() */ 767).then(__webpack_require__.bind(__webpack_require__, 9767))).createEvalPlugin : undefined;
    const plugin = (withBaseline) => createEvalPlugin?.({
        assayVersion: version/* VERSION */.x,
        cwd: ctx.workspace,
        cacheDir: (0,external_node_path_.join)(ctx.workspace, env.ASSAY_CACHE_DIR || '.assay/cache'),
        judge: 'none',
        embedder: 'none',
        exportBaseline: true,
        createdAt,
        ...(git ? { gitInfo: git } : {}),
        ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
        now,
    });
    const opts = (withBaseline) => ({
        ...(inputs.config ? { config: { path: inputs.config.path, display: inputs.config.display } } : {}),
        ...(inputs.policy ? { policy: { path: inputs.policy.path, display: inputs.policy.display } } : {}),
        ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
        traces: o.traces.map((t) => ({ path: t.path, display: t.display })),
        strict: inputs.strict,
        failOn: inputs.failOn,
        failOnLabel: inputs.failOnLabel,
        ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
        gateNewOnly: inputs.gateNewOnly,
        outDirDisplay: inputs.reportsDir.display,
        ...(createEvalPlugin ? { eval: plugin(withBaseline) } : {}),
        now,
        runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
    });
    let result = await runGate(opts(true));
    let usedBaseline = evalBaseline;
    // A restored eval baseline for another suite (or unreadable) is ignored with a warning (03 §4.4).
    if (evalBaseline && !result.report.completed && result.report.reasonCode === 'E_BASELINE_INVALID') {
        warnings.push(`${evalBaseline.display} ignored: ${result.report.message}`);
        result = await runGate(opts(false));
        usedBaseline = undefined;
    }
    return { mode: 'replay', result, verdict: verdictOf(result), ...(usedBaseline ? { evalBaseline: usedBaseline } : {}), warnings };
}
/** `policy` without traces: load + validate; warnings are findings at the policy line (03 §4.4). */
function policyOnly(o, policy, now) {
    const { inputs, ctx } = o;
    const t0 = now();
    const base = {
        policy: { path: policy.path, display: policy.display },
        traces: [],
        outDirDisplay: inputs.reportsDir.display,
        ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
    };
    let loaded;
    try {
        loaded = loadPolicy(policy.path, policy.display, { strict: inputs.strict });
    }
    catch (e) {
        const result = earlyFailure(e, base);
        return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
    }
    const diagnostics = loaded.warnings;
    let findings = (0,finding/* finalizeFindings */.jj)(configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))));
    let diff;
    if (o.findingsBaseline) {
        diff = diffFindings(findings, o.findingsBaseline.baseline);
        findings = diff.findings;
    }
    const failOn = inputs.failOn;
    const gated = (0,finding/* countAtOrAbove */.Lf)(findings, failOn, inputs.gateNewOnly && diff !== undefined);
    let digest;
    try {
        digest = `sha256:${(0,external_node_crypto_.createHash)('sha256').update((0,external_node_fs_.readFileSync)(policy.path)).digest('hex')}`;
    }
    catch {
        digest = undefined;
    }
    const failed = gated > 0;
    const t1 = now();
    const report = {
        exitCode: failed ? 1 : 0,
        reasonCode: failed ? 'E_POLICY_VIOLATION' : '',
        message: failed ? `${gated} policy finding(s) at or above fail_on=${inputs.failOnLabel}` : 'All checks passed',
        ...(failed ? { nextStep: (0,reason_codes/* fillNextStep */.lT)('E_POLICY_VIOLATION') } : {}),
        completed: true,
        suite: 'policy',
        orderSeed: null,
        inputs: {
            config: null,
            trace_files: [],
            policy: policy.display,
            baseline: null,
            findings_baseline: o.findingsBaseline?.ref.display ?? null,
            out_dir: inputs.reportsDir.display,
        },
        findings,
        ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
        provenance: { assayVersion: version/* VERSION */.x, verifyMode: 'enabled', ...(digest ? { policyDigest: digest } : {}) },
        performance: { totalDurationMs: Math.round(t1 - t0), evalMs: Math.round(t1 - t0), reportMs: 0 },
        ...(diagnostics.some((d) => d.severity === 'warning')
            ? { warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`) }
            : {}),
        runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
    };
    const result = {
        report,
        findings,
        policySuites: [],
        configSuites: [],
        ...(diff ? { diff } : {}),
        diagnostics,
        errorDiagnostics: [],
    };
    return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
}

;// CONCATENATED MODULE: ./src/action/github/artifact.ts
// Upload of the reports directory as a workflow artifact (03-action §4.12), through the toolkit's artifact
// client behind a small interface (tests use an in-memory fake). A missing Actions runtime (local run),
// GHES (artifact v2+ unsupported) or any error is a warning.



/** Is this GitHub Enterprise Server (not github.com, *.ghe.com or *.localhost)? */
function isGhes(serverUrl) {
    let host;
    try {
        host = new URL(serverUrl).hostname.toUpperCase();
    }
    catch {
        return false;
    }
    return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}
/** Every regular file below `dir`, sorted. */
function listFiles(dir) {
    const out = [];
    const walk = (d) => {
        let entries;
        try {
            entries = (0,external_node_fs_.readdirSync)(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const e of entries) {
            const p = (0,external_node_path_.join)(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.isFile())
                out.push(p);
        }
    };
    walk(dir);
    return out.sort();
}
const toolkitUploader = {
    async upload(name, files, rootDirectory, retentionDays) {
        const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(351), __webpack_require__.e(935)]).then(__webpack_require__.bind(__webpack_require__, 77935));
        const r = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory, { retentionDays });
        return { ...(r.id !== undefined ? { id: r.id } : {}), ...(r.size !== undefined ? { size: r.size } : {}) };
    },
};
async function uploadReports(o) {
    if (!o.env[Env.RuntimeToken]) {
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set; local run?)' }] };
    }
    if (isGhes(o.serverUrl)) {
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: GitHub Enterprise Server does not support the artifact service this action uses' }] };
    }
    const files = listFiles(o.dir);
    if (files.length === 0)
        return { status: 'skipped', notes: [{ level: 'warning', message: 'reports artifact not uploaded: the reports directory is empty' }] };
    try {
        const r = await (o.uploader ?? toolkitUploader).upload(o.name, files, o.dir, ARTIFACT_RETENTION_DAYS);
        return { status: 'uploaded', ...(r.id !== undefined ? { id: r.id } : {}), notes: [] };
    }
    catch (e) {
        return { status: 'failed', notes: [{ level: 'warning', message: `reports artifact "${o.name}" not uploaded: ${e.message}` }] };
    }
}

;// CONCATENATED MODULE: ./src/action/github/cache.ts
// The Actions cache behind the CacheClient interface of baseline.ts, through the toolkit's cache client
// (imported lazily: only runs that restore or save a baseline pay for it).

function toolkitCache(env) {
    return {
        async available() {
            if (!env[Env.RuntimeToken])
                return false;
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            return cache.isFeatureAvailable();
        },
        async restore(paths, primaryKey, restoreKeys) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            return cache.restoreCache(paths, primaryKey, restoreKeys);
        },
        async save(paths, key) {
            const cache = await Promise.all(/* import() */[__webpack_require__.e(30), __webpack_require__.e(0)]).then(__webpack_require__.bind(__webpack_require__, 34000));
            await cache.saveCache(paths, key);
        },
    };
}

;// CONCATENATED MODULE: ./src/action/github/rest.ts
// A small REST layer over the toolkit's Octokit (base URL from GITHUB_API_URL, proxy-aware fetch):
// transient failures (429, 5xx, network) are retried with 1 s, 2 s, 4 s delays (Retry-After honoured up
// to 60 s), pagination follows every `Link: rel="next"`. The toolkit is imported lazily so the action's
// cold start does not pay for it when no REST call is made (fork PRs, no token).


/** What a failed call looks like to callers: a status (0 = no response) and the server's message. */
class RestError extends Error {
    status;
    retryAfterS;
    constructor(message, status, retryAfterS) {
        super(message);
        this.status = status;
        this.retryAfterS = retryAfterS;
        this.name = 'RestError';
    }
}
function toRestError(e) {
    if (e instanceof RestError)
        return e;
    const err = e;
    const status = typeof err?.status === 'number' ? err.status : 0;
    const ra = err?.response?.headers?.['retry-after'];
    const retryAfter = typeof ra === 'string' && /^\d+$/.test(ra) ? Number(ra) : typeof ra === 'number' ? ra : undefined;
    const data = err?.response?.data;
    const message = typeof data?.message === 'string' ? data.message : typeof err?.message === 'string' ? err.message : String(e);
    return new RestError(message, status, retryAfter);
}
function isTransient(e) {
    return e.status === 0 || e.status === 429 || e.status >= 500;
}
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Run `fn`; on a transient failure retry after base × 1, 2, 4 (or Retry-After ≤ 60 s). Throws RestError. */
async function withRetry(fn, o = {}) {
    const base = o.baseMs ?? RETRY_BASE_MS;
    const wait = o.sleep ?? sleep;
    for (let attempt = 0;; attempt++) {
        try {
            return await fn();
        }
        catch (e) {
            const err = toRestError(e);
            if (!isTransient(err) || attempt >= RETRY_MULTIPLIERS.length)
                throw err;
            const ra = err.retryAfterS !== undefined ? Math.min(err.retryAfterS, MAX_RETRY_AFTER_S) * 1000 : undefined;
            // Delays scale with the base (tests shorten it), Retry-After included.
            await wait(ra !== undefined ? (ra * base) / RETRY_BASE_MS : base * RETRY_MULTIPLIERS[attempt]);
        }
    }
}
/** The `rel="next"` URL of a Link header. */
function nextLink(link) {
    if (typeof link !== 'string')
        return undefined;
    for (const part of link.split(',')) {
        const m = /<([^>]+)>\s*;\s*rel="?next"?/.exec(part);
        if (m)
            return m[1];
    }
    return undefined;
}
/** Every item of a paginated list: the first page from `route`, then each `Link: rel="next"` URL. */
async function paginate(rest, route, params, retry = {}) {
    const out = [];
    let res = await withRetry(() => rest.request(route, params), retry);
    for (;;) {
        if (Array.isArray(res.data))
            out.push(...res.data);
        const next = nextLink(res.headers.link);
        if (!next)
            return out;
        res = await withRetry(() => rest.request(`GET ${next}`), retry);
    }
}
/** The toolkit's Octokit as a RestClient. */
async function createRestClient(token) {
    const { getOctokit } = await __webpack_require__.e(/* import() */ 351).then(__webpack_require__.bind(__webpack_require__, 61351));
    const octokit = getOctokit(token, { userAgent: `${USER_AGENT}/${version/* VERSION */.x}` });
    return {
        async request(route, params) {
            const r = await octokit.request(route, params ?? {});
            return { status: r.status, data: r.data, headers: r.headers };
        },
    };
}

;// CONCATENATED MODULE: ./src/action/github/comment.ts
// The sticky PR comment (03-action §4.9): found by its hidden marker across every page of comments,
// updated in place (always, so a fixed PR shows "no findings"), created only when there is something to
// say. Identity: `GET /user` gives our own login; a GITHUB_TOKEN gets 403 there, and then the author must
// be a bot. Failures are warnings naming the permission, never fatal.


/** Which existing comment is ours: the oldest with our marker and author, else an adoptable reference one. */
function findSticky(comments, marker, login) {
    const ours = (c) => (login !== undefined ? c.user?.login === login : c.user?.type === 'Bot');
    const own = comments.find((c) => typeof c.body === 'string' && c.body.startsWith(marker) && ours(c));
    if (own)
        return own;
    return comments.find((c) => typeof c.body === 'string' && c.body.includes(LEGACY_COMMENT_MARKER) && c.user?.type === 'Bot' && ours(c));
}
function permissionNote(status, message) {
    return {
        level: 'warning',
        message: `PR comment not written (${status === 0 ? 'network error' : status}: ${message}): the job needs "permissions: pull-requests: write"`,
    };
}
async function upsertComment(o) {
    const { rest, owner, repo, prNumber } = o;
    let login;
    try {
        const me = await withRetry(() => rest.request('GET /user'), o.retry);
        if (typeof me.data?.login === 'string')
            login = me.data.login;
    }
    catch {
        login = undefined; // GITHUB_TOKEN: 403 on /user; we then match bot authors
    }
    let comments;
    try {
        comments = await paginate(rest, 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, per_page: COMMENTS_PER_PAGE }, o.retry);
    }
    catch (e) {
        const err = toRestError(e);
        return { status: 'failed', scanned: 0, notes: [permissionNote(err.status, err.message)] };
    }
    const found = findSticky(comments, o.marker, login);
    try {
        if (found) {
            const res = await withRetry(() => rest.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { owner, repo, comment_id: found.id, body: o.body }), o.retry);
            return { status: 'updated', id: found.id, ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
        }
        if (!o.create)
            return { status: 'not-needed', scanned: comments.length, notes: [] };
        const res = await withRetry(() => rest.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { owner, repo, issue_number: prNumber, body: o.body }), o.retry);
        return { status: 'created', ...(typeof res.data?.id === 'number' ? { id: res.data.id } : {}), ...(res.data?.html_url ? { url: res.data.html_url } : {}), scanned: comments.length, notes: [] };
    }
    catch (e) {
        const err = toRestError(e);
        return { status: 'failed', scanned: comments.length, notes: [permissionNote(err.status, err.message)] };
    }
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/action/github/sarif-upload.ts
// SARIF upload through the code-scanning REST API, in-process (03-action §4.8): re-check the file, gzip +
// base64, POST, then poll the processing status. Every failure is a value (uploaded=false plus a warning),
// never an exception and never a change of the verdict.




function isRepoRelative(uri) {
    return typeof uri === 'string' && uri !== '' && !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(uri) && !uri.startsWith('/');
}
/** Pre-upload checks (a failure here is a bug on our side): ≤ 20 runs, unique categories, locations, fingerprints. */
function checkSarif(text) {
    const problems = [];
    let log;
    try {
        log = JSON.parse(text);
    }
    catch (e) {
        return { problems: [`not JSON: ${e.message}`] };
    }
    const runs = Array.isArray(log.runs) ? log.runs : undefined;
    if (!runs)
        return { problems: ['no "runs" array'] };
    if (runs.length > report_sarif/* MAX_RUNS */._k)
        problems.push(`${runs.length} runs (at most ${report_sarif/* MAX_RUNS */._k})`);
    const ids = new Set();
    runs.forEach((run, i) => {
        const id = run.automationDetails?.id;
        if (typeof id !== 'string' || id === '')
            problems.push(`run ${i} has no automationDetails.id`);
        else if (ids.has(id))
            problems.push(`duplicate run category ${id}`);
        else
            ids.add(id);
        const results = Array.isArray(run.results) ? run.results : [];
        for (let j = 0; j < results.length && problems.length < 10; j++) {
            const r = results[j];
            const locs = r.locations;
            if (!Array.isArray(locs) || locs.length === 0)
                problems.push(`run ${i} result ${j} has no location`);
            else if (!isRepoRelative(locs[0]?.physicalLocation?.artifactLocation?.uri))
                problems.push(`run ${i} result ${j}: location is not a repo-relative URI`);
            const pf = r.partialFingerprints;
            if (!pf || typeof pf !== 'object' || Object.keys(pf).length === 0)
                problems.push(`run ${i} result ${j} has no partialFingerprints`);
        }
    });
    const gzip = (0,external_node_zlib_.gzipSync)(Buffer.from(text, 'utf8'), { level: 6 });
    if (gzip.length > report_sarif/* MAX_GZIP_BYTES */.uP)
        problems.push(`gzip size ${gzip.length} bytes exceeds the ${report_sarif/* MAX_GZIP_BYTES */.uP}-byte budget`);
    return { problems, gzip };
}
/** `commit_sha`/`ref` per event (03 §4.8 step 3). */
function uploadRef(ctx) {
    if ((ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_review' || ctx.eventName === 'pull_request_review_comment') && ctx.prNumber !== undefined) {
        return { commit_sha: ctx.sha, ref: `refs/pull/${ctx.prNumber}/merge` };
    }
    return { commit_sha: ctx.sha, ref: ctx.ref };
}
function failure(status, message) {
    switch (status) {
        case 403:
            return {
                level: 'warning',
                message: `SARIF not uploaded (403: ${message}): the job needs "permissions: security-events: write", or code scanning (GitHub Code Security) is not enabled for this repository`,
            };
        case 404:
            return { level: 'warning', message: `SARIF not uploaded (404: ${message}): code scanning is not available here (GHES without code scanning) or the repository is not visible to the token` };
        case 413:
        case 422:
            return { level: 'warning', message: `SARIF rejected by code scanning (${status}: ${message}); this is a bug in Assay, the file is kept in the reports artifact` };
        default:
            return { level: 'warning', message: `SARIF not uploaded (${status === 0 ? 'network error' : status}: ${message}) after retries` };
    }
}
async function uploadSarif(o) {
    const { ctx } = o;
    const wait = o.sleep ?? sleep;
    const now = o.now ?? (() => performance.now());
    const check = checkSarif(o.sarifText);
    if (check.problems.length > 0 || !check.gzip) {
        return {
            uploaded: false,
            status: 'invalid',
            accepted: false,
            notes: [{ level: 'warning', message: `SARIF not uploaded: the file failed the pre-upload check (a bug in Assay): ${check.problems.slice(0, 5).join('; ')}` }],
        };
    }
    const { owner, repo } = ctx.repo;
    const body = { ...uploadRef(ctx), sarif: check.gzip.toString('base64'), started_at: ctx.startedAt.toISOString() };
    let id;
    try {
        const res = await withRetry(() => o.rest.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', { owner, repo, ...body }), o.retry);
        id = typeof res.data?.id === 'string' ? res.data.id : String(res.data?.id ?? '');
    }
    catch (e) {
        const err = toRestError(e);
        return { uploaded: false, status: 'rejected', accepted: false, notes: [failure(err.status, err.message)] };
    }
    if (id === '') {
        return { uploaded: true, status: 'pending', accepted: true, notes: [{ level: 'notice', message: 'SARIF accepted by code scanning (no upload id returned; processing status unknown)' }] };
    }
    const deadline = now() + o.pollTimeoutMs;
    for (;;) {
        let status = 'pending';
        let errors = [];
        try {
            const res = await withRetry(() => o.rest.request('GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}', { owner, repo, sarif_id: id }), o.retry);
            status = typeof res.data?.processing_status === 'string' ? res.data.processing_status : 'pending';
            errors = Array.isArray(res.data?.errors) ? res.data.errors : [];
        }
        catch (e) {
            const err = toRestError(e);
            // 404 while the upload is being registered counts as pending; anything else ends polling.
            if (err.status !== 404) {
                return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); processing status unavailable (${err.status}: ${err.message})` }] };
            }
        }
        if (status === 'complete')
            return { uploaded: true, status: 'complete', accepted: true, id, notes: [] };
        if (status === 'failed') {
            const quoted = errors.slice(0, SARIF_MAX_QUOTED_ERRORS).map((x) => String(x));
            return {
                uploaded: false,
                status: 'failed',
                accepted: true,
                id,
                notes: [{ level: 'warning', message: `code scanning failed to process the SARIF upload (id ${id})${quoted.length ? `: ${quoted.join('; ')}` : ''}` }],
            };
        }
        if (now() + o.pollMs > deadline) {
            return { uploaded: true, status: 'pending', accepted: true, id, notes: [{ level: 'notice', message: `SARIF accepted (id ${id}); code scanning is still processing it` }] };
        }
        await wait(o.pollMs);
    }
}

;// CONCATENATED MODULE: ./src/action/render.ts





/** Untrusted inline text: controls/secrets neutralised, bounded, markdown-escaped (also safe in table cells). */
function md(s, max = 256) {
    return (0,safe_text/* escapeMarkdown */.FV)((0,safe_text/* boundText */.O6)((0,safe_text/* safeText */.Hk)(s), max));
}
function plural(n, one, many = `${one}s`) {
    return `${n} ${n === 1 ? one : many}`;
}
function verdictHeading(m) {
    const v = m.verdict;
    const state = v.exitCode === 0 ? '✅ passed' : v.exitCode === 1 ? '❌ failed' : v.exitCode === 2 ? '⛔ input or config error' : '⚠️ infrastructure error';
    return v.exitCode === 0 ? `## Assay — ${state}` : `## Assay — ${state} (exit ${v.exitCode}, \`${v.reasonCode}\`)`;
}
function gateCell(m) {
    const g = m.gate;
    if (!g)
        return m.inputs.config || m.inputs.policy ? 'not run' : 'not configured';
    const r = g.report;
    if (!r.completed)
        return `not completed: ${md(r.message, 200)}`;
    const parts = [];
    if (r.results) {
        const total = r.results.length;
        const passed = r.results.filter((x) => x.status === 'pass' || x.status === 'allowed_on_error' || x.status === 'warn').length;
        parts.push(`${passed}/${total} tests passed`);
    }
    if (g.mode === 'policy-only')
        parts.push('policy loaded and validated');
    if (g.stats)
        parts.push(`${plural(g.stats.calls, 'call')} in ${plural(g.stats.episodes, 'episode')}`);
    parts.push(plural(g.findings, 'finding'));
    return parts.join(' · ');
}
function evidenceCell(m) {
    const b = m.bundles;
    if (b.length === 0)
        return 'no bundles found';
    const verified = b.filter((x) => x.status === 'verified').length;
    const failed = b.filter((x) => x.status === 'failed').length;
    const lint = b.reduce((n, x) => n + x.lintFindings, 0);
    const parts = [`${verified}/${b.length} bundles verified`];
    if (failed)
        parts.push(`${failed} failed verification`);
    parts.push(plural(lint, 'lint finding'));
    return parts.join(' · ');
}
function findingsCell(m) {
    const c = m.counts;
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.note, 'note')];
    if (m.baseline.source !== 'none')
        parts.push(`${m.baseline.new} new vs baseline`);
    return parts.join(' · ');
}
function baselineCell(m) {
    const b = m.baseline;
    if (b.source === 'none')
        return 'none';
    const from = b.source === 'committed' ? `committed ${(0,safe_text/* markdownCode */.D9)(b.display ?? '')}` : `Actions cache ${(0,safe_text/* markdownCode */.D9)(b.cacheKey ?? '')}`;
    return `${from}: ${b.new} new · ${b.fixed} fixed · ${b.unchanged} unchanged`;
}
function outcomeTable(m, withStatus) {
    const rows = [
        '| Check | Result |',
        '|---|---|',
        `| Replay gate | ${gateCell(m)} |`,
        `| Evidence | ${evidenceCell(m)} |`,
        `| Findings | ${findingsCell(m)} |`,
        `| Baseline | ${baselineCell(m)} |`,
    ];
    if (withStatus) {
        rows.push(`| Code scanning | ${m.status.codeScanning} |`);
        rows.push(`| PR comment | ${m.status.comment} |`);
    }
    return rows;
}
function verdictLines(m) {
    const out = [`**${m.verdict.exitCode === 0 ? 'Result' : 'Why'}:** ${md(m.verdict.message, 1000)}`];
    if (m.verdict.exitCode !== 0 && m.verdict.nextStep)
        out.push('', `**Next step:** ${(0,safe_text/* markdownCode */.D9)(m.verdict.nextStep)}`);
    return out;
}
function truncationNote(m) {
    if (m.sarifOmitted <= 0)
        return [];
    return ['', `> ⚠️ ${m.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in \`run.json\` (artifact \`${m.ctx.artifactName}\`).`];
}
function blobLink(m, f) {
    const loc = `${f.location.uri}:${f.location.line}`;
    const base = repoUrl(m.ctx);
    const sha = m.ctx.headSha ?? m.ctx.sha;
    if (!base || !sha || f.location.uri === '')
        return md(loc, 300);
    const url = `${base}/blob/${sha}/${(0,report_sarif/* pathToUri */.TA)(f.location.uri).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}#L${f.location.line}`;
    return `[${md(loc, 300)}](${url})`;
}
const FINDINGS_HEADER = ['| | Level | Rule | Location | Message |', '|---|---|---|---|---|'];
function findingRow(m, f) {
    const state = f.baseline_state === 'new' ? '🆕' : f.baseline_state === 'unchanged' ? '' : '';
    return `| ${state} | ${f.level} | ${(0,safe_text/* markdownCode */.D9)(f.rule_id)} | ${blobLink(m, f)} | ${md(f.message)} |`;
}
/** Fit `rows` after `head` and before `tail` into `budget` (measured by `size`), cutting from the end. */
function fitRows(head, rows, tail, budget, size, more) {
    const fixed = size(head) + size(tail);
    let used = fixed;
    let kept = 0;
    for (const r of rows) {
        const s = size(r) + 1;
        // Keep room for the "more" line in case later rows do not fit.
        if (used + s + size(more(rows.length - kept - 1)) + 1 > budget && kept < rows.length - 1)
            break;
        if (used + s > budget)
            break;
        used += s;
        kept++;
    }
    const parts = [head, ...rows.slice(0, kept)];
    if (kept < rows.length)
        parts.push(more(rows.length - kept));
    return parts.join('\n') + tail;
}
const utf8 = (s) => Buffer.byteLength(s, 'utf8');
const units = (s) => s.length;
function badLineSection(m) {
    const g = m.gate;
    if (!g || g.badLines.length === 0)
        return [];
    const out = ['', `### Malformed trace lines: ${g.badLines.length}`, ''];
    for (const d of g.badLines.slice(0, SUMMARY_MAX_BAD_LINES))
        out.push(`- ${md(`${d.file ?? ''}:${d.line ?? 0}: ${d.message}`, 300)}`);
    if (g.badLines.length > SUMMARY_MAX_BAD_LINES)
        out.push(`- …and ${g.badLines.length - SUMMARY_MAX_BAD_LINES} more (see \`run.json\` warnings)`);
    return out;
}
function fence(lines) {
    const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((x) => x.length))));
    const f = '`'.repeat(longest + 1);
    return [`${f}bash`, ...lines.map((l) => l.replace(/[\r\n]+/g, ' ')), f];
}
function inputSection(m) {
    if (m.inputProblems.length === 0)
        return [];
    return ['', '### Input errors', '', ...m.inputProblems.map((p) => `- ${md(p, 500)}`)];
}
function notesSection(m) {
    const visible = m.notes.filter((n) => n.level !== 'info');
    if (visible.length === 0)
        return [];
    return ['', '### Notes', '', ...visible.map((n) => `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${md(n.message, 1000)}`)];
}
function baselineSection(m) {
    const b = m.baseline;
    if (b.source === 'none')
        return ['', '### Baseline', '', 'No findings baseline for this branch yet: every finding counts as new. Default-branch pushes with `write_baseline: true` store one.'];
    return ['', '### Baseline', '', `| New | Fixed | Unchanged |`, `|---|---|---|`, `| ${b.new} | ${b.fixed} | ${b.unchanged} |`, '', 'Fingerprint lists are in `diff.json` in the reports artifact.'];
}
function howTo(m) {
    if (m.gate || m.bundles.length > 0 || m.inputs.config || m.inputs.policy || m.inputProblems.length > 0)
        return [];
    return [
        '',
        '### Nothing to gate yet',
        '',
        '- Policy replay: set `policy: policies/mcp.yaml` and `trace_file: traces/*.jsonl`.',
        '- Eval replay: set `config: eval.yaml` (plus `trace_file` for `model: trace`).',
        '- Evidence: commit bundles under `.assay/evidence/` or `evidence/`, or set `bundles`.',
    ];
}
/** The full job summary (written untruncated to summary.md) and the budgeted text for GITHUB_STEP_SUMMARY. */
function buildSummary(m, budgetBytes = SUMMARY_BUDGET_BYTES) {
    const head = [verdictHeading(m), '', ...verdictLines(m), '', ...outcomeTable(m, true), ...truncationNote(m), ...inputSection(m), ...howTo(m), ...baselineSection(m)];
    const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
    const findingsHead = ['', `### Findings (${m.findings.length})`, ''];
    const tail = [
        ...badLineSection(m),
        ...(m.reproduce.length ? ['', '### Reproduce locally', '', ...fence(m.reproduce)] : []),
        ...notesSection(m),
        '',
    ];
    const headText = [...head, ...findingsHead, ...(rows.length ? FINDINGS_HEADER : ['No findings.'])].join('\n');
    const tailText = '\n' + tail.join('\n');
    const full = [headText, ...rows].join('\n') + tailText;
    if (utf8(full) <= budgetBytes)
        return { full, budgeted: full };
    const more = (n) => `\n…${n} more in the artifact \`${m.ctx.artifactName}\` (\`summary.md\`, \`run.json\`)`;
    const budgeted = fitRows(headText, rows, tailText, budgetBytes, utf8, more);
    // Head/tail alone over budget (pathological): cut hard at a line boundary.
    if (utf8(budgeted) > budgetBytes)
        return { full, budgeted: cutBytes(budgeted, budgetBytes - 200) + `\n\n…summary truncated; full text in \`summary.md\` (artifact \`${m.ctx.artifactName}\`)\n` };
    return { full, budgeted };
}
function cutBytes(s, max) {
    const buf = Buffer.from(s, 'utf8').subarray(0, Math.max(0, max));
    const text = buf.toString('utf8').replace(/\uFFFD$/, '');
    const nl = text.lastIndexOf('\n');
    return nl > 0 ? text.slice(0, nl) : text;
}
/** The sticky comment body: marker first, ≤ COMMENT_BUDGET_UNITS UTF-16 units. */
function buildComment(m, budgetUnits = COMMENT_BUDGET_UNITS) {
    const links = [];
    const run = runUrl(m.ctx);
    const repo = repoUrl(m.ctx);
    if (run)
        links.push(`[Job summary and logs](${run})`);
    if (repo)
        links.push(`[Security tab](${repo}/security/code-scanning${m.ctx.prNumber !== undefined ? `?query=pr%3A${m.ctx.prNumber}` : ''})`);
    links.push(`Reports: artifact \`${m.ctx.artifactName}\``);
    const head = [
        m.ctx.marker,
        verdictHeading(m),
        '',
        ...verdictLines(m),
        '',
        ...outcomeTable(m, false),
        ...truncationNote(m),
        ...inputSection(m),
        '',
        m.findings.length ? `### Findings (${m.findings.length}, new first)` : '### Findings',
        '',
        ...(m.findings.length ? FINDINGS_HEADER : ['No findings.']),
    ].join('\n');
    const tail = '\n\n' + links.join(' · ') + '\n';
    const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
    const more = (n) => `\n…and ${n} more (job summary / artifact \`${m.ctx.artifactName}\`)`;
    const body = fitRows(head, rows, tail, budgetUnits, units, more);
    return units(body) <= budgetUnits ? body : body.slice(0, budgetUnits - 1);
}

;// CONCATENATED MODULE: ./src/core/report/junit.ts
// JUnit XML (02 §8, D12), written by hand so attribute order and bytes are fixed: one suite per config and
// one per trace file decided by the policy gate; no timestamp, hostname or time unless timings are asked.

const MAX_POLICY_LINES = 50;
function attr(name, value) {
    return ` ${name}="${(0,safe_text/* escapeXmlAttr */.W6)(value)}"`;
}
function seconds(ms) {
    return ((ms ?? 0) / 1000).toFixed(3);
}
function testcase(classname, name, body, timings, ms) {
    const time = timings ? attr('time', seconds(ms)) : '';
    return `    <testcase${attr('classname', classname)}${attr('name', name)}${time}>${body}</testcase>`;
}
function rowCase(suite, row, timings) {
    const m = (0,safe_text/* safeBounded */.vn)(row.message);
    let body = '';
    let kind = 'pass';
    switch (row.status) {
        case 'pass':
        case 'allowed_on_error':
            break;
        case 'skipped':
            kind = 'skipped';
            body = `<skipped${attr('message', m)}/>`;
            break;
        case 'warn':
            body = `<system-out>${(0,safe_text/* escapeXmlText */.IR)(`WARNING: ${m}`)}</system-out>`;
            break;
        case 'flaky':
            body = `<system-out>${(0,safe_text/* escapeXmlText */.IR)(`FLAKY: ${m}`)}</system-out>`;
            break;
        case 'unstable':
            body = `<system-out>${(0,safe_text/* escapeXmlText */.IR)(`UNSTABLE: ${m}`)}</system-out>`;
            break;
        case 'fail': {
            kind = 'failure';
            const lines = (row.details ?? []).map((l) => (0,safe_text/* safeBounded */.vn)(l)).join('\n');
            body = `<failure${attr('message', m)}${attr('type', row.kind ?? 'fail')}>${(0,safe_text/* escapeXmlText */.IR)(lines)}</failure>`;
            break;
        }
        case 'error':
            kind = 'error';
            body = `<error${attr('message', m)}${attr('type', row.run_error_kind ?? 'error')}/>`;
            break;
    }
    return { kind, xml: testcase(suite, row.test_id, body, timings, row.duration_ms) };
}
function findingLines(findings) {
    const shown = findings.slice(0, MAX_POLICY_LINES).map((f) => `${f.location.uri}:${f.location.line}: ${(0,safe_text/* safeBounded */.vn)(f.message)}`);
    if (findings.length > MAX_POLICY_LINES)
        shown.push(`…and ${findings.length - MAX_POLICY_LINES} more`);
    return shown.join('\n');
}
function policyCase(c, timings) {
    const errors = c.findings.filter((f) => f.level === 'error');
    const warnings = c.findings.filter((f) => f.level === 'warning');
    let body = '';
    let kind = 'pass';
    if (errors.length > 0) {
        kind = 'failure';
        const m = (0,safe_text/* safeBounded */.vn)(`${errors.length} finding(s); first: ${errors[0].message}`);
        body = `<failure${attr('message', m)}>${(0,safe_text/* escapeXmlText */.IR)(findingLines(errors))}</failure>`;
    }
    else if (warnings.length > 0) {
        const m = (0,safe_text/* safeBounded */.vn)(`${warnings.length} finding(s); first: ${warnings[0].message}`);
        body = `<system-out>${(0,safe_text/* escapeXmlText */.IR)(`WARNING: ${m}\n${findingLines(warnings)}`)}</system-out>`;
    }
    else if (!c.exercised) {
        kind = 'skipped';
        body = '<skipped message="not exercised"/>';
    }
    return { kind, xml: testcase('policy', c.name, body, timings, c.duration_ms) };
}
function tally(cases, ms) {
    const c = { tests: cases.length, failures: 0, errors: 0, skipped: 0, ms };
    for (const x of cases) {
        if (x.kind === 'failure')
            c.failures++;
        else if (x.kind === 'error')
            c.errors++;
        else if (x.kind === 'skipped')
            c.skipped++;
    }
    return c;
}
function countAttrs(c, timings) {
    return (attr('tests', String(c.tests)) +
        attr('failures', String(c.failures)) +
        attr('errors', String(c.errors)) +
        attr('skipped', String(c.skipped)) +
        (timings ? attr('time', seconds(c.ms)) : ''));
}
/** The JUnit document: UTF-8, LF, final newline; byte-stable for identical inputs. */
function buildJunit(input) {
    const timings = input.timings === true;
    const suites = [];
    for (const s of input.configSuites) {
        const cases = s.rows.map((r) => rowCase(s.name, r, timings));
        const ms = s.rows.reduce((a, r) => a + (r.duration_ms ?? 0), 0);
        suites.push({ name: s.name, cases, counts: tally(cases, ms) });
    }
    for (const s of input.policySuites) {
        const cases = s.cases.map((c) => policyCase(c, timings));
        const ms = s.cases.reduce((a, c) => a + (c.duration_ms ?? 0), 0);
        suites.push({ name: s.name, cases, counts: tally(cases, ms) });
    }
    const total = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const s of suites) {
        total.tests += s.counts.tests;
        total.failures += s.counts.failures;
        total.errors += s.counts.errors;
        total.skipped += s.counts.skipped;
        total.ms += s.counts.ms;
    }
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attr('name', 'assay')}${countAttrs(total, timings)}>`];
    for (const s of suites) {
        lines.push(`  <testsuite${attr('name', s.name)}${countAttrs(s.counts, timings)}>`);
        for (const c of s.cases)
            lines.push(c.xml);
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/report/run-json.ts
// run.json (02 §5): no `schema` key; keys in the documented order; the minimal shape on early exits.
// Free text is render-safe but unbounded (JSON reports); codes, ids, digests, seeds, next_step untouched.


const DETAIL_KEYS = ['metrics', 'prompt', 'assay.replay', 'entry', 'assertions', 'run_error_kind'];
function run_json_cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortRows(rows) {
    return [...rows].sort((a, b) => run_json_cmp(a.test_id, b.test_id));
}
function rowDetails(d, opts) {
    const metrics = {};
    for (const [kind, m] of Object.entries(d.metrics)) {
        metrics[kind] = {
            score: m.score,
            passed: m.passed,
            unstable: m.unstable,
            exercised: m.exercised,
            details: (0,safe_text/* safeDeep */.Oh)(m.details),
        };
    }
    const out = {
        metrics,
        prompt: opts.redactPrompts ? (0,safe_text/* redactPrompt */.uH)(d.prompt) : (0,safe_text/* safeText */.Hk)(d.prompt),
        'assay.replay': true,
    };
    if (d.entry !== undefined)
        out.entry = { file: d.entry.file, line: d.entry.line, by: d.entry.by };
    if (d.assertions !== undefined) {
        out.assertions = d.assertions.map((a) => ({
            index: a.index,
            type: a.type,
            passed: a.passed,
            ...(a.code !== undefined ? { code: a.code } : {}),
            message: (0,safe_text/* safeText */.Hk)(a.message),
        }));
    }
    if (d.run_error_kind !== undefined)
        out.run_error_kind = d.run_error_kind;
    for (const [k, v] of Object.entries(d))
        if (!DETAIL_KEYS.includes(k))
            out[k] = (0,safe_text/* safeDeep */.Oh)(v);
    return out;
}
/** One row in 02 §5.2 key order, with its single attempt. */
function rowToJson(row, opts) {
    const duration = opts.reproducible ? 0 : row.duration_ms;
    const message = (0,safe_text/* safeText */.Hk)(row.message);
    const out = {
        test_id: row.test_id,
        status: row.status,
        score: row.score,
        cached: row.cached,
        message,
        details: rowDetails(row.details, opts),
        duration_ms: duration,
        fingerprint: row.fingerprint,
        skip_reason: row.skip_reason === null ? null : (0,safe_text/* safeText */.Hk)(row.skip_reason),
        attempts: [{ attempt_no: 1, status: row.status, message, duration_ms: duration, details: {} }],
    };
    if (row.error_policy_applied !== undefined)
        out.error_policy_applied = row.error_policy_applied;
    return out;
}
function resolution(r, warnings) {
    const out = { exit_code: r.exitCode, reason_code: r.reasonCode };
    if (r.message !== '')
        out.message = (0,safe_text/* safeText */.Hk)(r.message);
    if (r.nextStep !== undefined && r.nextStep !== '')
        out.next_step = r.nextStep;
    if (warnings.length > 0)
        out.warnings = warnings;
    return out;
}
function inputsJson(r) {
    const i = r.inputs;
    return {
        config: i.config,
        trace_files: [...i.trace_files],
        policy: i.policy,
        baseline: i.baseline,
        findings_baseline: i.findings_baseline,
        out_dir: i.out_dir,
    };
}
/** The run.json document as an object in emitted key order. */
function runJsonObject(r, opts) {
    const warnings = (r.warnings ?? []).map((w) => (0,safe_text/* safeText */.Hk)(w));
    if (!r.completed) {
        return {
            exit_code: r.exitCode,
            reason_code: r.reasonCode,
            reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
            seed_version: 1,
            order_seed: null,
            judge_seed: null,
            inputs: inputsJson(r),
            resolution: resolution(r, warnings),
        };
    }
    const out = {
        run_id: opts.reproducible ? 0 : (r.runId ?? 0),
        suite: r.suite,
        results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
        order_seed: r.orderSeed,
        runner_clone_ms: 0,
        exit_code: r.exitCode,
        reason_code: r.reasonCode,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        seed_version: 1,
        judge_seed: null,
    };
    if (r.judgeMetrics !== undefined)
        out.judge_metrics = { ...r.judgeMetrics };
    if (r.sarifOmitted !== undefined && r.sarifOmitted > 0)
        out.sarif = { omitted: r.sarifOmitted };
    out.inputs = inputsJson(r);
    if (r.trace !== undefined) {
        out.trace = {
            episodes: r.trace.episodes,
            records: r.trace.records,
            skipped_lines: r.trace.skipped_lines,
            ignored_lines: r.trace.ignored_lines,
        };
    }
    out.findings = r.findings;
    if (r.baseline !== undefined) {
        out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
    }
    out.resolution = resolution(r, warnings);
    if (warnings.length > 0)
        out.warnings = warnings;
    return out;
}
/** run.json text: pretty JSON, 2 spaces, final newline. */
function buildRunJson(r, opts) {
    return JSON.stringify(runJsonObject(r, opts), null, 2) + '\n';
}
/** `run --format json` after a completed run: `assay.run_report.v1` (02 §4.2). */
function buildRunReportJson(r, opts) {
    const doc = {
        schema: 'assay.run_report.v1',
        schema_version: 1,
        run_id: opts.reproducible ? 0 : (r.runId ?? 0),
        suite: r.suite,
        results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/core/report/summary-json.ts
// summary.json (`assay.run_summary.v1`, 02 §6): keys in the documented order, `schema` last.



const SUMMARY_SCHEMA = 'assay.run_summary.v1';
const MAX_SLOWEST = 5;
/** `passed` = pass + allowed_on_error + warn; `failed` = fail + error; `warned` = warn + flaky + unstable. */
function countResults(rows) {
    const c = { passed: 0, failed: 0, warned: 0, skipped: 0, total: rows.length };
    for (const r of rows) {
        if (r.status === 'pass' || r.status === 'allowed_on_error' || r.status === 'warn')
            c.passed++;
        if (r.status === 'fail' || r.status === 'error')
            c.failed++;
        if (r.status === 'warn' || r.status === 'flaky' || r.status === 'unstable')
            c.warned++;
        if (r.status === 'skipped')
            c.skipped++;
    }
    return c;
}
function summary_json_performance(r, opts) {
    const t = r.performance;
    const z = (v) => (opts.reproducible ? 0 : (v ?? 0));
    const out = { total_duration_ms: z(t?.totalDurationMs) };
    const rows = r.results ?? [];
    if (rows.length > 0) {
        out.cache_hit_rate = rows.filter((x) => x.cached).length / rows.length;
        out.slowest_tests = rows
            .map((x) => ({ test_id: x.test_id, duration_ms: z(x.duration_ms) }))
            .sort((a, b) => b.duration_ms - a.duration_ms || (a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0))
            .slice(0, MAX_SLOWEST);
    }
    const phases = {};
    if (t?.ingestMs !== undefined)
        phases.ingest_ms = z(t.ingestMs);
    phases.eval_ms = z(t?.evalMs);
    phases.report_ms = z(t?.reportMs);
    out.phase_timings = phases;
    return out;
}
function provenance(r) {
    const p = r.provenance;
    const out = { assay_version: p.assayVersion, verify_mode: p.verifyMode };
    if (p.traceDigest !== undefined)
        out.trace_digest = p.traceDigest;
    if (p.policyDigest !== undefined)
        out.policy_digest = p.policyDigest;
    if (p.configDigest !== undefined)
        out.config_digest = p.configDigest;
    if (p.baselineDigest !== undefined)
        out.baseline_digest = p.baselineDigest;
    return out;
}
/** The summary.json document as an object in emitted key order. */
function summaryJsonObject(r, opts) {
    const out = {
        schema_version: 1,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        exit_code: r.exitCode,
        reason_code: r.reasonCode,
        message: (0,safe_text/* safeText */.Hk)(r.message),
    };
    if (r.exitCode !== 0 && r.nextStep !== undefined && r.nextStep !== '')
        out.next_step = r.nextStep;
    out.provenance = provenance(r);
    if (r.completed && r.results !== undefined)
        out.results = countResults(r.results);
    if (r.completed)
        out.performance = summary_json_performance(r, opts);
    out.seeds = { seed_version: 1, order_seed: r.completed ? r.orderSeed : null, judge_seed: null };
    if (r.judgeMetrics !== undefined)
        out.judge_metrics = { ...r.judgeMetrics };
    if (r.sarifOmitted !== undefined && r.sarifOmitted > 0)
        out.sarif = { omitted: r.sarifOmitted };
    if (r.evidence !== undefined)
        out.evidence = { ...r.evidence };
    if (r.completed)
        out.findings = (0,finding/* countFindings */.Gt)(r.findings);
    if (r.baseline !== undefined) {
        out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
    }
    if (r.trace !== undefined) {
        out.trace = { episodes: r.trace.episodes, skipped_lines: r.trace.skipped_lines, ignored_lines: r.trace.ignored_lines };
    }
    out.schema = SUMMARY_SCHEMA;
    return out;
}
/** summary.json text: pretty JSON, 2 spaces, final newline. */
function buildSummaryJson(r, opts) {
    return JSON.stringify(summaryJsonObject(r, opts), null, 2) + '\n';
}

;// CONCATENATED MODULE: ./src/action/reports.ts
// The action's reports (03-action §4.7), composed from the core writers: SARIF with the `gate` and
// `evidence` runs (final when written: categories set, size budget applied), JUnit, per-bundle lint JSON,
// the findings baseline candidate, diff.json, eval-baseline.json, then run.json and summary.json with the
// combined verdict. Every write error is a warning; the verdict never changes here.










/** Remove our own files from a previous run so the artifact never mixes runs. */
function clearOwnReports(dir) {
    for (const f of REPORT_FILES)
        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, f), { force: true });
    (0,external_node_fs_.rmSync)((0,external_node_path_.join)(dir, LINT_DIR), { recursive: true, force: true });
}
function writeActionReports(set, o) {
    const out = { written: [], warnings: [], sarifPath: (0,external_node_path_.join)(o.dir, SARIF_FILE), sarifOmitted: 0 };
    const write = (name, build) => {
        const p = (0,external_node_path_.join)(o.dir, name);
        try {
            const text = build();
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(p), { recursive: true });
            (0,external_node_fs_.writeFileSync)(p, text);
            out.written.push(p);
            return text;
        }
        catch (e) {
            out.warnings.push(`W_REPORT_WRITE: Failed to write ${name}: ${e.message}`);
            return undefined;
        }
    };
    try {
        (0,external_node_fs_.mkdirSync)(o.dir, { recursive: true });
        clearOwnReports(o.dir);
    }
    catch (e) {
        out.warnings.push(`W_REPORT_WRITE: Failed to prepare ${o.dir}: ${e.message}`);
    }
    const runs = [];
    if (set.gateRun)
        runs.push({ category: set.category, kind: 'gate', findings: set.gateRun.findings, exitCode: set.gateRun.exitCode });
    const extras = set.evidenceRun.extras;
    runs.push({
        category: set.category,
        kind: 'evidence',
        driverName: 'assay-evidence-lint',
        findings: set.evidenceRun.findings,
        exitCode: set.evidenceRun.exitCode,
        decorate: (f) => extras.get(extrasKey(f)),
        ...(set.evidenceRun.ruleInfo ? { ruleInfo: set.evidenceRun.ruleInfo } : {}),
    });
    out.sarifText = write(SARIF_FILE, () => {
        const sarif = (0,report_sarif/* buildSarif */.Ep)({ version: version/* VERSION */.x, runs });
        out.sarifOmitted = sarif.omitted;
        return sarif.text;
    });
    if (out.sarifOmitted > 0) {
        set.report.sarifOmitted = out.sarifOmitted;
        set.report.warnings = [...(set.report.warnings ?? []), `W_SARIF_TRUNCATED: ${out.sarifOmitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`];
    }
    if (set.junit)
        write('junit.xml', () => buildJunit({ configSuites: set.junit.configSuites, policySuites: set.junit.policySuites }));
    for (const l of set.lintReports)
        write(`${LINT_DIR}/${l.file}`, () => l.json);
    if (write(FINDINGS_BASELINE_FILE, () => buildFindingsBaseline(set.allFindings, { assayVersion: version/* VERSION */.x, category: set.category })) !== undefined) {
        out.findingsBaselinePath = (0,external_node_path_.join)(o.dir, FINDINGS_BASELINE_FILE);
    }
    if (set.diff)
        write('diff.json', () => buildDiffJson(set.diff));
    if (set.evalBaseline !== undefined && write(EVAL_BASELINE_FILE, () => set.evalBaseline) !== undefined) {
        out.evalBaselinePath = (0,external_node_path_.join)(o.dir, EVAL_BASELINE_FILE);
    }
    // Write warnings go into run.json before it is written (the verdict is unchanged, 03 §4.7).
    if (out.warnings.length)
        set.report.warnings = [...(set.report.warnings ?? []), ...out.warnings];
    const ropts = { reproducible: o.reproducible };
    write('run.json', () => buildRunJson(set.report, ropts));
    write('summary.json', () => buildSummaryJson(set.report, ropts));
    return out;
}

;// CONCATENATED MODULE: ./src/action/verdict.ts
// The combined verdict (03-action §4.6): every pipeline source reports an exit code; the winner is chosen
// by priority 2 > 3 > 1 > 0, and the reason code is that of the first source, in pipeline order
// (inputs, discovery, verify, lint, gate), that produced the winning exit code.

const PRIORITY = { 2: 4, 3: 3, 1: 2, 0: 0 };
function rank(exit) {
    return PRIORITY[exit] ?? 1;
}
const PASS_MESSAGE = 'All checks passed';
/** Combine in pipeline order; a tie keeps the earlier source. */
function combineVerdicts(list, passMessage = PASS_MESSAGE) {
    let best;
    for (const v of list) {
        if (v.exitCode === 0)
            continue;
        if (!best || rank(v.exitCode) > rank(best.exitCode))
            best = v;
    }
    if (!best)
        return { exitCode: 0, reasonCode: '', message: passMessage };
    return {
        exitCode: best.exitCode,
        reasonCode: best.reasonCode,
        message: best.message,
        ...(best.reasonCode !== '' ? { nextStep: best.nextStep ?? (0,reason_codes/* fillNextStep */.lT)(best.reasonCode) } : {}),
        source: best.source,
    };
}

;// CONCATENATED MODULE: ./src/action/pipeline.ts
// The phases of the action's run() (03-action §4), loaded by main.ts after its first log line: §4.0 inputs
// and context, §4.1–4.6 the verdict through core calls, §4.7–4.14 publishing (each step best effort) with
// every output set and the step failed last. Nothing here decides thresholds, exit codes or report formats
// on its own: core does, this file sequences it.


























function emptyEvidence() {
    return { bundles: [], findings: [], lintFindings: [], extras: new Map(), counts: { bundles: 0, verified: 0, failed: 0 }, verdicts: [], junitSuites: [], lintReports: [], warnings: [] };
}
function envInt(env, name, dflt) {
    const v = env[name];
    return v !== undefined && /^\d+$/.test(v) ? Number(v) : dflt;
}
function newState(env, t0) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const inputs0 = fallbackInputs(workspace);
    const s = {
        t0,
        note: () => undefined,
        cache: toolkitCache(env),
        env,
        workspace,
        inputs: inputs0,
        ctx: readContext(inputs0, workspace, env).ctx,
        inputProblems: [],
        verdicts: [],
        traces: [],
        evidence: emptyEvidence(),
        restore: { source: 'none', notes: [] },
        gateFindings: [],
        evidenceFindings: [],
        allFindings: [],
        notes: [],
        reportWarnings: [],
    };
    s.note = (n) => {
        s.notes.push(n);
        core/* info */.pq(n.level === 'info' ? n.message : `${n.level}: ${n.message}`);
    };
    return s;
}
/** §4.0: inputs (all validated before any work) and context. */
async function inputsPhase(s) {
    const { env, workspace, note } = s;
    await core/* group */.Os('Assay: inputs and context', async () => {
        const parsed = readInputs(workspace, env);
        s.inputs = parsed.inputs;
        s.inputProblems.push(...parsed.problems.map((p) => p.message));
        for (const r of parsed.retired)
            note({ level: r.level, message: r.message });
        const c = readContext(s.inputs, workspace, env);
        s.ctx = c.ctx;
        for (const w of c.warnings)
            note({ level: 'warning', message: w });
        if (s.inputs.sarif && env[s.ctx.categoryGuardVar]) {
            s.inputProblems.push(`input "${Input.Category}": SARIF category "${s.ctx.category}" was already uploaded by an earlier Assay step in this job; give each step a distinct category`);
        }
        const keyProblem = cacheKeyProblem(s.inputs, s.ctx);
        if (keyProblem)
            s.inputProblems.push(keyProblem);
        if (s.inputs.token === '')
            note({ level: 'warning', message: 'input "token" is empty: SARIF upload and the PR comment are skipped' });
        core/* info */.pq(`event ${s.ctx.eventName || '(none)'}, category ${s.ctx.category}, read_only ${s.ctx.readOnly}, default-branch push ${s.ctx.isDefaultPush}`);
    });
    if (s.inputProblems.length > 0) {
        s.verdicts.push({ source: 'inputs', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: `invalid input: ${s.inputProblems.join('; ')}`, nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INVALID_ARGS') });
    }
}
/** An unexpected exception in §4.0–4.6: exit 3 E_INTERNAL; publishing still runs (03 §4.6). */
function internalError(s, e) {
    s.internalError = e instanceof Error ? (e.stack ?? e.message) : String(e);
    core/* info */.pq(`internal error: ${s.internalError}`);
    s.verdicts.push({ source: 'internal', exitCode: 3, reasonCode: 'E_INTERNAL', message: `internal error: ${e instanceof Error ? e.message : String(e)}`, nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INTERNAL') });
}
/** §4.1–4.6: discovery, evidence, baseline restore, gate, diff. */
async function verdictPhase(s) {
    if (s.inputProblems.length > 0)
        return;
    const { inputs, workspace, note, cache } = s;
    const discovered = await core/* group */.Os('Assay: discover', async () => {
        const d = discoverBundles(inputs.bundles, workspace);
        const t = expandTraces(inputs.traceFiles, workspace);
        core/* info */.pq(`${d.bundles.length} bundle(s)${d.auto ? ' (auto-discovery)' : ''}; ${t.traces.length} trace file(s)`);
        return { d, t };
    });
    const problems = [...discovered.d.problems, ...discovered.t.problems];
    if (problems.length > 0) {
        s.inputProblems.push(...problems);
        s.verdicts.push({ source: 'discovery', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: problems.join('; '), nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INVALID_ARGS') });
        return;
    }
    s.traces = discovered.t.traces;
    s.evidence = await core/* group */.Os('Assay: verify and lint evidence', async () => {
        const ev = await runEvidence(discovered.d.bundles, inputs.packs, coreEvidenceBackend(workspace));
        for (const b of ev.bundles)
            core/* info */.pq(`${b.bundle.display}: ${b.status}${b.reasonCode ? ` ${b.reasonCode}: ${b.message ?? ''}` : ''}${b.status === 'verified' ? `, ${b.lintFindings} lint finding(s)` : ''}`);
        for (const w of ev.warnings) {
            note({ level: 'warning', message: w });
            s.reportWarnings.push(`W_LINT_PACK: ${w}`);
        }
        return ev;
    });
    s.verdicts.push(...s.evidence.verdicts);
    s.restore = await core/* group */.Os('Assay: findings baseline', async () => {
        const r = await restoreBaseline(inputs, s.ctx, cache);
        for (const n of r.notes) {
            note(n);
            if (n.code)
                s.reportWarnings.push(`${n.code}: ${n.message}`);
        }
        if (r.ref && r.baseline)
            core/* info */.pq(`findings baseline: ${r.ref.display} (${r.source}, ${r.baseline.fingerprints.length} fingerprints)`);
        return r;
    });
    const base = s.restore.baseline;
    const newOnly = inputs.gateNewOnly && base !== undefined;
    // Lint findings at or above fail_on (03 §4.6); verify failures already are exit 2.
    const lint = s.evidence.lintFindings;
    const lintDiffed = base ? diffFindings(lint, base).findings : lint;
    const lintGated = (0,finding/* countAtOrAbove */.Lf)(lintDiffed, inputs.failOn, newOnly);
    if (lintGated > 0) {
        s.verdicts.push({
            source: 'lint',
            exitCode: 1,
            reasonCode: 'E_POLICY_VIOLATION',
            message: `${lintGated} lint finding(s) at or above fail_on=${inputs.failOnLabel}`,
            nextStep: (0,reason_codes/* fillNextStep */.lT)('E_POLICY_VIOLATION'),
        });
    }
    if (inputs.config || inputs.policy) {
        s.gate = await core/* group */.Os('Assay: replay gate', async () => {
            const g = await runGateStep({
                inputs,
                ctx: s.ctx,
                traces: s.traces,
                ...(base && s.restore.ref ? { findingsBaseline: { ref: s.restore.ref, baseline: base } } : {}),
                env: s.env,
            });
            core/* info */.pq(`gate: exit ${g.result.report.exitCode} ${g.result.report.reasonCode} — ${g.result.report.message}`);
            for (const w of g.warnings) {
                note({ level: 'warning', message: w });
                s.reportWarnings.push(`W_BASELINE_IGNORED: ${w}`);
            }
            return g;
        });
        s.verdicts.push(s.gate.verdict);
    }
    // One findings list for every sink (03 principles); baseline states over the combined list.
    const gateFindings = s.gate?.result.findings ?? [];
    const combined = [...gateFindings, ...s.evidence.findings];
    const diffed = base ? diffFindings(combined, base) : undefined;
    const states = diffed?.findings ?? combined;
    s.diff = diffed;
    s.gateFindings = states.slice(0, gateFindings.length);
    s.evidenceFindings = states.slice(gateFindings.length);
    s.allFindings = (0,finding/* sortFindings */.Tc)(states);
}
function gateOptionsForReport(s) {
    const i = s.inputs;
    return {
        ...(i.config ? { config: { path: i.config.path, display: i.config.display } } : {}),
        ...(i.policy ? { policy: { path: i.policy.path, display: i.policy.display } } : {}),
        traces: s.traces.length ? s.traces.map((t) => ({ path: t.path, display: t.display })) : i.traceFiles.map((t) => ({ path: (0,external_node_path_.resolve)(s.workspace, t), display: t })),
        outDirDisplay: i.reportsDir.display,
        ...(s.restore.ref ? { findingsBaseline: { path: s.restore.ref.path, display: s.restore.ref.display } } : {}),
    };
}
/** `inputs` of run.json for runs the gate did not report on (02 §5.1). */
function reportInputs(s) {
    const o = gateOptionsForReport(s);
    return {
        config: o.config?.display ?? null,
        trace_files: o.traces.map((t) => t.display),
        policy: o.policy?.display ?? null,
        baseline: null,
        findings_baseline: o.findingsBaseline?.display ?? null,
        out_dir: o.outDirDisplay,
    };
}
/** run.json / summary.json input: the gate's report (or a minimal/synthetic one) with the combined verdict. */
function combinedReport(s, v) {
    const gateReport = s.gate?.result.report;
    const worked = s.inputProblems.length === 0 && s.internalError === undefined;
    let base;
    if (!worked) {
        const err = s.internalError !== undefined ? new Error(v.message) : new core_errors/* UsageError */.eb('E_INVALID_ARGS', v.message, { source: 'cli' });
        base = earlyFailure(err, gateOptionsForReport(s)).report;
    }
    else if (gateReport && (gateReport.completed || s.evidence.bundles.length === 0)) {
        base = { ...gateReport };
    }
    else {
        base = {
            exitCode: 0,
            reasonCode: '',
            message: '',
            completed: true,
            suite: gateReport ? 'policy' : 'evidence',
            orderSeed: null,
            inputs: reportInputs(s),
            findings: [],
            provenance: gateReport?.provenance ?? { assayVersion: version/* VERSION */.x, verifyMode: 'enabled' },
            performance: { totalDurationMs: Math.round(performance.now() - s.t0), evalMs: Math.round(performance.now() - s.t0), reportMs: 0 },
            ...(gateReport?.warnings ? { warnings: gateReport.warnings } : {}),
            runId: /^\d+$/.test(s.ctx.runId) ? Number(s.ctx.runId) : 0,
        };
    }
    const warnings = [...(base.warnings ?? []), ...s.reportWarnings];
    const report = {
        ...base,
        exitCode: v.exitCode,
        reasonCode: v.reasonCode,
        message: v.message,
        findings: base.completed ? s.allFindings : [],
        evidence: { ...s.evidence.counts },
    };
    if (v.exitCode !== 0 && v.nextStep)
        report.nextStep = v.nextStep;
    else
        delete report.nextStep;
    if (s.diff && base.completed)
        report.baseline = { new: s.diff.counts.new, fixed: s.diff.counts.fixed, unchanged: s.diff.counts.unchanged };
    else
        delete report.baseline;
    if (warnings.length)
        report.warnings = warnings;
    if (base.completed && s.restore.ref)
        report.inputs = { ...report.inputs, findings_baseline: s.restore.ref.display };
    return report;
}
function evidenceExit(s, failOnGated) {
    if (s.evidence.verdicts.some((v) => v.exitCode === 2))
        return 2;
    return failOnGated ? 1 : 0;
}
/** §4.7–4.14. Each step is best effort; outputs and the failure come last, always. */
async function publishPhase(s) {
    const { inputs, ctx, env, note, cache } = s;
    const gatePass = s.gate?.result.report.exitCode === 0 && s.gate.result.report.completed ? s.gate.result.report.message : PASS_MESSAGE;
    const verdict = combineVerdicts(s.verdicts, gatePass);
    const trustworthy = s.inputProblems.length === 0 && s.internalError === undefined;
    const counts = (0,finding/* countFindings */.Gt)(s.allFindings);
    // Before the annotation flush, notes are queued for it; after it, they use the budget that is left.
    let stepNote = note;
    const step = async (name, fn) => {
        try {
            await core/* group */.Os(`Assay: ${name}`, async () => {
                await fn();
            });
        }
        catch (e) {
            stepNote({ level: 'warning', message: `${name} failed (verdict unchanged): ${e.message}` });
        }
    };
    // §4.7 reports
    let written;
    await step('reports', () => {
        const report = combinedReport(s, verdict);
        const gr = s.gate?.result;
        const lintGated = s.verdicts.some((v) => v.source === 'lint' && v.exitCode === 1);
        written = writeActionReports({
            report,
            category: ctx.category,
            ...(gr && gr.report.completed ? { gateRun: { findings: s.gateFindings, exitCode: gr.report.exitCode } } : {}),
            evidenceRun: { findings: s.evidenceFindings, exitCode: trustworthy ? evidenceExit(s, lintGated) : verdict.exitCode, extras: s.evidence.extras, ...(s.evidence.ruleInfo ? { ruleInfo: s.evidence.ruleInfo } : {}) },
            allFindings: s.allFindings,
            junit: inputs.junit ? { configSuites: gr?.configSuites ?? [], policySuites: [...(gr?.policySuites ?? []), ...s.evidence.junitSuites] } : null,
            lintReports: s.evidence.lintReports,
            ...(s.diff ? { diff: s.diff.diff } : {}),
            ...(gr?.evalBaseline !== undefined ? { evalBaseline: gr.evalBaseline } : {}),
        }, { dir: inputs.reportsDir.path, reproducible: ctx.reproducible });
        for (const w of written.warnings)
            note({ level: 'warning', message: w });
        core/* info */.pq(`reports in ${inputs.reportsDir.display}: ${written.written.map((p) => p.slice(inputs.reportsDir.path.length + 1)).join(', ')}`);
        if (written.sarifOmitted > 0)
            note({ level: 'warning', message: `${written.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in run.json` });
    });
    const gateView = s.gate
        ? {
            mode: s.gate.mode,
            report: s.gate.result.report,
            ...(s.gate.result.stats ? { stats: s.gate.result.stats } : {}),
            badLines: s.gate.result.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE'),
            findings: s.gateFindings.length,
        }
        : undefined;
    const model = {
        ctx,
        inputs,
        verdict,
        inputProblems: s.inputProblems,
        ...(gateView ? { gate: gateView } : {}),
        bundles: s.evidence.bundles,
        findings: s.allFindings,
        counts,
        baseline: {
            source: s.diff ? s.restore.source : 'none',
            ...(s.restore.ref ? { display: s.restore.ref.display } : {}),
            ...(s.restore.cacheKey ? { cacheKey: s.restore.cacheKey } : {}),
            new: s.diff?.counts.new ?? 0,
            fixed: s.diff?.counts.fixed ?? 0,
            unchanged: s.diff?.counts.unchanged ?? 0,
        },
        sarifOmitted: written?.sarifOmitted ?? 0,
        status: { codeScanning: 'not attempted', comment: 'n/a (not a pull request)' },
        notes: s.notes,
        reproduce: trustworthy ? reproduceCommands(inputs, s.traces.map((t) => t.display), s.evidence.bundles, s.restore.ref?.display, s.gate?.evalBaseline?.display) : [],
    };
    let restClient;
    const rest = () => (restClient ??= createRestClient(inputs.token));
    const retry = { baseMs: envInt(env, Env.RetryBaseMs, RETRY_BASE_MS) };
    const restReady = inputs.token !== '' && ctx.repo !== undefined;
    let sarifUploaded = false;
    // §4.8 SARIF upload
    await step('SARIF upload', async () => {
        if (!inputs.sarif)
            model.status.codeScanning = 'disabled (`sarif: false`)';
        else if (!trustworthy)
            model.status.codeScanning = 'skipped: no verdict was reached';
        else if (ctx.readOnly) {
            model.status.codeScanning = 'skipped: fork PR (read-only token)';
            note({ level: 'notice', message: 'fork PR: SARIF not uploaded; see job summary' });
        }
        else if (ctx.eventName === 'pull_request_target') {
            model.status.codeScanning = 'skipped: `pull_request_target`';
            note({ level: 'notice', message: 'pull_request_target: SARIF not uploaded (results would be filed against the base branch); see job summary' });
        }
        else if (!restReady) {
            model.status.codeScanning = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
            if (inputs.token !== '')
                note({ level: 'warning', message: 'SARIF not uploaded: GITHUB_REPOSITORY is not set' });
        }
        else if (!written?.sarifText) {
            model.status.codeScanning = 'not uploaded: the SARIF file could not be written';
            note({ level: 'warning', message: 'SARIF not uploaded: the SARIF file could not be written' });
        }
        else {
            const r = await uploadSarif({
                rest: await rest(),
                ctx,
                sarifText: written.sarifText,
                pollMs: envInt(env, Env.PollMs, SARIF_POLL_INTERVAL_MS),
                pollTimeoutMs: envInt(env, Env.PollTimeoutMs, SARIF_POLL_TIMEOUT_MS),
                retry,
            });
            for (const n of r.notes)
                note(n);
            if (r.accepted)
                core/* exportVariable */.dN(ctx.categoryGuardVar, '1');
            sarifUploaded = r.uploaded;
            model.status.codeScanning =
                r.status === 'complete'
                    ? `uploaded (category \`${ctx.category}\`)`
                    : r.status === 'pending'
                        ? `accepted, still processing (category \`${ctx.category}\`)`
                        : `not uploaded (${r.status}; see notes)`;
        }
    });
    // §4.9 sticky PR comment
    await step('PR comment', async () => {
        const isPr = (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && ctx.prNumber !== undefined;
        const body = buildComment(model);
        if (isPr)
            writeReportFile(inputs.reportsDir.path, 'comment.md', body);
        if (!isPr)
            return;
        if (!inputs.commentDiff)
            model.status.comment = 'disabled (`comment_diff: false`)';
        else if (ctx.readOnly) {
            model.status.comment = 'skipped: fork PR (read-only token)';
            note({ level: 'notice', message: 'fork PR: no PR comment (read-only token); the job summary has the same content' });
        }
        else if (!restReady)
            model.status.comment = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
        else {
            const r = await upsertComment({
                rest: await rest(),
                owner: ctx.repo.owner,
                repo: ctx.repo.repo,
                prNumber: ctx.prNumber,
                marker: ctx.marker,
                body,
                create: s.allFindings.length > 0 || verdict.exitCode !== 0,
                retry,
            });
            for (const n of r.notes)
                note(n);
            model.status.comment =
                r.status === 'updated' ? 'updated' : r.status === 'created' ? 'created' : r.status === 'not-needed' ? 'not needed (nothing to report)' : 'failed (see notes)';
            core/* info */.pq(`PR comment: ${r.status} (${r.scanned} comments scanned)`);
        }
    });
    // §4.10 job summary
    await step('job summary', async () => {
        const { full, budgeted } = buildSummary(model);
        writeReportFile(inputs.reportsDir.path, 'summary.md', full);
        if (env.GITHUB_STEP_SUMMARY)
            await core/* summary */.z.addRaw(budgeted, true).write();
    });
    // §4.11 annotations
    const annotator = new Annotator({
        annotate: (level, message, props) => annotate(level, message, props),
        log: (m) => core/* info */.pq(m),
    }, verdict.exitCode !== 0);
    await step('annotations', () => {
        annotator.flush(s.notes.filter((n) => n.level !== 'info').map((n) => ({ level: n.level, message: n.message })), s.allFindings);
    });
    const lateNote = (n) => {
        s.notes.push(n);
        if (n.level === 'info')
            core/* info */.pq(n.message);
        else
            annotator.late(n.level, n.message);
    };
    stepNote = lateNote;
    // §4.12 artifact upload
    await step('artifact upload', async () => {
        if (!inputs.uploadArtifacts)
            return;
        const r = await uploadReports({ name: ctx.artifactName, dir: inputs.reportsDir.path, serverUrl: ctx.serverUrl, env });
        for (const n of r.notes)
            lateNote(n);
        if (r.status === 'uploaded')
            core/* info */.pq(`artifact ${ctx.artifactName} uploaded${r.id !== undefined ? ` (id ${r.id})` : ''}`);
    });
    // §4.13 write baseline
    await step('write baseline', async () => {
        if (!inputs.writeBaseline)
            return;
        if (!ctx.isDefaultPush) {
            lateNote({ level: 'notice', message: 'baseline is written on default-branch pushes only' });
            return;
        }
        const failedVerify = s.evidence.bundles.some((b) => b.status === 'failed');
        if (!trustworthy || verdict.exitCode > 1 || failedVerify || !written?.findingsBaselinePath) {
            lateNote({ level: 'warning', message: `baseline not written: a run without a trustworthy verdict (exit ${verdict.exitCode}${failedVerify ? ', bundle verification failed' : ''}) never becomes a baseline` });
            return;
        }
        const r = await saveBaseline(inputs, ctx, cache, {
            findingsBaselineFile: written.findingsBaselinePath,
            ...(written.evalBaselinePath ? { evalBaselineFile: written.evalBaselinePath } : {}),
        });
        core/* info */.pq(`baseline written: ${r.written.map((p) => p.slice(s.workspace.length + 1)).join(', ')}`);
        for (const n of r.notes)
            lateNote(n);
    });
    // §4.14 outputs, then fail
    try {
        const verified = s.evidence.counts.bundles === 0 ? '' : s.evidence.bundles.every((b) => b.status === 'verified') ? 'true' : 'false';
        const diffSummary = `Verified: ${s.evidence.counts.verified}, Errors: ${counts.error}, Warnings: ${counts.warning}` +
            (s.diff ? `, New: ${s.diff.counts.new}, Fixed: ${s.diff.counts.fixed}` : ', Baseline: none');
        const outputs = {
            [Output.Verified]: verified,
            [Output.FindingsError]: String(counts.error),
            [Output.FindingsWarn]: String(counts.warning),
            [Output.SarifPath]: (0,external_node_path_.join)(inputs.reportsDir.path, 'assay.sarif'),
            [Output.SarifUploaded]: String(sarifUploaded),
            [Output.DiffSummary]: diffSummary,
            [Output.DiffNewFindings]: String(s.diff?.counts.new ?? 0),
            [Output.ReportsDir]: inputs.reportsDir.path,
            [Output.ExitCode]: String(verdict.exitCode),
            [Output.ReasonCode]: verdict.reasonCode,
        };
        for (const [k, v] of Object.entries(outputs))
            core/* setOutput */.uH(k, v);
        core/* info */.pq(`Result: exit ${verdict.exitCode}${verdict.reasonCode ? ` ${verdict.reasonCode}` : ''} — ${verdict.message}`);
    }
    finally {
        if (verdict.exitCode !== 0) {
            core/* setFailed */.C1(`[${verdict.reasonCode}] ${verdict.message}${verdict.nextStep ? `\nNext step: ${verdict.nextStep}` : ''}`);
        }
    }
}
function writeReportFile(dir, name, text) {
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true });
    (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, name), text);
}
function annotate(level, message, props) {
    if (level === 'error')
        core/* error */.z3(message, props);
    else if (level === 'warning')
        core/* warning */.$e(message, props);
    else
        core/* notice */.lm(message, props);
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WV: () => (/* binding */ AssayError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   oe: () => (/* binding */ EvidenceError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports InfraError, formatDiagnostic, diagnosticsToError */
/* harmony import */ var _outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40997);
// Typed errors of the core (06 §5). Classify by class and code, never by message text.

class AssayError extends Error {
    reasonCode;
    source;
    context;
    nextStep;
    /** Further diagnostics collected together with this one (loading reports every error). */
    diagnostics;
    constructor(reasonCode, message, opts = {}) {
        super(message);
        this.name = new.target.name;
        this.reasonCode = reasonCode;
        this.source = opts.source ?? 'unknown';
        this.context = opts.context ?? {};
        this.nextStep = (0,_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .fillNextStep */ .lT)(reasonCode, opts.nextStepValues);
        this.diagnostics = opts.diagnostics ?? [];
    }
}
class UsageError extends AssayError {
}
class ConfigError extends AssayError {
}
class InputError extends AssayError {
}
class EvidenceError extends AssayError {
}
class InfraError extends (/* unused pure expression or super */ null && (AssayError)) {
}
function formatDiagnostic(d) {
    let where = '';
    if (d.file !== undefined) {
        where = d.file;
        if (d.line !== undefined)
            where += `:${d.line}:${d.col ?? 1}`;
        where += ': ';
    }
    return `${where}${d.severity} ${d.code}: ${d.message}`;
}
/** Turn the first error diagnostic of a list into a thrown error of the given class. */
function diagnosticsToError(Cls, code, diagnostics, source, nextStepValues) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    return new Cls(code, first?.message ?? code, {
        source,
        context: { file: first?.file, line: first?.line, col: first?.col },
        nextStepValues,
        diagnostics,
    });
}


/***/ }),

/***/ 72995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// RFC 8785 JSON Canonicalization Scheme (04 §4.1): the one canonical form used for hashing.
// Keys sorted by UTF-16 code units, no whitespace, ECMAScript number serialisation, strings
// escaped like JSON.stringify (which already emits the RFC's short forms and lowercase \u00xx).

class JcsError extends Error {
}
/** Canonical JSON text of `value`. Throws JcsError on NaN/Infinity, lone surrogates, BigInt and other non-JSON values. */
function canonicalize(value) {
    const out = [];
    write(value, out, false);
    return out.join('');
}
/** UTF-8 bytes of the canonical form. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalize(value));
}
function write(value, out, inArray) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
        value = value.toJSON();
    }
    switch (typeof value) {
        case 'string':
            out.push(string(value));
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new JcsError(`cannot canonicalize non-finite number ${value}`);
            // Number#toString is the ECMAScript serialisation RFC 8785 mandates; -0 → "0".
            out.push(Object.is(value, -0) ? '0' : String(value));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            throw new JcsError('cannot canonicalize a BigInt');
        case 'undefined':
        case 'function':
        case 'symbol':
            // Like JSON.stringify: null inside arrays; object members holding these are skipped by the caller.
            if (inArray) {
                out.push('null');
                return;
            }
            throw new JcsError(`cannot canonicalize a value of type ${typeof value}`);
        default:
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            write(item, out, true);
        });
        out.push(']');
        return;
    }
    const obj = value;
    // Default sort() compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
    const keys = Object.keys(obj)
        .filter((k) => {
        const t = typeof obj[k];
        return t !== 'undefined' && t !== 'function' && t !== 'symbol';
    })
        .sort();
    out.push('{');
    keys.forEach((k, i) => {
        if (i > 0)
            out.push(',');
        out.push(string(k), ':');
        write(obj[k], out, false);
    });
    out.push('}');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function string(s) {
    if (LONE_SURROGATE.test(s))
        throw new JcsError('cannot canonicalize a string with a lone surrogate');
    return JSON.stringify(s);
}
/** Hex sha256 of the UTF-8 canonical form: the content address used by fingerprints and cache keys. */
function jcsSha256Hex(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalize(value), 'utf8').digest('hex');
}


/***/ }),

/***/ 40997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ fillPlaceholders),
/* harmony export */   Mv: () => (/* binding */ REASON_CODE_VERSION),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   lT: () => (/* binding */ fillNextStep)
/* harmony export */ });
/* unused harmony exports REASON_CODES, isReasonCode */
// The reason-code registry (02 §2): the only place that maps a code to its exit code and next step.
// Codes are additive under reason_code_version 1.
const REASON_CODE_VERSION = 1;
const DOCTOR = 'Run argv: ["assay","doctor","--config=<config.yaml>","--format","json"]';
const VALIDATE_TRACE = 'Run argv: ["assay","validate","--config=<config.yaml>","--trace-file=<trace.jsonl>","--format","json"]';
const POLICY_VALIDATE = 'Run argv: ["assay","policy","validate","--input=<policy.yaml>","--format","json"]';
const REASON_CODES = {
    E_CFG_PARSE: { exit: 2, nextStep: DOCTOR },
    E_MISSING_CONFIG: { exit: 2, nextStep: 'Run: assay init to create a config file' },
    E_PATH_NOT_FOUND: { exit: 2, nextStep: 'Check the path; run from the repository root or pass an absolute path' },
    E_BASE_MISMATCH: {
        exit: 2,
        nextStep: 'Re-export the baseline on the default branch: assay run --export-baseline <file>',
    },
    E_REPLAY_STRICT_MISSING: {
        exit: 2,
        nextStep: 'Record them once: assay run --record ..., then commit the cache or trace',
    },
    E_EMB_DIMS: { exit: 2, nextStep: 'Re-record the embeddings with one model for response and reference' },
    E_SCHEMA_COMPILE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_INVALID_ARGS: { exit: 2, nextStep: 'Run: assay --help for usage' },
    E_TRACE_NOT_FOUND: { exit: 2, nextStep: 'Check trace file exists: <trace.jsonl>' },
    E_TRACE_INVALID: { exit: 2, nextStep: VALIDATE_TRACE },
    E_TRACE_MISS: { exit: 2, nextStep: VALIDATE_TRACE },
    E_POLICY_PARSE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_BASELINE_INVALID: {
        exit: 2,
        nextStep: 'Run: assay run --export-baseline <baseline.json> to create a new baseline',
    },
    E_REPLAY_MISSING_DEPENDENCY: {
        exit: 2,
        nextStep: 'Precompute the missing judge/embedding values into the trace, or drop --replay-strict to use the eval cache',
    },
    E_REPLAY_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Raise the replay limit that was named, or supply a smaller bundle' },
    E_EVIDENCE_INTEGRITY: { exit: 2, nextStep: 'Obtain an undamaged copy of the bundle' },
    E_EVIDENCE_CONTRACT: { exit: 2, nextStep: 'Regenerate the bundle with a conforming writer' },
    E_EVIDENCE_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Split the bundle or raise the named limit' },
    E_EVIDENCE_PATH_REJECTED: { exit: 2, nextStep: 'Do not trust this bundle; regenerate it' },
    E_EVIDENCE_PROFILE_INVALID: { exit: 2, nextStep: 'Check the bundle against the profile it claims' },
    E_EVIDENCE_UNREADABLE: {
        exit: 2,
        nextStep: 'Run argv: ["assay","evidence","show","--format","json","--","<bundle>"]',
    },
    E_EVIDENCE_ATTESTATION: {
        exit: 2,
        nextStep: 'Check that the attestation, the bundle and --public-key belong together; re-sign with: assay evidence attest --bundle <bundle>',
    },
    E_POLICY_LOAD_FAILED_UNENFORCEABLE: {
        exit: 2,
        nextStep: 'Fix the sandbox policy named in the message; the command was not started',
    },
    E_POLICY_CONFLICT_DENY_WINS_UNENFORCEABLE: {
        exit: 2,
        nextStep: 'Narrow the fs.allow/fs.read entry that contains the denied path, or drop --fail-closed to run without that grant',
    },
    E_SANDBOX_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Check Landlock support and the native helper (--native-helper, ASSAY_NATIVE_HELPER), or drop --fail-closed to run audit-only',
    },
    E_NET_POLICY_NOT_EXPRESSIBLE: {
        exit: 2,
        nextStep: 'Use only TCP ports in net.allow and no net.deny entries, or drop --enforce-net',
    },
    E_OBSERVER_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Allow ptrace or seccomp user notification for this user, install strace, or choose another --backend',
    },
    E_UPSTREAM_SPAWN: { exit: 2, nextStep: 'Check the server command after --: it must exist and be executable' },
    E_JUDGE_UNAVAILABLE: {
        exit: 3,
        nextStep: 'Record the missing judge/embedding values once with: assay run --record --judge openai --embedder openai (OPENAI_API_KEY set), then commit .assay/cache; or check the judge provider and API key',
    },
    E_RATE_LIMIT: { exit: 3, nextStep: 'Retry after rate limit window or reduce concurrency' },
    E_PROVIDER_5XX: { exit: 3, nextStep: 'Provider error; retry or check provider status page' },
    E_TIMEOUT: { exit: 3, nextStep: 'Increase timeout or check network connectivity' },
    E_NETWORK_ERROR: { exit: 3, nextStep: 'Check network connectivity and firewall rules' },
    E_IO_ERROR: { exit: 3, nextStep: 'Check that the output location is writable: <path>' },
    E_INTERNAL: { exit: 3, nextStep: 'Report a bug with run.json and the log' },
    E_TEST_FAILED: { exit: 1, nextStep: 'Run: assay explain <test-id> for details' },
    E_JUDGE_UNCERTAIN: {
        exit: 1,
        nextStep: 'Review borderline result or adjust judge threshold; run: assay explain <test-id>',
    },
    E_POLICY_VIOLATION: { exit: 1, nextStep: 'Run: assay explain <test-id> or review policy rules' },
    E_SEQUENCE_VIOLATION: { exit: 1, nextStep: 'Run: assay explain <test-id> to see sequence mismatch' },
    E_ARG_SCHEMA: { exit: 1, nextStep: 'Run: assay explain <test-id> to see schema violation' },
    E_WOULD_BLOCK: {
        exit: 4,
        nextStep: 'Review the would-block events, then adjust the policy or run without --dry-run',
    },
    E_CHILD_TIMEOUT: { exit: 124, nextStep: 'Raise --timeout or find out why the command did not finish' },
};
function isReasonCode(code) {
    return Object.prototype.hasOwnProperty.call(REASON_CODES, code);
}
/** Exit code for a reason code; `exitCodes: 'v1'` keeps the reference's one difference. */
function exitCodeFor(code, exitCodes = 'v2') {
    if (code === '')
        return 0;
    if (code === 'E_TRACE_NOT_FOUND' && exitCodes === 'v1')
        return 3;
    return REASON_CODES[code].exit;
}
/**
 * Fill `<placeholder>` slots of a next_step template. Unknown placeholders stay literal (02 §2).
 * Values are embedded in JSON argv arrays where the template has them, so JSON-escape them there.
 */
function fillNextStep(code, values = {}) {
    return fillPlaceholders(REASON_CODES[code].nextStep, values);
}
/** Fill the `<placeholder>` slots still open in a next step (values JSON-escaped inside `Run argv:`). */
function fillPlaceholders(text, values) {
    const inArgv = text.startsWith('Run argv: ');
    return text.replace(/<([a-z0-9._-]+)>/gi, (whole, key) => {
        const v = values[key];
        if (v === undefined)
            return whole;
        return inArgv ? JSON.stringify(v).slice(1, -1) : v;
    });
}


/***/ }),

/***/ 42208:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iz: () => (/* reexport */ evaluateSequenceRules),
  n$: () => (/* reexport */ loadPolicyFile),
  ON: () => (/* reexport */ parsePolicy),
  qU: () => (/* reexport */ parseSequenceRules),
  H6: () => (/* reexport */ policyAssertsNothing),
  i0: () => (/* reexport */ policyFromValue)
});

// UNUSED EXPORTS: POLICY_MAX_BYTES, REASONS, ROOT_KEYS, SEQUENCE_KINDS, SequenceTracker, compileToolPattern, constraintSchema, hasLiteralStar, identityOf, isBlockingRule, isPolicyDocument, isUniversalPattern, makeSelector, matchToolPattern, pinDrift, toV2Document

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(69723);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(72995);
// EXTERNAL MODULE: ./src/core/policy/load-context.ts
var load_context = __webpack_require__(42670);
;// CONCATENATED MODULE: ./src/core/policy/pins.ts
// tool_pins (01 §2.2, 05 §1.4/§1.7): a tool's identity is {server_id, tool_name, schema_hash,
// meta_hash} with schema_hash = sha256(JCS(inputSchema ?? null)), meta_hash = sha256(description ?? "").



const sha256 = (s) => (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
/**
 * The identity carried by `definition`: either an observed identity (has `schema_hash`) or a tool
 * definition (`meta.tool_definitions` entry or an MCP tools/list record). null when unusable.
 */
function identityOf(definition, fallbackName) {
    if (!(0,load_context/* isPlainObject */.Qd)(definition))
        return null;
    const d = definition;
    if (typeof d.schema_hash === 'string' || typeof d.meta_hash === 'string') {
        return {
            server_id: typeof d.server_id === 'string' ? d.server_id : null,
            tool_name: typeof d.tool_name === 'string' ? d.tool_name : typeof d.name === 'string' ? d.name : fallbackName,
            schema_hash: typeof d.schema_hash === 'string' ? d.schema_hash : '',
            meta_hash: typeof d.meta_hash === 'string' ? d.meta_hash : '',
        };
    }
    const ti = (0,load_context/* isPlainObject */.Qd)(d.tool_identity) ? d.tool_identity : undefined;
    const serverId = typeof d.server_id === 'string' ? d.server_id : typeof ti?.server_id === 'string' ? ti.server_id : null;
    const schema = d.input_schema !== undefined ? d.input_schema : d.inputSchema !== undefined ? d.inputSchema : null;
    let schemaHash;
    try {
        schemaHash = sha256((0,jcs/* canonicalize */.dw)(schema));
    }
    catch {
        return null;
    }
    return {
        server_id: serverId,
        tool_name: typeof d.name === 'string' ? d.name : typeof d.tool_name === 'string' ? d.tool_name : fallbackName,
        schema_hash: schemaHash,
        meta_hash: sha256(typeof d.description === 'string' ? d.description : ''),
    };
}
/** Which pinned fields differ (empty = no drift). */
function pinDrift(pin, id) {
    const out = [];
    if (id.server_id !== pin.server_id)
        out.push('server_id');
    if (id.tool_name !== pin.tool_name)
        out.push('tool_name');
    if (id.schema_hash !== pin.schema_hash)
        out.push('schema_hash');
    if (id.meta_hash !== pin.meta_hash)
        out.push('meta_hash');
    return out;
}

;// CONCATENATED MODULE: ./src/core/policy/sequences.ts
const q = (s) => JSON.stringify(s);
const held = (spanned) => ({ status: 'held', spanned, reason: null, call_index: null });
/** Kinds that block a call in incremental mode (01 §2.7). */
function isBlockingRule(r) {
    return (r.kind === 'blocklist' ||
        r.kind === 'max_calls' ||
        r.kind === 'before' ||
        r.kind === 'never_after' ||
        (r.kind === 'sequence' && r.strict));
}
function makeState(r) {
    switch (r.kind) {
        case 'require': {
            let first = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (first < 0 && c.m(r.tool))
                        first = c.index;
                },
                result: () => first >= 0
                    ? held([first])
                    : { status: 'violated', spanned: [], reason: `required tool ${q(r.tool.render)} was never called`, call_index: null },
            };
        }
        case 'blocklist': {
            let at = -1;
            let name = '';
            return {
                wouldViolate: (c) => c.name.includes(r.pattern),
                feed(c) {
                    if (at < 0 && c.name.includes(r.pattern)) {
                        at = c.index;
                        name = c.name;
                    }
                },
                result: () => at >= 0
                    ? {
                        status: 'violated',
                        spanned: [at],
                        reason: `tool ${q(name)} (call #${at}) matches blocklist pattern ${q(r.pattern)}`,
                        call_index: at,
                    }
                    : held([]),
            };
        }
        case 'before': {
            let a = -1;
            let b = -1;
            let violated = false;
            return {
                wouldViolate: (c) => b < 0 && a < 0 && c.m(r.then) && !c.m(r.first),
                feed(c) {
                    if (a < 0 && c.m(r.first))
                        a = c.index;
                    if (b < 0 && c.m(r.then)) {
                        b = c.index;
                        if (a < 0)
                            violated = true;
                    }
                },
                result() {
                    if (b < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.then.render)} never occurred`, call_index: null };
                    }
                    if (violated) {
                        return {
                            status: 'violated',
                            spanned: a >= 0 ? [b, a] : [b],
                            reason: a >= 0
                                ? `${q(r.then.render)} (call #${b}) occurred before the first ${q(r.first.render)} (call #${a})`
                                : `${q(r.then.render)} (call #${b}) occurred without a preceding ${q(r.first.render)}`,
                            call_index: b,
                        };
                    }
                    return held([a, b]);
                },
            };
        }
        case 'never_after': {
            let t = -1;
            let v = -1;
            return {
                wouldViolate: (c) => t >= 0 && c.m(r.forbidden),
                feed(c) {
                    if (t >= 0 && v < 0 && c.m(r.forbidden))
                        v = c.index;
                    if (t < 0 && c.m(r.trigger))
                        t = c.index;
                },
                result() {
                    if (t < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
                    }
                    if (v >= 0) {
                        return {
                            status: 'violated',
                            spanned: [t, v],
                            reason: `${q(r.forbidden.render)} (call #${v}) occurred after ${q(r.trigger.render)} (call #${t})`,
                            call_index: v,
                        };
                    }
                    return held([t]);
                },
            };
        }
        case 'max_calls': {
            let count = 0;
            let first = -1;
            let v = -1;
            return {
                wouldViolate: (c) => count + 1 > r.max && c.m(r.tool),
                feed(c) {
                    if (!c.m(r.tool))
                        return;
                    count++;
                    if (first < 0)
                        first = c.index;
                    if (count > r.max && v < 0)
                        v = c.index;
                },
                result: () => v >= 0
                    ? {
                        status: 'violated',
                        spanned: [v],
                        reason: `${q(r.tool.render)} was called ${count} times (max ${r.max}); call #${v} exceeded the limit`,
                        call_index: v,
                    }
                    : held(first >= 0 ? [first] : []),
            };
        }
        case 'eventually': {
            let idx = -1;
            let pos = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (idx < 0 && c.m(r.tool)) {
                        idx = c.index;
                        pos = c.pos;
                    }
                },
                result() {
                    if (idx < 0) {
                        return {
                            status: 'violated',
                            spanned: [],
                            reason: `${q(r.tool.render)} never occurred (required within the first ${r.within} calls)`,
                            call_index: null,
                        };
                    }
                    if (pos >= r.within) {
                        return {
                            status: 'violated',
                            spanned: [idx],
                            reason: `${q(r.tool.render)} first occurred at call #${idx}, not within the first ${r.within} calls`,
                            call_index: idx,
                        };
                    }
                    return held([idx]);
                },
            };
        }
        case 'after': {
            // Only the earliest unanswered trigger matters: a `then` answering it answers every later
            // pending trigger too (their windows end later), so one slot is exact until the first miss.
            let pendingPos = -1;
            let pendingIdx = -1;
            let firstTrigger = -1;
            let firstAnswer = -1;
            let missed = -1;
            return {
                wouldViolate: () => false,
                feed(c) {
                    if (missed >= 0)
                        return;
                    if (pendingPos >= 0 && c.pos > pendingPos + r.within) {
                        missed = pendingIdx;
                        return;
                    }
                    if (pendingPos >= 0 && c.m(r.then)) {
                        if (firstAnswer < 0)
                            firstAnswer = c.index;
                        pendingPos = -1;
                    }
                    if (c.m(r.trigger)) {
                        if (firstTrigger < 0)
                            firstTrigger = c.index;
                        if (pendingPos < 0) {
                            pendingPos = c.pos;
                            pendingIdx = c.index;
                        }
                    }
                },
                result() {
                    if (firstTrigger < 0) {
                        return { status: 'not_exercised', spanned: [], reason: `${q(r.trigger.render)} never occurred`, call_index: null };
                    }
                    const miss = missed >= 0 ? missed : pendingPos >= 0 ? pendingIdx : -1;
                    if (miss >= 0) {
                        return {
                            status: 'violated',
                            spanned: [miss],
                            reason: `${q(r.then.render)} did not occur within ${r.within} call(s) after ${q(r.trigger.render)} (call #${miss})`,
                            call_index: miss,
                        };
                    }
                    return held(firstAnswer >= 0 ? [firstTrigger, firstAnswer] : [firstTrigger]);
                },
            };
        }
        case 'sequence': {
            const k = r.tools.length;
            let next = 0;
            const spanned = [];
            let vAt = -1;
            let vReason = '';
            return {
                wouldViolate: (c) => r.strict && vAt < 0 && next > 0 && next < k && !c.m(r.tools[next]),
                feed(c) {
                    if (vAt >= 0 || next >= k)
                        return;
                    const expected = r.tools[next];
                    if (c.m(expected)) {
                        spanned.push(c.index);
                        next++;
                        return;
                    }
                    if (r.strict) {
                        if (next > 0) {
                            vAt = c.index;
                            vReason = `expected ${q(expected.render)} at call #${c.index} but got ${q(c.name)} (strict sequence)`;
                        }
                        return;
                    }
                    for (let j = next + 1; j < k; j++) {
                        if (c.m(r.tools[j])) {
                            vAt = c.index;
                            vReason = `${q(r.tools[j].render)} (call #${c.index}) occurred before ${q(expected.render)}`;
                            return;
                        }
                    }
                },
                result() {
                    if (vAt >= 0)
                        return { status: 'violated', spanned: [...spanned, vAt], reason: vReason, call_index: vAt };
                    if (next === 0) {
                        return { status: 'not_exercised', spanned: [], reason: 'no listed tool occurred', call_index: null };
                    }
                    if (next < k) {
                        return {
                            status: 'violated',
                            spanned: [...spanned],
                            reason: `sequence reached ${q(r.tools[next - 1].render)} but ${q(r.tools[next].render)} never followed`,
                            call_index: null,
                        };
                    }
                    return held([...spanned]);
                },
            };
        }
    }
}
/** Trackers for a list of rules (one per episode in replay, one per session in the proxy). */
// Selector ids depend only on the rules: computed once per policy, not once per episode.
const SELECTOR_IDS = new WeakMap();
function selectorIds(rules) {
    let ids = SELECTOR_IDS.get(rules);
    if (!ids) {
        ids = new Map();
        for (const r of rules)
            for (const s of selectorsOf(r))
                if (!ids.has(s))
                    ids.set(s, ids.size);
        SELECTOR_IDS.set(rules, ids);
    }
    return ids;
}
class SequenceTracker {
    rules;
    states;
    blocking;
    blockedCounts;
    selIds;
    memoGen;
    memoVal;
    gen = 0;
    fed = 0;
    view;
    constructor(rules) {
        this.rules = rules;
        this.states = rules.map(makeState);
        this.blocking = rules.map(isBlockingRule);
        this.blockedCounts = rules.map(() => 0);
        this.selIds = selectorIds(rules);
        this.memoGen = new Int32Array(this.selIds.size);
        this.memoVal = new Uint8Array(this.selIds.size);
        const self = this;
        this.view = {
            name: '',
            args: undefined,
            index: 0,
            pos: 0,
            m(sel) {
                const id = self.selIds.get(sel);
                if (self.memoGen[id] === self.gen)
                    return self.memoVal[id] === 1;
                const v = sel.matches(this.name, this.args);
                self.memoGen[id] = self.gen;
                self.memoVal[id] = v ? 1 : 0;
                return v;
            },
        };
    }
    load(name, args, index) {
        this.gen++;
        const v = this.view;
        v.name = name;
        v.args = args;
        v.index = index;
        v.pos = this.fed;
        return v;
    }
    /** Index (in `rules`) of the first blocking rule this call would violate now, or -1. */
    probe(name, args, index) {
        if (this.rules.length === 0)
            return -1;
        const v = this.load(name, args, index);
        for (let i = 0; i < this.states.length; i++) {
            if (this.blocking[i] && this.states[i].wouldViolate(v))
                return i;
        }
        return -1;
    }
    /** Record a call (every call in replay; admitted calls in the proxy). Reuses the probe's memo. */
    feed(name, args, index, reuseProbe = false) {
        if (this.rules.length > 0) {
            const v = reuseProbe && this.view.name === name && this.view.index === index ? this.view : this.load(name, args, index);
            for (const s of this.states)
                s.feed(v);
        }
        this.fed++;
    }
    noteBlocked(ruleIndex) {
        this.blockedCounts[ruleIndex] = (this.blockedCounts[ruleIndex] ?? 0) + 1;
    }
    outcomes() {
        return this.rules.map((r, i) => {
            const res = this.states[i].result();
            const o = {
                rule_id: r.ruleId,
                kind: r.kind,
                index: r.index,
                status: res.status,
                spanned: res.spanned,
                reason: res.reason,
                call_index: res.call_index,
                rule: r.rule,
                blocked: this.blockedCounts[i],
            };
            if (r.ref)
                o.ruleRef = r.ref;
            return o;
        });
    }
}
function selectorsOf(r) {
    switch (r.kind) {
        case 'require':
        case 'max_calls':
        case 'eventually':
            return [r.tool];
        case 'blocklist':
            return [];
        case 'before':
            return [r.first, r.then];
        case 'never_after':
            return [r.trigger, r.forbidden];
        case 'after':
            return [r.trigger, r.then];
        case 'sequence':
            return r.tools;
    }
}
/** Replay helper: every call fed in order, outcomes for the complete episode. */
function evaluateSequenceRules(rules, calls) {
    const t = new SequenceTracker(rules);
    calls.forEach((c, i) => t.feed(c.tool_name, c.args, c.index ?? i));
    return t.outcomes();
}

;// CONCATENATED MODULE: ./src/core/policy/engine.ts
// The one decision engine (01 §2.8, 05 §1.4): first match decides, in this order —
// 1 pins, 2 limits (counted before any deny), 3 deny, 4 allowlist, 5 approval (runtime),
// 6 sequences (incremental), 7 schema, 8 unconstrained, 9 allow.


const REASONS = {
    driftDiffers: 'Tool metadata or schema differs from the pinned identity',
    driftNotObserved: 'Pinned tool was not observed in tools/list this session',
    driftNoDefinition: 'Pinned tool has no definition in this episode (meta.tool_definitions)',
    rateToolCalls: 'Session tool-call limit exceeded',
    rateRequests: 'Session request limit exceeded',
    deniedName: 'Tool is explicitly denylisted by name',
    deniedClass: 'Tool is explicitly denylisted by class',
    deniedBoth: 'Tool is explicitly denylisted by name and class',
    notAllowed: 'Tool is not in allowlist',
    approval: 'Tool requires approval and this proxy has no approval channel',
    argSchema: 'Arguments do not match the tool schema',
    schemaOk: 'Arguments match the tool schema',
    schemaEval: 'Tool schema could not be evaluated',
    unconstrainedDeny: 'Tool has no schema (enforcement: deny)',
    unconstrainedWarn: 'Tool has no schema (enforcement: warn)',
    unconstrainedAllow: 'Tool has no schema (enforcement: allow)',
    allowed: 'Tool call allowed by policy',
};
// Element slots for "exercised" bookkeeping.
const EL_DENY = 0;
const EL_ALLOW = 1;
const EL_UNCONSTRAINED = 2;
const EL_LIMITS = 3;
const EL_PINS = 4;
function fileStart(file) {
    return { file, line: 1, col: 1 };
}
function mk(decision, code, tool, reason, rule, ref, element) {
    const d = { decision, code, tool, reason, rule };
    if (ref)
        d.ruleRef = ref;
    if (element !== undefined)
        d.element = element;
    return d;
}
function firstPattern(list, name) {
    const e = list.entries;
    for (let i = 0; i < e.length; i++)
        if (e[i].matcher.test(name))
            return i;
    return -1;
}
function firstClass(list, classes) {
    if (!classes || classes.length === 0)
        return -1;
    const e = list.entries;
    for (let i = 0; i < e.length; i++)
        if (classes.includes(e[i].cls))
            return i;
    return -1;
}
class PolicyImpl {
    file;
    name;
    version;
    declaredVersion;
    metadata;
    spelling;
    tools;
    toolClasses;
    schemas;
    sharedDefs;
    enforcement;
    limits;
    toolPins;
    sequences;
    aliases;
    onError;
    signatures;
    discovery;
    runtimeMonitor;
    killSwitch;
    elements;
    /** Slot → element (or undefined when the policy has no such element). */
    fixedElements;
    schemaElements;
    sequenceElements;
    hasDeny;
    hasAllowlist;
    hasObligations;
    allowRule;
    allowRef;
    unconstrainedRef;
    constructor(d) {
        this.file = d.file;
        this.name = d.name;
        this.version = d.version;
        this.declaredVersion = d.declaredVersion;
        this.metadata = d.metadata;
        this.spelling = d.spelling;
        this.tools = d.tools;
        this.toolClasses = d.toolClasses;
        this.schemas = d.schemas;
        this.sharedDefs = d.sharedDefs;
        this.enforcement = d.enforcement;
        this.limits = d.limits;
        this.toolPins = d.toolPins;
        this.sequences = d.sequences;
        this.aliases = d.aliases;
        this.onError = d.onError;
        this.signatures = d.signatures;
        this.discovery = d.discovery;
        this.runtimeMonitor = d.runtimeMonitor;
        this.killSwitch = d.killSwitch;
        const t = d.tools;
        this.hasDeny = t.deny.entries.length > 0 || t.denyClasses.entries.length > 0;
        this.hasAllowlist = t.allow !== null || t.allowClasses !== null;
        this.hasObligations =
            t.approvalRequired.entries.length > 0 ||
                t.approvalRequiredClasses.entries.length > 0 ||
                t.restrictScope.entries.length > 0 ||
                t.restrictScopeClasses.entries.length > 0 ||
                t.redactArgs.entries.length > 0 ||
                t.redactArgsClasses.entries.length > 0;
        this.allowRule = t.allow === null && t.allowClasses !== null ? 'tools.allow_classes' : 'tools.allow';
        this.allowRef = t.allow?.ref ?? t.allowClasses?.ref;
        this.unconstrainedRef = d.enforcement.ref ?? fileStart(d.file);
        const el = (id, kind, ref, name = id) => ref ? { id, name, kind, ref } : { id, name, kind };
        const fixed = [];
        if (this.hasDeny)
            fixed[EL_DENY] = el('tools.deny', 'deny', t.deny.ref ?? t.denyClasses.ref);
        if (this.hasAllowlist)
            fixed[EL_ALLOW] = el('tools.allow', 'allow', this.allowRef);
        fixed[EL_UNCONSTRAINED] = el('enforcement.unconstrained_tools', 'unconstrained', this.unconstrainedRef);
        if (d.limits)
            fixed[EL_LIMITS] = el('limits', 'limits', d.limits.ref);
        if (d.toolPins.size > 0) {
            const firstPin = d.toolPins.values().next().value;
            fixed[EL_PINS] = el('tool_pins', 'tool_pins', firstPin.ref);
        }
        this.fixedElements = fixed;
        this.schemaElements = new Map();
        for (const [tool, s] of d.schemas)
            this.schemaElements.set(tool, el(`schemas.${tool}`, 'schema', s.ref));
        this.sequenceElements = d.sequences.map((r) => el(`sequences[${r.index}]`, 'sequence', r.ref, r.ruleId));
        // Policy order (02 §8): tools.deny, tools.allow, schemas.<tool>, enforcement, limits, tool_pins, sequences[i].
        this.elements = [
            ...[fixed[EL_DENY], fixed[EL_ALLOW]].filter((e) => e !== undefined),
            ...this.schemaElements.values(),
            ...[fixed[EL_UNCONSTRAINED], fixed[EL_LIMITS], fixed[EL_PINS]].filter((e) => e !== undefined),
            ...this.sequenceElements,
        ];
    }
    newSession(opts) {
        return new Session(this, opts ?? {});
    }
    nameDecision(toolName, definition, opts = {}) {
        const name = String(toolName);
        const pin = this.pinCheck(name, definition, opts.runtime === true);
        if (pin)
            return pin;
        const pre = this.nameChecks(name, opts);
        if (pre)
            return pre;
        if (!this.schemas.has(name) && this.enforcement.unconstrainedTools === 'deny') {
            return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, 'enforcement.unconstrained_tools', this.unconstrainedRef, 'enforcement.unconstrained_tools');
        }
        return mk('allow', null, name, REASONS.allowed, null, undefined, undefined);
    }
    /** Step 1. `definition === undefined` is "no identity available". */
    pinCheck(name, definition, runtime) {
        if (this.toolPins.size === 0)
            return null;
        const pin = this.toolPins.get(name);
        if (!pin)
            return null;
        const rule = `tool_pins.${name}`;
        if (definition === undefined || definition === null) {
            if (definition === undefined && !runtime)
                return null; // replay without definitions: not exercised
            return mk('deny', 'E_TOOL_DRIFT', name, runtime ? REASONS.driftNotObserved : REASONS.driftNoDefinition, rule, pin.ref, 'tool_pins');
        }
        const id = identityOf(definition, name);
        if (!id || pinDrift(pin, id).length > 0)
            return mk('deny', 'E_TOOL_DRIFT', name, REASONS.driftDiffers, rule, pin.ref, 'tool_pins');
        return null;
    }
    /** Steps 3–5 (name only). */
    // Steps 3–5 depend only on the tool name (and whether approvals deny), so their outcome is memoised per
    // name; bounded so a trace with millions of distinct names cannot grow it without limit.
    nameMemo = new Map();
    nameChecks(name, opts) {
        const key = opts.runtime === true && opts.approvals !== 'log-only' ? `\u0001${name}` : name;
        let d = this.nameMemo.get(key);
        if (d === undefined) {
            d = this.nameChecksUncached(name, opts);
            if (this.nameMemo.size >= 4096)
                this.nameMemo.clear();
            this.nameMemo.set(key, d);
        }
        return d === null ? null : { ...d };
    }
    nameChecksUncached(name, opts) {
        const t = this.tools;
        const classes = this.toolClasses.get(name);
        if (this.hasDeny) {
            const byName = firstPattern(t.deny, name);
            const byClass = firstClass(t.denyClasses, classes);
            if (byName >= 0 || byClass >= 0) {
                const reason = byName >= 0 && byClass >= 0 ? REASONS.deniedBoth : byName >= 0 ? REASONS.deniedName : REASONS.deniedClass;
                if (byName >= 0) {
                    const e = t.deny.entries[byName];
                    return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny[${e.index}]=${e.pattern}`, e.ref, 'tools.deny');
                }
                const c = t.denyClasses.entries[byClass];
                return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny_classes[${c.index}]=${c.cls}`, c.ref, 'tools.deny');
            }
        }
        if (this.hasAllowlist) {
            const ok = (t.allow !== null && firstPattern(t.allow, name) >= 0) || (t.allowClasses !== null && firstClass(t.allowClasses, classes) >= 0);
            if (!ok)
                return mk('deny', 'E_TOOL_NOT_ALLOWED', name, REASONS.notAllowed, this.allowRule, this.allowRef, 'tools.allow');
        }
        if (opts.runtime === true && opts.approvals !== 'log-only') {
            const a = this.approvalMatch(name, classes);
            if (a)
                return mk('deny', 'E_APPROVAL_REQUIRED', name, REASONS.approval, a.rule, a.ref, 'tools.approval_required');
        }
        return null;
    }
    approvalMatch(name, classes) {
        const t = this.tools;
        const i = firstPattern(t.approvalRequired, name);
        if (i >= 0) {
            const e = t.approvalRequired.entries[i];
            return { rule: `tools.approval_required[${e.index}]=${e.pattern}`, ref: e.ref };
        }
        const j = firstClass(t.approvalRequiredClasses, classes);
        if (j >= 0) {
            const c = t.approvalRequiredClasses.entries[j];
            return { rule: `tools.approval_required_classes[${c.index}]=${c.cls}`, ref: c.ref };
        }
        return null;
    }
    /** Obligations an allowed call carries (recorded by the proxy, never a deny here). */
    obligationsFor(name, opts) {
        if (!this.hasObligations)
            return undefined;
        const t = this.tools;
        const classes = this.toolClasses.get(name);
        const out = [];
        if (!(opts.runtime === true && opts.approvals !== 'log-only')) {
            const a = this.approvalMatch(name, classes);
            if (a)
                out.push({ type: 'approval_required', rule: a.rule });
        }
        const listed = (p, c, key) => {
            const i = firstPattern(p, name);
            if (i >= 0)
                return `tools.${key}[${p.entries[i].index}]=${p.entries[i].pattern}`;
            const j = firstClass(c, classes);
            if (j >= 0)
                return `tools.${key}_classes[${c.entries[j].index}]=${c.entries[j].cls}`;
            return null;
        };
        const rs = listed(t.restrictScope, t.restrictScopeClasses, 'restrict_scope');
        if (rs)
            out.push(t.restrictScopeContract ? { type: 'restrict_scope', rule: rs, contract: t.restrictScopeContract } : { type: 'restrict_scope', rule: rs });
        const ra = listed(t.redactArgs, t.redactArgsClasses, 'redact_args');
        if (ra)
            out.push(t.redactArgsContract ? { type: 'redact_args', rule: ra, contract: t.redactArgsContract } : { type: 'redact_args', rule: ra });
        return out.length > 0 ? out : undefined;
    }
}
class Session {
    p;
    defaults;
    toolCalls = 0;
    requests = 0;
    count = 0;
    tracker;
    fixedHit = [false, false, false, false, false];
    schemaHit = new Set();
    constructor(p, defaults) {
        this.p = p;
        this.defaults = defaults;
        this.tracker = new SequenceTracker(p.sequences);
    }
    get calls() {
        return this.count;
    }
    noteRequest() {
        this.requests++;
    }
    decide(call, opts) {
        const o = opts ? { ...this.defaults, ...opts } : this.defaults;
        const name = typeof call.tool_name === 'string' ? call.tool_name : String(call.tool_name);
        const args = call.args === undefined ? {} : call.args;
        const index = call.index ?? this.count;
        this.count++;
        // Step 2's counters move before any deny, step 1 included.
        this.toolCalls++;
        this.requests++;
        const incremental = o.incremental === true;
        const d = this.evaluate(name, args, call.definition, index, o, incremental);
        if (incremental) {
            // A denied call never happened, unless the caller forwards it anyway (proxy --dry-run).
            if (d.decision !== 'deny' || o.admitDenied === true)
                this.tracker.feed(name, args, index, true);
        }
        else {
            this.tracker.feed(name, args, index);
        }
        return d;
    }
    evaluate(name, args, definition, index, o, incremental) {
        const p = this.p;
        const runtime = o.runtime === true;
        // 1. pins
        if (p.toolPins.size > 0 && p.toolPins.has(name) && (definition !== undefined || runtime))
            this.fixedHit[EL_PINS] = true;
        const pin = p.pinCheck(name, definition, runtime);
        if (pin)
            return pin;
        // 2. limits
        const lim = p.limits;
        if (lim) {
            this.fixedHit[EL_LIMITS] = true;
            if (lim.maxToolCallsTotal !== null && this.toolCalls > lim.maxToolCallsTotal) {
                return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateToolCalls, 'limits.max_tool_calls_total', lim.maxToolCallsRef, 'limits');
            }
            if (lim.maxRequestsTotal !== null && this.requests > lim.maxRequestsTotal) {
                return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateRequests, 'limits.max_requests_total', lim.maxRequestsRef, 'limits');
            }
        }
        // 3–5. deny, allowlist, approval
        if (p.hasDeny)
            this.fixedHit[EL_DENY] = true;
        const pre = p.nameChecks(name, o);
        if (p.hasAllowlist && (pre === null || pre.code !== 'E_TOOL_DENIED'))
            this.fixedHit[EL_ALLOW] = true;
        if (pre)
            return pre;
        // 6. sequences (incremental only)
        if (incremental && p.sequences.length > 0) {
            const ri = this.tracker.probe(name, args, index);
            if (ri >= 0) {
                this.tracker.noteBlocked(ri);
                const r = p.sequences[ri];
                return mk('deny', 'E_SEQUENCE_VIOLATION', name, `Call would violate sequence rule ${r.ruleId}`, r.rule, r.ref, `sequences[${r.index}]`);
            }
        }
        // 7. schema
        const schema = p.schemas.get(name);
        let d;
        if (schema) {
            this.schemaHit.add(name);
            const rule = `schemas.${name}`;
            let violations;
            try {
                violations = schema.validate(args);
            }
            catch {
                return p.onError === 'block'
                    ? mk('deny', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule)
                    : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule);
            }
            if (violations.length > 0) {
                d = mk('deny', 'E_ARG_SCHEMA', name, REASONS.argSchema, rule, schema.ref, rule);
                d.violations = violations;
                return d;
            }
            d = mk('allow', null, name, REASONS.schemaOk, rule, schema.ref, rule);
        }
        else {
            // 8. unconstrained
            this.fixedHit[EL_UNCONSTRAINED] = true;
            const mode = p.enforcement.unconstrainedTools;
            const rule = 'enforcement.unconstrained_tools';
            if (mode === 'deny')
                return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, rule, p.unconstrainedRef, rule);
            d =
                mode === 'warn'
                    ? mk('allow_with_warning', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedWarn, rule, p.unconstrainedRef, rule)
                    : mk('allow', null, name, REASONS.unconstrainedAllow, rule, p.unconstrainedRef, rule);
        }
        const ob = p.obligationsFor(name, o);
        if (ob)
            d.obligations = ob;
        return d;
    }
    finish() {
        return this.tracker.outcomes();
    }
    collectExercised(into) {
        const p = this.p;
        p.fixedElements.forEach((e, slot) => {
            if (e && this.fixedHit[slot])
                into.add(e.id);
        });
        for (const name of this.schemaHit)
            into.add(`schemas.${name}`);
    }
    elementStats() {
        const p = this.p;
        const outcomes = p.sequences.length > 0 ? this.tracker.outcomes() : [];
        const stats = [];
        for (const e of p.elements) {
            let exercised = false;
            if (e.kind === 'schema')
                exercised = this.schemaHit.has(e.id.slice('schemas.'.length));
            else if (e.kind === 'sequence') {
                const o = outcomes.find((x) => `sequences[${x.index}]` === e.id);
                exercised = o !== undefined && (o.status !== 'not_exercised' || o.blocked > 0);
            }
            else {
                const slot = p.fixedElements.indexOf(e);
                exercised = slot >= 0 && this.fixedHit[slot] === true;
            }
            stats.push({ element: e, exercised });
        }
        return stats;
    }
}
function createPolicy(data) {
    return new PolicyImpl(data);
}

;// CONCATENATED MODULE: ./src/core/policy/load-runtime.ts

/** Unknown keys in a security-relevant mapping are errors: a typo could silently drop a limit. */
function closedKeys(ctx, path, obj, allowed) {
    for (const k of Object.keys(obj)) {
        if (!allowed.includes(k)) {
            ctx.error([...path, k], `unknown key "${k}" in ${(0,load_context/* renderPath */.i7)(path)} (allowed: ${allowed.join(', ')})`, { key: true });
        }
    }
}
function oneOf(ctx, path, v, values) {
    if (typeof v === 'string' && values.includes(v))
        return v;
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be one of: ${values.join(', ')}`);
    return null;
}
function mapping(ctx, path, v) {
    if ((0,load_context/* isPlainObject */.Qd)(v))
        return v;
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping`);
    return null;
}
function parseEnforcement(ctx, root) {
    const out = { unconstrainedTools: 'warn', explicit: false };
    if (!(0,load_context/* has */.zy)(root, 'enforcement') || root.enforcement === null)
        return out;
    const e = mapping(ctx, ['enforcement'], root.enforcement);
    if (!e)
        return out;
    closedKeys(ctx, ['enforcement'], e, ['unconstrained_tools']);
    if ((0,load_context/* has */.zy)(e, 'unconstrained_tools')) {
        const v = oneOf(ctx, ['enforcement', 'unconstrained_tools'], e.unconstrained_tools, ['warn', 'deny', 'allow']);
        if (v) {
            out.unconstrainedTools = v;
            out.explicit = true;
            const ref = ctx.ref(['enforcement', 'unconstrained_tools'], true);
            if (ref)
                out.ref = ref;
        }
    }
    return out;
}
function parseLimits(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'limits') || root.limits === null)
        return null;
    const l = mapping(ctx, ['limits'], root.limits);
    if (!l)
        return null;
    closedKeys(ctx, ['limits'], l, ['max_requests_total', 'max_tool_calls_total']);
    const out = { maxRequestsTotal: null, maxToolCallsTotal: null };
    const ref = ctx.ref(['limits'], true);
    if (ref)
        out.ref = ref;
    for (const key of ['max_requests_total', 'max_tool_calls_total']) {
        if (!(0,load_context/* has */.zy)(l, key) || l[key] === null)
            continue;
        const v = l[key];
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
            ctx.error(['limits', key], `limits.${key} must be an integer ≥ 1`);
            continue;
        }
        const r = ctx.ref(['limits', key], true);
        if (key === 'max_requests_total') {
            out.maxRequestsTotal = v;
            if (r)
                out.maxRequestsRef = r;
        }
        else {
            out.maxToolCallsTotal = v;
            if (r)
                out.maxToolCallsRef = r;
        }
    }
    return out;
}
const HEX64 = /^[0-9a-f]{64}$/;
const PIN_KEYS = ['server_id', 'tool_name', 'schema_hash', 'meta_hash'];
function parseToolPins(ctx, root) {
    const out = new Map();
    if (!(0,load_context/* has */.zy)(root, 'tool_pins') || root.tool_pins === null)
        return out;
    const pins = mapping(ctx, ['tool_pins'], root.tool_pins);
    if (!pins)
        return out;
    for (const [tool, raw] of Object.entries(pins)) {
        const path = ['tool_pins', tool];
        const p = mapping(ctx, path, raw);
        if (!p)
            continue;
        closedKeys(ctx, path, p, PIN_KEYS);
        let ok = true;
        for (const k of PIN_KEYS) {
            const v = p[k];
            if (typeof v !== 'string') {
                ctx.error((0,load_context/* has */.zy)(p, k) ? [...path, k] : path, `${(0,load_context/* renderPath */.i7)([...path, k])} must be a string`);
                ok = false;
            }
            else if ((k === 'schema_hash' || k === 'meta_hash') && !HEX64.test(v)) {
                ctx.error([...path, k], `${(0,load_context/* renderPath */.i7)([...path, k])} must be 64 lowercase hex characters`);
                ok = false;
            }
        }
        if (!ok)
            continue;
        const pin = {
            tool,
            server_id: p.server_id,
            tool_name: p.tool_name,
            schema_hash: p.schema_hash,
            meta_hash: p.meta_hash,
        };
        const ref = ctx.ref(path, true);
        if (ref)
            pin.ref = ref;
        out.set(tool, pin);
    }
    return out;
}
function parseOnError(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'on_error') || root.on_error === null)
        return 'block';
    return oneOf(ctx, ['on_error'], root.on_error, ['block', 'allow']) ?? 'block';
}
function parseSignatures(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'signatures') || root.signatures === null)
        return null;
    const s = mapping(ctx, ['signatures'], root.signatures);
    if (!s)
        return null;
    closedKeys(ctx, ['signatures'], s, ['check_descriptions']);
    const v = s.check_descriptions ?? false;
    if (typeof v !== 'boolean') {
        ctx.error(['signatures', 'check_descriptions'], 'signatures.check_descriptions must be a boolean');
        return null;
    }
    return { checkDescriptions: v };
}
function optBool(ctx, path, o, key) {
    if ((0,load_context/* has */.zy)(o, key) && typeof o[key] !== 'boolean')
        ctx.error([...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be a boolean`);
}
function optStringList(ctx, path, o, key) {
    const v = o[key];
    if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
        ctx.error([...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be a list of strings`);
    }
}
function parseDiscovery(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'discovery') || root.discovery === null)
        return null;
    const path = ['discovery'];
    const d = mapping(ctx, path, root.discovery);
    if (!d)
        return null;
    optBool(ctx, path, d, 'enabled');
    if ((0,load_context/* has */.zy)(d, 'methods')) {
        const m = d.methods;
        const methods = ['config_files', 'processes', 'network', 'dns', 'well_known'];
        if (!Array.isArray(m))
            ctx.error([...path, 'methods'], 'discovery.methods must be a list');
        else
            m.forEach((x, i) => oneOf(ctx, [...path, 'methods', i], x, methods));
    }
    if ((0,load_context/* has */.zy)(d, 'output') && d.output !== null && typeof d.output !== 'string')
        ctx.error([...path, 'output'], 'discovery.output must be a string');
    if ((0,load_context/* has */.zy)(d, 'on_findings')) {
        const f = mapping(ctx, [...path, 'on_findings'], d.on_findings);
        if (f) {
            for (const k of ['unmanaged_server', 'no_auth']) {
                if ((0,load_context/* has */.zy)(f, k))
                    oneOf(ctx, [...path, 'on_findings', k], f[k], ['log', 'warn', 'fail']);
            }
        }
    }
    return d;
}
function parseMonitorMatch(ctx, path, v) {
    const m = mapping(ctx, path, v);
    if (!m)
        return;
    optStringList(ctx, path, m, 'path_globs');
    optStringList(ctx, path, m, 'dest_globs');
    if ((0,load_context/* has */.zy)(m, 'not') && m.not !== null)
        parseMonitorMatch(ctx, [...path, 'not'], m.not);
}
function parseRuntimeMonitor(ctx, root) {
    const ruleIds = new Set();
    if (!(0,load_context/* has */.zy)(root, 'runtime_monitor') || root.runtime_monitor === null)
        return { value: null, ruleIds };
    const path = ['runtime_monitor'];
    const rm = mapping(ctx, path, root.runtime_monitor);
    if (!rm)
        return { value: null, ruleIds };
    optBool(ctx, path, rm, 'enabled');
    if ((0,load_context/* has */.zy)(rm, 'provider'))
        oneOf(ctx, [...path, 'provider'], rm.provider, ['ebpf']);
    if ((0,load_context/* has */.zy)(rm, 'rules')) {
        if (!Array.isArray(rm.rules))
            ctx.error([...path, 'rules'], 'runtime_monitor.rules must be a list');
        else {
            rm.rules.forEach((raw, i) => {
                const rp = [...path, 'rules', i];
                const r = mapping(ctx, rp, raw);
                if (!r)
                    return;
                if (typeof r.id !== 'string')
                    ctx.error((0,load_context/* has */.zy)(r, 'id') ? [...rp, 'id'] : rp, `${(0,load_context/* renderPath */.i7)([...rp, 'id'])} must be a string`);
                else if (ruleIds.has(r.id))
                    ctx.error([...rp, 'id'], `duplicate runtime_monitor rule id "${r.id}"`);
                else
                    ruleIds.add(r.id);
                if (!(0,load_context/* has */.zy)(r, 'type'))
                    ctx.error(rp, `${(0,load_context/* renderPath */.i7)(rp)} is missing "type"`);
                else
                    oneOf(ctx, [...rp, 'type'], r.type, ['file_open', 'net_connect', 'proc_exec']);
                if (!(0,load_context/* has */.zy)(r, 'match'))
                    ctx.error(rp, `${(0,load_context/* renderPath */.i7)(rp)} is missing "match"`);
                else
                    parseMonitorMatch(ctx, [...rp, 'match'], r.match);
                if ((0,load_context/* has */.zy)(r, 'severity'))
                    oneOf(ctx, [...rp, 'severity'], r.severity, ['low', 'medium', 'high', 'critical']);
                if ((0,load_context/* has */.zy)(r, 'action'))
                    oneOf(ctx, [...rp, 'action'], r.action, ['log', 'alert', 'trigger_kill']);
            });
        }
    }
    return { value: rm, ruleIds };
}
function parseKillSwitch(ctx, root, monitorRuleIds) {
    if (!(0,load_context/* has */.zy)(root, 'kill_switch') || root.kill_switch === null)
        return null;
    const path = ['kill_switch'];
    const ks = mapping(ctx, path, root.kill_switch);
    if (!ks)
        return null;
    optBool(ctx, path, ks, 'enabled');
    optBool(ctx, path, ks, 'kill_children');
    optBool(ctx, path, ks, 'capture_state');
    if ((0,load_context/* has */.zy)(ks, 'mode'))
        oneOf(ctx, [...path, 'mode'], ks.mode, ['graceful', 'immediate']);
    if ((0,load_context/* has */.zy)(ks, 'grace_period_ms')) {
        const g = ks.grace_period_ms;
        if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0)
            ctx.error([...path, 'grace_period_ms'], 'kill_switch.grace_period_ms must be an integer ≥ 0');
    }
    if ((0,load_context/* has */.zy)(ks, 'output_dir') && ks.output_dir !== null && typeof ks.output_dir !== 'string') {
        ctx.error([...path, 'output_dir'], 'kill_switch.output_dir must be a string');
    }
    if ((0,load_context/* has */.zy)(ks, 'triggers')) {
        if (!Array.isArray(ks.triggers))
            ctx.error([...path, 'triggers'], 'kill_switch.triggers must be a list');
        else {
            ks.triggers.forEach((raw, i) => {
                const tp = [...path, 'triggers', i];
                const t = mapping(ctx, tp, raw);
                if (!t)
                    return;
                if (typeof t.on_rule !== 'string')
                    ctx.error((0,load_context/* has */.zy)(t, 'on_rule') ? [...tp, 'on_rule'] : tp, `${(0,load_context/* renderPath */.i7)([...tp, 'on_rule'])} must be a string`);
                else if (!monitorRuleIds.has(t.on_rule)) {
                    ctx.error([...tp, 'on_rule'], `${(0,load_context/* renderPath */.i7)([...tp, 'on_rule'])} "${t.on_rule}" names no runtime_monitor.rules[].id`);
                }
                if ((0,load_context/* has */.zy)(t, 'mode') && t.mode !== null)
                    oneOf(ctx, [...tp, 'mode'], t.mode, ['graceful', 'immediate']);
            });
        }
    }
    return ks;
}

// EXTERNAL MODULE: ./src/core/regex/re2.ts + 1 modules
var re2 = __webpack_require__(665);
// EXTERNAL MODULE: ./src/core/policy/schema.ts
var policy_schema = __webpack_require__(49863);
;// CONCATENATED MODULE: ./src/core/policy/load-schemas.ts



const isSchema = (v) => (0,load_context/* isPlainObject */.Qd)(v) || typeof v === 'boolean';
function parseShared(ctx, schemas) {
    if (!(0,load_context/* has */.zy)(schemas, '$defs'))
        return null;
    const defs = schemas.$defs;
    if (!(0,load_context/* isPlainObject */.Qd)(defs)) {
        ctx.error(['schemas', '$defs'], 'schemas.$defs must be a mapping of definition name to JSON Schema');
        return null;
    }
    for (const [name, def] of Object.entries(defs)) {
        if (!isSchema(def))
            ctx.error(['schemas', '$defs', name], `schemas.$defs.${name} must be a JSON Schema (a mapping or a boolean)`);
    }
    reportStatic(ctx, ['schemas', '$defs'], defs, 'schemas.$defs', true);
    return defs;
}
/** Regex and external-$ref problems of a user schema, each at its own position. */
function reportStatic(ctx, path, schema, label, isDefsMap = false) {
    let ok = true;
    const targets = isDefsMap && (0,load_context/* isPlainObject */.Qd)(schema)
        ? Object.entries(schema).map(([k, v]) => [[...path, k], v])
        : [[path, schema]];
    for (const [p, s] of targets) {
        for (const issue of (0,policy_schema/* checkSchema */._U)(s)) {
            ok = false;
            const at = [...p, ...issue.path];
            if (issue.kind === 'regex')
                ctx.error(at, `invalid regex in ${(0,load_context/* renderPath */.i7)(at)}: ${issue.message}`, { key: issue.key });
            else
                ctx.error(at, `${label}: ${issue.message}`);
        }
    }
    return ok;
}
function parseConstraintParams(ctx, entryPath, paramsPath, tool, params) {
    if (!(0,load_context/* isPlainObject */.Qd)(params)) {
        ctx.error(paramsPath, `${(0,load_context/* renderPath */.i7)(paramsPath)} must be a mapping of parameter name to {matches: <regex>}`);
        return null;
    }
    const out = {};
    let ok = true;
    for (const [param, spec] of Object.entries(params)) {
        let regex;
        let regexPath;
        if (typeof spec === 'string') {
            regex = spec;
            regexPath = [...paramsPath, param];
        }
        else if ((0,load_context/* isPlainObject */.Qd)(spec) && (0,load_context/* has */.zy)(spec, 'matches')) {
            regex = spec.matches;
            regexPath = [...paramsPath, param, 'matches'];
        }
        else {
            ctx.error([...paramsPath, param], `${(0,load_context/* renderPath */.i7)(entryPath)} tool "${tool}" param "${param}" has no "matches"`);
            ok = false;
            continue;
        }
        if (typeof regex !== 'string') {
            ctx.error(regexPath, `${(0,load_context/* renderPath */.i7)(regexPath)} must be a string (a regex)`);
            ok = false;
            continue;
        }
        const c = (0,re2/* compileRegex */.D)(regex);
        if (!c.ok) {
            ctx.error(regexPath, `invalid regex in ${(0,load_context/* renderPath */.i7)(regexPath)}: ${c.reason}`);
            ok = false;
            continue;
        }
        out[param] = regex;
    }
    return ok ? out : null;
}
/** The schema a short-form constraint stands for (01 §2.3). */
function constraintSchema(params) {
    const properties = {};
    for (const [p, r] of Object.entries(params))
        properties[p] = { type: 'string', pattern: r, minLength: 1 };
    return { type: 'object', additionalProperties: true, properties, required: Object.keys(params) };
}
function parseConstraints(ctx, value, out) {
    if (value === undefined || value === null)
        return;
    if (Array.isArray(value)) {
        value.forEach((entry, i) => {
            const path = ['constraints', i];
            if (!(0,load_context/* isPlainObject */.Qd)(entry)) {
                ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping {tool, params}`);
                return;
            }
            if (typeof entry.tool !== 'string') {
                ctx.error((0,load_context/* has */.zy)(entry, 'tool') ? [...path, 'tool'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'tool'])} must be a string`);
                return;
            }
            const params = parseConstraintParams(ctx, path, [...path, 'params'], entry.tool, entry.params);
            if (params)
                out.push({ tool: entry.tool, origin: 'constraints', schema: constraintSchema(params), path, userWritten: false, atKey: false });
        });
        return;
    }
    if ((0,load_context/* isPlainObject */.Qd)(value)) {
        for (const [tool, params] of Object.entries(value)) {
            const path = ['constraints', tool];
            const parsed = parseConstraintParams(ctx, path, path, tool, params);
            if (parsed)
                out.push({ tool, origin: 'constraints', schema: constraintSchema(parsed), path, userWritten: false, atKey: true });
        }
        return;
    }
    ctx.error(['constraints'], 'constraints must be a list of {tool, params} or a mapping of tool to params');
}
function mergeShared(ctx, src, shared) {
    if (!shared || !(0,load_context/* isPlainObject */.Qd)(src.schema))
        return src.schema;
    const own = src.schema.$defs;
    if (own !== undefined && !(0,load_context/* isPlainObject */.Qd)(own))
        return src.schema; // ajv reports the bad $defs
    const merged = { ...shared };
    if (own) {
        for (const [name, def] of Object.entries(own)) {
            if ((0,load_context/* has */.zy)(shared, name)) {
                ctx.error([...src.path, '$defs', name], `${(0,load_context/* renderPath */.i7)(src.path)}: $defs name "${name}" clashes with the shared schemas.$defs.${name}`, { key: true });
            }
            merged[name] = def;
        }
    }
    return { ...src.schema, $defs: merged };
}
function parseSchemas(ctx, root) {
    const pending = [];
    let sharedDefs = null;
    if ((0,load_context/* has */.zy)(root, 'schemas') && root.schemas !== null) {
        const schemas = root.schemas;
        if (!(0,load_context/* isPlainObject */.Qd)(schemas))
            ctx.error(['schemas'], 'schemas must be a mapping of tool name to JSON Schema');
        else {
            sharedDefs = parseShared(ctx, schemas);
            for (const [tool, schema] of Object.entries(schemas)) {
                if (tool === '$defs')
                    continue;
                const path = ['schemas', tool];
                if (!isSchema(schema)) {
                    ctx.error(path, `schemas.${tool} must be a JSON Schema (a mapping or a boolean)`);
                    continue;
                }
                pending.push({ tool, origin: 'schemas', schema, path, userWritten: true, atKey: true });
            }
        }
    }
    const tools = (0,load_context/* isPlainObject */.Qd)(root.tools) ? root.tools : undefined;
    if (tools && (0,load_context/* has */.zy)(tools, 'arg_constraints') && tools.arg_constraints !== null) {
        const ac = tools.arg_constraints;
        if (!(0,load_context/* isPlainObject */.Qd)(ac))
            ctx.error(['tools', 'arg_constraints'], 'tools.arg_constraints must be a mapping of tool name to JSON Schema');
        else {
            for (const [tool, schema] of Object.entries(ac)) {
                const path = ['tools', 'arg_constraints', tool];
                if (!isSchema(schema)) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a JSON Schema (a mapping or a boolean)`);
                    continue;
                }
                pending.push({ tool, origin: 'tools.arg_constraints', schema, path, userWritten: true, atKey: true });
            }
        }
    }
    parseConstraints(ctx, root.constraints, pending);
    if (tools && (0,load_context/* has */.zy)(tools, 'require_args') && tools.require_args !== null) {
        const ra = tools.require_args;
        if (!(0,load_context/* isPlainObject */.Qd)(ra))
            ctx.error(['tools', 'require_args'], 'tools.require_args must be a mapping of tool name to a list of argument names');
        else {
            for (const [tool, names] of Object.entries(ra)) {
                const path = ['tools', 'require_args', tool];
                if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
                    continue;
                }
                // "adds required to schemas.T, creating {type: object} if needed" (01 §2.3).
                const exists = pending.some((p) => p.tool === tool);
                const schema = exists ? { required: names } : { type: 'object', required: names };
                pending.push({ tool, origin: 'tools.require_args', schema, path, userWritten: false, atKey: true });
            }
        }
    }
    const compiler = new policy_schema/* SchemaCompiler */.Vn();
    const byTool = new Map();
    for (const src of pending) {
        const label = (0,load_context/* renderPath */.i7)(src.path);
        if (src.userWritten && !reportStatic(ctx, src.path, src.schema, label))
            continue;
        const schema = src.userWritten ? mergeShared(ctx, src, sharedDefs) : src.schema;
        const c = compiler.compile(schema);
        if (!c.ok) {
            const at = (0,load_context/* isPlainObject */.Qd)(src.schema) && (0,load_context/* has */.zy)(src.schema, '$schema') && c.reason.startsWith('unsupported $schema') ? [...src.path, '$schema'] : src.path;
            ctx.error(at, `${label}: ${c.reason}`, { key: at === src.path && src.atKey });
            continue;
        }
        const source = { origin: src.origin, schema };
        const ref = ctx.ref(src.path, src.atKey);
        if (ref)
            source.ref = ref;
        const list = byTool.get(src.tool) ?? [];
        list.push({ source, validate: c.validate });
        byTool.set(src.tool, list);
    }
    const schemas = new Map();
    for (const [tool, list] of byTool) {
        const validators = list.map((l) => l.validate);
        const sources = list.map((l) => l.source);
        const validate = validators.length === 1
            ? (args) => (0,policy_schema/* runValidator */.Wq)(validators[0], args)
            : (args) => {
                const out = [];
                for (const v of validators)
                    out.push(...(0,policy_schema/* runValidator */.Wq)(v, args));
                return out;
            };
        const ts = {
            tool,
            sources,
            schema: sources.length === 1 ? sources[0].schema : { allOf: sources.map((s) => s.schema) },
            validate,
        };
        if (sources[0].ref)
            ts.ref = sources[0].ref;
        schemas.set(tool, ts);
    }
    return { schemas, sharedDefs };
}

// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(18085);
;// CONCATENATED MODULE: ./src/core/policy/load-sequences.ts



const SEQUENCE_KINDS = [
    'require',
    'blocklist',
    'before',
    'never_after',
    'max_calls',
    'eventually',
    'after',
    'sequence',
];
function parseAliases(ctx, path, value) {
    const out = new Map();
    if (value === undefined || value === null)
        return out;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping of alias name to a list of tool names`);
        return out;
    }
    for (const [name, members] of Object.entries(value)) {
        const p = [...path, name];
        if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) {
            ctx.error(p, `${(0,load_context/* renderPath */.i7)(p)} must be a list of strings`);
            continue;
        }
        out.set(name, members);
    }
    return out;
}
function selectorMatcher(tool, aliases) {
    const members = aliases.get(tool);
    if (members) {
        const set = new Set(members);
        return { isAlias: true, test: (n) => set.has(n) };
    }
    const p = (0,tool_pattern/* compileToolPattern */.Yo)(tool);
    return { isAlias: false, test: p.test };
}
/** Build a selector (also used for inline rules of eval configs). */
function makeSelector(tool, argsMatch, aliases) {
    const name = selectorMatcher(tool, aliases);
    const args = argsMatch.map((a) => a.arg);
    const render = args.length > 0 ? `${tool}[${args.join(',')}]` : tool;
    const matchArgs = (callArgs) => {
        if (!(0,load_context/* isPlainObject */.Qd)(callArgs))
            return false;
        for (const { arg, re } of argsMatch) {
            if (!(0,load_context/* has */.zy)(callArgs, arg))
                return false;
            const v = callArgs[arg];
            if (v === undefined)
                return false;
            if (!re.test(typeof v === 'string' ? v : JSON.stringify(v)))
                return false;
        }
        return true;
    };
    return {
        tool,
        args,
        render,
        isAlias: name.isAlias,
        matches: argsMatch.length === 0 ? (n) => name.test(n) : (n, a) => name.test(n) && matchArgs(a),
    };
}
function parseSelector(ctx, path, value, aliases) {
    if (typeof value === 'string')
        return checked(ctx, path, makeSelector(value, [], aliases));
    if ((0,load_context/* isPlainObject */.Qd)(value) && typeof value.tool === 'string') {
        const am = value.args_match;
        const compiled = [];
        let ok = true;
        if (am !== undefined && am !== null) {
            if (!(0,load_context/* isPlainObject */.Qd)(am)) {
                ctx.error([...path, 'args_match'], `${(0,load_context/* renderPath */.i7)([...path, 'args_match'])} must be a mapping of argument name to regex`);
                return null;
            }
            for (const [arg, pat] of Object.entries(am)) {
                const p = [...path, 'args_match', arg];
                if (typeof pat !== 'string') {
                    ctx.error(p, `${(0,load_context/* renderPath */.i7)(p)} must be a string (a regex)`);
                    ok = false;
                    continue;
                }
                const c = (0,re2/* compileRegex */.D)(pat);
                if (!c.ok) {
                    ctx.error(p, `invalid regex in ${(0,load_context/* renderPath */.i7)(p)}: ${c.reason}`);
                    ok = false;
                    continue;
                }
                compiled.push({ arg, re: c.re });
            }
        }
        return ok ? checked(ctx, [...path, 'tool'], makeSelector(value.tool, compiled, aliases)) : null;
    }
    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a tool name or a mapping {tool, args_match}`);
    return null;
}
function checked(ctx, path, s) {
    if (!s.isAlias && (0,tool_pattern/* compileToolPattern */.Yo)(s.tool).literalStar) {
        ctx.warn('W_POLICY_LITERAL_STAR', path, literalStarMessage(s.tool, (0,load_context/* renderPath */.i7)(path)));
    }
    return s;
}
function literalStarMessage(pattern, where) {
    return `pattern "${pattern}" in ${where} has a "*" that is neither first nor last; it matches a literal "*"`;
}
function load_sequences_int(ctx, rule, path, key, min, dflt) {
    const v = rule[key];
    if (v === undefined && dflt !== undefined)
        return dflt;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
        ctx.error(v === undefined ? path : [...path, key], `${(0,load_context/* renderPath */.i7)([...path, key])} must be an integer ≥ ${min}`);
        return null;
    }
    return v;
}
function sameSelector(a, b) {
    return a.tool === b.tool && a.render === b.render;
}
/** Parse one rule; null when it has errors (already reported). */
function parseRule(ctx, path, index, raw, aliases) {
    if (!(0,load_context/* isPlainObject */.Qd)(raw)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping with a "type" key`);
        return null;
    }
    const kind = raw.type;
    if (typeof kind !== 'string' || !SEQUENCE_KINDS.includes(kind)) {
        ctx.error((0,load_context/* has */.zy)(raw, 'type') ? [...path, 'type'] : path, `${(0,load_context/* renderPath */.i7)(path)}: unknown rule type ${JSON.stringify(kind ?? null)} (allowed: ${SEQUENCE_KINDS.join(', ')})`);
        return null;
    }
    const errorsBefore = ctx.errorCount;
    const sel = (key) => {
        if (!(0,load_context/* has */.zy)(raw, key)) {
            ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} (${kind}) is missing "${key}"`);
            return null;
        }
        return parseSelector(ctx, [...path, key], raw[key], aliases);
    };
    const base = (ruleId) => ({ index, ruleId, rule: `sequences[${index}]=${ruleId}`, ref: ctx.ref(path), raw });
    let rule = null;
    switch (kind) {
        case 'require': {
            const tool = sel('tool');
            if (tool)
                rule = { ...base(`require:${tool.render}`), kind: 'require', tool };
            break;
        }
        case 'blocklist': {
            const p = raw.pattern;
            if (typeof p !== 'string' || p === '')
                ctx.error((0,load_context/* has */.zy)(raw, 'pattern') ? [...path, 'pattern'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'pattern'])} must be a non-empty string`);
            else
                rule = { ...base(`blocklist:${p}`), kind: 'blocklist', pattern: p };
            break;
        }
        case 'before': {
            const first = sel('first');
            const then = sel('then');
            if (first && then) {
                if (sameSelector(first, then)) {
                    ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)}: ineffective before rule: "first" and "then" are the same (${JSON.stringify(first.render)})`);
                }
                else
                    rule = { ...base(`before:${first.render}->${then.render}`), kind: 'before', first, then };
            }
            break;
        }
        case 'never_after': {
            const trigger = sel('trigger');
            const forbidden = sel('forbidden');
            if (trigger && forbidden)
                rule = { ...base(`never_after:${trigger.render}->${forbidden.render}`), kind: 'never_after', trigger, forbidden };
            break;
        }
        case 'max_calls': {
            const tool = sel('tool');
            const max = load_sequences_int(ctx, raw, path, 'max', 0);
            if (tool && max !== null)
                rule = { ...base(`max_calls:${tool.render}<=${max}`), kind: 'max_calls', tool, max };
            break;
        }
        case 'eventually': {
            const tool = sel('tool');
            const within = load_sequences_int(ctx, raw, path, 'within', 1);
            if (tool && within !== null)
                rule = { ...base(`eventually:${tool.render}@${within}`), kind: 'eventually', tool, within };
            break;
        }
        case 'after': {
            const trigger = sel('trigger');
            const then = sel('then');
            const within = load_sequences_int(ctx, raw, path, 'within', 1, 1);
            if (trigger && then && within !== null) {
                rule = { ...base(`after:${trigger.render}->${then.render}@${within}`), kind: 'after', trigger, then, within };
            }
            break;
        }
        case 'sequence': {
            const list = raw.tools;
            const strict = raw.strict ?? false;
            if (typeof strict !== 'boolean')
                ctx.error([...path, 'strict'], `${(0,load_context/* renderPath */.i7)([...path, 'strict'])} must be a boolean`);
            if (!Array.isArray(list) || list.length === 0) {
                ctx.error((0,load_context/* has */.zy)(raw, 'tools') ? [...path, 'tools'] : path, `${(0,load_context/* renderPath */.i7)([...path, 'tools'])} must be a non-empty list of tool selectors`);
                break;
            }
            const tools = list.map((t, i) => parseSelector(ctx, [...path, 'tools', i], t, aliases));
            if (tools.every((t) => t !== null) && typeof strict === 'boolean') {
                const id = `sequence:${strict ? 'strict:' : ''}${tools.map((t) => t.render).join('>')}`;
                rule = { ...base(id), kind: 'sequence', tools, strict };
            }
            break;
        }
    }
    return ctx.errorCount === errorsBefore ? rule : null;
}
function parseSequenceList(ctx, path, value, aliases) {
    if (value === undefined || value === null)
        return [];
    if (!Array.isArray(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of rules`);
        return [];
    }
    const out = [];
    value.forEach((raw, i) => {
        const r = parseRule(ctx, [...path, i], i, raw, aliases);
        if (r)
            out.push(r);
    });
    return out;
}
/**
 * Sequence rules embedded elsewhere (eval `sequence_valid.rules`): same language, ids and checks,
 * reported with `code` (E_CFG_PARSE there). `basePath` locates the list inside `source` and is the
 * path named in messages (e.g. `tests[2].expected.rules[0].first must be …`).
 */
function parseSequenceRules(value, file, opts = {}) {
    const ctx = new load_context/* LoadContext */.ID(file, opts.source, [], opts.code ?? 'E_POLICY_PARSE');
    const rules = parseSequenceList(ctx, opts.basePath ?? ['rules'], value, opts.aliases ?? new Map());
    return { rules, diagnostics: ctx.diagnostics };
}

;// CONCATENATED MODULE: ./src/core/policy/load-tools.ts



const TOOLS_KEYS = [
    'allow',
    'deny',
    'allow_classes',
    'deny_classes',
    'approval_required',
    'approval_required_classes',
    'restrict_scope',
    'restrict_scope_classes',
    'restrict_scope_contract',
    'redact_args',
    'redact_args_classes',
    'redact_args_contract',
    'arg_constraints',
    'require_args',
];
/** Keys under `tools` that only the proxy acts on (W_POLICY_RUNTIME_ONLY). */
const RUNTIME_ONLY_TOOLS_KEYS = [
    'approval_required',
    'approval_required_classes',
    'restrict_scope',
    'restrict_scope_classes',
    'restrict_scope_contract',
    'redact_args',
    'redact_args_classes',
    'redact_args_contract',
];
/** A list of strings at `path`; null (YAML `key:` with no value) counts as an empty list. */
function stringList(ctx, path, value) {
    if (value === null)
        return [];
    if (!Array.isArray(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
        return null;
    }
    let ok = true;
    value.forEach((v, i) => {
        if (typeof v !== 'string') {
            ctx.error([...path, i], `${(0,load_context/* renderPath */.i7)(path)} must be a list of strings`);
            ok = false;
        }
    });
    return ok ? value : null;
}
function patternEntries(ctx, path, items, offset) {
    return items.map((pattern, i) => {
        const matcher = (0,tool_pattern/* compileToolPattern */.Yo)(pattern);
        if (matcher.literalStar)
            ctx.warn('W_POLICY_LITERAL_STAR', [...path, i], literalStarMessage(pattern, (0,load_context/* renderPath */.i7)([...path, i])));
        const e = { pattern, index: offset + i, matcher };
        const ref = ctx.ref([...path, i]);
        if (ref)
            e.ref = ref;
        return e;
    });
}
function patternList(ctx, path, value) {
    const items = stringList(ctx, path, value);
    if (items === null)
        return null;
    const l = { entries: patternEntries(ctx, path, items, 0) };
    const ref = ctx.ref(path, true);
    if (ref)
        l.ref = ref;
    return l;
}
function classList(ctx, path, value) {
    const items = stringList(ctx, path, value);
    if (items === null)
        return null;
    const l = {
        entries: items.map((cls, i) => {
            const ref = ctx.ref([...path, i]);
            return ref ? { cls, index: i, ref } : { cls, index: i };
        }),
    };
    const ref = ctx.ref(path, true);
    if (ref)
        l.ref = ref;
    return l;
}
function contract(ctx, path, value, keys) {
    if (value === undefined || value === null)
        return null;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(path, `${(0,load_context/* renderPath */.i7)(path)} must be a mapping {${keys.join(', ')}}`);
        return null;
    }
    const out = {};
    for (const k of keys) {
        const v = value[k];
        if (typeof v !== 'string')
            ctx.error((0,load_context/* has */.zy)(value, k) ? [...path, k] : path, `${(0,load_context/* renderPath */.i7)([...path, k])} must be a string`);
        else
            out[k] = v;
    }
    return Object.keys(out).length === keys.length ? out : null;
}
const emptyPatterns = () => ({ entries: [] });
const emptyClasses = () => ({ entries: [] });
/** `tools` plus root `allow`/`deny` appended (01 §2.3). */
function parseToolRules(ctx, root) {
    const rules = {
        allow: null,
        deny: emptyPatterns(),
        allowClasses: null,
        denyClasses: emptyClasses(),
        approvalRequired: emptyPatterns(),
        approvalRequiredClasses: emptyClasses(),
        restrictScope: emptyPatterns(),
        restrictScopeClasses: emptyClasses(),
        restrictScopeContract: null,
        redactArgs: emptyPatterns(),
        redactArgsClasses: emptyClasses(),
        redactArgsContract: null,
    };
    const tools = root.tools;
    if (tools !== undefined && tools !== null) {
        if (!(0,load_context/* isPlainObject */.Qd)(tools)) {
            ctx.error(['tools'], 'tools must be a mapping');
        }
        else {
            for (const k of Object.keys(tools)) {
                if (!TOOLS_KEYS.includes(k)) {
                    ctx.error(['tools', k], `unknown key "${k}" in tools (allowed: ${TOOLS_KEYS.join(', ')})`, { key: true });
                }
            }
            const p = (k) => ['tools', k];
            if ((0,load_context/* has */.zy)(tools, 'allow'))
                rules.allow = patternList(ctx, p('allow'), tools.allow) ?? { entries: [] };
            if ((0,load_context/* has */.zy)(tools, 'deny'))
                rules.deny = patternList(ctx, p('deny'), tools.deny) ?? emptyPatterns();
            if ((0,load_context/* has */.zy)(tools, 'allow_classes'))
                rules.allowClasses = classList(ctx, p('allow_classes'), tools.allow_classes) ?? emptyClasses();
            if ((0,load_context/* has */.zy)(tools, 'deny_classes'))
                rules.denyClasses = classList(ctx, p('deny_classes'), tools.deny_classes) ?? emptyClasses();
            const pl = (k) => ((0,load_context/* has */.zy)(tools, k) ? (patternList(ctx, p(k), tools[k]) ?? emptyPatterns()) : emptyPatterns());
            const cl = (k) => ((0,load_context/* has */.zy)(tools, k) ? (classList(ctx, p(k), tools[k]) ?? emptyClasses()) : emptyClasses());
            rules.approvalRequired = pl('approval_required');
            rules.approvalRequiredClasses = cl('approval_required_classes');
            rules.restrictScope = pl('restrict_scope');
            rules.restrictScopeClasses = cl('restrict_scope_classes');
            rules.redactArgs = pl('redact_args');
            rules.redactArgsClasses = cl('redact_args_classes');
            rules.restrictScopeContract = contract(ctx, p('restrict_scope_contract'), tools.restrict_scope_contract, [
                'scope_type',
                'scope_value',
                'scope_match_mode',
            ]);
            rules.redactArgsContract = contract(ctx, p('redact_args_contract'), tools.redact_args_contract, [
                'redaction_target',
                'redaction_mode',
                'redaction_scope',
            ]);
        }
    }
    // Short form: root allow/deny are appended to tools.allow/tools.deny.
    if ((0,load_context/* has */.zy)(root, 'allow')) {
        const items = stringList(ctx, ['allow'], root.allow);
        if (items !== null) {
            const target = rules.allow ?? (rules.allow = { entries: [] });
            if (!target.ref) {
                const ref = ctx.ref(['allow'], true);
                if (ref)
                    target.ref = ref;
            }
            target.entries.push(...patternEntries(ctx, ['allow'], items, target.entries.length));
        }
        else if (rules.allow === null)
            rules.allow = { entries: [] };
    }
    if ((0,load_context/* has */.zy)(root, 'deny')) {
        const items = stringList(ctx, ['deny'], root.deny);
        if (items !== null) {
            if (!rules.deny.ref) {
                const ref = ctx.ref(['deny'], true);
                if (ref)
                    rules.deny.ref = ref;
            }
            rules.deny.entries.push(...patternEntries(ctx, ['deny'], items, rules.deny.entries.length));
        }
    }
    return rules;
}
function parseToolClasses(ctx, value) {
    const out = new Map();
    if (value === undefined || value === null)
        return out;
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error(['tool_classes'], 'tool_classes must be a mapping of tool name to a list of classes');
        return out;
    }
    for (const [tool, classes] of Object.entries(value)) {
        const l = stringList(ctx, ['tool_classes', tool], classes);
        if (l)
            out.set(tool, l);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/core/policy/load.ts
// The one policy loader (01 §2.1–§2.3, §2.10): v2, the README short form and legacy v1 → one model.
// Every error is collected (with file:line:col) before one ConfigError E_POLICY_PARSE is thrown.










const POLICY_MAX_BYTES = 1024 * 1024;
const ROOT_KEYS = [
    'version',
    'name',
    'metadata',
    'tools',
    'tool_classes',
    'schemas',
    'enforcement',
    'limits',
    'tool_pins',
    'sequences',
    'aliases',
    'on_error',
    'signatures',
    'discovery',
    'runtime_monitor',
    'kill_switch',
    'allow',
    'deny',
    'constraints',
];
const RUNTIME_ONLY_ROOT_KEYS = ['signatures', 'discovery', 'runtime_monitor', 'kill_switch'];
/** Keys that make a YAML/JSON document a policy (02 §4.1); `tests`/`suite` make it an eval config. */
const POLICY_MARKERS = (/* unused pure expression or super */ null && (['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits']));
function isPolicyDocument(value) {
    if (!isPlainObject(value))
        return false;
    if (has(value, 'tests') || has(value, 'suite'))
        return false;
    return POLICY_MARKERS.some((k) => has(value, k));
}
/** Parse policy text (YAML or JSON). Throws ConfigError E_POLICY_PARSE with every error. */
function parsePolicy(text, file, opts = {}) {
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, file, 'E_POLICY_PARSE');
    if (parsed.errors.length > 0 || !parsed.source) {
        throw loadError(file, parsed.errors.map((d) => ({ ...d, source: 'policy' })));
    }
    return policyFromValue(parsed.source.value, file, parsed.source, opts);
}
/** Read and parse a policy file. `displayPath` is the path as the user gave it (used in messages). */
function loadPolicyFile(path, displayPath = path, opts = {}) {
    let text;
    try {
        const st = external_node_fs_.statSync(path);
        if (!st.isFile() || st.size > POLICY_MAX_BYTES) {
            throw loadError(displayPath, [wholeFile(displayPath, 'policy must be a regular file of at most 1 MiB')]);
        }
        text = external_node_fs_.readFileSync(path, 'utf8');
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        throw loadError(displayPath, [wholeFile(displayPath, `cannot read policy file: ${e.message}`)]);
    }
    return parsePolicy(text, displayPath, opts);
}
/**
 * Load a policy from an already-parsed value, e.g. an inline policy inside eval.yaml. With
 * `source`, positions are looked up at `basePath` inside it.
 */
function policyFromValue(value, file, source, opts = {}) {
    const ctx = new load_context/* LoadContext */.ID(file, source, opts.basePath ?? []);
    const data = buildPolicyData(ctx, value, opts);
    const errors = ctx.diagnostics.filter((d) => d.severity === 'error');
    const warnings = (0,load_context/* sortByPosition */.Jr)(ctx.diagnostics.filter((d) => d.severity !== 'error'));
    if (errors.length > 0 || !data)
        throw loadError(file, [...(0,load_context/* sortByPosition */.Jr)(errors), ...warnings]);
    return { policy: createPolicy(data), diagnostics: warnings };
}
function wholeFile(file, message) {
    return { code: 'E_POLICY_PARSE', severity: 'error', message, source: 'policy', file };
}
function loadError(file, diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    return new errors/* ConfigError */.xL('E_POLICY_PARSE', first?.message ?? 'invalid policy', {
        source: 'policy',
        context: { file: first?.file ?? file, line: first?.line, col: first?.col },
        nextStepValues: { 'policy.yaml': file },
        diagnostics,
    });
}
function normaliseVersion(ctx, root) {
    if (!(0,load_context/* has */.zy)(root, 'version') || root.version === null)
        return { version: '2.0', declared: null, legacy: false };
    const v = root.version;
    if (typeof v !== 'string' && typeof v !== 'number') {
        ctx.error(['version'], 'version must be a string');
        return { version: '2.0', declared: null, legacy: false };
    }
    const declared = String(v);
    if (declared === '1' || declared === '1.0')
        return { version: '2.0', declared, legacy: true };
    if (declared === '2' || declared === '2.0')
        return { version: '2.0', declared, legacy: false };
    ctx.warn('W_POLICY_VERSION', ['version'], `unsupported policy version ${JSON.stringify(declared)}; loaded as "2.0"`);
    return { version: '2.0', declared, legacy: false };
}
function buildPolicyData(ctx, value, opts) {
    if (!(0,load_context/* isPlainObject */.Qd)(value)) {
        ctx.error([], value === undefined || value === null ? 'policy is empty (expected a mapping)' : 'policy root must be a mapping');
        return null;
    }
    const root = value;
    for (const k of Object.keys(root)) {
        if (!ROOT_KEYS.includes(k)) {
            const msg = `unknown key "${k}" at top level (allowed: ${ROOT_KEYS.join(', ')})`;
            if (opts.strict)
                ctx.error([k], msg, { key: true });
            else
                ctx.warn('W_POLICY_UNKNOWN_KEY', [k], msg, { key: true });
        }
    }
    const version = normaliseVersion(ctx, root);
    let name = null;
    if ((0,load_context/* has */.zy)(root, 'name') && root.name !== null) {
        if (typeof root.name !== 'string')
            ctx.error(['name'], 'name must be a string');
        else
            name = root.name;
    }
    const tools = (0,load_context/* isPlainObject */.Qd)(root.tools) ? root.tools : undefined;
    const legacy = version.legacy || (tools !== undefined && ((0,load_context/* has */.zy)(tools, 'arg_constraints') || (0,load_context/* has */.zy)(tools, 'require_args')));
    const short = (0,load_context/* has */.zy)(root, 'allow') || (0,load_context/* has */.zy)(root, 'deny') || (0,load_context/* has */.zy)(root, 'constraints');
    if (legacy) {
        if (opts.denyDeprecations)
            ctx.error([], 'legacy policy form is not allowed (--deny-deprecations)');
        else {
            ctx.warn('W_POLICY_LEGACY', [], `legacy v1 policy form (version 1.0, tools.arg_constraints or tools.require_args); run "assay migrate --policy ${ctx.file}"`);
        }
    }
    const toolRules = parseToolRules(ctx, root);
    const toolClasses = parseToolClasses(ctx, root.tool_classes);
    const { schemas, sharedDefs } = parseSchemas(ctx, root);
    const enforcement = parseEnforcement(ctx, root);
    const limits = parseLimits(ctx, root);
    const toolPins = parseToolPins(ctx, root);
    const aliases = parseAliases(ctx, ['aliases'], root.aliases);
    const sequences = parseSequenceList(ctx, ['sequences'], root.sequences, aliases);
    const onError = parseOnError(ctx, root);
    const signatures = parseSignatures(ctx, root);
    const discovery = parseDiscovery(ctx, root);
    const monitor = parseRuntimeMonitor(ctx, root);
    const killSwitch = parseKillSwitch(ctx, root, monitor.ruleIds);
    // Warnings validate shows (02 §4.1).
    const emptyList = (v) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
    if (toolRules.allow !== null &&
        toolRules.allow.entries.length === 0 &&
        toolRules.allowClasses === null &&
        emptyList(tools?.allow) &&
        emptyList(root.allow)) {
        const where = tools && (0,load_context/* has */.zy)(tools, 'allow') ? ['tools', 'allow'] : ['allow'];
        ctx.warn('W_POLICY_EMPTY_ALLOW', where, 'the allow list is empty: every tool is denied');
    }
    if (tools) {
        for (const k of RUNTIME_ONLY_TOOLS_KEYS) {
            if ((0,load_context/* has */.zy)(tools, k))
                ctx.warn('W_POLICY_RUNTIME_ONLY', ['tools', k], runtimeOnly(`tools.${k}`), { key: true });
        }
    }
    for (const k of RUNTIME_ONLY_ROOT_KEYS) {
        if ((0,load_context/* has */.zy)(root, k) && root[k] !== null)
            ctx.warn('W_POLICY_RUNTIME_ONLY', [k], runtimeOnly(k), { key: true });
    }
    return {
        file: ctx.file,
        name,
        version: version.version,
        declaredVersion: version.declared,
        metadata: root.metadata,
        spelling: { short, legacy },
        tools: toolRules,
        toolClasses,
        schemas,
        sharedDefs,
        enforcement,
        limits,
        toolPins,
        sequences,
        aliases,
        onError,
        signatures,
        discovery,
        runtimeMonitor: monitor.value,
        killSwitch,
    };
}
function runtimeOnly(key) {
    return `${key} is enforced only at runtime (mcp wrap, mcp-server); replay loads and validates it but does not act on it`;
}
/**
 * A policy used as a gate that asserts nothing (01 §2.10): no deny, no non-universal allow, no
 * schema, no unconstrained deny, no sequence, no limit (and no pin).
 */
function policyAssertsNothing(policy) {
    const t = policy.tools;
    if (t.deny.entries.length > 0 || t.denyClasses.entries.length > 0)
        return false;
    const allowOpen = t.allow !== null && t.allow.entries.some((e) => (0,tool_pattern/* isUniversalPattern */.mw)(e.pattern));
    if ((t.allow !== null || t.allowClasses !== null) && !allowOpen)
        return false;
    if (policy.schemas.size > 0)
        return false;
    if (policy.enforcement.unconstrainedTools === 'deny')
        return false;
    if (policy.sequences.length > 0)
        return false;
    if (policy.limits && (policy.limits.maxRequestsTotal !== null || policy.limits.maxToolCallsTotal !== null))
        return false;
    if (policy.toolPins.size > 0)
        return false;
    return true;
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts
// Public API of the one policy model and engine (01 §2, D5).










/***/ }),

/***/ 42670:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   Jr: () => (/* binding */ sortByPosition),
/* harmony export */   Qd: () => (/* binding */ isPlainObject),
/* harmony export */   i7: () => (/* binding */ renderPath),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
class LoadContext {
    file;
    source;
    base;
    code;
    diagnostics = [];
    constructor(file, source, 
    /** Where the policy value sits inside `source` (inline policies). */
    base = [], 
    /** Error code: E_POLICY_PARSE for policies, E_CFG_PARSE for rules inside eval configs. */
    code = 'E_POLICY_PARSE') {
        this.file = file;
        this.source = source;
        this.base = base;
        this.code = code;
    }
    ref(path, key = false) {
        if (!this.source)
            return undefined;
        // The whole file: 1:1 (01 §2.1 shows whole-file warnings there), not the first key's line.
        if (path.length === 0 && this.base.length === 0)
            return { file: this.file, line: 1, col: 1 };
        const full = [...this.base, ...path];
        const p = key ? this.source.keyPosOf(full) : this.source.posOf(full);
        return { file: this.file, line: p.line, col: p.col };
    }
    error(path, message, opts = {}) {
        this.push('error', this.code, path, message, opts);
    }
    warn(code, path, message, opts = {}) {
        this.push('warning', code, path, message, opts);
    }
    get errorCount() {
        return this.diagnostics.filter((d) => d.severity === 'error').length;
    }
    push(severity, code, path, message, opts) {
        const r = this.ref(path, opts.key ?? false);
        const d = { code, severity, message, source: 'policy', file: this.file };
        if (r) {
            d.line = r.line;
            d.col = r.col;
        }
        d.context = { key_path: renderPath(path), ...(opts.context ?? {}) };
        this.diagnostics.push(d);
    }
}
/** `tools.allow[0]`, `constraints[1].params.path.matches`, `schemas.read_file`. */
function renderPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else
            s += s === '' ? seg : `.${seg}`;
    }
    return s;
}
function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}
/** Sort diagnostics by (line, col) keeping insertion order for ties; whole-file ones first. */
function sortByPosition(ds) {
    return ds
        .map((d, i) => ({ d, i }))
        .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.col ?? 0) - (b.d.col ?? 0) || a.i - b.i)
        .map((x) => x.d);
}


/***/ }),

/***/ 49863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ SchemaCompiler),
/* harmony export */   Wq: () => (/* binding */ runValidator),
/* harmony export */   _U: () => (/* binding */ checkSchema)
/* harmony export */ });
/* unused harmony exports draftOf, toViolation */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(42463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(52210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(42670);
// JSON Schema dialect of policies (01 §2.6): draft 2020-12 by default, `$schema` may select
// draft-07 or 2019-09; `pattern`/`patternProperties` run on the RE2 engine; external `$ref` is
// refused; `format` is an annotation. Compiled once, at load.





const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'http://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
    'https://json-schema.org/draft-07/schema': 'draft-07',
};
/** The draft a schema declares; undefined $schema → 2020-12; anything else → an error reason. */
function draftOf(schema) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(schema) || schema.$schema === undefined)
        return { draft: '2020-12' };
    const s = schema.$schema;
    if (typeof s !== 'string')
        return { error: '$schema must be a string' };
    const d = DRAFTS[s.replace(/#$/, '')];
    if (!d)
        return { error: `unsupported $schema "${s}" (supported: draft 2020-12, 2019-09, draft-07)` };
    return { draft: d };
}
const re2Engine = Object.assign((pattern) => {
    const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(pattern);
    if (!c.ok)
        throw new Error(`invalid regex "${pattern}": ${c.reason}`);
    return c.re;
}, { code: 'assayRe2' });
// One ajv instance per draft for the whole process: building one costs tens of milliseconds (its
// meta-schema), compiling a tool schema on a warm one well under one. Compiled schemas are removed
// from the instance cache right away (the validate function keeps working), and `addUsedSchema:
// false` keeps `$id`s of different policies from colliding.
const instances = new Map();
function instance(d) {
    let a = instances.get(d);
    if (!a) {
        const opts = {
            allErrors: true,
            strict: false,
            validateFormats: false,
            addUsedSchema: false,
            logger: false,
            code: { regExp: re2Engine },
        };
        a = (d === '2020-12' ? new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__.Ajv2020(opts) : d === '2019-09' ? new ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2019(opts) : new ajv__WEBPACK_IMPORTED_MODULE_4__.Ajv(opts));
        instances.set(d, a);
    }
    return a;
}
class SchemaCompiler {
    /** Compile a schema that already passed checkSchema; a failure's reason is ajv's message. */
    compile(schema) {
        const d = draftOf(schema);
        if ('error' in d)
            return { ok: false, reason: d.error };
        // The instance already fixes the draft; drop $schema so its meta-schema lookup cannot differ.
        const body = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(schema) && schema.$schema !== undefined ? withoutKey(schema, '$schema') : schema;
        const ajv = instance(d.draft);
        try {
            return { ok: true, validate: ajv.compile(body) };
        }
        catch (e) {
            return { ok: false, reason: e.message };
        }
        finally {
            try {
                if (typeof body === 'object' && body !== null)
                    ajv.removeSchema(body);
            }
            catch {
                /* nothing cached */
            }
        }
    }
}
function withoutKey(o, key) {
    const out = {};
    for (const k of Object.keys(o))
        if (k !== key)
            out[k] = o[k];
    return out;
}
function escapePointer(s) {
    return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}
/** ajv error → `{path, constraint, message}`; the path names the offending property itself. */
function toViolation(e) {
    const p = e.params;
    let path = e.instancePath;
    if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && p.missingProperty !== undefined) {
        path += `/${escapePointer(p.missingProperty)}`;
    }
    else if (e.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
        path += `/${escapePointer(p.additionalProperty)}`;
    }
    else if (e.keyword === 'unevaluatedProperties' && p.unevaluatedProperty !== undefined) {
        path += `/${escapePointer(p.unevaluatedProperty)}`;
    }
    else if (e.keyword === 'propertyNames' && p.propertyName !== undefined) {
        path += `/${escapePointer(p.propertyName)}`;
    }
    return { path, constraint: e.keyword, message: e.message ?? `must satisfy ${e.keyword}` };
}
function runValidator(v, args) {
    if (v(args))
        return [];
    return (v.errors ?? []).map(toViolation);
}
// ---------- static checks with positions (before ajv sees the schema) ----------
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = [
    'additionalProperties',
    'additionalItems',
    'unevaluatedProperties',
    'unevaluatedItems',
    'contains',
    'propertyNames',
    'not',
    'if',
    'then',
    'else',
    'contentSchema',
];
const REF_KEYS = ['$ref', '$dynamicRef', '$recursiveRef'];
/**
 * Every RE2-incompatible `pattern`/`patternProperties` and every external `$ref` of a schema,
 * with the path of the offending value, so each is reported at its own line.
 */
function checkSchema(schema) {
    const issues = [];
    const seen = new Set();
    const walk = (node, path) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(node) || seen.has(node))
            return;
        seen.add(node);
        for (const k of REF_KEYS) {
            const r = node[k];
            if (typeof r === 'string' && !r.startsWith('#')) {
                issues.push({ path: [...path, k], key: false, kind: 'ref', message: `external $ref is disabled ("${r}")` });
            }
        }
        if (typeof node.pattern === 'string') {
            const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(node.pattern);
            if (!c.ok)
                issues.push({ path: [...path, 'pattern'], key: false, kind: 'regex', message: c.reason });
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(node.patternProperties)) {
            for (const key of Object.keys(node.patternProperties)) {
                const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(key);
                if (!c.ok)
                    issues.push({ path: [...path, 'patternProperties', key], key: true, kind: 'regex', message: c.reason });
            }
        }
        for (const k of SCHEMA_MAPS) {
            const m = node[k];
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(m))
                for (const [name, sub] of Object.entries(m))
                    walk(sub, [...path, k, name]);
        }
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(node.dependencies)) {
            for (const [name, sub] of Object.entries(node.dependencies))
                walk(sub, [...path, 'dependencies', name]);
        }
        for (const k of SCHEMA_LISTS) {
            const l = node[k];
            if (Array.isArray(l))
                l.forEach((sub, i) => walk(sub, [...path, k, i]));
        }
        if (Array.isArray(node.items))
            node.items.forEach((sub, i) => walk(sub, [...path, 'items', i]));
        else
            walk(node.items, [...path, 'items']);
        for (const k of SCHEMA_ONE)
            walk(node[k], [...path, k]);
    };
    walk(schema, []);
    return issues;
}


/***/ }),

/***/ 18085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony exports matchToolPattern, hasLiteralStar */
// The tool-name pattern language (01 §2.4), the same everywhere: allow/deny, obligation lists,
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

/***/ 665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ compileRegex)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./src/core/regex/fast-path.ts
// Safe fast path: translate an RE2 pattern into a V8 RegExp source ONLY when (a) every construct
// has been rewritten into explicit code-point sets whose meaning is the same in both engines and
// (b) V8's backtracker provably does at most linear work on any input. Anything else returns
// null and the caller keeps re2js. The pattern has already been accepted by re2js.
//
// Semantics kept identical by construction: the V8 regex runs with the `u` flag only (no i/m/s),
// so it works on code points; `.`, `\d \w \s`, POSIX classes and (?i) folding are expanded here
// into explicit ranges with RE2's ASCII definitions; `^`/`$` without (?m) are text anchors in both.
// Greedy vs lazy does not change whether a match exists, so (?U) and `*?` are accepted.
//
// Linear-time argument (test() only asks whether some match exists):
//  A. No unbounded repetition and at most MAX_WAYS backtracking paths per start position:
//     work ≤ n · MAX_WAYS · |pattern|.
//  B. Anchored at the start by `^` (so only position 0 can get past the first item) and exactly
//     one unbounded repetition, over a single-character set, at the top level; every other item
//     contributes ≤ MAX_WAYS paths: work ≤ MAX_WAYS · (n + 1) · |pattern|.
//  Before the check, an unanchored pattern's leading `X{m,}` and trailing `X{m,}` (X one character)
//  are reduced to `X{m}`: for "is there a match somewhere" the two are equivalent.
const MAX_CP = 0x10ffff;
const MAX_WAYS = 64;
const MAX_PATTERN_LENGTH = 512;
class Unsupported extends Error {
}
// ---------- code-point sets ----------
function norm(pairs) {
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const out = [];
    for (const [lo, hi] of pairs) {
        const n = out.length;
        if (n > 0 && lo <= out[n - 1] + 1) {
            if (hi > out[n - 1])
                out[n - 1] = hi;
        }
        else
            out.push(lo, hi);
    }
    return out;
}
function toPairs(r) {
    const out = [];
    for (let i = 0; i < r.length; i += 2)
        out.push([r[i], r[i + 1]]);
    return out;
}
function union(...sets) {
    return norm(sets.flatMap(toPairs));
}
function complement(r) {
    const out = [];
    let next = 0;
    for (let i = 0; i < r.length; i += 2) {
        if (r[i] > next)
            out.push(next, r[i] - 1);
        next = r[i + 1] + 1;
    }
    if (next <= MAX_CP)
        out.push(next, MAX_CP);
    return out;
}
const single = (cp) => [cp, cp];
const D = [0x30, 0x39];
const S = [0x09, 0x0a, 0x0c, 0x0d, 0x20, 0x20]; // RE2 \s = [\t\n\f\r ]
const W = [0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a];
const POSIX = {
    alnum: [0x30, 0x39, 0x41, 0x5a, 0x61, 0x7a],
    alpha: [0x41, 0x5a, 0x61, 0x7a],
    ascii: [0x00, 0x7f],
    blank: [0x09, 0x09, 0x20, 0x20],
    cntrl: [0x00, 0x1f, 0x7f, 0x7f],
    digit: D,
    graph: [0x21, 0x7e],
    lower: [0x61, 0x7a],
    print: [0x20, 0x7e],
    punct: [0x21, 0x2f, 0x3a, 0x40, 0x5b, 0x60, 0x7b, 0x7e],
    space: [0x09, 0x0d, 0x20, 0x20],
    upper: [0x41, 0x5a],
    word: W,
    xdigit: [0x30, 0x39, 0x41, 0x46, 0x61, 0x66],
};
/**
 * Case-fold closure (RE2 simple folding) of an ASCII-only set. The only non-ASCII code points in
 * the fold orbits of ASCII letters are U+212A KELVIN SIGN (k) and U+017F LONG S (s). A set with a
 * non-ASCII member is refused: folding it would need Unicode tables.
 */
function foldAscii(r) {
    const pairs = toPairs(r);
    const extra = [];
    const has = (cp) => pairs.some(([lo, hi]) => lo <= cp && cp <= hi);
    for (const [lo, hi] of pairs) {
        if (hi > 0x7f)
            throw new Unsupported('non-ASCII under (?i)');
        const ulo = Math.max(lo, 0x41);
        const uhi = Math.min(hi, 0x5a);
        if (ulo <= uhi)
            extra.push([ulo + 32, uhi + 32]);
        const llo = Math.max(lo, 0x61);
        const lhi = Math.min(hi, 0x7a);
        if (llo <= lhi)
            extra.push([llo - 32, lhi - 32]);
    }
    if (has(0x6b) || has(0x4b))
        extra.push([0x212a, 0x212a]);
    if (has(0x73) || has(0x53))
        extra.push([0x17f, 0x17f]);
    return norm([...pairs, ...extra]);
}
// ---------- parser (the RE2 subset the fast path understands) ----------
class Parser {
    cps;
    pos = 0;
    fold = false;
    dotAll = false;
    constructor(pattern) {
        this.cps = Array.from(pattern, (c) => c.codePointAt(0));
    }
    parse() {
        // Flag groups are understood only at the very start (e.g. the `(?is)` prefix of `flags`).
        while (this.peekStr('(?') && this.leadingFlags()) {
            /* consumed */
        }
        const n = this.alt();
        if (this.pos < this.cps.length)
            throw new Unsupported('trailing input');
        return n;
    }
    peek(o = 0) {
        return this.cps[this.pos + o];
    }
    peekStr(s) {
        for (let i = 0; i < s.length; i++)
            if (this.cps[this.pos + i] !== s.charCodeAt(i))
                return false;
        return true;
    }
    leadingFlags() {
        let i = this.pos + 2;
        const letters = [];
        while (i < this.cps.length && /[A-Za-z-]/.test(String.fromCodePoint(this.cps[i]))) {
            letters.push(this.cps[i]);
            i++;
        }
        // Not `(?letters)`: a group such as `(?:…)` or `(?P<n>…)`, parsed by atom().
        if (this.cps[i] !== 0x29 /* ) */ || letters.length === 0)
            return false;
        for (const l of letters) {
            const c = String.fromCodePoint(l);
            if (c === 'i')
                this.fold = true;
            else if (c === 's')
                this.dotAll = true;
            else if (c === 'U')
                continue; // greediness does not change test()
            else
                throw new Unsupported(`flag ${c}`);
        }
        this.pos = i + 1;
        return true;
    }
    alt() {
        const alts = [this.cat()];
        while (this.peek() === 0x7c /* | */) {
            this.pos++;
            alts.push(this.cat());
        }
        return alts.length === 1 ? alts[0] : { t: 'alt', alts };
    }
    cat() {
        const items = [];
        for (;;) {
            const c = this.peek();
            if (c === undefined || c === 0x7c || c === 0x29)
                break;
            let atom = this.atom();
            let quantified = false;
            for (;;) {
                const q = this.quantifier();
                if (!q)
                    break;
                if (quantified)
                    throw new Unsupported('stacked quantifiers');
                if (atom.t === 'bol' || atom.t === 'eol' || atom.t === 'wb')
                    throw new Unsupported('quantified assertion');
                atom = { t: 'rep', node: atom, min: q.min, max: q.max };
                quantified = true;
                if (this.peek() === 0x3f /* ? lazy */)
                    this.pos++;
            }
            items.push(atom);
        }
        return items.length === 1 ? items[0] : { t: 'cat', items };
    }
    quantifier() {
        const c = this.peek();
        if (c === 0x2a)
            return this.take(1, { min: 0, max: -1 });
        if (c === 0x2b)
            return this.take(1, { min: 1, max: -1 });
        if (c === 0x3f)
            return this.take(1, { min: 0, max: 1 });
        if (c !== 0x7b)
            return null;
        // {n} {n,} {n,m}; anything else is a literal `{` in RE2, which we leave to re2js.
        let i = this.pos + 1;
        const num = () => {
            const start = i;
            while (i < this.cps.length && this.cps[i] >= 0x30 && this.cps[i] <= 0x39)
                i++;
            if (i === start || i - start > 4)
                return null;
            return Number(String.fromCodePoint(...this.cps.slice(start, i)));
        };
        const min = num();
        if (min === null)
            throw new Unsupported('literal {');
        let max = min;
        if (this.cps[i] === 0x2c) {
            i++;
            if (this.cps[i] === 0x7d)
                max = -1;
            else {
                const m = num();
                if (m === null)
                    throw new Unsupported('literal {');
                max = m;
            }
        }
        if (this.cps[i] !== 0x7d)
            throw new Unsupported('literal {');
        this.pos = i + 1;
        return { min, max };
    }
    take(n, v) {
        this.pos += n;
        return v;
    }
    lit(cp) {
        return { t: 'set', r: this.fold ? foldAscii(single(cp)) : single(cp) };
    }
    atom() {
        const c = this.peek();
        switch (c) {
            case 0x28: // (
                return this.group();
            case 0x2e: // .
                this.pos++;
                return { t: 'set', r: this.dotAll ? [0, MAX_CP] : [0, 0x09, 0x0b, MAX_CP] };
            case 0x5e: // ^
                this.pos++;
                return { t: 'bol' };
            case 0x24: // $
                this.pos++;
                return { t: 'eol' };
            case 0x5b: // [
                return { t: 'set', r: this.charClass() };
            case 0x5c: // backslash
                return this.escapeOutside();
            case 0x2a:
            case 0x2b:
            case 0x3f:
            case 0x7b:
                throw new Unsupported('bare quantifier character');
            default:
                this.pos++;
                return this.lit(c);
        }
    }
    group() {
        this.pos++; // (
        if (this.peek() === 0x3f /* ? */) {
            if (this.peekStr('?:'))
                this.pos += 2;
            else if (this.peekStr('?P<') || this.peekStr('?<')) {
                while (this.pos < this.cps.length && this.peek() !== 0x3e /* > */)
                    this.pos++;
                this.pos++;
            }
            else
                throw new Unsupported('group flags');
        }
        const inner = this.alt();
        if (this.peek() !== 0x29)
            throw new Unsupported('unclosed group');
        this.pos++;
        return inner;
    }
    escapeOutside() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const ch = String.fromCodePoint(e);
        if (ch === 'b' || ch === 'B') {
            this.pos += 2;
            return { t: 'wb', neg: ch === 'B' };
        }
        if (ch === 'A') {
            this.pos += 2;
            return { t: 'bol' };
        }
        if (ch === 'z') {
            this.pos += 2;
            return { t: 'eol' };
        }
        const perl = this.perlClass();
        if (perl)
            return { t: 'set', r: perl };
        return this.lit(this.escapedChar());
    }
    /** `\d \D \s \S \w \W` at the cursor (folded as RE2 does under (?i)), else null. */
    perlClass() {
        if (this.peek() !== 0x5c)
            return null;
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            return null;
        const ch = String.fromCodePoint(e);
        const base = ch === 'd' || ch === 'D' ? D : ch === 's' || ch === 'S' ? S : ch === 'w' || ch === 'W' ? W : null;
        if (!base)
            return null;
        this.pos += 2;
        return this.group2set(base, ch === ch.toUpperCase());
    }
    group2set(base, negated) {
        const pos = this.fold ? foldAscii(base) : base;
        return negated ? complement(pos) : pos;
    }
    /** A single escaped character (`\n`, `\x{41}`, `\.`); other escapes are left to re2js. */
    escapedChar() {
        const e = this.cps[this.pos + 1];
        if (e === undefined)
            throw new Unsupported('trailing backslash');
        const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
        const ch = String.fromCodePoint(e);
        if (simple[ch] !== undefined) {
            this.pos += 2;
            return simple[ch];
        }
        if (ch === 'x') {
            let i = this.pos + 2;
            let hex = '';
            if (this.cps[i] === 0x7b) {
                i++;
                while (i < this.cps.length && this.cps[i] !== 0x7d)
                    hex += String.fromCodePoint(this.cps[i++]);
                i++;
            }
            else {
                hex = String.fromCodePoint(...this.cps.slice(i, i + 2));
                i += 2;
            }
            if (!/^[0-9a-fA-F]{1,8}$/.test(hex))
                throw new Unsupported('bad hex');
            const cp = parseInt(hex, 16);
            if (cp > MAX_CP)
                throw new Unsupported('bad hex');
            this.pos = i;
            return cp;
        }
        // RE2: any ASCII punctuation may be escaped to stand for itself.
        if (e < 0x80 && !/[0-9A-Za-z]/.test(ch)) {
            this.pos += 2;
            return e;
        }
        throw new Unsupported(`escape \\${ch}`);
    }
    charClass() {
        this.pos++; // [
        let negated = false;
        if (this.peek() === 0x5e) {
            negated = true;
            this.pos++;
        }
        const parts = [];
        let first = true;
        for (;;) {
            const c = this.peek();
            if (c === undefined)
                throw new Unsupported('unclosed class');
            if (c === 0x5d /* ] */ && !first)
                break;
            first = false;
            if (this.peekStr('[:')) {
                parts.push(this.posixClass());
                continue;
            }
            const perl = this.perlClass();
            if (perl) {
                parts.push(perl);
                continue;
            }
            const lo = this.classChar();
            let hi = lo;
            if (this.peek() === 0x2d /* - */ && this.peek(1) !== undefined && this.peek(1) !== 0x5d) {
                this.pos++;
                hi = this.classChar();
                if (hi < lo)
                    throw new Unsupported('bad range');
            }
            parts.push(this.fold ? foldAscii([lo, hi]) : [lo, hi]);
        }
        this.pos++; // ]
        const set = union(...parts);
        return negated ? complement(set) : set;
    }
    classChar() {
        const c = this.peek();
        if (c === undefined)
            throw new Unsupported('unclosed class');
        if (c === 0x5c) {
            const e = this.cps[this.pos + 1];
            if (e !== undefined && /[dDsSwWpPbBAzQE]/.test(String.fromCodePoint(e)))
                throw new Unsupported('class escape');
            return this.escapedChar();
        }
        this.pos++;
        return c;
    }
    posixClass() {
        let i = this.pos + 2;
        let name = '';
        while (i < this.cps.length && this.cps[i] !== 0x3a)
            name += String.fromCodePoint(this.cps[i++]);
        if (this.cps[i + 1] !== 0x5d)
            throw new Unsupported('not a POSIX class');
        const neg = name.startsWith('^');
        const base = POSIX[neg ? name.slice(1) : name];
        if (!base)
            throw new Unsupported('unknown POSIX class');
        this.pos = i + 2;
        return this.group2set(base, neg);
    }
}
// ---------- safety analysis ----------
const isChar = (n) => n.t === 'set';
function ways(n) {
    switch (n.t) {
        case 'set':
        case 'bol':
        case 'eol':
        case 'wb':
            return 1;
        case 'cat':
            return n.items.reduce((acc, it) => Math.min(acc * ways(it), 1e9), 1);
        case 'alt':
            return n.alts.reduce((acc, it) => Math.min(acc + ways(it), 1e9), 0);
        case 'rep': {
            if (n.max < 0)
                return Infinity;
            const w = ways(n.node);
            if (w === Infinity)
                return Infinity;
            let total = 0;
            for (let k = n.min; k <= n.max; k++) {
                total += Math.pow(w, k);
                if (total > 1e9)
                    return 1e9;
            }
            return total;
        }
    }
}
function topItems(root) {
    return root.t === 'cat' ? [...root.items] : [root];
}
const isUnboundedChar = (n) => n !== undefined && n.t === 'rep' && n.max < 0 && isChar(n.node);
function fixed(n) {
    return n.min === 0 ? [] : [{ t: 'rep', node: n.node, min: n.min, max: n.min }];
}
/** The items that remain after the leading/trailing reductions, or null when not provably linear. */
function safeItems(root) {
    let items = topItems(root);
    const anchoredStart = items[0]?.t === 'bol';
    if (!anchoredStart) {
        while (isUnboundedChar(items[0]))
            items = [...fixed(items[0]), ...items.slice(1)];
    }
    while (isUnboundedChar(items[items.length - 1])) {
        const last = items[items.length - 1];
        items = [...items.slice(0, -1), ...fixed(last)];
    }
    let unbounded = 0;
    let rest = 1;
    for (const it of items) {
        if (isUnboundedChar(it)) {
            unbounded++;
            continue;
        }
        const w = ways(it);
        if (w === Infinity)
            return null;
        rest = Math.min(rest * w, 1e9);
    }
    if (rest > MAX_WAYS)
        return null;
    if (unbounded === 0)
        return items;
    if (unbounded === 1 && anchoredStart)
        return items;
    return null;
}
// ---------- emission (V8 syntax with the `u` flag) ----------
function esc(cp) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) {
        return String.fromCharCode(cp);
    }
    return `\\u{${cp.toString(16)}}`;
}
function emit(n) {
    switch (n.t) {
        case 'set': {
            if (n.r.length === 2 && n.r[0] === n.r[1])
                return esc(n.r[0]);
            let s = '[';
            for (let i = 0; i < n.r.length; i += 2) {
                const lo = n.r[i];
                const hi = n.r[i + 1];
                s += lo === hi ? esc(lo) : `${esc(lo)}-${esc(hi)}`;
            }
            return s + ']';
        }
        case 'bol':
            return '^';
        case 'eol':
            return '$';
        case 'wb':
            return n.neg ? '\\B' : '\\b';
        case 'cat':
            return n.items.map(emit).join('');
        case 'alt':
            return `(?:${n.alts.map(emit).join('|')})`;
        case 'rep': {
            const inner = n.node.t === 'set' ? emit(n.node) : `(?:${emit(n.node)})`;
            const q = n.min === 0 && n.max < 0
                ? '*'
                : n.min === 1 && n.max < 0
                    ? '+'
                    : n.min === 0 && n.max === 1
                        ? '?'
                        : n.max < 0
                            ? `{${n.min},}`
                            : n.min === n.max
                                ? `{${n.min}}`
                                : `{${n.min},${n.max}}`;
            return inner + q;
        }
    }
}
/**
 * V8 source (to compile with flag `u`) equivalent to the RE2 `pattern` for test(), or null when
 * the pattern is outside the subset or its V8 backtracking is not provably linear.
 */
function translateToV8(pattern) {
    if (pattern.length > MAX_PATTERN_LENGTH)
        return null;
    let root;
    try {
        root = new Parser(pattern).parse();
    }
    catch (e) {
        if (e instanceof Unsupported)
            return null;
        throw e;
    }
    const items = safeItems(root);
    if (items === null)
        return null;
    return items.map(emit).join('');
}

;// CONCATENATED MODULE: ./src/core/regex/re2.ts
// The only module that compiles user regexes (policies and eval configs; 01 §2.5, D6).
// RE2 syntax in, a linear-time matcher out. re2js (a pure-JS RE2 port) is the syntax authority
// and the default matcher; a pattern that provably cannot backtrack super-linearly is translated
// to an equivalent V8 RegExp (fast-path.ts), which is ~25x faster per match.


const FLAG_LETTERS = new Set(['i', 'm', 's', 'U']);
const CACHE_LIMIT = 4096;
const cache = new Map();
/**
 * Compile an RE2 pattern. `flags` (e.g. "is") prefixes the pattern with `(?is)`.
 * Never throws: an unsupported or invalid pattern yields `{ok: false, reason}` where reason is
 * e.g. "look-around is not supported".
 */
function compileRegex(pattern, flags) {
    if (typeof pattern !== 'string')
        return { ok: false, reason: 'pattern must be a string' };
    let prefix = '';
    if (flags !== undefined && flags !== '') {
        for (const f of flags) {
            if (!FLAG_LETTERS.has(f))
                return { ok: false, reason: `unknown flag "${f}" (allowed: i, m, s, U)` };
        }
        prefix = `(?${[...new Set(flags)].join('')})`;
    }
    const source = prefix + pattern;
    const hit = cache.get(source);
    if (hit)
        return hit;
    const result = compileUncached(source);
    if (cache.size >= CACHE_LIMIT)
        cache.clear();
    cache.set(source, result);
    return result;
}
function compileUncached(source) {
    let re2;
    try {
        re2 = build/* RE2JS */.L3.compile(source);
    }
    catch (e) {
        return { ok: false, reason: explainSyntaxError(e, source) };
    }
    const v8 = translateToV8(source);
    if (v8 !== null) {
        let native;
        try {
            native = new RegExp(v8, 'u');
        }
        catch {
            native = undefined; // a translation V8 refuses is simply not used
        }
        if (native) {
            const rx = native;
            return {
                ok: true,
                re: { test: (s) => rx.test(s), source, engine: 'v8', toString: () => `re2:${source}` },
            };
        }
    }
    return {
        ok: true,
        re: { test: (s) => re2.test(s), source, engine: 're2js', toString: () => `re2:${source}` },
    };
}
/** Turn a re2js syntax exception into a short reason naming what RE2 refuses. */
function explainSyntaxError(e, source) {
    const err = e;
    const kind = typeof err.error === 'string' ? err.error : '';
    const input = typeof err.input === 'string' ? err.input : '';
    if (/^\(\?<?[=!]/.test(input) && (kind.includes('Perl syntax') || kind.includes('named capture'))) {
        return 'look-around is not supported';
    }
    if (kind === 'invalid escape sequence' && /^\\([1-9]|k|g)/.test(input)) {
        return 'back-references are not supported';
    }
    if (kind.includes('Perl syntax') && /\(\?P[=>]/.test(source))
        return 'back-references are not supported';
    if (kind === 'invalid nested repetition operator' && input.endsWith('+')) {
        return 'possessive quantifiers are not supported';
    }
    if (kind !== '')
        return input !== '' ? `${kind}: \`${input}\`` : kind;
    const msg = typeof err.message === 'string' ? err.message : String(e);
    return msg.replace(/^error parsing regexp: /, '');
}


/***/ }),

/***/ 61103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   IR: () => (/* binding */ escapeXmlText),
/* harmony export */   O6: () => (/* binding */ boundText),
/* harmony export */   Oh: () => (/* binding */ safeDeep),
/* harmony export */   W6: () => (/* binding */ escapeXmlAttr),
/* harmony export */   uH: () => (/* binding */ redactPrompt),
/* harmony export */   vn: () => (/* binding */ safeBounded)
/* harmony export */ });
/* unused harmony exports REPLACEMENT_CHAR, DEFAULT_BOUND, TRUNCATION_MARK, SECRET_RULE_NAMES, redactSecrets, xmlLegalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Render safety (02 §0): untrusted text (prompts, responses, tool args/results, messages, paths from traces)
// passes through here before any sink. Order: control characters → U+FFFD, secrets → `<redacted:RULE>`,
// optional bound (SARIF, JUnit, console), then the sink's own encoding (XML, Markdown, JSON).
// Codes, ids, digests, seeds and next_step are never passed through here.
//
// Everything is linear in the input length: the control scanner is a single forward pass, and every
// redaction regex is built so that each start position does bounded work or ends in a match that
// consumes what it scanned (see the notes on SECRET_RULES).

const REPLACEMENT_CHAR = '\uFFFD';
const DEFAULT_BOUND = 256;
const TRUNCATION_MARK = '(truncated)';
const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;
function isBidiControl(c) {
    return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
/** C0 (except tab, LF, CR), DEL and C1. */
function isControl(c) {
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}
/**
 * Index just past a control-string payload (OSC, DCS, SOS, PM, APC) starting at `i`: it ends at BEL, ESC \
 * or C1 ST (consumed) or before any other control character or the end of the text.
 */
function skipControlString(s, i) {
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c === BEL || c === C1_ST)
            return i + 1;
        if (c === ESC)
            return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
        if (isControl(c) || c === 0x0a || c === 0x0d || c === 0x09)
            return i;
        i++;
    }
    return n;
}
/** Index just past a CSI sequence body (parameters, intermediates, one final byte when present). */
function skipCsi(s, i) {
    const n = s.length;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f)
        i++;
    while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
        i++;
    if (i < n && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e)
        i++;
    return i;
}
/**
 * Replace terminal escape sequences (each whole sequence becomes one U+FFFD, so no `[31m` residue), other
 * C0/C1 controls, DEL, bidi controls and lone surrogates by U+FFFD. Tab, CR and LF are kept.
 */
function stripControls(s) {
    const n = s.length;
    // Fast path: most text has nothing to replace.
    let i = 0;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isControl(c) || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff))
            break;
    }
    if (i === n)
        return s;
    let out = s.slice(0, i);
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i += 2;
            }
            else {
                out += REPLACEMENT_CHAR;
                i++;
            }
            continue;
        }
        if (c >= 0xdc00 && c <= 0xdfff) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        if (c === ESC) {
            const next = s.charCodeAt(i + 1);
            if (next === 0x5b)
                i = skipCsi(s, i + 2); // ESC [
            else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
                i = skipControlString(s, i + 2); // ESC ] / P / X / ^ / _
            }
            else {
                // nF / Fp / Fe / Fs: intermediates then one final byte.
                i++;
                while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
                    i++;
                if (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e)
                    i++;
            }
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9b) {
            i = skipCsi(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
            i = skipControlString(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (isControl(c) || isBidiControl(c)) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        // Copy the run of ordinary characters in one slice.
        let j = i + 1;
        while (j < n) {
            const d = s.charCodeAt(j);
            if (isControl(d) || isBidiControl(d) || (d >= 0xd800 && d <= 0xdfff))
                break;
            j++;
        }
        out += s.slice(i, j);
        i = j;
    }
    return out;
}
// Linear-time notes. V8 tries every start position, so each pattern either
//  - starts with a literal and then has only bounded quantifiers (bounded work per start), or
//  - ends in an unbounded greedy run with nothing after it (a start that reaches it matches and the
//    global replace continues after the consumed text), or
//  - begins with a negative lookbehind of its own run class, so a run of that class is entered from its
//    first character only and is scanned (plus backtracked) O(1) times in total.
// Specific token formats come first; the generic rules (assignment, email, slack id) last, and their value
// classes exclude `<` so an earlier `<redacted:…>` marker is never re-labelled.
const SECRET_RULES = [
    {
        rule: 'private-key-pem',
        // Header, then lazily to the END line or the end of the text (a cut-off key is still a secret). The
        // match always succeeds once the header matched, so the body is consumed, never rescanned.
        re: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY-----|$)/g,
        keep: 0,
        hint: /PRIVATE KEY-----/,
    },
    {
        rule: 'jwt',
        re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
        keep: 0,
        hint: /eyJ/,
    },
    {
        rule: 'github-token',
        re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g,
        keep: 0,
        hint: /gh[pousr]_|github_pat_/,
    },
    {
        rule: 'aws-access-key-id',
        re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
        keep: 0,
        hint: /AKIA|ASIA|ABIA|ACCA|A3T/,
    },
    {
        rule: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
        keep: 0,
        hint: /sk-/,
    },
    {
        rule: 'slack-token',
        re: /(?<![A-Za-z0-9_-])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,})/g,
        keep: 0,
        hint: /xox|xapp-/,
    },
    {
        rule: 'google-api-key',
        re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g,
        keep: 0,
        hint: /AIza/,
    },
    {
        rule: 'stripe-key',
        re: /(?<![A-Za-z0-9_])[spr]k_(?:live|test)_[0-9A-Za-z]{10,}/g,
        keep: 0,
        hint: /k_(?:live|test)_/,
    },
    {
        rule: 'bearer-token',
        re: /(?<![A-Za-z0-9_])(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
        keep: 1,
        hint: /bearer/i,
    },
    {
        rule: 'sensitive-query-param',
        re: /([?&](?:access_token|refresh_token|id_token|auth_token|token|api[_-]?key|apikey|key|password|passwd|pwd|secret|client_secret|sig|signature|auth|session|sessionid|sid)=)[^&#\s"'<>]+/gi,
        keep: 1,
        hint: /[?&]/,
    },
    {
        rule: 'credential-assignment',
        // `password = x`, `"api_key": "x"`, `DB_PASSWORD=x`: optional ≤ 30-char prefix ending in `_`/`-`, a
        // credential word, optional closing quote, `:` or `=`, optional opening quote, then a value of ≥ 4.
        re: /((?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]{0,30}[_-])?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth|credentials?)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\s"'&,;<>]{4,}/gi,
        keep: 1,
        hint: /pass|pwd|secret|token|key|auth|credential/i,
    },
    {
        rule: 'email',
        re: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
        keep: 0,
        hint: /@/,
    },
    {
        rule: 'slack-user-id',
        // U/W + digit + 6–10 upper-case alphanumerics; the digit keeps ordinary capitalised words out.
        re: /(?<![A-Za-z0-9])[UW][0-9][A-Z0-9]{6,10}(?![A-Za-z0-9])/g,
        keep: 0,
    },
];
const SECRET_RULE_NAMES = SECRET_RULES.map((r) => r.rule);
/** Replace every secret by `<redacted:RULE>` (02 §0). Linear in the length of `s`. */
function redactSecrets(s) {
    for (const p of SECRET_RULES) {
        if (p.hint && !p.hint.test(s))
            continue;
        p.re.lastIndex = 0;
        s = s.replace(p.re, (...args) => {
            const kept = p.keep > 0 ? (args[p.keep] ?? '') : '';
            return `${kept}<redacted:${p.rule}>`;
        });
    }
    return s;
}
/**
 * Cut to at most `max` code points plus `(truncated)`; never splits a surrogate pair.
 * Text of at most `max` code points is returned unchanged.
 */
function boundText(s, max = DEFAULT_BOUND) {
    if (s.length <= max)
        return s;
    let i = 0;
    let count = 0;
    while (i < s.length && count < max) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
        count++;
    }
    return i >= s.length ? s : s.slice(0, i) + TRUNCATION_MARK;
}
/** Controls → U+FFFD, secrets redacted, optionally bounded. The input of every sink encoder. */
function safeText(s, opts = {}) {
    const out = redactSecrets(stripControls(s));
    return opts.bound === undefined || opts.bound === false ? out : boundText(out, opts.bound);
}
/** Bounded form for SARIF, JUnit and the console. */
function safeBounded(s) {
    return safeText(s, { bound: DEFAULT_BOUND });
}
/** `--redact-prompts` (02 §0): `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
function redactPrompt(prompt) {
    return `<redacted:prompt sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(prompt, 'utf8').digest('hex').slice(0, 12)}>`;
}
/** Recursively apply safeText (unbounded) to every string value of a JSON-like value; keys untouched. */
function safeDeep(value) {
    if (typeof value === 'string')
        return safeText(value);
    if (Array.isArray(value))
        return value.map(safeDeep);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = safeDeep(v);
        return out;
    }
    return value;
}
// ---- Sink encoders ---------------------------------------------------------------------------------
/** Characters not allowed in XML 1.0 (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) → U+FFFD. */
function xmlLegalize(s) {
    let out = '';
    let last = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let bad = false;
        if (c < 0x20)
            bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
        else if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            bad = true;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            bad = true;
        else
            bad = c === 0xfffe || c === 0xffff;
        if (bad) {
            out += s.slice(last, i) + REPLACEMENT_CHAR;
            last = i + 1;
        }
    }
    return last === 0 ? s : out + s.slice(last);
}
const XML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** XML element text: `& < > " '` escaped, illegal characters → U+FFFD. */
function escapeXmlText(s) {
    return xmlLegalize(s).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
}
/** XML attribute value: as text, plus tab/LF/CR as character references (attribute normalisation). */
function escapeXmlAttr(s) {
    return xmlLegalize(s).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch]);
}
/**
 * Inline Markdown (GitHub): ASCII punctuation that Markdown gives meaning to is backslash-escaped, `<`, `>`,
 * `&` become entities (GitHub renders HTML), `@` becomes `&#64;` (no mention pings), line breaks become spaces.
 */
function escapeMarkdown(s) {
    return s.replace(/[\\`*_{}[\]()#+\-.!|~<>&@\r\n]/g, (ch) => {
        switch (ch) {
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '&':
                return '&amp;';
            case '@':
                return '&#64;';
            case '\r':
            case '\n':
                return ' ';
            default:
                return '\\' + ch;
        }
    });
}
/** An inline code span that cannot be broken out of: the fence is longer than any backtick run inside. */
function markdownCode(s) {
    const flat = s.replace(/[\r\n]+/g, ' ');
    let longest = 0;
    let run = 0;
    for (let i = 0; i < flat.length; i++) {
        if (flat.charCodeAt(i) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 72179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ MAX_RELATED),
/* harmony export */   Bm: () => (/* binding */ draftFingerprints),
/* harmony export */   Gt: () => (/* binding */ countFindings),
/* harmony export */   Le: () => (/* binding */ levelRank),
/* harmony export */   Lf: () => (/* binding */ countAtOrAbove),
/* harmony export */   MP: () => (/* binding */ prefixedFingerprint),
/* harmony export */   TY: () => (/* binding */ bareFingerprint),
/* harmony export */   Tc: () => (/* binding */ sortFindings),
/* harmony export */   XG: () => (/* binding */ FINGERPRINT_KEY),
/* harmony export */   jj: () => (/* binding */ finalizeFindings),
/* harmony export */   mh: () => (/* binding */ fingerprintV1)
/* harmony export */ });
/* unused harmony exports compareFindings, diagnosticDraft */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(61103);
// Findings (02 §5.3): one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints follow 02 §7 "Fingerprint" (assayFinding/v1); the category is never an input (D22).


const FINGERPRINT_KEY = 'assayFinding/v1';
const MAX_RELATED = 10;
/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
function fingerprintV1(ruleId, subject, detail, occurrence) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'utf8').digest('hex');
}
/** `sha256:<hex>` and bare `<hex>` both become the bare lower-case hex; other strings are returned as given. */
function bareFingerprint(fp) {
    const s = fp.startsWith('sha256:') ? fp.slice(7) : fp;
    return /^[0-9a-fA-F]{64}$/.test(s) ? s.toLowerCase() : fp;
}
/** Normalised form used in run.json and baselines: `sha256:<hex>` (other schemes are kept as given). */
function prefixedFingerprint(fp) {
    const bare = bareFingerprint(fp);
    return /^[0-9a-f]{64}$/.test(bare) ? `sha256:${bare}` : fp;
}
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function levelRank(level) {
    return LEVEL_RANK[level];
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Level (error, warning, note), rule id, uri, line, fingerprint; strings by UTF-16 code unit. */
function compareFindings(a, b) {
    return (LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Fingerprints (`sha256:<hex>`) of drafts in input order, with the occurrence rule of finalizeFindings. */
function draftFingerprints(drafts) {
    const seen = new Map();
    return drafts.map((d) => {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`;
    });
}
/**
 * Compute fingerprints (occurrence = earlier drafts with the same rule id, subject and detail, in input
 * order), make the free text render-safe (unbounded, as in JSON reports), keep ≤ 10 related locations and
 * return the findings sorted (02 §5.3). Callers must pass drafts in a deterministic order.
 */
function finalizeFindings(drafts, opts = {}) {
    const seen = new Map();
    const out = [];
    for (const d of drafts) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const related = d.related !== undefined && d.related.length > 0
            ? d.related
                .slice(0, MAX_RELATED)
                .map((r) => ({ uri: r.uri, line: r.line, col: r.col, message: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(r.message) }))
            : undefined;
        // Spreads keep the documented key order of 02 §5.3.
        const f = {
            fingerprint: `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
            rule_id: d.rule_id,
            level: d.level,
            source: d.source,
            message: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.message),
            ...(d.test_id !== undefined ? { test_id: d.test_id } : {}),
            ...(d.entry_key !== undefined
                ? {
                    entry_key: opts.redactPrompts && d.entry_key_is_prompt ? (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .redactPrompt */ .uH)(d.entry_key) : (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.entry_key),
                }
                : {}),
            ...(d.tool !== undefined ? { tool: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.tool) } : {}),
            ...(d.call_index !== undefined ? { call_index: d.call_index } : {}),
            ...(d.policy_rule !== undefined ? { policy_rule: (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_1__/* .safeText */ .Hk)(d.policy_rule) } : {}),
            location: { uri: d.location.uri, line: d.location.line, col: d.location.col },
            ...(related !== undefined ? { related } : {}),
            ...(d.baseline_state !== undefined ? { baseline_state: d.baseline_state } : {}),
        };
        out.push(f);
    }
    return out.sort(compareFindings);
}
function countFindings(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        c[f.level]++;
    return c;
}
function countAtOrAbove(findings, failOn, newOnly = false) {
    if (failOn === 'none')
        return 0;
    const limit = LEVEL_RANK[failOn];
    let n = 0;
    for (const f of findings) {
        if (LEVEL_RANK[f.level] > limit)
            continue;
        if (newOnly && f.baseline_state !== 'new')
            continue;
        n++;
    }
    return n;
}
/**
 * A config finding (`config/<CODE>`) for a load/validate diagnostic, located at its own file:line:col.
 * Fingerprint inputs (02 §7): subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
function diagnosticDraft(d, opts = {}) {
    const file = d.file ?? opts.file ?? '';
    return {
        rule_id: `${opts.family ?? 'config'}/${d.code}`,
        level: d.severity,
        source: opts.family === 'policy' ? 'policy' : 'config',
        message: d.message,
        location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
        subject: file,
        detail: `${d.code}|${opts.keyPath ?? ''}`,
    };
}


/***/ }),

/***/ 63718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uP: () => (/* binding */ MAX_GZIP_BYTES),
  _k: () => (/* binding */ MAX_RUNS),
  Ep: () => (/* binding */ buildSarif),
  TA: () => (/* binding */ pathToUri),
  ZH: () => (/* binding */ sarifFingerprints)
});

// UNUSED EXPORTS: MAX_RESULTS_PER_RUN, SARIF_SCHEMA_URI, TRUNCATED_NOTIFICATION_ID, automationId, compareForSarif, largestFittingPrefix

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/report/finding.ts
var finding = __webpack_require__(72179);
;// CONCATENATED MODULE: ./src/core/report/sarif-rules.ts
const POLICY_TAGS = ['security', 'mcp', 'policy'];
const POLICY_RULES = {
    E_TOOL_DENIED: {
        name: 'ToolDenied',
        short: 'Tool call matches a deny rule',
        full: 'The agent called a tool that the policy denies by name pattern or class. Deny rules win over allow rules.',
        help: "Remove the call from the agent's plan or change tools.deny in the policy.",
        md: 'Remove the call, or change `tools.deny` in the policy.',
        level: 'error',
        sev: '8.0',
    },
    E_TOOL_DRIFT: {
        name: 'ToolDrift',
        short: 'Tool identity differs from its pin',
        full: 'The description or input schema the server advertised for a pinned tool differs from the pinned value, which may indicate a tool-poisoning or rug-pull attack.',
        help: 'Review the tool definition change; if it is expected, update tool_pins in the policy.',
        md: 'Review the changed tool definition; if expected, update `tool_pins` in the policy.',
        level: 'error',
        sev: '8.5',
    },
    E_TOOL_NOT_ALLOWED: {
        name: 'ToolNotAllowed',
        short: 'Tool outside the allowlist',
        full: 'The agent called a tool that the policy allowlist does not contain. An empty allowlist allows no tool at all.',
        help: 'Add the tool to tools.allow if the call is intended, or remove the call.',
        md: 'Add the tool to `tools.allow` if the call is intended, or remove the call.',
        level: 'error',
        sev: '7.5',
    },
    E_ARG_SCHEMA: {
        name: 'ArgSchema',
        short: 'Tool arguments violate the schema',
        full: 'The arguments of a tool call do not validate against the JSON Schema the policy declares for that tool.',
        help: 'Fix the arguments the agent sends, or relax schemas.<tool> in the policy.',
        md: 'Fix the arguments, or relax `schemas.<tool>` in the policy.',
        level: 'error',
        sev: '7.0',
    },
    E_SEQUENCE_VIOLATION: {
        name: 'SequenceViolation',
        short: 'Call order violates a sequence rule',
        full: 'The order of tool calls in an episode violates a sequence rule of the policy (require, before, after, never_after, eventually, max_calls or an absence rule).',
        help: 'Change the order of calls, or adjust the rule in sequences of the policy.',
        md: 'Change the call order, or adjust the rule in `sequences` of the policy.',
        level: 'error',
        sev: '6.5',
    },
    E_RATE_LIMIT: {
        name: 'RateLimit',
        short: 'Calls exceed a policy limit',
        full: 'The number of tool calls exceeds a limit set in the limits section of the policy.',
        help: 'Reduce the number of calls, or raise the limit in limits of the policy.',
        md: 'Reduce the number of calls, or raise the limit in `limits`.',
        level: 'error',
        sev: '5.0',
    },
    E_SCHEMA_COMPILE: {
        name: 'SchemaCompile',
        short: 'Policy could not be evaluated for a call',
        full: 'A JSON Schema in the policy could not be compiled, so the call could not be checked against it.',
        help: 'Fix the schema under schemas in the policy; run assay policy validate to see the error.',
        md: 'Fix the schema under `schemas`; run `assay policy validate` to see the error.',
        level: 'error',
        sev: '5.0',
    },
    E_TOOL_UNCONSTRAINED: {
        name: 'ToolUnconstrained',
        short: 'Allowed tool has no argument schema',
        full: 'The policy allows the tool but declares no argument schema for it, so any arguments are accepted. Under enforcement.unconstrained_tools: deny this is an error.',
        help: 'Add a schema for the tool under schemas, or set enforcement.unconstrained_tools deliberately.',
        md: 'Add a schema under `schemas`, or set `enforcement.unconstrained_tools` deliberately.',
        level: 'warning',
        sev: '4.0',
    },
    W_RULE_NOT_EXERCISED: {
        name: 'RuleNotExercised',
        short: 'Sequence rule exercised by no entry',
        full: 'No trace entry contained the calls this sequence rule is about, so the rule was never tested.',
        help: 'Add a trace that exercises the rule, or remove the rule if it no longer applies.',
        md: 'Add a trace that exercises the rule, or remove it if it no longer applies.',
        level: 'note',
        sev: '1.0',
    },
};
const OTHER_RULES = {
    'test/error': {
        name: 'TestError',
        short: 'Test could not be decided',
        full: 'The test ended in an error (for example a trace miss, a missing judge or embedding value, or an internal error), so no verdict was reached.',
        help: 'Read the test message in run.json; run assay explain <test-id> for details.',
        md: 'Read the message in `run.json`; run `assay explain <test-id>`.',
        level: 'error',
        sev: '4.0',
    },
    'test/judge_uncertain': {
        name: 'TestJudgeUncertain',
        short: 'Judge abstained',
        full: 'The judge verdict for the test was Abstain, so pass or fail cannot be decided.',
        help: 'Review the borderline result or adjust the judge threshold.',
        md: 'Review the borderline result or adjust the judge threshold.',
        level: 'error',
        sev: '4.0',
    },
    'test/unstable': {
        name: 'TestUnstable',
        short: 'Unstable metric',
        full: 'The judge samples for the test disagreed, so the metric is unstable.',
        help: 'Make the rubric or the answer less ambiguous, or record more samples.',
        md: 'Make the rubric or answer less ambiguous, or record more samples.',
        level: 'warning',
        sev: '3.0',
    },
    'test/not_exercised': {
        name: 'TestNotExercised',
        short: 'Check evaluated nothing',
        full: 'The check was requested but found nothing to evaluate in the bound trace entry; it does not fail the run.',
        help: 'Add trace data that exercises the check, or remove the check.',
        md: 'Add trace data that exercises the check, or remove it.',
        level: 'note',
        sev: '1.0',
    },
    'baseline/regression': {
        name: 'BaselineRegression',
        short: 'Score dropped beyond the allowed drop',
        full: 'The score of the test dropped by more than max_drop compared with the eval baseline.',
        help: 'Investigate the regression, or re-export the baseline if the drop is intended.',
        md: 'Investigate the regression, or re-export the baseline (`--export-baseline`).',
        level: 'error',
        sev: '5.0',
    },
    'baseline/below_floor': {
        name: 'BaselineBelowFloor',
        short: 'Score below the floor',
        full: 'A similarity or judge score fell below min_floor.',
        help: 'Investigate the low score, or lower min_floor if intended.',
        md: 'Investigate the low score, or lower `min_floor` if intended.',
        level: 'error',
        sev: '5.0',
    },
    'baseline/coverage_regression': {
        name: 'BaselineCoverageRegression',
        short: 'Check no longer exercised',
        full: 'A check that was exercised in the baseline evaluated nothing in this run.',
        help: 'Restore the trace data the check needs, or re-export the baseline.',
        md: 'Restore the trace data the check needs, or re-export the baseline.',
        level: 'warning',
        sev: '3.0',
    },
    'baseline/missing': {
        name: 'BaselineMissing',
        short: 'No baseline entry for the test',
        full: 'The eval baseline has no score for this test and metric, so no regression check was possible.',
        help: 'Re-export the baseline on the default branch: assay run --export-baseline <file>.',
        md: 'Re-export the baseline: `assay run --export-baseline <file>`.',
        level: 'warning',
        sev: '2.0',
    },
};
const SEVERITY_BY_LEVEL = { error: '6.0', warning: '3.0', note: '1.0' };
const GENERIC_SEVERITY = { error: '5.0', warning: '3.0', note: '1.0' };
/** `E_TOOL_DENIED` → `ToolDenied`, `tool_blocklist` → `ToolBlocklist`, `a/b-c` → `ABC`. */
function pascalCase(s) {
    const words = s.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
    const name = words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
    return (name === '' ? 'Rule' : name).slice(0, 255);
}
function stripCodePrefix(code) {
    return /^[EW]_/.test(code) ? code.slice(2) : code;
}
function fromStatic(id, r, tags, level) {
    return {
        id,
        name: r.name,
        shortDescription: r.short,
        fullDescription: r.full,
        helpText: r.help,
        helpMarkdown: r.md,
        level: level ?? r.level,
        securitySeverity: r.sev,
        tags,
    };
}
/**
 * Metadata for a rule id. `observedLevel` is the level of the first kept result of the rule; it is the default
 * level only for families whose level comes from the finding (`config/<CODE>`, unknown ids).
 */
function ruleMeta(ruleId, observedLevel) {
    const slash = ruleId.indexOf('/');
    const family = slash > 0 ? ruleId.slice(0, slash) : '';
    const rest = slash > 0 ? ruleId.slice(slash + 1) : ruleId;
    if (family === 'policy') {
        const r = POLICY_RULES[rest];
        if (r)
            return fromStatic(ruleId, r, POLICY_TAGS);
        return {
            id: ruleId,
            name: pascalCase(stripCodePrefix(rest)),
            shortDescription: `Policy finding ${rest}`,
            fullDescription: `The policy gate reported ${rest} for a tool call.`,
            helpText: 'Run assay explain on the trace and policy to see the decision.',
            helpMarkdown: 'Run `assay explain` on the trace and policy to see the decision.',
            level: observedLevel,
            securitySeverity: GENERIC_SEVERITY[observedLevel],
            tags: POLICY_TAGS,
        };
    }
    const known = OTHER_RULES[ruleId];
    if (known)
        return fromStatic(ruleId, known, ['assay', family]);
    if (family === 'test' && rest.startsWith('assertion/')) {
        const type = rest.slice('assertion/'.length);
        return {
            id: ruleId,
            name: pascalCase(`test assertion ${type}`),
            shortDescription: `Trace assertion ${type} failed`,
            fullDescription: `An assertion of type ${type} attached to the test did not hold for the bound trace entry.`,
            helpText: 'Read the assertion message in run.json; run assay explain <test-id> for details.',
            helpMarkdown: 'Read the assertion message in `run.json`; run `assay explain <test-id>`.',
            level: 'error',
            securitySeverity: '5.0',
            tags: ['assay', 'test'],
        };
    }
    if (family === 'test') {
        return {
            id: ruleId,
            name: pascalCase(`test ${rest}`),
            shortDescription: `Eval check ${rest} failed`,
            fullDescription: `The ${rest} check of the test failed for the bound trace entry.`,
            helpText: 'Read the test message in run.json; run assay explain <test-id> for details.',
            helpMarkdown: 'Read the test message in `run.json`; run `assay explain <test-id>`.',
            level: 'error',
            securitySeverity: '5.0',
            tags: ['assay', 'test'],
        };
    }
    if (family === 'config') {
        return {
            id: ruleId,
            name: pascalCase(`config ${stripCodePrefix(rest)}`),
            shortDescription: `Configuration diagnostic ${rest}`,
            fullDescription: `Loading or validating the configuration, policy, trace or baseline reported ${rest}.`,
            helpText: 'Run assay validate --format json to see every diagnostic with its fix steps.',
            helpMarkdown: 'Run `assay validate --format json` to see every diagnostic with its fix steps.',
            level: observedLevel,
            securitySeverity: SEVERITY_BY_LEVEL[observedLevel],
            tags: ['assay', 'config'],
        };
    }
    return {
        id: ruleId,
        name: pascalCase(ruleId),
        shortDescription: `Assay finding ${ruleId}`,
        fullDescription: `Assay reported ${ruleId}.`,
        helpText: 'See run.json for the full finding.',
        helpMarkdown: 'See `run.json` for the full finding.',
        level: observedLevel,
        securitySeverity: GENERIC_SEVERITY[observedLevel],
        tags: family === '' ? ['assay'] : ['assay', family],
    };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts
// SARIF 2.1.0 writer (02 §7, D11): one run per category, rules[] for the rules that fired, real locations,
// stable partialFingerprints, and truncation at GitHub's limits (25,000 results per run, 10 MB gzipped).
//
// Speed: every result and rule is serialised once (results into one UTF-8 buffer per run). Rules are listed in
// order of first appearance in the ranked results, so dropping a suffix of results only drops a suffix of
// rules and never changes the ruleIndex of what is kept; a candidate file is a few strings plus zero-copy
// slices of those buffers, so only gzip runs per bisection step, and interpolated split points keep the
// number of steps small (largestFittingPrefix).




const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_GZIP_BYTES = 9_500_000;
const MAX_RUNS = 20;
const TRUNCATED_NOTIFICATION_ID = 'ASSAY-SARIF-TRUNCATED';
const STATE_RANK = (f) => (f.baseline_state === 'new' ? 0 : 1);
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Truncation rank (02 §7): level, `new` before unchanged, rule id, uri, line, fingerprint. */
function compareForSarif(a, b) {
    return ((0,finding/* levelRank */.Le)(a.level) - (0,finding/* levelRank */.Le)(b.level) ||
        STATE_RANK(a) - STATE_RANK(b) ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
/** Repo-relative path → URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(path) {
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function region(line, col) {
    return { startLine: Math.max(1, Math.trunc(line) || 1), startColumn: Math.max(1, Math.trunc(col) || 1) };
}
/** Subject of the message: test id (an id: never altered), else entry key, else file (02 §7). */
function messageSubject(f) {
    if (f.test_id !== undefined && f.test_id !== '')
        return f.test_id;
    if (f.entry_key !== undefined && f.entry_key !== '')
        return (0,safe_text/* safeText */.Hk)(f.entry_key);
    return (0,safe_text/* safeText */.Hk)(f.location.uri);
}
function physical(uri, line, col) {
    return { artifactLocation: { uri: pathToUri(uri) }, region: region(line, col) };
}
function resultObject(f, ruleIndex, extras) {
    const location = { physicalLocation: physical(f.location.uri, f.location.line, f.location.col) };
    if (extras?.logicalLocations && extras.logicalLocations.length > 0)
        location.logicalLocations = extras.logicalLocations;
    const result = {
        ruleId: f.rule_id,
        ruleIndex,
        level: f.level,
        message: { text: (0,safe_text/* boundText */.O6)(`${messageSubject(f)}: ${(0,safe_text/* safeText */.Hk)(f.message)}`) },
        locations: [location],
    };
    if (f.related && f.related.length > 0) {
        result.relatedLocations = f.related.slice(0, finding/* MAX_RELATED */.Bg).map((r, i) => ({
            id: i + 1,
            message: { text: (0,safe_text/* safeBounded */.vn)(r.message) },
            physicalLocation: physical(r.uri, r.line, r.col),
        }));
    }
    result.partialFingerprints = { [finding/* FINGERPRINT_KEY */.XG]: (0,finding/* bareFingerprint */.TY)(f.fingerprint), ...extras?.partialFingerprints };
    if (f.baseline_state !== undefined)
        result.baselineState = f.baseline_state;
    const props = { source: f.source };
    if (f.test_id !== undefined)
        props.test_id = f.test_id;
    if (f.tool !== undefined)
        props.tool = (0,safe_text/* safeBounded */.vn)(f.tool);
    if (f.call_index !== undefined)
        props.call_index = f.call_index;
    if (f.policy_rule !== undefined)
        props.policy_rule = (0,safe_text/* safeBounded */.vn)(f.policy_rule);
    result.properties = { ...props, ...extras?.properties };
    return result;
}
function ruleObject(ruleId, observed, info) {
    const m = info?.(ruleId) ?? ruleMeta(ruleId, observed);
    return {
        id: m.id,
        name: m.name,
        shortDescription: { text: m.shortDescription.slice(0, 1024) },
        fullDescription: { text: m.fullDescription },
        help: { text: m.helpText, markdown: m.helpMarkdown },
        defaultConfiguration: { level: m.level },
        properties: { tags: m.tags.slice(0, 10), 'security-severity': m.securitySeverity, precision: 'high' },
    };
}
// ---- Pretty printing identical to JSON.stringify(doc, null, 2), assembled from pieces --------------------
function ind(depth) {
    return '  '.repeat(depth);
}
/** JSON.stringify(value, null, 2) as it appears at `depth` (JSON strings never hold a raw newline). */
function pj(value, depth) {
    const s = JSON.stringify(value, null, 2);
    return depth === 0 ? s : s.replace(/\n/g, '\n' + ind(depth));
}
function prettyArray(items, depth) {
    if (items.length === 0)
        return '[]';
    const pad = ind(depth + 1);
    return `[\n${pad}${items.join(`,\n${pad}`)}\n${ind(depth)}]`;
}
function prettyObject(pairs, depth) {
    if (pairs.length === 0)
        return '{}';
    const pad = ind(depth + 1);
    return `{\n${pairs.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')}\n${ind(depth)}}`;
}
const RESULT_SEP = `,\n${ind(4)}`;
function prepareRun(run, cap) {
    const rankedAll = [...run.findings].sort(compareForSarif);
    const ranked = rankedAll.slice(0, cap);
    const ruleIndex = new Map();
    const rules = [];
    const ruleFirst = [];
    const results = [];
    const resultEnd = [];
    let offset = 0;
    ranked.forEach((f, i) => {
        let idx = ruleIndex.get(f.rule_id);
        if (idx === undefined) {
            idx = rules.length;
            ruleIndex.set(f.rule_id, idx);
            rules.push(pj(ruleObject(f.rule_id, f.level, run.ruleInfo), 6));
            ruleFirst.push(i);
        }
        const text = pj(resultObject(f, idx, run.decorate?.(f)), 4);
        results.push(text);
        offset += (i > 0 ? RESULT_SEP.length : 0) + Buffer.byteLength(text, 'utf8');
        resultEnd.push(offset);
    });
    const resultBytes = Buffer.from(results.join(RESULT_SEP), 'utf8');
    return { input: run, ranked, rules, ruleFirst, total: rankedAll.length, resultBytes, resultEnd };
}
function automationId(run) {
    return `${run.category}/${run.kind}/`;
}
/** One run with `kept` results, as pieces (strings and a zero-copy slice of the serialised results). */
function runPieces(p, kept, input) {
    let ruleCount = 0;
    while (ruleCount < p.ruleFirst.length && p.ruleFirst[ruleCount] < kept)
        ruleCount++;
    const omitted = p.total - kept;
    const driver = [
        ['name', JSON.stringify(p.input.driverName ?? 'assay')],
        ['version', JSON.stringify(input.version)],
        ['semanticVersion', JSON.stringify(input.version)],
    ];
    if (input.informationUri !== undefined)
        driver.push(['informationUri', JSON.stringify(input.informationUri)]);
    driver.push(['rules', prettyArray(p.rules.slice(0, ruleCount), 5)]);
    const notifications = (p.input.notifications ?? []).map((n) => ({
        descriptor: { id: n.id },
        level: n.level,
        message: { text: (0,safe_text/* safeBounded */.vn)(n.message) },
    }));
    if (omitted > 0) {
        notifications.push({
            descriptor: { id: TRUNCATED_NOTIFICATION_ID },
            level: 'warning',
            message: { text: `${omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json` },
        });
    }
    const invocation = {
        executionSuccessful: p.input.exitCode === 0 || p.input.exitCode === 1,
        exitCode: p.input.exitCode,
    };
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    const before = [
        ['tool', prettyObject([['driver', prettyObject(driver, 4)]], 3)],
        ['automationDetails', pj({ id: automationId(p.input) }, 3)],
        ['invocations', pj([invocation], 3)],
    ];
    const pad = ind(3);
    const head = `{\n${before.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')},\n${pad}"results": `;
    let tail = '';
    if (omitted > 0)
        tail += `,\n${pad}"properties": ${pj({ assay: { truncated: true, omitted_count: omitted } }, 3)}`;
    tail += `\n${ind(2)}}`;
    if (kept === 0)
        return [head + '[]' + tail];
    return [`${head}[\n${ind(4)}`, p.resultBytes.subarray(0, p.resultEnd[kept - 1]), `\n${pad}]${tail}`];
}
function documentPieces(prepared, kept, input) {
    const pieces = [
        `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": `,
    ];
    if (prepared.length === 0)
        pieces.push('[]');
    else {
        prepared.forEach((p, i) => {
            pieces.push(i === 0 ? `[\n${ind(2)}` : `,\n${ind(2)}`);
            pieces.push(...runPieces(p, kept[i], input));
        });
        pieces.push(`\n${ind(1)}]`);
    }
    pieces.push('\n}\n');
    return pieces;
}
function concatPieces(pieces) {
    return Buffer.concat(pieces.map((x) => (typeof x === 'string' ? Buffer.from(x, 'utf8') : x)));
}
function byteSize(pieces) {
    let n = 0;
    for (const x of pieces)
        n += typeof x === 'string' ? Buffer.byteLength(x, 'utf8') : x.length;
    return n;
}
/** Conservative test that gzip cannot exceed the budget (stored-block overhead included). */
function fitsWithoutGzip(bytes, budget) {
    return bytes + Math.ceil(bytes / 1000) + 1024 <= budget;
}
function gzipSize(pieces) {
    return (0,external_node_zlib_.gzipSync)(concatPieces(pieces), { level: 6 }).length;
}
/**
 * Largest k in [0, n) whose prefix fits, given that prefix n does not (sizeN > budget) and prefix 0 does.
 * A bisection over the bracket [lo, hi] (lo fits, hi does not) whose split points are interpolated from the
 * measured sizes (Illinois rule), and plain midpoints for good once three interpolated probes have failed
 * to halve the bracket (so at most 3 probes more than bisection). The answer equals plain bisection's wherever the size grows with k; interpolation only
 * saves gzip passes (3–6 instead of ~16 for 50,000 results, and the probes sit near the answer, so each is
 * cheap). Deterministic: the probes depend only on the measured sizes.
 */
function largestFittingPrefix(n, sizeOf, budget, sizeN) {
    let lo = 0;
    let hi = n;
    let fLo = sizeOf(0) - budget;
    let fHi = sizeN - budget;
    let side = 0;
    let stalls = 0;
    while (hi - lo > 1) {
        let k = lo + Math.floor((hi - lo) / 2);
        if (stalls < 3 && fHi > fLo) {
            const x = Math.floor(lo + ((hi - lo) * -fLo) / (fHi - fLo));
            k = Math.min(hi - 1, Math.max(lo + 1, x));
        }
        const width = hi - lo;
        const f = sizeOf(k) - budget;
        if (f <= 0) {
            lo = k;
            fLo = f;
            if (side === -1)
                fHi /= 2;
            side = -1;
        }
        else {
            hi = k;
            fHi = f;
            if (side === 1)
                fLo /= 2;
            side = 1;
        }
        if (stalls < 3 && (hi - lo) * 2 > width)
            stalls++;
    }
    return lo;
}
/**
 * Build the SARIF log. Truncation (02 §7): per run, results ranked and capped at 25,000; then, while the
 * gzip (level 6) of the whole file exceeds the budget, the lowest-ranked results across runs are dropped,
 * the largest kept prefix of the global ranking being found by bisection.
 */
function buildSarif(input) {
    if (input.runs.length > MAX_RUNS)
        throw new Error(`SARIF: ${input.runs.length} runs (at most ${MAX_RUNS})`);
    const ids = new Set();
    for (const r of input.runs) {
        const id = automationId(r);
        if (ids.has(id))
            throw new Error(`SARIF: duplicate run category ${id}`);
        ids.add(id);
    }
    const cap = input.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
    const budget = input.maxGzipBytes ?? MAX_GZIP_BYTES;
    const prepared = input.runs.map((r) => prepareRun(r, cap));
    let kept = prepared.map((p) => p.ranked.length);
    const size = (k) => {
        const pieces = documentPieces(prepared, k, input);
        return fitsWithoutGzip(byteSize(pieces), budget) ? 0 : gzipSize(pieces);
    };
    const sizeAll = size(kept);
    if (sizeAll > budget) {
        // Global ranking of the capped results: the same key, ties by run order.
        const order = [];
        prepared.forEach((p, run) => p.ranked.forEach((f) => order.push({ run, f })));
        order.sort((a, b) => compareForSarif(a.f, b.f) || a.run - b.run);
        const keptFor = (k) => {
            const counts = prepared.map(() => 0);
            for (let i = 0; i < k; i++)
                counts[order[i].run]++;
            return counts;
        };
        kept = keptFor(largestFittingPrefix(order.length, (k) => size(keptFor(k)), budget, sizeAll));
    }
    const text = concatPieces(documentPieces(prepared, kept, input)).toString('utf8');
    const omittedPerRun = prepared.map((p, i) => p.total - kept[i]);
    return { text, omitted: omittedPerRun.reduce((a, b) => a + b, 0), omittedPerRun, keptPerRun: kept };
}
/** Fingerprints of a SARIF log (findings baseline input, 02 §9.2): per result, the first key present. */
function sarifFingerprints(log, keys = [finding/* FINGERPRINT_KEY */.XG, 'assayLintFingerprint/v1']) {
    const out = [];
    const runs = log?.runs;
    if (!Array.isArray(runs))
        throw new TypeError('not a SARIF log: "runs" is not an array');
    for (const run of runs) {
        const results = run?.results;
        if (!Array.isArray(results))
            continue;
        for (const r of results) {
            if (r === null || typeof r !== 'object')
                continue;
            const res = r;
            const pf = res.partialFingerprints;
            if (pf === null || typeof pf !== 'object')
                continue;
            const key = keys.find((k) => typeof pf[k] === 'string' && pf[k] !== '');
            if (key === undefined)
                continue;
            out.push({
                fingerprint: pf[key],
                ...(typeof res.ruleId === 'string' ? { ruleId: res.ruleId } : {}),
                // SARIF's default level is "warning".
                level: typeof res.level === 'string' ? res.level : 'warning',
            });
        }
    }
    return out;
}


/***/ }),

/***/ 68563:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTraceFiles: () => (/* reexport */ readTraceFiles),
  requireRecords: () => (/* reexport */ requireRecords)
});

// UNUSED EXPORTS: MAX_DOCUMENT_BYTES, MAX_LINE_BYTES, episodeEndLine, episodeStartLine, isCallListPath, readTrace, stepLine, toolCallLine, v2EventLine, v2Jsonl

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
;// CONCATENATED MODULE: ./src/core/trace/json-scan.ts
// A small JSON (RFC 8259) syntax scanner for the slow paths JSON.parse cannot serve:
// the offset of a syntax error when V8's message carries none, and source offsets of array elements
// in call-list documents (01 §1.11). It never builds values.
class ScanError {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length && isWs(t.charCodeAt(this.pos)))
            this.pos++;
    }
    peek() {
        return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
    }
    fail(at = this.pos) {
        throw new ScanError(at);
    }
    value() {
        const c = this.peek();
        if (c === 0x7b)
            this.object(undefined);
        else if (c === 0x5b)
            this.array(undefined);
        else if (c === 0x22)
            this.string();
        else if (c === 0x2d || isDigit(c))
            this.number();
        else if (c === 0x74)
            this.literal('true');
        else if (c === 0x66)
            this.literal('false');
        else if (c === 0x6e)
            this.literal('null');
        else
            this.fail();
    }
    literal(word) {
        for (let i = 0; i < word.length; i++) {
            if (this.text.charCodeAt(this.pos) !== word.charCodeAt(i))
                this.fail();
            this.pos++;
        }
    }
    number() {
        if (this.peek() === 0x2d)
            this.pos++;
        const c = this.peek();
        if (c === 0x30)
            this.pos++;
        else if (isDigit(c))
            while (isDigit(this.peek()))
                this.pos++;
        else
            this.fail();
        if (this.peek() === 0x2e) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
        const e = this.peek();
        if (e === 0x65 || e === 0x45) {
            this.pos++;
            const s = this.peek();
            if (s === 0x2b || s === 0x2d)
                this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
    }
    /** Scans a string starting at its opening quote; returns the raw slice including quotes. */
    string() {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        for (;;) {
            if (this.pos >= t.length)
                this.fail();
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                this.pos++;
                return t.slice(start, this.pos);
            }
            if (c < 0x20)
                this.fail();
            if (c === 0x5c) {
                this.pos++;
                const e = this.peek();
                if (e === 0x75) {
                    for (let k = 1; k <= 4; k++) {
                        const h = t.charCodeAt(this.pos + k);
                        const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
                        if (!hex)
                            this.fail(Math.min(this.pos + k, t.length));
                    }
                    this.pos += 5;
                }
                else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                    this.pos++;
                }
                else {
                    this.fail();
                }
                continue;
            }
            this.pos++;
        }
    }
    /** onMember(key, valueStart) is called before each member value is scanned; it may scan the value itself (return true). */
    object(onMember) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x7d) {
            this.pos++;
            return;
        }
        for (;;) {
            if (this.peek() !== 0x22)
                this.fail();
            const rawKey = this.string();
            this.ws();
            if (this.peek() !== 0x3a)
                this.fail();
            this.pos++;
            this.ws();
            if (!(onMember?.(JSON.parse(rawKey), this) ?? false))
                this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    array(onElement) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x5d) {
            this.pos++;
            return;
        }
        for (;;) {
            onElement?.(this.pos);
            this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    document() {
        this.ws();
        this.value();
        this.ws();
        if (this.pos < this.text.length)
            this.fail();
    }
}
/** UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
function jsonErrorOffset(text) {
    const s = new Scanner(text);
    try {
        s.document();
        return undefined;
    }
    catch (e) {
        if (e instanceof ScanError)
            return e.offset;
        throw e;
    }
}
/**
 * Offsets of the elements of an array in a valid JSON document: the root array (`memberKey` null) or the
 * root object's member `memberKey` (the last such member, as JSON.parse keeps the last duplicate key).
 */
function arrayElementOffsets(text, memberKey) {
    const s = new Scanner(text);
    let found = [];
    s.ws();
    if (memberKey === null) {
        if (s.peek() === 0x5b)
            s.array((o) => found.push(o));
        return found;
    }
    if (s.peek() !== 0x7b)
        return found;
    s.object((key, sc) => {
        if (key !== memberKey || sc.peek() !== 0x5b)
            return false;
        const offsets = [];
        sc.array((o) => offsets.push(o));
        found = offsets;
        return true;
    });
    return found;
}
/** 1-based line and code-point column of a UTF-16 offset. */
function offsetToLineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    let col = 1;
    for (let i = lineStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
            const p = text.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        col++;
    }
    return { line, col };
}
/** 1-based lines of sorted offsets, in one pass. */
function offsetsToLines(text, sortedOffsets) {
    const lines = [];
    let line = 1;
    let i = 0;
    for (const off of sortedOffsets) {
        for (; i < off && i < text.length; i++)
            if (text.charCodeAt(i) === 0x0a)
                line++;
        lines.push(line);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/core/trace/utf8.ts
// UTF-8 checks for trace lines (01 §0: invalid UTF-8 in JSONL is a bad line).
// The fast path uses node:buffer isUtf8 on whole regions; this file only locates the error for the message.
/** Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, surrogates or > U+10FFFF), or -1. */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        // The second byte has a narrower range for a few lead bytes (overlongs, surrogates, > U+10FFFF).
        let lo = 0x80;
        let hi = 0xbf;
        if (c === 0xe0)
            lo = 0xa0;
        else if (c === 0xed)
            hi = 0x9f;
        else if (c === 0xf0)
            lo = 0x90;
        else if (c === 0xf4)
            hi = 0x8f;
        const c1 = b[i + 1];
        if (c1 === undefined || c1 < lo || c1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const ck = b[i + k];
            if (ck === undefined || ck < 0x80 || ck > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Number of code points in the valid UTF-8 prefix b[0, end). */
function codePointsInUtf8(b, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if ((b[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
/** Number of code points in s[0, end) (UTF-16 index). */
function codePointsInString(s, end) {
    let n = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        // A low surrogate that follows a high surrogate belongs to the same code point.
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
            const p = s.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        n++;
    }
    return n;
}

;// CONCATENATED MODULE: ./src/core/trace/bad-line.ts
// Bad-line messages (01 §1.10). The message is what follows `<file>:<line>:<col>: <level> <CODE>: `.


/** Thrown inside line handling for a bad line; caught by the assembler (never escapes the trace module). */
class BadLine {
    message;
    col;
    constructor(message, col = 1) {
        this.message = message;
        this.col = col;
    }
}
const LINE_TOO_LONG = 'line exceeds 16 MiB';
const INVALID_UTF8 = 'line is not valid UTF-8';
const NOTHING_USABLE = 'record has no prompt, response or tool call';
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function notAnObject(v) {
    return new BadLine(`expected a JSON object, found ${jsonTypeName(v)}`);
}
/** First `n` code points, control characters escaped so the message stays on one line. */
function snippet(text, n = 50) {
    let out = '';
    let count = 0;
    for (const ch of text) {
        if (count++ >= n)
            break;
        const c = ch.charCodeAt(0);
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    }
    return out;
}
/** `invalid JSON: <parser message>; content: "<first 50 chars>"`, col = parser error offset + 1 when known. */
function invalidJson(text, err) {
    const parserMessage = err instanceof Error ? err.message : String(err);
    const m = /at position (\d+)/.exec(parserMessage);
    // V8 omits the position for "Unexpected token" errors; our scanner finds the same offset.
    const offset = m ? Number(m[1]) : jsonErrorOffset(text);
    const col = offset === undefined ? 1 : codePointsInString(text, Math.min(offset, text.length)) + 1;
    const shown = text.endsWith('\r') ? text.slice(0, -1) : text;
    return new BadLine(`invalid JSON: ${parserMessage}; content: "${snippet(shown)}"`, col);
}
/** Quoted value for messages, shortened to `max` code points so a 10 kB prompt does not flood the output. */
function quote(s, max = 80) {
    const short = snippet(s, max);
    // Compare in code points: the snippet may have grown by escapes, so count what was taken from s instead.
    let taken = 0;
    let i = 0;
    for (; i < s.length && taken < max; taken++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i < s.length ? `"${short}…"` : `"${short}"`;
}

;// CONCATENATED MODULE: ./src/core/util/key-table.ts
// A compact set of string keys with a number per key: two independent 32-bit hashes (64 bits) in
// typed arrays, ~20 bytes per key instead of a Map entry plus the string (~150 bytes). Used where only
// "seen before?" matters over millions of keys (trace duplicate detection keeps memory flat).
// Two different keys collide with probability ~n²/2^65 (≈ 3e-8 at a million keys).
function hashes(s) {
    let a = 0x811c9dc5; // FNV-1a
    let b = 0x9747b28c; // multiplicative mix with another seed
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= s.length;
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0, b >>> 0];
}
class KeyTable {
    cap = 1024;
    size = 0;
    ha = new Uint32Array(this.cap);
    hb = new Uint32Array(this.cap);
    used = new Uint8Array(this.cap);
    vals = new Float64Array(this.cap);
    get(key) {
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i])
                return undefined;
            if (this.ha[i] === a && this.hb[i] === b)
                return this.vals[i];
        }
    }
    set(key, value) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        this.insert(a, b, value);
    }
    insert(a, b, value) {
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = value;
                this.size++;
                return;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                this.vals[i] = value;
                return;
            }
        }
    }
    grow() {
        const { ha, hb, used, vals } = this;
        this.cap *= 2;
        this.ha = new Uint32Array(this.cap);
        this.hb = new Uint32Array(this.cap);
        this.used = new Uint8Array(this.cap);
        this.vals = new Float64Array(this.cap);
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.insert(ha[i], hb[i], vals[i]);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/duplicates.ts
// Duplicate detection across all entries of a read (01 §1.7): two entries with one prompt, two with one
// binding id, a repeated non-null request_id are fatal. Only 64-bit key hashes are kept with the position
// of their entry (KeyTable), so memory stays ~20 bytes per entry however long prompts are.



const LINE_SPAN = 2 ** 32;
class DuplicateRegistry {
    prompts = new KeyTable();
    /** value = location * 2 + (1 when the binding id came from a request_id) */
    bindings = new KeyTable();
    files = [];
    /** Registers a file and returns its index for locations. */
    addFile(display) {
        this.files.push(display);
        return this.files.length - 1;
    }
    /** Throws InputError E_TRACE_INVALID when the entry repeats a prompt or binding id already seen. */
    register(entry, fileIdx, bindingFromRequestId) {
        const loc = fileIdx * LINE_SPAN + entry.first_line;
        let promptKey;
        if (entry.prompt !== undefined) {
            promptKey = entry.prompt;
            const prev = this.prompts.get(promptKey);
            if (prev !== undefined)
                this.fail('prompt', entry.prompt, prev, loc);
        }
        let bindingKey;
        if (entry.binding_id !== undefined) {
            bindingKey = entry.binding_id;
            const prev = this.bindings.get(bindingKey);
            if (prev !== undefined) {
                const what = bindingFromRequestId && prev % 2 === 1 ? 'request_id' : 'binding id';
                this.fail(what, entry.binding_id, Math.floor(prev / 2), loc);
            }
        }
        if (promptKey !== undefined)
            this.prompts.set(promptKey, loc);
        if (bindingKey !== undefined)
            this.bindings.set(bindingKey, loc * 2 + (bindingFromRequestId ? 1 : 0));
    }
    fail(what, value, a, b) {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const firstFile = this.files[Math.floor(first / LINE_SPAN)] ?? '';
        const secondFile = this.files[Math.floor(second / LINE_SPAN)] ?? '';
        const firstLine = first % LINE_SPAN;
        const secondLine = second % LINE_SPAN;
        const at = firstFile === secondFile ? `line ${firstLine}` : `${firstFile}:${firstLine}`;
        const message = `duplicate ${what} ${quote(value)} (first at ${at})`;
        const d = {
            code: 'E_TRACE_INVALID',
            severity: 'error',
            message,
            source: 'trace',
            file: secondFile,
            line: secondLine,
            col: 1,
            context: { first_file: firstFile, first_line: firstLine },
        };
        throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
            source: 'trace',
            context: { file: secondFile, line: secondLine, col: 1, first_file: firstFile, first_line: firstLine },
            nextStepValues: { 'trace.jsonl': secondFile },
            diagnostics: [d],
        });
    }
}

;// CONCATENATED MODULE: ./src/core/trace/fields.ts
// Typed field access for trace lines: each helper returns the value or throws BadLine with the §1.10 wording
// `<shape>: "<field>" must be …`. Null counts as absent for optional fields.

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function missing(shape, key) {
    return new BadLine(`${shape}: missing required field "${key}"`);
}
function mistyped(shape, key, what) {
    return new BadLine(`${shape}: "${key}" must be ${what}`);
}
function reqString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'a string');
}
function optString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a string');
}
/** Timestamps are integer milliseconds within 2^53−1 (01 §0). */
function reqTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'an integer (milliseconds)');
}
function optTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an integer (milliseconds)');
}
function optIndex(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a non-negative integer');
}
function optArray(o, key, shape) {
    const v = o[key];
    if (Array.isArray(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an array');
}
/** Call ids: strings; integers are accepted and written in decimal (SDKs use both). */
function optId(o, keys, shape) {
    for (const key of keys) {
        const v = o[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return String(v);
        throw mistyped(shape, key, 'a string');
    }
    return undefined;
}
/** The first alias present (not undefined/null) as [key, value]. */
function firstPresent(o, keys) {
    for (const key of keys) {
        const v = o[key];
        if (v !== undefined && v !== null)
            return [key, v];
    }
    return undefined;
}
/** Result text from a non-string value: strings as is, other JSON compact-serialised (01 §1.5). */
function renderResult(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}

;// CONCATENATED MODULE: ./src/core/trace/normalize-call.ts
// The canonical tool-call record (01 §1.7) and the normalisation of `tool_calls[]` entries, including the
// OpenAI shape `{id, type:"function", function:{name, arguments}}`.


/** One constructor for every call so all ToolCall objects share a hidden class. */
function makeCall(id, tool_name, args, result, error, index, ts_ms, file, line) {
    return { id, tool_name, args, result, error, index, ts_ms, pos: { file, line } };
}
const ENTRY_NAME_KEYS = ['tool_name', 'tool', 'name'];
const PLAIN_NAME_KEYS = ['tool', 'tool_name', 'name'];
const CALL_LIST_NAME_KEYS = ['tool', 'name', 'tool_name'];
const ARG_KEYS = ['args', 'arguments', 'params', 'parameters', 'input'];
const CALL_LIST_ARG_KEYS = ['args', 'arguments', 'params', 'parameters'];
const ID_KEYS = ['id', 'tool_call_id'];
const TS_KEYS = ['ts_ms', 'timestamp'];
/** First alias that is present (not undefined) wins; none → `{}`. */
function pickArgs(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined)
            return v;
    }
    return {};
}
/** OpenAI `function.arguments` is a JSON string; unparsable → `{"_raw": "<string>"}`. */
function parseFunctionArguments(v) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return { _raw: v };
    }
}
/** Normalises one `tool_calls[]` entry (01 §1.7); throws BadLine when it is unusable. */
function normalizeEntryCall(raw, c) {
    if (!isObject(raw))
        throw new BadLine(`${c.where} must be an object`);
    let name;
    let args;
    const fn = raw.function;
    if (isObject(fn)) {
        name = fn.name;
        args = parseFunctionArguments(fn.arguments);
    }
    else {
        name = firstPresent(raw, c.nameKeys)?.[1];
        args = pickArgs(raw, c.argKeys);
    }
    if (typeof name !== 'string' || name === '')
        throw new BadLine(`${c.where} has no tool name`);
    const id = optId(raw, ID_KEYS, c.where) ?? c.defaultId;
    const index = c.honourIndex ? (optIndex(raw, 'index', c.where) ?? c.index) : c.index;
    let ts = c.defaultTs;
    for (const k of TS_KEYS) {
        const t = optTimestamp(raw, k, c.where);
        if (t !== undefined) {
            ts = t;
            break;
        }
    }
    return makeCall(id, name, args, raw.result ?? null, raw.error ?? null, index, ts, c.file, c.line);
}

;// CONCATENATED MODULE: ./src/core/trace/assembler.ts
// Turns decoded trace lines into tool calls and entries (01 §1.2–§1.8): line dispatch, V2 episode assembly,
// V1/legacy records, plain tool-call record groups, duplicate detection and bad-line handling (§1.10).
// Byte-level work (splitting, UTF-8, size limit) is in reader.ts; this class sees one string per line.





const GROUP_KEYS = ['test_id', 'episode_id', 'run_id'];
const assembler_ID_KEYS = ['id', 'tool_call_id'];
/** Prompt of the default plain-record group (compatible: the reference keys prompt-less tool records so). */
const DEFAULT_GROUP_PROMPT = 'ignore';
/** Distinct unknown `type` values noted per file; later ones are only counted. */
const MAX_UNKNOWN_TYPE_NOTES = 100;
class Episode {
    bindingId;
    meta;
    firstLine;
    prompt = undefined;
    /** Set by episode_start or a `model` step: later steps cannot replace it (§1.3 rule 1). */
    promptFinal = false;
    text = undefined;
    modelFromContent = undefined;
    modelFromMeta = undefined;
    calls = [];
    callCount = 0;
    steps = 0;
    constructor(bindingId, meta, firstLine) {
        this.bindingId = bindingId;
        this.meta = meta;
        this.firstLine = firstLine;
    }
    get key() {
        return this.bindingId !== '' ? this.bindingId : (this.prompt ?? '');
    }
}
class PlainGroup {
    groupKey;
    firstLine;
    prompt = undefined;
    text = undefined;
    lastCall = undefined;
    calls = [];
    count = 0;
    constructor(groupKey, firstLine) {
        this.groupKey = groupKey;
        this.firstLine = firstLine;
    }
    get key() {
        return this.groupKey !== '' ? this.groupKey : (this.prompt ?? DEFAULT_GROUP_PROMPT);
    }
}
/** Char code of the first non-blank character, -1 for a blank line. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return c;
    }
    return -1;
}
function looksLikeObject(s) {
    return firstNonBlank(s) === 0x7b;
}
class TraceAssembler {
    strict;
    retainCalls;
    stats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
    dups = new DuplicateRegistry();
    file = '';
    fileIdx = 0;
    line = 0;
    episodes = new Map();
    groups = new Map();
    /** Plain-record calls by id for `tool_result` (retainCalls); the last one with an id wins. */
    plainCalls = new Map();
    /** Without retained calls only the group is kept; a result can then reach its group's last call only. */
    plainCallGroups = new Map();
    unknownTypes = new Set();
    onCall;
    onEntry;
    onDiagnostic;
    constructor(visitor, strict, retainCalls) {
        this.strict = strict;
        this.retainCalls = retainCalls;
        this.onCall = visitor.onCall?.bind(visitor);
        this.onEntry = visitor.onEntry?.bind(visitor);
        this.onDiagnostic = visitor.onDiagnostic?.bind(visitor);
    }
    beginFile(display) {
        this.file = display;
        this.fileIdx = this.dups.addFile(display);
        this.line = 0;
        this.episodes = new Map();
        this.groups = new Map();
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
        this.unknownTypes = new Set();
    }
    /** Completes what is still open at end of file, in order of first line (§1.3 rule 7, §1.6). */
    endFile() {
        const eps = [...this.episodes.values()];
        const groups = [...this.groups.values()];
        this.episodes = new Map();
        this.groups = new Map();
        let i = 0;
        let j = 0;
        while (i < eps.length || j < groups.length) {
            const e = eps[i];
            const g = groups[j];
            if (e !== undefined && (g === undefined || e.firstLine < g.firstLine)) {
                this.finishEpisode(e);
                i++;
            }
            else if (g !== undefined) {
                this.finishGroup(g);
                j++;
            }
        }
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
    }
    /** One decoded line without its LF (a trailing CR is allowed: JSON treats it as whitespace). */
    handleLine(text, lineNo) {
        this.line = lineNo;
        if (lineNo === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== 0x7b) {
            const c = firstNonBlank(text);
            if (c === -1 || c === 0x23)
                return; // blank or `#` comment: not counted
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            this.reject(invalidJson(text, e));
            return;
        }
        try {
            if (!isObject(value))
                throw notAnObject(value);
            if (this.dispatch(value))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof BadLine)
                this.reject(e);
            else
                throw e;
        }
    }
    /** A bad line: fatal under strict, else skipped, counted and reported (01 §1.1). */
    badLine(lineNo, message, col) {
        const file = this.file;
        if (this.strict) {
            const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file, line: lineNo, col };
            throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
                source: 'trace',
                context: { file, line: lineNo, col },
                nextStepValues: { 'trace.jsonl': file },
                diagnostics: [d],
            });
        }
        this.stats.skipped_lines++;
        this.onDiagnostic?.({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, source: 'trace', file, line: lineNo, col });
    }
    reject(b) {
        this.badLine(this.line, b.message, b.col);
    }
    /** Returns true for a record line, false for an ignored one (unknown `type`). Throws BadLine. */
    dispatch(o) {
        const type = o.type;
        if (type === undefined) {
            this.untyped(o);
            return true;
        }
        if (typeof type !== 'string')
            throw new BadLine('"type" must be a string');
        switch (type) {
            case 'tool_call':
                if (o.episode_id !== undefined && o.episode_id !== null)
                    this.v2ToolCall(o);
                else
                    this.plainRecord(o, 'tool_call');
                return true;
            case 'step':
                this.v2Step(o);
                return true;
            case 'episode_start':
                this.v2Start(o);
                return true;
            case 'episode_end':
                this.v2End(o);
                return true;
            case 'assay.trace':
                this.recordLine(o, 'assay.trace', false);
                return true;
            case 'call_tool':
                this.plainRecord(o, 'call_tool');
                return true;
            case 'tool_result':
                this.toolResult(o);
                return true;
            default:
                this.noteUnknownType(type);
                return false;
        }
    }
    noteUnknownType(type) {
        if (this.unknownTypes.has(type) || this.unknownTypes.size >= MAX_UNKNOWN_TYPE_NOTES)
            return;
        this.unknownTypes.add(type);
        this.onDiagnostic?.({
            code: 'W_TRACE_UNKNOWN_TYPE',
            severity: 'note',
            message: `lines with unknown type ${quote(type)} are ignored (counted in ignored_lines)`,
            source: 'trace',
            file: this.file,
            line: this.line,
            col: 1,
        });
    }
    untyped(o) {
        if (o.prompt !== undefined && o.prompt !== null)
            return this.recordLine(o, 'record', true);
        if (firstPresent(o, PLAIN_NAME_KEYS) !== undefined || Array.isArray(o.tool_calls))
            return this.plainRecord(o, 'record');
        if (o.tool_calls !== undefined && o.tool_calls !== null)
            throw mistyped('record', 'tool_calls', 'an array');
        throw new BadLine(NOTHING_USABLE);
    }
    // ---- V2 events (§1.3) ----
    openEpisode(type, id) {
        const ep = this.episodes.get(id);
        if (ep === undefined)
            throw new BadLine(`${type} for episode ${quote(id)} which is not open`);
        return ep;
    }
    v2Start(o) {
        const S = 'episode_start';
        const id = reqString(o, 'episode_id', S);
        reqTimestamp(o, 'timestamp', S);
        let prompt;
        const input = o.input;
        if (input !== undefined && input !== null) {
            if (!isObject(input))
                throw mistyped(S, 'input', 'an object');
            const p = input.prompt;
            if (typeof p === 'string')
                prompt = p;
            else if (p !== undefined && p !== null)
                throw mistyped(S, 'input.prompt', 'a string');
        }
        if (this.episodes.has(id))
            throw new BadLine(`${S} for episode ${quote(id)} which is already open`);
        const meta = isObject(o.meta) ? o.meta : {};
        const testId = meta.test_id;
        const ep = new Episode(typeof testId === 'string' ? testId : id, meta, this.line);
        // meta.tool_calls given at the start is normalised and kept ahead of tool_call events (§1.8).
        const given = metaToolCalls(meta, S);
        const calls = given === undefined ? undefined : this.entryCalls(given, `${S}: meta.tool_calls`, 0);
        if (prompt !== undefined) {
            ep.prompt = prompt;
            ep.promptFinal = true;
        }
        this.episodes.set(id, ep);
        if (calls !== undefined)
            for (const c of calls)
                this.addEpisodeCall(ep, c);
    }
    v2Step(o) {
        const S = 'step';
        const id = reqString(o, 'episode_id', S);
        reqString(o, 'step_id', S);
        reqTimestamp(o, 'timestamp', S);
        const kind = reqString(o, 'kind', S);
        optIndex(o, 'idx', S);
        optString(o, 'name', S);
        const content = o.content;
        if (content !== undefined && content !== null && typeof content !== 'string')
            throw mistyped(S, 'content', 'a string or null');
        optArray(o, 'truncations', S);
        const ep = this.openEpisode(S, id);
        ep.steps++;
        const meta = isObject(o.meta) ? o.meta : undefined;
        let parsed;
        if (typeof content === 'string' && looksLikeObject(content)) {
            try {
                const v = JSON.parse(content);
                if (isObject(v))
                    parsed = v;
            }
            catch {
                // plain text that happens to start with `{`
            }
        }
        // Rule 1: prompt. A model step may replace a prompt taken from a non-model step.
        if (!ep.promptFinal) {
            const isModel = kind === 'model';
            if (ep.prompt === undefined || isModel) {
                let p = parsed?.prompt;
                if (typeof p !== 'string')
                    p = meta?.['gen_ai.prompt'];
                if (typeof p === 'string') {
                    ep.prompt = p;
                    ep.promptFinal = isModel;
                }
            }
        }
        // Rules 2–3: output text (last writer wins) and model.
        if (typeof content === 'string') {
            const completion = parsed?.completion;
            if (typeof completion === 'string') {
                ep.text = completion;
                const model = parsed?.model;
                if (typeof model === 'string')
                    ep.modelFromContent = model;
            }
            else {
                ep.text = content;
            }
        }
        if (meta !== undefined) {
            const completion = meta['gen_ai.completion'];
            if (typeof completion === 'string')
                ep.text = completion;
            const rm = meta['gen_ai.response.model'];
            const qm = meta['gen_ai.request.model'];
            if (typeof rm === 'string')
                ep.modelFromMeta = rm;
            else if (typeof qm === 'string')
                ep.modelFromMeta = qm;
        }
    }
    // The hot path of large traces: direct property reads (monomorphic per event shape) instead of the
    // generic field helpers, which are only called to build the message once a check has failed.
    v2ToolCall(o) {
        const S = 'tool_call';
        const id = o.episode_id;
        const stepId = o.step_id;
        const ts = o.timestamp;
        const toolName = o.tool_name;
        if (typeof id !== 'string')
            reqString(o, 'episode_id', S);
        if (typeof stepId !== 'string')
            reqString(o, 'step_id', S);
        if (typeof ts !== 'number' || !Number.isSafeInteger(ts))
            reqTimestamp(o, 'timestamp', S);
        if (typeof toolName !== 'string' || toolName === '') {
            if (toolName === undefined)
                throw new BadLine(`${S}: missing required field "tool_name"`);
            throw mistyped(S, 'tool_name', 'a non-empty string');
        }
        let callIndex = o.call_index;
        if (callIndex === undefined || callIndex === null)
            callIndex = 0;
        else if (!(typeof callIndex === 'number' && Number.isSafeInteger(callIndex) && callIndex >= 0))
            throw mistyped(S, 'call_index', 'a non-negative integer');
        const error = o.error;
        if (error !== undefined && error !== null && typeof error !== 'string')
            throw mistyped(S, 'error', 'a string or null');
        const truncations = o.truncations;
        if (truncations !== undefined && truncations !== null && !Array.isArray(truncations))
            throw mistyped(S, 'truncations', 'an array');
        const ep = this.openEpisode(S, id);
        const args = o.args;
        const result = o.result;
        const call = makeCall(stepId + '-' + callIndex, toolName, args === undefined ? null : args, result === undefined ? null : result, error === undefined ? null : error, ep.callCount, ts, this.file, this.line);
        this.addEpisodeCall(ep, call);
    }
    addEpisodeCall(ep, call) {
        ep.callCount++;
        if (this.retainCalls)
            ep.calls.push(call);
        this.stats.calls++;
        this.onCall?.(ep.key, call);
    }
    v2End(o) {
        const S = 'episode_end';
        const id = reqString(o, 'episode_id', S);
        reqTimestamp(o, 'timestamp', S);
        optString(o, 'outcome', S);
        const finalOutput = o.final_output;
        if (finalOutput !== undefined && finalOutput !== null && typeof finalOutput !== 'string')
            throw mistyped(S, 'final_output', 'a string or null');
        const ep = this.openEpisode(S, id);
        if (typeof finalOutput === 'string')
            ep.text = finalOutput;
        this.episodes.delete(id);
        this.finishEpisode(ep);
    }
    finishEpisode(ep) {
        const model = ep.modelFromContent ?? ep.modelFromMeta ?? 'trace';
        ep.meta.tool_calls = ep.calls;
        const entry = makeEntry(ep.prompt, ep.bindingId, ep.text ?? '', model, ep.meta, ep.calls, ep.steps, ep.firstLine, this.file, 'v2');
        this.emitEntry(entry, false);
    }
    // ---- V1 (§1.4) and legacy (§1.5) records ----
    recordLine(o, shape, legacy) {
        const prompt = reqString(o, 'prompt', shape);
        let text = optString(o, 'response', shape);
        if (text === undefined)
            text = optString(o, 'text', shape);
        if (text === undefined && legacy) {
            const r = o.result;
            if (r !== undefined && r !== null)
                text = renderResult(r);
        }
        const model = optString(o, 'model', shape) ?? 'trace';
        const requestId = optString(o, 'request_id', shape);
        const meta = isObject(o.meta) ? o.meta : {};
        const given = metaToolCalls(meta, shape);
        const calls = given === undefined ? [] : this.entryCalls(given, `${shape}: meta.tool_calls`, 0);
        if (legacy) {
            const tool = o.tool;
            if (tool !== undefined && tool !== null) {
                if (typeof tool !== 'string' || tool === '')
                    throw mistyped(shape, 'tool', 'a non-empty string');
                calls.push(makeCall('legacy-v1', tool, o.args ?? {}, null, null, calls.length, 0, this.file, this.line));
            }
            else {
                const list = optArray(o, 'tool_calls', shape);
                if (list !== undefined)
                    for (const c of this.entryCalls(list, `${shape}: tool_calls`, calls.length))
                        calls.push(c);
            }
        }
        const kept = this.retainCalls ? calls : [];
        meta.tool_calls = kept;
        const entry = makeEntry(prompt, requestId, text ?? '', model, meta, kept, 0, this.line, this.file, legacy ? 'legacy' : 'v1');
        // Duplicates are checked before the calls go out, so a fatal duplicate emits nothing of its entry.
        this.dups.register(entry, this.fileIdx, requestId !== undefined);
        for (const c of calls) {
            this.stats.calls++;
            this.onCall?.(entry.key, c);
        }
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    /** Normalises a `tool_calls` array of a record or meta (01 §1.7); validates all before returning. */
    entryCalls(list, where, offset) {
        const out = [];
        for (let i = 0; i < list.length; i++) {
            out.push(normalizeEntryCall(list[i], {
                where: `${where}[${i}]`,
                nameKeys: ENTRY_NAME_KEYS,
                argKeys: ARG_KEYS,
                defaultId: `legacy-${offset + i}`,
                index: offset + i,
                honourIndex: true,
                defaultTs: 0,
                file: this.file,
                line: this.line,
            }));
        }
        return out;
    }
    // ---- plain tool-call records (§1.6) ----
    plainRecord(o, shape) {
        const named = firstPresent(o, PLAIN_NAME_KEYS);
        let name;
        let list;
        if (named !== undefined) {
            if (typeof named[1] !== 'string' || named[1] === '')
                throw mistyped(shape, named[0], 'a non-empty string');
            name = named[1];
        }
        else {
            list = optArray(o, 'tool_calls', shape);
            if (list === undefined)
                throw new BadLine(`${shape}: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array`);
        }
        let groupKey = '';
        const g = firstPresent(o, GROUP_KEYS);
        if (g !== undefined) {
            if (typeof g[1] !== 'string')
                throw mistyped(shape, g[0], 'a string');
            groupKey = g[1];
        }
        const prompt = optString(o, 'prompt', shape);
        let text = optString(o, 'response', shape);
        if (text === undefined)
            text = optString(o, 'text', shape);
        const ts = optTimestamp(o, 'timestamp', shape) ?? optTimestamp(o, 'ts_ms', shape) ?? 0;
        const id = optId(o, assembler_ID_KEYS, shape);
        let group = this.groups.get(groupKey);
        const base = group === undefined ? 0 : group.count;
        // Build (and so validate) every call before any side effect.
        let calls;
        if (name !== undefined) {
            calls = [makeCall(id ?? `call-${base}`, name, pickArgs(o, ARG_KEYS), o.result ?? null, o.error ?? null, base, ts, this.file, this.line)];
        }
        else {
            calls = [];
            const l = list;
            for (let i = 0; i < l.length; i++) {
                calls.push(normalizeEntryCall(l[i], {
                    where: `${shape}: tool_calls[${i}]`,
                    nameKeys: ENTRY_NAME_KEYS,
                    argKeys: ARG_KEYS,
                    defaultId: `call-${base + i}`,
                    index: base + i,
                    honourIndex: false,
                    defaultTs: ts,
                    file: this.file,
                    line: this.line,
                }));
            }
        }
        if (group === undefined) {
            group = new PlainGroup(groupKey, this.line);
            this.groups.set(groupKey, group);
        }
        if (prompt !== undefined && group.prompt === undefined)
            group.prompt = prompt;
        if (text !== undefined)
            group.text = text;
        const key = group.key;
        for (const call of calls) {
            group.count++;
            group.lastCall = call;
            if (this.retainCalls) {
                group.calls.push(call);
                this.plainCalls.set(call.id, call);
            }
            else {
                this.plainCallGroups.set(call.id, group);
            }
            this.stats.calls++;
            this.onCall?.(key, call);
        }
    }
    toolResult(o) {
        const S = 'tool_result';
        const id = optId(o, assembler_ID_KEYS, S);
        if (id === undefined)
            throw new BadLine(`${S}: missing "id" or "tool_call_id"`);
        let call;
        if (this.retainCalls) {
            call = this.plainCalls.get(id);
            if (call === undefined)
                throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
        }
        else {
            const group = this.plainCallGroups.get(id);
            if (group === undefined)
                throw new BadLine(`${S} for call ${quote(id)} which was not seen`);
            // Without retained calls only the group's last call still matters (it may become the entry text).
            if (group.lastCall?.id !== id)
                return;
            call = group.lastCall;
        }
        if (o.result !== undefined)
            call.result = o.result;
        if (o.error !== undefined)
            call.error = o.error;
    }
    finishGroup(g) {
        const prompt = g.prompt ?? (g.groupKey === '' ? DEFAULT_GROUP_PROMPT : undefined);
        let text = g.text;
        if (text === undefined) {
            const r = g.lastCall?.result;
            text = r === undefined || r === null ? '' : renderResult(r);
        }
        const meta = { tool_calls: g.calls };
        const entry = makeEntry(prompt, g.groupKey !== '' ? g.groupKey : undefined, text, 'trace', meta, g.calls, 0, g.firstLine, this.file, 'plain');
        this.emitEntry(entry, false);
    }
    emitEntry(entry, fromRequestId) {
        this.dups.register(entry, this.fileIdx, fromRequestId);
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    // ---- call-list documents (§1.11) ----
    /**
     * A whole `.json` call list as one entry (binding id = file stem). `items` are the array elements,
     * `lines` the line of each element's opening brace, `label` the array's key for messages ("" for a root array).
     */
    callList(stem, items, lines, label, spans) {
        const calls = [];
        const meta = {};
        const entry = makeEntry(undefined, stem, '', 'trace', meta, calls, 0, 1, this.file, 'call_list');
        this.dups.register(entry, this.fileIdx, false);
        let count = 0;
        for (let i = 0; i < items.length; i++) {
            this.line = lines[i] ?? 1;
            const where = `${label}[${i}]`;
            try {
                let call;
                if (spans) {
                    const s = items[i];
                    if (!isObject(s))
                        throw new BadLine(`${where} must be an object`);
                    const name = s.name;
                    if (typeof name !== 'string' || name === '')
                        throw new BadLine(`${where} has no name`);
                    // Internal spans (`internal…` without a dot) are not tool calls.
                    if (name.startsWith('internal') && !name.includes('.'))
                        continue;
                    const id = optId(s, assembler_ID_KEYS, where) ?? `call-${count}`;
                    call = makeCall(id, name, s.attributes ?? {}, null, null, count, 0, this.file, this.line);
                }
                else {
                    call = normalizeEntryCall(items[i], {
                        where,
                        nameKeys: CALL_LIST_NAME_KEYS,
                        argKeys: CALL_LIST_ARG_KEYS,
                        defaultId: `call-${count}`,
                        index: count,
                        honourIndex: false,
                        defaultTs: 0,
                        file: this.file,
                        line: this.line,
                    });
                }
                count++;
                if (this.retainCalls)
                    calls.push(call);
                this.stats.records++;
                this.stats.calls++;
                this.onCall?.(stem, call);
            }
            catch (e) {
                if (e instanceof BadLine)
                    this.reject(e);
                else
                    throw e;
            }
        }
        meta.tool_calls = calls;
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
}
/** `meta.tool_calls` given in the input: an array of calls to normalise (01 §1.8), else absent. */
function metaToolCalls(meta, shape) {
    const v = meta.tool_calls;
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v))
        throw mistyped(shape, 'meta.tool_calls', 'an array');
    return v;
}
/** One constructor for every entry so all TraceEntry objects share a hidden class. */
function makeEntry(prompt, bindingId, text, model, meta, toolCalls, steps, firstLine, file, kind) {
    const key = bindingId !== undefined && bindingId !== '' ? bindingId : (prompt ?? '');
    return { prompt, binding_id: bindingId, text, model, meta, tool_calls: toolCalls, steps, first_line: firstLine, file, key, kind };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/core/trace/open-file.ts
// Opening trace files: a missing, unreadable or directory path → E_TRACE_NOT_FOUND (01 §1.10).


/** `ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or directory` (the path is named already). */
function osErrorText(err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /^(E[A-Z0-9]+: [^,]*), \w+ '.*'$/s.exec(msg);
    return m?.[1] ?? msg;
}
function cannotOpen(display, err) {
    const reason = `cannot open trace file: ${osErrorText(err)}`;
    const d = { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: reason, source: 'trace', file: display };
    return new errors/* InputError */.dz('E_TRACE_NOT_FOUND', `${display}: ${reason}`, {
        source: 'trace',
        context: { file: display },
        nextStepValues: { 'trace.jsonl': display },
        diagnostics: [d],
    });
}
/** Opens a regular (or special, e.g. FIFO) file for reading; directories and open errors → E_TRACE_NOT_FOUND. */
async function openTraceFile(path, display) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, 'r');
    }
    catch (e) {
        throw cannotOpen(display, e);
    }
    try {
        if ((await fh.stat()).isDirectory())
            throw cannotOpen(display, 'EISDIR: illegal operation on a directory');
    }
    catch (e) {
        await fh.close();
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    return fh;
}

;// CONCATENATED MODULE: ./src/core/trace/call-list.ts
// Call-list documents (01 §1.11): a `.json` file (not .jsonl/.ndjson) holding one list of calls — an array,
// an object with a `tools`, `tool_calls` or `calls` array, or `{"spans":[{name, attributes?}]}`. The whole
// document is one entry; each call's position is the line of its opening brace.








/** Import documents are capped at 256 MiB (01 §0); call lists are read whole, so the same cap applies. */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const LIST_KEYS = ['tools', 'tool_calls', 'calls'];
function isCallListPath(path) {
    return /\.json$/i.test(path);
}
function fatal(file, message, line, col) {
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    if (line !== undefined) {
        d.line = line;
        d.col = col ?? 1;
    }
    return new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, line, col: line === undefined ? undefined : (col ?? 1) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
async function readWhole(path, display) {
    const fh = await openTraceFile(path, display);
    try {
        if ((await fh.stat()).size > MAX_DOCUMENT_BYTES)
            throw fatal(display, 'document exceeds 256 MiB');
        const buf = await fh.readFile();
        if (buf.length > MAX_DOCUMENT_BYTES)
            throw fatal(display, 'document exceeds 256 MiB');
        return buf;
    }
    catch (e) {
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    finally {
        await fh.close();
    }
}
async function readCallList(path, display, asm) {
    const buf = await readWhole(path, display);
    if (!(0,external_node_buffer_.isUtf8)(buf)) {
        const off = Math.max(0, firstInvalidUtf8(buf));
        const before = buf.toString('utf8', 0, off);
        const { line, col } = offsetToLineCol(before, before.length);
        throw fatal(display, 'document is not valid UTF-8', line, col);
    }
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : (jsonErrorOffset(text) ?? 0);
        const { line, col } = offsetToLineCol(text, off);
        throw fatal(display, `invalid JSON: ${msg}`, line, col);
    }
    let items;
    let key = null;
    let spans = false;
    if (Array.isArray(doc)) {
        items = doc;
    }
    else if (isObject(doc)) {
        for (const k of LIST_KEYS) {
            const v = doc[k];
            if (Array.isArray(v)) {
                items = v;
                key = k;
                break;
            }
        }
        if (items === undefined && Array.isArray(doc.spans)) {
            items = doc.spans;
            key = 'spans';
            spans = true;
        }
    }
    if (items === undefined) {
        throw fatal(display, `call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found ${isObject(doc) ? 'an object without one' : jsonTypeName(doc)}`);
    }
    const lines = offsetsToLines(text, arrayElementOffsets(text, key));
    const stem = (0,external_node_path_.basename)(path).replace(/\.json$/i, '');
    asm.beginFile(display);
    asm.callList(stem, items, lines, key ?? '', spans);
    asm.endFile();
}

;// CONCATENATED MODULE: ./src/core/trace/reader.ts
// The streaming trace reader (01 §1.1, D4): reads JSONL in 1 MiB chunks, splits lines on bytes, decodes
// whole chunks at once when they are valid UTF-8 (the common case) and hands each line to the assembler.
// Lines over 16 MiB are discarded while streaming, never buffered. `.json` files are call-list documents.






const CHUNK_BYTES = 1 << 20;
/** Longest accepted line, excluding its LF and a CR before it (01 §0). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Reads one trace file (JSONL, or a `.json` call-list document) and returns its counts. */
async function readTrace(path, visitor, opts = {}) {
    return readTraceFiles([{ path, displayPath: opts.displayPath ?? path }], visitor, opts);
}
/**
 * Reads several files in order as one trace: duplicate prompts/binding ids are detected across files and the
 * counts are summed. Episodes and plain-record groups do not span files (each completes at its file's end).
 */
async function readTraceFiles(files, visitor, opts = {}) {
    const asm = new TraceAssembler(visitor, opts.strict ?? false, opts.retainCalls ?? true);
    for (const f of files) {
        const path = typeof f === 'string' ? f : f.path;
        const display = typeof f === 'string' ? f : (f.displayPath ?? f.path);
        if (isCallListPath(path))
            await readCallList(path, display, asm);
        else
            await readJsonl(path, display, asm);
    }
    return { ...asm.stats };
}
async function readJsonl(path, display, asm) {
    const fh = await openTraceFile(path, display);
    try {
        asm.beginFile(display);
        const splitter = new LineSplitter(asm);
        // One buffer reused for every read: lines are decoded to strings (copies) and partial lines are copied.
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            let n;
            try {
                n = (await fh.read(buf, 0, CHUNK_BYTES, null)).bytesRead;
            }
            catch (e) {
                throw cannotOpen(display, e);
            }
            if (n === 0)
                break;
            splitter.push(buf.subarray(0, n));
        }
        splitter.end();
        asm.endFile();
    }
    finally {
        await fh.close();
    }
}
/** Splits chunks into lines. A line that spans chunks is collected (copied) until its LF, or discarded past 16 MiB. */
class LineSplitter {
    asm;
    parts = [];
    /** Bytes of the unfinished line so far (also counted while discarding). */
    pendingLen = 0;
    discarding = false;
    lineNo = 0;
    constructor(asm) {
        this.asm = asm;
    }
    push(chunk) {
        const n = chunk.length;
        let start = 0;
        if (this.pendingLen > 0) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                this.appendPending(chunk, 0, n);
                return;
            }
            this.appendPending(chunk, 0, nl);
            this.finishPending();
            start = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last >= start) {
            this.completeLines(chunk, start, last);
            start = last + 1;
        }
        if (start < n)
            this.appendPending(chunk, start, n);
    }
    /** End of input: a last line without LF is still a line. */
    end() {
        if (this.pendingLen > 0)
            this.finishPending();
    }
    appendPending(chunk, s, e) {
        this.pendingLen += e - s;
        if (this.discarding)
            return;
        if (this.pendingLen > MAX_LINE_BYTES + 1) {
            // Certainly too long even if it ends in CR: stop keeping bytes, just look for the end of the line.
            this.discarding = true;
            this.parts = [];
            return;
        }
        if (e > s)
            this.parts.push(Buffer.from(chunk.subarray(s, e)));
    }
    finishPending() {
        const lineNo = ++this.lineNo;
        const len = this.pendingLen;
        const discarded = this.discarding;
        const parts = this.parts;
        this.parts = [];
        this.pendingLen = 0;
        this.discarding = false;
        if (discarded) {
            this.asm.badLine(lineNo, LINE_TOO_LONG, 1);
            return;
        }
        const line = parts.length === 1 ? parts[0] : Buffer.concat(parts, len);
        const contentLen = line[len - 1] === 13 ? len - 1 : len;
        if (contentLen > MAX_LINE_BYTES) {
            this.asm.badLine(lineNo, LINE_TOO_LONG, 1);
            return;
        }
        this.decodeLine(line, 0, len, lineNo);
    }
    /** chunk[s, e) holds complete lines and chunk[e] is LF. Lines here are < 1 MiB, so no size check. */
    completeLines(chunk, s, e) {
        const asm = this.asm;
        if ((0,external_node_buffer_.isUtf8)(chunk.subarray(s, e))) {
            // Fast path: one decode for the whole region, then split the string.
            const str = chunk.toString('utf8', s, e);
            let p = 0;
            for (;;) {
                const q = str.indexOf('\n', p);
                if (q === -1) {
                    asm.handleLine(p === 0 ? str : str.slice(p), ++this.lineNo);
                    return;
                }
                asm.handleLine(str.slice(p, q), ++this.lineNo);
                p = q + 1;
            }
        }
        let p = s;
        for (;;) {
            const q = chunk.indexOf(10, p); // ≤ e, since chunk[e] is LF
            this.decodeLine(chunk, p, q, ++this.lineNo);
            if (q >= e)
                return;
            p = q + 1;
        }
    }
    decodeLine(buf, s, e, lineNo) {
        const view = buf.subarray(s, e);
        if ((0,external_node_buffer_.isUtf8)(view)) {
            this.asm.handleLine(buf.toString('utf8', s, e), lineNo);
            return;
        }
        const off = firstInvalidUtf8(view);
        let col = off < 0 ? 1 : codePointsInUtf8(view, off) + 1;
        if (lineNo === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf && col > 1)
            col--; // BOM is not shown
        this.asm.badLine(lineNo, INVALID_UTF8, col);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/require-records.ts
// Gate inputs (`run`, `ci`, `coverage`) need at least one record (01 §1.1); the reader itself accepts empty files.

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
function requireRecords(stats, displayPath) {
    if (stats.records > 0)
        return;
    const message = 'trace contains no records';
    throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file: displayPath },
        nextStepValues: { 'trace.jsonl': displayPath },
        diagnostics: [{ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: displayPath }],
    });
}

;// CONCATENATED MODULE: ./src/core/trace/index.ts






/***/ }),

/***/ 69723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
// YAML parsing that keeps positions (01 §0): every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points (01 §0), from a UTF-16 based line/col pair. */
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
