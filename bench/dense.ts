// `npm run bench -- dense`: findings in bounded memory. A 1,000,000-call trace of which 75% violate the
// policy (deny hits, regex failures, unconstrained tools), and a 20,000-call variant with 5 KB tool names,
// generated at run time in a temp dir; validate in text, json (--output), sarif, junit and `ci`, each a
// child process (wall time, peak RSS via rss-wrap.mjs), against a bare JSON.parse of the same lines.
// Targets: every one exits 1, peak RSS < 250 MB, wall ≤ 3× the bare JSON.parse.
import { createReadStream, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// ASSAY_BENCH_CLI: the CLI to measure (default the bundle; `cli/index.ts` runs the sources through tsx).
const CLI = process.env.ASSAY_BENCH_CLI ?? 'dist/cli/index.js';

export const POLICY = `version: "2.0"
tools:
  allow: ["*"]
  deny: ["shell*", "exec*"]
schemas:
  read_file:
    type: object
    properties:
      path: {type: string, pattern: "^/app/"}
enforcement:
  unconstrained_tools: warn
`;

/** Calls: 25% clean read_file, 25% denied shell_exec, 25% read_file outside /app, 25% unconstrained. */
export async function writeDense(path: string, calls: number, toolPad = 0): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  let buf = '';
  const pad = toolPad > 0 ? '_' + 'x'.repeat(toolPad) : '';
  for (let c = 0, ep = 0; c < calls; ep++) {
    const id = `ep-${ep}`;
    buf += `{"type":"episode_start","episode_id":"${id}","timestamp":${ep * 100},"input":{"prompt":"task ${ep}"}}\n`;
    for (let i = 0; i < 10 && c < calls; i++, c++) {
      let tool: string;
      let args: unknown;
      switch (c % 4) {
        case 0:
          tool = 'read_file';
          args = { path: `/app/file-${c}.json` };
          break;
        case 1:
          tool = `shell_exec${pad}`;
          args = { cmd: 'ls' };
          break;
        case 2:
          tool = 'read_file';
          args = { path: `/etc/file-${c}` };
          break;
        default:
          tool = `tool_${c % 97}${pad}${toolPad > 0 ? c : ''}`;
          args = { q: `query ${c}` };
      }
      buf += `{"type":"tool_call","episode_id":"${id}","step_id":"s${i}","timestamp":${ep * 100 + i + 1},"tool_name":"${tool}","call_index":0,"args":${JSON.stringify(args)},"result":{"ok":true},"error":null}\n`;
    }
    buf += `{"type":"episode_end","episode_id":"${id}","timestamp":${ep * 100 + 99},"final_output":"done"}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
}

export async function bareJsonParse(path: string): Promise<number> {
  const t0 = performance.now();
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })) {
    const s = rest + chunk;
    let start = 0;
    for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', start)) {
      JSON.parse(s.slice(start, i));
      start = i + 1;
    }
    rest = s.slice(start);
  }
  if (rest.trim()) JSON.parse(rest);
  return performance.now() - t0;
}

function runCli(args: string[]): { ms: number; rssMb: number; status: number | null; stderr: string } {
  const node = CLI.endsWith('.ts') ? [process.execPath, '--import', 'tsx'] : [process.execPath];
  const t0 = performance.now();
  const r = spawnSync(node[0]!, [...node.slice(1), 'bench/rss-wrap.mjs', CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  const m = /__PEAK_RSS_KB__ (\d+)/.exec(r.stderr);
  return { ms, rssMb: m ? Number(m[1]) / 1024 : NaN, status: r.status, stderr: r.stderr };
}

async function variant(dir: string, label: string, calls: number, toolPad: number): Promise<void> {
  const policy = join(dir, 'policy.yaml');
  writeFileSync(policy, POLICY);
  const trace = join(dir, `dense-${calls}-${toolPad}.jsonl`);
  await writeDense(trace, calls, toolPad);
  console.log(`### ${label}: ${calls.toLocaleString('en-US')} calls, ${(statSync(trace).size / 1e6).toFixed(0)} MB`);
  const base = ['--config', policy, '--trace-file', trace];
  const cases: Array<[string, string[]]> = [
    ['validate text', ['validate', ...base]],
    ['validate json --output', ['validate', ...base, '--format', 'json', '--output', join(dir, 'v.json')]],
    ['validate sarif', ['validate', ...base, '--format', 'sarif', '--output', join(dir, 'v.sarif')]],
    ['validate junit', ['validate', ...base, '--format', 'junit', '--output', join(dir, 'v.xml')]],
    ['ci', ['ci', ...base, '--out-dir', join(dir, 'reports'), '-q']],
  ];
  runCli(cases[0]![1]); // warm the page cache
  const bare = await bareJsonParse(trace);
  console.log(`bare JSON.parse of the same lines: ${(bare / 1000).toFixed(2)} s`);
  for (const [name, args] of cases) {
    const r = runCli(args);
    const ok = r.status === 1 && r.rssMb < 250 && r.ms <= 3 * bare;
    console.log(
      `${name.padEnd(24)} exit ${r.status}  wall ${(r.ms / 1000).toFixed(2)} s (ratio ${(r.ms / bare).toFixed(2)}, target <= 3)  peak RSS ${r.rssMb.toFixed(0)} MB (target < 250)  ${ok ? 'ok' : 'MISSED'}`,
    );
    if (r.status !== 1) console.log(r.stderr.slice(-1500));
  }
}

export async function benchDense(): Promise<void> {
  console.log('## dense findings: 75% of calls violate the policy');
  const dir = mkdtempSync(join(tmpdir(), 'assay-bench-dense-'));
  try {
    await variant(dir, 'short names', Number(process.env.ASSAY_BENCH_DENSE_CALLS ?? 1_000_000), 0);
    await variant(dir, '5 KB tool names', 20_000, 5000);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchDense();
