// Options of `assay mcp wrap` as the runtime sees them (already validated by the CLI).
import type { EnvFilterOptions } from '../env-filter.js';
import type { DenyStructured } from './responses.js';

export interface WrapOptions {
  /** Absolute path of the policy file, and the path as the user gave it. */
  policyPath: string;
  policyDisplay: string;
  denyDeprecations: boolean;
  /** `--lenient`: unknown policy keys are warnings (at start-up and on every reload). */
  lenient?: boolean;
  dryRun: boolean;
  verbose: boolean;
  /** Server id in tool identities and the default event source. */
  label: string;
  toolsList: 'filter' | 'keep';
  annotateTools: boolean;
  denyStructured: DenyStructured;
  approvals: 'deny' | 'log-only';
  auditLog?: string;
  decisionLog?: string;
  /** CloudEvents source of the decision log. */
  eventSource: string;
  evidenceOut?: string;
  runId?: string;
  /** Name of the env var holding the HMAC key for argument digests (removed from the child's env). */
  argsHmacKeyEnv?: string;
  maxLineBytes: number;
  maxServerLineBytes: number;
  shutdownGraceMs: number;
  /** Env filter for the server; absent: the environment passes unchanged. */
  envFilter?: EnvFilterOptions;
  /** Reload the policy when its file changes (on by default; docs/decisions.md). */
  watchPolicy: boolean;
  command: string;
  args: string[];
}

export const WRAP_DEFAULTS = {
  label: 'default-mcp-server',
  maxLineBytes: 4_194_304,
  maxServerLineBytes: 67_108_864,
  shutdownGraceMs: 5000,
  killAfterTermMs: 2000,
} as const;

/** `--event-source`: an absolute URI in `scheme:` form (urn: allowed), no whitespace. */
export function isEventSource(s: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(s);
}
