// Text renderings of the explain and coverage reports for `format` ≠ json (05 §2). Tool names come from
// the caller: they are sanitised (controls, secrets) and escaped for the target format.
import { escapeMarkdown, escapeXmlText, safeBounded } from '../../core/render/safe-text.js';

export interface ExplainStep {
  index: number;
  tool: string;
  verdict: 'allowed' | 'blocked' | 'warning';
  rules_evaluated: Array<{ rule_id: string; rule_type: string; passed: boolean; explanation: string }>;
}

export interface ExplainReport {
  policy_name: string | null;
  policy_version: string;
  total_steps: number;
  allowed_steps: number;
  blocked_steps: number;
  first_block_index?: number;
  steps: ExplainStep[];
  blocking_rules: string[];
}

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
const MARK = { allowed: '✓', blocked: '✗', warning: '!' } as const;

export function renderExplain(r: ExplainReport, format: string): string {
  const head = `Policy ${r.policy_name ?? '(unnamed)'} v${r.policy_version}: ${r.total_steps} steps, ${r.allowed_steps} allowed, ${r.blocked_steps} blocked`;
  if (format === 'html') {
    const rows = r.steps
      .map((s) => {
        const why = s.rules_evaluated.map((x) => `${escapeXmlText(x.rule_id)}: ${escapeXmlText(x.explanation)}`).join('<br>');
        return `<tr><td>${s.index}</td><td>${escapeXmlText(safe(s.tool))}</td><td>${s.verdict}</td><td>${why}</td></tr>`;
      })
      .join('\n');
    return `<!doctype html>\n<meta charset="utf-8">\n<title>assay explain</title>\n<p>${escapeXmlText(head)}</p>\n<table>\n<tr><th>#</th><th>tool</th><th>verdict</th><th>rules</th></tr>\n${rows}\n</table>\n`;
  }
  if (format === 'markdown') {
    const lines = [`## ${escapeMarkdown(head)}`, '', '| # | tool | verdict | rules |', '|---|---|---|---|'];
    for (const s of r.steps) {
      const why = s.rules_evaluated.map((x) => `${escapeMarkdown(x.rule_id)}: ${escapeMarkdown(x.explanation)}`).join('<br>');
      lines.push(`| ${s.index} | ${escapeMarkdown(safe(s.tool))} | ${s.verdict} | ${why} |`);
    }
    return lines.join('\n') + '\n';
  }
  const lines = [head];
  for (const s of r.steps) {
    lines.push(`  ${MARK[s.verdict]} [${s.index}] ${safe(s.tool)}`);
    for (const x of s.rules_evaluated) if (!x.passed || s.verdict !== 'allowed') lines.push(`      ${x.rule_id}: ${x.explanation}`);
  }
  return lines.join('\n') + '\n';
}

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
