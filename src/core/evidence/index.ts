// Evidence bundles (04): the public API of the core. The CLI commands and the GitHub Action call these.
import { readBundleFile } from './source.js';
import { resolveLimits, type EvidenceLimits } from './limits.js';
import { verifyBundleBytes, type VerifyResult } from './verify.js';
import { BundleError, type VerifyCode } from './verify-error.js';
import type { Manifest } from './manifest.js';
import type { ReasonCode } from '../outcome/reason-codes.js';
import { lintBundleBytes } from './lint/engine.js';
import { loadPacks, type PackResolveOptions } from './lint/load.js';
import { DEFAULT_PACK } from './packs/index.js';
import type { LintPack } from './lint/pack.js';
import type { LintReport } from './lint/types.js';
import { lintFindingDraft, lintSarifExtras } from './lint/report.js';
import type { FindingDraft } from '../report/finding.js';
import type { SarifResultExtras } from '../report/sarif.js';

export { buildBundle, writeBundle, writeFileAtomic, type EventInput, type WrittenBundle } from './writer.js';
export { verifyBundleBytes, type VerifyOptions, type VerifyResult, type EventInfo } from './verify.js';
export { readBundleFile, readBundleStream, BundleOpenError } from './source.js';
export { BundleError, VERIFY_CODES, verifyCodeClass, verifyCodeReason, type VerifyCode, type VerifyErrorClass } from './verify-error.js';
export { DEFAULT_LIMITS, LIMIT_KEYS, parseLimitsJson, resolveLimits, type EvidenceLimits } from './limits.js';
export { contentHash, runRoot, type EvidenceEvent } from './event.js';
export type { Manifest } from './manifest.js';
export { lintBundleBytes, lintGates, type LintOptions } from './lint/engine.js';
export { loadPack, loadPacks, type PackResolveOptions } from './lint/load.js';
export { parsePack, type LintPack } from './lint/pack.js';
export { lintJson, lintSarif, lintText, lintFindingDraft, lintSarifExtras, lintRuleMetaLookup, LINT_DRIVER, LINT_FINGERPRINT_KEY } from './lint/report.js';
export { explainRule } from './lint/explain.js';
export type { LintFinding, LintReport, LintSeverity } from './lint/types.js';
export { BUILTIN_PACKS, DEFAULT_PACK } from './packs/index.js';
export { profileToEvents, scrubKey, exportTraceparent, type ExportDetail, type ProfileExportOptions } from './export-profile.js';
export { diffSide, diffBundles, diffText, diffMarkdown, hasAdditions, type DiffReport, type DiffSide } from './diff.js';
export { attestBundle, buildStatement, signStatement, verifyAttestation, loadPrivateKey, loadPublicKey, keyId, pae, type Envelope } from './attest.js';
export { loadExplore, showText, showJson, type ExploreModel } from './explore.js';
export { exploreHtml } from './html.js';
export { normalizeRfc3339, parseRfc3339, renderInstant, type Instant } from './time.js';

export interface VerifyFileResult {
  ok: boolean;
  /** Verify code on failure (e.g. `IntegrityEventHash`). */
  code?: VerifyCode;
  reason_code?: ReasonCode;
  message: string;
  manifest?: Manifest;
  result?: VerifyResult;
}

/** Verify one bundle file in full (the action calls this in-process for every discovered bundle). Never throws for bundle problems. */
export async function verifyBundleFile(path: string, opts: { limits?: Partial<EvidenceLimits>; label?: string } = {}): Promise<VerifyFileResult> {
  const limits = resolveLimits(opts.limits);
  try {
    const bytes = readBundleFile(path, limits.max_bundle_bytes, opts.label ?? path);
    const result = await verifyBundleBytes(bytes, { limits, bundleLabel: opts.label ?? path });
    return { ok: true, message: 'Bundle verified', manifest: result.manifest, result };
  } catch (e) {
    if (e instanceof BundleError) return { ok: false, code: e.code, reason_code: e.reasonCode, message: e.cause };
    throw e;
  }
}

export interface LintFileOptions {
  /** Pack refs (built-in names or paths); default `cicd-starter`. Or already loaded packs. */
  packs?: readonly string[] | readonly LintPack[];
  /** How refs are resolved (cwd, config dir, display paths). */
  resolve?: PackResolveOptions;
  limits?: Partial<EvidenceLimits>;
  /** Display (repo-relative) path of the bundle: SARIF locations and finding subjects. */
  label?: string;
  /** Cap on findings; default none (the action caps only at GitHub's limits). */
  maxResults?: number | null;
}

export interface LintFileResult {
  ok: boolean;
  /** Verification failure (then no rule ran). */
  code?: VerifyCode;
  reason_code?: ReasonCode;
  message: string;
  report?: LintReport;
  /** The findings as shared FindingDrafts (finalize with finalizeFindings), with their SARIF extras. */
  findings: Array<{ draft: FindingDraft; sarif: SarifResultExtras }>;
  packs: LintPack[];
}

/**
 * Verify then lint one bundle file. Pack problems throw ConfigError(E_CFG_PARSE); bundle problems are returned
 * as `ok: false` with the verify code.
 */
export async function lintBundleFile(path: string, opts: LintFileOptions = {}): Promise<LintFileResult> {
  const label = opts.label ?? path;
  const given = opts.packs ?? [DEFAULT_PACK];
  const packs: LintPack[] =
    given.length > 0 && typeof given[0] !== 'string'
      ? [...(given as readonly LintPack[])]
      : loadPacks(given as readonly string[], opts.resolve ?? { cwd: '.' }).packs;
  const limits = resolveLimits(opts.limits);
  try {
    const bytes = readBundleFile(path, limits.max_bundle_bytes, label);
    const report = await lintBundleBytes(bytes, { packs, limits, maxResults: opts.maxResults ?? null, bundleLabel: label });
    return {
      ok: true,
      message: `${report.summary.total} findings`,
      report,
      packs,
      findings: report.findings.map((f) => ({ draft: lintFindingDraft(f, label), sarif: lintSarifExtras(f, label, report.bundle_id) })),
    };
  } catch (e) {
    if (e instanceof BundleError) return { ok: false, code: e.code, reason_code: e.reasonCode, message: e.cause, findings: [], packs };
    throw e;
  }
}
