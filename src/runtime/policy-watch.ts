// Policy reload for the runtime proxies (`mcp wrap`, `mcp proxy`): watch the policy file, and load a changed
// one without ever dropping the policy in force. One implementation, so both proxies reload the same way.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AssayError } from '../core/errors.js';
import { loadRuntimePolicy, type LoadedPolicy } from './policy-load.js';

export interface PolicyWatch {
  close(): void;
}

/** Call `onChange` (debounced 50 ms) when the policy file changes; problems are logged, never thrown. */
export function watchPolicyFile(policyPath: string, onChange: () => void, log: (line: string) => void): PolicyWatch {
  const base = path.basename(policyPath);
  let timer: NodeJS.Timeout | undefined;
  let watcher: fs.FSWatcher | undefined;
  try {
    watcher = fs.watch(path.dirname(policyPath), (_ev, name) => {
      if (name !== null && name !== base) return;
      if (timer) clearTimeout(timer);
      timer = setTimeout(onChange, 50);
    });
    watcher.on('error', () => log('WARNING: policy watch stopped; the current policy stays in force'));
  } catch {
    log('WARNING: cannot watch the policy file; it will not be reloaded');
  }
  return {
    close(): void {
      if (timer) clearTimeout(timer);
      watcher?.close();
    },
  };
}

/**
 * Load the policy again. Returns the new policy when it loads and differs from `current`; undefined when it
 * is unchanged or invalid (an invalid edit is logged and the current policy stays in force).
 */
export function reloadPolicy(
  opts: { policyPath: string; policyDisplay: string; denyDeprecations?: boolean; lenient?: boolean },
  current: LoadedPolicy,
  log: (line: string) => void,
): LoadedPolicy | undefined {
  let next: LoadedPolicy;
  try {
    next = loadRuntimePolicy(opts.policyPath, opts.policyDisplay, { denyDeprecations: opts.denyDeprecations === true, lenient: opts.lenient === true });
  } catch (e) {
    const why = e instanceof AssayError ? `${e.reasonCode}: ${e.message}` : 'unexpected error';
    log(`WARNING: policy reload failed; keeping the current policy (${current.digest}): ${why}`);
    return undefined;
  }
  return next.digest === current.digest ? undefined : next;
}
