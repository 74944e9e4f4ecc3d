// `explain <test-id>` explains every kind of test from the last run's row: eval `expected` kinds, trace
// assertions, baseline regressions (baseline score, current, allowed drop), judge/embedding values and where
// they came from, quarantine; text and JSON. The rows are what `assay run` wrote for examples/eval.
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { explainTest, readRunReport, renderTestExplanation, type RunRow } from '../../../src/core/explain/index.js';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const ROWS: RunRow[] = JSON.parse("[{\"test_id\": \"checkout_flow\", \"status\": \"pass\", \"score\": 1, \"cached\": false, \"message\": \"ok\", \"details\": {\"metrics\": {\"sequence_valid\": {\"score\": 1, \"passed\": true, \"unstable\": false, \"exercised\": \"exercised\", \"details\": {\"actual\": [\"cart.view\", \"payment.charge\"]}}}, \"prompt\": \"Buy the blue mug\", \"assay.replay\": true, \"entry\": {\"file\": \"traces.jsonl\", \"line\": 5, \"by\": \"prompt\"}, \"assertions\": [{\"index\": 0, \"type\": \"trace_must_call_tool\", \"passed\": true, \"message\": \"\\\"payment.*\\\" called 1 time(s)\"}]}, \"duration_ms\": 0, \"skip_reason\": null}, {\"test_id\": \"flaky_search\", \"status\": \"skipped\", \"score\": 0, \"cached\": false, \"message\": \"quarantined (not gating): failed: must_contain\", \"details\": {\"metrics\": {\"must_contain\": {\"score\": 0, \"passed\": false, \"unstable\": false, \"exercised\": \"exercised\", \"details\": {\"message\": \"missing substring: 3 results\", \"missing\": [\"3 results\"]}}}, \"prompt\": \"Find hotels in Porto\", \"assay.replay\": true, \"entry\": {\"file\": \"traces.jsonl\", \"line\": 10, \"by\": \"prompt\"}, \"quarantine\": {\"status\": \"fail\", \"message\": \"failed: must_contain\"}}, \"duration_ms\": 0, \"skip_reason\": \"quarantined\"}, {\"test_id\": \"no_shell\", \"status\": \"fail\", \"score\": 0, \"cached\": false, \"message\": \"failed: tool_blocklist\", \"details\": {\"metrics\": {\"tool_blocklist\": {\"score\": 0, \"passed\": false, \"unstable\": false, \"exercised\": \"exercised\", \"details\": {\"message\": \"Blocked tool called: shell.exec\", \"blocked_calls\": [{\"call_index\": 1, \"tool\": \"shell.exec\", \"pattern\": \"shell.*\"}]}}}, \"prompt\": \"Clean up the temp folder\", \"assay.replay\": true, \"entry\": {\"file\": \"traces.jsonl\", \"line\": 8, \"by\": \"prompt\"}}, \"duration_ms\": 0, \"skip_reason\": null}, {\"test_id\": \"policy_summary\", \"status\": \"fail\", \"score\": 0.8601290290322582, \"cached\": false, \"message\": \"regression: semantic_similarity_to dropped 0.090 (limit: 0.050)\", \"details\": {\"metrics\": {\"semantic_similarity_to\": {\"score\": 0.8601290290322582, \"passed\": true, \"unstable\": false, \"exercised\": \"exercised\", \"details\": {\"score\": 0.8601290290322582, \"min_score\": 0.8, \"model\": \"text-embedding-3-small\", \"source\": \"trace\"}}}, \"prompt\": \"Summarise the returns policy\", \"assay.replay\": true, \"entry\": {\"file\": \"traces.jsonl\", \"line\": 9, \"by\": \"prompt\"}}, \"duration_ms\": 1, \"skip_reason\": null}, {\"test_id\": \"refund_answer\", \"status\": \"pass\", \"score\": 1, \"cached\": false, \"message\": \"ok\", \"details\": {\"metrics\": {\"faithfulness\": {\"score\": 1, \"passed\": true, \"unstable\": false, \"exercised\": \"exercised\", \"details\": {\"passed\": true, \"score\": 1, \"verdict\": \"PASS\", \"samples\": 3, \"agreement\": 1, \"rubric_version\": \"v1\", \"rationale\": \"Matches the context.\", \"min_score\": 0.8, \"source\": \"trace\"}}}, \"prompt\": \"What is the refund window?\", \"assay.replay\": true, \"entry\": {\"file\": \"traces.jsonl\", \"line\": 7, \"by\": \"prompt\"}}, \"duration_ms\": 0, \"skip_reason\": null}]");

function project(inputs: Record<string, unknown> = {}): string {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  cpSync(join(REPO, 'examples/eval'), d, { recursive: true });
  mkdirSync(join(d, '.assay/reports'), { recursive: true });
  const doc = { results: ROWS, inputs: { config: 'eval.yaml', trace_files: ['traces.jsonl'], policy: null, baseline: 'baseline.json', out_dir: '.assay/reports', ...inputs } };
  writeFileSync(join(d, '.assay/reports/run.json'), JSON.stringify(doc));
  return d;
}

async function explain(id: string, d = project()) {
  const report = readRunReport(join(d, '.assay/reports/run.json'), '.assay/reports/run.json');
  return explainTest(id, report, { root: d });
}

describe('explain <test-id> for every kind of test', () => {
  it('an eval assertion (tool_blocklist): the check, what it found, where the test and its entry are', async () => {
    const r = await explain('no_shell');
    expect(r.test).toMatchObject({ test_id: 'no_shell', status: 'fail', test_source: { file: 'eval.yaml', line: 44 }, entry: { file: 'traces.jsonl', line: 8, by: 'prompt' } });
    expect(r.test!.checks).toEqual([expect.objectContaining({ kind: 'tool_blocklist', passed: false, score: 0 })]);
    expect(r.test!.checks[0]!.findings).toContain('call #1 shell.exec matches blocked pattern "shell.*"');
    // No policy: nothing to explain call by call, and still an explanation (not "nothing to explain").
    expect(r.explanations).toEqual([]);
  });

  it('a baseline regression: metric, baseline score, current, allowed drop; an embedding value from the trace', async () => {
    const t = (await explain('policy_summary')).test!;
    expect(t.baseline).toEqual([expect.objectContaining({ file: 'baseline.json', metric: 'semantic_similarity_to', baseline_score: 0.95, allowed_drop: 0.05, regressed: true })]);
    expect(t.baseline[0]!.current_score).toBeCloseTo(0.8601, 3);
    expect(t.checks[0]).toMatchObject({ kind: 'semantic_similarity_to', passed: true, threshold: 0.8, value_source: 'trace' });
    const text = renderTestExplanation(t, [], 'terminal');
    expect(text).toContain('✗ baseline semantic_similarity_to: 0.950 in baseline.json → 0.860 now, dropped 0.090 (allowed drop 0.050)');
    expect(text).toContain('value from the trace (meta.assay)');
  });

  it('a judge metric: verdict, samples, rationale, threshold and source', async () => {
    const t = (await explain('refund_answer')).test!;
    expect(t.checks[0]).toMatchObject({ kind: 'faithfulness', passed: true, score: 1, threshold: 0.8, value_source: 'trace' });
    expect(t.checks[0]!.findings).toEqual(['verdict: PASS (3 sample(s), agreement 1)', 'rationale: Matches the context.']);
  });

  it('trace assertions and a sequence check; quarantine', async () => {
    const c = (await explain('checkout_flow')).test!;
    expect(c.assertions).toEqual([{ index: 0, type: 'trace_must_call_tool', passed: true, message: '"payment.*" called 1 time(s)' }]);
    expect(c.checks[0]!.findings).toEqual(['calls: cart.view → payment.charge']);
    const q = (await explain('flaky_search')).test!;
    expect(q.quarantine).toEqual({ status: 'fail', message: 'failed: must_contain' });
    expect(renderTestExplanation(q, [], 'terminal')).toContain('quarantined: the result (fail: failed: must_contain) is reported, never gating');
  });

  it('JSON: {test, explanations}; with the run\'s policy, the bound entry is explained call by call', async () => {
    const d = project({ policy: 'policy.yaml' });
    const r = await explain('no_shell', d);
    expect(r.explanations.map((e) => e.policy_file)).toEqual(['policy.yaml']);
    const doc = JSON.parse(renderTestExplanation(r.test!, r.explanations, 'json'));
    expect(doc.test.test_id).toBe('no_shell');
    expect(doc.explanations[0].steps.map((s: { tool: string }) => s.tool)).toEqual(['fs.list', 'shell.exec']);
  });

  it('TEST_ID may name a trace entry by prompt (the next step of a policy finding); unknown ids stay usage errors', async () => {
    const d = project({ policy: 'policy.yaml' });
    const r = await explain('Clean up the temp folder', d);
    expect(r.test).toBeUndefined();
    expect(r.explanations[0]!.steps.map((s) => s.tool)).toEqual(['fs.list', 'shell.exec']);
    await expect(explain('nope', d)).rejects.toMatchObject({ reasonCode: 'E_INVALID_ARGS' });
  });
});
