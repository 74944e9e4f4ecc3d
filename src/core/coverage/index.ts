// Public API of `assay coverage` and the shared call reader of the authoring commands.
export { readCalls, type TraceInput, type ReadCallsOptions, type ReadCallsResult } from './read-calls.js';
export { Inventory, parseDeclaredTools, type InventoryItem } from './inventory.js';
export {
  computeCoverage,
  coverageBaseline,
  loadCoverageBaseline,
  policiesFingerprint,
  type CoverageOptions,
  type CoveragePolicy,
  type CoverageReport,
  type CoverageResult,
  type Regression,
} from './report.js';
export { renderCoverage, coverageText, coverageMarkdown, coverageGithub, type CoverageFormat } from './render.js';
