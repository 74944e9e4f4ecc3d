// The documents the agreement test feeds to both the JSON Schemas and the loaders: every example, every
// file `assay init` writes (each preset and project kind), YAML fixtures under __tests__, and YAML
// documents written inline in the tests (template literals), classified by content as the CLI does.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { planInit, type InitOptions } from '../../../src/core/init/index.js';
import { parseYamlSource } from '../../../src/core/util/yaml-source.js';

export const REPO = resolve(import.meta.dirname, '..', '..', '..');

export type DocKind = 'policy' | 'eval';

export interface Doc {
  /** Where it comes from, for failure messages. */
  name: string;
  kind: DocKind;
  text: string;
  /** Directory relative paths inside the document resolve against (real files only). */
  dir?: string;
  origin: 'example' | 'init' | 'fixture' | 'inline';
}

const POLICY_KEYS = ['tools', 'allow', 'deny', 'constraints', 'schemas', 'sequences', 'enforcement', 'limits'];

/** Same rule as src/core/gate/config-kind.ts; undefined for anything else (lists, runtime documents). */
export function kindOf(value: unknown): DocKind | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.includes('tests') || keys.includes('suite')) return 'eval';
  if (keys.some((k) => POLICY_KEYS.includes(k))) return 'policy';
  return undefined;
}

function parsed(text: string): unknown {
  const r = parseYamlSource(text, 'x.yaml', 'E_CFG_PARSE');
  return r.errors.length || !r.source ? undefined : r.source.value;
}

function walk(dir: string, keep: (p: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, keep, out);
    else if (keep(p)) out.push(p);
  }
  return out;
}

function fileDocs(root: string, origin: Doc['origin']): Doc[] {
  const docs: Doc[] = [];
  for (const p of walk(root, (f) => /\.ya?ml$/.test(f))) {
    const text = readFileSync(p, 'utf8');
    const kind = kindOf(parsed(text));
    if (kind) docs.push({ name: relative(REPO, p), kind, text, dir: resolve(p, '..'), origin });
  }
  return docs;
}

export function exampleDocs(): Doc[] {
  return fileDocs(join(REPO, 'examples'), 'example');
}

export function fixtureDocs(): Doc[] {
  return fileDocs(join(REPO, '__tests__'), 'fixture');
}

/** Project kinds `init` tailors its files to, each set up in its own temp folder. */
const PROJECTS: Record<string, Record<string, string>> = {
  empty: {},
  python: { 'pyproject.toml': '[project]\nname = "x"\n' },
  node: { 'package.json': '{"name":"x","version":"1.0.0"}\n' },
  'mcp-client': { '.mcp.json': JSON.stringify({ mcpServers: { fs: { command: 'npx', args: ['-y', 'server-filesystem', '/app'] } } }) },
  'mcp-server-ts': {
    'package.json': JSON.stringify({ name: 'srv', dependencies: { '@modelcontextprotocol/sdk': '1.0.0' } }),
    'src/index.ts': 'server.tool("read_file", {}, async () => ({}));\nserver.tool("search_notes", {}, async () => ({}));\n',
  },
  'mcp-server-py': {
    'pyproject.toml': '[project]\nname = "srv"\ndependencies = ["mcp"]\n',
    'server.py': 'from mcp.server.fastmcp import FastMCP\nmcp = FastMCP("x")\n\n@mcp.tool()\ndef lookup(q: str) -> str:\n    return q\n',
  },
};

const VARIANTS: Array<[string, Partial<InitOptions>]> = [
  ['default', {}],
  ['hardened', { preset: 'hardened' }],
  ['dev', { preset: 'dev' }],
  ['hello', { helloTrace: true }],
  ['nested', { config: 'cfg/eval.yaml' }],
  ['gitlab', { ci: 'gitlab' }],
];

/** Every YAML file `init` plans, for each project kind and variant (the --from-trace runtime policy is not a tool policy). */
export function initDocs(): Doc[] {
  const docs: Doc[] = [];
  const base = mkdtempSync(join(tmpdir(), 'assay-'));
  for (const [project, files] of Object.entries(PROJECTS)) {
    for (const [variant, opts] of VARIANTS) {
      const dir = join(base, `${project}-${variant}`);
      for (const [p, text] of Object.entries(files)) {
        mkdirSync(resolve(dir, p, '..'), { recursive: true });
        writeFileSync(join(dir, p), text);
      }
      mkdirSync(dir, { recursive: true });
      const plan = planInit({ dir, ...opts });
      for (const f of plan.files) {
        if (!/\.ya?ml$/.test(f.path)) continue;
        const kind = kindOf(parsed(f.content));
        if (kind) docs.push({ name: `init ${project}/${variant}: ${f.path}`, kind, text: f.content, origin: 'init' });
      }
    }
  }
  const events = join(base, 'events.jsonl');
  writeFileSync(events, '{"type":"file_open","path":"/app/a.txt"}\n{"type":"net_connect","dest":"api.example.com:443"}\n');
  const plan = planInit({ dir: join(base, 'from-trace'), fromTrace: events, now: new Date(0) });
  for (const f of plan.files) {
    const kind = kindOf(parsed(f.content));
    if (kind) docs.push({ name: `init from-trace: ${f.path}`, kind, text: f.content, origin: 'init' });
  }
  return docs;
}

/** The files `init` would write, by path, for one project kind with defaults (for the modeline test). */
export function initPlanFiles(opts: Partial<InitOptions> = {}): Array<{ path: string; content: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-'));
  return planInit({ dir, ...opts }).files.map((f) => ({ path: f.path, content: f.content }));
}

/**
 * YAML documents written inline in the tests: template literals without substitutions that parse to a
 * policy or an eval config. Cheap and approximate on purpose (escapes are read as JavaScript would).
 */
export function inlineDocs(): Doc[] {
  const docs: Doc[] = [];
  const seen = new Set<string>();
  for (const p of walk(join(REPO, '__tests__'), (f) => f.endsWith('.ts'))) {
    const src = readFileSync(p, 'utf8');
    for (const m of src.matchAll(/`((?:[^`\\$]|\\.|\$(?!\{))*)`/g)) {
      let text: string;
      try {
        text = JSON.parse(`"${m[1]!.replace(/\\`/g, '`').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`) as string;
      } catch {
        continue;
      }
      if (!text.includes('\n') || seen.has(text)) continue;
      const kind = kindOf(parsed(text));
      if (!kind) continue;
      seen.add(text);
      const line = src.slice(0, m.index).split('\n').length;
      docs.push({ name: `${relative(REPO, p)}:${line}`, kind, text, origin: 'inline' });
    }
  }
  return docs;
}
