// Binding a test to its trace entry: by prompt (exact), else by binding id. Duplicates were already refused
// by the reader, except placeholder prompts (`<mcp:session>` of imported MCP sessions, the plain-record
// group's `ignore`): several entries may carry one, and then that prompt binds no test (the test binds by
// id, or its row is an E_TRACE_INVALID error naming the entries). One rule for run, ci, validate, doctor
// and the action (docs/traces.md "Entry identity").
import type { TraceEntry } from '../trace/types.js';

export interface Binding {
  entry: TraceEntry;
  /** How the entry was found; `stub` = no trace, fixed response. */
  by: 'prompt' | 'id' | 'stub';
}

export interface BindingIndex {
  byPrompt: Map<string, TraceEntry>;
  byId: Map<string, TraceEntry>;
  /** Placeholder prompts carried by more than one entry → the first two of them. */
  ambiguous?: Map<string, [TraceEntry, TraceEntry]>;
}

export function emptyBindingIndex(): BindingIndex {
  return { byPrompt: new Map(), byId: new Map(), ambiguous: new Map() };
}

/**
 * Adds one entry to the index. `wanted` limits what is kept to the prompts and ids some test names (run/ci
 * keep only those entries in memory); it returns the keys that matched, so the caller knows if the entry
 * binds anything.
 */
export function indexEntry(
  index: BindingIndex,
  e: TraceEntry,
  wanted?: { prompt(p: string): boolean; id(id: string): boolean },
): { prompt: boolean; id: boolean } {
  let byPrompt = false;
  let byId = false;
  if (e.prompt !== undefined && (wanted?.prompt(e.prompt) ?? true)) {
    byPrompt = true;
    const first = index.byPrompt.get(e.prompt);
    if (first === undefined) index.byPrompt.set(e.prompt, e);
    else if ((e.shared_prompt === true || first.shared_prompt === true) && !index.ambiguous?.has(e.prompt)) {
      (index.ambiguous ??= new Map()).set(e.prompt, [first, e]);
    }
  }
  const bid = e.binding_id;
  if (bid !== undefined && bid !== '' && (wanted?.id(bid) ?? true)) {
    byId = true;
    if (!index.byId.has(bid)) index.byId.set(bid, e);
  }
  return { prompt: byPrompt, id: byId };
}

export function buildBindingIndex(entries: Iterable<TraceEntry>): BindingIndex {
  const index = emptyBindingIndex();
  for (const e of entries) indexEntry(index, e);
  return index;
}

export function bindTest(test: { id: string; prompt: string }, index: BindingIndex): Binding | undefined {
  const p = index.byPrompt.get(test.prompt);
  if (p && !index.ambiguous?.has(test.prompt)) return { entry: p, by: 'prompt' };
  const i = index.byId.get(test.id);
  if (i) return { entry: i, by: 'id' };
  return undefined;
}

/** The E_TRACE_INVALID message for a test that binds nothing because its prompt is an ambiguous
 *  placeholder (and no entry has its id); undefined when the test is not in that case. */
export function ambiguousBindingMessage(test: { id: string; prompt: string }, index: BindingIndex): string | undefined {
  const pair = index.ambiguous?.get(test.prompt);
  if (!pair || index.byId.has(test.id)) return undefined;
  const [a, b] = pair;
  const where = (e: TraceEntry) => `${e.file}:${e.first_line}${e.binding_id ? ` (id "${e.binding_id}")` : ''}`;
  return (
    `test '${test.id}': prompt "${test.prompt}" is a placeholder carried by several entries (${where(a)}, ${where(b)}), ` +
    `so it identifies none: give the test the id of its entry (an imported session's episode id, or ` +
    `assay import --test-id ${test.id}), or import each session with its own --prompt`
  );
}

/** The fixed response used without a trace when `model` is not `trace` (compatible stub). */
export function stubBinding(test: { id: string; prompt: string }, model: string): Binding {
  return {
    entry: { prompt: test.prompt, text: 'passed', model, meta: {}, tool_calls: [], steps: 0, first_line: 0, file: '', key: test.id },
    by: 'stub',
  };
}
