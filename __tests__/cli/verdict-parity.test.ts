// One input, one verdict: every case runs through `validate`, `run`, `ci` (the CLI) and the action, and all
// four must give the same exit code and reason code. The cases are the ones where they used to disagree:
// traces with no readable record, quarantined tests, several imported MCP sessions (docs/traces.md).
import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction, workspace } from '../action/harness.js';
import { runCli } from '../helpers/cli.js';
import { FakeGitHub } from '../helpers/fake-github.js';

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  /** Files to create sparse (all NUL bytes, no data blocks) with this size. */
  sparse?: Record<string, number>;
  config?: string;
  policy?: string;
  traces: string[];
  exit: number;
  reason: string;
}

const POLICY = 'examples/policy.yaml';
const j = (o: unknown): string => JSON.stringify(o);

function mcpSession(id: string): string {
  return [
    j({ type: 'episode_start', episode_id: id, timestamp: 1000, input: { prompt: '<mcp:session>' }, meta: { source: 'mcp_import', episode_id: id } }),
    j({ type: 'step', episode_id: id, step_id: 'step_000', timestamp: 1000, kind: 'tool', idx: 0, name: 'read_file', content: null }),
    j({ type: 'tool_call', episode_id: id, step_id: 'step_000', timestamp: 1001, tool_name: 'read_file', call_index: 0, args: { path: `/app/${id}.txt` }, result: { ok: true }, error: null }),
    j({ type: 'episode_end', episode_id: id, timestamp: 1002, final_output: null }),
  ].join('\n') + '\n';
}

function evalYaml(tests: string[]): string {
  return ['configVersion: 1', 'suite: parity', 'model: trace', 'tests:', ...tests].join('\n') + '\n';
}

const argsValidTest = (id: string, prompt: string) =>
  [`  - id: ${j(id)}`, `    input: ${j(prompt)}`, '    expected:', '      type: args_valid', '      policy: policy.yaml'].join('\n');

const TWO_SESSIONS = { 'traces/alpha.jsonl': mcpSession('alpha'), 'traces/beta.jsonl': mcpSession('beta'), 'policy.yaml': readFileSync(POLICY, 'utf8') };
const SESSION_TRACES = ['traces/alpha.jsonl', 'traces/beta.jsonl'];
const call = (path: string) => j({ tool: 'read_file', args: { path } });

const CASES: Case[] = [
  {
    name: 'a sparse file (NUL bytes, no line end)',
    files: {},
    sparse: { 'traces/sparse.jsonl': 1 << 30 },
    policy: POLICY,
    traces: ['traces/sparse.jsonl'],
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  { name: 'CR-only line ends', files: { 't.jsonl': `${call('/app/a')}\r${call('/app/b')}\r` }, policy: POLICY, traces: ['t.jsonl'], exit: 2, reason: 'E_TRACE_INVALID' },
  { name: 'only invalid UTF-8', files: { 't.jsonl': Buffer.from([0xff, 0xfe, 0x7b, 0x7d, 0x0a, 0xc0, 0xaf, 0x0a]) }, policy: POLICY, traces: ['t.jsonl'], exit: 2, reason: 'E_TRACE_INVALID' },
  {
    name: 'only timestamps above 2^53',
    files: { 't.jsonl': '{"tool":"read_file","args":{"path":"/app/a"},"timestamp":9007199254740993}\n' },
    policy: POLICY,
    traces: ['t.jsonl'],
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  {
    name: 'only tool_use content blocks',
    files: { 't.jsonl': j({ type: 'tool_use', id: 'toolu_1', name: 'exec_cmd', input: { cmd: 'rm -rf /' } }) + '\n' },
    policy: POLICY,
    traces: ['t.jsonl'],
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  {
    name: 'a readable trace next to an unreadable one',
    files: { 'a.jsonl': call('/app/a') + '\n', 'b.jsonl': `${j({ tool: 'exec_cmd' })}\r${j({ tool: 'shell' })}\r` },
    policy: POLICY,
    traces: ['a.jsonl', 'b.jsonl'],
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  {
    name: 'the same unreadable trace under an eval config',
    files: { 'policy.yaml': readFileSync(POLICY, 'utf8'), 'eval.yaml': evalYaml([argsValidTest('gate', 'hello')]), 't.jsonl': j({ type: 'tool_use', id: 'x', name: 'y', input: {} }) + '\n' },
    config: 'eval.yaml',
    traces: ['t.jsonl'],
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  {
    name: 'a quarantined test that misses the trace and one that fails',
    files: {
      'policy.yaml': readFileSync(POLICY, 'utf8'),
      'eval.yaml': evalYaml([
        argsValidTest('ok', 'hello'),
        [`  - id: "flaky-miss"`, '    input: "not in the trace"', '    tags: [quarantine]', '    expected:', '      type: must_contain', '      must_contain: ["x"]'].join('\n'),
        [`  - id: "flaky-fail"`, '    input: "bad"', '    tags: [quarantine]', '    expected:', '      type: args_valid', '      policy: policy.yaml'].join('\n'),
      ]),
      't.jsonl': [j({ prompt: 'hello', response: 'hi', tool: 'read_file', args: { path: '/app/a' } }), j({ prompt: 'bad', response: 'x', tool: 'read_file', args: { path: '/etc/shadow' } })].join('\n') + '\n',
    },
    config: 'eval.yaml',
    traces: ['t.jsonl'],
    exit: 0,
    reason: '',
  },
  { name: 'two imported MCP sessions under a policy', files: TWO_SESSIONS, policy: 'policy.yaml', traces: SESSION_TRACES, exit: 0, reason: '' },
  {
    name: 'two imported MCP sessions, tests bound by episode id',
    files: { ...TWO_SESSIONS, 'eval.yaml': evalYaml([argsValidTest('alpha', '<mcp:session>'), argsValidTest('beta', '<mcp:session>')]) },
    config: 'eval.yaml',
    traces: SESSION_TRACES,
    exit: 0,
    reason: '',
  },
  {
    name: 'two imported MCP sessions, a test on the shared prompt (ambiguous)',
    files: { ...TWO_SESSIONS, 'eval.yaml': evalYaml([argsValidTest('mcp-quality-gate', '<mcp:session>')]) },
    config: 'eval.yaml',
    traces: SESSION_TRACES,
    exit: 2,
    reason: 'E_TRACE_INVALID',
  },
  { name: 'a clean trace', files: {}, policy: POLICY, traces: ['examples/traces/clean.jsonl'], exit: 0, reason: '' },
  { name: 'a violating trace', files: {}, policy: POLICY, traces: ['examples/traces/agent-run.jsonl'], exit: 1, reason: 'E_POLICY_VIOLATION' },
  { name: 'a policy given as --config / config', files: {}, config: POLICY, traces: ['examples/traces/agent-run.jsonl'], exit: 1, reason: 'E_POLICY_VIOLATION' },
  {
    name: 'a passing eval config',
    files: { 'policy.yaml': readFileSync(POLICY, 'utf8'), 'eval.yaml': evalYaml([argsValidTest('ok', 'hello')]), 't.jsonl': j({ prompt: 'hello', response: 'hi', tool: 'read_file', args: { path: '/app/a' } }) + '\n' },
    config: 'eval.yaml',
    traces: ['t.jsonl'],
    exit: 0,
    reason: '',
  },
];

function setup(c: Case): string {
  const text = Object.entries(c.files).filter((e): e is [string, string] => typeof e[1] === 'string');
  const ws = workspace(Object.fromEntries(text));
  // Exact bytes (invalid UTF-8) and sparse files are written here: workspace() takes text.
  for (const [p, v] of Object.entries(c.files)) if (Buffer.isBuffer(v)) writeFileSync(join(ws, p), v);
  for (const [p, size] of Object.entries(c.sparse ?? {})) {
    mkdirSync(dirname(join(ws, p)), { recursive: true });
    const fd = openSync(join(ws, p), 'w');
    ftruncateSync(fd, size);
    closeSync(fd);
  }
  return ws;
}

function cliArgs(c: Case): string[] {
  return [...(c.config ? ['--config', c.config] : []), ...(c.policy ? ['--policy', c.policy] : []), ...c.traces.flatMap((t) => ['--trace-file', t])];
}

interface Verdict {
  exit: number | null;
  reason: string;
}

function viaValidate(c: Case, ws: string): Verdict {
  const r = runCli(['validate', ...cliArgs(c), '--format', 'json'], { cwd: ws });
  const doc = JSON.parse(r.stdout) as { exit_code: number; reason_code: string };
  expect(doc.exit_code, r.stderr).toBe(r.status);
  return { exit: r.status, reason: doc.reason_code ?? '' };
}

function viaGate(cmd: 'run' | 'ci', c: Case, ws: string): Verdict {
  const out = join(ws, `out-${cmd}`);
  const r = runCli([cmd, ...cliArgs(c), '--out-dir', out], { cwd: ws });
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as { exit_code: number; reason_code: string };
  expect(summary.exit_code, r.stderr).toBe(r.status);
  return { exit: r.status, reason: summary.reason_code ?? '' };
}

let gh: FakeGitHub;
beforeAll(async () => {
  gh = new FakeGitHub();
  await gh.start();
});
afterAll(async () => {
  await gh?.close();
});

async function viaAction(c: Case, ws: string): Promise<Verdict> {
  const inputs: Record<string, string> = { trace_file: c.traces.join('\n') };
  if (c.config) inputs.config = c.config;
  if (c.policy) inputs.policy = c.policy;
  const r = await runAction({ ws, event: 'pr', apiUrl: gh.url, inputs });
  return { exit: Number(r.outputs.exit_code), reason: r.outputs.reason_code ?? '' };
}

describe('validate, run, ci and the action give one verdict', () => {
  for (const c of CASES) {
    it(
      c.name,
      async () => {
        const ws = setup(c);
        const want = { exit: c.exit, reason: c.reason };
        expect({ validate: viaValidate(c, ws), run: viaGate('run', c, ws), ci: viaGate('ci', c, ws), action: await viaAction(c, ws) }).toEqual({
          validate: want,
          run: want,
          ci: want,
          action: want,
        });
      },
      240_000,
    );
  }
});
