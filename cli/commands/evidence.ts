// `assay evidence …` (04): export, verify, lint, diff, explore, show, attest. Each subcommand lives in
// cli/evidence/; all logic is in src/core/evidence/.
import type { Command } from 'commander';
import { registerVerify } from '../evidence/verify.js';
import { registerLint } from '../evidence/lint.js';
import { registerExport } from '../evidence/export.js';
import { registerDiff } from '../evidence/diff.js';
import { registerAttest } from '../evidence/attest.js';
import { registerExplore } from '../evidence/explore.js';

export function register(program: Command): void {
  const evidence = program
    .command('evidence')
    .description('Evidence bundles: export, verify, lint, diff, explore, show, attest')
    .exitOverride();
  registerExport(evidence);
  registerVerify(evidence);
  registerLint(evidence);
  registerDiff(evidence);
  registerExplore(evidence);
  registerAttest(evidence);
}
