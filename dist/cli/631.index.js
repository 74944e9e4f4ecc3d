export const id = 631;
export const ids = [631];
export const modules = {

/***/ 6631:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   register: () => (/* binding */ register),
/* harmony export */   runSchema: () => (/* binding */ runSchema)
/* harmony export */ });
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
/* harmony import */ var _src_core_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(112);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5338);



function register(program) {
    program
        .command('schema')
        .description('Print the JSON Schema (draft 2020-12) of a policy or an eval config')
        .argument('<kind>', `which schema: ${_src_core_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_KINDS */ .mP.join(' | ')}`)
        .option('-o, --output <file>', 'write the schema to this file instead of stdout')
        .action((kind, flags) => {
        process.exitCode = runSchema(kind, flags);
    });
}
function runSchema(kind, flags) {
    try {
        if (!(0,_src_core_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .isSchemaKind */ .cj)(kind)) {
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb('E_INVALID_ARGS', `unknown schema "${kind}" (available: ${_src_core_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .SCHEMA_KINDS */ .mP.join(', ')})`, { source: 'cli' });
        }
        (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .emitArtefact */ .g9)((0,_src_core_schemas_index_js__WEBPACK_IMPORTED_MODULE_1__/* .schemaText */ .tk)(kind), flags.output);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_2__/* .reportError */ .N7)(e);
    }
}


/***/ })

};
