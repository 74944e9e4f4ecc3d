export const id = 673;
export const ids = [673];
export const modules = {

/***/ 4715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MI: () => (/* binding */ profileToEvents),
/* harmony export */   np: () => (/* binding */ checkRunId),
/* harmony export */   zq: () => (/* binding */ compareUtf8)
/* harmony export */ });
/* unused harmony exports PROFILE_PHASE_SUBJECT, exportTraceparent, scrubKey, usageError, resolveExportTime */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4296);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2768);
// `assay evidence export --profile`: a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.



const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';
const hex = (s) => (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(s, 'utf8').digest('hex');
/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01`. */
function exportTraceparent(runId, id) {
    return `00-${hex(runId).slice(0, 32)}-${hex(id).slice(0, 16)}-01`;
}
const SECRET_PREFIXES = [
    'authorization: bearer ',
    'authorization: ',
    'token=',
    'key=',
    'bearer ',
    'api_key=',
    'apikey=',
    'secret=',
    'password=',
    'session=',
    'cookie=',
    'x-api-key:',
    'x-token:',
];
/** Scrubbing for `observed`/`summary`: POSIX separators, home directories generalized, secrets cut. */
function scrubKey(key) {
    let s = key.replace(/\\/g, '/');
    const home = /^\/home\/[^/]*(?:\/|$)/.exec(s) ?? /^\/Users\/[^/]*(?:\/|$)/.exec(s);
    if (home)
        s = '~/**/' + s.slice(home[0].length);
    else {
        const at = s.indexOf('/Users/');
        if (at !== -1) {
            const rest = s.slice(at + '/Users/'.length);
            const slash = rest.indexOf('/');
            s = '~/**/' + (slash === -1 ? '' : rest.slice(slash + 1));
        }
    }
    const lower = s.toLowerCase();
    for (const p of SECRET_PREFIXES) {
        const i = lower.indexOf(p);
        if (i !== -1)
            return s.slice(0, i + p.length) + '***';
    }
    return s;
}
/** Code-point-wise comparison equals UTF-8 byte order (the reference's map order). */
function compareUtf8(a, b) {
    const x = Buffer.from(a, 'utf8');
    const y = Buffer.from(b, 'utf8');
    return Buffer.compare(x, y);
}
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function invalid(file, message) {
    const m = `${file}: ${message}`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL('E_CFG_PARSE', m, { source: 'config', context: { file }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: m, file, source: 'config' }] });
}
function usageError(message) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb('E_INVALID_ARGS', message, { source: 'cli' });
}
/** The event time, rendered. */
function resolveExportTime(given, candidates, sourceDateEpoch, file) {
    if (given !== undefined) {
        const t = (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRfc3339 */ .tD)(given);
        if (t === undefined)
            throw usageError(`--time ${JSON.stringify(given)} is not an RFC 3339 timestamp`);
        return t;
    }
    for (const c of candidates) {
        if (c === undefined || c === null)
            continue;
        const t = typeof c === 'string' ? (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeRfc3339 */ .tD)(c) : undefined;
        if (t === undefined)
            throw invalid(file, `timestamp ${JSON.stringify(c)} is not RFC 3339`);
        return t;
    }
    if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch))
        return (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .renderInstant */ .Wv)({ seconds: Number(sourceDateEpoch), nanos: 0 });
    throw usageError(`no event time: ${file} has no updated_at or created_at; pass --time RFC3339 or set SOURCE_DATE_EPOCH`);
}
function checkRunId(runId) {
    if (runId === '')
        throw usageError('the run id must not be empty');
    if (runId.includes(':'))
        throw usageError(`run id ${JSON.stringify(runId)} must not contain ':'`);
    return runId;
}
function entries(v, where, file) {
    if (v === undefined || v === null)
        return [];
    if (!isObj(v))
        throw invalid(file, `${where} must be a mapping`);
    const out = [];
    for (const [key, e] of Object.entries(v)) {
        if (!isObj(e))
            throw invalid(file, `${where}[${JSON.stringify(key)}] must be a mapping`);
        const hits = e.hits_total ?? 0;
        if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0)
            throw invalid(file, `${where}[${JSON.stringify(key)}].hits_total must be a non-negative integer`);
        out.push({ key, first_seen: e.first_seen ?? null, last_seen: e.last_seen ?? null, runs_seen: e.runs_seen ?? null, hits });
    }
    return out.sort((a, b) => compareUtf8(a.key, b.key));
}
/** Profile → events (mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
function profileToEvents(profile, opts) {
    const file = opts.file;
    if (!isObj(profile))
        throw invalid(file, 'a profile must be a mapping');
    const name = profile.name;
    const version = profile.version;
    const totalRuns = profile.total_runs;
    if (typeof version !== 'string')
        throw invalid(file, 'version must be a string');
    if (typeof name !== 'string' || name === '')
        throw invalid(file, 'name must be a non-empty string');
    if (typeof totalRuns !== 'number' || !Number.isInteger(totalRuns) || totalRuns < 0)
        throw invalid(file, 'total_runs must be a non-negative integer');
    const runIds = profile.run_ids;
    if (runIds !== undefined && (!Array.isArray(runIds) || !runIds.every((r) => typeof r === 'string')))
        throw invalid(file, 'run_ids must be a list of strings');
    const scope = profile.scope;
    if (scope !== undefined && scope !== null && typeof scope !== 'string')
        throw invalid(file, 'scope must be a string');
    const ent = isObj(profile.entries) ? profile.entries : profile.entries === undefined || profile.entries === null ? {} : null;
    if (ent === null)
        throw invalid(file, 'entries must be a mapping');
    const files = entries(ent.files, 'entries.files', file);
    const network = entries(ent.network, 'entries.network', file);
    const processes = entries(ent.processes, 'entries.processes', file);
    const degr = profile.sandbox_degradations ?? [];
    if (!Array.isArray(degr) || !degr.every(isObj))
        throw invalid(file, 'sandbox_degradations must be a list of mappings');
    const lastRun = Array.isArray(runIds) && runIds.length > 0 ? runIds[runIds.length - 1] : undefined;
    const runId = checkRunId(opts.runId ?? lastRun ?? `run_${hex(name).slice(0, 16)}`);
    const time = resolveExportTime(opts.time, [profile.updated_at, profile.created_at], opts.sourceDateEpoch, file);
    const out = [];
    const push = (type, subject, data) => {
        const seq = out.length;
        const id = `${runId}:${seq}`;
        out.push({
            specversion: '1.0',
            type,
            source: `urn:assay:cli:${opts.version}`,
            id,
            time,
            datacontenttype: 'application/json',
            ...(subject !== undefined && subject !== '' ? { subject } : {}),
            traceparent: exportTraceparent(runId, id),
            assayrunid: runId,
            assayseq: seq,
            assayproducer: 'assay',
            assayproducerversion: opts.version,
            assaygit: opts.git,
            assaypii: false,
            assaysecrets: false,
            data,
        });
    };
    push('assay.profile.started', PROFILE_PHASE_SUBJECT, { profile_name: name, profile_version: version, total_runs_aggregated: totalRuns });
    for (const d of degr)
        push('assay.sandbox.degraded', 'landlock', d);
    if (opts.detail !== 'summary') {
        const kinds = [
            [files, 'assay.fs.access', 'file'],
            [network, 'assay.net.connect', 'host'],
            [processes, 'assay.process.exec', 'cmd'],
        ];
        for (const [list, type, keyName] of kinds) {
            for (const e of list) {
                if (opts.detail === 'observed')
                    push(type, scrubKey(e.key), { hits: e.hits });
                else
                    push(type, e.key, { [keyName]: e.key, first_seen: e.first_seen, last_seen: e.last_seen, hits: e.hits, runs_seen: e.runs_seen });
            }
        }
    }
    push('assay.profile.finished', PROFILE_PHASE_SUBJECT, {
        files_count: files.length,
        network_count: network.length,
        processes_count: processes.length,
        sandbox_degradation_count: degr.length,
        integrity_scope: typeof scope === 'string' ? scope : null,
    });
    return out;
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


/***/ })

};
