// An eval config (and every file it names) is refused on invalid UTF-8, at the first bad byte; unknown
// keys are errors with "did you mean", and W_CFG_UNKNOWN_KEY / W_POLICY_UNKNOWN_KEY warnings with lenient.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/core/errors.js';
import { collectEvalConfig, loadEvalConfig } from '../../../src/core/eval/load.js';
import { errors, load, tempDir, warnings } from './helpers.js';

/** Write `s` byte for byte (each char ≤ U+00FF is one byte), so "\xff" lands as the invalid byte 0xff. */
function writeBytes(dir: string, name: string, s: string): void {
  fs.writeFileSync(path.join(dir, name), Buffer.from(s, 'latin1'));
}

function cfg(expected: string): string {
  return `suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: x\n    expected: ${expected}\n`;
}

describe('invalid UTF-8', () => {
  it('in the config itself: E_CFG_PARSE at line and code-point column', () => {
    const dir = tempDir();
    writeBytes(dir, 'eval.yaml', 'suite: s\nmodel: trace\ntests:\n  - id: t\xe9\n    input: x\n');
    let caught: { reasonCode: string; diagnostics: Parameters<typeof formatDiagnostic>[0][] } | undefined;
    try {
      loadEvalConfig(path.join(dir, 'eval.yaml'), 'eval.yaml');
    } catch (e) {
      caught = e as typeof caught;
    }
    expect(caught?.reasonCode).toBe('E_CFG_PARSE');
    expect(caught?.diagnostics.map(formatDiagnostic)).toEqual([
      'eval.yaml:4:10: error E_CFG_PARSE: invalid UTF-8: byte 0xe9 at byte offset 38 (the file must be UTF-8 text)',
    ]);
  });

  it('collectEvalConfig checks the bytes it is given, whatever the decoded text says', () => {
    const bytes = Buffer.from('suite: "\xff"\n', 'latin1');
    const r = collectEvalConfig(bytes.toString('utf8'), 'eval.yaml', tempDir(), {}, bytes);
    expect(r.config).toBeUndefined();
    expect(r.diagnostics.map(formatDiagnostic)).toEqual(['eval.yaml:1:9: error E_CFG_PARSE: invalid UTF-8: byte 0xff at byte offset 8 (the file must be UTF-8 text)']);
  });

  it('in a policy the config names: at the policy: value, with the inner position', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'eval.yaml'), cfg('{type: args_valid, policy: p.yaml}'));
    writeBytes(dir, 'p.yaml', 'version: "2.0"\ntools:\n  deny: ["exec\xff*"]\n');
    let lines: string[] = [];
    try {
      loadEvalConfig(path.join(dir, 'eval.yaml'), 'eval.yaml', { cwd: dir });
    } catch (e) {
      lines = (e as { diagnostics: Parameters<typeof formatDiagnostic>[0][] }).diagnostics.map(formatDiagnostic);
    }
    expect(lines).toEqual([
      `eval.yaml:6:42: error E_CFG_PARSE: test 't1': policy "p.yaml": p.yaml:3:15: invalid UTF-8: byte 0xff at byte offset 36 (the file must be UTF-8 text)`,
    ]);
  });
});

describe('unknown keys', () => {
  it('a typo in a test is an error with "did you mean"', () => {
    const l = load('suite: s\nmodel: trace\ntests:\n  - id: t1\n    input: x\n    expectd: {type: must_contain, value: [a]}\n');
    expect(errors(l)).toContainEqual('6:5: unknown key "expectd" in tests[0]; did you mean "expected"? (allowed: id, input, expected, assertions, on_error, tags, metadata)');
  });

  it('lenient: W_CFG_UNKNOWN_KEY at the key, and the config loads', () => {
    const l = load('suite: s\nmodel: trace\npolicies: [a]\ntests:\n  - id: t1\n    input: x\n    expected: {type: must_contain, must_contain: [a]}\n', {}, { lenient: true });
    expect(l.error).toBeUndefined();
    expect(warnings(l)).toContainEqual(
      'W_CFG_UNKNOWN_KEY 3:1: unknown key "policies" at top level (allowed: configVersion, suite, model, settings, thresholds, otel, tests)',
    );
  });

  it('lenient reaches the policies a test names', () => {
    const files = { 'p.yaml': 'version: "2.0"\ntools:\n  deny: ["exec*"]\nowner: a\n' };
    expect(errors(load(cfg('{type: args_valid, policy: p.yaml}'), files))[0]).toMatch(/policy "p\.yaml": p\.yaml:4:1: unknown key "owner" at top level/);
    const l = load(cfg('{type: args_valid, policy: p.yaml}'), files, { lenient: true });
    expect(l.error).toBeUndefined();
    expect(warnings(l).some((w) => w.startsWith('W_POLICY_UNKNOWN_KEY 4:1: unknown key "owner"'))).toBe(true);
  });

  it('inline sequence rules: unknown rule keys are errors, rule labels are not', () => {
    const ok = load(cfg('{type: sequence_valid, rules: [{type: require, tool: a, id: r1, x-note: n}]}'));
    expect(ok.error).toBeUndefined();
    const bad = load(cfg('{type: sequence_valid, rules: [{type: require, tool: a, tol: b}]}'));
    expect(errors(bad).some((e) => /unknown key "tol" in tests\[0\]\.expected\.rules\[0\]; did you mean "tool"\?/.test(e))).toBe(true);
  });
});
