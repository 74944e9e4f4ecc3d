// `assay evidence …` (04): export, verify, lint, diff, explore, show, attest. Each subcommand lives in
// cli/evidence/; all logic is in src/core/evidence/.
import type { Command } from 'commander';
import { registerVerify } from '../evidence/verify.js';

export function register(program: Command): void {
  const evidence = program
    .command('evidence')
    .description('Evidence bundles: export, verify, lint, diff, explore, show, attest')
    .exitOverride();
  registerVerify(evidence);
}
