// Kinds whose value comes from a model, read: semantic_similarity_to (embedder),
// faithfulness and relevance (judge).
import type { TraceEntry } from '../trace/types.js';
import type { KindOutcome } from './kind-result.js';
import { cosine, lookupEmbeddings, lookupJudge, type ModelValueOptions } from './model-values.js';
import type { EvalTest, ExpectedSpec } from './types.js';

type Spec<K extends ExpectedSpec['kind']> = Extract<ExpectedSpec, { kind: K }>;

const SIMILARITY_EPSILON = 1e-6;
const JUDGE_EPSILON = 1e-9;

export function similarity(spec: Spec<'semantic_similarity_to'>, test: EvalTest, entry: TraceEntry, o: ModelValueOptions): KindOutcome {
  const r = lookupEmbeddings(test.id, spec.reference, entry, o);
  if (!r.ok) return r;
  const score = cosine(r.value.response, r.value.reference);
  if (score === undefined) {
    const kind = r.source === 'trace' ? 'trace_invalid' : 'judge_unavailable';
    return { ok: false, kind, message: `test '${test.id}': an embedding vector is all zeros; similarity is undefined` };
  }
  const pass = score + SIMILARITY_EPSILON >= spec.minScore;
  const details: Record<string, unknown> = {
    score,
    min_score: spec.minScore,
    model: r.value.model,
    source: r.source,
    ...(r.value.cacheKeys ? { cache_keys: r.value.cacheKeys } : {}),
  };
  if (!pass) details.message = `similarity ${score.toFixed(3)} < min_score ${spec.minScore}`;
  return {
    ok: true,
    metric: { score, passed: pass, unstable: false, exercised: 'exercised', details },
    cached: r.source === 'cache',
    abstain: false,
    related: [],
  };
}

export function judge(spec: Spec<'faithfulness' | 'relevance'>, test: EvalTest, entry: TraceEntry, o: ModelValueOptions): KindOutcome {
  const r = lookupJudge(
    { testId: test.id, rubric: spec.kind, rubricVersion: spec.rubricVersion ?? o.rubricVersion, prompt: test.prompt, context: test.context ?? null },
    entry,
    o,
  );
  if (!r.ok) return r;
  const rec = r.value;
  const abstain = rec.verdict === 'Abstain';
  const pass = !abstain && rec.passed && rec.score + JUDGE_EPSILON >= spec.minScore;
  // Samples disagreed (0 < score < 1): the verdict is unstable, reported as warn.
  const unstable = rec.score > 0 && rec.score < 1;
  const details: Record<string, unknown> = {
    ...rec,
    min_score: spec.minScore,
    source: r.source,
    ...(r.cacheKey ? { cache_key: r.cacheKey } : {}),
  };
  if (abstain) details.message = 'judge abstained';
  else if (!pass) details.message = `failed judge check (score=${rec.score.toFixed(2)})`;
  return {
    ok: true,
    metric: { score: rec.score, passed: pass, unstable, exercised: 'exercised', details },
    cached: r.source === 'cache',
    abstain,
    related: [],
  };
}
