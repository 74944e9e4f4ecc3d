// `assay mcp wrap` over raw NDJSON pipes: framing refusals are answered by the
// proxy and never forwarded, upstream death and exit codes pass through, dry run forwards and exits 4.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FAKE_SERVER, FS_SERVER, INIT, NODE, RECORDER, RawSession, tmpDir } from './helpers.js';

function writePolicy(dir: string, text: string): string {
  const p = path.join(dir, 'policy.yaml');
  fs.writeFileSync(p, text);
  return p;
}

const call = (id: unknown, name: string, args: Record<string, unknown> = {}) => ({ jsonrpc: '2.0', id, method: 'tools/call', params: { name, arguments: args } });

describe('client line classification (framing)', () => {
  it('refuses malformed, batched, duplicate-key, id-less and oversized lines without forwarding them', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\n');
    const upstream = path.join(dir, 'upstream.log');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--audit-log', path.join(dir, 'audit.ndjson'), '--max-line-bytes', '1048576', '--shutdown-grace-ms', '500', '--', NODE, RECORDER, upstream, NODE, FS_SERVER, dir]);
    s.send(INIT);
    await s.byId(1);
    s.send('not json');
    s.send('[{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"list_allowed_directories"}}]');
    s.send('{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"list_allowed_directories","name":"write_file"}}');
    s.send('{"jsonrpc":"2.0","method":"tools/call","params":{"name":"list_allowed_directories","arguments":{}}}');
    s.send(`{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"read_text_file","arguments":{"path":"${'x'.repeat(5 * 1024 * 1024)}"}}}`);
    s.send('{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":7}}');
    s.send('{"jsonrpc":"2.0","id":6.5,"method":"ping"}');
    s.send('{"jsonrpc":"2.0","id":7,"method":"ping"}');
    await s.byId(7);
    const byReason = (reason: string) =>
      s.messages().filter((m) => (m.error as { data?: { reason?: string } } | undefined)?.data?.reason === reason);
    const errors = s.messages().filter((m) => m.error !== undefined);
    expect(errors.map((m) => [m.id, (m.error as { code: number }).code, (m.error as { data: { reason: string } }).data.reason])).toEqual([
      [null, -32700, 'malformed_client_request'],
      [null, -32600, 'batch_not_supported'],
      [3, -32600, 'malformed_client_request'],
      [null, -32600, 'line_too_long'],
      [5, -32602, 'invalid_tool_call'],
      [null, -32600, 'malformed_client_request'],
    ]);
    expect(byReason('line_too_long')[0]).toEqual({
      jsonrpc: '2.0',
      id: null,
      error: { code: -32600, message: 'Invalid Request', data: { origin: 'assay-proxy', reason: 'line_too_long' } },
    });
    // Exactly one response per request that got one; the id-less tools/call got none.
    expect(s.messages().filter((m) => m.id === undefined)).toEqual([]);
    const exit = await s.end();
    expect(exit.code).toBe(0);
    const seen = fs.readFileSync(upstream, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(seen.map((m) => m.method)).toEqual(['initialize', 'ping']);
    const refused = fs
      .readFileSync(path.join(dir, 'audit.ndjson'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'refused');
    expect(refused.map((r) => r.reason)).toEqual([
      'malformed_client_request',
      'batch_not_supported',
      'malformed_client_request',
      'tools_call_without_id',
      'line_too_long',
      'invalid_tool_call',
      'malformed_client_request',
    ]);
    expect(refused[4]!.line_bytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(String(refused[4]!.line_digest)).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('forwards the original bytes of allowed lines (no re-serialisation)', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: [echo]\n');
    const log = path.join(dir, 'fake.log');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER], { ...process.env, FAKE_LOG: log });
    const odd = '{ "params" : {"arguments":{"b":1.50,"a":"\\u00e9"} , "name":"echo"},"method":"tools/call","id":"x-1" ,"jsonrpc":"2.0"}';
    // A line far larger than one pipe read arrives in many chunks and is forwarded whole.
    const big = JSON.stringify({ jsonrpc: '2.0', id: 'big', method: 'tools/call', params: { name: 'echo', arguments: { text: 'z'.repeat(300_000) } } });
    s.send(odd);
    s.send(big);
    await s.byId('x-1');
    await s.byId('big');
    await s.end();
    expect(fs.readFileSync(log, 'utf8')).toBe(odd + '\n' + big + '\n');
  });
});

describe('upstream lifecycle', () => {
  it('answers a pending call with -31998 upstream_exited and exits 128+9 when the server is killed', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    await s.byId(1);
    s.send(call(2, 'hang'));
    s.send(call(3, 'die'));
    const exit = await s.exited;
    expect(exit.code).toBe(137);
    const errs = s.messages().filter((m) => m.error !== undefined);
    expect(errs.map((m) => m.id).sort()).toEqual([2, 3]);
    expect(errs[0]!.error).toEqual({ code: -31998, message: 'Upstream failed', data: { origin: 'assay-proxy', reason: 'upstream_exited' } });
  });

  it("ends with the server's exit code when it exits mid-session", async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    await s.byId(1);
    s.send(call(2, 'exit7'));
    expect((await s.exited).code).toBe(7);
  });

  it('forwards SIGTERM to the server, exits 128+15 and still writes the evidence bundle', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\n');
    const bundle = path.join(dir, 'b.tar.gz');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--evidence-out', bundle, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    s.send(call(2, 'echo'));
    await s.byId(2);
    s.child.kill('SIGTERM');
    const exit = await s.exited;
    expect(exit.code).toBe(143);
    expect(fs.statSync(bundle).size).toBeGreaterThan(0);
  });

  it('cannot start the server: exit 2 E_UPSTREAM_SPAWN', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', path.join(dir, 'no-such-server')]);
    const exit = await s.end();
    expect(exit.code).toBe(2);
    expect(s.stderr).toContain('assay: E_UPSTREAM_SPAWN: ');
    expect(s.lines).toEqual([]);
  });

  it('missing or invalid policy: exit 2 before the server starts', async () => {
    const dir = tmpDir();
    const marker = path.join(dir, 'started');
    const cmd = ['--', NODE, '-e', `require('fs').writeFileSync(${JSON.stringify(marker)}, '')`];
    const missing = new RawSession(['mcp', 'wrap', '--policy', path.join(dir, 'nope.yaml'), ...cmd]);
    expect((await missing.end()).code).toBe(2);
    expect(missing.stderr).toContain('assay: E_MISSING_CONFIG: ');
    const bad = writePolicy(dir, 'tools:\n  alow: [x]\n');
    const invalid = new RawSession(['mcp', 'wrap', '--policy', bad, ...cmd]);
    expect((await invalid.end()).code).toBe(2);
    expect(invalid.stderr).toMatch(/assay: E_POLICY_PARSE: .*policy\.yaml:2:3: /);
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe('dry run', () => {
  it('forwards a would-be denial, logs WOULD_DENY and would_deny, and exits 4', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  deny: ["write_*"]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const decisions = path.join(dir, 'decisions.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--dry-run', '--verbose', '--audit-log', audit, '--decision-log', decisions, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    s.send({ jsonrpc: '2.0', id: 2, method: 'tools/list' });
    const list = await s.byId(2);
    expect(((list.result as { tools: unknown[] }).tools).length).toBe(5); // dry run never filters
    s.send(call(3, 'write_file', { path: '/x' }));
    const r = await s.byId(3);
    expect(r.result).toEqual({ content: [{ type: 'text', text: 'called write_file' }] });
    const exit = await s.end();
    expect(exit.code).toBe(4);
    expect(s.stderr).toContain('[assay] DRY RUN MODE: No actions will be blocked.');
    expect(s.stderr).toMatch(/\[assay\] WOULD_DENY write_file path="\/x" \(reason: Tool is explicitly denylisted by name, rule: /);
    expect(s.stderr).toContain('assay: E_WOULD_BLOCK: ');
    const a = fs.readFileSync(audit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a.find((l) => l.event === 'decision')).toMatchObject({ decision: 'would_deny', error_code: 'E_TOOL_DENIED', rule: 'tools.deny[0]=write_*' });
    const d = fs.readFileSync(decisions, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { type: string; data: Record<string, unknown> });
    expect(d.find((e) => e.type === 'assay.tool.decision')!.data).toMatchObject({ decision: 'allow', would_deny: true, reason_code: 'P_TOOL_DENIED', error_code: 'E_TOOL_DENIED' });
  });
});

describe('limits and pins', () => {
  it('max_tool_calls_total: calls 1–2 pass, call 3 is E_RATE_LIMIT; other methods are never refused', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: ["*"]\nlimits:\n  max_tool_calls_total: 2\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    for (const id of [2, 3, 4]) s.send(call(id, 'echo'));
    s.send({ jsonrpc: '2.0', id: 5, method: 'tools/list' });
    await s.byId(5);
    const r = await s.byId(4);
    expect((r.result as { structuredContent: unknown }).structuredContent).toMatchObject({ error_code: 'E_RATE_LIMIT', rule: 'limits.max_tool_calls_total', tool: 'echo' });
    expect((await s.byId(3)).result).toEqual({ content: [{ type: 'text', text: 'called echo' }] });
    await s.end();
  });

  it('tool_pins: a wrong schema_hash and a call before any listing are both E_TOOL_DRIFT; the tool is hidden', async () => {
    const dir = tmpDir();
    const pin = (h: string) => `    server_id: default-mcp-server\n    tool_name: echo\n    schema_hash: "${h}"\n    meta_hash: "${'0'.repeat(64)}"\n`;
    const policy = writePolicy(dir, `tools:\n  allow: ["*"]\ntool_pins:\n  echo:\n${pin('1'.repeat(64))}`);
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    s.send(call(2, 'echo'));
    const before = await s.byId(2);
    expect((before.result as { structuredContent: unknown }).structuredContent).toMatchObject({
      error_code: 'E_TOOL_DRIFT',
      reason: 'Pinned tool was not observed in tools/list this session',
      rule: 'tool_pins.echo',
    });
    s.send({ jsonrpc: '2.0', id: 3, method: 'tools/list' });
    const list = await s.byId(3);
    expect((list.result as { tools: Array<{ name: string }> }).tools.map((t) => t.name)).not.toContain('echo');
    s.send(call(4, 'echo'));
    expect(((await s.byId(4)).result as { structuredContent: unknown }).structuredContent).toMatchObject({
      error_code: 'E_TOOL_DRIFT',
      reason: 'Tool metadata or schema differs from the pinned identity',
    });
    await s.end();
  });
});

describe('policy reload (on by default; --no-watch-policy turns it off)', () => {
  it('applies a changed policy without dropping the session and keeps the old one when the new one is invalid', async () => {
    const dir = tmpDir();
    const policy = writePolicy(dir, 'tools:\n  allow: [echo]\n');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--', NODE, FAKE_SERVER]);
    s.send(INIT);
    s.send(call(2, 'echo'));
    expect((await s.byId(2)).result).toEqual({ content: [{ type: 'text', text: 'called echo' }] });

    fs.writeFileSync(policy, 'tools:\n  deny: [echo]\n');
    await waitFor(() => s.stderr.includes('[assay] policy reloaded from'));
    s.send(call(3, 'echo'));
    expect(((await s.byId(3)).result as { structuredContent: unknown }).structuredContent).toMatchObject({ error_code: 'E_TOOL_DENIED' });

    fs.writeFileSync(policy, 'tools: [not, a, mapping\n');
    await waitFor(() => s.stderr.includes('policy reload failed; keeping the current policy'));
    s.send(call(4, 'echo'));
    expect(((await s.byId(4)).result as { structuredContent: unknown }).structuredContent).toMatchObject({ error_code: 'E_TOOL_DENIED' });
    expect((await s.end()).code).toBe(0);
  });
});

async function waitFor(cond: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}
