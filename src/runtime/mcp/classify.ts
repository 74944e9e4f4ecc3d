// Classification of one client line. Nothing that fails classification is forwarded.
import { isIdToken, parseStrictLine, type StrictFailure } from './strict-line.js';

/** Proxy error reasons (`data.reason`). */
export type RefusalReason =
  | 'malformed_client_request'
  | 'batch_not_supported'
  | 'line_too_long'
  | 'invalid_tool_call'
  | 'tools_call_without_id';

export interface ToolCallRequest {
  kind: 'tool_call';
  /** Exact id token as received (echoed verbatim). */
  idToken: string;
  /** Parsed id (string or number). */
  id: string | number;
  name: string;
  args: Record<string, unknown>;
  /** `params._meta.tool_call_id` › `params.arguments._meta.tool_call_id` › `"req_" + id`. */
  toolCallId: string;
}

export type ClientLine =
  | { kind: 'empty' }
  | { kind: 'refuse'; code: -32700 | -32600 | -32602; reason: Exclude<RefusalReason, 'tools_call_without_id'>; idToken: string | null; strict?: StrictFailure }
  /** tools/call notification: no reply, not forwarded (audited as refused). */
  | { kind: 'drop'; reason: 'tools_call_without_id' }
  | ToolCallRequest
  /** Any other request: forwarded unevaluated. */
  | { kind: 'request'; method: string; id: string | number; idToken: string; params: unknown }
  | { kind: 'notification'; method: string; params: unknown }
  | { kind: 'response' };

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x09 && c !== 0x0d && c !== 0x0a) return false;
  }
  return true;
}

const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);

/** Classify a line's text (valid UTF-8 already checked by the caller; no LF). */
export function classifyClientLine(text: string): ClientLine {
  if (isBlank(text)) return { kind: 'empty' };
  const r = parseStrictLine(text);
  if (!r.ok) {
    if (r.failure === 'syntax') return { kind: 'refuse', code: -32700, reason: 'malformed_client_request', idToken: null };
    return { kind: 'refuse', code: -32600, reason: 'malformed_client_request', idToken: r.idToken ?? null, strict: r.failure };
  }
  const v = r.value;
  if (Array.isArray(v)) return { kind: 'refuse', code: -32600, reason: 'batch_not_supported', idToken: null };
  const idOk = r.idToken !== undefined && isIdToken(r.idToken);
  const bad = (): ClientLine => ({ kind: 'refuse', code: -32600, reason: 'malformed_client_request', idToken: idOk ? r.idToken! : null });
  if (!isObject(v) || v.jsonrpc !== '2.0') return bad();
  const hasId = has(v, 'id');
  if (hasId && !idOk) return bad();
  if (!has(v, 'method')) {
    // A response to a server-initiated request: id plus exactly one of result/error.
    if (hasId && has(v, 'result') !== has(v, 'error')) return { kind: 'response' };
    return bad();
  }
  const method = v.method;
  if (typeof method !== 'string') return bad();
  if (!hasId) {
    if (method === 'tools/call') return { kind: 'drop', reason: 'tools_call_without_id' };
    return { kind: 'notification', method, params: v.params };
  }
  const id = v.id as string | number;
  if (method !== 'tools/call') return { kind: 'request', method, id, idToken: r.idToken!, params: v.params };
  const p = v.params;
  const invalid = (): ClientLine => ({ kind: 'refuse', code: -32602, reason: 'invalid_tool_call', idToken: r.idToken! });
  if (!isObject(p) || typeof p.name !== 'string') return invalid();
  let args: Record<string, unknown>;
  if (!has(p, 'arguments') || p.arguments === undefined) args = {};
  else if (isObject(p.arguments)) args = p.arguments;
  else return invalid();
  let toolCallId: string | undefined;
  if (isObject(p._meta) && typeof p._meta.tool_call_id === 'string') toolCallId = p._meta.tool_call_id;
  else if (isObject(args._meta) && typeof args._meta.tool_call_id === 'string') toolCallId = args._meta.tool_call_id;
  return { kind: 'tool_call', idToken: r.idToken!, id, name: p.name, args, toolCallId: toolCallId ?? `req_${String(id)}` };
}
