// `assay explain`: per call the decision, the rule and its policy line; incremental sequences;
// end-of-entry violations on the last call; the renderings; `explain <test-id>` from run.json inputs.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { explainTest, explainTraces, explanationDocument, readRunInputs, renderExplanation, type ExplainPolicy } from '../../../src/core/explain/index.js';
import { parsePolicy } from '../../../src/core/policy/index.js';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const EXAMPLE = { path: join(REPO, 'examples/traces/agent-run.jsonl'), display: 'examples/traces/agent-run.jsonl' };

function policy(text: string, display = 'policy.yaml'): ExplainPolicy {
  return { policy: parsePolicy(text, display).policy, display };
}

function tmp(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), t);
  }
  return d;
}

const EXAMPLE_POLICY = policy(
  [
    'version: "2.0"', //                 1
    'name: "mcp-default-gate"', //       2
    'allow: ["*"]', //                   3
    'deny: ["exec*", "shell*"]', //      4
    'constraints:', //                   5
    '  - tool: "read_file"', //          6
    '    params:', //                    7
    '      path:', //                    8
    '        matches: "^/data/"', //     9
    'sequences:', //                     10
    '  - type: before', //               11
    '    first: authenticate', //        12
    '    then: transfer_funds', //       13
    '',
  ].join('\n'),
);

describe('explain a trace', () => {
  it('every call: verdict, rule, the trace line and the policy line that decided it', async () => {
    const r = await explainTraces([EXAMPLE_POLICY], [EXAMPLE]);
    const e = r.explanations[0]!;
    expect(e.total_steps).toBe(7);
    const rows = e.steps.map((s) => [s.tool, s.verdict, s.rule, s.source.line, s.rule_source?.line]);
    expect(rows).toEqual([
      ['read_file', 'allowed', 'schemas.read_file', 2, 6],
      ['http_get', 'warning', 'enforcement.unconstrained_tools', 3, 1],
      ['list_dir', 'warning', 'enforcement.unconstrained_tools', 6, 1],
      ['shell_exec', 'blocked', 'tools.deny[1]=shell*', 7, 4],
      ['read_file', 'blocked', 'schemas.read_file', 10, 6],
      // Step 6 (incremental): transfer before authenticate is blocked, and authenticate still runs.
      ['transfer_funds', 'blocked', 'sequences[0]=before:authenticate->transfer_funds', 13, 11],
      ['authenticate', 'warning', 'enforcement.unconstrained_tools', 14, 1],
    ]);
    expect([e.allowed_steps, e.warning_steps, e.blocked_steps, e.first_block_index]).toEqual([1, 3, 3, 3]);
    expect(e.blocking_rules).toEqual(['schemas.read_file', 'sequences[0]=before:authenticate->transfer_funds', 'tools.deny[1]=shell*']);
    const denied = e.steps[3]!;
    expect(denied.rules_evaluated.map((x) => [x.rule_id, x.passed])).toEqual([['tools.deny[1]=shell*', false]]);
    const schema = e.steps[4]!.rules_evaluated.at(-1)!;
    expect(schema).toMatchObject({ rule_type: 'schema', passed: false });
    expect(schema.explanation).toContain('/path must match pattern');
    const allowed = e.steps[0]!.rules_evaluated.map((x) => [x.rule_type, x.rule_id, x.passed]);
    expect(allowed).toEqual([
      ['deny', 'tools.deny', true],
      ['allow', 'tools.allow[0]=*', true],
      ['sequence', 'sequences', true],
      ['schema', 'schemas.read_file', true],
    ]);
  });

  it('absence rules unmet at the end of an entry are attached to its last call', async () => {
    const d = tmp({ 't.jsonl': '{"tool":"search","args":{},"test_id":"a"}\n{"tool":"search","args":{},"test_id":"a"}\n' });
    const p = policy('sequences:\n  - type: require\n    tool: confirm\n  - type: max_calls\n    tool: search\n    max: 5\n');
    const e = (await explainTraces([p], [{ path: join(d, 't.jsonl'), display: 't.jsonl' }])).explanations[0]!;
    expect(e.steps.map((s) => s.verdict)).toEqual(['warning', 'warning']);
    const last = e.steps[1]!.rules_evaluated.filter((x) => x.rule_type === 'sequence' && x.rule_id.startsWith('sequences[0]'));
    expect(last).toEqual([expect.objectContaining({ passed: false, explanation: 'end of entry: required tool "confirm" was never called' })]);
    expect(e.steps[0]!.rules_evaluated.some((x) => x.rule_id.startsWith('sequences[0]') && !x.passed)).toBe(false);
    expect(e.entry_violations).toEqual([expect.objectContaining({ entry: 'a', rule: 'sequences[0]=require:confirm' })]);
    expect(e.blocking_rules).toEqual(['sequences[0]=require:confirm']);
  });

  it('JSON has the compatible shape; --blocked-only keeps the totals', async () => {
    const e = (await explainTraces([EXAMPLE_POLICY], [EXAMPLE])).explanations[0]!;
    const doc = explanationDocument(e, { blockedOnly: true });
    expect(Object.keys(doc).slice(0, 9)).toEqual(['policy_name', 'policy_version', 'policy_file', 'trace_files', 'total_steps', 'allowed_steps', 'blocked_steps', 'warning_steps', 'first_block_index']);
    expect(doc.total_steps).toBe(7);
    expect((doc.steps as unknown[]).length).toBe(3);
    const step = (doc.steps as Array<Record<string, unknown>>)[0]!;
    expect(Object.keys(step)).toEqual(['index', 'entry', 'call_index', 'tool', 'args', 'verdict', 'code', 'rule', 'reason', 'source', 'rule_source', 'rules_evaluated']);
  });

  it('renderings are render-safe: terminal, Markdown (pipes), self-contained HTML', async () => {
    const hostile = 'x|</td><script>alert(1)</script>\u001b[31m';
    const d = tmp({ 't.json': JSON.stringify([{ tool: hostile, args: { token: 'ghp_0123456789abcdefghijklmnopqrstuvwxyzAB' } }]) });
    const p = policy('tools:\n  deny: ["x*"]\n');
    const e = (await explainTraces([p], [{ path: join(d, 't.json'), display: 't.json' }])).explanations;
    const term = renderExplanation(e, 'terminal', { verbose: true });
    expect(term).not.toContain('\u001b');
    expect(term).toContain('<redacted:github-token>');
    const md = renderExplanation(e, 'markdown');
    const row = md.split('\n').find((l) => l.startsWith('| 0 '))!;
    expect(row.split(/(?<!\\)\|/).length).toBe(10); // 8 cells, no cell broken by the pipe in the name
    const html = renderExplanation(e, 'html', { verbose: true });
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<link|src=|href=/);
  });

  it('an empty trace: Warning: Trace is empty', async () => {
    const d = tmp({ 'e.json': '[]' });
    const e = (await explainTraces([EXAMPLE_POLICY], [{ path: join(d, 'e.json'), display: 'e.json' }])).explanations;
    expect(e[0]!.total_steps).toBe(0);
    expect(renderExplanation(e, 'terminal')).toContain('Warning: Trace is empty');
  });
});

describe('explain <test-id>', () => {
  const files = {
    'eval.yaml': [
      'configVersion: 1',
      'suite: s',
      'model: trace',
      'tests:',
      '  - id: book',
      '    input: "Book a flight"',
      '    expected:',
      '      type: args_valid',
      '      policy: policies/args.yaml',
      '  - id: order',
      '    input: "Pay"',
      '    expected:',
      '      type: sequence_valid',
      '      rules:',
      '        - type: before',
      '          first: login',
      '          then: pay',
      '',
    ].join('\n'),
    'policies/args.yaml': 'schemas:\n  book:\n    type: object\n    required: [id]\n',
    'policies/run.yaml': 'tools:\n  deny: ["pay"]\n',
    'traces/t.jsonl': ['{"prompt":"Book a flight","response":"ok","tool_calls":[{"tool":"book","args":{}}]}', '{"prompt":"Pay","response":"ok","tool_calls":[{"tool":"pay","args":{}},{"tool":"login","args":{}}]}'].join('\n'),
    '.assay/reports/run.json': JSON.stringify({ exit_code: 1, inputs: { config: 'eval.yaml', trace_files: ['traces/t.jsonl'], policy: 'policies/run.yaml', baseline: null, findings_baseline: null, out_dir: '.assay/reports' } }),
  };

  it('reads the run inputs and explains the bound entry against the test\'s policies and the run\'s --policy', async () => {
    const d = tmp(files);
    const inputs = readRunInputs(join(d, '.assay/reports/run.json'), '.assay/reports/run.json');
    expect(inputs).toEqual({ config: 'eval.yaml', trace_files: ['traces/t.jsonl'], policy: 'policies/run.yaml', baseline: null });
    const book = await explainTest('book', inputs, { root: d });
    expect(book.explanations.map((e) => e.policy_file)).toEqual(['policies/args.yaml', 'policies/run.yaml']);
    expect(book.explanations[0]!.steps.map((s) => [s.tool, s.verdict, s.rule])).toEqual([['book', 'blocked', 'schemas.book']]);
    const order = await explainTest('order', inputs, { root: d });
    expect(order.explanations[0]!.policy_file).toBe("eval.yaml (test 'order' rules)");
    expect(order.explanations[0]!.steps.map((s) => [s.tool, s.verdict])).toEqual([
      ['pay', 'blocked'],
      ['login', 'allowed'],
    ]);
    expect(order.explanations[1]!.steps[0]!.rule).toBe('tools.deny[0]=pay');
  });

  it('unknown test id → E_INVALID_ARGS; no run.json → E_PATH_NOT_FOUND', async () => {
    const d = tmp(files);
    const inputs = readRunInputs(join(d, '.assay/reports/run.json'), 'run.json');
    await expect(explainTest('nope', inputs, { root: d })).rejects.toMatchObject({ reasonCode: 'E_INVALID_ARGS' });
    expect(() => readRunInputs(join(d, 'missing.json'), 'missing.json')).toThrow(/run report not found/);
  });
});
