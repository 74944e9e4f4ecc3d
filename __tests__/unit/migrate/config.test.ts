// `assay migrate` on eval configs: every legacy `expected` form, `$ref` inlining,
// configVersion; the migrated config evaluates every test exactly as the original on a trace.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { bindTest, buildBindingIndex } from '../../../src/core/eval/bind.js';
import { makeEvalContext } from '../../../src/core/eval/evaluate.js';
import { parseEvalConfig } from '../../../src/core/eval/load.js';
import { evaluateSuite } from '../../../src/core/eval/suite.js';
import { migrateConfigFile, migrateConfigText } from '../../../src/core/migrate/index.js';
import { readTrace, type TraceEntry } from '../../../src/core/trace/index.js';

const LEGACY = [
  'suite: legacy',
  'model: trace',
  'tests:',
  '  - id: contains_list',
  '    input: "hi"',
  '    expected:',
  '      - must_contain: ["hello", "assay"]',
  '  - id: contains_scalar',
  '    input: {prompt: "hi2"}',
  '    expected:',
  '      must_contain: "nope"',
  '  - id: seq_legacy',
  '    input: "book"',
  '    expected:',
  '      sequence: [search, book]',
  '  - id: seq_tagged',
  '    input: "book2"',
  '    expected:',
  '      type: sequence',
  '      sequence: [search]',
  '  - id: schema_legacy',
  '    input: "book"',
  '    expected:',
  '      schema:',
  '        book:',
  '          type: object',
  '          required: [id]',
  '  - id: ref_legacy',
  '    input: "hi"',
  '    expected:',
  '      $ref: blocks/hello.yaml',
  '  - id: ref_tagged',
  '    input: "hi2"',
  '    expected:',
  '      type: $ref',
  '      path: blocks/fail.yaml',
  '  - id: policy_path',
  '    input: "book"',
  '    expected:',
  '      type: args_valid',
  '      policy: policies/legacy.yaml',
  '',
].join('\n');

const FILES: Record<string, string> = {
  'blocks/hello.yaml': 'type: regex_match\npattern: "^hello"\n',
  'blocks/fail.yaml': 'type: must_not_contain\nmust_not_contain: ["bye"]\n',
  'policies/legacy.yaml': 'version: "1.0"\ntools:\n  require_args:\n    book: [id]\n',
  'trace.jsonl': [
    '{"prompt":"hi","response":"hello assay"}',
    '{"prompt":"hi2","response":"bye now"}',
    '{"type":"episode_start","episode_id":"b","timestamp":1,"input":{"prompt":"book"}}',
    '{"type":"tool_call","episode_id":"b","step_id":"s1","timestamp":2,"tool_name":"search","args":{}}',
    '{"type":"tool_call","episode_id":"b","step_id":"s2","timestamp":3,"tool_name":"book","args":{"id":7}}',
    '{"type":"episode_end","episode_id":"b","timestamp":4}',
    '{"type":"episode_start","episode_id":"b2","timestamp":5,"input":{"prompt":"book2"}}',
    '{"type":"tool_call","episode_id":"b2","step_id":"s1","timestamp":6,"tool_name":"book","args":{}}',
    '{"type":"episode_end","episode_id":"b2","timestamp":7}',
  ].join('\n'),
};

function project(config: string): string {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  for (const [p, t] of Object.entries({ ...FILES, 'eval.yaml': config })) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), t);
  }
  return d;
}

async function rows(dir: string, text: string): Promise<Array<[string, string, string]>> {
  const { config } = parseEvalConfig(text, 'eval.yaml', dir, { cwd: dir });
  const entries: TraceEntry[] = [];
  await readTrace(join(dir, 'trace.jsonl'), { onEntry: (e) => entries.push(e) });
  const index = buildBindingIndex(entries);
  const r = evaluateSuite(config, (t) => bindTest(t, index), makeEvalContext(config, { assayVersion: 'test' }));
  return r.rows.map((x) => [x.test_id, x.status, x.message]);
}

describe('migrate: eval configs', () => {
  it('rewrites every legacy expected form; the result evaluates every test as the original', async () => {
    const dir = project(LEGACY);
    const m = migrateConfigText(LEGACY, 'eval.yaml', { baseDir: dir, cwd: dir });
    expect(m.changed).toBe(true);
    expect(m.constructs).toEqual([
      'configVersion (absent, 0) → 1',
      "test 'contains_list': one-element list unwrapped",
      "test 'contains_list': must_contain → type: must_contain",
      "test 'contains_scalar': must_contain → type: must_contain",
      "test 'seq_legacy': sequence → type: sequence_valid",
      "test 'seq_tagged': type: sequence → type: sequence_valid",
      "test 'schema_legacy': schema → type: args_valid",
      'test \'ref_legacy\': $ref "blocks/hello.yaml" inlined',
      'test \'ref_tagged\': type: $ref "blocks/fail.yaml" inlined',
    ]);
    const doc = parse(m.migrated) as { configVersion: number; tests: Array<{ id: string; expected: unknown }> };
    expect(doc.configVersion).toBe(1);
    const byId = Object.fromEntries(doc.tests.map((t) => [t.id, t.expected]));
    expect(byId).toEqual({
      contains_list: { type: 'must_contain', must_contain: ['hello', 'assay'] },
      contains_scalar: { type: 'must_contain', must_contain: 'nope' },
      seq_legacy: { type: 'sequence_valid', sequence: ['search', 'book'] },
      seq_tagged: { type: 'sequence_valid', sequence: ['search'] },
      schema_legacy: { type: 'args_valid', schema: { book: { type: 'object', required: ['id'] } } },
      ref_legacy: { type: 'regex_match', pattern: '^hello' },
      ref_tagged: { type: 'must_not_contain', must_not_contain: ['bye'] },
      // Policy paths are first-class: kept, not inlined.
      policy_path: { type: 'args_valid', policy: 'policies/legacy.yaml' },
    });
    // The referenced legacy policy is pointed out, not rewritten.
    expect(m.notes.map((n) => [n.code, n.file])).toContainEqual(['W_POLICY_LEGACY', 'policies/legacy.yaml']);
    const before = await rows(dir, LEGACY);
    expect(before.map((r) => r[1])).toContain('fail');
    expect(before.map((r) => r[1])).toContain('pass');
    expect(await rows(dir, m.migrated)).toEqual(before);
    // Loads with no deprecation left, and a second migrate changes nothing.
    const reloaded = parseEvalConfig(m.migrated, 'eval.yaml', dir, { cwd: dir });
    expect(reloaded.diagnostics.filter((d) => d.code === 'W_CFG_REF_DEPRECATED')).toEqual([]);
    expect(migrateConfigText(m.migrated, 'eval.yaml', { baseDir: dir, cwd: dir }).changed).toBe(false);
  });

  it('`version: 0` becomes configVersion: 1; a current config is clean', () => {
    const dir = project('');
    const v0 = 'version: 0\nsuite: s\nmodel: trace\ntests:\n  - id: t\n    input: hi\n    expected: {type: must_contain, must_contain: [x]}\n';
    const m = migrateConfigText(v0, 'eval.yaml', { baseDir: dir });
    expect(m.constructs).toEqual(['configVersion 0 → 1', 'version → configVersion']);
    expect(Object.keys(parse(m.migrated) as object)).toEqual(['configVersion', 'suite', 'model', 'tests']);
    expect(migrateConfigText(m.migrated, 'eval.yaml', { baseDir: dir }).changed).toBe(false);
  });

  it('an invalid config is refused with its load error (E_CFG_PARSE)', () => {
    const dir = project('');
    expect(() => migrateConfigText('suite: s\nmodel: trace\ntests:\n  - id: t\n    input: hi\n    expectd: {}\n', 'eval.yaml', { baseDir: dir })).toThrow(/unknown key "expectd"/);
  });

  it('--config may name a policy (told apart by content)', () => {
    const dir = project('');
    writeFileSync(join(dir, 'assay.yaml'), 'version: "1.0"\ntools:\n  deny: [x]\n');
    const m = migrateConfigFile(join(dir, 'assay.yaml'), 'assay.yaml');
    expect(m.kind).toBe('policy');
    expect(m.changed).toBe(true);
  });
});
