// Findings in bounded memory through the CLI (docs/findings.md): the console sample, one
// E_TOOL_UNCONSTRAINED per tool, a spilled findings spool that still gives exact counts and a complete
// run.json, and a JSON report that holds every finding (not only the kept top-K).
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const POLICY = `version: "2.0"
tools:
  allow: ["*"]
  deny: ["shell*"]
schemas:
  read_file:
    type: object
    properties:
      path: {type: string, pattern: "^/app/"}
enforcement:
  unconstrained_tools: warn
`;

/** `calls` calls in episodes of 10: 1/4 clean, 1/4 denied, 1/4 schema failures, 1/4 unconstrained (7 tools). */
function denseTrace(calls: number): string {
  const lines: string[] = [];
  for (let c = 0, ep = 0; c < calls; ep++) {
    const id = `ep-${ep}`;
    lines.push(JSON.stringify({ type: 'episode_start', episode_id: id, timestamp: ep * 100, input: { prompt: `task ${ep}` } }));
    for (let i = 0; i < 10 && c < calls; i++, c++) {
      const [tool, args] =
        c % 4 === 0
          ? ['read_file', { path: `/app/f${c}` }]
          : c % 4 === 1
            ? ['shell_exec', { cmd: 'ls' }]
            : c % 4 === 2
              ? ['read_file', { path: `/etc/f${c}` }]
              : [`tool_${c % 7}`, { q: c }];
      lines.push(JSON.stringify({ type: 'tool_call', episode_id: id, step_id: `s${i}`, timestamp: ep * 100 + i + 1, tool_name: tool, call_index: 0, args, result: { ok: true }, error: null }));
    }
    lines.push(JSON.stringify({ type: 'episode_end', episode_id: id, timestamp: ep * 100 + 99, final_output: 'done' }));
  }
  return lines.join('\n') + '\n';
}

interface RunJsonFinding {
  rule_id: string;
  level: string;
  tool?: string;
  count?: number;
  message: string;
  fingerprint: string;
}

function setup(calls: number): string {
  const dir = tempDir();
  writeFiles(dir, { 'policy.yaml': POLICY, 'trace.jsonl': denseTrace(calls) });
  return dir;
}

describe('dense findings (CLI)', () => {
  it('--max-console-findings N shows N locations per rule group, then the exact remainder', () => {
    const dir = setup(400);
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--max-console-findings', '2'], { cwd: dir });
    expect(r.status).toBe(1);
    // 100 denied calls and 100 schema failures: each group lists 2 and counts the other 98.
    expect(r.stderr).toMatch(/E_TOOL_DENIED: 100 findings/);
    expect(r.stderr).toMatch(/E_ARG_SCHEMA: 100 findings/);
    expect(r.stderr.match(/… and 98 more/g)).toHaveLength(2);
    expect(r.stderr.match(/error E_TOOL_DENIED: Tool 'shell_exec' denied/g)).toHaveLength(2);
    const bad = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--max-console-findings', 'lots'], { cwd: dir });
    expect(bad.status).toBe(2);
  });

  it('ci: one E_TOOL_UNCONSTRAINED per tool in run.json, with its number of calls', () => {
    const dir = setup(400);
    const r = runCli(['ci', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'out'], { cwd: dir });
    expect(r.status).toBe(1);
    const run = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'run.json'), 'utf8')) as { findings: RunJsonFinding[] };
    const unconstrained = run.findings.filter((f) => f.rule_id === 'policy/E_TOOL_UNCONSTRAINED');
    // Calls c ≡ 3 (mod 4) go to tool_(c mod 7): 100 calls over the 7 tools.
    const expected = new Map<string, number>();
    for (let c = 3; c < 400; c += 4) expected.set(`tool_${c % 7}`, (expected.get(`tool_${c % 7}`) ?? 0) + 1);
    expect(unconstrained).toHaveLength(expected.size);
    for (const f of unconstrained) {
      expect(f.count).toBe(expected.get(f.tool!));
      expect(f.message).toContain(`(${f.count} calls; first: call #`);
    }
    expect(run.findings.filter((f) => f.rule_id === 'policy/E_TOOL_DENIED')).toHaveLength(100);
  });

  it('ci with a spilled spool: exact counts, the same complete run.json, no temp files left', () => {
    const dir = setup(2000);
    const tmpA = tempDir();
    const tmpB = tempDir();
    const a = runCli(['ci', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'a'], { cwd: dir, env: { TMPDIR: tmpA, SOURCE_DATE_EPOCH: '0' } });
    const b = runCli(['ci', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'b'], {
      cwd: dir,
      // ~2,000 characters per chunk: hundreds of sorted runs merged from disk.
      env: { TMPDIR: tmpB, SOURCE_DATE_EPOCH: '0', ASSAY_SPOOL_CHUNK_CHARS: '2000' },
    });
    expect(a.status).toBe(1);
    expect(b.status).toBe(1);
    const runA = JSON.parse(fs.readFileSync(path.join(dir, 'a', 'run.json'), 'utf8')) as { findings: RunJsonFinding[] };
    const runB = JSON.parse(fs.readFileSync(path.join(dir, 'b', 'run.json'), 'utf8')) as { findings: RunJsonFinding[] };
    // 500 denied + 500 schema errors + 7 unconstrained warnings.
    expect(runB.findings).toHaveLength(1007);
    expect(runB.findings).toEqual(runA.findings);
    const summary = JSON.parse(fs.readFileSync(path.join(dir, 'b', 'summary.json'), 'utf8')) as { findings: unknown };
    expect(summary.findings).toEqual({ error: 1000, warning: 7, note: 0 });
    // The spool's temp folder is removed after the run.
    expect(fs.readdirSync(tmpB).filter((n) => n.startsWith('assay-spool-'))).toEqual([]);
    expect(fs.readdirSync(tmpA).filter((n) => n.startsWith('assay-spool-'))).toEqual([]);
  });

  it('validate --format json holds every finding, past the 25,000 kept for SARIF', () => {
    const dir = setup(104_000);
    const out = path.join(dir, 'v.json');
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--format', 'json', '--output', out], { cwd: dir, env: { ASSAY_SPOOL_CHUNK_CHARS: '1000000' } });
    expect(r.status).toBe(1);
    const doc = JSON.parse(fs.readFileSync(out, 'utf8')) as { diagnostics: Array<{ code: string }>; summary: { error_count: number } };
    const denied = doc.diagnostics.filter((d) => /E_TOOL_DENIED$/.test(d.code)).length;
    const schema = doc.diagnostics.filter((d) => /E_ARG_SCHEMA$/.test(d.code)).length;
    expect(denied).toBe(26_000);
    expect(schema).toBe(26_000);
    expect(doc.summary.error_count).toBe(52_000);
  }, 120_000);
});
