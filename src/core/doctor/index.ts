// `assay doctor`: everything `validate` does, plus the environment (Node version, reports and
// cache directories), which tests lack judge/embedding values, a sniff of the trace for common shape
// mistakes, summaries of every input, and fixes it can apply (`--fix`).
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AssayError, type Diagnostic } from '../errors.js';
import { parseBaseline } from '../eval/baseline.js';
import { loadEvalConfig } from '../eval/load.js';
import type { EvalConfig } from '../eval/types.js';
import { readConfigFile } from '../gate/config-kind.js';
import { validate, type FileRef, type MissingValue, type ValidateOptions, type ValidateResult } from '../gate/validate.js';
import { validateEvalConfig } from '../gate/validate-eval.js';

export type { MissingValue } from '../gate/validate.js';
import { isReasonCode, shellCommand, type ReasonCode } from '../outcome/reason-codes.js';
import { loadPolicyFile, type Policy } from '../policy/index.js';
import { PATH_REGEX_TRAVERSAL } from '../policy/traversal-probe.js';
import { VERSION } from '../version.js';
import { applyKeyRenames, findKeyRenames, type KeyRename } from './typos.js';
import { sniffTrace } from './sniff.js';
import { findUtf8Problem, readTextStrict } from '../util/read-text.js';
import { makeDirs } from '../util/make-dirs.js';

export { editDistance, closestKey, findKeyRenames, applyKeyRenames, type KeyRename } from './typos.js';
export { sniffTrace } from './sniff.js';

export const MIN_NODE = [20, 19, 0] as const;

export interface DoctorOptions {
  config?: FileRef;
  /** The config was found by the default search (eval.yaml, assay.yaml, mcp-eval.yaml). */
  configFound?: boolean;
  policy?: FileRef;
  traces: FileRef[];
  baseline?: FileRef;
  replayStrict?: boolean;
  strict?: boolean;
  denyDeprecations?: boolean;
  /** `--lenient`: unknown keys are warnings. */
  lenient?: boolean;
  /** `process.versions.node` of the running process. */
  nodeVersion: string;
  reportsDir: FileRef;
  cacheDir: FileRef;
  validateEval?: ValidateOptions['validateEval'];
}

export type CheckStatus = 'ok' | 'warn' | 'error' | 'skipped';

export interface DoctorCheck {
  id: string;
  status: CheckStatus;
  message: string;
  fix?: string;
}

export interface PlannedFix {
  kind: 'rename_key' | 'create_dir';
  /** File to edit or directory to create (absolute). */
  path: string;
  display: string;
  description: string;
  before?: string;
  after?: string;
  renames?: KeyRename[];
}


export interface DoctorResult {
  validate: ValidateResult;
  checks: DoctorCheck[];
  /** validate's diagnostics plus doctor's own. */
  diagnostics: Diagnostic[];
  exitCode: 0 | 1 | 2 | 3;
  reasonCode: ReasonCode | '';
  summaries: {
    node: { version: string; ok: boolean; required: string };
    config: Record<string, unknown> | null;
    policy: Record<string, unknown> | null;
    trace: Record<string, unknown> | null;
    baseline: Record<string, unknown> | null;
    reports_dir: { path: string; exists: boolean; writable: boolean };
    cache: { path: string; exists: boolean; writable: boolean; judge_entries: number; embedding_entries: number };
  };
  missing: MissingValue[];
  fixes: PlannedFix[];
  suggestedActions: string[];
  policyCheck: 'ran' | 'skipped';
}

export function nodeVersionOk(v: string): boolean {
  const parts = v.replace(/^v/, '').split('.').map((x) => Number.parseInt(x, 10));
  for (let i = 0; i < 3; i++) {
    const a = parts[i] ?? 0;
    const b = MIN_NODE[i]!;
    if (a !== b) return a > b;
  }
  return true;
}

function writableDir(path: string): { exists: boolean; writable: boolean } {
  let p = path;
  let exists = false;
  try {
    exists = statSync(path).isDirectory();
  } catch {
    exists = false;
  }
  // A missing directory is writable when its nearest existing ancestor is.
  for (;;) {
    if (existsSync(p)) {
      try {
        if (!statSync(p).isDirectory()) return { exists, writable: false };
        accessSync(p, constants.W_OK);
        return { exists, writable: true };
      } catch {
        return { exists, writable: false };
      }
    }
    const up = dirname(p);
    if (up === p) return { exists, writable: false };
    p = up;
  }
}

function countJson(dir: string): number {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.json')).length;
  } catch {
    return 0;
  }
}

function policySummary(p: Policy, display: string): Record<string, unknown> {
  return {
    file: display,
    name: p.name,
    version: p.version,
    spelling: p.spelling.legacy ? 'legacy v1' : p.spelling.short ? 'short form' : 'v2',
    allow: p.tools.allow?.entries.map((e) => e.pattern) ?? null,
    deny: p.tools.deny.entries.map((e) => e.pattern),
    schemas: [...p.schemas.keys()],
    unconstrained_tools: p.enforcement.unconstrainedTools,
    sequences: p.sequences.map((r) => r.ruleId),
  };
}


/** validate's eval branch with doctor's own cache directory, when the caller brings no hook of its own. */
function defaultEvalHook(o: DoctorOptions): NonNullable<ValidateOptions['validateEval']> {
  return (config, ctx) =>
    validateEvalConfig(config, {
      traces: ctx.traces,
      strict: ctx.strict,
      replayStrict: o.replayStrict === true,
      denyDeprecations: o.denyDeprecations === true,
      ...(o.lenient ? { lenient: true } : {}),
      cwd: dirname(config.path),
      cacheDir: o.cacheDir.path,
      // the baseline is checked below, where doctor also summarises it
    });
}
const ORDER: Record<number, number> = { 2: 0, 3: 1, 1: 2, 0: 3 };

export async function runDoctor(o: DoctorOptions): Promise<DoctorResult> {
  const checks: DoctorCheck[] = [];
  const own: Diagnostic[] = [];
  const fixes: PlannedFix[] = [];

  // Node.
  const nodeOk = nodeVersionOk(o.nodeVersion);
  checks.push({ id: 'node', status: nodeOk ? 'ok' : 'warn', message: `Node ${o.nodeVersion} (required ≥ ${MIN_NODE.join('.')})`, ...(nodeOk ? {} : { fix: 'Install Node.js 20.19 or later (nvm install 20)' }) });
  if (!nodeOk) own.push({ code: 'W_NODE_VERSION', severity: 'warning', message: `Node ${o.nodeVersion} is older than the supported ${MIN_NODE.join('.')}`, source: 'cli' });

  // Everything validate does.
  const v = await validate({
    ...(o.config ? { config: o.config } : {}),
    ...(o.policy ? { policy: o.policy } : {}),
    traces: o.traces,
    strict: o.strict ?? false,
    denyDeprecations: o.denyDeprecations ?? false,
    lenient: o.lenient === true,
    validateEval: o.validateEval ?? defaultEvalHook(o),
  });
  const policyCheck: DoctorResult['policyCheck'] = o.config || o.policy ? 'ran' : 'skipped';

  // Summaries of the inputs, and the typo fixes for config and policy.
  let configSummary: Record<string, unknown> | null = null;
  let policySum: Record<string, unknown> | null = null;
  let evalConfig: EvalConfig | undefined;
  const renameTargets: Array<{ ref: FileRef; kind: 'policy' | 'eval' }> = [];
  if (o.config) {
    try {
      const cf = readConfigFile(o.config.path, o.config.display);
      configSummary = { file: o.config.display, kind: cf.kind, found_by_search: o.configFound === true };
      renameTargets.push({ ref: o.config, kind: cf.kind });
      if (cf.kind === 'eval') {
        try {
          evalConfig = loadEvalConfig(o.config.path, o.config.display, { ...(o.denyDeprecations ? { denyDeprecations: true } : {}), ...(o.lenient ? { lenient: true } : {}) }).config;
          configSummary.suite = evalConfig.suite;
          configSummary.model = evalConfig.model;
          configSummary.tests = evalConfig.tests.length;
          configSummary.policies = evalConfig.policyFiles.map((p) => p.display);
        } catch {
          // Its errors are already in validate's diagnostics.
        }
      }
      checks.push({ id: 'config', status: v.diagnostics.some((d) => d.severity === 'error' && d.file === o.config!.display) ? 'error' : 'ok', message: `Config: ${o.config.display} (${cf.kind === 'eval' ? 'eval config' : 'policy'})` });
    } catch (e) {
      checks.push({ id: 'config', status: 'error', message: `Config: ${o.config.display}: ${(e as Error).message}` });
    }
  } else if (!o.policy) {
    checks.push({ id: 'config', status: 'skipped', message: 'Config: none given and no eval.yaml, assay.yaml or mcp-eval.yaml here', fix: 'Run: assay init to create a config file' });
  }
  const policyRef = o.policy ?? (configSummary?.kind === 'policy' ? o.config : undefined);
  if (policyRef) {
    try {
      const p = loadPolicyFile(policyRef.path, policyRef.display, { lenient: o.lenient === true });
      policySum = policySummary(p.policy, policyRef.display);
      const legacy = p.policy.spelling.legacy;
      checks.push({ id: 'policy', status: legacy ? 'warn' : 'ok', message: `Policy: ${policyRef.display} (${String(policySum.spelling)})`, ...(legacy ? { fix: `Run: ${shellCommand(['assay', 'migrate', '--policy', policyRef.display])}` } : {}) });
    } catch (e) {
      checks.push({ id: 'policy', status: 'error', message: `Policy: ${policyRef.display}: ${(e as Error).message}` });
    }
    if (o.policy) renameTargets.push({ ref: o.policy, kind: 'policy' });
  }
  // validate probed every path regex; doctor lists each as a check with its fix.
  for (const d of v.diagnostics) {
    if (d.code !== PATH_REGEX_TRAVERSAL) continue;
    checks.push({ id: 'path_regex', status: 'warn', message: `${d.file}:${d.line}:${d.col}: ${d.message}`, fix: 'Constrain path arguments with within: [<folder>, …] instead of a regex (docs/authoring.md, "Path arguments")' });
  }
  for (const t of renameTargets) {
    let text: string;
    try {
      // A rename writes the file back: never from a lossy decode (validate reports the bad byte).
      const bytes = readFileSync(t.ref.path);
      if (findUtf8Problem(bytes)) continue;
      text = bytes.toString('utf8');
    } catch {
      continue;
    }
    const renames = findKeyRenames(text, t.ref.display, t.kind);
    if (!renames.length) continue;
    const after = applyKeyRenames(text, renames);
    if (!after.applied.length) continue;
    fixes.push({
      kind: 'rename_key',
      path: t.ref.path,
      display: t.ref.display,
      description: after.applied.map((r) => `rename "${r.from}" to "${r.to}" at ${t.ref.display}:${r.line}:${r.col}`).join('; '),
      before: text,
      after: after.text,
      renames: after.applied,
    });
    for (const r of after.applied) checks.push({ id: 'typo', status: 'warn', message: `${t.ref.display}:${r.line}:${r.col}: unknown key "${r.from}" looks like "${r.to}"`, fix: 'Run: assay doctor --fix' });
  }

  // Traces: summary and the shape sniff.
  let traceSummary: Record<string, unknown> | null = null;
  if (v.stats) traceSummary = { files: o.traces.map((t) => t.display), ...v.stats };
  for (const t of o.traces) {
    if (!existsSync(t.path)) continue;
    for (const d of sniffTrace(t.path, t.display)) {
      own.push(d);
      checks.push({ id: 'trace_shape', status: 'warn', message: `${d.file}:${d.line}: ${d.message}`, fix: 'Write tool calls as tool_calls: [{type: "function", function: {name, arguments}}]' });
    }
  }
  if (o.traces.length) checks.push({ id: 'trace', status: v.diagnostics.some((d) => d.severity === 'error' && d.source === 'trace') ? 'error' : 'ok', message: `Trace: ${o.traces.map((t) => t.display).join(', ')}${v.stats ? ` (${v.stats.calls} calls in ${v.stats.episodes} entries)` : ''}` });
  else if (evalConfig?.model === 'trace') {
    checks.push({ id: 'trace', status: 'warn', message: 'Trace: the config uses model: trace but no --trace-file was given', fix: 'Pass the trace with --trace-file (run and ci need it)' });
  }

  // Judge/embedding values the tests need (as validate checks them).
  const cache = writableDir(o.cacheDir.path);
  const cacheSummary = { path: o.cacheDir.display, ...cache, judge_entries: countJson(`${o.cacheDir.path}/judge`), embedding_entries: countJson(`${o.cacheDir.path}/embeddings`) };
  // validate reported the W_EVAL_CACHE_MISS / E_REPLAY_STRICT_MISSING diagnostics; doctor adds the check line.
  const missing = v.missingValues;
  checks.push({
    id: 'cache',
    status: missing.length ? 'warn' : 'ok',
    message: `Cache: ${o.cacheDir.display} (${cache.exists ? `${cacheSummary.judge_entries} judge, ${cacheSummary.embedding_entries} embedding entries` : 'not created yet'}${missing.length ? `; ${missing.length} test(s) lack values: ${missing.map((m) => m.test_id).join(', ')}` : ''})`,
    ...(missing.length ? { fix: 'Record them once: assay run --record --judge openai --embedder openai, then commit .assay/cache' } : {}),
  });

  // Reports directory.
  const reports = writableDir(o.reportsDir.path);
  if (!reports.writable) {
    own.push({ code: 'E_IO_ERROR', severity: 'error', source: 'cli', message: `reports directory ${o.reportsDir.display} is not writable`, file: o.reportsDir.display });
    checks.push({ id: 'reports_dir', status: 'error', message: `Reports: ${o.reportsDir.display} is not writable`, fix: `Make ${o.reportsDir.display} writable or pass --out-dir` });
  } else if (!reports.exists) {
    checks.push({ id: 'reports_dir', status: 'ok', message: `Reports: ${o.reportsDir.display} (created on the first run)` });
    fixes.push({ kind: 'create_dir', path: o.reportsDir.path, display: o.reportsDir.display, description: `create directory ${o.reportsDir.display}` });
  } else checks.push({ id: 'reports_dir', status: 'ok', message: `Reports: ${o.reportsDir.display} (writable)` });
  if (!cache.exists && cache.writable && (evalConfig?.tests.some((t) => t.expected && ['faithfulness', 'relevance', 'semantic_similarity_to'].includes(t.expected.kind)) ?? false)) {
    fixes.push({ kind: 'create_dir', path: o.cacheDir.path, display: o.cacheDir.display, description: `create directory ${o.cacheDir.display}` });
  }

  // Baseline (as validate checks it).
  let baselineSummary: Record<string, unknown> | null = null;
  if (o.baseline) {
    if (!existsSync(o.baseline.path)) {
      own.push({ code: 'E_PATH_NOT_FOUND', severity: 'error', source: 'cli', message: `Baseline file not found: ${o.baseline.display}`, file: o.baseline.display });
    } else {
      try {
        const bytes = o.config ? readFileSync(o.config.path) : undefined;
        const b = parseBaseline(readTextStrict(o.baseline.path, o.baseline.display, 'E_BASELINE_INVALID', { source: 'baseline' }), o.baseline.display, { suite: evalConfig?.suite ?? 'policy', assayVersion: VERSION, ...(bytes ? { configBytes: bytes } : {}) });
        own.push(...b.warnings);
        baselineSummary = { file: o.baseline.display, suite: b.baseline?.suite ?? null, entries: b.baseline?.entries.length ?? 0 };
      } catch (e) {
        const at = e instanceof AssayError && e.context.line !== undefined ? { line: e.context.line, col: e.context.col ?? 1 } : {};
        own.push({ code: 'E_BASE_MISMATCH', severity: 'error', source: 'baseline', message: (e as Error).message, file: o.baseline.display, ...at });
      }
    }
  }
  if (policyCheck === 'skipped') checks.push({ id: 'policy_check', status: 'skipped', message: 'Policy Check: SKIPPED (no config and no --policy)' });

  // Outcome: validate's classes, plus I/O (3); precedence 2 > 3 > 1 > 0.
  const diagnostics = [...v.diagnostics, ...own];
  const candidates: Array<{ exit: 0 | 1 | 2 | 3; code: ReasonCode | '' }> = [{ exit: v.exitCode, code: v.reasonCode }];
  const ownError = own.find((d) => d.severity === 'error' && d.code !== 'E_IO_ERROR');
  if (ownError) candidates.push({ exit: 2, code: isReasonCode(ownError.code) ? ownError.code : 'E_CFG_PARSE' });
  if (own.some((d) => d.code === 'E_IO_ERROR')) candidates.push({ exit: 3, code: 'E_IO_ERROR' });
  candidates.sort((a, b) => ORDER[a.exit]! - ORDER[b.exit]!);
  const outcome = candidates[0]!;

  const suggestedActions = [...new Set(checks.filter((c) => c.fix && c.status !== 'ok').map((c) => c.fix!))];
  return {
    validate: v,
    checks,
    diagnostics,
    exitCode: outcome.exit,
    reasonCode: outcome.code,
    summaries: {
      node: { version: o.nodeVersion, ok: nodeOk, required: MIN_NODE.join('.') },
      config: configSummary,
      policy: policySum,
      trace: traceSummary,
      baseline: baselineSummary,
      reports_dir: { path: o.reportsDir.display, ...reports },
      cache: cacheSummary,
    },
    missing,
    fixes,
    suggestedActions,
    policyCheck,
  };
}

/** Apply planned fixes (file edits, directories). Returns what was done, one line each. */
export function applyFixes(fixes: readonly PlannedFix[]): string[] {
  const done: string[] = [];
  for (const f of fixes) {
    if (f.kind === 'create_dir') {
      makeDirs(f.path);
      done.push(`Created ${f.display}`);
    } else if (f.after !== undefined) {
      writeFileSync(f.path, f.after);
      done.push(`Fixed ${f.display}: ${f.description}`);
    }
  }
  return done;
}
