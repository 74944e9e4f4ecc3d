// The reason-code registry: the only place that maps a code to its exit code and next step.
// Codes are additive under reason_code_version 1.

export const REASON_CODE_VERSION = 1;

export interface ReasonCodeSpec {
  exit: number;
  /**
   * next_step template (docs/next-steps.md): prose, then optionally `Run: <command>` to the end of the text.
   * `<placeholder>` slots are filled from the run's context (shell-quoted inside the command); a `[…]`
   * segment is dropped when a placeholder in it is unknown. When a placeholder outside any `[…]` stays
   * unknown, the first `fallbacks` entry that can be filled is used instead.
   */
  nextStep: string;
  /** Tried in order when `nextStep` cannot be filled; the last one must need no value. */
  fallbacks?: readonly string[];
}

// Commands that find the config, policy and trace by discovery when the run did not name them.
const DOCTOR = 'Run: assay doctor[ --config <config.yaml>]';
const VALIDATE_TRACE = 'Run: assay validate[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
const POLICY_VALIDATE = 'Run: assay validate[ --policy <policy.yaml>]';
const RECORD = 'Run: assay run --record --judge openai --embedder openai[ --config <config.yaml>][ --trace-file <trace.jsonl>]';
/** Explain one test of the last run; without a test id, the blocked calls of the trace. */
const EXPLAIN_FALLBACKS = ['Run: assay explain --trace <trace.jsonl> --policy <policy.yaml> --blocked-only'];

export const REASON_CODES = {
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
    nextStep: 'Run: assay evidence show --format json -- <bundle>',
    fallbacks: ['Check that the bundle exists and is a readable .tar.gz'],
  },
  E_EVIDENCE_ATTESTATION: {
    exit: 2,
    nextStep:
      'Check that the attestation, the bundle and --public-key belong together, or re-sign the bundle with assay evidence attest and your key',
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
  E_NATIVE_UNAVAILABLE: {
    exit: 2,
    nextStep:
      'Install a C compiler with the Linux headers (apt-get install gcc libc6-dev linux-libc-dev), then run npm run build:native; or pass --native-helper',
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
      `Record the missing judge/embedding values once (OPENAI_API_KEY set), then commit .assay/cache; or check the judge provider and API key. ${RECORD}`,
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
} as const satisfies Record<string, ReasonCodeSpec>;

export type ReasonCode = keyof typeof REASON_CODES;

export function isReasonCode(code: string): code is ReasonCode {
  return Object.prototype.hasOwnProperty.call(REASON_CODES, code);
}

/**
 * Warning codes with their next step. A warning never sets the exit code; registering it gives it a
 * documented fix wherever diagnostics carry fix steps. Additive, like reason codes.
 */
export const WARNING_CODES = {
  W_PATH_REGEX_TRAVERSAL: {
    nextStep: 'Constrain the path with within: (a list of folders; x-assay-within in schemas) instead of a regex; see docs/authoring.md',
  },
} as const satisfies Record<string, { nextStep: string }>;

export type WarningCode = keyof typeof WARNING_CODES;

export function isWarningCode(code: string): code is WarningCode {
  return Object.prototype.hasOwnProperty.call(WARNING_CODES, code);
}

/** Exit code for a reason code; `exitCodes: 'v1'` keeps the reference's one difference. */
export function exitCodeFor(code: ReasonCode | '', exitCodes: 'v1' | 'v2' = 'v2'): number {
  if (code === '') return 0;
  if (code === 'E_TRACE_NOT_FOUND' && exitCodes === 'v1') return 3;
  return REASON_CODES[code].exit;
}

/** Values a next step is filled from, by placeholder name (`config.yaml`, `trace.jsonl`, `test-id`, …). */
export type NextStepValues = Record<string, string | undefined>;

/**
 * The next step of a code, filled from the run's context (docs/next-steps.md): never a literal `<…>`.
 * Values are shell-quoted inside the `Run:` command; when a needed value is unknown, a fallback is used.
 */
export function fillNextStep(code: ReasonCode, values: NextStepValues = {}): string {
  const spec: ReasonCodeSpec = REASON_CODES[code];
  for (const t of [spec.nextStep, ...(spec.fallbacks ?? [])]) {
    const filled = fillTemplate(t, values);
    if (filled !== undefined) return filled;
  }
  // The registry test keeps this unreachable: the last template needs no value.
  return spec.nextStep.replace(/\s*Run: .*$/s, '').replace(/\[|\]|<[^<>]*>/g, '').trim() || 'See the message above';
}

/**
 * Fill a next-step template; undefined when a placeholder outside `[…]` has no usable value. Text before
 * `Run: ` is prose (values as they are); the command after it gets shell-quoted values.
 */
export function fillTemplate(template: string, values: NextStepValues): string | undefined {
  const usable = (k: string): string | undefined => {
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
    const fill = (k: string): string => {
      const v = usable(k)!;
      if (!inCommand) return v;
      // A positional value that looks like an option is passed after `--`.
      const positional = !/(^|\s)-[^\s]*\s$/.test(out);
      return (positional && v.startsWith('-') ? '-- ' : '') + shellQuote(v);
    };
    if (m[1] !== undefined) {
      const keys = [...m[1].matchAll(/<([a-z0-9._-]+)>/gi)].map((x) => x[1]!);
      if (keys.every((k) => usable(k) !== undefined)) out += m[1].replace(/<([a-z0-9._-]+)>/gi, (_w, k: string) => fill(k));
    } else if (usable(m[2]!) === undefined) {
      missing = true;
    } else {
      out += fill(m[2]!);
    }
  }
  out += template.slice(pos);
  return missing ? undefined : out;
}

/** POSIX shell word: as is when it holds only safe characters, else in single quotes. */
export function shellQuote(v: string): string {
  if (/^[A-Za-z0-9_@%+=:,.\/-]+$/.test(v)) return v;
  return `'${v.replace(/'/g, `'\\''`)}'`;
}

/** A command line of shell words, each quoted when needed. */
export function shellCommand(words: readonly string[]): string {
  return words.map(shellQuote).join(' ');
}

/**
 * Fill the `<placeholder>` slots of an already filled next step that still has some (text from elsewhere).
 * Unknown placeholders stay; prefer fillNextStep, which never leaves one.
 */
export function fillPlaceholders(text: string, values: NextStepValues): string {
  return fillTemplate(text, values) ?? text;
}

/**
 * The command of a next step as argv (`Run: assay x 'a b'` → ["assay","x","a b"]), for JSON output;
 * undefined when the step is prose only.
 */
export function nextStepArgv(text: string): string[] | undefined {
  const at = text.indexOf('Run: ');
  if (at < 0) return undefined;
  const words: string[] = [];
  const src = text.slice(at + 5).trim();
  let cur: string | undefined;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "'") {
      const end = src.indexOf("'", i + 1);
      if (end < 0) return undefined;
      cur = (cur ?? '') + src.slice(i + 1, end);
      i = end;
    } else if (ch === '\\' && i + 1 < src.length) {
      cur = (cur ?? '') + src[++i];
    } else if (ch === ' ') {
      if (cur !== undefined) words.push(cur);
      cur = undefined;
    } else {
      cur = (cur ?? '') + ch;
    }
  }
  if (cur !== undefined) words.push(cur);
  return words.length ? words : undefined;
}
