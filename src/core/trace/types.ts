// The canonical shapes every trace line is normalised to (01 §1.7).

/** Source position of a record, used for SARIF locations; never serialised into a trace. */
export interface SourcePos {
  file: string;
  line: number;
}

/** Canonical tool-call record (01 §1.7). */
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
  /** Number of V2 `step` events (01 §3.6 trace_max_steps). */
  steps: number;
  first_line: number;
  file: string;
  /** Key used in findings: binding id, else prompt, else "" (02 §7 fingerprint subject). */
  key: string;
}

export interface TraceStats {
  episodes: number;
  records: number;
  skipped_lines: number;
  ignored_lines: number;
  calls: number;
}
