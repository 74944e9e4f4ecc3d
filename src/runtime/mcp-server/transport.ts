// Stdio transport for `assay mcp-server`: NDJSON framing with a byte cap per inbound line and
// answers of its own for what the SDK would drop silently (oversized lines, invalid JSON, batches,
// malformed `initialize` params). Everything else goes to the SDK server unchanged.
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { JSONRPCMessage } from '@modelcontextprotocol/sdk/types.js';
import { isUtf8 } from 'node:buffer';
import { LineSplitter } from '../mcp/line-splitter.js';
import { parseStrictLine } from '../mcp/strict-line.js';

function errorLine(id: string | null, code: number, message: string, data?: Record<string, unknown>): string {
  const error = data ? { code, message, data } : { code, message };
  return `{"jsonrpc":"2.0","id":${id ?? 'null'},"error":${JSON.stringify(error)}}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** `initialize` needs protocolVersion (string), capabilities (object), clientInfo {name, version}. */
function initializeParamsOk(p: unknown): boolean {
  if (!isObject(p)) return false;
  const ci = p.clientInfo;
  return typeof p.protocolVersion === 'string' && isObject(p.capabilities) && isObject(ci) && typeof ci.name === 'string' && typeof ci.version === 'string';
}

export class StrictStdioTransport implements Transport {
  onclose?: () => void;
  onerror?: (error: Error) => void;
  onmessage?: (message: JSONRPCMessage) => void;
  private closed = false;
  private readonly splitter: LineSplitter;
  private readonly onData = (chunk: Buffer) => this.splitter.push(chunk);
  private readonly onEnd = () => {
    this.splitter.end();
    void this.close();
  };

  constructor(
    private readonly stdin: NodeJS.ReadableStream,
    private readonly stdout: NodeJS.WritableStream,
    private readonly maxBytes: number,
  ) {
    this.splitter = new LineSplitter(maxBytes, {
      line: (buf, start, end) => {
        this.line(buf, start, end);
        return false;
      },
      forward: () => undefined,
      tooLong: () => this.write(errorLine(null, -32600, 'Invalid Request', { reason: 'E_LIMIT_EXCEEDED', max_bytes: this.maxBytes })),
    });
  }

  async start(): Promise<void> {
    this.stdin.on('data', this.onData);
    this.stdin.on('end', this.onEnd);
    this.stdin.on('error', this.onEnd);
  }

  private write(s: string): void {
    if (!this.closed) this.stdout.write(s);
  }

  private line(buf: Buffer, start: number, end: number): void {
    const view = buf.subarray(start, end);
    if (!isUtf8(view)) {
      this.write(errorLine(null, -32700, 'Parse error'));
      return;
    }
    const text = buf.toString('utf8', start, end);
    if (text.trim() === '') return;
    const r = parseStrictLine(text);
    if (!r.ok) {
      this.write(errorLine(r.failure === 'syntax' ? null : (r.idToken ?? null), r.failure === 'syntax' ? -32700 : -32600, r.failure === 'syntax' ? 'Parse error' : 'Invalid Request'));
      return;
    }
    const m = r.value;
    if (Array.isArray(m)) {
      this.write(errorLine(null, -32600, 'Invalid Request'));
      return;
    }
    if (!isObject(m) || m.jsonrpc !== '2.0') {
      this.write(errorLine(r.idToken ?? null, -32600, 'Invalid Request'));
      return;
    }
    if (m.method === 'initialize' && r.idToken !== undefined && !initializeParamsOk(m.params)) {
      this.write(errorLine(r.idToken, -32602, 'Invalid params'));
      return;
    }
    this.onmessage?.(m as JSONRPCMessage);
  }

  async send(message: JSONRPCMessage): Promise<void> {
    this.write(JSON.stringify(message) + '\n');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stdin.off('data', this.onData);
    this.stdin.off('end', this.onEnd);
    this.stdin.off('error', this.onEnd);
    this.onclose?.();
  }
}
