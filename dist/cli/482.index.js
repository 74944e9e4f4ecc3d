export const id = 482;
export const ids = [482];
export const modules = {

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


/***/ }),

/***/ 7482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  HG: () => (/* reexport */ Explainer),
  Ib: () => (/* binding */ explainTest),
  G1: () => (/* binding */ explainTraces),
  f5: () => (/* reexport */ explanationDocument),
  m_: () => (/* reexport */ run_report_readRunReport),
  Gm: () => (/* reexport */ renderExplanation),
  sb: () => (/* reexport */ renderTestExplanation)
});

// UNUSED EXPORTS: explainRow, isNotable, readRunInputs, renderHtml, renderMarkdown, renderTerminal, renderTestTerminal

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/coverage/read-calls.ts
var read_calls = __webpack_require__(1516);
// EXTERNAL MODULE: ./src/core/eval/bind.ts
var bind = __webpack_require__(8847);
// EXTERNAL MODULE: ./src/core/eval/evaluate.ts + 5 modules
var evaluate = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/core/eval/load.ts + 6 modules
var load = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/core/eval/baseline.ts
var eval_baseline = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 1 modules
var policy = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
;// CONCATENATED MODULE: ./src/core/explain/explain.ts

const ref = (r) => (r ? { file: r.file, line: r.line, col: r.col } : undefined);
function stageOf(d) {
    switch (d.code) {
        case 'E_TOOL_DRIFT':
            return 'tool_pins';
        case 'E_RATE_LIMIT':
            return 'limits';
        case 'E_TOOL_DENIED':
            return 'deny';
        case 'E_TOOL_NOT_ALLOWED':
            return 'allow';
        case 'E_APPROVAL_REQUIRED':
            return 'approval';
        case 'E_SEQUENCE_VIOLATION':
            return 'sequence';
        case 'E_ARG_SCHEMA':
        case 'E_SCHEMA_COMPILE':
            return 'schema';
        case 'E_TOOL_UNCONSTRAINED':
            return 'unconstrained';
        default:
            return d.rule?.startsWith('schemas.') ? 'schema' : 'unconstrained';
    }
}
const ORDER = ['tool_pins', 'limits', 'deny', 'allow', 'sequence', 'schema', 'unconstrained'];
/** The checks a call passed before the deciding one (only those this policy has). */
function passedBefore(p, name, stage, pinned) {
    const out = [];
    const t = p.tools;
    for (const s of ORDER) {
        if (s === stage)
            break;
        if (s === 'tool_pins' && pinned)
            out.push({ rule_id: `tool_pins.${name}`, rule_type: s, passed: true, explanation: 'tool identity matches its pin' });
        if (s === 'limits' && p.limits)
            out.push({ rule_id: 'limits', rule_type: s, passed: true, explanation: 'within the per-entry limits' });
        if (s === 'deny' && (t.deny.entries.length || t.denyClasses.entries.length)) {
            out.push({ rule_id: 'tools.deny', rule_type: s, passed: true, explanation: 'no deny pattern or class matches' });
        }
        if (s === 'allow' && (t.allow !== null || t.allowClasses !== null)) {
            const e = t.allow?.entries.find((x) => x.matcher.test(name));
            const classes = p.toolClasses.get(name) ?? [];
            const c = t.allowClasses?.entries.find((x) => classes.includes(x.cls));
            const id = e ? `tools.allow[${e.index}]=${e.pattern}` : c ? `tools.allow_classes[${c.index}]=${c.cls}` : 'tools.allow';
            const r = ref(e?.ref ?? c?.ref);
            out.push({ rule_id: id, rule_type: s, passed: true, explanation: e ? `matches allow pattern ${JSON.stringify(e.pattern)}` : 'allowed by class', ...(r ? { context: { rule_source: r } } : {}) });
        }
        if (s === 'sequence' && p.sequences.length)
            out.push({ rule_id: 'sequences', rule_type: s, passed: true, explanation: 'no sequence rule would be violated by this call' });
    }
    return out;
}
function decidingEvaluation(d, stage) {
    const r = ref(d.ruleRef);
    const context = {};
    if (r)
        context.rule_source = r;
    if (d.violations?.length)
        context.violations = d.violations;
    if (d.code)
        context.code = d.code;
    let explanation = d.reason;
    if (d.violations?.length)
        explanation += ': ' + d.violations.map((v) => `${v.path || '/'} ${v.message}`).join('; ');
    return { rule_id: d.rule ?? stage, rule_type: stage, passed: d.decision !== 'deny', explanation, ...(Object.keys(context).length ? { context } : {}) };
}
function definitionsOf(entry) {
    const defs = entry.meta['tool_definitions'];
    if (!Array.isArray(defs))
        return undefined;
    const map = new Map();
    for (const d of defs)
        if (d && typeof d === 'object' && typeof d.name === 'string')
            map.set(d.name, d);
    return map;
}
function sequenceEvaluation(p, s, prefix = '') {
    const r = ref(p.sequences[s.index]?.ref);
    return {
        rule_id: s.rule,
        rule_type: 'sequence',
        passed: s.status !== 'violated',
        explanation: prefix + (s.reason ?? (s.status === 'held' ? 'held' : s.status)),
        context: { status: s.status, spanned: s.spanned, ...(r ? { rule_source: r } : {}) },
    };
}
class Explainer {
    policy;
    policyDisplay;
    steps = [];
    violations = [];
    blocking = new Set();
    entries = 0;
    constructor(policy, policyDisplay) {
        this.policy = policy;
        this.policyDisplay = policyDisplay;
    }
    /** Explain one complete entry. */
    add(entry) {
        const p = this.policy;
        this.entries++;
        const session = p.newSession();
        const defs = p.toolPins.size ? definitionsOf(entry) : undefined;
        const calls = entry.tool_calls;
        calls.forEach((call, i) => {
            const definition = defs ? (defs.get(call.tool_name) ?? null) : undefined;
            const d = session.decide({ tool_name: call.tool_name, args: call.args, definition, index: call.index }, { incremental: true });
            const stage = stageOf(d);
            const pinned = p.toolPins.has(call.tool_name) && definition !== undefined;
            const evals = [...passedBefore(p, call.tool_name, stage, pinned), decidingEvaluation(d, stage)];
            const outcomes = p.sequences.length ? session.finish() : [];
            for (const s of outcomes) {
                if (d.code === 'E_SEQUENCE_VIOLATION' && d.rule === s.rule)
                    continue;
                if (s.status === 'violated' && s.call_index === call.index)
                    evals.push(sequenceEvaluation(p, s));
                else if (s.status === 'held' && s.spanned.includes(call.index))
                    evals.push(sequenceEvaluation(p, s));
            }
            const verdict = d.decision === 'deny' ? 'blocked' : d.decision === 'allow_with_warning' ? 'warning' : 'allowed';
            if (verdict === 'blocked' && d.rule)
                this.blocking.add(d.rule);
            for (const e of evals)
                if (!e.passed && e.rule_type === 'sequence')
                    this.blocking.add(e.rule_id);
            const rs = ref(d.ruleRef);
            this.steps.push({
                index: this.steps.length,
                entry: entry.key,
                call_index: call.index,
                tool: call.tool_name,
                args: (0,safe_text/* safeDeep */.Oh)(call.args),
                verdict,
                code: d.code,
                rule: d.rule,
                reason: d.reason,
                source: { file: call.pos.file, line: call.pos.line },
                ...(rs ? { rule_source: rs } : {}),
                rules_evaluated: evals,
            });
            if (i === calls.length - 1)
                this.attachEnd(entry, session.finish(), this.steps[this.steps.length - 1]);
        });
        if (calls.length === 0 && p.sequences.length)
            this.attachEnd(entry, session.finish(), undefined);
    }
    attachEnd(entry, outcomes, last) {
        for (const s of outcomes) {
            if (s.status !== 'violated' || s.call_index !== null)
                continue;
            const r = ref(this.policy.sequences[s.index]?.ref);
            this.violations.push({ entry: entry.key, rule_id: s.rule_id, rule: s.rule, reason: s.reason ?? 'violated', ...(r ? { rule_source: r } : {}) });
            this.blocking.add(s.rule);
            last?.rules_evaluated.push(sequenceEvaluation(this.policy, s, 'end of entry: '));
        }
    }
    result(traceFiles) {
        const steps = this.steps;
        const blocked = steps.filter((s) => s.verdict === 'blocked');
        const out = {
            policy_name: this.policy.name,
            policy_version: this.policy.version,
            policy_file: this.policyDisplay,
            trace_files: traceFiles,
            total_steps: steps.length,
            allowed_steps: steps.filter((s) => s.verdict === 'allowed').length,
            blocked_steps: blocked.length,
            warning_steps: steps.filter((s) => s.verdict === 'warning').length,
            steps,
            blocking_rules: [...this.blocking].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
            entries: this.entries,
            entry_violations: this.violations,
        };
        if (blocked.length)
            out.first_block_index = blocked[0].index;
        return out;
    }
}
/** The explanation as JSON (shape plus additive keys), steps filtered by --blocked-only. */
function explanationDocument(e, opts = {}) {
    const steps = opts.blockedOnly ? e.steps.filter(isNotable) : e.steps;
    const doc = {
        policy_name: e.policy_name,
        policy_version: e.policy_version,
        policy_file: e.policy_file,
        trace_files: e.trace_files,
        total_steps: e.total_steps,
        allowed_steps: e.allowed_steps,
        blocked_steps: e.blocked_steps,
        warning_steps: e.warning_steps,
    };
    if (e.first_block_index !== undefined)
        doc.first_block_index = e.first_block_index;
    doc.steps = steps;
    doc.blocking_rules = e.blocking_rules;
    doc.entries = e.entries;
    doc.entry_violations = e.entry_violations;
    return doc;
}
/** Blocked, or carrying a failed rule (end-of-entry violations): shown under --blocked-only. */
function isNotable(s) {
    return s.verdict === 'blocked' || s.rules_evaluated.some((r) => !r.passed);
}

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/explain/run-report.ts
// What `explain <test-id>` reads from the last run's run.json: the inputs it recorded and its result rows.


const str = (v) => (typeof v === 'string' && v !== '' ? v : null);
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
/** run.json: missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
function run_report_readRunReport(path, display) {
    let text;
    try {
        text = (0,read_text/* readTextStrict */.hr)(path, display, 'E_CFG_PARSE');
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        const message = `run report not found: ${display} (run \`assay run\` or \`assay ci\` first, or pass --run)`;
        throw new errors/* InputError */.dz('E_PATH_NOT_FOUND', message, { source: 'cli', context: { file: display }, diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message, file: display, source: 'cli' }] });
    }
    const bad = (why) => new errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: ${why}`, { source: 'config', context: { file: display }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: why, file: display, source: 'config' }] });
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        throw bad(`run report is not JSON: ${e.message}`);
    }
    const i = isObj(doc) ? doc.inputs : undefined;
    if (!isObj(i))
        throw bad('run report has no "inputs" (written by an older version?)');
    const results = isObj(doc) && Array.isArray(doc.results) ? doc.results : [];
    const rows = results.filter((r) => isObj(r) && typeof r.test_id === 'string' && typeof r.status === 'string' && isObj(r.details));
    return {
        inputs: {
            config: str(i.config),
            trace_files: Array.isArray(i.trace_files) ? i.trace_files.filter((x) => typeof x === 'string') : [],
            policy: str(i.policy),
            baseline: str(i.baseline),
        },
        rows,
    };
}

// EXTERNAL MODULE: ./src/core/eval/types.ts
var types = __webpack_require__(9003);
;// CONCATENATED MODULE: ./src/core/explain/test-result.ts

const test_result_isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const fmt = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(3));
/** What a check's details say, one line each (kinds not listed: their `message`). */
function findingsOf(kind, d) {
    if (!test_result_isObj(d))
        return [];
    const out = [];
    const list = (k) => (Array.isArray(d[k]) ? d[k] : []);
    if (typeof d.message === 'string')
        out.push(d.message);
    for (const m of list('missing'))
        out.push(`missing: ${JSON.stringify(m)}`);
    for (const m of list('found'))
        out.push(`found: ${JSON.stringify(m)}`);
    for (const v of list('violations')) {
        if (test_result_isObj(v))
            out.push(`call #${String(v.call_index ?? '?')} ${String(v.tool ?? '')}: ${String(v.code ?? '')} ${String(v.message ?? '')}`.replace(/\s+/g, ' ').trim());
    }
    for (const c of list('blocked_calls'))
        if (test_result_isObj(c))
            out.push(`call #${String(c.call_index ?? '?')} ${String(c.tool ?? '')} matches blocked pattern ${JSON.stringify(c.pattern)}`);
    if (Array.isArray(d.actual))
        out.push(`calls: ${d.actual.map(String).join(' → ') || '(none)'}`);
    if (Array.isArray(d.expected))
        out.push(`expected: ${d.expected.map(String).join(' → ')}`);
    if (types/* MODEL_KINDS */.g.has(kind)) {
        if (typeof d.verdict === 'string')
            out.push(`verdict: ${d.verdict}${num(d.samples) !== undefined ? ` (${String(d.samples)} sample(s), agreement ${fmt(num(d.agreement) ?? 0)})` : ''}`);
        if (typeof d.rationale === 'string')
            out.push(`rationale: ${d.rationale}`);
        if (typeof d.model === 'string')
            out.push(`model: ${d.model}`);
    }
    return out;
}
function checkOf(kind, m, test) {
    const d = m.details;
    const x = test?.expected;
    const threshold = num(test_result_isObj(d) ? d.min_score : undefined) ?? (x && 'minScore' in x ? x.minScore : undefined);
    const source = test_result_isObj(d) && typeof d.source === 'string' ? d.source : undefined;
    return {
        kind,
        passed: m.passed === true,
        score: num(m.score) ?? null,
        ...(threshold !== undefined ? { threshold } : {}),
        ...(source ? { value_source: source } : {}),
        ...(m.exercised ? { exercised: m.exercised } : {}),
        ...(m.unstable ? { unstable: true } : {}),
        findings: findingsOf(kind, d),
        ...(d !== undefined ? { details: d } : {}),
    };
}
function baselineOf(row, test, b, config) {
    const out = [];
    for (const [metric, m] of Object.entries(row.details.metrics ?? {})) {
        const base = b.baseline.entries.find((e) => e.test_id === row.test_id && e.metric === metric);
        const current = num(m.score);
        if (!base || current === undefined)
            continue;
        const x = test?.expected;
        const override = x && types/* MODEL_KINDS */.g.has(x.kind) && 'maxDrop' in x ? x.maxDrop : undefined;
        const allowed = override ?? config?.settings.thresholding.max_drop ?? 0;
        const drop = base.score - current;
        out.push({ file: b.display, metric, baseline_score: base.score, current_score: current, drop, allowed_drop: allowed, regressed: drop > allowed + 1e-9 });
    }
    return out;
}
/** The explanation of one result row, with what the config and the baseline add. */
function explainRow(row, o = {}) {
    const t = o.test;
    const d = row.details;
    return {
        test_id: row.test_id,
        status: row.status,
        message: row.message,
        score: row.score,
        ...(typeof d.prompt === 'string' ? { prompt: d.prompt } : {}),
        ...(t && o.config ? { test_source: { file: o.config.file, line: t.pos.test.line, col: t.pos.test.col } } : {}),
        ...(d.entry ? { entry: d.entry } : {}),
        checks: Object.entries(d.metrics ?? {}).map(([k, m]) => checkOf(k, m, t)),
        assertions: d.assertions ?? [],
        baseline: o.baseline ? baselineOf(row, t, o.baseline, o.config) : [],
        ...(d.quarantine ? { quarantine: d.quarantine } : {}),
        ...(d.run_error_kind ? { run_error_kind: d.run_error_kind } : {}),
        ...(row.skip_reason ? { skip_reason: row.skip_reason } : {}),
        ...(row.error_policy_applied ? { error_policy_applied: row.error_policy_applied } : {}),
    };
}
const MARK = (passed) => (passed ? '✓' : '✗');
/** Terminal text for a test explanation (values are run through `one` by the caller's renderer). */
function renderTestTerminal(t, one) {
    const out = [];
    out.push(`Test ${one(t.test_id)}: ${t.status}${t.score !== null ? ` (score ${fmt(t.score)})` : ''} — ${one(t.message)}`);
    if (t.test_source)
        out.push(`  written at ${one(t.test_source.file)}:${t.test_source.line}:${t.test_source.col}`);
    if (t.prompt !== undefined)
        out.push(`  prompt: ${one(JSON.stringify(t.prompt))}`);
    if (t.entry)
        out.push(`  trace entry: ${one(t.entry.file)}:${t.entry.line} (bound by ${t.entry.by})`);
    else if (t.run_error_kind === 'trace_miss')
        out.push('  trace entry: none matched the test (by id or prompt)');
    if (t.quarantine)
        out.push(`  quarantined: the result (${one(t.quarantine.status)}: ${one(t.quarantine.message)}) is reported, never gating`);
    if (t.run_error_kind)
        out.push(`  error: ${t.run_error_kind}${t.error_policy_applied ? ' (allowed by on_error: allow)' : ''}`);
    for (const c of t.checks) {
        const score = c.score !== null ? ` score ${fmt(c.score)}` : '';
        const thr = c.threshold !== undefined ? ` (min ${fmt(c.threshold)})` : '';
        const src = c.value_source ? `, value from ${c.value_source === 'trace' ? 'the trace (meta.assay)' : c.value_source === 'cache' ? 'the eval cache' : c.value_source}` : '';
        const ex = c.exercised === 'not_exercised' ? ', not exercised (evaluated nothing)' : '';
        out.push(`  ${MARK(c.passed)} expected ${c.kind}:${score}${thr}${src}${ex}${c.unstable ? ', unstable' : ''}`);
        for (const f of c.findings)
            out.push(`      ${one(f)}`);
    }
    for (const a of t.assertions)
        out.push(`  ${MARK(a.passed)} assertions[${a.index}] ${a.type}${a.code ? ` ${a.code}` : ''}: ${one(a.message)}`);
    for (const b of t.baseline) {
        const change = Math.abs(b.drop) < 1e-9 ? 'unchanged' : b.drop > 0 ? `dropped ${fmt(b.drop)}` : `rose ${fmt(-b.drop)}`;
        out.push(`  ${MARK(!b.regressed)} baseline ${b.metric}: ${fmt(b.baseline_score)} in ${one(b.file)} → ${fmt(b.current_score)} now, ${change} (allowed drop ${fmt(b.allowed_drop)})`);
    }
    if (!t.checks.length && !t.assertions.length && !t.baseline.length)
        out.push('  (the row records no checks)');
    return out.join('\n') + '\n';
}

;// CONCATENATED MODULE: ./src/core/explain/render.ts
// Renderings of an explanation: terminal text, Markdown, a self-contained HTML page, JSON.
// Everything from the trace or policy is render-safe: controls replaced, secrets redacted,
// bounded on the terminal, then encoded for the sink.



const ICON = { allowed: '✅', warning: '⚠️ ', blocked: '❌' };
const one = (s) => (0,safe_text/* safeBounded */.vn)(s).replace(/[\r\n\t]/g, ' ');
const loc = (r) => (r ? `${one(r.file)}:${r.line}${r.col !== undefined ? `:${r.col}` : ''}` : '—');
function compactJson(v) {
    try {
        return JSON.stringify(v) ?? 'null';
    }
    catch {
        return String(v);
    }
}
function summaryLine(e) {
    const first = e.first_block_index !== undefined ? ` (first block at step ${e.first_block_index})` : '';
    return `${e.total_steps} call(s) in ${e.entries} entr${e.entries === 1 ? 'y' : 'ies'} — ${e.allowed_steps} allowed, ${e.warning_steps} warning, ${e.blocked_steps} blocked${first}`;
}
function shownSteps(e, o) {
    return o.blockedOnly ? e.steps.filter(isNotable) : e.steps;
}
function renderTerminal(e, o = {}) {
    const out = [];
    out.push(`Policy: ${one(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${one(e.policy_file)}`);
    out.push(`Trace: ${e.trace_files.map(one).join(', ')}`);
    if (e.total_steps === 0 && e.entry_violations.length === 0) {
        out.push('', 'Warning: Trace is empty');
        return out.join('\n') + '\n';
    }
    let entry;
    const width = Math.min(32, Math.max(8, ...e.steps.map((s) => [...one(s.tool)].length)));
    for (const s of shownSteps(e, o)) {
        if (s.entry !== entry) {
            entry = s.entry;
            out.push('', `Entry ${one(s.entry === '' ? '(default)' : s.entry)}`);
        }
        const rule = [s.code, s.rule].filter((x) => x).join(' ');
        out.push(`  ${ICON[s.verdict]} #${String(s.index).padEnd(3)} ${one(s.tool).padEnd(width)}  ${s.verdict.padEnd(8)} ${one(rule)}${s.rule_source ? `  (${loc(s.rule_source)})` : ''}`);
        if (s.verdict !== 'allowed')
            out.push(`        ${one(s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason)}`);
        for (const r of s.rules_evaluated)
            if (!r.passed && r.rule_id !== s.rule)
                out.push(`        ✗ ${one(r.rule_id)}: ${one(r.explanation)}`);
        out.push(`        at ${loc(s.source)}`);
        if (o.verbose) {
            out.push(`        args: ${one(compactJson(s.args))}`);
            for (const r of s.rules_evaluated)
                out.push(`        ${r.passed ? '✓' : '✗'} ${r.rule_type.padEnd(13)} ${one(r.rule_id)}: ${one(r.explanation)}`);
        }
    }
    for (const v of e.entry_violations) {
        if (e.steps.some((s) => s.entry === v.entry))
            continue;
        out.push('', `Entry ${one(v.entry)}`, `  ❌ (no calls) ${one(v.rule)}: ${one(v.reason)}${v.rule_source ? `  (${loc(v.rule_source)})` : ''}`);
    }
    out.push('', `Summary: ${summaryLine(e)}`);
    if (e.blocking_rules.length)
        out.push(`Blocking rules: ${e.blocking_rules.map(one).join(', ')}`);
    return out.join('\n') + '\n';
}
/** A Markdown table cell: code span, with `|` escaped so GitHub tables hold. */
function cellCode(s) {
    return (0,safe_text/* markdownCode */.D9)((0,safe_text/* safeText */.Hk)(s)).replace(/\|/g, '\\|');
}
function cellText(s) {
    return (0,safe_text/* escapeMarkdown */.FV)((0,safe_text/* safeText */.Hk)(s));
}
function renderMarkdown(e, o = {}) {
    const out = ['# Policy explanation', ''];
    out.push(`**Policy:** ${cellCode(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${cellCode(e.policy_file)}  `);
    out.push(`**Trace:** ${e.trace_files.map(cellCode).join(', ')}  `);
    out.push(`**Summary:** ${cellText(summaryLine(e))}`, '');
    if (e.total_steps === 0 && e.entry_violations.length === 0) {
        out.push('> Warning: Trace is empty', '');
        return out.join('\n');
    }
    const steps = shownSteps(e, o);
    if (steps.length) {
        out.push('| # | Entry | Tool | Verdict | Rule | Policy line | Trace line | Why |', '|---|---|---|---|---|---|---|---|');
        for (const s of steps) {
            const why = [s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason, ...s.rules_evaluated.filter((r) => !r.passed && r.rule_id !== s.rule).map((r) => `${r.rule_id}: ${r.explanation}`)].join('; ');
            out.push(`| ${s.index} | ${cellText(s.entry)} | ${cellCode(s.tool)} | ${ICON[s.verdict].trim()} ${s.verdict} | ${s.rule ? cellCode([s.code, s.rule].filter((x) => x).join(' ')) : '—'} | ${s.rule_source ? cellCode(loc(s.rule_source)) : '—'} | ${cellCode(loc(s.source))} | ${cellText(why)} |`);
        }
        out.push('');
    }
    if (e.entry_violations.length) {
        out.push('**End-of-entry violations:**', '');
        for (const v of e.entry_violations)
            out.push(`- ${cellText(v.entry)}: ${cellCode(v.rule)} — ${cellText(v.reason)}${v.rule_source ? ` (${cellCode(loc(v.rule_source))})` : ''}`);
        out.push('');
    }
    if (e.blocking_rules.length)
        out.push(`**Blocking rules:** ${e.blocking_rules.map(cellCode).join(', ')}`, '');
    if (o.verbose) {
        out.push('<details><summary>Every rule evaluated</summary>', '');
        for (const s of steps) {
            out.push(`- step ${s.index} ${cellCode(s.tool)} args ${cellCode(compactJson(s.args))}`);
            for (const r of s.rules_evaluated)
                out.push(`  - ${r.passed ? '✓' : '✗'} ${cellCode(r.rule_id)} (${r.rule_type}): ${cellText(r.explanation)}`);
        }
        out.push('', '</details>', '');
    }
    return out.join('\n');
}
const h = (s) => (0,safe_text/* escapeXmlText */.IR)((0,safe_text/* safeText */.Hk)(s));
const CSS = `body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
tr.blocked td{background:#ffebe9}tr.warning td{background:#fff8c5}.meta{color:#57606a}ul{margin:.2rem 0;padding-left:1.2rem}`;
/** One HTML page with inline CSS and no scripts or external resources (a CSP forbids them). */
function renderHtml(list, o = {}) {
    const out = [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
        `<title>Assay explain — ${h(list.map((e) => e.policy_name ?? e.policy_file).join(', '))}</title>`,
        `<style>${CSS}</style>`,
        '</head>',
        '<body>',
        '<h1>Policy explanation</h1>',
    ];
    for (const e of list)
        htmlSection(out, e, o);
    out.push('</body>', '</html>', '');
    return out.join('\n');
}
function htmlSection(out, e, o) {
    out.push(`<section>`, `<p class="meta">Policy <code>${h(e.policy_name ?? '(unnamed)')}</code> (v${h(e.policy_version)}) — <code>${h(e.policy_file)}</code><br>Trace ${e.trace_files.map((f) => `<code>${h(f)}</code>`).join(', ')}<br>${h(summaryLine(e))}</p>`);
    if (e.total_steps === 0 && e.entry_violations.length === 0)
        out.push('<p><strong>Warning: Trace is empty</strong></p>');
    const steps = shownSteps(e, o);
    if (steps.length) {
        out.push('<table>', '<thead><tr><th>#</th><th>Entry</th><th>Tool</th><th>Verdict</th><th>Rule</th><th>Policy line</th><th>Trace line</th><th>Rules evaluated</th></tr></thead>', '<tbody>');
        for (const s of steps) {
            const rules = s.rules_evaluated
                .filter((r) => o.verbose || !r.passed || r.rule_id === s.rule)
                .map((r) => `<li>${r.passed ? '✓' : '✗'} <code>${h(r.rule_id)}</code>: ${h(r.explanation)}</li>`)
                .join('');
            const args = o.verbose ? `<br><code>${h(compactJson(s.args))}</code>` : '';
            out.push(`<tr class="${s.verdict}"><td>${s.index}</td><td>${h(s.entry)}</td><td><code>${h(s.tool)}</code>${args}</td><td>${ICON[s.verdict].trim()} ${s.verdict}</td><td><code>${h([s.code, s.rule].filter((x) => x).join(' '))}</code></td><td><code>${h(loc(s.rule_source))}</code></td><td><code>${h(loc(s.source))}</code></td><td><ul>${rules}</ul></td></tr>`);
        }
        out.push('</tbody>', '</table>');
    }
    if (e.entry_violations.length) {
        out.push('<h2>End-of-entry violations</h2>', '<ul>');
        for (const v of e.entry_violations)
            out.push(`<li>${h(v.entry)}: <code>${h(v.rule)}</code> — ${h(v.reason)} <code>${h(loc(v.rule_source))}</code></li>`);
        out.push('</ul>');
    }
    if (e.blocking_rules.length)
        out.push(`<p><strong>Blocking rules:</strong> ${e.blocking_rules.map((r) => `<code>${h(r)}</code>`).join(', ')}</p>`);
    out.push('</section>');
}
function renderExplanation(e, format, o = {}) {
    const list = Array.isArray(e) ? e : [e];
    switch (format) {
        case 'json': {
            const docs = list.map((x) => explanationDocument(x, o));
            return JSON.stringify(docs.length === 1 ? docs[0] : { explanations: docs }, null, 2) + '\n';
        }
        case 'markdown':
            return list.map((x) => renderMarkdown(x, o)).join('\n');
        case 'html':
            return renderHtml(list, o);
        default:
            return list.map((x) => renderTerminal(x, o)).join('\n');
    }
}
/**
 * `explain <test-id>`: the test's own result (every check, assertion, baseline comparison), then the
 * policy explanations of its trace entry. JSON: `{test, explanations}`.
 */
function renderTestExplanation(t, list, format, o = {}) {
    switch (format) {
        case 'json':
            return JSON.stringify({ test: t, explanations: list.map((x) => explanationDocument(x, o)) }, null, 2) + '\n';
        case 'markdown': {
            const body = renderTestTerminal(t, safe_text/* safeText */.Hk);
            return ['# Test explanation', '', '```text', body.replace(/`{3,}/g, (m) => m.replace(/`/g, 'ˋ')).trimEnd(), '```', '', ...list.map((x) => renderMarkdown(x, o))].join('\n') + '\n';
        }
        case 'html': {
            const page = renderHtml(list, o);
            const pre = `<h1>Test explanation</h1>\n<pre>${h(renderTestTerminal(t, safe_text/* safeText */.Hk))}</pre>`;
            return page.replace('<h1>Policy explanation</h1>', list.length ? `${pre}\n<h1>Policy explanation</h1>` : pre);
        }
        default:
            return [renderTestTerminal(t, one), ...list.map((x) => renderTerminal(x, o))].join('\n');
    }
}

;// CONCATENATED MODULE: ./src/core/explain/index.ts
// `assay explain`: a trace against a policy, or `explain <test-id>` from what the last run recorded in
// run.json: the test's result (every kind of check) and its bound entry against its policies.















/** Explain every entry of the traces against each policy. */
async function explainTraces(policies, traces, opts = {}) {
    const ex = policies.map((p) => new Explainer(p.policy, p.display));
    const r = await (0,read_calls/* readCalls */.s)(traces, (e) => ex.forEach((x) => x.add(e)), { strict: opts.strict ?? false });
    return { explanations: ex.map((x) => x.result(traces.map((t) => t.display))), stats: r.stats, diagnostics: r.diagnostics };
}


/** The `inputs` a run recorded. Missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
function readRunInputs(path, display) {
    return readRunReport(path, display).inputs;
}
function unwrap(v) {
    const x = Array.isArray(v) && v.length === 1 ? v[0] : v;
    return x && typeof x === 'object' && !Array.isArray(x) ? x : undefined;
}
/** The policies a test's checks use (args_valid, sequence_valid), as loaded policies. */
function testPolicies(test, configDir, configDisplay, lenient = false) {
    const out = [];
    const x = test.expected;
    if (x?.kind === 'args_valid')
        out.push({ policy: x.policy.policy, display: x.policyFile ?? `${configDisplay} (test '${test.id}' schema)` });
    if (x?.kind === 'sequence_valid') {
        const raw = unwrap(test.raw.expected);
        const pol = raw?.policy;
        if (typeof pol === 'string' && x.policyFile) {
            out.push({ policy: (0,policy/* loadPolicyFile */.n$)((0,external_node_path_.resolve)(configDir, pol), x.policyFile, { lenient }).policy, display: x.policyFile });
        }
        else {
            const rules = Array.isArray(raw?.rules) ? raw.rules : Array.isArray(pol) && pol.every((r) => r && typeof r === 'object') ? pol : [];
            // Inline rules check order only: tools without a schema are not a finding here.
            const value = { version: '2.0', enforcement: { unconstrained_tools: 'allow' }, sequences: rules };
            if (rules.length)
                out.push({ policy: (0,policy/* policyFromValue */.i0)(value, configDisplay).policy, display: `${configDisplay} (test '${test.id}' rules)` });
        }
    }
    return out;
}
const NO_STATS = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
/**
 * `explain <test-id>`: the test's result row of the last run (what every check found), and the trace entry
 * bound to it against the test's policies and the run's --policy. TEST_ID may also name a trace entry
 * (its id or prompt), as the next step of a policy finding does.
 */
async function explainTest(testId, run, o) {
    const abs = (p) => (0,external_node_path_.resolve)(o.root, p);
    const inputs = 'rows' in run ? run.inputs : run;
    const row = 'rows' in run ? run.rows.find((r) => r.test_id === testId) : undefined;
    const loadOpts = { ...(o.denyDeprecations ? { denyDeprecations: true } : {}), ...(o.lenient ? { lenient: true } : {}) };
    if (inputs.trace_files.length === 0 && !row)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'the last run read no trace: nothing to explain (pass --trace and --policy)', { source: 'cli' });
    const traces = inputs.trace_files.map((t) => ({ path: abs(t), display: t }));
    const entries = [];
    const read = traces.length ? await (0,read_calls/* readCalls */.s)(traces, (e) => entries.push(e), { strict: o.strict ?? false }) : { stats: NO_STATS, diagnostics: [] };
    const diagnostics = [...read.diagnostics];
    const policies = [];
    const byKey = () => entries.find((e) => e.key === testId || e.binding_id === testId || e.prompt === testId);
    let entry;
    let test;
    let config;
    const cf = inputs.config ? (0,config_kind/* readConfigFile */.RG)(abs(inputs.config), inputs.config) : undefined;
    if (cf?.kind === 'eval') {
        config = (0,load/* loadEvalConfig */.l4)(cf.path, cf.display, loadOpts).config;
        test = config.tests.find((t) => t.id === testId);
        if (test) {
            const b = (0,bind/* bindTest */.K1)(test, (0,bind/* buildBindingIndex */.AL)(entries));
            if (b)
                entry = b.entry;
            else if (!row) {
                throw new errors/* InputError */.dz('E_TRACE_MISS', (0,evaluate/* traceMissMessage */.f7)(test), { source: 'trace', context: { file: inputs.trace_files[0] }, nextStepValues: { 'config.yaml': cf.display, 'trace.jsonl': inputs.trace_files[0] } });
            }
            policies.push(...testPolicies(test, config.dir, cf.display, o.lenient === true));
        }
        else {
            entry = byKey();
            if (!entry && !row)
                throw new errors/* UsageError */.eb('E_INVALID_ARGS', `test "${testId}" is not in ${cf.display} (tests: ${config.tests.map((t) => t.id).join(', ')})`, { source: 'cli' });
        }
    }
    else {
        if (cf?.kind === 'policy')
            policies.push({ policy: (0,policy/* loadPolicyFile */.n$)(cf.path, cf.display, loadOpts).policy, display: cf.display });
        entry = byKey();
        if (!entry && !row)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `no trace entry with id or prompt "${testId}" in ${inputs.trace_files.join(', ')}`, { source: 'cli' });
    }
    policies.push(...(o.extraPolicies ?? []));
    if (inputs.policy)
        policies.push({ policy: (0,policy/* loadPolicyFile */.n$)(abs(inputs.policy), inputs.policy, loadOpts).policy, display: inputs.policy });
    const unique = policies.filter((p, i) => policies.findIndex((q) => q.display === p.display) === i);
    if (!unique.length && !row)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `"${testId}" is not a test of the last run, and the run had no policy to explain its calls against`, { source: 'cli' });
    const found = entry;
    const explanations = found
        ? unique.map((p) => {
            const ex = new Explainer(p.policy, p.display);
            ex.add(found);
            return ex.result([found.file]);
        })
        : [];
    let baseline;
    if (row && inputs.baseline && config) {
        try {
            const l = (0,eval_baseline/* loadBaseline */.oU)(abs(inputs.baseline), inputs.baseline, { suite: config.suite, assayVersion: version/* VERSION */.x, suiteMismatch: 'ignore' });
            if (l.baseline)
                baseline = { display: inputs.baseline, baseline: l.baseline };
        }
        catch (e) {
            // The baseline changed or went away since the run: explain without it, and say so.
            if (!(e instanceof errors/* AssayError */.WV))
                throw e;
            diagnostics.push({ code: 'W_EXPLAIN_BASELINE', severity: 'warning', message: `baseline not compared: ${e.message}`, file: inputs.baseline });
        }
    }
    const t = row ? explainRow(row, { ...(test ? { test } : {}), ...(config ? { config } : {}), ...(baseline ? { baseline } : {}) }) : undefined;
    return { explanations, stats: read.stats, diagnostics, ...(t ? { test: t } : {}) };
}


/***/ })

};
