// Bridges the eval engine into `run` / `ci`: turns the eval flags and the environment (read here, never
// in core) into the options of the core EvalPlugin, and builds the live client for `--record`.
import { resolve } from 'node:path';
import type { EvalPlugin } from '../src/core/gate/gate-run.js';
import { createEvalPlugin } from '../src/core/gate/eval-session.js';
import { InfraError, UsageError } from '../src/core/errors.js';
import type { Provider } from '../src/core/eval/index.js';
import type { GitInfo } from '../src/core/eval/baseline.js';
import { VERSION } from '../src/core/version.js';
import { fileRef } from './paths.js';
import { DEFAULT_OPENAI_BASE_URL, OpenAiClient } from './record/openai.js';

export const DEFAULT_CACHE_DIR = '.assay/cache';

export interface EvalPluginContext {
  flags: Record<string, unknown>;
  cwd: string;
  reproducible: boolean;
  command: 'run' | 'ci';
  env?: NodeJS.ProcessEnv;
  /** Injected for tests (live client). */
  fetch?: typeof fetch;
}

function usage(message: string): never {
  throw new UsageError('E_INVALID_ARGS', message, { source: 'cli' });
}

function provider(flag: string, value: unknown): Provider {
  // `--no-judge` shares the attribute with `--judge <name>` and sets it to false.
  if (value === undefined || value === false) return 'none';
  if (value === 'none' || value === 'openai' || value === 'fake') return value;
  usage(`invalid --${flag} "${String(value)}" (allowed: none, openai, fake)`);
}

function optString(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}

/** `created_at` of exported baselines: SOURCE_DATE_EPOCH (or the epoch) in reproducible mode, else now. */
export function baselineCreatedAt(reproducible: boolean, env: NodeJS.ProcessEnv): string {
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
  if (reproducible) {
    const s = env.SOURCE_DATE_EPOCH;
    return iso(s !== undefined && /^\d+$/.test(s) ? Number(s) * 1000 : 0);
  }
  return iso(Date.now());
}

function gitInfo(env: NodeJS.ProcessEnv): GitInfo | undefined {
  if (!env.GITHUB_SHA) return undefined;
  return {
    commit: env.GITHUB_SHA,
    ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
    dirty: false,
    ...(env.GITHUB_ACTOR ? { author: env.GITHUB_ACTOR } : {}),
  };
}

export function evalPlugin(ctx: EvalPluginContext): EvalPlugin {
  const { flags, cwd } = ctx;
  const env = ctx.env ?? process.env;
  const judge = provider('judge', flags.judge);
  const embedder = provider('embedder', flags.embedder);
  let judgeSamples: number | undefined;
  if (flags.judgeSamples !== undefined) {
    const s = String(flags.judgeSamples);
    if (!/^[1-9]\d{0,2}$/.test(s)) usage(`invalid --judge-samples "${s}" (a whole number from 1 to 999)`);
    judgeSamples = Number(s);
  }
  let temperature = 0;
  if (flags.judgeTemperature !== undefined) {
    const t = Number(flags.judgeTemperature);
    if (String(flags.judgeTemperature).trim() === '' || !Number.isFinite(t) || t < 0 || t > 2) usage(`invalid --judge-temperature "${String(flags.judgeTemperature)}" (0 to 2)`);
    temperature = t;
  }
  const noCache = flags.cache === false;
  const replayStrict = flags.replayStrict === true;
  const cacheDir = resolve(cwd, optString(flags.cacheDir) ?? optString(env.ASSAY_CACHE_DIR) ?? DEFAULT_CACHE_DIR);

  let record: { client: OpenAiClient; temperature: number } | undefined;
  if (flags.record === true) {
    if (replayStrict) usage('--record cannot be used with --replay-strict (the trace was declared self-contained)');
    if (noCache) usage('--record writes the eval cache: drop --no-cache');
    if (judge !== 'openai' && embedder !== 'openai') usage('--record needs --judge openai and/or --embedder openai');
    const baseUrl = optString(env.OPENAI_BASE_URL) ?? DEFAULT_OPENAI_BASE_URL;
    const apiKey = optString(env.OPENAI_API_KEY);
    if (!apiKey && baseUrl === DEFAULT_OPENAI_BASE_URL) {
      throw new InfraError('E_JUDGE_UNAVAILABLE', `--record with --judge/--embedder openai needs OPENAI_API_KEY (endpoint ${baseUrl})`, { source: 'provider' });
    }
    record = {
      client: new OpenAiClient({
        baseUrl,
        ...(apiKey ? { apiKey } : {}),
        judge: judge === 'openai',
        embedder: embedder === 'openai',
        ...(ctx.fetch ? { fetch: ctx.fetch } : {}),
      }),
      temperature,
    };
  }

  const git = gitInfo(env);
  return createEvalPlugin({
    assayVersion: VERSION,
    cwd,
    denyDeprecations: flags.denyDeprecations === true || env.ASSAY_STRICT_DEPRECATIONS === '1',
    ...(flags.lenient === true ? { lenient: true } : {}),
    allowIneffectiveAssertions: flags.allowIneffectiveAssertions === true,
    cacheDir,
    noCache,
    replayStrict,
    judge,
    embedder,
    ...(optString(flags.judgeModel) ? { judgeModel: optString(flags.judgeModel)! } : {}),
    ...(optString(flags.embeddingModel) ? { embeddingModel: optString(flags.embeddingModel)! } : {}),
    ...(judgeSamples !== undefined ? { judgeSamples } : {}),
    ...(record ? { record } : {}),
    ...(optString(flags.baseline) ? { baseline: fileRef(optString(flags.baseline)!) } : {}),
    exportBaseline: ctx.command === 'ci' || optString(flags.exportBaseline) !== undefined,
    createdAt: baselineCreatedAt(ctx.reproducible, env),
    ...(git ? { gitInfo: git } : {}),
    now: () => performance.now(),
  });
}
