// `assay validate`: static check of a policy or eval config, optionally against a trace.
import type { Command } from 'commander';
import { validate, type ValidateResult } from '../../src/core/gate/validate.js';
import { buildSarif } from '../../src/core/report/sarif.js';
import { buildJunit } from '../../src/core/report/junit.js';
import { finalizeFindings, type Finding } from '../../src/core/report/finding.js';
import { configFindingDrafts } from '../../src/core/gate/policy-run.js';
import { fillNextStep, isWarningCode, REASON_CODE_VERSION, shellCommand, WARNING_CODES, type ReasonCode } from '../../src/core/outcome/reason-codes.js';
import { VERSION } from '../../src/core/version.js';
import { UsageError } from '../../src/core/errors.js';
import { emitArtefact, err, reportError, useColor } from '../output.js';
import { fileRef } from '../paths.js';
import { formatValidateText } from '../render/validate-text.js';
import { parseFormat } from '../options.js';
import { countSeverities, diagnosticsJson, jsonDiagnosticKey, type JsonDiagnostic } from '../render/diagnostics-json.js';
import { FindingsSink } from '../../src/core/report/findings-sink.js';
import { prettyAt, SyncWriter, writeDocWithStreamedArray } from '../../src/core/report/json-stream.js';
import { validateEvalHook } from '../eval-hook.js';
import { discoverProject, discoverTraces, searchedText, shownPath } from '../discover.js';
import { expandTraceArgs } from '../trace-args.js';
import { LENIENT_HELP, lenientFlag } from '../lenient.js';
import { spoolChunkChars } from '../spool-env.js';

interface ValidateFlags {
  config?: string;
  traceFile?: string[];
  policy?: string;
  baseline?: string;
  replayStrict?: boolean;
  strict?: boolean;
  denyDeprecations?: boolean;
  lenient?: boolean;
  format: string;
  output?: string;
  category: string;
  color?: boolean;
  maxConsoleFindings?: string;
}

export function register(program: Command): void {
  addValidateOptions(
    program.command('validate').description('Check a policy or eval config (and a trace against it) without running the gate'),
  ).action(async (positional: string | undefined, flags: ValidateFlags) => {
    process.exitCode = await runValidate(positional, flags);
  });
  // `assay policy validate --input P` (alias; the registry's next steps use it).
  const policy = program.commands.find((c) => c.name() === 'policy') ?? program.command('policy').description('Policy commands');
  addValidateOptions(policy.command('validate').description('Validate a policy (alias of assay validate --policy)'))
    .option('-i, --input <file>', 'policy file')
    .action(async (positional: string | undefined, flags: ValidateFlags & { input?: string }) => {
      process.exitCode = await runValidate(undefined, { ...flags, policy: flags.input ?? flags.policy ?? positional });
    });
}

function addValidateOptions(cmd: Command): Command {
  return cmd
    .argument('[CONFIG]', 'policy or eval config (same as --config)')
    .option('-c, --config <file>', 'policy or eval config; told apart by content')
    .option('-t, --trace-file <file...>', 'trace file(s) (JSONL, or a .json call list)')
    .option('-p, --policy <file>', 'policy file')
    .option('--baseline <file>', 'eval baseline to check')
    .option('--replay-strict', 'judge/embedding values must be in the trace')
    .option('--strict', 'bad trace lines are errors')
    .option('--deny-deprecations', 'legacy forms are errors')
    .option('--lenient', LENIENT_HELP)
    .option('-f, --format <format>', 'text | json | sarif | junit', 'text')
    .option('-o, --output <file>', 'write the document here instead of stdout')
    .option('--category <name>', 'SARIF category', 'assay')
    .option('--max-console-findings <n>', 'locations shown per finding group on stderr', '20')
    .option('--no-color', 'no colour on stderr');
}

async function runValidate(positional: string | undefined, flags: ValidateFlags): Promise<number> {
  const format = parseFormat(flags.format, ['text', 'json', 'sarif', 'junit']);
  const json = format === 'json';
  try {
    if (positional && flags.config) {
      throw usage('CONFIG and --config are exclusive');
    }
    let configGiven = positional ?? flags.config;
    let policyGiven = flags.policy;
    let traceGiven = flags.traceFile;
    if (!configGiven && !policyGiven) {
      // Nothing named: the project's files, found the way every command finds them.
      const cwd = process.cwd();
      const project = discoverProject(cwd);
      if (project?.config) configGiven = shownPath(project.config, cwd);
      if (project?.policy && !project.configIsPolicy) policyGiven = shownPath(project.policy, cwd);
      if (!configGiven && !policyGiven) throw usage(`nothing to validate: give --config <policy or eval config> or --policy <policy> (${searchedText(cwd)})`);
      if (!traceGiven?.length) {
        const found = discoverTraces(cwd, project);
        if (found.length) traceGiven = found;
      }
      err(`note: validating ${[configGiven, policyGiven, ...(traceGiven ?? [])].filter((x) => x !== undefined).join(', ')}`);
    }
    const denyDeprecations = flags.denyDeprecations || process.env.ASSAY_STRICT_DEPRECATIONS === '1';
    const maxConsole = parseMaxConsole(flags.maxConsoleFindings);
    const fix = { diagnostic: (d: { code: string; file?: string }) => fixSteps(d.code, d.file), finding: (f: Finding) => fixSteps(f.rule_id) };
    // Findings flow through a sink (bounded memory); --format json spools them in its diagnostics order.
    const sink = new FindingsSink({
      consolePerGroup: maxConsole,
      // Only SARIF is fed from the kept top-K; the other formats need a few (the next step's test id).
      ...(format === 'sarif' ? {} : { topK: 1000 }),
      ...(json
        ? {
            spool: {
              key: (f: Finding) => jsonDiagnosticKey(diagnosticsJson([], [f], fix)[0]!),
              text: (f: Finding) => prettyAt(diagnosticsJson([], [f], fix)[0]!, 2),
              // One rendered record gives both (the key and the text must not build it twice per finding).
              entry: (f: Finding) => {
                const d = diagnosticsJson([], [f], fix)[0]!;
                return [jsonDiagnosticKey(d), prettyAt(d, 2)] as const;
              },
              ...(spoolChunkChars() !== undefined ? { chunkChars: spoolChunkChars() } : {}),
            },
          }
        : {}),
    });
    const result = await validate({
      sink,
      ...(configGiven ? { config: fileRef(configGiven) } : {}),
      ...(policyGiven ? { policy: fileRef(policyGiven) } : {}),
      traces: expandTraceArgs(traceGiven),
      strict: flags.strict ?? false,
      denyDeprecations,
      lenient: lenientFlag(flags),
      validateEval: validateEvalHook({ replayStrict: flags.replayStrict ?? false, denyDeprecations, lenient: lenientFlag(flags), baseline: flags.baseline }),
    });
    const nextStep = result.exitCode
      ? fillNextStep(result.reasonCode as ReasonCode, {
          'config.yaml': result.configFile ?? result.policyFile,
          'policy.yaml': result.policyFile ?? result.configFile,
          'trace.jsonl': traceGiven?.[0],
          'test-id': result.findings.find((f) => f.test_id)?.test_id,
        })
      : undefined;
    // Diagnostics always go to stderr; stdout carries only the requested document.
    err(formatValidateText(result, { color: useColor(flags.color === false), nextStep }));
    // Every finding is in the sink's spool (result.findings holds only its top-K): the report is streamed.
    if (format === 'json') writeValidateReport(result, { ...flags, ...(traceGiven ? { traceFile: traceGiven } : {}) }, nextStep, sink, fix);
    else {
      sink.dispose();
      if (format === 'sarif') {
        const findings = allFindings(result);
        // The omitted count covers every finding, not only the kept top-K.
        const totalFindings = findings.length - result.findings.length + sink.total;
        const sarif = buildSarif({ version: VERSION, runs: [{ category: flags.category, kind: 'validate', findings, totalFindings, exitCode: result.exitCode }] });
        emitArtefact(sarif.bytes, flags.output);
        if (sarif.omitted) err(`warning W_SARIF_TRUNCATED: ${sarif.omitted} results omitted to fit GitHub code scanning limits`);
      } else if (format === 'junit') {
        emitArtefact(buildJunit({ configSuites: [], policySuites: result.policySuites }), flags.output);
      }
    }
    return result.exitCode;
  } catch (e) {
    return reportError(e, { json });
  }
}

function parseMaxConsole(v: string | undefined): number {
  if (v === undefined) return 20;
  if (!/^\d+$/.test(v)) throw usage(`--max-console-findings must be a whole number, got "${v}"`);
  return Number(v);
}

/** The JSON report streamed: diagnostics and every finding, merged in one sorted spool (never one string). */
function writeValidateReport(
  r: ValidateResult,
  flags: ValidateFlags,
  nextStep: string | undefined,
  sink: FindingsSink,
  fix: { diagnostic(d: { code: string }): string[]; finding(f: Finding): string[] },
): void {
  const plain: JsonDiagnostic[] = diagnosticsJson(r.diagnostics, [], fix);
  for (const d of plain) sink.spoolRecord(jsonDiagnosticKey(d), prettyAt(d, 2));
  const doc = validateReport({ ...r, findings: [] }, flags, nextStep) as Record<string, unknown>;
  const c = countSeverities(plain);
  const summary = doc.summary as Record<string, unknown>;
  summary.diagnostic_count = plain.length + sink.total;
  summary.error_count = c.error_count + sink.counts.error;
  summary.warn_count = c.warn_count + sink.counts.warning;
  summary.note_count = c.note_count + sink.counts.note;
  const w = new SyncWriter(flags.output ?? 1, flags.output ?? 'stdout');
  try {
    writeDocWithStreamedArray(w, doc, 'diagnostics', sink.spooledBytes());
  } finally {
    w.close();
    sink.dispose();
  }
}

function usage(message: string): UsageError {
  return new UsageError('E_INVALID_ARGS', message, { source: 'cli' });
}

/** Findings plus every diagnostic as a `config/<CODE>` finding (SARIF of validate). */
function allFindings(r: ValidateResult): Finding[] {
  const diag = r.diagnostics.map((d) => ({ ...d, severity: d.severity }));
  const configDrafts = configFindingDrafts(diag.filter((d) => d.severity !== 'error')).concat(
    diag
      .filter((d) => d.severity === 'error')
      .map((d) => ({
        rule_id: `config/${d.code}`,
        level: 'error' as const,
        source: 'config' as const,
        message: d.message,
        location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
        subject: d.file ?? '',
        detail: `${d.code}|${d.message}`,
      })),
  );
  return [...finalizeFindings(configDrafts), ...r.findings];
}

function validateReport(r: ValidateResult, flags: ValidateFlags, nextStep: string | undefined): unknown {
  const diags = diagnosticsJson(r.diagnostics, r.findings, { diagnostic: (d) => fixSteps(d.code, d.file), finding: (f) => fixSteps(f.rule_id) });
  const counts = countSeverities(diags);
  return {
    schema: 'assay.validate_report.v1',
    schema_version: 1,
    ok: r.exitCode === 0,
    exit_code: r.exitCode,
    reason_code_version: REASON_CODE_VERSION,
    reason_code: r.reasonCode,
    ...(nextStep ? { next_step: nextStep } : {}),
    tool: { name: 'assay', version: VERSION },
    command: {
      name: 'validate',
      args: process.argv.slice(2),
      config_file: r.configFile ?? null,
      trace_file: flags.traceFile?.[0] ?? null,
      baseline_file: flags.baseline ?? null,
      policy_file: r.policyFile ?? null,
    },
    diagnostics: diags,
    suggested_actions: nextStep ? [nextStep] : [],
    suggested_patches: [],
    summary: {
      diagnostic_count: diags.length,
      ...counts,
      replay_strict: flags.replayStrict ?? false,
      ...(r.stats ? { trace: { episodes: r.stats.episodes, records: r.stats.records, calls: r.stats.calls, skipped_lines: r.stats.skipped_lines, ignored_lines: r.stats.ignored_lines } } : {}),
    },
  };
}

export function fixSteps(code: string, file?: string): string[] {
  const c = code.replace(/^[a-z]+\//, '');
  switch (c) {
    case 'E_TOOL_DENIED':
      return ['Remove the call from the agent, or change the deny pattern in the policy'];
    case 'E_TOOL_NOT_ALLOWED':
      return ['Add the tool to the allow list, or stop the agent from calling it'];
    case 'E_ARG_SCHEMA':
      return ['Fix the arguments the agent sends, or widen the constraint/schema for this tool'];
    case 'E_SEQUENCE_VIOLATION':
      return ['Reorder the agent\'s calls to satisfy the sequence rule, or change the rule'];
    case 'E_TOOL_UNCONSTRAINED':
      return ['Add a schema or constraint for this tool, or set enforcement.unconstrained_tools'];
    case 'E_RATE_LIMIT':
      return ['Reduce the number of calls per episode, or raise the limit'];
    case 'W_TRACE_SKIPPED_LINE':
      return ['Fix or remove the malformed line; --strict makes such lines fatal'];
    case 'W_POLICY_LEGACY':
      return [file ? `Run: ${shellCommand(['assay', 'migrate', '--policy', file])}` : 'Run: assay migrate'];
    default:
      return isWarningCode(c) ? [WARNING_CODES[c].nextStep] : [];
  }
}
