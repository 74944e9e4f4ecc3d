// A least-privilege v2 tool policy from observed tool calls (docs/authoring.md): the tools seen
// are allowed by exact name, each with an argument schema built from what was seen; tools that run
// commands or code are denied; `enforcement.unconstrained_tools: deny`. Comments say where each rule
// came from. No timestamps: the same input gives the same bytes.
import { matchToolPattern } from '../policy/tool-pattern.js';
import { DANGEROUS_TOOL_PATTERNS, dangerousPattern } from './heuristics.js';
import { placeEntry, type Placement, type StabilityOptions } from './stability.js';
import type { ArgStat, JsonType, ToolStat } from './tool-stats.js';
import { emitYaml, pathKey, type YamlPath } from './yaml-emit.js';

export interface ObservedTool extends ToolStat {
  /** Profile: runs in which the tool was called. */
  runs_seen?: number;
}

export interface ToolPolicyInput {
  tools: ReadonlyMap<string, ObservedTool>;
  calls: number;
  /** Entries read (single run; a profile does not keep them). */
  entries?: number;
  /** Source as shown (trace path or profile path). */
  source: string;
  /** Profile mode: total runs merged (tools are gated on their stability). */
  profile?: { totalRuns: number; stability: StabilityOptions };
}

export interface ToolPolicyOptions {
  name: string;
  heuristics: boolean;
}

export interface ToolPolicyResult {
  doc: Record<string, unknown>;
  comments: Map<string, string[]>;
  header: string[];
  counts: { allow: number; needs_review: number; deny: number; omitted: number; unique: number };
}

/** `(^|/)..(/|$)`: a `..` path segment. */
export const TRAVERSAL_PATTERN = '(^|/)\\.\\.(/|$)';

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** RE2 literal text. */
export function escapeRegex(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
}

function typeValue(types: readonly JsonType[]): string | string[] {
  let t: string[] = [...types];
  if (t.includes('integer') && t.includes('number')) t = t.filter((x) => x !== 'integer');
  return t.length === 1 ? t[0]! : t;
}

interface ArgSchemaResult {
  schema: Record<string, unknown>;
  note: string;
}

function argSchema(a: ArgStat, heuristics: boolean): ArgSchemaResult {
  const schema: Record<string, unknown> = { type: typeValue(a.types) };
  const s = a.string;
  let note = a.types.join('|');
  if (s?.kind === 'path') {
    const prefix = s.prefix ?? '';
    note += prefix.length > 1 ? `; paths under ${prefix}` : '; paths with no common directory';
    if (heuristics) {
      if (prefix.length > 1) schema.pattern = `^${escapeRegex(prefix)}`;
      if (!s.traversal) schema.not = { pattern: TRAVERSAL_PATTERN };
    }
  } else if (s?.kind === 'url') {
    if (s.origins) {
      note += `; URLs at ${s.origins.join(', ')}`;
      if (heuristics) schema.pattern = `^(?:${s.origins.map(escapeRegex).join('|')})(?:[/?#]|$)`;
    } else note += '; URLs at many origins (not generalised)';
  }
  return { schema, note };
}

function toolSchema(t: ToolStat, heuristics: boolean, at: YamlPath, comments: Map<string, string[]>): Record<string, unknown> {
  const objectCalls = t.calls - t.nonObjectCalls;
  if (objectCalls === 0) return { type: typeValue(t.nonObjectTypes) };
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const k of Object.keys(t.args).sort(cmp)) {
    const a = t.args[k]!;
    const r = argSchema(a, heuristics);
    properties[k] = r.schema;
    const lines = [`${k}: in ${a.calls} of ${plural(objectCalls, 'call', 'calls')}; ${r.note}`];
    if (heuristics) for (const why of a.review ?? []) lines.push(`REVIEW ${why}`);
    comments.set(pathKey([...at, 'properties', k]), lines);
    if (a.calls === objectCalls) required.push(k);
  }
  const schema: Record<string, unknown> = {
    type: t.nonObjectCalls > 0 ? ['object', ...t.nonObjectTypes.filter((x) => x !== 'object')] : 'object',
    properties,
  };
  if (required.length) schema.required = required;
  schema.additionalProperties = false;
  return schema;
}

function seenText(name: string, t: ObservedTool, input: ToolPolicyInput, stability?: number): string {
  if (input.profile) {
    return `${name}: ${plural(t.calls, 'call', 'calls')}, seen in ${t.runs_seen ?? 0} of ${plural(input.profile.totalRuns, 'run', 'runs')} (stability ${stability?.toFixed(2)})`;
  }
  const where = t.first ? `; first at ${t.first.file}:${t.first.line}` : '';
  return `${name}: ${plural(t.calls, 'call', 'calls')} in ${plural(t.entries, 'entry', 'entries')}${where}`;
}

/** A name the allowlist and `schemas` can name exactly (tool-name patterns have no escape for edge stars). */
function expressible(name: string): boolean {
  return name !== '$defs' && !name.startsWith('*') && !name.endsWith('*');
}

export function buildToolPolicy(input: ToolPolicyInput, o: ToolPolicyOptions): ToolPolicyResult {
  const comments = new Map<string, string[]>();
  const names = [...input.tools.keys()].sort(cmp);
  const allow: string[] = [];
  const observedDeny: string[] = [];
  const review: string[] = [];
  const counts = { allow: 0, needs_review: 0, deny: 0, omitted: 0, unique: names.length };
  const allowNotes: string[][] = [];
  const denyNotes: string[][] = [];

  for (const name of names) {
    const t = input.tools.get(name)!;
    if (!expressible(name)) {
      counts.omitted++;
      review.push(`${name}: not allowed: a name with a leading or trailing "*" (or "$defs") cannot be allowed exactly by the pattern language`);
      continue;
    }
    const danger = dangerousPattern(name);
    let placement: Placement = 'allow';
    let stability: number | undefined;
    let reasons: string[] = [];
    if (input.profile) {
      const v = placeEntry(t.runs_seen ?? 0, input.profile.totalRuns, o.heuristics && danger ? 'deny_recommended' : undefined, [], input.profile.stability);
      placement = v.placement;
      stability = v.stability;
      reasons = v.reasons;
    } else if (o.heuristics && danger) {
      placement = 'deny';
    }
    if (placement === 'allow') {
      counts.allow++;
      allow.push(name);
      allowNotes.push([seenText(name, t, input, stability)]);
    } else if (placement === 'deny') {
      counts.deny++;
      observedDeny.push(name);
      denyNotes.push([`${seenText(name, t, input, stability)}; runs commands or code (matches ${danger}): denied by --heuristics, allow it only after review`]);
    } else if (placement === 'needs_review') {
      counts.needs_review++;
      review.push(`${name}: not allowed, needs review (${reasons.join('; ')})`);
    } else {
      counts.omitted++;
      review.push(`${name}: dropped, below the stability threshold (${reasons.join('; ')})`);
    }
  }

  // Built-in deny patterns; one that would deny an allowed tool is dropped (the allowlist already
  // decides) so the observed behaviour still passes.
  const builtin: string[] = [];
  const dropped: string[] = [];
  for (const p of DANGEROUS_TOOL_PATTERNS) {
    const hit = allow.find((n) => matchToolPattern(p, n));
    if (hit) dropped.push(`${p} (would deny the observed tool ${hit})`);
    else builtin.push(p);
  }
  const deny = [...observedDeny, ...builtin];
  denyNotes.forEach((n, i) => comments.set(pathKey(['tools', 'deny', i]), n));
  if (builtin.length) {
    const lines = ['built-in: tools that run commands or code are denied (deny beats allow)'];
    for (const d of dropped) lines.push(`not denied: ${d}`);
    comments.set(pathKey(['tools', 'deny', observedDeny.length]), lines);
  }
  allowNotes.forEach((n, i) => comments.set(pathKey(['tools', 'allow', i]), n));
  if (allow.length === 0) comments.set(pathKey(['tools', 'allow']), ['no tool was allowed: every call is denied (fail-closed)']);

  const schemas: Record<string, unknown> = {};
  for (const name of allow) {
    const t = input.tools.get(name)!;
    const objectCalls = t.calls - t.nonObjectCalls;
    comments.set(pathKey(['schemas', name]), [
      `${name}: from ${plural(t.calls, 'call', 'calls')}${objectCalls < t.calls ? ` (${t.calls - objectCalls} without an argument object)` : ''}; only the arguments seen are accepted`,
    ]);
    schemas[name] = toolSchema(t, o.heuristics, ['schemas', name], comments);
    if (o.heuristics) {
      for (const [arg, a] of Object.entries(t.args)) for (const why of a.review ?? []) review.push(`${name}.${arg}: ${why}`);
    }
  }

  const metadata: Record<string, unknown> = {
    generated_by: 'assay generate',
    source: input.source,
    calls: input.calls,
  };
  if (input.entries !== undefined) metadata.entries = input.entries;
  if (input.profile) {
    metadata.profile_runs = input.profile.totalRuns;
    metadata.min_stability = input.profile.stability.minStability;
    metadata.stability_method = input.profile.stability.method;
  }
  metadata.heuristics = o.heuristics;
  if (review.length) metadata.review = review;

  const tools: Record<string, unknown> = { allow };
  if (deny.length) tools.deny = deny;
  const doc: Record<string, unknown> = { version: '2.0', name: o.name, metadata, tools };
  if (Object.keys(schemas).length) doc.schemas = schemas;
  doc.enforcement = { unconstrained_tools: 'deny' };
  comments.set(pathKey(['enforcement']), ['every allowed tool has a schema above; a tool without one is denied']);
  if (review.length) comments.set(pathKey(['metadata', 'review']), ['to review before use (nothing here is allowed unless listed in tools.allow)']);

  const header = [
    `Generated by \`assay generate\` from ${input.source}: ${plural(input.calls, 'call', 'calls')} of ${plural(names.length, 'tool', 'tools')}${input.entries !== undefined ? ` in ${plural(input.entries, 'entry', 'entries')}` : ''}${input.profile ? ` over ${plural(input.profile.totalRuns, 'run', 'runs')}` : ''}.`,
    'Least privilege: only the tools seen are allowed, each with a schema of the arguments seen.',
    o.heuristics ? 'Heuristics: argument patterns generalised (path prefixes, URL origins); tools that run commands or code denied.' : 'Run with --heuristics to generalise argument patterns and deny observed tools that run commands.',
    'Review before use: this policy describes what was observed, not what is safe.',
  ];
  return { doc, comments, header, counts };
}

export function toolPolicyText(r: ToolPolicyResult, format: 'yaml' | 'json'): string {
  if (format === 'json') return JSON.stringify(r.doc, null, 2) + '\n';
  return emitYaml(r.doc, { comments: r.comments, header: r.header });
}
