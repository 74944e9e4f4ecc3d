// Paths named inside the config resolve against the config's directory; the working
// directory is only a fallback, with warning W_PATH_CWD_RELATIVE.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface ResolvedPath {
  /** Absolute path to read. */
  abs: string;
  /** Path for messages and reports: relative to the config's display directory, `/` separators. */
  display: string;
  /** True when the file was found only relative to the working directory. */
  cwdFallback: boolean;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function resolveNamedPath(ref: string, baseDir: string, configDisplay: string, cwd: string | undefined): ResolvedPath {
  const posixRef = ref.replace(/\\/g, '/');
  if (path.isAbsolute(ref)) return { abs: ref, display: posixRef, cwdFallback: false };
  const beside = path.resolve(baseDir, ref);
  const displayDir = path.posix.dirname(configDisplay.replace(/\\/g, '/'));
  const display = path.posix.normalize(path.posix.join(displayDir, posixRef));
  if (isFile(beside)) return { abs: beside, display, cwdFallback: false };
  const fromCwd = path.resolve(cwd ?? '.', ref);
  if (fromCwd !== beside && isFile(fromCwd)) return { abs: fromCwd, display: path.posix.normalize(posixRef), cwdFallback: true };
  return { abs: beside, display, cwdFallback: false };
}

/** `cannot read …: <os error>` text without the absolute path Node puts in its messages. */
export function osErrorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  switch (err.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.code ? err.code.toLowerCase() : String(err.message ?? e);
  }
}
