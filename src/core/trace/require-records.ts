// Gate inputs (`run`, `ci`, `coverage`) need at least one record (01 §1.1); the reader itself accepts empty files.
import { InputError } from '../errors.js';
import type { TraceStats } from './types.js';

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
export function requireRecords(stats: TraceStats, displayPath: string): void {
  if (stats.records > 0) return;
  const message = 'trace contains no records';
  throw new InputError('E_TRACE_INVALID', message, {
    source: 'trace',
    context: { file: displayPath },
    nextStepValues: { 'trace.jsonl': displayPath },
    diagnostics: [{ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: displayPath }],
  });
}
