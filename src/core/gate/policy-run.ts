// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.
import { loadPolicyFile, parsePolicy, type Policy } from '../policy/index.js';
import type { PolicyLoadResult } from '../policy/load.js';
import { readTraceInput, type TraceEntry, type TraceStats } from '../trace/index.js';
import type { Diagnostic } from '../errors.js';
import { draftFingerprints, finalizeFindings, type Finding, type FindingDraft } from '../report/finding.js';
import type { JunitPolicySuite } from '../report/junit.js';
import type { FindingsSink } from '../report/findings-sink.js';
import { capMessage } from '../report/message-cap.js';
import { newPolicyGate, gateEntry, finishPolicyGate, type PolicyGateState } from './policy-gate.js';

export interface TraceRef {
  path: string;
  display: string;
}

export interface LoadedPolicyRef {
  policy: Policy;
  display: string;
  warnings: Diagnostic[];
}

export function loadPolicy(
  path: string,
  display: string,
  opts: { denyDeprecations?: boolean; lenient?: boolean; text?: string },
): LoadedPolicyRef {
  const r: PolicyLoadResult =
    opts.text !== undefined ? parsePolicy(opts.text, display, opts) : loadPolicyFile(path, display, opts);
  return { policy: r.policy, display, warnings: r.diagnostics };
}

export interface PolicyTraceRun {
  state: PolicyGateState;
  stats: TraceStats;
  /** Skipped-line warnings and unknown-type notes, in file order. */
  traceDiagnostics: Diagnostic[];
}

/**
 * Stream `traces` through the gate. `onEntry` sees every completed entry first (eval binding); it returns
 * the test id bound to the entry, if any, so policy findings name it. A file with no record is fatal here
 * as in every command (readTraceInput).
 */
export async function gateTraces(
  loaded: LoadedPolicyRef,
  traces: readonly TraceRef[],
  opts: { strict?: boolean; onEntry?: (entry: TraceEntry) => string | undefined; sink?: FindingsSink },
): Promise<PolicyTraceRun> {
  const state = newPolicyGate(loaded.policy, loaded.display, opts.sink);
  const sampler = new DiagnosticSampler();
  const stats = await readTraceInput(
    traces.map((t) => ({ path: t.path, displayPath: t.display })),
    {
      onEntry(entry) {
        const testId = opts.onEntry?.(entry);
        gateEntry(state, entry, testId);
      },
      onDiagnostic(d) {
        sampler.add(d);
      },
    },
    { strict: opts.strict ?? false, retainCalls: true },
  );
  finishPolicyGate(state);
  return { state, stats, traceDiagnostics: sampler.list() };
}

/** Trace diagnostics kept per code (skipped lines, unknown types); the rest are counted (docs/findings.md). */
export const MAX_TRACE_DIAGNOSTICS_PER_CODE = 1000;

/**
 * Bounded trace diagnostics: the first MAX_TRACE_DIAGNOSTICS_PER_CODE of each code in arrival order (messages
 * capped), then one diagnostic per code saying how many more there were. A trace of a million bad lines
 * costs the same memory as one of a thousand; the exact numbers are in the trace stats.
 */
export class DiagnosticSampler {
  private readonly kept: Diagnostic[] = [];
  private readonly perCode = new Map<string, { first: Diagnostic; n: number }>();

  constructor(private readonly max: number = MAX_TRACE_DIAGNOSTICS_PER_CODE) {}

  add(d: Diagnostic): void {
    const c = this.perCode.get(d.code);
    if (c === undefined) this.perCode.set(d.code, { first: d, n: 1 });
    else c.n++;
    if ((c?.n ?? 1) <= this.max) this.kept.push({ ...d, message: capMessage(d.message) });
  }

  /** The kept diagnostics, then one `… and N more` per code that went over the cap. */
  list(): Diagnostic[] {
    const out = [...this.kept];
    for (const [code, c] of this.perCode) {
      if (c.n <= this.max) continue;
      const more = c.n - this.max;
      out.push({
        code,
        severity: c.first.severity,
        ...(c.first.source !== undefined ? { source: c.first.source } : {}),
        message: `… and ${more} more ${code} (not listed; the first ${this.max} are)`,
        ...(c.first.file !== undefined ? { file: c.first.file } : {}),
      });
    }
    return out;
  }
}

/** Policy load warnings become `config/<CODE>` findings at their own position. */
export function configFindingDrafts(diags: readonly Diagnostic[]): FindingDraft[] {
  return diags
    .filter((d) => d.severity !== 'error')
    .map((d) => ({
      rule_id: `config/${d.code}`,
      level: d.severity,
      source: 'config' as const,
      message: capMessage(d.message),
      location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
      subject: d.file ?? '',
      detail: `${d.code}|${typeof d.context?.['path'] === 'string' ? d.context['path'] : d.message}`,
    }));
}

export interface FinalizedFindings {
  findings: Finding[];
  /** JUnit policy suites, one per trace file. */
  policySuites: JunitPolicySuite[];
}

/**
 * JUnit policy suites, one per trace file, from the gate's per-element buckets: exact counts and
 * the first findings of each level. `toFinding` maps a collected draft to its finding (collect mode).
 */
export function policySuitesOf(
  run: PolicyTraceRun,
  traces: readonly TraceRef[],
  toFinding: (x: Finding | FindingDraft) => Finding | undefined = (x) => ('fingerprint' in x ? (x as Finding) : undefined),
): JunitPolicySuite[] {
  const { state } = run;
  return traces.map((t) => {
    const perElement = state.perTrace.get(t.display);
    const cases = state.policy.elements.map((el) => {
      const b = perElement?.get(el.id);
      const list = (b?.sample ?? []).map(toFinding).filter((f): f is Finding => f !== undefined);
      const hit = b !== undefined && b.errors + b.warnings + b.notes > 0;
      const exercised =
        el.kind === 'sequence' ? state.sequenceExercised[Number(/\d+/.exec(el.id)?.[0])] === true : state.exercised.has(el.id) || hit;
      return { name: el.name, findings: list, errorCount: b?.errors ?? 0, warningCount: b?.warnings ?? 0, exercised };
    });
    return { name: `policy:${t.display}`, cases };
  });
}

/** Finalize all drafts (config + gate, collect mode) into sorted findings, and build the JUnit policy suites. */
export function finalizeGate(
  drafts: readonly FindingDraft[],
  run: PolicyTraceRun | undefined,
  traces: readonly TraceRef[],
  opts: { redactPrompts?: boolean } = {},
): FinalizedFindings {
  const findings = finalizeFindings(drafts, opts);
  let policySuites: JunitPolicySuite[] = [];
  if (run) {
    const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
    const fpList = draftFingerprints(drafts);
    const fps = new Map(drafts.map((d, i) => [d, fpList[i]!]));
    policySuites = policySuitesOf(run, traces, (x) => ('fingerprint' in x ? (x as Finding) : byFp.get(fps.get(x as FindingDraft) ?? '')));
  }
  return { findings, policySuites };
}
