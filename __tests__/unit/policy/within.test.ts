// Path containment: `params.<name>.within` and the schema keyword `x-assay-within` (docs/authoring.md,
// "Path arguments"): lexical normalisation, whole-segment containment, fail-closed on everything else.
import { describe, expect, it } from 'vitest';
import { SchemaCompiler, checkSchema, runValidator } from '../../../src/core/policy/schema.js';
import { WithinChecker, folderProblem, isWithinFolder, normalizeAbsolutePath } from '../../../src/core/policy/within.js';
import { call, decideAll, load, loadFailure } from './helpers.js';

describe('normalizeAbsolutePath', () => {
  it.each([
    ['/', '/'],
    ['/app', '/app'],
    ['/app/', '/app'],
    ['/app/./x', '/app/x'],
    ['/app//x', '/app/x'],
    ['//app///x//', '/app/x'],
    ['/app/..', '/'],
    ['/app/../app/x', '/app/x'],
    ['/app/x/../../data', '/data'],
    ['/app/.../x', '/app/.../x'],
    ['/app/..x/y', '/app/..x/y'],
    ['/app/x..', '/app/x..'],
    ['/app/%2e%2e/etc', '/app/%2e%2e/etc'],
    ['/données/été', '/données/été'],
  ])('%j → %j', (input, out) => {
    expect(normalizeAbsolutePath(input)).toEqual({ ok: true, path: out });
  });

  it.each([
    ['', 'empty'],
    ['app/x', 'relative'],
    ['./app', 'relative'],
    ['../app', 'relative'],
    ['C:\\app\\x', 'backslash'],
    ['C:/app/x', 'relative'],
    ['file:///app/x', 'relative'],
    ['~/x', 'relative'],
    ['/app/x\u0000.txt', 'nul'],
    ['/app\\..\\etc', 'backslash'],
    ['/..', 'escapes_root'],
    ['/../app', 'escapes_root'],
    ['/app/../../app', 'escapes_root'],
    ['/app/x/../../../etc/passwd', 'escapes_root'],
  ])('%j is refused (%s)', (input, failure) => {
    expect(normalizeAbsolutePath(input)).toEqual({ ok: false, failure });
  });

  it('handles very long paths in one pass', () => {
    const deep = `/app/${'a/'.repeat(50_000)}x`;
    expect(normalizeAbsolutePath(deep)).toEqual({ ok: true, path: deep });
    const climb = `/app/${'a/'.repeat(50_000)}${'../'.repeat(50_000)}x`;
    expect(normalizeAbsolutePath(climb)).toEqual({ ok: true, path: '/app/x' });
    const out = `/app/${'a/'.repeat(50_000)}${'../'.repeat(50_002)}x`;
    expect(normalizeAbsolutePath(out)).toEqual({ ok: false, failure: 'escapes_root' });
  });
});

describe('isWithinFolder', () => {
  it('compares whole segments, case-sensitively', () => {
    expect(isWithinFolder('/app', '/app')).toBe(true);
    expect(isWithinFolder('/app/x', '/app')).toBe(true);
    expect(isWithinFolder('/app2', '/app')).toBe(false);
    expect(isWithinFolder('/app2/x', '/app')).toBe(false);
    expect(isWithinFolder('/ap', '/app')).toBe(false);
    expect(isWithinFolder('/App/x', '/app')).toBe(false);
    expect(isWithinFolder('/anything', '/')).toBe(true);
    expect(isWithinFolder('/', '/')).toBe(true);
  });
});

describe('WithinChecker', () => {
  const c = new WithinChecker(['/app/', '//data', '/srv/./files']);

  it('normalises the folders', () => {
    expect(c.folders).toEqual(['/app', '/data', '/srv/files']);
  });

  it.each([
    ['/app', '/app'],
    ['/app/', '/app'],
    ['/app/./x', '/app/x'],
    ['/app//x', '/app/x'],
    ['/app/../app/x', '/app/x'],
    ['/data/a/b/../c', '/data/a/c'],
    ['/srv/files/ü/日本.txt', '/srv/files/ü/日本.txt'],
  ])('%j passes', (value, normalized) => {
    expect(c.check(value)).toEqual({ ok: true, normalized });
  });

  it.each([
    ['/app/../etc/shadow', 'outside'],
    ['/app/..', 'outside'],
    ['/app2', 'outside'],
    ['/app2/x', 'outside'],
    ['/APP/x', 'outside'],
    ['/', 'outside'],
    ['/srv', 'outside'],
    ['/app/../../app', 'escapes_root'],
    ['/app/x\u0000', 'nul'],
    ['app/x', 'relative'],
    ['', 'empty'],
    ['C:\\app', 'backslash'],
  ])('%j is refused (%s)', (value, failure) => {
    const r = c.check(value);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.failure).toBe(failure);
  });

  it('refuses every non-string value', () => {
    for (const v of [42, null, true, ['/app/x'], { path: '/app/x' }, undefined]) expect(c.check(v)).toEqual({ ok: false, failure: 'not_string' });
  });

  it('says why, with the value cut to a bounded length', () => {
    const r = c.check('/app/../etc/shadow');
    expect(!r.ok && c.message('/app/../etc/shadow', r)).toBe('resolves to "/etc/shadow", outside /app, /data, /srv/files');
    const long = `x${'a'.repeat(100_000)}`;
    const r2 = c.check(long);
    const m = !r2.ok ? c.message(long, r2) : '';
    expect(m).toMatch(/^must be an absolute path within \/app, \/data, \/srv\/files \(got "xa+…"\)$/);
    expect(m.length).toBeLessThan(300);
  });

  it('the root folder admits every absolute path but still refuses a climb above it', () => {
    const root = new WithinChecker(['/']);
    expect(root.check('/etc/passwd').ok).toBe(true);
    expect(root.check('/../etc').ok).toBe(false);
    expect(root.check('etc').ok).toBe(false);
  });

  it('refuses unusable folders at construction', () => {
    expect(() => new WithinChecker(['app'])).toThrow();
    expect(() => new WithinChecker(['/app/../etc'])).toThrow();
  });
});

describe('folderProblem', () => {
  it('accepts absolute folders and names the problem of anything else', () => {
    expect(folderProblem('/app')).toBeNull();
    expect(folderProblem('/')).toBeNull();
    expect(folderProblem('/app/')).toBeNull();
    expect(folderProblem('app')).toMatch(/absolute path/);
    expect(folderProblem('')).toMatch(/absolute path/);
    expect(folderProblem('C:\\app')).toMatch(/backslash/);
    expect(folderProblem('/app/../etc')).toMatch(/must not contain "\.\."/);
    expect(folderProblem('/..')).toMatch(/must not contain "\.\."/);
    expect(folderProblem('/app\u0000')).toMatch(/NUL/);
    expect(folderProblem(3)).toMatch(/must be a string/);
  });
});

describe('x-assay-within in JSON Schema', () => {
  const compile = (schema: unknown) => {
    const c = new SchemaCompiler().compile(schema);
    if (!c.ok) throw new Error(c.reason);
    return (args: unknown) => runValidator(c.validate, args);
  };

  it('validates in every draft and reports a violation with its own keyword', () => {
    for (const $schema of [undefined, 'https://json-schema.org/draft/2019-09/schema', 'http://json-schema.org/draft-07/schema#']) {
      const v = compile({ ...($schema ? { $schema } : {}), type: 'object', properties: { path: { 'x-assay-within': ['/app'] } } });
      expect(v({ path: '/app/a' })).toEqual([]);
      expect(v({ path: '/app/../etc/passwd' })).toEqual([{ path: '/path', constraint: 'x-assay-within', message: 'resolves to "/etc/passwd", outside /app' }]);
    }
  });

  it('fails closed on non-strings (unlike pattern), and works inside items', () => {
    const v = compile({ type: 'object', properties: { paths: { type: 'array', items: { 'x-assay-within': ['/app'] } } } });
    expect(v({ paths: ['/app/a', '/app/b'] })).toEqual([]);
    expect(v({ paths: ['/app/a', '/app/../x', 7] }).map((x) => x.path)).toEqual(['/paths/1', '/paths/2']);
  });

  it('does not compile with an unusable folder list', () => {
    for (const bad of [[], ['app'], '/app', ['/app/../etc']]) {
      const c = new SchemaCompiler().compile({ properties: { path: { 'x-assay-within': bad } } });
      expect(c.ok).toBe(false);
    }
  });

  it('checkSchema reports each bad folder at its own path', () => {
    const issues = checkSchema({ properties: { path: { 'x-assay-within': ['/ok', 'rel', '/a/../b'] }, dir: { 'x-assay-within': [] } } });
    expect(issues.map((i) => [i.path.join('.'), i.kind])).toEqual([
      ['properties.path.x-assay-within.1', 'within'],
      ['properties.path.x-assay-within.2', 'within'],
      ['properties.dir.x-assay-within', 'within'],
    ]);
  });
});

describe('params.<name>.within in a policy', () => {
  const POLICY = `version: "2.0"
allow: ["*"]
constraints:
  - tool: read_file
    params:
      path:
        within: ["/app", "/data"]
  - tool: write_file
    params:
      path:
        within: ["/app/out"]
        matches: "\\\\.txt$"
`;

  it('denies a path that leaves its folders with the schema decision shape and a reason that says so', () => {
    const p = load(POLICY);
    const [ok, climb, sibling, rel, nul, num, missing, deep] = decideAll(p, [
      call('read_file', { path: '/app/a.txt' }),
      call('read_file', { path: '/app/../etc/shadow' }),
      call('read_file', { path: '/app2/a' }),
      call('read_file', { path: 'app/a' }),
      call('read_file', { path: '/app/a\u0000' }),
      call('read_file', { path: 7 }),
      call('read_file', {}),
      call('read_file', { path: '/data/../../data/x' }),
    ]);
    expect(ok).toMatchObject({ decision: 'allow', code: null });
    expect(climb).toMatchObject({
      decision: 'deny',
      code: 'E_ARG_SCHEMA',
      reason: 'A path argument is outside the folders the policy allows',
      rule: 'schemas.read_file',
      violations: [{ path: '/path', constraint: 'x-assay-within', message: 'resolves to "/etc/shadow", outside /app, /data' }],
    });
    expect(sibling!.violations).toEqual([expect.objectContaining({ constraint: 'x-assay-within', message: 'resolves to "/app2/a", outside /app, /data' })]);
    expect(rel!.violations![0]!.message).toMatch(/must be an absolute path/);
    expect(nul!.violations![0]!.message).toBe('must not contain a NUL byte');
    expect(num!.violations!.map((v) => v.constraint).sort()).toEqual(['type', 'x-assay-within']);
    expect(missing).toMatchObject({ decision: 'deny', code: 'E_ARG_SCHEMA', reason: 'Arguments do not match the tool schema' });
    expect(missing!.violations).toEqual([expect.objectContaining({ path: '/path', constraint: 'required' })]);
    expect(deep!.violations![0]!.message).toMatch(/climbs above the root/);
  });

  it('enforces matches and within together', () => {
    const p = load(POLICY);
    const d = decideAll(p, [call('write_file', { path: '/app/out/a.txt' }), call('write_file', { path: '/app/out/a.sh' }), call('write_file', { path: '/app/out/../a.txt' })]);
    expect(d.map((x) => x.decision)).toEqual(['allow', 'deny', 'deny']);
    expect(d[1]!.violations!.map((v) => v.constraint)).toEqual(['pattern']);
    expect(d[2]!.violations!.map((v) => v.constraint)).toEqual(['x-assay-within']);
  });

  it('stands for the schema keyword (what migrate writes)', () => {
    const p = load(POLICY);
    expect(p.schemas.get('read_file')!.schema).toEqual({
      type: 'object',
      additionalProperties: true,
      properties: { path: { type: 'string', 'x-assay-within': ['/app', '/data'], minLength: 1 } },
      required: ['path'],
    });
  });

  it('works in the map form and in v2 schemas', () => {
    const map = load(`version: "2.0"\nallow: ["*"]\nconstraints:\n  read_file:\n    path: { within: ["/app"] }\n`);
    const v2 = load(`version: "2.0"\ntools: { allow: ["*"] }\nschemas:\n  read_file:\n    type: object\n    properties: { path: { type: string, x-assay-within: ["/app"] } }\n`);
    for (const p of [map, v2]) {
      expect(decideAll(p, [call('read_file', { path: '/app/x' }), call('read_file', { path: '/app/../x' })]).map((d) => d.decision)).toEqual(['allow', 'deny']);
    }
  });

  it('refuses an unusable folder list at load, each problem at its position', () => {
    const { error, lines } = loadFailure(`version: "2.0"
constraints:
  - tool: read_file
    params:
      path:
        within: ["/app", "app", "/a/../b", 3]
      dir:
        within: []
      file:
        within: "/app"
`);
    expect(error.reasonCode).toBe('E_POLICY_PARSE');
    expect(lines).toEqual([
      'policy.yaml:6:26: error E_POLICY_PARSE: constraints[0].params.path.within[1] must be an absolute path starting with "/" (got "app")',
      'policy.yaml:6:33: error E_POLICY_PARSE: constraints[0].params.path.within[2] must not contain ".." (got "/a/../b")',
      'policy.yaml:6:44: error E_POLICY_PARSE: constraints[0].params.path.within[3] must be a string (an absolute folder path)',
      'policy.yaml:8:17: error E_POLICY_PARSE: constraints[0].params.dir.within must list at least one folder (an empty list would deny every value)',
      'policy.yaml:10:17: error E_POLICY_PARSE: constraints[0].params.file.within must be a list of absolute folder paths',
    ]);
  });

  it('refuses a bad x-assay-within in schemas at its position', () => {
    const { lines } = loadFailure(`version: "2.0"
schemas:
  read_file:
    properties:
      path:
        x-assay-within: ["/ok", "C:\\\\data"]
`);
    expect(lines).toEqual(['policy.yaml:6:33: error E_POLICY_PARSE: schemas.read_file: x-assay-within[1] must not contain a backslash (got "C:\\\\data")']);
  });

  it('a param with neither matches nor within is still refused', () => {
    const { lines } = loadFailure(`version: "2.0"\nconstraints:\n  - tool: exec\n    params:\n      cmd: {}\n`);
    expect(lines).toEqual(['policy.yaml:5:12: error E_POLICY_PARSE: constraints[0] tool "exec" param "cmd" has no "matches"']);
  });
});
