import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  m8: () => (/* reexport */ AssayCliError),
  oI: () => (/* reexport */ AssayRecorder),
  Nu: () => (/* reexport */ encodeLine),
  MP: () => (/* reexport */ findCli),
  ak: () => (/* reexport */ runCli),
  GW: () => (/* reexport */ splitCommand),
  tf: () => (/* reexport */ validate),
  mW: () => (/* reexport */ wrapMcpClient)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/core/util/make-dirs.ts
// `mkdir -p` that fails fast. Node 20's `mkdirSync(p, { recursive: true })` loops forever when a parent
// exists but refuses new entries with ENOENT (e.g. under /proc), so each missing segment is made one by one
// and any error other than "already exists" ends the walk.


/** Create `dir` and its missing parents (with `mode`); throws the first real error (ENOENT, EACCES, ENOTDIR, …). */
function makeDirs(dir, mode) {
    const target = (0,external_node_path_namespaceObject.resolve)(dir);
    const missing = [];
    let p = target;
    for (;;) {
        try {
            if ((0,external_node_fs_namespaceObject.statSync)(p).isDirectory())
                break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${target}'`), { code: 'ENOTDIR' });
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        missing.push(p);
        const up = (0,external_node_path_namespaceObject.dirname)(p);
        if (up === p)
            break;
        p = up;
    }
    for (let i = missing.length - 1; i >= 0; i--) {
        try {
            (0,external_node_fs_namespaceObject.mkdirSync)(missing[i], mode);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}

;// CONCATENATED MODULE: ./src/sdk/recorder.ts
// The trace recorder of the TypeScript SDK: the same plain tool-call records as the Python SDK
// (docs/sdk.md "Record format"), one JSON object per line, each appended with one write on an O_APPEND
// descriptor so records from several processes never interleave.



/** JSON for values JSON.stringify refuses or mangles: bigint as a string, Error as its message, Map/Set as arrays/objects. */
function replacer(_key, value) {
    if (typeof value === 'bigint')
        return value.toString();
    if (value instanceof Error)
        return `${value.name}: ${value.message}`;
    if (value instanceof Map)
        return Object.fromEntries(value);
    if (value instanceof Set)
        return [...value];
    return value;
}
function encodeLine(record) {
    let text;
    try {
        text = JSON.stringify(record, replacer);
    }
    catch (e) {
        // A circular result must not lose the call itself: keep the tool and say why the rest is missing.
        text = JSON.stringify({ tool: record.tool, args: null, result: null, error: `unserialisable record: ${e.message}`, ...(record.test_id !== undefined ? { test_id: record.test_id } : {}) });
    }
    return Buffer.from(text + '\n', 'utf8');
}
class AssayRecorder {
    path;
    testId;
    clock;
    fd;
    constructor(path, opts = {}) {
        this.path = (0,external_node_path_namespaceObject.resolve)(path);
        this.testId = opts.testId;
        this.clock = opts.clock;
    }
    open() {
        if (this.fd === undefined) {
            makeDirs((0,external_node_path_namespaceObject.dirname)(this.path));
            this.fd = (0,external_node_fs_namespaceObject.openSync)(this.path, 'a');
        }
        return this.fd;
    }
    /** Append one record as given (any JSON object). */
    recordTrace(record) {
        const buf = encodeLine(record);
        const fd = this.open();
        const n = (0,external_node_fs_namespaceObject.writeSync)(fd, buf);
        // A regular file takes the whole line in one write; a short write means the disk is full.
        if (n !== buf.length)
            throw new Error(`short write to ${this.path}: ${n} of ${buf.length} bytes`);
    }
    /** Append one tool call in the plain record form; returns the record written. */
    record(call) {
        if (typeof call.tool !== 'string' || call.tool === '')
            throw new TypeError('tool must be a non-empty string');
        const rec = { tool: call.tool, args: call.args ?? {}, result: call.result ?? null, error: call.error ?? null };
        if (call.id !== undefined)
            rec.id = call.id;
        const group = call.testId ?? this.testId;
        if (group !== undefined)
            rec.test_id = group;
        if (this.clock)
            rec.timestamp = Math.trunc(this.clock());
        this.recordTrace(rec);
        return rec;
    }
    /** `fn` recording each call: `argsOf` maps its arguments to the recorded `args` (default: the first argument). */
    wrap(tool, fn, argsOf = (...a) => a[0]) {
        return async (...a) => {
            const args = argsOf(...a);
            try {
                const result = await fn(...a);
                this.record({ tool, args, result });
                return result;
            }
            catch (e) {
                this.record({ tool, args, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
                throw e;
            }
        };
    }
    close() {
        if (this.fd !== undefined) {
            (0,external_node_fs_namespaceObject.closeSync)(this.fd);
            this.fd = undefined;
        }
    }
}

;// CONCATENATED MODULE: ./src/sdk/mcp.ts
const WRAPPED = Symbol.for('assay.sdk.wrappedCallTool');
/** The text of a tool result's text content items (what an `isError` result says went wrong). */
function errorText(result) {
    const parts = Array.isArray(result.content)
        ? result.content.flatMap((c) => (c && typeof c === 'object' && c.type === 'text' && typeof c.text === 'string' ? [c.text] : []))
        : [];
    return parts.length ? parts.join('\n') : 'tool returned isError';
}
/**
 * Make `client.callTool` record each call to `recorder`: the tool name, its arguments, and the result,
 * or the error (a thrown protocol error, re-thrown; or an `isError: true` result, returned as is, whose
 * text becomes `error`). Returns the same client; wrapping twice records once.
 */
function wrapMcpClient(client, recorder, opts = {}) {
    const holder = client;
    if (holder[WRAPPED])
        return client;
    const original = client.callTool.bind(client);
    const testId = opts.testId;
    holder.callTool = async (params, ...rest) => {
        const base = { tool: params.name, args: params.arguments ?? {}, ...(testId !== undefined ? { testId } : {}) };
        let result;
        try {
            result = await original(params, ...rest);
        }
        catch (e) {
            recorder.record({ ...base, error: e instanceof Error ? e.message : String(e) });
            throw e;
        }
        const isError = !!result && typeof result === 'object' && result.isError === true;
        recorder.record({ ...base, result, ...(isError ? { error: errorText(result) } : {}) });
        return result;
    };
    Object.defineProperty(holder, WRAPPED, { value: true });
    return client;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/sdk/cli.ts
// Finding and running the Assay CLI from the SDK: an explicit command, $ASSAY_CLI (a command line split
// like a POSIX shell), the CLI bundled beside this SDK in the npm package, else `assay` on PATH.




/** Split a command line like a POSIX shell: quotes group, backslash escapes (not inside single quotes). */
function splitCommand(line) {
    const out = [];
    let cur = '';
    let has = false;
    let quote;
    for (let i = 0; i < line.length; i++) {
        const ch = line[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                cur += ch;
        }
        else if (ch === '\\' && i + 1 < line.length && (quote === undefined || '"\\$`'.includes(line[i + 1]))) {
            cur += line[++i];
            has = true;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = undefined;
            else
                cur += ch;
        }
        else if (ch === '"' || ch === "'") {
            quote = ch;
            has = true;
        }
        else if (/\s/.test(ch)) {
            if (has || cur)
                out.push(cur);
            cur = '';
            has = false;
        }
        else
            cur += ch;
    }
    if (quote)
        throw new Error(`unterminated ${quote} quote in command line: ${line}`);
    if (has || cur)
        out.push(cur);
    return out;
}
/** The CLI of the npm package this SDK ships in (dist/cli/index.js beside dist/sdk/). */
function bundledCli() {
    try {
        // Spelled so the bundler does not take the path for an asset to copy into the bundle.
        const parts = ['..', 'cli', 'index.js'];
        const p = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), ...parts);
        return (0,external_node_fs_namespaceObject.existsSync)(p) ? p : undefined;
    }
    catch {
        return undefined;
    }
}
function findCli(cli, env = process.env) {
    if (cli !== undefined) {
        const argv = typeof cli === 'string' ? splitCommand(cli) : [...cli];
        if (!argv.length)
            throw new TypeError('the cli option is empty');
        return argv;
    }
    const configured = env.ASSAY_CLI?.trim();
    if (configured)
        return splitCommand(configured);
    const bundled = bundledCli();
    return bundled ? [process.execPath, bundled] : ['assay'];
}
function runCli(args, opts = {}) {
    const env = { ...(opts.env ?? process.env), NO_COLOR: '1' };
    delete env.FORCE_COLOR;
    const argv = [...findCli(opts.cli, opts.env ?? process.env), ...args];
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(argv[0], argv.slice(1), { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
        const out = [];
        const err = [];
        child.stdout.on('data', (b) => out.push(b));
        child.stderr.on('data', (b) => err.push(b));
        child.on('error', reject);
        child.on('close', (code, signal) => resolve({ argv, exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    });
}

;// CONCATENATED MODULE: ./src/sdk/validate.ts
// `validate()`: run `assay validate --format json` on a policy and traces and return the verdict.
// Exit 0/1 is a verdict; exit 2 (config/input) and 3 (infrastructure) throw AssayCliError with the
// CLI's reason code, the same contract as the Python SDK (docs/sdk.md).

/** The CLI could not reach a verdict. Classify by `reasonCode`, never by the message. */
class AssayCliError extends Error {
    reasonCode;
    exitCode;
    nextStep;
    diagnostics;
    constructor(reasonCode, message, opts = {}) {
        super(`${reasonCode}: ${message}`);
        this.name = 'AssayCliError';
        this.reasonCode = reasonCode;
        this.exitCode = opts.exitCode ?? null;
        this.nextStep = opts.nextStep;
        this.diagnostics = opts.diagnostics ?? [];
    }
}
const obj = (v) => (v && typeof v === 'object' && !Array.isArray(v) ? v : {});
const str = (v) => (typeof v === 'string' ? v : undefined);
const num = (v) => (typeof v === 'number' ? v : undefined);
function flatten(d) {
    const ctx = obj(d.context);
    const pol = obj(ctx.policy_location);
    const f = { code: String(d.code), severity: d.severity, message: String(d.message) };
    const put = (k, v) => {
        if (v !== undefined)
            f[k] = v;
    };
    put('tool', str(ctx.tool));
    put('rule', str(ctx.policy_rule));
    put('policyFile', str(pol.file));
    put('policyLine', num(pol.line));
    put('file', str(ctx.file));
    put('line', num(ctx.line));
    put('entry', str(ctx.entry_key) ?? str(ctx.test_id));
    put('callIndex', num(ctx.call_index));
    return f;
}
async function validate(policy, traces, opts = {}) {
    const files = typeof traces === 'string' ? [traces] : traces;
    if (!files.length)
        throw new AssayCliError('E_INVALID_ARGS', 'no trace file given');
    const args = ['validate', '--config', policy, '--format', 'json', '--no-color', ...(opts.strict ? ['--strict'] : []), '--trace-file', ...files];
    let run;
    try {
        run = await runCli(args, { ...(opts.cli !== undefined ? { cli: opts.cli } : {}), ...(opts.cwd !== undefined ? { cwd: opts.cwd } : {}), ...(opts.env ? { env: opts.env } : {}) });
    }
    catch (e) {
        // spawn failed: the command does not exist or cannot be executed.
        throw new AssayCliError('E_PATH_NOT_FOUND', `cannot start the Assay CLI: ${e.message}`, {
            nextStep: 'Set ASSAY_CLI to the command that starts the CLI, or pass the cli option',
        });
    }
    let doc;
    try {
        const parsed = JSON.parse(run.stdout);
        if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
            doc = parsed;
    }
    catch {
        doc = undefined;
    }
    const diagnostics = Array.isArray(doc?.diagnostics) ? doc.diagnostics.map(obj) : [];
    if ((run.exitCode === 0 || run.exitCode === 1) && doc) {
        return { passed: run.exitCode === 0, exitCode: run.exitCode, reasonCode: str(doc.reason_code) ?? null, findings: diagnostics.map(flatten), report: doc };
    }
    if (doc && typeof doc.reason_code === 'string') {
        const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
        throw new AssayCliError(doc.reason_code, str(doc.message) ?? str(first?.message) ?? doc.reason_code, { exitCode: run.exitCode, ...(str(doc.next_step) ? { nextStep: str(doc.next_step) } : {}), diagnostics });
    }
    const tail = run.stderr.trim().split('\n').slice(-5).join('\n');
    throw new AssayCliError('E_INTERNAL', `the Assay CLI exited ${run.exitCode} without a JSON report: ${tail}`, { exitCode: run.exitCode });
}

;// CONCATENATED MODULE: ./src/sdk/index.ts
// `assay/sdk`: record an agent's tool calls (directly or through an MCP client) and validate them.





var __webpack_exports__AssayCliError = __webpack_exports__.m8;
var __webpack_exports__AssayRecorder = __webpack_exports__.oI;
var __webpack_exports__encodeLine = __webpack_exports__.Nu;
var __webpack_exports__findCli = __webpack_exports__.MP;
var __webpack_exports__runCli = __webpack_exports__.ak;
var __webpack_exports__splitCommand = __webpack_exports__.GW;
var __webpack_exports__validate = __webpack_exports__.tf;
var __webpack_exports__wrapMcpClient = __webpack_exports__.mW;
export { __webpack_exports__AssayCliError as AssayCliError, __webpack_exports__AssayRecorder as AssayRecorder, __webpack_exports__encodeLine as encodeLine, __webpack_exports__findCli as findCli, __webpack_exports__runCli as runCli, __webpack_exports__splitCommand as splitCommand, __webpack_exports__validate as validate, __webpack_exports__wrapMcpClient as wrapMcpClient };
