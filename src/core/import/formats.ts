// Containers of the four MCP transcript formats → JSON-RPC messages with positions.
import { entryAuthDiscovery, mergeAuthDiscovery } from './auth-discovery.js';
import {
  DiagnosticSink,
  jsonTypeName,
  noAuthDiscovery,
  readMessage,
  readTimestamp,
  type AuthDiscovery,
  type Locator,
  type McpFormat,
  type McpMessage,
} from './message.js';
import { JsonSyntaxError, LineIndex, has, isJsonObject, scanJson, type JsonValue, type Position, type ScanResult } from './strict-json.js';

/** Containers whose positions diagnostics can name: document → entries → entry → message (+ fields). */
const TRACK_DEPTH = 4;

export interface ReadResult {
  messages: McpMessage[];
  auth: AuthDiscovery;
}

export function readTranscript(text: string, format: McpFormat, sink: DiagnosticSink): ReadResult {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  switch (format) {
    case 'jsonrpc':
      return { messages: readJsonRpcLines(text, sink), auth: noAuthDiscovery() };
    case 'inspector':
      return { messages: readInspector(text, sink), auth: noAuthDiscovery() };
    case 'streamable-http':
    case 'http-sse':
      return readHttpTranscript(text, format, sink);
  }
}

function documentLocator(text: string, scan: ScanResult, lineOffset = 0): Locator {
  const lines = new LineIndex(text);
  const shift = (p: Position): Position => ({ line: p.line + lineOffset, col: p.col });
  return {
    of: (node) => shift(lines.at(scan.containerOffsets.get(node) ?? 0)),
    member: (node, key) => {
      const off = scan.memberOffset(node, key) ?? scan.containerOffsets.get(node) ?? 0;
      return shift(lines.at(off));
    },
  };
}

/** Scan a whole document; a syntax error becomes one diagnostic and `undefined`. */
function scanDocument(text: string, sink: DiagnosticSink, duplicateKeys: 'reject' | 'last', lineOffset = 0): ScanResult | undefined {
  try {
    return scanJson(text, { duplicateKeys, trackDepth: TRACK_DEPTH });
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const p = new LineIndex(text).at(e.offset);
    sink.error({ line: p.line + lineOffset, col: p.col }, `invalid JSON: ${e.message}`);
    return undefined;
  }
}

// jsonrpc: one message per line. Blank and `#` comment lines are skipped; a repeated key in a
// line follows the JSONL rule (last one wins).
function readJsonRpcLines(text: string, sink: DiagnosticSink): McpMessage[] {
  const out: McpMessage[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length && !sink.full; n++) {
    let line = lines[n]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const scan = scanDocument(line, sink, 'last', n);
    if (!scan) continue;
    const at = documentLocator(line, scan, n);
    const msg = readMessage(scan.value, at, () => ({ line: n + 1, col: 1 }), n + 1, undefined, sink);
    if (msg) out.push(msg);
  }
  return out;
}

// inspector: `{"events":[msg…]}` or `[msg…]`; duplicate keys refused; order = element index.
function readInspector(text: string, sink: DiagnosticSink): McpMessage[] {
  const scan = scanDocument(text, sink, 'reject');
  if (!scan) return [];
  const at = documentLocator(text, scan);
  const root = scan.value;
  let events: JsonValue[] | undefined;
  if (Array.isArray(root)) events = root;
  else if (isJsonObject(root) && has(root, 'events') && Array.isArray(root['events'])) events = root['events'];
  if (!events) {
    const pos = isJsonObject(root) && has(root, 'events') ? at.member(root, 'events') : { line: 1, col: 1 };
    sink.error(pos, `inspector transcript must be {"events":[...]} or an array of MCP messages, found ${describeShape(root)}`);
    return [];
  }
  const out: McpMessage[] = [];
  const list = events;
  const listPos = (): Position => at.of(list);
  events.forEach((item, idx) => {
    const msg = readMessage(item, at, listPos, idx + 1, undefined, sink);
    if (msg) out.push(msg);
  });
  return out;
}

function describeShape(v: JsonValue): string {
  if (isJsonObject(v)) return has(v, 'events') ? `"events" of type ${jsonTypeName(v['events'])}` : 'an object without "events"';
  return jsonTypeName(v);
}

// streamable-http / http-sse: {transport, transport_context?, headers?, entries:[…]}.
function readHttpTranscript(text: string, format: 'streamable-http' | 'http-sse', sink: DiagnosticSink): ReadResult {
  const auth = noAuthDiscovery();
  const scan = scanDocument(text, sink, 'reject');
  if (!scan) return { messages: [], auth };
  const at = documentLocator(text, scan);
  const root = scan.value;
  if (!isJsonObject(root)) {
    sink.error({ line: 1, col: 1 }, `${format} transcript must be a JSON object with "transport" and "entries", found ${jsonTypeName(root)}`);
    return { messages: [], auth };
  }
  const transport = has(root, 'transport') ? root['transport'] : undefined;
  if (transport !== format) {
    const found = transport === undefined ? 'none' : JSON.stringify(transport);
    sink.error(has(root, 'transport') ? at.member(root, 'transport') : at.of(root), `transport must be "${format}", found ${found}`);
    return { messages: [], auth };
  }
  const entries = has(root, 'entries') ? root['entries'] : [];
  if (!Array.isArray(entries)) {
    sink.error(at.member(root, 'entries'), `entries must be an array, found ${jsonTypeName(entries)}`);
    return { messages: [], auth };
  }
  const out: McpMessage[] = [];
  for (let idx = 0; idx < entries.length && !sink.full; idx++) {
    const entry = entries[idx]!;
    const n = idx + 1;
    if (!isJsonObject(entry)) {
      sink.error(Array.isArray(entry) ? at.of(entry) : at.of(entries), `entry ${n} must be an object, found ${jsonTypeName(entry)}`);
      continue;
    }
    // A null slot counts as absent (as in the reference reader).
    const present = ['request', 'response', 'sse'].filter((k) => has(entry, k) && entry[k] !== null);
    if (present.length !== 1) {
      sink.error(at.of(entry), `entry ${n} must contain exactly one of request, response, sse`);
      continue;
    }
    let entryTs: number | undefined;
    if (has(entry, 'timestamp_ms') && entry['timestamp_ms'] !== null) {
      const t = readTimestamp(entry['timestamp_ms']);
      if (typeof t !== 'number') {
        sink.error(at.member(entry, 'timestamp_ms'), `entry ${n}: timestamp_ms must be a non-negative integer ≤ 2^53-1`);
        continue;
      }
      entryTs = t;
    }
    const seen = entryAuthDiscovery(entry);
    if (seen) mergeAuthDiscovery(auth, seen);
    const slot = present[0]!;
    if (slot === 'sse') {
      const msg = readSseEntry(entry['sse']!, at, () => at.member(entry, 'sse'), n, entryTs, sink);
      if (msg) out.push(msg);
      continue;
    }
    const msg = readMessage(entry[slot]!, at, () => at.member(entry, slot), n, entryTs, sink);
    if (msg) out.push(msg);
  }
  return { messages: out, auth };
}

// sse = {event, id?, data}: only `event: "message"` (the default) carries JSON-RPC; `endpoint` and
// keep-alive frames, and data that is not JSON-RPC shaped, are ignored. A data string holding JSON
// with a repeated key is refused like the document itself.
function readSseEntry(sse: JsonValue, at: Locator, ssePos: () => Position, n: number, entryTs: number | undefined, sink: DiagnosticSink): McpMessage | undefined {
  if (!isJsonObject(sse) || !has(sse, 'data')) {
    sink.error(ssePos(), `entry ${n}: sse must be an object {event, id?, data}`);
    return undefined;
  }
  const event = has(sse, 'event') && sse['event'] !== null ? sse['event'] : 'message';
  if (typeof event !== 'string') {
    sink.error(at.member(sse, 'event'), `entry ${n}: sse.event must be a string`);
    return undefined;
  }
  if (event !== 'message') return undefined;
  const dataPos = (): Position => at.member(sse, 'data');
  let data: JsonValue = sse['data']!;
  let locator = at;
  if (typeof data === 'string') {
    let scan: ScanResult;
    try {
      scan = scanJson(data, { duplicateKeys: 'reject', trackDepth: 1 });
    } catch (e) {
      if (!(e instanceof JsonSyntaxError)) throw e;
      if (e.kind === 'duplicate') sink.error(dataPos(), `entry ${n}: invalid JSON in sse.data: ${e.message}`);
      return undefined;
    }
    data = scan.value;
    // Positions inside an embedded string are reported at the string.
    locator = { of: () => dataPos(), member: () => dataPos() };
  }
  if (!isJsonObject(data)) return undefined;
  const obj = data;
  if (!['method', 'result', 'error', 'jsonrpc'].some((k) => has(obj, k))) return undefined;
  return readMessage(obj, locator, dataPos, n, entryTs, sink);
}
