import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expandGlob, expandGlobs, hasMagic, isExcluded } from '../../../src/core/util/glob.js';
import { discoverBundles, expandTraces } from '../../../src/action/discover.js';

function tree(files: string[], prefix = 'assay-glob-'): string {
  const root = mkdtempSync(join(tmpdir(), prefix));
  for (const f of files) {
    mkdirSync(join(root, f, '..'), { recursive: true });
    writeFileSync(join(root, f), 'x');
  }
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => relative(root, f).split('\\').join('/'));

describe('glob', () => {
  it('*, ?, classes and literal dots within a segment', () => {
    const root = tree(['a b.tar.gz', 'a.tar.gzz', 'b1.json', 'c', 'd']);
    expect(rel(root, expandGlob('*.tar.gz', root).files)).toEqual(['a b.tar.gz']);
    expect(rel(root, expandGlob('b?.json', root).files)).toEqual(['b1.json']);
    expect(rel(root, expandGlob('[ab]*', root).files)).toEqual(['a b.tar.gz', 'a.tar.gzz', 'b1.json']);
    expect(rel(root, expandGlob('[!ab]', root).files)).toEqual(['c', 'd']);
  });

  it('** crosses directories (including none), paths with spaces are safe, output sorted by code unit', () => {
    const root = tree(['evidence/b.tar.gz', 'evidence/sub dir/A.tar.gz', 'evidence/x/y/z.tar.gz', 'evidence/notes.txt', 'node_modules/evidence/q.tar.gz']);
    const r = expandGlob('evidence/**/*.tar.gz', root);
    expect(rel(root, r.files)).toEqual(['evidence/b.tar.gz', 'evidence/sub dir/A.tar.gz', 'evidence/x/y/z.tar.gz']);
    expect(rel(root, expandGlob('**/*.tar.gz', root).files)).not.toContain('node_modules/evidence/q.tar.gz');
    expect(rel(root, expandGlob('node_modules/**/*.tar.gz', root).files)).toEqual(['node_modules/evidence/q.tar.gz']);
    expect(rel(root, expandGlob('evidence/**', root).files)).toHaveLength(4);
  });

  it('brace sets, ! excludes and Windows separators', () => {
    const root = tree(['traces/a.jsonl', 'traces/b.json', 'traces/old-1.jsonl', 'traces/c.txt', 'traces/sub/d.jsonl']);
    expect(rel(root, expandGlob('traces/*.{jsonl,json}', root).files)).toEqual(['traces/a.jsonl', 'traces/b.json', 'traces/old-1.jsonl']);
    expect(rel(root, expandGlobs(['traces/**/*.jsonl', '!traces/old-*.jsonl'], root).files)).toEqual(['traces/a.jsonl', 'traces/sub/d.jsonl']);
    expect(rel(root, expandGlob('traces\\*.json', root).files)).toEqual(['traces/b.json']);
    expect(isExcluded('traces/old-1.jsonl', ['!traces/old-*'], root)).toBe(true);
    expect(isExcluded('traces/a.jsonl', ['!traces/old-*'], root)).toBe(false);
    expect(hasMagic('traces/a.jsonl')).toBe(false);
    expect(hasMagic('traces/{a,b}.jsonl')).toBe(true);
  });

  it('wildcard characters in the root folder name are literal', () => {
    const root = tree(['t/a.jsonl'], 'assay-[x]{y}*-');
    expect(rel(root, expandGlob('t/*.jsonl', root).files)).toEqual(['t/a.jsonl']);
    expect(rel(root, expandGlobs(['t/*.jsonl', '!t/a.jsonl'], root).files)).toEqual([]);
  });

  it('symlinks that resolve outside the root are refused when confined, not followed', () => {
    const outside = tree(['secret.tar.gz', 'dir/s.tar.gz']);
    const root = tree(['evidence/ok.tar.gz']);
    symlinkSync(join(outside, 'secret.tar.gz'), join(root, 'evidence', 'link.tar.gz'));
    symlinkSync(join(outside, 'dir'), join(root, 'evidence', 'linkdir'));
    const r = expandGlob('evidence/**/*.tar.gz', root, { confine: true });
    expect(rel(root, r.files)).toEqual(['evidence/ok.tar.gz']);
    expect(r.refused).toEqual(['evidence/link.tar.gz']);
    expect(discoverBundles(['evidence/*.tar.gz'], root).problems[0]).toContain('resolves outside the workspace');
    // Unconfined (the CLI: a user's own paths), links are followed.
    expect(rel(root, expandGlob('evidence/*.tar.gz', root).files)).toEqual(['evidence/link.tar.gz', 'evidence/ok.tar.gz']);
  });

  it('a symlink cycle ends the walk', () => {
    const root = tree(['a/x.jsonl']);
    symlinkSync(join(root, 'a'), join(root, 'a', 'loop'));
    expect(rel(root, expandGlob('**/*.jsonl', root).files)).toEqual(['a/x.jsonl']);
  });

  it('union of patterns is de-duplicated with per-pattern counts; the walk is bounded', () => {
    const root = tree(['a/1.jsonl', 'a/2.jsonl']);
    const r = expandGlobs(['a/*.jsonl', 'a/1.jsonl', 'b/*.jsonl'], root);
    expect(rel(root, r.files)).toEqual(['a/1.jsonl', 'a/2.jsonl']);
    expect(r.counts).toEqual([2, 1, 0]);
    expect(expandGlob('**/*', tree(['1', '2', '3', '4']), { maxEntries: 2 }).truncated).toBe(true);
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

  it('trace globs expand; a glob matching nothing stays as given for the gate to report; ! excludes', () => {
    const root = tree(['traces/a.jsonl', 'traces/b.jsonl']);
    const t = expandTraces(['traces/*.jsonl', 'missing/*.jsonl', 'traces/a.jsonl'], root);
    expect(t.traces.map((x) => x.display)).toEqual(['traces/a.jsonl', 'traces/b.jsonl', 'missing/*.jsonl']);
    expect(expandTraces(['traces/*.jsonl', 'traces/a.jsonl', '!traces/a.jsonl'], root).traces.map((x) => x.display)).toEqual(['traces/b.jsonl']);
  });
});
