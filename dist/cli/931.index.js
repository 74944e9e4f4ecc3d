export const id = 931;
export const ids = [931];
export const modules = {

/***/ 2931:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register),
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/init/detect.ts
// What kind of project `assay init` is looking at: used for hints and to pick a CI provider when
// `--ci` is given without a value. Only looks at a few well-known names in the target directory.


function detectProject(dir) {
    const has = (name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name));
    const languages = [];
    if (has('package.json'))
        languages.push('node');
    if (has('pyproject.toml') || has('requirements.txt') || has('setup.py'))
        languages.push('python');
    const ci = [];
    if (isDir((0,external_node_path_.join)(dir, '.github')))
        ci.push('github');
    if (has('.gitlab-ci.yml'))
        ci.push('gitlab');
    let traces = [];
    const traceDir = (0,external_node_path_.join)(dir, 'traces');
    if (isDir(traceDir)) {
        try {
            traces = (0,external_node_fs_.readdirSync)(traceDir)
                .filter((f) => f.endsWith('.jsonl'))
                .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
                .map((f) => `traces/${f}`);
        }
        catch {
            traces = [];
        }
    }
    return { languages, ci, traces };
}
/** The provider for a bare `--ci`: GitLab only when the project already uses it and not GitHub. */
function defaultCiProvider(info) {
    return info.ci.includes('gitlab') && !info.ci.includes('github') ? 'gitlab' : 'github';
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/core/init/presets.ts
// Starter policies written by `assay init --preset` (02 §4.10), all in the v2 form (01 §2.2).
// **Differs:** the reference's presets are legacy v1 policies that trigger its own deprecation banner.
const PRESETS = [
    {
        name: 'default',
        description: 'Allow every tool except exec/shell-style tools; schema-check read_file paths; warn on tools without a schema.',
    },
    {
        name: 'hardened',
        description: 'Explicit allowlist (read_file, list_dir, search), deny exec*/shell*, every allowed tool must have a schema, at most 50 tool calls per episode.',
    },
    {
        name: 'dev',
        description: 'Like default, but tools without a schema are allowed silently (local development).',
    },
];
/** `--pack` is an alias of `--preset`; names are matched exactly. */
function findPreset(name) {
    return PRESETS.find((p) => p.name === name);
}
// Workspace-relative paths (not starting with a dot: no .env, .ssh), or absolute paths under /app or
// /data; never a `..` step. RE2 syntax (01 §2.5) has no look-ahead, so the `..` ban is a JSON Schema `not`.
const PATH_SCHEMA = [
    '        type: string',
    '        minLength: 1',
    "        pattern: '^(/app/|/data/|[A-Za-z0-9_])'",
    '        not:',
    "          pattern: '\\.\\.'",
];
function pathToolSchema(tool, strict) {
    return [
        `  ${tool}:`,
        '    type: object',
        ...(strict ? ['    additionalProperties: false'] : []),
        '    properties:',
        '      path:',
        ...PATH_SCHEMA,
        '    required: [path]',
    ];
}
const DENY_EXACT = '["exec", "shell", "bash", "cmd", "powershell", "spawn", "python_sandbox"]';
function presetPolicyYaml(name) {
    const lines = [];
    if (name === 'hardened') {
        lines.push('# Assay policy, preset "hardened" (v2). Only the listed tools may run, each with an argument schema;', '# a tool added to tools.allow without a schema is denied (unconstrained_tools: deny).', 'version: "2.0"', 'name: "starter-hardened"', 'tools:', '  allow: ["read_file", "list_dir", "search"]', '  deny: ["exec*", "shell*"]', 'schemas:', ...pathToolSchema('read_file', true), ...pathToolSchema('list_dir', true), '  search:', '    type: object', '    additionalProperties: false', '    properties:', '      query:', '        type: string', '        minLength: 1', '        maxLength: 512', '    required: [query]', 'enforcement:', '  unconstrained_tools: deny', 'limits:', '  max_tool_calls_total: 50');
    }
    else {
        const dev = name === 'dev';
        lines.push(`# Assay policy, preset "${name}" (v2). Every tool is allowed except the exec/shell family;`, '# read_file paths are checked by a schema. Narrow tools.allow once you know which tools your agent uses.', 'version: "2.0"', `name: "starter-${name}"`, 'tools:', '  allow: ["*"]', `  deny: ${DENY_EXACT}`, 'schemas:', ...pathToolSchema('read_file', false), 'enforcement:', dev ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn');
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/generate/runtime-events.ts
var runtime_events = __webpack_require__(1773);
// EXTERNAL MODULE: ./src/core/generate/runtime-policy.ts
var runtime_policy = __webpack_require__(9998);
;// CONCATENATED MODULE: ./src/core/init/from-trace.ts
// `assay init --from-trace F [--heuristics]`: a runtime policy (01 §2.9) from one run's runtime events
// (01 §1.13). The implementation is `assay generate`'s (src/core/generate); init only delegates.


/** Parse runtime-event JSONL. Bad lines are warnings (01 §1.1 default); no valid event → E_TRACE_INVALID. */
function parseRuntimeEvents(text, file) {
    return (0,runtime_events/* parseRuntimeEvents */.L)(text, file);
}
function runtimePolicyYaml(ev, opts) {
    const r = (0,runtime_policy/* runtimePolicyFromEvents */._q)(ev, { name: opts.name ?? 'Generated Policy', generatedAt: opts.generatedAt, heuristics: opts.heuristics });
    return (0,runtime_policy/* runtimePolicyText */.Wt)(r.doc, 'yaml');
}

// EXTERNAL MODULE: ./src/core/import/v2-lines.ts
var v2_lines = __webpack_require__(5047);
// EXTERNAL MODULE: ./src/core/init/yaml-text.ts
var yaml_text = __webpack_require__(6983);
;// CONCATENATED MODULE: ./src/core/init/templates.ts
// File contents written by `assay init` (02 §4.10). Traces are canonical V2 (01 §1.9).


const STARTER_PROMPT = 'replace_with_real_prompt';
const HELLO_PROMPT = 'hello_prompt';
const FROM_TRACE_PROMPT = '__generated_from_trace__';
const GITIGNORE_LINES = ['.assay/reports/', '.eval/', '*.db'];
function starterEvalYaml() {
    return [
        '# Assay eval config (starter). Replace the prompt with one your agent really receives, record a',
        '# trace for it, and tighten `expected`. traces/example.jsonl answers this prompt.',
        'configVersion: 1',
        'suite: "starter"',
        'model: "trace"',
        'tests:',
        '  - id: "starter_smoke"',
        '    input:',
        `      prompt: ${(0,yaml_text/* yamlString */.l)(STARTER_PROMPT)}`,
        '    expected:',
        '      type: regex_match',
        '      pattern: ".*"',
        '      flags: [s]',
        '',
    ].join('\n');
}
function helloEvalYaml() {
    return [
        '# Assay hello-world smoke test: traces/hello.jsonl answers "Hello Assay" to hello_prompt.',
        'configVersion: 1',
        'suite: "hello_smoke"',
        'model: "trace"',
        'tests:',
        '  - id: "hello_smoke_regex"',
        '    input:',
        `      prompt: ${(0,yaml_text/* yamlString */.l)(HELLO_PROMPT)}`,
        '    expected:',
        '      type: regex_match',
        `      pattern: ${(0,yaml_text/* yamlString */.l)('Hello\\s+Assay')}`,
        '      flags: [i]',
        '',
    ].join('\n');
}
function fromTraceEvalYaml() {
    return [
        '# Generated by `assay init --from-trace`; policy.yaml beside it is the runtime policy for the recorded run.',
        'configVersion: 1',
        'suite: "generated"',
        'model: "trace"',
        'tests:',
        '  - id: "generated_from_trace"',
        '    input:',
        `      prompt: ${(0,yaml_text/* yamlString */.l)(FROM_TRACE_PROMPT)}`,
        '    expected:',
        '      type: regex_match',
        '      pattern: ".*"',
        '      flags: [s]',
        '',
    ].join('\n');
}
/**
 * One agent episode that every starter preset allows: a single read_file call with a path the
 * `schemas.read_file` pattern accepts. Its prompt is the starter test's, so the eval config binds too.
 */
function exampleTraceJsonl() {
    const ep = 'example-1';
    return (0,v2_lines/* v2Text */.g)([
        (0,v2_lines/* v2Line */.f)({ type: 'episode_start', episode_id: ep, timestamp: 1000, input: { prompt: STARTER_PROMPT } }),
        (0,v2_lines/* v2Line */.f)({ type: 'step', episode_id: ep, step_id: 's1', timestamp: 1001, kind: 'model', content: 'I will read the README first.' }),
        (0,v2_lines/* v2Line */.f)({
            type: 'tool_call',
            episode_id: ep,
            step_id: 's1',
            timestamp: 1002,
            tool_name: 'read_file',
            call_index: 0,
            args: { path: '/app/README.md' },
            result: { content: '# Example project' },
            error: null,
        }),
        (0,v2_lines/* v2Line */.f)({
            type: 'episode_end',
            episode_id: ep,
            timestamp: 1003,
            outcome: 'pass',
            final_output: 'The README describes an example project.',
        }),
    ]);
}
function helloTraceJsonl() {
    const ep = 'hello-1';
    return (0,v2_lines/* v2Text */.g)([
        (0,v2_lines/* v2Line */.f)({ type: 'episode_start', episode_id: ep, timestamp: 1000, input: { prompt: HELLO_PROMPT } }),
        (0,v2_lines/* v2Line */.f)({ type: 'step', episode_id: ep, step_id: 's1', timestamp: 1001, kind: 'model', content: 'Hello Assay' }),
        (0,v2_lines/* v2Line */.f)({ type: 'episode_end', episode_id: ep, timestamp: 1002, outcome: 'pass', final_output: 'Hello Assay' }),
    ]);
}
function gitignoreText(lines = GITIGNORE_LINES) {
    return ['# Assay', ...lines].join('\n') + '\n';
}
function githubWorkflowYaml(p) {
    return [
        '# Assay policy gate. Generated by `assay init --ci github`.',
        '# Replace `assay-dev` below with the owner of the Assay action you use.',
        'name: Assay',
        'on:',
        '  push:',
        '    branches: [main]',
        '  pull_request:',
        'permissions:',
        '  contents: read',
        '  security-events: write',
        '  pull-requests: write',
        'jobs:',
        '  assay:',
        '    runs-on: ubuntu-latest',
        '    steps:',
        '      - uses: actions/checkout@v4',
        '      - id: assay',
        '        uses: assay-dev/assay@v1',
        '        with:',
        `          config: ${(0,yaml_text/* yamlString */.l)(p.config)}`,
        `          policy: ${(0,yaml_text/* yamlString */.l)(p.policy)}`,
        `          trace_file: ${(0,yaml_text/* yamlString */.l)(p.traces)}`,
        '',
    ].join('\n');
}
function gitlabCiYaml(p) {
    return [
        '# Assay policy gate. Generated by `assay init --ci gitlab`.',
        'assay:',
        '  image: node:20',
        '  script:',
        `    - ${(0,yaml_text/* yamlString */.l)(`npx assay ci --config ${shellWord(p.config)} --trace-file ${shellWord(p.traces)} --junit .assay/reports/junit.xml`)}`,
        '  artifacts:',
        '    when: always',
        '    paths:',
        '      - .assay/reports/',
        '    reports:',
        '      junit: .assay/reports/junit.xml',
        '',
    ].join('\n');
}
/** A path as one POSIX shell word. */
function shellWord(s) {
    return /^[A-Za-z0-9_./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/core/init/plan.ts
// `assay init` (02 §4.10): decide which files to write, then write them.
//
// Existing files (decision, recorded here because the spec says both "never overwrites" and the
// issue asks to "refuse to overwrite without --force"): an existing target is skipped and reported as
// `Skipped <p> (exists)`; the command still succeeds (exit 0) and writes the files that are missing.
// When every target exists, nothing is written and the message says so. `--force` overwrites existing
// targets, except `.gitignore`, which is never overwritten: missing lines are appended to it.







function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function planInit(opts) {
    const dir = (0,external_node_path_.resolve)(opts.dir);
    const display = opts.display ?? ((p) => p);
    const presetName = opts.preset ?? 'default';
    const preset = findPreset(presetName);
    if (!preset) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown preset "${presetName}" (available: ${PRESETS.map((p) => p.name).join(', ')})`, {
            source: 'cli',
        });
    }
    if (opts.helloTrace && opts.fromTrace !== undefined) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--hello-trace conflicts with --from-trace', { source: 'cli' });
    }
    if (opts.heuristics && opts.fromTrace === undefined) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--heuristics needs --from-trace', { source: 'cli' });
    }
    const project = detectProject(dir);
    let ci;
    if (opts.ci === true)
        ci = defaultCiProvider(project);
    else if (opts.ci === 'github' || opts.ci === 'gitlab')
        ci = opts.ci;
    else if (opts.ci !== undefined && opts.ci !== false) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown --ci provider "${String(opts.ci)}" (available: github, gitlab)`, { source: 'cli' });
    }
    const configRel = toPosix((0,external_node_path_.relative)(dir, (0,external_node_path_.resolve)(dir, opts.config ?? 'eval.yaml')));
    if (configRel === '')
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--config must name a file', { source: 'cli' });
    const cfgDir = external_node_path_.posix.dirname(configRel);
    const beside = (name) => (cfgDir === '.' ? name : external_node_path_.posix.join(cfgDir, name));
    const policyRel = beside('policy.yaml');
    const wanted = [];
    let traceRel;
    let warnings = [];
    if (opts.fromTrace !== undefined) {
        const name = opts.fromTraceName ?? opts.fromTrace;
        let text;
        try {
            text = (0,external_node_fs_.readFileSync)(opts.fromTrace, 'utf8');
        }
        catch (e) {
            throw new errors/* InputError */.dz('E_TRACE_NOT_FOUND', `cannot open trace file: ${e.message}`, {
                source: 'trace',
                context: { file: name },
                nextStepValues: { 'trace.jsonl': name },
            });
        }
        const events = parseRuntimeEvents(text, name);
        warnings = events.warnings;
        const generatedAt = (opts.now ?? new Date(0)).toISOString().replace(/\.\d{3}Z$/, 'Z');
        wanted.push({ path: configRel, content: fromTraceEvalYaml(), note: 'from trace' });
        wanted.push({
            path: policyRel,
            content: runtimePolicyYaml(events, { generatedAt, heuristics: opts.heuristics === true }),
            note: `runtime policy from ${events.events} event(s)${opts.heuristics ? ', heuristics' : ''}`,
        });
    }
    else {
        wanted.push({ path: configRel, content: opts.helloTrace ? helloEvalYaml() : starterEvalYaml() });
        wanted.push({ path: policyRel, content: presetPolicyYaml(preset.name), note: `preset: ${preset.name}` });
        // Always: a trace the starter policy allows, so validate works right after init.
        const exampleRel = beside('traces/example.jsonl');
        wanted.push({ path: exampleRel, content: exampleTraceJsonl(), note: 'example trace' });
        traceRel = exampleRel;
        if (opts.helloTrace) {
            traceRel = beside('traces/hello.jsonl');
            wanted.push({ path: traceRel, content: helloTraceJsonl(), note: 'hello trace' });
        }
    }
    if (ci === 'github') {
        // The action takes a glob: every trace beside the config is gated.
        const content = githubWorkflowYaml({ config: configRel, policy: policyRel, traces: beside('traces/*.jsonl') });
        wanted.push({ path: '.github/workflows/assay.yml', content, note: 'GitHub workflow' });
    }
    else if (ci === 'gitlab') {
        const content = gitlabCiYaml({ config: configRel, policy: policyRel, traces: traceRel ?? beside('traces/*.jsonl') });
        wanted.push({ path: '.gitlab-ci.yml', content, note: 'GitLab CI job' });
    }
    const files = wanted.map((f) => ({ ...f, action: decide((0,external_node_path_.join)(dir, f.path), opts.force === true) }));
    if (opts.gitignore)
        files.push(planGitignore(dir));
    const configPath = display(configRel);
    const policyPath = display(policyRel);
    const tracePath = traceRel !== undefined ? display(traceRel) : undefined;
    const next = `assay validate --config=${configPath}` + (tracePath !== undefined ? ` --trace-file=${tracePath}` : '') + ' --format json';
    return { files, project, configPath, policyPath, tracePath, next, hints: hintsFor(project, ci, display, policyPath), warnings };
}
function decide(abs, force) {
    if (!(0,external_node_fs_.existsSync)(abs))
        return 'create';
    return force ? 'overwrite' : 'skip';
}
function planGitignore(dir) {
    const abs = (0,external_node_path_.join)(dir, '.gitignore');
    if (!(0,external_node_fs_.existsSync)(abs))
        return { path: '.gitignore', content: gitignoreText(), action: 'create' };
    let current = '';
    try {
        current = (0,external_node_fs_.readFileSync)(abs, 'utf8');
    }
    catch {
        return { path: '.gitignore', content: '', action: 'skip' };
    }
    const have = new Set(current.split(/\r?\n/).map((l) => l.trim()));
    const missing = GITIGNORE_LINES.filter((l) => !have.has(l));
    if (!missing.length)
        return { path: '.gitignore', content: '', action: 'skip' };
    const lead = current === '' || current.endsWith('\n') ? '' : '\n';
    return { path: '.gitignore', content: lead + gitignoreText(missing), action: 'append', note: `+${missing.length} line(s)` };
}
function hintsFor(p, ci, display, policyPath) {
    const hints = [];
    const kinds = [...p.languages.map((l) => (l === 'node' ? 'Node.js' : 'Python')), ...p.ci.map((c) => (c === 'github' ? 'GitHub Actions' : 'GitLab CI'))];
    if (kinds.length)
        hints.push(`Detected: ${kinds.join(', ')}`);
    if (!ci && p.ci.includes('github'))
        hints.push('Hint: add the GitHub workflow with: assay init --ci github');
    else if (!ci && p.ci.includes('gitlab'))
        hints.push('Hint: add the GitLab job with: assay init --ci gitlab');
    const own = new Set(['traces/example.jsonl', 'traces/hello.jsonl']);
    const existing = p.traces.filter((t) => !own.has(t));
    if (existing.length) {
        hints.push(`Found ${existing.length} existing trace file(s); gate one with: assay validate --config=${policyPath} --trace-file=${display(existing[0])}`);
    }
    return hints;
}
/** Write the plan. Paths in the result are display paths. A write failure → E_IO_ERROR (exit 3). */
function applyInitPlan(opts, plan) {
    const dir = (0,external_node_path_.resolve)(opts.dir);
    const display = opts.display ?? ((p) => p);
    const created = [];
    const skipped = [];
    for (const f of plan.files) {
        const shown = display(f.path);
        if (f.action === 'skip') {
            skipped.push(shown);
            continue;
        }
        const abs = (0,external_node_path_.isAbsolute)(f.path) ? f.path : (0,external_node_path_.join)(dir, f.path);
        try {
            (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(abs), { recursive: true });
            if (f.action === 'append')
                (0,external_node_fs_.appendFileSync)(abs, f.content);
            else {
                if ((0,external_node_fs_.existsSync)(abs) && (0,external_node_fs_.statSync)(abs).isDirectory())
                    throw new Error(`${shown} is a directory`);
                (0,external_node_fs_.writeFileSync)(abs, f.content);
            }
        }
        catch (e) {
            throw new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${shown}: ${e.message}`, {
                source: 'cli',
                context: { file: shown },
                nextStepValues: { path: shown },
            });
        }
        created.push(shown);
    }
    return { created, skipped };
}

;// CONCATENATED MODULE: ./src/core/init/index.ts
// `assay init` core: project detection, presets, templates, the plan of files and writing it.







// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
;// CONCATENATED MODULE: ./cli/commands/init.ts
// `assay init` (02 §4.10): starter eval config, v2 policy, example trace; optional CI and .gitignore.




function register(program) {
    program
        .command('init')
        .description('Create a starter eval config, a v2 policy and an example trace (existing files are kept)')
        .option('--config <path>', 'eval config to create, relative to --dir', 'eval.yaml')
        .option('--ci [provider]', 'also write a CI workflow: github | gitlab (default: from the project)')
        .option('--gitignore', 'add .assay/reports/, .eval/ and *.db to .gitignore')
        .option('--preset <name>', 'starter policy: default | hardened | dev')
        .option('--pack <name>', 'alias of --preset')
        .option('--list-presets', 'list the presets and exit')
        .option('--list-packs', 'alias of --list-presets')
        .option('--from-trace <file>', 'runtime events (JSONL) to derive a runtime policy from')
        .option('--heuristics', 'with --from-trace: flag risky entries (entropy, hashes, sensitive ports)')
        .option('--hello-trace', 'hello-world smoke config plus traces/hello.jsonl')
        .option('--force', 'overwrite existing files (.gitignore is only ever appended to)')
        .option('--dir <path>', 'project directory', '.')
        .option('--format <format>', 'text | json', 'text')
        .action((opts) => {
        process.exitCode = runInit(opts);
    });
}
function posixPath(p) {
    return external_node_path_.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** SOURCE_DATE_EPOCH (integer seconds) in reproducible mode, else the wall clock (06 §7). */
function clock() {
    const sde = process.env.SOURCE_DATE_EPOCH;
    if (sde !== undefined && /^\d+$/.test(sde))
        return new Date(Number(sde) * 1000);
    return new Date();
}
function runInit(opts, cwd = process.cwd()) {
    const json = opts.format === 'json';
    try {
        if (opts.format !== undefined && opts.format !== 'text' && opts.format !== 'json') {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: text, json)`, { source: 'cli' });
        }
        if (opts.preset !== undefined && opts.pack !== undefined && opts.preset !== opts.pack) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--pack is an alias of --preset; give only one', { source: 'cli' });
        }
        if (opts.listPresets || opts.listPacks)
            return listPresets(json);
        const dirGiven = opts.dir ?? '.';
        const dirAbs = (0,external_node_path_.resolve)(cwd, dirGiven);
        // Paths for people: relative to the working directory, POSIX separators.
        const display = (rel) => {
            const shown = posixPath((0,external_node_path_.relative)(cwd, (0,external_node_path_.join)(dirAbs, rel)));
            return shown === '' ? '.' : shown;
        };
        const initOpts = {
            dir: dirAbs,
            config: opts.config ?? 'eval.yaml',
            preset: opts.preset ?? opts.pack ?? 'default',
            gitignore: opts.gitignore === true,
            helloTrace: opts.helloTrace === true,
            heuristics: opts.heuristics === true,
            force: opts.force === true,
            display,
        };
        if (opts.ci !== undefined)
            initOpts.ci = opts.ci;
        if (opts.fromTrace !== undefined) {
            initOpts.fromTrace = (0,external_node_path_.resolve)(cwd, opts.fromTrace);
            initOpts.fromTraceName = opts.fromTrace;
            initOpts.now = clock();
        }
        const plan = planInit(initOpts);
        for (const w of plan.warnings.slice(0, 20))
            (0,output/* err */._q)((0,errors/* formatDiagnostic */.xy)(w));
        if (plan.warnings.length > 20)
            (0,output/* err */._q)(`… and ${plan.warnings.length - 20} more skipped line(s)`);
        const result = applyInitPlan({ dir: dirAbs, display }, plan);
        const message = result.created.length === 0 ? 'Nothing created: every file already exists (use --force to overwrite).' : undefined;
        if (json) {
            process.stdout.write((0,output/* jsonText */.s$)({
                schema: 'assay.init_report.v1',
                schema_version: 1,
                exit_code: 0,
                reason_code: '',
                created: result.created,
                skipped: result.skipped,
                ...(message !== undefined ? { message } : {}),
                next_step: plan.next,
            }));
            return 0;
        }
        for (const h of plan.hints)
            (0,output/* err */._q)(h);
        for (const f of plan.files) {
            const shown = display(f.path);
            const note = f.note !== undefined ? ` (${f.note})` : '';
            if (f.action === 'skip')
                (0,output/* err */._q)(`Skipped ${shown} (exists)`);
            else if (f.action === 'append')
                (0,output/* err */._q)(`Updated ${shown}${note}`);
            else if (f.action === 'overwrite')
                (0,output/* err */._q)(`Overwrote ${shown}${note}`);
            else
                (0,output/* err */._q)(`Created ${shown}${note}`);
        }
        if (message !== undefined)
            (0,output/* err */._q)(message);
        if (plan.tracePath !== undefined && opts.fromTrace === undefined) {
            (0,output/* err */._q)(`Policy gate: assay validate --config=${plan.policyPath} --trace-file=${plan.tracePath}`);
        }
        (0,output/* err */._q)(`   Next: ${plan.next}`);
        return 0;
    }
    catch (e) {
        // Diagnostics to stderr; in JSON mode the command's own report carries the failure (02 §0).
        const exit = (0,output/* reportError */.N7)(e);
        if (json) {
            const ae = e instanceof errors/* AssayError */.WV ? e : undefined;
            process.stdout.write((0,output/* jsonText */.s$)({
                schema: 'assay.init_report.v1',
                schema_version: 1,
                exit_code: exit,
                reason_code: ae?.reasonCode ?? 'E_INTERNAL',
                created: [],
                skipped: [],
                message: e instanceof Error ? e.message : String(e),
                next_step: ae?.nextStep ?? 'Report a bug with run.json and the log',
            }));
        }
        return exit;
    }
}
function listPresets(json) {
    if (json) {
        process.stdout.write((0,output/* jsonText */.s$)({
            schema: 'assay.init_report.v1',
            schema_version: 1,
            exit_code: 0,
            reason_code: '',
            created: [],
            skipped: [],
            next_step: 'assay init --preset <name>',
            presets: PRESETS.map((p) => ({ name: p.name, description: p.description })),
        }));
        return 0;
    }
    const width = Math.max(...PRESETS.map((p) => p.name.length));
    // The list is what the command was asked to print: stdout.
    for (const p of PRESETS)
        process.stdout.write(`${p.name.padEnd(width)}  ${p.description}\n`);
    return 0;
}


/***/ }),

/***/ 850:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DQ: () => (/* binding */ judgePath),
/* harmony export */   HM: () => (/* binding */ portOf),
/* harmony export */   O4: () => (/* binding */ DANGEROUS_TOOL_PATTERNS),
/* harmony export */   U7: () => (/* binding */ judgeDest),
/* harmony export */   Z9: () => (/* binding */ dangerousPattern),
/* harmony export */   ox: () => (/* binding */ DEFAULT_ENTROPY_THRESHOLD),
/* harmony export */   sb: () => (/* binding */ SENSITIVE_PORTS)
/* harmony export */ });
/* unused harmony exports ENTROPY_DENY, shannonBits, isExemptPath */
/* harmony import */ var _policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8085);
// The risk heuristics of `assay generate --heuristics` (02 §4.5, 05 §7 step 3): path entropy, hash-like
// segments and sensitive ports; for tool-call traces also the dangerous tool names.

const DEFAULT_ENTROPY_THRESHOLD = 3.8;
/** Above this many bits a path segment is a deny recommendation (fixed by the spec). */
const ENTROPY_DENY = 4.5;
const SENSITIVE_PORTS = new Set([22, 23, 139, 445, 1433, 3306, 3389, 5432]);
const EXEMPT_PATH_PARTS = ['/proc/', '/sys/', '/run/user/'];
/** Shannon entropy in bits per character (code points). */
function shannonBits(s) {
    const counts = new Map();
    let n = 0;
    for (const ch of s) {
        counts.set(ch, (counts.get(ch) ?? 0) + 1);
        n++;
    }
    let h = 0;
    for (const c of counts.values()) {
        const p = c / n;
        h -= p * Math.log2(p);
    }
    return h;
}
/** Paths under /proc, /sys, /run/user and shared-library versions are never risky (noise). */
function isExemptPath(path) {
    return EXEMPT_PATH_PARTS.some((p) => path.includes(p)) || path.includes('.so.');
}
/** Entropy and hash checks of one path (02 §4.5). */
function judgePath(path, entropyThreshold = DEFAULT_ENTROPY_THRESHOLD) {
    if (isExemptPath(path))
        return { reasons: [] };
    const reasons = [];
    let risk;
    let best = 0;
    for (const seg of path.split('/')) {
        if ([...seg].length >= 8)
            best = Math.max(best, shannonBits(seg));
        if (seg.length >= 32) {
            let hex = 0;
            for (const c of seg)
                if (/[0-9a-fA-F]/.test(c))
                    hex++;
            if (hex / seg.length > 0.8) {
                risk = 'needs_review';
                reasons.push('looks like hash');
            }
        }
    }
    if (best > ENTROPY_DENY) {
        risk = 'deny_recommended';
        reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
    }
    else if (best >= entropyThreshold) {
        risk ??= 'needs_review';
        reasons.push(`high entropy path segment (${best.toFixed(2)} bits)`);
    }
    return risk ? { risk, reasons } : { reasons };
}
/** The port of `host:port`, `[v6]:port` or a URL authority; NaN when there is none. */
function portOf(dest) {
    const m = /:(\d{1,5})$/.exec(dest);
    return m ? Number(m[1]) : NaN;
}
/** Sensitive destination ports (02 §4.5). */
function judgeDest(dest) {
    const port = portOf(dest);
    return SENSITIVE_PORTS.has(port) ? { risk: 'needs_review', reasons: [`sensitive port ${port}`] } : { reasons: [] };
}
/**
 * Tool names that run commands or code. A generated policy always denies these patterns; an observed
 * tool that matches one is denied under --heuristics (and allowed, with the pattern dropped, without).
 */
const DANGEROUS_TOOL_PATTERNS = [
    'exec*',
    '*.exec',
    '*_exec',
    'shell*',
    '*.shell',
    '*_shell',
    'bash*',
    'powershell*',
    'cmd',
    'spawn*',
    'subprocess*',
    'sudo*',
    'eval',
    'run_command*',
    'terminal*',
    'python_sandbox*',
];
const DANGEROUS = DANGEROUS_TOOL_PATTERNS.map((p) => (0,_policy_tool_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .compileToolPattern */ .Yo)(p));
/** The first dangerous pattern a tool name matches, or null. */
function dangerousPattern(name) {
    const m = DANGEROUS.find((p) => p.test(name));
    return m ? m.pattern : null;
}


/***/ }),

/***/ 1773:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ parseRuntimeEvents),
/* harmony export */   U: () => (/* binding */ RUNTIME_EVENT_TYPES)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4296);
// Runtime event files (01 §1.13): `file_open` / `net_connect` / `proc_exec` JSONL, `#` comments.
// Other lines are bad lines under 01 §1.1 (skipped with a warning, fatal with --strict); a file with no
// valid event → E_TRACE_INVALID.

const RUNTIME_EVENT_TYPES = ['file_open', 'net_connect', 'proc_exec'];
const NOT_AN_EVENT = 'not a runtime event (file_open with path, net_connect with dest, proc_exec with path)';
function fatal(file, message, diagnostics, line) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, ...(line !== undefined ? { line, col: 1 } : {}) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics,
    });
}
/** Parse runtime-event JSONL text. `file` is the path as shown in messages. */
function parseRuntimeEvents(text, file, opts = {}) {
    const out = { files: new Map(), network: new Map(), processes: new Map(), events: 0, warnings: [] };
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const bad = (line, message) => {
        const d = { code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, file, line, col: 1, source: 'trace' };
        if (opts.strict) {
            const e = { ...d, code: 'E_TRACE_INVALID', severity: 'error' };
            throw fatal(file, message, [e], line);
        }
        out.warnings.push(d);
    };
    const bump = (m, k) => {
        m.set(k, (m.get(k) ?? 0) + 1);
    };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const raw = lines[i];
        const t = (raw.endsWith('\r') ? raw.slice(0, -1) : raw).trim();
        if (t === '' || t.startsWith('#'))
            continue;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch (e) {
            bad(i + 1, `invalid JSON: ${e.message}`);
            continue;
        }
        if (typeof v !== 'object' || v === null || Array.isArray(v)) {
            bad(i + 1, 'expected a JSON object');
            continue;
        }
        const ev = v;
        const path = ev['path'];
        const dest = ev['dest'];
        if (ev['type'] === 'file_open' && typeof path === 'string' && path !== '')
            bump(out.files, path);
        else if (ev['type'] === 'net_connect' && typeof dest === 'string' && dest !== '')
            bump(out.network, dest);
        else if (ev['type'] === 'proc_exec' && typeof path === 'string' && path !== '')
            bump(out.processes, path);
        else {
            bad(i + 1, NOT_AN_EVENT);
            continue;
        }
        out.events++;
    }
    if (out.events === 0) {
        const message = 'no valid runtime event (file_open, net_connect, proc_exec)';
        throw fatal(file, message, [...out.warnings, { code: 'E_TRACE_INVALID', severity: 'error', message, file, source: 'trace' }]);
    }
    return out;
}


/***/ }),

/***/ 9998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IW: () => (/* binding */ runtimePolicyFromProfile),
/* harmony export */   Wt: () => (/* binding */ runtimePolicyText),
/* harmony export */   _q: () => (/* binding */ runtimePolicyFromEvents)
/* harmony export */ });
/* unused harmony export RUNTIME_KINDS */
/* harmony import */ var _heuristics_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(850);
/* harmony import */ var _stability_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2240);
/* harmony import */ var _yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7366);
// The runtime policy document (01 §2.9) from one run's events or from a profile (02 §4.5).
// Entries are de-duplicated and sorted by code unit; empty lists are omitted; an empty `network` is `{}`.



const RUNTIME_KINDS = ['files', 'network', 'processes'];
/** Section keys per kind: allow, review, deny (01 §2.9). */
const SECTION_KEYS = {
    files: ['allow', 'needs_review', 'deny'],
    network: ['allow_destinations', 'needs_review', 'deny_destinations'],
    processes: ['allow', 'needs_review', 'deny'],
};
const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
function judge(kind, key, o) {
    if (!o.heuristics)
        return { reasons: [] };
    return kind === 'network' ? (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .judgeDest */ .U7)(key) : (0,_heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .judgePath */ .DQ)(key, o.entropyThreshold ?? _heuristics_js__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_ENTROPY_THRESHOLD */ .ox);
}
function section(kind, placed) {
    const [allowKey, reviewKey, denyKey] = SECTION_KEYS[kind];
    const out = {};
    const buckets = [
        [allowKey, 'allow'],
        [reviewKey, 'needs_review'],
        [denyKey, 'deny'],
    ];
    for (const [key, p] of buckets) {
        const list = placed.filter((x) => x.placement === p).map((x) => x.entry);
        if (list.length)
            out[key] = list;
    }
    return out;
}
function tally(counts, p) {
    counts.unique++;
    if (p === 'allow')
        counts.allow++;
    else if (p === 'needs_review')
        counts.needs_review++;
    else if (p === 'deny')
        counts.deny++;
}
/** Single run: seen once → plain string, more → `{pattern, count}`; risky entries carry `risk` and `reasons`. */
function runtimePolicyFromEvents(ev, o) {
    const counts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
    const doc = { _meta: { name: o.name, generated_at: o.generatedAt }, files: {}, network: {}, processes: {} };
    for (const kind of RUNTIME_KINDS) {
        const placed = [...ev[kind].keys()].sort(cmp).map((pattern) => {
            const count = ev[kind].get(pattern);
            const j = judge(kind, pattern, o);
            const placement = j.risk === 'deny_recommended' ? 'deny' : j.risk === 'needs_review' ? 'needs_review' : 'allow';
            tally(counts, placement);
            let entry = pattern;
            if (j.risk !== undefined || count > 1) {
                const obj = { pattern };
                if (count > 1)
                    obj.count = count;
                if (j.risk) {
                    obj.risk = j.risk;
                    obj.reasons = j.reasons;
                }
                entry = obj;
            }
            return { placement, entry };
        });
        doc[kind] = section(kind, placed);
    }
    return { doc, counts };
}
/** Profile: risk first, then min-runs, then the stability gate (stability.ts). */
function runtimePolicyFromProfile(p, o) {
    const counts = { unique: 0, allow: 0, needs_review: 0, deny: 0 };
    const doc = {
        _meta: {
            name: o.name,
            generated_at: o.generatedAt,
            profile_runs: p.total_runs,
            min_stability: o.stability.minStability,
            min_runs: o.stability.minRuns,
        },
        files: {},
        network: {},
        processes: {},
    };
    for (const kind of RUNTIME_KINDS) {
        const map = p.entries[kind];
        const placed = [];
        for (const pattern of [...map.keys()].sort(cmp)) {
            const s = map.get(pattern);
            const j = judge(kind, pattern, o);
            const v = (0,_stability_js__WEBPACK_IMPORTED_MODULE_1__/* .placeEntry */ .cT)(s.runs_seen, p.total_runs, j.risk, j.reasons, o.stability);
            tally(counts, v.placement);
            if (v.placement === 'omit')
                continue;
            const entry = { pattern, count: s.hits_total, stability: v.stability, runs_seen: s.runs_seen };
            if (j.risk)
                entry.risk = j.risk;
            entry.reasons = v.reasons;
            placed.push({ placement: v.placement, entry });
        }
        doc[kind] = section(kind, placed);
    }
    return { doc, counts };
}
function runtimePolicyText(doc, format) {
    if (format === 'json')
        return JSON.stringify(doc, null, 2) + '\n';
    return (0,_yaml_emit_js__WEBPACK_IMPORTED_MODULE_2__/* .emitYaml */ .h2)(doc);
}


/***/ }),

/***/ 2240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cT: () => (/* binding */ placeEntry),
/* harmony export */   gm: () => (/* binding */ DEFAULT_STABILITY)
/* harmony export */ });
/* unused harmony exports wilsonLowerBound, laplace, round2 */
const DEFAULT_STABILITY = {
    minStability: 0.7,
    reviewThreshold: 0.6,
    newIsRisky: false,
    alpha: 1.0,
    minRuns: 1,
    wilsonZ: 1.96,
    method: 'laplace',
};
/** Wilson score interval lower bound of k successes in n trials at z. */
function wilsonLowerBound(k, n, z) {
    if (n <= 0)
        return 0;
    const p = k / n;
    const z2 = z * z;
    const centre = p + z2 / (2 * n);
    const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return Math.max(0, (centre - margin) / (1 + z2 / n));
}
/** Laplace (additive) smoothing: (k + α) / (n + 2α). */
function laplace(k, n, alpha) {
    return (k + alpha) / (n + 2 * alpha);
}
function round2(x) {
    return Math.round(x * 100) / 100;
}
function num(x) {
    return Number.isInteger(x) ? x.toFixed(1) : String(x);
}
/** Tiny slack so that 0.8 ≥ 0.8 holds whatever the float arithmetic did. */
const EPS = 1e-9;
function placeEntry(runsSeen, totalRuns, risk, riskReasons, o) {
    const lap = laplace(runsSeen, totalRuns, o.alpha);
    const wil = wilsonLowerBound(runsSeen, totalRuns, o.wilsonZ);
    const reasons = [
        ...riskReasons,
        `wilson_lb ${wil.toFixed(2)} (z=${o.wilsonZ})`,
        `laplace ${lap.toFixed(2)} (α=${num(o.alpha)}, ${runsSeen}/${totalRuns})`,
    ];
    const stability = round2(lap);
    if (risk === 'deny_recommended')
        return { placement: 'deny', stability, reasons };
    if (risk === 'needs_review')
        return { placement: 'needs_review', stability, reasons };
    if (totalRuns < o.minRuns || runsSeen < o.minRuns) {
        reasons.push(`min_runs ${o.minRuns} not met (${runsSeen} of ${totalRuns} runs)`);
        return { placement: o.newIsRisky ? 'needs_review' : 'omit', stability, reasons };
    }
    const score = o.method === 'wilson' ? wil : lap;
    if (score + EPS >= o.minStability)
        return { placement: 'allow', stability, reasons };
    if (score + EPS >= o.reviewThreshold || o.newIsRisky)
        return { placement: 'needs_review', stability, reasons };
    return { placement: 'omit', stability, reasons };
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

/***/ 8498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ compactJson)
/* harmony export */ });
/* harmony import */ var _strict_json_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(167);
// Compact JSON text for values read by the strict scanner: like JSON.stringify (input key order kept),
// plus RawNumber written verbatim so large integers survive the round trip.

function compactJson(value) {
    if (value === null)
        return 'null';
    switch (typeof value) {
        case 'string':
            return JSON.stringify(value);
        case 'boolean':
            return value ? 'true' : 'false';
        case 'number':
            return Number.isFinite(value) ? String(value) : 'null';
        case 'object': {
            if (value instanceof _strict_json_js__WEBPACK_IMPORTED_MODULE_0__/* .RawNumber */ .uO)
                return value.text;
            if (Array.isArray(value)) {
                return '[' + value.map((v) => (v === undefined ? 'null' : compactJson(v))).join(',') + ']';
            }
            const parts = [];
            for (const key of Object.keys(value)) {
                const v = value[key];
                if (v === undefined || typeof v === 'function')
                    continue;
                parts.push(JSON.stringify(key) + ':' + compactJson(v));
            }
            return '{' + parts.join(',') + '}';
        }
        default:
            return 'null';
    }
}


/***/ }),

/***/ 167:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ey: () => (/* binding */ scanJson),
/* harmony export */   OW: () => (/* binding */ isJsonObject),
/* harmony export */   q3: () => (/* binding */ JsonSyntaxError),
/* harmony export */   rr: () => (/* binding */ LineIndex),
/* harmony export */   uO: () => (/* binding */ RawNumber),
/* harmony export */   zy: () => (/* binding */ has)
/* harmony export */ });
/* unused harmony export positionAt */
// A small strict RFC 8259 scanner for import documents. JSON.parse cannot do two things we need:
// refuse duplicate object keys (01 §1.12, inspector and the HTTP transcript documents) and say where
// a value sits (line:col in diagnostics). It also keeps integers beyond 2^53-1 exact (RawNumber), so
// ids and arguments are re-serialised without rounding.
/** An integer literal that a JS number cannot hold exactly; written back verbatim. */
class RawNumber {
    text;
    constructor(text) {
        this.text = text;
    }
    toJSON() {
        return Number(this.text);
    }
}
/** Thrown on malformed input; `offset` is a UTF-16 index into the scanned text. */
class JsonSyntaxError extends Error {
    offset;
    kind;
    constructor(message, offset, 
    /** `duplicate`: well-formed JSON refused only for a repeated key. */
    kind = 'syntax') {
        super(message);
        this.offset = offset;
        this.kind = kind;
    }
}
const MAX_DEPTH = 1000;
const SAFE = Number.MAX_SAFE_INTEGER;
function scanJson(text, opts) {
    // A strong Map, one entry per tracked container: member offsets are not stored but found again by
    // re-reading the (already validated) object text when a diagnostic needs one.
    const containerOffsets = new Map();
    const maxDepth = opts.maxDepth ?? MAX_DEPTH;
    const trackDepth = opts.trackDepth ?? Infinity;
    const len = text.length;
    let i = 0;
    const fail = (msg, at = i, kind = 'syntax') => {
        throw new JsonSyntaxError(msg, at, kind);
    };
    const describe = (at) => {
        if (at >= len)
            return 'unexpected end of input';
        const cp = text.codePointAt(at);
        const ch = String.fromCodePoint(cp);
        return cp < 0x20 || cp === 0x7f ? `unexpected character U+${cp.toString(16).toUpperCase().padStart(4, '0')}` : `unexpected character ${JSON.stringify(ch)}`;
    };
    const ws = () => {
        while (i < len) {
            const c = text.charCodeAt(i);
            if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09)
                i++;
            else
                break;
        }
    };
    // Jumps to the next quote, backslash or control character at native speed.
    const special = /["\\\u0000-\u001f]/g;
    const parseString = () => {
        // text[i] === '"'
        const start = i;
        i++;
        let out = '';
        while (true) {
            special.lastIndex = i;
            const m = special.exec(text);
            if (!m)
                fail('unterminated string', start);
            const at = m.index;
            const c = text.charCodeAt(at);
            out += text.slice(i, at);
            i = at;
            if (c === 0x22) {
                i++;
                return out;
            }
            if (c !== 0x5c)
                fail('unescaped control character in string', i);
            const e = text.charCodeAt(i + 1);
            switch (e) {
                case 0x22:
                    out += '"';
                    i += 2;
                    break;
                case 0x5c:
                    out += '\\';
                    i += 2;
                    break;
                case 0x2f:
                    out += '/';
                    i += 2;
                    break;
                case 0x62:
                    out += '\b';
                    i += 2;
                    break;
                case 0x66:
                    out += '\f';
                    i += 2;
                    break;
                case 0x6e:
                    out += '\n';
                    i += 2;
                    break;
                case 0x72:
                    out += '\r';
                    i += 2;
                    break;
                case 0x74:
                    out += '\t';
                    i += 2;
                    break;
                case 0x75: {
                    const hex = text.slice(i + 2, i + 6);
                    if (!/^[0-9a-fA-F]{4}$/.test(hex))
                        fail('invalid \\u escape in string', i);
                    out += String.fromCharCode(parseInt(hex, 16));
                    i += 6;
                    break;
                }
                default:
                    fail('invalid escape in string', i);
            }
        }
    };
    const parseNumber = () => {
        const start = i;
        if (text.charCodeAt(i) === 0x2d)
            i++;
        const d0 = text.charCodeAt(i);
        if (d0 === 0x30)
            i++;
        else if (d0 >= 0x31 && d0 <= 0x39) {
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        else
            fail('invalid number', start);
        let integer = true;
        if (text.charCodeAt(i) === 0x2e) {
            integer = false;
            i++;
            if (!isDigit(text.charCodeAt(i)))
                fail('invalid number', start);
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        const e = text.charCodeAt(i);
        if (e === 0x65 || e === 0x45) {
            integer = false;
            i++;
            const s = text.charCodeAt(i);
            if (s === 0x2b || s === 0x2d)
                i++;
            if (!isDigit(text.charCodeAt(i)))
                fail('invalid number', start);
            while (i < len && isDigit(text.charCodeAt(i)))
                i++;
        }
        const lexeme = text.slice(start, i);
        const n = Number(lexeme);
        if (integer && (n > SAFE || n < -SAFE))
            return new RawNumber(lexeme);
        return n;
    };
    const parseLiteral = (word, value) => {
        if (text.startsWith(word, i)) {
            i += word.length;
            return value;
        }
        return fail(describe(i));
    };
    const parseValue = (depth) => {
        ws();
        if (i >= len)
            fail('unexpected end of input');
        const c = text.charCodeAt(i);
        if (c === 0x7b)
            return parseObject(depth + 1);
        if (c === 0x5b)
            return parseArray(depth + 1);
        if (c === 0x22)
            return parseString();
        if (c === 0x2d || isDigit(c))
            return parseNumber();
        if (c === 0x74)
            return parseLiteral('true', true);
        if (c === 0x66)
            return parseLiteral('false', false);
        if (c === 0x6e)
            return parseLiteral('null', null);
        return fail(describe(i));
    };
    const parseObject = (depth) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth} levels`);
        const obj = {};
        if (depth <= trackDepth)
            containerOffsets.set(obj, i);
        i++;
        ws();
        if (text.charCodeAt(i) === 0x7d) {
            i++;
            return obj;
        }
        while (true) {
            ws();
            if (text.charCodeAt(i) !== 0x22)
                fail(i >= len ? 'unexpected end of input' : 'expected a string key');
            const keyAt = i;
            const key = parseString();
            if (opts.duplicateKeys === 'reject' && Object.prototype.hasOwnProperty.call(obj, key)) {
                fail(`duplicate object key ${JSON.stringify(key)}`, keyAt, 'duplicate');
            }
            ws();
            if (text.charCodeAt(i) !== 0x3a)
                fail(i >= len ? 'unexpected end of input' : `expected ":" after key, ${describe(i)}`);
            i++;
            ws();
            const v = parseValue(depth);
            // "__proto__" is data, never the prototype: define it as an own property.
            if (key === '__proto__')
                Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
            else
                obj[key] = v;
            ws();
            const n = text.charCodeAt(i);
            if (n === 0x2c) {
                i++;
                continue;
            }
            if (n === 0x7d) {
                i++;
                return obj;
            }
            fail(i >= len ? 'unexpected end of input' : `expected "," or "}", ${describe(i)}`);
        }
    };
    const parseArray = (depth) => {
        if (depth > maxDepth)
            fail(`nesting deeper than ${maxDepth} levels`);
        const arr = [];
        if (depth <= trackDepth)
            containerOffsets.set(arr, i);
        i++;
        ws();
        if (text.charCodeAt(i) === 0x5d) {
            i++;
            return arr;
        }
        while (true) {
            arr.push(parseValue(depth));
            ws();
            const n = text.charCodeAt(i);
            if (n === 0x2c) {
                i++;
                continue;
            }
            if (n === 0x5d) {
                i++;
                return arr;
            }
            fail(i >= len ? 'unexpected end of input' : `expected "," or "]", ${describe(i)}`);
        }
    };
    const value = parseValue(0);
    ws();
    if (i < len)
        fail(`unexpected data after the JSON value (${describe(i)})`);
    const memberOffset = (obj, key) => {
        const start = containerOffsets.get(obj);
        return start === undefined || Array.isArray(obj) ? undefined : findMember(text, start, key);
    };
    return { value, containerOffsets, memberOffset };
}
// Offset of the value of the last `key` member of the valid JSON object starting at `start`.
function findMember(text, start, key) {
    let i = start + 1;
    let found;
    const ws = () => {
        while (i < text.length && ' \t\r\n'.includes(text[i]))
            i++;
    };
    const skipString = () => {
        i++;
        while (text[i] !== '"')
            i += text[i] === '\\' ? 2 : 1;
        i++;
    };
    const skipValue = () => {
        const c = text[i];
        if (c === '"')
            return skipString();
        if (c !== '{' && c !== '[') {
            while (i < text.length && !',}] \t\r\n'.includes(text[i]))
                i++;
            return;
        }
        let depth = 0;
        do {
            const d = text[i];
            if (d === '"') {
                skipString();
                continue;
            }
            if (d === '{' || d === '[')
                depth++;
            else if (d === '}' || d === ']')
                depth--;
            i++;
        } while (depth > 0);
    };
    ws();
    if (text[i] === '}')
        return undefined;
    while (i < text.length) {
        ws();
        const keyStart = i;
        skipString();
        const k = JSON.parse(text.slice(keyStart, i));
        ws();
        i++; // ':'
        ws();
        if (k === key)
            found = i;
        skipValue();
        ws();
        if (text[i] === ',') {
            i++;
            continue;
        }
        break;
    }
    return found;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
/** Offset → 1-based line and code-point column (01 §0). LF ends a line (CRLF too). */
function positionAt(text, offset) {
    return new LineIndex(text).at(offset);
}
/** Line lookup for many positions in one text: line starts are indexed once, on first use. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    at(offset) {
        if (!this.starts) {
            const starts = [0];
            for (let k = this.text.indexOf('\n'); k !== -1; k = this.text.indexOf('\n', k + 1))
                starts.push(k + 1);
            this.starts = starts;
        }
        const starts = this.starts;
        // Last line start <= offset.
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        const lineStart = starts[lo];
        return { line: lo + 1, col: codePoints(this.text, lineStart, Math.min(offset, this.text.length)) + 1 };
    }
}
function codePoints(text, from, to) {
    let n = 0;
    for (let k = from; k < to; k++) {
        const c = text.charCodeAt(k);
        // Count a surrogate pair once.
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < to) {
            const d = text.charCodeAt(k + 1);
            if (d >= 0xdc00 && d <= 0xdfff)
                k++;
        }
        n++;
    }
    return n;
}
function isJsonObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof RawNumber);
}
/** Own-property lookup that works on null-prototype objects and never reads the prototype chain. */
function has(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}


/***/ }),

/***/ 5047:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ v2Line),
/* harmony export */   g: () => (/* binding */ v2Text)
/* harmony export */ });
/* harmony import */ var _json_out_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8498);
// Canonical V2 JSONL (01 §1.9): compact, one event per line, fixed key order `type, episode_id, step_id,
// timestamp`, then the §1.3 table order. Optional fields are omitted when undefined; `tool_call.args`,
// `result` and `error` are always written. Kept local to import/init on purpose (no dependency on the
// trace reader's writer, which is owned elsewhere).

const KEY_ORDER = {
    episode_start: ['type', 'episode_id', 'timestamp', 'input', 'meta'],
    step: ['type', 'episode_id', 'step_id', 'timestamp', 'kind', 'idx', 'name', 'content', 'content_sha256', 'truncations', 'meta'],
    tool_call: [
        'type',
        'episode_id',
        'step_id',
        'timestamp',
        'tool_name',
        'call_index',
        'args',
        'args_sha256',
        'result',
        'result_sha256',
        'error',
        'truncations',
    ],
    episode_end: ['type', 'episode_id', 'timestamp', 'outcome', 'final_output'],
};
const ALWAYS_WRITTEN = new Set(['args', 'result', 'error']);
/** One canonical JSONL line (no trailing newline). */
function v2Line(event) {
    const rec = event;
    const parts = [];
    for (const key of KEY_ORDER[event.type]) {
        let v = rec[key];
        if (v === undefined) {
            if (event.type === 'tool_call' && ALWAYS_WRITTEN.has(key))
                v = null;
            else
                continue;
        }
        parts.push(JSON.stringify(key) + ':' + (0,_json_out_js__WEBPACK_IMPORTED_MODULE_0__/* .compactJson */ .A)(v));
    }
    return '{' + parts.join(',') + '}';
}
/** A whole file: LF after every line, UTF-8 without BOM when written. */
function v2Text(lines) {
    return lines.length ? lines.join('\n') + '\n' : '';
}


/***/ }),

/***/ 6983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ yamlString)
/* harmony export */ });
/* unused harmony export yamlFlowList */
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

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   a9: () => (/* binding */ matchToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony export hasLiteralStar */
// The tool-name pattern language (01 §2.4), the same everywhere: allow/deny, obligation lists,
// tool_blocklist, trace assertions, sequence selectors. Case-sensitive; no escapes; `*` is a
// wildcard only in a leading or trailing run — a `*` neither first nor last is a literal character.
function compileToolPattern(pattern) {
    let lead = 0;
    while (lead < pattern.length && pattern.charCodeAt(lead) === 0x2a)
        lead++;
    if (lead === pattern.length) {
        // "" matches only the empty name; a run of stars matches every name.
        if (pattern.length === 0)
            return make(pattern, 'exact', '', (n) => n === '');
        return make(pattern, 'any', '', () => true);
    }
    let trail = 0;
    while (pattern.charCodeAt(pattern.length - 1 - trail) === 0x2a)
        trail++;
    const text = pattern.slice(lead, pattern.length - trail);
    if (lead > 0 && trail > 0)
        return make(pattern, 'contains', text, (n) => n.includes(text));
    if (lead > 0)
        return make(pattern, 'suffix', text, (n) => n.endsWith(text));
    if (trail > 0)
        return make(pattern, 'prefix', text, (n) => n.startsWith(text));
    return make(pattern, 'exact', text, (n) => n === text);
}
function make(pattern, kind, text, test) {
    return { pattern, kind, text, literalStar: text.includes('*'), test };
}
/** One-off match (compiles each time; hold a compiled pattern in hot paths). */
function matchToolPattern(pattern, name) {
    return compileToolPattern(pattern).test(name);
}
/** A pattern that matches every name (`*`, `**`, …). */
function isUniversalPattern(pattern) {
    return compileToolPattern(pattern).kind === 'any';
}
/** A pattern with a `*` that is neither leading nor trailing (matched literally). */
function hasLiteralStar(pattern) {
    return compileToolPattern(pattern).literalStar;
}


/***/ })

};
