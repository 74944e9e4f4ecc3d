export const id = 733;
export const ids = [733];
export const modules = {

/***/ 4920:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GW: () => (/* binding */ MAX_CONFIG_BYTES),
/* harmony export */   RG: () => (/* binding */ readConfigFile),
/* harmony export */   i_: () => (/* binding */ detectKind)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _util_read_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2712);
/* harmony import */ var _util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9723);
// `--config` takes a policy or an eval config, told apart by content.




const MAX_CONFIG_BYTES = 1024 * 1024;
const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];
/** Read a config-or-policy file: missing → E_MISSING_CONFIG; too big / not a file / YAML error / neither shape → E_CFG_PARSE. */
function readConfigFile(path, display) {
    let bytes;
    try {
        const st = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
        if (!st.isFile() || st.size > MAX_CONFIG_BYTES) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', `${display}: config must be a regular file of at most 1 MiB`, {
                source: 'config',
                context: { file: display },
                nextStepValues: { 'config.yaml': display },
            });
        }
        bytes = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
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
    if ((0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .findUtf8Problem */ .kd)(bytes)) {
        // Invalid UTF-8 is refused before any use; the lossy text only tells which kind of file it is, so
        // the error carries the code of that file's loader.
        let kind = 'eval';
        try {
            kind = detectKind(bytes.toString('utf8'), display);
        }
        catch {
            // not classifiable: report it as a config
        }
        (0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8Strict */ .h0)(bytes, display, kind === 'policy' ? 'E_POLICY_PARSE' : 'E_CFG_PARSE', {
            source: kind === 'policy' ? 'policy' : 'config',
            nextStepValues: kind === 'policy' ? { 'policy.yaml': display } : { 'config.yaml': display },
        });
    }
    const text = (0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_2__/* .decodeUtf8Strict */ .h0)(bytes, display, 'E_CFG_PARSE');
    return { kind: detectKind(text, display), path, display, text };
}
function detectKind(text, display) {
    const { source, errors } = (0,_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlSource */ .W)(text, display, 'E_CFG_PARSE');
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

/***/ 1178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ createPolicy),
/* harmony export */   e: () => (/* binding */ REASONS)
/* harmony export */ });
/* harmony import */ var _pins_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9188);
/* harmony import */ var _sequences_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3616);
/* harmony import */ var _within_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9627);
// The one decision engine: first match decides, in this order —
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
    argOutside: 'A path argument is outside the folders the policy allows',
    schemaOk: 'Arguments match the tool schema',
    schemaEval: 'Tool schema could not be evaluated',
    selectorEval: 'An argument is too long to check against a sequence rule\'s args_match regex',
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
        // Policy order: tools.deny, tools.allow, schemas.<tool>, enforcement, limits, tool_pins, sequences[i].
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
        const id = (0,_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .identityOf */ .c)(definition, name);
        if (!id || (0,_pins_js__WEBPACK_IMPORTED_MODULE_0__/* .pinDrift */ .d)(pin, id).length > 0)
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
        this.tracker = new _sequences_js__WEBPACK_IMPORTED_MODULE_1__/* .SequenceTracker */ .KK(p.sequences);
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
        let d = this.evaluate(name, args, call.definition, index, o, incremental);
        // A sequence selector whose args_match regex cannot check this call's argument (longer than the
        // regex's work bound, docs/regex.md) is an evaluation error: on_error decides, block by default.
        // The selector counts as matched meanwhile, so a forbidding rule blocks rather than passes.
        const probed = incremental ? this.tracker.takeUnverifiable() : null;
        if (probed && d.decision !== 'deny')
            d = this.unverifiableDecision(name, probed.render);
        if (incremental) {
            // A denied call never happened, unless the caller forwards it anyway (proxy --dry-run).
            if (d.decision !== 'deny' || o.admitDenied === true)
                this.tracker.feed(name, args, index, true);
        }
        else {
            this.tracker.feed(name, args, index);
        }
        const fed = this.tracker.takeUnverifiable();
        if (fed && d.decision !== 'deny')
            d = this.unverifiableDecision(name, fed.render);
        return d;
    }
    unverifiableDecision(name, selector) {
        const reason = `${REASONS.selectorEval} (${selector})`;
        return this.p.onError === 'block'
            ? mk('deny', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences')
            : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences');
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
                // Same decision shape as any schema failure; the reason says when a path left its folders.
                const outside = violations.some((v) => v.constraint === _within_js__WEBPACK_IMPORTED_MODULE_2__/* .WITHIN_KEYWORD */ .wW);
                d = mk('deny', 'E_ARG_SCHEMA', name, outside ? REASONS.argOutside : REASONS.argSchema, rule, schema.ref, rule);
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


/***/ }),

/***/ 853:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ parseSchemas)
/* harmony export */ });
/* unused harmony export constraintSchema */
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2670);
/* harmony import */ var _schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9863);
/* harmony import */ var _within_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9627);
// Argument schemas from every spelling: v2 `schemas` (+ shared `$defs`), the short
// form's `constraints` (list and map form, `matches` and `within`), legacy `tools.arg_constraints` and
// `tools.require_args`. Several sources for one tool are all enforced (allOf). Compiled once, at load.




const isSchema = (v) => (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(v) || typeof v === 'boolean';
function parseShared(ctx, schemas) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(schemas, '$defs'))
        return null;
    const defs = schemas.$defs;
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(defs)) {
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
    const targets = isDefsMap && (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(schema)
        ? Object.entries(schema).map(([k, v]) => [[...path, k], v])
        : [[path, schema]];
    for (const [p, s] of targets) {
        for (const issue of (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .checkSchema */ ._U)(s)) {
            ok = false;
            const at = [...p, ...issue.path];
            if (issue.kind === 'regex')
                ctx.error(at, `invalid regex in ${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(at)}: ${issue.message}`, { key: issue.key });
            else
                ctx.error(at, `${label}: ${issue.message}`);
        }
    }
    return ok;
}
function parseConstraintParams(ctx, entryPath, paramsPath, tool, params) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(params)) {
        ctx.error(paramsPath, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(paramsPath)} must be a mapping of parameter name to {matches: <regex>} or {within: [<folder>]}`);
        return null;
    }
    const out = {};
    let ok = true;
    for (const [param, spec] of Object.entries(params)) {
        // `within` (path containment) is a documented param key next to `matches`; a spec with neither
        // gets the "has no matches" error below instead of a second one for its keys.
        if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(spec) && ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'matches') || (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'within'))) {
            ctx.checkKeys([...paramsPath, param], spec, ['matches', 'within'], { rule: true });
        }
        const pc = {};
        let regex;
        let regexPath;
        if (typeof spec === 'string') {
            regex = spec;
            regexPath = [...paramsPath, param];
        }
        else if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(spec) && ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'matches') || (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'within'))) {
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'matches')) {
                regex = spec.matches;
                regexPath = [...paramsPath, param, 'matches'];
            }
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(spec, 'within')) {
                const within = parseWithin(ctx, [...paramsPath, param, 'within'], spec.within);
                if (within)
                    pc.within = within;
                else
                    ok = false;
            }
        }
        else {
            ctx.error([...paramsPath, param], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(entryPath)} tool "${tool}" param "${param}" has no "matches"`);
            ok = false;
            continue;
        }
        if (regexPath) {
            if (typeof regex !== 'string') {
                ctx.error(regexPath, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(regexPath)} must be a string (a regex)`);
                ok = false;
                continue;
            }
            const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .DL)(regex);
            if (!c.ok) {
                ctx.error(regexPath, `invalid regex in ${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(regexPath)}: ${c.reason}`);
                ok = false;
                continue;
            }
            pc.matches = regex;
        }
        out[param] = pc;
    }
    return ok ? out : null;
}
/** A `within` folder list, every problem at its own position. */
function parseWithin(ctx, path, value) {
    const p = (0,_within_js__WEBPACK_IMPORTED_MODULE_3__/* .withinListProblems */ .IQ)(value);
    if (p.list)
        ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(path)} ${p.list}`);
    for (const it of p.items)
        ctx.error([...path, it.index], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)([...path, it.index])} ${it.message}`);
    return p.list || p.items.length > 0 ? null : value;
}
/** Where each param's regex is written, for warnings that point at it (traversal probe). */
function matchesRefs(ctx, paramsPath, params, raw) {
    const refs = {};
    for (const [param, pc] of Object.entries(params)) {
        if (pc.matches === undefined)
            continue;
        const spec = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(raw) ? raw[param] : undefined;
        const ref = ctx.ref((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(spec) ? [...paramsPath, param, 'matches'] : [...paramsPath, param]);
        if (ref)
            refs[param] = ref;
    }
    return refs;
}
/**
 * The schema a short-form constraint stands for: `matches` → `pattern`, `within` → `x-assay-within`; every
 * constrained param is a required non-empty string. A bare string is a `matches` regex.
 */
function constraintSchema(params) {
    const properties = {};
    for (const [p, c] of Object.entries(params)) {
        const pc = typeof c === 'string' ? { matches: c } : c;
        const prop = { type: 'string' };
        if (pc.matches !== undefined)
            prop.pattern = pc.matches;
        if (pc.within !== undefined)
            prop[_within_js__WEBPACK_IMPORTED_MODULE_3__/* .WITHIN_KEYWORD */ .wW] = pc.within;
        prop.minLength = 1;
        properties[p] = prop;
    }
    return { type: 'object', additionalProperties: true, properties, required: Object.keys(params) };
}
function parseConstraints(ctx, value, out) {
    if (value === undefined || value === null)
        return;
    if (Array.isArray(value)) {
        value.forEach((entry, i) => {
            const path = ['constraints', i];
            if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(entry)) {
                ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(path)} must be a mapping {tool, params}`);
                return;
            }
            ctx.checkKeys(path, entry, ['tool', 'params'], { rule: true });
            if (typeof entry.tool !== 'string') {
                ctx.error((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(entry, 'tool') ? [...path, 'tool'] : path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)([...path, 'tool'])} must be a string`);
                return;
            }
            const params = parseConstraintParams(ctx, path, [...path, 'params'], entry.tool, entry.params);
            if (params) {
                const patternRefs = matchesRefs(ctx, [...path, 'params'], params, entry.params);
                out.push({ tool: entry.tool, origin: 'constraints', schema: constraintSchema(params), path, userWritten: false, atKey: false, patternRefs });
            }
        });
        return;
    }
    if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(value)) {
        for (const [tool, params] of Object.entries(value)) {
            const path = ['constraints', tool];
            const parsed = parseConstraintParams(ctx, path, path, tool, params);
            if (parsed) {
                const patternRefs = matchesRefs(ctx, path, parsed, params);
                out.push({ tool, origin: 'constraints', schema: constraintSchema(parsed), path, userWritten: false, atKey: true, patternRefs });
            }
        }
        return;
    }
    ctx.error(['constraints'], 'constraints must be a list of {tool, params} or a mapping of tool to params');
}
/** Positions of `properties.<p>.pattern` at the top of a user schema. */
function propertyPatternRefs(ctx, path, schema) {
    const refs = {};
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(schema) || !(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(schema.properties))
        return refs;
    for (const [p, sub] of Object.entries(schema.properties)) {
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(sub) || typeof sub.pattern !== 'string')
            continue;
        const ref = ctx.ref([...path, 'properties', p, 'pattern']);
        if (ref)
            refs[p] = ref;
    }
    return refs;
}
function mergeShared(ctx, src, shared) {
    if (!shared || !(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(src.schema))
        return src.schema;
    const own = src.schema.$defs;
    if (own !== undefined && !(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(own))
        return src.schema; // ajv reports the bad $defs
    const merged = { ...shared };
    if (own) {
        for (const [name, def] of Object.entries(own)) {
            if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(shared, name)) {
                ctx.error([...src.path, '$defs', name], `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(src.path)}: $defs name "${name}" clashes with the shared schemas.$defs.${name}`, { key: true });
            }
            merged[name] = def;
        }
    }
    return { ...src.schema, $defs: merged };
}
function parseSchemas(ctx, root) {
    const pending = [];
    let sharedDefs = null;
    if ((0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(root, 'schemas') && root.schemas !== null) {
        const schemas = root.schemas;
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(schemas))
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
    const tools = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(root.tools) ? root.tools : undefined;
    if (tools && (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(tools, 'arg_constraints') && tools.arg_constraints !== null) {
        const ac = tools.arg_constraints;
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(ac))
            ctx.error(['tools', 'arg_constraints'], 'tools.arg_constraints must be a mapping of tool name to JSON Schema');
        else {
            for (const [tool, schema] of Object.entries(ac)) {
                const path = ['tools', 'arg_constraints', tool];
                if (!isSchema(schema)) {
                    ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(path)} must be a JSON Schema (a mapping or a boolean)`);
                    continue;
                }
                pending.push({ tool, origin: 'tools.arg_constraints', schema, path, userWritten: true, atKey: true });
            }
        }
    }
    parseConstraints(ctx, root.constraints, pending);
    if (tools && (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(tools, 'require_args') && tools.require_args !== null) {
        const ra = tools.require_args;
        if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(ra))
            ctx.error(['tools', 'require_args'], 'tools.require_args must be a mapping of tool name to a list of argument names');
        else {
            for (const [tool, names] of Object.entries(ra)) {
                const path = ['tools', 'require_args', tool];
                if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
                    ctx.error(path, `${(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(path)} must be a list of strings`);
                    continue;
                }
                // "adds required to schemas.T, creating {type: object} if needed".
                const exists = pending.some((p) => p.tool === tool);
                const schema = exists ? { required: names } : { type: 'object', required: names };
                pending.push({ tool, origin: 'tools.require_args', schema, path, userWritten: false, atKey: true });
            }
        }
    }
    const compiler = new _schema_js__WEBPACK_IMPORTED_MODULE_1__/* .SchemaCompiler */ .Vn();
    const byTool = new Map();
    for (const src of pending) {
        const label = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .renderPath */ .i7)(src.path);
        if (src.userWritten && !reportStatic(ctx, src.path, src.schema, label))
            continue;
        const schema = src.userWritten ? mergeShared(ctx, src, sharedDefs) : src.schema;
        const c = compiler.compile(schema, { generated: !src.userWritten });
        if (!c.ok) {
            const at = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(src.schema) && (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .has */ .zy)(src.schema, '$schema') && c.reason.startsWith('unsupported $schema') ? [...src.path, '$schema'] : src.path;
            ctx.error(at, `${label}: ${c.reason}`, { key: at === src.path && src.atKey });
            continue;
        }
        const source = { origin: src.origin, schema };
        const ref = ctx.ref(src.path, src.atKey);
        if (ref)
            source.ref = ref;
        const patternRefs = src.patternRefs ?? (src.userWritten ? propertyPatternRefs(ctx, src.path, src.schema) : undefined);
        if (patternRefs && Object.keys(patternRefs).length > 0)
            source.patternRefs = patternRefs;
        const list = byTool.get(src.tool) ?? [];
        list.push({ source, validate: c.validate });
        byTool.set(src.tool, list);
    }
    const schemas = new Map();
    for (const [tool, list] of byTool) {
        const validators = list.map((l) => l.validate);
        const sources = list.map((l) => l.source);
        const validate = validators.length === 1
            ? (args) => (0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .runValidator */ .Wq)(validators[0], args)
            : (args) => {
                const out = [];
                for (const v of validators)
                    out.push(...(0,_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .runValidator */ .Wq)(v, args));
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
/** The documented keys of each rule kind (besides `type` and the rule labels id/description/title/x-*). */
const RULE_KEYS = {
    require: ['tool'],
    blocklist: ['pattern'],
    before: ['first', 'then'],
    never_after: ['trigger', 'forbidden'],
    max_calls: ['tool', 'max'],
    eventually: ['tool', 'within'],
    after: ['trigger', 'then', 'within'],
    sequence: ['tools', 'strict'],
};
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
        ctx.checkKeys(path, value, ['tool', 'args_match']);
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
                const c = (0,_regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .compileRegex */ .DL)(pat);
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
    ctx.checkKeys(path, raw, ['type', ...RULE_KEYS[kind]], { rule: true });
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
    const ctx = new _load_context_js__WEBPACK_IMPORTED_MODULE_1__/* .LoadContext */ .ID(file, opts.source, [], opts.code ?? 'E_POLICY_PARSE', opts.lenient === true);
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
    ctx.checkKeys(path, value, keys);
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
/** `tools` plus root `allow`/`deny` appended. */
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
            ctx.checkKeys(['tools'], tools, TOOLS_KEYS);
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

/***/ 5020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  gY: () => (/* binding */ POLICY_MAX_BYTES),
  yv: () => (/* binding */ ROOT_KEYS),
  n$: () => (/* binding */ loadPolicyFile),
  ON: () => (/* binding */ parsePolicy),
  H6: () => (/* binding */ policyAssertsNothing),
  i0: () => (/* binding */ policyFromValue)
});

// UNUSED EXPORTS: isPolicyDocument

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/policy/engine.ts
var engine = __webpack_require__(1178);
// EXTERNAL MODULE: ./src/core/policy/load-context.ts
var load_context = __webpack_require__(2670);
;// CONCATENATED MODULE: ./src/core/policy/load-runtime.ts

/** Unknown keys are errors (warnings when lenient): a typo could silently drop a limit or a rule. */
function closedKeys(ctx, path, obj, allowed, rule = false) {
    ctx.checkKeys(path, obj, allowed, { rule });
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
    closedKeys(ctx, path, d, ['enabled', 'methods', 'output', 'on_findings']);
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
            closedKeys(ctx, [...path, 'on_findings'], f, ['unmanaged_server', 'no_auth']);
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
    closedKeys(ctx, path, m, ['path_globs', 'dest_globs', 'not']);
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
    closedKeys(ctx, path, rm, ['enabled', 'provider', 'rules']);
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
                closedKeys(ctx, rp, r, ['id', 'type', 'match', 'severity', 'action'], true);
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
    closedKeys(ctx, path, ks, ['enabled', 'mode', 'grace_period_ms', 'kill_children', 'capture_state', 'output_dir', 'triggers']);
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
                closedKeys(ctx, tp, t, ['on_rule', 'mode'], true);
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

// EXTERNAL MODULE: ./src/core/policy/load-schemas.ts
var load_schemas = __webpack_require__(853);
// EXTERNAL MODULE: ./src/core/policy/load-sequences.ts
var load_sequences = __webpack_require__(2167);
// EXTERNAL MODULE: ./src/core/policy/load-tools.ts
var load_tools = __webpack_require__(3598);
// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(8085);
;// CONCATENATED MODULE: ./src/core/policy/load.ts
// The one policy loader: v2, the README short form and legacy v1 → one model.
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
/** Keys that make a YAML/JSON document a policy; `tests`/`suite` make it an eval config. */
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
        text = (0,read_text/* readTextStrict */.hr)(path, displayPath, 'E_POLICY_PARSE', { source: 'policy', nextStepValues: { 'policy.yaml': displayPath } });
    }
    catch (e) {
        if (e instanceof errors/* AssayError */.WV)
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
    const ctx = new load_context/* LoadContext */.ID(file, source, opts.basePath ?? [], 'E_POLICY_PARSE', opts.lenient === true);
    const data = buildPolicyData(ctx, value, opts);
    const errors = ctx.diagnostics.filter((d) => d.severity === 'error');
    const warnings = (0,load_context/* sortByPosition */.Jr)(ctx.diagnostics.filter((d) => d.severity !== 'error'));
    if (errors.length > 0 || !data)
        throw loadError(file, [...(0,load_context/* sortByPosition */.Jr)(errors), ...warnings]);
    return { policy: (0,engine/* createPolicy */.B)(data), diagnostics: warnings };
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
    ctx.checkKeys([], root, ROOT_KEYS);
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
    const { schemas, sharedDefs } = (0,load_schemas/* parseSchemas */.a)(ctx, root);
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
    // Warnings validate shows.
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
 * A policy used as a gate that asserts nothing: no deny, no non-universal allow, no
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


/***/ }),

/***/ 9188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ identityOf),
/* harmony export */   d: () => (/* binding */ pinDrift)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2995);
/* harmony import */ var _load_context_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2670);
// tool_pins: a tool's identity is {server_id, tool_name, schema_hash,
// meta_hash} with schema_hash = sha256(JCS(inputSchema ?? null)), meta_hash = sha256(description ?? "").



const sha256 = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s, 'utf8').digest('hex');
/**
 * The identity carried by `definition`: either an observed identity (has `schema_hash`) or a tool
 * definition (`meta.tool_definitions` entry or an MCP tools/list record). null when unusable.
 */
function identityOf(definition, fallbackName) {
    if (!(0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(definition))
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
    const ti = (0,_load_context_js__WEBPACK_IMPORTED_MODULE_2__/* .isPlainObject */ .Qd)(d.tool_identity) ? d.tool_identity : undefined;
    const serverId = typeof d.server_id === 'string' ? d.server_id : typeof ti?.server_id === 'string' ? ti.server_id : null;
    const schema = d.input_schema !== undefined ? d.input_schema : d.inputSchema !== undefined ? d.inputSchema : null;
    let schemaHash;
    try {
        schemaHash = sha256((0,_jcs_js__WEBPACK_IMPORTED_MODULE_1__/* .canonicalize */ .dw)(schema));
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


/***/ }),

/***/ 3616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   KK: () => (/* binding */ SequenceTracker),
/* harmony export */   iz: () => (/* binding */ evaluateSequenceRules)
/* harmony export */ });
/* unused harmony export isBlockingRule */
/* harmony import */ var _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(665);
// Sequence rules as incremental trackers with O(rules) state: no per-call history is
// kept, so the same code serves the proxy (probe before admitting a call) and replay (feed every
// call, read the outcome after the last one).

const q = (s) => JSON.stringify(s);
const held = (spanned) => ({ status: 'held', spanned, reason: null, call_index: null });
/** Kinds that block a call in incremental mode. */
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
    /** A selector's args_match regex could not check an argument (too long for its work bound). */
    unverifiable = null;
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
                let v;
                try {
                    v = sel.matches(this.name, this.args);
                }
                catch (e) {
                    if (!(e instanceof _regex_re2_js__WEBPACK_IMPORTED_MODULE_0__/* .RegexBudgetError */ .$t))
                        throw e;
                    // Counted as a match (a forbidding rule then blocks), and flagged so the engine fails closed.
                    v = true;
                    self.unverifiable = sel;
                }
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
    /** The selector that could not be checked for the last call (then cleared), or null. */
    takeUnverifiable() {
        const s = this.unverifiable;
        this.unverifiable = null;
        return s;
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


/***/ }),

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   a9: () => (/* binding */ matchToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony export hasLiteralStar */
// The tool-name pattern language, the same everywhere: allow/deny, obligation lists,
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

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points, from a UTF-16 based line/col pair. */
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
