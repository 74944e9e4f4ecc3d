// The tool-name pattern language, the same everywhere: allow/deny, obligation lists,
// tool_blocklist, trace assertions, sequence selectors. Case-sensitive; no escapes; `*` is a
// wildcard only in a leading or trailing run — a `*` neither first nor last is a literal character.

export type ToolPatternKind = 'exact' | 'any' | 'prefix' | 'suffix' | 'contains';

export interface ToolPattern {
  readonly pattern: string;
  readonly kind: ToolPatternKind;
  /** The literal text compared (the pattern without its leading/trailing star runs). */
  readonly text: string;
  /** True when a `*` that is neither leading nor trailing is matched literally (W_POLICY_LITERAL_STAR). */
  readonly literalStar: boolean;
  test(name: string): boolean;
}

export function compileToolPattern(pattern: string): ToolPattern {
  let lead = 0;
  while (lead < pattern.length && pattern.charCodeAt(lead) === 0x2a) lead++;
  if (lead === pattern.length) {
    // "" matches only the empty name; a run of stars matches every name.
    if (pattern.length === 0) return make(pattern, 'exact', '', (n) => n === '');
    return make(pattern, 'any', '', () => true);
  }
  let trail = 0;
  while (pattern.charCodeAt(pattern.length - 1 - trail) === 0x2a) trail++;
  const text = pattern.slice(lead, pattern.length - trail);
  if (lead > 0 && trail > 0) return make(pattern, 'contains', text, (n) => n.includes(text));
  if (lead > 0) return make(pattern, 'suffix', text, (n) => n.endsWith(text));
  if (trail > 0) return make(pattern, 'prefix', text, (n) => n.startsWith(text));
  return make(pattern, 'exact', text, (n) => n === text);
}

function make(pattern: string, kind: ToolPatternKind, text: string, test: (n: string) => boolean): ToolPattern {
  return { pattern, kind, text, literalStar: text.includes('*'), test };
}

/** One-off match (compiles each time; hold a compiled pattern in hot paths). */
export function matchToolPattern(pattern: string, name: string): boolean {
  return compileToolPattern(pattern).test(name);
}

/** A pattern that matches every name (`*`, `**`, …). */
export function isUniversalPattern(pattern: string): boolean {
  return compileToolPattern(pattern).kind === 'any';
}

/** A pattern with a `*` that is neither leading nor trailing (matched literally). */
export function hasLiteralStar(pattern: string): boolean {
  return compileToolPattern(pattern).literalStar;
}
