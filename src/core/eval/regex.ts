// Regex compilation for eval configs (01 §2.5): the shared RE2 module, unanchored search.
import { compileRegex } from '../regex/re2.js';
import type { RegexLike } from './types.js';

export function compileRe2(pattern: string): { ok: true; re: RegexLike } | { ok: false; reason: string } {
  const r = compileRegex(pattern);
  return r.ok ? { ok: true, re: r.re } : { ok: false, reason: r.reason };
}
