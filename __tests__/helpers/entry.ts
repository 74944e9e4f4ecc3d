// Which entry the end-to-end tests run. By default the BUILT bundles (dist/), exactly as users and the
// runner run them. While developing, `ASSAY_TEST_FROM_SOURCE=1` (or an untracked `.test-from-source` file
// at the repository root) runs the TypeScript sources under tsx instead, so a test run needs no rebuild.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..');
const TSX = join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs');

export const FROM_SOURCE = process.env.ASSAY_TEST_FROM_SOURCE === '1' || existsSync(join(REPO, '.test-from-source'));

/** Node arguments that start `entry` (a .ts entry runs under tsx). */
export function nodeArgsFor(entry: string): string[] {
  return /\.m?ts$/.test(entry) ? ['--import', TSX, entry] : [entry];
}

/** The CLI entry: dist/cli/index.js, or cli/index.ts from source. */
export const CLI_ENTRY = FROM_SOURCE ? join(REPO, 'cli', 'index.ts') : join(REPO, 'dist', 'cli', 'index.js');
/** The action entry: dist/index.js, or src/index.ts from source. */
export const ACTION_ENTRY = FROM_SOURCE ? join(REPO, 'src', 'index.ts') : join(REPO, 'dist', 'index.js');
