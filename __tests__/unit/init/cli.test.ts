import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runInit } from '../../../cli/commands/init.js';

let cwd: string;
let stderr: string[];
let stdout: string[];

beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'assay-'));
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

const errText = (): string => stderr.join('');
const outJson = (): Record<string, unknown> => JSON.parse(stdout.join('')) as Record<string, unknown>;

describe('assay init (command)', () => {
  it('text: lists what it created on stderr and ends with the Next line; stdout stays empty', () => {
    expect(runInit({}, cwd)).toBe(0);
    expect(stdout).toEqual([]);
    const lines = errText().trimEnd().split('\n');
    expect(lines).toContain('Created eval.yaml');
    expect(lines).toContain('Created policy.yaml (preset: default)');
    expect(lines).toContain('Created traces/example.jsonl (example trace)');
    expect(lines.at(-1)).toBe('   Next: assay validate --config=eval.yaml --trace-file=traces/example.jsonl --format json');
  });

  it('text: existing files are skipped with "Skipped <p> (exists)"; all existing → nothing created, exit 0', () => {
    writeFileSync(join(cwd, 'eval.yaml'), 'x\n');
    expect(runInit({}, cwd)).toBe(0);
    expect(errText()).toContain('Skipped eval.yaml (exists)');
    stderr.length = 0;
    expect(runInit({}, cwd)).toBe(0);
    expect(errText()).toContain('Nothing created: every file already exists (use --force to overwrite).');
    expect(readFileSync(join(cwd, 'eval.yaml'), 'utf8')).toBe('x\n');
  });

  it('--format json prints assay.init_report.v1', () => {
    writeFileSync(join(cwd, 'policy.yaml'), 'x\n');
    expect(runInit({ format: 'json', gitignore: true }, cwd)).toBe(0);
    const doc = outJson();
    expect(Object.keys(doc)).toEqual(['schema', 'schema_version', 'exit_code', 'reason_code', 'created', 'skipped', 'next_step', 'project']);
    expect(doc['project']).toMatchObject({ kind: 'other', summary: 'no known project files (other)', mcp_clients: [], mcp_server: null, wrap_commands: [] });
    delete doc['project'];
    expect(doc).toEqual({
      schema: 'assay.init_report.v1',
      schema_version: 1,
      exit_code: 0,
      reason_code: '',
      created: ['eval.yaml', 'traces/example.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json', '.gitignore'],
      skipped: ['policy.yaml'],
      next_step: 'assay validate --config=eval.yaml --trace-file=traces/example.jsonl --format json',
    });
    expect(stdout.join('').endsWith('}\n')).toBe(true);
  });

  it('--dir writes into the project directory; paths are shown relative to the working directory', () => {
    mkdirSync(join(cwd, 'proj'));
    expect(runInit({ dir: 'proj', format: 'json', preset: 'dev' }, cwd)).toBe(0);
    expect(outJson()['created']).toEqual(['proj/eval.yaml', 'proj/policy.yaml', 'proj/traces/example.jsonl', 'proj/.assay/schemas/policy.schema.json', 'proj/.assay/schemas/eval.schema.json']);
    expect(outJson()['next_step']).toBe('assay validate --config=proj/eval.yaml --trace-file=proj/traces/example.jsonl --format json');
    expect(readFileSync(join(cwd, 'proj', 'policy.yaml'), 'utf8')).toContain('starter-dev');
  });

  it('--pack is an alias of --preset; --hello-trace and --ci github', () => {
    expect(runInit({ pack: 'hardened', helloTrace: true, ci: 'github', actionRef: 'example-org/assay@0123456789abcdef0123456789abcdef01234567' }, cwd)).toBe(0);
    expect(readFileSync(join(cwd, 'policy.yaml'), 'utf8')).toContain('starter-hardened');
    expect(existsSync(join(cwd, 'traces', 'hello.jsonl'))).toBe(true);
    expect(existsSync(join(cwd, '.github', 'workflows', 'assay.yml'))).toBe(true);
    expect(errText().trimEnd().split('\n').at(-1)).toBe('   Next: assay validate --config=eval.yaml --trace-file=traces/hello.jsonl --format json');
  });

  it('--list-presets prints the presets on stdout (text) or in the report (json), writing nothing', () => {
    expect(runInit({ listPresets: true }, cwd)).toBe(0);
    expect(stdout.join('').split('\n').filter(Boolean).map((l) => l.split(/\s+/)[0])).toEqual(['default', 'hardened', 'dev']);
    stdout.length = 0;
    expect(runInit({ listPacks: true, format: 'json' }, cwd)).toBe(0);
    expect((outJson()['presets'] as Array<{ name: string }>).map((p) => p.name)).toEqual(['default', 'hardened', 'dev']);
    expect(existsSync(join(cwd, 'eval.yaml'))).toBe(false);
  });

  it('unknown preset → exit 2 E_INVALID_ARGS (text: diagnostic on stderr; json: init_report with the code)', () => {
    expect(runInit({ preset: 'nope' }, cwd)).toBe(2);
    expect(errText()).toContain('error E_INVALID_ARGS: unknown preset "nope" (available: default, hardened, dev)');
    expect(stdout).toEqual([]);
    expect(runInit({ preset: 'nope', format: 'json' }, cwd)).toBe(2);
    expect(outJson()).toMatchObject({
      schema: 'assay.init_report.v1',
      exit_code: 2,
      reason_code: 'E_INVALID_ARGS',
      created: [],
      skipped: [],
      next_step: 'See the usage. Run: assay --help',
    });
    expect(existsSync(join(cwd, 'eval.yaml'))).toBe(false);
  });

  it('bad --format, conflicting --preset/--pack → exit 2', () => {
    expect(runInit({ format: 'yaml' }, cwd)).toBe(2);
    expect(runInit({ preset: 'dev', pack: 'hardened' }, cwd)).toBe(2);
    expect(errText().match(/E_INVALID_ARGS/g)).toHaveLength(2);
  });

  it('--from-trace missing → exit 2 E_TRACE_NOT_FOUND; present → runtime policy honouring SOURCE_DATE_EPOCH', () => {
    expect(runInit({ fromTrace: 'missing.jsonl' }, cwd)).toBe(2);
    expect(errText()).toContain('E_TRACE_NOT_FOUND');
    writeFileSync(join(cwd, 'ev.jsonl'), '{"type":"proc_exec","path":"/usr/bin/git"}\n');
    vi.stubEnv('SOURCE_DATE_EPOCH', '86400');
    try {
      expect(runInit({ fromTrace: 'ev.jsonl' }, cwd)).toBe(0);
    } finally {
      vi.unstubAllEnvs();
    }
    expect(readFileSync(join(cwd, 'policy.yaml'), 'utf8')).toContain('generated_at: "1970-01-02T00:00:00Z"');
    expect(errText().trimEnd().split('\n').at(-1)).toBe('   Next: assay validate --config=eval.yaml --format json');
  });

  it('an unwritable target → exit 3 E_IO_ERROR', () => {
    // A file where the traces directory should be.
    writeFileSync(join(cwd, 'traces'), '');
    expect(runInit({}, cwd)).toBe(3);
    expect(errText()).toContain('E_IO_ERROR');
  });
});
