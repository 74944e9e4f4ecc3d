import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { InputError, UsageError } from '../../../src/core/errors.js';
import { applyInitPlan, detectProject, planInit, type InitOptions } from '../../../src/core/init/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'assay-'));
});

function init(opts: Partial<InitOptions> = {}) {
  const plan = planInit({ dir, ...opts });
  return { plan, result: applyInitPlan({ dir }, plan) };
}
const read = (p: string): string => readFileSync(join(dir, p), 'utf8');

describe('assay init plan', () => {
  it('default: eval.yaml, policy.yaml (default preset), traces/example.jsonl; Next validates them', () => {
    const { plan, result } = init();
    expect(result).toEqual({ created: ['eval.yaml', 'policy.yaml', 'traces/example.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json'], skipped: [] });
    expect(read('policy.yaml')).toContain('name: "starter-default"');
    expect(read('eval.yaml')).toContain('suite: "starter"');
    expect(plan.next).toBe('assay validate --config=eval.yaml --trace-file=traces/example.jsonl --format json');
    expect(existsSync(join(dir, '.gitignore'))).toBe(false);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('--preset hardened writes the hardened policy', () => {
    init({ preset: 'hardened' });
    expect(read('policy.yaml')).toContain('unconstrained_tools: deny');
  });

  it('--hello-trace: hello config plus traces/hello.jsonl; Next uses the hello trace', () => {
    const { plan, result } = init({ helloTrace: true });
    expect(result.created).toEqual(['eval.yaml', 'policy.yaml', 'traces/example.jsonl', 'traces/hello.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json']);
    expect(read('eval.yaml')).toContain('suite: "hello_smoke"');
    expect(read('traces/hello.jsonl')).toContain('"final_output":"Hello Assay"');
    expect(plan.next).toBe('assay validate --config=eval.yaml --trace-file=traces/hello.jsonl --format json');
  });

  it('--config in a subdirectory puts policy and traces beside it', () => {
    const { plan, result } = init({ config: 'nested/eval.yaml', helloTrace: true });
    expect(result.created).toEqual(['nested/eval.yaml', 'nested/policy.yaml', 'nested/traces/example.jsonl', 'nested/traces/hello.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json']);
    expect(existsSync(join(dir, 'traces'))).toBe(false);
    expect(plan.next).toBe('assay validate --config=nested/eval.yaml --trace-file=nested/traces/hello.jsonl --format json');
  });

  it('skips existing files (exit-0 path) and writes the missing ones', () => {
    writeFileSync(join(dir, 'policy.yaml'), 'mine\n');
    const { result } = init();
    expect(result).toEqual({ created: ['eval.yaml', 'traces/example.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json'], skipped: ['policy.yaml'] });
    expect(read('policy.yaml')).toBe('mine\n');
  });

  it('creates nothing when every target exists', () => {
    init();
    const before = read('eval.yaml');
    writeFileSync(join(dir, 'eval.yaml'), 'edited\n');
    const { result } = init();
    expect(result).toEqual({ created: [], skipped: ['eval.yaml', 'policy.yaml', 'traces/example.jsonl', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json'] });
    expect(read('eval.yaml')).toBe('edited\n');
    expect(before).not.toBe('edited\n');
  });

  it('--force overwrites existing files', () => {
    writeFileSync(join(dir, 'policy.yaml'), 'mine\n');
    const { plan, result } = init({ force: true });
    expect(plan.files.find((f) => f.path === 'policy.yaml')?.action).toBe('overwrite');
    expect(result.created).toContain('policy.yaml');
    expect(read('policy.yaml')).toContain('version: "2.0"');
  });

  it('--gitignore creates .gitignore, appends only missing lines, never overwrites (even with --force)', () => {
    init({ gitignore: true });
    expect(read('.gitignore')).toBe('# Assay\n.assay/reports/\n.eval/\n*.db\n');

    const d2 = mkdtempSync(join(tmpdir(), 'assay-'));
    writeFileSync(join(d2, '.gitignore'), 'node_modules/\n*.db');
    const plan = planInit({ dir: d2, gitignore: true, force: true });
    const result = applyInitPlan({ dir: d2 }, plan);
    expect(result.created).toContain('.gitignore');
    expect(readFileSync(join(d2, '.gitignore'), 'utf8')).toBe('node_modules/\n*.db\n# Assay\n.assay/reports/\n.eval/\n');

    const again = applyInitPlan({ dir: d2 }, planInit({ dir: d2, gitignore: true, force: true }));
    expect(again.skipped).toContain('.gitignore');
    expect(readFileSync(join(d2, '.gitignore'), 'utf8')).toBe('node_modules/\n*.db\n# Assay\n.assay/reports/\n.eval/\n');
  });

  const REF = 'example-org/assay@0123456789abcdef0123456789abcdef01234567';

  it('--ci github needs a commit-pinned --action-ref and pins actions/checkout to a full SHA', () => {
    expect(() => planInit({ dir, ci: 'github' })).toThrow(/--ci github needs --action-ref OWNER\/REPO@<40-hex commit sha>/);
    expect(() => planInit({ dir, ci: 'github', actionRef: 'example-org/assay@v1' })).toThrow(/a tag can be moved/);
    init({ ci: 'github', actionRef: REF });
    const text = read('.github/workflows/assay.yml');
    const wf = parse(text) as { jobs: { assay: { steps: Array<{ uses?: string; with?: Record<string, string> }> } } };
    const uses = wf.jobs.assay.steps.map((s) => s.uses).filter((u): u is string => u !== undefined);
    expect(uses).toEqual(['actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683', REF]);
    for (const u of uses) expect(u).toMatch(/@[0-9a-f]{40}$/);
    expect(text).toContain('# v4.2.2');
    expect(text).not.toContain('assay-dev');
    expect(wf.jobs.assay.steps[1]?.with).toEqual({ config: 'eval.yaml', policy: 'policy.yaml', trace_file: 'traces/*.jsonl' });
  });

  it('--ci gitlab: a supported Node image; npm ci + npx --no-install in a Node project, an exact version otherwise', () => {
    init({ ci: 'gitlab' });
    let ci = parse(read('.gitlab-ci.yml')) as { assay: { image: string; script: string[] } };
    expect(ci.assay.image).toBe('node:24-bookworm-slim');
    expect(ci.assay.script[0]).toMatch(/^npm install --global assay@\d+\.\d+\.\d+$/);
    expect(ci.assay.script[1]).toBe("assay ci --config eval.yaml --policy policy.yaml --trace-file 'traces/*.jsonl' --junit .assay/reports/junit.xml");
    const d2 = mkdtempSync(join(tmpdir(), 'assay-'));
    writeFileSync(join(d2, 'package.json'), '{"devDependencies":{"assay":"0.1.0"}}');
    applyInitPlan({ dir: d2 }, planInit({ dir: d2, ci: 'gitlab' }));
    ci = parse(readFileSync(join(d2, '.gitlab-ci.yml'), 'utf8')) as { assay: { image: string; script: string[] } };
    expect(ci.assay.script).toEqual(['npm ci', "npx --no-install assay ci --config eval.yaml --policy policy.yaml --trace-file 'traces/*.jsonl' --junit .assay/reports/junit.xml"]);
    expect(read('.gitlab-ci.yml')).not.toMatch(/node:20\b/);
  });

  it('bare --ci picks the provider from the project', () => {
    writeFileSync(join(dir, '.gitlab-ci.yml'), 'stages: []\n');
    const plan = planInit({ dir, ci: true });
    // .gitlab-ci.yml exists: planned but skipped, never overwritten.
    expect(plan.files.find((f) => f.path === '.gitlab-ci.yml')?.action).toBe('skip');
    const d2 = mkdtempSync(join(tmpdir(), 'assay-'));
    expect(planInit({ dir: d2, ci: true, actionRef: REF }).files.map((f) => f.path)).toContain('.github/workflows/assay.yml');
  });

  it('detects node/python projects, CI and existing traces, and turns them into hints', () => {
    writeFileSync(join(dir, 'package.json'), '{}');
    writeFileSync(join(dir, 'requirements.txt'), '');
    mkdirSync(join(dir, '.github'));
    mkdirSync(join(dir, 'traces'));
    writeFileSync(join(dir, 'traces', 'run-b.jsonl'), '');
    writeFileSync(join(dir, 'traces', 'run-a.jsonl'), '');
    writeFileSync(join(dir, 'traces', 'notes.txt'), '');
    expect(detectProject(dir)).toEqual({ kind: 'node', languages: ['node', 'python'], ci: ['github'], traces: ['traces/run-a.jsonl', 'traces/run-b.jsonl'], mcpClients: [] });
    const hints = planInit({ dir }).hints.join('\n');
    expect(hints).toContain('Detected: Node.js, Python, GitHub Actions');
    expect(hints).toContain('--ci github --action-ref');
    expect(hints).toContain('--trace-file=traces/run-a.jsonl');
  });

  it('renders paths through display()', () => {
    const plan = planInit({ dir, display: (p) => `proj/${p}` });
    expect(plan.next).toBe('assay validate --config=proj/eval.yaml --trace-file=proj/traces/example.jsonl --format json');
  });

  it.each([
    [{ preset: 'paranoid' }, 'unknown preset "paranoid" (available: default, hardened, dev)'],
    [{ helloTrace: true, fromTrace: 'x.jsonl' }, '--hello-trace conflicts with --from-trace'],
    [{ heuristics: true }, '--heuristics needs --from-trace'],
    [{ ci: 'jenkins' }, 'unknown --ci provider "jenkins" (available: github, gitlab)'],
  ] as Array<[Partial<InitOptions>, string]>)('usage error %#: E_INVALID_ARGS', (opts, message) => {
    let caught: unknown;
    try {
      planInit({ dir, ...opts });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(UsageError);
    expect((caught as UsageError).reasonCode).toBe('E_INVALID_ARGS');
    expect((caught as UsageError).message).toBe(message);
    expect(existsSync(join(dir, 'eval.yaml'))).toBe(false);
  });
});

describe('assay init --from-trace', () => {
  it('writes a runtime policy and a config on __generated_from_trace__', () => {
    const events = join(dir, 'events.jsonl');
    writeFileSync(
      events,
      [
        '{"type":"file_open","path":"/workspace/app.py","pid":1,"timestamp":1}',
        '{"type":"file_open","path":"/workspace/app.py"}',
        '{"type":"net_connect","dest":"api.example.com:443"}',
        '{"type":"proc_exec","path":"/usr/bin/git"}',
        '# comment',
        'not json',
      ].join('\n'),
    );
    const { plan, result } = init({ fromTrace: events, fromTraceName: 'events.jsonl', now: new Date(Date.UTC(2024, 0, 2, 3, 4, 5)) });
    expect(result.created).toEqual(['eval.yaml', 'policy.yaml', '.assay/schemas/policy.schema.json', '.assay/schemas/eval.schema.json']);
    expect(plan.warnings.map((w) => [w.code, w.line])).toEqual([['W_TRACE_SKIPPED_LINE', 6]]);
    expect(parse(read('policy.yaml'))).toEqual({
      _meta: { name: 'Generated Policy', generated_at: '2024-01-02T03:04:05Z' },
      files: { allow: [{ pattern: '/workspace/app.py', count: 2 }] },
      network: { allow_destinations: ['api.example.com:443'] },
      processes: { allow: ['/usr/bin/git'] },
    });
    const cfg = parse(read('eval.yaml')) as { suite: string; tests: Array<{ input: { prompt: string } }> };
    expect(cfg.suite).toBe('generated');
    expect(cfg.tests.map((t) => t.input.prompt)).toEqual(['__generated_from_trace__']);
    expect(plan.next).toBe('assay validate --config=eval.yaml --format json');
  });

  it('--heuristics sorts risky entries into needs_review / deny with reasons', () => {
    const events = join(dir, 'events.jsonl');
    writeFileSync(
      events,
      [
        '{"type":"file_open","path":"/tmp/aB3xZ9qW7mK2pL5nR8tY4vU6"}',
        '{"type":"file_open","path":"/tmp/aB3$xZ9!qW7^mK2&"}',
        '{"type":"file_open","path":"/cache/0123456789abcdef0123456789abcdef01234567"}',
        '{"type":"file_open","path":"/proc/self/aB3$xZ9!qW7^mK2&"}',
        '{"type":"net_connect","dest":"db.internal:5432"}',
        '{"type":"net_connect","dest":"api.example.com:443"}',
      ].join('\n'),
    );
    init({ fromTrace: events, heuristics: true });
    const pol = parse(read('policy.yaml')) as {
      files: Record<string, Array<string | { pattern: string; risk: string; reasons: string[] }>>;
      network: Record<string, unknown[]>;
    };
    expect(pol.files['allow']).toEqual(['/proc/self/aB3$xZ9!qW7^mK2&']);
    // 24 distinct characters: log2(24) = 4.58 bits > 4.5 → deny; 16 distinct: 4.00 ≥ 3.8 → review.
    expect(pol.files['deny']).toEqual([
      { pattern: '/tmp/aB3xZ9qW7mK2pL5nR8tY4vU6', risk: 'deny_recommended', reasons: ['high entropy path segment (4.58 bits)'] },
    ]);
    expect(pol.files['needs_review']).toEqual([
      { pattern: '/cache/0123456789abcdef0123456789abcdef01234567', risk: 'needs_review', reasons: ['looks like hash', 'high entropy path segment (3.97 bits)'] },
      { pattern: '/tmp/aB3$xZ9!qW7^mK2&', risk: 'needs_review', reasons: ['high entropy path segment (4.00 bits)'] },
    ]);
    expect(pol.network['needs_review']).toEqual([{ pattern: 'db.internal:5432', risk: 'needs_review', reasons: ['sensitive port 5432'] }]);
    expect(pol.network['allow_destinations']).toEqual(['api.example.com:443']);
  });

  it('a missing file → E_TRACE_NOT_FOUND; no valid event → E_TRACE_INVALID', () => {
    expect(() => planInit({ dir, fromTrace: join(dir, 'nope.jsonl') })).toThrow(InputError);
    try {
      planInit({ dir, fromTrace: join(dir, 'nope.jsonl'), fromTraceName: 'nope.jsonl' });
    } catch (e) {
      expect((e as InputError).reasonCode).toBe('E_TRACE_NOT_FOUND');
      expect((e as InputError).nextStep).toBe('Check trace file exists: nope.jsonl');
    }
    const empty = join(dir, 'empty.jsonl');
    writeFileSync(empty, '{"type":"other"}\n');
    try {
      planInit({ dir, fromTrace: empty });
      expect.unreachable();
    } catch (e) {
      expect((e as InputError).reasonCode).toBe('E_TRACE_INVALID');
    }
  });
});
