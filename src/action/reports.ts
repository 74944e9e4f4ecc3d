// The action's reports, composed from the core writers: SARIF with the `gate` and
// `evidence` runs (final when written: categories set, size budget applied), JUnit, per-bundle lint JSON,
// the findings baseline candidate, diff.json, eval-baseline.json, then run.json and summary.json with the
// combined verdict. They are one report set (core/report/report-set.ts, docs/reports.md): written beside
// reports_dir and renamed into place, older Assay files removed. Optional reports that fail are warnings;
// a run.json/summary.json that cannot be written (or a set that cannot be put in place) makes the
// verdict 3 E_IO_ERROR, and every report that was written is rewritten to say so.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { buildDiffJson, buildFindingsBaseline, type FindingsDiff } from '../core/report/findings-baseline.js';
import type { Finding } from '../core/report/finding.js';
import type { GateReport } from '../core/report/gate-report.js';
import { buildJunit, type JunitConfigSuite, type JunitPolicySuite } from '../core/report/junit.js';
import { fillNextStep } from '../core/outcome/reason-codes.js';
import { openReportSet, reportSetId, stampSummary, writeInterrupted, type ReportSet as ReportFileSet } from '../core/report/report-set.js';
import { buildRunJson } from '../core/report/run-json.js';
import { buildSarif, type SarifResultExtras, type SarifRunInput } from '../core/report/sarif.js';
import type { FindingsSink } from '../core/report/findings-sink.js';
import { writeRunJsonFile } from '../core/report/run-json-stream.js';
import { buildSummaryJson } from '../core/report/summary-json.js';
import { VERSION } from '../core/version.js';
import { EVAL_BASELINE_FILE, FINDINGS_BASELINE_FILE, LINT_DIR, REPORT_FILES, SARIF_FILE } from './constants.js';
import { extrasKey } from './evidence-step.js';
import type { RuleMeta } from '../core/report/sarif-rules.js';

export interface ReportSet {
  /** The combined report (verdict already applied). Mutated: sarifOmitted and warnings. */
  report: GateReport;
  category: string;
  /** The gate run of SARIF; absent when the gate did not run to completion. */
  /** `findingSet`: every finding of a dense gate run (the list holds only its top-ranked ones). */
  gateRun?: { findings: readonly Finding[]; exitCode: number; findingSet?: FindingsSink };
  evidenceRun: { findings: readonly Finding[]; exitCode: number; extras: ReadonlyMap<string, SarifResultExtras>; ruleInfo?: (ruleId: string) => RuleMeta | undefined };
  allFindings: readonly Finding[];
  junit: { configSuites: readonly JunitConfigSuite[]; policySuites: readonly JunitPolicySuite[] } | null;
  lintReports: ReadonlyArray<{ file: string; json: string }>;
  diff?: FindingsDiff;
  evalBaseline?: string;
}

export interface WrittenActionReports {
  written: string[];
  warnings: string[];
  sarifPath: string;
  /** The SARIF bytes on disk (undefined when it could not be built or written). */
  sarifText?: string;
  sarifOmitted: number;
  findingsBaselinePath?: string;
  evalBaselinePath?: string;
  /** A required report could not be written: set.report now says 3 E_IO_ERROR (unless it was 2). */
  ioError?: { path: string; message: string };
  /** The report set's id (summary.json `report_set.id`, run.json `report_set_id`). */
  setId?: string;
}

/** Files and folders the action owns in reports_dir (older copies go when a run does not write them). */
export const ACTION_OWNED = [...REPORT_FILES, `${LINT_DIR}/`] as const;

/** The set id: a digest of the report's inputs in reproducible mode (same inputs → same bytes), random otherwise. */
export function actionSetId(report: GateReport, reproducible: boolean): string {
  return reportSetId(reproducible ? JSON.stringify(['assay-action', VERSION, report.inputs, report.provenance]) : randomBytes(16));
}

export function writeActionReports(set: ReportSet, o: { dir: string; reproducible: boolean }): WrittenActionReports {
  const out: WrittenActionReports = { written: [], warnings: [], sarifPath: join(o.dir, SARIF_FILE), sarifOmitted: 0 };
  const setId = actionSetId(set.report, o.reproducible);
  let files: ReportFileSet;
  try {
    files = openReportSet(o.dir, { id: setId, ownedNames: ACTION_OWNED });
  } catch (e) {
    failRequired(set.report, out, o.dir, e);
    return out;
  }
  out.setId = setId;
  const write = (name: string, build: () => string): string | undefined => {
    try {
      const text = build();
      files.write(name, text);
      return text;
    } catch (e) {
      files.discard(name);
      out.warnings.push(`W_REPORT_WRITE: Failed to write ${name}: ${rawMessage(e)}`);
      return undefined;
    }
  };

  // SARIF carries exit codes: written again if a required report fails later.
  const writeSarif = (ioFailed: boolean): void => {
    const runs: SarifRunInput[] = [];
    if (set.gateRun) {
      const sink = set.gateRun.findingSet;
      runs.push({ category: set.category, kind: 'gate', findings: set.gateRun.findings, ...(sink ? { totalFindings: sink.total } : {}), exitCode: ioFailed ? set.report.exitCode : set.gateRun.exitCode });
    }
    const extras = set.evidenceRun.extras;
    runs.push({
      category: set.category,
      kind: 'evidence',
      driverName: 'assay-evidence-lint',
      findings: set.evidenceRun.findings,
      exitCode: ioFailed ? set.report.exitCode : set.evidenceRun.exitCode,
      decorate: (f) => extras.get(extrasKey(f)),
      ...(set.evidenceRun.ruleInfo ? { ruleInfo: set.evidenceRun.ruleInfo } : {}),
    });
    out.sarifText = write(SARIF_FILE, () => {
      const sarif = buildSarif({ version: VERSION, runs });
      out.sarifOmitted = sarif.omitted;
      return sarif.text;
    });
  };
  writeSarif(false);
  if (out.sarifOmitted > 0) {
    set.report.sarifOmitted = out.sarifOmitted;
    set.report.warnings = [...(set.report.warnings ?? []), `W_SARIF_TRUNCATED: ${out.sarifOmitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`];
  }
  if (set.junit) write('junit.xml', () => buildJunit({ configSuites: set.junit!.configSuites, policySuites: set.junit!.policySuites }));
  for (const l of set.lintReports) write(`${LINT_DIR}/${l.file}`, () => l.json);
  const findingsBaselineOk = write(FINDINGS_BASELINE_FILE, () => buildFindingsBaseline(set.allFindings, { assayVersion: VERSION, category: set.category })) !== undefined;
  if (set.diff) write('diff.json', () => buildDiffJson(set.diff!));
  const evalBaselineOk = set.evalBaseline !== undefined && write(EVAL_BASELINE_FILE, () => set.evalBaseline!) !== undefined;
  // Write warnings go into run.json before it is written (the verdict is unchanged).
  if (out.warnings.length) set.report.warnings = [...(set.report.warnings ?? []), ...out.warnings];

  const ropts = { reproducible: o.reproducible, reportSetId: setId };
  // A dense gate run streams every finding into run.json from its spool; with evidence findings beside
  // it the combined in-memory list is written instead (its top-ranked gate findings plus the evidence).
  const sink = set.gateRun?.findingSet;
  const streamedGate = sink?.hasSpool && set.evidenceRun.findings.length === 0 ? sink : undefined;
  const attempt = (name: 'run.json' | 'summary.json'): { name: string; e: unknown } | undefined => {
    try {
      if (name === 'run.json' && streamedGate) writeRunJsonFile(files.path(name), { ...set.report, findingSet: streamedGate }, ropts);
      else files.write(name, name === 'run.json' ? buildRunJson(set.report, ropts) : stampSummary(buildSummaryJson(set.report, ropts), files.stamp()));
      return undefined;
    } catch (e) {
      files.fail(e, name);
      return { name, e };
    }
  };
  // Every report that was written says what the step exits with: a failure rewrites those before it.
  const failed = (f: { name: string; e: unknown }): void => {
    failRequired(set.report, out, join(o.dir, f.name), f.e, o.dir);
    writeSarif(true);
  };
  const runFailed = attempt('run.json');
  if (runFailed) failed(runFailed);
  const summaryFailed = attempt('summary.json');
  if (summaryFailed && !runFailed) {
    failed(summaryFailed);
    attempt('run.json');
    attempt('summary.json');
  }
  try {
    out.written = files.commit().committed;
  } catch (e) {
    failRequired(set.report, out, o.dir, e);
    out.sarifText = undefined;
    return out;
  }
  if (findingsBaselineOk && out.written.includes(join(o.dir, FINDINGS_BASELINE_FILE))) out.findingsBaselinePath = join(o.dir, FINDINGS_BASELINE_FILE);
  if (evalBaselineOk && out.written.includes(join(o.dir, EVAL_BASELINE_FILE))) out.evalBaselinePath = join(o.dir, EVAL_BASELINE_FILE);
  return out;
}

function rawMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^cannot write [^:]*: /, '');
}

/** A required report failed: the report says 3 E_IO_ERROR unless an input/config error (2) decided. */
function failRequired(report: GateReport, out: WrittenActionReports, path: string, e: unknown, dir = path): void {
  const ioError = { path, message: rawMessage(e) };
  out.ioError ??= ioError;
  if (report.exitCode === 2) {
    report.warnings = [...(report.warnings ?? []), `W_REPORT_WRITE: cannot write ${path}: ${ioError.message}`];
    return;
  }
  report.exitCode = 3;
  report.reasonCode = 'E_IO_ERROR';
  report.message = `cannot write ${path}: ${ioError.message}`;
  report.nextStep = fillNextStep('E_IO_ERROR', { path: dir });
}

/**
 * SIGINT/SIGTERM (a cancelled job): replace the reports in `dir` by an interrupted run.json and a
 * summary.json with `"status": "interrupted"`, so the artifact never shows an older run's verdict.
 * Returns the error when they could not be written.
 */
export function writeActionInterrupted(dir: string, o: { reproducible: boolean; signal: string; exitCode: number; outDirDisplay: string }): Error | undefined {
  const report: GateReport = {
    exitCode: o.exitCode,
    reasonCode: 'E_INTERRUPTED',
    message: `interrupted by ${o.signal} before the run finished`,
    nextStep: fillNextStep('E_INTERRUPTED'),
    completed: false,
    suite: 'policy',
    orderSeed: null,
    inputs: { config: null, trace_files: [], policy: null, baseline: null, findings_baseline: null, out_dir: o.outDirDisplay },
    findings: [],
    provenance: { assayVersion: VERSION, verifyMode: 'enabled' },
  };
  const id = actionSetId(report, o.reproducible);
  const ropts = { reproducible: o.reproducible, reportSetId: id };
  return writeInterrupted(dir, { id, ownedNames: ACTION_OWNED, files: [{ name: 'run.json', text: buildRunJson(report, ropts) }], summaryText: buildSummaryJson(report, ropts) });
}
