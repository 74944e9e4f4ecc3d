// The eval configs init writes load through the eval.yaml loader without errors or warnings.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectEvalConfig } from '../../../src/core/eval/load.js';
import { importInitFiles } from '../../../src/core/import/index.js';
import { fromTraceEvalYaml, helloEvalYaml, starterEvalYaml } from '../../../src/core/init/index.js';

describe('generated eval configs load', () => {
  it.each([
    ['starter', starterEvalYaml(), 'starter', 'starter_smoke'],
    ['hello', helloEvalYaml(), 'hello_smoke', 'hello_smoke_regex'],
    ['from-trace', fromTraceEvalYaml(), 'generated', 'generated_from_trace'],
  ])('%s', (_name, text, suite, testId) => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const r = collectEvalConfig(text, 'eval.yaml', dir);
    expect(r.diagnostics.filter((d) => d.severity !== 'note')).toEqual([]);
    expect(r.config?.suite).toBe(suite);
    expect(r.config?.model).toBe('trace');
    expect(r.config?.tests.map((t) => t.id)).toEqual([testId]);
  });

  it('import --init: eval.yaml with its policy.yaml loads (the policy is loaded through args_valid)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const files = importInitFiles(['read_file', 'search']);
    writeFileSync(join(dir, 'policy.yaml'), files.policyYaml);
    const r = collectEvalConfig(files.evalYaml, 'eval.yaml', dir);
    expect(r.diagnostics).toEqual([]);
    expect(r.config?.suite).toBe('mcp-suite');
    expect(r.config?.tests.map((t) => t.id)).toEqual(['mcp-quality-gate', 'mcp-sequence-gate']);
  });

  it('import --init with no tools: loads; the empty allowlist draws only W_POLICY_EMPTY_ALLOW', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const files = importInitFiles([]);
    writeFileSync(join(dir, 'policy.yaml'), files.policyYaml);
    const r = collectEvalConfig(files.evalYaml, 'eval.yaml', dir);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['W_POLICY_EMPTY_ALLOW', 'warning']]);
    expect(r.config).toBeDefined();
  });
});
