// Loading a policy for the runtime adapters: a missing file is E_MISSING_CONFIG (never an
// allow-all fallback), an invalid one E_POLICY_PARSE; the digest identifies the normalized policy.
import * as fs from 'node:fs';
import { ConfigError, type Diagnostic } from '../core/errors.js';
import { jcsSha256Hex } from '../core/jcs.js';
import { loadPolicyFile, toV2Document, type Policy } from '../core/policy/index.js';

export interface LoadedPolicy {
  policy: Policy;
  /** `sha256:` + hex(sha256(JCS(normalized policy))). */
  digest: string;
  /** `version` as written, else `unspecified`. */
  version: string;
  diagnostics: Diagnostic[];
}

export function policyDigest(policy: Policy): string {
  return `sha256:${jcsSha256Hex(toV2Document(policy))}`;
}

export function loadRuntimePolicy(path: string, display: string, opts: { denyDeprecations?: boolean; lenient?: boolean } = {}): LoadedPolicy {
  let exists = false;
  try {
    fs.statSync(path);
    exists = true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT' && (e as NodeJS.ErrnoException).code !== 'ENOTDIR') exists = true;
  }
  if (!exists) {
    throw new ConfigError('E_MISSING_CONFIG', "policy file not found", {
      source: 'policy',
      context: { file: display },
      diagnostics: [{ code: 'E_MISSING_CONFIG', severity: 'error', message: 'policy file not found', file: display, source: 'policy' }],
    });
  }
  const { policy, diagnostics } = loadPolicyFile(path, display, { denyDeprecations: opts.denyDeprecations === true, lenient: opts.lenient === true });
  return { policy, digest: policyDigest(policy), version: policy.declaredVersion ?? 'unspecified', diagnostics };
}
