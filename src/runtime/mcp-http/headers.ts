// Which headers cross the proxy. Everything the client sends (Authorization, Mcp-Session-Id,
// MCP-Protocol-Version, Last-Event-ID, cookies…) goes upstream untouched except hop-by-hop headers; none of
// them is ever logged. Upstream bodies are asked for uncompressed so the proxy can read them.
import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'proxy-authenticate', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'host', 'content-length']);

function connectionTokens(h: IncomingHttpHeaders): Set<string> {
  const c = h.connection;
  const out = new Set<string>();
  if (typeof c === 'string') for (const t of c.split(',')) out.add(t.trim().toLowerCase());
  return out;
}

/** Headers for the upstream request. */
export function upstreamRequestHeaders(h: IncomingHttpHeaders, upstream: URL, bodyLength: number | undefined): OutgoingHttpHeaders {
  const drop = connectionTokens(h);
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || HOP_BY_HOP.has(k) || drop.has(k)) continue;
    out[k] = v;
  }
  out.host = upstream.host;
  out['accept-encoding'] = 'identity';
  if (bodyLength !== undefined) out['content-length'] = String(bodyLength);
  return out;
}

/** Headers for the client response; `keepLength` false when the proxy may change the body. */
export function clientResponseHeaders(h: IncomingHttpHeaders, keepLength: boolean): OutgoingHttpHeaders {
  const drop = connectionTokens(h);
  const out: OutgoingHttpHeaders = {};
  for (const [k, v] of Object.entries(h)) {
    if (v === undefined || drop.has(k)) continue;
    if (HOP_BY_HOP.has(k) && !(k === 'content-length' && keepLength)) continue;
    out[k] = v;
  }
  return out;
}

/** The client takes only SSE (no application/json in Accept): proxy-made answers go out as one SSE event. */
export function wantsSseOnly(accept: string | undefined): boolean {
  if (accept === undefined) return false;
  const a = accept.toLowerCase();
  return a.includes('text/event-stream') && !a.includes('application/json') && !a.includes('*/*');
}

export function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase();
}
