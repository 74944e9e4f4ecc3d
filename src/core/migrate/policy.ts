// `assay migrate` for policies: legacy v1 → minimal v2 through the one loader and
// toV2Document; the documented short form is left alone unless --to-v2. The result is re-loaded and
// must decide every call exactly as the original (equivalence.ts), else nothing is written.
import { InfraError, type Diagnostic } from '../errors.js';
import { emitYaml } from '../generate/yaml-emit.js';
import { parsePolicy, ROOT_KEYS, toV2Document, type Policy } from '../policy/index.js';
import { parseYamlSource } from '../util/yaml-source.js';
import { policyEquivalence } from './equivalence.js';

export interface Migration {
  kind: 'policy' | 'config';
  display: string;
  /** Something would change. */
  changed: boolean;
  original: string;
  /** The migrated text (equals `original` when nothing changes). */
  migrated: string;
  /** What was rewritten, one line each. */
  constructs: string[];
  /** Load warnings of the original and other remarks (e.g. legacy policies a config references). */
  notes: Diagnostic[];
}

const HEADER = ['Migrated to policy v2 by `assay migrate`; comments of the original were not carried over.'];

function legacyConstructs(raw: Record<string, unknown>, policy: Policy, toV2: boolean): string[] {
  const out: string[] = [];
  const v = raw.version;
  if (v === 1 || v === '1' || v === '1.0' || v === 1.0) out.push(`version ${JSON.stringify(v)} → "2.0"`);
  const tools = raw.tools;
  if (tools && typeof tools === 'object' && !Array.isArray(tools)) {
    if ('arg_constraints' in tools) out.push('tools.arg_constraints → schemas');
    if ('require_args' in tools) out.push('tools.require_args → schemas.<tool>.required');
  }
  if (policy.spelling.legacy || toV2) {
    if ('allow' in raw) out.push('allow → tools.allow');
    if ('deny' in raw) out.push('deny → tools.deny');
    if ('constraints' in raw) out.push('constraints → schemas');
  }
  return out;
}

/** Migrate policy text. Throws ConfigError E_POLICY_PARSE when the original does not load. */
export function migratePolicyText(text: string, display: string, opts: { toV2?: boolean; lenient?: boolean } = {}): Migration {
  // Unknown keys refuse the migration unless lenient: then they are warnings and are carried over.
  const lenient = opts.lenient === true;
  const loaded = parsePolicy(text, display, { lenient });
  const policy = loaded.policy;
  const needs = policy.spelling.legacy || (opts.toV2 === true && policy.spelling.short);
  if (!needs) return { kind: 'policy', display, changed: false, original: text, migrated: text, constructs: [], notes: loaded.diagnostics };
  const raw = (parseYamlSource(text, display, 'E_POLICY_PARSE').source?.value ?? {}) as Record<string, unknown>;
  const doc = toV2Document(policy);
  // Unknown root keys had no effect; they are kept (after the known ones) rather than silently lost.
  for (const [k, v] of Object.entries(raw)) if (!(ROOT_KEYS as readonly string[]).includes(k)) doc[k] = v;
  const migrated = emitYaml(doc, { header: HEADER });
  let reloaded: Policy;
  try {
    reloaded = parsePolicy(migrated, display, { lenient }).policy;
  } catch (e) {
    throw new InfraError('E_INTERNAL', `${display}: the migrated policy does not load: ${(e as Error).message}`, { source: 'policy', context: { file: display } });
  }
  const diff = policyEquivalence(policy, reloaded);
  if (diff.length) {
    throw new InfraError('E_INTERNAL', `${display}: the migrated policy would decide differently (${diff[0]}); nothing was written`, { source: 'policy', context: { file: display } });
  }
  return { kind: 'policy', display, changed: true, original: text, migrated, constructs: legacyConstructs(raw, policy, opts.toV2 === true), notes: loaded.diagnostics };
}
