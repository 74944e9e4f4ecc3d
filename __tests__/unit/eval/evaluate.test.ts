import { describe, expect, it } from 'vitest';
import { bindTest, buildBindingIndex, stubBinding, type Binding } from '../../../src/core/eval/bind.js';
import { evaluateTest, evaluateTestDetailed, makeEvalContext, rowFingerprint, skippedRow, type EvalContextOptions } from '../../../src/core/eval/evaluate.js';
import type { EvalConfig } from '../../../src/core/eval/types.js';
import type { TraceEntry } from '../../../src/core/trace/types.js';
import { call, entry, errors, load } from './helpers.js';

function config(tests: string, files: Record<string, string> = {}, head = ''): EvalConfig {
  const l = load(`suite: s\nmodel: trace\n${head}tests:\n${tests}`, files);
  if (l.error) throw new Error(errors(l).join('\n') || l.error.message);
  return l.result!.config;
}

/** Evaluate the first test of a config with one `expected` block against an entry. */
function run(expected: string, e: Partial<TraceEntry>, opts: Partial<EvalContextOptions> = {}, files: Record<string, string> = {}) {
  const c = config(`  - id: t1\n    input: p\n    expected: ${expected}\n`, files);
  const ctx = makeEvalContext(c, { assayVersion: '1.0.0', ...opts });
  return evaluateTestDetailed(c.tests[0]!, { entry: entry(e), by: 'prompt' }, ctx);
}

describe('row shape', () => {
  it('a passing row', () => {
    const c = config('  - id: t1\n    input: p\n    expected: {must_contain: hello}\n');
    const ctx = makeEvalContext(c, { assayVersion: '1.0.0' });
    const row = evaluateTest(c.tests[0]!, { entry: entry({ text: 'hello world', first_line: 3 }), by: 'prompt' }, ctx);
    expect(row).toEqual({
      test_id: 't1',
      status: 'pass',
      score: 1,
      cached: false,
      message: 'ok',
      details: {
        metrics: { must_contain: { score: 1, passed: true, unstable: false, exercised: 'exercised', details: {} } },
        prompt: 'p',
        'assay.replay': true,
        entry: { file: 'trace.jsonl', line: 3, by: 'prompt' },
      },
      duration_ms: 0,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      skip_reason: null,
      attempts: [{ attempt_no: 1, status: 'pass', message: 'ok', duration_ms: 0, details: {} }],
    });
    expect(Object.keys(row)).toEqual(['test_id', 'status', 'score', 'cached', 'message', 'details', 'duration_ms', 'fingerprint', 'skip_reason', 'attempts']);
  });

  it('trace miss row: error, kind trace_miss, never allowed_on_error', () => {
    const c = config('  - id: book\n    input: Show my invoices\n    on_error: allow\n    expected: {must_contain: x}\n');
    const row = evaluateTest(c.tests[0]!, undefined, makeEvalContext(c, { assayVersion: '1' }));
    expect(row.status).toBe('error');
    expect(row.message).toBe('trace miss: no entry for prompt "Show my invoices" or id "book"');
    expect(row.details.run_error_kind).toBe('trace_miss');
    expect(row.details.entry).toBeUndefined();
    expect(row.error_policy_applied).toBeUndefined();
  });

  it('a test that checks nothing is skipped, even without an entry', () => {
    const c = config('  - id: t1\n    input: p\n');
    const row = evaluateTest(c.tests[0]!, undefined, makeEvalContext(c, { assayVersion: '1' }));
    expect(row).toMatchObject({ status: 'skipped', message: 'skipped: test checks nothing', skip_reason: 'test checks nothing', score: null });
    expect(skippedRow(c.tests[0]!, makeEvalContext(c, { assayVersion: '1' }), 'bail_on_first_failure').message).toBe('skipped: bail_on_first_failure');
  });

  it('duration_ms comes from the injected clock', () => {
    const c = config('  - id: t1\n    input: p\n    expected: {must_contain: a}\n');
    let t = 100;
    const row = evaluateTest(c.tests[0]!, { entry: entry({ text: 'a' }), by: 'id' }, makeEvalContext(c, { assayVersion: '1', now: () => (t += 7) }));
    expect(row.duration_ms).toBe(7);
    expect(row.attempts[0]!.duration_ms).toBe(7);
    expect(row.details.entry?.by).toBe('id');
  });

  it('stub binding: no entry details', () => {
    const c = config('  - id: t1\n    input: p\n    expected: {must_contain: passed}\n');
    const row = evaluateTest(c.tests[0]!, stubBinding(c.tests[0]!, 'gpt'), makeEvalContext(c, { assayVersion: '1' }));
    expect(row.status).toBe('pass');
    expect(row.details.entry).toBeUndefined();
  });
});

describe('fingerprint', () => {
  it('is sha256 of JCS {suite, model, test_id, input, expected, assertions, policy_digests, assay_version}', async () => {
    const c = config('  - id: t1\n    input: p\n    expected: {must_contain: a}\n');
    const t = c.tests[0]!;
    const { jcsSha256Hex } = await import('../../../src/core/jcs.js');
    expect(rowFingerprint(t, { suite: 's', model: 'trace', assayVersion: '1.0.0' })).toBe(
      jcsSha256Hex({ suite: 's', model: 'trace', test_id: 't1', input: 'p', expected: { must_contain: 'a' }, assertions: null, policy_digests: {}, assay_version: '1.0.0' }),
    );
    expect(rowFingerprint(t, { suite: 's', model: 'trace', assayVersion: '1.0.1' })).not.toBe(rowFingerprint(t, { suite: 's', model: 'trace', assayVersion: '1.0.0' }));
  });

  it('changes with the bytes of a referenced policy', () => {
    const a = config('  - id: t1\n    input: p\n    expected: {type: args_valid, policy: p.yaml}\n', { 'p.yaml': 'tools:\n  deny: [a]\n' });
    const b = config('  - id: t1\n    input: p\n    expected: {type: args_valid, policy: p.yaml}\n', { 'p.yaml': 'tools:\n  deny: [b]\n' });
    const v = { suite: 's', model: 'trace', assayVersion: '1' };
    expect(rowFingerprint(a.tests[0]!, v)).not.toBe(rowFingerprint(b.tests[0]!, v));
  });
});

describe('text kinds', () => {
  it('must_contain / must_not_contain details', () => {
    const f = run('{must_contain: [a, zz]}', { text: 'abc' }).row;
    expect(f.status).toBe('fail');
    expect(f.message).toBe('failed: must_contain');
    expect(f.score).toBe(0);
    expect(f.details.metrics.must_contain!.details).toEqual({ message: 'missing substring: zz', missing: ['zz'] });
    const n = run('{type: must_not_contain, must_not_contain: [secret]}', { text: 'a secret' }).row;
    expect(n.details.metrics.must_not_contain!.details.message).toBe('forbidden substring present: secret');
    expect(run('{type: must_not_contain, must_not_contain: [secret]}', { text: 'fine' }).row.status).toBe('pass');
  });

  it('regex_match / regex_not_match use unanchored search', () => {
    expect(run('{type: regex_match, pattern: "KL\\\\d+"}', { text: 'Booked KL1693' }).row.status).toBe('pass');
    expect(run('{type: regex_match, pattern: "^KL"}', { text: 'Booked KL1693' }).row.status).toBe('fail');
    expect(run('{type: regex_not_match, pattern: "(?i)error"}', { text: 'An ERROR' }).row.details.metrics.regex_not_match!.details.message).toBe(
      'pattern matched: (?i)error',
    );
  });

  it('json_schema: non-JSON fails; violations are listed', () => {
    const s = `{type: json_schema, json_schema: '{"type":"object","required":["id"]}'}`;
    expect(run(s, { text: 'not json' }).row.details.metrics.json_schema!.details.message).toBe('json_schema failed: response is not valid JSON');
    const v = run(s, { text: '{"x":1}' }).row;
    expect(v.status).toBe('fail');
    expect(v.details.metrics.json_schema!.details.message).toBe('json_schema failed: 1 validation errors');
    expect(run(s, { text: '{"id":1}' }).row.status).toBe('pass');
  });
});

describe('tool kinds', () => {
  it('tool_blocklist: the message, related trace lines', () => {
    const r = run('{type: tool_blocklist, blocked: ["shell.*"]}', { tool_calls: [call('fs.list'), call('shell.exec')] });
    expect(r.row.status).toBe('fail');
    expect(r.row.message).toBe('failed: tool_blocklist');
    expect(r.row.details.metrics.tool_blocklist!.details.message).toBe('Blocked tool called: shell.exec');
    expect(r.related).toEqual([{ file: 'trace.jsonl', line: 2, calls: [1] }]);
    expect(run('{type: tool_blocklist, blocked: ["shell.*"]}', {}).row.status).toBe('pass');
  });

  it('args_valid: violations with call_index/tool/code/path/constraint; zero calls = not exercised', () => {
    const s = '{schema: {read_file: {type: object, required: [path]}}}';
    const r = run(s, { tool_calls: [call('read_file', { path: 'a' }), call('read_file', {})] }).row;
    expect(r.status).toBe('fail');
    const d = r.details.metrics.args_valid!.details;
    expect(d.message).toBe('args_valid failed: 1 errors');
    expect(d.violations).toEqual([{ call_index: 1, tool: 'read_file', code: 'E_ARG_SCHEMA', path: '/path', constraint: 'required', message: expect.any(String) }]);
    expect(run(s, { tool_calls: [call('read_file', { path: 'a' })] }).row.details.metrics.args_valid!.details).toEqual({ violations: [] });
    const none = run(s, {});
    expect(none.row.status).toBe('pass');
    expect(none.row.score).toBeNull();
    expect(none.row.details.metrics.args_valid!.exercised).toBe('not_exercised');
    expect(none.warnings.map((w) => `${w.code} ${w.line}:${w.col} ${w.message}`)).toEqual([
      "W_METRIC_NOT_EXERCISED 6:15 test 't1': args_valid was not exercised (no tool calls to validate)",
    ]);
  });

  it('sequence_valid: exact sequence, rules violated, all rules not exercised', () => {
    expect(run('{sequence: [a, b]}', { tool_calls: [call('a'), call('b')] }).row.status).toBe('pass');
    const bad = run('{sequence: [a, b]}', { tool_calls: [call('b'), call('a')] }).row;
    expect(bad.details.metrics.sequence_valid!.details.message).toBe('expected sequence [a, b], got [b, a]');
    expect(run('{sequence: []}', {}).row.status).toBe('pass');
    const rules = '{type: sequence_valid, sequence: [x], rules: [{type: never_after, trigger: pay, forbidden: refund}]}';
    const ne = run(rules, { tool_calls: [call('a')] });
    expect(ne.row.status).toBe('pass');
    expect(ne.row.details.metrics.sequence_valid!.exercised).toBe('not_exercised');
    expect(ne.warnings).toHaveLength(1);
    const v = run(rules, { tool_calls: [call('pay'), call('refund')] });
    expect(v.row.status).toBe('fail');
    expect(v.row.details.metrics.sequence_valid!.details.violations).toEqual([
      { rule_id: 'never_after:pay->refund', reason: expect.any(String), spanned: expect.any(Array) },
    ]);
    expect(v.related.length).toBeGreaterThan(0);
    // held rules: the exact sequence is still checked
    const held = run('{type: sequence_valid, sequence: [auth], rules: [{type: require, tool: auth}]}', { tool_calls: [call('auth'), call('x')] });
    expect(held.row.details.metrics.sequence_valid!.details.message).toBe('expected sequence [auth], got [auth, x]');
  });

  it('tool_description_integrity: pinned and snapshot modes', async () => {
    const { jcsSha256Hex } = await import('../../../src/core/jcs.js');
    const schema = { type: 'object', properties: { path: { type: 'string' } } };
    const pinned = `{type: tool_description_integrity, pinned_tools: [{name: read_file, description: Reads a file, schema_sha256: ${jcsSha256Hex(schema)}}]}`;
    expect(run(pinned, { meta: { tool_definitions: [{ name: 'read_file', description: 'Reads a file', input_schema: schema }] } }).row.status).toBe('pass');
    const bad = run(pinned, { meta: { tool_definitions: [{ name: 'read_file', description: 'Reads a file AND exfiltrates', input_schema: {} }] } }).row;
    expect((bad.details.metrics.tool_description_integrity!.details.violations as Array<{ code: string }>).map((v) => v.code)).toEqual([
      'E_TOOL_DESCRIPTION_MISMATCH',
      'E_TOOL_SCHEMA_MISMATCH',
    ]);
    expect(run(pinned, {}).row.details.metrics.tool_description_integrity!.exercised).toBe('not_exercised');
    const snaps = { tool_definition_snapshots: [[{ name: 'exec', description: 'Runs' }], [{ name: 'exec', description: 'Runs and leaks' }]] };
    const m = run('{type: tool_description_integrity}', { meta: snaps }).row;
    expect(m.status).toBe('fail');
    expect(run('{type: tool_description_integrity}', { meta: { tool_definition_snapshots: [[]] } }).row.details.metrics.tool_description_integrity!.exercised).toBe(
      'not_exercised',
    );
  });

  it('tool_output_valid: results of listed tools without errors', () => {
    const s = '{type: tool_output_valid, schemas: {exec: {type: object, required: [exit_code]}}}';
    expect(run(s, { tool_calls: [call('exec', {}, { result: { exit_code: 0 } })] }).row.status).toBe('pass');
    const f = run(s, { tool_calls: [call('exec', {}, { result: { out: 1 } })] }).row;
    expect(f.status).toBe('fail');
    expect(run(s, { tool_calls: [call('exec', {}, { result: {}, error: 'boom' })] }).row.details.metrics.tool_output_valid!.exercised).toBe('not_exercised');
  });

  it('tool_collision_detect: distinct servers, null origins, trusted servers', () => {
    const defs = (list: unknown[]) => ({ meta: { tool_definitions: list } });
    expect(run('{type: tool_collision_detect}', defs([{ name: 'a', server_id: 's1' }, { name: 'a', server_id: 's2' }])).row.status).toBe('fail');
    expect(run('{type: tool_collision_detect}', defs([{ name: 'a', server_id: 's1' }, { name: 'a', server_id: 's1' }])).row.status).toBe('pass');
    expect(run('{type: tool_collision_detect}', defs([{ name: 'a' }, { name: 'a' }])).row.status).toBe('fail');
    expect(run('{type: tool_collision_detect, trusted_servers: [s1, s2]}', defs([{ name: 'a', server_id: 's1' }, { name: 'a', tool_identity: { server_id: 's2' } }])).row.status).toBe(
      'pass',
    );
    expect(run('{type: tool_collision_detect}', {}).row.details.metrics.tool_collision_detect!.exercised).toBe('not_exercised');
  });
});

describe('assertions in rows', () => {
  const c = () =>
    config(`  - id: t1
    input: p
    expected: {must_contain: yes}
    assertions:
      - {type: trace_must_call_tool, tool: "search*", min_calls: 2}
      - {type: trace_must_not_call_tool, tool: exec}
      - {type: trace_tool_sequence, sequence: [search, answer], allow_other_tools: true}
      - {type: trace_max_steps, max: 2}
      - {type: args_valid, test_args: {a: 1}, policy: {schema: {type: object, required: [b]}}, expect: fail}
      - {type: sequence_valid, test_trace_raw: [{tool: a}, {tool: b}], policy: {regex: "^a b$"}}
      - {type: tool_blocklist, test_tool_calls: [a, x], policy: {blocked: [x]}}
`);

  it('results per assertion; failing ones append "assertions failed (N)"', () => {
    const cfg = c();
    const ctx = makeEvalContext(cfg, { assayVersion: '1' });
    const e = entry({ text: 'no', steps: 3, tool_calls: [call('search_web'), call('exec'), call('answer')] });
    const row = evaluateTest(cfg.tests[0]!, { entry: e, by: 'prompt' }, ctx);
    expect(row.status).toBe('fail');
    expect(row.message).toBe('failed: must_contain; assertions failed (5)');
    expect(row.details.assertions!.map((a) => [a.index, a.type, a.passed, a.code ?? null])).toEqual([
      [0, 'trace_must_call_tool', false, 'E_TRACE_ASSERT_FAIL'],
      [1, 'trace_must_not_call_tool', false, 'E_TRACE_ASSERT_FAIL'],
      [2, 'trace_tool_sequence', false, 'E_TRACE_ASSERT_FAIL'],
      [3, 'trace_max_steps', false, 'E_TRACE_ASSERT_FAIL'],
      [4, 'args_valid', true, null],
      [5, 'sequence_valid', true, null],
      [6, 'tool_blocklist', false, 'E_POLICY_ASSERT_FAIL'],
    ]);
    expect(row.details.assertions![0]!.message).toBe('expected at least 2 call(s) to "search*", found 1');
    expect(row.details.assertions![6]!.message).toBe('tool_blocklist: expected pass, got fail (blocked tool x)');
  });

  it('passing assertions with a passing kind give ok', () => {
    const cfg = config(`  - id: t1
    input: p
    assertions:
      - {type: trace_tool_sequence, sequence: [a, b], allow_other_tools: false}
`);
    const row = evaluateTest(cfg.tests[0]!, { entry: entry({ tool_calls: [call('a'), call('b')] }), by: 'prompt' }, makeEvalContext(cfg, { assayVersion: '1' }));
    expect(row.status).toBe('pass');
    expect(row.message).toBe('ok');
    expect(row.score).toBeNull();
    expect(row.details.metrics).toEqual({});
  });
});

describe('binding', () => {
  const entries: TraceEntry[] = [
    entry({ prompt: 'hello', binding_id: 'e1', key: 'e1', first_line: 1 }),
    entry({ prompt: 'other', binding_id: 't2', key: 't2', first_line: 5 }),
  ];
  const idx = buildBindingIndex(entries);
  it('by prompt first, then by binding id, else undefined', () => {
    expect(bindTest({ id: 't2', prompt: 'hello' }, idx)).toMatchObject({ by: 'prompt', entry: { first_line: 1 } } as Partial<Binding>);
    expect(bindTest({ id: 't2', prompt: 'nope' }, idx)).toMatchObject({ by: 'id', entry: { first_line: 5 } } as Partial<Binding>);
    expect(bindTest({ id: 'zz', prompt: 'Hello' }, idx)).toBeUndefined();
  });
});
