import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importInitFiles } from '../../../src/core/import/index.js';

function load(text: string): Record<string, unknown> {
  return parse(text, { version: '1.2', schema: 'core', uniqueKeys: true }) as Record<string, unknown>;
}

describe('import --init files', () => {
  it('writes an eval config with the quality and sequence gates on the session prompt', () => {
    const { evalYaml } = importInitFiles(['write_file', 'read_file', 'read_file']);
    expect(load(evalYaml)).toEqual({
      configVersion: 1,
      suite: 'mcp-suite',
      model: 'trace',
      tests: [
        { id: 'mcp-quality-gate', input: { prompt: '<mcp:session>' }, expected: { type: 'args_valid', policy: 'policy.yaml' } },
        {
          id: 'mcp-sequence-gate',
          input: { prompt: '<mcp:session>' },
          expected: {
            type: 'sequence_valid',
            rules: [
              { type: 'require', tool: 'read_file' },
              { type: 'require', tool: 'write_file' },
            ],
          },
        },
      ],
    });
  });

  it('writes a v2 policy allowing exactly the tools seen, sorted, with unconstrained_tools warn', () => {
    const { policyYaml } = importInitFiles(['zeta', 'Alpha', 'beta']);
    expect(load(policyYaml)).toEqual({
      version: '2.0',
      name: 'mcp-import',
      tools: { allow: ['Alpha', 'beta', 'zeta'] },
      enforcement: { unconstrained_tools: 'warn' },
    });
  });

  it('binds the tests to --prompt when one was given', () => {
    const ev = load(importInitFiles(['t'], 'book: "AMS" #1').evalYaml);
    const tests = ev['tests'] as Array<{ input: { prompt: string } }>;
    expect(tests.map((t) => t.input.prompt)).toEqual(['book: "AMS" #1', 'book: "AMS" #1']);
  });

  it('with no tools: an empty allowlist (deny all) and an exact empty sequence', () => {
    const files = importInitFiles([]);
    expect(load(files.policyYaml)['tools']).toEqual({ allow: [] });
    const tests = load(files.evalYaml)['tests'] as Array<{ expected: Record<string, unknown> }>;
    expect(tests[1]!.expected).toEqual({ type: 'sequence_valid', sequence: [] });
  });

  it('quotes tool names so YAML cannot reinterpret them, and keeps "*" names out of the allowlist', () => {
    const names = ['yes', 'null', '- x', 'a: b', '#c', 'tab\there', 'del\u007f', '*'];
    const files = importInitFiles(names);
    const allow = (load(files.policyYaml)['tools'] as { allow: string[] }).allow;
    expect(allow).toEqual(names.filter((n) => n !== '*').sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(files.policyYaml).toContain('# not allowed (name contains "*"');
    const rules = ((load(files.evalYaml)['tests'] as Array<{ expected: { rules: Array<{ tool: string }> } }>)[1]!.expected.rules).map((r) => r.tool);
    expect(rules).toContain('*');
    expect(rules).toContain('yes');
  });
});
