export const id = 802;
export const ids = [802];
export const modules = {

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XV: () => (/* binding */ parseFailOn),
  Xc: () => (/* binding */ parseFormat),
  AC: () => (/* binding */ reproducibleMode)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
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

;// CONCATENATED MODULE: ./cli/options.ts
// Shared option parsing: values outside the allowed set are usage errors (exit 2 E_INVALID_ARGS).


function parseFormat(value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --format "${value}" (allowed: ${allowed.join(', ')})`, { source: 'cli' });
}
/** `--fail-on error|warn|warning|info|note|none`; anything else is a usage error. */
function parseFailOn(value) {
    const level = parseFailOnValue(value);
    if (level === null) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --fail-on "${value}" (allowed: ${FAIL_ON_VALUES.join(', ')})`, { source: 'cli' });
    }
    return level;
}
function reproducibleMode(flag) {
    return flag === true || /^\d+$/.test(process.env.SOURCE_DATE_EPOCH ?? '');
}


/***/ }),

/***/ 1598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ junitRow),
/* harmony export */   m: () => (/* binding */ rowFindingDrafts)
/* harmony export */ });
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6825);
/* harmony import */ var _quarantine_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1936);


function loc(uri, p) {
    return { uri, line: p.line, col: p.col };
}
/** Related trace lines: the offending calls (`call #i`), else the bound entry's first line. */
function relatedOf(related, entry) {
    const out = [];
    const seen = new Set();
    for (const r of related) {
        const key = `${r.file}\u0000${r.line}`;
        if (seen.has(key) || r.file === '')
            continue;
        seen.add(key);
        const calls = r.calls ?? [];
        const message = calls.length === 1 ? `call #${calls[0]}` : calls.length > 1 ? `calls ${calls.map((i) => `#${i}`).join(', ')}` : 'trace line';
        out.push({ uri: r.file, line: r.line, col: 1, message });
        if (out.length >= _report_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_RELATED */ .Bg)
            break;
    }
    if (out.length === 0 && entry && entry.file !== '' && entry.first_line > 0) {
        out.push({ uri: entry.file, line: entry.first_line, col: 1, message: 'bound trace entry' });
    }
    return out;
}
function metricMessage(row, kind) {
    const m = row.details.metrics[kind]?.details.message;
    return typeof m === 'string' && m !== '' ? m : undefined;
}
/** Drafts for one test, in a fixed order (the caller iterates tests by id). */
function rowFindingDrafts(x) {
    const { test, evaluated, entry, configUri } = x;
    const row = evaluated.row;
    const quarantined = (0,_quarantine_js__WEBPACK_IMPORTED_MODULE_1__/* .isQuarantined */ .fK)(test);
    const expectedPos = test.pos.expected ?? test.pos.test;
    const related = relatedOf(evaluated.related, entry);
    const drafts = [];
    const add = (rule_id, level, message, detail, pos, rel) => {
        drafts.push({
            rule_id,
            level: quarantined && level !== 'note' ? 'note' : level,
            source: rule_id.startsWith('baseline/') ? 'baseline' : 'test',
            message: quarantined && level !== 'note' ? `quarantined (not gating): ${message}` : message,
            test_id: test.id,
            location: loc(configUri, pos),
            ...(rel && rel.length > 0 ? { related: rel } : {}),
            subject: test.id,
            detail,
        });
    };
    const kind = test.expected?.kind;
    const metric = kind ? row.details.metrics[kind] : undefined;
    if (row.status === 'error' || row.status === 'allowed_on_error') {
        const miss = row.details.run_error_kind === 'trace_miss';
        const pos = miss ? test.pos.input : expectedPos;
        const level = row.status === 'allowed_on_error' ? 'note' : 'error';
        const message = row.status === 'allowed_on_error' ? `allowed by on_error: ${row.message}` : row.message;
        add('test/error', level, message, miss ? 'input' : (kind ?? 'assertions'), pos, miss ? [] : related);
    }
    else if (kind && metric) {
        const why = metricMessage(row, kind);
        if (evaluated.abstain) {
            add('test/judge_uncertain', 'error', `judge uncertain (abstain): ${kind}`, kind, expectedPos, related);
        }
        else if (!metric.passed) {
            add(`test/${kind}`, 'error', `failed: ${kind}${why ? ` (${why})` : ''}`, kind, expectedPos, related);
        }
        else if (metric.unstable) {
            const agreement = typeof metric.details.agreement === 'number' ? ` (agreement ${metric.details.agreement.toFixed(2)})` : '';
            add('test/unstable', 'warning', `unstable metric: ${kind}${agreement}`, kind, expectedPos);
        }
        if (metric.exercised === 'not_exercised') {
            add('test/not_exercised', 'note', `${kind} was not exercised${why ? ` (${why})` : ''}`, kind, expectedPos);
        }
    }
    for (const a of row.details.assertions ?? []) {
        if (a.passed)
            continue;
        const pos = test.pos.assertions[a.index] ?? test.pos.test;
        const rel = entry && entry.file !== '' ? [{ uri: entry.file, line: entry.first_line, col: 1, message: 'bound trace entry' }] : [];
        add(`test/assertion/${a.type}`, 'error', `assertion ${a.index} (${a.type}) failed: ${a.message}`, `${a.index}|${a.type}`, pos, rel);
    }
    for (const b of x.baseline) {
        const level = b.status === 'fail' ? 'error' : 'warning';
        add(`baseline/${b.type}`, level, `${b.message} (test ${test.id}, metric ${b.kind})`, b.kind, expectedPos, b.status === 'fail' ? related : []);
    }
    return drafts;
}
/** The JUnit row of a final result row (after baseline comparison and quarantine). */
function junitRow(row, test, baseline) {
    const out = { test_id: row.test_id, status: row.status, message: row.message, duration_ms: row.duration_ms };
    if (row.status === 'error')
        out.run_error_kind = row.details.run_error_kind ?? 'error';
    if (row.status !== 'fail')
        return out;
    const kind = test?.expected?.kind;
    const lines = [];
    let type;
    const metric = kind ? row.details.metrics[kind] : undefined;
    if (kind && metric && !metric.passed) {
        type = kind;
        lines.push(metricMessage(row, kind) ?? `failed: ${kind}`);
    }
    for (const a of row.details.assertions ?? []) {
        if (a.passed)
            continue;
        type ??= `assertion/${a.type}`;
        lines.push(`assertion ${a.index} (${a.type}): ${a.message}`);
    }
    for (const b of baseline) {
        if (b.status !== 'fail')
            continue;
        type ??= `baseline/${b.type}`;
        lines.push(b.message);
    }
    out.kind = type ?? kind ?? 'fail';
    out.details = lines;
    return out;
}


/***/ }),

/***/ 5935:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K1: () => (/* reexport */ bind/* bindTest */.K1),
  ET: () => (/* reexport */ baseline/* buildBaseline */.ET),
  Xd: () => (/* reexport */ load/* collectEvalConfig */.Xd),
  $_: () => (/* reexport */ baseline/* compareWithBaseline */.$_),
  e7: () => (/* reexport */ decideGateOutcome),
  wA: () => (/* reexport */ evaluateSuite),
  BE: () => (/* reexport */ load/* findDefaultConfig */.BE),
  lO: () => (/* reexport */ judgeMetrics),
  oU: () => (/* reexport */ baseline/* loadBaseline */.oU),
  l4: () => (/* reexport */ load/* loadEvalConfig */.l4),
  S8: () => (/* reexport */ evaluate/* makeEvalContext */.S8),
  ky: () => (/* reexport */ baseline/* serializeBaseline */.ky),
  qX: () => (/* reexport */ bind/* stubBinding */.qX)
});

// UNUSED EXPORTS: CACHE_SCHEMA, DEFAULT_CONFIG_NAMES, DEFAULT_EMBEDDING_MODEL, DEFAULT_JUDGE_MODEL, EXPECTED_KINDS, MODEL_KINDS, QUARANTINE_TAG, aggregateJudgeSamples, buildBindingIndex, cacheFilePath, cacheFileText, cacheKeyHex, embeddingKeyObject, embeddingKeysFor, errorRow, evaluateTest, evaluateTestDetailed, executionOrder, isAbstainRow, isEvalConfigDocument, isQuarantined, judgeKeyFor, judgeKeyObject, junitRow, lookupEmbeddings, lookupJudge, parseBaseline, parseEvalConfig, quarantineRow, recordMissing, rowFindingDrafts, rowFingerprint, skippedRow, traceMissMessage, validateJudgeRecord, validateVector, writeCacheFile

// EXTERNAL MODULE: ./src/core/eval/load.ts + 6 modules
var load = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/core/eval/bind.ts
var bind = __webpack_require__(8847);
// EXTERNAL MODULE: ./src/core/eval/evaluate.ts + 5 modules
var evaluate = __webpack_require__(9687);
// EXTERNAL MODULE: ./src/core/eval/baseline.ts
var baseline = __webpack_require__(7155);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
;// CONCATENATED MODULE: ./src/core/eval/outcome.ts
// The gate outcome of run/ci and the action's replay gate: the first matching row of the
// table decides exit code, reason code and message. Causes rank 2 > 3 > 1 > 0.


const INPUT_KINDS = {
    trace_miss: 'E_TRACE_MISS',
    trace_invalid: 'E_TRACE_INVALID',
    replay_missing: 'E_REPLAY_MISSING_DEPENDENCY',
    config: 'E_CFG_PARSE',
};
const INFRA_KINDS = {
    judge_unavailable: 'E_JUDGE_UNAVAILABLE',
    rate_limit: 'E_RATE_LIMIT',
    timeout: 'E_TIMEOUT',
    provider_5xx: 'E_PROVIDER_5XX',
    network: 'E_NETWORK_ERROR',
    internal: 'E_INTERNAL',
};
function byId(a, b) {
    return a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0;
}
function outcome(code, message, firstTestId) {
    return { exitCode: (0,reason_codes/* exitCodeFor */.Rr)(code), reasonCode: code, message, ...(firstTestId !== undefined ? { firstTestId } : {}) };
}
function decideGateOutcome(input) {
    const rows = [...input.rows].sort(byId);
    const kindOf = (r) => r.details.run_error_kind;
    // 1. input problems found while evaluating (exit 2), even when on_error allowed them
    const inputRow = rows.find((r) => (r.status === 'error' || r.status === 'allowed_on_error') && kindOf(r) && INPUT_KINDS[kindOf(r)]);
    if (inputRow)
        return outcome(INPUT_KINDS[kindOf(inputRow)], inputRow.message, inputRow.test_id);
    // 2. infrastructure (exit 3)
    const infra = rows.filter((r) => r.status === 'error' && kindOf(r) && INFRA_KINDS[kindOf(r)]);
    if (infra.length > 0) {
        const first = infra[0];
        const code = INFRA_KINDS[kindOf(first)];
        const message = code === 'E_JUDGE_UNAVAILABLE'
            ? `Judge/embedding value unavailable for ${infra.filter((r) => kindOf(r) === 'judge_unavailable').length} test(s)`
            : first.message;
        return outcome(code, message, first.test_id);
    }
    // 3. judge abstained
    const abstain = rows.filter(evaluate/* isAbstainRow */.J);
    if (abstain.length > 0) {
        return outcome('E_JUDGE_UNCERTAIN', `Judge uncertain (abstain) for ${abstain.length} test(s); cannot decide pass/fail`, abstain[0].test_id);
    }
    // 4. failed tests (an error row of an unregistered kind counts as failed, never as passed)
    const failed = rows.filter((r) => r.status === 'fail' || r.status === 'error');
    if (failed.length > 0)
        return outcome('E_TEST_FAILED', `${failed.length} test(s) failed`, failed[0].test_id);
    // 5. policy findings at or above fail_on; warn rows under --strict / block_on_warn
    const parts = [];
    const findings = input.policyFindings ?? 0;
    if (findings > 0)
        parts.push(`${findings} policy finding(s) at or above fail_on=${input.failOn ?? 'error'}`);
    const warnRows = input.strict || input.blockOnWarn ? rows.filter((r) => r.status === 'warn') : [];
    if (warnRows.length > 0)
        parts.push(`Strict mode: ${warnRows.length} policy violations`);
    if (parts.length > 0)
        return outcome('E_POLICY_VIOLATION', parts.join('; '), warnRows[0]?.test_id);
    // 6. pass
    return { exitCode: 0, reasonCode: '', message: input.hasConfig === false ? 'All checks passed' : 'All tests passed' };
}

// EXTERNAL MODULE: ./src/core/eval/model-values.ts
var model_values = __webpack_require__(2442);
// EXTERNAL MODULE: ./src/core/eval/quarantine.ts
var quarantine = __webpack_require__(1936);
;// CONCATENATED MODULE: ./src/core/eval/suite.ts


const MASK64 = (1n << 64n) - 1n;
/** splitmix64: a tiny, well-known u64 generator; enough to shuffle deterministically from a seed. */
function splitmix64(seed) {
    let state = seed & MASK64;
    return () => {
        state = (state + 0x9e3779b97f4a7c15n) & MASK64;
        let z = state;
        z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
        z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
        return z ^ (z >> 31n);
    };
}
/** Execution order: a Fisher–Yates shuffle of the tests (config order) driven by the u64 seed. */
function executionOrder(tests, seed) {
    const out = [...tests];
    const next = splitmix64(BigInt(seed));
    for (let i = out.length - 1; i > 0; i--) {
        const j = Number(next() % BigInt(i + 1));
        [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
}
/**
 * Evaluate every test of a config. `bind` returns the test's binding (undefined = trace miss);
 * with `bail_on_first_failure`, tests after the first `fail`/`error` row are skipped (a quarantined
 * test's failure does not bail: it never gates).
 */
function evaluateSuite(config, bind, ctx, opts = {}) {
    const order = executionOrder(config.tests, config.seed);
    const evaluated = new Map();
    const warnings = [];
    let bailed = false;
    for (const test of order) {
        if (bailed) {
            evaluated.set(test.id, { row: (0,evaluate/* skippedRow */.P5)(test, ctx, 'bail_on_first_failure'), warnings: [], related: [], abstain: false });
            continue;
        }
        const binding = bind(test);
        const pre = opts.preErrors?.get(test.id);
        const r = pre
            ? { row: (0,evaluate/* errorRow */.Ff)(test, ctx, pre.kind, pre.message, binding), warnings: [], related: [], abstain: false }
            : (0,evaluate/* evaluateTestDetailed */.aT)(test, binding, ctx);
        evaluated.set(test.id, r);
        warnings.push(...r.warnings);
        const failed = r.row.status === 'fail' || r.row.status === 'error';
        if (config.settings.bail_on_first_failure && failed && !(0,quarantine/* isQuarantined */.fK)(test))
            bailed = true;
    }
    const rows = [...evaluated.values()].map((e) => e.row).sort((a, b) => (a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0));
    return { rows, evaluated, warnings, order: order.map((t) => t.id) };
}
const JUDGE_KINDS = new Set(['faithfulness', 'relevance']);
const UNAVAILABLE = new Set(['judge_unavailable', 'rate_limit', 'timeout', 'provider_5xx', 'network']);
/** over every evaluated judge record; undefined when no judge value was involved. */
function judgeMetrics(rows) {
    let total = 0;
    let abstain = 0;
    let flips = 0;
    let consensus = 0;
    for (const row of rows) {
        for (const [kind, m] of Object.entries(row.details.metrics)) {
            if (!JUDGE_KINDS.has(kind) || typeof m.details.passed !== 'boolean')
                continue;
            total++;
            const agreement = m.details.agreement;
            if (m.details.verdict === 'Abstain')
                abstain++;
            if (m.details.swapped === true && typeof agreement === 'number' && agreement > 0 && agreement < 1)
                flips++;
            if (agreement === 0 || agreement === 1)
                consensus++;
        }
    }
    const unavailable = rows.filter((r) => r.status === 'error' && r.details.run_error_kind !== undefined && UNAVAILABLE.has(r.details.run_error_kind)).length;
    if (total === 0 && unavailable === 0)
        return undefined;
    const rate = (n) => (total === 0 ? 0 : n / total);
    return { abstain_rate: rate(abstain), flip_rate: rate(flips), consensus_rate: rate(consensus), unavailable_count: unavailable };
}

// EXTERNAL MODULE: ./src/core/eval/types.ts
var types = __webpack_require__(9003);
// EXTERNAL MODULE: ./src/core/eval/record.ts
var record = __webpack_require__(821);
// EXTERNAL MODULE: ./src/core/eval/findings.ts
var findings = __webpack_require__(1598);
;// CONCATENATED MODULE: ./src/core/eval/index.ts
// Public API of the eval area: load eval.yaml, bind tests to trace entries, evaluate, baselines, outcome.













/***/ }),

/***/ 1936:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BR: () => (/* binding */ quarantineRow),
/* harmony export */   PD: () => (/* binding */ isQuarantinedRow),
/* harmony export */   fK: () => (/* binding */ isQuarantined)
/* harmony export */ });
/* unused harmony export QUARANTINE_TAG */
const QUARANTINE_TAG = 'quarantine';
const QUARANTINED = 'quarantined';
function isQuarantined(test) {
    return test.tags.includes(QUARANTINE_TAG);
}
/** Is this (final) row a quarantined test's non-passing result? Such a row never decides the verdict, in
 *  any command: run/ci/the action through its `skipped` status, validate/doctor by skipping it. */
function isQuarantinedRow(row) {
    return row.skip_reason === QUARANTINED;
}
/** Statuses a quarantined test keeps: they never gate anyway. */
const KEPT = new Set(['pass', 'skipped']);
/**
 * A quarantined test's row: `pass`/`skipped` stay as they are; any other status becomes `skipped`
 * (reason `quarantined`) with the real outcome kept in the message and in `details.quarantine`, so
 * run.json, summary.json, JUnit and the exit code agree that it did not gate.
 */
function quarantineRow(row) {
    if (KEPT.has(row.status))
        return row;
    const message = `quarantined (not gating): ${row.message}`;
    const { error_policy_applied: _ignored, ...rest } = row;
    return {
        ...rest,
        status: 'skipped',
        message,
        skip_reason: QUARANTINED,
        details: { ...row.details, quarantine: { status: row.status, message: row.message } },
        attempts: row.attempts.map((a) => ({ ...a, status: 'skipped', message })),
    };
}


/***/ }),

/***/ 821:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ recordMissing)
/* harmony export */ });
/* unused harmony export aggregateJudgeSamples */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _model_values_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2442);
// Recording (`run --record`): fill the eval cache for judge/embedding values that are in
// neither the trace nor the cache. The model calls go through an injected client (the HTTP client
// lives in the CLI adapter); this module only decides what is missing, aggregates judge samples into
// the record, and writes the content-addressed cache files.


const KIND_BY_CODE = {
    E_RATE_LIMIT: 'rate_limit',
    E_TIMEOUT: 'timeout',
    E_PROVIDER_5XX: 'provider_5xx',
    E_NETWORK_ERROR: 'network',
    E_JUDGE_UNAVAILABLE: 'judge_unavailable',
};
/** Aggregate samples into the judge record: score = share of PASS votes; a tie follows tie_break. */
function aggregateJudgeSamples(samples, rubricVersion, tieBreak) {
    const n = samples.length;
    const count = (v) => samples.filter((s) => s.verdict === v).length;
    const pass = count('PASS');
    const fail = count('FAIL');
    const abstain = count('Abstain');
    let verdict;
    if (abstain > pass && abstain > fail)
        verdict = 'Abstain';
    else if (pass > fail)
        verdict = 'PASS';
    else if (fail > pass)
        verdict = 'FAIL';
    else
        verdict = tieBreak === 'quarantine' ? 'Abstain' : 'FAIL';
    const rationale = samples.find((s) => s.verdict === verdict && s.rationale !== undefined)?.rationale;
    return {
        passed: verdict === 'PASS',
        score: n === 0 ? 0 : pass / n,
        ...(rationale !== undefined ? { rationale } : {}),
        verdict,
        samples: n,
        agreement: n === 0 ? 0 : Math.max(pass, fail, abstain) / n,
        rubric_version: rubricVersion,
        swapped: false,
    };
}
/** Runs `tasks` with at most `limit` in flight. */
async function pool(tasks, limit) {
    let next = 0;
    const worker = async () => {
        while (next < tasks.length) {
            const i = next++;
            await tasks[i]();
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
}
/**
 * Record every missing judge/embedding value of `tests` (in the given order). Values already in the
 * trace or in a valid cache file are never requested; one key is requested at most once per run.
 */
async function recordMissing(tests, bind, o) {
    const result = { written: { judge: 0, embedding: 0 }, errors: new Map() };
    const cacheDir = o.values.cacheDir;
    if (!cacheDir || !o.values.useCache || o.values.replayStrict)
        return result;
    const inFlight = new Map();
    const once = (key, fn) => {
        let p = inFlight.get(key);
        if (!p) {
            p = fn();
            inFlight.set(key, p);
        }
        return p;
    };
    const tasks = [];
    for (const test of tests) {
        const spec = test.expected;
        const binding = bind(test);
        if (!spec || !binding)
            continue;
        const entry = binding.entry;
        const fail = (metric, e) => {
            const code = e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV ? e.reasonCode : 'E_JUDGE_UNAVAILABLE';
            const kind = KIND_BY_CODE[code] ?? 'judge_unavailable';
            result.errors.set(test.id, { kind, message: `test '${test.id}': recording ${metric} failed: ${e.message}` });
        };
        if ((spec.kind === 'faithfulness' || spec.kind === 'relevance') && o.values.judge === 'openai' && o.client.judge) {
            const judge = o.client.judge.bind(o.client);
            const need = { testId: test.id, rubric: spec.kind, rubricVersion: spec.rubricVersion ?? o.values.rubricVersion, prompt: test.prompt, context: test.context ?? null };
            const found = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupJudge */ .kO)(need, entry, o.values);
            if (found.ok || found.kind !== 'judge_unavailable')
                continue;
            const { hex } = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeKeyFor */ .o_)(need, entry, o.values);
            tasks.push(async () => {
                try {
                    await once(`judge:${hex}`, async () => {
                        const samples = await judge({
                            rubric: need.rubric,
                            rubricVersion: need.rubricVersion,
                            model: o.values.judgeModel,
                            samples: o.values.judgeSamples,
                            temperature: o.temperature,
                            prompt: need.prompt,
                            context: need.context,
                            response: entry.text,
                            timeoutMs: o.timeoutMs,
                        });
                        const record = aggregateJudgeSamples(samples, need.rubricVersion, o.tieBreak);
                        (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCacheFile */ .kX)(cacheDir, 'judge', hex, o.values.judgeModel, record);
                        result.written.judge++;
                    });
                }
                catch (e) {
                    fail(spec.kind, e);
                }
            });
        }
        else if (spec.kind === 'semantic_similarity_to' && o.values.embedder === 'openai' && o.client.embed) {
            const embed = o.client.embed.bind(o.client);
            const found = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .lookupEmbeddings */ .dm)(test.id, spec.reference, entry, o.values);
            if (found.ok || found.kind !== 'judge_unavailable')
                continue;
            const keys = (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .embeddingKeysFor */ .tI)(entry.text, spec.reference, o.values);
            const texts = { response: entry.text, reference: spec.reference };
            for (const which of ['response', 'reference']) {
                const hex = keys[which];
                // A valid cache file is kept; a missing or invalid one is (re-)recorded.
                if ((0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .readCachedEmbedding */ .eE)(cacheDir, hex).state === 'hit')
                    continue;
                tasks.push(async () => {
                    try {
                        await once(`embedding:${hex}`, async () => {
                            const [vector] = await embed({ model: o.values.embeddingModel, texts: [texts[which]], timeoutMs: o.timeoutMs });
                            if (!vector || vector.length === 0)
                                throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV('E_JUDGE_UNAVAILABLE', 'the embeddings endpoint returned no vector', { source: 'provider' });
                            (0,_model_values_js__WEBPACK_IMPORTED_MODULE_1__/* .writeCacheFile */ .kX)(cacheDir, 'embedding', hex, o.values.embeddingModel, { vector, dims: vector.length });
                            result.written.embedding++;
                        });
                    }
                    catch (e) {
                        fail('semantic_similarity_to', e);
                    }
                });
            }
        }
    }
    await pool(tasks, o.parallel);
    return result;
}


/***/ }),

/***/ 6825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* binding */ FINGERPRINT_KEY),
  Bg: () => (/* binding */ MAX_RELATED),
  TY: () => (/* binding */ bareFingerprint),
  Eg: () => (/* binding */ compareFindings),
  Gt: () => (/* binding */ countFindings),
  Bm: () => (/* binding */ draftFingerprints),
  iP: () => (/* binding */ finalizeDraft),
  jj: () => (/* binding */ finalizeFindings),
  mh: () => (/* binding */ fingerprintV1),
  ek: () => (/* binding */ isRenderSafe),
  Le: () => (/* binding */ levelRank),
  MP: () => (/* binding */ prefixedFingerprint)
});

// UNUSED EXPORTS: countAtOrAbove, diagnosticDraft, sortFindings

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/report/message-cap.ts
var message_cap = __webpack_require__(3436);
;// CONCATENATED MODULE: ./src/core/report/safe-memo.ts
// A bounded memo of render-safe, capped text (safeText ∘ capMessage) for the per-finding hot path: a dense
// trace repeats the same tool name, policy rule, entry key and message head hundreds of thousands of times,
// and the redaction scan is the costliest step of finalizing a finding (docs/findings.md). Pure: the value
// depends only on the key; the memo is cleared when full, so its memory is bounded.


/** Strings longer than this are computed every time (a long text rarely repeats and would pin memory). */
const MAX_KEY_CHARS = 512;
/** Entries before the memo is cleared: ≤ 2 × 4096 × 512 UTF-16 units (~8 MB) in the worst case. */
const MAX_ENTRIES = 4096;
const memo = new Map();
/** safeText(capMessage(s, max)), memoised for short strings. */
function safeCapped(s, max = message_cap/* MAX_MESSAGE_BYTES */.f) {
    // A short string is under any cap we use (≤ 3 UTF-8 bytes per UTF-16 unit): the cap cannot change it.
    if (s.length > MAX_KEY_CHARS || s.length * 3 > max)
        return (0,safe_text/* safeText */.Hk)((0,message_cap/* capMessage */.W)(s, max));
    const hit = memo.get(s);
    if (hit !== undefined)
        return hit;
    const out = (0,safe_text/* safeText */.Hk)(s);
    if (memo.size >= MAX_ENTRIES)
        memo.clear();
    memo.set(s, out);
    return out;
}

;// CONCATENATED MODULE: ./src/core/report/finding.ts
// Findings: one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints are assayFinding/v1 (docs/findings.md); the SARIF category is never an input.




const FINGERPRINT_KEY = 'assayFinding/v1';
const MAX_RELATED = 10;
/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
function fingerprintV1(ruleId, subject, detail, occurrence) {
    // One-shot hash: a fraction of createHash().update().digest() per call, which matters at a million findings.
    return (0,external_node_crypto_.hash)('sha256', `v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'hex');
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
 * return the findings sorted. Callers must pass drafts in a deterministic order.
 */
function finalizeFindings(drafts, opts = {}) {
    const seen = new Map();
    const out = [];
    for (const d of drafts) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        out.push(finalizeDraft(d, occurrence, opts));
    }
    return out.sort(compareFindings);
}
/**
 * Findings made by finalizeDraft: their free text is render-safe already, so writers may skip the
 * (idempotent) redaction pass over it. A copy (`{...f}`) is not in the set and gets the full pass.
 */
const RENDER_SAFE = new WeakSet();
function isRenderSafe(f) {
    return RENDER_SAFE.has(f);
}
/** The render-safe message (cut to the message cap, message-cap.ts) followed by its plain tail. */
function messageOf(d) {
    const tail = d.message_tail;
    if (tail === undefined || tail === '')
        return safeCapped(d.message);
    return safeCapped(d.message, message_cap/* MAX_MESSAGE_BYTES */.f - tail.length) + tail;
}
/**
 * One draft with its occurrence number (see finalizeFindings) as a finding key order.
 * `fingerprintHex` is the bare fingerprint when the caller computed it already.
 */
function finalizeDraft(d, occurrence, opts = {}, fingerprintHex) {
    // Properties are assigned in the documented key order (insertion order is the JSON order);
    // no temporary spread objects on this per-finding path.
    const f = {
        fingerprint: `sha256:${fingerprintHex ?? fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
        rule_id: d.rule_id,
        level: d.level,
        source: d.source,
        message: messageOf(d),
    };
    if (d.test_id !== undefined)
        f.test_id = d.test_id;
    if (d.entry_key !== undefined) {
        f.entry_key = opts.redactPrompts && d.entry_key_is_prompt ? (0,safe_text/* redactPrompt */.uH)(d.entry_key) : safeCapped(d.entry_key);
    }
    if (d.tool !== undefined)
        f.tool = safeCapped(d.tool);
    if (d.call_index !== undefined)
        f.call_index = d.call_index;
    if (d.policy_rule !== undefined)
        f.policy_rule = safeCapped(d.policy_rule);
    if (d.count !== undefined)
        f.count = d.count;
    f.location = { uri: d.location.uri, line: d.location.line, col: d.location.col };
    if (d.related !== undefined && d.related.length > 0) {
        const n = Math.min(d.related.length, MAX_RELATED);
        const related = new Array(n);
        for (let i = 0; i < n; i++) {
            const r = d.related[i];
            related[i] = { uri: r.uri, line: r.line, col: r.col, message: safeCapped(r.message) };
        }
        f.related = related;
    }
    if (d.baseline_state !== undefined)
        f.baseline_state = d.baseline_state;
    // Entry keys replaced by redactPrompt are safe too (a fixed form); the test id is an id, never text.
    RENDER_SAFE.add(f);
    return f;
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
 * Fingerprint inputs: subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
function diagnosticDraft(d, opts = {}) {
    const file = d.file ?? opts.file ?? '';
    return {
        rule_id: `${opts.family ?? 'config'}/${d.code}`,
        level: d.severity,
        source: opts.family === 'policy' ? 'policy' : 'config',
        message: capMessage(d.message),
        location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
        subject: file,
        detail: `${d.code}|${opts.keyPath ?? ''}`,
    };
}


/***/ }),

/***/ 3436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ capMessage),
/* harmony export */   f: () => (/* binding */ MAX_MESSAGE_BYTES)
/* harmony export */ });
// One cap on the size of any single message or name that enters a finding or a diagnostic (docs/findings.md):
// a 5 KB tool name or a 259 MB schema error text must not be copied into every report line. Bytes are UTF-8.
const MAX_MESSAGE_BYTES = 4096;
/**
 * `s` unchanged when its UTF-8 form fits in `max` bytes; else its longest prefix that fits together with the
 * marker `…[truncated N bytes]` (N = UTF-8 bytes cut). Never splits a surrogate pair. Linear in the kept part:
 * a huge input is only measured, never copied.
 */
function capMessage(s, max = MAX_MESSAGE_BYTES) {
    // Fast path: every UTF-16 unit is at most 3 UTF-8 bytes.
    if (s.length * 3 <= max)
        return s;
    const total = Buffer.byteLength(s, 'utf8');
    if (total <= max)
        return s;
    // Reserve room for the marker (its digits are bounded by the digits of `total`).
    const reserve = Buffer.byteLength(`…[truncated ${total} bytes]`, 'utf8');
    const budget = Math.max(0, max - reserve);
    let bytes = 0;
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        let w = 1;
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            w = 4;
            units = 2;
        }
        else if (c >= 0x800)
            w = 3;
        else if (c >= 0x80)
            w = 2;
        if (bytes + w > budget)
            break;
        bytes += w;
        i += units;
    }
    return `${s.slice(0, i)}…[truncated ${total - bytes} bytes]`;
}


/***/ })

};
