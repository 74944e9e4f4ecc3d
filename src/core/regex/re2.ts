// The only module that compiles user regexes (policies and eval configs).
// RE2 syntax in, a linear-time matcher out. re2js (a pure-JS RE2 port) is the syntax authority
// and the default matcher; a pattern that provably cannot backtrack super-linearly is translated
// to an equivalent V8 RegExp (fast-path.ts), which is ~25x faster per match.
//
// re2js is linear, but its constant grows with the program: when its lazy DFA thrashes it costs up
// to ~50-100 ns per (input character × program instruction), measured. So a re2js match runs only
// while characters × instructions ≤ RE2_WORK_LIMIT (about a second at worst); a longer input throws
// RegexBudgetError, which every caller treats as a failed check (fail-closed). Programs above
// MAX_PROGRAM_SIZE are refused at load. See docs/regex.md.
import { RE2JS } from 're2js';
import { analyzeFastPath } from './fast-path.js';

/** Worst-case re2js work allowed per match, in input characters × program instructions. */
export const RE2_WORK_LIMIT = 3_000_000;
/** Largest re2js program accepted at load (instructions; `a{1000}` is about 1,000): every accepted pattern handles ≥ 1,000 characters. */
export const MAX_PROGRAM_SIZE = 3_000;

/** A match refused because the input is too long for the pattern's proven work bound. */
export class RegexBudgetError extends Error {
  readonly inputLength: number;
  readonly maxInputLength: number;
  constructor(readonly source: string, inputLength: number, maxInputLength: number) {
    super(`input of ${inputLength} characters exceeds the ${maxInputLength}-character limit for regex \`${source.length > 80 ? source.slice(0, 80) + '…' : source}\``);
    this.name = 'RegexBudgetError';
    this.inputLength = inputLength;
    this.maxInputLength = maxInputLength;
  }
}

export interface CompiledRegex {
  /** Unanchored search: true when the pattern matches somewhere in `s`. */
  test(s: string): boolean;
  /** The RE2 pattern as compiled (flags prefix included). */
  readonly source: string;
  /** Which matcher runs it (both are linear-time). */
  readonly engine: 're2js' | 'v8';
  /** Longest input test() accepts; a longer one throws RegexBudgetError (Infinity on v8). */
  readonly maxInputLength: number;
  toString(): string;
}

export type CompileRegexResult = { ok: true; re: CompiledRegex } | { ok: false; reason: string };

const FLAG_LETTERS = new Set(['i', 'm', 's', 'U']);
const CACHE_LIMIT = 4096;
const cache = new Map<string, CompileRegexResult>();

/**
 * Compile an RE2 pattern. `flags` (e.g. "is") prefixes the pattern with `(?is)`.
 * Never throws: an unsupported or invalid pattern yields `{ok: false, reason}` where reason is
 * e.g. "look-around is not supported".
 */
export function compileRegex(pattern: string, flags?: string): CompileRegexResult {
  if (typeof pattern !== 'string') return { ok: false, reason: 'pattern must be a string' };
  let prefix = '';
  if (flags !== undefined && flags !== '') {
    for (const f of flags) {
      if (!FLAG_LETTERS.has(f)) return { ok: false, reason: `unknown flag "${f}" (allowed: i, m, s, U)` };
    }
    prefix = `(?${[...new Set(flags)].join('')})`;
  }
  const source = prefix + pattern;
  const hit = cache.get(source);
  if (hit) return hit;
  const result = compileUncached(source);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(source, result);
  return result;
}

function compileUncached(source: string): CompileRegexResult {
  let re2: RE2JS;
  try {
    re2 = RE2JS.compile(source);
  } catch (e) {
    return { ok: false, reason: explainSyntaxError(e, source) };
  }
  const fast = analyzeFastPath(source);
  if (fast.source !== null) {
    let native: RegExp | undefined;
    try {
      native = new RegExp(fast.source, 'u');
    } catch {
      native = undefined; // a translation V8 refuses is simply not used
    }
    if (native) {
      const rx = native;
      return {
        ok: true,
        re: { test: (s: string) => rx.test(s), source, engine: 'v8', maxInputLength: Infinity, toString: () => `re2:${source}` },
      };
    }
  }
  const size = re2.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return { ok: false, reason: `pattern too large: it compiles to ${size} instructions (limit ${MAX_PROGRAM_SIZE}); shorten counted repeats or alternations` };
  }
  const maxInputLength = Math.floor(RE2_WORK_LIMIT / Math.max(1, size));
  return {
    ok: true,
    re: {
      test: (s: string) => {
        if (s.length > maxInputLength) throw new RegexBudgetError(source, s.length, maxInputLength);
        return re2.test(s);
      },
      source,
      engine: 're2js',
      maxInputLength,
      toString: () => `re2:${source}`,
    },
  };
}

/** Turn a re2js syntax exception into a short reason naming what RE2 refuses. */
function explainSyntaxError(e: unknown, source: string): string {
  const err = e as { error?: unknown; input?: unknown; message?: unknown };
  const kind = typeof err.error === 'string' ? err.error : '';
  const input = typeof err.input === 'string' ? err.input : '';
  if (/^\(\?<?[=!]/.test(input) && (kind.includes('Perl syntax') || kind.includes('named capture'))) {
    return 'look-around is not supported';
  }
  if (kind === 'invalid escape sequence' && /^\\([1-9]|k|g)/.test(input)) {
    return 'back-references are not supported';
  }
  if (kind.includes('Perl syntax') && /\(\?P[=>]/.test(source)) return 'back-references are not supported';
  if (kind === 'invalid nested repetition operator' && input.endsWith('+')) {
    return 'possessive quantifiers are not supported';
  }
  if (kind !== '') return input !== '' ? `${kind}: \`${input}\`` : kind;
  const msg = typeof err.message === 'string' ? err.message : String(e);
  return msg.replace(/^error parsing regexp: /, '');
}
