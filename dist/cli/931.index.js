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
// What kind of project `assay init` is looking at, so the scaffold fits it: an MCP client config (its
// servers get wrapped), an MCP server (its tools get named in the policy), or a plain Python/Node/other
// project. Reads only a few well-known files and a bounded number of source files; never runs anything.


/** MCP client configs, in the order they are reported. */
const MCP_CLIENT_FILES = ['.mcp.json', 'mcp.json', 'claude_desktop_config.json', '.cursor/mcp.json', '.vscode/mcp.json'];
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const MAX_SOURCE_FILES = 400;
const MAX_SOURCE_BYTES = 512 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', '.venv', 'venv', '__pycache__', '.assay', '.tox', 'coverage']);
function detectProject(dir) {
    const has = (name) => (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, name));
    const languages = [];
    if (has('package.json'))
        languages.push('node');
    if (has('pyproject.toml') || has('requirements.txt') || has('setup.py') || has('server.py'))
        languages.push('python');
    const ci = [];
    if (isDir((0,external_node_path_.join)(dir, '.github')))
        ci.push('github');
    if (has('.gitlab-ci.yml'))
        ci.push('gitlab');
    const mcpClients = MCP_CLIENT_FILES.map((f) => readClientConfig(dir, f)).filter((c) => c !== undefined);
    const mcpServer = detectServer(dir);
    const kind = mcpClients.length ? 'mcp-client' : mcpServer ? 'mcp-server' : languages[0] ?? 'other';
    return { kind, languages, ci, traces: listTraces(dir), mcpClients, ...(mcpServer ? { mcpServer } : {}) };
}
/** The provider for a bare `--ci`: GitLab only when the project already uses it and not GitHub. */
function defaultCiProvider(info) {
    return info.ci.includes('gitlab') && !info.ci.includes('github') ? 'gitlab' : 'github';
}
function listTraces(dir) {
    try {
        return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(dir, 'traces'))
            .filter((f) => f.endsWith('.jsonl'))
            .sort(byCodeUnit)
            .map((f) => `traces/${f}`);
    }
    catch {
        return [];
    }
}
function readText(p) {
    try {
        const st = (0,external_node_fs_.statSync)(p);
        if (!st.isFile() || st.size > MAX_SOURCE_BYTES)
            return undefined;
        return (0,external_node_fs_.readFileSync)(p, 'utf8');
    }
    catch {
        return undefined;
    }
}
function isObj(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/** `mcpServers` (Claude, Cursor) or `servers` (VS Code): name → {command, args} | {url}. Unreadable → skipped. */
function readClientConfig(dir, file) {
    const text = readText((0,external_node_path_.join)(dir, file));
    if (text === undefined)
        return undefined;
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch {
        return undefined;
    }
    if (!isObj(doc))
        return undefined;
    const map = isObj(doc.mcpServers) ? doc.mcpServers : isObj(doc.servers) ? doc.servers : undefined;
    if (!map)
        return undefined;
    const servers = [];
    for (const name of Object.keys(map).sort(byCodeUnit)) {
        const s = map[name];
        if (!isObj(s))
            continue;
        const args = Array.isArray(s.args) ? s.args.filter((a) => typeof a === 'string') : [];
        if (typeof s.command === 'string' && s.command !== '')
            servers.push({ name, command: s.command, args });
        else if (typeof s.url === 'string')
            servers.push({ name, args: [], url: s.url });
    }
    return { file, servers };
}
function detectServer(dir) {
    const evidence = [];
    let language;
    const pkg = readText((0,external_node_path_.join)(dir, 'package.json'));
    if (pkg !== undefined) {
        try {
            const doc = JSON.parse(pkg);
            const deps = { ...(isObj(doc.dependencies) ? doc.dependencies : {}), ...(isObj(doc.devDependencies) ? doc.devDependencies : {}) };
            if ('@modelcontextprotocol/sdk' in deps) {
                evidence.push('package.json (@modelcontextprotocol/sdk)');
                language = 'node';
            }
        }
        catch {
            // not JSON: not evidence either way
        }
    }
    if (!language) {
        const py = readText((0,external_node_path_.join)(dir, 'pyproject.toml'));
        // A dependency string naming `mcp` or `fastmcp` ("mcp>=1.2", "mcp[cli]", 'fastmcp').
        if (py !== undefined && /["'](?:mcp|fastmcp)(?:\[[^\]]*\])?\s*(?:[<>=!~][^"']*)?["']/.test(py)) {
            evidence.push('pyproject.toml (mcp)');
            language = 'python';
        }
        const req = readText((0,external_node_path_.join)(dir, 'requirements.txt'));
        if (req !== undefined && /^\s*(?:mcp|fastmcp)(?:\[[^\]]*\])?\s*(?:[<>=!~;#].*)?$/m.test(req)) {
            evidence.push('requirements.txt (mcp)');
            language = 'python';
        }
        const server = readText((0,external_node_path_.join)(dir, 'server.py'));
        if (server !== undefined && /\bFastMCP\b/.test(server)) {
            evidence.push('server.py (FastMCP)');
            language = 'python';
        }
    }
    if (!language)
        return undefined;
    const tools = new Set();
    for (const f of sourceFiles(dir, language === 'node' ? ['.ts', '.mts', '.js', '.mjs', '.cjs'] : ['.py'])) {
        const text = readText(f);
        if (text === undefined)
            continue;
        for (const t of language === 'node' ? nodeToolNames(text) : pythonToolNames(text))
            tools.add(t);
    }
    return { language, evidence, tools: [...tools].sort(byCodeUnit) };
}
/** `server.tool("name", …)`, `server.registerTool("name", …)` (string literal first argument). */
function nodeToolNames(text) {
    const out = [];
    for (const m of text.matchAll(/\.(?:tool|registerTool)\(\s*(["'`])([A-Za-z0-9_.\-/]{1,128})\1/g))
        out.push(m[2]);
    return out;
}
/** `@mcp.tool()` / `@server.tool(name="x")` decorated functions: the explicit name, else the def name. */
function pythonToolNames(text) {
    const out = [];
    const re = /^[ \t]*@\w+\.tool\(([^)]*)\)[ \t]*\r?\n(?:[ \t]*@[^\n]*\r?\n)*[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
    for (const m of text.matchAll(re)) {
        const named = /\bname\s*=\s*(["'])([A-Za-z0-9_.\-/]{1,128})\1/.exec(m[1]);
        out.push(named ? named[2] : m[2]);
    }
    return out;
}
/** Source files below `dir` (bounded count, skipping dependency and build folders), in name order. */
function sourceFiles(dir, exts) {
    const out = [];
    const walk = (d, depth) => {
        if (depth > 5 || out.length >= MAX_SOURCE_FILES)
            return;
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(d).sort(byCodeUnit);
        }
        catch {
            return;
        }
        for (const n of names) {
            if (out.length >= MAX_SOURCE_FILES)
                return;
            const p = (0,external_node_path_.join)(d, n);
            if (isDir(p)) {
                if (!SKIP_DIRS.has(n) && !n.startsWith('.'))
                    walk(p, depth + 1);
            }
            else if (exts.some((e) => n.endsWith(e)) && !n.endsWith('.d.ts'))
                out.push(p);
        }
    };
    walk(dir, 0);
    return out;
}
function isDir(p) {
    try {
        return (0,external_node_fs_.statSync)(p).isDirectory();
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./src/core/policy/tool-pattern.ts
var tool_pattern = __webpack_require__(8085);
// EXTERNAL MODULE: ./src/core/init/yaml-text.ts
var yaml_text = __webpack_require__(6983);
;// CONCATENATED MODULE: ./src/core/init/presets.ts
// Starter policies written by `assay init --preset`, all in the v2 form. Command-running tools are denied
// by name pattern, path arguments are contained (docs/getting-started.md, "What the starter policy allows").


const PRESETS = [
    {
        name: 'default',
        description: 'Allows every tool except command-running ones (denied by name pattern: *exec*, *shell*, *bash*, *terminal*, *_command, python*, …); file tools (read_file, write_file, edit_file, list_directory, …) must name a path inside /app or /data or a relative path without ".."; other tools without an argument schema are allowed with a warning.',
    },
    {
        name: 'hardened',
        description: 'Allows only read_file, list_dir and search, each with a strict argument schema (paths inside /app or /data or relative without ".."); denies command-running tools by name pattern; any other tool is denied; at most 50 tool calls per episode.',
    },
    {
        name: 'dev',
        description: 'Same rules as default, but tools without an argument schema are allowed silently (local development).',
    },
];
/** `--pack` is an alias of `--preset`; names are matched exactly. */
function findPreset(name) {
    return PRESETS.find((p) => p.name === name);
}
/**
 * Tool-name patterns of command-running tools (the pattern language is case-sensitive, so the capitalised
 * spellings are listed too). Chosen against real MCP/agent tool names: shell_exec, execute_command,
 * run_terminal_cmd, run_in_terminal, run_shell_command, exec_command, local_shell, bash, Bash,
 * execute_bash, start_process, run_python, code_interpreter, powershell, … (see __tests__/unit/init/presets.test.ts).
 * Broad on purpose: a false positive (say `get_execution_status`) shows up as a finding to allow
 * explicitly; a false negative lets a shell through.
 */
const COMMAND_TOOL_PATTERNS = [
    '*exec*',
    '*Exec*',
    '*shell*',
    '*Shell*',
    '*bash*',
    '*Bash*',
    'sh',
    'zsh*',
    'pwsh*',
    '*terminal*',
    '*Terminal*',
    'command',
    '*_command',
    '*Command',
    'cmd',
    'cmd_*',
    '*_cmd',
    'spawn*',
    '*_spawn',
    '*_process',
    'python*',
    '*_python',
    'run_code',
    'code_interpreter',
    'eval',
    'osascript*',
    '*applescript*',
    'sudo*',
    'ssh*',
];
/** Allowed folders for absolute path arguments (lexical containment: `..` cannot climb out). */
const PRESET_FOLDERS = ['/app', '/data'];
/** File tools whose `path` argument the default and dev presets constrain. */
const PATH_TOOLS = ['read_file', 'read_text_file', 'write_file', 'edit_file', 'list_directory', 'list_dir'];
// A path is either absolute and contained in PRESET_FOLDERS (`x-assay-within`, lexically normalised, see
// docs/authoring.md "Path arguments"), or workspace-relative: not starting with a dot (no .env, .ssh),
// never a `..` step. RE2 syntax has no look-ahead, so the `..` ban is a JSON Schema `not`.
function pathSchema(indent) {
    return [
        `${indent}type: string`,
        `${indent}minLength: 1`,
        `${indent}anyOf:`,
        `${indent}  - x-assay-within: ${(0,yaml_text/* yamlFlowList */.y)(PRESET_FOLDERS)}`,
        `${indent}  - pattern: '^[A-Za-z0-9_]'`,
        `${indent}    not:`,
        `${indent}      pattern: '\\.\\.'`,
    ];
}
function pathToolSchema(tool, strict) {
    return [
        `  ${tool}:`,
        '    type: object',
        ...(strict ? ['    additionalProperties: false'] : []),
        '    properties:',
        '      path:',
        ...pathSchema('        '),
        '    required: [path]',
    ];
}
function presetPolicyYaml(name) {
    const lines = [];
    if (name === 'hardened') {
        lines.push('# Assay policy, preset "hardened" (v2). Only the listed tools may run, each with an argument schema;', '# a tool added to tools.allow without a schema is denied (unconstrained_tools: deny).', 'version: "2.0"', 'name: "starter-hardened"', 'tools:', '  allow: ["read_file", "list_dir", "search"]', `  deny: ${(0,yaml_text/* yamlFlowList */.y)(COMMAND_TOOL_PATTERNS)}`, 'schemas:', ...pathToolSchema('read_file', true), ...pathToolSchema('list_dir', true), '  search:', '    type: object', '    additionalProperties: false', '    properties:', '      query:', '        type: string', '        minLength: 1', '        maxLength: 512', '    required: [query]', 'enforcement:', '  unconstrained_tools: deny', 'limits:', '  max_tool_calls_total: 50');
    }
    else {
        const dev = name === 'dev';
        lines.push(`# Assay policy, preset "${name}" (v2). Every tool is allowed except command-running ones (tools.deny,`, '# matched by name pattern); file tools must name a path inside /app or /data, or a relative path without "..".', '# Narrow tools.allow once you know which tools your agent uses: `assay coverage` lists the tools it saw.', 'version: "2.0"', `name: "starter-${name}"`, 'tools:', '  allow: ["*"]', `  deny: ${(0,yaml_text/* yamlFlowList */.y)(COMMAND_TOOL_PATTERNS)}`, 'schemas:', ...PATH_TOOLS.flatMap((t) => pathToolSchema(t, false)), 'enforcement:', dev ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn');
    }
    return lines.join('\n') + '\n';
}
/** A tool name the command patterns deny. */
function isCommandTool(name) {
    return COMMAND_TOOL_PATTERNS.some((p) => (0,tool_pattern/* matchToolPattern */.a9)(p, name));
}
/**
 * The default/dev policy for an MCP server project whose tools were read from its sources: only those
 * tools are allowed (a new tool is a finding until it is added), command-running ones stay denied.
 */
function serverPolicyYaml(name, tools) {
    const pathTools = PATH_TOOLS.filter((t) => tools.includes(t));
    const lines = [
        `# Assay policy for this MCP server, preset "${name}" (v2). tools.allow lists the tools read from the`,
        '# sources; add new tools here as the server grows. Command-running tools stay denied (deny wins).',
        'version: "2.0"',
        `name: "server-${name}"`,
        'tools:',
        `  allow: ${(0,yaml_text/* yamlFlowList */.y)(tools)}`,
        `  deny: ${(0,yaml_text/* yamlFlowList */.y)(COMMAND_TOOL_PATTERNS)}`,
    ];
    if (pathTools.length)
        lines.push('schemas:', ...pathTools.flatMap((t) => pathToolSchema(t, false)));
    lines.push('enforcement:', name === 'dev' ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn');
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/generate/runtime-events.ts
var runtime_events = __webpack_require__(1773);
// EXTERNAL MODULE: ./src/core/generate/runtime-policy.ts
var runtime_policy = __webpack_require__(9998);
;// CONCATENATED MODULE: ./src/core/init/from-trace.ts
// `assay init --from-trace F [--heuristics]`: a runtime policy from one run's runtime events
// The implementation is `assay generate`'s (src/core/generate); init only delegates.


/** Parse runtime-event JSONL. Bad lines are warnings (default); no valid event → E_TRACE_INVALID. */
function parseRuntimeEvents(text, file) {
    return (0,runtime_events/* parseRuntimeEvents */.L)(text, file);
}
function runtimePolicyYaml(ev, opts) {
    const r = (0,runtime_policy/* runtimePolicyFromEvents */._q)(ev, { name: opts.name ?? 'Generated Policy', generatedAt: opts.generatedAt, heuristics: opts.heuristics });
    return (0,runtime_policy/* runtimePolicyText */.Wt)(r.doc, 'yaml');
}

// EXTERNAL MODULE: ./src/core/import/v2-lines.ts
var v2_lines = __webpack_require__(5047);
;// CONCATENATED MODULE: ./src/core/init/templates.ts
// File contents written by `assay init`. Traces are canonical V2.


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
/** actions/checkout pinned to a full commit (tag in the comment), as every workflow here. */
const CHECKOUT_PIN = 'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2';
/** A supported Node LTS image for GitLab (Node 20 reaches end of life in April 2026). */
const GITLAB_NODE_IMAGE = 'node:24-bookworm-slim';
/** `owner/repo[/path]@<40-hex commit>`: the only action reference `init` writes (docs/getting-started.md, "CI"). */
function isPinnedActionRef(ref) {
    return /^[A-Za-z0-9][A-Za-z0-9-]{0,38}\/[A-Za-z0-9._-]{1,100}(?:\/[A-Za-z0-9._\/-]+)?@[0-9a-f]{40}$/.test(ref);
}
function githubWorkflowYaml(p) {
    return [
        '# Assay policy gate. Generated by `assay init --ci github`. Every action is pinned to a commit.',
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
        `      - uses: ${CHECKOUT_PIN}`,
        '      - id: assay',
        `        uses: ${p.actionRef}`,
        '        with:',
        `          config: ${(0,yaml_text/* yamlString */.l)(p.config)}`,
        `          policy: ${(0,yaml_text/* yamlString */.l)(p.policy)}`,
        `          trace_file: ${(0,yaml_text/* yamlString */.l)(p.traces)}`,
        '',
    ].join('\n');
}
/**
 * GitLab job. With a package.json the project's own pinned devDependency runs (`npm ci`, then
 * `npx --no-install`, which never downloads); without one, this exact Assay version is installed.
 */
function gitlabCiYaml(p) {
    const gate = `assay ci --config ${shellWord(p.config)} --policy ${shellWord(p.policy)} --trace-file ${shellWord(p.traces)} --junit .assay/reports/junit.xml`;
    const install = p.node ? ['    - npm ci', `    - ${(0,yaml_text/* yamlString */.l)(`npx --no-install ${gate}`)}`] : [`    - ${(0,yaml_text/* yamlString */.l)(`npm install --global assay@${p.version}`)}`, `    - ${(0,yaml_text/* yamlString */.l)(gate)}`];
    return [
        '# Assay policy gate. Generated by `assay init --ci gitlab`.',
        'assay:',
        `  image: ${GITLAB_NODE_IMAGE}`,
        '  script:',
        ...install,
        '  artifacts:',
        '    when: always',
        '    paths:',
        '      - .assay/reports/',
        '    reports:',
        '      junit: .assay/reports/junit.xml',
        '',
    ].join('\n');
}
/** A string as one POSIX shell word (single-quoted when it holds anything but safe characters). */
function shellWord(s) {
    return /^[A-Za-z0-9_./=:@%+,-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}
/** One shell command line from words. */
function shellLine(words) {
    return words.map(shellWord).join(' ');
}
/** The argv that runs one MCP server behind `assay mcp wrap` with the project's policy. */
function wrapArgv(policy, s) {
    return ['assay', 'mcp', 'wrap', '--policy', policy, '--label', s.name, '--', s.command, ...s.args];
}
/**
 * The client config with every stdio server wrapped, as a JSON document to paste over the `mcpServers`
 * section. Remote (url) servers are kept as they are: a stdio proxy cannot wrap them.
 */
function wrappedClientConfigJson(policyAbs, servers) {
    const out = {};
    for (const s of servers) {
        if (s.command === undefined) {
            out[s.name] = { url: s.url };
            continue;
        }
        const argv = wrapArgv(policyAbs, { name: s.name, command: s.command, args: s.args });
        out[s.name] = { command: argv[0], args: argv.slice(1) };
    }
    return JSON.stringify({ mcpServers: out }, null, 2) + '\n';
}
/** An example episode calling `tool` with `args` (for server projects: one of the server's own tools). */
function toolTraceJsonl(tool, args) {
    const ep = 'example-1';
    return (0,v2_lines/* v2Text */.g)([
        (0,v2_lines/* v2Line */.f)({ type: 'episode_start', episode_id: ep, timestamp: 1000, input: { prompt: STARTER_PROMPT } }),
        (0,v2_lines/* v2Line */.f)({ type: 'tool_call', episode_id: ep, step_id: 's1', timestamp: 1001, tool_name: tool, call_index: 0, args, result: { content: 'ok' }, error: null }),
        (0,v2_lines/* v2Line */.f)({ type: 'episode_end', episode_id: ep, timestamp: 1002, outcome: 'pass', final_output: 'done' }),
    ]);
}

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/core/schemas/index.ts + 3 modules
var schemas = __webpack_require__(112);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./src/core/init/plan.ts
// `assay init`: decide which files to write, then write them.
//
// Existing files: `init` never overwrites without `--force`, and never fails a half-initialised project
// for it either: an existing target is skipped and reported as
// `Skipped <p> (exists)`; the command still succeeds (exit 0) and writes the files that are missing.
// When every target exists, nothing is written and the message says so. `--force` overwrites existing
// targets, except `.gitignore`, which is never overwritten: missing lines are appended to it.











/** The file beside the eval config holding the client config with every server wrapped. */
const WRAPPED_CONFIG_NAME = 'mcp.wrapped.json';
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
            text = (0,read_text/* readTextStrict */.hr)(opts.fromTrace, name, 'E_TRACE_INVALID', { errorClass: errors/* InputError */.dz, source: 'trace', nextStepValues: { 'trace.jsonl': name } });
        }
        catch (e) {
            if (e instanceof errors/* InputError */.dz)
                throw e;
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
        // An MCP server whose tools could be read: the policy names them, the example trace calls one of them.
        const serverTools = preset.name !== 'hardened' ? (project.mcpServer?.tools ?? []) : [];
        const exampleTool = serverTools.find((t) => !isCommandTool(t));
        if (exampleTool !== undefined) {
            const tools = serverTools.length;
            wanted.push({ path: policyRel, content: serverPolicyYaml(preset.name, serverTools), note: `preset: ${preset.name}, ${tools} server tool(s)` });
        }
        else {
            wanted.push({ path: policyRel, content: presetPolicyYaml(preset.name), note: `preset: ${preset.name}` });
        }
        // Always: a trace the starter policy allows, so validate works right after init.
        const exampleRel = beside('traces/example.jsonl');
        const exampleText = exampleTool !== undefined ? toolTraceJsonl(exampleTool, PATH_TOOLS.includes(exampleTool) ? { path: '/app/README.md' } : {}) : exampleTraceJsonl();
        wanted.push({ path: exampleRel, content: exampleText, note: 'example trace' });
        traceRel = exampleRel;
        if (opts.helloTrace) {
            traceRel = beside('traces/hello.jsonl');
            wanted.push({ path: traceRel, content: helloTraceJsonl(), note: 'hello trace' });
        }
    }
    if (opts.actionRef !== undefined && !isPinnedActionRef(opts.actionRef)) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--action-ref must be OWNER/REPO@<40-hex commit sha> (got "${opts.actionRef}"): a tag can be moved, a commit cannot`, { source: 'cli' });
    }
    if (ci === 'github') {
        // Never a guessed owner or a movable tag: the user names the action they trust, pinned to a commit.
        if (opts.actionRef === undefined) {
            throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--ci github needs --action-ref OWNER/REPO@<40-hex commit sha>: the Assay action your workflow should run, pinned to a commit (see docs/getting-started.md)', { source: 'cli' });
        }
        // The action takes a glob: every trace beside the config is gated.
        const content = githubWorkflowYaml({ config: configRel, policy: policyRel, traces: beside('traces/*.jsonl'), actionRef: opts.actionRef });
        wanted.push({ path: '.github/workflows/assay.yml', content, note: 'GitHub workflow' });
    }
    else if (ci === 'gitlab') {
        const content = gitlabCiYaml({ config: configRel, policy: policyRel, traces: beside('traces/*.jsonl'), node: project.languages.includes('node'), version: version/* VERSION */.x });
        wanted.push({ path: '.gitlab-ci.yml', content, note: 'GitLab CI job' });
    }
    // An MCP client config: its stdio servers, wrapped with the project's policy.
    const wrapCommands = [];
    const servers = project.mcpClients.flatMap((c) => c.servers);
    if (servers.length) {
        for (const s of servers) {
            if (s.command !== undefined)
                wrapCommands.push({ server: s.name, command: shellLine(wrapArgv(display(policyRel), { name: s.name, command: s.command, args: s.args })) });
        }
        wanted.push({ path: beside(WRAPPED_CONFIG_NAME), content: wrappedClientConfigJson((0,external_node_path_.join)(dir, policyRel), servers), note: `${project.mcpClients[0].file} with ${wrapCommands.length} server(s) wrapped` });
    }
    // Editor support (docs/editor-support.md): the YAML files start with a yaml-language-server line pointing
    // at the schemas written beside them. The --from-trace policy is a runtime document: no schema line.
    for (const f of wanted) {
        if (f.path === configRel)
            f.content = `${(0,schemas/* schemaModeline */.XA)('eval', configRel)}\n${f.content}`;
        else if (f.path === policyRel && opts.fromTrace === undefined)
            f.content = `${(0,schemas/* schemaModeline */.XA)('policy', policyRel)}\n${f.content}`;
    }
    for (const s of (0,schemas/* projectSchemaFiles */.AZ)())
        wanted.push({ path: s.path, content: s.content, note: `${s.kind} schema for editors` });
    const files = wanted.map((f) => ({ ...f, action: decide((0,external_node_path_.join)(dir, f.path), opts.force === true) }));
    if (opts.gitignore)
        files.push(planGitignore(dir));
    const configPath = display(configRel);
    const policyPath = display(policyRel);
    const tracePath = traceRel !== undefined ? display(traceRel) : undefined;
    const next = shellLine(['assay', 'validate', `--config=${configPath}`, ...(tracePath !== undefined ? [`--trace-file=${tracePath}`] : []), '--format', 'json']);
    return { files, project, configPath, policyPath, tracePath, next, hints: hintsFor(project, ci, display, policyPath), warnings, wrapCommands };
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
/** One line naming what was detected, e.g. `MCP server (Python: 3 tools), Python, GitHub Actions`. */
function describeProject(p) {
    const parts = [];
    for (const c of p.mcpClients)
        parts.push(`MCP client config ${c.file} (${c.servers.length} server(s): ${c.servers.map((s) => s.name).join(', ') || 'none'})`);
    if (p.mcpServer) {
        const lang = p.mcpServer.language === 'node' ? 'Node.js' : 'Python';
        parts.push(`MCP server (${lang}; ${p.mcpServer.tools.length ? `tools: ${p.mcpServer.tools.join(', ')}` : 'no tool names readable from the sources'})`);
    }
    parts.push(...p.languages.map((l) => (l === 'node' ? 'Node.js' : 'Python')), ...p.ci.map((c) => (c === 'github' ? 'GitHub Actions' : 'GitLab CI')));
    return parts.length ? parts.join(', ') : 'no known project files (other)';
}
function hintsFor(p, ci, display, policyPath) {
    const hints = [`Detected: ${describeProject(p)}`];
    if (!ci && p.ci.includes('github'))
        hints.push('Hint: add a GitHub workflow with --ci github --action-ref (the Assay action pinned to a commit; see docs/getting-started.md)');
    else if (!ci && p.ci.includes('gitlab'))
        hints.push('Hint: add the GitLab job with: assay init --ci gitlab');
    if (p.mcpServer && !p.mcpServer.tools.length)
        hints.push('Hint: no tool names could be read from the server sources; the policy allows every tool except command-running ones');
    const own = new Set(['traces/example.jsonl', 'traces/hello.jsonl']);
    const existing = p.traces.filter((t) => !own.has(t));
    if (existing.length) {
        hints.push(`Found ${existing.length} existing trace file(s); gate one with: ${shellLine(['assay', 'validate', `--config=${policyPath}`, `--trace-file=${display(existing[0])}`])}`);
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
            (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(abs));
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
// `assay init`: starter eval config, v2 policy, example trace; optional CI and .gitignore.




function register(program) {
    program
        .command('init')
        .description('Create a starter eval config, a v2 policy and an example trace (existing files are kept)')
        .option('--config <path>', 'eval config to create, relative to --dir', 'eval.yaml')
        .option('--ci [provider]', 'also write a CI workflow: github | gitlab (default: from the project)')
        .option('--action-ref <ref>', 'with --ci github: the Assay action to run, pinned to a commit (OWNER/REPO@<40-hex sha>)')
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
/** SOURCE_DATE_EPOCH (integer seconds) in reproducible mode, else the wall clock. */
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
        if (opts.actionRef !== undefined)
            initOpts.actionRef = opts.actionRef;
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
                project: projectJson(plan),
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
        for (const w of plan.wrapCommands)
            (0,output/* err */._q)(`Wrap ${w.server}: ${w.command}`);
        if (plan.tracePath !== undefined && opts.fromTrace === undefined) {
            // run/ci find eval.yaml and the policy beside it, and the traces in traces/ (docs/getting-started.md).
            (0,output/* err */._q)('Gate (config + policy over traces/*.jsonl): assay ci');
        }
        (0,output/* err */._q)(`   Next: ${plan.next}`);
        return 0;
    }
    catch (e) {
        // Diagnostics to stderr; in JSON mode the command's own report carries the failure.
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
/** What was detected, for `--format json` (the text output has the `Detected:` line). */
function projectJson(plan) {
    const p = plan.project;
    return {
        kind: p.kind,
        summary: describeProject(p),
        languages: p.languages,
        ci: p.ci,
        mcp_clients: p.mcpClients.map((c) => ({ file: c.file, servers: c.servers.map((s) => ({ name: s.name, wrappable: s.command !== undefined })) })),
        mcp_server: p.mcpServer ? { language: p.mcpServer.language, evidence: p.mcpServer.evidence, tools: p.mcpServer.tools } : null,
        wrap_commands: plan.wrapCommands,
    };
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
            next_step: 'assay init --preset hardened',
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
// The risk heuristics of `assay generate --heuristics` (also record's step 3): path entropy, hash-like
// segments and sensitive ports; for tool-call traces also the dangerous tool names.

const DEFAULT_ENTROPY_THRESHOLD = 3.8;
/** Above this many bits a path segment is a deny recommendation (the reference's threshold). */
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
/** Entropy and hash checks of one path. */
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
/** Sensitive destination ports. */
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
// Runtime event files: `file_open` / `net_connect` / `proc_exec` JSONL, `#` comments.
// Other lines are bad lines (skipped with a warning, fatal with --strict); a file with no
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
        // `assay record` observations (docs/record.md) carry more than these three kinds and report failed
        // attempts too: binds and foreign-ABI notes are not runtime events, a failed open or exec (a PATH or
        // module-path probe) is not behaviour to allow.
        if (ev['v'] === 1 && (ev['type'] === 'net_bind' || ev['type'] === 'foreign_abi'))
            continue;
        if (ev['v'] === 1 && ev['type'] !== 'net_connect' && typeof ev['result'] === 'number' && ev['result'] < 0)
            continue;
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
// The runtime policy document from one run's events or from a profile.
// Entries are de-duplicated and sorted by code unit; empty lists are omitted; an empty `network` is `{}`.



const RUNTIME_KINDS = ['files', 'network', 'processes'];
/** Section keys per kind: allow, review, deny. */
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
// refuse duplicate object keys (inspector and the HTTP transcript documents) and say where
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
/** Offset → 1-based line and code-point column. LF ends a line (CRLF too). */
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
// Canonical V2 JSONL: compact, one event per line, fixed key order `type, episode_id, step_id,
// timestamp`, then the table order. Optional fields are omitted when undefined; `tool_call.args`,
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

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   a9: () => (/* binding */ matchToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony export hasLiteralStar */
// The tool-name pattern language, the same everywhere: allow/deny, obligation lists,
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
