// The eval side of `run` / `ci`: the EvalPlugin that gate-run drives. It loads
// eval.yaml (and the --baseline), binds trace entries to tests while the trace streams (keeping only
// entries some test names), then evaluates in seeded order, records missing judge/embedding values
// when asked, compares with the baseline, applies quarantine, and turns rows into findings, the JUnit
// config suite, the eval verdict and the baseline to export.
import { readFileSync } from 'node:fs';
import type { Diagnostic } from '../errors.js';
import {
  buildBaseline,
  compareWithBaseline,
  decideGateOutcome,
  evaluateSuite,
  judgeMetrics,
  loadBaseline,
  loadEvalConfig,
  makeEvalContext,
  serializeBaseline,
  stubBinding,
  bindTest,
  type BaselineFinding,
  type Binding,
  type EvalBaseline,
  type EvalConfig,
  type EvalTest,
  type Provider,
  type ResultRow,
  type RunErrorKind,
} from '../eval/index.js';
import type { GitInfo } from '../eval/baseline.js';
import { ambiguousBindingMessage, emptyBindingIndex, indexEntry, type BindingIndex } from '../eval/bind.js';
import { junitRow, rowFindingDrafts } from '../eval/findings.js';
import { isQuarantined, quarantineRow } from '../eval/quarantine.js';
import { recordMissing, type ModelClient } from '../eval/record.js';
import type { FindingDraft } from '../report/finding.js';
import type { TraceEntry } from '../trace/types.js';
import type { ConfigFile } from './config-kind.js';
import type { EvalOutcome, EvalPlugin, EvalRunInfo, EvalSession } from './gate-run.js';
import type { FileRef } from './validate.js';

export interface EvalSessionOptions {
  assayVersion: string;
  /** Working directory (W_PATH_CWD_RELATIVE fallback). */
  cwd: string;
  denyDeprecations?: boolean;
  /** `--lenient`: unknown keys are warnings. */
  lenient?: boolean;
  allowIneffectiveAssertions?: boolean;
  /** Absolute eval cache directory (`--cache-dir`, env ASSAY_CACHE_DIR, default `.assay/cache`). */
  cacheDir?: string;
  /** `--no-cache`. */
  noCache?: boolean;
  replayStrict?: boolean;
  judge?: Provider;
  embedder?: Provider;
  judgeModel?: string;
  embeddingModel?: string;
  /** `--judge-samples` (default `settings.judge.samples`). */
  judgeSamples?: number;
  /** `--record`: fill cache misses through this client before evaluating. */
  record?: { client: ModelClient; temperature?: number };
  /** `--baseline`: compare scores with it. */
  baseline?: FileRef;
  /** Build the baseline document of this run (for `--export-baseline` and ci's eval-baseline.json). */
  exportBaseline?: boolean;
  /** `created_at` of an exported baseline (the caller applies reproducible mode). */
  createdAt?: string;
  gitInfo?: GitInfo;
  /** Monotonic ms for `duration_ms`; absent → 0. */
  now?: () => number;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function formatWarning(d: Diagnostic): string {
  const where = d.file ? `${d.file}${d.line !== undefined ? `:${d.line}:${d.col ?? 1}` : ''}: ` : '';
  return `${d.code}: ${where}${d.message}`;
}

/** The EvalPlugin of run/ci. */
export function createEvalPlugin(o: EvalSessionOptions): EvalPlugin {
  return {
    load(cf: ConfigFile): EvalSession {
      const { config, diagnostics } = loadEvalConfig(cf.path, cf.display, {
        cwd: o.cwd,
        ...(o.denyDeprecations !== undefined ? { denyDeprecations: o.denyDeprecations } : {}),
        ...(o.lenient ? { lenient: true } : {}),
        ...(o.allowIneffectiveAssertions !== undefined ? { allowIneffectiveAssertions: o.allowIneffectiveAssertions } : {}),
      });
      const warnings = diagnostics.filter((d) => d.severity !== 'error');
      let baseline: EvalBaseline | undefined;
      if (o.baseline) {
        const loaded = loadBaseline(o.baseline.path, o.baseline.display, {
          suite: config.suite,
          assayVersion: o.assayVersion,
          configBytes: readFileSync(cf.path),
        });
        baseline = loaded.baseline;
        warnings.push(...loaded.warnings);
      }
      return new Session(config, o, warnings, baseline);
    },
  };
}

class Session implements EvalSession {
  readonly suite: string;
  readonly orderSeed: string;
  readonly needsTrace: boolean;
  /** Prompt → ids of the tests with that prompt (config order); id → test. */
  private readonly testsByPrompt = new Map<string, string[]>();
  private readonly testIds = new Set<string>();
  /** Retained entries: only those some test names (the binding rules are ../eval/bind.ts). */
  private readonly index: BindingIndex = emptyBindingIndex();
  private readonly wanted = {
    prompt: (p: string) => this.testsByPrompt.has(p),
    id: (id: string) => this.testIds.has(id),
  };

  constructor(
    private readonly config: EvalConfig,
    private readonly o: EvalSessionOptions,
    readonly warnings: Diagnostic[],
    private readonly baseline: EvalBaseline | undefined,
  ) {
    this.suite = config.suite;
    this.orderSeed = config.seed;
    this.needsTrace = config.model === 'trace';
    for (const t of config.tests) {
      const ids = this.testsByPrompt.get(t.prompt);
      if (ids) ids.push(t.id);
      else this.testsByPrompt.set(t.prompt, [t.id]);
      this.testIds.add(t.id);
    }
  }

  onEntry(entry: TraceEntry): string | undefined {
    const hit = indexEntry(this.index, entry, this.wanted);
    const byPrompt = hit.prompt && entry.prompt !== undefined ? this.testsByPrompt.get(entry.prompt)?.[0] : undefined;
    const byId = hit.id ? entry.binding_id : undefined;
    // A placeholder prompt names no entry for sure (another may carry it): the id is the better name.
    return entry.shared_prompt === true ? (byId ?? byPrompt) : (byPrompt ?? byId);
  }

  async finish(info: { traced: boolean }): Promise<EvalOutcome> {
    const { config, o } = this;
    const ctx = makeEvalContext(config, {
      assayVersion: o.assayVersion,
      ...(o.cacheDir !== undefined ? { cacheDir: o.cacheDir } : {}),
      noCache: o.noCache ?? false,
      replayStrict: o.replayStrict ?? false,
      judge: o.judge ?? 'none',
      embedder: o.embedder ?? 'none',
      ...(o.judgeModel !== undefined ? { judgeModel: o.judgeModel } : {}),
      ...(o.embeddingModel !== undefined ? { embeddingModel: o.embeddingModel } : {}),
      ...(o.judgeSamples !== undefined ? { judgeSamples: o.judgeSamples } : {}),
      ...(o.now ? { now: o.now } : {}),
    });
    const diagnostics: Diagnostic[] = [];
    const stub = !info.traced && config.model !== 'trace';
    if (stub) {
      diagnostics.push({
        code: 'W_NO_TRACE_STUB',
        severity: 'warning',
        message: `no --trace-file: every response is the fixed stub "passed" (model "${config.model}"); no model is called`,
        file: config.file,
        source: 'config',
      });
    }
    const index = this.index;
    const bind = (t: EvalTest): Binding | undefined => (stub ? stubBinding(t, config.model) : bindTest(t, index));

    // Recording (--record): live calls for misses only, written to the cache before evaluating.
    let recorded: EvalRunInfo['recorded'];
    let preErrors: Map<string, { kind: RunErrorKind; message: string }> | undefined;
    if (o.record) {
      if (!ctx.values.useCache || ctx.values.cacheDir === undefined) {
        diagnostics.push({
          code: 'W_RECORD_NO_CACHE',
          severity: 'warning',
          message: '--record has nothing to write: the eval cache is off (settings.cache: false or --no-cache)',
          source: 'config',
          file: config.file,
        });
      } else {
        const r = await recordMissing(config.tests, bind, {
          values: ctx.values,
          client: o.record.client,
          timeoutMs: config.settings.timeout_seconds * 1000,
          temperature: o.record.temperature ?? 0,
          tieBreak: config.settings.judge.reliability.tie_break,
          parallel: config.settings.parallel,
        });
        recorded = { ...r.written, cacheDir: ctx.values.cacheDir };
        preErrors = r.errors;
      }
    }

    // A test whose prompt is an ambiguous placeholder (and whose id binds nothing) is an input error.
    if (!stub) {
      for (const t of config.tests) {
        const message = ambiguousBindingMessage(t, index);
        if (message === undefined) continue;
        preErrors ??= new Map();
        if (!preErrors.has(t.id)) preErrors.set(t.id, { kind: 'trace_invalid', message });
      }
    }

    const suite = evaluateSuite(config, bind, ctx, preErrors ? { preErrors } : {});
    const testById = new Map(config.tests.map((t) => [t.id, t]));

    // Baseline comparison, then quarantine (reported, never gating).
    let rows: ResultRow[] = suite.rows;
    const baselineFindings = new Map<string, BaselineFinding[]>();
    if (this.baseline) {
      const c = compareWithBaseline(rows, config.tests, this.baseline, config.settings.thresholding);
      rows = c.rows;
      for (const f of c.findings) {
        const list = baselineFindings.get(f.test_id) ?? [];
        list.push(f);
        baselineFindings.set(f.test_id, list);
      }
      diagnostics.push(...c.warnings.map((w) => ({ ...w, ...(o.baseline ? { file: o.baseline.display } : {}) })));
    }
    const quarantined: EvalRunInfo['quarantined'] = [];
    rows = rows.map((row) => {
      const test = testById.get(row.test_id);
      if (!test || !isQuarantined(test)) return row;
      const q = quarantineRow(row);
      if (q !== row) quarantined.push({ test_id: row.test_id, status: row.status, message: row.message });
      return q;
    });
    for (const q of quarantined) {
      diagnostics.push({
        code: 'W_TEST_QUARANTINED',
        severity: 'warning',
        message: `test '${q.test_id}' is quarantined: its result (${q.status}: ${q.message}) does not gate`,
        source: 'config',
        file: config.file,
        ...(testById.get(q.test_id) ? { line: testById.get(q.test_id)!.pos.test.line, col: testById.get(q.test_id)!.pos.test.col } : {}),
      });
    }

    // Findings, in test-id order (fingerprint occurrences are then deterministic).
    const drafts: FindingDraft[] = [];
    for (const row of rows) {
      const test = testById.get(row.test_id);
      const evaluated = suite.evaluated.get(row.test_id);
      if (!test || !evaluated) continue;
      const binding = stub ? undefined : bindTest(test, index);
      drafts.push(
        ...rowFindingDrafts({
          test,
          evaluated,
          ...(binding ? { entry: binding.entry } : {}),
          baseline: baselineFindings.get(row.test_id) ?? [],
          configUri: config.file,
        }),
      );
    }

    const outcome = decideGateOutcome({ rows, blockOnWarn: false, strict: false });
    // Without findings or strict mode, decideGateOutcome answers for the eval rows only; findings are gate-run's.
    const verdict =
      outcome.exitCode !== 0 && outcome.reasonCode !== ''
        ? { exitCode: outcome.exitCode, reasonCode: outcome.reasonCode, message: outcome.message, ...(outcome.firstTestId !== undefined ? { testId: outcome.firstTestId } : {}) }
        : null;

    const notExercised = suite.warnings.filter((w) => w.code === 'W_METRIC_NOT_EXERCISED').map(formatWarning);
    const jm = judgeMetrics(rows);
    const baselineText = o.exportBaseline
      ? serializeBaseline(
          buildBaseline(rows, {
            suite: config.suite,
            assayVersion: o.assayVersion,
            createdAt: o.createdAt ?? '1970-01-01T00:00:00Z',
            configFingerprint: config.digest,
            ...(o.gitInfo ? { gitInfo: o.gitInfo } : {}),
          }),
        )
      : undefined;

    return {
      rows,
      drafts,
      configSuite: { name: config.suite, rows: rows.map((r) => junitRow(r, testById.get(r.test_id), baselineFindings.get(r.test_id) ?? [])) },
      verdict,
      warnings: [...suite.warnings.filter((w) => w.code !== 'W_METRIC_NOT_EXERCISED').map(formatWarning), ...notExercised],
      diagnostics,
      ...(jm ? { judgeMetrics: jm } : {}),
      blockOnWarn: config.thresholds.block_on_warn,
      warnRows: rows.filter((r) => r.status === 'warn').length,
      ...(baselineText !== undefined ? { baselineText } : {}),
      info: {
        configVersion: config.configVersion,
        seedDerived: config.seedDerived,
        tests: config.tests.length,
        quarantined: quarantined.sort((a, b) => cmp(a.test_id, b.test_id)),
        notExercised,
        ...(recorded ? { recorded } : {}),
      },
    };
  }
}
