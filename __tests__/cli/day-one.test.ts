// Day one, as a new user types it: `assay init` in a fresh folder of each kind of project, then a trace
// with a command-running call → `assay ci` with no flags fails naming the rule; a clean trace passes; and
// mcp wrap, coverage, explain and doctor find what init wrote without a config flag.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const PROJECTS: Record<string, Record<string, string>> = {
  empty: {},
  python: { 'pyproject.toml': '[project]\nname = "app"\ndependencies = ["requests"]\n' },
  node: { 'package.json': '{"name":"app","dependencies":{"express":"4.0.0"}}\n' },
  'mcp client config': { '.mcp.json': JSON.stringify({ mcpServers: { files: { command: 'npx', args: ['-y', '@modelcontextprotocol/server-filesystem', '/app'] }, remote: { url: 'https://example.com/mcp' } } }) },
  'mcp server (ts)': {
    'package.json': '{"name":"srv","dependencies":{"@modelcontextprotocol/sdk":"1.0.0"}}\n',
    'src/index.ts': 'server.tool("get_weather", {}, async () => ({}));\nserver.registerTool("list_forecasts", {}, async () => ({}));\n',
  },
  'mcp server (python)': {
    'pyproject.toml': '[project]\nname = "srv"\ndependencies = ["mcp[cli]>=1.2"]\n',
    'server.py': 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("srv")\n\n@mcp.tool()\ndef get_weather(city: str) -> str:\n    return "sunny"\n\n@mcp.tool()\nasync def list_forecasts() -> list:\n    return []\n',
  },
};

function fresh(files: Record<string, string>): string {
  const dir = tempDir();
  mkdirSync(join(dir, '.git')); // a repository root: discovery stops here
  writeFiles(dir, files);
  return dir;
}

const BAD = JSON.stringify({ prompt: 'clean up the crm', response: 'done', tool_calls: [{ tool_name: 'shell_exec', args: { cmd: 'rm -rf /var/lib/crm' } }] }) + '\n';

describe.each(Object.keys(PROJECTS))('day one: %s project', (kind) => {
  it('init → ci (no flags) fails on shell_exec naming the rule; passes without it; other commands find the files', () => {
    const cwd = fresh(PROJECTS[kind]!);
    try {
      const init = runCli(['init', '--format', 'json'], { cwd });
      expect(init.status, init.stderr).toBe(0);
      const report = JSON.parse(init.stdout) as { project: { kind: string } };
      expect(report.project.kind).toBe({ empty: 'other', python: 'python', node: 'node', 'mcp client config': 'mcp-client', 'mcp server (ts)': 'mcp-server', 'mcp server (python)': 'mcp-server' }[kind]);

      // Clean: only what init wrote.
      const clean = runCli(['ci'], { cwd });
      expect(clean.status, clean.stderr).toBe(0);

      writeFileSync(join(cwd, 'traces', 'bad.jsonl'), BAD);
      const bad = runCli(['ci'], { cwd });
      expect(bad.status, bad.stderr).toBe(1);
      expect(bad.stderr).toContain('note: using policy policy.yaml');
      expect(bad.stderr).toMatch(/E_TOOL_DENIED: Tool 'shell_exec' denied by tools\.deny\[\d+\]=\*exec\*/);

      // The same from a subfolder: discovery walks up to the repository root.
      mkdirSync(join(cwd, 'sub'));
      // (the starter test binds traces/example.jsonl; bad.jsonl holds the denied call)
      const fromSub = runCli(['ci', '--out-dir', '../.assay/sub', '--trace-file', '../traces/example.jsonl', '../traces/bad.jsonl'], { cwd: join(cwd, 'sub') });
      expect(fromSub.status, fromSub.stderr).toBe(1);

      const cov = runCli(['coverage', '--trace-file', 'traces/bad.jsonl', '--format', 'json'], { cwd });
      expect(cov.stderr).toContain('note: using policy policy.yaml');
      expect((JSON.parse(cov.stdout) as { violations: unknown[] }).violations.length).toBe(1);

      const ex = runCli(['explain', '--trace', 'traces/bad.jsonl'], { cwd });
      expect(ex.status, ex.stderr).toBe(1);
      expect(ex.stdout).toContain('shell_exec');

      const doc = runCli(['doctor', '--format', 'json'], { cwd });
      expect(doc.status, doc.stderr).toBe(1);
      expect((JSON.parse(doc.stdout) as { command: { policy_file: string | null } }).command.policy_file).toBe('policy.yaml');

      rmSync(join(cwd, 'traces', 'bad.jsonl'));
      const wrap = runCli(['mcp', 'wrap', '--', process.execPath, '-e', 'process.stdin.resume()'], { cwd, input: '' });
      expect(wrap.stderr).toContain('[assay] loading policy from policy.yaml');
      expect(wrap.status, wrap.stderr).toBe(0);
    } finally {
      rmSync(cwd, { recursive: true, force: true });
    }
  });
});

describe('day one: tailored scaffolds', () => {
  it('MCP client config: servers listed, wrap lines printed, a wrapped config written', () => {
    const cwd = fresh(PROJECTS['mcp client config']!);
    const r = runCli(['init'], { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('Detected: MCP client config .mcp.json (2 server(s): files, remote)');
    expect(r.stderr).toContain('Wrap files: assay mcp wrap --policy policy.yaml --label files -- npx -y @modelcontextprotocol/server-filesystem /app');
    const wrapped = JSON.parse(readFileSync(join(cwd, 'mcp.wrapped.json'), 'utf8')) as { mcpServers: Record<string, { command?: string; args?: string[]; url?: string }> };
    expect(wrapped.mcpServers['files']?.command).toBe('assay');
    expect(wrapped.mcpServers['files']?.args?.slice(0, 3)).toEqual(['mcp', 'wrap', '--policy']);
    expect(wrapped.mcpServers['files']?.args?.slice(-4)).toEqual(['npx', '-y', '@modelcontextprotocol/server-filesystem', '/app']);
    expect(wrapped.mcpServers['remote']).toEqual({ url: 'https://example.com/mcp' });
  });

  it.each(['mcp server (ts)', 'mcp server (python)'])('%s: the policy allows exactly the tools read from the sources', (kind) => {
    const cwd = fresh(PROJECTS[kind]!);
    expect(runCli(['init'], { cwd }).status).toBe(0);
    const policy = readFileSync(join(cwd, 'policy.yaml'), 'utf8');
    expect(policy).toContain('allow: ["get_weather", "list_forecasts"]');
    expect(readFileSync(join(cwd, 'traces', 'example.jsonl'), 'utf8')).toContain('"tool_name":"get_weather"');
    // A tool the server does not declare is not allowed.
    writeFileSync(join(cwd, 'traces', 'other.jsonl'), JSON.stringify({ prompt: 'x', response: 'y', tool_calls: [{ tool_name: 'send_email', args: {} }] }) + '\n');
    const r = runCli(['ci'], { cwd });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('send_email');
  });

  it('different kinds of project get different files', () => {
    const written = (kind: string): string => {
      const cwd = fresh(PROJECTS[kind]!);
      runCli(['init'], { cwd });
      const files = ['policy.yaml', 'traces/example.jsonl', 'mcp.wrapped.json'].map((f) => (existsSync(join(cwd, f)) ? readFileSync(join(cwd, f), 'utf8') : ''));
      return files.join('\0');
    };
    const outputs = new Set(['empty', 'mcp client config', 'mcp server (ts)'].map(written));
    expect(outputs.size).toBe(3);
  });

  it('ASSAY_CONFIG overrides the search; a missing one is E_MISSING_CONFIG naming the variable', () => {
    const cwd = fresh({});
    expect(runCli(['init', '--dir', 'gate'], { cwd }).status).toBe(0);
    writeFiles(cwd, { 'traces/bad.jsonl': BAD });
    const r = runCli(['ci', '--trace-file', 'gate/traces/example.jsonl', 'traces/bad.jsonl'], { cwd, env: { ASSAY_CONFIG: 'gate/eval.yaml' } });
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('gate/policy.yaml');
    const missing = runCli(['ci'], { cwd, env: { ASSAY_CONFIG: 'nope.yaml' } });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('named by ASSAY_CONFIG');
  });
});
