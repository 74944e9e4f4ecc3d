import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { isCallListPath, readTrace, requireRecords } from '../../../src/core/trace/index.js';
import { j, read, readFiles, rejection, tempDir, writeTrace } from './read-helpers.js';

describe('opening trace files', () => {
  it('a missing file → E_TRACE_NOT_FOUND naming the path and the OS error', async () => {
    const dir = tempDir();
    const p = path.join(dir, 'missing.jsonl');
    const err = await rejection(readTrace(p, {}, { displayPath: 'traces/missing.jsonl' }));
    expect(err).toBeInstanceOf(InputError);
    expect(err.reasonCode).toBe('E_TRACE_NOT_FOUND');
    expect(err.source).toBe('trace');
    expect(err.message).toBe('traces/missing.jsonl: cannot open trace file: ENOENT: no such file or directory');
    expect(err.nextStep).toBe('Check trace file exists: traces/missing.jsonl');
    expect(err.diagnostics).toEqual([
      { code: 'E_TRACE_NOT_FOUND', severity: 'error', message: 'cannot open trace file: ENOENT: no such file or directory', source: 'trace', file: 'traces/missing.jsonl' },
    ]);
  });

  it('the display path defaults to the path', async () => {
    const p = path.join(tempDir(), 'nope.jsonl');
    const err = await rejection(readTrace(p, {}));
    expect(err.message).toBe(`${p}: cannot open trace file: ENOENT: no such file or directory`);
  });

  it('a directory → E_TRACE_NOT_FOUND', async () => {
    const err = await rejection(readTrace(tempDir(), {}, { displayPath: 'dir' }));
    expect(err.reasonCode).toBe('E_TRACE_NOT_FOUND');
    expect(err.message).toBe('dir: cannot open trace file: EISDIR: illegal operation on a directory');
  });

  it('a missing call-list document → E_TRACE_NOT_FOUND', async () => {
    const err = await rejection(readTrace(path.join(tempDir(), 'calls.json'), {}, { displayPath: 'calls.json' }));
    expect(err.reasonCode).toBe('E_TRACE_NOT_FOUND');
  });

  it('positions use the display path', async () => {
    const r = await read(writeTrace([j({ tool: 'A' })]), { displayPath: 'traces/run.jsonl' });
    expect(r.calls[0]!.call.pos).toEqual({ file: 'traces/run.jsonl', line: 1 });
    expect(r.entries[0]!.file).toBe('traces/run.jsonl');
  });
});

describe('several files', () => {
  it('reads in order, sums the counts, completes each file on its own', async () => {
    const a = writeTrace([j({ type: 'episode_start', episode_id: 'e', timestamp: 1 }), j({ tool: 'A', test_id: 'g1' }), 'bad'], 'a.jsonl');
    const b = writeTrace([j({ prompt: 'p' }), j({ type: 'x.y' }), j({ tool: 'B', test_id: 'g2' })], 'b.jsonl');
    const r = await readFiles([a, { path: b, displayPath: 'b-shown.jsonl' }]);
    expect(r.events).toEqual([`call:g1:A`, `diag:W_TRACE_SKIPPED_LINE:3`, 'entry:e', 'entry:g1', 'entry:p', 'diag:W_TRACE_UNKNOWN_TYPE:2', 'call:g2:B', 'entry:g2']);
    expect(r.entries.map((e) => e.file)).toEqual([a, a, 'b-shown.jsonl', 'b-shown.jsonl']);
    expect(r.stats).toEqual({ episodes: 4, records: 4, skipped_lines: 1, ignored_lines: 1, calls: 2 });
  });

  it('an episode does not continue into the next file', async () => {
    const a = writeTrace([j({ type: 'episode_start', episode_id: 'e', timestamp: 1 })], 'a.jsonl');
    const b = writeTrace([j({ type: 'episode_end', episode_id: 'e', timestamp: 2 })], 'b.jsonl');
    const r = await readFiles([a, b]);
    expect(r.diags.map((d) => d.message)).toEqual(['episode_end for episode "e" which is not open']);
  });
});

describe('requireRecords (gate inputs)', () => {
  it('throws E_TRACE_INVALID "trace contains no records" for zero records', async () => {
    const r = await read(writeTrace(['# only a comment', j({ type: 'unknown' })]), { displayPath: 't.jsonl' });
    let err: any;
    try {
      requireRecords(r.stats, 't.jsonl');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(InputError);
    expect([err.reasonCode, err.message, err.context.file, err.diagnostics[0].line]).toEqual(['E_TRACE_INVALID', 'trace contains no records: 1 line(s) of unknown type ignored', 't.jsonl', undefined]);
  });
  it('passes with a record', () => {
    expect(() => requireRecords({ episodes: 1, records: 1, skipped_lines: 0, ignored_lines: 0, calls: 0 }, 't')).not.toThrow();
  });
});

describe('call-list documents', () => {
  it('only .json (any case) is a call list; .jsonl/.ndjson are JSONL', () => {
    expect([isCallListPath('a.json'), isCallListPath('A.JSON'), isCallListPath('a.jsonl'), isCallListPath('a.ndjson'), isCallListPath('json')]).toEqual([true, true, false, false, false]);
  });

  it('an array of calls is one entry keyed by the file stem; positions are the opening-brace lines', async () => {
    const doc = '[\n  {"tool": "A", "args": {"x": 1}},\n  {\n    "name": "B", "arguments": {"y": 2}\n  },\n  {"tool_name": "C", "params": {}}, {"tool": "D", "parameters": {"z": 3}, "id": "d1"}\n]\n';
    const r = await read(writeTrace(doc, 'agent-run.json'), { displayPath: 'agent-run.json' });
    expect(r.entries).toHaveLength(1);
    const e = r.entries[0]!;
    expect(e).toMatchObject({ prompt: undefined, binding_id: 'agent-run', key: 'agent-run', text: '', model: 'trace', first_line: 1, kind: 'call_list', steps: 0 });
    expect(e.tool_calls.map((c) => [c.id, c.tool_name, c.args, c.index, c.pos.line])).toEqual([
      ['call-0', 'A', { x: 1 }, 0, 2],
      ['call-1', 'B', { y: 2 }, 1, 3],
      ['call-2', 'C', {}, 2, 6],
      ['d1', 'D', { z: 3 }, 3, 6],
    ]);
    expect(e.meta.tool_calls).toBe(e.tool_calls);
    expect(r.calls.map((c) => c.key)).toEqual(['agent-run', 'agent-run', 'agent-run', 'agent-run']);
    expect(r.stats).toEqual({ episodes: 1, records: 4, skipped_lines: 0, ignored_lines: 0, calls: 4 });
  });

  it('tool beats name beats tool_name in a call list', async () => {
    const r = await read(writeTrace(j([{ tool_name: 'TN', name: 'N', tool: 'T' }, { tool_name: 'TN', name: 'N' }]), 'c.json'));
    expect(r.entries[0]!.tool_calls.map((c) => c.tool_name)).toEqual(['T', 'N']);
  });

  it.each(['tools', 'tool_calls', 'calls'])('an object with a %s array', async (key) => {
    const doc = `{"meta": {"tools": 1},\n "${key}": [\n {"tool": "A"},\n {"tool": "B"}]}`;
    const r = await read(writeTrace(doc, 'x.json'));
    expect(r.entries[0]!.tool_calls.map((c) => [c.tool_name, c.pos.line])).toEqual([
      ['A', 3],
      ['B', 4],
    ]);
  });

  it('a repeated key: the last one wins, for values and positions alike', async () => {
    const doc = '{"calls": [{"tool": "Old"}],\n"calls": [\n{"tool": "New"}]}';
    const r = await read(writeTrace(doc, 'x.json'));
    expect(r.entries[0]!.tool_calls.map((c) => [c.tool_name, c.pos.line])).toEqual([['New', 3]]);
  });

  it('spans: name is the tool, attributes the args; internal spans without a dot are dropped', async () => {
    const doc = j({
      spans: [
        { name: 'internal_setup' },
        { name: 'fs.read', attributes: { path: '/x' } },
        { name: 'internal.tool' },
        { name: 'Search' },
      ],
    });
    const r = await read(writeTrace(doc, 'otel.json'));
    expect(r.entries[0]!.tool_calls.map((c) => [c.id, c.tool_name, c.args, c.index])).toEqual([
      ['call-0', 'fs.read', { path: '/x' }, 0],
      ['call-1', 'internal.tool', {}, 1],
      ['call-2', 'Search', {}, 2],
    ]);
  });

  it('retainCalls=false keeps no calls on the entry', async () => {
    const r = await read(writeTrace(j([{ tool: 'A' }]), 'x.json'), { retainCalls: false });
    expect(r.entries[0]!.tool_calls).toEqual([]);
    expect(r.calls).toHaveLength(1);
  });

  it('a bad element is skipped with a warning at its line (default) or fatal (strict)', async () => {
    const doc = '[\n{"tool": "A"},\n{"args": {}},\n 5,\n{"tool": "B"}]';
    const file = writeTrace(doc, 'x.json');
    const r = await read(file, { displayPath: 'x.json' });
    expect(r.diags.map((d) => [d.code, d.line, d.message])).toEqual([
      ['W_TRACE_SKIPPED_LINE', 3, '[1] has no tool name'],
      ['W_TRACE_SKIPPED_LINE', 4, '[2] must be an object'],
    ]);
    expect(r.entries[0]!.tool_calls.map((c) => [c.tool_name, c.index])).toEqual([
      ['A', 0],
      ['B', 1],
    ]);
    expect(r.stats).toMatchObject({ records: 2, skipped_lines: 2 });
    const err = await rejection(read(file, { strict: true, displayPath: 'x.json' }));
    expect([err.reasonCode, err.message, err.context.line]).toEqual(['E_TRACE_INVALID', '[1] has no tool name', 3]);
    const spans = await read(writeTrace(j({ spans: [{ attributes: {} }] }), 's.json'));
    expect(spans.diags.map((d) => d.message)).toEqual(['spans[0] has no name']);
  });

  it('invalid JSON is fatal with line and column', async () => {
    const err = await rejection(read(writeTrace('[\n  {"tool": "A"},\n  {"tool": }\n]', 'x.json'), { displayPath: 'x.json' }));
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    expect(err.message).toMatch(/^invalid JSON: /);
    expect(err.context).toEqual({ file: 'x.json', line: 3, col: 12 });
  });

  it('another shape is fatal', async () => {
    for (const doc of ['{"foo": []}', '"x"', '{"tools": {}}']) {
      const err = await rejection(read(writeTrace(doc, 'x.json'), { displayPath: 'x.json' }));
      expect(err.reasonCode).toBe('E_TRACE_INVALID');
      expect(err.message).toMatch(/^call-list document must be an array of calls or an object with a "tools", "tool_calls", "calls" or "spans" array, found /);
    }
  });

  it('invalid UTF-8 is fatal with its position; a BOM is accepted', async () => {
    const bad = Buffer.concat([Buffer.from('[\n{"tool": "'), Buffer.from([0xff]), Buffer.from('"}]')]);
    const err = await rejection(read(writeTrace(bad, 'x.json')));
    expect([err.reasonCode, err.message, err.context.line, err.context.col]).toEqual(['E_TRACE_INVALID', 'document is not valid UTF-8', 2, 11]);
    const r = await read(writeTrace('\uFEFF[{"tool": "A"}]', 'bom.json'));
    expect(r.entries[0]!.tool_calls[0]!.tool_name).toBe('A');
  });

  it('two call lists with one stem are duplicate binding ids', async () => {
    const d1 = tempDir();
    const d2 = tempDir();
    fs.writeFileSync(path.join(d1, 'run.json'), '[]');
    fs.writeFileSync(path.join(d2, 'run.json'), '[]');
    const err = await rejection(readFiles([path.join(d1, 'run.json'), path.join(d2, 'run.json')]));
    expect(err.message).toBe(`duplicate binding id "run" (first at ${path.join(d1, 'run.json')}:1)`);
  });
});

describe('entry keys', () => {
  it('onCall gets the key its entry ends up with, for every shape', async () => {
    const r = await read(
      writeTrace([
        j({ type: 'episode_start', episode_id: 'e1', timestamp: 1, input: { prompt: 'v2 prompt' }, meta: { test_id: 'bound' } }),
        j({ type: 'tool_call', episode_id: 'e1', step_id: 's', timestamp: 2, tool_name: 'A' }),
        j({ type: 'episode_start', episode_id: 'e2', timestamp: 1 }),
        j({ type: 'tool_call', episode_id: 'e2', step_id: 's', timestamp: 2, tool_name: 'B' }),
        j({ type: 'assay.trace', prompt: 'v1 prompt', request_id: 'req', meta: { tool_calls: [{ name: 'C' }] } }),
        j({ prompt: 'legacy prompt', tool: 'D' }),
        j({ tool: 'E', test_id: 'group' }),
        j({ type: 'call_tool', tool: 'F', prompt: 'default prompt' }),
        j({ type: 'episode_end', episode_id: 'e1', timestamp: 3 }),
      ]),
    );
    const byTool = Object.fromEntries(r.calls.map((c) => [c.call.tool_name, c.key]));
    expect(byTool).toEqual({ A: 'bound', B: 'e2', C: 'req', D: 'legacy prompt', E: 'group', F: 'default prompt' });
    for (const e of r.entries) for (const c of e.tool_calls) expect(byTool[c.tool_name]).toBe(e.key);
    expect(r.entries.map((e) => e.key).sort()).toEqual(['bound', 'default prompt', 'e2', 'group', 'legacy prompt', 'req']);
  });
});
