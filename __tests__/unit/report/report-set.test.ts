// The report set: one folder per run, renamed into place, older Assay files removed, user files kept,
// an interrupted run leaving no older verdict behind.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { AssayError } from '../../../src/core/errors.js';
import { openReportSet, readManifest, reportSetId, stampSummary, writeInterrupted } from '../../../src/core/report/report-set.js';
import { makeDirs } from '../../../src/core/util/make-dirs.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'assay-'));
const SUMMARY = JSON.stringify({ schema_version: 1, exit_code: 0, reason_code: '', schema: 'assay.run_summary.v1' }, null, 2) + '\n';

function summaryOf(dir: string): { exit_code: number; status: string; report_set: { id: string; files: string[] } } {
  return JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
}

describe('report set', () => {
  it('a missing folder is created by renaming the temporary one; nothing is left beside it', () => {
    const root = tmp();
    const target = join(root, 'reports');
    const set = openReportSet(target, { id: 'a1' });
    expect(set.tempDir.startsWith(join(root, '.reports.assay-tmp-'))).toBe(true);
    set.write('run.json', '{}\n');
    set.write('lint/b.json', '{}\n');
    set.write('summary.json', stampSummary(SUMMARY, set.stamp()));
    const done = set.commit();
    expect(readdirSync(root)).toEqual(['reports']);
    expect(done.committed.sort()).toEqual([join(target, 'lint/b.json'), join(target, 'run.json'), join(target, 'summary.json')]);
    expect(summaryOf(target).report_set).toEqual({ id: 'a1', files: ['lint/b.json', 'run.json', 'summary.json'] });
  });

  it('a second set removes the files of the first that it does not hold, and keeps user files', () => {
    const target = join(tmp(), 'out');
    const first = openReportSet(target, { id: 'one' });
    for (const f of ['run.json', 'assay.sarif', 'junit.xml', 'lint/x.json']) first.write(f, `${f} one\n`);
    first.write('summary.json', stampSummary(SUMMARY, first.stamp()));
    first.commit();
    writeFileSync(join(target, 'notes.txt'), 'mine\n');

    const second = openReportSet(target, { id: 'two' });
    second.write('run.json', 'run two\n');
    second.write('summary.json', stampSummary(SUMMARY, second.stamp()));
    const done = second.commit();
    expect(readdirSync(target).sort()).toEqual(['notes.txt', 'run.json', 'summary.json']);
    expect(readFileSync(join(target, 'run.json'), 'utf8')).toBe('run two\n');
    expect(summaryOf(target).report_set.id).toBe('two');
    expect(done.removed.map((p) => p.slice(target.length + 1)).sort()).toEqual(['assay.sarif', 'junit.xml', 'lint/x.json']);
  });

  it('owned names are removed even without a manifest; an owned folder is emptied; other files stay', () => {
    const target = tmp();
    writeFileSync(join(target, 'assay.sarif'), 'old\n');
    mkdirSync(join(target, 'lint'));
    writeFileSync(join(target, 'lint', 'old.json'), 'old\n');
    writeFileSync(join(target, 'README'), 'user\n');
    const set = openReportSet(target, { id: 'x', ownedNames: ['assay.sarif', 'lint/'] });
    set.write('lint/new.json', 'new\n');
    set.commit();
    expect(readdirSync(target).sort()).toEqual(['README', 'lint']);
    expect(readdirSync(join(target, 'lint'))).toEqual(['new.json']);
  });

  it('a manifest naming paths outside the folder is not followed', () => {
    const root = tmp();
    const target = join(root, 'reports');
    mkdirSync(target);
    writeFileSync(join(root, 'precious'), 'keep\n');
    writeFileSync(join(target, 'summary.json'), JSON.stringify({ report_set: { id: 'evil', files: ['../precious', '/etc/hostname', 'ok.json'] } }));
    writeFileSync(join(target, 'ok.json'), 'old\n');
    expect(readManifest(target)).toEqual(['ok.json']);
    const set = openReportSet(target, { id: 'y' });
    set.write('run.json', '{}\n');
    set.commit();
    expect(readFileSync(join(root, 'precious'), 'utf8')).toBe('keep\n');
    expect(readdirSync(target)).toEqual(['run.json']);
  });

  it('paths outside the folder get a temporary file beside them and land only at commit', () => {
    const root = tmp();
    const target = join(root, 'reports');
    const junit = join(root, 'elsewhere', 'junit.xml');
    const set = openReportSet(target, { id: 'e' });
    const p = set.write(junit, '<testsuites/>\n');
    expect(p).not.toBe(junit);
    expect(existsSync(junit)).toBe(false);
    // An absolute path inside the folder is a name of the set.
    expect(set.path(join(target, 'a.json'))).toBe(join(set.tempDir, 'a.json'));
    set.commit();
    expect(readFileSync(junit, 'utf8')).toBe('<testsuites/>\n');
    expect(readdirSync(join(root, 'elsewhere'))).toEqual(['junit.xml']);
  });

  it('fail() drops the partial file and records the first E_IO_ERROR; abort() leaves the folder untouched', () => {
    const target = tmp();
    writeFileSync(join(target, 'run.json'), 'previous\n');
    const set = openReportSet(target, { id: 'f' });
    set.write('run.json', 'partial');
    const e = set.fail(new Error('ENOSPC: no space left on device'), 'run.json');
    expect(e).toBeInstanceOf(AssayError);
    expect(e.reasonCode).toBe('E_IO_ERROR');
    expect(set.failed).toBe(e);
    expect(set.files()).toEqual([]);
    set.abort();
    expect(existsSync(set.tempDir)).toBe(false);
    expect(readFileSync(join(target, 'run.json'), 'utf8')).toBe('previous\n');
  });

  it('a target that is a file, or a folder that cannot be created, is E_IO_ERROR at once', () => {
    const root = tmp();
    writeFileSync(join(root, 'file'), 'x');
    expect(() => openReportSet(join(root, 'file'), { id: 'z' })).toThrow(/cannot write the reports directory/);
    expect(() => openReportSet('/proc/assay-no-such/reports', { id: 'z' })).toThrow(/E?NOENT|cannot write/);
  });

  it('stampSummary adds status and report_set before schema, which stays last', () => {
    const text = stampSummary(SUMMARY, { id: 'abc', status: 'complete', files: ['run.json', 'summary.json'] });
    expect(Object.keys(JSON.parse(text))).toEqual(['schema_version', 'exit_code', 'reason_code', 'status', 'report_set', 'schema']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('reportSetId is stable for the same material and 16 hex characters', () => {
    expect(reportSetId('a')).toBe(reportSetId('a'));
    expect(reportSetId('a')).not.toBe(reportSetId('b'));
    expect(reportSetId(new Uint8Array([1, 2]))).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('writeInterrupted', () => {
  it('replaces an older set by run.json and an interrupted summary, and removes the open set', () => {
    const target = join(tmp(), 'reports');
    const old = openReportSet(target, { id: 'old' });
    for (const f of ['run.json', 'assay.sarif']) old.write(f, 'passing\n');
    old.write('summary.json', stampSummary(SUMMARY, old.stamp()));
    old.commit();
    const open = openReportSet(target, { id: 'new' });
    open.write('junit.xml', 'half\n');
    const summary = JSON.stringify({ exit_code: 143, reason_code: 'E_INTERRUPTED', schema: 'assay.run_summary.v1' });
    expect(writeInterrupted(target, { id: 'new', files: [{ name: 'run.json', text: '{"exit_code":143}\n' }], summaryText: summary, open })).toBeUndefined();
    expect(readdirSync(target).sort()).toEqual(['run.json', 'summary.json']);
    expect(existsSync(open.tempDir)).toBe(false);
    const s = summaryOf(target);
    expect([s.exit_code, s.status, s.report_set.id, s.report_set.files]).toEqual([143, 'interrupted', 'new', ['run.json', 'summary.json']]);
  });
});

describe('makeDirs', () => {
  it('creates nested folders and fails fast where the kernel refuses (no endless retry)', () => {
    const root = tmp();
    makeDirs(join(root, 'a', 'b', 'c'));
    expect(existsSync(join(root, 'a', 'b', 'c'))).toBe(true);
    expect(() => makeDirs('/proc/assay-no-such/x')).toThrow(/ENOENT/);
    writeFileSync(join(root, 'f'), '');
    expect(() => makeDirs(join(root, 'f', 'x'))).toThrow(/ENOTDIR/);
  });
});

describe('staging inside the folder', () => {
  it('a writable folder in a read-only parent: the set is staged inside it and replaces the old one', (ctx) => {
    const root = tmp();
    const parent = join(root, 'ro');
    mkdirSync(parent);
    const sh = (args: string[]) => spawnSync(args[0]!, args.slice(1), { encoding: 'utf8' });
    if (sh(['mount', '-t', 'tmpfs', 'tmpfs', parent]).status !== 0) ctx.skip('cannot mount tmpfs here');
    const target = join(parent, 'reports');
    try {
      mkdirSync(target);
      sh(['mount', '-t', 'tmpfs', 'tmpfs', target]);
      sh(['mount', '-o', 'remount,ro', parent]);
      writeFileSync(join(target, 'run.json'), 'old\n');
      const set = openReportSet(target, { id: 'in' });
      expect(dirname(set.tempDir)).toBe(target);
      set.write('run.json', 'new\n');
      set.write('summary.json', stampSummary(SUMMARY, set.stamp()));
      set.commit();
      expect(readdirSync(target).sort()).toEqual(['run.json', 'summary.json']);
      expect(readFileSync(join(target, 'run.json'), 'utf8')).toBe('new\n');
    } finally {
      sh(['umount', target]);
      sh(['umount', parent]);
    }
  });
});
