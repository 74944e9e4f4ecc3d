// Canonical V2 JSONL: compact, one event per line, fixed key order `type, episode_id, step_id,
// timestamp`, then the table order. Optional fields are omitted when undefined; `tool_call.args`,
// `result` and `error` are always written. Kept local to import/init on purpose (no dependency on the
// trace reader's writer, which is owned elsewhere).
import { compactJson } from './json-out.js';

export interface V2EpisodeStart {
  type: 'episode_start';
  episode_id: string;
  timestamp: number;
  input?: unknown;
  meta?: unknown;
}

export interface V2Step {
  type: 'step';
  episode_id: string;
  step_id: string;
  timestamp: number;
  kind: string;
  idx?: number;
  name?: string;
  /** `null` is written as null; `undefined` is omitted. */
  content?: string | null;
  content_sha256?: string;
  truncations?: unknown[];
  meta?: unknown;
}

export interface V2ToolCall {
  type: 'tool_call';
  episode_id: string;
  step_id: string;
  timestamp: number;
  tool_name: string;
  call_index?: number;
  args: unknown;
  args_sha256?: string;
  result: unknown;
  result_sha256?: string;
  error: string | null;
  truncations?: unknown[];
}

export interface V2EpisodeEnd {
  type: 'episode_end';
  episode_id: string;
  timestamp: number;
  outcome?: string;
  final_output?: string | null;
}

export type V2Event = V2EpisodeStart | V2Step | V2ToolCall | V2EpisodeEnd;

const KEY_ORDER: Record<V2Event['type'], readonly string[]> = {
  episode_start: ['type', 'episode_id', 'timestamp', 'input', 'meta'],
  step: ['type', 'episode_id', 'step_id', 'timestamp', 'kind', 'idx', 'name', 'content', 'content_sha256', 'truncations', 'meta'],
  tool_call: [
    'type',
    'episode_id',
    'step_id',
    'timestamp',
    'tool_name',
    'call_index',
    'args',
    'args_sha256',
    'result',
    'result_sha256',
    'error',
    'truncations',
  ],
  episode_end: ['type', 'episode_id', 'timestamp', 'outcome', 'final_output'],
};

const ALWAYS_WRITTEN = new Set(['args', 'result', 'error']);

/** One canonical JSONL line (no trailing newline). */
export function v2Line(event: V2Event): string {
  const rec = event as unknown as Record<string, unknown>;
  const parts: string[] = [];
  for (const key of KEY_ORDER[event.type]) {
    let v = rec[key];
    if (v === undefined) {
      if (event.type === 'tool_call' && ALWAYS_WRITTEN.has(key)) v = null;
      else continue;
    }
    parts.push(JSON.stringify(key) + ':' + compactJson(v));
  }
  return '{' + parts.join(',') + '}';
}

/** A whole file: LF after every line, UTF-8 without BOM when written. */
export function v2Text(lines: readonly string[]): string {
  return lines.length ? lines.join('\n') + '\n' : '';
}
