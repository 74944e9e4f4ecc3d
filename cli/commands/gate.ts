// `assay run` and `assay ci`: the CI gate. `ci` also writes JUnit, SARIF and the findings
// baseline; both write run.json and summary.json on every exit path.
import type { Command } from 'commander';
import { resolve } from 'node:path';
import { runGate, earlyFailure, type GateRunOptions, type GateRunResult } from '../../src/core/gate/gate-run.js';
import { GATE_REPORT_FILES, writeReports } from '../../src/core/gate/write-reports.js';
import { buildSarif } from '../../src/core/report/sarif.js';
import { buildJunit } from '../../src/core/report/junit.js';
import { buildRunJson, buildRunReportJson } from '../../src/core/report/run-json.js';
import { buildSummaryJson } from '../../src/core/report/summary-json.js';
import { UsageError } from '../../src/core/errors.js';
import { guardReports, newReportSetId } from '../interrupt.js';
import { VERSION } from '../../src/core/version.js';
import { emitArtefact, err, exitCodesMode, useColor } from '../output.js';
import { parseFailOn, parseFormat, reproducibleMode } from '../options.js';
import { fileRef, checkoutRoot } from '../paths.js';
import { displayPath } from '../../src/core/util/paths.js';
import { discoverProject, discoverTraces, searchedText, shownPath, type Discovered } from '../discover.js';
import { formatGateText } from '../render/gate-text.js';
import { evalPlugin } from '../eval-plugin.js';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';
import { expandTraceArgs } from '../trace-args.js';
import { spoolChunkChars } from '../spool-env.js';

interface GateFlags {
  config?: string;
  traceFile?: string[];
  policy?: string;
  baseline?: string;
  exportBaseline?: string;
  strict?: boolean;
  failOn: string;
  replayStrict?: boolean;
  format: string;
  outDir: string;
  reproducible?: boolean;
  redactPrompts?: boolean;
  denyDeprecations?: boolean;
  lenient?: boolean;
  exitCodes?: string;
  color?: boolean;
  quiet?: boolean;
  // ci
  junit?: string | false;
  sarif?: string | false;
  category: string;
  findingsBaseline?: string;
  gateNewOnly?: boolean;
  prComment?: string;
  otelJsonl?: string;
  junitTimings?: boolean;
  // eval
  record?: boolean;
  judge?: string;
  embedder?: string;
  judgeModel?: string;
  embeddingModel?: string;
  judgeSamples?: string;
  judgeTemperature?: string;
  cacheDir?: string;
  noCache?: boolean;
  allowIneffectiveAssertions?: boolean;
  [compat: string]: unknown;
}

const COMPAT_FLAGS = ['db', 'incremental', 'refreshCache', 'explainSkip', 'rerunFailures', 'quarantineMode', 'noVerify', 'judgeMaxTokens', 'noJudge'];

function common(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
    .option('-t, --trace-file <file...>', 'trace file(s)')
    .option('-p, --policy <file>', 'policy: run the policy gate over every trace entry')
    .option('--baseline <file>', 'compare eval scores with this baseline')
    .option('--export-baseline <file>', 'write this run\'s eval scores as a baseline')
    .option('--strict', 'bad trace lines are fatal and warn rows fail the gate')
    .option('--fail-on <level>', 'error | warning | note | none', 'error')
    .option('--replay-strict', 'judge/embedding values must be in the trace')
    .option('--record', 'fill the eval cache from a live judge/embedder')
    .option('--judge <name>', 'none | openai | fake', 'none')
    .option('--embedder <name>', 'none | openai | fake', 'none')
    .option('--judge-model <model>')
    .option('--embedding-model <model>')
    .option('--judge-samples <n>')
    .option('--judge-temperature <t>')
    .option('--cache-dir <dir>', 'eval cache directory (env ASSAY_CACHE_DIR)')
    .option('--no-cache', 'neither read nor write the eval cache')
    .option('--allow-ineffective-assertions', 'load assertions that cannot fail')
    .option('-f, --format <format>', 'text | json | sarif | junit', 'text')
    .option('--out-dir <dir>', 'reports directory', '.assay/reports')
    .option('--reproducible', 'pin timestamps and timings (also SOURCE_DATE_EPOCH)')
    .option('--redact-prompts', 'replace prompts in reports by their digest')
    .option('--deny-deprecations', 'legacy forms are errors')
    .option('--lenient', LENIENT_HELP)
    .option('--exit-codes <v>', 'v1 | v2')
    .option('--no-color', 'no colour on stderr')
    .option('-q, --quiet', 'errors only')
    .option('--db <path>', 'accepted for compatibility (no effect)')
    .option('--incremental', 'accepted for compatibility (no effect)')
    .option('--refresh-cache', 'accepted for compatibility (no effect)')
    .option('--explain-skip', 'accepted for compatibility (no effect)')
    .option('--rerun-failures [n]', 'accepted for compatibility (no effect)')
    .option('--quarantine-mode <mode>', 'accepted for compatibility (no effect)')
    .option('--no-verify', 'provenance.verify_mode: disabled')
    .option('--judge-max-tokens <n>', 'accepted for compatibility (no effect)')
    .option('--no-judge', 'same as --judge none')
    .option('--max-console-findings <n>', 'locations shown per finding group on stderr', '20');
}

export function registerRun(program: Command): void {
  common(program.command('run').description('Run the gate: eval tests and/or the policy gate over recorded traces')).action(
    async (flags: GateFlags) => {
      process.exitCode = await runCommand('run', flags);
    },
  );
}

export function registerCi(program: Command): void {
  common(program.command('ci').description('The CI gate: like run, and writes JUnit, SARIF and the findings baseline'))
    .option('--junit <file>', 'JUnit path (default <out-dir>/junit.xml)')
    .option('--no-junit', 'do not write JUnit')
    .option('--sarif <file>', 'SARIF path (default <out-dir>/assay.sarif)')
    .option('--no-sarif', 'do not write SARIF')
    .option('--category <name>', 'SARIF category', 'assay')
    .option('--findings-baseline <file>', 'findings baseline (ours or a SARIF file): marks findings new/unchanged')
    .option('--gate-new-only', 'only new findings count toward --fail-on')
    .option('--pr-comment <file>', 'write the sticky PR comment markdown here')
    .option('--otel-jsonl <file>', 'accepted for compatibility (nothing written)')
    .option('--junit-timings', 'add time attributes to JUnit')
    .action(async (flags: GateFlags) => {
      process.exitCode = await runCommand('ci', flags);
    });
}

/** `--max-console-findings N`: a whole number (default 20). */
function maxConsoleFindings(v: unknown): number {
  if (v === undefined) return 20;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw new UsageError('E_INVALID_ARGS', `--max-console-findings must be a whole number, got "${String(v)}"`, { source: 'cli' });
  return Number(v);
}

async function runCommand(name: 'run' | 'ci', flags: GateFlags): Promise<number> {
  const cwd = process.cwd();
  const root = checkoutRoot();
  const outDir = resolve(cwd, flags.outDir);
  const outDirDisplay = displayPath(flags.outDir, root, cwd);
  const reproducible = reproducibleMode(flags.reproducible);
  const color = useColor(flags.color === false);
  const exitCodes = flags.exitCodes === 'v1' || flags.exitCodes === 'v2' ? flags.exitCodes : exitCodesMode();
  const baseOpts: GateRunOptions = { traces: expandTraceArgs(flags.traceFile), outDirDisplay, exitCodes };
  // One id for every file of this run's report set; a signal from here on leaves an "interrupted" set.
  const setId = newReportSetId(reproducible, name, process.argv.slice(2));
  const guard = guardReports({
    outDir,
    id: setId,
    ownedNames: GATE_REPORT_FILES,
    build: (e, exitCode) => {
      const { report } = earlyFailure(e, baseOpts);
      report.exitCode = exitCode;
      const o = { reproducible, reportSetId: setId };
      return { runJson: buildRunJson(report, o), summaryJson: buildSummaryJson(report, o) };
    },
  });
  let format: 'text' | 'json' | 'sarif' | 'junit' = 'text';
  let result: GateRunResult;
  try {
    format = parseFormat(flags.format, ['text', 'json', 'sarif', 'junit']);
    const failOn = parseFailOn(flags.failOn);
    if (flags.baseline && flags.exportBaseline) throw new UsageError('E_INVALID_ARGS', 'Cannot use --baseline and --export-baseline together', { source: 'cli' });
    if (flags.gateNewOnly && !flags.findingsBaseline) throw new UsageError('E_INVALID_ARGS', '--gate-new-only needs --findings-baseline', { source: 'cli' });
    for (const k of COMPAT_FLAGS) if (flags[k] !== undefined && flags[k] !== false && k !== 'noVerify' && k !== 'noJudge') err(`note: --${k.replace(/[A-Z]/g, (m) => '-' + m.toLowerCase())} is accepted for compatibility and has no effect`);
    if (flags.otelJsonl) err('note: --otel-jsonl is accepted for compatibility; nothing is written');
    let configGiven = flags.config;
    let policyGiven = flags.policy;
    // Neither named: the project's config and the policy beside it, found the way every command finds them.
    let project: Discovered | undefined;
    if (!configGiven && !policyGiven) {
      project = discoverProject(cwd);
      if (project?.config) {
        configGiven = shownPath(project.config, cwd);
        err(`note: using config ${configGiven}`);
      }
      if (project?.policy && !project.configIsPolicy) {
        policyGiven = shownPath(project.policy, cwd);
        err(`note: using policy ${policyGiven}`);
      }
    }
    const opts: GateRunOptions = {
      ...baseOpts,
      ...(configGiven ? { config: fileRef(configGiven) } : {}),
      ...(policyGiven ? { policy: fileRef(policyGiven) } : {}),
      ...(flags.baseline ? { baseline: fileRef(flags.baseline) } : {}),
      strict: flags.strict ?? false,
      denyDeprecations: flags.denyDeprecations || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
      lenient: lenientFlag(flags),
      failOn,
      failOnLabel: flags.failOn,
      ...(flags.findingsBaseline ? { findingsBaseline: fileRef(flags.findingsBaseline) } : {}),
      gateNewOnly: flags.gateNewOnly ?? false,
      redactPrompts: flags.redactPrompts ?? false,
      now: () => performance.now(),
      runId: /^\d+$/.test(process.env.GITHUB_RUN_ID ?? '') ? Number(process.env.GITHUB_RUN_ID) : 0,
      maxConsoleFindings: maxConsoleFindings(flags.maxConsoleFindings),
      ...(spoolChunkChars() !== undefined ? { spoolChunkChars: spoolChunkChars() } : {}),
      eval: evalPlugin({ flags, cwd, reproducible, command: name }),
    };
    if (opts.traces.length === 0) {
      const found = discoverTraces(cwd, project);
      if (found.length) opts.traces = found.map(fileRef);
    }
    if (!opts.config && !opts.policy) {
      result = earlyFailure(
        new UsageError('E_MISSING_CONFIG', `eval.yaml: config file not found (no --config, no --policy; ${searchedText(cwd)})`, { source: 'config' }),
        opts,
      );
    } else {
      result = await runGate(opts);
    }
    Object.assign(baseOpts, opts);
  } catch (e) {
    result = earlyFailure(e, baseOpts);
  }

  const junitPath = name === 'ci' && flags.junit !== false ? resolve(cwd, typeof flags.junit === 'string' ? flags.junit : `${flags.outDir}/junit.xml`) : null;
  const written = writeReports(result, {
    outDir,
    setId,
    onOpen: (set) => guard.setOpen(set),
    reproducible,
    redactPrompts: flags.redactPrompts ?? false,
    category: flags.category ?? 'assay',
    junitPath,
    sarifPath: name === 'ci' && flags.sarif !== false ? resolve(cwd, typeof flags.sarif === 'string' ? flags.sarif : `${flags.outDir}/assay.sarif`) : null,
    findingsBaseline: name === 'ci',
    junitTimings: flags.junitTimings ?? false,
    evalBaselinePaths: [
      ...(flags.exportBaseline ? [resolve(cwd, flags.exportBaseline)] : []),
      ...(name === 'ci' ? [resolve(outDir, 'eval-baseline.json')] : []),
    ],
  });
  for (const w of written.warnings) err(`warning ${w}`);
  if (written.ioError) err(`error E_IO_ERROR: cannot write ${written.ioError.path}: ${written.ioError.message}`);

  const rel = (p: string) => displayPath(p, root, cwd);
  const extra: string[] = [];
  if (junitPath && written.written.includes(junitPath)) extra.push(`Wrote JUnit: ${rel(junitPath)}`);
  if (written.sarif) extra.push(`Wrote SARIF: ${rel(written.sarif.path)} (${written.sarif.results} results, ${written.sarif.omitted} omitted)`);
  for (const p of written.evalBaselines) if (flags.exportBaseline && p === resolve(cwd, flags.exportBaseline)) extra.push(`exported baseline to ${rel(p)}`);
  const files = written.written.filter((p) => p.startsWith(outDir + '/')).map((p) => p.slice(p.lastIndexOf('/') + 1));
  if (!flags.quiet || result.report.exitCode !== 0) {
    err(
      formatGateText(result, {
        color,
        extraLines: extra,
        reportsLine: files.length ? `Reports: ${outDirDisplay} (${files.join(', ')})` : undefined,
        // --format json keeps stderr to diagnostics: no rows, summary or footer.
        diagnosticsOnly: format === 'json',
        maxConsoleFindings: /^\d+$/.test(String(flags.maxConsoleFindings ?? '')) ? Number(flags.maxConsoleFindings) : 20,
      }),
    );
  }

  // stdout: only the requested document.
  const ropts = { reproducible, redactPrompts: flags.redactPrompts ?? false };
  try {
    if (format === 'json') {
      emitArtefact(name === 'run' && result.report.completed ? buildRunReportJson(result.report, ropts) : (written.summaryText ?? buildSummaryJson(result.report, ropts)));
    } else if (format === 'sarif') {
      emitArtefact(buildSarif({ version: VERSION, runs: [{ category: flags.category ?? 'assay', kind: 'gate', findings: result.findings, ...(result.report.findingSet ? { totalFindings: result.report.findingSet.total } : {}), exitCode: result.report.exitCode }] }).text);
    } else if (format === 'junit') {
      emitArtefact(buildJunit({ configSuites: result.configSuites, policySuites: result.policySuites }));
    }
  } catch (e) {
    err(`error E_IO_ERROR: cannot write to stdout: ${(e as Error).message}`);
    return 3;
  } finally {
    // The findings spool lives in a temp folder until every report that streams it is written.
    result.report.findingSet?.dispose();
  }
  return result.report.exitCode;
}
