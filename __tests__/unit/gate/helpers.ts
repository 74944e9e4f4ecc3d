// Shared helpers for the gate tests: files in a temp dir, one in-process gate run with the eval plugin.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEvalPlugin, type EvalSessionOptions } from '../../../src/core/gate/eval-session.js';
import { runGate, type GateRunOptions, type GateRunResult } from '../../../src/core/gate/gate-run.js';

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
}

export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

/** JSONL text from objects. */
export function jsonl(...lines: unknown[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + '\n';
}

export interface GateCase {
  dir: string;
  config?: string;
  policy?: string;
  traces?: string[];
  baseline?: string;
  eval?: Partial<EvalSessionOptions>;
  gate?: Partial<GateRunOptions>;
}

const ref = (dir: string, name: string) => ({ path: path.join(dir, name), display: name });

/** Run the gate in-process on files of `dir` (display paths = names relative to dir). */
export async function gate(c: GateCase): Promise<GateRunResult> {
  const plugin = createEvalPlugin({
    assayVersion: '1.0.0',
    cwd: c.dir,
    cacheDir: path.join(c.dir, '.assay/cache'),
    exportBaseline: true,
    createdAt: '1970-01-01T00:00:00Z',
    ...(c.baseline ? { baseline: ref(c.dir, c.baseline) } : {}),
    ...c.eval,
  });
  return runGate({
    ...(c.config ? { config: ref(c.dir, c.config) } : {}),
    ...(c.policy ? { policy: ref(c.dir, c.policy) } : {}),
    ...(c.baseline ? { baseline: ref(c.dir, c.baseline) } : {}),
    traces: (c.traces ?? []).map((t) => ref(c.dir, t)),
    outDirDisplay: '.assay/reports',
    eval: plugin,
    ...c.gate,
  });
}

/** `[test_id, status, message]` of every row. */
export function rowsOf(r: GateRunResult): Array<[string, string, string]> {
  return (r.report.results ?? []).map((x) => [x.test_id, x.status, x.message]);
}
