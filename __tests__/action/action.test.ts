// The built action (dist/index.js) against a fake GitHub on 127.0.0.1. Assertions use only
// what a user sees: the exit status, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, GITHUB_ENV, stdout workflow
// commands, the reports directory and the requests the fake received.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { FakeGitHub, type FakeComment, type RecordedRequest } from '../helpers/fake-github.js';
import { annotations, HEAD_SHA, OUTPUT_NAMES, OWNER, NAME, PR_NUMBER, REPO, runAction, SHA, TOKEN, workspace, writeTestBundle, type ActionRun } from './harness.js';

const POLICY = { policy: 'examples/policy.yaml' };
const FAILING = { ...POLICY, trace_file: 'examples/traces/agent-run.jsonl' };
const CLEAN = { ...POLICY, trace_file: 'examples/traces/clean.jsonl' };
const CATEGORY = 'assay-ci-gate-Linux';
const MARKER = `<!-- assay-report:${CATEGORY} -->`;

let gh: FakeGitHub;
afterEach(async () => {
  await gh?.close();
});

function sarifUploads(): RecordedRequest[] {
  return gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/code-scanning/sarifs'));
}

/** The SARIF log inside an upload body: base64 → gzip (magic 1f 8b) → JSON. */
function uploadedSarif(r: RecordedRequest): { runs: Array<Record<string, any>> } {
  const b64 = (r.body as { sarif: string }).sarif;
  const gz = Buffer.from(b64, 'base64');
  expect([gz[0], gz[1]]).toEqual([0x1f, 0x8b]);
  return JSON.parse(gunzipSync(gz).toString('utf8'));
}

function expectValidUpload(log: { runs: Array<Record<string, any>> }): void {
  expect(log.runs.length).toBeGreaterThan(0);
  expect(log.runs.length).toBeLessThanOrEqual(20);
  const ids = log.runs.map((run) => run.automationDetails.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const run of log.runs) {
    for (const res of run.results) {
      expect(res.locations.length).toBeGreaterThanOrEqual(1);
      const uri = res.locations[0].physicalLocation.artifactLocation.uri as string;
      expect(uri).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(Object.keys(res.partialFingerprints).length).toBeGreaterThan(0);
    }
  }
}

function expectAllOutputs(r: ActionRun): void {
  for (const n of OUTPUT_NAMES) expect(r.outputs, `output ${n}`).toHaveProperty(n);
  expect(r.outputs.reports_dir).toBe(r.reports);
  expect(r.outputs.sarif_path).toBe(join(r.reports, 'assay.sarif'));
  // Reports on every path, agreeing with the outputs.
  for (const f of ['run.json', 'summary.json', 'assay.sarif']) expect(existsSync(join(r.reports, f)), f).toBe(true);
  const summary = JSON.parse(readFileSync(join(r.reports, 'summary.json'), 'utf8'));
  const run = JSON.parse(readFileSync(join(r.reports, 'run.json'), 'utf8'));
  expect(String(summary.exit_code)).toBe(r.outputs.exit_code);
  expect(String(run.exit_code)).toBe(r.outputs.exit_code);
  expect(summary.reason_code).toBe(r.outputs.reason_code);
  expect(r.status).toBe(r.outputs.exit_code === '0' ? 0 : 1);
  for (const level of ['error', 'warning', 'notice'] as const) expect(annotations(r.stdout, level).length).toBeLessThanOrEqual(10);
  expect(Buffer.byteLength(r.summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
}

describe('action: pull requests', () => {
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });

  it('a clean PR passes, uploads SARIF and creates no comment', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: CLEAN });
    expect(r.stderr).toBe('');
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('0');
    expect(r.outputs.reason_code).toBe('');
    expect(r.outputs.findings_error).toBe('0');
    expect(r.outputs.verified).toBe('');
    expect(r.outputs.sarif_uploaded).toBe('true');
    expect(r.outputs.diff_summary).toBe('Verified: 0, Errors: 0, Warnings: 0, Baseline: none');
    expect(gh.unexpected).toEqual([]);

    const [up, ...more] = sarifUploads();
    expect(more).toEqual([]);
    expect(up!.path).toBe(`/repos/${OWNER}/${NAME}/code-scanning/sarifs`);
    expect(up!.headers.authorization).toMatch(new RegExp(`^(token|Bearer) ${TOKEN}$`));
    expect((up!.body as Record<string, unknown>).commit_sha).toBe(SHA);
    expect((up!.body as Record<string, unknown>).ref).toBe(`refs/pull/${PR_NUMBER}/merge`);
    const log = uploadedSarif(up!);
    expectValidUpload(log);
    expect(log.runs.map((x) => x.automationDetails.id)).toEqual([`${CATEGORY}/gate/`, `${CATEGORY}/evidence/`]);
    // The uploaded bytes are the bytes on disk.
    expect(JSON.stringify(log)).toBe(JSON.stringify(JSON.parse(readFileSync(r.outputs.sarif_path!, 'utf8'))));
    // Polled until complete; the duplicate guard is exported.
    expect(gh.requests.filter((q) => q.method === 'GET' && q.path.includes('/code-scanning/sarifs/sarif-1')).length).toBe(3);
    const guard = `ASSAY_SARIF_CATEGORY_${createHash('sha256').update(CATEGORY).digest('hex').slice(0, 12)}`;
    expect(r.envFile).toContain(guard);

    // Nothing to say and no earlier comment: comments are read, none written.
    expect(gh.requests.some((q) => q.method === 'GET' && q.path.endsWith(`/issues/${PR_NUMBER}/comments`))).toBe(true);
    expect(gh.writes().map((w) => w.method + ' ' + w.path)).toEqual([`POST /repos/${OWNER}/${NAME}/code-scanning/sarifs`]);
    expect(r.summary).toContain('## Assay — ✅ passed');
    expect(r.summary).toContain('| Code scanning | uploaded');
    expect(readFileSync(join(r.reports, 'junit.xml'), 'utf8')).toContain('<testsuite name="policy:examples/traces/clean.jsonl"');
    // Artifact upload degrades to a warning without the Actions runtime.
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('reports artifact not uploaded'))).toBe(true);
  });

  it('a failing PR reports before failing: SARIF, one sticky comment, annotations, exit 1', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: FAILING });
    expectAllOutputs(r);
    expect(r.status).toBe(1);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.reason_code).toBe('E_POLICY_VIOLATION');
    expect(r.outputs.findings_error).toBe('3');
    expect(r.outputs.findings_warn).toBe('0');
    expect(r.outputs.sarif_uploaded).toBe('true');
    expect(gh.unexpected).toEqual([]);

    const posts = gh.writes().filter((w) => w.path.endsWith(`/issues/${PR_NUMBER}/comments`));
    expect(posts).toHaveLength(1);
    const body = (posts[0]!.body as { body: string }).body;
    expect(body.startsWith(MARKER + '\n')).toBe(true);
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toContain('E_POLICY_VIOLATION');
    expect(body).toContain(`blob/${HEAD_SHA}/examples/traces/agent-run.jsonl#L7`);
    expect(readFileSync(join(r.reports, 'comment.md'), 'utf8')).toBe(body);

    const errors = annotations(r.stdout, 'error');
    expect(errors.some((l) => l.includes('file=examples/traces/agent-run.jsonl,line=7'))).toBe(true);
    // The failure message is the last line and comes after every request.
    expect(errors.at(-1)).toMatch(/^::error::\[E_POLICY_VIOLATION\] 3 policy finding/);
    const log = uploadedSarif(sarifUploads()[0]!);
    expect(log.runs[0]!.results).toHaveLength(3);
    expect(r.summary).toContain('## Assay — ❌ failed (exit 1, `E_POLICY_VIOLATION`)');
    expect(r.summary).toContain('### Reproduce locally');
  });

  it('a second push updates the sticky comment found on a later page instead of adding one', async () => {
    await gh.close();
    gh = new FakeGitHub({ commentsPageSize: 2 });
    await gh.start();
    const human = (id: number, body: string): FakeComment => ({ id, body, user: { login: 'alice', type: 'User' } });
    gh.seedComments(PR_NUMBER, [
      human(1, 'looks good'),
      human(2, `${MARKER}\nquoted by a human, not ours`),
      { id: 3, body: 'another bot', user: { login: 'github-actions[bot]', type: 'Bot' } },
      human(4, 'ship it'),
    ]);
    const ws = workspace();
    const first = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: FAILING });
    expect(first.outputs.exit_code).toBe('1');
    const created = gh.comments.get(PR_NUMBER)!.at(-1)!;
    expect(created.body.startsWith(MARKER)).toBe(true);

    gh.requests.length = 0;
    const second = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: CLEAN });
    expect(second.outputs.exit_code).toBe('0');
    // Every page was read (5 comments, 2 per page).
    const pages = gh.requests.filter((q) => q.method === 'GET' && q.path.endsWith(`/issues/${PR_NUMBER}/comments`)).map((q) => q.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    const writes = gh.writes().filter((w) => w.path.includes('/issues/'));
    expect(writes.map((w) => `${w.method} ${w.path}`)).toEqual([`PATCH /repos/${OWNER}/${NAME}/issues/comments/${created.id}`]);
    expect(gh.comments.get(PR_NUMBER)).toHaveLength(5);
    const updated = gh.comments.get(PR_NUMBER)!.find((c) => c.id === created.id)!;
    expect(updated.body).toContain('✅ passed');
    expect(updated.body).toContain('No findings.');
    expect(gh.unexpected).toEqual([]);
  });

  it('a fork PR makes no REST call at all and puts everything in the job summary', async () => {
    const r = await runAction({ ws: workspace(), event: 'fork', apiUrl: gh.url, inputs: FAILING });
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.sarif_uploaded).toBe('false');
    expect(gh.requests).toEqual([]);
    const notices = annotations(r.stdout, 'notice');
    expect(notices.some((l) => l.includes('fork PR: SARIF not uploaded'))).toBe(true);
    expect(notices.some((l) => l.includes('fork PR: no PR comment'))).toBe(true);
    expect(r.summary).toContain('| Code scanning | skipped: fork PR');
    expect(r.summary).toContain('`policy/E_TOOL_DENIED`');
    expect(existsSync(join(r.reports, 'summary.md'))).toBe(true);
  });

  it('pull_request_target: the comment works, the SARIF upload is skipped with a notice', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr-target', apiUrl: gh.url, inputs: FAILING });
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.sarif_uploaded).toBe('false');
    expect(sarifUploads()).toEqual([]);
    expect(gh.writes().map((w) => `${w.method} ${w.path}`)).toEqual([`POST /repos/${OWNER}/${NAME}/issues/${PR_NUMBER}/comments`]);
    expect(annotations(r.stdout, 'notice').some((l) => l.includes('pull_request_target: SARIF not uploaded'))).toBe(true);
  });

  it('a 403 on the SARIF upload is a warning: sarif_uploaded=false, verdict unchanged', async () => {
    await gh.close();
    gh = new FakeGitHub({ sarifPost: [{ status: 403, body: { message: 'Resource not accessible by integration' } }] });
    await gh.start();
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: CLEAN });
    expectAllOutputs(r);
    expect(r.status).toBe(0);
    expect(r.outputs.exit_code).toBe('0');
    expect(r.outputs.sarif_uploaded).toBe('false');
    expect(sarifUploads()).toHaveLength(1); // 403 is not retried
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('403') && l.includes('security-events: write'))).toBe(true);
    expect(r.envFile).not.toContain('ASSAY_SARIF_CATEGORY_');
    expect(r.summary).toContain('| Code scanning | not uploaded');
  });

  it('transient 5xx on the upload is retried, then processing failure is reported', async () => {
    await gh.close();
    gh = new FakeGitHub({
      sarifPost: [{ status: 502, body: { message: 'bad gateway' } }, { status: 202, body: { id: 'sarif-9' } }],
      sarifStatus: [{ status: 200, body: { processing_status: 'failed', errors: ['e1', 'e2'] } }],
    });
    await gh.start();
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: FAILING });
    expect(r.outputs.exit_code).toBe('1');
    expect(sarifUploads()).toHaveLength(2);
    expect(r.outputs.sarif_uploaded).toBe('false');
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('failed to process') && l.includes('e1; e2'))).toBe(true);
  });

  it('30,000 findings: SARIF truncated at 25,000, counts and comment/summary within budget', async () => {
    const lines = ['{"type":"episode_start","episode_id":"big","timestamp":1,"input":{"prompt":"bulk"}}'];
    for (let i = 0; i < 30_000; i++) lines.push(`{"type":"tool_call","episode_id":"big","step_id":"s${i}","timestamp":${i + 2},"tool_name":"shell_exec","call_index":${i},"args":{"cmd":"rm -rf /tmp/${i}"}}`);
    lines.push('{"type":"episode_end","episode_id":"big","timestamp":40000}');
    const ws = workspace({ 'traces/big.jsonl': lines.join('\n') + '\n' });
    const r = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: { ...POLICY, trace_file: 'traces/big.jsonl' } });
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.findings_error).toBe('30000');
    const log = uploadedSarif(sarifUploads()[0]!);
    expectValidUpload(log);
    const gate = log.runs[0]!;
    expect(gate.results).toHaveLength(25_000);
    const summary = JSON.parse(readFileSync(join(r.reports, 'summary.json'), 'utf8'));
    expect(summary.findings.error).toBe(30_000);
    // Every finding of the gate run (30,000 errors plus the unexercised-rule notes) minus the 25,000 kept.
    const omitted = summary.findings.error + summary.findings.warning + summary.findings.note - 25_000;
    expect(omitted).toBeGreaterThanOrEqual(5000);
    expect(gate.properties.assay).toEqual({ truncated: true, omitted_count: omitted });
    expect(summary.sarif).toEqual({ omitted });
    // Errors rank first: every kept result is an error.
    expect(gate.results.every((x: { level: string }) => x.level === 'error')).toBe(true);
    expect(JSON.parse(readFileSync(join(r.reports, 'run.json'), 'utf8')).findings).toHaveLength(omitted + 25_000);
    const comment = (gh.writes().find((w) => w.path.endsWith('/comments'))!.body as { body: string }).body;
    expect(comment.length).toBeLessThanOrEqual(65_000);
    expect(comment).toMatch(/…and \d+ more \(job summary/);
    expect(comment).toContain(`${omitted} results omitted from SARIF`);
    expect(r.summary).toMatch(/…\d+ more in the artifact/);
    expect(readFileSync(join(r.reports, 'summary.md'), 'utf8').length).toBeGreaterThan(1_000_000);
    // 9 error slots (one is kept for the failure): 8 findings, then the "more" line, then the failure.
    const errors = annotations(r.stdout, 'error');
    expect(errors).toHaveLength(10);
    expect(errors[8]).toContain('29992 more error findings: see job summary / SARIF');
    expect(annotations(r.stdout, 'warning').some((l) => l.includes(`${omitted} results omitted from SARIF`))).toBe(true);
  });
});

describe('action: baseline across runs', () => {
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });

  it('a default-branch push writes the baseline; a later PR diffs against it', async () => {
    const ws = workspace();
    const push = await runAction({ ws, event: 'push-default', apiUrl: gh.url, inputs: { ...FAILING, fail_on: 'none', write_baseline: 'true' } });
    expectAllOutputs(push);
    expect(push.outputs.exit_code).toBe('0');
    const upload = sarifUploads()[0]!;
    expect((upload.body as Record<string, unknown>).ref).toBe('refs/heads/main');
    const written = join(ws, '.assay/baseline/findings-baseline.json');
    expect(existsSync(written)).toBe(true);
    const doc = JSON.parse(readFileSync(written, 'utf8'));
    expect(doc.schema).toBe('assay.findings_baseline.v1');
    expect(doc.findings).toHaveLength(3);
    // No Actions runtime here: the cache save degrades to a warning, the file is still written.
    expect(annotations(push.stdout, 'warning').some((l) => l.includes('not saved: the Actions cache is unavailable'))).toBe(true);
    expect(gh.requests.some((q) => q.path.includes('/comments'))).toBe(false);

    // The committed baseline wins: same findings → 0 new; one more denied call → 1 new.
    const extra = readFileSync(join(ws, 'examples/traces/agent-run.jsonl'), 'utf8') +
      '{"type":"episode_start","episode_id":"x-1","timestamp":9000,"input":{"prompt":"Run a command"},"meta":{"test_id":"x"}}\n' +
      '{"type":"tool_call","episode_id":"x-1","step_id":"s1","timestamp":9001,"tool_name":"exec_cmd","call_index":0,"args":{"c":"ls"}}\n' +
      '{"type":"episode_end","episode_id":"x-1","timestamp":9002}\n';
    writeFileSync(join(ws, 'traces-pr.jsonl'), extra);
    const pr = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: { ...POLICY, trace_file: 'traces-pr.jsonl', gate_new_only: 'true' } });
    expectAllOutputs(pr);
    expect(pr.outputs.diff_new_findings).toBe('1');
    expect(pr.outputs.diff_summary).toBe('Verified: 0, Errors: 4, Warnings: 0, New: 1, Fixed: 0');
    // gate_new_only: only the new finding gates.
    expect(pr.outputs.exit_code).toBe('1');
    expect(pr.outputs.reason_code).toBe('E_POLICY_VIOLATION');
    const diff = JSON.parse(readFileSync(join(pr.reports, 'diff.json'), 'utf8'));
    expect([diff.new.length, diff.fixed.length, diff.unchanged.length]).toEqual([1, 0, 3]);
    const run = JSON.parse(readFileSync(join(pr.reports, 'run.json'), 'utf8'));
    expect(run.baseline).toEqual({ found: true, new: 1, fixed: 0, unchanged: 3 });
    expect(run.inputs.findings_baseline).toBe('.assay/baseline/findings-baseline.json');
    expect(pr.summary).toContain('| New | Fixed | Unchanged |');
    const log = uploadedSarif(sarifUploads().at(-1)!);
    expect(log.runs[0]!.results.filter((x: { baselineState?: string }) => x.baselineState === 'new')).toHaveLength(1);
    const comment = (gh.writes().find((w) => w.path.endsWith('/comments'))!.body as { body: string }).body;
    expect(comment).toContain('1 new vs baseline');
    expect(comment.indexOf('🆕')).toBeGreaterThan(0);
  });

  it('write_baseline on a PR only leaves a notice', async () => {
    const ws = workspace();
    const r = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: { ...CLEAN, write_baseline: 'true' } });
    expect(r.outputs.exit_code).toBe('0');
    expect(existsSync(join(ws, '.assay/baseline'))).toBe(false);
    expect(annotations(r.stdout, 'notice').some((l) => l.includes('baseline is written on default-branch pushes only'))).toBe(true);
  });
});

describe('action: eval replay', () => {
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });

  function evalWorkspace(extra: Record<string, string> = {}): string {
    const files: Record<string, string> = { ...extra };
    for (const f of ['eval.yaml', 'policy.yaml', 'traces.jsonl']) files[`examples/eval/${f}`] = readFileSync(join(REPO, 'examples/eval', f), 'utf8');
    return workspace(files);
  }

  it('config runs the eval engine: failed tests keep their own reason; eval baseline exported and reused', async () => {
    const ws = evalWorkspace();
    const inputs = { config: 'examples/eval/eval.yaml', trace_file: 'examples/eval/traces.jsonl', write_baseline: 'true' };
    const r = await runAction({ ws, event: 'push-default', apiUrl: gh.url, inputs });
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('1');
    expect(r.outputs.reason_code).toBe('E_TEST_FAILED');
    expect(existsSync(join(r.reports, 'eval-baseline.json'))).toBe(true);
    expect(readFileSync(join(r.reports, 'junit.xml'), 'utf8')).toContain('<testsuite name="support-agent"');
    // A failing test verdict is still a trustworthy verdict (exit 1): both baselines are written.
    expect(existsSync(join(ws, '.assay/baseline/eval-baseline.json'))).toBe(true);
    const again = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs });
    expect(JSON.parse(readFileSync(join(again.reports, 'run.json'), 'utf8')).inputs.baseline).toBe('.assay/baseline/eval-baseline.json');
    expect(again.summary).toContain('--baseline .assay/baseline/eval-baseline.json');
  });

  it('an eval baseline of another suite in baseline_dir is ignored with a warning', async () => {
    const other = readFileSync(join(REPO, 'examples/eval/baseline.json'), 'utf8').replace('"support-agent"', '"another-suite"');
    const ws = evalWorkspace({ '.assay/baseline/eval-baseline.json': other });
    const r = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs: { config: 'examples/eval/eval.yaml', trace_file: 'examples/eval/traces.jsonl' } });
    expect(r.outputs.reason_code).toBe('E_TEST_FAILED');
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('.assay/baseline/eval-baseline.json ignored'))).toBe(true);
  });
});

describe('action: inputs and failure paths', () => {
  beforeEach(async () => {
    gh = new FakeGitHub();
    await gh.start();
  });

  it('an unknown fail_on value is an input error (exit 2), with reports, outputs and a summary', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: { ...FAILING, fail_on: 'warnings' } });
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('2');
    expect(r.outputs.reason_code).toBe('E_INVALID_ARGS');
    const run = JSON.parse(readFileSync(join(r.reports, 'run.json'), 'utf8'));
    // The minimal shape, then the id of the report set it belongs to (docs/reports.md).
    expect(Object.keys(run)).toEqual(['exit_code', 'reason_code', 'reason_code_version', 'seed_version', 'order_seed', 'judge_seed', 'inputs', 'resolution', 'report_set_id']);
    expect(run.resolution.message).toContain('fail_on');
    expect(run.resolution.message).toContain('allowed: error, warn, warning, info, note, none');
    expect(r.summary).toContain('### Input errors');
    expect(sarifUploads()).toEqual([]);
    expect(annotations(r.stdout, 'error').at(-1)).toContain('[E_INVALID_ARGS]');
  });

  it('paths outside the workspace, trace without policy and a bad boolean are all reported', async () => {
    const r = await runAction({ ws: workspace(), event: 'push-other', apiUrl: gh.url, inputs: { trace_file: '../outside.jsonl', strict: 'yes', baseline_key: 'a,b' } });
    expect(r.outputs.exit_code).toBe('2');
    const msg = JSON.parse(readFileSync(join(r.reports, 'run.json'), 'utf8')).resolution.message as string;
    for (const part of ['"trace_file": "../outside.jsonl" resolves outside the workspace', 'needs "config" or "policy"', 'invalid boolean "yes"', '"baseline_key" contains ","']) expect(msg).toContain(part);
  });

  it('an explicit bundles pattern that matches nothing fails closed', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: { ...CLEAN, bundles: 'evidence/**/*.tar.gz' } });
    expect(r.outputs.exit_code).toBe('2');
    expect(JSON.parse(readFileSync(join(r.reports, 'summary.json'), 'utf8')).message).toContain('bundles pattern "evidence/**/*.tar.gz" matched no files');
  });

  it('a second Assay step with the same category is refused (duplicate guard)', async () => {
    const guard = `ASSAY_SARIF_CATEGORY_${createHash('sha256').update(CATEGORY).digest('hex').slice(0, 12)}`;
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: CLEAN, env: { [guard]: '1' } });
    expect(r.outputs.exit_code).toBe('2');
    expect(r.outputs.reason_code).toBe('E_INVALID_ARGS');
  });

  it('a missing trace keeps the gate reason (E_TRACE_NOT_FOUND) and still publishes', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: { ...POLICY, trace_file: 'traces/none-*.jsonl' } });
    expectAllOutputs(r);
    expect(r.outputs.exit_code).toBe('2');
    expect(r.outputs.reason_code).toBe('E_TRACE_NOT_FOUND');
    expect(gh.writes().some((w) => w.path.endsWith('/comments'))).toBe(true);
  });

  it('retired reference inputs give a notice or a warning, never a failure', async () => {
    const r = await runAction({ ws: workspace(), event: 'pr', apiUrl: gh.url, inputs: { ...CLEAN, version: 'v1.2.3', 'sandbox-command': 'x' } });
    expect(r.outputs.exit_code).toBe('0');
    expect(annotations(r.stdout, 'notice').some((l) => l.includes('input "version" is ignored'))).toBe(true);
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('input "sandbox-command" is not supported'))).toBe(true);
  });

  it('policy alone is loaded and validated; an empty allow list is a warning result at the policy line', async () => {
    const ws = workspace({ 'p.yaml': 'version: "2.0"\nname: x\ntools:\n  allow: []\n' });
    const r = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { policy: 'p.yaml', fail_on: 'warn' } });
    expectAllOutputs(r);
    expect(Number(r.outputs.findings_warn)).toBeGreaterThan(0);
    expect(r.outputs.exit_code).toBe('1');
    expect(annotations(r.stdout, 'warning').some((l) => l.includes('file=p.yaml'))).toBe(true);
  });

  it('evidence bundles are discovered, verified and linted; a tampered one fails closed after publishing', async () => {
    const ws = workspace();
    writeTestBundle(join(ws, '.assay/evidence/run 1/bundle.tar.gz'), 'r1', 'deploy with token=abc');
    writeTestBundle(join(ws, 'evidence/b.tar.gz'), 'r2');
    const clean = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { fail_on: 'error' } });
    expectAllOutputs(clean);
    expect(clean.outputs.verified).toBe('true');
    expect(clean.outputs.exit_code).toBe('0');
    expect(Number(clean.outputs.findings_warn)).toBeGreaterThan(0); // ASSAY-W001 on the secret marker
    const summary = JSON.parse(readFileSync(join(clean.reports, 'summary.json'), 'utf8'));
    expect(summary.evidence).toEqual({ bundles: 2, verified: 2, failed: 0 });
    expect(clean.summary).toContain('2/2 bundles verified');
    expect(readdirSync(join(clean.reports, 'lint')).sort()).toEqual(['assay-evidence-run-1-bundle.tar.gz.json', 'evidence-b.tar.gz.json']);
    expect(readFileSync(join(clean.reports, 'junit.xml'), 'utf8')).toContain('<testsuite name="evidence:.assay/evidence/run 1/bundle.tar.gz"');
    const log = uploadedSarif(sarifUploads()[0]!);
    expectValidUpload(log);
    const evidence = log.runs.find((x) => x.automationDetails.id === `${CATEGORY}/evidence/`)!;
    expect(evidence.tool.driver.name).toBe('assay-evidence-lint');
    const w001 = evidence.results.find((x: { ruleId: string }) => x.ruleId === 'ASSAY-W001');
    expect(w001.locations[0].physicalLocation.artifactLocation.uri).toBe('.assay/evidence/run%201/bundle.tar.gz');
    expect(w001.partialFingerprints['assayLintFingerprint/v1']).toMatch(/^sha256:/);
    // Lint rules carry their own metadata in the Security tab, not the generic catalog entry.
    const rule = evidence.tool.driver.rules[w001.ruleIndex];
    expect(rule.id).toBe('ASSAY-W001');
    expect(rule.shortDescription.text).not.toMatch(/^Assay finding/);
    expect(rule.help.markdown.length).toBeGreaterThan(0);

    // fail_on: warn gates on the lint warning (exit 1, E_POLICY_VIOLATION).
    const warn = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { fail_on: 'warn' } });
    expect([warn.outputs.exit_code, warn.outputs.reason_code]).toEqual(['1', 'E_POLICY_VIOLATION']);

    // Tampering: exit 2 with the bundle's E_EVIDENCE_* reason; the other bundle is still verified.
    const bad = join(ws, 'evidence/b.tar.gz');
    const bytes = readFileSync(bad);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 12) ^ 0xff, bytes.length - 12);
    writeFileSync(bad, bytes);
    const tampered = await runAction({ ws, event: 'push-other', apiUrl: gh.url, inputs: { fail_on: 'error' } });
    expectAllOutputs(tampered);
    expect(tampered.outputs.verified).toBe('false');
    expect(tampered.outputs.exit_code).toBe('2');
    expect(tampered.outputs.reason_code).toMatch(/^E_EVIDENCE_/);
    expect(JSON.parse(readFileSync(join(tampered.reports, 'summary.json'), 'utf8')).evidence).toEqual({ bundles: 2, verified: 1, failed: 1 });
    const last = uploadedSarif(sarifUploads().at(-1)!);
    const failure = last.runs[0]!.results.find((x: { ruleId: string }) => x.ruleId.startsWith('E_EVIDENCE_'));
    expect(failure.locations[0].physicalLocation.artifactLocation.uri).toBe('evidence/b.tar.gz');
  });

  it('two identical runs write byte-identical reports', async () => {
    const a = await runAction({ ws: workspace(), event: 'fork', apiUrl: gh.url, inputs: FAILING });
    const b = await runAction({ ws: workspace(), event: 'fork', apiUrl: gh.url, inputs: FAILING });
    const files = readdirSync(a.reports).sort();
    expect(files).toEqual(readdirSync(b.reports).sort());
    for (const f of files) expect(readFileSync(join(b.reports, f), 'utf8'), f).toBe(readFileSync(join(a.reports, f), 'utf8'));
  });
});
