// JSON Schema dialect of policies: draft 2020-12 by default, `$schema` may select
// draft-07 or 2019-09; `pattern`/`patternProperties` run on the RE2 engine; external `$ref` is
// refused; `format` is an annotation. Compiled once, at load.
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadAjv } from './ajv-load.cjs';
import { canonicalize } from '../jcs.js';
import { compileRegex, RegexBudgetError } from '../regex/re2.js';
import type { KeyPath } from '../util/yaml-source.js';
import { isPlainObject } from './load-context.js';
import type { SchemaViolation } from './types.js';
import { WITHIN_KEYWORD, withinKeyword, withinListProblems } from './within.js';

export type Draft = '2020-12' | '2019-09' | 'draft-07';

const DRAFTS: Record<string, Draft> = {
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
  'http://json-schema.org/draft/2020-12/schema': '2020-12',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft/2019-09/schema': '2019-09',
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
};

/** The draft a schema declares; undefined $schema → 2020-12; anything else → an error reason. */
export function draftOf(schema: unknown): { draft: Draft } | { error: string } {
  if (!isPlainObject(schema) || schema.$schema === undefined) return { draft: '2020-12' };
  const s = schema.$schema;
  if (typeof s !== 'string') return { error: '$schema must be a string' };
  const d = DRAFTS[s.replace(/#$/, '')];
  if (!d) return { error: `unsupported $schema "${s}" (supported: draft 2020-12, 2019-09, draft-07)` };
  return { draft: d };
}

const re2Engine = Object.assign(
  (pattern: string) => {
    const c = compileRegex(pattern);
    if (!c.ok) throw new Error(`invalid regex "${pattern}": ${c.reason}`);
    return c.re;
  },
  { code: 'assayRe2' },
);

type AjvLike = { compile(schema: unknown): ValidateFunction; removeSchema(schema: unknown): unknown };

// One ajv instance per draft and kind for the whole process: building one and checking a first schema
// against its meta-schema costs tens of milliseconds (docs/startup.md), compiling a tool schema on a warm
// one well under one. Compiled schemas are removed from the instance cache right away (the validate
// function keeps working), and `addUsedSchema: false` keeps `$id`s of different policies from colliding.
//
// Bounded work on hostile arguments (see docs/regex.md): a schema has two validators. The first-error
// one (`allErrors: false`) decides; only when it fails on a small argument (≤ ALL_ERRORS_MAX_NODES
// values) does the all-errors one list every violation. So a 16 MiB array of wrong items costs one pass
// and yields one violation, not millions. `uniqueItems` is a hashed check on canonical JSON (linear)
// instead of ajv's pairwise compare.
//
// Only the first-error compile checks a schema against its meta-schema, and only for schemas people
// wrote: the all-errors one compiles a body that already passed, on first need (most runs never list
// violations), and schemas Assay builds itself (constraints, require_args) are valid by construction.
const instances = new Map<string, AjvLike>();

function instance(d: Draft, all: boolean, checkMeta: boolean): AjvLike {
  const key = `${d}|${all ? 'all' : 'first'}|${checkMeta ? 'meta' : 'trusted'}`;
  let a = instances.get(key);
  if (!a) {
    const opts = {
      allErrors: all,
      strict: false,
      validateFormats: false,
      validateSchema: checkMeta,
      addUsedSchema: false,
      logger: false as const,
      code: { regExp: re2Engine },
    };
    const { Ajv, Ajv2019, Ajv2020 } = loadAjv(); // first use loads ajv (docs/startup.md)
    const ajv = d === '2020-12' ? new Ajv2020(opts) : d === '2019-09' ? new Ajv2019(opts) : new Ajv(opts);
    ajv.addKeyword(withinKeyword());
    ajv.removeKeyword('uniqueItems');
    ajv.addKeyword({ keyword: 'uniqueItems', type: 'array', schemaType: 'boolean', errors: true, validate: uniqueItems });
    a = ajv as unknown as AjvLike;
    instances.set(key, a);
  }
  return a;
}

interface UniqueItemsFn {
  (schema: boolean, data: unknown[]): boolean;
  errors?: Array<Partial<ErrorObject>>;
}

/** `uniqueItems` by hashing each item's canonical JSON: linear in the array's size. */
const uniqueItems: UniqueItemsFn = (schema, data) => {
  uniqueItems.errors = [];
  if (!schema || data.length < 2) return true;
  const seen = new Map<string, number>();
  for (let j = 0; j < data.length; j++) {
    let key: string;
    try {
      key = canonicalize(data[j]);
    } catch {
      key = `\u0000${typeof data[j]}:${String(data[j])}`; // not JSON (never from a parsed trace)
    }
    const i = seen.get(key);
    if (i !== undefined) {
      uniqueItems.errors = [{ keyword: 'uniqueItems', message: `must NOT have duplicate items (items ## ${j} and ${i} are identical)`, params: { i: j, j: i } }];
      return false;
    }
    seen.set(key, j);
  }
  return true;
};

/** A schema compiled for deciding (first error) and for listing (all errors, small inputs only). */
export interface CompiledSchema {
  first: ValidateFunction;
  /** Compiled on first use; undefined if that compile failed (the first error is listed instead). */
  readonly all: ValidateFunction | undefined;
}

export interface CompileOptions {
  /** Built by Assay from validated input (constraints, require_args): skip the meta-schema check. */
  generated?: boolean;
}

export class SchemaCompiler {
  /** Compile a schema that already passed checkSchema; a failure's reason is ajv's message. */
  compile(schema: unknown, opts: CompileOptions = {}): { ok: true; validate: CompiledSchema } | { ok: false; reason: string } {
    const d = draftOf(schema);
    if ('error' in d) return { ok: false, reason: d.error };
    // The instance already fixes the draft; drop $schema so its meta-schema lookup cannot differ.
    const body = isPlainObject(schema) && schema.$schema !== undefined ? withoutKey(schema, '$schema') : schema;
    const draft = d.draft;
    try {
      const first = compileOn(instance(draft, false, opts.generated !== true), body);
      let all: ValidateFunction | undefined;
      let tried = false;
      const validate: CompiledSchema = {
        first,
        get all() {
          if (!tried) {
            tried = true;
            try {
              all = compileOn(instance(draft, true, false), body);
            } catch {
              all = undefined; // the same body compiled for `first`; never expected
            }
          }
          return all;
        },
      };
      return { ok: true, validate };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    }
  }
}

function compileOn(ajv: AjvLike, body: unknown): ValidateFunction {
  try {
    return ajv.compile(body);
  } finally {
    try {
      if (typeof body === 'object' && body !== null) ajv.removeSchema(body);
    } catch {
      /* nothing cached */
    }
  }
}

/** Arguments with more values than this get the first violation only. */
export const ALL_ERRORS_MAX_NODES = 10_000;
/** Most violations listed for one argument. */
export const MAX_VIOLATIONS = 100;

/** True when `v` holds at most `limit` values (arrays/objects/scalars), counted with an early stop. */
function smallValue(v: unknown, limit: number): boolean {
  let budget = limit;
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (--budget < 0) return false;
    if (typeof x === 'string' && x.length > MAX_VIOLATION_TEXT * 16) return false;
    if (Array.isArray(x)) {
      if (x.length > budget) return false;
      for (const e of x) stack.push(e);
    } else if (typeof x === 'object' && x !== null) {
      const vals = Object.values(x);
      if (vals.length > budget) return false;
      for (const e of vals) stack.push(e);
    }
  }
  return true;
}

function withoutKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o)) if (k !== key) out[k] = o[k];
  return out;
}

function escapePointer(s: unknown): string {
  return String(s).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** ajv error → `{path, constraint, message}`; the path names the offending property itself. */
export function toViolation(e: ErrorObject): SchemaViolation {
  const p = e.params as Record<string, unknown>;
  let path = e.instancePath;
  if ((e.keyword === 'required' || e.keyword === 'dependentRequired' || e.keyword === 'dependencies') && p.missingProperty !== undefined) {
    path += `/${escapePointer(p.missingProperty)}`;
  } else if (e.keyword === 'additionalProperties' && p.additionalProperty !== undefined) {
    path += `/${escapePointer(p.additionalProperty)}`;
  } else if (e.keyword === 'unevaluatedProperties' && p.unevaluatedProperty !== undefined) {
    path += `/${escapePointer(p.unevaluatedProperty)}`;
  } else if (e.keyword === 'propertyNames' && p.propertyName !== undefined) {
    path += `/${escapePointer(p.propertyName)}`;
  }
  return { path: capText(path), constraint: e.keyword, message: capText(e.message ?? `must satisfy ${e.keyword}`) };
}

/** Longest message or path kept in a violation (UTF-16 units); longer ones are cut with a marker. */
export const MAX_VIOLATION_TEXT = 4096;

export function capText(s: string): string {
  if (s.length <= MAX_VIOLATION_TEXT) return s;
  let head = s.slice(0, MAX_VIOLATION_TEXT);
  if (/[\ud800-\udbff]$/.test(head)) head = head.slice(0, -1); // never split a surrogate pair
  const cut = Buffer.byteLength(s, 'utf8') - Buffer.byteLength(head, 'utf8');
  return `${head}…[truncated ${cut} bytes]`;
}

/**
 * Run a compiled schema. A regex whose input is too long for its proven work bound makes the
 * check fail (fail-closed): one violation naming the limit, whatever the schema around it says.
 */
export function runValidator(v: CompiledSchema, args: unknown): SchemaViolation[] {
  try {
    if (v.first(args)) return [];
    const all = smallValue(args, ALL_ERRORS_MAX_NODES) ? v.all : undefined;
    if (all !== undefined && !all(args)) {
      return (all.errors ?? []).slice(0, MAX_VIOLATIONS).map(toViolation);
    }
  } catch (e) {
    if (e instanceof RegexBudgetError) {
      return [{ path: '', constraint: 'pattern', message: capText(`cannot be checked: ${e.message} (denied: fail-closed)`) }];
    }
    throw e;
  }
  return (v.first.errors ?? []).slice(0, 1).map(toViolation);
}

// ---------- static checks with positions (before ajv sees the schema) ----------

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_ONE = [
  'additionalProperties',
  'additionalItems',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contains',
  'propertyNames',
  'not',
  'if',
  'then',
  'else',
  'contentSchema',
];
const REF_KEYS = ['$ref', '$dynamicRef', '$recursiveRef'];

export interface SchemaIssue {
  /** Path relative to the schema root. */
  path: KeyPath;
  /** Point at the key rather than the value (patternProperties names). */
  key: boolean;
  kind: 'regex' | 'ref' | 'within';
  message: string;
}

/**
 * Every RE2-incompatible `pattern`/`patternProperties`, every unusable `x-assay-within` list and every
 * external `$ref` of a schema, with the path of the offending value, so each is reported at its own line.
 */
export function checkSchema(schema: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: KeyPath): void => {
    if (!isPlainObject(node) || seen.has(node)) return;
    seen.add(node);
    for (const k of REF_KEYS) {
      const r = node[k];
      if (typeof r === 'string' && !r.startsWith('#')) {
        issues.push({ path: [...path, k], key: false, kind: 'ref', message: `external $ref is disabled ("${r}")` });
      }
    }
    if (typeof node.pattern === 'string') {
      const c = compileRegex(node.pattern);
      if (!c.ok) issues.push({ path: [...path, 'pattern'], key: false, kind: 'regex', message: c.reason });
    }
    if (node[WITHIN_KEYWORD] !== undefined) {
      const w = withinListProblems(node[WITHIN_KEYWORD]);
      if (w.list) issues.push({ path: [...path, WITHIN_KEYWORD], key: false, kind: 'within', message: `${WITHIN_KEYWORD} ${w.list}` });
      for (const it of w.items) issues.push({ path: [...path, WITHIN_KEYWORD, it.index], key: false, kind: 'within', message: `${WITHIN_KEYWORD}[${it.index}] ${it.message}` });
    }
    if (isPlainObject(node.patternProperties)) {
      for (const key of Object.keys(node.patternProperties)) {
        const c = compileRegex(key);
        if (!c.ok) issues.push({ path: [...path, 'patternProperties', key], key: true, kind: 'regex', message: c.reason });
      }
    }
    for (const k of SCHEMA_MAPS) {
      const m = node[k];
      if (isPlainObject(m)) for (const [name, sub] of Object.entries(m)) walk(sub, [...path, k, name]);
    }
    if (isPlainObject(node.dependencies)) {
      for (const [name, sub] of Object.entries(node.dependencies)) walk(sub, [...path, 'dependencies', name]);
    }
    for (const k of SCHEMA_LISTS) {
      const l = node[k];
      if (Array.isArray(l)) l.forEach((sub, i) => walk(sub, [...path, k, i]));
    }
    if (Array.isArray(node.items)) node.items.forEach((sub, i) => walk(sub, [...path, 'items', i]));
    else walk(node.items, [...path, 'items']);
    for (const k of SCHEMA_ONE) walk(node[k], [...path, k]);
  };
  walk(schema, []);
  return issues;
}
