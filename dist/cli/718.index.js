export const id = 718;
export const ids = [718];
export const modules = {

/***/ 8327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uO: () => (/* binding */ writeDocWithStreamedArray),
/* harmony export */   us: () => (/* binding */ prettyAt),
/* harmony export */   vV: () => (/* binding */ SyncWriter)
/* harmony export */ });
/* unused harmony export mergeByKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4023);
/* harmony import */ var _util_make_dirs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3357);
// Streaming writers for the big JSON documents (run.json, `--format json`, the findings baseline): the
// document is written piece by piece with synchronous writes (natural backpressure), never built as one
// string, so its size is bounded by the disk, not by V8's string limit. Write failures (EPIPE, ENOSPC,
// EACCES, …) surface as InfraError E_IO_ERROR naming the target (docs/findings.md).





const FLUSH_AT = 1 << 20;
function ioError(target, e) {
    const code = e.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${target}: ${code ?? e.message}`, {
        source: 'unknown',
        context: { file: target },
        nextStepValues: { path: target },
    });
}
/** Buffered synchronous writer to a file path or a file descriptor (1 = stdout). */
class SyncWriter {
    label;
    /** Staging buffer: strings are encoded into it (encodeAt) and bytes copied into it as they arrive. */
    stage = Buffer.allocUnsafe(FLUSH_AT + 64 * 1024);
    used = 0;
    fd;
    owned;
    /** Bytes written so far. */
    bytes = 0;
    constructor(target, label = typeof target === 'number' ? 'stdout' : target) {
        this.label = label;
        if (typeof target === 'number') {
            this.fd = target;
            this.owned = false;
        }
        else {
            try {
                (0,_util_make_dirs_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirs */ .X)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
                this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, 'w');
            }
            catch (e) {
                throw ioError(this.label, e);
            }
            this.owned = true;
        }
    }
    /** Write a string, or bytes (copied at once: the caller may reuse them). */
    write(s) {
        const need = typeof s === 'string' ? s.length * 3 : s.length;
        if (this.used + need > this.stage.length) {
            this.flush();
            if (need > this.stage.length) {
                // Larger than the staging buffer: written on its own.
                this.writeOut(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
                return;
            }
        }
        if (typeof s === 'string')
            this.used += (0,_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeAt */ .E)(s, this.stage, this.used);
        else {
            this.stage.set(s, this.used);
            this.used += s.length;
        }
        if (this.used >= FLUSH_AT)
            this.flush();
    }
    flush() {
        if (this.used === 0)
            return;
        const n = this.used;
        this.used = 0;
        this.writeOut(this.stage.subarray(0, n));
    }
    writeOut(buf) {
        let off = 0;
        while (off < buf.length) {
            try {
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, buf, off);
            }
            catch (e) {
                // A non-blocking pipe that is full: wait for the reader (synchronous backpressure).
                if (e.code === 'EAGAIN') {
                    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
                    continue;
                }
                throw ioError(this.label, e);
            }
        }
        this.bytes += buf.length;
    }
    /** Flush and close (the descriptor is closed only when this writer opened it). */
    close() {
        try {
            this.flush();
        }
        finally {
            if (this.owned) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
                }
                catch (e) {
                    // eslint-disable-next-line no-unsafe-finally
                    throw ioError(this.label, e);
                }
            }
        }
    }
}
/** JSON.stringify(value, null, 2) as it appears nested at `depth` (JSON text never holds a raw newline). */
function prettyAt(value, depth) {
    if (depth === 0)
        return JSON.stringify(value, null, 2);
    if (value !== undefined && typeof value !== 'function' && typeof value !== 'symbol') {
        // Stringified inside `depth` arrays, the value comes out indented for its depth natively (no second
        // pass over the text to re-indent it); the wrapper is d²+3d characters before and d²+d after.
        let w = value;
        for (let i = 0; i < depth; i++)
            w = [w];
        const s = JSON.stringify(w, null, 2);
        return s.slice(depth * depth + 3 * depth, s.length - (depth * depth + depth));
    }
    const s = JSON.stringify(value, null, 2);
    return s.replace(/\n/g, '\n' + '  '.repeat(depth));
}
/**
 * Write `doc` as JSON.stringify(doc, null, 2) + "\n", except that the top-level array `key` (present in
 * `doc`, normally empty) is written from `items`: each item is the pretty text of one element at depth 2
 * (prettyAt(x, 2)), as a string or as UTF-8 bytes. The bytes equal those of the whole document stringified at once.
 */
function writeDocWithStreamedArray(w, doc, key, items) {
    const text = JSON.stringify({ ...doc, [key]: [] }, null, 2);
    const marker = `\n  ${JSON.stringify(key)}: []`;
    const at = text.indexOf(marker);
    if (at < 0)
        throw new Error(`streamed key ${key} not found`);
    w.write(text.slice(0, at + marker.length - 1));
    let first = true;
    for (const item of items) {
        w.write(first ? '\n    ' : ',\n    ');
        w.write(item);
        first = false;
    }
    w.write(first ? ']' : '\n  ]');
    w.write(text.slice(at + marker.length));
    w.write('\n');
}
/** Merge two sequences already in `key` order (ties: `a` first). */
function* mergeByKey(a, b, keyOf) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    let xa = ia.next();
    let xb = ib.next();
    while (!xa.done || !xb.done) {
        if (xb.done || (!xa.done && !(keyOf(xb.value) < keyOf(xa.value)))) {
            yield xa.value;
            xa = ia.next();
        }
        else {
            yield xb.value;
            xb = ib.next();
        }
    }
}


/***/ }),

/***/ 3718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QW: () => (/* binding */ MAX_RESULTS_PER_RUN),
  Ep: () => (/* binding */ buildSarif),
  U7: () => (/* binding */ compareForSarif),
  ZH: () => (/* binding */ sarifFingerprints)
});

// UNUSED EXPORTS: MAX_GZIP_BYTES, MAX_RUNS, SARIF_SCHEMA_URI, TRUNCATED_NOTIFICATION_ID, automationId, largestFittingPrefix, pathToUri

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(6825);
// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(8327);
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
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/report/utf8.ts
var utf8 = __webpack_require__(4023);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts
// SARIF 2.1.0 writer: one run per category, rules[] for the rules that fired, real locations,
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
/** Truncation rank: level, `new` before unchanged, rule id, uri, line, fingerprint. */
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
/** Subject of the message: test id (an id: never altered), else entry key, else file. */
function messageSubject(f, safe) {
    if (f.test_id !== undefined && f.test_id !== '')
        return f.test_id;
    if (f.entry_key !== undefined && f.entry_key !== '')
        return safe(f.entry_key);
    return (0,safe_text/* safeText */.Hk)(f.location.uri);
}
const same = (s) => s;
function physical(uri, line, col) {
    return { artifactLocation: { uri: pathToUri(uri) }, region: region(line, col) };
}
function resultObject(f, ruleIndex, extras) {
    const safe = (0,finding/* isRenderSafe */.ek)(f) ? same : safe_text/* safeText */.Hk;
    const bounded = (0,finding/* isRenderSafe */.ek)(f) ? (s) => (0,safe_text/* boundText */.O6)(s) : safe_text/* safeBounded */.vn;
    const location = { physicalLocation: physical(f.location.uri, f.location.line, f.location.col) };
    if (extras?.logicalLocations && extras.logicalLocations.length > 0)
        location.logicalLocations = extras.logicalLocations;
    const result = {
        ruleId: f.rule_id,
        ruleIndex,
        level: f.level,
        // A finding from finalizeDraft is render-safe already (isRenderSafe): only bounded here.
        message: { text: (0,safe_text/* boundText */.O6)(`${messageSubject(f, safe)}: ${safe(f.message)}`) },
        locations: [location],
    };
    if (f.related && f.related.length > 0) {
        result.relatedLocations = f.related.slice(0, finding/* MAX_RELATED */.Bg).map((r, i) => ({
            id: i + 1,
            message: { text: bounded(r.message) },
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
        props.tool = bounded(f.tool);
    if (f.call_index !== undefined)
        props.call_index = f.call_index;
    if (f.policy_rule !== undefined)
        props.policy_rule = bounded(f.policy_rule);
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
    return (0,json_stream/* prettyAt */.us)(value, depth);
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
    // Results are encoded in batches, so at most one batch of result strings is alive at a time.
    const batch = [];
    let batchChars = 0;
    const chunks = [];
    const flushBatch = () => {
        if (batch.length === 0)
            return;
        const b = Buffer.allocUnsafe(batchChars * 3 + RESULT_SEP.length * batch.length);
        let used = 0;
        for (const x of batch)
            used += (0,utf8/* encodeAt */.E)(x, b, used);
        chunks.push(b.subarray(0, used));
        batch.length = 0;
        batchChars = 0;
    };
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
        if (i > 0)
            batch.push(RESULT_SEP);
        batch.push(text);
        batchChars += text.length;
        const bytes = Buffer.byteLength(text, 'utf8');
        if (batchChars >= 1 << 20)
            flushBatch();
        offset += (i > 0 ? RESULT_SEP.length : 0) + bytes;
        resultEnd.push(offset);
    });
    flushBatch();
    const resultBytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, offset);
    return { input: run, ranked, rules, ruleFirst, total: Math.max(rankedAll.length, run.totalFindings ?? 0), resultBytes, resultEnd };
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
    const out = Buffer.allocUnsafe(byteSize(pieces));
    let used = 0;
    for (const x of pieces) {
        if (typeof x === 'string')
            used += (0,utf8/* encodeAt */.E)(x, out, used);
        else {
            x.copy(out, used);
            used += x.length;
        }
    }
    return out.subarray(0, used);
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
function gzipSize(doc) {
    return (0,external_node_zlib_.gzipSync)(doc, { level: 6 }).length;
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
 * Build the SARIF log. Truncation: per run, results ranked and capped at 25,000; then, while the
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
    // The last document measured, kept so the final one is not assembled again when it is the same.
    let last;
    const size = (k) => {
        const pieces = documentPieces(prepared, k, input);
        if (fitsWithoutGzip(byteSize(pieces), budget))
            return 0;
        last = undefined;
        const doc = concatPieces(pieces);
        last = { kept: k, doc };
        return gzipSize(doc);
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
    const sameAsLast = last !== undefined && last.kept.length === kept.length && last.kept.every((n, i) => n === kept[i]);
    const bytes = sameAsLast ? last.doc : concatPieces(documentPieces(prepared, kept, input));
    last = undefined;
    const omittedPerRun = prepared.map((p, i) => p.total - kept[i]);
    let text;
    return {
        get text() {
            text ??= bytes.toString('utf8');
            return text;
        },
        bytes,
        omitted: omittedPerRun.reduce((a, b) => a + b, 0),
        omittedPerRun,
        keptPerRun: kept,
    };
}
/** Fingerprints of a SARIF log (findings baseline input): per result, the first key present. */
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

/***/ 4023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ encodeAt)
/* harmony export */ });
// UTF-8 encoding for the report writers' hot paths. `buf.write(s, offset, 'utf8')` and `Buffer.from(s)` cost
// far more per byte than TextEncoder.encodeInto for the many medium-sized strings a report is made of
// (measured ~15× on a million findings), so every bulk writer encodes through here.
const encoder = new TextEncoder();
/** Encode `s` into `buf` at `offset`; the caller guarantees room for 3 bytes per UTF-16 unit. Returns bytes written. */
function encodeAt(s, buf, offset) {
    return encoder.encodeInto(s, buf.subarray(offset)).written;
}


/***/ })

};
