export const id = 299;
export const ids = [299];
export const modules = {

/***/ 5299:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerCi: () => (/* binding */ registerCi),
  registerRun: () => (/* binding */ registerRun)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/core/report/findings-sink.ts + 1 modules
var findings_sink = __webpack_require__(718);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/report/findings-baseline.ts
// Findings-fingerprint baseline: written every ci run, read back as our JSON or as a
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
    return new errors/* InputError */.dz('E_BASELINE_INVALID', `${file}: findings baseline ${why}`, {
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
        text = (0,read_text/* readTextStrict */.hr)(path, displayPath, 'E_BASELINE_INVALID', { errorClass: errors/* InputError */.dz, source: 'baseline' });
    }
    catch (e) {
        if (e instanceof errors/* InputError */.dz)
            throw e;
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
        const fp = prefixedFingerprint(f.fingerprint);
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
/**
 * diffFindings over every finding of a sink (its compact fingerprints, not the findings themselves):
 * `findings` are the kept ones (their `baseline_state` was set by the sink).
 */
function diffSink(sink, baseline, findings) {
    const base = baseline.fingerprints; // unique, sorted
    const diff = { new: [], fixed: [], unchanged: [] };
    let i = 0;
    for (const e of sink.uniqueFingerprints()) {
        while (i < base.length && base[i] < e.fingerprint)
            diff.fixed.push(base[i++]);
        if (i < base.length && base[i] === e.fingerprint) {
            diff.unchanged.push(e.fingerprint);
            i++;
        }
        else
            diff.new.push(e.fingerprint);
    }
    while (i < base.length)
        diff.fixed.push(base[i++]);
    return {
        findings: [...findings],
        diff,
        counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
    };
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/gate/policy-run.ts
var policy_run = __webpack_require__(949);
;// CONCATENATED MODULE: ./src/core/gate/gate-run.ts
// The CI gate of `run` and `ci`: load → evaluate → findings → outcome, returned as a
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
/** A top-level block key `tests:` or `suite:` (column 0) marks an eval config. */
const EVAL_TOP_KEY = /^(?:tests|suite)[ \t]*:/m;
/**
 * readConfigFile, without its kind-detection parse when the text plainly is an eval config: the eval
 * loader parses it (with positions) anyway, and a large suite's YAML parse dominates the run.
 * Anything else — and every error — goes through readConfigFile.
 */
function readConfig(path, display) {
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (st.isFile() && st.size <= config_kind/* MAX_CONFIG_BYTES */.GW) {
            const bytes = (0,external_node_fs_.readFileSync)(path);
            // Invalid UTF-8 takes the slow path: readConfigFile refuses it with its position.
            if (!(0,read_text/* findUtf8Problem */.kd)(bytes)) {
                const text = (0,read_text/* decodeUtf8Strict */.h0)(bytes, display, 'E_CFG_PARSE');
                if (EVAL_TOP_KEY.test(text))
                    return { kind: 'eval', path, display, text };
            }
        }
    }
    catch {
        // readConfigFile reports it
    }
    return (0,config_kind/* readConfigFile */.RG)(path, display);
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
function definedValues(v) {
    return Object.fromEntries(Object.entries(v).filter((e) => e[1] !== undefined));
}
/** Report for a failure before any verdict: minimal run.json, a failure summary.json. */
function earlyFailure(e, o, suite = 'policy') {
    let code = 'E_INTERNAL';
    let message = e instanceof Error ? e.message : String(e);
    let nextStep = (0,reason_codes/* fillNextStep */.lT)('E_INTERNAL');
    let diags = [{ code, severity: 'error', message }];
    if (e instanceof errors/* AssayError */.WV) {
        code = e.reasonCode;
        // The error knew only its own file; fill what the run knows (config, policy, trace).
        nextStep = (0,reason_codes/* fillNextStep */.lT)(code, {
            'config.yaml': o.config?.display ?? o.policy?.display,
            'policy.yaml': o.policy?.display ?? o.config?.display,
            'trace.jsonl': o.traces[0]?.display,
            ...definedValues(e.nextStepValues),
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
                throw new errors/* AssayError */.WV('E_CFG_PARSE', `${o.config.display}: eval configs are not supported by this command`, { source: 'config' });
            evalSession = o.eval.load(cf);
            diagnostics.push(...evalSession.warnings);
        }
    }
    if (!policyRef && !evalSession) {
        throw new errors/* AssayError */.WV('E_MISSING_CONFIG', 'no config or policy given (use --config <file> or --policy <file>)', { source: 'config' });
    }
    let loaded;
    if (policyRef) {
        loaded = (0,policy_run/* loadPolicy */.tb)(policyRef.path, policyRef.display, {
            denyDeprecations: o.denyDeprecations,
            lenient: o.lenient,
            ...(policyText !== undefined ? { text: policyText } : {}),
        });
        diagnostics.push(...loaded.warnings);
    }
    const findingsBaseline = o.findingsBaseline ? readFindingsBaseline(o.findingsBaseline.path, o.findingsBaseline.display) : undefined;
    // Every finding flows through one sink: exact counts, bounded samples, the run.json spool (docs/findings.md).
    const sink = new findings_sink/* FindingsSink */.OC({
        redactPrompts: o.redactPrompts,
        ...(findingsBaseline ? { baseline: findingsBaseline.fingerprints } : {}),
        ...(o.maxConsoleFindings !== undefined ? { consolePerGroup: o.maxConsoleFindings } : {}),
        spool: {
            ...findings_sink/* RUN_JSON_SPOOL */.Lh,
            ...(o.spoolDir !== undefined ? { dir: o.spoolDir } : {}),
            ...(o.spoolChunkChars !== undefined ? { chunkChars: o.spoolChunkChars } : {}),
        },
    });
    if (o.baseline && !evalSession) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--baseline compares eval scores and needs an eval config (--config eval.yaml)', { source: 'cli' });
    }
    if (o.traces.length === 0 && evalSession?.needsTrace) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `${o.config?.display ?? 'config'}: model is "trace", so --trace-file is required`, { source: 'cli' });
    }
    // `--policy P` alone (no config, no trace) loads and validates the policy: its warnings become
    // config/ findings. A policy given as --config needs a trace, found or named.
    const policyAlone = o.policy !== undefined && o.config === undefined;
    if (o.traces.length === 0 && loaded && !policyAlone) {
        throw new errors/* AssayError */.WV('E_TRACE_NOT_FOUND', 'no trace file given or found (looked at trace.jsonl, traces/*.jsonl, .assay/traces/*.jsonl)', {
            source: 'trace',
            nextStepValues: { 'trace.jsonl': 'trace.jsonl' },
        });
    }
    const tIngest = now();
    let run;
    let stats;
    if (o.traces.length > 0) {
        if (loaded) {
            run = await (0,policy_run/* gateTraces */.yo)(loaded, o.traces, { strict: o.strict, sink, onEntry: evalSession ? (e) => evalSession.onEntry(e) : undefined });
            stats = run.stats;
            diagnostics.push(...run.traceDiagnostics);
        }
        else if (evalSession) {
            const { readTraceInput } = await Promise.resolve(/* import() */).then(__webpack_require__.bind(__webpack_require__, 5750));
            const traceDiags = new policy_run/* DiagnosticSampler */.EG();
            stats = await readTraceInput(o.traces.map((t) => ({ path: t.path, displayPath: t.display })), { onEntry: (e) => void evalSession.onEntry(e), onDiagnostic: (d) => traceDiags.add(d) }, { strict: o.strict ?? false });
            diagnostics.push(...traceDiags.list());
        }
    }
    const tEval = now();
    const evalOutcome = evalSession ? await evalSession.finish({ traced: o.traces.length > 0 }) : undefined;
    if (evalOutcome?.diagnostics)
        diagnostics.push(...evalOutcome.diagnostics);
    // Gate findings are already in the sink; occurrence numbers are per (rule, subject, detail), and config,
    // test and policy findings never share a rule id, so adding these last fingerprints as before.
    const drafts = [
        ...(0,policy_run/* configFindingDrafts */.yg)(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))),
        ...(evalOutcome?.drafts ?? []),
    ];
    for (const d of drafts)
        sink.add(d);
    const policySuites = run ? (0,policy_run/* policySuitesOf */.Fr)(run, o.traces) : [];
    // In memory: only the kept top-K (SARIF/JUnit and the console's first lines); run.json streams them all.
    const findings = sink.topSorted();
    let diff;
    if (findingsBaseline)
        diff = diffSink(sink, findingsBaseline, findings);
    // Outcome: eval rows first, then findings at or above --fail-on, then strict warn rows.
    const failOn = o.failOn ?? 'error';
    // Only policy/config findings count toward --fail-on; test and baseline findings gate through their rows.
    const gateable = findings.filter((f) => f.source === 'policy' || f.source === 'config');
    const gated = sink.countAtOrAbove(failOn, ['policy', 'config'], o.gateNewOnly === true && diff !== undefined);
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
                    // explain reads <out-dir>/run.json: name the folder when it is not the default.
                    'out-dir': o.outDirDisplay !== '.assay/reports' ? o.outDirDisplay : undefined,
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
        findingSet: sink,
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
        policySuites,
        configSuites: evalOutcome ? [evalOutcome.configSuite] : [],
        ...(diff ? { diff } : {}),
        ...(stats ? { stats } : {}),
        diagnostics,
        errorDiagnostics: [],
        ...(evalOutcome?.baselineText !== undefined ? { evalBaseline: evalOutcome.baselineText } : {}),
        ...(evalOutcome?.info ? { eval: evalOutcome.info } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/report/junit.ts
var junit = __webpack_require__(6490);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
;// CONCATENATED MODULE: ./src/core/report/run-json.ts
// run.json: no `schema` key; keys in the documented order; the minimal shape on early exits.
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
/** One row key order, with its single attempt. */
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
            ...(opts.reportSetId !== undefined ? { report_set_id: opts.reportSetId } : {}),
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
    if (opts.reportSetId !== undefined)
        out.report_set_id = opts.reportSetId;
    return out;
}
/** run.json text: pretty JSON, 2 spaces, final newline. */
function buildRunJson(r, opts) {
    return JSON.stringify(runJsonObject(r, opts), null, 2) + '\n';
}
/** `run --format json` after a completed run: `assay.run_report.v1`. */
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

// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(8327);
;// CONCATENATED MODULE: ./src/core/report/run-json-stream.ts



/** Write run.json to `path` (the report set's path for it). Write failures throw InfraError E_IO_ERROR. */
function writeRunJsonFile(path, r, opts) {
    const w = new json_stream/* SyncWriter */.vV(path);
    try {
        const sink = r.findingSet;
        if (!r.completed || sink === undefined || !sink.hasSpool) {
            w.write(buildRunJson(r, opts));
        }
        else {
            (0,json_stream/* writeDocWithStreamedArray */.uO)(w, runJsonObject({ ...r, findings: [] }, opts), 'findings', sink.spooledBytes());
        }
    }
    finally {
        w.close();
    }
}
/** findings-baseline.json from a sink: the same bytes as buildFindingsBaseline over all findings. */
function writeFindingsBaselineFile(path, sink, meta) {
    const w = new json_stream/* SyncWriter */.vV(path);
    try {
        const doc = { schema: FINDINGS_BASELINE_SCHEMA, assay_version: meta.assayVersion, category: meta.category, findings: [] };
        // prettyAt({fingerprint, rule_id, level}, 2) spelled out: three strings, one entry per fingerprint.
        const items = (function* () {
            for (const e of sink.uniqueFingerprints()) {
                yield `{\n      "fingerprint": ${JSON.stringify(e.fingerprint)},\n      "rule_id": ${JSON.stringify(e.rule_id)},\n      "level": ${JSON.stringify(e.level)}\n    }`;
            }
        })();
        (0,json_stream/* writeDocWithStreamedArray */.uO)(w, doc, 'findings', items);
    }
    finally {
        w.close();
    }
}

;// CONCATENATED MODULE: ./src/core/report/summary-json.ts
// summary.json (`assay.run_summary.v1`): keys in the documented order, `schema` last.



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
        out.findings = r.findingSet ? { ...r.findingSet.counts } : (0,finding/* countFindings */.Gt)(r.findings);
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

// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/core/report/report-set.ts
// One writer for a run's reports (CLI and action): every file of a run is written into a temporary folder
// beside the target and renamed into place at the end, so a reports folder never mixes two runs and never
// keeps the passing reports of an older run next to a failed or interrupted one. summary.json carries the
// set's id, its status and the list of files it holds; that list is how the next run knows which older
// files are ours to remove (user files in the folder are never touched). See docs/reports.md.





const SUMMARY_FILE = 'summary.json';
/** Marks temporary folders and files of an unfinished set (`.<name>.assay-tmp-XXXXXX`). */
const TEMP_MARK = '.assay-tmp-';
/**
 * The set's id: in reproducible mode a digest of what the run was given (same inputs → same bytes),
 * otherwise of caller-supplied random bytes (core draws no randomness itself).
 */
function reportSetId(material) {
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 16);
}
function ioError(what, path, e) {
    const msg = e instanceof Error ? e.message : String(e);
    return new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${what}: ${msg}`, { source: 'unknown', context: { file: path }, nextStepValues: { path } });
}
/** A relative name that stays inside its folder: no `..`, no absolute path, no empty segment. */
function safeName(name) {
    if (name === '' || (0,external_node_path_.isAbsolute)(name) || name.includes('\\') || name.includes('\0'))
        return false;
    return name.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function listFiles(dir, prefix = '') {
    const out = [];
    for (const d of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${d.name}` : d.name;
        if (d.isDirectory())
            out.push(...listFiles((0,external_node_path_.join)(dir, d.name), rel));
        else
            out.push(rel);
    }
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** Files listed by the summary.json already in `dir` (empty when absent, unreadable or not ours). */
function readManifest(dir) {
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, SUMMARY_FILE), 'utf8'));
    }
    catch {
        return [];
    }
    const files = doc?.report_set?.files;
    if (!Array.isArray(files))
        return [];
    return files.filter((f) => typeof f === 'string' && safeName(f));
}
/**
 * summary.json text with `status` and `report_set` added before `schema` (which stays last). The summary
 * is small (counts only), so re-serialising it is cheap and keeps the builder's key order.
 */
function stampSummary(summaryText, stamp) {
    const doc = JSON.parse(summaryText);
    const out = {};
    for (const [k, v] of Object.entries(doc))
        if (k !== 'schema' && k !== 'status' && k !== 'report_set')
            out[k] = v;
    out.status = stamp.status;
    out.report_set = { id: stamp.id, files: [...stamp.files] };
    if ('schema' in doc)
        out.schema = doc.schema;
    return JSON.stringify(out, null, 2) + '\n';
}
function removeFile(path, removed) {
    try {
        if ((0,external_node_fs_.lstatSync)(path).isDirectory())
            return;
    }
    catch {
        return;
    }
    (0,external_node_fs_.rmSync)(path, { force: true });
    removed.push(path);
}
/** Remove now-empty folders between `path`'s parent and `root` (exclusive). */
function pruneEmptyDirs(path, root) {
    for (let d = (0,external_node_path_.dirname)(path); d !== root && d.startsWith(root + external_node_path_.sep); d = (0,external_node_path_.dirname)(d)) {
        try {
            (0,external_node_fs_.rmdirSync)(d);
        }
        catch {
            return;
        }
    }
}
/** Remove older Assay files from `dir` that `keep` does not hold (manifest ∪ owned names; never a folder). */
function removeStale(dir, manifest, keep, owned) {
    const removed = [];
    for (const d of owned) {
        if (!d.endsWith('/') || !safeName(d.slice(0, -1)))
            continue;
        const p = (0,external_node_path_.join)(dir, d.slice(0, -1));
        if ((0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false }) === undefined)
            continue;
        (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
        removed.push(p);
    }
    const candidates = new Set([...manifest, ...owned.filter(safeName)]);
    for (const name of candidates) {
        if (keep.has(name))
            continue;
        const p = (0,external_node_path_.join)(dir, name);
        removeFile(p, removed);
        if (name.includes('/'))
            pruneEmptyDirs(p, dir);
    }
    return removed;
}
class ReportSet {
    id;
    /** The reports folder (absolute). */
    dir;
    /** The temporary folder beside it that holds the set until commit. */
    tempDir;
    owned;
    /** Absolute target outside `dir` → its temporary file beside it. */
    external = new Map();
    state = 'open';
    failure;
    constructor(dir, o) {
        this.dir = (0,external_node_path_.resolve)(dir);
        this.id = o.id;
        this.owned = o.ownedNames ?? [];
        try {
            const st = (0,external_node_fs_.statSync)(this.dir, { throwIfNoEntry: false });
            if (st && !st.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory: ${this.dir}`), { code: 'ENOTDIR' });
            (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(this.dir));
            let temp;
            try {
                temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(this.dir), `.${(0,external_node_path_.basename)(this.dir)}${TEMP_MARK}`));
            }
            catch (beside) {
                // A writable folder in a read-only parent (`--out-dir .` at a read-only root): stage inside it.
                try {
                    (0,make_dirs/* makeDirs */.X)(this.dir);
                    temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.dir, TEMP_MARK));
                }
                catch {
                    throw beside;
                }
            }
            this.tempDir = temp;
        }
        catch (e) {
            throw ioError('the reports directory', this.dir, e);
        }
    }
    /** The first required report that could not be written (set by fail()). */
    get failed() {
        return this.failure;
    }
    /**
     * Where to write a report: a name relative to the reports folder, or an absolute path (inside the
     * folder it is treated as a name; outside, e.g. `--junit other/j.xml`, it gets a temporary file beside
     * it). Parent folders are created.
     */
    path(nameOrPath) {
        if (this.state !== 'open')
            throw new Error(`report set ${this.id} is ${this.state}`);
        const rel = this.relName(nameOrPath);
        let p;
        if (rel !== undefined)
            p = (0,external_node_path_.join)(this.tempDir, rel);
        else {
            const abs = (0,external_node_path_.resolve)(nameOrPath);
            p = this.external.get(abs) ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(abs), `.${(0,external_node_path_.basename)(abs)}${TEMP_MARK}${(0,external_node_path_.basename)(this.tempDir).slice(-6)}`);
            this.external.set(abs, p);
        }
        (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(p));
        return p;
    }
    /** Write one report; on failure the partial file is removed and an E_IO_ERROR is thrown. */
    write(nameOrPath, text) {
        let p;
        try {
            p = this.path(nameOrPath);
            (0,external_node_fs_.writeFileSync)(p, text);
            return p;
        }
        catch (e) {
            if (p !== undefined)
                (0,external_node_fs_.rmSync)(p, { force: true });
            throw e instanceof errors/* InfraError */.Ri ? e : ioError(nameOrPath, nameOrPath, e);
        }
    }
    /** Drop a report from the set (a streamed writer that failed half-way calls this). */
    discard(nameOrPath) {
        const rel = this.relName(nameOrPath);
        if (rel !== undefined)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.tempDir, rel), { force: true });
        else {
            const abs = (0,external_node_path_.resolve)(nameOrPath);
            const t = this.external.get(abs);
            if (t !== undefined)
                (0,external_node_fs_.rmSync)(t, { force: true });
            this.external.delete(abs);
        }
    }
    /** Record that a required report could not be written; the caller rewrites the rest with exit 3. */
    fail(e, nameOrPath) {
        const err = e instanceof errors/* InfraError */.Ri ? e : ioError(nameOrPath, nameOrPath, e);
        this.failure ??= err;
        this.discard(nameOrPath);
        return err;
    }
    /** Files the set holds so far, relative to the folder (sorted). */
    files() {
        return listFiles(this.tempDir);
    }
    /** The stamp summary.json carries: this set's id, its status and its files (summary.json included). */
    stamp(status = 'complete') {
        const files = new Set(this.files());
        files.add(SUMMARY_FILE);
        return { id: this.id, status, files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
    }
    /**
     * Put the set in place. An empty or missing folder is replaced by one rename; otherwise the old
     * summary.json goes first (no verdict is left that the files beside it contradict), then each file
     * is renamed in, older Assay files the set does not hold are removed, and the new summary.json comes last.
     */
    commit() {
        if (this.state !== 'open')
            throw new Error(`report set ${this.id} is ${this.state}`);
        const files = this.files();
        const result = { committed: [], removed: [] };
        try {
            for (const [abs, tmp] of this.external) {
                try {
                    (0,external_node_fs_.statSync)(tmp);
                }
                catch {
                    continue;
                }
                (0,external_node_fs_.renameSync)(tmp, abs);
                result.committed.push(abs);
            }
            if (this.isEmptyOrMissing()) {
                (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
                (0,external_node_fs_.renameSync)(this.tempDir, this.dir);
            }
            else {
                const manifest = readManifest(this.dir);
                removeFile((0,external_node_path_.join)(this.dir, SUMMARY_FILE), []);
                result.removed = removeStale(this.dir, manifest, new Set(files), this.owned);
                for (const f of files) {
                    if (f === SUMMARY_FILE)
                        continue;
                    const to = (0,external_node_path_.join)(this.dir, f);
                    (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(to));
                    if ((0,external_node_fs_.lstatSync)(to, { throwIfNoEntry: false })?.isDirectory())
                        (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
                    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.tempDir, f), to);
                }
                if (files.includes(SUMMARY_FILE))
                    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.tempDir, SUMMARY_FILE), (0,external_node_path_.join)(this.dir, SUMMARY_FILE));
                (0,external_node_fs_.rmSync)(this.tempDir, { recursive: true, force: true });
            }
            result.committed.push(...files.map((f) => (0,external_node_path_.join)(this.dir, f)));
            this.state = 'committed';
            return result;
        }
        catch (e) {
            this.abort();
            throw ioError('the reports directory', this.dir, e);
        }
    }
    /** Throw the set away (temporary folder and files); the reports folder is left as it is. */
    abort() {
        if (this.state === 'committed')
            return;
        this.state = 'aborted';
        (0,external_node_fs_.rmSync)(this.tempDir, { recursive: true, force: true });
        for (const tmp of this.external.values())
            (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
    isEmptyOrMissing() {
        try {
            return (0,external_node_fs_.readdirSync)(this.dir).length === 0 && (0,external_node_path_.dirname)(this.tempDir) !== this.dir;
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return true;
            throw e;
        }
    }
    /** `nameOrPath` as a name inside the folder, or undefined for a path outside it. */
    relName(nameOrPath) {
        if (!(0,external_node_path_.isAbsolute)(nameOrPath)) {
            if (!safeName(toPosix(nameOrPath)))
                throw new Error(`not a report name: ${nameOrPath}`);
            return toPosix(nameOrPath);
        }
        const rel = (0,external_node_path_.relative)(this.dir, (0,external_node_path_.resolve)(nameOrPath));
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        return toPosix(rel);
    }
}
/** Open a set for `targetDir` (created at commit). Throws E_IO_ERROR when no temporary folder can be made beside it. */
function openReportSet(targetDir, o) {
    return new ReportSet(targetDir, o);
}
/**
 * What an interrupted run leaves (SIGINT/SIGTERM): no file of an older run that Assay wrote, only the
 * given files (run.json and a summary.json saying `"status": "interrupted"`). Written straight into the
 * folder: the process is about to exit and a crash between two renames must not leave the old verdict.
 * Best effort: returns the error instead of throwing.
 */
function writeInterrupted(targetDir, o) {
    const dir = (0,external_node_path_.resolve)(targetDir);
    o.open?.abort();
    try {
        (0,make_dirs/* makeDirs */.X)(dir);
        const manifest = readManifest(dir);
        removeFile((0,external_node_path_.join)(dir, SUMMARY_FILE), []);
        const names = [...o.files.map((f) => f.name), SUMMARY_FILE].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        removeStale(dir, manifest, new Set(names), o.ownedNames ?? []);
        for (const f of o.files) {
            if (!safeName(f.name) || f.name === SUMMARY_FILE)
                continue;
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, f.name), f.text);
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, SUMMARY_FILE), stampSummary(o.summaryText, { id: o.id, status: 'interrupted', files: names }));
        return undefined;
    }
    catch (e) {
        return e;
    }
}

;// CONCATENATED MODULE: ./src/core/gate/write-reports.ts
// Writes a gate run's reports as one set (report-set.ts, docs/reports.md), in the documented order:
// JUnit → SARIF → baselines → run.json → summary.json, then renames the set into place. JUnit, SARIF and
// baseline failures are warnings; a run.json/summary.json failure (or a set that cannot be put in place)
// makes the run 3 E_IO_ERROR, and every report that was written is rewritten to say so before the commit.









/** Files `run`/`ci` write into the reports folder: an older copy is removed when a run does not write it. */
const GATE_REPORT_FILES = ['run.json', 'summary.json', 'assay.sarif', 'junit.xml', 'findings-baseline.json', 'eval-baseline.json', 'diff.json'];
/** A required report failed: 3 E_IO_ERROR unless a config/input error (2) already decided (2 > 3 > 1 > 0). */
function applyIoError(report, ioError, outDir) {
    if (report.exitCode === 2) {
        report.warnings = [...(report.warnings ?? []), `W_REPORT_WRITE: cannot write ${ioError.path}: ${ioError.message}`];
        return;
    }
    report.exitCode = 3;
    report.reasonCode = 'E_IO_ERROR';
    report.message = `cannot write ${ioError.path}: ${ioError.message}`;
    report.nextStep = (0,reason_codes/* fillNextStep */.lT)('E_IO_ERROR', { path: outDir });
}
/** The system's reason without report-set.ts's `cannot write <what>: ` prefix (the caller names the path). */
function rawMessage(e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^cannot write [^:]*: /, '');
}
function writeReports(r, o) {
    const out = { written: [], warnings: [], evalBaselines: [] };
    let set;
    try {
        set = openReportSet(o.outDir, { id: o.setId, ownedNames: GATE_REPORT_FILES });
    }
    catch (e) {
        o.onOpen?.(undefined);
        out.ioError = { path: o.outDir, message: rawMessage(e) };
        applyIoError(r.report, out.ioError, o.outDir);
        return out;
    }
    o.onOpen?.(set);
    const soft = (what, path, fn) => {
        try {
            set.write(path, fn());
            return true;
        }
        catch (e) {
            set.discard(path);
            out.warnings.push(`W_REPORT_WRITE: Failed to write ${what}: ${e.message}`);
            return false;
        }
    };
    // SARIF carries the exit code, so it is written again when a later failure changes it.
    let sarifWarned = false;
    const writeSarif = () => {
        if (!o.sarifPath || !r.report.completed)
            return;
        const p = o.sarifPath;
        soft('SARIF report', p, () => {
            const sarif = (0,report_sarif/* buildSarif */.Ep)({ version: version/* VERSION */.x, runs: [{ category: o.category, kind: 'gate', findings: r.findings, ...(r.report.findingSet ? { totalFindings: r.report.findingSet.total } : {}), exitCode: r.report.exitCode }] });
            out.sarif = { path: p, results: sarif.keptPerRun.reduce((a, b) => a + b, 0), omitted: sarif.omitted };
            if (sarif.omitted > 0 && !sarifWarned) {
                sarifWarned = true;
                r.report.sarifOmitted = sarif.omitted;
                const w = `W_SARIF_TRUNCATED: ${sarif.omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`;
                r.report.warnings = [...(r.report.warnings ?? []), w];
            }
            return sarif.bytes;
        });
    };
    if (r.report.completed) {
        if (o.junitPath) {
            const p = o.junitPath;
            soft('JUnit report', p, () => (0,junit/* buildJunit */.P)({ configSuites: r.configSuites, policySuites: r.policySuites, timings: o.junitTimings }));
        }
        writeSarif();
        if (o.findingsBaseline) {
            const sink = r.report.findingSet;
            if (sink) {
                // Every error/warning fingerprint, streamed from the sink's compact store.
                try {
                    writeFindingsBaselineFile(set.path('findings-baseline.json'), sink, { assayVersion: version/* VERSION */.x, category: o.category });
                }
                catch (e) {
                    set.discard('findings-baseline.json');
                    out.warnings.push(`W_REPORT_WRITE: Failed to write findings baseline: ${e.message}`);
                }
            }
            else
                soft('findings baseline', 'findings-baseline.json', () => buildFindingsBaseline(r.findings, { assayVersion: version/* VERSION */.x, category: o.category }));
            if (r.diff)
                soft('baseline diff', 'diff.json', () => buildDiffJson(r.diff.diff));
        }
        // Written even when the gate failed; absent only when no config ran.
        if (r.evalBaseline !== undefined) {
            const text = r.evalBaseline;
            for (const p of new Set(o.evalBaselinePaths ?? []))
                if (soft('eval baseline', p, () => text))
                    out.evalBaselines.push(p);
        }
    }
    if (out.warnings.length)
        r.report.warnings = [...(r.report.warnings ?? []), ...out.warnings];
    const ropts = { reproducible: o.reproducible, ...(o.redactPrompts !== undefined ? { redactPrompts: o.redactPrompts } : {}), reportSetId: set.id };
    // run.json may be large: it is written to the path the set gives (a streaming writer can take its place).
    const writeRunJson = () => {
        const p = set.path('run.json');
        writeRunJsonFile(p, r.report, ropts);
    };
    const writeSummary = () => {
        out.summaryText = stampSummary(buildSummaryJson(r.report, ropts), set.stamp());
        set.write('summary.json', out.summaryText);
    };
    const attempt = (name) => {
        try {
            if (name === 'run.json')
                writeRunJson();
            else
                writeSummary();
            return undefined;
        }
        catch (e) {
            return { path: `${o.outDir}/${name}`, message: rawMessage(set.fail(e, name)) };
        }
    };
    // Every report that was written says what the process exits with: a failure rewrites those before it.
    const failed = (f) => {
        out.ioError ??= f;
        applyIoError(r.report, f, o.outDir);
        writeSarif();
    };
    const runFailed = attempt('run.json');
    if (runFailed)
        failed(runFailed);
    const summaryFailed = attempt('summary.json');
    if (summaryFailed && !runFailed) {
        failed(summaryFailed);
        attempt('run.json');
        attempt('summary.json');
    }
    try {
        const done = set.commit();
        out.written = done.committed;
    }
    catch (e) {
        out.ioError ??= { path: o.outDir, message: rawMessage(e) };
        applyIoError(r.report, out.ioError, o.outDir);
        out.summaryText = undefined;
    }
    return out;
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/interrupt.ts
// SIGINT/SIGTERM during `run`/`ci`: the reports folder must not keep an older run's (passing) reports,
// so the handler replaces them with an "interrupted" run.json/summary.json and exits 128 + signal
// (130, 143). See docs/reports.md.





const SIGNALS = { SIGINT: 2, SIGTERM: 15 };
/** The report set's id: a digest of the command line in reproducible mode, random otherwise. */
function newReportSetId(reproducible, command, argv) {
    return reportSetId(reproducible ? JSON.stringify(['assay', version/* VERSION */.x, command, argv]) : (0,external_node_crypto_.randomBytes)(16));
}
/**
 * Install the handlers for the rest of the process. `build` returns the interrupted run.json and
 * summary.json texts (exit code and reason already set) for the signal's exit code.
 */
function guardReports(o) {
    let open;
    let handling = false;
    const onSignal = (sig) => {
        if (handling)
            return;
        handling = true;
        const exitCode = 128 + SIGNALS[sig];
        const e = new errors/* InfraError */.Ri('E_INTERRUPTED', `interrupted by ${sig} before the run finished`, { source: 'unknown' });
        (0,output/* err */._q)(`error E_INTERRUPTED: ${e.message}`);
        try {
            const { runJson, summaryJson } = o.build(e, exitCode);
            const failed = writeInterrupted(o.outDir, { id: o.id, ownedNames: o.ownedNames, files: [{ name: 'run.json', text: runJson }], summaryText: summaryJson, ...(open ? { open } : {}) });
            if (failed)
                (0,output/* err */._q)(`error E_IO_ERROR: cannot write the interrupted reports: ${failed.message}`);
        }
        finally {
            process.exit(exitCode);
        }
    };
    for (const sig of Object.keys(SIGNALS))
        process.on(sig, onSignal);
    return {
        setOpen: (set) => {
            open = set;
        },
    };
}

// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./src/core/util/paths.ts
var util_paths = __webpack_require__(3480);
// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
// EXTERNAL MODULE: ./cli/render/color.ts
var color = __webpack_require__(6771);
// EXTERNAL MODULE: ./cli/render/findings-text.ts
var findings_text = __webpack_require__(4754);
;// CONCATENATED MODULE: ./cli/render/gate-text.ts




const MAX_FINDINGS_SHOWN = 50;
/** The `→ …` lines under a failed row: what the failing metric and assertions said. */
function failureDetails(row) {
    const out = [];
    for (const m of Object.values(row.details.metrics)) {
        const msg = m.details?.['message'];
        if (!m.passed && typeof msg === 'string' && msg !== '')
            out.push(msg);
    }
    for (const a of row.details.assertions ?? [])
        if (!a.passed)
            out.push(`assertion ${a.index} (${a.type}): ${a.message}`);
    return out.slice(0, 5).map((l) => `      → ${(0,safe_text/* safeBounded */.vn)(l)}`);
}
function rowLine(row) {
    const id = row.test_id.padEnd(20);
    const secs = `(${(row.duration_ms / 1000).toFixed(1)}s)`;
    switch (row.status) {
        case 'pass':
            return [`✅ ${id} ${row.score !== null ? row.score.toFixed(2) : 'PASS'}  ${secs}`];
        case 'fail': {
            const out = [`❌ ${id} ${(0,safe_text/* safeBounded */.vn)(row.message)}  ${secs}`];
            if (row.details.prompt)
                out.push(`      Prompt: "${(0,safe_text/* safeBounded */.vn)(row.details.prompt).slice(0, 100)}"`);
            out.push(...failureDetails(row));
            return out;
        }
        case 'warn':
            return [`⚠️  ${id} WARN ${secs}`, `      ${(0,safe_text/* safeBounded */.vn)(row.message)}`];
        case 'error':
            return [`💥 ${id} ERROR: ${(0,safe_text/* safeBounded */.vn)(row.message)}`];
        case 'skipped':
            // A quarantined test shows what it would have been; other skips show their reason.
            return [`⏭️  ${id} SKIPPED (${(0,safe_text/* safeBounded */.vn)(row.details.quarantine ? row.message : (row.skip_reason ?? row.message))})`];
        case 'allowed_on_error':
            return [`⚡ ${id} ALLOWED (Allowed by error policy: ${(0,safe_text/* safeBounded */.vn)(row.message)})`];
        default:
            return [`${id} ${row.status.toUpperCase()} ${(0,safe_text/* safeBounded */.vn)(row.message)}`];
    }
}
function formatGateText(r, o) {
    const c = (0,color/* paint */.n)(o.color);
    const out = [];
    const rep = r.report;
    if (r.eval && !o.diagnosticsOnly) {
        out.push(`Loaded config version: ${r.eval.configVersion}`);
        if (r.eval.seedDerived)
            out.push(`Info: No seed provided. Using derived seed: ${rep.orderSeed ?? '—'}`);
        out.push(`Running ${r.eval.tests} tests...`);
    }
    if (!rep.completed) {
        for (const d of r.errorDiagnostics.slice(0, 50))
            out.push(`❌ ${(0,errors/* formatDiagnostic */.xy)(d)}`);
        if (r.errorDiagnostics.length > 50)
            out.push(`… and ${r.errorDiagnostics.length - 50} more`);
        if (o.diagnosticsOnly)
            return out.join('\n');
    }
    else {
        const skipped = r.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE');
        for (const d of r.diagnostics.filter((d) => d.severity !== 'error' && d.code !== 'W_TRACE_SKIPPED_LINE' && d.code !== 'W_TRACE_UNKNOWN_TYPE')) {
            out.push(c.yellow((0,errors/* formatDiagnostic */.xy)(d)));
        }
        for (const d of skipped.slice(0, 20))
            out.push(c.yellow((0,errors/* formatDiagnostic */.xy)(d)));
        if (skipped.length > 20)
            out.push(`… and ${skipped.length - 20} more skipped lines (see run.json)`);
        if (o.diagnosticsOnly)
            return out.join('\n');
        if (r.eval?.recorded) {
            const x = r.eval.recorded;
            out.push(`Recorded ${x.judge} judge and ${x.embedding} embedding value(s) into ${x.cacheDir}`);
        }
        for (const row of rep.results ?? [])
            out.push(...rowLine(row));
        // Test and baseline findings repeat the rows above; list the policy/config ones.
        const sink = rep.findingSet;
        if (sink) {
            const groups = sink.groups().filter((g) => g.level !== 'note' && /^(policy|config)\//.test(g.rule_id));
            if (groups.length && (rep.results?.length ?? 0) > 0)
                out.push('');
            out.push(...(0,findings_text/* groupedFindingLines */.lo)(groups, c, o.maxConsoleFindings ?? 20));
        }
        else {
            const listed = r.findings.filter((f) => f.level !== 'note' && (f.source === 'policy' || f.source === 'config'));
            const shown = listed.slice(0, MAX_FINDINGS_SHOWN);
            if (shown.length && (rep.results?.length ?? 0) > 0)
                out.push('');
            for (const f of shown)
                out.push(...(0,findings_text/* findingLines */.hq)(f, c));
            const notShown = listed.length - shown.length;
            if (notShown > 0)
                out.push(`… and ${notShown} more finding(s) (see run.json)`);
        }
    }
    out.push('');
    out.push('━'.repeat(40));
    if (rep.completed) {
        const rows = rep.results ?? [];
        if (rep.results) {
            const n = (s) => rows.filter((x) => x.status === s).length;
            out.push(`Summary: ${n('pass') + n('allowed_on_error')} passed, ${n('fail')} failed, ${n('skipped')} skipped, ${n('flaky')} flaky, ${n('unstable')} unstable, ${n('warn')} warn, ${n('error')} error`);
        }
        const notExercised = r.eval?.notExercised ?? [];
        if (notExercised.length > 0) {
            out.push(`Not exercised: ${notExercised.length} check(s) were requested and evaluated nothing.`);
            for (const w of notExercised)
                out.push(`  ⚪ ${(0,safe_text/* safeBounded */.vn)(w)}`);
            out.push('  (not exercised checks do not fail the run)');
        }
        const quarantined = r.eval?.quarantined ?? [];
        if (quarantined.length > 0) {
            out.push(`Quarantined: ${quarantined.length} test(s) reported, not gating: ${quarantined.map((q) => `${q.test_id} (${q.status})`).join(', ')}`);
        }
        if (r.stats && r.policySuites.length) {
            const policyCounts = rep.findingSet?.countsOf('policy');
            const count = (l) => policyCounts?.[l] ?? r.findings.filter((f) => f.source === 'policy' && f.level === l).length;
            out.push(`Policy: ${r.stats.calls} calls in ${r.stats.episodes} episodes — ${count('error')} error, ${count('warning')} warning, ${count('note')} note`);
        }
        if (r.stats && r.stats.skipped_lines > 0) {
            const first = r.diagnostics.find((d) => d.code === 'W_TRACE_SKIPPED_LINE');
            out.push(`Trace: ${r.stats.skipped_lines} malformed line${r.stats.skipped_lines === 1 ? '' : 's'} skipped${first ? ` (first: ${first.file}:${first.line})` : ''}`);
        }
        out.push(`Seeds: seed_version=1 order_seed=${rep.orderSeed ?? '—'} judge_seed=—`);
        if (rep.judgeMetrics) {
            const j = rep.judgeMetrics;
            out.push(`Judge metrics: abstain_rate=${j.abstain_rate.toFixed(2)} flip_rate=${j.flip_rate.toFixed(2)} consensus_rate=${j.consensus_rate.toFixed(2)} unavailable_count=${j.unavailable_count}`);
        }
        if (rep.baseline)
            out.push(`Findings vs baseline: ${rep.baseline.new} new, ${rep.baseline.fixed} fixed, ${rep.baseline.unchanged} unchanged`);
    }
    for (const l of o.extraLines ?? [])
        out.push(l);
    if (o.reportsLine)
        out.push(o.reportsLine);
    const verdict = `Result: exit ${rep.exitCode}${rep.reasonCode ? ` ${rep.reasonCode}` : ''} — ${(0,safe_text/* safeBounded */.vn)(rep.message)}`;
    out.push(rep.exitCode === 0 ? c.green(verdict) : c.red(verdict));
    if (rep.exitCode !== 0 && rep.nextStep)
        out.push(`Next: ${rep.nextStep}`);
    return out.join('\n');
}

// EXTERNAL MODULE: ./cli/eval-plugin.ts + 1 modules
var eval_plugin = __webpack_require__(2152);
// EXTERNAL MODULE: ./cli/lenient.ts
var lenient = __webpack_require__(6764);
// EXTERNAL MODULE: ./cli/trace-args.ts + 1 modules
var trace_args = __webpack_require__(6812);
// EXTERNAL MODULE: ./cli/spool-env.ts
var spool_env = __webpack_require__(9722);
;// CONCATENATED MODULE: ./cli/commands/gate.ts




















const COMPAT_FLAGS = ['db', 'incremental', 'refreshCache', 'explainSkip', 'rerunFailures', 'quarantineMode', 'noVerify', 'judgeMaxTokens', 'noJudge'];
function common(cmd) {
    return cmd
        .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
        .option('-t, --trace-file <file...>', 'trace file(s)')
        .option('-p, --policy <file>', 'policy: run the policy gate over every trace entry')
        .option('--baseline <file>', 'compare eval scores with this baseline')
        .option('--export-baseline <file>', 'write this run\'s eval scores as a baseline')
        .option('--strict', 'bad trace lines are fatal and warn rows fail the gate')
        .option('--fail-on <level>', 'error | warning | note | none', 'error')
        .option('--replay-strict', 'judge/embedding values must be in the trace')
        .option('--record', 'fill the eval cache from a live judge/embedder')
        .option('--judge <name>', 'none | openai | fake', 'none')
        .option('--embedder <name>', 'none | openai | fake', 'none')
        .option('--judge-model <model>')
        .option('--embedding-model <model>')
        .option('--judge-samples <n>')
        .option('--judge-temperature <t>')
        .option('--cache-dir <dir>', 'eval cache directory (env ASSAY_CACHE_DIR)')
        .option('--no-cache', 'neither read nor write the eval cache')
        .option('--allow-ineffective-assertions', 'load assertions that cannot fail')
        .option('-f, --format <format>', 'text | json | sarif | junit', 'text')
        .option('--out-dir <dir>', 'reports directory', '.assay/reports')
        .option('--reproducible', 'pin timestamps and timings (also SOURCE_DATE_EPOCH)')
        .option('--redact-prompts', 'replace prompts in reports by their digest')
        .option('--deny-deprecations', 'legacy forms are errors')
        .option('--lenient', lenient/* LENIENT_HELP */.IC)
        .option('--exit-codes <v>', 'v1 | v2')
        .option('--no-color', 'no colour on stderr')
        .option('-q, --quiet', 'errors only')
        .option('--db <path>', 'accepted for compatibility (no effect)')
        .option('--incremental', 'accepted for compatibility (no effect)')
        .option('--refresh-cache', 'accepted for compatibility (no effect)')
        .option('--explain-skip', 'accepted for compatibility (no effect)')
        .option('--rerun-failures [n]', 'accepted for compatibility (no effect)')
        .option('--quarantine-mode <mode>', 'accepted for compatibility (no effect)')
        .option('--no-verify', 'provenance.verify_mode: disabled')
        .option('--judge-max-tokens <n>', 'accepted for compatibility (no effect)')
        .option('--no-judge', 'same as --judge none')
        .option('--max-console-findings <n>', 'locations shown per finding group on stderr', '20');
}
function registerRun(program) {
    common(program.command('run').description('Run the gate: eval tests and/or the policy gate over recorded traces')).action(async (flags) => {
        process.exitCode = await runCommand('run', flags);
    });
}
function registerCi(program) {
    common(program.command('ci').description('The CI gate: like run, and writes JUnit, SARIF and the findings baseline'))
        .option('--junit <file>', 'JUnit path (default <out-dir>/junit.xml)')
        .option('--no-junit', 'do not write JUnit')
        .option('--sarif <file>', 'SARIF path (default <out-dir>/assay.sarif)')
        .option('--no-sarif', 'do not write SARIF')
        .option('--category <name>', 'SARIF category', 'assay')
        .option('--findings-baseline <file>', 'findings baseline (ours or a SARIF file): marks findings new/unchanged')
        .option('--gate-new-only', 'only new findings count toward --fail-on')
        .option('--pr-comment <file>', 'write the sticky PR comment markdown here')
        .option('--otel-jsonl <file>', 'accepted for compatibility (nothing written)')
        .option('--junit-timings', 'add time attributes to JUnit')
        .action(async (flags) => {
        process.exitCode = await runCommand('ci', flags);
    });
}
/** `--max-console-findings N`: a whole number (default 20). */
function maxConsoleFindings(v) {
    if (v === undefined)
        return 20;
    if (typeof v !== 'string' || !/^\d+$/.test(v))
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--max-console-findings must be a whole number, got "${String(v)}"`, { source: 'cli' });
    return Number(v);
}
async function runCommand(name, flags) {
    const cwd = process.cwd();
    const root = (0,paths/* checkoutRoot */.R)();
    const outDir = (0,external_node_path_.resolve)(cwd, flags.outDir);
    const outDirDisplay = (0,util_paths/* displayPath */.Gt)(flags.outDir, root, cwd);
    const reproducible = (0,options/* reproducibleMode */.AC)(flags.reproducible);
    const color = (0,output/* useColor */.by)(flags.color === false);
    const exitCodes = flags.exitCodes === 'v1' || flags.exitCodes === 'v2' ? flags.exitCodes : (0,output/* exitCodesMode */.Mq)();
    const baseOpts = { traces: (0,trace_args/* expandTraceArgs */.X)(flags.traceFile), outDirDisplay, exitCodes };
    // One id for every file of this run's report set; a signal from here on leaves an "interrupted" set.
    const setId = newReportSetId(reproducible, name, process.argv.slice(2));
    const guard = guardReports({
        outDir,
        id: setId,
        ownedNames: GATE_REPORT_FILES,
        build: (e, exitCode) => {
            const { report } = earlyFailure(e, baseOpts);
            report.exitCode = exitCode;
            const o = { reproducible, reportSetId: setId };
            return { runJson: buildRunJson(report, o), summaryJson: buildSummaryJson(report, o) };
        },
    });
    let format = 'text';
    let result;
    try {
        format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json', 'sarif', 'junit']);
        const failOn = (0,options/* parseFailOn */.XV)(flags.failOn);
        if (flags.baseline && flags.exportBaseline)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'Cannot use --baseline and --export-baseline together', { source: 'cli' });
        if (flags.gateNewOnly && !flags.findingsBaseline)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--gate-new-only needs --findings-baseline', { source: 'cli' });
        for (const k of COMPAT_FLAGS)
            if (flags[k] !== undefined && flags[k] !== false && k !== 'noVerify' && k !== 'noJudge')
                (0,output/* err */._q)(`note: --${k.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())} is accepted for compatibility and has no effect`);
        if (flags.otelJsonl)
            (0,output/* err */._q)('note: --otel-jsonl is accepted for compatibility; nothing is written');
        let configGiven = flags.config;
        let policyGiven = flags.policy;
        // Neither named: the project's config and the policy beside it, found the way every command finds them.
        let project;
        if (!configGiven && !policyGiven) {
            project = (0,discover/* discoverProject */.J$)(cwd);
            if (project?.config) {
                configGiven = (0,discover/* shownPath */.pS)(project.config, cwd);
                (0,output/* err */._q)(`note: using config ${configGiven}`);
            }
            if (project?.policy && !project.configIsPolicy) {
                policyGiven = (0,discover/* shownPath */.pS)(project.policy, cwd);
                (0,output/* err */._q)(`note: using policy ${policyGiven}`);
            }
        }
        const opts = {
            ...baseOpts,
            ...(configGiven ? { config: (0,paths/* fileRef */.M)(configGiven) } : {}),
            ...(policyGiven ? { policy: (0,paths/* fileRef */.M)(policyGiven) } : {}),
            ...(flags.baseline ? { baseline: (0,paths/* fileRef */.M)(flags.baseline) } : {}),
            strict: flags.strict ?? false,
            denyDeprecations: flags.denyDeprecations || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
            lenient: (0,lenient/* lenientFlag */.U_)(flags),
            failOn,
            failOnLabel: flags.failOn,
            ...(flags.findingsBaseline ? { findingsBaseline: (0,paths/* fileRef */.M)(flags.findingsBaseline) } : {}),
            gateNewOnly: flags.gateNewOnly ?? false,
            redactPrompts: flags.redactPrompts ?? false,
            now: () => performance.now(),
            runId: /^\d+$/.test(process.env.GITHUB_RUN_ID ?? '') ? Number(process.env.GITHUB_RUN_ID) : 0,
            maxConsoleFindings: maxConsoleFindings(flags.maxConsoleFindings),
            ...((0,spool_env/* spoolChunkChars */.q)() !== undefined ? { spoolChunkChars: (0,spool_env/* spoolChunkChars */.q)() } : {}),
            eval: (0,eval_plugin/* evalPlugin */.Gc)({ flags, cwd, reproducible, command: name }),
        };
        if (opts.traces.length === 0) {
            const found = (0,discover/* discoverTraces */.WG)(cwd, project);
            if (found.length)
                opts.traces = found.map(paths/* fileRef */.M);
        }
        if (!opts.config && !opts.policy) {
            result = earlyFailure(new errors/* UsageError */.eb('E_MISSING_CONFIG', `eval.yaml: config file not found (no --config, no --policy; ${(0,discover/* searchedText */.LG)(cwd)})`, { source: 'config' }), opts);
        }
        else {
            result = await runGate(opts);
        }
        Object.assign(baseOpts, opts);
    }
    catch (e) {
        result = earlyFailure(e, baseOpts);
    }
    const junitPath = name === 'ci' && flags.junit !== false ? (0,external_node_path_.resolve)(cwd, typeof flags.junit === 'string' ? flags.junit : `${flags.outDir}/junit.xml`) : null;
    const written = writeReports(result, {
        outDir,
        setId,
        onOpen: (set) => guard.setOpen(set),
        reproducible,
        redactPrompts: flags.redactPrompts ?? false,
        category: flags.category ?? 'assay',
        junitPath,
        sarifPath: name === 'ci' && flags.sarif !== false ? (0,external_node_path_.resolve)(cwd, typeof flags.sarif === 'string' ? flags.sarif : `${flags.outDir}/assay.sarif`) : null,
        findingsBaseline: name === 'ci',
        junitTimings: flags.junitTimings ?? false,
        evalBaselinePaths: [
            ...(flags.exportBaseline ? [(0,external_node_path_.resolve)(cwd, flags.exportBaseline)] : []),
            ...(name === 'ci' ? [(0,external_node_path_.resolve)(outDir, 'eval-baseline.json')] : []),
        ],
    });
    for (const w of written.warnings)
        (0,output/* err */._q)(`warning ${w}`);
    if (written.ioError)
        (0,output/* err */._q)(`error E_IO_ERROR: cannot write ${written.ioError.path}: ${written.ioError.message}`);
    const rel = (p) => (0,util_paths/* displayPath */.Gt)(p, root, cwd);
    const extra = [];
    if (junitPath && written.written.includes(junitPath))
        extra.push(`Wrote JUnit: ${rel(junitPath)}`);
    if (written.sarif)
        extra.push(`Wrote SARIF: ${rel(written.sarif.path)} (${written.sarif.results} results, ${written.sarif.omitted} omitted)`);
    for (const p of written.evalBaselines)
        if (flags.exportBaseline && p === (0,external_node_path_.resolve)(cwd, flags.exportBaseline))
            extra.push(`exported baseline to ${rel(p)}`);
    const files = written.written.filter((p) => p.startsWith(outDir + '/')).map((p) => p.slice(p.lastIndexOf('/') + 1));
    if (!flags.quiet || result.report.exitCode !== 0) {
        (0,output/* err */._q)(formatGateText(result, {
            color,
            extraLines: extra,
            reportsLine: files.length ? `Reports: ${outDirDisplay} (${files.join(', ')})` : undefined,
            // --format json keeps stderr to diagnostics: no rows, summary or footer.
            diagnosticsOnly: format === 'json',
            maxConsoleFindings: /^\d+$/.test(String(flags.maxConsoleFindings ?? '')) ? Number(flags.maxConsoleFindings) : 20,
        }));
    }
    // stdout: only the requested document.
    const ropts = { reproducible, redactPrompts: flags.redactPrompts ?? false };
    try {
        if (format === 'json') {
            (0,output/* emitArtefact */.g9)(name === 'run' && result.report.completed ? buildRunReportJson(result.report, ropts) : (written.summaryText ?? buildSummaryJson(result.report, ropts)));
        }
        else if (format === 'sarif') {
            (0,output/* emitArtefact */.g9)((0,report_sarif/* buildSarif */.Ep)({ version: version/* VERSION */.x, runs: [{ category: flags.category ?? 'assay', kind: 'gate', findings: result.findings, ...(result.report.findingSet ? { totalFindings: result.report.findingSet.total } : {}), exitCode: result.report.exitCode }] }).text);
        }
        else if (format === 'junit') {
            (0,output/* emitArtefact */.g9)((0,junit/* buildJunit */.P)({ configSuites: result.configSuites, policySuites: result.policySuites }));
        }
    }
    catch (e) {
        (0,output/* err */._q)(`error E_IO_ERROR: cannot write to stdout: ${e.message}`);
        return 3;
    }
    finally {
        // The findings spool lives in a temp folder until every report that streams it is written.
        result.report.findingSet?.dispose();
    }
    return result.report.exitCode;
}


/***/ })

};
