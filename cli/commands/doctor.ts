// `assay doctor`: validate plus the environment, with a fix for each common mistake; `--fix`
// applies the mechanical ones (key typos, missing directories) after a preview or a confirmation.
import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import { UsageError, type Diagnostic } from '../../src/core/errors.js';
import { applyFixes, runDoctor, type DoctorOptions, type DoctorResult } from '../../src/core/doctor/index.js';
import { discoverProject, discoverTraces, shownPath } from '../discover.js';
import { unifiedDiff } from '../../src/core/migrate/diff.js';
import { fillNextStep, REASON_CODE_VERSION, shellCommand, type ReasonCode } from '../../src/core/outcome/reason-codes.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import { VERSION } from '../../src/core/version.js';
import { emitArtefact, err, jsonText, reportError, useColor } from '../output.js';
import { fileRef } from '../paths.js';
import { parseFormat } from '../options.js';
import { paint } from '../render/color.js';
import { formatValidateText } from '../render/validate-text.js';
import { fixSteps } from './validate.js';
import { writeOutput } from '../command-helpers.js';
import { countSeverities, diagnosticsJson } from '../render/diagnostics-json.js';
import { expandTraceArgs } from '../trace-args.js';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';
import { runRunnerDoctor, type RunnerDoctorFlags } from './doctor-runner.js';

interface DoctorFlags {
  config?: string;
  traceFile?: string[];
  policy?: string;
  baseline?: string;
  replayStrict?: boolean;
  strict?: boolean;
  denyDeprecations?: boolean;
  lenient?: boolean;
  format: string;
  out?: string;
  outDir: string;
  cacheDir?: string;
  fix?: boolean;
  dryRun?: boolean;
  yes?: boolean;
  color?: boolean;
}

export function register(program: Command): void {
  program
    .command('doctor')
    .description('Check the setup: Node, config, policy, trace, reports and cache; --fix repairs common mistakes')
    .option('-c, --config <file>', 'policy or eval config (default: eval.yaml, assay.yaml, mcp-eval.yaml)')
    .option('-t, --trace-file <file...>', 'trace file(s)')
    .option('-p, --policy <file>', 'policy file')
    .option('--baseline <file>', 'eval baseline to check')
    .option('--replay-strict', 'judge/embedding values must be in the trace')
    .option('--strict', 'bad trace lines are errors')
    .option('--deny-deprecations', 'legacy forms are errors')
    .option('--lenient', LENIENT_HELP)
    .option('-f, --format <format>', 'text | json', 'text')
    .option('--out <file>', 'write the report here (JSON: instead of stdout)')
    .option('--out-dir <dir>', 'reports directory to check', '.assay/reports')
    .option('--cache-dir <dir>', 'eval cache directory (env ASSAY_CACHE_DIR; default .assay/cache)')
    .option('--fix', 'apply the fixes found (unknown-key typos, missing directories)')
    .option('--dry-run', 'with --fix: show the changes as a unified diff, change nothing')
    .option('--yes', 'with --fix: do not ask for confirmation')
    .option('--no-color', 'no colour on stderr')
    .option('--runner', "check this runner's kernel instead: Landlock, seccomp, ptrace, namespaces, cgroup v2, BPF, BTF, the native helper")
    .option('--require <feature>', 'with --runner: exit 2 with the reason unless the feature works (sandbox)')
    .option('--native-helper <path>', 'with --runner: the assay-native binary to check')
    .action(async (flags: DoctorFlags & RunnerDoctorFlags) => {
      if (flags.runner || flags.require !== undefined) {
        process.exitCode = await runRunnerDoctor(flags);
        return;
      }
      process.exitCode = await runDoctorCommand(flags);
    });
}

function options(flags: DoctorFlags): DoctorOptions {
  const denyDeprecations = flags.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
  let configGiven = flags.config;
  let policyGiven = flags.policy;
  let traces = flags.traceFile ?? [];
  let found = false;
  if (!configGiven && !policyGiven) {
    // The project's files, found the way every command finds them.
    const cwd = process.cwd();
    const project = discoverProject(cwd);
    if (project?.config) {
      configGiven = shownPath(project.config, cwd);
      found = true;
    }
    if (project?.policy && !project.configIsPolicy) policyGiven = shownPath(project.policy, cwd);
    if (!traces.length && project) traces = discoverTraces(cwd, project);
  }
  return {
    ...(configGiven ? { config: fileRef(configGiven), configFound: found } : {}),
    ...(policyGiven ? { policy: fileRef(policyGiven) } : {}),
    traces: expandTraceArgs(traces),
    ...(flags.baseline ? { baseline: fileRef(flags.baseline) } : {}),
    replayStrict: flags.replayStrict === true,
    strict: flags.strict === true,
    denyDeprecations,
    lenient: lenientFlag(flags),
    nodeVersion: process.versions.node,
    reportsDir: fileRef(flags.outDir),
    cacheDir: fileRef(flags.cacheDir ?? process.env.ASSAY_CACHE_DIR ?? '.assay/cache'),
  };
}

function nextStepOf(r: DoctorResult, o: DoctorOptions): string | undefined {
  if (!r.exitCode || r.reasonCode === '') return undefined;
  return fillNextStep(r.reasonCode as ReasonCode, {
    'config.yaml': o.config?.display,
    'policy.yaml': o.policy?.display ?? o.config?.display,
    'trace.jsonl': o.traces[0]?.display,
    path: o.reportsDir.display,
  });
}

const ICON: Record<string, string> = { ok: '✔', warn: '⚠', error: '✖', skipped: '○' };

function text(r: DoctorResult, color: boolean, nextStep: string | undefined): string {
  const c = paint(color);
  const out = ['Assay doctor'];
  for (const k of r.checks) {
    const line = `${ICON[k.status]} ${safeBounded(k.message)}`;
    out.push(k.status === 'error' ? c.red(line) : k.status === 'warn' ? c.yellow(line) : k.status === 'ok' ? c.green(line) : c.dim(line));
    if (k.fix && k.status !== 'ok') out.push(c.dim(`    Fix: ${k.fix}`));
  }
  out.push('');
  out.push(formatValidateText({ ...r.validate, diagnostics: r.diagnostics, exitCode: r.exitCode === 3 ? 2 : r.exitCode, reasonCode: r.reasonCode }, { color, ...(nextStep ? { nextStep } : {}) }));
  if (r.fixes.length) out.push(`${r.fixes.length} fix(es) available: run assay doctor --fix --dry-run to preview, --fix to apply`);
  return out.join('\n');
}


const DOCTOR_FIXES: Record<string, string> = {
  W_NODE_VERSION: 'Install Node.js 20.19 or later (nvm install 20)',
  W_TRACE_FUNCTION_CALL: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}]',
  W_EVAL_CACHE_MISS: 'Record the value once, then commit .assay/cache. Run: assay run --record --judge openai --embedder openai',
  E_REPLAY_STRICT_MISSING: 'Precompute the values into the trace (meta.assay.judge / meta.assay.embeddings), or drop --replay-strict',
  E_IO_ERROR: 'Make the reports directory writable, or pass --out-dir',
  W_POLICY_EMPTY_ALLOW: 'Add the tools the agent may call to tools.allow, or remove the empty list',
  W_POLICY_LITERAL_STAR: 'Use stars only at the start or end of a pattern; an inner * matches only a literal *',
};

/** One fix per mistake: a planned key rename at this position, else the code's standard fix. */
function fixesFor(d: Diagnostic, r: DoctorResult): string[] {
  for (const f of r.fixes) {
    for (const k of f.renames ?? []) {
      if (k.file === d.file && k.line === d.line) return [`Rename "${k.from}" to "${k.to}": assay doctor --fix`];
    }
  }
  if (d.code === 'W_CFG_REF_DEPRECATED') return [d.file ? `Run: ${shellCommand(['assay', 'migrate', '--config', d.file])}` : 'Run: assay migrate'];
  const own = DOCTOR_FIXES[d.code];
  return own ? [own] : fixSteps(d.code, d.file);
}
function report(r: DoctorResult, o: DoctorOptions, flags: DoctorFlags, nextStep: string | undefined): unknown {
  const diags = diagnosticsJson(r.diagnostics, r.validate.findings, { diagnostic: (d) => fixesFor(d, r), finding: (f) => fixSteps(f.rule_id) });
  return {
    schema: 'assay.doctor_report.v1',
    schema_version: 1,
    ok: r.exitCode === 0,
    exit_code: r.exitCode,
    reason_code_version: REASON_CODE_VERSION,
    reason_code: r.reasonCode,
    ...(nextStep ? { next_step: nextStep } : {}),
    tool: { name: 'assay', version: VERSION },
    command: {
      name: 'doctor',
      args: process.argv.slice(2),
      config_file: o.config?.display ?? null,
      trace_file: o.traces[0]?.display ?? null,
      baseline_file: o.baseline?.display ?? null,
      policy_file: o.policy?.display ?? null,
    },
    environment: { node_version: r.summaries.node.version, node_ok: r.summaries.node.ok, node_required: r.summaries.node.required },
    policy_check: r.policyCheck,
    checks: r.checks,
    config: r.summaries.config,
    policy: r.summaries.policy,
    trace: r.summaries.trace,
    baseline: r.summaries.baseline,
    reports_dir: r.summaries.reports_dir,
    cache: r.summaries.cache,
    missing_values: r.missing,
    diagnostics: diags,
    suggested_actions: [...(nextStep ? [nextStep] : []), ...r.suggestedActions.filter((a) => a !== nextStep)],
    suggested_patches: r.fixes.map((f) => ({
      file: f.display,
      kind: f.kind,
      description: f.description,
      ...(f.before !== undefined && f.after !== undefined ? { diff: unifiedDiff(f.before, f.after, { fromFile: `a/${f.display}`, toFile: `b/${f.display}` }) } : {}),
    })),
    summary: {
      diagnostic_count: diags.length,
      ...countSeverities(diags),
      replay_strict: flags.replayStrict === true,
    },
  };
}

async function confirm(question: string): Promise<boolean> {
  if (!process.stdin.isTTY) return false;
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await rl.question(question)).trim());
  } finally {
    rl.close();
  }
}

async function runDoctorCommand(flags: DoctorFlags): Promise<number> {
  let json = false;
  try {
    const format = parseFormat(flags.format, ['text', 'json']);
    json = format === 'json';
    if (flags.fix && json) throw new UsageError('E_INVALID_ARGS', '--fix cannot be combined with --format json', { source: 'cli' });
    if (!flags.fix && (flags.yes || flags.dryRun)) throw new UsageError('E_INVALID_ARGS', `${flags.yes ? '--yes' : '--dry-run'} needs --fix`, { source: 'cli' });
    const color = useColor(flags.color === false);
    const o = options(flags);
    let r = await runDoctor(o);
    if (flags.fix) {
      if (!r.fixes.length) err('Nothing to fix.');
      else if (flags.dryRun) {
        for (const f of r.fixes) {
          if (f.before !== undefined && f.after !== undefined) emitArtefact(unifiedDiff(f.before, f.after, { fromFile: `a/${f.display}`, toFile: `b/${f.display}` }));
          else err(`Would ${f.description}`);
        }
      } else if (flags.yes || (await confirm(`Apply ${r.fixes.length} fix(es)? [y/N] `))) {
        for (const line of applyFixes(r.fixes)) err(line);
        r = await runDoctor(o);
      } else {
        err(`Not applied: ${r.fixes.length} fix(es) (no confirmation; pass --yes to apply without asking).`);
      }
    }
    const nextStep = nextStepOf(r, o);
    if (json) {
      const doc = jsonText(report(r, o, flags, nextStep));
      if (flags.out) {
        const f = fileRef(flags.out);
        writeOutput(f.path, f.display, doc);
      } else emitArtefact(doc);
    } else {
      const t = text(r, color, nextStep);
      err(t);
      if (flags.out) {
        const f = fileRef(flags.out);
        writeOutput(f.path, f.display, text(r, false, nextStep) + '\n');
      }
    }
    return r.exitCode;
  } catch (e) {
    return reportError(e, { json });
  }
}
