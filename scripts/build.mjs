// Bundles the CLI (and, once it exists, the action entry) with ncc into dist/.
// Output must be byte-stable for the same lockfile: CI rebuilds and diffs dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
function bundle(entry, out, extra = []) {
  rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', ...extra], { stdio: 'inherit' });
}

if (existsSync('src/index.ts')) bundle('src/index.ts', 'dist/action', ['--license', 'licenses.txt']);
bundle('cli/index.ts', 'dist/cli', ['--license', 'licenses.txt']);

// The CLI bundle is the package's bin: it must start with a shebang.
const cli = 'dist/cli/index.js';
const src = readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
mkdirSync('dist', { recursive: true });
writeFileSync('dist/package.json', '{\n  "type": "module"\n}\n');
