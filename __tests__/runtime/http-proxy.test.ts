// `assay mcp proxy` (docs/mcp-proxy.md) in front of the real server-everything in Streamable HTTP mode,
// driven by the official SDK client, plus raw HTTP for what a well-behaved client never sends.
import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { CLI_ARGS, EVERYTHING_SERVER, NODE, tmpDir } from './helpers.js';
import { runCli } from '../helpers/cli.js';

const children: ChildProcess[] = [];
const servers: http.Server[] = [];

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  for (const s of servers.splice(0)) await new Promise((r) => s.close(r));
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

/** Spawn and wait until stderr matches `ready`; resolves with the match. */
function spawnUntil(args: string[], ready: RegExp, env: NodeJS.ProcessEnv = process.env): Promise<{ child: ChildProcess; match: RegExpExecArray; stderr: () => string }> {
  const child = spawn(NODE, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  children.push(child);
  let err = '';
  child.stdout!.resume();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`not ready:\n${err}`)), 20_000);
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      err += s;
      const m = ready.exec(err);
      if (m) {
        clearTimeout(t);
        resolve({ child, match: m, stderr: () => err });
      }
    });
    child.on('exit', () => reject(new Error(`exited early:\n${err}`)));
  });
}

async function startEverything(): Promise<string> {
  const port = await freePort();
  await spawnUntil([EVERYTHING_SERVER, 'streamableHttp'], /listening on port/, { ...process.env, PORT: String(port) });
  return `http://127.0.0.1:${port}/mcp`;
}

async function startProxy(upstream: string, extra: string[]) {
  const p = await spawnUntil([...CLI_ARGS, 'mcp', 'proxy', '--upstream', upstream, '--listen', '127.0.0.1:0', ...extra], /listening on http:\/\/127\.0\.0\.1:(\d+)/);
  const url = `http://127.0.0.1:${p.match[1]}/mcp`;
  const stop = async () => {
    const exited = new Promise<number | null>((r) => p.child.on('exit', (code) => r(code)));
    p.child.kill('SIGTERM');
    return exited;
  };
  return { url, stop, stderr: p.stderr };
}

function readNdjson(file: string): Array<Record<string, unknown>> {
  return fs
    .readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

async function post(url: string, body: string, headers: Record<string, string> = {}) {
  const r = await fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers } });
  return { status: r.status, headers: r.headers, text: await r.text() };
}

const INIT = { jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } };

describe('mcp proxy + server-everything (Streamable HTTP)', () => {
  it('SDK client: filtered tools/list over SSE, allowed call, deny contract, progress streaming, session end', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo, get-sum, trigger-long-running-operation]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const upstream = await startEverything();
    const proxy = await startProxy(upstream, ['--policy', policy, '--audit-log', audit]);
    const transport = new StreamableHTTPClientTransport(new URL(proxy.url));
    const client = new Client({ name: 'assay-http-e2e', version: '1.0.0' });
    await client.connect(transport);
    expect(transport.sessionId).toMatch(/^[0-9a-f-]{36}$/);
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['echo', 'get-sum', 'trigger-long-running-operation']);
    const ok = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
    expect(ok.content).toEqual([{ type: 'text', text: 'Echo: hi' }]);
    const no = await client.callTool({ name: 'get-env', arguments: {} });
    expect(no.isError).toBe(true);
    expect(no.structuredContent).toEqual({
      status: 'deny',
      error_code: 'E_TOOL_NOT_ALLOWED',
      reason: expect.any(String),
      rule: 'tools.allow',
      tool: 'get-env',
      tool_call_id: expect.stringMatching(/^req_/),
    });
    const progress: number[] = [];
    const long = await client.callTool({ name: 'trigger-long-running-operation', arguments: { duration: 0.3, steps: 3 } }, undefined, {
      onprogress: (p) => progress.push(p.progress),
    });
    expect(long.content).toEqual([{ type: 'text', text: expect.stringContaining('Long running operation completed') }]);
    expect(progress).toEqual([1, 2, 3]);
    await transport.terminateSession();
    await client.close();
    expect(await proxy.stop()).toBe(0);
    const lines = readNdjson(audit);
    expect(lines.filter((l) => l.event === 'decision').map((l) => [l.tool, l.decision])).toEqual([
      // Allowed without an argument schema: the engine's E_TOOL_UNCONSTRAINED warning, as under wrap.
      ['echo', 'allow_with_warning'],
      ['get-env', 'deny'],
      ['trigger-long-running-operation', 'allow_with_warning'],
    ]);
    // DELETE ended the session: exactly one start and one end, under the proxy's own session id.
    const ends = lines.filter((l) => l.event === 'session_end');
    expect(ends).toHaveLength(1);
    expect(ends[0]!.session_id).not.toBe(transport.sessionId);
    expect(fs.readFileSync(audit, 'utf8')).not.toContain(transport.sessionId ?? 'none');
  });

  it('raw HTTP: malformed bodies refused, unknown session 404, SSE-only client gets the deny as an event', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo]\n');
    const upstream = await startEverything();
    const proxy = await startProxy(upstream, ['--policy', policy, '--max-body-bytes', '2000']);
    const bad = await post(proxy.url, '{"jsonrpc":"2.0","id":1,');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error', data: { origin: 'assay-proxy', reason: 'malformed_client_request' } } });
    const batch = await post(proxy.url, JSON.stringify([INIT]));
    expect(JSON.parse(batch.text).error.data.reason).toBe('batch_not_supported');
    // Duplicate keys: a JSON.parse-based server would see the second name; the proxy refuses the line.
    const dup = await post(proxy.url, '{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"echo","name":"get-env","arguments":{}}}');
    expect(dup.status).toBe(400);
    expect(JSON.parse(dup.text)).toMatchObject({ id: 7, error: { code: -32600, data: { reason: 'malformed_client_request' } } });
    const big = await post(proxy.url, JSON.stringify({ ...INIT, params: { pad: 'x'.repeat(3000) } }));
    expect(big.status).toBe(413);
    expect(JSON.parse(big.text).error.data.reason).toBe('line_too_long');
    const stray = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'ping' }), { 'mcp-session-id': 'not-a-session' });
    expect(stray.status).toBe(404);

    const init = await post(proxy.url, JSON.stringify(INIT));
    expect(init.status).toBe(200);
    const sid = init.headers.get('mcp-session-id');
    expect(sid).toBeTruthy();
    await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }), { 'mcp-session-id': sid! });
    // server-everything answers requests as an SSE stream: the tools/list result is filtered inside it.
    const list = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 'l1', method: 'tools/list' }), { 'mcp-session-id': sid! });
    expect(list.headers.get('content-type')).toBe('text/event-stream');
    const listed = /^data: (.*)$/m.exec(list.text);
    expect((JSON.parse(listed![1]!) as { result: { tools: Array<{ name: string }> } }).result.tools.map((t) => t.name)).toEqual(['echo']);
    // The rewritten event keeps its event id, so resumption still points at the right place.
    expect(list.text).toMatch(/^id: \S+$/m);
    const denied = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 'c1', method: 'tools/call', params: { name: 'get-env', arguments: {} } }), {
      'mcp-session-id': sid!,
      accept: 'text/event-stream',
    });
    expect(denied.headers.get('content-type')).toBe('text/event-stream');
    const m = /^event: message\ndata: (.*)\n\n$/.exec(denied.text);
    expect(m).not.toBeNull();
    expect(JSON.parse(m![1]!)).toMatchObject({ id: 'c1', result: { isError: true, structuredContent: { status: 'deny', error_code: 'E_TOOL_NOT_ALLOWED' } } });
    expect(await proxy.stop()).toBe(0);
  });

  it('GET resumption with Last-Event-ID replays the stream through the proxy', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [trigger-long-running-operation]\n');
    const upstream = await startEverything();
    const proxy = await startProxy(upstream, ['--policy', policy]);
    const init = await post(proxy.url, JSON.stringify(INIT));
    const sid = init.headers.get('mcp-session-id')!;
    const h = { 'mcp-session-id': sid, 'mcp-protocol-version': '2025-06-18' };
    await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }), h);
    const call = { jsonrpc: '2.0', id: 5, method: 'tools/call', params: { name: 'trigger-long-running-operation', arguments: { duration: 0.2, steps: 2 }, _meta: { progressToken: 'p' } } };
    const first = await post(proxy.url, JSON.stringify(call), h);
    const ids = [...first.text.matchAll(/^id: (\S+)$/gm)].map((m) => m[1]!);
    expect(ids.length).toBe(3); // two progress events and the result
    const ac = new AbortController();
    const r = await fetch(proxy.url, { headers: { ...h, accept: 'text/event-stream', 'last-event-id': ids[0]! }, signal: ac.signal });
    expect(r.status).toBe(200);
    const reader = r.body!.getReader();
    let text = '';
    while (!text.includes('Long running operation completed')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    ac.abort();
    expect([...text.matchAll(/^id: (\S+)$/gm)].map((m) => m[1])).toEqual(ids.slice(1));
    expect(await proxy.stop()).toBe(0);
  });

  it('forwards Authorization upstream, never logs it, and never forwards a denied call', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const decisions = path.join(dir, 'decisions.ndjson');
    const seen: Array<{ auth: string | undefined; version: string | undefined; body: string }> = [];
    // A minimal stateless upstream that records what reaches it.
    const up = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ auth: req.headers.authorization, version: req.headers['mcp-protocol-version'] as string | undefined, body });
        const msg = JSON.parse(body) as { id: number; method: string };
        const result = msg.method === 'tools/list' ? { tools: [{ name: 'echo', inputSchema: { type: 'object' } }, { name: 'secret-tool', inputSchema: { type: 'object' } }] } : { content: [{ type: 'text', text: 'ok' }] };
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ jsonrpc: '2.0', id: msg.id, result }));
      });
    });
    servers.push(up);
    await new Promise<void>((r) => up.listen(0, '127.0.0.1', r));
    const upUrl = `http://127.0.0.1:${(up.address() as net.AddressInfo).port}/mcp`;
    const proxy = await startProxy(upUrl, ['--policy', policy, '--audit-log', audit, '--decision-log', decisions, '--verbose']);
    const token = 'Bearer sk-test-7f3a9c1d2e';
    const h = { authorization: token, 'mcp-protocol-version': '2025-06-18' };
    const list = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), h);
    expect((JSON.parse(list.text) as { result: { tools: Array<{ name: string }> } }).result.tools.map((t) => t.name)).toEqual(['echo']);
    const ok = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'echo', arguments: { message: 'x' } } }), h);
    expect(JSON.parse(ok.text).result.content[0].text).toBe('ok');
    const no = await post(proxy.url, JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'secret-tool', arguments: {} } }), h);
    expect(JSON.parse(no.text).result.isError).toBe(true);
    expect(await proxy.stop()).toBe(0);
    expect(seen.map((s) => s.auth)).toEqual([token, token]);
    expect(seen.map((s) => s.version)).toEqual(['2025-06-18', '2025-06-18']);
    expect(seen.some((s) => s.body.includes('secret-tool'))).toBe(false);
    for (const text of [fs.readFileSync(audit, 'utf8'), fs.readFileSync(decisions, 'utf8'), proxy.stderr()]) {
      expect(text).not.toContain('sk-test-7f3a9c1d2e');
    }
    expect(readNdjson(decisions).filter((e) => e.type === 'assay.tool.decision')).toHaveLength(2);
  });

  it('refuses a non-loopback --listen without --allow-remote-bind', () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo]\n');
    const r = runCli(['mcp', 'proxy', '--upstream', 'http://127.0.0.1:1/mcp', '--listen', '0.0.0.0:0', '--policy', policy]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_INVALID_ARGS');
    expect(r.stderr).toContain('--allow-remote-bind');
  });
});
