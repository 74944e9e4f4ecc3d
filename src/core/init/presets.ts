// Starter policies written by `assay init --preset`, all in the v2 form. Command-running tools are denied
// by name pattern, path arguments are contained (docs/getting-started.md, "What the starter policy allows").
import { matchToolPattern } from '../policy/tool-pattern.js';
import { yamlFlowList } from './yaml-text.js';

export type PresetName = 'default' | 'hardened' | 'dev';

export interface PresetInfo {
  name: PresetName;
  description: string;
}

export const PRESETS: readonly PresetInfo[] = [
  {
    name: 'default',
    description:
      'Allows every tool except command-running ones (denied by name pattern: *exec*, *shell*, *bash*, *terminal*, *_command, python*, …); file tools (read_file, write_file, edit_file, list_directory, …) must name a path inside /app or /data or a relative path without ".."; other tools without an argument schema are allowed with a warning.',
  },
  {
    name: 'hardened',
    description:
      'Allows only read_file, list_dir and search, each with a strict argument schema (paths inside /app or /data or relative without ".."); denies command-running tools by name pattern; any other tool is denied; at most 50 tool calls per episode.',
  },
  {
    name: 'dev',
    description: 'Same rules as default, but tools without an argument schema are allowed silently (local development).',
  },
];

/** `--pack` is an alias of `--preset`; names are matched exactly. */
export function findPreset(name: string): PresetInfo | undefined {
  return PRESETS.find((p) => p.name === name);
}

/**
 * Tool-name patterns of command-running tools (the pattern language is case-sensitive, so the capitalised
 * spellings are listed too). Chosen against real MCP/agent tool names: shell_exec, execute_command,
 * run_terminal_cmd, run_in_terminal, run_shell_command, exec_command, local_shell, bash, Bash,
 * execute_bash, start_process, run_python, code_interpreter, powershell, … (see __tests__/unit/init/presets.test.ts).
 * Broad on purpose: a false positive (say `get_execution_status`) shows up as a finding to allow
 * explicitly; a false negative lets a shell through.
 */
export const COMMAND_TOOL_PATTERNS: readonly string[] = [
  '*exec*',
  '*Exec*',
  '*shell*',
  '*Shell*',
  '*bash*',
  '*Bash*',
  'sh',
  'zsh*',
  'pwsh*',
  '*terminal*',
  '*Terminal*',
  'command',
  '*_command',
  '*Command',
  'cmd',
  'cmd_*',
  '*_cmd',
  'spawn*',
  '*_spawn',
  '*_process',
  'python*',
  '*_python',
  'run_code',
  'code_interpreter',
  'eval',
  'osascript*',
  '*applescript*',
  'sudo*',
  'ssh*',
];

/** Allowed folders for absolute path arguments (lexical containment: `..` cannot climb out). */
export const PRESET_FOLDERS: readonly string[] = ['/app', '/data'];

/** File tools whose `path` argument the default and dev presets constrain. */
export const PATH_TOOLS: readonly string[] = ['read_file', 'read_text_file', 'write_file', 'edit_file', 'list_directory', 'list_dir'];

// A path is either absolute and contained in PRESET_FOLDERS (`x-assay-within`, lexically normalised, see
// docs/authoring.md "Path arguments"), or workspace-relative: not starting with a dot (no .env, .ssh),
// never a `..` step. RE2 syntax has no look-ahead, so the `..` ban is a JSON Schema `not`.
function pathSchema(indent: string): string[] {
  return [
    `${indent}type: string`,
    `${indent}minLength: 1`,
    `${indent}anyOf:`,
    `${indent}  - x-assay-within: ${yamlFlowList(PRESET_FOLDERS)}`,
    `${indent}  - pattern: '^[A-Za-z0-9_]'`,
    `${indent}    not:`,
    `${indent}      pattern: '\\.\\.'`,
  ];
}

function pathToolSchema(tool: string, strict: boolean): string[] {
  return [
    `  ${tool}:`,
    '    type: object',
    ...(strict ? ['    additionalProperties: false'] : []),
    '    properties:',
    '      path:',
    ...pathSchema('        '),
    '    required: [path]',
  ];
}

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
      `  deny: ${yamlFlowList(COMMAND_TOOL_PATTERNS)}`,
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
      `# Assay policy, preset "${name}" (v2). Every tool is allowed except command-running ones (tools.deny,`,
      '# matched by name pattern); file tools must name a path inside /app or /data, or a relative path without "..".',
      '# Narrow tools.allow once you know which tools your agent uses: `assay coverage` lists the tools it saw.',
      'version: "2.0"',
      `name: "starter-${name}"`,
      'tools:',
      '  allow: ["*"]',
      `  deny: ${yamlFlowList(COMMAND_TOOL_PATTERNS)}`,
      'schemas:',
      ...PATH_TOOLS.flatMap((t) => pathToolSchema(t, false)),
      'enforcement:',
      dev ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn',
    );
  }
  return lines.join('\n') + '\n';
}

/** A tool name the command patterns deny. */
export function isCommandTool(name: string): boolean {
  return COMMAND_TOOL_PATTERNS.some((p) => matchToolPattern(p, name));
}

/**
 * The default/dev policy for an MCP server project whose tools were read from its sources: only those
 * tools are allowed (a new tool is a finding until it is added), command-running ones stay denied.
 */
export function serverPolicyYaml(name: 'default' | 'dev', tools: readonly string[]): string {
  const pathTools = PATH_TOOLS.filter((t) => tools.includes(t));
  const lines = [
    `# Assay policy for this MCP server, preset "${name}" (v2). tools.allow lists the tools read from the`,
    '# sources; add new tools here as the server grows. Command-running tools stay denied (deny wins).',
    'version: "2.0"',
    `name: "server-${name}"`,
    'tools:',
    `  allow: ${yamlFlowList(tools)}`,
    `  deny: ${yamlFlowList(COMMAND_TOOL_PATTERNS)}`,
  ];
  if (pathTools.length) lines.push('schemas:', ...pathTools.flatMap((t) => pathToolSchema(t, false)));
  lines.push('enforcement:', name === 'dev' ? '  unconstrained_tools: allow   # dev: no warning for tools without a schema' : '  unconstrained_tools: warn');
  return lines.join('\n') + '\n';
}
