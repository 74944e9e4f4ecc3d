export const id = 679;
export const ids = [679];
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

/***/ 679:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  configureMigrate: () => (/* binding */ configureMigrate),
  register: () => (/* binding */ register),
  runMigrate: () => (/* binding */ runMigrate)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./cli/lenient.ts
var lenient = __webpack_require__(6764);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/eval/index.ts + 2 modules
var core_eval = __webpack_require__(5935);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 1 modules
var core_policy = __webpack_require__(1490);
// EXTERNAL MODULE: ./src/core/eval/load.ts + 6 modules
var load = __webpack_require__(4132);
// EXTERNAL MODULE: ./src/core/generate/yaml-emit.ts
var yaml_emit = __webpack_require__(7366);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/migrate/config.ts
// `assay migrate` for eval configs: v0 → v1. `$ref` expected blocks are inlined,
// legacy `expected` keys rewritten to the tagged form, one-element `expected` lists unwrapped and
// `configVersion: 1` written. Policy paths are kept. The result must load, with the same tests and
// the same check per test, before anything is written.








const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const HEADER = ['Migrated to configVersion 1 by `assay migrate`; comments of the original were not carried over.'];
function loadError(display, diagnostics) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    const where = first?.line !== undefined ? `${first.file ?? display}:${first.line}:${first.col ?? 1}` : (first?.file ?? display);
    return new errors/* ConfigError */.xL('E_CFG_PARSE', `${where}: ${first?.message ?? 'invalid config'}`, {
        source: 'config',
        context: { file: first?.file ?? display, line: first?.line, col: first?.col },
        nextStepValues: { 'config.yaml': display },
        diagnostics,
    });
}
class Rewriter {
    display;
    o;
    constructs = [];
    constructor(display, o) {
        this.display = display;
        this.o = o;
    }
    readRef(ref, where) {
        const candidates = (0,external_node_path_.isAbsolute)(ref) ? [ref] : [(0,external_node_path_.resolve)(this.o.baseDir, ref), ...(this.o.cwd ? [(0,external_node_path_.resolve)(this.o.cwd, ref)] : [])];
        const file = candidates.find((c) => (0,external_node_fs_.existsSync)(c));
        if (!file)
            throw loadError(this.display, [{ code: 'E_CFG_PARSE', severity: 'error', message: `${where}: $ref "${ref}" not found`, file: this.display, source: 'config' }]);
        const parsed = (0,yaml_source/* parseYamlSource */.W)((0,read_text/* readTextStrict */.hr)(file, ref, 'E_CFG_PARSE'), ref, 'E_CFG_PARSE');
        if (!parsed.source)
            throw loadError(this.display, parsed.errors);
        return parsed.source.value;
    }
    expected(v, where) {
        if (Array.isArray(v)) {
            if (v.length !== 1)
                return v;
            this.constructs.push(`${where}: one-element list unwrapped`);
            return this.expected(v[0], where);
        }
        if (!isObj(v))
            return v;
        if (!('type' in v)) {
            const keys = Object.keys(v);
            if (keys.length !== 1)
                return v;
            const k = keys[0];
            switch (k) {
                case '$ref': {
                    if (typeof v.$ref !== 'string')
                        return v;
                    this.constructs.push(`${where}: $ref "${v.$ref}" inlined`);
                    return this.expected(this.readRef(v.$ref, where), where);
                }
                case 'must_contain':
                    this.constructs.push(`${where}: must_contain → type: must_contain`);
                    return { type: 'must_contain', must_contain: v.must_contain };
                case 'sequence':
                    this.constructs.push(`${where}: sequence → type: sequence_valid`);
                    return { type: 'sequence_valid', sequence: v.sequence };
                case 'schema':
                    this.constructs.push(`${where}: schema → type: args_valid`);
                    return { type: 'args_valid', schema: v.schema };
                default:
                    return v;
            }
        }
        if (v.type === '$ref' && typeof v.path === 'string' && Object.keys(v).length === 2) {
            this.constructs.push(`${where}: type: $ref "${v.path}" inlined`);
            return this.expected(this.readRef(v.path, where), where);
        }
        if (v.type === 'sequence' && Object.keys(v).every((k) => k === 'type' || k === 'sequence')) {
            this.constructs.push(`${where}: type: sequence → type: sequence_valid`);
            return { type: 'sequence_valid', sequence: v.sequence };
        }
        return v;
    }
    root(v) {
        const out = {};
        const declared = 'configVersion' in v ? v.configVersion : v.version;
        if (declared !== 1)
            this.constructs.push(`configVersion ${declared === undefined ? '(absent, 0)' : JSON.stringify(declared)} → 1`);
        if ('version' in v && !('configVersion' in v))
            this.constructs.push('version → configVersion');
        out.configVersion = 1;
        for (const [k, val] of Object.entries(v)) {
            if (k === 'configVersion' || (k === 'version' && !('configVersion' in v)))
                continue;
            if (k === 'tests' && Array.isArray(val)) {
                out.tests = val.map((t, i) => {
                    if (!isObj(t) || !('expected' in t))
                        return t;
                    const id = typeof t.id === 'string' ? t.id : `tests[${i}]`;
                    return { ...t, expected: this.expected(t.expected, `test '${id}'`) };
                });
            }
            else
                out[k] = val;
        }
        return out;
    }
}
/** What must stay the same: test ids, their checks and their assertions. */
function shape(c) {
    return JSON.stringify(c.tests.map((t) => [t.id, t.prompt, t.expected?.kind ?? null, t.raw.assertions ?? null, t.onError]));
}
function migrateConfigText(text, display, o) {
    const before = (0,load/* collectEvalConfig */.Xd)(text, display, o.baseDir, { ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
    if (!before.config)
        throw loadError(display, before.diagnostics);
    const parsed = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    const value = parsed.source?.value;
    if (!isObj(value))
        throw loadError(display, parsed.errors);
    const rw = new Rewriter(display, o);
    const doc = rw.root(value);
    const notes = [...before.diagnostics.filter((d) => d.severity !== 'error')];
    for (const p of before.config.policyFiles) {
        try {
            if ((0,core_policy/* loadPolicyFile */.n$)(p.abs, p.display, { lenient: o.lenient === true }).policy.spelling.legacy) {
                notes.push({ code: 'W_POLICY_LEGACY', severity: 'warning', message: `referenced policy is a legacy v1 policy; run "assay migrate --policy ${p.display}"`, file: p.display, source: 'policy' });
            }
        }
        catch {
            // A broken referenced policy already failed the load above.
        }
    }
    if (rw.constructs.length === 0)
        return { kind: 'config', display, changed: false, original: text, migrated: text, constructs: [], notes };
    const migrated = (0,yaml_emit/* emitYaml */.h2)(doc, { header: HEADER });
    const after = (0,load/* collectEvalConfig */.Xd)(migrated, display, o.baseDir, { ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
    if (!after.config) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated config does not load: ${after.diagnostics[0]?.message ?? 'unknown error'}; nothing was written`, { source: 'config', context: { file: display } });
    }
    if (shape(before.config) !== shape(after.config)) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated config would check differently; nothing was written`, { source: 'config', context: { file: display } });
    }
    return { kind: 'config', display, changed: true, original: text, migrated, constructs: rw.constructs, notes };
}

;// CONCATENATED MODULE: ./src/core/migrate/equivalence.ts
// "Decides every call exactly as the original": the two models must write the same v2
// document (every decision input: patterns, classes, schemas, enforcement, limits, pins, sequences,
// aliases, on_error) and agree on probe calls built from every name the policies mention.

function namesOf(p) {
    const names = new Set(['', 'assay_probe_unlisted_tool']);
    const t = p.tools;
    for (const l of [t.allow, t.deny, t.approvalRequired, t.restrictScope, t.redactArgs]) {
        for (const e of l?.entries ?? []) {
            names.add(e.pattern);
            names.add(e.matcher.text);
            names.add(`${e.matcher.text}_probe`);
            names.add(`probe_${e.matcher.text}`);
        }
    }
    for (const k of p.schemas.keys())
        names.add(k);
    for (const k of p.toolClasses.keys())
        names.add(k);
    for (const k of p.toolPins.keys())
        names.add(k);
    for (const members of p.aliases.values())
        for (const m of members)
            names.add(m);
    for (const r of p.sequences) {
        const raw = r.raw;
        for (const key of ['tool', 'first', 'then', 'trigger', 'forbidden', 'pattern']) {
            const v = raw[key];
            if (typeof v === 'string')
                names.add(v);
            else if (v && typeof v === 'object' && typeof v.tool === 'string')
                names.add(v.tool);
        }
    }
    return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
const PROBE_ARGS = [{}, { path: '/probe', x: 'x' }];
function key(d) {
    return `${d.decision}|${d.code ?? ''}|${d.rule ?? ''}`;
}
/** Differences between two policies on the given entries (each entry decided in one session). */
function decisionMismatches(a, b, entries, opts = {}) {
    const out = [];
    entries.forEach((calls, ei) => {
        const sa = a.newSession();
        const sb = b.newSession();
        calls.forEach((c, i) => {
            const da = sa.decide(c, { incremental: opts.incremental === true });
            const db = sb.decide(c, { incremental: opts.incremental === true });
            if (key(da) !== key(db))
                out.push(`entry ${ei} call ${i} (${c.tool_name}): ${key(da)} vs ${key(db)}`);
        });
        const fa = sa.finish().map((s) => `${s.rule_id}=${s.status}`).join(',');
        const fb = sb.finish().map((s) => `${s.rule_id}=${s.status}`).join(',');
        if (fa !== fb)
            out.push(`entry ${ei} sequences: ${fa} vs ${fb}`);
    });
    return out;
}
function policyEquivalence(original, migrated) {
    const da = JSON.stringify((0,core_policy/* toV2Document */.hi)(original));
    const db = JSON.stringify((0,core_policy/* toV2Document */.hi)(migrated));
    const out = [];
    if (da !== db)
        out.push('the normalised policies differ');
    const names = [...new Set([...namesOf(original), ...namesOf(migrated)])];
    const single = names.flatMap((n) => PROBE_ARGS.map((args) => [{ tool_name: n, args }]));
    out.push(...decisionMismatches(original, migrated, single));
    out.push(...decisionMismatches(original, migrated, [names.map((n) => ({ tool_name: n, args: {} }))]));
    return out;
}

;// CONCATENATED MODULE: ./src/core/migrate/policy.ts
// `assay migrate` for policies: legacy v1 → minimal v2 through the one loader and
// toV2Document; the documented short form is left alone unless --to-v2. The result is re-loaded and
// must decide every call exactly as the original (equivalence.ts), else nothing is written.





const policy_HEADER = ['Migrated to policy v2 by `assay migrate`; comments of the original were not carried over.'];
function legacyConstructs(raw, policy, toV2) {
    const out = [];
    const v = raw.version;
    if (v === 1 || v === '1' || v === '1.0' || v === 1.0)
        out.push(`version ${JSON.stringify(v)} → "2.0"`);
    const tools = raw.tools;
    if (tools && typeof tools === 'object' && !Array.isArray(tools)) {
        if ('arg_constraints' in tools)
            out.push('tools.arg_constraints → schemas');
        if ('require_args' in tools)
            out.push('tools.require_args → schemas.<tool>.required');
    }
    if (policy.spelling.legacy || toV2) {
        if ('allow' in raw)
            out.push('allow → tools.allow');
        if ('deny' in raw)
            out.push('deny → tools.deny');
        if ('constraints' in raw)
            out.push('constraints → schemas');
    }
    return out;
}
/** Migrate policy text. Throws ConfigError E_POLICY_PARSE when the original does not load. */
function migratePolicyText(text, display, opts = {}) {
    // Unknown keys refuse the migration unless lenient: then they are warnings and are carried over.
    const lenient = opts.lenient === true;
    const loaded = (0,core_policy/* parsePolicy */.ON)(text, display, { lenient });
    const policy = loaded.policy;
    const needs = policy.spelling.legacy || (opts.toV2 === true && policy.spelling.short);
    if (!needs)
        return { kind: 'policy', display, changed: false, original: text, migrated: text, constructs: [], notes: loaded.diagnostics };
    const raw = ((0,yaml_source/* parseYamlSource */.W)(text, display, 'E_POLICY_PARSE').source?.value ?? {});
    const doc = (0,core_policy/* toV2Document */.hi)(policy);
    // Unknown root keys had no effect; they are kept (after the known ones) rather than silently lost.
    for (const [k, v] of Object.entries(raw))
        if (!core_policy/* ROOT_KEYS */.yv.includes(k))
            doc[k] = v;
    const migrated = (0,yaml_emit/* emitYaml */.h2)(doc, { header: policy_HEADER });
    let reloaded;
    try {
        reloaded = (0,core_policy/* parsePolicy */.ON)(migrated, display, { lenient }).policy;
    }
    catch (e) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated policy does not load: ${e.message}`, { source: 'policy', context: { file: display } });
    }
    const diff = policyEquivalence(policy, reloaded);
    if (diff.length) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated policy would decide differently (${diff[0]}); nothing was written`, { source: 'policy', context: { file: display } });
    }
    return { kind: 'policy', display, changed: true, original: text, migrated, constructs: legacyConstructs(raw, policy, opts.toV2 === true), notes: loaded.diagnostics };
}

// EXTERNAL MODULE: ./src/core/migrate/diff.ts
var diff = __webpack_require__(7158);
;// CONCATENATED MODULE: ./src/core/migrate/index.ts
// `assay migrate`: legacy policies and eval configs to the current form. This module plans
// the rewrite (text in, text out, verified); the CLI previews, backs up and writes.












/** `--config F`: an eval config or a policy, told apart by content. */
function migrateConfigFile(path, display, o = {}) {
    const cf = (0,config_kind/* readConfigFile */.RG)(path, display);
    if (cf.kind === 'policy')
        return migratePolicyText(cf.text, display, { toV2: o.toV2 === true, lenient: o.lenient === true });
    return migrateConfigText(cf.text, display, { baseDir: (0,external_node_path_.dirname)(path), ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
}
/** `--policy P`. A missing or unreadable file → E_POLICY_PARSE. */
function migratePolicyFile(path, display, o = {}) {
    let text;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile() || st.size > core_policy/* POLICY_MAX_BYTES */.gY)
            throw new Error('policy must be a regular file of at most 1 MiB');
        text = (0,read_text/* readTextStrict */.hr)(path, display, 'E_POLICY_PARSE', { source: 'policy', nextStepValues: { 'policy.yaml': display } });
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        const message = `cannot read policy file: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`;
        throw new errors/* ConfigError */.xL('E_POLICY_PARSE', `${display}: ${message}`, {
            source: 'policy',
            context: { file: display },
            nextStepValues: { 'policy.yaml': display },
            diagnostics: [{ code: 'E_POLICY_PARSE', severity: 'error', message, file: display, source: 'policy' }],
        });
    }
    return migratePolicyText(text, display, { toV2: o.toV2 === true, lenient: o.lenient === true });
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/command-helpers.ts
var command_helpers = __webpack_require__(1518);
;// CONCATENATED MODULE: ./cli/commands/migrate.ts
// `assay migrate` (alias `assay policy migrate --input P`): legacy v1 policies and v0 eval
// configs to the current form, with a diff preview, a `.bak` of the original, and a re-check that the
// result loads and decides as the original did.









function configureMigrate(cmd) {
    return cmd
        .description('Rewrite legacy v1 policies and v0 eval configs to the current form (backup: <file>.bak)')
        .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
        .option('-p, --policy <file>', 'policy file')
        .option('--to-v2', 'also rewrite the README short form (root allow/deny/constraints) to v2')
        .option('--lenient', lenient/* LENIENT_HELP */.IC)
        .option('--check', 'change nothing; exit 2 when a migration is needed')
        .option('--dry-run', 'print the migrated file on stdout and a diff on stderr; write nothing')
        .option('-o, --output <file>', 'write the result here instead of in place');
}
function register(program) {
    configureMigrate(program.command('migrate')).action((flags) => {
        process.exitCode = runMigrate(flags);
    });
    // `assay policy migrate --input P` (alias).
    const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
    configureMigrate(policy.command('migrate'))
        .option('-i, --input <file>', 'policy file (same as --policy)')
        .action((flags) => {
        if (flags.input !== undefined && flags.policy !== undefined && flags.input !== flags.policy) {
            process.exitCode = (0,output/* reportError */.N7)(new errors/* UsageError */.eb('E_INVALID_ARGS', '--input is an alias of --policy; give only one', { source: 'cli' }));
            return;
        }
        process.exitCode = runMigrate({ ...flags, ...(flags.input !== undefined ? { policy: flags.input } : {}) });
    });
}
/** `<file>.bak`, or `<file>.bak.N` when an earlier backup is already there (never overwritten). */
function backupPath(path) {
    let p = `${path}.bak`;
    for (let n = 1; (0,external_node_fs_.existsSync)(p); n++)
        p = `${path}.bak.${n}`;
    return p;
}
function migrateOne(m, path, flags) {
    // Deprecation warnings about the very constructs being migrated would only repeat the list below.
    for (const n of m.notes)
        if (!(m.changed && (n.code === 'W_POLICY_LEGACY' || n.code === 'W_CFG_REF_DEPRECATED') && n.file === m.display))
            (0,output/* err */._q)((0,errors/* formatDiagnostic */.xy)(n));
    const what = m.kind === 'policy' ? 'policy' : 'config';
    if (!m.changed) {
        (0,output/* err */._q)(flags.check ? `"${m.display}" is clean (already migrated).` : `${m.display}: No legacy constructs found.`);
        return 0;
    }
    if (flags.check) {
        const code = m.kind === 'policy' ? 'E_POLICY_PARSE' : 'E_CFG_PARSE';
        (0,output/* err */._q)(`error ${code}: Migration required for "${m.display}". Run 'assay migrate'`);
        for (const c of m.constructs)
            (0,output/* err */._q)(`  - ${c}`);
        (0,output/* err */._q)(`Next: Run: ${(0,reason_codes/* shellCommand */.q$)(['assay', 'migrate', `--${m.kind === 'policy' ? 'policy' : 'config'}`, m.display])}`);
        return 2;
    }
    const out = flags.output ? (0,paths/* fileRef */.M)(flags.output) : { path, display: m.display };
    if (flags.dryRun) {
        (0,output/* emitArtefact */.g9)(`--- Migrated ${what} (dry run) ---\n${m.migrated}`);
        for (const c of m.constructs)
            (0,output/* err */._q)(`  - ${c}`);
        (0,output/* err */._q)((0,diff/* unifiedDiff */.W)(m.original, m.migrated, { fromFile: `a/${m.display}`, toFile: `b/${out.display}` }).trimEnd());
        (0,output/* err */._q)('note: comments in the original are not carried over');
        return 0;
    }
    if (!flags.output) {
        const bak = backupPath(path);
        try {
            (0,external_node_fs_.writeFileSync)(bak, m.original);
        }
        catch (e) {
            throw new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${bak}: ${e.message}`, { source: 'cli', nextStepValues: { path: `${m.display}.bak` } });
        }
        (0,output/* err */._q)(`Backup: ${(0,paths/* fileRef */.M)(bak).display}`);
    }
    (0,command_helpers/* writeOutput */.zh)(out.path, out.display, m.migrated);
    (0,output/* err */._q)(`Migrated ${what} ${m.display}${flags.output ? ` → ${out.display}` : ''}:`);
    for (const c of m.constructs)
        (0,output/* err */._q)(`  - ${c}`);
    (0,output/* err */._q)(`Validated: ${out.display} loads${m.kind === 'policy' ? ' and decides every call as the original' : ' with the same tests and checks'}`);
    (0,output/* err */._q)('note: comments in the original are not carried over');
    return 0;
}
function runMigrate(flags) {
    try {
        const policyGiven = flags.policy;
        if (flags.check && flags.dryRun)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--check and --dry-run are exclusive', { source: 'cli' });
        let configGiven = flags.config;
        if (!configGiven && !policyGiven) {
            const f = (0,core_eval/* findDefaultConfig */.BE)(process.cwd());
            if (!f)
                throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', 'nothing to migrate: no --config, no --policy, and no eval.yaml, assay.yaml or mcp-eval.yaml here', { source: 'config' });
            configGiven = f.name;
            (0,output/* err */._q)(`note: using config ${f.name}`);
        }
        if (configGiven && policyGiven && flags.output)
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--output takes one file: migrate --config and --policy separately', { source: 'cli' });
        let exit = 0;
        const opts = { toV2: flags.toV2 === true, lenient: (0,lenient/* lenientFlag */.U_)(flags), cwd: process.cwd() };
        if (configGiven) {
            const r = (0,paths/* fileRef */.M)(configGiven);
            exit = Math.max(exit, migrateOne(migrateConfigFile(r.path, r.display, opts), r.path, flags));
        }
        if (policyGiven) {
            const r = (0,paths/* fileRef */.M)(policyGiven);
            exit = Math.max(exit, migrateOne(migratePolicyFile(r.path, r.display, opts), r.path, flags));
        }
        return exit;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
}


/***/ }),

/***/ 7366:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pn: () => (/* binding */ pathKey),
/* harmony export */   h2: () => (/* binding */ emitYaml)
/* harmony export */ });
/* unused harmony export commentText */
/* harmony import */ var _init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6983);
// A small, deterministic YAML emitter for the documents the authoring commands write (generated
// policies, profiles, migrated files). Strings are always double-quoted, so no value (`yes`, `*`, `- x`,
// `a: b`) changes meaning; comments are attached to map keys and list items by path. Same value → same bytes.

function pathKey(path) {
    return JSON.stringify(path);
}
/** One line of comment text: controls and line breaks can never end the comment early. */
function commentText(s) {
    return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_.$-]*$/;
const RESERVED = new Set(['true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n', '~']);
function keyText(k) {
    return PLAIN_KEY.test(k) && !RESERVED.has(k.toLowerCase()) ? k : (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(k);
}
function scalar(v) {
    if (v === null || v === undefined)
        return 'null';
    if (typeof v === 'string')
        return (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(v);
    if (typeof v === 'number')
        return Number.isFinite(v) ? String(v) : 'null';
    if (typeof v === 'boolean')
        return v ? 'true' : 'false';
    return (0,_init_yaml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .yamlString */ .l)(String(v));
}
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function isScalar(v) {
    return v === null || v === undefined || typeof v !== 'object';
}
function emitYaml(value, opts = {}) {
    const out = [];
    for (const h of opts.header ?? [])
        out.push(h === '' ? '#' : `# ${commentText(h)}`);
    const comments = opts.comments ?? new Map();
    const hasCommentBelow = (path) => {
        const prefix = pathKey(path).slice(0, -1);
        for (const k of comments.keys())
            if (k.startsWith(prefix) && k.length > prefix.length + 1)
                return true;
        return false;
    };
    const commentLines = (path, indent) => {
        for (const c of comments.get(pathKey(path)) ?? [])
            out.push(`${indent}# ${commentText(c)}`);
    };
    /** Inline form of a value when it fits on its key's line, else null. */
    const inline = (v, path) => {
        if (isScalar(v))
            return scalar(v);
        if (Array.isArray(v)) {
            if (v.length === 0)
                return '[]';
            if (v.every(isScalar) && !hasCommentBelow(path)) {
                const flow = `[${v.map(scalar).join(', ')}]`;
                if (flow.length <= 100)
                    return flow;
            }
            return null;
        }
        if (isMap(v) && Object.keys(v).length === 0)
            return '{}';
        return null;
    };
    const block = (v, path, indent) => {
        if (Array.isArray(v)) {
            v.forEach((item, i) => {
                const p = [...path, i];
                commentLines(p, indent);
                const il = inline(item, p);
                if (il !== null) {
                    out.push(`${indent}- ${il}`);
                }
                else if (isMap(item)) {
                    // First key on the dash line, the rest aligned under it.
                    const start = out.length;
                    block(item, p, indent + '  ');
                    const first = out[start];
                    if (first !== undefined && first.startsWith(indent + '  ') && !first.startsWith(indent + '  #')) {
                        out[start] = `${indent}- ${first.slice(indent.length + 2)}`;
                    }
                    else {
                        out.splice(start, 0, `${indent}-`);
                    }
                }
                else {
                    out.push(`${indent}-`);
                    block(item, p, indent + '  ');
                }
            });
            return;
        }
        if (isMap(v)) {
            for (const [k, val] of Object.entries(v)) {
                if (val === undefined)
                    continue;
                const p = [...path, k];
                commentLines(p, indent);
                const il = inline(val, p);
                if (il !== null)
                    out.push(`${indent}${keyText(k)}: ${il}`);
                else {
                    out.push(`${indent}${keyText(k)}:`);
                    block(val, p, indent + '  ');
                }
            }
            return;
        }
        out.push(`${indent}${scalar(v)}`);
    };
    const top = inline(value, []);
    if (top !== null && !isMap(value))
        out.push(top);
    else if (isMap(value) && Object.keys(value).length === 0)
        out.push('{}');
    else
        block(value, [], '');
    return out.join('\n') + '\n';
}


/***/ }),

/***/ 6983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ yamlString),
/* harmony export */   y: () => (/* binding */ yamlFlowList)
/* harmony export */ });
// Tiny helpers for the YAML we generate from templates. Strings are always double-quoted so no value
// (a tool name like `yes`, `*`, `- x`, `a: b`) can change meaning; output is plain text we control.
/** A YAML 1.2 double-quoted scalar. JSON escapes plus `\uXXXX` for what YAML does not allow raw. */
function yamlString(s) {
    return JSON.stringify(s).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}
/** `[a, b]` flow list of quoted strings. */
function yamlFlowList(items) {
    return '[' + items.map(yamlString).join(', ') + ']';
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
