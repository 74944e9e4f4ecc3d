export const id = 448;
export const ids = [448];
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
    return { path: (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(process.cwd(), given), display: (0,_src_core_util_paths_js__WEBPACK_IMPORTED_MODULE_1__/* .displayPath */ .G)(given, checkoutRoot(), process.cwd()) };
}


/***/ }),

/***/ 8085:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yo: () => (/* binding */ compileToolPattern),
/* harmony export */   a9: () => (/* binding */ matchToolPattern),
/* harmony export */   mw: () => (/* binding */ isUniversalPattern)
/* harmony export */ });
/* unused harmony export hasLiteralStar */
// The tool-name pattern language (01 §2.4), the same everywhere: allow/deny, obligation lists,
// tool_blocklist, trace assertions, sequence selectors. Case-sensitive; no escapes; `*` is a
// wildcard only in a leading or trailing run — a `*` neither first nor last is a literal character.
function compileToolPattern(pattern) {
    let lead = 0;
    while (lead < pattern.length && pattern.charCodeAt(lead) === 0x2a)
        lead++;
    if (lead === pattern.length) {
        // "" matches only the empty name; a run of stars matches every name.
        if (pattern.length === 0)
            return make(pattern, 'exact', '', (n) => n === '');
        return make(pattern, 'any', '', () => true);
    }
    let trail = 0;
    while (pattern.charCodeAt(pattern.length - 1 - trail) === 0x2a)
        trail++;
    const text = pattern.slice(lead, pattern.length - trail);
    if (lead > 0 && trail > 0)
        return make(pattern, 'contains', text, (n) => n.includes(text));
    if (lead > 0)
        return make(pattern, 'suffix', text, (n) => n.endsWith(text));
    if (trail > 0)
        return make(pattern, 'prefix', text, (n) => n.startsWith(text));
    return make(pattern, 'exact', text, (n) => n === text);
}
function make(pattern, kind, text, test) {
    return { pattern, kind, text, literalStar: text.includes('*'), test };
}
/** One-off match (compiles each time; hold a compiled pattern in hot paths). */
function matchToolPattern(pattern, name) {
    return compileToolPattern(pattern).test(name);
}
/** A pattern that matches every name (`*`, `**`, …). */
function isUniversalPattern(pattern) {
    return compileToolPattern(pattern).kind === 'any';
}
/** A pattern with a `*` that is neither leading nor trailing (matched literally). */
function hasLiteralStar(pattern) {
    return compileToolPattern(pattern).literalStar;
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
// Render safety (02 §0): untrusted text (prompts, responses, tool args/results, messages, paths from traces)
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
/** Replace every secret by `<redacted:RULE>` (02 §0). Linear in the length of `s`. */
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
/** `--redact-prompts` (02 §0): `<redacted:prompt sha256:<first 12 hex>>` of the prompt's UTF-8 bytes. */
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

/***/ 7955:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  q: () => (/* binding */ TraceAssembler)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/trace/bad-line.ts
var bad_line = __webpack_require__(7253);
;// CONCATENATED MODULE: ./src/core/util/key-table.ts
// A compact set of string keys with a number per key: two independent 32-bit hashes (64 bits) in
// typed arrays, ~20 bytes per key instead of a Map entry plus the string (~150 bytes). Used where only
// "seen before?" matters over millions of keys (trace duplicate detection keeps memory flat).
// Two different keys collide with probability ~n²/2^65 (≈ 3e-8 at a million keys).
function hashes(s) {
    let a = 0x811c9dc5; // FNV-1a
    let b = 0x9747b28c; // multiplicative mix with another seed
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    a ^= a >>> 16;
    a = Math.imul(a, 0x85ebca6b);
    a ^= a >>> 13;
    b ^= s.length;
    b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
    b ^= b >>> 16;
    return [a >>> 0, b >>> 0];
}
class KeyTable {
    cap = 1024;
    size = 0;
    ha = new Uint32Array(this.cap);
    hb = new Uint32Array(this.cap);
    used = new Uint8Array(this.cap);
    vals = new Float64Array(this.cap);
    get(key) {
        const [a, b] = hashes(key);
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i])
                return undefined;
            if (this.ha[i] === a && this.hb[i] === b)
                return this.vals[i];
        }
    }
    set(key, value) {
        if ((this.size + 1) * 2 > this.cap)
            this.grow();
        const [a, b] = hashes(key);
        this.insert(a, b, value);
    }
    insert(a, b, value) {
        const mask = this.cap - 1;
        for (let i = a & mask;; i = (i + 1) & mask) {
            if (!this.used[i]) {
                this.used[i] = 1;
                this.ha[i] = a;
                this.hb[i] = b;
                this.vals[i] = value;
                this.size++;
                return;
            }
            if (this.ha[i] === a && this.hb[i] === b) {
                this.vals[i] = value;
                return;
            }
        }
    }
    grow() {
        const { ha, hb, used, vals } = this;
        this.cap *= 2;
        this.ha = new Uint32Array(this.cap);
        this.hb = new Uint32Array(this.cap);
        this.used = new Uint8Array(this.cap);
        this.vals = new Float64Array(this.cap);
        this.size = 0;
        for (let i = 0; i < used.length; i++)
            if (used[i])
                this.insert(ha[i], hb[i], vals[i]);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/duplicates.ts
// Duplicate detection across all entries of a read (01 §1.7): two entries with one prompt, two with one
// binding id, a repeated non-null request_id are fatal. Only 64-bit key hashes are kept with the position
// of their entry (KeyTable), so memory stays ~20 bytes per entry however long prompts are.



const LINE_SPAN = 2 ** 32;
class DuplicateRegistry {
    prompts = new KeyTable();
    /** value = location * 2 + (1 when the binding id came from a request_id) */
    bindings = new KeyTable();
    files = [];
    /** Registers a file and returns its index for locations. */
    addFile(display) {
        this.files.push(display);
        return this.files.length - 1;
    }
    /** Throws InputError E_TRACE_INVALID when the entry repeats a prompt or binding id already seen. */
    register(entry, fileIdx, bindingFromRequestId) {
        const loc = fileIdx * LINE_SPAN + entry.first_line;
        let promptKey;
        if (entry.prompt !== undefined) {
            promptKey = entry.prompt;
            const prev = this.prompts.get(promptKey);
            if (prev !== undefined)
                this.fail('prompt', entry.prompt, prev, loc);
        }
        let bindingKey;
        if (entry.binding_id !== undefined) {
            bindingKey = entry.binding_id;
            const prev = this.bindings.get(bindingKey);
            if (prev !== undefined) {
                const what = bindingFromRequestId && prev % 2 === 1 ? 'request_id' : 'binding id';
                this.fail(what, entry.binding_id, Math.floor(prev / 2), loc);
            }
        }
        if (promptKey !== undefined)
            this.prompts.set(promptKey, loc);
        if (bindingKey !== undefined)
            this.bindings.set(bindingKey, loc * 2 + (bindingFromRequestId ? 1 : 0));
    }
    fail(what, value, a, b) {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const firstFile = this.files[Math.floor(first / LINE_SPAN)] ?? '';
        const secondFile = this.files[Math.floor(second / LINE_SPAN)] ?? '';
        const firstLine = first % LINE_SPAN;
        const secondLine = second % LINE_SPAN;
        const at = firstFile === secondFile ? `line ${firstLine}` : `${firstFile}:${firstLine}`;
        const message = `duplicate ${what} ${(0,bad_line/* quote */.hD)(value)} (first at ${at})`;
        const d = {
            code: 'E_TRACE_INVALID',
            severity: 'error',
            message,
            source: 'trace',
            file: secondFile,
            line: secondLine,
            col: 1,
            context: { first_file: firstFile, first_line: firstLine },
        };
        throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
            source: 'trace',
            context: { file: secondFile, line: secondLine, col: 1, first_file: firstFile, first_line: firstLine },
            nextStepValues: { 'trace.jsonl': secondFile },
            diagnostics: [d],
        });
    }
}

// EXTERNAL MODULE: ./src/core/trace/fields.ts
var fields = __webpack_require__(8824);
;// CONCATENATED MODULE: ./src/core/trace/normalize-call.ts
// The canonical tool-call record (01 §1.7) and the normalisation of `tool_calls[]` entries, including the
// OpenAI shape `{id, type:"function", function:{name, arguments}}`.


/** One constructor for every call so all ToolCall objects share a hidden class. */
function makeCall(id, tool_name, args, result, error, index, ts_ms, file, line) {
    return { id, tool_name, args, result, error, index, ts_ms, pos: { file, line } };
}
const ENTRY_NAME_KEYS = ['tool_name', 'tool', 'name'];
const PLAIN_NAME_KEYS = ['tool', 'tool_name', 'name'];
const CALL_LIST_NAME_KEYS = ['tool', 'name', 'tool_name'];
const ARG_KEYS = ['args', 'arguments', 'params', 'parameters', 'input'];
const CALL_LIST_ARG_KEYS = ['args', 'arguments', 'params', 'parameters'];
const ID_KEYS = ['id', 'tool_call_id'];
const TS_KEYS = ['ts_ms', 'timestamp'];
/** First alias that is present (not undefined) wins; none → `{}`. */
function pickArgs(o, keys) {
    for (const k of keys) {
        const v = o[k];
        if (v !== undefined)
            return v;
    }
    return {};
}
/** OpenAI `function.arguments` is a JSON string; unparsable → `{"_raw": "<string>"}`. */
function parseFunctionArguments(v) {
    if (v === undefined || v === null)
        return {};
    if (typeof v !== 'string')
        return v;
    try {
        return JSON.parse(v);
    }
    catch {
        return { _raw: v };
    }
}
/** Normalises one `tool_calls[]` entry (01 §1.7); throws BadLine when it is unusable. */
function normalizeEntryCall(raw, c) {
    if (!(0,fields/* isObject */.Gv)(raw))
        throw new bad_line/* BadLine */.A6(`${c.where} must be an object`);
    let name;
    let args;
    const fn = raw.function;
    if ((0,fields/* isObject */.Gv)(fn)) {
        name = fn.name;
        args = parseFunctionArguments(fn.arguments);
    }
    else {
        name = (0,fields/* firstPresent */.IT)(raw, c.nameKeys)?.[1];
        args = pickArgs(raw, c.argKeys);
    }
    if (typeof name !== 'string' || name === '')
        throw new bad_line/* BadLine */.A6(`${c.where} has no tool name`);
    const id = (0,fields/* optId */.Z7)(raw, ID_KEYS, c.where) ?? c.defaultId;
    const index = c.honourIndex ? ((0,fields/* optIndex */.Cn)(raw, 'index', c.where) ?? c.index) : c.index;
    let ts = c.defaultTs;
    for (const k of TS_KEYS) {
        const t = (0,fields/* optTimestamp */.As)(raw, k, c.where);
        if (t !== undefined) {
            ts = t;
            break;
        }
    }
    return makeCall(id, name, args, raw.result ?? null, raw.error ?? null, index, ts, c.file, c.line);
}

;// CONCATENATED MODULE: ./src/core/trace/assembler.ts
// Turns decoded trace lines into tool calls and entries (01 §1.2–§1.8): line dispatch, V2 episode assembly,
// V1/legacy records, plain tool-call record groups, duplicate detection and bad-line handling (§1.10).
// Byte-level work (splitting, UTF-8, size limit) is in reader.ts; this class sees one string per line.





const GROUP_KEYS = ['test_id', 'episode_id', 'run_id'];
const assembler_ID_KEYS = ['id', 'tool_call_id'];
/** Prompt of the default plain-record group (compatible: the reference keys prompt-less tool records so). */
const DEFAULT_GROUP_PROMPT = 'ignore';
/** Distinct unknown `type` values noted per file; later ones are only counted. */
const MAX_UNKNOWN_TYPE_NOTES = 100;
class Episode {
    bindingId;
    meta;
    firstLine;
    prompt = undefined;
    /** Set by episode_start or a `model` step: later steps cannot replace it (§1.3 rule 1). */
    promptFinal = false;
    text = undefined;
    modelFromContent = undefined;
    modelFromMeta = undefined;
    calls = [];
    callCount = 0;
    steps = 0;
    constructor(bindingId, meta, firstLine) {
        this.bindingId = bindingId;
        this.meta = meta;
        this.firstLine = firstLine;
    }
    get key() {
        return this.bindingId !== '' ? this.bindingId : (this.prompt ?? '');
    }
}
class PlainGroup {
    groupKey;
    firstLine;
    prompt = undefined;
    text = undefined;
    lastCall = undefined;
    calls = [];
    count = 0;
    constructor(groupKey, firstLine) {
        this.groupKey = groupKey;
        this.firstLine = firstLine;
    }
    get key() {
        return this.groupKey !== '' ? this.groupKey : (this.prompt ?? DEFAULT_GROUP_PROMPT);
    }
}
/** Char code of the first non-blank character, -1 for a blank line. */
function firstNonBlank(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c !== 0x20 && c !== 0x09 && c !== 0x0d)
            return c;
    }
    return -1;
}
function looksLikeObject(s) {
    return firstNonBlank(s) === 0x7b;
}
class TraceAssembler {
    strict;
    retainCalls;
    stats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
    dups = new DuplicateRegistry();
    file = '';
    fileIdx = 0;
    line = 0;
    episodes = new Map();
    groups = new Map();
    /** Plain-record calls by id for `tool_result` (retainCalls); the last one with an id wins. */
    plainCalls = new Map();
    /** Without retained calls only the group is kept; a result can then reach its group's last call only. */
    plainCallGroups = new Map();
    unknownTypes = new Set();
    onCall;
    onEntry;
    onDiagnostic;
    constructor(visitor, strict, retainCalls) {
        this.strict = strict;
        this.retainCalls = retainCalls;
        this.onCall = visitor.onCall?.bind(visitor);
        this.onEntry = visitor.onEntry?.bind(visitor);
        this.onDiagnostic = visitor.onDiagnostic?.bind(visitor);
    }
    beginFile(display) {
        this.file = display;
        this.fileIdx = this.dups.addFile(display);
        this.line = 0;
        this.episodes = new Map();
        this.groups = new Map();
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
        this.unknownTypes = new Set();
    }
    /** Completes what is still open at end of file, in order of first line (§1.3 rule 7, §1.6). */
    endFile() {
        const eps = [...this.episodes.values()];
        const groups = [...this.groups.values()];
        this.episodes = new Map();
        this.groups = new Map();
        let i = 0;
        let j = 0;
        while (i < eps.length || j < groups.length) {
            const e = eps[i];
            const g = groups[j];
            if (e !== undefined && (g === undefined || e.firstLine < g.firstLine)) {
                this.finishEpisode(e);
                i++;
            }
            else if (g !== undefined) {
                this.finishGroup(g);
                j++;
            }
        }
        this.plainCalls = new Map();
        this.plainCallGroups = new Map();
    }
    /** One decoded line without its LF (a trailing CR is allowed: JSON treats it as whitespace). */
    handleLine(text, lineNo) {
        this.line = lineNo;
        if (lineNo === 1 && text.charCodeAt(0) === 0xfeff)
            text = text.slice(1);
        if (text.charCodeAt(0) !== 0x7b) {
            const c = firstNonBlank(text);
            if (c === -1 || c === 0x23)
                return; // blank or `#` comment: not counted
        }
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (e) {
            this.reject((0,bad_line/* invalidJson */.U8)(text, e));
            return;
        }
        try {
            if (!(0,fields/* isObject */.Gv)(value))
                throw (0,bad_line/* notAnObject */.O1)(value);
            if (this.dispatch(value))
                this.stats.records++;
            else
                this.stats.ignored_lines++;
        }
        catch (e) {
            if (e instanceof bad_line/* BadLine */.A6)
                this.reject(e);
            else
                throw e;
        }
    }
    /** A bad line: fatal under strict, else skipped, counted and reported (01 §1.1). */
    badLine(lineNo, message, col) {
        const file = this.file;
        if (this.strict) {
            const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file, line: lineNo, col };
            throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
                source: 'trace',
                context: { file, line: lineNo, col },
                nextStepValues: { 'trace.jsonl': file },
                diagnostics: [d],
            });
        }
        this.stats.skipped_lines++;
        this.onDiagnostic?.({ code: 'W_TRACE_SKIPPED_LINE', severity: 'warning', message, source: 'trace', file, line: lineNo, col });
    }
    reject(b) {
        this.badLine(this.line, b.message, b.col);
    }
    /** Returns true for a record line, false for an ignored one (unknown `type`). Throws BadLine. */
    dispatch(o) {
        const type = o.type;
        if (type === undefined) {
            this.untyped(o);
            return true;
        }
        if (typeof type !== 'string')
            throw new bad_line/* BadLine */.A6('"type" must be a string');
        switch (type) {
            case 'tool_call':
                if (o.episode_id !== undefined && o.episode_id !== null)
                    this.v2ToolCall(o);
                else
                    this.plainRecord(o, 'tool_call');
                return true;
            case 'step':
                this.v2Step(o);
                return true;
            case 'episode_start':
                this.v2Start(o);
                return true;
            case 'episode_end':
                this.v2End(o);
                return true;
            case 'assay.trace':
                this.recordLine(o, 'assay.trace', false);
                return true;
            case 'call_tool':
                this.plainRecord(o, 'call_tool');
                return true;
            case 'tool_result':
                this.toolResult(o);
                return true;
            default:
                this.noteUnknownType(type);
                return false;
        }
    }
    noteUnknownType(type) {
        if (this.unknownTypes.has(type) || this.unknownTypes.size >= MAX_UNKNOWN_TYPE_NOTES)
            return;
        this.unknownTypes.add(type);
        this.onDiagnostic?.({
            code: 'W_TRACE_UNKNOWN_TYPE',
            severity: 'note',
            message: `lines with unknown type ${(0,bad_line/* quote */.hD)(type)} are ignored (counted in ignored_lines)`,
            source: 'trace',
            file: this.file,
            line: this.line,
            col: 1,
        });
    }
    untyped(o) {
        if (o.prompt !== undefined && o.prompt !== null)
            return this.recordLine(o, 'record', true);
        if ((0,fields/* firstPresent */.IT)(o, PLAIN_NAME_KEYS) !== undefined || Array.isArray(o.tool_calls))
            return this.plainRecord(o, 'record');
        if (o.tool_calls !== undefined && o.tool_calls !== null)
            throw (0,fields/* mistyped */.E1)('record', 'tool_calls', 'an array');
        throw new bad_line/* BadLine */.A6(bad_line/* NOTHING_USABLE */.Bf);
    }
    // ---- V2 events (§1.3) ----
    openEpisode(type, id) {
        const ep = this.episodes.get(id);
        if (ep === undefined)
            throw new bad_line/* BadLine */.A6(`${type} for episode ${(0,bad_line/* quote */.hD)(id)} which is not open`);
        return ep;
    }
    v2Start(o) {
        const S = 'episode_start';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        let prompt;
        const input = o.input;
        if (input !== undefined && input !== null) {
            if (!(0,fields/* isObject */.Gv)(input))
                throw (0,fields/* mistyped */.E1)(S, 'input', 'an object');
            const p = input.prompt;
            if (typeof p === 'string')
                prompt = p;
            else if (p !== undefined && p !== null)
                throw (0,fields/* mistyped */.E1)(S, 'input.prompt', 'a string');
        }
        if (this.episodes.has(id))
            throw new bad_line/* BadLine */.A6(`${S} for episode ${(0,bad_line/* quote */.hD)(id)} which is already open`);
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : {};
        const testId = meta.test_id;
        const ep = new Episode(typeof testId === 'string' ? testId : id, meta, this.line);
        // meta.tool_calls given at the start is normalised and kept ahead of tool_call events (§1.8).
        const given = metaToolCalls(meta, S);
        const calls = given === undefined ? undefined : this.entryCalls(given, `${S}: meta.tool_calls`, 0);
        if (prompt !== undefined) {
            ep.prompt = prompt;
            ep.promptFinal = true;
        }
        this.episodes.set(id, ep);
        if (calls !== undefined)
            for (const c of calls)
                this.addEpisodeCall(ep, c);
    }
    v2Step(o) {
        const S = 'step';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqString */.OF)(o, 'step_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        const kind = (0,fields/* reqString */.OF)(o, 'kind', S);
        (0,fields/* optIndex */.Cn)(o, 'idx', S);
        (0,fields/* optString */.$2)(o, 'name', S);
        const content = o.content;
        if (content !== undefined && content !== null && typeof content !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'content', 'a string or null');
        (0,fields/* optArray */.hp)(o, 'truncations', S);
        const ep = this.openEpisode(S, id);
        ep.steps++;
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : undefined;
        let parsed;
        if (typeof content === 'string' && looksLikeObject(content)) {
            try {
                const v = JSON.parse(content);
                if ((0,fields/* isObject */.Gv)(v))
                    parsed = v;
            }
            catch {
                // plain text that happens to start with `{`
            }
        }
        // Rule 1: prompt. A model step may replace a prompt taken from a non-model step.
        if (!ep.promptFinal) {
            const isModel = kind === 'model';
            if (ep.prompt === undefined || isModel) {
                let p = parsed?.prompt;
                if (typeof p !== 'string')
                    p = meta?.['gen_ai.prompt'];
                if (typeof p === 'string') {
                    ep.prompt = p;
                    ep.promptFinal = isModel;
                }
            }
        }
        // Rules 2–3: output text (last writer wins) and model.
        if (typeof content === 'string') {
            const completion = parsed?.completion;
            if (typeof completion === 'string') {
                ep.text = completion;
                const model = parsed?.model;
                if (typeof model === 'string')
                    ep.modelFromContent = model;
            }
            else {
                ep.text = content;
            }
        }
        if (meta !== undefined) {
            const completion = meta['gen_ai.completion'];
            if (typeof completion === 'string')
                ep.text = completion;
            const rm = meta['gen_ai.response.model'];
            const qm = meta['gen_ai.request.model'];
            if (typeof rm === 'string')
                ep.modelFromMeta = rm;
            else if (typeof qm === 'string')
                ep.modelFromMeta = qm;
        }
    }
    // The hot path of large traces: direct property reads (monomorphic per event shape) instead of the
    // generic field helpers, which are only called to build the message once a check has failed.
    v2ToolCall(o) {
        const S = 'tool_call';
        const id = o.episode_id;
        const stepId = o.step_id;
        const ts = o.timestamp;
        const toolName = o.tool_name;
        if (typeof id !== 'string')
            (0,fields/* reqString */.OF)(o, 'episode_id', S);
        if (typeof stepId !== 'string')
            (0,fields/* reqString */.OF)(o, 'step_id', S);
        if (typeof ts !== 'number' || !Number.isSafeInteger(ts))
            (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        if (typeof toolName !== 'string' || toolName === '') {
            if (toolName === undefined)
                throw new bad_line/* BadLine */.A6(`${S}: missing required field "tool_name"`);
            throw (0,fields/* mistyped */.E1)(S, 'tool_name', 'a non-empty string');
        }
        let callIndex = o.call_index;
        if (callIndex === undefined || callIndex === null)
            callIndex = 0;
        else if (!(typeof callIndex === 'number' && Number.isSafeInteger(callIndex) && callIndex >= 0))
            throw (0,fields/* mistyped */.E1)(S, 'call_index', 'a non-negative integer');
        const error = o.error;
        if (error !== undefined && error !== null && typeof error !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'error', 'a string or null');
        const truncations = o.truncations;
        if (truncations !== undefined && truncations !== null && !Array.isArray(truncations))
            throw (0,fields/* mistyped */.E1)(S, 'truncations', 'an array');
        const ep = this.openEpisode(S, id);
        const args = o.args;
        const result = o.result;
        const call = makeCall(stepId + '-' + callIndex, toolName, args === undefined ? null : args, result === undefined ? null : result, error === undefined ? null : error, ep.callCount, ts, this.file, this.line);
        this.addEpisodeCall(ep, call);
    }
    addEpisodeCall(ep, call) {
        ep.callCount++;
        if (this.retainCalls)
            ep.calls.push(call);
        this.stats.calls++;
        this.onCall?.(ep.key, call);
    }
    v2End(o) {
        const S = 'episode_end';
        const id = (0,fields/* reqString */.OF)(o, 'episode_id', S);
        (0,fields/* reqTimestamp */.lm)(o, 'timestamp', S);
        (0,fields/* optString */.$2)(o, 'outcome', S);
        const finalOutput = o.final_output;
        if (finalOutput !== undefined && finalOutput !== null && typeof finalOutput !== 'string')
            throw (0,fields/* mistyped */.E1)(S, 'final_output', 'a string or null');
        const ep = this.openEpisode(S, id);
        if (typeof finalOutput === 'string')
            ep.text = finalOutput;
        this.episodes.delete(id);
        this.finishEpisode(ep);
    }
    finishEpisode(ep) {
        const model = ep.modelFromContent ?? ep.modelFromMeta ?? 'trace';
        ep.meta.tool_calls = ep.calls;
        const entry = makeEntry(ep.prompt, ep.bindingId, ep.text ?? '', model, ep.meta, ep.calls, ep.steps, ep.firstLine, this.file, 'v2');
        this.emitEntry(entry, false);
    }
    // ---- V1 (§1.4) and legacy (§1.5) records ----
    recordLine(o, shape, legacy) {
        const prompt = (0,fields/* reqString */.OF)(o, 'prompt', shape);
        let text = (0,fields/* optString */.$2)(o, 'response', shape);
        if (text === undefined)
            text = (0,fields/* optString */.$2)(o, 'text', shape);
        if (text === undefined && legacy) {
            const r = o.result;
            if (r !== undefined && r !== null)
                text = (0,fields/* renderResult */.C8)(r);
        }
        const model = (0,fields/* optString */.$2)(o, 'model', shape) ?? 'trace';
        const requestId = (0,fields/* optString */.$2)(o, 'request_id', shape);
        const meta = (0,fields/* isObject */.Gv)(o.meta) ? o.meta : {};
        const given = metaToolCalls(meta, shape);
        const calls = given === undefined ? [] : this.entryCalls(given, `${shape}: meta.tool_calls`, 0);
        if (legacy) {
            const tool = o.tool;
            if (tool !== undefined && tool !== null) {
                if (typeof tool !== 'string' || tool === '')
                    throw (0,fields/* mistyped */.E1)(shape, 'tool', 'a non-empty string');
                calls.push(makeCall('legacy-v1', tool, o.args ?? {}, null, null, calls.length, 0, this.file, this.line));
            }
            else {
                const list = (0,fields/* optArray */.hp)(o, 'tool_calls', shape);
                if (list !== undefined)
                    for (const c of this.entryCalls(list, `${shape}: tool_calls`, calls.length))
                        calls.push(c);
            }
        }
        const kept = this.retainCalls ? calls : [];
        meta.tool_calls = kept;
        const entry = makeEntry(prompt, requestId, text ?? '', model, meta, kept, 0, this.line, this.file, legacy ? 'legacy' : 'v1');
        // Duplicates are checked before the calls go out, so a fatal duplicate emits nothing of its entry.
        this.dups.register(entry, this.fileIdx, requestId !== undefined);
        for (const c of calls) {
            this.stats.calls++;
            this.onCall?.(entry.key, c);
        }
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    /** Normalises a `tool_calls` array of a record or meta (01 §1.7); validates all before returning. */
    entryCalls(list, where, offset) {
        const out = [];
        for (let i = 0; i < list.length; i++) {
            out.push(normalizeEntryCall(list[i], {
                where: `${where}[${i}]`,
                nameKeys: ENTRY_NAME_KEYS,
                argKeys: ARG_KEYS,
                defaultId: `legacy-${offset + i}`,
                index: offset + i,
                honourIndex: true,
                defaultTs: 0,
                file: this.file,
                line: this.line,
            }));
        }
        return out;
    }
    // ---- plain tool-call records (§1.6) ----
    plainRecord(o, shape) {
        const named = (0,fields/* firstPresent */.IT)(o, PLAIN_NAME_KEYS);
        let name;
        let list;
        if (named !== undefined) {
            if (typeof named[1] !== 'string' || named[1] === '')
                throw (0,fields/* mistyped */.E1)(shape, named[0], 'a non-empty string');
            name = named[1];
        }
        else {
            list = (0,fields/* optArray */.hp)(o, 'tool_calls', shape);
            if (list === undefined)
                throw new bad_line/* BadLine */.A6(`${shape}: missing tool name ("tool", "tool_name" or "name") or "tool_calls" array`);
        }
        let groupKey = '';
        const g = (0,fields/* firstPresent */.IT)(o, GROUP_KEYS);
        if (g !== undefined) {
            if (typeof g[1] !== 'string')
                throw (0,fields/* mistyped */.E1)(shape, g[0], 'a string');
            groupKey = g[1];
        }
        const prompt = (0,fields/* optString */.$2)(o, 'prompt', shape);
        let text = (0,fields/* optString */.$2)(o, 'response', shape);
        if (text === undefined)
            text = (0,fields/* optString */.$2)(o, 'text', shape);
        const ts = (0,fields/* optTimestamp */.As)(o, 'timestamp', shape) ?? (0,fields/* optTimestamp */.As)(o, 'ts_ms', shape) ?? 0;
        const id = (0,fields/* optId */.Z7)(o, assembler_ID_KEYS, shape);
        let group = this.groups.get(groupKey);
        const base = group === undefined ? 0 : group.count;
        // Build (and so validate) every call before any side effect.
        let calls;
        if (name !== undefined) {
            calls = [makeCall(id ?? `call-${base}`, name, pickArgs(o, ARG_KEYS), o.result ?? null, o.error ?? null, base, ts, this.file, this.line)];
        }
        else {
            calls = [];
            const l = list;
            for (let i = 0; i < l.length; i++) {
                calls.push(normalizeEntryCall(l[i], {
                    where: `${shape}: tool_calls[${i}]`,
                    nameKeys: ENTRY_NAME_KEYS,
                    argKeys: ARG_KEYS,
                    defaultId: `call-${base + i}`,
                    index: base + i,
                    honourIndex: false,
                    defaultTs: ts,
                    file: this.file,
                    line: this.line,
                }));
            }
        }
        if (group === undefined) {
            group = new PlainGroup(groupKey, this.line);
            this.groups.set(groupKey, group);
        }
        if (prompt !== undefined && group.prompt === undefined)
            group.prompt = prompt;
        if (text !== undefined)
            group.text = text;
        const key = group.key;
        for (const call of calls) {
            group.count++;
            group.lastCall = call;
            if (this.retainCalls) {
                group.calls.push(call);
                this.plainCalls.set(call.id, call);
            }
            else {
                this.plainCallGroups.set(call.id, group);
            }
            this.stats.calls++;
            this.onCall?.(key, call);
        }
    }
    toolResult(o) {
        const S = 'tool_result';
        const id = (0,fields/* optId */.Z7)(o, assembler_ID_KEYS, S);
        if (id === undefined)
            throw new bad_line/* BadLine */.A6(`${S}: missing "id" or "tool_call_id"`);
        let call;
        if (this.retainCalls) {
            call = this.plainCalls.get(id);
            if (call === undefined)
                throw new bad_line/* BadLine */.A6(`${S} for call ${(0,bad_line/* quote */.hD)(id)} which was not seen`);
        }
        else {
            const group = this.plainCallGroups.get(id);
            if (group === undefined)
                throw new bad_line/* BadLine */.A6(`${S} for call ${(0,bad_line/* quote */.hD)(id)} which was not seen`);
            // Without retained calls only the group's last call still matters (it may become the entry text).
            if (group.lastCall?.id !== id)
                return;
            call = group.lastCall;
        }
        if (o.result !== undefined)
            call.result = o.result;
        if (o.error !== undefined)
            call.error = o.error;
    }
    finishGroup(g) {
        const prompt = g.prompt ?? (g.groupKey === '' ? DEFAULT_GROUP_PROMPT : undefined);
        let text = g.text;
        if (text === undefined) {
            const r = g.lastCall?.result;
            text = r === undefined || r === null ? '' : (0,fields/* renderResult */.C8)(r);
        }
        const meta = { tool_calls: g.calls };
        const entry = makeEntry(prompt, g.groupKey !== '' ? g.groupKey : undefined, text, 'trace', meta, g.calls, 0, g.firstLine, this.file, 'plain');
        this.emitEntry(entry, false);
    }
    emitEntry(entry, fromRequestId) {
        this.dups.register(entry, this.fileIdx, fromRequestId);
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
    // ---- call-list documents (§1.11) ----
    /**
     * A whole `.json` call list as one entry (binding id = file stem). `items` are the array elements,
     * `lines` the line of each element's opening brace, `label` the array's key for messages ("" for a root array).
     */
    callList(stem, items, lines, label, spans) {
        const calls = [];
        const meta = {};
        const entry = makeEntry(undefined, stem, '', 'trace', meta, calls, 0, 1, this.file, 'call_list');
        this.dups.register(entry, this.fileIdx, false);
        let count = 0;
        for (let i = 0; i < items.length; i++) {
            this.line = lines[i] ?? 1;
            const where = `${label}[${i}]`;
            try {
                let call;
                if (spans) {
                    const s = items[i];
                    if (!(0,fields/* isObject */.Gv)(s))
                        throw new bad_line/* BadLine */.A6(`${where} must be an object`);
                    const name = s.name;
                    if (typeof name !== 'string' || name === '')
                        throw new bad_line/* BadLine */.A6(`${where} has no name`);
                    // Internal spans (`internal…` without a dot) are not tool calls.
                    if (name.startsWith('internal') && !name.includes('.'))
                        continue;
                    const id = (0,fields/* optId */.Z7)(s, assembler_ID_KEYS, where) ?? `call-${count}`;
                    call = makeCall(id, name, s.attributes ?? {}, null, null, count, 0, this.file, this.line);
                }
                else {
                    call = normalizeEntryCall(items[i], {
                        where,
                        nameKeys: CALL_LIST_NAME_KEYS,
                        argKeys: CALL_LIST_ARG_KEYS,
                        defaultId: `call-${count}`,
                        index: count,
                        honourIndex: false,
                        defaultTs: 0,
                        file: this.file,
                        line: this.line,
                    });
                }
                count++;
                if (this.retainCalls)
                    calls.push(call);
                this.stats.records++;
                this.stats.calls++;
                this.onCall?.(stem, call);
            }
            catch (e) {
                if (e instanceof bad_line/* BadLine */.A6)
                    this.reject(e);
                else
                    throw e;
            }
        }
        meta.tool_calls = calls;
        this.stats.episodes++;
        this.onEntry?.(entry);
    }
}
/** `meta.tool_calls` given in the input: an array of calls to normalise (01 §1.8), else absent. */
function metaToolCalls(meta, shape) {
    const v = meta.tool_calls;
    if (v === undefined || v === null)
        return undefined;
    if (!Array.isArray(v))
        throw (0,fields/* mistyped */.E1)(shape, 'meta.tool_calls', 'an array');
    return v;
}
/** One constructor for every entry so all TraceEntry objects share a hidden class. */
function makeEntry(prompt, bindingId, text, model, meta, toolCalls, steps, firstLine, file, kind) {
    const key = bindingId !== undefined && bindingId !== '' ? bindingId : (prompt ?? '');
    return { prompt, binding_id: bindingId, text, model, meta, tool_calls: toolCalls, steps, first_line: firstLine, file, key, kind };
}


/***/ }),

/***/ 7253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ BadLine),
/* harmony export */   Bf: () => (/* binding */ NOTHING_USABLE),
/* harmony export */   Fs: () => (/* binding */ LINE_TOO_LONG),
/* harmony export */   O1: () => (/* binding */ notAnObject),
/* harmony export */   U8: () => (/* binding */ invalidJson),
/* harmony export */   hD: () => (/* binding */ quote),
/* harmony export */   uk: () => (/* binding */ jsonTypeName),
/* harmony export */   y5: () => (/* binding */ INVALID_UTF8)
/* harmony export */ });
/* unused harmony export snippet */
/* harmony import */ var _json_scan_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4701);
/* harmony import */ var _utf8_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1578);
// Bad-line messages (01 §1.10). The message is what follows `<file>:<line>:<col>: <level> <CODE>: `.


/** Thrown inside line handling for a bad line; caught by the assembler (never escapes the trace module). */
class BadLine {
    message;
    col;
    constructor(message, col = 1) {
        this.message = message;
        this.col = col;
    }
}
const LINE_TOO_LONG = 'line exceeds 16 MiB';
const INVALID_UTF8 = 'line is not valid UTF-8';
const NOTHING_USABLE = 'record has no prompt, response or tool call';
function jsonTypeName(v) {
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'array';
    return typeof v;
}
function notAnObject(v) {
    return new BadLine(`expected a JSON object, found ${jsonTypeName(v)}`);
}
/** First `n` code points, control characters escaped so the message stays on one line. */
function snippet(text, n = 50) {
    let out = '';
    let count = 0;
    for (const ch of text) {
        if (count++ >= n)
            break;
        const c = ch.charCodeAt(0);
        out += c < 0x20 || c === 0x7f ? `\\u${c.toString(16).padStart(4, '0')}` : ch;
    }
    return out;
}
/** `invalid JSON: <parser message>; content: "<first 50 chars>"`, col = parser error offset + 1 when known. */
function invalidJson(text, err) {
    const parserMessage = err instanceof Error ? err.message : String(err);
    const m = /at position (\d+)/.exec(parserMessage);
    // V8 omits the position for "Unexpected token" errors; our scanner finds the same offset.
    const offset = m ? Number(m[1]) : (0,_json_scan_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonErrorOffset */ .O)(text);
    const col = offset === undefined ? 1 : (0,_utf8_js__WEBPACK_IMPORTED_MODULE_1__/* .codePointsInString */ .zx)(text, Math.min(offset, text.length)) + 1;
    const shown = text.endsWith('\r') ? text.slice(0, -1) : text;
    return new BadLine(`invalid JSON: ${parserMessage}; content: "${snippet(shown)}"`, col);
}
/** Quoted value for messages, shortened to `max` code points so a 10 kB prompt does not flood the output. */
function quote(s, max = 80) {
    const short = snippet(s, max);
    // Compare in code points: the snippet may have grown by escapes, so count what was taken from s instead.
    let taken = 0;
    let i = 0;
    for (; i < s.length && taken < max; taken++)
        i += s.codePointAt(i) > 0xffff ? 2 : 1;
    return i < s.length ? `"${short}…"` : `"${short}"`;
}


/***/ }),

/***/ 8824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $2: () => (/* binding */ optString),
/* harmony export */   As: () => (/* binding */ optTimestamp),
/* harmony export */   C8: () => (/* binding */ renderResult),
/* harmony export */   Cn: () => (/* binding */ optIndex),
/* harmony export */   E1: () => (/* binding */ mistyped),
/* harmony export */   Gv: () => (/* binding */ isObject),
/* harmony export */   IT: () => (/* binding */ firstPresent),
/* harmony export */   OF: () => (/* binding */ reqString),
/* harmony export */   Z7: () => (/* binding */ optId),
/* harmony export */   hp: () => (/* binding */ optArray),
/* harmony export */   lm: () => (/* binding */ reqTimestamp)
/* harmony export */ });
/* unused harmony export missing */
/* harmony import */ var _bad_line_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7253);
// Typed field access for trace lines: each helper returns the value or throws BadLine with the §1.10 wording
// `<shape>: "<field>" must be …`. Null counts as absent for optional fields.

function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function missing(shape, key) {
    return new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${shape}: missing required field "${key}"`);
}
function mistyped(shape, key, what) {
    return new _bad_line_js__WEBPACK_IMPORTED_MODULE_0__/* .BadLine */ .A6(`${shape}: "${key}" must be ${what}`);
}
function reqString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'a string');
}
function optString(o, key, shape) {
    const v = o[key];
    if (typeof v === 'string')
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a string');
}
/** Timestamps are integer milliseconds within 2^53−1 (01 §0). */
function reqTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined)
        throw missing(shape, key);
    throw mistyped(shape, key, 'an integer (milliseconds)');
}
function optTimestamp(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an integer (milliseconds)');
}
function optIndex(o, key, shape) {
    const v = o[key];
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0)
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'a non-negative integer');
}
function optArray(o, key, shape) {
    const v = o[key];
    if (Array.isArray(v))
        return v;
    if (v === undefined || v === null)
        return undefined;
    throw mistyped(shape, key, 'an array');
}
/** Call ids: strings; integers are accepted and written in decimal (SDKs use both). */
function optId(o, keys, shape) {
    for (const key of keys) {
        const v = o[key];
        if (v === undefined || v === null)
            continue;
        if (typeof v === 'string')
            return v;
        if (typeof v === 'number' && Number.isSafeInteger(v))
            return String(v);
        throw mistyped(shape, key, 'a string');
    }
    return undefined;
}
/** The first alias present (not undefined/null) as [key, value]. */
function firstPresent(o, keys) {
    for (const key of keys) {
        const v = o[key];
        if (v !== undefined && v !== null)
            return [key, v];
    }
    return undefined;
}
/** Result text from a non-string value: strings as is, other JSON compact-serialised (01 §1.5). */
function renderResult(v) {
    return typeof v === 'string' ? v : (JSON.stringify(v) ?? '');
}


/***/ }),

/***/ 1438:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTraceFiles: () => (/* reexport */ readTraceFiles),
  requireRecords: () => (/* reexport */ requireRecords)
});

// UNUSED EXPORTS: MAX_DOCUMENT_BYTES, MAX_LINE_BYTES, episodeEndLine, episodeStartLine, isCallListPath, readTrace, stepLine, toolCallLine, v2EventLine, v2Jsonl

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/core/trace/assembler.ts + 3 modules
var assembler = __webpack_require__(7955);
// EXTERNAL MODULE: ./src/core/trace/bad-line.ts
var bad_line = __webpack_require__(7253);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/trace/fields.ts
var fields = __webpack_require__(8824);
// EXTERNAL MODULE: ./src/core/trace/json-scan.ts
var json_scan = __webpack_require__(4701);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/core/trace/open-file.ts
// Opening trace files: a missing, unreadable or directory path → E_TRACE_NOT_FOUND (01 §1.10).


/** `ENOENT: no such file or directory, open 'x'` → `ENOENT: no such file or directory` (the path is named already). */
function osErrorText(err) {
    const msg = err instanceof Error ? err.message : String(err);
    const m = /^(E[A-Z0-9]+: [^,]*), \w+ '.*'$/s.exec(msg);
    return m?.[1] ?? msg;
}
function cannotOpen(display, err) {
    const reason = `cannot open trace file: ${osErrorText(err)}`;
    const d = { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: reason, source: 'trace', file: display };
    return new errors/* InputError */.dz('E_TRACE_NOT_FOUND', `${display}: ${reason}`, {
        source: 'trace',
        context: { file: display },
        nextStepValues: { 'trace.jsonl': display },
        diagnostics: [d],
    });
}
/** Opens a regular (or special, e.g. FIFO) file for reading; directories and open errors → E_TRACE_NOT_FOUND. */
async function openTraceFile(path, display) {
    let fh;
    try {
        fh = await (0,promises_.open)(path, 'r');
    }
    catch (e) {
        throw cannotOpen(display, e);
    }
    try {
        if ((await fh.stat()).isDirectory())
            throw cannotOpen(display, 'EISDIR: illegal operation on a directory');
    }
    catch (e) {
        await fh.close();
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    return fh;
}

// EXTERNAL MODULE: ./src/core/trace/utf8.ts
var utf8 = __webpack_require__(1578);
;// CONCATENATED MODULE: ./src/core/trace/call-list.ts
// Call-list documents (01 §1.11): a `.json` file (not .jsonl/.ndjson) holding one list of calls — an array,
// an object with a `tools`, `tool_calls` or `calls` array, or `{"spans":[{name, attributes?}]}`. The whole
// document is one entry; each call's position is the line of its opening brace.








/** Import documents are capped at 256 MiB (01 §0); call lists are read whole, so the same cap applies. */
const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const LIST_KEYS = ['tools', 'tool_calls', 'calls'];
function isCallListPath(path) {
    return /\.json$/i.test(path);
}
function fatal(file, message, line, col) {
    const d = { code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file };
    if (line !== undefined) {
        d.line = line;
        d.col = col ?? 1;
    }
    return new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file, line, col: line === undefined ? undefined : (col ?? 1) },
        nextStepValues: { 'trace.jsonl': file },
        diagnostics: [d],
    });
}
async function readWhole(path, display) {
    const fh = await openTraceFile(path, display);
    try {
        if ((await fh.stat()).size > MAX_DOCUMENT_BYTES)
            throw fatal(display, 'document exceeds 256 MiB');
        const buf = await fh.readFile();
        if (buf.length > MAX_DOCUMENT_BYTES)
            throw fatal(display, 'document exceeds 256 MiB');
        return buf;
    }
    catch (e) {
        throw e instanceof errors/* InputError */.dz ? e : cannotOpen(display, e);
    }
    finally {
        await fh.close();
    }
}
async function readCallList(path, display, asm) {
    const buf = await readWhole(path, display);
    if (!(0,external_node_buffer_.isUtf8)(buf)) {
        const off = Math.max(0, (0,utf8/* firstInvalidUtf8 */.vE)(buf));
        const before = buf.toString('utf8', 0, off);
        const { line, col } = (0,json_scan/* offsetToLineCol */.jl)(before, before.length);
        throw fatal(display, 'document is not valid UTF-8', line, col);
    }
    let text = buf.toString('utf8');
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (e) {
        const msg = e instanceof Error ? e.message : String(e);
        const m = /at position (\d+)/.exec(msg);
        const off = m ? Number(m[1]) : ((0,json_scan/* jsonErrorOffset */.O)(text) ?? 0);
        const { line, col } = (0,json_scan/* offsetToLineCol */.jl)(text, off);
        throw fatal(display, `invalid JSON: ${msg}`, line, col);
    }
    let items;
    let key = null;
    let spans = false;
    if (Array.isArray(doc)) {
        items = doc;
    }
    else if ((0,fields/* isObject */.Gv)(doc)) {
        for (const k of LIST_KEYS) {
            const v = doc[k];
            if (Array.isArray(v)) {
                items = v;
                key = k;
                break;
            }
        }
        if (items === undefined && Array.isArray(doc.spans)) {
            items = doc.spans;
            key = 'spans';
            spans = true;
        }
    }
    if (items === undefined) {
        throw fatal(display, `call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found ${(0,fields/* isObject */.Gv)(doc) ? 'an object without one' : (0,bad_line/* jsonTypeName */.uk)(doc)}`);
    }
    const lines = (0,json_scan/* offsetsToLines */.fR)(text, (0,json_scan/* arrayElementOffsets */._j)(text, key));
    const stem = (0,external_node_path_.basename)(path).replace(/\.json$/i, '');
    asm.beginFile(display);
    asm.callList(stem, items, lines, key ?? '', spans);
    asm.endFile();
}

;// CONCATENATED MODULE: ./src/core/trace/reader.ts
// The streaming trace reader (01 §1.1, D4): reads JSONL in 1 MiB chunks, splits lines on bytes, decodes
// whole chunks at once when they are valid UTF-8 (the common case) and hands each line to the assembler.
// Lines over 16 MiB are discarded while streaming, never buffered. `.json` files are call-list documents.






const CHUNK_BYTES = 1 << 20;
/** Longest accepted line, excluding its LF and a CR before it (01 §0). */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
/** Reads one trace file (JSONL, or a `.json` call-list document) and returns its counts. */
async function readTrace(path, visitor, opts = {}) {
    return readTraceFiles([{ path, displayPath: opts.displayPath ?? path }], visitor, opts);
}
/**
 * Reads several files in order as one trace: duplicate prompts/binding ids are detected across files and the
 * counts are summed. Episodes and plain-record groups do not span files (each completes at its file's end).
 */
async function readTraceFiles(files, visitor, opts = {}) {
    const asm = new assembler/* TraceAssembler */.q(visitor, opts.strict ?? false, opts.retainCalls ?? true);
    for (const f of files) {
        const path = typeof f === 'string' ? f : f.path;
        const display = typeof f === 'string' ? f : (f.displayPath ?? f.path);
        if (isCallListPath(path))
            await readCallList(path, display, asm);
        else
            await readJsonl(path, display, asm);
    }
    return { ...asm.stats };
}
async function readJsonl(path, display, asm) {
    const fh = await openTraceFile(path, display);
    try {
        asm.beginFile(display);
        const splitter = new LineSplitter(asm);
        // One buffer reused for every read: lines are decoded to strings (copies) and partial lines are copied.
        const buf = Buffer.allocUnsafe(CHUNK_BYTES);
        for (;;) {
            let n;
            try {
                n = (await fh.read(buf, 0, CHUNK_BYTES, null)).bytesRead;
            }
            catch (e) {
                throw cannotOpen(display, e);
            }
            if (n === 0)
                break;
            splitter.push(buf.subarray(0, n));
        }
        splitter.end();
        asm.endFile();
    }
    finally {
        await fh.close();
    }
}
/** Splits chunks into lines. A line that spans chunks is collected (copied) until its LF, or discarded past 16 MiB. */
class LineSplitter {
    asm;
    parts = [];
    /** Bytes of the unfinished line so far (also counted while discarding). */
    pendingLen = 0;
    discarding = false;
    lineNo = 0;
    constructor(asm) {
        this.asm = asm;
    }
    push(chunk) {
        const n = chunk.length;
        let start = 0;
        if (this.pendingLen > 0) {
            const nl = chunk.indexOf(10);
            if (nl === -1) {
                this.appendPending(chunk, 0, n);
                return;
            }
            this.appendPending(chunk, 0, nl);
            this.finishPending();
            start = nl + 1;
        }
        const last = chunk.lastIndexOf(10);
        if (last >= start) {
            this.completeLines(chunk, start, last);
            start = last + 1;
        }
        if (start < n)
            this.appendPending(chunk, start, n);
    }
    /** End of input: a last line without LF is still a line. */
    end() {
        if (this.pendingLen > 0)
            this.finishPending();
    }
    appendPending(chunk, s, e) {
        this.pendingLen += e - s;
        if (this.discarding)
            return;
        if (this.pendingLen > MAX_LINE_BYTES + 1) {
            // Certainly too long even if it ends in CR: stop keeping bytes, just look for the end of the line.
            this.discarding = true;
            this.parts = [];
            return;
        }
        if (e > s)
            this.parts.push(Buffer.from(chunk.subarray(s, e)));
    }
    finishPending() {
        const lineNo = ++this.lineNo;
        const len = this.pendingLen;
        const discarded = this.discarding;
        const parts = this.parts;
        this.parts = [];
        this.pendingLen = 0;
        this.discarding = false;
        if (discarded) {
            this.asm.badLine(lineNo, bad_line/* LINE_TOO_LONG */.Fs, 1);
            return;
        }
        const line = parts.length === 1 ? parts[0] : Buffer.concat(parts, len);
        const contentLen = line[len - 1] === 13 ? len - 1 : len;
        if (contentLen > MAX_LINE_BYTES) {
            this.asm.badLine(lineNo, bad_line/* LINE_TOO_LONG */.Fs, 1);
            return;
        }
        this.decodeLine(line, 0, len, lineNo);
    }
    /** chunk[s, e) holds complete lines and chunk[e] is LF. Lines here are < 1 MiB, so no size check. */
    completeLines(chunk, s, e) {
        const asm = this.asm;
        if ((0,external_node_buffer_.isUtf8)(chunk.subarray(s, e))) {
            // Fast path: one decode for the whole region, then split the string.
            const str = chunk.toString('utf8', s, e);
            let p = 0;
            for (;;) {
                const q = str.indexOf('\n', p);
                if (q === -1) {
                    asm.handleLine(p === 0 ? str : str.slice(p), ++this.lineNo);
                    return;
                }
                asm.handleLine(str.slice(p, q), ++this.lineNo);
                p = q + 1;
            }
        }
        let p = s;
        for (;;) {
            const q = chunk.indexOf(10, p); // ≤ e, since chunk[e] is LF
            this.decodeLine(chunk, p, q, ++this.lineNo);
            if (q >= e)
                return;
            p = q + 1;
        }
    }
    decodeLine(buf, s, e, lineNo) {
        const view = buf.subarray(s, e);
        if ((0,external_node_buffer_.isUtf8)(view)) {
            this.asm.handleLine(buf.toString('utf8', s, e), lineNo);
            return;
        }
        const off = (0,utf8/* firstInvalidUtf8 */.vE)(view);
        let col = off < 0 ? 1 : (0,utf8/* codePointsInUtf8 */.NH)(view, off) + 1;
        if (lineNo === 1 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf && col > 1)
            col--; // BOM is not shown
        this.asm.badLine(lineNo, bad_line/* INVALID_UTF8 */.y5, col);
    }
}

;// CONCATENATED MODULE: ./src/core/trace/require-records.ts
// Gate inputs (`run`, `ci`, `coverage`) need at least one record (01 §1.1); the reader itself accepts empty files.

/** Throws E_TRACE_INVALID `trace contains no records` (whole-file) when the read found no record. */
function requireRecords(stats, displayPath) {
    if (stats.records > 0)
        return;
    const message = 'trace contains no records';
    throw new errors/* InputError */.dz('E_TRACE_INVALID', message, {
        source: 'trace',
        context: { file: displayPath },
        nextStepValues: { 'trace.jsonl': displayPath },
        diagnostics: [{ code: 'E_TRACE_INVALID', severity: 'error', message, source: 'trace', file: displayPath }],
    });
}

;// CONCATENATED MODULE: ./src/core/trace/index.ts






/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ jsonErrorOffset),
/* harmony export */   _j: () => (/* binding */ arrayElementOffsets),
/* harmony export */   fR: () => (/* binding */ offsetsToLines),
/* harmony export */   jl: () => (/* binding */ offsetToLineCol)
/* harmony export */ });
// A small JSON (RFC 8259) syntax scanner for the slow paths JSON.parse cannot serve:
// the offset of a syntax error when V8's message carries none, and source offsets of array elements
// in call-list documents (01 §1.11). It never builds values.
class ScanError {
    offset;
    constructor(offset) {
        this.offset = offset;
    }
}
function isWs(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}
function isDigit(c) {
    return c >= 0x30 && c <= 0x39;
}
class Scanner {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    ws() {
        const t = this.text;
        while (this.pos < t.length && isWs(t.charCodeAt(this.pos)))
            this.pos++;
    }
    peek() {
        return this.pos < this.text.length ? this.text.charCodeAt(this.pos) : -1;
    }
    fail(at = this.pos) {
        throw new ScanError(at);
    }
    value() {
        const c = this.peek();
        if (c === 0x7b)
            this.object(undefined);
        else if (c === 0x5b)
            this.array(undefined);
        else if (c === 0x22)
            this.string();
        else if (c === 0x2d || isDigit(c))
            this.number();
        else if (c === 0x74)
            this.literal('true');
        else if (c === 0x66)
            this.literal('false');
        else if (c === 0x6e)
            this.literal('null');
        else
            this.fail();
    }
    literal(word) {
        for (let i = 0; i < word.length; i++) {
            if (this.text.charCodeAt(this.pos) !== word.charCodeAt(i))
                this.fail();
            this.pos++;
        }
    }
    number() {
        if (this.peek() === 0x2d)
            this.pos++;
        const c = this.peek();
        if (c === 0x30)
            this.pos++;
        else if (isDigit(c))
            while (isDigit(this.peek()))
                this.pos++;
        else
            this.fail();
        if (this.peek() === 0x2e) {
            this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
        const e = this.peek();
        if (e === 0x65 || e === 0x45) {
            this.pos++;
            const s = this.peek();
            if (s === 0x2b || s === 0x2d)
                this.pos++;
            if (!isDigit(this.peek()))
                this.fail();
            while (isDigit(this.peek()))
                this.pos++;
        }
    }
    /** Scans a string starting at its opening quote; returns the raw slice including quotes. */
    string() {
        const t = this.text;
        const start = this.pos;
        this.pos++;
        for (;;) {
            if (this.pos >= t.length)
                this.fail();
            const c = t.charCodeAt(this.pos);
            if (c === 0x22) {
                this.pos++;
                return t.slice(start, this.pos);
            }
            if (c < 0x20)
                this.fail();
            if (c === 0x5c) {
                this.pos++;
                const e = this.peek();
                if (e === 0x75) {
                    for (let k = 1; k <= 4; k++) {
                        const h = t.charCodeAt(this.pos + k);
                        const hex = isDigit(h) || (h >= 0x41 && h <= 0x46) || (h >= 0x61 && h <= 0x66);
                        if (!hex)
                            this.fail(Math.min(this.pos + k, t.length));
                    }
                    this.pos += 5;
                }
                else if (e === 0x22 || e === 0x5c || e === 0x2f || e === 0x62 || e === 0x66 || e === 0x6e || e === 0x72 || e === 0x74) {
                    this.pos++;
                }
                else {
                    this.fail();
                }
                continue;
            }
            this.pos++;
        }
    }
    /** onMember(key, valueStart) is called before each member value is scanned; it may scan the value itself (return true). */
    object(onMember) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x7d) {
            this.pos++;
            return;
        }
        for (;;) {
            if (this.peek() !== 0x22)
                this.fail();
            const rawKey = this.string();
            this.ws();
            if (this.peek() !== 0x3a)
                this.fail();
            this.pos++;
            this.ws();
            if (!(onMember?.(JSON.parse(rawKey), this) ?? false))
                this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x7d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    array(onElement) {
        this.pos++;
        this.ws();
        if (this.peek() === 0x5d) {
            this.pos++;
            return;
        }
        for (;;) {
            onElement?.(this.pos);
            this.value();
            this.ws();
            const c = this.peek();
            if (c === 0x2c) {
                this.pos++;
                this.ws();
                continue;
            }
            if (c === 0x5d) {
                this.pos++;
                return;
            }
            this.fail();
        }
    }
    document() {
        this.ws();
        this.value();
        this.ws();
        if (this.pos < this.text.length)
            this.fail();
    }
}
/** UTF-16 offset of the first syntax error in `text`, or undefined when it is valid JSON. */
function jsonErrorOffset(text) {
    const s = new Scanner(text);
    try {
        s.document();
        return undefined;
    }
    catch (e) {
        if (e instanceof ScanError)
            return e.offset;
        throw e;
    }
}
/**
 * Offsets of the elements of an array in a valid JSON document: the root array (`memberKey` null) or the
 * root object's member `memberKey` (the last such member, as JSON.parse keeps the last duplicate key).
 */
function arrayElementOffsets(text, memberKey) {
    const s = new Scanner(text);
    let found = [];
    s.ws();
    if (memberKey === null) {
        if (s.peek() === 0x5b)
            s.array((o) => found.push(o));
        return found;
    }
    if (s.peek() !== 0x7b)
        return found;
    s.object((key, sc) => {
        if (key !== memberKey || sc.peek() !== 0x5b)
            return false;
        const offsets = [];
        sc.array((o) => offsets.push(o));
        found = offsets;
        return true;
    });
    return found;
}
/** 1-based line and code-point column of a UTF-16 offset. */
function offsetToLineCol(text, offset) {
    let line = 1;
    let lineStart = 0;
    const end = Math.min(offset, text.length);
    for (let i = 0; i < end; i++) {
        if (text.charCodeAt(i) === 0x0a) {
            line++;
            lineStart = i + 1;
        }
    }
    let col = 1;
    for (let i = lineStart; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff && i > lineStart) {
            const p = text.charCodeAt(i - 1);
            if (p >= 0xd800 && p <= 0xdbff)
                continue;
        }
        col++;
    }
    return { line, col };
}
/** 1-based lines of sorted offsets, in one pass. */
function offsetsToLines(text, sortedOffsets) {
    const lines = [];
    let line = 1;
    let i = 0;
    for (const off of sortedOffsets) {
        for (; i < off && i < text.length; i++)
            if (text.charCodeAt(i) === 0x0a)
                line++;
        lines.push(line);
    }
    return lines;
}


/***/ }),

/***/ 1578:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NH: () => (/* binding */ codePointsInUtf8),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8),
/* harmony export */   zx: () => (/* binding */ codePointsInString)
/* harmony export */ });
// UTF-8 checks for trace lines (01 §0: invalid UTF-8 in JSONL is a bad line).
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
/* harmony export */   G: () => (/* binding */ displayPath)
/* harmony export */ });
/* unused harmony export toPosix */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
// Repo-relative POSIX paths for every output (02 §0): relative to the checkout root when inside it,
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


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions (01 §0): every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points (01 §0), from a UTF-16 based line/col pair. */
function toPosition(lc, text, offset) {
    const p = lc.linePos(offset);
    const lineStart = lc.lineStarts[p.line - 1] ?? 0;
    const prefix = text.slice(lineStart, offset);
    return { line: p.line, col: [...prefix].length + 1 };
}
function parseYamlSource(text, file, code) {
    if (text.charCodeAt(0) === 0xfeff)
        text = text.slice(1);
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const errors = [];
    let docs;
    try {
        const all = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseAllDocuments */ .hR)(text, {
            lineCounter,
            version: '1.2',
            schema: 'core',
            uniqueKeys: true,
            merge: true,
            prettyErrors: false,
        });
        docs = Array.isArray(all) ? all : [];
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    if (docs.length > 1) {
        const second = docs[1];
        const pos = toPosition(lineCounter, text, second.range[0]);
        errors.push({ code, severity: 'error', message: 'YAML syntax error: only one document per file is allowed', file, ...pos, source: 'config' });
    }
    const doc = docs[0];
    if (!doc)
        return { errors, source: makeSource(file, undefined, undefined, lineCounter, text) };
    for (const err of doc.errors) {
        const pos = toPosition(lineCounter, text, err.pos[0]);
        const msg = err.message.split('\n')[0] ?? err.message;
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${msg}`, file, ...pos, source: 'config' });
    }
    if (errors.length)
        return { errors };
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        errors.push({ code, severity: 'error', message: `YAML syntax error: ${e.message}`, file, line: 1, col: 1, source: 'config' });
        return { errors };
    }
    return { errors, source: makeSource(file, value, doc, lineCounter, text) };
}
function makeSource(file, value, doc, lc, text) {
    const resolve = (path, wantKey) => {
        let node = doc?.contents;
        let pos = { line: 1, col: 1 };
        if (node && node.range)
            pos = toPosition(lc, text, node.range[0]);
        for (let i = 0; i < path.length; i++) {
            const seg = path[i];
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isAlias */ .Vj)(node) && doc)
                node = node.resolve(doc);
            let next;
            let keyNode;
            if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(node)) {
                const pair = node.items.find((it) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(it) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(it.key) && String(it.key.value) === String(seg));
                if (pair) {
                    next = pair.value;
                    keyNode = pair.key;
                }
            }
            else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
                next = node.items[seg];
            }
            if (next === undefined && keyNode === undefined)
                return pos;
            const last = i === path.length - 1;
            const target = last && wantKey && keyNode ? keyNode : (next ?? keyNode);
            const r = target?.range;
            if (r)
                pos = toPosition(lc, text, r[0]);
            else if (keyNode && keyNode.range)
                pos = toPosition(lc, text, keyNode.range[0]);
            node = next;
        }
        return pos;
    };
    return {
        file,
        value,
        posOf: (path) => resolve(path, false),
        keyPosOf: (path) => resolve(path, true),
    };
}


/***/ })

};
