// One finding as console lines: icon, code, trace position, message, then the policy rule's position.
import type { Finding } from '../../src/core/report/finding.js';
import type { FindingGroup } from '../../src/core/report/findings-sink.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import type { Painter } from './color.js';

/** `<trace>:<line>:<col>: <level> <CODE>: <message>`, then where the deciding rule is written. */
export function findingLines(f: Finding, c: Painter): string[] {
  const code = f.rule_id.replace(/^[a-z]+\//, '');
  const loc = `${f.location.uri}:${f.location.line}:${f.location.col}`;
  const head = `${loc}: ${f.level} ${code}: ${safeBounded(f.message)}`;
  const lines = [f.level === 'error' ? c.red(head) : f.level === 'warning' ? c.yellow(head) : head];
  const rel = f.related?.[0];
  const bits: string[] = [];
  const subject = f.test_id ?? f.entry_key;
  if (subject) bits.push(`entry: ${safeBounded(subject)}`);
  if (rel) bits.push(`rule: ${rel.uri}:${rel.line}:${rel.col}${f.policy_rule ? ` (${safeBounded(f.policy_rule)})` : ''}`);
  if (bits.length) lines.push(c.dim(`      ${bits.join('  ')}`));
  return lines;
}

/**
 * Findings grouped by rule and level (docs/findings.md): a header with the exact count, the first `max`
 * locations of each group, then "… and N more". `max` = `--max-console-findings` (default 20).
 */
export function groupedFindingLines(groups: readonly FindingGroup[], c: Painter, max: number): string[] {
  const out: string[] = [];
  for (const g of groups) {
    const code = g.rule_id.replace(/^[a-z]+\//, '');
    const head = `${g.level} ${code}: ${thousands(g.count)} finding${g.count === 1 ? '' : 's'}`;
    out.push(g.level === 'error' ? c.red(head) : g.level === 'warning' ? c.yellow(head) : head);
    const shown = g.sample.slice(0, max);
    // Finding lines stay at column 0 in the file:line:col form, so editors and problem matchers still parse them.
    for (const f of shown) out.push(...findingLines(f, c));
    if (g.count > shown.length) out.push(`  … and ${thousands(g.count - shown.length)} more (see run.json or --format json)`);
  }
  return out;
}

/** 1234567 → "1,234,567" as `toLocaleString('en-US')` writes it, without its first-call ICU set-up (tens of ms; docs/startup.md). */
export function thousands(n: number): string {
  const [int = '', frac] = String(Math.abs(n)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${n < 0 ? '-' : ''}${grouped}${frac !== undefined ? `.${frac}` : ''}`;
}
