// `assay import --format otel` and OpenTelemetry files given directly as --trace-file, gated by a policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { context, trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { JsonTraceSerializer } from '@opentelemetry/otlp-transformer';
import { runCli, tempDir, writeFiles } from '../helpers/cli.js';

/** An agent run from the real SDK, serialised as the OTLP JSON exporter sends it. */
function sdkExport(tool: string, args: Record<string, unknown>): string {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const tracer = provider.getTracer('cli-test');
  const agent = tracer.startSpan('invoke_agent ops', { attributes: { 'gen_ai.operation.name': 'invoke_agent', 'gen_ai.prompt': 'clean up' } });
  const ctx = trace.setSpan(context.active(), agent);
  tracer
    .startSpan(`execute_tool ${tool}`, {
      attributes: { 'gen_ai.operation.name': 'execute_tool', 'gen_ai.tool.name': tool, 'gen_ai.tool.call.arguments': JSON.stringify(args) },
    }, ctx)
    .end();
  agent.end();
  return new TextDecoder().decode(JsonTraceSerializer.serializeRequest(exporter.getFinishedSpans())!);
}

const POLICY = 'version: "2.0"\ntools:\n  allow: ["files.read"]\n  deny: ["shell.exec"]\nenforcement:\n  unconstrained_tools: allow\n';

describe('OpenTelemetry GenAI input', () => {
  it('imports an SDK export to V2 and gates both the import and the raw file', () => {
    const dir = tempDir();
    writeFiles(dir, { 'ok.json': sdkExport('files.read', { path: 'a.txt' }), 'bad.jsonl': sdkExport('shell.exec', { cmd: 'rm -rf /' }) + '\n', 'policy.yaml': POLICY });
    const imp = runCli(['import', '--format', 'otel', 'ok.json', '--out-trace', 'ok.trace.jsonl'], { cwd: dir });
    expect(imp.status, imp.stderr).toBe(0);
    const lines = readFileSync(join(dir, 'ok.trace.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l.type)).toEqual(['episode_start', 'step', 'step', 'tool_call', 'episode_end']);
    expect(lines[0]).toMatchObject({ input: { prompt: 'clean up' }, meta: { source: 'otel' } });
    expect(lines[3]).toMatchObject({ tool_name: 'files.read', args: { path: 'a.txt' }, error: null });

    for (const t of ['ok.trace.jsonl', 'ok.json']) {
      const r = runCli(['validate', '--policy', 'policy.yaml', '--trace-file', t], { cwd: dir });
      expect(r.status, `${t}: ${r.stderr}`).toBe(0);
    }
    const denied = runCli(['validate', '--policy', 'policy.yaml', '--trace-file', 'bad.jsonl'], { cwd: dir });
    expect(denied.status).toBe(1);
    expect(denied.stderr).toContain('shell.exec');
  });

  it('refuses a file that is neither OTel spans nor OTLP, naming the line', () => {
    const dir = tempDir();
    writeFiles(dir, { 'x.jsonl': '{"traceId":"t","spanId":"s","name":"a","startTimeUnixNano":"1","attributes":{"gen_ai.operation.name":"chat"}}\n{"tool":"search"}\n' });
    const r = runCli(['import', '--format', 'otel', 'x.jsonl'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/x\.jsonl:2:1: error E_TRACE_INVALID: not an OpenTelemetry span/);
  });
});
