// Dry run: a denied call is still forwarded, so sequence rules must see it as it happened.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../../src/core/policy/index.js';

const POLICY = `version: "2.0"
tools:
  deny: [delete_repo]
sequences:
  - type: never_after
    trigger: delete_repo
    forbidden: push
`;

describe('admitDenied', () => {
  const { policy } = parsePolicy(POLICY, 'p.yaml');

  it('without it, a denied trigger never happened: the later call is allowed', () => {
    const s = policy.newSession({ incremental: true, runtime: true });
    expect(s.decide({ tool_name: 'delete_repo', args: {} }).code).toBe('E_TOOL_DENIED');
    expect(s.decide({ tool_name: 'push', args: {} }).decision).not.toBe('deny');
  });

  it('with it (dry run), the forwarded trigger counts and the later call would be denied', () => {
    const s = policy.newSession({ incremental: true, runtime: true, admitDenied: true });
    expect(s.decide({ tool_name: 'delete_repo', args: {} }).code).toBe('E_TOOL_DENIED');
    const d = s.decide({ tool_name: 'push', args: {} });
    expect(d.decision).toBe('deny');
    expect(d.code).toBe('E_SEQUENCE_VIOLATION');
  });
});
