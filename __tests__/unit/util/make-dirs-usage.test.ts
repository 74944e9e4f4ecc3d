// Node 20's recursive mkdirSync never returns under /proc-like paths (a hang, not an error), so every folder
// the product creates goes through makeDirs. This scan keeps the class out.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const REPO = resolve(import.meta.dirname, '..', '..', '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? sources(p) : d.name.endsWith('.ts') ? [p] : [];
  });
}

describe('folder creation', () => {
  it('no recursive mkdirSync outside src/core/util/make-dirs.ts', () => {
    const offenders = [...sources(join(REPO, 'src')), ...sources(join(REPO, 'cli'))]
      .filter((f) => !f.endsWith(join('util', 'make-dirs.ts')))
      .filter((f) => /mkdirSync\((?:[^()]|\([^()]*\))*recursive:\s*true/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(REPO, f));
    expect(offenders).toEqual([]);
  });
});
