// Regex compilation for eval configs: the shared RE2 module, unanchored search.
import { compileRegex, RegexBudgetError } from '../regex/re2.js';
import type { RegexLike } from './types.js';

export function compileRe2(pattern: string): { ok: true; re: RegexLike } | { ok: false; reason: string } {
  const r = compileRegex(pattern);
  return r.ok ? { ok: true, re: r.re } : { ok: false, reason: r.reason };
}

/**
 * Search, or the reason the search cannot run (input longer than the pattern's work bound,
 * docs/regex.md). Callers fail the check either way: an unchecked input never passes.
 */
export function tryTest(re: RegexLike, s: string): boolean | { unchecked: string } {
  try {
    return re.test(s);
  } catch (e) {
    if (e instanceof RegexBudgetError) return { unchecked: `${e.message} (failed closed)` };
    throw e;
  }
}
