import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, formatDiagnostic } from '../../../src/core/errors.js';
import { isPolicyDocument, loadPolicyFile, parsePolicy, policyAssertsNothing, policyFromValue } from '../../../src/core/policy/load.js';
import { parseYamlSource } from '../../../src/core/util/yaml-source.js';
import { call, decideAll, load, loadFailure, strip, warnings } from './helpers.js';

const CALLS = [
  call('read_file', { path: '/workspace/a.txt' }),
  call('read_file', { path: '/etc/passwd' }),
  call('read_file', {}),
  call('read_file', { path: 42 }),
  call('read_file', { path: '' }),
  call('exec_shell', { cmd: 'ls' }),
  call('list_dir', {}),
  call('unknown_tool', {}),
];

// One policy, every spelling.
const V2 = `version: "2.0"
tools:
  allow: [read_file, list_dir, "exec*"]
  deny: ["exec*"]
schemas:
  read_file:
    type: object
    additionalProperties: true
    properties:
      path: { type: string, pattern: "^/workspace/", minLength: 1 }
    required: [path]
`;
const SHORT_LIST = `version: "2.0"
allow: [read_file, list_dir, "exec*"]
deny: ["exec*"]
constraints:
  - tool: read_file
    params:
      path: { matches: "^/workspace/" }
`;
const SHORT_MAP = `version: "2.0"
allow: [read_file, list_dir, "exec*"]
deny: ["exec*"]
constraints:
  read_file:
    path: "^/workspace/"
`;
const SHORT_MAP_MATCHES = `version: "2.0"
allow: [read_file, list_dir, "exec*"]
deny: ["exec*"]
constraints:
  read_file:
    path: { matches: "^/workspace/" }
`;
const LEGACY = `version: "1.0"
tools:
  allow: [read_file, list_dir, "exec*"]
  deny: ["exec*"]
  arg_constraints:
    read_file:
      type: object
      additionalProperties: true
      properties:
        path: { type: string, pattern: "^/workspace/", minLength: 1 }
      required: [path]
`;
const JSON_FORM = JSON.stringify({
  version: '2.0',
  tools: { allow: ['read_file', 'list_dir', 'exec*'], deny: ['exec*'] },
  schemas: {
    read_file: {
      type: 'object',
      additionalProperties: true,
      properties: { path: { type: 'string', pattern: '^/workspace/', minLength: 1 } },
      required: ['path'],
    },
  },
});

describe('every spelling loads to the same decisions', () => {
  const expected = decideAll(load(V2), CALLS).map(strip);

  it('the v2 reference decisions are as documented', () => {
    expect(expected.map((d) => d.code)).toEqual([
      null,
      'E_ARG_SCHEMA',
      'E_ARG_SCHEMA',
      'E_ARG_SCHEMA',
      'E_ARG_SCHEMA',
      'E_TOOL_DENIED',
      'E_TOOL_UNCONSTRAINED',
      'E_TOOL_NOT_ALLOWED',
    ]);
    expect(expected[2]!.violations).toEqual([{ path: '/path', constraint: 'required', message: "must have required property 'path'" }]);
    expect(expected[3]!.violations?.[0]).toMatchObject({ path: '/path', constraint: 'type' });
    expect(expected[4]!.violations?.map((v) => v.constraint)).toEqual(['minLength', 'pattern']);
  });

  it.each([
    ['short form, list constraints', SHORT_LIST],
    ['short form, map constraints', SHORT_MAP],
    ['short form, map constraints with matches', SHORT_MAP_MATCHES],
    ['legacy v1', LEGACY],
    ['JSON', JSON_FORM],
  ])('%s', (_label, text) => {
    expect(decideAll(load(text), CALLS).map(strip)).toEqual(expected);
  });

  it('the short form draws no warning; legacy draws W_POLICY_LEGACY once at 1:1', () => {
    expect(warnings(SHORT_LIST)).toEqual([]);
    expect(warnings(SHORT_MAP)).toEqual([]);
    expect(load(SHORT_LIST).spelling).toEqual({ short: true, legacy: false });
    const w = warnings(LEGACY + 'constraints:\n  - tool: x\n    params: { p: { matches: "a" } }\n');
    expect(w).toEqual([
      'policy.yaml:1:1: warning W_POLICY_LEGACY: legacy v1 policy form (version 1.0, tools.arg_constraints or tools.require_args); run "assay migrate --policy policy.yaml"',
    ]);
  });

  it('legacy triggers: version "1", version 1, tools.require_args', () => {
    for (const t of ['version: "1"\ntools: { allow: [a] }\n', 'version: 1\ntools: { allow: [a] }\n', 'tools:\n  require_args: { a: [p] }\n']) {
      expect(warnings(t).map((l) => l.split(' ')[2])).toEqual(['W_POLICY_LEGACY:']);
    }
  });

  it('legacy is an error with denyDeprecations', () => {
    const { lines } = loadFailure(LEGACY, { denyDeprecations: true });
    expect(lines).toEqual(['policy.yaml:1:1: error E_POLICY_PARSE: legacy policy form is not allowed (--deny-deprecations)']);
  });

  it('the short form is never deprecated, also with denyDeprecations', () => {
    expect(() => parsePolicy(SHORT_LIST, 'policy.yaml', { denyDeprecations: true })).not.toThrow();
  });

  it('tools.require_args adds required (creating {type: object} when alone)', () => {
    const p = load('version: "1.0"\ntools:\n  require_args:\n    exec: [cmd]\n');
    expect(p.schemas.get('exec')!.schema).toEqual({ type: 'object', required: ['cmd'] });
    expect(decideAll(p, [call('exec', {}), call('exec', { cmd: 'ls' })]).map((d) => d.code)).toEqual(['E_ARG_SCHEMA', null]);
  });

  it('two schema sources for one tool are both enforced (allOf)', () => {
    const p = load(`version: "2.0"
schemas:
  read_file: { type: object, properties: { n: { type: integer, maximum: 3 } } }
constraints:
  - tool: read_file
    params: { path: { matches: "^/ws/" } }
`);
    const ts = p.schemas.get('read_file')!;
    expect(ts.sources.map((s) => s.origin)).toEqual(['schemas', 'constraints']);
    expect((ts.schema as { allOf: unknown[] }).allOf).toHaveLength(2);
    const [a, b, c] = decideAll(p, [call('read_file', { path: '/ws/x', n: 1 }), call('read_file', { path: '/ws/x', n: 9 }), call('read_file', { n: 1 })]);
    expect(a!.decision).toBe('allow');
    expect(b!.violations).toEqual([{ path: '/n', constraint: 'maximum', message: 'must be <= 3' }]);
    expect(c!.violations).toEqual([{ path: '/path', constraint: 'required', message: "must have required property 'path'" }]);
  });

  it('root allow/deny are appended to tools.allow/tools.deny with continuing indices', () => {
    const p = load('version: "2.0"\ntools:\n  deny: [a]\n  allow: [x]\ndeny: [b]\nallow: [y]\n');
    expect(p.tools.deny.entries.map((e) => [e.index, e.pattern])).toEqual([
      [0, 'a'],
      [1, 'b'],
    ]);
    expect(p.tools.allow!.entries.map((e) => e.pattern)).toEqual(['x', 'y']);
    const d = decideAll(p, [call('b')])[0]!;
    expect(d.rule).toBe('tools.deny[1]=b');
    expect(d.ruleRef).toEqual({ file: 'policy.yaml', line: 5, col: 8 });
  });

  it('normalises the version', () => {
    expect(load('version: 2\ntools: { deny: [x] }\n').version).toBe('2.0');
    expect(load('version: "2.0"\ntools: { deny: [x] }\n').declaredVersion).toBe('2.0');
    expect(load('tools: { deny: [x] }\n').declaredVersion).toBeNull();
    expect(warnings('version: "1.1"\ntools: { deny: [x] }\n')).toEqual([
      'policy.yaml:1:10: warning W_POLICY_VERSION: unsupported policy version "1.1"; loaded as "2.0"',
    ]);
  });
});

describe('bad policy input: every error, with file:line:col', () => {
  it('YAML syntax error', () => {
    const { error, lines } = loadFailure('tools:\n  allow: [a\n');
    expect(error.reasonCode).toBe('E_POLICY_PARSE');
    expect(lines[0]).toMatch(/^policy\.yaml:\d+:\d+: error E_POLICY_PARSE: YAML syntax error: /);
  });

  it('duplicate keys and a second document are syntax errors', () => {
    expect(loadFailure('tools: {}\ntools: {}\n').lines[0]).toMatch(/YAML syntax error: .*[Uu]nique|YAML syntax error/);
    expect(loadFailure('tools: {}\n---\ntools: {}\n').lines[0]).toContain('only one document per file');
  });

  it('root not a mapping / empty', () => {
    expect(loadFailure('- a\n- b\n').lines).toEqual(['policy.yaml:1:1: error E_POLICY_PARSE: policy root must be a mapping']);
    expect(loadFailure('').lines).toEqual(['policy.yaml:1:1: error E_POLICY_PARSE: policy is empty (expected a mapping)']);
  });

  it('wrong types', () => {
    expect(loadFailure('tools:\n  allow: read_file\n').lines).toEqual(['policy.yaml:2:10: error E_POLICY_PARSE: tools.allow must be a list of strings']);
    expect(loadFailure('tools:\n  allow: [a, 3]\n').lines).toEqual(['policy.yaml:2:14: error E_POLICY_PARSE: tools.allow must be a list of strings']);
    expect(loadFailure('tools: [a]\n').lines).toEqual(['policy.yaml:1:8: error E_POLICY_PARSE: tools must be a mapping']);
    expect(loadFailure('limits:\n  max_tool_calls_total: 0\n').lines).toEqual([
      'policy.yaml:2:25: error E_POLICY_PARSE: limits.max_tool_calls_total must be an integer ≥ 1',
    ]);
    expect(loadFailure('enforcement:\n  unconstrained_tools: block\n').lines).toEqual([
      'policy.yaml:2:24: error E_POLICY_PARSE: enforcement.unconstrained_tools must be one of: warn, deny, allow',
    ]);
    expect(loadFailure('on_error: maybe\n').lines).toEqual(['policy.yaml:1:11: error E_POLICY_PARSE: on_error must be one of: block, allow']);
  });

  it('unknown key under tools is an error (a typo could widen access)', () => {
    const { lines } = loadFailure('tools:\n  alow: [read_file]\n');
    expect(lines).toEqual([
      'policy.yaml:2:3: error E_POLICY_PARSE: unknown key "alow" in tools; did you mean "allow"? (allowed: allow, deny, allow_classes, deny_classes, approval_required, approval_required_classes, restrict_scope, restrict_scope_classes, restrict_scope_contract, redact_args, redact_args_classes, redact_args_contract, arg_constraints, require_args)',
    ]);
  });

  it('unknown keys in enforcement, limits and pins are errors', () => {
    expect(loadFailure('limits:\n  max_tool_call_total: 3\n').lines[0]).toBe(
      'policy.yaml:2:3: error E_POLICY_PARSE: unknown key "max_tool_call_total" in limits; did you mean "max_tool_calls_total"? (allowed: max_requests_total, max_tool_calls_total)',
    );
  });

  it('unknown root key: an error, a warning only with lenient', () => {
    const text = 'tools:\n  deny: [x]\nextra: 1\n';
    const allowed = 'version, name, metadata, tools, tool_classes, schemas, enforcement, limits, tool_pins, sequences, aliases, on_error, signatures, discovery, runtime_monitor, kill_switch, allow, deny, constraints';
    expect(loadFailure(text).lines).toEqual([`policy.yaml:3:1: error E_POLICY_PARSE: unknown key "extra" at top level (allowed: ${allowed})`]);
    expect(warnings(text, { lenient: true })).toEqual([`policy.yaml:3:1: warning W_POLICY_UNKNOWN_KEY: unknown key "extra" at top level (allowed: ${allowed})`]);
  });

  it('invalid regex in constraints, at the regex', () => {
    const { lines } = loadFailure('constraints:\n  - tool: read_file\n    params:\n      path: { matches: "^(?!/etc)" }\n');
    expect(lines).toEqual(['policy.yaml:4:24: error E_POLICY_PARSE: invalid regex in constraints[0].params.path.matches: look-around is not supported']);
  });

  it('invalid regex in a schema pattern / patternProperties, at the regex', () => {
    const { lines } = loadFailure('schemas:\n  read_file:\n    properties:\n      path: { type: string, pattern: "(a)\\\\1" }\n    patternProperties:\n      "a++": {}\n');
    expect(lines).toEqual([
      'policy.yaml:4:38: error E_POLICY_PARSE: invalid regex in schemas.read_file.properties.path.pattern: back-references are not supported',
      'policy.yaml:6:7: error E_POLICY_PARSE: invalid regex in schemas.read_file.patternProperties.a++: possessive quantifiers are not supported',
    ]);
  });

  it('constraint param without matches', () => {
    const { lines } = loadFailure(
      'constraints:\n  - tool: read_file\n    params: { path: { matches: "^/" } }\n  - tool: exec\n    params:\n      cmd: { deny_patterns: ["rm"] }\n',
    );
    expect(lines).toEqual(['policy.yaml:6:12: error E_POLICY_PARSE: constraints[1] tool "exec" param "cmd" has no "matches"']);
  });

  it('schema does not compile / external $ref / $defs clash / unsupported $schema', () => {
    const { lines } = loadFailure(`schemas:
  $defs:
    P: { type: string }
  read_file:
    type: objectt
  fetch:
    properties:
      url: { $ref: "https://example.com/url.json" }
  write_file:
    $defs:
      P: { type: integer }
  old:
    $schema: "http://json-schema.org/draft-04/schema#"
  dangling:
    properties:
      x: { $ref: "#/$defs/Nope" }
`);
    expect(lines).toEqual([
      'policy.yaml:4:3: error E_POLICY_PARSE: schemas.read_file: schema is invalid: data/type must be equal to one of the allowed values, data/type must be array, data/type must match a schema in anyOf',
      'policy.yaml:8:20: error E_POLICY_PARSE: schemas.fetch: external $ref is disabled ("https://example.com/url.json")',
      'policy.yaml:11:7: error E_POLICY_PARSE: schemas.write_file: $defs name "P" clashes with the shared schemas.$defs.P',
      'policy.yaml:13:14: error E_POLICY_PARSE: schemas.old: unsupported $schema "http://json-schema.org/draft-04/schema#" (supported: draft 2020-12, 2019-09, draft-07)',
      "policy.yaml:14:3: error E_POLICY_PARSE: schemas.dangling: can't resolve reference #/$defs/Nope from id #",
    ]);
  });

  it('bad pin hash; dangling kill_switch rule', () => {
    const { lines } = loadFailure(`tool_pins:
  read_file:
    server_id: fs
    tool_name: read_file
    schema_hash: ABCDEF
    meta_hash: "${'0'.repeat(64)}"
runtime_monitor:
  rules:
    - { id: r1, type: file_open, match: { path_globs: ["/etc/**"] } }
kill_switch:
  triggers:
    - on_rule: r2
`);
    expect(lines.filter((l) => l.includes('error'))).toEqual([
      'policy.yaml:5:18: error E_POLICY_PARSE: tool_pins.read_file.schema_hash must be 64 lowercase hex characters',
      'policy.yaml:12:16: error E_POLICY_PARSE: kill_switch.triggers[0].on_rule "r2" names no runtime_monitor.rules[].id',
    ]);
  });

  it('validates the proxy-only sections', () => {
    const { lines } = loadFailure(`discovery:
  methods: [config_files, telepathy]
runtime_monitor:
  rules:
    - { id: r1, type: file_read, match: {} }
kill_switch:
  mode: brutal
signatures:
  check_descriptions: "yes"
tools:
  restrict_scope_contract: { scope_type: path }
`);
    expect(lines.filter((l) => l.includes('error'))).toEqual([
      'policy.yaml:2:27: error E_POLICY_PARSE: discovery.methods[1] must be one of: config_files, processes, network, dns, well_known',
      'policy.yaml:5:23: error E_POLICY_PARSE: runtime_monitor.rules[0].type must be one of: file_open, net_connect, proc_exec',
      'policy.yaml:7:9: error E_POLICY_PARSE: kill_switch.mode must be one of: graceful, immediate',
      'policy.yaml:9:23: error E_POLICY_PARSE: signatures.check_descriptions must be a boolean',
      'policy.yaml:11:28: error E_POLICY_PARSE: tools.restrict_scope_contract.scope_value must be a string',
      'policy.yaml:11:28: error E_POLICY_PARSE: tools.restrict_scope_contract.scope_match_mode must be a string',
    ]);
  });

  it('collects all errors, sorted by position, and the thrown error names the first', () => {
    const { error, lines } = loadFailure(`sequences:
  - type: nope
tools:
  deny: 5
  alow: []
constraints:
  - tool: x
    params: { p: { matches: "(?<=a)" } }
`);
    expect(lines.map((l) => l.split(': error')[0])).toEqual(['policy.yaml:2:11', 'policy.yaml:4:9', 'policy.yaml:5:3', 'policy.yaml:8:29']);
    expect(error.message).toBe(
      'sequences[0]: unknown rule type "nope" (allowed: require, blocklist, before, never_after, max_calls, eventually, after, sequence)',
    );
    expect(error.context).toMatchObject({ file: 'policy.yaml', line: 2, col: 11 });
    expect(error.source).toBe('policy');
    expect(error.nextStep).toContain('policy.yaml');
  });

  it('missing file: cannot read policy file (whole file, no position)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    try {
      loadPolicyFile(path.join(dir, 'nope.yaml'), 'nope.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      const ce = e as ConfigError;
      expect(ce.reasonCode).toBe('E_POLICY_PARSE');
      expect(formatDiagnostic(ce.diagnostics[0]!)).toMatch(/^nope\.yaml: error E_POLICY_PARSE: cannot read policy file: ENOENT/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('loads files (YAML and JSON) and refuses files over 1 MiB', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    try {
      fs.writeFileSync(path.join(dir, 'p.json'), JSON_FORM);
      const r = loadPolicyFile(path.join(dir, 'p.json'), 'policies/p.json');
      expect(r.policy.file).toBe('policies/p.json');
      const col = JSON_FORM.indexOf('"schemas":{') + '"schemas":{'.length + 1;
      expect(r.policy.schemas.get('read_file')!.ref).toEqual({ file: 'policies/p.json', line: 1, col });
      fs.writeFileSync(path.join(dir, 'big.yaml'), `# ${'x'.repeat(1024 * 1024)}\ntools: {deny: [x]}\n`);
      expect(() => loadPolicyFile(path.join(dir, 'big.yaml'), 'big.yaml')).toThrow(/regular file of at most 1 MiB/);
      expect(() => loadPolicyFile(dir, 'dir')).toThrow(/regular file of at most 1 MiB/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('ignores a leading BOM and accepts CRLF', () => {
    const p = load('\ufefftools:\r\n  deny: [x]\r\n');
    expect(p.tools.deny.entries[0]!.ref).toEqual({ file: 'policy.yaml', line: 2, col: 10 });
  });
});

describe('warnings (validate)', () => {
  it('W_POLICY_EMPTY_ALLOW', () => {
    expect(warnings('tools:\n  allow: []\n')).toEqual(['policy.yaml:2:10: warning W_POLICY_EMPTY_ALLOW: the allow list is empty: every tool is denied']);
    expect(warnings('allow: []\n')).toEqual(['policy.yaml:1:8: warning W_POLICY_EMPTY_ALLOW: the allow list is empty: every tool is denied']);
  });

  it('W_POLICY_LITERAL_STAR on inner stars in lists and selectors', () => {
    expect(warnings('tools:\n  allow: ["read_*_file", "*ok*"]\nsequences:\n  - { type: require, tool: "a*b" }\n')).toEqual([
      'policy.yaml:2:11: warning W_POLICY_LITERAL_STAR: pattern "read_*_file" in tools.allow[0] has a "*" that is neither first nor last; it matches a literal "*"',
      'policy.yaml:4:28: warning W_POLICY_LITERAL_STAR: pattern "a*b" in sequences[0].tool has a "*" that is neither first nor last; it matches a literal "*"',
    ]);
  });

  it('W_POLICY_RUNTIME_ONLY for obligations and proxy sections', () => {
    const w = warnings('tools:\n  deny: [x]\n  approval_required: [pay]\n  redact_args: ["*"]\nsignatures:\n  check_descriptions: true\ndiscovery: {}\n');
    expect(w.map((l) => l.split(': warning ')[0] + ' ' + l.split(' ')[2])).toEqual([
      'policy.yaml:3:3 W_POLICY_RUNTIME_ONLY:',
      'policy.yaml:4:3 W_POLICY_RUNTIME_ONLY:',
      'policy.yaml:5:1 W_POLICY_RUNTIME_ONLY:',
      'policy.yaml:7:1 W_POLICY_RUNTIME_ONLY:',
    ]);
  });
});

describe('positions of policy elements', () => {
  const p = load(`name: demo
tools:
  deny: ["exec*", shell]
  allow: [read_file, search]
schemas:
  read_file: { type: object }
enforcement:
  unconstrained_tools: deny
limits:
  max_tool_calls_total: 10
tool_pins:
  read_file:
    server_id: fs
    tool_name: read_file
    schema_hash: "${'a'.repeat(64)}"
    meta_hash: "${'b'.repeat(64)}"
sequences:
  - type: require
    tool: search
  - type: before
    first: search
    then: read_file
`);

  it('lists the elements in policy order with positions', () => {
    expect(p.name).toBe('demo');
    expect(p.elements.map((e) => [e.id, e.name, e.ref?.line, e.ref?.col])).toEqual([
      ['tools.deny', 'tools.deny', 3, 3],
      ['tools.allow', 'tools.allow', 4, 3],
      ['schemas.read_file', 'schemas.read_file', 6, 3],
      ['enforcement.unconstrained_tools', 'enforcement.unconstrained_tools', 8, 3],
      ['limits', 'limits', 9, 1],
      ['tool_pins', 'tool_pins', 12, 3],
      ['sequences[0]', 'require:search', 18, 5],
      ['sequences[1]', 'before:search->read_file', 20, 5],
    ]);
    expect(p.tools.deny.entries.map((e) => [e.ref?.line, e.ref?.col])).toEqual([
      [3, 10],
      [3, 19],
    ]);
    expect(p.tools.allow!.entries.map((e) => e.ref?.col)).toEqual([11, 22]);
    expect(p.limits!.maxToolCallsRef).toEqual({ file: 'policy.yaml', line: 10, col: 3 });
    expect(p.toolPins.get('read_file')!.ref).toEqual({ file: 'policy.yaml', line: 12, col: 3 });
  });

  it('the defaulted unconstrained element points at the file start', () => {
    const q = load('tools: { deny: [x] }\n');
    expect(q.elements.find((e) => e.id === 'enforcement.unconstrained_tools')!.ref).toEqual({ file: 'policy.yaml', line: 1, col: 1 });
  });

  it('a short-form constraint is located at the constraint entry', () => {
    const list = load('constraints:\n  - tool: a\n    params: { p: "x" }\n');
    expect(list.schemas.get('a')!.ref).toEqual({ file: 'policy.yaml', line: 2, col: 5 });
    const map = load('constraints:\n  b:\n    p: "x"\n');
    expect(map.schemas.get('b')!.ref).toEqual({ file: 'policy.yaml', line: 2, col: 3 });
  });
});

describe('policyFromValue (inline policies)', () => {
  it('reports positions inside the enclosing file', () => {
    const text = 'tests:\n  - id: t1\n    expected:\n      type: args_valid\n      schema:\n        version: "2.0"\n        tools:\n          deny: [exec]\n          alow: [x]\n';
    const { source } = parseYamlSource(text, 'eval.yaml', 'E_CFG_PARSE');
    const base = ['tests', 0, 'expected', 'schema'];
    const value = (source!.value as { tests: Array<{ expected: { schema: unknown } }> }).tests[0]!.expected.schema;
    try {
      policyFromValue(value, 'eval.yaml', source, { basePath: base });
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).diagnostics.map(formatDiagnostic)[0]).toMatch(/^eval\.yaml:9:11: error E_POLICY_PARSE: unknown key "alow" in tools/);
    }
    const ok = policyFromValue({ tools: { deny: ['exec'] } }, 'eval.yaml');
    expect(ok.policy.tools.deny.entries[0]!.ref).toBeUndefined();
    expect(decideAll(ok.policy, [call('exec')])[0]!.code).toBe('E_TOOL_DENIED');
  });
});

describe('isPolicyDocument / policyAssertsNothing', () => {
  it('tells policies from eval configs by content', () => {
    for (const k of ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits']) {
      expect(isPolicyDocument({ [k]: null })).toBe(true);
      expect(isPolicyDocument({ [k]: null, tests: [] })).toBe(false);
    }
    expect(isPolicyDocument({ version: '2.0', name: 'x' })).toBe(false);
    expect(isPolicyDocument(['tools'])).toBe(false);
    expect(isPolicyDocument(null)).toBe(false);
  });

  it.each([
    ['tools: { allow: ["*"] }\n', true],
    ['version: "2.0"\nname: x\nsequences: []\n', true],
    ['enforcement: { unconstrained_tools: warn }\n', true],
    ['tools: { allow: [] }\n', false],
    ['tools: { allow: [read_file] }\n', false],
    ['tools: { deny: [x] }\n', false],
    ['tools: { allow_classes: [fs] }\n', false],
    ['schemas: { a: { type: object } }\n', false],
    ['enforcement: { unconstrained_tools: deny }\n', false],
    ['sequences: [{ type: require, tool: a }]\n', false],
    ['limits: { max_requests_total: 3 }\n', false],
  ])('%j asserts nothing: %s', (text, expected) => {
    expect(policyAssertsNothing(load(text))).toBe(expected);
  });
});
