// The action's reports as one set (docs/reports.md): a second run into the same reports_dir leaves only
// its own files (user files kept), every file carries the same id and exit code, a report that cannot be
// written makes the step say 3 E_IO_ERROR, and a cancelled job leaves an "interrupted" summary.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeGitHub } from '../helpers/fake-github.js';
import { tempDir } from '../helpers/cli.js';
import { runAction, workspace } from './harness.js';
import { writeActionInterrupted } from '../../src/action/reports.js';

const FAILING = { policy: 'examples/policy.yaml', trace_file: 'examples/traces/agent-run.jsonl' };
const CLEAN = { policy: 'examples/policy.yaml', trace_file: 'examples/traces/clean.jsonl' };
const json = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

let gh: FakeGitHub;
beforeEach(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterEach(async () => {
  await gh?.close();
});

describe('action: one report set per run', () => {
  it('a second run replaces the first set: older Assay files go, user files stay, ids and exit codes agree', async () => {
    const ws = workspace();
    const first = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...FAILING, junit: 'true' } });
    expect(first.outputs.exit_code).toBe('1');
    expect(readdirSync(first.reports)).toContain('junit.xml');
    writeFileSync(join(first.reports, 'keep-me.txt'), 'user file\n');
    const second = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, junit: 'false' } });
    expect(second.outputs.exit_code).toBe('0');
    const files = readdirSync(second.reports).sort();
    expect(files).toContain('keep-me.txt');
    expect(files).not.toContain('junit.xml');
    const summary = json(second.reports, 'summary.json');
    const run = json(second.reports, 'run.json');
    expect([summary.exit_code, run.exit_code, summary.status]).toEqual([0, 0, 'complete']);
    expect(run.report_set_id).toBe(summary.report_set.id);
    // Everything the set lists is there; summary.md is written after the set (the job summary step).
    for (const f of summary.report_set.files) expect(files).toContain(f);
    expect(files.filter((f) => !summary.report_set.files.includes(f)).sort()).toEqual(['keep-me.txt', 'summary.md']);
  });

  it('a run.json that cannot be written: outputs, summary.json and the step all say 3 E_IO_ERROR', async (ctx) => {
    const ws = workspace();
    const lines: string[] = [JSON.stringify({ type: 'episode_start', episode_id: 'e', timestamp: 1000, input: { prompt: 'p' } })];
    for (let i = 0; i < 2000; i++) lines.push(JSON.stringify({ type: 'tool_call', episode_id: 'e', step_id: `s${i}`, timestamp: 1001 + i, tool_name: 'exec_cmd', call_index: i, args: {}, result: null, error: null }));
    writeFileSync(join(ws, 'many.jsonl'), lines.join('\n') + '\n');
    mkdirSync(join(ws, '.assay'));
    // A 64 KiB file system for the reports: run.json (every finding) does not fit, summary.json does.
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', join(ws, '.assay')], { encoding: 'utf8' });
    if (m.status !== 0) ctx.skip(`cannot mount a small tmpfs here: ${m.stderr.trim()}`);
    try {
      const r = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { policy: 'examples/policy.yaml', trace_file: 'many.jsonl', sarif: 'false', junit: 'false' } });
      expect([r.outputs.exit_code, r.outputs.reason_code]).toEqual(['3', 'E_IO_ERROR']);
      expect(r.status).toBe(1);
      const summary = json(r.reports, 'summary.json');
      expect([summary.exit_code, summary.reason_code]).toEqual([3, 'E_IO_ERROR']);
      expect(readdirSync(r.reports)).not.toContain('run.json');
    } finally {
      spawnSync('umount', [join(ws, '.assay')]);
    }
  });
});

describe('action: interrupted', () => {
  it.skipIf(!existsSync('/proc/self/fd'))('SIGTERM mid-run: exit 143 and an interrupted summary instead of the older passing one', async () => {
    const ws = workspace();
    const first = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: CLEAN });
    expect(json(first.reports, 'summary.json').exit_code).toBe(0);
    // Large enough that the gate is still reading it when the signal arrives.
    const big = join(ws, 'big.jsonl');
    const fd = openSync(big, 'w');
    const head = [JSON.stringify({ type: 'episode_start', episode_id: 'e', timestamp: 1000, input: { prompt: 'p' } })];
    writeFileSync(fd, head.join('\n') + '\n');
    for (let b = 0; b < 40; b++) {
      const lines: string[] = [];
      for (let i = b * 10000; i < (b + 1) * 10000; i++) lines.push(JSON.stringify({ type: 'tool_call', episode_id: 'e', step_id: `s${i}`, timestamp: 1001 + i, tool_name: 'list_dir', call_index: i, args: { path: '/app' }, result: null, error: null }));
      writeFileSync(fd, lines.join('\n') + '\n');
    }
    closeSync(fd);
    const reading = (pid: number): boolean => {
      try {
        return readdirSync(`/proc/${pid}/fd`).some((f) => {
          try {
            return readlinkSync(`/proc/${pid}/fd/${f}`) === big;
          } catch {
            return false;
          }
        });
      } catch {
        return false;
      }
    };
    const r = await runAction({
      ws,
      event: 'push-other',
      apiUrl: gh.url,
      inputs: { policy: 'examples/policy.yaml', trace_file: 'big.jsonl' },
      onSpawn: (pid) => {
        const poll = (): void => {
          if (reading(pid)) process.kill(pid, 'SIGTERM');
          else if (existsSync(`/proc/${pid}`)) setTimeout(poll, 5);
        };
        poll();
      },
    });
    expect(r.status).toBe(143);
    const summary = json(r.reports, 'summary.json');
    expect([summary.status, summary.exit_code, summary.reason_code]).toEqual(['interrupted', 143, 'E_INTERRUPTED']);
    expect(readdirSync(r.reports).sort()).toEqual(['run.json', 'summary.json']);
  }, 180_000);

  it('replaces the reports by an interrupted run.json and summary.json (exit 143)', () => {
    const dir = join(tempDir(), 'reports');
    mkdirSync(join(dir, 'lint'), { recursive: true });
    for (const f of ['run.json', 'assay.sarif', 'junit.xml', 'lint/a.json']) writeFileSync(join(dir, f), '{"exit_code":0}\n');
    writeFileSync(join(dir, 'summary.json'), '{"exit_code":0,"message":"All checks passed"}\n');
    const fd = openSync(join(dir, 'user.txt'), 'w');
    closeSync(fd);
    expect(writeActionInterrupted(dir, { reproducible: true, signal: 'SIGTERM', exitCode: 143, outDirDisplay: '.assay/reports' })).toBeUndefined();
    expect(readdirSync(dir).sort()).toEqual(['run.json', 'summary.json', 'user.txt']);
    const summary = json(dir, 'summary.json');
    expect([summary.status, summary.exit_code, summary.reason_code]).toEqual(['interrupted', 143, 'E_INTERRUPTED']);
    expect(json(dir, 'run.json').report_set_id).toBe(summary.report_set.id);
  });
});
