export const id = 112;
export const ids = [112];
export const modules = {

/***/ 5924:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fc: () => (/* binding */ compileSchema),
/* harmony export */   Q6: () => (/* binding */ schemaAssertsNothing),
/* harmony export */   YL: () => (/* binding */ JSON_SCHEMA_KEYWORDS)
/* harmony export */ });
/* harmony import */ var _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9863);
// JSON Schema for eval kinds (json_schema, tool_output_valid, args_valid assertions): the policy
// engine's dialect — Draft 2020-12 by default, `$schema` selects draft-07 or 2019-09,
// external `$ref` refused, `format` an annotation, `pattern` on the RE2 engine.

const compiler = new _policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .SchemaCompiler */ .Vn();
function compileSchema(schema) {
    if (typeof schema !== 'boolean' && (typeof schema !== 'object' || schema === null || Array.isArray(schema))) {
        return { ok: false, reason: 'a JSON Schema must be an object or a boolean' };
    }
    const issue = (0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .checkSchema */ ._U)(schema)[0];
    if (issue) {
        // Name the schema location holding the offending keyword (the keyword itself is in the message).
        const at = issue.key ? issue.path : issue.path.slice(0, -1);
        const where = at.length > 0 ? `${at.join('.')}: ` : '';
        return { ok: false, reason: issue.kind === 'regex' ? `${where}invalid regex: ${issue.message}` : `${where}${issue.message}` };
    }
    const c = compiler.compile(schema);
    if (!c.ok)
        return c;
    const fn = c.validate;
    return { ok: true, validator: { schema, validate: (value) => (0,_policy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .runValidator */ .Wq)(fn, value) } };
}
/** True when the schema accepts every value (`{}`, `true`, or only annotations). */
function schemaAssertsNothing(schema) {
    if (schema === true)
        return true;
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        return false;
    const annotations = new Set(['$schema', '$id', '$comment', 'title', 'description', 'default', 'examples', '$defs', 'definitions', 'deprecated', 'readOnly', 'writeOnly']);
    return Object.keys(schema).every((k) => annotations.has(k));
}
/** Keywords that cannot be tool names in a schema map (args_valid). */
const JSON_SCHEMA_KEYWORDS = new Set([
    '$schema', '$id', '$ref', '$defs', '$anchor', '$comment', '$dynamicRef', '$dynamicAnchor', '$vocabulary', 'definitions',
    'type', 'properties', 'required', 'additionalProperties', 'patternProperties', 'items', 'prefixItems', 'additionalItems',
    'contains', 'minContains', 'maxContains', 'minItems', 'maxItems', 'uniqueItems', 'minProperties', 'maxProperties',
    'propertyNames', 'dependentRequired', 'dependentSchemas', 'dependencies', 'enum', 'const', 'allOf', 'anyOf', 'oneOf',
    'not', 'if', 'then', 'else', 'minLength', 'maxLength', 'pattern', 'format', 'minimum', 'maximum', 'exclusiveMinimum',
    'exclusiveMaximum', 'multipleOf', 'title', 'description', 'default', 'examples', 'readOnly', 'writeOnly', 'deprecated',
    'unevaluatedProperties', 'unevaluatedItems', 'contentEncoding', 'contentMediaType', 'contentSchema',
]);


/***/ }),

/***/ 112:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  mP: () => (/* binding */ SCHEMA_KINDS),
  cj: () => (/* binding */ isSchemaKind),
  AZ: () => (/* binding */ projectSchemaFiles),
  XA: () => (/* binding */ schemaModeline),
  tk: () => (/* binding */ schemaText)
});

// UNUSED EXPORTS: DRAFT_2020_12, EVAL_SCHEMA, POLICY_SCHEMA, PROJECT_SCHEMA_DIR, SCHEMA_IDS, projectSchemaPath, schemaFileName, schemaOf

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/core/eval/json-schema.ts
var json_schema = __webpack_require__(5924);
;// CONCATENATED MODULE: ./src/core/schemas/common.ts
// Building blocks shared by the policy and eval-config JSON Schemas (docs/editor-support.md). The
// schemas are plain data: editors and ajv read them; the loaders stay the authority at run time.
const DRAFT_2020_12 = 'https://json-schema.org/draft/2020-12/schema';
/** Stable identifiers: names, never fetched by Assay (editors read the local copy `init` writes). */
const SCHEMA_IDS = {
    policy: 'https://assay.dev/schemas/policy.schema.json',
    eval: 'https://assay.dev/schemas/eval.schema.json',
};
/** `x-…` keys: anchors and extensions allowed in rule objects (src/core/util/unknown-keys.ts). */
const X_KEYS = '^x-';
function str(description, extra = {}) {
    return { type: 'string', description, ...extra };
}
function nullable(schema) {
    return { anyOf: [schema, { type: 'null' }], ...(schema.description !== undefined ? { description: schema.description } : {}) };
}
function stringList(description, item = { type: 'string' }, extra = {}) {
    return { type: 'array', description, items: item, ...extra };
}
/** A list of strings where YAML `key:` (null) counts as an empty list, as in the loaders. */
function nullableStringList(description, item = { type: 'string' }) {
    return { type: ['array', 'null'], description, items: item };
}
function enumOf(description, values) {
    return { type: 'string', description, enum: [...values] };
}
function common_int(description, minimum, extra = {}) {
    return { type: 'integer', description, minimum, ...extra };
}
/** A closed mapping: exactly the listed properties (unknown keys are load errors). */
function common_closed(title, description, properties, extra = {}) {
    return { type: 'object', title, description, properties, additionalProperties: false, ...extra };
}
/** A closed rule object: also accepts the labels `id`, `description`, `title` and `x-*` keys. */
function ruleObject(title, description, properties, extra = {}) {
    return {
        type: 'object',
        title,
        description,
        properties: { ...RULE_LABELS, ...properties },
        patternProperties: { [X_KEYS]: { description: 'Extension or YAML-anchor holder; ignored.' } },
        additionalProperties: false,
        ...extra,
    };
}
const RULE_LABELS = {
    id: { description: 'Label for people and reports; not interpreted.' },
    description: { description: 'Free text; not interpreted.' },
    title: { description: 'Free text; not interpreted.' },
};
/** Deep copy with every `#/$defs/<name>` reference renamed to `#/$defs/<prefix><name>`. */
function prefixRefs(value, prefix) {
    if (Array.isArray(value))
        return value.map((v) => prefixRefs(v, prefix));
    if (value !== null && typeof value === 'object') {
        const out = {};
        for (const [k, v] of Object.entries(value)) {
            out[k] = k === '$ref' && typeof v === 'string' && v.startsWith('#/$defs/') ? `#/$defs/${prefix}${v.slice('#/$defs/'.length)}` : prefixRefs(v, prefix);
        }
        return out;
    }
    return value;
}
/**
 * `{required: keys}` that also names each key under `properties`, so ajv's strict mode (strictRequired)
 * accepts it inside `anyOf`/`not`/`if` where the parent's properties are not in view.
 */
function req(keys, properties = {}, extra = {}) {
    const props = {};
    for (const k of keys)
        props[k] = true;
    return { required: [...keys], properties: { ...props, ...properties }, ...extra };
}

;// CONCATENATED MODULE: ./src/core/schemas/policy.ts
// JSON Schema (draft 2020-12) of a policy file in every spelling the loader accepts: v2, the short form
// (root allow/deny/constraints), legacy v1 (tools.arg_constraints, tools.require_args) and sequences.
// Mirrors src/core/policy/load*.ts; __tests__/unit/schemas/agreement.test.ts keeps the two in step.

const PATTERN_HELP = 'Tool-name pattern: exact name, or `*` at the start and/or end (prefix, suffix, contains); `*` alone matches every tool.';
/** An argument JSON Schema written by the user (a mapping or a boolean); ajv compiles it at load. */
const userSchema = (description) => ({ type: ['object', 'boolean'], description });
const patternList = (description) => nullableStringList(`${description} ${PATTERN_HELP}`);
const classList = (description) => nullableStringList(description);
const HEX64 = { type: 'string', pattern: '^[0-9a-f]{64}$' };
/** A folder of a `within` list: absolute, no `..` segment, no backslash, no NUL. */
const WITHIN_FOLDER = {
    type: 'string',
    description: 'Absolute folder (starts with "/"); no ".." segment, no backslash.',
    pattern: '^/',
    not: { anyOf: [{ pattern: '(^|/)\\.\\.(/|$)' }, { pattern: '\\\\' }, { pattern: '\\u0000' }] },
};
const defs = {
    selector: {
        title: 'Tool selector',
        description: `An alias name (matches its members exactly) or a tool-name pattern, or {tool, args_match}. ${PATTERN_HELP}`,
        anyOf: [
            { type: 'string' },
            common_closed('Selector with argument regexes', 'Matches a call of `tool` whose named arguments all exist and match their RE2 regex.', {
                tool: str('Alias name or tool-name pattern.'),
                args_match: nullable({ type: 'object', description: 'Argument name → RE2 regex (unanchored search).', additionalProperties: { type: 'string' } }),
            }, { required: ['tool'] }),
        ],
    },
    sequence_rule: {
        title: 'Sequence rule',
        description: 'An order or count rule over the tool calls of an episode; `type` names its kind.',
        type: 'object',
        required: ['type'],
        properties: {
            type: enumOf('Rule kind.', ['require', 'blocklist', 'before', 'never_after', 'max_calls', 'eventually', 'after', 'sequence']),
        },
        allOf: ['require', 'blocklist', 'before', 'never_after', 'max_calls', 'eventually', 'after', 'sequence'].map((k) => ({
            if: req(['type'], { type: { const: k } }),
            then: { $ref: `#/$defs/rule_${k}` },
        })),
    },
    rule_require: ruleObject('require', 'Violated when no call matches `tool`.', {
        type: { const: 'require' },
        tool: { $ref: '#/$defs/selector', description: 'The tool that must be called.' },
    }, { required: ['type', 'tool'] }),
    rule_blocklist: ruleObject('blocklist', 'Violated when a tool name contains `pattern` (plain substring, no aliases).', {
        type: { const: 'blocklist' },
        pattern: str('Substring of forbidden tool names.', { minLength: 1 }),
    }, { required: ['type', 'pattern'] }),
    rule_before: ruleObject('before', 'Violated when `first` is absent, or first called after the first `then`.', {
        type: { const: 'before' },
        first: { $ref: '#/$defs/selector', description: 'Must come first.' },
        then: { $ref: '#/$defs/selector', description: 'Must not come before `first`.' },
    }, { required: ['type', 'first', 'then'] }),
    rule_never_after: ruleObject('never_after', 'Violated when `forbidden` is called after the first `trigger`.', {
        type: { const: 'never_after' },
        trigger: { $ref: '#/$defs/selector', description: 'After this call…' },
        forbidden: { $ref: '#/$defs/selector', description: '…this one is forbidden.' },
    }, { required: ['type', 'trigger', 'forbidden'] }),
    rule_max_calls: ruleObject('max_calls', 'Violated when more than `max` calls match `tool`.', {
        type: { const: 'max_calls' },
        tool: { $ref: '#/$defs/selector', description: 'Counted calls.' },
        max: common_int('Most calls allowed.', 0),
    }, { required: ['type', 'tool', 'max'] }),
    rule_eventually: ruleObject('eventually', 'Violated unless `tool` is among the first `within` calls.', {
        type: { const: 'eventually' },
        tool: { $ref: '#/$defs/selector', description: 'The tool that must be called.' },
        within: common_int('Number of calls within which it must happen.', 1),
    }, { required: ['type', 'tool', 'within'] }),
    rule_after: ruleObject('after', 'Violated when a `trigger` call is not followed by `then` within `within` calls.', {
        type: { const: 'after' },
        trigger: { $ref: '#/$defs/selector', description: 'The call that needs a follow-up.' },
        then: { $ref: '#/$defs/selector', description: 'The follow-up.' },
        within: common_int('Calls after the trigger within which `then` must come (default 1).', 1),
    }, { required: ['type', 'trigger', 'then'] }),
    rule_sequence: ruleObject('sequence', 'The listed tools, once started, must complete in order (consecutively when strict).', {
        type: { const: 'sequence' },
        tools: { type: 'array', description: 'Tool selectors in order.', minItems: 1, items: { $ref: '#/$defs/selector' } },
        strict: { type: ['boolean', 'null'], description: 'Calls must be consecutive once started (default false).' },
    }, { required: ['type', 'tools'] }),
    param_constraint: {
        title: 'Parameter constraint',
        description: 'An RE2 regex (string), or {matches, within}: the argument must be a non-empty string that matches and/or lies within a folder.',
        anyOf: [
            str('RE2 regex the argument must match (unanchored; write ^…$ to anchor).'),
            ruleObject('Parameter constraint', 'At least one of `matches` and `within`.', {
                matches: str('RE2 regex the argument must match (unanchored; write ^…$ to anchor).'),
                within: {
                    type: 'array',
                    description: 'Allowed folders: after lexical normalisation the path must be one of them or below one (`..` cannot walk out).',
                    minItems: 1,
                    items: WITHIN_FOLDER,
                },
            }, { anyOf: [req(['matches']), req(['within'])] }),
        ],
    },
    constraint_params: {
        type: 'object',
        description: 'Parameter name → constraint. Every constrained parameter is required.',
        additionalProperties: { $ref: '#/$defs/param_constraint' },
    },
    monitor_match: common_closed('Runtime monitor match', 'What a runtime monitor rule matches.', {
        path_globs: stringList('File path globs.'),
        dest_globs: stringList('Network destination globs.'),
        not: nullable({ $ref: '#/$defs/monitor_match', description: 'Exclusions.' }),
    }),
};
const tools = nullable(common_closed('Tool rules', 'Which tools may be called (deny beats allow), plus obligations the MCP proxy applies.', {
    allow: patternList('Allowlist. Present but empty denies every tool.'),
    deny: patternList('Denylist; beats allow.'),
    allow_classes: classList('Allowed taxonomy classes (see tool_classes).'),
    deny_classes: classList('Denied taxonomy classes.'),
    approval_required: patternList('Runtime only: tools that need approval.'),
    approval_required_classes: classList('Runtime only: classes that need approval.'),
    restrict_scope: patternList('Runtime only: tools whose scope is restricted.'),
    restrict_scope_classes: classList('Runtime only: classes whose scope is restricted.'),
    restrict_scope_contract: nullable(common_closed('Scope contract', 'Runtime only: how the scope is restricted.', {
        scope_type: str('Scope type.'),
        scope_value: str('Scope value.'),
        scope_match_mode: str('Match mode.'),
    }, { required: ['scope_type', 'scope_value', 'scope_match_mode'] })),
    redact_args: patternList('Runtime only: tools whose arguments are redacted.'),
    redact_args_classes: classList('Runtime only: classes whose arguments are redacted.'),
    redact_args_contract: nullable(common_closed('Redaction contract', 'Runtime only: how arguments are redacted.', {
        redaction_target: str('What is redacted.'),
        redaction_mode: str('How.'),
        redaction_scope: str('Where.'),
    }, { required: ['redaction_target', 'redaction_mode', 'redaction_scope'] })),
    arg_constraints: nullable({
        type: 'object',
        description: 'Legacy v1 (warns W_POLICY_LEGACY): tool → argument JSON Schema; use `schemas`.',
        deprecated: true,
        additionalProperties: userSchema('Argument JSON Schema.'),
    }),
    require_args: nullable({
        type: 'object',
        description: 'Legacy v1 (warns W_POLICY_LEGACY): tool → required argument names; use `schemas` with `required`.',
        deprecated: true,
        additionalProperties: stringList('Required argument names.'),
    }),
}));
/** Top-level properties; shared with the eval schema's inline `args_valid` policies. */
const properties = {
    version: {
        type: ['string', 'number', 'null'],
        description: 'Policy format version: "2.0" (current; numbers are normalised). "1"/"1.0" is the legacy v1 form (warns W_POLICY_LEGACY).',
        examples: ['2.0'],
    },
    name: nullable(str('Policy name (a label).')),
    metadata: { description: 'Free-form labels; not interpreted.' },
    tools,
    tool_classes: nullable({
        type: 'object',
        description: 'Taxonomy: exact tool name → its classes (used by *_classes lists).',
        additionalProperties: nullableStringList('Classes of this tool.'),
    }),
    schemas: nullable({
        type: 'object',
        description: 'Exact tool name → JSON Schema its arguments must satisfy (draft 2020-12 by default; RE2 `pattern`; `x-assay-within` for paths). `$defs` holds shared definitions.',
        properties: {
            $defs: { type: 'object', description: 'Definitions merged into every tool schema\'s $defs (never a tool).', additionalProperties: userSchema('A shared definition.') },
        },
        additionalProperties: userSchema('Argument JSON Schema of this tool.'),
    }),
    enforcement: nullable(common_closed('Enforcement', 'What happens to allowed tools without an argument schema.', {
        unconstrained_tools: enumOf('warn (default): allow with a warning; deny: refuse; allow: allow silently.', ['warn', 'deny', 'allow']),
    })),
    limits: nullable(common_closed('Limits', 'Ceilings per episode (replay) or per session (proxy).', {
        max_requests_total: nullable(common_int('Most MCP requests.', 1)),
        max_tool_calls_total: nullable(common_int('Most tool calls.', 1)),
    })),
    tool_pins: nullable({
        type: 'object',
        description: 'Tool name → pinned identity; drift is denied (E_TOOL_DRIFT).',
        additionalProperties: common_closed('Tool pin', 'Identity a tool must keep.', {
            server_id: str('Server id.'),
            tool_name: str('Tool name as the server reports it.'),
            schema_hash: { ...HEX64, description: 'sha256 of the JCS form of the input schema (64 lowercase hex).' },
            meta_hash: { ...HEX64, description: 'sha256 of the description (64 lowercase hex).' },
        }, { required: ['server_id', 'tool_name', 'schema_hash', 'meta_hash'] }),
    }),
    sequences: nullable({ type: 'array', description: 'Order and count rules (see the sequence rule kinds).', items: { $ref: '#/$defs/sequence_rule' } }),
    aliases: nullable({
        type: 'object',
        description: 'Alias name → tool names; a selector naming an alias matches any member exactly.',
        additionalProperties: stringList('Member tool names.'),
    }),
    on_error: nullable(enumOf('What an evaluation error means: block (default, deny) or allow (allow with a warning).', ['block', 'allow'])),
    signatures: nullable(common_closed('Signatures', 'Runtime only: tool description integrity.', {
        check_descriptions: { type: ['boolean', 'null'], description: 'Check tool descriptions at runtime.' },
    })),
    discovery: nullable(common_closed('Discovery', 'Runtime only: MCP server discovery.', {
        enabled: { type: 'boolean', description: 'Turn discovery on.' },
        methods: stringList('Discovery methods.', enumOf('Method.', ['config_files', 'processes', 'network', 'dns', 'well_known'])),
        output: nullable(str('Where to write findings.')),
        on_findings: common_closed('On findings', 'What to do with findings.', {
            unmanaged_server: enumOf('An unmanaged server.', ['log', 'warn', 'fail']),
            no_auth: enumOf('A server without authentication.', ['log', 'warn', 'fail']),
        }),
    })),
    runtime_monitor: nullable(common_closed('Runtime monitor', 'Runtime only: kernel-level monitoring rules.', {
        enabled: { type: 'boolean', description: 'Turn the monitor on.' },
        provider: enumOf('Monitor provider.', ['ebpf']),
        rules: {
            type: 'array',
            description: 'Monitor rules (ids must be unique).',
            items: ruleObject('Monitor rule', 'One runtime monitor rule.', {
                id: str('Rule id (kill_switch triggers name it).'),
                type: enumOf('Event type.', ['file_open', 'net_connect', 'proc_exec']),
                match: { $ref: '#/$defs/monitor_match', description: 'What the rule matches.' },
                severity: enumOf('Severity.', ['low', 'medium', 'high', 'critical']),
                action: enumOf('Action.', ['log', 'alert', 'trigger_kill']),
            }, { required: ['id', 'type', 'match'] }),
        },
    })),
    kill_switch: nullable(common_closed('Kill switch', 'Runtime only: stop the server when a monitor rule fires.', {
        enabled: { type: 'boolean', description: 'Turn the kill switch on.' },
        mode: enumOf('How to stop.', ['graceful', 'immediate']),
        grace_period_ms: common_int('Grace period in milliseconds.', 0),
        kill_children: { type: 'boolean', description: 'Also stop child processes.' },
        capture_state: { type: 'boolean', description: 'Capture state before stopping.' },
        output_dir: nullable(str('Where captured state goes.')),
        triggers: {
            type: 'array',
            description: 'Which monitor rules trigger the switch.',
            items: ruleObject('Trigger', 'One trigger.', {
                on_rule: str('A runtime_monitor.rules[].id.'),
                mode: nullable(enumOf('How to stop for this trigger.', ['graceful', 'immediate'])),
            }, { required: ['on_rule'] }),
        },
    })),
    allow: patternList('Short form: appended to tools.allow.'),
    deny: patternList('Short form: appended to tools.deny.'),
    constraints: nullable({
        description: 'Short form: argument constraints, as a list of {tool, params} or a map tool → params.',
        anyOf: [
            {
                type: 'array',
                items: ruleObject('Constraint', 'Constraints on one tool\'s arguments.', {
                    tool: str('Exact tool name.'),
                    params: { $ref: '#/$defs/constraint_params' },
                }, { required: ['tool', 'params'] }),
            },
            { type: 'object', additionalProperties: { $ref: '#/$defs/constraint_params' } },
        ],
    }),
};
/** The policy document schema without `$schema`/`$id` (embedded by the eval schema). */
const POLICY_BODY = {
    title: 'Assay policy',
    description: 'Which tools an agent may call, with which arguments, in which order. See docs/authoring.md.',
    type: 'object',
    properties,
    additionalProperties: false,
};
const POLICY_DEFS = defs;
const POLICY_SCHEMA = {
    $schema: DRAFT_2020_12,
    $id: SCHEMA_IDS.policy,
    ...POLICY_BODY,
    $defs: POLICY_DEFS,
};

;// CONCATENATED MODULE: ./src/core/schemas/eval.ts
// JSON Schema (draft 2020-12) of an eval config (eval.yaml): top level, settings, thresholds, otel, tests
// with every `expected` kind (tagged and legacy forms) and assertions. Mirrors src/core/eval/load*.ts;
// __tests__/unit/schemas/agreement.test.ts keeps the two in step. Inline policies (`args_valid.schema`)
// and inline sequence rules reuse the policy schema, embedded under `$defs/policy*`.



const NUMBER = (description, extra = {}) => ({ type: 'number', description, ...extra });
const BOOL = (description) => ({ type: 'boolean', description });
const EXPECT = nullable(enumOf('The outcome this assertion expects: pass (default) or fail.', ['pass', 'fail']));
const NON_EMPTY_STRINGS = (description) => stringList(description, { type: 'string' }, { minItems: 1 });
const thresholding = nullable(common_closed('Per-test thresholding', 'Overrides settings.thresholding for this test.', {
    max_drop: nullable(NUMBER('Allowed score drop against the baseline.', { minimum: 0, maximum: 2 })),
}));
/** `must_contain`: a string or a list of strings, not all empty. */
const mustContain = {
    description: 'Substrings the response must contain (case-sensitive).',
    anyOf: [
        { type: 'string', minLength: 1 },
        { type: 'array', items: { type: 'string' }, contains: { type: 'string', minLength: 1 } },
    ],
};
const stringSequence = stringList('Exact list of tool names the entry must call, in order ([] = no calls).');
/** A schema map `{tool: JSON Schema}` (args_valid): keys are tool names, never JSON Schema keywords. */
const schemaMap = {
    type: 'object',
    description: 'Tool name → argument JSON Schema; tools absent from the map are not checked.',
    minProperties: 1,
    propertyNames: { not: { enum: [...json_schema/* JSON_SCHEMA_KEYWORDS */.YL].sort() } },
    additionalProperties: { type: 'object' },
};
/** What makes an inline `args_valid.schema` a structured policy rather than a schema map (src/core/eval/load-expected-policy.ts). */
const STRUCTURED_POLICY = {
    anyOf: [
        req(['version'], { version: { type: ['string', 'number'] } }),
        req(['name'], { name: { type: 'string' } }),
        req(['allow'], { allow: { type: 'array' } }),
        req(['deny'], { deny: { type: 'array' } }),
        req(['tools'], { tools: { type: 'object' } }),
        req(['schemas'], {}, { minProperties: 2 }),
        ...[
            'enforcement', 'constraints', 'limits', 'tool_pins', 'sequences', 'aliases', 'on_error', 'metadata', 'tool_classes',
            'signatures', 'discovery', 'runtime_monitor', 'kill_switch',
        ].map((k) => req([k])),
    ],
};
const inlineArgsSchema = {
    type: 'object',
    description: 'An inline policy (with version, tools, allow, …) or a schema map tool → JSON Schema.',
    not: { ...req(['schemas']), maxProperties: 1, description: 'A root holding only `schemas` is ambiguous: add version: "2.0".' },
    if: STRUCTURED_POLICY,
    then: { $ref: '#/$defs/policy' },
    else: schemaMap,
};
const policyPath = str('Policy file, relative to this config.', { minLength: 1 });
const KINDS = {
    must_contain: { properties: { must_contain: mustContain }, required: ['must_contain'] },
    must_not_contain: {
        properties: { must_not_contain: stringList('Substrings the response must not contain.', { type: 'string', minLength: 1 }, { minItems: 1 }) },
        required: ['must_not_contain'],
    },
    regex_match: {
        properties: {
            pattern: str('RE2 regex the response must match (unanchored search).', { minLength: 1 }),
            flags: nullableStringList('Regex flags.', enumOf('Flag.', ['i', 'm', 's'])),
        },
        required: ['pattern'],
    },
    regex_not_match: {
        properties: {
            pattern: str('RE2 regex the response must not match.', { minLength: 1 }),
            flags: nullableStringList('Regex flags.', enumOf('Flag.', ['i', 'm', 's'])),
        },
        required: ['pattern'],
    },
    json_schema: {
        properties: {
            json_schema: { type: ['string', 'object', 'boolean', 'null'], description: 'JSON Schema the response must satisfy, as a JSON string.' },
            schema_file: nullable(str('JSON (or YAML) schema file, relative to this config.', { minLength: 1 })),
        },
        anyOf: [
            req(['schema_file'], { schema_file: { type: 'string' } }),
            req(['json_schema'], { json_schema: { anyOf: [{ type: ['object', 'boolean'] }, { type: 'string', pattern: '\\S' }] } }),
        ],
    },
    semantic_similarity_to: {
        properties: {
            semantic_similarity_to: str('Reference text the response is compared with (cosine similarity).'),
            text: str('Alias of semantic_similarity_to.'),
            min_score: NUMBER('Lowest passing similarity (default thresholds.min_score, else 0.80).', { exclusiveMinimum: -0.999999 }),
            threshold: NUMBER('Alias of min_score.', { exclusiveMinimum: -0.999999 }),
            thresholding,
        },
        anyOf: [req(['semantic_similarity_to']), req(['text'])],
        not: { anyOf: [req(['semantic_similarity_to', 'text']), req(['min_score', 'threshold'])] },
    },
    faithfulness: {
        properties: {
            min_score: NUMBER('Lowest passing judge score (default thresholds.min_score, else 0.80).'),
            rubric_version: nullable(str('Rubric version (part of the judge cache key).', { minLength: 1 })),
            thresholding,
        },
    },
    relevance: {
        properties: {
            min_score: NUMBER('Lowest passing judge score (default thresholds.min_score, else 0.80).'),
            rubric_version: nullable(str('Rubric version (part of the judge cache key).', { minLength: 1 })),
            thresholding,
        },
    },
    args_valid: {
        properties: {
            policy: nullable(policyPath),
            schema: nullable({ $ref: '#/$defs/args_schema', description: 'Inline policy, or a schema map tool → JSON Schema.' }),
        },
        oneOf: [
            req(['policy'], { policy: { type: 'string' } }),
            req(['schema'], { schema: { type: 'object' } }),
        ],
    },
    sequence_valid: {
        properties: {
            policy: nullable(str('Policy file (its sequences and aliases), a YAML list of names, or a list of rules.', { minLength: 1 })),
            sequence: nullable(stringSequence),
            rules: nullable({ type: 'array', description: 'Inline sequence rules (win over the policy file\'s).', items: { $ref: '#/$defs/policy_sequence_rule' } }),
        },
        anyOf: [
            req(['policy'], { policy: { type: 'string' } }),
            req(['sequence'], { sequence: { type: 'array' } }),
            req(['rules'], { rules: { type: 'array', minItems: 1 } }),
        ],
        // `rules: []` checks nothing unless an exact sequence is also given.
        if: req(['rules'], { rules: { type: 'array', maxItems: 0 } }),
        then: req(['sequence'], { sequence: { type: 'array' } }),
    },
    tool_blocklist: {
        properties: { blocked: NON_EMPTY_STRINGS('Tool-name patterns no call may match.') },
        required: ['blocked'],
    },
    tool_description_integrity: {
        properties: {
            pinned_tools: nullable({
                type: 'array',
                description: 'Tools whose description and/or input schema must not change (none: snapshots must agree).',
                items: common_closed('Pinned tool', 'One pinned tool.', {
                    name: str('Tool name.', { minLength: 1 }),
                    description: nullable(str('Expected description.')),
                    schema_sha256: nullable(str('sha256 of the JCS form of the input schema (64 lowercase hex, optional "sha256:").', { pattern: '^(sha256:)?[0-9a-f]{64}$' })),
                }, { required: ['name'] }),
            }),
        },
    },
    tool_output_valid: {
        properties: {
            schemas: { type: 'object', description: 'Tool → JSON Schema its results must satisfy.', minProperties: 1, additionalProperties: { type: ['object', 'boolean'] } },
        },
        required: ['schemas'],
    },
    tool_collision_detect: {
        properties: { trusted_servers: nullableStringList('Server ids allowed to share a tool name.') },
    },
    sequence: {
        properties: { sequence: stringSequence },
        required: ['sequence'],
    },
    $ref: {
        properties: { path: str('YAML file holding the expected block (deprecated: inline it).', { minLength: 1 }) },
        required: ['path'],
    },
};
const KIND_HELP = {
    must_contain: 'Every substring occurs in the response.',
    must_not_contain: 'No substring occurs in the response.',
    regex_match: 'The regex finds a match in the response.',
    regex_not_match: 'The regex finds no match in the response.',
    json_schema: 'The response parses as JSON and satisfies the schema.',
    semantic_similarity_to: 'Cosine similarity with the reference text reaches min_score.',
    faithfulness: 'A judge finds the response faithful to the context.',
    relevance: 'A judge finds the response relevant to the prompt.',
    args_valid: 'Every tool call\'s arguments pass the policy or schema map.',
    sequence_valid: 'The tool calls satisfy the sequence rules and/or equal the exact sequence.',
    tool_blocklist: 'No tool call matches a blocked pattern.',
    tool_description_integrity: 'Tool descriptions and schemas did not change.',
    tool_output_valid: 'Tool results satisfy their schemas.',
    tool_collision_detect: 'No tool name is served by two untrusted servers.',
    sequence: 'Legacy spelling of sequence_valid with an exact sequence.',
    $ref: 'Deprecated: the block stored in another file.',
};
function taggedKind(kind, body) {
    const props = (body.properties ?? {});
    return {
        ...body,
        type: 'object',
        title: kind,
        description: KIND_HELP[kind],
        properties: { type: { const: kind, description: KIND_HELP[kind] }, ...props },
        additionalProperties: false,
    };
}
const KIND_NAMES = Object.keys(KINDS);
const tagged = {
    type: 'object',
    required: ['type'],
    properties: { type: enumOf('Kind of check.', KIND_NAMES) },
    allOf: KIND_NAMES.map((k) => ({ if: req(['type'], { type: { const: k } }), then: { $ref: `#/$defs/expected_${k}` } })),
};
/** Legacy blocks without `type`: exactly one of must_contain, sequence, schema, $ref. */
const legacy = {
    type: 'object',
    properties: {
        must_contain: mustContain,
        sequence: stringSequence,
        schema: { $ref: '#/$defs/args_schema' },
        $ref: str('Deprecated: YAML file holding the expected block.', { minLength: 1 }),
    },
    additionalProperties: false,
    minProperties: 1,
    maxProperties: 1,
};
const expectedBlock = {
    title: 'Expected block',
    description: 'What the bound trace entry must satisfy: `type: <kind>` plus that kind\'s fields.',
    type: 'object',
    if: req(['type']),
    then: { $ref: '#/$defs/expected_tagged' },
    else: { $ref: '#/$defs/expected_legacy' },
};
const ASSERTIONS = {
    trace_must_call_tool: {
        help: 'At least min_calls calls match tool.',
        properties: { tool: str('Tool-name pattern.', { minLength: 1 }), min_calls: nullable(common_int('Fewest matching calls (default 1).', 1)) },
        required: ['tool'],
    },
    trace_must_not_call_tool: {
        help: 'No call matches tool.',
        properties: { tool: str('Tool-name pattern.', { minLength: 1 }) },
        required: ['tool'],
    },
    trace_tool_sequence: {
        help: 'The calls contain sequence in order (allow_other_tools: true) or equal it.',
        properties: { sequence: stringList('Tool names in order.'), allow_other_tools: BOOL('Other calls may come in between.') },
        required: ['sequence', 'allow_other_tools'],
        extra: {
            if: req(['allow_other_tools'], { allow_other_tools: { const: true } }),
            then: { properties: { sequence: { type: 'array', minItems: 1 } } },
        },
    },
    trace_max_steps: {
        help: 'The entry has at most max step events.',
        properties: { max: common_int('Most steps.', 0, { maximum: 4294967294 }) },
        required: ['max'],
    },
    args_valid: {
        help: 'Unit test: test_args against a JSON Schema (not the trace).',
        properties: {
            tool: nullable(str('Tool name (a label).')),
            test_args: { description: 'Arguments to validate.' },
            policy: { type: ['object', 'boolean'], description: 'A JSON Schema, or {schema: <JSON Schema>}.' },
            expect: EXPECT,
        },
        required: ['test_args', 'policy'],
    },
    sequence_valid: {
        help: 'Unit test: a regex searched in the given tool names joined by spaces.',
        properties: {
            test_trace_raw: {
                type: 'array',
                description: 'Calls: tool names or {tool | tool_name}.',
                items: { anyOf: [{ type: 'string' }, { type: 'object', required: ['tool'], properties: { tool: { type: 'string' } } }, { type: 'object', required: ['tool_name'], properties: { tool: { type: 'null' }, tool_name: { type: 'string' } } }] },
            },
            policy: { type: 'object', description: '{regex: <RE2 regex>}.', required: ['regex'], properties: { regex: str('RE2 regex.') } },
            expect: EXPECT,
        },
        required: ['test_trace_raw', 'policy'],
    },
    tool_blocklist: {
        help: 'Unit test: no given tool name is blocked.',
        properties: {
            test_tool_calls: NON_EMPTY_STRINGS('Tool names.'),
            policy: { type: 'object', description: '{blocked: [names]}.', required: ['blocked'], properties: { blocked: stringList('Blocked names.') } },
            expect: EXPECT,
        },
        required: ['test_tool_calls', 'policy'],
    },
};
const ASSERTION_NAMES = Object.keys(ASSERTIONS);
const assertion = {
    title: 'Assertion',
    description: 'A trace check (trace_*) or a unit test of a rule (args_valid, sequence_valid, tool_blocklist).',
    type: 'object',
    required: ['type'],
    properties: { type: enumOf('Assertion type.', ASSERTION_NAMES) },
    allOf: ASSERTION_NAMES.map((k) => ({ if: req(['type'], { type: { const: k } }), then: { $ref: `#/$defs/assertion_${k}` } })),
};
const CONTROL_FREE = '^[^\\u0000-\\u001f\\u007f-\\u009f]*$';
const test = common_closed('Test', 'One test: an input (bound to a trace entry by its prompt) and what the entry must satisfy.', {
    id: str('Unique test id (1–256 characters, no control characters).', { minLength: 1, maxLength: 256, pattern: CONTROL_FREE }),
    input: {
        description: 'The prompt (a string), or {prompt, context}.',
        anyOf: [
            { type: 'string' },
            common_closed('Input', 'Prompt and context.', {
                prompt: str('The prompt; binds the test to the trace entry with this prompt.'),
                context: { type: ['string', 'array', 'null'], items: { type: 'string' }, description: 'Context passages (a string is one passage).' },
            }, { required: ['prompt'] }),
        ],
    },
    expected: {
        description: 'The check (a mapping; a one-element list is accepted).',
        anyOf: [{ $ref: '#/$defs/expected' }, { type: 'array', minItems: 1, maxItems: 1, items: { $ref: '#/$defs/expected' } }],
    },
    assertions: nullable({ type: 'array', description: 'Extra checks.', items: { $ref: '#/$defs/assertion' } }),
    on_error: nullable(enumOf('Overrides settings.on_error for this test.', ['block', 'allow'])),
    tags: nullableStringList('Labels; `quarantine` reports without gating.'),
    metadata: { description: 'Free-form; not interpreted.' },
}, { required: ['id', 'input'] });
const settings = nullable(common_closed('Settings', 'Run settings.', {
    parallel: common_int('Concurrency hint (never changes results).', 1),
    timeout_seconds: NUMBER('Per live judge/embedding call while recording.', { exclusiveMinimum: 0 }),
    cache: BOOL('Read and write the eval cache (.assay/cache).'),
    seed: {
        description: 'Order seed: unsigned 64-bit integer (int or decimal string). Absent: derived from the config bytes.',
        anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^\\s*[0-9]+\\s*$' }],
    },
    judge: nullable(common_closed('Judge', 'Judge settings (used while recording).', {
        rubric_version: str('Rubric version.', { minLength: 1 }),
        samples: common_int('Samples per live judge call.', 1),
        reliability: nullable(common_closed('Reliability', 'Re-run strategy for borderline judge scores.', {
            borderline_min: NUMBER('Lower borderline score.', { minimum: 0, maximum: 1 }),
            borderline_max: NUMBER('Upper borderline score.', { minimum: 0, maximum: 1 }),
            rerun_strategy: enumOf('Re-run strategy.', ['sequential_sprt', 'single', 'always_three']),
            max_extra_calls_per_test: common_int('Extra judge calls per test.', 0),
            max_extra_calls_per_run: common_int('Extra judge calls per run.', 0),
            tie_break: enumOf('Tie break.', ['fail_closed', 'quarantine']),
            blind_labeling: BOOL('Blind labels.'),
            order_randomized: BOOL('Randomised order.'),
            hijack_defense: BOOL('Prompt-hijack defence.'),
        })),
    })),
    thresholding: nullable(common_closed('Thresholding', 'Baseline comparison (with --baseline).', {
        mode: enumOf('relative (default): compare scores; absolute: only coverage regressions.', ['relative', 'absolute']),
        max_drop: nullable(NUMBER('Allowed score drop against the baseline (default 0.05).', { minimum: 0, maximum: 2 })),
        min_floor: nullable(NUMBER('Scores below it fail (relative mode).', { minimum: -1, maximum: 1 })),
    })),
    on_error: enumOf('Evaluation errors: block (row error) or allow (allowed_on_error).', ['block', 'allow']),
    bail_on_first_failure: BOOL('Skip the remaining tests after the first fail or error.'),
}));
const thresholds = nullable(common_closed('Thresholds', 'Defaults for scored kinds and the gate.', {
    min_score: nullable(NUMBER('Default min_score for similarity and judge kinds.', { minimum: 0, maximum: 1 })),
    block_on_warn: BOOL('warn rows fail the gate (as --strict).'),
}));
const otel = nullable(common_closed('OpenTelemetry', 'Validated; no effect on verdicts.', {
    genai_semconv_version: str('GenAI semantic conventions version.', { minLength: 1 }),
    semconv_stability: enumOf('Stability opt-in.', ['stable_only', 'experimental_opt_in']),
    capture_mode: enumOf('Content capture (other than off needs capture_acknowledged and an exporter allowlist).', ['off', 'redacted_inline', 'blob_ref']),
    capture_acknowledged: BOOL('Acknowledges that content is captured.'),
    capture_requires_sampled_span: BOOL('Capture only on sampled spans.'),
    redaction: nullable(common_closed('Redaction', 'Redaction policies.', { policies: stringList('Policy names.') })),
    exporter: nullable(common_closed('Exporter', 'Where telemetry may go.', { allowlist: stringList('Allowed destinations.'), allow_localhost: BOOL('Allow localhost.') })),
}, {
    if: req(['capture_mode'], { capture_mode: { enum: ['redacted_inline', 'blob_ref'] } }),
    then: req(['capture_acknowledged', 'exporter'], {
        capture_acknowledged: { const: true },
        exporter: { type: 'object', ...req(['allowlist'], { allowlist: { type: 'array', minItems: 1 } }) },
    }),
}));
const eval_defs = {
    test,
    expected: expectedBlock,
    expected_tagged: tagged,
    expected_legacy: legacy,
    assertion,
    args_schema: inlineArgsSchema,
    policy: prefixRefs(POLICY_BODY, 'policy_'),
};
for (const k of KIND_NAMES)
    eval_defs[`expected_${k}`] = taggedKind(k, KINDS[k]);
for (const k of ASSERTION_NAMES) {
    const a = ASSERTIONS[k];
    eval_defs[`assertion_${k}`] = common_closed(k, a.help, { type: { const: k, description: a.help }, ...a.properties }, { required: ['type', ...a.required], ...(a.extra ?? {}) });
}
for (const [name, d] of Object.entries(POLICY_DEFS))
    eval_defs[`policy_${name}`] = prefixRefs(d, 'policy_');
const EVAL_SCHEMA = {
    $schema: DRAFT_2020_12,
    $id: SCHEMA_IDS.eval,
    title: 'Assay eval config',
    description: 'An eval suite: tests replayed against recorded traces. See docs/authoring.md.',
    type: 'object',
    properties: {
        configVersion: { enum: [0, 1], description: 'Config format version (0 or 1; both behave the same).' },
        version: { enum: [0, 1], description: 'Alias of configVersion.' },
        suite: str('Suite name.', { minLength: 1 }),
        model: str('"trace": responses come from --trace-file. Any other value: no model is ever called (stub responses).', { examples: ['trace'] }),
        settings,
        thresholds,
        otel,
        tests: { type: 'array', description: 'The tests (at least one).', minItems: 1, items: { $ref: '#/$defs/test' } },
    },
    required: ['suite', 'model', 'tests'],
    additionalProperties: false,
    not: { ...req(['configVersion', 'version']), description: 'Give configVersion or its alias version, not both.' },
    $defs: eval_defs,
};

;// CONCATENATED MODULE: ./src/core/schemas/index.ts
// The published JSON Schemas and the editor line that points at them (docs/editor-support.md).






const SCHEMA_KINDS = ['policy', 'eval'];
function isSchemaKind(s) {
    return SCHEMA_KINDS.includes(s);
}
function schemaOf(kind) {
    return kind === 'policy' ? POLICY_SCHEMA : EVAL_SCHEMA;
}
/** The schema as published: 2-space JSON, trailing newline (byte-identical to schemas/<kind>.schema.json). */
function schemaText(kind) {
    return JSON.stringify(schemaOf(kind), null, 2) + '\n';
}
/** File name of a schema, as in the repository's schemas/ folder. */
function schemaFileName(kind) {
    return `${kind}.schema.json`;
}
/**
 * Where `assay init` writes the schemas, relative to the project root: committed with the project, so
 * editors work offline and check against the version of Assay that wrote the files.
 */
const PROJECT_SCHEMA_DIR = '.assay/schemas';
/** Project-relative POSIX path of a schema written by `init`. */
function projectSchemaPath(kind) {
    return external_node_path_.posix.join(PROJECT_SCHEMA_DIR, schemaFileName(kind));
}
/**
 * `# yaml-language-server: $schema=<ref>` for a file at `fromFile` (project-relative POSIX path), with
 * `<ref>` the project's copy of the schema relative to that file's folder (the language server resolves
 * a relative ref against the file).
 */
function schemaModeline(kind, fromFile) {
    const fromDir = external_node_path_.posix.dirname(external_node_path_.posix.normalize(fromFile));
    let ref = external_node_path_.posix.relative(fromDir === '.' ? '' : fromDir, projectSchemaPath(kind));
    if (!ref.startsWith('../'))
        ref = `./${ref}`;
    return `# yaml-language-server: $schema=${ref}`;
}
/** The schema files `init` writes beside the configs: project-relative path → content. */
function projectSchemaFiles() {
    return SCHEMA_KINDS.map((kind) => ({ path: projectSchemaPath(kind), content: schemaText(kind), kind }));
}


/***/ })

};
