// Public API of the eval area: load eval.yaml, bind tests to trace entries, evaluate, baselines, outcome.
export {
  loadEvalConfig,
  parseEvalConfig,
  collectEvalConfig,
  isEvalConfigDocument,
  findDefaultConfig,
  DEFAULT_CONFIG_NAMES,
  type LoadResult,
} from './load.js';
export { buildBindingIndex, bindTest, stubBinding, type Binding, type BindingIndex } from './bind.js';
export {
  evaluateTest,
  evaluateTestDetailed,
  makeEvalContext,
  skippedRow,
  errorRow,
  rowFingerprint,
  traceMissMessage,
  isAbstainRow,
  type EvalContext,
  type EvalContextOptions,
  type EvaluatedTest,
} from './evaluate.js';
export {
  buildBaseline,
  serializeBaseline,
  parseBaseline,
  loadBaseline,
  compareWithBaseline,
  type EvalBaseline,
  type BaselineEntry,
  type BaselineFinding,
  type BaselineComparison,
} from './baseline.js';
export { decideGateOutcome, type GateOutcome, type GateOutcomeInput } from './outcome.js';
export {
  judgeKeyObject,
  embeddingKeyObject,
  cacheKeyHex,
  cacheFilePath,
  cacheFileText,
  writeCacheFile,
  judgeKeyFor,
  lookupJudge,
  lookupEmbeddings,
  validateJudgeRecord,
  validateVector,
  CACHE_SCHEMA,
  embeddingKeysFor,
  DEFAULT_JUDGE_MODEL,
  DEFAULT_EMBEDDING_MODEL,
  type ModelValueOptions,
  type JudgeRecord,
  type EmbeddingValue,
  type Provider,
  type JudgeNeed,
  type Lookup,
} from './model-values.js';
export { evaluateSuite, executionOrder, judgeMetrics, type SuiteResult, type JudgeMetrics, type EvaluateSuiteOptions } from './suite.js';
export * from './types.js';
export { QUARANTINE_TAG, isQuarantined, quarantineRow } from './quarantine.js';
export {
  recordMissing,
  aggregateJudgeSamples,
  type ModelClient,
  type JudgeCallRequest,
  type EmbedCallRequest,
  type JudgeSample,
  type JudgeVerdict,
  type RecordOptions,
  type RecordResult,
} from './record.js';
export { rowFindingDrafts, junitRow, type RowFindingInput } from './findings.js';
