import { describe, expect, it } from 'vitest';
import { AssayError, InputError, UsageError, formatDiagnostic } from '../../../src/core/errors.js';
import { importMcpTranscript } from '../../../src/core/import/index.js';

function failure(text: string, format: string, inputName = 'in.json'): InputError {
  try {
    importMcpTranscript(text, { format, inputName, episodeId: 'e' });
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error('expected an InputError');
}

/** The diagnostic lines as printed: `<input>:<line>:<col>: error E_TRACE_INVALID: …`. */
function lines(e: AssayError): string[] {
  return e.diagnostics.map(formatDiagnostic);
}

describe('import errors → E_TRACE_INVALID with positions', () => {
  it('invalid JSON (inspector)', () => {
    const e = failure('{"events": [\n  {"jsonrpc": "2.0",}\n]}', 'inspector');
    expect(e.reasonCode).toBe('E_TRACE_INVALID');
    expect(lines(e)).toEqual(['in.json:2:21: error E_TRACE_INVALID: invalid JSON: expected a string key']);
  });

  it('duplicate object keys (inspector)', () => {
    const e = failure('{"events":[\n {"jsonrpc":"2.0","id":1,"method":"ping","id":2}]}', 'inspector');
    expect(lines(e)).toEqual(['in.json:2:42: error E_TRACE_INVALID: invalid JSON: duplicate object key "id"']);
  });

  it('duplicate object keys (streamable-http document and an embedded SSE data string)', () => {
    expect(lines(failure('{"transport":"streamable-http","transport":"streamable-http","entries":[]}', 'streamable-http'))[0]).toContain(
      'invalid JSON: duplicate object key "transport"',
    );
    const doc = JSON.stringify({ transport: 'http-sse', entries: [{ sse: { event: 'message', data: '{"jsonrpc":"2.0","id":1,"id":2,"result":{}}' } }] });
    expect(lines(failure(doc, 'http-sse'))[0]).toMatch(/^in\.json:1:\d+: error E_TRACE_INVALID: entry 1: invalid JSON in sse.data: duplicate object key "id"$/);
  });

  it('invalid JSON on a jsonrpc line, every bad line reported', () => {
    const e = failure('{"jsonrpc":"2.0","method":"ping","id":1}\n{nope\n{"jsonrpc":"2.0","id":1,"result":{}}\n[1,', 'jsonrpc', 'rpc.jsonl');
    expect(lines(e)).toEqual([
      'rpc.jsonl:2:2: error E_TRACE_INVALID: invalid JSON: expected a string key',
      'rpc.jsonl:4:4: error E_TRACE_INVALID: invalid JSON: unexpected end of input',
    ]);
  });

  it('a message without "jsonrpc":"2.0"', () => {
    const e = failure('[{"jsonrpc":"1.0","id":1,"method":"ping"},\n{"id":2,"method":"ping"}]', 'inspector');
    expect(lines(e)).toEqual([
      'in.json:1:13: error E_TRACE_INVALID: MCP message must carry "jsonrpc":"2.0"',
      'in.json:2:1: error E_TRACE_INVALID: MCP message must carry "jsonrpc":"2.0"',
    ]);
  });

  it('a message that is not an object', () => {
    expect(lines(failure('[1]', 'inspector'))).toEqual(['in.json:1:1: error E_TRACE_INVALID: MCP message must be a JSON object, found number']);
  });

  it.each([
    ['true', 'boolean'],
    ['[1]', 'array'],
    ['{"a":1}', 'object'],
  ])('an id that is a %s', (id) => {
    const e = failure(`[{"jsonrpc":"2.0","id":${id},"method":"ping"}]`, 'inspector');
    expect(lines(e)).toEqual(['in.json:1:24: error E_TRACE_INVALID: JSON-RPC id must be a string or a number']);
  });

  it('finds a field after nested values with tricky strings (positions are re-read on demand)', () => {
    const text = '[{"jsonrpc":"2.0","method":"tools/call","params":{"name":"a\\"}{","arguments":{"x":[1,{"y":"]"}],"z":"\\\\"}},"id":true}]';
    const col = text.lastIndexOf('true') + 1;
    expect(lines(failure(text, 'inspector'))).toEqual([`in.json:1:${col}: error E_TRACE_INVALID: JSON-RPC id must be a string or a number`]);
  });

  it('two outstanding requests with one id (7 and "7" are one id)', () => {
    const e = failure(
      ['{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"a"}}', '{"jsonrpc":"2.0","id":"7","method":"tools/call","params":{"name":"b"}}'].join('\n'),
      'jsonrpc',
      'rpc.jsonl',
    );
    expect(lines(e)).toEqual(['rpc.jsonl:2:23: error E_TRACE_INVALID: two outstanding requests share id "7"']);
  });

  it('transport not equal to the format', () => {
    expect(lines(failure('{"transport":"x","entries":[]}', 'streamable-http'))).toEqual([
      'in.json:1:14: error E_TRACE_INVALID: transport must be "streamable-http", found "x"',
    ]);
    expect(lines(failure('{"entries":[]}', 'sse-legacy'))).toEqual(['in.json:1:1: error E_TRACE_INVALID: transport must be "http-sse", found none']);
    expect(lines(failure('{"transport":"streamable-http","entries":[]}', 'http-sse'))[0]).toContain(
      'transport must be "http-sse", found "streamable-http"',
    );
  });

  it('an entry with none or several of request, response, sse', () => {
    const doc = [
      '{"transport":"streamable-http","entries":[',
      '  {"request":{"jsonrpc":"2.0","id":1,"method":"ping"}},',
      '  {"timestamp_ms":1},',
      '  {"request":{"jsonrpc":"2.0","id":2,"method":"ping"},"response":{"jsonrpc":"2.0","id":1,"result":{}}},',
      '  {"response":{"jsonrpc":"2.0","id":1,"result":{}},"sse":{"data":{}}}',
      ']}',
    ].join('\n');
    expect(lines(failure(doc, 'streamable-http'))).toEqual([
      'in.json:3:3: error E_TRACE_INVALID: entry 2 must contain exactly one of request, response, sse',
      'in.json:4:3: error E_TRACE_INVALID: entry 3 must contain exactly one of request, response, sse',
      'in.json:5:3: error E_TRACE_INVALID: entry 4 must contain exactly one of request, response, sse',
    ]);
  });

  it('an inspector document of another shape', () => {
    expect(lines(failure('{"messages":[]}', 'inspector'))).toEqual([
      'in.json:1:1: error E_TRACE_INVALID: inspector transcript must be {"events":[...]} or an array of MCP messages, found an object without "events"',
    ]);
    expect(lines(failure('{"events":{}}', 'inspector'))[0]).toContain('found "events" of type object');
    expect(lines(failure('"x"', 'inspector'))[0]).toContain('found string');
  });

  it('responses with both or neither of result/error, and malformed error objects', () => {
    const e = failure(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, result: {}, error: { code: 1, message: 'x' } },
        { jsonrpc: '2.0', id: 1 },
        { jsonrpc: '2.0', id: 1, error: { code: 'x', message: 'm' } },
        { jsonrpc: '2.0', id: 1, error: { code: 1.5, message: 'm' } },
        { jsonrpc: '2.0', id: 1, error: 'boom' },
      ]),
      'inspector',
    );
    expect(e.diagnostics.map((d) => d.message)).toEqual([
      'JSON-RPC response must contain exactly one of result, error',
      'JSON-RPC response must contain exactly one of result, error',
      'JSON-RPC error must be an object with an integer "code" and a string "message"',
      'JSON-RPC error must be an object with an integer "code" and a string "message"',
      'JSON-RPC error must be an object with an integer "code" and a string "message"',
    ]);
  });

  it('a non-string method', () => {
    expect(failure('[{"jsonrpc":"2.0","id":1,"method":5}]', 'inspector').diagnostics[0]!.message).toBe('JSON-RPC method must be a string');
  });

  it('HTTP transcript shape problems', () => {
    expect(failure('[]', 'streamable-http').diagnostics[0]!.message).toBe(
      'streamable-http transcript must be a JSON object with "transport" and "entries", found array',
    );
    expect(failure('{"transport":"streamable-http","entries":{}}', 'streamable-http').diagnostics[0]!.message).toBe(
      'entries must be an array, found object',
    );
    expect(failure('{"transport":"streamable-http","entries":[1]}', 'streamable-http').diagnostics[0]!.message).toBe(
      'entry 1 must be an object, found number',
    );
    expect(failure('{"transport":"http-sse","entries":[{"sse":"x"}]}', 'http-sse').diagnostics[0]!.message).toBe(
      'entry 1: sse must be an object {event, id?, data}',
    );
    expect(
      failure('{"transport":"streamable-http","entries":[{"timestamp_ms":"soon","request":{"jsonrpc":"2.0","id":1,"method":"ping"}}]}', 'streamable-http')
        .diagnostics[0]!.message,
    ).toBe('entry 1: timestamp_ms must be a non-negative integer ≤ 2^53-1');
  });

  it('a timestamp above 2^53-1', () => {
    expect(failure('[{"jsonrpc":"2.0","id":1,"method":"ping","timestamp":9007199254740993}]', 'inspector').diagnostics[0]!.message).toBe(
      'timestamp must be an integer ≤ 2^53-1',
    );
  });

  it('carries the input in the next step and the first error in the context', () => {
    const e = failure('[1]', 'inspector', 'dir/session.json');
    expect(e.nextStep).toContain('--trace-file dir/session.json');
    expect(e.context).toMatchObject({ file: 'dir/session.json', line: 1, col: 1 });
    expect(e.source).toBe('trace');
  });

  it('an unknown format is a usage error', () => {
    expect(() => importMcpTranscript('[]', { format: 'har', inputName: 'x', episodeId: 'e' })).toThrow(UsageError);
  });
});
