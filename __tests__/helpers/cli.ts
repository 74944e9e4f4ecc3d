// Runs the BUILT CLI (dist/cli/index.js) as a child process, as a user would (./entry.ts: or the sources).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { CLI_ENTRY, nodeArgsFor } from './entry.js';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const CLI = CLI_ENTRY;
/** Node arguments that start the CLI (see ./entry.ts). */
export const CLI_ARGS = nodeArgsFor(CLI);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined>; input?: string } = {}): CliResult {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_WORKSPACE: undefined, SOURCE_DATE_EPOCH: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...CLI_ARGS, ...args], { cwd: opts.cwd ?? REPO, env: env as NodeJS.ProcessEnv, encoding: 'utf8', input: opts.input ?? '', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'assay-cli-'));
}

/** Write files (relative path → content) under dir. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [p, text] of Object.entries(files)) {
    const full = join(dir, p);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
}
