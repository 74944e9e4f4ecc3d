// What evaluating one `expected` kind yields, before the row is assembled.
import type { SourcePos } from '../trace/types.js';
import type { MetricResult, RunErrorKind } from './types.js';

/** A trace line behind a failure, with the indices of the offending calls read from it. */
export interface RelatedPos extends SourcePos {
  calls?: number[];
}

export type KindOutcome =
  | {
      ok: true;
      metric: MetricResult;
      /** A value came from the eval cache. */
      cached: boolean;
      /** Judge verdict `Abstain`. */
      abstain: boolean;
      /** Trace positions of the calls behind a failure (SARIF related locations). */
      related: RelatedPos[];
    }
  | { ok: false; kind: RunErrorKind; message: string };

export function passed(details: Record<string, unknown> = {}, score: number | null = 1): KindOutcome {
  return { ok: true, metric: { score, passed: true, unstable: false, exercised: 'exercised', details }, cached: false, abstain: false, related: [] };
}

export function failed(details: Record<string, unknown>, related: RelatedPos[] = [], score: number | null = 0): KindOutcome {
  return { ok: true, metric: { score, passed: false, unstable: false, exercised: 'exercised', details }, cached: false, abstain: false, related };
}

export function notExercised(reason: string, details: Record<string, unknown> = {}): KindOutcome {
  return {
    ok: true,
    metric: { score: null, passed: true, unstable: false, exercised: 'not_exercised', details: { message: reason, ...details } },
    cached: false,
    abstain: false,
    related: [],
  };
}
