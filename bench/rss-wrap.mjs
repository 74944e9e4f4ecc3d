// Runs the built CLI in this process and reports its peak RSS on exit (for the benchmark only).
import { writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [, , cli, ...args] = process.argv;
process.argv = [process.argv[0], cli, ...args];
process.on("exit", () => {
  if (globalThis.gc) globalThis.gc();
  writeSync(2, `\n__PEAK_RSS_KB__ ${process.resourceUsage().maxRSS}\n__MEM__ ${JSON.stringify(process.memoryUsage())}\n`);
});
await import(pathToFileURL(resolve(cli)).href);
