// `assay mcp wrap` in front of the real @modelcontextprotocol/server-filesystem, driven by the official SDK
// client: allowed reads succeed, blocked calls get the deny contract and never reach the server,
// denied tools are not listed, logs hold digests only, and the session's evidence bundle verifies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { verifyBundleBytes } from '../../src/core/evidence/verify.js';
import { CLI_ARGS, FS_SERVER, NODE, RECORDER, escapeRegex, tmpDir } from './helpers.js';

const CANARY = 'CANARY-7f3a9c1e-do-not-log';

interface Wrapped {
  client: Client;
  transport: StdioClientTransport;
  stderr: () => string;
  exit: Promise<number | null>;
}

async function connect(wrapArgs: string[], serverRoot: string, recorderLog: string): Promise<Wrapped> {
  const transport = new StdioClientTransport({
    command: NODE,
    args: [...CLI_ARGS, 'mcp', 'wrap', ...wrapArgs, '--shutdown-grace-ms', '1000', '--', NODE, RECORDER, recorderLog, NODE, FS_SERVER, serverRoot],
    env: { ...process.env } as Record<string, string>,
    stderr: 'pipe',
  });
  let err = '';
  transport.stderr?.on('data', (b: Buffer) => (err += b.toString('utf8')));
  const client = new Client({ name: 'assay-e2e', version: '1.0.0' });
  await client.connect(transport);
  const pid = transport.pid;
  const exit = new Promise<number | null>((resolve) => {
    const poll = setInterval(() => {
      try {
        if (pid !== null) process.kill(pid, 0);
      } catch {
        clearInterval(poll);
        resolve(null);
      }
    }, 50);
  });
  return { client, transport, stderr: () => err, exit };
}

describe('mcp wrap + server-filesystem (SDK client)', () => {
  let root: string;
  let dataDir: string;
  let policy: string;
  let audit: string;
  let decisions: string;
  let bundle: string;
  let recorderLog: string;
  let w: Wrapped;

  beforeAll(async () => {
    root = tmpDir();
    dataDir = path.join(root, 'data');
    fs.mkdirSync(dataDir);
    fs.mkdirSync(path.join(root, 'outside'));
    fs.writeFileSync(path.join(dataDir, 'a.txt'), 'hello from data\n');
    fs.writeFileSync(path.join(root, 'outside', 'secret.txt'), 'outside the policy\n');
    policy = path.join(root, 'policy.yaml');
    fs.writeFileSync(
      policy,
      [
        'version: "2.0"',
        'tools:',
        '  allow: [read_text_file, list_directory, write_file]',
        '  deny: ["write_*"]',
        'schemas:',
        '  read_text_file:',
        '    type: object',
        `    properties: { path: { type: string, pattern: ${JSON.stringify('^' + escapeRegex(dataDir + '/'))} } }`,
        '    required: [path]',
        '',
      ].join('\n'),
    );
    audit = path.join(root, 'audit.ndjson');
    decisions = path.join(root, 'decisions.ndjson');
    bundle = path.join(root, 'session.tar.gz');
    recorderLog = path.join(root, 'upstream.log');
    w = await connect(
      ['--policy', policy, '--verbose', '--label', 'fs', '--audit-log', audit, '--decision-log', decisions, '--evidence-out', bundle, '--run-id', 'run_e2e_fs'],
      root,
      recorderLog,
    );
  });

  afterAll(async () => {
    await w?.client.close().catch(() => undefined);
  });

  it('lists only the tools the policy allows by name', async () => {
    const { tools } = await w.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['list_directory', 'read_text_file']);
  });

  it('forwards an allowed read and returns the file text', async () => {
    const r = await w.client.callTool({ name: 'read_text_file', arguments: { path: path.join(dataDir, 'a.txt') } });
    expect(r.isError).toBeFalsy();
    expect((r.content as Array<{ text: string }>)[0]!.text).toBe('hello from data\n');
  });

  it('blocks a read outside the allowed path with the deny contract in _meta (outputSchema tool)', async () => {
    const secret = path.join(root, 'outside', 'secret.txt');
    const r = await w.client.callTool({ name: 'read_text_file', arguments: { path: secret, head: 1 } });
    expect(r.isError).toBe(true);
    expect(r.structuredContent).toBeUndefined();
    const contract = (r._meta as Record<string, Record<string, unknown>>)['assay/deny']!;
    expect(contract).toMatchObject({
      status: 'deny',
      error_code: 'E_ARG_SCHEMA',
      reason: 'Arguments do not match the tool schema',
      rule: 'schemas.read_text_file',
      tool: 'read_text_file',
    });
    expect(contract.violations).toEqual([expect.objectContaining({ path: '/path', constraint: 'pattern' })]);
    const content = r.content as Array<{ text: string }>;
    expect(content[0]!.text).toBe('Content blocked by policy: E_ARG_SCHEMA (schemas.read_text_file)');
    expect(JSON.parse(content[1]!.text)).toEqual(contract);
    // The server never saw it: the upstream log has the allowed read but not this one.
    const upstream = fs.readFileSync(recorderLog, 'utf8');
    expect(upstream).toContain('a.txt');
    expect(upstream).not.toContain('secret.txt');
  });

  it('blocks a denied tool: nothing is written and the server never sees the call', async () => {
    const target = path.join(dataDir, 'written.txt');
    const r = await w.client.callTool({ name: 'write_file', arguments: { path: target, content: CANARY } });
    expect(r.isError).toBe(true);
    expect(r.structuredContent ?? (r._meta as Record<string, unknown>)['assay/deny']).toMatchObject({
      status: 'deny',
      error_code: 'E_TOOL_DENIED',
      reason: 'Tool is explicitly denylisted by name',
      rule: 'tools.deny[0]=write_*',
      tool: 'write_file',
    });
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.readFileSync(recorderLog, 'utf8')).not.toContain('write_file');
  });

  it('records digests only, and the session exports a bundle that verifies', async () => {
    await w.client.close();
    await w.exit;
    // The bundle is written at session end; give the process a moment to finish writing.
    for (let i = 0; i < 100 && !fs.existsSync(bundle); i++) await new Promise((r) => setTimeout(r, 50));
    const auditLines = fs.readFileSync(audit, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const dec = auditLines.filter((l) => l.event === 'decision');
    expect(dec.map((d) => [d.tool, d.decision, d.error_code ?? null])).toEqual([
      ['read_text_file', 'allow', null],
      ['read_text_file', 'deny', 'E_ARG_SCHEMA'],
      ['write_file', 'deny', 'E_TOOL_DENIED'],
    ]);
    expect(dec[2]!.arg_keys).toEqual(['content', 'path']);
    expect(String(dec[2]!.args_digest)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(auditLines[auditLines.length - 1]).toMatchObject({ event: 'session_end', counters: { tool_calls: 3, allowed: 1, denied: 2 }, child_exit: 0 });

    const events = fs.readFileSync(decisions, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const toolEvents = events.filter((e) => e.type === 'assay.tool.decision');
    expect(toolEvents).toHaveLength(3);
    expect(toolEvents[1]).toMatchObject({
      specversion: '1.0',
      source: 'urn:assay:mcp-wrap:fs',
      subject: 'tool:read_text_file',
      data: { decision: 'deny', reason_code: 'P_ARG_SCHEMA', error_code: 'E_ARG_SCHEMA', server_id: 'fs', seq: 1, args_digest_alg: 'sha256' },
    });
    expect((toolEvents[0]!.data as Record<string, unknown>).tool_identity).toMatchObject({ server_id: 'fs', tool_name: 'read_text_file' });

    // No argument value anywhere we write.
    const archive = fs.readFileSync(bundle);
    for (const text of [fs.readFileSync(audit, 'utf8'), fs.readFileSync(decisions, 'utf8'), w.stderr()]) expect(text).not.toContain(CANARY);
    const { gunzipSync } = await import('node:zlib');
    expect(gunzipSync(archive).toString('latin1')).not.toContain(CANARY);

    const v = await verifyBundleBytes(new Uint8Array(archive));
    expect(v).toMatchObject({ run_id: 'run_e2e_fs', event_count: 5 });
    expect(w.stderr()).toContain('[assay] ALLOW read_text_file');
    expect(w.stderr()).toMatch(/\[assay\] DENY write_file path="[^"]+" \(reason: Tool is explicitly denylisted by name, rule: tools\.deny\[\d+\]=/);
  });
});

describe('mcp wrap --deny-structured / --tools-list', () => {
  it('always: the SDK rejects structuredContent that does not match the outputSchema (-32602)', async () => {
    const root = tmpDir();
    const policy = path.join(root, 'policy.yaml');
    fs.writeFileSync(policy, 'tools:\n  deny: [read_text_file]\n');
    const w = await connect(['--policy', policy, '--deny-structured', 'always', '--tools-list', 'keep'], root, path.join(root, 'up.log'));
    try {
      const { tools } = await w.client.listTools();
      expect(tools).toHaveLength(14);
      await expect(w.client.callTool({ name: 'read_text_file', arguments: { path: path.join(root, 'policy.yaml') } })).rejects.toMatchObject({ code: -32602 });
    } finally {
      await w.client.close();
    }
  });
});

describe('mcp wrap + server-filesystem: within refuses a path that walks out with ".."', () => {
  it('forwards a read inside the folder and blocks "<folder>/../<secret>" before the server sees it', async () => {
    const root = tmpDir();
    const allowed = path.join(root, 'allowed');
    fs.mkdirSync(allowed);
    fs.mkdirSync(path.join(root, 'secret'));
    fs.writeFileSync(path.join(allowed, 'ok.txt'), 'inside\n');
    fs.writeFileSync(path.join(root, 'secret', 'key.txt'), `${CANARY}\n`);
    const policy = path.join(root, 'policy.yaml');
    fs.writeFileSync(
      policy,
      ['version: "2.0"', 'allow: [read_text_file]', 'constraints:', '  - tool: read_text_file', '    params:', '      path:', `        within: [${JSON.stringify(allowed)}]`, ''].join('\n'),
    );
    const log = path.join(root, 'upstream.log');
    const w = await connect(['--policy', policy], root, log);
    try {
      const ok = await w.client.callTool({ name: 'read_text_file', arguments: { path: path.join(allowed, 'ok.txt') } });
      expect(ok.isError).toBeFalsy();
      expect((ok.content as Array<{ text: string }>)[0]!.text).toBe('inside\n');

      // The server itself would serve this (it is under its root); the policy must not let it through.
      const r = await w.client.callTool({ name: 'read_text_file', arguments: { path: `${allowed}/../secret/key.txt` } });
      expect(r.isError).toBe(true);
      // No tools/list in this session: the contract is structuredContent (else _meta, as above).
      const contract = (r.structuredContent ?? (r._meta as Record<string, unknown>)['assay/deny']) as Record<string, unknown>;
      expect(contract).toMatchObject({
        status: 'deny',
        error_code: 'E_ARG_SCHEMA',
        reason: 'A path argument is outside the folders the policy allows',
        rule: 'schemas.read_text_file',
      });
      expect(contract.violations).toEqual([expect.objectContaining({ path: '/path', constraint: 'x-assay-within' })]);
      expect(JSON.stringify(r)).not.toContain(CANARY);
      expect(fs.readFileSync(log, 'utf8')).not.toContain('key.txt');
    } finally {
      await w.client.close();
    }
  });
});
