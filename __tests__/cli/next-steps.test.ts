// Every "Next:" / "Run:" line the CLI can print is a command a user can paste (docs/next-steps.md): collected
// from the reason-code registry (filled as the CLI fills it) and from running the commands that print them in
// a prepared folder, then run in a shell there with `assay` on PATH. None may be a usage error or keep a
// literal `<placeholder>`.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI_ARGS, REPO, runCli, tempDir, writeFiles } from '../helpers/cli.js';
import { REASON_CODES, fillNextStep, nextStepArgv, type ReasonCode } from '../../src/core/outcome/reason-codes.js';

const PLACEHOLDER = /<[a-z0-9._-]+>/i;
const USAGE = /E_INVALID_ARGS|unknown option|missing required argument|too many arguments|unknown command|command not found|^bash: .*syntax error/im;

/** A folder with a failing eval suite, a policy, traces, a broken config; `assay` on PATH via a wrapper. */
function prepare(): { dir: string; env: Record<string, string | undefined> } {
  const dir = tempDir();
  cpSync(join(REPO, 'examples/eval'), dir, { recursive: true });
  writeFiles(dir, {
    'trace.jsonl': '{"prompt":"delete the crm data","response":"ok","tool_calls":[{"tool_name":"shell_exec","args":{"cmd":"rm -rf /var/lib/crm"}}]}\n',
    'deny.yaml': 'version: "2.0"\nname: deny\ntools:\n  deny: ["shell*"]\n',
    'broken.yaml': 'suite: s\nmodel: trace\ntests: [\n',
    'empty.jsonl': '',
  });
  const bin = join(dir, '.bin');
  mkdirSync(bin);
  const node = JSON.stringify(process.execPath);
  writeFileSync(join(bin, 'assay'), `#!/bin/sh\nexec ${node} ${CLI_ARGS.map((a) => JSON.stringify(a)).join(' ')} "$@"\n`);
  chmodSync(join(bin, 'assay'), 0o755);
  return { dir, env: { PATH: `${bin}:${process.env.PATH ?? ''}`, OPENAI_API_KEY: undefined, NO_COLOR: '1', GITHUB_WORKSPACE: undefined } };
}

/** The command of a next-step line: after `Run: `, or the line itself when it starts with `assay `. */
function commandOf(line: string): string | undefined {
  const at = line.indexOf('Run: ');
  if (at >= 0) return line.slice(at + 5).trim();
  const rest = line.replace(/^\s*(Next|Fix):\s*/, '').trim();
  return rest.startsWith('assay ') ? rest : undefined;
}

function nextLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*(Next|Fix):|Run: /.test(l)).map((l) => l.trim());
}

function runShell(cmd: string, dir: string, env: Record<string, string | undefined>): { status: number | null; out: string } {
  const e: Record<string, string> = {};
  for (const [k, v] of Object.entries({ ...process.env, ...env })) if (v !== undefined) e[k] = v;
  const r = spawnSync('bash', ['-c', cmd], { cwd: dir, env: e, encoding: 'utf8', input: '', timeout: 120_000 });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
}

describe('next steps', () => {
  it('registry: every code fills to a line without a placeholder, with and without the run\'s values', () => {
    const full = { 'config.yaml': 'eval.yaml', 'policy.yaml': 'policy.yaml', 'trace.jsonl': 'traces.jsonl', 'test-id': 'no_shell', 'baseline.json': 'baseline.json', path: '.assay/reports', bundle: 'b.tar.gz', 'out-dir': 'my reports' };
    for (const code of Object.keys(REASON_CODES) as ReasonCode[]) {
      for (const values of [{}, full, { 'trace.jsonl': 'traces.jsonl' }]) {
        const s = fillNextStep(code, values);
        expect(s, code).not.toMatch(PLACEHOLDER);
        expect(s, code).not.toContain('Run argv');
        expect(s, code).not.toMatch(/[[\]]/);
      }
    }
    // Hostile values are quoted, never shell syntax; values that cannot be shown on one line are not used.
    expect(fillNextStep('E_TEST_FAILED', { 'test-id': "a'b; rm -rf ~" })).toBe(`Run: assay explain 'a'\\''b; rm -rf ~'`);
    expect(fillNextStep('E_POLICY_VIOLATION', { 'test-id': '-x', 'out-dir': 'out' })).toBe('Review the policy rules. Run: assay explain --out-dir out -- -x');
    expect(fillNextStep('E_TEST_FAILED', { 'test-id': 'a\nb' })).not.toContain('Run:');
    expect(nextStepArgv(fillNextStep('E_CFG_PARSE', { 'config.yaml': 'my dir/eval.yaml' }))).toEqual(['assay', 'doctor', '--config', 'my dir/eval.yaml']);
  });

  it('every line the registry and the commands print runs in a shell without a usage error', { timeout: 900_000 }, () => {
    const { dir, env } = prepare();
    const failures: string[] = [];
    const seen = new Set<string>();
    const ran = new Set<string>();
    /** Check lines and run their commands now: the state a user is in right after the command printed them. */
    const check = (lines: Iterable<string>): void => {
      for (const line of lines) {
        seen.add(line);
        if (PLACEHOLDER.test(line)) failures.push(`placeholder left: ${line}`);
        if (line.includes('Run argv')) failures.push(`argv form: ${line}`);
        const cmd = commandOf(line);
        if (cmd === undefined || ran.has(cmd)) continue;
        ran.add(cmd);
        if (!cmd.startsWith('assay')) failures.push(`not an assay command: ${line}`);
        const r = runShell(cmd, dir, env);
        if (r.status === null || r.status === 127 || (r.status === 2 && USAGE.test(r.out))) failures.push(`usage error (exit ${r.status}) from "${cmd}":\n${r.out.slice(0, 600)}`);
      }
    };
    const commands: string[][] = [
      ['ci', '--config', 'deny.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'ci reports'], // policy finding: the entry's prompt
      ['run', '--config', 'eval.yaml', '--trace-file', 'empty.jsonl'], // no usable trace
      ['run', '--config', 'eval.yaml', '--trace-file', 'missing.jsonl'], // missing trace
      ['run', '--config', 'eval.yaml', '--trace-file', 'traces.jsonl', '--baseline', 'broken.yaml'], // bad baseline
      ['validate', '--config', 'broken.yaml'], // YAML error
      ['validate', '--config', 'deny.yaml', '--trace-file', 'trace.jsonl'],
      ['doctor', '--config', 'broken.yaml'],
      ['doctor'],
      ['explain', 'nope'],
      ['explain', '--trace', 'trace.jsonl', '--policy', 'deny.yaml'],
      ['coverage', '--policy', 'deny.yaml'],
      ['import', 'missing.json'],
      ['init', '--dir', 'fresh'],
      ['run', '--config', 'eval.yaml', '--trace-file', 'traces.jsonl', '--baseline', 'baseline.json'], // eval failure + regression
    ];
    for (const args of commands) check(nextLines(runCli(args, { cwd: dir, env }).stderr));
    // The commands printed next steps of their own (not only the registry's), filled from the run.
    expect([...seen].some((l) => l.includes("'delete the crm data'"))).toBe(true);
    expect([...seen].some((l) => l.includes("--out-dir 'ci reports'"))).toBe(true);
    // Last: every registry step, filled for the eval run just made (its test ids, its files) and for none.
    const ctx = { 'config.yaml': 'eval.yaml', 'policy.yaml': 'policy.yaml', 'trace.jsonl': 'traces.jsonl', 'test-id': 'no_shell', 'baseline.json': 'baseline.json', path: '.assay/reports' };
    check((Object.keys(REASON_CODES) as ReasonCode[]).flatMap((code) => [`Next: ${fillNextStep(code, ctx)}`, `Next: ${fillNextStep(code)}`]));
    expect(ran.size).toBeGreaterThan(8);
    expect(failures).toEqual([]);
  });
});
