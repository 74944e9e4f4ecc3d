// Commands that read their input some other way (e.g. `generate` through coverage's reader) still apply
// the same "no usable record" rule and message as ./read-input.ts.
import { noRecordsError } from './read-input.js';
import type { TraceStats } from './types.js';

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
export function requireRecords(stats: TraceStats, displayPath: string): void {
  if (stats.records > 0) return;
  throw noRecordsError(displayPath, stats);
}
