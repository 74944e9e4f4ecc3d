// Text renderings of the mcp-server coverage report for `format` ≠ json; explain uses the core
// renderer. Tool names come from the caller: they are sanitised (controls, secrets) and escaped.
import { escapeMarkdown, safeBounded } from '../../core/render/safe-text.js';

export interface CoverageReport {
  schema: 'assay.coverage_report.v1';
  tools: { seen: string[]; declared: string[]; unknown: string[]; covered_pct: number };
  rules: { total: number; exercised: number; exercised_pct: number; not_exercised: string[] };
  overall_pct: number;
  violations: Array<Record<string, unknown>>;
  warnings: Array<Record<string, unknown>>;
  high_risk_gaps: string[];
  min_coverage: number;
  meets_threshold: boolean;
}

const safe = (s: string) => safeBounded(s);
export function renderCoverage(r: CoverageReport, format: string): string {
  const head = `Coverage ${r.overall_pct}% (tools ${r.tools.covered_pct}%, rules ${r.rules.exercised_pct}%), threshold ${r.min_coverage}%: ${r.meets_threshold ? 'met' : 'not met'}`;
  const lines: string[] = [];
  if (format === 'github') {
    lines.push(r.meets_threshold ? `::notice::${head}` : `::error::${head}`);
    for (const g of r.high_risk_gaps) lines.push(`::warning::High-risk tool never exercised: ${safe(g)}`);
    for (const id of r.rules.not_exercised) lines.push(`::notice::Sequence rule not exercised: ${safe(id)}`);
    return lines.join('\n') + '\n';
  }
  lines.push(`## ${escapeMarkdown(head)}`, '');
  lines.push(`- tools seen: ${r.tools.seen.length}, declared: ${r.tools.declared.length}, unknown: ${r.tools.unknown.length}`);
  lines.push(`- rules exercised: ${r.rules.exercised}/${r.rules.total}`);
  if (r.high_risk_gaps.length > 0) lines.push(`- high-risk gaps: ${r.high_risk_gaps.map((g) => escapeMarkdown(safe(g))).join(', ')}`);
  if (r.violations.length > 0) lines.push(`- violations: ${r.violations.length}`);
  return lines.join('\n') + '\n';
}
