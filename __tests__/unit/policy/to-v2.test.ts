import { describe, expect, it } from 'vitest';
import { toV2Document } from '../../../src/core/policy/to-v2.js';
import { call, decideAll, load, strip, warnings } from './helpers.js';

const CALLS = [
  call('read_file', { path: '/workspace/a', n: 1 }),
  call('read_file', { path: '/etc/passwd', n: 1 }),
  call('read_file', { path: '/workspace/a', n: 9 }),
  call('read_file', {}),
  call('exec', { cmd: 'ls' }),
  call('exec', {}),
  call('auth'),
  call('pay'),
  call('other'),
];

const SOURCES = {
  legacy: `version: "1.0"
tools:
  allow: [read_file, exec, auth, pay]
  deny: [rm]
  arg_constraints:
    read_file: { type: object, properties: { n: { type: integer, maximum: 3 } } }
  require_args:
    exec: [cmd]
constraints:
  - tool: read_file
    params: { path: { matches: "^/workspace/" } }
`,
  short: `version: "2.0"
allow: [read_file, exec, auth, pay]
deny: [rm]
constraints:
  read_file: { path: "^/workspace/" }
`,
  mixed: `version: "2.0"
name: mixed
tools:
  allow: [read_file, exec, auth, pay]
schemas:
  $defs:
    N: { type: integer, maximum: 3 }
  read_file:
    type: object
    $defs:
      Local: { type: object }
    allOf: [{ $ref: "#/$defs/Local" }]
    properties: { n: { $ref: "#/$defs/N" } }
constraints:
  - tool: read_file
    params: { path: { matches: "^/workspace/" } }
enforcement: { unconstrained_tools: deny }
limits: { max_tool_calls_total: 8 }
sequences:
  - { type: before, first: auth, then: pay }
aliases: { Pay: [pay] }
on_error: allow
`,
};

describe('toV2Document (assay migrate)', () => {
  it.each(Object.entries(SOURCES))('%s → v2 decides every call exactly as the original', (_name, text) => {
    const original = load(text);
    const doc = toV2Document(original);
    const migrated = load(JSON.stringify(doc));
    expect(migrated.spelling).toEqual({ short: false, legacy: false });
    expect(warnings(JSON.stringify(doc))).toEqual([]);
    for (const incremental of [false, true]) {
      expect(decideAll(migrated, CALLS, { incremental }).map(strip)).toEqual(decideAll(original, CALLS, { incremental }).map(strip));
    }
  });

  it('writes the minimal v2 form in the documented key order', () => {
    const doc = toV2Document(load(SOURCES.mixed));
    expect(Object.keys(doc)).toEqual(['version', 'name', 'tools', 'schemas', 'enforcement', 'limits', 'sequences', 'aliases', 'on_error']);
    expect(doc.version).toBe('2.0');
    const schemas = doc.schemas as Record<string, Record<string, unknown>>;
    expect(Object.keys(schemas)).toEqual(['$defs', 'read_file']);
    expect(schemas.read_file!.$defs).toEqual({ Local: { type: 'object' } }); // own $defs hoisted, shared ones not copied
    expect(toV2Document(load('tools:\n  allow: []\n'))).toEqual({ version: '2.0', tools: { allow: [] } });
  });
});
