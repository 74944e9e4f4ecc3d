// Pure parts of `assay mcp wrap`: strict line parsing, classification, LF framing, the exact
// blocked response, decision-log reason codes and the evidence mapping.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseStrictLine } from '../../src/runtime/mcp/strict-line.js';
import { classifyClientLine } from '../../src/runtime/mcp/classify.js';
import { LineSplitter } from '../../src/runtime/mcp/line-splitter.js';
import { blockedResponseLine, denyContract, proxyErrorLine } from '../../src/runtime/mcp/responses.js';
import { reasonCodeOf, Recorder } from '../../src/runtime/mcp/records.js';
import { decisionEvidenceEvents, readDecisionLog, writeDecisionEvidence } from '../../src/runtime/mcp/evidence.js';
import { AppendLog } from '../../src/runtime/mcp/log-file.js';
import { processToolsList, type ObservedTool } from '../../src/runtime/mcp/tools-list.js';
import { parsePolicy, type Decision } from '../../src/core/policy/index.js';
import { verifyBundleBytes } from '../../src/core/evidence/verify.js';
import { tmpDir } from './helpers.js';

describe('parseStrictLine', () => {
  it('accepts what JSON.parse accepts when nothing is ambiguous, and returns the exact id token', () => {
    const r = parseStrictLine('{"jsonrpc":"2.0", "id" : 12345678901234567890 ,"method":"x","params":{"id":1}}');
    expect(r).toMatchObject({ ok: true, idToken: '12345678901234567890' });
    expect(parseStrictLine('{"id":"a\\"b","x":[{"id":2}]}')).toMatchObject({ ok: true, idToken: '"a\\"b"' });
  });

  it('refuses duplicate keys at any depth, also when spelled with escapes', () => {
    expect(parseStrictLine('{"a":1,"a":2}')).toMatchObject({ ok: false, failure: 'duplicate_key' });
    expect(parseStrictLine('{"p":{"x":{"k":1,"\\u006b":2}}}')).toMatchObject({ ok: false, failure: 'duplicate_key' });
    expect(parseStrictLine('{"id":7,"s":"a:b:c","o":{"k":"{:}"}}')).toMatchObject({ ok: true });
  });

  it('refuses lone surrogates, excessive depth and too many keys; keeps a single id for the error', () => {
    expect(parseStrictLine('{"id":3,"s":"\\ud800x"}')).toEqual({ ok: false, failure: 'lone_surrogate', idToken: '3' });
    expect(parseStrictLine('{"s":"\\ud83d\\ude00"}')).toMatchObject({ ok: true });
    expect(parseStrictLine('['.repeat(129) + ']'.repeat(129))).toMatchObject({ ok: false, failure: 'depth' });
    expect(parseStrictLine('['.repeat(128) + ']'.repeat(128))).toMatchObject({ ok: true });
    const many = '{' + Array.from({ length: 10_001 }, (_, i) => `"k${i}":0`).join(',') + '}';
    expect(parseStrictLine(many)).toMatchObject({ ok: false, failure: 'too_many_keys' });
    expect(parseStrictLine('{"id":1,"id":2,"a":1,"a":1}')).toEqual({ ok: false, failure: 'duplicate_key', idToken: undefined });
    expect(parseStrictLine('{"x"')).toEqual({ ok: false, failure: 'syntax', idToken: undefined });
  });
});

describe('classifyClientLine', () => {
  const tc = (params: unknown, id: unknown = 5) => JSON.stringify({ jsonrpc: '2.0', id, method: 'tools/call', params });

  it('classifies requests, notifications, responses and tool calls', () => {
    expect(classifyClientLine('  ')).toEqual({ kind: 'empty' });
    expect(classifyClientLine('{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}')).toMatchObject({ kind: 'request', method: 'initialize', id: 1, idToken: '1' });
    expect(classifyClientLine('{"jsonrpc":"2.0","method":"notifications/initialized"}')).toMatchObject({ kind: 'notification' });
    expect(classifyClientLine('{"jsonrpc":"2.0","id":"s1","result":{}}')).toEqual({ kind: 'response' });
    expect(classifyClientLine(tc({ name: 'read', arguments: { a: 1 } }))).toEqual({
      kind: 'tool_call',
      idToken: '5',
      id: 5,
      name: 'read',
      args: { a: 1 },
      toolCallId: 'req_5',
    });
    expect(classifyClientLine(tc({ name: 'read' }, 'abc'))).toMatchObject({ args: {}, toolCallId: 'req_abc', idToken: '"abc"' });
    expect(classifyClientLine(tc({ name: 'r', _meta: { tool_call_id: 'T1' }, arguments: { _meta: { tool_call_id: 'T2' } } }))).toMatchObject({ toolCallId: 'T1' });
    expect(classifyClientLine(tc({ name: 'r', arguments: { _meta: { tool_call_id: 'T2' } } }))).toMatchObject({ toolCallId: 'T2' });
  });

  it('refuses per the table', () => {
    const refusal = (line: string) => {
      const c = classifyClientLine(line);
      return c.kind === 'refuse' ? [c.code, c.reason, c.idToken] : c.kind;
    };
    expect(refusal('nope')).toEqual([-32700, 'malformed_client_request', null]);
    expect(refusal('[]')).toEqual([-32600, 'batch_not_supported', null]);
    expect(refusal('"str"')).toEqual([-32600, 'malformed_client_request', null]);
    expect(refusal('{"jsonrpc":"1.0","id":1,"method":"ping"}')).toEqual([-32600, 'malformed_client_request', '1']);
    expect(refusal('{"jsonrpc":"2.0","id":1,"method":5}')).toEqual([-32600, 'malformed_client_request', '1']);
    expect(refusal('{"jsonrpc":"2.0","id":1.5,"method":"ping"}')).toEqual([-32600, 'malformed_client_request', null]);
    expect(refusal('{"jsonrpc":"2.0","id":null,"method":"ping"}')).toEqual([-32600, 'malformed_client_request', null]);
    expect(refusal('{"jsonrpc":"2.0","id":1,"result":{},"error":{}}')).toEqual([-32600, 'malformed_client_request', '1']);
    expect(refusal(tc({ name: 1 }))).toEqual([-32602, 'invalid_tool_call', '5']);
    expect(refusal(tc({ name: 'x', arguments: [] }))).toEqual([-32602, 'invalid_tool_call', '5']);
    expect(refusal(tc({ name: 'x', arguments: null }))).toEqual([-32602, 'invalid_tool_call', '5']);
    expect(refusal(tc('x'))).toEqual([-32602, 'invalid_tool_call', '5']);
    expect(classifyClientLine('{"jsonrpc":"2.0","method":"tools/call","params":{"name":"x"}}')).toEqual({ kind: 'drop', reason: 'tools_call_without_id' });
  });
});

describe('LineSplitter', () => {
  function run(chunks: string[], max: number) {
    const events: string[] = [];
    const sp = new LineSplitter(max, {
      line: (b, s, e) => {
        const t = b.toString('utf8', s, e);
        events.push(`line:${t}`);
        if (t.startsWith('swap')) return 'SWAPPED\n';
        return !t.startsWith('drop');
      },
      forward: (b) => events.push(`fwd:${typeof b === 'string' ? b : b.toString('utf8')}`),
      tooLong: (n) => events.push(`long:${n}`),
    });
    for (const c of chunks) sp.push(Buffer.from(c));
    sp.end();
    return events;
  }

  it('forwards consecutive kept lines as one range of the original bytes', () => {
    expect(run(['a\nb\ndrop\nc\n'], 100)).toEqual(['line:a', 'line:b', 'line:drop', 'fwd:a\nb\n', 'line:c', 'fwd:c\n']);
  });

  it('emits a replacement line in its place, after the kept lines before it', () => {
    expect(run(['a\nswap\nb\n'], 100)).toEqual(['line:a', 'line:swap', 'fwd:a\n', 'fwd:SWAPPED\n', 'line:b', 'fwd:b\n']);
    expect(run(['sw', 'ap\n'], 100)).toEqual(['line:swap', 'fwd:SWAPPED\n']);
  });

  it('joins lines split across chunks and handles a final line without LF', () => {
    expect(run(['ab', 'c\nd', 'e'], 100)).toEqual(['line:abc', 'fwd:abc\n', 'line:de', 'fwd:de']);
  });

  it('discards lines over the cap, also when they span chunks, and resumes after the LF', () => {
    expect(run(['12345\nok\n'], 4)).toEqual(['long:5', 'line:ok', 'fwd:ok\n']);
    expect(run(['12', '34', '56', '7\nok\n'], 4)).toEqual(['long:7', 'line:ok', 'fwd:ok\n']);
    expect(run(['1234\n'], 4)).toEqual(['line:1234', 'fwd:1234\n']);
  });
});

describe('blocked response and proxy errors', () => {
  const d: Decision = { decision: 'deny', code: 'E_TOOL_DENIED', tool: 'write_file', reason: 'Tool is explicitly denylisted by name', rule: 'tools.deny[0]=write_*' };

  it('is byte-identical to the example', () => {
    expect(blockedResponseLine('7', denyContract(d, 'req_7'), false)).toBe(
      '{"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"Content blocked by policy: E_TOOL_DENIED (tools.deny[0]=write_*)"}],"isError":true,"structuredContent":{"status":"deny","error_code":"E_TOOL_DENIED","reason":"Tool is explicitly denylisted by name","rule":"tools.deny[0]=write_*","tool":"write_file","tool_call_id":"req_7"}}}\n',
    );
  });

  it('moves the contract to _meta and a second text block for outputSchema tools', () => {
    const m = JSON.parse(blockedResponseLine('"a"', denyContract(d, 'c1'), true)) as { id: string; result: Record<string, unknown> };
    expect(m.id).toBe('a');
    expect(m.result.structuredContent).toBeUndefined();
    expect((m.result._meta as Record<string, unknown>)['assay/deny']).toEqual(denyContract(d, 'c1'));
    expect(JSON.parse((m.result.content as Array<{ text: string }>)[1]!.text)).toEqual(denyContract(d, 'c1'));
  });

  it('echoes the exact id token in proxy errors', () => {
    expect(proxyErrorLine('12345678901234567890', -31998, 'upstream_exited')).toBe(
      '{"jsonrpc":"2.0","id":12345678901234567890,"error":{"code":-31998,"message":"Upstream failed","data":{"origin":"assay-proxy","reason":"upstream_exited"}}}\n',
    );
    expect(JSON.parse(proxyErrorLine(null, -31998, 'enforcement_record_write_failed')).error.message).toBe('Decision record failed');
  });
});

describe('decision records', () => {
  it('maps decision codes to reason codes', () => {
    const mk = (decision: Decision['decision'], code: Decision['code']): Decision => ({ decision, code, tool: 't', reason: 'r', rule: null });
    expect(reasonCodeOf(mk('allow', null))).toBe('P_POLICY_ALLOW');
    expect(reasonCodeOf(mk('allow_with_warning', 'E_TOOL_UNCONSTRAINED'))).toBe('E_TOOL_UNCONSTRAINED');
    expect(reasonCodeOf(mk('deny', 'E_TOOL_DRIFT'))).toBe('P_TOOL_DRIFT');
    expect(reasonCodeOf(mk('deny', 'E_APPROVAL_REQUIRED'))).toBe('P_POLICY_DENY');
  });

  it('turns a decision log into a bundle that verifies; the same log gives the same bytes', async () => {
    const dir = tmpDir();
    const logPath = path.join(dir, 'decisions.ndjson');
    const log = AppendLog.open(logPath);
    const rec = new Recorder({ sessionId: 'sess-1', serverId: 'fs', source: 'urn:assay:mcp-wrap:fs', dryRun: false }, undefined, log, true);
    const stamp = { digest: 'sha256:' + '0'.repeat(64), version: '2.0' };
    const t = Date.UTC(2026, 0, 15, 9, 30, 0);
    rec.sessionStart(t, stamp);
    const digest = { args_digest: 'sha256:' + '1'.repeat(64), args_digest_alg: 'sha256' as const, arg_keys: ['path'] };
    const deny: Decision = { decision: 'deny', code: 'E_TOOL_DENIED', tool: 'write_file', reason: 'Tool is explicitly denylisted by name', rule: 'tools.deny[0]=write_*' };
    rec.decision(t + 250, { seq: 0, tool: 'write_file', requestId: 7, toolCallId: 'req_7', decision: deny, wouldDeny: false, digest, policy: stamp });
    rec.sessionEnd(t + 1000, stamp, 0);
    log.close();

    const fromMemory = decisionEvidenceEvents(rec.events!, { source: 'urn:assay:mcp-wrap:fs' });
    const parsed = readDecisionLog(fs.readFileSync(logPath, 'utf8'));
    const fromLog = decisionEvidenceEvents(parsed.events, { source: parsed.source! });
    expect(fromLog).toEqual(fromMemory);
    expect(fromMemory.map((e) => [e.type, e.subject, e.time])).toEqual([
      ['assay.profile.started', 'urn:assay:phase:profile', '2026-01-15T09:30:00Z'],
      ['assay.tool.decision', 'tool:write_file', '2026-01-15T09:30:00.250Z'],
      ['assay.profile.finished', 'urn:assay:phase:profile', '2026-01-15T09:30:01Z'],
    ]);
    expect(fromMemory[0]!.assayrunid).toMatch(/^mcp_[0-9a-f]{16}$/);
    expect(fromMemory[2]!.data).toMatchObject({ integrity_scope: 'mcp-tool-decisions', tool_calls: 1, denied: 1 });

    const a = path.join(dir, 'a.tar.gz');
    const b = path.join(dir, 'b.tar.gz');
    writeDecisionEvidence(a, rec.events!, { source: 'urn:assay:mcp-wrap:fs' });
    writeDecisionEvidence(b, parsed.events, { source: parsed.source! });
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
    expect(await verifyBundleBytes(new Uint8Array(fs.readFileSync(a)))).toMatchObject({ event_count: 3 });

    // A crashed session (no end line) is exported as partial, ending at its last decision.
    const partial = decisionEvidenceEvents(rec.events!.filter((e) => e.data.phase !== 'end'), { source: 'urn:assay:mcp-wrap:fs' });
    expect(partial[2]).toMatchObject({ time: '2026-01-15T09:30:00.250Z', data: { integrity_scope: 'mcp-tool-decisions-partial' } });
  });
});

describe('tools/list processing', () => {
  it('records identities, filters name-denied tools and keeps everything else untouched', () => {
    const { policy } = parsePolicy('tools:\n  deny: [secret_*]\n', 'p.yaml');
    const msg = {
      jsonrpc: '2.0',
      id: 2,
      result: { tools: [{ name: 'read', description: 'd', inputSchema: { type: 'object' }, outputSchema: { type: 'object' } }, { name: 'secret_x' }], nextCursor: 'c2' },
    };
    const observed = new Map<string, ObservedTool>();
    const changed = processToolsList(msg, observed, policy, { serverId: 'fs', filter: true, annotate: false, decide: { runtime: true } });
    expect(changed).toBe(true);
    expect(msg.result.tools.map((t) => t.name)).toEqual(['read']);
    expect(msg.result.nextCursor).toBe('c2');
    expect(observed.get('read')).toEqual({
      identity: {
        server_id: 'fs',
        tool_name: 'read',
        // sha256 of JCS({"type":"object"}) and of "d"
        schema_hash: 'a2c799262a3ce3c19ef5cdd983bf3d12b43ab3c426227091b909dcb7054738c0',
        meta_hash: '18ac3e7343f016890c510e93f935261169d9e3f565436429830faf0934f4f8e4',
      },
      hasOutputSchema: true,
    });
    const keep = { jsonrpc: '2.0', id: 3, result: { tools: [{ name: 'read' }] } };
    expect(processToolsList(keep, observed, policy, { serverId: 'fs', filter: true, annotate: false, decide: { runtime: true } })).toBe(false);
  });
});
