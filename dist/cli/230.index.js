export const id = 230;
export const ids = [230];
export const modules = {

/***/ 6230:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  packConfigDir: () => (/* binding */ packConfigDir),
  registerLint: () => (/* binding */ registerLint)
});

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/version.ts
var version = __webpack_require__(3323);
// EXTERNAL MODULE: ./src/core/outcome/reason-codes.ts
var reason_codes = __webpack_require__(997);
// EXTERNAL MODULE: ./src/core/evidence/verify-error.ts
var verify_error = __webpack_require__(9359);
// EXTERNAL MODULE: ./src/core/evidence/source.ts
var source = __webpack_require__(7260);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/evidence/verify.ts
var verify = __webpack_require__(9540);
;// CONCATENATED MODULE: ./src/core/evidence/lint/builtin.ts
const BUILTIN_RULES = [
    {
        id: 'ASSAY-W001',
        severity: 'Warn',
        securitySeverity: '7.0',
        name: 'SecretMarkerInSubject',
        short: 'Event subject contains a secret marker',
        full: 'The subject of an event contains text that looks like a credential (an API key prefix, a token= or password= assignment, a bearer token, a cloud access key id). Subjects are stored in clear in the bundle and shown by every viewer.',
        help: 'Scrub credentials before export (`assay evidence export --detail observed` scrubs known markers), then re-export the bundle and rotate the exposed credential.',
        tags: ['security', 'secrets', 'evidence'],
    },
    {
        id: 'ASSAY-W002',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'PiiSubject',
        short: 'PII-flagged event has a subject',
        full: 'The event is flagged as containing personal data (assaypii: true) and still carries a non-empty subject, which is stored in clear.',
        help: 'Generalize or drop the subject of PII-flagged events before export.',
        tags: ['privacy', 'pii', 'evidence'],
    },
    {
        id: 'ASSAY-W003',
        severity: 'Warn',
        securitySeverity: '6.5',
        name: 'SecretFlagMismatch',
        short: 'Secret marker in a subject not flagged as secret',
        full: 'The subject contains a secret marker but the event says assaysecrets: false, so consumers that rely on the flag will not treat it as sensitive.',
        help: 'Fix the producer: scrub the subject, or set assaysecrets: true for events that carry secrets.',
        tags: ['security', 'secrets', 'evidence'],
    },
    {
        id: 'ASSAY-W004',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'UnbackedDenialMarker',
        short: 'Denial marker without a digest-bound deny record',
        full: 'A denied-call observation (caller-visible error from the Assay proxy) has no assay.enforcement_decision.v0 deny record for the same tool and target digest, or is contradicted by an allow record.',
        help: 'Export the enforcement decision records together with the observations, from the same proxy session.',
        tags: ['integrity', 'enforcement', 'evidence'],
    },
    {
        id: 'ASSAY-W005',
        severity: 'Warn',
        securitySeverity: '4.0',
        name: 'ApprovalViewNotCanonical',
        short: 'Approval view is not structured_meta_jcs',
        full: 'An assay.enforcement_decision.v0 record retains its approval under a view other than "structured_meta_jcs", so the approval cannot be re-hashed canonically.',
        help: 'Record approvals with approval_retained_view "structured_meta_jcs".',
        tags: ['integrity', 'enforcement', 'evidence'],
    },
    {
        id: 'ASSAY-I001',
        severity: 'Info',
        securitySeverity: '1.0',
        name: 'SourceNotUrnOrHttps',
        short: 'Event source is neither a urn: nor an https:// URI',
        full: 'CloudEvents sources should identify the producer with a stable URI; urn: and https:// are the forms consumers expect.',
        help: 'Use a source such as urn:assay:cli:<version>.',
        tags: ['quality', 'evidence'],
    },
];
/** In this order; the first one found is named in the message. */
const SECRET_MARKERS = ['sk-', 'sk_live_', 'sk_test_', 'api_key=', 'apikey=', 'token=', 'password=', 'secret=', 'Bearer ', 'AKIA', 'ghp_', 'gho_', 'github_pat_'];
const LOWER_MARKERS = SECRET_MARKERS.map((m) => m.toLowerCase());
function firstSecretMarker(subject) {
    const s = subject.toLowerCase();
    const i = LOWER_MARKERS.findIndex((m) => s.includes(m));
    return i === -1 ? undefined : SECRET_MARKERS[i];
}
function str(v) {
    return typeof v === 'string' && v !== '' ? v : undefined;
}
function get(o, ...path) {
    let cur = o;
    for (const k of path) {
        if (cur === null || typeof cur !== 'object' || Array.isArray(cur))
            return undefined;
        cur = cur[k];
    }
    return cur;
}
const DECISION_SCHEMA = 'assay.enforcement_decision.v0';
/** Streaming runner of the built-in rules. */
class BuiltinRunner {
    hits = [];
    markers = [];
    decisions = new Map();
    source;
    visit(ev, location) {
        const subject = typeof ev.subject === 'string' ? ev.subject : '';
        const marker = subject !== '' ? firstSecretMarker(subject) : undefined;
        if (marker !== undefined)
            this.hits.push({ rule: 'ASSAY-W001', order: 0, location, message: `Subject contains a secret marker (${JSON.stringify(marker)})` });
        if (ev.assaypii === true && subject !== '')
            this.hits.push({ rule: 'ASSAY-W002', order: 1, location, message: 'Event is flagged as containing PII (assaypii: true) but has a non-empty subject' });
        if (marker !== undefined && ev.assaysecrets === false) {
            this.hits.push({ rule: 'ASSAY-W003', order: 2, location, message: `Subject contains a secret marker (${JSON.stringify(marker)}) but assaysecrets is false` });
        }
        const data = ev.data;
        const schema = get(data, 'schema');
        const code = get(data, 'caller_visible_error', 'code');
        const origin = get(data, 'caller_visible_error', 'origin');
        const bindable = origin === 'assay-proxy' &&
            ((schema === 'assay.denied_call_observation.v0' && code === -32042) || (schema === 'assay.denied_call_observation.v1' && code === -31999));
        const tool = str(get(data, 'call', 'tool_name'));
        const digest = str(get(data, 'call', 'target_digest'));
        if (bindable && tool !== undefined && digest !== undefined)
            this.markers.push({ key: JSON.stringify([tool, digest]), location });
        if (schema === DECISION_SCHEMA) {
            const dTool = str(get(data, 'tool', 'name'));
            const dDigest = str(get(data, 'action', 'target_digest'));
            const decision = str(get(data, 'decision'));
            if (dTool !== undefined && dDigest !== undefined && decision !== undefined) {
                const key = JSON.stringify([dTool, dDigest]);
                let set = this.decisions.get(key);
                if (set === undefined)
                    this.decisions.set(key, (set = new Set()));
                set.add(decision);
            }
            const view = get(data, 'approval_retained_view');
            if (view !== undefined && view !== 'structured_meta_jcs') {
                this.hits.push({ rule: 'ASSAY-W005', order: 4, location, message: 'approval_retained_view is not "structured_meta_jcs"' });
            }
        }
        this.source ??= ev.source;
    }
    /** Hits in file order × registry order; I001 (the source is the same in every event) once, global. */
    finish() {
        for (const m of this.markers) {
            const d = this.decisions.get(m.key);
            if (d?.has('deny'))
                continue;
            const message = d?.has('allow')
                ? 'Denial marker is contradicted by a digest-bound allow record'
                : 'Denial marker is not backed by a digest-bound assay.enforcement_decision.v0 deny record';
            this.hits.push({ rule: 'ASSAY-W004', order: 3, location: m.location, message });
        }
        const located = this.hits.sort((a, b) => a.location.line - b.location.line || a.order - b.order);
        if (this.source !== undefined && !this.source.startsWith('urn:') && !this.source.startsWith('https://')) {
            located.push({ rule: 'ASSAY-I001', order: 5, location: null, message: 'Event source is neither a urn: nor an https:// URI' });
        }
        return located;
    }
}

// EXTERNAL MODULE: ./src/core/evidence/lint/match.ts
var match = __webpack_require__(8694);
;// CONCATENATED MODULE: ./src/core/evidence/lint/checks.ts

/** Allow-listed `auth_scheme` values for g3_authorization_context_present. */
const G3_AUTH_SCHEMES = ['oauth2', 'oidc', 'jwt', 'bearer', 'mtls', 'dpop', 'api_key', 'spiffe'];
function checkRunner(check) {
    switch (check.type) {
        case 'event_count': {
            let n = 0;
            return {
                visit: () => void n++,
                finish: () => (n >= check.min ? null : { message: `Bundle contains ${n} events (minimum: ${check.min})`, location: null }),
            };
        }
        case 'event_pairs': {
            let start = false;
            let finish = false;
            return {
                visit: (ev) => {
                    if (!start && (0,match/* globMatch */.eu)(check.start_pattern, ev.type))
                        start = true;
                    if (!finish && (0,match/* globMatch */.eu)(check.finish_pattern, ev.type))
                        finish = true;
                },
                finish: () => {
                    if (start && finish)
                        return null;
                    const missing = [!start ? `"${check.start_pattern}"` : null, !finish ? `"${check.finish_pattern}"` : null].filter((x) => x !== null);
                    return { message: `No event type matches ${missing.join(' or ')}`, location: null };
                },
            };
        }
        case 'event_field_present':
        case 'json_path_exists': {
            const paths = check.paths;
            const want = check.type === 'json_path_exists' ? check.value_equals : undefined;
            let found = false;
            return {
                visit: (ev) => {
                    if (found)
                        return;
                    for (const p of paths) {
                        const r = (0,match/* getPointer */.Mb)(ev, p);
                        if (r.found && (want === undefined || (0,match/* jsonEqual */.Zm)(r.value, want))) {
                            found = true;
                            return;
                        }
                    }
                },
                finish: () => found
                    ? null
                    : {
                        message: want === undefined
                            ? `No event has any of: ${paths.join(', ')}`
                            : `No event has ${paths[0]} equal to ${JSON.stringify(want)}`,
                        location: null,
                    },
            };
        }
        case 'event_type_exists': {
            let found = false;
            return {
                visit: (ev) => {
                    if (!found && (0,match/* globMatch */.eu)(check.pattern, ev.type))
                        found = true;
                },
                finish: () => (found ? null : { message: `No event type matches "${check.pattern}"`, location: null }),
            };
        }
        case 'manifest_field':
            return {
                visit: () => undefined,
                finish: (m) => {
                    if ((0,match/* getPointer */.Mb)(m, check.path).found)
                        return null;
                    return check.required
                        ? { message: `Manifest has no ${check.path}`, location: null }
                        : { message: `Manifest has no ${check.path} (optional)`, location: null, severity: 'Warn' };
                },
            };
        case 'conditional': {
            let offender = null;
            let offenders = 0;
            return {
                visit: (ev, loc) => {
                    for (const c of check.clauses) {
                        const r = (0,match/* getPointer */.Mb)(ev, c.path);
                        if (!r.found || !(0,match/* jsonEqual */.Zm)(r.value, c.equals))
                            return;
                    }
                    if (!(0,match/* getPointer */.Mb)(ev, check.then_path).found) {
                        offenders++;
                        offender ??= loc;
                    }
                },
                finish: () => offender === null
                    ? null
                    : { message: `${offenders} event(s) matching the condition lack ${check.then_path}`, location: offender },
            };
        }
        case 'g3_authorization_context_present': {
            let found = false;
            return {
                visit: (ev) => {
                    if (found || ev.type !== 'assay.tool.decision')
                        return;
                    const d = ev.data;
                    if (d === null || typeof d !== 'object')
                        return;
                    const principal = d.principal;
                    const scheme = d.auth_scheme;
                    const issuer = d.auth_issuer;
                    if (((typeof principal === 'string' && principal !== '') || (principal !== null && typeof principal === 'object')) &&
                        typeof scheme === 'string' &&
                        G3_AUTH_SCHEMES.includes(scheme.toLowerCase()) &&
                        typeof issuer === 'string' &&
                        issuer !== '') {
                        found = true;
                    }
                },
                finish: () => (found ? null : { message: 'No assay.tool.decision carries a principal with an allow-listed auth_scheme and an auth_issuer', location: null }),
            };
        }
        case 'unsupported':
            // Never constructed: the engine reports or skips these before running.
            return { visit: () => undefined, finish: () => null };
    }
}

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
// EXTERNAL MODULE: ./src/core/util/yaml-source.ts
var yaml_source = __webpack_require__(9723);
// EXTERNAL MODULE: ./src/core/jcs.ts
var jcs = __webpack_require__(2995);
// EXTERNAL MODULE: ./src/core/evidence/event.ts
var evidence_event = __webpack_require__(6313);
;// CONCATENATED MODULE: ./src/core/evidence/lint/pack.ts
// Lint packs: YAML with duplicate and unknown keys refused, validated into typed rules, normalized
// and digested. A pack that cannot be loaded is a config error (E_CFG_PARSE) naming the pack.




/** Our check engine version (`engine_min_version` is compared against it). */
const ENGINE_VERSION = '1.2';
const TOP_KEYS = ['name', 'version', 'kind', 'description', 'author', 'license', 'source_url', 'disclaimer', 'requires', 'rules'];
const RULE_KEYS = ['id', 'severity', 'description', 'article_ref', 'help_markdown', 'engine_min_version', 'event_types', 'check'];
const CHECK_PARAMS = {
    event_count: ['min'],
    event_pairs: ['start_pattern', 'finish_pattern'],
    event_field_present: ['paths_any_of', 'any_of', 'in_data'],
    event_type_exists: ['pattern'],
    manifest_field: ['path', 'required'],
    json_path_exists: ['paths', 'value_equals'],
    conditional: ['condition', 'then'],
    g3_authorization_context_present: [],
};
function isObj(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
/** `major.minor` comparison; NaN parts compare as unparseable (caller refuses them first). */
function compareEngine(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    return (pa[0] - pb[0]) || ((pa[1] ?? 0) - (pb[1] ?? 0));
}
/** A JSON pointer as packs write it: a missing leading `/` is added. */
function normalizePointer(p) {
    return p.startsWith('/') ? p : '/' + p;
}
class PackErrors {
    src;
    display;
    list = [];
    constructor(src, display) {
        this.src = src;
        this.display = display;
    }
    add(path, message, key = false) {
        const pos = key ? this.src.keyPosOf(path) : this.src.posOf(path);
        this.list.push({ code: 'E_CFG_PARSE', severity: 'error', message: `pack ${this.display}: ${message}`, file: this.display, ...pos, source: 'config' });
    }
}
/**
 * Parse and validate a pack. `display` names it in messages (a built-in name or a repo-relative path).
 * Throws ConfigError(E_CFG_PARSE) listing every problem found.
 */
function parsePack(text, display, origin) {
    const { source, errors } = (0,yaml_source/* parseYamlSource */.W)(text, display, 'E_CFG_PARSE');
    if (!source || errors.length > 0)
        throw packError(display, errors);
    const e = new PackErrors(source, display);
    const v = source.value;
    if (!isObj(v)) {
        e.add([], 'a pack must be a YAML mapping');
        throw packError(display, e.list);
    }
    for (const k of Object.keys(v))
        if (!TOP_KEYS.includes(k))
            e.add([k], `unknown key "${k}"`, true);
    const str = (path, val, required) => {
        if (val === undefined || val === null) {
            if (required)
                e.add(path.slice(0, -1), `missing required key "${String(path[path.length - 1])}"`);
            return null;
        }
        if (typeof val !== 'string') {
            e.add(path, `"${path.join('.')}" must be a string`);
            return null;
        }
        return val;
    };
    const name = str(['name'], v.name, true);
    if (name !== null && !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name))
        e.add(['name'], 'name must be lowercase letters, digits and "-", not starting or ending with "-"');
    const version = str(['version'], v.version, true);
    const kind = str(['kind'], v.kind, true);
    if (kind !== null && kind !== 'compliance' && kind !== 'security' && kind !== 'quality')
        e.add(['kind'], 'kind must be compliance, security or quality');
    const description = str(['description'], v.description, true);
    const author = str(['author'], v.author, true);
    const license = str(['license'], v.license, true);
    const sourceUrl = str(['source_url'], v.source_url, false);
    const disclaimer = str(['disclaimer'], v.disclaimer, kind === 'compliance');
    let requires = null;
    if (v.requires !== undefined && v.requires !== null) {
        if (!isObj(v.requires))
            e.add(['requires'], 'requires must be a mapping');
        else {
            for (const k of Object.keys(v.requires)) {
                if (k !== 'assay_min_version' && k !== 'evidence_schema_version')
                    e.add(['requires', k], `unknown key "requires.${k}"`, true);
            }
            const min = str(['requires', 'assay_min_version'], v.requires.assay_min_version, true);
            if (min !== null && !/^>=\s*\d+\.\d+\.\d+$/.test(min))
                e.add(['requires', 'assay_min_version'], 'assay_min_version must look like ">=X.Y.Z"');
            const esv = str(['requires', 'evidence_schema_version'], v.requires.evidence_schema_version, false);
            if (esv !== null && !/^\d+\.\d+$/.test(esv))
                e.add(['requires', 'evidence_schema_version'], 'evidence_schema_version must look like "1.0"');
            if (min !== null)
                requires = { assay_min_version: min, evidence_schema_version: esv };
        }
    }
    const rules = [];
    if (!Array.isArray(v.rules) || v.rules.length === 0)
        e.add(['rules'], 'rules must be a non-empty list');
    else {
        const ids = new Set();
        v.rules.forEach((r, i) => {
            const rule = parseRule(r, i, e, str, `${name ?? '?'}@${version ?? '?'}`);
            if (rule === null)
                return;
            if (ids.has(rule.id))
                e.add(['rules', i, 'id'], `duplicate rule id "${rule.id}"`);
            ids.add(rule.id);
            rule.line = source.posOf(['rules', i, 'id']).line;
            rules.push(rule);
        });
    }
    if (e.list.length > 0)
        throw packError(display, e.list);
    const pack = {
        name: name,
        version: version,
        kind: kind,
        description: description,
        author: author,
        license: license,
        source_url: sourceUrl,
        disclaimer,
        requires,
        rules,
        origin,
    };
    return { ...pack, digest: packDigest(pack) };
}
function parseRule(r, i, e, str, packId) {
    const at = (...p) => ['rules', i, ...p];
    if (!isObj(r)) {
        e.add(at(), 'a rule must be a mapping');
        return null;
    }
    for (const k of Object.keys(r))
        if (!RULE_KEYS.includes(k))
            e.add(at(k), `unknown key "${k}" in rule`, true);
    const id = str(at('id'), r.id, true);
    if (id === '')
        e.add(at('id'), 'rule id must not be empty');
    const sevText = str(at('severity'), r.severity, true);
    let severity = 'error';
    if (sevText !== null) {
        const s = sevText.toLowerCase();
        if (s === 'error')
            severity = 'error';
        else if (s === 'warning' || s === 'warn')
            severity = 'warning';
        else if (s === 'info')
            severity = 'info';
        else
            e.add(at('severity'), 'severity must be error, warning, warn or info');
    }
    const description = str(at('description'), r.description, true);
    const articleRef = str(at('article_ref'), r.article_ref, false);
    const help = str(at('help_markdown'), r.help_markdown, false);
    const engine = str(at('engine_min_version'), r.engine_min_version, false);
    if (engine !== null && !/^\d+\.\d+$/.test(engine))
        e.add(at('engine_min_version'), 'engine_min_version must look like "1.2"');
    let eventTypes = null;
    if (r.event_types !== undefined && r.event_types !== null) {
        if (!Array.isArray(r.event_types) || r.event_types.length === 0 || !r.event_types.every((t) => typeof t === 'string' && t !== '')) {
            e.add(at('event_types'), 'event_types must be a non-empty list of event types');
        }
        else
            eventTypes = r.event_types;
    }
    const check = parseCheck(r.check, at('check'), e, engine);
    if (id === null || description === null || check === null || id === '')
        return null;
    return {
        id,
        canonical: `${packId}:${id}`,
        severity,
        description,
        article_ref: articleRef,
        help_markdown: help,
        engine_min_version: engine,
        event_types: eventTypes,
        check,
        line: 1,
    };
}
function stringList(v) {
    return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== '') ? v : null;
}
function isScalar(v) {
    return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}
function parseCheck(c, at, e, engine) {
    if (!isObj(c)) {
        e.add(at, 'check must be a mapping with a "type"');
        return null;
    }
    const type = c.type;
    if (typeof type !== 'string' || type === '') {
        e.add(at, 'check.type must be a non-empty string');
        return null;
    }
    const params = CHECK_PARAMS[type];
    if (params === undefined) {
        // Fail closed (Differs): an unknown check is a load error unless the rule declares a newer engine.
        if (engine === null || compareEngine(engine, ENGINE_VERSION) <= 0) {
            e.add([...at, 'type'], `unknown check type "${type}"`);
            return null;
        }
        const { type: _t, ...rest } = c;
        return { type: 'unsupported', declared: type, params: rest };
    }
    for (const k of Object.keys(c))
        if (k !== 'type' && !params.includes(k))
            e.add([...at, k], `unknown parameter "${k}" for check ${type}`, true);
    const bad = (k, what) => {
        e.add([...at, k], `${type}.${k} ${what}`);
        return null;
    };
    switch (type) {
        case 'event_count': {
            if (typeof c.min !== 'number' || !Number.isInteger(c.min) || c.min <= 0)
                return bad('min', 'must be a positive integer');
            return { type, min: c.min };
        }
        case 'event_pairs': {
            if (typeof c.start_pattern !== 'string' || c.start_pattern === '')
                return bad('start_pattern', 'must be a non-empty glob');
            if (typeof c.finish_pattern !== 'string' || c.finish_pattern === '')
                return bad('finish_pattern', 'must be a non-empty glob');
            return { type, start_pattern: c.start_pattern, finish_pattern: c.finish_pattern };
        }
        case 'event_field_present': {
            const any = c.paths_any_of !== undefined ? stringList(c.paths_any_of) : null;
            if (c.paths_any_of !== undefined && any === null)
                return bad('paths_any_of', 'must be a non-empty list of JSON pointers');
            const legacy = c.any_of !== undefined ? stringList(c.any_of) : null;
            if (c.any_of !== undefined && legacy === null)
                return bad('any_of', 'must be a non-empty list of field names');
            if (c.in_data !== undefined && typeof c.in_data !== 'boolean')
                return bad('in_data', 'must be a boolean');
            if (any === null && legacy === null)
                return bad('paths_any_of', 'is required');
            const paths = [...(any ?? []).map(normalizePointer), ...(legacy ?? []).map((f) => (c.in_data === true ? '/data' : '') + normalizePointer(f))];
            return { type, paths, paths_any_of: any, any_of: legacy, in_data: typeof c.in_data === 'boolean' ? c.in_data : null };
        }
        case 'event_type_exists': {
            if (typeof c.pattern !== 'string' || c.pattern === '')
                return bad('pattern', 'must be a non-empty glob');
            return { type, pattern: c.pattern };
        }
        case 'manifest_field': {
            if (typeof c.path !== 'string' || c.path === '')
                return bad('path', 'must be a JSON pointer');
            if (c.required !== undefined && typeof c.required !== 'boolean')
                return bad('required', 'must be a boolean');
            return { type, path: normalizePointer(c.path), required: c.required === true };
        }
        case 'json_path_exists': {
            const paths = stringList(c.paths);
            if (paths === null)
                return bad('paths', 'must be a non-empty list of JSON pointers');
            if (c.value_equals !== undefined && paths.length !== 1)
                return bad('value_equals', 'needs exactly one path');
            return { type, paths: paths.map(normalizePointer), value_equals: c.value_equals === undefined ? undefined : c.value_equals };
        }
        case 'conditional': {
            const cond = c.condition;
            if (!isObj(cond) || !Array.isArray(cond.all) || cond.all.length === 0 || Object.keys(cond).some((k) => k !== 'all')) {
                return bad('condition', 'must be {all: [{path, equals}]}');
            }
            const clauses = [];
            for (const cl of cond.all) {
                if (!isObj(cl) || typeof cl.path !== 'string' || !('equals' in cl) || !isScalar(cl.equals) || Object.keys(cl).some((k) => k !== 'path' && k !== 'equals')) {
                    return bad('condition', 'clauses must be {path, equals: scalar}');
                }
                clauses.push({ path: normalizePointer(cl.path), equals: cl.equals });
            }
            const then = c.then;
            const thenPaths = isObj(then) ? stringList(then.paths) : null;
            if (!isObj(then) || then.type !== 'json_path_exists' || thenPaths === null || thenPaths.length !== 1 || Object.keys(then).some((k) => k !== 'type' && k !== 'paths')) {
                return bad('then', 'must be {type: json_path_exists, paths: [one pointer]}');
            }
            return { type, clauses, then_path: normalizePointer(thenPaths[0]), raw: { condition: cond, then } };
        }
        case 'g3_authorization_context_present':
            return { type };
    }
    return null;
}
/** The normalized form the digest is computed over: every key present, absent optionals as null. */
function normalizedPack(p) {
    return {
        name: p.name,
        version: p.version,
        kind: p.kind,
        description: p.description,
        author: p.author,
        license: p.license,
        source_url: p.source_url,
        disclaimer: p.disclaimer,
        requires: p.requires,
        rules: p.rules.map((r) => ({
            id: r.id,
            severity: r.severity,
            description: r.description,
            article_ref: r.article_ref,
            help_markdown: r.help_markdown,
            engine_min_version: r.engine_min_version,
            event_types: r.event_types,
            check: normalizedCheck(r.check),
        })),
    };
}
function normalizedCheck(c) {
    switch (c.type) {
        case 'event_field_present':
            return { type: c.type, paths_any_of: c.paths_any_of, any_of: c.any_of, in_data: c.in_data };
        case 'json_path_exists':
            return { type: c.type, paths: c.paths, value_equals: c.value_equals === undefined ? null : c.value_equals };
        case 'conditional':
            return { type: c.type, condition: c.raw.condition, then: c.raw.then };
        case 'unsupported':
            return { type: c.declared, ...c.params };
        default:
            return { ...c };
    }
}
function packDigest(p) {
    return (0,evidence_event/* sha256Prefixed */.rc)((0,jcs/* canonicalize */.dw)(normalizedPack(p)));
}
function packError(display, diagnostics) {
    const first = diagnostics[0];
    return new errors/* ConfigError */.xL('E_CFG_PARSE', first?.message ?? `pack ${display}: invalid`, {
        source: 'config',
        context: { file: first?.file ?? display, line: first?.line, col: first?.col },
        diagnostics,
    });
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/types.ts
function severityRank(s) {
    return s === 'Error' ? 0 : s === 'Warn' ? 1 : 2;
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/engine.ts
// The lint pipeline: (1) full verify, streaming; (2) built-in rules on every event; (3) packs in
// `--pack` order, rules in file order, a canonical id seen twice running once; (4) `--max-results` cap
// (text/JSON only) after a stable sort by severity; (5) summary counts after truncation.






const BUILTIN_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/rules/';
const PACK_HELP_BASE = 'https://docs.getassay.dev/evidence/lint/packs/';
function sha(s) {
    return 'sha256:' + (0,external_node_crypto_.createHash)('sha256').update(s, 'utf8').digest('hex');
}
function locKey(loc) {
    return loc === null ? 'global' : `${loc.seq}:${loc.line}`;
}
/** Built-in fingerprint: sha256 of `<rule_id>:<seq>:<line>` or `<rule_id>:global`. */
function builtinFingerprint(ruleId, loc) {
    return sha(`${ruleId}:${locKey(loc)}`);
}
/** Pack fingerprint: sha256 of `<canonical>:<loc_key>:<pack_digest>`. */
function packFingerprint(canonical, loc, packDigest) {
    return sha(`${canonical}:${locKey(loc)}:${packDigest}`);
}
const SEVERITY = { error: 'Error', warning: 'Warn', info: 'Info' };
function packTags(pack, rule) {
    const tags = [pack.name, `pack:${pack.name}`, `pack_version:${pack.version}`, `short_id:${rule.id}`];
    if (rule.article_ref !== null)
        tags.push(`article_ref:${rule.article_ref}`);
    return tags;
}
function packHelpUri(pack, rule) {
    return pack.source_url ?? `${PACK_HELP_BASE}${pack.name}#${encodeURIComponent(rule.id)}`;
}
/** Verify a bundle held in memory and lint it. Throws BundleError when it does not verify (no rule runs). */
async function lintBundleBytes(bytes, opts) {
    const builtin = new BuiltinRunner();
    const active = [];
    const skipped = [];
    // Pack rules in `--pack` order, rules in file order: a runner, or a finding decided before running.
    const plan = [];
    const seen = new Set();
    for (const pack of opts.packs) {
        for (const rule of pack.rules) {
            if (seen.has(rule.canonical))
                continue;
            seen.add(rule.canonical);
            if (rule.check.type === 'unsupported' || (rule.engine_min_version !== null && compareEngine(rule.engine_min_version, ENGINE_VERSION) > 0)) {
                const need = rule.engine_min_version ?? ENGINE_VERSION;
                if (pack.kind === 'compliance') {
                    plan.push(packFinding(pack, rule, `Cannot execute rule: requires engine ${need}`, null, SEVERITY[rule.severity]));
                }
                else
                    skipped.push({ rule_id: rule.canonical, reason: `requires engine ${need} (this engine: ${ENGINE_VERSION})` });
                continue;
            }
            const a = { pack, rule, runner: checkRunner(rule.check), scope: rule.event_types === null ? null : new Set(rule.event_types) };
            active.push(a);
            plan.push(a);
        }
    }
    const verified = await (0,verify/* verifyBundleBytes */.P)(bytes, {
        limits: opts.limits,
        bundleLabel: opts.bundleLabel,
        onEvent: (ev, info) => {
            const loc = { seq: info.seq, line: info.line, event_type: ev.type };
            builtin.visit(ev, loc);
            for (const a of active)
                if (a.scope === null || a.scope.has(ev.type))
                    a.runner.visit(ev, loc);
        },
    });
    const findings = [];
    const rules = new Map(BUILTIN_RULES.map((r) => [r.id, r]));
    for (const hit of builtin.finish()) {
        const r = rules.get(hit.rule);
        findings.push({
            rule_id: hit.rule,
            severity: r.severity,
            message: hit.message,
            location: hit.location,
            fingerprint: builtinFingerprint(hit.rule, hit.location),
            help_uri: BUILTIN_HELP_BASE + hit.rule,
            tags: [...r.tags],
        });
    }
    for (const item of plan) {
        if ('fingerprint' in item) {
            findings.push(item);
            continue;
        }
        const out = item.runner.finish(verified.manifest);
        if (out === null)
            continue;
        findings.push(packFinding(item.pack, item.rule, `${item.rule.description}: ${out.message}`, out.location, out.severity ?? SEVERITY[item.rule.severity]));
    }
    const cap = opts.maxResults ?? null;
    let kept = findings;
    let truncatedCount = 0;
    if (cap !== null && findings.length > cap) {
        kept = findings
            .map((f, i) => ({ f, i }))
            .sort((a, b) => severityRank(a.f.severity) - severityRank(b.f.severity) || a.i - b.i)
            .slice(0, cap)
            .map((x) => x.f);
        truncatedCount = findings.length - cap;
    }
    const count = (s) => kept.filter((f) => f.severity === s).length;
    const disclaimers = opts.packs.filter((p) => p.kind === 'compliance' && p.disclaimer !== null).map((p) => p.disclaimer.trimEnd());
    return {
        bundle_meta: verified.manifest,
        bundle_id: verified.bundle_id,
        event_count: verified.event_count,
        findings: kept,
        summary: { total: kept.length, errors: count('Error'), warnings: count('Warn'), infos: count('Info') },
        truncated: truncatedCount > 0,
        truncated_count: truncatedCount,
        applied_cap: cap,
        skipped_rules: skipped,
        disclaimer: disclaimers.length > 0 ? disclaimers.join('\n\n---\n\n') : null,
        packs: opts.packs.map((p) => ({
            name: p.name,
            version: p.version,
            digest: p.digest,
            source_url: p.source_url,
            kind: p.kind,
            builtin: p.origin.builtin,
            file: p.origin.builtin ? null : p.origin.file,
        })),
        warnings: [],
    };
}
function packFinding(pack, rule, message, location, severity) {
    return {
        rule_id: rule.canonical,
        severity,
        message,
        location,
        fingerprint: packFingerprint(rule.canonical, location, pack.digest),
        help_uri: packHelpUri(pack, rule),
        tags: packTags(pack, rule),
        ...(rule.article_ref !== null ? { article_ref: rule.article_ref } : {}),
        pack: {
            name: pack.name,
            version: pack.version,
            digest: pack.digest,
            kind: pack.kind,
            file: pack.origin.builtin ? null : pack.origin.file,
            rule_line: rule.line,
            short_id: rule.id,
        },
    };
}
/** `--fail-on`: does any finding gate? (`error` → Error; `warning` → Error/Warn; `note` → any; `none` → never). */
function lintGates(findings, failOn) {
    if (failOn === 'none')
        return false;
    const limit = failOn === 'error' ? 0 : failOn === 'warning' ? 1 : 2;
    return findings.some((f) => severityRank(f.severity) <= limit);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/core/evidence/packs/cicd-starter.ts
// Built-in pack `cicd-starter`: same ids, severities, checks and version as the reference pack;
// the prose is ours. Shipped as a TS module so the bundled CLI and action never read files next to the code.
const CICD_STARTER_YAML = `name: cicd-starter
version: "1.0.0"
kind: quality
description: Minimal traceability a CI pipeline's evidence should carry
author: Assay
license: MIT
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: CICD-001
    severity: error
    description: The bundle records at least one event
    help_markdown: |
      An evidence bundle without events proves nothing about the run.

      **Fix:** export evidence after the run (\`assay evidence export\`) and check that the producer emitted events.
    check:
      type: event_count
      min: 1
  - id: CICD-002
    severity: warning
    description: The bundle has a profile lifecycle (assay.profile.started and assay.profile.finished)
    help_markdown: |
      Start and finish events mark the boundaries of the recorded run, so a reviewer can tell a complete
      record from a cut-off one.

      **Fix:** export with \`assay evidence export\`, which always writes both.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: CICD-003
    severity: warning
    description: Some event carries a correlation id (run id or W3C trace context)
    help_markdown: |
      A run id or \`traceparent\` links the evidence to logs and traces of the same run.

      **Fix:** propagate \`traceparent\` into the events, or set a run id.
    check:
      type: event_field_present
      paths_any_of:
        - /assayrunid
        - /run_id
        - /traceparent
        - /tracestate
        - /data/run_id
        - /data/traceparent
        - /data/tracestate
  - id: CICD-004
    severity: info
    description: Some event names the build (build_id or version in its data)
    help_markdown: |
      A build identity ties the evidence to the artifact that was tested.

      **Fix:** add \`build_id\` or \`version\` to the data of an event.
    check:
      type: event_field_present
      paths_any_of:
        - /data/build_id
        - /data/version
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/eu-ai-act-baseline.ts
// Built-in pack `eu-ai-act-baseline`: same ids, severities, checks and version as the reference
// pack (including the two pointers that never match a wire event, kept for id/digest parity); the prose is ours.
const EU_AI_ACT_BASELINE_YAML = `name: eu-ai-act-baseline
version: "1.0.0"
kind: compliance
description: Technical record-keeping checks mapped to Article 12 of the EU AI Act (Regulation (EU) 2024/1689)
author: Assay
license: MIT
source_url: https://eur-lex.europa.eu/eli/reg/2024/1689/oj
disclaimer: |
  These are technical checks on recorded evidence, mapped to the record-keeping duties of Article 12 of
  Regulation (EU) 2024/1689. Passing them is not legal compliance and is no substitute for the risk
  management, conformity assessment and monitoring the regulation requires. Ask qualified counsel.
requires:
  assay_min_version: ">=0.1.0"
  evidence_schema_version: "1.0"
rules:
  - id: EU12-001
    severity: error
    description: Events are recorded automatically (the bundle holds at least one event)
    article_ref: "12(1)"
    help_markdown: |
      Article 12(1) asks that high-risk systems technically allow automatic recording of events.
      This check only confirms that the bundle holds at least one recorded event.
    check:
      type: event_count
      min: 1
  - id: EU12-002
    severity: error
    description: Operation can be monitored (some *.started and some *.finished event)
    article_ref: "12(2)(c)"
    help_markdown: |
      Article 12(2)(c) concerns monitoring the system's operation. This check looks for lifecycle events:
      at least one type matching \`*.started\` and one matching \`*.finished\`.
    check:
      type: event_pairs
      start_pattern: "*.started"
      finish_pattern: "*.finished"
  - id: EU12-003
    severity: warning
    description: Events carry identifiers that support post-market monitoring (run, trace or build)
    article_ref: "12(2)(b)"
    help_markdown: |
      Article 12(2)(b) concerns post-market monitoring. This check looks for a run id, trace context or build
      identity in some event.
    check:
      type: event_field_present
      paths_any_of:
        - /run_id
        - /traceparent
        - /trace_state
        - /data/run_id
        - /data/traceparent
        - /data/build_id
        - /data/version
  - id: EU12-004
    severity: warning
    description: Events carry fields that help identify risk situations (decisions, denials, violations)
    article_ref: "12(2)(a)"
    help_markdown: |
      Article 12(2)(a) concerns recording events relevant to situations where the system may present a risk.
      This check looks for decision, denial, violation or risk fields in event data.
    check:
      type: event_field_present
      paths_any_of:
        - /data/policy_decision
        - /data/denied
        - /data/policy_hash
        - /data/config_hash
        - /data/violation
        - /data/risk_level
        - /data/anomaly_detected
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/soc2-baseline.ts
// Built-in pack `soc2-baseline`: same ids, severities, checks and version as the reference pack;
// the prose is ours.
const SOC2_BASELINE_YAML = `name: soc2-baseline
version: "1.0.0"
kind: compliance
description: Evidence invariants mapped to SOC 2 Common Criteria (Security)
author: Assay
license: MIT
disclaimer: |
  These checks look for the presence of evidence that supports SOC 2 Common Criteria controls. They do not
  test whether the controls are effective, and passing them is not a SOC 2 report or attestation.
requires:
  assay_min_version: ">=0.1.0"
rules:
  - id: invariant.accountability
    severity: warning
    description: "CC6.1: the run identifies the system under test (assay.profile.started)"
    article_ref: "CC6.1"
    help_markdown: |
      A profile start event records which system ran and in what context.
    check:
      type: event_type_exists
      pattern: "assay.profile.started"
  - id: invariant.change_lifecycle
    severity: warning
    description: "CC7.2: the recorded run completed (started and finished events)"
    article_ref: "CC7.2"
    help_markdown: |
      A start and a finish event show the recorded change ran to completion.
    check:
      type: event_pairs
      start_pattern: "assay.profile.started"
      finish_pattern: "assay.profile.finished"
  - id: invariant.decision_record
    severity: error
    description: "CC8.1: an automated policy decision was recorded (assay.tool.decision)"
    article_ref: "CC8.1"
    help_markdown: |
      A tool decision event shows that an automated gate evaluated the agent's actions and recorded the outcome.
    check:
      type: event_type_exists
      pattern: "assay.tool.decision"
`;

;// CONCATENATED MODULE: ./src/core/evidence/packs/index.ts
// The built-in lint packs, by name.



const BUILTIN_PACKS = Object.freeze({
    'cicd-starter': CICD_STARTER_YAML,
    'eu-ai-act-baseline': EU_AI_ACT_BASELINE_YAML,
    'soc2-baseline': SOC2_BASELINE_YAML,
});
const DEFAULT_PACK = 'cicd-starter';

// EXTERNAL MODULE: ./src/core/util/read-text.ts
var read_text = __webpack_require__(2712);
;// CONCATENATED MODULE: ./src/core/evidence/lint/load.ts
// Resolving `--pack REF`: an existing path (a file, or a directory holding pack.yaml), else a
// built-in name, else `<config dir>/<name>.yaml` or `<config dir>/<name>/pack.yaml` (staying inside it).






const MAX_PACK_BYTES = 1 << 20;
function notFound(ref, message) {
    return new errors/* ConfigError */.xL('E_CFG_PARSE', message, {
        source: 'config',
        context: { file: ref },
        diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message, file: ref, source: 'config' }],
    });
}
function readPackFile(abs, display) {
    let text;
    try {
        if ((0,external_node_fs_.statSync)(abs).size > MAX_PACK_BYTES)
            throw notFound(display, `pack ${display}: larger than ${MAX_PACK_BYTES} bytes`);
        text = (0,read_text/* readTextStrict */.hr)(abs, display, 'E_CFG_PARSE');
    }
    catch (e) {
        if (e instanceof errors/* ConfigError */.xL)
            throw e;
        throw notFound(display, `pack ${display}: cannot read (${e.code ?? 'error'})`);
    }
    return parsePack(text, display, { builtin: false, file: display });
}
function inside(root, p) {
    const rel = (0,external_node_path_.relative)(root, p);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}
function editDistance(a, b) {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++)
        d[0][j] = j;
    for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
            d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
    }
    return d[a.length][b.length];
}
function suggestPack(ref, names) {
    const prefix = names.filter((n) => n.startsWith(ref) || ref.startsWith(n));
    if (prefix.length > 0)
        return prefix[0];
    let best;
    let bestD = 4;
    for (const n of names) {
        const dd = editDistance(ref, n);
        if (dd < bestD) {
            best = n;
            bestD = dd;
        }
    }
    return best;
}
function loadPack(ref, opts) {
    const display = opts.display ?? ((p) => p);
    const abs = (0,external_node_path_.resolve)(opts.cwd, ref);
    if (ref !== '' && (0,external_node_fs_.existsSync)(abs)) {
        const st = (0,external_node_fs_.statSync)(abs);
        if (st.isDirectory()) {
            const file = (0,external_node_path_.join)(abs, 'pack.yaml');
            if (!(0,external_node_fs_.existsSync)(file))
                throw notFound(display(abs), `pack ${display(abs)}: directory has no pack.yaml`);
            return readPackFile(file, display(file));
        }
        return readPackFile(abs, display(abs));
    }
    const builtin = BUILTIN_PACKS[ref];
    if (builtin !== undefined)
        return parsePack(builtin, ref, { builtin: true });
    if (opts.configDir !== undefined && /^[a-z0-9][a-z0-9-]*$/.test(ref)) {
        let root;
        try {
            root = (0,external_node_fs_.realpathSync)(opts.configDir);
        }
        catch {
            root = undefined;
        }
        if (root !== undefined) {
            for (const candidate of [(0,external_node_path_.join)(root, `${ref}.yaml`), (0,external_node_path_.join)(root, ref, 'pack.yaml')]) {
                if (!(0,external_node_fs_.existsSync)(candidate))
                    continue;
                const real = (0,external_node_fs_.realpathSync)(candidate);
                if (!inside(root, real))
                    throw notFound(ref, `pack ${ref}: ${candidate} resolves outside the pack directory`);
                return readPackFile(real, display(real));
            }
        }
    }
    const hint = suggestPack(ref, Object.keys(BUILTIN_PACKS));
    throw notFound(ref, `pack not found: ${JSON.stringify(ref)}${hint ? ` (did you mean ${hint}?)` : ''}`);
}
/**
 * Load `--pack` refs in order. Two packs defining the same canonical rule id: an error if either is a
 * compliance pack, else a warning (the first wins when the rules run).
 */
function loadPacks(refs, opts) {
    const packs = [];
    const warnings = [];
    const owner = new Map();
    for (const ref of refs) {
        const p = loadPack(ref, opts);
        for (const r of p.rules) {
            const first = owner.get(r.canonical);
            if (first === undefined) {
                owner.set(r.canonical, p);
                continue;
            }
            if (first === p)
                continue;
            const msg = `rule ${r.canonical} is defined by two packs`;
            if (first.kind === 'compliance' || p.kind === 'compliance')
                throw notFound(ref, `pack ${ref}: ${msg} (compliance packs may not overlap)`);
            warnings.push(`${msg}; the first one runs`);
        }
        packs.push(p);
    }
    return { packs, warnings };
}

// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/report/sarif.ts + 1 modules
var report_sarif = __webpack_require__(3718);
// EXTERNAL MODULE: ./src/core/report/finding.ts + 1 modules
var finding = __webpack_require__(6825);
;// CONCATENATED MODULE: ./src/core/evidence/lint/report.ts
// Lint report formats: text (stderr), JSON (reference shape), SARIF 2.1.0 (driver
// `assay-evidence-lint`), and the mapping of lint findings into the shared Finding model the action uses.



// Lint text is ours or a pack's prose (configuration, not untrusted trace content): controls are stripped,
// but secret redaction would mangle canonical ids such as `pack@1.0.0:ID` (they look like e-mail addresses).
const safeText = (s) => (0,safe_text/* stripControls */.$Y)(s);
const safeBounded = (s) => (0,safe_text/* boundText */.O6)((0,safe_text/* stripControls */.$Y)(s));




const LINT_DRIVER = 'assay-evidence-lint';
const LINT_INFORMATION_URI = 'https://docs.getassay.dev/evidence/lint';
const LINT_FINGERPRINT_KEY = 'assayLintFingerprint/v1';
const TEXT_LEVEL = { Error: 'error', Warn: 'warn', Info: 'info' };
const SARIF_LEVEL = { Error: 'error', Warn: 'warning', Info: 'note' };
/** The human report (stderr). */
function lintText(r, opts) {
    const out = ['Assay Evidence Lint', '==================='];
    out.push(`Bundle: ${r.bundle_id} (events: ${r.event_count}, verified: true)`);
    out.push(`Packs: ${r.packs.map((p) => `${p.name}@${p.version}${opts.defaultPack ? ' (default)' : ''}`).join(', ')}`);
    if (r.disclaimer !== null) {
        out.push('', 'Disclaimer:');
        for (const l of safeText(r.disclaimer).split('\n'))
            out.push(`  ${l}`.trimEnd());
    }
    if (r.truncated)
        out.push('', `Showing ${r.findings.length} of ${r.findings.length + r.truncated_count} findings (--max-results ${r.applied_cap}); ${r.truncated_count} omitted.`);
    for (const s of r.skipped_rules)
        out.push(`skipped: ${s.rule_id} (${s.reason})`);
    out.push('');
    for (const f of r.findings) {
        const where = f.location === null ? 'global' : `seq:${f.location.seq} line:${f.location.line}`;
        const ref = f.article_ref !== undefined ? ` [${safeText(f.article_ref)}]` : '';
        out.push(`[${TEXT_LEVEL[f.severity]}] ${f.rule_id} (${where}) ${safeText(f.message)}${ref}`);
        out.push(`  Hint: run \`assay evidence lint --explain ${f.rule_id}\``);
    }
    const s = r.summary;
    out.push(s.total === 0 ? 'No findings.' : `Summary: ${s.total} total (${s.errors} errors, ${s.warnings} warnings, ${s.infos} info)`);
    return out.join('\n') + '\n';
}
/** The JSON report (reference shape plus `schema`), pretty-printed by the caller. */
function lintJson(r, toolVersion) {
    return {
        schema: 'assay.evidence.lint.v1',
        schema_version: 1,
        tool_version: toolVersion,
        bundle_meta: r.bundle_meta,
        verified: true,
        findings: r.findings.map((f) => ({
            rule_id: f.rule_id,
            severity: f.severity,
            message: f.message,
            location: f.location,
            fingerprint: f.fingerprint,
            help_uri: f.help_uri,
            tags: f.tags,
        })),
        summary: r.summary,
        truncated: r.truncated,
        truncated_count: r.truncated_count,
        applied_cap: r.applied_cap,
        skipped_rules: r.skipped_rules,
        ...(r.disclaimer !== null ? { disclaimer: r.disclaimer } : {}),
    };
}
function insideWorkspace(p) {
    return !(0,external_node_path_.isAbsolute)(p) && !p.startsWith('..');
}
/** Where a finding points in SARIF: the bundle, or (global, from a workspace pack file) the rule's `id:` line. */
function sarifLocation(f, bundlePath) {
    if (f.location === null && f.pack?.file != null && insideWorkspace(f.pack.file))
        return { uri: f.pack.file, line: f.pack.rule_line };
    return { uri: bundlePath, line: 1 };
}
/** `primaryLocationLineHash`: hex sha256 of `<rule_id>:<uri>:<line>:<pack digest or empty>`. */
function primaryLocationLineHash(f, bundlePath) {
    const uri = f.location !== null ? 'events.ndjson' : bundlePath;
    const line = f.location !== null ? f.location.line : 1;
    return (0,external_node_crypto_.createHash)('sha256').update(`${f.rule_id}:${uri}:${line}:${f.pack?.digest ?? ''}`, 'utf8').digest('hex');
}
/**
 * A lint finding as a shared FindingDraft (the action puts these in its `evidence` SARIF run, the summary and the
 * findings baseline). Fingerprint inputs: subject = bundle path, detail = the lint fingerprint.
 */
function lintFindingDraft(f, bundlePath) {
    const loc = sarifLocation(f, bundlePath);
    return {
        rule_id: f.rule_id,
        level: SARIF_LEVEL[f.severity],
        source: 'policy',
        message: f.message,
        location: { uri: loc.uri, line: loc.line, col: 1 },
        subject: bundlePath,
        detail: f.fingerprint,
    };
}
/** SARIF extras for one lint finding: lint fingerprints, `seq:<n>` logical location, properties. */
function lintSarifExtras(f, bundlePath, bundleId) {
    return {
        partialFingerprints: { [LINT_FINGERPRINT_KEY]: f.fingerprint, primaryLocationLineHash: primaryLocationLineHash(f, bundlePath) },
        ...(f.location !== null ? { logicalLocations: [{ name: `seq:${f.location.seq}`, kind: 'event' }] } : {}),
        properties: f.location !== null
            ? { bundle_path: bundlePath, bundle_id: bundleId, member: 'events.ndjson', seq: f.location.seq, line: f.location.line, event_type: safeBounded(f.location.event_type) }
            : { bundle_path: bundlePath, bundle_id: bundleId },
    };
}
const PACK_SECURITY = { error: '7.5', warning: '5.0', info: '2.0' };
const PACK_SEVERITY = { error: 'Error', warning: 'Warn', info: 'Info' };
function pascal(s) {
    const name = s
        .split(/[^A-Za-z0-9]+/)
        .filter((w) => w !== '')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('');
    return name === '' ? 'Rule' : name;
}
/** Every lint rule known from the built-ins and the given packs, by canonical id. */
function lintRuleCatalog(packs) {
    const m = new Map();
    for (const r of BUILTIN_RULES) {
        m.set(r.id, {
            id: r.id,
            name: r.name,
            short: r.short,
            full: r.full,
            helpText: r.help.replace(/`/g, ''),
            helpMarkdown: r.help,
            helpUri: BUILTIN_HELP_BASE + r.id,
            severity: r.severity,
            securitySeverity: r.securitySeverity,
            tags: r.tags,
            article_ref: null,
            pack: null,
        });
    }
    for (const p of packs) {
        for (const r of p.rules) {
            if (m.has(r.canonical))
                continue;
            const help = r.help_markdown ?? r.description;
            m.set(r.canonical, {
                id: r.canonical,
                name: pascal(`${p.name} ${r.id}`),
                short: r.description,
                full: `${r.description} (pack ${p.name}@${p.version}${r.article_ref !== null ? `, ${r.article_ref}` : ''})`,
                helpText: help,
                helpMarkdown: help,
                helpUri: packHelpUri(p, r),
                severity: PACK_SEVERITY[r.severity],
                securitySeverity: PACK_SECURITY[r.severity],
                tags: packTags(p, r),
                article_ref: r.article_ref,
                pack: { name: p.name, version: p.version },
            });
        }
    }
    return m;
}
/** SARIF 2.1.0 for `evidence lint --format sarif`, truncated only at GitHub's limits by buildSarif. */
function lintSarif(input) {
    const { report, bundlePath } = input;
    // One finding per lint finding; decorate() gets the same objects back, so identity pairs them.
    const pairs = new Map();
    for (const lf of report.findings)
        pairs.set((0,finding/* finalizeFindings */.jj)([lintFindingDraft(lf, bundlePath)])[0], lf);
    const byFingerprint = new Map(report.findings.map((f) => [f.fingerprint, f]));
    const sarif = (0,report_sarif/* buildSarif */.Ep)({
        version: input.version,
        informationUri: LINT_INFORMATION_URI,
        runs: [
            {
                category: input.category,
                kind: 'evidence',
                findings: [...pairs.keys()],
                exitCode: input.exitCode,
                driverName: LINT_DRIVER,
                decorate: (f) => {
                    const lf = pairs.get(f);
                    return lf === undefined ? undefined : lintSarifExtras(lf, bundlePath, report.bundle_id);
                },
            },
        ],
    });
    // The shared writer knows the gate's rule catalog; lint rules, messages and the run id are ours.
    const doc = JSON.parse(sarif.text);
    const run = doc.runs[0];
    const catalog = lintRuleCatalog(input.packs);
    const results = run.results ?? [];
    const ids = [...new Set(results.map((r) => r.ruleId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const driver = run.tool.driver;
    driver.rules = ids.map((id) => sarifRule(catalog.get(id), id));
    driver.properties = { assayPacks: input.report.packs.map((p) => ({ name: p.name, version: p.version, digest: p.digest, source_url: p.source_url })) };
    for (const r of results) {
        r.ruleIndex = ids.indexOf(r.ruleId);
        const fp = r.partialFingerprints[LINT_FINGERPRINT_KEY];
        const lf = fp !== undefined ? byFingerprint.get(fp) : undefined;
        if (lf !== undefined)
            r.message.text = safeBounded(lf.message);
    }
    // Order: level, rule id, bundle path, then the event line (the physical line is always 1).
    const rank = { error: 0, warning: 1, note: 2 };
    const evLine = (r) => (r.properties?.line ?? 0);
    const uriOf = (r) => (r.locations[0]?.physicalLocation.artifactLocation.uri ?? '');
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    results.sort((a, b) => rank[a.level] - rank[b.level] ||
        cmp(a.ruleId, b.ruleId) ||
        cmp(uriOf(a), uriOf(b)) ||
        evLine(a) - evLine(b));
    run.automationDetails = { id: `${input.category}/` };
    return { text: JSON.stringify(doc, null, 2) + '\n', omitted: sarif.omitted };
}
function sarifRule(info, id) {
    const i = info ?? {
        id,
        name: pascal(id),
        short: `Evidence lint rule ${id}`,
        full: `Evidence lint rule ${id}.`,
        helpText: `Run assay evidence lint --explain ${id}`,
        helpMarkdown: `Run \`assay evidence lint --explain ${id}\``,
        helpUri: LINT_INFORMATION_URI,
        severity: 'Warn',
        securitySeverity: '5.0',
        tags: [],
        article_ref: null,
        pack: null,
    };
    return {
        id: i.id,
        name: i.name,
        shortDescription: { text: safeBounded(i.short).slice(0, 1024) },
        fullDescription: { text: safeText(i.full) },
        help: { text: safeText(i.helpText), markdown: safeText(i.helpMarkdown) },
        helpUri: i.helpUri,
        defaultConfiguration: { level: SARIF_LEVEL[i.severity] },
        properties: { tags: i.tags.slice(0, 10), 'security-severity': i.securitySeverity },
    };
}
/** Lint rule metadata as SARIF rule metadata, for SARIF runs built by the shared writer (the action). */
function lintRuleMetaLookup(packs) {
    const catalog = lintRuleCatalog(packs);
    return (ruleId) => {
        const r = catalog.get(ruleId);
        if (!r)
            return undefined;
        return {
            id: r.id,
            name: r.name,
            shortDescription: r.short,
            fullDescription: r.full,
            helpText: r.helpText,
            helpMarkdown: r.helpMarkdown,
            level: SARIF_LEVEL[r.severity],
            securitySeverity: r.securitySeverity,
            tags: r.tags,
        };
    };
}

;// CONCATENATED MODULE: ./src/core/evidence/lint/explain.ts

function explainRule(id, packs) {
    const catalog = lintRuleCatalog(packs);
    let info = catalog.get(id);
    if (info === undefined) {
        const matches = [...catalog.values()].filter((r) => r.pack !== null && r.id.endsWith(`:${id}`));
        if (matches.length > 1) {
            return { ok: false, message: `ambiguous rule id ${JSON.stringify(id)}; use one of:\n${matches.map((m) => `  ${m.id}`).join('\n')}` };
        }
        info = matches[0];
    }
    if (info === undefined)
        return { ok: false, message: `unknown rule id ${JSON.stringify(id)}` };
    const lines = [info.id, `Pack: ${info.pack ? `${info.pack.name}@${info.pack.version}` : '(built-in)'}`, `Severity: ${info.severity}`, info.short];
    if (info.article_ref !== null)
        lines.push(`Reference: ${info.article_ref}`);
    lines.push('---', info.helpMarkdown.trimEnd());
    return { ok: true, text: lines.join('\n') + '\n' };
}

// EXTERNAL MODULE: ./cli/output.ts
var output = __webpack_require__(5338);
// EXTERNAL MODULE: ./cli/options.ts + 1 modules
var options = __webpack_require__(7810);
// EXTERNAL MODULE: ./cli/paths.ts
var paths = __webpack_require__(639);
// EXTERNAL MODULE: ./src/core/util/paths.ts
var util_paths = __webpack_require__(3480);
// EXTERNAL MODULE: ./cli/evidence/common.ts
var common = __webpack_require__(6556);
;// CONCATENATED MODULE: ./cli/evidence/lint.ts
















function registerLint(parent) {
    parent
        .command('lint')
        .description('Lint a verified evidence bundle with the built-in rules and packs')
        .argument('[BUNDLE]', 'bundle .tar.gz, or - for stdin')
        .option('-f, --format <format>', 'text | json | sarif', 'text')
        .option('--fail-on <level>', 'error | warn | info | none', 'error')
        .option('--pack <packs>', `comma-separated packs: built-in names (${Object.keys(BUILTIN_PACKS).join(', ')}) or pack files`)
        .option('--explain <rule>', 'explain a rule (no bundle needed)')
        .option('--max-results <n>', 'cap on findings shown (text and JSON)', '500')
        .option('-o, --output <file>', 'write the JSON/SARIF document here instead of stdout')
        .option('--category <name>', 'SARIF category', 'assay-evidence/lint')
        .option('--limits <file>', 'JSON object overriding reader limits')
        .exitOverride()
        .action(async (bundle, flags) => {
        process.exitCode = await runLint(bundle, flags);
    });
}
function packConfigDir() {
    const xdg = process.env.XDG_CONFIG_HOME;
    return (0,external_node_path_.join)(xdg !== undefined && xdg !== '' ? xdg : (0,external_node_path_.join)((0,external_node_os_.homedir)(), '.config'), 'assay', 'packs');
}
function packRefs(flag) {
    if (flag === undefined)
        return { refs: [DEFAULT_PACK], isDefault: true };
    const refs = flag.split(',').map((s) => s.trim()).filter((s) => s !== '');
    if (refs.length === 0)
        throw (0,common/* usage */.CI)('--pack needs at least one pack');
    return { refs, isDefault: false };
}
async function runLint(bundle, flags) {
    let json = flags.format === 'json';
    try {
        const format = (0,options/* parseFormat */.Xc)(flags.format, ['text', 'json', 'sarif']);
        json = format === 'json';
        const failOn = (0,options/* parseFailOn */.XV)(flags.failOn);
        if (!/^[0-9]+$/.test(flags.maxResults) || Number(flags.maxResults) < 1)
            throw (0,common/* usage */.CI)(`invalid --max-results "${flags.maxResults}" (a positive integer)`);
        const maxResults = Number(flags.maxResults);
        const { refs, isDefault } = packRefs(flags.pack);
        const resolveOpts = { cwd: process.cwd(), configDir: packConfigDir(), display: (abs) => (0,util_paths/* displayPath */.Gt)(abs, (0,paths/* checkoutRoot */.R)(), process.cwd()) };
        if (flags.explain !== undefined) {
            // Built-in packs are always searchable; --pack adds files.
            const all = loadPacks([...new Set([...Object.keys(BUILTIN_PACKS), ...(flags.pack !== undefined ? refs : [])])], resolveOpts).packs;
            const r = explainRule(flags.explain, all);
            if (!r.ok) {
                (0,output/* err */._q)(`error: ${r.message}`);
                return 1;
            }
            process.stdout.write(r.text);
            return 0;
        }
        if (bundle === undefined)
            throw (0,common/* usage */.CI)('missing BUNDLE (or use --explain RULE_ID)');
        const limits = (0,common/* loadLimits */.nj)(flags.limits);
        const { packs, warnings } = loadPacks(refs, resolveOpts);
        for (const w of warnings)
            (0,output/* err */._q)(`warning: ${w}`);
        const display = bundle === '-' ? '-' : (0,paths/* fileRef */.M)(bundle).display;
        let report;
        try {
            const bytes = bundle === '-' ? await (0,source/* readBundleStream */.Bo)(process.stdin, limits.max_bundle_bytes, '-') : (0,source/* readBundleFile */.zi)((0,paths/* fileRef */.M)(bundle).path, limits.max_bundle_bytes, display);
            report = await lintBundleBytes(bytes, { packs, limits, maxResults: format === 'sarif' ? null : maxResults, bundleLabel: display });
        }
        catch (e) {
            if (!(e instanceof verify_error/* BundleError */.rJ))
                throw e;
            (0,common/* printVerifyFailure */.XJ)(e, display, 'Verification failed: bundle verification failed');
            if (json)
                (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ schema: 'assay.error.v1', schema_version: 1, ...(0,common/* verifyFailureJson */.yG)(e), diagnostics: [] }), flags.output);
            return 2;
        }
        const exit = lintGates(report.findings, failOn) ? 1 : 0;
        if (format === 'text') {
            (0,output/* err */._q)(lintText(report, { defaultPack: isDefault }).trimEnd());
        }
        else if (format === 'json') {
            (0,output/* emitArtefact */.g9)((0,output/* jsonText */.s$)({ ...lintJson(report, version/* VERSION */.x), exit_code: exit, reason_code_version: reason_codes/* REASON_CODE_VERSION */.Mv, reason_code: exit ? 'E_POLICY_VIOLATION' : '' }), flags.output);
            (0,output/* err */._q)(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
        }
        else {
            const s = lintSarif({ report, packs, bundlePath: display, version: version/* VERSION */.x, category: flags.category, exitCode: exit });
            (0,output/* emitArtefact */.g9)(s.text, flags.output);
            if (s.omitted)
                (0,output/* err */._q)(`warning W_SARIF_TRUNCATED: ${s.omitted} results omitted to fit GitHub code scanning limits`);
            (0,output/* err */._q)(`Lint: ${report.summary.total} findings (${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.infos} info)`);
        }
        return exit;
    }
    catch (e) {
        return (0,output/* reportError */.N7)(e, { json });
    }
}


/***/ }),

/***/ 7810:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XV: () => (/* binding */ parseFailOn),
  Xc: () => (/* binding */ parseFormat),
  AC: () => (/* binding */ reproducibleMode)
});

// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __webpack_require__(4296);
;// CONCATENATED MODULE: ./src/core/outcome/fail-on.ts
const FAIL_ON_VALUES = ['error', 'warn', 'warning', 'info', 'note', 'none'];
/** The level a value stands for (`warn` = `warning`, `info` = `note`), or null when it is not one. */
function parseFailOnValue(value) {
    switch (value) {
        case 'error':
            return 'error';
        case 'warn':
        case 'warning':
            return 'warning';
        case 'info':
        case 'note':
            return 'note';
        case 'none':
            return 'none';
        default:
            return null;
    }
}

;// CONCATENATED MODULE: ./cli/options.ts
// Shared option parsing: values outside the allowed set are usage errors (exit 2 E_INVALID_ARGS).


function parseFormat(value, allowed) {
    if (allowed.includes(value))
        return value;
    throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --format "${value}" (allowed: ${allowed.join(', ')})`, { source: 'cli' });
}
/** `--fail-on error|warn|warning|info|note|none`; anything else is a usage error. */
function parseFailOn(value) {
    const level = parseFailOnValue(value);
    if (level === null) {
        throw new errors/* UsageError */.eb('E_INVALID_ARGS', `invalid --fail-on "${value}" (allowed: ${FAIL_ON_VALUES.join(', ')})`, { source: 'cli' });
    }
    return level;
}
function reproducibleMode(flag) {
    return flag === true || /^\d+$/.test(process.env.SOURCE_DATE_EPOCH ?? '');
}


/***/ }),

/***/ 8694:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mb: () => (/* binding */ getPointer),
/* harmony export */   Zm: () => (/* binding */ jsonEqual),
/* harmony export */   eu: () => (/* binding */ globMatch)
/* harmony export */ });
// Small matching helpers for lint checks: JSON pointers over the wire form of an event, and globs
// (`*`, `?`, `[…]`) matched without regular expressions so a hostile event type cannot cause backtracking.
/** Resolve an RFC 6901 pointer; `found` false when any step is missing. */
function getPointer(root, pointer) {
    if (pointer === '' || pointer === '/')
        return pointer === '' ? { found: true, value: root } : step(root, '');
    let cur = root;
    for (const raw of pointer.slice(1).split('/')) {
        const r = step(cur, raw.replace(/~1/g, '/').replace(/~0/g, '~'));
        if (!r.found)
            return r;
        cur = r.value;
    }
    return { found: true, value: cur };
}
function step(cur, key) {
    if (Array.isArray(cur)) {
        if (!/^(0|[1-9][0-9]*)$/.test(key))
            return { found: false };
        const i = Number(key);
        return i < cur.length ? { found: true, value: cur[i] } : { found: false };
    }
    if (cur !== null && typeof cur === 'object' && Object.prototype.hasOwnProperty.call(cur, key)) {
        return { found: true, value: cur[key] };
    }
    return { found: false };
}
function compileGlob(glob) {
    const out = [];
    const chars = [...glob];
    for (let i = 0; i < chars.length; i++) {
        const c = chars[i];
        if (c === '*') {
            if (out[out.length - 1]?.kind !== 'star')
                out.push({ kind: 'star' });
        }
        else if (c === '?')
            out.push({ kind: 'any' });
        else if (c === '[') {
            let j = i + 1;
            let negate = false;
            if (chars[j] === '!' || chars[j] === '^') {
                negate = true;
                j++;
            }
            const items = [];
            let first = true;
            while (j < chars.length && (chars[j] !== ']' || first)) {
                const a = chars[j];
                if (chars[j + 1] === '-' && j + 2 < chars.length && chars[j + 2] !== ']') {
                    items.push([a, chars[j + 2]]);
                    j += 3;
                }
                else {
                    items.push([a, a]);
                    j++;
                }
                first = false;
            }
            if (j >= chars.length)
                out.push({ kind: 'lit', c: '[' }); // unterminated: a literal bracket
            else {
                out.push({ kind: 'class', negate, items });
                i = j;
            }
        }
        else
            out.push({ kind: 'lit', c });
    }
    return out;
}
function tokenMatches(t, ch) {
    switch (t.kind) {
        case 'lit':
            return t.c === ch;
        case 'any':
            return true;
        case 'class': {
            const inside = t.items.some(([a, b]) => ch >= a && ch <= b);
            return inside !== t.negate;
        }
        default:
            return false;
    }
}
const cache = new Map();
/** Whole-string glob match (`*` and `?` also match `.`), O(pattern × text) worst case. */
function globMatch(glob, text) {
    let p = cache.get(glob);
    if (p === undefined) {
        p = compileGlob(glob);
        if (cache.size > 256)
            cache.clear();
        cache.set(glob, p);
    }
    const s = [...text];
    let pi = 0;
    let si = 0;
    let starP = -1;
    let starS = 0;
    while (si < s.length) {
        const t = p[pi];
        if (t !== undefined && t.kind !== 'star' && tokenMatches(t, s[si])) {
            pi++;
            si++;
        }
        else if (t !== undefined && t.kind === 'star') {
            starP = pi++;
            starS = si;
        }
        else if (starP >= 0) {
            pi = starP + 1;
            si = ++starS;
        }
        else
            return false;
    }
    while (p[pi]?.kind === 'star')
        pi++;
    return pi === p.length;
}
/** Structural JSON equality (value_equals, conditional clauses). */
function jsonEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object')
        return false;
    if (Array.isArray(a) !== Array.isArray(b))
        return false;
    if (Array.isArray(a)) {
        const bb = b;
        return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
    }
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return ka.length === kb.length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual(a[k], b[k]));
}


/***/ }),

/***/ 6825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* binding */ FINGERPRINT_KEY),
  Bg: () => (/* binding */ MAX_RELATED),
  TY: () => (/* binding */ bareFingerprint),
  Eg: () => (/* binding */ compareFindings),
  Gt: () => (/* binding */ countFindings),
  Bm: () => (/* binding */ draftFingerprints),
  iP: () => (/* binding */ finalizeDraft),
  jj: () => (/* binding */ finalizeFindings),
  mh: () => (/* binding */ fingerprintV1),
  ek: () => (/* binding */ isRenderSafe),
  Le: () => (/* binding */ levelRank),
  MP: () => (/* binding */ prefixedFingerprint)
});

// UNUSED EXPORTS: countAtOrAbove, diagnosticDraft, sortFindings

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/core/render/safe-text.ts
var safe_text = __webpack_require__(1103);
// EXTERNAL MODULE: ./src/core/report/message-cap.ts
var message_cap = __webpack_require__(3436);
;// CONCATENATED MODULE: ./src/core/report/safe-memo.ts
// A bounded memo of render-safe, capped text (safeText ∘ capMessage) for the per-finding hot path: a dense
// trace repeats the same tool name, policy rule, entry key and message head hundreds of thousands of times,
// and the redaction scan is the costliest step of finalizing a finding (docs/findings.md). Pure: the value
// depends only on the key; the memo is cleared when full, so its memory is bounded.


/** Strings longer than this are computed every time (a long text rarely repeats and would pin memory). */
const MAX_KEY_CHARS = 512;
/** Entries before the memo is cleared: ≤ 2 × 4096 × 512 UTF-16 units (~8 MB) in the worst case. */
const MAX_ENTRIES = 4096;
const memo = new Map();
/** safeText(capMessage(s, max)), memoised for short strings. */
function safeCapped(s, max = message_cap/* MAX_MESSAGE_BYTES */.f) {
    // A short string is under any cap we use (≤ 3 UTF-8 bytes per UTF-16 unit): the cap cannot change it.
    if (s.length > MAX_KEY_CHARS || s.length * 3 > max)
        return (0,safe_text/* safeText */.Hk)((0,message_cap/* capMessage */.W)(s, max));
    const hit = memo.get(s);
    if (hit !== undefined)
        return hit;
    const out = (0,safe_text/* safeText */.Hk)(s);
    if (memo.size >= MAX_ENTRIES)
        memo.clear();
    memo.set(s, out);
    return out;
}

;// CONCATENATED MODULE: ./src/core/report/finding.ts
// Findings: one list feeds run.json, SARIF, JUnit, the findings baseline and the summaries.
// Fingerprints are assayFinding/v1 (docs/findings.md); the SARIF category is never an input.




const FINGERPRINT_KEY = 'assayFinding/v1';
const MAX_RELATED = 10;
/** Hex sha256 of the UTF-8 lines `v1`, rule id, subject, detail, occurrence joined by `\n`. */
function fingerprintV1(ruleId, subject, detail, occurrence) {
    // One-shot hash: a fraction of createHash().update().digest() per call, which matters at a million findings.
    return (0,external_node_crypto_.hash)('sha256', `v1\n${ruleId}\n${subject}\n${detail}\n${occurrence}`, 'hex');
}
/** `sha256:<hex>` and bare `<hex>` both become the bare lower-case hex; other strings are returned as given. */
function bareFingerprint(fp) {
    const s = fp.startsWith('sha256:') ? fp.slice(7) : fp;
    return /^[0-9a-fA-F]{64}$/.test(s) ? s.toLowerCase() : fp;
}
/** Normalised form used in run.json and baselines: `sha256:<hex>` (other schemes are kept as given). */
function prefixedFingerprint(fp) {
    const bare = bareFingerprint(fp);
    return /^[0-9a-f]{64}$/.test(bare) ? `sha256:${bare}` : fp;
}
const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
function levelRank(level) {
    return LEVEL_RANK[level];
}
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Level (error, warning, note), rule id, uri, line, fingerprint; strings by UTF-16 code unit. */
function compareFindings(a, b) {
    return (LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
        cmp(a.rule_id, b.rule_id) ||
        cmp(a.location.uri, b.location.uri) ||
        a.location.line - b.location.line ||
        cmp(a.fingerprint, b.fingerprint));
}
function sortFindings(findings) {
    return [...findings].sort(compareFindings);
}
/** Fingerprints (`sha256:<hex>`) of drafts in input order, with the occurrence rule of finalizeFindings. */
function draftFingerprints(drafts) {
    const seen = new Map();
    return drafts.map((d) => {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        return `sha256:${fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`;
    });
}
/**
 * Compute fingerprints (occurrence = earlier drafts with the same rule id, subject and detail, in input
 * order), make the free text render-safe (unbounded, as in JSON reports), keep ≤ 10 related locations and
 * return the findings sorted. Callers must pass drafts in a deterministic order.
 */
function finalizeFindings(drafts, opts = {}) {
    const seen = new Map();
    const out = [];
    for (const d of drafts) {
        const key = `${d.rule_id}\n${d.subject}\n${d.detail}`;
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        out.push(finalizeDraft(d, occurrence, opts));
    }
    return out.sort(compareFindings);
}
/**
 * Findings made by finalizeDraft: their free text is render-safe already, so writers may skip the
 * (idempotent) redaction pass over it. A copy (`{...f}`) is not in the set and gets the full pass.
 */
const RENDER_SAFE = new WeakSet();
function isRenderSafe(f) {
    return RENDER_SAFE.has(f);
}
/** The render-safe message (cut to the message cap, message-cap.ts) followed by its plain tail. */
function messageOf(d) {
    const tail = d.message_tail;
    if (tail === undefined || tail === '')
        return safeCapped(d.message);
    return safeCapped(d.message, message_cap/* MAX_MESSAGE_BYTES */.f - tail.length) + tail;
}
/**
 * One draft with its occurrence number (see finalizeFindings) as a finding key order.
 * `fingerprintHex` is the bare fingerprint when the caller computed it already.
 */
function finalizeDraft(d, occurrence, opts = {}, fingerprintHex) {
    // Properties are assigned in the documented key order (insertion order is the JSON order);
    // no temporary spread objects on this per-finding path.
    const f = {
        fingerprint: `sha256:${fingerprintHex ?? fingerprintV1(d.rule_id, d.subject, d.detail, occurrence)}`,
        rule_id: d.rule_id,
        level: d.level,
        source: d.source,
        message: messageOf(d),
    };
    if (d.test_id !== undefined)
        f.test_id = d.test_id;
    if (d.entry_key !== undefined) {
        f.entry_key = opts.redactPrompts && d.entry_key_is_prompt ? (0,safe_text/* redactPrompt */.uH)(d.entry_key) : safeCapped(d.entry_key);
    }
    if (d.tool !== undefined)
        f.tool = safeCapped(d.tool);
    if (d.call_index !== undefined)
        f.call_index = d.call_index;
    if (d.policy_rule !== undefined)
        f.policy_rule = safeCapped(d.policy_rule);
    if (d.count !== undefined)
        f.count = d.count;
    f.location = { uri: d.location.uri, line: d.location.line, col: d.location.col };
    if (d.related !== undefined && d.related.length > 0) {
        const n = Math.min(d.related.length, MAX_RELATED);
        const related = new Array(n);
        for (let i = 0; i < n; i++) {
            const r = d.related[i];
            related[i] = { uri: r.uri, line: r.line, col: r.col, message: safeCapped(r.message) };
        }
        f.related = related;
    }
    if (d.baseline_state !== undefined)
        f.baseline_state = d.baseline_state;
    // Entry keys replaced by redactPrompt are safe too (a fixed form); the test id is an id, never text.
    RENDER_SAFE.add(f);
    return f;
}
function countFindings(findings) {
    const c = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        c[f.level]++;
    return c;
}
function countAtOrAbove(findings, failOn, newOnly = false) {
    if (failOn === 'none')
        return 0;
    const limit = LEVEL_RANK[failOn];
    let n = 0;
    for (const f of findings) {
        if (LEVEL_RANK[f.level] > limit)
            continue;
        if (newOnly && f.baseline_state !== 'new')
            continue;
        n++;
    }
    return n;
}
/**
 * A config finding (`config/<CODE>`) for a load/validate diagnostic, located at its own file:line:col.
 * Fingerprint inputs: subject = file, detail = `<code>|<key path>`. `file` is used when the
 * diagnostic names none (it must still be a real file: nothing points at a synthetic location).
 */
function diagnosticDraft(d, opts = {}) {
    const file = d.file ?? opts.file ?? '';
    return {
        rule_id: `${opts.family ?? 'config'}/${d.code}`,
        level: d.severity,
        source: opts.family === 'policy' ? 'policy' : 'config',
        message: capMessage(d.message),
        location: { uri: file, line: d.line ?? 1, col: d.col ?? 1 },
        subject: file,
        detail: `${d.code}|${opts.keyPath ?? ''}`,
    };
}


/***/ }),

/***/ 3436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ capMessage),
/* harmony export */   f: () => (/* binding */ MAX_MESSAGE_BYTES)
/* harmony export */ });
// One cap on the size of any single message or name that enters a finding or a diagnostic (docs/findings.md):
// a 5 KB tool name or a 259 MB schema error text must not be copied into every report line. Bytes are UTF-8.
const MAX_MESSAGE_BYTES = 4096;
/**
 * `s` unchanged when its UTF-8 form fits in `max` bytes; else its longest prefix that fits together with the
 * marker `…[truncated N bytes]` (N = UTF-8 bytes cut). Never splits a surrogate pair. Linear in the kept part:
 * a huge input is only measured, never copied.
 */
function capMessage(s, max = MAX_MESSAGE_BYTES) {
    // Fast path: every UTF-16 unit is at most 3 UTF-8 bytes.
    if (s.length * 3 <= max)
        return s;
    const total = Buffer.byteLength(s, 'utf8');
    if (total <= max)
        return s;
    // Reserve room for the marker (its digits are bounded by the digits of `total`).
    const reserve = Buffer.byteLength(`…[truncated ${total} bytes]`, 'utf8');
    const budget = Math.max(0, max - reserve);
    let bytes = 0;
    let i = 0;
    while (i < s.length) {
        const c = s.charCodeAt(i);
        let w = 1;
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            w = 4;
            units = 2;
        }
        else if (c >= 0x800)
            w = 3;
        else if (c >= 0x80)
            w = 2;
        if (bytes + w > budget)
            break;
        bytes += w;
        i += units;
    }
    return `${s.slice(0, i)}…[truncated ${total - bytes} bytes]`;
}


/***/ }),

/***/ 9723:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ parseYamlSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
// YAML parsing that keeps positions: every YAML whose lines we report goes through here.
// YAML 1.2 core schema, duplicate keys are errors, one document per file, ≤ 100 alias expansions.

/** Column in code points, from a UTF-16 based line/col pair. */
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
