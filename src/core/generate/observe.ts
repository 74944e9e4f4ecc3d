// One run's observations, from either input kind (input-kind.ts): runtime event counts, or per-tool
// call summaries. Shared by `generate -i` and `profile update -i`.
import { statSync } from 'node:fs';
import { InputError, type Diagnostic } from '../errors.js';
import { readCalls, type TraceInput } from '../coverage/read-calls.js';
import { requireRecords } from '../trace/index.js';
import { sniffFile, sniffText, type InputKind } from './input-kind.js';
import { parseRuntimeEvents, type RuntimeEvents } from './runtime-events.js';
import { ToolStatsBuilder } from './tool-stats.js';
import { readTextStrict } from '../util/read-text.js';

export type Observations =
  | { kind: 'runtime'; events: RuntimeEvents; warnings: Diagnostic[]; eventCount: number }
  | { kind: 'tool'; stats: ToolStatsBuilder; warnings: Diagnostic[]; eventCount: number };

export interface ObserveOptions {
  kind?: 'auto' | InputKind;
  strict?: boolean;
  entropyThreshold?: number;
}

function notFound(display: string, e: unknown): InputError {
  const reason = (e as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'no such file or directory' : ((e as Error)?.message ?? String(e));
  const message = `${display}: cannot open trace file: ${reason}`;
  return new InputError('E_TRACE_NOT_FOUND', message, {
    source: 'trace',
    context: { file: display },
    nextStepValues: { 'trace.jsonl': display },
    diagnostics: [{ code: 'E_TRACE_NOT_FOUND', severity: 'error', message: `cannot open trace file: ${reason}`, file: display, source: 'trace' }],
  });
}

export async function observe(input: TraceInput, o: ObserveOptions = {}): Promise<Observations> {
  if (input.text === undefined) {
    try {
      if (!statSync(input.path ?? input.display).isFile()) throw new Error('not a regular file');
    } catch (e) {
      throw notFound(input.display, e);
    }
  }
  const kind: InputKind =
    o.kind === 'runtime' || o.kind === 'tool' ? o.kind : input.text !== undefined ? sniffText(input.text) : sniffFile(input.path ?? input.display);
  if (kind === 'runtime') {
    let text = input.text;
    if (text === undefined) {
      try {
        text = readTextStrict(input.path ?? input.display, input.display, 'E_TRACE_INVALID', { errorClass: InputError, source: 'trace' });
      } catch (e) {
        if (e instanceof InputError) throw e;
        throw notFound(input.display, e);
      }
    }
    const events = parseRuntimeEvents(text, input.display, { strict: o.strict ?? false });
    return { kind, events, warnings: events.warnings, eventCount: events.events };
  }
  const stats = new ToolStatsBuilder(o.entropyThreshold !== undefined ? { entropyThreshold: o.entropyThreshold } : {});
  const r = await readCalls([input], (e) => stats.addEntry(e.tool_calls), { strict: o.strict ?? false });
  requireRecords(r.stats, input.display);
  return { kind, stats, warnings: r.diagnostics.filter((d) => d.severity !== 'note'), eventCount: r.stats.calls };
}
