// Public API of behaviour profiles.
export {
  emptyProfile,
  parseProfile,
  loadProfile,
  serializeProfile,
  profileDocument,
  profileFormatFor,
  PROFILE_VERSION,
  MAX_RUN_IDS,
  MAX_RUN_ID_DIGESTS,
  type Profile,
  type ProfileEntry,
  type ToolProfileEntry,
  type RuntimeSection,
} from './model.js';
export { mergeRun, hasRun, runIdDigest, toolStatOf, type RunObservations, type MergeOptions, type MergeResult } from './update.js';
export { summarizeProfile, profileSummaryText, profileSummaryDocument, type ProfileSummary, type TopEntry } from './show.js';
