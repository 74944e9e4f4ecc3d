// Recording (`run --record`): fill the eval cache for judge/embedding values that are in
// neither the trace nor the cache. The model calls go through an injected client (the HTTP client
// lives in the CLI adapter); this module only decides what is missing, aggregates judge samples into
// the record, and writes the content-addressed cache files.
import { AssayError } from '../errors.js';
import type { Binding } from './bind.js';
import {
  embeddingKeysFor,
  judgeKeyFor,
  lookupEmbeddings,
  lookupJudge,
  readCachedEmbedding,
  writeCacheFile,
  type JudgeRecord,
  type ModelValueOptions,
} from './model-values.js';
import type { EvalTest, JudgeReliability, RunErrorKind } from './types.js';

export type JudgeVerdict = 'PASS' | 'FAIL' | 'Abstain';

export interface JudgeSample {
  verdict: JudgeVerdict;
  rationale?: string;
}

export interface JudgeCallRequest {
  rubric: 'faithfulness' | 'relevance';
  rubricVersion: string;
  model: string;
  samples: number;
  temperature: number;
  prompt: string;
  context: string[] | null;
  response: string;
  timeoutMs: number;
}

export interface EmbedCallRequest {
  model: string;
  texts: string[];
  timeoutMs: number;
}

/**
 * A live judge/embedder. Implementations throw AssayError with E_RATE_LIMIT, E_TIMEOUT, E_PROVIDER_5XX,
 * E_NETWORK_ERROR or E_JUDGE_UNAVAILABLE; a missing method means that provider is not recording.
 */
export interface ModelClient {
  /** One verdict per sample (`req.samples` of them). */
  judge?(req: JudgeCallRequest): Promise<JudgeSample[]>;
  /** One vector per text, in order. */
  embed?(req: EmbedCallRequest): Promise<number[][]>;
}

export interface RecordOptions {
  values: ModelValueOptions;
  client: ModelClient;
  /** `settings.timeout_seconds` in ms, per live call. */
  timeoutMs: number;
  /** `--judge-temperature` (default 0). */
  temperature: number;
  /** `settings.judge.reliability.tie_break`: a tied vote is FAIL (`fail_closed`) or Abstain (`quarantine`). */
  tieBreak: JudgeReliability['tie_break'];
  /** `settings.parallel`: live calls in flight at once. */
  parallel: number;
}

export interface RecordResult {
  /** Cache files written. */
  written: { judge: number; embedding: number };
  /** Live errors by test id: the test's row becomes this error. */
  errors: Map<string, { kind: RunErrorKind; message: string }>;
}

const KIND_BY_CODE: Record<string, RunErrorKind> = {
  E_RATE_LIMIT: 'rate_limit',
  E_TIMEOUT: 'timeout',
  E_PROVIDER_5XX: 'provider_5xx',
  E_NETWORK_ERROR: 'network',
  E_JUDGE_UNAVAILABLE: 'judge_unavailable',
};

/** Aggregate samples into the judge record: score = share of PASS votes; a tie follows tie_break. */
export function aggregateJudgeSamples(samples: readonly JudgeSample[], rubricVersion: string, tieBreak: JudgeReliability['tie_break']): JudgeRecord {
  const n = samples.length;
  const count = (v: JudgeVerdict) => samples.filter((s) => s.verdict === v).length;
  const pass = count('PASS');
  const fail = count('FAIL');
  const abstain = count('Abstain');
  let verdict: JudgeVerdict;
  if (abstain > pass && abstain > fail) verdict = 'Abstain';
  else if (pass > fail) verdict = 'PASS';
  else if (fail > pass) verdict = 'FAIL';
  else verdict = tieBreak === 'quarantine' ? 'Abstain' : 'FAIL';
  const rationale = samples.find((s) => s.verdict === verdict && s.rationale !== undefined)?.rationale;
  return {
    passed: verdict === 'PASS',
    score: n === 0 ? 0 : pass / n,
    ...(rationale !== undefined ? { rationale } : {}),
    verdict,
    samples: n,
    agreement: n === 0 ? 0 : Math.max(pass, fail, abstain) / n,
    rubric_version: rubricVersion,
    swapped: false,
  };
}

/** Runs `tasks` with at most `limit` in flight. */
async function pool(tasks: Array<() => Promise<void>>, limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      await tasks[i]!();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
}

/**
 * Record every missing judge/embedding value of `tests` (in the given order). Values already in the
 * trace or in a valid cache file are never requested; one key is requested at most once per run.
 */
export async function recordMissing(
  tests: readonly EvalTest[],
  bind: (test: EvalTest) => Binding | undefined,
  o: RecordOptions,
): Promise<RecordResult> {
  const result: RecordResult = { written: { judge: 0, embedding: 0 }, errors: new Map() };
  const cacheDir = o.values.cacheDir;
  if (!cacheDir || !o.values.useCache || o.values.replayStrict) return result;
  const inFlight = new Map<string, Promise<void>>();
  const once = (key: string, fn: () => Promise<void>): Promise<void> => {
    let p = inFlight.get(key);
    if (!p) {
      p = fn();
      inFlight.set(key, p);
    }
    return p;
  };
  const tasks: Array<() => Promise<void>> = [];
  for (const test of tests) {
    const spec = test.expected;
    const binding = bind(test);
    if (!spec || !binding) continue;
    const entry = binding.entry;
    const fail = (metric: string, e: unknown) => {
      const code = e instanceof AssayError ? e.reasonCode : 'E_JUDGE_UNAVAILABLE';
      const kind = KIND_BY_CODE[code] ?? 'judge_unavailable';
      result.errors.set(test.id, { kind, message: `test '${test.id}': recording ${metric} failed: ${(e as Error).message}` });
    };
    if ((spec.kind === 'faithfulness' || spec.kind === 'relevance') && o.values.judge === 'openai' && o.client.judge) {
      const judge = o.client.judge.bind(o.client);
      const need = { testId: test.id, rubric: spec.kind, rubricVersion: spec.rubricVersion ?? o.values.rubricVersion, prompt: test.prompt, context: test.context ?? null };
      const found = lookupJudge(need, entry, o.values);
      if (found.ok || found.kind !== 'judge_unavailable') continue;
      const { hex } = judgeKeyFor(need, entry, o.values);
      tasks.push(async () => {
        try {
          await once(`judge:${hex}`, async () => {
            const samples = await judge({
              rubric: need.rubric,
              rubricVersion: need.rubricVersion,
              model: o.values.judgeModel,
              samples: o.values.judgeSamples,
              temperature: o.temperature,
              prompt: need.prompt,
              context: need.context,
              response: entry.text,
              timeoutMs: o.timeoutMs,
            });
            const record = aggregateJudgeSamples(samples, need.rubricVersion, o.tieBreak);
            writeCacheFile(cacheDir, 'judge', hex, o.values.judgeModel, record);
            result.written.judge++;
          });
        } catch (e) {
          fail(spec.kind, e);
        }
      });
    } else if (spec.kind === 'semantic_similarity_to' && o.values.embedder === 'openai' && o.client.embed) {
      const embed = o.client.embed.bind(o.client);
      const found = lookupEmbeddings(test.id, spec.reference, entry, o.values);
      if (found.ok || found.kind !== 'judge_unavailable') continue;
      const keys = embeddingKeysFor(entry.text, spec.reference, o.values);
      const texts = { response: entry.text, reference: spec.reference };
      for (const which of ['response', 'reference'] as const) {
        const hex = keys[which];
        // A valid cache file is kept; a missing or invalid one is (re-)recorded.
        if (readCachedEmbedding(cacheDir, hex).state === 'hit') continue;
        tasks.push(async () => {
          try {
            await once(`embedding:${hex}`, async () => {
              const [vector] = await embed({ model: o.values.embeddingModel, texts: [texts[which]], timeoutMs: o.timeoutMs });
              if (!vector || vector.length === 0) throw new AssayError('E_JUDGE_UNAVAILABLE', 'the embeddings endpoint returned no vector', { source: 'provider' });
              writeCacheFile(cacheDir, 'embedding', hex, o.values.embeddingModel, { vector, dims: vector.length });
              result.written.embedding++;
            });
          } catch (e) {
            fail('semantic_similarity_to', e);
          }
        });
      }
    }
  }
  await pool(tasks, o.parallel);
  return result;
}
