// SIGINT/SIGTERM during `run`/`ci`: the reports folder must not keep an older run's (passing) reports,
// so the handler replaces them with an "interrupted" run.json/summary.json and exits 128 + signal
// (130, 143). See docs/reports.md.
import { randomBytes } from 'node:crypto';
import { InfraError } from '../src/core/errors.js';
import { reportSetId, writeInterrupted, type ReportSet } from '../src/core/report/report-set.js';
import { VERSION } from '../src/core/version.js';
import { err } from './output.js';

const SIGNALS = { SIGINT: 2, SIGTERM: 15 } as const;
type Sig = keyof typeof SIGNALS;

/** The report set's id: a digest of the command line in reproducible mode, random otherwise. */
export function newReportSetId(reproducible: boolean, command: string, argv: readonly string[]): string {
  return reportSetId(reproducible ? JSON.stringify(['assay', VERSION, command, argv]) : randomBytes(16));
}

export interface InterruptGuard {
  /** The set being written now (aborted on a signal), or undefined. */
  setOpen(set: ReportSet | undefined): void;
}

/**
 * Install the handlers for the rest of the process. `build` returns the interrupted run.json and
 * summary.json texts (exit code and reason already set) for the signal's exit code.
 */
export function guardReports(o: {
  outDir: string;
  id: string;
  ownedNames: readonly string[];
  build: (error: InfraError, exitCode: number) => { runJson: string; summaryJson: string };
}): InterruptGuard {
  let open: ReportSet | undefined;
  let handling = false;
  const onSignal = (sig: Sig): void => {
    if (handling) return;
    handling = true;
    const exitCode = 128 + SIGNALS[sig];
    const e = new InfraError('E_INTERRUPTED', `interrupted by ${sig} before the run finished`, { source: 'unknown' });
    err(`error E_INTERRUPTED: ${e.message}`);
    try {
      const { runJson, summaryJson } = o.build(e, exitCode);
      const failed = writeInterrupted(o.outDir, { id: o.id, ownedNames: o.ownedNames, files: [{ name: 'run.json', text: runJson }], summaryText: summaryJson, ...(open ? { open } : {}) });
      if (failed) err(`error E_IO_ERROR: cannot write the interrupted reports: ${failed.message}`);
    } finally {
      process.exit(exitCode);
    }
  };
  for (const sig of Object.keys(SIGNALS) as Sig[]) process.on(sig, onSignal);
  return {
    setOpen: (set) => {
      open = set;
    },
  };
}
