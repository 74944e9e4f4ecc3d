// JSON Schema (draft 2020-12) of an eval config (eval.yaml): top level, settings, thresholds, otel, tests
// with every `expected` kind (tagged and legacy forms) and assertions. Mirrors src/core/eval/load*.ts;
// __tests__/unit/schemas/agreement.test.ts keeps the two in step. Inline policies (`args_valid.schema`)
// and inline sequence rules reuse the policy schema, embedded under `$defs/policy*`.
import { JSON_SCHEMA_KEYWORDS } from '../eval/json-schema.js';
import {
  DRAFT_2020_12,
  SCHEMA_IDS,
  closed,
  enumOf,
  int,
  nullable,
  nullableStringList,
  prefixRefs,
  req,
  str,
  stringList,
  type JsonSchema,
} from './common.js';
import { POLICY_BODY, POLICY_DEFS } from './policy.js';

const NUMBER = (description: string, extra: JsonSchema = {}): JsonSchema => ({ type: 'number', description, ...extra });
const BOOL = (description: string): JsonSchema => ({ type: 'boolean', description });
const EXPECT = nullable(enumOf('The outcome this assertion expects: pass (default) or fail.', ['pass', 'fail']));
const NON_EMPTY_STRINGS = (description: string): JsonSchema => stringList(description, { type: 'string' }, { minItems: 1 });

const thresholding = nullable(
  closed('Per-test thresholding', 'Overrides settings.thresholding for this test.', {
    max_drop: nullable(NUMBER('Allowed score drop against the baseline.', { minimum: 0, maximum: 2 })),
  }),
);

/** `must_contain`: a string or a list of strings, not all empty. */
const mustContain: JsonSchema = {
  description: 'Substrings the response must contain (case-sensitive).',
  anyOf: [
    { type: 'string', minLength: 1 },
    { type: 'array', items: { type: 'string' }, contains: { type: 'string', minLength: 1 } },
  ],
};

const stringSequence = stringList('Exact list of tool names the entry must call, in order ([] = no calls).');

/** A schema map `{tool: JSON Schema}` (args_valid): keys are tool names, never JSON Schema keywords. */
const schemaMap: JsonSchema = {
  type: 'object',
  description: 'Tool name → argument JSON Schema; tools absent from the map are not checked.',
  minProperties: 1,
  propertyNames: { not: { enum: [...JSON_SCHEMA_KEYWORDS].sort() } },
  additionalProperties: { type: 'object' },
};

/** What makes an inline `args_valid.schema` a structured policy rather than a schema map (src/core/eval/load-expected-policy.ts). */
const STRUCTURED_POLICY: JsonSchema = {
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

const inlineArgsSchema: JsonSchema = {
  type: 'object',
  description: 'An inline policy (with version, tools, allow, …) or a schema map tool → JSON Schema.',
  not: { ...req(['schemas']), maxProperties: 1, description: 'A root holding only `schemas` is ambiguous: add version: "2.0".' },
  if: STRUCTURED_POLICY,
  then: { $ref: '#/$defs/policy' },
  else: schemaMap,
};

const policyPath = str('Policy file, relative to this config.', { minLength: 1 });

const KINDS: Record<string, JsonSchema> = {
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
        items: closed('Pinned tool', 'One pinned tool.', {
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

const KIND_HELP: Record<string, string> = {
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

function taggedKind(kind: string, body: JsonSchema): JsonSchema {
  const props = (body.properties ?? {}) as Record<string, JsonSchema>;
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

const tagged: JsonSchema = {
  type: 'object',
  required: ['type'],
  properties: { type: enumOf('Kind of check.', KIND_NAMES) },
  allOf: KIND_NAMES.map((k) => ({ if: req(['type'], { type: { const: k } }), then: { $ref: `#/$defs/expected_${k}` } })),
};

/** Legacy blocks without `type`: exactly one of must_contain, sequence, schema, $ref. */
const legacy: JsonSchema = {
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

const expectedBlock: JsonSchema = {
  title: 'Expected block',
  description: 'What the bound trace entry must satisfy: `type: <kind>` plus that kind\'s fields.',
  type: 'object',
  if: req(['type']),
  then: { $ref: '#/$defs/expected_tagged' },
  else: { $ref: '#/$defs/expected_legacy' },
};

const ASSERTIONS: Record<string, { help: string; properties: Record<string, JsonSchema>; required: string[]; extra?: JsonSchema }> = {
  trace_must_call_tool: {
    help: 'At least min_calls calls match tool.',
    properties: { tool: str('Tool-name pattern.', { minLength: 1 }), min_calls: nullable(int('Fewest matching calls (default 1).', 1)) },
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
    properties: { max: int('Most steps.', 0, { maximum: 4294967294 }) },
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

const assertion: JsonSchema = {
  title: 'Assertion',
  description: 'A trace check (trace_*) or a unit test of a rule (args_valid, sequence_valid, tool_blocklist).',
  type: 'object',
  required: ['type'],
  properties: { type: enumOf('Assertion type.', ASSERTION_NAMES) },
  allOf: ASSERTION_NAMES.map((k) => ({ if: req(['type'], { type: { const: k } }), then: { $ref: `#/$defs/assertion_${k}` } })),
};

const CONTROL_FREE = '^[^\\u0000-\\u001f\\u007f-\\u009f]*$';

const test: JsonSchema = closed('Test', 'One test: an input (bound to a trace entry by its prompt) and what the entry must satisfy.', {
  id: str('Unique test id (1–256 characters, no control characters).', { minLength: 1, maxLength: 256, pattern: CONTROL_FREE }),
  input: {
    description: 'The prompt (a string), or {prompt, context}.',
    anyOf: [
      { type: 'string' },
      closed('Input', 'Prompt and context.', {
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

const settings = nullable(
  closed('Settings', 'Run settings.', {
    parallel: int('Concurrency hint (never changes results).', 1),
    timeout_seconds: NUMBER('Per live judge/embedding call while recording.', { exclusiveMinimum: 0 }),
    cache: BOOL('Read and write the eval cache (.assay/cache).'),
    seed: {
      description: 'Order seed: unsigned 64-bit integer (int or decimal string). Absent: derived from the config bytes.',
      anyOf: [{ type: 'integer', minimum: 0 }, { type: 'string', pattern: '^\\s*[0-9]+\\s*$' }],
    },
    judge: nullable(
      closed('Judge', 'Judge settings (used while recording).', {
        rubric_version: str('Rubric version.', { minLength: 1 }),
        samples: int('Samples per live judge call.', 1),
        reliability: nullable(
          closed('Reliability', 'Re-run strategy for borderline judge scores.', {
            borderline_min: NUMBER('Lower borderline score.', { minimum: 0, maximum: 1 }),
            borderline_max: NUMBER('Upper borderline score.', { minimum: 0, maximum: 1 }),
            rerun_strategy: enumOf('Re-run strategy.', ['sequential_sprt', 'single', 'always_three']),
            max_extra_calls_per_test: int('Extra judge calls per test.', 0),
            max_extra_calls_per_run: int('Extra judge calls per run.', 0),
            tie_break: enumOf('Tie break.', ['fail_closed', 'quarantine']),
            blind_labeling: BOOL('Blind labels.'),
            order_randomized: BOOL('Randomised order.'),
            hijack_defense: BOOL('Prompt-hijack defence.'),
          }),
        ),
      }),
    ),
    thresholding: nullable(
      closed('Thresholding', 'Baseline comparison (with --baseline).', {
        mode: enumOf('relative (default): compare scores; absolute: only coverage regressions.', ['relative', 'absolute']),
        max_drop: nullable(NUMBER('Allowed score drop against the baseline (default 0.05).', { minimum: 0, maximum: 2 })),
        min_floor: nullable(NUMBER('Scores below it fail (relative mode).', { minimum: -1, maximum: 1 })),
      }),
    ),
    on_error: enumOf('Evaluation errors: block (row error) or allow (allowed_on_error).', ['block', 'allow']),
    bail_on_first_failure: BOOL('Skip the remaining tests after the first fail or error.'),
  }),
);

const thresholds = nullable(
  closed('Thresholds', 'Defaults for scored kinds and the gate.', {
    min_score: nullable(NUMBER('Default min_score for similarity and judge kinds.', { minimum: 0, maximum: 1 })),
    block_on_warn: BOOL('warn rows fail the gate (as --strict).'),
  }),
);

const otel = nullable(
  closed('OpenTelemetry', 'Validated; no effect on verdicts.', {
    genai_semconv_version: str('GenAI semantic conventions version.', { minLength: 1 }),
    semconv_stability: enumOf('Stability opt-in.', ['stable_only', 'experimental_opt_in']),
    capture_mode: enumOf('Content capture (other than off needs capture_acknowledged and an exporter allowlist).', ['off', 'redacted_inline', 'blob_ref']),
    capture_acknowledged: BOOL('Acknowledges that content is captured.'),
    capture_requires_sampled_span: BOOL('Capture only on sampled spans.'),
    redaction: nullable(closed('Redaction', 'Redaction policies.', { policies: stringList('Policy names.') })),
    exporter: nullable(
      closed('Exporter', 'Where telemetry may go.', { allowlist: stringList('Allowed destinations.'), allow_localhost: BOOL('Allow localhost.') }),
    ),
  }, {
    if: req(['capture_mode'], { capture_mode: { enum: ['redacted_inline', 'blob_ref'] } }),
    then: req(['capture_acknowledged', 'exporter'], {
      capture_acknowledged: { const: true },
      exporter: { type: 'object', ...req(['allowlist'], { allowlist: { type: 'array', minItems: 1 } }) },
    }),
  }),
);

const defs: Record<string, JsonSchema> = {
  test,
  expected: expectedBlock,
  expected_tagged: tagged,
  expected_legacy: legacy,
  assertion,
  args_schema: inlineArgsSchema,
  policy: prefixRefs(POLICY_BODY, 'policy_'),
};
for (const k of KIND_NAMES) defs[`expected_${k}`] = taggedKind(k, KINDS[k]!);
for (const k of ASSERTION_NAMES) {
  const a = ASSERTIONS[k]!;
  defs[`assertion_${k}`] = closed(k, a.help, { type: { const: k, description: a.help }, ...a.properties }, { required: ['type', ...a.required], ...(a.extra ?? {}) });
}
for (const [name, d] of Object.entries(POLICY_DEFS)) defs[`policy_${name}`] = prefixRefs(d, 'policy_');

export const EVAL_SCHEMA: JsonSchema = {
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
  $defs: defs,
};
