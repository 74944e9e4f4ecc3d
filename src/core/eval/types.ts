// The loaded eval.yaml model and the result row.
import type { Position } from '../util/yaml-source.js';
import type { EvalPolicy, SequenceChecker } from './policy-bridge.js';
import type { SchemaValidator } from './json-schema.js';
import type {
  MetricResult as ReportMetricResult,
  ResultRow as ReportResultRow,
  RowDetails as ReportRowDetails,
  RowStatus as ReportRowStatus,
} from '../report/gate-report.js';

export type OnError = 'block' | 'allow';

export const EXPECTED_KINDS = [
  'must_contain',
  'must_not_contain',
  'regex_match',
  'regex_not_match',
  'json_schema',
  'semantic_similarity_to',
  'faithfulness',
  'relevance',
  'judge_criteria',
  'args_valid',
  'sequence_valid',
  'tool_blocklist',
  'tool_description_integrity',
  'tool_output_valid',
  'tool_collision_detect',
] as const;
export type ExpectedKind = Exclude<(typeof EXPECTED_KINDS)[number], 'judge_criteria'>;

/** Kinds whose score comes from a model (judge or embedder): baselines compare them. */
export const MODEL_KINDS: ReadonlySet<string> = new Set(['semantic_similarity_to', 'faithfulness', 'relevance']);

export interface RegexLike {
  test(s: string): boolean;
}

export interface PinnedTool {
  name: string;
  description?: string;
  schema_sha256?: string;
}

export type ExpectedSpec =
  | { kind: 'must_contain'; values: string[] }
  | { kind: 'must_not_contain'; values: string[] }
  | { kind: 'regex_match' | 'regex_not_match'; pattern: string; flags: string[]; regex: RegexLike }
  | { kind: 'json_schema'; validator: SchemaValidator; schemaFile?: string }
  | { kind: 'semantic_similarity_to'; reference: string; minScore: number; maxDrop?: number }
  | { kind: 'faithfulness' | 'relevance'; minScore: number; rubricVersion?: string; maxDrop?: number }
  | { kind: 'args_valid'; policy: EvalPolicy; policyFile?: string }
  | {
      kind: 'sequence_valid';
      /** Exact tool-name list (`sequence`); undefined when not given. */
      sequence?: string[];
      /** Compiled rules (inline `rules` or the policy's `sequences`); undefined when there are none. */
      rules?: SequenceChecker;
      policyFile?: string;
    }
  | { kind: 'tool_blocklist'; blocked: string[] }
  | { kind: 'tool_description_integrity'; pinned: PinnedTool[] }
  | { kind: 'tool_output_valid'; schemas: Array<{ tool: string; validator: SchemaValidator }> }
  | { kind: 'tool_collision_detect'; trusted: string[] };

export type AssertionSpec =
  | { type: 'trace_must_call_tool'; tool: string; minCalls: number }
  | { type: 'trace_must_not_call_tool'; tool: string }
  | { type: 'trace_tool_sequence'; sequence: string[]; allowOtherTools: boolean }
  | { type: 'trace_max_steps'; max: number }
  | { type: 'args_valid'; tool?: string; testArgs?: unknown; validator?: SchemaValidator; expect: 'pass' | 'fail' }
  | { type: 'sequence_valid'; names?: string[]; regex?: RegexLike; expect: 'pass' | 'fail' }
  | { type: 'tool_blocklist'; names?: string[]; blocked?: string[]; expect: 'pass' | 'fail' };

export type AssertionType = AssertionSpec['type'];

export interface EvalTest {
  id: string;
  /** 0-based position in `tests`. */
  index: number;
  prompt: string;
  context?: string[];
  expected?: ExpectedSpec;
  assertions: AssertionSpec[];
  /** Effective error policy (test `on_error`, else `settings.on_error`). */
  onError: OnError;
  tags: string[];
  metadata?: unknown;
  /** Config positions used for SARIF locations and diagnostics. */
  pos: {
    test: Position;
    input: Position;
    expected?: Position;
    assertions: Position[];
  };
  /** The values as written (after `$ref` resolution): the row fingerprint hashes these. */
  raw: { input: unknown; expected: unknown; assertions: unknown };
  /** `sha256:<hex>` of every policy/schema file the test names, by display path. */
  fileDigests: Record<string, string>;
}

export interface JudgeReliability {
  borderline_min: number;
  borderline_max: number;
  rerun_strategy: 'sequential_sprt' | 'single' | 'always_three';
  max_extra_calls_per_test: number;
  max_extra_calls_per_run: number;
  tie_break: 'fail_closed' | 'quarantine';
  blind_labeling: boolean;
  order_randomized: boolean;
  hijack_defense: boolean;
}

export interface EvalSettings {
  parallel: number;
  timeout_seconds: number;
  cache: boolean;
  on_error: OnError;
  bail_on_first_failure: boolean;
  judge: { rubric_version: string; samples: number; reliability: JudgeReliability };
  thresholding: { mode: 'relative' | 'absolute'; max_drop: number; min_floor?: number };
}

export interface OtelSettings {
  genai_semconv_version: string;
  semconv_stability: 'stable_only' | 'experimental_opt_in';
  capture_mode: 'off' | 'redacted_inline' | 'blob_ref';
  capture_acknowledged: boolean;
  capture_requires_sampled_span: boolean;
  redaction: { policies: string[] };
  exporter: { allowlist: string[]; allow_localhost: boolean };
}

export interface EvalConfig {
  /** Display path of the config (as the user gave it). */
  file: string;
  /** Absolute directory of the config: referenced paths resolve against it. */
  dir: string;
  configVersion: 0 | 1;
  suite: string;
  model: string;
  settings: EvalSettings;
  thresholds: { min_score?: number; block_on_warn: boolean };
  otel: OtelSettings;
  tests: EvalTest[];
  /** u64 order seed as a decimal string. */
  seed: string;
  /** True when `settings.seed` was absent and the seed was derived from the config bytes. */
  seedDerived: boolean;
  /** `sha256:<hex>` of the config bytes (provenance, baseline `config_fingerprint`). */
  digest: string;
  /** Every policy file any test references (display path → absolute path), for policy previews. */
  policyFiles: Array<{ display: string; abs: string }>;
}

export interface LoadOptions {
  /** `--deny-deprecations`: deprecations become errors. */
  denyDeprecations?: boolean;
  /** `--allow-ineffective-assertions`. */
  allowIneffectiveAssertions?: boolean;
  /** Working directory for the `W_PATH_CWD_RELATIVE` fallback (default: the process's). */
  cwd?: string;
  /** `--lenient`: unknown keys (here and in the policies it names) are warnings, not errors. */
  lenient?: boolean;
}

// ---------------------------------------------------------------- result rows
// One row type for the engine and the report writers: the eval row is the report row
// (src/core/report/gate-report.ts) with its fields made precise, so rows pass to the writers unconverted.

export type RowStatus = ReportRowStatus;

export type RunErrorKind =
  | 'trace_miss'
  | 'trace_invalid'
  | 'replay_missing'
  | 'config'
  | 'judge_unavailable'
  | 'rate_limit'
  | 'timeout'
  | 'provider_5xx'
  | 'network'
  | 'internal';

export interface MetricResult extends ReportMetricResult {
  details: Record<string, unknown>;
}

export interface AssertionResult {
  index: number;
  type: string;
  passed: boolean;
  code?: string;
  message: string;
}

export interface RowDetails extends ReportRowDetails {
  metrics: Record<string, MetricResult>;
  prompt: string;
  'assay.replay': true;
  entry?: { file: string; line: number; by: 'prompt' | 'id' };
  assertions?: AssertionResult[];
  run_error_kind?: RunErrorKind;
  /** Set on a quarantined test that did not pass: what it would have been (reported, not gating). */
  quarantine?: { status: RowStatus; message: string };
}

export interface ResultRow extends ReportResultRow {
  details: RowDetails;
  attempts: Array<{ attempt_no: 1; status: RowStatus; message: string; duration_ms: number; details: Record<string, never> }>;
}
