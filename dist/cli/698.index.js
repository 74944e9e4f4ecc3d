export const id = 698;
export const ids = [698];
export const modules = {

/***/ 9690:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yd: () => (/* binding */ registerCommands)
/* harmony export */ });
/* unused harmony exports CATALOGUE, registerAllCommands */
const LOADERS = {
    validate: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(6), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(441), __webpack_require__.e(718), __webpack_require__.e(179), __webpack_require__.e(986)]).then(__webpack_require__.bind(__webpack_require__, 3986))).register],
    gate: async () => {
        const m = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(6), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(441), __webpack_require__.e(718), __webpack_require__.e(179), __webpack_require__.e(299)]).then(__webpack_require__.bind(__webpack_require__, 5299));
        return [m.registerRun, m.registerCi];
    },
    import: async () => [(await Promise.all(/* import() */[__webpack_require__.e(410), __webpack_require__.e(806)]).then(__webpack_require__.bind(__webpack_require__, 2653))).register],
    init: async () => [(await Promise.all(/* import() */[__webpack_require__.e(804), __webpack_require__.e(863), __webpack_require__.e(112), __webpack_require__.e(931)]).then(__webpack_require__.bind(__webpack_require__, 2931))).register],
    mcp: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(925), __webpack_require__.e(619), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(284), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(482), __webpack_require__.e(247)]).then(__webpack_require__.bind(__webpack_require__, 2247))).register],
    generate: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(460), __webpack_require__.e(410), __webpack_require__.e(750), __webpack_require__.e(388), __webpack_require__.e(226), __webpack_require__.e(395)]).then(__webpack_require__.bind(__webpack_require__, 5395))).register],
    profile: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(460), __webpack_require__.e(410), __webpack_require__.e(750), __webpack_require__.e(388), __webpack_require__.e(226), __webpack_require__.e(991)]).then(__webpack_require__.bind(__webpack_require__, 991))).register],
    coverage: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(6), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(441), __webpack_require__.e(411)]).then(__webpack_require__.bind(__webpack_require__, 9411))).register],
    explain: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(6), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(441), __webpack_require__.e(482), __webpack_require__.e(597)]).then(__webpack_require__.bind(__webpack_require__, 597))).register],
    doctor: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(6), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(410), __webpack_require__.e(733), __webpack_require__.e(750), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(441), __webpack_require__.e(718), __webpack_require__.e(179), __webpack_require__.e(986), __webpack_require__.e(749)]).then(__webpack_require__.bind(__webpack_require__, 749))).register],
    migrate: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(460), __webpack_require__.e(863), __webpack_require__.e(733), __webpack_require__.e(895), __webpack_require__.e(802), __webpack_require__.e(679)]).then(__webpack_require__.bind(__webpack_require__, 679))).register],
    schema: async () => [(await Promise.all(/* import() */[__webpack_require__.e(804), __webpack_require__.e(863), __webpack_require__.e(112), __webpack_require__.e(631)]).then(__webpack_require__.bind(__webpack_require__, 6631))).register],
    record: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(460), __webpack_require__.e(388), __webpack_require__.e(728), __webpack_require__.e(212)]).then(__webpack_require__.bind(__webpack_require__, 3589))).register],
    sandbox: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(925), __webpack_require__.e(284), __webpack_require__.e(309)]).then(__webpack_require__.bind(__webpack_require__, 309))).register],
    evidence: async (argv) => [await (await __webpack_require__.e(/* import() */ 690).then(__webpack_require__.bind(__webpack_require__, 7309))).loadEvidence(argv)],
    hook: async () => [(await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(804), __webpack_require__.e(863), __webpack_require__.e(733), __webpack_require__.e(110)]).then(__webpack_require__.bind(__webpack_require__, 4655))).register],
    completion: async () => [(await __webpack_require__.e(/* import() */ 254).then(__webpack_require__.bind(__webpack_require__, 3254))).register],
};
/** Which loaders a command name needs (`policy` groups validate, generate, migrate and record). */
const BY_COMMAND = {
    validate: ['validate'],
    policy: ['validate', 'generate', 'migrate', 'record'],
    run: ['gate'],
    ci: ['gate'],
    import: ['import'],
    init: ['init'],
    mcp: ['mcp'],
    'mcp-server': ['mcp'],
    generate: ['generate'],
    profile: ['profile'],
    coverage: ['coverage'],
    explain: ['explain'],
    doctor: ['doctor'],
    migrate: ['migrate'],
    schema: ['schema'],
    record: ['record'],
    sandbox: ['sandbox'],
    evidence: ['evidence'],
    hook: ['hook'],
    // The script lists every command, so it registers them all.
    completion: Object.keys(LOADERS),
};
/**
 * Top-level commands as `assay --help` lists them, in registration order. A test registers every real
 * command and compares, so this cannot drift from the commands themselves.
 */
const CATALOGUE = [
    ['validate', 'Check a policy or eval config (and a trace against it) without running the gate'],
    ['policy', 'Policy commands'],
    ['run', 'Run the gate: eval tests and/or the policy gate over recorded traces'],
    ['ci', 'The CI gate: like run, and writes JUnit, SARIF and the findings baseline'],
    ['import', 'Convert an MCP transcript into a canonical V2 trace (JSONL)'],
    ['init', 'Create a starter eval config, a v2 policy and an example trace (existing files are kept)'],
    ['mcp', 'MCP runtime enforcement'],
    ['mcp-server', 'Serve the policy engine as MCP tools over stdio (check_args, check_sequence, policy_decide, explain_trace, check_coverage)'],
    ['generate', 'Generate a policy from observed behaviour: one run (-i) or a profile (--profile)'],
    ['profile', 'Profiles of many runs: init, update, show (input to generate --profile)'],
    ['coverage', 'How much of the policy a trace exercises: tools, sequence rules, violations'],
    ['explain', 'Explain every call of a trace: decision, rule, and the policy line that decided it'],
    ['doctor', 'Check the setup: Node, config, policy, trace, reports and cache; --fix repairs common mistakes'],
    ['migrate', 'Rewrite legacy v1 policies and v0 eval configs to the current form (backup: <file>.bak)'],
    ['schema', 'Print the JSON Schema (draft 2020-12) of a policy or an eval config'],
    ['record', 'Run a command under observation and write the least-privilege policy it needs (learning mode)'],
    ['sandbox', 'Run a command contained by Landlock (files, TCP ports): assay sandbox --policy P -- <command> [args…]'],
    ['evidence', 'Evidence bundles: export, verify, lint, diff, explore, show, attest'],
    ['hook', "Decide a coding agent's tool calls with the policy (runs as the agent's hook)"],
    ['completion', 'Print a shell completion script: bash, zsh or fish'],
];
/** Every loader, in LOADERS order (help listings, completion scripts). */
async function registerAllCommands(program, argv = []) {
    const loaded = await Promise.all(Object.keys(LOADERS).map((k) => LOADERS[k](argv)));
    for (const regs of loaded)
        for (const r of regs)
            r(program);
}
/**
 * Register what `argv` needs: the named command (`help <name>` too); for `--help`, no command or an
 * unknown one, placeholders that carry only names and descriptions (enough to list or reject them).
 */
async function registerCommands(program, argv = []) {
    const words = argv.filter((a) => !a.startsWith('-'));
    const name = words[0] === 'help' ? words[1] : words[0];
    const wanted = name !== undefined ? BY_COMMAND[name] : undefined;
    if (wanted === undefined) {
        for (const [n, d] of CATALOGUE)
            program.command(n).description(d);
        return;
    }
    const loaded = await Promise.all(wanted.map((k) => LOADERS[k](argv)));
    for (const regs of loaded)
        for (const r of regs)
            r(program);
}


/***/ }),

/***/ 5698:
/***/ ((module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var commander__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8179);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_version_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3323);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5338);
/* harmony import */ var _commands_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9690);
// The CLI proper (loaded by ./index.ts unless the run only asks for the version): argument parsing, exit
// code, stream routing. Commands live in ./commands/.





// stdout write errors arrive as events after a command returned: they decide the exit code at exit
// (help into a closed pipe 0, any artefact 3 E_IO_ERROR; docs/reports.md).
(0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .guardStdio */ .P2)();
const program = new commander__WEBPACK_IMPORTED_MODULE_0__/* .Command */ .uB();
program
    .name('assay')
    .description('Policy-as-code gate for AI agents and MCP tool calls')
    .version(_src_core_version_js__WEBPACK_IMPORTED_MODULE_4__/* .VERSION */ .x, '-V, --version')
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s), writeOut: _output_js__WEBPACK_IMPORTED_MODULE_2__/* .writeHelpOut */ .Dr })
    .addHelpText('after', `
Exit codes:
  0  pass
  1  gate failed (policy findings or failing tests)
  2  config, input or usage error
  3  infrastructure error (judge/provider/network unavailable, reports not writable, internal)
  4  would block (sandbox / proxy dry-run)`);
await (0,_commands_index_js__WEBPACK_IMPORTED_MODULE_3__/* .registerCommands */ .yd)(program, process.argv.slice(2));
// Usage errors exit 2 E_INVALID_ARGS, never commander's default 1.
function overrideExits(cmd) {
    cmd.exitOverride();
    for (const sub of cmd.commands)
        overrideExits(sub);
}
overrideExits(program);
try {
    await program.parseAsync(process.argv);
}
catch (e) {
    if (e instanceof commander__WEBPACK_IMPORTED_MODULE_0__/* .CommanderError */ .b7) {
        if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || (e.code === 'commander.help' && e.exitCode === 0)) {
            process.exitCode = 0;
        }
        else {
            // `commander.help` with a non-zero code: no subcommand was given (`assay`, `assay evidence`); the
            // help went to stderr. An empty command in CI must not pass, so this is a usage error like any other.
            if (e.code === 'commander.help')
                (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)('error: missing command');
            (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)('Run: assay --help');
            (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)('reason: E_INVALID_ARGS');
            process.exitCode = 2;
        }
    }
    else if (e instanceof _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .AssayError */ .WV) {
        // A typed error that escaped a command (e.g. an option parsed before its try): its own exit code.
        process.exitCode = (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .reportError */ .N7)(e, { json: wantsJson(process.argv.slice(2)) });
    }
    else {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)(`error E_INTERNAL: ${e?.message ?? String(e)}`);
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)('Next: Report a bug with run.json and the log');
        process.exitCode = 3;
    }
}
function wantsJson(argv) {
    return argv.some((a, i) => a === '--format=json' || a === '-fjson' || ((a === '--format' || a === '-f') && argv[i + 1] === 'json'));
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5338:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ writeHelpOut),
/* harmony export */   Mq: () => (/* binding */ exitCodesMode),
/* harmony export */   N7: () => (/* binding */ reportError),
/* harmony export */   P2: () => (/* binding */ guardStdio),
/* harmony export */   _q: () => (/* binding */ err),
/* harmony export */   by: () => (/* binding */ useColor),
/* harmony export */   g9: () => (/* binding */ emitArtefact),
/* harmony export */   s$: () => (/* binding */ jsonText)
/* harmony export */ });
/* unused harmony export stdoutFailureExit */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _src_core_util_make_dirs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3357);
/* harmony import */ var _src_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(997);
// Stream routing for every command: stdout carries only the requested artefact, everything for
// people goes to stderr. Errors become a diagnostic on stderr and, in JSON mode, an assay.error.v1 document.





/**
 * Colour on stderr, in this order: `--no-color` always wins (an explicit flag beats the environment);
 * FORCE_COLOR=0|false turns colour off and any other FORCE_COLOR value (empty included) on, as Node and
 * the usual terminal libraries read it; then NO_COLOR, TERM=dumb, and finally whether stderr is a TTY.
 */
function useColor(noColorFlag = false, env = process.env, isTTY = process.stderr.isTTY === true) {
    if (noColorFlag)
        return false;
    const force = env.FORCE_COLOR;
    if (force !== undefined)
        return force !== '0' && force.toLowerCase() !== 'false';
    if (env.NO_COLOR !== undefined && env.NO_COLOR !== '')
        return false;
    if (env.TERM === 'dumb')
        return false;
    return isTTY;
}
function err(line = '') {
    process.stderr.write(line + '\n');
}
// What stdout carries: help/version text (commander) or a command's artefact. A closed pipe after help
// (`assay --help | head -1`) is fine (exit 0); an artefact that cannot be written is 3 E_IO_ERROR.
let stdoutKind = 'artefact';
let stdoutError;
/** Commander's help/version output goes through here. */
function writeHelpOut(s) {
    stdoutKind = 'help';
    process.stdout.write(s);
}
/** The exit code a stdout write failure forces (undefined: none happened). */
function stdoutFailureExit() {
    if (stdoutError === undefined)
        return undefined;
    return stdoutKind === 'help' && stdoutError.code === 'EPIPE' ? 0 : 3;
}
/**
 * Watch stdout/stderr for write errors (they arrive as events, after the command returned): a stdout
 * failure decides the exit code at process exit; stderr failures are dropped (nowhere left to say so).
 */
function guardStdio() {
    process.stderr.on('error', () => undefined);
    process.stdout.on('error', (e) => {
        if (stdoutError !== undefined)
            return;
        stdoutError = e;
        if (stdoutFailureExit() === 3 && e.code !== 'EPIPE')
            err(`error E_IO_ERROR: cannot write to stdout: ${e.message}`);
    });
    process.on('exit', () => {
        const forced = stdoutFailureExit();
        if (forced !== undefined)
            process.exitCode = forced;
    });
}
/** Write the command's artefact: to `--output` when given, else stdout. A file that cannot be written is E_IO_ERROR. */
function emitArtefact(text, outputPath) {
    if (outputPath) {
        try {
            (0,_src_core_util_make_dirs_js__WEBPACK_IMPORTED_MODULE_3__/* .makeDirs */ .X)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(outputPath));
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(outputPath, text);
        }
        catch (e) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${outputPath}: ${e.message}`, { source: 'cli', nextStepValues: { path: outputPath } });
        }
    }
    else {
        process.stdout.write(text);
    }
}
function jsonText(doc) {
    return JSON.stringify(doc, null, 2) + '\n';
}
function exitCodesMode() {
    return process.env.ASSAY_EXIT_CODES === 'v1' ? 'v1' : 'v2';
}
/** Print a failure the standard way and return its exit code (the caller sets process.exitCode). */
function reportError(e, opts = {}) {
    let code = 'E_INTERNAL';
    let message;
    let nextStep;
    let diagnostics = [];
    if (e instanceof _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .AssayError */ .WV) {
        code = e.reasonCode;
        message = e.message;
        nextStep = e.nextStep;
        diagnostics = e.diagnostics.length
            ? e.diagnostics
            : [{ code, severity: 'error', message, file: e.context.file, line: e.context.line, col: e.context.col }];
    }
    else {
        message = e instanceof Error ? e.message : String(e);
        nextStep = 'Report a bug with run.json and the log';
        diagnostics = [{ code, severity: 'error', message }];
        if (process.env.DEBUG?.includes('assay') && e instanceof Error)
            err(e.stack ?? '');
    }
    const exit = (0,_src_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .exitCodeFor */ .Rr)(code, exitCodesMode());
    const shown = diagnostics.slice(0, 50);
    for (const d of shown)
        err((0,_src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDiagnostic */ .xy)(d));
    if (diagnostics.length > shown.length)
        err(`… and ${diagnostics.length - shown.length} more`);
    err(`Next: ${nextStep}`);
    if (opts.json) {
        process.stdout.write(jsonText({
            schema: 'assay.error.v1',
            schema_version: 1,
            exit_code: exit,
            reason_code_version: _src_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_4__/* .REASON_CODE_VERSION */ .Mv,
            reason_code: code,
            message,
            next_step: nextStep,
            diagnostics: diagnostics.map((d) => ({
                code: d.code,
                severity: d.severity,
                message: d.message,
                context: { file: d.file ?? null, line: d.line ?? null, col: d.col ?? null, ...(d.context ?? {}) },
            })),
        }));
    }
    return exit;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ InfraError),
/* harmony export */   WV: () => (/* binding */ AssayError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   oe: () => (/* binding */ EvidenceError),
/* harmony export */   ov: () => (/* binding */ diagnosticsToError),
/* harmony export */   xL: () => (/* binding */ ConfigError),
/* harmony export */   xy: () => (/* binding */ formatDiagnostic)
/* harmony export */ });
/* harmony import */ var _outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(997);
// Typed errors of the core. Classify by class and code, never by message text.

class AssayError extends Error {
    reasonCode;
    source;
    context;
    nextStep;
    /** The values the next step was filled from: a caller that knows more (the run's paths) refills it. */
    nextStepValues;
    /** Further diagnostics collected together with this one (loading reports every error). */
    diagnostics;
    constructor(reasonCode, message, opts = {}) {
        super(message);
        this.name = new.target.name;
        this.reasonCode = reasonCode;
        this.source = opts.source ?? 'unknown';
        this.context = opts.context ?? {};
        this.nextStepValues = { ...opts.nextStepValues };
        this.nextStep = (0,_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .fillNextStep */ .lT)(reasonCode, this.nextStepValues);
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
class InfraError extends AssayError {
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

/***/ 997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ REASON_CODE_VERSION),
/* harmony export */   O8: () => (/* binding */ isReasonCode),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Sf: () => (/* binding */ isWarningCode),
/* harmony export */   Wj: () => (/* binding */ WARNING_CODES),
/* harmony export */   lT: () => (/* binding */ fillNextStep),
/* harmony export */   q$: () => (/* binding */ shellCommand)
/* harmony export */ });
/* unused harmony exports REASON_CODES, fillTemplate, shellQuote, fillPlaceholders, nextStepArgv */
// The reason-code registry: the only place that maps a code to its exit code and next step.
// Codes are additive under reason_code_version 1.
const REASON_CODE_VERSION = 1;
// Commands that find the config, policy and trace by discovery when the run did not name them.
const DOCTOR = 'Run: assay doctor[ --config <config.yaml>]';
const VALIDATE_TRACE = 'Run: assay validate[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
const POLICY_VALIDATE = 'Run: assay validate[ --policy <policy.yaml>]';
const RECORD = 'Run: assay run --record --judge openai --embedder openai[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
/** Explain one test of the last run; without a test id, the blocked calls of the trace. */
const EXPLAIN_FALLBACKS = ['Run: assay explain --trace <trace.jsonl> --policy <policy.yaml> --blocked-only'];
const REASON_CODES = {
    E_CFG_PARSE: { exit: 2, nextStep: DOCTOR },
    E_MISSING_CONFIG: { exit: 2, nextStep: 'Create a config file. Run: assay init' },
    E_PATH_NOT_FOUND: { exit: 2, nextStep: 'Check the path; run from the repository root or pass an absolute path' },
    E_BASE_MISMATCH: {
        exit: 2,
        nextStep: 'Re-export the baseline on the default branch. Run: assay run[ --config <config.yaml>] --export-baseline <baseline.json>',
        fallbacks: ['Re-export the baseline on the default branch. Run: assay run[ --config <config.yaml>] --export-baseline baseline.json'],
    },
    E_REPLAY_STRICT_MISSING: {
        exit: 2,
        nextStep: `Record the values once (OPENAI_API_KEY set), then commit .assay/cache or the trace. ${RECORD}`,
    },
    E_EMB_DIMS: { exit: 2, nextStep: 'Re-record the embeddings with one model for response and reference' },
    E_SCHEMA_COMPILE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_INVALID_ARGS: { exit: 2, nextStep: 'See the usage. Run: assay --help' },
    E_TRACE_NOT_FOUND: {
        exit: 2,
        nextStep: 'Check trace file exists: <trace.jsonl>',
        fallbacks: ['Check the trace file exists, then pass it with --trace-file'],
    },
    E_TRACE_INVALID: { exit: 2, nextStep: VALIDATE_TRACE },
    E_TRACE_MISS: { exit: 2, nextStep: VALIDATE_TRACE },
    E_POLICY_PARSE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_BASELINE_INVALID: {
        exit: 2,
        nextStep: 'Create a new baseline. Run: assay run[ --config <config.yaml>] --export-baseline <baseline.json>',
        fallbacks: ['Create a new baseline. Run: assay run[ --config <config.yaml>] --export-baseline baseline.json'],
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
        nextStep: 'Run: assay evidence show --format json -- <bundle>',
        fallbacks: ['Check that the bundle exists and is a readable .tar.gz'],
    },
    E_EVIDENCE_ATTESTATION: {
        exit: 2,
        nextStep: 'Check that the attestation, the bundle and --public-key belong together, or re-sign the bundle with assay evidence attest and your key',
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
    E_NATIVE_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Install a C compiler with the Linux headers (apt-get install gcc libc6-dev linux-libc-dev), then run npm run build:native; or pass --native-helper',
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
        nextStep: `Record the missing judge/embedding values once (OPENAI_API_KEY set), then commit .assay/cache; or check the judge provider and API key. ${RECORD}`,
    },
    E_RATE_LIMIT: { exit: 3, nextStep: 'Retry after rate limit window or reduce concurrency' },
    E_PROVIDER_5XX: { exit: 3, nextStep: 'Provider error; retry or check provider status page' },
    E_TIMEOUT: { exit: 3, nextStep: 'Increase timeout or check network connectivity' },
    E_NETWORK_ERROR: { exit: 3, nextStep: 'Check network connectivity and firewall rules' },
    E_IO_ERROR: {
        exit: 3,
        nextStep: 'Check that the output location is writable: <path>',
        fallbacks: ['Check that the output location is writable'],
    },
    E_INTERNAL: { exit: 3, nextStep: 'Report a bug with run.json and the log' },
    E_TEST_FAILED: {
        exit: 1,
        nextStep: 'Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: ['Read the failing tests above; assay explain with a test id shows each check'],
    },
    E_JUDGE_UNCERTAIN: {
        exit: 1,
        nextStep: 'Review the borderline result or adjust the judge threshold. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: ['Review the borderline result or adjust the judge threshold'],
    },
    E_POLICY_VIOLATION: {
        exit: 1,
        nextStep: 'Review the policy rules. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `Review the policy rules. ${f}`), 'Review the policy rules named in the findings above'],
    },
    E_SEQUENCE_VIOLATION: {
        exit: 1,
        nextStep: 'See the sequence mismatch. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `See the sequence mismatch. ${f}`), 'Review the sequence rules named in the findings above'],
    },
    E_ARG_SCHEMA: {
        exit: 1,
        nextStep: 'See the schema violation. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `See the schema violation. ${f}`), 'Review the argument schemas named in the findings above'],
    },
    E_WOULD_BLOCK: {
        exit: 4,
        nextStep: 'Review the would-block events, then adjust the policy or run without --dry-run',
    },
    E_CHILD_TIMEOUT: { exit: 124, nextStep: 'Raise --timeout or find out why the command did not finish' },
    // 128 + signal: 130 for SIGINT (the registry's value), 143 for SIGTERM (set by whoever caught it).
    E_INTERRUPTED: { exit: 130, nextStep: 'The run was stopped by a signal before it finished; run it again' },
};
function isReasonCode(code) {
    return Object.prototype.hasOwnProperty.call(REASON_CODES, code);
}
/**
 * Warning codes with their next step. A warning never sets the exit code; registering it gives it a
 * documented fix wherever diagnostics carry fix steps. Additive, like reason codes.
 */
const WARNING_CODES = {
    W_PATH_REGEX_TRAVERSAL: {
        nextStep: 'Constrain the path with within: (a list of folders; x-assay-within in schemas) instead of a regex; see docs/authoring.md',
    },
};
function isWarningCode(code) {
    return Object.prototype.hasOwnProperty.call(WARNING_CODES, code);
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
 * The next step of a code, filled from the run's context (docs/next-steps.md): never a literal `<…>`.
 * Values are shell-quoted inside the `Run:` command; when a needed value is unknown, a fallback is used.
 */
function fillNextStep(code, values = {}) {
    const spec = REASON_CODES[code];
    for (const t of [spec.nextStep, ...(spec.fallbacks ?? [])]) {
        const filled = fillTemplate(t, values);
        if (filled !== undefined)
            return filled;
    }
    // The registry test keeps this unreachable: the last template needs no value.
    return spec.nextStep.replace(/\s*Run: .*$/s, '').replace(/\[|\]|<[^<>]*>/g, '').trim() || 'See the message above';
}
/**
 * Fill a next-step template; undefined when a placeholder outside `[…]` has no usable value. Text before
 * `Run: ` is prose (values as they are); the command after it gets shell-quoted values.
 */
function fillTemplate(template, values) {
    const usable = (k) => {
        const v = values[k];
        // A value with control characters (a newline in a path) cannot be shown on one pasteable line.
        return v !== undefined && !/[\u0000-\u001f\u007f]/.test(v) ? v : undefined;
    };
    const at = template.indexOf('Run: ');
    const cmdStart = at < 0 ? template.length : at + 5;
    let missing = false;
    let out = '';
    let pos = 0;
    // Optional segments first: kept (brackets dropped) when every placeholder in them is known.
    const re = /\[([^\[\]]*)\]|<([a-z0-9._-]+)>/gi;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        out += template.slice(pos, m.index);
        pos = m.index + m[0].length;
        const inCommand = m.index >= cmdStart;
        const fill = (k) => {
            const v = usable(k);
            if (!inCommand)
                return v;
            // A positional value that looks like an option is passed after `--`.
            const positional = !/(^|\s)-[^\s]*\s$/.test(out);
            return (positional && v.startsWith('-') ? '-- ' : '') + shellQuote(v);
        };
        if (m[1] !== undefined) {
            const keys = [...m[1].matchAll(/<([a-z0-9._-]+)>/gi)].map((x) => x[1]);
            if (keys.every((k) => usable(k) !== undefined))
                out += m[1].replace(/<([a-z0-9._-]+)>/gi, (_w, k) => fill(k));
        }
        else if (usable(m[2]) === undefined) {
            missing = true;
        }
        else {
            out += fill(m[2]);
        }
    }
    out += template.slice(pos);
    return missing ? undefined : out;
}
/** POSIX shell word: as is when it holds only safe characters, else in single quotes. */
function shellQuote(v) {
    if (/^[A-Za-z0-9_@%+=:,.\/-]+$/.test(v))
        return v;
    return `'${v.replace(/'/g, `'\\''`)}'`;
}
/** A command line of shell words, each quoted when needed. */
function shellCommand(words) {
    return words.map(shellQuote).join(' ');
}
/**
 * Fill the `<placeholder>` slots of an already filled next step that still has some (text from elsewhere).
 * Unknown placeholders stay; prefer fillNextStep, which never leaves one.
 */
function fillPlaceholders(text, values) {
    return fillTemplate(text, values) ?? text;
}
/**
 * The command of a next step as argv (`Run: assay x 'a b'` → ["assay","x","a b"]), for JSON output;
 * undefined when the step is prose only.
 */
function nextStepArgv(text) {
    const at = text.indexOf('Run: ');
    if (at < 0)
        return undefined;
    const words = [];
    const src = text.slice(at + 5).trim();
    let cur;
    for (let i = 0; i < src.length; i++) {
        const ch = src[i];
        if (ch === "'") {
            const end = src.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            cur = (cur ?? '') + src.slice(i + 1, end);
            i = end;
        }
        else if (ch === '\\' && i + 1 < src.length) {
            cur = (cur ?? '') + src[++i];
        }
        else if (ch === ' ') {
            if (cur !== undefined)
                words.push(cur);
            cur = undefined;
        }
        else {
            cur = (cur ?? '') + ch;
        }
    }
    if (cur !== undefined)
        words.push(cur);
    return words.length ? words : undefined;
}


/***/ }),

/***/ 3357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// `mkdir -p` that fails fast. Node 20's `mkdirSync(p, { recursive: true })` loops forever when a parent
// exists but refuses new entries with ENOENT (e.g. under /proc), so each missing segment is made one by one
// and any error other than "already exists" ends the walk.


/** Create `dir` and its missing parents (with `mode`); throws the first real error (ENOENT, EACCES, ENOTDIR, …). */
function makeDirs(dir, mode) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    const missing = [];
    let p = target;
    for (;;) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory())
                break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${target}'`), { code: 'ENOTDIR' });
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        missing.push(p);
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
        if (up === p)
            break;
        p = up;
    }
    for (let i = missing.length - 1; i >= 0; i--) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(missing[i], mode);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}


/***/ })

};
