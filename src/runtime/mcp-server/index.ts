// `assay mcp-server`: the policy engine offered as MCP tools over stdio, on the official SDK's
// Server with a strict transport. Evaluation happens in a worker thread with a timeout.
import * as path from 'node:path';
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { CallToolRequestSchema, InitializeRequestSchema, ListToolsRequestSchema } from '@modelcontextprotocol/sdk/types.js';
import { UsageError } from '../../core/errors.js';
import { VERSION } from '../../core/version.js';
import { loadRuntimePolicy } from '../policy-load.js';
import { ToolFailure, failurePayload, type Payload } from './evaluate.js';
import { policyText } from './policy-source.js';
import { TOOL_DEFINITIONS, checkCall, type ServerLimits } from './tools.js';
import { StrictStdioTransport } from './transport.js';
import { EvalPool } from './worker.js';

export { runEvalWorker } from './worker.js';

export interface McpServerOptions {
  /** Default policy for calls that omit `policy`. */
  policy?: { path: string; display: string };
  /** Jail for the `policy` argument (default: the directory of --policy, else cwd). */
  policyRoot?: string;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
  stderr(line: string): void;
  /** The CLI entry file: the evaluation worker runs it with a hidden flag. */
  workerEntry: string;
  cwd?: string;
}

const PROTOCOL_VERSIONS = ['2024-11-05', '2025-03-26', '2025-06-18', '2025-11-25'];
const LATEST = '2025-11-25';

function knob(env: NodeJS.ProcessEnv, name: string, dflt: number, min: number): number {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  const n = Number(v);
  if (!/^[0-9]+$/.test(v) || !Number.isSafeInteger(n) || n < min) throw new UsageError('E_INVALID_ARGS', `${name} must be an integer >= ${min}`);
  return n;
}

export function serverLimits(env: NodeJS.ProcessEnv): ServerLimits {
  return {
    timeoutMs: knob(env, 'ASSAY_MCP_TIMEOUT_MS', 2000, 1),
    maxBytes: knob(env, 'ASSAY_MCP_MAX_BYTES', 1_000_000, 1),
    maxFieldBytes: knob(env, 'ASSAY_MCP_MAX_FIELD_BYTES', 64_000, 1),
    maxToolCalls: knob(env, 'ASSAY_MCP_MAX_TOOL_CALLS', 2000, 1),
    cacheEntries: knob(env, 'ASSAY_MCP_CACHE_ENTRIES', 128, 0),
    maxPolicyBytes: knob(env, 'ASSAY_MCP_MAX_POLICY_BYTES', 1_000_000, 1),
  };
}

function callResult(payload: Payload, text?: string) {
  const isError = payload.allowed === false || 'error' in payload;
  return { content: [{ type: 'text' as const, text: text ?? JSON.stringify(payload, null, 2) }], structuredContent: payload, isError };
}

/** Serve until stdin ends. Returns the exit code (0); startup problems throw (exit 2). */
export async function runMcpServer(o: McpServerOptions): Promise<number> {
  // stdio carries no authentication: a configured auth secret means a misconfiguration.
  for (const k of Object.keys(o.env)) {
    if (k.toUpperCase().startsWith('ASSAY_AUTH_')) {
      throw new UsageError('E_INVALID_ARGS', 'refusing to start: an ASSAY_AUTH_* variable is set, but stdio carries no authentication');
    }
  }
  const lim = serverLimits(o.env);
  // The default policy must load now: a server that cannot decide must not start.
  if (o.policy) loadRuntimePolicy(o.policy.path, o.policy.display);
  const root = o.policyRoot ?? (o.policy ? path.dirname(o.policy.path) : (o.cwd ?? process.cwd()));
  const log = (fields: Record<string, unknown>) => o.stderr(JSON.stringify({ level: 'info', ...fields }));

  const pool = new EvalPool(o.workerEntry, lim.timeoutMs, lim.cacheEntries, (e) =>
    o.stderr(JSON.stringify({ level: 'error', event: 'worker_failed', error: e.message.slice(0, 500) })),
  );
  const server = new Server({ name: 'assay-mcp-server', version: VERSION }, { capabilities: { tools: {} } });
  server.setRequestHandler(InitializeRequestSchema, (req) => {
    const v = req.params.protocolVersion;
    return { protocolVersion: PROTOCOL_VERSIONS.includes(v) ? v : LATEST, capabilities: { tools: {} }, serverInfo: { name: 'assay-mcp-server', version: VERSION } };
  });
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: TOOL_DEFINITIONS.map((t) => ({ ...t })) as never }));
  server.setRequestHandler(CallToolRequestSchema, async (req) => {
    const t0 = performance.now();
    let payload: Payload;
    let text: string | undefined;
    try {
      const call = checkCall(req.params.name, req.params.arguments, lim);
      const pol = policyText(call.policy, { root, ...(o.policy ? { defaultPolicy: o.policy.path } : {}), maxPolicyBytes: lim.maxPolicyBytes });
      const r = await pool.run({ tool: call.tool, args: call.args, policy: pol });
      payload = r.payload;
      text = r.text;
      for (const w of r.warnings ?? []) o.stderr(JSON.stringify({ level: 'warn', event: 'policy_deprecation', message: w }));
    } catch (e) {
      payload = e instanceof ToolFailure ? failurePayload(e.code, e.message, e.details) : failurePayload('E_INTERNAL', 'Tool execution failed');
    }
    const err = payload.error as { code?: string } | undefined;
    log({ event: 'tool_call', tool: String(req.params.name).slice(0, 64), outcome: err?.code ?? (payload.allowed === false ? 'deny' : 'ok'), duration_ms: Math.round((performance.now() - t0) * 1000) / 1000 });
    return callResult(payload, text) as never;
  });

  const transport = new StrictStdioTransport(o.stdin, o.stdout, lim.maxBytes);
  await server.connect(transport);
  // connect() installs its own onclose; chain ours after it.
  const closed = new Promise<void>((resolve) => {
    const sdkClose = transport.onclose;
    transport.onclose = () => {
      sdkClose?.();
      resolve();
    };
  });
  log({ event: 'started', version: VERSION, policy_root: '.', default_policy: o.policy ? o.policy.display : null });
  await closed;
  await pool.close();
  log({ event: 'stopped' });
  return 0;
}
