// JSON-RPC message rules for MCP transcripts: classification, id normalisation, timestamps.
import type { Diagnostic } from '../errors.js';
import { RawNumber, has, isJsonObject, type JsonObject, type JsonValue, type Position } from './strict-json.js';

export type McpFormat = 'inspector' | 'jsonrpc' | 'streamable-http' | 'http-sse';

/** Accepted `--format` spellings → the canonical format. */
export const FORMAT_NAMES: Readonly<Record<string, McpFormat>> = {
  inspector: 'inspector',
  'mcp-inspector': 'inspector',
  'mcp-inspector@v1': 'inspector',
  jsonrpc: 'jsonrpc',
  'streamable-http': 'streamable-http',
  'http-sse': 'http-sse',
  'sse-legacy': 'http-sse',
};

export function normalizeFormat(name: string): McpFormat | undefined {
  return Object.prototype.hasOwnProperty.call(FORMAT_NAMES, name) ? FORMAT_NAMES[name] : undefined;
}

/** Where things are in the input, for diagnostics. */
export interface Locator {
  of(node: object): Position;
  member(node: object, key: string): Position;
}

export interface AuthDiscovery {
  visible: boolean;
  source_kind: 'unknown' | 'www_authenticate';
  resource_metadata_visible: boolean;
  authorization_servers_visible: boolean;
  scope_challenge_visible: boolean;
}

export function noAuthDiscovery(): AuthDiscovery {
  return {
    visible: false,
    source_kind: 'unknown',
    resource_metadata_visible: false,
    authorization_servers_visible: false,
    scope_challenge_visible: false,
  };
}

export interface McpMessage {
  kind: 'request' | 'notification' | 'response';
  method?: string;
  /** Normalised id (numbers as decimal strings); null when absent or null. */
  id: string | null;
  params?: JsonValue;
  result?: JsonValue;
  error?: JsonValue;
  ts?: number;
  /** Source line (jsonrpc) or 1-based element/entry index: the sort tie-breaker. */
  order: number;
  /** Positions are resolved only when a diagnostic or note needs one (large transcripts). */
  pos(): Position;
  idPos(): Position;
}

/** Methods that are requests even without an id; everything else without an id is a notification. */
const REQUEST_ONLY = new Set([
  'initialize',
  'ping',
  'tools/list',
  'tools/call',
  'completion/complete',
  'logging/setLevel',
  'sampling/createMessage',
  'roots/list',
  'elicitation/create',
]);

export function isRequestOnly(method: string): boolean {
  return REQUEST_ONLY.has(method) || method.startsWith('resources/') || method.startsWith('prompts/');
}

export class DiagnosticSink {
  readonly list: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly limit = 1000,
  ) {}
  error(pos: Position, message: string): void {
    if (this.list.length >= this.limit) return;
    this.list.push({ code: 'E_TRACE_INVALID', severity: 'error', message, file: this.file, line: pos.line, col: pos.col, source: 'trace' });
  }
  get full(): boolean {
    return this.list.length >= this.limit;
  }
}

export function jsonTypeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (v instanceof RawNumber) return 'number';
  return typeof v === 'object' ? 'object' : typeof v;
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A usable timestamp: a non-negative integer ≤ 2^53-1. `invalid` for a too-large integer. */
export function readTimestamp(v: unknown): number | 'invalid' | undefined {
  if (v instanceof RawNumber) return 'invalid';
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_SAFE) return v;
  return undefined;
}

/**
 * Read one JSON-RPC message. Problems are reported to `sink`; the result is undefined when the
 * message is unusable. `entryTs` is the HTTP entry's `timestamp_ms` (used when the message has none).
 */
export function readMessage(
  v: JsonValue,
  at: Locator,
  fallbackPos: () => Position,
  order: number,
  entryTs: number | undefined,
  sink: DiagnosticSink,
): McpMessage | undefined {
  if (!isJsonObject(v)) {
    sink.error(Array.isArray(v) ? at.of(v) : fallbackPos(), `MCP message must be a JSON object, found ${jsonTypeName(v)}`);
    return undefined;
  }
  const pos = (): Position => at.of(v);
  let ok = true;
  if (v['jsonrpc'] !== '2.0') {
    sink.error(has(v, 'jsonrpc') ? at.member(v, 'jsonrpc') : pos(), 'MCP message must carry "jsonrpc":"2.0"');
    ok = false;
  }
  let id: string | null = null;
  const idPos = (): Position => (has(v, 'id') ? at.member(v, 'id') : pos());
  if (has(v, 'id')) {
    const raw = v['id'];
    if (typeof raw === 'string') id = raw;
    else if (typeof raw === 'number') id = String(raw);
    else if (raw instanceof RawNumber) id = raw.text;
    else if (raw !== null) {
      sink.error(idPos(), 'JSON-RPC id must be a string or a number');
      ok = false;
    }
  }
  let ts: number | undefined;
  for (const key of ['timestamp_ms', 'timestamp']) {
    if (!has(v, key)) continue;
    const t = readTimestamp(v[key]);
    if (t === 'invalid') {
      sink.error(at.member(v, key), `${key} must be an integer ≤ 2^53-1`);
      ok = false;
      break;
    }
    if (t !== undefined) {
      ts = t;
      break;
    }
  }
  if (ts === undefined) ts = entryTs;

  if (has(v, 'method')) {
    const method = v['method'];
    if (typeof method !== 'string') {
      sink.error(at.member(v, 'method'), 'JSON-RPC method must be a string');
      return undefined;
    }
    if (!ok) return undefined;
    const kind = id !== null || isRequestOnly(method) ? 'request' : 'notification';
    const msg: McpMessage = { kind, method, id, order, pos, idPos, ts };
    if (has(v, 'params')) msg.params = v['params'];
    return msg;
  }

  const hasResult = has(v, 'result');
  const hasError = has(v, 'error');
  if (hasResult === hasError) {
    sink.error(pos(), 'JSON-RPC response must contain exactly one of result, error');
    return undefined;
  }
  if (hasError) {
    const e = v['error'];
    if (!isJsonObject(e) || !isInteger(e['code']) || typeof e['message'] !== 'string') {
      sink.error(at.member(v, 'error'), 'JSON-RPC error must be an object with an integer "code" and a string "message"');
      return undefined;
    }
  }
  if (!ok) return undefined;
  const msg: McpMessage = { kind: 'response', id, order, pos, idPos, ts };
  if (hasResult) msg.result = v['result'];
  else msg.error = v['error'];
  return msg;
}

function isInteger(v: unknown): boolean {
  return (typeof v === 'number' && Number.isInteger(v)) || v instanceof RawNumber;
}

export type { JsonObject };
