// `npm run bench` section for issue #3: `assay ci` with 1,000 eval tests over a 100,000-call trace, and
// its ratio to `assay validate` (the 50-rule policy) on the same trace in the same run (target ≤ 1.5).
// Inputs are generated under bench/out/ (never committed).
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
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

function run(args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
  return { ms: performance.now() - t0, status: r.status, stderr: r.stderr };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function benchCi(): Promise<void> {
  console.log(`## ci (issue #3): ${TESTS.toLocaleString('en-US')} eval tests over a ${CALLS.toLocaleString('en-US')}-call trace`);
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
  const v: number[] = [];
  const e: number[] = [];
  const b: number[] = [];
  let last = { status: 0 as number | null, stderr: '' };
  for (let round = 0; round < 3; round++) {
    v.push(run(validate).ms);
    const re = run(ciEval);
    e.push(re.ms);
    const rb = run(ciBoth);
    b.push(rb.ms);
    last = rb;
  }
  if (last.status !== 0 && last.status !== 1) console.log(`ci failed (${last.status}): ${last.stderr.slice(0, 2000)}`);
  const mv = median(v);
  const me = median(e);
  const mb = median(b);
  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`assay validate (policy, same trace):       ${fmt(mv)}`);
  console.log(`assay ci (1,000 tests):                    ${fmt(me)}  ratio ${(me / mv).toFixed(2)}`);
  console.log(`assay ci (1,000 tests + --policy):         ${fmt(mb)}  ratio ${(mb / mv).toFixed(2)} (target <= 1.5)`);
  console.log('(median of 3 runs each, CLI end to end incl. reports)');
}

// Run alone: node --import tsx bench/ci.ts
if (import.meta.url === `file://${process.argv[1]}`) await benchCi();
