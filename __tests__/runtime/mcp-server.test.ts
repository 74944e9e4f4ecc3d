// `assay mcp-server` with the official SDK client and over raw pipes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { CLI_ARGS, NODE, RawSession, tmpDir } from './helpers.js';

const POLICY = `version: "2.0"
name: server-test
tools:
  allow: [read_file, search, send_email, "list_*"]
  deny: ["exec*"]
schemas:
  read_file:
    type: object
    properties: { path: { type: string, pattern: "^/workspace/" } }
    required: [path]
sequences:
  - { type: before, first: search, then: send_email }
  - { type: require, tool: search }
`;

async function connect(root: string, env: Record<string, string> = {}, args: string[] = []) {
  const transport = new StdioClientTransport({
    command: NODE,
    args: [...CLI_ARGS, 'mcp-server', '--policy', path.join(root, 'policy.yaml'), ...args],
    env: { ...(process.env as Record<string, string>), ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'assay-e2e', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

const payload = (r: unknown) => (r as { structuredContent?: unknown }).structuredContent as Record<string, unknown>;

describe('mcp-server (SDK client)', () => {
  let root: string;
  let client: Client;

  beforeAll(async () => {
    root = tmpDir();
    fs.writeFileSync(path.join(root, 'policy.yaml'), POLICY);
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'sub', 'deny-all.yaml'), 'tools:\n  allow: []\n');
    const outside = tmpDir();
    fs.writeFileSync(path.join(outside, 'p.yaml'), POLICY);
    fs.symlinkSync(path.join(outside, 'p.yaml'), path.join(root, 'link.yaml'));
    client = await connect(root);
  });

  afterAll(async () => {
    await client?.close();
  });

  it('lists the five tools with closed input schemas and no outputSchema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name)).toEqual(['assay_check_args', 'assay_check_sequence', 'assay_policy_decide', 'assay_explain_trace', 'assay_check_coverage']);
    for (const t of tools) {
      expect(t.inputSchema.additionalProperties).toBe(false);
      expect(t.outputSchema).toBeUndefined();
    }
  });

  it('check_args: deny payload with rule and value-free violations', async () => {
    const r = await client.callTool({ name: 'assay_check_args', arguments: { tool: 'read_file', arguments: { path: '/etc/shadow-CANARY' } } });
    expect(r.isError).toBe(true);
    expect(payload(r)).toEqual({
      allowed: false,
      decision: 'deny',
      error_code: 'E_ARG_SCHEMA',
      reason: 'Arguments do not match the tool schema',
      rule: 'schemas.read_file',
      violations: [{ path: '/path', constraint: 'pattern', message: expect.any(String) }],
    });
    expect(JSON.stringify(r)).not.toContain('CANARY');
    const ok = await client.callTool({ name: 'assay_check_args', arguments: { tool: 'read_file', arguments: { path: '/workspace/a' } } });
    expect(payload(ok)).toMatchObject({ allowed: true, decision: 'allow' });
    const seq = await client.callTool({ name: 'assay_check_args', arguments: { tool: 'send_email', arguments: {}, history: ['read_file'] } });
    expect(payload(seq)).toMatchObject({ allowed: false, error_code: 'E_SEQUENCE_VIOLATION', rule: 'sequences[0]=before:search->send_email' });
    const after = await client.callTool({ name: 'assay_check_args', arguments: { tool: 'send_email', arguments: {}, history: ['search'] } });
    expect(payload(after)).toMatchObject({ allowed: true, decision: 'allow_with_warning', error_code: 'E_TOOL_UNCONSTRAINED' });
  });

  it('check_sequence, policy_decide, explain_trace, check_coverage', async () => {
    const s = await client.callTool({ name: 'assay_check_sequence', arguments: { history: ['read_file'], next_tool: 'send_email' } });
    expect(payload(s)).toMatchObject({ allowed: false, suggested_fix: 'Call search before send_email' });
    expect((payload(s).violations as Array<{ rule_id: string }>).map((v) => v.rule_id)).toEqual(['before:search->send_email', 'require:search']);

    const d = await client.callTool({ name: 'assay_policy_decide', arguments: { tool: 'exec_shell' } });
    expect(payload(d)).toEqual({ allowed: false, decision: 'deny', error_code: 'E_TOOL_DENIED', reason: 'Tool is explicitly denylisted by name', rule: 'tools.deny[0]=exec*' });

    const e = await client.callTool({ name: 'assay_explain_trace', arguments: { trace: [{ tool: 'search' }, { tool: 'exec_shell' }] } });
    expect(e.isError).toBe(true);
    expect(payload(e)).toMatchObject({ policy_name: 'server-test', total_steps: 2, blocked_steps: 1, first_block_index: 1, blocking_rules: ['tools.deny[0]=exec*'] });
    const md = await client.callTool({ name: 'assay_explain_trace', arguments: { trace: [{ tool: 'search' }], format: 'markdown' } });
    const text = (md.content as Array<{ text: string }>)[0]!.text;
    expect(text).toContain('search');
    expect(text).not.toMatch(/^\{/); // rendered, not the JSON payload

    const c = await client.callTool({ name: 'assay_check_coverage', arguments: { traces: [{ id: 't1', tools: ['search', 'send_email'] }], threshold: 10 } });
    expect(c.isError).toBe(false);
    expect(payload(c)).toMatchObject({ schema: 'assay.coverage_report.v1', rules: { total: 2, exercised: 2 }, high_risk_gaps: [], meets_threshold: true });
  });

  it('jails the policy argument under the policy root', async () => {
    const code = async (policy: string) =>
      (payload(await client.callTool({ name: 'assay_policy_decide', arguments: { tool: 'x', policy } })).error as { code: string }).code;
    expect(await code('/etc/passwd')).toBe('E_PERMISSION_DENIED');
    expect(await code('../policy.yaml')).toBe('E_PERMISSION_DENIED');
    expect(await code('link.yaml')).toBe('E_PERMISSION_DENIED');
    expect(await code('missing.yaml')).toBe('E_POLICY_NOT_FOUND');
    expect(await code('')).toBe('E_INVALID_REQUEST');
    const ok = await client.callTool({ name: 'assay_policy_decide', arguments: { tool: 'read_file', policy: 'sub/deny-all.yaml' } });
    expect(payload(ok)).toMatchObject({ allowed: false, error_code: 'E_TOOL_NOT_ALLOWED' });
  });

  it('reports invalid policies and bad arguments as failure payloads', async () => {
    fs.writeFileSync(path.join(root, 'broken.yaml'), 'tools: [a\n');
    const p = await client.callTool({ name: 'assay_policy_decide', arguments: { tool: 'x', policy: 'broken.yaml' } });
    expect(payload(p)).toMatchObject({ allowed: false, error: { code: 'E_POLICY_PARSE', message: 'Policy YAML is invalid', details: { line: expect.any(Number), column: expect.any(Number) } } });
    const extra = await client.callTool({ name: 'assay_policy_decide', arguments: { tool: 'x', surprise: 1 } });
    expect(payload(extra)).toMatchObject({ allowed: false, error: { code: 'E_INVALID_REQUEST' } });
  });
});

describe('mcp-server limits', () => {
  it('a 1 ms evaluation budget gives E_TIMEOUT', async () => {
    const root = tmpDir();
    fs.writeFileSync(path.join(root, 'policy.yaml'), POLICY);
    const client = await connect(root, { ASSAY_MCP_TIMEOUT_MS: '1' });
    try {
      const r = await client.callTool({ name: 'assay_check_args', arguments: { tool: 'read_file', arguments: { path: '/workspace/a' } } });
      expect(payload(r)).toEqual({ allowed: false, error: { code: 'E_TIMEOUT', message: 'Tool execution timed out' } });
    } finally {
      await client.close();
    }
  });

  it('refuses to start with ASSAY_AUTH_* set', async () => {
    const root = tmpDir();
    fs.writeFileSync(path.join(root, 'policy.yaml'), POLICY);
    const s = new RawSession(['mcp-server', '--policy', path.join(root, 'policy.yaml')], { ...process.env, assay_auth_token: 'x' });
    expect((await s.end()).code).toBe(2);
    expect(s.stderr).toContain('ASSAY_AUTH_');
  });

  it('raw framing: oversized, invalid, batch, notification, unknown method, bad initialize', async () => {
    const root = tmpDir();
    fs.writeFileSync(path.join(root, 'policy.yaml'), POLICY);
    const s = new RawSession(['mcp-server', '--policy', path.join(root, 'policy.yaml')], { ...process.env, ASSAY_MCP_MAX_BYTES: '1000' });
    s.send(`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"x":"${'y'.repeat(2000)}"}}`);
    s.send('{oops');
    s.send('[]');
    s.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    s.send({ jsonrpc: '2.0', id: 2, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {} } });
    s.send({ jsonrpc: '2.0', id: 3, method: 'initialize', params: { protocolVersion: '2024-10-07', capabilities: {}, clientInfo: { name: 'n', version: '1' } } });
    s.send({ jsonrpc: '2.0', id: 4, method: 'resources/list' });
    s.send({ jsonrpc: '2.0', id: 5, method: 'ping' });
    await s.byId(5);
    await s.end();
    const m = s.messages();
    expect(m.filter((x) => x.id === null).map((x) => x.error)).toEqual([
      { code: -32600, message: 'Invalid Request', data: { reason: 'E_LIMIT_EXCEEDED', max_bytes: 1000 } },
      { code: -32700, message: 'Parse error' },
      { code: -32600, message: 'Invalid Request' },
    ]);
    expect((m.find((x) => x.id === 2)!.error as { code: number }).code).toBe(-32602);
    expect((m.find((x) => x.id === 3)!.result as { protocolVersion: string; serverInfo: { name: string } })).toMatchObject({
      protocolVersion: '2025-11-25',
      serverInfo: { name: 'assay-mcp-server' },
    });
    expect((m.find((x) => x.id === 4)!.error as { code: number }).code).toBe(-32601);
    expect(m).toHaveLength(7);
  });
});
