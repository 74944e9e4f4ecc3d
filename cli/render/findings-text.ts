// One finding as console lines: icon, code, trace position, message, then the policy rule's position.
import type { Finding } from '../../src/core/report/finding.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import type { Painter } from './color.js';

export function findingLines(f: Finding, c: Painter): string[] {
  const icon = f.level === 'error' ? '❌' : f.level === 'warning' ? '⚠️ ' : 'ℹ️ ';
  const code = f.rule_id.replace(/^[a-z]+\//, '');
  const loc = `${f.location.uri}:${f.location.line}:${f.location.col}`;
  const lines = [`${icon} [${code}] ${loc}: ${safeBounded(f.message)}`];
  const rel = f.related?.[0];
  const bits: string[] = [];
  const subject = f.test_id ?? f.entry_key;
  if (subject) bits.push(`entry: ${safeBounded(subject)}`);
  if (rel) bits.push(`rule: ${rel.uri}:${rel.line}:${rel.col}${f.policy_rule ? ` (${safeBounded(f.policy_rule)})` : ''}`);
  if (bits.length) lines.push(c.dim(`      ${bits.join('  ')}`));
  return lines;
}
