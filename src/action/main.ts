// The action's one run(), inside one try/finally: compute the verdict,
// publish it and fail the step last. The first log line is written before the bulk of the bundle loads
// (./pipeline.js is imported dynamically), so a run shows life at once; everything else is in pipeline.ts.
import { EOL } from 'node:os';
import { VERSION } from '../core/version.js';

const SIGNALS = { SIGINT: 130, SIGTERM: 143 } as const;

export default async function run(): Promise<void> {
  const t0 = performance.now();
  process.stdout.write(`Assay ${VERSION} (GitHub Action)${EOL}`);
  const p = await import('./pipeline.js');
  const { writeActionInterrupted } = await import('./reports.js');
  const s = p.newState(process.env, t0);
  // A cancelled job (SIGINT, then SIGTERM): the reports folder says "interrupted", not an older verdict
  // (docs/reports.md), and the step exits 128 + signal.
  const onSignal = (sig: keyof typeof SIGNALS): void => {
    const exitCode = SIGNALS[sig];
    process.stdout.write(`::error::[E_INTERRUPTED] interrupted by ${sig} before the run finished${EOL}`);
    try {
      const failed = writeActionInterrupted(s.inputs.reportsDir.path, { reproducible: s.ctx.reproducible, signal: sig, exitCode, outDirDisplay: s.inputs.reportsDir.display });
      if (failed) process.stdout.write(`::warning::E_IO_ERROR: cannot write the interrupted reports: ${failed.message}${EOL}`);
    } finally {
      process.exit(exitCode);
    }
  };
  for (const sig of Object.keys(SIGNALS) as Array<keyof typeof SIGNALS>) process.once(sig, onSignal);
  try {
    await p.inputsPhase(s);
    await p.verdictPhase(s);
  } catch (e) {
    p.internalError(s, e);
  } finally {
    await p.publishPhase(s);
  }
}
