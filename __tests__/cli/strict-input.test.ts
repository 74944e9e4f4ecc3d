// Strict input end to end: invalid UTF-8 in any config-like file and unknown keys in a policy or eval
// config are exit 2 with file:line:col in every command, the proxy and the action; --lenient (action
// input `lenient`) turns unknown keys into warnings. See docs/decisions.md, "Strict input".
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir } from '../helpers/cli.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { runAction, workspace } from '../action/harness.js';
import { FAKE_SERVER, INIT, NODE, RawSession } from '../runtime/helpers.js';

const TRACE = join(REPO, 'examples/traces/agent-run.jsonl');
/** The policy: 0xff inside the first deny pattern. Decoded to U+FFFD it would match nothing. */
const BAD_UTF8 = Buffer.from('version: "2.0"\ndeny: ["shell\xff*", "exec*"]\n', 'latin1');
/** A misspelt `deny` that silently removed the rule denying the trace's shell_exec call. */
const TYPO = 'version: "2.0"\ndenny: ["shell*"]\ndeny: ["nothing_matches"]\n';
const NO_TYPO = 'version: "2.0"\ndeny: ["nothing_matches"]\n';
const BAD_AT = /bad\.yaml:2:14: error E_POLICY_PARSE: invalid UTF-8/;
const TYPO_AT = /typo\.yaml:2:1: error E_POLICY_PARSE: unknown key "denny" at top level; did you mean "deny"\?/;
/** The proxy and the MCP server print `assay: E_POLICY_PARSE: <file>:<line>:<col>: <message>`. */
const RUNTIME_BAD_AT = /E_POLICY_PARSE: bad\.yaml:2:14: invalid UTF-8/;
const RUNTIME_TYPO_AT = /E_POLICY_PARSE: typo\.yaml:2:1: unknown key "denny" at top level; did you mean "deny"\?/;

let dir: string;
beforeAll(() => {
  dir = tempDir();
  writeFileSync(join(dir, 'bad.yaml'), BAD_UTF8);
  writeFileSync(join(dir, 'typo.yaml'), TYPO);
  writeFileSync(join(dir, 'ok.yaml'), NO_TYPO);
  copyFileSync(TRACE, join(dir, 'trace.jsonl'));
});

const cli = (...args: string[]) => runCli(args, { cwd: dir });

describe('invalid UTF-8 in a policy: exit 2 at the first bad byte', () => {
  it('validate (the issue command)', () => {
    const r = cli('validate', '--config', 'bad.yaml', '--trace-file', 'trace.jsonl');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(BAD_AT);
  });

  for (const cmd of ['run', 'ci']) {
    it(`${cmd} --config and --policy`, () => {
      for (const flag of ['--config', '--policy']) {
        const r = cli(cmd, flag, 'bad.yaml', '--trace-file', 'trace.jsonl', '--out-dir', join(dir, `out-${cmd}`));
        expect(r.status).toBe(2);
        expect(r.stderr).toMatch(BAD_AT);
      }
    });
  }

  it('mcp wrap refuses to start; mcp-server too', () => {
    const w = cli('mcp', 'wrap', '--policy', 'bad.yaml', '--', process.execPath, '-e', 'setTimeout(() => {}, 10000)');
    expect(w.status).toBe(2);
    expect(w.stderr).toMatch(RUNTIME_BAD_AT);
    const s = cli('mcp-server', '--policy', 'bad.yaml');
    expect(s.status).toBe(2);
    expect(s.stderr).toMatch(RUNTIME_BAD_AT);
  });
});

describe('a misspelt key is exit 2 with "did you mean" in every command', () => {
  const cases: Array<[string, string[], RegExp?]> = [
    ['validate', ['validate', '--config', 'typo.yaml', '--trace-file', 'trace.jsonl']],
    ['run', ['run', '--policy', 'typo.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'out-typo-run']],
    ['ci', ['ci', '--config', 'typo.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'out-typo-ci']],
    ['explain', ['explain', '--policy', 'typo.yaml', '--trace', 'trace.jsonl']],
    ['coverage', ['coverage', '--policy', 'typo.yaml', '--trace-file', 'trace.jsonl']],
    ['doctor', ['doctor', '--policy', 'typo.yaml', '--trace-file', 'trace.jsonl']],
    ['mcp wrap', ['mcp', 'wrap', '--policy', 'typo.yaml', '--', process.execPath, '-e', 'setTimeout(() => {}, 10000)'], RUNTIME_TYPO_AT],
    ['mcp-server', ['mcp-server', '--policy', 'typo.yaml'], RUNTIME_TYPO_AT],
    ['migrate', ['migrate', '--policy', 'typo.yaml', '--check']],
  ];
  for (const [name, args, at] of cases) {
    it(name, () => {
      const r = cli(...args);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(at ?? TYPO_AT);
    });
  }

  it('--lenient: a W_POLICY_UNKNOWN_KEY warning and the exit the policy has without the key', () => {
    for (const cmd of ['validate', 'run', 'ci']) {
      const out = ['run', 'ci'].includes(cmd) ? ['--out-dir', `out-lenient-${cmd}`] : [];
      const lenient = cli(cmd, '--config', 'typo.yaml', '--trace-file', 'trace.jsonl', '--lenient', ...out);
      const plain = cli(cmd, '--config', 'ok.yaml', '--trace-file', 'trace.jsonl', ...out);
      expect(lenient.stderr).toMatch(/typo\.yaml:2:1: warning W_POLICY_UNKNOWN_KEY: unknown key "denny"/);
      expect(lenient.status).toBe(plain.status);
      expect(lenient.status).not.toBe(2);
    }
  });

  it('mcp wrap --lenient starts with the warning', () => {
    const r = cli('mcp', 'wrap', '--lenient', '--policy', 'typo.yaml', '--', process.execPath, '-e', '');
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/typo\.yaml:2:1: warning W_POLICY_UNKNOWN_KEY: unknown key "denny"/);
  });
});

describe('mcp wrap policy reload', () => {
  const call = (id: number, name: string) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: {} } });
  const waitFor = async (cond: () => boolean): Promise<void> => {
    for (let i = 0; i < 200 && !cond(); i++) await new Promise((r) => setTimeout(r, 50));
    if (!cond()) throw new Error('not in time; stderr:\n' + lastStderr());
  };
  let lastStderr = (): string => '';

  it('a reloaded policy with a typo or invalid UTF-8 is refused and the current one stays in force', async () => {
    const policy = join(dir, 'reload.yaml');
    writeFileSync(policy, 'tools:\n  deny: [echo]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    lastStderr = () => s.stderr;
    s.send(INIT);
    await s.byId(INIT.id); // started: the policy in force is the deny list
    writeFileSync(policy, 'tools:\n  denny: [echo]\n');
    await waitFor(() => s.stderr.includes('policy reload failed; keeping the current policy'));
    expect(s.stderr).toMatch(/unknown key "denny" in tools; did you mean "deny"\?/);
    writeFileSync(policy, Buffer.from('tools:\n  deny: [ech\xff]\n', 'latin1'));
    await waitFor(() => /policy reload failed[^\n]*invalid UTF-8/.test(s.stderr));
    s.send(call(2, 'echo'));
    expect(((await s.byId(2)).result as { structuredContent: unknown }).structuredContent).toMatchObject({ error_code: 'E_TOOL_DENIED' });
    expect((await s.end()).code).toBe(0);
  });
});

describe('other inputs: invalid UTF-8 is exit 2 with its position', () => {
  it('an eval config', () => {
    writeFileSync(join(dir, 'eval-bad.yaml'), Buffer.from('suite: s\nmodel: trace\ntests:\n  - id: caf\xe9\n    input: x\n', 'latin1'));
    for (const cmd of ['validate', 'run']) {
      const r = cli(cmd, '--config', 'eval-bad.yaml', '--trace-file', 'trace.jsonl', ...(cmd === 'run' ? ['--out-dir', 'out-eval'] : []));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/eval-bad\.yaml:4:12: error E_CFG_PARSE: invalid UTF-8: byte 0xe9/);
    }
  });

  it('an eval baseline', () => {
    const ev = join(dir, 'ev');
    mkdirSync(ev, { recursive: true });
    for (const f of ['eval.yaml', 'policy.yaml', 'traces.jsonl']) copyFileSync(join(REPO, 'examples/eval', f), join(ev, f));
    writeFileSync(join(ev, 'baseline.json'), Buffer.from('{\n  "suite": "support-agent\xff"\n}\n', 'latin1'));
    const r = runCli(['run', '--config', 'eval.yaml', '--trace-file', 'traces.jsonl', '--baseline', 'baseline.json', '--out-dir', 'out'], { cwd: ev });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/baseline\.json:2:26: error E_BASELINE_INVALID: invalid UTF-8: byte 0xff/);
  });

  it('a lint pack', () => {
    writeFileSync(join(dir, 'pack.yaml'), Buffer.from('name: p\xff\n', 'latin1'));
    const r = cli('evidence', 'lint', 'missing.tar.gz', '--pack', './pack.yaml');
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pack\.yaml:1:8: error E_CFG_PARSE: invalid UTF-8: byte 0xff/);
  });

  it('a trace: the line is skipped with its position, fatal under --strict', () => {
    writeFileSync(
      join(dir, 'bad-trace.jsonl'),
      Buffer.concat([Buffer.from('{"tool_name":"read_file","args":{"path":"/app/\xff"}}\n', 'latin1'), Buffer.from('{"tool_name":"read_file","args":{"path":"/app/a"}}\n')]),
    );
    const lax = cli('validate', '--policy', 'ok.yaml', '--trace-file', 'bad-trace.jsonl');
    expect(lax.stderr).toMatch(/bad-trace\.jsonl:1:\d+: warning \w+: .*UTF-8/i);
    expect(lax.status).not.toBe(2);
    const strict = cli('validate', '--policy', 'ok.yaml', '--trace-file', 'bad-trace.jsonl', '--strict');
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/bad-trace\.jsonl:1:\d+: error/);
  });
});

describe('the action', () => {
  let gh: FakeGitHub;
  beforeAll(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });
  afterAll(async () => {
    await gh?.close();
  });

  it('invalid UTF-8 and a misspelt key in the policy are exit 2; lenient downgrades the key', async () => {
    const ws = workspace({ 'typo.yaml': TYPO });
    writeFileSync(join(ws, 'bad.yaml'), BAD_UTF8);
    const inputs = { trace_file: 'examples/traces/agent-run.jsonl', sarif: 'false', comment_diff: 'false', upload_artifacts: 'false' };
    const bad = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...inputs, policy: 'bad.yaml' } });
    expect(bad.outputs.exit_code).toBe('2');
    expect(bad.outputs.reason_code).toBe('E_POLICY_PARSE');
    const typo = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...inputs, policy: 'typo.yaml' } });
    expect(typo.outputs.exit_code).toBe('2');
    expect(typo.outputs.reason_code).toBe('E_POLICY_PARSE');
    const lenient = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...inputs, policy: 'typo.yaml', lenient: 'true' } });
    expect(lenient.outputs.exit_code).not.toBe('2');
  });
});
