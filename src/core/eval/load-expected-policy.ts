// `expected` kinds backed by the policy engine: args_valid (policy file, inline structured
// policy or schema map) and sequence_valid (policy file, names, rules). Loaded and compiled at load.
import { parseYamlSource, type KeyPath } from '../util/yaml-source.js';
import { JSON_SCHEMA_KEYWORDS, schemaAssertsNothing } from './json-schema.js';
import { isObj, pathText, typeName, type LoadContext, type Obj } from './load-context.js';
import { mapInline, mapInner, readNamedFile, subSource, type TestScope } from './load-files.js';
import {
  policyFromFile,
  policyFromObject,
  sequenceChecker,
  sequenceCheckerOf,
  type BridgeResult,
  type LoadedPolicy,
  type SequenceChecker,
} from './policy-bridge.js';
import type { ExpectedSpec } from './types.js';

type Scope = TestScope;

/** keys that make an inline `args_valid.schema` a structured policy rather than a schema map. */
const POLICY_ROOT_KEYS = new Set([
  'enforcement', 'constraints', 'limits', 'tool_pins', 'sequences', 'aliases', 'on_error', 'metadata', 'tool_classes',
  'signatures', 'discovery', 'runtime_monitor', 'kill_switch',
]);

/** A policy file loads once per config; its warnings are reported once. */
function loadPolicyOnce(ctx: LoadContext, abs: string, display: string): BridgeResult<LoadedPolicy> {
  const key = `policy\u0000${abs}`;
  const hit = ctx.memo.get(key) as BridgeResult<LoadedPolicy> | undefined;
  if (hit) return { ...hit, diagnostics: hit.diagnostics.filter((d) => d.severity === 'error') };
  const r = policyFromFile(abs, display, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
  ctx.memo.set(key, r);
  return r;
}

function isStructuredPolicy(root: Obj): boolean {
  const keys = Object.keys(root);
  if (typeof root.version === 'string' || typeof root.version === 'number' || typeof root.name === 'string') return true;
  if (Array.isArray(root.allow) || Array.isArray(root.deny)) return true;
  if (isObj(root.tools)) return true;
  if ('schemas' in root && keys.length > 1) return true;
  return keys.some((k) => POLICY_ROOT_KEYS.has(k));
}

export function parseArgsValid(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const hasPolicy = 'policy' in b && b.policy !== null;
  const hasSchema = 'schema' in b && b.schema !== null;
  if (hasPolicy === hasSchema) {
    ctx.error(P, `${scope.prefix}args_valid needs exactly one of policy or schema`);
    return undefined;
  }
  if (hasPolicy) {
    const at = [...P, 'policy'];
    const ref = ctx.string(b.policy, at, { nonEmpty: true });
    if (ref === undefined) return undefined;
    const file = readNamedFile(ctx, scope, at, ref, 'policy');
    if (!file) return undefined;
    const head = `${scope.prefix}policy "${ref}"`;
    const r = loadPolicyOnce(ctx, file.resolved.abs, file.resolved.display);
    mapInner(ctx, at, head, r.diagnostics);
    if (!r.ok) return undefined;
    if (r.value.assertsNothing) {
      ctx.error(at, `${head}: policy asserts nothing`);
      return undefined;
    }
    scope.policyFiles.push({ display: file.resolved.display, abs: file.resolved.abs });
    return { kind: 'args_valid', policy: r.value.policy, policyFile: file.resolved.display };
  }
  const at = [...P, 'schema'];
  const root = ctx.mapping(b.schema, at);
  if (!root) return undefined;
  const keys = Object.keys(root);
  if (keys.length === 1 && keys[0] === 'schemas') {
    ctx.error(at, `${scope.prefix}args_valid schema holding only "schemas" is ambiguous (add version: "2.0" for a policy)`);
    return undefined;
  }
  const head = `${scope.prefix}args_valid schema`;
  if (isStructuredPolicy(root)) {
    const source = subSource(ctx.src, root, (p) => [...at, ...p]);
    const r = policyFromObject(root, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
    mapInline(ctx, at, head, r.diagnostics);
    if (!r.ok) return undefined;
    if (r.value.assertsNothing) {
      ctx.error(at, `${head} asserts nothing`);
      return undefined;
    }
    return { kind: 'args_valid', policy: r.value.policy };
  }
  // A schema map {tool: JSON Schema}: tools absent from the map are not checked.
  let ok = true;
  for (const [tool, schema] of Object.entries(root)) {
    if (JSON_SCHEMA_KEYWORDS.has(tool)) {
      ctx.error([...at, tool], `${scope.prefix}"${tool}" is a JSON Schema keyword, not a tool name (args_valid schema maps tool names to schemas)`, { atKey: true });
      ok = false;
    } else if (!isObj(schema)) {
      ctx.error([...at, tool], `${pathText([...at, tool])}: expected a JSON Schema mapping, found ${typeName(schema)}`);
      ok = false;
    }
  }
  if (!ok) return undefined;
  if (keys.length === 0 || Object.values(root).every((s) => schemaAssertsNothing(s))) {
    ctx.error(at, `${head} asserts nothing`);
    return undefined;
  }
  const value = { version: '2.0', schemas: root, enforcement: { unconstrained_tools: 'allow' } };
  const source = subSource(ctx.src, value, (p) => (p[0] === 'schemas' ? [...at, ...p.slice(1)] : at));
  const r = policyFromObject(value, ctx.file, source, { denyDeprecations: ctx.opts.denyDeprecations, lenient: ctx.opts.lenient === true });
  mapInline(ctx, at, head, r.diagnostics);
  if (!r.ok) return undefined;
  return { kind: 'args_valid', policy: r.value.policy };
}

function sameSelector(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** `before` with first == then can never be violated meaningfully. */
function checkIneffectiveRules(ctx: LoadContext, rules: unknown[], at: KeyPath, scope: Scope): boolean {
  let ok = true;
  rules.forEach((r, i) => {
    if (isObj(r) && r.type === 'before' && r.first !== undefined && sameSelector(r.first, r.then)) {
      ctx.error([...at, i], `${scope.prefix}expected block is ineffective (before rule with first == then)`);
      ok = false;
    }
  });
  return ok;
}

export function parseSequenceValid(ctx: LoadContext, b: Obj, P: KeyPath, scope: Scope): ExpectedSpec | undefined {
  const has = (k: string) => k in b && b[k] !== null && b[k] !== undefined;
  if (!has('policy') && !has('sequence') && !has('rules')) {
    if ('sequence' in b) ctx.error([...P, 'sequence'], `${pathText([...P, 'sequence'])}: expected a list of strings`);
    else ctx.error(P, `${scope.prefix}sequence_valid needs policy, sequence or rules`);
    return undefined;
  }
  const head = scope.prefix.replace(/: $/, '');
  let ok = true;
  let sequence: string[] | undefined;
  if (has('sequence')) {
    sequence = ctx.stringList(b.sequence, [...P, 'sequence']);
    if (!sequence) ok = false;
  }
  const rulesAt: KeyPath = [...P, 'rules'];
  let inlineRules: unknown[] | undefined;
  if (has('rules')) {
    if (!Array.isArray(b.rules)) {
      ctx.error(rulesAt, `${pathText(rulesAt)}: expected a list of rules`);
      ok = false;
    } else {
      inlineRules = b.rules;
      if (!checkIneffectiveRules(ctx, inlineRules, rulesAt, scope)) ok = false;
    }
  }

  // The policy file: a policy mapping (its sequences and aliases), a list of names, or a list of rules.
  let fileChecker: SequenceChecker | undefined;
  let fileRuleCount = 0;
  let aliases: ReadonlyMap<string, readonly string[]> | undefined;
  let policyFile: string | undefined;
  const policyAt: KeyPath = [...P, 'policy'];
  const ref = has('policy') ? ctx.string(b.policy, policyAt, { nonEmpty: true }) : undefined;
  if (has('policy') && ref === undefined) ok = false;
  if (ref !== undefined) {
    const file = readNamedFile(ctx, scope, policyAt, ref, 'policy');
    const fileHead = `${scope.prefix}policy "${ref}"`;
    const parsed = file ? parseYamlSource(file.text, file.resolved.display, 'E_POLICY_PARSE') : undefined;
    if (!file || !parsed) ok = false;
    else if (!parsed.source) {
      mapInner(ctx, policyAt, fileHead, parsed.errors);
      ok = false;
    } else {
      policyFile = file.resolved.display;
      const root = parsed.source.value;
      if (Array.isArray(root) && root.every((x) => typeof x === 'string')) {
        if (sequence === undefined) sequence = root as string[];
      } else if (Array.isArray(root)) {
        if (!inlineRules) {
          const r = sequenceChecker(root, undefined, file.resolved.display, parsed.source, [], 'E_POLICY_PARSE', ctx.opts.lenient === true);
          mapInner(ctx, policyAt, fileHead, r.diagnostics);
          if (r.ok) {
            fileChecker = r.value;
            fileRuleCount = root.length;
          } else ok = false;
        }
      } else if (isObj(root)) {
        const r = loadPolicyOnce(ctx, file.resolved.abs, file.resolved.display);
        mapInner(ctx, policyAt, fileHead, r.diagnostics);
        if (!r.ok) ok = false;
        else {
          scope.policyFiles.push({ display: file.resolved.display, abs: file.resolved.abs });
          aliases = r.value.aliases;
          if (!inlineRules && r.value.sequences.length > 0) {
            fileChecker = sequenceCheckerOf(r.value.sequences);
            fileRuleCount = r.value.sequences.length;
          }
        }
      } else {
        ctx.error(policyAt, `${fileHead}: expected a policy mapping, a list of tool names or a list of rules`);
        ok = false;
      }
    }
  }
  if (!ok) return undefined;

  // Inline values win over file values.
  let checker: SequenceChecker | undefined = fileChecker;
  if (inlineRules && inlineRules.length > 0) {
    const r = sequenceChecker(inlineRules, aliases, ctx.file, ctx.src, rulesAt, 'E_CFG_PARSE', ctx.opts.lenient === true);
    mapInline(ctx, rulesAt, head, r.diagnostics);
    if (!r.ok) return undefined;
    checker = r.value;
  } else if (inlineRules) checker = undefined;
  if (sequence === undefined && !checker) {
    const why = inlineRules ? 'rules is empty' : fileRuleCount === 0 && ref !== undefined ? `policy "${ref}" has no sequences` : 'no rules';
    ctx.error(inlineRules ? rulesAt : ref !== undefined ? policyAt : P, `${scope.prefix}expected block checks nothing (${why})`);
    return undefined;
  }
  return {
    kind: 'sequence_valid',
    ...(sequence !== undefined ? { sequence } : {}),
    ...(checker ? { rules: checker } : {}),
    ...(policyFile !== undefined ? { policyFile } : {}),
  };
}
