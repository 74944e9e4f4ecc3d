// The mcp-server tools evaluated in-process (no worker): payload shapes, legacy blocklist, failures.
import { describe, expect, it } from 'vitest';
import { evaluate, type EvalRequest } from '../../src/runtime/mcp-server/worker.js';
import { checkCall } from '../../src/runtime/mcp-server/tools.js';
import { serverLimits } from '../../src/runtime/mcp-server/index.js';

const POLICY = `tools:
  allow: [search, send_email, read_file]
  deny: ["exec*"]
tool_pins:
  read_file: { server_id: s, tool_name: read_file, schema_hash: "${'a'.repeat(64)}", meta_hash: "${'b'.repeat(64)}" }
sequences:
  - { type: never_after, trigger: read_file, forbidden: send_email }
  - { type: max_calls, tool: search, max: 1 }
`;

let n = 0;
function ev(tool: EvalRequest['tool'], args: Record<string, unknown>, text = POLICY) {
  return evaluate({ tool, args, policy: { canonical: `/virtual/${n++}`, file: 'p.yaml', text } }, 4);
}

describe('mcp-server tools (in-process)', () => {
  it('check_args: stage 1 does not apply (pinned tool allowed), sequences use the history', () => {
    expect(ev('assay_check_args', { tool: 'read_file', arguments: {} }).payload).toMatchObject({ allowed: true, decision: 'allow_with_warning' });
    expect(ev('assay_check_args', { tool: 'send_email', arguments: {}, history: ['read_file'] }).payload).toMatchObject({
      allowed: false,
      error_code: 'E_SEQUENCE_VIOLATION',
      rule: 'sequences[0]=never_after:read_file->send_email',
      violations: [],
    });
    // Name stages win over sequences.
    expect(ev('assay_check_args', { tool: 'exec_x', arguments: {}, history: ['read_file'] }).payload).toMatchObject({ error_code: 'E_TOOL_DENIED' });
  });

  it('check_sequence: every violated rule with a suggested fix', () => {
    const p = ev('assay_check_sequence', { history: ['search', 'read_file'], next_tool: 'search' }).payload;
    expect(p).toEqual({
      allowed: false,
      violations: [{ rule_id: 'max_calls:search<=1', kind: 'max_calls', reason: expect.any(String) }],
      suggested_fix: 'Call search at most 1 times',
    });
  });

  it('policy_decide reads a legacy root blocklist as exact-name deny entries and says so', () => {
    const r = ev('assay_policy_decide', { tool: 'rm_rf' }, 'blocklist: [rm_rf]\n');
    expect(r.payload).toMatchObject({ allowed: false, error_code: 'E_TOOL_DENIED', rule: 'tools.deny[0]=rm_rf' });
    expect(r.warnings).toEqual([expect.stringContaining('blocklist')]);
    expect(ev('assay_policy_decide', { tool: 'ls' }, 'blocklist: [rm_rf]\n').payload).toMatchObject({ allowed: true });
  });

  it('explain_trace: the core explanation, rendered on request, without the argument values', () => {
    const r = ev('assay_explain_trace', { trace: [{ tool: 'read_file', args: { p: 'CANARY' } }, { tool: 'send_email' }], format: 'terminal' });
    expect(r.payload).toMatchObject({ allowed: false, blocked_steps: 1, first_block_index: 1, blocking_rules: ['sequences[0]=never_after:read_file->send_email'] });
    expect(r.text).toContain('sequences[0]=never_after:read_file->send_email');
    expect(JSON.stringify(r)).not.toContain('CANARY');
    expect(ev('assay_explain_trace', { trace: [{ tool: 'search' }], format: 'html' }).text).toMatch(/^<!DOCTYPE html>/);
  });

  it('check_coverage: inventory, exercised rules, high-risk gaps', () => {
    const r = ev('assay_check_coverage', { traces: [{ tools: ['search'] }], threshold: 90, format: 'github' });
    expect(r.payload).toMatchObject({
      tools: { seen: ['search'], declared: ['exec*', 'read_file', 'search', 'send_email'], covered_pct: 25 },
      rules: { total: 2, exercised: 1, not_exercised: ['never_after:read_file->send_email'] },
      high_risk_gaps: ['send_email'],
      meets_threshold: false,
    });
    expect(r.text).toContain('::error::Coverage');
  });

  it('policy errors use the three spec messages', () => {
    expect(ev('assay_policy_decide', { tool: 'x' }, 'a: [\n').payload).toMatchObject({ error: { code: 'E_POLICY_PARSE', message: 'Policy YAML is invalid' } });
    expect(ev('assay_policy_decide', { tool: 'x' }, '- a\n').payload).toMatchObject({ error: { code: 'E_POLICY_PARSE', message: 'Policy root must be a mapping' } });
    expect(ev('assay_policy_decide', { tool: 'x' }, 'tools:\n  alow: [x]\n').payload).toMatchObject({
      error: { code: 'E_POLICY_PARSE', message: 'Policy structure is invalid', details: { line: 2, column: 3 } },
    });
  });

  it('argument checks: unknown keys, limits, types', () => {
    const lim = { ...serverLimits({}), maxFieldBytes: 100, maxToolCalls: 3 };
    const code = (name: string, a: unknown) => {
      try {
        checkCall(name, a, lim);
        return 'ok';
      } catch (e) {
        return `${(e as { code: string }).code}: ${(e as Error).message}`;
      }
    };
    expect(code('assay_check_args', { tool: 'x', arguments: {} })).toBe('ok');
    expect(code('assay_check_args', { tool: 'x' })).toBe('E_INVALID_REQUEST: "arguments" must be an object');
    expect(code('assay_check_args', { tool: 'x'.repeat(101), arguments: {} })).toBe('E_LIMIT_EXCEEDED: tool name too long');
    expect(code('assay_check_args', { tool: 'x', arguments: { v: 'y'.repeat(200) } })).toBe('E_LIMIT_EXCEEDED: arguments too large');
    expect(code('assay_check_sequence', { history: ['a', 'b', 'c', 'd'], next_tool: 'e' })).toBe('E_LIMIT_EXCEEDED: history too long');
    expect(code('assay_policy_decide', { tool: 'x', extra: 1 })).toBe('E_INVALID_REQUEST: unknown argument');
    expect(code('assay_explain_trace', { trace: [] })).toBe('E_INVALID_REQUEST: "trace" must be a non-empty list');
    expect(code('assay_check_coverage', { traces: [{ tools: ['a'] }], threshold: 101 })).toBe('E_INVALID_REQUEST: "threshold" must be a number from 0 to 100');
    expect(code('nope', {})).toBe('E_INVALID_REQUEST: unknown tool');
  });
});
