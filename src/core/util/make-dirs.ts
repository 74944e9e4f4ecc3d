// `mkdir -p` that fails fast. Node 20's `mkdirSync(p, { recursive: true })` loops forever when a parent
// exists but refuses new entries with ENOENT (e.g. under /proc), so each missing segment is made one by one
// and any error other than "already exists" ends the walk.
import { mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Create `dir` and its missing parents (with `mode`); throws the first real error (ENOENT, EACCES, ENOTDIR, …). */
export function makeDirs(dir: string, mode?: number): void {
  const target = resolve(dir);
  const missing: string[] = [];
  let p = target;
  for (;;) {
    try {
      if (statSync(p).isDirectory()) break;
      throw Object.assign(new Error(`ENOTDIR: not a directory, mkdir '${target}'`), { code: 'ENOTDIR' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    missing.push(p);
    const up = dirname(p);
    if (up === p) break;
    p = up;
  }
  for (let i = missing.length - 1; i >= 0; i--) {
    try {
      mkdirSync(missing[i]!, mode);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
}
