// JSON Schema dialect of policies (01 §2.6): draft 2020-12 by default, `$schema` may select
// draft-07 or 2019-09; `pattern`/`patternProperties` run on the RE2 engine; external `$ref` is
// refused; `format` is an annotation. Compiled once, at load.
import { Ajv } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { compileRegex } from '../regex/re2.js';
import type { KeyPath } from '../util/yaml-source.js';
import { isPlainObject } from './load-context.js';
import type { SchemaViolation } from './types.js';

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

// One ajv instance per draft for the whole process: building one costs tens of milliseconds (its
// meta-schema), compiling a tool schema on a warm one well under one. Compiled schemas are removed
// from the instance cache right away (the validate function keeps working), and `addUsedSchema:
// false` keeps `$id`s of different policies from colliding.
const instances = new Map<Draft, AjvLike>();

function instance(d: Draft): AjvLike {
  let a = instances.get(d);
  if (!a) {
    const opts = {
      allErrors: true,
      strict: false,
      validateFormats: false,
      addUsedSchema: false,
      logger: false as const,
      code: { regExp: re2Engine },
    };
    a = (d === '2020-12' ? new Ajv2020(opts) : d === '2019-09' ? new Ajv2019(opts) : new Ajv(opts)) as unknown as AjvLike;
    instances.set(d, a);
  }
  return a;
}

export class SchemaCompiler {
  /** Compile a schema that already passed checkSchema; a failure's reason is ajv's message. */
  compile(schema: unknown): { ok: true; validate: ValidateFunction } | { ok: false; reason: string } {
    const d = draftOf(schema);
    if ('error' in d) return { ok: false, reason: d.error };
    // The instance already fixes the draft; drop $schema so its meta-schema lookup cannot differ.
    const body = isPlainObject(schema) && schema.$schema !== undefined ? withoutKey(schema, '$schema') : schema;
    const ajv = instance(d.draft);
    try {
      return { ok: true, validate: ajv.compile(body) };
    } catch (e) {
      return { ok: false, reason: (e as Error).message };
    } finally {
      try {
        if (typeof body === 'object' && body !== null) ajv.removeSchema(body);
      } catch {
        /* nothing cached */
      }
    }
  }
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
  return { path, constraint: e.keyword, message: e.message ?? `must satisfy ${e.keyword}` };
}

export function runValidator(v: ValidateFunction, args: unknown): SchemaViolation[] {
  if (v(args)) return [];
  return (v.errors ?? []).map(toViolation);
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
  kind: 'regex' | 'ref';
  message: string;
}

/**
 * Every RE2-incompatible `pattern`/`patternProperties` and every external `$ref` of a schema,
 * with the path of the offending value, so each is reported at its own line.
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
