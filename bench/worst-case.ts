// `npm run bench -- worst`: regex and JSON Schema worst cases through the real decision (policy
// loaded, `decide` on one call). Each case runs in its own child process so its peak RSS (VmHWM)
// is its own. Targets: any accepted regex on a 1 MB argument < 1 s; a 16 MiB argument < 2 s, < 300 MB.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parsePolicy } from '../src/core/policy/index.js';

const alts64 = '(?:' + Array.from({ length: 64 }, (_, i) => '.{999}' + String.fromCharCode(0x41 + (i % 26))).join('|') + ')';

const REGEX_CASES: Array<[string, string]> = [
  ['bounded repeats (issue)', '(?:[ab]{160}|[ab]{159}){6}c'],
  ['64 × .{999} alternatives (issue)', alts64],
  ['(a+)+$', '(a+)+$'],
  ['(a|aa)*c', '(a|aa)*c'],
  ['(.*a){20}', '(.*a){20}'],
  ['a[ab]{200}c (DFA thrash)', 'a[ab]{200}c'],
  ['^/app/.*|^/data/.* (README)', '^/app/.*|^/data/.*'],
];

type Result = { ms: number; rssMb: number; decision: string; code: string | null; note: string; loadError?: string };

function child(kind: string, arg: string, size: number): Result {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/worst-case.ts', '--child', kind, arg, String(size)], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  try {
    return JSON.parse(line) as Result;
  } catch {
    return { ms: NaN, rssMb: NaN, decision: 'crash', code: null, note: `exit ${r.status}: ${r.stderr.slice(0, 300)}` };
  }
}

function policyFor(kind: string, arg: string): string {
  if (kind === 'regex') return `version: "2.0"\nconstraints:\n  - tool: t\n    params: { s: { matches: ${JSON.stringify(arg)} } }\n`;
  if (kind === 'items') return `version: "2.0"\nschemas:\n  t:\n    type: object\n    properties:\n      xs: { type: array, items: { type: string } }\n`;
  return `version: "2.0"\nschemas:\n  t:\n    type: object\n    properties:\n      xs: { type: array, uniqueItems: true }\n`;
}

function runChild(kind: string, arg: string, size: number): void {
  const { policy, diagnostics } = parsePolicy(policyFor(kind, arg), 'bench.yaml');
  const hwm = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
  if (!policy) {
    console.log(JSON.stringify({ ms: 0, rssMb: hwm(), decision: 'refused at load', code: null, note: diagnostics.map((d) => d.message).join('; ').slice(0, 200) }));
    return;
  }
  let args: unknown;
  let parseMs = 0;
  const t0 = performance.now();
  if (kind === 'regex') {
    args = { s: 'ab'.repeat(size >> 1) };
  } else if (kind === 'items') {
    // One 16 MiB `[0,0,…]` argument, parsed as a trace reader would.
    const text = '{"xs":[' + '0,'.repeat((size >> 1) - 8) + '0]}';
    args = JSON.parse(text);
    parseMs = performance.now() - t0;
  } else {
    args = { xs: Array.from({ length: size }, (_, i) => ({ id: i, name: `item-${i}` })) };
  }
  const t1 = performance.now();
  const d = policy.newSession().decide({ tool_name: 't', args });
  const ms = performance.now() - t1;
  const msg = d.violations?.[0]?.message ?? '';
  console.log(JSON.stringify({ ms, rssMb: hwm(), decision: d.decision, code: d.code, note: `${parseMs ? `JSON.parse ${parseMs.toFixed(0)} ms; ` : ''}${d.violations?.length ?? 0} violation(s), first message ${msg.length} chars` }));
}

export async function benchWorstCase(): Promise<void> {
  console.log('## worst cases (items 6, 7): one decision, child process per case');
  for (const [name, pattern] of REGEX_CASES) {
    for (const size of [100_000, 1_000_000]) {
      const r = child('regex', pattern, size);
      console.log(`regex ${name.padEnd(34)} ${String(size / 1000).padStart(5)} KB: ${r.ms.toFixed(1).padStart(8)} ms, peak RSS ${r.rssMb.toFixed(0)} MB → ${r.decision} ${r.code ?? ''} (${r.note})`);
    }
  }
  const items = child('items', '', 16 * 1024 * 1024);
  console.log(`schema items: {type: string} vs 16 MiB [0,0,…]: decide ${items.ms.toFixed(1)} ms, peak RSS ${items.rssMb.toFixed(0)} MB → ${items.decision} ${items.code ?? ''} (${items.note}) (target < 2 s, < 300 MB)`);
  const uniq = child('unique', '', 40_000);
  console.log(`schema uniqueItems over 40,000 objects: decide ${uniq.ms.toFixed(1)} ms, peak RSS ${uniq.rssMb.toFixed(0)} MB → ${uniq.decision} ${uniq.code ?? ''} (${uniq.note})`);
}

if (process.argv[2] === '--child') runChild(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
