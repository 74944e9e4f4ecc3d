// SARIF rule catalog (table): metadata for every rule id a finding can carry. Families
// (`test/<kind>`, `test/assertion/<type>`, `config/<CODE>`, unknown ids) are generated.
import type { FindingLevel } from './finding.js';

export interface RuleMeta {
  id: string;
  /** PascalCase, ≤ 255 chars. */
  name: string;
  shortDescription: string;
  fullDescription: string;
  helpText: string;
  helpMarkdown: string;
  level: FindingLevel;
  /** "0.1"–"10.0", one decimal. */
  securitySeverity: string;
  tags: string[];
}

const POLICY_TAGS = ['security', 'mcp', 'policy'];

interface StaticRule {
  name: string;
  short: string;
  full: string;
  help: string;
  md: string;
  level: FindingLevel;
  sev: string;
}

const POLICY_RULES: Record<string, StaticRule> = {
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

const OTHER_RULES: Record<string, StaticRule> = {
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

const SEVERITY_BY_LEVEL: Record<FindingLevel, string> = { error: '6.0', warning: '3.0', note: '1.0' };
const GENERIC_SEVERITY: Record<FindingLevel, string> = { error: '5.0', warning: '3.0', note: '1.0' };

/** `E_TOOL_DENIED` → `ToolDenied`, `tool_blocklist` → `ToolBlocklist`, `a/b-c` → `ABC`. */
export function pascalCase(s: string): string {
  const words = s.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const name = words.map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase()).join('');
  return (name === '' ? 'Rule' : name).slice(0, 255);
}

function stripCodePrefix(code: string): string {
  return /^[EW]_/.test(code) ? code.slice(2) : code;
}

function fromStatic(id: string, r: StaticRule, tags: string[], level?: FindingLevel): RuleMeta {
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
export function ruleMeta(ruleId: string, observedLevel: FindingLevel): RuleMeta {
  const slash = ruleId.indexOf('/');
  const family = slash > 0 ? ruleId.slice(0, slash) : '';
  const rest = slash > 0 ? ruleId.slice(slash + 1) : ruleId;

  if (family === 'policy') {
    const r = POLICY_RULES[rest];
    if (r) return fromStatic(ruleId, r, POLICY_TAGS);
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
  if (known) return fromStatic(ruleId, known, ['assay', family]);

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
