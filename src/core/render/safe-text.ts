// Render safety: untrusted text (prompts, responses, tool args/results, messages, paths from traces)
// passes through here before any sink. Order: control characters → U+FFFD, secrets → `<redacted:RULE>`,
// optional bound (SARIF, JUnit, console), then the sink's own encoding (XML, Markdown, JSON).
// Codes, ids, digests, seeds and next_step are never passed through here.
//
// Everything is linear in the input length: the control scanner is a single forward pass, and every
// redaction regex is built so that each start position does bounded work or ends in a match that
// consumes what it scanned (see the notes on SECRET_RULES).
import { createHash } from 'node:crypto';

export const REPLACEMENT_CHAR = '\uFFFD';
export const DEFAULT_BOUND = 256;
export const TRUNCATION_MARK = '(truncated)';

const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;

function isBidiControl(c: number): boolean {
  return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/** C0 (except tab, LF, CR), DEL and C1. */
function isControl(c: number): boolean {
  return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}

/**
 * Index just past a control-string payload (OSC, DCS, SOS, PM, APC) starting at `i`: it ends at BEL, ESC \
 * or C1 ST (consumed) or before any other control character or the end of the text.
 */
function skipControlString(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === BEL || c === C1_ST) return i + 1;
    if (c === ESC) return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
    if (isControl(c) || c === 0x0a || c === 0x0d || c === 0x09) return i;
    i++;
  }
  return n;
}

/** Index just past a CSI sequence body (parameters, intermediates, one final byte when present). */
function skipCsi(s: string, i: number): number {
  const n = s.length;
  while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f) i++;
  while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f) i++;
  if (i < n && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e) i++;
  return i;
}

/**
 * Replace terminal escape sequences (each whole sequence becomes one U+FFFD, so no `[31m` residue), other
 * C0/C1 controls, DEL, bidi controls and lone surrogates by U+FFFD. Tab, CR and LF are kept.
 */
export function stripControls(s: string): string {
  const n = s.length;
  // Fast path: most text has nothing to replace.
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (isControl(c) || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff)) break;
  }
  if (i === n) return s;
  let out = s.slice(0, i);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i += 2;
      } else {
        out += REPLACEMENT_CHAR;
        i++;
      }
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      out += REPLACEMENT_CHAR;
      i++;
      continue;
    }
    if (c === ESC) {
      const next = s.charCodeAt(i + 1);
      if (next === 0x5b) i = skipCsi(s, i + 2); // ESC [
      else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
        i = skipControlString(s, i + 2); // ESC ] / P / X / ^ / _
      } else {
        // nF / Fp / Fe / Fs: intermediates then one final byte.
        i++;
        while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f) i++;
        if (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e) i++;
      }
      out += REPLACEMENT_CHAR;
      continue;
    }
    if (c === 0x9b) {
      i = skipCsi(s, i + 1);
      out += REPLACEMENT_CHAR;
      continue;
    }
    if (c === 0x9d || c === 0x90 || c === 0x98 || c === 0x9e || c === 0x9f) {
      i = skipControlString(s, i + 1);
      out += REPLACEMENT_CHAR;
      continue;
    }
    if (isControl(c) || isBidiControl(c)) {
      out += REPLACEMENT_CHAR;
      i++;
      continue;
    }
    // Copy the run of ordinary characters in one slice.
    let j = i + 1;
    while (j < n) {
      const d = s.charCodeAt(j);
      if (isControl(d) || isBidiControl(d) || (d >= 0xd800 && d <= 0xdfff)) break;
      j++;
    }
    out += s.slice(i, j);
    i = j;
  }
  return out;
}

export type SecretRule =
  | 'aws-access-key-id'
  | 'github-token'
  | 'openai-key'
  | 'slack-token'
  | 'google-api-key'
  | 'stripe-key'
  | 'private-key-pem'
  | 'jwt'
  | 'bearer-token'
  | 'sensitive-query-param'
  | 'credential-assignment'
  | 'email'
  | 'slack-user-id';

interface SecretPattern {
  rule: SecretRule;
  re: RegExp;
  /** Capture group kept in front of the marker (`Bearer `, `?token=`, `password=`); 0 = none. */
  keep: number;
  /** Cheap literal test that every match needs (no `g` flag, so no lastIndex state); skips `re` otherwise. */
  hint?: RegExp;
}

// Linear-time notes. V8 tries every start position, so each pattern either
//  - starts with a literal and then has only bounded quantifiers (bounded work per start), or
//  - ends in an unbounded greedy run with nothing after it (a start that reaches it matches and the
//    global replace continues after the consumed text), or
//  - begins with a negative lookbehind of its own run class, so a run of that class is entered from its
//    first character only and is scanned (plus backtracked) O(1) times in total.
// Specific token formats come first; the generic rules (assignment, email, slack id) last, and their value
// classes exclude `<` so an earlier `<redacted:…>` marker is never re-labelled.
const SECRET_RULES: readonly SecretPattern[] = [
  {
    rule: 'private-key-pem',
    // Header, then lazily to the END line or the end of the text (a cut-off key is still a secret). The
    // match always succeeds once the header matched, so the body is consumed, never rescanned.
    re: /-----BEGIN[A-Z0-9 ]{0,40}PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]{0,40}PRIVATE KEY-----|$)/g,
    keep: 0,
    hint: /PRIVATE KEY-----/,
  },
  {
    rule: 'jwt',
    re: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g,
    keep: 0,
    hint: /eyJ/,
  },
  {
    rule: 'github-token',
    re: /(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g,
    keep: 0,
    hint: /gh[pousr]_|github_pat_/,
  },
  {
    rule: 'aws-access-key-id',
    re: /(?<![A-Za-z0-9])(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16}(?![A-Za-z0-9])/g,
    keep: 0,
    hint: /AKIA|ASIA|ABIA|ACCA|A3T/,
  },
  {
    rule: 'openai-key',
    re: /(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}/g,
    keep: 0,
    hint: /sk-/,
  },
  {
    rule: 'slack-token',
    re: /(?<![A-Za-z0-9_-])(?:xox[abposre]-[A-Za-z0-9-]{10,}|xapp-[0-9]-[A-Za-z0-9-]{10,})/g,
    keep: 0,
    hint: /xox|xapp-/,
  },
  {
    rule: 'google-api-key',
    re: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}/g,
    keep: 0,
    hint: /AIza/,
  },
  {
    rule: 'stripe-key',
    re: /(?<![A-Za-z0-9_])[spr]k_(?:live|test)_[0-9A-Za-z]{10,}/g,
    keep: 0,
    hint: /k_(?:live|test)_/,
  },
  {
    rule: 'bearer-token',
    re: /(?<![A-Za-z0-9_])(bearer[ \t]+)[A-Za-z0-9._~+/-]{8,}=*/gi,
    keep: 1,
    hint: /bearer/i,
  },
  {
    rule: 'sensitive-query-param',
    re: /([?&](?:access_token|refresh_token|id_token|auth_token|token|api[_-]?key|apikey|key|password|passwd|pwd|secret|client_secret|sig|signature|auth|session|sessionid|sid)=)[^&#\s"'<>]+/gi,
    keep: 1,
    hint: /[?&]/,
  },
  {
    rule: 'credential-assignment',
    // `password = x`, `"api_key": "x"`, `DB_PASSWORD=x`: optional ≤ 30-char prefix ending in `_`/`-`, a
    // credential word, optional closing quote, `:` or `=`, optional opening quote, then a value of ≥ 4.
    re: /((?<![A-Za-z0-9_-])(?:[A-Za-z0-9_-]{0,30}[_-])?(?:password|passwd|pwd|passphrase|secret|token|api[_-]?key|apikey|access[_-]?key|private[_-]?key|client[_-]?secret|auth|credentials?)["']?[ \t]{0,8}[:=][ \t]{0,8}["']?)[^\s"'&,;<>]{4,}/gi,
    keep: 1,
    hint: /pass|pwd|secret|token|key|auth|credential/i,
  },
  {
    rule: 'email',
    re: /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
    keep: 0,
    hint: /@/,
  },
  {
    rule: 'slack-user-id',
    // U/W + digit + 6–10 upper-case alphanumerics; the digit keeps ordinary capitalised words out.
    re: /(?<![A-Za-z0-9])[UW][0-9][A-Z0-9]{6,10}(?![A-Za-z0-9])/g,
    keep: 0,
  },
];

export const SECRET_RULE_NAMES: readonly SecretRule[] = SECRET_RULES.map((r) => r.rule);

/** Replace every secret by `<redacted:RULE>`. Linear in the length of `s`. */
export function redactSecrets(s: string): string {
  for (const p of SECRET_RULES) {
    if (p.hint && !p.hint.test(s)) continue;
    p.re.lastIndex = 0;
    s = s.replace(p.re, (...args: unknown[]) => {
      const kept = p.keep > 0 ? ((args[p.keep] as string | undefined) ?? '') : '';
      return `${kept}<redacted:${p.rule}>`;
    });
  }
  return s;
}

/**
 * Cut to at most `max` code points plus `(truncated)`; never splits a surrogate pair.
 * Text of at most `max` code points is returned unchanged.
 */
export function boundText(s: string, max: number = DEFAULT_BOUND): string {
  if (s.length <= max) return s;
  let i = 0;
  let count = 0;
  while (i < s.length && count < max) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
    count++;
  }
  return i >= s.length ? s : s.slice(0, i) + TRUNCATION_MARK;
}

export interface SafeTextOptions {
  /** Bound in code points (SARIF, JUnit, console: 256); `false` = unbounded (JSON reports). */
  bound?: number | false;
}

/** Controls → U+FFFD, secrets redacted, optionally bounded. The input of every sink encoder. */
export function safeText(s: string, opts: SafeTextOptions = {}): string {
  const out = redactSecrets(stripControls(s));
  return opts.bound === undefined || opts.bound === false ? out : boundText(out, opts.bound);
}

/** Bounded form for SARIF, JUnit and the console. */
export function safeBounded(s: string): string {
  return safeText(s, { bound: DEFAULT_BOUND });
}

/** `--redact-prompts`: `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
export function redactPrompt(prompt: string): string {
  return `<redacted:prompt sha256:${createHash('sha256').update(prompt, 'utf8').digest('hex').slice(0, 12)}>`;
}

/** Recursively apply safeText (unbounded) to every string value of a JSON-like value; keys untouched. */
export function safeDeep(value: unknown): unknown {
  if (typeof value === 'string') return safeText(value);
  if (Array.isArray(value)) return value.map(safeDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = safeDeep(v);
    return out;
  }
  return value;
}

// ---- Sink encoders ---------------------------------------------------------------------------------

/** Characters not allowed in XML 1.0 (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) → U+FFFD. */
export function xmlLegalize(s: string): string {
  let out = '';
  let last = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let bad = false;
    if (c < 0x20) bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      bad = true;
    } else if (c >= 0xdc00 && c <= 0xdfff) bad = true;
    else bad = c === 0xfffe || c === 0xffff;
    if (bad) {
      out += s.slice(last, i) + REPLACEMENT_CHAR;
      last = i + 1;
    }
  }
  return last === 0 ? s : out + s.slice(last);
}

const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** XML element text: `& < > " '` escaped, illegal characters → U+FFFD. */
export function escapeXmlText(s: string): string {
  return xmlLegalize(s).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);
}

/** XML attribute value: as text, plus tab/LF/CR as character references (attribute normalisation). */
export function escapeXmlAttr(s: string): string {
  return xmlLegalize(s).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch]!);
}

/**
 * Inline Markdown (GitHub): ASCII punctuation that Markdown gives meaning to is backslash-escaped, `<`, `>`,
 * `&` become entities (GitHub renders HTML), `@` becomes `&#64;` (no mention pings), line breaks become spaces.
 */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+\-.!|~<>&@\r\n]/g, (ch) => {
    switch (ch) {
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '&':
        return '&amp;';
      case '@':
        return '&#64;';
      case '\r':
      case '\n':
        return ' ';
      default:
        return '\\' + ch;
    }
  });
}

/** An inline code span that cannot be broken out of: the fence is longer than any backtick run inside. */
export function markdownCode(s: string): string {
  const flat = s.replace(/[\r\n]+/g, ' ');
  let longest = 0;
  let run = 0;
  for (let i = 0; i < flat.length; i++) {
    if (flat.charCodeAt(i) === 0x60) {
      run++;
      if (run > longest) longest = run;
    } else run = 0;
  }
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}
