// Unified diffs for previews (`migrate --dry-run`, `doctor --fix --dry-run`, `generate --diff`).
// Myers' O((N+M)·D) algorithm over lines; past MAX_EDITS edits the whole file is one hunk (still a
// correct diff, just not a minimal one), which keeps time and memory bounded on unrelated files.

const MAX_EDITS = 4000;

type Op = { kind: ' ' | '-' | '+'; line: string };

/** A last line without LF carries this mark, so it differs from the same line with one. */
const NO_NEWLINE = '\u0000no-newline';

function splitLines(s: string): string[] {
  if (s === '') return [];
  const finalNewline = s.endsWith('\n');
  const lines = (finalNewline ? s.slice(0, -1) : s).split('\n');
  if (!finalNewline) lines[lines.length - 1] += NO_NEWLINE;
  return lines;
}

function render(op: Op): string {
  return op.line.endsWith(NO_NEWLINE) ? `${op.kind}${op.line.slice(0, -NO_NEWLINE.length)}\n\\ No newline at end of file` : `${op.kind}${op.line}`;
}

/** Edit script from a to b, or null when it needs more than MAX_EDITS edits. */
function myers(a: readonly string[], b: readonly string[]): Op[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        trace.push(next);
        return backtrack(trace, a, b, offset);
      }
    }
    v = next;
  }
  return null;
}

function backtrack(trace: Int32Array[], a: readonly string[], b: readonly string[], offset: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 2; d >= 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1]! });
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: '+', line: b[prevY]! });
    else ops.push({ kind: '-', line: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: ' ', line: a[x - 1]! });
    x--;
    y--;
  }
  return ops.reverse();
}

export interface DiffOptions {
  fromFile: string;
  toFile: string;
  context?: number;
}

/** A unified diff (`---`/`+++` headers, `@@` hunks); "" when the texts are equal. */
export function unifiedDiff(before: string, after: string, o: DiffOptions): string {
  if (before === after) return '';
  const A = splitLines(before);
  const B = splitLines(after);
  const ctx = o.context ?? 3;
  let ops = myers(A, B);
  if (ops === null) ops = [...A.map((line): Op => ({ kind: '-', line })), ...B.map((line): Op => ({ kind: '+', line }))];
  const lines = [`--- ${o.fromFile}`, `+++ ${o.toFile}`];
  // Positions (1-based) of each op in a and b.
  let ai = 1;
  let bi = 1;
  const pos = ops.map((op) => {
    const p = { a: ai, b: bi };
    if (op.kind !== '+') ai++;
    if (op.kind !== '-') bi++;
    return p;
  });
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i]!.kind === ' ') i++;
    if (i >= ops.length) break;
    const start = Math.max(0, i - ctx);
    let end = i;
    // Extend the hunk while changes are within 2·ctx of each other.
    for (;;) {
      while (end < ops.length && ops[end]!.kind !== ' ') end++;
      let j = end;
      while (j < ops.length && ops[j]!.kind === ' ' && j - end < 2 * ctx) j++;
      if (j < ops.length && ops[j]!.kind !== ' ') end = j;
      else break;
    }
    const stop = Math.min(ops.length, end + ctx);
    const hunk = ops.slice(start, stop);
    const aCount = hunk.filter((x) => x.kind !== '+').length;
    const bCount = hunk.filter((x) => x.kind !== '-').length;
    const aStart = aCount === 0 ? pos[start]!.a - 1 : pos[start]!.a;
    const bStart = bCount === 0 ? pos[start]!.b - 1 : pos[start]!.b;
    lines.push(`@@ -${aStart},${aCount} +${bStart},${bCount} @@`);
    for (const op of hunk) lines.push(render(op));
    i = stop;
  }
  return lines.join('\n') + '\n';
}
