import { describe, expect, it } from 'vitest';
import { call, decideAll, load, loadFailure } from './helpers.js';

const violations = (policyYaml: string, tool: string, args: unknown) => decideAll(load(policyYaml), [call(tool, args)])[0]!.violations ?? [];

describe('JSON Schema dialect', () => {
  it('draft 2020-12 by default (prefixItems, $defs, unevaluatedProperties)', () => {
    const y = `schemas:
  t:
    type: object
    properties:
      pair: { type: array, prefixItems: [{ type: string }, { type: integer }], items: false }
    unevaluatedProperties: false
`;
    expect(violations(y, 't', { pair: ['a', 1] })).toEqual([]);
    expect(violations(y, 't', { pair: ['a', 'b'] })).toEqual([{ path: '/pair/1', constraint: 'type', message: 'must be integer' }]);
    expect(violations(y, 't', { pair: ['a', 1, 2] }).map((v) => v.constraint)).toEqual(["items"]);
    expect(violations(y, 't', { other: 1 })).toEqual([
      { path: '/other', constraint: 'unevaluatedProperties', message: 'must NOT have unevaluated properties' },
    ]);
  });

  it('$schema selects draft-07 (items array = tuple) or 2019-09', () => {
    const d7 = `schemas:
  t:
    $schema: "http://json-schema.org/draft-07/schema#"
    type: array
    items: [{ type: string }]
    additionalItems: false
`;
    expect(violations(d7, 't', ['a'])).toEqual([]);
    expect(violations(d7, 't', ['a', 'b']).map((v) => v.constraint)).toEqual(['additionalItems']);
    const d19 = `schemas:
  t:
    $schema: "https://json-schema.org/draft/2019-09/schema"
    type: object
    dependentRequired: { a: [b] }
`;
    expect(violations(d19, 't', { a: 1 })).toEqual([
      { path: '/b', constraint: 'dependentRequired', message: 'must have property b when property a is present' },
    ]);
    expect(() => load('schemas:\n  t: { $schema: "https://json-schema.org/draft/2020-12/schema", type: object }\n')).not.toThrow();
  });

  it('shared $defs are merged into every tool schema; local refs work', () => {
    const y = `schemas:
  $defs:
    Path: { type: string, pattern: "^/workspace/" }
  read_file:
    type: object
    properties: { path: { $ref: "#/$defs/Path" } }
  write_file:
    type: object
    $defs:
      Mode: { enum: [w, a] }
    properties: { path: { $ref: "#/$defs/Path" }, mode: { $ref: "#/$defs/Mode" } }
`;
    const p = load(y);
    expect([...p.schemas.keys()]).toEqual(['read_file', 'write_file']); // $defs is never a tool
    expect(p.sharedDefs).toEqual({ Path: { type: 'string', pattern: '^/workspace/' } });
    expect(violations(y, 'read_file', { path: '/etc' })).toEqual([{ path: '/path', constraint: 'pattern', message: 'must match pattern "^/workspace/"' }]);
    expect(violations(y, 'write_file', { path: '/workspace/x', mode: 'r' })).toEqual([
      { path: '/mode', constraint: 'enum', message: 'must be equal to one of the allowed values' },
    ]);
  });

  it('refuses external $ref (file or URL), keeps #-local refs', () => {
    for (const ref of ['defs.json#/Path', 'https://example.com/s.json', 'file:///etc/passwd']) {
      const { lines } = loadFailure(`schemas:\n  t:\n    properties:\n      p: { $ref: "${ref}" }\n`);
      expect(lines).toEqual([`policy.yaml:4:18: error E_POLICY_PARSE: schemas.t: external $ref is disabled ("${ref}")`]);
    }
    expect(loadFailure('schemas:\n  t:\n    $defs: { a: { $dynamicRef: "http://x/y" } }\n').lines[0]).toContain('external $ref is disabled');
  });

  it('pattern and patternProperties run on RE2 (ASCII \\d, (?i), unanchored)', () => {
    const y = `schemas:
  t:
    type: object
    properties:
      code: { type: string, pattern: "^\\\\d+$" }
      name: { type: string, pattern: "(?i)^admin" }
    patternProperties:
      "^x_\\\\w+$": { type: integer }
`;
    expect(violations(y, 't', { code: '123', name: 'ADMIN1', x_a: 1 })).toEqual([]);
    expect(violations(y, 't', { code: '١٢٣' }).map((v) => v.constraint)).toEqual(['pattern']); // Arabic-Indic digits are not \d
    expect(violations(y, 't', { x_é: 'no' })).toEqual([]); // é is not \w: the property is not matched
    expect(violations(y, 't', { x_a: 'no' })).toEqual([{ path: '/x_a', constraint: 'type', message: 'must be integer' }]);
  });

  it('a ReDoS-shaped schema pattern stays linear on hostile arguments', () => {
    const y = 'schemas:\n  t: { type: object, properties: { p: { type: string, pattern: "^(a+)+$" } } }\n';
    expect(violations(y, 't', { p: 'a'.repeat(50_000) + '!' }).map((v) => v.constraint)).toEqual(['pattern']);
  });

  it('format is an annotation, not asserted', () => {
    expect(violations('schemas:\n  t: { properties: { e: { type: string, format: email } } }\n', 't', { e: 'not an email' })).toEqual([]);
  });

  it('boolean schemas', () => {
    expect(decideAll(load('schemas:\n  t: true\n'), [call('t', { a: 1 })])[0]!.decision).toBe('allow');
    expect(decideAll(load('schemas:\n  t: false\n'), [call('t', {})])[0]!.code).toBe('E_ARG_SCHEMA');
  });

  it('violation paths are JSON pointers naming the property (escaped)', () => {
    const y = 'schemas:\n  t: { type: object, required: ["a/b", "c~d"], additionalProperties: false, properties: { "a/b": {}, "c~d": {} } }\n';
    expect(violations(y, 't', { 'x/y': 1 }).map((v) => v.path)).toEqual(['/a~1b', '/c~0d', '/x~1y']);
  });

  it('two tools with the same $id compile side by side', () => {
    expect(() => load('schemas:\n  a: { $id: "https://example.com/x", type: object }\n  b: { $id: "https://example.com/x", type: object }\n')).not.toThrow();
  });

  it('a schema that is not a mapping or boolean is refused', () => {
    expect(loadFailure('schemas:\n  t: [1]\n').lines).toEqual(['policy.yaml:2:6: error E_POLICY_PARSE: schemas.t must be a JSON Schema (a mapping or a boolean)']);
  });
});
