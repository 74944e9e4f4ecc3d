// The one trace-reading rule set shared by validate, run, ci, doctor and the action: a file with no
// record is E_TRACE_INVALID with the reason, CR-only line ends and oversize timestamps are bad lines
// that say so, chat content blocks are ignored with a hint, placeholder prompts are no identity.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { MAX_LINE_BYTES, readTraceInput, type TraceEntry } from '../../../src/core/trace/index.js';
import { j, rejection, tempDir, writeTrace } from './read-helpers.js';

async function readInput(paths: string[], opts: { strict?: boolean } = {}) {
  const entries: TraceEntry[] = [];
  const diags: string[] = [];
  const stats = await readTraceInput(
    paths.map((p) => ({ path: p, displayPath: path.basename(p) })),
    { onEntry: (e) => entries.push(e), onDiagnostic: (d) => diags.push(`${d.line}:${d.col} ${d.message}`) },
    opts,
  );
  return { stats, entries, diags };
}

const importedSession = (id: string) => [
  j({ type: 'episode_start', episode_id: id, timestamp: 1, input: { prompt: '<mcp:session>' }, meta: { source: 'mcp_import', episode_id: id } }),
  j({ type: 'tool_call', episode_id: id, step_id: 's', timestamp: 2, tool_name: 'read_file', args: { path: `/app/${id}` } }),
  j({ type: 'episode_end', episode_id: id, timestamp: 3 }),
];

describe('a trace with no records is E_TRACE_INVALID, with the reason', () => {
  it('names the first bad line (invalid UTF-8 only)', async () => {
    const err = await rejection(readInput([writeTrace(Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0x0a, 0xc0, 0xaf, 0x0a]), 'bad.jsonl')]));
    expect(err).toBeInstanceOf(InputError);
    expect(err.reasonCode).toBe('E_TRACE_INVALID');
    expect(err.message).toBe('trace contains no records: 2 bad line(s) skipped; first at line 1: line is not valid UTF-8');
    expect(err.diagnostics).toEqual([expect.objectContaining({ code: 'E_TRACE_INVALID', severity: 'error', file: 'bad.jsonl' })]);
    expect(err.diagnostics[0].line).toBeUndefined();
  });

  it('an empty file, and a file of only comments, have "no data lines"', async () => {
    for (const content of ['', '# c\n\n']) {
      const err = await rejection(readInput([writeTrace(content, 'e.jsonl')]));
      expect(err.message).toBe('trace contains no records (no data lines)');
    }
  });

  it('only chat content blocks (`tool_use`): ignored lines, with a hint', async () => {
    const err = await rejection(readInput([writeTrace([j({ type: 'tool_use', id: 'toolu_1', name: 'read_file', input: { path: '/app/a' } })], 't.jsonl')]));
    expect(err.message).toMatch(/^trace contains no records: 1 line\(s\) of unknown type ignored \(first type "tool_use"\): a "tool_use" line is a chat message content block, not a trace record/);
  });

  it('each file of a multi-file read needs a record: a good file does not hide an unreadable one', async () => {
    const dir = tempDir();
    const good = path.join(dir, 'good.jsonl');
    const bad = path.join(dir, 'cr.jsonl');
    fs.writeFileSync(good, j({ tool: 'A' }) + '\n');
    fs.writeFileSync(bad, j({ tool: 'A' }) + '\r' + j({ tool: 'B' }) + '\r');
    const err = await rejection(readInput([good, bad]));
    expect(err.context.file).toBe('cr.jsonl');
    expect(err.message).toMatch(/^trace contains no records: 1 bad line\(s\) skipped; first at line 1: CR-only line ends/);
    await expect(readInput([good])).resolves.toMatchObject({ stats: { records: 1 } });
  });

  it('strict mode stops at the first bad line, as before', async () => {
    const err = await rejection(readInput([writeTrace(['{oops', j({ tool: 'A' })])], { strict: true }));
    expect([err.reasonCode, err.context.line]).toEqual(['E_TRACE_INVALID', 1]);
  });
});

describe('line ends', () => {
  it('CR-only line ends are a bad line that says so, at the first bare CR', async () => {
    const line = j({ tool: 'A' });
    const r = await readInput([writeTrace(`${line}\r${line}\r\n${j({ tool: 'B' })}\n`)]);
    expect(r.diags).toEqual([`1:${line.length + 1} CR-only line ends: a CR (\\r) not followed by LF does not end a line; convert the file to LF or CRLF line ends`]);
    expect(r.stats.records).toBe(1);
  });

  it('CRLF line ends and CR as JSON whitespace inside a line are fine', async () => {
    const r = await readInput([writeTrace(`${j({ tool: 'A' })}\r\n{"tool":\r"B"}\r\n`)]);
    expect(r.diags).toEqual([]);
    expect(r.stats.records).toBe(2);
  });

  it('an over-long CR-only line says why it is so long', async () => {
    const line = j({ tool: 'A', args: { pad: 'x'.repeat(1000) } });
    const n = Math.ceil((MAX_LINE_BYTES + 2) / (line.length + 1));
    const content = (line + '\r').repeat(n) + '\n' + j({ tool: 'B' }) + '\n';
    const r = await readInput([writeTrace(content)]);
    expect(r.diags).toEqual([`1:1 line exceeds 16 MiB (CR-only line ends: a CR (\\r) not followed by LF does not end a line; convert the file to LF or CRLF line ends)`]);
    expect(r.stats.records).toBe(1);
  });
});

describe('a sparse file (all NUL bytes, no LF)', () => {
  it('is one over-long bad line read in bounded memory, then E_TRACE_INVALID', async () => {
    const p = path.join(tempDir(), 'sparse.jsonl');
    const fd = fs.openSync(p, 'w');
    fs.ftruncateSync(fd, 3 * MAX_LINE_BYTES);
    fs.closeSync(fd);
    const before = process.memoryUsage().arrayBuffers;
    const err = await rejection(readInput([p]));
    expect(err.message).toBe('trace contains no records: 1 bad line(s) skipped; first at line 1: line exceeds 16 MiB');
    // The discarded line is never held: well under the file's 48 MiB stays allocated.
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MAX_LINE_BYTES + 4 * 1024 * 1024);
  });
});

describe('timestamps above 2^53−1', () => {
  it('are a bad line that says precision would be lost (never silently rounded)', async () => {
    const r = await readInput([writeTrace(['{"tool":"A","timestamp":9007199254740993}', j({ tool: 'B', timestamp: 5 })])]);
    expect(r.diags).toEqual(['1:1 record: "timestamp" must be an integer (milliseconds) within ±(2^53−1): larger values lose precision']);
    expect(r.entries[0]!.tool_calls.map((c) => [c.tool_name, c.ts_ms])).toEqual([['B', 5]]);
  });

  it('the largest safe value is accepted exactly', async () => {
    const r = await readInput([writeTrace([j({ tool: 'A', timestamp: Number.MAX_SAFE_INTEGER })])]);
    expect(r.entries[0]!.tool_calls[0]!.ts_ms).toBe(9007199254740991);
  });
});

describe('placeholder prompts are no identity', () => {
  it('two imported MCP sessions (prompt <mcp:session>) read together; each keeps its episode id', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    fs.writeFileSync(a, importedSession('alpha').join('\n') + '\n');
    fs.writeFileSync(b, importedSession('beta').join('\n') + '\n');
    const r = await readInput([a, b]);
    expect(r.entries.map((e) => [e.key, e.prompt, e.shared_prompt])).toEqual([
      ['alpha', '<mcp:session>', true],
      ['beta', '<mcp:session>', true],
    ]);
  });

  it('two sessions with one episode id are still a duplicate binding id', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    fs.writeFileSync(a, importedSession('same').join('\n') + '\n');
    fs.writeFileSync(b, importedSession('same').join('\n') + '\n');
    const err = await rejection(readInput([a, b]));
    expect(err.message).toBe('duplicate binding id "same" (first at a.jsonl:1)');
  });

  it('<mcp:session> written by hand (not marked mcp_import) is an ordinary prompt: duplicates are fatal', async () => {
    const start = (id: string) => j({ type: 'episode_start', episode_id: id, timestamp: 1, input: { prompt: '<mcp:session>' } });
    const end = (id: string) => j({ type: 'episode_end', episode_id: id, timestamp: 2 });
    const err = await rejection(readInput([writeTrace([start('x'), end('x'), start('y'), end('y')])]));
    expect(err.message).toBe('duplicate prompt "<mcp:session>" (first at line 1)');
  });

  it('plain tool-call files without a prompt (default group "ignore") read together', async () => {
    const dir = tempDir();
    const a = path.join(dir, 'a.jsonl');
    const b = path.join(dir, 'b.jsonl');
    fs.writeFileSync(a, j({ tool: 'A' }) + '\n');
    fs.writeFileSync(b, j({ tool: 'B' }) + '\n');
    const r = await readInput([a, b]);
    expect(r.entries.map((e) => [e.prompt, e.shared_prompt])).toEqual([
      ['ignore', true],
      ['ignore', true],
    ]);
  });
});
