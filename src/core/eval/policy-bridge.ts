// The eval kinds' view of the one policy engine: args_valid decides each call with a
// fresh session, sequence_valid evaluates sequence rules. Everything the eval area needs from
// src/core/policy goes through here.
import { AssayError, type Diagnostic } from '../errors.js';
import {
  evaluateSequenceRules,
  loadPolicyFile,
  parseSequenceRules,
  policyAssertsNothing,
  policyFromValue,
  type Policy,
  type SequenceRule,
} from '../policy/index.js';
import type { KeyPath, YamlSource } from '../util/yaml-source.js';

export { compileToolPattern, matchToolPattern } from '../policy/tool-pattern.js';

export interface CallInput {
  tool_name: string;
  args: unknown;
  /** The call's index in its entry (reported in outcomes). */
  index?: number;
}

export interface CallDecision {
  decision: 'allow' | 'allow_with_warning' | 'deny';
  code?: string;
  tool: string;
  reason: string;
  rule?: string;
  violations?: Array<{ path?: string; constraint?: string; message: string }>;
}

export interface SequenceOutcome {
  rule_id: string;
  status: 'held' | 'violated' | 'not_exercised';
  reason?: string;
  spanned?: number[];
}

export interface EvalPolicy {
  /** Per-call decisions of one fresh session (replay, not incremental: limits, names, schemas, unconstrained). */
  decideAll(calls: readonly CallInput[]): CallDecision[];
  /** The loaded policy (for previews and explain). */
  readonly policy: Policy;
}

export interface SequenceChecker {
  ruleCount: number;
  check(calls: readonly CallInput[]): SequenceOutcome[];
}

export type BridgeResult<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export interface LoadedPolicy {
  policy: EvalPolicy;
  /** The policy as a gate asserts nothing. */
  assertsNothing: boolean;
  /** The policy's own sequences and aliases (sequence_valid uses them). */
  sequences: readonly SequenceRule[];
  aliases: ReadonlyMap<string, readonly string[]>;
}

export interface PolicyOpts {
  denyDeprecations?: boolean;
  lenient?: boolean;
}

function wrap(policy: Policy): EvalPolicy {
  return {
    policy,
    decideAll(calls) {
      const session = policy.newSession();
      return calls.map((c, i) => {
        const d = session.decide({ tool_name: c.tool_name, args: c.args, index: c.index ?? i }, { incremental: false });
        return {
          decision: d.decision,
          ...(d.code ? { code: d.code } : {}),
          tool: d.tool,
          reason: d.reason,
          ...(d.rule ? { rule: d.rule } : {}),
          ...(d.violations ? { violations: d.violations } : {}),
        };
      });
    },
  };
}

function loaded(policy: Policy, diagnostics: Diagnostic[]): BridgeResult<LoadedPolicy> {
  return {
    ok: true,
    value: { policy: wrap(policy), assertsNothing: policyAssertsNothing(policy), sequences: policy.sequences, aliases: policy.aliases },
    diagnostics,
  };
}

function failure(e: unknown, file: string): BridgeResult<never> {
  if (e instanceof AssayError) {
    const diagnostics = e.diagnostics.length > 0 ? e.diagnostics : [{ code: e.reasonCode, severity: 'error' as const, message: e.message, file }];
    return { ok: false, diagnostics };
  }
  throw e;
}

/** Load a policy file through (all spellings). Errors come back as diagnostics, never thrown. */
export function policyFromFile(abs: string, display: string, opts: PolicyOpts): BridgeResult<LoadedPolicy> {
  try {
    const r = loadPolicyFile(abs, display, { denyDeprecations: opts.denyDeprecations ?? false, lenient: opts.lenient === true });
    return loaded(r.policy, r.diagnostics);
  } catch (e) {
    return failure(e, display);
  }
}

/** Load an inline policy value; `source` gives its positions (paths relative to the value). */
export function policyFromObject(value: unknown, file: string, source: YamlSource | undefined, opts: PolicyOpts): BridgeResult<LoadedPolicy> {
  try {
    const r = policyFromValue(value, file, source, { denyDeprecations: opts.denyDeprecations ?? false, lenient: opts.lenient === true });
    return loaded(r.policy, r.diagnostics);
  } catch (e) {
    return failure(e, file);
  }
}

function checkerOf(rules: readonly SequenceRule[]): SequenceChecker {
  return {
    ruleCount: rules.length,
    check(calls) {
      return evaluateSequenceRules(
        rules,
        calls.map((c, i) => ({ tool_name: c.tool_name, args: c.args, index: c.index ?? i })),
      ).map((o) => ({ rule_id: o.rule_id, status: o.status, ...(o.reason !== null ? { reason: o.reason } : {}), spanned: o.spanned }));
    },
  };
}

/** Sequence rules already compiled by the policy loader. */
export function sequenceCheckerOf(rules: readonly SequenceRule[]): SequenceChecker {
  return checkerOf(rules);
}

/**
 * Compile sequence rules written outside a policy (inline `rules`, or a file holding a bare list).
 * `basePath` locates the list inside `source` and names it in messages.
 */
export function sequenceChecker(
  rules: unknown[],
  aliases: ReadonlyMap<string, readonly string[]> | undefined,
  file: string,
  source: YamlSource | undefined,
  basePath: KeyPath,
  code: 'E_CFG_PARSE' | 'E_POLICY_PARSE',
  lenient = false,
): BridgeResult<SequenceChecker> {
  const r = parseSequenceRules(rules, file, { ...(source ? { source } : {}), basePath, aliases: aliases ?? new Map(), code, lenient });
  if (r.diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics: r.diagnostics };
  return { ok: true, value: checkerOf(r.rules), diagnostics: r.diagnostics };
}
