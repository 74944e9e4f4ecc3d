// The helper binary itself: version/probe output, the status channel on setup failures (stage, errno,
// rule index, never a path), exec exit codes, and the seccomp baseline.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeEnv, noteSkip, tmp } from './helpers.js';

const N = nativeEnv();
const SKIP = N.skipReason;
noteSkip('native helper', SKIP);

/** Run the helper with fd 3 as a pipe (the status channel); returns its exit status and status text. */
function helper(args: string[]) {
  const r = spawnSync(N.helper!, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
  return { status: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, statusLine: (r.output[3] ?? '').toString() };
}

const BASE = ['--rx', '/usr', '--rx', '/bin', '--rx', '/lib', '--rx', '/lib64'];

describe.skipIf(SKIP)('assay-native', () => {
  it('version speaks protocol 1; probe prints one JSON line with the ABI', () => {
    expect(spawnSync(N.helper!, ['version'], { encoding: 'utf8' }).stdout).toMatch(/^assay-native 1 [0-9a-f]{64}\n$/);
    const p = JSON.parse(spawnSync(N.helper!, ['probe'], { encoding: 'utf8' }).stdout) as { v: number; landlock: { status: string; abi: number } };
    expect(p.v).toBe(1);
    expect(p.landlock.status).toBe('available');
    expect(p.landlock.abi).toBeGreaterThanOrEqual(1);
  });

  it('a missing path with --missing fail: stage "open", exit 125, rule index, no path on the channel', () => {
    const missing = path.join(tmp(), 'does-not-exist');
    const r = helper(['exec', '--status-fd', '3', '--missing', 'fail', ...BASE, '--rw', missing, '--', 'true']);
    expect(r.status).toBe(125);
    const line = JSON.parse(r.statusLine) as Record<string, unknown>;
    expect(line).toMatchObject({ v: 1, ok: false, stage: 'open', errname: 'ENOENT', rule: 4 });
    expect(r.statusLine).not.toContain(missing);
  });

  it('--missing skip (the default) ignores the missing path and runs the command; EOF on fd 3', () => {
    const r = helper(['exec', '--status-fd', '3', ...BASE, '--rw', '/nonexistent-assay', '--', 'sh', '-c', 'exit 3']);
    expect(r.status).toBe(3);
    expect(r.statusLine).toBe('');
  });

  it('exec failures: 127 for a missing command, 126 for one outside the grants (EACCES)', () => {
    const a = helper(['exec', '--status-fd', '3', ...BASE, '--', '/nonexistent/cmd']);
    expect(a.status).toBe(127);
    expect(JSON.parse(a.statusLine)).toMatchObject({ stage: 'exec', errname: 'ENOENT' });
    const dir = tmp();
    const script = path.join(dir, 'run.sh');
    fs.writeFileSync(script, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const b = helper(['exec', '--status-fd', '3', ...BASE, '--', script]);
    expect(b.status).toBe(126);
    expect(JSON.parse(b.statusLine)).toMatchObject({ stage: 'exec', errname: 'EACCES' });
  });

  it('a port out of range is a usage error (exit 2, nothing runs)', () => {
    const r = helper(['exec', '--connect-port', '70000', '--', 'true']);
    expect(r.status).toBe(2);
  });

  it('--seccomp-baseline makes unshare and ptrace fail with EPERM, ordinary syscalls unaffected', () => {
    const r = helper(['exec', '--status-fd', '3', ...BASE, '--rw', '/proc', '--seccomp-baseline', '--', 'sh', '-c', 'unshare -U true 2>&1; echo rc=$?']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Operation not permitted/);
    expect(r.stdout).toContain('rc=1');
    const plain = helper(['exec', '--status-fd', '3', ...BASE, '--rw', '/proc', '--seccomp-baseline', '--', 'sh', '-c', 'echo fine']);
    expect(plain.stdout.trim()).toBe('fine');
    // Where this user may create a user namespace, the same command succeeds without the filter.
    if (spawnSync('unshare', ['-U', 'true']).status === 0) {
      const without = helper(['exec', '--status-fd', '3', ...BASE, '--rw', '/proc', '--', 'sh', '-c', 'unshare -U true; echo rc=$?']);
      expect(without.stdout).toContain('rc=0');
    }
  });
});
