export const id = 353;
export const ids = [353];
export const modules = {

/***/ 2353:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  checkBaselineKey: () => (/* binding */ checkBaselineKey),
  registerDiff: () => (/* binding */ registerDiff)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./src/core/evidence/source.ts
var source = __webpack_require__(7260);
// EXTERNAL MODULE: ./src/core/evidence/verify.ts
var verify = __webpack_require__(9540);
// EXTERNAL MODULE: ./src/core/evidence/export-profile.ts
var export_profile = __webpack_require__(4715);
// EXTERNAL MODULE: ./src/core/evidence/time.ts
var time = __webpack_require__(2768);
;// CONCATENATED MODULE: ./src/core/evidence/diff.ts
// `assay evidence diff`: compare the non-empty subjects per category of two verified bundles.




const DIFF_CATEGORIES = ['network', 'filesystem', 'processes'];
/** The category an event type belongs to, if any. */
function categoryOf(type) {
    const has = (seg) => type.includes(`.${seg}.`) || type.endsWith(`.${seg}`);
    if (has('net'))
        return 'network';
    if (has('fs'))
        return 'filesystem';
    if (has('process'))
        return 'processes';
    return undefined;
}
/** Verify a bundle and collect what diff compares. Throws BundleError when it does not verify. */
async function diffSide(bytes, opts = {}) {
    const subjects = { network: new Set(), filesystem: new Set(), processes: new Set() };
    const r = await (0,verify/* verifyBundleBytes */.P)(bytes, {
        ...opts,
        onEvent: (ev) => {
            const c = categoryOf(ev.type);
            if (c !== undefined && typeof ev.subject === 'string' && ev.subject !== '')
                subjects[c].add(ev.subject);
        },
    });
    return { run_id: r.run_id, event_count: r.event_count, run_root: r.run_root, time_range: [r.time_first, r.time_last], subjects };
}
function durationSeconds(range) {
    if (range === null)
        return null;
    const a = (0,time/* parseRfc3339 */.TM)(range[0]);
    const b = (0,time/* parseRfc3339 */.TM)(range[1]);
    return b.seconds - a.seconds + (b.nanos - a.nanos) / 1e9;
}
function diffBundles(baseline, candidate) {
    const meta = (s) => ({ run_id: s.run_id, event_count: s.event_count, run_root: s.run_root, time_range: s.time_range });
    const set = (c) => ({
        added: [...candidate.subjects[c]].filter((x) => !baseline.subjects[c].has(x)).sort(export_profile/* compareUtf8 */.zq),
        removed: [...baseline.subjects[c]].filter((x) => !candidate.subjects[c].has(x)).sort(export_profile/* compareUtf8 */.zq),
    });
    const db = durationSeconds(baseline.time_range);
    const dc = durationSeconds(candidate.time_range);
    return {
        comparison_scope: { basis: 'retained_verified_events', absence_completeness: 'not_established' },
        baseline: meta(baseline),
        candidate: meta(candidate),
        summary: { event_count_delta: candidate.event_count - baseline.event_count, duration_delta: db === null || dc === null ? null : Math.round((dc - db) * 1e9) / 1e9 },
        network: set('network'),
        filesystem: set('filesystem'),
        processes: set('processes'),
    };
}
function hasAdditions(r) {
    return DIFF_CATEGORIES.some((c) => r[c].added.length > 0);
}
const TITLES = { network: 'Network', filesystem: 'Filesystem', processes: 'Processes' };
const SCOPE = 'Comparison scope: retained verified events. Absence and completeness are not established.';
function signed(n) {
    return n >= 0 ? `+${n}` : String(n);
}
/** Human output; `clean` makes archive-controlled subjects display-safe. */
function diffText(r, clean) {
    const out = [
        `Baseline:  ${clean(r.baseline.run_id)} (${r.baseline.event_count} events)`,
        `Candidate: ${clean(r.candidate.run_id)} (${r.candidate.event_count} events)`,
        `Event count delta: ${signed(r.summary.event_count_delta)}`,
        SCOPE,
    ];
    let any = false;
    for (const c of DIFF_CATEGORIES) {
        const { added, removed } = r[c];
        if (added.length === 0 && removed.length === 0)
            continue;
        any = true;
        out.push(`${TITLES[c]}:`);
        for (const a of added)
            out.push(`  + ${clean(a)}`);
        for (const d of removed)
            out.push(`  - ${clean(d)}`);
    }
    if (!any)
        out.push('No differences found.');
    return out.join('\n') + '\n';
}
/** The same content as a Markdown table (PR comment). */
function diffMarkdown(r, clean) {
    const md = (s) => (0,safe_text/* escapeMarkdown */.FV)(clean(s));
    const out = [
        '### Evidence diff',
        '',
        '| | Run | Events |',
        '|---|---|---|',
        `| Baseline | ${md(r.baseline.run_id)} | ${r.baseline.event_count} |`,
        `| Candidate | ${md(r.candidate.run_id)} | ${r.candidate.event_count} |`,
        '',
        `Event count delta: **${signed(r.summary.event_count_delta)}**`,
        '',
        `_${SCOPE}_`,
        '',
    ];
    const rows = [];
    for (const c of DIFF_CATEGORIES) {
        for (const a of r[c].added)
            rows.push(`| ${TITLES[c]} | added | ${md(a)} |`);
        for (const d of r[c].removed)
            rows.push(`| ${TITLES[c]} | removed | ${md(d)} |`);
    }
    if (rows.length === 0)
        out.push('No differences found.');
    else
        out.push('| Category | Change | Subject |', '|---|---|---|', ...rows);
    return out.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/core/evidence/writer.ts
var writer = __webpack_require__(5758);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./cli/evidence/common.ts
var common = __webpack_require__(6556);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(3357);
;// CONCATENATED MODULE: ./cli/evidence/diff.ts













function registerDiff(parent) {
    parent
        .command('diff')
        .description('Compare the network, filesystem and process subjects of two verified bundles')
        .argument('<BUNDLE...>', 'BASELINE CANDIDATE, or CANDIDATE with --baseline-dir/--key')
        .option('-f, --format <format>', 'text | json | markdown (human = text)', 'text')
        .option('--fail-on-added', 'exit 1 when any category has additions')
        .option('--baseline-dir <dir>', 'directory of stored baselines')
        .option('--key <key>', 'baseline key (the file is <dir>/<key>.tar.gz)')
        .option('--write-baseline', 'verify CANDIDATE and store it as the baseline')
        .option('--update-baseline', 'with --write-baseline: replace an existing baseline')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .option('-o, --output <file>', 'write the JSON/Markdown document here instead of stdout')
        .exitOverride()
        .action(async (bundles, flags) => {
        process.exitCode = await runDiff(bundles, flags);
    });
}
/** non-empty; no `/`, `\`, `..`, leading `.`, or control characters. */
function checkBaselineKey(key) {
    if (key === undefined || key === '')
        throw (0,common/* usage */.CI)('--key is required with --baseline-dir (a non-empty name)');
    if (key.includes('/') || key.includes('\\') || key.includes('..') || key.startsWith('.') || /[\u0000-\u001f\u007f-\u009f]/.test(key)) {
        throw (0,common/* usage */.CI)(`invalid --key ${JSON.stringify(key)}: no "/", "\\", "..", leading "." or control characters`);
    }
    return key;
}
async function readSide(given, limits) {
    const display = given === '-' ? '-' : (0,paths/* fileRef */.M)(given).display;
    const bytes = given === '-' ? await (0,source/* readBundleStream */.Bo)(process.stdin, limits.max_bundle_bytes, '-') : (0,source/* readBundleFile */.zi)((0,paths/* fileRef */.M)(given).path, limits.max_bundle_bytes, display);
    return { display, bytes };
}
async function runDiff(bundles, flags) {
    let json = flags.format === 'json';
    try {
        const format = flags.format === 'human' ? 'text' : flags.format;
        if (!['text', 'json', 'markdown'].includes(format))
            throw (0,common/* usage */.CI)(`invalid --format "${flags.format}" (allowed: text, human, json, markdown)`);
        json = format === 'json';
        const limits = (0,common/* loadLimits */.nj)(flags.limits);
        const withDir = flags.baselineDir !== undefined;
        if (flags.updateBaseline && !flags.writeBaseline)
            throw (0,common/* usage */.CI)('--update-baseline needs --write-baseline');
        if (flags.writeBaseline && !withDir)
            throw (0,common/* usage */.CI)('--write-baseline needs --baseline-dir and --key');
        if (withDir ? bundles.length !== 1 : bundles.length !== 2) {
            throw (0,common/* usage */.CI)(withDir ? 'with --baseline-dir give exactly one bundle (the candidate)' : 'give BASELINE and CANDIDATE bundles');
        }
        if (!withDir && flags.key !== undefined)
            throw (0,common/* usage */.CI)('--key needs --baseline-dir');
        let display = bundles[0];
        try {
            if (flags.writeBaseline) {
                const key = checkBaselineKey(flags.key);
                const cand = await readSide(bundles[0], limits);
                display = cand.display;
                await (0,verify/* verifyBundleBytes */.P)(cand.bytes, { limits, bundleLabel: cand.display });
                const target = (0,external_node_path_.join)(flags.baselineDir, `${key}.tar.gz`);
                if ((0,external_node_fs_.existsSync)(target) && !flags.updateBaseline)
                    throw (0,common/* usage */.CI)(`baseline ${(0,paths/* fileRef */.M)(target).display} exists; pass --update-baseline to replace it`);
                try {
                    (0,make_dirs/* makeDirs */.X)(flags.baselineDir);
                    (0,writer/* writeFileAtomic */.Zf)(target, cand.bytes);
                }
                catch (e) {
                    throw new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${(0,paths/* fileRef */.M)(target).display} (${e.code ?? 'error'})`, { source: 'cli', nextStepValues: { path: target } });
                }
                (0,output/* err */._q)(`Baseline written: ${(0,paths/* fileRef */.M)(target).display}`);
                return 0;
            }
            let basePath;
            let candPath;
            if (withDir) {
                basePath = (0,external_node_path_.join)(flags.baselineDir, `${checkBaselineKey(flags.key)}.tar.gz`);
                candPath = bundles[0];
            }
            else {
                basePath = bundles[0];
                candPath = bundles[1];
            }
            const sides = [];
            for (const p of [basePath, candPath]) {
                const s = await readSide(p, limits);
                display = s.display;
                sides.push(await diffSide(s.bytes, { limits, bundleLabel: s.display }));
            }
            const report = diffBundles(sides[0], sides[1]);
            const exit = flags.failOnAdded && hasAdditions(report) ? 1 : 0;
            const clean = (s) => (0,safe_text/* stripControls */.$Y)(s);
            if (format === 'json')
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)(report), flags.output);
            else if (format === 'markdown')
                (0,output/* emitArtefact */.g9)(diffMarkdown(report, clean), flags.output);
            else
                (0,output/* err */._q)(diffText(report, clean).trimEnd());
            return exit;
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            (0,common/* printVerifyFailure */.XJ)(e, display);
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, bundle: display, ...(0,common/* verifyFailureJson */.yG)(e), diagnostics: [] }), flags.output);
            return 2;
        }
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
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


/***/ })

};
