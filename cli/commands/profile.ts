// `assay profile init | update | show`: a profile of many runs for `generate --profile`.
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../src/core/errors.js';
import { observe } from '../../src/core/generate/index.js';
import {
  emptyProfile,
  loadProfile,
  mergeRun,
  profileFormatFor,
  profileSummaryDocument,
  profileSummaryText,
  serializeProfile,
  summarizeProfile,
} from '../../src/core/profile/index.js';
import { emitArtefact, err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { parseFormat } from '../options.js';
import { commandClock, isoSeconds, numberFlag, parseKind, printWarnings, traceInput, writeOutput } from '../command-helpers.js';

interface InitFlags {
  output: string;
  name: string;
  scope?: string;
  reproducible?: boolean;
}

interface UpdateFlags {
  profile: string;
  input: string;
  runId: string;
  scope?: string;
  force?: boolean;
  strict?: boolean;
  verbose?: boolean;
  kind: string;
  reproducible?: boolean;
}

interface ShowFlags {
  profile: string;
  format: string;
  top: string;
}

export function register(program: Command): void {
  const group = program.command('profile').description('Profiles of many runs: init, update, show (input to generate --profile)');
  group.exitOverride();
  group
    .command('init')
    .description('Create an empty profile')
    .option('-o, --output <file>', 'profile to create', 'assay-profile.yaml')
    .option('--name <name>', 'profile name', 'default')
    .option('--scope <scope>', 'lock the profile to a scope (e.g. a branch or environment)')
    .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
    .exitOverride()
    .action((flags: InitFlags) => {
      process.exitCode = runInit(flags);
    });
  group
    .command('update')
    .description('Merge one run into a profile (idempotent per run id)')
    .requiredOption('--profile <file>', 'profile to update')
    .requiredOption('-i, --input <file>', 'runtime events or a tool-call trace of the run (- for stdin)')
    .requiredOption('--run-id <id>', 'id of the run (merging the same id again changes nothing)')
    .option('--scope <scope>', 'scope of this run (the first scope seen is locked)')
    .option('--force', 'merge a run of another scope')
    .option('--strict', 'bad input lines are fatal, and an already merged run id is an error')
    .option('-v, --verbose', 'list the entries seen for the first time')
    .option('--kind <kind>', 'auto | runtime | tool', 'auto')
    .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
    .exitOverride()
    .action(async (flags: UpdateFlags) => {
      process.exitCode = await runUpdate(flags);
    });
  group
    .command('show')
    .description('Totals and the top entries by runs seen')
    .requiredOption('--profile <file>', 'profile to show')
    .option('-f, --format <format>', 'summary | json | yaml', 'summary')
    .option('--top <n>', 'how many entries to list', '10')
    .exitOverride()
    .action((flags: ShowFlags) => {
      process.exitCode = runShow(flags);
    });
}

function runInit(flags: InitFlags): number {
  try {
    const out = fileRef(flags.output);
    if (existsSync(out.path)) throw new UsageError('E_INVALID_ARGS', `${out.display} already exists (profile init never overwrites)`, { source: 'cli' });
    const p = emptyProfile(flags.name, isoSeconds(commandClock(flags.reproducible)), flags.scope);
    writeOutput(out.path, out.display, serializeProfile(p, profileFormatFor(out.path)));
    err(`Created profile: ${out.display}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

async function runUpdate(flags: UpdateFlags): Promise<number> {
  try {
    const ref = fileRef(flags.profile);
    const profile = loadProfile(ref.path, ref.display);
    const obs = await observe(traceInput(flags.input), { kind: parseKind(flags.kind), strict: flags.strict === true });
    printWarnings(obs.warnings);
    const now = commandClock(flags.reproducible);
    const r = mergeRun(profile, obs.kind === 'runtime' ? { kind: 'runtime', events: obs.events } : { kind: 'tool', tools: obs.stats.tools }, {
      runId: flags.runId,
      ...(flags.scope !== undefined ? { scope: flags.scope } : {}),
      force: flags.force === true,
      nowSeconds: Math.floor(now.getTime() / 1000),
      nowIso: isoSeconds(now),
    });
    if (r.status === 'already_merged') {
      if (flags.strict) throw new UsageError('E_INVALID_ARGS', `run ${JSON.stringify(flags.runId)} is already merged into ${ref.display} (--strict)`, { source: 'cli' });
      err(`note: run ${JSON.stringify(flags.runId)} is already merged into ${ref.display}; nothing changed`);
      return 0;
    }
    for (const n of r.notes) err(`warning: ${n}`);
    writeOutput(ref.path, ref.display, serializeProfile(r.profile, profileFormatFor(ref.path)));
    err(`Merged run ${JSON.stringify(flags.runId)} into ${ref.display}: ${r.added.length} new, ${r.updated} seen again (${r.profile.total_runs} run(s) in total)`);
    if (flags.verbose) for (const a of r.added) err(`  + ${a}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}

function runShow(flags: ShowFlags): number {
  try {
    const format = parseFormat(flags.format, ['summary', 'json', 'yaml']);
    const top = numberFlag('--top', flags.top);
    if (!Number.isSafeInteger(top) || top < 0) throw new UsageError('E_INVALID_ARGS', `--top must be a non-negative integer (got "${flags.top}")`, { source: 'cli' });
    const ref = fileRef(flags.profile);
    const s = summarizeProfile(loadProfile(ref.path, ref.display), top);
    emitArtefact(format === 'summary' ? profileSummaryText(s) : profileSummaryDocument(s, format));
    return 0;
  } catch (e) {
    return reportError(e);
  }
}
