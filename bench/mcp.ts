// `npm run bench` section for `assay mcp wrap`: 10,000 sequential tools/call round trips against
// the same real MCP server (server-everything `echo`), three ways in one run: direct, through a bare line
// relay (parse + forward each line: the floor any proxy pays), and through `assay mcp wrap` with a 50-rule
// policy. Reports p50/p99 of each and the latency added over direct.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = join(process.cwd(), 'bench', 'out');
const SERVER = resolve('node_modules/@modelcontextprotocol/server-everything/dist/index.js');
const CALLS = 10_000;
const WARMUP = 1_000;

/** 50 rules: 15 allow and 15 deny patterns, 10 argument schemas, 1 limit, 9 sequence rules. */
export const MCP_POLICY_50 = `version: "2.0"
name: bench-mcp-50
tools:
  allow: [echo, get-sum, read_file, write_file, list_dir, "http_*", "search_*", send_email, authenticate, transfer_funds, db_query, summarise, "docs.*", "*_lookup", "crm_*"]
  deny: ["exec*", "shell*", "*_admin", "*sudo*", "rm_*", "drop_*", "kubectl*", "docker_*", "ssh_*", "eval_*", "python_*", "node_*", "powershell*", "cmd_*", "spawn*"]
schemas:
  echo:
    type: object
    properties:
      message: { type: string, maxLength: 10000, pattern: "^hello " }
    required: [message]
    additionalProperties: false
  get-sum:
    type: object
    properties: { a: { type: number }, b: { type: number } }
    required: [a, b]
constraints:
  - tool: read_file
    params: { path: { matches: "^/data/|^/app/" } }
  - tool: write_file
    params: { path: { matches: "^/data/project-[0-9]+/" } }
  - tool: list_dir
    params: { path: { matches: "^/(data|app)/" } }
  - tool: http_get
    params: { url: { matches: "(?i)^https://api\\\\.example\\\\.com/" } }
  - tool: db_query
    params: { sql: { matches: "(?i)^select " } }
  - tool: search_docs
    params: { q: { matches: "^[^;]{1,200}$" } }
  - tool: transfer_funds
    params: { currency: { matches: "^(EUR|USD)$" } }
  - tool: send_email
    params: { to: { matches: "@example\\\\.com$" } }
enforcement:
  unconstrained_tools: warn
limits:
  max_tool_calls_total: 1000000
sequences:
  - { type: before, first: authenticate, then: transfer_funds }
  - { type: never_after, trigger: "drop_*", forbidden: send_email }
  - { type: max_calls, tool: "http_*", max: 500000 }
  - { type: max_calls, tool: transfer_funds, max: 3 }
  - { type: blocklist, pattern: "sudo" }
  - { type: before, first: search_docs, then: summarise }
  - { type: never_after, trigger: transfer_funds, forbidden: "shell*" }
  - { type: require, tool: echo }
  - { type: eventually, tool: echo, within: 5 }
`;

const RELAY = `// Bare line relay: parse each line, forward it (the floor any NDJSON proxy pays).
import { spawn } from 'node:child_process';
const child = spawn(process.argv[2], process.argv.slice(3), { stdio: ['pipe', 'pipe', 'inherit'] });
function pump(input, output) {
  let rest = '';
  input.setEncoding('utf8');
  input.on('data', (s) => {
    s = rest + s;
    let start = 0;
    for (let i = s.indexOf('\\n'); i !== -1; i = s.indexOf('\\n', start)) {
      const line = s.slice(start, i);
      JSON.parse(line);
      output.write(line + '\\n');
      start = i + 1;
    }
    rest = s.slice(start);
  });
}
pump(process.stdin, child.stdin);
pump(child.stdout, process.stdout);
process.stdin.on('end', () => child.stdin.end());
child.on('exit', (code) => process.exit(code ?? 1));
`;

interface Stats {
  p50: number;
  p99: number;
  mean: number;
}

class Client {
  private rest = '';
  private waiting: ((msg: Record<string, unknown>) => void) | undefined;
  private waitingId = -1;

  constructor(private readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (s: string) => {
      s = this.rest + s;
      let start = 0;
      for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', start)) {
        const line = s.slice(start, i);
        start = i + 1;
        if (!line.includes('"id"')) continue; // notifications
        const msg = JSON.parse(line) as Record<string, unknown>;
        if (msg.id === this.waitingId && this.waiting) {
          const w = this.waiting;
          this.waiting = undefined;
          w(msg);
        }
      }
      this.rest = s.slice(start);
    });
  }

  request(id: number, method: string, params: unknown): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      this.waitingId = id;
      this.waiting = resolve;
      this.child.stdin.write(JSON.stringify({ jsonrpc: '2.0', id, method, params }) + '\n');
    });
  }

  notify(method: string): void {
    this.child.stdin.write(JSON.stringify({ jsonrpc: '2.0', method }) + '\n');
  }
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

async function measure(cmd: string, args: string[]): Promise<Stats> {
  const child = spawn(cmd, args, { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (s: string) => {
    if (stderr.length < 4000) stderr += s;
  });
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const c = new Client(child);
  let id = 0;
  const init = await Promise.race([
    c.request(++id, 'initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'assay-bench', version: '1' } }),
    exited.then(() => null),
  ]);
  if (init === null) throw new Error(`server did not start: ${stderr}`);
  c.notify('notifications/initialized');
  await c.request(++id, 'tools/list', {});
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + CALLS; i++) {
    const t0 = process.hrtime.bigint();
    const r = await c.request(++id, 'tools/call', { name: 'echo', arguments: { message: `hello ${i}` } });
    const us = Number(process.hrtime.bigint() - t0) / 1000;
    if (i === 0 && (r.error !== undefined || (r.result as { isError?: boolean }).isError)) throw new Error(`echo failed: ${JSON.stringify(r).slice(0, 300)}`);
    if (i >= WARMUP) samples.push(us);
  }
  child.stdin.end();
  await exited;
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5) / 1000, p99: percentile(samples, 0.99) / 1000, mean: samples.reduce((a, b) => a + b, 0) / samples.length / 1000 };
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

export async function benchMcp(cli = 'dist/cli/index.js'): Promise<void> {
  console.log(`## mcp wrap: ${CALLS.toLocaleString('en-US')} sequential tools/call round trips (server-everything echo), after ${WARMUP} warm-up calls; median of 3 interleaved rounds`);
  mkdirSync(OUT, { recursive: true });
  const policy = join(OUT, 'mcp-policy-50.yaml');
  const relay = join(OUT, 'mcp-relay.mjs');
  writeFileSync(policy, MCP_POLICY_50);
  writeFileSync(relay, RELAY);
  const node = process.execPath;
  const server = [SERVER, 'stdio'];
  // Interleave rounds so slow drift of a shared machine does not favour one variant; report the median round.
  const ROUNDS = 3;
  const runs: Record<string, Stats[]> = { direct: [], relay: [], wrap: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.direct!.push(await measure(node, server));
    runs.relay!.push(await measure(node, [relay, node, ...server]));
    runs.wrap!.push(await measure(node, [cli, 'mcp', 'wrap', '--policy', policy, '--shutdown-grace-ms', '200', '--', node, ...server]));
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const pick = (k: string): Stats => ({ p50: median(runs[k]!.map((x) => x.p50)), p99: median(runs[k]!.map((x) => x.p99)), mean: median(runs[k]!.map((x) => x.mean)) });
  const d = pick('direct');
  const r = pick('relay');
  const w = pick('wrap');
  console.log(`direct:              p50 ${ms(d.p50)}  p99 ${ms(d.p99)}`);
  console.log(`bare relay:          p50 ${ms(r.p50)}  p99 ${ms(r.p99)}  added p50 ${ms(r.p50 - d.p50)}  p99 ${ms(r.p99 - d.p99)}`);
  console.log(`assay mcp wrap (50): p50 ${ms(w.p50)}  p99 ${ms(w.p99)}  added p50 ${ms(w.p50 - d.p50)}  p99 ${ms(w.p99 - d.p99)}`);
  console.log(`targets: added p50 < 0.050 ms (${w.p50 - d.p50 < 0.05 ? 'met' : 'NOT met'}), added p99 < 0.500 ms (${w.p99 - d.p99 < 0.5 ? 'met' : 'NOT met'})`);
}

// Run directly: `node --import tsx bench/mcp.ts [cli]`.
if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/mcp.ts')) {
  await benchMcp(process.argv[2]);
}
