// Reading tool calls for the authoring commands (generate, profile, explain, coverage) through the one
// trace reader: a file (streamed; `.json` = call-list document) or text already read (stdin).
// Coverage also takes CloudEvents `assay.tool.decision` lines, which the trace reader counts as
// unknown types: only then is the file read a second time to pick them up.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { basename } from 'node:path';
import type { Diagnostic } from '../errors.js';
import { TraceAssembler } from '../trace/assembler.js';
import { readTraceFiles, type ToolCall, type TraceEntry, type TraceStats, type TraceVisitor } from '../trace/index.js';

export interface TraceInput {
  /** File to read; absent when `text` is given. */
  path?: string;
  /** Content already read (e.g. stdin). */
  text?: string;
  /** Path as shown in messages and reports. */
  display: string;
}

export interface ReadCallsOptions {
  strict?: boolean;
  /** Also read CloudEvents `assay.tool.decision` lines (`data.tool`, `data.args`) as calls. */
  cloudEvents?: boolean;
}

export interface ReadCallsResult {
  stats: TraceStats;
  /** Skipped-line warnings and unknown-type notes, in file order. */
  diagnostics: Diagnostic[];
}

function feedText(asm: TraceAssembler, text: string, display: string): void {
  asm.beginFile(display);
  const lines = text.split('\n');
  if (lines.length && lines[lines.length - 1] === '') lines.pop();
  lines.forEach((l, i) => asm.handleLine(l, i + 1));
  asm.endFile();
}

const DECISION_TYPE = 'assay.tool.decision';

function decisionCall(line: string, lineNo: number, file: string, index: number): ToolCall | undefined {
  if (!line.includes(DECISION_TYPE)) return undefined;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  if (o['type'] !== DECISION_TYPE) return undefined;
  const data = o['data'];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const d = data as Record<string, unknown>;
  const tool = d['tool'] ?? d['tool_name'];
  if (typeof tool !== 'string' || tool === '') return undefined;
  const args = d['args'] ?? d['arguments'] ?? {};
  return { id: `decision-${index}`, tool_name: tool, args, result: null, error: null, index, ts_ms: 0, pos: { file, line: lineNo } };
}

/** Every `assay.tool.decision` event of a file, in order, as one entry (binding id = file stem). */
async function decisionEntry(input: TraceInput): Promise<TraceEntry | undefined> {
  const calls: ToolCall[] = [];
  const take = (line: string, n: number): void => {
    const c = decisionCall(line, n, input.display, calls.length);
    if (c) calls.push(c);
  };
  if (input.text !== undefined) input.text.split('\n').forEach((l, i) => take(l, i + 1));
  else if (input.path !== undefined) {
    const rl = createInterface({ input: createReadStream(input.path, { encoding: 'utf8' }), crlfDelay: Infinity });
    let n = 0;
    for await (const line of rl) take(line, ++n);
  }
  if (!calls.length) return undefined;
  const stem = basename(input.display).replace(/\.[^.]*$/, '');
  return { binding_id: stem, text: '', model: 'trace', meta: {}, tool_calls: calls, steps: 0, first_line: calls[0]!.pos.line, file: input.display, key: stem, kind: 'plain' };
}

/**
 * Read every input in order; `onEntry` sees each completed entry with its calls. Duplicate prompts and
 * binding ids within an input are fatal as everywhere.
 */
export async function readCalls(inputs: readonly TraceInput[], onEntry: (e: TraceEntry) => void, opts: ReadCallsOptions = {}): Promise<ReadCallsResult> {
  const diagnostics: Diagnostic[] = [];
  const visitor: TraceVisitor = {
    onEntry,
    onDiagnostic(d) {
      diagnostics.push(d);
    },
  };
  const stats: TraceStats = { episodes: 0, records: 0, skipped_lines: 0, ignored_lines: 0, calls: 0 };
  const add = (s: TraceStats): void => {
    stats.episodes += s.episodes;
    stats.records += s.records;
    stats.skipped_lines += s.skipped_lines;
    stats.ignored_lines += s.ignored_lines;
    stats.calls += s.calls;
  };
  for (const input of inputs) {
    let s: TraceStats;
    if (input.text !== undefined) {
      const asm = new TraceAssembler(visitor, opts.strict ?? false, true);
      feedText(asm, input.text, input.display);
      s = { ...asm.stats };
    } else {
      s = await readTraceFiles([{ path: input.path ?? input.display, displayPath: input.display }], visitor, { strict: opts.strict ?? false, retainCalls: true });
    }
    if (opts.cloudEvents && s.ignored_lines > 0) {
      const e = await decisionEntry(input);
      if (e) {
        onEntry(e);
        s.episodes++;
        s.records += e.tool_calls.length;
        s.ignored_lines -= e.tool_calls.length;
        s.calls += e.tool_calls.length;
      }
    }
    add(s);
  }
  return { stats, diagnostics };
}
