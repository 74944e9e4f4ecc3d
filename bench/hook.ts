// `npm run bench -- hook`: one Claude Code PreToolUse decision end to end (process start, policy load,
// decision, JSON answer) against `node -e 0`, the floor any Node hook pays. Runs the built CLI (dist/);
// before the lead's rebuild has the `hook` command it falls back to the sources under tsx and says so.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const OUT = join(process.cwd(), 'bench', 'out');
const RUNS = 40;
const POLICY = `version: "2.0"
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

function time(args: string[], input: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { input, encoding: 'utf8' });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`bench hook: ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function pct(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(q * (s.length - 1))]!;
}

export async function benchHook(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const policy = join(OUT, 'hook-policy.yaml');
  writeFileSync(policy, POLICY);
  const input = JSON.stringify({ session_id: 'bench', hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 'ls -la' }, cwd: OUT });
  const dist = resolve('dist/cli/index.js');
  let cli = [dist];
  const probe = spawnSync(process.execPath, [dist, 'hook', 'claude-code', '--policy', policy, '--no-trace'], { input, encoding: 'utf8' });
  if (probe.status !== 0 || !probe.stdout.includes('"permissionDecision":"allow"')) {
    cli = ['--import', resolve('node_modules/tsx/dist/esm/index.mjs'), resolve('cli/index.ts')];
    console.log('hook: dist/ has no `hook` command yet; timing the sources under tsx (slower than the bundle)');
  }
  const base: number[] = [];
  const hook: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    base.push(time(['-e', '0'], ''));
    hook.push(time([...cli, 'hook', 'claude-code', '--policy', policy, '--no-trace'], input));
  }
  const f = (x: number) => x.toFixed(1);
  console.log(`hook: node -e 0           p50 ${f(pct(base, 0.5))} ms, p99 ${f(pct(base, 0.99))} ms (${RUNS} runs)`);
  console.log(`hook: one decision (Bash) p50 ${f(pct(hook, 0.5))} ms, p99 ${f(pct(hook, 0.99))} ms; added over node -e 0: p50 ${f(pct(hook, 0.5) - pct(base, 0.5))} ms`);
}
