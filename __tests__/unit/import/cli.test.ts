import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultOutPath, runImport } from '../../../cli/commands/import.js';

let dir: string;
let stderr: string[];
let stdout: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-'));
  stderr = [];
  stdout = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
    stderr.push(String(s));
    return true;
  });
  vi.spyOn(process.stdout, 'write').mockImplementation((s: string | Uint8Array) => {
    stdout.push(String(s));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const SESSION = [
  '{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"read_file","arguments":{"path":"/app/x"}}}',
  '{"jsonrpc":"2.0","id":1,"result":{"ok":true}}',
  '{"jsonrpc":"2.0","id":9,"result":{}}',
].join('\n');

describe('assay import (command)', () => {
  it('writes <stem>.trace.jsonl beside the input and reports on stderr only', () => {
    const input = join(dir, 'session.jsonl');
    writeFileSync(input, SESSION);
    expect(runImport(input, { format: 'jsonrpc' })).toBe(0);
    const out = join(dir, 'session.trace.jsonl');
    const text = readFileSync(out, 'utf8');
    expect(text.endsWith('\n')).toBe(true);
    expect(text.split('\n')).toHaveLength(5);
    expect(text).toContain('"episode_id":"session"');
    expect(stdout).toEqual([]);
    expect(stderr.join('')).toBe(
      [
        `Importing MCP transcript from: ${input}`,
        'Parsed 3 MCP events.',
        `note: ${input}:3:1: orphan response id "9" has no outstanding request; no event written`,
        'Generated 4 trace events.',
        `✅ Trace written to: ${out}`,
        '',
      ].join('\n'),
    );
  });

  it('accepts --out as an alias of --out-trace and passes the ids and prompt through', () => {
    const input = join(dir, 's.jsonl');
    writeFileSync(input, SESSION);
    const out = join(dir, 'nested', 'trace.jsonl');
    expect(runImport(input, { format: 'jsonrpc', out, episodeId: 'ep', testId: 'tid', prompt: 'p' })).toBe(0);
    const first = JSON.parse(readFileSync(out, 'utf8').split('\n')[0]!) as Record<string, unknown>;
    expect(first).toMatchObject({ episode_id: 'ep', input: { prompt: 'p' }, meta: { test_id: 'tid' } });
  });

  it('--init writes eval.yaml and policy.yaml, and skips existing ones', () => {
    const input = join(dir, 's.jsonl');
    writeFileSync(input, SESSION);
    const initDir = join(dir, 'proj');
    mkdirSync(initDir);
    writeFileSync(join(initDir, 'policy.yaml'), 'mine\n');
    expect(runImport(input, { format: 'jsonrpc', init: true, initDir })).toBe(0);
    expect(readFileSync(join(initDir, 'policy.yaml'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(initDir, 'eval.yaml'), 'utf8')).toContain('suite: "mcp-suite"');
    const err = stderr.join('');
    expect(err).toContain(`Created ${join(initDir, 'eval.yaml')}`);
    expect(err).toContain(`Skipped ${join(initDir, 'policy.yaml')} (exists)`);
  });

  it('missing input → exit 2 E_TRACE_NOT_FOUND', () => {
    expect(runImport(join(dir, 'nope.json'), {})).toBe(2);
    expect(stderr.join('')).toContain('error E_TRACE_NOT_FOUND: cannot open MCP transcript');
    expect(existsSync(join(dir, 'nope.trace.jsonl'))).toBe(false);
  });

  it('bad input → exit 2 E_TRACE_INVALID with positions, no output file', () => {
    const input = join(dir, 'bad.json');
    writeFileSync(input, '{"events":[{"jsonrpc":"2.0","id":1,"id":1}]}');
    expect(runImport(input, {})).toBe(2);
    expect(stderr.join('')).toContain(`${input}:1:36: error E_TRACE_INVALID: invalid JSON: duplicate object key "id"`);
    expect(existsSync(join(dir, 'bad.trace.jsonl'))).toBe(false);
  });

  it('invalid UTF-8 → exit 2 E_TRACE_INVALID', () => {
    const input = join(dir, 'bin.json');
    writeFileSync(input, Buffer.from([0x5b, 0xff, 0x5d]));
    expect(runImport(input, {})).toBe(2);
    expect(stderr.join('')).toContain('E_TRACE_INVALID: invalid UTF-8');
  });

  it('unknown --format and conflicting --out/--out-trace → exit 2 E_INVALID_ARGS', () => {
    const input = join(dir, 's.jsonl');
    writeFileSync(input, SESSION);
    expect(runImport(input, { format: 'har' })).toBe(2);
    expect(runImport(input, { out: 'a.jsonl', outTrace: 'b.jsonl' })).toBe(2);
    expect(stderr.join('').match(/E_INVALID_ARGS/g)).toHaveLength(2);
  });

  it('an unwritable output → exit 3 E_IO_ERROR', () => {
    const input = join(dir, 's.jsonl');
    writeFileSync(input, SESSION);
    const blocker = join(dir, 'file');
    writeFileSync(blocker, '');
    expect(runImport(input, { format: 'jsonrpc', outTrace: join(blocker, 'x.jsonl') })).toBe(3);
    expect(stderr.join('')).toContain('E_IO_ERROR');
  });

  it('default output path keeps the input spelling', () => {
    expect(defaultOutPath('session.json')).toBe('session.trace.jsonl');
    expect(defaultOutPath('logs/run.1.json')).toBe('logs/run.1.trace.jsonl');
    expect(defaultOutPath('noext')).toBe('noext.trace.jsonl');
  });
});

describe('assay trace import-mcp (alias)', () => {
  it('parses --input and converts like assay import', async () => {
    const { Command } = await import('commander');
    const { registerTraceImportMcp } = await import('../../../cli/commands/import.js');
    const program = new Command();
    program.exitOverride();
    registerTraceImportMcp(program.command('trace'));
    const input = join(dir, 'a.jsonl');
    writeFileSync(input, SESSION);
    const out = join(dir, 'o.jsonl');
    const before = process.exitCode;
    try {
      await program.parseAsync(['trace', 'import-mcp', '--input', input, '--format', 'jsonrpc', '--out-trace', out], { from: 'user' });
      expect(process.exitCode).toBe(0);
    } finally {
      process.exitCode = before;
    }
    expect(readFileSync(out, 'utf8')).toContain('"tool_name":"read_file"');
  });
});
