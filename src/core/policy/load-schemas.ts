// Argument schemas from every spelling: v2 `schemas` (+ shared `$defs`), the short
// form's `constraints` (list and map form, `matches` and `within`), legacy `tools.arg_constraints` and
// `tools.require_args`. Several sources for one tool are all enforced (allOf). Compiled once, at load.
import { compileRegex } from '../regex/re2.js';
import type { KeyPath } from '../util/yaml-source.js';
import { LoadContext, has, isPlainObject, renderPath } from './load-context.js';
import { SchemaCompiler, checkSchema, runValidator, type CompiledSchema } from './schema.js';
import type { SchemaOrigin, SchemaSource, SchemaViolation, SourceRef, ToolSchema } from './types.js';
import { WITHIN_KEYWORD, withinListProblems } from './within.js';

interface PendingSource {
  tool: string;
  origin: SchemaOrigin;
  schema: unknown;
  /** Where the source is written (its label in messages, its position). */
  path: KeyPath;
  /** Whether the schema was written by the user (static checks, shared $defs merge). */
  userWritten: boolean;
  /** Point positions at the key (map entries) rather than the value. */
  atKey: boolean;
  /** Where each top-level property's regex is written (short-form `matches`, schema `pattern`). */
  patternRefs?: Record<string, SourceRef>;
}

const isSchema = (v: unknown) => isPlainObject(v) || typeof v === 'boolean';

function parseShared(ctx: LoadContext, schemas: Record<string, unknown>): Record<string, unknown> | null {
  if (!has(schemas, '$defs')) return null;
  const defs = schemas.$defs;
  if (!isPlainObject(defs)) {
    ctx.error(['schemas', '$defs'], 'schemas.$defs must be a mapping of definition name to JSON Schema');
    return null;
  }
  for (const [name, def] of Object.entries(defs)) {
    if (!isSchema(def)) ctx.error(['schemas', '$defs', name], `schemas.$defs.${name} must be a JSON Schema (a mapping or a boolean)`);
  }
  reportStatic(ctx, ['schemas', '$defs'], defs, 'schemas.$defs', true);
  return defs;
}

/** Regex and external-$ref problems of a user schema, each at its own position. */
function reportStatic(ctx: LoadContext, path: KeyPath, schema: unknown, label: string, isDefsMap = false): boolean {
  let ok = true;
  const targets: Array<[KeyPath, unknown]> = isDefsMap && isPlainObject(schema)
    ? Object.entries(schema).map(([k, v]) => [[...path, k], v])
    : [[path, schema]];
  for (const [p, s] of targets) {
    for (const issue of checkSchema(s)) {
      ok = false;
      const at = [...p, ...issue.path];
      if (issue.kind === 'regex') ctx.error(at, `invalid regex in ${renderPath(at)}: ${issue.message}`, { key: issue.key });
      else ctx.error(at, `${label}: ${issue.message}`);
    }
  }
  return ok;
}

/** One short-form param constraint: a regex, a path containment, or both. */
export interface ParamConstraint {
  matches?: string;
  within?: string[];
}

function parseConstraintParams(
  ctx: LoadContext,
  entryPath: KeyPath,
  paramsPath: KeyPath,
  tool: string,
  params: unknown,
): Record<string, ParamConstraint> | null {
  if (!isPlainObject(params)) {
    ctx.error(paramsPath, `${renderPath(paramsPath)} must be a mapping of parameter name to {matches: <regex>} or {within: [<folder>]}`);
    return null;
  }
  const out: Record<string, ParamConstraint> = {};
  let ok = true;
  for (const [param, spec] of Object.entries(params)) {
    // `within` (path containment) is a documented param key next to `matches`; a spec with neither
    // gets the "has no matches" error below instead of a second one for its keys.
    if (isPlainObject(spec) && (has(spec, 'matches') || has(spec, 'within'))) {
      ctx.checkKeys([...paramsPath, param], spec, ['matches', 'within'], { rule: true });
    }
    const pc: ParamConstraint = {};
    let regex: unknown;
    let regexPath: KeyPath | undefined;
    if (typeof spec === 'string') {
      regex = spec;
      regexPath = [...paramsPath, param];
    } else if (isPlainObject(spec) && (has(spec, 'matches') || has(spec, 'within'))) {
      if (has(spec, 'matches')) {
        regex = spec.matches;
        regexPath = [...paramsPath, param, 'matches'];
      }
      if (has(spec, 'within')) {
        const within = parseWithin(ctx, [...paramsPath, param, 'within'], spec.within);
        if (within) pc.within = within;
        else ok = false;
      }
    } else {
      ctx.error([...paramsPath, param], `${renderPath(entryPath)} tool "${tool}" param "${param}" has no "matches"`);
      ok = false;
      continue;
    }
    if (regexPath) {
      if (typeof regex !== 'string') {
        ctx.error(regexPath, `${renderPath(regexPath)} must be a string (a regex)`);
        ok = false;
        continue;
      }
      const c = compileRegex(regex);
      if (!c.ok) {
        ctx.error(regexPath, `invalid regex in ${renderPath(regexPath)}: ${c.reason}`);
        ok = false;
        continue;
      }
      pc.matches = regex;
    }
    out[param] = pc;
  }
  return ok ? out : null;
}

/** A `within` folder list, every problem at its own position. */
function parseWithin(ctx: LoadContext, path: KeyPath, value: unknown): string[] | null {
  const p = withinListProblems(value);
  if (p.list) ctx.error(path, `${renderPath(path)} ${p.list}`);
  for (const it of p.items) ctx.error([...path, it.index], `${renderPath([...path, it.index])} ${it.message}`);
  return p.list || p.items.length > 0 ? null : (value as string[]);
}

/** Where each param's regex is written, for warnings that point at it (traversal probe). */
function matchesRefs(ctx: LoadContext, paramsPath: KeyPath, params: Record<string, ParamConstraint>, raw: unknown): Record<string, SourceRef> {
  const refs: Record<string, SourceRef> = {};
  for (const [param, pc] of Object.entries(params)) {
    if (pc.matches === undefined) continue;
    const spec = isPlainObject(raw) ? raw[param] : undefined;
    const ref = ctx.ref(isPlainObject(spec) ? [...paramsPath, param, 'matches'] : [...paramsPath, param]);
    if (ref) refs[param] = ref;
  }
  return refs;
}

/**
 * The schema a short-form constraint stands for: `matches` → `pattern`, `within` → `x-assay-within`; every
 * constrained param is a required non-empty string. A bare string is a `matches` regex.
 */
export function constraintSchema(params: Record<string, string | ParamConstraint>): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [p, c] of Object.entries(params)) {
    const pc: ParamConstraint = typeof c === 'string' ? { matches: c } : c;
    const prop: Record<string, unknown> = { type: 'string' };
    if (pc.matches !== undefined) prop.pattern = pc.matches;
    if (pc.within !== undefined) prop[WITHIN_KEYWORD] = pc.within;
    prop.minLength = 1;
    properties[p] = prop;
  }
  return { type: 'object', additionalProperties: true, properties, required: Object.keys(params) };
}

function parseConstraints(ctx: LoadContext, value: unknown, out: PendingSource[]): void {
  if (value === undefined || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((entry, i) => {
      const path: KeyPath = ['constraints', i];
      if (!isPlainObject(entry)) {
        ctx.error(path, `${renderPath(path)} must be a mapping {tool, params}`);
        return;
      }
      ctx.checkKeys(path, entry, ['tool', 'params'], { rule: true });
      if (typeof entry.tool !== 'string') {
        ctx.error(has(entry, 'tool') ? [...path, 'tool'] : path, `${renderPath([...path, 'tool'])} must be a string`);
        return;
      }
      const params = parseConstraintParams(ctx, path, [...path, 'params'], entry.tool, entry.params);
      if (params) {
        const patternRefs = matchesRefs(ctx, [...path, 'params'], params, entry.params);
        out.push({ tool: entry.tool, origin: 'constraints', schema: constraintSchema(params), path, userWritten: false, atKey: false, patternRefs });
      }
    });
    return;
  }
  if (isPlainObject(value)) {
    for (const [tool, params] of Object.entries(value)) {
      const path: KeyPath = ['constraints', tool];
      const parsed = parseConstraintParams(ctx, path, path, tool, params);
      if (parsed) {
        const patternRefs = matchesRefs(ctx, path, parsed, params);
        out.push({ tool, origin: 'constraints', schema: constraintSchema(parsed), path, userWritten: false, atKey: true, patternRefs });
      }
    }
    return;
  }
  ctx.error(['constraints'], 'constraints must be a list of {tool, params} or a mapping of tool to params');
}

/** Positions of `properties.<p>.pattern` at the top of a user schema. */
function propertyPatternRefs(ctx: LoadContext, path: KeyPath, schema: unknown): Record<string, SourceRef> {
  const refs: Record<string, SourceRef> = {};
  if (!isPlainObject(schema) || !isPlainObject(schema.properties)) return refs;
  for (const [p, sub] of Object.entries(schema.properties)) {
    if (!isPlainObject(sub) || typeof sub.pattern !== 'string') continue;
    const ref = ctx.ref([...path, 'properties', p, 'pattern']);
    if (ref) refs[p] = ref;
  }
  return refs;
}

function mergeShared(ctx: LoadContext, src: PendingSource, shared: Record<string, unknown> | null): unknown {
  if (!shared || !isPlainObject(src.schema)) return src.schema;
  const own = src.schema.$defs;
  if (own !== undefined && !isPlainObject(own)) return src.schema; // ajv reports the bad $defs
  const merged: Record<string, unknown> = { ...shared };
  if (own) {
    for (const [name, def] of Object.entries(own)) {
      if (has(shared, name)) {
        ctx.error([...src.path, '$defs', name], `${renderPath(src.path)}: $defs name "${name}" clashes with the shared schemas.$defs.${name}`, { key: true });
      }
      merged[name] = def;
    }
  }
  return { ...src.schema, $defs: merged };
}

export function parseSchemas(ctx: LoadContext, root: Record<string, unknown>): { schemas: Map<string, ToolSchema>; sharedDefs: Record<string, unknown> | null } {
  const pending: PendingSource[] = [];
  let sharedDefs: Record<string, unknown> | null = null;
  if (has(root, 'schemas') && root.schemas !== null) {
    const schemas = root.schemas;
    if (!isPlainObject(schemas)) ctx.error(['schemas'], 'schemas must be a mapping of tool name to JSON Schema');
    else {
      sharedDefs = parseShared(ctx, schemas);
      for (const [tool, schema] of Object.entries(schemas)) {
        if (tool === '$defs') continue;
        const path: KeyPath = ['schemas', tool];
        if (!isSchema(schema)) {
          ctx.error(path, `schemas.${tool} must be a JSON Schema (a mapping or a boolean)`);
          continue;
        }
        pending.push({ tool, origin: 'schemas', schema, path, userWritten: true, atKey: true });
      }
    }
  }
  const tools = isPlainObject(root.tools) ? root.tools : undefined;
  if (tools && has(tools, 'arg_constraints') && tools.arg_constraints !== null) {
    const ac = tools.arg_constraints;
    if (!isPlainObject(ac)) ctx.error(['tools', 'arg_constraints'], 'tools.arg_constraints must be a mapping of tool name to JSON Schema');
    else {
      for (const [tool, schema] of Object.entries(ac)) {
        const path: KeyPath = ['tools', 'arg_constraints', tool];
        if (!isSchema(schema)) {
          ctx.error(path, `${renderPath(path)} must be a JSON Schema (a mapping or a boolean)`);
          continue;
        }
        pending.push({ tool, origin: 'tools.arg_constraints', schema, path, userWritten: true, atKey: true });
      }
    }
  }
  parseConstraints(ctx, root.constraints, pending);
  if (tools && has(tools, 'require_args') && tools.require_args !== null) {
    const ra = tools.require_args;
    if (!isPlainObject(ra)) ctx.error(['tools', 'require_args'], 'tools.require_args must be a mapping of tool name to a list of argument names');
    else {
      for (const [tool, names] of Object.entries(ra)) {
        const path: KeyPath = ['tools', 'require_args', tool];
        if (!Array.isArray(names) || names.some((n) => typeof n !== 'string')) {
          ctx.error(path, `${renderPath(path)} must be a list of strings`);
          continue;
        }
        // "adds required to schemas.T, creating {type: object} if needed".
        const exists = pending.some((p) => p.tool === tool);
        const schema = exists ? { required: names } : { type: 'object', required: names };
        pending.push({ tool, origin: 'tools.require_args', schema, path, userWritten: false, atKey: true });
      }
    }
  }

  const compiler = new SchemaCompiler();
  const byTool = new Map<string, Array<{ source: SchemaSource; validate: CompiledSchema }>>();
  for (const src of pending) {
    const label = renderPath(src.path);
    if (src.userWritten && !reportStatic(ctx, src.path, src.schema, label)) continue;
    const schema = src.userWritten ? mergeShared(ctx, src, sharedDefs) : src.schema;
    const c = compiler.compile(schema, { generated: !src.userWritten });
    if (!c.ok) {
      const at = isPlainObject(src.schema) && has(src.schema, '$schema') && c.reason.startsWith('unsupported $schema') ? [...src.path, '$schema'] : src.path;
      ctx.error(at, `${label}: ${c.reason}`, { key: at === src.path && src.atKey });
      continue;
    }
    const source: SchemaSource = { origin: src.origin, schema };
    const ref = ctx.ref(src.path, src.atKey);
    if (ref) source.ref = ref;
    const patternRefs = src.patternRefs ?? (src.userWritten ? propertyPatternRefs(ctx, src.path, src.schema) : undefined);
    if (patternRefs && Object.keys(patternRefs).length > 0) source.patternRefs = patternRefs;
    const list = byTool.get(src.tool) ?? [];
    list.push({ source, validate: c.validate });
    byTool.set(src.tool, list);
  }

  const schemas = new Map<string, ToolSchema>();
  for (const [tool, list] of byTool) {
    const validators = list.map((l) => l.validate);
    const sources = list.map((l) => l.source);
    const validate =
      validators.length === 1
        ? (args: unknown) => runValidator(validators[0]!, args)
        : (args: unknown) => {
            const out: SchemaViolation[] = [];
            for (const v of validators) out.push(...runValidator(v, args));
            return out;
          };
    const ts: ToolSchema = {
      tool,
      sources,
      schema: sources.length === 1 ? sources[0]!.schema : { allOf: sources.map((s) => s.schema) },
      validate,
    };
    if (sources[0]!.ref) ts.ref = sources[0]!.ref;
    schemas.set(tool, ts);
  }
  return { schemas, sharedDefs };
}
