import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { isEvalConfigDocument, loadEvalConfig, parseEvalConfig } from '../../../src/core/eval/load.js';
import { errors, load, tempDir, warnings, writeFiles, yaml } from './helpers.js';

const HEAD = 'suite: s\nmodel: trace\n';

describe('loadEvalConfig: files', () => {
  it('missing file → E_MISSING_CONFIG with the file in the message', () => {
    const dir = tempDir();
    let err: unknown;
    try {
      loadEvalConfig(path.join(dir, 'nope.yaml'), 'nope.yaml');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const e = err as ConfigError;
    expect(e.reasonCode).toBe('E_MISSING_CONFIG');
    expect(e.message).toBe('nope.yaml: config file not found');
    expect(e.nextStep).toBe('Create a config file. Run: assay init');
  });

  it('a directory or a file over 1 MiB → E_CFG_PARSE', () => {
    const dir = tempDir();
    expect(() => loadEvalConfig(dir, 'cfgdir')).toThrow(/config must be a regular file of at most 1 MiB/);
    writeFiles(dir, { 'big.yaml': `${HEAD}# ${'x'.repeat(1024 * 1024)}\n` });
    try {
      loadEvalConfig(path.join(dir, 'big.yaml'), 'big.yaml');
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).reasonCode).toBe('E_CFG_PARSE');
    }
  });

  it('YAML syntax errors and invalid UTF-8 are E_CFG_PARSE with next step naming the config', () => {
    const l = load('suite: [\n');
    expect(l.error?.reasonCode).toBe('E_CFG_PARSE');
    expect(l.error?.message).toMatch(/^eval\.yaml:\d+:\d+: YAML syntax error: /);
    expect(l.error?.nextStep).toBe('Run: assay doctor --config eval.yaml');
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'bad.yaml'), Buffer.from([0x73, 0x3a, 0x20, 0xff, 0x0a]));
    expect(() => loadEvalConfig(path.join(dir, 'bad.yaml'), 'bad.yaml')).toThrow(/invalid UTF-8/);
  });

  it('loads a minimal config with defaults, digest and a derived seed', () => {
    const text = yaml`
      suite: demo
      model: trace
      tests:
        - id: t1
          input: hello
          expected:
            type: must_contain
            must_contain: [hi]
    `;
    const l = load(text);
    expect(l.error).toBeUndefined();
    const c = l.result!.config;
    expect(c.suite).toBe('demo');
    expect(c.configVersion).toBe(0);
    expect(c.settings.parallel).toBe(4);
    expect(c.settings.thresholding).toEqual({ mode: 'relative', max_drop: 0.05 });
    expect(c.settings.judge.rubric_version).toBe('v1');
    const digest = createHash('sha256').update(text).digest();
    expect(c.digest).toBe(`sha256:${digest.toString('hex')}`);
    expect(c.seed).toBe(digest.readBigUInt64BE(0).toString());
    expect(c.seedDerived).toBe(true);
    const t = c.tests[0]!;
    expect(t.prompt).toBe('hello');
    expect(t.expected).toEqual({ kind: 'must_contain', values: ['hi'] });
    expect(t.pos.expected).toEqual({ line: 7, col: 7 });
    expect(t.pos.input).toEqual({ line: 5, col: 12 });
    expect(t.onError).toBe('block');
  });
});

describe('top level', () => {
  it('unknown top-level key names the allowed keys with its position', () => {
    const l = load(`${HEAD}policies: x\ntests: []\n`);
    expect(errors(l)).toContain(
      '3:1: unknown key "policies" at top level (allowed: configVersion, suite, model, settings, thresholds, otel, tests)',
    );
  });

  it('unsupported version; version alias; both given', () => {
    expect(errors(load(`configVersion: 3\n${HEAD}tests: [{id: a, input: b, expected: {must_contain: x}}]\n`))).toEqual([
      '1:16: unsupported config version 3 (supported: 0, 1)',
    ]);
    const ok = load(`version: 1\n${HEAD}tests: [{id: a, input: b, expected: {must_contain: x}}]\n`);
    expect(ok.result?.config.configVersion).toBe(1);
    expect(errors(load(`version: 1\nconfigVersion: 1\n${HEAD}tests: [{id: a, input: b, expected: {must_contain: x}}]\n`))).toEqual([
      '1:1: give configVersion or its alias version, not both',
    ]);
  });

  it('missing suite/model/tests and empty tests', () => {
    expect(errors(load('tests: [{id: a, input: b, expected: {must_contain: x}}]\n'))).toEqual([
      '1:1: missing required key "suite" at top level',
      '1:1: missing required key "model" at top level',
    ]);
    expect(errors(load(`${HEAD}tests: []\n`))).toEqual(['3:8: config has no tests']);
    expect(errors(load(`suite: ""\nmodel: 3\ntests: [{id: a, input: b, expected: {must_contain: x}}]\n`))).toEqual([
      '1:8: suite: must not be empty',
      '2:8: model: expected a string',
    ]);
  });

  it('a non-mapping root and an empty file are refused', () => {
    expect(errors(load('- a\n'))).toEqual(['1:1: config must be a mapping with suite, model and tests, found a list']);
    expect(load('').error?.message).toBe('eval.yaml: config is empty (expected a mapping with suite, model and tests)');
  });

  it('isEvalConfigDocument', () => {
    expect(isEvalConfigDocument({ tests: [] })).toBe(true);
    expect(isEvalConfigDocument({ suite: 'x' })).toBe(true);
    expect(isEvalConfigDocument({ tools: { allow: ['a'] } })).toBe(false);
    expect(isEvalConfigDocument(['tests'])).toBe(false);
  });
});

describe('tests', () => {
  it('unknown test key message with allowed list', () => {
    const text = yaml`
      suite: s
      model: trace
      tests:
        - id: a
          input: x
          expected: {must_contain: x}
        - id: b
          input: x
          expected: {must_contain: x}
        - id: c
          input: x
          expectd: {must_contain: x}
    `;
    expect(errors(load(text))).toEqual([
      '12:5: unknown key "expectd" in tests[2]; did you mean "expected"? (allowed: id, input, expected, assertions, on_error, tags, metadata)',
    ]);
  });

  it('duplicate ids point at the second with the first line', () => {
    const text = yaml`
      suite: s
      model: trace
      tests:
        - id: t1
          input: x
          expected: {must_contain: x}
        - id: t1
          input: y
          expected: {must_contain: x}
    `;
    const l = load(text);
    expect(errors(l)).toEqual(['7:9: duplicate test id "t1" (first at line 4)']);
    expect(l.error?.message).toBe('eval.yaml:7:9: duplicate test id "t1" (first at line 4)');
  });

  it('id rules: required, non-empty, ≤ 256 chars, no control characters', () => {
    const text = yaml`
      suite: s
      model: trace
      tests:
        - input: x
          expected: {must_contain: x}
        - id: ""
          input: x
          expected: {must_contain: x}
        - id: "${'x'.repeat(257)}"
          input: x
          expected: {must_contain: x}
        - id: "a\\tb"
          input: x
          expected: {must_contain: x}
    `;
    expect(errors(load(text))).toEqual([
      '4:5: tests[0]: missing required key "id"',
      '6:9: tests[1].id: must not be empty',
      '9:9: tests[2].id: longer than 256 characters',
      '12:9: tests[3].id: must not contain control characters',
    ]);
  });

  it('input forms and errors', () => {
    const text = yaml`
      suite: s
      model: trace
      tests:
        - id: a
          input: {prompt: p, context: c}
          expected: {must_contain: x}
        - id: b
          input: {prompt: p, context: [c1, c2]}
          expected: {must_contain: x}
    `;
    const c = load(text).result!.config;
    expect(c.tests[0]!.context).toEqual(['c']);
    expect(c.tests[1]!.context).toEqual(['c1', 'c2']);
    const bad = yaml`
      suite: s
      model: trace
      tests:
        - id: a
          input: {prompt: 3}
          expected: {must_contain: x}
        - id: b
          input: {prompt: p, ctx: 1}
          expected: {must_contain: x}
        - id: c
          expected: {must_contain: x}
    `;
    expect(errors(load(bad))).toEqual([
      '5:21: tests[0].input.prompt: expected a string',
      '8:24: unknown key "ctx" in tests[1].input (allowed: prompt, context)',
      '10:5: tests[2]: missing required key "input"',
    ]);
  });

  it('on_error, tags and a test that checks nothing', () => {
    const text = yaml`
      suite: s
      model: trace
      settings: {on_error: allow}
      tests:
        - id: a
          input: x
          on_error: block
          tags: [x]
          metadata: {owner: me}
          expected: {must_contain: x}
        - id: b
          input: x
    `;
    const l = load(text);
    const [a, b] = l.result!.config.tests;
    expect(a!.onError).toBe('block');
    expect(a!.tags).toEqual(['x']);
    expect(a!.metadata).toEqual({ owner: 'me' });
    expect(b!.onError).toBe('allow');
    expect(b!.expected).toBeUndefined();
    expect(warnings(l)).toEqual([
      "W_CFG_VACUOUS_EXPECTED 11:5: test 'b' checks nothing (no expected block and no assertions); it will be reported skipped",
    ]);
    expect(errors(load(`${HEAD}tests: [{id: a, input: x, on_error: maybe, expected: {must_contain: x}}]\n`))).toEqual([
      '3:37: tests[0].on_error: expected one of block, allow, found "maybe"',
    ]);
  });

  it('collects every error; the first in file order decides the message', () => {
    const text = yaml`
      suite: s
      model: trace
      settings: {parallel: 0}
      tests:
        - id: a
          input: x
          expected: {type: must_contain, must_contain: []}
        - id: b
          input: x
          expected: {type: regex_match, pattern: "(?=x)"}
    `;
    const l = load(text);
    const errs = errors(l);
    expect(errs).toHaveLength(3);
    expect(errs[0]).toBe('3:22: settings.parallel: must be ≥ 1, found 0');
    expect(l.error?.message).toBe('eval.yaml:3:22: settings.parallel: must be ≥ 1, found 0');
    expect(l.error?.context).toMatchObject({ file: 'eval.yaml', line: 3, col: 22 });
  });
});

describe('parseEvalConfig', () => {
  it('works from text with a base dir and reports the given file name', () => {
    const dir = tempDir();
    const r = parseEvalConfig(`${HEAD}tests: [{id: a, input: b, expected: {must_contain: x}}]\n`, 'cfg/eval.yaml', dir);
    expect(r.config.file).toBe('cfg/eval.yaml');
    expect(r.config.dir).toBe(dir);
    expect(() => parseEvalConfig(`${HEAD}tests: 3\n`, 'cfg/eval.yaml', dir)).toThrow('cfg/eval.yaml:3:8: tests: expected a list of tests');
  });
});

describe('findDefaultConfig', () => {
  it('eval.yaml first, then assay.yaml, then mcp-eval.yaml; none → undefined', async () => {
    const { findDefaultConfig } = await import('../../../src/core/eval/load.js');
    const dir = tempDir();
    expect(findDefaultConfig(dir)).toBeUndefined();
    writeFiles(dir, { 'mcp-eval.yaml': 'x' });
    expect(findDefaultConfig(dir)).toMatchObject({ name: 'mcp-eval.yaml', fallback: true });
    writeFiles(dir, { 'assay.yaml': 'x' });
    expect(findDefaultConfig(dir)).toMatchObject({ name: 'assay.yaml', fallback: true });
    writeFiles(dir, { 'eval.yaml': 'x' });
    expect(findDefaultConfig(dir)).toMatchObject({ name: 'eval.yaml', fallback: false, path: path.join(dir, 'eval.yaml') });
  });
});
