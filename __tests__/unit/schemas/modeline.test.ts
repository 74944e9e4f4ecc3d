// Every YAML file `assay init` writes names its schema on its first line, and the named file is written
// too, with the schema of this version (docs/editor-support.md).
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InitOptions } from '../../../src/core/init/index.js';
import { projectSchemaFiles, schemaModeline, schemaText } from '../../../src/core/schemas/index.js';
import { initPlanFiles, kindOf } from './corpus.js';
import { parseYamlSource } from '../../../src/core/util/yaml-source.js';

const MODELINE = /^# yaml-language-server: \$schema=(\S+)\n/;

describe('schemaModeline', () => {
  it('points at the project copy, relative to the file', () => {
    expect(schemaModeline('policy', 'policy.yaml')).toBe('# yaml-language-server: $schema=./.assay/schemas/policy.schema.json');
    expect(schemaModeline('eval', 'cfg/eval.yaml')).toBe('# yaml-language-server: $schema=../.assay/schemas/eval.schema.json');
    expect(schemaModeline('eval', 'a/b/eval.yaml')).toBe('# yaml-language-server: $schema=../../.assay/schemas/eval.schema.json');
  });

  it('project schema files are the published schemas', () => {
    expect(projectSchemaFiles().map((f) => [f.path, f.content === schemaText(f.kind)])).toEqual([
      ['.assay/schemas/policy.schema.json', true],
      ['.assay/schemas/eval.schema.json', true],
    ]);
  });
});

describe('assay init writes the editor line', () => {
  const variants: Array<[string, Partial<InitOptions>]> = [
    ['default', {}],
    ['hardened', { preset: 'hardened' }],
    ['hello trace', { helloTrace: true }],
    ['nested config', { config: 'cfg/eval.yaml' }],
  ];
  it.each(variants)('%s: every eval config and policy starts with a $schema line that resolves to a written schema', (_name, opts) => {
    const files = initPlanFiles(opts);
    const byPath = new Map(files.map((f) => [f.path, f.content]));
    const checked: string[] = [];
    for (const f of files) {
      if (!/\.ya?ml$/.test(f.path)) continue;
      const kind = kindOf(parseYamlSource(f.content, f.path, 'E_CFG_PARSE').source?.value);
      if (!kind) continue;
      const m = MODELINE.exec(f.content);
      expect(m, `${f.path} has no modeline`).not.toBeNull();
      const target = posix.normalize(posix.join(posix.dirname(f.path), m![1]!));
      expect(byPath.get(target), `${f.path} → ${target}`).toBe(schemaText(kind));
      checked.push(`${kind}:${f.path}`);
    }
    expect(checked.sort()).toEqual([`eval:${opts.config ?? 'eval.yaml'}`, `policy:${posix.join(posix.dirname(opts.config ?? 'eval.yaml'), 'policy.yaml')}`]);
  });
});
