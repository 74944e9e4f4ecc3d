// W_PATH_REGEX_TRAVERSAL: a regex on a path-like argument that also accepts `<its own prefix>/../etc/passwd`.
// `^/app/.*` reads as "under /app" but accepts `/app/../etc/shadow`; `within` is the constraint that means
// it (docs/authoring.md, "Path arguments"). The verdict comes from the tool's real compiled schema, so a
// `not`, a `within` or a stricter character class next to the regex is taken into account; only the probe
// values are derived from the regex text (its literal prefixes and, when anchored at the end, suffixes).
import type { Diagnostic } from '../errors.js';
import type { WarningCode } from '../outcome/reason-codes.js';
import type { Policy, SchemaViolation, ToolSchema } from './types.js';

export const PATH_REGEX_TRAVERSAL: WarningCode = 'W_PATH_REGEX_TRAVERSAL';

// Argument names that hold file-system paths: the whole name or its last word (snake, kebab or camel
// case). `uri`/`url` are not paths (`within` refuses them as relative); `source`/`destination` are what
// file servers call the two paths of a move or copy.
const PATH_WORDS = new Set(['path', 'pathname', 'file', 'filename', 'filepath', 'dir', 'dirname', 'directory', 'folder']);
const PATH_NAMES = new Set(['source', 'destination']);

export function isPathLikeName(name: string): boolean {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  const last = words[words.length - 1];
  if (last === undefined) return false;
  return PATH_WORDS.has(last) || (words.length === 1 && PATH_NAMES.has(last));
}

// ---------- literal prefixes and suffixes of an RE2 pattern ----------

type Quant = '' | '?' | '*' | '+' | '{';
type Tok =
  | { t: 'lit'; s: string; q: Quant }
  | { t: 'group'; inner: string; q: Quant }
  | { t: 'start' }
  | { t: 'end' }
  | { t: 'flags' }
  | { t: 'other' };

const MAX_AFFIXES = 16;

/** Index just past the `]` closing the class that opens at `i`. */
function skipClass(p: string, i: number): number {
  let j = i + 1;
  if (p[j] === '^') j++;
  if (p[j] === ']') j++;
  while (j < p.length && p[j] !== ']') {
    if (p[j] === '\\') j += 2;
    else if (p[j] === '[' && p[j + 1] === ':') {
      const end = p.indexOf(':]', j + 2);
      j = end < 0 ? p.length : end + 2;
    } else j++;
  }
  return j + 1;
}

/** Index of the `)` closing the group that opens at `i` (or p.length). */
function closeParen(p: string, i: number): number {
  let depth = 0;
  for (let j = i; j < p.length; ) {
    const c = p[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = skipClass(p, j);
    else {
      if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j;
      j++;
    }
  }
  return p.length;
}

/** Top-level alternatives. */
export function splitAlternatives(p: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let j = 0; j < p.length; ) {
    const c = p[j];
    if (c === '\\') j += 2;
    else if (c === '[') j = skipClass(p, j);
    else {
      if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === '|' && depth === 0) {
        out.push(p.slice(from, j));
        from = j + 1;
      }
      j++;
    }
  }
  out.push(p.slice(from));
  return out;
}

/** Length of an escape starting at `i` (the backslash) that does not stand for one literal character. */
function escapeLength(p: string, i: number): number {
  const c = p[i + 1];
  if ((c === 'p' || c === 'P' || c === 'x') && p[i + 2] === '{') {
    const end = p.indexOf('}', i + 3);
    return end < 0 ? p.length - i : end - i + 1;
  }
  if (c === 'p' || c === 'P') return 3;
  if (c === 'x') return 4;
  return 2;
}

function tokenize(p: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  while (i < p.length) {
    const c = p[i]!;
    let tok: Tok;
    if (c === '\\') {
      const n = p[i + 1];
      if (n === undefined) return toks;
      if (n === 'Q') {
        const end = p.indexOf('\\E', i + 2);
        const text = p.slice(i + 2, end < 0 ? p.length : end);
        i = end < 0 ? p.length : end + 2;
        for (const ch of text) toks.push({ t: 'lit', s: ch, q: '' });
        continue;
      }
      if (n === 'A') tok = { t: 'start' };
      else if (n === 'z') tok = { t: 'end' };
      else if (!/[0-9A-Za-z]/.test(n)) tok = { t: 'lit', s: n, q: '' };
      else tok = { t: 'other' };
      i += tok.t === 'other' ? escapeLength(p, i) : 2;
    } else if (c === '(') {
      const close = closeParen(p, i);
      const body = p.slice(i + 1, close);
      i = close + 1;
      if (body.startsWith('?')) {
        const colon = body.indexOf(':');
        const named = body.startsWith('?P<') || body.startsWith('?<');
        if (named) tok = { t: 'group', inner: body.slice(body.indexOf('>') + 1), q: '' };
        else if (colon < 0) tok = { t: 'flags' };
        else tok = { t: 'group', inner: body.slice(colon + 1), q: '' };
      } else tok = { t: 'group', inner: body, q: '' };
    } else if (c === '[') {
      i = skipClass(p, i);
      tok = { t: 'other' };
    } else if (c === '^') {
      i++;
      tok = { t: 'start' };
    } else if (c === '$') {
      i++;
      tok = { t: 'end' };
    } else if (c === '.') {
      i++;
      tok = { t: 'other' };
    } else {
      const cp = p.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      i += ch.length;
      tok = { t: 'lit', s: ch, q: '' };
    }
    // A quantifier (and its lazy `?`) belongs to the atom before it.
    const q = p[i];
    if (q === '?' || q === '*' || q === '+') {
      i++;
      if (p[i] === '?') i++;
      if (tok.t === 'lit' || tok.t === 'group') tok.q = q;
    } else if (q === '{' && /^\{\d+(,\d*)?\}/.test(p.slice(i, i + 24))) {
      i = p.indexOf('}', i) + 1;
      if (p[i] === '?') i++;
      if (tok.t === 'lit' || tok.t === 'group') tok.q = '{';
      else tok = { t: 'other' };
    }
    toks.push(tok);
  }
  return toks;
}

interface Affix {
  text: string;
  /** The whole sequence was literal (so what follows it may extend the affix). */
  complete: boolean;
}

function cross(a: string[], b: Affix[], prefix: boolean): Affix[] {
  const out: Affix[] = [];
  for (const x of a) for (const y of b) if (out.length < MAX_AFFIXES) out.push({ text: prefix ? x + y.text : y.text + x, complete: y.complete });
  return out;
}

/** Literal prefixes (or suffixes) of every alternative of `p`. */
function affixes(p: string, prefix: boolean, depth: number): Affix[] {
  const out: Affix[] = [];
  for (const alt of splitAlternatives(p)) {
    const toks = tokenize(alt);
    if (!prefix) toks.reverse();
    out.push(...sequenceAffixes(toks, prefix, depth));
    if (out.length >= MAX_AFFIXES) break;
  }
  return out.slice(0, MAX_AFFIXES);
}

function sequenceAffixes(toks: Tok[], prefix: boolean, depth: number): Affix[] {
  let acc = [''];
  const partial = (): Affix[] => acc.map((text) => ({ text, complete: false }));
  for (const tok of toks) {
    if (tok.t === 'flags') continue;
    if (tok.t === (prefix ? 'start' : 'end')) {
      if (acc.length === 1 && acc[0] === '') continue;
      return partial();
    }
    if (tok.t === 'lit') {
      if (tok.q === '' || tok.q === '+') acc = acc.map((a) => (prefix ? a + tok.s : tok.s + a));
      if (tok.q !== '') return partial();
      continue;
    }
    if (tok.t === 'group' && depth < 8 && (tok.q === '' || tok.q === '+')) {
      const sub = affixes(tok.inner, prefix, depth + 1);
      const next = cross(acc, sub, prefix);
      if (tok.q === '' && sub.every((s) => s.complete)) {
        acc = next.map((n) => n.text);
        continue;
      }
      return next.map((n) => ({ text: n.text, complete: false }));
    }
    return partial();
  }
  return acc.map((text) => ({ text, complete: true }));
}

/**
 * Literal prefixes of the alternatives of an RE2 pattern (empty strings dropped, deduplicated). An
 * alternative not anchored at the start counts only when its literal starts with `/` (`\.txt$` is a
 * suffix test, not a folder to climb out of).
 */
export function literalPrefixes(pattern: string): string[] {
  const out = new Set<string>();
  for (const alt of splitAlternatives(pattern)) {
    const toks = tokenize(alt);
    const anchored = toks.find((t) => t.t !== 'flags')?.t === 'start';
    for (const a of sequenceAffixes(toks, true, 0)) if (a.text !== '' && (anchored || a.text.startsWith('/'))) out.add(a.text);
    if (out.size >= MAX_AFFIXES) break;
  }
  return [...out].slice(0, MAX_AFFIXES);
}

/** Literal suffixes of the alternatives that are anchored at the end (`$`, `\z`); '' when some is not. */
export function literalSuffixes(pattern: string): string[] {
  const out = new Set<string>();
  for (const alt of splitAlternatives(pattern)) {
    const toks = tokenize(alt);
    const last = toks[toks.length - 1];
    if (last?.t !== 'end') {
      out.add('');
      continue;
    }
    for (const a of sequenceAffixes(toks.reverse(), false, 0)) out.add(a.text);
    if (out.size >= 4) break;
  }
  return [...out].slice(0, 4);
}

/** Values that climb out of each literal prefix with `..`, and an innocent value under the same prefix. */
export function traversalProbes(pattern: string): Array<{ probe: string; control: string; prefix: string }> {
  const out: Array<{ probe: string; control: string; prefix: string }> = [];
  const suffixes = literalSuffixes(pattern);
  for (const prefix of literalPrefixes(pattern)) {
    const dir = prefix.endsWith('/') ? prefix : `${prefix}/`;
    for (const s of suffixes) {
      // Out and sideways; out through a first segment (for regexes that demand one); just up (`/app/..`).
      out.push({ probe: `${dir}../etc/passwd${s}`, control: `${dir}x${s}`, prefix });
      out.push({ probe: `${dir}x/../../etc/passwd${s}`, control: `${dir}x/y${s}`, prefix });
      if (s === '') out.push({ probe: `${dir}..`, control: `${dir}x`, prefix });
    }
  }
  return out;
}

// ---------- the probe against a loaded policy ----------

function pointer(name: string): string {
  return `/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

const keyOf = (v: SchemaViolation) => `${v.path}\u0000${v.constraint}`;

/**
 * The tool's schema accepts `probe` for `param` exactly as it accepts `control`, a value under the same
 * prefix that the regex was written to allow. Comparing against the control keeps other arguments'
 * `required` failures (we pass only one argument) from hiding or faking a verdict.
 */
function acceptsLike(ts: ToolSchema, param: string, probe: string, control: string): boolean {
  let bad: SchemaViolation[];
  let good: SchemaViolation[];
  try {
    good = ts.validate({ [param]: control });
    bad = ts.validate({ [param]: probe });
  } catch {
    return false;
  }
  const at = pointer(param);
  if (good.some((v) => v.path === at || v.path.startsWith(`${at}/`))) return false;
  const known = new Set(good.map(keyOf));
  return bad.every((v) => known.has(keyOf(v)));
}

function suggestion(prefixes: string[]): string {
  const folders = [
    ...new Set(
      prefixes
        .filter((p) => p.startsWith('/') && !p.split('/').includes('..'))
        .map((p) => (p.endsWith('/') ? p.slice(0, -1) : p.slice(0, p.lastIndexOf('/'))))
        .map((f) => (f === '' ? '/' : f)),
    ),
  ];
  const list = folders.length > 0 ? folders.map((f) => JSON.stringify(f)).join(', ') : '"/your/folder"';
  return `use within: [${list}] (x-assay-within in schemas)`;
}

/**
 * One W_PATH_REGEX_TRAVERSAL warning per regex (short-form `matches` or a top-level `properties.<p>.pattern`)
 * on a path-like argument whose tool schema accepts a `..` walk out of the regex's own prefix. Positioned at
 * the regex.
 */
export function probePathRegexes(policy: Policy): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const [tool, ts] of policy.schemas) {
    for (const src of ts.sources) {
      if (!src.patternRefs) continue;
      const props = (src.schema as { properties?: Record<string, { pattern?: unknown }> }).properties;
      for (const [param, ref] of Object.entries(src.patternRefs)) {
        if (!isPathLikeName(param)) continue;
        const pattern = props?.[param]?.pattern;
        if (typeof pattern !== 'string') continue;
        const probes = traversalProbes(pattern);
        const hit = probes.find((p) => acceptsLike(ts, param, p.probe, p.control));
        if (!hit) continue;
        const prefixes = [...new Set(probes.map((p) => p.prefix))];
        out.push({
          code: PATH_REGEX_TRAVERSAL,
          severity: 'warning',
          source: 'policy',
          file: ref.file,
          line: ref.line,
          col: ref.col,
          message:
            `regex ${JSON.stringify(pattern)} on ${tool} argument "${param}" accepts ${JSON.stringify(hit.probe)}: ` +
            `a ".." segment walks out of ${JSON.stringify(hit.prefix)}; ${suggestion(prefixes)}`,
          context: { tool, param, pattern, probe: hit.probe },
        });
      }
    }
  }
  return out;
}
