import { describe, expect, it } from 'vitest';
import { canonical, expandPath, installPrefix, planRules, ruleCounts, type FsView } from '../../../src/core/sandbox/plan.js';
import { builtinMinimalPolicy, type SandboxPolicy } from '../../../src/core/sandbox/policy.js';

/** A fake tree: directories end with '/'. */
function fakeFs(paths: string[], links: Record<string, string> = {}): FsView {
  const dirs = new Set<string>(['/']);
  const files = new Set<string>();
  for (const p of paths) {
    const isDir = p.endsWith('/');
    const clean = isDir ? p.slice(0, -1) : p;
    (isDir ? dirs : files).add(clean);
    const segs = clean.split('/');
    for (let i = 2; i < segs.length; i++) dirs.add(segs.slice(0, i).join('/'));
  }
  const real = (p: string) => links[p] ?? p;
  return {
    kind: (p) => (dirs.has(real(p)) ? 'dir' : files.has(real(p)) ? 'file' : 'missing'),
    realpath: real,
    list: (d) =>
      [...dirs, ...files]
        .filter((x) => x !== d && x.startsWith(d === '/' ? '/' : d + '/') && !x.slice(d === '/' ? 1 : d.length + 1).includes('/'))
        .map((x) => x.slice(x.lastIndexOf('/') + 1))
        .sort(),
  };
}

const VARS = { HOME: '/home/u', CWD: '/ws', USER: 'u', TMPDIR: '/tmp/assay-0-x' };

function policy(p: Partial<SandboxPolicy['fs']>): SandboxPolicy {
  return { ...builtinMinimalPolicy(), builtin: false, name: 'p.yaml', fs: { allow: [], read: [], deny: [], ...p } };
}

describe('path expansion', () => {
  it('expands ~, ${HOME}, ${CWD}, ${USER}, ${TMPDIR}; relative to CWD; normalizes', () => {
    expect(expandPath('~/.cache', VARS)).toBe('/home/u/.cache');
    expect(expandPath('${CWD}/out/../dist/', VARS)).toBe('/ws/dist');
    expect(expandPath('${TMPDIR}', VARS)).toBe('/tmp/assay-0-x');
    expect(expandPath('/srv/${USER}', VARS)).toBe('/srv/u');
    expect(expandPath('build', VARS)).toBe('/ws/build');
  });
  it('rejects unknown variables and globs', () => {
    expect(expandPath('${SECRET}/x', VARS)).toEqual({ error: expect.stringContaining('unknown variable ${SECRET}') });
    expect(expandPath('/a/*', VARS)).toEqual({ error: expect.stringContaining('glob') });
  });
  it('canonicalizes a missing path through its longest existing ancestor', () => {
    const f = fakeFs(['/real/home/'], { '/home/u': '/real/home' });
    expect(canonical('/home/u/.ssh/id', f)).toBe('/real/home/.ssh/id');
  });
  it('install prefix: …/bin/x → …, else the directory', () => {
    expect(installPrefix('/opt/hostedtoolcache/node/20/x64/bin/node')).toBe('/opt/hostedtoolcache/node/20/x64');
    expect(installPrefix('/opt/tool/run')).toBe('/opt/tool');
  });
});

describe('planRules', () => {
  const tree = ['/usr/', '/bin/', '/lib/', '/etc/hosts', '/etc/ssl/', '/dev/null', '/ws/', '/ws/out/', '/tmp/assay-0-x/', '/home/u/.ssh/id', '/home/u/.bashrc', '/home/u/src/', '/home/u/.aws/'];

  it('baseline: existing entries only, with their access; cwd rx, tmp rw', () => {
    const plan = planRules({ policy: policy({}), vars: VARS, executables: [], tty: false, fs: fakeFs(tree) });
    const by = (p: string) => plan.rules.filter((r) => r.path === p).map((r) => `${r.access}:${r.source}`);
    expect(by('/usr')).toEqual(['rx:baseline']);
    expect(by('/etc/hosts')).toEqual(['ro:baseline']);
    expect(by('/dev/null')).toEqual(['file-rw:baseline']);
    expect(by('/ws')).toEqual(['rx:cwd']);
    expect(by('/tmp/assay-0-x')).toEqual(['rw:tmp']);
    expect(by('/lib64')).toEqual([]);
    expect(plan.missing).toEqual([]);
  });

  it('tty paths only with a terminal; executable prefixes granted rx', () => {
    const f = fakeFs([...tree, '/dev/pts/', '/opt/node/bin/node']);
    const plan = planRules({ policy: policy({}), vars: VARS, executables: ['/opt/node/bin/node'], tty: true, fs: f });
    expect(plan.rules).toContainEqual({ path: '/dev/pts', access: 'rw', source: 'tty' });
    expect(plan.rules).toContainEqual({ path: '/opt/node', access: 'rx', source: 'prefix' });
    expect(planRules({ policy: policy({}), vars: VARS, executables: [], tty: false, fs: f }).rules.some((r) => r.source === 'tty')).toBe(false);
  });

  it('missing policy paths add no rule and are listed', () => {
    const plan = planRules({ policy: policy({ read: ['/nope'], allow: ['${CWD}/out'] }), vars: VARS, executables: [], tty: false, fs: fakeFs(tree) });
    expect(plan.missing).toEqual(['/nope']);
    expect(plan.rules).toContainEqual({ path: '/ws/out', access: 'rw', source: 'policy' });
  });

  it('carves a deny out of a granted parent: siblings on the chain granted, the chain dirs and the denied path not', () => {
    const plan = planRules({ policy: policy({ read: ['~'], deny: ['~/.ssh'] }), vars: VARS, executables: [], tty: false, fs: fakeFs(tree) });
    const paths = plan.rules.filter((r) => r.source === 'carve').map((r) => r.path);
    expect(paths).toEqual(['/home/u/.aws', '/home/u/.bashrc', '/home/u/src']);
    expect(plan.rules.some((r) => r.path === '/home/u')).toBe(false);
    expect(plan.carves).toEqual([{ deny: '/home/u/.ssh', grant: '/home/u', replacements: 3 }]);
  });

  it('carving a deep deny replaces each level of the chain', () => {
    const f = fakeFs(['/data/a/b/secret', '/data/a/b/ok', '/data/a/x', '/data/y', '/ws/', '/tmp/assay-0-x/']);
    const plan = planRules({ policy: policy({ allow: ['/data'], deny: ['/data/a/b/secret'] }), vars: VARS, executables: [], tty: false, fs: f });
    expect(plan.rules.filter((r) => r.source === 'carve').map((r) => `${r.access} ${r.path}`)).toEqual(['rw /data/y', 'rw /data/a/x', 'rw /data/a/b/ok']);
  });

  it('a deny equal to a grant drops the grant; several denies compose', () => {
    const plan = planRules({ policy: policy({ read: ['~/.aws', '~'], deny: ['~/.aws', '~/.ssh'] }), vars: VARS, executables: [], tty: false, fs: fakeFs(tree) });
    const paths = plan.rules.map((r) => r.path);
    expect(paths).not.toContain('/home/u/.aws');
    expect(paths).not.toContain('/home/u/.ssh');
    expect(paths).toContain('/home/u/.bashrc');
  });

  it('more replacement rules than the limit is a conflict and the grant is dropped', () => {
    const plan = planRules({ policy: policy({ read: ['~'], deny: ['~/.ssh'] }), vars: VARS, executables: [], tty: false, fs: fakeFs(tree), carveLimit: 2 });
    expect(plan.conflicts).toEqual([{ deny: '/home/u/.ssh', grant: '/home/u', replacements: 3 }]);
    expect(plan.rules.some((r) => r.path.startsWith('/home/u'))).toBe(false);
  });

  it('the built-in deny list never widens anything: /etc/passwd is not granted to begin with', () => {
    const plan = planRules({ policy: builtinMinimalPolicy(), vars: VARS, executables: [], tty: false, fs: fakeFs([...tree, '/etc/passwd']) });
    expect(plan.rules.some((r) => r.path === '/etc/passwd')).toBe(false);
    expect(plan.carves).toEqual([]);
    expect(ruleCounts(plan).missing).toBe(0);
  });

  it('expansion errors are collected', () => {
    const plan = planRules({ policy: policy({ read: ['${NOPE}'] }), vars: VARS, executables: [], tty: false, fs: fakeFs(tree) });
    expect(plan.errors[0]).toContain('unknown variable');
  });
});
