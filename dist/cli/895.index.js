export const id = 895;
export const ids = [895];
export const modules = {

/***/ 6764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IC: () => (/* binding */ LENIENT_HELP),
/* harmony export */   U_: () => (/* binding */ lenientFlag)
/* harmony export */ });
/* unused harmony export addLenientOption */
const LENIENT_HELP = 'unknown keys in policies and configs are warnings, not errors (migration aid)';
function addLenientOption(cmd) {
    return cmd.option('--lenient', LENIENT_HELP);
}
function lenientFlag(flags) {
    return flags.lenient === true;
}


/***/ }),

/***/ 7155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ compareWithBaseline),
/* harmony export */   ET: () => (/* binding */ buildBaseline),
/* harmony export */   ky: () => (/* binding */ serializeBaseline),
/* harmony export */   nk: () => (/* binding */ parseBaseline),
/* harmony export */   oU: () => (/* binding */ loadBaseline)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8750);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9003);
/* harmony import */ var _util_read_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2712);
// Eval-score baselines: export this run's scores, load a stored baseline, compare.






function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** One entry per (row, exercised kind with a numeric score), sorted by test_id, metric. */
function buildBaseline(rows, o) {
    const entries = [];
    for (const row of rows) {
        for (const [metric, m] of Object.entries(row.details.metrics)) {
            if (m.exercised !== 'exercised' || typeof m.score !== 'number' || !Number.isFinite(m.score))
                continue;
            entries.push({ test_id: row.test_id, metric, score: m.score, meta: { exercised: 'exercised' } });
        }
    }
    entries.sort((a, b) => cmp(a.test_id, b.test_id) || cmp(a.metric, b.metric));
    return {
        schema_version: 1,
        suite: o.suite,
        assay_version: o.assayVersion,
        created_at: o.createdAt,
        config_fingerprint: o.configFingerprint,
        ...(o.gitInfo ? { git_info: o.gitInfo } : {}),
        entries,
    };
}
/** Pretty JSON (2 spaces) with a final newline. */
function serializeBaseline(b) {
    return `${JSON.stringify(b, null, 2)}\n`;
}
function invalid(display, message) {
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('E_BASELINE_INVALID', `${display}: ${message}`, {
        source: 'baseline',
        context: { file: display },
        nextStepValues: { 'baseline.json': display },
        diagnostics: [{ code: 'E_BASELINE_INVALID', severity: 'error', message, file: display, source: 'baseline' }],
    });
}
/** Parse a baseline document; throws InputError E_BASELINE_INVALID. */
function parseBaseline(text, display, o) {
    let doc;
    try {
        doc = JSON.parse(text.replace(/^\uFEFF/, ''));
    }
    catch (e) {
        invalid(display, `baseline is not JSON: ${e.message}`);
    }
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(doc))
        invalid(display, 'baseline must be a JSON object');
    if (!('schema_version' in doc))
        invalid(display, 'baseline is missing required key "schema_version"');
    if (doc.schema_version !== 1)
        invalid(display, `unsupported baseline schema_version ${JSON.stringify(doc.schema_version)} (supported: 1)`);
    for (const key of ['suite', 'entries'])
        if (!(key in doc))
            invalid(display, `baseline is missing required key "${key}"`);
    if (typeof doc.suite !== 'string')
        invalid(display, 'baseline "suite" must be a string');
    if (!Array.isArray(doc.entries))
        invalid(display, 'baseline "entries" must be a list');
    const entries = doc.entries.map((e, i) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(e) || typeof e.test_id !== 'string' || typeof e.metric !== 'string' || typeof e.score !== 'number') {
            invalid(display, `baseline entries[${i}] needs a string test_id, a string metric and a numeric score`);
        }
        const exercised = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(e.meta) && e.meta.exercised === 'not_exercised' ? 'not_exercised' : 'exercised';
        return { test_id: e.test_id, metric: e.metric, score: e.score, meta: { exercised } };
    });
    const warnings = [];
    if (doc.suite !== o.suite) {
        const message = `baseline is for suite "${doc.suite}", not "${o.suite}"`;
        if (o.suiteMismatch === 'ignore') {
            warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: `${message}; baseline ignored`, file: display, source: 'baseline' });
            return { warnings };
        }
        invalid(display, message);
    }
    const assayVersion = typeof doc.assay_version === 'string' ? doc.assay_version : '';
    if (assayVersion !== o.assayVersion) {
        warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: `baseline was written by assay ${assayVersion || '(unknown)'}; this is ${o.assayVersion}`, file: display, source: 'baseline' });
    }
    const fp = typeof doc.config_fingerprint === 'string' ? doc.config_fingerprint : '';
    if (o.configBytes && fp !== '' && !fingerprintMatches(fp, o.configBytes)) {
        warnings.push({ code: 'W_BASE_FINGERPRINT', severity: 'warning', message: 'config changed since the baseline was exported (config_fingerprint differs)', file: display, source: 'baseline' });
    }
    const baseline = {
        schema_version: 1,
        suite: doc.suite,
        assay_version: assayVersion,
        created_at: typeof doc.created_at === 'string' ? doc.created_at : '',
        config_fingerprint: fp,
        ...((0,_load_context_js__WEBPACK_IMPORTED_MODULE_5__/* .isObj */ .sA)(doc.git_info) ? { git_info: doc.git_info } : {}),
        entries,
    };
    return { baseline, warnings };
}
function fingerprintMatches(fp, bytes) {
    const m = /^(sha256|md5):([0-9a-fA-F]+)$/.exec(fp);
    if (!m)
        return false;
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)(m[1]).update(bytes).digest('hex') === m[2].toLowerCase();
}
/** Read and parse a baseline file; throws InputError E_BASELINE_INVALID. */
function loadBaseline(file, display, o) {
    let text;
    try {
        text = (0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_4__/* .readTextStrict */ .hr)(file, display, 'E_BASELINE_INVALID', { errorClass: _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz, source: 'baseline', nextStepValues: { 'baseline.json': display } });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz)
            throw e;
        const code = e.code;
        invalid(display, `cannot read baseline: ${code === 'ENOENT' ? 'no such file or directory' : (code ?? 'error').toLowerCase()}`);
    }
    return parseBaseline(text, display, o);
}
const RANK = { pass: 0, warn: 1, fail: 2, error: 3 };
const EPSILON = 1e-9;
/**
 * Compare rows with a baseline. `tests` supply per-test `thresholding.max_drop`
 * overrides (similarity/judge kinds only). The worse status wins; rows are returned as new objects.
 */
function compareWithBaseline(rows, tests, baseline, thresholding) {
    const byKey = new Map(baseline.entries.map((e) => [`${e.test_id}\u0000${e.metric}`, e]));
    const testById = new Map(tests.map((t) => [t.id, t]));
    const findings = [];
    const out = rows.map((row) => {
        const own = [];
        for (const [kind, m] of Object.entries(row.details.metrics)) {
            const base = byKey.get(`${row.test_id}\u0000${kind}`);
            const add = (type, status, message) => own.push({ test_id: row.test_id, kind, type, status, message });
            if (base?.meta.exercised === 'exercised' && m.exercised === 'not_exercised') {
                add('coverage_regression', 'warn', `coverage regression: ${kind} was exercised in the baseline and is not_exercised now`);
            }
            if (thresholding.mode !== 'relative' || m.exercised !== 'exercised' || typeof m.score !== 'number')
                continue;
            if (!base) {
                add('missing', 'warn', `missing baseline for ${row.test_id}/${kind}`);
            }
            else {
                const spec = testById.get(row.test_id)?.expected;
                const override = spec && _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_KINDS */ .g.has(spec.kind) && 'maxDrop' in spec ? spec.maxDrop : undefined;
                const maxDrop = override ?? thresholding.max_drop;
                const drop = base.score - m.score;
                if (drop > maxDrop + EPSILON)
                    add('regression', 'fail', `regression: ${kind} dropped ${drop.toFixed(3)} (limit: ${maxDrop.toFixed(3)})`);
            }
            if (thresholding.min_floor !== undefined && _types_js__WEBPACK_IMPORTED_MODULE_3__/* .MODEL_KINDS */ .g.has(kind) && m.score < thresholding.min_floor) {
                add('below_floor', 'fail', `below floor: ${kind} ${m.score.toFixed(2)} < ${thresholding.min_floor.toFixed(2)}`);
            }
        }
        if (own.length === 0)
            return row;
        findings.push(...own);
        if (row.status !== 'pass' && row.status !== 'warn' && row.status !== 'fail')
            return row;
        let status = row.status;
        for (const f of own)
            if ((RANK[f.status] ?? 0) > (RANK[status] ?? 0))
                status = f.status;
        const messages = [...(row.message === 'ok' ? [] : [row.message]), ...own.map((f) => f.message)];
        const message = messages.join('; ');
        return { ...row, status, message, attempts: row.attempts.map((a) => ({ ...a, status, message })) };
    });
    const present = new Set(rows.map((r) => r.test_id));
    const gone = [...new Set(baseline.entries.map((e) => e.test_id).filter((id) => !present.has(id)))].sort(cmp);
    const warnings = gone.map((id) => ({
        code: 'W_BASELINE_TEST_MISSING',
        severity: 'warning',
        message: `baseline has entries for test "${id}", which no longer exists`,
        source: 'baseline',
        context: { test_id: id },
    }));
    return { rows: out, findings, warnings };
}


/***/ }),

/***/ 8847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ buildBindingIndex),
/* harmony export */   K1: () => (/* binding */ bindTest),
/* harmony export */   Lb: () => (/* binding */ emptyBindingIndex),
/* harmony export */   RU: () => (/* binding */ indexEntry),
/* harmony export */   qX: () => (/* binding */ stubBinding),
/* harmony export */   t3: () => (/* binding */ ambiguousBindingMessage)
/* harmony export */ });
function emptyBindingIndex() {
    return { byPrompt: new Map(), byId: new Map(), ambiguous: new Map() };
}
/**
 * Adds one entry to the index. `wanted` limits what is kept to the prompts and ids some test names (run/ci
 * keep only those entries in memory); it returns the keys that matched, so the caller knows if the entry
 * binds anything.
 */
function indexEntry(index, e, wanted) {
    let byPrompt = false;
    let byId = false;
    if (e.prompt !== undefined && (wanted?.prompt(e.prompt) ?? true)) {
        byPrompt = true;
        const first = index.byPrompt.get(e.prompt);
        if (first === undefined)
            index.byPrompt.set(e.prompt, e);
        else if ((e.shared_prompt === true || first.shared_prompt === true) && !index.ambiguous?.has(e.prompt)) {
            (index.ambiguous ??= new Map()).set(e.prompt, [first, e]);
        }
    }
    const bid = e.binding_id;
    if (bid !== undefined && bid !== '' && (wanted?.id(bid) ?? true)) {
        byId = true;
        if (!index.byId.has(bid))
            index.byId.set(bid, e);
    }
    return { prompt: byPrompt, id: byId };
}
function buildBindingIndex(entries) {
    const index = emptyBindingIndex();
    for (const e of entries)
        indexEntry(index, e);
    return index;
}
function bindTest(test, index) {
    const p = index.byPrompt.get(test.prompt);
    if (p && !index.ambiguous?.has(test.prompt))
        return { entry: p, by: 'prompt' };
    const i = index.byId.get(test.id);
    if (i)
        return { entry: i, by: 'id' };
    return undefined;
}
/** The E_TRACE_INVALID message for a test that binds nothing because its prompt is an ambiguous
 *  placeholder (and no entry has its id); undefined when the test is not in that case. */
function ambiguousBindingMessage(test, index) {
    const pair = index.ambiguous?.get(test.prompt);
    if (!pair || index.byId.has(test.id))
        return undefined;
    const [a, b] = pair;
    const where = (e) => `${e.file}:${e.first_line}${e.binding_id ? ` (id "${e.binding_id}")` : ''}`;
    return (`test '${test.id}': prompt "${test.prompt}" is a placeholder carried by several entries (${where(a)}, ${where(b)}), ` +
        `so it identifies none: give the test the id of its entry (an imported session's episode id, or ` +
        `assay import --test-id ${test.id}), or import each session with its own --prompt`);
}
/** The fixed response used without a trace when `model` is not `trace` (compatible stub). */
function stubBinding(test, model) {
    return {
        entry: { prompt: test.prompt, text: 'passed', model, meta: {}, tool_calls: [], steps: 0, first_line: 0, file: '', key: test.id },
        by: 'stub',
    };
}


/***/ }),

/***/ 9687:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ff: () => (/* binding */ errorRow),
  aT: () => (/* binding */ evaluateTestDetailed),
  J: () => (/* binding */ isAbstainRow),
  S8: () => (/* binding */ makeEvalContext),
  P5: () => (/* binding */ skippedRow),
  f7: () => (/* binding */ traceMissMessage)
});

// UNUSED EXPORTS: evaluateTest, rowFingerprint

// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/eval/model-values.ts
var model_values = __webpack_require__(2442);
;// CONCATENATED MODULE: ./src/core/eval/kinds-model.ts

const SIMILARITY_EPSILON = 1e-6;
const JUDGE_EPSILON = 1e-9;
function similarity(spec, test, entry, o) {
    const r = (0,model_values/* lookupEmbeddings */.dm)(test.id, spec.reference, entry, o);
    if (!r.ok)
        return r;
    const score = (0,model_values/* cosine */.sw)(r.value.response, r.value.reference);
    if (score === undefined) {
        const kind = r.source === 'trace' ? 'trace_invalid' : 'judge_unavailable';
        return { ok: false, kind, message: `test '${test.id}': an embedding vector is all zeros; similarity is undefined` };
    }
    const pass = score + SIMILARITY_EPSILON >= spec.minScore;
    const details = {
        score,
        min_score: spec.minScore,
        model: r.value.model,
        source: r.source,
        ...(r.value.cacheKeys ? { cache_keys: r.value.cacheKeys } : {}),
    };
    if (!pass)
        details.message = `similarity ${score.toFixed(3)} < min_score ${spec.minScore}`;
    return {
        ok: true,
        metric: { score, passed: pass, unstable: false, exercised: 'exercised', details },
        cached: r.source === 'cache',
        abstain: false,
        related: [],
    };
}
function judge(spec, test, entry, o) {
    const r = (0,model_values/* lookupJudge */.kO)({ testId: test.id, rubric: spec.kind, rubricVersion: spec.rubricVersion ?? o.rubricVersion, prompt: test.prompt, context: test.context ?? null }, entry, o);
    if (!r.ok)
        return r;
    const rec = r.value;
    const abstain = rec.verdict === 'Abstain';
    const pass = !abstain && rec.passed && rec.score + JUDGE_EPSILON >= spec.minScore;
    // Samples disagreed (0 < score < 1): the verdict is unstable, reported as warn.
    const unstable = rec.score > 0 && rec.score < 1;
    const details = {
        ...rec,
        min_score: spec.minScore,
        source: r.source,
        ...(r.cacheKey ? { cache_key: r.cacheKey } : {}),
    };
    if (abstain)
        details.message = 'judge abstained';
    else if (!pass)
        details.message = `failed judge check (score=${rec.score.toFixed(2)})`;
    return {
        ok: true,
        metric: { score: rec.score, passed: pass, unstable, exercised: 'exercised', details },
        cached: r.source === 'cache',
        abstain,
        related: [],
    };
}

;// CONCATENATED MODULE: ./src/core/eval/kind-result.ts
function passed(details = {}, score = 1) {
    return { ok: true, metric: { score, passed: true, unstable: false, exercised: 'exercised', details }, cached: false, abstain: false, related: [] };
}
function failed(details, related = [], score = 0) {
    return { ok: true, metric: { score, passed: false, unstable: false, exercised: 'exercised', details }, cached: false, abstain: false, related };
}
function notExercised(reason, details = {}) {
    return {
        ok: true,
        metric: { score: null, passed: true, unstable: false, exercised: 'not_exercised', details: { message: reason, ...details } },
        cached: false,
        abstain: false,
        related: [],
    };
}

// EXTERNAL MODULE: ./src/core/eval/regex.ts
var regex = __webpack_require__(1777);
;// CONCATENATED MODULE: ./src/core/eval/kinds-text.ts


function mustContain(spec, entry) {
    const missing = spec.values.filter((s) => !entry.text.includes(s));
    if (missing.length === 0)
        return passed();
    return failed({ message: `missing substring: ${missing[0]}`, missing });
}
function mustNotContain(spec, entry) {
    const present = spec.values.filter((s) => entry.text.includes(s));
    if (present.length === 0)
        return passed();
    return failed({ message: `forbidden substring present: ${present[0]}`, present });
}
function kinds_text_regex(spec, entry) {
    const matched = (0,regex/* tryTest */.y)(spec.regex, entry.text);
    if (typeof matched !== 'boolean')
        return failed({ message: `pattern cannot be checked: ${matched.unchecked}`, pattern: spec.pattern });
    const want = spec.kind === 'regex_match';
    if (matched === want)
        return passed();
    return failed({ message: want ? `pattern did not match: ${spec.pattern}` : `pattern matched: ${spec.pattern}`, pattern: spec.pattern });
}
function jsonSchema(spec, entry) {
    let value;
    try {
        value = JSON.parse(entry.text);
    }
    catch {
        return failed({ message: 'json_schema failed: response is not valid JSON' });
    }
    const violations = spec.validator.validate(value);
    if (violations.length === 0)
        return passed();
    return failed({ message: `json_schema failed: ${violations.length} validation errors`, errors: violations });
}

// EXTERNAL MODULE: ./src/core/eval/load-context.ts
var load_context = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/core/eval/policy-bridge.ts
var policy_bridge = __webpack_require__(5454);
;// CONCATENATED MODULE: ./src/core/eval/kinds-tools.ts
// Kinds over the entry's tool calls and tool definitions.




const MAX_RELATED = 10;
/** Calls in `index` order (sequence rules and name lists are defined over that order). */
function orderedCalls(entry) {
    return [...entry.tool_calls].sort((a, b) => a.index - b.index);
}
/** Trace lines of the offending calls (≤ 10 lines), each with the indices of its offending calls. */
function related(calls) {
    const out = [];
    for (const c of calls) {
        const same = out.find((p) => p.file === c.pos.file && p.line === c.pos.line);
        if (same) {
            same.calls = [...(same.calls ?? []), c.index];
            continue;
        }
        if (out.length >= MAX_RELATED)
            break;
        out.push({ file: c.pos.file, line: c.pos.line, calls: [c.index] });
    }
    return out;
}
function argsValid(spec, entry) {
    const calls = orderedCalls(entry);
    if (calls.length === 0)
        return notExercised('no tool calls to validate', { violations: [] });
    const decisions = spec.policy.decideAll(calls.map((c) => ({ tool_name: c.tool_name, args: c.args })));
    const violations = [];
    const warnings = [];
    const offending = [];
    decisions.forEach((d, i) => {
        const call = calls[i];
        if (d.decision === 'deny') {
            offending.push(call);
            const base = { call_index: call.index, tool: call.tool_name, code: d.code ?? 'E_TOOL_DENIED' };
            if (d.violations && d.violations.length > 0) {
                for (const v of d.violations) {
                    violations.push({ ...base, ...(v.path !== undefined ? { path: v.path } : {}), ...(v.constraint !== undefined ? { constraint: v.constraint } : {}), message: v.message });
                }
            }
            else
                violations.push({ ...base, message: d.reason });
        }
        else if (d.decision === 'allow_with_warning') {
            warnings.push({ call_index: call.index, tool: call.tool_name, code: d.code ?? '', message: d.reason });
        }
    });
    const extra = warnings.length > 0 ? { warnings } : {};
    if (violations.length === 0)
        return passed({ violations: [], ...extra });
    return failed({ message: `args_valid failed: ${violations.length} errors`, violations, ...extra }, related(offending));
}
function sequenceValid(spec, entry) {
    const calls = orderedCalls(entry);
    const names = calls.map((c) => c.tool_name);
    const outcomes = spec.rules ? spec.rules.check(calls.map((c) => ({ tool_name: c.tool_name, args: c.args }))) : [];
    const rules = outcomes.map((o) => ({ rule_id: o.rule_id, status: o.status, ...(o.reason !== undefined ? { reason: o.reason } : {}) }));
    const violated = outcomes.filter((o) => o.status === 'violated');
    if (violated.length > 0) {
        const spanned = new Set(violated.flatMap((o) => o.spanned ?? []));
        const first = violated[0];
        return failed({
            message: `sequence_valid failed: ${first.rule_id}${first.reason ? `: ${first.reason}` : ''}${violated.length > 1 ? ` (+${violated.length - 1} more)` : ''}`,
            violations: violated.map((o) => ({ rule_id: o.rule_id, reason: o.reason ?? '', spanned: o.spanned ?? [] })),
            rules,
        }, related(calls.filter((c) => spanned.has(c.index))));
    }
    if (spec.rules && outcomes.length > 0 && outcomes.every((o) => o.status === 'not_exercised')) {
        // Every rule was not exercised: pass as not exercised; the exact-sequence check is skipped.
        return notExercised('no sequence rule was exercised', { rules });
    }
    if (spec.sequence !== undefined) {
        const same = names.length === spec.sequence.length && names.every((n, i) => n === spec.sequence[i]);
        if (!same) {
            return failed({ message: `expected sequence [${spec.sequence.join(', ')}], got [${names.join(', ')}]`, expected: spec.sequence, actual: names, ...(spec.rules ? { rules } : {}) }, related(calls));
        }
    }
    return passed({ ...(spec.rules ? { rules } : {}), ...(spec.sequence !== undefined ? { actual: names } : {}) });
}
function toolBlocklist(spec, entry) {
    const patterns = spec.blocked.map((p) => (0,policy_bridge/* compileToolPattern */.Yo)(p));
    const hits = [];
    for (const call of orderedCalls(entry)) {
        const p = patterns.find((x) => x.test(call.tool_name));
        if (p)
            hits.push({ call, pattern: p.pattern });
    }
    if (hits.length === 0)
        return passed();
    return failed({
        message: `Blocked tool called: ${hits[0].call.tool_name}`,
        blocked_calls: hits.map((h) => ({ call_index: h.call.index, tool: h.call.tool_name, pattern: h.pattern })),
    }, related(hits.map((h) => h.call)));
}
function toolList(v) {
    return Array.isArray(v) ? v.filter(load_context/* isObj */.sA) : [];
}
function schemaHash(def) {
    return def.input_schema === undefined ? undefined : (0,jcs/* jcsSha256Hex */.l4)(def.input_schema);
}
function toolDescriptionIntegrity(spec, entry) {
    const violations = [];
    if (spec.pinned.length > 0) {
        const defs = toolList(entry.meta.tool_definitions);
        if (defs.length === 0)
            return notExercised('no tool definitions in the trace');
        const byName = new Map();
        for (const d of defs)
            if (typeof d.name === 'string' && !byName.has(d.name))
                byName.set(d.name, d);
        for (const pin of spec.pinned) {
            const def = byName.get(pin.name);
            if (!def) {
                violations.push({ tool: pin.name, code: 'E_TOOL_NOT_FOUND', message: 'pinned tool absent from tool definitions' });
                continue;
            }
            if (pin.description !== undefined) {
                const actual = typeof def.description === 'string' ? def.description : '';
                if (actual !== pin.description)
                    violations.push({ tool: pin.name, code: 'E_TOOL_DESCRIPTION_MISMATCH', expected: pin.description, actual });
            }
            if (pin.schema_sha256 !== undefined) {
                const actual = schemaHash(def) ?? '';
                if (actual !== pin.schema_sha256) {
                    violations.push({ tool: pin.name, code: 'E_TOOL_SCHEMA_MISMATCH', expected_sha256: pin.schema_sha256, actual_sha256: actual });
                }
            }
        }
    }
    else {
        const raw = entry.meta.tool_definition_snapshots;
        const snaps = Array.isArray(raw) ? raw.map(toolList) : [];
        if (snaps.length < 2)
            return notExercised('fewer than two tool-definition snapshots: nothing to compare');
        const base = new Map();
        for (const d of snaps[0])
            if (typeof d.name === 'string' && !base.has(d.name))
                base.set(d.name, d);
        snaps.slice(1).forEach((snap, k) => {
            for (const d of snap) {
                if (typeof d.name !== 'string')
                    continue;
                const b = base.get(d.name);
                if (!b)
                    continue; // a tool added later is not a mutation
                const desc = (x) => (typeof x.description === 'string' ? x.description : undefined);
                if (desc(d) !== desc(b))
                    violations.push({ tool: d.name, snapshot: k + 1, field: 'description', code: 'E_TOOL_DESCRIPTION_MUTATED' });
                if (schemaHash(d) !== schemaHash(b))
                    violations.push({ tool: d.name, snapshot: k + 1, field: 'input_schema', code: 'E_TOOL_SCHEMA_MUTATED' });
            }
        });
    }
    if (violations.length === 0)
        return passed();
    return failed({ message: `tool_description_integrity: ${violations.length} violation(s)`, violations });
}
function toolOutputValid(spec, entry) {
    const byTool = new Map(spec.schemas.map((s) => [s.tool, s.validator]));
    const violations = [];
    const offending = [];
    let checked = 0;
    for (const call of orderedCalls(entry)) {
        const v = byTool.get(call.tool_name);
        // Only calls with a result and no error carry an output contract.
        if (!v || call.result === null || call.result === undefined || (call.error !== null && call.error !== undefined))
            continue;
        checked++;
        const errs = v.validate(call.result);
        if (errs.length > 0) {
            offending.push(call);
            violations.push({ call_index: call.index, tool: call.tool_name, call_id: call.id, code: 'E_OUTPUT_SCHEMA_VIOLATION', errors: errs });
        }
    }
    if (checked === 0)
        return notExercised('no call of a listed tool returned a result');
    if (violations.length === 0)
        return passed();
    return failed({ message: `tool_output_valid: ${violations.length} violation(s)`, violations }, related(offending));
}
function toolCollisionDetect(spec, entry) {
    const defs = toolList(entry.meta.tool_definitions);
    if (defs.length === 0)
        return notExercised('no tool definitions in the trace');
    const byName = new Map();
    for (const d of defs) {
        if (typeof d.name !== 'string')
            continue;
        const identity = (0,load_context/* isObj */.sA)(d.tool_identity) && typeof d.tool_identity.server_id === 'string' ? d.tool_identity.server_id : undefined;
        const server = identity ?? (typeof d.server_id === 'string' ? d.server_id : null);
        const list = byName.get(d.name) ?? [];
        // A named server counts once; an unknown origin (null) always counts as distinct.
        if (server === null || !list.includes(server))
            list.push(server);
        byName.set(d.name, list);
    }
    const collisions = [];
    for (const name of [...byName.keys()].sort()) {
        const servers = byName.get(name);
        if (servers.length < 2)
            continue;
        const allTrusted = spec.trusted.length > 0 && servers.every((s) => s !== null && spec.trusted.includes(s));
        if (!allTrusted)
            collisions.push({ tool: name, code: 'E_TOOL_COLLISION', servers, count: servers.length });
    }
    if (collisions.length === 0)
        return passed();
    return failed({ message: `tool_collision_detect: ${collisions.length} collision(s)`, collisions });
}

;// CONCATENATED MODULE: ./src/core/eval/run-assertions.ts



const TRACE_FAIL = 'E_TRACE_ASSERT_FAIL';
const POLICY_FAIL = 'E_POLICY_ASSERT_FAIL';
function list(names) {
    return `[${names.join(', ')}]`;
}
function isSubsequence(want, have) {
    let i = 0;
    for (const n of have)
        if (i < want.length && n === want[i])
            i++;
    return i === want.length;
}
function result(index, type, ok, code, message) {
    return ok ? { index, type, passed: true, message } : { index, type, passed: false, code, message };
}
/** Unit-test assertions pass when the actual outcome equals `expect`. */
function unit(index, a, actual, why) {
    const ok = actual === a.expect;
    const message = ok ? `${a.type}: outcome ${actual} as expected${why ? ` (${why})` : ''}` : `${a.type}: expected ${a.expect}, got ${actual}${why ? ` (${why})` : ''}`;
    return result(index, a.type, ok, POLICY_FAIL, message);
}
function runAssertion(a, index, entry) {
    switch (a.type) {
        case 'trace_must_call_tool': {
            const p = (0,policy_bridge/* compileToolPattern */.Yo)(a.tool);
            const n = entry.tool_calls.filter((c) => p.test(c.tool_name)).length;
            return result(index, a.type, n >= a.minCalls, TRACE_FAIL, n >= a.minCalls
                ? `"${a.tool}" called ${n} time(s)`
                : `expected at least ${a.minCalls} call(s) to "${a.tool}", found ${n}`);
        }
        case 'trace_must_not_call_tool': {
            const p = (0,policy_bridge/* compileToolPattern */.Yo)(a.tool);
            const n = entry.tool_calls.filter((c) => p.test(c.tool_name)).length;
            return result(index, a.type, n === 0, TRACE_FAIL, n === 0 ? `"${a.tool}" not called` : `"${a.tool}" was called ${n} time(s)`);
        }
        case 'trace_tool_sequence': {
            const names = orderedCalls(entry).map((c) => c.tool_name);
            const ok = a.allowOtherTools
                ? isSubsequence(a.sequence, names)
                : names.length === a.sequence.length && names.every((n, i) => n === a.sequence[i]);
            const how = a.allowOtherTools ? 'in order' : 'exactly';
            return result(index, a.type, ok, TRACE_FAIL, ok ? `sequence ${list(a.sequence)} found ${how}` : `expected sequence ${list(a.sequence)} ${how}, got ${list(names)}`);
        }
        case 'trace_max_steps': {
            const ok = entry.steps <= a.max;
            return result(index, a.type, ok, TRACE_FAIL, ok ? `${entry.steps} step(s) ≤ ${a.max}` : `${entry.steps} steps exceed max ${a.max}`);
        }
        case 'args_valid': {
            if (!a.validator || a.testArgs === undefined)
                return unit(index, a, 'pass', 'nothing to validate');
            const v = a.validator.validate(a.testArgs);
            return unit(index, a, v.length === 0 ? 'pass' : 'fail', v.length === 0 ? '' : `${a.tool ? `${a.tool}: ` : ''}${v[0].message}`);
        }
        case 'sequence_valid': {
            if (!a.regex || !a.names)
                return unit(index, a, 'pass', 'nothing to match');
            const joined = a.names.join(' ');
            const hit = (0,regex/* tryTest */.y)(a.regex, joined);
            if (typeof hit !== 'boolean')
                return result(index, a.type, false, POLICY_FAIL, `${a.type}: cannot be checked: ${hit.unchecked}`);
            return unit(index, a, hit ? 'pass' : 'fail', `trace "${joined}"`);
        }
        case 'tool_blocklist': {
            if (!a.names || !a.blocked)
                return unit(index, a, 'pass', 'nothing to check');
            const patterns = a.blocked.map((b) => (0,policy_bridge/* compileToolPattern */.Yo)(b));
            const hit = a.names.find((n) => patterns.some((p) => p.test(n)));
            return unit(index, a, hit === undefined ? 'pass' : 'fail', hit === undefined ? '' : `blocked tool ${hit}`);
        }
    }
}
function runAssertions(specs, entry) {
    return specs.map((a, i) => runAssertion(a, i, entry));
}

;// CONCATENATED MODULE: ./src/core/eval/evaluate.ts






function makeEvalContext(config, o) {
    return {
        configFile: config.file,
        suite: config.suite,
        model: config.model,
        assayVersion: o.assayVersion,
        values: {
            ...(o.cacheDir !== undefined ? { cacheDir: o.cacheDir } : {}),
            useCache: config.settings.cache && !o.noCache,
            replayStrict: o.replayStrict ?? false,
            judge: o.judge ?? 'none',
            embedder: o.embedder ?? 'none',
            judgeModel: o.judgeModel ?? model_values/* DEFAULT_JUDGE_MODEL */.sr,
            embeddingModel: o.embeddingModel ?? model_values/* DEFAULT_EMBEDDING_MODEL */.Ui,
            judgeSamples: o.judgeSamples ?? config.settings.judge.samples,
            rubricVersion: config.settings.judge.rubric_version,
        },
        ...(o.now ? { now: o.now } : {}),
    };
}
/** Row fingerprint: sha256 of JCS {suite, model, test_id, input, expected, assertions, policy_digests, assay_version}. */
function rowFingerprint(test, ctx) {
    const doc = {
        suite: ctx.suite,
        model: ctx.model,
        test_id: test.id,
        input: test.raw.input ?? null,
        expected: test.raw.expected ?? null,
        assertions: test.raw.assertions ?? null,
        policy_digests: test.fileDigests,
        assay_version: ctx.assayVersion,
    };
    try {
        return (0,jcs/* jcsSha256Hex */.l4)(doc);
    }
    catch {
        // YAML allows .inf/.nan, which JSON cannot hold: hash their JSON form (null) instead.
        return (0,jcs/* jcsSha256Hex */.l4)(JSON.parse(JSON.stringify(doc)));
    }
}
function evaluateKind(spec, test, entry, ctx) {
    switch (spec.kind) {
        case 'must_contain':
            return mustContain(spec, entry);
        case 'must_not_contain':
            return mustNotContain(spec, entry);
        case 'regex_match':
        case 'regex_not_match':
            return kinds_text_regex(spec, entry);
        case 'json_schema':
            return jsonSchema(spec, entry);
        case 'semantic_similarity_to':
            return similarity(spec, test, entry, ctx.values);
        case 'faithfulness':
        case 'relevance':
            return judge(spec, test, entry, ctx.values);
        case 'args_valid':
            return argsValid(spec, entry);
        case 'sequence_valid':
            return sequenceValid(spec, entry);
        case 'tool_blocklist':
            return toolBlocklist(spec, entry);
        case 'tool_description_integrity':
            return toolDescriptionIntegrity(spec, entry);
        case 'tool_output_valid':
            return toolOutputValid(spec, entry);
        case 'tool_collision_detect':
            return toolCollisionDetect(spec, entry);
    }
}
/** Errors that `on_error: allow` never turns into `allowed_on_error`. */
const NEVER_ALLOWED = new Set(['trace_miss', 'config']);
function makeRow(test, ctx, parts, durationMs) {
    const row = {
        test_id: test.id,
        status: parts.status,
        score: parts.score,
        cached: parts.cached,
        message: parts.message,
        details: parts.details,
        duration_ms: durationMs,
        fingerprint: rowFingerprint(test, ctx),
        skip_reason: parts.skipReason ?? null,
        attempts: [{ attempt_no: 1, status: parts.status, message: parts.message, duration_ms: durationMs, details: {} }],
    };
    if (parts.errorPolicyApplied)
        row.error_policy_applied = 'allow';
    return row;
}
function baseDetails(test, binding) {
    const d = { metrics: {}, prompt: test.prompt, 'assay.replay': true };
    if (binding && binding.by !== 'stub')
        d.entry = { file: binding.entry.file, line: binding.entry.first_line, by: binding.by };
    return d;
}
/** A row for a test not run (e.g. after `bail_on_first_failure`). */
function skippedRow(test, ctx, reason) {
    return makeRow(test, ctx, { status: 'skipped', score: null, cached: false, message: `skipped: ${reason}`, details: baseDetails(test, undefined), skipReason: reason }, 0);
}
/** A row for an evaluation error (status `error`, or `allowed_on_error` under `on_error: allow`). */
function errorRow(test, ctx, kind, message, binding, extra = {}) {
    const allowed = test.onError === 'allow' && !NEVER_ALLOWED.has(kind);
    return makeRow(test, ctx, {
        status: allowed ? 'allowed_on_error' : 'error',
        score: null,
        cached: false,
        message,
        details: { ...baseDetails(test, binding), ...extra, run_error_kind: kind },
        errorPolicyApplied: allowed,
    }, 0);
}
function traceMissMessage(test) {
    return `trace miss: no entry for prompt "${test.prompt}" or id "${test.id}"`;
}
/** Evaluate one test; `binding` undefined = trace miss. */
function evaluateTestDetailed(test, binding, ctx) {
    const start = ctx.now?.() ?? 0;
    const elapsed = () => (ctx.now ? Math.max(0, Math.round(ctx.now() - start)) : 0);
    const done = (row, extra = {}) => {
        row.duration_ms = elapsed();
        row.attempts[0].duration_ms = row.duration_ms;
        return { row, warnings: [], related: [], abstain: false, ...extra };
    };
    if (!test.expected && test.assertions.length === 0)
        return done(skippedRow(test, ctx, 'test checks nothing'));
    if (!binding)
        return done(errorRow(test, ctx, 'trace_miss', traceMissMessage(test)));
    const entry = binding.entry;
    let kind;
    if (test.expected) {
        try {
            kind = evaluateKind(test.expected, test, entry, ctx);
        }
        catch (e) {
            kind = { ok: false, kind: 'internal', message: `test '${test.id}': ${test.expected.kind} failed to evaluate: ${e.message}` };
        }
    }
    let assertions;
    if (test.assertions.length > 0)
        assertions = runAssertions(test.assertions, entry);
    const assertionExtra = assertions ? { assertions } : {};
    if (kind && !kind.ok)
        return done(errorRow(test, ctx, kind.kind, kind.message, binding, assertionExtra));
    const details = baseDetails(test, binding);
    const messages = [];
    let status = 'pass';
    const worse = (s) => {
        const rank = { pass: 0, warn: 1, fail: 2, error: 3 };
        if ((rank[s] ?? 0) > (rank[status] ?? 0))
            status = s;
    };
    const warnings = [];
    let abstain = false;
    let related = [];
    let cached = false;
    let score = null;
    if (kind && kind.ok && test.expected) {
        const name = test.expected.kind;
        details.metrics[name] = kind.metric;
        score = kind.metric.score;
        cached = kind.cached;
        related = kind.related;
        abstain = kind.abstain;
        if (kind.abstain) {
            worse('fail');
            messages.push(`judge uncertain (abstain): ${name}`);
        }
        else if (!kind.metric.passed) {
            worse('fail');
            messages.push(`failed: ${name}`);
        }
        else if (kind.metric.unstable) {
            worse('warn');
            messages.push(`unstable metric: ${name}`);
        }
        if (kind.metric.exercised === 'not_exercised') {
            const pos = test.pos.expected ?? test.pos.test;
            const why = typeof kind.metric.details.message === 'string' ? ` (${kind.metric.details.message})` : '';
            warnings.push({
                code: 'W_METRIC_NOT_EXERCISED',
                severity: 'warning',
                message: `test '${test.id}': ${name} was not exercised${why}`,
                source: 'config',
                file: ctx.configFile,
                line: pos.line,
                col: pos.col,
                context: { test_id: test.id, kind: name },
            });
        }
    }
    if (assertions) {
        details.assertions = assertions;
        const failedCount = assertions.filter((a) => !a.passed).length;
        if (failedCount > 0) {
            worse('fail');
            messages.push(`assertions failed (${failedCount})`);
        }
    }
    const message = messages.length > 0 ? messages.join('; ') : 'ok';
    return done(makeRow(test, ctx, { status, score, cached, message, details }, 0), { warnings, related, abstain });
}
function evaluateTest(test, binding, ctx) {
    return evaluateTestDetailed(test, binding, ctx).row;
}
/** True for a row whose judge verdict was `Abstain`. */
function isAbstainRow(row) {
    return Object.values(row.details.metrics).some((m) => m.details.verdict === 'Abstain');
}


/***/ }),

/***/ 5924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Q6: () => (/* binding */ schemaAssertsNothing),
/* harmony export */   YL: () => (/* binding */ JSON_SCHEMA_KEYWORDS)
/* harmony export */ });
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9863);
// JSON Schema for eval kinds (json_schema, tool_output_valid, args_valid assertions): the policy
// engine's dialect — Draft 2020-12 by default, `$schema` selects draft-07 or 2019-09,
// external `$ref` refused, `format` an annotation, `pattern` on the RE2 engine.

const compiler = new _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaCompiler */ .Vn();
function compileSchema(schema) {
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
        return { ok: false, reason: 'a JSON Schema must be an object or a boolean' };
    }
    const issue = (0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSchema */ ._U)(schema)[0];
    if (issue) {
        // Name the schema location holding the offending keyword (the keyword itself is in the message).
        const at = issue.key ? issue.path : issue.path.slice(0, -1);
        const where = at.length > 0 ? `${at.join('.')}: ` : '';
        return { ok: false, reason: issue.kind === 'regex' ? `${where}invalid regex: ${issue.message}` : `${where}${issue.message}` };
    }
    const c = compiler.compile(schema);
    if (!c.ok)
        return c;
    const fn = c.validate;
    return { ok: true, validator: { schema, validate: (value) => (0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidator */ .Wq)(fn, value) } };
}
/** True when the schema accepts every value (`{}`, `true`, or only annotations). */
function schemaAssertsNothing(schema) {
    if (schema === true)
        return true;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return false;
    const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', '$defs', 'definitions', 'deprecated', 'readOnly', 'writeOnly']);
    return Object.keys(schema).every((k) => annotations.has(k));
}
/** Keywords that cannot be tool names in a schema map (args_valid). */
const JSON_SCHEMA_KEYWORDS = new Set([
    '$schema', '$id', '$ref', '$defs', '$anchor', '$comment', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'definitions',
    'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'additionalItems',
    'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
    'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'enum', 'const', 'allOf', 'anyOf', 'oneOf',
    'not', 'if', 'then', 'else', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
    'exclusiveMaximum', 'multipleOf', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
    'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   sA: () => (/* binding */ isObj)
/* harmony export */ });
/* harmony import */ var _util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6203);

function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `tests[0].input.prompt` */
function pathText(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else
            s += s === '' ? seg : `.${seg}`;
    }
    return s;
}
function typeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `a ${typeof v}`;
}
class LoadContext {
    src;
    file;
    baseDir;
    opts;
    text;
    diagnostics = [];
    /** Files loaded once per config load (a policy named by many tests), keyed by absolute path. */
    memo;
    constructor(src, 
    /** Display path of the config. */
    file, 
    /** Absolute directory against which named paths resolve. */
    baseDir, opts, 
    /** The config's text (raw seed tokens are read from it). */
    text, memo) {
        this.src = src;
        this.file = file;
        this.baseDir = baseDir;
        this.opts = opts;
        this.text = text;
        this.memo = memo ?? new Map();
    }
    pos(path) {
        return this.src.posOf(path);
    }
    error(path, message, opts = {}) {
        const p = opts.pos ?? (opts.atKey ? this.src.keyPosOf(path) : this.src.posOf(path));
        this.diagnostics.push({
            code: 'E_CFG_PARSE',
            severity: 'error',
            message,
            source: 'config',
            file: this.file,
            line: p.line,
            col: p.col,
            context: { path: pathText(path), ...(opts.context ?? {}) },
        });
    }
    warn(code, path, message, opts = {}) {
        const p = opts.atKey ? this.src.keyPosOf(path) : this.src.posOf(path);
        this.diagnostics.push({
            code,
            severity: 'warning',
            message,
            source: 'config',
            file: this.file,
            line: p.line,
            col: p.col,
            context: { path: pathText(path), ...(opts.context ?? {}) },
        });
    }
    /** Push a diagnostic produced elsewhere (policy loader warnings keep their own file and position). */
    push(d) {
        this.diagnostics.push(d);
    }
    hasErrors() {
        return this.diagnostics.some((d) => d.severity === 'error');
    }
    /**
     * Unknown keys are errors at every level, with "did you mean" (a typo must not drop a check); with
     * `lenient` they are W_CFG_UNKNOWN_KEY warnings. `where` is e.g. "at top level" or "in tests[2]".
     */
    checkKeys(obj, path, allowed, opts = {}) {
        const where = opts.where ?? `in ${pathText(path)}`;
        for (const u of (0,_util_unknown_keys_js__WEBPACK_IMPORTED_MODULE_0__/* .findUnknownKeys */ .Wo)(obj, allowed, where, opts.accepted ? { accepted: opts.accepted } : {})) {
            const context = u.suggestion !== null ? { unknown_key: u.key, suggestion: u.suggestion } : { unknown_key: u.key };
            if (this.opts.lenient)
                this.warn('W_CFG_UNKNOWN_KEY', [...path, u.key], u.message, { atKey: true, context });
            else
                this.error([...path, u.key], u.message, { atKey: true, context });
        }
    }
    mapping(v, path) {
        if (isObj(v))
            return v;
        this.error(path, `${pathText(path)}: expected a mapping, found ${typeName(v)}`);
        return undefined;
    }
    string(v, path, opts = {}) {
        if (typeof v !== 'string') {
            this.error(path, `${pathText(path)}: expected a string`);
            return undefined;
        }
        if (opts.nonEmpty && v === '') {
            this.error(path, `${pathText(path)}: must not be empty`);
            return undefined;
        }
        return v;
    }
    bool(v, path) {
        if (typeof v === 'boolean')
            return v;
        this.error(path, `${pathText(path)}: expected true or false`);
        return undefined;
    }
    number(v, path, range = {}) {
        if (typeof v !== 'number' || !Number.isFinite(v)) {
            this.error(path, `${pathText(path)}: expected a number`);
            return undefined;
        }
        return this.range(v, path, range);
    }
    int(v, path, range = {}) {
        if (typeof v !== 'number' || !Number.isSafeInteger(v)) {
            this.error(path, `${pathText(path)}: expected an integer`);
            return undefined;
        }
        return this.range(v, path, range);
    }
    range(v, path, r) {
        const lowOk = r.min === undefined || (r.minExclusive ? v > r.min : v >= r.min);
        const highOk = r.max === undefined || v <= r.max;
        if (lowOk && highOk)
            return v;
        const lo = r.min === undefined ? '' : r.minExclusive ? `> ${r.min}` : `≥ ${r.min}`;
        const hi = r.max === undefined ? '' : `≤ ${r.max}`;
        this.error(path, `${pathText(path)}: must be ${[lo, hi].filter(Boolean).join(' and ')}, found ${v}`);
        return undefined;
    }
    stringList(v, path) {
        if (!Array.isArray(v)) {
            this.error(path, `${pathText(path)}: expected a list of strings`);
            return undefined;
        }
        const out = [];
        let ok = true;
        v.forEach((item, i) => {
            if (typeof item !== 'string') {
                this.error([...path, i], `${pathText([...path, i])}: expected a string`);
                ok = false;
            }
            else
                out.push(item);
        });
        return ok ? out : undefined;
    }
    oneOf(v, path, values) {
        if (typeof v === 'string' && values.includes(v))
            return v;
        this.error(path, `${pathText(path)}: expected one of ${values.join(', ')}, found ${typeof v === 'string' ? `"${v}"` : typeName(v)}`);
        return undefined;
    }
}


/***/ }),

/***/ 4132:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Xd: () => (/* binding */ collectEvalConfig),
  BE: () => (/* binding */ findDefaultConfig),
  l4: () => (/* binding */ loadEvalConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_NAMES, isEvalConfigDocument, parseEvalConfig

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/eval/json-schema.ts
var json_schema = __webpack_require__(5924);
// EXTERNAL MODULE: ./src/core/eval/load-context.ts
var load_context = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/core/eval/regex.ts
var regex = __webpack_require__(1777);
;// CONCATENATED MODULE: ./src/core/eval/load-assertions.ts



const FIELDS = {
    trace_must_call_tool: ['type', 'tool', 'min_calls'],
    trace_must_not_call_tool: ['type', 'tool'],
    trace_tool_sequence: ['type', 'sequence', 'allow_other_tools'],
    trace_max_steps: ['type', 'max'],
    args_valid: ['type', 'tool', 'test_args', 'policy', 'expect'],
    sequence_valid: ['type', 'test_trace_raw', 'policy', 'expect'],
    tool_blocklist: ['type', 'test_tool_calls', 'policy', 'expect'],
};
const MAX_STEPS_CEILING = 4294967295;
function parseAssertions(ctx, value, P, testId, ineffective) {
    const out = { specs: [], positions: [], ok: true };
    if (value === null)
        return out;
    if (!Array.isArray(value)) {
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: expected a list of assertions`);
        out.ok = false;
        return out;
    }
    value.forEach((item, i) => {
        const at = [...P, i];
        out.positions.push(ctx.pos(at));
        const flag = (reason, where = at) => ineffective.push({ pos: ctx.pos(where), text: `test '${testId}' assertion ${i}: ${reason}` });
        const spec = parseOne(ctx, item, at, flag, `test '${testId}': `);
        if (spec)
            out.specs.push(spec);
        else
            out.ok = false;
    });
    return out;
}
function parseExpect(ctx, a, at) {
    if (!('expect' in a) || a.expect === null)
        return 'pass';
    return ctx.oneOf(a.expect, [...at, 'expect'], ['pass', 'fail']);
}
function parseOne(ctx, item, at, flag, prefix) {
    const a = ctx.mapping(item, at);
    if (!a)
        return undefined;
    if (!('type' in a)) {
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: missing required key "type"`);
        return undefined;
    }
    const type = a.type;
    if (typeof type !== 'string' || !(type in FIELDS)) {
        ctx.error([...at, 'type'], `${(0,load_context/* pathText */.LF)([...at, 'type'])}: unknown assertion type ${typeof type === 'string' ? `"${type}"` : String(type)} (known: ${Object.keys(FIELDS).join(', ')})`);
        return undefined;
    }
    const t = type;
    ctx.checkKeys(a, at, FIELDS[t]);
    const required = (key) => {
        if (key in a && a[key] !== null)
            return true;
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: missing required key "${key}"`);
        return false;
    };
    switch (t) {
        case 'trace_must_call_tool': {
            if (!required('tool'))
                return undefined;
            const tool = ctx.string(a.tool, [...at, 'tool']);
            const minCalls = 'min_calls' in a && a.min_calls !== null ? ctx.int(a.min_calls, [...at, 'min_calls'], { min: 0 }) : 1;
            if (tool === undefined || minCalls === undefined)
                return undefined;
            if (tool === '')
                flag('tool is empty', [...at, 'tool']);
            if (minCalls === 0)
                flag('min_calls is 0', [...at, 'min_calls']);
            return { type: t, tool, minCalls };
        }
        case 'trace_must_not_call_tool': {
            if (!required('tool'))
                return undefined;
            const tool = ctx.string(a.tool, [...at, 'tool']);
            if (tool === undefined)
                return undefined;
            if (tool === '')
                flag('tool is empty', [...at, 'tool']);
            return { type: t, tool };
        }
        case 'trace_tool_sequence': {
            const hasSeq = required('sequence');
            const hasAllow = required('allow_other_tools');
            if (!hasSeq || !hasAllow)
                return undefined;
            const sequence = ctx.stringList(a.sequence, [...at, 'sequence']);
            const allowOtherTools = ctx.bool(a.allow_other_tools, [...at, 'allow_other_tools']);
            if (!sequence || allowOtherTools === undefined)
                return undefined;
            if (sequence.length === 0 && allowOtherTools)
                flag('sequence is empty with allow_other_tools: true', [...at, 'sequence']);
            return { type: t, sequence, allowOtherTools };
        }
        case 'trace_max_steps': {
            if (!required('max'))
                return undefined;
            const max = typeof a.max === 'number' && Number.isInteger(a.max) && a.max >= MAX_STEPS_CEILING ? a.max : ctx.int(a.max, [...at, 'max'], { min: 0 });
            if (max === undefined)
                return undefined;
            if (max >= MAX_STEPS_CEILING)
                flag(`max is ${MAX_STEPS_CEILING} or more`, [...at, 'max']);
            return { type: t, max };
        }
        case 'args_valid': {
            const expect = parseExpect(ctx, a, at);
            const tool = 'tool' in a && a.tool !== null ? ctx.string(a.tool, [...at, 'tool']) : undefined;
            if (expect === undefined || ('tool' in a && a.tool !== null && tool === undefined))
                return undefined;
            const spec = { type: t, expect, ...(tool !== undefined ? { tool } : {}) };
            if (!('test_args' in a))
                flag('test_args is missing');
            else
                spec.testArgs = a.test_args;
            if (!('policy' in a) || a.policy === null)
                flag('policy is missing');
            else {
                const pAt = [...at, 'policy'];
                const schema = (0,load_context/* isObj */.sA)(a.policy) && Object.keys(a.policy).length === 1 && 'schema' in a.policy ? a.policy.schema : a.policy;
                const c = (0,json_schema/* compileSchema */.Fc)(schema);
                if (!c.ok) {
                    ctx.error(pAt, `${(0,load_context/* pathText */.LF)(pAt)}: invalid schema: ${c.reason}`);
                    return undefined;
                }
                spec.validator = c.validator;
            }
            return spec;
        }
        case 'sequence_valid': {
            const expect = parseExpect(ctx, a, at);
            if (expect === undefined)
                return undefined;
            const spec = { type: t, expect };
            if (!('test_trace_raw' in a) || a.test_trace_raw === null)
                flag('test_trace_raw is missing');
            else {
                const names = traceNames(ctx, a.test_trace_raw, [...at, 'test_trace_raw']);
                if (!names)
                    return undefined;
                spec.names = names;
            }
            const policy = 'policy' in a && a.policy !== null ? ctx.mapping(a.policy, [...at, 'policy']) : undefined;
            if ('policy' in a && a.policy !== null && !policy)
                return undefined;
            if (!policy || !('regex' in policy) || policy.regex === null)
                flag(policy ? 'policy.regex is missing' : 'policy is missing');
            else {
                const rAt = [...at, 'policy', 'regex'];
                const src = ctx.string(policy.regex, rAt);
                if (src === undefined)
                    return undefined;
                const c = (0,regex/* compileRe2 */.X)(src);
                if (!c.ok) {
                    ctx.error(rAt, `${prefix}invalid regex: ${c.reason}`);
                    return undefined;
                }
                spec.regex = c.re;
            }
            return spec;
        }
        case 'tool_blocklist': {
            const expect = parseExpect(ctx, a, at);
            if (expect === undefined)
                return undefined;
            const spec = { type: t, expect };
            if (!('test_tool_calls' in a) || a.test_tool_calls === null)
                flag('test_tool_calls is missing');
            else {
                const names = ctx.stringList(a.test_tool_calls, [...at, 'test_tool_calls']);
                if (!names)
                    return undefined;
                if (names.length === 0)
                    flag('test_tool_calls is empty', [...at, 'test_tool_calls']);
                spec.names = names;
            }
            const policy = 'policy' in a && a.policy !== null ? ctx.mapping(a.policy, [...at, 'policy']) : undefined;
            if ('policy' in a && a.policy !== null && !policy)
                return undefined;
            if (!policy || !('blocked' in policy) || policy.blocked === null)
                flag(policy ? 'policy.blocked is missing' : 'policy is missing');
            else if (!Array.isArray(policy.blocked)) {
                ctx.error([...at, 'policy', 'blocked'], `${(0,load_context/* pathText */.LF)([...at, 'policy', 'blocked'])}: expected a list of strings`);
                return undefined;
            }
            else {
                const blocked = [];
                policy.blocked.forEach((b, j) => {
                    if (typeof b === 'string')
                        blocked.push(b);
                    else
                        flag(`policy.blocked[${j}] is not a string`, [...at, 'policy', 'blocked', j]);
                });
                spec.blocked = blocked;
            }
            return spec;
        }
    }
}
/** `test_trace_raw: [{tool|tool_name}]` (plain strings accepted too). */
function traceNames(ctx, v, at) {
    if (!Array.isArray(v)) {
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: expected a list of calls`);
        return undefined;
    }
    const names = [];
    let ok = true;
    v.forEach((item, i) => {
        const name = typeof item === 'string' ? item : (0,load_context/* isObj */.sA)(item) ? (item.tool ?? item.tool_name) : undefined;
        if (typeof name !== 'string') {
            ctx.error([...at, i], `${(0,load_context/* pathText */.LF)([...at, i])}: expected a call with a string "tool" or "tool_name"`);
            ok = false;
        }
        else
            names.push(name);
    });
    return ok ? names : undefined;
}

;// CONCATENATED MODULE: ./src/core/eval/paths.ts
// Paths named inside the config resolve against the config's directory; the working
// directory is only a fallback, with warning W_PATH_CWD_RELATIVE.


function isFile(p) {
    try {
        return external_node_fs_.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
function resolveNamedPath(ref, baseDir, configDisplay, cwd) {
    const posixRef = ref.replace(/\\/g, '/');
    if (external_node_path_.isAbsolute(ref))
        return { abs: ref, display: posixRef, cwdFallback: false };
    const beside = external_node_path_.resolve(baseDir, ref);
    const displayDir = external_node_path_.posix.dirname(configDisplay.replace(/\\/g, '/'));
    const display = external_node_path_.posix.normalize(external_node_path_.posix.join(displayDir, posixRef));
    if (isFile(beside))
        return { abs: beside, display, cwdFallback: false };
    const fromCwd = external_node_path_.resolve(cwd ?? '.', ref);
    if (fromCwd !== beside && isFile(fromCwd))
        return { abs: fromCwd, display: external_node_path_.posix.normalize(posixRef), cwdFallback: true };
    return { abs: beside, display, cwdFallback: false };
}
/** `cannot read …: <os error>` text without the absolute path Node puts in its messages. */
function osErrorText(e) {
    const err = e;
    switch (err.code) {
        case 'ENOENT':
            return 'no such file or directory';
        case 'EACCES':
            return 'permission denied';
        case 'EISDIR':
            return 'is a directory';
        default:
            return err.code ? err.code.toLowerCase() : String(err.message ?? e);
    }
}

;// CONCATENATED MODULE: ./src/core/eval/load-files.ts
// Files a test names (policies, schema files, `$ref` blocks): read once, digested, diagnostics mapped
// onto the config position that named them (`test 't3': policy "p.yaml": <inner diagnostic>`).




const MAX_FILE_BYTES = 1024 * 1024;
/** Resolve, warn on cwd fallback, read (≤ 1 MiB, regular file), digest. Errors are recorded at `at`. */
function readNamedFile(ctx, scope, at, ref, what) {
    const resolved = resolveNamedPath(ref, ctx.baseDir, ctx.file, ctx.opts.cwd);
    if (resolved.cwdFallback) {
        ctx.warn('W_PATH_CWD_RELATIVE', at, `${scope.prefix}${what} "${ref}" is not next to the config; using "${resolved.display}" relative to the working directory`);
    }
    let bytes;
    try {
        const st = external_node_fs_.statSync(resolved.abs);
        if (!st.isFile() || st.size > MAX_FILE_BYTES) {
            ctx.error(at, `${scope.prefix}${what} "${ref}": must be a regular file of at most 1 MiB`);
            return undefined;
        }
        bytes = external_node_fs_.readFileSync(resolved.abs);
    }
    catch (e) {
        ctx.error(at, `${scope.prefix}${what} "${ref}": cannot read ${what} file: ${osErrorText(e)}`);
        return undefined;
    }
    const bad = (0,read_text/* findUtf8Problem */.kd)(bytes);
    if (bad) {
        const inner = (0,read_text/* utf8Diagnostic */.rH)(bad, resolved.display, 'E_CFG_PARSE');
        ctx.error(at, `${scope.prefix}${what} "${ref}": ${innerText(inner)}`, { context: { inner_line: bad.line, inner_col: bad.col } });
        return undefined;
    }
    const text = (0,read_text/* decodeUtf8Strict */.h0)(bytes, resolved.display, 'E_CFG_PARSE');
    scope.fileDigests[resolved.display] = `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
    return { resolved, text };
}
function innerText(d) {
    if (d.file !== undefined && d.line !== undefined)
        return `${d.file}:${d.line}:${d.col ?? 1}: ${d.message}`;
    if (d.file !== undefined)
        return `${d.file}: ${d.message}`;
    return d.message;
}
/**
 * Map diagnostics of a named file onto the config: errors become config errors at `at` with the
 * inner diagnostic (and its own position) in the message; warnings pass through unchanged.
 */
function mapInner(ctx, at, head, diags) {
    for (const d of diags) {
        if (d.severity === 'error')
            ctx.error(at, `${head}: ${innerText(d)}`, { context: { inner_code: d.code } });
        else
            ctx.push(d);
    }
}
/**
 * Map diagnostics of an inline policy value (positions already translated into the config): errors
 * keep their own position when they point into the config, else land at `at`.
 */
function mapInline(ctx, at, head, diags) {
    for (const d of diags) {
        if (d.severity !== 'error') {
            ctx.push({ ...d, file: ctx.file });
            continue;
        }
        const pos = d.file === ctx.file && d.line !== undefined ? { line: d.line, col: d.col ?? 1 } : undefined;
        ctx.error(at, `${head}: ${d.message}`, { pos, context: { inner_code: d.code } });
    }
}
/** A YamlSource over part of the config: positions of `translate(path)`. */
function subSource(src, value, translate) {
    return {
        file: src.file,
        value,
        posOf: (p) => src.posOf(translate(p)),
        keyPosOf: (p) => src.keyPosOf(translate(p)),
    };
}

// EXTERNAL MODULE: ./src/core/eval/policy-bridge.ts
var policy_bridge = __webpack_require__(5454);
;// CONCATENATED MODULE: ./src/core/eval/load-expected-policy.ts
// `expected` kinds backed by the policy engine: args_valid (policy file, inline structured
// policy or schema map) and sequence_valid (policy file, names, rules). Loaded and compiled at load.





/** keys that make an inline `args_valid.schema` a structured policy rather than a schema map. */
const POLICY_ROOT_KEYS = new Set([
    'enforcement', 'constraints', 'limits', 'tool_pins', 'sequences', 'aliases', 'on_error', 'metadata', 'tool_classes',
    'signatures', 'discovery', 'runtime_monitor', 'kill_switch',
]);
/** A policy file loads once per config; its warnings are reported once. */
function loadPolicyOnce(ctx, abs, display) {
    const key = `policy\u0000${abs}`;
    const hit = ctx.memo.get(key);
    if (hit)
        return { ...hit, diagnostics: hit.diagnostics.filter((d) => d.severity === 'error') };
    const r = (0,policy_bridge/* policyFromFile */.Ve)(abs, display, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
    ctx.memo.set(key, r);
    return r;
}
function isStructuredPolicy(root) {
    const keys = Object.keys(root);
    if (typeof root.version === 'string' || typeof root.version === 'number' || typeof root.name === 'string')
        return true;
    if (Array.isArray(root.allow) || Array.isArray(root.deny))
        return true;
    if ((0,load_context/* isObj */.sA)(root.tools))
        return true;
    if ('schemas' in root && keys.length > 1)
        return true;
    return keys.some((k) => POLICY_ROOT_KEYS.has(k));
}
function parseArgsValid(ctx, b, P, scope) {
    const hasPolicy = 'policy' in b && b.policy !== null;
    const hasSchema = 'schema' in b && b.schema !== null;
    if (hasPolicy === hasSchema) {
        ctx.error(P, `${scope.prefix}args_valid needs exactly one of policy or schema`);
        return undefined;
    }
    if (hasPolicy) {
        const at = [...P, 'policy'];
        const ref = ctx.string(b.policy, at, { nonEmpty: true });
        if (ref === undefined)
            return undefined;
        const file = readNamedFile(ctx, scope, at, ref, 'policy');
        if (!file)
            return undefined;
        const head = `${scope.prefix}policy "${ref}"`;
        const r = loadPolicyOnce(ctx, file.resolved.abs, file.resolved.display);
        mapInner(ctx, at, head, r.diagnostics);
        if (!r.ok)
            return undefined;
        if (r.value.assertsNothing) {
            ctx.error(at, `${head}: policy asserts nothing`);
            return undefined;
        }
        scope.policyFiles.push({ display: file.resolved.display, abs: file.resolved.abs });
        return { kind: 'args_valid', policy: r.value.policy, policyFile: file.resolved.display };
    }
    const at = [...P, 'schema'];
    const root = ctx.mapping(b.schema, at);
    if (!root)
        return undefined;
    const keys = Object.keys(root);
    if (keys.length === 1 && keys[0] === 'schemas') {
        ctx.error(at, `${scope.prefix}args_valid schema holding only "schemas" is ambiguous (add version: "2.0" for a policy)`);
        return undefined;
    }
    const head = `${scope.prefix}args_valid schema`;
    if (isStructuredPolicy(root)) {
        const source = subSource(ctx.src, root, (p) => [...at, ...p]);
        const r = (0,policy_bridge/* policyFromObject */.mQ)(root, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
        mapInline(ctx, at, head, r.diagnostics);
        if (!r.ok)
            return undefined;
        if (r.value.assertsNothing) {
            ctx.error(at, `${head} asserts nothing`);
            return undefined;
        }
        return { kind: 'args_valid', policy: r.value.policy };
    }
    // A schema map {tool: JSON Schema}: tools absent from the map are not checked.
    let ok = true;
    for (const [tool, schema] of Object.entries(root)) {
        if (json_schema/* JSON_SCHEMA_KEYWORDS */.YL.has(tool)) {
            ctx.error([...at, tool], `${scope.prefix}"${tool}" is a JSON Schema keyword, not a tool name (args_valid schema maps tool names to schemas)`, { atKey: true });
            ok = false;
        }
        else if (!(0,load_context/* isObj */.sA)(schema)) {
            ctx.error([...at, tool], `${(0,load_context/* pathText */.LF)([...at, tool])}: expected a JSON Schema mapping, found ${(0,load_context/* typeName */.go)(schema)}`);
            ok = false;
        }
    }
    if (!ok)
        return undefined;
    if (keys.length === 0 || Object.values(root).every((s) => (0,json_schema/* schemaAssertsNothing */.Q6)(s))) {
        ctx.error(at, `${head} asserts nothing`);
        return undefined;
    }
    const value = { version: '2.0', schemas: root, enforcement: { unconstrained_tools: 'allow' } };
    const source = subSource(ctx.src, value, (p) => (p[0] === 'schemas' ? [...at, ...p.slice(1)] : at));
    const r = (0,policy_bridge/* policyFromObject */.mQ)(value, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
    mapInline(ctx, at, head, r.diagnostics);
    if (!r.ok)
        return undefined;
    return { kind: 'args_valid', policy: r.value.policy };
}
function sameSelector(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** `before` with first == then can never be violated meaningfully. */
function checkIneffectiveRules(ctx, rules, at, scope) {
    let ok = true;
    rules.forEach((r, i) => {
        if ((0,load_context/* isObj */.sA)(r) && r.type === 'before' && r.first !== undefined && sameSelector(r.first, r.then)) {
            ctx.error([...at, i], `${scope.prefix}expected block is ineffective (before rule with first == then)`);
            ok = false;
        }
    });
    return ok;
}
function parseSequenceValid(ctx, b, P, scope) {
    const has = (k) => k in b && b[k] !== null && b[k] !== undefined;
    if (!has('policy') && !has('sequence') && !has('rules')) {
        if ('sequence' in b)
            ctx.error([...P, 'sequence'], `${(0,load_context/* pathText */.LF)([...P, 'sequence'])}: expected a list of strings`);
        else
            ctx.error(P, `${scope.prefix}sequence_valid needs policy, sequence or rules`);
        return undefined;
    }
    const head = scope.prefix.replace(/: $/, '');
    let ok = true;
    let sequence;
    if (has('sequence')) {
        sequence = ctx.stringList(b.sequence, [...P, 'sequence']);
        if (!sequence)
            ok = false;
    }
    const rulesAt = [...P, 'rules'];
    let inlineRules;
    if (has('rules')) {
        if (!Array.isArray(b.rules)) {
            ctx.error(rulesAt, `${(0,load_context/* pathText */.LF)(rulesAt)}: expected a list of rules`);
            ok = false;
        }
        else {
            inlineRules = b.rules;
            if (!checkIneffectiveRules(ctx, inlineRules, rulesAt, scope))
                ok = false;
        }
    }
    // The policy file: a policy mapping (its sequences and aliases), a list of names, or a list of rules.
    let fileChecker;
    let fileRuleCount = 0;
    let aliases;
    let policyFile;
    const policyAt = [...P, 'policy'];
    const ref = has('policy') ? ctx.string(b.policy, policyAt, { nonEmpty: true }) : undefined;
    if (has('policy') && ref === undefined)
        ok = false;
    if (ref !== undefined) {
        const file = readNamedFile(ctx, scope, policyAt, ref, 'policy');
        const fileHead = `${scope.prefix}policy "${ref}"`;
        const parsed = file ? (0,yaml_source/* parseYamlSource */.W)(file.text, file.resolved.display, 'E_POLICY_PARSE') : undefined;
        if (!file || !parsed)
            ok = false;
        else if (!parsed.source) {
            mapInner(ctx, policyAt, fileHead, parsed.errors);
            ok = false;
        }
        else {
            policyFile = file.resolved.display;
            const root = parsed.source.value;
            if (Array.isArray(root) && root.every((x) => typeof x === 'string')) {
                if (sequence === undefined)
                    sequence = root;
            }
            else if (Array.isArray(root)) {
                if (!inlineRules) {
                    const r = (0,policy_bridge/* sequenceChecker */.Rp)(root, undefined, file.resolved.display, parsed.source, [], 'E_POLICY_PARSE', ctx.opts.lenient === true);
                    mapInner(ctx, policyAt, fileHead, r.diagnostics);
                    if (r.ok) {
                        fileChecker = r.value;
                        fileRuleCount = root.length;
                    }
                    else
                        ok = false;
                }
            }
            else if ((0,load_context/* isObj */.sA)(root)) {
                const r = loadPolicyOnce(ctx, file.resolved.abs, file.resolved.display);
                mapInner(ctx, policyAt, fileHead, r.diagnostics);
                if (!r.ok)
                    ok = false;
                else {
                    scope.policyFiles.push({ display: file.resolved.display, abs: file.resolved.abs });
                    aliases = r.value.aliases;
                    if (!inlineRules && r.value.sequences.length > 0) {
                        fileChecker = (0,policy_bridge/* sequenceCheckerOf */.ge)(r.value.sequences);
                        fileRuleCount = r.value.sequences.length;
                    }
                }
            }
            else {
                ctx.error(policyAt, `${fileHead}: expected a policy mapping, a list of tool names or a list of rules`);
                ok = false;
            }
        }
    }
    if (!ok)
        return undefined;
    // Inline values win over file values.
    let checker = fileChecker;
    if (inlineRules && inlineRules.length > 0) {
        const r = (0,policy_bridge/* sequenceChecker */.Rp)(inlineRules, aliases, ctx.file, ctx.src, rulesAt, 'E_CFG_PARSE', ctx.opts.lenient === true);
        mapInline(ctx, rulesAt, head, r.diagnostics);
        if (!r.ok)
            return undefined;
        checker = r.value;
    }
    else if (inlineRules)
        checker = undefined;
    if (sequence === undefined && !checker) {
        const why = inlineRules ? 'rules is empty' : fileRuleCount === 0 && ref !== undefined ? `policy "${ref}" has no sequences` : 'no rules';
        ctx.error(inlineRules ? rulesAt : ref !== undefined ? policyAt : P, `${scope.prefix}expected block checks nothing (${why})`);
        return undefined;
    }
    return {
        kind: 'sequence_valid',
        ...(sequence !== undefined ? { sequence } : {}),
        ...(checker ? { rules: checker } : {}),
        ...(policyFile !== undefined ? { policyFile } : {}),
    };
}

// EXTERNAL MODULE: ./src/core/eval/types.ts
var types = __webpack_require__(9003);
;// CONCATENATED MODULE: ./src/core/eval/load-expected.ts
// Parsing `expected`: tagged and legacy forms, `$ref`, and every load-time refusal
// (vacuous, ineffective, not executable), with regexes, schemas and policies compiled here.








const KIND_FIELDS = {
    must_contain: ['type', 'must_contain'],
    must_not_contain: ['type', 'must_not_contain'],
    regex_match: ['type', 'pattern', 'flags'],
    regex_not_match: ['type', 'pattern', 'flags'],
    json_schema: ['type', 'json_schema', 'schema_file'],
    semantic_similarity_to: ['type', 'semantic_similarity_to', 'min_score', 'thresholding'],
    faithfulness: ['type', 'min_score', 'rubric_version', 'thresholding'],
    relevance: ['type', 'min_score', 'rubric_version', 'thresholding'],
    args_valid: ['type', 'policy', 'schema'],
    sequence_valid: ['type', 'policy', 'sequence', 'rules'],
    tool_blocklist: ['type', 'blocked'],
    tool_description_integrity: ['type', 'pinned_tools'],
    tool_output_valid: ['type', 'schemas'],
    tool_collision_detect: ['type', 'trusted_servers'],
    sequence: ['type', 'sequence'],
    $ref: ['type', 'path'],
};
/** Aliases accepted but not advertised in "allowed" lists. */
const KIND_ALIASES = { semantic_similarity_to: ['text', 'threshold'] };
const LEGACY_KEYS = ['must_contain', 'sequence', 'schema', '$ref'];
function parseExpected(ctx, value, P, scope) {
    const pos = ctx.pos(P);
    if (value === null) {
        ctx.error(P, `${scope.prefix}expected block checks nothing (empty)`);
        return { raw: value, pos };
    }
    if (Array.isArray(value)) {
        if (value.length === 0) {
            ctx.error(P, `${scope.prefix}expected block checks nothing (empty list)`);
            return { raw: value, pos };
        }
        if (value.length > 1) {
            ctx.error(P, `${scope.prefix}only one expected block is supported (found ${value.length})`);
            return { raw: value, pos };
        }
        return parseExpected(ctx, value[0], [...P, 0], scope);
    }
    const block = ctx.mapping(value, P);
    if (!block)
        return { raw: value, pos };
    if ('type' in block)
        return parseTagged(ctx, block, P, scope, pos);
    return parseLegacy(ctx, block, P, scope, pos);
}
function parseTagged(ctx, block, P, scope, pos) {
    const type = block.type;
    if (typeof type !== 'string') {
        ctx.error([...P, 'type'], `${(0,load_context/* pathText */.LF)([...P, 'type'])}: expected a string`);
        return { raw: block, pos };
    }
    if (type === 'judge_criteria') {
        ctx.error([...P, 'type'], `${scope.prefix}judge_criteria is not executable: use faithfulness or relevance`);
        return { raw: block, pos };
    }
    const fields = KIND_FIELDS[type];
    if (!fields) {
        const known = types/* EXPECTED_KINDS */.D.filter((k) => k !== 'judge_criteria').join(', ');
        ctx.error([...P, 'type'], `${scope.prefix}unknown expected type "${type}" (known: ${known})`);
        return { raw: block, pos };
    }
    ctx.checkKeys(block, P, fields, { accepted: KIND_ALIASES[type] });
    if (type === '$ref') {
        const ref = ctx.string(block.path, [...P, 'path'], { nonEmpty: true });
        if (ref === undefined)
            return { raw: block, pos };
        return parseRef(ctx, ref, [...P, 'path'], scope, pos);
    }
    if (type === 'sequence')
        return { spec: parseSequenceValid(ctx, { sequence: block.sequence }, P, scope), raw: block, pos };
    return { spec: parseKind(ctx, type, block, P, scope), raw: block, pos };
}
function parseLegacy(ctx, block, P, scope, pos) {
    const keys = Object.keys(block);
    const legacy = keys.filter((k) => LEGACY_KEYS.includes(k));
    const others = keys.filter((k) => !LEGACY_KEYS.includes(k));
    if (keys.length === 0) {
        ctx.error(P, `${scope.prefix}expected block checks nothing (empty)`);
        return { raw: block, pos };
    }
    if (legacy.length > 1) {
        ctx.error(P, `${scope.prefix}ambiguous legacy expected block (keys: ${legacy.join(', ')})`);
        return { raw: block, pos };
    }
    if (others.length > 0) {
        const hint = others.find((k) => k in KIND_FIELDS && k !== '$ref' && k !== 'sequence');
        const more = hint ? ` (did you mean "type: ${hint}"?)` : '';
        ctx.error([...P, others[0]], `${scope.prefix}unrecognized expected key(s) [${others.join(', ')}]${more}`, { atKey: true });
        return { raw: block, pos };
    }
    const key = legacy[0];
    switch (key) {
        case 'must_contain':
            return { spec: parseKind(ctx, 'must_contain', block, P, scope), raw: block, pos };
        case 'sequence':
            return { spec: parseSequenceValid(ctx, { sequence: block.sequence }, P, scope), raw: block, pos };
        case 'schema':
            return { spec: parseKind(ctx, 'args_valid', { schema: block.schema }, P, scope), raw: block, pos };
        default: {
            const ref = ctx.string(block.$ref, [...P, '$ref'], { nonEmpty: true });
            if (ref === undefined)
                return { raw: block, pos };
            return parseRef(ctx, ref, [...P, '$ref'], scope, pos);
        }
    }
}
/** `$ref: <path>`: the expected block stored in another YAML file (deprecated). */
function parseRef(ctx, ref, at, scope, pos) {
    if (ctx.opts.denyDeprecations) {
        ctx.error(at, `${scope.prefix}$ref expected blocks are deprecated (--deny-deprecations)`);
        return { raw: { $ref: ref }, pos };
    }
    ctx.warn('W_CFG_REF_DEPRECATED', at, `${scope.prefix}$ref expected blocks are deprecated; run "assay migrate" to inline "${ref}"`);
    const file = readNamedFile(ctx, scope, at, ref, '$ref');
    if (!file)
        return { raw: { $ref: ref }, pos };
    const head = `${scope.prefix}$ref "${ref}"`;
    const parsed = (0,yaml_source/* parseYamlSource */.W)(file.text, file.resolved.display, 'E_CFG_PARSE');
    if (!parsed.source) {
        mapInner(ctx, at, head, parsed.errors);
        return { raw: { $ref: ref }, pos };
    }
    const value = parsed.source.value;
    if ((0,load_context/* isObj */.sA)(value) && ('$ref' in value || value.type === '$ref')) {
        ctx.error(at, `${head}: nested $ref is not supported`);
        return { raw: value, pos };
    }
    // Parse the referenced block in its own file (own positions), then report its errors here.
    const sub = new load_context/* LoadContext */.ID(parsed.source, file.resolved.display, external_node_path_.dirname(file.resolved.abs), ctx.opts, file.text, ctx.memo);
    const inner = parseExpected(sub, value, [], scope);
    mapInner(ctx, at, head, sub.diagnostics);
    return { spec: inner.spec, raw: value, pos };
}
function parseKind(ctx, kind, b, P, scope) {
    switch (kind) {
        case 'must_contain':
            return parseMustContain(ctx, b, P, scope);
        case 'must_not_contain':
            return parseMustNotContain(ctx, b, P, scope);
        case 'regex_match':
        case 'regex_not_match':
            return parseRegex(ctx, kind, b, P, scope);
        case 'json_schema':
            return parseJsonSchema(ctx, b, P, scope);
        case 'semantic_similarity_to':
            return parseSimilarity(ctx, b, P, scope);
        case 'faithfulness':
        case 'relevance':
            return parseJudge(ctx, kind, b, P, scope);
        case 'args_valid':
            return parseArgsValid(ctx, b, P, scope);
        case 'sequence_valid':
            return parseSequenceValid(ctx, b, P, scope);
        case 'tool_blocklist':
            return parseBlocklist(ctx, b, P, scope);
        case 'tool_description_integrity':
            return parseIntegrity(ctx, b, P);
        case 'tool_output_valid':
            return parseOutputValid(ctx, b, P, scope);
        case 'tool_collision_detect': {
            const trusted = 'trusted_servers' in b && b.trusted_servers !== null ? ctx.stringList(b.trusted_servers, [...P, 'trusted_servers']) : [];
            return trusted ? { kind: 'tool_collision_detect', trusted } : undefined;
        }
        default:
            return undefined;
    }
}
function parseMustContain(ctx, b, P, scope) {
    const at = [...P, 'must_contain'];
    let values;
    const v = b.must_contain;
    if (v === undefined || v === null)
        values = [];
    else if (typeof v === 'string')
        values = [v];
    else if (Array.isArray(v))
        values = ctx.stringList(v, at);
    else
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: expected a string or a list of strings`);
    if (!values)
        return undefined;
    if (values.every((s) => s === '')) {
        ctx.error('must_contain' in b ? at : P, `${scope.prefix}expected block checks nothing (must_contain is empty)`);
        return undefined;
    }
    return { kind: 'must_contain', values };
}
function parseMustNotContain(ctx, b, P, scope) {
    const at = [...P, 'must_not_contain'];
    const v = b.must_not_contain;
    const values = v === undefined || v === null ? [] : ctx.stringList(v, at);
    if (!values)
        return undefined;
    if (values.length === 0) {
        ctx.error('must_not_contain' in b ? at : P, `${scope.prefix}expected block checks nothing (must_not_contain is empty)`);
        return undefined;
    }
    const i = values.indexOf('');
    if (i >= 0) {
        ctx.error([...at, i], `${scope.prefix}expected block is ineffective (must_not_contain holds "", which every text contains)`);
        return undefined;
    }
    return { kind: 'must_not_contain', values };
}
function parseRegex(ctx, kind, b, P, scope) {
    if (!('pattern' in b)) {
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: missing required key "pattern"`);
        return undefined;
    }
    const pattern = ctx.string(b.pattern, [...P, 'pattern']);
    const flags = 'flags' in b && b.flags !== null ? ctx.stringList(b.flags, [...P, 'flags']) : [];
    if (pattern === undefined || !flags)
        return undefined;
    let ok = true;
    flags.forEach((f, i) => {
        if (f !== 'i' && f !== 'm' && f !== 's') {
            ctx.error([...P, 'flags', i], `${scope.prefix}unknown regex flag "${f}" (allowed: i, m, s)`);
            ok = false;
        }
    });
    if (pattern === '') {
        const why = kind === 'regex_match' ? 'checks nothing (pattern is empty and matches every text)' : 'is ineffective (an empty pattern matches every text, so it always fails)';
        ctx.error([...P, 'pattern'], `${scope.prefix}expected block ${why}`);
        return undefined;
    }
    if (!ok)
        return undefined;
    const uniq = [...new Set(flags)];
    const compiled = (0,regex/* compileRe2 */.X)(uniq.length ? `(?${uniq.join('')})${pattern}` : pattern);
    if (!compiled.ok) {
        ctx.error([...P, 'pattern'], `${scope.prefix}invalid regex: ${compiled.reason}`);
        return undefined;
    }
    return { kind, pattern, flags: uniq, regex: compiled.re };
}
function parseJsonSchema(ctx, b, P, scope) {
    const hasInline = 'json_schema' in b && b.json_schema !== null && !(typeof b.json_schema === 'string' && b.json_schema.trim() === '');
    const hasFile = 'schema_file' in b && b.schema_file !== null;
    if (!hasInline && !hasFile) {
        ctx.error(P, `${scope.prefix}json_schema needs json_schema or schema_file`);
        return undefined;
    }
    // The reference requires json_schema even next to schema_file; the file wins then (compatible).
    if (hasFile) {
        const at = [...P, 'schema_file'];
        const ref = ctx.string(b.schema_file, at, { nonEmpty: true });
        if (ref === undefined)
            return undefined;
        const file = readNamedFile(ctx, scope, at, ref, 'schema_file');
        if (!file)
            return undefined;
        let schema;
        if (/\.ya?ml$/i.test(ref)) {
            const parsed = (0,yaml_source/* parseYamlSource */.W)(file.text, file.resolved.display, 'E_CFG_PARSE');
            if (!parsed.source) {
                mapInner(ctx, at, `${scope.prefix}schema_file "${ref}"`, parsed.errors);
                return undefined;
            }
            schema = parsed.source.value;
        }
        else {
            try {
                schema = JSON.parse(file.text.replace(/^\uFEFF/, ''));
            }
            catch (e) {
                ctx.error(at, `${scope.prefix}schema_file "${ref}": invalid JSON: ${e.message}`);
                return undefined;
            }
        }
        const v = compileFor(ctx, at, `${scope.prefix}schema_file "${ref}"`, schema);
        return v ? { kind: 'json_schema', validator: v, schemaFile: file.resolved.display } : undefined;
    }
    const at = [...P, 'json_schema'];
    let schema = b.json_schema;
    if (typeof schema === 'string') {
        try {
            schema = JSON.parse(schema);
        }
        catch (e) {
            ctx.error(at, `${scope.prefix}json_schema is not valid JSON: ${e.message}`);
            return undefined;
        }
    }
    else if (!(0,load_context/* isObj */.sA)(schema) && typeof schema !== 'boolean') {
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: expected a JSON Schema (as a JSON string)`);
        return undefined;
    }
    const v = compileFor(ctx, at, `${scope.prefix}json_schema`, schema);
    return v ? { kind: 'json_schema', validator: v } : undefined;
}
function compileFor(ctx, at, head, schema) {
    const c = (0,json_schema/* compileSchema */.Fc)(schema);
    if (!c.ok) {
        ctx.error(at, `${head}: invalid schema: ${c.reason}`);
        return undefined;
    }
    return c.validator;
}
function parseMaxDrop(ctx, b, P) {
    if (!('thresholding' in b) || b.thresholding === null)
        return undefined;
    const at = [...P, 'thresholding'];
    const t = ctx.mapping(b.thresholding, at);
    if (!t)
        return undefined;
    ctx.checkKeys(t, at, ['max_drop']);
    if (!('max_drop' in t) || t.max_drop === null)
        return undefined;
    return ctx.number(t.max_drop, [...at, 'max_drop'], { min: 0, max: 2 });
}
function parseSimilarity(ctx, b, P, scope) {
    if ('semantic_similarity_to' in b && 'text' in b)
        ctx.error([...P, 'text'], `${scope.prefix}give semantic_similarity_to or its alias text, not both`, { atKey: true });
    if ('min_score' in b && 'threshold' in b)
        ctx.error([...P, 'threshold'], `${scope.prefix}give min_score or its alias threshold, not both`, { atKey: true });
    const refKey = 'semantic_similarity_to' in b ? 'semantic_similarity_to' : 'text';
    if (!(refKey in b)) {
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: missing required key "semantic_similarity_to"`);
        return undefined;
    }
    const reference = ctx.string(b[refKey], [...P, refKey]);
    const scoreKey = 'threshold' in b && !('min_score' in b) ? 'threshold' : 'min_score';
    const minScore = scoreKey in b ? ctx.number(b[scoreKey], [...P, scoreKey]) : scope.defaultMinScore;
    const maxDrop = parseMaxDrop(ctx, b, P);
    if (reference === undefined || minScore === undefined)
        return undefined;
    if (minScore <= -1 + 1e-6) {
        ctx.error([...P, scoreKey], `${scope.prefix}expected block checks nothing (min_score ${minScore} passes every similarity)`);
        return undefined;
    }
    return { kind: 'semantic_similarity_to', reference, minScore, ...(maxDrop !== undefined ? { maxDrop } : {}) };
}
function parseJudge(ctx, kind, b, P, scope) {
    const minScore = 'min_score' in b ? ctx.number(b.min_score, [...P, 'min_score']) : scope.defaultMinScore;
    const rubricVersion = 'rubric_version' in b && b.rubric_version !== null ? ctx.string(b.rubric_version, [...P, 'rubric_version'], { nonEmpty: true }) : undefined;
    const maxDrop = parseMaxDrop(ctx, b, P);
    if (minScore === undefined)
        return undefined;
    if ('rubric_version' in b && b.rubric_version !== null && rubricVersion === undefined)
        return undefined;
    return { kind, minScore, ...(rubricVersion !== undefined ? { rubricVersion } : {}), ...(maxDrop !== undefined ? { maxDrop } : {}) };
}
function parseBlocklist(ctx, b, P, scope) {
    if (!('blocked' in b)) {
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: missing required key "blocked"`);
        return undefined;
    }
    const blocked = ctx.stringList(b.blocked, [...P, 'blocked']);
    if (!blocked)
        return undefined;
    if (blocked.length === 0) {
        ctx.error([...P, 'blocked'], `${scope.prefix}expected block checks nothing (blocked is empty)`);
        return undefined;
    }
    return { kind: 'tool_blocklist', blocked };
}
function parseIntegrity(ctx, b, P) {
    const at = [...P, 'pinned_tools'];
    if (!('pinned_tools' in b) || b.pinned_tools === null)
        return { kind: 'tool_description_integrity', pinned: [] };
    if (!Array.isArray(b.pinned_tools)) {
        ctx.error(at, `${(0,load_context/* pathText */.LF)(at)}: expected a list`);
        return undefined;
    }
    const pinned = [];
    let ok = true;
    b.pinned_tools.forEach((item, i) => {
        const ip = [...at, i];
        const m = ctx.mapping(item, ip);
        if (!m)
            return void (ok = false);
        ctx.checkKeys(m, ip, ['name', 'description', 'schema_sha256']);
        const name = 'name' in m ? ctx.string(m.name, [...ip, 'name'], { nonEmpty: true }) : undefined;
        if (!('name' in m))
            ctx.error(ip, `${(0,load_context/* pathText */.LF)(ip)}: missing required key "name"`);
        const pin = { name: name ?? '' };
        if ('description' in m && m.description !== null) {
            const d = ctx.string(m.description, [...ip, 'description']);
            if (d === undefined)
                ok = false;
            else
                pin.description = d;
        }
        if ('schema_sha256' in m && m.schema_sha256 !== null) {
            const h = ctx.string(m.schema_sha256, [...ip, 'schema_sha256']);
            if (h !== undefined && !/^(sha256:)?[0-9a-f]{64}$/.test(h)) {
                ctx.error([...ip, 'schema_sha256'], `${(0,load_context/* pathText */.LF)([...ip, 'schema_sha256'])}: must be 64 lowercase hex characters`);
                ok = false;
            }
            else if (h === undefined)
                ok = false;
            else
                pin.schema_sha256 = h.replace(/^sha256:/, '');
        }
        if (name === undefined)
            ok = false;
        pinned.push(pin);
    });
    return ok ? { kind: 'tool_description_integrity', pinned } : undefined;
}
function parseOutputValid(ctx, b, P, scope) {
    const at = [...P, 'schemas'];
    if (!('schemas' in b) || b.schemas === null) {
        ctx.error(P, `${scope.prefix}tool_output_valid needs schemas`);
        return undefined;
    }
    const m = ctx.mapping(b.schemas, at);
    if (!m)
        return undefined;
    const schemas = [];
    let ok = true;
    for (const [tool, schema] of Object.entries(m)) {
        const v = compileFor(ctx, [...at, tool], `${scope.prefix}schemas.${tool}`, schema);
        if (v)
            schemas.push({ tool, validator: v });
        else
            ok = false;
    }
    if (!ok)
        return undefined;
    if (schemas.every((s) => (0,json_schema/* schemaAssertsNothing */.Q6)(s.validator.schema))) {
        ctx.error(at, `${scope.prefix}expected block checks nothing (schemas assert nothing)`);
        return undefined;
    }
    return { kind: 'tool_output_valid', schemas };
}

;// CONCATENATED MODULE: ./src/core/eval/load-settings.ts
// `settings`, `thresholds`, `otel` and the order seed.


const U64_MAX = (1n << 64n) - 1n;
function defaultSettings() {
    return {
        parallel: 4,
        timeout_seconds: 30,
        cache: true,
        on_error: 'block',
        bail_on_first_failure: false,
        judge: { rubric_version: 'v1', samples: 3, reliability: defaultReliability() },
        thresholding: { mode: 'relative', max_drop: 0.05 },
    };
}
function defaultReliability() {
    return {
        borderline_min: 0.4,
        borderline_max: 0.6,
        rerun_strategy: 'sequential_sprt',
        max_extra_calls_per_test: 2,
        max_extra_calls_per_run: 20,
        tie_break: 'fail_closed',
        blind_labeling: true,
        order_randomized: true,
        hijack_defense: true,
    };
}
function defaultOtel() {
    return {
        genai_semconv_version: '1.28.0',
        semconv_stability: 'stable_only',
        capture_mode: 'off',
        capture_acknowledged: false,
        capture_requires_sampled_span: true,
        redaction: { policies: [] },
        exporter: { allowlist: [], allow_localhost: false },
    };
}
/** Assign `obj[key]` through `parse` when present; parse errors are already recorded. */
function field(obj, key, parse, set) {
    if (!(key in obj))
        return;
    const v = parse(obj[key]);
    if (v !== undefined)
        set(v);
}
function parseSettings(ctx, value) {
    const settings = defaultSettings();
    const out = { settings };
    if (value === undefined || value === null)
        return out;
    const P = ['settings'];
    const s = ctx.mapping(value, P);
    if (!s)
        return out;
    ctx.checkKeys(s, P, ['parallel', 'timeout_seconds', 'cache', 'seed', 'judge', 'thresholding', 'on_error', 'bail_on_first_failure']);
    field(s, 'parallel', (v) => ctx.int(v, [...P, 'parallel'], { min: 1 }), (v) => (settings.parallel = v));
    field(s, 'timeout_seconds', (v) => ctx.number(v, [...P, 'timeout_seconds'], { min: 0, minExclusive: true }), (v) => (settings.timeout_seconds = v));
    field(s, 'cache', (v) => ctx.bool(v, [...P, 'cache']), (v) => (settings.cache = v));
    field(s, 'on_error', (v) => ctx.oneOf(v, [...P, 'on_error'], ['block', 'allow']), (v) => (settings.on_error = v));
    field(s, 'bail_on_first_failure', (v) => ctx.bool(v, [...P, 'bail_on_first_failure']), (v) => (settings.bail_on_first_failure = v));
    if ('seed' in s) {
        const seed = parseSeed(ctx, s.seed);
        if (seed !== undefined)
            out.seed = seed;
    }
    if ('judge' in s && s.judge !== null)
        load_settings_parseJudge(ctx, s.judge, settings);
    if ('thresholding' in s && s.thresholding !== null)
        parseThresholding(ctx, s.thresholding, settings);
    return out;
}
function load_settings_parseJudge(ctx, value, settings) {
    const P = ['settings', 'judge'];
    const j = ctx.mapping(value, P);
    if (!j)
        return;
    ctx.checkKeys(j, P, ['rubric_version', 'samples', 'reliability']);
    field(j, 'rubric_version', (v) => ctx.string(v, [...P, 'rubric_version'], { nonEmpty: true }), (v) => (settings.judge.rubric_version = v));
    field(j, 'samples', (v) => ctx.int(v, [...P, 'samples'], { min: 1 }), (v) => (settings.judge.samples = v));
    if (!('reliability' in j) || j.reliability === null)
        return;
    const RP = [...P, 'reliability'];
    const r = ctx.mapping(j.reliability, RP);
    if (!r)
        return;
    const rel = settings.judge.reliability;
    ctx.checkKeys(r, RP, [
        'borderline_min',
        'borderline_max',
        'rerun_strategy',
        'max_extra_calls_per_test',
        'max_extra_calls_per_run',
        'tie_break',
        'blind_labeling',
        'order_randomized',
        'hijack_defense',
    ]);
    field(r, 'borderline_min', (v) => ctx.number(v, [...RP, 'borderline_min'], { min: 0, max: 1 }), (v) => (rel.borderline_min = v));
    field(r, 'borderline_max', (v) => ctx.number(v, [...RP, 'borderline_max'], { min: 0, max: 1 }), (v) => (rel.borderline_max = v));
    field(r, 'rerun_strategy', (v) => ctx.oneOf(v, [...RP, 'rerun_strategy'], ['sequential_sprt', 'single', 'always_three']), (v) => (rel.rerun_strategy = v));
    field(r, 'max_extra_calls_per_test', (v) => ctx.int(v, [...RP, 'max_extra_calls_per_test'], { min: 0 }), (v) => (rel.max_extra_calls_per_test = v));
    field(r, 'max_extra_calls_per_run', (v) => ctx.int(v, [...RP, 'max_extra_calls_per_run'], { min: 0 }), (v) => (rel.max_extra_calls_per_run = v));
    field(r, 'tie_break', (v) => ctx.oneOf(v, [...RP, 'tie_break'], ['fail_closed', 'quarantine']), (v) => (rel.tie_break = v));
    field(r, 'blind_labeling', (v) => ctx.bool(v, [...RP, 'blind_labeling']), (v) => (rel.blind_labeling = v));
    field(r, 'order_randomized', (v) => ctx.bool(v, [...RP, 'order_randomized']), (v) => (rel.order_randomized = v));
    field(r, 'hijack_defense', (v) => ctx.bool(v, [...RP, 'hijack_defense']), (v) => (rel.hijack_defense = v));
    if (rel.borderline_min > rel.borderline_max) {
        ctx.error(RP, `${(0,load_context/* pathText */.LF)(RP)}: borderline_min (${rel.borderline_min}) must not exceed borderline_max (${rel.borderline_max})`);
    }
}
function parseThresholding(ctx, value, settings) {
    const P = ['settings', 'thresholding'];
    const t = ctx.mapping(value, P);
    if (!t)
        return;
    ctx.checkKeys(t, P, ['mode', 'max_drop', 'min_floor']);
    field(t, 'mode', (v) => ctx.oneOf(v, [...P, 'mode'], ['relative', 'absolute']), (v) => (settings.thresholding.mode = v));
    field(t, 'max_drop', (v) => (v === null ? undefined : ctx.number(v, [...P, 'max_drop'], { min: 0, max: 2 })), (v) => (settings.thresholding.max_drop = v));
    field(t, 'min_floor', (v) => (v === null ? undefined : ctx.number(v, [...P, 'min_floor'], { min: -1, max: 1 })), (v) => (settings.thresholding.min_floor = v));
}
/**
 * u64 as an int or a decimal string. YAML ints above 2^53 lose precision in JS numbers, so the
 * digits are re-read from the source text at the value's position.
 */
function parseSeed(ctx, v) {
    const P = ['settings', 'seed'];
    let digits;
    if (typeof v === 'string') {
        digits = /^[0-9]+$/.test(v.trim()) ? v.trim() : undefined;
    }
    else if (typeof v === 'number' && Number.isInteger(v)) {
        if (Number.isSafeInteger(v))
            digits = v >= 0 ? String(v) : undefined;
        else {
            const pos = ctx.pos(P);
            const line = ctx.text.replace(/^\uFEFF/, '').split(/\r?\n/)[pos.line - 1] ?? '';
            const token = /^\+?([0-9]+)\b/.exec([...line].slice(pos.col - 1).join(''));
            digits = token?.[1];
        }
    }
    if (digits === undefined) {
        ctx.error(P, 'settings.seed: expected an unsigned 64-bit integer (int or decimal string)');
        return undefined;
    }
    const n = BigInt(digits);
    if (n > U64_MAX) {
        ctx.error(P, `settings.seed: ${digits} exceeds the u64 range`);
        return undefined;
    }
    return n.toString();
}
/** Derived seed: the first 8 bytes of sha256(config bytes), big-endian, as a decimal string. */
function deriveSeed(bytes) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(bytes).digest();
    return digest.readBigUInt64BE(0).toString();
}
function parseThresholds(ctx, value) {
    const out = { block_on_warn: false };
    if (value === undefined || value === null)
        return out;
    const P = ['thresholds'];
    const t = ctx.mapping(value, P);
    if (!t)
        return out;
    ctx.checkKeys(t, P, ['min_score', 'block_on_warn']);
    field(t, 'min_score', (v) => (v === null ? undefined : ctx.number(v, [...P, 'min_score'], { min: 0, max: 1 })), (v) => (out.min_score = v));
    field(t, 'block_on_warn', (v) => ctx.bool(v, [...P, 'block_on_warn']), (v) => (out.block_on_warn = v));
    return out;
}
function parseOtel(ctx, value) {
    const otel = defaultOtel();
    if (value === undefined || value === null)
        return otel;
    const P = ['otel'];
    const o = ctx.mapping(value, P);
    if (!o)
        return otel;
    ctx.checkKeys(o, P, [
        'genai_semconv_version',
        'semconv_stability',
        'capture_mode',
        'capture_acknowledged',
        'capture_requires_sampled_span',
        'redaction',
        'exporter',
    ]);
    field(o, 'genai_semconv_version', (v) => ctx.string(v, [...P, 'genai_semconv_version'], { nonEmpty: true }), (v) => (otel.genai_semconv_version = v));
    field(o, 'semconv_stability', (v) => ctx.oneOf(v, [...P, 'semconv_stability'], ['stable_only', 'experimental_opt_in']), (v) => (otel.semconv_stability = v));
    field(o, 'capture_mode', (v) => ctx.oneOf(v, [...P, 'capture_mode'], ['off', 'redacted_inline', 'blob_ref']), (v) => (otel.capture_mode = v));
    field(o, 'capture_acknowledged', (v) => ctx.bool(v, [...P, 'capture_acknowledged']), (v) => (otel.capture_acknowledged = v));
    field(o, 'capture_requires_sampled_span', (v) => ctx.bool(v, [...P, 'capture_requires_sampled_span']), (v) => (otel.capture_requires_sampled_span = v));
    if ('redaction' in o && o.redaction !== null) {
        const RP = [...P, 'redaction'];
        const r = ctx.mapping(o.redaction, RP);
        if (r) {
            ctx.checkKeys(r, RP, ['policies']);
            field(r, 'policies', (v) => ctx.stringList(v, [...RP, 'policies']), (v) => (otel.redaction.policies = v));
        }
    }
    if ('exporter' in o && o.exporter !== null) {
        const EP = [...P, 'exporter'];
        const e = ctx.mapping(o.exporter, EP);
        if (e) {
            ctx.checkKeys(e, EP, ['allowlist', 'allow_localhost']);
            field(e, 'allowlist', (v) => ctx.stringList(v, [...EP, 'allowlist']), (v) => (otel.exporter.allowlist = v));
            field(e, 'allow_localhost', (v) => ctx.bool(v, [...EP, 'allow_localhost']), (v) => (otel.exporter.allow_localhost = v));
        }
    }
    if (otel.capture_mode !== 'off') {
        const where = [...P, 'capture_mode'];
        if (!otel.capture_acknowledged) {
            ctx.error(where, `otel.capture_mode "${otel.capture_mode}" requires otel.capture_acknowledged: true`);
        }
        if (otel.exporter.allowlist.length === 0) {
            ctx.error(where, `otel.capture_mode "${otel.capture_mode}" requires a non-empty otel.exporter.allowlist`);
        }
    }
    return otel;
}

;// CONCATENATED MODULE: ./src/core/eval/load.ts
// eval.yaml loader. Every check that needs only the config and the files it
// names runs here; every error is collected and the first one in file order decides the message.










const MAX_CONFIG_BYTES = 1024 * 1024;
const TOP_KEYS = ['configVersion', 'suite', 'model', 'settings', 'thresholds', 'otel', 'tests'];
const TEST_KEYS = ['id', 'input', 'expected', 'assertions', 'on_error', 'tags', 'metadata'];
const DEFAULT_MIN_SCORE = 0.8;
/** Default config names, in search order; an explicit --config never falls back. */
const DEFAULT_CONFIG_NAMES = ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'];
/**
 * The first default config that exists in `dir`; `fallback` is true when it is not `eval.yaml`
 * (the caller prints a note). Undefined when none exists.
 */
function findDefaultConfig(dir) {
    for (const name of DEFAULT_CONFIG_NAMES) {
        const p = external_node_path_.join(dir, name);
        try {
            if (external_node_fs_.statSync(p).isFile())
                return { path: p, name, fallback: name !== 'eval.yaml' };
        }
        catch {
            // not there: try the next name
        }
    }
    return undefined;
}
/** A document with `tests` or `suite` is an eval config; anything else may be a policy. */
function isEvalConfigDocument(value) {
    return isObj(value) && ('tests' in value || 'suite' in value);
}
function fail(code, file, diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    const where = first.line !== undefined ? `${first.file}:${first.line}:${first.col ?? 1}` : `${first.file ?? file}`;
    throw new errors/* ConfigError */.xL(code, `${where}: ${first.message}`, {
        source: 'config',
        context: { file: first.file ?? file, line: first.line, col: first.col },
        nextStepValues: { 'config.yaml': file },
        diagnostics,
    });
}
function wholeFile(file, code, message) {
    return { code, severity: 'error', message, file, source: 'config' };
}
/** Read and load a config file. Throws ConfigError `E_MISSING_CONFIG` / `E_CFG_PARSE`. */
function loadEvalConfig(file, displayPath = file, opts = {}) {
    let st;
    try {
        st = external_node_fs_.statSync(file);
    }
    catch {
        fail('E_MISSING_CONFIG', displayPath, [wholeFile(displayPath, 'E_MISSING_CONFIG', 'config file not found')]);
    }
    if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
        fail('E_CFG_PARSE', displayPath, [wholeFile(displayPath, 'E_CFG_PARSE', 'config must be a regular file of at most 1 MiB')]);
    }
    let bytes;
    try {
        bytes = external_node_fs_.readFileSync(file);
    }
    catch {
        fail('E_MISSING_CONFIG', displayPath, [wholeFile(displayPath, 'E_MISSING_CONFIG', 'config file not found')]);
    }
    // Never decode to U+FFFD: the first bad byte is a load error at its position.
    const bad = (0,read_text/* findUtf8Problem */.kd)(bytes);
    if (bad)
        fail('E_CFG_PARSE', displayPath, [(0,read_text/* utf8Diagnostic */.rH)(bad, displayPath, 'E_CFG_PARSE')]);
    return parseEvalConfig(bytes.toString('utf8'), displayPath, external_node_path_.dirname(external_node_path_.resolve(file)), opts, bytes);
}
/**
 * Load a config from text. `baseDir` is the absolute directory named paths resolve against;
 * `bytes` are the file's bytes (digest and derived seed), defaulting to the UTF-8 of `text`.
 */
function parseEvalConfig(text, file, baseDir, opts = {}, bytes) {
    const raw = bytes ?? new TextEncoder().encode(text);
    const r = collectEvalConfig(text, file, baseDir, opts, raw);
    if (!r.config)
        fail('E_CFG_PARSE', file, r.diagnostics);
    return { config: r.config, diagnostics: r.diagnostics };
}
/** Like parseEvalConfig but never throws: `config` is undefined when any error was found. */
function collectEvalConfig(text, file, baseDir, opts = {}, bytes) {
    const raw = bytes ?? new TextEncoder().encode(text);
    if (raw.byteLength > MAX_CONFIG_BYTES) {
        return { diagnostics: [wholeFile(file, 'E_CFG_PARSE', 'config must be a regular file of at most 1 MiB')] };
    }
    // Callers that read bytes themselves pass them: invalid UTF-8 there is an error, whatever `text` holds.
    const bad = bytes ? (0,read_text/* findUtf8Problem */.kd)(bytes) : null;
    if (bad)
        return { diagnostics: [(0,read_text/* utf8Diagnostic */.rH)(bad, file, 'E_CFG_PARSE')] };
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, file, 'E_CFG_PARSE');
    if (!parsed.source)
        return { diagnostics: parsed.errors };
    const ctx = new load_context/* LoadContext */.ID(parsed.source, file, baseDir, opts, text);
    const config = build(ctx, parsed.source.value, raw);
    const diagnostics = sortDiagnostics(ctx.diagnostics, file);
    if (diagnostics.some((d) => d.severity === 'error') || !config)
        return { diagnostics };
    return { config, diagnostics };
}
function sortDiagnostics(diags, file) {
    return diags
        .map((d, i) => ({ d, i }))
        .sort((a, b) => {
        const fa = a.d.file === file ? 0 : 1;
        const fb = b.d.file === file ? 0 : 1;
        if (fa !== fb)
            return fa - fb;
        if (fa === 0) {
            const la = a.d.line ?? 0;
            const lb = b.d.line ?? 0;
            if (la !== lb)
                return la - lb;
            const ca = a.d.col ?? 0;
            const cb = b.d.col ?? 0;
            if (ca !== cb)
                return ca - cb;
        }
        return a.i - b.i;
    })
        .map((x) => x.d);
}
function build(ctx, value, bytes) {
    if (value === undefined || value === null) {
        ctx.push(wholeFile(ctx.file, 'E_CFG_PARSE', 'config is empty (expected a mapping with suite, model and tests)'));
        return undefined;
    }
    if (!(0,load_context/* isObj */.sA)(value)) {
        ctx.error([], `config must be a mapping with suite, model and tests, found ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}`);
        return undefined;
    }
    const root = value;
    ctx.checkKeys(root, [], TOP_KEYS, { where: 'at top level', accepted: ['version'] });
    let configVersion = 0;
    if ('configVersion' in root && 'version' in root) {
        ctx.error(['version'], 'give configVersion or its alias version, not both', { atKey: true });
    }
    const vKey = 'configVersion' in root ? 'configVersion' : 'version' in root ? 'version' : undefined;
    if (vKey) {
        const v = root[vKey];
        if (v === 0 || v === 1)
            configVersion = v;
        else
            ctx.error([vKey], `unsupported config version ${typeof v === 'string' ? `"${v}"` : String(v)} (supported: 0, 1)`);
    }
    const requireKey = (key) => {
        if (key in root && root[key] !== null)
            return true;
        ctx.error([], `missing required key "${key}" at top level`);
        return false;
    };
    const suite = requireKey('suite') ? ctx.string(root.suite, ['suite'], { nonEmpty: true }) : undefined;
    const model = requireKey('model') ? ctx.string(root.model, ['model']) : undefined;
    const { settings, seed } = parseSettings(ctx, root.settings);
    const thresholds = parseThresholds(ctx, root.thresholds);
    const otel = parseOtel(ctx, root.otel);
    const tests = [];
    const policyFiles = [];
    const ineffective = [];
    if (requireKey('tests')) {
        if (!Array.isArray(root.tests))
            ctx.error(['tests'], 'tests: expected a list of tests');
        else if (root.tests.length === 0)
            ctx.error(['tests'], 'config has no tests');
        else {
            const seen = new Map();
            root.tests.forEach((t, i) => {
                const test = parseTest(ctx, t, i, {
                    seen,
                    onError: settings.on_error,
                    defaultMinScore: thresholds.min_score ?? DEFAULT_MIN_SCORE,
                    policyFiles,
                    ineffective,
                });
                if (test)
                    tests.push(test);
            });
        }
    }
    if (ineffective.length > 0 && !ctx.opts.allowIneffectiveAssertions) {
        const first = ineffective[0];
        ctx.error([], `${ineffective.length} assertion(s) cannot fail and were refused: ${ineffective.map((x) => x.text).join('; ')}`, {
            pos: first.pos,
        });
    }
    if (ctx.hasErrors() || suite === undefined || model === undefined)
        return undefined;
    const seen = new Set();
    return {
        file: ctx.file,
        dir: ctx.baseDir,
        configVersion,
        suite,
        model,
        settings,
        thresholds,
        otel,
        tests,
        seed: seed ?? deriveSeed(bytes),
        seedDerived: seed === undefined,
        digest: `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`,
        policyFiles: policyFiles.filter((p) => (seen.has(p.display) ? false : (seen.add(p.display), true))),
    };
}
// Control characters (C0, DEL, C1) are not allowed in ids: they end up in reports and terminals.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
function parseTest(ctx, value, i, env) {
    const P = ['tests', i];
    const t = ctx.mapping(value, P);
    if (!t)
        return undefined;
    ctx.checkKeys(t, P, TEST_KEYS);
    const errorsBefore = ctx.diagnostics.filter((d) => d.severity === 'error').length;
    let id;
    if (!('id' in t) || t.id === null)
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: missing required key "id"`);
    else {
        id = ctx.string(t.id, [...P, 'id'], { nonEmpty: true });
        if (id !== undefined && [...id].length > 256) {
            ctx.error([...P, 'id'], `${(0,load_context/* pathText */.LF)([...P, 'id'])}: longer than 256 characters`);
            id = undefined;
        }
        else if (id !== undefined && CONTROL.test(id)) {
            ctx.error([...P, 'id'], `${(0,load_context/* pathText */.LF)([...P, 'id'])}: must not contain control characters`);
            id = undefined;
        }
    }
    if (id !== undefined) {
        const first = env.seen.get(id);
        if (first)
            ctx.error([...P, 'id'], `duplicate test id "${id}" (first at line ${first.line})`);
        else
            env.seen.set(id, ctx.pos([...P, 'id']));
    }
    const label = id ?? (0,load_context/* pathText */.LF)(P);
    const input = parseInput(ctx, t, P);
    const scope = {
        id: label,
        prefix: `test '${label}': `,
        fileDigests: {},
        policyFiles: env.policyFiles,
        defaultMinScore: env.defaultMinScore,
    };
    const expected = 'expected' in t ? parseExpected(ctx, t.expected, [...P, 'expected'], scope) : undefined;
    const assertions = 'assertions' in t ? parseAssertions(ctx, t.assertions, [...P, 'assertions'], label, env.ineffective) : undefined;
    let onError = env.onError;
    if ('on_error' in t && t.on_error !== null) {
        const v = ctx.oneOf(t.on_error, [...P, 'on_error'], ['block', 'allow']);
        if (v)
            onError = v;
    }
    let tags = [];
    if ('tags' in t && t.tags !== null)
        tags = ctx.stringList(t.tags, [...P, 'tags']) ?? [];
    const hasChecks = expected !== undefined || (assertions !== undefined && assertions.specs.length + (assertions.ok ? 0 : 1) > 0);
    if (!hasChecks) {
        ctx.warn('W_CFG_VACUOUS_EXPECTED', P, `test '${label}' checks nothing (no expected block and no assertions); it will be reported skipped`);
    }
    const errorsAfter = ctx.diagnostics.filter((d) => d.severity === 'error').length;
    if (errorsAfter > errorsBefore || id === undefined || !input)
        return undefined;
    return {
        id,
        index: i,
        prompt: input.prompt,
        ...(input.context !== undefined ? { context: input.context } : {}),
        ...(expected?.spec ? { expected: expected.spec } : {}),
        assertions: assertions?.specs ?? [],
        onError,
        tags,
        ...('metadata' in t ? { metadata: t.metadata } : {}),
        pos: {
            test: ctx.pos(P),
            input: ctx.pos([...P, 'input']),
            ...(expected ? { expected: expected.pos } : {}),
            assertions: assertions?.positions ?? [],
        },
        raw: { input: t.input, expected: expected ? expected.raw : null, assertions: t.assertions ?? null },
        fileDigests: scope.fileDigests,
    };
}
function parseInput(ctx, t, P) {
    const at = [...P, 'input'];
    if (!('input' in t) || t.input === null) {
        ctx.error(P, `${(0,load_context/* pathText */.LF)(P)}: missing required key "input"`);
        return undefined;
    }
    if (typeof t.input === 'string')
        return { prompt: t.input };
    const m = ctx.mapping(t.input, at);
    if (!m)
        return undefined;
    ctx.checkKeys(m, at, ['prompt', 'context']);
    if (!('prompt' in m) || m.prompt === null) {
        ctx.error(at, `${(0,load_context/* pathText */.LF)([...at, 'prompt'])}: expected a string`);
        return undefined;
    }
    const prompt = ctx.string(m.prompt, [...at, 'prompt']);
    let context;
    if ('context' in m && m.context !== null) {
        context = typeof m.context === 'string' ? [m.context] : ctx.stringList(m.context, [...at, 'context']);
        if (context === undefined)
            return undefined;
    }
    if (prompt === undefined)
        return undefined;
    return { prompt, ...(context !== undefined ? { context } : {}) };
}


/***/ }),

/***/ 2442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ui: () => (/* binding */ DEFAULT_EMBEDDING_MODEL),
/* harmony export */   dm: () => (/* binding */ lookupEmbeddings),
/* harmony export */   eE: () => (/* binding */ readCachedEmbedding),
/* harmony export */   kO: () => (/* binding */ lookupJudge),
/* harmony export */   kX: () => (/* binding */ writeCacheFile),
/* harmony export */   o_: () => (/* binding */ judgeKeyFor),
/* harmony export */   sr: () => (/* binding */ DEFAULT_JUDGE_MODEL),
/* harmony export */   sw: () => (/* binding */ cosine),
/* harmony export */   tI: () => (/* binding */ embeddingKeysFor)
/* harmony export */ });
/* unused harmony exports CACHE_SCHEMA, judgeKeyObject, embeddingKeyObject, cacheKeyHex, cacheFilePath, cacheFileText, validateJudgeRecord, validateVector, readCache */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8750);
/* harmony import */ var _util_make_dirs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3357);
// Judge and embedding values: read from the trace, then from the content-addressed
// eval cache; never computed here. A miss is an error row, never a pass.





const CACHE_SCHEMA = 'assay.eval_cache.v1';
const DEFAULT_JUDGE_MODEL = 'gpt-4o-mini';
const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';
function judgeKeyObject(k) {
    return { v: 1, kind: 'judge', rubric: k.rubric, rubric_version: k.rubric_version, model: k.model, samples: k.samples, prompt: k.prompt, context: k.context, response: k.response };
}
function embeddingKeyObject(model, text) {
    return { v: 1, kind: 'embedding', model, text };
}
/** Hex sha256 of the JCS form of a key object: the cache file name. */
function cacheKeyHex(keyObject) {
    return (0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .jcsSha256Hex */ .l4)(keyObject);
}
function cacheFilePath(cacheDir, kind, hex) {
    return node_path__WEBPACK_IMPORTED_MODULE_1__.join(cacheDir, kind === 'judge' ? 'judge' : 'embeddings', `${hex}.json`);
}
/** Byte-stable cache file text (no timestamps; fixed key order; final newline). */
function cacheFileText(kind, hex, model, result) {
    return `${JSON.stringify({ schema: CACHE_SCHEMA, kind, key: `sha256:${hex}`, model, result }, null, 2)}\n`;
}
/** Write one cache file (used by recording). */
function writeCacheFile(cacheDir, kind, hex, model, result) {
    const file = cacheFilePath(cacheDir, kind, hex);
    (0,_util_make_dirs_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirs */ .X)(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file));
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, cacheFileText(kind, hex, model, result));
    return file;
}
// ---------------------------------------------------------------- validation
function validateJudgeRecord(v) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(v))
        return { ok: false, reason: 'judge record must be an object' };
    if (typeof v.passed !== 'boolean')
        return { ok: false, reason: 'judge record has no boolean "passed"' };
    if (typeof v.score !== 'number' || !Number.isFinite(v.score))
        return { ok: false, reason: 'judge record has no numeric "score"' };
    if (v.verdict !== undefined && v.verdict !== 'PASS' && v.verdict !== 'FAIL' && v.verdict !== 'Abstain') {
        return { ok: false, reason: 'judge record "verdict" must be PASS, FAIL or Abstain' };
    }
    return { ok: true, record: v };
}
function validateVector(v, what) {
    if (!Array.isArray(v))
        return { ok: false, reason: `${what} must be an array of numbers` };
    if (v.length === 0)
        return { ok: false, reason: `${what} is empty` };
    if (!v.every((x) => typeof x === 'number' && Number.isFinite(x)))
        return { ok: false, reason: `${what} holds a non-numeric value` };
    return { ok: true, vector: v };
}
// ---------------------------------------------------------------- lookups
function assayMeta(entry) {
    const a = entry.meta.assay;
    return (0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(a) ? a : undefined;
}
/** Read one cache file: hit (valid), miss (absent) or invalid (recording overwrites it). */
function readCache(file, kind, hex, check) {
    let text;
    try {
        text = node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(file, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return { state: 'miss' };
        return { state: 'invalid', reason: `cannot read: ${e.code ?? 'error'}` };
    }
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return { state: 'invalid', reason: 'not JSON' };
    }
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(doc) || doc.schema !== CACHE_SCHEMA || doc.kind !== kind || doc.key !== `sha256:${hex}`) {
        return { state: 'invalid', reason: `not an ${CACHE_SCHEMA} ${kind} file for key sha256:${hex}` };
    }
    const r = check(doc.result);
    return r.ok ? { state: 'hit', value: r.value } : { state: 'invalid', reason: r.reason };
}
function cacheEnabled(o) {
    return o.useCache && !o.replayStrict && o.cacheDir !== undefined;
}
function judgeKeyFor(need, entry, o) {
    const keyObject = judgeKeyObject({
        rubric: need.rubric,
        rubric_version: need.rubricVersion,
        model: o.judgeModel,
        samples: o.judgeSamples,
        prompt: need.prompt,
        context: need.context,
        response: entry.text,
    });
    return { keyObject, hex: cacheKeyHex(keyObject) };
}
function lookupJudge(need, entry, o) {
    const metaPath = `meta.assay.judge.${need.rubric}`;
    const judge = assayMeta(entry)?.judge;
    const inTrace = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(judge) ? judge[need.rubric] : undefined;
    if (inTrace !== undefined) {
        const v = validateJudgeRecord(inTrace);
        if (!v.ok)
            return { ok: false, kind: 'trace_invalid', message: `test '${need.testId}': ${metaPath} is malformed: ${v.reason}` };
        return { ok: true, value: v.record, source: 'trace' };
    }
    if (o.replayStrict) {
        return {
            ok: false,
            kind: 'replay_missing',
            message: `test '${need.testId}': ${need.rubric} needs ${metaPath}, which the trace does not carry (--replay-strict)`,
        };
    }
    if (o.judge === 'fake')
        return { ok: true, value: { passed: true, score: 1 }, source: 'fake' };
    const { hex } = judgeKeyFor(need, entry, o);
    if (cacheEnabled(o)) {
        const r = readCache(cacheFilePath(o.cacheDir, 'judge', hex), 'judge', hex, (res) => {
            const v = validateJudgeRecord(res);
            return v.ok ? { ok: true, value: v.record } : v;
        });
        if (r.state === 'hit')
            return { ok: true, value: r.value, source: 'cache', cacheKey: `sha256:${hex}` };
        if (r.state === 'invalid') {
            return { ok: false, kind: 'judge_unavailable', message: `test '${need.testId}': ${need.rubric}: eval cache entry sha256:${hex} is invalid (${r.reason})` };
        }
    }
    return {
        ok: false,
        kind: 'judge_unavailable',
        message: `test '${need.testId}': judge value for ${need.rubric} is in neither the trace (${metaPath}) nor the eval cache (key sha256:${hex})`,
    };
}
/** The cached embedding vector for one key. */
function readCachedEmbedding(cacheDir, hex) {
    return readCache(cacheFilePath(cacheDir, 'embedding', hex), 'embedding', hex, (res) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(res))
            return { ok: false, reason: 'result must be an object' };
        const v = validateVector(res.vector, 'result.vector');
        return v.ok ? { ok: true, value: v.vector } : v;
    });
}
function embeddingKeysFor(responseText, referenceText, o) {
    return {
        response: cacheKeyHex(embeddingKeyObject(o.embeddingModel, responseText)),
        reference: cacheKeyHex(embeddingKeyObject(o.embeddingModel, referenceText)),
    };
}
function lookupEmbeddings(testId, reference, entry, o) {
    const metaPath = 'meta.assay.embeddings';
    const inTrace = assayMeta(entry)?.embeddings;
    if (inTrace !== undefined) {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_4__/* .isObj */ .sA)(inTrace))
            return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${metaPath} must be an object` };
        const r = validateVector(inTrace.response, `${metaPath}.response`);
        if (!r.ok)
            return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${r.reason}` };
        const f = validateVector(inTrace.reference, `${metaPath}.reference`);
        if (!f.ok)
            return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${f.reason}` };
        if (r.vector.length !== f.vector.length) {
            return { ok: false, kind: 'trace_invalid', message: `test '${testId}': ${metaPath} vectors differ in length (${r.vector.length} vs ${f.vector.length})` };
        }
        const model = typeof inTrace.model === 'string' ? inTrace.model : 'trace';
        return { ok: true, value: { response: r.vector, reference: f.vector, model, source: 'trace' }, source: 'trace' };
    }
    if (o.replayStrict) {
        return { ok: false, kind: 'replay_missing', message: `test '${testId}': semantic_similarity_to needs ${metaPath}, which the trace does not carry (--replay-strict)` };
    }
    if (o.embedder === 'fake') {
        return { ok: true, value: { response: [1, 0, 0], reference: [1, 0, 0], model: 'fake', source: 'fake' }, source: 'fake' };
    }
    const keys = embeddingKeysFor(entry.text, reference, o);
    const vectors = [];
    if (cacheEnabled(o)) {
        for (const which of ['response', 'reference']) {
            const hex = keys[which];
            const r = readCachedEmbedding(o.cacheDir, hex);
            if (r.state === 'invalid') {
                return { ok: false, kind: 'judge_unavailable', message: `test '${testId}': semantic_similarity_to: eval cache entry sha256:${hex} is invalid (${r.reason})` };
            }
            if (r.state === 'miss')
                break;
            vectors.push(r.value);
        }
    }
    if (vectors.length < 2) {
        const missing = vectors.length === 0 ? 'response' : 'reference';
        return {
            ok: false,
            kind: 'judge_unavailable',
            message: `test '${testId}': embedding for the ${missing} text of semantic_similarity_to is in neither the trace (${metaPath}) nor the eval cache (key sha256:${keys[missing]})`,
        };
    }
    const [response, ref] = vectors;
    if (response.length !== ref.length) {
        return { ok: false, kind: 'judge_unavailable', message: `test '${testId}': cached embeddings differ in length (${response.length} vs ${ref.length}); re-record them with one model` };
    }
    return {
        ok: true,
        value: { response, reference: ref, model: o.embeddingModel, source: 'cache', cacheKeys: { response: `sha256:${keys.response}`, reference: `sha256:${keys.reference}` } },
        source: 'cache',
        cacheKey: `sha256:${keys.response}`,
    };
}
/** Cosine similarity, clamped to [−1, 1]; undefined for a zero vector. */
function cosine(a, b) {
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (let i = 0; i < a.length; i++) {
        const x = a[i];
        const y = b[i];
        dot += x * y;
        na += x * x;
        nb += y * y;
    }
    if (na === 0 || nb === 0)
        return undefined;
    return Math.max(-1, Math.min(1, dot / Math.sqrt(na * nb)));
}


/***/ }),

/***/ 5454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rp: () => (/* binding */ sequenceChecker),
/* harmony export */   Ve: () => (/* binding */ policyFromFile),
/* harmony export */   Yo: () => (/* reexport safe */ _policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__.Yo),
/* harmony export */   ge: () => (/* binding */ sequenceCheckerOf),
/* harmony export */   mQ: () => (/* binding */ policyFromObject)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1490);
/* harmony import */ var _policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8085);
// The eval kinds' view of the one policy engine: args_valid decides each call with a
// fresh session, sequence_valid evaluates sequence rules. Everything the eval area needs from
// src/core/policy goes through here.



function wrap(policy) {
    return {
        policy,
        decideAll(calls) {
            const session = policy.newSession();
            return calls.map((c, i) => {
                const d = session.decide({ tool_name: c.tool_name, args: c.args, index: c.index ?? i }, { incremental: false });
                return {
                    decision: d.decision,
                    ...(d.code ? { code: d.code } : {}),
                    tool: d.tool,
                    reason: d.reason,
                    ...(d.rule ? { rule: d.rule } : {}),
                    ...(d.violations ? { violations: d.violations } : {}),
                };
            });
        },
    };
}
function loaded(policy, diagnostics) {
    return {
        ok: true,
        value: { policy: wrap(policy), assertsNothing: (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyAssertsNothing */ .H6)(policy), sequences: policy.sequences, aliases: policy.aliases },
        diagnostics,
    };
}
function failure(e, file) {
    if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV) {
        const diagnostics = e.diagnostics.length > 0 ? e.diagnostics : [{ code: e.reasonCode, severity: 'error', message: e.message, file }];
        return { ok: false, diagnostics };
    }
    throw e;
}
/** Load a policy file through (all spellings). Errors come back as diagnostics, never thrown. */
function policyFromFile(abs, display, opts) {
    try {
        const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicyFile */ .n$)(abs, display, { denyDeprecations: opts.denyDeprecations ?? false, lenient: opts.lenient === true });
        return loaded(r.policy, r.diagnostics);
    }
    catch (e) {
        return failure(e, display);
    }
}
/** Load an inline policy value; `source` gives its positions (paths relative to the value). */
function policyFromObject(value, file, source, opts) {
    try {
        const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyFromValue */ .i0)(value, file, source, { denyDeprecations: opts.denyDeprecations ?? false, lenient: opts.lenient === true });
        return loaded(r.policy, r.diagnostics);
    }
    catch (e) {
        return failure(e, file);
    }
}
function checkerOf(rules) {
    return {
        ruleCount: rules.length,
        check(calls) {
            return (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .evaluateSequenceRules */ .iz)(rules, calls.map((c, i) => ({ tool_name: c.tool_name, args: c.args, index: c.index ?? i }))).map((o) => ({ rule_id: o.rule_id, status: o.status, ...(o.reason !== null ? { reason: o.reason } : {}), spanned: o.spanned }));
        },
    };
}
/** Sequence rules already compiled by the policy loader. */
function sequenceCheckerOf(rules) {
    return checkerOf(rules);
}
/**
 * Compile sequence rules written outside a policy (inline `rules`, or a file holding a bare list).
 * `basePath` locates the list inside `source` and names it in messages.
 */
function sequenceChecker(rules, aliases, file, source, basePath, code, lenient = false) {
    const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSequenceRules */ .qU)(rules, file, { ...(source ? { source } : {}), basePath, aliases: aliases ?? new Map(), code, lenient });
    if (r.diagnostics.some((d) => d.severity === 'error'))
        return { ok: false, diagnostics: r.diagnostics };
    return { ok: true, value: checkerOf(r.rules), diagnostics: r.diagnostics };
}


/***/ }),

/***/ 1777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ compileRe2),
/* harmony export */   y: () => (/* binding */ tryTest)
/* harmony export */ });
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
// Regex compilation for eval configs: the shared RE2 module, unanchored search.

function compileRe2(pattern) {
    const r = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .DL)(pattern);
    return r.ok ? { ok: true, re: r.re } : { ok: false, reason: r.reason };
}
/**
 * Search, or the reason the search cannot run (input longer than the pattern's work bound,
 * docs/regex.md). Callers fail the check either way: an unchecked input never passes.
 */
function tryTest(re, s) {
    try {
        return re.test(s);
    }
    catch (e) {
        if (e instanceof _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .RegexBudgetError */ .$t)
            return { unchecked: `${e.message} (failed closed)` };
        throw e;
    }
}


/***/ }),

/***/ 9003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ EXPECTED_KINDS),
/* harmony export */   g: () => (/* binding */ MODEL_KINDS)
/* harmony export */ });
const EXPECTED_KINDS = [
    'must_contain',
    'must_not_contain',
    'regex_match',
    'regex_not_match',
    'json_schema',
    'semantic_similarity_to',
    'faithfulness',
    'relevance',
    'judge_criteria',
    'args_valid',
    'sequence_valid',
    'tool_blocklist',
    'tool_description_integrity',
    'tool_output_valid',
    'tool_collision_detect',
];
/** Kinds whose score comes from a model (judge or embedder): baselines compare them. */
const MODEL_KINDS = new Set(['semantic_similarity_to', 'faithfulness', 'relevance']);


/***/ }),

/***/ 1490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gY: () => (/* reexport */ load/* POLICY_MAX_BYTES */.gY),
  ez: () => (/* reexport */ engine/* REASONS */.e),
  yv: () => (/* reexport */ load/* ROOT_KEYS */.yv),
  KK: () => (/* reexport */ sequences/* SequenceTracker */.KK),
  Yo: () => (/* reexport */ tool_pattern/* compileToolPattern */.Yo),
  iz: () => (/* reexport */ sequences/* evaluateSequenceRules */.iz),
  n$: () => (/* reexport */ load/* loadPolicyFile */.n$),
  ON: () => (/* reexport */ load/* parsePolicy */.ON),
  qU: () => (/* reexport */ load_sequences/* parseSequenceRules */.qU),
  H6: () => (/* reexport */ load/* policyAssertsNothing */.H6),
  i0: () => (/* reexport */ load/* policyFromValue */.i0),
  hi: () => (/* reexport */ toV2Document)
});

// UNUSED EXPORTS: PATH_REGEX_TRAVERSAL, SEQUENCE_KINDS, WITHIN_KEYWORD, WithinChecker, constraintSchema, folderProblem, hasLiteralStar, identityOf, isBlockingRule, isPathLikeName, isPolicyDocument, isUniversalPattern, isWithinFolder, makeSelector, matchToolPattern, normalizeAbsolutePath, pinDrift, probePathRegexes

// EXTERNAL MODULE: ./src/core/policy/load.ts + 1 modules
var load = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(8085);
// EXTERNAL MODULE: ./src/core/policy/load-sequences.ts
var load_sequences = __webpack_require__(2167);
// EXTERNAL MODULE: ./src/core/policy/sequences.ts
var sequences = __webpack_require__(3616);
// EXTERNAL MODULE: ./src/core/policy/load-schemas.ts
var load_schemas = __webpack_require__(853);
// EXTERNAL MODULE: ./src/core/policy/traversal-probe.ts
var traversal_probe = __webpack_require__(3943);
// EXTERNAL MODULE: ./src/core/policy/pins.ts
var pins = __webpack_require__(9188);
// EXTERNAL MODULE: ./src/core/policy/engine.ts
var engine = __webpack_require__(1178);
// EXTERNAL MODULE: ./src/core/policy/load-context.ts
var load_context = __webpack_require__(2670);
;// CONCATENATED MODULE: ./src/core/policy/to-v2.ts
// The loaded model written back as a minimal v2 document (for `assay migrate`): key order
// version, name, metadata, tools, tool_classes, schemas, enforcement, limits, sequences, aliases,
// on_error, tool_pins, signatures, discovery, runtime_monitor, kill_switch; defaults and empty
// collections omitted (a present-but-empty allow list is kept: it denies everything).

const patterns = (l) => l.entries.map((e) => e.pattern);
const classes = (l) => l.entries.map((e) => e.cls);
/** A source schema without the shared `$defs` the loader merged into it. */
function unmerge(s, shared) {
    if (!shared || !(0,load_context/* isPlainObject */.Qd)(s.schema) || !(0,load_context/* isPlainObject */.Qd)(s.schema.$defs))
        return s.schema;
    const own = {};
    for (const [k, v] of Object.entries(s.schema.$defs))
        if (!(k in shared) || shared[k] !== v)
            own[k] = v;
    const out = { ...s.schema };
    if (Object.keys(own).length > 0)
        out.$defs = own;
    else
        delete out.$defs;
    return out;
}
/** One schema for a tool: the single source, or allOf with each source's $defs/$schema hoisted. */
function combined(ts, shared) {
    const parts = ts.sources.map((s) => unmerge(s, shared));
    if (parts.length === 1)
        return parts[0];
    const defs = {};
    let dialect;
    let hoistable = true;
    for (const p of parts) {
        if (!(0,load_context/* isPlainObject */.Qd)(p))
            continue;
        if ((0,load_context/* isPlainObject */.Qd)(p.$defs))
            for (const k of Object.keys(p.$defs))
                if (k in defs)
                    hoistable = false;
        if ((0,load_context/* isPlainObject */.Qd)(p.$defs))
            Object.assign(defs, p.$defs);
        if (p.$schema !== undefined) {
            if (dialect !== undefined && dialect !== p.$schema)
                hoistable = false;
            dialect = p.$schema;
        }
    }
    if (!hoistable)
        return { allOf: parts };
    const allOf = parts.map((p) => {
        if (!(0,load_context/* isPlainObject */.Qd)(p))
            return p;
        const c = { ...p };
        delete c.$defs;
        delete c.$schema;
        return c;
    });
    const out = {};
    if (dialect !== undefined)
        out.$schema = dialect;
    out.allOf = allOf;
    if (Object.keys(defs).length > 0)
        out.$defs = defs;
    return out;
}
function toV2Document(policy) {
    const doc = { version: '2.0' };
    if (policy.name !== null)
        doc.name = policy.name;
    if (policy.metadata !== undefined && policy.metadata !== null)
        doc.metadata = policy.metadata;
    const t = policy.tools;
    const tools = {};
    if (t.allow !== null)
        tools.allow = patterns(t.allow);
    if (t.deny.entries.length > 0)
        tools.deny = patterns(t.deny);
    if (t.allowClasses !== null)
        tools.allow_classes = classes(t.allowClasses);
    if (t.denyClasses.entries.length > 0)
        tools.deny_classes = classes(t.denyClasses);
    const lists = [
        ['approval_required', t.approvalRequired],
        ['approval_required_classes', t.approvalRequiredClasses],
        ['restrict_scope', t.restrictScope],
        ['restrict_scope_classes', t.restrictScopeClasses],
    ];
    for (const [k, l] of lists)
        if (l.entries.length > 0)
            tools[k] = 'pattern' in (l.entries[0] ?? {}) ? patterns(l) : classes(l);
    if (t.restrictScopeContract)
        tools.restrict_scope_contract = t.restrictScopeContract;
    if (t.redactArgs.entries.length > 0)
        tools.redact_args = patterns(t.redactArgs);
    if (t.redactArgsClasses.entries.length > 0)
        tools.redact_args_classes = classes(t.redactArgsClasses);
    if (t.redactArgsContract)
        tools.redact_args_contract = t.redactArgsContract;
    if (Object.keys(tools).length > 0)
        doc.tools = tools;
    if (policy.toolClasses.size > 0)
        doc.tool_classes = Object.fromEntries([...policy.toolClasses].map(([k, v]) => [k, [...v]]));
    if (policy.schemas.size > 0 || policy.sharedDefs) {
        const schemas = {};
        if (policy.sharedDefs)
            schemas.$defs = policy.sharedDefs;
        for (const [tool, ts] of policy.schemas)
            schemas[tool] = combined(ts, policy.sharedDefs);
        doc.schemas = schemas;
    }
    if (policy.enforcement.explicit)
        doc.enforcement = { unconstrained_tools: policy.enforcement.unconstrainedTools };
    if (policy.limits) {
        const l = {};
        if (policy.limits.maxRequestsTotal !== null)
            l.max_requests_total = policy.limits.maxRequestsTotal;
        if (policy.limits.maxToolCallsTotal !== null)
            l.max_tool_calls_total = policy.limits.maxToolCallsTotal;
        if (Object.keys(l).length > 0)
            doc.limits = l;
    }
    if (policy.sequences.length > 0)
        doc.sequences = policy.sequences.map((r) => r.raw);
    if (policy.aliases.size > 0)
        doc.aliases = Object.fromEntries([...policy.aliases].map(([k, v]) => [k, [...v]]));
    if (policy.onError !== 'block')
        doc.on_error = policy.onError;
    if (policy.toolPins.size > 0) {
        doc.tool_pins = Object.fromEntries([...policy.toolPins].map(([k, p]) => [k, { server_id: p.server_id, tool_name: p.tool_name, schema_hash: p.schema_hash, meta_hash: p.meta_hash }]));
    }
    if (policy.signatures)
        doc.signatures = { check_descriptions: policy.signatures.checkDescriptions };
    if (policy.discovery)
        doc.discovery = policy.discovery;
    if (policy.runtimeMonitor)
        doc.runtime_monitor = policy.runtimeMonitor;
    if (policy.killSwitch)
        doc.kill_switch = policy.killSwitch;
    return doc;
}

;// CONCATENATED MODULE: ./src/core/policy/index.ts
// Public API of the one policy model and engine.












/***/ }),

/***/ 3943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b$: () => (/* binding */ probePathRegexes),
/* harmony export */   h9: () => (/* binding */ PATH_REGEX_TRAVERSAL)
/* harmony export */ });
/* unused harmony exports isPathLikeName, splitAlternatives, literalPrefixes, literalSuffixes, traversalProbes */
const PATH_REGEX_TRAVERSAL = 'W_PATH_REGEX_TRAVERSAL';
// Argument names that hold file-system paths: the whole name or its last word (snake, kebab or camel
// case). `uri`/`url` are not paths (`within` refuses them as relative); `source`/`destination` are what
// file servers call the two paths of a move or copy.
const PATH_WORDS = new Set(['path', 'pathname', 'file', 'filename', 'filepath', 'dir', 'dirname', 'directory', 'folder']);
const PATH_NAMES = new Set(['source', 'destination']);
function isPathLikeName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
        .toLowerCase()
        .split(/[^a-z0-9]+/)
        .filter((w) => w !== '');
    const last = words[words.length - 1];
    if (last === undefined)
        return false;
    return PATH_WORDS.has(last) || (words.length === 1 && PATH_NAMES.has(last));
}
const MAX_AFFIXES = 16;
/** Index just past the `]` closing the class that opens at `i`. */
function skipClass(p, i) {
    let j = i + 1;
    if (p[j] === '^')
        j++;
    if (p[j] === ']')
        j++;
    while (j < p.length && p[j] !== ']') {
        if (p[j] === '\\')
            j += 2;
        else if (p[j] === '[' && p[j + 1] === ':') {
            const end = p.indexOf(':]', j + 2);
            j = end < 0 ? p.length : end + 2;
        }
        else
            j++;
    }
    return j + 1;
}
/** Index of the `)` closing the group that opens at `i` (or p.length). */
function closeParen(p, i) {
    let depth = 0;
    for (let j = i; j < p.length;) {
        const c = p[j];
        if (c === '\\')
            j += 2;
        else if (c === '[')
            j = skipClass(p, j);
        else {
            if (c === '(')
                depth++;
            else if (c === ')' && --depth === 0)
                return j;
            j++;
        }
    }
    return p.length;
}
/** Top-level alternatives. */
function splitAlternatives(p) {
    const out = [];
    let depth = 0;
    let from = 0;
    for (let j = 0; j < p.length;) {
        const c = p[j];
        if (c === '\\')
            j += 2;
        else if (c === '[')
            j = skipClass(p, j);
        else {
            if (c === '(')
                depth++;
            else if (c === ')')
                depth--;
            else if (c === '|' && depth === 0) {
                out.push(p.slice(from, j));
                from = j + 1;
            }
            j++;
        }
    }
    out.push(p.slice(from));
    return out;
}
/** Length of an escape starting at `i` (the backslash) that does not stand for one literal character. */
function escapeLength(p, i) {
    const c = p[i + 1];
    if ((c === 'p' || c === 'P' || c === 'x') && p[i + 2] === '{') {
        const end = p.indexOf('}', i + 3);
        return end < 0 ? p.length - i : end - i + 1;
    }
    if (c === 'p' || c === 'P')
        return 3;
    if (c === 'x')
        return 4;
    return 2;
}
function tokenize(p) {
    const toks = [];
    let i = 0;
    while (i < p.length) {
        const c = p[i];
        let tok;
        if (c === '\\') {
            const n = p[i + 1];
            if (n === undefined)
                return toks;
            if (n === 'Q') {
                const end = p.indexOf('\\E', i + 2);
                const text = p.slice(i + 2, end < 0 ? p.length : end);
                i = end < 0 ? p.length : end + 2;
                for (const ch of text)
                    toks.push({ t: 'lit', s: ch, q: '' });
                continue;
            }
            if (n === 'A')
                tok = { t: 'start' };
            else if (n === 'z')
                tok = { t: 'end' };
            else if (!/[0-9A-Za-z]/.test(n))
                tok = { t: 'lit', s: n, q: '' };
            else
                tok = { t: 'other' };
            i += tok.t === 'other' ? escapeLength(p, i) : 2;
        }
        else if (c === '(') {
            const close = closeParen(p, i);
            const body = p.slice(i + 1, close);
            i = close + 1;
            if (body.startsWith('?')) {
                const colon = body.indexOf(':');
                const named = body.startsWith('?P<') || body.startsWith('?<');
                if (named)
                    tok = { t: 'group', inner: body.slice(body.indexOf('>') + 1), q: '' };
                else if (colon < 0)
                    tok = { t: 'flags' };
                else
                    tok = { t: 'group', inner: body.slice(colon + 1), q: '' };
            }
            else
                tok = { t: 'group', inner: body, q: '' };
        }
        else if (c === '[') {
            i = skipClass(p, i);
            tok = { t: 'other' };
        }
        else if (c === '^') {
            i++;
            tok = { t: 'start' };
        }
        else if (c === '$') {
            i++;
            tok = { t: 'end' };
        }
        else if (c === '.') {
            i++;
            tok = { t: 'other' };
        }
        else {
            const cp = p.codePointAt(i);
            const ch = String.fromCodePoint(cp);
            i += ch.length;
            tok = { t: 'lit', s: ch, q: '' };
        }
        // A quantifier (and its lazy `?`) belongs to the atom before it.
        const q = p[i];
        if (q === '?' || q === '*' || q === '+') {
            i++;
            if (p[i] === '?')
                i++;
            if (tok.t === 'lit' || tok.t === 'group')
                tok.q = q;
        }
        else if (q === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i, i + 24))) {
            i = p.indexOf('}', i) + 1;
            if (p[i] === '?')
                i++;
            if (tok.t === 'lit' || tok.t === 'group')
                tok.q = '{';
            else
                tok = { t: 'other' };
        }
        toks.push(tok);
    }
    return toks;
}
function cross(a, b, prefix) {
    const out = [];
    for (const x of a)
        for (const y of b)
            if (out.length < MAX_AFFIXES)
                out.push({ text: prefix ? x + y.text : y.text + x, complete: y.complete });
    return out;
}
/** Literal prefixes (or suffixes) of every alternative of `p`. */
function affixes(p, prefix, depth) {
    const out = [];
    for (const alt of splitAlternatives(p)) {
        const toks = tokenize(alt);
        if (!prefix)
            toks.reverse();
        out.push(...sequenceAffixes(toks, prefix, depth));
        if (out.length >= MAX_AFFIXES)
            break;
    }
    return out.slice(0, MAX_AFFIXES);
}
function sequenceAffixes(toks, prefix, depth) {
    let acc = [''];
    const partial = () => acc.map((text) => ({ text, complete: false }));
    for (const tok of toks) {
        if (tok.t === 'flags')
            continue;
        if (tok.t === (prefix ? 'start' : 'end')) {
            if (acc.length === 1 && acc[0] === '')
                continue;
            return partial();
        }
        if (tok.t === 'lit') {
            if (tok.q === '' || tok.q === '+')
                acc = acc.map((a) => (prefix ? a + tok.s : tok.s + a));
            if (tok.q !== '')
                return partial();
            continue;
        }
        if (tok.t === 'group' && depth < 8 && (tok.q === '' || tok.q === '+')) {
            const sub = affixes(tok.inner, prefix, depth + 1);
            const next = cross(acc, sub, prefix);
            if (tok.q === '' && sub.every((s) => s.complete)) {
                acc = next.map((n) => n.text);
                continue;
            }
            return next.map((n) => ({ text: n.text, complete: false }));
        }
        return partial();
    }
    return acc.map((text) => ({ text, complete: true }));
}
/**
 * Literal prefixes of the alternatives of an RE2 pattern (empty strings dropped, deduplicated). An
 * alternative not anchored at the start counts only when its literal starts with `/` (`\.txt$` is a
 * suffix test, not a folder to climb out of).
 */
function literalPrefixes(pattern) {
    const out = new Set();
    for (const alt of splitAlternatives(pattern)) {
        const toks = tokenize(alt);
        const anchored = toks.find((t) => t.t !== 'flags')?.t === 'start';
        for (const a of sequenceAffixes(toks, true, 0))
            if (a.text !== '' && (anchored || a.text.startsWith('/')))
                out.add(a.text);
        if (out.size >= MAX_AFFIXES)
            break;
    }
    return [...out].slice(0, MAX_AFFIXES);
}
/** Literal suffixes of the alternatives that are anchored at the end (`$`, `\z`); '' when some is not. */
function literalSuffixes(pattern) {
    const out = new Set();
    for (const alt of splitAlternatives(pattern)) {
        const toks = tokenize(alt);
        const last = toks[toks.length - 1];
        if (last?.t !== 'end') {
            out.add('');
            continue;
        }
        for (const a of sequenceAffixes(toks.reverse(), false, 0))
            out.add(a.text);
        if (out.size >= 4)
            break;
    }
    return [...out].slice(0, 4);
}
/** Values that climb out of each literal prefix with `..`, and an innocent value under the same prefix. */
function traversalProbes(pattern) {
    const out = [];
    const suffixes = literalSuffixes(pattern);
    for (const prefix of literalPrefixes(pattern)) {
        const dir = prefix.endsWith('/') ? prefix : `${prefix}/`;
        for (const s of suffixes) {
            // Out and sideways; out through a first segment (for regexes that demand one); just up (`/app/..`).
            out.push({ probe: `${dir}../etc/passwd${s}`, control: `${dir}x${s}`, prefix });
            out.push({ probe: `${dir}x/../../etc/passwd${s}`, control: `${dir}x/y${s}`, prefix });
            if (s === '')
                out.push({ probe: `${dir}..`, control: `${dir}x`, prefix });
        }
    }
    return out;
}
// ---------- the probe against a loaded policy ----------
function pointer(name) {
    return `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}
const keyOf = (v) => `${v.path}\u0000${v.constraint}`;
/**
 * The tool's schema accepts `probe` for `param` exactly as it accepts `control`, a value under the same
 * prefix that the regex was written to allow. Comparing against the control keeps other arguments'
 * `required` failures (we pass only one argument) from hiding or faking a verdict.
 */
function acceptsLike(ts, param, probe, control) {
    let bad;
    let good;
    try {
        good = ts.validate({ [param]: control });
        bad = ts.validate({ [param]: probe });
    }
    catch {
        return false;
    }
    const at = pointer(param);
    if (good.some((v) => v.path === at || v.path.startsWith(`${at}/`)))
        return false;
    const known = new Set(good.map(keyOf));
    return bad.every((v) => known.has(keyOf(v)));
}
function suggestion(prefixes) {
    const folders = [
        ...new Set(prefixes
            .filter((p) => p.startsWith('/') && !p.split('/').includes('..'))
            .map((p) => (p.endsWith('/') ? p.slice(0, -1) : p.slice(0, p.lastIndexOf('/'))))
            .map((f) => (f === '' ? '/' : f))),
    ];
    const list = folders.length > 0 ? folders.map((f) => JSON.stringify(f)).join(', ') : '"/your/folder"';
    return `use within: [${list}] (x-assay-within in schemas)`;
}
/**
 * One W_PATH_REGEX_TRAVERSAL warning per regex (short-form `matches` or a top-level `properties.<p>.pattern`)
 * on a path-like argument whose tool schema accepts a `..` walk out of the regex's own prefix. Positioned at
 * the regex.
 */
function probePathRegexes(policy) {
    const out = [];
    for (const [tool, ts] of policy.schemas) {
        for (const src of ts.sources) {
            if (!src.patternRefs)
                continue;
            const props = src.schema.properties;
            for (const [param, ref] of Object.entries(src.patternRefs)) {
                if (!isPathLikeName(param))
                    continue;
                const pattern = props?.[param]?.pattern;
                if (typeof pattern !== 'string')
                    continue;
                const probes = traversalProbes(pattern);
                const hit = probes.find((p) => acceptsLike(ts, param, p.probe, p.control));
                if (!hit)
                    continue;
                const prefixes = [...new Set(probes.map((p) => p.prefix))];
                out.push({
                    code: PATH_REGEX_TRAVERSAL,
                    severity: 'warning',
                    source: 'policy',
                    file: ref.file,
                    line: ref.line,
                    col: ref.col,
                    message: `regex ${JSON.stringify(pattern)} on ${tool} argument "${param}" accepts ${JSON.stringify(hit.probe)}: ` +
                        `a ".." segment walks out of ${JSON.stringify(hit.prefix)}; ${suggestion(prefixes)}`,
                    context: { tool, param, pattern, probe: hit.probe },
                });
            }
        }
    }
    return out;
}


/***/ })

};
