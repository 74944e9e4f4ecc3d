export const id = 395;
export const ids = [395];
export const modules = {

/***/ 5395:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   commandClock: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.OI),
/* harmony export */   configureGenerate: () => (/* binding */ configureGenerate),
/* harmony export */   isoSeconds: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.nE),
/* harmony export */   numberFlag: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.C$),
/* harmony export */   parseKind: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.UY),
/* harmony export */   printWarnings: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.VW),
/* harmony export */   register: () => (/* binding */ register),
/* harmony export */   runGenerate: () => (/* binding */ runGenerate),
/* harmony export */   traceInput: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.ed),
/* harmony export */   writeOutput: () => (/* reexport safe */ _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__.zh)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6147);
/* harmony import */ var _src_core_migrate_diff_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(7158);
/* harmony import */ var _src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4885);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7810);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1518);
// `assay generate` (alias `assay policy generate`): a policy learned from one run (`-i`) or a
// profile of many runs (`--profile`). Runtime events → runtime policy document; tool-call traces → a
// least-privilege v2 tool policy (docs/authoring.md).









// Shared with other commands (../command-helpers.ts); re-exported for callers that import them from here.

function configureGenerate(cmd) {
    return cmd
        .description('Generate a policy from observed behaviour: one run (-i) or a profile (--profile)')
        .option('-i, --input <file>', 'runtime events or a tool-call trace (JSONL, .json call list, or - for stdin)')
        .option('--profile <file>', 'a profile of many runs (assay profile update)')
        .option('-o, --output <file>', 'where to write the policy', 'policy.yaml')
        .option('--name <name>', 'policy name', 'Generated Policy')
        .option('-f, --format <format>', 'yaml | json', 'yaml')
        .option('--dry-run', 'print the policy on stdout; write nothing')
        .option('--diff', 'print a unified diff against the existing output')
        .option('--heuristics', 'flag risky entries; for tool traces generalise argument patterns and deny command tools')
        .option('--entropy-threshold <bits>', 'path-segment entropy that needs review', '3.8')
        .option('--min-stability <x>', 'profile: stability to allow an entry (0–1)', '0.7')
        .option('--review-threshold <x>', 'profile: stability to list an entry for review (0–1, ≤ min-stability)', '0.6')
        .option('--new-is-risky', 'profile: entries below the thresholds or min-runs go to needs_review')
        .option('--alpha <a>', 'profile: Laplace smoothing α (> 0)', '1.0')
        .option('--min-runs <n>', 'profile: runs an entry needs before it can be allowed', '1')
        .option('--wilson-z <z>', 'profile: z of the Wilson lower bound (> 0)', '1.96')
        .option('--stability-method <m>', 'profile: laplace (share of runs, default) | wilson (lower bound)', 'laplace')
        .option('--kind <kind>', 'auto | runtime | tool (what the input holds; default: told by content)', 'auto')
        .option('--strict', 'bad input lines are fatal')
        .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
        .option('-q, --quiet', 'errors only');
}
function register(program) {
    const action = async (flags) => {
        process.exitCode = await runGenerate(flags);
    };
    configureGenerate(program.command('generate')).action(action);
    // `assay policy generate` (alias).
    const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
    configureGenerate(policy.command('generate')).action(action);
}
async function runGenerate(flags) {
    try {
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(flags.format, ['yaml', 'json']);
        if ((flags.input === undefined) === (flags.profile === undefined)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', 'give exactly one of --input/-i or --profile', { source: 'cli' });
        }
        const method = flags.stabilityMethod;
        if (method !== 'laplace' && method !== 'wilson')
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `invalid --stability-method "${method}" (allowed: laplace, wilson)`, { source: 'cli' });
        const stability = {
            minStability: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--min-stability', flags.minStability),
            reviewThreshold: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--review-threshold', flags.reviewThreshold),
            newIsRisky: flags.newIsRisky === true,
            alpha: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--alpha', flags.alpha),
            minRuns: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--min-runs', flags.minRuns),
            wilsonZ: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--wilson-z', flags.wilsonZ),
            method,
        };
        const kind = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKind */ .UY)(flags.kind);
        const entropyThreshold = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--entropy-threshold', flags.entropyThreshold);
        (0,_src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .checkGenerateOptions */ .o6)({ stability, entropyThreshold });
        const now = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .commandClock */ .OI)(flags.reproducible);
        let profile;
        if (flags.profile !== undefined) {
            const p = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.profile);
            profile = { profile: (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProfile */ .iH)(p.path, p.display), display: p.display };
        }
        const r = await (0,_src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .generatePolicy */ .WA)({
            ...(flags.input !== undefined ? { input: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .traceInput */ .ed)(flags.input) } : {}),
            ...(profile ? { profile } : {}),
            kind,
            name: flags.name,
            format,
            heuristics: flags.heuristics === true,
            entropyThreshold,
            stability,
            strict: flags.strict === true,
            generatedAt: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .isoSeconds */ .nE)(now),
        });
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .printWarnings */ .VW)(r.warnings, flags.quiet);
        if (!flags.quiet) {
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Aggregated ${r.unique} unique from ${r.events} ${r.kind === 'runtime' ? 'events' : 'calls'}`);
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Policy: ${r.allow} allow, ${r.needs_review} needs_review, ${r.deny} deny`);
        }
        const out = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.output);
        if (flags.diff) {
            const before = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(out.path) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(out.path, 'utf8') : '';
            const d = (0,_src_core_migrate_diff_js__WEBPACK_IMPORTED_MODULE_8__/* .unifiedDiff */ .W)(before, r.text, { fromFile: `a/${out.display}`, toFile: `b/${out.display}` });
            if (d)
                process.stdout.write(d);
            else if (!flags.quiet)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`No changes to ${out.display}`);
        }
        if (flags.dryRun) {
            if (!flags.diff)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .emitArtefact */ .g9)(r.text);
            return 0;
        }
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .writeOutput */ .zh)(out.path, out.display, r.text);
        if (!flags.quiet)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Wrote ${out.display}`);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(e);
    }
}


/***/ }),

/***/ 7158:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ unifiedDiff)
/* harmony export */ });
// Unified diffs for previews (`migrate --dry-run`, `doctor --fix --dry-run`, `generate --diff`).
// Myers' O((N+M)·D) algorithm over lines; past MAX_EDITS edits the whole file is one hunk (still a
// correct diff, just not a minimal one), which keeps time and memory bounded on unrelated files.
const MAX_EDITS = 4000;
/** A last line without LF carries this mark, so it differs from the same line with one. */
const NO_NEWLINE = '\u0000no-newline';
function splitLines(s) {
    if (s === '')
        return [];
    const finalNewline = s.endsWith('\n');
    const lines = (finalNewline ? s.slice(0, -1) : s).split('\n');
    if (!finalNewline)
        lines[lines.length - 1] += NO_NEWLINE;
    return lines;
}
function render(op) {
    return op.line.endsWith(NO_NEWLINE) ? `${op.kind}${op.line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file` : `${op.kind}${op.line}`;
}
/** Edit script from a to b, or null when it needs more than MAX_EDITS edits. */
function myers(a, b) {
    const n = a.length;
    const m = b.length;
    const max = Math.min(n + m, MAX_EDITS);
    const offset = max + 1;
    let v = new Int32Array(2 * max + 3);
    const trace = [];
    for (let d = 0; d <= max; d++) {
        trace.push(v.slice());
        const next = v.slice();
        for (let k = -d; k <= d; k += 2) {
            let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
            let y = x - k;
            while (x < n && y < m && a[x] === b[y]) {
                x++;
                y++;
            }
            next[offset + k] = x;
            if (x >= n && y >= m) {
                trace.push(next);
                return backtrack(trace, a, b, offset);
            }
        }
        v = next;
    }
    return null;
}
function backtrack(trace, a, b, offset) {
    const ops = [];
    let x = a.length;
    let y = b.length;
    for (let d = trace.length - 2; d >= 0; d--) {
        const v = trace[d];
        const k = x - y;
        const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
        const prevX = d === 0 ? 0 : v[offset + prevK];
        const prevY = prevX - prevK;
        while (x > prevX && y > prevY) {
            ops.push({ kind: ' ', line: a[x - 1] });
            x--;
            y--;
        }
        if (d === 0)
            break;
        if (x === prevX)
            ops.push({ kind: '+', line: b[prevY] });
        else
            ops.push({ kind: '-', line: a[prevX] });
        x = prevX;
        y = prevY;
    }
    while (x > 0 && y > 0) {
        ops.push({ kind: ' ', line: a[x - 1] });
        x--;
        y--;
    }
    return ops.reverse();
}
/** A unified diff (`---`/`+++` headers, `@@` hunks); "" when the texts are equal. */
function unifiedDiff(before, after, o) {
    if (before === after)
        return '';
    const A = splitLines(before);
    const B = splitLines(after);
    const ctx = o.context ?? 3;
    let ops = myers(A, B);
    if (ops === null)
        ops = [...A.map((line) => ({ kind: '-', line })), ...B.map((line) => ({ kind: '+', line }))];
    const lines = [`--- ${o.fromFile}`, `+++ ${o.toFile}`];
    // Positions (1-based) of each op in a and b.
    let ai = 1;
    let bi = 1;
    const pos = ops.map((op) => {
        const p = { a: ai, b: bi };
        if (op.kind !== '+')
            ai++;
        if (op.kind !== '-')
            bi++;
        return p;
    });
    let i = 0;
    while (i < ops.length) {
        while (i < ops.length && ops[i].kind === ' ')
            i++;
        if (i >= ops.length)
            break;
        const start = Math.max(0, i - ctx);
        let end = i;
        // Extend the hunk while changes are within 2·ctx of each other.
        for (;;) {
            while (end < ops.length && ops[end].kind !== ' ')
                end++;
            let j = end;
            while (j < ops.length && ops[j].kind === ' ' && j - end < 2 * ctx)
                j++;
            if (j < ops.length && ops[j].kind !== ' ')
                end = j;
            else
                break;
        }
        const stop = Math.min(ops.length, end + ctx);
        const hunk = ops.slice(start, stop);
        const aCount = hunk.filter((x) => x.kind !== '+').length;
        const bCount = hunk.filter((x) => x.kind !== '-').length;
        const aStart = aCount === 0 ? pos[start].a - 1 : pos[start].a;
        const bStart = bCount === 0 ? pos[start].b - 1 : pos[start].b;
        lines.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
        for (const op of hunk)
            lines.push(render(op));
        i = stop;
    }
    return lines.join('\n') + '\n';
}


/***/ })

};
