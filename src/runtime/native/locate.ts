// Which helper binary to run: --native-helper › ASSAY_NATIVE_HELPER › the per-user cache (compiled on
// first use) › unavailable. An explicitly named helper must exist and speak protocol 1.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildHelper, cachedHelperPath, NativeUnavailable } from './build.js';

export const NATIVE_PROTOCOL = 1;

export type HelperOrigin = 'flag' | 'env' | 'cache' | 'built';

export type HelperLocation =
  | { ok: true; path: string; origin: HelperOrigin }
  | { ok: false; detail: NativeUnavailable['detail'] | 'protocol_mismatch'; message: string; install?: string };

/** Find (or build, unless `build: false`) the helper. Never throws; the caller decides whether unavailability is fatal. */
export function locateHelper(opts: { explicit?: string; env?: NodeJS.ProcessEnv; build?: boolean } = {}): HelperLocation {
  const env = opts.env ?? process.env;
  const named = opts.explicit ?? (env.ASSAY_NATIVE_HELPER || undefined);
  if (named !== undefined) {
    const p = path.resolve(named);
    const origin: HelperOrigin = opts.explicit !== undefined ? 'flag' : 'env';
    if (!fs.existsSync(p)) return { ok: false, detail: 'helper_missing', message: `native helper not found: ${named}` };
    const proto = helperProtocol(p);
    if (proto !== NATIVE_PROTOCOL) {
      return { ok: false, detail: 'protocol_mismatch', message: `native helper ${named} does not speak protocol ${NATIVE_PROTOCOL}` };
    }
    return { ok: true, path: p, origin };
  }
  if (opts.build === false) {
    const c = cachedHelperPath(env);
    if (c && fs.existsSync(c.path)) return { ok: true, path: c.path, origin: 'cache' };
    return { ok: false, detail: 'helper_missing', message: 'the native helper is not built yet (npm run build:native, or any sandbox run builds it)' };
  }
  try {
    const b = buildHelper({ env });
    return { ok: true, path: b.path, origin: b.compiled ? 'built' : 'cache' };
  } catch (e) {
    if (e instanceof NativeUnavailable) return { ok: false, detail: e.detail, message: e.message, ...(e.install ? { install: e.install } : {}) };
    throw e;
  }
}

/** The protocol number from `<helper> version` (`assay-native 1 <hash>`), or undefined. */
export function helperProtocol(helper: string): number | undefined {
  const r = spawnSync(helper, ['version'], { encoding: 'utf8', timeout: 10_000 });
  const m = /^assay-native (\d+) /.exec(r.stdout ?? '');
  return m ? Number(m[1]) : undefined;
}
