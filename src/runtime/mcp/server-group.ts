// The wrapped server's process group (docs/mcp-wrap.md). The server is spawned as the leader of its own
// group (POSIX), so a signal to the group reaches every process the server command started: `bash -c
// 'server; true'` or an npx shim cannot leave the real server running after wrap is gone. On Windows there
// are no process groups; the direct child is signalled as before.
import type { ChildProcess } from 'node:child_process';

export class ServerGroup {
  static readonly supported = process.platform !== 'win32';

  constructor(private readonly child: ChildProcess) {}

  /** Signal every process of the group (else the direct child while it runs). True when one was signalled. */
  signal(sig: NodeJS.Signals): boolean {
    const pid = this.child.pid;
    if (pid === undefined) return false;
    if (ServerGroup.supported) {
      try {
        process.kill(-pid, sig);
        return true;
      } catch {
        // ESRCH: nothing is left in the group
      }
    }
    if (this.child.exitCode !== null || this.child.signalCode !== null) return false;
    try {
      return this.child.kill(sig);
    } catch {
      return false;
    }
  }

  /** Is any process of the group still there? */
  alive(): boolean {
    const pid = this.child.pid;
    if (pid === undefined || !ServerGroup.supported) return false;
    try {
      process.kill(-pid, 0);
      return true;
    } catch (e) {
      return (e as NodeJS.ErrnoException).code === 'EPERM';
    }
  }

  /** After the server's exit: stop what it left in its group, SIGTERM first and SIGKILL after `graceMs`. */
  async reap(graceMs: number, pollMs = 50): Promise<void> {
    if (!this.alive()) return;
    this.signal('SIGTERM');
    const until = performance.now() + graceMs;
    while (this.alive() && performance.now() < until) await new Promise((r) => setTimeout(r, pollMs));
    if (this.alive()) this.signal('SIGKILL');
  }
}
