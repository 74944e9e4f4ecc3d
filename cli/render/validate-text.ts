// Human text of `assay validate` on stderr.
import type { ValidateResult } from '../../src/core/gate/validate.js';
import type { Diagnostic } from '../../src/core/errors.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import { paint } from './color.js';
import { findingLines, groupedFindingLines } from './findings-text.js';

function where(file: string | undefined, line?: number, col?: number): string {
  if (!file) return '';
  return line !== undefined ? `${file}:${line}:${col ?? 1}: ` : `${file}: `;
}

export function formatValidateText(r: ValidateResult, opts: { color: boolean; nextStep?: string; maxConsoleFindings?: number }): string {
  const c = paint(opts.color);
  const fc = r.findingSet?.counts;
  const errors = r.diagnostics.filter((d) => d.severity === 'error').length + (fc ? fc.error : r.findings.filter((f) => f.level === 'error').length);
  const warnings = r.diagnostics.filter((d) => d.severity === 'warning').length + (fc ? fc.warning : r.findings.filter((f) => f.level === 'warning').length);
  const out: string[] = [];
  const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
  if (errors) out.push(c.red(`✖ Validation failed (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`));
  else if (warnings) out.push(c.yellow(`⚠️  Validation passed with warnings (${plural(warnings, 'warning')})`));
  else out.push(c.green('✔ Validation OK'));

  // Diagnostics in the line form, so editors and problem matchers can parse them.
  const diag = (d: Diagnostic) => {
    const line = `${where(d.file, d.line, d.col)}${d.severity} ${d.code}: ${safeBounded(d.message)}`;
    out.push(d.severity === 'error' ? c.red(line) : d.severity === 'warning' ? c.yellow(line) : line);
    out.push(c.dim(`  source: ${d.source ?? 'config'}`));
  };
  const skipped = r.diagnostics.filter((d) => d.code === 'W_TRACE_SKIPPED_LINE');
  for (const d of r.diagnostics.filter((d) => d.code !== 'W_TRACE_SKIPPED_LINE')) diag(d);
  for (const d of skipped.slice(0, 20)) diag(d);
  if (skipped.length > 20) out.push(`… and ${skipped.length - 20} more skipped lines`);

  if (r.findingSet) out.push(...groupedFindingLines(r.findingSet.groups(), c, opts.maxConsoleFindings ?? 20));
  else for (const f of r.findings) out.push(...findingLines(f, c));
  if (r.stats) {
    const s = r.stats;
    out.push('');
    out.push(`Trace: ${s.calls} calls in ${s.episodes} episodes, ${s.records} records${s.skipped_lines ? `, ${s.skipped_lines} malformed line(s) skipped` : ''}${s.ignored_lines ? `, ${s.ignored_lines} ignored` : ''}`);
  }
  const code = r.reasonCode || 'OK';
  out.push(`Result: exit ${r.exitCode}${r.reasonCode ? ` ${code}` : ''} — ${errors} error(s), ${warnings} warning(s)`);
  if (opts.nextStep) out.push(`Next: ${opts.nextStep}`);
  return out.join('\n');
}
