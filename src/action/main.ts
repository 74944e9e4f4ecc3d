// The action's one run() (03-action §4), inside one try/finally: §4.0–4.6 compute the verdict, §4.7–4.14
// publish it and fail the step last. The first log line is written before the bulk of the bundle loads
// (./pipeline.js is imported dynamically), so a run shows life at once; everything else is in pipeline.ts.
import { EOL } from 'node:os';
import { VERSION } from '../core/version.js';

export default async function run(): Promise<void> {
  const t0 = performance.now();
  process.stdout.write(`Assay ${VERSION} (GitHub Action)${EOL}`);
  const p = await import('./pipeline.js');
  const s = p.newState(process.env, t0);
  try {
    await p.inputsPhase(s);
    await p.verdictPhase(s);
  } catch (e) {
    p.internalError(s, e);
  } finally {
    await p.publishPhase(s);
  }
}
