// Starter policies written by `assay init --preset` (02 §4.10), all in the v2 form (01 §2.2).
// **Differs:** the reference's presets are legacy v1 policies that trigger its own deprecation banner.

export type PresetName = 'default' | 'hardened' | 'dev';

export interface PresetInfo {
  name: PresetName;
  description: string;
}

export const PRESETS: readonly PresetInfo[] = [
  {
    name: 'default',
    description: 'Allow every tool except exec/shell-style tools; schema-check read_file paths; warn on tools without a schema.',
  },
  {
    name: 'hardened',
    description:
      'Explicit allowlist (read_file, list_dir, search), deny exec*/shell*, every allowed tool must have a schema, at most 50 tool calls per episode.',
  },
  {
    name: 'dev',
    description: 'Like default, but tools without a schema are allowed silently (local development).',
  },
];

/** `--pack` is an alias of `--preset`; names are matched exactly. */
export function findPreset(name: string): PresetInfo | undefined {
  return PRESETS.find((p) => p.name === name);
}

// Workspace-relative paths (not starting with a dot: no .env, .ssh), or absolute paths under /app or
// /data; never a `..` step. RE2 syntax (01 §2.5) has no look-ahead, so the `..` ban is a JSON Schema `not`.
const PATH_SCHEMA = [
  '        type: string',
  '        minLength: 1',
  "        pattern: '^(/app/|/data/|[A-Za-z0-9_])'",
  '        not:',
  "          pattern: '\\.\\.'",
];

function pathToolSchema(tool: string, strict: boolean): string[] {
  return [
    `  ${tool}:`,
    '    type: object',
    ...(strict ? ['    additionalProperties: false'] : []),
    '    properties:',
    '      path:',
    ...PATH_SCHEMA,
    '    required: [path]',
  ];
}

const DENY_EXACT = '["exec", "shell", "bash", "cmd", "powershell", "spawn", "python_sandbox"]';

export function presetPolicyYaml(name: PresetName): string {
  const lines: string[] = [];
  if (name === 'hardened') {
    lines.push(
      '# Assay policy, preset "hardened" (v2). Only the listed tools may run, each with an argument schema;',
      '# a tool added to tools.allow without a schema is denied (unconstrained_tools: deny).',
      'version: "2.0"',
      'name: "starter-hardened"',
      'tools:',
      '  allow: ["read_file", "list_dir", "search"]',
      '  deny: ["exec*", "shell*"]',
      'schemas:',
      ...pathToolSchema('read_file', true),
      ...pathToolSchema('list_dir', true),
      '  search:',
      '    type: object',
      '    additionalProperties: false',
      '    properties:',
      '      query:',
      '        type: string',
      '        minLength: 1',
      '        maxLength: 512',
      '    required: [query]',
      'enforcement:',
      '  unconstrained_tools: deny',
      'limits:',
      '  max_tool_calls_total: 50',
    );
  } else {
    const dev = name === 'dev';
    lines.push(
      `# Assay policy, preset "${name}" (v2). Every tool is allowed except the exec/shell family;`,
      '# read_file paths are checked by a schema. Narrow tools.allow once you know which tools your agent uses.',
      'version: "2.0"',
      `name: "starter-${name}"`,
      'tools:',
      '  allow: ["*"]',
      `  deny: ${DENY_EXACT}`,
      'schemas:',
      ...pathToolSchema('read_file', false),
      'enforcement:',
      dev ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn',
    );
  }
  return lines.join('\n') + '\n';
}
