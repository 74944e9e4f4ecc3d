// Shared builders for the report tests (not a test file itself).
import type { FindingDraft } from '../../../src/core/report/finding.js';

/** The policy finding. */
export function policyDraft(over: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule_id: 'policy/E_TOOL_DENIED',
    level: 'error',
    source: 'policy',
    message: "Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1)",
    test_id: 'no_shell',
    entry_key: 'Clean up the temp folder',
    entry_key_is_prompt: true,
    tool: 'shell.exec',
    call_index: 1,
    policy_rule: 'tools.deny[0]=shell.*',
    location: { uri: 'traces/run.jsonl', line: 12, col: 1 },
    related: [{ uri: 'policies/mcp.yaml', line: 6, col: 7, message: 'deny pattern' }],
    subject: 'Clean up the temp folder',
    detail: 'shell.exec|tools.deny[0]=shell.*',
    ...over,
  };
}

/** The failing-test finding. */
export function testDraft(over: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule_id: 'test/tool_blocklist',
    level: 'error',
    source: 'test',
    message: 'failed: tool_blocklist (Blocked tool called: shell.exec)',
    test_id: 'no_shell',
    location: { uri: 'eval.yaml', line: 21, col: 5 },
    related: [{ uri: 'traces/run.jsonl', line: 12, col: 1, message: 'call #1' }],
    subject: 'no_shell',
    detail: 'tool_blocklist',
    ...over,
  };
}

/** The unstable-metric finding. */
export function unstableDraft(over: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule_id: 'test/unstable',
    level: 'warning',
    source: 'test',
    message: 'unstable metric: faithfulness (agreement 0.67)',
    test_id: 'refund_answer',
    location: { uri: 'eval.yaml', line: 30, col: 5 },
    subject: 'refund_answer',
    detail: 'faithfulness',
    ...over,
  };
}

export function configDraft(over: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule_id: 'config/W_POLICY_EMPTY_ALLOW',
    level: 'warning',
    source: 'config',
    message: 'tools.allow is empty: every tool is denied',
    location: { uri: 'policies/mcp.yaml', line: 3, col: 3 },
    subject: 'policies/mcp.yaml',
    detail: 'W_POLICY_EMPTY_ALLOW|tools.allow',
    ...over,
  };
}

export function noteDraft(over: Partial<FindingDraft> = {}): FindingDraft {
  return {
    rule_id: 'policy/W_RULE_NOT_EXERCISED',
    level: 'note',
    source: 'policy',
    message: "sequence rule 'seq-0' was exercised by no entry",
    location: { uri: 'policies/mcp.yaml', line: 20, col: 5 },
    subject: '',
    detail: 'seq-0',
    ...over,
  };
}

/** Deterministic pseudo-random printable text (poorly compressible). */
export function noise(length: number, seed: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 ';
  const b = Buffer.alloc(length);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    b[i] = alphabet.charCodeAt(s % alphabet.length);
  }
  return b.toString('latin1');
}

/** Many policy findings spread over levels, rules, files and baseline states. */
export function manyDrafts(count: number, opts: { messageLength?: number; related?: number } = {}): FindingDraft[] {
  const levels = ['error', 'warning', 'note'] as const;
  const rules = ['policy/E_TOOL_DENIED', 'policy/E_TOOL_NOT_ALLOWED', 'policy/E_ARG_SCHEMA', 'test/must_contain'];
  const out: FindingDraft[] = [];
  for (let i = 0; i < count; i++) {
    const message = opts.messageLength ? noise(opts.messageLength, i + 1) : `Tool 't${i}' denied (call #${i % 50})`;
    out.push({
      rule_id: rules[i % rules.length]!,
      level: levels[(i >> 2) % 3]!,
      source: 'policy',
      message,
      test_id: `test_${i % 997}`,
      tool: `tool_${i}`,
      call_index: i % 50,
      location: { uri: `traces/run${i % 7}.jsonl`, line: (i % 5000) + 1, col: 1 },
      related: Array.from({ length: opts.related ?? 1 }, (_, r) => ({
        uri: 'policies/mcp.yaml',
        line: r + 1,
        col: 3,
        message: opts.messageLength ? noise(opts.messageLength, (i + 1) * 31 + r) : 'policy rule',
      })),
      subject: `entry ${i % 997}`,
      detail: `tool_${i}|rule`,
    });
  }
  return out;
}
