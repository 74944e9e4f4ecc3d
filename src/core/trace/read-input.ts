// The one way every command reads the traces it judges (validate, run, ci, doctor, the action): the
// streaming reader plus the "no usable record" rule. A trace file from which no record could be read is
// fatal, E_TRACE_INVALID, in every command and for every file of a multi-file read, so `validate` can never
// pass what `ci` fails (docs/traces.md "A trace with no records").
import { InputError, type Diagnostic } from '../errors.js';
import { contentBlockHint, quote } from './bad-line.js';
import { readTraceFiles, type ReadTraceFilesOptions, type TraceFileRef } from './reader.js';
import type { TraceFileStats, TraceStats, TraceVisitor } from './types.js';

const NO_RECORDS = 'trace contains no records';

/** Why nothing was read, for the message: the bad and ignored lines of the file, or that it had no data. */
export function noRecordsMessage(s: Omit<TraceFileStats, 'file'>): string {
  const why: string[] = [];
  if (s.skipped_lines > 0) {
    const first = s.first_bad ? `; first at line ${s.first_bad.line}: ${s.first_bad.message}` : '';
    why.push(`${s.skipped_lines} bad line(s) skipped${first}`);
  }
  if (s.ignored_lines > 0) {
    const t = s.first_ignored_type;
    const type = t !== undefined ? ` (first type ${quote(t)})${contentBlockHint(t) ?? ''}` : '';
    why.push(`${s.ignored_lines} line(s) of unknown type ignored${type}`);
  }
  if (why.length === 0) return `${NO_RECORDS} (no data lines)`;
  return `${NO_RECORDS}: ${why.join('; ')}`;
}

/** E_TRACE_INVALID for a file (or a read) that yielded no record; whole-file, so no line/col. */
export function noRecordsError(file: string, s: Omit<TraceFileStats, 'file'>): InputError {
  const message = noRecordsMessage(s);
  const d: Diagnostic = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
  return new InputError('E_TRACE_INVALID', message, {
    source: 'trace',
    context: { file },
    nextStepValues: { 'trace.jsonl': file },
    diagnostics: [d],
  });
}

/**
 * Reads `files` as one trace and throws E_TRACE_INVALID as soon as one file ends with no record. Everything
 * else is the reader's contract (bad lines skipped or fatal under `strict`, duplicates fatal).
 */
export async function readTraceInput(
  files: ReadonlyArray<TraceFileRef>,
  visitor: TraceVisitor,
  opts: ReadTraceFilesOptions = {},
): Promise<TraceStats> {
  return readTraceFiles(
    files,
    {
      ...(visitor.onCall ? { onCall: visitor.onCall.bind(visitor) } : {}),
      ...(visitor.onEntry ? { onEntry: visitor.onEntry.bind(visitor) } : {}),
      ...(visitor.onDiagnostic ? { onDiagnostic: visitor.onDiagnostic.bind(visitor) } : {}),
      onFileEnd(s) {
        visitor.onFileEnd?.(s);
        if (s.records === 0) throw noRecordsError(s.file, s);
      },
    },
    opts,
  );
}
