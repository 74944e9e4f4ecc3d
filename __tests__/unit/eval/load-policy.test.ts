import { describe, expect, it } from 'vitest';
import type { ExpectedSpec } from '../../../src/core/eval/types.js';
import { call, errors, load, warnings } from './helpers.js';

function cfg(expected: string): string {
  return `suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: x\n    expected: ${expected}\n`;
}

function spec(expected: string, files: Record<string, string> = {}, opts = {}): ExpectedSpec {
  const l = load(cfg(expected), files, opts);
  if (l.error) throw new Error(errors(l).join('\n') || l.error.message);
  return l.result!.config.tests[0]!.expected!;
}

const POLICY = 'version: "2.0"\ntools:\n  deny: ["exec*"]\nschemas:\n  read_file:\n    type: object\n    required: [path]\n';

describe('args_valid policies', () => {
  it('a policy file resolves against the config dir, is digested and decides calls', () => {
    const l = load(cfg('{type: args_valid, policy: policies/p.yaml}'), { 'policies/p.yaml': POLICY });
    expect(errors(l)).toEqual([]);
    const c = l.result!.config;
    const t = c.tests[0]!;
    expect(Object.keys(t.fileDigests)).toEqual(['policies/p.yaml']);
    expect(t.fileDigests['policies/p.yaml']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(c.policyFiles.map((p) => p.display)).toEqual(['policies/p.yaml']);
    const s = t.expected!;
    if (s.kind !== 'args_valid') throw new Error('kind');
    const d = s.policy.decideAll([call('read_file', {}), call('exec_cmd', {}), call('read_file', { path: 'a' })]);
    expect(d.map((x) => x.decision)).toEqual(['deny', 'deny', 'allow']);
    expect(d[0]!.code).toBe('E_ARG_SCHEMA');
    expect(d[1]!.code).toBe('E_TOOL_DENIED');
  });

  it('an invalid policy file is reported at the policy: value with the inner position', () => {
    const l = load(cfg('{type: args_valid, policy: p.yaml}'), { 'p.yaml': 'tools:\n  alow: [a]\n' });
    const e = errors(l);
    expect(e).toHaveLength(1);
    expect(e[0]).toMatch(/^6:42: test 't1': policy "p\.yaml": p\.yaml:2:3: unknown key "alow" in tools/);
    expect(l.error?.reasonCode).toBe('E_CFG_PARSE');
  });

  it('a policy that asserts nothing is refused', () => {
    expect(errors(load(cfg('{type: args_valid, policy: p.yaml}'), { 'p.yaml': 'version: "2.0"\ntools:\n  allow: ["*"]\n' }))).toEqual([
      "6:42: test 't1': policy \"p.yaml\": policy asserts nothing",
    ]);
  });

  it('legacy policy warnings pass through; --deny-deprecations makes them errors', () => {
    const legacy = 'version: "1.0"\ntools:\n  arg_constraints:\n    read_file: {type: object, required: [path]}\n';
    const l = load(cfg('{type: args_valid, policy: p.yaml}'), { 'p.yaml': legacy });
    expect(errors(l)).toEqual([]);
    expect(warnings(l).some((w) => w.startsWith('W_POLICY_LEGACY 1:1:'))).toBe(true);
    const d = load(cfg('{type: args_valid, policy: p.yaml}'), { 'p.yaml': legacy }, { denyDeprecations: true });
    expect(errors(d)[0]).toMatch(/^6:42: test 't1': policy "p\.yaml": p\.yaml:1:1: legacy policy form is not allowed \(--deny-deprecations\)/);
  });

  it('inline schema map: tools absent from the map are not checked', () => {
    const s = spec('{schema: {read_file: {type: object, required: [path]}}}');
    if (s.kind !== 'args_valid') throw new Error('kind');
    const d = s.policy.decideAll([call('read_file', {}), call('other', {}), call('read_file', { path: 'x' })]);
    expect(d.map((x) => x.decision)).toEqual(['deny', 'allow', 'allow']);
    expect(d[0]!.violations?.[0]).toMatchObject({ path: '/path', constraint: 'required' });
  });

  it('inline structured policy (root version/tools) with positions inside the config', () => {
    const s = spec('{type: args_valid, schema: {version: "2.0", tools: {deny: [shell]}}}');
    if (s.kind !== 'args_valid') throw new Error('kind');
    expect(s.policy.decideAll([call('shell')])[0]!.code).toBe('E_TOOL_DENIED');
    const l = load(cfg('{type: args_valid, schema: {version: "2.0", tools: {dny: [shell]}}}'));
    expect(errors(l)[0]).toMatch(/^6:\d+: test 't1': args_valid schema: unknown key "dny" in tools/);
  });
});

describe('sequence_valid policies and rules', () => {
  it('inline rules compile with aliases from the policy file and positions in the config', () => {
    const policy = 'version: "2.0"\naliases:\n  Search: [web_search, kb_search]\ntools:\n  deny: [x]\n';
    const s = spec('{type: sequence_valid, policy: p.yaml, rules: [{type: before, first: Search, then: answer}]}', { 'p.yaml': policy });
    if (s.kind !== 'sequence_valid') throw new Error('kind');
    const out = s.rules!.check([call('kb_search'), call('answer')].map((c, i) => ({ tool_name: c.tool_name, args: c.args, index: i })));
    expect(out).toEqual([{ rule_id: 'before:Search->answer', status: 'held', spanned: expect.any(Array) }]);
    const bad = load(cfg('{type: sequence_valid, rules: [{type: max_calls, tool: a, max: -1}]}'));
    expect(errors(bad)[0]).toMatch(/^6:\d+: test 't1': /);
  });

  it("a policy's sequences are used when no inline rules are given", () => {
    const policy = 'version: "2.0"\nsequences:\n  - type: require\n    tool: auth\n';
    const s = spec('{type: sequence_valid, policy: p.yaml}', { 'p.yaml': policy });
    if (s.kind !== 'sequence_valid') throw new Error('kind');
    expect(s.rules!.ruleCount).toBe(1);
    expect(s.rules!.check([]).map((o) => o.status)).toEqual(['violated']);
  });

  it('a policy file holding a list of names is the sequence; a list of rules is the rules', () => {
    const names = spec('{type: sequence_valid, policy: seq.yaml}', { 'seq.yaml': '- a\n- b\n' });
    expect(names).toMatchObject({ kind: 'sequence_valid', sequence: ['a', 'b'] });
    const rules = spec('{type: sequence_valid, policy: rules.yaml}', { 'rules.yaml': '- type: require\n  tool: a\n' });
    expect(rules.kind === 'sequence_valid' && rules.rules?.ruleCount).toBe(1);
  });

  it('a policy without sequences and no inline values checks nothing', () => {
    expect(errors(load(cfg('{type: sequence_valid, policy: p.yaml}'), { 'p.yaml': POLICY }))).toEqual([
      "6:46: test 't1': expected block checks nothing (policy \"p.yaml\" has no sequences)",
    ]);
  });

  it('policy paths are first-class: no deprecation, also under --deny-deprecations', () => {
    const l = load(cfg('{type: args_valid, policy: p.yaml}'), { 'p.yaml': POLICY }, { denyDeprecations: true });
    expect(errors(l)).toEqual([]);
    expect(warnings(l)).toEqual([]);
  });
});

describe('a policy named by several tests', () => {
  it('loads once: its warnings are reported once; each test gets its digest', () => {
    const legacy = 'version: "1.0"\ntools:\n  arg_constraints:\n    read_file: {type: object, required: [path]}\n';
    const text = `suite: s\nmodel: trace\ntests:\n  - id: a\n    input: x\n    expected: {type: args_valid, policy: p.yaml}\n  - id: b\n    input: y\n    expected: {type: args_valid, policy: p.yaml}\n`;
    const l = load(text, { 'p.yaml': legacy });
    expect(warnings(l).filter((w) => w.startsWith('W_POLICY_LEGACY'))).toHaveLength(1);
    const [a, b] = l.result!.config.tests;
    expect(a!.fileDigests).toEqual(b!.fileDigests);
    expect(l.result!.config.policyFiles).toHaveLength(1);
  });
});
