// The findings baseline across runs. A committed
// `<baseline_dir>/findings-baseline.json` wins; otherwise the Actions cache is asked with the key prefix
// `assay-baseline-v1-<baseline_key>-<default_branch>-` (the newest matching entry wins). Default-branch
// pushes store this run's findings under `…-<sha>-<attempt>`. The cache sits behind `CacheClient` so tests
// use an in-memory fake; a miss is normal, an unavailable cache is a warning, never a verdict change.
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readFindingsBaseline, type FindingsBaseline } from '../core/report/findings-baseline.js';
import { CACHE_KEY_PREFIX, EVAL_BASELINE_FILE, FINDINGS_BASELINE_FILE, Input, MAX_CACHE_KEY_LENGTH } from './constants.js';
import type { ActionContext } from './context.js';
import type { ActionInputs, PathRef } from './inputs.js';
import { makeDirs } from '../core/util/make-dirs.js';

export interface CacheClient {
  /** Is the Actions cache service usable here (runtime token and service URL present)? */
  available(): Promise<boolean>;
  /** Restore `paths`; returns the matched key, or undefined on a miss. */
  restore(paths: string[], primaryKey: string, restoreKeys: string[]): Promise<string | undefined>;
  /** Save `paths` under `key`; throws on failure (already exists, service error). */
  save(paths: string[], key: string): Promise<void>;
}

export interface Note {
  level: 'warning' | 'notice' | 'info';
  message: string;
  /** A `W_` code when the note also belongs in run.json warnings. */
  code?: string;
}

export interface BaselineRestore {
  source: 'committed' | 'cache' | 'none';
  ref?: PathRef;
  baseline?: FindingsBaseline;
  /** The cache key that matched. */
  cacheKey?: string;
  notes: Note[];
}

export function cacheKeyPrefix(baselineKey: string, defaultBranch: string): string {
  return `${CACHE_KEY_PREFIX}${baselineKey}-${defaultBranch}-`;
}

export function cacheSaveKey(baselineKey: string, defaultBranch: string, sha: string, attempt: string): string {
  return `${cacheKeyPrefix(baselineKey, defaultBranch)}${sha}-${attempt}`;
}

/** The save key must fit GitHub's 512-character limit (an input error). */
export function cacheKeyProblem(inputs: ActionInputs, ctx: ActionContext): string | undefined {
  const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch ?? '', ctx.sha, ctx.runAttempt);
  if (key.length > MAX_CACHE_KEY_LENGTH) {
    return `input "${Input.BaselineKey}": the baseline cache key would be ${key.length} characters (at most ${MAX_CACHE_KEY_LENGTH}); use a shorter key`;
  }
  return undefined;
}

/** Exactly `[<baseline_dir>]` as given, for restore and save alike (the cache version hashes the paths). */
export function cachePaths(inputs: ActionInputs): string[] {
  return [inputs.baselineDir.given];
}

function fileRef(inputs: ActionInputs): PathRef {
  const path = join(inputs.baselineDir.path, FINDINGS_BASELINE_FILE);
  return { given: path, path, display: `${inputs.baselineDir.display}/${FINDINGS_BASELINE_FILE}` };
}

function readValid(ref: PathRef, notes: Note[], what: string): FindingsBaseline | undefined {
  try {
    return readFindingsBaseline(ref.path, ref.display);
  } catch (e) {
    notes.push({ level: 'warning', code: 'W_BASELINE_IGNORED', message: `${what} ${ref.display} ignored: ${(e as Error).message}` });
    return undefined;
  }
}

export async function restoreBaseline(inputs: ActionInputs, ctx: ActionContext, cache: CacheClient): Promise<BaselineRestore> {
  const notes: Note[] = [];
  const ref = fileRef(inputs);
  if (existsSync(ref.path)) {
    const baseline = readValid(ref, notes, 'committed findings baseline');
    return baseline ? { source: 'committed', ref, baseline, notes } : { source: 'none', notes };
  }
  if (!ctx.defaultBranch) {
    notes.push({ level: 'info', message: 'no findings baseline: the default branch is unknown (no repository in the event payload)' });
    return { source: 'none', notes };
  }
  let available = false;
  try {
    available = await cache.available();
  } catch {
    available = false;
  }
  if (!available) {
    notes.push({ level: 'warning', message: 'findings baseline not restored: the Actions cache is unavailable here (local run, GHES or no runtime token); no baseline' });
    return { source: 'none', notes };
  }
  const prefix = cacheKeyPrefix(inputs.baselineKey, ctx.defaultBranch);
  let key: string | undefined;
  try {
    key = await cache.restore(cachePaths(inputs), prefix, [prefix]);
  } catch (e) {
    notes.push({ level: 'warning', message: `findings baseline not restored: cache error: ${(e as Error).message}; no baseline` });
    return { source: 'none', notes };
  }
  if (key === undefined) {
    notes.push({ level: 'info', message: `no findings baseline in the cache yet (key prefix ${prefix})` });
    return { source: 'none', notes };
  }
  if (!existsSync(ref.path)) {
    notes.push({ level: 'warning', message: `cache entry ${key} holds no ${FINDINGS_BASELINE_FILE}; no baseline` });
    return { source: 'none', notes };
  }
  const baseline = readValid(ref, notes, 'restored findings baseline');
  return baseline ? { source: 'cache', ref, baseline, cacheKey: key, notes } : { source: 'none', notes };
}

export interface SaveRequest {
  /** This run's reports directory files to copy. */
  findingsBaselineFile: string;
  evalBaselineFile?: string;
}

/** Copy the candidate baselines into baseline_dir and save them to the cache. */
export async function saveBaseline(inputs: ActionInputs, ctx: ActionContext, cache: CacheClient, req: SaveRequest): Promise<{ written: string[]; cacheKey?: string; notes: Note[] }> {
  const notes: Note[] = [];
  const written: string[] = [];
  makeDirs(inputs.baselineDir.path);
  const dest = join(inputs.baselineDir.path, FINDINGS_BASELINE_FILE);
  // Replace, never write through: a committed symlink of that name must not redirect the copy.
  rmSync(dest, { force: true });
  copyFileSync(req.findingsBaselineFile, dest);
  written.push(dest);
  if (req.evalBaselineFile && existsSync(req.evalBaselineFile)) {
    const ev = join(inputs.baselineDir.path, EVAL_BASELINE_FILE);
    rmSync(ev, { force: true });
    copyFileSync(req.evalBaselineFile, ev);
    written.push(ev);
  }
  if (!ctx.defaultBranch) return { written, notes };
  let available = false;
  try {
    available = await cache.available();
  } catch {
    available = false;
  }
  if (!available) {
    notes.push({ level: 'warning', message: `baseline written to ${inputs.baselineDir.display} but not saved: the Actions cache is unavailable here` });
    return { written, notes };
  }
  const key = cacheSaveKey(inputs.baselineKey, ctx.defaultBranch, ctx.sha, ctx.runAttempt);
  try {
    await cache.save(cachePaths(inputs), key);
    notes.push({ level: 'info', message: `findings baseline saved to the Actions cache as ${key}` });
    return { written, cacheKey: key, notes };
  } catch (e) {
    notes.push({ level: 'warning', message: `findings baseline not saved to the cache (${key}): ${(e as Error).message}` });
    return { written, notes };
  }
}

