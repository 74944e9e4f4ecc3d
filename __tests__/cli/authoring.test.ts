// The policy authoring loop end to end through the built CLI: generate, profile, coverage, explain,
// doctor, migrate: stdout, stderr, exit codes and the files written.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { REPO, runCli, tempDir, writeFiles } from '../helpers/cli.js';

const TRACE = readFileSync(join(REPO, 'examples/traces/clean.jsonl'), 'utf8');
const DANGEROUS = [
  '{"type":"episode_start","episode_id":"x","timestamp":1,"input":{"prompt":"clean up"}}',
  '{"type":"tool_call","episode_id":"x","step_id":"s1","timestamp":2,"tool_name":"shell_exec","args":{"cmd":"rm -rf /"}}',
  '{"type":"episode_end","episode_id":"x","timestamp":3}',
].join('\n');

describe('assay generate', () => {
  it('round trip: the trace passes its generated policy with validate; one extra dangerous call fails; bytes are stable', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'trace.jsonl': TRACE, 'bad.jsonl': TRACE + DANGEROUS + '\n' });
    const g = runCli(['generate', '-i', 'trace.jsonl', '--heuristics', '--output', 'policy.yaml'], { cwd });
    expect(g.status).toBe(0);
    expect(g.stdout).toBe('');
    expect(g.stderr).toContain('Aggregated 4 unique from 4 calls');
    expect(g.stderr).toContain('Policy: 4 allow, 0 needs_review, 0 deny');
    expect(g.stderr).toContain('Wrote policy.yaml');
    const first = readFileSync(join(cwd, 'policy.yaml'), 'utf8');
    expect(runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd }).status).toBe(0);
    const bad = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'bad.jsonl'], { cwd });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/bad\.jsonl:10:1: error E_TOOL_DENIED: Tool 'shell_exec' denied by tools\.deny\[\d+\]=\*_exec/);
    expect(runCli(['generate', '-i', 'trace.jsonl', '--heuristics', '--output', 'policy.yaml'], { cwd }).status).toBe(0);
    expect(readFileSync(join(cwd, 'policy.yaml'), 'utf8')).toBe(first);
  });

  it('--dry-run prints on stdout and writes nothing; --diff shows the change; stdin with -; the policy alias', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'trace.jsonl': TRACE });
    const dry = runCli(['policy', 'generate', '-i', '-', '--dry-run'], { cwd, input: TRACE });
    expect(dry.status).toBe(0);
    expect(parse(dry.stdout).tools.allow).toEqual(['authenticate', 'http_get', 'read_file', 'transfer_funds']);
    expect(existsSync(join(cwd, 'policy.yaml'))).toBe(false);
    runCli(['generate', '-i', 'trace.jsonl'], { cwd });
    const diff = runCli(['generate', '-i', 'trace.jsonl', '--heuristics', '--diff', '--dry-run'], { cwd });
    expect(diff.stdout).toMatch(/^--- a\/policy\.yaml\n\+\+\+ b\/policy\.yaml\n@@ /);
    expect(diff.stdout).toContain('+        pattern: "^/data/invoices/"');
  });

  it('runtime events: the runtime policy document, generated_at from SOURCE_DATE_EPOCH', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'events.jsonl': '{"type":"file_open","path":"/srv/app/settings.json"}\n{"type":"net_connect","dest":"db:5432"}\n' });
    const r = runCli(['generate', '-i', 'events.jsonl', '--heuristics', '--format', 'json', '-o', 'runtime.json'], { cwd, env: { SOURCE_DATE_EPOCH: '86400' } });
    expect(r.status).toBe(0);
    expect(JSON.parse(readFileSync(join(cwd, 'runtime.json'), 'utf8'))).toEqual({
      _meta: { name: 'Generated Policy', generated_at: '1970-01-02T00:00:00Z' },
      files: { allow: ['/srv/app/settings.json'] },
      network: { needs_review: [{ pattern: 'db:5432', risk: 'needs_review', reasons: ['sensitive port 5432'] }] },
      processes: {},
    });
  });

  it('bad args and inputs exit 2 with a registered code', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'trace.jsonl': TRACE });
    const both = runCli(['generate', '-i', 'trace.jsonl', '--profile', 'p.yaml'], { cwd });
    expect([both.status, both.stderr.includes('E_INVALID_ARGS')]).toEqual([2, true]);
    const range = runCli(['generate', '--profile', 'p.yaml', '--min-stability', '2'], { cwd });
    expect(range.status).toBe(2);
    expect(range.stderr).toContain('--min-stability must be in [0, 1]');
    const missing = runCli(['generate', '-i', 'nope.jsonl'], { cwd });
    expect([missing.status, missing.stderr.includes('E_TRACE_NOT_FOUND')]).toEqual([2, true]);
    expect(runCli(['generate', '-i', 'trace.jsonl', '--bogus'], { cwd }).status).toBe(2);
  });
});

describe('assay profile', () => {
  it('init, update (idempotent per run id), show, and generate --profile --min-stability 0.8 over 10 runs', () => {
    const cwd = tempDir();
    const init = runCli(['profile', 'init', '--output', 'profile.yaml', '--name', 'my-app'], { cwd });
    expect([init.status, init.stderr.trim()]).toEqual([0, 'Created profile: profile.yaml']);
    expect(runCli(['profile', 'init', '--output', 'profile.yaml'], { cwd }).status).toBe(2);
    for (let i = 1; i <= 10; i++) {
      const lines = [`{"tool":"read_file","args":{"path":"/data/${i}.txt"}}`];
      if (i <= 9) lines.push(`{"tool":"search","args":{"q":"q${i}"}}`);
      if (i <= 3) lines.push('{"tool":"send_email","args":{"to":"a@example.com"}}');
      writeFileSync(join(cwd, `run${i}.jsonl`), lines.join('\n'));
      const u = runCli(['profile', 'update', '--profile', 'profile.yaml', '-i', `run${i}.jsonl`, '--run-id', `ci-${i}`], { cwd });
      expect(u.status).toBe(0);
    }
    const before = readFileSync(join(cwd, 'profile.yaml'), 'utf8');
    const again = runCli(['profile', 'update', '--profile', 'profile.yaml', '-i', 'run1.jsonl', '--run-id', 'ci-1'], { cwd });
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('already merged');
    expect(readFileSync(join(cwd, 'profile.yaml'), 'utf8')).toBe(before);
    expect(runCli(['profile', 'update', '--profile', 'profile.yaml', '-i', 'run1.jsonl', '--run-id', 'ci-1', '--strict'], { cwd }).status).toBe(2);
    const show = runCli(['profile', 'show', '--profile', 'profile.yaml', '--format', 'json', '--top', '2'], { cwd });
    const s = JSON.parse(show.stdout);
    expect([s.total_runs, s.top.map((t: { key: string }) => t.key)]).toEqual([10, ['read_file', 'search']]);
    const g = runCli(['generate', '--profile', 'profile.yaml', '--min-stability', '0.8', '--dry-run'], { cwd });
    expect(g.status).toBe(0);
    expect(parse(g.stdout).tools.allow).toEqual(['read_file', 'search']);
  });

  it('the first scope is locked; --force merges anyway', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'ev.jsonl': '{"type":"proc_exec","path":"/usr/bin/git"}\n' });
    runCli(['profile', 'init', '-o', 'p.yaml', '--scope', 'main'], { cwd });
    const other = runCli(['profile', 'update', '--profile', 'p.yaml', '-i', 'ev.jsonl', '--run-id', 'r1', '--scope', 'dev'], { cwd });
    expect(other.status).toBe(2);
    expect(other.stderr).toContain('locked to "main"');
    expect(runCli(['profile', 'update', '--profile', 'p.yaml', '-i', 'ev.jsonl', '--run-id', 'r1', '--scope', 'dev', '--force'], { cwd }).status).toBe(0);
  });
});

describe('assay coverage', () => {
  it('the README usage: a policy found as assay.yaml, text on stdout, exit 1 on violations', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'assay.yaml': readFileSync(join(REPO, 'examples/policy.yaml'), 'utf8'), 'trace.jsonl': readFileSync(join(REPO, 'examples/traces/agent-run.jsonl'), 'utf8') });
    const r = runCli(['coverage', '--trace-file', 'trace.jsonl'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^Coverage: \d+\.\d\d% overall/);
    expect(r.stdout).toContain('Violations: 3');
    expect(r.stderr).toContain('note: using policy assay.yaml');
  });

  it('json report, --min-coverage, --out-md, and a clean pass', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'p.yaml': 'tools:\n  allow: ["read_file", "http_get", "authenticate", "transfer_funds", "delete_all"]\n', 'trace.jsonl': TRACE });
    const r = runCli(['coverage', '--policy', 'p.yaml', '--trace-file', 'trace.jsonl', '--format', 'json', '--min-coverage', '90', '--out-md', 'cov.md'], { cwd });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.schema, doc.tools.covered_pct, doc.overall_pct, doc.meets_threshold]).toEqual(['assay.coverage_report.v1', 80, 90, true]);
    expect(doc.tools.uncovered).toEqual(['delete_all']);
    expect(r.stderr).not.toContain('Minimum coverage not met');
    expect(readFileSync(join(cwd, 'cov.md'), 'utf8')).toContain('## Assay coverage');
    // 80% tools, 100% rules → 90 overall: --min-coverage 95 fails.
    const low = runCli(['coverage', '--policy', 'p.yaml', '--trace-file', 'trace.jsonl', '--min-coverage', '95'], { cwd });
    expect(low.status).toBe(1);
    expect(low.stderr).toContain('Minimum coverage not met');
  });

  it('no trace → 2 E_INVALID_ARGS (JSON error document with --format json)', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'p.yaml': 'tools:\n  deny: [x]\n' });
    const r = runCli(['coverage', '--policy', 'p.yaml', '--format', 'json'], { cwd });
    expect(r.status).toBe(2);
    expect(JSON.parse(r.stdout)).toMatchObject({ schema: 'assay.error.v1', reason_code: 'E_INVALID_ARGS', exit_code: 2 });
  });
});

describe('assay explain', () => {
  it('every call with its rule and policy line; exit 1 when a call is blocked', () => {
    const r = runCli(['explain', '--trace', 'examples/traces/agent-run.jsonl', '--policy', 'examples/policy.yaml']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('❌ #3   shell_exec');
    expect(r.stdout).toContain('E_TOOL_DENIED tools.deny[1]=shell*  (examples/policy.yaml:7:17)');
    expect(r.stdout).toContain('at examples/traces/agent-run.jsonl:7');
    const clean = runCli(['explain', '--trace', 'examples/traces/clean.jsonl', '--policy', 'examples/policy.yaml', '--format', 'json']);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout)).toMatchObject({ policy_name: 'mcp-default-gate', blocked_steps: 0, total_steps: 4 });
  });

  it('HTML to a file, md alias, --blocked-only', () => {
    const cwd = tempDir();
    const h = runCli(['explain', '--trace', join(REPO, 'examples/traces/agent-run.jsonl'), '--policy', join(REPO, 'examples/policy.yaml'), '--format', 'html', '-o', 'e.html'], { cwd });
    expect(h.status).toBe(1);
    expect(h.stdout).toBe('');
    expect(readFileSync(join(cwd, 'e.html'), 'utf8')).toMatch(/^<!DOCTYPE html>/);
    const md = runCli(['explain', '--trace', 'examples/traces/agent-run.jsonl', '--policy', 'examples/policy.yaml', '--format', 'md', '--blocked-only']);
    expect(md.stdout.split('\n').filter((l) => /^\| \d/.test(l)).length).toBe(3);
  });

  it('explain <test-id> reads the inputs of the last run', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'policy.yaml': readFileSync(join(REPO, 'examples/policy.yaml'), 'utf8'), 'trace.jsonl': readFileSync(join(REPO, 'examples/traces/agent-run.jsonl'), 'utf8') });
    runCli(['run', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd });
    expect(existsSync(join(cwd, '.assay/reports/run.json'))).toBe(true);
    const r = runCli(['explain', 'cleanup'], { cwd });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Entry cleanup');
    expect(r.stdout).toContain('shell_exec');
    expect(r.stdout).not.toContain('Entry invoice_summary');
    const none = runCli(['explain', 'cleanup', '--run', 'missing.json'], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('E_PATH_NOT_FOUND');
    expect(runCli(['explain'], { cwd }).status).toBe(2);
  });
});

describe('assay doctor', () => {
  it('JSON report; exit as validate; --fix usage rules', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'policy.yaml': 'version: "2.0"\ntools:\n  deny: ["exec*"]\nsequnces: []\n' });
    // An unknown key is an error (exit 2) with its rename offered; --lenient makes it a warning.
    const r = runCli(['doctor', '--policy', 'policy.yaml', '--format', 'json'], { cwd });
    expect(r.status).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ schema: 'assay.doctor_report.v1', ok: false, exit_code: 2, environment: { node_ok: true } });
    expect(doc.suggested_patches[0].diff).toContain('+sequences: []');
    const typo = doc.diagnostics.find((d: { code: string; message: string }) => d.code === 'E_POLICY_PARSE' && d.message.includes('"sequnces"'));
    expect(typo.fix_steps).toEqual(['Rename "sequnces" to "sequences": assay doctor --fix']);
    const lenient = runCli(['doctor', '--policy', 'policy.yaml', '--format', 'json', '--lenient'], { cwd });
    expect(lenient.status).toBe(0);
    const warned = JSON.parse(lenient.stdout).diagnostics.find((d: { code: string }) => d.code === 'W_POLICY_UNKNOWN_KEY');
    expect(warned.fix_steps).toEqual(['Rename "sequnces" to "sequences": assay doctor --fix']);
    expect(runCli(['doctor', '--fix', '--format', 'json'], { cwd }).status).toBe(2);
    expect(runCli(['doctor', '--yes'], { cwd }).status).toBe(2);
    expect(runCli(['doctor', '--dry-run'], { cwd }).status).toBe(2);
  });

  it('--fix --dry-run previews a diff and changes nothing; --fix --yes applies it', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: hi # prompt\n    expectd: {type: must_contain, must_contain: [hi]}\n' });
    const before = readFileSync(join(cwd, 'eval.yaml'), 'utf8');
    const first = runCli(['doctor'], { cwd });
    expect(first.status).toBe(2);
    expect(first.stderr).toContain('unknown key "expectd" looks like "expected"');
    const dry = runCli(['doctor', '--fix', '--dry-run'], { cwd });
    expect(dry.stdout).toContain('-    expectd: {type: must_contain, must_contain: [hi]}\n+    expected: {type: must_contain, must_contain: [hi]}');
    expect(readFileSync(join(cwd, 'eval.yaml'), 'utf8')).toBe(before);
    const fix = runCli(['doctor', '--fix', '--yes'], { cwd });
    expect(fix.status).toBe(0);
    expect(readFileSync(join(cwd, 'eval.yaml'), 'utf8')).toBe(before.replace('expectd', 'expected'));
    expect(existsSync(join(cwd, '.assay/reports'))).toBe(true);
  });

  it('no config anywhere: Policy Check: SKIPPED, exit 0', () => {
    const r = runCli(['doctor'], { cwd: tempDir() });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Policy Check: SKIPPED');
  });
});

describe('assay migrate', () => {
  const LEGACY = 'version: "1.0"\n# a comment\ntools:\n  deny: ["exec*"]\n  arg_constraints:\n    read_file: {type: object, required: [path]}\n';

  it('--check, --dry-run, a .bak backup, validation, and a second migrate that changes nothing', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'policy.yaml': LEGACY });
    const check = runCli(['migrate', '--policy', 'policy.yaml', '--check'], { cwd });
    expect(check.status).toBe(2);
    expect(check.stderr).toContain('Migration required for "policy.yaml". Run \'assay migrate\'');
    const dry = runCli(['migrate', '--policy', 'policy.yaml', '--dry-run'], { cwd });
    expect(dry.status).toBe(0);
    expect(dry.stdout.startsWith('--- Migrated policy (dry run) ---\n')).toBe(true);
    expect(dry.stderr).toContain('+schemas:');
    expect(readFileSync(join(cwd, 'policy.yaml'), 'utf8')).toBe(LEGACY);
    const m = runCli(['policy', 'migrate', '--input', 'policy.yaml'], { cwd });
    expect(m.status).toBe(0);
    expect(m.stderr).toContain('Backup: policy.yaml.bak');
    expect(m.stderr).toContain('comments in the original are not carried over');
    expect(readFileSync(join(cwd, 'policy.yaml.bak'), 'utf8')).toBe(LEGACY);
    expect(parse(readFileSync(join(cwd, 'policy.yaml'), 'utf8'))).toEqual({ version: '2.0', tools: { deny: ['exec*'] }, schemas: { read_file: { type: 'object', required: ['path'] } } });
    expect(runCli(['validate', '--policy', 'policy.yaml'], { cwd }).stderr).not.toContain('W_POLICY_LEGACY');
    const migrated = readFileSync(join(cwd, 'policy.yaml'), 'utf8');
    const again = runCli(['migrate', '--policy', 'policy.yaml'], { cwd });
    expect([again.status, again.stderr.trim()]).toEqual([0, 'policy.yaml: No legacy constructs found.']);
    expect(readFileSync(join(cwd, 'policy.yaml'), 'utf8')).toBe(migrated);
    const clean = runCli(['migrate', '--policy', 'policy.yaml', '--check'], { cwd });
    expect([clean.status, clean.stderr.trim()]).toEqual([0, '"policy.yaml" is clean (already migrated).']);
  });

  it('--config old.yaml: a v0 eval config, the README usage with --dry-run', () => {
    const cwd = tempDir();
    writeFiles(cwd, { 'old.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: hi\n    expected:\n      - must_contain: hello\n' });
    const r = runCli(['migrate', '--config', 'old.yaml', '--dry-run'], { cwd });
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('--- Migrated config (dry run) ---\n')).toBe(true);
    expect(parse(r.stdout.split('\n').slice(1).join('\n'))).toEqual({ configVersion: 1, suite: 's', model: 'trace', tests: [{ id: 't', input: 'hi', expected: { type: 'must_contain', must_contain: 'hello' } }] });
    expect(runCli(['migrate'], { cwd: tempDir() }).status).toBe(2);
  });
});
