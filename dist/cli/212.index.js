export const id = 212;
export const ids = [212];
export const modules = {

/***/ 1518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C$: () => (/* binding */ numberFlag),
/* harmony export */   OI: () => (/* binding */ commandClock),
/* harmony export */   UY: () => (/* binding */ parseKind),
/* harmony export */   VW: () => (/* binding */ printWarnings),
/* harmony export */   ed: () => (/* binding */ traceInput),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   zh: () => (/* binding */ writeOutput)
/* harmony export */ });
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2712);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7810);
// Helpers several commands share (clock, number flags, `-i` input, warnings, output files). They live
// here rather than in commands/generate.ts so that loading one command does not load the policy
// generator with it (docs/startup.md).





/** The injected clock: SOURCE_DATE_EPOCH or 1970 in reproducible mode, else the wall clock. */
function commandClock(reproducibleFlag) {
    const sde = process.env.SOURCE_DATE_EPOCH;
    if (sde !== undefined && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000);
    if ((0,_options_js__WEBPACK_IMPORTED_MODULE_4__/* .reproducibleMode */ .AC)(reproducibleFlag))
        return new Date(0);
    return new Date();
}
function isoSeconds(d) {
    return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** A number flag; anything else is a usage error. */
function numberFlag(name, value) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n))
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `${name} must be a number (got "${value}")`, { source: 'cli' });
    return n;
}
/** `-i <file|->`: a file, or stdin when `-`. */
function traceInput(given) {
    if (given === '-')
        return { text: (0,_src_core_util_read_text_js__WEBPACK_IMPORTED_MODULE_1__/* .readTextStrict */ .hr)(0, '-', 'E_TRACE_INVALID', { errorClass: _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz, source: 'trace' }), display: '-' };
    const r = (0,_paths_js__WEBPACK_IMPORTED_MODULE_3__/* .fileRef */ .M)(given);
    return { path: r.path, display: r.display };
}
function printWarnings(ws, quiet = false) {
    if (quiet)
        return;
    for (const w of ws.slice(0, 20))
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)((0,_src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDiagnostic */ .xy)(w));
    if (ws.length > 20)
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .err */ ._q)(`… and ${ws.length - 20} more skipped line(s)`);
}
/** Write a file the command was asked to write; failure → 3 E_IO_ERROR. */
function writeOutput(path, display, text) {
    try {
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .emitArtefact */ .g9)(text, path);
    }
    catch (e) {
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${display}: ${e.message}`, { source: 'cli', context: { file: display }, nextStepValues: { path: display } });
    }
}
function parseKind(value) {
    if (value === 'auto' || value === 'runtime' || value === 'tool')
        return value;
    throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --kind "${value}" (allowed: auto, runtime, tool)`, { source: 'cli' });
}


/***/ }),

/***/ 3589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register),
/* harmony export */   runRecord: () => (/* binding */ runRecord)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4296);
/* harmony import */ var _src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4728);
/* harmony import */ var _src_core_sandbox_plan_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1840);
/* harmony import */ var _src_core_generate_yaml_emit_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7366);
/* harmony import */ var _src_core_profile_model_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7192);
/* harmony import */ var _src_runtime_native_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(7186);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(639);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(1518);
// `assay record [-o policy.yaml] [--sandbox-policy-out P] [--profile-out P] [--events-out F] -- <command…>`
// (alias `assay policy record`; docs/record.md): run the command under the native helper's `trace` mode,
// then write what it did as a generate/record document, a sandbox policy and a profile. The command's
// stdio is inherited and its exit status is ours; outputs are written whatever the status.













const SETUP_STAGES = new Set(['ptrace', 'seccomp', 'fork']);
function configure(cmd) {
    return cmd
        .description('Run a command under observation and write the least-privilege policy it needs (learning mode)')
        .argument('<command...>', 'the command to record (after --)')
        .option('-o, --output <file>', 'generate/record document (default policy.yaml)')
        .option('--sandbox-policy-out <file>', 'ready sandbox policy for assay sandbox --policy')
        .option('--profile-out <file>', 'profile of the run (input of assay evidence export --profile)')
        .option('--events-out <file>', 'keep the raw assay.observation.v1 events (JSONL)')
        .option('--observations <file>', 'alias of --events-out')
        .option('--name <name>', '_meta.name of the document', 'Recorded Policy')
        .option('--backend <backend>', 'auto | ptrace (the native helper)', 'auto')
        .option('--settle-ms <ms>', 'how long descendants may outlive the command', '500')
        .option('--timeout <seconds>', 'stop the command after this many seconds (exit 124)')
        .option('--native-helper <path>', 'helper binary (also ASSAY_NATIVE_HELPER)')
        .option('--reproducible', 'generated_at from SOURCE_DATE_EPOCH (else 1970)')
        .option('-q, --quiet', 'errors only')
        .exitOverride();
}
function register(program) {
    const action = async (command, flags) => {
        process.exitCode = await runRecord(command, flags);
    };
    configure(program.command('record')).action(action);
    const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
    configure(policy.command('record')).action(action);
}
function runTrace(helper, eventsPath, command, settleMs, timeoutS) {
    return new Promise((resolve, reject) => {
        const args = ['trace', '--events-out', eventsPath, '--linger-ms', String(settleMs), '--status-fd', '3', '--', ...command];
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)(helper, args, { stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
        let status = '';
        child.stdio[3].on('data', (b) => (status += b.toString('utf8')));
        child.stdio[3].on('error', () => undefined);
        let timedOut = false;
        let killTimer;
        const timer = timeoutS !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM'); // the helper forwards it to the command
                killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            }, timeoutS * 1000)
            : undefined;
        const forward = (sig) => () => child.kill(sig);
        const onInt = forward('SIGINT');
        const onTerm = forward('SIGTERM');
        process.on('SIGINT', onInt);
        process.on('SIGTERM', onTerm);
        child.on('error', reject);
        child.on('close', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            process.off('SIGINT', onInt);
            process.off('SIGTERM', onTerm);
            const sigNum = signal ? (node_os__WEBPACK_IMPORTED_MODULE_2__.constants.signals[signal] ?? 0) : 0;
            const run = { status: code ?? 128 + sigNum, timedOut };
            const line = status.split('\n').find((l) => l.trim() !== '');
            if (line) {
                try {
                    const v = JSON.parse(line);
                    if (typeof v.stage === 'string')
                        run.setupFailure = { stage: v.stage, errname: String(v.errname ?? '') };
                }
                catch {
                    // not a status line: ignore
                }
            }
            resolve(run);
        });
    });
}
/** Canonical path (symlinks resolved) when it still exists; its parent's canonical form + name otherwise. */
function canonicalize(p) {
    // /proc/self and /proc/thread-self are links to the recorded process: keep them as written.
    if (p === '/proc' || p.startsWith('/proc/') || p.startsWith('/sys/'))
        return p;
    try {
        return node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(p);
    }
    catch {
        try {
            return node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_fs__WEBPACK_IMPORTED_MODULE_1__.realpathSync(node_path__WEBPACK_IMPORTED_MODULE_3__.dirname(p)), node_path__WEBPACK_IMPORTED_MODULE_3__.basename(p));
        }
        catch {
            return p;
        }
    }
}
async function runRecord(command, flags) {
    let tmp;
    try {
        if (command.length === 0)
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_INVALID_ARGS', 'give the command to record after --', { source: 'cli' });
        if (flags.eventsOut !== undefined && flags.observations !== undefined && flags.eventsOut !== flags.observations) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_INVALID_ARGS', '--events-out and --observations are the same option; give one', { source: 'cli' });
        }
        if (flags.backend !== 'auto' && flags.backend !== 'ptrace') {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --backend "${flags.backend}" (allowed: auto, ptrace)`, { source: 'cli' });
        }
        const settleMs = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .numberFlag */ .C$)('--settle-ms', flags.settleMs);
        if (!Number.isSafeInteger(settleMs) || settleMs < 0 || settleMs > 3_600_000)
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_INVALID_ARGS', '--settle-ms must be an integer in [0, 3600000]', { source: 'cli' });
        const timeoutS = flags.timeout !== undefined ? (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .numberFlag */ .C$)('--timeout', flags.timeout) : undefined;
        if (timeoutS !== undefined && !(timeoutS > 0))
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb('E_INVALID_ARGS', '--timeout must be > 0', { source: 'cli' });
        const eventsFlag = flags.eventsOut ?? flags.observations;
        const loc = (0,_src_runtime_native_index_js__WEBPACK_IMPORTED_MODULE_9__/* .locateHelper */ .Hi)(flags.nativeHelper !== undefined ? { explicit: flags.nativeHelper } : {});
        if (!loc.ok) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('E_OBSERVER_UNAVAILABLE', `no observation backend: ${loc.message}${loc.install ? ` (${loc.install})` : ''}`, { source: 'cli' });
        }
        tmp = node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync(node_path__WEBPACK_IMPORTED_MODULE_3__.join(node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir(), 'assay-record-'));
        const eventsPath = node_path__WEBPACK_IMPORTED_MODULE_3__.join(tmp, 'events.jsonl');
        const run = await runTrace(loc.path, eventsPath, command, settleMs, timeoutS);
        if (run.setupFailure && SETUP_STAGES.has(run.setupFailure.stage)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ConfigError */ .xL('E_OBSERVER_UNAVAILABLE', `the native tracer could not observe the command (${run.setupFailure.stage}: ${run.setupFailure.errname})`, { source: 'cli' });
        }
        const text = node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync(eventsPath) ? node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync(eventsPath, 'utf8') : '';
        const parsed = (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .parseObservations */ .hT)(text, 'events');
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .printWarnings */ .VW)(parsed.warnings, flags.quiet);
        const agg = (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .aggregate */ .QD)(parsed.observations, { resolve: canonicalize });
        const now = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .isoSeconds */ .nE)((0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .commandClock */ .OI)(flags.reproducible));
        const header = [`assay record: ${command.join(' ')}`.slice(0, 200)];
        const doc = (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordDocument */ .bH)(agg, { name: flags.name, generatedAt: now });
        const mainExe = parsed.observations.find((o) => o.kind === 'exec' && (o.result === undefined || o.result === 0));
        const covered = mainExe && mainExe.kind === 'exec' ? [{ path: (0,_src_core_sandbox_plan_js__WEBPACK_IMPORTED_MODULE_6__/* .installPrefix */ ._y)(canonicalize(mainExe.path)), access: 'rx' }] : [];
        const home = node_os__WEBPACK_IMPORTED_MODULE_2__.homedir();
        const outputs = [];
        outputs.push([flags.output ?? 'policy.yaml', (0,_src_core_generate_yaml_emit_js__WEBPACK_IMPORTED_MODULE_7__/* .emitYaml */ .h2)(doc, { header })]);
        if (flags.sandboxPolicyOut !== undefined) {
            const sp = (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .recordSandboxPolicy */ .to)(agg, { home, covered });
            outputs.push([flags.sandboxPolicyOut, (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .sandboxPolicyText */ .P1)(sp, header)]);
        }
        if (flags.profileOut !== undefined) {
            const runId = `record_${now.replace(/[^0-9]/g, '')}`;
            const profile = (0,_src_core_record_index_js__WEBPACK_IMPORTED_MODULE_5__/* .profileFromAggregate */ .DT)(agg, { name: flags.name, runId, fallbackTime: now });
            outputs.push([flags.profileOut, (0,_src_core_profile_model_js__WEBPACK_IMPORTED_MODULE_8__/* .serializeProfile */ .Kt)(profile, (0,_src_core_profile_model_js__WEBPACK_IMPORTED_MODULE_8__/* .profileFormatFor */ .i)(flags.profileOut))]);
        }
        if (eventsFlag !== undefined)
            outputs.push([eventsFlag, text]);
        for (const [given, body] of outputs) {
            const ref = (0,_paths_js__WEBPACK_IMPORTED_MODULE_11__/* .fileRef */ .M)(given);
            (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_12__/* .writeOutput */ .zh)(ref.path, ref.display, body);
            if (!flags.quiet)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._q)(`Wrote ${ref.display}`);
        }
        if (!flags.quiet) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .err */ ._q)(`Recorded ${parsed.observations.length} events: ${agg.files.size} files, ${agg.network.size} destinations, ${agg.processes.size} executables (${agg.ignored} failed or path-only operations not granted)`);
        }
        if (run.timedOut)
            return (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .reportError */ .N7)(new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InfraError */ .Ri('E_CHILD_TIMEOUT', `the command did not finish within ${timeoutS} s`, { source: 'cli' }));
        return run.status;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_10__/* .reportError */ .N7)(e);
    }
    finally {
        if (tmp)
            node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync(tmp, { recursive: true, force: true });
    }
}


/***/ }),

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

/***/ 2768:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QI: () => (/* binding */ compareInstants),
/* harmony export */   TM: () => (/* binding */ parseRfc3339),
/* harmony export */   Wv: () => (/* binding */ renderInstant),
/* harmony export */   tD: () => (/* binding */ normalizeRfc3339)
/* harmony export */ });
/* unused harmony export instantFromUnixSeconds */
// RFC 3339 parsing and the one UTC rendering used by the writer, attest, diff and explore:
// `YYYY-MM-DDTHH:MM:SS` + the shortest of 0, 3, 6 or 9 fraction digits that is exact + `Z`.
/** `n` decimal digits at `i`, or -1. */
function digits(s, i, n) {
    let v = 0;
    for (let k = 0; k < n; k++) {
        const c = s.charCodeAt(i + k) - 0x30;
        if (!(c >= 0 && c <= 9))
            return -1;
        v = v * 10 + c;
    }
    return v;
}
function daysInMonth(y, m) {
    if (m === 2)
        return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
    return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}
/** Parse RFC 3339 (`T`/`t`, `Z`/`z` or `±hh:mm`, up to 9 fraction digits); undefined when invalid. */
function parseRfc3339(s) {
    // Hand-written: this runs once per event on the verify path.
    if (s.length < 20 || s.length > 35)
        return undefined;
    const y = digits(s, 0, 4);
    const mo = digits(s, 5, 2);
    const d = digits(s, 8, 2);
    const h = digits(s, 11, 2);
    const mi = digits(s, 14, 2);
    const sec = digits(s, 17, 2);
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || sec < 0)
        return undefined;
    const sep = s.charCodeAt(10);
    if (s.charCodeAt(4) !== 0x2d || s.charCodeAt(7) !== 0x2d || (sep !== 0x54 && sep !== 0x74) || s.charCodeAt(13) !== 0x3a || s.charCodeAt(16) !== 0x3a) {
        return undefined;
    }
    if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || sec > 60)
        return undefined;
    let p = 19;
    let nanos = 0;
    if (s.charCodeAt(p) === 0x2e) {
        p++;
        const from = p;
        while (p < s.length && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39)
            p++;
        const n = p - from;
        if (n < 1 || n > 9)
            return undefined;
        nanos = digits(s, from, n) * 10 ** (9 - n);
    }
    const z = s.charCodeAt(p);
    let offset = 0;
    if (z === 0x5a || z === 0x7a) {
        if (p + 1 !== s.length)
            return undefined;
    }
    else if (z === 0x2b || z === 0x2d) {
        const oh = digits(s, p + 1, 2);
        const om = digits(s, p + 4, 2);
        if (p + 6 !== s.length || s.charCodeAt(p + 3) !== 0x3a || oh < 0 || om < 0 || oh > 23 || om > 59)
            return undefined;
        offset = (oh * 60 + om) * 60 * (z === 0x2d ? -1 : 1);
    }
    else
        return undefined;
    return { seconds: daysFromCivil(y, mo, d) * 86400 + h * 3600 + mi * 60 + sec - offset, nanos };
}
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm; no Date objects on the hot path). */
function daysFromCivil(y, m, d) {
    const yy = m <= 2 ? y - 1 : y;
    const era = Math.floor(yy / 400);
    const yoe = yy - era * 400;
    const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
function pad(n, width) {
    return String(n).padStart(width, '0');
}
/** UTC rendering. */
function renderInstant(t) {
    const d = new Date(t.seconds * 1000);
    const y = d.getUTCFullYear();
    const year = y >= 0 && y <= 9999 ? pad(y, 4) : (y < 0 ? '-' : '+') + pad(Math.abs(y), 6);
    let frac = '';
    if (t.nanos !== 0) {
        if (t.nanos % 1_000_000 === 0)
            frac = '.' + pad(t.nanos / 1_000_000, 3);
        else if (t.nanos % 1_000 === 0)
            frac = '.' + pad(t.nanos / 1_000, 6);
        else
            frac = '.' + pad(t.nanos, 9);
    }
    return (`${year}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}T` +
        `${pad(d.getUTCHours(), 2)}:${pad(d.getUTCMinutes(), 2)}:${pad(d.getUTCSeconds(), 2)}${frac}Z`);
}
/** Parse then render; undefined when `s` is not RFC 3339. */
function normalizeRfc3339(s) {
    const t = parseRfc3339(s);
    return t === undefined ? undefined : renderInstant(t);
}
function compareInstants(a, b) {
    return a.seconds - b.seconds || a.nanos - b.nanos;
}
/** Unix seconds (integer or fractional, as in profiles' first_seen/last_seen) → Instant. */
function instantFromUnixSeconds(seconds) {
    const whole = Math.floor(seconds);
    return { seconds: whole, nanos: Math.round((seconds - whole) * 1e9) };
}


/***/ }),

/***/ 7186:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qr: () => (/* reexport */ ProbeFailed),
  iL: () => (/* reexport */ landlockDetail),
  Hi: () => (/* reexport */ locateHelper),
  mW: () => (/* reexport */ runProbe)
});

// UNUSED EXPORTS: HELPER_NAME, INSTALL_HINT, NATIVE_PROTOCOL, NativeUnavailable, buildHelper, cachedHelperPath, findNativeSourceDir, helperProtocol, nativeCacheRoot, nativeSourceHash, parseProbe

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
;// CONCATENATED MODULE: ./src/runtime/native/source.ts
// Where the helper's C sources are and what they hash to: the hash keys the per-user build cache, so a
// changed source is rebuilt and an unchanged one is compiled once per machine (docs/sandbox.md).




/** Compiler flags; part of the hash so a flag change rebuilds. */
const C_FLAGS = ['-std=c11', '-O2', '-Wall', '-Wextra', '-Werror'];
/**
 * The `native/` directory: found by walking up from this module (src/runtime/native in the sources,
 * dist/cli in the bundle) to the first ancestor holding native/main.c.
 */
function findNativeSourceDir(start = external_node_path_.dirname((0,external_node_url_.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const candidate = external_node_path_.join(dir, 'native');
        if (external_node_fs_.existsSync(external_node_path_.join(candidate, 'main.c')))
            return candidate;
        const up = external_node_path_.dirname(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/** The C and header files of the helper, sorted by name (code-unit order). */
function nativeSourceFiles(dir) {
    return external_node_fs_.readdirSync(dir)
        .filter((f) => f.endsWith('.c') || f.endsWith('.h'))
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** sha256 (hex) over every source file's name and bytes, plus the flags. */
function nativeSourceHash(dir) {
    const h = (0,external_node_crypto_.createHash)('sha256');
    h.update(`flags:${C_FLAGS.join(' ')}\0`);
    for (const f of nativeSourceFiles(dir)) {
        const bytes = external_node_fs_.readFileSync(external_node_path_.join(dir, f));
        h.update(`${f}\0${bytes.length}\0`);
        h.update(bytes);
    }
    return h.digest('hex');
}

// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/runtime/native/build.ts
// Compile the helper with the system C compiler into a per-user cache keyed by the source hash
// ($ASSAY_NATIVE_DIR, else $XDG_CACHE_HOME/assay/native, else ~/.cache/assay/native). Static linking is
// tried first (faster start, no loader), dynamic second. Never writes into the repository.






const HELPER_NAME = 'assay-native';
/** Why the helper cannot be had; `install` names what to install when that is the fix. */
class NativeUnavailable extends Error {
    detail;
    install;
    constructor(detail, message, install) {
        super(message);
        this.detail = detail;
        this.install = install;
        this.name = 'NativeUnavailable';
    }
}
/** What to install for a working `cc` with the Linux uapi headers, by distribution family. */
const INSTALL_HINT = 'install a C compiler with the Linux headers: apt-get install gcc libc6-dev linux-libc-dev (Debian/Ubuntu), dnf install gcc glibc-devel kernel-headers (Fedora), apk add build-base linux-headers (Alpine)';
function nativeCacheRoot(env = process.env) {
    if (env.ASSAY_NATIVE_DIR)
        return external_node_path_.resolve(env.ASSAY_NATIVE_DIR);
    const base = env.XDG_CACHE_HOME && external_node_path_.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : external_node_path_.join(external_node_os_.homedir(), '.cache');
    return external_node_path_.join(base, 'assay', 'native');
}
/** The cached helper path for the current sources (it may not exist yet). */
function cachedHelperPath(env = process.env) {
    const srcDir = findNativeSourceDir();
    if (!srcDir)
        return undefined;
    const hash = nativeSourceHash(srcDir);
    return { path: external_node_path_.join(nativeCacheRoot(env), hash, HELPER_NAME), hash, srcDir };
}
function compilerOf(env) {
    return env.ASSAY_NATIVE_CC || 'cc';
}
/** Build (or reuse) the helper. Throws NativeUnavailable with the fix when it cannot be built. */
function buildHelper(opts = {}) {
    const env = opts.env ?? process.env;
    if (process.platform !== 'linux')
        throw new NativeUnavailable('not_linux', `the native helper needs Linux (this is ${process.platform})`);
    const where = cachedHelperPath(env);
    if (!where)
        throw new NativeUnavailable('no_source', 'the native helper sources (native/*.c) are not next to this installation');
    if (!opts.force && isExecutable(where.path))
        return { path: where.path, hash: where.hash, compiled: false };
    const cc = compilerOf(env);
    const dir = external_node_path_.dirname(where.path);
    (0,make_dirs/* makeDirs */.X)(dir, 0o700);
    const sources = nativeSourceFiles(where.srcDir)
        .filter((f) => f.endsWith('.c'))
        .map((f) => external_node_path_.join(where.srcDir, f));
    // A private temp name, renamed into place: concurrent first uses never run a half-written binary.
    const tmp = external_node_path_.join(dir, `.${HELPER_NAME}.${process.pid}.${Date.now()}`);
    const base = [...C_FLAGS, `-DASSAY_SOURCE_HASH="${where.hash}"`, '-o', tmp, ...sources];
    let lastErr = '';
    for (const linkage of ['static', 'dynamic']) {
        const args = linkage === 'static' ? ['-static', ...base] : base;
        const r = (0,external_node_child_process_.spawnSync)(cc, args, { encoding: 'utf8', env: { ...env, LC_ALL: 'C' } });
        if (r.error && r.error.code === 'ENOENT') {
            throw new NativeUnavailable('no_compiler', `no C compiler found (${cc}) to build the native helper`, INSTALL_HINT);
        }
        if (r.status === 0) {
            external_node_fs_.chmodSync(tmp, 0o755);
            external_node_fs_.renameSync(tmp, where.path);
            return { path: where.path, hash: where.hash, compiled: true, linkage };
        }
        lastErr = `${r.stderr ?? ''}`.trim();
    }
    external_node_fs_.rmSync(tmp, { force: true });
    const first = lastErr.split('\n').find((l) => /error/.test(l)) ?? lastErr.split('\n')[0] ?? '';
    throw new NativeUnavailable('compile_failed', `the native helper did not compile: ${first.slice(0, 300)}`, INSTALL_HINT);
}
function isExecutable(p) {
    try {
        external_node_fs_.accessSync(p, external_node_fs_.constants.X_OK);
        return external_node_fs_.statSync(p).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/runtime/native/locate.ts
// Which helper binary to run: --native-helper › ASSAY_NATIVE_HELPER › the per-user cache (compiled on
// first use) › unavailable. An explicitly named helper must exist and speak protocol 1.




const NATIVE_PROTOCOL = 1;
/** Find (or build, unless `build: false`) the helper. Never throws; the caller decides whether unavailability is fatal. */
function locateHelper(opts = {}) {
    const env = opts.env ?? process.env;
    const named = opts.explicit ?? (env.ASSAY_NATIVE_HELPER || undefined);
    if (named !== undefined) {
        const p = external_node_path_.resolve(named);
        const origin = opts.explicit !== undefined ? 'flag' : 'env';
        if (!external_node_fs_.existsSync(p))
            return { ok: false, detail: 'helper_missing', message: `native helper not found: ${named}` };
        const proto = helperProtocol(p);
        if (proto !== NATIVE_PROTOCOL) {
            return { ok: false, detail: 'protocol_mismatch', message: `native helper ${named} does not speak protocol ${NATIVE_PROTOCOL}` };
        }
        return { ok: true, path: p, origin };
    }
    if (opts.build === false) {
        const c = cachedHelperPath(env);
        if (c && external_node_fs_.existsSync(c.path))
            return { ok: true, path: c.path, origin: 'cache' };
        return { ok: false, detail: 'helper_missing', message: 'the native helper is not built yet (npm run build:native, or any sandbox run builds it)' };
    }
    try {
        const b = buildHelper({ env });
        return { ok: true, path: b.path, origin: b.compiled ? 'built' : 'cache' };
    }
    catch (e) {
        if (e instanceof NativeUnavailable)
            return { ok: false, detail: e.detail, message: e.message, ...(e.install ? { install: e.install } : {}) };
        throw e;
    }
}
/** The protocol number from `<helper> version` (`assay-native 1 <hash>`), or undefined. */
function helperProtocol(helper) {
    const r = (0,external_node_child_process_.spawnSync)(helper, ['version'], { encoding: 'utf8', timeout: 10_000 });
    const m = /^assay-native (\d+) /.exec(r.stdout ?? '');
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/runtime/native/probe.ts
// `assay-native probe`: what the kernel allows, as reported by the helper itself (the syscall is asked,
// /sys/kernel/security/lsm is never read).

class ProbeFailed extends Error {
}
/** Run the probe; throws ProbeFailed when the helper does not answer with one valid JSON line. */
function runProbe(helper, opts = {}) {
    const args = ['probe', ...(opts.netBlockPort !== undefined ? ['--net-block', String(opts.netBlockPort)] : [])];
    const r = (0,external_node_child_process_.spawnSync)(helper, args, { encoding: 'utf8', timeout: 15_000, ...(opts.env ? { env: opts.env } : {}) });
    if (r.error)
        throw new ProbeFailed(`native helper probe could not run: ${r.error.code ?? r.error.message}`);
    if (r.status !== 0)
        throw new ProbeFailed(`native helper probe exited ${r.status ?? `by ${r.signal}`}`);
    return parseProbe(r.stdout);
}
/** Parse the probe's JSON line (exported for tests with hand-written lines). */
function parseProbe(text) {
    let j;
    try {
        j = JSON.parse(text.trim().split('\n')[0] ?? '');
    }
    catch {
        throw new ProbeFailed('native helper probe printed no JSON');
    }
    const o = (j ?? {});
    const ll = (o.landlock ?? {});
    const sc = (o.seccomp ?? {});
    const statuses = ['available', 'unsupported', 'disabled', 'blocked', 'error'];
    const status = statuses.includes(ll.status) ? ll.status : 'error';
    const abi = status === 'available' && typeof ll.abi === 'number' && ll.abi > 0 ? ll.abi : 0;
    const nb = o.net_block;
    return {
        arch: typeof o.arch === 'string' ? o.arch : 'unknown',
        landlock: {
            status: abi > 0 ? status : status === 'available' ? 'error' : status,
            abi,
            ...(typeof ll.errata === 'number' ? { errata: ll.errata } : {}),
            ...(typeof ll.errno === 'string' ? { errno: ll.errno } : {}),
        },
        ptrace: o.ptrace === 'available' || o.ptrace === 'blocked' ? o.ptrace : 'error',
        seccomp: { filter: sc.filter === true, userNotif: sc.user_notif === true },
        ...(nb && typeof nb.port === 'number'
            ? { netBlock: { port: nb.port, errno: typeof nb.errno === 'string' ? nb.errno : null, connected: nb.connected === true } }
            : {}),
    };
}
/** Degradation detail for an unavailable Landlock status. */
function landlockDetail(status) {
    switch (status) {
        case 'unsupported':
            return 'landlock_unsupported';
        case 'disabled':
            return 'landlock_disabled';
        case 'blocked':
            return 'landlock_blocked';
        default:
            return 'landlock_error';
    }
}

;// CONCATENATED MODULE: ./src/runtime/native/index.ts
// The native helper from TypeScript: build, locate, probe (docs/sandbox.md).






/***/ })

};
