// Bundles the action (src/index.ts → dist/index.js), the CLI (cli/index.ts → dist/cli/index.js) and the SDK
// (src/sdk/index.ts → dist/sdk/index.js) with ncc.
// Output must be byte-stable for the same lockfile: CI rebuilds and diffs dist/.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, rmSync, mkdirSync, renameSync } from 'node:fs';

const ncc = 'node_modules/@vercel/ncc/dist/ncc/cli.js';
// ncc type-checks the whole program: a type error anywhere fails the bundle.
function bundle(entry, out) {
  execFileSync(process.execPath, [ncc, 'build', entry, '-o', out, '--quiet', '--license', 'licenses.txt'], { stdio: 'inherit' });
}

// Build beside dist/ and swap at the end, so a running CLI or test never sees a half-written dist/.
const tmp = `.dist-build-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
try {
  if (existsSync('src/index.ts')) bundle('src/index.ts', tmp);
  bundle('cli/index.ts', `${tmp}/cli`);
  // The CLI bundle is the package's bin: it must start with a shebang.
  const cli = `${tmp}/cli/index.js`;
  const src = readFileSync(cli, 'utf8');
  if (!src.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + src);
  // The SDK (`import … from 'assay/sdk'`, docs/sdk.md): a bundle plus type declarations from tsc.
  bundle('src/sdk/index.ts', `${tmp}/sdk`);
  execFileSync(
    process.execPath,
    ['node_modules/typescript/bin/tsc', '--ignoreConfig', 'src/sdk/index.ts', '--declaration', '--emitDeclarationOnly', '--outDir', `${tmp}/sdk`,
      '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--target', 'ES2022', '--strict', '--skipLibCheck', '--types', 'node'],
    { stdio: 'inherit' },
  );
  // Node must load the bundles as ESM.
  for (const dir of [tmp, `${tmp}/cli`, `${tmp}/sdk`]) writeFileSync(`${dir}/package.json`, '{\n  "type": "module"\n}\n');
  rmSync('dist', { recursive: true, force: true });
  renameSync(tmp, 'dist');
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
