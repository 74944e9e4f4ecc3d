// run/ci with an eval config, in-process: binding while the trace streams, rows, findings, the JUnit
// config suite, the verdict, stub responses, quarantine and judge/embedding values.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createEvalPlugin } from '../../../src/core/gate/eval-session.js';
import { readConfigFile } from '../../../src/core/gate/config-kind.js';
import { cacheKeyHex, embeddingKeyObject, judgeKeyObject, writeCacheFile } from '../../../src/core/eval/index.js';
import type { TraceEntry } from '../../../src/core/trace/types.js';
import { gate, jsonl, rowsOf, tempDir, writeFiles } from './helpers.js';

const EVAL = `configVersion: 1
suite: travel
model: trace
settings:
  seed: 42
tests:
  - id: book_flight
    input: Book AMS to LIS
    expected:
      type: args_valid
      policy: mcp.yaml
  - id: no_shell
    input: Clean up
    expected:
      type: tool_blocklist
      blocked: ["shell.*"]
  - id: greet
    input: Say hi
    expected: {must_contain: hello}
    assertions:
      - type: trace_must_call_tool
        tool: greet.*
  - id: missing
    input: Show my invoices
    expected: {must_contain: invoice}
`;

const POLICY = `version: "2.0"
tools:
  deny: ["shell.*"]
schemas:
  flights.search:
    type: object
    required: [from, to]
`;

const TRACE = jsonl(
  { type: 'episode_start', episode_id: 'f1', timestamp: 1, input: { prompt: 'Book AMS to LIS' } },
  { type: 'tool_call', episode_id: 'f1', step_id: 's1', timestamp: 2, tool_name: 'flights.search', args: { from: 'AMS', to: 'LIS' }, result: null, error: null },
  { type: 'episode_end', episode_id: 'f1', timestamp: 3, final_output: 'Booked' },
  { prompt: 'Clean up', response: 'done', tool_calls: [{ tool_name: 'fs.list', args: {} }, { tool_name: 'shell.exec', args: { cmd: 'rm' } }] },
  { prompt: 'Say hi', response: 'hello there' },
  { prompt: 'Unrelated prompt', response: 'x', tool_calls: [{ tool_name: 'shell.exec', args: {} }] },
);

function fixture(extra: Record<string, string> = {}): string {
  const dir = tempDir();
  writeFiles(dir, { 'eval.yaml': EVAL, 'mcp.yaml': POLICY, 'trace.jsonl': TRACE, ...extra });
  return dir;
}

describe('binding while the trace streams', () => {
  it('keeps only entries a test names and returns the bound test id', () => {
    const dir = fixture();
    const plugin = createEvalPlugin({ assayVersion: '1.0.0', cwd: dir });
    const session = plugin.load(readConfigFile(path.join(dir, 'eval.yaml'), 'eval.yaml'));
    const entry = (over: Partial<TraceEntry>): TraceEntry => ({ text: '', model: 'm', meta: {}, tool_calls: [], steps: 0, first_line: 1, file: 't', key: '', ...over });
    expect(session.onEntry(entry({ prompt: 'Say hi' }))).toBe('greet');
    expect(session.onEntry(entry({ prompt: 'nobody', binding_id: 'missing' }))).toBe('missing');
    expect(session.onEntry(entry({ prompt: 'nobody else', binding_id: 'nobody' }))).toBeUndefined();
    expect(session.suite).toBe('travel');
    expect(session.orderSeed).toBe('42');
    expect(session.needsTrace).toBe(true);
  });
});

describe('eval rows → verdict, findings, JUnit', () => {
  it('a trace miss is exit 2 E_TRACE_MISS with a test/error finding at `input`', async () => {
    const dir = fixture();
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.exitCode).toBe(2);
    expect(r.report.reasonCode).toBe('E_TRACE_MISS');
    expect(r.report.nextStep).toContain('--config eval.yaml');
    const miss = r.findings.find((f) => f.test_id === 'missing')!;
    expect(miss.rule_id).toBe('test/error');
    expect(miss.location).toEqual({ uri: 'eval.yaml', line: 24, col: 12 });
    expect(miss.related).toBeUndefined();
  });

  it('rows sorted by id; failing kind and assertion findings located at the config; verdict E_TEST_FAILED', async () => {
    const dir = fixture({ 'eval.yaml': EVAL.replace(/ {2}- id: missing[\s\S]*$/, '') });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(rowsOf(r)).toEqual([
      ['book_flight', 'pass', 'ok'],
      ['greet', 'fail', 'assertions failed (1)'],
      ['no_shell', 'fail', 'failed: tool_blocklist'],
    ]);
    expect(r.report.exitCode).toBe(1);
    expect(r.report.reasonCode).toBe('E_TEST_FAILED');
    expect(r.report.message).toBe('2 test(s) failed');
    expect(r.report.nextStep).toBe('Run: assay explain greet');
    expect(r.report.orderSeed).toBe('42');
    const byRule = Object.fromEntries(r.findings.map((f) => [f.rule_id, f]));
    expect(byRule['test/tool_blocklist']).toMatchObject({
      level: 'error',
      source: 'test',
      test_id: 'no_shell',
      message: 'failed: tool_blocklist (Blocked tool called: shell.exec)',
      location: { uri: 'eval.yaml', line: 15, col: 7 },
      related: [{ uri: 'trace.jsonl', line: 4, col: 1, message: 'call #1' }],
    });
    expect(byRule['test/assertion/trace_must_call_tool']).toMatchObject({ test_id: 'greet', location: { uri: 'eval.yaml', line: 21, col: 9 } });
    expect(byRule['test/assertion/trace_must_call_tool']!.related).toEqual([{ uri: 'trace.jsonl', line: 5, col: 1, message: 'bound trace entry' }]);
    expect(r.configSuites).toEqual([
      {
        name: 'travel',
        rows: [
          { test_id: 'book_flight', status: 'pass', message: 'ok', duration_ms: 0 },
          { test_id: 'greet', status: 'fail', message: 'assertions failed (1)', duration_ms: 0, kind: 'assertion/trace_must_call_tool', details: [expect.stringContaining('assertion 0 (trace_must_call_tool)')] },
          { test_id: 'no_shell', status: 'fail', message: 'failed: tool_blocklist', duration_ms: 0, kind: 'tool_blocklist', details: ['Blocked tool called: shell.exec'] },
        ],
      },
    ]);
    expect(r.evalBaseline).toContain('"suite": "travel"');
  });

  it('with --policy alongside, policy findings name the bound test; fingerprints are stable across runs', async () => {
    const dir = fixture({ 'eval.yaml': EVAL.replace(/ {2}- id: missing[\s\S]*$/, '') });
    const a = await gate({ dir, config: 'eval.yaml', policy: 'mcp.yaml', traces: ['trace.jsonl'] });
    const denied = a.findings.filter((f) => f.rule_id === 'policy/E_TOOL_DENIED');
    expect(denied.map((f) => [f.test_id, f.location.line])).toEqual([
      ['no_shell', 4],
      [undefined, 6],
    ]);
    expect(a.report.reasonCode).toBe('E_TEST_FAILED');
    expect(a.policySuites.length).toBe(1);
    const b = await gate({ dir, config: 'eval.yaml', policy: 'mcp.yaml', traces: ['trace.jsonl'] });
    expect(b.findings.map((f) => f.fingerprint)).toEqual(a.findings.map((f) => f.fingerprint));
  });

  it('passing rows with policy findings: exit 1 E_POLICY_VIOLATION (row 5), test findings never count toward --fail-on', async () => {
    const dir = fixture({ 'eval.yaml': EVAL.replace(/ {2}- id: no_shell[\s\S]*$/, '') });
    const r = await gate({ dir, config: 'eval.yaml', policy: 'mcp.yaml', traces: ['trace.jsonl'] });
    expect(rowsOf(r)).toEqual([['book_flight', 'pass', 'ok']]);
    expect(r.report.reasonCode).toBe('E_POLICY_VIOLATION');
    expect(r.report.message).toBe('2 policy finding(s) at or above fail_on=error');
  });
});

describe('--config kinds', () => {
  it('a policy given as --config runs the policy gate (no eval rows)', async () => {
    const dir = fixture();
    const r = await gate({ dir, config: 'mcp.yaml', traces: ['trace.jsonl'] });
    expect(r.report.results).toBeUndefined();
    expect(r.report.suite).toBe('policy');
    expect(r.report.reasonCode).toBe('E_POLICY_VIOLATION');
    expect(r.report.inputs.policy).toBe('mcp.yaml');
  });

  it('an eval config in flow style (no block `tests:` key) is still recognised', async () => {
    const dir = fixture({ 'flow.yaml': '{suite: s, model: trace, tests: [{id: t, input: "Say hi", expected: {must_contain: hello}}]}\n' });
    const r = await gate({ dir, config: 'flow.yaml', traces: ['trace.jsonl'] });
    expect(rowsOf(r)).toEqual([['t', 'pass', 'ok']]);
  });
});

describe('statuses that do not fail', () => {
  it('not exercised: passes, W_METRIC_NOT_EXERCISED warning and a test/not_exercised note', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    expected:\n      type: args_valid\n      schema: {x: {type: object}}\n',
      'trace.jsonl': jsonl({ prompt: 'p', response: 'r' }),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.exitCode).toBe(0);
    expect(r.report.message).toBe('All tests passed');
    expect(r.findings.map((f) => [f.rule_id, f.level])).toEqual([['test/not_exercised', 'note']]);
    expect(r.report.warnings?.some((w) => w.startsWith('W_METRIC_NOT_EXERCISED: eval.yaml:7:7: '))).toBe(true);
    expect(r.eval?.notExercised.length).toBe(1);
  });

  it('quarantined tests are evaluated and reported, never gating', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: ok\n    input: a\n    expected: {must_contain: a}\n  - id: flaky\n    input: b\n    tags: [quarantine]\n    expected: {must_contain: zzz}\n',
      'trace.jsonl': jsonl({ prompt: 'a', response: 'a' }, { prompt: 'b', response: 'b' }),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.exitCode).toBe(0);
    expect(rowsOf(r)).toEqual([
      ['flaky', 'skipped', 'quarantined (not gating): failed: must_contain'],
      ['ok', 'pass', 'ok'],
    ]);
    const row = r.report.results!.find((x) => x.test_id === 'flaky')!;
    expect(row.skip_reason).toBe('quarantined');
    expect(row.details.quarantine).toEqual({ status: 'fail', message: 'failed: must_contain' });
    expect(r.findings.map((f) => [f.rule_id, f.level, f.message])).toEqual([
      ['test/must_contain', 'note', 'quarantined (not gating): failed: must_contain (missing substring: zzz)'],
    ]);
    expect(r.eval?.quarantined).toEqual([{ test_id: 'flaky', status: 'fail', message: 'failed: must_contain' }]);
    expect(r.report.warnings?.some((w) => w.startsWith('W_TEST_QUARANTINED: eval.yaml:7:5: '))).toBe(true);
    expect(r.configSuites[0]!.rows[0]).toMatchObject({ status: 'skipped', message: 'quarantined (not gating): failed: must_contain' });
  });

  it('a quarantined failure does not trigger bail_on_first_failure', async () => {
    const dir = tempDir();
    const tests = ['a', 'b', 'c', 'd'].map((id) => `  - id: ${id}\n    input: ${id}\n    tags: [quarantine]\n    expected: {must_contain: zzz}\n`).join('');
    writeFiles(dir, {
      'eval.yaml': `suite: s\nmodel: trace\nsettings: {bail_on_first_failure: true}\ntests:\n${tests}`,
      'trace.jsonl': jsonl(...['a', 'b', 'c', 'd'].map((p) => ({ prompt: p, response: p }))),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.results!.map((x) => (x.details.quarantine as { status?: string } | undefined)?.status)).toEqual(['fail', 'fail', 'fail', 'fail']);
    expect(r.report.exitCode).toBe(0);
  });

  it('no trace and model ≠ trace: stub responses with W_NO_TRACE_STUB', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': 'suite: s\nmodel: gpt-4o\ntests:\n  - id: t\n    input: p\n    expected: {must_contain: passed}\n' });
    const r = await gate({ dir, config: 'eval.yaml' });
    expect(rowsOf(r)).toEqual([['t', 'pass', 'ok']]);
    expect(r.report.results![0]!.details.entry).toBeUndefined();
    expect(r.report.warnings?.[0]).toMatch(/^W_NO_TRACE_STUB: eval\.yaml: no --trace-file/);
    expect(r.report.trace).toBeUndefined();
  });

  it('model: trace without a trace file is a usage error (2 E_INVALID_ARGS)', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    expected: {must_contain: x}\n' });
    const r = await gate({ dir, config: 'eval.yaml' });
    expect(r.report.completed).toBe(false);
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([2, 'E_INVALID_ARGS']);
    expect(r.report.message).toContain('--trace-file is required');
  });

  it('a config load error is an early failure (2 E_CFG_PARSE) with every diagnostic', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    expectd: {must_contain: x}\n', 'trace.jsonl': jsonl({ prompt: 'p', response: 'r' }) });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect([r.report.exitCode, r.report.reasonCode, r.report.completed]).toEqual([2, 'E_CFG_PARSE', false]);
    expect(r.errorDiagnostics.find((d) => d.severity === 'error')).toMatchObject({ file: 'eval.yaml', line: 6, col: 5, message: expect.stringContaining('unknown key "expectd"') });
  });

  it('on_error: allow turns a judge miss into allowed_on_error (a note, exit 0)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    on_error: allow\n    expected: {type: faithfulness}\n',
      'trace.jsonl': jsonl({ prompt: 'p', response: 'r' }),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(r.report.results![0]!.status).toBe('allowed_on_error');
    expect(r.report.exitCode).toBe(0);
    expect(r.findings.map((f) => [f.rule_id, f.level])).toEqual([['test/error', 'note']]);
  });
});

describe('judge and embedding values', () => {
  const CFG = 'suite: s\nmodel: trace\ntests:\n  - id: j\n    input: What is 2+2?\n    expected: {type: relevance, min_score: 0.5}\n  - id: e\n    input: Say four\n    expected: {type: semantic_similarity_to, text: four, min_score: 0.5}\n';
  const TR = jsonl({ prompt: 'What is 2+2?', response: '4' }, { prompt: 'Say four', response: 'FOUR' });

  it('a cache miss is exit 3 E_JUDGE_UNAVAILABLE naming test, metric and key; never a pass', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': CFG, 'trace.jsonl': TR });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([3, 'E_JUDGE_UNAVAILABLE']);
    expect(r.report.message).toBe('Judge/embedding value unavailable for 2 test(s)');
    expect(r.report.nextStep).toContain('assay run --record --judge openai --embedder openai');
    const j = r.report.results!.find((x) => x.test_id === 'j')!;
    expect(j.message).toMatch(/^test 'j': judge value for relevance is in neither the trace .* nor the eval cache \(key sha256:[0-9a-f]{64}\)$/);
    expect(r.report.judgeMetrics?.unavailable_count).toBe(2);
  });

  it('values from the content-addressed cache: cached rows, judge_metrics', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': CFG, 'trace.jsonl': TR });
    const cache = path.join(dir, '.assay/cache');
    const jHex = cacheKeyHex(judgeKeyObject({ rubric: 'relevance', rubric_version: 'v1', model: 'gpt-4o-mini', samples: 3, prompt: 'What is 2+2?', context: null, response: '4' }));
    writeCacheFile(cache, 'judge', jHex, 'gpt-4o-mini', { passed: true, score: 1, verdict: 'PASS', samples: 3, agreement: 1 });
    for (const text of ['FOUR', 'four']) {
      writeCacheFile(cache, 'embedding', cacheKeyHex(embeddingKeyObject('text-embedding-3-small', text)), 'text-embedding-3-small', { vector: [1, 0, 0], dims: 3 });
    }
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(rowsOf(r)).toEqual([
      ['e', 'pass', 'ok'],
      ['j', 'pass', 'ok'],
    ]);
    expect(r.report.results!.every((x) => x.cached)).toBe(true);
    expect(r.report.judgeMetrics).toEqual({ abstain_rate: 0, flip_rate: 0, consensus_rate: 1, unavailable_count: 0 });
    // --no-cache and --replay-strict never read it.
    const off = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], eval: { noCache: true } });
    expect(off.report.reasonCode).toBe('E_JUDGE_UNAVAILABLE');
    const strict = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], eval: { replayStrict: true } });
    expect([strict.report.exitCode, strict.report.reasonCode]).toEqual([2, 'E_REPLAY_MISSING_DEPENDENCY']);
  });

  it('an Abstain verdict in the trace is exit 1 E_JUDGE_UNCERTAIN with a test/judge_uncertain finding', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: j\n    input: q\n    expected: {type: faithfulness}\n',
      'trace.jsonl': jsonl({ prompt: 'q', response: 'a', meta: { assay: { judge: { faithfulness: { passed: false, score: 0.5, verdict: 'Abstain', agreement: 0.5 } } } } }),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect([r.report.exitCode, r.report.reasonCode]).toEqual([1, 'E_JUDGE_UNCERTAIN']);
    expect(r.findings.map((f) => f.rule_id)).toEqual(['test/judge_uncertain']);
    expect(r.report.judgeMetrics?.abstain_rate).toBe(1);
  });

  it('an unstable judge is a warn row with a test/unstable warning; --strict makes it fail (E_POLICY_VIOLATION)', async () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: j\n    input: q\n    expected: {type: faithfulness, min_score: 0.5}\n',
      'trace.jsonl': jsonl({ prompt: 'q', response: 'a', meta: { assay: { judge: { faithfulness: { passed: true, score: 0.67, verdict: 'PASS', agreement: 0.67 } } } } }),
    });
    const r = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(rowsOf(r)).toEqual([['j', 'warn', 'unstable metric: faithfulness']]);
    expect(r.report.exitCode).toBe(0);
    expect(r.findings.map((f) => [f.rule_id, f.level, f.message])).toEqual([['test/unstable', 'warning', 'unstable metric: faithfulness (agreement 0.67)']]);
    const strict = await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'], gate: { strict: true } });
    expect([strict.report.exitCode, strict.report.reasonCode, strict.report.message]).toEqual([1, 'E_POLICY_VIOLATION', 'Strict mode: 1 policy violations']);
    expect(strict.report.nextStep).toBe('Review the policy rules. Run: assay explain j');
  });
});

describe('reports on disk are not written by the session', () => {
  it('leaves the eval cache untouched without --record', async () => {
    const dir = fixture();
    await gate({ dir, config: 'eval.yaml', traces: ['trace.jsonl'] });
    expect(fs.existsSync(path.join(dir, '.assay'))).toBe(false);
  });
});
