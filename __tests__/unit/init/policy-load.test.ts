// The policies init and import --init write load through the one policy loader and decide
// the example trace's calls as intended.
import { describe, expect, it } from 'vitest';
import { importInitFiles } from '../../../src/core/import/index.js';
import { PRESETS, exampleTraceJsonl, presetPolicyYaml, type PresetName } from '../../../src/core/init/index.js';
import { parsePolicy } from '../../../src/core/policy/index.js';

function exampleCalls(): Array<{ tool_name: string; args: unknown }> {
  return exampleTraceJsonl()
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { type: string; tool_name: string; args: unknown })
    .filter((e) => e.type === 'tool_call');
}

describe('generated policies load and decide', () => {
  it.each(PRESETS.map((p) => p.name))('%s: loads without warnings; the example trace is allowed', (name) => {
    const { policy, diagnostics } = parsePolicy(presetPolicyYaml(name as PresetName), 'policy.yaml');
    expect(diagnostics).toEqual([]);
    expect(policy.version).toBe('2.0');
    const session = policy.newSession();
    for (const call of exampleCalls()) expect(session.decide(call)).toMatchObject({ decision: 'allow', code: null });
  });

  it.each(PRESETS.map((p) => p.name))('%s: denies exec and an unsafe read_file path', (name) => {
    const { policy } = parsePolicy(presetPolicyYaml(name as PresetName), 'policy.yaml');
    const s = policy.newSession();
    expect(s.decide({ tool_name: 'exec', args: { cmd: 'rm -rf /' } }).code).toBe('E_TOOL_DENIED');
    expect(s.decide({ tool_name: 'shell', args: {} }).code).toBe('E_TOOL_DENIED');
    expect(s.decide({ tool_name: 'read_file', args: { path: '/app/../etc/shadow' } })).toMatchObject({ decision: 'deny', code: 'E_ARG_SCHEMA' });
    expect(s.decide({ tool_name: 'read_file', args: { path: '/etc/passwd' } })).toMatchObject({ decision: 'deny', code: 'E_ARG_SCHEMA' });
  });

  it('default warns on a tool without a schema, dev allows it, hardened denies an unlisted tool', () => {
    const decide = (name: PresetName) => parsePolicy(presetPolicyYaml(name), 'policy.yaml').policy.newSession().decide({ tool_name: 'send_email', args: {} });
    expect(decide('default')).toMatchObject({ decision: 'allow_with_warning', code: 'E_TOOL_UNCONSTRAINED' });
    expect(decide('dev')).toMatchObject({ decision: 'allow' });
    expect(decide('hardened')).toMatchObject({ decision: 'deny', code: 'E_TOOL_NOT_ALLOWED' });
  });

  it('import --init policy: allows exactly the tools seen (with the unconstrained warning)', () => {
    const { policy, diagnostics } = parsePolicy(importInitFiles(['read_file', 'search']).policyYaml, 'policy.yaml');
    expect(diagnostics).toEqual([]);
    const s = policy.newSession();
    expect(s.decide({ tool_name: 'search', args: {} })).toMatchObject({ decision: 'allow_with_warning', code: 'E_TOOL_UNCONSTRAINED' });
    expect(s.decide({ tool_name: 'exec', args: {} })).toMatchObject({ decision: 'deny', code: 'E_TOOL_NOT_ALLOWED' });
  });
});
