// Bundles the action (src/index.ts → dist/index.js) and the CLI (cli/index.ts → dist/cli/index.js) with ncc.
// Output must be byte-stable for the same lockfile: CI rebuilds and diffs dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
function bundle(entry, out) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], { stdio: 'inherit' });
}

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
if (existsSync('src/index.ts')) bundle('src/index.ts', 'dist');
bundle('cli/index.ts', 'dist/cli');

// The CLI bundle is the package's bin: it must start with a shebang.
const cli = 'dist/cli/index.js';
const src = readFileSync(cli, 'utf8');
if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
// Node must load the bundles as ESM.
for (const dir of ['dist', 'dist/cli']) writeFileSync(`${dir}/package.json`, '{\n  "type": "module"\n}\n');
