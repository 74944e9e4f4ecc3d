// JSON Schema compilation for eval kinds (01 §2.6): Draft 2020-12 by default, `$schema` selects
// draft-07 or 2019-09, external `$ref` refused, `format` is an annotation, `pattern` is RE2 (§2.5).
import AjvDraft07Module from 'ajv';
import Ajv2019Module from 'ajv/dist/2019.js';
import Ajv2020Module from 'ajv/dist/2020.js';
import type { ErrorObject, Options, ValidateFunction } from 'ajv';
import { compileRe2 as compileRegex } from './regex.js';

export interface SchemaViolation {
  path: string;
  constraint: string;
  message: string;
}

export interface SchemaValidator {
  /** The schema as given (JSON value). */
  schema: unknown;
  validate(value: unknown): SchemaViolation[];
}

type AjvCtor = new (opts: Options) => { compile(schema: object | boolean): ValidateFunction };

function ctor(mod: unknown): AjvCtor {
  const m = mod as { default?: AjvCtor };
  return (m.default ?? mod) as AjvCtor;
}

const DRAFTS: Record<string, () => AjvCtor> = {
  'https://json-schema.org/draft/2020-12/schema': () => ctor(Ajv2020Module),
  'https://json-schema.org/draft/2019-09/schema': () => ctor(Ajv2019Module),
  'http://json-schema.org/draft-07/schema': () => ctor(AjvDraft07Module),
};

function draftOf(schema: unknown): { ok: true; Ajv: AjvCtor } | { ok: false; reason: string } {
  if (typeof schema !== 'object' || schema === null || !('$schema' in schema)) return { ok: true, Ajv: ctor(Ajv2020Module) };
  const id = (schema as { $schema: unknown }).$schema;
  if (typeof id !== 'string') return { ok: false, reason: '$schema must be a string' };
  const key = id.replace(/#$/, '');
  const make = DRAFTS[key];
  if (!make) return { ok: false, reason: `unsupported $schema "${id}" (supported: 2020-12, 2019-09, draft-07)` };
  return { ok: true, Ajv: make() };
}

/** First `$ref` that is not local (`#…`), depth-first. */
function externalRef(v: unknown): string | undefined {
  if (Array.isArray(v)) {
    for (const item of v) {
      const r = externalRef(item);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (typeof v !== 'object' || v === null) return undefined;
  for (const [k, child] of Object.entries(v)) {
    if ((k === '$ref' || k === '$dynamicRef') && typeof child === 'string' && !child.startsWith('#')) return child;
    const r = externalRef(child);
    if (r !== undefined) return r;
  }
  return undefined;
}

// Patterns in schemas are compiled by the linear-time engine, never by RegExp.
const re2Engine = Object.assign(
  (pattern: string) => {
    const r = compileRegex(pattern);
    if (!r.ok) throw new Error(`invalid regex "${pattern}": ${r.reason}`);
    return { test: (s: string) => r.re.test(s) };
  },
  { code: 're2' },
);

export function compileSchema(schema: unknown): { ok: true; validator: SchemaValidator } | { ok: false; reason: string } {
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return { ok: false, reason: 'a JSON Schema must be an object or a boolean' };
  }
  const ext = externalRef(schema);
  if (ext !== undefined) return { ok: false, reason: `external $ref is disabled ("${ext}")` };
  const d = draftOf(schema);
  if (!d.ok) return d;
  let fn: ValidateFunction;
  try {
    const ajv = new d.Ajv({
      allErrors: true,
      strict: false,
      validateFormats: false,
      code: { regExp: re2Engine as unknown as NonNullable<Options['code']>['regExp'] },
    });
    fn = ajv.compile(schema as object | boolean);
  } catch (e) {
    return { ok: false, reason: (e as Error).message };
  }
  return {
    ok: true,
    validator: {
      schema,
      validate(value: unknown): SchemaViolation[] {
        if (fn(value)) return [];
        return (fn.errors ?? []).map((err: ErrorObject) => ({
          path: err.instancePath,
          constraint: err.keyword,
          message: `${err.instancePath || '/'} ${err.message ?? 'is invalid'}`,
        }));
      },
    },
  };
}

/** True when the schema accepts every value (`{}`, `true`, or only annotations). */
export function schemaAssertsNothing(schema: unknown): boolean {
  if (schema === true) return true;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return false;
  const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', '$defs', 'definitions', 'deprecated', 'readOnly', 'writeOnly']);
  return Object.keys(schema).every((k) => annotations.has(k));
}

/** Keywords that cannot be tool names in a schema map (01 §3.5 args_valid). */
export const JSON_SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$ref', '$defs', '$anchor', '$comment', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'definitions',
  'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'additionalItems',
  'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'enum', 'const', 'allOf', 'anyOf', 'oneOf',
  'not', 'if', 'then', 'else', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
  'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);
