// `assay evidence …` (04): export, verify, lint, diff, explore, show, attest. Each subcommand lives in
// cli/evidence/; all logic is in src/core/evidence/. Like the top-level commands, only the subcommand a
// run executes is loaded (help and unknown names load them all).
import type { Command } from 'commander';

type SubRegister = (evidence: Command) => void;

const SUBCOMMANDS: Record<string, () => Promise<SubRegister>> = {
  export: async () => (await import('../evidence/export.js')).registerExport,
  verify: async () => (await import('../evidence/verify.js')).registerVerify,
  lint: async () => (await import('../evidence/lint.js')).registerLint,
  diff: async () => (await import('../evidence/diff.js')).registerDiff,
  explore: async () => (await import('../evidence/explore.js')).registerExplore,
  attest: async () => (await import('../evidence/attest.js')).registerAttest,
};
const ALIASES: Record<string, string> = { show: 'explore' };

/** Loads the subcommands `argv` (the words after `evidence`) needs; call before register. */
export async function loadEvidence(argv: readonly string[]): Promise<(program: Command) => void> {
  const at = argv.indexOf('evidence');
  const sub = at >= 0 ? argv.slice(at + 1).find((a) => !a.startsWith('-')) : undefined;
  const key = sub !== undefined ? (ALIASES[sub] ?? sub) : undefined;
  const keys = key !== undefined && key in SUBCOMMANDS ? [key] : Object.keys(SUBCOMMANDS);
  const regs = await Promise.all(keys.map((k) => SUBCOMMANDS[k]!()));
  return (program) => {
    const evidence = program
      .command('evidence')
      .description('Evidence bundles: export, verify, lint, diff, explore, show, attest')
      .exitOverride();
    for (const r of regs) r(evidence);
  };
}
