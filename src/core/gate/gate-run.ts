// The CI gate of `run` and `ci`: load → evaluate → findings → outcome, returned as a
// GateReport plus everything the report writers need. Pre-run failures come back as a report with
// `completed: false` (minimal run.json, failure summary.json), never as a thrown error.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { AssayError, UsageError, type Diagnostic } from '../errors.js';
import { exitCodeFor, fillNextStep, type ReasonCode } from '../outcome/reason-codes.js';
import { type FailOn, type Finding, type FindingDraft } from '../report/finding.js';
import { FindingsSink, RUN_JSON_SPOOL } from '../report/findings-sink.js';
import type { GateReport, ReportInputs, ResultRow } from '../report/gate-report.js';
import type { JunitConfigSuite, JunitPolicySuite } from '../report/junit.js';
import { diffSink, readFindingsBaseline, type DiffResult } from '../report/findings-baseline.js';
import type { TraceEntry, TraceStats } from '../trace/index.js';
import { VERSION } from '../version.js';
import { MAX_CONFIG_BYTES, readConfigFile, type ConfigFile } from './config-kind.js';
import { configFindingDrafts, DiagnosticSampler, gateTraces, policySuitesOf, loadPolicy, type LoadedPolicyRef, type PolicyTraceRun, type TraceRef } from './policy-run.js';
import type { FileRef } from './validate.js';
import { decodeUtf8Strict, findUtf8Problem } from '../util/read-text.js';

/** What an eval config contributes to a gate run (plugs the eval engine in here). */
export interface EvalPlugin {
  /** Load the config; throws ConfigError on any load error. */
  load(config: ConfigFile): EvalSession;
}

export interface EvalSession {
  suite: string;
  orderSeed: string;
  /** Warnings from loading (deprecations, vacuous tests). */
  warnings: Diagnostic[];
  /** Called for every completed trace entry; returns the id of the test bound to it, if any. */
  onEntry(entry: TraceEntry): string | undefined;
  /** Evaluate every test once the traces are read; `traced` = a trace was read (else stub responses). */
  finish(info: { traced: boolean }): Promise<EvalOutcome>;
  /** Does the config need a trace (`model: trace`)? */
  needsTrace: boolean;
}

export interface EvalOutcome {
  rows: ResultRow[];
  drafts: FindingDraft[];
  configSuite: JunitConfigSuite;
  /** Exit/reason/message from the eval rows (test failures, errors, judge abstentions, baseline regressions), or null when the rows pass. */
  verdict: { exitCode: number; reasonCode: ReasonCode; message: string; testId?: string } | null;
  warnings: string[];
  judgeMetrics?: GateReport['judgeMetrics'];
  blockOnWarn: boolean;
  warnRows: number;
  /** Warnings found while evaluating (baseline, stub responses, quarantine): console and run.json. */
  diagnostics?: Diagnostic[];
  /** This run's eval-score baseline, when asked for. */
  baselineText?: string;
  info?: EvalRunInfo;
}

/** What the console shows about an eval run. */
export interface EvalRunInfo {
  configVersion: number;
  seedDerived: boolean;
  tests: number;
  /** Quarantined tests that did not pass: reported, not gating. */
  quarantined: Array<{ test_id: string; status: string; message: string }>;
  /** `W_METRIC_NOT_EXERCISED: …` lines. */
  notExercised: string[];
  /** `--record`: cache files written. */
  recorded?: { judge: number; embedding: number; cacheDir: string };
}

export interface GateRunOptions {
  config?: FileRef;
  policy?: FileRef;
  /** `--baseline` (the eval plugin reads it; here for inputs and provenance). */
  baseline?: FileRef;
  traces: TraceRef[];
  strict?: boolean;
  denyDeprecations?: boolean;
  /** `--lenient`: unknown policy keys are warnings (the eval plugin gets its own flag). */
  lenient?: boolean;
  failOn?: FailOn;
  failOnLabel?: string;
  findingsBaseline?: FileRef;
  gateNewOnly?: boolean;
  redactPrompts?: boolean;
  outDirDisplay: string;
  exitCodes?: 'v1' | 'v2';
  eval?: EvalPlugin;
  /** Monotonic milliseconds, for timings (0 in reproducible mode is the writers' job). */
  now?: () => number;
  runId?: number;
  /** Findings per (level, rule) group kept for the console (`--max-console-findings`, default 20). */
  maxConsoleFindings?: number;
  /** Parent directory of the findings spool (default: the OS temp dir). */
  spoolDir?: string;
  /** Characters the findings spool keeps in memory before writing a sorted run (default 8M). */
  spoolChunkChars?: number;
}

export interface GateRunResult {
  report: GateReport;
  findings: Finding[];
  policySuites: JunitPolicySuite[];
  configSuites: JunitConfigSuite[];
  diff?: DiffResult;
  stats?: TraceStats;
  /** Diagnostics for the console: load warnings and skipped trace lines (all of them). */
  diagnostics: Diagnostic[];
  /** For early failures: the error's diagnostics. */
  errorDiagnostics: Diagnostic[];
  /** This run's eval-score baseline text (when a config ran and one was asked for). */
  evalBaseline?: string;
  eval?: EvalRunInfo;
}

function digestOf(paths: readonly string[]): string | undefined {
  try {
    const h = createHash('sha256');
    for (const p of paths) h.update(readFileSync(p));
    return `sha256:${h.digest('hex')}`;
  } catch {
    return undefined;
  }
}

/** A top-level block key `tests:` or `suite:` (column 0) marks an eval config. */
const EVAL_TOP_KEY = /^(?:tests|suite)[ \t]*:/m;

/**
 * readConfigFile, without its kind-detection parse when the text plainly is an eval config: the eval
 * loader parses it (with positions) anyway, and a large suite's YAML parse dominates the run.
 * Anything else — and every error — goes through readConfigFile.
 */
function readConfig(path: string, display: string): ConfigFile {
  try {
    const st = statSync(path);
    if (st.isFile() && st.size <= MAX_CONFIG_BYTES) {
      const bytes = readFileSync(path);
      // Invalid UTF-8 takes the slow path: readConfigFile refuses it with its position.
      if (!findUtf8Problem(bytes)) {
        const text = decodeUtf8Strict(bytes, display, 'E_CFG_PARSE');
        if (EVAL_TOP_KEY.test(text)) return { kind: 'eval', path, display, text };
      }
    }
  } catch {
    // readConfigFile reports it
  }
  return readConfigFile(path, display);
}

function inputsOf(o: GateRunOptions): ReportInputs {
  return {
    config: o.config?.display ?? null,
    trace_files: o.traces.map((t) => t.display),
    policy: o.policy?.display ?? null,
    baseline: o.baseline?.display ?? null,
    findings_baseline: o.findingsBaseline?.display ?? null,
    out_dir: o.outDirDisplay,
  };
}

function definedValues(v: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, string] => e[1] !== undefined));
}

/** Report for a failure before any verdict: minimal run.json, a failure summary.json. */
export function earlyFailure(e: unknown, o: GateRunOptions, suite = 'policy'): GateRunResult {
  let code: ReasonCode = 'E_INTERNAL';
  let message = e instanceof Error ? e.message : String(e);
  let nextStep = fillNextStep('E_INTERNAL');
  let diags: Diagnostic[] = [{ code, severity: 'error', message }];
  if (e instanceof AssayError) {
    code = e.reasonCode;
    // The error knew only its own file; fill what the run knows (config, policy, trace).
    nextStep = fillNextStep(code, {
      'config.yaml': o.config?.display ?? o.policy?.display,
      'policy.yaml': o.policy?.display ?? o.config?.display,
      'trace.jsonl': o.traces[0]?.display,
      ...definedValues(e.nextStepValues),
    });
    diags = e.diagnostics.length
      ? e.diagnostics
      : [{ code, severity: 'error', message, file: e.context.file, line: e.context.line, col: e.context.col }];
    const first = diags[0];
    if (first?.file && !message.startsWith(first.file)) {
      message = `${first.file}${first.line !== undefined ? `:${first.line}:${first.col ?? 1}` : ''}: ${first.message}`;
    }
  }
  const report: GateReport = {
    exitCode: exitCodeFor(code, o.exitCodes),
    reasonCode: code,
    message,
    nextStep,
    completed: false,
    suite,
    orderSeed: null,
    inputs: inputsOf(o),
    findings: [],
    provenance: { assayVersion: VERSION, verifyMode: 'enabled' },
  };
  return { report, findings: [], policySuites: [], configSuites: [], diagnostics: [], errorDiagnostics: diags };
}

export async function runGate(o: GateRunOptions): Promise<GateRunResult> {
  const now = o.now ?? (() => 0);
  const t0 = now();
  try {
    return await runGateInner(o, now, t0);
  } catch (e) {
    return earlyFailure(e, o);
  }
}

async function runGateInner(o: GateRunOptions, now: () => number, t0: number): Promise<GateRunResult> {
  const diagnostics: Diagnostic[] = [];
  let policyRef = o.policy;
  let policyText: string | undefined;
  let evalSession: EvalSession | undefined;
  let configDigest: string | undefined;

  if (o.config) {
    const cf = readConfig(o.config.path, o.config.display);
    configDigest = digestOf([cf.path]);
    if (cf.kind === 'policy') {
      if (!policyRef) {
        policyRef = o.config;
        policyText = cf.text;
      }
    } else {
      if (!o.eval) throw new AssayError('E_CFG_PARSE', `${o.config.display}: eval configs are not supported by this command`, { source: 'config' });
      evalSession = o.eval.load(cf);
      diagnostics.push(...evalSession.warnings);
    }
  }
  if (!policyRef && !evalSession) {
    throw new AssayError('E_MISSING_CONFIG', 'no config or policy given (use --config <file> or --policy <file>)', { source: 'config' });
  }

  let loaded: LoadedPolicyRef | undefined;
  if (policyRef) {
    loaded = loadPolicy(policyRef.path, policyRef.display, {
      denyDeprecations: o.denyDeprecations,
      lenient: o.lenient,
      ...(policyText !== undefined ? { text: policyText } : {}),
    });
    diagnostics.push(...loaded.warnings);
  }

  const findingsBaseline = o.findingsBaseline ? readFindingsBaseline(o.findingsBaseline.path, o.findingsBaseline.display) : undefined;
  // Every finding flows through one sink: exact counts, bounded samples, the run.json spool (docs/findings.md).
  const sink = new FindingsSink({
    redactPrompts: o.redactPrompts,
    ...(findingsBaseline ? { baseline: findingsBaseline.fingerprints } : {}),
    ...(o.maxConsoleFindings !== undefined ? { consolePerGroup: o.maxConsoleFindings } : {}),
    spool: {
      ...RUN_JSON_SPOOL,
      ...(o.spoolDir !== undefined ? { dir: o.spoolDir } : {}),
      ...(o.spoolChunkChars !== undefined ? { chunkChars: o.spoolChunkChars } : {}),
    },
  });

  if (o.baseline && !evalSession) {
    throw new UsageError('E_INVALID_ARGS', '--baseline compares eval scores and needs an eval config (--config eval.yaml)', { source: 'cli' });
  }
  if (o.traces.length === 0 && evalSession?.needsTrace) {
    throw new UsageError('E_INVALID_ARGS', `${o.config?.display ?? 'config'}: model is "trace", so --trace-file is required`, { source: 'cli' });
  }
  // `--policy P` alone (no config, no trace) loads and validates the policy: its warnings become
  // config/ findings. A policy given as --config needs a trace, found or named.
  const policyAlone = o.policy !== undefined && o.config === undefined;
  if (o.traces.length === 0 && loaded && !policyAlone) {
    throw new AssayError('E_TRACE_NOT_FOUND', 'no trace file given or found (looked at trace.jsonl, traces/*.jsonl, .assay/traces/*.jsonl)', {
      source: 'trace',
      nextStepValues: { 'trace.jsonl': 'trace.jsonl' },
    });
  }

  const tIngest = now();
  let run: PolicyTraceRun | undefined;
  let stats: TraceStats | undefined;
  if (o.traces.length > 0) {
    if (loaded) {
      run = await gateTraces(loaded, o.traces, { strict: o.strict, sink, onEntry: evalSession ? (e) => evalSession!.onEntry(e) : undefined });
      stats = run.stats;
      diagnostics.push(...run.traceDiagnostics);
    } else if (evalSession) {
      const { readTraceInput } = await import('../trace/index.js');
      const traceDiags = new DiagnosticSampler();
      stats = await readTraceInput(
        o.traces.map((t) => ({ path: t.path, displayPath: t.display })),
        { onEntry: (e) => void evalSession!.onEntry(e), onDiagnostic: (d) => traceDiags.add(d) },
        { strict: o.strict ?? false },
      );
      diagnostics.push(...traceDiags.list());
    }
  }
  const tEval = now();
  const evalOutcome = evalSession ? await evalSession.finish({ traced: o.traces.length > 0 }) : undefined;
  if (evalOutcome?.diagnostics) diagnostics.push(...evalOutcome.diagnostics);

  // Gate findings are already in the sink; occurrence numbers are per (rule, subject, detail), and config,
  // test and policy findings never share a rule id, so adding these last fingerprints as before.
  const drafts: FindingDraft[] = [
    ...configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))),
    ...(evalOutcome?.drafts ?? []),
  ];
  for (const d of drafts) sink.add(d);
  const policySuites = run ? policySuitesOf(run, o.traces) : [];
  // In memory: only the kept top-K (SARIF/JUnit and the console's first lines); run.json streams them all.
  const findings = sink.topSorted();
  let diff: DiffResult | undefined;
  if (findingsBaseline) diff = diffSink(sink, findingsBaseline, findings);

  // Outcome: eval rows first, then findings at or above --fail-on, then strict warn rows.
  const failOn = o.failOn ?? 'error';
  // Only policy/config findings count toward --fail-on; test and baseline findings gate through their rows.
  const gateable = findings.filter((f) => f.source === 'policy' || f.source === 'config');
  const gated = sink.countAtOrAbove(failOn, ['policy', 'config'], o.gateNewOnly === true && diff !== undefined);
  let exitCode = 0;
  let reasonCode: ReasonCode | '' = '';
  let message = evalSession ? 'All tests passed' : 'All checks passed';
  let testId: string | undefined;
  if (evalOutcome?.verdict) {
    ({ exitCode, reasonCode, message } = evalOutcome.verdict);
    testId = evalOutcome.verdict.testId;
  } else {
    const parts: string[] = [];
    if (gated > 0) parts.push(`${gated} policy finding(s) at or above fail_on=${o.failOnLabel ?? failOn}`);
    const warnRows = evalOutcome?.warnRows ?? 0;
    if (warnRows > 0 && (o.strict || evalOutcome?.blockOnWarn)) parts.push(`Strict mode: ${warnRows} policy violations`);
    if (parts.length) {
      exitCode = 1;
      reasonCode = 'E_POLICY_VIOLATION';
      message = parts.join('; ');
      testId = gateable.find((f) => f.test_id)?.test_id ?? gateable.find((f) => f.level === 'error')?.entry_key;
      if (gated === 0) testId = evalOutcome?.rows.find((r) => r.status === 'warn')?.test_id;
    }
  }
  const warnings = [
    ...diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`),
    ...(evalOutcome?.warnings ?? []),
  ];
  const traceDigest = o.traces.length ? digestOf(o.traces.map((t) => t.path)) : undefined;
  const policyDigest = policyRef ? digestOf([policyRef.path]) : undefined;
  const baselineDigest = o.baseline && evalSession ? digestOf([o.baseline.path]) : undefined;
  const tEnd = now();
  const report: GateReport = {
    exitCode,
    reasonCode,
    message,
    ...(exitCode !== 0 && reasonCode
      ? {
          nextStep: fillNextStep(reasonCode, {
            'test-id': testId,
            // explain reads <out-dir>/run.json: name the folder when it is not the default.
            'out-dir': o.outDirDisplay !== '.assay/reports' ? o.outDirDisplay : undefined,
            'config.yaml': o.config?.display ?? policyRef?.display,
            'policy.yaml': policyRef?.display,
            'trace.jsonl': o.traces[0]?.display,
          }),
        }
      : {}),
    completed: true,
    suite: evalSession?.suite ?? 'policy',
    ...(evalOutcome ? { results: evalOutcome.rows } : {}),
    orderSeed: evalSession?.orderSeed ?? null,
    inputs: { ...inputsOf(o), policy: policyRef?.display ?? null },
    ...(stats ? { trace: { episodes: stats.episodes, records: stats.records, skipped_lines: stats.skipped_lines, ignored_lines: stats.ignored_lines } } : {}),
    findings,
    findingSet: sink,
    ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
    provenance: {
      assayVersion: VERSION,
      verifyMode: 'enabled',
      ...(traceDigest ? { traceDigest } : {}),
      ...(policyDigest ? { policyDigest } : {}),
      ...(configDigest && evalSession ? { configDigest } : {}),
      ...(baselineDigest ? { baselineDigest } : {}),
    },
    performance: { totalDurationMs: Math.round(tEnd - t0), ingestMs: Math.round(tEval - tIngest), evalMs: Math.round(tEnd - tEval), reportMs: 0 },
    ...(warnings.length ? { warnings } : {}),
    ...(evalOutcome?.judgeMetrics ? { judgeMetrics: evalOutcome.judgeMetrics } : {}),
    ...(o.runId !== undefined ? { runId: o.runId } : {}),
  };
  return {
    report,
    findings,
    policySuites,
    configSuites: evalOutcome ? [evalOutcome.configSuite] : [],
    ...(diff ? { diff } : {}),
    ...(stats ? { stats } : {}),
    diagnostics,
    errorDiagnostics: [],
    ...(evalOutcome?.baselineText !== undefined ? { evalBaseline: evalOutcome.baselineText } : {}),
    ...(evalOutcome?.info ? { eval: evalOutcome.info } : {}),
  };
}
