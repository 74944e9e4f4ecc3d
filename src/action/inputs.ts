// Every input is read, parsed and validated here, once, before any work. Problems are
// collected (all of them, not just the first) and become one exit-2 E_INVALID_ARGS outcome in main.ts;
// the parsed values always have safe defaults so reports can still be written on that path.
import { FAIL_ON_VALUES, parseFailOnValue } from '../core/outcome/fail-on.js';
import * as core from '@actions/core';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FailOn } from '../core/report/finding.js';
import { displayPath } from '../core/util/paths.js';
import { confine, containedIn } from './confine.js';
import { Input, InputDefault, RETIRED_INPUTS, type InputName } from './constants.js';

/** A path input resolved against the workspace. */
export interface PathRef {
  /** As given (trimmed). */
  given: string;
  /** Absolute. */
  path: string;
  /** Repo-relative POSIX. */
  display: string;
}

export type PackRef = { kind: 'builtin'; name: string } | { kind: 'path'; ref: PathRef };

export interface ActionInputs {
  config?: PathRef;
  /** Newline-separated paths or globs, as given. */
  traceFiles: string[];
  policy?: PathRef;
  strict: boolean;
  /** Unknown policy/config keys are warnings instead of errors. */
  lenient: boolean;
  /** Explicit bundle globs; empty = auto-discovery. */
  bundles: string[];
  packs: PackRef[];
  failOn: FailOn;
  /** The value as written (`warn`, `info`, …), for messages. */
  failOnLabel: string;
  gateNewOnly: boolean;
  sarif: boolean;
  /** As given; empty = derived in context.ts. */
  category: string;
  matrix: string;
  junit: boolean;
  reportsDir: PathRef;
  commentDiff: boolean;
  /** Resolved: empty input → `default` (restore and save alike). */
  baselineKey: string;
  baselineDir: PathRef;
  writeBaseline: boolean;
  uploadArtifacts: boolean;
  token: string;
  /** Overall time budget of the step (input `deadline_seconds`); ASSAY_ACTION_DEADLINE_MS overrides it. */
  deadlineMs: number;
}

export interface InputProblem {
  input: string;
  message: string;
}

export interface RetiredInput {
  name: string;
  level: 'notice' | 'warning';
  message: string;
}

export interface ParsedInputs {
  inputs: ActionInputs;
  problems: InputProblem[];
  retired: RetiredInput[];
}

export { FAIL_ON_VALUES } from '../core/outcome/fail-on.js';

// C0 controls, DEL and C1 controls (CR and LF included).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** Split a list input on newlines (and commas when asked), trim, drop empties, de-duplicate in order. */
export function splitList(raw: string, commas = false): string[] {
  const parts = raw.split(commas ? /[\r\n,]+/ : /[\r\n]+/);
  const out: string[] = [];
  for (const p of parts) {
    const t = p.trim();
    if (t !== '' && !out.includes(t)) out.push(t);
  }
  return out;
}

/** Lexically inside, and where it really resolves (symlinks of its existing part followed) inside too. */
export function resolvesInside(root: string, abs: string): boolean {
  return confine(root, abs).inside;
}

export function pathRef(given: string, root: string): PathRef {
  const path = resolve(root, given);
  return { given, path, display: displayPath(path, root, root) };
}

/** The directory part of a glob before its first wildcard segment (what must stay inside the workspace). */
export function globBase(pattern: string): string {
  const segs = pattern.split(/[\\/]+/);
  const lit: string[] = [];
  for (const s of segs) {
    if (/[*?[]/.test(s)) break;
    lit.push(s);
  }
  return lit.join('/') || '.';
}

/** Retired reference inputs present in the environment. */
export function retiredInputs(env: NodeJS.ProcessEnv): RetiredInput[] {
  const out: RetiredInput[] = [];
  for (const r of RETIRED_INPUTS) {
    for (const n of r.names) {
      if (env[`INPUT_${n.replace(/ /g, '_').toUpperCase()}`] === undefined) continue;
      out.push({ name: n, level: r.level, message: `input "${n}" ${r.hint}` });
    }
  }
  return out;
}

/**
 * Read every input through the toolkit (so `INPUT_<NAME>` is looked up exactly as the runner sets it) and
 * validate it. `workspace` is GITHUB_WORKSPACE (fallback: cwd).
 */
export function readInputs(workspace: string, env: NodeJS.ProcessEnv = process.env): ParsedInputs {
  const problems: InputProblem[] = [];
  const raw = (name: InputName): string => core.getInput(name);
  const bool = (name: InputName, dflt: boolean): boolean => {
    if (raw(name) === '') return dflt;
    try {
      return core.getBooleanInput(name);
    } catch {
      problems.push({ input: name, message: `input "${name}": invalid boolean "${raw(name)}" (allowed: true, True, TRUE, false, False, FALSE)` });
      return dflt;
    }
  };
  const inside = (name: InputName, ref: PathRef, what = 'path'): boolean => {
    const c = confine(workspace, ref.path);
    if (c.inside) return true;
    const how = c.via === 'symlink' ? ' through a symbolic link' : c.via === 'unresolvable' ? ' (a symbolic link that cannot be resolved)' : '';
    problems.push({ input: name, message: `input "${name}": ${what} "${ref.given}" resolves outside the workspace${how} (allowed: paths inside ${displayPath(workspace, workspace)})` });
    return false;
  };
  const optionalPath = (name: InputName): PathRef | undefined => {
    const v = raw(name);
    if (v === '') return undefined;
    const ref = pathRef(v, workspace);
    inside(name, ref);
    return ref;
  };

  const config = optionalPath(Input.Config);
  const policy = optionalPath(Input.Policy);

  const traceFiles = splitList(raw(Input.TraceFile));
  for (const t of traceFiles) {
    const base = pathRef(globBase(t), workspace);
    if (!resolvesInside(workspace, base.path) || !containedIn(workspace, resolve(workspace, t))) {
      problems.push({ input: Input.TraceFile, message: `input "${Input.TraceFile}": "${t}" resolves outside the workspace (allowed: paths or globs inside the workspace)` });
    }
  }
  if (traceFiles.length > 0 && !config && !policy) {
    problems.push({ input: Input.TraceFile, message: `input "${Input.TraceFile}" needs "${Input.Config}" or "${Input.Policy}" (a trace alone gates nothing)` });
  }

  const bundles = splitList(raw(Input.Bundles));
  for (const b of bundles) {
    const base = pathRef(globBase(b), workspace);
    if (!resolvesInside(workspace, base.path) || !containedIn(workspace, resolve(workspace, b))) {
      problems.push({ input: Input.Bundles, message: `input "${Input.Bundles}": "${b}" resolves outside the workspace (allowed: globs inside the workspace)` });
    }
  }

  const packs: PackRef[] = [];
  for (const p of splitList(raw(Input.Pack), true)) {
    const looksLikePath = /[\\/]/.test(p) || /\.ya?ml$/i.test(p) || existsSync(resolve(workspace, p));
    if (looksLikePath) {
      const ref = pathRef(p, workspace);
      inside(Input.Pack, ref, 'pack path');
      packs.push({ kind: 'path', ref });
    } else packs.push({ kind: 'builtin', name: p });
  }
  if (packs.length === 0) packs.push({ kind: 'builtin', name: InputDefault.pack });

  const failOnRaw = raw(Input.FailOn) || InputDefault.failOn;
  const failOn: FailOn = parseFailOnValue(failOnRaw) ?? 'error';
  if (parseFailOnValue(failOnRaw) === null) problems.push({ input: Input.FailOn, message: `input "${Input.FailOn}": invalid value "${failOnRaw}" (allowed: ${FAIL_ON_VALUES.join(', ')})` });

  const category = raw(Input.Category);
  if (CONTROL.test(category)) problems.push({ input: Input.Category, message: `input "${Input.Category}" contains a control character (CR, LF or other); allowed: printable text` });

  const baselineKeyRaw = raw(Input.BaselineKey);
  if (CONTROL.test(baselineKeyRaw)) problems.push({ input: Input.BaselineKey, message: `input "${Input.BaselineKey}" contains a control character (CR, LF or other); allowed: printable text without ","` });
  if (baselineKeyRaw.includes(',')) problems.push({ input: Input.BaselineKey, message: `input "${Input.BaselineKey}" contains "," (not allowed in cache keys)` });

  // Everything the action writes lands in reports_dir or baseline_dir: both stay inside the workspace. A
  // refused reports_dir is replaced by a safe one so the input error itself is still reported.
  let reportsDir = pathRef(raw(Input.ReportsDir) || InputDefault.reportsDir, workspace);
  if (!inside(Input.ReportsDir, reportsDir, 'directory')) reportsDir = safeReportsDir(workspace, env);
  const baselineDir = pathRef(raw(Input.BaselineDir) || InputDefault.baselineDir, workspace);
  inside(Input.BaselineDir, baselineDir, 'directory');

  const deadlineRaw = raw(Input.DeadlineSeconds);
  let deadlineMs = InputDefault.deadlineSeconds * 1000;
  if (deadlineRaw !== '') {
    if (/^[1-9][0-9]{0,6}$/.test(deadlineRaw)) deadlineMs = Number(deadlineRaw) * 1000;
    else problems.push({ input: Input.DeadlineSeconds, message: `input "${Input.DeadlineSeconds}": invalid value "${deadlineRaw}" (allowed: a whole number of seconds, 1 to 9999999)` });
  }

  const inputs: ActionInputs = {
    ...(config ? { config } : {}),
    traceFiles,
    ...(policy ? { policy } : {}),
    strict: bool(Input.Strict, false),
    lenient: bool(Input.Lenient, false),
    bundles,
    packs,
    failOn,
    failOnLabel: failOnRaw,
    gateNewOnly: bool(Input.GateNewOnly, false),
    sarif: bool(Input.Sarif, true),
    category,
    matrix: raw(Input.Matrix),
    junit: bool(Input.Junit, true),
    reportsDir,
    commentDiff: bool(Input.CommentDiff, true),
    baselineKey: baselineKeyRaw || InputDefault.baselineKey,
    baselineDir,
    writeBaseline: bool(Input.WriteBaseline, false),
    uploadArtifacts: bool(Input.UploadArtifacts, true),
    token: raw(Input.Token),
    deadlineMs,
  };
  return { inputs, problems, retired: retiredInputs(env) };
}

/**
 * Where reports go when reports_dir was refused: the default directory when it is itself confined, else a
 * fresh directory in the runner's temp space (never a place the checkout controls).
 */
export function safeReportsDir(workspace: string, env: NodeJS.ProcessEnv = {}): PathRef {
  const dflt = pathRef(InputDefault.reportsDir, workspace);
  if (confine(workspace, dflt.path).inside) return dflt;
  const dir = mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), 'assay-reports-'));
  return { given: dir, path: dir, display: dir };
}

/** Inputs with safe defaults only (for the path where reading itself threw). */
export function fallbackInputs(workspace: string, env: NodeJS.ProcessEnv = {}): ActionInputs {
  return {
    traceFiles: [],
    strict: false,
    lenient: false,
    bundles: [],
    packs: [{ kind: 'builtin', name: InputDefault.pack }],
    failOn: 'error',
    failOnLabel: 'error',
    gateNewOnly: false,
    sarif: false,
    category: '',
    matrix: '',
    junit: true,
    reportsDir: safeReportsDir(workspace, env),
    commentDiff: false,
    baselineKey: InputDefault.baselineKey,
    baselineDir: pathRef(InputDefault.baselineDir, workspace),
    writeBaseline: false,
    uploadArtifacts: false,
    token: '',
    deadlineMs: InputDefault.deadlineSeconds * 1000,
  };
}
