// Glob expansion without a shell, one implementation for the CLI and the action (docs/globs.md).
// Matching is picomatch's (`*`, `?`, `[…]`, `**`, `{a,b}`, extglobs); this file walks the file system:
// only regular files match, `**` does not descend into `.git` or `node_modules` unless the pattern names
// them, a `!pattern` excludes what it matches from the union, and with `confine` a match whose real path
// leaves the root is refused (never followed). Results are absolute paths, sorted by their root-relative
// POSIX form (code-unit order) and de-duplicated, so the same tree gives the same list on every OS.
import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { containedIn, toPosix } from './paths.js';

export interface GlobOptions {
  /** Refuse matches (files or directories entered) whose real path is outside `root`. */
  confine?: boolean;
  /** Stop walking after this many directory entries (a bound for huge trees). */
  maxEntries?: number;
}

export interface GlobResult {
  /** Absolute paths of the matched regular files. */
  files: string[];
  /** Matches refused because they resolve outside the root (root-relative display). */
  refused: string[];
  /** Matches per include pattern, in the order given (excludes count nothing). */
  counts: number[];
  /** True when the walk stopped at `maxEntries`. */
  truncated: boolean;
}

const SKIP_UNDER_WILDCARD = new Set(['.git', 'node_modules']);
const DEFAULT_MAX_ENTRIES = 2_000_000;

/**
 * Patterns are POSIX-style; `\` is read as a separator too, so Windows users may write either, and the
 * shell's `[!…]` class is read as picomatch's `[^…]`.
 */
function normalise(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/\[!/g, '[^');
}

/** Does the pattern need expanding (a wildcard, a brace set, or a `!` exclude)? */
export function hasMagic(pattern: string): boolean {
  const p = normalise(pattern);
  return p.startsWith('!') || picomatch.scan(p).isGlob;
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function rel(root: string, abs: string): string {
  return toPosix(relative(root, abs)) || '.';
}

/** Expand include and `!exclude` patterns relative to `root`. */
export function expandGlobs(patterns: readonly string[], root: string, opts: GlobOptions = {}): GlobResult {
  const rootAbs = resolve(root);
  let realRoot = rootAbs;
  try {
    realRoot = realpathSync(rootAbs);
  } catch {
    /* a missing root matches nothing below */
  }
  const maxEntries = opts.maxEntries ?? DEFAULT_MAX_ENTRIES;
  let entries = 0;
  let truncated = false;
  const refused = new Set<string>();
  const all = new Set<string>();
  const counts: number[] = [];

  const includes: string[] = [];
  // Excludes match the root-relative path (or the absolute one, for an absolute pattern), so characters of
  // the root's own name are never read as wildcards.
  const excludes: Array<{ absolute: boolean; match: picomatch.Matcher }> = [];
  for (const raw of patterns) {
    const p = normalise(raw);
    if (p.startsWith('!')) {
      const body = p.slice(1).replace(/^\.\//, '');
      excludes.push({ absolute: isAbsolute(body), match: picomatch(body, { dot: true }) });
    } else includes.push(p);
  }
  const excluded = (abs: string): boolean => excludes.some((x) => x.match(x.absolute ? toPosix(abs) : rel(rootAbs, abs)));

  const outside = (real: string): boolean => opts.confine === true && !containedIn(realRoot, real);

  /** A regular file that may be returned (refused when its real path leaves the root). */
  const acceptFile = (abs: string, found: Set<string>): void => {
    let real: string;
    try {
      real = realpathSync(abs);
    } catch {
      return;
    }
    if (outside(real)) {
      refused.add(rel(rootAbs, abs));
      return;
    }
    try {
      if (statSync(real).isFile()) found.add(resolve(abs));
    } catch {
      /* vanished */
    }
  };

  const list = (dir: string): Dirent[] => {
    if (truncated) return [];
    let ds: Dirent[];
    try {
      ds = readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
    entries += ds.length;
    if (entries > maxEntries) truncated = true;
    return ds.sort((a, b) => byCodeUnit(a.name, b.name));
  };

  for (const pattern of includes) {
    const found = new Set<string>();
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      acceptFile(resolve(rootAbs, pattern), found);
    } else {
      const base = resolve(rootAbs, scan.base || '.');
      const glob = scan.glob;
      const match = picomatch(glob, { dot: false });
      const globstar = glob.includes('**');
      const maxDepth = globstar ? Infinity : glob.split('/').length;
      // Directories a pattern names explicitly (`node_modules/x/*`) are entered; wildcards skip them.
      const named = new Set(glob.split('/').filter((s) => !picomatch.scan(s).isGlob));
      const seenDirs = new Set<string>();
      const walk = (dir: string, depth: number): void => {
        let realDir: string;
        try {
          realDir = realpathSync(dir);
        } catch {
          return;
        }
        if (seenDirs.has(realDir)) return; // symlink cycles
        seenDirs.add(realDir);
        for (const d of list(dir)) {
          const abs = join(dir, d.name);
          const relToBase = toPosix(relative(base, abs));
          let isDir = d.isDirectory();
          let isFileLike = d.isFile();
          if (d.isSymbolicLink()) {
            try {
              const real = realpathSync(abs);
              const st = statSync(real);
              isDir = st.isDirectory();
              isFileLike = st.isFile();
              if (isDir && outside(real)) continue; // never walk out through a link
            } catch {
              continue;
            }
          }
          if (isDir) {
            if (depth + 1 < maxDepth && (!SKIP_UNDER_WILDCARD.has(d.name) || named.has(d.name))) walk(abs, depth + 1);
          } else if (isFileLike && match(relToBase)) {
            acceptFile(abs, found);
          }
        }
      };
      walk(base, 0);
    }
    let n = 0;
    for (const f of found) {
      if (excluded(f)) continue;
      n++;
      all.add(f);
    }
    counts.push(n);
  }

  const files = [...all].sort((a, b) => byCodeUnit(rel(rootAbs, a), rel(rootAbs, b)));
  return { files, refused: [...refused].sort(byCodeUnit), counts, truncated };
}

/** Is `path` (absolute, or relative to `root`) matched by one of the `!exclude` patterns? */
export function isExcluded(path: string, patterns: readonly string[], root: string): boolean {
  const abs = resolve(root, normalise(path));
  return patterns.some((raw) => {
    const p = normalise(raw);
    if (!p.startsWith('!')) return false;
    const body = p.slice(1).replace(/^\.\//, '');
    return picomatch(body, { dot: true })(isAbsolute(body) ? toPosix(abs) : rel(resolve(root), abs));
  });
}

/** One pattern (see expandGlobs). */
export function expandGlob(pattern: string, root: string, opts: GlobOptions = {}): GlobResult {
  return expandGlobs([pattern], root, opts);
}
