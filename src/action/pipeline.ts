// The phases of the action's run(), loaded by main.ts after its first log line: inputs
// and context, the verdict through core calls, publishing (each step best effort) with
// every output set and the step failed last. Nothing here decides thresholds, exit codes or report formats
// on its own: core does, this file sequences it.
import * as core from '@actions/core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { earlyFailure, type GateRunOptions } from '../core/gate/gate-run.js';
import { fillNextStep } from '../core/outcome/reason-codes.js';
import { countAtOrAbove, countFindings, sortFindings, type Finding, type FindingCounts } from '../core/report/finding.js';
import { diffFindings, type DiffResult } from '../core/report/findings-baseline.js';
import type { GateReport, ReportInputs } from '../core/report/gate-report.js';
import { VERSION } from '../core/version.js';
import { Annotator, type AnnotationLevel } from './annotations.js';
import { cacheKeyProblem, restoreBaseline, saveBaseline, type BaselineRestore, type CacheClient, type Note } from './baseline.js';
import { Env, HTTP_TIMEOUT_MS, Input, InputDefault, Output, SARIF_POLL_INTERVAL_MS, SARIF_POLL_TIMEOUT_MS, RETRY_BASE_MS } from './constants.js';
import { readContext, type ActionContext } from './context.js';
import { Deadline, deadlineBudgetMs } from './deadline.js';
import { discoverBundles, expandTraces } from './discover.js';
import { coreEvidenceBackend, runEvidence, type EvidenceResult } from './evidence-step.js';
import { runGateStep, type GateStep } from './gate-step.js';
import { uploadReports } from './github/artifact.js';
import { toolkitCache } from './github/cache.js';
import { upsertComment } from './github/comment.js';
import { createRestClient, type RestClient } from './github/rest.js';
import { uploadSarif } from './github/sarif-upload.js';
import { fallbackInputs, readInputs, type ActionInputs, type PathRef } from './inputs.js';
import { reproduceCommands, type PublishModel } from './model.js';
import { buildComment, buildSummary } from './render.js';
import { writeActionReports, type WrittenActionReports } from './reports.js';
import { combineVerdicts, PASS_MESSAGE, type SourceVerdict, type Verdict } from './verdict.js';
import { makeDirs } from '../core/util/make-dirs.js';

/** Everything the verdict phase found out; the publishing phase reads it. */
export interface RunState {
  /** performance.now() at start. */
  t0: number;
  /** The step deadline (docs/action-limits.md): GitHub calls stop at it, outputs are still set. */
  deadline: Deadline;
  /** Record an operational message (logged now, annotated). */
  note: (n: Note) => void;
  cache: CacheClient;
  env: NodeJS.ProcessEnv;
  workspace: string;
  inputs: ActionInputs;
  ctx: ActionContext;
  inputProblems: string[];
  verdicts: SourceVerdict[];
  traces: PathRef[];
  evidence: EvidenceResult;
  gate?: GateStep;
  restore: BaselineRestore;
  diff?: DiffResult;
  gateFindings: Finding[];
  evidenceFindings: Finding[];
  allFindings: Finding[];
  notes: Note[];
  /** run.json warnings added by the action (W_ codes). */
  reportWarnings: string[];
  internalError?: string;
}

function emptyEvidence(): EvidenceResult {
  return { bundles: [], findings: [], lintFindings: [], extras: new Map(), counts: { bundles: 0, verified: 0, failed: 0 }, verdicts: [], junitSuites: [], lintReports: [], warnings: [] };
}

function envInt(env: NodeJS.ProcessEnv, name: string, dflt: number): number {
  const v = env[name];
  return v !== undefined && /^\d+$/.test(v) ? Number(v) : dflt;
}

export function newState(env: NodeJS.ProcessEnv, t0: number): RunState {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd());
  const inputs0 = fallbackInputs(workspace, env);
  const s: RunState = {
    t0,
    deadline: new Deadline(t0, deadlineBudgetMs(env, InputDefault.deadlineSeconds * 1000, Env.DeadlineMs)),
    note: () => undefined,
    cache: toolkitCache(env),
    env,
    workspace,
    inputs: inputs0,
    ctx: readContext(inputs0, workspace, env).ctx,
    inputProblems: [],
    verdicts: [],
    traces: [],
    evidence: emptyEvidence(),
    restore: { source: 'none', notes: [] },
    gateFindings: [],
    evidenceFindings: [],
    allFindings: [],
    notes: [],
    reportWarnings: [],
  };
  s.note = (n: Note): void => {
    s.notes.push(n);
    core.info(n.level === 'info' ? n.message : `${n.level}: ${n.message}`);
  };
  return s;
}

/** inputs (all validated before any work) and context. */
export async function inputsPhase(s: RunState): Promise<void> {
  const { env, workspace, note } = s;
  await core.group('Assay: inputs and context', async () => {
    const parsed = readInputs(workspace, env);
    s.inputs = parsed.inputs;
    s.deadline.set(deadlineBudgetMs(env, s.inputs.deadlineMs, Env.DeadlineMs));
    s.inputProblems.push(...parsed.problems.map((p) => p.message));
    for (const r of parsed.retired) note({ level: r.level, message: r.message });
    const c = readContext(s.inputs, workspace, env);
    s.ctx = c.ctx;
    for (const w of c.warnings) note({ level: 'warning', message: w });
    if (s.inputs.sarif && env[s.ctx.categoryGuardVar]) {
      s.inputProblems.push(`input "${Input.Category}": SARIF category "${s.ctx.category}" was already uploaded by an earlier Assay step in this job; give each step a distinct category`);
    }
    const keyProblem = cacheKeyProblem(s.inputs, s.ctx);
    if (keyProblem) s.inputProblems.push(keyProblem);
    if (s.inputs.token === '') note({ level: 'warning', message: 'input "token" is empty: SARIF upload and the PR comment are skipped' });
    core.info(`event ${s.ctx.eventName || '(none)'}, category ${s.ctx.category}, read_only ${s.ctx.readOnly}, default-branch push ${s.ctx.isDefaultPush}`);
  });
  if (s.inputProblems.length > 0) {
    s.verdicts.push({ source: 'inputs', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: `invalid input: ${s.inputProblems.join('; ')}`, nextStep: fillNextStep('E_INVALID_ARGS') });
  }
}

/** An unexpected exception: exit 3 E_INTERNAL; publishing still runs. */
export function internalError(s: RunState, e: unknown): void {
  s.internalError = e instanceof Error ? (e.stack ?? e.message) : String(e);
  core.info(`internal error: ${s.internalError}`);
  s.verdicts.push({ source: 'internal', exitCode: 3, reasonCode: 'E_INTERNAL', message: `internal error: ${e instanceof Error ? e.message : String(e)}`, nextStep: fillNextStep('E_INTERNAL') });
}

/** discovery, evidence, baseline restore, gate, diff. */
export async function verdictPhase(s: RunState): Promise<void> {
  if (s.inputProblems.length > 0) return;
  const { inputs, workspace, note, cache } = s;
  const discovered = await core.group('Assay: discover', async () => {
    const d = discoverBundles(inputs.bundles, workspace);
    const t = expandTraces(inputs.traceFiles, workspace);
    core.info(`${d.bundles.length} bundle(s)${d.auto ? ' (auto-discovery)' : ''}; ${t.traces.length} trace file(s)`);
    return { d, t };
  });
  const problems = [...discovered.d.problems, ...discovered.t.problems];
  if (problems.length > 0) {
    s.inputProblems.push(...problems);
    s.verdicts.push({ source: 'discovery', exitCode: 2, reasonCode: 'E_INVALID_ARGS', message: problems.join('; '), nextStep: fillNextStep('E_INVALID_ARGS') });
    return;
  }
  s.traces = discovered.t.traces;

  s.evidence = await core.group('Assay: verify and lint evidence', async () => {
    const ev = await runEvidence(discovered.d.bundles, inputs.packs, coreEvidenceBackend(workspace));
    for (const b of ev.bundles) core.info(`${b.bundle.display}: ${b.status}${b.reasonCode ? ` ${b.reasonCode}: ${b.message ?? ''}` : ''}${b.status === 'verified' ? `, ${b.lintFindings} lint finding(s)` : ''}`);
    for (const w of ev.warnings) {
      note({ level: 'warning', message: w });
      s.reportWarnings.push(`W_LINT_PACK: ${w}`);
    }
    return ev;
  });
  s.verdicts.push(...s.evidence.verdicts);

  s.restore = await core.group('Assay: findings baseline', async () => {
    // The cache service is network: past the deadline the run goes on without a baseline.
    const r = await s.deadline.race(restoreBaseline(inputs, s.ctx, cache), (): BaselineRestore => ({
      source: 'none',
      notes: [{ level: 'warning', message: `findings baseline not restored: the step deadline (${s.deadline.seconds} s) ran out` }],
    }));
    for (const n of r.notes) {
      note(n);
      if (n.code) s.reportWarnings.push(`${n.code}: ${n.message}`);
    }
    if (r.ref && r.baseline) core.info(`findings baseline: ${r.ref.display} (${r.source}, ${r.baseline.fingerprints.length} fingerprints)`);
    return r;
  });
  const base = s.restore.baseline;
  const newOnly = inputs.gateNewOnly && base !== undefined;

  // Lint findings at or above fail_on; verify failures already are exit 2.
  const lint = s.evidence.lintFindings;
  const lintDiffed = base ? diffFindings(lint, base).findings : lint;
  const lintGated = countAtOrAbove(lintDiffed, inputs.failOn, newOnly);
  if (lintGated > 0) {
    s.verdicts.push({
      source: 'lint',
      exitCode: 1,
      reasonCode: 'E_POLICY_VIOLATION',
      message: `${lintGated} lint finding(s) at or above fail_on=${inputs.failOnLabel}`,
      nextStep: fillNextStep('E_POLICY_VIOLATION'),
    });
  }

  if (inputs.config || inputs.policy) {
    s.gate = await core.group('Assay: replay gate', async () => {
      const g = await runGateStep({
        inputs,
        ctx: s.ctx,
        traces: s.traces,
        ...(base && s.restore.ref ? { findingsBaseline: { ref: s.restore.ref, baseline: base } } : {}),
        env: s.env,
      });
      core.info(`gate: exit ${g.result.report.exitCode} ${g.result.report.reasonCode} — ${g.result.report.message}`);
      for (const w of g.warnings) {
        note({ level: 'warning', message: w });
        s.reportWarnings.push(`W_BASELINE_IGNORED: ${w}`);
      }
      return g;
    });
    s.verdicts.push(s.gate.verdict);
  }

  // One findings list for every sink (03 principles); baseline states over the combined list.
  const gateFindings = s.gate?.result.findings ?? [];
  const combined = [...gateFindings, ...s.evidence.findings];
  const diffed = base ? diffFindings(combined, base) : undefined;
  const states = diffed?.findings ?? combined;
  s.diff = diffed;
  s.gateFindings = states.slice(0, gateFindings.length);
  s.evidenceFindings = states.slice(gateFindings.length);
  s.allFindings = sortFindings(states);
}

function gateOptionsForReport(s: RunState): GateRunOptions {
  const i = s.inputs;
  return {
    ...(i.config ? { config: { path: i.config.path, display: i.config.display } } : {}),
    ...(i.policy ? { policy: { path: i.policy.path, display: i.policy.display } } : {}),
    traces: s.traces.length ? s.traces.map((t) => ({ path: t.path, display: t.display })) : i.traceFiles.map((t) => ({ path: resolve(s.workspace, t), display: t })),
    outDirDisplay: i.reportsDir.display,
    ...(s.restore.ref ? { findingsBaseline: { path: s.restore.ref.path, display: s.restore.ref.display } } : {}),
  };
}

/** `inputs` of run.json for runs the gate did not report on. */
function reportInputs(s: RunState): ReportInputs {
  const o = gateOptionsForReport(s);
  return {
    config: o.config?.display ?? null,
    trace_files: o.traces.map((t) => t.display),
    policy: o.policy?.display ?? null,
    baseline: null,
    findings_baseline: o.findingsBaseline?.display ?? null,
    out_dir: o.outDirDisplay,
  };
}

/** run.json / summary.json input: the gate's report (or a minimal/synthetic one) with the combined verdict. */
function combinedReport(s: RunState, v: Verdict): GateReport {
  const gateReport = s.gate?.result.report;
  const worked = s.inputProblems.length === 0 && s.internalError === undefined;
  let base: GateReport;
  if (!worked) {
    const err = s.internalError !== undefined ? new Error(v.message) : new UsageError('E_INVALID_ARGS', v.message, { source: 'cli' });
    base = earlyFailure(err, gateOptionsForReport(s)).report;
  } else if (gateReport && (gateReport.completed || s.evidence.bundles.length === 0)) {
    base = { ...gateReport };
  } else {
    base = {
      exitCode: 0,
      reasonCode: '',
      message: '',
      completed: true,
      suite: gateReport ? 'policy' : 'evidence',
      orderSeed: null,
      inputs: reportInputs(s),
      findings: [],
      provenance: gateReport?.provenance ?? { assayVersion: VERSION, verifyMode: 'enabled' },
      performance: { totalDurationMs: Math.round(performance.now() - s.t0), evalMs: Math.round(performance.now() - s.t0), reportMs: 0 },
      ...(gateReport?.warnings ? { warnings: gateReport.warnings } : {}),
      runId: /^\d+$/.test(s.ctx.runId) ? Number(s.ctx.runId) : 0,
    };
  }
  const warnings = [...(base.warnings ?? []), ...s.reportWarnings];
  const report: GateReport = {
    ...base,
    exitCode: v.exitCode,
    reasonCode: v.reasonCode,
    message: v.message,
    findings: base.completed ? s.allFindings : [],
    evidence: { ...s.evidence.counts },
  };
  if (v.exitCode !== 0 && v.nextStep) report.nextStep = v.nextStep;
  else delete report.nextStep;
  if (s.diff && base.completed) report.baseline = { new: s.diff.counts.new, fixed: s.diff.counts.fixed, unchanged: s.diff.counts.unchanged };
  else delete report.baseline;
  if (warnings.length) report.warnings = warnings;
  if (base.completed && s.restore.ref) report.inputs = { ...report.inputs, findings_baseline: s.restore.ref.display };
  return report;
}

function evidenceExit(s: RunState, failOnGated: boolean): number {
  if (s.evidence.verdicts.some((v) => v.exitCode === 2)) return 2;
  return failOnGated ? 1 : 0;
}

/**
 * Exact counts. A dense gate run keeps only its top-ranked findings in memory (docs/findings.md); its
 * sink holds the exact tallies, so those count instead of the kept list.
 */
function exactCounts(s: RunState): FindingCounts {
  const sink = s.gate?.result.report.findingSet;
  if (!sink) return countFindings(s.allFindings);
  const c = countFindings(s.evidenceFindings);
  for (const source of ['test', 'policy', 'baseline', 'config'] as const) {
    const g = sink.countsOf(source);
    c.error += g.error;
    c.warning += g.warning;
    c.note += g.note;
  }
  return c;
}

/** Each step is best effort; outputs and the failure come last, always. */
export async function publishPhase(s: RunState): Promise<void> {
  const { inputs, ctx, env, note, cache } = s;
  const gatePass = s.gate?.result.report.exitCode === 0 && s.gate.result.report.completed ? s.gate.result.report.message : PASS_MESSAGE;
  const verdict = combineVerdicts(s.verdicts, gatePass);
  const trustworthy = s.inputProblems.length === 0 && s.internalError === undefined;
  const counts = exactCounts(s);
  // Before the annotation flush, notes are queued for it; after it, they use the budget that is left.
  let stepNote = note;
  const { deadline } = s;
  /** Network steps are skipped once the deadline has passed; local ones (reports, summary) always run. */
  const step = async (name: string, fn: () => Promise<void> | void, network = false): Promise<void> => {
    if (network && deadline.expired) {
      stepNote({ level: 'warning', message: `${name} skipped: the step deadline (${deadline.seconds} s) ran out (verdict unchanged)` });
      return;
    }
    try {
      await core.group(`Assay: ${name}`, async () => {
        await fn();
      });
    } catch (e) {
      stepNote({ level: 'warning', message: `${name} failed (verdict unchanged): ${(e as Error).message}` });
    }
  };

  // reports
  let written: WrittenActionReports | undefined;
  await step('reports', () => {
    const report = combinedReport(s, verdict);
    const gr = s.gate?.result;
    const lintGated = s.verdicts.some((v) => v.source === 'lint' && v.exitCode === 1);
    written = writeActionReports(
      {
        report,
        category: ctx.category,
        ...(gr && gr.report.completed ? { gateRun: { findings: s.gateFindings, exitCode: gr.report.exitCode, ...(gr.report.findingSet ? { findingSet: gr.report.findingSet } : {}) } } : {}),
        evidenceRun: { findings: s.evidenceFindings, exitCode: trustworthy ? evidenceExit(s, lintGated) : verdict.exitCode, extras: s.evidence.extras, ...(s.evidence.ruleInfo ? { ruleInfo: s.evidence.ruleInfo } : {}) },
        allFindings: s.allFindings,
        junit: inputs.junit ? { configSuites: gr?.configSuites ?? [], policySuites: [...(gr?.policySuites ?? []), ...s.evidence.junitSuites] } : null,
        lintReports: s.evidence.lintReports,
        ...(s.diff ? { diff: s.diff.diff } : {}),
        ...(gr?.evalBaseline !== undefined ? { evalBaseline: gr.evalBaseline } : {}),
      },
      { dir: inputs.reportsDir.path, reproducible: ctx.reproducible },
    );
    for (const w of written.warnings) note({ level: 'warning', message: w });
    // A required report that could not be written: the step says what the reports say (docs/reports.md).
    if (written.ioError && verdict.exitCode !== 2) {
      Object.assign(verdict, { exitCode: report.exitCode, reasonCode: report.reasonCode, message: report.message, nextStep: report.nextStep, source: 'internal' });
      note({ level: 'warning', message: `E_IO_ERROR: ${report.message}` });
    }
    core.info(`reports in ${inputs.reportsDir.display}: ${written.written.map((p) => p.slice(inputs.reportsDir.path.length + 1)).join(', ')}`);
    if (written.sarifOmitted > 0) note({ level: 'warning', message: `${written.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in run.json` });
  });

  const gateView = s.gate
    ? {
        mode: s.gate.mode,
        report: s.gate.result.report,
        ...(s.gate.result.stats ? { stats: s.gate.result.stats } : {}),
        badLines: s.gate.result.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE'),
        findings: s.gateFindings.length,
      }
    : undefined;
  const model: PublishModel = {
    ctx,
    inputs,
    verdict,
    inputProblems: s.inputProblems,
    ...(gateView ? { gate: gateView } : {}),
    bundles: s.evidence.bundles,
    findings: s.allFindings,
    counts,
    baseline: {
      source: s.diff ? s.restore.source : 'none',
      ...(s.restore.ref ? { display: s.restore.ref.display } : {}),
      ...(s.restore.cacheKey ? { cacheKey: s.restore.cacheKey } : {}),
      new: s.diff?.counts.new ?? 0,
      fixed: s.diff?.counts.fixed ?? 0,
      unchanged: s.diff?.counts.unchanged ?? 0,
    },
    sarifOmitted: written?.sarifOmitted ?? 0,
    status: { codeScanning: 'not attempted', comment: 'n/a (not a pull request)' },
    notes: s.notes,
    reproduce: trustworthy ? reproduceCommands(inputs, s.traces.map((t) => t.display), s.evidence.bundles, s.restore.ref?.display, s.gate?.evalBaseline?.display) : [],
  };

  let restClient: Promise<RestClient> | undefined;
  const rest = (): Promise<RestClient> => (restClient ??= createRestClient(inputs.token, { timeoutMs: envInt(env, Env.HttpTimeoutMs, HTTP_TIMEOUT_MS), signal: deadline.signal }));
  const retry = { baseMs: envInt(env, Env.RetryBaseMs, RETRY_BASE_MS), signal: deadline.signal };
  const restReady = inputs.token !== '' && ctx.repo !== undefined;
  let sarifUploaded = false;

  // SARIF upload
  await step('SARIF upload', async () => {
    if (!inputs.sarif) model.status.codeScanning = 'disabled (`sarif: false`)';
    else if (!trustworthy) model.status.codeScanning = 'skipped: no verdict was reached';
    else if (ctx.readOnly) {
      model.status.codeScanning = 'skipped: fork PR (read-only token)';
      note({ level: 'notice', message: 'fork PR: SARIF not uploaded; see job summary' });
    } else if (ctx.eventName === 'pull_request_target') {
      model.status.codeScanning = 'skipped: `pull_request_target`';
      note({ level: 'notice', message: 'pull_request_target: SARIF not uploaded (results would be filed against the base branch); see job summary' });
    } else if (!restReady) {
      model.status.codeScanning = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
      if (inputs.token !== '') note({ level: 'warning', message: 'SARIF not uploaded: GITHUB_REPOSITORY is not set' });
    } else if (!written?.sarifText) {
      model.status.codeScanning = 'not uploaded: the SARIF file could not be written';
      note({ level: 'warning', message: 'SARIF not uploaded: the SARIF file could not be written' });
    } else {
      const r = await uploadSarif({
        rest: await rest(),
        ctx,
        sarifText: written.sarifText,
        pollMs: envInt(env, Env.PollMs, SARIF_POLL_INTERVAL_MS),
        pollTimeoutMs: envInt(env, Env.PollTimeoutMs, SARIF_POLL_TIMEOUT_MS),
        retry,
        signal: deadline.signal,
      });
      for (const n of r.notes) note(n);
      if (r.accepted) core.exportVariable(ctx.categoryGuardVar, '1');
      sarifUploaded = r.uploaded;
      model.status.codeScanning =
        r.status === 'complete'
          ? `uploaded (category \`${ctx.category}\`)`
          : r.status === 'pending'
            ? `accepted, still processing (category \`${ctx.category}\`)`
            : `not uploaded (${r.status}; see notes)`;
    }
  }, true);

  // sticky PR comment
  await step('PR comment', async () => {
    const isPr = (ctx.eventName === 'pull_request' || ctx.eventName === 'pull_request_target') && ctx.prNumber !== undefined;
    const body = buildComment(model);
    if (isPr) writeReportFile(inputs.reportsDir.path, 'comment.md', body);
    if (!isPr) return;
    if (!inputs.commentDiff) model.status.comment = 'disabled (`comment_diff: false`)';
    else if (ctx.readOnly) {
      model.status.comment = 'skipped: fork PR (read-only token)';
      note({ level: 'notice', message: 'fork PR: no PR comment (read-only token); the job summary has the same content' });
    } else if (!restReady) model.status.comment = inputs.token === '' ? 'skipped: no token' : 'skipped: no repository';
    else {
      const r = await upsertComment({
        rest: await rest(),
        owner: ctx.repo!.owner,
        repo: ctx.repo!.repo,
        prNumber: ctx.prNumber!,
        marker: ctx.marker,
        body,
        create: s.allFindings.length > 0 || verdict.exitCode !== 0,
        retry,
      });
      for (const n of r.notes) note(n);
      model.status.comment =
        r.status === 'updated' ? 'updated' : r.status === 'created' ? 'created' : r.status === 'not-needed' ? 'not needed (nothing to report)' : 'failed (see notes)';
      core.info(`PR comment: ${r.status} (${r.scanned} comments scanned)`);
    }
  }, true);

  // job summary
  await step('job summary', async () => {
    const { full, budgeted } = buildSummary(model);
    writeReportFile(inputs.reportsDir.path, 'summary.md', full);
    if (env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(budgeted, true).write();
  });

  // annotations
  const annotator = new Annotator(
    {
      annotate: (level, message, props) => annotate(level, message, props),
      log: (m) => core.info(m),
    },
    verdict.exitCode !== 0,
  );
  await step('annotations', () => {
    annotator.flush(
      s.notes.filter((n) => n.level !== 'info').map((n) => ({ level: n.level as AnnotationLevel, message: n.message })),
      s.allFindings,
      { error: counts.error, warning: counts.warning, notice: counts.note },
    );
  });
  const lateNote = (n: Note): void => {
    s.notes.push(n);
    if (n.level === 'info') core.info(n.message);
    else annotator.late(n.level, n.message);
  };
  stepNote = lateNote;

  // artifact upload
  await step('artifact upload', async () => {
    if (!inputs.uploadArtifacts) return;
    // The toolkit's artifact client takes no signal: the deadline abandons it instead.
    const r = await deadline.race(uploadReports({ name: ctx.artifactName, dir: inputs.reportsDir.path, serverUrl: ctx.serverUrl, env }), () => ({
      status: 'failed' as const,
      notes: [{ level: 'warning' as const, message: `reports artifact not uploaded: the step deadline (${deadline.seconds} s) ran out` }],
    }));
    for (const n of r.notes) lateNote(n);
    if (r.status === 'uploaded') core.info(`artifact ${ctx.artifactName} uploaded${r.id !== undefined ? ` (id ${r.id})` : ''}`);
  }, true);

  // write baseline
  await step('write baseline', async () => {
    if (!inputs.writeBaseline) return;
    if (!ctx.isDefaultPush) {
      lateNote({ level: 'notice', message: 'baseline is written on default-branch pushes only' });
      return;
    }
    const failedVerify = s.evidence.bundles.some((b) => b.status === 'failed');
    if (!trustworthy || verdict.exitCode > 1 || failedVerify || !written?.findingsBaselinePath) {
      lateNote({ level: 'warning', message: `baseline not written: a run without a trustworthy verdict (exit ${verdict.exitCode}${failedVerify ? ', bundle verification failed' : ''}) never becomes a baseline` });
      return;
    }
    const save = saveBaseline(inputs, ctx, cache, {
      findingsBaselineFile: written.findingsBaselinePath,
      ...(written.evalBaselinePath ? { evalBaselineFile: written.evalBaselinePath } : {}),
    });
    const r = await deadline.race(save, () => ({ written: [] as string[], notes: [{ level: 'warning' as const, message: `baseline not saved to the Actions cache: the step deadline (${deadline.seconds} s) ran out` }] }));
    core.info(`baseline written: ${r.written.map((p) => p.slice(s.workspace.length + 1)).join(', ')}`);
    for (const n of r.notes) lateNote(n);
  }, true);

  // outputs, then fail
  try {
    const verified = s.evidence.counts.bundles === 0 ? '' : s.evidence.bundles.every((b) => b.status === 'verified') ? 'true' : 'false';
    const diffSummary =
      `Verified: ${s.evidence.counts.verified}, Errors: ${counts.error}, Warnings: ${counts.warning}` +
      (s.diff ? `, New: ${s.diff.counts.new}, Fixed: ${s.diff.counts.fixed}` : ', Baseline: none');
    const outputs: Record<string, string> = {
      [Output.Verified]: verified,
      [Output.FindingsError]: String(counts.error),
      [Output.FindingsWarn]: String(counts.warning),
      [Output.SarifPath]: join(inputs.reportsDir.path, 'assay.sarif'),
      [Output.SarifUploaded]: String(sarifUploaded),
      [Output.DiffSummary]: diffSummary,
      [Output.DiffNewFindings]: String(s.diff?.counts.new ?? 0),
      [Output.ReportsDir]: inputs.reportsDir.path,
      [Output.ExitCode]: String(verdict.exitCode),
      [Output.ReasonCode]: verdict.reasonCode,
    };
    for (const [k, v] of Object.entries(outputs)) core.setOutput(k, v);
    core.info(`Result: exit ${verdict.exitCode}${verdict.reasonCode ? ` ${verdict.reasonCode}` : ''} — ${verdict.message}`);
  } finally {
    if (verdict.exitCode !== 0) {
      core.setFailed(`[${verdict.reasonCode}] ${verdict.message}${verdict.nextStep ? `\nNext step: ${verdict.nextStep}` : ''}`);
    }
    if (deadline.expired) exitAfterDeadline();
    deadline.dispose();
  }
}

/**
 * After the deadline, an abandoned call (a stalled socket inside a toolkit client) may still hold the
 * event loop. Outputs are written and the exit code is set by then, so the process leaves with that code
 * shortly after instead of waiting for GitHub to kill the step (the timer never keeps a finished run alive).
 */
function exitAfterDeadline(): void {
  setTimeout(() => process.exit(), 1000).unref();
}

function writeReportFile(dir: string, name: string, text: string): void {
  makeDirs(dir);
  writeFileSync(join(dir, name), text);
}

function annotate(level: AnnotationLevel, message: string, props?: core.AnnotationProperties): void {
  if (level === 'error') core.error(message, props);
  else if (level === 'warning') core.warning(message, props);
  else core.notice(message, props);
}
