// `assay-native probe`: what the kernel allows, as reported by the helper itself (the syscall is asked,
// /sys/kernel/security/lsm is never read).
import { spawnSync } from 'node:child_process';

export type LandlockStatus = 'available' | 'unsupported' | 'disabled' | 'blocked' | 'error';

export interface ProbeResult {
  arch: string;
  landlock: { status: LandlockStatus; abi: number; errata?: number; errno?: string };
  ptrace: 'available' | 'blocked' | 'error';
  seccomp: { filter: boolean; userNotif: boolean };
  netBlock?: { port: number; errno: string | null; connected: boolean };
}

export class ProbeFailed extends Error {}

/** Run the probe; throws ProbeFailed when the helper does not answer with one valid JSON line. */
export function runProbe(helper: string, opts: { netBlockPort?: number; env?: NodeJS.ProcessEnv } = {}): ProbeResult {
  const args = ['probe', ...(opts.netBlockPort !== undefined ? ['--net-block', String(opts.netBlockPort)] : [])];
  const r = spawnSync(helper, args, { encoding: 'utf8', timeout: 15_000, ...(opts.env ? { env: opts.env } : {}) });
  if (r.error) throw new ProbeFailed(`native helper probe could not run: ${(r.error as NodeJS.ErrnoException).code ?? r.error.message}`);
  if (r.status !== 0) throw new ProbeFailed(`native helper probe exited ${r.status ?? `by ${r.signal}`}`);
  return parseProbe(r.stdout);
}

/** Parse the probe's JSON line (exported for tests with hand-written lines). */
export function parseProbe(text: string): ProbeResult {
  let j: unknown;
  try {
    j = JSON.parse(text.trim().split('\n')[0] ?? '');
  } catch {
    throw new ProbeFailed('native helper probe printed no JSON');
  }
  const o = (j ?? {}) as Record<string, unknown>;
  const ll = (o.landlock ?? {}) as Record<string, unknown>;
  const sc = (o.seccomp ?? {}) as Record<string, unknown>;
  const statuses: LandlockStatus[] = ['available', 'unsupported', 'disabled', 'blocked', 'error'];
  const status = statuses.includes(ll.status as LandlockStatus) ? (ll.status as LandlockStatus) : 'error';
  const abi = status === 'available' && typeof ll.abi === 'number' && ll.abi > 0 ? ll.abi : 0;
  const nb = o.net_block as Record<string, unknown> | undefined;
  return {
    arch: typeof o.arch === 'string' ? o.arch : 'unknown',
    landlock: {
      status: abi > 0 ? status : status === 'available' ? 'error' : status,
      abi,
      ...(typeof ll.errata === 'number' ? { errata: ll.errata } : {}),
      ...(typeof ll.errno === 'string' ? { errno: ll.errno } : {}),
    },
    ptrace: o.ptrace === 'available' || o.ptrace === 'blocked' ? o.ptrace : 'error',
    seccomp: { filter: sc.filter === true, userNotif: sc.user_notif === true },
    ...(nb && typeof nb.port === 'number'
      ? { netBlock: { port: nb.port, errno: typeof nb.errno === 'string' ? nb.errno : null, connected: nb.connected === true } }
      : {}),
  };
}

/** Degradation detail for an unavailable Landlock status. */
export function landlockDetail(status: LandlockStatus): string {
  switch (status) {
    case 'unsupported':
      return 'landlock_unsupported';
    case 'disabled':
      return 'landlock_disabled';
    case 'blocked':
      return 'landlock_blocked';
    default:
      return 'landlock_error';
  }
}
