// Opening trace files: a missing, unreadable or directory path → E_TRACE_NOT_FOUND.
import { open, type FileHandle } from 'node:fs/promises';
import { InputError, type Diagnostic } from '../errors.js';

/** `ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or directory` (the path is named already). */
function osErrorText(err: unknown): string {
  const msg = err instanceof Error ? err.message : String(err);
  const m = /^(E[A-Z0-9]+: [^,]*), \w+ '.*'$/s.exec(msg);
  return m?.[1] ?? msg;
}

export function cannotOpen(display: string, err: unknown): InputError {
  const reason = `cannot open trace file: ${osErrorText(err)}`;
  const d: Diagnostic = { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: reason, source: 'trace', file: display };
  return new InputError('E_TRACE_NOT_FOUND', `${display}: ${reason}`, {
    source: 'trace',
    context: { file: display },
    nextStepValues: { 'trace.jsonl': display },
    diagnostics: [d],
  });
}

/** Opens a regular (or special, e.g. FIFO) file for reading; directories and open errors → E_TRACE_NOT_FOUND. */
export async function openTraceFile(path: string, display: string): Promise<FileHandle> {
  let fh: FileHandle;
  try {
    fh = await open(path, 'r');
  } catch (e) {
    throw cannotOpen(display, e);
  }
  try {
    if ((await fh.stat()).isDirectory()) throw cannotOpen(display, 'EISDIR: illegal operation on a directory');
  } catch (e) {
    await fh.close();
    throw e instanceof InputError ? e : cannotOpen(display, e);
  }
  return fh;
}
