// `npm run bench`: the figures each issue names, measured in one run on this machine.
// Inputs are generated at run time (never committed) under bench/out/.
import { mkdirSync, writeFileSync, statSync, createReadStream } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeTrace, POLICY_50 } from './gen.js';
import { parsePolicy } from '../src/core/policy/index.js';
import { benchCi } from './ci.js';
import { benchAction } from './action.js';
import { benchEvidence } from './evidence.js';
import { benchMcp } from './mcp.js';
import { benchHttpProxy } from './http-proxy.js';
import { benchWorstCase } from './worst-case.js';
import { benchDense } from './dense.js';
import { benchSandbox } from './sandbox.js';
import { benchHook } from './hook.js';
import { benchRecord } from './record.js';
import { benchStartup } from './startup.js';

const OUT = join(process.cwd(), 'bench', 'out');
const CLI = 'dist/cli/index.js';
mkdirSync(OUT, { recursive: true });
const only = process.argv[2];

function fmt(n: number, d = 2): string {
  return n.toFixed(d);
}

/** Bare baseline: stream the file, split lines, JSON.parse each (what any reader must at least do). */
async function bareJsonParse(path: string): Promise<number> {
  const t0 = performance.now();
  let rest = '';
  let n = 0;
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const s = rest + chunk;
    let start = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', start)) {
      JSON.parse(s.slice(start, i));
      n++;
      start = i + 1;
    }
    rest = s.slice(start);
  }
  if (rest.trim()) JSON.parse(rest);
  return performance.now() - t0;
}

function runCli(args: string[]): { ms: number; rssMb: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['bench/rss-wrap.mjs', CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const m = /__PEAK_RSS_KB__ (\d+)/.exec(r.stderr);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, status: r.status, stderr: r.stderr };
}

async function benchValidate(): Promise<void> {
  console.log('## validate: 1,000,000 tool calls, 50-rule policy');
  const policyPath = join(OUT, 'policy-50.yaml');
  writeFileSync(policyPath, POLICY_50);
  const big = join(OUT, 'trace-1m.jsonl');
  const small = join(OUT, 'trace-100k.jsonl');
  const linesBig = await writeTrace(big, 1_000_000);
  await writeTrace(small, 100_000);
  console.log(`trace: ${linesBig} lines, ${(statSync(big).size / 1e6).toFixed(0)} MB`);

  const args = (t: string) => ['validate', '--config', policyPath, '--trace-file', t, '--format', 'json', '--output', join(OUT, 'validate.json')];
  runCli(args(small)); // warm the page cache
  const bare = await bareJsonParse(big);
  const v = runCli(args(big));
  const vSmall = runCli(args(small));
  if (v.status !== 0 && v.status !== 1) console.log(`validate failed (${v.status}): ${v.stderr.slice(0, 2000)}`);
  console.log(`bare JSON.parse of the same lines: ${fmt(bare / 1000)} s`);
  console.log(`assay validate (CLI, end to end):  ${fmt(v.ms / 1000)} s  → ${Math.round(1_000_000 / (v.ms / 1000)).toLocaleString('en-US')} calls/s`);
  console.log(`ratio validate / JSON.parse: ${fmt(v.ms / bare)} (target <= 2.0)`);
  console.log(`peak RSS: ${fmt(v.rssMb, 0)} MB at 1M calls, ${fmt(vSmall.rssMb, 0)} MB at 100k calls (target < 200 MB, flat)`);

  // The proxy-facing single decision.
  const { policy } = parsePolicy(POLICY_50, 'policy-50.yaml');
  const calls = [
    { tool_name: 'read_file', args: { path: '/data/project-1/file-1.json' } },
    { tool_name: 'send_email', args: { to: 'ada@example.com', subject: 'hi' } },
    { tool_name: 'http_get', args: { url: 'https://api.example.com/v1/items/1' } },
    { tool_name: 'shell_exec', args: { cmd: 'ls' } },
  ];
  const samples: number[] = [];
  for (let round = 0; round < 20_000; round++) {
    const session = policy.newSession();
    const call = calls[round % calls.length]!;
    const t0 = process.hrtime.bigint();
    session.decide(call, { incremental: true, runtime: true });
    samples.push(Number(process.hrtime.bigint() - t0) / 1000);
  }
  samples.sort((a, b) => a - b);
  const p = (q: number) => samples[Math.floor(q * (samples.length - 1))]!;
  console.log(`single decision (incremental, 50 rules): median ${fmt(p(0.5), 2)} µs, p99 ${fmt(p(0.99), 2)} µs (target median < 10 µs)`);
}

// `npm run bench -- <section>` runs one section.
const sections: Record<string, () => Promise<void>> = {
  validate: benchValidate,
  ci: benchCi,
  action: benchAction,
  evidence: benchEvidence,
  mcp: () => benchMcp(),
  'http-proxy': () => benchHttpProxy(),
  worst: benchWorstCase,
  dense: benchDense,
  sandbox: benchSandbox,
  hook: benchHook,
  startup: benchStartup,
  record: benchRecord,
};
for (const [name, fn] of Object.entries(sections)) {
  if (only && only !== name) continue;
  await fn();
  console.log('');
}
