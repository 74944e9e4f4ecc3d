// The TypeScript SDK end to end: an MCP client talking to the real server-everything from npm, wrapped so
// every tools/call is recorded, then the recorded trace validated by the CLI (one call allowed, one denied).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { AssayRecorder, validate, wrapMcpClient } from '../../src/sdk/index.js';
import { CLI_ARGS, REPO } from '../helpers/cli.js';

const EVERYTHING = path.join(REPO, 'node_modules', '@modelcontextprotocol', 'server-everything', 'dist', 'index.js');
const cli = [process.execPath, ...CLI_ARGS];

function lines(file: string): Record<string, unknown>[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

describe('wrapMcpClient against server-everything', () => {
  it('records each callTool with its result or error, and validate() allows one and denies the other', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const policy = path.join(dir, 'policy.yaml');
    fs.writeFileSync(policy, 'version: "2.0"\nname: sdk-e2e\nallow: ["echo", "get-sum"]\ndeny: ["get-env"]\nenforcement:\n  unconstrained_tools: allow\n');
    const trace = path.join(dir, 'traces', 'run.jsonl');
    const recorder = new AssayRecorder(trace, { testId: 'mcp-e2e' });
    const transport = new StdioClientTransport({ command: process.execPath, args: [EVERYTHING, 'stdio'], env: { ...process.env } as Record<string, string>, stderr: 'pipe' });
    const client = wrapMcpClient(new Client({ name: 'assay-sdk-test', version: '1.0.0' }), recorder);
    expect(wrapMcpClient(client, recorder)).toBe(client); // wrapping twice records once
    await client.connect(transport);
    try {
      const ok = await client.callTool({ name: 'echo', arguments: { message: 'hi' } });
      expect(ok.content).toEqual([{ type: 'text', text: 'Echo: hi' }]);
      await client.callTool({ name: 'get-env', arguments: {} });
      // A call the server refuses: recorded with its error, then surfaced to the caller as before.
      const refused = await client.callTool({ name: 'no-such-tool', arguments: {} }).then(
        (r) => ({ isError: (r as { isError?: boolean }).isError === true }),
        () => ({ thrown: true }),
      );
      expect(refused).not.toEqual({ isError: false });
    } finally {
      await client.close();
      recorder.close();
    }

    const recs = lines(trace);
    expect(recs.map((r) => [r.tool, r.test_id])).toEqual([
      ['echo', 'mcp-e2e'],
      ['get-env', 'mcp-e2e'],
      ['no-such-tool', 'mcp-e2e'],
    ]);
    expect(recs[0]).toMatchObject({ args: { message: 'hi' }, result: { content: [{ type: 'text', text: 'Echo: hi' }] }, error: null });
    expect(recs[1]!.error).toBeNull();
    expect(typeof recs[2]!.error).toBe('string');

    // The denied call fails the gate with one finding naming the tool, the rule and its policy line.
    const denied = await validate(policy, trace, { cli, cwd: dir });
    expect(denied.passed).toBe(false);
    expect(denied.exitCode).toBe(1);
    expect(denied.reasonCode).toBe('E_POLICY_VIOLATION');
    const errors = denied.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.code, f.tool, f.policyLine, f.entry])).toEqual([
      ['E_TOOL_DENIED', 'get-env', 4, 'mcp-e2e'],
      ['E_TOOL_NOT_ALLOWED', 'no-such-tool', 3, 'mcp-e2e'],
    ]);
    expect(errors[0]!.rule).toMatch(/^tools\.deny/);
    expect(errors.some((f) => f.tool === 'echo')).toBe(false);

    // The allowed call alone passes.
    const allowedOnly = path.join(dir, 'traces', 'allowed.jsonl');
    fs.writeFileSync(allowedOnly, fs.readFileSync(trace, 'utf8').split('\n')[0] + '\n');
    const allowed = await validate(policy, allowedOnly, { cli, cwd: dir });
    expect(allowed).toMatchObject({ passed: true, exitCode: 0, findings: [] });
  });
});
