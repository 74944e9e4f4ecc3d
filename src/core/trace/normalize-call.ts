// The canonical tool-call record and the normalisation of `tool_calls[]` entries, including the
// OpenAI shape `{id, type:"function", function:{name, arguments}}`.
import { BadLine } from './bad-line.js';
import { firstPresent, isObject, optId, optIndex, optTimestamp } from './fields.js';
import type { ToolCall } from './types.js';

/** One constructor for every call so all ToolCall objects share a hidden class. */
export function makeCall(
  id: string,
  tool_name: string,
  args: unknown,
  result: unknown,
  error: unknown,
  index: number,
  ts_ms: number,
  file: string,
  line: number,
): ToolCall {
  return { id, tool_name, args, result, error, index, ts_ms, pos: { file, line } };
}

export const ENTRY_NAME_KEYS = ['tool_name', 'tool', 'name'] as const;
export const PLAIN_NAME_KEYS = ['tool', 'tool_name', 'name'] as const;
export const CALL_LIST_NAME_KEYS = ['tool', 'name', 'tool_name'] as const;
export const ARG_KEYS = ['args', 'arguments', 'params', 'parameters', 'input'] as const;
export const CALL_LIST_ARG_KEYS = ['args', 'arguments', 'params', 'parameters'] as const;
const ID_KEYS = ['id', 'tool_call_id'] as const;
const TS_KEYS = ['ts_ms', 'timestamp'] as const;

/** First alias that is present (not undefined) wins; none → `{}`. */
export function pickArgs(o: Record<string, unknown>, keys: readonly string[]): unknown {
  for (const k of keys) {
    const v = o[k];
    if (v !== undefined) return v;
  }
  return {};
}

/** OpenAI `function.arguments` is a JSON string; unparsable → `{"_raw": "<string>"}`. */
export function parseFunctionArguments(v: unknown): unknown {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return { _raw: v };
  }
}

export interface EntryCallContext {
  /** Message prefix, e.g. `record: tool_calls[2]`. */
  where: string;
  nameKeys: readonly string[];
  argKeys: readonly string[];
  defaultId: string;
  /** Position in the entry; used as `index` unless the input has one and honourIndex is set. */
  index: number;
  honourIndex: boolean;
  defaultTs: number;
  file: string;
  line: number;
}

/** Normalises one `tool_calls[]` entry; throws BadLine when it is unusable. */
export function normalizeEntryCall(raw: unknown, c: EntryCallContext): ToolCall {
  if (!isObject(raw)) throw new BadLine(`${c.where} must be an object`);
  let name: unknown;
  let args: unknown;
  const fn = raw.function;
  if (isObject(fn)) {
    name = fn.name;
    args = parseFunctionArguments(fn.arguments);
  } else {
    name = firstPresent(raw, c.nameKeys)?.[1];
    args = pickArgs(raw, c.argKeys);
  }
  if (typeof name !== 'string' || name === '') throw new BadLine(`${c.where} has no tool name`);
  const id = optId(raw, ID_KEYS, c.where) ?? c.defaultId;
  const index = c.honourIndex ? (optIndex(raw, 'index', c.where) ?? c.index) : c.index;
  let ts = c.defaultTs;
  for (const k of TS_KEYS) {
    const t = optTimestamp(raw, k, c.where);
    if (t !== undefined) {
      ts = t;
      break;
    }
  }
  return makeCall(id, name, args, raw.result ?? null, raw.error ?? null, index, ts, c.file, c.line);
}
