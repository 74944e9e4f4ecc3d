// Start-up: what each run loads (docs/startup.md). A loader hook records every file module Node loads,
// from the built bundle (its chunk files) or from the sources under tsx alike. Timing is measured by
// `npm run bench -- startup`, never here.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, REPO, tempDir } from '../helpers/cli.js';
import { FROM_SOURCE } from '../helpers/entry.js';
import { CATALOGUE, registerAllCommands } from '../../cli/commands/index.js';
import { VERSION } from '../../src/core/version.js';

/** Run the CLI with a module-load recorder; the loaded file URLs (the recorder's own excluded). */
function loaded(args: string[], input = ''): { status: number | null; stdout: string; stderr: string; files: string[] } {
  const dir = tempDir();
  const log = join(dir, 'loaded.txt');
  writeFileSync(log, '');
  const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) {
  if (url.startsWith('file:')) appendFileSync(${JSON.stringify(log)}, url + '\\n');
  return next(url, context);
}`;
  const recorder = join(dir, 'recorder.mjs');
  writeFileSync(recorder, `import { register } from 'node:module';\nregister(${JSON.stringify('data:text/javascript,' + encodeURIComponent(hooks))});\n`);
  // The recorder goes last among the --import flags, so tsx (from source) is already in place.
  const entry = CLI_ARGS[CLI_ARGS.length - 1]!;
  const args0 = [...CLI_ARGS.slice(0, -1), '--import', pathToFileURL(recorder).href, entry, ...args];
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, args0, { cwd: REPO, env: env as NodeJS.ProcessEnv, encoding: 'utf8', input });
  const files = readFileSync(log, 'utf8')
    .split('\n')
    .filter((u) => u !== '' && !u.includes('/node_modules/tsx/') && !u.endsWith('/recorder.mjs'));
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, files: [...new Set(files)] };
}

const COMMAND_FILE = /\/cli\/commands\/([a-z-]+)\.ts$/;

describe('start-up: a run loads only what it uses', () => {
  it('--version and -V load the entry alone: no commander, no command, no bundle chunk', () => {
    for (const flag of ['--version', '-V']) {
      const r = loaded([flag]);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(`${VERSION}\n`);
      const heavy = r.files.filter((u) => /\/node_modules\/|\/cli\/main\.|\/cli\/commands\/|\/\d+\.index\.js$/.test(u));
      expect(heavy).toEqual([]);
      expect(r.files.length).toBeLessThanOrEqual(FROM_SOURCE ? 3 : 1);
    }
  });

  it('--help lists every command without loading them, and loads less than a script that needs them all', () => {
    const help = loaded(['--help']);
    expect(help.status).toBe(0);
    for (const [name] of CATALOGUE) expect(help.stdout).toMatch(new RegExp(`^  ${name}\\b`, 'm'));
    if (FROM_SOURCE) expect(help.files.filter((u) => COMMAND_FILE.test(u) && !u.endsWith('/index.ts'))).toEqual([]);
    const all = loaded(['completion', 'bash']);
    expect(all.status).toBe(0);
    expect(help.files.length).toBeLessThan(all.files.length);
  });

  it('an unknown command is rejected with a suggestion, from the catalogue alone', () => {
    const r = loaded(['valdate']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("unknown command 'valdate'");
    expect(r.stderr).toContain('Did you mean validate?');
    if (FROM_SOURCE) expect(r.files.filter((u) => COMMAND_FILE.test(u) && !u.endsWith('/index.ts'))).toEqual([]);
  });

  it('validate loads its own command only', () => {
    const r = loaded(['validate', '--config', 'examples/policy.yaml', '--trace-file', 'examples/traces/agent-run.jsonl']);
    expect([0, 1]).toContain(r.status);
    const all = loaded(['completion', 'bash']);
    expect(r.files.length).toBeLessThan(all.files.length);
    if (FROM_SOURCE) {
      const commands = r.files.map((u) => COMMAND_FILE.exec(u)?.[1]).filter((x) => x !== undefined);
      expect(commands.sort()).toEqual(['index', 'validate']);
    }
  });

  it('help <command> loads that command and shows its options', () => {
    const r = loaded(['help', 'validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--config');
  });
});

describe('command catalogue', () => {
  it('matches the commands the modules register (names, descriptions, order)', async () => {
    const program = new Command();
    await registerAllCommands(program);
    const real = program.commands.map((c) => [c.name(), c.description()]);
    expect(CATALOGUE.map(([n, d]) => [n, d])).toEqual(real);
  });
});

describe('lazy ajv', () => {
  // A fresh process: which CommonJS modules are in Node's module cache after loading policies.
  function ajvLoadedAfter(policy: string): boolean {
    const dir = tempDir();
    const script = join(dir, 'probe.mts');
    writeFileSync(
      script,
      `import { createRequire } from 'node:module';
import { parsePolicy } from ${JSON.stringify(pathToFileURL(join(REPO, 'src/core/policy/index.ts')).href)};
const r = parsePolicy(${JSON.stringify(policy)}, 'p.yaml');
if (!r.policy) throw new Error('policy did not load');
const cache = createRequire(import.meta.url).cache;
process.stdout.write(String(Object.keys(cache).some((k) => k.includes('/node_modules/ajv/'))));
`,
    );
    const r = spawnSync(process.execPath, ['--import', join(REPO, 'node_modules/tsx/dist/esm/index.mjs'), script], { cwd: REPO, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout === 'true';
  }

  it('a policy without schemas or constraints does not load ajv; one with a schema does', () => {
    expect(ajvLoadedAfter('version: "2.0"\ntools:\n  allow: [read_file]\n  deny: [exec]\n')).toBe(false);
    expect(ajvLoadedAfter('version: "2.0"\ntools:\n  allow: [read_file]\nschemas:\n  read_file:\n    type: object\n    required: [path]\n')).toBe(true);
  });
});
