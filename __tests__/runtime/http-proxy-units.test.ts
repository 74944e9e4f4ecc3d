// Pieces of `assay mcp proxy` that need no network: the incremental SSE reader and the listen/upstream checks.
import { describe, expect, it } from 'vitest';
import { SseReader, sseMessage, type SseEvent } from '../../src/runtime/mcp-http/sse.js';
import { isLoopback, parseListen, parseUpstream } from '../../src/runtime/mcp-http/options.js';
import { wantsSseOnly, upstreamRequestHeaders } from '../../src/runtime/mcp-http/headers.js';

function read(chunks: string[], cap = 1 << 20): { events: SseEvent[]; tooLong: number[]; rest: string } {
  const events: SseEvent[] = [];
  const tooLong: number[] = [];
  const r = new SseReader(cap, { event: (e) => events.push(e), tooLong: (n) => tooLong.push(n) });
  for (const c of chunks) r.push(Buffer.from(c));
  return { events, tooLong, rest: r.end().toString() };
}

describe('SseReader', () => {
  it('splits events across arbitrary chunk boundaries and keeps their exact bytes', () => {
    const stream = 'event: message\nid: 1\ndata: {"a":1}\n\n: comment\n\ndata: x\ndata: y\n\n';
    for (let cut = 1; cut < stream.length; cut++) {
      const { events, rest } = read([stream.slice(0, cut), stream.slice(cut)]);
      expect(events.map((e) => e.raw.toString()).join('')).toBe(stream);
      expect(events.map((e) => [e.event, e.id, e.data])).toEqual([
        ['message', '1', '{"a":1}'],
        ['', undefined, undefined],
        ['', undefined, 'x\ny'],
      ]);
      expect(rest).toBe('');
    }
  });

  it('accepts CRLF and CR line endings', () => {
    const { events } = read(['data: a\r\n\r\ndata: b\r\rdata: c\r\n', '\r\n']);
    expect(events.map((e) => e.data)).toEqual(['a', 'b', 'c']);
  });

  it('reports an event over the cap once and stops', () => {
    const { events, tooLong } = read(['data: ' + 'x'.repeat(50), 'y'.repeat(50), '\n\ndata: z\n\n'], 64);
    expect(events).toEqual([]);
    expect(tooLong).toHaveLength(1);
  });

  it('returns an unfinished event at the end', () => {
    expect(read(['data: a\n\ndata: b\n']).rest).toBe('data: b\n');
  });

  it('writes one message event', () => {
    expect(sseMessage('{"id":1}\n')).toBe('event: message\ndata: {"id":1}\n\n');
  });
});

describe('listen and upstream checks', () => {
  it('parses host:port and [v6]:port', () => {
    expect(parseListen('127.0.0.1:8787')).toEqual({ host: '127.0.0.1', port: 8787 });
    expect(parseListen('[::1]:0')).toEqual({ host: '::1', port: 0 });
    expect(() => parseListen('8787')).toThrow(/host:port/);
    expect(() => parseListen('127.0.0.1:70000')).toThrow(/host:port/);
  });

  it('knows loopback from the rest', () => {
    for (const h of ['127.0.0.1', '127.1.2.3', '::1', 'localhost', '::ffff:127.0.0.1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['0.0.0.0', '::', '10.0.0.1', '192.168.1.2', 'example.com', '127.0.0.256']) expect(isLoopback(h)).toBe(false);
  });

  it('refuses non-http upstreams and embedded credentials', () => {
    expect(parseUpstream('http://127.0.0.1:3001/mcp').pathname).toBe('/mcp');
    expect(() => parseUpstream('ftp://x/')).toThrow(/http/);
    expect(() => parseUpstream('http://u:p@x/')).toThrow(/credentials/);
  });
});

describe('headers', () => {
  it('passes end-to-end headers, drops hop-by-hop ones, asks for identity encoding', () => {
    const out = upstreamRequestHeaders(
      { authorization: 'Bearer t', 'mcp-session-id': 's', connection: 'keep-alive, x-hop', 'x-hop': '1', host: 'proxy', 'accept-encoding': 'gzip', 'last-event-id': 'e1' },
      new URL('http://up:9/mcp'),
      5,
    );
    expect(out).toEqual({ authorization: 'Bearer t', 'mcp-session-id': 's', host: 'up:9', 'accept-encoding': 'identity', 'last-event-id': 'e1', 'content-length': '5' });
  });

  it('answers as SSE only when the client cannot take JSON', () => {
    expect(wantsSseOnly('text/event-stream')).toBe(true);
    expect(wantsSseOnly('application/json, text/event-stream')).toBe(false);
    expect(wantsSseOnly(undefined)).toBe(false);
  });
});
