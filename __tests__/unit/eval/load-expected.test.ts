import { describe, expect, it } from 'vitest';
import { errors, load, tempDir, warnings, writeFiles } from './helpers.js';

/** A config whose single test `t1` has the given `expected` (YAML flow or block text at col 5). */
function cfg(expected: string): string {
  return `suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: x\n    expected: ${expected}\n`;
}

function spec(expected: string, files: Record<string, string> = {}) {
  const l = load(cfg(expected), files);
  if (l.error) throw new Error(errors(l).join('\n') || l.error.message);
  return l.result!.config.tests[0]!.expected;
}

describe('expected: shapes', () => {
  it('a one-element list is that element; [] and two elements are refused', () => {
    expect(spec('[{must_contain: a}]')).toEqual({ kind: 'must_contain', values: ['a'] });
    expect(errors(load(cfg('[]')))).toEqual(["6:15: test 't1': expected block checks nothing (empty list)"]);
    expect(errors(load(cfg('[{must_contain: a}, {must_contain: b}]')))).toEqual([
      "6:15: test 't1': only one expected block is supported (found 2)",
    ]);
  });

  it('legacy keys: must_contain scalar/list, sequence, schema', () => {
    expect(spec('{must_contain: a}')).toEqual({ kind: 'must_contain', values: ['a'] });
    expect(spec('{must_contain: [a, b]}')).toEqual({ kind: 'must_contain', values: ['a', 'b'] });
    expect(spec('{sequence: [a, b]}')).toEqual({ kind: 'sequence_valid', sequence: ['a', 'b'] });
    expect(spec('{sequence: []}')).toEqual({ kind: 'sequence_valid', sequence: [] });
  });

  it('type: must_contain with a scalar and type: sequence fall back to legacy', () => {
    expect(spec('{type: must_contain, must_contain: a}')).toEqual({ kind: 'must_contain', values: ['a'] });
    expect(spec('{type: sequence, sequence: [a]}')).toEqual({ kind: 'sequence_valid', sequence: ['a'] });
  });

  it('ambiguous, unrecognized and empty legacy blocks', () => {
    expect(errors(load(cfg('{must_contain: a, sequence: [b]}')))).toEqual([
      "6:15: test 't1': ambiguous legacy expected block (keys: must_contain, sequence)",
    ]);
    expect(errors(load(cfg('{must_contain: a, foo: 1}')))).toEqual(["6:33: test 't1': unrecognized expected key(s) [foo]"]);
    expect(errors(load(cfg('{must_not_contain: [a]}')))).toEqual([
      '6:16: test \'t1\': unrecognized expected key(s) [must_not_contain] (did you mean "type: must_not_contain"?)',
    ]);
    expect(errors(load(cfg('{}')))).toEqual(["6:15: test 't1': expected block checks nothing (empty)"]);
    expect(errors(load(cfg('')))).toEqual(["6:15: test 't1': expected block checks nothing (empty)"]);
  });

  it('unknown type and unknown fields of a kind', () => {
    const e = errors(load(cfg('{type: nope}')));
    expect(e[0]).toMatch(/^6:22: test 't1': unknown expected type "nope" \(known: must_contain, must_not_contain, regex_match, /);
    expect(errors(load(cfg('{type: regex_match, pattern: a, flag: [i]}')))).toEqual([
      '6:47: unknown key "flag" in tests[0].expected; did you mean "flags"? (allowed: type, pattern, flags)',
    ]);
  });

  it('judge_criteria is never executable', () => {
    expect(errors(load(cfg('{type: judge_criteria, judge_criteria: {x: 1}}')))).toEqual([
      "6:22: test 't1': judge_criteria is not executable: use faithfulness or relevance",
    ]);
  });
});

describe('expected kinds: refusals', () => {
  it('must_contain: all entries empty', () => {
    expect(errors(load(cfg('{type: must_contain, must_contain: []}')))).toEqual([
      "6:50: test 't1': expected block checks nothing (must_contain is empty)",
    ]);
    expect(errors(load(cfg('{type: must_contain, must_contain: ["", ""]}')))).toHaveLength(1);
    expect(errors(load(cfg('{type: must_contain}')))).toEqual(["6:15: test 't1': expected block checks nothing (must_contain is empty)"]);
    expect(spec('{type: must_contain, must_contain: ["", a]}')).toEqual({ kind: 'must_contain', values: ['', 'a'] });
    expect(errors(load(cfg('{type: must_contain, must_contain: 3}')))).toEqual([
      '6:50: tests[0].expected.must_contain: expected a string or a list of strings',
    ]);
  });

  it('must_not_contain: empty list, "" entry', () => {
    expect(errors(load(cfg('{type: must_not_contain, must_not_contain: []}')))).toEqual([
      "6:58: test 't1': expected block checks nothing (must_not_contain is empty)",
    ]);
    expect(errors(load(cfg('{type: must_not_contain, must_not_contain: [a, ""]}')))).toEqual([
      "6:62: test 't1': expected block is ineffective (must_not_contain holds \"\", which every text contains)",
    ]);
    expect(errors(load(cfg('{type: must_not_contain, must_not_contain: a}')))).toEqual([
      '6:58: tests[0].expected.must_not_contain: expected a list of strings',
    ]);
  });

  it('regexes: empty, unknown flag, invalid (RE2), flags prefix', () => {
    expect(errors(load(cfg('{type: regex_match, pattern: ""}')))).toEqual([
      "6:44: test 't1': expected block checks nothing (pattern is empty and matches every text)",
    ]);
    expect(errors(load(cfg('{type: regex_not_match, pattern: ""}')))).toEqual([
      "6:48: test 't1': expected block is ineffective (an empty pattern matches every text, so it always fails)",
    ]);
    expect(errors(load(cfg('{type: regex_match, pattern: a, flags: [x]}')))).toEqual([
      "6:55: test 't1': unknown regex flag \"x\" (allowed: i, m, s)",
    ]);
    expect(errors(load(cfg('{type: regex_match, pattern: "(?=x)y"}')))).toEqual([
      "6:44: test 't1': invalid regex: look-around is not supported",
    ]);
    expect(errors(load(cfg('{type: regex_match}')))).toEqual(['6:15: tests[0].expected: missing required key "pattern"']);
    const s = spec('{type: regex_match, pattern: "^hello", flags: [i]}');
    expect(s?.kind).toBe('regex_match');
    if (s?.kind === 'regex_match') {
      expect(s.regex.test('HELLO world')).toBe(true);
      expect(s.regex.test('say hello')).toBe(false);
    }
  });

  it('json_schema: inline JSON string, schema_file, neither, invalid', () => {
    const s = spec(`{type: json_schema, json_schema: '{"type":"object","required":["a"]}'}`);
    expect(s?.kind).toBe('json_schema');
    if (s?.kind === 'json_schema') {
      expect(s.validator.validate({ a: 1 })).toEqual([]);
      expect(s.validator.validate({})).toHaveLength(1);
    }
    const f = spec('{type: json_schema, schema_file: schemas/out.json}', { 'schemas/out.json': '{"type":"array"}' });
    expect(f?.kind === 'json_schema' && f.schemaFile).toBe('schemas/out.json');
    // The reference requires json_schema next to schema_file; the file wins.
    const both = spec(`{type: json_schema, json_schema: '{"type":"object"}', schema_file: s.json}`, { 's.json': '{"type":"array"}' });
    expect(both?.kind === 'json_schema' && both.validator.validate([])).toEqual([]);
    expect(errors(load(cfg('{type: json_schema}')))).toEqual(["6:15: test 't1': json_schema needs json_schema or schema_file"]);
    expect(errors(load(cfg('{type: json_schema, schema_file: missing.json}')))).toEqual([
      "6:48: test 't1': schema_file \"missing.json\": cannot read schema_file file: no such file or directory",
    ]);
    expect(errors(load(cfg(`{type: json_schema, json_schema: '{"type":'}`)))[0]).toMatch(/^6:48: test 't1': json_schema is not valid JSON: /);
    expect(errors(load(cfg(`{type: json_schema, json_schema: '{"type":"nope"}'}`)))[0]).toMatch(/^6:48: test 't1': json_schema: invalid schema: /);
    expect(errors(load(cfg(`{type: json_schema, json_schema: '{"$ref":"http://x/y.json"}'}`)))).toEqual([
      "6:48: test 't1': json_schema: invalid schema: external $ref is disabled (\"http://x/y.json\")",
    ]);
    expect(errors(load(cfg(`{type: json_schema, json_schema: '{"pattern":"(?=a)"}'}`)))[0]).toMatch(/look-around is not supported/);
  });

  it('semantic_similarity_to: aliases, default min_score, refusal at -1', () => {
    expect(spec('{type: semantic_similarity_to, semantic_similarity_to: ref}')).toEqual({
      kind: 'semantic_similarity_to',
      reference: 'ref',
      minScore: 0.8,
    });
    expect(spec('{type: semantic_similarity_to, text: ref, threshold: 0.5, thresholding: {max_drop: 0.1}}')).toEqual({
      kind: 'semantic_similarity_to',
      reference: 'ref',
      minScore: 0.5,
      maxDrop: 0.1,
    });
    expect(errors(load(cfg('{type: semantic_similarity_to, text: r, min_score: -1}')))).toEqual([
      "6:66: test 't1': expected block checks nothing (min_score -1 passes every similarity)",
    ]);
    expect(errors(load(cfg('{type: semantic_similarity_to, text: r, thresholding: {maxdrop: 1}}')))).toEqual([
      '6:70: unknown key "maxdrop" in tests[0].expected.thresholding; did you mean "max_drop"? (allowed: max_drop)',
    ]);
  });

  it('thresholds.min_score is the default for similarity and judge kinds', () => {
    const text = `suite: s\nmodel: trace\nthresholds: {min_score: 0.6}\ntests:\n  - id: t1\n    input: x\n    expected: {type: faithfulness, rubric_version: v2}\n`;
    expect(load(text).result!.config.tests[0]!.expected).toEqual({ kind: 'faithfulness', minScore: 0.6, rubricVersion: 'v2' });
  });

  it('tool_blocklist, tool_output_valid, integrity, collision', () => {
    expect(spec('{type: tool_blocklist, blocked: ["exec*"]}')).toEqual({ kind: 'tool_blocklist', blocked: ['exec*'] });
    expect(errors(load(cfg('{type: tool_blocklist, blocked: []}')))).toEqual([
      "6:47: test 't1': expected block checks nothing (blocked is empty)",
    ]);
    expect(errors(load(cfg('{type: tool_output_valid}')))).toEqual(["6:15: test 't1': tool_output_valid needs schemas"]);
    expect(errors(load(cfg('{type: tool_output_valid, schemas: {a: {}, b: true}}')))).toEqual([
      "6:50: test 't1': expected block checks nothing (schemas assert nothing)",
    ]);
    const o = spec('{type: tool_output_valid, schemas: {a: {type: object}}}');
    expect(o?.kind === 'tool_output_valid' && o.schemas.map((s) => s.tool)).toEqual(['a']);
    expect(spec('{type: tool_description_integrity}')).toEqual({ kind: 'tool_description_integrity', pinned: [] });
    expect(errors(load(cfg('{type: tool_description_integrity, pinned_tools: [{name: a, schema_sha256: xyz}]}')))).toEqual([
      '6:90: tests[0].expected.pinned_tools[0].schema_sha256: must be 64 lowercase hex characters',
    ]);
    expect(spec('{type: tool_collision_detect}')).toEqual({ kind: 'tool_collision_detect', trusted: [] });
    expect(spec('{type: tool_collision_detect, trusted_servers: [a]}')).toEqual({ kind: 'tool_collision_detect', trusted: ['a'] });
  });

  it('sequence_valid: nothing given, empty rules, before first == then', () => {
    expect(errors(load(cfg('{type: sequence_valid}')))).toEqual(["6:15: test 't1': sequence_valid needs policy, sequence or rules"]);
    expect(errors(load(cfg('{type: sequence_valid, rules: []}')))).toEqual([
      "6:45: test 't1': expected block checks nothing (rules is empty)",
    ]);
    expect(errors(load(cfg('{type: sequence_valid, rules: [{type: before, first: a, then: a}]}')))).toEqual([
      "6:46: test 't1': expected block is ineffective (before rule with first == then)",
    ]);
  });

  it('args_valid: neither or both, keyword as tool name, non-object entry, asserts nothing, ambiguous schemas', () => {
    expect(errors(load(cfg('{type: args_valid}')))).toEqual(["6:15: test 't1': args_valid needs exactly one of policy or schema"]);
    expect(errors(load(cfg('{type: args_valid, policy: p.yaml, schema: {a: {type: object}}}')))).toEqual([
      "6:15: test 't1': args_valid needs exactly one of policy or schema",
    ]);
    expect(errors(load(cfg('{schema: {properties: {a: {type: string}}}}')))).toEqual([
      "6:25: test 't1': \"properties\" is a JSON Schema keyword, not a tool name (args_valid schema maps tool names to schemas)",
    ]);
    expect(errors(load(cfg('{schema: {read_file: 3}}')))).toEqual([
      '6:36: tests[0].expected.schema.read_file: expected a JSON Schema mapping, found a number',
    ]);
    expect(errors(load(cfg('{schema: {read_file: {}}}')))).toEqual(["6:24: test 't1': args_valid schema asserts nothing"]);
    expect(errors(load(cfg('{schema: {schemas: {a: {type: object}}}}')))).toEqual([
      "6:24: test 't1': args_valid schema holding only \"schemas\" is ambiguous (add version: \"2.0\" for a policy)",
    ]);
    expect(errors(load(cfg('{type: args_valid, policy: missing.yaml}')))).toEqual([
      "6:42: test 't1': policy \"missing.yaml\": cannot read policy file: no such file or directory",
    ]);
  });
});

describe('$ref (deprecated)', () => {
  it('loads the referenced block with W_CFG_REF_DEPRECATED, relative to the config', () => {
    const l = load(cfg('{$ref: blocks/e.yaml}'), { 'blocks/e.yaml': 'type: must_contain\nmust_contain: [ok]\n' });
    expect(errors(l)).toEqual([]);
    expect(l.result!.config.tests[0]!.expected).toEqual({ kind: 'must_contain', values: ['ok'] });
    expect(l.result!.config.tests[0]!.raw.expected).toEqual({ type: 'must_contain', must_contain: ['ok'] });
    expect(warnings(l)).toEqual([
      'W_CFG_REF_DEPRECATED 6:22: test \'t1\': $ref expected blocks are deprecated; run "assay migrate" to inline "blocks/e.yaml"',
    ]);
    expect(Object.keys(l.result!.config.tests[0]!.fileDigests)).toEqual(['blocks/e.yaml']);
  });

  it('tagged form type: $ref with path', () => {
    expect(spec('{type: $ref, path: e.yaml}', { 'e.yaml': 'must_contain: ok\n' })).toEqual({ kind: 'must_contain', values: ['ok'] });
  });

  it('errors inside the referenced file are reported at the $ref with the inner position', () => {
    const l = load(cfg('{$ref: e.yaml}'), { 'e.yaml': 'type: must_contain\nmust_contain: []\n' });
    expect(errors(l)).toEqual([
      "6:22: test 't1': $ref \"e.yaml\": e.yaml:2:15: test 't1': expected block checks nothing (must_contain is empty)",
    ]);
  });

  it('--deny-deprecations refuses it; a missing file is an error', () => {
    expect(errors(load(cfg('{$ref: e.yaml}'), { 'e.yaml': 'must_contain: ok\n' }, { denyDeprecations: true }))).toEqual([
      "6:22: test 't1': $ref expected blocks are deprecated (--deny-deprecations)",
    ]);
    expect(errors(load(cfg('{$ref: nope.yaml}')))).toEqual([
      "6:22: test 't1': $ref \"nope.yaml\": cannot read $ref file: no such file or directory",
    ]);
  });

  it('falls back to the working directory with W_PATH_CWD_RELATIVE', () => {
    const cwdDir = tempDir();
    writeFiles(cwdDir, { 'e.yaml': 'must_contain: ok\n' });
    const l = load(cfg('{$ref: e.yaml}'), {}, { cwd: cwdDir });
    expect(errors(l)).toEqual([]);
    expect(warnings(l)).toContain(
      "W_PATH_CWD_RELATIVE 6:22: test 't1': $ref \"e.yaml\" is not next to the config; using \"e.yaml\" relative to the working directory",
    );
  });
});
