export const id = 679;
export const ids = [679];
export const modules = {

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
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/eval/index.ts + 2 modules
var core_eval = __webpack_require__(5935);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/gate/config-kind.ts
var config_kind = __webpack_require__(4920);
// EXTERNAL MODULE: ./src/core/policy/index.ts + 7 modules
var core_policy = __webpack_require__(7278);
// EXTERNAL MODULE: ./src/core/eval/load.ts + 8 modules
var load = __webpack_require__(9747);
// EXTERNAL MODULE: ./src/core/generate/yaml-emit.ts
var yaml_emit = __webpack_require__(7366);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
;// CONCATENATED MODULE: ./src/core/migrate/config.ts
// `assay migrate` for eval configs (02 §4.11, 01 §3.4): v0 → v1. `$ref` expected blocks are inlined,
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
        const parsed = (0,yaml_source/* parseYamlSource */.W)((0,external_node_fs_.readFileSync)(file, 'utf8'), ref, 'E_CFG_PARSE');
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
    const before = (0,load/* collectEvalConfig */.Xd)(text, display, o.baseDir, o.cwd !== undefined ? { cwd: o.cwd } : {});
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
            if ((0,core_policy/* loadPolicyFile */.n$)(p.abs, p.display).policy.spelling.legacy) {
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
    const after = (0,load/* collectEvalConfig */.Xd)(migrated, display, o.baseDir, o.cwd !== undefined ? { cwd: o.cwd } : {});
    if (!after.config) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated config does not load: ${after.diagnostics[0]?.message ?? 'unknown error'}; nothing was written`, { source: 'config', context: { file: display } });
    }
    if (shape(before.config) !== shape(after.config)) {
        throw new errors/* InfraError */.Ri('E_INTERNAL', `${display}: the migrated config would check differently; nothing was written`, { source: 'config', context: { file: display } });
    }
    return { kind: 'config', display, changed: true, original: text, migrated, constructs: rw.constructs, notes };
}

;// CONCATENATED MODULE: ./src/core/migrate/equivalence.ts
// "Decides every call exactly as the original" (02 §4.11): the two models must write the same v2
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
// `assay migrate` for policies (02 §4.11): legacy v1 → minimal v2 (01 §2.3) through the one loader and
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
    const loaded = (0,core_policy/* parsePolicy */.ON)(text, display);
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
        reloaded = (0,core_policy/* parsePolicy */.ON)(migrated, display).policy;
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
// `assay migrate` (02 §4.11): legacy policies and eval configs to the current form. This module plans
// the rewrite (text in, text out, verified); the CLI previews, backs up and writes.











/** `--config F`: an eval config or a policy, told apart by content (02 §4.1). */
function migrateConfigFile(path, display, o = {}) {
    const cf = (0,config_kind/* readConfigFile */.RG)(path, display);
    if (cf.kind === 'policy')
        return migratePolicyText(cf.text, display, { toV2: o.toV2 === true });
    return migrateConfigText(cf.text, display, { baseDir: (0,external_node_path_.dirname)(path), ...(o.cwd !== undefined ? { cwd: o.cwd } : {}) });
}
/** `--policy P`. A missing or unreadable file → E_POLICY_PARSE (01 §2.10). */
function migratePolicyFile(path, display, o = {}) {
    let text;
    try {
        const st = (0,external_node_fs_.statSync)(path);
        if (!st.isFile() || st.size > core_policy/* POLICY_MAX_BYTES */.gY)
            throw new Error('policy must be a regular file of at most 1 MiB');
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (e) {
        const message = `cannot read policy file: ${e.code === 'ENOENT' ? 'no such file or directory' : e.message}`;
        throw new errors/* ConfigError */.xL('E_POLICY_PARSE', `${display}: ${message}`, {
            source: 'policy',
            context: { file: display },
            nextStepValues: { 'policy.yaml': display },
            diagnostics: [{ code: 'E_POLICY_PARSE', severity: 'error', message, file: display, source: 'policy' }],
        });
    }
    return migratePolicyText(text, display, { toV2: o.toV2 === true });
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/commands/generate.ts
var generate = __webpack_require__(5395);
;// CONCATENATED MODULE: ./cli/commands/migrate.ts
// `assay migrate` (02 §4.11; alias `assay policy migrate --input P`): legacy v1 policies and v0 eval
// configs to the current form, with a diff preview, a `.bak` of the original, and a re-check that the
// result loads and decides as the original did.







function configureMigrate(cmd) {
    return cmd
        .description('Rewrite legacy v1 policies and v0 eval configs to the current form (backup: <file>.bak)')
        .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
        .option('-p, --policy <file>', 'policy file')
        .option('--to-v2', 'also rewrite the README short form (root allow/deny/constraints) to v2')
        .option('--check', 'change nothing; exit 2 when a migration is needed')
        .option('--dry-run', 'print the migrated file on stdout and a diff on stderr; write nothing')
        .option('-o, --output <file>', 'write the result here instead of in place');
}
function register(program) {
    configureMigrate(program.command('migrate')).action((flags) => {
        process.exitCode = runMigrate(flags);
    });
    // `assay policy migrate --input P` (02 §4.11 alias).
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
        (0,output/* err */._q)(`Next: Run: assay migrate --${m.kind === 'policy' ? 'policy' : 'config'} ${m.display}`);
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
    (0,generate.writeOutput)(out.path, out.display, m.migrated);
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
        const opts = { toV2: flags.toV2 === true, cwd: process.cwd() };
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


/***/ })

};
