export const id = 110;
export const ids = [110];
export const modules = {

/***/ 4655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DEFAULT_HOOK_TRACE: () => (/* binding */ DEFAULT_HOOK_TRACE),
  register: () => (/* binding */ register),
  runClaudeCodeHook: () => (/* binding */ runClaudeCodeHook)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/hook/claude-code.ts
// The Claude Code PreToolUse hook (docs/hooks.md): hook input JSON → one decision of the policy engine →
// the hook's JSON answer and a trace record. Pure: the caller reads stdin, loads the policy, writes files.

function bad(message) {
    const d = { code: 'E_INVALID_ARGS', severity: 'error', message, source: 'cli', file: '<stdin>' };
    return new errors/* InputError */.dz('E_INVALID_ARGS', `hook input: ${message}`, { source: 'cli', diagnostics: [d] });
}
/** Parses and checks the PreToolUse input; anything else is an InputError (the hook then denies). */
function parseHookInput(text) {
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw bad(`invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw bad('expected a JSON object');
    const o = v;
    const event = o.hook_event_name;
    if (event !== undefined && event !== 'PreToolUse')
        throw bad(`hook_event_name must be "PreToolUse", found ${JSON.stringify(event)}`);
    const tool = o.tool_name;
    if (typeof tool !== 'string' || tool === '')
        throw bad('"tool_name" must be a non-empty string');
    const input = o.tool_input ?? {};
    if (typeof input !== 'object' || input === null || Array.isArray(input))
        throw bad('"tool_input" must be an object');
    const session = o.session_id;
    if (session !== undefined && typeof session !== 'string')
        throw bad('"session_id" must be a string');
    const out = { session_id: session ?? '', tool_name: tool, tool_input: input };
    if (typeof o.tool_use_id === 'string')
        out.tool_use_id = o.tool_use_id;
    if (typeof o.cwd === 'string' && o.cwd !== '')
        out.cwd = o.cwd;
    if (typeof o.transcript_path === 'string')
        out.transcript_path = o.transcript_path;
    return out;
}
/** Policy decides on the tool name as Claude Code spells it (`Bash`, `Edit`, `mcp__<server>__<tool>`) and its
 *  `tool_input` as the arguments, so a Bash command is matched as the `command` argument. */
function callOf(input) {
    return { tool_name: input.tool_name, args: input.tool_input };
}
/** Whether deciding one call needs the session's earlier calls (sequence rules, limits). */
function needsHistory(policy) {
    return policy.sequences.length > 0 || policy.limits !== null;
}
/** A session that decides like `assay mcp wrap` but asks the user where the policy requires approval. */
function hookSession(policy) {
    return policy.newSession({ runtime: true, approvals: 'log-only', incremental: true });
}
/** Feeds an earlier call of the session (one that ran) so sequences and limits see it. */
function replayCall(session, call) {
    session.decide({ tool_name: call.tool_name, args: call.args }, { runtime: true, approvals: 'log-only', incremental: true, admitDenied: true });
}
function where(d) {
    const ref = d.ruleRef;
    const rule = d.rule ?? 'policy';
    return ref !== undefined ? `${rule} (${ref.file}:${ref.line})` : rule;
}
/** The engine's decision as the hook's answer: deny → deny; approval required or a warning → ask; else allow. */
function answerFor(d) {
    const base = `assay: ${d.reason} — ${where(d)}`;
    const violations = d.violations?.length ? `: ${d.violations.map((v) => `${v.path || '/'} ${v.message}`).join('; ')}` : '';
    if (d.decision === 'deny')
        return { permissionDecision: 'deny', reason: base + violations, decision: d };
    const approval = d.obligations?.find((o) => o.type === 'approval_required');
    if (approval !== undefined) {
        return { permissionDecision: 'ask', reason: `assay: the policy requires approval for ${d.tool} — ${approval.rule}`, decision: d };
    }
    if (d.decision === 'allow_with_warning')
        return { permissionDecision: 'ask', reason: base, decision: d };
    return { permissionDecision: 'allow', reason: base, decision: d };
}
/** Fail closed: a bad policy, bad input or an internal error is a deny that says why. */
function failClosed(why) {
    return { permissionDecision: 'deny', reason: `assay: denied because the hook could not decide: ${why}`, decision: undefined };
}
/** The documented PreToolUse JSON answer. */
function hookOutput(a) {
    return JSON.stringify({
        hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: a.permissionDecision, permissionDecisionReason: a.reason },
    });
}
/** Record type of a call the hook denied: it never ran, so a replay must not judge it as a call. */
const DENIED_RECORD_TYPE = 'assay.hook_denied';
/**
 * One trace line for the decision. Calls that may run (allow, ask) are plain `call_tool` records grouped by
 * session (`episode_id`), so the session replays in CI like any trace; a denied call is a line of its own
 * type, which the reader counts as ignored.
 */
function traceRecord(input, a, timestampMs) {
    const d = a.decision;
    const common = {
        episode_id: input.session_id !== '' ? input.session_id : 'claude-code',
        tool: input.tool_name,
        args: input.tool_input,
        ...(input.tool_use_id !== undefined ? { id: input.tool_use_id } : {}),
        timestamp: timestampMs,
        decision: a.permissionDecision,
        reason: a.reason,
        ...(d?.code ? { code: d.code } : {}),
        ...(d?.rule ? { rule: d.rule } : {}),
    };
    return JSON.stringify(a.permissionDecision === 'deny' ? { type: DENIED_RECORD_TYPE, ...common } : { type: 'call_tool', ...common });
}
/** Earlier calls of `sessionId` in a trace written by `traceRecord` (denied ones excluded). */
function sessionCalls(traceText, sessionId) {
    const out = [];
    const id = sessionId !== '' ? sessionId : 'claude-code';
    for (const line of traceText.split('\n')) {
        if (!line.includes(id))
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (typeof v !== 'object' || v === null)
            continue;
        const o = v;
        if (o.type === 'call_tool' && o.episode_id === id && typeof o.tool === 'string')
            out.push({ tool_name: o.tool, args: o.args ?? {} });
    }
    return out;
}

// EXTERNAL MODULE: ./src/core/policy/load.ts + 1 modules
var load = __webpack_require__(5020);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
// EXTERNAL MODULE: ./cli/discover.ts
var discover = __webpack_require__(1724);
;// CONCATENATED MODULE: ./cli/commands/hook.ts
// `assay hook claude-code` (docs/hooks.md): the Claude Code PreToolUse hook. One process per tool call, so
// it loads only the policy engine. It never fails open: bad input, a bad or missing policy, an unwritable
// trace or an internal error is a deny with the reason, and exit 2, which Claude Code treats as blocking
// even where it ignores the JSON.







const DEFAULT_HOOK_TRACE = '.assay/traces/claude-code.jsonl';
function register(program) {
    const hook = program.command('hook').description('Decide a coding agent\'s tool calls with the policy (runs as the agent\'s hook)');
    hook
        .command('claude-code')
        .description('Claude Code PreToolUse hook: reads the hook JSON on stdin, answers allow/deny/ask on stdout')
        .option('--policy <path>', 'policy file (default: the project\'s policy, found as `assay run` finds it)')
        .option('--trace-out <path>', `append each decision to this trace (default: ${DEFAULT_HOOK_TRACE} in the project)`)
        .option('--no-trace', 'do not write the trace')
        .action((flags) => {
        process.exitCode = runClaudeCodeHook(flags, readStdin, Date.now());
    });
}
function readStdin() {
    return (0,external_node_fs_.readFileSync)(0, 'utf8');
}
function message(e) {
    if (e instanceof errors/* AssayError */.WV) {
        const d = e.diagnostics.find((x) => x.severity === 'error');
        const at = d?.file !== undefined ? `${d.file}${d.line !== undefined ? `:${d.line}` : ''}: ` : '';
        return `${e.reasonCode}: ${at}${d?.message ?? e.message}`;
    }
    return `E_INTERNAL: ${e instanceof Error ? e.message : String(e)}`;
}
/** The hook's answer and exit code: 0 for a policy decision, 2 when it failed closed. */
function answer(a, failed) {
    process.stdout.write(hookOutput(a) + '\n');
    if (failed)
        process.stderr.write(a.reason + '\n');
    return failed ? 2 : 0;
}
function policyPath(flags, cwd) {
    if (flags.policy !== undefined)
        return (0,external_node_path_.resolve)(cwd, flags.policy);
    const found = (0,discover/* discoverProject */.J$)(cwd);
    if (found?.policy === undefined)
        throw new Error(`no policy found from ${cwd}; give --policy <path>`);
    return found.policy;
}
function tracePath(flags, cwd, policy) {
    if (flags.traceOut !== undefined)
        return (0,external_node_path_.resolve)(cwd, flags.traceOut);
    // Beside the project: the directory of a discovered config, else the session's working directory.
    const project = flags.policy === undefined ? (0,external_node_path_.dirname)(policy) : cwd;
    return (0,external_node_path_.join)(project, DEFAULT_HOOK_TRACE);
}
function runClaudeCodeHook(flags, stdin, nowMs) {
    let input;
    try {
        input = parseHookInput(stdin());
    }
    catch (e) {
        return answer(failClosed(message(e)), true);
    }
    try {
        const cwd = input.cwd !== undefined && (0,external_node_path_.isAbsolute)(input.cwd) ? input.cwd : process.cwd();
        const path = policyPath(flags, cwd);
        const { policy } = (0,load/* loadPolicyFile */.n$)(path, flags.policy ?? path);
        const trace = flags.trace ? tracePath(flags, cwd, path) : undefined;
        const session = hookSession(policy);
        if (trace !== undefined && needsHistory(policy) && (0,external_node_fs_.existsSync)(trace)) {
            // Sequences and limits span the session: its earlier calls, as recorded, are replayed first.
            for (const c of sessionCalls((0,external_node_fs_.readFileSync)(trace, 'utf8'), input.session_id))
                replayCall(session, c);
        }
        const a = answerFor(session.decide(callOf(input)));
        if (trace !== undefined) {
            try {
                (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(trace));
                (0,external_node_fs_.appendFileSync)(trace, traceRecord(input, a, nowMs) + '\n');
            }
            catch (e) {
                // A call that cannot be recorded cannot be replayed in CI: deny rather than let it pass unseen.
                return answer(failClosed(`cannot write the trace ${trace}: ${e.message}`), true);
            }
        }
        return answer(a, false);
    }
    catch (e) {
        return answer(failClosed(message(e)), true);
    }
}


/***/ }),

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

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ codePointsInUtf8),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   zx: () => (/* binding */ codePointsInString)
/* harmony export */ });
// UTF-8 checks for trace lines (invalid UTF-8 in JSONL is a bad line).
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


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   hr: () => (/* binding */ readTextStrict),
/* harmony export */   kd: () => (/* binding */ findUtf8Problem),
/* harmony export */   rH: () => (/* binding */ utf8Diagnostic)
/* harmony export */ });
/* unused harmony export utf8ProblemMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1578);
// The one way to read a text config (policy, eval config, pack, profile, baseline, sandbox policy):
// bytes are checked as UTF-8 before decoding, so an invalid byte is exit 2 with its file:line:col and
// never a U+FFFD that silently changes a pattern (docs/decisions.md, "Strict input").




const BOM = [0xef, 0xbb, 0xbf];
function hasBom(b) {
    return b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
}
/** Where the first invalid UTF-8 byte is, or null when `bytes` are valid UTF-8. */
function findUtf8Problem(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
        return null;
    const offset = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(bytes);
    if (offset < 0)
        return null; // isUtf8 and the locator disagree only on inputs neither rejects
    let lineStart = hasBom(bytes) ? 3 : 0;
    let line = 1;
    for (let i = lineStart; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const col = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointsInUtf8 */ .NH)(bytes.subarray(lineStart), offset - lineStart) + 1;
    return { offset, line, col, byte: bytes[offset] };
}
function utf8ProblemMessage(p) {
    return `invalid UTF-8: byte 0x${p.byte.toString(16).padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`;
}
/** A diagnostic for invalid UTF-8 in `display`. */
function utf8Diagnostic(p, display, code, source = 'config') {
    return { code, severity: 'error', message: utf8ProblemMessage(p), file: display, line: p.line, col: p.col, source };
}
/**
 * Decode bytes as strict UTF-8 and drop a leading BOM. Invalid UTF-8 throws `errorClass` (ConfigError)
 * with `code` and one diagnostic at the first bad byte.
 */
function decodeUtf8Strict(bytes, display, code, opts = {}) {
    const p = findUtf8Problem(bytes);
    if (p) {
        const source = opts.source ?? 'config';
        const d = utf8Diagnostic(p, display, code, source);
        const Cls = opts.errorClass ?? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL;
        throw new Cls(code, d.message, {
            source,
            context: { file: display, line: p.line, col: p.col },
            diagnostics: [d],
            ...(opts.nextStepValues ? { nextStepValues: opts.nextStepValues } : {}),
        });
    }
    const start = hasBom(bytes) ? 3 : 0;
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}
/**
 * Read a text config file as strict UTF-8 (BOM dropped). File-system errors propagate unchanged (the
 * caller decides what a missing file means); invalid UTF-8 throws as decodeUtf8Strict does.
 */
function readTextStrict(path, display, code, opts = {}) {
    return decodeUtf8Strict(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path), display, code, opts);
}


/***/ })

};
