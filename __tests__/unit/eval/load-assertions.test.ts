import { describe, expect, it } from 'vitest';
import { errors, load } from './helpers.js';

/** One test `t4` whose `assertions` list is given as YAML lines at col 7. */
function cfg(...items: string[]): string {
  return `suite: s\nmodel: trace\ntests:\n  - id: t4\n    input: x\n    assertions:\n${items.map((i) => `      - ${i}\n`).join('')}`;
}

describe('assertions', () => {
  it('parses every type with defaults and positions', () => {
    const l = load(
      cfg(
        '{type: trace_must_call_tool, tool: "search*"}',
        '{type: trace_must_not_call_tool, tool: exec}',
        '{type: trace_tool_sequence, sequence: [a, b], allow_other_tools: false}',
        '{type: trace_max_steps, max: 10}',
        '{type: args_valid, tool: t, test_args: {a: 1}, policy: {schema: {type: object}}, expect: fail}',
        '{type: sequence_valid, test_trace_raw: [{tool: a}, {tool_name: b}], policy: {regex: "a b"}}',
        '{type: tool_blocklist, test_tool_calls: [a], policy: {blocked: [x]}}',
      ),
    );
    expect(errors(l)).toEqual([]);
    const t = l.result!.config.tests[0]!;
    expect(t.assertions.map((a) => a.type)).toEqual([
      'trace_must_call_tool',
      'trace_must_not_call_tool',
      'trace_tool_sequence',
      'trace_max_steps',
      'args_valid',
      'sequence_valid',
      'tool_blocklist',
    ]);
    expect(t.assertions[0]).toEqual({ type: 'trace_must_call_tool', tool: 'search*', minCalls: 1 });
    expect(t.assertions[4]).toMatchObject({ type: 'args_valid', expect: 'fail', testArgs: { a: 1 } });
    expect(t.assertions[5]).toMatchObject({ names: ['a', 'b'], expect: 'pass' });
    expect(t.pos.assertions[1]).toEqual({ line: 8, col: 9 });
    expect(t.expected).toBeUndefined();
  });

  it('ineffective assertions are refused together with the documented message', () => {
    const l = load(cfg('{type: trace_must_call_tool, tool: a, min_calls: 0}', '{type: trace_max_steps, max: 4294967295}'));
    expect(errors(l)).toEqual([
      "7:58: 2 assertion(s) cannot fail and were refused: test 't4' assertion 0: min_calls is 0; test 't4' assertion 1: max is 4294967295 or more",
    ]);
    expect(l.error?.reasonCode).toBe('E_CFG_PARSE');
  });

  it('every ineffective shape, one at a time', () => {
    const reasons: Array<[string, string]> = [
      ['{type: trace_must_not_call_tool, tool: ""}', 'tool is empty'],
      ['{type: trace_tool_sequence, sequence: [], allow_other_tools: true}', 'sequence is empty with allow_other_tools: true'],
      ['{type: args_valid, policy: {type: object}}', 'test_args is missing'],
      ['{type: args_valid, test_args: {}}', 'policy is missing'],
      ['{type: sequence_valid, policy: {regex: a}}', 'test_trace_raw is missing'],
      ['{type: sequence_valid, test_trace_raw: [a], policy: {}}', 'policy.regex is missing'],
      ['{type: tool_blocklist, test_tool_calls: [], policy: {blocked: [a]}}', 'test_tool_calls is empty'],
      ['{type: tool_blocklist, test_tool_calls: [a]}', 'policy is missing'],
      ['{type: tool_blocklist, test_tool_calls: [a], policy: {blocked: [1]}}', 'policy.blocked[0] is not a string'],
    ];
    for (const [item, reason] of reasons) {
      const e = errors(load(cfg(item)));
      expect(e).toHaveLength(1);
      expect(e[0]).toMatch(new RegExp(`1 assertion\\(s\\) cannot fail and were refused: test 't4' assertion 0: ${reason.replace(/[[\]().*]/g, '\\$&')}$`));
    }
  });

  it('--allow-ineffective-assertions loads them', () => {
    const l = load(cfg('{type: trace_must_call_tool, tool: a, min_calls: 0}'), {}, { allowIneffectiveAssertions: true });
    expect(errors(l)).toEqual([]);
    expect(l.result!.config.tests[0]!.assertions[0]).toMatchObject({ minCalls: 0 });
  });

  it('unknown keys, unknown type, bad expect, missing required fields, invalid regex', () => {
    expect(errors(load(cfg('{type: trace_must_call_tool, tool: a, times: 2}')))).toEqual([
      '7:47: unknown key "times" in tests[0].assertions[0] (allowed: type, tool, min_calls)',
    ]);
    expect(errors(load(cfg('{type: trace_max_calls}')))[0]).toMatch(/^7:16: tests\[0\]\.assertions\[0\]\.type: unknown assertion type "trace_max_calls" \(known: /);
    expect(errors(load(cfg('{type: tool_blocklist, test_tool_calls: [a], policy: {blocked: [a]}, expect: maybe}')))).toEqual([
      '7:86: tests[0].assertions[0].expect: expected one of pass, fail, found "maybe"',
    ]);
    expect(errors(load(cfg('{type: trace_tool_sequence, sequence: [a]}')))).toEqual([
      '7:9: tests[0].assertions[0]: missing required key "allow_other_tools"',
    ]);
    expect(errors(load(cfg('{type: sequence_valid, test_trace_raw: [a], policy: {regex: "(?<=a)"}}')))).toEqual([
      "7:69: test 't4': invalid regex: look-around is not supported",
    ]);
    expect(errors(load(cfg('{tool: a}')))).toEqual(['7:9: tests[0].assertions[0]: missing required key "type"']);
  });
});
