// `run` / `ci` / `import` / `init` as the README teaches them, through the built CLI.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles, REPO } from '../helpers/cli.js';

function demoDir(trace = 'agent-run.jsonl'): string {
  const dir = tempDir();
  copyFileSync(join(REPO, 'examples/policy.yaml'), join(dir, 'assay.yaml'));
  mkdirSync(join(dir, 'traces'));
  copyFileSync(join(REPO, 'examples/traces', trace), join(dir, 'traces', trace));
  return dir;
}

describe('run and ci with a policy as config', () => {
  it('assay run --config assay.yaml --format sarif finds traces/*.jsonl and prints SARIF on stdout', () => {
    const dir = demoDir();
    const r = runCli(['run', '--config', 'assay.yaml', '--format', 'sarif'], { cwd: dir });
    expect(r.status).toBe(1);
    const log = JSON.parse(r.stdout);
    expect(log.runs[0].automationDetails.id).toBe('assay/gate/');
    expect(log.runs[0].results).toHaveLength(3);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('traces/agent-run.jsonl');
    expect(existsSync(join(dir, '.assay/reports/run.json'))).toBe(true);
    expect(existsSync(join(dir, '.assay/reports/summary.json'))).toBe(true);
  });

  it('run without any trace to find: exit 2 E_TRACE_NOT_FOUND naming the places looked', () => {
    const dir = tempDir();
    copyFileSync(join(REPO, 'examples/policy.yaml'), join(dir, 'assay.yaml'));
    const r = runCli(['run', '--config', 'assay.yaml'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_TRACE_NOT_FOUND');
    expect(r.stderr).toContain('traces/*.jsonl');
  });

  it('ci --config <policy>: every report, and they agree with the exit code', () => {
    const dir = demoDir();
    const r = runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/agent-run.jsonl'], { cwd: dir });
    expect(r.status).toBe(1);
    const out = join(dir, '.assay/reports');
    const run = JSON.parse(readFileSync(join(out, 'run.json'), 'utf8'));
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const sarif = JSON.parse(readFileSync(join(out, 'assay.sarif'), 'utf8'));
    const junit = readFileSync(join(out, 'junit.xml'), 'utf8');
    expect(run.exit_code).toBe(1);
    expect(summary.exit_code).toBe(1);
    expect(run.reason_code).toBe('E_POLICY_VIOLATION');
    expect(summary.reason_code).toBe('E_POLICY_VIOLATION');
    expect(run.suite).toBe('policy');
    expect(run.findings).toHaveLength(3);
    expect(summary.findings).toEqual({ error: 3, warning: 0, note: 0 });
    expect(sarif.runs[0].results).toHaveLength(3);
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1 });
    expect((junit.match(/<failure /g) ?? []).length).toBe(3);
    const fps = sarif.runs[0].results.map((x: { partialFingerprints: Record<string, string> }) => `sha256:${x.partialFingerprints['assayFinding/v1']}`).sort();
    expect(run.findings.map((f: { fingerprint: string }) => f.fingerprint).sort()).toEqual(fps);
    const baseline = JSON.parse(readFileSync(join(out, 'findings-baseline.json'), 'utf8'));
    expect(baseline.findings.map((f: { fingerprint: string }) => f.fingerprint)).toEqual([...fps].sort());
  });

  it('ci --findings-baseline marks findings new/unchanged; --gate-new-only passes when nothing is new', () => {
    const dir = demoDir();
    runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/agent-run.jsonl'], { cwd: dir });
    copyFileSync(join(dir, '.assay/reports/findings-baseline.json'), join(dir, 'base.json'));
    const r = runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/agent-run.jsonl', '--findings-baseline', 'base.json', '--gate-new-only'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Findings vs baseline: 0 new, 0 fixed, 3 unchanged');
    const diff = JSON.parse(readFileSync(join(dir, '.assay/reports/diff.json'), 'utf8'));
    expect(diff.unchanged).toHaveLength(3);
  });

  it('--fail-on: an unknown level is a usage error, none never fails on findings', () => {
    const dir = demoDir();
    expect(runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/agent-run.jsonl', '--fail-on', 'bogus'], { cwd: dir }).status).toBe(2);
    expect(runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/agent-run.jsonl', '--fail-on', 'none'], { cwd: dir }).status).toBe(0);
  });

  it('ci --format json prints summary.json on stdout', () => {
    const dir = demoDir('clean.jsonl');
    const r = runCli(['ci', '--config', 'assay.yaml', '--trace-file', 'traces/clean.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).schema).toBe('assay.run_summary.v1');
  });

  it('no config anywhere: exit 2 E_MISSING_CONFIG', () => {
    const r = runCli(['ci'], { cwd: tempDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_MISSING_CONFIG');
  });
});

describe('import and init, then validate', () => {
  it('assay import --format mcp-inspector session.json --out trace.jsonl', () => {
    const dir = tempDir();
    const session = {
      events: [
        { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'read_file', arguments: { path: '/app/a.txt' } } },
        { jsonrpc: '2.0', id: 1, result: { content: [{ type: 'text', text: 'hello' }] } },
        { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'exec', arguments: { cmd: 'ls' } } },
        { jsonrpc: '2.0', id: 2, result: { content: [] } },
      ],
    };
    writeFiles(dir, { 'session.json': JSON.stringify(session), 'policy.yaml': 'version: "2.0"\nallow: ["*"]\ndeny: ["exec*"]\n' });
    const r = runCli(['import', '--format', 'mcp-inspector', 'session.json', '--out', 'trace.jsonl'], { cwd: dir });
    expect(r.status).toBe(0);
    const lines = readFileSync(join(dir, 'trace.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.filter((l) => l.type === 'tool_call').map((l) => l.tool_name)).toEqual(['read_file', 'exec']);
    const v = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(v.status).toBe(1);
    expect(v.stderr).toContain("Tool 'exec' denied by tools.deny[0]=exec*");
  });

  it('assay init writes a secure starter that validates, and refuses to overwrite without --force', () => {
    const dir = tempDir();
    writeFiles(dir, { 'package.json': '{"name":"agent"}' });
    const r = runCli(['init'], { cwd: dir });
    expect(r.status).toBe(0);
    const policy = readFileSync(join(dir, 'policy.yaml'), 'utf8');
    expect(policy).toContain('deny');
    const trace = ['traces/example.jsonl', 'trace.jsonl'].find((p) => existsSync(join(dir, p)))!;
    expect(trace).toBeDefined();
    expect(runCli(['validate', '--config', 'policy.yaml', '--trace-file', trace], { cwd: dir }).status).toBe(0);
    writeFiles(dir, { 'policy.yaml': '# mine\n' });
    const again = runCli(['init'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('Skipped');
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toBe('# mine\n');
    runCli(['init', '--force'], { cwd: dir });
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).not.toBe('# mine\n');
  });

  it('assay policy validate --input P works (the registry next steps use it)', () => {
    const r = runCli(['policy', 'validate', '--input', 'examples/policy.yaml']);
    expect(r.status).toBe(0);
  });
});

describe('next steps name the files in use', () => {
  it('a bad trace line under --strict: the next step is a runnable validate with the policy and trace', () => {
    const dir = tempDir();
    writeFiles(dir, { 'p.yaml': 'version: "2.0"\ndeny: ["exec*"]\n', 'arr.jsonl': '[1,2]\n' });
    const r = runCli(['ci', '--policy', 'p.yaml', '--trace-file', 'arr.jsonl', '--strict', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(2);
    const summary = JSON.parse(r.stdout);
    expect(summary.reason_code).toBe('E_TRACE_INVALID');
    expect(summary.next_step).toBe('Run: assay validate --config p.yaml --trace-file arr.jsonl');
    expect(summary.message).toBe('arr.jsonl:1:1: expected a JSON object, found array');
  });
});
