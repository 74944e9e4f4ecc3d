// Which profile entries become policy: risk first, then the min-runs rule, then a stability gate. The
// reference gates on the Wilson lower bound; users read `--min-stability 0.8` as "only what appears in at
// least that share of runs" (9 of 10 runs passes 0.8). We gate
// on the Laplace-smoothed share by default — the same `stability` number every entry shows — and keep
// the Wilson bound as `--stability-method wilson` (docs/authoring.md records the decision).
import type { Risk } from './heuristics.js';

export type StabilityMethod = 'laplace' | 'wilson';

export interface StabilityOptions {
  minStability: number;
  reviewThreshold: number;
  newIsRisky: boolean;
  alpha: number;
  minRuns: number;
  wilsonZ: number;
  method: StabilityMethod;
}

export const DEFAULT_STABILITY: StabilityOptions = {
  minStability: 0.7,
  reviewThreshold: 0.6,
  newIsRisky: false,
  alpha: 1.0,
  minRuns: 1,
  wilsonZ: 1.96,
  method: 'laplace',
};

/** Wilson score interval lower bound of k successes in n trials at z. */
export function wilsonLowerBound(k: number, n: number, z: number): number {
  if (n <= 0) return 0;
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return Math.max(0, (centre - margin) / (1 + z2 / n));
}

/** Laplace (additive) smoothing: (k + α) / (n + 2α). */
export function laplace(k: number, n: number, alpha: number): number {
  return (k + alpha) / (n + 2 * alpha);
}

export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function num(x: number): string {
  return Number.isInteger(x) ? x.toFixed(1) : String(x);
}

export type Placement = 'allow' | 'needs_review' | 'deny' | 'omit';

export interface StabilityVerdict {
  placement: Placement;
  /** Laplace-smoothed share, 2 decimals (the entry's `stability`). */
  stability: number;
  reasons: string[];
}

/** Tiny slack so that 0.8 ≥ 0.8 holds whatever the float arithmetic did. */
const EPS = 1e-9;

export function placeEntry(runsSeen: number, totalRuns: number, risk: Risk | undefined, riskReasons: readonly string[], o: StabilityOptions): StabilityVerdict {
  const lap = laplace(runsSeen, totalRuns, o.alpha);
  const wil = wilsonLowerBound(runsSeen, totalRuns, o.wilsonZ);
  const reasons = [
    ...riskReasons,
    `wilson_lb ${wil.toFixed(2)} (z=${o.wilsonZ})`,
    `laplace ${lap.toFixed(2)} (α=${num(o.alpha)}, ${runsSeen}/${totalRuns})`,
  ];
  const stability = round2(lap);
  if (risk === 'deny_recommended') return { placement: 'deny', stability, reasons };
  if (risk === 'needs_review') return { placement: 'needs_review', stability, reasons };
  if (totalRuns < o.minRuns || runsSeen < o.minRuns) {
    reasons.push(`min_runs ${o.minRuns} not met (${runsSeen} of ${totalRuns} runs)`);
    return { placement: o.newIsRisky ? 'needs_review' : 'omit', stability, reasons };
  }
  const score = o.method === 'wilson' ? wil : lap;
  if (score + EPS >= o.minStability) return { placement: 'allow', stability, reasons };
  if (score + EPS >= o.reviewThreshold || o.newIsRisky) return { placement: 'needs_review', stability, reasons };
  return { placement: 'omit', stability, reasons };
}
