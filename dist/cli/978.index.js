export const id = 978;
export const ids = [978];
export const modules = {

/***/ 8597:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  registerExport: () => (/* binding */ registerExport)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var core_errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/evidence/strict-json.ts
var strict_json = __webpack_require__(9395);
// EXTERNAL MODULE: ./src/core/evidence/export-profile.ts
var export_profile = __webpack_require__(4715);
// EXTERNAL MODULE: ./src/runtime/mcp/evidence.ts
var evidence = __webpack_require__(8878);
// EXTERNAL MODULE: ./src/core/evidence/writer.ts
var writer = __webpack_require__(5758);
// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/evidence/common.ts
var common = __webpack_require__(6556);
// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/record/index.ts + 5 modules
var record = __webpack_require__(4728);
// EXTERNAL MODULE: ./src/core/profile/model.ts
var model = __webpack_require__(7192);
;// CONCATENATED MODULE: ./cli/evidence/observations.ts
// `assay evidence export --observations FILE`: the events `assay record --events-out` keeps, as the
// one-run profile the profile export maps to bundle events (docs/record.md). The run id is derived from
// the file's bytes, so the same file always gives the same bundle.




function observationsProfile(text, display) {
    const parsed = (0,record/* parseObservations */.hT)(text, display);
    if (parsed.observations.length === 0) {
        const m = `${display}: no assay.observation.v1 event (file_open, net_connect, proc_exec)`;
        throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', m, { source: 'config', context: { file: display }, diagnostics: [...parsed.warnings, { code: 'E_CFG_PARSE', severity: 'error', message: m, file: display, source: 'config' }] });
    }
    const runId = `obs_${(0,external_node_crypto_.createHash)('sha256').update(text, 'utf8').digest('hex').slice(0, 16)}`;
    const agg = (0,record/* aggregate */.QD)(parsed.observations);
    // Without timestamps in the events, the export needs --time or SOURCE_DATE_EPOCH (as for profiles).
    const p = (0,record/* profileFromAggregate */.DT)(agg, { name: 'recorded run', runId, fallbackTime: '' });
    const doc = (0,model/* profileDocument */.PO)(p);
    if (p.created_at === '') {
        delete doc.created_at;
        delete doc.updated_at;
    }
    return doc;
}

;// CONCATENATED MODULE: ./cli/evidence/export.ts








// One mapping for `mcp wrap --evidence-out` and this command, so the same log gives the same archive bytes.








const MAX_INPUT = 256 << 20;
function registerExport(parent) {
    parent
        .command('export')
        .description('Write an evidence bundle from a recorded profile or a proxy decision log')
        .option('--profile <file>', 'profile (JSON when .json, else YAML) written by assay record --profile-out')
        .option('--decision-log <file>', 'decision log written by assay mcp wrap --decision-log')
        .option('--observations <file>', 'observation events written by assay record --events-out (docs/record.md)')
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
    const ref = (0,paths/* fileRef */.M)(given);
    if (!(0,external_node_fs_.existsSync)(ref.path)) {
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${ref.display}: file not found`, { source: 'config', context: { file: ref.display } });
    }
    try {
        if ((0,external_node_fs_.statSync)(ref.path).size > MAX_INPUT)
            throw (0,common/* usage */.CI)(`${ref.display}: larger than ${MAX_INPUT} bytes`);
        return { text: (0,read_text/* readTextStrict */.hr)(ref.path, ref.display, 'E_CFG_PARSE'), display: ref.display };
    }
    catch (e) {
        if (e instanceof Error && 'reasonCode' in e)
            throw e;
        throw new core_errors/* ConfigError */.xL('E_MISSING_CONFIG', `${ref.display}: cannot read (${e.code ?? 'error'})`, { source: 'config', context: { file: ref.display } });
    }
}
function parseProfile(text, display) {
    if (display.toLowerCase().endsWith('.json')) {
        try {
            return (0,strict_json/* strictParse */.l1)(text.replace(/^\uFEFF/, ''), { maxDepth: 64 }).value;
        }
        catch (e) {
            const m = `${display}: invalid JSON${e instanceof strict_json/* StrictJsonError */.U7 ? ` (${e.message})` : ''}`;
            throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', m, { source: 'config', context: { file: display } });
        }
    }
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (!source || errors.length > 0) {
        const first = errors[0];
        throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', first?.message ?? `${display}: invalid YAML`, {
            source: 'config',
            context: { file: display, line: first?.line, col: first?.col },
            diagnostics: errors,
        });
    }
    return source.value;
}
function runExport(flags) {
    try {
        if ([flags.profile, flags.decisionLog, flags.observations].filter((x) => x !== undefined).length !== 1) {
            throw (0,common/* usage */.CI)('give exactly one of --profile FILE, --decision-log FILE or --observations FILE');
        }
        if (!['summary', 'observed', 'full'].includes(flags.detail))
            throw (0,common/* usage */.CI)(`invalid --detail "${flags.detail}" (allowed: summary, observed, full)`);
        if (flags.session !== undefined && flags.decisionLog === undefined)
            throw (0,common/* usage */.CI)('--session needs --decision-log');
        const producer = { version: version/* VERSION */.x, git: 'unknown' };
        let events;
        if (flags.profile !== undefined || flags.observations !== undefined) {
            const { text, display } = readInput((flags.profile ?? flags.observations));
            const sde = process.env.SOURCE_DATE_EPOCH;
            const doc = flags.profile !== undefined ? parseProfile(text, display) : observationsProfile(text, display);
            events = (0,export_profile/* profileToEvents */.MI)(doc, {
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
                throw (0,common/* usage */.CI)('--time applies to --profile exports (decision times come from the log)');
            const { text, display } = readInput(flags.decisionLog);
            const log = (0,evidence/* readDecisionLog */.zi)(text);
            if (log.source === undefined || log.events.length === 0) {
                throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: no decision-log events`, { source: 'config', context: { file: display } });
            }
            if (flags.runId !== undefined)
                (0,export_profile/* checkRunId */.np)(flags.runId);
            try {
                events = (0,evidence/* decisionEvidenceEvents */.ry)(log.events, {
                    source: log.source,
                    producerVersion: version/* VERSION */.x,
                    git: 'unknown',
                    ...(flags.session !== undefined ? { sessionId: flags.session } : {}),
                    ...(flags.runId !== undefined ? { runId: flags.runId } : {}),
                });
            }
            catch (e) {
                if (e instanceof Error && 'reasonCode' in e)
                    throw e;
                throw new core_errors/* ConfigError */.xL('E_CFG_PARSE', `${display}: ${e.message}`, { source: 'config', context: { file: display } });
            }
        }
        const runId = events[0].assayrunid;
        const out = flags.out ?? `assay_evidence_${runId}.tar.gz`;
        try {
            (0,writer/* writeBundle */.Mf)((0,external_node_path_.resolve)(process.cwd(), out), events);
        }
        catch (e) {
            if (e instanceof verify_error/* BundleError */.rJ)
                throw e;
            const code = e.code ?? 'error';
            throw new core_errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${out} (${code})`, { source: 'cli', nextStepValues: { path: out } });
        }
        (0,output/* err */._q)(`Exported evidence bundle to ${(0,paths/* fileRef */.M)(out).display}`);
        return 0;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e);
    }
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
// Evidence export of one wrap session's decisions: the decision log (or its in-memory copy) →
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
