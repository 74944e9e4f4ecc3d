// The unified diff of the previews (migrate --dry-run, doctor --fix --dry-run, generate --diff).
import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../../src/core/migrate/index.js';

const o = { fromFile: 'a/x', toFile: 'b/x' };

describe('unifiedDiff', () => {
  it('is empty for equal texts', () => {
    expect(unifiedDiff('a\nb\n', 'a\nb\n', o)).toBe('');
  });

  it('hunks with 3 lines of context, like diff -u', () => {
    const a = 'a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\n';
    const b = 'a\nB\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl';
    expect(unifiedDiff(a, b, o)).toBe(
      ['--- a/x', '+++ b/x', '@@ -1,5 +1,5 @@', ' a', '-b', '+B', ' c', ' d', ' e', '@@ -9,3 +9,4 @@', ' i', ' j', ' k', '+l', '\\ No newline at end of file', ''].join('\n'),
    );
  });

  it('merges close changes into one hunk; whole-file add and delete', () => {
    const d = unifiedDiff('1\n2\n3\n4\n5\n', '1\nX\n3\nY\n5\n', o);
    expect(d.match(/^@@/gm)).toHaveLength(1);
    expect(unifiedDiff('', 'x\n', o)).toBe('--- a/x\n+++ b/x\n@@ -0,0 +1,1 @@\n+x\n');
    expect(unifiedDiff('x\ny\n', '', o)).toBe('--- a/x\n+++ b/x\n@@ -1,2 +0,0 @@\n-x\n-y\n');
  });

  it('applying the hunks gives the new text', () => {
    const a = Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n';
    const lines = a.split('\n');
    lines.splice(5, 2, 'changed');
    lines.splice(30, 0, 'inserted');
    const b = lines.join('\n');
    const d = unifiedDiff(a, b, o);
    // Reconstruct b from a and the diff.
    const src = a.slice(0, -1).split('\n');
    const out: string[] = [];
    let pos = 0;
    for (const h of d.split(/^@@ .* @@$/m).slice(1)) {
      for (const l of h.split('\n').slice(1)) {
        if (l === '') continue;
        if (l[0] === ' ') {
          while (src[pos] !== l.slice(1)) out.push(src[pos++]!);
          out.push(src[pos++]!);
        } else if (l[0] === '-') {
          while (src[pos] !== l.slice(1)) out.push(src[pos++]!);
          pos++;
        } else if (l[0] === '+') out.push(l.slice(1));
      }
    }
    while (pos < src.length) out.push(src[pos++]!);
    expect(out.join('\n') + '\n').toBe(b);
  });
});
