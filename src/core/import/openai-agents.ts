// `assay import --format openai-agents`: OpenAI Agents SDK traces → canonical V2 JSONL, one episode per
// trace (docs/importers.md). Input: the tracing exporter's payload `{"data":[trace, span…]}`, an array of
// those items, or JSON lines of items or payloads. Items are `{"object":"trace", id, workflow_name,
// group_id, metadata}` and `{"object":"trace.span", id, trace_id, parent_id, started_at, ended_at,
// span_data:{type,…}, error:{message,data}|null}`; `function` spans are the tool calls.
import {
  DiagnosticSink,
  compareItems,
  contentText,
  decodeArgs,
  describe,
  failWith,
  get,
  jsonTypeName,
  optString,
  readDocs,
  readTime,
  reqString,
  writeEpisodes,
  type Doc,
  type FrameworkImportOptions,
  type FrameworkImportResult,
  type FwEpisode,
  type FwItem,
} from './framework-common.js';
import { isJsonObject, type JsonObject, type JsonValue } from './strict-json.js';

const SHAPE = 'expected the OpenAI Agents SDK trace export {"data":[…]}, an array of trace/span items, or JSON lines of them';

interface Pending {
  ep: FwEpisode;
  /** Generation spans' user text and answers, with their start, to pick the first prompt and last answer. */
  prompts: { item: FwItem; text: string }[];
  answers: { item: FwItem; text: string }[];
}

export function importOpenAiAgents(text: string, opts: FrameworkImportOptions): FrameworkImportResult {
  const sink = new DiagnosticSink(opts.inputName);
  const docs = readDocs(text, sink);
  const traces = new Map<string, Pending>();
  const episode = (traceId: string): Pending => {
    let p = traces.get(traceId);
    if (!p) {
      p = { ep: { traceId, meta: { source: 'openai-agents', trace_id: traceId }, items: [] }, prompts: [], answers: [] };
      traces.set(traceId, p);
    }
    return p;
  };
  let order = 0;
  let records = 0;
  for (const doc of docs) {
    for (const item of itemsOf(doc, sink)) {
      if (sink.full) break;
      records++;
      readItem(item, doc, order++, sink, episode);
    }
  }
  if (sink.list.length) throw failWith(sink, opts.inputName);
  const episodes: FwEpisode[] = [];
  for (const p of traces.values()) {
    p.prompts.sort((a, b) => compareItems(a.item, b.item));
    p.answers.sort((a, b) => compareItems(a.item, b.item));
    p.ep.prompt = p.prompts[0]?.text;
    p.ep.finalOutput = p.answers[p.answers.length - 1]?.text;
    episodes.push(p.ep);
  }
  return writeEpisodes(episodes, records, opts, 'OpenAI Agents SDK traces or spans');
}

function itemsOf(doc: Doc, sink: DiagnosticSink): JsonObject[] {
  const v = doc.value;
  let list: JsonValue[] | undefined;
  if (Array.isArray(v)) list = v;
  else if (isJsonObject(v) && Array.isArray(get(v, 'data'))) list = v['data'] as JsonValue[];
  else if (isJsonObject(v) && (get(v, 'object') !== undefined || get(v, 'span_data') !== undefined)) list = [v];
  if (!list) {
    const pos = isJsonObject(v) && get(v, 'data') !== undefined ? doc.at.member(v, 'data') : Array.isArray(v) || isJsonObject(v) ? doc.at.of(v) : { line: 1, col: 1 };
    sink.error(pos, `${SHAPE}, found ${isJsonObject(v) ? 'an object without "data"' : jsonTypeName(v)}`);
    return [];
  }
  const out: JsonObject[] = [];
  list.forEach((x, i) => {
    if (isJsonObject(x)) out.push(x);
    else sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `item ${i + 1} must be a trace or span object, found ${jsonTypeName(x)}`);
  });
  return out;
}

function readItem(o: JsonObject, doc: Doc, order: number, sink: DiagnosticSink, episode: (id: string) => Pending): void {
  const at = doc.at;
  const kind = get(o, 'object');
  if (kind === 'trace') {
    const id = reqString(o, 'id', at, sink, 'trace');
    if (id === undefined) return;
    const meta = episode(id).ep.meta;
    const workflow = optString(o, 'workflow_name', at, sink, 'trace');
    const group = optString(o, 'group_id', at, sink, 'trace');
    if (workflow !== undefined) meta['workflow_name'] = workflow;
    if (group !== undefined) meta['group_id'] = group;
    const m = get(o, 'metadata');
    if (isJsonObject(m)) meta['metadata'] = m;
    return;
  }
  if (kind !== 'trace.span' && !(kind === undefined && get(o, 'span_data') !== undefined)) {
    const pos = kind === undefined ? at.of(o) : at.member(o, 'object');
    sink.error(pos, `"object" must be "trace" or "trace.span", found ${kind === undefined ? 'none' : describe(kind)}`);
    return;
  }
  const what = 'span';
  const id = reqString(o, 'id', at, sink, what);
  const traceId = reqString(o, 'trace_id', at, sink, what);
  const parent = optString(o, 'parent_id', at, sink, what);
  const start = readTime(o, 'started_at', at, sink, what, false);
  const end = readTime(o, 'ended_at', at, sink, what, false);
  const data = get(o, 'span_data');
  if (!isJsonObject(data)) {
    sink.error(data === undefined ? at.of(o) : at.member(o, 'span_data'), `span: "span_data" must be an object with "type", found ${data === undefined ? 'none' : jsonTypeName(data)}`);
    return;
  }
  const type = reqString(data, 'type', at, sink, 'span_data');
  const err = get(o, 'error');
  if (err !== undefined && err !== null && !isJsonObject(err)) {
    sink.error(at.member(o, 'error'), `span: "error" must be {"message", "data"} or null, found ${jsonTypeName(err)}`);
    return;
  }
  if (id === undefined || traceId === undefined || type === undefined || start === 'bad' || end === 'bad') return;
  const p = episode(traceId);
  const meta: Record<string, unknown> = { span_id: id, span_type: type };
  if (parent !== undefined) meta['parent_id'] = parent;
  const item: FwItem = { id, kind: 'step', name: type, startMs: start, endMs: end, order, meta };
  const errorText = err ? (typeof err['message'] === 'string' && err['message'] !== '' ? err['message'] : 'error') : null;
  switch (type) {
    case 'function': {
      const name = reqString(data, 'name', at, sink, 'function span_data');
      if (name === undefined) return;
      const mcp = get(data, 'mcp_data');
      if (mcp !== undefined && mcp !== null) meta['mcp_data'] = mcp;
      item.kind = 'tool';
      item.name = name;
      item.call = { args: decodeArgs(get(data, 'input')), result: get(data, 'output') ?? null, error: errorText };
      break;
    }
    case 'generation': {
      item.kind = 'model';
      item.name = 'generation';
      const model = get(data, 'model');
      if (typeof model === 'string') meta['gen_ai.response.model'] = model;
      const prompt = userText(get(data, 'input'));
      if (prompt !== undefined) p.prompts.push({ item, text: prompt });
      const answer = assistantText(get(data, 'output'));
      if (answer !== undefined) p.answers.push({ item, text: answer });
      break;
    }
    case 'response': {
      item.kind = 'model';
      item.name = 'response';
      const rid = get(data, 'response_id');
      if (typeof rid === 'string') meta['response_id'] = rid;
      break;
    }
    default: {
      item.kind = type === 'agent' ? 'agent' : type;
      const name = get(data, 'name');
      if (typeof name === 'string' && name !== '') item.name = name;
    }
  }
  if (errorText !== null && !item.call) meta['error'] = errorText;
  p.ep.items.push(item);
}

/** The first `role: "user"` message of a generation's input list. */
function userText(input: JsonValue | undefined): string | undefined {
  if (typeof input === 'string') return input;
  if (!Array.isArray(input)) return undefined;
  for (const m of input) {
    if (isJsonObject(m) && m['role'] === 'user') {
      const t = contentText(m['content']);
      if (t !== undefined) return t;
    }
  }
  return undefined;
}

/** The last assistant text of a generation's output list. */
function assistantText(output: JsonValue | undefined): string | undefined {
  if (!Array.isArray(output)) return undefined;
  let last: string | undefined;
  for (const m of output) {
    if (isJsonObject(m) && (m['role'] === 'assistant' || m['role'] === undefined)) {
      const t = contentText(m['content']);
      if (t !== undefined && t !== '') last = t;
    }
  }
  return last;
}
