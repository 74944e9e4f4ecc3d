// The native `trace` mode and `assay record` on the real kernel: a Node script that reads two files, writes
// one, connects to a local listener and spawns /bin/true is recorded; the recorded policies replay under
// `assay sandbox`, and a variant that reads a third file is refused. Skipped with the reason where ptrace
// or seccomp (or, for the replay, Landlock) is unavailable.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { nativeEnv, noteSkip, tmp } from './helpers.js';

const N = nativeEnv();

/** Why tracing cannot run here: no helper, or the kernel refuses ptrace / the seccomp filter. */
function traceSkipReason(): string | undefined {
  if (!N.helper) return N.skipReason ?? 'native helper unavailable';
  if (N.probe && N.probe.ptrace !== 'available') return `ptrace ${N.probe.ptrace} on this host`;
  if (N.probe && !N.probe.seccomp.filter) return 'seccomp filters unavailable on this host';
  const r = spawnSync(N.helper, ['trace', '--', '/bin/true'], { encoding: 'utf8' });
  return r.status === 0 ? undefined : `trace mode fails here (exit ${r.status}: ${r.stderr.trim()})`;
}
const SKIP = traceSkipReason();
noteSkip('trace/record', SKIP);
const REPLAY_SKIP = SKIP ?? N.skipReason ?? ((N.probe?.landlock.abi ?? 0) < 4 ? 'Landlock ABI < 4: no TCP rules' : undefined);
noteSkip('record → sandbox replay', REPLAY_SKIP);

interface Ev {
  type: string;
  path?: string;
  dest?: string;
  access?: string;
  result?: number;
  proto?: string;
  lossy?: boolean;
  pid?: number;
  ppid?: number;
  backend?: string;
}

const lines = (text: string): Ev[] =>
  text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Ev);

let port = 0;
let dataDir = '';
let workDir = '';

const SCRIPT = `
const fs = require('fs'), net = require('net'), cp = require('child_process');
const [out, port, data] = process.argv.slice(2);
const a = fs.readFileSync(data + '/a.txt', 'utf8');
const b = fs.readFileSync(data + '/b.txt', 'utf8');
if (process.env.READ_THIRD) fs.readFileSync(data + '/c.txt', 'utf8');
fs.writeFileSync(out + '/result.txt', a + b);
cp.execFileSync('/bin/true');
const c = net.connect(Number(port), '127.0.0.1', () => c.end());
c.on('error', (e) => { console.error('connect ' + e.code); process.exit(3); });
c.on('close', () => process.exit(Number(process.env.EXIT_CODE || 0)));
`;

// The listener runs in its own process: the tests block this one in spawnSync.
let server: ChildProcess | undefined;

beforeAll(async () => {
  server = spawn(process.execPath, ['-e', "const s=require('net').createServer(c=>c.end()).listen(0,'127.0.0.1',()=>console.log(s.address().port))"], { stdio: ['ignore', 'pipe', 'inherit'] });
  port = await new Promise<number>((resolve, reject) => {
    server!.stdout!.once('data', (b: Buffer) => resolve(Number(b.toString().trim())));
    server!.once('error', reject);
  });
  dataDir = tmp('assay-rec-data-');
  for (const f of ['a', 'b', 'c']) fs.writeFileSync(path.join(dataDir, `${f}.txt`), f);
  workDir = tmp('assay-rec-work-');
  fs.writeFileSync(path.join(workDir, 'script.js'), SCRIPT);
});

afterAll(() => {
  server?.kill();
});

function record(args: string[], outDir: string, env: Record<string, string> = {}) {
  return runCli(['record', ...args, '--', process.execPath, 'script.js', outDir, String(port), dataDir], {
    cwd: workDir,
    env: { ASSAY_NATIVE_HELPER: N.helper, ...env },
  });
}

describe.skipIf(SKIP)('native trace mode', () => {
  it('writes assay.observation.v1 lines for opens, execs and connects, resolved to absolute paths', () => {
    const out = tmp();
    const r = spawnSync(N.helper!, ['trace', '--', process.execPath, 'script.js', out, String(port), dataDir], { cwd: workDir, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const ev = lines(r.stdout);
    expect(ev.every((e) => e.backend === 'ptrace' && typeof e.pid === 'number')).toBe(true);
    const find = (p: (e: Ev) => boolean) => ev.find(p);
    expect(find((e) => e.type === 'file_open' && e.path === path.join(dataDir, 'a.txt'))).toMatchObject({ access: 'read' });
    expect(find((e) => e.type === 'file_open' && e.path === path.join(workDir, 'script.js'))?.result).toBeGreaterThanOrEqual(0);
    expect(find((e) => e.type === 'file_open' && e.path === path.join(out, 'result.txt'))).toMatchObject({ access: 'create' });
    expect(find((e) => e.type === 'net_connect')).toMatchObject({ dest: `127.0.0.1:${port}`, proto: 'tcp' });
    const t = find((e) => e.type === 'proc_exec' && e.path === '/bin/true');
    expect(t?.result).toBe(0);
    // /bin/true ran in a child of node: its parent pid is the script's pid.
    const nodePid = find((e) => e.type === 'file_open' && e.path === path.join(dataDir, 'a.txt'))!.pid;
    expect(t?.ppid).toBe(nodePid);
    expect(fs.readFileSync(path.join(out, 'result.txt'), 'utf8')).toBe('ab');
  });

  it('passes the exit code and the terminating signal back', () => {
    const code = spawnSync(N.helper!, ['trace', '--', 'sh', '-c', 'exit 7'], { encoding: 'utf8' });
    expect(code.status).toBe(7);
    const sig = spawnSync(N.helper!, ['trace', '--', 'sh', '-c', 'kill -TERM $$'], { encoding: 'utf8' });
    expect(sig.signal).toBe('SIGTERM');
    const missing = spawnSync(N.helper!, ['trace', '--', '/nonexistent/cmd'], { encoding: 'utf8' });
    expect(missing.status).toBe(127);
  });

  it('escapes quotes and control characters and marks invalid UTF-8 as lossy', () => {
    const dir = tmp();
    const odd = Buffer.concat([Buffer.from(dir + '/q"\\\n'), Buffer.from([0xff, 0x41])]);
    const code = `require('fs').closeSync(require('fs').openSync(Buffer.from('${odd.toString('hex')}', 'hex'), 'w'))`;
    const r = spawnSync(N.helper!, ['trace', '--', process.execPath, '-e', code], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    const ev = lines(r.stdout).find((e) => e.type === 'file_open' && e.path?.startsWith(dir));
    expect(ev?.path).toBe(`${dir}/q"\\\n\uFFFDA`);
    expect(ev?.lossy).toBe(true);
  });

  it('follows a relative open from a changed cwd', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'f.txt'), 'x');
    const evFile = path.join(tmp(), 'ev.jsonl');
    const r = spawnSync(N.helper!, ['trace', '--events-out', evFile, '--', 'sh', '-c', `cd ${dir} && mkdir sub && cat ./sub/../f.txt`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('x');
    const ev = lines(fs.readFileSync(evFile, 'utf8'));
    expect(ev.some((e) => e.type === 'file_open' && e.path === path.join(dir, 'f.txt') && e.result === 3)).toBe(true);
    expect(ev.some((e) => e.type === 'file_open' && e.path === path.join(dir, 'sub') && e.access === 'mkdir')).toBe(true);
  });
});

describe.skipIf(SKIP)('assay record', () => {
  it('writes the record document, the sandbox policy, the profile and the raw events; exit code is the command’s', () => {
    const out = tmp();
    const o = tmp();
    const r = record(['-o', `${o}/p.yaml`, '--sandbox-policy-out', `${o}/s.yaml`, '--profile-out', `${o}/prof.yaml`, '--observations', `${o}/ev.jsonl`], out, { EXIT_CODE: '5' });
    expect(r.stderr).toContain('Wrote');
    expect(r.status).toBe(5);
    const doc = parseYaml(fs.readFileSync(`${o}/p.yaml`, 'utf8')) as { files: { allow: Array<{ pattern: string; access: string }> }; network: { allow_destinations: string[] }; processes: { allow: string[] } };
    const files = new Map(doc.files.allow.map((e) => [e.pattern, e.access]));
    expect(files.get(path.join(dataDir, 'a.txt'))).toBe('read');
    expect(files.get(path.join(dataDir, 'b.txt'))).toBe('read');
    expect(files.has(path.join(dataDir, 'c.txt'))).toBe(false);
    expect(files.get(path.join(out, 'result.txt'))).toBe('create');
    expect(doc.network.allow_destinations).toEqual([`127.0.0.1:${port}`]);
    expect(doc.processes.allow).toContain('/usr/bin/true');

    const sp = parseYaml(fs.readFileSync(`${o}/s.yaml`, 'utf8')) as { fs: { allow: string[]; read: string[] }; net: { allow: string[] } };
    expect(sp.fs.allow).toEqual([out]);
    expect(sp.fs.read).toEqual([path.join(dataDir, 'a.txt'), path.join(dataDir, 'b.txt'), path.join(workDir, 'script.js')]);
    expect(sp.net.allow).toEqual([String(port)]);

    const prof = parseYaml(fs.readFileSync(`${o}/prof.yaml`, 'utf8')) as { total_runs: number; entries: { network: Record<string, { hits_total: number }> } };
    expect(prof.total_runs).toBe(1);
    expect(prof.entries.network[`127.0.0.1:${port}`]?.hits_total).toBe(1);
    expect(lines(fs.readFileSync(`${o}/ev.jsonl`, 'utf8')).some((e) => e.type === 'proc_exec')).toBe(true);

    // The kept events feed `generate -i` and an evidence bundle whose diff names the changed file.
    const g = runCli(['generate', '-i', `${o}/ev.jsonl`, '-o', `${o}/g.yaml`]);
    expect(g.status).toBe(0);
    expect(g.stderr).not.toContain('W_TRACE_SKIPPED_LINE');
    const ev2 = fs.readFileSync(`${o}/ev.jsonl`, 'utf8').split(path.join(dataDir, 'b.txt')).join(path.join(dataDir, 'c.txt'));
    fs.writeFileSync(`${o}/ev2.jsonl`, ev2);
    expect(runCli(['evidence', 'export', '--observations', `${o}/ev.jsonl`, '--out', `${o}/b1.tar.gz`]).status).toBe(0);
    expect(runCli(['evidence', 'export', '--observations', `${o}/ev2.jsonl`, '--out', `${o}/b2.tar.gz`]).status).toBe(0);
    const d = runCli(['evidence', 'diff', `${o}/b1.tar.gz`, `${o}/b2.tar.gz`]);
    // the human diff is written to stderr
    expect(d.stderr).toContain(`+ ${path.join(dataDir, 'c.txt')}`);
    expect(d.stderr).toContain(`- ${path.join(dataDir, 'b.txt')}`);
  });

  it('an unusable helper is E_OBSERVER_UNAVAILABLE (exit 2) and nothing is written', () => {
    const o = tmp();
    const r = record(['-o', `${o}/p.yaml`, '--native-helper', '/nonexistent/assay-native'], tmp());
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('E_OBSERVER_UNAVAILABLE');
    expect(fs.existsSync(`${o}/p.yaml`)).toBe(false);
  });
});

describe.skipIf(REPLAY_SKIP)('record → sandbox replay', () => {
  it('the recorded policies let the same run pass; reading a third file fails with EACCES', () => {
    const out = tmp();
    const o = tmp();
    const r = record(['-o', `${o}/p.yaml`, '--sandbox-policy-out', `${o}/s.yaml`], out);
    expect(r.status).toBe(0);
    const sandbox = (policy: string, env: Record<string, string> = {}) =>
      runCli(['sandbox', '-q', '--enforce-net', '--policy', policy, '--env-allow', 'READ_THIRD', '--', process.execPath, 'script.js', out, String(port), dataDir], {
        cwd: workDir,
        env: { ASSAY_NATIVE_HELPER: N.helper, ...env },
      });
    for (const policy of [`${o}/s.yaml`, `${o}/p.yaml`]) {
      fs.rmSync(path.join(out, 'result.txt'), { force: true });
      const ok = sandbox(policy);
      expect({ policy, status: ok.status, stderr: ok.stderr }).toMatchObject({ status: 0 });
      expect(fs.readFileSync(path.join(out, 'result.txt'), 'utf8')).toBe('ab');
      const denied = sandbox(policy, { READ_THIRD: '1' });
      expect(denied.status).not.toBe(0);
      expect(denied.stderr).toContain('EACCES');
      expect(denied.stderr).toContain('c.txt');
    }
  });
});
