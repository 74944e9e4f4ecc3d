// What import and init write must read back through the shared trace reader in --strict mode.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMcpTranscript, v2Text } from '../../../src/core/import/index.js';
import { exampleTraceJsonl, helloTraceJsonl } from '../../../src/core/init/index.js';
import { readTrace, type TraceEntry } from '../../../src/core/trace/index.js';

async function readBack(text: string): Promise<{ entries: TraceEntry[]; diagnostics: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'assay-'));
  const file = join(dir, 't.jsonl');
  writeFileSync(file, text);
  const entries: TraceEntry[] = [];
  let diagnostics = 0;
  const stats = await readTrace(file, { onEntry: (e) => entries.push(e), onDiagnostic: () => diagnostics++ }, { strict: true });
  expect(stats.skipped_lines).toBe(0);
  return { entries, diagnostics };
}

describe('written traces read back through the trace reader', () => {
  it('an imported MCP session: one episode, prompt, binding id, calls in order', async () => {
    const r = importMcpTranscript(
      JSON.stringify([
        { jsonrpc: '2.0', id: 1, method: 'tools/list' },
        { jsonrpc: '2.0', id: 1, result: { tools: [{ name: 'read_file' }] } },
        { jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: 'read_file', arguments: { path: '/app/a' } } },
        { jsonrpc: '2.0', id: 2, result: { text: 'A' } },
        { jsonrpc: '2.0', id: 3, method: 'tools/call', params: { name: 'exec', arguments: { cmd: 'ls' } } },
      ]),
      { format: 'inspector', inputName: 's.json', episodeId: 's', testId: 't1' },
    );
    const { entries, diagnostics } = await readBack(v2Text(r.lines));
    expect(diagnostics).toBe(0);
    expect(entries).toHaveLength(1);
    const e = entries[0]!;
    expect(e.prompt).toBe('<mcp:session>');
    expect(e.binding_id).toBe('t1');
    expect(e.tool_calls.map((c) => [c.tool_name, c.args, c.error])).toEqual([
      ['read_file', { path: '/app/a' }, null],
      ['exec', { cmd: 'ls' }, 'timeout/no_response'],
    ]);
  });

  it('the init example and hello traces', async () => {
    const ex = (await readBack(exampleTraceJsonl())).entries;
    expect(ex.map((e) => [e.prompt, e.tool_calls.map((c) => c.tool_name)])).toEqual([['replace_with_real_prompt', ['read_file']]]);
    const hello = (await readBack(helloTraceJsonl())).entries;
    expect(hello.map((e) => [e.prompt, e.text])).toEqual([['hello_prompt', 'Hello Assay']]);
  });
});
