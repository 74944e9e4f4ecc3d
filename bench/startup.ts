// `npm run bench -- startup`: cold start of the commands users wait on, against `node -e 0` (the floor
// any Node program pays) measured interleaved in the same run. ASSAY_BENCH_CLI picks the entry (default
// the built dist/cli/index.js; a .ts entry runs under tsx, which is slower and only useful for sources).
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = join(process.cwd(), 'bench', 'out');
const RUNS = 20;
// The coding-agent hook's policy (as bench/hook.ts): one tool with a JSON Schema, so the decision
// compiles a schema like a real hook does.
const HOOK_POLICY = `version: "2.0"
tools:
  allow: [Bash, Read, Edit, "mcp__github__*"]
  deny: ["mcp__github__delete_*"]
schemas:
  Bash:
    type: object
    properties:
      command: { type: string, not: { pattern: "rm -rf" } }
    required: [command]
enforcement:
  unconstrained_tools: allow
`;

interface Case {
  name: string;
  args: string[];
  input: string;
  /** Exit codes that mean the command ran as intended. */
  ok: number[];
  target: number;
}

function entryArgs(cli: string): string[] {
  return /\.m?ts$/.test(cli) ? ['--import', resolve('node_modules/tsx/dist/esm/index.mjs'), cli] : [cli];
}

function timeOnce(args: string[], input: string, ok: number[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || !ok.includes(r.status)) throw new Error(`bench startup: ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(0, 2000)}`);
  return ms;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export async function benchStartup(): Promise<void> {
  console.log(`## start-up: cold start, median of ${RUNS}, ratio to node -e 0 in the same run`);
  mkdirSync(OUT, { recursive: true });
  const policy = join(OUT, 'startup-hook-policy.yaml');
  writeFileSync(policy, HOOK_POLICY);
  const cli = resolve(process.env.ASSAY_BENCH_CLI ?? 'dist/cli/index.js');
  const entry = entryArgs(cli);
  const hookInput = JSON.stringify({ session_id: 'bench', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls -la' }, cwd: OUT });
  const cases: Case[] = [
    { name: 'assay --version', args: [...entry, '--version'], input: '', ok: [0], target: 1.3 },
    {
      name: 'assay validate examples/',
      args: [...entry, 'validate', '--config', 'examples/policy.yaml', '--trace-file', 'examples/traces/agent-run.jsonl'],
      input: '',
      ok: [0, 1],
      target: 1.6,
    },
    { name: 'assay hook claude-code', args: [...entry, 'hook', 'claude-code', '--policy', policy, '--no-trace'], input: hookInput, ok: [0], target: 1.6 },
  ];
  // One warm-up each (page cache, compile cache), then interleave so load spikes hit every row alike.
  timeOnce(['-e', '0'], '', [0]);
  for (const c of cases) timeOnce(c.args, c.input, c.ok);
  const base: number[] = [];
  const times = cases.map(() => [] as number[]);
  for (let i = 0; i < RUNS; i++) {
    base.push(timeOnce(['-e', '0'], '', [0]));
    cases.forEach((c, j) => times[j]!.push(timeOnce(c.args, c.input, c.ok)));
  }
  const b = median(base);
  console.log(`entry: ${cli}`);
  console.log(`node -e 0                  ${b.toFixed(1)} ms`);
  cases.forEach((c, j) => {
    const m = median(times[j]!);
    const ratio = m / b;
    console.log(`${c.name.padEnd(26)} ${m.toFixed(1)} ms  ratio ${ratio.toFixed(2)} (target <= ${c.target}) ${ratio <= c.target ? 'ok' : 'MISSED'}`);
  });
}

// Run directly: `node --import tsx bench/startup.ts`.
if (import.meta.url === `file://${process.argv[1]}`) await benchStartup();
