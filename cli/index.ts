// `assay` CLI entry. Start-up is paid on every CI step, proxied server and coding-agent hook call
// (docs/startup.md), so this file loads nothing heavy: `--version` is answered here, everything else
// loads ./main.js (commander, then only the command that runs).
import { VERSION } from '../src/core/version.js';
import { enableCompileCache, isVersionOnly } from './startup.js';

enableCompileCache();
if (isVersionOnly(process.argv.slice(2))) {
  process.stdout.on('error', () => undefined); // `assay --version | head -0` is not an error
  process.stdout.write(`${VERSION}\n`);
} else {
  await import('./main.js');
}
