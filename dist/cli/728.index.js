export const id = 728;
export const ids = [728];
export const modules = {

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ profileToEvents),
/* harmony export */   np: () => (/* binding */ checkRunId),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* unused harmony exports PROFILE_PHASE_SUBJECT, exportTraceparent, scrubKey, usageError, resolveExportTime */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2768);
// `assay evidence export --profile`: a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.



const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';
const hex = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s, 'utf8').digest('hex');
/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01`. */
function exportTraceparent(runId, id) {
    return `00-${hex(runId).slice(0, 32)}-${hex(id).slice(0, 16)}-01`;
}
const SECRET_PREFIXES = [
    'authorization: bearer ',
    'authorization: ',
    'token=',
    'key=',
    'bearer ',
    'api_key=',
    'apikey=',
    'secret=',
    'password=',
    'session=',
    'cookie=',
    'x-api-key:',
    'x-token:',
];
/** Scrubbing for `observed`/`summary`: POSIX separators, home directories generalized, secrets cut. */
function scrubKey(key) {
    let s = key.replace(/\\/g, '/');
    const home = /^\/home\/[^/]*(?:\/|$)/.exec(s) ?? /^\/Users\/[^/]*(?:\/|$)/.exec(s);
    if (home)
        s = '~/**/' + s.slice(home[0].length);
    else {
        const at = s.indexOf('/Users/');
        if (at !== -1) {
            const rest = s.slice(at + '/Users/'.length);
            const slash = rest.indexOf('/');
            s = '~/**/' + (slash === -1 ? '' : rest.slice(slash + 1));
        }
    }
    const lower = s.toLowerCase();
    for (const p of SECRET_PREFIXES) {
        const i = lower.indexOf(p);
        if (i !== -1)
            return s.slice(0, i + p.length) + '***';
    }
    return s;
}
/** Code-point-wise comparison equals UTF-8 byte order (the reference's map order). */
function compareUtf8(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function invalid(file, message) {
    const m = `${file}: ${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', m, { source: 'config', context: { file }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: m, file, source: 'config' }] });
}
function usageError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** The event time, rendered. */
function resolveExportTime(given, candidates, sourceDateEpoch, file) {
    if (given !== undefined) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRfc3339 */ .tD)(given);
        if (t === undefined)
            throw usageError(`--time ${JSON.stringify(given)} is not an RFC 3339 timestamp`);
        return t;
    }
    for (const c of candidates) {
        if (c === undefined || c === null)
            continue;
        const t = typeof c === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRfc3339 */ .tD)(c) : undefined;
        if (t === undefined)
            throw invalid(file, `timestamp ${JSON.stringify(c)} is not RFC 3339`);
        return t;
    }
    if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch))
        return (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .renderInstant */ .Wv)({ seconds: Number(sourceDateEpoch), nanos: 0 });
    throw usageError(`no event time: ${file} has no updated_at or created_at; pass --time RFC3339 or set SOURCE_DATE_EPOCH`);
}
function checkRunId(runId) {
    if (runId === '')
        throw usageError('the run id must not be empty');
    if (runId.includes(':'))
        throw usageError(`run id ${JSON.stringify(runId)} must not contain ':'`);
    return runId;
}
function entries(v, where, file) {
    if (v === undefined || v === null)
        return [];
    if (!isObj(v))
        throw invalid(file, `${where} must be a mapping`);
    const out = [];
    for (const [key, e] of Object.entries(v)) {
        if (!isObj(e))
            throw invalid(file, `${where}[${JSON.stringify(key)}] must be a mapping`);
        const hits = e.hits_total ?? 0;
        if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0)
            throw invalid(file, `${where}[${JSON.stringify(key)}].hits_total must be a non-negative integer`);
        out.push({ key, first_seen: e.first_seen ?? null, last_seen: e.last_seen ?? null, runs_seen: e.runs_seen ?? null, hits });
    }
    return out.sort((a, b) => compareUtf8(a.key, b.key));
}
/** Profile → events (mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
function profileToEvents(profile, opts) {
    const file = opts.file;
    if (!isObj(profile))
        throw invalid(file, 'a profile must be a mapping');
    const name = profile.name;
    const version = profile.version;
    const totalRuns = profile.total_runs;
    if (typeof version !== 'string')
        throw invalid(file, 'version must be a string');
    if (typeof name !== 'string' || name === '')
        throw invalid(file, 'name must be a non-empty string');
    if (typeof totalRuns !== 'number' || !Number.isInteger(totalRuns) || totalRuns < 0)
        throw invalid(file, 'total_runs must be a non-negative integer');
    const runIds = profile.run_ids;
    if (runIds !== undefined && (!Array.isArray(runIds) || !runIds.every((r) => typeof r === 'string')))
        throw invalid(file, 'run_ids must be a list of strings');
    const scope = profile.scope;
    if (scope !== undefined && scope !== null && typeof scope !== 'string')
        throw invalid(file, 'scope must be a string');
    const ent = isObj(profile.entries) ? profile.entries : profile.entries === undefined || profile.entries === null ? {} : null;
    if (ent === null)
        throw invalid(file, 'entries must be a mapping');
    const files = entries(ent.files, 'entries.files', file);
    const network = entries(ent.network, 'entries.network', file);
    const processes = entries(ent.processes, 'entries.processes', file);
    const degr = profile.sandbox_degradations ?? [];
    if (!Array.isArray(degr) || !degr.every(isObj))
        throw invalid(file, 'sandbox_degradations must be a list of mappings');
    const lastRun = Array.isArray(runIds) && runIds.length > 0 ? runIds[runIds.length - 1] : undefined;
    const runId = checkRunId(opts.runId ?? lastRun ?? `run_${hex(name).slice(0, 16)}`);
    const time = resolveExportTime(opts.time, [profile.updated_at, profile.created_at], opts.sourceDateEpoch, file);
    const out = [];
    const push = (type, subject, data) => {
        const seq = out.length;
        const id = `${runId}:${seq}`;
        out.push({
            specversion: '1.0',
            type,
            source: `urn:assay:cli:${opts.version}`,
            id,
            time,
            datacontenttype: 'application/json',
            ...(subject !== undefined && subject !== '' ? { subject } : {}),
            traceparent: exportTraceparent(runId, id),
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: opts.version,
            assaygit: opts.git,
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', PROFILE_PHASE_SUBJECT, { profile_name: name, profile_version: version, total_runs_aggregated: totalRuns });
    for (const d of degr)
        push('assay.sandbox.degraded', 'landlock', d);
    if (opts.detail !== 'summary') {
        const kinds = [
            [files, 'assay.fs.access', 'file'],
            [network, 'assay.net.connect', 'host'],
            [processes, 'assay.process.exec', 'cmd'],
        ];
        for (const [list, type, keyName] of kinds) {
            for (const e of list) {
                if (opts.detail === 'observed')
                    push(type, scrubKey(e.key), { hits: e.hits });
                else
                    push(type, e.key, { [keyName]: e.key, first_seen: e.first_seen, last_seen: e.last_seen, hits: e.hits, runs_seen: e.runs_seen });
            }
        }
    }
    push('assay.profile.finished', PROFILE_PHASE_SUBJECT, {
        files_count: files.length,
        network_count: network.length,
        processes_count: processes.length,
        sandbox_degradation_count: degr.length,
        integrity_scope: typeof scope === 'string' ? scope : null,
    });
    return out;
}


/***/ }),

/***/ 4728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  QD: () => (/* reexport */ aggregate),
  hT: () => (/* reexport */ parseObservations),
  DT: () => (/* reexport */ profileFromAggregate),
  bH: () => (/* reexport */ recordDocument),
  to: () => (/* reexport */ recordSandboxPolicy),
  P1: () => (/* reexport */ sandboxPolicyText)
});

// UNUSED EXPORTS: observationOf, succeeded, summarizeAccess, tcpPortOf

;// CONCATENATED MODULE: ./src/core/record/observations.ts
const FILE_ACCESS = ['read', 'write', 'read_write', 'create', 'unlink', 'rename', 'mkdir'];
const isObj = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const observations_int = (v) => (typeof v === 'number' && Number.isSafeInteger(v) ? v : undefined);
const str = (v) => (typeof v === 'string' && v !== '' ? v : undefined);
/** One event object → an Observation, `null` for a known kind policies ignore, or an error message. */
function observationOf(ev) {
    const common = { ...(observations_int(ev.result) !== undefined ? { result: observations_int(ev.result) } : {}), ...(observations_int(ev.timestamp) !== undefined ? { timestamp: observations_int(ev.timestamp) } : {}), ...(observations_int(ev.pid) !== undefined ? { pid: observations_int(ev.pid) } : {}) };
    const type = ev.type;
    if (type === 'file_open') {
        const path = str(ev.path);
        if (!path)
            return 'file_open without a path';
        const access = ev.access === undefined ? 'read' : ev.access;
        if (typeof access !== 'string' || !FILE_ACCESS.includes(access))
            return `unknown access ${JSON.stringify(access)}`;
        const flags = typeof ev.flags === 'string' ? ev.flags : '';
        const from = str(ev.from);
        return { kind: 'file', path, access: access, ...(from ? { from } : {}), dir: ev.dir === true, opath: /(^|\|)O_PATH(\||$)/.test(flags), ...common };
    }
    if (type === 'proc_exec') {
        const path = str(ev.path);
        return path ? { kind: 'exec', path, ...common } : 'proc_exec without a path';
    }
    if (type === 'net_connect' || type === 'net_bind') {
        const dest = str(ev.dest);
        if (!dest)
            return `${type} without a dest`;
        return { kind: type === 'net_connect' ? 'connect' : 'bind', dest, ...(str(ev.family) ? { family: str(ev.family) } : {}), ...(str(ev.proto) ? { proto: str(ev.proto) } : {}), ...common };
    }
    if (typeof type === 'string')
        return null;
    return 'no "type"';
}
/** Parse observation JSONL text (`#` comments and blank lines allowed). */
function parseObservations(text, file) {
    const out = { observations: [], skipped: 0, warnings: [] };
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const t = lines[i].trim();
        if (t === '' || t.startsWith('#'))
            continue;
        let v;
        try {
            v = JSON.parse(t);
        }
        catch {
            // The tracer may be killed mid-line; only the last line can be partial, but any bad line is reported.
            out.warnings.push({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message: 'invalid JSON', file, line: i + 1, col: 1, source: 'trace' });
            continue;
        }
        const o = isObj(v) ? observationOf(v) : 'expected a JSON object';
        if (o === null)
            out.skipped++;
        else if (typeof o === 'string')
            out.warnings.push({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message: o, file, line: i + 1, col: 1, source: 'trace' });
        else
            out.observations.push(o);
    }
    return out;
}
/** Did the operation take effect? Failed opens and execs (ENOENT probes along PATH or module paths) need no
 * grant to replay the run. Connects count whatever the result: a non-blocking connect reports EINPROGRESS. */
function succeeded(o) {
    if (o.kind === 'connect' || o.kind === 'bind')
        return true;
    return o.result === undefined || o.result >= 0;
}

;// CONCATENATED MODULE: ./src/core/record/aggregate.ts
// Observations → per-key counters (docs/record.md): files, connect destinations, bind addresses and
// executables, each with hits and first/last time. Only operations that took effect are kept.

function touch(m, key, make, ts) {
    let s = m.get(key);
    if (!s) {
        s = make();
        m.set(key, s);
    }
    s.count++;
    if (ts !== undefined) {
        if (s.first === undefined || ts < s.first)
            s.first = ts;
        if (s.last === undefined || ts > s.last)
            s.last = ts;
    }
    return s;
}
function aggregate(observations, opts = {}) {
    const resolve = opts.resolve ?? ((p) => p);
    const a = { files: new Map(), network: new Map(), binds: new Map(), processes: new Map(), used: 0, ignored: 0 };
    const file = (path, access, dir, ts) => {
        const s = touch(a.files, resolve(path), () => ({ count: 0, accesses: new Set(), dir: false }), ts);
        s.accesses.add(access);
        if (dir)
            s.dir = true;
    };
    for (const o of observations) {
        // An O_PATH open reads nothing (and Landlock does not check it); a failed operation needs no grant.
        if (!succeeded(o) || (o.kind === 'file' && o.opath)) {
            a.ignored++;
            continue;
        }
        a.used++;
        const ts = o.timestamp;
        if (ts !== undefined) {
            if (a.first === undefined || ts < a.first)
                a.first = ts;
            if (a.last === undefined || ts > a.last)
                a.last = ts;
        }
        if (o.kind === 'file') {
            file(o.path, o.access, o.dir, ts);
            if (o.from !== undefined)
                file(o.from, o.access, false, ts);
        }
        else if (o.kind === 'exec') {
            touch(a.processes, resolve(o.path), () => ({ count: 0 }), ts);
        }
        else {
            const s = touch(o.kind === 'connect' ? a.network : a.binds, o.dest, () => ({ count: 0 }), ts);
            if (o.family !== undefined)
                s.family = o.family;
            if (o.proto !== undefined)
                s.proto = o.proto;
        }
    }
    return a;
}
/** One access word per file for the policy document: the strongest kind seen. */
function summarizeAccess(s) {
    const has = (x) => s.accesses.has(x);
    if (has('create'))
        return 'create';
    if (has('mkdir'))
        return 'mkdir';
    if (has('rename'))
        return 'rename';
    if (has('unlink'))
        return 'unlink';
    if (has('read_write') || (has('write') && has('read')))
        return 'read_write';
    if (has('write'))
        return 'write';
    return 'read';
}
/** The TCP port of `addr:port` / `[v6]:port`; undefined for unix sockets and malformed text. */
function tcpPortOf(dest, s) {
    if (dest.startsWith('unix:') || s.family === 'unix')
        return undefined;
    if (s.proto !== undefined && s.proto !== 'tcp')
        return undefined;
    const m = /:(\d{1,5})$/.exec(dest);
    if (!m)
        return undefined;
    const p = Number(m[1]);
    return p <= 65535 ? p : undefined;
}

// EXTERNAL MODULE: ./src/core/generate/heuristics.ts
var heuristics = __webpack_require__(850);
// EXTERNAL MODULE: ./src/core/evidence/export-profile.ts
var export_profile = __webpack_require__(4715);
;// CONCATENATED MODULE: ./src/core/record/document.ts
// The generate/record document (docs/record.md) from one recorded run. Exact entries, no
// collapsing: each file carries the `access` it was used with, so `assay sandbox -p` (which converts this
// document) grants a read-only file read-only and a created file's directory read-write.



function place(pattern, stats, j, extra) {
    const section = j.risk === 'deny_recommended' ? 2 : j.risk === 'needs_review' ? 1 : 0;
    const needsObject = extra.access !== undefined || stats.count > 1 || j.risk !== undefined;
    if (!needsObject)
        return { section, entry: pattern };
    const e = { pattern, ...extra };
    if (stats.count > 1)
        e.count = stats.count;
    if (j.risk) {
        e.risk = j.risk;
        e.reasons = j.reasons;
    }
    return { section, entry: e };
}
function sectionOf(keys, placed) {
    const out = {};
    keys.forEach((k, i) => {
        const list = placed.filter((p) => p.section === i).map((p) => p.entry);
        if (list.length)
            out[k] = list;
    });
    return out;
}
function recordDocument(a, meta) {
    const sorted = (m) => [...m.entries()].sort((x, y) => (0,export_profile/* compareUtf8 */.zq)(x[0], y[0]));
    const files = sorted(a.files).map(([p, s]) => place(p, s, (0,heuristics/* judgePath */.DQ)(p), { access: summarizeAccess(s) }));
    const network = sorted(a.network).map(([d, s]) => place(d, s, (0,heuristics/* judgeDest */.U7)(d), {}));
    const processes = sorted(a.processes).map(([p, s]) => place(p, s, (0,heuristics/* judgePath */.DQ)(p), {}));
    return {
        _meta: { name: meta.name, generated_at: meta.generatedAt },
        files: sectionOf(['allow', 'needs_review', 'deny'], files),
        network: sectionOf(['allow_destinations', 'needs_review', 'deny_destinations'], network),
        processes: sectionOf(['allow', 'needs_review', 'deny'], processes),
    };
}

// EXTERNAL MODULE: ./src/core/sandbox/plan.ts
var plan = __webpack_require__(1840);
// EXTERNAL MODULE: ./src/core/generate/yaml-emit.ts
var yaml_emit = __webpack_require__(7366);
;// CONCATENATED MODULE: ./src/core/record/sandbox-policy.ts
// The ready sandbox policy of `assay record --sandbox-policy-out` (docs/record.md): the narrowest
// grants that let the recorded run pass. Per file, not per directory: a file read gets `fs.read` of
// that file; a write to an existing file gets `fs.allow` of the file; creating, removing or renaming
// an entry needs its directory (`fs.allow` of the parent). Heuristic widening, always commented:
// three or more sibling files with the same access collapse to their directory, never into `/`, a
// top-level directory, `$HOME` or one of its ancestors. Paths the sandbox baseline already grants
// (libraries, TLS roots, /dev/null, the executable's install prefix) and /proc, /sys are left out.




const KERNEL_FS = ['/proc', '/sys'];
function parentOf(p) {
    const i = p.lastIndexOf('/');
    return i <= 0 ? '/' : p.slice(0, i);
}
function coveredBy(path, grant, by) {
    return by.some((b) => (0,plan/* isUnder */.Jo)(path, b.path) && (grant === 'read' ? true : b.access === 'rw' || (b.access === 'file-rw' && b.path === path)));
}
/** A directory we never widen a grant to. */
function tooBroad(dir, home) {
    if (dir.split('/').filter(Boolean).length < 2)
        return true;
    return home !== undefined && home !== '' && (0,plan/* isUnder */.Jo)(home, dir);
}
function recordSandboxPolicy(a, o = {}) {
    const covered = [...plan/* BASELINE */.Um, ...(o.covered ?? [])];
    const collapseAt = o.collapseAt ?? 3;
    const grants = new Map();
    let kernel = 0;
    let baseline = 0;
    const add = (path, grant, why, file) => {
        if (coveredBy(path, grant, covered)) {
            baseline++;
            return;
        }
        const had = grants.get(path);
        if (had && (had.grant === 'allow' || grant === 'read'))
            return;
        grants.set(path, { grant, why, file });
    };
    for (const [path, s] of a.files) {
        if (KERNEL_FS.some((k) => (0,plan/* isUnder */.Jo)(path, k))) {
            kernel++;
            continue;
        }
        const acc = summarizeAccess(s);
        if (acc === 'read')
            add(path, 'read', s.dir ? 'directory listed' : 'read', !s.dir);
        else if (acc === 'write' || acc === 'read_write')
            add(path, 'allow', 'written', true);
        else
            add(parentOf(path), 'allow', `${acc} ${path}`, false);
    }
    for (const path of a.processes.keys())
        add(path, 'read', 'executed', true);
    // Collapse: ≥ collapseAt sibling files with the same grant → their directory.
    const byDir = new Map();
    for (const [p, g] of grants) {
        if (!g.file)
            continue;
        const k = `${g.grant}\0${parentOf(p)}`;
        byDir.set(k, [...(byDir.get(k) ?? []), p]);
    }
    for (const [k, files] of byDir) {
        const [grant, dir] = k.split('\0');
        if (files.length < collapseAt || tooBroad(dir, o.home))
            continue;
        for (const f of files)
            grants.delete(f);
        if (!grants.has(dir) || grant === 'allow')
            grants.set(dir, { grant, why: `collapsed: ${files.length} files ${grant === 'read' ? 'read' : 'written'} in this directory`, file: false });
    }
    // Drop what another grant already covers (a read beneath any grant, an allow beneath an allow).
    const paths = [...grants.keys()];
    for (const p of paths) {
        const g = grants.get(p);
        const cover = paths.some((q) => q !== p && grants.has(q) && (0,plan/* isUnder */.Jo)(p, q) && (g.grant === 'read' || grants.get(q).grant === 'allow'));
        if (cover)
            grants.delete(p);
    }
    const list = (g) => [...grants].filter(([, v]) => v.grant === g).map(([p]) => p).sort(export_profile/* compareUtf8 */.zq);
    const why = new Map([...grants].map(([p, v]) => [p, v.why]));
    const connect = new Set();
    for (const [d, s] of a.network) {
        const port = tcpPortOf(d, s);
        if (port !== undefined && port > 0)
            connect.add(port);
    }
    const bindPorts = new Set();
    let ephemeral = false;
    for (const [d, s] of a.binds) {
        const port = tcpPortOf(d, s);
        if (port === 0)
            ephemeral = true;
        else if (port !== undefined)
            bindPorts.add(port);
    }
    const num = (s) => [...s].sort((x, y) => x - y).map(String);
    const notes = [];
    if (baseline)
        notes.push(`${baseline} observed path(s) are covered by the sandbox baseline and not listed`);
    if (kernel)
        notes.push(`${kernel} path(s) under /proc and /sys are not granted (per-process kernel files)`);
    if (ephemeral)
        notes.push('net.bind is not restricted: the run bound an ephemeral TCP port (port 0), which a port list cannot express');
    return {
        fs: { allow: list('allow'), read: list('read') },
        net: { allow: num(connect), ...(ephemeral ? {} : { bind: num(bindPorts) }) },
        why,
        notes,
    };
}
/** The policy as YAML, with a comment on every grant saying why it is there. */
function sandboxPolicyText(p, header) {
    const comments = new Map();
    p.fs.allow.forEach((x, i) => comments.set((0,yaml_emit/* pathKey */.Pn)(['fs', 'allow', i]), [p.why.get(x) ?? '']));
    p.fs.read.forEach((x, i) => comments.set((0,yaml_emit/* pathKey */.Pn)(['fs', 'read', i]), [p.why.get(x) ?? '']));
    comments.set((0,yaml_emit/* pathKey */.Pn)(['net']), ['TCP ports; enforced only with --enforce-net']);
    const doc = { api_version: 'assay/v1', fs: { allow: p.fs.allow, read: p.fs.read }, net: p.net };
    return (0,yaml_emit/* emitYaml */.h2)(doc, { header: [...header, ...p.notes], comments });
}

// EXTERNAL MODULE: ./src/core/profile/update.ts
var update = __webpack_require__(5388);
// EXTERNAL MODULE: ./src/core/profile/model.ts
var model = __webpack_require__(7192);
// EXTERNAL MODULE: ./src/core/evidence/time.ts
var time = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/core/record/profile.ts
// A recorded run as a behaviour profile (the `profile` shape): what `--profile-out` writes and what
// `assay evidence export --observations` turns into bundle events. Times come from the observations
// (Unix ms) or, when they carry none, from the caller's clock value.



const iso = (ms) => (0,time/* renderInstant */.Wv)({ seconds: Math.floor(ms / 1000), nanos: (ms % 1000) * 1_000_000 });
function profileFromAggregate(a, o) {
    const entry = (s) => {
        const first = Math.floor((s.first ?? a.first ?? 0) / 1000);
        const last = Math.floor((s.last ?? a.last ?? 0) / 1000);
        return { first_seen: first, last_seen: last, runs_seen: 1, hits_total: s.count };
    };
    const section = (m) => Object.fromEntries([...m].map(([k, s]) => [k, entry(s)]));
    return {
        version: model/* PROFILE_VERSION */.PL,
        name: o.name,
        created_at: a.first !== undefined ? iso(a.first) : o.fallbackTime,
        updated_at: a.last !== undefined ? iso(a.last) : o.fallbackTime,
        total_runs: 1,
        run_ids: [o.runId],
        run_id_digests: [(0,update/* runIdDigest */.fq)(o.runId)],
        entries: { files: section(a.files), network: section(a.network), processes: section(a.processes) },
    };
}

;// CONCATENATED MODULE: ./src/core/record/index.ts
// `assay record` core (docs/record.md): observations → the generate/record document, a sandbox policy
// and a profile. Pure: the caller runs the tracer, resolves symlinks and supplies clock values.







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


/***/ })

};
