export const id = 441;
export const ids = [441];
export const modules = {

/***/ 1724:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J$: () => (/* binding */ discoverProject),
/* harmony export */   LG: () => (/* binding */ searchedText),
/* harmony export */   WG: () => (/* binding */ discoverTraces),
/* harmony export */   pS: () => (/* binding */ shownPath)
/* harmony export */ });
/* unused harmony exports CONFIG_NAMES, POLICY_NAME, CONFIG_ENV, repositoryRoot, searchDirs, findDefaultConfig, findDefaultTraces */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4920);
// Where a command finds the project's config, policy and traces when the user names none. ONE module for
// every command (run, ci, validate, doctor, coverage, explain, mcp wrap), so they all find what
// `assay init` wrote. The rules are documented in docs/getting-started.md ("How commands find your files").




/** Eval-config names, in search order; a config that is itself a policy document is used as the policy. */
const CONFIG_NAMES = ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'];
/** The policy beside the config (what `assay init` writes). */
const POLICY_NAME = 'policy.yaml';
/** Environment variable naming the config file; it overrides the search. */
const CONFIG_ENV = 'ASSAY_CONFIG';
function isFile(p) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isFile();
    }
    catch {
        return false;
    }
}
/** The repository root above `cwd` (the first directory holding `.git`), or undefined outside a repository. */
function repositoryRoot(cwd) {
    let d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    for (;;) {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(d, '.git')))
            return d;
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d);
        if (up === d)
            return undefined;
        d = up;
    }
}
/**
 * The directories searched, nearest first: from `cwd` up to the repository root (inclusive). Outside a
 * repository only `cwd` itself: walking to `/` could pick up an unrelated file in a home directory.
 */
function searchDirs(cwd) {
    const start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd);
    const root = repositoryRoot(start);
    if (root === undefined)
        return [start];
    const out = [];
    for (let d = start;; d = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d)) {
        out.push(d);
        if (d === root || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(d) === d)
            break;
    }
    return out;
}
function policyKind(path) {
    try {
        return (0,_src_core_gate_config_kind_js__WEBPACK_IMPORTED_MODULE_3__/* .detectKind */ .i_)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8'), path) === 'policy';
    }
    catch {
        // Unreadable or not YAML: let the command's own loader report it with positions.
        return false;
    }
}
function around(dir, config, via) {
    const isPolicy = config !== undefined && policyKind(config);
    const besidePolicy = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(config !== undefined ? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(config) : dir, POLICY_NAME);
    const policy = isPolicy ? config : isFile(besidePolicy) ? besidePolicy : undefined;
    return { dir, ...(config !== undefined ? { config } : {}), ...(policy !== undefined ? { policy } : {}), configIsPolicy: isPolicy, via };
}
/**
 * Find the project's files. `ASSAY_CONFIG` (resolved against `cwd`) wins and must exist; otherwise the
 * nearest directory (cwd up to the repository root) holding a config name or `policy.yaml`.
 * Undefined when nothing is found.
 */
function discoverProject(cwd, env = process.env) {
    const fromEnv = env[CONFIG_ENV];
    if (fromEnv !== undefined && fromEnv !== '') {
        const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd, fromEnv);
        if (!isFile(abs)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_MISSING_CONFIG', `${fromEnv}: config file not found (named by ${CONFIG_ENV})`, {
                source: 'config',
                context: { file: fromEnv },
                diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: `config file not found (named by ${CONFIG_ENV})`, file: fromEnv, source: 'config' }],
            });
        }
        return around((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(abs), abs, 'env');
    }
    for (const dir of searchDirs(cwd)) {
        const name = CONFIG_NAMES.find((n) => isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, n)));
        if (name !== undefined)
            return around(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, name), 'search');
        if (isFile((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, POLICY_NAME)))
            return around(dir, undefined, 'search');
    }
    return undefined;
}
/** A path as the user typed it would be: relative to `cwd`, POSIX separators. */
function shownPath(abs, cwd) {
    const r = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd), abs);
    const p = r === '' ? '.' : r;
    return node_path__WEBPACK_IMPORTED_MODULE_1__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** What was searched, for "not found" messages. */
function searchedText(cwd) {
    const dirs = searchDirs(cwd);
    const names = [...CONFIG_NAMES, POLICY_NAME].join(', ');
    const where = dirs.length === 1 ? 'the working directory' : `${dirs.length} directories up to the repository root`;
    return `no ${names} in ${where}, and ${CONFIG_ENV} is not set`;
}
/** Back-compat: the config file name the search finds in `cwd` only (no walk). */
function findDefaultConfig(cwd) {
    return CONFIG_NAMES.find((f) => isFile(join(cwd, f)));
}
/** trace.jsonl, else traces/*.jsonl, else .assay/traces/*.jsonl (all matches, in name order). */
function findDefaultTraces(cwd) {
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, 'trace.jsonl')))
        return ['trace.jsonl'];
    for (const dir of ['traces', '.assay/traces']) {
        let names = [];
        try {
            names = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(cwd, dir)).filter((n) => n.endsWith('.jsonl'));
        }
        catch {
            continue;
        }
        if (names.length)
            return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${dir}/${n}`);
    }
    return [];
}
/**
 * Default traces for a discovered project: searched in `cwd` first, then in the project directory when
 * that is another one. Returned as paths relative to `cwd`.
 */
function discoverTraces(cwd, project) {
    const here = findDefaultTraces(cwd);
    if (here.length || project === undefined || (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(project.dir) === (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(cwd))
        return here;
    return findDefaultTraces(project.dir).map((t) => shownPath((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(project.dir, t), cwd));
}


/***/ }),

/***/ 6812:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X: () => (/* binding */ expandTraceArgs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/core/util/paths.ts
var paths = __webpack_require__(3480);
;// CONCATENATED MODULE: ./src/core/util/glob.ts
// Glob expansion without a shell, one implementation for the CLI and the action (docs/globs.md).
// Matching is picomatch's (`*`, `?`, `[…]`, `**`, `{a,b}`, extglobs); this file walks the file system:
// only regular files match, `**` does not descend into `.git` or `node_modules` unless the pattern names
// them, a `!pattern` excludes what it matches from the union, and with `confine` a match whose real path
// leaves the root is refused (never followed). Results are absolute paths, sorted by their root-relative
// POSIX form (code-unit order) and de-duplicated, so the same tree gives the same list on every OS.




const SKIP_UNDER_WILDCARD = new Set(['.git', 'node_modules']);
const DEFAULT_MAX_ENTRIES = 2_000_000;
/**
 * Patterns are POSIX-style; `\` is read as a separator too, so Windows users may write either, and the
 * shell's `[!…]` class is read as picomatch's `[^…]`.
 */
function normalise(pattern) {
    return pattern.replace(/\\/g, '/').replace(/\[!/g, '[^');
}
/** Does the pattern need expanding (a wildcard, a brace set, or a `!` exclude)? */
function hasMagic(pattern) {
    const p = normalise(pattern);
    return p.startsWith('!') || picomatch_default().scan(p).isGlob;
}
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function rel(root, abs) {
    return (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(root, abs)) || '.';
}
/** Expand include and `!exclude` patterns relative to `root`. */
function expandGlobs(patterns, root, opts = {}) {
    const rootAbs = (0,external_node_path_.resolve)(root);
    let realRoot = rootAbs;
    try {
        realRoot = (0,external_node_fs_.realpathSync)(rootAbs);
    }
    catch {
        /* a missing root matches nothing below */
    }
    const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
    let entries = 0;
    let truncated = false;
    const refused = new Set();
    const all = new Set();
    const counts = [];
    const includes = [];
    // Excludes match the root-relative path (or the absolute one, for an absolute pattern), so characters of
    // the root's own name are never read as wildcards.
    const excludes = [];
    for (const raw of patterns) {
        const p = normalise(raw);
        if (p.startsWith('!')) {
            const body = p.slice(1).replace(/^\.\//, '');
            excludes.push({ absolute: (0,external_node_path_.isAbsolute)(body), match: picomatch_default()(body, { dot: true }) });
        }
        else
            includes.push(p);
    }
    const excluded = (abs) => excludes.some((x) => x.match(x.absolute ? (0,paths/* toPosix */.d7)(abs) : rel(rootAbs, abs)));
    const outside = (real) => opts.confine === true && !(0,paths/* containedIn */.xK)(realRoot, real);
    /** A regular file that may be returned (refused when its real path leaves the root). */
    const acceptFile = (abs, found) => {
        let real;
        try {
            real = (0,external_node_fs_.realpathSync)(abs);
        }
        catch {
            return;
        }
        if (outside(real)) {
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
    const list = (dir) => {
        if (truncated)
            return [];
        let ds;
        try {
            ds = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
        }
        catch {
            return [];
        }
        entries += ds.length;
        if (entries > maxEntries)
            truncated = true;
        return ds.sort((a, b) => byCodeUnit(a.name, b.name));
    };
    for (const pattern of includes) {
        const found = new Set();
        const scan = picomatch_default().scan(pattern);
        if (!scan.isGlob) {
            acceptFile((0,external_node_path_.resolve)(rootAbs, pattern), found);
        }
        else {
            const base = (0,external_node_path_.resolve)(rootAbs, scan.base || '.');
            const glob = scan.glob;
            const match = picomatch_default()(glob, { dot: false });
            const globstar = glob.includes('**');
            const maxDepth = globstar ? Infinity : glob.split('/').length;
            // Directories a pattern names explicitly (`node_modules/x/*`) are entered; wildcards skip them.
            const named = new Set(glob.split('/').filter((s) => !picomatch_default().scan(s).isGlob));
            const seenDirs = new Set();
            const walk = (dir, depth) => {
                let realDir;
                try {
                    realDir = (0,external_node_fs_.realpathSync)(dir);
                }
                catch {
                    return;
                }
                if (seenDirs.has(realDir))
                    return; // symlink cycles
                seenDirs.add(realDir);
                for (const d of list(dir)) {
                    const abs = (0,external_node_path_.join)(dir, d.name);
                    const relToBase = (0,paths/* toPosix */.d7)((0,external_node_path_.relative)(base, abs));
                    let isDir = d.isDirectory();
                    let isFileLike = d.isFile();
                    if (d.isSymbolicLink()) {
                        try {
                            const real = (0,external_node_fs_.realpathSync)(abs);
                            const st = (0,external_node_fs_.statSync)(real);
                            isDir = st.isDirectory();
                            isFileLike = st.isFile();
                            if (isDir && outside(real))
                                continue; // never walk out through a link
                        }
                        catch {
                            continue;
                        }
                    }
                    if (isDir) {
                        if (depth + 1 < maxDepth && (!SKIP_UNDER_WILDCARD.has(d.name) || named.has(d.name)))
                            walk(abs, depth + 1);
                    }
                    else if (isFileLike && match(relToBase)) {
                        acceptFile(abs, found);
                    }
                }
            };
            walk(base, 0);
        }
        let n = 0;
        for (const f of found) {
            if (excluded(f))
                continue;
            n++;
            all.add(f);
        }
        counts.push(n);
    }
    const files = [...all].sort((a, b) => byCodeUnit(rel(rootAbs, a), rel(rootAbs, b)));
    return { files, refused: [...refused].sort(byCodeUnit), counts, truncated };
}
/** Is `path` (absolute, or relative to `root`) matched by one of the `!exclude` patterns? */
function isExcluded(path, patterns, root) {
    const abs = (0,external_node_path_.resolve)(root, normalise(path));
    return patterns.some((raw) => {
        const p = normalise(raw);
        if (!p.startsWith('!'))
            return false;
        const body = p.slice(1).replace(/^\.\//, '');
        return picomatch_default()(body, { dot: true })((0,external_node_path_.isAbsolute)(body) ? (0,paths/* toPosix */.d7)(abs) : rel((0,external_node_path_.resolve)(root), abs));
    });
}
/** One pattern (see expandGlobs). */
function expandGlob(pattern, root, opts = {}) {
    return expandGlobs([pattern], root, opts);
}

// EXTERNAL MODULE: ./cli/paths.ts
var cli_paths = __webpack_require__(639);
;// CONCATENATED MODULE: ./cli/trace-args.ts
// Trace arguments as users give them: paths or globs (quoted, or from shells that do not expand, such as
// Windows'), with `**`, `{a,b}` and `!exclude` entries, expanded by the one glob module the action uses.


/**
 * Paths stay as given (a missing one is the gate's E_TRACE_NOT_FOUND); a glob contributes its matches,
 * or itself when it matches nothing, so the error names the pattern. `!pattern` excludes from the rest.
 */
function expandTraceArgs(given) {
    const entries = given ?? [];
    const excludes = entries.filter((e) => e.startsWith('!'));
    const cwd = process.cwd();
    const out = [];
    const seen = new Set();
    const add = (ref) => {
        if (seen.has(ref.path))
            return;
        seen.add(ref.path);
        out.push(ref);
    };
    for (const e of entries) {
        if (e.startsWith('!'))
            continue;
        if (e === '-' || !hasMagic(e)) {
            if (!isExcluded(e, excludes, cwd))
                add((0,cli_paths/* fileRef */.M)(e));
            continue;
        }
        const r = expandGlobs([e, ...excludes], cwd);
        if (r.files.length === 0)
            add((0,cli_paths/* fileRef */.M)(e));
        for (const f of r.files)
            add((0,cli_paths/* fileRef */.M)(f));
    }
    return out;
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
/* harmony import */ var _report_message_cap_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3436);
/* harmony import */ var _report_junit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6490);


function newPolicyGate(policy, policyUri, sink) {
    return {
        policy,
        policyUri,
        ...(sink ? { sink } : {}),
        drafts: [],
        perTrace: new Map(),
        unconstrained: new Map(),
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
    let b = m.get(element);
    if (!b) {
        b = { errors: 0, warnings: 0, notes: 0, sample: [] };
        m.set(element, b);
    }
    return b;
}
/** Hand one finding to the sink (or collect the draft) and note it in its JUnit bucket. */
function emit(state, uri, element, d) {
    const f = state.sink ? state.sink.add(d) : (state.drafts.push(d), d);
    const b = bucket(state, uri, element);
    const before = d.level === 'error' ? b.errors++ : d.level === 'warning' ? b.warnings++ : b.notes++;
    if (before < _report_junit_js__WEBPACK_IMPORTED_MODULE_0__/* .MAX_POLICY_LINES */ .A)
        b.sample.push(f);
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
        // The head repeats across calls (made safe once, safe-memo.ts); the call number is the plain tail.
        message: decisionMessage(d, call.tool_name),
        message_tail: ` (call #${call.index})`,
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
        message: (0,_report_message_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .capMessage */ .W)(`Sequence rule ${s.rule_id} violated${s.reason ? `: ${s.reason}` : ''}`),
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
        if (d.code === 'E_TOOL_UNCONSTRAINED' && state.sink) {
            // One finding per tool (sink mode; collect-mode callers such as coverage keep one per call): the first call locates it, later calls only count (emitted at the end).
            const key = `${call.tool_name}\n${d.rule ?? ''}\n${d.decision}`;
            const u = state.unconstrained.get(key);
            if (u)
                u.count++;
            else
                state.unconstrained.set(key, { draft: callFinding(state, entry, call, d, testId), count: 1, element: d.element ?? 'policy' });
            continue;
        }
        emit(state, call.pos.file, d.element ?? 'policy', callFinding(state, entry, call, d, testId));
    }
    for (const s of session.finish()) {
        if (s.status === 'not_exercised')
            continue;
        state.sequenceExercised[s.index] = true;
        if (s.status !== 'violated')
            continue;
        state.denied++;
        emit(state, entry.file, `sequences[${s.index}]`, sequenceFinding(state, entry, s, testId));
    }
    session.collectExercised(state.exercised);
}
/** End of all traces: one note per sequence rule that no entry exercised. */
function finishPolicyGate(state) {
    // One E_TOOL_UNCONSTRAINED per tool, at its first call, with the number of calls (docs/findings.md).
    // Its fingerprint names the tool and rule, not the entry of its first call.
    for (const u of state.unconstrained.values()) {
        const d = u.draft;
        const calls = u.count === 1 ? '1 call' : `${u.count} calls`;
        // The count replaces the first call's number: no per-call tail on this one.
        const head = { ...d };
        delete head.message_tail;
        emit(state, d.location.uri, u.element, {
            ...head,
            message: (0,_report_message_cap_js__WEBPACK_IMPORTED_MODULE_1__/* .capMessage */ .W)(`${decisionMessage({ code: 'E_TOOL_UNCONSTRAINED', decision: d.level === 'error' ? 'deny' : 'allow_with_warning', rule: d.policy_rule }, d.tool ?? '')} (${calls}; first: call #${d.call_index ?? 0})`),
            count: u.count,
            subject: state.policyUri,
        });
    }
    state.unconstrained.clear();
    state.policy.sequences.forEach((rule, i) => {
        if (state.sequenceExercised[i])
            return;
        const note = {
            rule_id: 'policy/W_RULE_NOT_EXERCISED',
            level: 'note',
            source: 'policy',
            message: `Sequence rule ${rule.ruleId} was exercised by no entry`,
            policy_rule: rule.rule,
            location: { uri: state.policyUri, line: rule.ref?.line ?? 1, col: rule.ref?.col ?? 1 },
            subject: state.policyUri,
            detail: rule.ruleId,
        };
        if (state.sink)
            state.sink.add(note);
        else
            state.drafts.push(note);
    });
}


/***/ }),

/***/ 949:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EG: () => (/* binding */ DiagnosticSampler),
/* harmony export */   Fr: () => (/* binding */ policySuitesOf),
/* harmony export */   sz: () => (/* binding */ finalizeGate),
/* harmony export */   tb: () => (/* binding */ loadPolicy),
/* harmony export */   yg: () => (/* binding */ configFindingDrafts),
/* harmony export */   yo: () => (/* binding */ gateTraces)
/* harmony export */ });
/* unused harmony export MAX_TRACE_DIAGNOSTICS_PER_CODE */
/* harmony import */ var _policy_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1490);
/* harmony import */ var _trace_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5750);
/* harmony import */ var _report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6825);
/* harmony import */ var _report_message_cap_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3436);
/* harmony import */ var _policy_gate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(21);
// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.





function loadPolicy(path, display, opts) {
    const r = opts.text !== undefined ? (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePolicy */ .ON)(opts.text, display, opts) : (0,_policy_index_js__WEBPACK_IMPORTED_MODULE_0__/* .loadPolicyFile */ .n$)(path, display, opts);
    return { policy: r.policy, display, warnings: r.diagnostics };
}
/**
 * Stream `traces` through the gate. `onEntry` sees every completed entry first (eval binding); it returns
 * the test id bound to the entry, if any, so policy findings name it. A file with no record is fatal here
 * as in every command (readTraceInput).
 */
async function gateTraces(loaded, traces, opts) {
    const state = (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .newPolicyGate */ .mu)(loaded.policy, loaded.display, opts.sink);
    const sampler = new DiagnosticSampler();
    const stats = await (0,_trace_index_js__WEBPACK_IMPORTED_MODULE_1__.readTraceInput)(traces.map((t) => ({ path: t.path, displayPath: t.display })), {
        onEntry(entry) {
            const testId = opts.onEntry?.(entry);
            (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .gateEntry */ .Cd)(state, entry, testId);
        },
        onDiagnostic(d) {
            sampler.add(d);
        },
    }, { strict: opts.strict ?? false, retainCalls: true });
    (0,_policy_gate_js__WEBPACK_IMPORTED_MODULE_3__/* .finishPolicyGate */ .DQ)(state);
    return { state, stats, traceDiagnostics: sampler.list() };
}
/** Trace diagnostics kept per code (skipped lines, unknown types); the rest are counted (docs/findings.md). */
const MAX_TRACE_DIAGNOSTICS_PER_CODE = 1000;
/**
 * Bounded trace diagnostics: the first MAX_TRACE_DIAGNOSTICS_PER_CODE of each code in arrival order (messages
 * capped), then one diagnostic per code saying how many more there were. A trace of a million bad lines
 * costs the same memory as one of a thousand; the exact numbers are in the trace stats.
 */
class DiagnosticSampler {
    max;
    kept = [];
    perCode = new Map();
    constructor(max = MAX_TRACE_DIAGNOSTICS_PER_CODE) {
        this.max = max;
    }
    add(d) {
        const c = this.perCode.get(d.code);
        if (c === undefined)
            this.perCode.set(d.code, { first: d, n: 1 });
        else
            c.n++;
        if ((c?.n ?? 1) <= this.max)
            this.kept.push({ ...d, message: (0,_report_message_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .capMessage */ .W)(d.message) });
    }
    /** The kept diagnostics, then one `… and N more` per code that went over the cap. */
    list() {
        const out = [...this.kept];
        for (const [code, c] of this.perCode) {
            if (c.n <= this.max)
                continue;
            const more = c.n - this.max;
            out.push({
                code,
                severity: c.first.severity,
                ...(c.first.source !== undefined ? { source: c.first.source } : {}),
                message: `… and ${more} more ${code} (not listed; the first ${this.max} are)`,
                ...(c.first.file !== undefined ? { file: c.first.file } : {}),
            });
        }
        return out;
    }
}
/** Policy load warnings become `config/<CODE>` findings at their own position. */
function configFindingDrafts(diags) {
    return diags
        .filter((d) => d.severity !== 'error')
        .map((d) => ({
        rule_id: `config/${d.code}`,
        level: d.severity,
        source: 'config',
        message: (0,_report_message_cap_js__WEBPACK_IMPORTED_MODULE_4__/* .capMessage */ .W)(d.message),
        location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
        subject: d.file ?? '',
        detail: `${d.code}|${typeof d.context?.['path'] === 'string' ? d.context['path'] : d.message}`,
    }));
}
/**
 * JUnit policy suites, one per trace file, from the gate's per-element buckets: exact counts and
 * the first findings of each level. `toFinding` maps a collected draft to its finding (collect mode).
 */
function policySuitesOf(run, traces, toFinding = (x) => ('fingerprint' in x ? x : undefined)) {
    const { state } = run;
    return traces.map((t) => {
        const perElement = state.perTrace.get(t.display);
        const cases = state.policy.elements.map((el) => {
            const b = perElement?.get(el.id);
            const list = (b?.sample ?? []).map(toFinding).filter((f) => f !== undefined);
            const hit = b !== undefined && b.errors + b.warnings + b.notes > 0;
            const exercised = el.kind === 'sequence' ? state.sequenceExercised[Number(/\d+/.exec(el.id)?.[0])] === true : state.exercised.has(el.id) || hit;
            return { name: el.name, findings: list, errorCount: b?.errors ?? 0, warningCount: b?.warnings ?? 0, exercised };
        });
        return { name: `policy:${t.display}`, cases };
    });
}
/** Finalize all drafts (config + gate, collect mode) into sorted findings, and build the JUnit policy suites. */
function finalizeGate(drafts, run, traces, opts = {}) {
    const findings = (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finalizeFindings */ .jj)(drafts, opts);
    let policySuites = [];
    if (run) {
        const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
        const fpList = (0,_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .draftFingerprints */ .Bm)(drafts);
        const fps = new Map(drafts.map((d, i) => [d, fpList[i]]));
        policySuites = policySuitesOf(run, traces, (x) => ('fingerprint' in x ? x : byFp.get(fps.get(x) ?? '')));
    }
    return { findings, policySuites };
}


/***/ }),

/***/ 6490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ MAX_POLICY_LINES),
/* harmony export */   P: () => (/* binding */ buildJunit)
/* harmony export */ });
/* harmony import */ var _render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1103);
// JUnit XML, written by hand so attribute order and bytes are fixed: one suite per config and
// one per trace file decided by the policy gate; no timestamp, hostname or time unless timings are asked.

const MAX_POLICY_LINES = 50;
function attr(name, value) {
    return ` ${name}="${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlAttr */ .W6)(value)}"`;
}
function seconds(ms) {
    return ((ms ?? 0) / 1000).toFixed(3);
}
function testcase(classname, name, body, timings, ms) {
    const time = timings ? attr('time', seconds(ms)) : '';
    return `    <testcase${attr('classname', classname)}${attr('name', name)}${time}>${body}</testcase>`;
}
function rowCase(suite, row, timings) {
    const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(row.message);
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
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`WARNING: ${m}`)}</system-out>`;
            break;
        case 'flaky':
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`FLAKY: ${m}`)}</system-out>`;
            break;
        case 'unstable':
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`UNSTABLE: ${m}`)}</system-out>`;
            break;
        case 'fail': {
            kind = 'failure';
            const lines = (row.details ?? []).map((l) => (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(l)).join('\n');
            body = `<failure${attr('message', m)}${attr('type', row.kind ?? 'fail')}>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(lines)}</failure>`;
            break;
        }
        case 'error':
            kind = 'error';
            body = `<error${attr('message', m)}${attr('type', row.run_error_kind ?? 'error')}/>`;
            break;
    }
    return { kind, xml: testcase(suite, row.test_id, body, timings, row.duration_ms) };
}
function findingLines(findings, total) {
    const shown = findings.slice(0, MAX_POLICY_LINES).map((f) => `${f.location.uri}:${f.location.line}: ${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(f.message)}`);
    if (total > shown.length)
        shown.push(`…and ${total - shown.length} more`);
    return shown.join('\n');
}
function policyCase(c, timings) {
    const errors = c.findings.filter((f) => f.level === 'error');
    const warnings = c.findings.filter((f) => f.level === 'warning');
    const nErrors = c.errorCount ?? errors.length;
    const nWarnings = c.warningCount ?? warnings.length;
    let body = '';
    let kind = 'pass';
    if (nErrors > 0 && errors.length > 0) {
        kind = 'failure';
        const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(`${nErrors} finding(s); first: ${errors[0].message}`);
        body = `<failure${attr('message', m)}>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(findingLines(errors, nErrors))}</failure>`;
    }
    else if (nWarnings > 0 && warnings.length > 0) {
        const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(`${nWarnings} finding(s); first: ${warnings[0].message}`);
        body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`WARNING: ${m}\n${findingLines(warnings, nWarnings)}`)}</system-out>`;
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


/***/ })

};
