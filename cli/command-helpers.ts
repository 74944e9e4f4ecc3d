// Helpers several commands share (clock, number flags, `-i` input, warnings, output files). They live
// here rather than in commands/generate.ts so that loading one command does not load the policy
// generator with it (docs/startup.md).
import { InfraError, InputError, UsageError, formatDiagnostic, type Diagnostic } from '../src/core/errors.js';
import type { InputKind } from '../src/core/generate/index.js';
import type { TraceInput } from '../src/core/coverage/read-calls.js';
import { readTextStrict } from '../src/core/util/read-text.js';
import { emitArtefact, err } from './output.js';
import { fileRef } from './paths.js';
import { reproducibleMode } from './options.js';

/** The injected clock: SOURCE_DATE_EPOCH or 1970 in reproducible mode, else the wall clock. */
export function commandClock(reproducibleFlag?: boolean): Date {
  const sde = process.env.SOURCE_DATE_EPOCH;
  if (sde !== undefined && /^\d+$/.test(sde)) return new Date(Number(sde) * 1000);
  if (reproducibleMode(reproducibleFlag)) return new Date(0);
  return new Date();
}

export function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A number flag; anything else is a usage error. */
export function numberFlag(name: string, value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError('E_INVALID_ARGS', `${name} must be a number (got "${value}")`, { source: 'cli' });
  return n;
}

/** `-i <file|->`: a file, or stdin when `-`. */
export function traceInput(given: string): TraceInput {
  if (given === '-') return { text: readTextStrict(0, '-', 'E_TRACE_INVALID', { errorClass: InputError, source: 'trace' }), display: '-' };
  const r = fileRef(given);
  return { path: r.path, display: r.display };
}

export function printWarnings(ws: readonly Diagnostic[], quiet = false): void {
  if (quiet) return;
  for (const w of ws.slice(0, 20)) err(formatDiagnostic(w));
  if (ws.length > 20) err(`… and ${ws.length - 20} more skipped line(s)`);
}

/** Write a file the command was asked to write; failure → 3 E_IO_ERROR. */
export function writeOutput(path: string, display: string, text: string): void {
  try {
    emitArtefact(text, path);
  } catch (e) {
    throw new InfraError('E_IO_ERROR', `cannot write ${display}: ${(e as Error).message}`, { source: 'cli', context: { file: display }, nextStepValues: { path: display } });
  }
}

export function parseKind(value: string): 'auto' | InputKind {
  if (value === 'auto' || value === 'runtime' || value === 'tool') return value;
  throw new UsageError('E_INVALID_ARGS', `invalid --kind "${value}" (allowed: auto, runtime, tool)`, { source: 'cli' });
}
