// What `generate` and `profile` learn from tool calls: per tool, how often it was called and, per
// argument, the JSON types seen and a mergeable shape of its string values (common directory prefix of
// paths, the origins of URLs). Two summaries merge into one (profiles merge runs), so a single run and a
// profile go through the same policy builder.
import { safeText, boundText } from '../render/safe-text.js';
import { judgeDest, judgePath, portOf, SENSITIVE_PORTS, DEFAULT_ENTROPY_THRESHOLD } from './heuristics.js';

export type JsonType = 'null' | 'boolean' | 'integer' | 'number' | 'string' | 'array' | 'object';

export interface StringShape {
  kind: 'path' | 'url' | 'text';
  /** kind path: common directory prefix of every value ("" when none). */
  prefix?: string;
  /** kind url: distinct origins as written, sorted; null when more than MAX_ORIGINS. */
  origins?: string[] | null;
  /** kind path: some value had a `..` segment. */
  traversal?: boolean;
}

export interface ArgStat {
  /** Calls in which the argument was present. */
  calls: number;
  types: JsonType[];
  string?: StringShape;
  /** Heuristic findings on values (entropy, hash, sensitive port), deduplicated, at most MAX_REVIEW. */
  review?: string[];
}

export interface ToolStat {
  calls: number;
  /** Entries (episodes) with at least one call; summed over runs in a profile. */
  entries: number;
  /** Calls whose args were not an object, and their types. */
  nonObjectCalls: number;
  nonObjectTypes: JsonType[];
  args: Record<string, ArgStat>;
  /** Where it was first seen (single run only; comments). */
  first?: { file: string; line: number };
}

export const MAX_ORIGINS = 5;
const MAX_REVIEW = 5;

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function jsonType(v: unknown): JsonType {
  if (v === null || v === undefined) return 'null';
  if (Array.isArray(v)) return 'array';
  switch (typeof v) {
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(v) ? 'integer' : 'number';
    case 'string':
      return 'string';
    default:
      return 'object';
  }
}

function addType(list: JsonType[], t: JsonType): JsonType[] {
  if (list.includes(t)) return list;
  return [...list, t].sort(cmp);
}

const URL_RE = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#]+)/;

function isPathLike(s: string): boolean {
  return (s.startsWith('/') || s.startsWith('~/') || s.startsWith('./') || s.startsWith('../')) && !/[\r\n]/.test(s);
}

function dirOf(s: string): string {
  return s.slice(0, s.lastIndexOf('/') + 1);
}

/** Longest common prefix made of whole `/` segments. */
export function commonDirPrefix(a: string, b: string): string {
  if (a === b) return a;
  const sa = a.split('/');
  const sb = b.split('/');
  const n = Math.min(sa.length, sb.length) - 1; // the last element follows the final `/`
  let i = 0;
  while (i < n && sa[i] === sb[i]) i++;
  return i === 0 ? '' : sa.slice(0, i).join('/') + '/';
}

function shapeOf(s: string): StringShape {
  if (isPathLike(s)) return s.split('/').includes('..') ? { kind: 'path', prefix: dirOf(s), traversal: true } : { kind: 'path', prefix: dirOf(s) };
  const m = URL_RE.exec(s);
  if (m) return { kind: 'url', origins: [m[1]!] };
  return { kind: 'text' };
}

export function mergeShape(a: StringShape | undefined, b: StringShape): StringShape {
  if (!a) return b;
  if (a.kind !== b.kind || a.kind === 'text') return { kind: 'text' };
  if (a.kind === 'path') {
    const prefix = commonDirPrefix(a.prefix ?? '', b.prefix ?? '');
    return a.traversal || b.traversal ? { kind: 'path', prefix, traversal: true } : { kind: 'path', prefix };
  }
  if (a.origins === null || b.origins === null || a.origins === undefined || b.origins === undefined) return { kind: 'url', origins: null };
  const all = [...new Set([...a.origins, ...b.origins])].sort(cmp);
  return { kind: 'url', origins: all.length > MAX_ORIGINS ? null : all };
}

function shown(value: string): string {
  return boundText(safeText(value).replace(/[\r\n\t]/g, ' '), 60);
}

/** Heuristic remarks on one string value (heuristics applied to arguments). */
function reviewValue(s: string, shape: StringShape, entropyThreshold: number): string[] {
  if (shape.kind === 'path') {
    const j = judgePath(s, entropyThreshold);
    const out = j.risk ? j.reasons.map((r) => `${r}: ${shown(s)}`) : [];
    if (shape.traversal) out.push(`path traversal (..): ${shown(s)}`);
    return out;
  }
  const authority = shape.kind === 'url' ? (URL_RE.exec(s)?.[1] ?? '').replace(/^[^:]*:\/\//, '') : /^[\w.-]+:\d{1,5}$/.test(s) ? s : '';
  if (authority !== '' && SENSITIVE_PORTS.has(portOf(authority))) {
    return judgeDest(authority).reasons.map((r) => `${r}: ${shown(s)}`);
  }
  return [];
}

function mergeReview(a: string[] | undefined, b: readonly string[]): string[] | undefined {
  if (!b.length) return a;
  const all = [...(a ?? [])];
  for (const r of b) if (!all.includes(r) && all.length < MAX_REVIEW) all.push(r);
  return all;
}

/** Accumulates the calls of one run. */
export class ToolStatsBuilder {
  readonly tools = new Map<string, ToolStat>();
  calls = 0;
  entries = 0;
  private readonly entropyThreshold: number;

  constructor(opts: { entropyThreshold?: number } = {}) {
    this.entropyThreshold = opts.entropyThreshold ?? DEFAULT_ENTROPY_THRESHOLD;
  }

  /** One entry's calls (in order). */
  addEntry(calls: ReadonlyArray<{ tool_name: string; args: unknown; pos?: { file: string; line: number } }>): void {
    this.entries++;
    const seen = new Set<string>();
    for (const c of calls) {
      this.addCall(c.tool_name, c.args, c.pos);
      if (!seen.has(c.tool_name)) {
        seen.add(c.tool_name);
        this.tools.get(c.tool_name)!.entries++;
      }
    }
  }

  private addCall(name: string, args: unknown, pos?: { file: string; line: number }): void {
    this.calls++;
    let t = this.tools.get(name);
    if (!t) {
      t = { calls: 0, entries: 0, nonObjectCalls: 0, nonObjectTypes: [], args: {}, ...(pos ? { first: { file: pos.file, line: pos.line } } : {}) };
      this.tools.set(name, t);
    }
    t.calls++;
    const type = jsonType(args);
    if (type !== 'object') {
      t.nonObjectCalls++;
      t.nonObjectTypes = addType(t.nonObjectTypes, type);
      return;
    }
    for (const [k, v] of Object.entries(args as Record<string, unknown>)) {
      const a = (t.args[k] ??= { calls: 0, types: [] });
      a.calls++;
      const vt = jsonType(v);
      a.types = addType(a.types, vt);
      if (vt === 'string') {
        const shape = shapeOf(v as string);
        a.string = mergeShape(a.string, shape);
        const review = mergeReview(a.review, reviewValue(v as string, shape, this.entropyThreshold));
        if (review) a.review = review;
      }
    }
  }
}

/** Merge two summaries of the same tool (profile update). `first` is kept from `a`. */
export function mergeToolStat(a: ToolStat | undefined, b: ToolStat): ToolStat {
  if (!a) return structuredClone(b);
  const out: ToolStat = {
    calls: a.calls + b.calls,
    entries: a.entries + b.entries,
    nonObjectCalls: a.nonObjectCalls + b.nonObjectCalls,
    nonObjectTypes: b.nonObjectTypes.reduce(addType, [...a.nonObjectTypes]),
    args: {},
    ...(a.first ? { first: a.first } : {}),
  };
  for (const k of [...new Set([...Object.keys(a.args), ...Object.keys(b.args)])].sort(cmp)) {
    const x = a.args[k];
    const y = b.args[k];
    if (!x || !y) {
      out.args[k] = structuredClone((x ?? y)!);
      continue;
    }
    const m: ArgStat = { calls: x.calls + y.calls, types: y.types.reduce(addType, [...x.types]) };
    if (x.string || y.string) m.string = x.string && y.string ? mergeShape(x.string, y.string) : (x.string ?? y.string)!;
    const review = mergeReview(x.review ? [...x.review] : undefined, y.review ?? []);
    if (review) m.review = review;
    out.args[k] = m;
  }
  return out;
}
