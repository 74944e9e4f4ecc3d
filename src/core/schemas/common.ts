// Building blocks shared by the policy and eval-config JSON Schemas (docs/editor-support.md). The
// schemas are plain data: editors and ajv read them; the loaders stay the authority at run time.

export type JsonSchema = Record<string, unknown>;

export const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';

/** Stable identifiers: names, never fetched by Assay (editors read the local copy `init` writes). */
export const SCHEMA_IDS = {
  policy: 'https://assay.dev/schemas/policy.schema.json',
  eval: 'https://assay.dev/schemas/eval.schema.json',
} as const;

/** `x-…` keys: anchors and extensions allowed in rule objects (src/core/util/unknown-keys.ts). */
export const X_KEYS = '^x-';

export function str(description: string, extra: JsonSchema = {}): JsonSchema {
  return { type: 'string', description, ...extra };
}

export function nullable(schema: JsonSchema): JsonSchema {
  return { anyOf: [schema, { type: 'null' }], ...(schema.description !== undefined ? { description: schema.description } : {}) };
}

export function stringList(description: string, item: JsonSchema = { type: 'string' }, extra: JsonSchema = {}): JsonSchema {
  return { type: 'array', description, items: item, ...extra };
}

/** A list of strings where YAML `key:` (null) counts as an empty list, as in the loaders. */
export function nullableStringList(description: string, item: JsonSchema = { type: 'string' }): JsonSchema {
  return { type: ['array', 'null'], description, items: item };
}

export function enumOf(description: string, values: readonly string[]): JsonSchema {
  return { type: 'string', description, enum: [...values] };
}

export function int(description: string, minimum: number, extra: JsonSchema = {}): JsonSchema {
  return { type: 'integer', description, minimum, ...extra };
}

/** A closed mapping: exactly the listed properties (unknown keys are load errors). */
export function closed(title: string, description: string, properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
  return { type: 'object', title, description, properties, additionalProperties: false, ...extra };
}

/** A closed rule object: also accepts the labels `id`, `description`, `title` and `x-*` keys. */
export function ruleObject(title: string, description: string, properties: Record<string, JsonSchema>, extra: JsonSchema = {}): JsonSchema {
  return {
    type: 'object',
    title,
    description,
    properties: { ...RULE_LABELS, ...properties },
    patternProperties: { [X_KEYS]: { description: 'Extension or YAML-anchor holder; ignored.' } },
    additionalProperties: false,
    ...extra,
  };
}

const RULE_LABELS: Record<string, JsonSchema> = {
  id: { description: 'Label for people and reports; not interpreted.' },
  description: { description: 'Free text; not interpreted.' },
  title: { description: 'Free text; not interpreted.' },
};

/** Deep copy with every `#/$defs/<name>` reference renamed to `#/$defs/<prefix><name>`. */
export function prefixRefs<T>(value: T, prefix: string): T {
  if (Array.isArray(value)) return value.map((v) => prefixRefs(v, prefix)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/$defs/${prefix}${v.slice('#/$defs/'.length)}` : prefixRefs(v, prefix);
    }
    return out as T;
  }
  return value;
}

/**
 * `{required: keys}` that also names each key under `properties`, so ajv's strict mode (strictRequired)
 * accepts it inside `anyOf`/`not`/`if` where the parent's properties are not in view.
 */
export function req(keys: readonly string[], properties: Record<string, unknown> = {}, extra: JsonSchema = {}): JsonSchema {
  const props: Record<string, unknown> = {};
  for (const k of keys) props[k] = true;
  return { required: [...keys], properties: { ...props, ...properties }, ...extra };
}
