// `assay sandbox` on the real kernel with real programs (node, sh). Every Landlock test is skipped with
// the probe's reason where the kernel cannot contain; the unavailable path is forced explicitly.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { nativeEnv, noteSkip, tmp } from './helpers.js';

const N = nativeEnv();
const SKIP = N.skipReason;
noteSkip('sandbox (Landlock)', SKIP);
const NET_SKIP = SKIP ?? ((N.probe?.landlock.abi ?? 0) < 4 ? `Landlock ABI ${N.probe?.landlock.abi} < 4: no TCP rules` : undefined);
noteSkip('sandbox --enforce-net', NET_SKIP);

function sandbox(args: string[], opts: { cwd?: string; env?: Record<string, string | undefined> } = {}) {
  return runCli(['sandbox', ...args], { cwd: opts.cwd ?? tmp(), env: { ASSAY_NATIVE_HELPER: N.helper, ...opts.env } });
}

/** A node one-liner that prints the error code of reading `file` (or OK). */
function readProbe(file: string): string[] {
  return [process.execPath, '-e', `try{require('fs').readFileSync(${JSON.stringify(file)});console.log('OK')}catch(e){console.log(e.code)}`];
}

describe.skipIf(SKIP)('sandbox: files', () => {
  it('a read outside the grant fails with EACCES; the same read is fine unsandboxed', () => {
    const outside = path.join(tmp(), 'secret.txt');
    fs.writeFileSync(outside, 'x');
    const plain = spawnSync(readProbe(outside)[0]!, readProbe(outside).slice(1), { encoding: 'utf8' });
    expect(plain.stdout.trim()).toBe('OK');
    const r = sandbox(['-q', '--', ...readProbe(outside)]);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('EACCES');
    expect(r.status).toBe(0);
  });

  it('a write into an allowed folder succeeds and a write beside it does not', () => {
    const work = tmp();
    fs.mkdirSync(path.join(work, 'out'));
    fs.writeFileSync(path.join(work, 'p.yaml'), 'fs:\n  allow: ["${CWD}/out"]\n');
    const script = `const fs=require('fs');fs.writeFileSync('out/a.txt','hi');try{fs.writeFileSync('b.txt','no');console.log('wrote b')}catch(e){console.log(e.code)}`;
    const r = sandbox(['-p', 'p.yaml', '-q', '--', process.execPath, '-e', script], { cwd: work });
    expect(r.status).toBe(0);
    expect(fs.readFileSync(path.join(work, 'out', 'a.txt'), 'utf8')).toBe('hi');
    expect(r.stdout.trim()).toBe('EACCES');
    expect(fs.existsSync(path.join(work, 'b.txt'))).toBe(false);
  });

  it('DNS and TLS-root files stay readable; > /dev/null works in sh', () => {
    const files = ['/etc/hosts', '/etc/resolv.conf', '/etc/ssl/certs'].filter((f) => fs.existsSync(f));
    expect(files.length).toBeGreaterThan(0);
    const script = `const fs=require('fs');for(const f of ${JSON.stringify(files)}){const s=fs.statSync(f);s.isDirectory()?fs.readdirSync(f):fs.readFileSync(f)};console.log('read',${files.length})`;
    const r = sandbox(['-q', '--', process.execPath, '-e', script]);
    expect(r.stdout.trim()).toBe(`read ${files.length}`);
    expect(r.status).toBe(0);
    const sh = sandbox(['-q', '--', 'sh', '-c', 'echo x > /dev/null && echo done']);
    expect(sh.stdout.trim()).toBe('done');
  });

  it('carves a denied path out of a granted parent: siblings readable, the denied one not', () => {
    const home = tmp();
    fs.mkdirSync(path.join(home, '.ssh'));
    fs.writeFileSync(path.join(home, '.ssh', 'id_ed25519'), 'key');
    fs.writeFileSync(path.join(home, 'notes.txt'), 'ok');
    const work = tmp();
    fs.writeFileSync(path.join(work, 'p.yaml'), 'fs:\n  read: ["~"]\n  deny: ["~/.ssh"]\n');
    const script = `const fs=require('fs');for(const f of ['notes.txt','.ssh/id_ed25519']){try{fs.readFileSync(process.env.HOME+'/'+f);console.log(f,'OK')}catch(e){console.log(f,e.code)}}`;
    const r = sandbox(['-p', 'p.yaml', '--', process.execPath, '-e', script], { cwd: work, env: { HOME: home } });
    expect(r.stdout).toContain('notes.txt OK');
    expect(r.stdout).toContain('.ssh/id_ed25519 EACCES');
    expect(r.stderr).toMatch(/carved: .*\.ssh out of/);
  });

  it('sets no_new_privs for the child', () => {
    const work = tmp();
    fs.writeFileSync(path.join(work, 'p.yaml'), 'fs:\n  read: [/proc]\n');
    const r = sandbox(['-p', 'p.yaml', '-q', '--', 'sh', '-c', 'grep NoNewPrivs /proc/self/status'], { cwd: work });
    expect(r.stdout).toMatch(/NoNewPrivs:\s+1/);
  });

  it('prints the banner with the ABI and the rule counts', () => {
    const r = sandbox(['--', 'true']);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Assay Sandbox');
    expect(r.stderr).toMatch(new RegExp(`Backend: Landlock ABI ${N.probe?.landlock.abi} \\(Mode: Containment`));
    expect(r.stderr).toMatch(/Rules: FS\(rx:\d+ ro:\d+ rw:\d+ carved:\d+ missing:0\)/);
    expect(r.stderr).toContain('Policy: mcp-server-minimal (default)');
  });

  it('scrubs secret-looking variables and scopes TMPDIR', () => {
    const r = sandbox(['-q', '--', 'sh', '-c', 'echo "tok=${MY_API_TOKEN-unset} tmp=$TMPDIR"; touch "$TMPDIR/x" && echo tmp-writable'], {
      env: { MY_API_TOKEN: 'canary-123' },
    });
    expect(r.stdout).toContain('tok=unset');
    expect(r.stdout).toMatch(/tmp=\/[^ ]*assay-\d+-[0-9a-f]{32}/);
    expect(r.stdout).toContain('tmp-writable');
    expect(r.stdout + r.stderr).not.toContain('canary-123');
  });
});

describe.skipIf(SKIP)('sandbox: exit codes', () => {
  it("returns the child's own exit code", () => {
    expect(sandbox(['-q', '--', 'sh', '-c', 'exit 7']).status).toBe(7);
  });

  it('returns 128+N when the child is killed by signal N', () => {
    expect(sandbox(['-q', '--', 'sh', '-c', 'kill -TERM $$']).status).toBe(143);
    expect(sandbox(['-q', '--', 'sh', '-c', 'kill -KILL $$']).status).toBe(137);
  });

  it('--timeout stops the child and exits 124', () => {
    const r = sandbox(['-q', '--timeout', '0.5', '--', 'sleep', '30']);
    expect(r.status).toBe(124);
    expect(r.stderr).toContain('E_CHILD_TIMEOUT');
  });

  it('a missing command exits 127', () => {
    expect(sandbox(['-q', '--', 'definitely-not-a-command-assay']).status).toBe(127);
  });
});

describe.skipIf(NET_SKIP)('sandbox: --enforce-net', () => {
  const servers: net.Server[] = [];
  const ports: number[] = [];
  let hits = [0, 0];
  beforeAll(async () => {
    for (let i = 0; i < 2; i++) {
      const s = net.createServer((c) => {
        hits[i]!++;
        c.end();
      });
      await new Promise<void>((res) => s.listen(0, '127.0.0.1', () => res()));
      servers.push(s);
      ports.push((s.address() as net.AddressInfo).port);
    }
  });
  afterAll(() => {
    for (const s of servers) s.close();
  });

  it('allows the listed port and refuses the other with EACCES (the listener never sees it)', async () => {
    hits = [0, 0];
    const work = tmp();
    fs.writeFileSync(path.join(work, 'p.yaml'), `net:\n  allow: ["tcp:${ports[0]}"]\n`);
    const script = `const net=require('net');let n=0;for(const p of ${JSON.stringify(ports)}){const s=net.connect(p,'127.0.0.1');s.on('connect',()=>{console.log(p,'connected');s.destroy();if(++n===2)process.exit(0)});s.on('error',e=>{console.log(p,e.code);if(++n===2)process.exit(0)})}`;
    // spawn asynchronously: the listeners live in this process
    const { spawn } = await import('node:child_process');
    const { CLI_ARGS } = await import('../helpers/cli.js');
    const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const c = spawn(process.execPath, [...CLI_ARGS, 'sandbox', '-q', '--enforce-net', '-p', 'p.yaml', '--', process.execPath, '-e', script], {
        cwd: work,
        env: { ...process.env, ASSAY_NATIVE_HELPER: N.helper },
      });
      let stdout = '';
      c.stdout.on('data', (d) => (stdout += d));
      c.on('exit', (code) => resolve({ code, stdout }));
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain(`${ports[0]} connected`);
    expect(out.stdout).toContain(`${ports[1]} EACCES`);
    expect(hits[1]).toBe(0);
  });

  it('refuses a net entry Landlock cannot express (exit 2, nothing runs)', () => {
    const work = tmp();
    fs.writeFileSync(path.join(work, 'p.yaml'), 'net:\n  allow: ["example.com:443", "udp/53"]\n');
    const r = sandbox(['--enforce-net', '-p', 'p.yaml', '--', 'sh', '-c', 'touch ran'], { cwd: work });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_NET_POLICY_NOT_EXPRESSIBLE');
    expect(r.stderr).toContain('destination_not_expressible');
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(false);
  });
});

describe('sandbox: unavailable containment (forced)', () => {
  it('no helper: runs audit-only with a WARNING; --fail-closed exits 2 and the child never runs', () => {
    const work = tmp();
    const r = runCli(['sandbox', '--', 'sh', '-c', 'touch ran'], { cwd: work, env: { ASSAY_NATIVE_HELPER: '/nonexistent/assay-native' } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('Backend: NONE (Mode: Audit — NOT CONTAINED: helper_missing)');
    expect(r.stderr).toContain('WARNING:');
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(true);
    fs.rmSync(path.join(work, 'ran'));
    const f = runCli(['sandbox', '--fail-closed', '--', 'sh', '-c', 'touch ran'], { cwd: work, env: { ASSAY_NATIVE_HELPER: '/nonexistent/assay-native' } });
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('assay: E_SANDBOX_UNAVAILABLE');
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(false);
  });

  it('a probe reporting Landlock unsupported (ENOSYS): audit-only warning; --fail-closed exits 2', () => {
    const work = tmp();
    const fake = path.join(work, 'fake-helper');
    // Speaks the helper protocol but reports a kernel without Landlock, like a container that filters 444-446.
    fs.writeFileSync(
      fake,
      `#!/bin/sh\ncase "$1" in\n version) echo "assay-native 1 fake";;\n probe) echo '{"v":1,"arch":"x86_64","landlock":{"status":"unsupported","errno":"ENOSYS"},"ptrace":"available","seccomp":{"filter":true,"user_notif":true}}';;\n *) exit 99;;\nesac\n`,
      { mode: 0o755 },
    );
    const r = runCli(['sandbox', '--', 'sh', '-c', 'touch ran'], { cwd: work, env: { ASSAY_NATIVE_HELPER: fake } });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('NOT CONTAINED: landlock_unsupported');
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(true);
    fs.rmSync(path.join(work, 'ran'));
    const f = runCli(['sandbox', '--fail-closed', '--', 'sh', '-c', 'touch ran'], { cwd: work, env: { ASSAY_NATIVE_HELPER: fake } });
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('E_SANDBOX_UNAVAILABLE');
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(false);
  });
});

describe('sandbox: policy errors (exit 2 before anything runs)', () => {
  it('a missing policy is E_MISSING_CONFIG; an unknown key is E_POLICY_LOAD_FAILED_UNENFORCEABLE', () => {
    const work = tmp();
    const m = runCli(['sandbox', '-p', 'nope.yaml', '--', 'sh', '-c', 'touch ran'], { cwd: work });
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('E_MISSING_CONFIG');
    fs.writeFileSync(path.join(work, 'p.yaml'), 'fs:\n  alow: [/tmp]\n');
    const u = runCli(['sandbox', '-p', 'p.yaml', '--', 'sh', '-c', 'touch ran'], { cwd: work });
    expect(u.status).toBe(2);
    expect(u.stderr).toMatch(/E_POLICY_LOAD_FAILED_UNENFORCEABLE: p\.yaml:2:3: unknown key "alow".*did you mean "allow"/);
    expect(fs.existsSync(path.join(work, 'ran'))).toBe(false);
  });
});

describe.skipIf(SKIP)('sandbox: evidence', () => {
  it('--evidence-out writes a bundle that verifies', () => {
    const work = tmp();
    const r = sandbox(['-q', '--evidence-out', 'run.tar.gz', '--', 'true'], { cwd: work });
    expect(r.status).toBe(0);
    const v = runCli(['evidence', 'verify', path.join(work, 'run.tar.gz')], { cwd: work });
    expect(v.stderr + v.stdout).not.toContain('E_EVIDENCE');
    expect(v.status).toBe(0);
  });
});
