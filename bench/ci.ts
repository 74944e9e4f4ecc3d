// `npm run bench` section for issue #3: `assay ci` with 1,000 eval tests over a 100,000-call trace, and
// its ratio to `assay validate` (the 50-rule policy) on the same trace in the same run (target ≤ 1.5).
// Inputs are generated under bench/out/ (never committed).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { writeTrace, POLICY_50 } from './gen.js';

const OUT = join(process.cwd(), 'bench', 'out');
// ASSAY_BENCH_CLI: measure another build of the CLI (default: the committed bundle).
const CLI = process.env.ASSAY_BENCH_CLI ?? 'dist/cli/index.js';
const TESTS = 1000;
const CALLS = 100_000;

/** 1,000 tests bound by prompt to episodes of the generated trace (10 calls each), mixing the pure kinds. */
export function evalConfig(tests: number, policyFile: string): string {
  const lines = ['configVersion: 1', 'suite: bench-ci', 'model: trace', 'settings:', '  seed: 1', 'tests:'];
  for (let i = 0; i < tests; i++) {
    const ep = i * 7; // spread over the 10,000 episodes
    lines.push(`  - id: t${String(i).padStart(4, '0')}`, `    input: "task ${ep}"`);
    switch (i % 6) {
      case 0:
        lines.push('    expected:', '      type: tool_blocklist', '      blocked: ["shell*", "exec*", "*_admin"]');
        break;
      case 1:
        lines.push('    expected:', '      type: args_valid', `      policy: ${policyFile}`);
        break;
      case 2:
        lines.push('    expected:', '      type: sequence_valid', '      rules:', '        - {type: before, first: authenticate, then: transfer_funds}', '        - {type: max_calls, tool: "http_*", max: 5}');
        break;
      case 3:
        lines.push('    expected: {must_contain: done}', '    assertions:', '      - {type: trace_must_call_tool, tool: authenticate}');
        break;
      case 4:
        lines.push('    expected:', '      type: regex_match', '      pattern: "^d[a-z]+e$"');
        break;
      default:
        lines.push('    expected:', '      type: must_not_contain', '      must_not_contain: [error, exception]', '    assertions:', '      - {type: trace_max_steps, max: 10}');
    }
  }
  return lines.join('\n') + '\n';
}

// Runs the CLI in a child that reports its own CPU time at exit: wall time is the target, CPU time is the
// figure that stays meaningful on a busy machine.
const WRAP = [
  "import { writeSync } from 'node:fs';",
  "import { pathToFileURL } from 'node:url';",
  'const [cli, ...args] = JSON.parse(process.env.ASSAY_BENCH_ARGV);',
  'process.argv = [process.argv[0], cli, ...args];',
  "process.on('exit', () => { const u = process.cpuUsage(); writeSync(2, `\\n__CPU_US__ ${u.user + u.system}\\n`); });",
  'await import(pathToFileURL(cli).href);',
].join('\n');

function run(args: string[]): { ms: number; cpuMs: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', WRAP], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ASSAY_BENCH_ARGV: JSON.stringify([resolve(CLI), ...args]) },
  });
  const ms = performance.now() - t0;
  const m = /__CPU_US__ (\d+)/.exec(r.stderr);
  return { ms, cpuMs: m ? Number(m[1]) / 1000 : NaN, status: r.status, stderr: r.stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchCi(): Promise<void> {
  console.log(`## ci: ${TESTS.toLocaleString('en-US')} eval tests over a ${CALLS.toLocaleString('en-US')}-call trace`);
  mkdirSync(OUT, { recursive: true });
  const policyPath = join(OUT, 'policy-50.yaml');
  writeFileSync(policyPath, POLICY_50);
  const tracePath = join(OUT, 'trace-100k.jsonl');
  const lines = await writeTrace(tracePath, CALLS);
  const configPath = join(OUT, 'eval-1000.yaml');
  writeFileSync(configPath, evalConfig(TESTS, 'policy-50.yaml'));
  console.log(`trace: ${lines.toLocaleString('en-US')} lines, ${(statSync(tracePath).size / 1e6).toFixed(1)} MB; config: ${TESTS} tests`);

  const reports = join(OUT, 'ci-reports');
  const validate = ['validate', '--config', policyPath, '--trace-file', tracePath, '--format', 'json', '--output', join(OUT, 'validate.json')];
  const ciEval = ['ci', '--config', configPath, '--trace-file', tracePath, '--out-dir', reports, '-q'];
  const ciBoth = [...ciEval, '--policy', policyPath];

  run(validate); // warm the page cache and the module cache
  const rounds = 5;
  const v: Array<ReturnType<typeof run>> = [];
  const e: Array<ReturnType<typeof run>> = [];
  const b: Array<ReturnType<typeof run>> = [];
  for (let round = 0; round < rounds; round++) {
    v.push(run(validate));
    e.push(run(ciEval));
    b.push(run(ciBoth));
  }
  for (const [name, rs] of [['validate', v], ['ci', e], ['ci --policy', b]] as const) {
    // A crash also exits 1: a real run reports its CPU time and writes its report.
    const bad = rs.find((r) => (r.status !== 0 && r.status !== 1) || !Number.isFinite(r.cpuMs) || /Error|error E_/.test(r.stderr));
    if (bad) console.log(`${name} failed (${bad.status}): ${bad.stderr.slice(0, 2000)}`);
  }
  const wall = (rs: typeof v) => median(rs.map((r) => r.ms));
  const cpu = (rs: typeof v) => median(rs.map((r) => r.cpuMs));
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const line = (label: string, rs: typeof v, target = '') =>
    console.log(
      `${label.padEnd(36)} exit ${rs[0]!.status}  wall ${fmt(wall(rs))} (ratio ${(wall(rs) / wall(v)).toFixed(2)}${target})  cpu ${fmt(cpu(rs))} (ratio ${(cpu(rs) / cpu(v)).toFixed(2)})`,
    );
  line('assay validate (policy, same trace):', v);
  line('assay ci (1,000 tests):', e, ', target <= 1.5');
  line('assay ci (1,000 tests + --policy):', b);
  console.log(`(median of ${rounds} interleaved runs each, CLI end to end incl. reports; cpu = user+system of the CLI process)`);
}

// Run alone: node --import tsx bench/ci.ts
if (import.meta.url === `file://${process.argv[1]}`) await benchCi();
