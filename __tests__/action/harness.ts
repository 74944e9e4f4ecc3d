// Runs the BUILT action (dist/index.js) in a child process the way the runner does:
// INPUT_* from action.yml defaults plus the scenario's inputs, GITHUB_* for a fake repository, empty
// GITHUB_OUTPUT / GITHUB_STEP_SUMMARY / GITHUB_ENV files, and nothing inherited but PATH (and SystemRoot).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { EOL, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';
import { writeBundle, type EventInput } from '../../src/core/evidence/index.js';
import { ACTION_ENTRY, nodeArgsFor } from '../helpers/entry.js';

export const REPO = resolve(import.meta.dirname, '..', '..');
export const ACTION = ACTION_ENTRY;
export const OWNER = 'octo';
export const NAME = 'demo';
export const PR_NUMBER = 7;
export const SHA = '1111111111111111111111111111111111111111';
export const HEAD_SHA = '2222222222222222222222222222222222222222';
export const TOKEN = 'ghs_faketoken0000';

export type EventKind = 'pr' | 'fork' | 'push-default' | 'push-other' | 'pr-target';

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  envFile: string;
  workspace: string;
  reports: string;
}

/** A temp workspace (with a `.git` dir as checkout root) holding `files` and optional repo examples. */
export function workspace(files: Record<string, string> = {}, copyExamples = true): string {
  const ws = mkdtempSync(join(tmpdir(), 'assay-action-'));
  mkdirSync(join(ws, '.git'));
  if (copyExamples) {
    for (const f of ['examples/policy.yaml', 'examples/traces/agent-run.jsonl', 'examples/traces/clean.jsonl']) {
      mkdirSync(dirname(join(ws, f)), { recursive: true });
      copyFileSync(join(REPO, f), join(ws, f));
    }
  }
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    writeFileSync(join(ws, p), text);
  }
  return ws;
}

/** Defaults of action.yml as the runner would fill them (expressions evaluated for a non-matrix job). */
export function actionDefaults(): Record<string, string> {
  const doc = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs)) {
    let v = spec.default ?? '';
    if (v === '${{ toJson(matrix) }}') v = 'null';
    if (v === '${{ github.token }}') v = TOKEN;
    out[name] = v;
  }
  return out;
}

export function eventPayload(kind: EventKind): { name: string; ref: string; payload: Record<string, unknown> } {
  const repository = { full_name: `${OWNER}/${NAME}`, name: NAME, owner: { login: OWNER }, default_branch: 'main' };
  const pr = (headRepo: string | null) => ({
    number: PR_NUMBER,
    head: { sha: HEAD_SHA, ref: 'feature', repo: headRepo === null ? null : { full_name: headRepo } },
    base: { ref: 'main', repo: { full_name: `${OWNER}/${NAME}` } },
  });
  switch (kind) {
    case 'pr':
      return { name: 'pull_request', ref: `refs/pull/${PR_NUMBER}/merge`, payload: { action: 'synchronize', number: PR_NUMBER, pull_request: pr(`${OWNER}/${NAME}`), repository } };
    case 'pr-target':
      return { name: 'pull_request_target', ref: 'refs/heads/main', payload: { action: 'synchronize', number: PR_NUMBER, pull_request: pr('someone/demo'), repository } };
    case 'fork':
      return { name: 'pull_request', ref: `refs/pull/${PR_NUMBER}/merge`, payload: { action: 'synchronize', number: PR_NUMBER, pull_request: pr('someone/demo'), repository } };
    case 'push-default':
      return { name: 'push', ref: 'refs/heads/main', payload: { ref: 'refs/heads/main', after: SHA, repository } };
    case 'push-other':
      return { name: 'push', ref: 'refs/heads/topic', payload: { ref: 'refs/heads/topic', after: SHA, repository } };
  }
}

/** `name<<delimiter` blocks of a GITHUB_OUTPUT file. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(EOL);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]!);
    if (!m) continue;
    const value: string[] = [];
    let j = i + 1;
    while (j < lines.length && lines[j] !== m[2]) value.push(lines[j++]!);
    out[m[1]!] = value.join(EOL);
    i = j;
  }
  return out;
}

export interface RunOptions {
  ws: string;
  event: EventKind;
  apiUrl: string;
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  /** Called with the running action (e.g. to signal it mid-run). */
  onSpawn?: (pid: number) => void;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const files = mkdtempSync(join(tmpdir(), 'assay-runner-'));
  const ev = eventPayload(o.event);
  const eventPath = join(files, 'event.json');
  writeFileSync(eventPath, JSON.stringify(ev.payload));
  const paths = { GITHUB_OUTPUT: 'output', GITHUB_STEP_SUMMARY: 'summary', GITHUB_ENV: 'env', GITHUB_STATE: 'state', GITHUB_PATH: 'path' };
  const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
  if (process.env.SystemRoot) env.SystemRoot = process.env.SystemRoot;
  for (const [k, f] of Object.entries(paths)) {
    writeFileSync(join(files, f), '');
    env[k] = join(files, f);
  }
  const inputs = { ...actionDefaults(), ...o.inputs };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  Object.assign(env, {
    GITHUB_WORKSPACE: o.ws,
    GITHUB_EVENT_NAME: ev.name,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${OWNER}/${NAME}`,
    GITHUB_REPOSITORY_OWNER: OWNER,
    GITHUB_SHA: SHA,
    GITHUB_REF: ev.ref,
    GITHUB_BASE_REF: o.event.startsWith('pr') || o.event === 'fork' ? 'main' : '',
    GITHUB_HEAD_REF: o.event.startsWith('pr') || o.event === 'fork' ? 'feature' : '',
    GITHUB_RUN_ID: '4242',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_WORKFLOW: 'ci',
    GITHUB_JOB: 'gate',
    GITHUB_ACTOR: 'octocat',
    RUNNER_OS: 'Linux',
    RUNNER_TEMP: files,
    GITHUB_API_URL: o.apiUrl,
    GITHUB_SERVER_URL: 'https://github.example',
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    SOURCE_DATE_EPOCH: '1700000000',
    ASSAY_SARIF_POLL_MS: '10',
    ASSAY_SARIF_POLL_TIMEOUT_MS: '500',
    ASSAY_HTTP_RETRY_MS: '5',
    NO_PROXY: '127.0.0.1,localhost',
    ...o.env,
  });
  const child = spawn(process.execPath, nodeArgsFor(ACTION), { cwd: o.ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  if (o.onSpawn && child.pid !== undefined) o.onSpawn(child.pid);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const status = await new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(env.GITHUB_OUTPUT!, 'utf8')),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    envFile: readFileSync(env.GITHUB_ENV!, 'utf8'),
    workspace: o.ws,
    reports: join(o.ws, inputs.reports_dir ?? '.assay/reports'),
  };
}

/** `::<level> …::message` lines of the child's stdout. */
export function annotations(stdout: string, level: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split(/\r?\n/).filter((l) => l.startsWith(`::${level} `) || l.startsWith(`::${level}::`));
}

export const OUTPUT_NAMES = ['verified', 'findings_error', 'findings_warn', 'sarif_path', 'sarif_uploaded', 'diff_summary', 'diff_new_findings', 'reports_dir', 'exit_code', 'reason_code'];

/** A small valid evidence bundle (3 events) through the core writer; `subject` can trigger lint rules. */
export function writeTestBundle(path: string, runId: string, subject?: string): void {
  const events: EventInput[] = ['assay.profile.started', 'assay.tool.decision', 'assay.profile.finished'].map((type, seq) => ({
    specversion: '1.0',
    type,
    source: 'urn:assay:test',
    id: `${runId}:${seq}`,
    time: `2026-11-22T10:00:0${seq}Z`,
    datacontenttype: 'application/json',
    ...(subject && seq === 1 ? { subject } : {}),
    assayrunid: runId,
    assayseq: seq,
    assayproducer: 'assay-test',
    assayproducerversion: '0.1.0',
    assaygit: 'test',
    assaypii: false,
    assaysecrets: false,
    data: { run_id: runId },
  }));
  mkdirSync(dirname(path), { recursive: true });
  writeBundle(path, events);
}
