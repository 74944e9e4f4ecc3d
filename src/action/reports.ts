// The action's reports (03-action §4.7), composed from the core writers: SARIF with the `gate` and
// `evidence` runs (final when written: categories set, size budget applied), JUnit, per-bundle lint JSON,
// the findings baseline candidate, diff.json, eval-baseline.json, then run.json and summary.json with the
// combined verdict. Every write error is a warning; the verdict never changes here.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildDiffJson, buildFindingsBaseline, type FindingsDiff } from '../core/report/findings-baseline.js';
import type { Finding } from '../core/report/finding.js';
import type { GateReport } from '../core/report/gate-report.js';
import { buildJunit, type JunitConfigSuite, type JunitPolicySuite } from '../core/report/junit.js';
import { buildRunJson } from '../core/report/run-json.js';
import { buildSarif, type SarifResultExtras, type SarifRunInput } from '../core/report/sarif.js';
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
  gateRun?: { findings: readonly Finding[]; exitCode: number };
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
}

/** Remove our own files from a previous run so the artifact never mixes runs. */
export function clearOwnReports(dir: string): void {
  for (const f of REPORT_FILES) rmSync(join(dir, f), { force: true });
  rmSync(join(dir, LINT_DIR), { recursive: true, force: true });
}

export function writeActionReports(set: ReportSet, o: { dir: string; reproducible: boolean }): WrittenActionReports {
  const out: WrittenActionReports = { written: [], warnings: [], sarifPath: join(o.dir, SARIF_FILE), sarifOmitted: 0 };
  const write = (name: string, build: () => string): string | undefined => {
    const p = join(o.dir, name);
    try {
      const text = build();
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, text);
      out.written.push(p);
      return text;
    } catch (e) {
      out.warnings.push(`W_REPORT_WRITE: Failed to write ${name}: ${(e as Error).message}`);
      return undefined;
    }
  };
  try {
    mkdirSync(o.dir, { recursive: true });
    clearOwnReports(o.dir);
  } catch (e) {
    out.warnings.push(`W_REPORT_WRITE: Failed to prepare ${o.dir}: ${(e as Error).message}`);
  }

  const runs: SarifRunInput[] = [];
  if (set.gateRun) runs.push({ category: set.category, kind: 'gate', findings: set.gateRun.findings, exitCode: set.gateRun.exitCode });
  const extras = set.evidenceRun.extras;
  runs.push({
    category: set.category,
    kind: 'evidence',
    driverName: 'assay-evidence-lint',
    findings: set.evidenceRun.findings,
    exitCode: set.evidenceRun.exitCode,
    decorate: (f) => extras.get(extrasKey(f)),
    ...(set.evidenceRun.ruleInfo ? { ruleInfo: set.evidenceRun.ruleInfo } : {}),
  });
  out.sarifText = write(SARIF_FILE, () => {
    const sarif = buildSarif({ version: VERSION, runs });
    out.sarifOmitted = sarif.omitted;
    return sarif.text;
  });
  if (out.sarifOmitted > 0) {
    set.report.sarifOmitted = out.sarifOmitted;
    set.report.warnings = [...(set.report.warnings ?? []), `W_SARIF_TRUNCATED: ${out.sarifOmitted} results omitted to fit GitHub code scanning limits; all findings are in run.json`];
  }
  if (set.junit) write('junit.xml', () => buildJunit({ configSuites: set.junit!.configSuites, policySuites: set.junit!.policySuites }));
  for (const l of set.lintReports) write(`${LINT_DIR}/${l.file}`, () => l.json);
  if (write(FINDINGS_BASELINE_FILE, () => buildFindingsBaseline(set.allFindings, { assayVersion: VERSION, category: set.category })) !== undefined) {
    out.findingsBaselinePath = join(o.dir, FINDINGS_BASELINE_FILE);
  }
  if (set.diff) write('diff.json', () => buildDiffJson(set.diff!));
  if (set.evalBaseline !== undefined && write(EVAL_BASELINE_FILE, () => set.evalBaseline!) !== undefined) {
    out.evalBaselinePath = join(o.dir, EVAL_BASELINE_FILE);
  }
  // Write warnings go into run.json before it is written (the verdict is unchanged, 03 §4.7).
  if (out.warnings.length) set.report.warnings = [...(set.report.warnings ?? []), ...out.warnings];
  const ropts = { reproducible: o.reproducible };
  write('run.json', () => buildRunJson(set.report, ropts));
  write('summary.json', () => buildSummaryJson(set.report, ropts));
  return out;
}
