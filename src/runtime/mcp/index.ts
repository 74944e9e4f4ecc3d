// Public API of the `assay mcp wrap` runtime.
export { runWrap, prepareWrap, WrapProxy, type WrapIo, type WrapResult } from './proxy.js';
export { WRAP_DEFAULTS, isEventSource, type WrapOptions } from './options.js';
export { classifyClientLine, type ClientLine, type ToolCallRequest } from './classify.js';
export { parseStrictLine } from './strict-line.js';
export { blockedResponseLine, denyContract, proxyErrorLine, type DenyContract, type DenyStructured } from './responses.js';
export { decisionEvidenceEvents, readDecisionLog, writeDecisionEvidence, type DecisionExportOptions } from './evidence.js';
export { Recorder, reasonCodeOf, type RecordedEvent } from './records.js';
