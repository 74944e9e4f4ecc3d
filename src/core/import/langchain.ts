// `assay import --format langchain`: LangChain / LangSmith runs → canonical V2 JSONL, one episode per trace
// (docs/importers.md). Input: a run tree (a run with nested `child_runs`), an array of runs (flat with
// `parent_run_id`/`trace_id`, as listed from LangSmith, or trees), `{"runs":[…]}`, or JSON lines of runs.
// `run_type: "tool"` runs are the tool calls; the root run's first human message is the prompt.
import {
  DiagnosticSink,
  compareItems,
  decodeArgs,
  describe,
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

const SHAPE = 'expected a LangSmith run (an object with "run_type"), an array of runs, {"runs":[…]}, or JSON lines of runs';

interface Run {
  id: string;
  item: FwItem;
  runType: string;
  parent?: string | undefined;
  traceId?: string | undefined;
  dottedOrder?: string | undefined;
  inputs: JsonValue | undefined;
  outputs: JsonValue | undefined;
}

export function importLangChain(text: string, opts: FrameworkImportOptions): FrameworkImportResult {
  const sink = new DiagnosticSink(opts.inputName);
  const docs = readDocs(text, sink);
  const runs: Run[] = [];
  let order = 0;
  for (const doc of docs) {
    for (const r of rootsOf(doc, sink)) {
      walk(r, undefined, undefined, doc, sink, runs, () => order++, 0);
    }
  }
  if (sink.list.length) throw failWith(sink, opts.inputName);

  // Trace of a run: its trace_id, else that of its parent chain, else the root's id.
  const byId = new Map(runs.map((r) => [r.id, r]));
  const traceOf = (r: Run): string => {
    const seen = new Set<string>();
    let cur: Run = r;
    while (cur.traceId === undefined && cur.parent !== undefined && !seen.has(cur.id)) {
      seen.add(cur.id);
      const up = byId.get(cur.parent);
      if (!up) return cur.parent;
      cur = up;
    }
    return cur.traceId ?? cur.id;
  };
  const groups = new Map<string, Run[]>();
  for (const r of runs) {
    const t = traceOf(r);
    const g = groups.get(t);
    if (g) g.push(r);
    else groups.set(t, [r]);
  }
  const episodes: FwEpisode[] = [];
  for (const [traceId, list] of groups) {
    list.sort((a, b) => compareItems(a.item, b.item) || dotted(a, b));
    // The episode's run: the trace root if present, else the earliest run without a parent in the file.
    const root = byId.get(traceId) ?? list.find((r) => r.parent === undefined || !byId.has(r.parent)) ?? list[0]!;
    const meta: Record<string, unknown> = { source: 'langchain', trace_id: traceId, root_run: root.item.name, root_run_type: root.runType };
    let prompt = promptOf(root.inputs);
    for (const r of list) {
      if (prompt !== undefined) break;
      if (r.runType !== 'tool') prompt = promptOf(r.inputs);
    }
    episodes.push({
      traceId,
      prompt,
      finalOutput: answerOf(root.outputs),
      meta,
      items: list.map((r) => r.item),
    });
  }
  return writeEpisodes(episodes, runs.length, opts, 'LangChain/LangSmith runs');
}

function dotted(a: Run, b: Run): number {
  const x = a.dottedOrder ?? '';
  const y = b.dottedOrder ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

function rootsOf(doc: Doc, sink: DiagnosticSink): JsonObject[] {
  const v = doc.value;
  let list: JsonValue[] | undefined;
  if (Array.isArray(v)) list = v;
  else if (isJsonObject(v) && get(v, 'run_type') !== undefined) list = [v];
  else if (isJsonObject(v) && Array.isArray(get(v, 'runs'))) list = v['runs'] as JsonValue[];
  if (!list) {
    sink.error(Array.isArray(v) || isJsonObject(v) ? doc.at.of(v) : { line: 1, col: 1 }, `${SHAPE}, found ${isJsonObject(v) ? 'an object without "run_type" or "runs"' : jsonTypeName(v)}`);
    return [];
  }
  const out: JsonObject[] = [];
  list.forEach((x, i) => {
    if (isJsonObject(x)) out.push(x);
    else sink.error(Array.isArray(x) ? doc.at.of(x) : doc.at.of(list), `run ${i + 1} must be an object, found ${jsonTypeName(x)}`);
  });
  return out;
}

const MAX_NESTING = 200;

function walk(o: JsonObject, parentId: string | undefined, parentTrace: string | undefined, doc: Doc, sink: DiagnosticSink, out: Run[], nextOrder: () => number, depth: number): void {
  if (sink.full) return;
  const at = doc.at;
  const what = 'run';
  const id = reqString(o, 'id', at, sink, what);
  const name = reqString(o, 'name', at, sink, what);
  const runType = reqString(o, 'run_type', at, sink, what);
  const start = readTime(o, 'start_time', at, sink, what, true);
  const end = readTime(o, 'end_time', at, sink, what, false);
  const parent = optString(o, 'parent_run_id', at, sink, what) ?? parentId;
  const traceId = optString(o, 'trace_id', at, sink, what) ?? parentTrace;
  const dottedOrder = optString(o, 'dotted_order', at, sink, what);
  const error = optString(o, 'error', at, sink, what);
  for (const key of ['inputs', 'outputs'] as const) {
    const v = get(o, key);
    if (v !== undefined && v !== null && !isJsonObject(v)) sink.error(at.member(o, key), `run: "${key}" must be an object or null, found ${jsonTypeName(v)}`);
  }
  const children = get(o, 'child_runs');
  if (children !== undefined && children !== null && !Array.isArray(children)) {
    sink.error(at.member(o, 'child_runs'), `run: "child_runs" must be an array or null, found ${jsonTypeName(children)}`);
  }
  if (id === undefined || name === undefined || runType === undefined || start === 'bad' || end === 'bad') return;
  const inputs = get(o, 'inputs');
  const outputs = get(o, 'outputs');
  const meta: Record<string, unknown> = { run_id: id, run_type: runType };
  if (parent !== undefined) meta['parent_run_id'] = parent;
  const item: FwItem = { id, kind: runType === 'llm' ? 'model' : runType === 'tool' ? 'tool' : runType, name, startMs: start, endMs: end, order: nextOrder(), meta };
  if (runType === 'tool') item.call = { args: toolArgs(inputs), result: toolResult(outputs), error: error ?? null };
  else if (error !== undefined) meta['error'] = error;
  if (runType === 'llm') {
    const model = modelOf(o);
    if (model !== undefined) meta['gen_ai.response.model'] = model;
  }
  out.push({ id, item, runType, parent, traceId, dottedOrder, inputs, outputs });
  if (Array.isArray(children)) {
    if (depth >= MAX_NESTING) {
      sink.error(at.member(o, 'child_runs'), `run: child_runs nested deeper than ${MAX_NESTING} levels`);
      return;
    }
    children.forEach((c, i) => {
      if (isJsonObject(c)) walk(c, id, traceId ?? (parent === undefined ? id : undefined), doc, sink, out, nextOrder, depth + 1);
      else sink.error(at.member(o, 'child_runs'), `run ${describe(id)}: child run ${i + 1} must be an object, found ${jsonTypeName(c)}`);
    });
  }
}

/**
 * Tool run inputs: LangChain records a tool's input string as `{"input": "…"}` (decoded when it holds a
 * JSON object) and structured tools' arguments as the object itself.
 */
function toolArgs(inputs: JsonValue | undefined): JsonValue {
  if (!isJsonObject(inputs)) return {};
  const keys = Object.keys(inputs);
  if (keys.length === 1 && keys[0] === 'input' && typeof inputs['input'] === 'string') {
    const decoded = decodeArgs(inputs['input']);
    return isJsonObject(decoded) && Object.keys(decoded).length === 1 && decoded['_raw'] !== undefined ? { input: inputs['input'] } : decoded;
  }
  return inputs;
}

/** Tool run outputs `{"output": x}` → x (a serialised ToolMessage → its content); other shapes kept. */
function toolResult(outputs: JsonValue | undefined): JsonValue {
  if (!isJsonObject(outputs)) return null;
  const keys = Object.keys(outputs);
  if (keys.length !== 1 || keys[0] !== 'output') return outputs;
  const out = outputs['output']!;
  if (isJsonObject(out) && isJsonObject(out['kwargs']) && Array.isArray(out['id']) && out['id'][out['id'].length - 1] === 'ToolMessage') {
    return out['kwargs']['content'] ?? null;
  }
  return out;
}

/** Prompt of a chain/llm run: the first human message, else a string `input`/`question`/`query`, else the first of `prompts`. */
function promptOf(inputs: JsonValue | undefined): string | undefined {
  if (!isJsonObject(inputs)) return undefined;
  const human = firstUserText(inputs);
  if (human !== undefined) return human;
  for (const key of ['input', 'question', 'query']) {
    const v = get(inputs, key);
    if (typeof v === 'string') return v;
  }
  const prompts = get(inputs, 'prompts');
  if (Array.isArray(prompts) && typeof prompts[0] === 'string') return prompts[0];
  return undefined;
}

/** Answer of the root run: a string `output`/`answer`/`result`, else the last message's content, else the outputs as JSON. */
function answerOf(outputs: JsonValue | undefined): string | undefined {
  if (!isJsonObject(outputs)) return undefined;
  for (const key of ['output', 'answer', 'result']) {
    const v = get(outputs, key);
    if (typeof v === 'string') return v;
  }
  const msgs = get(outputs, 'messages');
  if (Array.isArray(msgs) && msgs.length > 0) {
    const last = msgs[msgs.length - 1]!;
    if (isJsonObject(last)) {
      const c = isJsonObject(last['kwargs']) ? last['kwargs']['content'] : last['content'];
      if (typeof c === 'string') return c;
    }
  }
  return outputText(outputs);
}

function modelOf(o: JsonObject): string | undefined {
  const extra = get(o, 'extra');
  if (!isJsonObject(extra)) return undefined;
  const md = extra['metadata'];
  if (isJsonObject(md) && typeof md['ls_model_name'] === 'string') return md['ls_model_name'];
  const inv = extra['invocation_params'];
  if (isJsonObject(inv)) {
    for (const k of ['model', 'model_name']) if (typeof inv[k] === 'string') return inv[k] as string;
  }
  return undefined;
}
