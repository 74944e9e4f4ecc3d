// `..` in a path argument, end to end: the old regex policy passes the traversal (and validate warns
// W_PATH_REGEX_TRAVERSAL at the regex), the `within` policy fails it with exit 1.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

const TRACE = [
  '{"type":"episode_start","episode_id":"e1","timestamp":1,"input":{"prompt":"read the readme"}}',
  '{"type":"tool_call","episode_id":"e1","step_id":"s1","timestamp":2,"tool_name":"read_file","call_index":0,"args":{"path":"/app/readme.md"}}',
  '{"type":"tool_call","episode_id":"e1","step_id":"s2","timestamp":3,"tool_name":"read_file","call_index":1,"args":{"path":"/app/../etc/shadow"}}',
  '{"type":"episode_end","episode_id":"e1","timestamp":4,"outcome":"pass"}',
  '',
].join('\n');

const policy = (param: string) => `version: "2.0"\nallow: ["*"]\nconstraints:\n  - tool: "read_file"\n    params:\n      path:\n        ${param}\n`;

describe('validate: path traversal', () => {
  it('the regex policy lets the traversal through and warns at the regex', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': policy('matches: "^/app/.*|^/data/.*"'), 'trace.jsonl': TRACE });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('policy.yaml:7:18: warning W_PATH_REGEX_TRAVERSAL: regex "^/app/.*|^/data/.*" on read_file argument "path" accepts "/app/../etc/passwd"');
    expect(r.stderr).toContain('use within: ["/app", "/data"]');
  });

  it('json: the warning carries its position and the registered fix', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': policy('matches: "^/app/.*"') });
    const r = runCli(['validate', '--config', 'policy.yaml', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout) as { diagnostics: Array<{ code: string; severity: string; context: Record<string, unknown>; fix_steps: string[] }> };
    const d = doc.diagnostics.find((x) => x.code === 'W_PATH_REGEX_TRAVERSAL')!;
    expect(d).toMatchObject({ severity: 'warn', context: { file: 'policy.yaml', line: 7, col: 18, tool: 'read_file', param: 'path', probe: '/app/../etc/passwd' } });
    expect(d.fix_steps).toEqual([expect.stringContaining('Constrain the path with within:')]);
  });

  it('the within policy fails the traversal (exit 1) and names where it resolves', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': policy('within: ["/app", "/data"]'), 'trace.jsonl': TRACE });
    const r = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--format', 'json'], { cwd: dir });
    expect(r.status).toBe(1);
    const doc = JSON.parse(r.stdout) as { reason_code: string; diagnostics: Array<{ code: string; message: string; context: { line: number } }> };
    expect(doc.reason_code).toBe('E_POLICY_VIOLATION');
    expect(doc.diagnostics.map((d) => `${d.code}@${d.context.line}`)).toEqual(['E_ARG_SCHEMA@3']);
    expect(doc.diagnostics[0]!.message).toContain('/path resolves to "/etc/shadow", outside /app, /data');
  });

  it('a relative folder in within is a load error with its position (exit 2)', () => {
    const dir = tempDir();
    writeFiles(dir, { 'policy.yaml': policy('within: ["app"]'), 'trace.jsonl': TRACE });
    const r = runCli(['validate', '--config', join(dir, 'policy.yaml'), '--trace-file', join(dir, 'trace.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/policy\.yaml:7:18: error E_POLICY_PARSE: constraints\[0\]\.params\.path\.within\[0\] must be an absolute path/);
  });
});
