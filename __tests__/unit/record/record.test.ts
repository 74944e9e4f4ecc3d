import { describe, expect, it } from 'vitest';
import { aggregate, parseObservations, profileFromAggregate, recordDocument, recordSandboxPolicy, sandboxPolicyText } from '../../../src/core/record/index.js';
import { parseRuntimeEvents } from '../../../src/core/generate/runtime-events.js';
import { convertRecordDocument } from '../../../src/core/sandbox/convert-record.js';

const line = (o: Record<string, unknown>) => JSON.stringify({ v: 1, backend: 'ptrace', pid: 10, ppid: 1, ...o });
const open = (path: string, access = 'read', extra: Record<string, unknown> = {}) => line({ type: 'file_open', path, access, flags: 'O_RDONLY|O_CLOEXEC', result: 3, ...extra });

function agg(lines: string[]) {
  return aggregate(parseObservations(lines.join('\n'), 'ev.jsonl').observations);
}

describe('parseObservations', () => {
  it('keeps the three event kinds and binds, skips other kinds, warns on bad lines with their number', () => {
    const p = parseObservations(
      [open('/a'), line({ type: 'foreign_abi', arch: 1, nr: 5 }), 'not json', line({ type: 'file_open' }), line({ type: 'net_bind', dest: '127.0.0.1:0', proto: 'tcp', result: 0 })].join('\n'),
      'ev.jsonl',
    );
    expect(p.observations.map((o) => o.kind)).toEqual(['file', 'bind']);
    expect(p.skipped).toBe(1);
    expect(p.warnings.map((w) => w.line)).toEqual([3, 4]);
  });
});

describe('aggregate', () => {
  it('drops failed opens and execs and O_PATH opens, keeps failed-looking non-blocking connects', () => {
    const a = agg([
      open('/x/missing', 'read', { result: -2 }),
      open('/x/path-only', 'read', { flags: 'O_RDONLY|O_PATH' }),
      line({ type: 'proc_exec', path: '/usr/local/bin/node', result: -2 }),
      line({ type: 'net_connect', dest: '127.0.0.1:8080', proto: 'tcp', result: -115 }),
      open('/x/a'),
      open('/x/a'),
    ]);
    expect([...a.files.keys()]).toEqual(['/x/a']);
    expect(a.files.get('/x/a')?.count).toBe(2);
    expect(a.processes.size).toBe(0);
    expect([...a.network.keys()]).toEqual(['127.0.0.1:8080']);
    expect(a.ignored).toBe(3);
  });

  it('a rename counts for both the source and the destination', () => {
    const a = agg([line({ type: 'file_open', path: '/w/new', from: '/w/old', access: 'rename', result: 0 })]);
    expect([...a.files.keys()].sort()).toEqual(['/w/new', '/w/old']);
  });
});

describe('recordDocument', () => {
  it('exact entries with the access used, counts and heuristics', () => {
    const doc = recordDocument(
      agg([open('/srv/app/a.json'), open('/srv/app/a.json'), open('/srv/out/r.txt', 'create'), open('/srv/k/4f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a'), line({ type: 'net_connect', dest: '10.0.0.5:5432', result: 0 })]),
      { name: 'n', generatedAt: '2026-01-01T00:00:00Z' },
    );
    expect(doc.files.allow).toEqual([
      { pattern: '/srv/app/a.json', access: 'read', count: 2 },
      { pattern: '/srv/out/r.txt', access: 'create' },
    ]);
    expect(doc.files.needs_review).toEqual([expect.objectContaining({ pattern: '/srv/k/4f9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a', risk: 'needs_review' })]);
    expect(doc.network.needs_review).toEqual([{ pattern: '10.0.0.5:5432', risk: 'needs_review', reasons: ['sensitive port 5432'] }]);
  });

  it('converts (as assay sandbox does) into grants no wider than what was used', () => {
    const doc = recordDocument(agg([open('/d/a.txt'), open('/d/out/r.txt', 'create'), open('/d/w.log', 'write'), line({ type: 'file_open', path: '/d/t/x', access: 'unlink', result: 0 })]), {
      name: 'n',
      generatedAt: 'x',
    });
    const errors: string[] = [];
    const p = convertRecordDocument(JSON.parse(JSON.stringify(doc)) as Record<string, unknown>, (_p, m) => errors.push(m));
    expect(errors).toEqual([]);
    expect(p.fs.read).toEqual(['/d/a.txt']);
    expect(p.fs.allow).toEqual(['/d/out', '/d/t', '/d/w.log']);
  });
});

describe('recordSandboxPolicy', () => {
  it('per-file reads, parent grants for created entries, baseline and kernel paths left out', () => {
    const a = agg([
      open('/data/in/a.txt'),
      open('/data/in/b.txt'),
      open('/usr/lib/x86_64-linux-gnu/libc.so.6'),
      open('/etc/ssl/openssl.cnf'),
      open('/proc/self/maps'),
      open('/data/out/r.txt', 'create'),
      open('/data/out/s.txt', 'read'),
      open('/data/in', 'read', { dir: true }),
      line({ type: 'proc_exec', path: '/opt/tool/bin/tool', result: 0 }),
      line({ type: 'proc_exec', path: '/usr/bin/node', result: 0 }),
    ]);
    const p = recordSandboxPolicy(a, { home: '/home/u', covered: [{ path: '/opt/node', access: 'rx' }] });
    // /data/in was listed, which covers its files; /data/out/s.txt is under the write grant.
    expect(p.fs).toEqual({ allow: ['/data/out'], read: ['/data/in', '/opt/tool/bin/tool'] });
    expect(p.notes.join('\n')).toMatch(/3 observed path\(s\) are covered by the sandbox baseline/);
    expect(p.notes.join('\n')).toMatch(/1 path\(s\) under \/proc and \/sys/);
    const text = sandboxPolicyText(p, ['hdr']);
    expect(text).toContain('# create /data/out/r.txt');
    expect(text.startsWith('# hdr\n')).toBe(true);
  });

  it('collapses three siblings into their directory, never into a top-level directory or $HOME', () => {
    const three = (dir: string) => [open(`${dir}/a`), open(`${dir}/b`), open(`${dir}/c`)];
    const p = recordSandboxPolicy(agg([...three('/srv/conf'), ...three('/etc'), ...three('/home/u'), open('/srv/two/a'), open('/srv/two/b')]), { home: '/home/u' });
    expect(p.fs.read).toEqual(['/etc/a', '/etc/b', '/etc/c', '/home/u/a', '/home/u/b', '/home/u/c', '/srv/conf', '/srv/two/a', '/srv/two/b']);
    expect(p.why.get('/srv/conf')).toMatch(/collapsed: 3 files read/);
  });

  it('TCP connect ports only; bind ports unless an ephemeral bind makes the list unexpressible', () => {
    const a = agg([
      line({ type: 'net_connect', dest: '127.0.0.1:8443', proto: 'tcp', result: -115 }),
      line({ type: 'net_connect', dest: '[::1]:443', family: 'inet6', result: 0 }),
      line({ type: 'net_connect', dest: '10.0.0.2:53', proto: 'udp', result: 0 }),
      line({ type: 'net_connect', dest: 'unix:/run/x.sock', family: 'unix', result: 0 }),
      line({ type: 'net_bind', dest: '0.0.0.0:9000', proto: 'tcp', result: 0 }),
    ]);
    expect(recordSandboxPolicy(a).net).toEqual({ allow: ['443', '8443'], bind: ['9000'] });
    const b = agg([line({ type: 'net_bind', dest: '127.0.0.1:0', proto: 'tcp', result: 0 })]);
    const p = recordSandboxPolicy(b);
    expect(p.net).toEqual({ allow: [] });
    expect(p.notes.join('\n')).toContain('ephemeral');
  });
});

describe('profileFromAggregate', () => {
  it('first/last seen in Unix seconds, created/updated from the events', () => {
    const a = agg([open('/a', 'read', { timestamp: 1_700_000_000_500 }), open('/a', 'read', { timestamp: 1_700_000_003_000 })]);
    const p = profileFromAggregate(a, { name: 'n', runId: 'r1', fallbackTime: 'unused' });
    expect(p.entries.files['/a']).toEqual({ first_seen: 1_700_000_000, last_seen: 1_700_000_003, runs_seen: 1, hits_total: 2 });
    expect(p.created_at).toBe('2023-11-14T22:13:20.500Z');
    expect(p.run_ids).toEqual(['r1']);
  });
});

describe('generate -i on observations', () => {
  it('ignores binds, foreign-ABI notes and failed opens without warnings', () => {
    const ev = parseRuntimeEvents([open('/a'), open('/b', 'read', { result: -2 }), line({ type: 'net_bind', dest: '1.2.3.4:0', result: 0 }), line({ type: 'foreign_abi', nr: 1 })].join('\n'), 'ev.jsonl');
    expect([...ev.files.keys()]).toEqual(['/a']);
    expect(ev.warnings).toEqual([]);
  });
});
