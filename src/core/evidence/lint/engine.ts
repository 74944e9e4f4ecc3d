// The lint pipeline: (1) full verify, streaming; (2) built-in rules on every event; (3) packs in
// `--pack` order, rules in file order, a canonical id seen twice running once; (4) `--max-results` cap
// (text/JSON only) after a stable sort by severity; (5) summary counts after truncation.
import { createHash } from 'node:crypto';
import { verifyBundleBytes } from '../verify.js';
import type { EvidenceLimits } from '../limits.js';
import { BUILTIN_RULES, BuiltinRunner } from './builtin.js';
import { checkRunner, type CheckRunner } from './checks.js';
import { compareEngine, ENGINE_VERSION, type LintPack, type PackRule } from './pack.js';
import { severityRank, type LintFinding, type LintLocation, type LintReport, type LintSeverity, type SkippedRule } from './types.js';

export interface LintOptions {
  packs: readonly LintPack[];
  limits?: Partial<EvidenceLimits>;
  /** `--max-results` (text and JSON); null or undefined = no cap (SARIF is cut only at GitHub's limits). */
  maxResults?: number | null;
  bundleLabel?: string;
}

export const BUILTIN_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/rules/';
export const PACK_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/packs/';

function sha(s: string): string {
  return 'sha256:' + createHash('sha256').update(s, 'utf8').digest('hex');
}

function locKey(loc: LintLocation | null): string {
  return loc === null ? 'global' : `${loc.seq}:${loc.line}`;
}

/** Built-in fingerprint: sha256 of `<rule_id>:<seq>:<line>` or `<rule_id>:global`. */
export function builtinFingerprint(ruleId: string, loc: LintLocation | null): string {
  return sha(`${ruleId}:${locKey(loc)}`);
}

/** Pack fingerprint: sha256 of `<canonical>:<loc_key>:<pack_digest>`. */
export function packFingerprint(canonical: string, loc: LintLocation | null, packDigest: string): string {
  return sha(`${canonical}:${locKey(loc)}:${packDigest}`);
}

const SEVERITY: Record<PackRule['severity'], LintSeverity> = { error: 'Error', warning: 'Warn', info: 'Info' };

export function packTags(pack: LintPack, rule: PackRule): string[] {
  const tags = [pack.name, `pack:${pack.name}`, `pack_version:${pack.version}`, `short_id:${rule.id}`];
  if (rule.article_ref !== null) tags.push(`article_ref:${rule.article_ref}`);
  return tags;
}

export function packHelpUri(pack: LintPack, rule: PackRule): string {
  return pack.source_url ?? `${PACK_HELP_BASE}${pack.name}#${encodeURIComponent(rule.id)}`;
}

interface ActiveRule {
  pack: LintPack;
  rule: PackRule;
  runner: CheckRunner;
  scope: ReadonlySet<string> | null;
}

/** Verify a bundle held in memory and lint it. Throws BundleError when it does not verify (no rule runs). */
export async function lintBundleBytes(bytes: Uint8Array, opts: LintOptions): Promise<LintReport> {
  const builtin = new BuiltinRunner();
  const active: ActiveRule[] = [];
  const skipped: SkippedRule[] = [];
  // Pack rules in `--pack` order, rules in file order: a runner, or a finding decided before running.
  const plan: Array<ActiveRule | LintFinding> = [];
  const seen = new Set<string>();
  for (const pack of opts.packs) {
    for (const rule of pack.rules) {
      if (seen.has(rule.canonical)) continue;
      seen.add(rule.canonical);
      if (rule.check.type === 'unsupported' || (rule.engine_min_version !== null && compareEngine(rule.engine_min_version, ENGINE_VERSION) > 0)) {
        const need = rule.engine_min_version ?? ENGINE_VERSION;
        if (pack.kind === 'compliance') {
          plan.push(packFinding(pack, rule, `Cannot execute rule: requires engine ${need}`, null, SEVERITY[rule.severity]));
        } else skipped.push({ rule_id: rule.canonical, reason: `requires engine ${need} (this engine: ${ENGINE_VERSION})` });
        continue;
      }
      const a: ActiveRule = { pack, rule, runner: checkRunner(rule.check), scope: rule.event_types === null ? null : new Set(rule.event_types) };
      active.push(a);
      plan.push(a);
    }
  }

  const verified = await verifyBundleBytes(bytes, {
    limits: opts.limits,
    bundleLabel: opts.bundleLabel,
    onEvent: (ev, info) => {
      const loc: LintLocation = { seq: info.seq, line: info.line, event_type: ev.type };
      builtin.visit(ev, loc);
      for (const a of active) if (a.scope === null || a.scope.has(ev.type)) a.runner.visit(ev, loc);
    },
  });

  const findings: LintFinding[] = [];
  const rules = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
  for (const hit of builtin.finish()) {
    const r = rules.get(hit.rule)!;
    findings.push({
      rule_id: hit.rule,
      severity: r.severity,
      message: hit.message,
      location: hit.location,
      fingerprint: builtinFingerprint(hit.rule, hit.location),
      help_uri: BUILTIN_HELP_BASE + hit.rule,
      tags: [...r.tags],
    });
  }
  for (const item of plan) {
    if ('fingerprint' in item) {
      findings.push(item);
      continue;
    }
    const out = item.runner.finish(verified.manifest);
    if (out === null) continue;
    findings.push(packFinding(item.pack, item.rule, `${item.rule.description}: ${out.message}`, out.location, out.severity ?? SEVERITY[item.rule.severity]));
  }

  const cap = opts.maxResults ?? null;
  let kept = findings;
  let truncatedCount = 0;
  if (cap !== null && findings.length > cap) {
    kept = findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i)
      .slice(0, cap)
      .map((x) => x.f);
    truncatedCount = findings.length - cap;
  }
  const count = (s: LintSeverity) => kept.filter((f) => f.severity === s).length;
  const disclaimers = opts.packs.filter((p) => p.kind === 'compliance' && p.disclaimer !== null).map((p) => p.disclaimer!.trimEnd());
  return {
    bundle_meta: verified.manifest,
    bundle_id: verified.bundle_id,
    event_count: verified.event_count,
    findings: kept,
    summary: { total: kept.length, errors: count('Error'), warnings: count('Warn'), infos: count('Info') },
    truncated: truncatedCount > 0,
    truncated_count: truncatedCount,
    applied_cap: cap,
    skipped_rules: skipped,
    disclaimer: disclaimers.length > 0 ? disclaimers.join('\n\n---\n\n') : null,
    packs: opts.packs.map((p) => ({
      name: p.name,
      version: p.version,
      digest: p.digest,
      source_url: p.source_url,
      kind: p.kind,
      builtin: p.origin.builtin,
      file: p.origin.builtin ? null : p.origin.file,
    })),
    warnings: [],
  };
}

function packFinding(pack: LintPack, rule: PackRule, message: string, location: LintLocation | null, severity: LintSeverity): LintFinding {
  return {
    rule_id: rule.canonical,
    severity,
    message,
    location,
    fingerprint: packFingerprint(rule.canonical, location, pack.digest),
    help_uri: packHelpUri(pack, rule),
    tags: packTags(pack, rule),
    ...(rule.article_ref !== null ? { article_ref: rule.article_ref } : {}),
    pack: {
      name: pack.name,
      version: pack.version,
      digest: pack.digest,
      kind: pack.kind,
      file: pack.origin.builtin ? null : pack.origin.file,
      rule_line: rule.line,
      short_id: rule.id,
    },
  };
}

/** `--fail-on`: does any finding gate? (`error` → Error; `warning` → Error/Warn; `note` → any; `none` → never). */
export function lintGates(findings: readonly LintFinding[], failOn: 'error' | 'warning' | 'note' | 'none'): boolean {
  if (failOn === 'none') return false;
  const limit = failOn === 'error' ? 0 : failOn === 'warning' ? 1 : 2;
  return findings.some((f) => severityRank(f.severity) <= limit);
}
