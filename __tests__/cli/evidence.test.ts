// `assay evidence …` end to end through the built CLI (dist/cli/index.js): streams, exit codes, reason codes.
// ASSAY_EVIDENCE_CLI points the tests at another entry (a .ts entry runs under tsx) during development.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, REPO, tempDir, writeFiles, type CliResult } from '../helpers/cli.js';
import { buildBundle } from '../../src/core/evidence/writer.js';
import { RUNNER_CONFIG_PATH, demoEvents } from '../unit/evidence/helpers.js';

function run(args: string[], opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {}): CliResult {
  const entry = process.env.ASSAY_EVIDENCE_CLI ?? CLI;
  const pre = /\.m?ts$/.test(entry) ? ['--import', join(REPO, 'node_modules', 'tsx', 'dist', 'esm', 'index.mjs')] : [];
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, GITHUB_WORKSPACE: undefined, SOURCE_DATE_EPOCH: undefined, ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r = spawnSync(process.execPath, [...pre, entry, ...args], { cwd: opts.cwd ?? REPO, env: env as NodeJS.ProcessEnv, encoding: 'utf8', input: opts.input ?? '', maxBuffer: 1 << 28 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const PROFILE = `name: demo-audit
version: "1.0"
total_runs: 1
run_ids: [run_demo_002]
entries:
  files:
    ${RUNNER_CONFIG_PATH}: {hits_total: 3}
  network:
    203.0.113.7:443: {hits_total: 1}
`;

function workdir(): string {
  const dir = tempDir();
  writeFiles(dir, { 'profile.yaml': PROFILE });
  writeFileSync(join(dir, 'demo.tar.gz'), buildBundle(demoEvents()).archive);
  const bad = Buffer.from(buildBundle(demoEvents()).archive);
  bad[bad.length - 8]! ^= 1;
  writeFileSync(join(dir, 'bad.tar.gz'), bad);
  return dir;
}

describe('evidence export', () => {
  it('writes the worked-example bundle; the same input gives the same bytes', () => {
    const dir = workdir();
    const r = run(['evidence', 'export', '--profile', 'profile.yaml', '--time', '2026-01-15T09:30:00Z'], { cwd: dir });
    expect([r.status, r.stdout, r.stderr]).toEqual([0, '', 'Exported evidence bundle to assay_evidence_run_demo_002.tar.gz\n']);
    const first = readFileSync(join(dir, 'assay_evidence_run_demo_002.tar.gz'));
    const v = run(['evidence', 'verify', 'assay_evidence_run_demo_002.tar.gz', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(v.stdout).bundle_id).toBe('sha256:84ef8defd4424b770b715c70e02d8af3d5fb0362667e12f64d5f16886d46eaa0');
    expect(run(['evidence', 'export', '--profile', 'profile.yaml', '--out', 'again.tar.gz'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1768469400' } }).status).toBe(0);
    expect(readFileSync(join(dir, 'again.tar.gz')).equals(first)).toBe(true);
  });

  it('input and argument errors exit 2 with their reason codes', () => {
    const dir = workdir();
    const missing = run(['evidence', 'export', '--profile', 'nope.yaml'], { cwd: dir });
    expect([missing.status, missing.stderr]).toEqual([2, expect.stringContaining('E_MISSING_CONFIG')]);
    writeFiles(dir, { 'bad.yaml': 'name: x\nversion: [\n' });
    expect(run(['evidence', 'export', '--profile', 'bad.yaml', '--time', '2026-01-15T09:30:00Z'], { cwd: dir }).stderr).toContain('E_CFG_PARSE');
    const colon = run(['evidence', 'export', '--profile', 'profile.yaml', '--time', '2026-01-15T09:30:00Z', '--run-id', 'a:b'], { cwd: dir });
    expect([colon.status, colon.stderr]).toEqual([2, expect.stringContaining('E_INVALID_ARGS')]);
    const noTime = run(['evidence', 'export', '--profile', 'profile.yaml'], { cwd: dir });
    expect([noTime.status, noTime.stderr]).toEqual([2, expect.stringContaining('no event time')]);
    expect(run(['evidence', 'export'], { cwd: dir }).status).toBe(2);
    expect(run(['evidence', 'export', '--profile', 'profile.yaml', '--detail', 'all'], { cwd: dir }).status).toBe(2);
  });

  it('--decision-log: the session bundle verifies and lints clean under cicd-starter except CICD-004', () => {
    const dir = tempDir();
    const line = (type: string, time: string, data: object, subject?: string) =>
      JSON.stringify({ specversion: '1.0', id: `evt_${time}`, type, source: 'urn:assay:mcp-wrap:fs', time, datacontenttype: 'application/json', ...(subject ? { subject } : {}), data });
    writeFiles(dir, {
      'decisions.ndjson':
        [
          line('assay.mcp.session', '2026-01-15T09:30:00Z', { phase: 'start', session_id: 's2', server_id: 'fs' }),
          line('assay.tool.decision', '2026-01-15T09:30:00.250Z', { tool: 'read_file', session_id: 's2', seq: 0, decision: 'allow', reason_code: 'P_POLICY_ALLOW' }, 'tool:read_file'),
          line('assay.mcp.session', '2026-01-15T09:30:02Z', { phase: 'end', session_id: 's2', counters: { tool_calls: 1, denied: 0, would_deny: 0, refused: 0 } }),
        ].join('\n') + '\n',
    });
    const e = run(['evidence', 'export', '--decision-log', 'decisions.ndjson', '--out', 'd.tar.gz'], { cwd: dir });
    expect(e.status).toBe(0);
    expect(run(['evidence', 'verify', 'd.tar.gz'], { cwd: dir }).status).toBe(0);
    const l = run(['evidence', 'lint', 'd.tar.gz', '--format', 'json', '--fail-on', 'info'], { cwd: dir });
    expect(JSON.parse(l.stdout).findings.map((f: { rule_id: string }) => f.rule_id)).toEqual(['cicd-starter@1.0.0:CICD-004']);
    const again = run(['evidence', 'export', '--decision-log', 'decisions.ndjson', '--out', 'd2.tar.gz'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(readFileSync(join(dir, 'd2.tar.gz')).equals(readFileSync(join(dir, 'd.tar.gz')))).toBe(true);
  });
});

describe('evidence verify', () => {
  it('text and JSON success; stdin', () => {
    const dir = workdir();
    const t = run(['evidence', 'verify', 'demo.tar.gz'], { cwd: dir });
    expect([t.status, t.stdout, t.stderr]).toEqual([0, '', 'Bundle verified (demo.tar.gz): OK\n']);
    const j = run(['evidence', 'verify', 'demo.tar.gz', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(j.stdout)).toEqual({
      schema: 'assay.evidence.verify.v1',
      schema_version: 1,
      bundle: 'demo.tar.gz',
      verified: true,
      bundle_id: 'sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf',
      run_id: 'run_demo_001',
      event_count: 2,
      run_root: 'sha256:dfc3a084d4cab016d3d748c8e12162908c314c1058d9441e3cd1f257588eabaf',
      archive_sha256: 'df2d1468fdef7ed4d9fd3abbad84b3070b6f93ed92a1520f2f582b8bf3dfe9d3',
      trailing_bytes: 0,
    });
    const s = run(['evidence', 'verify'], { cwd: dir, input: readFileSync(join(dir, 'demo.tar.gz')) });
    expect([s.status, s.stderr]).toEqual([0, 'Bundle verified (stdin): OK\n']);
  });

  it('failures: exit 2, the two stderr lines, the JSON error document', () => {
    const dir = workdir();
    const t = run(['evidence', 'verify', 'bad.tar.gz'], { cwd: dir });
    expect(t.status).toBe(2);
    expect(t.stderr.split('\n').slice(0, 2)).toEqual(['fatal: bundle verification failed', '  caused by: Integrity: Gzip trailer: CRC-32 mismatch (IntegrityGzip)']);
    const j = run(['evidence', 'verify', 'bad.tar.gz', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(j.stdout)).toMatchObject({ verified: false, exit_code: 2, reason_code_version: 1, reason_code: 'E_EVIDENCE_UNREADABLE', error: { class: 'Integrity', code: 'IntegrityGzip' } });
    const open = run(['evidence', 'verify', 'missing.tar.gz'], { cwd: dir });
    expect([open.status, open.stderr.split('\n')[0]]).toEqual([2, 'fatal: failed to open bundle missing.tar.gz']);
  });

  it('--limits: applied; unknown keys are usage errors', () => {
    const dir = workdir();
    writeFiles(dir, { 'small.json': '{"max_events": 1}', 'typo.json': '{"max_event": 1}' });
    const small = run(['evidence', 'verify', 'demo.tar.gz', '--limits', 'small.json', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(small.stdout).error.code).toBe('LimitTotalEvents');
    const typo = run(['evidence', 'verify', 'demo.tar.gz', '--limits', 'typo.json', '--format', 'json'], { cwd: dir });
    expect([typo.status, JSON.parse(typo.stdout).reason_code]).toEqual([2, 'E_INVALID_ARGS']);
    expect(run(['evidence', 'verify', 'demo.tar.gz', '--bogus'], { cwd: dir }).status).toBe(2);
    expect(run(['evidence', 'verify', 'demo.tar.gz', '--format', 'xml'], { cwd: dir }).status).toBe(2);
  });
});

describe('evidence lint', () => {
  it('text on stderr, exit by --fail-on', () => {
    const dir = workdir();
    const t = run(['evidence', 'lint', 'demo.tar.gz'], { cwd: dir });
    expect(t.status).toBe(0);
    expect(t.stdout).toBe('');
    expect(t.stderr).toContain('Packs: cicd-starter@1.0.0 (default)');
    expect(run(['evidence', 'lint', 'demo.tar.gz', '--fail-on', 'warn'], { cwd: dir }).status).toBe(1);
    expect(run(['evidence', 'lint', 'demo.tar.gz', '--pack', 'eu-ai-act-baseline'], { cwd: dir }).status).toBe(1);
    expect(run(['evidence', 'lint', 'demo.tar.gz', '--pack', 'eu-ai-act-baseline', '--fail-on', 'none'], { cwd: dir }).status).toBe(0);
    const bad = run(['evidence', 'lint', 'demo.tar.gz', '--fail-on', 'warnings'], { cwd: dir });
    expect([bad.status, bad.stderr]).toEqual([2, expect.stringContaining('E_INVALID_ARGS')]);
  });

  it('JSON and SARIF documents; --output', () => {
    const dir = workdir();
    const j = run(['evidence', 'lint', 'demo.tar.gz', '--format', 'json', '--pack', 'soc2-baseline,cicd-starter'], { cwd: dir });
    const doc = JSON.parse(j.stdout);
    expect(doc.verified).toBe(true);
    expect(doc.summary).toEqual({ total: 3, errors: 0, warnings: 2, infos: 1 });
    expect(doc.disclaimer).toContain('SOC 2');
    const s = run(['evidence', 'lint', 'demo.tar.gz', '--format', 'sarif', '--output', 'out/lint.sarif'], { cwd: dir });
    expect([s.status, s.stdout]).toEqual([0, '']);
    const sarif = JSON.parse(readFileSync(join(dir, 'out', 'lint.sarif'), 'utf8'));
    expect(sarif.runs[0].tool.driver.name).toBe('assay-evidence-lint');
    expect(sarif.runs[0].automationDetails.id).toBe('assay-evidence/lint/');
  });

  it('custom packs, bad packs (E_CFG_PARSE), --explain, verify failures', () => {
    const dir = workdir();
    writeFiles(dir, {
      'custom.yaml': 'name: custom\nversion: "1.0.0"\nkind: security\ndescription: d\nauthor: me\nlicense: MIT\nrules:\n  - id: C-1\n    severity: error\n    description: needs a net event\n    check: {type: event_type_exists, pattern: "assay.net.*"}\n',
      'broken.yaml': 'name: broken\nversion: 1\n',
    });
    const c = run(['evidence', 'lint', 'demo.tar.gz', '--pack', './custom.yaml'], { cwd: dir });
    expect(c.status).toBe(1);
    expect(c.stderr).toContain('[error] custom@1.0.0:C-1 (global) needs a net event');
    const b = run(['evidence', 'lint', 'demo.tar.gz', '--pack', './broken.yaml', '--format', 'json'], { cwd: dir });
    expect([b.status, JSON.parse(b.stdout).reason_code]).toEqual([2, 'E_CFG_PARSE']);
    const nf = run(['evidence', 'lint', 'demo.tar.gz', '--pack', 'soc2'], { cwd: dir });
    expect([nf.status, nf.stderr]).toEqual([2, expect.stringContaining('did you mean soc2-baseline?')]);
    const ex = run(['evidence', 'lint', '--explain', 'CICD-002'], { cwd: dir });
    expect([ex.status, ex.stdout.split('\n')[0]]).toEqual([0, 'cicd-starter@1.0.0:CICD-002']);
    expect(run(['evidence', 'lint', '--explain', 'NOPE-1'], { cwd: dir }).status).toBe(1);
    const v = run(['evidence', 'lint', 'bad.tar.gz'], { cwd: dir });
    expect([v.status, v.stderr.split('\n')[0]]).toEqual([2, 'Verification failed: bundle verification failed']);
  });
});

describe('evidence diff', () => {
  it('text, JSON, --fail-on-added, baselines by key', () => {
    const dir = workdir();
    writeFiles(dir, { 'p2.yaml': PROFILE.replace('203.0.113.7:443', '203.0.113.9:443').replace('run_demo_002', 'run_demo_003') });
    run(['evidence', 'export', '--profile', 'profile.yaml', '--time', '2026-01-15T09:30:00Z', '--out', 'a.tar.gz'], { cwd: dir });
    run(['evidence', 'export', '--profile', 'p2.yaml', '--time', '2026-01-15T09:31:00Z', '--out', 'b.tar.gz'], { cwd: dir });
    const t = run(['evidence', 'diff', 'a.tar.gz', 'b.tar.gz'], { cwd: dir });
    expect(t.status).toBe(0);
    expect(t.stderr).toContain('Network:\n  + 203.0.113.9:443\n  - 203.0.113.7:443');
    const j = run(['evidence', 'diff', 'a.tar.gz', 'b.tar.gz', '--format', 'json', '--fail-on-added'], { cwd: dir });
    expect(j.status).toBe(1);
    expect(JSON.parse(j.stdout).network).toEqual({ added: ['203.0.113.9:443'], removed: ['203.0.113.7:443'] });
    expect(run(['evidence', 'diff', 'a.tar.gz', '--write-baseline', '--baseline-dir', 'bl', '--key', 'main'], { cwd: dir }).status).toBe(0);
    expect(existsSync(join(dir, 'bl', 'main.tar.gz'))).toBe(true);
    expect(run(['evidence', 'diff', 'b.tar.gz', '--write-baseline', '--baseline-dir', 'bl', '--key', 'main'], { cwd: dir }).status).toBe(2);
    expect(run(['evidence', 'diff', 'b.tar.gz', '--write-baseline', '--update-baseline', '--baseline-dir', 'bl', '--key', 'main'], { cwd: dir }).status).toBe(0);
    expect(run(['evidence', 'diff', 'a.tar.gz', '--baseline-dir', 'bl', '--key', 'main', '--fail-on-added'], { cwd: dir }).status).toBe(1);
    expect(run(['evidence', 'diff', 'a.tar.gz', '--baseline-dir', 'bl', '--key', '../x'], { cwd: dir }).status).toBe(2);
    expect(run(['evidence', 'diff', 'a.tar.gz', 'bad.tar.gz'], { cwd: dir }).status).toBe(2);
  });
});

describe('evidence explore / show', () => {
  it('listing without a TTY, JSON, HTML, verify failures', () => {
    const dir = workdir();
    const t = run(['evidence', 'explore', 'demo.tar.gz'], { cwd: dir });
    expect(t.status).toBe(0);
    expect(t.stderr).toContain('Run root:  dfc3a084d4cab016');
    expect(t.stderr).toMatch(/^1 +2026-01-15T09:30:00\.250Z +assay\.tool\.decision +tool:read_file$/m);
    const j = run(['evidence', 'show', 'demo.tar.gz', '--format', 'json'], { cwd: dir });
    expect(JSON.parse(j.stdout).verify_mode).toBe('enabled');
    const h = run(['evidence', 'explore', 'demo.tar.gz', '--format', 'html', '-o', 'report.html'], { cwd: dir });
    expect(h.status).toBe(0);
    expect(readFileSync(join(dir, 'report.html'), 'utf8')).toContain('<!DOCTYPE html>');
    const nv = run(['evidence', 'explore', 'bad.tar.gz', '--no-verify'], { cwd: dir });
    expect(nv.status).toBe(2); // a gzip CRC error is not a hash check: still refused
    expect(run(['evidence', 'explore', 'bad.tar.gz'], { cwd: dir }).status).toBe(2);
  });
});

describe('evidence attest', () => {
  it('signs (worked example) and verifies; refuses --predicate and non-Ed25519 keys', () => {
    const dir = workdir();
    const key = createPrivateKey({ key: Buffer.from('302e020100300506032b657004220420' + '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'), format: 'der', type: 'pkcs8' });
    writeFiles(dir, {
      'k.pem': key.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'k.pub.pem': createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString(),
      'notakey.pem': 'hello',
    });
    const a = run(['evidence', 'attest', '--bundle', 'demo.tar.gz', '--key', 'k.pem'], { cwd: dir });
    expect(a.status).toBe(0);
    expect(JSON.parse(a.stdout).signatures[0].sig).toBe('QlTnvmXIN9Sl5buN9NZg2SufFbKtwlsAY2l80xr/huIatygqFbYbccmMF7lqCoQw+C7kt21MtUWOw/46IafODg==');
    const env = run(['evidence', 'attest', '--bundle', 'demo.tar.gz', '--key-env', 'ASSAY_TEST_KEY', '--out', 'att.json'], { cwd: dir, env: { ASSAY_TEST_KEY: readFileSync(join(dir, 'k.pem'), 'utf8') } });
    expect([env.status, env.stderr]).toEqual([0, 'Attestation: att.json\n']);
    expect(readFileSync(join(dir, 'att.json'), 'utf8')).toBe(a.stdout);
    const v = run(['evidence', 'verify', 'demo.tar.gz', '--attestation', 'att.json', '--public-key', 'k.pub.pem'], { cwd: dir });
    expect(v.status).toBe(0);
    const wrong = run(['evidence', 'verify', 'bad.tar.gz', '--attestation', 'att.json', '--public-key', 'k.pub.pem', '--format', 'json'], { cwd: dir });
    expect([wrong.status, JSON.parse(wrong.stdout).reason_code]).toEqual([2, 'E_EVIDENCE_UNREADABLE']);
    expect(run(['evidence', 'attest', '--bundle', 'demo.tar.gz', '--key', 'k.pem', '--predicate', 'p.json'], { cwd: dir }).status).toBe(2);
    expect(run(['evidence', 'attest', '--bundle', 'demo.tar.gz', '--key', 'notakey.pem'], { cwd: dir }).status).toBe(2);
    const refused = run(['evidence', 'attest', '--bundle', 'bad.tar.gz', '--key', 'k.pem'], { cwd: dir });
    expect([refused.status, refused.stderr.split('\n')[0]]).toEqual([2, 'fatal: the bundle to attest does not verify']);
  });
});
