export const id = 309;
export const ids = [309];
export const modules = {

/***/ 309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  register: () => (/* binding */ register)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:tty"
var external_node_tty_ = __webpack_require__(7066);
;// CONCATENATED MODULE: ./src/core/sandbox/net.ts
// `net.allow` / `net.bind` entries → TCP ports. Landlock can only express TCP port numbers, so anything
// else (UDP, ranges, addresses, hostnames, a deny list) is refused for the whole run, never half-applied.
/** Classify one entry: a port number, or why it is not expressible. */
function parsePortEntry(raw) {
    const s = raw.trim();
    const m = /^(?:(?<scheme>[a-z][a-z0-9+.-]*)(?::|\/))?(?<rest>.*)$/i.exec(s);
    const scheme = m?.groups?.scheme?.toLowerCase();
    let rest = m?.groups?.rest ?? s;
    if (scheme !== undefined && scheme !== 'tcp') {
        // `host:443` parses as scheme "host": decide by what follows.
        if (/^\d+$/.test(rest) && !['udp', 'quic', 'http', 'https', 'sctp', 'icmp'].includes(scheme))
            return 'destination_not_expressible';
        if (['udp', 'quic', 'http', 'https', 'sctp', 'icmp', 'ws', 'wss'].includes(scheme))
            return 'protocol_not_tcp';
        rest = s;
    }
    if (/^\d+$/.test(rest)) {
        const n = Number(rest);
        if (n === 0)
            return 'port_zero_not_allowed';
        if (n > 65535)
            return 'malformed_net_entry';
        return n;
    }
    if (/^\d+\s*-\s*\d+$/.test(rest))
        return 'port_range_not_allowed';
    if (/^[\d.]+(\/\d+)?$/.test(rest) || /^[0-9a-f:]*:[0-9a-f:]*(\/\d+)?$/i.test(rest) || /\/\d+$/.test(rest))
        return 'cidr_not_expressible';
    if (/[*]/.test(rest) || /^[a-z0-9.-]+(:\d+)?$/i.test(rest) || /^\[.*\](:\d+)?$/.test(rest))
        return 'destination_not_expressible';
    return 'malformed_net_entry';
}
function planNet(net) {
    const problems = [];
    const ports = (list, field) => {
        const out = new Set();
        for (const e of list) {
            const r = parsePortEntry(e);
            if (typeof r === 'number')
                out.add(r);
            else
                problems.push({ entry: e, field, reason: r });
        }
        return [...out].sort((a, b) => a - b);
    };
    const connectPorts = ports(net.allow, 'allow');
    const bindPorts = net.bind !== undefined ? ports(net.bind, 'bind') : undefined;
    for (const e of net.deny)
        problems.push({ entry: e, field: 'deny', reason: 'negative_deny_not_expressible' });
    return { connectPorts, ...(bindPorts !== undefined ? { bindPorts } : {}), problems };
}

// EXTERNAL MODULE: ./src/core/sandbox/plan.ts
var sandbox_plan = __webpack_require__(1840);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/util/unknown-keys.ts
var unknown_keys = __webpack_require__(6203);
;// CONCATENATED MODULE: ./src/core/sandbox/convert-record.ts
const RECORD_TOP = ['_meta', 'files', 'network', 'processes'];
const SANDBOX_TOP = ['api_version', 'extends', 'fs', 'net', 'scopes', 'env'];
function isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** A mapping whose keys are record keys, at least one of them, and no sandbox key. */
function isRecordDocument(root) {
    const keys = Object.keys(root);
    return keys.some((k) => RECORD_TOP.includes(k)) && !keys.some((k) => SANDBOX_TOP.includes(k));
}
function entries(v, path, err) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v)) {
        err(path, `${path.join('.')} must be a list`);
        return [];
    }
    const out = [];
    v.forEach((e, i) => {
        if (typeof e === 'string')
            out.push({ pattern: e });
        else if (isMap(e) && typeof e.pattern === 'string')
            out.push({ pattern: e.pattern, ...(typeof e.access === 'string' ? { access: e.access } : {}) });
        else
            err([...path, i], `${path.join('.')}[${i}] must be a string or {pattern: ...}`);
    });
    return out;
}
/** Literal directory part of a glob pattern (`/a/b/*.txt` → `/a/b`); undefined when there is none. */
function literalPrefix(pattern) {
    const at = pattern.search(/[*?[]/);
    if (at < 0)
        return { path: pattern, glob: false };
    const cut = pattern.slice(0, at);
    const slash = cut.lastIndexOf('/');
    if (slash <= 0)
        return undefined; // `/*` or `*`: nothing literal worth granting
    return { path: cut.slice(0, slash), glob: true };
}
/** Parent directory of an absolute path (`/a/b` → `/a`). */
function parentOf(p) {
    const i = p.replace(/\/+$/, '').lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
}
const PORT_RE = /:(\d{1,5})$/;
function convertRecordDocument(root, err) {
    for (const k of Object.keys(root))
        if (!RECORD_TOP.includes(k))
            err([k], `unknown key "${k}" in the record document`);
    const sec = (k) => {
        const v = root[k];
        if (v === undefined || v === null)
            return {};
        if (!isMap(v)) {
            err([k], `${k} must be a mapping`);
            return {};
        }
        return v;
    };
    const files = sec('files');
    const network = sec('network');
    const processes = sec('processes');
    const allow = new Set();
    const read = new Set();
    const deny = new Set();
    const ports = new Set();
    const notes = [];
    for (const e of entries(files.allow, ['files', 'allow'], err)) {
        const lit = literalPrefix(e.pattern);
        if (!lit || !lit.path.startsWith('/')) {
            notes.push(`files.allow ${JSON.stringify(e.pattern)} has no absolute literal directory: not granted`);
            continue;
        }
        if (lit.glob || e.access === 'read')
            read.add(lit.path);
        else if (e.access === 'create' || e.access === 'mkdir' || e.access === 'unlink' || e.access === 'rename')
            allow.add(parentOf(lit.path));
        else
            allow.add(lit.path);
    }
    for (const e of entries(files.deny, ['files', 'deny'], err)) {
        const lit = literalPrefix(e.pattern);
        if (lit && lit.path.startsWith('/'))
            deny.add(lit.path);
        else
            notes.push(`files.deny ${JSON.stringify(e.pattern)} has no absolute literal directory: not carved`);
    }
    for (const e of entries(files.needs_review, ['files', 'needs_review'], err))
        notes.push(`files.needs_review ${JSON.stringify(e.pattern)}: not granted`);
    for (const e of entries(processes.allow, ['processes', 'allow'], err)) {
        const lit = literalPrefix(e.pattern);
        if (lit && lit.path.startsWith('/'))
            read.add(lit.path);
    }
    for (const e of entries(processes.needs_review, ['processes', 'needs_review'], err))
        notes.push(`processes.needs_review ${JSON.stringify(e.pattern)}: not granted`);
    entries(processes.deny, ['processes', 'deny'], err);
    for (const e of entries(network.allow_destinations, ['network', 'allow_destinations'], err)) {
        const m = PORT_RE.exec(e.pattern);
        if (m && !e.pattern.startsWith('unix:'))
            ports.add(String(Number(m[1])));
        else if (!e.pattern.startsWith('unix:'))
            notes.push(`network ${JSON.stringify(e.pattern)} has no port: not granted`);
    }
    entries(network.needs_review, ['network', 'needs_review'], err).forEach((e) => notes.push(`network.needs_review ${JSON.stringify(e.pattern)}: not granted`));
    entries(network.deny_destinations, ['network', 'deny_destinations'], err);
    const sorted = (s) => [...s].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        builtin: false,
        converted: true,
        fs: { allow: sorted(allow), read: sorted(read), deny: sorted(deny) },
        net: { allow: [...ports].sort((a, b) => Number(a) - Number(b)), deny: [] },
        scopes: { signal: true, abstractUnixSocket: true },
        env: { allow: [] },
        notes,
    };
}

;// CONCATENATED MODULE: ./src/core/sandbox/policy.ts
// The sandbox policy file (docs/sandbox.md): fs grants and denies, TCP ports, Landlock scopes, env
// allow-list. Strict: duplicate or unknown keys, wrong types, globs and a non-empty `extends` are errors
// (a typo must never silently weaken containment). The generate/record document is accepted too and
// converted (./convert-record.ts).




const CODE = 'E_POLICY_LOAD_FAILED_UNENFORCEABLE';
/** Built-in `mcp-server-minimal`: no grants beyond the baseline, the usual secrets carved out. */
function builtinMinimalPolicy() {
    return {
        name: 'mcp-server-minimal',
        builtin: true,
        converted: false,
        fs: {
            allow: [],
            read: [],
            deny: ['~/.ssh', '~/.aws', '~/.gnupg', '~/.config/gh', '~/.docker', '~/.kube', '~/.npmrc', '~/.netrc', '/etc/shadow', '/etc/passwd'],
        },
        net: { allow: [], deny: [] },
        scopes: { signal: true, abstractUnixSocket: true },
        env: { allow: [] },
        notes: [],
    };
}
const TOP = ['api_version', 'extends', 'fs', 'net', 'scopes', 'env'];
const FS_KEYS = ['allow', 'read', 'deny'];
const NET_KEYS = ['allow', 'deny', 'bind'];
const SCOPE_KEYS = ['signal', 'abstract_unix_socket'];
const ENV_KEYS = ['allow'];
class Collector {
    src;
    file;
    diags = [];
    constructor(src, file) {
        this.src = src;
        this.file = file;
    }
    error(path, message, key = false) {
        const pos = key ? this.src.keyPosOf(path) : this.src.posOf(path);
        this.diags.push({ code: CODE, severity: 'error', message, file: this.file, line: pos.line, col: pos.col, source: 'policy' });
    }
}
function policy_isMap(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function checkKeys(c, v, path, allowed, where) {
    for (const k of Object.keys(v)) {
        if (!allowed.includes(k))
            c.error([...path, k], (0,unknown_keys/* unknownKeyMessage */.VP)(k, where, allowed, (0,unknown_keys/* suggestKey */.Ax)(k, allowed)), true);
    }
}
function stringList(c, v, path, globsAreErrors) {
    if (v === undefined || v === null)
        return [];
    if (!Array.isArray(v)) {
        c.error(path, `${path.join('.')} must be a list of strings`);
        return [];
    }
    const out = [];
    v.forEach((e, i) => {
        if (typeof e !== 'string' && typeof e !== 'number') {
            c.error([...path, i], `${path.join('.')}[${i}] must be a string`);
            return;
        }
        const s = String(e);
        if (globsAreErrors && /[*?[]/.test(s)) {
            c.error([...path, i], `${path.join('.')}[${i}] is a glob; sandbox paths are literal (Landlock grants whole directories)`);
            return;
        }
        if (s === '') {
            c.error([...path, i], `${path.join('.')}[${i}] is empty`);
            return;
        }
        out.push(s);
    });
    return out;
}
/** Parse a sandbox policy (or a generate/record document). Throws ConfigError with every problem found. */
function parseSandboxPolicy(text, file) {
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, file, CODE);
    if (!source || errors.length > 0)
        throw fail(errors.length ? errors : [{ code: CODE, severity: 'error', message: 'policy could not be parsed', file }], file);
    const root = source.value;
    if (root === undefined || root === null)
        throw fail([{ code: CODE, severity: 'error', message: 'policy file is empty', file, line: 1, col: 1 }], file);
    if (!policy_isMap(root))
        throw fail([{ code: CODE, severity: 'error', message: 'policy must be a mapping', file, line: 1, col: 1 }], file);
    const c = new Collector(source, file);
    if (isRecordDocument(root)) {
        const converted = convertRecordDocument(root, (path, msg) => c.error(path, msg));
        if (c.diags.length)
            throw fail(c.diags, file);
        return { ...converted, name: file };
    }
    checkKeys(c, root, [], TOP, 'in the sandbox policy');
    const api = root.api_version;
    if (api !== undefined && api !== 'assay/v1' && api !== 1)
        c.error(['api_version'], 'api_version must be "assay/v1" (or 1)');
    if (root.extends !== undefined && !(Array.isArray(root.extends) && root.extends.length === 0)) {
        c.error(['extends'], 'extends must be empty: sandbox policies do not inherit');
    }
    const sect = (key, allowed) => {
        const v = root[key];
        if (v === undefined || v === null)
            return {};
        if (!policy_isMap(v)) {
            c.error([key], `${key} must be a mapping`);
            return {};
        }
        checkKeys(c, v, [key], allowed, `in ${key}`);
        return v;
    };
    const fsSec = sect('fs', FS_KEYS);
    const netSec = sect('net', NET_KEYS);
    const scopeSec = sect('scopes', SCOPE_KEYS);
    const envSec = sect('env', ENV_KEYS);
    const bool = (key) => {
        const v = scopeSec[key];
        if (v === undefined)
            return true;
        if (typeof v !== 'boolean') {
            c.error(['scopes', key], `scopes.${key} must be true or false`);
            return true;
        }
        return v;
    };
    const policy = {
        name: file,
        builtin: false,
        converted: false,
        fs: {
            allow: stringList(c, fsSec.allow, ['fs', 'allow'], true),
            read: stringList(c, fsSec.read, ['fs', 'read'], true),
            deny: stringList(c, fsSec.deny, ['fs', 'deny'], true),
        },
        net: {
            allow: stringList(c, netSec.allow, ['net', 'allow'], false),
            deny: stringList(c, netSec.deny, ['net', 'deny'], false),
            ...(netSec.bind !== undefined ? { bind: stringList(c, netSec.bind, ['net', 'bind'], false) } : {}),
        },
        scopes: { signal: bool('signal'), abstractUnixSocket: bool('abstract_unix_socket') },
        env: { allow: stringList(c, envSec.allow, ['env', 'allow'], false) },
        notes: [],
    };
    if (c.diags.length)
        throw fail(c.diags, file);
    return policy;
}
function fail(diags, file) {
    const first = diags[0];
    return new errors/* ConfigError */.xL(CODE, first.message, { source: 'policy', context: { file, line: first.line, col: first.col }, diagnostics: diags });
}

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: ./src/runtime/env-filter.ts
var env_filter = __webpack_require__(7398);
// EXTERNAL MODULE: ./src/runtime/native/index.ts + 4 modules
var runtime_native = __webpack_require__(7186);
;// CONCATENATED MODULE: ./src/runtime/sandbox/fs-view.ts
// The real file system as the planner's FsView.

const nodeFsView = {
    kind(p) {
        try {
            return external_node_fs_.statSync(p).isDirectory() ? 'dir' : 'file';
        }
        catch {
            return 'missing';
        }
    },
    realpath(p) {
        try {
            return external_node_fs_.realpathSync(p);
        }
        catch {
            return p;
        }
    },
    list(dir) {
        try {
            return external_node_fs_.readdirSync(dir).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        }
        catch {
            return [];
        }
    },
};

;// CONCATENATED MODULE: ./src/runtime/sandbox/helper-args.ts
function helperExecArgs(i) {
    const args = ['exec', '--status-fd', String(i.statusFd), '--missing', i.missingFail ? 'fail' : 'skip'];
    const ruleOrder = [];
    for (const r of i.plan.rules) {
        args.push(`--${r.access}`, r.path);
        ruleOrder.push(r.path);
    }
    if (i.enforceNet && i.net) {
        args.push('--handle-net');
        for (const p of i.net.connectPorts) {
            args.push('--connect-port', String(p));
            ruleOrder.push(`connect:${p}`);
        }
    }
    if (i.net?.bindPorts !== undefined) {
        args.push('--handle-bind');
        for (const p of i.net.bindPorts) {
            args.push('--bind-port', String(p));
            ruleOrder.push(`bind:${p}`);
        }
    }
    if (i.scopes.signal)
        args.push('--scope', 'signal');
    if (i.scopes.abstractUnixSocket)
        args.push('--scope', 'abstract-unix');
    if (i.seccompBaseline)
        args.push('--seccomp-baseline');
    args.push('--', ...i.command);
    return { args, ruleOrder };
}
/** Parse the helper's failure line; undefined for anything else. */
function parseStatusLine(text) {
    const line = text.split('\n').find((l) => l.trim() !== '');
    if (!line)
        return undefined;
    try {
        const o = JSON.parse(line);
        if (o.ok !== false || typeof o.stage !== 'string')
            return undefined;
        return {
            stage: o.stage,
            errno: typeof o.errno === 'number' ? o.errno : 0,
            errname: typeof o.errname === 'string' ? o.errname : 'E?',
            abi: typeof o.abi === 'number' ? o.abi : 0,
            ...(typeof o.rule === 'number' ? { rule: o.rule } : {}),
        };
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/runtime/sandbox/resolve-command.ts
// The command as the kernel will run it: resolved on the filtered env's PATH, with its shebang
// interpreter (through `/usr/bin/env X`), so the plan can grant their install prefixes.


function isExec(p) {
    try {
        external_node_fs_.accessSync(p, external_node_fs_.constants.X_OK);
        return external_node_fs_.statSync(p).isFile();
    }
    catch {
        return false;
    }
}
function whichOnPath(cmd, pathVar, cwd) {
    if (cmd.includes('/')) {
        const p = external_node_path_.resolve(cwd, cmd);
        return isExec(p) ? external_node_fs_.realpathSync(p) : undefined;
    }
    for (const dir of (pathVar ?? '/usr/bin:/bin').split(':')) {
        if (!dir)
            continue;
        const p = external_node_path_.resolve(cwd, dir, cmd);
        if (isExec(p))
            return external_node_fs_.realpathSync(p);
    }
    return undefined;
}
/** The first line of a script, when it starts with `#!`. */
function shebang(file) {
    let fd;
    try {
        fd = external_node_fs_.openSync(file, 'r');
        const buf = Buffer.alloc(256);
        const n = external_node_fs_.readSync(fd, buf, 0, buf.length, 0);
        const head = buf.subarray(0, n).toString('latin1');
        if (!head.startsWith('#!'))
            return undefined;
        const line = head.slice(2).split('\n')[0] ?? '';
        return line.trim().split(/\s+/).filter(Boolean);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            external_node_fs_.closeSync(fd);
    }
}
function resolveCommand(cmd, pathVar, cwd) {
    const executable = whichOnPath(cmd, pathVar, cwd);
    if (!executable)
        return {};
    const sb = shebang(executable);
    if (!sb || sb.length === 0)
        return { executable };
    let interp = sb[0];
    let resolved = isExec(interp) ? external_node_fs_.realpathSync(interp) : undefined;
    if (external_node_path_.basename(interp) === 'env') {
        const target = sb.slice(1).find((a) => !a.startsWith('-') && !a.includes('='));
        if (target) {
            interp = target;
            resolved = whichOnPath(target, pathVar, cwd);
        }
    }
    return { executable, ...(resolved ? { interpreter: resolved } : {}) };
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/runtime/sandbox/scoped-tmp.ts
// A private temp directory per run (<$XDG_RUNTIME_DIR or /tmp>/assay-<uid>-<32 hex>, mode 0700): the
// child's only writable temp space, exported as TMPDIR/TMP/TEMP and removed at exit.



function createScopedTmp(env = process.env) {
    const runtime = env.XDG_RUNTIME_DIR;
    const base = runtime && external_node_path_.isAbsolute(runtime) && external_node_fs_.existsSync(runtime) ? runtime : '/tmp';
    const uid = typeof process.getuid === 'function' ? process.getuid() : 0;
    let lastErr;
    for (let i = 0; i < 16; i++) {
        const dir = external_node_path_.join(base, `assay-${uid}-${(0,external_node_crypto_.randomBytes)(16).toString('hex')}`);
        try {
            external_node_fs_.mkdirSync(dir, { mode: 0o700 });
            return external_node_fs_.realpathSync(dir);
        }
        catch (e) {
            lastErr = e;
            if (e.code !== 'EEXIST')
                break;
        }
    }
    throw lastErr instanceof Error ? lastErr : new Error('could not create the scoped tmp directory');
}
function removeScopedTmp(dir) {
    try {
        external_node_fs_.rmSync(dir, { recursive: true, force: true });
    }
    catch {
        // best effort: a child may have left something unremovable; never fail the run for it
    }
}

// EXTERNAL MODULE: ./src/core/evidence/writer.ts
var writer = __webpack_require__(5758);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
;// CONCATENATED MODULE: ./src/runtime/sandbox/evidence.ts
// `--evidence-out`: an evidence bundle of what ran under the sandbox (the command, the env filter by key
// names only, every degradation, the outcome), written by the one evidence writer.




const PHASE = 'urn:assay:phase:profile';
const SOURCE = 'urn:assay:sandbox';
function sandboxEvidenceEvents(i) {
    const time = i.now().toISOString();
    const runId = `sandbox_${(0,external_node_crypto_.createHash)('sha256').update(`${time}\0${i.command.join('\0')}`).digest('hex').slice(0, 16)}`;
    const out = [];
    const push = (type, subject, data) => {
        const seq = out.length;
        out.push({
            specversion: '1.0',
            type,
            source: SOURCE,
            id: `${runId}:${seq}`,
            time,
            datacontenttype: 'application/json',
            subject,
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: version/* VERSION */.x,
            assaygit: 'unknown',
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', PHASE, { profile_name: i.policyName, profile_version: 'sandbox/1', total_runs_aggregated: 1 });
    push('assay.env.filtered', 'env', {
        mode: i.envMode,
        passed_keys: i.env.passed,
        dropped_keys: i.env.dropped,
        counters: { passed: i.env.passed.length, dropped: i.env.dropped.length, exec_stripped: i.env.execStripped.length },
    });
    for (const d of i.degradations)
        push('assay.sandbox.degraded', 'landlock', d);
    const cmd = i.executable ?? i.command[0] ?? '';
    push('assay.process.exec', cmd, { cmd, hits: 1 });
    const n = (0,sandbox_plan/* ruleCounts */.H0)(i.plan);
    push('assay.profile.finished', PHASE, {
        files_count: 0,
        network_count: 0,
        processes_count: 1,
        sandbox_degradation_count: i.degradations.length,
        integrity_scope: 'sandbox-run',
        contained: i.contained,
        landlock_abi: i.abi,
        rules: n,
        exit_code: i.exitCode,
        timed_out: i.timedOut,
    });
    return out;
}
function writeSandboxEvidence(path, i) {
    (0,writer/* writeBundle */.Mf)(path, sandboxEvidenceEvents(i));
}

;// CONCATENATED MODULE: ./src/runtime/sandbox/run.ts
// `assay sandbox`: load the policy, filter the env, probe, plan, then run the command under
// `assay-native exec` (Landlock + no_new_privs [+ seccomp]) or, when containment is impossible, loudly
// uncontained (or not at all with --fail-closed). Exit: the child's code, 128+N on signal, 124 on
// --timeout, 2 for Assay's own refusals. See docs/sandbox.md.

















const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];
function loadPolicy(o) {
    if (!o.policy)
        return builtinMinimalPolicy();
    let text;
    try {
        text = (0,read_text/* readTextStrict */.hr)(o.policy.path, o.policy.display, 'E_POLICY_LOAD_FAILED_UNENFORCEABLE');
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new errors/* ConfigError */.xL('E_MISSING_CONFIG', `sandbox policy not found: ${o.policy.display}`, { source: 'policy', context: { file: o.policy.display } });
        }
        if (code !== undefined) {
            throw new errors/* ConfigError */.xL('E_POLICY_LOAD_FAILED_UNENFORCEABLE', `sandbox policy unreadable (${code}): ${o.policy.display}`, { source: 'policy', context: { file: o.policy.display } });
        }
        throw e;
    }
    return parseSandboxPolicy(text, o.policy.display);
}
function netPlanOf(policy, enforceNet) {
    const net = planNet(policy.net);
    const relevant = net.problems.filter((p) => enforceNet || p.field === 'bind');
    if (relevant.length > 0) {
        const list = relevant.map((p) => `net.${p.field} ${JSON.stringify(p.entry)}: ${p.reason}`);
        throw new errors/* ConfigError */.xL('E_NET_POLICY_NOT_EXPRESSIBLE', `Landlock cannot express ${list.join('; ')}`, {
            source: 'policy',
            diagnostics: list.map((message) => ({ code: 'E_NET_POLICY_NOT_EXPRESSIBLE', severity: 'error', message, source: 'policy' })),
        });
    }
    return net;
}
async function runSandbox(o, io) {
    if (o.command.length === 0)
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'missing command after --', { source: 'cli' });
    const say = (line) => {
        if (!o.quiet)
            io.stderr(line);
    };
    const policy = loadPolicy(o);
    const net = netPlanOf(policy, o.enforceNet);
    const cwd = external_node_path_.resolve(o.workdir ?? process.cwd());
    if (!external_node_fs_.existsSync(cwd) || !external_node_fs_.statSync(cwd).isDirectory())
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `--workdir is not a directory: ${o.workdir}`, { source: 'cli' });
    const filtered = (0,env_filter/* filterEnv */._p)(io.env, { mode: o.envMode, stripExec: o.envStripExec, allow: [...o.envAllow, ...policy.env.allow] });
    const env = filtered.env;
    if (o.envSafePath)
        env.PATH = '/usr/bin:/bin';
    const degradations = [];
    // Helper and kernel.
    let probe;
    let unavailable;
    let unavailableMessage = '';
    const loc = (0,runtime_native/* locateHelper */.Hi)({ ...(o.nativeHelper !== undefined ? { explicit: o.nativeHelper } : {}), env: io.env });
    if (!loc.ok) {
        unavailable = 'helper_missing';
        unavailableMessage = loc.message + (loc.install ? ` (${loc.install})` : '');
    }
    else {
        try {
            probe = (0,runtime_native/* runProbe */.mW)(loc.path);
            if (probe.landlock.status !== 'available') {
                unavailable = (0,runtime_native/* landlockDetail */.iL)(probe.landlock.status);
                unavailableMessage = `Landlock ${probe.landlock.status} (${probe.landlock.errno ?? 'no ABI'})`;
            }
        }
        catch (e) {
            if (!(e instanceof runtime_native/* ProbeFailed */.Qr))
                throw e;
            unavailable = 'helper_setup_failed:probe';
            unavailableMessage = e.message;
        }
    }
    const abi = probe?.landlock.abi ?? 0;
    if (unavailable && o.failClosed) {
        throw new errors/* ConfigError */.xL('E_SANDBOX_UNAVAILABLE', `sandbox unavailable (${unavailable}): ${unavailableMessage}; --fail-closed: the command was not started`, { source: 'unknown' });
    }
    let netEnforced = o.enforceNet;
    if (o.enforceNet && !unavailable && abi < 4) {
        if (o.failClosed)
            throw new errors/* ConfigError */.xL('E_SANDBOX_UNAVAILABLE', `--enforce-net needs Landlock ABI 4, this kernel has ABI ${abi}; --fail-closed: the command was not started`);
        netEnforced = false;
    }
    const tmp = createScopedTmp(io.env);
    try {
        env.TMPDIR = tmp;
        env.TMP = tmp;
        env.TEMP = tmp;
        const resolved = resolveCommand(o.command[0], env.PATH, cwd);
        const executables = [resolved.executable, resolved.interpreter].filter((x) => x !== undefined);
        const home = io.env.HOME ?? external_node_os_.homedir();
        const user = io.env.USER ?? external_node_os_.userInfo().username;
        const plan = (0,sandbox_plan/* planRules */.Td)({
            policy,
            vars: { HOME: home, CWD: cwd, USER: user, TMPDIR: tmp },
            executables,
            tty: [0, 1, 2].some((fd) => isTty(fd)),
            fs: nodeFsView,
        });
        if (plan.errors.length) {
            throw new errors/* ConfigError */.xL('E_POLICY_LOAD_FAILED_UNENFORCEABLE', plan.errors.join('; '), { source: 'policy', context: { file: policy.name } });
        }
        if (plan.missing.length && o.failClosed) {
            throw new errors/* ConfigError */.xL('E_POLICY_LOAD_FAILED_UNENFORCEABLE', `granted path(s) do not exist: ${plan.missing.join(', ')}; --fail-closed: the command was not started`, { source: 'policy', context: { file: policy.name } });
        }
        if (plan.conflicts.length) {
            const what = plan.conflicts.map((c) => `${c.deny} inside ${c.grant}`).join(', ');
            if (o.failClosed) {
                throw new errors/* ConfigError */.xL('E_POLICY_CONFLICT_DENY_WINS_UNENFORCEABLE', `fs.deny cannot be carved out (more than 1024 rules): ${what}`, { source: 'policy' });
            }
            for (const c of plan.conflicts)
                degradations.push({ reason_code: 'policy_conflict', degradation_mode: 'audit_fallback', component: 'landlock', detail: `grant dropped: ${c.grant}` });
        }
        if (unavailable)
            degradations.push({ reason_code: 'backend_unavailable', degradation_mode: 'audit_fallback', component: 'landlock', detail: unavailable });
        const banner = (contained, reason) => {
            say('Assay Sandbox');
            if (contained) {
                const scopes = abi >= 6 ? [policy.scopes.signal ? 'signal' : '', policy.scopes.abstractUnixSocket ? 'abstract_unix_socket' : ''].filter(Boolean).join(',') || 'none' : 'n/a';
                say(`Backend: Landlock ABI ${abi} (Mode: Containment, FS: enforce, NET: ${netEnforced ? 'enforce' : 'audit'}, Scopes: ${scopes}${o.seccompBaseline ? ', seccomp: baseline' : ''})`);
            }
            else {
                say(`Backend: NONE (Mode: Audit — NOT CONTAINED: ${reason})`);
                say(`WARNING: the command runs WITHOUT kernel containment (${reason}); pass --fail-closed to refuse instead`);
            }
            if (o.enforceNet && !netEnforced && contained)
                say(`WARNING: --enforce-net needs Landlock ABI 4 (this kernel: ${abi}); network is audit-only`);
            say((0,env_filter/* envBanner */.ir)(o.envMode, filtered));
            say(`Policy: ${policy.builtin ? `${policy.name} (default)` : policy.converted ? `${policy.name} (converted from a record document)` : policy.name}`);
            const n = (0,sandbox_plan/* ruleCounts */.H0)(plan);
            const connect = netEnforced && net ? net.connectPorts.join(',') || 'none' : '-';
            say(`Rules: FS(rx:${n.rx} ro:${n.ro} rw:${n.rw} carved:${n.carved} missing:${n.missing}) NET(connect: ${connect})`);
            for (const m of plan.missing)
                say(`  missing (no rule): ${m}`);
            for (const c of plan.carves)
                say(`  carved: ${c.deny} out of ${c.grant} (${c.replacements} rules)`);
            for (const c of plan.conflicts)
                say(`  WARNING: ${c.deny} cannot be carved out of ${c.grant}: grant dropped`);
            if (o.verbose) {
                for (const r of plan.rules)
                    say(`  ${r.access.padEnd(7)} ${r.path} (${r.source})`);
                for (const note of policy.notes)
                    say(`  note: ${note}`);
            }
            say(`Command: ${o.command.join(' ')}`);
            say(`Tmp: ${tmp}`);
        };
        let status;
        let outcome;
        let contained = false;
        if (!unavailable && loc.ok) {
            const { args } = helperExecArgs({
                plan,
                ...(net ? { net } : {}),
                enforceNet: netEnforced,
                scopes: policy.scopes,
                seccompBaseline: o.seccompBaseline,
                missingFail: false,
                statusFd: 3,
                command: o.command,
            });
            banner(true);
            const child = (0,external_node_child_process_.spawn)(loc.path, args, { cwd, env, stdio: ['inherit', 'inherit', 'inherit', 'pipe'] });
            const statusText = readAll(child.stdio[3]);
            outcome = await waitChild(child, o.timeoutMs, io.signals);
            status = parseStatusLine(await statusText);
            if (status && status.stage !== 'exec') {
                const detail = `helper_setup_failed:${status.stage}`;
                if (o.failClosed) {
                    throw new errors/* ConfigError */.xL('E_SANDBOX_UNAVAILABLE', `sandbox setup failed at stage ${status.stage} (${status.errname}${status.rule !== undefined ? `, rule ${status.rule}` : ''}); --fail-closed: the command was not started`);
                }
                degradations.push({ reason_code: 'backend_unavailable', degradation_mode: 'audit_fallback', component: 'landlock', detail });
                banner(false, `${detail} (${status.errname})`);
                outcome = await waitChild((0,external_node_child_process_.spawn)(o.command[0], o.command.slice(1), { cwd, env, stdio: 'inherit' }), o.timeoutMs, io.signals);
            }
            else if (status) {
                // The command could not be executed (the child never ran): 127 not found, 126 not executable.
                io.stderr(`assay: cannot run ${o.command[0]}: ${status.errname}${status.errname === 'EACCES' ? ' (is the executable outside the granted paths?)' : ''}`);
                contained = true;
            }
            else
                contained = true;
        }
        else {
            banner(false, unavailable);
            outcome = await waitChild((0,external_node_child_process_.spawn)(o.command[0], o.command.slice(1), { cwd, env, stdio: 'inherit' }), o.timeoutMs, io.signals);
        }
        if (outcome.timedOut)
            io.stderr(`assay: E_CHILD_TIMEOUT: the command did not finish within --timeout; it was stopped`);
        if (o.evidenceOut) {
            writeSandboxEvidence(o.evidenceOut, {
                command: o.command,
                executable: resolved.executable,
                policyName: policy.name,
                contained,
                abi,
                envMode: o.envMode,
                env: filtered,
                degradations,
                exitCode: outcome.code,
                timedOut: outcome.timedOut,
                plan,
                now: () => new Date(),
            });
        }
        return { exitCode: outcome.code, contained, timedOut: outcome.timedOut, degradations };
    }
    finally {
        removeScopedTmp(tmp);
    }
}
function isTty(fd) {
    try {
        return (0,external_node_tty_.isatty)(fd);
    }
    catch {
        return false;
    }
}
function readAll(stream) {
    if (!stream)
        return Promise.resolve('');
    return new Promise((resolve) => {
        let text = '';
        stream.setEncoding('utf8');
        stream.on('data', (d) => {
            if (text.length < 4096)
                text += d;
        });
        stream.on('end', () => resolve(text));
        stream.on('close', () => resolve(text));
        stream.on('error', () => resolve(text));
    });
}
/** Wait for the child; on timeout SIGTERM, then SIGKILL after 2 s; forward SIGINT/SIGTERM/SIGHUP. */
function waitChild(child, timeoutMs, signals) {
    return new Promise((resolve) => {
        let timedOut = false;
        let killTimer;
        const timer = timeoutMs !== undefined
            ? setTimeout(() => {
                timedOut = true;
                child.kill('SIGTERM');
                killTimer = setTimeout(() => child.kill('SIGKILL'), 2000);
            }, timeoutMs)
            : undefined;
        const forward = (sig) => () => child.kill(sig);
        const handlers = FORWARDED.map((s) => [s, forward(s)]);
        if (signals)
            for (const [s, h] of handlers)
                signals.on(s, h);
        child.on('error', (e) => {
            if (timer)
                clearTimeout(timer);
            resolve({ code: e.code === 'ENOENT' ? 127 : 126, timedOut: false });
        });
        child.on('exit', (code, signal) => {
            if (timer)
                clearTimeout(timer);
            if (killTimer)
                clearTimeout(killTimer);
            if (signals)
                for (const [s, h] of handlers)
                    signals.off(s, h);
            if (timedOut)
                return resolve({ code: 124, timedOut: true });
            if (code !== null)
                return resolve({ code, timedOut: false });
            const n = signal ? (external_node_os_.constants.signals[signal] ?? 0) : 0;
            resolve({ code: 128 + n, timedOut: false });
        });
    });
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
;// CONCATENATED MODULE: ./cli/commands/sandbox.ts





function register(program) {
    program
        .command('sandbox')
        .description('Run a command contained by Landlock (files, TCP ports): assay sandbox --policy P -- <command> [args…]')
        .argument('<command...>', 'the command and its arguments (after --)')
        .option('-p, --policy <file>', 'sandbox policy, or a record/generate document (default: built-in mcp-server-minimal)')
        .option('--fail-closed', 'refuse to run (exit 2) when containment is unavailable or incomplete')
        .option('--enforce', 'accepted for compatibility: containment is always attempted')
        .option('--enforce-net', 'restrict TCP connect to the net.allow ports (Landlock ABI 4+)')
        .option('--env-scrub', 'drop secret-looking variables (the default)')
        .option('--env-strict', 'pass only the safe base and allowed variables')
        .option('--env-passthrough', 'pass the whole environment (dangerous)')
        .option('--env-strip-exec', 'drop exec-influence variables (LD_PRELOAD, NODE_OPTIONS, …)')
        .option('--env-allow <name...>', 'keep these variables (patterns: exact, P*, *S, *X*; repeatable or comma-separated)')
        .option('--env-safe-path', 'set PATH=/usr/bin:/bin')
        .option('-w, --workdir <dir>', 'working directory of the command (its cwd grant follows it)')
        .option('--timeout <seconds>', 'stop the command after this long (SIGTERM, SIGKILL 2 s later); exit 124')
        .option('--evidence-out <file>', 'write an evidence bundle (.tar.gz) of the run')
        .option('--bundle <file>', 'same as --evidence-out')
        .option('--native-helper <path>', 'the assay-native binary to use (env ASSAY_NATIVE_HELPER)')
        .option('--seccomp-baseline', 'also deny ptrace, bpf, mount, namespaces, io_uring, keyctl … with seccomp')
        .option('-v, --verbose', 'list every rule in the banner')
        .option('-q, --quiet', 'no banner')
        .action(async (command, flags) => {
        let code;
        try {
            const modes = [flags.envScrub, flags.envStrict, flags.envPassthrough].filter(Boolean).length;
            if (modes > 1)
                throw new errors/* UsageError */.eb('E_INVALID_ARGS', 'choose one of --env-scrub, --env-strict, --env-passthrough', { source: 'cli' });
            const envMode = flags.envStrict ? 'strict' : flags.envPassthrough ? 'passthrough' : 'scrub';
            let timeoutMs;
            if (flags.timeout !== undefined) {
                const s = Number(flags.timeout);
                if (!Number.isFinite(s) || s <= 0)
                    throw new errors/* UsageError */.eb('E_INVALID_ARGS', '--timeout must be a positive number of seconds', { source: 'cli' });
                timeoutMs = Math.round(s * 1000);
            }
            const policy = flags.policy !== undefined ? (0,paths/* fileRef */.M)(flags.policy) : undefined;
            const evidence = flags.evidenceOut ?? flags.bundle;
            const r = await runSandbox({
                command,
                ...(policy ? { policy: { path: policy.path, display: policy.display } } : {}),
                failClosed: flags.failClosed === true,
                enforceNet: flags.enforceNet === true,
                envMode,
                envStripExec: flags.envStripExec === true,
                envAllow: (flags.envAllow ?? []).flatMap((a) => a.split(',')).filter(Boolean),
                envSafePath: flags.envSafePath === true,
                ...(flags.workdir !== undefined ? { workdir: flags.workdir } : {}),
                ...(timeoutMs !== undefined ? { timeoutMs } : {}),
                ...(evidence !== undefined ? { evidenceOut: (0,paths/* fileRef */.M)(evidence).path } : {}),
                ...(flags.nativeHelper !== undefined ? { nativeHelper: flags.nativeHelper } : {}),
                seccompBaseline: flags.seccompBaseline === true,
                verbose: flags.verbose === true,
                quiet: flags.quiet === true,
            }, { env: process.env, stderr: output/* err */._q, signals: process });
            code = r.exitCode;
        }
        catch (e) {
            code = reportOwnFailure(e);
        }
        process.exitCode = code;
    });
}
/** One `assay: <CODE>: <message>` line, further diagnostics, then the next step (runner convention). */
function reportOwnFailure(e) {
    if (e instanceof errors/* AssayError */.WV) {
        const c = e.context;
        const where = c.file !== undefined ? `${c.file}${c.line !== undefined ? `:${c.line}:${c.col ?? 1}` : ''}: ` : '';
        (0,output/* err */._q)(`assay: ${e.reasonCode}: ${where}${e.message}`);
        for (const d of e.diagnostics.slice(1, 50))
            (0,output/* err */._q)((0,errors/* formatDiagnostic */.xy)(d));
        (0,output/* err */._q)(`Next: ${e.nextStep}`);
        return (0,reason_codes/* exitCodeFor */.Rr)(e.reasonCode);
    }
    (0,output/* err */._q)(`assay: E_INTERNAL: ${e instanceof Error ? e.message : String(e)}`);
    (0,output/* err */._q)('Next: Report a bug with the command line and this output');
    return 3;
}


/***/ }),

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileRef),
/* harmony export */   R: () => (/* binding */ checkoutRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3480);
// Paths as users give them → what core reads (absolute) and what reports show (repo-relative POSIX).


function checkoutRoot() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function fileRef(given) {
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(given, checkoutRoot(), process.cwd()) };
}


/***/ }),

/***/ 5758:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mf: () => (/* binding */ writeBundle),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* unused harmony export buildBundle */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _jcs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2995);
/* harmony import */ var _verify_error_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9359);
/* harmony import */ var _event_check_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1944);
/* harmony import */ var _event_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6313);
/* harmony import */ var _manifest_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4140);
/* harmony import */ var _tar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9590);
/* harmony import */ var _gzip_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1413);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(2768);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5297);
// The bundle writer: same events in → identical archive bytes out. JCS members, fixed tar headers,
// fixed gzip header, pinned pure-JS deflate over the whole tar buffer in one call.











const enc = new TextEncoder();
/** Build the bundle in memory (steps 1–6 without the file write). Throws BundleError on a refusal. */
function buildBundle(input) {
    if (input.length === 0)
        throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('ContractInvalidEvent', 'Bundle is empty: at least one event required');
    // Stable sort by seq (Array#sort is stable).
    const sorted = [...input].sort((a, b) => a.assayseq - b.assayseq);
    const first = sorted[0];
    const runId = first.assayrunid;
    const checker = new _event_check_js__WEBPACK_IMPORTED_MODULE_4__/* .EventChecker */ .w({ runId, maxJsonDepth: _limits_js__WEBPACK_IMPORTED_MODULE_9__/* .DEFAULT_LIMITS */ .dR.max_json_depth, hashChecks: true });
    const root = new _event_js__WEBPACK_IMPORTED_MODULE_5__/* .RunRootHasher */ .lo();
    const lines = [];
    sorted.forEach((e, i) => {
        const time = typeof e.time === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_10__/* .normalizeRfc3339 */ .tD)(e.time) : undefined;
        const ev = { ...e, ...(time !== undefined ? { time } : {}) };
        if (ev.assaycontenthash === undefined || ev.assaycontenthash === null)
            ev.assaycontenthash = (0,_event_js__WEBPACK_IMPORTED_MODULE_5__/* .contentHash */ .Ae)(e);
        let line;
        try {
            line = (0,_jcs_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalize */ .dw)(ev);
        }
        catch (err) {
            throw new _verify_error_js__WEBPACK_IMPORTED_MODULE_3__/* .BundleError */ .rJ('ContractInvalidJson', `event ${i}: ${err.message}`, { seq: i });
        }
        // The verifier's own per-line checks: the writer refuses exactly what verify would refuse.
        const checked = checker.check(line, i + 1);
        root.add(checked.contentHash);
        lines.push(line + '\n');
    });
    const events = lines.join('');
    const eventsBytes = enc.encode(events);
    const run_root = root.digest();
    const producer = {
        name: first.assayproducer,
        version: first.assayproducerversion,
        ...(first.assaygit !== 'unknown' ? { git: first.assaygit } : {}),
    };
    const manifest = (0,_manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .manifestText */ .$2)({
        bundle_id: run_root,
        producer,
        run_id: runId,
        event_count: sorted.length,
        run_root,
        events: { sha256: (0,_event_js__WEBPACK_IMPORTED_MODULE_5__/* .sha256Prefixed */ .rc)(eventsBytes), bytes: eventsBytes.length },
    });
    const tar = (0,_tar_js__WEBPACK_IMPORTED_MODULE_7__/* .tarStream */ .eu)([
        { name: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .MANIFEST_MEMBER */ .dN, data: enc.encode(manifest) },
        { name: _manifest_js__WEBPACK_IMPORTED_MODULE_6__/* .EVENTS_MEMBER */ .ny, data: eventsBytes },
    ]);
    return { archive: (0,_gzip_js__WEBPACK_IMPORTED_MODULE_8__/* .gzipDeterministic */ .Rs)(tar), tar, manifest, events, bundle_id: run_root, run_id: runId, event_count: sorted.length };
}
/** Write bytes atomically: a temp file in the target directory, fsync, rename into place. */
function writeFileAtomic(path, bytes) {
    const tmp = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path)}.${process.pid}.tmp`);
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(tmp, 'wx', 0o644);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, bytes);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fsyncSync)(fd);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        fd = undefined;
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.renameSync)(tmp, path);
    }
    catch (e) {
        if (fd !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.unlinkSync)(tmp);
        }
        catch {
            // nothing to clean up
        }
        throw e;
    }
}
/** build, then write to `path` atomically (no partial bundle on failure). */
function writeBundle(path, input) {
    const b = buildBundle(input);
    writeFileAtomic(path, b.archive);
    return b;
}


/***/ }),

/***/ 2995:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dw: () => (/* binding */ canonicalize),
/* harmony export */   l4: () => (/* binding */ jcsSha256Hex)
/* harmony export */ });
/* unused harmony exports JcsError, canonicalBytes */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// RFC 8785 JSON Canonicalization Scheme: the one canonical form used for hashing.
// Keys sorted by UTF-16 code units, no whitespace, ECMAScript number serialisation, strings
// escaped like JSON.stringify (which already emits the RFC's short forms and lowercase \u00xx).

class JcsError extends Error {
}
/** Canonical JSON text of `value`. Throws JcsError on NaN/Infinity, lone surrogates, BigInt and other non-JSON values. */
function canonicalize(value) {
    const out = [];
    write(value, out, false);
    return out.join('');
}
/** UTF-8 bytes of the canonical form. */
function canonicalBytes(value) {
    return new TextEncoder().encode(canonicalize(value));
}
function write(value, out, inArray) {
    if (value !== null && typeof value === 'object' && typeof value.toJSON === 'function') {
        value = value.toJSON();
    }
    switch (typeof value) {
        case 'string':
            out.push(string(value));
            return;
        case 'number':
            if (!Number.isFinite(value))
                throw new JcsError(`cannot canonicalize non-finite number ${value}`);
            // Number#toString is the ECMAScript serialisation RFC 8785 mandates; -0 → "0".
            out.push(Object.is(value, -0) ? '0' : String(value));
            return;
        case 'boolean':
            out.push(value ? 'true' : 'false');
            return;
        case 'bigint':
            throw new JcsError('cannot canonicalize a BigInt');
        case 'undefined':
        case 'function':
        case 'symbol':
            // Like JSON.stringify: null inside arrays; object members holding these are skipped by the caller.
            if (inArray) {
                out.push('null');
                return;
            }
            throw new JcsError(`cannot canonicalize a value of type ${typeof value}`);
        default:
            break;
    }
    if (value === null) {
        out.push('null');
        return;
    }
    if (Array.isArray(value)) {
        out.push('[');
        value.forEach((item, i) => {
            if (i > 0)
                out.push(',');
            write(item, out, true);
        });
        out.push(']');
        return;
    }
    const obj = value;
    // Default sort() compares UTF-16 code units, which is exactly RFC 8785 §3.2.3.
    const keys = Object.keys(obj)
        .filter((k) => {
        const t = typeof obj[k];
        return t !== 'undefined' && t !== 'function' && t !== 'symbol';
    })
        .sort();
    out.push('{');
    keys.forEach((k, i) => {
        if (i > 0)
            out.push(',');
        out.push(string(k), ':');
        write(obj[k], out, false);
    });
    out.push('}');
}
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
function string(s) {
    if (LONE_SURROGATE.test(s))
        throw new JcsError('cannot canonicalize a string with a lone surrogate');
    return JSON.stringify(s);
}
/** Hex sha256 of the UTF-8 canonical form: the content address used by fingerprints and cache keys. */
function jcsSha256Hex(value) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(canonicalize(value), 'utf8').digest('hex');
}


/***/ }),

/***/ 1840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H0: () => (/* binding */ ruleCounts),
/* harmony export */   Jo: () => (/* binding */ isUnder),
/* harmony export */   Td: () => (/* binding */ planRules),
/* harmony export */   Um: () => (/* binding */ BASELINE),
/* harmony export */   _y: () => (/* binding */ installPrefix)
/* harmony export */ });
/* unused harmony exports expandPath, normalize, canonical */
const BASELINE = [
    ...['/usr', '/bin', '/sbin', '/lib', '/lib32', '/lib64', '/libx32'].map((path) => ({ path, access: 'rx' })),
    ...[
        '/etc/ld.so.cache',
        '/etc/ld.so.conf',
        '/etc/ld.so.conf.d',
        '/etc/localtime',
        '/etc/timezone',
        '/etc/hosts',
        '/etc/resolv.conf',
        '/etc/nsswitch.conf',
        '/etc/host.conf',
        '/etc/gai.conf',
        '/etc/ssl',
        '/etc/ca-certificates',
        '/etc/pki',
        '/etc/crypto-policies',
        '/dev/urandom',
        '/dev/random',
    ].map((path) => ({ path, access: 'ro' })),
    ...['/dev/null', '/dev/zero', '/dev/full'].map((path) => ({ path, access: 'file-rw' })),
];
const TTY_PATHS = ['/dev/tty', '/dev/pts', '/dev/ptmx'];
/** Expand `~/`, `${HOME}`, `${CWD}`, `${USER}`, `${TMPDIR}`; relative paths resolve against CWD. */
function expandPath(raw, vars) {
    let s = raw;
    if (s === '~' || s.startsWith('~/'))
        s = vars.HOME + s.slice(1);
    let bad;
    s = s.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name) => {
        if (name === 'HOME' || name === 'CWD' || name === 'USER' || name === 'TMPDIR')
            return vars[name];
        bad ??= name;
        return '';
    });
    if (bad !== undefined)
        return { error: `unknown variable \${${bad}} in ${JSON.stringify(raw)} (known: HOME, CWD, USER, TMPDIR)` };
    if (/[*?[]/.test(s))
        return { error: `${JSON.stringify(raw)} is a glob; sandbox paths are literal` };
    if (!s.startsWith('/'))
        s = `${vars.CWD}/${s}`;
    return normalize(s);
}
/** Lexical normalization of an absolute path: no `.`, `..`, repeated or trailing slashes. */
function normalize(p) {
    const out = [];
    for (const seg of p.split('/')) {
        if (seg === '' || seg === '.')
            continue;
        if (seg === '..')
            out.pop();
        else
            out.push(seg);
    }
    return '/' + out.join('/');
}
/** True when `child` is `parent` or beneath it. */
function isUnder(child, parent) {
    return child === parent || parent === '/' || child.startsWith(parent + '/');
}
/** Canonical form of a possibly missing path: realpath of its longest existing ancestor + the rest. */
function canonical(p, fsv) {
    let head = p;
    const rest = [];
    while (fsv.kind(head) === 'missing' && head !== '/') {
        const i = head.lastIndexOf('/');
        rest.unshift(head.slice(i + 1));
        head = i <= 0 ? '/' : head.slice(0, i);
    }
    const base = fsv.realpath(head);
    return normalize([base, ...rest].join('/'));
}
/** Install prefix of an executable: `…/bin/x` → `…`, else the file's directory. */
function installPrefix(exe) {
    const dir = exe.slice(0, exe.lastIndexOf('/')) || '/';
    if (dir.endsWith('/bin') || dir.endsWith('/sbin'))
        return dir.slice(0, dir.lastIndexOf('/')) || '/';
    return dir;
}
function planRules(input) {
    const { policy, vars, fs: fsv } = input;
    const limit = input.carveLimit ?? 1024;
    const rules = [];
    const missing = [];
    const errors = [];
    const add = (path, access, source, reportMissing) => {
        if (fsv.kind(path) === 'missing') {
            if (reportMissing)
                missing.push(path);
            return;
        }
        rules.push({ path: fsv.realpath(path), access, source });
    };
    for (const b of BASELINE)
        add(b.path, b.access, 'baseline', false);
    if (input.tty)
        for (const p of TTY_PATHS)
            add(p, 'rw', 'tty', false);
    add(vars.CWD, 'rx', 'cwd', false);
    add(vars.TMPDIR, 'rw', 'tmp', false);
    for (const exe of input.executables)
        add(installPrefix(exe), 'rx', 'prefix', false);
    const fromPolicy = (list, access) => {
        for (const raw of list) {
            const e = expandPath(raw, vars);
            if (typeof e !== 'string')
                errors.push(e.error);
            else
                add(e, access, 'policy', true);
        }
    };
    fromPolicy(policy.fs.read, 'rx');
    fromPolicy(policy.fs.allow, 'rw');
    const carves = [];
    const conflicts = [];
    let current = dedupe(rules);
    for (const raw of policy.fs.deny) {
        const e = expandPath(raw, vars);
        if (typeof e !== 'string') {
            errors.push(e.error);
            continue;
        }
        const deny = canonical(e, fsv);
        const next = [];
        for (const r of current) {
            if (!isUnder(deny, r.path)) {
                next.push(r);
                continue;
            }
            if (deny === r.path) {
                carves.push({ deny, grant: r.path, replacements: 0 });
                continue;
            }
            const repl = carveOut(r, deny, fsv, limit);
            if (repl === undefined) {
                conflicts.push({ deny, grant: r.path, replacements: limit + 1 });
                continue;
            }
            carves.push({ deny, grant: r.path, replacements: repl.length });
            next.push(...repl);
        }
        current = dedupe(next);
    }
    return { rules: current, missing, carves, conflicts, errors };
}
/**
 * Replace grant R by grants on every entry of each directory on the chain R → parent(D), except the
 * entry leading to D. The chain directories themselves get no rule, so nothing new can be created in
 * them and D stays unreachable. undefined when more than `limit` rules would be needed.
 */
function carveOut(r, deny, fsv, limit) {
    const out = [];
    const segs = deny.slice(r.path === '/' ? 1 : r.path.length + 1).split('/');
    let dir = r.path;
    for (const seg of segs) {
        if (fsv.kind(dir) !== 'dir')
            break;
        for (const name of fsv.list(dir)) {
            if (name === seg)
                continue;
            const child = dir === '/' ? `/${name}` : `${dir}/${name}`;
            out.push({ path: child, access: r.access, source: 'carve' });
            if (out.length > limit)
                return undefined;
        }
        dir = dir === '/' ? `/${seg}` : `${dir}/${seg}`;
    }
    return out;
}
function dedupe(rules) {
    const seen = new Set();
    const out = [];
    for (const r of rules) {
        const k = `${r.access}\0${r.path}`;
        if (seen.has(k))
            continue;
        seen.add(k);
        out.push(r);
    }
    return out;
}
/** Banner counts: `FS(rx:8 ro:15 rw:5 carved:0 missing:0)`. */
function ruleCounts(plan) {
    const n = (a) => plan.rules.filter((r) => r.access === a).length;
    return { rx: n('rx'), ro: n('ro'), rw: n('rw') + n('file-rw'), carved: plan.carves.length, missing: plan.missing.length };
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

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output: relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.

function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
function displayPath(given, root, cwd = root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, given);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return toPosix(rel);
    if (rel === '')
        return '.';
    return toPosix(given);
}
/** Is `p` the folder `root` or below it, lexically, by whole segments (a file named `..a` is inside)? */
function containedIn(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
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


/***/ }),

/***/ 6203:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ suggestKey),
/* harmony export */   VP: () => (/* binding */ unknownKeyMessage),
/* harmony export */   Wo: () => (/* binding */ findUnknownKeys),
/* harmony export */   bi: () => (/* binding */ closestKey)
/* harmony export */ });
/* unused harmony exports RULE_META_KEYS, isExtensionKey, editDistance */
// The one unknown-key check for policies and eval configs: a typo must never remove a rule silently,
// so an unknown key is an error (with "did you mean") unless the caller is lenient, in which case it is
// a warning. See docs/decisions.md, "Strict input".
/** Keys every rule object accepts besides its documented ones (labels only; `x-*` is checked apart). */
const RULE_META_KEYS = ['id', 'description', 'title'];
/** `x-…` keys: extension/anchor holders allowed in rule objects. */
function isExtensionKey(key) {
    return key.startsWith('x-');
}
/** Levenshtein distance, stopping early above `max`. */
function editDistance(a, b, max = 2) {
    if (Math.abs(a.length - b.length) > max)
        return max + 1;
    let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        let best = i;
        for (let j = 1; j <= b.length; j++) {
            const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
            cur.push(v);
            if (v < best)
                best = v;
        }
        if (best > max)
            return max + 1;
        prev = cur;
    }
    return prev[b.length];
}
/** The single known key within distance 2 that the mapping does not already have, else null. */
function closestKey(key, known, present) {
    const hits = known.filter((k) => !present.includes(k) && editDistance(key, k) <= 2);
    return hits.length === 1 ? hits[0] : null;
}
/**
 * The known key a misspelt `key` most likely meant: the unique nearest one (case-insensitive) within
 * distance 2 (1 for keys of up to 3 characters, where 2 edits make almost anything match), else null.
 */
function suggestKey(key, known) {
    const max = key.length <= 3 ? 1 : 2;
    const lower = key.toLowerCase();
    let best = null;
    let bestD = max + 1;
    let tie = false;
    for (const k of known) {
        const d = editDistance(lower, k.toLowerCase(), max);
        if (d < bestD) {
            best = k;
            bestD = d;
            tie = false;
        }
        else if (d === bestD)
            tie = true;
    }
    return bestD <= max && !tie ? best : null;
}
/**
 * The keys of `obj` outside `allowed`, in key order, each with its message. `where` completes the
 * message: "at top level", "in tools", "in sequences[0]".
 */
function findUnknownKeys(obj, allowed, where, opts = {}) {
    const out = [];
    for (const key of Object.keys(obj)) {
        if (allowed.includes(key) || opts.accepted?.includes(key))
            continue;
        if (opts.rule && (RULE_META_KEYS.includes(key) || isExtensionKey(key)))
            continue;
        const suggestion = suggestKey(key, [...allowed, ...(opts.accepted ?? [])]);
        out.push({ key, suggestion, message: unknownKeyMessage(key, where, allowed, suggestion, opts.rule === true) });
    }
    return out;
}
function unknownKeyMessage(key, where, allowed, suggestion, rule = false) {
    const hint = suggestion !== null ? `; did you mean "${suggestion}"?` : '';
    const extra = rule ? ', id, description, title, x-*' : '';
    return `unknown key "${key}" ${where}${hint} (allowed: ${allowed.join(', ')}${extra})`;
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points, from a UTF-16 based line/col pair. */
function toPosition(lc, text, offset) {
    const p = lc.linePos(offset);
    const lineStart = lc.lineStarts[p.line - 1] ?? 0;
    const prefix = text.slice(lineStart, offset);
    return { line: p.line, col: [...prefix].length + 1 };
}
function parseYamlSource(text, file, code) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    let docs;
    try {
        const all = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            lineCounter,
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
        });
        docs = Array.isArray(all) ? all : [];
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    if (docs.length > 1) {
        const second = docs[1];
        const pos = toPosition(lineCounter, text, second.range[0]);
        errors.push({ code, severity: 'error', message: 'YAML syntax error: only one document per file is allowed', file, ...pos, source: 'config' });
    }
    const doc = docs[0];
    if (!doc)
        return { errors, source: makeSource(file, undefined, undefined, lineCounter, text) };
    for (const err of doc.errors) {
        const pos = toPosition(lineCounter, text, err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${msg}`, file, ...pos, source: 'config' });
    }
    if (errors.length)
        return { errors };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    return { errors, source: makeSource(file, value, doc, lineCounter, text) };
}
function makeSource(file, value, doc, lc, text) {
    const resolve = (path, wantKey) => {
        let node = doc?.contents;
        let pos = { line: 1, col: 1 };
        if (node && node.range)
            pos = toPosition(lc, text, node.range[0]);
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && doc)
                node = node.resolve(doc);
            let next;
            let keyNode;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(it) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(it.key) && String(it.key.value) === String(seg));
                if (pair) {
                    next = pair.value;
                    keyNode = pair.key;
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                next = node.items[seg];
            }
            if (next === undefined && keyNode === undefined)
                return pos;
            const last = i === path.length - 1;
            const target = last && wantKey && keyNode ? keyNode : (next ?? keyNode);
            const r = target?.range;
            if (r)
                pos = toPosition(lc, text, r[0]);
            else if (keyNode && keyNode.range)
                pos = toPosition(lc, text, keyNode.range[0]);
            node = next;
        }
        return pos;
    };
    return {
        file,
        value,
        posOf: (path) => resolve(path, false),
        keyPosOf: (path) => resolve(path, true),
    };
}


/***/ }),

/***/ 7398:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _p: () => (/* binding */ filterEnv),
/* harmony export */   ir: () => (/* binding */ envBanner)
/* harmony export */ });
/* unused harmony export isExecInfluence */
// The environment filter of the runtime runners, shared by `mcp wrap` (opt-in) and `sandbox`.
// Only variable names are ever reported, never values.
/** Case-sensitive patterns: exact, `P*`, `*S`, `*X*`. */
function matcher(patterns) {
    const exact = new Set();
    const pre = [];
    const suf = [];
    const mid = [];
    for (const p of patterns) {
        const s = p.startsWith('*');
        const e = p.endsWith('*') && p.length > 1;
        if (s && e)
            mid.push(p.slice(1, -1));
        else if (e)
            pre.push(p.slice(0, -1));
        else if (s)
            suf.push(p.slice(1));
        else
            exact.add(p);
    }
    return (n) => exact.has(n) || pre.some((x) => n.startsWith(x)) || suf.some((x) => n.endsWith(x)) || mid.some((x) => n.includes(x));
}
const SAFE_BASE = matcher('PATH HOME USER SHELL LOGNAME LANG LC_* TERM COLORTERM CLICOLOR CLICOLOR_FORCE NO_COLOR FORCE_COLOR TMPDIR TMP TEMP XDG_* RUST_LOG RUST_BACKTRACE RUST_LIB_BACKTRACE CARGO_HOME CARGO_TARGET_DIR RUSTUP_HOME EDITOR VISUAL PAGER LESS LESSCHARSET TZ'.split(' '));
const SECRET = matcher(('*_TOKEN *_SECRET *_KEY *_PASSWORD *_CREDENTIAL* *_API_KEY *_APIKEY *_AUTH *_BEARER AWS_* OPENAI_* ANTHROPIC_* AZURE_* GCP_* GOOGLE_* ' +
    'DIGITALOCEAN_* LINODE_* VULTR_* CLOUDFLARE_* HEROKU_* VERCEL_* NETLIFY_* FLY_* GITHUB_* GITLAB_* BITBUCKET_* CI_* CIRCLE_* TRAVIS_* JENKINS_* ' +
    'BUILDKITE_* CODEBUILD_* DATABASE_URL *_DATABASE_URL *_CONNECTION_STRING *_CONN_STR REDIS_* MONGO_* MYSQL_* POSTGRES_* PGPASSWORD PGUSER ' +
    'SSH_* GPG_* VAULT_* KUBECONFIG DOCKER_* NPM_TOKEN NPM_AUTH_TOKEN YARN_* PIP_* PYPI_* CARGO_REGISTRY_TOKEN GEM_* NUGET_* *_PRIVATE_KEY ' +
    '*_SIGNING_KEY *_ENCRYPTION_KEY SLACK_* DISCORD_* TWILIO_* SENDGRID_* STRIPE_* SENTRY_* DATADOG_* NEWRELIC_* ACTIONS_* INPUT_* *_PAT').split(' '));
const EXEC_INFLUENCE = matcher((
// loader
'LD_PRELOAD LD_LIBRARY_PATH LD_AUDIT LD_DEBUG LD_DEBUG_OUTPUT LD_PROFILE LD_PROFILE_OUTPUT LD_BIND_NOW LD_BIND_NOT LD_DYNAMIC_WEAK ' +
    'LD_HWCAP_MASK LD_ORIGIN_PATH LD_ASSUME_KERNEL LD_POINTER_GUARD LD_PREFER_MAP_32BIT_EXEC LD_SHOW_AUXV LD_USE_LOAD_BIAS LD_VERBOSE LD_WARN DYLD_* ' +
    // python
    'PYTHONPATH PYTHONSTARTUP PYTHONHOME PYTHONUSERBASE PYTHONEXECUTABLE PYTHONWARNINGS PYTHONDONTWRITEBYTECODE PYTHONHASHSEED PYTHONINSPECT ' +
    'PYTHONIOENCODING PYTHONNOUSERSITE PYTHONOPTIMIZE PYTHONUNBUFFERED PYTHONVERBOSE PYTHONMALLOC PYTHONCOERCECLOCALE PYTHONDEVMODE ' +
    'PYTHONFAULTHANDLER PYTHONTRACEMALLOC PYTHONPROFILEIMPORTTIME PYTHONBREAKPOINT ' +
    // node
    'NODE_OPTIONS NODE_PATH NODE_EXTRA_CA_CERTS NODE_REDIRECT_WARNINGS NODE_DEBUG NODE_DEBUG_NATIVE NODE_PENDING_DEPRECATION ' +
    'NODE_PENDING_PIPE_INSTANCES NODE_PRESERVE_SYMLINKS NODE_PRESERVE_SYMLINKS_MAIN NODE_REPL_EXTERNAL_MODULE NODE_REPL_HISTORY ' +
    'NODE_TLS_REJECT_UNAUTHORIZED NODE_V8_COVERAGE ' +
    // ruby, perl, java
    'RUBYOPT RUBYLIB RUBYPATH RUBYSHELL RUBY_GC_* RUBY_THREAD_* PERL5LIB PERL5OPT PERLLIB PERL_MM_OPT PERL_MB_OPT JAVA_TOOL_OPTIONS _JAVA_OPTIONS ' +
    'JAVA_OPTIONS CLASSPATH JDK_JAVA_OPTIONS ' +
    // rust
    'RUSTC_WRAPPER RUSTDOC_WRAPPER RUSTC_WORKSPACE_WRAPPER RUSTFLAGS RUSTDOCFLAGS CARGO_ENCODED_RUSTFLAGS CARGO_ENCODED_RUSTDOCFLAGS ' +
    'CARGO_BUILD_RUSTFLAGS CARGO_BUILD_RUSTDOCFLAGS ' +
    // C/C++ build
    'CC CXX CPP CFLAGS CXXFLAGS CPPFLAGS LDFLAGS LIBS AR AS LD NM OBJCOPY OBJDUMP RANLIB STRIP PKG_CONFIG PKG_CONFIG_PATH PKG_CONFIG_LIBDIR ' +
    'CMAKE_* MAKEFLAGS MFLAGS MAKELEVEL ' +
    // shell
    'BASH_ENV ENV ZDOTDIR CDPATH GLOBIGNORE BASH_XTRACEFD PS4 PROMPT_COMMAND FIGNORE HOSTFILE INPUTRC MAILPATH TIMEFORMAT SHELL EXECIGNORE IFS ' +
    // git, askpass
    'GIT_EXEC_PATH GIT_TEMPLATE_DIR GIT_CONFIG_GLOBAL GIT_CONFIG_SYSTEM GIT_ASKPASS GIT_SSH GIT_SSH_COMMAND SSH_ASKPASS SUDO_ASKPASS ' +
    'GIT_EXTERNAL_DIFF GIT_DIFF_OPTS GIT_PAGER GIT_EDITOR GIT_SEQUENCE_EDITOR').split(' '));
function isExecInfluence(name) {
    return EXEC_INFLUENCE(name);
}
/** Filter `env` (first match wins per variable). Output lists are sorted by name. */
function filterEnv(env, o) {
    const allow = matcher(o.allow);
    const out = {};
    const passed = [];
    const dropped = [];
    const execStripped = [];
    const execAllowed = [];
    for (const name of Object.keys(env).sort()) {
        const value = env[name];
        if (value === undefined)
            continue;
        const exec = EXEC_INFLUENCE(name);
        let keep;
        if (o.mode === 'passthrough')
            keep = !(exec && o.stripExec);
        else if (allow(name))
            keep = true;
        else if (exec && (o.mode === 'strict' || o.stripExec))
            keep = false;
        else if (SAFE_BASE(name))
            keep = true;
        else if (o.mode === 'strict')
            keep = false;
        else
            keep = !SECRET(name);
        if (keep) {
            out[name] = value;
            passed.push(name);
            if (exec)
                execAllowed.push(name);
        }
        else {
            dropped.push(name);
            if (exec)
                execStripped.push(name);
        }
    }
    if (o.mode === 'strict' && out.PATH !== undefined) {
        // Relative PATH entries would resolve against the child's cwd.
        out.PATH = out.PATH.split(':')
            .filter((p) => p.startsWith('/'))
            .join(':');
    }
    return { env: out, passed, dropped, execStripped, execAllowed };
}
/** The one-line banner. */
function envBanner(mode, r) {
    const counts = `(${r.passed.length} passed, ${r.dropped.length} removed)`;
    const head = mode === 'scrub' ? `Env: scrubbed ${counts}` : mode === 'strict' ? `Env: strict ${counts}` : `Env: ⚠ passthrough ${counts}, DANGER`;
    const tail = r.execAllowed.length > 0 ? `, ⚠ exec-influence ALLOWED: ${r.execAllowed.join(', ')}` : `, exec-influence stripped: ${r.execStripped.length}`;
    return head + tail;
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
