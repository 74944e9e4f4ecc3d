import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expandGlob, expandGlobs, segmentRegExp } from '../../../src/action/glob.js';
import { discoverBundles, expandTraces } from '../../../src/action/discover.js';

function tree(files: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'assay-glob-'));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f).split('\\').join('/'));

describe('glob', () => {
  it('segment patterns: *, ?, classes, literal dots', () => {
    expect(segmentRegExp('*.tar.gz').test('a b.tar.gz')).toBe(true);
    expect(segmentRegExp('*.tar.gz').test('a.tar.gzz')).toBe(false);
    expect(segmentRegExp('b?.json').test('b1.json')).toBe(true);
    expect(segmentRegExp('[ab]*').test('c')).toBe(false);
    expect(segmentRegExp('[!ab]*').test('c')).toBe(true);
  });

  it('** crosses directories (including none), paths with spaces are safe, output sorted by code unit', () => {
    const root = tree(['evidence/b.tar.gz', 'evidence/sub dir/A.tar.gz', 'evidence/x/y/z.tar.gz', 'evidence/notes.txt', 'node_modules/evidence/q.tar.gz']);
    const r = expandGlob('evidence/**/*.tar.gz', root);
    expect(rel(root, r.files)).toEqual(['evidence/b.tar.gz', 'evidence/sub dir/A.tar.gz', 'evidence/x/y/z.tar.gz']);
    expect(rel(root, expandGlob('**/*.tar.gz', root).files)).not.toContain('node_modules/evidence/q.tar.gz');
    expect(rel(root, expandGlob('evidence/**', root).files)).toHaveLength(4);
  });

  it('symlinks that resolve outside the workspace are refused, not followed', () => {
    const outside = tree(['secret.tar.gz']);
    const root = tree(['evidence/ok.tar.gz']);
    symlinkSync(join(outside, 'secret.tar.gz'), join(root, 'evidence', 'link.tar.gz'));
    const r = expandGlob('evidence/*.tar.gz', root);
    expect(rel(root, r.files)).toEqual(['evidence/ok.tar.gz']);
    expect(r.refused).toEqual(['evidence/link.tar.gz']);
    expect(discoverBundles(['evidence/*.tar.gz'], root).problems[0]).toContain('resolves outside the workspace');
  });

  it('union of patterns is de-duplicated with per-pattern counts', () => {
    const root = tree(['a/1.jsonl', 'a/2.jsonl']);
    const r = expandGlobs(['a/*.jsonl', 'a/1.jsonl', 'b/*.jsonl'], root);
    expect(rel(root, r.files)).toEqual(['a/1.jsonl', 'a/2.jsonl']);
    expect(r.counts).toEqual([2, 1, 0]);
  });
});

describe('discovery', () => {
  it('auto-discovery finding nothing is not an error; an explicit pattern matching nothing is', () => {
    const root = tree(['README.md']);
    expect(discoverBundles([], root)).toEqual({ bundles: [], auto: true, problems: [] });
    expect(discoverBundles(['x/*.tar.gz'], root).problems).toEqual(['input "bundles": bundles pattern "x/*.tar.gz" matched no files']);
  });

  it('more than 100 bundles fails closed', () => {
    const root = tree(Array.from({ length: 101 }, (_, i) => `.assay/evidence/${i}.tar.gz`));
    const d = discoverBundles([], root);
    expect(d.bundles).toEqual([]);
    expect(d.problems[0]).toContain('101 bundles matched (at most 100)');
  });

  it('trace globs expand; a glob matching nothing stays as given for the gate to report', () => {
    const root = tree(['traces/a.jsonl', 'traces/b.jsonl']);
    const t = expandTraces(['traces/*.jsonl', 'missing/*.jsonl', 'traces/a.jsonl'], root);
    expect(t.traces.map((x) => x.display)).toEqual(['traces/a.jsonl', 'traces/b.jsonl', 'missing/*.jsonl']);
  });
});
