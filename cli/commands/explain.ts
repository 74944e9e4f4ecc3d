// `assay explain`: why each call was allowed, warned about or blocked — the rule and the policy
// line that decided it — for a trace and a policy, or for one test of the last run (`explain <test-id>`).
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { UsageError } from '../../src/core/errors.js';
import { explainTest, explainTraces, readRunReport, renderExplanation, renderTestExplanation, type ExplainFormat, type ExplainPolicy, type Explanation, type TestExplanation } from '../../src/core/explain/index.js';
import type { TraceInput } from '../../src/core/coverage/read-calls.js';
import { loadEvalConfig } from '../../src/core/eval/index.js';
import { readConfigFile } from '../../src/core/gate/config-kind.js';
import { loadPolicy } from '../../src/core/gate/policy-run.js';
import { displayPath } from '../../src/core/util/paths.js';
import { emitArtefact, err, reportError } from '../output.js';
import { checkoutRoot, fileRef } from '../paths.js';
import { parseFailOn, parseFormat } from '../options.js';
import { printWarnings, writeOutput } from '../command-helpers.js';
import { discoverProject, shownPath } from '../discover.js';
import { expandTraceArgs } from '../trace-args.js';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';

interface ExplainFlags {
  trace?: string[];
  policy?: string;
  config?: string;
  run?: string;
  outDir: string;
  format: string;
  output?: string;
  blockedOnly?: boolean;
  verbose?: boolean;
  failOn: string;
  strict?: boolean;
  denyDeprecations?: boolean;
  lenient?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('explain')
    .description('Explain every call of a trace: decision, rule, and the policy line that decided it')
    .argument('[TEST_ID]', 'explain this test of the last run (inputs from run.json)')
    .option('-t, --trace <file...>', 'trace (any shape, or a .json call list)')
    .option('-p, --policy <file>', 'policy (any spelling)')
    .option('-c, --config <file>', 'a policy, or an eval config whose policies are explained')
    .option('--run <file>', 'run report to read TEST_ID inputs from (default <out-dir>/run.json)')
    .option('--out-dir <dir>', 'reports directory', '.assay/reports')
    .option('-f, --format <format>', 'terminal | markdown | md | html | json', 'terminal')
    .option('-o, --output <file>', 'write the explanation here instead of stdout')
    .option('--blocked-only', 'show only blocked calls (and calls a rule failed on)')
    .option('--verbose', 'show arguments and every rule evaluated')
    .option('--fail-on <level>', 'error | warning | note | none: warned calls at or above fail too', 'error')
    .option('--strict', 'bad trace lines are fatal')
    .option('--deny-deprecations', 'legacy policy forms are errors')
    .option('--lenient', LENIENT_HELP)
    .option('-q, --quiet', 'errors only on stderr')
    .action(async (testId: string | undefined, flags: ExplainFlags) => {
      process.exitCode = await runExplain(testId, flags);
    });
}

const FAILED_STATUSES = new Set(['fail', 'error']);

function policiesOf(flags: ExplainFlags, denyDeprecations: boolean): ExplainPolicy[] {
  const out: ExplainPolicy[] = [];
  const lenient = lenientFlag(flags);
  if (flags.policy) {
    const r = fileRef(flags.policy);
    const l = loadPolicy(r.path, r.display, { denyDeprecations, lenient });
    printWarnings(l.warnings, flags.quiet);
    out.push({ policy: l.policy, display: r.display });
  }
  if (flags.config) {
    const r = fileRef(flags.config);
    const cf = readConfigFile(r.path, r.display);
    if (cf.kind === 'policy') {
      const l = loadPolicy(r.path, r.display, { denyDeprecations, lenient, text: cf.text });
      printWarnings(l.warnings, flags.quiet);
      out.push({ policy: l.policy, display: r.display });
    } else {
      const { config } = loadEvalConfig(r.path, r.display, { ...(denyDeprecations ? { denyDeprecations: true } : {}), ...(lenient ? { lenient } : {}) });
      for (const p of config.policyFiles) out.push({ policy: loadPolicy(p.abs, p.display, { denyDeprecations, lenient }).policy, display: p.display });
    }
  }
  return out;
}

async function runExplain(testId: string | undefined, flags: ExplainFlags): Promise<number> {
  let json = false;
  try {
    const f = parseFormat(flags.format, ['terminal', 'markdown', 'md', 'html', 'json']);
    const format: ExplainFormat = f === 'md' ? 'markdown' : f;
    json = format === 'json';
    const failOn = parseFailOn(flags.failOn);
    const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
    let explanations: Explanation[];
    let test: TestExplanation | undefined;
    if (testId !== undefined) {
      if (flags.trace?.length) throw new UsageError('E_INVALID_ARGS', 'TEST_ID reads its trace from the last run: drop --trace, or drop TEST_ID', { source: 'cli' });
      const root = checkoutRoot();
      const runGiven = flags.run ?? `${flags.outDir}/run.json`;
      const runPath = resolve(process.cwd(), runGiven);
      const report = readRunReport(runPath, displayPath(runGiven, root, process.cwd()));
      const r = await explainTest(testId, report, { root, strict: flags.strict === true, denyDeprecations, lenient: lenientFlag(flags), extraPolicies: policiesOf(flags, denyDeprecations) });
      printWarnings(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
      test = r.test;
      // With the test's own result shown, a policy view of an entry without calls adds nothing.
      explanations = test ? r.explanations.filter((e) => e.total_steps > 0 || e.entry_violations.length > 0) : r.explanations;
    } else {
      const policies = policiesOf(flags, denyDeprecations);
      if (!policies.length) {
        // No policy named: the project's policy, found the way every command finds it.
        const cwd = process.cwd();
        const project = discoverProject(cwd);
        if (project?.policy) policies.push(...policiesOf({ ...flags, policy: shownPath(project.policy, cwd) }, denyDeprecations));
      }
      if (!flags.trace?.length || !policies.length) {
        throw new UsageError('E_INVALID_ARGS', 'give --trace and --policy (or --config), or a TEST_ID of the last run', { source: 'cli' });
      }
      const traces: TraceInput[] = expandTraceArgs(flags.trace).map((r) => ({ path: r.path, display: r.display }));
      const r = await explainTraces(policies, traces, { strict: flags.strict === true });
      printWarnings(r.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
      explanations = r.explanations;
    }
    const ro = { blockedOnly: flags.blockedOnly === true, verbose: flags.verbose === true };
    const text = test ? renderTestExplanation(test, explanations, format, ro) : renderExplanation(explanations, format, ro);
    if (!flags.quiet && explanations.length && explanations.every((e) => e.total_steps === 0 && e.entry_violations.length === 0)) err('Warning: Trace is empty');
    if (flags.output) {
      const o = fileRef(flags.output);
      writeOutput(o.path, o.display, text);
      if (!flags.quiet) err(`Wrote ${o.display}`);
    } else emitArtefact(text);
    const blocked = explanations.some((e) => e.blocked_steps > 0 || e.entry_violations.length > 0);
    const warned = explanations.some((e) => e.warning_steps > 0);
    // A test that did not pass explains a failure, like a blocked call.
    const testFailed = test !== undefined && FAILED_STATUSES.has(test.status);
    return testFailed || blocked || (warned && (failOn === 'warning' || failOn === 'note')) ? 1 : 0;
  } catch (e) {
    return reportError(e, { json });
  }
}
