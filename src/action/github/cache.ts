// The Actions cache behind the CacheClient interface of baseline.ts, through the toolkit's cache client
// (imported lazily: only runs that restore or save a baseline pay for it).
import { Env } from '../constants.js';
import type { CacheClient } from '../baseline.js';

export function toolkitCache(env: NodeJS.ProcessEnv): CacheClient {
  return {
    async available() {
      if (!env[Env.RuntimeToken]) return false;
      const cache = await import('@actions/cache');
      return cache.isFeatureAvailable();
    },
    async restore(paths, primaryKey, restoreKeys) {
      const cache = await import('@actions/cache');
      return cache.restoreCache(paths, primaryKey, restoreKeys);
    },
    async save(paths, key) {
      const cache = await import('@actions/cache');
      await cache.saveCache(paths, key);
    },
  };
}
