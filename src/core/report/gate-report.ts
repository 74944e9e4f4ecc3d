// The typed input of run.json and summary.json: what the gate decided and what it looked at.
// Builders in run-json.ts and summary-json.ts turn it into the documented key order.
import type { ReasonCode } from '../outcome/reason-codes.js';
import type { Finding } from './finding.js';
import type { FindingsSink } from './findings-sink.js';

export type RowStatus = 'pass' | 'fail' | 'warn' | 'error' | 'skipped' | 'allowed_on_error' | 'flaky' | 'unstable';

export interface MetricResult {
  score: number | null;
  passed: boolean;
  unstable: boolean;
  exercised: 'exercised' | 'not_exercised';
  details: unknown;
}

export interface RowDetails {
  /** Only the test's own kind. */
  metrics: Record<string, MetricResult>;
  prompt: string;
  entry?: { file: string; line: number; by: 'prompt' | 'id' };
  assertions?: Array<{ index: number; type: string; passed: boolean; code?: string; message: string }>;
  run_error_kind?: string;
  /** Further keys are written after the documented ones, in the order given. */
  [extra: string]: unknown;
}

/** One eval result row; `attempts` and `"assay.replay"` are added by the writer. */
export interface ResultRow {
  test_id: string;
  status: RowStatus;
  score: number | null;
  cached: boolean;
  message: string;
  details: RowDetails;
  duration_ms: number;
  /** Hex sha256 of the JCS test definition. */
  fingerprint: string;
  skip_reason: string | null;
  error_policy_applied?: 'allow';
}

export interface ReportInputs {
  config: string | null;
  trace_files: string[];
  policy: string | null;
  baseline: string | null;
  findings_baseline: string | null;
  out_dir: string;
}

export interface TraceSummary {
  episodes: number;
  records: number;
  skipped_lines: number;
  ignored_lines: number;
}

export interface JudgeMetrics {
  abstain_rate: number;
  flip_rate: number;
  consensus_rate: number;
  unavailable_count: number;
}

export interface BaselineCounts {
  new: number;
  fixed: number;
  unchanged: number;
}

export interface Provenance {
  assayVersion: string;
  verifyMode: 'enabled' | 'disabled';
  /** `sha256:<hex>` of the raw bytes (several trace files: their concatenation in argument order). */
  traceDigest?: string;
  policyDigest?: string;
  configDigest?: string;
  baselineDigest?: string;
}

export interface PerformanceTimings {
  totalDurationMs: number;
  ingestMs?: number;
  evalMs: number;
  reportMs: number;
}

export interface EvidenceCounts {
  bundles: number;
  verified: number;
  failed: number;
}

export interface GateReport {
  exitCode: number;
  reasonCode: ReasonCode | '';
  /** outcome message (made render-safe by the writers). */
  message: string;
  /** Filled next_step for non-zero exits (never altered). */
  nextStep?: string;
  /** False for a pre-run failure: minimal run.json, failure summary.json. */
  completed: boolean;
  /** Config suite, or `policy` for a policy-only gate. */
  suite: string;
  /** Eval rows; absent when no config ran (policy-only gate). */
  results?: readonly ResultRow[];
  /** Decimal u64, or null. */
  orderSeed: string | null;
  inputs: ReportInputs;
  trace?: TraceSummary;
  /**
   * All findings, sorted (finalizeFindings) — or, when `findingSet` is present, only the kept top-K
   * (bounded memory): the writers then take every finding and the counts from `findingSet`.
   */
  findings: readonly Finding[];
  /** Every finding of a streamed run (counts, spool, fingerprints); docs/findings.md. */
  findingSet?: FindingsSink;
  /** Present when a findings baseline was read. */
  baseline?: BaselineCounts;
  /** SARIF results dropped (sum over runs); written only when ≥ 1. */
  sarifOmitted?: number;
  provenance: Provenance;
  performance?: PerformanceTimings;
  /** Each starts with a `W_` code. */
  warnings?: readonly string[];
  judgeMetrics?: JudgeMetrics;
  /** Action runs only. */
  evidence?: EvidenceCounts;
  /** `GITHUB_RUN_ID` when numeric, else 0. */
  runId?: number;
}

export interface ReportOptions {
  /** `SOURCE_DATE_EPOCH` or `--reproducible`: timings and run_id are 0. */
  reproducible: boolean;
  /** `--redact-prompts`: row prompts become `<redacted:prompt sha256:…>`. */
  redactPrompts?: boolean;
  /** The report set's id (report-set.ts): run.json's last key `report_set_id`, the same as summary.json's `report_set.id`. */
  reportSetId?: string;
}
