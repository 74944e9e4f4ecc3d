// Glob expansion without a shell (03-action §4.1): `*`, `?`, `[…]` within a path segment and `**` across
// segments. Only regular files match; a symlink whose target resolves outside the workspace is refused,
// never followed. `**` does not descend into `.git` or `node_modules`. Results are absolute paths, sorted
// by their repo-relative POSIX form (code-unit order) and de-duplicated.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { toPosix } from '../core/util/paths.js';
import { insideRoot } from './inputs.js';

export interface GlobResult {
  /** Absolute paths of the matched regular files. */
  files: string[];
  /** Matches refused because they resolve outside the workspace (repo-relative display). */
  refused: string[];
}

const SKIP_UNDER_GLOBSTAR = new Set(['.git', 'node_modules']);

export function hasMagic(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

function escapeRe(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? '\\' + ch : ch;
}

/** One path segment → an anchored RegExp. */
export function segmentRegExp(seg: string): RegExp {
  let re = '';
  for (let i = 0; i < seg.length; i++) {
    const c = seg[i]!;
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = seg.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = seg.slice(i + 1, close);
      let neg = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        neg = true;
        body = body.slice(1);
      }
      re += `[${neg ? '^' : ''}${body.replace(/[\\\]^]/g, (m) => '\\' + m)}]`;
      i = close;
    } else re += escapeRe(c);
  }
  return new RegExp(`^${re}$`);
}

function rel(root: string, abs: string): string {
  return toPosix(abs.slice(root.length).replace(/^[\\/]+/, '')) || '.';
}

/**
 * Expand one pattern relative to `root`. Patterns are POSIX-style (`\` is read as a separator too, so
 * Windows users may write either).
 */
export function expandGlob(pattern: string, root: string): GlobResult {
  const rootAbs = resolve(root);
  let realRoot = rootAbs;
  try {
    realRoot = realpathSync(rootAbs);
  } catch {
    /* a missing root matches nothing below */
  }
  const norm = pattern.replace(/\\/g, '/');
  const absPattern = isAbsolute(norm) || /^[A-Za-z]:\//.test(norm) ? norm : `${toPosix(rootAbs)}/${norm}`;
  const segs = absPattern.split('/');
  // Leading literal segments form the base directory.
  let i = 0;
  const lit: string[] = [];
  while (i < segs.length && !hasMagic(segs[i]!)) lit.push(segs[i++]!);
  const base = lit.join('/') || '/';
  const rest = segs.slice(i).filter((s, k, a) => !(s === '' && k < a.length - 1));

  const found = new Set<string>();
  const refused = new Set<string>();
  const seen = new Set<string>();

  const accept = (abs: string): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (!insideRoot(realRoot, real)) {
      refused.add(rel(rootAbs, abs));
      return;
    }
    try {
      if (statSync(real).isFile()) found.add(resolve(abs));
    } catch {
      /* vanished */
    }
  };

  /** A directory entry is a directory we may enter (symlinked dirs only when they stay inside). */
  const enterable = (abs: string, d: Dirent): boolean => {
    if (d.isDirectory()) return true;
    if (!d.isSymbolicLink()) return false;
    try {
      const real = realpathSync(abs);
      return insideRoot(realRoot, real) && statSync(real).isDirectory();
    } catch {
      return false;
    }
  };

  const list = (dir: string): Dirent[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return [];
    }
  };

  const walk = (dir: string, k: number): void => {
    const key = `${dir}\u0000${k}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (k === rest.length) return;
    const seg = rest[k]!;
    if (seg === '**') {
      walk(dir, k + 1);
      if (k + 1 === rest.length) {
        // Trailing `**`: every file below.
        for (const d of list(dir)) {
          const abs = join(dir, d.name);
          if (enterable(abs, d)) {
            if (!SKIP_UNDER_GLOBSTAR.has(d.name)) walk(abs, k);
          } else if (d.isFile() || d.isSymbolicLink()) accept(abs);
        }
        return;
      }
      for (const d of list(dir)) {
        const abs = join(dir, d.name);
        if (!SKIP_UNDER_GLOBSTAR.has(d.name) && enterable(abs, d)) walk(abs, k);
      }
      return;
    }
    if (seg === '.' || seg === '') {
      walk(dir, k + 1);
      return;
    }
    if (seg === '..') {
      walk(resolve(dir, '..'), k + 1);
      return;
    }
    const last = k === rest.length - 1;
    if (!hasMagic(seg)) {
      const abs = join(dir, seg);
      if (last) accept(abs);
      else {
        try {
          if (statSync(abs).isDirectory()) walk(abs, k + 1);
        } catch {
          /* no such directory */
        }
      }
      return;
    }
    const re = segmentRegExp(seg);
    for (const d of list(dir)) {
      if (!re.test(d.name)) continue;
      const abs = join(dir, d.name);
      if (last) {
        if (!d.isDirectory()) accept(abs);
      } else if (enterable(abs, d)) walk(abs, k + 1);
    }
  };

  if (rest.length === 0) accept(resolve(base));
  else walk(resolve(base), 0);

  const files = [...found].sort((a, b) => {
    const x = rel(rootAbs, a);
    const y = rel(rootAbs, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { files, refused: [...refused].sort() };
}

/** Expand several patterns: union, sorted by repo-relative path, with per-pattern match counts. */
export function expandGlobs(patterns: readonly string[], root: string): GlobResult & { counts: number[] } {
  const all = new Set<string>();
  const refused = new Set<string>();
  const counts: number[] = [];
  for (const p of patterns) {
    const r = expandGlob(p, root);
    counts.push(r.files.length);
    for (const f of r.files) all.add(f);
    for (const x of r.refused) refused.add(x);
  }
  const rootAbs = resolve(root);
  const files = [...all].sort((a, b) => {
    const x = rel(rootAbs, a);
    const y = rel(rootAbs, b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { files, refused: [...refused].sort(), counts };
}
