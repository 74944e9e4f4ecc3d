// Evidence bundles in the action (03-action §4.2–4.3): verify every bundle, lint the verified ones, and
// turn both into findings of the SARIF `evidence` run. All evidence use of the action goes through this
// module. The core evidence API (src/core/evidence) is bound in `loadEvidenceBackend`; while it is
// absent every discovered bundle is reported as "not verified: verification not available in this build"
// (a warning; `verified` is false; the verdict is unchanged).
import { createHash } from 'node:crypto';
import { AssayError } from '../core/errors.js';
import { fillNextStep, type ReasonCode } from '../core/outcome/reason-codes.js';
import { fingerprintV1, prefixedFingerprint, type Finding, type FindingLevel } from '../core/report/finding.js';
import type { EvidenceCounts } from '../core/report/gate-report.js';
import type { JunitPolicySuite } from '../core/report/junit.js';
import type { SarifResultExtras } from '../core/report/sarif.js';
import { safeText } from '../core/render/safe-text.js';
import type { PackRef, PathRef } from './inputs.js';
import type { SourceVerdict } from './verdict.js';

// ---- What the action needs from the core evidence API (04-evidence §7, §8) --------------------------

export type VerifyOutcome = { ok: true; bundleId?: string } | { ok: false; reasonCode: ReasonCode; message: string };

/** A lint finding as 04-evidence §8.5 defines it; severity in any case (`Error`, `warn`, …). */
export interface LintFindingLike {
  rule_id: string;
  severity: string;
  message: string;
  location: { seq: number; line: number; event_type: string } | null;
  fingerprint: string;
  /** Pack digest of pack rules (for primaryLocationLineHash); absent for built-ins. */
  pack_digest?: string;
}

export interface LintOutcome {
  findings: LintFindingLike[];
  /** The per-bundle lint JSON (reference shape), written to `<reports_dir>/lint/<slug>.json`. */
  reportJson: string;
}

export interface EvidenceBackend {
  verify(path: string): Promise<VerifyOutcome>;
  /** Throws an AssayError (E_CFG_PARSE naming the pack) when a pack cannot be found or parsed. */
  lint(path: string, packs: readonly PackRef[]): Promise<LintOutcome>;
}

/** The core evidence API, once src/core/evidence exists (reconciled by the lead); undefined until then. */
export function loadEvidenceBackend(): EvidenceBackend | undefined {
  return undefined;
}

// ---- Results ---------------------------------------------------------------------------------------

export type BundleStatus = 'verified' | 'failed' | 'unsupported';

export interface BundleOutcome {
  bundle: PathRef;
  status: BundleStatus;
  reasonCode?: ReasonCode;
  message?: string;
  lintFindings: number;
}

export interface EvidenceResult {
  bundles: BundleOutcome[];
  /** Verify failures and lint findings, in the findings shape of 02 §5.3. */
  findings: Finding[];
  /** SARIF additions per finding (lint fingerprints, logical locations), keyed by `extrasKey`. */
  extras: Map<string, SarifResultExtras>;
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

/** Lint severity → finding level, case-insensitively, in one place (03 §4.3; reference defect §7 #1). */
export function lintLevel(severity: string): FindingLevel {
  const s = severity.toLowerCase();
  if (s === 'error') return 'error';
  if (s === 'warn' || s === 'warning') return 'warning';
  return 'note';
}

/** `lint/<slug>.json`: the repo-relative bundle path with unsafe characters replaced. */
export function lintSlug(display: string): string {
  return display.replace(/[^A-Za-z0-9._-]/g, '-');
}

function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** A lint finding located at the bundle file (the archive is the real file in the repo). */
export function lintFinding(bundle: PathRef, lf: LintFindingLike): { finding: Finding; extras: SarifResultExtras } {
  const finding: Finding = {
    fingerprint: prefixedFingerprint(lf.fingerprint),
    rule_id: lf.rule_id,
    level: lintLevel(lf.severity),
    source: 'config',
    message: safeText(lf.message),
    location: { uri: bundle.display, line: 1, col: 1 },
  };
  const hashUri = lf.location ? 'events.ndjson' : bundle.display;
  const hashLine = lf.location ? lf.location.line : 1;
  const extras: SarifResultExtras = {
    partialFingerprints: {
      'assayLintFingerprint/v1': lf.fingerprint,
      primaryLocationLineHash: sha256Hex(`${lf.rule_id}:${hashUri}:${hashLine}:${lf.pack_digest ?? ''}`),
    },
    ...(lf.location ? { logicalLocations: [{ name: `seq:${lf.location.seq}`, kind: 'event' }] } : {}),
    properties: {
      bundle_path: bundle.display,
      ...(lf.location ? { member: 'events.ndjson', seq: lf.location.seq, line: lf.location.line, event_type: safeText(lf.location.event_type) } : {}),
    },
  };
  return { finding, extras };
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

export async function runEvidence(bundles: readonly PathRef[], packs: readonly PackRef[], backend: EvidenceBackend | undefined = loadEvidenceBackend()): Promise<EvidenceResult> {
  const out: EvidenceResult = {
    bundles: [],
    findings: [],
    extras: new Map(),
    counts: { bundles: bundles.length, verified: 0, failed: 0 },
    verdicts: [],
    junitSuites: [],
    lintReports: [],
    warnings: [],
  };
  if (bundles.length === 0) return out;
  if (!backend) {
    for (const b of bundles) out.bundles.push({ bundle: b, status: 'unsupported', lintFindings: 0 });
    out.warnings.push(`${bundles.length} evidence bundle(s) found but not verified: evidence verification is not available in this build of the action`);
    return out;
  }

  let verifyVerdict: SourceVerdict | undefined;
  let packVerdict: SourceVerdict | undefined;
  for (const b of bundles) {
    let v: VerifyOutcome;
    try {
      v = await backend.verify(b.path);
    } catch (e) {
      const code: ReasonCode = e instanceof AssayError ? e.reasonCode : 'E_EVIDENCE_UNREADABLE';
      v = { ok: false, reasonCode: code, message: (e as Error).message };
    }
    if (!v.ok) {
      out.counts.failed++;
      const f = verifyFailureFinding(b, v.reasonCode, v.message);
      out.findings.push(f);
      out.bundles.push({ bundle: b, status: 'failed', reasonCode: v.reasonCode, message: v.message, lintFindings: 0 });
      out.junitSuites.push({ name: `evidence:${b.display}`, cases: [{ name: 'verify', findings: [f], exercised: true }] });
      verifyVerdict ??= {
        source: 'verify',
        exitCode: 2,
        reasonCode: v.reasonCode,
        message: `${b.display}: ${safeText(v.message)}`,
        nextStep: fillNextStep(v.reasonCode, { bundle: b.display }),
      };
      continue;
    }
    out.counts.verified++;
    const outcome: BundleOutcome = { bundle: b, status: 'verified', lintFindings: 0 };
    out.bundles.push(outcome);
    if (packVerdict) continue; // a bad pack fails every bundle the same way; reported once
    try {
      const lint = await backend.lint(b.path, packs);
      const byRule = new Map<string, Finding[]>();
      for (const lf of lint.findings) {
        const { finding, extras } = lintFinding(b, lf);
        out.findings.push(finding);
        out.extras.set(extrasKey(finding), extras);
        const list = byRule.get(finding.rule_id) ?? [];
        list.push(finding);
        byRule.set(finding.rule_id, list);
      }
      outcome.lintFindings = lint.findings.length;
      out.lintReports.push({ file: `${lintSlug(b.display)}.json`, json: lint.reportJson });
      const rules = [...byRule.keys()].sort((a, c) => (a < c ? -1 : a > c ? 1 : 0));
      out.junitSuites.push({
        name: `evidence:${b.display}`,
        cases: [{ name: 'verify', findings: [], exercised: true }, ...rules.map((r) => ({ name: r, findings: byRule.get(r)!, exercised: true }))],
      });
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
  }
  if (verifyVerdict) out.verdicts.push(verifyVerdict);
  if (packVerdict) out.verdicts.push(packVerdict);
  return out;
}
