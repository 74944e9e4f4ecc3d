export const id = 282;
export const ids = [282];
export const modules = {

/***/ 8847:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ buildBindingIndex),
/* harmony export */   K1: () => (/* binding */ bindTest),
/* harmony export */   qX: () => (/* binding */ stubBinding)
/* harmony export */ });
function buildBindingIndex(entries) {
    const byPrompt = new Map();
    const byId = new Map();
    for (const e of entries) {
        if (e.prompt !== undefined && !byPrompt.has(e.prompt))
            byPrompt.set(e.prompt, e);
        if (e.binding_id !== undefined && e.binding_id !== '' && !byId.has(e.binding_id))
            byId.set(e.binding_id, e);
    }
    return { byPrompt, byId };
}
function bindTest(test, index) {
    const p = index.byPrompt.get(test.prompt);
    if (p)
        return { entry: p, by: 'prompt' };
    const i = index.byId.get(test.id);
    if (i)
        return { entry: i, by: 'id' };
    return undefined;
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
    // Samples disagreed (0 < score < 1): the verdict is unstable, reported as warn (01 §3.5).
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
function regex(spec, entry) {
    const matched = spec.regex.test(entry.text);
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
// Kinds over the entry's tool calls and tool definitions (01 §3.5).




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
        // Every rule was not exercised: pass as not exercised; the exact-sequence check is skipped (01 §3.5).
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
            return unit(index, a, a.regex.test(joined) ? 'pass' : 'fail', `trace "${joined}"`);
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
/** Row fingerprint (02 §5.2): sha256 of JCS {suite, model, test_id, input, expected, assertions, policy_digests, assay_version}. */
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
            return regex(spec, entry);
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
/** Errors that `on_error: allow` never turns into `allowed_on_error` (01 §3.7). */
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
/** True for a row whose judge verdict was `Abstain` (02 §3 row 3). */
function isAbstainRow(row) {
    return Object.values(row.details.metrics).some((m) => m.details.verdict === 'Abstain');
}


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ID: () => (/* binding */ LoadContext),
/* harmony export */   LF: () => (/* binding */ pathText),
/* harmony export */   go: () => (/* binding */ typeName),
/* harmony export */   sA: () => (/* binding */ isObj)
/* harmony export */ });
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
    warn(code, path, message) {
        const p = this.src.posOf(path);
        this.diagnostics.push({ code, severity: 'warning', message, source: 'config', file: this.file, line: p.line, col: p.col, context: { path: pathText(path) } });
    }
    /** Push a diagnostic produced elsewhere (policy loader warnings keep their own file and position). */
    push(d) {
        this.diagnostics.push(d);
    }
    hasErrors() {
        return this.diagnostics.some((d) => d.severity === 'error');
    }
    /** Unknown keys are errors at every level (01 §3.1). `where` is e.g. "at top level" or "in tests[2]". */
    checkKeys(obj, path, allowed, opts = {}) {
        const where = opts.where ?? `in ${pathText(path)}`;
        for (const key of Object.keys(obj)) {
            if (allowed.includes(key) || opts.accepted?.includes(key))
                continue;
            this.error([...path, key], `unknown key "${key}" ${where} (allowed: ${allowed.join(', ')})`, { atKey: true });
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

/***/ 9747:
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
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/policy/schema.ts
var policy_schema = __webpack_require__(9863);
;// CONCATENATED MODULE: ./src/core/eval/json-schema.ts
// JSON Schema for eval kinds (json_schema, tool_output_valid, args_valid assertions): the policy
// engine's dialect (01 §2.6) — Draft 2020-12 by default, `$schema` selects draft-07 or 2019-09,
// external `$ref` refused, `format` an annotation, `pattern` on the RE2 engine (§2.5).

const compiler = new policy_schema/* SchemaCompiler */.Vn();
function compileSchema(schema) {
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
        return { ok: false, reason: 'a JSON Schema must be an object or a boolean' };
    }
    const issue = (0,policy_schema/* checkSchema */._U)(schema)[0];
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
    return { ok: true, validator: { schema, validate: (value) => (0,policy_schema/* runValidator */.Wq)(fn, value) } };
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
/** Keywords that cannot be tool names in a schema map (01 §3.5 args_valid). */
const JSON_SCHEMA_KEYWORDS = new Set([
    '$schema', '$id', '$ref', '$defs', '$anchor', '$comment', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'definitions',
    'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'additionalItems',
    'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
    'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'enum', 'const', 'allOf', 'anyOf', 'oneOf',
    'not', 'if', 'then', 'else', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
    'exclusiveMaximum', 'multipleOf', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
    'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);

// EXTERNAL MODULE: ./src/core/eval/load-context.ts
var load_context = __webpack_require__(8750);
// EXTERNAL MODULE: ./src/core/regex/re2.ts + 1 modules
var re2 = __webpack_require__(665);
;// CONCATENATED MODULE: ./src/core/eval/regex.ts
// Regex compilation for eval configs (01 §2.5): the shared RE2 module, unanchored search.

function compileRe2(pattern) {
    const r = (0,re2/* compileRegex */.D)(pattern);
    return r.ok ? { ok: true, re: r.re } : { ok: false, reason: r.reason };
}

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
                const c = compileSchema(schema);
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
                const c = compileRe2(src);
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
// Paths named inside the config resolve against the config's directory (01 §0); the working
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
// onto the config position that named them (01 §3.10: `test 't3': policy "p.yaml": <inner diagnostic>`).



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
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        ctx.error(at, `${scope.prefix}${what} "${ref}": file is not valid UTF-8`);
        return undefined;
    }
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
// `expected` kinds backed by the policy engine (01 §3.5): args_valid (policy file, inline structured
// policy or schema map) and sequence_valid (policy file, names, rules). Loaded and compiled at load.





/** §2.2 keys that make an inline `args_valid.schema` a structured policy rather than a schema map. */
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
    const r = (0,policy_bridge/* policyFromFile */.Ve)(abs, display, { denyDeprecations: ctx.opts.denyDeprecations });
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
        const r = (0,policy_bridge/* policyFromObject */.mQ)(root, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations });
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
        if (JSON_SCHEMA_KEYWORDS.has(tool)) {
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
    if (keys.length === 0 || Object.values(root).every((s) => schemaAssertsNothing(s))) {
        ctx.error(at, `${head} asserts nothing`);
        return undefined;
    }
    const value = { version: '2.0', schemas: root, enforcement: { unconstrained_tools: 'allow' } };
    const source = subSource(ctx.src, value, (p) => (p[0] === 'schemas' ? [...at, ...p.slice(1)] : at));
    const r = (0,policy_bridge/* policyFromObject */.mQ)(value, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations });
    mapInline(ctx, at, head, r.diagnostics);
    if (!r.ok)
        return undefined;
    return { kind: 'args_valid', policy: r.value.policy };
}
function sameSelector(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}
/** `before` with first == then can never be violated meaningfully (01 §2.7). */
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
                    const r = (0,policy_bridge/* sequenceChecker */.Rp)(root, undefined, file.resolved.display, parsed.source, [], 'E_POLICY_PARSE');
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
        const r = (0,policy_bridge/* sequenceChecker */.Rp)(inlineRules, aliases, ctx.file, ctx.src, rulesAt, 'E_CFG_PARSE');
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
// Parsing `expected` (01 §3.4, §3.5): tagged and legacy forms, `$ref`, and every load-time refusal
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
/** `$ref: <path>`: the expected block stored in another YAML file (deprecated, 01 §3.4). */
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
    const compiled = compileRe2(uniq.length ? `(?${uniq.join('')})${pattern}` : pattern);
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
    const c = compileSchema(schema);
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
    if (schemas.every((s) => schemaAssertsNothing(s.validator.schema))) {
        ctx.error(at, `${scope.prefix}expected block checks nothing (schemas assert nothing)`);
        return undefined;
    }
    return { kind: 'tool_output_valid', schemas };
}

;// CONCATENATED MODULE: ./src/core/eval/load-settings.ts
// `settings`, `thresholds`, `otel` and the order seed (01 §3.7).


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
/** Derived seed (01 §3.7): the first 8 bytes of sha256(config bytes), big-endian, as a decimal string. */
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
// eval.yaml loader (01 §3.1–3.7, §3.10). Every check that needs only the config and the files it
// names runs here; every error is collected and the first one in file order decides the message.









const MAX_CONFIG_BYTES = 1024 * 1024;
const TOP_KEYS = ['configVersion', 'suite', 'model', 'settings', 'thresholds', 'otel', 'tests'];
const TEST_KEYS = ['id', 'input', 'expected', 'assertions', 'on_error', 'tags', 'metadata'];
const DEFAULT_MIN_SCORE = 0.8;
/** Default config names, in search order (01 §3.1); an explicit --config never falls back. */
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
/** A document with `tests` or `suite` is an eval config (02 §4.1); anything else may be a policy. */
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
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        fail('E_CFG_PARSE', displayPath, [wholeFile(displayPath, 'E_CFG_PARSE', 'YAML syntax error: invalid UTF-8')]);
    }
    return parseEvalConfig(text, displayPath, external_node_path_.dirname(external_node_path_.resolve(file)), opts, bytes);
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
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8750);
// Judge and embedding values (01 §3.8, D20): read from the trace, then from the content-addressed
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
    node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync(node_path__WEBPACK_IMPORTED_MODULE_1__.dirname(file), { recursive: true });
    node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync(file, cacheFileText(kind, hex, model, result));
    return file;
}
// ---------------------------------------------------------------- validation
function validateJudgeRecord(v) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(v))
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
    return (0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(a) ? a : undefined;
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
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(doc) || doc.schema !== CACHE_SCHEMA || doc.kind !== kind || doc.key !== `sha256:${hex}`) {
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
    const inTrace = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(judge) ? judge[need.rubric] : undefined;
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
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(res))
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
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_3__/* .isObj */ .sA)(inTrace))
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
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7278);
/* harmony import */ var _policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8085);
// The eval kinds' view of the one policy engine (01 §2, D5): args_valid decides each call with a
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
/** Load a policy file through §2 (all spellings). Errors come back as diagnostics, never thrown. */
function policyFromFile(abs, display, opts) {
    try {
        const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .loadPolicyFile */ .n$)(abs, display, { denyDeprecations: opts.denyDeprecations ?? false });
        return loaded(r.policy, r.diagnostics);
    }
    catch (e) {
        return failure(e, display);
    }
}
/** Load an inline policy value; `source` gives its positions (paths relative to the value). */
function policyFromObject(value, file, source, opts) {
    try {
        const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .policyFromValue */ .i0)(value, file, source, { denyDeprecations: opts.denyDeprecations ?? false });
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
function sequenceChecker(rules, aliases, file, source, basePath, code) {
    const r = (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSequenceRules */ .qU)(rules, file, { ...(source ? { source } : {}), basePath, aliases: aliases ?? new Map(), code });
    if (r.diagnostics.some((d) => d.severity === 'error'))
        return { ok: false, diagnostics: r.diagnostics };
    return { ok: true, value: checkerOf(r.rules), diagnostics: r.diagnostics };
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
/** Kinds whose score comes from a model (judge or embedder): baselines compare them (02 §9.1). */
const MODEL_KINDS = new Set(['semantic_similarity_to', 'faithfulness', 'relevance']);


/***/ }),

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   RG: () => (/* binding */ readConfigFile)
/* harmony export */ });
/* unused harmony export detectKind */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9723);
// `--config` takes a policy or an eval config, told apart by content (02 §4.1).



const MAX_CONFIG_BYTES = 1024 * 1024;
const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];
/** Read a config-or-policy file: missing → E_MISSING_CONFIG; too big / not a file / YAML error / neither shape → E_CFG_PARSE. */
function readConfigFile(path, display) {
    let text;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', `${display}: config must be a regular file of at most 1 MiB`, {
                source: 'config',
                context: { file: display },
                nextStepValues: { 'config.yaml': display },
            });
        }
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL)
            throw e;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_MISSING_CONFIG', `${display}: config file not found`, {
            source: 'config',
            context: { file: display },
            diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'config file not found', file: display, source: 'config' }],
        });
    }
    return { kind: detectKind(text, display), path, display, text };
}
function detectKind(text, display) {
    const { source, errors } = (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .parseYamlSource */ .W)(text, display, 'E_CFG_PARSE');
    if (errors.length || !source) {
        const first = errors[0];
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', first.message, {
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', message, {
        source: 'config',
        context: { file: display, line: 1, col: 1 },
        diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: display, line: 1, col: 1, source: 'config' }],
        nextStepValues: { 'config.yaml': display },
    });
}


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
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

/***/ 7278:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gY: () => (/* reexport */ POLICY_MAX_BYTES),
  ez: () => (/* reexport */ REASONS),
  yv: () => (/* reexport */ ROOT_KEYS),
  KK: () => (/* reexport */ SequenceTracker),
  Yo: () => (/* reexport */ tool_pattern/* compileToolPattern */.Yo),
  iz: () => (/* reexport */ evaluateSequenceRules),
  n$: () => (/* reexport */ loadPolicyFile),
  ON: () => (/* reexport */ parsePolicy),
  qU: () => (/* reexport */ load_sequences/* parseSequenceRules */.qU),
  H6: () => (/* reexport */ policyAssertsNothing),
  i0: () => (/* reexport */ policyFromValue),
  hi: () => (/* reexport */ toV2Document)
});

// UNUSED EXPORTS: SEQUENCE_KINDS, constraintSchema, hasLiteralStar, identityOf, isBlockingRule, isPolicyDocument, isUniversalPattern, makeSelector, matchToolPattern, pinDrift

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/policy/load-context.ts
var load_context = __webpack_require__(2670);
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
var policy_schema = __webpack_require__(9863);
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

// EXTERNAL MODULE: ./src/core/policy/load-sequences.ts
var load_sequences = __webpack_require__(2167);
// EXTERNAL MODULE: ./src/core/policy/load-tools.ts
var load_tools = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(8085);
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
    const toolRules = (0,load_tools/* parseToolRules */.Nw)(ctx, root);
    const toolClasses = (0,load_tools/* parseToolClasses */.wM)(ctx, root.tool_classes);
    const { schemas, sharedDefs } = parseSchemas(ctx, root);
    const enforcement = parseEnforcement(ctx, root);
    const limits = parseLimits(ctx, root);
    const toolPins = parseToolPins(ctx, root);
    const aliases = (0,load_sequences/* parseAliases */.oH)(ctx, ['aliases'], root.aliases);
    const sequences = (0,load_sequences/* parseSequenceList */.pm)(ctx, ['sequences'], root.sequences, aliases);
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
        for (const k of load_tools/* RUNTIME_ONLY_TOOLS_KEYS */.Pk) {
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

;// CONCATENATED MODULE: ./src/core/policy/to-v2.ts
// The loaded model written back as a minimal v2 document (for `assay migrate`, 02 §4.11): key order
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
// Public API of the one policy model and engine (01 §2, D5).










/***/ }),

/***/ 2670:
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

/***/ 2167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   oH: () => (/* binding */ parseAliases),
/* harmony export */   pm: () => (/* binding */ parseSequenceList),
/* harmony export */   qU: () => (/* binding */ parseSequenceRules),
/* harmony export */   xF: () => (/* binding */ literalStarMessage)
/* harmony export */ });
/* unused harmony exports SEQUENCE_KINDS, makeSelector */
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2670);
/* harmony import */ var _tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8085);



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
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a mapping of alias name to a list of tool names`);
        return out;
    }
    for (const [name, members] of Object.entries(value)) {
        const p = [...path, name];
        if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) {
            ctx.error(p, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(p)} must be a list of strings`);
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
    const p = (0,_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compileToolPattern */ .Yo)(tool);
    return { isAlias: false, test: p.test };
}
/** Build a selector (also used for inline rules of eval configs). */
function makeSelector(tool, argsMatch, aliases) {
    const name = selectorMatcher(tool, aliases);
    const args = argsMatch.map((a) => a.arg);
    const render = args.length > 0 ? `${tool}[${args.join(',')}]` : tool;
    const matchArgs = (callArgs) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(callArgs))
            return false;
        for (const { arg, re } of argsMatch) {
            if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(callArgs, arg))
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
    if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value) && typeof value.tool === 'string') {
        const am = value.args_match;
        const compiled = [];
        let ok = true;
        if (am !== undefined && am !== null) {
            if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(am)) {
                ctx.error([...path, 'args_match'], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, 'args_match'])} must be a mapping of argument name to regex`);
                return null;
            }
            for (const [arg, pat] of Object.entries(am)) {
                const p = [...path, 'args_match', arg];
                if (typeof pat !== 'string') {
                    ctx.error(p, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(p)} must be a string (a regex)`);
                    ok = false;
                    continue;
                }
                const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .D)(pat);
                if (!c.ok) {
                    ctx.error(p, `invalid regex in ${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(p)}: ${c.reason}`);
                    ok = false;
                    continue;
                }
                compiled.push({ arg, re: c.re });
            }
        }
        return ok ? checked(ctx, [...path, 'tool'], makeSelector(value.tool, compiled, aliases)) : null;
    }
    ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a tool name or a mapping {tool, args_match}`);
    return null;
}
function checked(ctx, path, s) {
    if (!s.isAlias && (0,_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compileToolPattern */ .Yo)(s.tool).literalStar) {
        ctx.warn('W_POLICY_LITERAL_STAR', path, literalStarMessage(s.tool, (0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)));
    }
    return s;
}
function literalStarMessage(pattern, where) {
    return `pattern "${pattern}" in ${where} has a "*" that is neither first nor last; it matches a literal "*"`;
}
function int(ctx, rule, path, key, min, dflt) {
    const v = rule[key];
    if (v === undefined && dflt !== undefined)
        return dflt;
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
        ctx.error(v === undefined ? path : [...path, key], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, key])} must be an integer ≥ ${min}`);
        return null;
    }
    return v;
}
function sameSelector(a, b) {
    return a.tool === b.tool && a.render === b.render;
}
/** Parse one rule; null when it has errors (already reported). */
function parseRule(ctx, path, index, raw, aliases) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(raw)) {
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a mapping with a "type" key`);
        return null;
    }
    const kind = raw.type;
    if (typeof kind !== 'string' || !SEQUENCE_KINDS.includes(kind)) {
        ctx.error((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(raw, 'type') ? [...path, 'type'] : path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)}: unknown rule type ${JSON.stringify(kind ?? null)} (allowed: ${SEQUENCE_KINDS.join(', ')})`);
        return null;
    }
    const errorsBefore = ctx.errorCount;
    const sel = (key) => {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(raw, key)) {
            ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} (${kind}) is missing "${key}"`);
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
                ctx.error((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(raw, 'pattern') ? [...path, 'pattern'] : path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, 'pattern'])} must be a non-empty string`);
            else
                rule = { ...base(`blocklist:${p}`), kind: 'blocklist', pattern: p };
            break;
        }
        case 'before': {
            const first = sel('first');
            const then = sel('then');
            if (first && then) {
                if (sameSelector(first, then)) {
                    ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)}: ineffective before rule: "first" and "then" are the same (${JSON.stringify(first.render)})`);
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
            const max = int(ctx, raw, path, 'max', 0);
            if (tool && max !== null)
                rule = { ...base(`max_calls:${tool.render}<=${max}`), kind: 'max_calls', tool, max };
            break;
        }
        case 'eventually': {
            const tool = sel('tool');
            const within = int(ctx, raw, path, 'within', 1);
            if (tool && within !== null)
                rule = { ...base(`eventually:${tool.render}@${within}`), kind: 'eventually', tool, within };
            break;
        }
        case 'after': {
            const trigger = sel('trigger');
            const then = sel('then');
            const within = int(ctx, raw, path, 'within', 1, 1);
            if (trigger && then && within !== null) {
                rule = { ...base(`after:${trigger.render}->${then.render}@${within}`), kind: 'after', trigger, then, within };
            }
            break;
        }
        case 'sequence': {
            const list = raw.tools;
            const strict = raw.strict ?? false;
            if (typeof strict !== 'boolean')
                ctx.error([...path, 'strict'], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, 'strict'])} must be a boolean`);
            if (!Array.isArray(list) || list.length === 0) {
                ctx.error((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(raw, 'tools') ? [...path, 'tools'] : path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, 'tools'])} must be a non-empty list of tool selectors`);
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
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a list of rules`);
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
    const ctx = new _load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadContext */ .ID(file, opts.source, [], opts.code ?? 'E_POLICY_PARSE');
    const rules = parseSequenceList(ctx, opts.basePath ?? ['rules'], value, opts.aliases ?? new Map());
    return { rules, diagnostics: ctx.diagnostics };
}


/***/ }),

/***/ 3598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ parseToolRules),
/* harmony export */   Pk: () => (/* binding */ RUNTIME_ONLY_TOOLS_KEYS),
/* harmony export */   hw: () => (/* binding */ TOOLS_KEYS),
/* harmony export */   wM: () => (/* binding */ parseToolClasses)
/* harmony export */ });
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2670);
/* harmony import */ var _load_sequences_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2167);
/* harmony import */ var _tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8085);



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
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a list of strings`);
        return null;
    }
    let ok = true;
    value.forEach((v, i) => {
        if (typeof v !== 'string') {
            ctx.error([...path, i], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a list of strings`);
            ok = false;
        }
    });
    return ok ? value : null;
}
function patternEntries(ctx, path, items, offset) {
    return items.map((pattern, i) => {
        const matcher = (0,_tool_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .compileToolPattern */ .Yo)(pattern);
        if (matcher.literalStar)
            ctx.warn('W_POLICY_LITERAL_STAR', [...path, i], (0,_load_sequences_js__WEBPACK_IMPORTED_MODULE_0__/* .literalStarMessage */ .xF)(pattern, (0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, i])));
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
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)(path)} must be a mapping {${keys.join(', ')}}`);
        return null;
    }
    const out = {};
    for (const k of keys) {
        const v = value[k];
        if (typeof v !== 'string')
            ctx.error((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(value, k) ? [...path, k] : path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPath */ .i7)([...path, k])} must be a string`);
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
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(tools)) {
            ctx.error(['tools'], 'tools must be a mapping');
        }
        else {
            for (const k of Object.keys(tools)) {
                if (!TOOLS_KEYS.includes(k)) {
                    ctx.error(['tools', k], `unknown key "${k}" in tools (allowed: ${TOOLS_KEYS.join(', ')})`, { key: true });
                }
            }
            const p = (k) => ['tools', k];
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, 'allow'))
                rules.allow = patternList(ctx, p('allow'), tools.allow) ?? { entries: [] };
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, 'deny'))
                rules.deny = patternList(ctx, p('deny'), tools.deny) ?? emptyPatterns();
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, 'allow_classes'))
                rules.allowClasses = classList(ctx, p('allow_classes'), tools.allow_classes) ?? emptyClasses();
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, 'deny_classes'))
                rules.denyClasses = classList(ctx, p('deny_classes'), tools.deny_classes) ?? emptyClasses();
            const pl = (k) => ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, k) ? (patternList(ctx, p(k), tools[k]) ?? emptyPatterns()) : emptyPatterns());
            const cl = (k) => ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(tools, k) ? (classList(ctx, p(k), tools[k]) ?? emptyClasses()) : emptyClasses());
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
    if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(root, 'allow')) {
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
    if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .has */ .zy)(root, 'deny')) {
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
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .isPlainObject */ .Qd)(value)) {
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


/***/ }),

/***/ 9863:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vn: () => (/* binding */ SchemaCompiler),
/* harmony export */   Wq: () => (/* binding */ runValidator),
/* harmony export */   _U: () => (/* binding */ checkSchema)
/* harmony export */ });
/* unused harmony exports draftOf, toViolation */
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2463);
/* harmony import */ var ajv__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(ajv__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(878);
/* harmony import */ var ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2019_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2670);
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


/***/ })

};
