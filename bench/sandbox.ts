// `npm run bench -- sandbox`: the cost of containment. `true` run 200 times three ways, medians compared:
// plain; under `assay-native exec` with the ruleset `assay sandbox` would build (built-in policy: baseline,
// carves, scopes) — the kernel + helper cost; and through the whole `assay sandbox -- true` CLI (Node start,
// policy, probe, plan, scoped tmp), against plain `node -e 0` as that path's floor.
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import { planRules } from '../src/core/sandbox/plan.js';
import { builtinMinimalPolicy } from '../src/core/sandbox/policy.js';
import { buildHelper } from '../src/runtime/native/build.js';
import { runProbe } from '../src/runtime/native/probe.js';
import { nodeFsView } from '../src/runtime/sandbox/fs-view.js';
import { helperExecArgs } from '../src/runtime/sandbox/helper-args.js';

const RUNS = 200;
const CLI = 'dist/cli/index.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(cmd: string, args: string[], runs: number): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    ms.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  return median(ms);
}

export async function benchSandbox(): Promise<void> {
  console.log(`## sandbox: \`true\`, median of ${RUNS} runs`);
  const helper = buildHelper();
  const probe = runProbe(helper.path);
  if (probe.landlock.status !== 'available') {
    console.log(`skipped: Landlock ${probe.landlock.status} (${probe.landlock.errno ?? ''}) on this kernel`);
    return;
  }
  const tmp = os.tmpdir();
  const plan = planRules({
    policy: builtinMinimalPolicy(),
    vars: { HOME: os.homedir(), CWD: process.cwd(), USER: os.userInfo().username, TMPDIR: tmp },
    executables: ['/usr/bin/true'],
    tty: false,
    fs: nodeFsView,
  });
  const { args } = helperExecArgs({ plan, enforceNet: false, scopes: { signal: true, abstractUnixSocket: true }, seccompBaseline: false, missingFail: false, statusFd: 2, command: ['true'] });
  const plain = time('true', [], RUNS);
  const contained = time(helper.path, args, RUNS);
  const withSeccomp = time(helper.path, [...args.slice(0, -2), '--seccomp-baseline', '--', 'true'], RUNS);
  console.log(`Landlock ABI ${probe.landlock.abi}, ${plan.rules.length} rules (${helper.linkage ?? 'cached'} helper)`);
  console.log(`plain true: ${plain.toFixed(3)} ms`);
  console.log(`assay-native exec -- true: ${contained.toFixed(3)} ms (ratio ${(contained / plain).toFixed(2)}x, +${(contained - plain).toFixed(3)} ms)`);
  console.log(`  with --seccomp-baseline: ${withSeccomp.toFixed(3)} ms (ratio ${(withSeccomp / plain).toFixed(2)}x)`);
  const nodeFloor = time(process.execPath, ['-e', '0'], RUNS);
  console.log(`node -e 0 (floor of any Node CLI): ${nodeFloor.toFixed(1)} ms`);
  try {
    const cli = time(process.execPath, [CLI, 'sandbox', '-q', '--', 'true'], RUNS);
    console.log(`assay sandbox -q -- true (whole CLI): ${cli.toFixed(1)} ms (ratio ${(cli / plain).toFixed(1)}x to plain true, +${(cli - nodeFloor).toFixed(1)} ms over node -e 0)`);
  } catch {
    // dist/ predates the sandbox command: measure the sources under tsx instead, and say so.
    const src = time(process.execPath, ['--import', 'tsx', 'cli/index.ts', 'sandbox', '-q', '--', 'true'], 50);
    console.log(`assay sandbox -q -- true (sources under tsx, median of 50; dist/ not rebuilt): ${src.toFixed(1)} ms`);
  }
}
