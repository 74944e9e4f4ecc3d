// What the runner tells us about this run: the event payload, the trust context
// (read_only is decided here, before any REST call), the default-branch push test, the SARIF category
// and everything named after it (comment marker, artifact name, duplicate guard).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { canonicalize } from '../core/jcs.js';
import { ARTIFACT_PREFIX, COMMENT_MARKER_PREFIX, COMMENT_MARKER_SUFFIX, Env } from './constants.js';
import type { ActionInputs } from './inputs.js';

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface ActionContext {
  workspace: string;
  eventName: string;
  payload: Record<string, unknown>;
  repo?: RepoRef;
  sha: string;
  ref: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  job: string;
  runnerOs: string;
  serverUrl: string;
  apiUrl: string;
  /** PR number for pull_request* events. */
  prNumber?: number;
  /** PR head commit (links in the summary point at it; the merge commit may be short-lived). */
  headSha?: string;
  /** Fork PR with a read-only token: no REST write is ever attempted. */
  readOnly: boolean;
  defaultBranch?: string;
  isDefaultPush: boolean;
  /** Resolved base category (input, or the derived default). */
  category: string;
  /** Category with every char outside [A-Za-z0-9._/-] replaced by `-`. */
  markerSlug: string;
  marker: string;
  artifactName: string;
  /** ASSAY_SARIF_CATEGORY_<sha256(category)[0:12]>. */
  categoryGuardVar: string;
  /** SOURCE_DATE_EPOCH set: timings and run ids are zeroed in reports. */
  reproducible: boolean;
  startedAt: Date;
}

const PR_EVENTS = ['pull_request', 'pull_request_review', 'pull_request_review_comment'];

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function obj(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

function sha256Hex(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

/** Read the event payload; a missing or unreadable file is an empty payload plus a warning text. */
export function readPayload(path: string | undefined): { payload: Record<string, unknown>; warning?: string } {
  if (!path) return { payload: {} };
  try {
    const v = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    return { payload: obj(v) ?? {} };
  } catch (e) {
    return { payload: {}, warning: `cannot read the event payload ${path}: ${(e as Error).message}` };
  }
}

/** Fork PR: head repo differs from base repo, or the head repo is gone. */
export function isReadOnly(eventName: string, payload: Record<string, unknown>): boolean {
  if (!PR_EVENTS.includes(eventName)) return false;
  const pr = obj(payload.pull_request);
  if (!pr) return false;
  const head = obj(obj(pr.head)?.repo);
  const base = obj(obj(pr.base)?.repo);
  if (!head) return true;
  return str(head.full_name) !== str(base?.full_name);
}

/** `-<8 hex>` of the JCS form of a non-empty matrix object, else ''. */
export function matrixSuffix(matrixInput: string): { suffix: string; warning?: string } {
  const t = matrixInput.trim();
  if (t === '' || t === 'null') return { suffix: '' };
  try {
    const m = obj(JSON.parse(t));
    if (!m || Object.keys(m).length === 0) return { suffix: '' };
    return { suffix: '-' + sha256Hex(canonicalize(m)).slice(0, 8) };
  } catch (e) {
    return { suffix: '', warning: `input "matrix" is not JSON (${(e as Error).message}); the default category has no matrix part` };
  }
}

export function markerSlug(category: string): string {
  return category.replace(/[^A-Za-z0-9._/-]/g, '-');
}

export function categoryGuardVar(category: string): string {
  return Env.CategoryGuardPrefix + sha256Hex(category).slice(0, 12);
}

export function readContext(inputs: ActionInputs, workspace: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): { ctx: ActionContext; warnings: string[] } {
  const warnings: string[] = [];
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const { payload, warning } = readPayload(env.GITHUB_EVENT_PATH);
  if (warning) warnings.push(warning);

  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const repoRef = owner && repo ? { owner, repo } : undefined;

  const pr = obj(payload.pull_request);
  const prNumber = typeof pr?.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  const headSha = str(obj(pr?.head)?.sha);
  const defaultBranch = str(obj(payload.repository)?.default_branch);
  const ref = env.GITHUB_REF ?? '';
  const isDefaultPush = eventName === 'push' && defaultBranch !== undefined && ref === `refs/heads/${defaultBranch}`;

  const workflow = env.GITHUB_WORKFLOW ?? '';
  const job = env.GITHUB_JOB ?? '';
  const runnerOs = env.RUNNER_OS ?? '';
  let category = inputs.category;
  if (category === '') {
    const m = matrixSuffix(inputs.matrix);
    if (m.warning) warnings.push(m.warning);
    category = `assay-${workflow}-${job}-${runnerOs}${m.suffix}`;
  }
  const slug = markerSlug(category);
  const runAttempt = env.GITHUB_RUN_ATTEMPT || '1';

  const ctx: ActionContext = {
    workspace,
    eventName,
    payload,
    ...(repoRef ? { repo: repoRef } : {}),
    sha: env.GITHUB_SHA ?? '',
    ref,
    runId: env.GITHUB_RUN_ID ?? '',
    runAttempt,
    workflow,
    job,
    runnerOs,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    ...(prNumber !== undefined ? { prNumber } : {}),
    ...(headSha ? { headSha } : {}),
    readOnly: isReadOnly(eventName, payload),
    ...(defaultBranch ? { defaultBranch } : {}),
    isDefaultPush,
    category,
    markerSlug: slug,
    marker: `${COMMENT_MARKER_PREFIX}${slug}${COMMENT_MARKER_SUFFIX}`,
    artifactName: `${ARTIFACT_PREFIX}${slug.replace(/\//g, '-')}-${runAttempt}`,
    categoryGuardVar: categoryGuardVar(category),
    reproducible: /^\d+$/.test(env[Env.SourceDateEpoch] ?? ''),
    startedAt: now,
  };
  return { ctx, warnings };
}

/** `<server>/<owner>/<repo>` or undefined without a repository. */
export function repoUrl(ctx: ActionContext): string | undefined {
  return ctx.repo ? `${ctx.serverUrl}/${ctx.repo.owner}/${ctx.repo.repo}` : undefined;
}

export function runUrl(ctx: ActionContext): string | undefined {
  const r = repoUrl(ctx);
  return r && ctx.runId ? `${r}/actions/runs/${ctx.runId}` : undefined;
}
