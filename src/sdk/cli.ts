// Finding and running the Assay CLI from the SDK: an explicit command, $ASSAY_CLI (a command line split
// like a POSIX shell), the CLI bundled beside this SDK in the npm package, else `assay` on PATH.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Split a command line like a POSIX shell: quotes group, backslash escapes (not inside single quotes). */
export function splitCommand(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let has = false;
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote === "'") {
      if (ch === "'") quote = undefined;
      else cur += ch;
    } else if (ch === '\\' && i + 1 < line.length && (quote === undefined || '"\\$`'.includes(line[i + 1]!))) {
      cur += line[++i]!;
      has = true;
    } else if (quote === '"') {
      if (ch === '"') quote = undefined;
      else cur += ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      has = true;
    } else if (/\s/.test(ch)) {
      if (has || cur) out.push(cur);
      cur = '';
      has = false;
    } else cur += ch;
  }
  if (quote) throw new Error(`unterminated ${quote} quote in command line: ${line}`);
  if (has || cur) out.push(cur);
  return out;
}

/** The CLI of the npm package this SDK ships in (dist/cli/index.js beside dist/sdk/). */
function bundledCli(): string | undefined {
  try {
    // Spelled so the bundler does not take the path for an asset to copy into the bundle.
    const parts = ['..', 'cli', 'index.js'];
    const p = join(dirname(fileURLToPath(import.meta.url)), ...parts);
    return existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

export function findCli(cli?: string | string[], env: NodeJS.ProcessEnv = process.env): string[] {
  if (cli !== undefined) {
    const argv = typeof cli === 'string' ? splitCommand(cli) : [...cli];
    if (!argv.length) throw new TypeError('the cli option is empty');
    return argv;
  }
  const configured = env.ASSAY_CLI?.trim();
  if (configured) return splitCommand(configured);
  const bundled = bundledCli();
  return bundled ? [process.execPath, bundled] : ['assay'];
}

export interface CliRun {
  argv: string[];
  exitCode: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], opts: { cli?: string | string[]; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...(opts.env ?? process.env), NO_COLOR: '1' };
  delete env.FORCE_COLOR;
  const argv = [...findCli(opts.cli, opts.env ?? process.env), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code, signal) =>
      resolve({ argv, exitCode: code ?? (signal ? 128 : 1), stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
  });
}
