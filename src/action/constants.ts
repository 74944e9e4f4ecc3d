// Names and limits of the action in one place: inputs, outputs, environment
// variables, GitHub limits and the timing of the REST calls. Nothing else in src/action spells these.

/** Input names, exactly as declared in action.yml. */
export const Input = {
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
} as const;
export type InputName = (typeof Input)[keyof typeof Input];

/** Output names; every one is set on every path. */
export const Output = {
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
} as const;
export type OutputName = (typeof Output)[keyof typeof Output];

/** Defaults of action.yml, used when an input is empty (the runner fills them; local runs may not). */
export const InputDefault = {
  failOn: 'error',
  reportsDir: '.assay/reports',
  baselineDir: '.assay/baseline',
  baselineKey: 'default',
  pack: 'cicd-starter',
  /** Overall step budget (docs/action-limits.md): far below GitHub's 6 h job limit. */
  deadlineSeconds: 600,
} as const;

/** Reference-action inputs we do not carry: level and replacement hint. */
export const RETIRED_INPUTS: ReadonlyArray<{ names: readonly string[]; level: 'notice' | 'warning'; hint: string }> = [
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
export const Env = {
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
} as const;

// ---- SARIF upload --------------------------------------------------------------------------
export const SARIF_FILE = 'assay.sarif';
/** Poll the processing status every 5 s … */
export const SARIF_POLL_INTERVAL_MS = 5_000;
/** … for at most 2 minutes; still pending then = accepted, processing continues. */
export const SARIF_POLL_TIMEOUT_MS = 120_000;
/** Errors quoted from a failed processing status. */
export const SARIF_MAX_QUOTED_ERRORS = 5;

// ---- REST retries (429 / 5xx / network) -----------------------------------------------------
/** Retry delays are base × 1, 2, 4 (three retries after the first attempt). */
export const RETRY_BASE_MS = 1_000;
export const RETRY_MULTIPLIERS = [1, 2, 4] as const;
/** A Retry-After above this is capped. */
export const MAX_RETRY_AFTER_S = 60;
/** One REST request (connect to last byte) may take this long before it counts as a network failure. */
export const HTTP_TIMEOUT_MS = 30_000;
/** Pages followed through `Link: rel="next"` at most (100 per page: 10,000 comments). */
export const MAX_PAGES = 100;

// ---- PR comment ----------------------------------------------------------------------------
export const COMMENT_MARKER_PREFIX = '<!-- assay-report:';
export const COMMENT_MARKER_SUFFIX = ' -->';
/** The reference action's marker: a bot comment carrying it is adopted. */
export const LEGACY_COMMENT_MARKER = '<!-- assay-report -->';
/** GitHub allows 65,536 characters; keep a margin (UTF-16 code units). */
export const COMMENT_BUDGET_UNITS = 65_000;
export const COMMENTS_PER_PAGE = 100;

// ---- Job summary and annotations ------------------------------------------------------
/** GitHub: 1 MiB per step; budget in UTF-8 bytes. */
export const SUMMARY_BUDGET_BYTES = 1_000_000;
/** GitHub keeps 10 annotations per level per step. */
export const ANNOTATIONS_PER_LEVEL = 10;
/** More operational messages than this at one level are merged into one annotation. */
export const OPERATIONAL_MERGE_ABOVE = 3;
export const ANNOTATION_MESSAGE_MAX = 256;
/** Malformed trace lines listed in the summary (the rest are counted). */
export const SUMMARY_MAX_BAD_LINES = 20;

// ---- Discovery -----------------------------------------------------------------------------
export const MAX_BUNDLES = 100;
export const AUTO_BUNDLE_GLOBS = ['.assay/evidence/**/*.tar.gz', 'evidence/**/*.tar.gz'] as const;

// ---- Baseline -------------------------------------------------------------------------
export const FINDINGS_BASELINE_FILE = 'findings-baseline.json';
export const EVAL_BASELINE_FILE = 'eval-baseline.json';
export const CACHE_KEY_PREFIX = 'assay-baseline-v1-';
export const MAX_CACHE_KEY_LENGTH = 512;

// ---- Artifact -------------------------------------------------------------------------------
export const ARTIFACT_PREFIX = 'assay-reports-';
export const ARTIFACT_RETENTION_DAYS = 30;

/** Report files the action owns inside reports_dir (stale copies are removed before a run writes). */
export const REPORT_FILES = ['run.json', 'summary.json', SARIF_FILE, 'junit.xml', 'diff.json', FINDINGS_BASELINE_FILE, EVAL_BASELINE_FILE, 'summary.md', 'comment.md'] as const;
export const LINT_DIR = 'lint';

export const USER_AGENT = 'assay-action';
