// AssayRecorder's record format (the same bytes as the Python SDK), the function wrapper, and the CLI
// runner's command-line splitting and typed errors.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AssayCliError, AssayRecorder, splitCommand, validate, wrapMcpClient } from '../../src/sdk/index.js';
import { CLI_ARGS } from '../helpers/cli.js';

const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));

describe('AssayRecorder', () => {
  it('appends compact plain tool-call lines, across recorder instances', () => {
    const file = path.join(tmp(), 'a', 'trace.jsonl');
    const r = new AssayRecorder(file, { testId: 't1', clock: () => 1234.9 });
    r.record({ tool: 'search', args: { q: 'x\ny' }, result: { hits: 2 } });
    r.record({ tool: 'pay', error: 'denied', id: 'call-9', testId: 'other' });
    r.recordTrace({ type: 'call_tool', tool: 'ToolB', test_id: 't1' });
    r.close();
    const again = new AssayRecorder(file);
    again.record({ tool: 'plain' });
    again.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '{"tool":"search","args":{"q":"x\\ny"},"result":{"hits":2},"error":null,"test_id":"t1","timestamp":1234}\n' +
        '{"tool":"pay","args":{},"result":null,"error":"denied","id":"call-9","test_id":"other","timestamp":1234}\n' +
        '{"type":"call_tool","tool":"ToolB","test_id":"t1"}\n' +
        '{"tool":"plain","args":{},"result":null,"error":null}\n',
    );
    expect(() => again.record({ tool: '' })).toThrow(TypeError);
  });

  it('encodes bigint, Map, Set and Error, and keeps the call when a result is circular', () => {
    const file = path.join(tmp(), 't.jsonl');
    const r = new AssayRecorder(file);
    r.record({ tool: 't', args: { n: 10n, m: new Map([['k', 1]]), s: new Set([1, 2]) }, result: new Error('boom') });
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    r.record({ tool: 'loop', result: loop, testId: 'g' });
    r.close();
    const [a, b] = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toEqual({ tool: 't', args: { n: '10', m: { k: 1 }, s: [1, 2] }, result: 'Error: boom', error: null });
    expect(b).toMatchObject({ tool: 'loop', result: null, test_id: 'g' });
    expect(String(b!.error)).toMatch(/^unserialisable record/);
  });

  it('wrap() records arguments with the result, or the error and rethrows', async () => {
    const file = path.join(tmp(), 't.jsonl');
    const r = new AssayRecorder(file);
    const add = r.wrap('add', (a: number, b: number) => a + b, (a, b) => ({ a, b }));
    const fail = r.wrap('fail', async (_x: { why: string }) => {
      throw new RangeError('nope');
    });
    expect(await add(1, 2)).toBe(3);
    await expect(fail({ why: 'test' })).rejects.toThrow(RangeError);
    r.close();
    expect(fs.readFileSync(file, 'utf8')).toBe(
      '{"tool":"add","args":{"a":1,"b":2},"result":3,"error":null}\n{"tool":"fail","args":{"why":"test"},"result":null,"error":"RangeError: nope"}\n',
    );
  });

  it('wrapMcpClient records an isError result with its text, and a thrown error', async () => {
    const file = path.join(tmp(), 't.jsonl');
    const r = new AssayRecorder(file);
    const client = {
      async callTool(p: { name: string; arguments?: Record<string, unknown> }): Promise<unknown> {
        if (p.name === 'boom') throw new Error('MCP error -32602: unknown tool');
        return { isError: true, content: [{ type: 'text', text: 'quota exceeded' }] };
      },
    };
    wrapMcpClient(client, r, { testId: 'x' });
    await client.callTool({ name: 'fetch', arguments: { url: 'u' } });
    await expect(client.callTool({ name: 'boom' })).rejects.toThrow('unknown tool');
    r.close();
    const recs = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(recs).toEqual([
      { tool: 'fetch', args: { url: 'u' }, result: { isError: true, content: [{ type: 'text', text: 'quota exceeded' }] }, error: 'quota exceeded', test_id: 'x' },
      { tool: 'boom', args: {}, result: null, error: 'MCP error -32602: unknown tool', test_id: 'x' },
    ]);
  });
});

describe('CLI runner', () => {
  it('splits ASSAY_CLI like a POSIX shell', () => {
    expect(splitCommand(`node --import "/a b/tsx.mjs" '/c d/x.ts' e\\ f ""`)).toEqual(['node', '--import', '/a b/tsx.mjs', '/c d/x.ts', 'e f', '']);
    expect(splitCommand('  assay  ')).toEqual(['assay']);
    expect(() => splitCommand('node "x')).toThrow(/unterminated/);
  });

  it('exit 2 throws AssayCliError with the reason code; a CLI that cannot start is E_PATH_NOT_FOUND', async () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 't.jsonl'), '{"tool":"a"}\n');
    const e = await validate('missing.yaml', 't.jsonl', { cli: [process.execPath, ...CLI_ARGS], cwd: dir }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AssayCliError);
    expect(e).toMatchObject({ reasonCode: 'E_MISSING_CONFIG', exitCode: 2 });
    const notFound = await validate('p.yaml', 't.jsonl', { cli: [path.join(dir, 'no-such-cli')], cwd: dir }).catch((x: unknown) => x);
    expect(notFound).toMatchObject({ reasonCode: 'E_PATH_NOT_FOUND', exitCode: null });
    const viaEnv = await validate('missing.yaml', 't.jsonl', { cwd: dir, env: { ...process.env, ASSAY_CLI: [process.execPath, ...CLI_ARGS].map((a) => `'${a}'`).join(' ') } }).catch((x: unknown) => x);
    expect(viaEnv).toMatchObject({ reasonCode: 'E_MISSING_CONFIG' });
  });
});
