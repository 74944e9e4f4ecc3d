// One finding as console lines: icon, code, trace position, message, then the policy rule's position.
import type { Finding } from '../../src/core/report/finding.js';
import { safeBounded } from '../../src/core/render/safe-text.js';
import type { Painter } from './color.js';

/** `<trace>:<line>:<col>: <level> <CODE>: <message>` (01 §0), then where the deciding rule is written. */
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
