// Shared set-up of the native tests: compile the helper once into a temp dir and ask the kernel what it
// offers, so each test can skip WITH the reason (never pass) where the capability is missing.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildHelper, NativeUnavailable } from '../../src/runtime/native/build.js';
import { runProbe, type ProbeResult } from '../../src/runtime/native/probe.js';

export interface NativeEnv {
  helper?: string;
  probe?: ProbeResult;
  /** Why Landlock tests cannot run here (undefined when they can). */
  skipReason?: string;
}

let cached: NativeEnv | undefined;

export function nativeEnv(): NativeEnv {
  if (cached) return cached;
  if (process.platform !== 'linux') return (cached = { skipReason: `not Linux (${process.platform})` });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-native-'));
  try {
    const b = buildHelper({ env: { ...process.env, ASSAY_NATIVE_DIR: dir } });
    const probe = runProbe(b.path);
    const ll = probe.landlock;
    const skipReason = ll.status === 'available' ? undefined : `Landlock ${ll.status} (${ll.errno ?? 'no ABI'}) on this kernel`;
    return (cached = { helper: b.path, probe, ...(skipReason ? { skipReason } : {}) });
  } catch (e) {
    if (e instanceof NativeUnavailable) return (cached = { skipReason: `native helper unavailable: ${e.message}` });
    throw e;
  }
}

/** Print why a test group is skipped (vitest shows "skipped" but not why). */
export function noteSkip(what: string, reason: string | undefined): void {
  if (reason) console.warn(`[skip] ${what}: ${reason}`);
}

export function tmp(prefix = 'assay-'): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
}
