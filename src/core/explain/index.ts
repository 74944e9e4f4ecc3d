// `assay explain` (02 §4.8): a trace against a policy, or `explain <test-id>` from the inputs the last
// run recorded in run.json (config, traces, --policy): the test's bound entry against its policies.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigError, InputError, UsageError, type Diagnostic } from '../errors.js';
import { readCalls, type TraceInput } from '../coverage/read-calls.js';
import { bindTest, buildBindingIndex } from '../eval/bind.js';
import { traceMissMessage } from '../eval/evaluate.js';
import { loadEvalConfig } from '../eval/load.js';
import type { EvalTest } from '../eval/types.js';
import { readConfigFile } from '../gate/config-kind.js';
import { loadPolicyFile, policyFromValue, type Policy } from '../policy/index.js';
import type { TraceEntry, TraceStats } from '../trace/index.js';
import { Explainer, type Explanation } from './explain.js';

export { Explainer, explanationDocument, isNotable, type Explanation, type ExplainStep, type RuleEvaluation, type EntryViolation, type Verdict } from './explain.js';
export { renderExplanation, renderTerminal, renderMarkdown, renderHtml, type ExplainFormat, type RenderOptions } from './render.js';

export interface ExplainPolicy {
  policy: Policy;
  display: string;
}

export interface ExplainRun {
  explanations: Explanation[];
  stats: TraceStats;
  diagnostics: Diagnostic[];
}

/** Explain every entry of the traces against each policy. */
export async function explainTraces(policies: readonly ExplainPolicy[], traces: readonly TraceInput[], opts: { strict?: boolean } = {}): Promise<ExplainRun> {
  const ex = policies.map((p) => new Explainer(p.policy, p.display));
  const r = await readCalls(traces, (e) => ex.forEach((x) => x.add(e)), { strict: opts.strict ?? false });
  return { explanations: ex.map((x) => x.result(traces.map((t) => t.display))), stats: r.stats, diagnostics: r.diagnostics };
}

export interface RunInputs {
  config: string | null;
  trace_files: string[];
  policy: string | null;
}

/** The `inputs` a run recorded (02 §5.1). Missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
export function readRunInputs(path: string, display: string): RunInputs {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    const message = `run report not found: ${display} (run \`assay run\` or \`assay ci\` first, or pass --run)`;
    throw new InputError('E_PATH_NOT_FOUND', message, { source: 'cli', context: { file: display }, diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message, file: display, source: 'cli' }] });
  }
  const bad = (why: string): ConfigError =>
    new ConfigError('E_CFG_PARSE', `${display}: ${why}`, { source: 'config', context: { file: display }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: why, file: display, source: 'config' }] });
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw bad(`run report is not JSON: ${(e as Error).message}`);
  }
  const inputs = (doc as { inputs?: unknown } | null)?.inputs;
  if (!inputs || typeof inputs !== 'object') throw bad('run report has no "inputs" (written by an older version?)');
  const i = inputs as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
  return {
    config: str(i.config),
    trace_files: Array.isArray(i.trace_files) ? i.trace_files.filter((x): x is string => typeof x === 'string') : [],
    policy: str(i.policy),
  };
}

function unwrap(v: unknown): Record<string, unknown> | undefined {
  const x = Array.isArray(v) && v.length === 1 ? v[0] : v;
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

/** The policies a test's checks use (args_valid, sequence_valid), as loaded policies. */
function testPolicies(test: EvalTest, configDir: string, configDisplay: string): ExplainPolicy[] {
  const out: ExplainPolicy[] = [];
  const x = test.expected;
  if (x?.kind === 'args_valid') out.push({ policy: x.policy.policy, display: x.policyFile ?? `${configDisplay} (test '${test.id}' schema)` });
  if (x?.kind === 'sequence_valid') {
    const raw = unwrap(test.raw.expected);
    const pol = raw?.policy;
    if (typeof pol === 'string' && x.policyFile) {
      out.push({ policy: loadPolicyFile(resolve(configDir, pol), x.policyFile).policy, display: x.policyFile });
    } else {
      const rules = Array.isArray(raw?.rules) ? raw.rules : Array.isArray(pol) && pol.every((r) => r && typeof r === 'object') ? pol : [];
      // Inline rules check order only: tools without a schema are not a finding here.
      const value = { version: '2.0', enforcement: { unconstrained_tools: 'allow' }, sequences: rules };
      if (rules.length) out.push({ policy: policyFromValue(value, configDisplay).policy, display: `${configDisplay} (test '${test.id}' rules)` });
    }
  }
  return out;
}

export interface ExplainTestOptions {
  /** Checkout root: run.json paths are relative to it. */
  root: string;
  strict?: boolean;
  denyDeprecations?: boolean;
  /** Policies given on the command line next to TEST_ID. */
  extraPolicies?: readonly ExplainPolicy[];
}

/** `explain <test-id>`: the entry bound to the test, against its policies and the run's --policy. */
export async function explainTest(testId: string, inputs: RunInputs, o: ExplainTestOptions): Promise<ExplainRun> {
  const abs = (p: string): string => resolve(o.root, p);
  if (inputs.trace_files.length === 0) throw new UsageError('E_INVALID_ARGS', 'the last run read no trace: nothing to explain (pass --trace and --policy)', { source: 'cli' });
  const traces: TraceInput[] = inputs.trace_files.map((t) => ({ path: abs(t), display: t }));
  const entries: TraceEntry[] = [];
  const read = await readCalls(traces, (e) => entries.push(e), { strict: o.strict ?? false });
  const policies: ExplainPolicy[] = [];
  let entry: TraceEntry | undefined;
  const cf = inputs.config ? readConfigFile(abs(inputs.config), inputs.config) : undefined;
  if (cf?.kind === 'eval') {
    const { config } = loadEvalConfig(cf.path, cf.display, o.denyDeprecations ? { denyDeprecations: true } : {});
    const test = config.tests.find((t) => t.id === testId);
    if (!test) throw new UsageError('E_INVALID_ARGS', `test "${testId}" is not in ${cf.display} (tests: ${config.tests.map((t) => t.id).join(', ')})`, { source: 'cli' });
    const b = bindTest(test, buildBindingIndex(entries));
    if (!b) {
      throw new InputError('E_TRACE_MISS', traceMissMessage(test), { source: 'trace', context: { file: inputs.trace_files[0] }, nextStepValues: { 'config.yaml': cf.display, 'trace.jsonl': inputs.trace_files[0] } });
    }
    entry = b.entry;
    policies.push(...testPolicies(test, config.dir, cf.display));
  } else {
    if (cf?.kind === 'policy') policies.push({ policy: loadPolicyFile(cf.path, cf.display, o.denyDeprecations ? { denyDeprecations: true } : {}).policy, display: cf.display });
    entry = entries.find((e) => e.key === testId || e.binding_id === testId || e.prompt === testId);
    if (!entry) throw new UsageError('E_INVALID_ARGS', `no trace entry with id or prompt "${testId}" in ${inputs.trace_files.join(', ')}`, { source: 'cli' });
  }
  policies.push(...(o.extraPolicies ?? []));
  if (inputs.policy) policies.push({ policy: loadPolicyFile(abs(inputs.policy), inputs.policy, o.denyDeprecations ? { denyDeprecations: true } : {}).policy, display: inputs.policy });
  const unique = policies.filter((p, i) => policies.findIndex((q) => q.display === p.display) === i);
  if (!unique.length) throw new UsageError('E_INVALID_ARGS', `test "${testId}" checks no policy (args_valid, sequence_valid) and the run had no --policy: nothing to explain`, { source: 'cli' });
  const explanations = unique.map((p) => {
    const ex = new Explainer(p.policy, p.display);
    ex.add(entry);
    return ex.result([entry.file]);
  });
  return { explanations, stats: read.stats, diagnostics: read.diagnostics };
}
