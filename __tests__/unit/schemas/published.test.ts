// The committed schemas/*.json are exactly what src/core/schemas produces (npm run schemas), and the
// schemas themselves compile under ajv's strict mode and describe every property.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EVAL_SCHEMA, POLICY_SCHEMA, SCHEMA_IDS, SCHEMA_KINDS, schemaFileName, schemaText } from '../../../src/core/schemas/index.js';
import { makeAjv } from './check.js';
import { REPO } from './corpus.js';

describe('published schemas', () => {
  it.each(SCHEMA_KINDS)('schemas/%s.schema.json is up to date (run npm run schemas)', (kind) => {
    expect(readFileSync(join(REPO, 'schemas', schemaFileName(kind)), 'utf8')).toBe(schemaText(kind));
  });

  it('are draft 2020-12 with stable ids and compile in strict mode', () => {
    expect(POLICY_SCHEMA.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(POLICY_SCHEMA.$id).toBe(SCHEMA_IDS.policy);
    expect(EVAL_SCHEMA.$id).toBe(SCHEMA_IDS.eval);
    const ajv = makeAjv();
    expect(() => ajv.compile(POLICY_SCHEMA)).not.toThrow();
    expect(() => ajv.compile(EVAL_SCHEMA)).not.toThrow();
  });

  it('every named property carries a description (editors show it as help)', () => {
    const missing: string[] = [];
    const visit = (node: unknown, at: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
      if (!node || typeof node !== 'object') return;
      const o = node as Record<string, unknown>;
      // Constraint branches (if/then/not, and anyOf/oneOf alternatives that only require keys) restate
      // properties described where they are defined.
      const constraint = /\/(if|then|not)(\/|$)/.test(at) || (o.required !== undefined && /\/(anyOf|oneOf)\/\d+$/.test(at));
      if (!constraint && o.properties && typeof o.properties === 'object') {
        for (const [k, sub] of Object.entries(o.properties as Record<string, unknown>)) {
          // `true` entries only name a key for `required` inside if/anyOf/not.
          if (sub === true) continue;
          const s = sub as Record<string, unknown>;
          const constOnly = Object.keys(s).every((x) => x === 'const' || x === 'type' || x === 'minItems' || x === 'enum');
          if (s.description === undefined && s.$ref === undefined && !constOnly) missing.push(`${at}/properties/${k}`);
        }
      }
      for (const [k, v] of Object.entries(o)) visit(v, `${at}/${k}`);
    };
    visit(POLICY_SCHEMA, 'policy#');
    visit(EVAL_SCHEMA, 'eval#');
    expect(missing).toEqual([]);
  });
});
