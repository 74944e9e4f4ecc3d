import { describe, expect, it } from 'vitest';
import { importMcpTranscript, type ImportOptions } from '../../../src/core/import/index.js';

type Msg = Record<string, unknown>;

// One MCP session, written once and wrapped in every container format below.
const SESSION: Msg[] = [
  { jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18' } },
  { jsonrpc: '2.0', id: 1, result: { protocolVersion: '2025-06-18', capabilities: {} } },
  { jsonrpc: '2.0', method: 'notifications/initialized' },
  { jsonrpc: '2.0', id: 2, method: 'tools/list' },
  {
    jsonrpc: '2.0',
    id: 2,
    result: { tools: [{ name: 'read_file', description: 'Read a file', inputSchema: { type: 'object' } }, { name: 'exec' }] },
  },
  { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'read_file', arguments: { path: '/app/a.txt' } } },
  { jsonrpc: '2.0', id: 3, result: { content: [{ type: 'text', text: 'hello' }] } },
];

const BASE: Omit<ImportOptions, 'format'> = { inputName: 'session.json', episodeId: 'session' };

function parse(lines: string[]): Array<Record<string, unknown>> {
  return lines.map((l) => JSON.parse(l) as Record<string, unknown>);
}

function run(text: string, format: string, extra: Partial<ImportOptions> = {}) {
  return importMcpTranscript(text, { ...BASE, format, ...extra });
}

const EXPECTED_LINES = [
  '{"type":"episode_start","episode_id":"session","timestamp":0,"input":{"prompt":"<mcp:session>"},"meta":{"source":"mcp_import","episode_id":"session","mcp":{"authorization_discovery":{"visible":false,"source_kind":"unknown","resource_metadata_visible":false,"authorization_servers_visible":false,"scope_challenge_visible":false}}}}',
  '{"type":"step","episode_id":"session","step_id":"step_000","timestamp":0,"kind":"tool","idx":0,"name":"tools/list","content":"{}"}',
  '{"type":"step","episode_id":"session","step_id":"step_001","timestamp":0,"kind":"tool","idx":1,"name":"tools/list.result","content":"{\\"tools\\":[{\\"name\\":\\"read_file\\",\\"description\\":\\"Read a file\\",\\"input_schema\\":{\\"type\\":\\"object\\"}},{\\"name\\":\\"exec\\"}]}"}',
  '{"type":"step","episode_id":"session","step_id":"step_002","timestamp":0,"kind":"tool","idx":2,"name":"read_file","content":null,"meta":{"jsonrpc_id":"3"}}',
  '{"type":"tool_call","episode_id":"session","step_id":"step_002","timestamp":0,"tool_name":"read_file","call_index":0,"args":{"path":"/app/a.txt"},"result":{"content":[{"type":"text","text":"hello"}]},"error":null}',
  '{"type":"episode_end","episode_id":"session","timestamp":0,"final_output":"{\\"content\\":[{\\"type\\":\\"text\\",\\"text\\":\\"hello\\"}]}"}',
];

function httpEntries(msgs: Msg[]): Msg[] {
  return msgs.map((m) => ('method' in m ? { request: m } : { response: m }));
}

describe('every container format yields the same canonical V2 episode', () => {
  const documents: Array<[string, string]> = [
    ['inspector', JSON.stringify({ events: SESSION }, null, 2)],
    ['mcp-inspector', JSON.stringify(SESSION)],
    ['mcp-inspector@v1', JSON.stringify({ events: SESSION })],
    ['jsonrpc', SESSION.map((m) => JSON.stringify(m)).join('\n') + '\n'],
    ['streamable-http', JSON.stringify({ transport: 'streamable-http', entries: httpEntries(SESSION) })],
    [
      'http-sse',
      JSON.stringify({
        transport: 'http-sse',
        entries: [
          { sse: { event: 'endpoint', data: '/messages?session=1' } },
          ...SESSION.map((m) => ('method' in m ? { request: m } : { sse: { event: 'message', data: JSON.stringify(m) } })),
        ],
      }),
    ],
    [
      'sse-legacy',
      JSON.stringify({
        transport: 'http-sse',
        entries: SESSION.map((m) => ('method' in m ? { request: m } : { sse: { event: 'message', id: 'e1', data: m } })),
      }),
    ],
  ];
  it.each(documents)('%s', (format, text) => {
    const r = run(text, format);
    expect(r.lines).toEqual(EXPECTED_LINES);
    expect(r.mcpEvents).toBe(SESSION.length);
    expect(r.notes).toEqual([]);
    expect(r.tools).toEqual(['read_file']);
  });
});

describe('mapping rules', () => {
  it('writes --episode-id, --test-id and --prompt into episode_start', () => {
    const r = run(JSON.stringify([]), 'inspector', { episodeId: 'ep-9', testId: 't1', prompt: 'book a flight' });
    const [start, end] = parse(r.lines);
    expect(start).toEqual({
      type: 'episode_start',
      episode_id: 'ep-9',
      timestamp: 0,
      input: { prompt: 'book a flight' },
      meta: {
        source: 'mcp_import',
        episode_id: 'ep-9',
        test_id: 't1',
        mcp: {
          authorization_discovery: {
            visible: false,
            source_kind: 'unknown',
            resource_metadata_visible: false,
            authorization_servers_visible: false,
            scope_challenge_visible: false,
          },
        },
      },
    });
    expect(Object.keys(start!['meta'] as object)).toEqual(['source', 'episode_id', 'test_id', 'mcp']);
    expect(end).toEqual({ type: 'episode_end', episode_id: 'ep-9', timestamp: 0, final_output: null });
  });

  it('maps an error response to result {error} with error "mcp_error"', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', id: 'a', method: 'tools/call', params: { name: 'write_file', arguments: { path: 'x' } } },
        { jsonrpc: '2.0', id: 'a', error: { code: -32602, message: 'denied' } },
      ]),
      'inspector',
    );
    const ev = parse(r.lines);
    expect(ev[2]).toEqual({
      type: 'tool_call',
      episode_id: 'session',
      step_id: 'step_000',
      timestamp: 0,
      tool_name: 'write_file',
      call_index: 0,
      args: { path: 'x' },
      result: { error: { code: -32602, message: 'denied' } },
      error: 'mcp_error',
    });
    expect(ev[3]!['final_output']).toBe('{"code":-32602,"message":"denied"}');
  });

  it('appends unanswered requests last with timeout/no_response, in request order', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'a', arguments: { n: 1 } } },
        { jsonrpc: '2.0', method: 'tools/call', params: { name: 'b' } },
        { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'c', arguments: {} } },
        { jsonrpc: '2.0', id: 3, result: { ok: true } },
      ]),
      'inspector',
    );
    const ev = parse(r.lines);
    expect(ev.map((e) => [e['type'], e['step_id'] ?? null, e['tool_name'] ?? e['name'] ?? null])).toEqual([
      ['episode_start', null, null],
      ['step', 'step_000', 'a'],
      ['step', 'step_001', 'b'],
      ['step', 'step_002', 'c'],
      ['tool_call', 'step_002', 'c'],
      ['tool_call', 'step_000', 'a'],
      ['tool_call', 'step_001', 'b'],
      ['episode_end', null, null],
    ]);
    expect(ev[5]).toMatchObject({ args: { n: 1 }, result: null, error: 'timeout/no_response' });
    // No params.arguments → args null (always written).
    expect(r.lines[6]).toContain('"args":null,"result":null,"error":"timeout/no_response"');
    expect(ev[2]!['meta']).toEqual({ jsonrpc_id: null });
    expect(r.tools).toEqual(['a', 'b', 'c']);
  });

  it('notes orphan and duplicate responses without writing events', () => {
    const r = run(
      [
        '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"t"}}',
        '{"jsonrpc":"2.0","id":1,"result":{"n":1}}',
        '{"jsonrpc":"2.0","id":1,"result":{"n":2}}',
        '{"jsonrpc":"2.0","id":99,"result":{}}',
        '{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"Parse error"}}',
      ].join('\n'),
      'jsonrpc',
      { inputName: 'rpc.jsonl' },
    );
    expect(r.notes).toEqual([
      'rpc.jsonl:3:1: orphan duplicate response for id "1" (already answered); no event written',
      'rpc.jsonl:4:1: orphan response id "99" has no outstanding request; no event written',
      'rpc.jsonl:5:1: orphan response without an id has no request; no event written',
    ]);
    expect(parse(r.lines).map((e) => e['type'])).toEqual(['episode_start', 'step', 'tool_call', 'episode_end']);
    // The last response (in order) sets final_output, orphan or not.
    expect(parse(r.lines)[3]!['final_output']).toBe('{"code":-32700,"message":"Parse error"}');
  });

  it('normalises numeric ids to decimal strings and pairs 7 with "7"', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', id: 7, method: 'tools/call', params: { name: 't' } },
        { jsonrpc: '2.0', id: '7', result: {} },
      ]),
      'inspector',
    );
    expect(r.notes).toEqual([]);
    expect(parse(r.lines)[2]).toMatchObject({ type: 'tool_call', error: null });
  });

  it('allows an id to be reused after its response', () => {
    const msgs = [
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'a' } },
      { jsonrpc: '2.0', id: 1, result: {} },
      { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'b' } },
      { jsonrpc: '2.0', id: 1, result: {} },
    ];
    const ev = parse(run(JSON.stringify(msgs), 'inspector').lines);
    expect(ev.filter((e) => e['type'] === 'tool_call').map((e) => e['tool_name'])).toEqual(['a', 'b']);
  });

  it('sorts by timestamp, then source order, and takes timestamps from the source', () => {
    const lines = [
      '{"jsonrpc":"2.0","id":2,"result":{"late":true},"timestamp_ms":1300}',
      '{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"second"},"timestamp":1200}',
      '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"first"},"timestamp_ms":1100}',
      '{"jsonrpc":"2.0","id":1,"result":{},"timestamp_ms":1150}',
    ];
    const ev = parse(run(lines.join('\n'), 'jsonrpc').lines);
    expect(ev.map((e) => [e['type'], e['timestamp'], e['tool_name'] ?? e['name'] ?? null])).toEqual([
      ['episode_start', 1100, null],
      ['step', 1100, 'first'],
      ['tool_call', 1150, 'first'],
      ['step', 1200, 'second'],
      ['tool_call', 1300, 'second'],
      ['episode_end', 1300, null],
    ]);
  });

  it('uses the HTTP entry timestamp_ms when the message has none; message timestamps win', () => {
    const doc = {
      transport: 'streamable-http',
      entries: [
        { timestamp_ms: 500, request: { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'x' } } },
        { timestamp_ms: 900, response: { jsonrpc: '2.0', id: 1, result: {}, timestamp_ms: 600 } },
      ],
    };
    const ev = parse(run(JSON.stringify(doc), 'streamable-http').lines);
    expect(ev.map((e) => e['timestamp'])).toEqual([500, 500, 600, 600]);
  });

  it('ignores SSE keep-alive, endpoint and non-JSON-RPC frames', () => {
    const doc = {
      transport: 'http-sse',
      entries: [
        { sse: { event: 'endpoint', data: '/messages' } },
        { sse: { event: 'ping', data: '{}' } },
        { sse: { event: 'message', data: 'keep-alive' } },
        { sse: { event: 'message', data: { hello: 1 } } },
        { request: { jsonrpc: '2.0', id: 1, method: 'ping' } },
        { sse: { data: '{"jsonrpc":"2.0","id":1,"result":{}}' } },
      ],
    };
    const r = run(JSON.stringify(doc), 'http-sse');
    expect(r.mcpEvents).toBe(2);
    expect(r.notes).toEqual([]);
    expect(parse(r.lines)[1]!['final_output']).toBe('{}');
  });

  it('maps a tools/list error response into the tools/list.result step', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'tools/list' },
        { jsonrpc: '2.0', id: 1, error: { code: -1, message: 'no' } },
      ]),
      'inspector',
    );
    expect(parse(r.lines)[2]).toMatchObject({ name: 'tools/list.result', content: '{"error":{"code":-1,"message":"no"}}' });
  });

  it('treats a request-only method without an id as a request and other id-less methods as notifications', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', method: 'notifications/progress', params: {} },
        { jsonrpc: '2.0', method: 'tools/list' },
      ]),
      'inspector',
    );
    expect(parse(r.lines).map((e) => e['name'] ?? e['type'])).toEqual(['episode_start', 'tools/list', 'episode_end']);
  });

  it('keeps large integer arguments exact', () => {
    const text = '[{"jsonrpc":"2.0","id":18446744073709551615,"method":"tools/call","params":{"name":"t","arguments":{"n":18446744073709551615}}}]';
    const r = run(text, 'inspector');
    expect(r.lines[1]).toContain('"meta":{"jsonrpc_id":"18446744073709551615"}');
    expect(r.lines[2]).toContain('"args":{"n":18446744073709551615}');
  });

  it('strips a leading BOM and accepts CRLF, blank and # comment lines in jsonrpc', () => {
    const text = '\ufeff# recorded by hand\r\n\r\n{"jsonrpc":"2.0","id":1,"method":"ping"}\r\n  \r\n{"jsonrpc":"2.0","id":1,"result":{}}\r\n';
    const r = run(text, 'jsonrpc');
    expect(r.mcpEvents).toBe(2);
    expect(r.notes).toEqual([]);
  });

  it('lets the last of two equal keys win in a jsonrpc line (JSONL rule)', () => {
    const r = run('{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"a"},"params":{"name":"b"}}', 'jsonrpc');
    expect(r.tools).toEqual(['b']);
  });
});

describe('authorization discovery', () => {
  const call = { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't' } };
  const denied = { jsonrpc: '2.0', id: 1, error: { code: -32001, message: 'Unauthorized' } };
  function discovery(entry: Msg): unknown {
    const doc = { transport: 'streamable-http', entries: [{ request: call }, { ...entry, response: denied }] };
    const start = parse(run(JSON.stringify(doc), 'streamable-http').lines)[0]!;
    return ((start['meta'] as Msg)['mcp'] as Msg)['authorization_discovery'];
  }

  it('is visible for a 401 with resource_metadata and scope in WWW-Authenticate', () => {
    expect(
      discovery({
        transport_context: {
          status: 401,
          headers: { 'WWW-Authenticate': 'Bearer resource_metadata="https://x/.well-known/oauth-protected-resource", scope="files:read"' },
        },
      }),
    ).toEqual({
      visible: true,
      source_kind: 'www_authenticate',
      resource_metadata_visible: true,
      authorization_servers_visible: false,
      scope_challenge_visible: true,
    });
  });

  it('finds status_code/http_status under response and the header in any case', () => {
    expect(discovery({ transport_context: { response: { status_code: 401, headers: { 'www-authenticate': 'Bearer scope="a"' } } } })).toMatchObject({
      visible: true,
      resource_metadata_visible: false,
      scope_challenge_visible: true,
    });
    expect(discovery({ headers: { http_status: '401', 'WWW-AUTHENTICATE': 'Bearer resource_metadata="u"' } })).toMatchObject({
      visible: true,
      resource_metadata_visible: true,
    });
  });

  it.each([
    ['another status', { transport_context: { status: 403, headers: { 'WWW-Authenticate': 'Bearer scope="a"' } } }],
    ['no header', { transport_context: { status: 401 } }],
    ['a header without the parameters', { transport_context: { status: 401, headers: { 'WWW-Authenticate': 'Bearer realm="x"' } } }],
    ['a parameter inside another word', { transport_context: { status: 401, headers: { 'WWW-Authenticate': 'Bearer myscope="x"' } } }],
  ])('is not visible with %s', (_name, entry) => {
    expect(discovery(entry)).toMatchObject({ visible: false, source_kind: 'unknown' });
  });
});

describe('determinism', () => {
  it('gives identical bytes for the same input, and 0 timestamps without source timestamps', () => {
    const text = JSON.stringify({ events: SESSION });
    const a = run(text, 'inspector').lines.join('\n');
    const b = run(text, 'inspector').lines.join('\n');
    expect(a).toBe(b);
    for (const ev of parse(run(text, 'inspector').lines)) expect(ev['timestamp']).toBe(0);
  });

  it('keeps input key order inside args and results', () => {
    const r = run(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 't', arguments: { z: 1, a: 2, m: { y: 1, b: 2 } } } },
        { jsonrpc: '2.0', id: 1, result: { z: 0, a: 0 } },
      ]),
      'inspector',
    );
    expect(r.lines[2]).toContain('"args":{"z":1,"a":2,"m":{"y":1,"b":2}},"result":{"z":0,"a":0}');
  });
});
