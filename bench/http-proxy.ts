// `npm run bench` section for `assay mcp proxy` (Streamable HTTP): 1,000 sequential tools/call round trips
// (server-everything `echo`, answered as SSE) straight to the server and through the proxy with the 50-rule
// policy, each on its own initialized session over a keep-alive connection. Reports p50/p99 and the
// latency the proxy adds over direct.
import { spawn, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MCP_POLICY_50 } from './mcp.js';

const OUT = join(process.cwd(), 'bench', 'out');
const SERVER = resolve('node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const TSX = resolve('node_modules/tsx/dist/esm/index.mjs');
const CALLS = 1_000;
const WARMUP = 200;

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}

function startUntil(args: string[], ready: RegExp, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
  let err = '';
  return new Promise((res, rej) => {
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (s: string) => {
      if (err.length < 20_000) err += s;
      const m = ready.exec(err);
      if (m) res({ child, match: m });
    });
    child.on('exit', () => rej(new Error(`exited before ready:\n${err}`)));
  });
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(url: URL, body: string, sid: string | undefined): Promise<{ status: number; sid: string | undefined; text: string }> {
  return new Promise((res, rej) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'application/json', accept: 'application/json, text/event-stream', 'content-length': Buffer.byteLength(body) };
    if (sid) {
      headers['mcp-session-id'] = sid;
      headers['mcp-protocol-version'] = '2025-06-18';
    }
    const req = http.request({ hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers, agent }, (r) => {
      let text = '';
      r.setEncoding('utf8');
      r.on('data', (s: string) => (text += s));
      r.on('end', () => res({ status: r.statusCode ?? 0, sid: r.headers['mcp-session-id'] as string | undefined, text }));
    });
    req.on('error', rej);
    req.end(body);
  });
}

interface Stats {
  p50: number;
  p99: number;
}

async function measure(url: URL): Promise<Stats> {
  const init = await post(url, JSON.stringify({ jsonrpc: '2.0', id: 0, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'assay-bench', version: '1' } } }), undefined);
  if (init.status !== 200 || !init.sid) throw new Error(`initialize failed (${init.status}): ${init.text.slice(0, 300)}`);
  await post(url, JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' }), init.sid);
  await post(url, JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }), init.sid);
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + CALLS; i++) {
    const t0 = process.hrtime.bigint();
    const r = await post(url, JSON.stringify({ jsonrpc: '2.0', id: i + 2, method: 'tools/call', params: { name: 'echo', arguments: { message: `hello ${i}` } } }), init.sid);
    const us = Number(process.hrtime.bigint() - t0) / 1000;
    if (i === 0 && !r.text.includes('Echo: hello 0')) throw new Error(`echo failed: ${r.text.slice(0, 300)}`);
    if (i >= WARMUP) samples.push(us);
  }
  samples.sort((a, b) => a - b);
  const pct = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]! / 1000;
  return { p50: pct(0.5), p99: pct(0.99) };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

export async function benchHttpProxy(cli = 'dist/cli/index.js'): Promise<void> {
  console.log(`## mcp proxy (Streamable HTTP): ${CALLS.toLocaleString('en-US')} sequential tools/call round trips (server-everything echo over SSE), after ${WARMUP} warm-up calls; median of 3 interleaved rounds`);
  mkdirSync(OUT, { recursive: true });
  const policy = join(OUT, 'mcp-policy-50.yaml');
  writeFileSync(policy, MCP_POLICY_50);
  const port = await freePort();
  const server = await startUntil([SERVER, 'streamableHttp'], /listening on port/, { ...process.env, PORT: String(port) });
  const cliArgs = /\.m?ts$/.test(cli) ? ['--import', TSX, cli] : [cli];
  const proxy = await startUntil([...cliArgs, 'mcp', 'proxy', '--upstream', `http://127.0.0.1:${port}/mcp`, '--listen', '127.0.0.1:0', '--policy', policy], /listening on http:\/\/127\.0\.0\.1:(\d+)/, process.env);
  const direct = new URL(`http://127.0.0.1:${port}/mcp`);
  const viaProxy = new URL(`http://127.0.0.1:${proxy.match[1]}/mcp`);
  const runs: { direct: Stats[]; proxy: Stats[] } = { direct: [], proxy: [] };
  try {
    for (let round = 0; round < 3; round++) {
      runs.direct.push(await measure(direct));
      runs.proxy.push(await measure(viaProxy));
    }
  } finally {
    proxy.child.kill('SIGTERM');
    server.child.kill('SIGINT');
    agent.destroy();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const pick = (s: Stats[]): Stats => ({ p50: median(s.map((x) => x.p50)), p99: median(s.map((x) => x.p99)) });
  const d = pick(runs.direct);
  const p = pick(runs.proxy);
  console.log(`direct:                 p50 ${ms(d.p50)}  p99 ${ms(d.p99)}`);
  console.log(`assay mcp proxy (50):   p50 ${ms(p.p50)}  p99 ${ms(p.p99)}  added p50 ${ms(p.p50 - d.p50)}  p99 ${ms(p.p99 - d.p99)}`);
}

// Run directly: `node --import tsx bench/http-proxy.ts [cli]`.
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/http-proxy.ts')) {
  await benchHttpProxy(process.argv[2]);
  process.exit(0);
}
