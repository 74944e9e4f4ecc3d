// `assay generate` (alias `assay policy generate`): a policy learned from one run (`-i`) or a
// profile of many runs (`--profile`). Runtime events → runtime policy document; tool-call traces → a
// least-privilege v2 tool policy (docs/authoring.md).
import { existsSync, readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { UsageError } from '../../src/core/errors.js';
import { checkGenerateOptions, generatePolicy, type StabilityOptions } from '../../src/core/generate/index.js';
import { unifiedDiff } from '../../src/core/migrate/diff.js';
import { loadProfile } from '../../src/core/profile/index.js';
import { emitArtefact, err, reportError } from '../output.js';
import { fileRef } from '../paths.js';
import { parseFormat } from '../options.js';
import { commandClock, isoSeconds, numberFlag, parseKind, printWarnings, traceInput, writeOutput } from '../command-helpers.js';

// Shared with other commands (../command-helpers.ts); re-exported for callers that import them from here.
export { commandClock, isoSeconds, numberFlag, parseKind, printWarnings, traceInput, writeOutput };

interface GenerateFlags {
  input?: string;
  profile?: string;
  output: string;
  name: string;
  format: string;
  dryRun?: boolean;
  diff?: boolean;
  heuristics?: boolean;
  entropyThreshold: string;
  minStability: string;
  reviewThreshold: string;
  newIsRisky?: boolean;
  alpha: string;
  minRuns: string;
  wilsonZ: string;
  stabilityMethod: string;
  kind: string;
  strict?: boolean;
  reproducible?: boolean;
  quiet?: boolean;
}

export function configureGenerate(cmd: Command): Command {
  return cmd
    .description('Generate a policy from observed behaviour: one run (-i) or a profile (--profile)')
    .option('-i, --input <file>', 'runtime events or a tool-call trace (JSONL, .json call list, or - for stdin)')
    .option('--profile <file>', 'a profile of many runs (assay profile update)')
    .option('-o, --output <file>', 'where to write the policy', 'policy.yaml')
    .option('--name <name>', 'policy name', 'Generated Policy')
    .option('-f, --format <format>', 'yaml | json', 'yaml')
    .option('--dry-run', 'print the policy on stdout; write nothing')
    .option('--diff', 'print a unified diff against the existing output')
    .option('--heuristics', 'flag risky entries; for tool traces generalise argument patterns and deny command tools')
    .option('--entropy-threshold <bits>', 'path-segment entropy that needs review', '3.8')
    .option('--min-stability <x>', 'profile: stability to allow an entry (0–1)', '0.7')
    .option('--review-threshold <x>', 'profile: stability to list an entry for review (0–1, ≤ min-stability)', '0.6')
    .option('--new-is-risky', 'profile: entries below the thresholds or min-runs go to needs_review')
    .option('--alpha <a>', 'profile: Laplace smoothing α (> 0)', '1.0')
    .option('--min-runs <n>', 'profile: runs an entry needs before it can be allowed', '1')
    .option('--wilson-z <z>', 'profile: z of the Wilson lower bound (> 0)', '1.96')
    .option('--stability-method <m>', 'profile: laplace (share of runs, default) | wilson (lower bound)', 'laplace')
    .option('--kind <kind>', 'auto | runtime | tool (what the input holds; default: told by content)', 'auto')
    .option('--strict', 'bad input lines are fatal')
    .option('--reproducible', 'timestamps from SOURCE_DATE_EPOCH (else 1970)')
    .option('-q, --quiet', 'errors only');
}

export function register(program: Command): void {
  const action = async (flags: GenerateFlags): Promise<void> => {
    process.exitCode = await runGenerate(flags);
  };
  configureGenerate(program.command('generate')).action(action);
  // `assay policy generate` (alias).
  const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
  configureGenerate(policy.command('generate')).action(action);
}

export async function runGenerate(flags: GenerateFlags): Promise<number> {
  try {
    const format = parseFormat(flags.format, ['yaml', 'json']);
    if ((flags.input === undefined) === (flags.profile === undefined)) {
      throw new UsageError('E_INVALID_ARGS', 'give exactly one of --input/-i or --profile', { source: 'cli' });
    }
    const method = flags.stabilityMethod;
    if (method !== 'laplace' && method !== 'wilson') throw new UsageError('E_INVALID_ARGS', `invalid --stability-method "${method}" (allowed: laplace, wilson)`, { source: 'cli' });
    const stability: StabilityOptions = {
      minStability: numberFlag('--min-stability', flags.minStability),
      reviewThreshold: numberFlag('--review-threshold', flags.reviewThreshold),
      newIsRisky: flags.newIsRisky === true,
      alpha: numberFlag('--alpha', flags.alpha),
      minRuns: numberFlag('--min-runs', flags.minRuns),
      wilsonZ: numberFlag('--wilson-z', flags.wilsonZ),
      method,
    };
    const kind = parseKind(flags.kind);
    const entropyThreshold = numberFlag('--entropy-threshold', flags.entropyThreshold);
    checkGenerateOptions({ stability, entropyThreshold });
    const now = commandClock(flags.reproducible);
    let profile: { profile: ReturnType<typeof loadProfile>; display: string } | undefined;
    if (flags.profile !== undefined) {
      const p = fileRef(flags.profile);
      profile = { profile: loadProfile(p.path, p.display), display: p.display };
    }
    const r = await generatePolicy({
      ...(flags.input !== undefined ? { input: traceInput(flags.input) } : {}),
      ...(profile ? { profile } : {}),
      kind,
      name: flags.name,
      format,
      heuristics: flags.heuristics === true,
      entropyThreshold,
      stability,
      strict: flags.strict === true,
      generatedAt: isoSeconds(now),
    });
    printWarnings(r.warnings, flags.quiet);
    if (!flags.quiet) {
      err(`Aggregated ${r.unique} unique from ${r.events} ${r.kind === 'runtime' ? 'events' : 'calls'}`);
      err(`Policy: ${r.allow} allow, ${r.needs_review} needs_review, ${r.deny} deny`);
    }
    const out = fileRef(flags.output);
    if (flags.diff) {
      const before = existsSync(out.path) ? readFileSync(out.path, 'utf8') : '';
      const d = unifiedDiff(before, r.text, { fromFile: `a/${out.display}`, toFile: `b/${out.display}` });
      if (d) process.stdout.write(d);
      else if (!flags.quiet) err(`No changes to ${out.display}`);
    }
    if (flags.dryRun) {
      if (!flags.diff) emitArtefact(r.text);
      return 0;
    }
    writeOutput(out.path, out.display, r.text);
    if (!flags.quiet) err(`Wrote ${out.display}`);
    return 0;
  } catch (e) {
    return reportError(e);
  }
}
