// Markdown for the job summary and the sticky PR comment, from the one
// PublishModel. Untrusted text (messages, tool names, paths) goes through core render safety and markdown
// escaping; rows are cut from the end to fit each budget, with a "…N more" line, never silently.
import type { Finding } from '../core/report/finding.js';
import { pathToUri } from '../core/report/sarif.js';
import { boundText, escapeMarkdown, markdownCode, safeText } from '../core/render/safe-text.js';
import { COMMENT_BUDGET_UNITS, SUMMARY_BUDGET_BYTES, SUMMARY_MAX_BAD_LINES } from './constants.js';
import { repoUrl, runUrl } from './context.js';
import { displayOrder, type PublishModel } from './model.js';

/** Untrusted inline text: controls/secrets neutralised, bounded, markdown-escaped (also safe in table cells). */
export function md(s: string, max = 256): string {
  return escapeMarkdown(boundText(safeText(s), max));
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function verdictHeading(m: PublishModel): string {
  const v = m.verdict;
  const state = v.exitCode === 0 ? '✅ passed' : v.exitCode === 1 ? '❌ failed' : v.exitCode === 2 ? '⛔ input or config error' : '⚠️ infrastructure error';
  return v.exitCode === 0 ? `## Assay — ${state}` : `## Assay — ${state} (exit ${v.exitCode}, \`${v.reasonCode}\`)`;
}

function gateCell(m: PublishModel): string {
  const g = m.gate;
  if (!g) return m.inputs.config || m.inputs.policy ? 'not run' : 'not configured';
  const r = g.report;
  if (!r.completed) return `not completed: ${md(r.message, 200)}`;
  const parts: string[] = [];
  if (r.results) {
    const total = r.results.length;
    const passed = r.results.filter((x) => x.status === 'pass' || x.status === 'allowed_on_error' || x.status === 'warn').length;
    parts.push(`${passed}/${total} tests passed`);
  }
  if (g.mode === 'policy-only') parts.push('policy loaded and validated');
  if (g.stats) parts.push(`${plural(g.stats.calls, 'call')} in ${plural(g.stats.episodes, 'episode')}`);
  parts.push(plural(g.findings, 'finding'));
  return parts.join(' · ');
}

function evidenceCell(m: PublishModel): string {
  const b = m.bundles;
  if (b.length === 0) return 'no bundles found';
  const verified = b.filter((x) => x.status === 'verified').length;
  const failed = b.filter((x) => x.status === 'failed').length;
  const lint = b.reduce((n, x) => n + x.lintFindings, 0);
  const parts = [`${verified}/${b.length} bundles verified`];
  if (failed) parts.push(`${failed} failed verification`);
  parts.push(plural(lint, 'lint finding'));
  return parts.join(' · ');
}

function findingsCell(m: PublishModel): string {
  const c = m.counts;
  const parts = [plural(c.error, 'error'), plural(c.warning, 'warning'), plural(c.note, 'note')];
  if (m.baseline.source !== 'none') parts.push(`${m.baseline.new} new vs baseline`);
  return parts.join(' · ');
}

function baselineCell(m: PublishModel): string {
  const b = m.baseline;
  if (b.source === 'none') return 'none';
  const from = b.source === 'committed' ? `committed ${markdownCode(b.display ?? '')}` : `Actions cache ${markdownCode(b.cacheKey ?? '')}`;
  return `${from}: ${b.new} new · ${b.fixed} fixed · ${b.unchanged} unchanged`;
}

function outcomeTable(m: PublishModel, withStatus: boolean): string[] {
  const rows = [
    '| Check | Result |',
    '|---|---|',
    `| Replay gate | ${gateCell(m)} |`,
    `| Evidence | ${evidenceCell(m)} |`,
    `| Findings | ${findingsCell(m)} |`,
    `| Baseline | ${baselineCell(m)} |`,
  ];
  if (withStatus) {
    rows.push(`| Code scanning | ${m.status.codeScanning} |`);
    rows.push(`| PR comment | ${m.status.comment} |`);
  }
  return rows;
}

function verdictLines(m: PublishModel): string[] {
  const out = [`**${m.verdict.exitCode === 0 ? 'Result' : 'Why'}:** ${md(m.verdict.message, 1000)}`];
  if (m.verdict.exitCode !== 0 && m.verdict.nextStep) out.push('', `**Next step:** ${markdownCode(m.verdict.nextStep)}`);
  return out;
}

function truncationNote(m: PublishModel): string[] {
  if (m.sarifOmitted <= 0) return [];
  return ['', `> ⚠️ ${m.sarifOmitted} results omitted from SARIF to fit GitHub code scanning limits; all findings are in \`run.json\` (artifact \`${m.ctx.artifactName}\`).`];
}

function blobLink(m: PublishModel, f: Finding): string {
  const loc = `${f.location.uri}:${f.location.line}`;
  const base = repoUrl(m.ctx);
  const sha = m.ctx.headSha ?? m.ctx.sha;
  if (!base || !sha || f.location.uri === '') return md(loc, 300);
  const url = `${base}/blob/${sha}/${pathToUri(f.location.uri).replace(/[()]/g, (c) => (c === '(' ? '%28' : '%29'))}#L${f.location.line}`;
  return `[${md(loc, 300)}](${url})`;
}

export const FINDINGS_HEADER = ['| | Level | Rule | Location | Message |', '|---|---|---|---|---|'];

export function findingRow(m: PublishModel, f: Finding): string {
  const state = f.baseline_state === 'new' ? '🆕' : f.baseline_state === 'unchanged' ? '' : '';
  return `| ${state} | ${f.level} | ${markdownCode(f.rule_id)} | ${blobLink(m, f)} | ${md(f.message)} |`;
}

/** Fit `rows` after `head` and before `tail` into `budget` (measured by `size`), cutting from the end. */
export function fitRows(head: string, rows: readonly string[], tail: string, budget: number, size: (s: string) => number, more: (n: number) => string): string {
  const fixed = size(head) + size(tail);
  let used = fixed;
  let kept = 0;
  for (const r of rows) {
    const s = size(r) + 1;
    // Keep room for the "more" line in case later rows do not fit.
    if (used + s + size(more(rows.length - kept - 1)) + 1 > budget && kept < rows.length - 1) break;
    if (used + s > budget) break;
    used += s;
    kept++;
  }
  const parts = [head, ...rows.slice(0, kept)];
  if (kept < rows.length) parts.push(more(rows.length - kept));
  return parts.join('\n') + tail;
}

const utf8 = (s: string) => Buffer.byteLength(s, 'utf8');
const units = (s: string) => s.length;

function badLineSection(m: PublishModel): string[] {
  const g = m.gate;
  if (!g || g.badLines.length === 0) return [];
  const out = ['', `### Malformed trace lines: ${g.badLines.length}`, ''];
  for (const d of g.badLines.slice(0, SUMMARY_MAX_BAD_LINES)) out.push(`- ${md(`${d.file ?? ''}:${d.line ?? 0}: ${d.message}`, 300)}`);
  if (g.badLines.length > SUMMARY_MAX_BAD_LINES) out.push(`- …and ${g.badLines.length - SUMMARY_MAX_BAD_LINES} more (see \`run.json\` warnings)`);
  return out;
}

function fence(lines: readonly string[]): string[] {
  const longest = Math.max(2, ...lines.map((l) => Math.max(0, ...(l.match(/`+/g) ?? []).map((x) => x.length))));
  const f = '`'.repeat(longest + 1);
  return [`${f}bash`, ...lines.map((l) => l.replace(/[\r\n]+/g, ' ')), f];
}

function inputSection(m: PublishModel): string[] {
  if (m.inputProblems.length === 0) return [];
  return ['', '### Input errors', '', ...m.inputProblems.map((p) => `- ${md(p, 500)}`)];
}

function notesSection(m: PublishModel): string[] {
  const visible = m.notes.filter((n) => n.level !== 'info');
  if (visible.length === 0) return [];
  return ['', '### Notes', '', ...visible.map((n) => `- ${n.level === 'warning' ? '⚠️' : 'ℹ️'} ${md(n.message, 1000)}`)];
}

function baselineSection(m: PublishModel): string[] {
  const b = m.baseline;
  if (b.source === 'none') return ['', '### Baseline', '', 'No findings baseline for this branch yet: every finding counts as new. Default-branch pushes with `write_baseline: true` store one.'];
  return ['', '### Baseline', '', `| New | Fixed | Unchanged |`, `|---|---|---|`, `| ${b.new} | ${b.fixed} | ${b.unchanged} |`, '', 'Fingerprint lists are in `diff.json` in the reports artifact.'];
}

function howTo(m: PublishModel): string[] {
  if (m.gate || m.bundles.length > 0 || m.inputs.config || m.inputs.policy || m.inputProblems.length > 0) return [];
  return [
    '',
    '### Nothing to gate yet',
    '',
    '- Policy replay: set `policy: policies/mcp.yaml` and `trace_file: traces/*.jsonl`.',
    '- Eval replay: set `config: eval.yaml` (plus `trace_file` for `model: trace`).',
    '- Evidence: commit bundles under `.assay/evidence/` or `evidence/`, or set `bundles`.',
  ];
}

/** The full job summary (written untruncated to summary.md) and the budgeted text for GITHUB_STEP_SUMMARY. */
export function buildSummary(m: PublishModel, budgetBytes = SUMMARY_BUDGET_BYTES): { full: string; budgeted: string } {
  const head = [verdictHeading(m), '', ...verdictLines(m), '', ...outcomeTable(m, true), ...truncationNote(m), ...inputSection(m), ...howTo(m), ...baselineSection(m)];
  const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
  const findingsHead = ['', `### Findings (${m.findings.length})`, ''];
  const tail = [
    ...badLineSection(m),
    ...(m.reproduce.length ? ['', '### Reproduce locally', '', ...fence(m.reproduce)] : []),
    ...notesSection(m),
    '',
  ];
  const headText = [...head, ...findingsHead, ...(rows.length ? FINDINGS_HEADER : ['No findings.'])].join('\n');
  const tailText = '\n' + tail.join('\n');
  const full = [headText, ...rows].join('\n') + tailText;
  if (utf8(full) <= budgetBytes) return { full, budgeted: full };
  const more = (n: number) => `\n…${n} more in the artifact \`${m.ctx.artifactName}\` (\`summary.md\`, \`run.json\`)`;
  const budgeted = fitRows(headText, rows, tailText, budgetBytes, utf8, more);
  // Head/tail alone over budget (pathological): cut hard at a line boundary.
  if (utf8(budgeted) > budgetBytes) return { full, budgeted: cutBytes(budgeted, budgetBytes - 200) + `\n\n…summary truncated; full text in \`summary.md\` (artifact \`${m.ctx.artifactName}\`)\n` };
  return { full, budgeted };
}

function cutBytes(s: string, max: number): string {
  const buf = Buffer.from(s, 'utf8').subarray(0, Math.max(0, max));
  const text = buf.toString('utf8').replace(/\uFFFD$/, '');
  const nl = text.lastIndexOf('\n');
  return nl > 0 ? text.slice(0, nl) : text;
}

/** The sticky comment body: marker first, ≤ COMMENT_BUDGET_UNITS UTF-16 units. */
export function buildComment(m: PublishModel, budgetUnits = COMMENT_BUDGET_UNITS): string {
  const links: string[] = [];
  const run = runUrl(m.ctx);
  const repo = repoUrl(m.ctx);
  if (run) links.push(`[Job summary and logs](${run})`);
  if (repo) links.push(`[Security tab](${repo}/security/code-scanning${m.ctx.prNumber !== undefined ? `?query=pr%3A${m.ctx.prNumber}` : ''})`);
  links.push(`Reports: artifact \`${m.ctx.artifactName}\``);
  const head = [
    m.ctx.marker,
    verdictHeading(m),
    '',
    ...verdictLines(m),
    '',
    ...outcomeTable(m, false),
    ...truncationNote(m),
    ...inputSection(m),
    '',
    m.findings.length ? `### Findings (${m.findings.length}, new first)` : '### Findings',
    '',
    ...(m.findings.length ? FINDINGS_HEADER : ['No findings.']),
  ].join('\n');
  const tail = '\n\n' + links.join(' · ') + '\n';
  const rows = displayOrder(m.findings).map((f) => findingRow(m, f));
  const more = (n: number) => `\n…and ${n} more (job summary / artifact \`${m.ctx.artifactName}\`)`;
  const body = fitRows(head, rows, tail, budgetUnits, units, more);
  return units(body) <= budgetUnits ? body : body.slice(0, budgetUnits - 1);
}
