// Writes a gate run's reports as one set (report-set.ts, docs/reports.md), in the documented order:
// JUnit → SARIF → baselines → run.json → summary.json, then renames the set into place. JUnit, SARIF and
// baseline failures are warnings; a run.json/summary.json failure (or a set that cannot be put in place)
// makes the run 3 E_IO_ERROR, and every report that was written is rewritten to say so before the commit.
import { writeFileSync } from 'node:fs';
import { buildJunit } from '../report/junit.js';
import { buildSarif } from '../report/sarif.js';
import { writeFindingsBaselineFile, writeRunJsonFile } from '../report/run-json-stream.js';
import { buildSummaryJson } from '../report/summary-json.js';
import { buildDiffJson, buildFindingsBaseline } from '../report/findings-baseline.js';
import { openReportSet, stampSummary, type ReportSet } from '../report/report-set.js';
import { fillNextStep } from '../outcome/reason-codes.js';
import type { GateReport, ReportOptions } from '../report/gate-report.js';
import { VERSION } from '../version.js';
import type { GateRunResult } from './gate-run.js';

/** Files `run`/`ci` write into the reports folder: an older copy is removed when a run does not write it. */
export const GATE_REPORT_FILES = ['run.json', 'summary.json', 'assay.sarif', 'junit.xml', 'findings-baseline.json', 'eval-baseline.json', 'diff.json'] as const;

export interface WriteReportsOptions extends ReportOptions {
  /** Absolute reports directory. */
  outDir: string;
  /** The report set's id (reportSetId() in report-set.ts). */
  setId: string;
  /** Absolute paths; null = not written (`--no-junit`, `--no-sarif`). */
  junitPath: string | null;
  sarifPath: string | null;
  category: string;
  junitTimings?: boolean;
  /** Write findings-baseline.json (ci). */
  findingsBaseline?: boolean;
  /** Absolute paths the run's eval-score baseline goes to (`--export-baseline`, ci's `<out-dir>/eval-baseline.json`). */
  evalBaselinePaths?: readonly string[];
  /** Called with the open set before anything is written (the CLI's signal handler aborts it). */
  onOpen?: (set: ReportSet | undefined) => void;
}

export interface WrittenReports {
  /** Absolute paths in place after the commit. */
  written: string[];
  /** `W_REPORT_WRITE: …` lines. */
  warnings: string[];
  sarif?: { path: string; results: number; omitted: number };
  /** Eval-score baselines written (absolute paths). */
  evalBaselines: string[];
  /** A required report could not be written or the set could not be put in place. */
  ioError?: { path: string; message: string };
  /** summary.json as written (or as it would have been): `--format json` prints the same bytes. */
  summaryText?: string;
}

/** A required report failed: 3 E_IO_ERROR unless a config/input error (2) already decided (2 > 3 > 1 > 0). */
function applyIoError(report: GateReport, ioError: { path: string; message: string }, outDir: string): void {
  if (report.exitCode === 2) {
    report.warnings = [...(report.warnings ?? []), `W_REPORT_WRITE: cannot write ${ioError.path}: ${ioError.message}`];
    return;
  }
  report.exitCode = 3;
  report.reasonCode = 'E_IO_ERROR';
  report.message = `cannot write ${ioError.path}: ${ioError.message}`;
  report.nextStep = fillNextStep('E_IO_ERROR', { path: outDir });
}

/** The system's reason without report-set.ts's `cannot write <what>: ` prefix (the caller names the path). */
function rawMessage(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).replace(/^cannot write [^:]*: /, '');
}

export function writeReports(r: GateRunResult, o: WriteReportsOptions): WrittenReports {
  const out: WrittenReports = { written: [], warnings: [], evalBaselines: [] };
  let set: ReportSet;
  try {
    set = openReportSet(o.outDir, { id: o.setId, ownedNames: GATE_REPORT_FILES });
  } catch (e) {
    o.onOpen?.(undefined);
    out.ioError = { path: o.outDir, message: rawMessage(e) };
    applyIoError(r.report, out.ioError, o.outDir);
    return out;
  }
  o.onOpen?.(set);
  const soft = (what: string, path: string, fn: () => string | Uint8Array): boolean => {
    try {
      set.write(path, fn());
      return true;
    } catch (e) {
      set.discard(path);
      out.warnings.push(`W_REPORT_WRITE: Failed to write ${what}: ${(e as Error).message}`);
      return false;
    }
  };
  // SARIF carries the exit code, so it is written again when a later failure changes it.
  let sarifWarned = false;
  const writeSarif = (): void => {
    if (!o.sarifPath || !r.report.completed) return;
    const p = o.sarifPath;
    soft('SARIF report', p, () => {
      const sarif = buildSarif({ version: VERSION, runs: [{ category: o.category, kind: 'gate', findings: r.findings, ...(r.report.findingSet ? { totalFindings: r.report.findingSet.total } : {}), exitCode: r.report.exitCode }] });
      out.sarif = { path: p, results: sarif.keptPerRun.reduce((a, b) => a + b, 0), omitted: sarif.omitted };
      if (sarif.omitted > 0 && !sarifWarned) {
        sarifWarned = true;
        r.report.sarifOmitted = sarif.omitted;
        const w = `W_SARIF_TRUNCATED: ${sarif.omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`;
        r.report.warnings = [...(r.report.warnings ?? []), w];
      }
      return sarif.bytes;
    });
  };

  if (r.report.completed) {
    if (o.junitPath) {
      const p = o.junitPath;
      soft('JUnit report', p, () => buildJunit({ configSuites: r.configSuites, policySuites: r.policySuites, timings: o.junitTimings }));
    }
    writeSarif();
    if (o.findingsBaseline) {
      const sink = r.report.findingSet;
      if (sink) {
        // Every error/warning fingerprint, streamed from the sink's compact store.
        try {
          writeFindingsBaselineFile(set.path('findings-baseline.json'), sink, { assayVersion: VERSION, category: o.category });
        } catch (e) {
          set.discard('findings-baseline.json');
          out.warnings.push(`W_REPORT_WRITE: Failed to write findings baseline: ${(e as Error).message}`);
        }
      } else soft('findings baseline', 'findings-baseline.json', () => buildFindingsBaseline(r.findings, { assayVersion: VERSION, category: o.category }));
      if (r.diff) soft('baseline diff', 'diff.json', () => buildDiffJson(r.diff!.diff));
    }
    // Written even when the gate failed; absent only when no config ran.
    if (r.evalBaseline !== undefined) {
      const text = r.evalBaseline;
      for (const p of new Set(o.evalBaselinePaths ?? [])) if (soft('eval baseline', p, () => text)) out.evalBaselines.push(p);
    }
  }
  if (out.warnings.length) r.report.warnings = [...(r.report.warnings ?? []), ...out.warnings];

  const ropts: ReportOptions = { reproducible: o.reproducible, ...(o.redactPrompts !== undefined ? { redactPrompts: o.redactPrompts } : {}), reportSetId: set.id };
  // run.json may be large: it is written to the path the set gives (a streaming writer can take its place).
  const writeRunJson = (): void => {
    const p = set.path('run.json');
    writeRunJsonFile(p, r.report, ropts);
  };
  const writeSummary = (): void => {
    out.summaryText = stampSummary(buildSummaryJson(r.report, ropts), set.stamp());
    set.write('summary.json', out.summaryText);
  };
  const attempt = (name: 'run.json' | 'summary.json'): { path: string; message: string } | undefined => {
    try {
      if (name === 'run.json') writeRunJson();
      else writeSummary();
      return undefined;
    } catch (e) {
      return { path: `${o.outDir}/${name}`, message: rawMessage(set.fail(e, name)) };
    }
  };
  // Every report that was written says what the process exits with: a failure rewrites those before it.
  const failed = (f: { path: string; message: string }): void => {
    out.ioError ??= f;
    applyIoError(r.report, f, o.outDir);
    writeSarif();
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
    const done = set.commit();
    out.written = done.committed;
  } catch (e) {
    out.ioError ??= { path: o.outDir, message: rawMessage(e) };
    applyIoError(r.report, out.ioError, o.outDir);
    out.summaryText = undefined;
  }
  return out;
}
