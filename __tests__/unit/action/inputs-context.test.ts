import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInputs, splitList } from '../../../src/action/inputs.js';
import { isReadOnly, matrixSuffix, markerSlug, readContext } from '../../../src/action/context.js';

const ws = mkdtempSync(join(tmpdir(), 'assay-inputs-'));

function withInputs(values: Record<string, string>): ReturnType<typeof readInputs> {
  for (const [k, v] of Object.entries(values)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
  return readInputs(ws);
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('inputs', () => {
  it('fail_on aliases map once; unknown values are errors naming the allowed values', () => {
    expect(withInputs({ fail_on: 'warn' }).inputs.failOn).toBe('warning');
    expect(withInputs({ fail_on: 'info' }).inputs.failOn).toBe('note');
    expect(withInputs({ fail_on: 'none' }).inputs.failOn).toBe('none');
    const bad = withInputs({ fail_on: 'Error' });
    expect(bad.problems.map((p) => p.input)).toEqual(['fail_on']);
    expect(bad.problems[0]!.message).toContain('allowed: error, warn, warning, info, note, none');
  });

  it('booleans use the YAML 1.2 core set; an empty value takes the default', () => {
    expect(withInputs({ sarif: 'FALSE', strict: 'True' }).inputs).toMatchObject({ sarif: false, strict: true });
    expect(withInputs({ sarif: '' }).inputs.sarif).toBe(true);
    expect(withInputs({ junit: 'yes' }).problems[0]!.message).toContain('invalid boolean "yes"');
  });

  it('lists split, trim, drop empties and de-duplicate; packs also split on commas', () => {
    expect(splitList(' a \n\nb\r\na\n')).toEqual(['a', 'b']);
    const r = withInputs({ pack: 'cicd-starter, ./packs/own.yaml\nsoc2-baseline,cicd-starter', policy: 'p.yaml', trace_file: 't/*.jsonl\nt/*.jsonl' });
    expect(r.inputs.packs.map((p) => (p.kind === 'builtin' ? p.name : p.ref.display))).toEqual(['cicd-starter', 'packs/own.yaml', 'soc2-baseline']);
    expect(r.inputs.traceFiles).toEqual(['t/*.jsonl']);
    expect(r.problems).toEqual([]);
  });

  it('paths outside the workspace, control characters and cache-key commas are errors', () => {
    const r = withInputs({ policy: '../p.yaml', bundles: '/etc/**/*.tar.gz', category: 'a\nb', baseline_key: 'k,1', baseline_dir: '../../x' });
    expect(r.problems.map((p) => p.input).sort()).toEqual(['baseline_dir', 'baseline_key', 'bundles', 'category', 'policy']);
  });

  it('retired reference inputs are detected by their INPUT_ variable (hyphens kept)', () => {
    const r = withInputs({ version: 'latest', 'sandbox-command': 'x' });
    expect(r.retired.map((x) => [x.name, x.level])).toEqual([
      ['version', 'notice'],
      ['sandbox-command', 'warning'],
    ]);
  });
});

describe('context', () => {
  const pr = (head: unknown) => ({ pull_request: { number: 3, head: { repo: head }, base: { repo: { full_name: 'o/r' } } } });

  it('read_only: fork PRs and deleted head repos, never pushes or pull_request_target', () => {
    expect(isReadOnly('pull_request', pr({ full_name: 'o/r' }))).toBe(false);
    expect(isReadOnly('pull_request', pr({ full_name: 'f/r' }))).toBe(true);
    expect(isReadOnly('pull_request_review', pr(null))).toBe(true);
    expect(isReadOnly('pull_request_target', pr({ full_name: 'f/r' }))).toBe(false);
    expect(isReadOnly('push', {})).toBe(false);
  });

  it('matrix suffix: sha256 of the JCS form, independent of key order; none for null or {}', () => {
    const a = matrixSuffix('{"os":"ubuntu","node":20}').suffix;
    expect(a).toMatch(/^-[0-9a-f]{8}$/);
    expect(matrixSuffix('{"node":20, "os":"ubuntu"}').suffix).toBe(a);
    expect(matrixSuffix('null').suffix).toBe('');
    expect(matrixSuffix('{}').suffix).toBe('');
    expect(matrixSuffix('{oops').warning).toContain('not JSON');
  });

  it('default category, marker slug, artifact name and the default-branch push test', () => {
    const inputs = readInputs(ws).inputs;
    const env = { GITHUB_WORKFLOW: 'CI build', GITHUB_JOB: 'gate', RUNNER_OS: 'Linux', GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/heads/main', GITHUB_RUN_ATTEMPT: '2' };
    const { ctx } = readContext(inputs, ws, env);
    expect(ctx.category).toBe('assay-CI build-gate-Linux');
    expect(ctx.markerSlug).toBe('assay-CI-build-gate-Linux');
    expect(ctx.marker).toBe('<!-- assay-report:assay-CI-build-gate-Linux -->');
    expect(ctx.artifactName).toBe('assay-reports-assay-CI-build-gate-Linux-2');
    expect(ctx.isDefaultPush).toBe(false); // no payload: the default branch is unknown
    expect(markerSlug('a/b c:d')).toBe('a/b-c-d');
  });
});
