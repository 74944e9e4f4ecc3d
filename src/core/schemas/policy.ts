// JSON Schema (draft 2020-12) of a policy file in every spelling the loader accepts: v2, the short form
// (root allow/deny/constraints), legacy v1 (tools.arg_constraints, tools.require_args) and sequences.
// Mirrors src/core/policy/load*.ts; __tests__/unit/schemas/agreement.test.ts keeps the two in step.
import {
  DRAFT_2020_12,
  SCHEMA_IDS,
  closed,
  enumOf,
  int,
  nullable,
  nullableStringList,
  req,
  ruleObject,
  str,
  stringList,
  type JsonSchema,
} from './common.js';

const PATTERN_HELP = 'Tool-name pattern: exact name, or `*` at the start and/or end (prefix, suffix, contains); `*` alone matches every tool.';

/** An argument JSON Schema written by the user (a mapping or a boolean); ajv compiles it at load. */
const userSchema = (description: string): JsonSchema => ({ type: ['object', 'boolean'], description });

const patternList = (description: string): JsonSchema => nullableStringList(`${description} ${PATTERN_HELP}`);
const classList = (description: string): JsonSchema => nullableStringList(description);

const HEX64 = { type: 'string', pattern: '^[0-9a-f]{64}$' };

/** A folder of a `within` list: absolute, no `..` segment, no backslash, no NUL. */
const WITHIN_FOLDER: JsonSchema = {
  type: 'string',
  description: 'Absolute folder (starts with "/"); no ".." segment, no backslash.',
  pattern: '^/',
  not: { anyOf: [{ pattern: '(^|/)\\.\\.(/|$)' }, { pattern: '\\\\' }, { pattern: '\\u0000' }] },
};

const defs: Record<string, JsonSchema> = {
  selector: {
    title: 'Tool selector',
    description: `An alias name (matches its members exactly) or a tool-name pattern, or {tool, args_match}. ${PATTERN_HELP}`,
    anyOf: [
      { type: 'string' },
      closed('Selector with argument regexes', 'Matches a call of `tool` whose named arguments all exist and match their RE2 regex.', {
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
    allOf: (['require', 'blocklist', 'before', 'never_after', 'max_calls', 'eventually', 'after', 'sequence'] as const).map((k) => ({
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
    max: int('Most calls allowed.', 0),
  }, { required: ['type', 'tool', 'max'] }),
  rule_eventually: ruleObject('eventually', 'Violated unless `tool` is among the first `within` calls.', {
    type: { const: 'eventually' },
    tool: { $ref: '#/$defs/selector', description: 'The tool that must be called.' },
    within: int('Number of calls within which it must happen.', 1),
  }, { required: ['type', 'tool', 'within'] }),
  rule_after: ruleObject('after', 'Violated when a `trigger` call is not followed by `then` within `within` calls.', {
    type: { const: 'after' },
    trigger: { $ref: '#/$defs/selector', description: 'The call that needs a follow-up.' },
    then: { $ref: '#/$defs/selector', description: 'The follow-up.' },
    within: int('Calls after the trigger within which `then` must come (default 1).', 1),
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
  monitor_match: closed('Runtime monitor match', 'What a runtime monitor rule matches.', {
    path_globs: stringList('File path globs.'),
    dest_globs: stringList('Network destination globs.'),
    not: nullable({ $ref: '#/$defs/monitor_match', description: 'Exclusions.' }),
  }),
};

const tools = nullable(
  closed('Tool rules', 'Which tools may be called (deny beats allow), plus obligations the MCP proxy applies.', {
    allow: patternList('Allowlist. Present but empty denies every tool.'),
    deny: patternList('Denylist; beats allow.'),
    allow_classes: classList('Allowed taxonomy classes (see tool_classes).'),
    deny_classes: classList('Denied taxonomy classes.'),
    approval_required: patternList('Runtime only: tools that need approval.'),
    approval_required_classes: classList('Runtime only: classes that need approval.'),
    restrict_scope: patternList('Runtime only: tools whose scope is restricted.'),
    restrict_scope_classes: classList('Runtime only: classes whose scope is restricted.'),
    restrict_scope_contract: nullable(
      closed('Scope contract', 'Runtime only: how the scope is restricted.', {
        scope_type: str('Scope type.'),
        scope_value: str('Scope value.'),
        scope_match_mode: str('Match mode.'),
      }, { required: ['scope_type', 'scope_value', 'scope_match_mode'] }),
    ),
    redact_args: patternList('Runtime only: tools whose arguments are redacted.'),
    redact_args_classes: classList('Runtime only: classes whose arguments are redacted.'),
    redact_args_contract: nullable(
      closed('Redaction contract', 'Runtime only: how arguments are redacted.', {
        redaction_target: str('What is redacted.'),
        redaction_mode: str('How.'),
        redaction_scope: str('Where.'),
      }, { required: ['redaction_target', 'redaction_mode', 'redaction_scope'] }),
    ),
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
  }),
);

/** Top-level properties; shared with the eval schema's inline `args_valid` policies. */
const properties: Record<string, JsonSchema> = {
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
  enforcement: nullable(
    closed('Enforcement', 'What happens to allowed tools without an argument schema.', {
      unconstrained_tools: enumOf('warn (default): allow with a warning; deny: refuse; allow: allow silently.', ['warn', 'deny', 'allow']),
    }),
  ),
  limits: nullable(
    closed('Limits', 'Ceilings per episode (replay) or per session (proxy).', {
      max_requests_total: nullable(int('Most MCP requests.', 1)),
      max_tool_calls_total: nullable(int('Most tool calls.', 1)),
    }),
  ),
  tool_pins: nullable({
    type: 'object',
    description: 'Tool name → pinned identity; drift is denied (E_TOOL_DRIFT).',
    additionalProperties: closed('Tool pin', 'Identity a tool must keep.', {
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
  signatures: nullable(
    closed('Signatures', 'Runtime only: tool description integrity.', {
      check_descriptions: { type: ['boolean', 'null'], description: 'Check tool descriptions at runtime.' },
    }),
  ),
  discovery: nullable(
    closed('Discovery', 'Runtime only: MCP server discovery.', {
      enabled: { type: 'boolean', description: 'Turn discovery on.' },
      methods: stringList('Discovery methods.', enumOf('Method.', ['config_files', 'processes', 'network', 'dns', 'well_known'])),
      output: nullable(str('Where to write findings.')),
      on_findings: closed('On findings', 'What to do with findings.', {
        unmanaged_server: enumOf('An unmanaged server.', ['log', 'warn', 'fail']),
        no_auth: enumOf('A server without authentication.', ['log', 'warn', 'fail']),
      }),
    }),
  ),
  runtime_monitor: nullable(
    closed('Runtime monitor', 'Runtime only: kernel-level monitoring rules.', {
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
    }),
  ),
  kill_switch: nullable(
    closed('Kill switch', 'Runtime only: stop the server when a monitor rule fires.', {
      enabled: { type: 'boolean', description: 'Turn the kill switch on.' },
      mode: enumOf('How to stop.', ['graceful', 'immediate']),
      grace_period_ms: int('Grace period in milliseconds.', 0),
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
    }),
  ),
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
export const POLICY_BODY: JsonSchema = {
  title: 'Assay policy',
  description: 'Which tools an agent may call, with which arguments, in which order. See docs/authoring.md.',
  type: 'object',
  properties,
  additionalProperties: false,
};

export const POLICY_DEFS: Record<string, JsonSchema> = defs;

export const POLICY_SCHEMA: JsonSchema = {
  $schema: DRAFT_2020_12,
  $id: SCHEMA_IDS.policy,
  ...POLICY_BODY,
  $defs: POLICY_DEFS,
};
