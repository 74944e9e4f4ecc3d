// `assay mcp wrap` stops the whole server, not only its direct child, and never leaves a client waiting for
// a reply it dropped (docs/mcp-wrap.md). The server writes its pid to a file; "gone" is polled from /proc
// with a bounded wait (a zombie waiting for its reaper counts as gone: it runs no code).
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { NODE, RawSession, tmpDir } from './helpers.js';

const STUBBORN = path.join(import.meta.dirname, 'fixtures', 'stubborn-server.mjs');
const posix = process.platform !== 'win32' && fs.existsSync('/proc/self');

function policy(dir: string): string {
  const p = path.join(dir, 'policy.yaml');
  fs.writeFileSync(p, 'tools:\n  allow: ["*"]\n');
  return p;
}

function running(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 3 (after the parenthesised command name) is the state; Z = zombie, X = dead.
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

async function waitFor(pred: () => boolean, ms: number): Promise<boolean> {
  for (let waited = 0; waited < ms; waited += 50) {
    if (pred()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return pred();
}

async function serverPid(file: string): Promise<number> {
  expect(await waitFor(() => fs.existsSync(file) && fs.readFileSync(file, 'utf8') !== '', 15_000)).toBe(true);
  return Number(fs.readFileSync(file, 'utf8'));
}

describe.runIf(posix)('mcp wrap: the server process group', () => {
  it("SIGTERM to wrap stops a server started through `bash -c 'server; true'`", async () => {
    const dir = tmpDir();
    const pidFile = path.join(dir, 'server.pid');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy(dir), '--', 'bash', '-c', `"${NODE}" "${STUBBORN}" "${pidFile}"; true`]);
    const pid = await serverPid(pidFile);
    s.send({ jsonrpc: '2.0', id: 1, method: 'ping' });
    await s.byId(1);
    expect(running(pid)).toBe(true);
    s.child.kill('SIGTERM');
    await s.exited;
    const gone = await waitFor(() => !running(pid), 10_000);
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  });

  it('client EOF: a server that ignores EOF and SIGTERM is killed with its group after the grace period', async () => {
    const dir = tmpDir();
    const pidFile = path.join(dir, 'server.pid');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy(dir), '--shutdown-grace-ms', '100', '--', 'bash', '-c', `"${NODE}" "${STUBBORN}" "${pidFile}" ignore-term; true`]);
    const pid = await serverPid(pidFile);
    await s.end();
    const gone = await waitFor(() => !running(pid), 10_000);
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  });

  it('a backgrounded server the command leaves behind is stopped when the command exits', async () => {
    const dir = tmpDir();
    const pidFile = path.join(dir, 'server.pid');
    // bash exits at once; the server it started keeps stdout open.
    const s = new RawSession(['mcp', 'wrap', '--policy', policy(dir), '--', 'bash', '-c', `"${NODE}" "${STUBBORN}" "${pidFile}" & exit 0`]);
    const pid = await serverPid(pidFile);
    await s.exited;
    const gone = await waitFor(() => !running(pid), 10_000);
    if (!gone) process.kill(pid, 'SIGKILL');
    expect(gone).toBe(true);
  });
});

describe('mcp wrap: a server reply over --max-server-line-bytes', () => {
  it('answers the request it belonged to with a -31998 server_line_too_long error, and the session goes on', async () => {
    const dir = tmpDir();
    const audit = path.join(dir, 'audit.ndjson');
    const s = new RawSession(['mcp', 'wrap', '--policy', policy(dir), '--audit-log', audit, '--max-server-line-bytes', '65536', '--shutdown-grace-ms', '100', '--', NODE, STUBBORN, path.join(dir, 'pid')]);
    const error = (id: unknown) => ({
      jsonrpc: '2.0',
      id,
      error: { code: -31998, message: 'Upstream failed', data: { origin: 'assay-proxy', reason: 'server_line_too_long' } },
    });
    // id last (the MCP SDK's order), id first, a string id.
    s.send({ jsonrpc: '2.0', id: 5, method: 'big/tail' });
    expect(await s.byId(5)).toEqual(error(5));
    s.send({ jsonrpc: '2.0', id: 'six', method: 'big/head' });
    expect(await s.byId('six')).toEqual(error('six'));
    // The top-level id is in neither kept edge (nested ids are): the oldest pending request is answered.
    s.send({ jsonrpc: '2.0', id: 7, method: 'big/middle' });
    expect(await s.byId(7)).toEqual(error(7));
    // An over-long notification answers nobody; the real reply that follows is relayed.
    s.send({ jsonrpc: '2.0', id: 8, method: 'big/notify' });
    expect(await s.byId(8)).toEqual({ jsonrpc: '2.0', id: 8, result: {} });
    s.send({ jsonrpc: '2.0', id: 9, method: 'ping' });
    await s.byId(9);
    // Exactly one response per request.
    expect(s.messages().map((m) => m.id)).toEqual([5, 'six', 7, 8, 9]);
    expect(s.stderr).toContain('answered request 5 with an error');
    s.child.kill('SIGTERM');
    await s.exited;
    const refused = fs
      .readFileSync(audit, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((l) => l.event === 'refused');
    expect(refused.map((r) => [r.reason, r.request_id])).toEqual([
      ['server_line_too_long', 5],
      ['server_line_too_long', 'six'],
      ['server_line_too_long', 7],
      ['server_line_too_long', null],
    ]);
  });
});
