export const id = 611;
export const ids = [611];
export const modules = {

/***/ 5611:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerExport: () => (/* binding */ registerExport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _src_core_version_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(3323);
/* harmony import */ var _src_core_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9723);
/* harmony import */ var _src_core_evidence_strict_json_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9395);
/* harmony import */ var _src_core_evidence_export_profile_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4715);
/* harmony import */ var _src_runtime_mcp_evidence_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(8878);
/* harmony import */ var _src_core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(5758);
/* harmony import */ var _src_core_evidence_verify_error_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9359);
/* harmony import */ var _output_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5338);
/* harmony import */ var _paths_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(639);
/* harmony import */ var _common_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(6556);








// One mapping for `mcp wrap --evidence-out` and this command, so the same log gives the same archive bytes (05 §1.12).






const MAX_INPUT = 256 << 20;
function registerExport(parent) {
    parent
        .command('export')
        .description('Write an evidence bundle from a recorded profile or a proxy decision log')
        .option('--profile <file>', 'profile (JSON when .json, else YAML) written by assay record --profile-out')
        .option('--decision-log <file>', 'decision log written by assay mcp wrap --decision-log')
        .option('--session <id>', 'session in the decision log (default: the last one)')
        .option('--out <path>', 'bundle path (default assay_evidence_<run_id>.tar.gz)')
        .option('--detail <level>', 'summary | observed | full', 'observed')
        .option('--run-id <id>', 'run id of the bundle')
        .option('--time <rfc3339>', 'event time for profile exports')
        .exitOverride()
        .action((flags) => {
        process.exitCode = runExport(flags);
    });
}
function readInput(given) {
    const ref = (0,_paths_js__WEBPACK_IMPORTED_MODULE_10__/* .fileRef */ .M)(given);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(ref.path)) {
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_MISSING_CONFIG', `${ref.display}: file not found`, { source: 'config', context: { file: ref.display } });
    }
    try {
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(ref.path).size > MAX_INPUT)
            throw (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .CI)(`${ref.display}: larger than ${MAX_INPUT} bytes`);
        return { text: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(ref.path, 'utf8'), display: ref.display };
    }
    catch (e) {
        if (e instanceof Error && 'reasonCode' in e)
            throw e;
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_MISSING_CONFIG', `${ref.display}: cannot read (${e.code ?? 'error'})`, { source: 'config', context: { file: ref.display } });
    }
}
function parseProfile(text, display) {
    if (display.toLowerCase().endsWith('.json')) {
        try {
            return (0,_src_core_evidence_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .strictParse */ .l1)(text.replace(/^\uFEFF/, ''), { maxDepth: 64 }).value;
        }
        catch (e) {
            const m = `${display}: invalid JSON${e instanceof _src_core_evidence_strict_json_js__WEBPACK_IMPORTED_MODULE_4__/* .StrictJsonError */ .U7 ? ` (${e.message})` : ''}`;
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_CFG_PARSE', m, { source: 'config', context: { file: display } });
        }
    }
    const { source, errors } = (0,_src_core_util_yaml_source_js__WEBPACK_IMPORTED_MODULE_3__/* .parseYamlSource */ .W)(text, display, 'E_CFG_PARSE');
    if (!source || errors.length > 0) {
        const first = errors[0];
        throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_CFG_PARSE', first?.message ?? `${display}: invalid YAML`, {
            source: 'config',
            context: { file: display, line: first?.line, col: first?.col },
            diagnostics: errors,
        });
    }
    return source.value;
}
function runExport(flags) {
    try {
        if ((flags.profile === undefined) === (flags.decisionLog === undefined))
            throw (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .CI)('give exactly one of --profile FILE or --decision-log FILE');
        if (!['summary', 'observed', 'full'].includes(flags.detail))
            throw (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .CI)(`invalid --detail "${flags.detail}" (allowed: summary, observed, full)`);
        if (flags.session !== undefined && flags.decisionLog === undefined)
            throw (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .CI)('--session needs --decision-log');
        const producer = { version: _src_core_version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x, git: 'unknown' };
        let events;
        if (flags.profile !== undefined) {
            const { text, display } = readInput(flags.profile);
            const sde = process.env.SOURCE_DATE_EPOCH;
            events = (0,_src_core_evidence_export_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .profileToEvents */ .MI)(parseProfile(text, display), {
                ...producer,
                detail: flags.detail,
                file: display,
                ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
                ...(flags.time !== undefined ? { time: flags.time } : {}),
                ...(sde !== undefined && sde !== '' ? { sourceDateEpoch: sde } : {}),
            });
        }
        else {
            if (flags.time !== undefined)
                throw (0,_common_js__WEBPACK_IMPORTED_MODULE_11__/* .usage */ .CI)('--time applies to --profile exports (decision times come from the log)');
            const { text, display } = readInput(flags.decisionLog);
            const log = (0,_src_runtime_mcp_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .readDecisionLog */ .zi)(text);
            if (log.source === undefined || log.events.length === 0) {
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_CFG_PARSE', `${display}: no decision-log events`, { source: 'config', context: { file: display } });
            }
            if (flags.runId !== undefined)
                (0,_src_core_evidence_export_profile_js__WEBPACK_IMPORTED_MODULE_5__/* .checkRunId */ .np)(flags.runId);
            try {
                events = (0,_src_runtime_mcp_evidence_js__WEBPACK_IMPORTED_MODULE_6__/* .decisionEvidenceEvents */ .ry)(log.events, {
                    source: log.source,
                    producerVersion: _src_core_version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x,
                    git: 'unknown',
                    ...(flags.session !== undefined ? { sessionId: flags.session } : {}),
                    ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
                });
            }
            catch (e) {
                if (e instanceof Error && 'reasonCode' in e)
                    throw e;
                throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL('E_CFG_PARSE', `${display}: ${e.message}`, { source: 'config', context: { file: display } });
            }
        }
        const runId = events[0].assayrunid;
        const out = flags.out ?? `assay_evidence_${runId}.tar.gz`;
        try {
            (0,_src_core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_7__/* .writeBundle */ .Mf)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(process.cwd(), out), events);
        }
        catch (e) {
            if (e instanceof _src_core_evidence_verify_error_js__WEBPACK_IMPORTED_MODULE_8__/* .BundleError */ .rJ)
                throw e;
            const code = e.code ?? 'error';
            throw new _src_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${out} (${code})`, { source: 'cli', nextStepValues: { path: out } });
        }
        (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .err */ ._q)(`Exported evidence bundle to ${(0,_paths_js__WEBPACK_IMPORTED_MODULE_10__/* .fileRef */ .M)(out).display}`);
        return 0;
    }
    catch (e) {
        return (0,_output_js__WEBPACK_IMPORTED_MODULE_9__/* .reportError */ .N7)(e);
    }
}


/***/ }),

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
// `assay evidence export --profile` (04 §10): a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.



const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';
const hex = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s, 'utf8').digest('hex');
/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01` (04 §10). */
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
/** Scrubbing for `observed`/`summary` (04 §10): POSIX separators, home directories generalized, secrets cut. */
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
/** The event time of 04 §10, rendered per §6.3. */
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
/** Profile → events (04 §10 mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
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
// The bundle writer (04 §6): same events in → identical archive bytes out. JCS members, fixed tar headers,
// fixed gzip header, pinned pure-JS deflate over the whole tar buffer in one call.











const enc = new TextEncoder();
/** Build the bundle in memory (04 §6.1 steps 1–6 without the file write). Throws BundleError on a refusal. */
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
/** 04 §6.1: build, then write to `path` atomically (no partial bundle on failure). */
function writeBundle(path, input) {
    const b = buildBundle(input);
    writeFileAtomic(path, b.archive);
    return b;
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions (01 §0): every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points (01 §0), from a UTF-16 based line/col pair. */
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

/***/ 8878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ry: () => (/* binding */ decisionEvidenceEvents),
/* harmony export */   vo: () => (/* binding */ writeDecisionEvidence),
/* harmony export */   zi: () => (/* binding */ readDecisionLog)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5758);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3323);
// Evidence export of one wrap session's decisions (05 §1.12): the decision log (or its in-memory copy) →
// bundle events → the one evidence writer. The same log gives the same archive bytes.



const PHASE = 'urn:assay:phase:profile';
function sessionOf(e) {
    const s = e.data.session_id;
    return typeof s === 'string' ? s : undefined;
}
/** Map one session's recorded events to bundle events (seq from 0). Throws when the session has no events. */
function decisionEvidenceEvents(all, o) {
    let sessionId = o.sessionId;
    if (sessionId === undefined) {
        for (let i = all.length - 1; i >= 0 && sessionId === undefined; i--)
            sessionId = sessionOf(all[i]);
    }
    if (sessionId === undefined)
        throw new Error('the decision log holds no session');
    const mine = all.filter((e) => sessionOf(e) === sessionId);
    if (mine.length === 0)
        throw new Error('session not found in the decision log');
    const start = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'start');
    const end = mine.find((e) => e.type === 'assay.mcp.session' && e.data.phase === 'end');
    const body = mine.filter((e) => e.type === 'assay.tool.decision' || e.type === 'assay.session.finding');
    const decisions = body.filter((e) => e.type === 'assay.tool.decision');
    const serverId = String((start ?? end ?? decisions[0])?.data.server_id ?? 'unknown');
    const firstTime = (start ?? mine[0]).time;
    // A crashed session (no end line) ends at its last decision and is marked partial.
    const lastTime = end ? end.time : (body.length > 0 ? body[body.length - 1] : mine[mine.length - 1]).time;
    const counters = (end?.data.counters ?? null);
    const count = (k, fallback) => (counters && typeof counters[k] === 'number' ? counters[k] : fallback);
    const runId = o.runId ?? `mcp_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(sessionId, 'utf8').digest('hex').slice(0, 16)}`;
    const out = [];
    const push = (type, time, subject, data) => {
        const seq = out.length;
        out.push({
            specversion: '1.0',
            type,
            source: o.source,
            id: `${runId}:${seq}`,
            time,
            datacontenttype: 'application/json',
            subject,
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: o.producerVersion ?? _core_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x,
            assaygit: o.git ?? 'unknown',
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', firstTime, PHASE, { profile_name: serverId, profile_version: 'mcp-wrap/1', total_runs_aggregated: 1 });
    for (const e of body)
        push(e.type, e.time, e.subject ?? '', e.data);
    push('assay.profile.finished', lastTime, PHASE, {
        files_count: 0,
        network_count: 0,
        processes_count: 0,
        sandbox_degradation_count: 0,
        integrity_scope: end ? 'mcp-tool-decisions' : 'mcp-tool-decisions-partial',
        tool_calls: count('tool_calls', decisions.length),
        denied: count('denied', decisions.filter((d) => d.data.decision === 'deny').length),
        would_deny: count('would_deny', decisions.filter((d) => d.data.would_deny === true).length),
        refused: count('refused', 0),
    });
    return out;
}
/** Parse a decision log (NDJSON CloudEvents written by wrap) back into recorded events; other lines are skipped. */
function readDecisionLog(text) {
    const events = [];
    let source;
    for (const line of text.split('\n')) {
        if (line.trim() === '')
            continue;
        let v;
        try {
            v = JSON.parse(line);
        }
        catch {
            continue;
        }
        if (v === null || typeof v !== 'object' || Array.isArray(v))
            continue;
        const o = v;
        if (o.type !== 'assay.mcp.session' && o.type !== 'assay.tool.decision' && o.type !== 'assay.session.finding')
            continue;
        if (typeof o.time !== 'string' || o.data === null || typeof o.data !== 'object')
            continue;
        if (typeof o.source === 'string')
            source ??= o.source;
        const ev = { type: o.type, time: o.time, data: o.data };
        if (typeof o.subject === 'string')
            ev.subject = o.subject;
        events.push(ev);
    }
    return { events, source };
}
/** `--evidence-out`: write this session's decisions as a bundle (atomic). */
function writeDecisionEvidence(path, events, o) {
    (0,_core_evidence_writer_js__WEBPACK_IMPORTED_MODULE_1__/* .writeBundle */ .Mf)(path, decisionEvidenceEvents(events, o));
}


/***/ })

};
