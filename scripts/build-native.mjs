// `npm run build:native`: compile native/*.c into the per-user cache (src/runtime/native/build.ts) and
// print where the helper is. Exit 2 with what to install when no compiler is available.
import { buildHelper, NativeUnavailable } from '../src/runtime/native/build.ts';

try {
  const b = buildHelper({ force: process.argv.includes('--force') });
  console.log(`${b.compiled ? `built (${b.linkage})` : 'up to date'}: ${b.path}`);
} catch (e) {
  if (!(e instanceof NativeUnavailable)) throw e;
  console.error(`assay: E_NATIVE_UNAVAILABLE: ${e.message}`);
  if (e.install) console.error(e.install);
  process.exit(2);
}
