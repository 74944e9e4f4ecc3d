// Where the helper's C sources are and what they hash to: the hash keys the per-user build cache, so a
// changed source is rebuilt and an unchanged one is compiled once per machine (docs/sandbox.md).
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Compiler flags; part of the hash so a flag change rebuilds. */
export const C_FLAGS = ['-std=c11', '-O2', '-Wall', '-Wextra', '-Werror'] as const;

/**
 * The `native/` directory: found by walking up from this module (src/runtime/native in the sources,
 * dist/cli in the bundle) to the first ancestor holding native/main.c.
 */
export function findNativeSourceDir(start: string = path.dirname(fileURLToPath(import.meta.url))): string | undefined {
  let dir = start;
  for (let i = 0; i < 8; i++) {
    const candidate = path.join(dir, 'native');
    if (fs.existsSync(path.join(candidate, 'main.c'))) return candidate;
    const up = path.dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** The C and header files of the helper, sorted by name (code-unit order). */
export function nativeSourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.c') || f.endsWith('.h'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** sha256 (hex) over every source file's name and bytes, plus the flags. */
export function nativeSourceHash(dir: string): string {
  const h = createHash('sha256');
  h.update(`flags:${C_FLAGS.join(' ')}\0`);
  for (const f of nativeSourceFiles(dir)) {
    const bytes = fs.readFileSync(path.join(dir, f));
    h.update(`${f}\0${bytes.length}\0`);
    h.update(bytes);
  }
  return h.digest('hex');
}
