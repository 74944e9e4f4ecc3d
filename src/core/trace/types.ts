// The canonical shapes every trace line is normalised to, and the reader's visitor contract.
import type { Diagnostic } from '../errors.js';

/** Source position of a record, used for SARIF locations; never serialised into a trace. */
export interface SourcePos {
  file: string;
  line: number;
}

/** Canonical tool-call record. */
export interface ToolCall {
  id: string;
  tool_name: string;
  args: unknown;
  result: unknown;
  error: unknown;
  /** Position within its entry (0-based). */
  index: number;
  ts_ms: number;
  /** Internal: where the call was read. */
  pos: SourcePos;
}

/** One assembled entry: a V2 episode, a V1/legacy record, or a group of plain tool-call records. */
export interface TraceEntry {
  prompt?: string;
  binding_id?: string;
  text: string;
  model: string;
  meta: Record<string, unknown>;
  tool_calls: ToolCall[];
  /** Number of V2 `step` events (trace_max_steps). */
  steps: number;
  first_line: number;
  file: string;
  /** Key used in findings: binding id, else prompt, else "" (fingerprint subject). */
  key: string;
  /** Which line shape produced the entry. */
  kind?: EntryKind;
  /** The prompt is a placeholder many entries may carry (an imported MCP session's `<mcp:session>`, the
   *  default plain-record group's `ignore`): it is no identity, so it is not checked for duplicates and
   *  binds a test only while a single entry carries it (docs/traces.md "Entry identity"). */
  shared_prompt?: boolean;
}

/** v2 = V2 episode, v1 = `assay.trace`, legacy, plain = tool-call record group,
 *  call_list = `.json` call-list document, otel = an OpenTelemetry trace (docs/otel.md). */
export type EntryKind = 'v2' | 'v1' | 'legacy' | 'plain' | 'call_list' | 'otel';

export interface TraceStats {
  /** Entries completed (V2 episodes, V1/legacy records, plain-record groups, call-list documents). */
  episodes: number;
  /** Lines used (line class "record"); for call-list documents, calls read. */
  records: number;
  /** Bad lines skipped (default mode). */
  skipped_lines: number;
  /** Lines with an unknown string `type`. */
  ignored_lines: number;
  /** Tool calls passed to onCall. */
  calls: number;
}

/** What one file of a read yielded: the input of the "no usable record" rule (./read-input.ts). */
export interface TraceFileStats {
  file: string;
  records: number;
  skipped_lines: number;
  ignored_lines: number;
  /** The first bad line, for the message that says why nothing could be read. */
  first_bad?: { line: number; message: string };
  /** The first unknown `type` of an ignored line. */
  first_ignored_type?: string;
}

export interface TraceVisitor {
  /** Every tool call as soon as its line is read, in file order; entryKey = the key its entry will have. */
  onCall?(entryKey: string, call: ToolCall): void;
  /** An entry is complete (V2 episode_end, V1/legacy record line, or at end of file for open episodes and
   *  plain-record groups). */
  onEntry?(entry: TraceEntry): void;
  /** Warnings W_TRACE_SKIPPED_LINE (bad lines, default mode), notes W_TRACE_UNKNOWN_TYPE. */
  onDiagnostic?(d: Diagnostic): void;
  /** A file has been read to its end (not called when the read stops with an error). */
  onFileEnd?(stats: TraceFileStats): void;
}

export interface ReadTraceOptions {
  /** First bad line → InputError E_TRACE_INVALID (default: skipped, counted, reported). */
  strict?: boolean;
  /** Default true; false → entry.tool_calls stays [] (calls still go to onCall) so memory stays flat. */
  retainCalls?: boolean;
  /** Path as shown in messages and positions; default = path. */
  displayPath?: string;
}
