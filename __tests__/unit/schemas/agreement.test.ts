// One source of truth: the published JSON Schemas and the loaders accept and refuse the same documents.
import { describe, expect, it } from 'vitest';
import { check } from './check.js';
import { exampleDocs, fixtureDocs, initDocs, inlineDocs, type Doc, type DocKind } from './corpus.js';

/**
 * Loader checks a JSON Schema cannot express: files a document names, RE2 syntax, compiling user
 * schemas, cross-references. A document the schema accepts may still fail the loader for these only.
 */
const BEYOND_SCHEMA = [
  /cannot read (policy|schema_file|\$ref) file/,
  /invalid regex/,
  /asserts nothing/,
  /checks nothing/,
  /duplicate test id/,
  /ineffective/,
  /clashes with the shared/,
  /names no runtime_monitor/,
  /duplicate runtime_monitor rule id/,
  /exceeds the u64 range/,
  /borderline_min .* must not exceed/,
  /is not valid JSON|invalid JSON|invalid schema/,
];

function describeDoc(d: Doc, v: ReturnType<typeof check>): string {
  return `${d.name} (${d.kind}): schema ${v.schemaOk ? 'accepts' : `refuses: ${v.schemaErrors.slice(0, 5).join('; ')}`}; loader ${v.loaderOk ? 'accepts' : `refuses: ${v.loaderErrors.slice(0, 3).join('; ')}`}`;
}

describe('schemas and loaders agree', () => {
  const init = initDocs();
  const real = [...exampleDocs(), ...fixtureDocs(), ...init];

  it('finds the documents it claims to check', () => {
    expect(exampleDocs().map((d) => d.name)).toEqual(expect.arrayContaining(['examples/policy.yaml', 'examples/eval/eval.yaml', 'examples/eval/policy.yaml']));
    // Every project kind and variant contributes its eval config and its tool policy.
    expect(init.filter((d) => d.kind === 'eval').length).toBeGreaterThanOrEqual(36);
    expect(init.filter((d) => d.kind === 'policy').length).toBeGreaterThanOrEqual(36);
    expect(inlineDocs().length).toBeGreaterThan(10);
  });

  it('every example, init output and YAML fixture is valid for both', () => {
    const bad = real.map((d) => ({ d, v: check(d.kind, d.text, d.dir) })).filter(({ v }) => !v.schemaOk || !v.loaderOk);
    expect(bad.map(({ d, v }) => describeDoc(d, v))).toEqual([]);
  });

  it('inline test fixtures: the schema never refuses what the loader accepts, and refuses only for reasons it can see', () => {
    const problems: string[] = [];
    for (const d of inlineDocs()) {
      const v = check(d.kind, d.text);
      if (v.schemaOk === v.loaderOk) continue;
      if (v.schemaOk && v.loaderErrors.every((m) => BEYOND_SCHEMA.some((re) => re.test(m)))) continue;
      problems.push(describeDoc(d, v));
    }
    expect(problems).toEqual([]);
  });
});

const POLICY_HEAD = 'version: "2.0"\n';
const EVAL_HEAD = 'configVersion: 1\nsuite: s\nmodel: trace\n';

/** Deliberate mistakes: both the schema and the loader must refuse each one. */
const TYPOS: Array<[string, DocKind, string]> = [
  ['denny instead of deny', 'policy', `${POLICY_HEAD}tools:\n  allow: ["*"]\n  denny: ["exec*"]\n`],
  ['root denny', 'policy', `${POLICY_HEAD}allow: ["*"]\ndenny: ["exec*"]\n`],
  ['constraint instead of constraints', 'policy', `${POLICY_HEAD}deny: ["exec*"]\nconstraint:\n  - tool: read_file\n    params: {path: {matches: "^/app/"}}\n`],
  ['paramz instead of params', 'policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    paramz: {path: {matches: "^/app/"}}\n`],
  ['matchs instead of matches', 'policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    params: {path: {matchs: "^/app/"}}\n`],
  ['within as a string', 'policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    params: {path: {within: "/app"}}\n`],
  ['within with ..', 'policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    params: {path: {within: ["/app/../etc"]}}\n`],
  ['within relative', 'policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    params: {path: {within: ["app"]}}\n`],
  ['unknown sequence type', 'policy', `${POLICY_HEAD}sequences: [{type: nope}]\n`],
  ['sequence rule missing a field', 'policy', `${POLICY_HEAD}sequences: [{type: before, first: a}]\n`],
  ['sequence rule with a field of another kind', 'policy', `${POLICY_HEAD}sequences: [{type: require, tool: a, max: 3}]\n`],
  ['max_calls below 0', 'policy', `${POLICY_HEAD}sequences: [{type: max_calls, tool: a, max: -1}]\n`],
  ['unconstrained_tools value', 'policy', `${POLICY_HEAD}deny: [x]\nenforcement: {unconstrained_tools: block}\n`],
  ['limits typo', 'policy', `${POLICY_HEAD}deny: [x]\nlimits: {max_tool_call_total: 3}\n`],
  ['limit 0', 'policy', `${POLICY_HEAD}deny: [x]\nlimits: {max_tool_calls_total: 0}\n`],
  ['tool pin hash not hex', 'policy', `${POLICY_HEAD}tool_pins: {a: {server_id: s, tool_name: a, schema_hash: XYZ, meta_hash: XYZ}}\ndeny: [x]\n`],
  ['schema that is a string', 'policy', `${POLICY_HEAD}schemas: {read_file: "object"}\n`],
  ['allow as a string', 'policy', `${POLICY_HEAD}tools: {allow: "*"}\n`],
  ['expectd instead of expected', 'eval', `${EVAL_HEAD}tests:\n  - id: t1\n    input: hi\n    expectd: {type: must_contain, must_contain: [x]}\n`],
  ['unknown top-level key', 'eval', `${EVAL_HEAD}policies: x\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
  ['unknown expected type', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: must_containn, must_containn: [x]}}]\n`],
  ['field of another kind', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: regex_match, pattern: x, blocked: [y]}}]\n`],
  ['regex flag', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: regex_match, pattern: x, flags: [g]}}]\n`],
  ['judge_criteria', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: judge_criteria}}]\n`],
  ['assertion typo', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, assertions: [{type: trace_must_call_tool, tol: x}]}]\n`],
  ['settings typo', 'eval', `${EVAL_HEAD}settings: {paralel: 2}\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
  ['config version 3', 'eval', `configVersion: 3\nsuite: s\nmodel: trace\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
  ['no tests', 'eval', `${EVAL_HEAD}tests: []\n`],
  ['missing suite', 'eval', `model: trace\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
  ['two legacy keys', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {must_contain: x, sequence: [a]}}]\n`],
  ['args_valid with both policy and schema', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: args_valid, policy: p.yaml, schema: {t: {type: object}}}}]\n`],
  ['inline policy typo', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: args_valid, schema: {version: "2.0", denny: [x]}}}]\n`],
  ['inline rule typo', 'eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: sequence_valid, rules: [{type: befor, first: a, then: b}]}}]\n`],
  ['capture without acknowledgement', 'eval', `${EVAL_HEAD}otel: {capture_mode: blob_ref}\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
];

describe('deliberate typos are refused by both', () => {
  it.each(TYPOS)('%s', (_name, kind, text) => {
    const v = check(kind, text);
    expect({ schema: v.schemaOk, loader: v.loaderOk }).toEqual({ schema: false, loader: false });
  });

  it('the same documents without the typo pass both (so the refusals above are about the typo)', () => {
    const fixed: Array<[DocKind, string]> = [
      ['policy', `${POLICY_HEAD}tools:\n  allow: ["*"]\n  deny: ["exec*"]\n`],
      ['policy', `${POLICY_HEAD}constraints:\n  - tool: read_file\n    params: {path: {matches: "^/app/", within: ["/app"]}, mode: "^r$"}\n`],
      ['policy', `${POLICY_HEAD}constraints: {read_file: {path: {within: ["/app"], id: p1, x-note: n}}}\n`],
      ['policy', `${POLICY_HEAD}sequences: [{type: before, first: a, then: {tool: b, args_match: {x: "^1$"}}, id: r1, description: d, x-owner: me}]\naliases: {a: [a1, a2]}\n`],
      ['policy', `version: "1.0"\ntools:\n  allow: [a]\n  arg_constraints: {a: {type: object}}\n  require_args: {a: [x]}\n`],
      ['policy', `${POLICY_HEAD}deny: [x]\nlimits: {max_tool_calls_total: 3}\ntool_pins: {a: {server_id: s, tool_name: a, schema_hash: ${'a'.repeat(64)}, meta_hash: ${'b'.repeat(64)}}}\n`],
      ['eval', `${EVAL_HEAD}tests:\n  - id: t1\n    input: hi\n    expected: {type: must_contain, must_contain: [x]}\n`],
      ['eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: args_valid, schema: {version: "2.0", deny: [x]}}}]\n`],
      ['eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: args_valid, schema: {read_file: {type: object, required: [path]}}}}]\n`],
      ['eval', `${EVAL_HEAD}tests: [{id: a, input: b, expected: {type: sequence_valid, rules: [{type: before, first: a, then: b}]}}]\n`],
      ['eval', `${EVAL_HEAD}otel: {capture_mode: blob_ref, capture_acknowledged: true, exporter: {allowlist: [otel.example.com]}}\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`],
      ['eval', `${EVAL_HEAD}tests: [{id: a, input: b, assertions: [{type: trace_must_call_tool, tool: x}, {type: trace_tool_sequence, sequence: [a], allow_other_tools: true}]}]\n`],
    ];
    const bad = fixed.map(([kind, text]) => ({ text, v: check(kind, text) })).filter(({ v }) => !v.schemaOk || !v.loaderOk);
    expect(bad.map(({ text, v }) => `${text}\n${JSON.stringify(v)}`)).toEqual([]);
  });
});
