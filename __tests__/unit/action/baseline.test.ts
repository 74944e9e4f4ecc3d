import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheKeyPrefix, cacheKeyProblem, restoreBaseline, saveBaseline, type CacheClient } from '../../../src/action/baseline.js';
import { readContext, type ActionContext } from '../../../src/action/context.js';
import { fallbackInputs, type ActionInputs } from '../../../src/action/inputs.js';

const BASELINE = JSON.stringify({ schema: 'assay.findings_baseline.v1', assay_version: '0', category: 'x', findings: [{ fingerprint: `sha256:${'b'.repeat(64)}`, rule_id: 'r', level: 'error' }] });

function setup(): { ws: string; inputs: ActionInputs; ctx: ActionContext } {
  const ws = mkdtempSync(join(tmpdir(), 'assay-baseline-'));
  const ev = join(ws, 'event.json');
  writeFileSync(ev, JSON.stringify({ repository: { default_branch: 'main' } }));
  const inputs = fallbackInputs(ws);
  const { ctx } = readContext(inputs, ws, { GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_EVENT_PATH: ev, GITHUB_SHA: 'f00', GITHUB_RUN_ATTEMPT: '3' });
  return { ws, inputs, ctx };
}

/** In-memory cache: entries by key; restore = newest key with the prefix. */
function memoryCache(available = true, files: Record<string, string> = {}, ws = ''): CacheClient & { calls: string[]; saved: Array<[string[], string]> } {
  const calls: string[] = [];
  const saved: Array<[string[], string]> = [];
  return {
    calls,
    saved,
    async available() {
      calls.push('available');
      return available;
    },
    async restore(paths, primaryKey) {
      calls.push(`restore ${paths.join(',')} ${primaryKey}`);
      const key = Object.keys(files).filter((k) => k.startsWith(primaryKey)).sort().at(-1);
      if (key === undefined) return undefined;
      mkdirSync(join(ws, paths[0]!), { recursive: true });
      writeFileSync(join(ws, paths[0]!, 'findings-baseline.json'), files[key]!);
      return key;
    },
    async save(paths, key) {
      calls.push(`save ${key}`);
      saved.push([paths, key]);
    },
  };
}

describe('findings baseline', () => {
  it('a committed baseline wins without any cache call', async () => {
    const { ws, inputs, ctx } = setup();
    mkdirSync(join(ws, '.assay/baseline'), { recursive: true });
    writeFileSync(join(ws, '.assay/baseline/findings-baseline.json'), BASELINE);
    const cache = memoryCache();
    const r = await restoreBaseline(inputs, ctx, cache);
    expect(r.source).toBe('committed');
    expect(r.baseline!.fingerprints).toEqual([`sha256:${'b'.repeat(64)}`]);
    expect(cache.calls).toEqual([]);
  });

  it('the cache is asked with the key prefix and the baseline_dir path as given', async () => {
    const { inputs, ctx } = setup();
    const cache = memoryCache(true, {});
    const r = await restoreBaseline(inputs, ctx, cache);
    expect(r.source).toBe('none');
    expect(cache.calls).toEqual(['available', 'restore .assay/baseline assay-baseline-v1-default-main-']);
    expect(r.notes.map((n) => n.level)).toEqual(['info']); // a miss is normal
    expect(cacheKeyPrefix('team', 'main')).toBe('assay-baseline-v1-team-main-');
  });

  it('a cache hit restores the newest matching entry', async () => {
    const { ws, inputs, ctx } = setup();
    const cache = memoryCache(true, { 'assay-baseline-v1-default-main-aaa-1': '{}', 'assay-baseline-v1-default-main-bbb-1': BASELINE, 'assay-baseline-v1-other-main-ccc-1': '{}' }, ws);
    const r = await restoreBaseline(inputs, ctx, cache);
    expect([r.source, r.cacheKey, r.baseline?.fingerprints.length]).toEqual(['cache', 'assay-baseline-v1-default-main-bbb-1', 1]);
  });

  it('an unavailable cache or an unreadable baseline is a warning and no baseline', async () => {
    const { ws, inputs, ctx } = setup();
    expect((await restoreBaseline(inputs, ctx, memoryCache(false))).notes[0]!.level).toBe('warning');
    mkdirSync(join(ws, '.assay/baseline'), { recursive: true });
    writeFileSync(join(ws, '.assay/baseline/findings-baseline.json'), '{not json');
    const r = await restoreBaseline(inputs, ctx, memoryCache());
    expect(r.source).toBe('none');
    expect(r.notes[0]!.message).toContain('ignored');
  });

  it('save copies the candidate into baseline_dir and saves under …-<sha>-<attempt>', async () => {
    const { ws, inputs, ctx } = setup();
    const src = join(ws, 'candidate.json');
    writeFileSync(src, BASELINE);
    const cache = memoryCache();
    const r = await saveBaseline(inputs, ctx, cache, { findingsBaselineFile: src });
    expect(readFileSync(join(ws, '.assay/baseline/findings-baseline.json'), 'utf8')).toBe(BASELINE);
    expect(cache.saved).toEqual([[['.assay/baseline'], 'assay-baseline-v1-default-main-f00-3']]);
    expect(r.cacheKey).toBe('assay-baseline-v1-default-main-f00-3');
    expect(existsSync(join(ws, '.assay/baseline/eval-baseline.json'))).toBe(false);
  });

  it('a cache key over 512 characters is an input error', () => {
    const { inputs, ctx } = setup();
    expect(cacheKeyProblem({ ...inputs, baselineKey: 'k'.repeat(500) }, ctx)).toContain('at most 512');
    expect(cacheKeyProblem(inputs, ctx)).toBeUndefined();
  });
});
