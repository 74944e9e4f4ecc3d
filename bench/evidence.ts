// Evidence bench: verify of a generated 100,000-event bundle, end to end in a child process —
// wall time, ratio to `gunzip -c | sha256sum` of the same file measured in the same run (target ≤ 3.0), and
// the verifier's peak RSS (target < 150 MB). The bundle is generated under bench/out/ (never committed).
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildBundle, type EventInput } from '../src/core/evidence/writer.js';

const OUT = join(process.cwd(), 'bench', 'out');
// ASSAY_BENCH_CLI: another built CLI (e.g. a local bundle before dist/ is rebuilt).
const CLI = process.env.ASSAY_BENCH_CLI ?? 'dist/cli/index.js';
const EVENTS = 100_000;
const RUNS = 3;

function fmt(n: number, d = 2): string {
  return n.toFixed(d);
}

/** Proxy-like tool decisions: realistic field mix, distinct per event. */
function generate(n: number): EventInput[] {
  const runId = 'run_bench_100k';
  const out: EventInput[] = [];
  const tools = ['read_file', 'write_file', 'list_directory', 'search_files', 'http_get', 'shell_exec'];
  for (let i = 0; i < n; i++) {
    const tool = tools[i % tools.length]!;
    const deny = i % 7 === 3;
    const ms = i % 1000;
    const sec = Math.floor(i / 1000);
    out.push({
      specversion: '1.0',
      type: i === 0 ? 'assay.profile.started' : i === n - 1 ? 'assay.profile.finished' : 'assay.tool.decision',
      source: 'urn:assay:mcp-wrap:bench',
      id: `${runId}:${i}`,
      time: `2026-01-15T${String(9 + Math.floor(sec / 3600)).padStart(2, '0')}:${String(Math.floor(sec / 60) % 60).padStart(2, '0')}:${String(sec % 60).padStart(2, '0')}.${String(ms).padStart(3, '0')}Z`,
      datacontenttype: 'application/json',
      subject: `tool:${tool}`,
      assayrunid: runId,
      assayseq: i,
      assayproducer: 'assay',
      assayproducerversion: '0.1.0',
      assaygit: 'unknown',
      assaypii: false,
      assaysecrets: false,
      data: {
        tool,
        tool_call_id: `req_${i}`,
        request_id: i,
        session_id: '4f0c2a4e-1111-4222-8333-944455556666',
        seq: i,
        server_id: 'bench',
        decision: deny ? 'deny' : 'allow',
        reason_code: deny ? 'P_TOOL_DENIED' : 'P_POLICY_ALLOW',
        policy_version: '1',
        policy_digest: 'sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae',
        args_digest: 'sha256:' + ((i * 2654435761) >>> 0).toString(16).padStart(8, '0').repeat(8),
        args_digest_alg: 'sha256',
        arg_keys: ['path', 'mode'],
      },
    });
  }
  return out;
}

function time(cmd: string, args: string[]): { ms: number; status: number | null; stdout: string; stderr: string } {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ms: performance.now() - t0, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Does the built CLI have `evidence verify`? (Otherwise verify runs through tsx on the sources.) */
function cliHasEvidence(): boolean {
  if (!existsSync(CLI)) return false;
  const r = spawnSync(process.execPath, [CLI, 'evidence', 'verify', '--help'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('--limits');
}

export async function benchEvidence(): Promise<void> {
  console.log(`## evidence: verify of a ${EVENTS.toLocaleString('en-US')}-event bundle`);
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'evidence-100k.tar.gz');
  const t0 = performance.now();
  const b = buildBundle(generate(EVENTS));
  writeFileSync(file, b.archive);
  const genMs = performance.now() - t0;
  console.log(
    `bundle: ${(statSync(file).size / 1e6).toFixed(1)} MB compressed, ${(Buffer.byteLength(b.events) / 1e6).toFixed(1)} MB events.ndjson; written in ${fmt(genMs / 1000)} s (pako level 9)`,
  );

  const useCli = cliHasEvidence();
  // Peak RSS of the verifying process itself: VmHWM (per address space, reset by exec). getrusage's maxRSS is
  // not used: on Linux it carries over the RSS the child had as a fork of this (large) bench process.
  const reportPeak =
    `process.on('exit', () => { let kb = process.resourceUsage().maxRSS;` +
    ` try { const m = /VmHWM:\\s+(\\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8')); if (m) kb = Number(m[1]); } catch {}` +
    ` writeSync(2, '\\n__PEAK_RSS_KB__ ' + kb + '\\n'); });`;
  const verifyArgs = useCli
    ? [
        '--input-type=module',
        '-e',
        `import { readFileSync, writeSync } from 'node:fs'; import { pathToFileURL } from 'node:url';` +
          reportPeak +
          `process.argv = [process.argv[0], ${JSON.stringify(resolve(CLI))}, 'evidence', 'verify', ${JSON.stringify(file)}];` +
          `await import(pathToFileURL(${JSON.stringify(resolve(CLI))}).href);`,
      ]
    : [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `import { readFileSync, writeSync } from 'node:fs';` +
          reportPeak +
          `import { verifyBundleFile } from ${JSON.stringify(resolve('src/core/evidence/index.ts'))};` +
          `const r = await verifyBundleFile(${JSON.stringify(file)});` +
          `process.stderr.write((r.ok ? 'OK' : 'FAIL ' + r.message) + '\\n');` +
          `process.exitCode = r.ok ? 0 : 2;`,
      ];
  if (!useCli) console.log('note: dist/cli/index.js has no `evidence` command yet; verify runs via tsx on the sources (includes TS transpile time)');

  // Warm the page cache, then alternate the two measurements so both see the same machine state.
  time('sh', ['-c', `gunzip -c '${file}' | sha256sum > /dev/null`]);
  const base: number[] = [];
  const verify: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const g = time('sh', ['-c', `gunzip -c '${file}' | sha256sum > /dev/null`]);
    if (g.status !== 0) throw new Error(`gunzip | sha256sum failed: ${g.stderr}`);
    base.push(g.ms);
    const v = time(process.execPath, verifyArgs);
    if (v.status !== 0) throw new Error(`verify failed (${v.status}): ${v.stderr.slice(0, 2000)}`);
    verify.push(v.ms);
    const m = /__PEAK_RSS_KB__ (\d+)/.exec(v.stderr);
    if (m) rss.push(Number(m[1]) / 1024);
  }
  const g = Math.min(...base);
  const v = Math.min(...verify);
  console.log(`gunzip -c | sha256sum (same file): ${fmt(g / 1000)} s (best of ${RUNS})`);
  console.log(`assay evidence verify (${useCli ? 'built CLI' : 'tsx child'}, end to end incl. process start): ${fmt(v / 1000)} s (best of ${RUNS})`);
  console.log(`ratio verify / (gunzip | sha256sum): ${fmt(v / g)} (target <= 3.0)`);
  console.log(`peak RSS of verify: ${fmt(Math.max(...rss), 0)} MB (runs: ${rss.map((x) => fmt(x, 0)).join(', ')} MB; target < 150 MB)`);
}
