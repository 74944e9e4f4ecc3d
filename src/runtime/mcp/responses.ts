// Lines the proxy writes itself: compact JSON, fixed key order, the id echoed as the exact
// token received.
import type { Decision, SchemaViolation } from '../../core/policy/index.js';

export type DenyStructured = 'auto' | 'always' | 'never';

/** The deny contract, keys in spec order. */
export interface DenyContract {
  status: 'deny';
  error_code: string;
  reason: string;
  rule: string;
  tool: string;
  tool_call_id: string;
  violations?: SchemaViolation[];
}

export function denyContract(d: Decision, toolCallId: string): DenyContract {
  const c: DenyContract = {
    status: 'deny',
    error_code: d.code ?? 'E_TOOL_DENIED',
    reason: d.reason,
    rule: d.rule ?? '',
    tool: d.tool,
    tool_call_id: toolCallId,
  };
  if (d.code === 'E_ARG_SCHEMA' && d.violations) {
    c.violations = d.violations.map((v) => ({ path: v.path, constraint: v.constraint, message: v.message }));
  }
  return c;
}

/**
 * The successful JSON-RPC response carrying an error tool result. With `inMeta` (the tool declares an
 * outputSchema under `auto`, or `never`), the contract travels in `_meta["assay/deny"]` and a second text
 * block instead of `structuredContent`.
 */
export function blockedResponseLine(idToken: string, contract: DenyContract, inMeta: boolean): string {
  const text = { type: 'text', text: `Content blocked by policy: ${contract.error_code} (${contract.rule})` };
  const result = inMeta
    ? { content: [text, { type: 'text', text: JSON.stringify(contract) }], isError: true, _meta: { 'assay/deny': contract } }
    : { content: [text], isError: true, structuredContent: contract };
  return `{"jsonrpc":"2.0","id":${idToken},"result":${JSON.stringify(result)}}\n`;
}

const MESSAGES: Record<number, string> = {
  [-32700]: 'Parse error',
  [-32600]: 'Invalid Request',
  [-32602]: 'Invalid params',
};

export type ProxyErrorReason =
  | 'malformed_client_request'
  | 'batch_not_supported'
  | 'line_too_long'
  | 'invalid_tool_call'
  | 'upstream_exited'
  | 'server_line_too_long'
  | 'upstream_spawn_failed'
  | 'enforcement_record_write_failed'
  // `mcp proxy` (HTTP): the upstream could not be reached; the proxy's session table is full.
  | 'upstream_unreachable'
  | 'too_many_sessions';

/** A proxy-originated JSON-RPC error. `idToken` null → `"id":null`. */
export function proxyErrorLine(idToken: string | null, code: number, reason: ProxyErrorReason): string {
  let message = MESSAGES[code];
  if (message === undefined) message = reason === 'enforcement_record_write_failed' ? 'Decision record failed' : 'Upstream failed';
  return `{"jsonrpc":"2.0","id":${idToken ?? 'null'},"error":{"code":${code},"message":${JSON.stringify(message)},"data":{"origin":"assay-proxy","reason":"${reason}"}}}\n`;
}
