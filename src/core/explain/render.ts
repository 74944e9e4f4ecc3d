// Renderings of an explanation: terminal text, Markdown, a self-contained HTML page, JSON.
// Everything from the trace or policy is render-safe: controls replaced, secrets redacted,
// bounded on the terminal, then encoded for the sink.
import { escapeMarkdown, escapeXmlText, markdownCode, safeBounded, safeText } from '../render/safe-text.js';
import { explanationDocument, isNotable, type ExplainStep, type Explanation } from './explain.js';
import { renderTestTerminal, type TestExplanation } from './test-result.js';

export type ExplainFormat = 'terminal' | 'markdown' | 'html' | 'json';

export interface RenderOptions {
  blockedOnly?: boolean;
  verbose?: boolean;
}

const ICON: Record<ExplainStep['verdict'], string> = { allowed: '✅', warning: '⚠️ ', blocked: '❌' };

const one = (s: string): string => safeBounded(s).replace(/[\r\n\t]/g, ' ');
const loc = (r: { file: string; line: number; col?: number } | undefined): string => (r ? `${one(r.file)}:${r.line}${r.col !== undefined ? `:${r.col}` : ''}` : '—');

function compactJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? 'null';
  } catch {
    return String(v);
  }
}

function summaryLine(e: Explanation): string {
  const first = e.first_block_index !== undefined ? ` (first block at step ${e.first_block_index})` : '';
  return `${e.total_steps} call(s) in ${e.entries} entr${e.entries === 1 ? 'y' : 'ies'} — ${e.allowed_steps} allowed, ${e.warning_steps} warning, ${e.blocked_steps} blocked${first}`;
}

function shownSteps(e: Explanation, o: RenderOptions): ExplainStep[] {
  return o.blockedOnly ? e.steps.filter(isNotable) : e.steps;
}

export function renderTerminal(e: Explanation, o: RenderOptions = {}): string {
  const out: string[] = [];
  out.push(`Policy: ${one(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${one(e.policy_file)}`);
  out.push(`Trace: ${e.trace_files.map(one).join(', ')}`);
  if (e.total_steps === 0 && e.entry_violations.length === 0) {
    out.push('', 'Warning: Trace is empty');
    return out.join('\n') + '\n';
  }
  let entry: string | undefined;
  const width = Math.min(32, Math.max(8, ...e.steps.map((s) => [...one(s.tool)].length)));
  for (const s of shownSteps(e, o)) {
    if (s.entry !== entry) {
      entry = s.entry;
      out.push('', `Entry ${one(s.entry === '' ? '(default)' : s.entry)}`);
    }
    const rule = [s.code, s.rule].filter((x) => x).join(' ');
    out.push(`  ${ICON[s.verdict]} #${String(s.index).padEnd(3)} ${one(s.tool).padEnd(width)}  ${s.verdict.padEnd(8)} ${one(rule)}${s.rule_source ? `  (${loc(s.rule_source)})` : ''}`);
    if (s.verdict !== 'allowed') out.push(`        ${one(s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason)}`);
    for (const r of s.rules_evaluated) if (!r.passed && r.rule_id !== s.rule) out.push(`        ✗ ${one(r.rule_id)}: ${one(r.explanation)}`);
    out.push(`        at ${loc(s.source)}`);
    if (o.verbose) {
      out.push(`        args: ${one(compactJson(s.args))}`);
      for (const r of s.rules_evaluated) out.push(`        ${r.passed ? '✓' : '✗'} ${r.rule_type.padEnd(13)} ${one(r.rule_id)}: ${one(r.explanation)}`);
    }
  }
  for (const v of e.entry_violations) {
    if (e.steps.some((s) => s.entry === v.entry)) continue;
    out.push('', `Entry ${one(v.entry)}`, `  ❌ (no calls) ${one(v.rule)}: ${one(v.reason)}${v.rule_source ? `  (${loc(v.rule_source)})` : ''}`);
  }
  out.push('', `Summary: ${summaryLine(e)}`);
  if (e.blocking_rules.length) out.push(`Blocking rules: ${e.blocking_rules.map(one).join(', ')}`);
  return out.join('\n') + '\n';
}

/** A Markdown table cell: code span, with `|` escaped so GitHub tables hold. */
function cellCode(s: string): string {
  return markdownCode(safeText(s)).replace(/\|/g, '\\|');
}

function cellText(s: string): string {
  return escapeMarkdown(safeText(s));
}

export function renderMarkdown(e: Explanation, o: RenderOptions = {}): string {
  const out: string[] = ['# Policy explanation', ''];
  out.push(`**Policy:** ${cellCode(e.policy_name ?? '(unnamed)')} (v${e.policy_version}) — ${cellCode(e.policy_file)}  `);
  out.push(`**Trace:** ${e.trace_files.map(cellCode).join(', ')}  `);
  out.push(`**Summary:** ${cellText(summaryLine(e))}`, '');
  if (e.total_steps === 0 && e.entry_violations.length === 0) {
    out.push('> Warning: Trace is empty', '');
    return out.join('\n');
  }
  const steps = shownSteps(e, o);
  if (steps.length) {
    out.push('| # | Entry | Tool | Verdict | Rule | Policy line | Trace line | Why |', '|---|---|---|---|---|---|---|---|');
    for (const s of steps) {
      const why = [s.rules_evaluated.find((r) => r.rule_id === s.rule && !r.passed)?.explanation ?? s.reason, ...s.rules_evaluated.filter((r) => !r.passed && r.rule_id !== s.rule).map((r) => `${r.rule_id}: ${r.explanation}`)].join('; ');
      out.push(
        `| ${s.index} | ${cellText(s.entry)} | ${cellCode(s.tool)} | ${ICON[s.verdict].trim()} ${s.verdict} | ${s.rule ? cellCode([s.code, s.rule].filter((x) => x).join(' ')) : '—'} | ${s.rule_source ? cellCode(loc(s.rule_source)) : '—'} | ${cellCode(loc(s.source))} | ${cellText(why)} |`,
      );
    }
    out.push('');
  }
  if (e.entry_violations.length) {
    out.push('**End-of-entry violations:**', '');
    for (const v of e.entry_violations) out.push(`- ${cellText(v.entry)}: ${cellCode(v.rule)} — ${cellText(v.reason)}${v.rule_source ? ` (${cellCode(loc(v.rule_source))})` : ''}`);
    out.push('');
  }
  if (e.blocking_rules.length) out.push(`**Blocking rules:** ${e.blocking_rules.map(cellCode).join(', ')}`, '');
  if (o.verbose) {
    out.push('<details><summary>Every rule evaluated</summary>', '');
    for (const s of steps) {
      out.push(`- step ${s.index} ${cellCode(s.tool)} args ${cellCode(compactJson(s.args))}`);
      for (const r of s.rules_evaluated) out.push(`  - ${r.passed ? '✓' : '✗'} ${cellCode(r.rule_id)} (${r.rule_type}): ${cellText(r.explanation)}`);
    }
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

const h = (s: string): string => escapeXmlText(safeText(s));

const CSS = `body{font:14px/1.45 system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem;color:#1f2328}
h1{font-size:1.4rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
tr.blocked td{background:#ffebe9}tr.warning td{background:#fff8c5}.meta{color:#57606a}ul{margin:.2rem 0;padding-left:1.2rem}`;

/** One HTML page with inline CSS and no scripts or external resources (a CSP forbids them). */
export function renderHtml(list: readonly Explanation[], o: RenderOptions = {}): string {
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>Assay explain — ${h(list.map((e) => e.policy_name ?? e.policy_file).join(', '))}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    '<h1>Policy explanation</h1>',
  ];
  for (const e of list) htmlSection(out, e, o);
  out.push('</body>', '</html>', '');
  return out.join('\n');
}

function htmlSection(out: string[], e: Explanation, o: RenderOptions): void {
  out.push(
    `<section>`,
    `<p class="meta">Policy <code>${h(e.policy_name ?? '(unnamed)')}</code> (v${h(e.policy_version)}) — <code>${h(e.policy_file)}</code><br>Trace ${e.trace_files.map((f) => `<code>${h(f)}</code>`).join(', ')}<br>${h(summaryLine(e))}</p>`,
  );
  if (e.total_steps === 0 && e.entry_violations.length === 0) out.push('<p><strong>Warning: Trace is empty</strong></p>');
  const steps = shownSteps(e, o);
  if (steps.length) {
    out.push('<table>', '<thead><tr><th>#</th><th>Entry</th><th>Tool</th><th>Verdict</th><th>Rule</th><th>Policy line</th><th>Trace line</th><th>Rules evaluated</th></tr></thead>', '<tbody>');
    for (const s of steps) {
      const rules = s.rules_evaluated
        .filter((r) => o.verbose || !r.passed || r.rule_id === s.rule)
        .map((r) => `<li>${r.passed ? '✓' : '✗'} <code>${h(r.rule_id)}</code>: ${h(r.explanation)}</li>`)
        .join('');
      const args = o.verbose ? `<br><code>${h(compactJson(s.args))}</code>` : '';
      out.push(
        `<tr class="${s.verdict}"><td>${s.index}</td><td>${h(s.entry)}</td><td><code>${h(s.tool)}</code>${args}</td><td>${ICON[s.verdict].trim()} ${s.verdict}</td><td><code>${h([s.code, s.rule].filter((x) => x).join(' '))}</code></td><td><code>${h(loc(s.rule_source))}</code></td><td><code>${h(loc(s.source))}</code></td><td><ul>${rules}</ul></td></tr>`,
      );
    }
    out.push('</tbody>', '</table>');
  }
  if (e.entry_violations.length) {
    out.push('<h2>End-of-entry violations</h2>', '<ul>');
    for (const v of e.entry_violations) out.push(`<li>${h(v.entry)}: <code>${h(v.rule)}</code> — ${h(v.reason)} <code>${h(loc(v.rule_source))}</code></li>`);
    out.push('</ul>');
  }
  if (e.blocking_rules.length) out.push(`<p><strong>Blocking rules:</strong> ${e.blocking_rules.map((r) => `<code>${h(r)}</code>`).join(', ')}</p>`);
  out.push('</section>');
}

export function renderExplanation(e: Explanation | Explanation[], format: ExplainFormat, o: RenderOptions = {}): string {
  const list = Array.isArray(e) ? e : [e];
  switch (format) {
    case 'json': {
      const docs = list.map((x) => explanationDocument(x, o));
      return JSON.stringify(docs.length === 1 ? docs[0] : { explanations: docs }, null, 2) + '\n';
    }
    case 'markdown':
      return list.map((x) => renderMarkdown(x, o)).join('\n');
    case 'html':
      return renderHtml(list, o);
    default:
      return list.map((x) => renderTerminal(x, o)).join('\n');
  }
}

/**
 * `explain <test-id>`: the test's own result (every check, assertion, baseline comparison), then the
 * policy explanations of its trace entry. JSON: `{test, explanations}`.
 */
export function renderTestExplanation(t: TestExplanation, list: readonly Explanation[], format: ExplainFormat, o: RenderOptions = {}): string {
  switch (format) {
    case 'json':
      return JSON.stringify({ test: t, explanations: list.map((x) => explanationDocument(x, o)) }, null, 2) + '\n';
    case 'markdown': {
      const body = renderTestTerminal(t, safeText);
      return ['# Test explanation', '', '```text', body.replace(/`{3,}/g, (m) => m.replace(/`/g, 'ˋ')).trimEnd(), '```', '', ...list.map((x) => renderMarkdown(x, o))].join('\n') + '\n';
    }
    case 'html': {
      const page = renderHtml(list, o);
      const pre = `<h1>Test explanation</h1>\n<pre>${h(renderTestTerminal(t, safeText))}</pre>`;
      return page.replace('<h1>Policy explanation</h1>', list.length ? `${pre}\n<h1>Policy explanation</h1>` : pre);
    }
    default:
      return [renderTestTerminal(t, one), ...list.map((x) => renderTerminal(x, o))].join('\n');
  }
}
