// Canonical V2 JSONL: compact JSON, one event per line, LF, UTF-8 without BOM, fixed key order
// `type, episode_id, step_id, timestamp, …` then the table order. Optional fields are omitted when
// absent (undefined), except tool_call `args`, `result`, `error`, which are always written (null if absent).
// Nested values keep their own key order, so the same input gives identical bytes.

export interface EpisodeStartEvent {
  type: 'episode_start';
  episode_id: string;
  timestamp: number;
  input?: Record<string, unknown>;
  meta?: unknown;
}

export interface StepEvent {
  type: 'step';
  episode_id: string;
  step_id: string;
  timestamp: number;
  kind: string;
  idx?: number;
  name?: string;
  content?: string | null;
  content_sha256?: string;
  truncations?: unknown[];
  meta?: unknown;
}

export interface ToolCallEvent {
  type: 'tool_call';
  episode_id: string;
  step_id: string;
  timestamp: number;
  tool_name: string;
  call_index?: number;
  args?: unknown;
  args_sha256?: string;
  result?: unknown;
  result_sha256?: string;
  error?: string | null;
  truncations?: unknown[];
}

export interface EpisodeEndEvent {
  type: 'episode_end';
  episode_id: string;
  timestamp: number;
  outcome?: string;
  final_output?: string | null;
}

export type V2Event = EpisodeStartEvent | StepEvent | ToolCallEvent | EpisodeEndEvent;

type Fields<E> = Omit<E, 'type'>;

/** Compact JSON of one value; undefined (and other non-JSON values JSON.stringify drops) become null. */
function j(v: unknown): string {
  return JSON.stringify(v) ?? 'null';
}

/** Appends `,"key":value` when the value is present. */
function opt(key: string, v: unknown): string {
  return v === undefined ? '' : `,"${key}":${j(v)}`;
}

function head(type: string, episodeId: string, stepId: string | undefined, timestamp: number): string {
  if (!Number.isSafeInteger(timestamp)) throw new RangeError(`${type}: timestamp must be an integer number of milliseconds`);
  const step = stepId === undefined ? '' : `,"step_id":${j(stepId)}`;
  return `{"type":"${type}","episode_id":${j(episodeId)}${step},"timestamp":${timestamp}`;
}

export function episodeStartLine(e: Fields<EpisodeStartEvent>): string {
  return `${head('episode_start', e.episode_id, undefined, e.timestamp)}${opt('input', e.input)}${opt('meta', e.meta)}}`;
}

export function stepLine(e: Fields<StepEvent>): string {
  return (
    `${head('step', e.episode_id, e.step_id, e.timestamp)},"kind":${j(e.kind)}` +
    `${opt('idx', e.idx)}${opt('name', e.name)}${opt('content', e.content)}${opt('content_sha256', e.content_sha256)}` +
    `${opt('truncations', e.truncations)}${opt('meta', e.meta)}}`
  );
}

export function toolCallLine(e: Fields<ToolCallEvent>): string {
  return (
    `${head('tool_call', e.episode_id, e.step_id, e.timestamp)},"tool_name":${j(e.tool_name)}${opt('call_index', e.call_index)}` +
    `,"args":${j(e.args)}${opt('args_sha256', e.args_sha256)},"result":${j(e.result)}${opt('result_sha256', e.result_sha256)}` +
    `,"error":${j(e.error)}${opt('truncations', e.truncations)}}`
  );
}

export function episodeEndLine(e: Fields<EpisodeEndEvent>): string {
  return `${head('episode_end', e.episode_id, undefined, e.timestamp)}${opt('outcome', e.outcome)}${opt('final_output', e.final_output)}}`;
}

/** One canonical line (without LF) for any V2 event. */
export function v2EventLine(e: V2Event): string {
  switch (e.type) {
    case 'episode_start':
      return episodeStartLine(e);
    case 'step':
      return stepLine(e);
    case 'tool_call':
      return toolCallLine(e);
    case 'episode_end':
      return episodeEndLine(e);
  }
}

/** A whole canonical V2 JSONL document: each event's line followed by LF. */
export function v2Jsonl(events: Iterable<V2Event>): string {
  let out = '';
  for (const e of events) out += v2EventLine(e) + '\n';
  return out;
}
