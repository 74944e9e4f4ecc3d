// Workspace confinement of the action's path inputs (docs/action-limits.md). A path is inside the workspace
// when it is lexically inside AND the place it really resolves to is inside the real workspace: the real
// path of its deepest existing ancestor (symlinks followed) plus the segments that do not exist yet. A
// committed symlink (`.assay/reports → /elsewhere`) therefore cannot carry a write out of the checkout.
// Containment is decided by whole path segments, so `/ws-other` is not inside `/ws`.
import { lstatSync, realpathSync } from 'node:fs';
import { containedIn } from '../core/util/paths.js';
import { dirname, join } from 'node:path';

/** Whole-segment containment, shared with the glob walker. */
export { containedIn };

/**
 * Where `abs` (absolute, normalised) really is: realpath of its deepest existing ancestor joined with the
 * segments below it. Undefined when an existing part cannot be resolved (a dangling symlink, a loop, no
 * permission): then nobody can say where a write would land.
 */
export function realPathOf(abs: string): string | undefined {
  const missing: string[] = [];
  let cur = abs;
  for (;;) {
    let exists = true;
    try {
      lstatSync(cur);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') return undefined;
      exists = false;
    }
    if (exists) {
      try {
        return join(realpathSync(cur), ...missing.reverse());
      } catch {
        return undefined;
      }
    }
    const parent = dirname(cur);
    if (parent === cur) return undefined;
    missing.push(cur.slice(parent.length).replace(/^[\\/]+/, ''));
    cur = parent;
  }
}

export type Confinement = { inside: true; real: string } | { inside: false; via: 'path' | 'symlink' | 'unresolvable' };

/** Is `abs` inside `root`, lexically and after following every existing symlink? */
export function confine(root: string, abs: string): Confinement {
  if (!containedIn(root, abs)) return { inside: false, via: 'path' };
  const realRoot = realPathOf(root);
  const real = realPathOf(abs);
  if (realRoot === undefined || real === undefined) return { inside: false, via: 'unresolvable' };
  return containedIn(realRoot, real) ? { inside: true, real } : { inside: false, via: 'symlink' };
}
