// Unknown keys are errors at every level of a policy (a typo must never remove a rule); lenient turns
// them into W_POLICY_UNKNOWN_KEY warnings. Invalid UTF-8 in a policy file is an error at its byte.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, formatDiagnostic } from '../../../src/core/errors.js';
import { loadPolicyFile } from '../../../src/core/policy/load.js';
import { call, decideAll, load, loadFailure, warnings } from './helpers.js';

describe('unknown keys in a policy', () => {
  it('a misspelt root deny is an error with "did you mean", at the key', () => {
    const { error, lines } = loadFailure('version: "2.0"\ndenny: ["exec*"]\nallow: ["*"]\n');
    expect(error.reasonCode).toBe('E_POLICY_PARSE');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^policy\.yaml:2:1: error E_POLICY_PARSE: unknown key "denny" at top level; did you mean "deny"\? \(allowed: version, /);
  });

  it('lenient: a warning, and the rule it meant is really missing', () => {
    const text = 'version: "2.0"\ndenny: ["exec*"]\nallow: ["*"]\n';
    expect(warnings(text, { lenient: true })[0]).toMatch(/^policy\.yaml:2:1: warning W_POLICY_UNKNOWN_KEY: unknown key "denny"/);
    expect(decideAll(load(text, { lenient: true }), [call('exec_cmd')])[0]!.decision).not.toBe('deny');
  });

  const nested: Array<[string, string, RegExp]> = [
    ['sequence rule', 'sequences:\n  - type: max_calls\n    tool: exec\n    maxx: 1\n', /^policy\.yaml:4:5: error E_POLICY_PARSE: unknown key "maxx" in sequences\[0\]; did you mean "max"\?/],
    ['selector', 'sequences:\n  - type: require\n    tool: { tool: t, args_mach: { a: x } }\n', /:3:22: error E_POLICY_PARSE: unknown key "args_mach" in sequences\[0\]\.tool; did you mean "args_match"\?/],
    ['constraint entry', 'constraints:\n  - tool: exec\n    parms: { cmd: { matches: "^ls$" } }\n', /:3:5: error E_POLICY_PARSE: unknown key "parms" in constraints\[0\]; did you mean "params"\?/],
    ['constraint param', 'constraints:\n  - tool: exec\n    params: { cmd: { matches: "^ls$", matchs: "x" } }\n', /unknown key "matchs" in constraints\[0\]\.params\.cmd/],
    ['runtime_monitor rule', 'tools: { deny: [x] }\nruntime_monitor:\n  rules:\n    - { id: r, type: file_open, match: { path_globs: ["/etc/**"] }, actoin: log }\n', /unknown key "actoin" in runtime_monitor\.rules\[0\]; did you mean "action"\?/],
    ['monitor match', 'tools: { deny: [x] }\nruntime_monitor:\n  rules:\n    - { id: r, type: file_open, match: { path_glob: ["/etc/**"] } }\n', /unknown key "path_glob" in runtime_monitor\.rules\[0\]\.match; did you mean "path_globs"\?/],
    ['kill_switch', 'tools: { deny: [x] }\nkill_switch: { enabled: true, grace_ms: 10 }\n', /unknown key "grace_ms" in kill_switch/],
    ['discovery', 'tools: { deny: [x] }\ndiscovery: { enabeld: true }\n', /unknown key "enabeld" in discovery; did you mean "enabled"\?/],
    ['obligation contract', 'tools:\n  deny: [x]\n  redact_args_contract: { redaction_target: a, redaction_mode: b, redaction_scope: c, extra: d }\n', /unknown key "extra" in tools\.redact_args_contract/],
  ];
  for (const [where, text, re] of nested) {
    it(`an error in a ${where}`, () => {
      const { lines } = loadFailure(text);
      expect(lines.some((l) => re.test(l))).toBe(true);
      // lenient: the same key is only a warning (other errors aside).
      let lenientLines: string[];
      try {
        lenientLines = warnings(text, { lenient: true });
      } catch (e) {
        lenientLines = (e as ConfigError).diagnostics.map(formatDiagnostic);
      }
      const key = /unknown key "([^"]+)"/.exec(lines.find((l) => re.test(l))!)![1]!;
      expect(lenientLines.some((l) => l.includes(`warning W_POLICY_UNKNOWN_KEY: unknown key "${key}"`))).toBe(true);
    });
  }

  it('rule objects accept id, description, title and x-*', () => {
    const p = load(
      'sequences:\n  - { type: require, tool: t, id: r1, description: d, title: T, x-owner: team }\nconstraints:\n  - { tool: exec, params: { cmd: { matches: "^ls$", description: d } }, id: c1, x-ticket: 7 }\n',
    );
    expect(p.sequences).toHaveLength(1);
    expect(p.schemas.has('exec')).toBe(true);
  });

  it('x-* is not accepted at the root or under tools (not rule objects)', () => {
    expect(loadFailure('tools: { deny: [x] }\nx-owner: a\n').lines[0]).toMatch(/unknown key "x-owner" at top level/);
    expect(loadFailure('tools: { deny: [x], x-note: a }\n').lines[0]).toMatch(/unknown key "x-note" in tools/);
  });
});

describe('invalid UTF-8 in a policy file', () => {
  it('is E_POLICY_PARSE at the line and code-point column of the first bad byte', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const f = path.join(dir, 'bad.yaml');
    fs.writeFileSync(f, Buffer.from('version: "2.0"\ndeny: ["shell\xff*", "exec*"]\n', 'latin1'));
    let caught: unknown;
    try {
      loadPolicyFile(f, 'bad.yaml');
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).reasonCode).toBe('E_POLICY_PARSE');
    expect((caught as ConfigError).diagnostics.map(formatDiagnostic)).toEqual([
      'bad.yaml:2:14: error E_POLICY_PARSE: invalid UTF-8: byte 0xff at byte offset 28 (the file must be UTF-8 text)',
    ]);
  });

  it('a BOM is fine', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    const f = path.join(dir, 'bom.yaml');
    fs.writeFileSync(f, '\uFEFFtools:\n  deny: [exec]\n');
    expect(loadPolicyFile(f, 'bom.yaml').policy.tools.deny.entries.map((e) => e.pattern)).toEqual(['exec']);
  });
});
