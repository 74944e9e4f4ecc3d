// Repo-relative POSIX paths for every output: relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export function toPosix(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
export function displayPath(given: string, root: string, cwd: string = root): string {
  const abs = resolve(cwd, given);
  const rel = relative(root, abs);
  if (rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)) return toPosix(rel);
  if (rel === '') return '.';
  return toPosix(given);
}

/** Is `p` the folder `root` or below it, lexically, by whole segments (a file named `..a` is inside)? */
export function containedIn(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}
