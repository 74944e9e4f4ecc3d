// The one decision engine: first match decides, in this order —
// 1 pins, 2 limits (counted before any deny), 3 deny, 4 allowlist, 5 approval (runtime),
// 6 sequences (incremental), 7 schema, 8 unconstrained, 9 allow.
import { identityOf, pinDrift } from './pins.js';
import { SequenceTracker } from './sequences.js';
import { WITHIN_KEYWORD } from './within.js';
import type {
  ClassList,
  Decision,
  DecideOptions,
  DecisionCode,
  DecisionKind,
  ElementStat,
  EnforcementRule,
  LimitsRule,
  Obligation,
  PatternList,
  Policy,
  PolicyElement,
  PolicySession,
  SequenceOutcome,
  SequenceRule,
  SourceRef,
  ToolCallInput,
  ToolPin,
  ToolRules,
  ToolSchema,
} from './types.js';

/** Everything the loader produces; the engine adds behaviour. */
export interface PolicyData {
  file: string;
  name: string | null;
  version: string;
  declaredVersion: string | null;
  metadata: unknown;
  spelling: { short: boolean; legacy: boolean };
  tools: ToolRules;
  toolClasses: Map<string, string[]>;
  schemas: Map<string, ToolSchema>;
  sharedDefs: Record<string, unknown> | null;
  enforcement: EnforcementRule;
  limits: LimitsRule | null;
  toolPins: Map<string, ToolPin>;
  sequences: SequenceRule[];
  aliases: Map<string, string[]>;
  onError: 'block' | 'allow';
  signatures: { checkDescriptions: boolean } | null;
  discovery: Record<string, unknown> | null;
  runtimeMonitor: Record<string, unknown> | null;
  killSwitch: Record<string, unknown> | null;
}

export const REASONS = {
  driftDiffers: 'Tool metadata or schema differs from the pinned identity',
  driftNotObserved: 'Pinned tool was not observed in tools/list this session',
  driftNoDefinition: 'Pinned tool has no definition in this episode (meta.tool_definitions)',
  rateToolCalls: 'Session tool-call limit exceeded',
  rateRequests: 'Session request limit exceeded',
  deniedName: 'Tool is explicitly denylisted by name',
  deniedClass: 'Tool is explicitly denylisted by class',
  deniedBoth: 'Tool is explicitly denylisted by name and class',
  notAllowed: 'Tool is not in allowlist',
  approval: 'Tool requires approval and this proxy has no approval channel',
  argSchema: 'Arguments do not match the tool schema',
  argOutside: 'A path argument is outside the folders the policy allows',
  schemaOk: 'Arguments match the tool schema',
  schemaEval: 'Tool schema could not be evaluated',
  selectorEval: 'An argument is too long to check against a sequence rule\'s args_match regex',
  unconstrainedDeny: 'Tool has no schema (enforcement: deny)',
  unconstrainedWarn: 'Tool has no schema (enforcement: warn)',
  unconstrainedAllow: 'Tool has no schema (enforcement: allow)',
  allowed: 'Tool call allowed by policy',
} as const;

// Element slots for "exercised" bookkeeping.
const EL_DENY = 0;
const EL_ALLOW = 1;
const EL_UNCONSTRAINED = 2;
const EL_LIMITS = 3;
const EL_PINS = 4;

function fileStart(file: string): SourceRef {
  return { file, line: 1, col: 1 };
}

function mk(
  decision: DecisionKind,
  code: DecisionCode | null,
  tool: string,
  reason: string,
  rule: string | null,
  ref: SourceRef | undefined,
  element: string | undefined,
): Decision {
  const d: Decision = { decision, code, tool, reason, rule };
  if (ref) d.ruleRef = ref;
  if (element !== undefined) d.element = element;
  return d;
}

function firstPattern(list: PatternList, name: string): number {
  const e = list.entries;
  for (let i = 0; i < e.length; i++) if (e[i]!.matcher.test(name)) return i;
  return -1;
}

function firstClass(list: ClassList, classes: readonly string[] | undefined): number {
  if (!classes || classes.length === 0) return -1;
  const e = list.entries;
  for (let i = 0; i < e.length; i++) if (classes.includes(e[i]!.cls)) return i;
  return -1;
}

class PolicyImpl implements Policy {
  readonly file: string;
  readonly name: string | null;
  readonly version: string;
  readonly declaredVersion: string | null;
  readonly metadata: unknown;
  readonly spelling: { short: boolean; legacy: boolean };
  readonly tools: ToolRules;
  readonly toolClasses: ReadonlyMap<string, readonly string[]>;
  readonly schemas: ReadonlyMap<string, ToolSchema>;
  readonly sharedDefs: Record<string, unknown> | null;
  readonly enforcement: EnforcementRule;
  readonly limits: LimitsRule | null;
  readonly toolPins: ReadonlyMap<string, ToolPin>;
  readonly sequences: readonly SequenceRule[];
  readonly aliases: ReadonlyMap<string, readonly string[]>;
  readonly onError: 'block' | 'allow';
  readonly signatures: { checkDescriptions: boolean } | null;
  readonly discovery: Record<string, unknown> | null;
  readonly runtimeMonitor: Record<string, unknown> | null;
  readonly killSwitch: Record<string, unknown> | null;
  readonly elements: readonly PolicyElement[];

  /** Slot → element (or undefined when the policy has no such element). */
  readonly fixedElements: Array<PolicyElement | undefined>;
  readonly schemaElements: Map<string, PolicyElement>;
  readonly sequenceElements: PolicyElement[];
  readonly hasDeny: boolean;
  readonly hasAllowlist: boolean;
  readonly hasObligations: boolean;
  readonly allowRule: string;
  readonly allowRef: SourceRef | undefined;
  readonly unconstrainedRef: SourceRef;

  constructor(d: PolicyData) {
    this.file = d.file;
    this.name = d.name;
    this.version = d.version;
    this.declaredVersion = d.declaredVersion;
    this.metadata = d.metadata;
    this.spelling = d.spelling;
    this.tools = d.tools;
    this.toolClasses = d.toolClasses;
    this.schemas = d.schemas;
    this.sharedDefs = d.sharedDefs;
    this.enforcement = d.enforcement;
    this.limits = d.limits;
    this.toolPins = d.toolPins;
    this.sequences = d.sequences;
    this.aliases = d.aliases;
    this.onError = d.onError;
    this.signatures = d.signatures;
    this.discovery = d.discovery;
    this.runtimeMonitor = d.runtimeMonitor;
    this.killSwitch = d.killSwitch;

    const t = d.tools;
    this.hasDeny = t.deny.entries.length > 0 || t.denyClasses.entries.length > 0;
    this.hasAllowlist = t.allow !== null || t.allowClasses !== null;
    this.hasObligations =
      t.approvalRequired.entries.length > 0 ||
      t.approvalRequiredClasses.entries.length > 0 ||
      t.restrictScope.entries.length > 0 ||
      t.restrictScopeClasses.entries.length > 0 ||
      t.redactArgs.entries.length > 0 ||
      t.redactArgsClasses.entries.length > 0;
    this.allowRule = t.allow === null && t.allowClasses !== null ? 'tools.allow_classes' : 'tools.allow';
    this.allowRef = t.allow?.ref ?? t.allowClasses?.ref;
    this.unconstrainedRef = d.enforcement.ref ?? fileStart(d.file);

    const el = (id: string, kind: PolicyElement['kind'], ref: SourceRef | undefined, name = id): PolicyElement =>
      ref ? { id, name, kind, ref } : { id, name, kind };
    const fixed: Array<PolicyElement | undefined> = [];
    if (this.hasDeny) fixed[EL_DENY] = el('tools.deny', 'deny', t.deny.ref ?? t.denyClasses.ref);
    if (this.hasAllowlist) fixed[EL_ALLOW] = el('tools.allow', 'allow', this.allowRef);
    fixed[EL_UNCONSTRAINED] = el('enforcement.unconstrained_tools', 'unconstrained', this.unconstrainedRef);
    if (d.limits) fixed[EL_LIMITS] = el('limits', 'limits', d.limits.ref);
    if (d.toolPins.size > 0) {
      const firstPin = d.toolPins.values().next().value as ToolPin;
      fixed[EL_PINS] = el('tool_pins', 'tool_pins', firstPin.ref);
    }
    this.fixedElements = fixed;
    this.schemaElements = new Map();
    for (const [tool, s] of d.schemas) this.schemaElements.set(tool, el(`schemas.${tool}`, 'schema', s.ref));
    this.sequenceElements = d.sequences.map((r) => el(`sequences[${r.index}]`, 'sequence', r.ref, r.ruleId));
    // Policy order: tools.deny, tools.allow, schemas.<tool>, enforcement, limits, tool_pins, sequences[i].
    this.elements = [
      ...[fixed[EL_DENY], fixed[EL_ALLOW]].filter((e): e is PolicyElement => e !== undefined),
      ...this.schemaElements.values(),
      ...[fixed[EL_UNCONSTRAINED], fixed[EL_LIMITS], fixed[EL_PINS]].filter((e): e is PolicyElement => e !== undefined),
      ...this.sequenceElements,
    ];
  }

  newSession(opts?: DecideOptions): PolicySession {
    return new Session(this, opts ?? {});
  }

  nameDecision(toolName: string, definition?: unknown, opts: DecideOptions = {}): Decision {
    const name = String(toolName);
    const pin = this.pinCheck(name, definition, opts.runtime === true);
    if (pin) return pin;
    const pre = this.nameChecks(name, opts);
    if (pre) return pre;
    if (!this.schemas.has(name) && this.enforcement.unconstrainedTools === 'deny') {
      return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, 'enforcement.unconstrained_tools', this.unconstrainedRef, 'enforcement.unconstrained_tools');
    }
    return mk('allow', null, name, REASONS.allowed, null, undefined, undefined);
  }

  /** Step 1. `definition === undefined` is "no identity available". */
  pinCheck(name: string, definition: unknown, runtime: boolean): Decision | null {
    if (this.toolPins.size === 0) return null;
    const pin = this.toolPins.get(name);
    if (!pin) return null;
    const rule = `tool_pins.${name}`;
    if (definition === undefined || definition === null) {
      if (definition === undefined && !runtime) return null; // replay without definitions: not exercised
      return mk('deny', 'E_TOOL_DRIFT', name, runtime ? REASONS.driftNotObserved : REASONS.driftNoDefinition, rule, pin.ref, 'tool_pins');
    }
    const id = identityOf(definition, name);
    if (!id || pinDrift(pin, id).length > 0) return mk('deny', 'E_TOOL_DRIFT', name, REASONS.driftDiffers, rule, pin.ref, 'tool_pins');
    return null;
  }

  /** Steps 3–5 (name only). */
  // Steps 3–5 depend only on the tool name (and whether approvals deny), so their outcome is memoised per
  // name; bounded so a trace with millions of distinct names cannot grow it without limit.
  private readonly nameMemo = new Map<string, Decision | null>();

  nameChecks(name: string, opts: DecideOptions): Decision | null {
    const key = opts.runtime === true && opts.approvals !== 'log-only' ? `\u0001${name}` : name;
    let d = this.nameMemo.get(key);
    if (d === undefined) {
      d = this.nameChecksUncached(name, opts);
      if (this.nameMemo.size >= 4096) this.nameMemo.clear();
      this.nameMemo.set(key, d);
    }
    return d === null ? null : { ...d };
  }

  private nameChecksUncached(name: string, opts: DecideOptions): Decision | null {
    const t = this.tools;
    const classes = this.toolClasses.get(name);
    if (this.hasDeny) {
      const byName = firstPattern(t.deny, name);
      const byClass = firstClass(t.denyClasses, classes);
      if (byName >= 0 || byClass >= 0) {
        const reason = byName >= 0 && byClass >= 0 ? REASONS.deniedBoth : byName >= 0 ? REASONS.deniedName : REASONS.deniedClass;
        if (byName >= 0) {
          const e = t.deny.entries[byName]!;
          return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny[${e.index}]=${e.pattern}`, e.ref, 'tools.deny');
        }
        const c = t.denyClasses.entries[byClass]!;
        return mk('deny', 'E_TOOL_DENIED', name, reason, `tools.deny_classes[${c.index}]=${c.cls}`, c.ref, 'tools.deny');
      }
    }
    if (this.hasAllowlist) {
      const ok = (t.allow !== null && firstPattern(t.allow, name) >= 0) || (t.allowClasses !== null && firstClass(t.allowClasses, classes) >= 0);
      if (!ok) return mk('deny', 'E_TOOL_NOT_ALLOWED', name, REASONS.notAllowed, this.allowRule, this.allowRef, 'tools.allow');
    }
    if (opts.runtime === true && opts.approvals !== 'log-only') {
      const a = this.approvalMatch(name, classes);
      if (a) return mk('deny', 'E_APPROVAL_REQUIRED', name, REASONS.approval, a.rule, a.ref, 'tools.approval_required');
    }
    return null;
  }

  approvalMatch(name: string, classes: readonly string[] | undefined): { rule: string; ref: SourceRef | undefined } | null {
    const t = this.tools;
    const i = firstPattern(t.approvalRequired, name);
    if (i >= 0) {
      const e = t.approvalRequired.entries[i]!;
      return { rule: `tools.approval_required[${e.index}]=${e.pattern}`, ref: e.ref };
    }
    const j = firstClass(t.approvalRequiredClasses, classes);
    if (j >= 0) {
      const c = t.approvalRequiredClasses.entries[j]!;
      return { rule: `tools.approval_required_classes[${c.index}]=${c.cls}`, ref: c.ref };
    }
    return null;
  }

  /** Obligations an allowed call carries (recorded by the proxy, never a deny here). */
  obligationsFor(name: string, opts: DecideOptions): Obligation[] | undefined {
    if (!this.hasObligations) return undefined;
    const t = this.tools;
    const classes = this.toolClasses.get(name);
    const out: Obligation[] = [];
    if (!(opts.runtime === true && opts.approvals !== 'log-only')) {
      const a = this.approvalMatch(name, classes);
      if (a) out.push({ type: 'approval_required', rule: a.rule });
    }
    const listed = (p: PatternList, c: ClassList, key: string): string | null => {
      const i = firstPattern(p, name);
      if (i >= 0) return `tools.${key}[${p.entries[i]!.index}]=${p.entries[i]!.pattern}`;
      const j = firstClass(c, classes);
      if (j >= 0) return `tools.${key}_classes[${c.entries[j]!.index}]=${c.entries[j]!.cls}`;
      return null;
    };
    const rs = listed(t.restrictScope, t.restrictScopeClasses, 'restrict_scope');
    if (rs) out.push(t.restrictScopeContract ? { type: 'restrict_scope', rule: rs, contract: t.restrictScopeContract } : { type: 'restrict_scope', rule: rs });
    const ra = listed(t.redactArgs, t.redactArgsClasses, 'redact_args');
    if (ra) out.push(t.redactArgsContract ? { type: 'redact_args', rule: ra, contract: t.redactArgsContract } : { type: 'redact_args', rule: ra });
    return out.length > 0 ? out : undefined;
  }
}

class Session implements PolicySession {
  private toolCalls = 0;
  private requests = 0;
  private count = 0;
  private readonly tracker: SequenceTracker;
  private readonly fixedHit: boolean[] = [false, false, false, false, false];
  private readonly schemaHit = new Set<string>();

  constructor(
    private readonly p: PolicyImpl,
    private readonly defaults: DecideOptions,
  ) {
    this.tracker = new SequenceTracker(p.sequences);
  }

  get calls(): number {
    return this.count;
  }

  noteRequest(): void {
    this.requests++;
  }

  decide(call: ToolCallInput, opts?: DecideOptions): Decision {
    const o = opts ? { ...this.defaults, ...opts } : this.defaults;
    const name = typeof call.tool_name === 'string' ? call.tool_name : String(call.tool_name);
    const args = call.args === undefined ? {} : call.args;
    const index = call.index ?? this.count;
    this.count++;
    // Step 2's counters move before any deny, step 1 included.
    this.toolCalls++;
    this.requests++;
    const incremental = o.incremental === true;
    let d = this.evaluate(name, args, call.definition, index, o, incremental);
    // A sequence selector whose args_match regex cannot check this call's argument (longer than the
    // regex's work bound, docs/regex.md) is an evaluation error: on_error decides, block by default.
    // The selector counts as matched meanwhile, so a forbidding rule blocks rather than passes.
    const probed = incremental ? this.tracker.takeUnverifiable() : null;
    if (probed && d.decision !== 'deny') d = this.unverifiableDecision(name, probed.render);
    if (incremental) {
      // A denied call never happened, unless the caller forwards it anyway (proxy --dry-run).
      if (d.decision !== 'deny' || o.admitDenied === true) this.tracker.feed(name, args, index, true);
    } else {
      this.tracker.feed(name, args, index);
    }
    const fed = this.tracker.takeUnverifiable();
    if (fed && d.decision !== 'deny') d = this.unverifiableDecision(name, fed.render);
    return d;
  }

  private unverifiableDecision(name: string, selector: string): Decision {
    const reason = `${REASONS.selectorEval} (${selector})`;
    return this.p.onError === 'block'
      ? mk('deny', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences')
      : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, reason, 'sequences', undefined, 'sequences');
  }

  private evaluate(name: string, args: unknown, definition: unknown, index: number, o: DecideOptions, incremental: boolean): Decision {
    const p = this.p;
    const runtime = o.runtime === true;
    // 1. pins
    if (p.toolPins.size > 0 && p.toolPins.has(name) && (definition !== undefined || runtime)) this.fixedHit[EL_PINS] = true;
    const pin = p.pinCheck(name, definition, runtime);
    if (pin) return pin;
    // 2. limits
    const lim = p.limits;
    if (lim) {
      this.fixedHit[EL_LIMITS] = true;
      if (lim.maxToolCallsTotal !== null && this.toolCalls > lim.maxToolCallsTotal) {
        return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateToolCalls, 'limits.max_tool_calls_total', lim.maxToolCallsRef, 'limits');
      }
      if (lim.maxRequestsTotal !== null && this.requests > lim.maxRequestsTotal) {
        return mk('deny', 'E_RATE_LIMIT', name, REASONS.rateRequests, 'limits.max_requests_total', lim.maxRequestsRef, 'limits');
      }
    }
    // 3–5. deny, allowlist, approval
    if (p.hasDeny) this.fixedHit[EL_DENY] = true;
    const pre = p.nameChecks(name, o);
    if (p.hasAllowlist && (pre === null || pre.code !== 'E_TOOL_DENIED')) this.fixedHit[EL_ALLOW] = true;
    if (pre) return pre;
    // 6. sequences (incremental only)
    if (incremental && p.sequences.length > 0) {
      const ri = this.tracker.probe(name, args, index);
      if (ri >= 0) {
        this.tracker.noteBlocked(ri);
        const r = p.sequences[ri]!;
        return mk('deny', 'E_SEQUENCE_VIOLATION', name, `Call would violate sequence rule ${r.ruleId}`, r.rule, r.ref, `sequences[${r.index}]`);
      }
    }
    // 7. schema
    const schema = p.schemas.get(name);
    let d: Decision;
    if (schema) {
      this.schemaHit.add(name);
      const rule = `schemas.${name}`;
      let violations;
      try {
        violations = schema.validate(args);
      } catch {
        return p.onError === 'block'
          ? mk('deny', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule)
          : mk('allow_with_warning', 'E_SCHEMA_COMPILE', name, REASONS.schemaEval, rule, schema.ref, rule);
      }
      if (violations.length > 0) {
        // Same decision shape as any schema failure; the reason says when a path left its folders.
        const outside = violations.some((v) => v.constraint === WITHIN_KEYWORD);
        d = mk('deny', 'E_ARG_SCHEMA', name, outside ? REASONS.argOutside : REASONS.argSchema, rule, schema.ref, rule);
        d.violations = violations;
        return d;
      }
      d = mk('allow', null, name, REASONS.schemaOk, rule, schema.ref, rule);
    } else {
      // 8. unconstrained
      this.fixedHit[EL_UNCONSTRAINED] = true;
      const mode = p.enforcement.unconstrainedTools;
      const rule = 'enforcement.unconstrained_tools';
      if (mode === 'deny') return mk('deny', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedDeny, rule, p.unconstrainedRef, rule);
      d =
        mode === 'warn'
          ? mk('allow_with_warning', 'E_TOOL_UNCONSTRAINED', name, REASONS.unconstrainedWarn, rule, p.unconstrainedRef, rule)
          : mk('allow', null, name, REASONS.unconstrainedAllow, rule, p.unconstrainedRef, rule);
    }
    const ob = p.obligationsFor(name, o);
    if (ob) d.obligations = ob;
    return d;
  }

  finish(): SequenceOutcome[] {
    return this.tracker.outcomes();
  }

  collectExercised(into: Set<string>): void {
    const p = this.p;
    p.fixedElements.forEach((e, slot) => {
      if (e && this.fixedHit[slot]) into.add(e.id);
    });
    for (const name of this.schemaHit) into.add(`schemas.${name}`);
  }

  elementStats(): ElementStat[] {
    const p = this.p;
    const outcomes = p.sequences.length > 0 ? this.tracker.outcomes() : [];
    const stats: ElementStat[] = [];
    for (const e of p.elements) {
      let exercised = false;
      if (e.kind === 'schema') exercised = this.schemaHit.has(e.id.slice('schemas.'.length));
      else if (e.kind === 'sequence') {
        const o = outcomes.find((x) => `sequences[${x.index}]` === e.id);
        exercised = o !== undefined && (o.status !== 'not_exercised' || o.blocked > 0);
      } else {
        const slot = p.fixedElements.indexOf(e);
        exercised = slot >= 0 && this.fixedHit[slot] === true;
      }
      stats.push({ element: e, exercised });
    }
    return stats;
  }
}

export function createPolicy(data: PolicyData): Policy {
  return new PolicyImpl(data);
}
