// The one policy loader: v2, the README short form and legacy v1 → one model.
// Every error is collected (with file:line:col) before one ConfigError E_POLICY_PARSE is thrown.
import * as fs from 'node:fs';
import { AssayError, ConfigError, type Diagnostic } from '../errors.js';
import { readTextStrict } from '../util/read-text.js';
import { parseYamlSource, type KeyPath, type YamlSource } from '../util/yaml-source.js';
import { createPolicy, type PolicyData } from './engine.js';
import { LoadContext, has, isPlainObject, sortByPosition } from './load-context.js';
import {
  parseDiscovery,
  parseEnforcement,
  parseKillSwitch,
  parseLimits,
  parseOnError,
  parseRuntimeMonitor,
  parseSignatures,
  parseToolPins,
} from './load-runtime.js';
import { parseSchemas } from './load-schemas.js';
import { parseAliases, parseSequenceList } from './load-sequences.js';
import { RUNTIME_ONLY_TOOLS_KEYS, parseToolClasses, parseToolRules } from './load-tools.js';
import { isUniversalPattern } from './tool-pattern.js';
import type { Policy } from './types.js';

export interface PolicyLoadOptions {
  /** Legacy v1 forms are errors (`--deny-deprecations`, ASSAY_STRICT_DEPRECATIONS=1). */
  denyDeprecations?: boolean;
  /**
   * `--lenient`: unknown keys (any level) are W_POLICY_UNKNOWN_KEY warnings instead of errors. Without
   * it a typo such as `denny:` is exit 2, because it would silently remove a rule.
   */
  lenient?: boolean;
}

export interface PolicyLoadResult {
  policy: Policy;
  /** Warnings (W_POLICY_*), in file order. */
  diagnostics: Diagnostic[];
}

export const POLICY_MAX_BYTES = 1024 * 1024;

export const ROOT_KEYS = [
  'version',
  'name',
  'metadata',
  'tools',
  'tool_classes',
  'schemas',
  'enforcement',
  'limits',
  'tool_pins',
  'sequences',
  'aliases',
  'on_error',
  'signatures',
  'discovery',
  'runtime_monitor',
  'kill_switch',
  'allow',
  'deny',
  'constraints',
] as const;

const RUNTIME_ONLY_ROOT_KEYS = ['signatures', 'discovery', 'runtime_monitor', 'kill_switch'];

/** Keys that make a YAML/JSON document a policy; `tests`/`suite` make it an eval config. */
const POLICY_MARKERS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];

export function isPolicyDocument(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  if (has(value, 'tests') || has(value, 'suite')) return false;
  return POLICY_MARKERS.some((k) => has(value, k));
}

/** Parse policy text (YAML or JSON). Throws ConfigError E_POLICY_PARSE with every error. */
export function parsePolicy(text: string, file: string, opts: PolicyLoadOptions = {}): PolicyLoadResult {
  const parsed = parseYamlSource(text, file, 'E_POLICY_PARSE');
  if (parsed.errors.length > 0 || !parsed.source) {
    throw loadError(file, parsed.errors.map((d) => ({ ...d, source: 'policy' as const })));
  }
  return policyFromValue(parsed.source.value, file, parsed.source, opts);
}

/** Read and parse a policy file. `displayPath` is the path as the user gave it (used in messages). */
export function loadPolicyFile(path: string, displayPath: string = path, opts: PolicyLoadOptions = {}): PolicyLoadResult {
  let text: string;
  try {
    const st = fs.statSync(path);
    if (!st.isFile() || st.size > POLICY_MAX_BYTES) {
      throw loadError(displayPath, [wholeFile(displayPath, 'policy must be a regular file of at most 1 MiB')]);
    }
    text = readTextStrict(path, displayPath, 'E_POLICY_PARSE', { source: 'policy', nextStepValues: { 'policy.yaml': displayPath } });
  } catch (e) {
    if (e instanceof AssayError) throw e;
    throw loadError(displayPath, [wholeFile(displayPath, `cannot read policy file: ${(e as Error).message}`)]);
  }
  return parsePolicy(text, displayPath, opts);
}

/**
 * Load a policy from an already-parsed value, e.g. an inline policy inside eval.yaml. With
 * `source`, positions are looked up at `basePath` inside it.
 */
export function policyFromValue(
  value: unknown,
  file: string,
  source?: YamlSource,
  opts: PolicyLoadOptions & { basePath?: KeyPath } = {},
): PolicyLoadResult {
  const ctx = new LoadContext(file, source, opts.basePath ?? [], 'E_POLICY_PARSE', opts.lenient === true);
  const data = buildPolicyData(ctx, value, opts);
  const errors = ctx.diagnostics.filter((d) => d.severity === 'error');
  const warnings = sortByPosition(ctx.diagnostics.filter((d) => d.severity !== 'error'));
  if (errors.length > 0 || !data) throw loadError(file, [...sortByPosition(errors), ...warnings]);
  return { policy: createPolicy(data), diagnostics: warnings };
}

function wholeFile(file: string, message: string): Diagnostic {
  return { code: 'E_POLICY_PARSE', severity: 'error', message, source: 'policy', file };
}

function loadError(file: string, diagnostics: Diagnostic[]): ConfigError {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  return new ConfigError('E_POLICY_PARSE', first?.message ?? 'invalid policy', {
    source: 'policy',
    context: { file: first?.file ?? file, line: first?.line, col: first?.col },
    nextStepValues: { 'policy.yaml': file },
    diagnostics,
  });
}

function normaliseVersion(ctx: LoadContext, root: Record<string, unknown>): { version: string; declared: string | null; legacy: boolean } {
  if (!has(root, 'version') || root.version === null) return { version: '2.0', declared: null, legacy: false };
  const v = root.version;
  if (typeof v !== 'string' && typeof v !== 'number') {
    ctx.error(['version'], 'version must be a string');
    return { version: '2.0', declared: null, legacy: false };
  }
  const declared = String(v);
  if (declared === '1' || declared === '1.0') return { version: '2.0', declared, legacy: true };
  if (declared === '2' || declared === '2.0') return { version: '2.0', declared, legacy: false };
  ctx.warn('W_POLICY_VERSION', ['version'], `unsupported policy version ${JSON.stringify(declared)}; loaded as "2.0"`);
  return { version: '2.0', declared, legacy: false };
}

function buildPolicyData(ctx: LoadContext, value: unknown, opts: PolicyLoadOptions): PolicyData | null {
  if (!isPlainObject(value)) {
    ctx.error([], value === undefined || value === null ? 'policy is empty (expected a mapping)' : 'policy root must be a mapping');
    return null;
  }
  const root = value;
  ctx.checkKeys([], root, ROOT_KEYS);
  const version = normaliseVersion(ctx, root);
  let name: string | null = null;
  if (has(root, 'name') && root.name !== null) {
    if (typeof root.name !== 'string') ctx.error(['name'], 'name must be a string');
    else name = root.name;
  }

  const tools = isPlainObject(root.tools) ? root.tools : undefined;
  const legacy = version.legacy || (tools !== undefined && (has(tools, 'arg_constraints') || has(tools, 'require_args')));
  const short = has(root, 'allow') || has(root, 'deny') || has(root, 'constraints');
  if (legacy) {
    if (opts.denyDeprecations) ctx.error([], 'legacy policy form is not allowed (--deny-deprecations)');
    else {
      ctx.warn(
        'W_POLICY_LEGACY',
        [],
        `legacy v1 policy form (version 1.0, tools.arg_constraints or tools.require_args); run "assay migrate --policy ${ctx.file}"`,
      );
    }
  }

  const toolRules = parseToolRules(ctx, root);
  const toolClasses = parseToolClasses(ctx, root.tool_classes);
  const { schemas, sharedDefs } = parseSchemas(ctx, root);
  const enforcement = parseEnforcement(ctx, root);
  const limits = parseLimits(ctx, root);
  const toolPins = parseToolPins(ctx, root);
  const aliases = parseAliases(ctx, ['aliases'], root.aliases);
  const sequences = parseSequenceList(ctx, ['sequences'], root.sequences, aliases);
  const onError = parseOnError(ctx, root);
  const signatures = parseSignatures(ctx, root);
  const discovery = parseDiscovery(ctx, root);
  const monitor = parseRuntimeMonitor(ctx, root);
  const killSwitch = parseKillSwitch(ctx, root, monitor.ruleIds);

  // Warnings validate shows.
  const emptyList = (v: unknown) => v === undefined || v === null || (Array.isArray(v) && v.length === 0);
  if (
    toolRules.allow !== null &&
    toolRules.allow.entries.length === 0 &&
    toolRules.allowClasses === null &&
    emptyList(tools?.allow) &&
    emptyList(root.allow)
  ) {
    const where: KeyPath = tools && has(tools, 'allow') ? ['tools', 'allow'] : ['allow'];
    ctx.warn('W_POLICY_EMPTY_ALLOW', where, 'the allow list is empty: every tool is denied');
  }
  if (tools) {
    for (const k of RUNTIME_ONLY_TOOLS_KEYS) {
      if (has(tools, k)) ctx.warn('W_POLICY_RUNTIME_ONLY', ['tools', k], runtimeOnly(`tools.${k}`), { key: true });
    }
  }
  for (const k of RUNTIME_ONLY_ROOT_KEYS) {
    if (has(root, k) && root[k] !== null) ctx.warn('W_POLICY_RUNTIME_ONLY', [k], runtimeOnly(k), { key: true });
  }

  return {
    file: ctx.file,
    name,
    version: version.version,
    declaredVersion: version.declared,
    metadata: root.metadata,
    spelling: { short, legacy },
    tools: toolRules,
    toolClasses,
    schemas,
    sharedDefs,
    enforcement,
    limits,
    toolPins,
    sequences,
    aliases,
    onError,
    signatures,
    discovery,
    runtimeMonitor: monitor.value,
    killSwitch,
  };
}

function runtimeOnly(key: string): string {
  return `${key} is enforced only at runtime (mcp wrap, mcp-server); replay loads and validates it but does not act on it`;
}

/**
 * A policy used as a gate that asserts nothing: no deny, no non-universal allow, no
 * schema, no unconstrained deny, no sequence, no limit (and no pin).
 */
export function policyAssertsNothing(policy: Policy): boolean {
  const t = policy.tools;
  if (t.deny.entries.length > 0 || t.denyClasses.entries.length > 0) return false;
  const allowOpen = t.allow !== null && t.allow.entries.some((e) => isUniversalPattern(e.pattern));
  if ((t.allow !== null || t.allowClasses !== null) && !allowOpen) return false;
  if (policy.schemas.size > 0) return false;
  if (policy.enforcement.unconstrainedTools === 'deny') return false;
  if (policy.sequences.length > 0) return false;
  if (policy.limits && (policy.limits.maxRequestsTotal !== null || policy.limits.maxToolCallsTotal !== null)) return false;
  if (policy.toolPins.size > 0) return false;
  return true;
}
