// Lint findings and the report the formats are rendered from.
import type { Manifest } from '../manifest.js';

export type LintSeverity = 'Error' | 'Warn' | 'Info';

export interface LintLocation {
  seq: number;
  /** 1-based line in events.ndjson. */
  line: number;
  event_type: string;
}

export interface LintFinding {
  /** `ASSAY-…` for built-ins, `<pack>@<version>:<id>` for pack rules. */
  rule_id: string;
  severity: LintSeverity;
  message: string;
  location: LintLocation | null;
  /** `sha256:<hex>`. */
  fingerprint: string;
  help_uri: string;
  tags: string[];
  /** Pack rules: the reference the rule maps to (e.g. `12(1)`), when set. */
  article_ref?: string;
  /** Pack rules: which pack and where the rule is defined. */
  pack?: { name: string; version: string; digest: string; kind: string; file: string | null; rule_line: number; short_id: string };
}

export interface SkippedRule {
  rule_id: string;
  reason: string;
}

export interface LintReport {
  bundle_meta: Manifest;
  bundle_id: string;
  event_count: number;
  findings: LintFinding[];
  summary: { total: number; errors: number; warnings: number; infos: number };
  truncated: boolean;
  truncated_count: number;
  applied_cap: number | null;
  skipped_rules: SkippedRule[];
  /** Disclaimers of the compliance packs used, joined by `\n\n---\n\n`. */
  disclaimer: string | null;
  packs: Array<{ name: string; version: string; digest: string; source_url: string | null; kind: string; builtin: boolean; file: string | null }>;
  /** Non-fatal notes (e.g. a rule defined by two packs). */
  warnings: string[];
}

export function severityRank(s: LintSeverity): number {
  return s === 'Error' ? 0 : s === 'Warn' ? 1 : 2;
}
