// `assay explain`: a trace against a policy, or `explain <test-id>` from what the last run recorded in
// run.json: the test's result (every kind of check) and its bound entry against its policies.
import { resolve } from 'node:path';
import { AssayError, InputError, UsageError, type Diagnostic } from '../errors.js';
import { readCalls, type TraceInput } from '../coverage/read-calls.js';
import { bindTest, buildBindingIndex } from '../eval/bind.js';
import { traceMissMessage } from '../eval/evaluate.js';
import { loadEvalConfig } from '../eval/load.js';
import type { EvalConfig, EvalTest } from '../eval/types.js';
import { loadBaseline, type EvalBaseline } from '../eval/baseline.js';
import { VERSION } from '../version.js';
import { readConfigFile } from '../gate/config-kind.js';
import { loadPolicyFile, policyFromValue, type Policy } from '../policy/index.js';
import type { TraceEntry, TraceStats } from '../trace/index.js';
import { Explainer, type Explanation } from './explain.js';
import { readRunReport, type RunInputs, type RunReport } from './run-report.js';
import { explainRow, type TestExplanation } from './test-result.js';

export { Explainer, explanationDocument, isNotable, type Explanation, type ExplainStep, type RuleEvaluation, type EntryViolation, type Verdict } from './explain.js';
export { renderExplanation, renderTestExplanation, renderTerminal, renderMarkdown, renderHtml, type ExplainFormat, type RenderOptions } from './render.js';

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

export { readRunReport, type RunInputs, type RunReport, type RunRow } from './run-report.js';
export { explainRow, renderTestTerminal, type TestExplanation, type CheckExplanation, type BaselineExplanation } from './test-result.js';

/** The `inputs` a run recorded. Missing file → E_PATH_NOT_FOUND; unusable → E_CFG_PARSE. */
export function readRunInputs(path: string, display: string): RunInputs {
  return readRunReport(path, display).inputs;
}

function unwrap(v: unknown): Record<string, unknown> | undefined {
  const x = Array.isArray(v) && v.length === 1 ? v[0] : v;
  return x && typeof x === 'object' && !Array.isArray(x) ? (x as Record<string, unknown>) : undefined;
}

/** The policies a test's checks use (args_valid, sequence_valid), as loaded policies. */
function testPolicies(test: EvalTest, configDir: string, configDisplay: string, lenient = false): ExplainPolicy[] {
  const out: ExplainPolicy[] = [];
  const x = test.expected;
  if (x?.kind === 'args_valid') out.push({ policy: x.policy.policy, display: x.policyFile ?? `${configDisplay} (test '${test.id}' schema)` });
  if (x?.kind === 'sequence_valid') {
    const raw = unwrap(test.raw.expected);
    const pol = raw?.policy;
    if (typeof pol === 'string' && x.policyFile) {
      out.push({ policy: loadPolicyFile(resolve(configDir, pol), x.policyFile, { lenient }).policy, display: x.policyFile });
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
  /** `--lenient`: unknown keys are warnings. */
  lenient?: boolean;
  /** Policies given on the command line next to TEST_ID. */
  extraPolicies?: readonly ExplainPolicy[];
}

export interface ExplainTestRun extends ExplainRun {
  /** The test's own result in the last run (every kind: checks, assertions, baseline, quarantine). */
  test?: TestExplanation;
}

const NO_STATS: TraceStats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };

/**
 * `explain <test-id>`: the test's result row of the last run (what every check found), and the trace entry
 * bound to it against the test's policies and the run's --policy. TEST_ID may also name a trace entry
 * (its id or prompt), as the next step of a policy finding does.
 */
export async function explainTest(testId: string, run: RunInputs | RunReport, o: ExplainTestOptions): Promise<ExplainTestRun> {
  const abs = (p: string): string => resolve(o.root, p);
  const inputs = 'rows' in run ? run.inputs : run;
  const row = 'rows' in run ? run.rows.find((r) => r.test_id === testId) : undefined;
  const loadOpts = { ...(o.denyDeprecations ? { denyDeprecations: true } : {}), ...(o.lenient ? { lenient: true } : {}) };
  if (inputs.trace_files.length === 0 && !row) throw new UsageError('E_INVALID_ARGS', 'the last run read no trace: nothing to explain (pass --trace and --policy)', { source: 'cli' });
  const traces: TraceInput[] = inputs.trace_files.map((t) => ({ path: abs(t), display: t }));
  const entries: TraceEntry[] = [];
  const read = traces.length ? await readCalls(traces, (e) => entries.push(e), { strict: o.strict ?? false }) : { stats: NO_STATS, diagnostics: [] as Diagnostic[] };
  const diagnostics: Diagnostic[] = [...read.diagnostics];
  const policies: ExplainPolicy[] = [];
  const byKey = (): TraceEntry | undefined => entries.find((e) => e.key === testId || e.binding_id === testId || e.prompt === testId);
  let entry: TraceEntry | undefined;
  let test: EvalTest | undefined;
  let config: EvalConfig | undefined;
  const cf = inputs.config ? readConfigFile(abs(inputs.config), inputs.config) : undefined;
  if (cf?.kind === 'eval') {
    config = loadEvalConfig(cf.path, cf.display, loadOpts).config;
    test = config.tests.find((t) => t.id === testId);
    if (test) {
      const b = bindTest(test, buildBindingIndex(entries));
      if (b) entry = b.entry;
      else if (!row) {
        throw new InputError('E_TRACE_MISS', traceMissMessage(test), { source: 'trace', context: { file: inputs.trace_files[0] }, nextStepValues: { 'config.yaml': cf.display, 'trace.jsonl': inputs.trace_files[0] } });
      }
      policies.push(...testPolicies(test, config.dir, cf.display, o.lenient === true));
    } else {
      entry = byKey();
      if (!entry && !row) throw new UsageError('E_INVALID_ARGS', `test "${testId}" is not in ${cf.display} (tests: ${config.tests.map((t) => t.id).join(', ')})`, { source: 'cli' });
    }
  } else {
    if (cf?.kind === 'policy') policies.push({ policy: loadPolicyFile(cf.path, cf.display, loadOpts).policy, display: cf.display });
    entry = byKey();
    if (!entry && !row) throw new UsageError('E_INVALID_ARGS', `no trace entry with id or prompt "${testId}" in ${inputs.trace_files.join(', ')}`, { source: 'cli' });
  }
  policies.push(...(o.extraPolicies ?? []));
  if (inputs.policy) policies.push({ policy: loadPolicyFile(abs(inputs.policy), inputs.policy, loadOpts).policy, display: inputs.policy });
  const unique = policies.filter((p, i) => policies.findIndex((q) => q.display === p.display) === i);
  if (!unique.length && !row) throw new UsageError('E_INVALID_ARGS', `"${testId}" is not a test of the last run, and the run had no policy to explain its calls against`, { source: 'cli' });
  const found = entry;
  const explanations = found
    ? unique.map((p) => {
        const ex = new Explainer(p.policy, p.display);
        ex.add(found);
        return ex.result([found.file]);
      })
    : [];
  let baseline: { display: string; baseline: EvalBaseline } | undefined;
  if (row && inputs.baseline && config) {
    try {
      const l = loadBaseline(abs(inputs.baseline), inputs.baseline, { suite: config.suite, assayVersion: VERSION, suiteMismatch: 'ignore' });
      if (l.baseline) baseline = { display: inputs.baseline, baseline: l.baseline };
    } catch (e) {
      // The baseline changed or went away since the run: explain without it, and say so.
      if (!(e instanceof AssayError)) throw e;
      diagnostics.push({ code: 'W_EXPLAIN_BASELINE', severity: 'warning', message: `baseline not compared: ${e.message}`, file: inputs.baseline });
    }
  }
  const t = row ? explainRow(row, { ...(test ? { test } : {}), ...(config ? { config } : {}), ...(baseline ? { baseline } : {}) }) : undefined;
  return { explanations, stats: read.stats, diagnostics, ...(t ? { test: t } : {}) };
}
