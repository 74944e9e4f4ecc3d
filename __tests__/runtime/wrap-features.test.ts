// `assay mcp wrap` options and rule kinds beyond the basics: approvals,
// sequences and session findings, tool annotation, HMAC digests, server line cap, fail-closed logging.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EVERYTHING_SERVER, FAKE_SERVER, INIT, NODE, RawSession, tmpDir } from './helpers.js';

const call = (id: unknown, name: string, args: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });
const contract = (m: Record<string, unknown>) => (m.result as { structuredContent?: Record<string, unknown> }).structuredContent;
const readLines = (p: string) => fs.readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

function policyFile(text: string): { dir: string; policy: string } {
  const dir = tmpDir();
  const policy = path.join(dir, 'policy.yaml');
  fs.writeFileSync(policy, text);
  return { dir, policy };
}

describe('approvals', () => {
  const text = 'tools:\n  allow: ["*"]\n  approval_required: [echo]\n';

  it('deny (default): E_APPROVAL_REQUIRED', async () => {
    const { policy } = policyFile(text);
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(call(1, 'echo'));
    expect(contract(await s.byId(1))).toMatchObject({
      error_code: 'E_APPROVAL_REQUIRED',
      reason: 'Tool requires approval and this proxy has no approval channel',
      rule: 'tools.approval_required[0]=echo',
    });
    await s.end();
  });

  it('log-only: forwarded, the obligation is recorded', async () => {
    const { dir, policy } = policyFile(text);
    const log = path.join(dir, 'decisions.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--approvals', 'log-only', '--decision-log', log, '--', NODE, FAKE_SERVER]);
    s.send(call(1, 'echo'));
    expect((await s.byId(1)).result).toEqual({ content: [{ type: 'text', text: 'called echo' }] });
    await s.end();
    const d = readLines(log).find((e) => e.type === 'assay.tool.decision')!.data as Record<string, unknown>;
    expect(d.obligations).toEqual([{ type: 'approval_required', rule: 'tools.approval_required[0]=echo', outcome: 'logged' }]);
  });
});

describe('sequences', () => {
  it('denies a call that would violate a rule now and reports absence rules at session end', async () => {
    const { dir, policy } = policyFile(
      'tools:\n  allow: ["*"]\nsequences:\n  - { type: before, first: echo, then: write_file }\n  - { type: require, tool: hang }\n',
    );
    const log = path.join(dir, 'decisions.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--decision-log', log, '--', NODE, FAKE_SERVER]);
    s.send(call(1, 'write_file'));
    expect(contract(await s.byId(1))).toMatchObject({
      error_code: 'E_SEQUENCE_VIOLATION',
      reason: 'Call would violate sequence rule before:echo->write_file',
      rule: 'sequences[0]=before:echo->write_file',
    });
    s.send(call(2, 'echo'));
    await s.byId(2);
    s.send(call(3, 'write_file'));
    expect((await s.byId(3)).result).toEqual({ content: [{ type: 'text', text: 'called write_file' }] });
    await s.end();
    const findings = readLines(log).filter((e) => e.type === 'assay.session.finding');
    expect(findings).toEqual([
      expect.objectContaining({ subject: 'rule:require:hang', data: expect.objectContaining({ rule_id: 'require:hang', kind: 'require', outcome: 'violated', extent: 'complete' }) }),
    ]);
  });
});

describe('tools/list annotation and server line cap', () => {
  it('--annotate-tools adds tool_identity to each listed tool', async () => {
    const { policy } = policyFile('tools:\n  allow: ["*"]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--annotate-tools', '--label', 'fake', '--', NODE, FAKE_SERVER]);
    s.send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    const tools = ((await s.byId(1)).result as { tools: Array<Record<string, unknown>> }).tools;
    expect(tools[0]!.tool_identity).toEqual({ server_id: 'fake', tool_name: 'echo', schema_hash: expect.stringMatching(/^[0-9a-f]{64}$/), meta_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    await s.end();
  });

  it('drops a server line over --max-server-line-bytes, warns and audits it', async () => {
    const { dir, policy } = policyFile('tools:\n  allow: ["*"]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--max-server-line-bytes', '100', '--audit-log', audit, '--', NODE, FAKE_SERVER]);
    s.send({ jsonrpc: '2.0', id: 1, method: 'tools/list' });
    s.send({ jsonrpc: '2.0', id: 2, method: 'ping' });
    await s.byId(2);
    await s.end();
    // The oversized listing never reaches the client; its request is answered with an error at once.
    expect(s.messages().filter((m) => m.id === 1 && m.result !== undefined)).toEqual([]);
    expect(s.messages().filter((m) => m.id === 1).map((m) => (m.error as { data: { reason: string } }).data.reason)).toEqual(['server_line_too_long']);
    expect(s.stderr).toContain('dropped a server line over --max-server-line-bytes');
    expect(readLines(audit).find((l) => l.event === 'refused')).toMatchObject({ reason: 'server_line_too_long', request_id: 1 });
  });
});

describe('argument digests', () => {
  it('--args-hmac-key-env: HMAC digests, and the key is not in the server environment', async () => {
    const { dir, policy } = policyFile('tools:\n  allow: ["*"]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const env = { ...process.env, ASSAY_TEST_HMAC_KEY: 'k3y-material-not-for-the-server' };
    const s = new RawSession(
      ['mcp', 'wrap', '--policy', policy, '--args-hmac-key-env', 'ASSAY_TEST_HMAC_KEY', '--audit-log', audit, '--shutdown-grace-ms', '300', '--', NODE, EVERYTHING_SERVER, 'stdio'],
      env,
    );
    s.send(INIT);
    await s.byId(1);
    s.send(call(2, 'get-env'));
    const r = await s.byId(2);
    const text = JSON.stringify(r.result);
    expect(text).toContain('PATH');
    expect(text).not.toContain('ASSAY_TEST_HMAC_KEY');
    expect(text).not.toContain('k3y-material');
    await s.end();
    const dec = readLines(audit).find((l) => l.event === 'decision')!;
    expect(String(dec.args_digest)).toMatch(/^hmac-sha256:[0-9a-f]{64}$/);
  });
});

describe('fail-closed logging', () => {
  it('a log that cannot be appended refuses tool calls with -31998 and exits 3', async () => {
    if (!fs.existsSync('/dev/full')) return;
    const { policy } = policyFile('tools:\n  allow: ["*"]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--audit-log', '/dev/full', '--', NODE, FAKE_SERVER]);
    s.send(call(1, 'echo'));
    s.send({ jsonrpc: '2.0', id: 2, method: 'ping' });
    expect((await s.byId(1)).error).toEqual({ code: -31998, message: 'Decision record failed', data: { origin: 'assay-proxy', reason: 'enforcement_record_write_failed' } });
    expect((await s.byId(2)).result).toEqual({});
    expect((await s.end()).code).toBe(3);
    expect(s.stderr).toContain('assay: E_IO_ERROR: ');
  });
});

describe('environment filter (opt-in)', () => {
  async function serverEnv(flags: string[]): Promise<{ text: string; stderr: string }> {
    const { policy } = policyFile('tools:\n  allow: ["*"]\n');
    const env = { ...process.env, AWS_SECRET_ACCESS_KEY: 'aws-canary', SECRET_TOKEN: 'tok-canary', NODE_OPTIONS: '--no-warnings', MY_SERVER_MODE: 'x' };
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, ...flags, '--shutdown-grace-ms', '300', '--', NODE, EVERYTHING_SERVER, 'stdio'], env);
    s.send(INIT);
    await s.byId(1);
    s.send(call(2, 'get-env'));
    const text = JSON.stringify((await s.byId(2)).result);
    await s.end();
    return { text, stderr: s.stderr };
  }

  it('passes the environment unchanged by default', async () => {
    const r = await serverEnv([]);
    expect(r.text).toContain('aws-canary');
    expect(r.stderr).not.toContain('Env:');
  });

  it('--env-scrub drops secrets, keeps exec-influence; --env-strip-exec drops those too', async () => {
    const scrub = await serverEnv(['--env-scrub']);
    expect(scrub.text).not.toContain('aws-canary');
    expect(scrub.text).not.toContain('tok-canary');
    expect(scrub.text).toContain('NODE_OPTIONS');
    expect(scrub.stderr).toMatch(/\[assay\] Env: scrubbed \(\d+ passed, \d+ removed\), ⚠ exec-influence ALLOWED: .*NODE_OPTIONS/);
    const strip = await serverEnv(['--env-scrub', '--env-strip-exec']);
    expect(strip.text).not.toContain('NODE_OPTIONS');
    expect(strip.text).toContain('MY_SERVER_MODE');
    const strict = await serverEnv(['--env-strict', '--env-allow', 'MY_SERVER_*']);
    expect(strict.text).toContain('MY_SERVER_MODE');
    expect(strict.text).not.toContain('NODE_OPTIONS');
    expect(strict.text).not.toContain('aws-canary');
  });
});
