import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { confine, containedIn, realPathOf } from '../../../src/action/confine.js';
import { readInputs, safeReportsDir } from '../../../src/action/inputs.js';

const temp = (): string => realpathSync(mkdtempSync(join(tmpdir(), 'assay-')));

describe('containedIn', () => {
  it('decides by whole segments', () => {
    expect(containedIn('/ws', '/ws')).toBe(true);
    expect(containedIn('/ws', '/ws/a/b')).toBe(true);
    expect(containedIn('/ws', '/ws/..a')).toBe(true);
    expect(containedIn('/ws', '/ws-other')).toBe(false);
    expect(containedIn('/ws', '/ws-other/x')).toBe(false);
    expect(containedIn('/ws', '/')).toBe(false);
    expect(containedIn('/ws', '/etc/passwd')).toBe(false);
  });
});

describe('realPathOf / confine', () => {
  it('resolves the deepest existing ancestor and keeps the missing segments', () => {
    const ws = temp();
    const out = temp();
    symlinkSync(out, join(ws, 'link'));
    expect(realPathOf(join(ws, 'link', 'a', 'b'))).toBe(join(out, 'a', 'b'));
    expect(realPathOf(join(ws, 'new', 'dir'))).toBe(join(ws, 'new', 'dir'));
    expect(confine(ws, join(ws, 'link', 'a'))).toEqual({ inside: false, via: 'symlink' });
    expect(confine(ws, join(ws, 'new', 'dir'))).toEqual({ inside: true, real: join(ws, 'new', 'dir') });
    expect(confine(ws, join(ws, '..', 'x'))).toEqual({ inside: false, via: 'path' });
  });

  it('a dangling symlink cannot be placed: refused', () => {
    const ws = temp();
    symlinkSync(join(ws, 'nowhere', 'at-all'), join(ws, 'dangling'));
    expect(realPathOf(join(ws, 'dangling', 'x'))).toBeUndefined();
    expect(confine(ws, join(ws, 'dangling'))).toEqual({ inside: false, via: 'unresolvable' });
  });

  it('a workspace reached through a symlink is compared by its real path', () => {
    const real = temp();
    const alias = join(temp(), 'alias');
    symlinkSync(real, alias);
    mkdirSync(join(real, 'sub'));
    expect(confine(alias, join(alias, 'sub', 'x')).inside).toBe(true);
  });
});

describe('reports_dir and baseline_dir inputs', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });
  /** Inputs as the runner passes them (INPUT_*), read through the toolkit. */
  function read(ws: string, inputs: Record<string, string>) {
    const env: NodeJS.ProcessEnv = { RUNNER_TEMP: temp() };
    vi.unstubAllEnvs();
    for (const [k, v] of Object.entries(inputs)) vi.stubEnv(`INPUT_${k.toUpperCase()}`, v);
    return readInputs(ws, env);
  }

  it('../ and absolute paths outside are input errors; the reports go to the default directory', () => {
    const ws = temp();
    for (const given of ['../../x', '/tmp/elsewhere']) {
      const r = read(ws, { reports_dir: given });
      expect(r.problems.map((p) => p.input)).toEqual(['reports_dir']);
      expect(r.problems[0]!.message).toContain(`directory "${given}" resolves outside the workspace`);
      expect(r.inputs.reportsDir.path).toBe(join(ws, '.assay', 'reports'));
    }
  });

  it('a committed .assay/reports symlink to outside is refused, and the fallback avoids it', () => {
    const ws = temp();
    mkdirSync(join(ws, '.assay'));
    symlinkSync(temp(), join(ws, '.assay', 'reports'));
    const r = read(ws, {});
    expect(r.problems[0]!.message).toContain('resolves outside the workspace through a symbolic link');
    expect(containedIn(ws, r.inputs.reportsDir.path)).toBe(false);
    expect(safeReportsDir(ws, { RUNNER_TEMP: tmpdir() }).path.startsWith(tmpdir())).toBe(true);
  });

  it('deadline_seconds: a whole number of seconds, else an input error', () => {
    const ws = temp();
    expect(read(ws, { deadline_seconds: '90' }).inputs.deadlineMs).toBe(90_000);
    expect(read(ws, {}).inputs.deadlineMs).toBe(600_000);
    expect(read(ws, { deadline_seconds: '0' }).problems.map((p) => p.input)).toEqual(['deadline_seconds']);
  });
});
