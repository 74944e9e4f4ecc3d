// `assay doctor --runner`: what this runner's kernel offers and which Assay feature each item enables.
// Landlock and seccomp are asked of the kernel through the native helper's probe (never read from
// /sys/kernel/security/lsm); the other facts come from /proc and /sys. See docs/sandbox.md.
import * as fs from 'node:fs';
import { locateHelper, runProbe, ProbeFailed, type ProbeResult } from './native/index.js';

export type CheckStatus = 'ok' | 'warn' | 'missing' | 'unknown';

export interface RunnerCheck {
  id: string;
  status: CheckStatus;
  value: string;
  /** The Assay features this enables (or that stay off when it is missing). */
  enables: string;
}

export interface RunnerFacts {
  helper: { ok: true; path: string; origin: string } | { ok: false; detail: string; message: string; install?: string };
  probe?: ProbeResult;
  probeError?: string;
  ptraceScope?: number;
  /** max_user_namespaces, unprivileged_userns_clone (Debian), apparmor restriction (Ubuntu). */
  userns: { max?: number; clone?: number; apparmorRestrict?: number };
  cgroup: 'v2' | 'hybrid' | 'v1' | 'none';
  unprivilegedBpfDisabled?: number;
  btf: boolean;
  /** Active LSMs when securityfs is mounted. */
  lsms?: string[];
  uid: number;
}

function readNumber(p: string): number | undefined {
  try {
    const n = Number(fs.readFileSync(p, 'utf8').trim());
    return Number.isFinite(n) ? n : undefined;
  } catch {
    return undefined;
  }
}

function cgroupKind(): RunnerFacts['cgroup'] {
  let mounts = '';
  try {
    mounts = fs.readFileSync('/proc/mounts', 'utf8');
  } catch {
    return 'none';
  }
  const lines = mounts.split('\n').map((l) => l.split(' '));
  const v2 = lines.filter((f) => f[2] === 'cgroup2');
  if (v2.some((f) => f[1] === '/sys/fs/cgroup')) return 'v2';
  if (v2.length) return 'hybrid';
  return lines.some((f) => f[2] === 'cgroup') ? 'v1' : 'none';
}

export function gatherRunnerFacts(opts: { nativeHelper?: string; env?: NodeJS.ProcessEnv } = {}): RunnerFacts {
  const helper = locateHelper({ ...(opts.nativeHelper !== undefined ? { explicit: opts.nativeHelper } : {}), ...(opts.env ? { env: opts.env } : {}) });
  let probe: ProbeResult | undefined;
  let probeError: string | undefined;
  if (helper.ok) {
    try {
      probe = runProbe(helper.path);
    } catch (e) {
      if (!(e instanceof ProbeFailed)) throw e;
      probeError = e.message;
    }
  }
  let lsms: string[] | undefined;
  try {
    lsms = fs.readFileSync('/sys/kernel/security/lsm', 'utf8').trim().split(',').filter(Boolean);
  } catch {
    lsms = undefined;
  }
  const num = (p: string) => readNumber(p);
  const ptraceScope = num('/proc/sys/kernel/yama/ptrace_scope');
  const max = num('/proc/sys/user/max_user_namespaces');
  const clone = num('/proc/sys/kernel/unprivileged_userns_clone');
  const apparmorRestrict = num('/proc/sys/kernel/apparmor_restrict_unprivileged_userns');
  const unprivilegedBpfDisabled = num('/proc/sys/kernel/unprivileged_bpf_disabled');
  return {
    helper: helper.ok ? { ok: true, path: helper.path, origin: helper.origin } : { ok: false, detail: helper.detail, message: helper.message, ...(helper.install ? { install: helper.install } : {}) },
    ...(probe ? { probe } : {}),
    ...(probeError ? { probeError } : {}),
    ...(ptraceScope !== undefined ? { ptraceScope } : {}),
    userns: { ...(max !== undefined ? { max } : {}), ...(clone !== undefined ? { clone } : {}), ...(apparmorRestrict !== undefined ? { apparmorRestrict } : {}) },
    cgroup: cgroupKind(),
    ...(unprivilegedBpfDisabled !== undefined ? { unprivilegedBpfDisabled } : {}),
    btf: fs.existsSync('/sys/kernel/btf/vmlinux'),
    ...(lsms ? { lsms } : {}),
    uid: typeof process.getuid === 'function' ? process.getuid() : -1,
  };
}

/** Map the facts to checks (pure, so every branch is tested with hand-made facts). */
export function assessRunner(f: RunnerFacts): RunnerCheck[] {
  const out: RunnerCheck[] = [];
  const ll = f.probe?.landlock;
  out.push(
    f.helper.ok
      ? { id: 'native_helper', status: 'ok', value: `${f.helper.origin}: ${f.helper.path}`, enables: 'assay sandbox containment, assay record' }
      : { id: 'native_helper', status: 'missing', value: `${f.helper.message}${f.helper.install ? ` — ${f.helper.install}` : ''}`, enables: 'nothing is contained: sandbox runs audit-only (exit 2 with --fail-closed)' },
  );
  if (!ll) {
    out.push({ id: 'landlock', status: 'unknown', value: f.probeError ?? 'needs the native helper to ask the kernel', enables: 'assay sandbox (files, TCP ports)' });
  } else if (ll.status !== 'available') {
    out.push({ id: 'landlock', status: 'missing', value: `${ll.status} (${ll.errno ?? '?'})`, enables: 'assay sandbox stays audit-only' });
  } else {
    const parts = [`ABI ${ll.abi}`, ll.abi >= 4 ? 'TCP ports' : 'no TCP rules (ABI < 4)', ll.abi >= 6 ? 'scopes' : 'no scopes (ABI < 6)'];
    out.push({ id: 'landlock', status: ll.abi >= 4 ? 'ok' : 'warn', value: parts.join(', '), enables: `assay sandbox: files${ll.abi >= 4 ? ', --enforce-net' : ''}${ll.abi >= 6 ? ', signal/abstract-socket scopes' : ''}` });
  }
  if (f.probe) {
    const s = f.probe.seccomp;
    out.push({ id: 'seccomp', status: s.filter ? 'ok' : 'missing', value: `filter ${s.filter ? 'yes' : 'no'}, user notification ${s.userNotif ? 'yes' : 'no'}`, enables: 'sandbox --seccomp-baseline; record/trace syscall filter' });
    out.push({ id: 'ptrace', status: f.probe.ptrace === 'available' ? 'ok' : 'missing', value: f.probe.ptrace, enables: 'assay record (trace mode)' });
  } else {
    out.push({ id: 'seccomp', status: 'unknown', value: 'needs the native helper', enables: 'sandbox --seccomp-baseline; record/trace syscall filter' });
    out.push({ id: 'ptrace', status: 'unknown', value: 'needs the native helper', enables: 'assay record (trace mode)' });
  }
  const scope = f.ptraceScope;
  out.push({
    id: 'ptrace_scope',
    status: scope === undefined || scope <= 1 ? 'ok' : 'warn',
    value: scope === undefined ? 'no Yama (classic ptrace rules)' : `${scope}${scope === 1 ? ' (children only)' : scope >= 2 ? ' (admin only: record cannot trace)' : ' (any own process)'}`,
    enables: 'record of a spawned command (≤ 1); attaching to a running PID (0 or CAP_SYS_PTRACE)',
  });
  const u = f.userns;
  const usernsOff = u.max === 0 || u.clone === 0 || u.apparmorRestrict === 1;
  out.push({
    id: 'user_namespaces',
    status: usernsOff ? 'warn' : 'ok',
    value: usernsOff ? `restricted (${[u.max === 0 ? 'max_user_namespaces=0' : '', u.clone === 0 ? 'unprivileged_userns_clone=0' : '', u.apparmorRestrict === 1 ? 'apparmor_restrict_unprivileged_userns=1' : ''].filter(Boolean).join(', ')})` : `available${u.max !== undefined ? ` (max ${u.max})` : ''}`,
    enables: 'not needed by Assay (Landlock works without namespaces); listed for tools that isolate with them',
  });
  out.push({ id: 'cgroup_v2', status: f.cgroup === 'v2' ? 'ok' : f.cgroup === 'hybrid' ? 'warn' : 'missing', value: f.cgroup, enables: 'monitor eBPF tier (per-cgroup filtering)' });
  const bpf = f.unprivilegedBpfDisabled;
  out.push({
    id: 'bpf_syscall',
    status: f.uid === 0 ? 'ok' : bpf === 0 ? 'ok' : 'warn',
    value: `${f.uid === 0 ? 'root' : 'unprivileged'}${bpf !== undefined ? `, unprivileged_bpf_disabled=${bpf}` : ''}`,
    enables: 'monitor eBPF tier (root or CAP_BPF+CAP_PERFMON)',
  });
  out.push({ id: 'btf', status: f.btf ? 'ok' : 'missing', value: f.btf ? '/sys/kernel/btf/vmlinux' : 'absent', enables: 'monitor eBPF tier (bpftrace)' });
  out.push({
    id: 'bpf_lsm',
    status: f.lsms === undefined ? 'unknown' : f.lsms.includes('bpf') ? 'ok' : 'missing',
    value: f.lsms === undefined ? 'securityfs not mounted' : f.lsms.includes('bpf') ? 'active' : `inactive (${f.lsms.join(',')})`,
    enables: 'not used by Assay (blocking is Landlock’s job); listed for comparison with LSM-based monitors',
  });
  return out;
}

/** Why `--require sandbox` fails, or undefined when the sandbox can contain. */
export function sandboxRequirement(f: RunnerFacts): { code: 'E_NATIVE_UNAVAILABLE' | 'E_SANDBOX_UNAVAILABLE'; reason: string } | undefined {
  if (!f.helper.ok) return { code: 'E_NATIVE_UNAVAILABLE', reason: `${f.helper.message}${f.helper.install ? ` (${f.helper.install})` : ''}` };
  const ll = f.probe?.landlock;
  if (!ll) return { code: 'E_SANDBOX_UNAVAILABLE', reason: f.probeError ?? 'the helper probe failed' };
  if (ll.status !== 'available') return { code: 'E_SANDBOX_UNAVAILABLE', reason: `Landlock ${ll.status} (${ll.errno ?? '?'})` };
  return undefined;
}
