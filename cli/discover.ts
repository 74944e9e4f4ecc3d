// Default files when the user names none (01 §3.1, 02 §4.2).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** eval.yaml, then assay.yaml, then mcp-eval.yaml: the first that exists. */
export function findDefaultConfig(cwd: string): string | undefined {
  return ['eval.yaml', 'assay.yaml', 'mcp-eval.yaml'].find((f) => existsSync(join(cwd, f)));
}

/** trace.jsonl, else traces/*.jsonl, else .assay/traces/*.jsonl (all matches, in name order). */
export function findDefaultTraces(cwd: string): string[] {
  if (existsSync(join(cwd, 'trace.jsonl'))) return ['trace.jsonl'];
  for (const dir of ['traces', '.assay/traces']) {
    let names: string[] = [];
    try {
      names = readdirSync(join(cwd, dir)).filter((n) => n.endsWith('.jsonl'));
    } catch {
      continue;
    }
    if (names.length) return names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).map((n) => `${dir}/${n}`);
  }
  return [];
}
