export const id = 991;
export const ids = [991];
export const modules = {

/***/ 991:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6147);
/* harmony import */ var _src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4885);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(639);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7810);
/* harmony import */ var _command_helpers_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(1518);
// `assay profile init | update | show`: a profile of many runs for `generate --profile`.








function register(program) {
    const group = program.command('profile').description('Profiles of many runs: init, update, show (input to generate --profile)');
    group.exitOverride();
    group
        .command('init')
        .description('Create an empty profile')
        .option('-o, --output <file>', 'profile to create', 'assay-profile.yaml')
        .option('--name <name>', 'profile name', 'default')
        .option('--scope <scope>', 'lock the profile to a scope (e.g. a branch or environment)')
        .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
        .exitOverride()
        .action((flags) => {
        process.exitCode = runInit(flags);
    });
    group
        .command('update')
        .description('Merge one run into a profile (idempotent per run id)')
        .requiredOption('--profile <file>', 'profile to update')
        .requiredOption('-i, --input <file>', 'runtime events or a tool-call trace of the run (- for stdin)')
        .requiredOption('--run-id <id>', 'id of the run (merging the same id again changes nothing)')
        .option('--scope <scope>', 'scope of this run (the first scope seen is locked)')
        .option('--force', 'merge a run of another scope')
        .option('--strict', 'bad input lines are fatal, and an already merged run id is an error')
        .option('-v, --verbose', 'list the entries seen for the first time')
        .option('--kind <kind>', 'auto | runtime | tool', 'auto')
        .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
        .exitOverride()
        .action(async (flags) => {
        process.exitCode = await runUpdate(flags);
    });
    group
        .command('show')
        .description('Totals and the top entries by runs seen')
        .requiredOption('--profile <file>', 'profile to show')
        .option('-f, --format <format>', 'summary | json | yaml', 'summary')
        .option('--top <n>', 'how many entries to list', '10')
        .exitOverride()
        .action((flags) => {
        process.exitCode = runShow(flags);
    });
}
function runInit(flags) {
    try {
        const out = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.output);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(out.path))
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `${out.display} already exists (profile init never overwrites)`, { source: 'cli' });
        const p = (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .emptyProfile */ .ji)(flags.name, (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .isoSeconds */ .nE)((0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .commandClock */ .OI)(flags.reproducible)), flags.scope);
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .writeOutput */ .zh)(out.path, out.display, (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeProfile */ .Kt)(p, (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .profileFormatFor */ .i)(out.path)));
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Created profile: ${out.display}`);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(e);
    }
}
async function runUpdate(flags) {
    try {
        const ref = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.profile);
        const profile = (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProfile */ .iH)(ref.path, ref.display);
        const obs = await (0,_src_core_generate_index_js__WEBPACK_IMPORTED_MODULE_2__/* .observe */ .lB)((0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .traceInput */ .ed)(flags.input), { kind: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .parseKind */ .UY)(flags.kind), strict: flags.strict === true });
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .printWarnings */ .VW)(obs.warnings);
        const now = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .commandClock */ .OI)(flags.reproducible);
        const r = (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .mergeRun */ .CU)(profile, obs.kind === 'runtime' ? { kind: 'runtime', events: obs.events } : { kind: 'tool', tools: obs.stats.tools }, {
            runId: flags.runId,
            ...(flags.scope !== undefined ? { scope: flags.scope } : {}),
            force: flags.force === true,
            nowSeconds: Math.floor(now.getTime() / 1000),
            nowIso: (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .isoSeconds */ .nE)(now),
        });
        if (r.status === 'already_merged') {
            if (flags.strict)
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `run ${JSON.stringify(flags.runId)} is already merged into ${ref.display} (--strict)`, { source: 'cli' });
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`note: run ${JSON.stringify(flags.runId)} is already merged into ${ref.display}; nothing changed`);
            return 0;
        }
        for (const n of r.notes)
            (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`warning: ${n}`);
        (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .writeOutput */ .zh)(ref.path, ref.display, (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .serializeProfile */ .Kt)(r.profile, (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .profileFormatFor */ .i)(ref.path)));
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`Merged run ${JSON.stringify(flags.runId)} into ${ref.display}: ${r.added.length} new, ${r.updated} seen again (${r.profile.total_runs} run(s) in total)`);
        if (flags.verbose)
            for (const a of r.added)
                (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .err */ ._q)(`  + ${a}`);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(e);
    }
}
function runShow(flags) {
    try {
        const format = (0,_options_js__WEBPACK_IMPORTED_MODULE_6__/* .parseFormat */ .Xc)(flags.format, ['summary', 'json', 'yaml']);
        const top = (0,_command_helpers_js__WEBPACK_IMPORTED_MODULE_7__/* .numberFlag */ .C$)('--top', flags.top);
        if (!Number.isSafeInteger(top) || top < 0)
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', `--top must be a non-negative integer (got "${flags.top}")`, { source: 'cli' });
        const ref = (0,_paths_js__WEBPACK_IMPORTED_MODULE_5__/* .fileRef */ .M)(flags.profile);
        const s = (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .summarizeProfile */ .jA)((0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .loadProfile */ .iH)(ref.path, ref.display), top);
        (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .emitArtefact */ .g9)(format === 'summary' ? (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .profileSummaryText */ .$v)(s) : (0,_src_core_profile_index_js__WEBPACK_IMPORTED_MODULE_3__/* .profileSummaryDocument */ .nK)(s, format));
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_4__/* .reportError */ .N7)(e);
    }
}


/***/ })

};
