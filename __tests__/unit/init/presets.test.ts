import Ajv2020Module from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { withinKeyword } from '../../../src/core/policy/within.js';
import { matchToolPattern } from '../../../src/core/policy/tool-pattern.js';
import { parse } from 'yaml';
import {
  COMMAND_TOOL_PATTERNS,
  PRESETS,
  isCommandTool,
  exampleTraceJsonl,
  findPreset,
  helloEvalYaml,
  helloTraceJsonl,
  presetPolicyYaml,
  starterEvalYaml,
  type PresetName,
} from '../../../src/core/init/index.js';

type Policy = {
  version: string;
  name: string;
  tools: { allow: string[]; deny: string[] };
  schemas: Record<string, unknown>;
  enforcement: { unconstrained_tools: string };
  limits?: Record<string, number>;
};

function load<T>(text: string): T {
  return parse(text, { version: '1.2', schema: 'core', uniqueKeys: true }) as T;
}

const Ajv = ((Ajv2020Module as unknown as { default?: unknown }).default ?? Ajv2020Module) as new (o: Options) => {
  compile(s: object): ValidateFunction;
  addKeyword(k: object): unknown;
};
function validator(schema: unknown): ValidateFunction {
  const ajv = new Ajv({ strict: false, allErrors: true });
  // The policy engine's path-containment keyword, as the gate compiles it.
  ajv.addKeyword(withinKeyword());
  return ajv.compile(schema as object);
}

const matches = (pattern: string, name: string): boolean => matchToolPattern(pattern, name);

function exampleCalls(): Array<{ tool_name: string; args: unknown }> {
  return exampleTraceJsonl()
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; tool_name: string; args: unknown })
    .filter((e) => e.type === 'tool_call');
}

describe('init presets', () => {
  it('lists default, hardened and dev with descriptions', () => {
    expect(PRESETS.map((p) => p.name)).toEqual(['default', 'hardened', 'dev']);
    for (const p of PRESETS) expect(p.description.length).toBeGreaterThan(10);
    expect(findPreset('hardened')?.name).toBe('hardened');
    expect(findPreset('Hardened')).toBeUndefined();
  });

  it.each(['default', 'dev'] as const)('%s: v2, allow *, the command patterns denied, path schemas for the file tools', (name) => {
    const p = load<Policy>(presetPolicyYaml(name));
    expect(Object.keys(p)).toEqual(['version', 'name', 'tools', 'schemas', 'enforcement']);
    expect(p.version).toBe('2.0');
    expect(p.tools.allow).toEqual(['*']);
    expect(p.tools.deny).toEqual([...COMMAND_TOOL_PATTERNS]);
    expect(Object.keys(p.schemas)).toEqual(['read_file', 'read_text_file', 'write_file', 'edit_file', 'list_directory', 'list_dir']);
    expect(p.enforcement.unconstrained_tools).toBe(name === 'dev' ? 'allow' : 'warn');
  });

  it('hardened: explicit allowlist, command patterns denied, unconstrained deny, a schema for every allowed tool', () => {
    const p = load<Policy>(presetPolicyYaml('hardened'));
    expect(p.version).toBe('2.0');
    expect(p.tools.allow).toEqual(['read_file', 'list_dir', 'search']);
    expect(p.tools.deny).toEqual([...COMMAND_TOOL_PATTERNS]);
    expect(p.enforcement.unconstrained_tools).toBe('deny');
    expect(Object.keys(p.schemas).sort()).toEqual([...p.tools.allow].sort());
    expect(p.limits).toEqual({ max_tool_calls_total: 50 });
  });

  // Command-running tools of real MCP servers and agents: every one must be denied by name.
  const COMMAND_TOOLS = [
    'shell_exec', 'execute_command', 'run_terminal_cmd', 'run_in_terminal', 'run_shell_command', 'exec_command', 'local_shell',
    'bash', 'Bash', 'execute_bash', 'shell', 'exec', 'executeCommand', 'runCommand', 'run_command', 'start_process',
    'interact_with_process', 'powershell', 'cmd', 'spawn', 'python_sandbox', 'run_python', 'execute_python', 'python_repl',
    'code_interpreter', 'sandbox_exec', 'ssh_exec', 'terminal', 'osascript', 'applescript_execute', 'sudo', 'sh', 'zsh',
  ];
  // Everyday tools of the reference MCP servers: none may be caught by the command patterns.
  const BENIGN_TOOLS = [
    'read_file', 'read_text_file', 'write_file', 'edit_file', 'list_directory', 'directory_tree', 'search_files', 'get_file_info',
    'move_file', 'fetch', 'git_status', 'git_diff', 'git_log', 'create_issue', 'search_repositories', 'get_current_time',
    'query', 'list_tables', 'describe_table', 'browser_navigate', 'create_entities', 'sequentialthinking', 'echo', 'add', 'search',
  ];
  it.each(COMMAND_TOOLS)('denies the command-running tool %s', (tool) => {
    expect(isCommandTool(tool)).toBe(true);
    for (const { name } of PRESETS) expect(load<Policy>(presetPolicyYaml(name)).tools.deny.some((d) => matches(d, tool)), name).toBe(true);
  });
  it.each(BENIGN_TOOLS)('does not deny the everyday tool %s', (tool) => {
    expect(isCommandTool(tool)).toBe(false);
  });

  it.each(PRESETS.map((p) => p.name))('%s: the read_file schema accepts safe paths and refuses others', (name) => {
    const v = validator(load<Policy>(presetPolicyYaml(name as PresetName)).schemas['read_file']);
    for (const ok of ['/app/README.md', '/data/in.csv', '/app/a/../b.txt', 'src/index.ts', 'README.md']) expect(v({ path: ok }), ok).toBe(true);
    for (const bad of ['/etc/passwd', '/app/../etc/passwd', '/app/../../etc', '/application/x', '/app\u0000/x', 'src/../../x', '.env', '~/.ssh/id_rsa', '']) {
      expect(v({ path: bad }), bad).toBe(false);
    }
    expect(v({})).toBe(false);
    expect(v({ path: 7 })).toBe(false);
  });

  it.each(PRESETS.map((p) => p.name))('%s: the example trace passes (tools allowed, not denied, args valid)', (name) => {
    const p = load<Policy>(presetPolicyYaml(name as PresetName));
    const calls = exampleCalls();
    expect(calls.length).toBeGreaterThan(0);
    for (const c of calls) {
      expect(p.tools.deny.some((d) => matches(d, c.tool_name))).toBe(false);
      expect(p.tools.allow.some((a) => matches(a, c.tool_name))).toBe(true);
      const schema = p.schemas[c.tool_name];
      expect(schema, `schema for ${c.tool_name}`).toBeDefined();
      expect(validator(schema)(c.args)).toBe(true);
    }
  });

  it.each(PRESETS.map((p) => p.name))('%s: every schema pattern is RE2 syntax', (name) => {
    const patterns: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          if (k === 'pattern' && typeof x === 'string') patterns.push(x);
          else walk(x);
        }
      }
    };
    walk(load<Policy>(presetPolicyYaml(name as PresetName)).schemas);
    expect(patterns.length).toBeGreaterThan(0);
    for (const p of patterns) expect(() => RE2JS.compile(p)).not.toThrow();
    expect(RE2JS.compile(patterns[0]!).matcher('src/x').find()).toBe(true);
  });

  it('denies the shell family in every preset', () => {
    for (const { name } of PRESETS) {
      const p = load<Policy>(presetPolicyYaml(name));
      for (const t of ['exec', 'shell']) expect(p.tools.deny.some((d) => matches(d, t)), `${name} ${t}`).toBe(true);
    }
  });
});

describe('init eval configs and traces', () => {
  it('starter config: suite starter, model trace, one regex_match test on replace_with_real_prompt', () => {
    expect(load(starterEvalYaml())).toEqual({
      configVersion: 1,
      suite: 'starter',
      model: 'trace',
      tests: [
        { id: 'starter_smoke', input: { prompt: 'replace_with_real_prompt' }, expected: { type: 'regex_match', pattern: '.*', flags: ['s'] } },
      ],
    });
  });

  it('hello config: hello_smoke_regex on hello_prompt with Hello\\s+Assay, flag i', () => {
    const text = helloEvalYaml();
    expect(text).toContain('suite: "hello_smoke"');
    expect(text).toContain('id: "hello_smoke_regex"');
    expect(load(text)).toEqual({
      configVersion: 1,
      suite: 'hello_smoke',
      model: 'trace',
      tests: [{ id: 'hello_smoke_regex', input: { prompt: 'hello_prompt' }, expected: { type: 'regex_match', pattern: 'Hello\\s+Assay', flags: ['i'] } }],
    });
  });

  it('the example trace answers the starter prompt; the hello trace answers hello_prompt with Hello Assay', () => {
    const ex = exampleTraceJsonl().trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(ex[0]).toMatchObject({ type: 'episode_start', input: { prompt: 'replace_with_real_prompt' } });
    expect(ex.at(-1)).toMatchObject({ type: 'episode_end' });
    const hello = helloTraceJsonl().trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hello[0]).toMatchObject({ type: 'episode_start', input: { prompt: 'hello_prompt' } });
    expect(hello.at(-1)).toMatchObject({ type: 'episode_end', final_output: 'Hello Assay' });
    expect(/Hello\s+Assay/i.test(String(hello.at(-1)!['final_output']))).toBe(true);
  });

  it('traces are canonical V2: key order, LF endings, no BOM', () => {
    const text = exampleTraceJsonl();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).not.toContain('\r');
    expect(text.endsWith('\n')).toBe(true);
    const lines = text.trimEnd().split('\n');
    expect(Object.keys(JSON.parse(lines[2]!) as object)).toEqual([
      'type',
      'episode_id',
      'step_id',
      'timestamp',
      'tool_name',
      'call_index',
      'args',
      'result',
      'error',
    ]);
  });
});
