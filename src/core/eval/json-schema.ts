// JSON Schema for eval kinds (json_schema, tool_output_valid, args_valid assertions): the policy
// engine's dialect — Draft 2020-12 by default, `$schema` selects draft-07 or 2019-09,
// external `$ref` refused, `format` an annotation, `pattern` on the RE2 engine.
import { checkSchema, runValidator, SchemaCompiler } from '../policy/schema.js';
import type { SchemaViolation } from '../policy/types.js';

export type { SchemaViolation };

export interface SchemaValidator {
  /** The schema as given (JSON value). */
  schema: unknown;
  validate(value: unknown): SchemaViolation[];
}

const compiler = new SchemaCompiler();

export function compileSchema(schema: unknown): { ok: true; validator: SchemaValidator } | { ok: false; reason: string } {
  if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
    return { ok: false, reason: 'a JSON Schema must be an object or a boolean' };
  }
  const issue = checkSchema(schema)[0];
  if (issue) {
    // Name the schema location holding the offending keyword (the keyword itself is in the message).
    const at = issue.key ? issue.path : issue.path.slice(0, -1);
    const where = at.length > 0 ? `${at.join('.')}: ` : '';
    return { ok: false, reason: issue.kind === 'regex' ? `${where}invalid regex: ${issue.message}` : `${where}${issue.message}` };
  }
  const c = compiler.compile(schema);
  if (!c.ok) return c;
  const fn = c.validate;
  return { ok: true, validator: { schema, validate: (value) => runValidator(fn, value) } };
}

/** True when the schema accepts every value (`{}`, `true`, or only annotations). */
export function schemaAssertsNothing(schema: unknown): boolean {
  if (schema === true) return true;
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return false;
  const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', '$defs', 'definitions', 'deprecated', 'readOnly', 'writeOnly']);
  return Object.keys(schema).every((k) => annotations.has(k));
}

/** Keywords that cannot be tool names in a schema map (args_valid). */
export const JSON_SCHEMA_KEYWORDS: ReadonlySet<string> = new Set([
  '$schema', '$id', '$ref', '$defs', '$anchor', '$comment', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'definitions',
  'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'additionalItems',
  'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
  'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'enum', 'const', 'allOf', 'anyOf', 'oneOf',
  'not', 'if', 'then', 'else', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
  'exclusiveMaximum', 'multipleOf', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
  'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);
