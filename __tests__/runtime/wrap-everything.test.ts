// `assay mcp wrap` in front of the real @modelcontextprotocol/server-everything (passthrough): ping,
// server notifications and the unsolicited tools/list_changed are relayed unchanged and unevaluated; only
// the tools/call gets a decision.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CLI_ARGS, EVERYTHING_SERVER, INIT, NODE, RawSession, tmpDir } from './helpers.js';

describe('mcp wrap + server-everything', () => {
  it('relays ping, notifications and list_changed verbatim; decides only tools/call', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo, toggle-simulated-logging]\n');
    const audit = path.join(dir, 'audit.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--audit-log', audit, '--shutdown-grace-ms', '300', '--', NODE, EVERYTHING_SERVER, 'stdio']);
    s.send(INIT);
    await s.byId(1);
    s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    s.send({ jsonrpc: '2.0', id: 2, method: 'ping' });
    expect((await s.byId(2)).result).toEqual({});
    s.send({ jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'toggle-simulated-logging', arguments: {} } });
    await s.byId(3);
    await s.waitFor((m) => m.method === 'notifications/message');
    s.send({ jsonrpc: '2.0', id: 4, method: 'tools/call', params: { name: 'get-env', arguments: {} } });
    const denied = await s.byId(4);
    expect((denied.result as { structuredContent: unknown }).structuredContent).toMatchObject({ error_code: 'E_TOOL_NOT_ALLOWED', rule: 'tools.allow' });
    await s.end();
    // The server's own serialisation survives byte for byte.
    expect(s.lines).toContain('{"method":"notifications/tools/list_changed","jsonrpc":"2.0"}');
    expect(s.lines.some((l) => l.startsWith('{"method":"notifications/message","params":{"level":'))).toBe(true);
    const decisions = fs
      .readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'decision');
    expect(decisions.map((d) => [d.tool, d.decision])).toEqual([
      ['toggle-simulated-logging', 'allow_with_warning'],
      ['get-env', 'deny'],
    ]);
  });

  it('SDK client: allowed echo works, the deny contract arrives as structuredContent for a tool without outputSchema', async () => {
    const dir = tmpDir();
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  allow: [echo, get-sum]\nschemas:\n  get-sum:\n    type: object\n    properties: { a: { type: number, maximum: 10 } }\n');
    const transport = new StdioClientTransport({
      command: NODE,
      args: [...CLI_ARGS, 'mcp', 'wrap', '--policy', policy, '--shutdown-grace-ms', '300', '--', NODE, EVERYTHING_SERVER, 'stdio'],
      env: { ...process.env } as Record<string, string>,
      stderr: 'pipe',
    });
    const client = new Client({ name: 'assay-e2e', version: '1.0.0' });
    await client.connect(transport);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((t) => t.name).sort()).toEqual(['echo', 'get-sum']);
      const ok = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
      expect(ok.content).toEqual([{ type: 'text', text: 'Echo: hi' }]);
      const no = await client.callTool({ name: 'get-sum', arguments: { a: 11, b: 1 } });
      expect(no.isError).toBe(true);
      expect(no.structuredContent).toEqual({
        status: 'deny',
        error_code: 'E_ARG_SCHEMA',
        reason: 'Arguments do not match the tool schema',
        rule: 'schemas.get-sum',
        tool: 'get-sum',
        tool_call_id: expect.stringMatching(/^req_/),
        violations: [{ path: '/a', constraint: 'maximum', message: expect.any(String) }],
      });
    } finally {
      await client.close();
    }
  });
});
