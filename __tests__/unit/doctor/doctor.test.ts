// `assay doctor`: validate plus environment checks, common mistakes with a fix each, and the
// fixes `--fix` applies (key typos by a text edit that keeps comments, missing directories).
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFixes, applyKeyRenames, closestKey, editDistance, findKeyRenames, nodeVersionOk, runDoctor, sniffTrace, type DoctorOptions } from '../../../src/core/doctor/index.js';

function project(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  for (const [p, t] of Object.entries(files)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), t);
  }
  return d;
}

const ref = (d: string, p: string) => ({ path: join(d, p), display: p });

function opts(d: string, o: Partial<DoctorOptions> = {}): DoctorOptions {
  return { traces: [], nodeVersion: '20.19.0', reportsDir: ref(d, '.assay/reports'), cacheDir: ref(d, '.assay/cache'), ...o };
}

describe('typo fixes', () => {
  it('edit distance and the single close key', () => {
    expect(editDistance('expectd', 'expected')).toBe(1);
    expect(editDistance('sequnces', 'sequences')).toBe(1);
    expect(editDistance('abc', 'xyzw')).toBe(3);
    expect(closestKey('expectd', ['id', 'input', 'expected'], ['id'])).toBe('expected');
    // Already present, or two candidates: no fix.
    expect(closestKey('expectd', ['expected'], ['expected'])).toBeNull();
    expect(closestKey('alow', ['allow', 'slow'], [])).toBeNull();
  });

  it('renames by a text edit at the key position; comments and formatting stay', () => {
    const text = '# my config\nsuite: s\nmodel: trace\ntests:\n  - id: t1\n    input: hi   # the prompt\n    expectd:\n      type: must_contain\n      must_contain: [x]\n';
    const renames = findKeyRenames(text, 'eval.yaml', 'eval');
    expect(renames.map((r) => [r.from, r.to, r.line, r.col])).toEqual([['expectd', 'expected', 7, 5]]);
    const out = applyKeyRenames(text, renames);
    expect(out.text).toBe(text.replace('expectd:', 'expected:'));
    const pol = 'version: "2.0"\ntools:\n  "alow": [x]\n  deny: [y]\nsequnces: []\n';
    const pr = findKeyRenames(pol, 'p.yaml', 'policy');
    expect(pr.map((r) => `${r.path.join('.')}→${r.to}`)).toEqual(['sequnces→sequences', 'tools.alow→allow']);
    expect(applyKeyRenames(pol, pr).text).toBe('version: "2.0"\ntools:\n  "allow": [x]\n  deny: [y]\nsequences: []\n');
  });
});

describe('runDoctor', () => {
  it('no config anywhere: Policy Check SKIPPED, exit 0', async () => {
    const d = project({});
    const r = await runDoctor(opts(d));
    expect(r.policyCheck).toBe('skipped');
    expect(r.exitCode).toBe(0);
    expect(r.checks.find((c) => c.id === 'policy_check')?.message).toContain('Policy Check: SKIPPED');
    // The reports directory is missing but creatable: a fix, not an error.
    expect(r.fixes.map((f) => f.kind)).toEqual(['create_dir']);
  });

  it('Node older than 20.19 is reported with the fix', async () => {
    expect(nodeVersionOk('20.19.0')).toBe(true);
    expect(nodeVersionOk('v22.1.0')).toBe(true);
    expect(nodeVersionOk('20.18.3')).toBe(false);
    const r = await runDoctor(opts(project({}), { nodeVersion: '18.20.0' }));
    expect(r.checks[0]).toMatchObject({ id: 'node', status: 'warn', fix: 'Install Node.js 20.19 or later (nvm install 20)' });
    expect(r.diagnostics.map((x) => x.code)).toContain('W_NODE_VERSION');
  });

  it('an unwritable reports directory is I/O: exit 3 E_IO_ERROR', async () => {
    const d = project({ '.assay/reports': 'a file, not a directory', 'p.yaml': 'tools:\n  deny: [x]\n' });
    const r = await runDoctor(opts(d, { policy: ref(d, 'p.yaml') }));
    expect([r.exitCode, r.reasonCode]).toEqual([3, 'E_IO_ERROR']);
  });

  it('validate findings exit 1; config errors exit 2 and win over I/O', async () => {
    const d = project({ 'p.yaml': 'tools:\n  deny: [x]\n', 't.jsonl': '{"tool":"x"}\n', 'bad.yaml': 'tools:\n  alow: [x]\n', '.assay/reports': 'file' });
    const f = await runDoctor(opts(d, { policy: ref(d, 'p.yaml'), traces: [ref(d, 't.jsonl')], reportsDir: ref(d, 'out') }));
    expect([f.exitCode, f.reasonCode]).toEqual([1, 'E_POLICY_VIOLATION']);
    const e = await runDoctor(opts(d, { policy: ref(d, 'bad.yaml') }));
    expect([e.exitCode, e.reasonCode]).toEqual([2, 'E_POLICY_PARSE']);
    expect(e.fixes.some((x) => x.kind === 'rename_key')).toBe(true);
  });

  it('--fix applies the rename and creates directories; the second doctor is clean', async () => {
    const d = project({ 'eval.yaml': 'suite: s\nmodel: trace\ntests:\n  - id: t\n    input: hi\n    expectd: {type: must_contain, must_contain: [hi]}\n', 't.jsonl': '{"prompt":"hi","response":"hi"}\n' });
    const o = opts(d, { config: ref(d, 'eval.yaml'), traces: [ref(d, 't.jsonl')] });
    const before = await runDoctor(o);
    expect(before.exitCode).toBe(2);
    expect(before.fixes.map((f) => f.kind).sort()).toEqual(['create_dir', 'rename_key']);
    const done = applyFixes(before.fixes);
    expect(done).toContain('Created .assay/reports');
    expect(readFileSync(join(d, 'eval.yaml'), 'utf8')).toContain('    expected: {type: must_contain');
    expect(existsSync(join(d, '.assay/reports'))).toBe(true);
    const after = await runDoctor(o);
    expect([after.exitCode, after.fixes]).toEqual([0, []]);
  });

  it('tests lacking judge values: W_EVAL_CACHE_MISS, or E_REPLAY_STRICT_MISSING under --replay-strict', async () => {
    const d = project({
      'eval.yaml': 'configVersion: 1\nsuite: s\nmodel: trace\ntests:\n  - id: faithful\n    input: hi\n    expected: {type: faithfulness, min_score: 0.5}\n  - id: plain\n    input: hi2\n    expected: {type: must_contain, must_contain: [x]}\n',
      't.jsonl': '{"prompt":"hi","response":"hello"}\n{"prompt":"hi2","response":"x"}\n',
    });
    const o = opts(d, { config: ref(d, 'eval.yaml'), traces: [ref(d, 't.jsonl')] });
    const r = await runDoctor(o);
    expect(r.missing.map((m) => [m.test_id, m.kind, m.requirement])).toEqual([['faithful', 'faithfulness', 'judge']]);
    expect(r.diagnostics.filter((x) => x.code === 'W_EVAL_CACHE_MISS').length).toBe(1);
    expect(r.exitCode).toBe(0);
    const strict = await runDoctor({ ...o, replayStrict: true });
    expect([strict.exitCode, strict.reasonCode]).toEqual([2, 'E_REPLAY_STRICT_MISSING']);
    expect(strict.diagnostics.find((x) => x.code === 'E_REPLAY_STRICT_MISSING')?.context).toEqual({ missing: [{ requirement: 'judge', needed_by: 'faithful', meta_path: 'meta.assay.judge.faithfulness' }] });
  });

  it('trace sniff: an OpenAI function_call without tool_calls is a warning with a fix', async () => {
    const d = project({
      't.jsonl': '{"prompt":"a","response":"b","function_call":{"name":"f","arguments":"{}"}}\n{"prompt":"c","response":"d","tool_calls":[{"tool":"f"}],"function_call":{"name":"f"}}\n',
      'p.yaml': 'tools:\n  deny: [x]\n',
    });
    expect(sniffTrace(join(d, 't.jsonl'), 't.jsonl').map((x) => [x.code, x.line])).toEqual([['W_TRACE_FUNCTION_CALL', 1]]);
    const r = await runDoctor(opts(d, { policy: ref(d, 'p.yaml'), traces: [ref(d, 't.jsonl')] }));
    expect(r.checks.find((c) => c.id === 'trace_shape')?.fix).toContain('tool_calls');
  });

  it('a missing baseline path is E_PATH_NOT_FOUND; a baseline of another suite is E_BASE_MISMATCH', async () => {
    const d = project({ 'p.yaml': 'tools:\n  deny: [x]\n', 'b.json': '{"schema_version":1,"suite":"other","entries":[]}' });
    const missing = await runDoctor(opts(d, { policy: ref(d, 'p.yaml'), baseline: ref(d, 'nope.json') }));
    expect([missing.exitCode, missing.reasonCode]).toEqual([2, 'E_PATH_NOT_FOUND']);
    const other = await runDoctor(opts(d, { policy: ref(d, 'p.yaml'), baseline: ref(d, 'b.json') }));
    expect([other.exitCode, other.reasonCode]).toEqual([2, 'E_BASE_MISMATCH']);
  });
});
