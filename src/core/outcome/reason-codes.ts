// The reason-code registry (02 §2): the only place that maps a code to its exit code and next step.
// Codes are additive under reason_code_version 1.

export const REASON_CODE_VERSION = 1;

export interface ReasonCodeSpec {
  exit: number;
  /** next_step template; `<placeholders>` are filled by fillNextStep when the value is known. */
  nextStep: string;
}

const DOCTOR = 'Run argv: ["assay","doctor","--config=<config.yaml>","--format","json"]';
const VALIDATE_TRACE =
  'Run argv: ["assay","validate","--config=<config.yaml>","--trace-file=<trace.jsonl>","--format","json"]';
const POLICY_VALIDATE = 'Run argv: ["assay","policy","validate","--input=<policy.yaml>","--format","json"]';

export const REASON_CODES = {
  E_CFG_PARSE: { exit: 2, nextStep: DOCTOR },
  E_MISSING_CONFIG: { exit: 2, nextStep: 'Run: assay init to create a config file' },
  E_PATH_NOT_FOUND: { exit: 2, nextStep: 'Check the path; run from the repository root or pass an absolute path' },
  E_BASE_MISMATCH: {
    exit: 2,
    nextStep: 'Re-export the baseline on the default branch: assay run --export-baseline <file>',
  },
  E_REPLAY_STRICT_MISSING: {
    exit: 2,
    nextStep: 'Record them once: assay run --record ..., then commit the cache or trace',
  },
  E_EMB_DIMS: { exit: 2, nextStep: 'Re-record the embeddings with one model for response and reference' },
  E_SCHEMA_COMPILE: { exit: 2, nextStep: POLICY_VALIDATE },
  E_INVALID_ARGS: { exit: 2, nextStep: 'Run: assay --help for usage' },
  E_TRACE_NOT_FOUND: { exit: 2, nextStep: 'Check trace file exists: <trace.jsonl>' },
  E_TRACE_INVALID: { exit: 2, nextStep: VALIDATE_TRACE },
  E_TRACE_MISS: { exit: 2, nextStep: VALIDATE_TRACE },
  E_POLICY_PARSE: { exit: 2, nextStep: POLICY_VALIDATE },
  E_BASELINE_INVALID: {
    exit: 2,
    nextStep: 'Run: assay run --export-baseline <baseline.json> to create a new baseline',
  },
  E_REPLAY_MISSING_DEPENDENCY: {
    exit: 2,
    nextStep:
      'Precompute the missing judge/embedding values into the trace, or drop --replay-strict to use the eval cache',
  },
  E_REPLAY_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Raise the replay limit that was named, or supply a smaller bundle' },
  E_EVIDENCE_INTEGRITY: { exit: 2, nextStep: 'Obtain an undamaged copy of the bundle' },
  E_EVIDENCE_CONTRACT: { exit: 2, nextStep: 'Regenerate the bundle with a conforming writer' },
  E_EVIDENCE_LIMIT_EXCEEDED: { exit: 2, nextStep: 'Split the bundle or raise the named limit' },
  E_EVIDENCE_PATH_REJECTED: { exit: 2, nextStep: 'Do not trust this bundle; regenerate it' },
  E_EVIDENCE_PROFILE_INVALID: { exit: 2, nextStep: 'Check the bundle against the profile it claims' },
  E_EVIDENCE_UNREADABLE: {
    exit: 2,
    nextStep: 'Run argv: ["assay","evidence","show","--format","json","--","<bundle>"]',
  },
  E_EVIDENCE_ATTESTATION: {
    exit: 2,
    nextStep:
      'Check that the attestation, the bundle and --public-key belong together; re-sign with: assay evidence attest --bundle <bundle>',
  },
  E_POLICY_LOAD_FAILED_UNENFORCEABLE: {
    exit: 2,
    nextStep: 'Fix the sandbox policy named in the message; the command was not started',
  },
  E_POLICY_CONFLICT_DENY_WINS_UNENFORCEABLE: {
    exit: 2,
    nextStep:
      'Narrow the fs.allow/fs.read entry that contains the denied path, or drop --fail-closed to run without that grant',
  },
  E_SANDBOX_UNAVAILABLE: {
    exit: 2,
    nextStep:
      'Check Landlock support and the native helper (--native-helper, ASSAY_NATIVE_HELPER), or drop --fail-closed to run audit-only',
  },
  E_NET_POLICY_NOT_EXPRESSIBLE: {
    exit: 2,
    nextStep: 'Use only TCP ports in net.allow and no net.deny entries, or drop --enforce-net',
  },
  E_OBSERVER_UNAVAILABLE: {
    exit: 2,
    nextStep:
      'Allow ptrace or seccomp user notification for this user, install strace, or choose another --backend',
  },
  E_UPSTREAM_SPAWN: { exit: 2, nextStep: 'Check the server command after --: it must exist and be executable' },
  E_JUDGE_UNAVAILABLE: {
    exit: 3,
    nextStep:
      'Record the missing judge/embedding values once with: assay run --record --judge openai --embedder openai (OPENAI_API_KEY set), then commit .assay/cache; or check the judge provider and API key',
  },
  E_RATE_LIMIT: { exit: 3, nextStep: 'Retry after rate limit window or reduce concurrency' },
  E_PROVIDER_5XX: { exit: 3, nextStep: 'Provider error; retry or check provider status page' },
  E_TIMEOUT: { exit: 3, nextStep: 'Increase timeout or check network connectivity' },
  E_NETWORK_ERROR: { exit: 3, nextStep: 'Check network connectivity and firewall rules' },
  E_IO_ERROR: { exit: 3, nextStep: 'Check that the output location is writable: <path>' },
  E_INTERNAL: { exit: 3, nextStep: 'Report a bug with run.json and the log' },
  E_TEST_FAILED: { exit: 1, nextStep: 'Run: assay explain <test-id> for details' },
  E_JUDGE_UNCERTAIN: {
    exit: 1,
    nextStep: 'Review borderline result or adjust judge threshold; run: assay explain <test-id>',
  },
  E_POLICY_VIOLATION: { exit: 1, nextStep: 'Run: assay explain <test-id> or review policy rules' },
  E_SEQUENCE_VIOLATION: { exit: 1, nextStep: 'Run: assay explain <test-id> to see sequence mismatch' },
  E_ARG_SCHEMA: { exit: 1, nextStep: 'Run: assay explain <test-id> to see schema violation' },
  E_WOULD_BLOCK: {
    exit: 4,
    nextStep: 'Review the would-block events, then adjust the policy or run without --dry-run',
  },
  E_CHILD_TIMEOUT: { exit: 124, nextStep: 'Raise --timeout or find out why the command did not finish' },
} as const satisfies Record<string, ReasonCodeSpec>;

export type ReasonCode = keyof typeof REASON_CODES;

export function isReasonCode(code: string): code is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_CODES, code);
}

/** Exit code for a reason code; `exitCodes: 'v1'` keeps the reference's one difference. */
export function exitCodeFor(code: ReasonCode | '', exitCodes: 'v1' | 'v2' = 'v2'): number {
  if (code === '') return 0;
  if (code === 'E_TRACE_NOT_FOUND' && exitCodes === 'v1') return 3;
  return REASON_CODES[code].exit;
}

/**
 * Fill `<placeholder>` slots of a next_step template. Unknown placeholders stay literal (02 §2).
 * Values are embedded in JSON argv arrays where the template has them, so JSON-escape them there.
 */
export function fillNextStep(code: ReasonCode, values: Record<string, string | undefined> = {}): string {
  return fillPlaceholders(REASON_CODES[code].nextStep, values);
}

/** Fill the `<placeholder>` slots still open in a next step (values JSON-escaped inside `Run argv:`). */
export function fillPlaceholders(text: string, values: Record<string, string | undefined>): string {
  const inArgv = text.startsWith('Run argv: ');
  return text.replace(/<([a-z0-9._-]+)>/gi, (whole, key: string) => {
    const v = values[key];
    if (v === undefined) return whole;
    return inArgv ? JSON.stringify(v).slice(1, -1) : v;
  });
}
