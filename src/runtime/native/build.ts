// Compile the helper with the system C compiler into a per-user cache keyed by the source hash
// ($ASSAY_NATIVE_DIR, else $XDG_CACHE_HOME/assay/native, else ~/.cache/assay/native). Static linking is
// tried first (faster start, no loader), dynamic second. Never writes into the repository.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { C_FLAGS, findNativeSourceDir, nativeSourceFiles, nativeSourceHash } from './source.js';
import { makeDirs } from '../../core/util/make-dirs.js';

export const HELPER_NAME = 'assay-native';

/** Why the helper cannot be had; `install` names what to install when that is the fix. */
export class NativeUnavailable extends Error {
  constructor(
    readonly detail: 'helper_missing' | 'no_compiler' | 'compile_failed' | 'no_source' | 'not_linux',
    message: string,
    readonly install?: string,
  ) {
    super(message);
    this.name = 'NativeUnavailable';
  }
}

/** What to install for a working `cc` with the Linux uapi headers, by distribution family. */
export const INSTALL_HINT =
  'install a C compiler with the Linux headers: apt-get install gcc libc6-dev linux-libc-dev (Debian/Ubuntu), dnf install gcc glibc-devel kernel-headers (Fedora), apk add build-base linux-headers (Alpine)';

export function nativeCacheRoot(env: NodeJS.ProcessEnv = process.env): string {
  if (env.ASSAY_NATIVE_DIR) return path.resolve(env.ASSAY_NATIVE_DIR);
  const base = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  return path.join(base, 'assay', 'native');
}

export interface HelperBuild {
  path: string;
  hash: string;
  /** False when the cached binary was reused. */
  compiled: boolean;
  linkage?: 'static' | 'dynamic';
}

/** The cached helper path for the current sources (it may not exist yet). */
export function cachedHelperPath(env: NodeJS.ProcessEnv = process.env): { path: string; hash: string; srcDir: string } | undefined {
  const srcDir = findNativeSourceDir();
  if (!srcDir) return undefined;
  const hash = nativeSourceHash(srcDir);
  return { path: path.join(nativeCacheRoot(env), hash, HELPER_NAME), hash, srcDir };
}

function compilerOf(env: NodeJS.ProcessEnv): string {
  return env.ASSAY_NATIVE_CC || 'cc';
}

/** Build (or reuse) the helper. Throws NativeUnavailable with the fix when it cannot be built. */
export function buildHelper(opts: { env?: NodeJS.ProcessEnv; force?: boolean } = {}): HelperBuild {
  const env = opts.env ?? process.env;
  if (process.platform !== 'linux') throw new NativeUnavailable('not_linux', `the native helper needs Linux (this is ${process.platform})`);
  const where = cachedHelperPath(env);
  if (!where) throw new NativeUnavailable('no_source', 'the native helper sources (native/*.c) are not next to this installation');
  if (!opts.force && isExecutable(where.path)) return { path: where.path, hash: where.hash, compiled: false };
  const cc = compilerOf(env);
  const dir = path.dirname(where.path);
  makeDirs(dir, 0o700);
  const sources = nativeSourceFiles(where.srcDir)
    .filter((f) => f.endsWith('.c'))
    .map((f) => path.join(where.srcDir, f));
  // A private temp name, renamed into place: concurrent first uses never run a half-written binary.
  const tmp = path.join(dir, `.${HELPER_NAME}.${process.pid}.${Date.now()}`);
  const base = [...C_FLAGS, `-DASSAY_SOURCE_HASH="${where.hash}"`, '-o', tmp, ...sources];
  let lastErr = '';
  for (const linkage of ['static', 'dynamic'] as const) {
    const args = linkage === 'static' ? ['-static', ...base] : base;
    const r = spawnSync(cc, args, { encoding: 'utf8', env: { ...env, LC_ALL: 'C' } });
    if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new NativeUnavailable('no_compiler', `no C compiler found (${cc}) to build the native helper`, INSTALL_HINT);
    }
    if (r.status === 0) {
      fs.chmodSync(tmp, 0o755);
      fs.renameSync(tmp, where.path);
      return { path: where.path, hash: where.hash, compiled: true, linkage };
    }
    lastErr = `${r.stderr ?? ''}`.trim();
  }
  fs.rmSync(tmp, { force: true });
  const first = lastErr.split('\n').find((l) => /error/.test(l)) ?? lastErr.split('\n')[0] ?? '';
  throw new NativeUnavailable('compile_failed', `the native helper did not compile: ${first.slice(0, 300)}`, INSTALL_HINT);
}

function isExecutable(p: string): boolean {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
