export const id = 460;
export const ids = [460];
export const modules = {

/***/ 639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ fileRef),
/* harmony export */   R: () => (/* binding */ checkoutRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3480);
// Paths as users give them → what core reads (absolute) and what reports show (repo-relative POSIX).


function checkoutRoot() {
    return process.env.GITHUB_WORKSPACE || process.cwd();
}
function fileRef(given) {
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .Gt)(given, checkoutRoot(), process.cwd()) };
}


/***/ }),

/***/ 1103:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ stripControls),
/* harmony export */   D9: () => (/* binding */ markdownCode),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Hk: () => (/* binding */ safeText),
/* harmony export */   IR: () => (/* binding */ escapeXmlText),
/* harmony export */   O6: () => (/* binding */ boundText),
/* harmony export */   Oh: () => (/* binding */ safeDeep),
/* harmony export */   W6: () => (/* binding */ escapeXmlAttr),
/* harmony export */   fp: () => (/* binding */ redactSecrets),
/* harmony export */   uH: () => (/* binding */ redactPrompt),
/* harmony export */   vn: () => (/* binding */ safeBounded)
/* harmony export */ });
/* unused harmony exports REPLACEMENT_CHAR, DEFAULT_BOUND, TRUNCATION_MARK, SECRET_RULE_NAMES, xmlLegalize */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
// Render safety: untrusted text (prompts, responses, tool args/results, messages, paths from traces)
// passes through here before any sink. Order: control characters → U+FFFD, secrets → `<redacted:RULE>`,
// optional bound (SARIF, JUnit, console), then the sink's own encoding (XML, Markdown, JSON).
// Codes, ids, digests, seeds and next_step are never passed through here.
//
// Everything is linear in the input length: the control scanner is a single forward pass, and every
// redaction regex is built so that each start position does bounded work or ends in a match that
// consumes what it scanned (see the notes on SECRET_RULES).

const REPLACEMENT_CHAR = '\uFFFD';
const DEFAULT_BOUND = 256;
const TRUNCATION_MARK = '(truncated)';
const ESC = 0x1b;
const BEL = 0x07;
const C1_ST = 0x9c;
function isBidiControl(c) {
    return c === 0x061c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}
/** C0 (except tab, LF, CR), DEL and C1. */
function isControl(c) {
    return (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f);
}
/**
 * Index just past a control-string payload (OSC, DCS, SOS, PM, APC) starting at `i`: it ends at BEL, ESC \
 * or C1 ST (consumed) or before any other control character or the end of the text.
 */
function skipControlString(s, i) {
    const n = s.length;
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c === BEL || c === C1_ST)
            return i + 1;
        if (c === ESC)
            return s.charCodeAt(i + 1) === 0x5c ? i + 2 : i;
        if (isControl(c) || c === 0x0a || c === 0x0d || c === 0x09)
            return i;
        i++;
    }
    return n;
}
/** Index just past a CSI sequence body (parameters, intermediates, one final byte when present). */
function skipCsi(s, i) {
    const n = s.length;
    while (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x3f)
        i++;
    while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
        i++;
    if (i < n && s.charCodeAt(i) >= 0x40 && s.charCodeAt(i) <= 0x7e)
        i++;
    return i;
}
/**
 * Replace terminal escape sequences (each whole sequence becomes one U+FFFD, so no `[31m` residue), other
 * C0/C1 controls, DEL, bidi controls and lone surrogates by U+FFFD. Tab, CR and LF are kept.
 */
function stripControls(s) {
    const n = s.length;
    // Fast path: most text has nothing to replace.
    let i = 0;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isControl(c) || isBidiControl(c) || (c >= 0xd800 && c <= 0xdfff))
            break;
    }
    if (i === n)
        return s;
    let out = s.slice(0, i);
    while (i < n) {
        const c = s.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                out += s[i] + s[i + 1];
                i += 2;
            }
            else {
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
            if (next === 0x5b)
                i = skipCsi(s, i + 2); // ESC [
            else if (next === 0x5d || next === 0x50 || next === 0x58 || next === 0x5e || next === 0x5f) {
                i = skipControlString(s, i + 2); // ESC ] / P / X / ^ / _
            }
            else {
                // nF / Fp / Fe / Fs: intermediates then one final byte.
                i++;
                while (i < n && s.charCodeAt(i) >= 0x20 && s.charCodeAt(i) <= 0x2f)
                    i++;
                if (i < n && s.charCodeAt(i) >= 0x30 && s.charCodeAt(i) <= 0x7e)
                    i++;
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
            if (isControl(d) || isBidiControl(d) || (d >= 0xd800 && d <= 0xdfff))
                break;
            j++;
        }
        out += s.slice(i, j);
        i = j;
    }
    return out;
}
// Linear-time notes. V8 tries every start position, so each pattern either
//  - starts with a literal and then has only bounded quantifiers (bounded work per start), or
//  - ends in an unbounded greedy run with nothing after it (a start that reaches it matches and the
//    global replace continues after the consumed text), or
//  - begins with a negative lookbehind of its own run class, so a run of that class is entered from its
//    first character only and is scanned (plus backtracked) O(1) times in total.
// Specific token formats come first; the generic rules (assignment, email, slack id) last, and their value
// classes exclude `<` so an earlier `<redacted:…>` marker is never re-labelled.
const SECRET_RULES = [
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
const SECRET_RULE_NAMES = SECRET_RULES.map((r) => r.rule);
/** Replace every secret by `<redacted:RULE>`. Linear in the length of `s`. */
function redactSecrets(s) {
    for (const p of SECRET_RULES) {
        if (p.hint && !p.hint.test(s))
            continue;
        p.re.lastIndex = 0;
        s = s.replace(p.re, (...args) => {
            const kept = p.keep > 0 ? (args[p.keep] ?? '') : '';
            return `${kept}<redacted:${p.rule}>`;
        });
    }
    return s;
}
/**
 * Cut to at most `max` code points plus `(truncated)`; never splits a surrogate pair.
 * Text of at most `max` code points is returned unchanged.
 */
function boundText(s, max = DEFAULT_BOUND) {
    if (s.length <= max)
        return s;
    let i = 0;
    let count = 0;
    while (i < s.length && count < max) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
        count++;
    }
    return i >= s.length ? s : s.slice(0, i) + TRUNCATION_MARK;
}
/** Controls → U+FFFD, secrets redacted, optionally bounded. The input of every sink encoder. */
function safeText(s, opts = {}) {
    const out = redactSecrets(stripControls(s));
    return opts.bound === undefined || opts.bound === false ? out : boundText(out, opts.bound);
}
/** Bounded form for SARIF, JUnit and the console. */
function safeBounded(s) {
    return safeText(s, { bound: DEFAULT_BOUND });
}
/** `--redact-prompts`: `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
function redactPrompt(prompt) {
    return `<redacted:prompt sha256:${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(prompt, 'utf8').digest('hex').slice(0, 12)}>`;
}
/** Recursively apply safeText (unbounded) to every string value of a JSON-like value; keys untouched. */
function safeDeep(value) {
    if (typeof value === 'string')
        return safeText(value);
    if (Array.isArray(value))
        return value.map(safeDeep);
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value))
            out[k] = safeDeep(v);
        return out;
    }
    return value;
}
// ---- Sink encoders ---------------------------------------------------------------------------------
/** Characters not allowed in XML 1.0 (C0 except tab/LF/CR, lone surrogates, U+FFFE/U+FFFF) → U+FFFD. */
function xmlLegalize(s) {
    let out = '';
    let last = 0;
    const n = s.length;
    for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        let bad = false;
        if (c < 0x20)
            bad = c !== 0x09 && c !== 0x0a && c !== 0x0d;
        else if (c >= 0xd800 && c <= 0xdbff) {
            const d = s.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
            bad = true;
        }
        else if (c >= 0xdc00 && c <= 0xdfff)
            bad = true;
        else
            bad = c === 0xfffe || c === 0xffff;
        if (bad) {
            out += s.slice(last, i) + REPLACEMENT_CHAR;
            last = i + 1;
        }
    }
    return last === 0 ? s : out + s.slice(last);
}
const XML_ESCAPES = {
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
function escapeXmlText(s) {
    return xmlLegalize(s).replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]);
}
/** XML attribute value: as text, plus tab/LF/CR as character references (attribute normalisation). */
function escapeXmlAttr(s) {
    return xmlLegalize(s).replace(/[&<>"'\t\n\r]/g, (ch) => XML_ESCAPES[ch]);
}
/**
 * Inline Markdown (GitHub): ASCII punctuation that Markdown gives meaning to is backslash-escaped, `<`, `>`,
 * `&` become entities (GitHub renders HTML), `@` becomes `&#64;` (no mention pings), line breaks become spaces.
 */
function escapeMarkdown(s) {
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
function markdownCode(s) {
    const flat = s.replace(/[\r\n]+/g, ' ');
    let longest = 0;
    let run = 0;
    for (let i = 0; i < flat.length; i++) {
        if (flat.charCodeAt(i) === 0x60) {
            run++;
            if (run > longest)
                longest = run;
        }
        else
            run = 0;
    }
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}


/***/ }),

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ codePointsInUtf8),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   zx: () => (/* binding */ codePointsInString)
/* harmony export */ });
// UTF-8 checks for trace lines (invalid UTF-8 in JSONL is a bad line).
// The fast path uses node:buffer isUtf8 on whole regions; this file only locates the error for the message.
/** Byte offset of the first invalid UTF-8 sequence (WHATWG rules: no overlongs, surrogates or > U+10FFFF), or -1. */
function firstInvalidUtf8(b) {
    const n = b.length;
    let i = 0;
    while (i < n) {
        const c = b[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        let need;
        if (c >= 0xc2 && c <= 0xdf)
            need = 1;
        else if (c >= 0xe0 && c <= 0xef)
            need = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            need = 3;
        else
            return i;
        // The second byte has a narrower range for a few lead bytes (overlongs, surrogates, > U+10FFFF).
        let lo = 0x80;
        let hi = 0xbf;
        if (c === 0xe0)
            lo = 0xa0;
        else if (c === 0xed)
            hi = 0x9f;
        else if (c === 0xf0)
            lo = 0x90;
        else if (c === 0xf4)
            hi = 0x8f;
        const c1 = b[i + 1];
        if (c1 === undefined || c1 < lo || c1 > hi)
            return i;
        for (let k = 2; k <= need; k++) {
            const ck = b[i + k];
            if (ck === undefined || ck < 0x80 || ck > 0xbf)
                return i;
        }
        i += need + 1;
    }
    return -1;
}
/** Number of code points in the valid UTF-8 prefix b[0, end). */
function codePointsInUtf8(b, end) {
    let n = 0;
    for (let i = 0; i < end; i++)
        if ((b[i] & 0xc0) !== 0x80)
            n++;
    return n;
}
/** Number of code points in s[0, end) (UTF-16 index). */
function codePointsInString(s, end) {
    let n = 0;
    for (let i = 0; i < end; i++) {
        const c = s.charCodeAt(i);
        // A low surrogate that follows a high surrogate belongs to the same code point.
        if (c >= 0xdc00 && c <= 0xdfff && i > 0) {
            const p = s.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        n++;
    }
    return n;
}


/***/ }),

/***/ 3480:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ displayPath),
/* harmony export */   d7: () => (/* binding */ toPosix),
/* harmony export */   xK: () => (/* binding */ containedIn)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output: relative to the checkout root when inside it,
// else the path as the user gave it. Never absolute paths of the machine in artefacts.

function toPosix(p) {
    return node_path__WEBPACK_IMPORTED_MODULE_0__.sep === '\\' ? p.replace(/\\/g, '/') : p;
}
/** `given` as the user wrote it, `root` the checkout root (GITHUB_WORKSPACE or cwd), `cwd` the working dir. */
function displayPath(given, root, cwd = root) {
    const abs = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, given);
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, abs);
    if (rel !== '' && !rel.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel))
        return toPosix(rel);
    if (rel === '')
        return '.';
    return toPosix(given);
}
/** Is `p` the folder `root` or below it, lexically, by whole segments (a file named `..a` is inside)? */
function containedIn(root, p) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, p);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h0: () => (/* binding */ decodeUtf8Strict),
/* harmony export */   hr: () => (/* binding */ readTextStrict),
/* harmony export */   kd: () => (/* binding */ findUtf8Problem),
/* harmony export */   rH: () => (/* binding */ utf8Diagnostic)
/* harmony export */ });
/* unused harmony export utf8ProblemMessage */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4296);
/* harmony import */ var _trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1578);
// The one way to read a text config (policy, eval config, pack, profile, baseline, sandbox policy):
// bytes are checked as UTF-8 before decoding, so an invalid byte is exit 2 with its file:line:col and
// never a U+FFFD that silently changes a pattern (docs/decisions.md, "Strict input").




const BOM = [0xef, 0xbb, 0xbf];
function hasBom(b) {
    return b.length >= 3 && b[0] === BOM[0] && b[1] === BOM[1] && b[2] === BOM[2];
}
/** Where the first invalid UTF-8 byte is, or null when `bytes` are valid UTF-8. */
function findUtf8Problem(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_1__.isUtf8)(bytes))
        return null;
    const offset = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .firstInvalidUtf8 */ .vE)(bytes);
    if (offset < 0)
        return null; // isUtf8 and the locator disagree only on inputs neither rejects
    let lineStart = hasBom(bytes) ? 3 : 0;
    let line = 1;
    for (let i = lineStart; i < offset; i++) {
        if (bytes[i] === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    const col = (0,_trace_utf8_js__WEBPACK_IMPORTED_MODULE_3__/* .codePointsInUtf8 */ .NH)(bytes.subarray(lineStart), offset - lineStart) + 1;
    return { offset, line, col, byte: bytes[offset] };
}
function utf8ProblemMessage(p) {
    return `invalid UTF-8: byte 0x${p.byte.toString(16).padStart(2, '0')} at byte offset ${p.offset} (the file must be UTF-8 text)`;
}
/** A diagnostic for invalid UTF-8 in `display`. */
function utf8Diagnostic(p, display, code, source = 'config') {
    return { code, severity: 'error', message: utf8ProblemMessage(p), file: display, line: p.line, col: p.col, source };
}
/**
 * Decode bytes as strict UTF-8 and drop a leading BOM. Invalid UTF-8 throws `errorClass` (ConfigError)
 * with `code` and one diagnostic at the first bad byte.
 */
function decodeUtf8Strict(bytes, display, code, opts = {}) {
    const p = findUtf8Problem(bytes);
    if (p) {
        const source = opts.source ?? 'config';
        const d = utf8Diagnostic(p, display, code, source);
        const Cls = opts.errorClass ?? _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigError */ .xL;
        throw new Cls(code, d.message, {
            source,
            context: { file: display, line: p.line, col: p.col },
            diagnostics: [d],
            ...(opts.nextStepValues ? { nextStepValues: opts.nextStepValues } : {}),
        });
    }
    const start = hasBom(bytes) ? 3 : 0;
    return Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.byteLength - start).toString('utf8');
}
/**
 * Read a text config file as strict UTF-8 (BOM dropped). File-system errors propagate unchanged (the
 * caller decides what a missing file means); invalid UTF-8 throws as decodeUtf8Strict does.
 */
function readTextStrict(path, display, code, opts = {}) {
    return decodeUtf8Strict(node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync(path), display, code, opts);
}


/***/ })

};
