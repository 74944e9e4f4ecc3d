// Binding a test to its trace entry (01 §1.7): by prompt (exact), else by binding id; duplicates
// were already refused by the reader, so the first entry per key is the only one.
import type { TraceEntry } from '../trace/types.js';

export interface Binding {
  entry: TraceEntry;
  /** How the entry was found; `stub` = no trace, fixed response (01 §3.9). */
  by: 'prompt' | 'id' | 'stub';
}

export interface BindingIndex {
  byPrompt: Map<string, TraceEntry>;
  byId: Map<string, TraceEntry>;
}

export function buildBindingIndex(entries: Iterable<TraceEntry>): BindingIndex {
  const byPrompt = new Map<string, TraceEntry>();
  const byId = new Map<string, TraceEntry>();
  for (const e of entries) {
    if (e.prompt !== undefined && !byPrompt.has(e.prompt)) byPrompt.set(e.prompt, e);
    if (e.binding_id !== undefined && e.binding_id !== '' && !byId.has(e.binding_id)) byId.set(e.binding_id, e);
  }
  return { byPrompt, byId };
}

export function bindTest(test: { id: string; prompt: string }, index: BindingIndex): Binding | undefined {
  const p = index.byPrompt.get(test.prompt);
  if (p) return { entry: p, by: 'prompt' };
  const i = index.byId.get(test.id);
  if (i) return { entry: i, by: 'id' };
  return undefined;
}

/** The fixed response used without a trace when `model` is not `trace` (compatible stub). */
export function stubBinding(test: { id: string; prompt: string }, model: string): Binding {
  return {
    entry: { prompt: test.prompt, text: 'passed', model, meta: {}, tool_calls: [], steps: 0, first_line: 0, file: '', key: test.id },
    by: 'stub',
  };
}
