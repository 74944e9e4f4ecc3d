// `tools` (v2), root `allow`/`deny` (short form), `tool_classes`: names, classes, obligations.
import type { KeyPath } from '../util/yaml-source.js';
import { LoadContext, has, isPlainObject, renderPath } from './load-context.js';
import { literalStarMessage } from './load-sequences.js';
import { compileToolPattern } from './tool-pattern.js';
import type { ClassList, PatternEntry, PatternList, ToolRules } from './types.js';

export const TOOLS_KEYS = [
  'allow',
  'deny',
  'allow_classes',
  'deny_classes',
  'approval_required',
  'approval_required_classes',
  'restrict_scope',
  'restrict_scope_classes',
  'restrict_scope_contract',
  'redact_args',
  'redact_args_classes',
  'redact_args_contract',
  'arg_constraints',
  'require_args',
] as const;

/** Keys under `tools` that only the proxy acts on (W_POLICY_RUNTIME_ONLY). */
export const RUNTIME_ONLY_TOOLS_KEYS = [
  'approval_required',
  'approval_required_classes',
  'restrict_scope',
  'restrict_scope_classes',
  'restrict_scope_contract',
  'redact_args',
  'redact_args_classes',
  'redact_args_contract',
];

/** A list of strings at `path`; null (YAML `key:` with no value) counts as an empty list. */
function stringList(ctx: LoadContext, path: KeyPath, value: unknown): string[] | null {
  if (value === null) return [];
  if (!Array.isArray(value)) {
    ctx.error(path, `${renderPath(path)} must be a list of strings`);
    return null;
  }
  let ok = true;
  value.forEach((v, i) => {
    if (typeof v !== 'string') {
      ctx.error([...path, i], `${renderPath(path)} must be a list of strings`);
      ok = false;
    }
  });
  return ok ? (value as string[]) : null;
}

function patternEntries(ctx: LoadContext, path: KeyPath, items: string[], offset: number): PatternEntry[] {
  return items.map((pattern, i) => {
    const matcher = compileToolPattern(pattern);
    if (matcher.literalStar) ctx.warn('W_POLICY_LITERAL_STAR', [...path, i], literalStarMessage(pattern, renderPath([...path, i])));
    const e: PatternEntry = { pattern, index: offset + i, matcher };
    const ref = ctx.ref([...path, i]);
    if (ref) e.ref = ref;
    return e;
  });
}

function patternList(ctx: LoadContext, path: KeyPath, value: unknown): PatternList | null {
  const items = stringList(ctx, path, value);
  if (items === null) return null;
  const l: PatternList = { entries: patternEntries(ctx, path, items, 0) };
  const ref = ctx.ref(path, true);
  if (ref) l.ref = ref;
  return l;
}

function classList(ctx: LoadContext, path: KeyPath, value: unknown): ClassList | null {
  const items = stringList(ctx, path, value);
  if (items === null) return null;
  const l: ClassList = {
    entries: items.map((cls, i) => {
      const ref = ctx.ref([...path, i]);
      return ref ? { cls, index: i, ref } : { cls, index: i };
    }),
  };
  const ref = ctx.ref(path, true);
  if (ref) l.ref = ref;
  return l;
}

function contract(ctx: LoadContext, path: KeyPath, value: unknown, keys: string[]): Record<string, string> | null {
  if (value === undefined || value === null) return null;
  if (!isPlainObject(value)) {
    ctx.error(path, `${renderPath(path)} must be a mapping {${keys.join(', ')}}`);
    return null;
  }
  ctx.checkKeys(path, value, keys);
  const out: Record<string, string> = {};
  for (const k of keys) {
    const v = value[k];
    if (typeof v !== 'string') ctx.error(has(value, k) ? [...path, k] : path, `${renderPath([...path, k])} must be a string`);
    else out[k] = v;
  }
  return Object.keys(out).length === keys.length ? out : null;
}

const emptyPatterns = (): PatternList => ({ entries: [] });
const emptyClasses = (): ClassList => ({ entries: [] });

/** `tools` plus root `allow`/`deny` appended. */
export function parseToolRules(ctx: LoadContext, root: Record<string, unknown>): ToolRules {
  const rules: ToolRules = {
    allow: null,
    deny: emptyPatterns(),
    allowClasses: null,
    denyClasses: emptyClasses(),
    approvalRequired: emptyPatterns(),
    approvalRequiredClasses: emptyClasses(),
    restrictScope: emptyPatterns(),
    restrictScopeClasses: emptyClasses(),
    restrictScopeContract: null,
    redactArgs: emptyPatterns(),
    redactArgsClasses: emptyClasses(),
    redactArgsContract: null,
  };
  const tools = root.tools;
  if (tools !== undefined && tools !== null) {
    if (!isPlainObject(tools)) {
      ctx.error(['tools'], 'tools must be a mapping');
    } else {
      ctx.checkKeys(['tools'], tools, TOOLS_KEYS);
      const p = (k: string): KeyPath => ['tools', k];
      if (has(tools, 'allow')) rules.allow = patternList(ctx, p('allow'), tools.allow) ?? { entries: [] };
      if (has(tools, 'deny')) rules.deny = patternList(ctx, p('deny'), tools.deny) ?? emptyPatterns();
      if (has(tools, 'allow_classes')) rules.allowClasses = classList(ctx, p('allow_classes'), tools.allow_classes) ?? emptyClasses();
      if (has(tools, 'deny_classes')) rules.denyClasses = classList(ctx, p('deny_classes'), tools.deny_classes) ?? emptyClasses();
      const pl = (k: string) => (has(tools, k) ? (patternList(ctx, p(k), tools[k]) ?? emptyPatterns()) : emptyPatterns());
      const cl = (k: string) => (has(tools, k) ? (classList(ctx, p(k), tools[k]) ?? emptyClasses()) : emptyClasses());
      rules.approvalRequired = pl('approval_required');
      rules.approvalRequiredClasses = cl('approval_required_classes');
      rules.restrictScope = pl('restrict_scope');
      rules.restrictScopeClasses = cl('restrict_scope_classes');
      rules.redactArgs = pl('redact_args');
      rules.redactArgsClasses = cl('redact_args_classes');
      rules.restrictScopeContract = contract(ctx, p('restrict_scope_contract'), tools.restrict_scope_contract, [
        'scope_type',
        'scope_value',
        'scope_match_mode',
      ]);
      rules.redactArgsContract = contract(ctx, p('redact_args_contract'), tools.redact_args_contract, [
        'redaction_target',
        'redaction_mode',
        'redaction_scope',
      ]);
    }
  }
  // Short form: root allow/deny are appended to tools.allow/tools.deny.
  if (has(root, 'allow')) {
    const items = stringList(ctx, ['allow'], root.allow);
    if (items !== null) {
      const target = rules.allow ?? (rules.allow = { entries: [] });
      if (!target.ref) {
        const ref = ctx.ref(['allow'], true);
        if (ref) target.ref = ref;
      }
      target.entries.push(...patternEntries(ctx, ['allow'], items, target.entries.length));
    } else if (rules.allow === null) rules.allow = { entries: [] };
  }
  if (has(root, 'deny')) {
    const items = stringList(ctx, ['deny'], root.deny);
    if (items !== null) {
      if (!rules.deny.ref) {
        const ref = ctx.ref(['deny'], true);
        if (ref) rules.deny.ref = ref;
      }
      rules.deny.entries.push(...patternEntries(ctx, ['deny'], items, rules.deny.entries.length));
    }
  }
  return rules;
}

export function parseToolClasses(ctx: LoadContext, value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (value === undefined || value === null) return out;
  if (!isPlainObject(value)) {
    ctx.error(['tool_classes'], 'tool_classes must be a mapping of tool name to a list of classes');
    return out;
  }
  for (const [tool, classes] of Object.entries(value)) {
    const l = stringList(ctx, ['tool_classes', tool], classes);
    if (l) out.set(tool, l);
  }
  return out;
}
