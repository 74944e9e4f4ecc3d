// One in-memory picture of the run that every sink renders (03-action principles: counts, SARIF, comment,
// summary and annotations all derive from one findings list). Built in main.ts after the verdict.
import type { Diagnostic } from '../core/errors.js';
import { countFindings, levelRank, type Finding, type FindingCounts } from '../core/report/finding.js';
import type { GateReport } from '../core/report/gate-report.js';
import type { TraceStats } from '../core/trace/index.js';
import type { Note } from './baseline.js';
import type { ActionContext } from './context.js';
import type { BundleOutcome } from './evidence-step.js';
import type { ActionInputs } from './inputs.js';
import type { Verdict } from './verdict.js';

export interface GateView {
  mode: 'replay' | 'policy-only';
  report: GateReport;
  stats?: TraceStats;
  /** Skipped trace lines (W_TRACE_SKIPPED_LINE), in file order. */
  badLines: Diagnostic[];
  findings: number;
}

export interface BaselineView {
  source: 'committed' | 'cache' | 'none';
  display?: string;
  cacheKey?: string;
  new: number;
  fixed: number;
  unchanged: number;
}

export interface PublishModel {
  ctx: ActionContext;
  inputs: ActionInputs;
  verdict: Verdict;
  /** Input / discovery problems (exit 2 before any work). */
  inputProblems: string[];
  gate?: GateView;
  bundles: BundleOutcome[];
  /** Every finding (gate + evidence), with baseline_state when a baseline was found. */
  findings: Finding[];
  counts: FindingCounts;
  baseline: BaselineView;
  /** SARIF results omitted by truncation (sum over runs). */
  sarifOmitted: number;
  /** Status lines for the outcome table, filled as the publishing steps run. */
  status: { codeScanning: string; comment: string };
  /** Operational messages so far (warnings, notices). */
  notes: Note[];
  /** `assay …` commands that reproduce the gate locally. */
  reproduce: string[];
}

/** Display order of findings everywhere (comment, summary, annotations): new first, then severity, path, line. */
export function compareForDisplay(a: Finding, b: Finding): number {
  const na = a.baseline_state === 'new' ? 0 : 1;
  const nb = b.baseline_state === 'new' ? 0 : 1;
  const s = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
  return na - nb || levelRank(a.level) - levelRank(b.level) || s(a.location.uri, b.location.uri) || a.location.line - b.location.line || s(a.rule_id, b.rule_id) || s(a.fingerprint, b.fingerprint);
}

export function displayOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareForDisplay);
}

export function countsOf(findings: readonly Finding[]): FindingCounts {
  return countFindings(findings);
}

/** POSIX shell quoting for the "reproduce locally" commands (paths may hold anything). */
export function shellQuote(arg: string): string {
  return /^[A-Za-z0-9_./:=@%+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}

/** The equivalent `assay ci` command (and evidence lint lines) for the summary. */
export function reproduceCommands(inputs: ActionInputs, traceDisplays: readonly string[], bundles: readonly BundleOutcome[], findingsBaseline?: string, evalBaseline?: string): string[] {
  const out: string[] = [];
  if (inputs.config || inputs.policy) {
    const args = ['npx', 'assay', 'ci'];
    if (inputs.config) args.push('--config', inputs.config.display);
    if (inputs.policy) args.push('--policy', inputs.policy.display);
    for (const t of traceDisplays) args.push('--trace-file', t);
    if (inputs.strict) args.push('--strict');
    if (evalBaseline) args.push('--baseline', evalBaseline);
    args.push('--fail-on', inputs.failOnLabel);
    if (findingsBaseline) args.push('--findings-baseline', findingsBaseline);
    if (findingsBaseline && inputs.gateNewOnly) args.push('--gate-new-only');
    args.push('--out-dir', inputs.reportsDir.display);
    out.push(args.map(shellQuote).join(' '));
  }
  const packs = inputs.packs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.display)).join(',');
  for (const b of bundles.slice(0, 5)) {
    out.push(['npx', 'assay', 'evidence', 'lint', '--pack', packs, '--fail-on', inputs.failOnLabel, b.bundle.display].map(shellQuote).join(' '));
  }
  if (bundles.length > 5) out.push(`# … and ${bundles.length - 5} more bundles`);
  return out;
}
