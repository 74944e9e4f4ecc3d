// `npm run bench -- record`: the slowdown of the native `trace` mode (docs/record.md). A small C loop is
// timed plain and under `assay-native trace`, in two shapes: a watched syscall (open+close, each open
// stops the tracee twice) and an unwatched one (stat, which the seccomp filter lets through at full
// speed). Median of 5 runs each; the ratio is traced / plain.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildHelper } from '../src/runtime/native/build.js';

const RUNS = 5;
const LOOP = `#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
int main(int argc, char **argv) {
  long n = atol(argv[2]);
  struct stat st;
  for (long i = 0; i < n; i++) {
    if (argv[1][0] == 'o') { int fd = open("/etc/hostname", O_RDONLY); if (fd >= 0) close(fd); }
    else stat("/etc/hostname", &st);
  }
  return 0;
}
`;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

function time(cmd: string, args: string[]): number {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore' });
    ms.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
  }
  return median(ms);
}

export async function benchRecord(): Promise<void> {
  console.log(`## record: \`assay-native trace\` slowdown on a syscall loop, median of ${RUNS} runs`);
  const helper = buildHelper();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-bench-record-'));
  try {
    fs.writeFileSync(path.join(dir, 'loop.c'), LOOP);
    const loop = path.join(dir, 'loop');
    const cc = spawnSync(process.env.ASSAY_NATIVE_CC || 'cc', ['-O2', '-o', loop, path.join(dir, 'loop.c')], { encoding: 'utf8' });
    if (cc.status !== 0) {
      console.log(`skipped: cannot compile the loop (${cc.stderr.trim() || cc.error?.message})`);
      return;
    }
    const probe = spawnSync(helper.path, ['trace', '--events-out', '/dev/null', '--', '/bin/true']);
    if (probe.status !== 0) {
      console.log('skipped: trace mode is unavailable here (ptrace or seccomp refused)');
      return;
    }
    const events = path.join(dir, 'events.jsonl');
    for (const [shape, n] of [['open', 20_000], ['stat', 1_000_000]] as const) {
      const plain = time(loop, [shape, String(n)]);
      const traced = time(helper.path, ['trace', '--events-out', events, '--', loop, shape, String(n)]);
      const what = shape === 'open' ? 'open+close (watched)' : 'stat (not watched)';
      console.log(`${what} x${n}: plain ${plain.toFixed(1)} ms, traced ${traced.toFixed(1)} ms, ratio ${(traced / plain).toFixed(2)}x (${(((traced - plain) * 1000) / n).toFixed(2)} µs per iteration)`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRecord();
