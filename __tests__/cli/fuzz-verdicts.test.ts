// Property test over random policies, random JSON Schemas and random trace bytes: every command gives an
// exit code from the registry (never an internal error), validate, run and ci agree on the verdict, and
// `mcp wrap` loads exactly the policies `validate --policy` loads and decides a call as `explain` does.
// Seeded: ASSAY_FUZZ_SEED reproduces a failure, ASSAY_FUZZ_CASES runs more cases.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../helpers/cli.js';
import { FAKE_SERVER, INIT, NODE, RawSession } from '../runtime/helpers.js';

const SEED = Number(process.env.ASSAY_FUZZ_SEED ?? 20261207);
const CASES = Number(process.env.ASSAY_FUZZ_CASES ?? 16);

/** mulberry32: small, fast, good enough to pick shapes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;

const TOOLS = ['read_file', 'exec_cmd', 'shell_exec', 'http_get', 'write_file', 'echo', 'transfer_funds', 'authenticate'];
const PATTERNS = ['*', 'read_*', '*_file', 'exec*', 'shell*', '*exec*', 'echo', 'http_get', 'transfer_funds', '*_funds'];
const REGEXES = ['^/app/.*', '^/data/[a-z]+\\.json$', '(?i)^https://', '(a+)+$', '(?:[ab]{160}|[ab]{159}){6}c', '.{0,999}x', '(', '(?=x)', '\\d{1,3}', '^[^\\x00]*$'];

function jsonSchema(r: Rand, depth = 0): unknown {
  const type = pick(r, ['string', 'number', 'integer', 'object', 'array', 'boolean', 'nonsense']);
  const s: Record<string, unknown> = { type };
  if (type === 'string') {
    if (chance(r, 0.4)) s.pattern = pick(r, REGEXES);
    if (chance(r, 0.3)) s.maxLength = Math.floor(r() * 50);
    if (chance(r, 0.2)) s.enum = ['/app/a', '/data/b.json'];
    if (chance(r, 0.2)) s['x-assay-within'] = ['/app'];
  } else if (type === 'object' && depth < 2) {
    s.properties = { path: jsonSchema(r, depth + 1), url: jsonSchema(r, depth + 1) };
    if (chance(r, 0.5)) s.required = ['path'];
    if (chance(r, 0.3)) s.additionalProperties = false;
  } else if (type === 'array' && depth < 2) {
    s.items = jsonSchema(r, depth + 1);
    if (chance(r, 0.3)) s.uniqueItems = true;
  }
  if (chance(r, 0.1)) s.$ref = '#/definitions/missing';
  if (chance(r, 0.1)) s.notAKeyword = true;
  return s;
}

const yamlList = (xs: string[]): string => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;

function policyText(r: Rand): string {
  const allow = Array.from({ length: 1 + Math.floor(r() * 3) }, () => pick(r, PATTERNS));
  const deny = Array.from({ length: Math.floor(r() * 3) }, () => pick(r, PATTERNS));
  let text: string;
  if (chance(r, 0.5)) {
    text = `version: "2.0"\nname: fuzz\nallow: ${yamlList(allow)}\ndeny: ${yamlList(deny)}\n`;
    if (chance(r, 0.7)) {
      const param = chance(r, 0.5) ? `matches: ${JSON.stringify(pick(r, REGEXES))}` : `within: ${yamlList(['/app', '/data'])}`;
      text += `constraints:\n  - tool: ${JSON.stringify(pick(r, TOOLS))}\n    params:\n      path:\n        ${param}\n`;
    }
  } else {
    text = `version: "2.0"\nname: fuzz\ntools:\n  allow: ${yamlList(allow)}\n  deny: ${yamlList(deny)}\n`;
    if (chance(r, 0.7)) text += `schemas:\n  ${pick(r, TOOLS)}: ${JSON.stringify(jsonSchema(r))}\n`;
  }
  if (chance(r, 0.3)) text += `enforcement:\n  unconstrained_tools: ${pick(r, ['allow', 'warn', 'deny', 'maybe'])}\n`;
  if (chance(r, 0.15)) text += `${pick(r, ['denny', 'alow', 'constraint', 'x-note'])}: ["exec*"]\n`;
  return text;
}

function callLine(r: Rand, i: number): string {
  const tool = pick(r, TOOLS);
  const args = { path: pick(r, ['/app/a.txt', '/app/../etc/shadow', '/data/b.json', 'relative', '/etc/passwd']), n: i };
  return pick(r, [
    JSON.stringify({ tool, args }),
    JSON.stringify({ prompt: `p${i}`, response: 'ok', tool_calls: [{ tool_name: tool, args }] }),
    JSON.stringify({ type: 'tool_call', tool_name: tool, args, episode_id: `e${i}` }),
  ]);
}

/** Bytes of a trace: valid lines, sometimes damaged (bad UTF-8, NUL, CR-only, truncation, huge numbers). */
function traceBytes(r: Rand): { bytes: Buffer; first: { tool: string; args: Record<string, unknown> } } {
  const lines = Array.from({ length: 1 + Math.floor(r() * 5) }, (_, i) => callLine(r, i));
  const first = (() => {
    const d = JSON.parse(lines[0]!) as Record<string, unknown>;
    const c = (d.tool_calls as Array<Record<string, unknown>> | undefined)?.[0] ?? d;
    return { tool: String(c.tool ?? c.tool_name), args: c.args as Record<string, unknown> };
  })();
  let bytes = Buffer.from(lines.join('\n') + '\n');
  const damage = pick(r, ['none', 'none', 'flip', 'utf8', 'nul', 'cr', 'truncate', 'bigint', 'empty', 'garbage']);
  if (damage === 'flip' && bytes.length) bytes[Math.floor(r() * bytes.length)] = Math.floor(r() * 256);
  else if (damage === 'utf8') bytes = Buffer.concat([bytes, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a])]);
  else if (damage === 'nul') bytes = Buffer.alloc(4096);
  else if (damage === 'cr') bytes = Buffer.from(bytes.toString('latin1').replace(/\n/g, '\r'), 'latin1');
  else if (damage === 'truncate') bytes = bytes.subarray(0, Math.floor(r() * bytes.length));
  else if (damage === 'bigint') bytes = Buffer.from(`{"tool":"echo","args":{},"timestamp":${'9'.repeat(20)}}\n`);
  else if (damage === 'empty') bytes = Buffer.alloc(0);
  else if (damage === 'garbage') bytes = Buffer.from(Array.from({ length: 200 }, () => Math.floor(r() * 256)));
  return { bytes, first };
}

const REGISTERED_EXITS = new Set([0, 1, 2]);

function summaryOf(dir: string): { exit_code?: number; reason_code?: string | null } {
  const p = join(dir, 'summary.json');
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as { exit_code?: number; reason_code?: string }) : {};
}

describe(`fuzz: random policies, schemas and trace bytes (seed ${SEED}, ${CASES} cases)`, () => {
  it('validate, run and ci give the same registered exit and reason; no internal errors', { timeout: 600_000 }, () => {
    const r = rng(SEED);
    for (let i = 0; i < CASES; i++) {
      const dir = tempDir();
      writeFileSync(join(dir, 'policy.yaml'), chance(r, 0.1) ? Buffer.from(policyText(r).replace('exec', 'ex\xffec'), 'latin1') : policyText(r));
      writeFileSync(join(dir, 'trace.jsonl'), traceBytes(r).bytes);
      const where = `case ${i} (seed ${SEED}) in ${dir}`;
      const v = runCli(['validate', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--format', 'json'], { cwd: dir });
      const run = runCli(['run', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'run-out'], { cwd: dir });
      const ci = runCli(['ci', '--config', 'policy.yaml', '--trace-file', 'trace.jsonl', '--out-dir', 'ci-out'], { cwd: dir });
      for (const [name, res] of [['validate', v], ['run', run], ['ci', ci]] as const) {
        expect(REGISTERED_EXITS.has(res.status ?? -1), `${name} exit ${res.status} ${where}\n${res.stderr}`).toBe(true);
        expect(res.stderr, `${name} ${where}`).not.toContain('E_INTERNAL');
      }
      const vDoc = JSON.parse(v.stdout) as { exit_code: number; reason_code: string | null };
      expect([v.status, run.status, ci.status], where).toEqual([vDoc.exit_code, vDoc.exit_code, vDoc.exit_code]);
      const runSummary = summaryOf(join(dir, 'run-out'));
      const ciSummary = summaryOf(join(dir, 'ci-out'));
      expect(runSummary.exit_code, `run summary ${where}`).toBe(run.status);
      expect(ciSummary.exit_code, `ci summary ${where}`).toBe(ci.status);
      if (vDoc.exit_code !== 0) expect([runSummary.reason_code, ciSummary.reason_code], where).toEqual([vDoc.reason_code, vDoc.reason_code]);
    }
  });

  it('mcp wrap loads what validate loads and decides a call as explain does', { timeout: 600_000 }, async () => {
    const r = rng(SEED ^ 0x5eed);
    for (let i = 0; i < Math.max(4, Math.floor(CASES / 2)); i++) {
      const dir = tempDir();
      const policy = join(dir, 'policy.yaml');
      writeFileSync(policy, policyText(r));
      const { first } = traceBytes(r);
      writeFileSync(join(dir, 'one.jsonl'), JSON.stringify({ tool: first.tool, args: first.args }) + '\n');
      const where = `case ${i} (seed ${SEED}) in ${dir}`;
      const loads = runCli(['validate', '--policy', 'policy.yaml', '--format', 'json'], { cwd: dir });
      const policyRejected = loads.status === 2;
      const s = new RawSession(['mcp', 'wrap', '--policy', policy, '--shutdown-grace-ms', '300', '--', NODE, FAKE_SERVER]);
      if (policyRejected) {
        const exit = await s.exited;
        expect(exit.code, `wrap must refuse the policy validate refused: ${where}\n${s.stderr}`).toBe(2);
        continue;
      }
      const ex = runCli(['explain', '--trace', 'one.jsonl', '--policy', 'policy.yaml', '--format', 'json'], { cwd: dir });
      expect(ex.status, `explain ${where}\n${ex.stderr}`).not.toBe(3);
      const verdict = (JSON.parse(ex.stdout) as { steps: Array<{ verdict: string }> }).steps[0]!.verdict;
      s.send(INIT);
      await s.byId(1);
      s.send({ jsonrpc: '2.0', id: 2, method: 'tools/call', params: { name: first.tool, arguments: first.args } });
      const reply = (await s.byId(2)) as { result?: { isError?: boolean; content?: Array<{ text?: string }> } };
      const forwarded = reply.result?.content?.[0]?.text === `called ${first.tool}`;
      expect(forwarded, `explain says ${verdict}, wrap ${forwarded ? 'forwarded' : 'denied'}: ${where}\n${JSON.stringify(reply)}`).toBe(verdict !== 'blocked');
      await s.end();
    }
  });
});
