// Public API of the one policy model and engine.
export { parsePolicy, loadPolicyFile, policyFromValue, isPolicyDocument, policyAssertsNothing, POLICY_MAX_BYTES, ROOT_KEYS } from './load.js';
export type { PolicyLoadOptions, PolicyLoadResult } from './load.js';
export { compileToolPattern, matchToolPattern, isUniversalPattern, hasLiteralStar } from './tool-pattern.js';
export type { ToolPattern, ToolPatternKind } from './tool-pattern.js';
export { parseSequenceRules, makeSelector, SEQUENCE_KINDS } from './load-sequences.js';
export { SequenceTracker, evaluateSequenceRules, isBlockingRule } from './sequences.js';
export { constraintSchema } from './load-schemas.js';
export type { ParamConstraint } from './load-schemas.js';
export { WITHIN_KEYWORD, WithinChecker, normalizeAbsolutePath, isWithinFolder, folderProblem } from './within.js';
export type { WithinFailure, WithinResult } from './within.js';
export { PATH_REGEX_TRAVERSAL, probePathRegexes, isPathLikeName } from './traversal-probe.js';
export { identityOf, pinDrift } from './pins.js';
export type { ToolIdentity } from './pins.js';
export { REASONS } from './engine.js';
export { toV2Document } from './to-v2.js';
export type * from './types.js';
