// Loading `aliases` and `sequences`: selectors, rule ids, field checks with positions.
import type { Diagnostic } from '../errors.js';
import { compileRegex, type CompiledRegex } from '../regex/re2.js';
import type { KeyPath, YamlSource } from '../util/yaml-source.js';
import { LoadContext, has, isPlainObject, renderPath } from './load-context.js';
import { compileToolPattern } from './tool-pattern.js';
import type { Selector, SequenceKind, SequenceRule } from './types.js';

export const SEQUENCE_KINDS: readonly SequenceKind[] = [
  'require',
  'blocklist',
  'before',
  'never_after',
  'max_calls',
  'eventually',
  'after',
  'sequence',
];

export type Aliases = ReadonlyMap<string, readonly string[]>;

/** The documented keys of each rule kind (besides `type` and the rule labels id/description/title/x-*). */
const RULE_KEYS: Record<SequenceKind, readonly string[]> = {
  require: ['tool'],
  blocklist: ['pattern'],
  before: ['first', 'then'],
  never_after: ['trigger', 'forbidden'],
  max_calls: ['tool', 'max'],
  eventually: ['tool', 'within'],
  after: ['trigger', 'then', 'within'],
  sequence: ['tools', 'strict'],
};

export function parseAliases(ctx: LoadContext, path: KeyPath, value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (value === undefined || value === null) return out;
  if (!isPlainObject(value)) {
    ctx.error(path, `${renderPath(path)} must be a mapping of alias name to a list of tool names`);
    return out;
  }
  for (const [name, members] of Object.entries(value)) {
    const p = [...path, name];
    if (!Array.isArray(members) || members.some((m) => typeof m !== 'string')) {
      ctx.error(p, `${renderPath(p)} must be a list of strings`);
      continue;
    }
    out.set(name, members as string[]);
  }
  return out;
}

function selectorMatcher(tool: string, aliases: Aliases): { isAlias: boolean; test: (n: string) => boolean } {
  const members = aliases.get(tool);
  if (members) {
    const set = new Set(members);
    return { isAlias: true, test: (n) => set.has(n) };
  }
  const p = compileToolPattern(tool);
  return { isAlias: false, test: p.test };
}

/** Build a selector (also used for inline rules of eval configs). */
export function makeSelector(tool: string, argsMatch: ReadonlyArray<{ arg: string; re: CompiledRegex }>, aliases: Aliases): Selector {
  const name = selectorMatcher(tool, aliases);
  const args = argsMatch.map((a) => a.arg);
  const render = args.length > 0 ? `${tool}[${args.join(',')}]` : tool;
  const matchArgs = (callArgs: unknown): boolean => {
    if (!isPlainObject(callArgs)) return false;
    for (const { arg, re } of argsMatch) {
      if (!has(callArgs, arg)) return false;
      const v = callArgs[arg];
      if (v === undefined) return false;
      if (!re.test(typeof v === 'string' ? v : JSON.stringify(v))) return false;
    }
    return true;
  };
  return {
    tool,
    args,
    render,
    isAlias: name.isAlias,
    matches: argsMatch.length === 0 ? (n) => name.test(n) : (n, a) => name.test(n) && matchArgs(a),
  };
}

function parseSelector(ctx: LoadContext, path: KeyPath, value: unknown, aliases: Aliases): Selector | null {
  if (typeof value === 'string') return checked(ctx, path, makeSelector(value, [], aliases));
  if (isPlainObject(value) && typeof value.tool === 'string') {
    ctx.checkKeys(path, value, ['tool', 'args_match']);
    const am = value.args_match;
    const compiled: Array<{ arg: string; re: CompiledRegex }> = [];
    let ok = true;
    if (am !== undefined && am !== null) {
      if (!isPlainObject(am)) {
        ctx.error([...path, 'args_match'], `${renderPath([...path, 'args_match'])} must be a mapping of argument name to regex`);
        return null;
      }
      for (const [arg, pat] of Object.entries(am)) {
        const p = [...path, 'args_match', arg];
        if (typeof pat !== 'string') {
          ctx.error(p, `${renderPath(p)} must be a string (a regex)`);
          ok = false;
          continue;
        }
        const c = compileRegex(pat);
        if (!c.ok) {
          ctx.error(p, `invalid regex in ${renderPath(p)}: ${c.reason}`);
          ok = false;
          continue;
        }
        compiled.push({ arg, re: c.re });
      }
    }
    return ok ? checked(ctx, [...path, 'tool'], makeSelector(value.tool, compiled, aliases)) : null;
  }
  ctx.error(path, `${renderPath(path)} must be a tool name or a mapping {tool, args_match}`);
  return null;
}

function checked(ctx: LoadContext, path: KeyPath, s: Selector): Selector {
  if (!s.isAlias && compileToolPattern(s.tool).literalStar) {
    ctx.warn('W_POLICY_LITERAL_STAR', path, literalStarMessage(s.tool, renderPath(path)));
  }
  return s;
}

export function literalStarMessage(pattern: string, where: string): string {
  return `pattern "${pattern}" in ${where} has a "*" that is neither first nor last; it matches a literal "*"`;
}

function int(ctx: LoadContext, rule: Record<string, unknown>, path: KeyPath, key: string, min: number, dflt?: number): number | null {
  const v = rule[key];
  if (v === undefined && dflt !== undefined) return dflt;
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < min) {
    ctx.error(v === undefined ? path : [...path, key], `${renderPath([...path, key])} must be an integer ≥ ${min}`);
    return null;
  }
  return v;
}

function sameSelector(a: Selector, b: Selector): boolean {
  return a.tool === b.tool && a.render === b.render;
}

/** Parse one rule; null when it has errors (already reported). */
function parseRule(ctx: LoadContext, path: KeyPath, index: number, raw: unknown, aliases: Aliases): SequenceRule | null {
  if (!isPlainObject(raw)) {
    ctx.error(path, `${renderPath(path)} must be a mapping with a "type" key`);
    return null;
  }
  const kind = raw.type;
  if (typeof kind !== 'string' || !(SEQUENCE_KINDS as readonly string[]).includes(kind)) {
    ctx.error(has(raw, 'type') ? [...path, 'type'] : path, `${renderPath(path)}: unknown rule type ${JSON.stringify(kind ?? null)} (allowed: ${SEQUENCE_KINDS.join(', ')})`);
    return null;
  }
  const errorsBefore = ctx.errorCount;
  ctx.checkKeys(path, raw, ['type', ...RULE_KEYS[kind as SequenceKind]], { rule: true });
  const sel = (key: string): Selector | null => {
    if (!has(raw, key)) {
      ctx.error(path, `${renderPath(path)} (${kind}) is missing "${key}"`);
      return null;
    }
    return parseSelector(ctx, [...path, key], raw[key], aliases);
  };
  const base = (ruleId: string) => ({ index, ruleId, rule: `sequences[${index}]=${ruleId}`, ref: ctx.ref(path), raw });
  let rule: SequenceRule | null = null;
  switch (kind as SequenceKind) {
    case 'require': {
      const tool = sel('tool');
      if (tool) rule = { ...base(`require:${tool.render}`), kind: 'require', tool };
      break;
    }
    case 'blocklist': {
      const p = raw.pattern;
      if (typeof p !== 'string' || p === '') ctx.error(has(raw, 'pattern') ? [...path, 'pattern'] : path, `${renderPath([...path, 'pattern'])} must be a non-empty string`);
      else rule = { ...base(`blocklist:${p}`), kind: 'blocklist', pattern: p };
      break;
    }
    case 'before': {
      const first = sel('first');
      const then = sel('then');
      if (first && then) {
        if (sameSelector(first, then)) {
          ctx.error(path, `${renderPath(path)}: ineffective before rule: "first" and "then" are the same (${JSON.stringify(first.render)})`);
        } else rule = { ...base(`before:${first.render}->${then.render}`), kind: 'before', first, then };
      }
      break;
    }
    case 'never_after': {
      const trigger = sel('trigger');
      const forbidden = sel('forbidden');
      if (trigger && forbidden) rule = { ...base(`never_after:${trigger.render}->${forbidden.render}`), kind: 'never_after', trigger, forbidden };
      break;
    }
    case 'max_calls': {
      const tool = sel('tool');
      const max = int(ctx, raw, path, 'max', 0);
      if (tool && max !== null) rule = { ...base(`max_calls:${tool.render}<=${max}`), kind: 'max_calls', tool, max };
      break;
    }
    case 'eventually': {
      const tool = sel('tool');
      const within = int(ctx, raw, path, 'within', 1);
      if (tool && within !== null) rule = { ...base(`eventually:${tool.render}@${within}`), kind: 'eventually', tool, within };
      break;
    }
    case 'after': {
      const trigger = sel('trigger');
      const then = sel('then');
      const within = int(ctx, raw, path, 'within', 1, 1);
      if (trigger && then && within !== null) {
        rule = { ...base(`after:${trigger.render}->${then.render}@${within}`), kind: 'after', trigger, then, within };
      }
      break;
    }
    case 'sequence': {
      const list = raw.tools;
      const strict = raw.strict ?? false;
      if (typeof strict !== 'boolean') ctx.error([...path, 'strict'], `${renderPath([...path, 'strict'])} must be a boolean`);
      if (!Array.isArray(list) || list.length === 0) {
        ctx.error(has(raw, 'tools') ? [...path, 'tools'] : path, `${renderPath([...path, 'tools'])} must be a non-empty list of tool selectors`);
        break;
      }
      const tools = list.map((t, i) => parseSelector(ctx, [...path, 'tools', i], t, aliases));
      if (tools.every((t): t is Selector => t !== null) && typeof strict === 'boolean') {
        const id = `sequence:${strict ? 'strict:' : ''}${tools.map((t) => t.render).join('>')}`;
        rule = { ...base(id), kind: 'sequence', tools, strict };
      }
      break;
    }
  }
  return ctx.errorCount === errorsBefore ? rule : null;
}

export function parseSequenceList(ctx: LoadContext, path: KeyPath, value: unknown, aliases: Aliases): SequenceRule[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    ctx.error(path, `${renderPath(path)} must be a list of rules`);
    return [];
  }
  const out: SequenceRule[] = [];
  value.forEach((raw, i) => {
    const r = parseRule(ctx, [...path, i], i, raw, aliases);
    if (r) out.push(r);
  });
  return out;
}

/**
 * Sequence rules embedded elsewhere (eval `sequence_valid.rules`): same language, ids and checks,
 * reported with `code` (E_CFG_PARSE there). `basePath` locates the list inside `source` and is the
 * path named in messages (e.g. `tests[2].expected.rules[0].first must be …`).
 */
export function parseSequenceRules(
  value: unknown,
  file: string,
  opts: { source?: YamlSource; basePath?: KeyPath; aliases?: Aliases; code?: string; lenient?: boolean } = {},
): { rules: SequenceRule[]; diagnostics: Diagnostic[] } {
  const ctx = new LoadContext(file, opts.source, [], opts.code ?? 'E_POLICY_PARSE', opts.lenient === true);
  const rules = parseSequenceList(ctx, opts.basePath ?? ['rules'], value, opts.aliases ?? new Map());
  return { rules, diagnostics: ctx.diagnostics };
}
