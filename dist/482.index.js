export const id = 482;
export const ids = [482];
export const modules = {

/***/ 90915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BF: () => (/* binding */ SARIF_POLL_INTERVAL_MS),
/* harmony export */   Cw: () => (/* binding */ ARTIFACT_PREFIX),
/* harmony export */   E6: () => (/* binding */ FINDINGS_BASELINE_FILE),
/* harmony export */   Fm: () => (/* binding */ InputDefault),
/* harmony export */   JL: () => (/* binding */ REPORT_FILES),
/* harmony export */   Jd: () => (/* binding */ AUTO_BUNDLE_GLOBS),
/* harmony export */   KB: () => (/* binding */ RETRY_MULTIPLIERS),
/* harmony export */   KX: () => (/* binding */ COMMENT_BUDGET_UNITS),
/* harmony export */   M3: () => (/* binding */ LINT_DIR),
/* harmony export */   OQ: () => (/* binding */ RETRY_BASE_MS),
/* harmony export */   P3: () => (/* binding */ SARIF_FILE),
/* harmony export */   QO: () => (/* binding */ COMMENT_MARKER_PREFIX),
/* harmony export */   RE: () => (/* binding */ ANNOTATION_MESSAGE_MAX),
/* harmony export */   To: () => (/* binding */ MAX_RETRY_AFTER_S),
/* harmony export */   Ui: () => (/* binding */ SUMMARY_MAX_BAD_LINES),
/* harmony export */   WJ: () => (/* binding */ SARIF_MAX_QUOTED_ERRORS),
/* harmony export */   XV: () => (/* binding */ MAX_CACHE_KEY_LENGTH),
/* harmony export */   Xb: () => (/* binding */ SUMMARY_BUDGET_BYTES),
/* harmony export */   Y0: () => (/* binding */ MAX_PAGES),
/* harmony export */   YJ: () => (/* binding */ ARTIFACT_RETENTION_DAYS),
/* harmony export */   ZD: () => (/* binding */ COMMENTS_PER_PAGE),
/* harmony export */   Zp: () => (/* binding */ COMMENT_MARKER_SUFFIX),
/* harmony export */   _O: () => (/* binding */ USER_AGENT),
/* harmony export */   a9: () => (/* binding */ HTTP_TIMEOUT_MS),
/* harmony export */   aP: () => (/* binding */ CACHE_KEY_PREFIX),
/* harmony export */   ax: () => (/* binding */ EVAL_BASELINE_FILE),
/* harmony export */   c8: () => (/* binding */ RETIRED_INPUTS),
/* harmony export */   eA: () => (/* binding */ ANNOTATIONS_PER_LEVEL),
/* harmony export */   fI: () => (/* binding */ MAX_BUNDLES),
/* harmony export */   "in": () => (/* binding */ OPERATIONAL_MERGE_ABOVE),
/* harmony export */   jy: () => (/* binding */ SARIF_POLL_TIMEOUT_MS),
/* harmony export */   k7: () => (/* binding */ Output),
/* harmony export */   o9: () => (/* binding */ Env),
/* harmony export */   p$: () => (/* binding */ LEGACY_COMMENT_MARKER),
/* harmony export */   pd: () => (/* binding */ Input)
/* harmony export */ });
// Names and limits of the action in one place: inputs, outputs, environment
// variables, GitHub limits and the timing of the REST calls. Nothing else in src/action spells these.
/** Input names, exactly as declared in action.yml. */
const Input = {
    Config: 'config',
    TraceFile: 'trace_file',
    Policy: 'policy',
    Strict: 'strict',
    Lenient: 'lenient',
    Bundles: 'bundles',
    Pack: 'pack',
    FailOn: 'fail_on',
    GateNewOnly: 'gate_new_only',
    Sarif: 'sarif',
    Category: 'category',
    Matrix: 'matrix',
    Junit: 'junit',
    ReportsDir: 'reports_dir',
    CommentDiff: 'comment_diff',
    BaselineKey: 'baseline_key',
    BaselineDir: 'baseline_dir',
    WriteBaseline: 'write_baseline',
    UploadArtifacts: 'upload_artifacts',
    Token: 'token',
    DeadlineSeconds: 'deadline_seconds',
};
/** Output names; every one is set on every path. */
const Output = {
    Verified: 'verified',
    FindingsError: 'findings_error',
    FindingsWarn: 'findings_warn',
    SarifPath: 'sarif_path',
    SarifUploaded: 'sarif_uploaded',
    DiffSummary: 'diff_summary',
    DiffNewFindings: 'diff_new_findings',
    ReportsDir: 'reports_dir',
    ExitCode: 'exit_code',
    ReasonCode: 'reason_code',
};
/** Defaults of action.yml, used when an input is empty (the runner fills them; local runs may not). */
const InputDefault = {
    failOn: 'error',
    reportsDir: '.assay/reports',
    baselineDir: '.assay/baseline',
    baselineKey: 'default',
    pack: 'cicd-starter',
    /** Overall step budget (docs/action-limits.md): far below GitHub's 6 h job limit. */
    deadlineSeconds: 600,
};
/** Reference-action inputs we do not carry: level and replacement hint. */
const RETIRED_INPUTS = [
    { names: ['version'], level: 'notice', hint: 'is ignored: the action runs in-process, nothing is downloaded' },
    {
        names: ['store', 'store_provider', 'store_role', 'store_region', 'azure_account', 'azure_container', 'azure_client_id', 'azure_tenant_id', 'azure_subscription_id'],
        level: 'warning',
        hint: 'is not supported: the action talks to no network beyond GitHub; upload the reports artifact from a separate step instead',
    },
    { names: ['attest', 'attest-key'], level: 'warning', hint: 'is not supported in the action: run `assay evidence attest` in a separate step' },
    { names: ['badge_gist', 'badge_token'], level: 'warning', hint: 'is not supported: use the `exit_code` and `diff_summary` outputs instead' },
    { names: ['sandbox-command'], level: 'warning', hint: 'is not supported in the action: sandboxing is a CLI/runtime feature (`assay sandbox`)' },
];
/** Environment variables the action reads besides INPUT_* and the runner's GITHUB_* set. */
const Env = {
    PollMs: 'ASSAY_SARIF_POLL_MS',
    PollTimeoutMs: 'ASSAY_SARIF_POLL_TIMEOUT_MS',
    /** Base delay of REST retries (tests shorten it); default RETRY_BASE_MS. */
    RetryBaseMs: 'ASSAY_HTTP_RETRY_MS',
    /** Timeout of one REST request in ms (tests shorten it); default HTTP_TIMEOUT_MS. */
    HttpTimeoutMs: 'ASSAY_HTTP_TIMEOUT_MS',
    /** Overall step deadline in ms; overrides the `deadline_seconds` input (tests use it). */
    DeadlineMs: 'ASSAY_ACTION_DEADLINE_MS',
    /** Duplicate-category guard prefix; the suffix is sha256(category)[0:12]. */
    CategoryGuardPrefix: 'ASSAY_SARIF_CATEGORY_',
    RuntimeToken: 'ACTIONS_RUNTIME_TOKEN',
    SourceDateEpoch: 'SOURCE_DATE_EPOCH',
};
// ---- SARIF upload --------------------------------------------------------------------------
const SARIF_FILE = 'assay.sarif';
/** Poll the processing status every 5 s … */
const SARIF_POLL_INTERVAL_MS = 5_000;
/** … for at most 2 minutes; still pending then = accepted, processing continues. */
const SARIF_POLL_TIMEOUT_MS = 120_000;
/** Errors quoted from a failed processing status. */
const SARIF_MAX_QUOTED_ERRORS = 5;
// ---- REST retries (429 / 5xx / network) -----------------------------------------------------
/** Retry delays are base × 1, 2, 4 (three retries after the first attempt). */
const RETRY_BASE_MS = 1_000;
const RETRY_MULTIPLIERS = [1, 2, 4];
/** A Retry-After above this is capped. */
const MAX_RETRY_AFTER_S = 60;
/** One REST request (connect to last byte) may take this long before it counts as a network failure. */
const HTTP_TIMEOUT_MS = 30_000;
/** Pages followed through `Link: rel="next"` at most (100 per page: 10,000 comments). */
const MAX_PAGES = 100;
// ---- PR comment ----------------------------------------------------------------------------
const COMMENT_MARKER_PREFIX = '<!-- assay-report:';
const COMMENT_MARKER_SUFFIX = ' -->';
/** The reference action's marker: a bot comment carrying it is adopted. */
const LEGACY_COMMENT_MARKER = '<!-- assay-report -->';
/** GitHub allows 65,536 characters; keep a margin (UTF-16 code units). */
const COMMENT_BUDGET_UNITS = 65_000;
const COMMENTS_PER_PAGE = 100;
// ---- Job summary and annotations ------------------------------------------------------
/** GitHub: 1 MiB per step; budget in UTF-8 bytes. */
const SUMMARY_BUDGET_BYTES = 1_000_000;
/** GitHub keeps 10 annotations per level per step. */
const ANNOTATIONS_PER_LEVEL = 10;
/** More operational messages than this at one level are merged into one annotation. */
const OPERATIONAL_MERGE_ABOVE = 3;
const ANNOTATION_MESSAGE_MAX = 256;
/** Malformed trace lines listed in the summary (the rest are counted). */
const SUMMARY_MAX_BAD_LINES = 20;
// ---- Discovery -----------------------------------------------------------------------------
const MAX_BUNDLES = 100;
const AUTO_BUNDLE_GLOBS = ['.assay/evidence/**/*.tar.gz', 'evidence/**/*.tar.gz'];
// ---- Baseline -------------------------------------------------------------------------
const FINDINGS_BASELINE_FILE = 'findings-baseline.json';
const EVAL_BASELINE_FILE = 'eval-baseline.json';
const CACHE_KEY_PREFIX = 'assay-baseline-v1-';
const MAX_CACHE_KEY_LENGTH = 512;
// ---- Artifact -------------------------------------------------------------------------------
const ARTIFACT_PREFIX = 'assay-reports-';
const ARTIFACT_RETENTION_DAYS = 30;
/** Report files the action owns inside reports_dir (stale copies are removed before a run writes). */
const REPORT_FILES = ['run.json', 'summary.json', SARIF_FILE, 'junit.xml', 'diff.json', FINDINGS_BASELINE_FILE, EVAL_BASELINE_FILE, 'summary.md', 'comment.md'];
const LINT_DIR = 'lint';
const USER_AGENT = 'assay-action';


/***/ }),

/***/ 61464:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   dM: () => (/* binding */ coreEvidenceBackend),
/* harmony export */   fk: () => (/* binding */ runEvidence),
/* harmony export */   tY: () => (/* binding */ extrasKey)
/* harmony export */ });
/* unused harmony exports lintSlug, verifyFailureFinding */
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(40997);
/* harmony import */ var _core_report_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(46825);
/* harmony import */ var _core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61103);
/* harmony import */ var _core_util_paths_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(13480);
/* harmony import */ var _core_version_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(83323);
// Evidence bundles in the action: every bundle is verified in full, the verified ones
// are linted with the built-in rules plus `pack`, and both become findings of the SARIF `evidence` run.
// All evidence use of the action goes through this module and the core evidence API
// (src/core/evidence/index.ts: loadPacks, lintBundleFile, lintFindingDraft/lintSarifExtras, lintJson);
// the backend interface lets unit tests replace it.






/**
 * The core evidence API as the action's backend (packs resolved against the workspace, never the network).
 * Imported on first use: runs without bundles never load the evidence engine.
 */
function coreEvidenceBackend(workspace) {
    let packs = [];
    let lookup;
    const api = () => Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(925), __webpack_require__.e(223)]).then(__webpack_require__.bind(__webpack_require__, 47223));
    return {
        ruleInfo: () => lookup,
        async loadPacks(refs) {
            const { loadPacks } = await api();
            const r = loadPacks(refs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.path)), { cwd: workspace, display: (abs) => (0,_core_util_paths_js__WEBPACK_IMPORTED_MODULE_4__/* .displayPath */ .Gt)(abs, workspace) });
            packs = r.packs;
            return { warnings: r.warnings };
        },
        async check(bundle, lint) {
            const { lintBundleFile, lintJson, lintRuleMetaLookup, verifyBundleFile } = await api();
            if (!lint) {
                const v = await verifyBundleFile(bundle.path, { label: bundle.display });
                return v.ok ? { ok: true, findings: [], reportJson: '' } : { ok: false, reasonCode: v.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: v.message };
            }
            const r = await lintBundleFile(bundle.path, { packs, label: bundle.display, maxResults: null });
            lookup ??= lintRuleMetaLookup(packs);
            if (!r.ok || !r.report)
                return { ok: false, reasonCode: r.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: r.message };
            return { ok: true, findings: r.findings, reportJson: JSON.stringify(lintJson(r.report, _core_version_js__WEBPACK_IMPORTED_MODULE_5__/* .VERSION */ .x), null, 2) + '\n' };
        },
    };
}
function extrasKey(f) {
    return `${f.fingerprint}\u0000${f.rule_id}\u0000${f.location.uri}`;
}
/** `lint/<slug>.json`: the repo-relative bundle path with unsafe characters replaced, no leading dot (hidden files). */
function lintSlug(display) {
    return display.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '') || 'bundle';
}
/** A verify failure: an error result whose rule id is the E_EVIDENCE_* reason, at the bundle path. */
function verifyFailureFinding(bundle, reasonCode, message) {
    return {
        fingerprint: `sha256:${(0,_core_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .fingerprintV1 */ .mh)(reasonCode, bundle.display, reasonCode, 0)}`,
        rule_id: reasonCode,
        level: 'error',
        source: 'config',
        message: (0,_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(message),
        location: { uri: bundle.display, line: 1, col: 1 },
    };
}
/** Finalize one bundle's drafts (fingerprints by core) and pair each finding with its SARIF extras. */
function finalizeWithExtras(items, extras) {
    const fps = (0,_core_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .draftFingerprints */ .Bm)(items.map((i) => i.draft));
    items.forEach(({ draft, sarif }, i) => {
        extras.set(extrasKey({ fingerprint: fps[i], rule_id: draft.rule_id, location: draft.location }), sarif);
    });
    return (0,_core_report_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finalizeFindings */ .jj)(items.map((i) => i.draft));
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
async function runEvidence(bundles, packs, backend) {
    const out = {
        bundles: [],
        findings: [],
        lintFindings: [],
        extras: new Map(),
        counts: { bundles: bundles.length, verified: 0, failed: 0 },
        verdicts: [],
        junitSuites: [],
        lintReports: [],
        warnings: [],
    };
    if (bundles.length === 0)
        return out;
    let packVerdict;
    try {
        out.warnings.push(...(await backend.loadPacks(packs)).warnings);
    }
    catch (e) {
        const code = e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV ? e.reasonCode : 'E_CFG_PARSE';
        packVerdict = {
            source: 'lint',
            exitCode: 2,
            reasonCode: code,
            message: (0,_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(e.message),
            nextStep: e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV ? e.nextStep : (0,_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .fillNextStep */ .lT)(code),
        };
    }
    let verifyVerdict;
    const slugs = new Set();
    const uniqueSlug = (display) => {
        const base = lintSlug(display);
        let name = base;
        for (let i = 2; slugs.has(name); i++)
            name = `${base}-${i}`;
        slugs.add(name);
        return name;
    };
    for (const b of bundles) {
        let r;
        try {
            // After a pack error, bundles are still verified (and reported), just not linted.
            r = await backend.check(b, packVerdict === undefined);
        }
        catch (e) {
            // A pack that loaded but cannot run is a pack error; anything else about this bundle is unreadable.
            if (e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV && e.reasonCode === 'E_CFG_PARSE') {
                packVerdict ??= { source: 'lint', exitCode: 2, reasonCode: 'E_CFG_PARSE', message: (0,_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(e.message), nextStep: e.nextStep };
                continue;
            }
            r = { ok: false, reasonCode: e instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .AssayError */ .WV ? e.reasonCode : 'E_EVIDENCE_UNREADABLE', message: e.message };
        }
        if (!r.ok) {
            out.counts.failed++;
            const f = verifyFailureFinding(b, r.reasonCode, r.message);
            out.findings.push(f);
            out.bundles.push({ bundle: b, status: 'failed', reasonCode: r.reasonCode, message: r.message, lintFindings: 0 });
            out.junitSuites.push({ name: `evidence:${b.display}`, cases: [{ name: 'verify', findings: [f], exercised: true }] });
            verifyVerdict ??= {
                source: 'verify',
                exitCode: 2,
                reasonCode: r.reasonCode,
                message: `${b.display}: ${(0,_core_render_safe_text_js__WEBPACK_IMPORTED_MODULE_3__/* .safeText */ .Hk)(r.message)}`,
                nextStep: (0,_core_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_1__/* .fillNextStep */ .lT)(r.reasonCode, { bundle: b.display }),
            };
            continue;
        }
        out.counts.verified++;
        const findings = finalizeWithExtras(r.findings, out.extras);
        out.findings.push(...findings);
        out.lintFindings.push(...findings);
        out.bundles.push({ bundle: b, status: 'verified', lintFindings: findings.length });
        if (r.reportJson !== '')
            out.lintReports.push({ file: `${uniqueSlug(b.display)}.json`, json: r.reportJson });
        const byRule = new Map();
        for (const f of findings)
            byRule.set(f.rule_id, [...(byRule.get(f.rule_id) ?? []), f]);
        out.junitSuites.push({
            name: `evidence:${b.display}`,
            cases: [{ name: 'verify', findings: [], exercised: true }, ...[...byRule.keys()].sort(cmp).map((rule) => ({ name: rule, findings: byRule.get(rule), exercised: true }))],
        });
    }
    if (verifyVerdict)
        out.verdicts.push(verifyVerdict);
    if (packVerdict)
        out.verdicts.push(packVerdict);
    const ruleInfo = backend.ruleInfo?.();
    if (ruleInfo)
        out.ruleInfo = ruleInfo;
    return out;
}


/***/ }),

/***/ 95482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  writeActionInterrupted: () => (/* binding */ writeActionInterrupted),
  Dh: () => (/* binding */ writeActionReports)
});

// UNUSED EXPORTS: ACTION_OWNED, actionSetId

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/core/report/findings-baseline.ts
var findings_baseline = __webpack_require__(40052);
// EXTERNAL MODULE: ./src/core/report/junit.ts
var junit = __webpack_require__(46490);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(40997);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(74296);
// EXTERNAL MODULE: ./src/core/util/make-dirs.ts
var make_dirs = __webpack_require__(33357);
;// CONCATENATED MODULE: ./src/core/report/report-set.ts
// One writer for a run's reports (CLI and action): every file of a run is written into a temporary folder
// beside the target and renamed into place at the end, so a reports folder never mixes two runs and never
// keeps the passing reports of an older run next to a failed or interrupted one. summary.json carries the
// set's id, its status and the list of files it holds; that list is how the next run knows which older
// files are ours to remove (user files in the folder are never touched). See docs/reports.md.





const SUMMARY_FILE = 'summary.json';
/** Marks temporary folders and files of an unfinished set (`.<name>.assay-tmp-XXXXXX`). */
const TEMP_MARK = '.assay-tmp-';
/**
 * The set's id: in reproducible mode a digest of what the run was given (same inputs → same bytes),
 * otherwise of caller-supplied random bytes (core draws no randomness itself).
 */
function reportSetId(material) {
    return (0,external_node_crypto_.createHash)('sha256').update(material).digest('hex').slice(0, 16);
}
function ioError(what, path, e) {
    const msg = e instanceof Error ? e.message : String(e);
    return new errors/* InfraError */.Ri('E_IO_ERROR', `cannot write ${what}: ${msg}`, { source: 'unknown', context: { file: path }, nextStepValues: { path } });
}
/** A relative name that stays inside its folder: no `..`, no absolute path, no empty segment. */
function safeName(name) {
    if (name === '' || (0,external_node_path_.isAbsolute)(name) || name.includes('\\') || name.includes('\0'))
        return false;
    return name.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
}
function toPosix(p) {
    return external_node_path_.sep === '/' ? p : p.split(external_node_path_.sep).join('/');
}
function listFiles(dir, prefix = '') {
    const out = [];
    for (const d of (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true })) {
        const rel = prefix ? `${prefix}/${d.name}` : d.name;
        if (d.isDirectory())
            out.push(...listFiles((0,external_node_path_.join)(dir, d.name), rel));
        else
            out.push(rel);
    }
    return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
/** Files listed by the summary.json already in `dir` (empty when absent, unreadable or not ours). */
function readManifest(dir) {
    let doc;
    try {
        doc = JSON.parse((0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, SUMMARY_FILE), 'utf8'));
    }
    catch {
        return [];
    }
    const files = doc?.report_set?.files;
    if (!Array.isArray(files))
        return [];
    return files.filter((f) => typeof f === 'string' && safeName(f));
}
/**
 * summary.json text with `status` and `report_set` added before `schema` (which stays last). The summary
 * is small (counts only), so re-serialising it is cheap and keeps the builder's key order.
 */
function stampSummary(summaryText, stamp) {
    const doc = JSON.parse(summaryText);
    const out = {};
    for (const [k, v] of Object.entries(doc))
        if (k !== 'schema' && k !== 'status' && k !== 'report_set')
            out[k] = v;
    out.status = stamp.status;
    out.report_set = { id: stamp.id, files: [...stamp.files] };
    if ('schema' in doc)
        out.schema = doc.schema;
    return JSON.stringify(out, null, 2) + '\n';
}
function removeFile(path, removed) {
    try {
        if ((0,external_node_fs_.lstatSync)(path).isDirectory())
            return;
    }
    catch {
        return;
    }
    (0,external_node_fs_.rmSync)(path, { force: true });
    removed.push(path);
}
/** Remove now-empty folders between `path`'s parent and `root` (exclusive). */
function pruneEmptyDirs(path, root) {
    for (let d = (0,external_node_path_.dirname)(path); d !== root && d.startsWith(root + external_node_path_.sep); d = (0,external_node_path_.dirname)(d)) {
        try {
            (0,external_node_fs_.rmdirSync)(d);
        }
        catch {
            return;
        }
    }
}
/** Remove older Assay files from `dir` that `keep` does not hold (manifest ∪ owned names; never a folder). */
function removeStale(dir, manifest, keep, owned) {
    const removed = [];
    for (const d of owned) {
        if (!d.endsWith('/') || !safeName(d.slice(0, -1)))
            continue;
        const p = (0,external_node_path_.join)(dir, d.slice(0, -1));
        if ((0,external_node_fs_.lstatSync)(p, { throwIfNoEntry: false }) === undefined)
            continue;
        (0,external_node_fs_.rmSync)(p, { recursive: true, force: true });
        removed.push(p);
    }
    const candidates = new Set([...manifest, ...owned.filter(safeName)]);
    for (const name of candidates) {
        if (keep.has(name))
            continue;
        const p = (0,external_node_path_.join)(dir, name);
        removeFile(p, removed);
        if (name.includes('/'))
            pruneEmptyDirs(p, dir);
    }
    return removed;
}
class ReportSet {
    id;
    /** The reports folder (absolute). */
    dir;
    /** The temporary folder beside it that holds the set until commit. */
    tempDir;
    owned;
    /** Absolute target outside `dir` → its temporary file beside it. */
    external = new Map();
    state = 'open';
    failure;
    constructor(dir, o) {
        this.dir = (0,external_node_path_.resolve)(dir);
        this.id = o.id;
        this.owned = o.ownedNames ?? [];
        try {
            const st = (0,external_node_fs_.statSync)(this.dir, { throwIfNoEntry: false });
            if (st && !st.isDirectory())
                throw Object.assign(new Error(`ENOTDIR: not a directory: ${this.dir}`), { code: 'ENOTDIR' });
            (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(this.dir));
            let temp;
            try {
                temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(this.dir), `.${(0,external_node_path_.basename)(this.dir)}${TEMP_MARK}`));
            }
            catch (beside) {
                // A writable folder in a read-only parent (`--out-dir .` at a read-only root): stage inside it.
                try {
                    (0,make_dirs/* makeDirs */.X)(this.dir);
                    temp = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.dir, TEMP_MARK));
                }
                catch {
                    throw beside;
                }
            }
            this.tempDir = temp;
        }
        catch (e) {
            throw ioError('the reports directory', this.dir, e);
        }
    }
    /** The first required report that could not be written (set by fail()). */
    get failed() {
        return this.failure;
    }
    /**
     * Where to write a report: a name relative to the reports folder, or an absolute path (inside the
     * folder it is treated as a name; outside, e.g. `--junit other/j.xml`, it gets a temporary file beside
     * it). Parent folders are created.
     */
    path(nameOrPath) {
        if (this.state !== 'open')
            throw new Error(`report set ${this.id} is ${this.state}`);
        const rel = this.relName(nameOrPath);
        let p;
        if (rel !== undefined)
            p = (0,external_node_path_.join)(this.tempDir, rel);
        else {
            const abs = (0,external_node_path_.resolve)(nameOrPath);
            p = this.external.get(abs) ?? (0,external_node_path_.join)((0,external_node_path_.dirname)(abs), `.${(0,external_node_path_.basename)(abs)}${TEMP_MARK}${(0,external_node_path_.basename)(this.tempDir).slice(-6)}`);
            this.external.set(abs, p);
        }
        (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(p));
        return p;
    }
    /** Write one report; on failure the partial file is removed and an E_IO_ERROR is thrown. */
    write(nameOrPath, text) {
        let p;
        try {
            p = this.path(nameOrPath);
            (0,external_node_fs_.writeFileSync)(p, text);
            return p;
        }
        catch (e) {
            if (p !== undefined)
                (0,external_node_fs_.rmSync)(p, { force: true });
            throw e instanceof errors/* InfraError */.Ri ? e : ioError(nameOrPath, nameOrPath, e);
        }
    }
    /** Drop a report from the set (a streamed writer that failed half-way calls this). */
    discard(nameOrPath) {
        const rel = this.relName(nameOrPath);
        if (rel !== undefined)
            (0,external_node_fs_.rmSync)((0,external_node_path_.join)(this.tempDir, rel), { force: true });
        else {
            const abs = (0,external_node_path_.resolve)(nameOrPath);
            const t = this.external.get(abs);
            if (t !== undefined)
                (0,external_node_fs_.rmSync)(t, { force: true });
            this.external.delete(abs);
        }
    }
    /** Record that a required report could not be written; the caller rewrites the rest with exit 3. */
    fail(e, nameOrPath) {
        const err = e instanceof errors/* InfraError */.Ri ? e : ioError(nameOrPath, nameOrPath, e);
        this.failure ??= err;
        this.discard(nameOrPath);
        return err;
    }
    /** Files the set holds so far, relative to the folder (sorted). */
    files() {
        return listFiles(this.tempDir);
    }
    /** The stamp summary.json carries: this set's id, its status and its files (summary.json included). */
    stamp(status = 'complete') {
        const files = new Set(this.files());
        files.add(SUMMARY_FILE);
        return { id: this.id, status, files: [...files].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)) };
    }
    /**
     * Put the set in place. An empty or missing folder is replaced by one rename; otherwise the old
     * summary.json goes first (no verdict is left that the files beside it contradict), then each file
     * is renamed in, older Assay files the set does not hold are removed, and the new summary.json comes last.
     */
    commit() {
        if (this.state !== 'open')
            throw new Error(`report set ${this.id} is ${this.state}`);
        const files = this.files();
        const result = { committed: [], removed: [] };
        try {
            for (const [abs, tmp] of this.external) {
                try {
                    (0,external_node_fs_.statSync)(tmp);
                }
                catch {
                    continue;
                }
                (0,external_node_fs_.renameSync)(tmp, abs);
                result.committed.push(abs);
            }
            if (this.isEmptyOrMissing()) {
                (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
                (0,external_node_fs_.renameSync)(this.tempDir, this.dir);
            }
            else {
                const manifest = readManifest(this.dir);
                removeFile((0,external_node_path_.join)(this.dir, SUMMARY_FILE), []);
                result.removed = removeStale(this.dir, manifest, new Set(files), this.owned);
                for (const f of files) {
                    if (f === SUMMARY_FILE)
                        continue;
                    const to = (0,external_node_path_.join)(this.dir, f);
                    (0,make_dirs/* makeDirs */.X)((0,external_node_path_.dirname)(to));
                    if ((0,external_node_fs_.lstatSync)(to, { throwIfNoEntry: false })?.isDirectory())
                        (0,external_node_fs_.rmSync)(to, { recursive: true, force: true });
                    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.tempDir, f), to);
                }
                if (files.includes(SUMMARY_FILE))
                    (0,external_node_fs_.renameSync)((0,external_node_path_.join)(this.tempDir, SUMMARY_FILE), (0,external_node_path_.join)(this.dir, SUMMARY_FILE));
                (0,external_node_fs_.rmSync)(this.tempDir, { recursive: true, force: true });
            }
            result.committed.push(...files.map((f) => (0,external_node_path_.join)(this.dir, f)));
            this.state = 'committed';
            return result;
        }
        catch (e) {
            this.abort();
            throw ioError('the reports directory', this.dir, e);
        }
    }
    /** Throw the set away (temporary folder and files); the reports folder is left as it is. */
    abort() {
        if (this.state === 'committed')
            return;
        this.state = 'aborted';
        (0,external_node_fs_.rmSync)(this.tempDir, { recursive: true, force: true });
        for (const tmp of this.external.values())
            (0,external_node_fs_.rmSync)(tmp, { force: true });
    }
    isEmptyOrMissing() {
        try {
            return (0,external_node_fs_.readdirSync)(this.dir).length === 0 && (0,external_node_path_.dirname)(this.tempDir) !== this.dir;
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return true;
            throw e;
        }
    }
    /** `nameOrPath` as a name inside the folder, or undefined for a path outside it. */
    relName(nameOrPath) {
        if (!(0,external_node_path_.isAbsolute)(nameOrPath)) {
            if (!safeName(toPosix(nameOrPath)))
                throw new Error(`not a report name: ${nameOrPath}`);
            return toPosix(nameOrPath);
        }
        const rel = (0,external_node_path_.relative)(this.dir, (0,external_node_path_.resolve)(nameOrPath));
        if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
            return undefined;
        return toPosix(rel);
    }
}
/** Open a set for `targetDir` (created at commit). Throws E_IO_ERROR when no temporary folder can be made beside it. */
function openReportSet(targetDir, o) {
    return new ReportSet(targetDir, o);
}
/**
 * What an interrupted run leaves (SIGINT/SIGTERM): no file of an older run that Assay wrote, only the
 * given files (run.json and a summary.json saying `"status": "interrupted"`). Written straight into the
 * folder: the process is about to exit and a crash between two renames must not leave the old verdict.
 * Best effort: returns the error instead of throwing.
 */
function writeInterrupted(targetDir, o) {
    const dir = (0,external_node_path_.resolve)(targetDir);
    o.open?.abort();
    try {
        (0,make_dirs/* makeDirs */.X)(dir);
        const manifest = readManifest(dir);
        removeFile((0,external_node_path_.join)(dir, SUMMARY_FILE), []);
        const names = [...o.files.map((f) => f.name), SUMMARY_FILE].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        removeStale(dir, manifest, new Set(names), o.ownedNames ?? []);
        for (const f of o.files) {
            if (!safeName(f.name) || f.name === SUMMARY_FILE)
                continue;
            (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, f.name), f.text);
        }
        (0,external_node_fs_.writeFileSync)((0,external_node_path_.join)(dir, SUMMARY_FILE), stampSummary(o.summaryText, { id: o.id, status: 'interrupted', files: names }));
        return undefined;
    }
    catch (e) {
        return e;
    }
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
;// CONCATENATED MODULE: ./src/core/report/run-json.ts
// run.json: no `schema` key; keys in the documented order; the minimal shape on early exits.
// Free text is render-safe but unbounded (JSON reports); codes, ids, digests, seeds, next_step untouched.


const DETAIL_KEYS = ['metrics', 'prompt', 'assay.replay', 'entry', 'assertions', 'run_error_kind'];
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function sortRows(rows) {
    return [...rows].sort((a, b) => cmp(a.test_id, b.test_id));
}
function rowDetails(d, opts) {
    const metrics = {};
    for (const [kind, m] of Object.entries(d.metrics)) {
        metrics[kind] = {
            score: m.score,
            passed: m.passed,
            unstable: m.unstable,
            exercised: m.exercised,
            details: (0,safe_text/* safeDeep */.Oh)(m.details),
        };
    }
    const out = {
        metrics,
        prompt: opts.redactPrompts ? (0,safe_text/* redactPrompt */.uH)(d.prompt) : (0,safe_text/* safeText */.Hk)(d.prompt),
        'assay.replay': true,
    };
    if (d.entry !== undefined)
        out.entry = { file: d.entry.file, line: d.entry.line, by: d.entry.by };
    if (d.assertions !== undefined) {
        out.assertions = d.assertions.map((a) => ({
            index: a.index,
            type: a.type,
            passed: a.passed,
            ...(a.code !== undefined ? { code: a.code } : {}),
            message: (0,safe_text/* safeText */.Hk)(a.message),
        }));
    }
    if (d.run_error_kind !== undefined)
        out.run_error_kind = d.run_error_kind;
    for (const [k, v] of Object.entries(d))
        if (!DETAIL_KEYS.includes(k))
            out[k] = (0,safe_text/* safeDeep */.Oh)(v);
    return out;
}
/** One row key order, with its single attempt. */
function rowToJson(row, opts) {
    const duration = opts.reproducible ? 0 : row.duration_ms;
    const message = (0,safe_text/* safeText */.Hk)(row.message);
    const out = {
        test_id: row.test_id,
        status: row.status,
        score: row.score,
        cached: row.cached,
        message,
        details: rowDetails(row.details, opts),
        duration_ms: duration,
        fingerprint: row.fingerprint,
        skip_reason: row.skip_reason === null ? null : (0,safe_text/* safeText */.Hk)(row.skip_reason),
        attempts: [{ attempt_no: 1, status: row.status, message, duration_ms: duration, details: {} }],
    };
    if (row.error_policy_applied !== undefined)
        out.error_policy_applied = row.error_policy_applied;
    return out;
}
function resolution(r, warnings) {
    const out = { exit_code: r.exitCode, reason_code: r.reasonCode };
    if (r.message !== '')
        out.message = (0,safe_text/* safeText */.Hk)(r.message);
    if (r.nextStep !== undefined && r.nextStep !== '')
        out.next_step = r.nextStep;
    if (warnings.length > 0)
        out.warnings = warnings;
    return out;
}
function inputsJson(r) {
    const i = r.inputs;
    return {
        config: i.config,
        trace_files: [...i.trace_files],
        policy: i.policy,
        baseline: i.baseline,
        findings_baseline: i.findings_baseline,
        out_dir: i.out_dir,
    };
}
/** The run.json document as an object in emitted key order. */
function runJsonObject(r, opts) {
    const warnings = (r.warnings ?? []).map((w) => (0,safe_text/* safeText */.Hk)(w));
    if (!r.completed) {
        return {
            exit_code: r.exitCode,
            reason_code: r.reasonCode,
            reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
            seed_version: 1,
            order_seed: null,
            judge_seed: null,
            inputs: inputsJson(r),
            resolution: resolution(r, warnings),
            ...(opts.reportSetId !== undefined ? { report_set_id: opts.reportSetId } : {}),
        };
    }
    const out = {
        run_id: opts.reproducible ? 0 : (r.runId ?? 0),
        suite: r.suite,
        results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
        order_seed: r.orderSeed,
        runner_clone_ms: 0,
        exit_code: r.exitCode,
        reason_code: r.reasonCode,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        seed_version: 1,
        judge_seed: null,
    };
    if (r.judgeMetrics !== undefined)
        out.judge_metrics = { ...r.judgeMetrics };
    if (r.sarifOmitted !== undefined && r.sarifOmitted > 0)
        out.sarif = { omitted: r.sarifOmitted };
    out.inputs = inputsJson(r);
    if (r.trace !== undefined) {
        out.trace = {
            episodes: r.trace.episodes,
            records: r.trace.records,
            skipped_lines: r.trace.skipped_lines,
            ignored_lines: r.trace.ignored_lines,
        };
    }
    out.findings = r.findings;
    if (r.baseline !== undefined) {
        out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
    }
    out.resolution = resolution(r, warnings);
    if (warnings.length > 0)
        out.warnings = warnings;
    if (opts.reportSetId !== undefined)
        out.report_set_id = opts.reportSetId;
    return out;
}
/** run.json text: pretty JSON, 2 spaces, final newline. */
function buildRunJson(r, opts) {
    return JSON.stringify(runJsonObject(r, opts), null, 2) + '\n';
}
/** `run --format json` after a completed run: `assay.run_report.v1`. */
function buildRunReportJson(r, opts) {
    const doc = {
        schema: 'assay.run_report.v1',
        schema_version: 1,
        run_id: opts.reproducible ? 0 : (r.runId ?? 0),
        suite: r.suite,
        results: sortRows(r.results ?? []).map((row) => rowToJson(row, opts)),
    };
    return JSON.stringify(doc, null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(63718);
// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(58327);
;// CONCATENATED MODULE: ./src/core/report/run-json-stream.ts



/** Write run.json to `path` (the report set's path for it). Write failures throw InfraError E_IO_ERROR. */
function writeRunJsonFile(path, r, opts) {
    const w = new json_stream/* SyncWriter */.vV(path);
    try {
        const sink = r.findingSet;
        if (!r.completed || sink === undefined || !sink.hasSpool) {
            w.write(buildRunJson(r, opts));
        }
        else {
            (0,json_stream/* writeDocWithStreamedArray */.uO)(w, runJsonObject({ ...r, findings: [] }, opts), 'findings', sink.spooledBytes());
        }
    }
    finally {
        w.close();
    }
}
/** findings-baseline.json from a sink: the same bytes as buildFindingsBaseline over all findings. */
function writeFindingsBaselineFile(path, sink, meta) {
    const w = new SyncWriter(path);
    try {
        const doc = { schema: FINDINGS_BASELINE_SCHEMA, assay_version: meta.assayVersion, category: meta.category, findings: [] };
        // prettyAt({fingerprint, rule_id, level}, 2) spelled out: three strings, one entry per fingerprint.
        const items = (function* () {
            for (const e of sink.uniqueFingerprints()) {
                yield `{\n      "fingerprint": ${JSON.stringify(e.fingerprint)},\n      "rule_id": ${JSON.stringify(e.rule_id)},\n      "level": ${JSON.stringify(e.level)}\n    }`;
            }
        })();
        writeDocWithStreamedArray(w, doc, 'findings', items);
    }
    finally {
        w.close();
    }
}

// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(46825);
;// CONCATENATED MODULE: ./src/core/report/summary-json.ts
// summary.json (`assay.run_summary.v1`): keys in the documented order, `schema` last.



const SUMMARY_SCHEMA = 'assay.run_summary.v1';
const MAX_SLOWEST = 5;
/** `passed` = pass + allowed_on_error + warn; `failed` = fail + error; `warned` = warn + flaky + unstable. */
function countResults(rows) {
    const c = { passed: 0, failed: 0, warned: 0, skipped: 0, total: rows.length };
    for (const r of rows) {
        if (r.status === 'pass' || r.status === 'allowed_on_error' || r.status === 'warn')
            c.passed++;
        if (r.status === 'fail' || r.status === 'error')
            c.failed++;
        if (r.status === 'warn' || r.status === 'flaky' || r.status === 'unstable')
            c.warned++;
        if (r.status === 'skipped')
            c.skipped++;
    }
    return c;
}
function performance(r, opts) {
    const t = r.performance;
    const z = (v) => (opts.reproducible ? 0 : (v ?? 0));
    const out = { total_duration_ms: z(t?.totalDurationMs) };
    const rows = r.results ?? [];
    if (rows.length > 0) {
        out.cache_hit_rate = rows.filter((x) => x.cached).length / rows.length;
        out.slowest_tests = rows
            .map((x) => ({ test_id: x.test_id, duration_ms: z(x.duration_ms) }))
            .sort((a, b) => b.duration_ms - a.duration_ms || (a.test_id < b.test_id ? -1 : a.test_id > b.test_id ? 1 : 0))
            .slice(0, MAX_SLOWEST);
    }
    const phases = {};
    if (t?.ingestMs !== undefined)
        phases.ingest_ms = z(t.ingestMs);
    phases.eval_ms = z(t?.evalMs);
    phases.report_ms = z(t?.reportMs);
    out.phase_timings = phases;
    return out;
}
function provenance(r) {
    const p = r.provenance;
    const out = { assay_version: p.assayVersion, verify_mode: p.verifyMode };
    if (p.traceDigest !== undefined)
        out.trace_digest = p.traceDigest;
    if (p.policyDigest !== undefined)
        out.policy_digest = p.policyDigest;
    if (p.configDigest !== undefined)
        out.config_digest = p.configDigest;
    if (p.baselineDigest !== undefined)
        out.baseline_digest = p.baselineDigest;
    return out;
}
/** The summary.json document as an object in emitted key order. */
function summaryJsonObject(r, opts) {
    const out = {
        schema_version: 1,
        reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv,
        exit_code: r.exitCode,
        reason_code: r.reasonCode,
        message: (0,safe_text/* safeText */.Hk)(r.message),
    };
    if (r.exitCode !== 0 && r.nextStep !== undefined && r.nextStep !== '')
        out.next_step = r.nextStep;
    out.provenance = provenance(r);
    if (r.completed && r.results !== undefined)
        out.results = countResults(r.results);
    if (r.completed)
        out.performance = performance(r, opts);
    out.seeds = { seed_version: 1, order_seed: r.completed ? r.orderSeed : null, judge_seed: null };
    if (r.judgeMetrics !== undefined)
        out.judge_metrics = { ...r.judgeMetrics };
    if (r.sarifOmitted !== undefined && r.sarifOmitted > 0)
        out.sarif = { omitted: r.sarifOmitted };
    if (r.evidence !== undefined)
        out.evidence = { ...r.evidence };
    if (r.completed)
        out.findings = r.findingSet ? { ...r.findingSet.counts } : (0,finding/* countFindings */.Gt)(r.findings);
    if (r.baseline !== undefined) {
        out.baseline = { found: true, new: r.baseline.new, fixed: r.baseline.fixed, unchanged: r.baseline.unchanged };
    }
    if (r.trace !== undefined) {
        out.trace = { episodes: r.trace.episodes, skipped_lines: r.trace.skipped_lines, ignored_lines: r.trace.ignored_lines };
    }
    out.schema = SUMMARY_SCHEMA;
    return out;
}
/** summary.json text: pretty JSON, 2 spaces, final newline. */
function buildSummaryJson(r, opts) {
    return JSON.stringify(summaryJsonObject(r, opts), null, 2) + '\n';
}

// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(83323);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./src/action/evidence-step.ts
var evidence_step = __webpack_require__(61464);
;// CONCATENATED MODULE: ./src/action/reports.ts
// The action's reports, composed from the core writers: SARIF with the `gate` and
// `evidence` runs (final when written: categories set, size budget applied), JUnit, per-bundle lint JSON,
// the findings baseline candidate, diff.json, eval-baseline.json, then run.json and summary.json with the
// combined verdict. They are one report set (core/report/report-set.ts, docs/reports.md): written beside
// reports_dir and renamed into place, older Assay files removed. Optional reports that fail are warnings;
// a run.json/summary.json that cannot be written (or a set that cannot be put in place) makes the
// verdict 3 E_IO_ERROR, and every report that was written is rewritten to say so.













/** Files and folders the action owns in reports_dir (older copies go when a run does not write them). */
const ACTION_OWNED = [...constants/* REPORT_FILES */.JL, `${constants/* LINT_DIR */.M3}/`];
/** The set id: a digest of the report's inputs in reproducible mode (same inputs → same bytes), random otherwise. */
function actionSetId(report, reproducible) {
    return reportSetId(reproducible ? JSON.stringify(['assay-action', version/* VERSION */.x, report.inputs, report.provenance]) : (0,external_node_crypto_.randomBytes)(16));
}
function writeActionReports(set, o) {
    const out = { written: [], warnings: [], sarifPath: (0,external_node_path_.join)(o.dir, constants/* SARIF_FILE */.P3), sarifOmitted: 0 };
    const setId = actionSetId(set.report, o.reproducible);
    let files;
    try {
        files = openReportSet(o.dir, { id: setId, ownedNames: ACTION_OWNED });
    }
    catch (e) {
        failRequired(set.report, out, o.dir, e);
        return out;
    }
    out.setId = setId;
    const write = (name, build) => {
        try {
            const text = build();
            files.write(name, text);
            return text;
        }
        catch (e) {
            files.discard(name);
            out.warnings.push(`W_REPORT_WRITE: Failed to write ${name}: ${rawMessage(e)}`);
            return undefined;
        }
    };
    // SARIF carries exit codes: written again if a required report fails later.
    const writeSarif = (ioFailed) => {
        const runs = [];
        if (set.gateRun) {
            const sink = set.gateRun.findingSet;
            runs.push({ category: set.category, kind: 'gate', findings: set.gateRun.findings, ...(sink ? { totalFindings: sink.total } : {}), exitCode: ioFailed ? set.report.exitCode : set.gateRun.exitCode });
        }
        const extras = set.evidenceRun.extras;
        runs.push({
            category: set.category,
            kind: 'evidence',
            driverName: 'assay-evidence-lint',
            findings: set.evidenceRun.findings,
            exitCode: ioFailed ? set.report.exitCode : set.evidenceRun.exitCode,
            decorate: (f) => extras.get((0,evidence_step/* extrasKey */.tY)(f)),
            ...(set.evidenceRun.ruleInfo ? { ruleInfo: set.evidenceRun.ruleInfo } : {}),
        });
        out.sarifText = write(constants/* SARIF_FILE */.P3, () => {
            const sarif = (0,report_sarif/* buildSarif */.Ep)({ version: version/* VERSION */.x, runs });
            out.sarifOmitted = sarif.omitted;
            return sarif.text;
        });
    };
    writeSarif(false);
    if (out.sarifOmitted > 0) {
        set.report.sarifOmitted = out.sarifOmitted;
        set.report.warnings = [...(set.report.warnings ?? []), `W_SARIF_TRUNCATED: ${out.sarifOmitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`];
    }
    if (set.junit)
        write('junit.xml', () => (0,junit/* buildJunit */.P)({ configSuites: set.junit.configSuites, policySuites: set.junit.policySuites }));
    for (const l of set.lintReports)
        write(`${constants/* LINT_DIR */.M3}/${l.file}`, () => l.json);
    const findingsBaselineOk = write(constants/* FINDINGS_BASELINE_FILE */.E6, () => (0,findings_baseline/* buildFindingsBaseline */.UY)(set.allFindings, { assayVersion: version/* VERSION */.x, category: set.category })) !== undefined;
    if (set.diff)
        write('diff.json', () => (0,findings_baseline/* buildDiffJson */.ou)(set.diff));
    const evalBaselineOk = set.evalBaseline !== undefined && write(constants/* EVAL_BASELINE_FILE */.ax, () => set.evalBaseline) !== undefined;
    // Write warnings go into run.json before it is written (the verdict is unchanged).
    if (out.warnings.length)
        set.report.warnings = [...(set.report.warnings ?? []), ...out.warnings];
    const ropts = { reproducible: o.reproducible, reportSetId: setId };
    // A dense gate run streams every finding into run.json from its spool; with evidence findings beside
    // it the combined in-memory list is written instead (its top-ranked gate findings plus the evidence).
    const sink = set.gateRun?.findingSet;
    const streamedGate = sink?.hasSpool && set.evidenceRun.findings.length === 0 ? sink : undefined;
    const attempt = (name) => {
        try {
            if (name === 'run.json' && streamedGate)
                writeRunJsonFile(files.path(name), { ...set.report, findingSet: streamedGate }, ropts);
            else
                files.write(name, name === 'run.json' ? buildRunJson(set.report, ropts) : stampSummary(buildSummaryJson(set.report, ropts), files.stamp()));
            return undefined;
        }
        catch (e) {
            files.fail(e, name);
            return { name, e };
        }
    };
    // Every report that was written says what the step exits with: a failure rewrites those before it.
    const failed = (f) => {
        failRequired(set.report, out, (0,external_node_path_.join)(o.dir, f.name), f.e, o.dir);
        writeSarif(true);
    };
    const runFailed = attempt('run.json');
    if (runFailed)
        failed(runFailed);
    const summaryFailed = attempt('summary.json');
    if (summaryFailed && !runFailed) {
        failed(summaryFailed);
        attempt('run.json');
        attempt('summary.json');
    }
    try {
        out.written = files.commit().committed;
    }
    catch (e) {
        failRequired(set.report, out, o.dir, e);
        out.sarifText = undefined;
        return out;
    }
    if (findingsBaselineOk && out.written.includes((0,external_node_path_.join)(o.dir, constants/* FINDINGS_BASELINE_FILE */.E6)))
        out.findingsBaselinePath = (0,external_node_path_.join)(o.dir, constants/* FINDINGS_BASELINE_FILE */.E6);
    if (evalBaselineOk && out.written.includes((0,external_node_path_.join)(o.dir, constants/* EVAL_BASELINE_FILE */.ax)))
        out.evalBaselinePath = (0,external_node_path_.join)(o.dir, constants/* EVAL_BASELINE_FILE */.ax);
    return out;
}
function rawMessage(e) {
    return (e instanceof Error ? e.message : String(e)).replace(/^cannot write [^:]*: /, '');
}
/** A required report failed: the report says 3 E_IO_ERROR unless an input/config error (2) decided. */
function failRequired(report, out, path, e, dir = path) {
    const ioError = { path, message: rawMessage(e) };
    out.ioError ??= ioError;
    if (report.exitCode === 2) {
        report.warnings = [...(report.warnings ?? []), `W_REPORT_WRITE: cannot write ${path}: ${ioError.message}`];
        return;
    }
    report.exitCode = 3;
    report.reasonCode = 'E_IO_ERROR';
    report.message = `cannot write ${path}: ${ioError.message}`;
    report.nextStep = (0,reason_codes/* fillNextStep */.lT)('E_IO_ERROR', { path: dir });
}
/**
 * SIGINT/SIGTERM (a cancelled job): replace the reports in `dir` by an interrupted run.json and a
 * summary.json with `"status": "interrupted"`, so the artifact never shows an older run's verdict.
 * Returns the error when they could not be written.
 */
function writeActionInterrupted(dir, o) {
    const report = {
        exitCode: o.exitCode,
        reasonCode: 'E_INTERRUPTED',
        message: `interrupted by ${o.signal} before the run finished`,
        nextStep: (0,reason_codes/* fillNextStep */.lT)('E_INTERRUPTED'),
        completed: false,
        suite: 'policy',
        orderSeed: null,
        inputs: { config: null, trace_files: [], policy: null, baseline: null, findings_baseline: null, out_dir: o.outDirDisplay },
        findings: [],
        provenance: { assayVersion: version/* VERSION */.x, verifyMode: 'enabled' },
    };
    const id = actionSetId(report, o.reproducible);
    const ropts = { reproducible: o.reproducible, reportSetId: id };
    return writeInterrupted(dir, { id, ownedNames: ACTION_OWNED, files: [{ name: 'run.json', text: buildRunJson(report, ropts) }], summaryText: buildSummaryJson(report, ropts) });
}


/***/ }),

/***/ 74296:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ri: () => (/* binding */ InfraError),
/* harmony export */   WV: () => (/* binding */ AssayError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   oe: () => (/* binding */ EvidenceError),
/* harmony export */   xL: () => (/* binding */ ConfigError)
/* harmony export */ });
/* unused harmony exports formatDiagnostic, diagnosticsToError */
/* harmony import */ var _outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40997);
// Typed errors of the core. Classify by class and code, never by message text.

class AssayError extends Error {
    reasonCode;
    source;
    context;
    nextStep;
    /** The values the next step was filled from: a caller that knows more (the run's paths) refills it. */
    nextStepValues;
    /** Further diagnostics collected together with this one (loading reports every error). */
    diagnostics;
    constructor(reasonCode, message, opts = {}) {
        super(message);
        this.name = new.target.name;
        this.reasonCode = reasonCode;
        this.source = opts.source ?? 'unknown';
        this.context = opts.context ?? {};
        this.nextStepValues = { ...opts.nextStepValues };
        this.nextStep = (0,_outcome_reason_codes_js__WEBPACK_IMPORTED_MODULE_0__/* .fillNextStep */ .lT)(reasonCode, this.nextStepValues);
        this.diagnostics = opts.diagnostics ?? [];
    }
}
class UsageError extends AssayError {
}
class ConfigError extends AssayError {
}
class InputError extends AssayError {
}
class EvidenceError extends AssayError {
}
class InfraError extends AssayError {
}
function formatDiagnostic(d) {
    let where = '';
    if (d.file !== undefined) {
        where = d.file;
        if (d.line !== undefined)
            where += `:${d.line}:${d.col ?? 1}`;
        where += ': ';
    }
    return `${where}${d.severity} ${d.code}: ${d.message}`;
}
/** Turn the first error diagnostic of a list into a thrown error of the given class. */
function diagnosticsToError(Cls, code, diagnostics, source, nextStepValues) {
    const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
    return new Cls(code, first?.message ?? code, {
        source,
        context: { file: first?.file, line: first?.line, col: first?.col },
        nextStepValues,
        diagnostics,
    });
}


/***/ }),

/***/ 40997:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mv: () => (/* binding */ REASON_CODE_VERSION),
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   lT: () => (/* binding */ fillNextStep)
/* harmony export */ });
/* unused harmony exports REASON_CODES, isReasonCode, WARNING_CODES, isWarningCode, fillTemplate, shellQuote, shellCommand, fillPlaceholders, nextStepArgv */
// The reason-code registry: the only place that maps a code to its exit code and next step.
// Codes are additive under reason_code_version 1.
const REASON_CODE_VERSION = 1;
// Commands that find the config, policy and trace by discovery when the run did not name them.
const DOCTOR = 'Run: assay doctor[ --config <config.yaml>]';
const VALIDATE_TRACE = 'Run: assay validate[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
const POLICY_VALIDATE = 'Run: assay validate[ --policy <policy.yaml>]';
const RECORD = 'Run: assay run --record --judge openai --embedder openai[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
/** Explain one test of the last run; without a test id, the blocked calls of the trace. */
const EXPLAIN_FALLBACKS = ['Run: assay explain --trace <trace.jsonl> --policy <policy.yaml> --blocked-only'];
const REASON_CODES = {
    E_CFG_PARSE: { exit: 2, nextStep: DOCTOR },
    E_MISSING_CONFIG: { exit: 2, nextStep: 'Create a config file. Run: assay init' },
    E_PATH_NOT_FOUND: { exit: 2, nextStep: 'Check the path; run from the repository root or pass an absolute path' },
    E_BASE_MISMATCH: {
        exit: 2,
        nextStep: 'Re-export the baseline on the default branch. Run: assay run[ --config <config.yaml>] --export-baseline <baseline.json>',
        fallbacks: ['Re-export the baseline on the default branch. Run: assay run[ --config <config.yaml>] --export-baseline baseline.json'],
    },
    E_REPLAY_STRICT_MISSING: {
        exit: 2,
        nextStep: `Record the values once (OPENAI_API_KEY set), then commit .assay/cache or the trace. ${RECORD}`,
    },
    E_EMB_DIMS: { exit: 2, nextStep: 'Re-record the embeddings with one model for response and reference' },
    E_SCHEMA_COMPILE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_INVALID_ARGS: { exit: 2, nextStep: 'See the usage. Run: assay --help' },
    E_TRACE_NOT_FOUND: {
        exit: 2,
        nextStep: 'Check trace file exists: <trace.jsonl>',
        fallbacks: ['Check the trace file exists, then pass it with --trace-file'],
    },
    E_TRACE_INVALID: { exit: 2, nextStep: VALIDATE_TRACE },
    E_TRACE_MISS: { exit: 2, nextStep: VALIDATE_TRACE },
    E_POLICY_PARSE: { exit: 2, nextStep: POLICY_VALIDATE },
    E_BASELINE_INVALID: {
        exit: 2,
        nextStep: 'Create a new baseline. Run: assay run[ --config <config.yaml>] --export-baseline <baseline.json>',
        fallbacks: ['Create a new baseline. Run: assay run[ --config <config.yaml>] --export-baseline baseline.json'],
    },
    E_REPLAY_MISSING_DEPENDENCY: {
        exit: 2,
        nextStep: 'Precompute the missing judge/embedding values into the trace, or drop --replay-strict to use the eval cache',
    },
    E_REPLAY_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Raise the replay limit that was named, or supply a smaller bundle' },
    E_EVIDENCE_INTEGRITY: { exit: 2, nextStep: 'Obtain an undamaged copy of the bundle' },
    E_EVIDENCE_CONTRACT: { exit: 2, nextStep: 'Regenerate the bundle with a conforming writer' },
    E_EVIDENCE_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Split the bundle or raise the named limit' },
    E_EVIDENCE_PATH_REJECTED: { exit: 2, nextStep: 'Do not trust this bundle; regenerate it' },
    E_EVIDENCE_PROFILE_INVALID: { exit: 2, nextStep: 'Check the bundle against the profile it claims' },
    E_EVIDENCE_UNREADABLE: {
        exit: 2,
        nextStep: 'Run: assay evidence show --format json -- <bundle>',
        fallbacks: ['Check that the bundle exists and is a readable .tar.gz'],
    },
    E_EVIDENCE_ATTESTATION: {
        exit: 2,
        nextStep: 'Check that the attestation, the bundle and --public-key belong together, or re-sign the bundle with assay evidence attest and your key',
    },
    E_POLICY_LOAD_FAILED_UNENFORCEABLE: {
        exit: 2,
        nextStep: 'Fix the sandbox policy named in the message; the command was not started',
    },
    E_POLICY_CONFLICT_DENY_WINS_UNENFORCEABLE: {
        exit: 2,
        nextStep: 'Narrow the fs.allow/fs.read entry that contains the denied path, or drop --fail-closed to run without that grant',
    },
    E_SANDBOX_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Check Landlock support and the native helper (--native-helper, ASSAY_NATIVE_HELPER), or drop --fail-closed to run audit-only',
    },
    E_NATIVE_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Install a C compiler with the Linux headers (apt-get install gcc libc6-dev linux-libc-dev), then run npm run build:native; or pass --native-helper',
    },
    E_NET_POLICY_NOT_EXPRESSIBLE: {
        exit: 2,
        nextStep: 'Use only TCP ports in net.allow and no net.deny entries, or drop --enforce-net',
    },
    E_OBSERVER_UNAVAILABLE: {
        exit: 2,
        nextStep: 'Allow ptrace or seccomp user notification for this user, install strace, or choose another --backend',
    },
    E_UPSTREAM_SPAWN: { exit: 2, nextStep: 'Check the server command after --: it must exist and be executable' },
    E_JUDGE_UNAVAILABLE: {
        exit: 3,
        nextStep: `Record the missing judge/embedding values once (OPENAI_API_KEY set), then commit .assay/cache; or check the judge provider and API key. ${RECORD}`,
    },
    E_RATE_LIMIT: { exit: 3, nextStep: 'Retry after rate limit window or reduce concurrency' },
    E_PROVIDER_5XX: { exit: 3, nextStep: 'Provider error; retry or check provider status page' },
    E_TIMEOUT: { exit: 3, nextStep: 'Increase timeout or check network connectivity' },
    E_NETWORK_ERROR: { exit: 3, nextStep: 'Check network connectivity and firewall rules' },
    E_IO_ERROR: {
        exit: 3,
        nextStep: 'Check that the output location is writable: <path>',
        fallbacks: ['Check that the output location is writable'],
    },
    E_INTERNAL: { exit: 3, nextStep: 'Report a bug with run.json and the log' },
    E_TEST_FAILED: {
        exit: 1,
        nextStep: 'Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: ['Read the failing tests above; assay explain with a test id shows each check'],
    },
    E_JUDGE_UNCERTAIN: {
        exit: 1,
        nextStep: 'Review the borderline result or adjust the judge threshold. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: ['Review the borderline result or adjust the judge threshold'],
    },
    E_POLICY_VIOLATION: {
        exit: 1,
        nextStep: 'Review the policy rules. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `Review the policy rules. ${f}`), 'Review the policy rules named in the findings above'],
    },
    E_SEQUENCE_VIOLATION: {
        exit: 1,
        nextStep: 'See the sequence mismatch. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `See the sequence mismatch. ${f}`), 'Review the sequence rules named in the findings above'],
    },
    E_ARG_SCHEMA: {
        exit: 1,
        nextStep: 'See the schema violation. Run: assay explain[ --out-dir <out-dir>] <test-id>',
        fallbacks: [...EXPLAIN_FALLBACKS.map((f) => `See the schema violation. ${f}`), 'Review the argument schemas named in the findings above'],
    },
    E_WOULD_BLOCK: {
        exit: 4,
        nextStep: 'Review the would-block events, then adjust the policy or run without --dry-run',
    },
    E_CHILD_TIMEOUT: { exit: 124, nextStep: 'Raise --timeout or find out why the command did not finish' },
    // 128 + signal: 130 for SIGINT (the registry's value), 143 for SIGTERM (set by whoever caught it).
    E_INTERRUPTED: { exit: 130, nextStep: 'The run was stopped by a signal before it finished; run it again' },
};
function isReasonCode(code) {
    return Object.prototype.hasOwnProperty.call(REASON_CODES, code);
}
/**
 * Warning codes with their next step. A warning never sets the exit code; registering it gives it a
 * documented fix wherever diagnostics carry fix steps. Additive, like reason codes.
 */
const WARNING_CODES = {
    W_PATH_REGEX_TRAVERSAL: {
        nextStep: 'Constrain the path with within: (a list of folders; x-assay-within in schemas) instead of a regex; see docs/authoring.md',
    },
};
function isWarningCode(code) {
    return Object.prototype.hasOwnProperty.call(WARNING_CODES, code);
}
/** Exit code for a reason code; `exitCodes: 'v1'` keeps the reference's one difference. */
function exitCodeFor(code, exitCodes = 'v2') {
    if (code === '')
        return 0;
    if (code === 'E_TRACE_NOT_FOUND' && exitCodes === 'v1')
        return 3;
    return REASON_CODES[code].exit;
}
/**
 * The next step of a code, filled from the run's context (docs/next-steps.md): never a literal `<…>`.
 * Values are shell-quoted inside the `Run:` command; when a needed value is unknown, a fallback is used.
 */
function fillNextStep(code, values = {}) {
    const spec = REASON_CODES[code];
    for (const t of [spec.nextStep, ...(spec.fallbacks ?? [])]) {
        const filled = fillTemplate(t, values);
        if (filled !== undefined)
            return filled;
    }
    // The registry test keeps this unreachable: the last template needs no value.
    return spec.nextStep.replace(/\s*Run: .*$/s, '').replace(/\[|\]|<[^<>]*>/g, '').trim() || 'See the message above';
}
/**
 * Fill a next-step template; undefined when a placeholder outside `[…]` has no usable value. Text before
 * `Run: ` is prose (values as they are); the command after it gets shell-quoted values.
 */
function fillTemplate(template, values) {
    const usable = (k) => {
        const v = values[k];
        // A value with control characters (a newline in a path) cannot be shown on one pasteable line.
        return v !== undefined && !/[\u0000-\u001f\u007f]/.test(v) ? v : undefined;
    };
    const at = template.indexOf('Run: ');
    const cmdStart = at < 0 ? template.length : at + 5;
    let missing = false;
    let out = '';
    let pos = 0;
    // Optional segments first: kept (brackets dropped) when every placeholder in them is known.
    const re = /\[([^\[\]]*)\]|<([a-z0-9._-]+)>/gi;
    for (let m = re.exec(template); m; m = re.exec(template)) {
        out += template.slice(pos, m.index);
        pos = m.index + m[0].length;
        const inCommand = m.index >= cmdStart;
        const fill = (k) => {
            const v = usable(k);
            if (!inCommand)
                return v;
            // A positional value that looks like an option is passed after `--`.
            const positional = !/(^|\s)-[^\s]*\s$/.test(out);
            return (positional && v.startsWith('-') ? '-- ' : '') + shellQuote(v);
        };
        if (m[1] !== undefined) {
            const keys = [...m[1].matchAll(/<([a-z0-9._-]+)>/gi)].map((x) => x[1]);
            if (keys.every((k) => usable(k) !== undefined))
                out += m[1].replace(/<([a-z0-9._-]+)>/gi, (_w, k) => fill(k));
        }
        else if (usable(m[2]) === undefined) {
            missing = true;
        }
        else {
            out += fill(m[2]);
        }
    }
    out += template.slice(pos);
    return missing ? undefined : out;
}
/** POSIX shell word: as is when it holds only safe characters, else in single quotes. */
function shellQuote(v) {
    if (/^[A-Za-z0-9_@%+=:,.\/-]+$/.test(v))
        return v;
    return `'${v.replace(/'/g, `'\\''`)}'`;
}
/** A command line of shell words, each quoted when needed. */
function shellCommand(words) {
    return words.map(shellQuote).join(' ');
}
/**
 * Fill the `<placeholder>` slots of an already filled next step that still has some (text from elsewhere).
 * Unknown placeholders stay; prefer fillNextStep, which never leaves one.
 */
function fillPlaceholders(text, values) {
    return fillTemplate(text, values) ?? text;
}
/**
 * The command of a next step as argv (`Run: assay x 'a b'` → ["assay","x","a b"]), for JSON output;
 * undefined when the step is prose only.
 */
function nextStepArgv(text) {
    const at = text.indexOf('Run: ');
    if (at < 0)
        return undefined;
    const words = [];
    const src = text.slice(at + 5).trim();
    let cur;
    for (let i = 0; i < src.length; i++) {
        const ch = src[i];
        if (ch === "'") {
            const end = src.indexOf("'", i + 1);
            if (end < 0)
                return undefined;
            cur = (cur ?? '') + src.slice(i + 1, end);
            i = end;
        }
        else if (ch === '\\' && i + 1 < src.length) {
            cur = (cur ?? '') + src[++i];
        }
        else if (ch === ' ') {
            if (cur !== undefined)
                words.push(cur);
            cur = undefined;
        }
        else {
            cur = (cur ?? '') + ch;
        }
    }
    if (cur !== undefined)
        words.push(cur);
    return words.length ? words : undefined;
}


/***/ }),

/***/ 61103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   IR: () => (/* binding */ escapeXmlText),
/* harmony export */   O6: () => (/* binding */ boundText),
/* harmony export */   Oh: () => (/* binding */ safeDeep),
/* harmony export */   W6: () => (/* binding */ escapeXmlAttr),
/* harmony export */   uH: () => (/* binding */ redactPrompt),
/* harmony export */   vn: () => (/* binding */ safeBounded)
/* harmony export */ });
/* unused harmony exports REPLACEMENT_CHAR, DEFAULT_BOUND, TRUNCATION_MARK, SECRET_RULE_NAMES, redactSecrets, xmlLegalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Render safety: untrusted text (prompts, responses, tool args/results, messages, paths from traces)
// passes through here before any sink. Order: control characters → U+FFFD, secrets → `<redacted:RULE>`,
// optional bound (SARIF, JUnit, console), then the sink's own encoding (XML, Markdown, JSON).
// Codes, ids, digests, seeds and next_step are never passed through here.
//
// Everything is linear in the input length: the control scanner is a single forward pass, and every
// redaction regex is built so that each start position does bounded work or ends in a match that
// consumes what it scanned (see the notes on SECRET_RULES).

const REPLACEMENT_CHAR = '\uFFFD';
const DEFAULT_BOUND = 256;
const TRUNCATION_MARK = '(truncated)';
const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;
function isBidiControl(c) {
    return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
/** C0 (except tab, LF, CR), DEL and C1. */
function isControl(c) {
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}
/**
 * Index just past a control-string payload (OSC, DCS, SOS, PM, APC) starting at `i`: it ends at BEL, ESC \
 * or C1 ST (consumed) or before any other control character or the end of the text.
 */
function skipControlString(s, i) {
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c === BEL || c === C1_ST)
            return i + 1;
        if (c === ESC)
            return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
        if (isControl(c) || c === 0x0a || c === 0x0d || c === 0x09)
            return i;
        i++;
    }
    return n;
}
/** Index just past a CSI sequence body (parameters, intermediates, one final byte when present). */
function skipCsi(s, i) {
    const n = s.length;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f)
        i++;
    while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
        i++;
    if (i < n && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e)
        i++;
    return i;
}
/**
 * Replace terminal escape sequences (each whole sequence becomes one U+FFFD, so no `[31m` residue), other
 * C0/C1 controls, DEL, bidi controls and lone surrogates by U+FFFD. Tab, CR and LF are kept.
 */
function stripControls(s) {
    const n = s.length;
    // Fast path: most text has nothing to replace.
    let i = 0;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isControl(c) || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff))
            break;
    }
    if (i === n)
        return s;
    let out = s.slice(0, i);
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i += 2;
            }
            else {
                out += REPLACEMENT_CHAR;
                i++;
            }
            continue;
        }
        if (c >= 0xdc00 && c <= 0xdfff) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        if (c === ESC) {
            const next = s.charCodeAt(i + 1);
            if (next === 0x5b)
                i = skipCsi(s, i + 2); // ESC [
            else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
                i = skipControlString(s, i + 2); // ESC ] / P / X / ^ / _
            }
            else {
                // nF / Fp / Fe / Fs: intermediates then one final byte.
                i++;
                while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
                    i++;
                if (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e)
                    i++;
            }
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9b) {
            i = skipCsi(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
            i = skipControlString(s, i + 1);
            out += REPLACEMENT_CHAR;
            continue;
        }
        if (isControl(c) || isBidiControl(c)) {
            out += REPLACEMENT_CHAR;
            i++;
            continue;
        }
        // Copy the run of ordinary characters in one slice.
        let j = i + 1;
        while (j < n) {
            const d = s.charCodeAt(j);
            if (isControl(d) || isBidiControl(d) || (d >= 0xd800 && d <= 0xdfff))
                break;
            j++;
        }
        out += s.slice(i, j);
        i = j;
    }
    return out;
}
// Linear-time notes. V8 tries every start position, so each pattern either
//  - starts with a literal and then has only bounded quantifiers (bounded work per start), or
//  - ends in an unbounded greedy run with nothing after it (a start that reaches it matches and the
//    global replace continues after the consumed text), or
//  - begins with a negative lookbehind of its own run class, so a run of that class is entered from its
//    first character only and is scanned (plus backtracked) O(1) times in total.
// Specific token formats come first; the generic rules (assignment, email, slack id) last, and their value
// classes exclude `<` so an earlier `<redacted:…>` marker is never re-labelled.
const SECRET_RULES = [
    {
        rule: 'private-key-pem',
        // Header, then lazily to the END line or the end of the text (a cut-off key is still a secret). The
        // match always succeeds once the header matched, so the body is consumed, never rescanned.
        re: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY-----|$)/g,
        keep: 0,
        hint: /PRIVATE KEY-----/,
    },
    {
        rule: 'jwt',
        re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
        keep: 0,
        hint: /eyJ/,
    },
    {
        rule: 'github-token',
        re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g,
        keep: 0,
        hint: /gh[pousr]_|github_pat_/,
    },
    {
        rule: 'aws-access-key-id',
        re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
        keep: 0,
        hint: /AKIA|ASIA|ABIA|ACCA|A3T/,
    },
    {
        rule: 'openai-key',
        re: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
        keep: 0,
        hint: /sk-/,
    },
    {
        rule: 'slack-token',
        re: /(?<![A-Za-z0-9_-])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,})/g,
        keep: 0,
        hint: /xox|xapp-/,
    },
    {
        rule: 'google-api-key',
        re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g,
        keep: 0,
        hint: /AIza/,
    },
    {
        rule: 'stripe-key',
        re: /(?<![A-Za-z0-9_])[spr]k_(?:live|test)_[0-9A-Za-z]{10,}/g,
        keep: 0,
        hint: /k_(?:live|test)_/,
    },
    {
        rule: 'bearer-token',
        re: /(?<![A-Za-z0-9_])(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
        keep: 1,
        hint: /bearer/i,
    },
    {
        rule: 'sensitive-query-param',
        re: /([?&](?:access_token|refresh_token|id_token|auth_token|token|api[_-]?key|apikey|key|password|passwd|pwd|secret|client_secret|sig|signature|auth|session|sessionid|sid)=)[^&#\s"'<>]+/gi,
        keep: 1,
        hint: /[?&]/,
    },
    {
        rule: 'credential-assignment',
        // `password = x`, `"api_key": "x"`, `DB_PASSWORD=x`: optional ≤ 30-char prefix ending in `_`/`-`, a
        // credential word, optional closing quote, `:` or `=`, optional opening quote, then a value of ≥ 4.
        re: /((?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]{0,30}[_-])?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth|credentials?)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\s"'&,;<>]{4,}/gi,
        keep: 1,
        hint: /pass|pwd|secret|token|key|auth|credential/i,
    },
    {
        rule: 'email',
        re: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
        keep: 0,
        hint: /@/,
    },
    {
        rule: 'slack-user-id',
        // U/W + digit + 6–10 upper-case alphanumerics; the digit keeps ordinary capitalised words out.
        re: /(?<![A-Za-z0-9])[UW][0-9][A-Z0-9]{6,10}(?![A-Za-z0-9])/g,
        keep: 0,
    },
];
const SECRET_RULE_NAMES = SECRET_RULES.map((r) => r.rule);
/** Replace every secret by `<redacted:RULE>`. Linear in the length of `s`. */
function redactSecrets(s) {
    for (const p of SECRET_RULES) {
        if (p.hint && !p.hint.test(s))
            continue;
        p.re.lastIndex = 0;
        s = s.replace(p.re, (...args) => {
            const kept = p.keep > 0 ? (args[p.keep] ?? '') : '';
            return `${kept}<redacted:${p.rule}>`;
        });
    }
    return s;
}
/**
 * Cut to at most `max` code points plus `(truncated)`; never splits a surrogate pair.
 * Text of at most `max` code points is returned unchanged.
 */
function boundText(s, max = DEFAULT_BOUND) {
    if (s.length <= max)
        return s;
    let i = 0;
    let count = 0;
    while (i < s.length && count < max) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
        count++;
    }
    return i >= s.length ? s : s.slice(0, i) + TRUNCATION_MARK;
}
/** Controls → U+FFFD, secrets redacted, optionally bounded. The input of every sink encoder. */
function safeText(s, opts = {}) {
    const out = redactSecrets(stripControls(s));
    return opts.bound === undefined || opts.bound === false ? out : boundText(out, opts.bound);
}
/** Bounded form for SARIF, JUnit and the console. */
function safeBounded(s) {
    return safeText(s, { bound: DEFAULT_BOUND });
}
/** `--redact-prompts`: `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
function redactPrompt(prompt) {
    return `<redacted:prompt sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(prompt, 'utf8').digest('hex').slice(0, 12)}>`;
}
/** Recursively apply safeText (unbounded) to every string value of a JSON-like value; keys untouched. */
function safeDeep(value) {
    if (typeof value === 'string')
        return safeText(value);
    if (Array.isArray(value))
        return value.map(safeDeep);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = safeDeep(v);
        return out;
    }
    return value;
}
// ---- Sink encoders ---------------------------------------------------------------------------------
/** Characters not allowed in XML 1.0 (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) → U+FFFD. */
function xmlLegalize(s) {
    let out = '';
    let last = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let bad = false;
        if (c < 0x20)
            bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
        else if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            bad = true;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            bad = true;
        else
            bad = c === 0xfffe || c === 0xffff;
        if (bad) {
            out += s.slice(last, i) + REPLACEMENT_CHAR;
            last = i + 1;
        }
    }
    return last === 0 ? s : out + s.slice(last);
}
const XML_ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;',
};
/** XML element text: `& < > " '` escaped, illegal characters → U+FFFD. */
function escapeXmlText(s) {
    return xmlLegalize(s).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
}
/** XML attribute value: as text, plus tab/LF/CR as character references (attribute normalisation). */
function escapeXmlAttr(s) {
    return xmlLegalize(s).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch]);
}
/**
 * Inline Markdown (GitHub): ASCII punctuation that Markdown gives meaning to is backslash-escaped, `<`, `>`,
 * `&` become entities (GitHub renders HTML), `@` becomes `&#64;` (no mention pings), line breaks become spaces.
 */
function escapeMarkdown(s) {
    return s.replace(/[\\`*_{}[\]()#+\-.!|~<>&@\r\n]/g, (ch) => {
        switch (ch) {
            case '<':
                return '&lt;';
            case '>':
                return '&gt;';
            case '&':
                return '&amp;';
            case '@':
                return '&#64;';
            case '\r':
            case '\n':
                return ' ';
            default:
                return '\\' + ch;
        }
    });
}
/** An inline code span that cannot be broken out of: the fence is longer than any backtick run inside. */
function markdownCode(s) {
    const flat = s.replace(/[\r\n]+/g, ' ');
    let longest = 0;
    let run = 0;
    for (let i = 0; i < flat.length; i++) {
        if (flat.charCodeAt(i) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 46825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* binding */ FINGERPRINT_KEY),
  Bg: () => (/* binding */ MAX_RELATED),
  TY: () => (/* binding */ bareFingerprint),
  Eg: () => (/* binding */ compareFindings),
  Lf: () => (/* binding */ countAtOrAbove),
  Gt: () => (/* binding */ countFindings),
  Bm: () => (/* binding */ draftFingerprints),
  iP: () => (/* binding */ finalizeDraft),
  jj: () => (/* binding */ finalizeFindings),
  mh: () => (/* binding */ fingerprintV1),
  ek: () => (/* binding */ isRenderSafe),
  Le: () => (/* binding */ levelRank),
  MP: () => (/* binding */ prefixedFingerprint),
  Tc: () => (/* binding */ sortFindings)
});

// UNUSED EXPORTS: diagnosticDraft

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
// EXTERNAL MODULE: ./src/core/report/message-cap.ts
var message_cap = __webpack_require__(83436);
;// CONCATENATED MODULE: ./src/core/report/safe-memo.ts
// A bounded memo of render-safe, capped text (safeText ∘ capMessage) for the per-finding hot path: a dense
// trace repeats the same tool name, policy rule, entry key and message head hundreds of thousands of times,
// and the redaction scan is the costliest step of finalizing a finding (docs/findings.md). Pure: the value
// depends only on the key; the memo is cleared when full, so its memory is bounded.


/** Strings longer than this are computed every time (a long text rarely repeats and would pin memory). */
const MAX_KEY_CHARS = 512;
/** Entries before the memo is cleared: ≤ 2 × 4096 × 512 UTF-16 units (~8 MB) in the worst case. */
const MAX_ENTRIES = 4096;
const memo = new Map();
/** safeText(capMessage(s, max)), memoised for short strings. */
function safeCapped(s, max = message_cap/* MAX_MESSAGE_BYTES */.f) {
    // A short string is under any cap we use (≤ 3 UTF-8 bytes per UTF-16 unit): the cap cannot change it.
    if (s.length > MAX_KEY_CHARS || s.length * 3 > max)
        return (0,safe_text/* safeText */.Hk)((0,message_cap/* capMessage */.W)(s, max));
    const hit = memo.get(s);
    if (hit !== undefined)
        return hit;
    const out = (0,safe_text/* safeText */.Hk)(s);
    if (memo.size >= MAX_ENTRIES)
        memo.clear();
    memo.set(s, out);
    return out;
}

;// CONCATENATED MODULE: ./src/core/report/finding.ts
// Findings: one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints are assayFinding/v1 (docs/findings.md); the SARIF category is never an input.




const FINGERPRINT_KEY = 'assayFinding/v1';
const MAX_RELATED = 10;
/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
function fingerprintV1(ruleId, subject, detail, occurrence) {
    // One-shot hash: a fraction of createHash().update().digest() per call, which matters at a million findings.
    return (0,external_node_crypto_.hash)('sha256', `v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'hex');
}
/** `sha256:<hex>` and bare `<hex>` both become the bare lower-case hex; other strings are returned as given. */
function bareFingerprint(fp) {
    const s = fp.startsWith('sha256:') ? fp.slice(7) : fp;
    return /^[0-9a-fA-F]{64}$/.test(s) ? s.toLowerCase() : fp;
}
/** Normalised form used in run.json and baselines: `sha256:<hex>` (other schemes are kept as given). */
function prefixedFingerprint(fp) {
    const bare = bareFingerprint(fp);
    return /^[0-9a-f]{64}$/.test(bare) ? `sha256:${bare}` : fp;
}
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function levelRank(level) {
    return LEVEL_RANK[level];
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Level (error, warning, note), rule id, uri, line, fingerprint; strings by UTF-16 code unit. */
function compareFindings(a, b) {
    return (LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Fingerprints (`sha256:<hex>`) of drafts in input order, with the occurrence rule of finalizeFindings. */
function draftFingerprints(drafts) {
    const seen = new Map();
    return drafts.map((d) => {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`;
    });
}
/**
 * Compute fingerprints (occurrence = earlier drafts with the same rule id, subject and detail, in input
 * order), make the free text render-safe (unbounded, as in JSON reports), keep ≤ 10 related locations and
 * return the findings sorted. Callers must pass drafts in a deterministic order.
 */
function finalizeFindings(drafts, opts = {}) {
    const seen = new Map();
    const out = [];
    for (const d of drafts) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        out.push(finalizeDraft(d, occurrence, opts));
    }
    return out.sort(compareFindings);
}
/**
 * Findings made by finalizeDraft: their free text is render-safe already, so writers may skip the
 * (idempotent) redaction pass over it. A copy (`{...f}`) is not in the set and gets the full pass.
 */
const RENDER_SAFE = new WeakSet();
function isRenderSafe(f) {
    return RENDER_SAFE.has(f);
}
/** The render-safe message (cut to the message cap, message-cap.ts) followed by its plain tail. */
function messageOf(d) {
    const tail = d.message_tail;
    if (tail === undefined || tail === '')
        return safeCapped(d.message);
    return safeCapped(d.message, message_cap/* MAX_MESSAGE_BYTES */.f - tail.length) + tail;
}
/**
 * One draft with its occurrence number (see finalizeFindings) as a finding key order.
 * `fingerprintHex` is the bare fingerprint when the caller computed it already.
 */
function finalizeDraft(d, occurrence, opts = {}, fingerprintHex) {
    // Properties are assigned in the documented key order (insertion order is the JSON order);
    // no temporary spread objects on this per-finding path.
    const f = {
        fingerprint: `sha256:${fingerprintHex ?? fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
        rule_id: d.rule_id,
        level: d.level,
        source: d.source,
        message: messageOf(d),
    };
    if (d.test_id !== undefined)
        f.test_id = d.test_id;
    if (d.entry_key !== undefined) {
        f.entry_key = opts.redactPrompts && d.entry_key_is_prompt ? (0,safe_text/* redactPrompt */.uH)(d.entry_key) : safeCapped(d.entry_key);
    }
    if (d.tool !== undefined)
        f.tool = safeCapped(d.tool);
    if (d.call_index !== undefined)
        f.call_index = d.call_index;
    if (d.policy_rule !== undefined)
        f.policy_rule = safeCapped(d.policy_rule);
    if (d.count !== undefined)
        f.count = d.count;
    f.location = { uri: d.location.uri, line: d.location.line, col: d.location.col };
    if (d.related !== undefined && d.related.length > 0) {
        const n = Math.min(d.related.length, MAX_RELATED);
        const related = new Array(n);
        for (let i = 0; i < n; i++) {
            const r = d.related[i];
            related[i] = { uri: r.uri, line: r.line, col: r.col, message: safeCapped(r.message) };
        }
        f.related = related;
    }
    if (d.baseline_state !== undefined)
        f.baseline_state = d.baseline_state;
    // Entry keys replaced by redactPrompt are safe too (a fixed form); the test id is an id, never text.
    RENDER_SAFE.add(f);
    return f;
}
function countFindings(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        c[f.level]++;
    return c;
}
function countAtOrAbove(findings, failOn, newOnly = false) {
    if (failOn === 'none')
        return 0;
    const limit = LEVEL_RANK[failOn];
    let n = 0;
    for (const f of findings) {
        if (LEVEL_RANK[f.level] > limit)
            continue;
        if (newOnly && f.baseline_state !== 'new')
            continue;
        n++;
    }
    return n;
}
/**
 * A config finding (`config/<CODE>`) for a load/validate diagnostic, located at its own file:line:col.
 * Fingerprint inputs: subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
function diagnosticDraft(d, opts = {}) {
    const file = d.file ?? opts.file ?? '';
    return {
        rule_id: `${opts.family ?? 'config'}/${d.code}`,
        level: d.severity,
        source: opts.family === 'policy' ? 'policy' : 'config',
        message: capMessage(d.message),
        location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
        subject: file,
        detail: `${d.code}|${opts.keyPath ?? ''}`,
    };
}


/***/ }),

/***/ 40052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UY: () => (/* binding */ buildFindingsBaseline),
/* harmony export */   Ul: () => (/* binding */ diffFindings),
/* harmony export */   Yn: () => (/* binding */ readFindingsBaseline),
/* harmony export */   ou: () => (/* binding */ buildDiffJson),
/* harmony export */   zd: () => (/* binding */ diffSink)
/* harmony export */ });
/* unused harmony exports FINDINGS_BASELINE_SCHEMA, parseFindingsBaseline */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74296);
/* harmony import */ var _finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46825);
/* harmony import */ var _sarif_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(63718);
/* harmony import */ var _util_read_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62712);
// Findings-fingerprint baseline: written every ci run, read back as our JSON or as a
// SARIF file, and diffed by fingerprint over error/warning findings (new / fixed / unchanged).




const FINDINGS_BASELINE_SCHEMA = 'assay.findings_baseline.v1';
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function gated(level) {
    return level === 'error' || level === 'warning';
}
/** The baseline document: error and warning findings, unique by fingerprint, sorted; no timestamps. */
function buildFindingsBaseline(findings, meta) {
    const byFp = new Map();
    for (const f of findings) {
        if (!gated(f.level))
            continue;
        const fp = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixedFingerprint */ .MP)(f.fingerprint);
        if (!byFp.has(fp))
            byFp.set(fp, { fingerprint: fp, rule_id: f.rule_id, level: f.level });
    }
    const entries = [...byFp.values()].sort((a, b) => cmp(a.fingerprint, b.fingerprint));
    const doc = {
        schema: FINDINGS_BASELINE_SCHEMA,
        assay_version: meta.assayVersion,
        category: meta.category,
        findings: entries,
    };
    return JSON.stringify(doc, null, 2) + '\n';
}
function invalid(file, why) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz('E_BASELINE_INVALID', `${file}: findings baseline ${why}`, {
        source: 'baseline',
        context: { file },
    });
}
function unique(fps) {
    return [...new Set(fps)].sort(cmp);
}
/**
 * Parse a findings baseline: `assay.findings_baseline.v1`, or a SARIF log (fingerprints from
 * `partialFingerprints["assayFinding/v1"]`, else `assayLintFingerprint/v1`, over all runs). Only error and
 * warning entries count. Anything else → InputError E_BASELINE_INVALID.
 */
function parseFindingsBaseline(text, file) {
    let doc;
    try {
        doc = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (e) {
        throw invalid(file, `is not JSON: ${e.message}`);
    }
    if (doc === null || typeof doc !== 'object' || Array.isArray(doc))
        throw invalid(file, 'is not a JSON object');
    const obj = doc;
    if (obj.schema === FINDINGS_BASELINE_SCHEMA) {
        if (!Array.isArray(obj.findings))
            throw invalid(file, 'has no "findings" array');
        const fps = [];
        obj.findings.forEach((e, i) => {
            const entry = e;
            if (entry === null || typeof entry !== 'object' || typeof entry.fingerprint !== 'string' || entry.fingerprint === '') {
                throw invalid(file, `entry ${i} has no fingerprint`);
            }
            const level = typeof entry.level === 'string' ? entry.level : 'error';
            if (gated(level))
                fps.push((0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixedFingerprint */ .MP)(entry.fingerprint));
        });
        return { format: 'assay', fingerprints: unique(fps) };
    }
    if (Array.isArray(obj.runs)) {
        const fps = (0,_sarif_js__WEBPACK_IMPORTED_MODULE_2__/* .sarifFingerprints */ .ZH)(obj)
            .filter((r) => gated(r.level))
            .map((r) => (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixedFingerprint */ .MP)(r.fingerprint));
        return { format: 'sarif', fingerprints: unique(fps) };
    }
    throw invalid(file, `is neither ${FINDINGS_BASELINE_SCHEMA} nor a SARIF log`);
}
/** Read and parse a findings baseline file; unreadable → InputError E_BASELINE_INVALID. */
function readFindingsBaseline(path, displayPath = path) {
    let text;
    try {
        text = (0,_util_read_text_js__WEBPACK_IMPORTED_MODULE_3__/* .readTextStrict */ .hr)(path, displayPath, 'E_BASELINE_INVALID', { errorClass: _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz, source: 'baseline' });
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw e;
        throw invalid(displayPath, `cannot be read: ${e.code ?? e.message}`);
    }
    return parseFindingsBaseline(text, displayPath);
}
/** Diff error/warning findings against a baseline by fingerprint and set their `baseline_state`. */
function diffFindings(findings, baseline) {
    const base = new Set(baseline.fingerprints);
    const current = new Set();
    const out = findings.map((f) => {
        if (!gated(f.level))
            return f;
        const fp = (0,_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .prefixedFingerprint */ .MP)(f.fingerprint);
        current.add(fp);
        return { ...f, baseline_state: base.has(fp) ? 'unchanged' : 'new' };
    });
    const diff = {
        new: unique([...current].filter((fp) => !base.has(fp))),
        fixed: unique([...base].filter((fp) => !current.has(fp))),
        unchanged: unique([...current].filter((fp) => base.has(fp))),
    };
    return {
        findings: out,
        diff,
        counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
    };
}
/** `diff.json`: `{new, fixed, unchanged}` sorted fingerprint lists. */
function buildDiffJson(diff) {
    return JSON.stringify({ new: diff.new, fixed: diff.fixed, unchanged: diff.unchanged }, null, 2) + '\n';
}
/**
 * diffFindings over every finding of a sink (its compact fingerprints, not the findings themselves):
 * `findings` are the kept ones (their `baseline_state` was set by the sink).
 */
function diffSink(sink, baseline, findings) {
    const base = baseline.fingerprints; // unique, sorted
    const diff = { new: [], fixed: [], unchanged: [] };
    let i = 0;
    for (const e of sink.uniqueFingerprints()) {
        while (i < base.length && base[i] < e.fingerprint)
            diff.fixed.push(base[i++]);
        if (i < base.length && base[i] === e.fingerprint) {
            diff.unchanged.push(e.fingerprint);
            i++;
        }
        else
            diff.new.push(e.fingerprint);
    }
    while (i < base.length)
        diff.fixed.push(base[i++]);
    return {
        findings: [...findings],
        diff,
        counts: { found: true, new: diff.new.length, fixed: diff.fixed.length, unchanged: diff.unchanged.length },
    };
}


/***/ }),

/***/ 58327:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   uO: () => (/* binding */ writeDocWithStreamedArray),
/* harmony export */   us: () => (/* binding */ prettyAt),
/* harmony export */   vV: () => (/* binding */ SyncWriter)
/* harmony export */ });
/* unused harmony export mergeByKey */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(34023);
/* harmony import */ var _util_make_dirs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(33357);
// Streaming writers for the big JSON documents (run.json, `--format json`, the findings baseline): the
// document is written piece by piece with synchronous writes (natural backpressure), never built as one
// string, so its size is bounded by the disk, not by V8's string limit. Write failures (EPIPE, ENOSPC,
// EACCES, …) surface as InfraError E_IO_ERROR naming the target (docs/findings.md).





const FLUSH_AT = 1 << 20;
function ioError(target, e) {
    const code = e.code;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InfraError */ .Ri('E_IO_ERROR', `cannot write ${target}: ${code ?? e.message}`, {
        source: 'unknown',
        context: { file: target },
        nextStepValues: { path: target },
    });
}
/** Buffered synchronous writer to a file path or a file descriptor (1 = stdout). */
class SyncWriter {
    label;
    /** Staging buffer: strings are encoded into it (encodeAt) and bytes copied into it as they arrive. */
    stage = Buffer.allocUnsafe(FLUSH_AT + 64 * 1024);
    used = 0;
    fd;
    owned;
    /** Bytes written so far. */
    bytes = 0;
    constructor(target, label = typeof target === 'number' ? 'stdout' : target) {
        this.label = label;
        if (typeof target === 'number') {
            this.fd = target;
            this.owned = false;
        }
        else {
            try {
                (0,_util_make_dirs_js__WEBPACK_IMPORTED_MODULE_4__/* .makeDirs */ .X)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(target));
                this.fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(target, 'w');
            }
            catch (e) {
                throw ioError(this.label, e);
            }
            this.owned = true;
        }
    }
    /** Write a string, or bytes (copied at once: the caller may reuse them). */
    write(s) {
        const need = typeof s === 'string' ? s.length * 3 : s.length;
        if (this.used + need > this.stage.length) {
            this.flush();
            if (need > this.stage.length) {
                // Larger than the staging buffer: written on its own.
                this.writeOut(typeof s === 'string' ? Buffer.from(s, 'utf8') : s);
                return;
            }
        }
        if (typeof s === 'string')
            this.used += (0,_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeAt */ .E)(s, this.stage, this.used);
        else {
            this.stage.set(s, this.used);
            this.used += s.length;
        }
        if (this.used >= FLUSH_AT)
            this.flush();
    }
    flush() {
        if (this.used === 0)
            return;
        const n = this.used;
        this.used = 0;
        this.writeOut(this.stage.subarray(0, n));
    }
    writeOut(buf) {
        let off = 0;
        while (off < buf.length) {
            try {
                off += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fd, buf, off);
            }
            catch (e) {
                // A non-blocking pipe that is full: wait for the reader (synchronous backpressure).
                if (e.code === 'EAGAIN') {
                    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
                    continue;
                }
                throw ioError(this.label, e);
            }
        }
        this.bytes += buf.length;
    }
    /** Flush and close (the descriptor is closed only when this writer opened it). */
    close() {
        try {
            this.flush();
        }
        finally {
            if (this.owned) {
                try {
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fd);
                }
                catch (e) {
                    // eslint-disable-next-line no-unsafe-finally
                    throw ioError(this.label, e);
                }
            }
        }
    }
}
/** JSON.stringify(value, null, 2) as it appears nested at `depth` (JSON text never holds a raw newline). */
function prettyAt(value, depth) {
    if (depth === 0)
        return JSON.stringify(value, null, 2);
    if (value !== undefined && typeof value !== 'function' && typeof value !== 'symbol') {
        // Stringified inside `depth` arrays, the value comes out indented for its depth natively (no second
        // pass over the text to re-indent it); the wrapper is d²+3d characters before and d²+d after.
        let w = value;
        for (let i = 0; i < depth; i++)
            w = [w];
        const s = JSON.stringify(w, null, 2);
        return s.slice(depth * depth + 3 * depth, s.length - (depth * depth + depth));
    }
    const s = JSON.stringify(value, null, 2);
    return s.replace(/\n/g, '\n' + '  '.repeat(depth));
}
/**
 * Write `doc` as JSON.stringify(doc, null, 2) + "\n", except that the top-level array `key` (present in
 * `doc`, normally empty) is written from `items`: each item is the pretty text of one element at depth 2
 * (prettyAt(x, 2)), as a string or as UTF-8 bytes. The bytes equal those of the whole document stringified at once.
 */
function writeDocWithStreamedArray(w, doc, key, items) {
    const text = JSON.stringify({ ...doc, [key]: [] }, null, 2);
    const marker = `\n  ${JSON.stringify(key)}: []`;
    const at = text.indexOf(marker);
    if (at < 0)
        throw new Error(`streamed key ${key} not found`);
    w.write(text.slice(0, at + marker.length - 1));
    let first = true;
    for (const item of items) {
        w.write(first ? '\n    ' : ',\n    ');
        w.write(item);
        first = false;
    }
    w.write(first ? ']' : '\n  ]');
    w.write(text.slice(at + marker.length));
    w.write('\n');
}
/** Merge two sequences already in `key` order (ties: `a` first). */
function* mergeByKey(a, b, keyOf) {
    const ia = a[Symbol.iterator]();
    const ib = b[Symbol.iterator]();
    let xa = ia.next();
    let xb = ib.next();
    while (!xa.done || !xb.done) {
        if (xb.done || (!xa.done && !(keyOf(xb.value) < keyOf(xa.value)))) {
            yield xa.value;
            xa = ia.next();
        }
        else {
            yield xb.value;
            xb = ib.next();
        }
    }
}


/***/ }),

/***/ 46490:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ MAX_POLICY_LINES),
/* harmony export */   P: () => (/* binding */ buildJunit)
/* harmony export */ });
/* harmony import */ var _render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61103);
// JUnit XML, written by hand so attribute order and bytes are fixed: one suite per config and
// one per trace file decided by the policy gate; no timestamp, hostname or time unless timings are asked.

const MAX_POLICY_LINES = 50;
function attr(name, value) {
    return ` ${name}="${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlAttr */ .W6)(value)}"`;
}
function seconds(ms) {
    return ((ms ?? 0) / 1000).toFixed(3);
}
function testcase(classname, name, body, timings, ms) {
    const time = timings ? attr('time', seconds(ms)) : '';
    return `    <testcase${attr('classname', classname)}${attr('name', name)}${time}>${body}</testcase>`;
}
function rowCase(suite, row, timings) {
    const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(row.message);
    let body = '';
    let kind = 'pass';
    switch (row.status) {
        case 'pass':
        case 'allowed_on_error':
            break;
        case 'skipped':
            kind = 'skipped';
            body = `<skipped${attr('message', m)}/>`;
            break;
        case 'warn':
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`WARNING: ${m}`)}</system-out>`;
            break;
        case 'flaky':
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`FLAKY: ${m}`)}</system-out>`;
            break;
        case 'unstable':
            body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`UNSTABLE: ${m}`)}</system-out>`;
            break;
        case 'fail': {
            kind = 'failure';
            const lines = (row.details ?? []).map((l) => (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(l)).join('\n');
            body = `<failure${attr('message', m)}${attr('type', row.kind ?? 'fail')}>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(lines)}</failure>`;
            break;
        }
        case 'error':
            kind = 'error';
            body = `<error${attr('message', m)}${attr('type', row.run_error_kind ?? 'error')}/>`;
            break;
    }
    return { kind, xml: testcase(suite, row.test_id, body, timings, row.duration_ms) };
}
function findingLines(findings, total) {
    const shown = findings.slice(0, MAX_POLICY_LINES).map((f) => `${f.location.uri}:${f.location.line}: ${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(f.message)}`);
    if (total > shown.length)
        shown.push(`…and ${total - shown.length} more`);
    return shown.join('\n');
}
function policyCase(c, timings) {
    const errors = c.findings.filter((f) => f.level === 'error');
    const warnings = c.findings.filter((f) => f.level === 'warning');
    const nErrors = c.errorCount ?? errors.length;
    const nWarnings = c.warningCount ?? warnings.length;
    let body = '';
    let kind = 'pass';
    if (nErrors > 0 && errors.length > 0) {
        kind = 'failure';
        const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(`${nErrors} finding(s); first: ${errors[0].message}`);
        body = `<failure${attr('message', m)}>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(findingLines(errors, nErrors))}</failure>`;
    }
    else if (nWarnings > 0 && warnings.length > 0) {
        const m = (0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .safeBounded */ .vn)(`${nWarnings} finding(s); first: ${warnings[0].message}`);
        body = `<system-out>${(0,_render_safe_text_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeXmlText */ .IR)(`WARNING: ${m}\n${findingLines(warnings, nWarnings)}`)}</system-out>`;
    }
    else if (!c.exercised) {
        kind = 'skipped';
        body = '<skipped message="not exercised"/>';
    }
    return { kind, xml: testcase('policy', c.name, body, timings, c.duration_ms) };
}
function tally(cases, ms) {
    const c = { tests: cases.length, failures: 0, errors: 0, skipped: 0, ms };
    for (const x of cases) {
        if (x.kind === 'failure')
            c.failures++;
        else if (x.kind === 'error')
            c.errors++;
        else if (x.kind === 'skipped')
            c.skipped++;
    }
    return c;
}
function countAttrs(c, timings) {
    return (attr('tests', String(c.tests)) +
        attr('failures', String(c.failures)) +
        attr('errors', String(c.errors)) +
        attr('skipped', String(c.skipped)) +
        (timings ? attr('time', seconds(c.ms)) : ''));
}
/** The JUnit document: UTF-8, LF, final newline; byte-stable for identical inputs. */
function buildJunit(input) {
    const timings = input.timings === true;
    const suites = [];
    for (const s of input.configSuites) {
        const cases = s.rows.map((r) => rowCase(s.name, r, timings));
        const ms = s.rows.reduce((a, r) => a + (r.duration_ms ?? 0), 0);
        suites.push({ name: s.name, cases, counts: tally(cases, ms) });
    }
    for (const s of input.policySuites) {
        const cases = s.cases.map((c) => policyCase(c, timings));
        const ms = s.cases.reduce((a, c) => a + (c.duration_ms ?? 0), 0);
        suites.push({ name: s.name, cases, counts: tally(cases, ms) });
    }
    const total = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
    for (const s of suites) {
        total.tests += s.counts.tests;
        total.failures += s.counts.failures;
        total.errors += s.counts.errors;
        total.skipped += s.counts.skipped;
        total.ms += s.counts.ms;
    }
    const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attr('name', 'assay')}${countAttrs(total, timings)}>`];
    for (const s of suites) {
        lines.push(`  <testsuite${attr('name', s.name)}${countAttrs(s.counts, timings)}>`);
        for (const c of s.cases)
            lines.push(c.xml);
        lines.push('  </testsuite>');
    }
    lines.push('</testsuites>');
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 83436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ capMessage),
/* harmony export */   f: () => (/* binding */ MAX_MESSAGE_BYTES)
/* harmony export */ });
// One cap on the size of any single message or name that enters a finding or a diagnostic (docs/findings.md):
// a 5 KB tool name or a 259 MB schema error text must not be copied into every report line. Bytes are UTF-8.
const MAX_MESSAGE_BYTES = 4096;
/**
 * `s` unchanged when its UTF-8 form fits in `max` bytes; else its longest prefix that fits together with the
 * marker `…[truncated N bytes]` (N = UTF-8 bytes cut). Never splits a surrogate pair. Linear in the kept part:
 * a huge input is only measured, never copied.
 */
function capMessage(s, max = MAX_MESSAGE_BYTES) {
    // Fast path: every UTF-16 unit is at most 3 UTF-8 bytes.
    if (s.length * 3 <= max)
        return s;
    const total = Buffer.byteLength(s, 'utf8');
    if (total <= max)
        return s;
    // Reserve room for the marker (its digits are bounded by the digits of `total`).
    const reserve = Buffer.byteLength(`…[truncated ${total} bytes]`, 'utf8');
    const budget = Math.max(0, max - reserve);
    let bytes = 0;
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        let w = 1;
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            w = 4;
            units = 2;
        }
        else if (c >= 0x800)
            w = 3;
        else if (c >= 0x80)
            w = 2;
        if (bytes + w > budget)
            break;
        bytes += w;
        i += units;
    }
    return `${s.slice(0, i)}…[truncated ${total - bytes} bytes]`;
}


/***/ }),

/***/ 63718:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uP: () => (/* binding */ MAX_GZIP_BYTES),
  QW: () => (/* binding */ MAX_RESULTS_PER_RUN),
  _k: () => (/* binding */ MAX_RUNS),
  Ep: () => (/* binding */ buildSarif),
  U7: () => (/* binding */ compareForSarif),
  TA: () => (/* binding */ pathToUri),
  ZH: () => (/* binding */ sarifFingerprints)
});

// UNUSED EXPORTS: SARIF_SCHEMA_URI, TRUNCATED_NOTIFICATION_ID, automationId, largestFittingPrefix

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(46825);
// EXTERNAL MODULE: ./src/core/report/json-stream.ts
var json_stream = __webpack_require__(58327);
;// CONCATENATED MODULE: ./src/core/report/sarif-rules.ts
const POLICY_TAGS = ['security', 'mcp', 'policy'];
const POLICY_RULES = {
    E_TOOL_DENIED: {
        name: 'ToolDenied',
        short: 'Tool call matches a deny rule',
        full: 'The agent called a tool that the policy denies by name pattern or class. Deny rules win over allow rules.',
        help: "Remove the call from the agent's plan or change tools.deny in the policy.",
        md: 'Remove the call, or change `tools.deny` in the policy.',
        level: 'error',
        sev: '8.0',
    },
    E_TOOL_DRIFT: {
        name: 'ToolDrift',
        short: 'Tool identity differs from its pin',
        full: 'The description or input schema the server advertised for a pinned tool differs from the pinned value, which may indicate a tool-poisoning or rug-pull attack.',
        help: 'Review the tool definition change; if it is expected, update tool_pins in the policy.',
        md: 'Review the changed tool definition; if expected, update `tool_pins` in the policy.',
        level: 'error',
        sev: '8.5',
    },
    E_TOOL_NOT_ALLOWED: {
        name: 'ToolNotAllowed',
        short: 'Tool outside the allowlist',
        full: 'The agent called a tool that the policy allowlist does not contain. An empty allowlist allows no tool at all.',
        help: 'Add the tool to tools.allow if the call is intended, or remove the call.',
        md: 'Add the tool to `tools.allow` if the call is intended, or remove the call.',
        level: 'error',
        sev: '7.5',
    },
    E_ARG_SCHEMA: {
        name: 'ArgSchema',
        short: 'Tool arguments violate the schema',
        full: 'The arguments of a tool call do not validate against the JSON Schema the policy declares for that tool.',
        help: 'Fix the arguments the agent sends, or relax schemas.<tool> in the policy.',
        md: 'Fix the arguments, or relax `schemas.<tool>` in the policy.',
        level: 'error',
        sev: '7.0',
    },
    E_SEQUENCE_VIOLATION: {
        name: 'SequenceViolation',
        short: 'Call order violates a sequence rule',
        full: 'The order of tool calls in an episode violates a sequence rule of the policy (require, before, after, never_after, eventually, max_calls or an absence rule).',
        help: 'Change the order of calls, or adjust the rule in sequences of the policy.',
        md: 'Change the call order, or adjust the rule in `sequences` of the policy.',
        level: 'error',
        sev: '6.5',
    },
    E_RATE_LIMIT: {
        name: 'RateLimit',
        short: 'Calls exceed a policy limit',
        full: 'The number of tool calls exceeds a limit set in the limits section of the policy.',
        help: 'Reduce the number of calls, or raise the limit in limits of the policy.',
        md: 'Reduce the number of calls, or raise the limit in `limits`.',
        level: 'error',
        sev: '5.0',
    },
    E_SCHEMA_COMPILE: {
        name: 'SchemaCompile',
        short: 'Policy could not be evaluated for a call',
        full: 'A JSON Schema in the policy could not be compiled, so the call could not be checked against it.',
        help: 'Fix the schema under schemas in the policy; run assay policy validate to see the error.',
        md: 'Fix the schema under `schemas`; run `assay policy validate` to see the error.',
        level: 'error',
        sev: '5.0',
    },
    E_TOOL_UNCONSTRAINED: {
        name: 'ToolUnconstrained',
        short: 'Allowed tool has no argument schema',
        full: 'The policy allows the tool but declares no argument schema for it, so any arguments are accepted. Under enforcement.unconstrained_tools: deny this is an error.',
        help: 'Add a schema for the tool under schemas, or set enforcement.unconstrained_tools deliberately.',
        md: 'Add a schema under `schemas`, or set `enforcement.unconstrained_tools` deliberately.',
        level: 'warning',
        sev: '4.0',
    },
    W_RULE_NOT_EXERCISED: {
        name: 'RuleNotExercised',
        short: 'Sequence rule exercised by no entry',
        full: 'No trace entry contained the calls this sequence rule is about, so the rule was never tested.',
        help: 'Add a trace that exercises the rule, or remove the rule if it no longer applies.',
        md: 'Add a trace that exercises the rule, or remove it if it no longer applies.',
        level: 'note',
        sev: '1.0',
    },
};
const OTHER_RULES = {
    'test/error': {
        name: 'TestError',
        short: 'Test could not be decided',
        full: 'The test ended in an error (for example a trace miss, a missing judge or embedding value, or an internal error), so no verdict was reached.',
        help: 'Read the test message in run.json; run assay explain <test-id> for details.',
        md: 'Read the message in `run.json`; run `assay explain <test-id>`.',
        level: 'error',
        sev: '4.0',
    },
    'test/judge_uncertain': {
        name: 'TestJudgeUncertain',
        short: 'Judge abstained',
        full: 'The judge verdict for the test was Abstain, so pass or fail cannot be decided.',
        help: 'Review the borderline result or adjust the judge threshold.',
        md: 'Review the borderline result or adjust the judge threshold.',
        level: 'error',
        sev: '4.0',
    },
    'test/unstable': {
        name: 'TestUnstable',
        short: 'Unstable metric',
        full: 'The judge samples for the test disagreed, so the metric is unstable.',
        help: 'Make the rubric or the answer less ambiguous, or record more samples.',
        md: 'Make the rubric or answer less ambiguous, or record more samples.',
        level: 'warning',
        sev: '3.0',
    },
    'test/not_exercised': {
        name: 'TestNotExercised',
        short: 'Check evaluated nothing',
        full: 'The check was requested but found nothing to evaluate in the bound trace entry; it does not fail the run.',
        help: 'Add trace data that exercises the check, or remove the check.',
        md: 'Add trace data that exercises the check, or remove it.',
        level: 'note',
        sev: '1.0',
    },
    'baseline/regression': {
        name: 'BaselineRegression',
        short: 'Score dropped beyond the allowed drop',
        full: 'The score of the test dropped by more than max_drop compared with the eval baseline.',
        help: 'Investigate the regression, or re-export the baseline if the drop is intended.',
        md: 'Investigate the regression, or re-export the baseline (`--export-baseline`).',
        level: 'error',
        sev: '5.0',
    },
    'baseline/below_floor': {
        name: 'BaselineBelowFloor',
        short: 'Score below the floor',
        full: 'A similarity or judge score fell below min_floor.',
        help: 'Investigate the low score, or lower min_floor if intended.',
        md: 'Investigate the low score, or lower `min_floor` if intended.',
        level: 'error',
        sev: '5.0',
    },
    'baseline/coverage_regression': {
        name: 'BaselineCoverageRegression',
        short: 'Check no longer exercised',
        full: 'A check that was exercised in the baseline evaluated nothing in this run.',
        help: 'Restore the trace data the check needs, or re-export the baseline.',
        md: 'Restore the trace data the check needs, or re-export the baseline.',
        level: 'warning',
        sev: '3.0',
    },
    'baseline/missing': {
        name: 'BaselineMissing',
        short: 'No baseline entry for the test',
        full: 'The eval baseline has no score for this test and metric, so no regression check was possible.',
        help: 'Re-export the baseline on the default branch: assay run --export-baseline <file>.',
        md: 'Re-export the baseline: `assay run --export-baseline <file>`.',
        level: 'warning',
        sev: '2.0',
    },
};
const SEVERITY_BY_LEVEL = { error: '6.0', warning: '3.0', note: '1.0' };
const GENERIC_SEVERITY = { error: '5.0', warning: '3.0', note: '1.0' };
/** `E_TOOL_DENIED` → `ToolDenied`, `tool_blocklist` → `ToolBlocklist`, `a/b-c` → `ABC`. */
function pascalCase(s) {
    const words = s.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
    const name = words.map((w) => w[0].toUpperCase() + w.slice(1).toLowerCase()).join('');
    return (name === '' ? 'Rule' : name).slice(0, 255);
}
function stripCodePrefix(code) {
    return /^[EW]_/.test(code) ? code.slice(2) : code;
}
function fromStatic(id, r, tags, level) {
    return {
        id,
        name: r.name,
        shortDescription: r.short,
        fullDescription: r.full,
        helpText: r.help,
        helpMarkdown: r.md,
        level: level ?? r.level,
        securitySeverity: r.sev,
        tags,
    };
}
/**
 * Metadata for a rule id. `observedLevel` is the level of the first kept result of the rule; it is the default
 * level only for families whose level comes from the finding (`config/<CODE>`, unknown ids).
 */
function ruleMeta(ruleId, observedLevel) {
    const slash = ruleId.indexOf('/');
    const family = slash > 0 ? ruleId.slice(0, slash) : '';
    const rest = slash > 0 ? ruleId.slice(slash + 1) : ruleId;
    if (family === 'policy') {
        const r = POLICY_RULES[rest];
        if (r)
            return fromStatic(ruleId, r, POLICY_TAGS);
        return {
            id: ruleId,
            name: pascalCase(stripCodePrefix(rest)),
            shortDescription: `Policy finding ${rest}`,
            fullDescription: `The policy gate reported ${rest} for a tool call.`,
            helpText: 'Run assay explain on the trace and policy to see the decision.',
            helpMarkdown: 'Run `assay explain` on the trace and policy to see the decision.',
            level: observedLevel,
            securitySeverity: GENERIC_SEVERITY[observedLevel],
            tags: POLICY_TAGS,
        };
    }
    const known = OTHER_RULES[ruleId];
    if (known)
        return fromStatic(ruleId, known, ['assay', family]);
    if (family === 'test' && rest.startsWith('assertion/')) {
        const type = rest.slice('assertion/'.length);
        return {
            id: ruleId,
            name: pascalCase(`test assertion ${type}`),
            shortDescription: `Trace assertion ${type} failed`,
            fullDescription: `An assertion of type ${type} attached to the test did not hold for the bound trace entry.`,
            helpText: 'Read the assertion message in run.json; run assay explain <test-id> for details.',
            helpMarkdown: 'Read the assertion message in `run.json`; run `assay explain <test-id>`.',
            level: 'error',
            securitySeverity: '5.0',
            tags: ['assay', 'test'],
        };
    }
    if (family === 'test') {
        return {
            id: ruleId,
            name: pascalCase(`test ${rest}`),
            shortDescription: `Eval check ${rest} failed`,
            fullDescription: `The ${rest} check of the test failed for the bound trace entry.`,
            helpText: 'Read the test message in run.json; run assay explain <test-id> for details.',
            helpMarkdown: 'Read the test message in `run.json`; run `assay explain <test-id>`.',
            level: 'error',
            securitySeverity: '5.0',
            tags: ['assay', 'test'],
        };
    }
    if (family === 'config') {
        return {
            id: ruleId,
            name: pascalCase(`config ${stripCodePrefix(rest)}`),
            shortDescription: `Configuration diagnostic ${rest}`,
            fullDescription: `Loading or validating the configuration, policy, trace or baseline reported ${rest}.`,
            helpText: 'Run assay validate --format json to see every diagnostic with its fix steps.',
            helpMarkdown: 'Run `assay validate --format json` to see every diagnostic with its fix steps.',
            level: observedLevel,
            securitySeverity: SEVERITY_BY_LEVEL[observedLevel],
            tags: ['assay', 'config'],
        };
    }
    return {
        id: ruleId,
        name: pascalCase(ruleId),
        shortDescription: `Assay finding ${ruleId}`,
        fullDescription: `Assay reported ${ruleId}.`,
        helpText: 'See run.json for the full finding.',
        helpMarkdown: 'See `run.json` for the full finding.',
        level: observedLevel,
        securitySeverity: GENERIC_SEVERITY[observedLevel],
        tags: family === '' ? ['assay'] : ['assay', family],
    };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(61103);
// EXTERNAL MODULE: ./src/core/report/utf8.ts
var utf8 = __webpack_require__(34023);
;// CONCATENATED MODULE: ./src/core/report/sarif.ts
// SARIF 2.1.0 writer: one run per category, rules[] for the rules that fired, real locations,
// stable partialFingerprints, and truncation at GitHub's limits (25,000 results per run, 10 MB gzipped).
//
// Speed: every result and rule is serialised once (results into one UTF-8 buffer per run). Rules are listed in
// order of first appearance in the ranked results, so dropping a suffix of results only drops a suffix of
// rules and never changes the ruleIndex of what is kept; a candidate file is a few strings plus zero-copy
// slices of those buffers, so only gzip runs per bisection step, and interpolated split points keep the
// number of steps small (largestFittingPrefix).






const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const MAX_RESULTS_PER_RUN = 25_000;
const MAX_GZIP_BYTES = 9_500_000;
const MAX_RUNS = 20;
const TRUNCATED_NOTIFICATION_ID = 'ASSAY-SARIF-TRUNCATED';
const STATE_RANK = (f) => (f.baseline_state === 'new' ? 0 : 1);
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Truncation rank: level, `new` before unchanged, rule id, uri, line, fingerprint. */
function compareForSarif(a, b) {
    return ((0,finding/* levelRank */.Le)(a.level) - (0,finding/* levelRank */.Le)(b.level) ||
        STATE_RANK(a) - STATE_RANK(b) ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
/** Repo-relative path → URI reference: each segment percent-encoded, `/` kept. */
function pathToUri(path) {
    return path
        .split('/')
        .map((seg) => encodeURIComponent(seg))
        .join('/');
}
function region(line, col) {
    return { startLine: Math.max(1, Math.trunc(line) || 1), startColumn: Math.max(1, Math.trunc(col) || 1) };
}
/** Subject of the message: test id (an id: never altered), else entry key, else file. */
function messageSubject(f, safe) {
    if (f.test_id !== undefined && f.test_id !== '')
        return f.test_id;
    if (f.entry_key !== undefined && f.entry_key !== '')
        return safe(f.entry_key);
    return (0,safe_text/* safeText */.Hk)(f.location.uri);
}
const same = (s) => s;
function physical(uri, line, col) {
    return { artifactLocation: { uri: pathToUri(uri) }, region: region(line, col) };
}
function resultObject(f, ruleIndex, extras) {
    const safe = (0,finding/* isRenderSafe */.ek)(f) ? same : safe_text/* safeText */.Hk;
    const bounded = (0,finding/* isRenderSafe */.ek)(f) ? (s) => (0,safe_text/* boundText */.O6)(s) : safe_text/* safeBounded */.vn;
    const location = { physicalLocation: physical(f.location.uri, f.location.line, f.location.col) };
    if (extras?.logicalLocations && extras.logicalLocations.length > 0)
        location.logicalLocations = extras.logicalLocations;
    const result = {
        ruleId: f.rule_id,
        ruleIndex,
        level: f.level,
        // A finding from finalizeDraft is render-safe already (isRenderSafe): only bounded here.
        message: { text: (0,safe_text/* boundText */.O6)(`${messageSubject(f, safe)}: ${safe(f.message)}`) },
        locations: [location],
    };
    if (f.related && f.related.length > 0) {
        result.relatedLocations = f.related.slice(0, finding/* MAX_RELATED */.Bg).map((r, i) => ({
            id: i + 1,
            message: { text: bounded(r.message) },
            physicalLocation: physical(r.uri, r.line, r.col),
        }));
    }
    result.partialFingerprints = { [finding/* FINGERPRINT_KEY */.XG]: (0,finding/* bareFingerprint */.TY)(f.fingerprint), ...extras?.partialFingerprints };
    if (f.baseline_state !== undefined)
        result.baselineState = f.baseline_state;
    const props = { source: f.source };
    if (f.test_id !== undefined)
        props.test_id = f.test_id;
    if (f.tool !== undefined)
        props.tool = bounded(f.tool);
    if (f.call_index !== undefined)
        props.call_index = f.call_index;
    if (f.policy_rule !== undefined)
        props.policy_rule = bounded(f.policy_rule);
    result.properties = { ...props, ...extras?.properties };
    return result;
}
function ruleObject(ruleId, observed, info) {
    const m = info?.(ruleId) ?? ruleMeta(ruleId, observed);
    return {
        id: m.id,
        name: m.name,
        shortDescription: { text: m.shortDescription.slice(0, 1024) },
        fullDescription: { text: m.fullDescription },
        help: { text: m.helpText, markdown: m.helpMarkdown },
        defaultConfiguration: { level: m.level },
        properties: { tags: m.tags.slice(0, 10), 'security-severity': m.securitySeverity, precision: 'high' },
    };
}
// ---- Pretty printing identical to JSON.stringify(doc, null, 2), assembled from pieces --------------------
function ind(depth) {
    return '  '.repeat(depth);
}
/** JSON.stringify(value, null, 2) as it appears at `depth` (JSON strings never hold a raw newline). */
function pj(value, depth) {
    return (0,json_stream/* prettyAt */.us)(value, depth);
}
function prettyArray(items, depth) {
    if (items.length === 0)
        return '[]';
    const pad = ind(depth + 1);
    return `[\n${pad}${items.join(`,\n${pad}`)}\n${ind(depth)}]`;
}
function prettyObject(pairs, depth) {
    if (pairs.length === 0)
        return '{}';
    const pad = ind(depth + 1);
    return `{\n${pairs.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')}\n${ind(depth)}}`;
}
const RESULT_SEP = `,\n${ind(4)}`;
function prepareRun(run, cap) {
    const rankedAll = [...run.findings].sort(compareForSarif);
    const ranked = rankedAll.slice(0, cap);
    const ruleIndex = new Map();
    const rules = [];
    const ruleFirst = [];
    // Results are encoded in batches, so at most one batch of result strings is alive at a time.
    const batch = [];
    let batchChars = 0;
    const chunks = [];
    const flushBatch = () => {
        if (batch.length === 0)
            return;
        const b = Buffer.allocUnsafe(batchChars * 3 + RESULT_SEP.length * batch.length);
        let used = 0;
        for (const x of batch)
            used += (0,utf8/* encodeAt */.E)(x, b, used);
        chunks.push(b.subarray(0, used));
        batch.length = 0;
        batchChars = 0;
    };
    const resultEnd = [];
    let offset = 0;
    ranked.forEach((f, i) => {
        let idx = ruleIndex.get(f.rule_id);
        if (idx === undefined) {
            idx = rules.length;
            ruleIndex.set(f.rule_id, idx);
            rules.push(pj(ruleObject(f.rule_id, f.level, run.ruleInfo), 6));
            ruleFirst.push(i);
        }
        const text = pj(resultObject(f, idx, run.decorate?.(f)), 4);
        if (i > 0)
            batch.push(RESULT_SEP);
        batch.push(text);
        batchChars += text.length;
        const bytes = Buffer.byteLength(text, 'utf8');
        if (batchChars >= 1 << 20)
            flushBatch();
        offset += (i > 0 ? RESULT_SEP.length : 0) + bytes;
        resultEnd.push(offset);
    });
    flushBatch();
    const resultBytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, offset);
    return { input: run, ranked, rules, ruleFirst, total: Math.max(rankedAll.length, run.totalFindings ?? 0), resultBytes, resultEnd };
}
function automationId(run) {
    return `${run.category}/${run.kind}/`;
}
/** One run with `kept` results, as pieces (strings and a zero-copy slice of the serialised results). */
function runPieces(p, kept, input) {
    let ruleCount = 0;
    while (ruleCount < p.ruleFirst.length && p.ruleFirst[ruleCount] < kept)
        ruleCount++;
    const omitted = p.total - kept;
    const driver = [
        ['name', JSON.stringify(p.input.driverName ?? 'assay')],
        ['version', JSON.stringify(input.version)],
        ['semanticVersion', JSON.stringify(input.version)],
    ];
    if (input.informationUri !== undefined)
        driver.push(['informationUri', JSON.stringify(input.informationUri)]);
    driver.push(['rules', prettyArray(p.rules.slice(0, ruleCount), 5)]);
    const notifications = (p.input.notifications ?? []).map((n) => ({
        descriptor: { id: n.id },
        level: n.level,
        message: { text: (0,safe_text/* safeBounded */.vn)(n.message) },
    }));
    if (omitted > 0) {
        notifications.push({
            descriptor: { id: TRUNCATED_NOTIFICATION_ID },
            level: 'warning',
            message: { text: `${omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json` },
        });
    }
    const invocation = {
        executionSuccessful: p.input.exitCode === 0 || p.input.exitCode === 1,
        exitCode: p.input.exitCode,
    };
    if (notifications.length > 0)
        invocation.toolExecutionNotifications = notifications;
    const before = [
        ['tool', prettyObject([['driver', prettyObject(driver, 4)]], 3)],
        ['automationDetails', pj({ id: automationId(p.input) }, 3)],
        ['invocations', pj([invocation], 3)],
    ];
    const pad = ind(3);
    const head = `{\n${before.map(([k, v]) => `${pad}${JSON.stringify(k)}: ${v}`).join(',\n')},\n${pad}"results": `;
    let tail = '';
    if (omitted > 0)
        tail += `,\n${pad}"properties": ${pj({ assay: { truncated: true, omitted_count: omitted } }, 3)}`;
    tail += `\n${ind(2)}}`;
    if (kept === 0)
        return [head + '[]' + tail];
    return [`${head}[\n${ind(4)}`, p.resultBytes.subarray(0, p.resultEnd[kept - 1]), `\n${pad}]${tail}`];
}
function documentPieces(prepared, kept, input) {
    const pieces = [
        `{\n  "$schema": ${JSON.stringify(SARIF_SCHEMA_URI)},\n  "version": "2.1.0",\n  "runs": `,
    ];
    if (prepared.length === 0)
        pieces.push('[]');
    else {
        prepared.forEach((p, i) => {
            pieces.push(i === 0 ? `[\n${ind(2)}` : `,\n${ind(2)}`);
            pieces.push(...runPieces(p, kept[i], input));
        });
        pieces.push(`\n${ind(1)}]`);
    }
    pieces.push('\n}\n');
    return pieces;
}
function concatPieces(pieces) {
    const out = Buffer.allocUnsafe(byteSize(pieces));
    let used = 0;
    for (const x of pieces) {
        if (typeof x === 'string')
            used += (0,utf8/* encodeAt */.E)(x, out, used);
        else {
            x.copy(out, used);
            used += x.length;
        }
    }
    return out.subarray(0, used);
}
function byteSize(pieces) {
    let n = 0;
    for (const x of pieces)
        n += typeof x === 'string' ? Buffer.byteLength(x, 'utf8') : x.length;
    return n;
}
/** Conservative test that gzip cannot exceed the budget (stored-block overhead included). */
function fitsWithoutGzip(bytes, budget) {
    return bytes + Math.ceil(bytes / 1000) + 1024 <= budget;
}
function gzipSize(doc) {
    return (0,external_node_zlib_.gzipSync)(doc, { level: 6 }).length;
}
/**
 * Largest k in [0, n) whose prefix fits, given that prefix n does not (sizeN > budget) and prefix 0 does.
 * A bisection over the bracket [lo, hi] (lo fits, hi does not) whose split points are interpolated from the
 * measured sizes (Illinois rule), and plain midpoints for good once three interpolated probes have failed
 * to halve the bracket (so at most 3 probes more than bisection). The answer equals plain bisection's wherever the size grows with k; interpolation only
 * saves gzip passes (3–6 instead of ~16 for 50,000 results, and the probes sit near the answer, so each is
 * cheap). Deterministic: the probes depend only on the measured sizes.
 */
function largestFittingPrefix(n, sizeOf, budget, sizeN) {
    let lo = 0;
    let hi = n;
    let fLo = sizeOf(0) - budget;
    let fHi = sizeN - budget;
    let side = 0;
    let stalls = 0;
    while (hi - lo > 1) {
        let k = lo + Math.floor((hi - lo) / 2);
        if (stalls < 3 && fHi > fLo) {
            const x = Math.floor(lo + ((hi - lo) * -fLo) / (fHi - fLo));
            k = Math.min(hi - 1, Math.max(lo + 1, x));
        }
        const width = hi - lo;
        const f = sizeOf(k) - budget;
        if (f <= 0) {
            lo = k;
            fLo = f;
            if (side === -1)
                fHi /= 2;
            side = -1;
        }
        else {
            hi = k;
            fHi = f;
            if (side === 1)
                fLo /= 2;
            side = 1;
        }
        if (stalls < 3 && (hi - lo) * 2 > width)
            stalls++;
    }
    return lo;
}
/**
 * Build the SARIF log. Truncation: per run, results ranked and capped at 25,000; then, while the
 * gzip (level 6) of the whole file exceeds the budget, the lowest-ranked results across runs are dropped,
 * the largest kept prefix of the global ranking being found by bisection.
 */
function buildSarif(input) {
    if (input.runs.length > MAX_RUNS)
        throw new Error(`SARIF: ${input.runs.length} runs (at most ${MAX_RUNS})`);
    const ids = new Set();
    for (const r of input.runs) {
        const id = automationId(r);
        if (ids.has(id))
            throw new Error(`SARIF: duplicate run category ${id}`);
        ids.add(id);
    }
    const cap = input.maxResultsPerRun ?? MAX_RESULTS_PER_RUN;
    const budget = input.maxGzipBytes ?? MAX_GZIP_BYTES;
    const prepared = input.runs.map((r) => prepareRun(r, cap));
    let kept = prepared.map((p) => p.ranked.length);
    // The last document measured, kept so the final one is not assembled again when it is the same.
    let last;
    const size = (k) => {
        const pieces = documentPieces(prepared, k, input);
        if (fitsWithoutGzip(byteSize(pieces), budget))
            return 0;
        last = undefined;
        const doc = concatPieces(pieces);
        last = { kept: k, doc };
        return gzipSize(doc);
    };
    const sizeAll = size(kept);
    if (sizeAll > budget) {
        // Global ranking of the capped results: the same key, ties by run order.
        const order = [];
        prepared.forEach((p, run) => p.ranked.forEach((f) => order.push({ run, f })));
        order.sort((a, b) => compareForSarif(a.f, b.f) || a.run - b.run);
        const keptFor = (k) => {
            const counts = prepared.map(() => 0);
            for (let i = 0; i < k; i++)
                counts[order[i].run]++;
            return counts;
        };
        kept = keptFor(largestFittingPrefix(order.length, (k) => size(keptFor(k)), budget, sizeAll));
    }
    const sameAsLast = last !== undefined && last.kept.length === kept.length && last.kept.every((n, i) => n === kept[i]);
    const bytes = sameAsLast ? last.doc : concatPieces(documentPieces(prepared, kept, input));
    last = undefined;
    const omittedPerRun = prepared.map((p, i) => p.total - kept[i]);
    let text;
    return {
        get text() {
            text ??= bytes.toString('utf8');
            return text;
        },
        bytes,
        omitted: omittedPerRun.reduce((a, b) => a + b, 0),
        omittedPerRun,
        keptPerRun: kept,
    };
}
/** Fingerprints of a SARIF log (findings baseline input): per result, the first key present. */
function sarifFingerprints(log, keys = [finding/* FINGERPRINT_KEY */.XG, 'assayLintFingerprint/v1']) {
    const out = [];
    const runs = log?.runs;
    if (!Array.isArray(runs))
        throw new TypeError('not a SARIF log: "runs" is not an array');
    for (const run of runs) {
        const results = run?.results;
        if (!Array.isArray(results))
            continue;
        for (const r of results) {
            if (r === null || typeof r !== 'object')
                continue;
            const res = r;
            const pf = res.partialFingerprints;
            if (pf === null || typeof pf !== 'object')
                continue;
            const key = keys.find((k) => typeof pf[k] === 'string' && pf[k] !== '');
            if (key === undefined)
                continue;
            out.push({
                fingerprint: pf[key],
                ...(typeof res.ruleId === 'string' ? { ruleId: res.ruleId } : {}),
                // SARIF's default level is "warning".
                level: typeof res.level === 'string' ? res.level : 'warning',
            });
        }
    }
    return out;
}


/***/ }),

/***/ 34023:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ encodeAt)
/* harmony export */ });
// UTF-8 encoding for the report writers' hot paths. `buf.write(s, offset, 'utf8')` and `Buffer.from(s)` cost
// far more per byte than TextEncoder.encodeInto for the many medium-sized strings a report is made of
// (measured ~15× on a million findings), so every bulk writer encodes through here.
const encoder = new TextEncoder();
/** Encode `s` into `buf` at `offset`; the caller guarantees room for 3 bytes per UTF-16 unit. Returns bytes written. */
function encodeAt(s, buf, offset) {
    return encoder.encodeInto(s, buf.subarray(offset)).written;
}


/***/ }),

/***/ 91578:
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

/***/ 33357:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ makeDirs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// `mkdir -p` that fails fast. Node 20's `mkdirSync(p, { recursive: true })` loops forever when a parent
// exists but refuses new entries with ENOENT (e.g. under /proc), so each missing segment is made one by one
// and any error other than "already exists" ends the walk.


/** Create `dir` and its missing parents (with `mode`); throws the first real error (ENOENT, EACCES, ENOTDIR, …). */
function makeDirs(dir, mode) {
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(dir);
    const missing = [];
    let p = target;
    for (;;) {
        try {
            if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(p).isDirectory())
                break;
            throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${target}'`), { code: 'ENOTDIR' });
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        missing.push(p);
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(p);
        if (up === p)
            break;
        p = up;
    }
    for (let i = missing.length - 1; i >= 0; i--) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(missing[i], mode);
        }
        catch (e) {
            if (e.code !== 'EEXIST')
                throw e;
        }
    }
}


/***/ }),

/***/ 13480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
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

/***/ 62712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   hr: () => (/* binding */ readTextStrict),
/* harmony export */   kd: () => (/* binding */ findUtf8Problem),
/* harmony export */   rH: () => (/* binding */ utf8Diagnostic)
/* harmony export */ });
/* unused harmony export utf8ProblemMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74296);
/* harmony import */ var _trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(91578);
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
