// `assay import --format openai-agents | langchain | langfuse`, then `validate --policy` gates the import.
// The fixtures (__tests__/fixtures/frameworks/*.json) were built by hand from each tool's documented export
// shape; where each comes from is listed at the top of __tests__/unit/import/frameworks.test.ts. Each holds
// one allowed call (search_docs) and one call the policy denies (run_shell).
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli, tempDir, writeFiles } from '../helpers/cli.js';

const FIX = join(REPO, '__tests__', 'fixtures', 'frameworks');
const DENY_SHELL = 'version: "2.0"\ntools:\n  allow: ["search_docs", "run_shell"]\n  deny: ["run_shell"]\nenforcement:\n  unconstrained_tools: allow\n';
const ALLOW_BOTH = 'version: "2.0"\ntools:\n  allow: ["search_docs", "run_shell"]\nenforcement:\n  unconstrained_tools: allow\n';

describe.each(['openai-agents', 'langchain', 'langfuse'])('assay import --format %s', (format) => {
  it('imports the export and the policy gate denies run_shell only', () => {
    const dir = tempDir();
    copyFileSync(join(FIX, `${format}.json`), join(dir, 'export.json'));
    writeFiles(dir, { 'deny.yaml': DENY_SHELL, 'allow.yaml': ALLOW_BOTH });
    const imp = runCli(['import', '--format', format, 'export.json', '--out', 'trace.jsonl'], { cwd: dir });
    expect(imp.status, imp.stderr).toBe(0);
    expect(imp.stderr).toContain('tools: run_shell, search_docs');
    const lines = readFileSync(join(dir, 'trace.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.type === 'tool_call').map((l) => l.tool_name)).toEqual(['search_docs', 'run_shell']);

    const ok = runCli(['validate', '--policy', 'allow.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(ok.status, ok.stderr).toBe(0);
    const denied = runCli(['validate', '--policy', 'deny.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(denied.status, denied.stderr).toBe(1);
    expect(denied.stderr).toContain('run_shell');
    expect(denied.stderr).not.toMatch(/search_docs.*(denied|deny)/);
  });
});

describe('assay import --format <framework> errors', () => {
  it('names the file, line and column of a malformed export', () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': '{"data": [\n  {"object": "trace.span", "id": "s", "trace_id": "t", "span_data": {"type": "function"}}\n]}\n' });
    const r = runCli(['import', '--format', 'openai-agents', 'bad.json'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/bad\.json:2:\d+: error E_TRACE_INVALID: function span_data: missing "name"/);
  });

  it('refuses --init for framework formats', () => {
    const dir = tempDir();
    copyFileSync(join(FIX, 'langfuse.json'), join(dir, 'lf.json'));
    const r = runCli(['import', '--format', 'langfuse', 'lf.json', '--init'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--init is not available with --format langfuse');
  });

  it('lists the framework formats in help', () => {
    const r = runCli(['import', '--help']);
    expect(r.stdout).toMatch(/otel\|openai-agents\|langchain\|langfuse/);
  });
});
