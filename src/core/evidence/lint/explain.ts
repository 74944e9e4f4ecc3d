// `assay evidence lint --explain RULE_ID`: no bundle needed. A canonical id, a built-in id, or a short
// pack id when exactly one loaded pack defines it.
import type { LintPack } from './pack.js';
import { lintRuleCatalog } from './report.js';

export type ExplainResult = { ok: true; text: string } | { ok: false; message: string };

export function explainRule(id: string, packs: readonly LintPack[]): ExplainResult {
  const catalog = lintRuleCatalog(packs);
  let info = catalog.get(id);
  if (info === undefined) {
    const matches = [...catalog.values()].filter((r) => r.pack !== null && r.id.endsWith(`:${id}`));
    if (matches.length > 1) {
      return { ok: false, message: `ambiguous rule id ${JSON.stringify(id)}; use one of:\n${matches.map((m) => `  ${m.id}`).join('\n')}` };
    }
    info = matches[0];
  }
  if (info === undefined) return { ok: false, message: `unknown rule id ${JSON.stringify(id)}` };
  const lines = [info.id, `Pack: ${info.pack ? `${info.pack.name}@${info.pack.version}` : '(built-in)'}`, `Severity: ${info.severity}`, info.short];
  if (info.article_ref !== null) lines.push(`Reference: ${info.article_ref}`);
  lines.push('---', info.helpMarkdown.trimEnd());
  return { ok: true, text: lines.join('\n') + '\n' };
}
