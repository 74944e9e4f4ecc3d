// `assay coverage`: which of the policy's tools and rules a trace exercises, the calls it
// denies or warns about, and the thresholds (--min-coverage, high-risk gaps, baseline) that fail it.
import type { Command } from 'commander';
import { AssayError, UsageError, ConfigError } from '../../src/core/errors.js';
import {
  computeCoverage,
  coverageBaseline,
  loadCoverageBaseline,
  parseDeclaredTools,
  policiesFingerprint,
  renderCoverage,
  type CoveragePolicy,
  type TraceInput,
} from '../../src/core/coverage/index.js';
import { loadEvalConfig } from '../../src/core/eval/index.js';
import { discoverProject, discoverTraces, searchedText, shownPath } from '../discover.js';
import { readConfigFile } from '../../src/core/gate/config-kind.js';
import { loadPolicy } from '../../src/core/gate/policy-run.js';
import { err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { parseFormat } from '../options.js';
import { commandClock, isoSeconds, numberFlag, printWarnings, writeOutput } from '../command-helpers.js';
import { emitArtefact } from '../output.js';
import { expandTraceArgs } from '../trace-args.js';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';
import { readTextStrict } from '../../src/core/util/read-text.js';

interface CoverageFlags {
  policy?: string;
  traceFile?: string[];
  input?: string[];
  config?: string;
  declaredTool?: string[];
  declaredToolsFile?: string;
  minCoverage?: string;
  baseline?: string;
  exportBaseline?: string;
  format: string;
  out?: string;
  outMd?: string;
  strict?: boolean;
  denyDeprecations?: boolean;
  lenient?: boolean;
  reproducible?: boolean;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('coverage')
    .description('How much of the policy a trace exercises: tools, sequence rules, violations')
    .option('-p, --policy <file>', 'policy (default: the config\'s policies)')
    .option('-t, --trace-file <file...>', 'trace file(s): any trace shape, .json call lists, CloudEvents decisions')
    .option('--input <file...>', 'coverage events (call_tool lines, CloudEvents assay.tool.decision)')
    .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
    .option('--declared-tool <name...>', 'a tool the agent has (adds to the inventory)')
    .option('--declared-tools-file <file>', 'declared tools: one per line, a JSON list, or a tools/list result')
    .option('--min-coverage <pct>', 'fail below this overall percentage (0–100)')
    .option('--baseline <file>', 'fail when coverage dropped below this baseline')
    .option('--export-baseline <file>', 'write this run\'s coverage as a baseline')
    .option('-f, --format <format>', 'text | json | markdown | github', 'text')
    .option('--out <file>', 'write the report here instead of stdout')
    .option('--out-md <file>', 'also write the Markdown report here')
    .option('--strict', 'bad trace lines are fatal')
    .option('--deny-deprecations', 'legacy policy forms are errors')
    .option('--lenient', LENIENT_HELP)
    .option('--reproducible', 'baseline timestamp from SOURCE_DATE_EPOCH (else 1970)')
    .option('-q, --quiet', 'errors only on stderr')
    .action(async (flags: CoverageFlags) => {
      process.exitCode = await runCoverage(flags);
    });
}

function policiesFor(flags: CoverageFlags, denyDeprecations: boolean): { policies: CoveragePolicy[]; paths: string[] } {
  const lenient = lenientFlag(flags);
  const load = (path: string, display: string): CoveragePolicy => {
    const l = loadPolicy(path, display, { denyDeprecations, lenient });
    printWarnings(l.warnings, flags.quiet);
    return { policy: l.policy, display };
  };
  if (flags.policy) {
    const r = fileRef(flags.policy);
    return { policies: [load(r.path, r.display)], paths: [r.path] };
  }
  let configGiven = flags.config;
  if (!configGiven) {
    // The project's policy (beside its config), found the way every command finds it.
    const cwd = process.cwd();
    const project = discoverProject(cwd);
    if (project?.policy) {
      const r = fileRef(shownPath(project.policy, cwd));
      if (!flags.quiet) err(`note: using policy ${r.display}`);
      return { policies: [load(r.path, r.display)], paths: [r.path] };
    }
    if (project?.config) {
      configGiven = shownPath(project.config, cwd);
      if (!flags.quiet) err(`note: using config ${configGiven}`);
    }
    if (!configGiven) throw new ConfigError('E_MISSING_CONFIG', `no policy: pass --policy, or --config (${searchedText(cwd)})`, { source: 'config' });
  }
  const ref = fileRef(configGiven);
  const cf = readConfigFile(ref.path, ref.display);
  if (cf.kind === 'policy') {
    const l = loadPolicy(ref.path, ref.display, { denyDeprecations, lenient, text: cf.text });
    printWarnings(l.warnings, flags.quiet);
    return { policies: [{ policy: l.policy, display: ref.display }], paths: [ref.path] };
  }
  const { config } = loadEvalConfig(ref.path, ref.display, { ...(denyDeprecations ? { denyDeprecations: true } : {}), ...(lenient ? { lenient } : {}) });
  if (!config.policyFiles.length) throw new ConfigError('E_MISSING_CONFIG', `${ref.display} references no policy file: pass --policy`, { source: 'config' });
  return { policies: config.policyFiles.map((p) => load(p.abs, p.display)), paths: config.policyFiles.map((p) => p.abs) };
}

async function runCoverage(flags: CoverageFlags): Promise<number> {
  let json = false;
  try {
    const format = parseFormat(flags.format, ['text', 'json', 'markdown', 'github']);
    json = format === 'json';
    if (flags.baseline && flags.exportBaseline) throw new UsageError('E_INVALID_ARGS', 'Cannot use --baseline and --export-baseline together', { source: 'cli' });
    let given = [...(flags.traceFile ?? []), ...(flags.input ?? [])];
    // No trace named: the project's traces, found as run/ci find them.
    if (!given.length) given = discoverTraces(process.cwd(), discoverProject(process.cwd()));
    const traces: TraceInput[] = expandTraceArgs(given).map((r) => ({ path: r.path, display: r.display }));
    if (!traces.length) throw new UsageError('E_INVALID_ARGS', 'nothing to gate: give --trace-file <trace> or --input <events>', { source: 'cli' });
    let minCoverage: number | undefined;
    if (flags.minCoverage !== undefined) {
      minCoverage = numberFlag('--min-coverage', flags.minCoverage);
      if (minCoverage < 0 || minCoverage > 100) throw new UsageError('E_INVALID_ARGS', `--min-coverage must be in [0, 100] (got ${minCoverage})`, { source: 'cli' });
    }
    const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
    const { policies, paths } = policiesFor(flags, denyDeprecations);
    const declared = [...(flags.declaredTool ?? [])];
    if (flags.declaredToolsFile) {
      const r = fileRef(flags.declaredToolsFile);
      let text: string;
      try {
        text = readTextStrict(r.path, r.display, 'E_CFG_PARSE');
      } catch (e) {
        if (e instanceof AssayError) throw e;
        throw new UsageError('E_PATH_NOT_FOUND', `Declared tools file not found: ${r.display}`, { source: 'cli', context: { file: r.display } });
      }
      declared.push(...parseDeclaredTools(text));
    }
    let baseline;
    let baselineDisplay: string | undefined;
    if (flags.baseline) {
      const r = fileRef(flags.baseline);
      const b = loadCoverageBaseline(r.path, r.display);
      printWarnings(b.warnings, flags.quiet);
      baseline = b.baseline;
      baselineDisplay = r.display;
    }
    const result = await computeCoverage({
      policies,
      traces,
      declared,
      strict: flags.strict === true,
      ...(minCoverage !== undefined ? { minCoverage } : {}),
      ...(baseline ? { baseline, baselineDisplay: baselineDisplay! } : {}),
    });
    printWarnings(result.diagnostics.filter((d) => d.severity !== 'note'), flags.quiet);
    const r = result.report;
    const doc = renderCoverage(r, format);
    if (flags.out) {
      const o = fileRef(flags.out);
      writeOutput(o.path, o.display, doc);
      if (!flags.quiet) err(`Wrote ${o.display}`);
    } else emitArtefact(doc);
    if (flags.outMd) {
      const o = fileRef(flags.outMd);
      writeOutput(o.path, o.display, renderCoverage(r, 'markdown'));
      if (!flags.quiet) err(`Wrote ${o.display}`);
    }
    if (flags.exportBaseline) {
      const o = fileRef(flags.exportBaseline);
      writeOutput(o.path, o.display, coverageBaseline(r, { createdAt: isoSeconds(commandClock(flags.reproducible)), fingerprint: policiesFingerprint(paths) }));
      if (!flags.quiet) err(`exported baseline to ${o.display}`);
    }
    if (!r.meets_threshold) err('Minimum coverage not met');
    if (r.high_risk_gaps.length) err(`High-risk gaps: ${r.high_risk_gaps.length} denied or never_after-forbidden tool(s) were never exercised`);
    for (const g of r.baseline?.regressions ?? []) err(`Coverage regression: ${g.metric} ${g.baseline_pct.toFixed(2)}% → ${g.current_pct.toFixed(2)}%`);
    return r.exit_code;
  } catch (e) {
    return reportError(e, { json });
  }
}
