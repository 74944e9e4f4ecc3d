// Options of `assay mcp proxy` (docs/mcp-proxy.md): the decision options of `mcp wrap` minus the child
// process, plus where to listen and where to forward.
import { UsageError } from '../../core/errors.js';
import type { WrapOptions } from '../mcp/options.js';

export type HttpDecisionOptions = Omit<WrapOptions, 'command' | 'args' | 'envFilter' | 'shutdownGraceMs' | 'maxServerLineBytes' | 'maxLineBytes'>;

export interface HttpProxyOptions extends HttpDecisionOptions {
  /** Upstream MCP endpoint (http: or https: URL, path included). */
  upstream: URL;
  host: string;
  /** 0 picks a free port (printed on stderr). */
  port: number;
  /** Largest POST body accepted from the client (bytes). */
  maxBodyBytes: number;
  /** Largest single SSE event or JSON response body the proxy buffers to inspect (bytes). */
  maxEventBytes: number;
  /** Most MCP sessions kept at once; an initialize over the cap is refused (503). */
  maxSessions: number;
}

export const HTTP_DEFAULTS = {
  maxBodyBytes: 4_194_304,
  maxEventBytes: 67_108_864,
  maxSessions: 10_000,
} as const;

/** `host:port` or `[v6]:port`. */
export function parseListen(s: string): { host: string; port: number } {
  const m = /^(?:\[([0-9A-Fa-f:.]+)\]|([^:[\]\s]+)):([0-9]{1,5})$/.exec(s);
  const port = m ? Number(m[3]) : NaN;
  if (!m || port > 65535) throw new UsageError('E_INVALID_ARGS', `--listen must be host:port (e.g. 127.0.0.1:8787), got ${JSON.stringify(s)}`);
  return { host: (m[1] ?? m[2])!, port };
}

/** Loopback addresses only: 127.0.0.0/8, ::1, localhost. */
export function isLoopback(host: string): boolean {
  const h = host.toLowerCase();
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h.startsWith('::ffff:') ? h.slice(7) : h);
  return v4 !== null && v4.slice(1).every((p) => Number(p) <= 255);
}

export function parseUpstream(s: string): URL {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    throw new UsageError('E_INVALID_ARGS', `--upstream must be an http(s) URL, got ${JSON.stringify(s)}`);
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new UsageError('E_INVALID_ARGS', '--upstream must use http: or https:');
  if (u.username !== '' || u.password !== '') throw new UsageError('E_INVALID_ARGS', '--upstream must not carry credentials; the client sends its own headers');
  return u;
}
