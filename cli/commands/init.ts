// `assay init`: starter eval config, v2 policy, example trace; optional CI and .gitignore.
import { join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { AssayError, UsageError, formatDiagnostic } from '../../src/core/errors.js';
import { PRESETS, applyInitPlan, describeProject, planInit, type InitOptions, type InitPlan } from '../../src/core/init/index.js';
import { err, jsonText, reportError } from '../output.js';

export interface InitCliOptions {
  config?: string;
  ci?: string | boolean;
  gitignore?: boolean;
  preset?: string;
  pack?: string;
  listPresets?: boolean;
  listPacks?: boolean;
  fromTrace?: string;
  heuristics?: boolean;
  helloTrace?: boolean;
  force?: boolean;
  dir?: string;
  format?: string;
  actionRef?: string;
}

export function register(program: Command): void {
  program
    .command('init')
    .description('Create a starter eval config, a v2 policy and an example trace (existing files are kept)')
    .option('--config <path>', 'eval config to create, relative to --dir', 'eval.yaml')
    .option('--ci [provider]', 'also write a CI workflow: github | gitlab (default: from the project)')
    .option('--action-ref <ref>', 'with --ci github: the Assay action to run, pinned to a commit (OWNER/REPO@<40-hex sha>)')
    .option('--gitignore', 'add .assay/reports/, .eval/ and *.db to .gitignore')
    .option('--preset <name>', 'starter policy: default | hardened | dev')
    .option('--pack <name>', 'alias of --preset')
    .option('--list-presets', 'list the presets and exit')
    .option('--list-packs', 'alias of --list-presets')
    .option('--from-trace <file>', 'runtime events (JSONL) to derive a runtime policy from')
    .option('--heuristics', 'with --from-trace: flag risky entries (entropy, hashes, sensitive ports)')
    .option('--hello-trace', 'hello-world smoke config plus traces/hello.jsonl')
    .option('--force', 'overwrite existing files (.gitignore is only ever appended to)')
    .option('--dir <path>', 'project directory', '.')
    .option('--format <format>', 'text | json', 'text')
    .action((opts: InitCliOptions) => {
      process.exitCode = runInit(opts);
    });
}

function posixPath(p: string): string {
  return sep === '\\' ? p.replace(/\\/g, '/') : p;
}

/** SOURCE_DATE_EPOCH (integer seconds) in reproducible mode, else the wall clock. */
function clock(): Date {
  const sde = process.env.SOURCE_DATE_EPOCH;
  if (sde !== undefined && /^\d+$/.test(sde)) return new Date(Number(sde) * 1000);
  return new Date();
}

export function runInit(opts: InitCliOptions, cwd: string = process.cwd()): number {
  const json = opts.format === 'json';
  try {
    if (opts.format !== undefined && opts.format !== 'text' && opts.format !== 'json') {
      throw new UsageError('E_INVALID_ARGS', `unknown --format "${opts.format}" (allowed: text, json)`, { source: 'cli' });
    }
    if (opts.preset !== undefined && opts.pack !== undefined && opts.preset !== opts.pack) {
      throw new UsageError('E_INVALID_ARGS', '--pack is an alias of --preset; give only one', { source: 'cli' });
    }
    if (opts.listPresets || opts.listPacks) return listPresets(json);

    const dirGiven = opts.dir ?? '.';
    const dirAbs = resolve(cwd, dirGiven);
    // Paths for people: relative to the working directory, POSIX separators.
    const display = (rel: string): string => {
      const shown = posixPath(relative(cwd, join(dirAbs, rel)));
      return shown === '' ? '.' : shown;
    };
    const initOpts: InitOptions = {
      dir: dirAbs,
      config: opts.config ?? 'eval.yaml',
      preset: opts.preset ?? opts.pack ?? 'default',
      gitignore: opts.gitignore === true,
      helloTrace: opts.helloTrace === true,
      heuristics: opts.heuristics === true,
      force: opts.force === true,
      display,
    };
    if (opts.ci !== undefined) initOpts.ci = opts.ci;
    if (opts.actionRef !== undefined) initOpts.actionRef = opts.actionRef;
    if (opts.fromTrace !== undefined) {
      initOpts.fromTrace = resolve(cwd, opts.fromTrace);
      initOpts.fromTraceName = opts.fromTrace;
      initOpts.now = clock();
    }

    const plan = planInit(initOpts);
    for (const w of plan.warnings.slice(0, 20)) err(formatDiagnostic(w));
    if (plan.warnings.length > 20) err(`… and ${plan.warnings.length - 20} more skipped line(s)`);
    const result = applyInitPlan({ dir: dirAbs, display }, plan);

    const message = result.created.length === 0 ? 'Nothing created: every file already exists (use --force to overwrite).' : undefined;
    if (json) {
      process.stdout.write(
        jsonText({
          schema: 'assay.init_report.v1',
          schema_version: 1,
          exit_code: 0,
          reason_code: '',
          created: result.created,
          skipped: result.skipped,
          ...(message !== undefined ? { message } : {}),
          next_step: plan.next,
          project: projectJson(plan),
        }),
      );
      return 0;
    }
    for (const h of plan.hints) err(h);
    for (const f of plan.files) {
      const shown = display(f.path);
      const note = f.note !== undefined ? ` (${f.note})` : '';
      if (f.action === 'skip') err(`Skipped ${shown} (exists)`);
      else if (f.action === 'append') err(`Updated ${shown}${note}`);
      else if (f.action === 'overwrite') err(`Overwrote ${shown}${note}`);
      else err(`Created ${shown}${note}`);
    }
    if (message !== undefined) err(message);
    for (const w of plan.wrapCommands) err(`Wrap ${w.server}: ${w.command}`);
    if (plan.tracePath !== undefined && opts.fromTrace === undefined) {
      // run/ci find eval.yaml and the policy beside it, and the traces in traces/ (docs/getting-started.md).
      err('Gate (config + policy over traces/*.jsonl): assay ci');
    }
    err(`   Next: ${plan.next}`);
    return 0;
  } catch (e) {
    // Diagnostics to stderr; in JSON mode the command's own report carries the failure.
    const exit = reportError(e);
    if (json) {
      const ae = e instanceof AssayError ? e : undefined;
      process.stdout.write(
        jsonText({
          schema: 'assay.init_report.v1',
          schema_version: 1,
          exit_code: exit,
          reason_code: ae?.reasonCode ?? 'E_INTERNAL',
          created: [],
          skipped: [],
          message: e instanceof Error ? e.message : String(e),
          next_step: ae?.nextStep ?? 'Report a bug with run.json and the log',
        }),
      );
    }
    return exit;
  }
}

/** What was detected, for `--format json` (the text output has the `Detected:` line). */
function projectJson(plan: InitPlan): Record<string, unknown> {
  const p = plan.project;
  return {
    kind: p.kind,
    summary: describeProject(p),
    languages: p.languages,
    ci: p.ci,
    mcp_clients: p.mcpClients.map((c) => ({ file: c.file, servers: c.servers.map((s) => ({ name: s.name, wrappable: s.command !== undefined })) })),
    mcp_server: p.mcpServer ? { language: p.mcpServer.language, evidence: p.mcpServer.evidence, tools: p.mcpServer.tools } : null,
    wrap_commands: plan.wrapCommands,
  };
}

function listPresets(json: boolean): number {
  if (json) {
    process.stdout.write(
      jsonText({
        schema: 'assay.init_report.v1',
        schema_version: 1,
        exit_code: 0,
        reason_code: '',
        created: [],
        skipped: [],
        next_step: 'assay init --preset hardened',
        presets: PRESETS.map((p) => ({ name: p.name, description: p.description })),
      }),
    );
    return 0;
  }
  const width = Math.max(...PRESETS.map((p) => p.name.length));
  // The list is what the command was asked to print: stdout.
  for (const p of PRESETS) process.stdout.write(`${p.name.padEnd(width)}  ${p.description}\n`);
  return 0;
}
