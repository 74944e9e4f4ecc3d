// Coverage report renderings: text, JSON, Markdown and GitHub workflow commands.
import type { Finding } from '../report/finding.js';
import { escapeMarkdown, markdownCode, safeBounded, safeText } from '../render/safe-text.js';
import type { CoverageReport } from './report.js';

export type CoverageFormat = 'text' | 'json' | 'markdown' | 'github';

const one = (s: string): string => safeBounded(s).replace(/[\r\n\t]/g, ' ');
const fmt = (n: number): string => `${n.toFixed(2)}%`;
const list = (xs: readonly string[], max = 20): string => {
  const shown = xs.slice(0, max).map(one).join(', ');
  return xs.length > max ? `${shown}, … and ${xs.length - max} more` : shown;
};

function findingLine(f: Finding): string {
  return `${one(f.location.uri)}:${f.location.line}: ${f.rule_id.replace(/^policy\//, '')} ${one(f.message)}`;
}

export function coverageText(r: CoverageReport): string {
  const out: string[] = [];
  out.push(`Coverage: ${fmt(r.overall_pct)} overall (tools ${fmt(r.tools.covered_pct)}, rules ${fmt(r.rules.exercised_pct)})`);
  out.push(`Policy: ${list(r.policies)}; trace: ${list(r.trace_files)} (${r.calls} calls in ${r.entries} entries)`);
  out.push(`Tools: ${r.tools.seen.length} seen, ${r.tools.declared.length} in the policy inventory, ${r.tools.covered.length} covered`);
  if (r.tools.uncovered.length) out.push(`  not exercised: ${list(r.tools.uncovered)}`);
  if (r.tools.unknown.length) out.push(`  seen but not named by the policy: ${list(r.tools.unknown)}`);
  out.push(`Rules: ${r.rules.exercised} of ${r.rules.total} sequence rules exercised`);
  if (r.rules.not_exercised.length) out.push(`  not exercised: ${list(r.rules.not_exercised)}`);
  out.push(`Violations: ${r.violations.length}`);
  for (const f of r.violations.slice(0, 50)) out.push(`  ${findingLine(f)}`);
  if (r.violations.length > 50) out.push(`  … and ${r.violations.length - 50} more`);
  out.push(`Warnings: ${r.warnings.length}`);
  for (const f of r.warnings.slice(0, 20)) out.push(`  ${findingLine(f)}`);
  if (r.warnings.length > 20) out.push(`  … and ${r.warnings.length - 20} more`);
  if (r.high_risk_gaps.length) out.push(`High-risk gaps (denied or never_after-forbidden tools no trace exercised): ${list(r.high_risk_gaps)}`);
  if (r.min_coverage !== null) out.push(`Minimum coverage: ${fmt(r.min_coverage)} — ${r.meets_threshold ? 'met' : 'not met'}`);
  for (const g of r.baseline?.regressions ?? []) out.push(`Regression: ${g.metric} coverage ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`);
  return out.join('\n') + '\n';
}

const code = (s: string): string => markdownCode(safeText(s)).replace(/\|/g, '\\|');
const text = (s: string): string => escapeMarkdown(safeText(s));

export function coverageMarkdown(r: CoverageReport): string {
  const out: string[] = ['## Assay coverage', ''];
  out.push('| Metric | Value |', '|---|---|');
  out.push(`| Overall | ${fmt(r.overall_pct)} |`, `| Tools | ${fmt(r.tools.covered_pct)} (${r.tools.covered.length}/${r.tools.declared.length}) |`, `| Sequence rules | ${fmt(r.rules.exercised_pct)} (${r.rules.exercised}/${r.rules.total}) |`);
  out.push(`| Violations | ${r.violations.length} |`, `| Warnings | ${r.warnings.length} |`, `| High-risk gaps | ${r.high_risk_gaps.length} |`);
  if (r.min_coverage !== null) out.push(`| Minimum coverage | ${fmt(r.min_coverage)} (${r.meets_threshold ? 'met' : 'not met'}) |`);
  out.push('');
  if (r.tools.uncovered.length) out.push(`**Not exercised:** ${r.tools.uncovered.map(code).join(', ')}`, '');
  if (r.tools.unknown.length) out.push(`**Seen but not named by the policy:** ${r.tools.unknown.map(code).join(', ')}`, '');
  if (r.rules.not_exercised.length) out.push(`**Sequence rules not exercised:** ${r.rules.not_exercised.map(code).join(', ')}`, '');
  if (r.high_risk_gaps.length) out.push(`**High-risk gaps:** ${r.high_risk_gaps.map(code).join(', ')}`, '');
  if (r.violations.length || r.warnings.length) {
    out.push('| Level | Rule | Location | Message |', '|---|---|---|---|');
    for (const f of [...r.violations, ...r.warnings].slice(0, 100)) {
      out.push(`| ${f.level} | ${code(f.rule_id)} | ${code(`${f.location.uri}:${f.location.line}`)} | ${text(f.message)} |`);
    }
    out.push('');
  }
  for (const g of r.baseline?.regressions ?? []) out.push(`- Regression: ${g.metric} ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`);
  return out.join('\n') + '\n';
}

/** Workflow-command escaping (data: `%`, CR, LF; properties also `:` and `,`). */
const escData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escProp = (s: string): string => escData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function coverageGithub(r: CoverageReport): string {
  const out: string[] = [];
  for (const f of r.violations) out.push(`::error file=${escProp(f.location.uri)},line=${f.location.line},title=${escProp(f.rule_id)}::${escData(safeBounded(f.message))}`);
  for (const f of r.warnings) out.push(`::warning file=${escProp(f.location.uri)},line=${f.location.line},title=${escProp(f.rule_id)}::${escData(safeBounded(f.message))}`);
  for (const g of r.high_risk_gaps) out.push(`::error title=Assay coverage::${escData(`high-risk gap: ${safeBounded(g)} is denied but no trace exercised it`)}`);
  if (!r.meets_threshold && r.min_coverage !== null) out.push(`::error title=Assay coverage::${escData(`Minimum coverage not met: ${fmt(r.overall_pct)} < ${fmt(r.min_coverage)}`)}`);
  for (const g of r.baseline?.regressions ?? []) out.push(`::error title=Assay coverage::${escData(`${g.metric} coverage dropped ${fmt(g.baseline_pct)} → ${fmt(g.current_pct)}`)}`);
  out.push(`::notice title=Assay coverage::${escData(`${fmt(r.overall_pct)} overall (tools ${fmt(r.tools.covered_pct)}, rules ${fmt(r.rules.exercised_pct)})`)}`);
  return out.join('\n') + '\n';
}

export function renderCoverage(r: CoverageReport, format: CoverageFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify(r, null, 2) + '\n';
    case 'markdown':
      return coverageMarkdown(r);
    case 'github':
      return coverageGithub(r);
    default:
      return coverageText(r);
  }
}
