// `assay mcp proxy` (docs/mcp-proxy.md): flag parsing for the Streamable HTTP proxy. The shared error and
// exit helpers come from ./mcp.ts so both MCP commands report failures the same way.
import type { Command } from 'commander';
import { UsageError } from '../../src/core/errors.js';
import { fillNextStep } from '../../src/core/outcome/reason-codes.js';
import type { DenyStructured } from '../../src/runtime/mcp/responses.js';
import { HTTP_DEFAULTS, isLoopback, parseListen, parseUpstream, type HttpProxyOptions } from '../../src/runtime/mcp-http/options.js';
import { startHttpProxy } from '../../src/runtime/mcp-http/server.js';
import { fileRef } from '../paths.js';
import { lenientFlag } from '../lenient.js';
import { addDecisionOptions, addWatchOptions } from './mcp-decision-options.js';

export interface McpCliHelpers {
  err(line: string): void;
  reportOwnFailure(e: unknown): number;
  exitWhenDone(code: number): void;
  intFlag(name: string, v: string, min: number): number;
  choice<T extends string>(name: string, v: string, allowed: readonly T[]): T;
  wrapPolicy(): string;
}

interface ProxyFlags {
  upstream?: string;
  listen: string;
  allowRemoteBind?: boolean;
  policy?: string;
  denyDeprecations?: boolean;
  lenient?: boolean;
  dryRun?: boolean;
  verbose?: boolean;
  label: string;
  toolsList: string;
  annotateTools?: boolean;
  denyStructured: string;
  approvals: string;
  auditLog?: string;
  decisionLog?: string;
  eventSource?: string;
  evidenceDir?: string;
  runId?: string;
  argsHmacKeyEnv?: string;
  maxBodyBytes: string;
  maxEventBytes: string;
  maxSessions: string;
  watchPolicy?: boolean;
}

function proxyOptions(f: ProxyFlags, h: McpCliHelpers): HttpProxyOptions {
  if (f.upstream === undefined) throw new UsageError('E_INVALID_ARGS', 'missing --upstream <url>');
  const upstream = parseUpstream(f.upstream);
  const { host, port } = parseListen(f.listen);
  if (!isLoopback(host) && f.allowRemoteBind !== true) {
    throw new UsageError('E_INVALID_ARGS', `--listen ${host} is not a loopback address: anyone who can reach it could use the upstream with your clients' credentials; pass --allow-remote-bind to do it anyway`);
  }
  const policy = fileRef(f.policy ?? h.wrapPolicy());
  const o: HttpProxyOptions = {
    upstream,
    host,
    port,
    policyPath: policy.path,
    policyDisplay: policy.display,
    denyDeprecations: f.denyDeprecations === true || process.env.ASSAY_STRICT_DEPRECATIONS === '1',
    lenient: lenientFlag(f),
    dryRun: f.dryRun === true,
    verbose: f.verbose === true,
    label: f.label,
    toolsList: h.choice('--tools-list', f.toolsList, ['filter', 'keep'] as const),
    annotateTools: f.annotateTools === true,
    denyStructured: h.choice<DenyStructured>('--deny-structured', f.denyStructured, ['auto', 'always', 'never'] as const),
    approvals: h.choice('--approvals', f.approvals, ['deny', 'log-only'] as const),
    eventSource: f.eventSource ?? `urn:assay:mcp-proxy:${f.label}`,
    maxBodyBytes: h.intFlag('--max-body-bytes', f.maxBodyBytes, 1),
    maxEventBytes: h.intFlag('--max-event-bytes', f.maxEventBytes, 1),
    maxSessions: h.intFlag('--max-sessions', f.maxSessions, 1),
    watchPolicy: f.watchPolicy !== false,
  };
  if (f.auditLog !== undefined) o.auditLog = f.auditLog;
  if (f.decisionLog !== undefined) o.decisionLog = f.decisionLog;
  if (f.runId !== undefined) {
    if (f.runId === '' || f.runId.includes(':')) throw new UsageError('E_INVALID_ARGS', '--run-id must be non-empty and contain no ":"');
    o.runId = f.runId;
  }
  if (f.argsHmacKeyEnv !== undefined) o.argsHmacKeyEnv = f.argsHmacKeyEnv;
  return o;
}

async function proxyAction(flags: ProxyFlags, h: McpCliHelpers): Promise<void> {
  let started: Awaited<ReturnType<typeof startHttpProxy>>;
  try {
    const opts = proxyOptions(flags, h);
    started = await startHttpProxy(opts, { stderr: h.err, env: process.env, now: () => Date.now() }, flags.evidenceDir !== undefined ? { evidenceDir: flags.evidenceDir } : {});
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      h.err(`assay: E_INVALID_ARGS: cannot listen on ${flags.listen} (${code})`);
      h.err('Next: Pick another --listen address or port');
      h.exitWhenDone(2);
      return;
    }
    h.exitWhenDone(h.reportOwnFailure(e));
    return;
  }
  const stop = () => {
    for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeListener(s, stop);
    void started.proxy.close().then((r) => {
      if (r.reasonCode === 'E_WOULD_BLOCK') {
        h.err('assay: E_WOULD_BLOCK: dry run: tool calls would have been denied');
        h.err('Next: Review the would-block events, then adjust the policy or run without --dry-run');
      } else if (r.reasonCode === 'E_IO_ERROR') {
        h.err('assay: E_IO_ERROR: a decision record could not be written');
        h.err(`Next: ${fillNextStep('E_IO_ERROR', { path: flags.auditLog ?? flags.decisionLog ?? flags.evidenceDir })}`);
      }
      h.exitWhenDone(r.exitCode);
    });
  };
  for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(s, stop);
}

export function registerProxy(mcp: Command, h: McpCliHelpers): void {
  const proxy = mcp
    .command('proxy')
    .description('Serve a policy-enforcing MCP Streamable HTTP proxy: assay mcp proxy --upstream <url> --listen 127.0.0.1:<port> --policy P')
    .option('--upstream <url>', 'the MCP endpoint to protect (http or https URL, e.g. http://127.0.0.1:3001/mcp)')
    .option('--listen <host:port>', 'address to listen on (port 0 picks one; printed on stderr)', '127.0.0.1:8787')
    .option('--allow-remote-bind', 'allow --listen on a non-loopback address');
  addDecisionOptions(proxy, 'mcp-proxy', 'policy file (default: the project policy)')
    .option('--evidence-dir <dir>', 'write one evidence bundle per MCP session here when it ends')
    .option('--run-id <id>', 'run id of the evidence bundles')
    .option('--args-hmac-key-env <var>', 'HMAC argument digests with the key in env VAR')
    .option('--max-body-bytes <n>', 'largest POST body accepted (a larger one gets 413 and a -32600 line_too_long error)', String(HTTP_DEFAULTS.maxBodyBytes))
    .option('--max-event-bytes <n>', 'largest SSE event or inspected JSON response buffered from upstream', String(HTTP_DEFAULTS.maxEventBytes))
    .option('--max-sessions <n>', 'most MCP sessions at once (an initialize over the cap gets 503)', String(HTTP_DEFAULTS.maxSessions));
  addWatchOptions(proxy)
    .exitOverride()
    .action((flags: ProxyFlags) => proxyAction(flags, h));
}
