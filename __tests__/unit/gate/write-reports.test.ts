// The gate's report writer: one set, the same id and exit code in every file, and a required report
// that cannot be written turning every written report and the exit code into 3 E_IO_ERROR.
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GateRunResult } from '../../../src/core/gate/gate-run.js';
import { writeReports, type WriteReportsOptions } from '../../../src/core/gate/write-reports.js';
import type { Finding } from '../../../src/core/report/finding.js';
import type { GateReport } from '../../../src/core/report/gate-report.js';
import { earlyReport, SPEC_FINDINGS, specReport } from '../report/_gate-report.js';
import { tempDir } from './helpers.js';

function result(report: GateReport): GateRunResult {
  return { report, findings: [...SPEC_FINDINGS], policySuites: [], configSuites: [], diagnostics: [], errorDiagnostics: [] };
}

function options(outDir: string, over: Partial<WriteReportsOptions> = {}): WriteReportsOptions {
  return { outDir, setId: 'feedc0de00000001', reproducible: true, category: 'assay', junitPath: join(outDir, 'junit.xml'), sarifPath: join(outDir, 'assay.sarif'), findingsBaseline: true, ...over };
}

/** A finding whose serialisation fails as a full disk or an oversized document would. */
function unwritable(): Finding {
  return { ...SPEC_FINDINGS[0]!, toJSON: () => { throw new Error('ENOSPC: no space left on device, write'); } } as unknown as Finding;
}

const json = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

describe('writeReports', () => {
  it('every file of the set carries the same id and exit code; the manifest lists exactly the folder', () => {
    const out = join(tempDir(), 'reports');
    const w = writeReports(result(specReport()), options(out));
    expect(w.ioError).toBeUndefined();
    const files = readdirSync(out).sort();
    expect(files).toEqual(['assay.sarif', 'findings-baseline.json', 'junit.xml', 'run.json', 'summary.json']);
    const summary = json(out, 'summary.json');
    expect(summary.report_set).toEqual({ id: 'feedc0de00000001', files });
    expect(summary.status).toBe('complete');
    expect(json(out, 'run.json').report_set_id).toBe('feedc0de00000001');
    expect([json(out, 'run.json').exit_code, summary.exit_code, json(out, 'assay.sarif').runs[0].invocations[0].exitCode]).toEqual([1, 1, 1]);
    expect(w.summaryText).toBe(readFileSync(join(out, 'summary.json'), 'utf8'));
  });

  it('run.json that cannot be written: exit 3 E_IO_ERROR in summary.json and SARIF, and no older run.json is left', () => {
    const out = tempDir();
    writeFileSync(join(out, 'run.json'), JSON.stringify({ exit_code: 0, reason_code: '' }));
    writeFileSync(join(out, 'summary.json'), JSON.stringify({ exit_code: 0, message: 'All checks passed' }));
    const r = result(specReport({ findings: [...SPEC_FINDINGS, unwritable()] }));
    const w = writeReports(r, options(out));
    expect(w.ioError?.path).toBe(join(out, 'run.json'));
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([3, 'E_IO_ERROR']);
    expect(existsSync(join(out, 'run.json'))).toBe(false);
    const summary = json(out, 'summary.json');
    expect([summary.exit_code, summary.reason_code]).toEqual([3, 'E_IO_ERROR']);
    expect(summary.message).toContain('ENOSPC');
    expect(summary.report_set.files).not.toContain('run.json');
    expect(json(out, 'assay.sarif').runs[0].invocations[0].exitCode).toBe(3);
  });

  it('a config/input error (exit 2) keeps its verdict; the write failure becomes a warning', () => {
    const out = tempDir();
    // The minimal run.json holds the inputs but no findings: one unserialisable trace path stands in for a full disk.
    const poison = { toJSON: () => { throw new Error('EIO: i/o error, write'); } } as unknown as string;
    const r = result(earlyReport({ warnings: [] }));
    r.report.inputs.trace_files = [poison];
    const w = writeReports(r, options(out));
    expect(w.ioError).toBeDefined();
    expect(r.report.exitCode).toBe(2);
    expect(r.report.warnings?.some((x) => x.startsWith('W_REPORT_WRITE: cannot write'))).toBe(true);
  });

  it('a reports folder that cannot be made is E_IO_ERROR at once and nothing is written', () => {
    const base = tempDir();
    mkdirSync(join(base, 'x'));
    writeFileSync(join(base, 'x', 'file'), '');
    const r = result(specReport());
    const w = writeReports(r, options(join(base, 'x', 'file', 'reports')));
    expect(w.ioError).toBeDefined();
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([3, 'E_IO_ERROR']);
    expect(readdirSync(join(base, 'x'))).toEqual(['file']);
  });
});
