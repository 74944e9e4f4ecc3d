// `assay migrate`: legacy policies and eval configs to the current form. This module plans
// the rewrite (text in, text out, verified); the CLI previews, backs up and writes.
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../errors.js';
import { readConfigFile } from '../gate/config-kind.js';
import { POLICY_MAX_BYTES } from '../policy/index.js';
import { migrateConfigText } from './config.js';
import { migratePolicyText, type Migration } from './policy.js';
import { readTextStrict } from '../util/read-text.js';

export { migratePolicyText, type Migration } from './policy.js';
export { migrateConfigText, type ConfigMigrateOptions } from './config.js';
export { policyEquivalence, decisionMismatches } from './equivalence.js';
export { unifiedDiff, type DiffOptions } from './diff.js';

export interface MigrateFileOptions {
  toV2?: boolean;
  /** `--lenient`: unknown keys are warnings (kept in the output) instead of errors. */
  lenient?: boolean;
  /** Working directory (fallback for `$ref` paths). */
  cwd?: string;
}

/** `--config F`: an eval config or a policy, told apart by content. */
export function migrateConfigFile(path: string, display: string, o: MigrateFileOptions = {}): Migration {
  const cf = readConfigFile(path, display);
  if (cf.kind === 'policy') return migratePolicyText(cf.text, display, { toV2: o.toV2 === true, lenient: o.lenient === true });
  return migrateConfigText(cf.text, display, { baseDir: dirname(path), ...(o.cwd !== undefined ? { cwd: o.cwd } : {}), ...(o.lenient ? { lenient: true } : {}) });
}

/** `--policy P`. A missing or unreadable file → E_POLICY_PARSE. */
export function migratePolicyFile(path: string, display: string, o: MigrateFileOptions = {}): Migration {
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > POLICY_MAX_BYTES) throw new Error('policy must be a regular file of at most 1 MiB');
    text = readTextStrict(path, display, 'E_POLICY_PARSE', { source: 'policy', nextStepValues: { 'policy.yaml': display } });
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    const message = `cannot read policy file: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file or directory' : (e as Error).message}`;
    throw new ConfigError('E_POLICY_PARSE', `${display}: ${message}`, {
      source: 'policy',
      context: { file: display },
      nextStepValues: { 'policy.yaml': display },
      diagnostics: [{ code: 'E_POLICY_PARSE', severity: 'error', message, file: display, source: 'policy' }],
    });
  }
  return migratePolicyText(text, display, { toV2: o.toV2 === true, lenient: o.lenient === true });
}
