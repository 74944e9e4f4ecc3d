// Runs the built CLI in this process and reports its peak RSS on exit (for the benchmark only).
// VmHWM from /proc is this process's own high-water mark; getrusage's maxRSS would carry over the
// parent's RSS across fork/exec on Linux.
import { readFileSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [, , cli, ...args] = process.argv;
process.argv = [process.argv[0], cli, ...args];
process.on('exit', () => {
  let kb = process.resourceUsage().maxRSS;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    if (m) kb = Number(m[1]);
  } catch {
    // not Linux: fall back to getrusage
  }
  writeSync(2, `\n__PEAK_RSS_KB__ ${kb}\n`);
});
await import(pathToFileURL(resolve(cli)).href);
