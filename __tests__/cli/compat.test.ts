// The reference implementation's policy and trace formats load and decide as documented.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles, REPO } from '../helpers/cli.js';

// Reference MCP policy v2: tools.allow/deny, JSON Schemas per tool, enforcement, limits.
const V2_POLICY = `version: "2.0"
name: reference-v2
tools:
  allow: ["read_file", "list_*", "search"]
  deny: ["exec*"]
schemas:
  read_file:
    type: object
    properties:
      path: { type: string, pattern: "^/workspace/" }
    required: [path]
enforcement:
  unconstrained_tools: allow
limits:
  max_tool_calls_total: 3
`;

// Legacy v1: tools.arg_constraints and tools.require_args.
const V1_POLICY = `version: "1.0"
tools:
  allow: ["read_file", "list_dir", "search"]
  deny: ["exec*"]
  arg_constraints:
    read_file:
      type: object
      properties:
        path: { type: string, pattern: "^/workspace/" }
  require_args:
    read_file: [path]
`;

// Every reference line shape: legacy record with tool_calls, assay.trace V1, V2 events, plain records.
const TRACE = [
  '{"prompt":"legacy one","response":"ok","tool_calls":[{"tool_name":"read_file","args":{"path":"/workspace/a"}},{"tool_name":"exec_cmd","args":{"cmd":"ls"}}]}',
  '{"type":"assay.trace","schema_version":1,"request_id":"r-2","prompt":"v1 record","response":"fine","model":"gpt","meta":{"tool_calls":[{"tool_name":"read_file","args":{"path":"/etc/shadow"}}]}}',
  '{"type":"episode_start","episode_id":"e3","timestamp":1,"input":{"prompt":"v2 episode"}}',
  '{"type":"tool_call","episode_id":"e3","step_id":"s1","timestamp":2,"tool_name":"list_dir","args":{"path":"/workspace"}}',
  '{"type":"tool_call","episode_id":"e3","step_id":"s2","timestamp":3,"tool_name":"search","args":{"q":"x"}}',
  '{"type":"tool_call","episode_id":"e3","step_id":"s3","timestamp":4,"tool_name":"search","args":{"q":"y"}}',
  '{"type":"tool_call","episode_id":"e3","step_id":"s4","timestamp":5,"tool_name":"search","args":{"q":"z"}}',
  '{"type":"episode_end","episode_id":"e3","timestamp":6,"final_output":"done"}',
  '{"type":"verdict.trace","anything":1}',
  '{"tool":"write_file","args":{"path":"/workspace/b"},"test_id":"plain-group"}',
  '',
].join('\n');

function codesByLine(stdout: string): string[] {
  const doc = JSON.parse(stdout);
  return doc.diagnostics
    .filter((d: { severity: string }) => d.severity === 'error')
    .map((d: { code: string; context: { line: number } }) => `${d.code}@${d.context.line}`)
    .sort();
}

describe('reference formats', () => {
  const expected = ['E_ARG_SCHEMA@2', 'E_RATE_LIMIT@7', 'E_TOOL_DENIED@1', 'E_TOOL_NOT_ALLOWED@10'];

  it('a v2 policy over every trace shape gives the documented decisions', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': V2_POLICY, 'trace.jsonl': TRACE });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(codesByLine(r.stdout)).toEqual(expected);
    expect(JSON.parse(r.stdout).summary.trace).toMatchObject({ episodes: 4, ignored_lines: 1, skipped_lines: 0 });
  });

  it('the legacy v1 spelling decides the same calls the same way, with a deprecation warning', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': V1_POLICY, 'trace.jsonl': TRACE });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    // v1 has no limits: the 4th call of e3 is allowed.
    expect(codesByLine(r.stdout)).toEqual(expected.filter((c) => !c.startsWith('E_RATE_LIMIT')));
    expect(r.stderr).toContain('W_POLICY_LEGACY');
    const denied = runCli(['validate', '--deny-deprecations', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(denied.status).toBe(2);
    expect(denied.stderr).toContain('E_POLICY_PARSE');
  });

  it('an empty allow list denies every tool (fail-closed) and is warned about', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ntools:\n  allow: []\n', 'trace.jsonl': '{"tool":"search","args":{}}\n' });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('W_POLICY_EMPTY_ALLOW');
    expect(r.stderr).toContain('E_TOOL_NOT_ALLOWED');
  });
});

describe('ci: SARIF truncation on a huge run', () => {
  it('100,000 findings: SARIF keeps 25,000, run.json and summary.json record the omitted count', () => {
    const dir = tempDir();
    const lines: string[] = [];
    for (let i = 0; i < 100_000; i++) lines.push(`{"tool":"exec_${i % 7}","args":{"n":${i}},"test_id":"g${i % 50}"}`);
    writeFileSync(join(dir, 'trace.jsonl'), lines.join('\n') + '\n');
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ndeny: ["exec*"]\n' });
    const r = runCli(['ci', '--policy', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    const sarif = JSON.parse(readFileSync(join(dir, '.assay/reports/assay.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBe(25_000);
    expect(sarif.runs[0].properties.assay).toEqual({ truncated: true, omitted_count: 75_000 });
    const run = JSON.parse(readFileSync(join(dir, '.assay/reports/run.json'), 'utf8'));
    const summary = JSON.parse(readFileSync(join(dir, '.assay/reports/summary.json'), 'utf8'));
    expect(run.sarif).toEqual({ omitted: 75_000 });
    expect(summary.sarif).toEqual({ omitted: 75_000 });
    expect(summary.findings.error).toBe(100_000);
    expect(run.findings.length).toBe(100_000);
    expect(run.warnings.some((w: string) => w.startsWith('W_SARIF_TRUNCATED'))).toBe(true);
    expect(r.stderr).toContain('75000 omitted');
  }, 120_000);
});

describe('ci: reports on every exit path', () => {
  it('a missing trace gives exit 2 and still writes minimal run.json and a failure summary.json', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ndeny: ["exec*"]\n' });
    const r = runCli(['ci', '--policy', 'policy.yaml', '--trace-file', 'missing.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    const summary = JSON.parse(r.stdout);
    expect(summary.reason_code).toBe('E_TRACE_NOT_FOUND');
    const run = JSON.parse(readFileSync(join(dir, '.assay/reports/run.json'), 'utf8'));
    // The minimal shape, then the id of the report set it belongs to (docs/reports.md).
    expect(Object.keys(run)).toEqual(['exit_code', 'reason_code', 'reason_code_version', 'seed_version', 'order_seed', 'judge_seed', 'inputs', 'resolution', 'report_set_id']);
    expect(run.report_set_id).toBe(summary.report_set.id);
    expect(run.resolution.message).toContain('missing.jsonl');
  });

  it('a clean policy-only gate exits 0 and the reports agree', () => {
    const r = runCli(['ci', '--policy', 'examples/policy.yaml', '--trace-file', 'examples/traces/clean.jsonl', '--out-dir', join(tempDir(), 'r')]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Result: exit 0');
  });

  it('same inputs in reproducible mode give byte-identical reports', () => {
    const a = tempDir();
    const b = tempDir();
    const args = ['ci', '--policy', join(REPO, 'examples/policy.yaml'), '--trace-file', join(REPO, 'examples/traces/agent-run.jsonl')];
    runCli(args, { cwd: a, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    runCli(args, { cwd: b, env: { SOURCE_DATE_EPOCH: '1700000000' } });
    for (const f of ['run.json', 'summary.json', 'assay.sarif', 'junit.xml', 'findings-baseline.json']) {
      const text = readFileSync(join(a, '.assay/reports', f), 'utf8');
      expect(text).toBe(readFileSync(join(b, '.assay/reports', f), 'utf8'));
      expect(text).not.toContain(a);
    }
  });
});
