// Public API of the trace module.
export type { EntryKind, ReadTraceOptions, SourcePos, ToolCall, TraceEntry, TraceFileStats, TraceStats, TraceVisitor } from './types.js';
export { readTrace, readTraceFiles, MAX_LINE_BYTES, type ReadTraceFilesOptions, type TraceFileRef } from './reader.js';
export { isCallListPath, MAX_DOCUMENT_BYTES } from './call-list.js';
export { requireRecords } from './require-records.js';
export { noRecordsError, noRecordsMessage, readTraceInput } from './read-input.js';
export { DEFAULT_GROUP_PROMPT, MCP_SESSION_PROMPT } from './shared-prompt.js';
export {
  episodeEndLine,
  episodeStartLine,
  stepLine,
  toolCallLine,
  v2EventLine,
  v2Jsonl,
  type EpisodeEndEvent,
  type EpisodeStartEvent,
  type StepEvent,
  type ToolCallEvent,
  type V2Event,
} from './v2-writer.js';
