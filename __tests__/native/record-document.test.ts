// `sandbox -p` with a record/generate document: the recorded accesses pass, a new one is refused.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { nativeEnv, noteSkip, tmp } from './helpers.js';

const N = nativeEnv();
noteSkip('sandbox with a record document', N.skipReason);

describe.skipIf(N.skipReason)('sandbox -p <record document>', () => {
  it('grants what was recorded (two reads, one write) and nothing else', () => {
    const data = tmp();
    for (const f of ['a.txt', 'b.txt', 'c.txt']) fs.writeFileSync(path.join(data, f), f);
    fs.writeFileSync(path.join(data, 'out.txt'), '');
    const work = tmp();
    fs.writeFileSync(
      path.join(work, 'rec.yaml'),
      [
        '_meta: {name: demo, generated_at: "2026-01-01T00:00:00Z"}',
        'files:',
        `  allow: [${path.join(data, 'a.txt')}, {pattern: ${path.join(data, 'b.txt')}, count: 2}, ${path.join(data, 'out.txt')}]`,
        'processes:',
        `  allow: [${process.execPath}]`,
      ].join('\n') + '\n',
    );
    const script = (files: string[]) =>
      `const fs=require('fs');const d=${JSON.stringify(data)};for(const f of ${JSON.stringify(files)})fs.readFileSync(d+'/'+f);fs.writeFileSync(d+'/out.txt','done');console.log('ok')`;
    const run = (files: string[]) =>
      runCli(['sandbox', '-q', '-p', 'rec.yaml', '--', process.execPath, '-e', script(files)], { cwd: work, env: { ASSAY_NATIVE_HELPER: N.helper } });
    const same = run(['a.txt', 'b.txt']);
    expect(same.stderr).toBe('');
    expect(same.status).toBe(0);
    expect(fs.readFileSync(path.join(data, 'out.txt'), 'utf8')).toBe('done');
    const variant = run(['a.txt', 'b.txt', 'c.txt']);
    expect(variant.status).not.toBe(0);
    expect(variant.stderr).toContain('EACCES');
  });
});
