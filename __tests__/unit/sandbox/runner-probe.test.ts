import { describe, expect, it } from 'vitest';
import { assessRunner, sandboxRequirement, type RunnerFacts } from '../../../src/runtime/runner-probe.js';
import { parseProbe } from '../../../src/runtime/native/probe.js';

const GOOD: RunnerFacts = {
  helper: { ok: true, path: '/c/assay-native', origin: 'cache' },
  probe: parseProbe('{"v":1,"arch":"x86_64","landlock":{"status":"available","abi":7,"errata":7},"ptrace":"available","seccomp":{"filter":true,"user_notif":true}}'),
  ptraceScope: 1,
  userns: { max: 100 },
  cgroup: 'v2',
  unprivilegedBpfDisabled: 2,
  btf: true,
  lsms: ['lockdown', 'landlock', 'yama'],
  uid: 1000,
};

const byId = (f: RunnerFacts) => Object.fromEntries(assessRunner(f).map((c) => [c.id, c]));

describe('runner assessment', () => {
  it('a capable runner: Landlock ABI 7 enables files, net and scopes; sandbox requirement met', () => {
    const c = byId(GOOD);
    expect(c.landlock!.status).toBe('ok');
    expect(c.landlock!.enables).toContain('--enforce-net');
    expect(c.bpf_lsm!.status).toBe('missing');
    expect(c.bpf_syscall!.status).toBe('warn');
    expect(sandboxRequirement(GOOD)).toBeUndefined();
  });

  it('old ABI warns; Landlock disabled or a missing helper fail --require sandbox with the right code', () => {
    const old = { ...GOOD, probe: parseProbe('{"landlock":{"status":"available","abi":3}}') };
    expect(byId(old).landlock!.status).toBe('warn');
    const off = { ...GOOD, probe: parseProbe('{"landlock":{"status":"disabled","errno":"EOPNOTSUPP"}}') };
    expect(byId(off).landlock!.status).toBe('missing');
    expect(sandboxRequirement(off)?.code).toBe('E_SANDBOX_UNAVAILABLE');
    const none: RunnerFacts = { ...GOOD, helper: { ok: false, detail: 'no_compiler', message: 'no C compiler found (cc)', install: 'apt-get install gcc' } };
    delete none.probe;
    expect(sandboxRequirement(none)).toEqual({ code: 'E_NATIVE_UNAVAILABLE', reason: 'no C compiler found (cc) (apt-get install gcc)' });
    expect(byId(none).landlock!.status).toBe('unknown');
  });

  it('Yama scope 2+ warns for record; restricted user namespaces and cgroup v1 are reported', () => {
    const c = byId({ ...GOOD, ptraceScope: 2, userns: { max: 100, apparmorRestrict: 1 }, cgroup: 'v1' });
    expect(c.ptrace_scope!.status).toBe('warn');
    expect(c.user_namespaces!.value).toContain('apparmor_restrict_unprivileged_userns=1');
    expect(c.cgroup_v2!.status).toBe('missing');
  });

  it('a probe without an ABI is not "available"', () => {
    expect(parseProbe('{"landlock":{"status":"available"}}').landlock.status).toBe('error');
  });
});
