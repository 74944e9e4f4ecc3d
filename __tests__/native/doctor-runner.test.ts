// `assay doctor --runner` on this machine, and `--require sandbox` failing for a missing helper.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { nativeEnv, noteSkip } from './helpers.js';

const N = nativeEnv();
noteSkip('doctor --runner Landlock figures', N.skipReason);

describe('doctor --runner', () => {
  it.skipIf(N.skipReason)('reports the Landlock ABI the helper probed and exits 0; --require sandbox passes', () => {
    const r = runCli(['doctor', '--runner', '--format', 'json', '--require', 'sandbox'], { env: { ASSAY_NATIVE_HELPER: N.helper } });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { schema: string; ok: boolean; landlock: { abi: number }; checks: Array<{ id: string; status: string }> };
    expect(doc.schema).toBe('assay.runner_report.v1');
    expect(doc.ok).toBe(true);
    expect(doc.landlock.abi).toBe(N.probe!.landlock.abi);
    expect(doc.checks.map((c) => c.id)).toEqual(['native_helper', 'landlock', 'seccomp', 'ptrace', 'ptrace_scope', 'user_namespaces', 'cgroup_v2', 'bpf_syscall', 'btf', 'bpf_lsm']);
  });

  it('exits 0 without --require even when the helper is missing; 2 with the reason under --require sandbox', () => {
    const text = runCli(['doctor', '--runner', '--native-helper', '/nonexistent/assay-native']);
    expect(text.status).toBe(0);
    expect(text.stderr).toContain('✖ native_helper: native helper not found');
    const req = runCli(['doctor', '--runner', '--require', 'sandbox', '--native-helper', '/nonexistent/assay-native']);
    expect(req.status).toBe(2);
    expect(req.stderr).toContain('assay: E_NATIVE_UNAVAILABLE: --require sandbox: native helper not found');
  });

  it('--require accepts only "sandbox"', () => {
    const r = runCli(['doctor', '--runner', '--require', 'everything']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_INVALID_ARGS');
  });
});
