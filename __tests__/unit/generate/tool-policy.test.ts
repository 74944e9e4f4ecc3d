// `assay generate` on tool-call traces: the round trip (the trace passes its own policy with
// validate, one extra dangerous call fails), determinism, heuristics, and what each rule says it came from.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { generatePolicy, TRAVERSAL_PATTERN } from '../../../src/core/generate/index.js';
import { validate } from '../../../src/core/gate/validate.js';
import { parsePolicy } from '../../../src/core/policy/index.js';

const AT = '1970-01-01T00:00:00Z';

function dir(): string {
  return mkdtempSync(join(tmpdir(), 'assay-'));
}

const V2 = [
  '{"type":"episode_start","episode_id":"e1","timestamp":1,"input":{"prompt":"invoice"},"meta":{"test_id":"invoice"}}',
  '{"type":"tool_call","episode_id":"e1","step_id":"s1","timestamp":2,"tool_name":"read_file","args":{"path":"/data/invoices/2026-11.json"}}',
  '{"type":"tool_call","episode_id":"e1","step_id":"s2","timestamp":3,"tool_name":"http_get","args":{"url":"https://api.example.com/customers/42"}}',
  '{"type":"episode_end","episode_id":"e1","timestamp":4}',
  '{"type":"episode_start","episode_id":"e2","timestamp":5,"input":{"prompt":"pay"}}',
  '{"type":"tool_call","episode_id":"e2","step_id":"s1","timestamp":6,"tool_name":"read_file","args":{"path":"/data/customers/42.json","encoding":"utf8"}}',
  '{"type":"tool_call","episode_id":"e2","step_id":"s2","timestamp":7,"tool_name":"transfer_funds","args":{"amount":120,"to":"ACME"}}',
  '{"type":"tool_call","episode_id":"e2","step_id":"s3","timestamp":8,"tool_name":"ping"}',
  '{"type":"episode_end","episode_id":"e2","timestamp":9}',
].join('\n') + '\n';

const PLAIN = ['{"tool":"search","args":{"q":"flights"}}', '{"tool_name":"book","arguments":{"id":7}}', '{"type":"call_tool","tool":"search","input":{"q":"hotels"}}'].join('\n') + '\n';

function extra(tool: string, args: unknown, id = 'x'): string {
  return [
    JSON.stringify({ type: 'episode_start', episode_id: id, timestamp: 100, input: { prompt: `extra ${id}` } }),
    JSON.stringify({ type: 'tool_call', episode_id: id, step_id: 's1', timestamp: 101, tool_name: tool, args }),
    JSON.stringify({ type: 'episode_end', episode_id: id, timestamp: 102 }),
  ].join('\n') + '\n';
}

async function gen(d: string, trace: string, heuristics: boolean): Promise<{ path: string; text: string }> {
  const t = join(d, 'trace.jsonl');
  writeFileSync(t, trace);
  const r = await generatePolicy({ input: { path: t, display: 'trace.jsonl' }, heuristics, generatedAt: AT });
  expect(r.kind).toBe('tool');
  const p = join(d, 'policy.yaml');
  writeFileSync(p, r.text);
  return { path: p, text: r.text };
}

async function validateWith(policy: string, trace: string, d: string): Promise<{ exit: number; codes: string[] }> {
  const t = join(d, `t${Math.random().toString(36).slice(2)}.jsonl`);
  writeFileSync(t, trace);
  const r = await validate({ config: { path: policy, display: 'policy.yaml' }, traces: [{ path: t, display: 'trace.jsonl' }] });
  return { exit: r.exitCode, codes: r.findings.filter((f) => f.level === 'error').map((f) => f.rule_id) };
}

describe('round trip (done when)', () => {
  for (const heuristics of [false, true]) {
    for (const [shape, trace] of [
      ['V2 episodes', V2],
      ['plain tool-call records', PLAIN],
    ] as const) {
      it(`${shape}${heuristics ? ' --heuristics' : ''}: the trace passes its own policy; an extra dangerous call fails`, async () => {
        const d = dir();
        const { path } = await gen(d, trace, heuristics);
        expect(await validateWith(path, trace, d)).toEqual({ exit: 0, codes: [] });
        const bad = await validateWith(path, trace + extra('shell_exec', { cmd: 'rm -rf /' }), d);
        expect(bad.exit).toBe(1);
        expect(bad.codes).toEqual(['policy/E_TOOL_DENIED']);
        const unseen = await validateWith(path, trace + extra('delete_account', { id: 1 }), d);
        expect(unseen.codes).toEqual(['policy/E_TOOL_NOT_ALLOWED']);
      });
    }
  }

  it('running generate twice gives identical bytes (no timestamps in tool policies)', async () => {
    const d = dir();
    const a = await gen(d, V2, true);
    const b = await generatePolicy({ input: { path: join(d, 'trace.jsonl'), display: 'trace.jsonl' }, heuristics: true, generatedAt: '2099-01-01T00:00:00Z' });
    expect(b.text).toBe(a.text);
    expect(a.text).not.toMatch(/generated_at|\d{4}-\d\d-\d\dT/);
  });
});

describe('the generated policy', () => {
  it('allows the tools seen, each with a schema of the arguments seen; unconstrained tools are denied', async () => {
    const d = dir();
    const { text } = await gen(d, V2, false);
    const doc = parse(text) as Record<string, any>;
    expect(doc.version).toBe('2.0');
    expect(doc.tools.allow).toEqual(['http_get', 'ping', 'read_file', 'transfer_funds']);
    expect(doc.tools.deny).toContain('exec*');
    expect(doc.enforcement).toEqual({ unconstrained_tools: 'deny' });
    expect(doc.schemas.read_file).toEqual({
      type: 'object',
      properties: { encoding: { type: 'string' }, path: { type: 'string' } },
      required: ['path'],
      additionalProperties: false,
    });
    expect(doc.schemas.transfer_funds.properties.amount).toEqual({ type: 'integer' });
    // A V2 tool_call without args has args null.
    expect(doc.schemas.ping).toEqual({ type: 'null' });
    // Comments say where each rule came from.
    expect(text).toContain('# read_file: 2 calls in 2 entries; first at trace.jsonl:2');
    expect(text).toContain('# path: in 2 of 2 calls; string; paths under /data/');
    expect(text).toContain('# encoding: in 1 of 2 calls; string');
    const loaded = parsePolicy(text, 'policy.yaml');
    expect(loaded.diagnostics).toEqual([]);
  });

  it('--heuristics generalises paths to their common directory, refuses traversal, pins URL origins', async () => {
    const d = dir();
    const { path, text } = await gen(d, V2, true);
    const doc = parse(text) as Record<string, any>;
    expect(doc.schemas.read_file.properties.path).toEqual({ type: 'string', pattern: '^/data/', not: { pattern: TRAVERSAL_PATTERN } });
    expect(doc.schemas.http_get.properties.url.pattern).toBe('^(?:https://api\\.example\\.com)(?:[/?#]|$)');
    const call = (tool: string, args: unknown) => validateWith(path, extra(tool, args), d);
    expect((await call('read_file', { path: '/data/other/x.json' })).exit).toBe(0);
    expect((await call('read_file', { path: '/etc/passwd' })).codes).toEqual(['policy/E_ARG_SCHEMA']);
    expect((await call('read_file', { path: '/data/../etc/passwd' })).codes).toEqual(['policy/E_ARG_SCHEMA']);
    expect((await call('read_file', { path: '/data/x', mode: 'w' })).codes).toEqual(['policy/E_ARG_SCHEMA']);
    expect((await call('read_file', {})).codes).toEqual(['policy/E_ARG_SCHEMA']);
    expect((await call('http_get', { url: 'https://api.example.com.evil.io/' })).codes).toEqual(['policy/E_ARG_SCHEMA']);
    expect((await call('http_get', { url: 'https://api.example.com?q=1' })).exit).toBe(0);
  });

  it('an observed dangerous tool: allowed as seen without --heuristics (its deny pattern dropped), denied with it', async () => {
    const trace = extra('shell_exec', { cmd: 'ls' }) + extra('read_file', { path: '/tmp/a' }, 'y');
    const d = dir();
    const plain = await gen(d, trace, false);
    const doc = parse(plain.text) as Record<string, any>;
    expect(doc.tools.allow).toEqual(['read_file', 'shell_exec']);
    expect(doc.tools.deny).not.toContain('*_exec');
    expect(plain.text).toContain('not denied: *_exec (would deny the observed tool shell_exec)');
    expect((await validateWith(plain.path, trace, d)).exit).toBe(0);

    const d2 = dir();
    const h = await gen(d2, trace, true);
    const hdoc = parse(h.text) as Record<string, any>;
    expect(hdoc.tools.allow).toEqual(['read_file']);
    expect(hdoc.tools.deny[0]).toBe('shell_exec');
    expect(h.text).toContain('runs commands or code (matches *_exec): denied by --heuristics');
    expect((await validateWith(h.path, trace, d2)).codes).toEqual(['policy/E_TOOL_DENIED']);
  });

  it('--heuristics lists risky argument values for review (hash-like path, sensitive port)', async () => {
    const d = dir();
    const trace = [
      '{"tool":"read_file","args":{"path":"/cache/0123456789abcdef0123456789abcdef01234567"}}',
      '{"tool":"connect","args":{"dest":"db.internal:5432"}}',
    ].join('\n');
    const { text } = await gen(d, trace, true);
    const doc = parse(text) as Record<string, any>;
    expect(doc.metadata.review).toEqual([
      'connect.dest: sensitive port 5432: db.internal:5432',
      'read_file.path: looks like hash: /cache/0123456789abcdef0123456789abcdef01234567',
      'read_file.path: high entropy path segment (3.97 bits): /cache/0123456789abcdef0123456789abcdef01234567',
    ]);
    expect(text).toContain('# REVIEW looks like hash: /cache/');
  });

  it('hostile tool names and values cannot break out of strings or comments', async () => {
    const d = dir();
    const name = 'evil\ntools:\n  allow: ["*"]';
    const trace = JSON.stringify({ tool: name, args: { 'k": 1\n#': '/x/\n- y' } }) + '\n';
    const { text } = await gen(d, trace, true);
    const doc = parse(text) as Record<string, any>;
    expect(doc.tools.allow).toEqual([name]);
    expect(Object.keys(doc.tools)).toEqual(['allow', 'deny']);
    for (const line of text.split('\n')) if (line.trimStart().startsWith('#')) expect(line).not.toMatch(/\n/);
    const p = parsePolicy(text, 'p.yaml').policy;
    expect(p.tools.allow?.entries.map((e) => e.pattern)).toEqual([name]);
  });

  it('a tool name that a pattern cannot name exactly is not allowed (it would widen the allowlist)', async () => {
    const d = dir();
    const { text } = await gen(d, '{"tool":"read*","args":{}}\n{"tool":"$defs","args":{}}\n{"tool":"ok","args":{}}\n', false);
    const doc = parse(text) as Record<string, any>;
    expect(doc.tools.allow).toEqual(['ok']);
    expect(doc.metadata.review).toHaveLength(2);
  });

  it('a trace without records is refused (E_TRACE_INVALID); a missing file is E_TRACE_NOT_FOUND', async () => {
    const d = dir();
    writeFileSync(join(d, 'empty.jsonl'), '# nothing\n');
    await expect(generatePolicy({ input: { path: join(d, 'empty.jsonl'), display: 'empty.jsonl' }, generatedAt: AT })).rejects.toMatchObject({ reasonCode: 'E_TRACE_INVALID' });
    await expect(generatePolicy({ input: { path: join(d, 'nope.jsonl'), display: 'nope.jsonl' }, generatedAt: AT })).rejects.toMatchObject({ reasonCode: 'E_TRACE_NOT_FOUND' });
  });

  it('JSON output is the same document without comments', async () => {
    const d = dir();
    writeFileSync(join(d, 't.jsonl'), V2);
    const y = await generatePolicy({ input: { path: join(d, 't.jsonl'), display: 't.jsonl' }, heuristics: true, generatedAt: AT });
    const j = await generatePolicy({ input: { path: join(d, 't.jsonl'), display: 't.jsonl' }, heuristics: true, format: 'json', generatedAt: AT });
    expect(JSON.parse(j.text)).toEqual(parse(y.text));
  });

  it('reads stdin text the same as the file', async () => {
    const d = dir();
    writeFileSync(join(d, 't.jsonl'), V2);
    const f = await generatePolicy({ input: { path: join(d, 't.jsonl'), display: 'x' }, heuristics: true, generatedAt: AT });
    const s = await generatePolicy({ input: { text: V2, display: 'x' }, heuristics: true, generatedAt: AT });
    expect(s.text).toBe(f.text);
  });
});
