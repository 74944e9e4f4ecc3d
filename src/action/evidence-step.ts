// Evidence bundles in the action: every bundle is verified in full, the verified ones
// are linted with the built-in rules plus `pack`, and both become findings of the SARIF `evidence` run.
// All evidence use of the action goes through this module and the core evidence API
// (src/core/evidence/index.ts: loadPacks, lintBundleFile, lintFindingDraft/lintSarifExtras, lintJson);
// the backend interface lets unit tests replace it.
import { AssayError } from '../core/errors.js';
import type { LintPack } from '../core/evidence/index.js';
import { fillNextStep, type ReasonCode } from '../core/outcome/reason-codes.js';
import { draftFingerprints, finalizeFindings, fingerprintV1, type Finding, type FindingDraft } from '../core/report/finding.js';
import type { EvidenceCounts } from '../core/report/gate-report.js';
import type { JunitPolicySuite } from '../core/report/junit.js';
import type { SarifResultExtras } from '../core/report/sarif.js';
import { safeText } from '../core/render/safe-text.js';
import { displayPath } from '../core/util/paths.js';
import { VERSION } from '../core/version.js';
import type { PackRef, PathRef } from './inputs.js';
import type { SourceVerdict } from './verdict.js';
import type { RuleMeta } from '../core/report/sarif-rules.js';

/** One bundle verified and (when verification passed) linted. */
export type BundleCheck =
  | { ok: true; findings: Array<{ draft: FindingDraft; sarif: SarifResultExtras }>; reportJson: string }
  | { ok: false; reasonCode: ReasonCode; message: string };

export interface EvidenceBackend {
  /** Resolve the packs once; throws an AssayError (E_CFG_PARSE naming the pack) when one cannot be loaded. */
  loadPacks(packs: readonly PackRef[]): Promise<{ warnings: string[] }>;
  /** Verify in full, then (when `lint`) lint with the loaded packs. Bundle problems are values, not exceptions. */
  check(bundle: PathRef, lint: boolean): Promise<BundleCheck>;
  /** SARIF rule metadata of the loaded packs' rules (undefined: use the built-in catalog). */
  ruleInfo?(): ((ruleId: string) => RuleMeta | undefined) | undefined;
}

/**
 * The core evidence API as the action's backend (packs resolved against the workspace, never the network).
 * Imported on first use: runs without bundles never load the evidence engine.
 */
export function coreEvidenceBackend(workspace: string): EvidenceBackend {
  let packs: LintPack[] = [];
  let lookup: ((ruleId: string) => RuleMeta | undefined) | undefined;
  const api = () => import('../core/evidence/index.js');
  return {
    ruleInfo: () => lookup,
    async loadPacks(refs) {
      const { loadPacks } = await api();
      const r = loadPacks(
        refs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.path)),
        { cwd: workspace, display: (abs) => displayPath(abs, workspace) },
      );
      packs = r.packs;
      return { warnings: r.warnings };
    },
    async check(bundle, lint) {
      const { lintBundleFile, lintJson, lintRuleMetaLookup, verifyBundleFile } = await api();
      if (!lint) {
        const v = await verifyBundleFile(bundle.path, { label: bundle.display });
        return v.ok ? { ok: true, findings: [], reportJson: '' } : { ok: false, reasonCode: v.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: v.message };
      }
      const r = await lintBundleFile(bundle.path, { packs, label: bundle.display, maxResults: null });
      lookup ??= lintRuleMetaLookup(packs);
      if (!r.ok || !r.report) return { ok: false, reasonCode: r.reason_code ?? 'E_EVIDENCE_UNREADABLE', message: r.message };
      return { ok: true, findings: r.findings, reportJson: JSON.stringify(lintJson(r.report, VERSION), null, 2) + '\n' };
    },
  };
}

// ---- Results ---------------------------------------------------------------------------------------

export type BundleStatus = 'verified' | 'failed';

export interface BundleOutcome {
  bundle: PathRef;
  status: BundleStatus;
  reasonCode?: ReasonCode;
  message?: string;
  lintFindings: number;
}

export interface EvidenceResult {
  bundles: BundleOutcome[];
  /** Verify failures and lint findings, in the findings shape. */
  findings: Finding[];
  /** The lint findings alone (they count toward fail_on; verify failures are exit 2 already). */
  lintFindings: Finding[];
  /** SARIF additions per finding (lint fingerprints, logical locations), keyed by `extrasKey`. */
  extras: Map<string, SarifResultExtras>;
  /** Rule metadata for the evidence SARIF run (lint rules and packs). */
  ruleInfo?: (ruleId: string) => RuleMeta | undefined;
  counts: EvidenceCounts;
  /** Verify failures (exit 2, first failing bundle) and pack errors (exit 2 E_CFG_PARSE). */
  verdicts: SourceVerdict[];
  junitSuites: JunitPolicySuite[];
  lintReports: Array<{ file: string; json: string }>;
  warnings: string[];
}

export function extrasKey(f: Pick<Finding, 'fingerprint' | 'rule_id' | 'location'>): string {
  return `${f.fingerprint}\u0000${f.rule_id}\u0000${f.location.uri}`;
}

/** `lint/<slug>.json`: the repo-relative bundle path with unsafe characters replaced, no leading dot (hidden files). */
export function lintSlug(display: string): string {
  return display.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '') || 'bundle';
}

/** A verify failure: an error result whose rule id is the E_EVIDENCE_* reason, at the bundle path. */
export function verifyFailureFinding(bundle: PathRef, reasonCode: ReasonCode, message: string): Finding {
  return {
    fingerprint: `sha256:${fingerprintV1(reasonCode, bundle.display, reasonCode, 0)}`,
    rule_id: reasonCode,
    level: 'error',
    source: 'config',
    message: safeText(message),
    location: { uri: bundle.display, line: 1, col: 1 },
  };
}

/** Finalize one bundle's drafts (fingerprints by core) and pair each finding with its SARIF extras. */
function finalizeWithExtras(items: ReadonlyArray<{ draft: FindingDraft; sarif: SarifResultExtras }>, extras: Map<string, SarifResultExtras>): Finding[] {
  const fps = draftFingerprints(items.map((i) => i.draft));
  items.forEach(({ draft, sarif }, i) => {
    extras.set(extrasKey({ fingerprint: fps[i]!, rule_id: draft.rule_id, location: draft.location }), sarif);
  });
  return finalizeFindings(items.map((i) => i.draft));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export async function runEvidence(bundles: readonly PathRef[], packs: readonly PackRef[], backend: EvidenceBackend): Promise<EvidenceResult> {
  const out: EvidenceResult = {
    bundles: [],
    findings: [],
    lintFindings: [],
    extras: new Map(),
    counts: { bundles: bundles.length, verified: 0, failed: 0 },
    verdicts: [],
    junitSuites: [],
    lintReports: [],
    warnings: [],
  };
  if (bundles.length === 0) return out;

  let packVerdict: SourceVerdict | undefined;
  try {
    out.warnings.push(...(await backend.loadPacks(packs)).warnings);
  } catch (e) {
    const code: ReasonCode = e instanceof AssayError ? e.reasonCode : 'E_CFG_PARSE';
    packVerdict = {
      source: 'lint',
      exitCode: 2,
      reasonCode: code,
      message: safeText((e as Error).message),
      nextStep: e instanceof AssayError ? e.nextStep : fillNextStep(code),
    };
  }

  let verifyVerdict: SourceVerdict | undefined;
  const slugs = new Set<string>();
  const uniqueSlug = (display: string): string => {
    const base = lintSlug(display);
    let name = base;
    for (let i = 2; slugs.has(name); i++) name = `${base}-${i}`;
    slugs.add(name);
    return name;
  };
  for (const b of bundles) {
    let r: BundleCheck;
    try {
      // After a pack error, bundles are still verified (and reported), just not linted.
      r = await backend.check(b, packVerdict === undefined);
    } catch (e) {
      // A pack that loaded but cannot run is a pack error; anything else about this bundle is unreadable.
      if (e instanceof AssayError && e.reasonCode === 'E_CFG_PARSE') {
        packVerdict ??= { source: 'lint', exitCode: 2, reasonCode: 'E_CFG_PARSE', message: safeText(e.message), nextStep: e.nextStep };
        continue;
      }
      r = { ok: false, reasonCode: e instanceof AssayError ? e.reasonCode : 'E_EVIDENCE_UNREADABLE', message: (e as Error).message };
    }
    if (!r.ok) {
      out.counts.failed++;
      const f = verifyFailureFinding(b, r.reasonCode, r.message);
      out.findings.push(f);
      out.bundles.push({ bundle: b, status: 'failed', reasonCode: r.reasonCode, message: r.message, lintFindings: 0 });
      out.junitSuites.push({ name: `evidence:${b.display}`, cases: [{ name: 'verify', findings: [f], exercised: true }] });
      verifyVerdict ??= {
        source: 'verify',
        exitCode: 2,
        reasonCode: r.reasonCode,
        message: `${b.display}: ${safeText(r.message)}`,
        nextStep: fillNextStep(r.reasonCode, { bundle: b.display }),
      };
      continue;
    }
    out.counts.verified++;
    const findings = finalizeWithExtras(r.findings, out.extras);
    out.findings.push(...findings);
    out.lintFindings.push(...findings);
    out.bundles.push({ bundle: b, status: 'verified', lintFindings: findings.length });
    if (r.reportJson !== '') out.lintReports.push({ file: `${uniqueSlug(b.display)}.json`, json: r.reportJson });
    const byRule = new Map<string, Finding[]>();
    for (const f of findings) byRule.set(f.rule_id, [...(byRule.get(f.rule_id) ?? []), f]);
    out.junitSuites.push({
      name: `evidence:${b.display}`,
      cases: [{ name: 'verify', findings: [], exercised: true }, ...[...byRule.keys()].sort(cmp).map((rule) => ({ name: rule, findings: byRule.get(rule)!, exercised: true }))],
    });
  }
  if (verifyVerdict) out.verdicts.push(verifyVerdict);
  if (packVerdict) out.verdicts.push(packVerdict);
  const ruleInfo = backend.ruleInfo?.();
  if (ruleInfo) out.ruleInfo = ruleInfo;
  return out;
}
