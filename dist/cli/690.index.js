export const id = 690;
export const ids = [690];
export const modules = {

/***/ 7309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   loadEvidence: () => (/* binding */ loadEvidence)
/* harmony export */ });
const SUBCOMMANDS = {
    export: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(925), __webpack_require__.e(460), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(388), __webpack_require__.e(728), __webpack_require__.e(978)]).then(__webpack_require__.bind(__webpack_require__, 8597))).registerExport,
    verify: async () => (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(616)]).then(__webpack_require__.bind(__webpack_require__, 7616))).registerVerify,
    lint: async () => (await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(925), __webpack_require__.e(460), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(718), __webpack_require__.e(230)]).then(__webpack_require__.bind(__webpack_require__, 6230))).registerLint,
    diff: async () => (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(460), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(353)]).then(__webpack_require__.bind(__webpack_require__, 2353))).registerDiff,
    explore: async () => (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(405)]).then(__webpack_require__.bind(__webpack_require__, 4250))).registerExplore,
    attest: async () => (await Promise.all(/* import() */[__webpack_require__.e(925), __webpack_require__.e(284), __webpack_require__.e(216), __webpack_require__.e(183)]).then(__webpack_require__.bind(__webpack_require__, 5183))).registerAttest,
};
const ALIASES = { show: 'explore' };
/** Loads the subcommands `argv` (the words after `evidence`) needs; call before register. */
async function loadEvidence(argv) {
    const at = argv.indexOf('evidence');
    const sub = at >= 0 ? argv.slice(at + 1).find((a) => !a.startsWith('-')) : undefined;
    const key = sub !== undefined ? (ALIASES[sub] ?? sub) : undefined;
    const keys = key !== undefined && key in SUBCOMMANDS ? [key] : Object.keys(SUBCOMMANDS);
    const regs = await Promise.all(keys.map((k) => SUBCOMMANDS[k]()));
    return (program) => {
        const evidence = program
            .command('evidence')
            .description('Evidence bundles: export, verify, lint, diff, explore, show, attest')
            .exitOverride();
        for (const r of regs)
            r(evidence);
    };
}


/***/ })

};
