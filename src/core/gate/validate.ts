// `assay validate`: a static check that runs every step and reports every diagnostic.
// Config-class errors exit 2, error-level policy findings exit 1, warnings and notes never fail.
import { existsSync } from 'node:fs';
import { AssayError, type Diagnostic } from '../errors.js';
import { isReasonCode, type ReasonCode } from '../outcome/reason-codes.js';
import type { Finding } from '../report/finding.js';
import type { FindingsSink } from '../report/findings-sink.js';
import type { JunitPolicySuite } from '../report/junit.js';
import type { TraceStats } from '../trace/index.js';
import { readConfigFile } from './config-kind.js';
import { probePathRegexes } from '../policy/traversal-probe.js';
import { finalizeGate, gateTraces, loadPolicy, policySuitesOf, type LoadedPolicyRef, type TraceRef } from './policy-run.js';

export interface FileRef {
  path: string;
  display: string;
}

export interface ValidateOptions {
  config?: FileRef;
  policy?: FileRef;
  traces: TraceRef[];
  strict?: boolean;
  denyDeprecations?: boolean;
  /** `--lenient`: unknown policy/config keys are warnings. */
  lenient?: boolean;
  /** Eval configs are validated by this hook (the eval area owns their rules). */
  validateEval?: (config: FileRef, ctx: { traces: TraceRef[]; strict: boolean }) => Promise<EvalValidation>;
  /** Take findings through this sink (bounded memory, docs/findings.md); `findings` then holds its top-K. */
  sink?: FindingsSink;
}

/** A judge/embedding value a test needs and neither the trace nor the cache holds. */
export interface MissingValue {
  test_id: string;
  kind: string;
  requirement: 'judge' | 'embedding';
  message: string;
}

export interface EvalValidation {
  diagnostics: Diagnostic[];
  findings: Finding[];
  /** Policies referenced by the config. */
  policies: string[];
  stats?: TraceStats;
  missing?: MissingValue[];
  /** The traces were read here (diagnostics included); `failed` = the read stopped with an error. */
  traceRead?: { failed: boolean };
}

export interface ValidateResult {
  /** Every diagnostic, config class and warnings (findings are separate). */
  diagnostics: Diagnostic[];
  /** Policy findings (step 7) and config findings from load warnings (with a sink: its kept top-K). */
  findings: Finding[];
  /** Every finding (counts, groups, spool) when a sink was given. */
  findingSet?: FindingsSink;
  exitCode: 0 | 1 | 2;
  reasonCode: ReasonCode | '';
  stats?: TraceStats;
  /** JUnit policy suites, one per trace file. */
  policySuites: JunitPolicySuite[];
  /** Judge/embedding values eval tests need and cannot get (step 6). */
  missingValues: MissingValue[];
  policyFile?: string;
  configFile?: string;
  configKind?: 'policy' | 'eval';
}

function errorDiagnostics(e: unknown): Diagnostic[] {
  if (e instanceof AssayError) {
    if (e.diagnostics.length) return e.diagnostics;
    return [{ code: e.reasonCode, severity: 'error', message: e.message, source: e.source, ...ctxPos(e) }];
  }
  throw e;
}

function ctxPos(e: AssayError): Pick<Diagnostic, 'file' | 'line' | 'col'> {
  const { file, line, col } = e.context;
  return { ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), ...(col !== undefined ? { col } : {}) };
}

export async function validate(opts: ValidateOptions): Promise<ValidateResult> {
  const diagnostics: Diagnostic[] = [];
  let findings: Finding[] = [];
  let stats: TraceStats | undefined;
  let policySuites: JunitPolicySuite[] = [];
  let missingValues: MissingValue[] = [];
  let policyRef = opts.policy;
  let configKind: 'policy' | 'eval' | undefined;
  let policyText: string | undefined;
  let evalTraceRead: EvalValidation['traceRead'];

  // 1. Config (a policy or an eval config, told apart by content).
  if (opts.config) {
    try {
      const cf = readConfigFile(opts.config.path, opts.config.display);
      configKind = cf.kind;
      if (cf.kind === 'policy' && !policyRef) {
        policyRef = opts.config;
        policyText = cf.text;
      }
    } catch (e) {
      diagnostics.push(...errorDiagnostics(e));
    }
  }

  // 2. Command-line paths.
  const traces: TraceRef[] = [];
  for (const t of opts.traces) {
    if (existsSync(t.path)) traces.push(t);
    else
      diagnostics.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Trace file not found: ${t.display}`, file: t.display });
  }
  if (opts.policy && !existsSync(opts.policy.path)) {
    diagnostics.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Policy file not found: ${opts.policy.display}`, file: opts.policy.display });
    policyRef = configKind === 'policy' ? opts.config : undefined;
  }

  // 3. Policy.
  let loaded: LoadedPolicyRef | undefined;
  if (policyRef) {
    try {
      loaded = loadPolicy(policyRef.path, policyRef.display, {
        denyDeprecations: opts.denyDeprecations,
        lenient: opts.lenient,
        ...(policyText !== undefined && policyRef === opts.config ? { text: policyText } : {}),
      });
      diagnostics.push(...loaded.warnings);
      // A `matches`/`pattern` on a path argument that `..` walks out of (docs/authoring.md, "Path arguments").
      diagnostics.push(...probePathRegexes(loaded.policy));
    } catch (e) {
      diagnostics.push(...errorDiagnostics(e));
    }
  }

  // Eval configs: their own rules (load, binding, judge values, args_valid/sequence_valid previews).
  if (configKind === 'eval' && opts.config && opts.validateEval) {
    const ev = await opts.validateEval(opts.config, { traces, strict: opts.strict ?? false });
    diagnostics.push(...ev.diagnostics);
    if (opts.sink) for (const f of ev.findings) opts.sink.addFinding(f);
    else findings.push(...ev.findings);
    stats = ev.stats;
    missingValues = ev.missing ?? [];
    evalTraceRead = ev.traceRead;
  }

  // 4 + 7. Trace read and the policy preview: the same read as run/ci, so a trace with no record is fatal
  // here too. When the eval step read the traces already, their diagnostics are in; a failed read stops.
  if (loaded && traces.length && !evalTraceRead?.failed && !diagnostics.some((d) => d.severity === 'error' && d.code === 'E_POLICY_PARSE')) {
    try {
      const run = await gateTraces(loaded, traces, { strict: opts.strict, ...(opts.sink ? { sink: opts.sink } : {}) });
      stats = run.stats;
      if (!evalTraceRead) diagnostics.push(...run.traceDiagnostics);
      if (opts.sink) policySuites = policySuitesOf(run, traces);
      else {
        const fin = finalizeGate(run.state.drafts, run, traces);
        findings = [...findings, ...fin.findings];
        policySuites = fin.policySuites;
      }
    } catch (e) {
      diagnostics.push(...errorDiagnostics(e));
    }
  }

  if (opts.sink) findings = opts.sink.topSorted();
  const firstError = diagnostics.find((d) => d.severity === 'error');
  let exitCode: 0 | 1 | 2 = 0;
  let reasonCode: ReasonCode | '' = '';
  if (firstError) {
    exitCode = 2;
    reasonCode = isReasonCode(firstError.code) ? firstError.code : 'E_CFG_PARSE';
  } else if (opts.sink ? opts.sink.counts.error > 0 : findings.some((f) => f.level === 'error')) {
    exitCode = 1;
    reasonCode = 'E_POLICY_VIOLATION';
  }
  return {
    diagnostics,
    findings,
    exitCode,
    reasonCode,
    policySuites,
    missingValues,
    ...(opts.sink ? { findingSet: opts.sink } : {}),
    ...(stats ? { stats } : {}),
    ...(loaded ? { policyFile: loaded.display } : {}),
    ...(opts.config ? { configFile: opts.config.display } : {}),
    ...(configKind ? { configKind } : {}),
  };
}
