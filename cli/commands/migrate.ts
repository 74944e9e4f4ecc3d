// `assay migrate` (alias `assay policy migrate --input P`): legacy v1 policies and v0 eval
// configs to the current form, with a diff preview, a `.bak` of the original, and a re-check that the
// result loads and decides as the original did.
import { existsSync, writeFileSync } from 'node:fs';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';
import type { Command } from 'commander';
import { ConfigError, InfraError, UsageError, formatDiagnostic } from '../../src/core/errors.js';
import { shellCommand } from '../../src/core/outcome/reason-codes.js';
import { findDefaultConfig } from '../../src/core/eval/index.js';
import { migrateConfigFile, migratePolicyFile, unifiedDiff, type Migration } from '../../src/core/migrate/index.js';
import { emitArtefact, err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { writeOutput } from '../command-helpers.js';

interface MigrateFlags {
  config?: string;
  policy?: string;
  toV2?: boolean;
  lenient?: boolean;
  check?: boolean;
  dryRun?: boolean;
  output?: string;
}

export function configureMigrate(cmd: Command): Command {
  return cmd
    .description('Rewrite legacy v1 policies and v0 eval configs to the current form (backup: <file>.bak)')
    .option('-c, --config <file>', 'eval config or policy (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
    .option('-p, --policy <file>', 'policy file')
    .option('--to-v2', 'also rewrite the README short form (root allow/deny/constraints) to v2')
    .option('--lenient', LENIENT_HELP)
    .option('--check', 'change nothing; exit 2 when a migration is needed')
    .option('--dry-run', 'print the migrated file on stdout and a diff on stderr; write nothing')
    .option('-o, --output <file>', 'write the result here instead of in place');
}

export function register(program: Command): void {
  configureMigrate(program.command('migrate')).action((flags: MigrateFlags) => {
    process.exitCode = runMigrate(flags);
  });
  // `assay policy migrate --input P` (alias).
  const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
  configureMigrate(policy.command('migrate'))
    .option('-i, --input <file>', 'policy file (same as --policy)')
    .action((flags: MigrateFlags & { input?: string }) => {
      if (flags.input !== undefined && flags.policy !== undefined && flags.input !== flags.policy) {
        process.exitCode = reportError(new UsageError('E_INVALID_ARGS', '--input is an alias of --policy; give only one', { source: 'cli' }));
        return;
      }
      process.exitCode = runMigrate({ ...flags, ...(flags.input !== undefined ? { policy: flags.input } : {}) });
    });
}

/** `<file>.bak`, or `<file>.bak.N` when an earlier backup is already there (never overwritten). */
function backupPath(path: string): string {
  let p = `${path}.bak`;
  for (let n = 1; existsSync(p); n++) p = `${path}.bak.${n}`;
  return p;
}

function migrateOne(m: Migration, path: string, flags: MigrateFlags): number {
  // Deprecation warnings about the very constructs being migrated would only repeat the list below.
  for (const n of m.notes) if (!(m.changed && (n.code === 'W_POLICY_LEGACY' || n.code === 'W_CFG_REF_DEPRECATED') && n.file === m.display)) err(formatDiagnostic(n));
  const what = m.kind === 'policy' ? 'policy' : 'config';
  if (!m.changed) {
    err(flags.check ? `"${m.display}" is clean (already migrated).` : `${m.display}: No legacy constructs found.`);
    return 0;
  }
  if (flags.check) {
    const code = m.kind === 'policy' ? 'E_POLICY_PARSE' : 'E_CFG_PARSE';
    err(`error ${code}: Migration required for "${m.display}". Run 'assay migrate'`);
    for (const c of m.constructs) err(`  - ${c}`);
    err(`Next: Run: ${shellCommand(['assay', 'migrate', `--${m.kind === 'policy' ? 'policy' : 'config'}`, m.display])}`);
    return 2;
  }
  const out = flags.output ? fileRef(flags.output) : { path, display: m.display };
  if (flags.dryRun) {
    emitArtefact(`--- Migrated ${what} (dry run) ---\n${m.migrated}`);
    for (const c of m.constructs) err(`  - ${c}`);
    err(unifiedDiff(m.original, m.migrated, { fromFile: `a/${m.display}`, toFile: `b/${out.display}` }).trimEnd());
    err('note: comments in the original are not carried over');
    return 0;
  }
  if (!flags.output) {
    const bak = backupPath(path);
    try {
      writeFileSync(bak, m.original);
    } catch (e) {
      throw new InfraError('E_IO_ERROR', `cannot write ${bak}: ${(e as Error).message}`, { source: 'cli', nextStepValues: { path: `${m.display}.bak` } });
    }
    err(`Backup: ${fileRef(bak).display}`);
  }
  writeOutput(out.path, out.display, m.migrated);
  err(`Migrated ${what} ${m.display}${flags.output ? ` → ${out.display}` : ''}:`);
  for (const c of m.constructs) err(`  - ${c}`);
  err(`Validated: ${out.display} loads${m.kind === 'policy' ? ' and decides every call as the original' : ' with the same tests and checks'}`);
  err('note: comments in the original are not carried over');
  return 0;
}

export function runMigrate(flags: MigrateFlags): number {
  try {
    const policyGiven = flags.policy;
    if (flags.check && flags.dryRun) throw new UsageError('E_INVALID_ARGS', '--check and --dry-run are exclusive', { source: 'cli' });
    let configGiven = flags.config;
    if (!configGiven && !policyGiven) {
      const f = findDefaultConfig(process.cwd());
      if (!f) throw new ConfigError('E_MISSING_CONFIG', 'nothing to migrate: no --config, no --policy, and no eval.yaml, assay.yaml or mcp-eval.yaml here', { source: 'config' });
      configGiven = f.name;
      err(`note: using config ${f.name}`);
    }
    if (configGiven && policyGiven && flags.output) throw new UsageError('E_INVALID_ARGS', '--output takes one file: migrate --config and --policy separately', { source: 'cli' });
    let exit = 0;
    const opts = { toV2: flags.toV2 === true, lenient: lenientFlag(flags), cwd: process.cwd() };
    if (configGiven) {
      const r = fileRef(configGiven);
      exit = Math.max(exit, migrateOne(migrateConfigFile(r.path, r.display, opts), r.path, flags));
    }
    if (policyGiven) {
      const r = fileRef(policyGiven);
      exit = Math.max(exit, migrateOne(migratePolicyFile(r.path, r.display, opts), r.path, flags));
    }
    return exit;
  } catch (e) {
    return reportError(e);
  }
}
