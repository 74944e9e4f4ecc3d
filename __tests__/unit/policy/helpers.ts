// Shared helpers for the policy unit tests.
import { ConfigError, formatDiagnostic } from '../../../src/core/errors.js';
import { parsePolicy, type PolicyLoadOptions } from '../../../src/core/policy/load.js';
import type { DecideOptions, Decision, Policy, ToolCallInput } from '../../../src/core/policy/types.js';

export function load(text: string, opts: PolicyLoadOptions = {}): Policy {
  return parsePolicy(text, 'policy.yaml', opts).policy;
}

/** Formatted diagnostics of a load that must fail. */
export function loadFailure(text: string, opts: PolicyLoadOptions = {}): { error: ConfigError; lines: string[] } {
  try {
    parsePolicy(text, 'policy.yaml', opts);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return { error: e, lines: e.diagnostics.map(formatDiagnostic) };
  }
  throw new Error('expected the policy to be refused');
}

export function warnings(text: string, opts: PolicyLoadOptions = {}): string[] {
  return parsePolicy(text, 'policy.yaml', opts).diagnostics.map(formatDiagnostic);
}

export function call(tool_name: string, args: unknown = {}, extra: Partial<ToolCallInput> = {}): ToolCallInput {
  return { tool_name, args, ...extra };
}

/** Decide a list of calls in one session; returns the decisions without positions. */
export function decideAll(policy: Policy, calls: ToolCallInput[], opts: DecideOptions = {}): Decision[] {
  const s = policy.newSession(opts);
  return calls.map((c) => s.decide(c));
}

export function strip(d: Decision): Omit<Decision, 'ruleRef'> {
  const { ruleRef: _r, ...rest } = d;
  return rest;
}
