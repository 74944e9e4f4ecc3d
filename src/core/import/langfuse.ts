// `assay import --format langfuse`: Langfuse traces → canonical V2 JSONL, one episode per trace
// (docs/importers.md). Input: the public API's trace with its observations (`GET /api/public/traces/{id}`),
// an array of those, `{"data":[…]}` of those, or JSON lines of them. Tool calls: `TOOL` observations; a
// generation's `tool_calls` (OpenAI or LangChain shape) executed by a later `SPAN`/`TOOL` observation of
// the same name is that observation; a requested call with no such observation is written from the request.
import {
  DiagnosticSink,
  compareItems,
  decodeArgs,
  failWith,
  firstUserText,
  get,
  jsonTypeName,
  optString,
  outputText,
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

const SHAPE = 'expected a Langfuse trace with "observations" (GET /api/public/traces/{id}), an array of them, {"data":[…]}, or JSON lines of them';

interface Obs {
  item: FwItem;
  type: string;
  input: JsonValue | undefined;
  output: JsonValue | undefined;
  error: string | null;
}

interface Requested {
  id: string;
  name: string;
  args: JsonValue;
  gen: FwItem;
  index: number;
}

export function importLangfuse(text: string, opts: FrameworkImportOptions): FrameworkImportResult {
  const sink = new DiagnosticSink(opts.inputName);
  const docs = readDocs(text, sink);
  const episodes: FwEpisode[] = [];
  const seen = new Set<string>();
  let order = 0;
  let records = 0;
  for (const doc of docs) {
    for (const t of tracesOf(doc, sink)) {
      if (sink.full) break;
      const ep = readTrace(t, doc, sink, () => order++);
      if (!ep) continue;
      records += ep.observations;
      if (seen.has(ep.episode.traceId)) {
        sink.error(doc.at.member(t, 'id'), `trace ${JSON.stringify(ep.episode.traceId)} appears twice`);
        continue;
      }
      seen.add(ep.episode.traceId);
      episodes.push(ep.episode);
    }
  }
  if (sink.list.length) throw failWith(sink, opts.inputName);
  return writeEpisodes(episodes, records, opts, 'Langfuse traces');
}

function tracesOf(doc: Doc, sink: DiagnosticSink): JsonObject[] {
  const v = doc.value;
  let list: JsonValue[] | undefined;
  if (Array.isArray(v)) list = v;
  else if (isJsonObject(v) && get(v, 'observations') !== undefined) list = [v];
  else if (isJsonObject(v) && Array.isArray(get(v, 'data'))) list = v['data'] as JsonValue[];
  if (!list) {
    sink.error(Array.isArray(v) || isJsonObject(v) ? doc.at.of(v) : { line: 1, col: 1 }, `${SHAPE}, found ${isJsonObject(v) ? 'an object without "observations" or "data"' : jsonTypeName(v)}`);
    return [];
  }
  const out: JsonObject[] = [];
  list.forEach((x, i) => {
    if (isJsonObject(x)) out.push(x);
    else sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `trace ${i + 1} must be an object, found ${jsonTypeName(x)}`);
  });
  return out;
}

function readTrace(t: JsonObject, doc: Doc, sink: DiagnosticSink, nextOrder: () => number): { episode: FwEpisode; observations: number } | undefined {
  const at = doc.at;
  const traceId = reqString(t, 'id', at, sink, 'trace');
  const ts = readTime(t, 'timestamp', at, sink, 'trace', false);
  const name = optString(t, 'name', at, sink, 'trace');
  const session = optString(t, 'sessionId', at, sink, 'trace');
  const list = get(t, 'observations');
  if (!Array.isArray(list)) {
    sink.error(list === undefined ? at.of(t) : at.member(t, 'observations'), `trace: "observations" must be an array of observation objects, found ${list === undefined ? 'none' : jsonTypeName(list)}`);
    return undefined;
  }
  const obs: Obs[] = [];
  list.forEach((o, i) => {
    if (!isJsonObject(o)) {
      const hint = typeof o === 'string' ? ' (observation ids only: export the trace with GET /api/public/traces/{id}, which embeds them)' : '';
      sink.error(Array.isArray(o) ? at.of(o) : at.member(t, 'observations'), `observation ${i + 1} must be an object, found ${jsonTypeName(o)}${hint}`);
      return;
    }
    const r = readObservation(o, doc, sink, nextOrder());
    if (r) obs.push(r);
  });
  if (traceId === undefined || ts === 'bad') return undefined;
  obs.sort((a, b) => compareItems(a.item, b.item));
  linkToolCalls(obs);

  const meta: Record<string, unknown> = { source: 'langfuse', trace_id: traceId };
  if (name !== undefined) meta['trace_name'] = name;
  if (session !== undefined) meta['session_id'] = session;
  let prompt = promptOf(get(t, 'input'));
  for (const o of obs) {
    if (prompt !== undefined) break;
    if (o.type === 'GENERATION') prompt = promptOf(o.input);
  }
  let answer = outputText(get(t, 'output'));
  if (answer === undefined) {
    for (const o of obs) if (o.type === 'GENERATION') answer = generationText(o.output) ?? answer;
  }
  return {
    episode: { traceId, prompt, finalOutput: answer, startMs: ts, meta, items: obs.map((o) => o.item) },
    observations: obs.length,
  };
}

function readObservation(o: JsonObject, doc: Doc, sink: DiagnosticSink, order: number): Obs | undefined {
  const at = doc.at;
  const what = 'observation';
  const id = reqString(o, 'id', at, sink, what);
  const type = reqString(o, 'type', at, sink, what);
  const name = optString(o, 'name', at, sink, what);
  const start = readTime(o, 'startTime', at, sink, what, true);
  const end = readTime(o, 'endTime', at, sink, what, false);
  const level = optString(o, 'level', at, sink, what);
  const status = optString(o, 'statusMessage', at, sink, what);
  const parent = optString(o, 'parentObservationId', at, sink, what);
  const model = optString(o, 'model', at, sink, what);
  if (id === undefined || type === undefined || start === 'bad' || end === 'bad') return undefined;
  const upper = type.toUpperCase();
  const meta: Record<string, unknown> = { observation_id: id, observation_type: upper };
  if (parent !== undefined) meta['parent_observation_id'] = parent;
  if (model !== undefined) meta['gen_ai.response.model'] = model;
  const error = level === 'ERROR' ? (status !== undefined && status !== '' ? status : 'error') : null;
  if (error !== null) meta['error'] = error;
  const kind = upper === 'GENERATION' ? 'model' : upper === 'TOOL' ? 'tool' : upper.toLowerCase();
  return { item: { id, kind, name: name ?? upper.toLowerCase(), startMs: start, endMs: end, order, meta }, type: upper, input: get(o, 'input'), output: get(o, 'output'), error };
}

/**
 * Makes calls: every TOOL observation; a SPAN named like a tool a generation asked for (after it); each
 * requested call left over becomes a call of its own, written at the generation.
 */
function linkToolCalls(obs: Obs[]): void {
  const pending: Requested[] = [];
  const extra: Obs[] = [];
  for (const o of obs) {
    if (o.type === 'GENERATION') {
      toolCallsOf(o.output).forEach((tc, index) => pending.push({ ...tc, gen: o.item, index }));
      continue;
    }
    if (o.type !== 'TOOL' && o.type !== 'SPAN') continue;
    const k = pending.findIndex((r) => r.name === o.item.name);
    if (o.type === 'SPAN' && k < 0) continue;
    const req = k >= 0 ? pending.splice(k, 1)[0] : undefined;
    let args = decodeArgs(o.input);
    if (req && (o.input === undefined || o.input === null)) args = req.args;
    o.item.kind = 'tool';
    o.item.call = { args, result: o.output ?? null, error: o.error };
    if (req) {
      o.item.meta = { ...o.item.meta, tool_call_id: req.id };
      if (o.error !== null) delete o.item.meta['error'];
    } else if (o.error !== null && o.item.meta) delete o.item.meta['error'];
  }
  for (const r of pending) {
    extra.push({
      item: {
        id: `${r.gen.id}:${r.id !== '' ? r.id : String(r.index)}`,
        kind: 'tool',
        name: r.name,
        startMs: r.gen.endMs ?? r.gen.startMs,
        order: r.gen.order,
        meta: { requested_by: r.gen.id, tool_call_id: r.id, executed: 'not recorded' },
        call: { args: r.args, result: null, error: null },
      },
      type: 'TOOL',
      input: undefined,
      output: undefined,
      error: null,
    });
  }
  obs.push(...extra);
}

/** `tool_calls` of a generation output: a message, a list of messages, or `{choices:[{message}]}`. */
function toolCallsOf(output: JsonValue | undefined): { id: string; name: string; args: JsonValue }[] {
  const out: { id: string; name: string; args: JsonValue }[] = [];
  const messages: JsonValue[] = [];
  if (Array.isArray(output)) messages.push(...output);
  else if (isJsonObject(output)) {
    messages.push(output);
    const choices = get(output, 'choices');
    if (Array.isArray(choices)) for (const c of choices) if (isJsonObject(c) && c['message'] !== undefined) messages.push(c['message']);
  }
  for (const m of messages) {
    if (!isJsonObject(m)) continue;
    const calls = get(m, 'tool_calls');
    if (!Array.isArray(calls)) continue;
    for (const tc of calls) {
      if (!isJsonObject(tc)) continue;
      const fn = get(tc, 'function');
      const name = isJsonObject(fn) && typeof fn['name'] === 'string' ? fn['name'] : typeof tc['name'] === 'string' ? tc['name'] : undefined;
      if (name === undefined) continue;
      const rawArgs = isJsonObject(fn) ? fn['arguments'] : (get(tc, 'args') ?? get(tc, 'arguments'));
      out.push({ id: typeof tc['id'] === 'string' ? tc['id'] : '', name, args: decodeArgs(rawArgs) });
    }
  }
  return out;
}

function promptOf(input: JsonValue | undefined): string | undefined {
  if (typeof input === 'string') return input;
  const human = firstUserText(input);
  if (human !== undefined) return human;
  if (isJsonObject(input)) {
    for (const key of ['input', 'question', 'query', 'prompt']) {
      const v = get(input, key);
      if (typeof v === 'string') return v;
    }
  }
  return undefined;
}

/** Text of a generation's answer: a string, or an assistant message's string content. */
function generationText(output: JsonValue | undefined): string | undefined {
  if (typeof output === 'string') return output;
  if (isJsonObject(output) && typeof output['content'] === 'string' && output['content'] !== '') return output['content'];
  return undefined;
}
