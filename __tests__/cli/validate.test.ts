// `assay validate` end to end through the built CLI: the demo, every format, and bad input.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles, REPO } from '../helpers/cli.js';

const DEMO = ['--config', 'examples/policy.yaml', '--trace-file', 'examples/traces/agent-run.jsonl'];
const EXPECTED = [
  ['E_ARG_SCHEMA', 'examples/traces/agent-run.jsonl', 10],
  ['E_SEQUENCE_VIOLATION', 'examples/traces/agent-run.jsonl', 13],
  ['E_TOOL_DENIED', 'examples/traces/agent-run.jsonl', 7],
];

describe('assay --help', () => {
  it('lists the commands and the exit codes', () => {
    const r = runCli(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['validate', 'run', 'ci', 'import', 'init']) expect(r.stdout).toMatch(new RegExp(`^\\s+${c}\\b`, 'm'));
    expect(r.stdout).toContain('Exit codes:');
  });
  it('an unknown flag is a usage error (exit 2)', () => {
    const r = runCli(['validate', '--bogus']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_INVALID_ARGS');
  });
});

describe('validate on the demo', () => {
  it('text: exit 1 with exactly the three findings, trace line and policy line', () => {
    const r = runCli(['validate', ...DEMO]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    for (const [code, file, line] of EXPECTED) expect(r.stderr).toContain(`${file}:${line}:1: error ${code}:`);
    expect(r.stderr).toContain('rule: examples/policy.yaml:7:17 (tools.deny[1]=shell*)');
    expect(r.stderr.match(/^\S+:\d+:\d+: error /gm)?.length).toBe(3);
    expect(r.stderr).toContain('Result: exit 1 E_POLICY_VIOLATION');
  });

  it('json: the same findings as diagnostics, reason code on stdout', () => {
    const r = runCli(['validate', ...DEMO, '--format', 'json']);
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout);
    expect(doc.schema).toBe('assay.validate_report.v1');
    expect(doc.reason_code).toBe('E_POLICY_VIOLATION');
    const codes = doc.diagnostics.map((d: { code: string; context: { line: number } }) => `${d.code}@${d.context.line}`).sort();
    expect(codes).toEqual(['E_ARG_SCHEMA@10', 'E_SEQUENCE_VIOLATION@13', 'E_TOOL_DENIED@7']);
  });

  it('sarif: one result per finding with trace location and policy related location', () => {
    const r = runCli(['validate', ...DEMO, '--format', 'sarif']);
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.version).toBe('2.1.0');
    const results = log.runs[0].results;
    expect(results.map((x: { ruleId: string }) => x.ruleId).sort()).toEqual(['policy/E_ARG_SCHEMA', 'policy/E_SEQUENCE_VIOLATION', 'policy/E_TOOL_DENIED']);
    const denied = results.find((x: { ruleId: string }) => x.ruleId === 'policy/E_TOOL_DENIED');
    expect(denied.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'examples/traces/agent-run.jsonl' }, region: { startLine: 7, startColumn: 1 } });
    expect(denied.relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('examples/policy.yaml');
    expect(denied.relatedLocations[0].physicalLocation.region.startLine).toBe(7);
    expect(log.runs[0].automationDetails.id).toBe('assay/validate/');
    expect(log.runs[0].tool.driver.rules.map((x: { id: string }) => x.id).sort()).toEqual(['policy/E_ARG_SCHEMA', 'policy/E_SEQUENCE_VIOLATION', 'policy/E_TOOL_DENIED']);
  });

  it('junit: failures on the deciding policy elements', () => {
    const dir = tempDir();
    const out = join(dir, 'junit.xml');
    const r = runCli(['validate', ...DEMO, '--format', 'junit', '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    expect(xml).toContain('<testsuites name="assay" tests="');
    expect(xml).toMatch(/name="tools\.deny"><failure message="1 finding\(s\)/);
    expect(xml).toMatch(/name="schemas\.read_file"><failure/);
    expect(xml).toMatch(/name="before:authenticate-&gt;transfer_funds"><failure/);
    expect((xml.match(/<failure /g) ?? []).length).toBe(3);
  });

  it('a clean trace passes with exit 0', () => {
    const r = runCli(['validate', '--config', 'examples/policy.yaml', '--trace-file', 'examples/traces/clean.jsonl']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Validation OK');
  });
});

describe('validate on bad input', () => {
  const trace = '{"tool":"read_file","args":{"path":"/app/x"}}\n';

  it('a YAML syntax error in a policy: exit 2 with file:line:col', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ntools:\n  allow: [read_file\n  deny: []\n', 't.jsonl': trace });
    const r = runCli(['validate', '--policy', 'policy.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/policy\.yaml:\d+:\d+: error E_POLICY_PARSE: YAML syntax error/);
  });

  it('an unknown key under tools: exit 2 with its position', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ntools:\n  alow: [read_file]\n', 't.jsonl': trace });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 't.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/policy\.yaml:3:3: error E_POLICY_PARSE: unknown key "alow" in tools/);
    expect(JSON.parse(r.stdout).reason_code).toBe('E_POLICY_PARSE');
  });

  it('an invalid regex: exit 2 at the regex', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'policy.yaml': 'version: "2.0"\nallow: ["*"]\nconstraints:\n  - tool: read_file\n    params:\n      path:\n        matches: "^(?=/app)"\n',
      't.jsonl': trace,
    });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/policy\.yaml:7:18: error E_POLICY_PARSE: invalid regex/);
  });

  it('a malformed trace line is reported with its line number; --strict makes it fatal', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ndeny: ["exec*"]\n', 't.jsonl': trace + '{"tool": oops}\n' + trace });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/t\.jsonl:2:\d+: warning W_TRACE_SKIPPED_LINE/);
    const s = runCli(['validate', '--strict', '--config', 'policy.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(/t\.jsonl:2:\d+: error E_TRACE_INVALID: invalid JSON/);
  });

  it('a missing file: exit 2 naming the path', () => {
    const r = runCli(['validate', '--config', 'examples/policy.yaml', '--trace-file', 'nope/missing.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('nope/missing.jsonl');
    expect(r.stderr).toContain('E_PATH_NOT_FOUND');
    const c = runCli(['validate', '--config', 'nope/policy.yaml']);
    expect(c.status).toBe(2);
    expect(c.stderr).toContain('nope/policy.yaml');
    expect(c.stderr).toContain('E_MISSING_CONFIG');
  });

  it('a file that is neither a policy nor an eval config: exit 2 naming both shapes', () => {
    const dir = tempDir();
    writeFiles(dir, { 'x.yaml': 'hello: world\n' });
    const r = runCli(['validate', '--config', 'x.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('neither an eval config');
  });
});

it('the README starts with the install-and-demo command and npm test', () => {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  const firstBlock = /```bash\n([\s\S]*?)```/.exec(readme)![1]!;
  expect(firstBlock).toContain('npx assay validate --config examples/policy.yaml --trace-file examples/traces/agent-run.jsonl');
  expect(firstBlock).toContain('npm test');
});

describe('validate with an eval config', () => {
  it('a test that binds to no entry: exit 2 E_TRACE_MISS at its input, with the closest prompt', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: "Book a flite to Lisbon"\n    expected: {type: must_contain, must_contain: ["ok"]}\n',
      't.jsonl': '{"prompt":"Book a flight to Lisbon","response":"ok"}\n',
    });
    const r = runCli(['validate', '--config', 'eval.yaml', '--trace-file', 't.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/eval\.yaml:5:12: error E_TRACE_MISS: .*did you mean 'Book a flight to Lisbon'\? \(similarity: 0\.\d\d\)/);
    const doc = JSON.parse(r.stdout);
    expect(doc.reason_code).toBe('E_TRACE_MISS');
    expect(doc.diagnostics[0].context.closest_match).toBe('Book a flight to Lisbon');
  });

  it('an unknown key in eval.yaml: exit 2 E_CFG_PARSE with its position', () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: "x"\n    expectd: {type: must_contain, must_contain: ["ok"]}\n' });
    const r = runCli(['validate', '--config', 'eval.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/eval\.yaml:6:5: error E_CFG_PARSE: unknown key "expectd"/);
  });

  it('the example eval suite validates against its trace', () => {
    const r = runCli(['validate', '--config', 'examples/eval/eval.yaml', '--trace-file', 'examples/eval/traces.jsonl']);
    expect(r.status).toBe(0);
  });
});

it('validate fails a trace with no usable record exactly as run/ci do (2 E_TRACE_INVALID, with the reason)', () => {
  const dir = tempDir();
  writeFiles(dir, { 'p.yaml': 'version: "2.0"\ndeny: ["exec*"]\n', 't.jsonl': 'not json\n# comment\n' });
  const r = runCli(['validate', '--config', 'p.yaml', '--trace-file', 't.jsonl'], { cwd: dir });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain('t.jsonl: error E_TRACE_INVALID: trace contains no records: 1 bad line(s) skipped; first at line 1: invalid JSON');
  expect(r.stderr).not.toContain('W_TRACE_EMPTY');
});
