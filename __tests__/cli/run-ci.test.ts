// `assay run` / `assay ci` with an eval config, through the built CLI: the example suite (passing,
// failing, regressing and quarantined tests), the four reports agreeing with each other and with the
// exit code, byte-identical reports under SOURCE_DATE_EPOCH, `run --format json`, and the policy-only gate.
import { describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const EXAMPLE = ['--config', 'examples/eval/eval.yaml', '--trace-file', 'examples/eval/traces.jsonl', '--baseline', 'examples/eval/baseline.json'];

interface Row {
  test_id: string;
  status: string;
  message: string;
}
interface Finding {
  fingerprint: string;
  rule_id: string;
  level: 'error' | 'warning' | 'note';
  test_id?: string;
  location: { uri: string; line: number };
}

const read = (dir: string, f: string) => readFileSync(join(dir, f), 'utf8');
const json = (dir: string, f: string) => JSON.parse(read(dir, f));

describe('ci on examples/eval', () => {
  const out = tempDir();
  const r = runCli(['ci', ...EXAMPLE, '--out-dir', out]);

  it('exits 1 E_TEST_FAILED: one failing and one regressing test; the quarantined one does not gate', () => {
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const run = json(out, 'run.json');
    expect(run.reason_code).toBe('E_TEST_FAILED');
    const rows = Object.fromEntries((run.results as Row[]).map((x) => [x.test_id, [x.status, x.message]]));
    expect(rows).toEqual({
      book_flight: ['pass', 'ok'],
      checkout_flow: ['pass', 'ok'],
      flaky_search: ['skipped', 'quarantined (not gating): failed: must_contain'],
      greeting: ['pass', 'ok'],
      no_shell: ['fail', 'failed: tool_blocklist'],
      policy_summary: ['fail', 'regression: semantic_similarity_to dropped 0.090 (limit: 0.050)'],
      refund_answer: ['pass', 'ok'],
    });
    expect(run.results.map((x: Row) => x.test_id)).toEqual([...run.results.map((x: Row) => x.test_id)].sort());
    expect(run.order_seed).toBe('20261122');
    expect(run.inputs).toMatchObject({ config: 'examples/eval/eval.yaml', trace_files: ['examples/eval/traces.jsonl'], baseline: 'examples/eval/baseline.json' });
    const rules = (run.findings as Finding[]).map((f) => `${f.rule_id}:${f.test_id}:${f.level}`).sort();
    expect(rules).toEqual(['baseline/regression:policy_summary:error', 'test/must_contain:flaky_search:note', 'test/tool_blocklist:no_shell:error']);
    const regression = (run.findings as Finding[]).find((f) => f.rule_id === 'baseline/regression')!;
    expect(regression.location).toMatchObject({ uri: 'examples/eval/eval.yaml' });
    expect(JSON.stringify(regression)).toContain('dropped 0.090 (limit: 0.050)');
  });

  it('console: rows, quarantine, seeds and judge metrics in the footer, the verdict', () => {
    const e = r.stderr;
    expect(e).toContain('Loaded config version: 1');
    expect(e).toContain('Running 7 tests...');
    expect(e).toMatch(/^✅ book_flight {10}1\.00 {2}\(\d\.\ds\)$/m);
    expect(e).toMatch(/^❌ no_shell {13}failed: tool_blocklist/m);
    expect(e).toContain('      → Blocked tool called: shell.exec');
    expect(e).toMatch(/^❌ policy_summary {7}regression: semantic_similarity_to dropped 0\.090/m);
    expect(e).toMatch(/^⏭️ {2}flaky_search {9}SKIPPED \(quarantined \(not gating\): failed: must_contain\)$/m);
    expect(e).toContain('Summary: 4 passed, 2 failed, 1 skipped, 0 flaky, 0 unstable, 0 warn, 0 error');
    expect(e).toContain('Quarantined: 1 test(s) reported, not gating: flaky_search (fail)');
    expect(e).toContain('Seeds: seed_version=1 order_seed=20261122 judge_seed=—');
    expect(e).toContain('Judge metrics: abstain_rate=0.00 flip_rate=0.00 consensus_rate=1.00 unavailable_count=0');
    expect(e).toContain('Result: exit 1 E_TEST_FAILED — 2 test(s) failed');
    // The reports went to another folder: the step names it, so explain reads that run.json.
    expect(e).toContain(`Next: Run: assay explain --out-dir ${out} no_shell`);
  });

  it('run.json, summary.json, SARIF and JUnit agree with each other and with the exit code', () => {
    const run = json(out, 'run.json');
    const sum = json(out, 'summary.json');
    const sarif = json(out, 'assay.sarif');
    const junit = read(out, 'junit.xml');
    // exit / reason
    for (const doc of [run, sum, run.resolution]) expect([doc.exit_code, doc.reason_code]).toEqual([r.status, 'E_TEST_FAILED']);
    expect(sarif.runs[0].invocations[0].exitCode).toBe(r.status);
    expect(sum.seeds.order_seed).toBe(run.order_seed);
    expect(sum.judge_metrics).toEqual(run.judge_metrics);
    // result counts
    const rows = run.results as Row[];
    const n = (...s: string[]) => rows.filter((x) => s.includes(x.status)).length;
    expect(sum.results).toEqual({ passed: n('pass', 'allowed_on_error', 'warn'), failed: n('fail', 'error'), warned: n('warn'), skipped: n('skipped'), total: rows.length });
    const suite = /<testsuite name="support-agent" tests="(\d+)" failures="(\d+)" errors="(\d+)" skipped="(\d+)">/.exec(junit)!;
    expect(suite.slice(1).map(Number)).toEqual([rows.length, n('fail'), n('error'), n('skipped')]);
    for (const row of rows) {
      const tc = new RegExp(`<testcase classname="support-agent" name="${row.test_id}">(.*?)</testcase>`).exec(junit)![1]!;
      const tag = tc.startsWith('<failure') ? 'fail' : tc.startsWith('<error') ? 'error' : tc.startsWith('<skipped') ? 'skipped' : 'pass';
      expect([row.test_id, tag]).toEqual([row.test_id, row.status]);
    }
    // findings
    const findings = run.findings as Finding[];
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings) counts[f.level]++;
    expect(sum.findings).toEqual(counts);
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }> }>;
    expect(results.map((x) => `${x.ruleId}|${x.level}|${x.partialFingerprints['assayFinding/v1']}`).sort()).toEqual(
      findings.map((f) => `${f.rule_id}|${f.level}|${f.fingerprint.replace(/^sha256:/, '')}`).sort(),
    );
    for (const x of results) expect(x.locations[0]!.physicalLocation.artifactLocation.uri).toBe('examples/eval/eval.yaml');
    expect(sarif.runs[0].tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual([...new Set(findings.map((f) => f.rule_id))].sort());
  });

  it('ci always writes eval-baseline.json (this run) beside the other reports', () => {
    expect(readdirSync(out).sort()).toEqual(['assay.sarif', 'eval-baseline.json', 'findings-baseline.json', 'junit.xml', 'run.json', 'summary.json']);
    const b = json(out, 'eval-baseline.json');
    expect(b.suite).toBe('support-agent');
    expect(b.entries.find((e: { test_id: string }) => e.test_id === 'policy_summary').score).toBeCloseTo(0.86, 2);
  });
});

describe('determinism', () => {
  it('the same inputs under SOURCE_DATE_EPOCH give byte-identical reports', () => {
    const out = tempDir();
    const keep = tempDir();
    const env = { SOURCE_DATE_EPOCH: '1795305600' };
    const first = runCli(['ci', ...EXAMPLE, '--out-dir', out], { env });
    const files = readdirSync(out).sort();
    for (const f of files) copyFileSync(join(out, f), join(keep, f));
    const second = runCli(['ci', ...EXAMPLE, '--out-dir', out], { env });
    expect([first.status, second.status]).toEqual([1, 1]);
    expect(files).toContain('eval-baseline.json');
    for (const f of files) expect([f, read(out, f)]).toEqual([f, read(keep, f)]);
    const run = json(out, 'run.json');
    expect(run.results.every((x: { duration_ms: number }) => x.duration_ms === 0)).toBe(true);
    expect(json(out, 'eval-baseline.json').created_at).toBe('2026-11-22T00:00:00Z');
    expect(json(out, 'summary.json').performance.total_duration_ms).toBe(0);
  });
});

describe('run', () => {
  it('--format json prints assay.run_report.v1 on stdout and no rows on stderr', () => {
    const out = tempDir();
    const r = runCli(['run', ...EXAMPLE, '--out-dir', out, '--format', 'json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['schema', 'schema_version', 'run_id', 'suite', 'results']);
    expect(doc.schema).toBe('assay.run_report.v1');
    expect(doc.suite).toBe('support-agent');
    expect(doc.results.length).toBe(7);
    expect(r.stderr).not.toContain('✅');
    expect(r.stderr).not.toContain('Result:');
    // run writes run.json and summary.json, not the ci reports
    expect(readdirSync(out).sort()).toEqual(['run.json', 'summary.json']);
  });

  it('--format json after an early failure prints the summary document', () => {
    const out = tempDir();
    const r = runCli(['run', '--config', 'examples/eval/eval.yaml', '--trace-file', 'nope.jsonl', '--out-dir', out, '--format', 'json']);
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect([doc.schema, doc.reason_code]).toEqual(['assay.run_summary.v1', 'E_TRACE_NOT_FOUND']);
    expect(json(out, 'run.json')).toMatchObject({ exit_code: 2, reason_code: 'E_TRACE_NOT_FOUND', order_seed: null });
  });

  it('--judge fake / --embedder fake: deterministic stand-ins, no cache written', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: j\n    input: q\n    expected: {type: relevance}\n  - id: e\n    input: r\n    expected: {type: semantic_similarity_to, text: x}\n',
      'trace.jsonl': '{"prompt":"q","response":"a"}\n{"prompt":"r","response":"b"}\n',
    });
    const r = runCli(['run', '--config', 'eval.yaml', '--trace-file', 'trace.jsonl', '--judge', 'fake', '--embedder', 'fake'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(existsSync(join(dir, '.assay/cache'))).toBe(false);
  });

  it('model: trace without --trace-file is 2 E_INVALID_ARGS; a config error is 2 E_CFG_PARSE with its position', () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    expected: {must_contain: x}\n', 'bad.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: p\n    expectd: {must_contain: x}\n' });
    const a = runCli(['run', '--config', 'eval.yaml'], { cwd: dir });
    expect(a.status).toBe(2);
    expect(json(join(dir, '.assay/reports'), 'summary.json').reason_code).toBe('E_INVALID_ARGS');
    writeFiles(dir, { 't.jsonl': '{"prompt":"p","response":"x"}\n' });
    const b = runCli(['ci', '--config', 'bad.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
    expect(b.status).toBe(2);
    expect(b.stderr).toContain('bad.yaml:6:5: error E_CFG_PARSE: unknown key "expectd"');
    expect(json(join(dir, '.assay/reports'), 'run.json').reason_code).toBe('E_CFG_PARSE');
  });
});

describe('the policy-only gate still works', () => {
  it('ci --policy on the demo trace: exit 1 with the three findings', () => {
    const out = tempDir();
    const r = runCli(['ci', '--policy', 'examples/policy.yaml', '--trace-file', 'examples/traces/agent-run.jsonl', '--out-dir', out]);
    expect(r.status).toBe(1);
    const run = json(out, 'run.json');
    expect(run.reason_code).toBe('E_POLICY_VIOLATION');
    expect(run.findings.length).toBe(3);
    expect(run.results).toEqual([]);
    expect(existsSync(join(out, 'eval-baseline.json'))).toBe(false);
  });

  it('eval config and --policy together: tests and policy findings in one run', () => {
    const out = tempDir();
    writeFiles(out, { 'p.yaml': 'version: "2.0"\ntools:\n  deny: ["shell.*"]\n' });
    const r = runCli(['ci', ...EXAMPLE, '--policy', join(out, 'p.yaml'), '--out-dir', join(out, 'r')]);
    expect(r.status).toBe(1);
    const run = json(join(out, 'r'), 'run.json');
    const denied = (run.findings as Finding[]).filter((f) => f.rule_id === 'policy/E_TOOL_DENIED');
    expect(denied.map((f) => [f.test_id, f.location.line])).toEqual([['no_shell', 8]]);
    expect(read(join(out, 'r'), 'junit.xml')).toContain('<testsuite name="policy:examples/eval/traces.jsonl"');
  });
});
