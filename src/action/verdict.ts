// The combined verdict: every pipeline source reports an exit code; the winner is chosen
// by priority 2 > 3 > 1 > 0, and the reason code is that of the first source, in pipeline order
// (inputs, discovery, verify, lint, gate), that produced the winning exit code.
import { fillNextStep, type ReasonCode } from '../core/outcome/reason-codes.js';

export type VerdictSource = 'inputs' | 'discovery' | 'verify' | 'lint' | 'gate' | 'internal';

export interface SourceVerdict {
  source: VerdictSource;
  exitCode: number;
  reasonCode: ReasonCode | '';
  message: string;
  nextStep?: string;
}

export interface Verdict {
  exitCode: number;
  reasonCode: ReasonCode | '';
  message: string;
  nextStep?: string;
  /** Which source decided (absent on a pass). */
  source?: VerdictSource;
}

const PRIORITY: Readonly<Record<number, number>> = { 2: 4, 3: 3, 1: 2, 0: 0 };

function rank(exit: number): number {
  return PRIORITY[exit] ?? 1;
}

export const PASS_MESSAGE = 'All checks passed';

/** Combine in pipeline order; a tie keeps the earlier source. */
export function combineVerdicts(list: readonly SourceVerdict[], passMessage = PASS_MESSAGE): Verdict {
  let best: SourceVerdict | undefined;
  for (const v of list) {
    if (v.exitCode === 0) continue;
    if (!best || rank(v.exitCode) > rank(best.exitCode)) best = v;
  }
  if (!best) return { exitCode: 0, reasonCode: '', message: passMessage };
  return {
    exitCode: best.exitCode,
    reasonCode: best.reasonCode,
    message: best.message,
    ...(best.reasonCode !== '' ? { nextStep: best.nextStep ?? fillNextStep(best.reasonCode) } : {}),
    source: best.source,
  };
}
