// The one unknown-key check for policies and eval configs: a typo must never remove a rule silently,
// so an unknown key is an error (with "did you mean") unless the caller is lenient, in which case it is
// a warning. See docs/decisions.md, "Strict input".

/** Keys every rule object accepts besides its documented ones (labels only; `x-*` is checked apart). */
export const RULE_META_KEYS = ['id', 'description', 'title'] as const;

/** `x-…` keys: extension/anchor holders allowed in rule objects. */
export function isExtensionKey(key: string): boolean {
  return key.startsWith('x-');
}

/** Levenshtein distance, stopping early above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/** The single known key within distance 2 that the mapping does not already have, else null. */
export function closestKey(key: string, known: readonly string[], present: readonly string[]): string | null {
  const hits = known.filter((k) => !present.includes(k) && editDistance(key, k) <= 2);
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * The known key a misspelt `key` most likely meant: the unique nearest one (case-insensitive) within
 * distance 2 (1 for keys of up to 3 characters, where 2 edits make almost anything match), else null.
 */
export function suggestKey(key: string, known: readonly string[]): string | null {
  const max = key.length <= 3 ? 1 : 2;
  const lower = key.toLowerCase();
  let best: string | null = null;
  let bestD = max + 1;
  let tie = false;
  for (const k of known) {
    const d = editDistance(lower, k.toLowerCase(), max);
    if (d < bestD) {
      best = k;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return bestD <= max && !tie ? best : null;
}

export interface UnknownKey {
  key: string;
  /** The documented key it probably meant, if any. */
  suggestion: string | null;
  /** `unknown key "denny" at top level; did you mean "deny"? (allowed: …)` */
  message: string;
}

export interface UnknownKeyOptions {
  /** Accepted but not advertised in the "allowed" list (aliases such as eval `version`). */
  accepted?: readonly string[];
  /** A rule object: also accepts `id`, `description`, `title` and `x-*`. */
  rule?: boolean;
}

/**
 * The keys of `obj` outside `allowed`, in key order, each with its message. `where` completes the
 * message: "at top level", "in tools", "in sequences[0]".
 */
export function findUnknownKeys(
  obj: Record<string, unknown>,
  allowed: readonly string[],
  where: string,
  opts: UnknownKeyOptions = {},
): UnknownKey[] {
  const out: UnknownKey[] = [];
  for (const key of Object.keys(obj)) {
    if (allowed.includes(key) || opts.accepted?.includes(key)) continue;
    if (opts.rule && ((RULE_META_KEYS as readonly string[]).includes(key) || isExtensionKey(key))) continue;
    const suggestion = suggestKey(key, [...allowed, ...(opts.accepted ?? [])]);
    out.push({ key, suggestion, message: unknownKeyMessage(key, where, allowed, suggestion, opts.rule === true) });
  }
  return out;
}

export function unknownKeyMessage(key: string, where: string, allowed: readonly string[], suggestion: string | null, rule = false): string {
  const hint = suggestion !== null ? `; did you mean "${suggestion}"?` : '';
  const extra = rule ? ', id, description, title, x-*' : '';
  return `unknown key "${key}" ${where}${hint} (allowed: ${allowed.join(', ')}${extra})`;
}
