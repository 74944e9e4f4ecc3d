// validate's eval-config steps: load with every diagnostic, bind every test to the
// trace (trace misses with a "did you mean"), judge/embedding availability, an args_valid/sequence_valid
// preview, and the baseline. The evaluation is the same engine `run` uses, so validate never disagrees
// with the gate about what a test would see.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { AssayError, type Diagnostic } from '../errors.js';
import { collectEvalConfig, loadBaseline, type EvalConfig } from '../eval/index.js';
import { finalizeFindings } from '../report/finding.js';
import { isQuarantinedRow } from '../eval/quarantine.js';
import { readTraceInput, type TraceStats } from '../trace/index.js';
import { VERSION } from '../version.js';
import { createEvalPlugin } from './eval-session.js';
import type { TraceRef } from './policy-run.js';
import type { EvalValidation, FileRef, MissingValue } from './validate.js';

const JUDGE_KINDS = new Set(['faithfulness', 'relevance']);

export interface ValidateEvalOptions {
  traces: TraceRef[];
  strict: boolean;
  replayStrict: boolean;
  denyDeprecations: boolean;
  /** `--lenient`: unknown keys are warnings. */
  lenient?: boolean;
  cwd: string;
  cacheDir?: string;
  baseline?: FileRef;
}

/** Normalised Levenshtein similarity in [0, 1] (1 = equal), on code units; bounded input for speed. */
export function similarity(a: string, b: string): number {
  a = a.slice(0, 500).toLowerCase();
  b = b.slice(0, 500).toLowerCase();
  if (a === b) return 1;
  const m = a.length;
  const n = b.length;
  if (!m || !n) return 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return 1 - prev[n]! / Math.max(m, n);
}

function closest(prompt: string, prompts: readonly string[]): { prompt: string; score: number } | undefined {
  let best: { prompt: string; score: number } | undefined;
  for (const p of prompts) {
    const score = similarity(prompt, p);
    if (!best || score > best.score) best = { prompt: p, score };
  }
  return best && best.score >= 0.55 ? best : undefined;
}

export async function validateEvalConfig(config: FileRef, o: ValidateEvalOptions): Promise<EvalValidation> {
  const bytes = readFileSync(config.path);
  const loaded = collectEvalConfig(bytes.toString('utf8'), config.display, dirname(config.path), { denyDeprecations: o.denyDeprecations, cwd: o.cwd, ...(o.lenient ? { lenient: true } : {}) }, bytes);
  const diagnostics: Diagnostic[] = [...loaded.diagnostics];
  const cfg: EvalConfig | undefined = loaded.config;
  if (!cfg) return { diagnostics, findings: [], policies: [] };

  // 8. Baseline: unreadable or for another suite.
  if (o.baseline) {
    try {
      loadBaseline(o.baseline.path, o.baseline.display, { suite: cfg.suite, assayVersion: VERSION, configBytes: bytes });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      diagnostics.push({ code: 'E_BASE_MISMATCH', severity: 'error', source: 'baseline', message, file: o.baseline.display });
    }
  }
  if (!o.traces.length) {
    if (cfg.model === 'trace') {
      diagnostics.push({ code: 'W_NO_TRACE', severity: 'note', source: 'config', message: 'model is "trace": give --trace-file to check that every test binds to an entry', file: config.display });
    }
    return { diagnostics, findings: [], policies: cfg.policyFiles.map((p) => p.display) };
  }

  const session = createEvalPlugin({
    assayVersion: VERSION,
    cwd: o.cwd,
    denyDeprecations: o.denyDeprecations,
    ...(o.lenient ? { lenient: true } : {}),
    replayStrict: o.replayStrict,
    ...(o.cacheDir ? { cacheDir: o.cacheDir } : {}),
  }).load({ kind: 'eval', path: config.path, display: config.display, text: bytes.toString('utf8') });
  const prompts: string[] = [];
  let stats: TraceStats | undefined;
  try {
    stats = await readTraceInput(
      o.traces.map((t) => ({ path: t.path, displayPath: t.display })),
      {
        onEntry(entry) {
          if (entry.prompt !== undefined && prompts.length < 10_000) prompts.push(entry.prompt);
          session.onEntry(entry);
        },
        onDiagnostic(d) {
          diagnostics.push(d);
        },
      },
      { strict: o.strict },
    );
  } catch (e) {
    if (!(e instanceof AssayError)) throw e;
    diagnostics.push(...(e.diagnostics.length ? e.diagnostics : [{ code: e.reasonCode, severity: 'error' as const, message: e.message, source: e.source }]));
    return { diagnostics, findings: [], policies: cfg.policyFiles.map((p) => p.display), traceRead: { failed: true } };
  }
  const outcome = await session.finish({ traced: true });
  // The session's own warnings (W_TEST_QUARANTINED: what a quarantined test would have been).
  diagnostics.push(...(outcome.diagnostics ?? []));
  const byId = new Map(cfg.tests.map((t) => [t.id, t]));
  const missing: MissingValue[] = [];
  for (const row of outcome.rows) {
    // A quarantined test never changes the verdict, here as in run/ci (its W_TEST_QUARANTINED says why).
    if (isQuarantinedRow(row)) continue;
    const test = byId.get(row.test_id);
    const pos = test ? { file: config.display, line: test.pos.input.line, col: test.pos.input.col } : { file: config.display };
    const kind = Object.keys(row.details.metrics)[0] ?? test?.expected?.kind ?? '';
    switch (row.details.run_error_kind) {
      case 'trace_miss': {
        const near = test ? closest(test.prompt, prompts) : undefined;
        diagnostics.push({
          code: 'E_TRACE_MISS',
          severity: 'error',
          source: 'trace',
          message: near ? `${row.message}; did you mean '${near.prompt}'? (similarity: ${near.score.toFixed(2)})` : row.message,
          ...pos,
          context: { test_id: row.test_id, prompt: test?.prompt ?? null, closest_match: near?.prompt ?? null, trace_file: o.traces[0]?.display ?? null },
        });
        break;
      }
      case 'judge_unavailable':
      case 'replay_missing':
        missing.push({ test_id: row.test_id, kind, requirement: JUDGE_KINDS.has(kind) ? 'judge' : 'embedding', message: row.message });
        if (!o.replayStrict) {
          diagnostics.push({ code: 'W_EVAL_CACHE_MISS', severity: 'warning', source: 'trace', message: `test '${row.test_id}': ${kind} value in neither the trace nor the cache (run would exit 3)`, ...pos, context: { test_id: row.test_id } });
        }
        break;
      case 'trace_invalid':
        diagnostics.push({ code: 'E_TRACE_INVALID', severity: 'error', source: 'trace', message: row.message, ...pos });
        break;
      default:
        break;
    }
  }
  if (missing.length && o.replayStrict) {
    diagnostics.push({
      code: 'E_REPLAY_STRICT_MISSING',
      severity: 'error',
      source: 'trace',
      message: `${missing.length} judge/embedding value(s) are not in the trace (--replay-strict)`,
      file: config.display,
      context: {
        missing: missing.map((m) => ({
          requirement: m.requirement,
          needed_by: m.test_id,
          meta_path: m.requirement === 'judge' ? `meta.assay.judge.${m.kind}` : 'meta.assay.embeddings',
        })),
      },
    });
  }
  // 7. Policy preview: what args_valid / sequence_valid tests would report.
  const preview = outcome.drafts.filter((d) => d.rule_id === 'test/args_valid' || d.rule_id === 'test/sequence_valid');
  return {
    diagnostics,
    findings: finalizeFindings(preview),
    policies: cfg.policyFiles.map((p) => p.display),
    missing,
    ...(stats ? { stats } : {}),
    traceRead: { failed: false },
  };
}
