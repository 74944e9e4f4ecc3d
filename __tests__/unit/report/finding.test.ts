import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  bareFingerprint,
  compareFindings,
  countAtOrAbove,
  countFindings,
  diagnosticDraft,
  finalizeFindings,
  fingerprintV1,
  prefixedFingerprint,
  type Finding,
} from '../../../src/core/report/finding.js';
import { configDraft, noteDraft, policyDraft, testDraft, unstableDraft } from './_fixtures.js';

const sha = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('fingerprint assayFinding/v1', () => {
  it('hashes the five lines v1, rule id, subject, detail, occurrence', () => {
    expect(fingerprintV1('policy/E_TOOL_DENIED', 'Clean up', 'shell.exec|tools.deny[0]=shell.*', 0)).toBe(
      sha('v1\npolicy/E_TOOL_DENIED\nClean up\nshell.exec|tools.deny[0]=shell.*\n0'),
    );
  });

  it('stores sha256:<hex> and uses the draft subject/detail, not the message or location', () => {
    const [f] = finalizeFindings([policyDraft()]);
    expect(f!.fingerprint).toBe(
      `sha256:${sha('v1\npolicy/E_TOOL_DENIED\nClean up the temp folder\nshell.exec|tools.deny[0]=shell.*\n0')}`,
    );
    const [moved] = finalizeFindings([
      policyDraft({ message: 'other wording', location: { uri: 'traces/run.jsonl', line: 99, col: 4 } }),
    ]);
    expect(moved!.fingerprint).toBe(f!.fingerprint);
  });

  it('counts occurrences of identical rule/subject/detail in input order', () => {
    const a = policyDraft({ location: { uri: 't.jsonl', line: 5, col: 1 } });
    const b = policyDraft({ location: { uri: 't.jsonl', line: 9, col: 1 } });
    const other = policyDraft({ detail: 'shell.exec|tools.deny[1]=rm' });
    const out = finalizeFindings([a, other, b]);
    expect(new Set(out.map((f) => f.fingerprint)).size).toBe(3);
    const fa = out.find((f) => f.location.line === 5)!;
    const fb = out.find((f) => f.location.line === 9)!;
    expect(fa.fingerprint).toBe(`sha256:${fingerprintV1(a.rule_id, a.subject, a.detail, 0)}`);
    expect(fb.fingerprint).toBe(`sha256:${fingerprintV1(b.rule_id, b.subject, b.detail, 1)}`);
    const fo = out.find((f) => f.location.uri === 'traces/run.jsonl')!;
    expect(fo.fingerprint).toBe(`sha256:${fingerprintV1(other.rule_id, other.subject, other.detail, 0)}`);
  });

  it('normalises fingerprint spellings', () => {
    const hex = 'A'.repeat(64);
    expect(bareFingerprint(`sha256:${hex}`)).toBe('a'.repeat(64));
    expect(bareFingerprint('a'.repeat(64))).toBe('a'.repeat(64));
    expect(prefixedFingerprint(hex)).toBe(`sha256:${'a'.repeat(64)}`);
    expect(prefixedFingerprint('lint:abc')).toBe('lint:abc');
  });
});

describe('finalizeFindings', () => {
  it('writes keys order and drops the draft-only fields', () => {
    const [f] = finalizeFindings([policyDraft({ baseline_state: 'new' })]);
    expect(Object.keys(f!)).toEqual([
      'fingerprint',
      'rule_id',
      'level',
      'source',
      'message',
      'test_id',
      'entry_key',
      'tool',
      'call_index',
      'policy_rule',
      'location',
      'related',
      'baseline_state',
    ]);
    expect(Object.keys(f!.location)).toEqual(['uri', 'line', 'col']);
    expect(Object.keys(f!.related![0]!)).toEqual(['uri', 'line', 'col', 'message']);
  });

  it('omits absent optional keys', () => {
    const [f] = finalizeFindings([unstableDraft()]);
    expect(Object.keys(f!)).toEqual(['fingerprint', 'rule_id', 'level', 'source', 'message', 'test_id', 'location']);
  });

  it('sorts by level, rule id, uri, line, fingerprint with code-unit compares', () => {
    const out = finalizeFindings([
      noteDraft(),
      unstableDraft(),
      configDraft(),
      testDraft(),
      policyDraft({ location: { uri: 'b.jsonl', line: 2, col: 1 }, subject: 's2' }),
      policyDraft({ location: { uri: 'a.jsonl', line: 10, col: 1 }, subject: 's3' }),
      policyDraft({ location: { uri: 'a.jsonl', line: 9, col: 1 }, subject: 's4' }),
      policyDraft({ location: { uri: 'B.jsonl', line: 1, col: 1 }, subject: 's5' }),
    ]);
    expect(out.map((f) => `${f.level} ${f.rule_id} ${f.location.uri}:${f.location.line}`)).toEqual([
      'error policy/E_TOOL_DENIED B.jsonl:1',
      'error policy/E_TOOL_DENIED a.jsonl:9',
      'error policy/E_TOOL_DENIED a.jsonl:10',
      'error policy/E_TOOL_DENIED b.jsonl:2',
      'error test/tool_blocklist eval.yaml:21',
      'warning config/W_POLICY_EMPTY_ALLOW policies/mcp.yaml:3',
      'warning test/unstable eval.yaml:30',
      'note policy/W_RULE_NOT_EXERCISED policies/mcp.yaml:20',
    ]);
    for (let i = 1; i < out.length; i++) expect(compareFindings(out[i - 1]!, out[i]!)).toBeLessThan(0);
  });

  it('breaks full ties by fingerprint', () => {
    const out = finalizeFindings([policyDraft({ subject: 'x' }), policyDraft({ subject: 'y' })]);
    expect(out[0]!.fingerprint < out[1]!.fingerprint).toBe(true);
  });

  it('is independent of input order except for occurrence numbering', () => {
    const drafts = [noteDraft(), policyDraft(), testDraft(), unstableDraft(), configDraft()];
    const a = JSON.stringify(finalizeFindings(drafts));
    const b = JSON.stringify(finalizeFindings([...drafts].reverse()));
    expect(a).toBe(b);
  });

  it('makes free text render-safe but leaves ids and codes alone', () => {
    const [f] = finalizeFindings([
      policyDraft({
        message: '\x1b[31mleaked sk-abcdefghijklmnopqrstuvwxyz123\x1b[0m',
        tool: 'evil\u202Etool',
        related: [{ uri: 'p.yaml', line: 1, col: 1, message: 'mail me: a.b@example.com' }],
        test_id: 'weird_id',
      }),
    ]);
    expect(f!.message).toBe('\uFFFDleaked <redacted:openai-key>\uFFFD');
    expect(f!.tool).toBe('evil\uFFFDtool');
    expect(f!.related![0]!.message).toBe('mail me: <redacted:email>');
    expect(f!.test_id).toBe('weird_id');
    expect(f!.rule_id).toBe('policy/E_TOOL_DENIED');
  });

  it('replaces prompt entry keys under redactPrompts, keeping the fingerprint', () => {
    const plain = finalizeFindings([policyDraft()])[0]!;
    const red = finalizeFindings([policyDraft()], { redactPrompts: true })[0]!;
    expect(red.entry_key).toMatch(/^<redacted:prompt sha256:[0-9a-f]{12}>$/);
    expect(red.fingerprint).toBe(plain.fingerprint);
    const byId = finalizeFindings([policyDraft({ entry_key: 'binding-7', entry_key_is_prompt: false })], {
      redactPrompts: true,
    })[0]!;
    expect(byId.entry_key).toBe('binding-7');
  });

  it('keeps at most 10 related locations', () => {
    const related = Array.from({ length: 14 }, (_, i) => ({ uri: 't.jsonl', line: i + 1, col: 1, message: `call #${i}` }));
    const [f] = finalizeFindings([testDraft({ related })]);
    expect(f!.related).toHaveLength(10);
    expect(f!.related![9]!.line).toBe(10);
  });
});

describe('counts', () => {
  const findings: Finding[] = finalizeFindings([
    policyDraft(),
    testDraft({ baseline_state: 'unchanged' }),
    unstableDraft({ baseline_state: 'new' }),
    configDraft(),
    noteDraft(),
  ]);

  it('counts by level', () => {
    expect(countFindings(findings)).toEqual({ error: 2, warning: 2, note: 1 });
    expect(countFindings([])).toEqual({ error: 0, warning: 0, note: 0 });
  });

  it('counts at or above a fail-on level, optionally new only', () => {
    expect(countAtOrAbove(findings, 'error')).toBe(2);
    expect(countAtOrAbove(findings, 'warning')).toBe(4);
    expect(countAtOrAbove(findings, 'note')).toBe(5);
    expect(countAtOrAbove(findings, 'none')).toBe(0);
    expect(countAtOrAbove(findings, 'warning', true)).toBe(1);
  });
});

describe('diagnosticDraft', () => {
  it('turns a diagnostic into a config finding at its own position', () => {
    const [f] = finalizeFindings([
      diagnosticDraft(
        { code: 'W_POLICY_LITERAL_STAR', severity: 'warning', message: 'literal *', file: 'policies/mcp.yaml', line: 4, col: 9 },
        { keyPath: 'tools.allow[2]' },
      ),
    ]);
    expect(f).toEqual({
      fingerprint: `sha256:${fingerprintV1('config/W_POLICY_LITERAL_STAR', 'policies/mcp.yaml', 'W_POLICY_LITERAL_STAR|tools.allow[2]', 0)}`,
      rule_id: 'config/W_POLICY_LITERAL_STAR',
      level: 'warning',
      source: 'config',
      message: 'literal *',
      location: { uri: 'policies/mcp.yaml', line: 4, col: 9 },
    });
    const [g] = finalizeFindings([
      diagnosticDraft({ code: 'E_TOOL_DENIED', severity: 'error', message: 'm' }, { family: 'policy', file: 'eval.yaml' }),
    ]);
    expect(g!.rule_id).toBe('policy/E_TOOL_DENIED');
    expect(g!.location).toEqual({ uri: 'eval.yaml', line: 1, col: 1 });
  });
});
