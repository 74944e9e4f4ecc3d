// Lint report formats: text (stderr), JSON (reference shape), SARIF 2.1.0 (driver
// `assay-evidence-lint`), and the mapping of lint findings into the shared Finding model the action uses.
import { createHash } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { boundText, stripControls } from '../../render/safe-text.js';

// Lint text is ours or a pack's prose (configuration, not untrusted trace content): controls are stripped,
// but secret redaction would mangle canonical ids such as `pack@1.0.0:ID` (they look like e-mail addresses).
const safeText = (s: string): string => stripControls(s);
const safeBounded = (s: string): string => boundText(stripControls(s));
import { buildSarif, type SarifResultExtras } from '../../report/sarif.js';
import { finalizeFindings, type Finding, type FindingDraft, type FindingLevel } from '../../report/finding.js';
import { BUILTIN_RULES } from './builtin.js';
import { BUILTIN_HELP_BASE, packHelpUri, packTags } from './engine.js';
import type { LintPack, PackRule } from './pack.js';
import type { LintFinding, LintReport, LintSeverity } from './types.js';
import type { RuleMeta } from '../../report/sarif-rules.js';

export const LINT_DRIVER = 'assay-evidence-lint';
export const LINT_INFORMATION_URI = 'https://docs.getassay.dev/evidence/lint';
export const LINT_FINGERPRINT_KEY = 'assayLintFingerprint/v1';

const TEXT_LEVEL: Record<LintSeverity, string> = { Error: 'error', Warn: 'warn', Info: 'info' };
export const SARIF_LEVEL: Record<LintSeverity, FindingLevel> = { Error: 'error', Warn: 'warning', Info: 'note' };

export interface TextOptions {
  /** Pack labels as given, e.g. `cicd-starter@1.0.0 (default)`. */
  defaultPack: boolean;
}

/** The human report (stderr). */
export function lintText(r: LintReport, opts: TextOptions): string {
  const out: string[] = ['Assay Evidence Lint', '==================='];
  out.push(`Bundle: ${r.bundle_id} (events: ${r.event_count}, verified: true)`);
  out.push(`Packs: ${r.packs.map((p) => `${p.name}@${p.version}${opts.defaultPack ? ' (default)' : ''}`).join(', ')}`);
  if (r.disclaimer !== null) {
    out.push('', 'Disclaimer:');
    for (const l of safeText(r.disclaimer).split('\n')) out.push(`  ${l}`.trimEnd());
  }
  if (r.truncated) out.push('', `Showing ${r.findings.length} of ${r.findings.length + r.truncated_count} findings (--max-results ${r.applied_cap}); ${r.truncated_count} omitted.`);
  for (const s of r.skipped_rules) out.push(`skipped: ${s.rule_id} (${s.reason})`);
  out.push('');
  for (const f of r.findings) {
    const where = f.location === null ? 'global' : `seq:${f.location.seq} line:${f.location.line}`;
    const ref = f.article_ref !== undefined ? ` [${safeText(f.article_ref)}]` : '';
    out.push(`[${TEXT_LEVEL[f.severity]}] ${f.rule_id} (${where}) ${safeText(f.message)}${ref}`);
    out.push(`  Hint: run \`assay evidence lint --explain ${f.rule_id}\``);
  }
  const s = r.summary;
  out.push(s.total === 0 ? 'No findings.' : `Summary: ${s.total} total (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info)`);
  return out.join('\n') + '\n';
}

/** The JSON report (reference shape plus `schema`), pretty-printed by the caller. */
export function lintJson(r: LintReport, toolVersion: string): Record<string, unknown> {
  return {
    schema: 'assay.evidence.lint.v1',
    schema_version: 1,
    tool_version: toolVersion,
    bundle_meta: r.bundle_meta,
    verified: true,
    findings: r.findings.map((f) => ({
      rule_id: f.rule_id,
      severity: f.severity,
      message: f.message,
      location: f.location,
      fingerprint: f.fingerprint,
      help_uri: f.help_uri,
      tags: f.tags,
    })),
    summary: r.summary,
    truncated: r.truncated,
    truncated_count: r.truncated_count,
    applied_cap: r.applied_cap,
    skipped_rules: r.skipped_rules,
    ...(r.disclaimer !== null ? { disclaimer: r.disclaimer } : {}),
  };
}

function insideWorkspace(p: string): boolean {
  return !isAbsolute(p) && !p.startsWith('..');
}

/** Where a finding points in SARIF: the bundle, or (global, from a workspace pack file) the rule's `id:` line. */
function sarifLocation(f: LintFinding, bundlePath: string): { uri: string; line: number } {
  if (f.location === null && f.pack?.file != null && insideWorkspace(f.pack.file)) return { uri: f.pack.file, line: f.pack.rule_line };
  return { uri: bundlePath, line: 1 };
}

/** `primaryLocationLineHash`: hex sha256 of `<rule_id>:<uri>:<line>:<pack digest or empty>`. */
export function primaryLocationLineHash(f: LintFinding, bundlePath: string): string {
  const uri = f.location !== null ? 'events.ndjson' : bundlePath;
  const line = f.location !== null ? f.location.line : 1;
  return createHash('sha256').update(`${f.rule_id}:${uri}:${line}:${f.pack?.digest ?? ''}`, 'utf8').digest('hex');
}

/**
 * A lint finding as a shared FindingDraft (the action puts these in its `evidence` SARIF run, the summary and the
 * findings baseline). Fingerprint inputs: subject = bundle path, detail = the lint fingerprint.
 */
export function lintFindingDraft(f: LintFinding, bundlePath: string): FindingDraft {
  const loc = sarifLocation(f, bundlePath);
  return {
    rule_id: f.rule_id,
    level: SARIF_LEVEL[f.severity],
    source: 'policy',
    message: f.message,
    location: { uri: loc.uri, line: loc.line, col: 1 },
    subject: bundlePath,
    detail: f.fingerprint,
  };
}

/** SARIF extras for one lint finding: lint fingerprints, `seq:<n>` logical location, properties. */
export function lintSarifExtras(f: LintFinding, bundlePath: string, bundleId: string): SarifResultExtras {
  return {
    partialFingerprints: { [LINT_FINGERPRINT_KEY]: f.fingerprint, primaryLocationLineHash: primaryLocationLineHash(f, bundlePath) },
    ...(f.location !== null ? { logicalLocations: [{ name: `seq:${f.location.seq}`, kind: 'event' }] } : {}),
    properties:
      f.location !== null
        ? { bundle_path: bundlePath, bundle_id: bundleId, member: 'events.ndjson', seq: f.location.seq, line: f.location.line, event_type: safeBounded(f.location.event_type) }
        : { bundle_path: bundlePath, bundle_id: bundleId },
  };
}

export interface LintRuleInfo {
  id: string;
  name: string;
  short: string;
  full: string;
  helpText: string;
  helpMarkdown: string;
  helpUri: string;
  severity: LintSeverity;
  securitySeverity: string;
  tags: string[];
  article_ref: string | null;
  pack: { name: string; version: string } | null;
}

const PACK_SECURITY: Record<PackRule['severity'], string> = { error: '7.5', warning: '5.0', info: '2.0' };
const PACK_SEVERITY: Record<PackRule['severity'], LintSeverity> = { error: 'Error', warning: 'Warn', info: 'Info' };

function pascal(s: string): string {
  const name = s
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
  return name === '' ? 'Rule' : name;
}

/** Every lint rule known from the built-ins and the given packs, by canonical id. */
export function lintRuleCatalog(packs: readonly LintPack[]): Map<string, LintRuleInfo> {
  const m = new Map<string, LintRuleInfo>();
  for (const r of BUILTIN_RULES) {
    m.set(r.id, {
      id: r.id,
      name: r.name,
      short: r.short,
      full: r.full,
      helpText: r.help.replace(/`/g, ''),
      helpMarkdown: r.help,
      helpUri: BUILTIN_HELP_BASE + r.id,
      severity: r.severity,
      securitySeverity: r.securitySeverity,
      tags: r.tags,
      article_ref: null,
      pack: null,
    });
  }
  for (const p of packs) {
    for (const r of p.rules) {
      if (m.has(r.canonical)) continue;
      const help = r.help_markdown ?? r.description;
      m.set(r.canonical, {
        id: r.canonical,
        name: pascal(`${p.name} ${r.id}`),
        short: r.description,
        full: `${r.description} (pack ${p.name}@${p.version}${r.article_ref !== null ? `, ${r.article_ref}` : ''})`,
        helpText: help,
        helpMarkdown: help,
        helpUri: packHelpUri(p, r),
        severity: PACK_SEVERITY[r.severity],
        securitySeverity: PACK_SECURITY[r.severity],
        tags: packTags(p, r),
        article_ref: r.article_ref,
        pack: { name: p.name, version: p.version },
      });
    }
  }
  return m;
}

export interface LintSarifInput {
  report: LintReport;
  packs: readonly LintPack[];
  bundlePath: string;
  version: string;
  /** `--category` (default `assay-evidence/lint`); `automationDetails.id` is `<category>/`. */
  category: string;
  exitCode: number;
}

/** SARIF 2.1.0 for `evidence lint --format sarif`, truncated only at GitHub's limits by buildSarif. */
export function lintSarif(input: LintSarifInput): { text: string; omitted: number } {
  const { report, bundlePath } = input;
  // One finding per lint finding; decorate() gets the same objects back, so identity pairs them.
  const pairs = new Map<Finding, LintFinding>();
  for (const lf of report.findings) pairs.set(finalizeFindings([lintFindingDraft(lf, bundlePath)])[0]!, lf);
  const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
  const sarif = buildSarif({
    version: input.version,
    informationUri: LINT_INFORMATION_URI,
    runs: [
      {
        category: input.category,
        kind: 'evidence',
        findings: [...pairs.keys()],
        exitCode: input.exitCode,
        driverName: LINT_DRIVER,
        decorate: (f) => {
          const lf = pairs.get(f);
          return lf === undefined ? undefined : lintSarifExtras(lf, bundlePath, report.bundle_id);
        },
      },
    ],
  });
  // The shared writer knows the gate's rule catalog; lint rules, messages and the run id are ours.
  const doc = JSON.parse(sarif.text) as { runs: Array<Record<string, unknown>> };
  const run = doc.runs[0]!;
  const catalog = lintRuleCatalog(input.packs);
  const results = (run.results as Array<Record<string, unknown>>) ?? [];
  const ids = [...new Set(results.map((r) => r.ruleId as string))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const driver = (run.tool as { driver: Record<string, unknown> }).driver;
  driver.rules = ids.map((id) => sarifRule(catalog.get(id), id));
  driver.properties = { assayPacks: input.report.packs.map((p) => ({ name: p.name, version: p.version, digest: p.digest, source_url: p.source_url })) };
  for (const r of results) {
    r.ruleIndex = ids.indexOf(r.ruleId as string);
    const fp = (r.partialFingerprints as Record<string, string>)[LINT_FINGERPRINT_KEY];
    const lf = fp !== undefined ? byFingerprint.get(fp) : undefined;
    if (lf !== undefined) (r.message as { text: string }).text = safeBounded(lf.message);
  }
  // Order: level, rule id, bundle path, then the event line (the physical line is always 1).
  const rank: Record<string, number> = { error: 0, warning: 1, note: 2 };
  const evLine = (r: Record<string, unknown>) => ((r.properties as { line?: number } | undefined)?.line ?? 0);
  const uriOf = (r: Record<string, unknown>) =>
    ((r.locations as Array<{ physicalLocation: { artifactLocation: { uri: string } } }>)[0]?.physicalLocation.artifactLocation.uri ?? '');
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  results.sort(
    (a, b) =>
      rank[a.level as string]! - rank[b.level as string]! ||
      cmp(a.ruleId as string, b.ruleId as string) ||
      cmp(uriOf(a), uriOf(b)) ||
      evLine(a) - evLine(b),
  );
  run.automationDetails = { id: `${input.category}/` };
  return { text: JSON.stringify(doc, null, 2) + '\n', omitted: sarif.omitted };
}

function sarifRule(info: LintRuleInfo | undefined, id: string): Record<string, unknown> {
  const i: LintRuleInfo = info ?? {
    id,
    name: pascal(id),
    short: `Evidence lint rule ${id}`,
    full: `Evidence lint rule ${id}.`,
    helpText: `Run assay evidence lint --explain ${id}`,
    helpMarkdown: `Run \`assay evidence lint --explain ${id}\``,
    helpUri: LINT_INFORMATION_URI,
    severity: 'Warn',
    securitySeverity: '5.0',
    tags: [],
    article_ref: null,
    pack: null,
  };
  return {
    id: i.id,
    name: i.name,
    shortDescription: { text: safeBounded(i.short).slice(0, 1024) },
    fullDescription: { text: safeText(i.full) },
    help: { text: safeText(i.helpText), markdown: safeText(i.helpMarkdown) },
    helpUri: i.helpUri,
    defaultConfiguration: { level: SARIF_LEVEL[i.severity] },
    properties: { tags: i.tags.slice(0, 10), 'security-severity': i.securitySeverity },
  };
}

/** Lint rule metadata as SARIF rule metadata, for SARIF runs built by the shared writer (the action). */
export function lintRuleMetaLookup(packs: readonly LintPack[]): (ruleId: string) => RuleMeta | undefined {
  const catalog = lintRuleCatalog(packs);
  return (ruleId) => {
    const r = catalog.get(ruleId);
    if (!r) return undefined;
    return {
      id: r.id,
      name: r.name,
      shortDescription: r.short,
      fullDescription: r.full,
      helpText: r.helpText,
      helpMarkdown: r.helpMarkdown,
      level: SARIF_LEVEL[r.severity],
      securitySeverity: r.securitySeverity,
      tags: r.tags,
    };
  };
}
