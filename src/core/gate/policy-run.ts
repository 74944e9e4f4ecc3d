// Load a policy, stream the traces through the policy gate, and turn what happened into findings.
// Shared by `validate`, `run`, `ci` (and later the action); adapters decide what to print and write.
import { loadPolicyFile, parsePolicy, type Policy } from '../policy/index.js';
import type { PolicyLoadResult } from '../policy/load.js';
import { readTraceFiles, requireRecords, type TraceEntry, type TraceStats } from '../trace/index.js';
import type { Diagnostic } from '../errors.js';
import { draftFingerprints, finalizeFindings, type Finding, type FindingDraft } from '../report/finding.js';
import type { JunitPolicySuite } from '../report/junit.js';
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
  opts: { denyDeprecations?: boolean; strict?: boolean; text?: string },
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
 * the test id bound to the entry, if any, so policy findings name it.
 */
export async function gateTraces(
  loaded: LoadedPolicyRef,
  traces: readonly TraceRef[],
  opts: { strict?: boolean; requireRecords?: boolean; onEntry?: (entry: TraceEntry) => string | undefined },
): Promise<PolicyTraceRun> {
  const state = newPolicyGate(loaded.policy, loaded.display);
  const traceDiagnostics: Diagnostic[] = [];
  const stats = await readTraceFiles(
    traces.map((t) => ({ path: t.path, displayPath: t.display })),
    {
      onEntry(entry) {
        const testId = opts.onEntry?.(entry);
        gateEntry(state, entry, testId);
      },
      onDiagnostic(d) {
        traceDiagnostics.push(d);
      },
    },
    { strict: opts.strict ?? false, retainCalls: true },
  );
  if (opts.requireRecords !== false) requireRecords(stats, traces.map((t) => t.display).join(', '));
  finishPolicyGate(state);
  return { state, stats, traceDiagnostics };
}

/** Policy load warnings become `config/<CODE>` findings at their own position (02 §5.3). */
export function configFindingDrafts(diags: readonly Diagnostic[]): FindingDraft[] {
  return diags
    .filter((d) => d.severity !== 'error')
    .map((d) => ({
      rule_id: `config/${d.code}`,
      level: d.severity,
      source: 'config' as const,
      message: d.message,
      location: { uri: d.file ?? '', line: d.line ?? 1, col: d.col ?? 1 },
      subject: d.file ?? '',
      detail: `${d.code}|${typeof d.context?.['path'] === 'string' ? d.context['path'] : d.message}`,
    }));
}

export interface FinalizedFindings {
  findings: Finding[];
  /** JUnit policy suites, one per trace file (02 §8). */
  policySuites: JunitPolicySuite[];
}

/** Finalize all drafts (config + gate) into sorted findings, and build the JUnit policy suites. */
export function finalizeGate(
  drafts: readonly FindingDraft[],
  run: PolicyTraceRun | undefined,
  traces: readonly TraceRef[],
  opts: { redactPrompts?: boolean } = {},
): FinalizedFindings {
  const findings = finalizeFindings(drafts, opts);
  const policySuites: JunitPolicySuite[] = [];
  if (run) {
    const byFp = new Map(findings.map((f) => [f.fingerprint, f]));
    const fpList = draftFingerprints(drafts);
    const fps = new Map(drafts.map((d, i) => [d, fpList[i]!]));
    const { state } = run;
    for (const t of traces) {
      const perElement = state.perTrace.get(t.display);
      const cases = state.policy.elements.map((el) => {
        const list = (perElement?.get(el.id) ?? []).map((d) => byFp.get(fps.get(d)!)!).filter(Boolean);
        const exercised = el.kind === 'sequence' ? state.sequenceExercised[Number(/\d+/.exec(el.id)?.[0])] === true : state.exercised.has(el.id) || list.length > 0;
        return { name: el.name, findings: list, exercised };
      });
      policySuites.push({ name: `policy:${t.display}`, cases });
    }
  }
  return { findings, policySuites };
}
