// Writes a gate run's reports in the documented order (02 §4.3): JUnit → SARIF → baselines → run.json →
// summary.json. JUnit/SARIF/baseline failures are warnings; run.json/summary.json failures are E_IO_ERROR
// when the verdict was a pass (the verdict is otherwise kept).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildJunit } from '../report/junit.js';
import { buildSarif } from '../report/sarif.js';
import { buildRunJson } from '../report/run-json.js';
import { buildSummaryJson } from '../report/summary-json.js';
import { buildDiffJson, buildFindingsBaseline } from '../report/findings-baseline.js';
import { fillNextStep } from '../outcome/reason-codes.js';
import type { ReportOptions } from '../report/gate-report.js';
import { VERSION } from '../version.js';
import type { GateRunResult } from './gate-run.js';

export interface WriteReportsOptions extends ReportOptions {
  /** Absolute reports directory. */
  outDir: string;
  /** Absolute paths; null = not written (`--no-junit`, `--no-sarif`). */
  junitPath: string | null;
  sarifPath: string | null;
  category: string;
  junitTimings?: boolean;
  /** Write findings-baseline.json (ci). */
  findingsBaseline?: boolean;
  /** Absolute paths the run's eval-score baseline goes to (`--export-baseline`, ci's `<out-dir>/eval-baseline.json`). */
  evalBaselinePaths?: readonly string[];
}

export interface WrittenReports {
  written: string[];
  /** `W_REPORT_WRITE: …` lines. */
  warnings: string[];
  sarif?: { path: string; results: number; omitted: number };
  /** Eval-score baselines written (absolute paths). */
  evalBaselines: string[];
  /** run.json / summary.json could not be written. */
  ioError?: { path: string; message: string };
}

function write(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

export function writeReports(r: GateRunResult, o: WriteReportsOptions): WrittenReports {
  const out: WrittenReports = { written: [], warnings: [], evalBaselines: [] };
  const soft = (what: string, path: string, fn: () => string) => {
    try {
      write(path, fn());
      out.written.push(path);
    } catch (e) {
      out.warnings.push(`W_REPORT_WRITE: Failed to write ${what}: ${(e as Error).message}`);
    }
  };
  if (r.report.completed) {
    if (o.junitPath) {
      const p = o.junitPath;
      soft('JUnit report', p, () => buildJunit({ configSuites: r.configSuites, policySuites: r.policySuites, timings: o.junitTimings }));
    }
    if (o.sarifPath) {
      const p = o.sarifPath;
      soft('SARIF report', p, () => {
        const sarif = buildSarif({ version: VERSION, runs: [{ category: o.category, kind: 'gate', findings: r.findings, exitCode: r.report.exitCode }] });
        out.sarif = { path: p, results: sarif.keptPerRun.reduce((a, b) => a + b, 0), omitted: sarif.omitted };
        if (sarif.omitted > 0) {
          r.report.sarifOmitted = sarif.omitted;
          const w = `W_SARIF_TRUNCATED: ${sarif.omitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`;
          r.report.warnings = [...(r.report.warnings ?? []), w];
        }
        return sarif.text;
      });
    }
    if (o.findingsBaseline) {
      soft('findings baseline', join(o.outDir, 'findings-baseline.json'), () => buildFindingsBaseline(r.findings, { assayVersion: VERSION, category: o.category }));
      if (r.diff) soft('baseline diff', join(o.outDir, 'diff.json'), () => buildDiffJson(r.diff!.diff));
    }
    // Written even when the gate failed (02 §9.1); absent only when no config ran.
    if (r.evalBaseline !== undefined) {
      const text = r.evalBaseline;
      for (const p of new Set(o.evalBaselinePaths ?? [])) {
        const before = out.written.length;
        soft('eval baseline', p, () => text);
        if (out.written.length > before) out.evalBaselines.push(p);
      }
    }
  }
  if (out.warnings.length) r.report.warnings = [...(r.report.warnings ?? []), ...out.warnings];
  for (const [name, build] of [
    ['run.json', buildRunJson],
    ['summary.json', buildSummaryJson],
  ] as const) {
    const p = join(o.outDir, name);
    try {
      write(p, build(r.report, o));
      out.written.push(p);
    } catch (e) {
      out.ioError ??= { path: p, message: (e as Error).message };
    }
  }
  if (out.ioError && r.report.exitCode === 0) {
    r.report.exitCode = 3;
    r.report.reasonCode = 'E_IO_ERROR';
    r.report.message = `cannot write ${out.ioError.path}: ${out.ioError.message}`;
    r.report.nextStep = fillNextStep('E_IO_ERROR', { path: o.outDir });
  }
  return out;
}
