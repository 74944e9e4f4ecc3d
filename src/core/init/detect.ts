// What kind of project `assay init` is looking at, so the scaffold fits it: an MCP client config (its
// servers get wrapped), an MCP server (its tools get named in the policy), or a plain Python/Node/other
// project. Reads only a few well-known files and a bounded number of source files; never runs anything.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type ProjectKind = 'mcp-client' | 'mcp-server' | 'python' | 'node' | 'other';

export interface McpServerEntry {
  name: string;
  /** stdio servers: the command and its arguments; remote (url) servers have none and cannot be wrapped. */
  command?: string;
  args: string[];
  url?: string;
}

export interface McpClientConfig {
  /** Dir-relative POSIX path of the client config. */
  file: string;
  servers: McpServerEntry[];
}

export interface McpServerProject {
  language: 'node' | 'python';
  /** Why it is an MCP server (for the report): `package.json`, `pyproject.toml`, `server.py`, … */
  evidence: string[];
  /** Tool names read statically from the sources (sorted, unique); empty when none could be read. */
  tools: string[];
}

export interface ProjectInfo {
  /** The one kind the scaffold is tailored to (MCP client, then MCP server, then language). */
  kind: ProjectKind;
  /** `node` (package.json), `python` (pyproject.toml, requirements.txt, setup.py). */
  languages: Array<'node' | 'python'>;
  /** CI systems already configured: `github` (.github/), `gitlab` (.gitlab-ci.yml). */
  ci: Array<'github' | 'gitlab'>;
  /** Existing `traces/*.jsonl` files, dir-relative POSIX paths, sorted. */
  traces: string[];
  mcpClients: McpClientConfig[];
  mcpServer?: McpServerProject;
}

/** MCP client configs, in the order they are reported. */
export const MCP_CLIENT_FILES = ['.mcp.json', 'mcp.json', 'claude_desktop_config.json', '.cursor/mcp.json', '.vscode/mcp.json'] as const;

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const MAX_SOURCE_FILES = 400;
const MAX_SOURCE_BYTES = 512 * 1024;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'build', '.venv', 'venv', '__pycache__', '.assay', '.tox', 'coverage']);

export function detectProject(dir: string): ProjectInfo {
  const has = (name: string): boolean => existsSync(join(dir, name));
  const languages: ProjectInfo['languages'] = [];
  if (has('package.json')) languages.push('node');
  if (has('pyproject.toml') || has('requirements.txt') || has('setup.py') || has('server.py')) languages.push('python');
  const ci: ProjectInfo['ci'] = [];
  if (isDir(join(dir, '.github'))) ci.push('github');
  if (has('.gitlab-ci.yml')) ci.push('gitlab');
  const mcpClients = MCP_CLIENT_FILES.map((f) => readClientConfig(dir, f)).filter((c): c is McpClientConfig => c !== undefined);
  const mcpServer = detectServer(dir);
  const kind: ProjectKind = mcpClients.length ? 'mcp-client' : mcpServer ? 'mcp-server' : languages[0] ?? 'other';
  return { kind, languages, ci, traces: listTraces(dir), mcpClients, ...(mcpServer ? { mcpServer } : {}) };
}

/** The provider for a bare `--ci`: GitLab only when the project already uses it and not GitHub. */
export function defaultCiProvider(info: ProjectInfo): 'github' | 'gitlab' {
  return info.ci.includes('gitlab') && !info.ci.includes('github') ? 'gitlab' : 'github';
}

function listTraces(dir: string): string[] {
  try {
    return readdirSync(join(dir, 'traces'))
      .filter((f) => f.endsWith('.jsonl'))
      .sort(byCodeUnit)
      .map((f) => `traces/${f}`);
  } catch {
    return [];
  }
}

function readText(p: string): string | undefined {
  try {
    const st = statSync(p);
    if (!st.isFile() || st.size > MAX_SOURCE_BYTES) return undefined;
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
}

function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `mcpServers` (Claude, Cursor) or `servers` (VS Code): name → {command, args} | {url}. Unreadable → skipped. */
function readClientConfig(dir: string, file: string): McpClientConfig | undefined {
  const text = readText(join(dir, file));
  if (text === undefined) return undefined;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isObj(doc)) return undefined;
  const map = isObj(doc.mcpServers) ? doc.mcpServers : isObj(doc.servers) ? doc.servers : undefined;
  if (!map) return undefined;
  const servers: McpServerEntry[] = [];
  for (const name of Object.keys(map).sort(byCodeUnit)) {
    const s = map[name];
    if (!isObj(s)) continue;
    const args = Array.isArray(s.args) ? s.args.filter((a): a is string => typeof a === 'string') : [];
    if (typeof s.command === 'string' && s.command !== '') servers.push({ name, command: s.command, args });
    else if (typeof s.url === 'string') servers.push({ name, args: [], url: s.url });
  }
  return { file, servers };
}

function detectServer(dir: string): McpServerProject | undefined {
  const evidence: string[] = [];
  let language: McpServerProject['language'] | undefined;
  const pkg = readText(join(dir, 'package.json'));
  if (pkg !== undefined) {
    try {
      const doc = JSON.parse(pkg) as Record<string, unknown>;
      const deps = { ...(isObj(doc.dependencies) ? doc.dependencies : {}), ...(isObj(doc.devDependencies) ? doc.devDependencies : {}) };
      if ('@modelcontextprotocol/sdk' in deps) {
        evidence.push('package.json (@modelcontextprotocol/sdk)');
        language = 'node';
      }
    } catch {
      // not JSON: not evidence either way
    }
  }
  if (!language) {
    const py = readText(join(dir, 'pyproject.toml'));
    // A dependency string naming `mcp` or `fastmcp` ("mcp>=1.2", "mcp[cli]", 'fastmcp').
    if (py !== undefined && /["'](?:mcp|fastmcp)(?:\[[^\]]*\])?\s*(?:[<>=!~][^"']*)?["']/.test(py)) {
      evidence.push('pyproject.toml (mcp)');
      language = 'python';
    }
    const req = readText(join(dir, 'requirements.txt'));
    if (req !== undefined && /^\s*(?:mcp|fastmcp)(?:\[[^\]]*\])?\s*(?:[<>=!~;#].*)?$/m.test(req)) {
      evidence.push('requirements.txt (mcp)');
      language = 'python';
    }
    const server = readText(join(dir, 'server.py'));
    if (server !== undefined && /\bFastMCP\b/.test(server)) {
      evidence.push('server.py (FastMCP)');
      language = 'python';
    }
  }
  if (!language) return undefined;
  const tools = new Set<string>();
  for (const f of sourceFiles(dir, language === 'node' ? ['.ts', '.mts', '.js', '.mjs', '.cjs'] : ['.py'])) {
    const text = readText(f);
    if (text === undefined) continue;
    for (const t of language === 'node' ? nodeToolNames(text) : pythonToolNames(text)) tools.add(t);
  }
  return { language, evidence, tools: [...tools].sort(byCodeUnit) };
}

/** `server.tool("name", …)`, `server.registerTool("name", …)` (string literal first argument). */
export function nodeToolNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\.(?:tool|registerTool)\(\s*(["'`])([A-Za-z0-9_.\-/]{1,128})\1/g)) out.push(m[2]!);
  return out;
}

/** `@mcp.tool()` / `@server.tool(name="x")` decorated functions: the explicit name, else the def name. */
export function pythonToolNames(text: string): string[] {
  const out: string[] = [];
  const re = /^[ \t]*@\w+\.tool\(([^)]*)\)[ \t]*\r?\n(?:[ \t]*@[^\n]*\r?\n)*[ \t]*(?:async[ \t]+)?def[ \t]+([A-Za-z_]\w*)/gm;
  for (const m of text.matchAll(re)) {
    const named = /\bname\s*=\s*(["'])([A-Za-z0-9_.\-/]{1,128})\1/.exec(m[1]!);
    out.push(named ? named[2]! : m[2]!);
  }
  return out;
}

/** Source files below `dir` (bounded count, skipping dependency and build folders), in name order. */
function sourceFiles(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (d: string, depth: number): void => {
    if (depth > 5 || out.length >= MAX_SOURCE_FILES) return;
    let names: string[];
    try {
      names = readdirSync(d).sort(byCodeUnit);
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= MAX_SOURCE_FILES) return;
      const p = join(d, n);
      if (isDir(p)) {
        if (!SKIP_DIRS.has(n) && !n.startsWith('.')) walk(p, depth + 1);
      } else if (exts.some((e) => n.endsWith(e)) && !n.endsWith('.d.ts')) out.push(p);
    }
  };
  walk(dir, 0);
  return out;
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
