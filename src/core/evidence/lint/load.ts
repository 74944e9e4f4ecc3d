// Resolving `--pack REF`: an existing path (a file, or a directory holding pack.yaml), else a
// built-in name, else `<config dir>/<name>.yaml` or `<config dir>/<name>/pack.yaml` (staying inside it).
import { existsSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { BUILTIN_PACKS } from '../packs/index.js';
import { parsePack, type LintPack } from './pack.js';
import { readTextStrict } from '../../util/read-text.js';

export interface PackResolveOptions {
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** `$XDG_CONFIG_HOME/assay/packs` (default `~/.config/assay/packs`); resolved by the adapter. */
  configDir?: string;
  /** Absolute path → the path shown in messages and reports (repo-relative). */
  display?: (abs: string) => string;
}

const MAX_PACK_BYTES = 1 << 20;

function notFound(ref: string, message: string): ConfigError {
  return new ConfigError('E_CFG_PARSE', message, {
    source: 'config',
    context: { file: ref },
    diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: ref, source: 'config' }],
  });
}

function readPackFile(abs: string, display: string): LintPack {
  let text: string;
  try {
    if (statSync(abs).size > MAX_PACK_BYTES) throw notFound(display, `pack ${display}: larger than ${MAX_PACK_BYTES} bytes`);
    text = readTextStrict(abs, display, 'E_CFG_PARSE');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw notFound(display, `pack ${display}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return parsePack(text, display, { builtin: false, file: display });
}

function inside(root: string, p: string): boolean {
  const rel = relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length]![b.length]!;
}

export function suggestPack(ref: string, names: readonly string[]): string | undefined {
  const prefix = names.filter((n) => n.startsWith(ref) || ref.startsWith(n));
  if (prefix.length > 0) return prefix[0];
  let best: string | undefined;
  let bestD = 4;
  for (const n of names) {
    const dd = editDistance(ref, n);
    if (dd < bestD) {
      best = n;
      bestD = dd;
    }
  }
  return best;
}

export function loadPack(ref: string, opts: PackResolveOptions): LintPack {
  const display = opts.display ?? ((p: string) => p);
  const abs = resolve(opts.cwd, ref);
  if (ref !== '' && existsSync(abs)) {
    const st = statSync(abs);
    if (st.isDirectory()) {
      const file = join(abs, 'pack.yaml');
      if (!existsSync(file)) throw notFound(display(abs), `pack ${display(abs)}: directory has no pack.yaml`);
      return readPackFile(file, display(file));
    }
    return readPackFile(abs, display(abs));
  }
  const builtin = BUILTIN_PACKS[ref];
  if (builtin !== undefined) return parsePack(builtin, ref, { builtin: true });
  if (opts.configDir !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(ref)) {
    let root: string | undefined;
    try {
      root = realpathSync(opts.configDir);
    } catch {
      root = undefined;
    }
    if (root !== undefined) {
      for (const candidate of [join(root, `${ref}.yaml`), join(root, ref, 'pack.yaml')]) {
        if (!existsSync(candidate)) continue;
        const real = realpathSync(candidate);
        if (!inside(root, real)) throw notFound(ref, `pack ${ref}: ${candidate} resolves outside the pack directory`);
        return readPackFile(real, display(real));
      }
    }
  }
  const hint = suggestPack(ref, Object.keys(BUILTIN_PACKS));
  throw notFound(ref, `pack not found: ${JSON.stringify(ref)}${hint ? ` (did you mean ${hint}?)` : ''}`);
}

/**
 * Load `--pack` refs in order. Two packs defining the same canonical rule id: an error if either is a
 * compliance pack, else a warning (the first wins when the rules run).
 */
export function loadPacks(refs: readonly string[], opts: PackResolveOptions): { packs: LintPack[]; warnings: string[] } {
  const packs: LintPack[] = [];
  const warnings: string[] = [];
  const owner = new Map<string, LintPack>();
  for (const ref of refs) {
    const p = loadPack(ref, opts);
    for (const r of p.rules) {
      const first = owner.get(r.canonical);
      if (first === undefined) {
        owner.set(r.canonical, p);
        continue;
      }
      if (first === p) continue;
      const msg = `rule ${r.canonical} is defined by two packs`;
      if (first.kind === 'compliance' || p.kind === 'compliance') throw notFound(ref, `pack ${ref}: ${msg} (compliance packs may not overlap)`);
      warnings.push(`${msg}; the first one runs`);
    }
    packs.push(p);
  }
  return { packs, warnings };
}
