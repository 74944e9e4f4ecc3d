// The one policy model and the decision records of the one engine.
import type { ToolPattern } from './tool-pattern.js';

/** Where a policy element was written (1-based line, column in code points). */
export interface SourceRef {
  file: string;
  line: number;
  col: number;
}

export type DecisionCode =
  | 'E_TOOL_DRIFT'
  | 'E_RATE_LIMIT'
  | 'E_TOOL_DENIED'
  | 'E_TOOL_NOT_ALLOWED'
  | 'E_APPROVAL_REQUIRED'
  | 'E_SEQUENCE_VIOLATION'
  | 'E_ARG_SCHEMA'
  | 'E_TOOL_UNCONSTRAINED'
  | 'E_SCHEMA_COMPILE';

export type DecisionKind = 'allow' | 'allow_with_warning' | 'deny';

/** A value-free schema violation: JSON pointer into args, keyword, message from the schema. */
export interface SchemaViolation {
  path: string;
  constraint: string;
  message: string;
}

/** An obligation an allowed call carries (proxy-only: recorded, never a deny here). */
export interface Obligation {
  type: 'approval_required' | 'restrict_scope' | 'redact_args';
  rule: string;
  contract?: Record<string, string>;
}

/** Policy element ids used for JUnit cases and "exercised" bookkeeping. */
export type PolicyElementId = string;

export interface Decision {
  decision: DecisionKind;
  code: DecisionCode | null;
  tool: string;
  reason: string;
  /** The policy element that decided, e.g. `tools.deny[0]=exec*`, `schemas.read_file`. */
  rule: string | null;
  ruleRef?: SourceRef;
  /** The element group (`tools.deny`, `schemas.read_file`, `limits`, `sequences[2]`, …). */
  element?: PolicyElementId;
  violations?: SchemaViolation[];
  obligations?: Obligation[];
}

export interface ToolCallInput {
  tool_name: string;
  args: unknown;
  /**
   * Tool identity for `tool_pins`: an observed identity `{server_id, tool_name, schema_hash, meta_hash}`
   * or a tool definition `{name, description?, input_schema?|inputSchema?, server_id?, tool_identity?}`.
   * `undefined`: no identity available (replay without `meta.tool_definitions`: pins not exercised;
   * runtime: the tool was not observed → drift). `null`: definitions exist but not for this tool → drift.
   */
  definition?: unknown;
  /** Index reported for this call (default: the number of calls decided before it in this session). */
  index?: number;
}

export interface DecideOptions {
  /** Proxy/explain: deny calls that would violate a sequence rule now (step 6). */
  incremental?: boolean;
  /** Proxy / MCP server: approval_required denies (step 5); a missing identity for a pinned tool is drift. */
  runtime?: boolean;
  /** Incremental: a denied call is still forwarded (dry run), so sequence rules see it as it happened. */
  admitDenied?: boolean;
  /** Runtime only: `log-only` turns approval_required into an obligation (default `deny`). */
  approvals?: 'deny' | 'log-only';
}

export type SequenceKind =
  | 'require'
  | 'blocklist'
  | 'before'
  | 'never_after'
  | 'max_calls'
  | 'eventually'
  | 'after'
  | 'sequence';

export type SequenceStatus = 'held' | 'violated' | 'not_exercised';

export interface SequenceOutcome {
  rule_id: string;
  kind: SequenceKind;
  /** Index of the rule in `sequences[]`. */
  index: number;
  status: SequenceStatus;
  /** Call indices that are the evidence (bounded by the rule's size, never the whole history). */
  spanned: number[];
  reason: string | null;
  /** The call that violated the rule; null for absence violations (nothing to point at). */
  call_index: number | null;
  /** `sequences[i]=<rule id>`. */
  rule: string;
  ruleRef?: SourceRef;
  /** Incremental mode: calls denied because of this rule. */
  blocked: number;
}

export interface PatternEntry {
  pattern: string;
  /** Index in the merged list (`tools.deny` first, then root `deny`). */
  index: number;
  ref?: SourceRef;
  matcher: ToolPattern;
}

export interface PatternList {
  entries: PatternEntry[];
  /** Position of the list (its first spelling). */
  ref?: SourceRef;
}

export interface ClassEntry {
  cls: string;
  index: number;
  ref?: SourceRef;
}

export interface ClassList {
  entries: ClassEntry[];
  ref?: SourceRef;
}

export interface ToolRules {
  /** null = no allowlist; an empty list = deny every tool. */
  allow: PatternList | null;
  deny: PatternList;
  allowClasses: ClassList | null;
  denyClasses: ClassList;
  approvalRequired: PatternList;
  approvalRequiredClasses: ClassList;
  restrictScope: PatternList;
  restrictScopeClasses: ClassList;
  restrictScopeContract: Record<string, string> | null;
  redactArgs: PatternList;
  redactArgsClasses: ClassList;
  redactArgsContract: Record<string, string> | null;
}

export type SchemaOrigin = 'schemas' | 'tools.arg_constraints' | 'tools.require_args' | 'constraints';

export interface SchemaSource {
  origin: SchemaOrigin;
  /** The JSON Schema as enforced (shared `$defs` merged in). */
  schema: unknown;
  ref?: SourceRef;
  /** Where each top-level property's regex is written (`matches` or `pattern`), by property name. */
  patternRefs?: Record<string, SourceRef>;
}

export interface ToolSchema {
  tool: string;
  /** Every source is enforced (allOf). */
  sources: SchemaSource[];
  /** The combined schema as one JSON Schema (`allOf` when there are several sources). */
  schema: unknown;
  ref?: SourceRef;
  /** Violations of all sources; throws only when evaluation itself fails (→ E_SCHEMA_COMPILE). */
  validate(args: unknown): SchemaViolation[];
}

export interface ToolPin {
  tool: string;
  server_id: string;
  tool_name: string;
  schema_hash: string;
  meta_hash: string;
  ref?: SourceRef;
}

export interface LimitsRule {
  maxRequestsTotal: number | null;
  maxToolCallsTotal: number | null;
  ref?: SourceRef;
  maxRequestsRef?: SourceRef;
  maxToolCallsRef?: SourceRef;
}

export interface EnforcementRule {
  unconstrainedTools: 'warn' | 'deny' | 'allow';
  /** False when defaulted. */
  explicit: boolean;
  ref?: SourceRef;
}

/** A call selector of a sequence rule. */
export interface Selector {
  /** As written: an alias name or a tool pattern. */
  tool: string;
  /** Names of `args_match` keys, in written order (empty when none). */
  args: string[];
  /** Rendering in rule ids: `tool` or `tool[arg1,arg2]`. */
  render: string;
  isAlias: boolean;
  matches(name: string, args: unknown): boolean;
}

interface RuleBase {
  index: number;
  ruleId: string;
  /** `sequences[i]=<rule id>` */
  rule: string;
  ref?: SourceRef;
  /** The rule object as written (unknown keys kept). */
  raw: Record<string, unknown>;
}

export type SequenceRule =
  | (RuleBase & { kind: 'require'; tool: Selector })
  | (RuleBase & { kind: 'blocklist'; pattern: string })
  | (RuleBase & { kind: 'before'; first: Selector; then: Selector })
  | (RuleBase & { kind: 'never_after'; trigger: Selector; forbidden: Selector })
  | (RuleBase & { kind: 'max_calls'; tool: Selector; max: number })
  | (RuleBase & { kind: 'eventually'; tool: Selector; within: number })
  | (RuleBase & { kind: 'after'; trigger: Selector; then: Selector; within: number })
  | (RuleBase & { kind: 'sequence'; tools: Selector[]; strict: boolean });

export interface PolicyElement {
  /** `tools.deny`, `tools.allow`, `schemas.<tool>`, `enforcement.unconstrained_tools`, `limits`, `tool_pins`, `sequences[i]`. */
  id: PolicyElementId;
  /** JUnit case name: the rule id for sequences, else the id. */
  name: string;
  kind: 'deny' | 'allow' | 'schema' | 'unconstrained' | 'limits' | 'tool_pins' | 'sequence';
  ref?: SourceRef;
}

export interface ElementStat {
  element: PolicyElement;
  /** Some call reached this element's check (sequences: held or violated). */
  exercised: boolean;
}

export interface PolicySession {
  /** Decide one tool call; counts it toward limits and feeds sequence trackers. */
  decide(call: ToolCallInput, opts?: DecideOptions): Decision;
  /** Count a client request that is not a tools/call (proxy: `max_requests_total`). */
  noteRequest(): void;
  /** Per sequence rule, its state if the episode/session ended now (absence rules decided). */
  finish(): SequenceOutcome[];
  /** Which policy elements calls of this session reached (JUnit "not exercised"). */
  elementStats(): ElementStat[];
  /** Add the ids of the non-sequence elements this session reached to `into` (cheap; replay gate). */
  collectExercised(into: Set<string>): void;
  /** Calls decided so far. */
  readonly calls: number;
}

export interface Policy {
  readonly file: string;
  readonly name: string | null;
  /** Normalised version (`"2.0"`). */
  readonly version: string;
  /** The version as written (numbers as text), null when absent. */
  readonly declaredVersion: string | null;
  readonly metadata: unknown;
  /** Which spellings the file used. */
  readonly spelling: { short: boolean; legacy: boolean };
  readonly tools: ToolRules;
  readonly toolClasses: ReadonlyMap<string, readonly string[]>;
  readonly schemas: ReadonlyMap<string, ToolSchema>;
  /** `schemas.$defs` as written, null when absent. */
  readonly sharedDefs: Record<string, unknown> | null;
  readonly enforcement: EnforcementRule;
  readonly limits: LimitsRule | null;
  readonly toolPins: ReadonlyMap<string, ToolPin>;
  readonly sequences: readonly SequenceRule[];
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  readonly onError: 'block' | 'allow';
  readonly signatures: { checkDescriptions: boolean } | null;
  /** Validated, proxy-only sections as written (null when absent). */
  readonly discovery: Record<string, unknown> | null;
  readonly runtimeMonitor: Record<string, unknown> | null;
  readonly killSwitch: Record<string, unknown> | null;
  /** Policy elements in policy order, with positions. */
  readonly elements: readonly PolicyElement[];
  newSession(opts?: DecideOptions): PolicySession;
  /**
   * Name-only decision (proxy `tools/list` filtering): deny patterns/classes, allowlist,
   * pin drift, approval_required under `approvals: deny`, unconstrained under `deny`. Counts nothing.
   */
  nameDecision(toolName: string, definition?: unknown, opts?: DecideOptions): Decision;
}
