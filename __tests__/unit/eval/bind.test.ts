// Binding with placeholder prompts: a prompt several entries carry binds no test; the id still does.
import { describe, expect, it } from 'vitest';
import { ambiguousBindingMessage, bindTest, buildBindingIndex, emptyBindingIndex, indexEntry } from '../../../src/core/eval/bind.js';
import type { TraceEntry } from '../../../src/core/trace/types.js';

function entry(prompt: string, id: string | undefined, shared: boolean, file = 't.jsonl', line = 1): TraceEntry {
  return { prompt, binding_id: id, text: '', model: 'trace', meta: {}, tool_calls: [], steps: 0, first_line: line, file, key: id ?? prompt, shared_prompt: shared };
}

describe('binding (one rule for run, ci, validate, doctor, the action)', () => {
  it('one entry with a placeholder prompt binds by that prompt', () => {
    const idx = buildBindingIndex([entry('<mcp:session>', 'alpha', true)]);
    expect(bindTest({ id: 'gate', prompt: '<mcp:session>' }, idx)?.by).toBe('prompt');
    expect(ambiguousBindingMessage({ id: 'gate', prompt: '<mcp:session>' }, idx)).toBeUndefined();
  });

  it('two entries with a placeholder prompt: the prompt binds nothing, the id does', () => {
    const a = entry('<mcp:session>', 'alpha', true, 'a.jsonl');
    const b = entry('<mcp:session>', 'beta', true, 'b.jsonl');
    const idx = buildBindingIndex([a, b]);
    expect(bindTest({ id: 'gate', prompt: '<mcp:session>' }, idx)).toBeUndefined();
    expect(bindTest({ id: 'beta', prompt: '<mcp:session>' }, idx)).toEqual({ entry: b, by: 'id' });
    expect(ambiguousBindingMessage({ id: 'beta', prompt: '<mcp:session>' }, idx)).toBeUndefined();
    expect(ambiguousBindingMessage({ id: 'gate', prompt: '<mcp:session>' }, idx)).toBe(
      `test 'gate': prompt "<mcp:session>" is a placeholder carried by several entries (a.jsonl:1 (id "alpha"), b.jsonl:1 (id "beta")), ` +
        'so it identifies none: give the test the id of its entry (an imported session\'s episode id, or assay import --test-id gate), ' +
        'or import each session with its own --prompt',
    );
  });

  it('a real prompt equal to a placeholder one is ambiguous whichever comes first', () => {
    for (const order of [
      [entry('ignore', undefined, false), entry('ignore', undefined, true)],
      [entry('ignore', undefined, true), entry('ignore', undefined, false)],
    ]) {
      const idx = buildBindingIndex(order);
      expect(bindTest({ id: 't', prompt: 'ignore' }, idx)).toBeUndefined();
      expect(ambiguousBindingMessage({ id: 't', prompt: 'ignore' }, idx)).toMatch(/^test 't': prompt "ignore" is a placeholder/);
    }
  });

  it('indexEntry keeps only wanted keys and says what matched', () => {
    const idx = emptyBindingIndex();
    const wanted = { prompt: (p: string) => p === 'p', id: (id: string) => id === 'i' };
    expect(indexEntry(idx, entry('p', 'x', false), wanted)).toEqual({ prompt: true, id: false });
    expect(indexEntry(idx, entry('q', 'i', false), wanted)).toEqual({ prompt: false, id: true });
    expect([...idx.byPrompt.keys(), ...idx.byId.keys()]).toEqual(['p', 'i']);
  });
});
