import Ajv2020Module from 'ajv/dist/2020.js';
import type { Options, ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { parse } from 'yaml';
import {
  PRESETS,
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
};
function validator(schema: unknown): ValidateFunction {
  return new Ajv({ strict: false, allErrors: true }).compile(schema as object);
}

/** The §2.4 pattern language, enough for the starter lists (exact names, `x*`, `*`). */
function matches(pattern: string, name: string): boolean {
  if (/^\*+$/.test(pattern)) return true;
  if (pattern.endsWith('*') && !pattern.slice(0, -1).includes('*')) return name.startsWith(pattern.replace(/\*+$/, ''));
  return pattern === name;
}

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

  it.each(['default', 'dev'] as const)('%s: v2, allow *, the exact deny list, a read_file path schema', (name) => {
    const p = load<Policy>(presetPolicyYaml(name));
    expect(Object.keys(p)).toEqual(['version', 'name', 'tools', 'schemas', 'enforcement']);
    expect(p.version).toBe('2.0');
    expect(p.tools.allow).toEqual(['*']);
    expect(p.tools.deny).toEqual(['exec', 'shell', 'bash', 'cmd', 'powershell', 'spawn', 'python_sandbox']);
    expect(Object.keys(p.schemas)).toEqual(['read_file']);
    expect(p.enforcement.unconstrained_tools).toBe(name === 'dev' ? 'allow' : 'warn');
  });

  it('hardened: explicit allowlist, deny exec*/shell*, unconstrained deny, a schema for every allowed tool', () => {
    const p = load<Policy>(presetPolicyYaml('hardened'));
    expect(p.version).toBe('2.0');
    expect(p.tools.allow).toEqual(['read_file', 'list_dir', 'search']);
    expect(p.tools.deny).toEqual(['exec*', 'shell*']);
    expect(p.enforcement.unconstrained_tools).toBe('deny');
    expect(Object.keys(p.schemas).sort()).toEqual([...p.tools.allow].sort());
    expect(p.limits).toEqual({ max_tool_calls_total: 50 });
  });

  it.each(PRESETS.map((p) => p.name))('%s: the read_file schema accepts safe paths and refuses others', (name) => {
    const v = validator(load<Policy>(presetPolicyYaml(name as PresetName)).schemas['read_file']);
    for (const ok of ['/app/README.md', '/data/in.csv', 'src/index.ts', 'README.md']) expect(v({ path: ok }), ok).toBe(true);
    for (const bad of ['/etc/passwd', '/app/../etc/passwd', 'src/../../x', '.env', '~/.ssh/id_rsa', '']) expect(v({ path: bad }), bad).toBe(false);
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

  it.each(PRESETS.map((p) => p.name))('%s: every schema pattern is RE2 syntax (01 §2.5)', (name) => {
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
    expect(RE2JS.compile(patterns[0]!).matcher('/app/x').find()).toBe(true);
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
