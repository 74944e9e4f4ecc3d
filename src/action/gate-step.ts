// The replay gate of the action: the same core entry as `assay ci` (runGate), with the
// eval plugin of src/core/gate/eval-session.ts for `config`, no model calls (judge/embedding values come
// from the trace or the local cache), and the eval baseline from `<baseline_dir>/eval-baseline.json`.
// `policy` alone is loaded and validated: load warnings become findings at the policy line.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalPlugin } from '../core/gate/gate-run.js';
import { earlyFailure, runGate, type GateRunOptions, type GateRunResult } from '../core/gate/gate-run.js';
import { configFindingDrafts, loadPolicy } from '../core/gate/policy-run.js';
import { fillNextStep } from '../core/outcome/reason-codes.js';
import { countAtOrAbove, finalizeFindings, type FailOn } from '../core/report/finding.js';
import { diffFindings, type FindingsBaseline } from '../core/report/findings-baseline.js';
import type { GateReport } from '../core/report/gate-report.js';
import { VERSION } from '../core/version.js';
import { EVAL_BASELINE_FILE } from './constants.js';
import type { ActionContext } from './context.js';
import type { ActionInputs, PathRef } from './inputs.js';
import type { SourceVerdict } from './verdict.js';

export interface GateStep {
  mode: 'replay' | 'policy-only';
  result: GateRunResult;
  verdict: SourceVerdict;
  /** The eval baseline read from baseline_dir (when the gate used one). */
  evalBaseline?: PathRef;
  warnings: string[];
}

export interface GateStepOptions {
  inputs: ActionInputs;
  ctx: ActionContext;
  traces: PathRef[];
  /** The findings baseline file (already read and valid) and its parsed form. */
  findingsBaseline?: { ref: PathRef; baseline: FindingsBaseline };
  env?: NodeJS.ProcessEnv;
  now?: () => number;
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function gitInfo(env: NodeJS.ProcessEnv): { commit: string; branch?: string; dirty: boolean; author?: string } | undefined {
  if (!env.GITHUB_SHA) return undefined;
  return {
    commit: env.GITHUB_SHA,
    ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
    dirty: false,
    ...(env.GITHUB_ACTOR ? { author: env.GITHUB_ACTOR } : {}),
  };
}

function verdictOf(r: GateRunResult): SourceVerdict {
  return {
    source: 'gate',
    exitCode: r.report.exitCode,
    reasonCode: r.report.reasonCode,
    message: r.report.message,
    ...(r.report.nextStep !== undefined ? { nextStep: r.report.nextStep } : {}),
  };
}

export async function runGateStep(o: GateStepOptions): Promise<GateStep> {
  const { inputs, ctx } = o;
  const env = o.env ?? process.env;
  const now = o.now ?? (() => performance.now());
  if (!inputs.config && inputs.policy && inputs.traceFiles.length === 0) return policyOnly(o, inputs.policy, now);

  const warnings: string[] = [];
  const evalBaselinePath = join(inputs.baselineDir.path, EVAL_BASELINE_FILE);
  const evalBaseline: PathRef | undefined =
    inputs.config && existsSync(evalBaselinePath)
      ? { given: evalBaselinePath, path: evalBaselinePath, display: `${inputs.baselineDir.display}/${EVAL_BASELINE_FILE}` }
      : undefined;
  const sde = env.SOURCE_DATE_EPOCH;
  const createdAt = ctx.reproducible ? isoSeconds(sde !== undefined && /^\d+$/.test(sde) ? Number(sde) * 1000 : 0) : isoSeconds(ctx.startedAt.getTime());
  const git = gitInfo(env);
  // The eval engine is loaded only for `config` runs.
  const createEvalPlugin = inputs.config ? (await import('../core/gate/eval-session.js')).createEvalPlugin : undefined;
  const plugin = (withBaseline: boolean): EvalPlugin | undefined =>
    createEvalPlugin?.({
      assayVersion: VERSION,
      cwd: ctx.workspace,
      cacheDir: join(ctx.workspace, env.ASSAY_CACHE_DIR || '.assay/cache'),
      judge: 'none',
      embedder: 'none',
      ...(inputs.lenient ? { lenient: true } : {}),
      exportBaseline: true,
      createdAt,
      ...(git ? { gitInfo: git } : {}),
      ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
      now,
    });
  const opts = (withBaseline: boolean): GateRunOptions => ({
    ...(inputs.config ? { config: { path: inputs.config.path, display: inputs.config.display } } : {}),
    ...(inputs.policy ? { policy: { path: inputs.policy.path, display: inputs.policy.display } } : {}),
    ...(withBaseline && evalBaseline ? { baseline: { path: evalBaseline.path, display: evalBaseline.display } } : {}),
    traces: o.traces.map((t) => ({ path: t.path, display: t.display })),
    strict: inputs.strict,
    lenient: inputs.lenient,
    failOn: inputs.failOn,
    failOnLabel: inputs.failOnLabel,
    ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
    gateNewOnly: inputs.gateNewOnly,
    outDirDisplay: inputs.reportsDir.display,
    ...(createEvalPlugin ? { eval: plugin(withBaseline)! } : {}),
    now,
    runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
  });

  let result = await runGate(opts(true));
  let usedBaseline = evalBaseline;
  // A restored eval baseline for another suite (or unreadable) is ignored with a warning.
  if (evalBaseline && !result.report.completed && result.report.reasonCode === 'E_BASELINE_INVALID') {
    warnings.push(`${evalBaseline.display} ignored: ${result.report.message}`);
    result = await runGate(opts(false));
    usedBaseline = undefined;
  }
  return { mode: 'replay', result, verdict: verdictOf(result), ...(usedBaseline ? { evalBaseline: usedBaseline } : {}), warnings };
}

/** `policy` without traces: load + validate; warnings are findings at the policy line. */
function policyOnly(o: GateStepOptions, policy: PathRef, now: () => number): GateStep {
  const { inputs, ctx } = o;
  const t0 = now();
  const base: GateRunOptions = {
    policy: { path: policy.path, display: policy.display },
    traces: [],
    outDirDisplay: inputs.reportsDir.display,
    ...(o.findingsBaseline ? { findingsBaseline: { path: o.findingsBaseline.ref.path, display: o.findingsBaseline.ref.display } } : {}),
  };
  let loaded;
  try {
    loaded = loadPolicy(policy.path, policy.display, { lenient: inputs.lenient });
  } catch (e) {
    const result = earlyFailure(e, base);
    return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
  }
  const diagnostics = loaded.warnings;
  let findings = finalizeFindings(configFindingDrafts(diagnostics.filter((d) => d.code.startsWith('W_POLICY') || d.code.startsWith('W_CFG'))));
  let diff;
  if (o.findingsBaseline) {
    diff = diffFindings(findings, o.findingsBaseline.baseline);
    findings = diff.findings;
  }
  const failOn: FailOn = inputs.failOn;
  const gated = countAtOrAbove(findings, failOn, inputs.gateNewOnly && diff !== undefined);
  let digest: string | undefined;
  try {
    digest = `sha256:${createHash('sha256').update(readFileSync(policy.path)).digest('hex')}`;
  } catch {
    digest = undefined;
  }
  const failed = gated > 0;
  const t1 = now();
  const report: GateReport = {
    exitCode: failed ? 1 : 0,
    reasonCode: failed ? 'E_POLICY_VIOLATION' : '',
    message: failed ? `${gated} policy finding(s) at or above fail_on=${inputs.failOnLabel}` : 'All checks passed',
    ...(failed ? { nextStep: fillNextStep('E_POLICY_VIOLATION') } : {}),
    completed: true,
    suite: 'policy',
    orderSeed: null,
    inputs: {
      config: null,
      trace_files: [],
      policy: policy.display,
      baseline: null,
      findings_baseline: o.findingsBaseline?.ref.display ?? null,
      out_dir: inputs.reportsDir.display,
    },
    findings,
    ...(diff ? { baseline: { new: diff.counts.new, fixed: diff.counts.fixed, unchanged: diff.counts.unchanged } } : {}),
    provenance: { assayVersion: VERSION, verifyMode: 'enabled', ...(digest ? { policyDigest: digest } : {}) },
    performance: { totalDurationMs: Math.round(t1 - t0), evalMs: Math.round(t1 - t0), reportMs: 0 },
    ...(diagnostics.some((d) => d.severity === 'warning')
      ? { warnings: diagnostics.filter((d) => d.severity === 'warning').map((d) => `${d.code}: ${d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : ''}${d.message}`) }
      : {}),
    runId: /^\d+$/.test(ctx.runId) ? Number(ctx.runId) : 0,
  };
  const result: GateRunResult = {
    report,
    findings,
    policySuites: [],
    configSuites: [],
    ...(diff ? { diff } : {}),
    diagnostics,
    errorDiagnostics: [],
  };
  return { mode: 'policy-only', result, verdict: verdictOf(result), warnings: [] };
}
