// Shared helpers for the runtime end-to-end tests: the built CLI, the real MCP servers from npm, temp dirs,
// and a raw NDJSON session for byte-exact assertions.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_ENTRY, nodeArgsFor } from '../helpers/entry.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

const ROOT = path.resolve(HERE, '..', '..');
/** The bundled CLI (`npm run bundle`); ASSAY_TEST_CLI points elsewhere during development. */
export const CLI = process.env.ASSAY_TEST_CLI ?? CLI_ENTRY;
/** Node arguments that start the CLI (a .ts entry runs under tsx). */
export const CLI_ARGS = nodeArgsFor(CLI);
export const FS_SERVER = path.join(ROOT, 'node_modules', '@modelcontextprotocol', 'server-filesystem', 'dist', 'index.js');
export const EVERYTHING_SERVER = path.join(ROOT, 'node_modules', '@modelcontextprotocol', 'server-everything', 'dist', 'index.js');
export const RECORDER = path.join(HERE, 'fixtures', 'recorder.mjs');
export const FAKE_SERVER = path.join(HERE, 'fixtures', 'fake-server.mjs');
export const NODE = process.execPath;

export function tmpDir(): string {
  return fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-')));
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const INIT = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw-test', version: '1' } },
};

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A CLI process driven line by line over raw pipes. */
export class RawSession {
  readonly child: ChildProcessWithoutNullStreams;
  readonly lines: string[] = [];
  stderr = '';
  private rest = '';
  private waiters: Array<() => void> = [];
  readonly exited: Promise<Exit>;

  constructor(args: string[], env: NodeJS.ProcessEnv = process.env) {
    this.child = spawn(NODE, [...CLI_ARGS, ...args], { stdio: ['pipe', 'pipe', 'pipe'], env });
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (s: string) => {
      s = this.rest + s;
      let i: number;
      while ((i = s.indexOf('\n')) !== -1) {
        this.lines.push(s.slice(0, i));
        s = s.slice(i + 1);
      }
      this.rest = s;
      for (const w of this.waiters.splice(0)) w();
    });
    this.child.stderr.setEncoding('utf8');
    this.child.stderr.on('data', (s: string) => (this.stderr += s));
    this.child.stdin.on('error', () => undefined);
    this.exited = new Promise((resolve) => this.child.on('close', (code, signal) => resolve({ code, signal })));
  }

  send(line: string | object): void {
    this.child.stdin.write((typeof line === 'string' ? line : JSON.stringify(line)) + '\n');
  }

  messages(): Array<Record<string, unknown>> {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }

  /** Wait until a stdout message satisfies `pred` (or fail after `ms`). */
  async waitFor(pred: (m: Record<string, unknown>) => boolean, ms = 15_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const hit = this.messages().find(pred);
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`timed out; stdout so far:\n${this.lines.join('\n')}\nstderr:\n${this.stderr}`);
      await new Promise<void>((r) => {
        const t = setTimeout(r, 200);
        this.waiters.push(() => {
          clearTimeout(t);
          r();
        });
      });
    }
  }

  byId(id: unknown): Promise<Record<string, unknown>> {
    return this.waitFor((m) => m.id === id);
  }

  async end(): Promise<Exit> {
    this.child.stdin.end();
    return this.exited;
  }
}
