// The action's confinement and time bounds (docs/action-limits.md), seen from outside: a path input that
// writes is refused when it resolves outside the workspace (also through a committed symlink), a stalled
// GitHub call or a pagination loop ends within the configured bounds, and on every such path all outputs
// are set and the verdict is the one the gate reached. Bounds are made small through the environment; no
// assertion is about wall time (a hang would fail the test by its timeout).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { FakeGitHub } from '../helpers/fake-github.js';
import { annotations, OUTPUT_NAMES, runAction, workspace, type ActionRun } from './harness.js';

const POLICY = { policy: 'examples/policy.yaml' };
const FAILING = { ...POLICY, trace_file: 'examples/traces/agent-run.jsonl' };
const CLEAN = { ...POLICY, trace_file: 'examples/traces/clean.jsonl' };

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

function expectOutputsSet(r: ActionRun): void {
  for (const n of OUTPUT_NAMES) expect(r.outputs, `output ${n}`).toHaveProperty(n);
  expect(r.status).toBe(r.outputs.exit_code === '0' ? 0 : 1);
  const summary = JSON.parse(readFileSync(join(r.outputs.reports_dir!, 'summary.json'), 'utf8'));
  expect(String(summary.exit_code)).toBe(r.outputs.exit_code);
}

const warnings = (r: ActionRun): string[] => annotations(r.stdout, 'warning');

function sarifPosts(): number {
  return gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/code-scanning/sarifs')).length;
}

describe('action: GitHub calls are bounded', () => {
  it('a stalled SARIF upload times out per request: sarif_uploaded=false with a warning, verdict unchanged', async () => {
    gh = new FakeGitHub({ sarifPost: [{ status: 0, stall: true }] });
    await gh.start();
    const r = await runAction({ ws: workspace(), event: 'push-other', apiUrl: gh.url, inputs: CLEAN, env: { ASSAY_HTTP_TIMEOUT_MS: '200' } });
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('0');
    expect(r.outputs.reason_code).toBe('');
    expect(r.outputs.sarif_uploaded).toBe('false');
    // A timeout is transient: the first attempt and three retries, then a warning.
    expect(sarifPosts()).toBe(4);
    expect(warnings(r).some((w) => w.includes('SARIF not uploaded (no answer within 200 ms) after retries'))).toBe(true);
    expect(r.envFile).not.toContain('ASSAY_SARIF_CATEGORY_');
  });

  it('the step deadline ends a call that would wait longer; outputs are set and the failing verdict stays', async () => {
    gh = new FakeGitHub({ sarifPost: [{ status: 0, stall: true }] });
    await gh.start();
    const r = await runAction({
      ws: workspace(),
      event: 'pr',
      apiUrl: gh.url,
      inputs: FAILING,
      env: { ASSAY_HTTP_TIMEOUT_MS: '600000', ASSAY_ACTION_DEADLINE_MS: '4000' },
    });
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.reason_code).toBe('E_POLICY_VIOLATION');
    expect(r.outputs.findings_error).toBe('3');
    expect(r.outputs.sarif_uploaded).toBe('false');
    expect(warnings(r).some((w) => w.includes('deadline'))).toBe(true);
    // Nothing is written to GitHub after the deadline (the comment step is skipped).
    expect(gh.writes().filter((w) => w.path.includes('/comments'))).toEqual([]);
    expect(gh.unexpected).toEqual([]);
  });

  it('an invalid deadline_seconds input is an input error', async () => {
    gh = new FakeGitHub();
    await gh.start();
    const r = await runAction({ ws: workspace(), event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, deadline_seconds: '10m' } });
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('2');
    expect(JSON.parse(readFileSync(join(r.outputs.reports_dir!, 'run.json'), 'utf8')).resolution.message).toContain('"deadline_seconds": invalid value "10m"');
  });

  it('a Link rel="next" pointing back at the same page stops pagination; no duplicate comment is created', async () => {
    gh = new FakeGitHub({ commentsSelfLink: true });
    await gh.start();
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: FAILING });
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.sarif_uploaded).toBe('true');
    const reads = gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith('/comments'));
    expect(reads.length).toBe(2);
    expect(gh.writes().filter((w) => w.path.includes('/comments'))).toEqual([]);
    expect(warnings(r).some((w) => w.includes('PR comment not written: pagination stopped: the server pointed back at a page already read'))).toBe(true);
  });
});

describe('action: written paths stay inside the workspace', () => {
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });

  /** Refused: exit 2 E_INVALID_ARGS naming the input, outputs set, reports in a safe place. */
  function expectRefused(r: ActionRun, input: string): void {
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('2');
    expect(r.outputs.reason_code).toBe('E_INVALID_ARGS');
    const run = JSON.parse(readFileSync(join(r.outputs.reports_dir!, 'run.json'), 'utf8'));
    expect(run.resolution.message).toContain(`input "${input}"`);
    expect(run.resolution.message).toContain('resolves outside the workspace');
    expect(r.outputs.sarif_path).toBe(join(r.outputs.reports_dir!, 'assay.sarif'));
  }

  it('reports_dir with ../ is refused and nothing is written there', async () => {
    const ws = workspace();
    const given = `../../assay-escape-${randomBytes(6).toString('hex')}`;
    const r = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, reports_dir: given } });
    expectRefused(r, 'reports_dir');
    expect(existsSync(resolve(ws, given))).toBe(false);
    expect(r.outputs.reports_dir).toBe(join(ws, '.assay', 'reports'));
  });

  it('an absolute reports_dir outside the workspace is refused', async () => {
    const outside = join(tmpdir(), `assay-abs-${randomBytes(6).toString('hex')}`);
    const r = await runAction({ ws: workspace(), event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, reports_dir: outside } });
    expectRefused(r, 'reports_dir');
    expect(existsSync(outside)).toBe(false);
  });

  it('a committed symlink .assay/reports → outside is refused; the reports go to the runner temp dir', async () => {
    const ws = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'assay-outside-'));
    mkdirSync(join(ws, '.assay'));
    symlinkSync(outside, join(ws, '.assay', 'reports'));
    const r = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: FAILING });
    expectRefused(r, 'reports_dir');
    expect(readdirSync(outside)).toEqual([]);
    expect(r.outputs.reports_dir).not.toContain(ws);
    expect(readdirSync(r.outputs.reports_dir!)).toContain('run.json');
  });

  it('a symlink further up a reports_dir that does not exist yet is followed too', async () => {
    const ws = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'assay-outside-'));
    symlinkSync(outside, join(ws, 'out'));
    const r = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, reports_dir: 'out/a/b' } });
    expectRefused(r, 'reports_dir');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a symlink inside the workspace is fine', async () => {
    const ws = workspace();
    mkdirSync(join(ws, 'real-reports'));
    symlinkSync(join(ws, 'real-reports'), join(ws, 'reports-link'));
    const r = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { ...CLEAN, reports_dir: 'reports-link' } });
    expectOutputsSet(r);
    expect(r.outputs.exit_code).toBe('0');
    expect(r.outputs.reports_dir).toBe(join(ws, 'reports-link'));
    expect(readdirSync(r.outputs.reports_dir!)).toContain('run.json');
  });

  it('baseline_dir through a symlink to outside is refused before anything is written', async () => {
    const ws = workspace();
    const outside = mkdtempSync(join(tmpdir(), 'assay-outside-'));
    mkdirSync(join(ws, '.assay'));
    symlinkSync(outside, join(ws, '.assay', 'baseline'));
    const r = await runAction({ ws, event: 'push-default', apiUrl: gh.url, inputs: { ...CLEAN, write_baseline: 'true' } });
    expectRefused(r, 'baseline_dir');
    expect(readdirSync(outside)).toEqual([]);
  });
});
