// The CLI's own exit codes (docs/reports.md): unknown --format values, missing subcommands, help into a
// closed pipe, artefacts that cannot be written, and the report set of `run`/`ci` (one consistent set per
// folder, an interrupted run, a report that cannot be written).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_ARGS, REPO, runCli, tempDir, writeFiles } from '../helpers/cli.js';

const POLICY = 'version: "2.0"\nallow: ["*"]\ndeny: ["exec*"]\nenforcement:\n  unconstrained_tools: allow\n';
const json = (dir: string, f: string) => JSON.parse(readFileSync(join(dir, f), 'utf8'));

function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' };
  delete env.GITHUB_WORKSPACE;
  delete env.SOURCE_DATE_EPOCH;
  delete env.FORCE_COLOR;
  return env;
}

/** A trace of `calls` tool calls over 100 episodes; every `denyEvery`-th call is denied (0: none). */
function writeTrace(path: string, calls: number, denyEvery = 0): void {
  const fd = openSync(path, 'w');
  const lines: string[] = [];
  for (let e = 0; e < 100; e++) lines.push(JSON.stringify({ type: 'episode_start', episode_id: `e${e}`, timestamp: 1000, input: { prompt: `p${e}` } }));
  for (let i = 0; i < calls; i++) {
    const tool = denyEvery > 0 && i % denyEvery === 0 ? 'exec_cmd' : 'read_file';
    lines.push(JSON.stringify({ type: 'tool_call', episode_id: `e${i % 100}`, step_id: `s${i}`, timestamp: 1000 + i, tool_name: tool, call_index: i, args: { path: `/app/x${i}` }, result: null, error: null }));
    if (lines.length >= 10000) writeFileSync(fd, lines.splice(0).join('\n') + '\n');
  }
  writeFileSync(fd, lines.join('\n') + '\n');
  closeSync(fd);
}

/** Run the CLI with stdout going to an already-closed pipe. */
function intoClosedPipe(args: string[]): Promise<{ status: number | null; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...CLI_ARGS, ...args], { cwd: REPO, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    // Closed before the CLI has even started: its first write meets EPIPE.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => done({ status, stderr }));
  });
}

describe('--format: an unknown value is 2 E_INVALID_ARGS in every command', () => {
  for (const args of [['validate'], ['run'], ['ci'], ['doctor'], ['coverage'], ['explain'], ['evidence', 'lint', 'x.tar.gz'], ['evidence', 'verify', 'x.tar.gz']]) {
    it(`assay ${args.join(' ')} --format xml`, () => {
      const dir = tempDir();
      const r = runCli([...args, '--format', 'xml', ...(args[0] === 'run' || args[0] === 'ci' ? ['--out-dir', join(dir, 'r')] : [])], { cwd: dir });
      expect([r.status, r.stderr.includes('E_INVALID_ARGS'), r.stderr.includes('E_INTERNAL')]).toEqual([2, true, false]);
    });
  }
});

describe('no subcommand: help on stderr, exit 2', () => {
  for (const args of [[], ['evidence'], ['mcp'], ['profile'], ['policy']]) {
    it(`assay ${args.join(' ') || '(nothing)'}`, () => {
      const r = runCli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Usage: assay');
      expect(r.stderr).toContain('E_INVALID_ARGS');
    });
  }
  it('explicit help and version still exit 0 on stdout', () => {
    const h = runCli(['--help']);
    expect([h.status, h.stdout.startsWith('Usage: assay')]).toEqual([0, true]);
    const v = runCli(['--version']);
    expect([v.status, /^\d+\.\d+\.\d+/.test(v.stdout)]).toEqual([0, true]);
  });
});

describe('stdout and --output that cannot be written', () => {
  it('--help into a closed pipe is 0; a requested document into a closed pipe is 3', async () => {
    expect((await intoClosedPipe(['--help'])).status).toBe(0);
    expect((await intoClosedPipe(['--version'])).status).toBe(0);
    const doc = await intoClosedPipe(['validate', '--config', 'examples/policy.yaml', '--format', 'json']);
    expect(doc.status).toBe(3);
  });

  it.skipIf(!existsSync('/dev/full'))('--format json > /dev/full is 3 E_IO_ERROR, not an uncaught exception', () => {
    const fd = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [...CLI_ARGS, 'validate', '--config', 'examples/policy.yaml', '--format', 'json'], { cwd: REPO, env: childEnv(), stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('E_IO_ERROR');
      expect(r.stderr).not.toContain('Uncaught');
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(!existsSync('/dev/full'))('--output /dev/full is 3 E_IO_ERROR', () => {
    const r = runCli(['validate', '--config', 'examples/policy.yaml', '--format', 'json', '--output', '/dev/full']);
    expect(r.status).toBe(3);
    expect(JSON.parse(r.stdout).reason_code).toBe('E_IO_ERROR');
  });

  it.skipIf(!existsSync('/proc/self'))('--out-dir or --output under /proc fails at once with 3 E_IO_ERROR (no endless mkdir)', () => {
    const dir = tempDir();
    writeFiles(dir, { 'p.yaml': POLICY, 't.jsonl': '' });
    writeTrace(join(dir, 't.jsonl'), 10);
    // A hang would end at the spawn timeout with no status.
    const ci = spawnSync(process.execPath, [...CLI_ARGS, 'ci', '--policy', 'p.yaml', '--trace-file', 't.jsonl', '--out-dir', '/proc/assay-x'], { cwd: dir, env: childEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(ci.status).toBe(3);
    expect(ci.stderr).toContain('E_IO_ERROR');
    const out = spawnSync(process.execPath, [...CLI_ARGS, 'validate', '--config', 'p.yaml', '--format', 'json', '--output', '/proc/assay-x/v.json'], { cwd: dir, env: childEnv(), encoding: 'utf8', timeout: 120_000 });
    expect(out.status).toBe(3);
  });
});

describe('the report set of run/ci', () => {
  it('two runs into one folder leave one consistent set (older Assay files removed, user files kept)', () => {
    const dir = tempDir();
    writeFiles(dir, { 'p.yaml': POLICY });
    writeTrace(join(dir, 'bad.jsonl'), 50, 5);
    writeTrace(join(dir, 'good.jsonl'), 50);
    const out = join(dir, 'reports');
    const first = runCli(['ci', '--policy', 'p.yaml', '--trace-file', 'bad.jsonl', '--out-dir', out], { cwd: dir });
    expect(first.status).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['assay.sarif', 'findings-baseline.json', 'junit.xml', 'run.json', 'summary.json']);
    writeFileSync(join(out, 'my-notes.txt'), 'user file\n');
    const second = runCli(['run', '--policy', 'p.yaml', '--trace-file', 'good.jsonl', '--out-dir', out], { cwd: dir });
    expect(second.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['my-notes.txt', 'run.json', 'summary.json']);
    const run = json(out, 'run.json');
    const summary = json(out, 'summary.json');
    expect([run.exit_code, summary.exit_code, summary.status]).toEqual([0, 0, 'complete']);
    expect(run.report_set_id).toBe(summary.report_set.id);
    expect(summary.report_set.files).toEqual(['run.json', 'summary.json']);
    expect(readdirSync(dir).filter((f) => f.includes('.assay-tmp-'))).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('SIGTERM mid-run: exit 143, summary.json "interrupted", no older passing report left', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'p.yaml': POLICY });
    writeTrace(join(dir, 'good.jsonl'), 20);
    const out = join(dir, 'reports');
    expect(runCli(['ci', '--policy', 'p.yaml', '--trace-file', 'good.jsonl', '--out-dir', out], { cwd: dir }).status).toBe(0);
    expect(json(out, 'summary.json').exit_code).toBe(0);
    // Large enough that the run is still reading it when the signal arrives.
    const big = join(dir, 'big.jsonl');
    writeTrace(big, 400_000);
    const child = spawn(process.execPath, [...CLI_ARGS, 'ci', '--policy', 'p.yaml', '--trace-file', 'big.jsonl', '--out-dir', out], { cwd: dir, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const closed = new Promise<number | null>((done) => child.on('close', (status) => done(status)));
    // Mid-run = the trace file is open in the child.
    const fdDir = `/proc/${child.pid}/fd`;
    const isReading = (): boolean => {
      try {
        return readdirSync(fdDir).some((fd) => {
          try {
            return readlinkSync(join(fdDir, fd)) === big;
          } catch {
            return false;
          }
        });
      } catch {
        return false;
      }
    };
    while (!isReading()) {
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    expect(await closed).toBe(143);
    expect(stderr).toContain('E_INTERRUPTED');
    expect(readdirSync(out).sort()).toEqual(['run.json', 'summary.json']);
    const summary = json(out, 'summary.json');
    expect([summary.status, summary.exit_code, summary.reason_code]).toEqual(['interrupted', 143, 'E_INTERRUPTED']);
    expect(json(out, 'run.json').exit_code).toBe(143);
    expect(json(out, 'run.json').report_set_id).toBe(summary.report_set.id);
    expect(readdirSync(dir).filter((f) => f.includes('.assay-tmp-'))).toEqual([]);
  }, 180_000);

  it('a report that cannot be written: exit 3, and the summary that was written says 3 E_IO_ERROR', (ctx) => {
    const dir = tempDir();
    const mnt = join(dir, 'small');
    mkdirSync(mnt);
    // A 64 KiB file system: run.json (all findings) does not fit, summary.json (counts) does.
    const m = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt], { encoding: 'utf8' });
    if (m.status !== 0) ctx.skip(`cannot mount a small tmpfs here: ${m.stderr.trim()}`);
    try {
      writeFiles(dir, { 'p.yaml': POLICY });
      writeTrace(join(dir, 't.jsonl'), 2000, 2);
      const out = join(mnt, 'reports');
      const r = runCli(['run', '--policy', 'p.yaml', '--trace-file', 't.jsonl', '--out-dir', out], { cwd: dir });
      expect(r.status).toBe(3);
      expect(r.stderr).toContain('E_IO_ERROR');
      expect(readdirSync(out)).toEqual(['summary.json']);
      const summary = json(out, 'summary.json');
      expect([summary.exit_code, summary.reason_code]).toEqual([3, 'E_IO_ERROR']);
      expect(summary.message).toContain('run.json');
    } finally {
      spawnSync('umount', [mnt]);
    }
  });
});
