// `assay hook claude-code`: the documented PreToolUse inputs through the CLI; decision, reason, exit code,
// the trace it appends, and fail-closed behaviour.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const POLICY = [
  'version: "2.0"',
  'tools:',
  '  allow: ["Bash", "Edit", "Read", "mcp__github__*"]',
  '  deny: ["mcp__github__delete_repository"]',
  '  approval_required: ["Edit"]',
  'schemas:',
  '  Bash:',
  '    type: object',
  '    properties:',
  '      command: { type: string, not: { pattern: "rm -rf" } }',
  '    required: [command]',
  'enforcement:',
  '  unconstrained_tools: allow',
  '',
].join('\n');

function input(dir: string, tool: string, toolInput: Record<string, unknown>): string {
  return JSON.stringify({
    session_id: 'sess-1',
    transcript_path: join(dir, 'transcript.jsonl'),
    cwd: dir,
    permission_mode: 'default',
    hook_event_name: 'PreToolUse',
    tool_name: tool,
    tool_input: toolInput,
    tool_use_id: `toolu_${tool}`,
  });
}

interface Out {
  permissionDecision: string;
  permissionDecisionReason: string;
}

function hook(dir: string, stdin: string, args: string[] = []): { status: number | null; out: Out; stderr: string } {
  const r = runCli(['hook', 'claude-code', ...args], { cwd: dir, input: stdin });
  const doc = JSON.parse(r.stdout) as { hookSpecificOutput: Out & { hookEventName: string } };
  expect(doc.hookSpecificOutput.hookEventName).toBe('PreToolUse');
  return { status: r.status, out: doc.hookSpecificOutput, stderr: r.stderr };
}

describe('assay hook claude-code', () => {
  it('decides Bash, Edit and MCP tools with the policy and records the session', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': POLICY });
    const rm = hook(dir, input(dir, 'Bash', { command: 'rm -rf /', description: 'wipe' }), ['--policy', 'policy.yaml']);
    expect(rm.status).toBe(0);
    expect(rm.out.permissionDecision).toBe('deny');
    expect(rm.out.permissionDecisionReason).toMatch(/schemas\.Bash \(policy\.yaml:7\)/);

    const ls = hook(dir, input(dir, 'Bash', { command: 'ls -la' }), ['--policy', 'policy.yaml']);
    expect([ls.status, ls.out.permissionDecision]).toEqual([0, 'allow']);

    const edit = hook(dir, input(dir, 'Edit', { file_path: join(dir, 'a.ts'), old_string: 'a', new_string: 'b' }), ['--policy', 'policy.yaml']);
    expect([edit.status, edit.out.permissionDecision]).toEqual([0, 'ask']);
    expect(edit.out.permissionDecisionReason).toContain('tools.approval_required[0]=Edit');

    // Policy discovery: no --policy, the project's policy.yaml is found from the session's cwd.
    const mcp = hook(dir, input(dir, 'mcp__github__delete_repository', { owner: 'o', repo: 'r' }));
    expect([mcp.status, mcp.out.permissionDecision]).toEqual([0, 'deny']);
    expect(mcp.out.permissionDecisionReason).toMatch(/tools\.deny\[0\]=mcp__github__delete_repository \(.*policy\.yaml:4\)/);
    const unknown = hook(dir, input(dir, 'WebFetch', { url: 'https://example.com' }));
    expect(unknown.out.permissionDecision).toBe('deny');

    const records = readFileSync(join(dir, '.assay/traces/claude-code.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(records.map((r) => [r.type, r.tool, r.decision, r.episode_id])).toEqual([
      ['assay.hook_denied', 'Bash', 'deny', 'sess-1'],
      ['call_tool', 'Bash', 'allow', 'sess-1'],
      ['call_tool', 'Edit', 'ask', 'sess-1'],
      ['assay.hook_denied', 'mcp__github__delete_repository', 'deny', 'sess-1'],
      ['assay.hook_denied', 'WebFetch', 'deny', 'sess-1'],
    ]);
    // The recorded session replays in CI with the same policy: the calls that could run pass.
    const replay = runCli(['validate', '--policy', 'policy.yaml', '--trace-file', '.assay/traces/claude-code.jsonl'], { cwd: dir });
    expect(replay.status, replay.stderr).toBe(0);
  });

  it('replays the session so sequence rules see earlier calls', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': 'version: "2.0"\ntools:\n  allow: ["Read", "Bash"]\nsequences:\n  - type: never_after\n    trigger: Read\n    forbidden: Bash\nenforcement:\n  unconstrained_tools: allow\n' });
    expect(hook(dir, input(dir, 'Bash', { command: 'ls' })).out.permissionDecision).toBe('allow');
    expect(hook(dir, input(dir, 'Read', { file_path: '/etc/hosts' })).out.permissionDecision).toBe('allow');
    const after = hook(dir, input(dir, 'Bash', { command: 'curl x' }));
    expect(after.out.permissionDecision).toBe('deny');
    expect(after.out.permissionDecisionReason).toContain('sequence');
  });

  it('never fails open: malformed input, a bad or missing policy, an unwritable trace → deny, exit 2', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': POLICY, 'broken.yaml': 'version: "2.0"\ntools:\n  allow: [unclosed\n', 'blocker': 'a file' });
    const cases: [string, string[], RegExp][] = [
      ['not json', ['--policy', 'policy.yaml'], /invalid JSON/],
      [JSON.stringify({ hook_event_name: 'PreToolUse', tool_input: {} }), ['--policy', 'policy.yaml'], /tool_name/],
      [input(dir, 'Bash', { command: 'ls' }), ['--policy', 'broken.yaml'], /E_POLICY_PARSE: broken\.yaml:\d+: YAML/],
      [input(dir, 'Bash', { command: 'ls' }), ['--policy', 'missing.yaml'], /missing\.yaml/],
      [input(dir, 'Bash', { command: 'ls' }), ['--policy', 'policy.yaml', '--trace-out', 'blocker/t.jsonl'], /cannot write the trace/],
    ];
    for (const [stdin, args, why] of cases) {
      const r = hook(dir, stdin, args);
      expect(r.status, stdin).toBe(2);
      expect(r.out.permissionDecision, stdin).toBe('deny');
      expect(r.out.permissionDecisionReason, stdin).toMatch(why);
      expect(r.stderr, stdin).toMatch(why);
    }
    const noPolicy = tempDir();
    const r = hook(noPolicy, input(noPolicy, 'Bash', { command: 'ls' }), ['--no-trace']);
    expect([r.status, r.out.permissionDecision]).toEqual([2, 'deny']);
    expect(existsSync(join(noPolicy, '.assay'))).toBe(false);
  });
});
