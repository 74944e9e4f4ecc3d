// Where a command finds the project's config, policy and traces when the user names none. ONE module for
// every command (run, ci, validate, doctor, coverage, explain, mcp wrap), so they all find what
// `assay init` wrote. The rules are documented in docs/getting-started.md ("How commands find your files").
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../src/core/errors.js';
import { detectKind } from '../src/core/gate/config-kind.js';

/** Eval-config names, in search order; a config that is itself a policy document is used as the policy. */
export const CONFIG_NAMES = ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'] as const;
/** The policy beside the config (what `assay init` writes). */
export const POLICY_NAME = 'policy.yaml';
/** Environment variable naming the config file; it overrides the search. */
export const CONFIG_ENV = 'ASSAY_CONFIG';

export interface Discovered {
  /** Directory the files were found in (absolute). */
  dir: string;
  /** Eval config, or a policy document given as config (absolute). */
  config?: string;
  /** The policy the project gates with (absolute): `policy.yaml` beside the config, or the config itself when it is a policy. */
  policy?: string;
  /** True when `config` is a policy document (then `policy === config`). */
  configIsPolicy: boolean;
  /** How it was found, for notes: `ASSAY_CONFIG` or the directory searched. */
  via: 'env' | 'search';
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

/** The repository root above `cwd` (the first directory holding `.git`), or undefined outside a repository. */
export function repositoryRoot(cwd: string): string | undefined {
  let d = resolve(cwd);
  for (;;) {
    if (existsSync(join(d, '.git'))) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * The directories searched, nearest first: from `cwd` up to the repository root (inclusive). Outside a
 * repository only `cwd` itself: walking to `/` could pick up an unrelated file in a home directory.
 */
export function searchDirs(cwd: string): string[] {
  const start = resolve(cwd);
  const root = repositoryRoot(start);
  if (root === undefined) return [start];
  const out: string[] = [];
  for (let d = start; ; d = dirname(d)) {
    out.push(d);
    if (d === root || dirname(d) === d) break;
  }
  return out;
}

function policyKind(path: string): boolean {
  try {
    return detectKind(readFileSync(path, 'utf8'), path) === 'policy';
  } catch {
    // Unreadable or not YAML: let the command's own loader report it with positions.
    return false;
  }
}

function around(dir: string, config: string | undefined, via: Discovered['via']): Discovered {
  const isPolicy = config !== undefined && policyKind(config);
  const besidePolicy = join(config !== undefined ? dirname(config) : dir, POLICY_NAME);
  const policy = isPolicy ? config : isFile(besidePolicy) ? besidePolicy : undefined;
  return { dir, ...(config !== undefined ? { config } : {}), ...(policy !== undefined ? { policy } : {}), configIsPolicy: isPolicy, via };
}

/**
 * Find the project's files. `ASSAY_CONFIG` (resolved against `cwd`) wins and must exist; otherwise the
 * nearest directory (cwd up to the repository root) holding a config name or `policy.yaml`.
 * Undefined when nothing is found.
 */
export function discoverProject(cwd: string, env: NodeJS.ProcessEnv = process.env): Discovered | undefined {
  const fromEnv = env[CONFIG_ENV];
  if (fromEnv !== undefined && fromEnv !== '') {
    const abs = resolve(cwd, fromEnv);
    if (!isFile(abs)) {
      throw new ConfigError('E_MISSING_CONFIG', `${fromEnv}: config file not found (named by ${CONFIG_ENV})`, {
        source: 'config',
        context: { file: fromEnv },
        diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: `config file not found (named by ${CONFIG_ENV})`, file: fromEnv, source: 'config' }],
      });
    }
    return around(dirname(abs), abs, 'env');
  }
  for (const dir of searchDirs(cwd)) {
    const name = CONFIG_NAMES.find((n) => isFile(join(dir, n)));
    if (name !== undefined) return around(dir, join(dir, name), 'search');
    if (isFile(join(dir, POLICY_NAME))) return around(dir, undefined, 'search');
  }
  return undefined;
}

/** A path as the user typed it would be: relative to `cwd`, POSIX separators. */
export function shownPath(abs: string, cwd: string): string {
  const r = relative(resolve(cwd), abs);
  const p = r === '' ? '.' : r;
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** What was searched, for "not found" messages. */
export function searchedText(cwd: string): string {
  const dirs = searchDirs(cwd);
  const names = [...CONFIG_NAMES, POLICY_NAME].join(', ');
  const where = dirs.length === 1 ? 'the working directory' : `${dirs.length} directories up to the repository root`;
  return `no ${names} in ${where}, and ${CONFIG_ENV} is not set`;
}

/** Back-compat: the config file name the search finds in `cwd` only (no walk). */
export function findDefaultConfig(cwd: string): string | undefined {
  return CONFIG_NAMES.find((f) => isFile(join(cwd, f)));
}

/** trace.jsonl, else traces/*.jsonl, else .assay/traces/*.jsonl (all matches, in name order). */
export function findDefaultTraces(cwd: string): string[] {
  if (existsSync(join(cwd, 'trace.jsonl'))) return ['trace.jsonl'];
  for (const dir of ['traces', '.assay/traces']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(cwd, dir)).filter((n) => n.endsWith('.jsonl'));
    } catch {
      continue;
    }
    if (names.length) return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${dir}/${n}`);
  }
  return [];
}

/**
 * Default traces for a discovered project: searched in `cwd` first, then in the project directory when
 * that is another one. Returned as paths relative to `cwd`.
 */
export function discoverTraces(cwd: string, project: Discovered | undefined): string[] {
  const here = findDefaultTraces(cwd);
  if (here.length || project === undefined || resolve(project.dir) === resolve(cwd)) return here;
  return findDefaultTraces(project.dir).map((t) => shownPath(join(project.dir, t), cwd));
}
