// Stream routing for every command: stdout carries only the requested artefact, everything for
// people goes to stderr. Errors become a diagnostic on stderr and, in JSON mode, an assay.error.v1 document.
import { writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AssayError, InfraError, formatDiagnostic, type Diagnostic } from '../src/core/errors.js';
import { makeDirs } from '../src/core/util/make-dirs.js';
import { REASON_CODE_VERSION, exitCodeFor, type ReasonCode } from '../src/core/outcome/reason-codes.js';

/**
 * Colour on stderr, in this order: `--no-color` always wins (an explicit flag beats the environment);
 * FORCE_COLOR=0|false turns colour off and any other FORCE_COLOR value (empty included) on, as Node and
 * the usual terminal libraries read it; then NO_COLOR, TERM=dumb, and finally whether stderr is a TTY.
 */
export function useColor(noColorFlag = false, env: NodeJS.ProcessEnv = process.env, isTTY = process.stderr.isTTY === true): boolean {
  if (noColorFlag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}

export function err(line = ''): void {
  process.stderr.write(line + '\n');
}

// What stdout carries: help/version text (commander) or a command's artefact. A closed pipe after help
// (`assay --help | head -1`) is fine (exit 0); an artefact that cannot be written is 3 E_IO_ERROR.
let stdoutKind: 'artefact' | 'help' = 'artefact';
let stdoutError: NodeJS.ErrnoException | undefined;

/** Commander's help/version output goes through here. */
export function writeHelpOut(s: string): void {
  stdoutKind = 'help';
  process.stdout.write(s);
}

/** The exit code a stdout write failure forces (undefined: none happened). */
export function stdoutFailureExit(): number | undefined {
  if (stdoutError === undefined) return undefined;
  return stdoutKind === 'help' && stdoutError.code === 'EPIPE' ? 0 : 3;
}

/**
 * Watch stdout/stderr for write errors (they arrive as events, after the command returned): a stdout
 * failure decides the exit code at process exit; stderr failures are dropped (nowhere left to say so).
 */
export function guardStdio(): void {
  process.stderr.on('error', () => undefined);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (stdoutError !== undefined) return;
    stdoutError = e;
    if (stdoutFailureExit() === 3 && e.code !== 'EPIPE') err(`error E_IO_ERROR: cannot write to stdout: ${e.message}`);
  });
  process.on('exit', () => {
    const forced = stdoutFailureExit();
    if (forced !== undefined) process.exitCode = forced;
  });
}

/** Write the command's artefact: to `--output` when given, else stdout. A file that cannot be written is E_IO_ERROR. */
export function emitArtefact(text: string | Uint8Array, outputPath?: string): void {
  if (outputPath) {
    try {
      makeDirs(dirname(outputPath));
      writeFileSync(outputPath, text);
    } catch (e) {
      throw new InfraError('E_IO_ERROR', `cannot write ${outputPath}: ${(e as Error).message}`, { source: 'cli', nextStepValues: { path: outputPath } });
    }
  } else {
    process.stdout.write(text);
  }
}

export function jsonText(doc: unknown): string {
  return JSON.stringify(doc, null, 2) + '\n';
}

export function exitCodesMode(): 'v1' | 'v2' {
  return process.env.ASSAY_EXIT_CODES === 'v1' ? 'v1' : 'v2';
}

/** Print a failure the standard way and return its exit code (the caller sets process.exitCode). */
export function reportError(e: unknown, opts: { json?: boolean } = {}): number {
  let code: ReasonCode = 'E_INTERNAL';
  let message: string;
  let nextStep: string;
  let diagnostics: Diagnostic[] = [];
  if (e instanceof AssayError) {
    code = e.reasonCode;
    message = e.message;
    nextStep = e.nextStep;
    diagnostics = e.diagnostics.length
      ? e.diagnostics
      : [{ code, severity: 'error', message, file: e.context.file, line: e.context.line, col: e.context.col }];
  } else {
    message = e instanceof Error ? e.message : String(e);
    nextStep = 'Report a bug with run.json and the log';
    diagnostics = [{ code, severity: 'error', message }];
    if (process.env.DEBUG?.includes('assay') && e instanceof Error) err(e.stack ?? '');
  }
  const exit = exitCodeFor(code, exitCodesMode());
  const shown = diagnostics.slice(0, 50);
  for (const d of shown) err(formatDiagnostic(d));
  if (diagnostics.length > shown.length) err(`… and ${diagnostics.length - shown.length} more`);
  err(`Next: ${nextStep}`);
  if (opts.json) {
    process.stdout.write(
      jsonText({
        schema: 'assay.error.v1',
        schema_version: 1,
        exit_code: exit,
        reason_code_version: REASON_CODE_VERSION,
        reason_code: code,
        message,
        next_step: nextStep,
        diagnostics: diagnostics.map((d) => ({
          code: d.code,
          severity: d.severity,
          message: d.message,
          context: { file: d.file ?? null, line: d.line ?? null, col: d.col ?? null, ...(d.context ?? {}) },
        })),
      }),
    );
  }
  return exit;
}
