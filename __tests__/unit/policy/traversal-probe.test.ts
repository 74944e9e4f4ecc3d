// W_PATH_REGEX_TRAVERSAL: a regex on a path-like argument that a `..` walks out of, found by probing the
// tool's real compiled schema with values built from the regex's own literal prefixes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDoctor } from '../../../src/core/doctor/index.js';
import { formatDiagnostic } from '../../../src/core/errors.js';
import { validate } from '../../../src/core/gate/validate.js';
import {
  isPathLikeName,
  literalPrefixes,
  literalSuffixes,
  probePathRegexes,
  splitAlternatives,
  traversalProbes,
} from '../../../src/core/policy/traversal-probe.js';
import { load } from './helpers.js';

const probe = (text: string) => probePathRegexes(load(text)).map(formatDiagnostic);

describe('isPathLikeName', () => {
  it.each(['path', 'file', 'filename', 'filePath', 'file_path', 'dir', 'directory', 'folder', 'target_dir', 'sourcePath', 'output-file', 'source', 'destination', 'PATH'])(
    '%s is path-like',
    (n) => expect(isPathLikeName(n)).toBe(true),
  );
  it.each(['uri', 'url', 'paths', 'files', 'profile', 'query', 'data_source', 'pathology', 'cmd', '', '_'])('%j is not', (n) => expect(isPathLikeName(n)).toBe(false));
});

describe('literal affixes of a regex', () => {
  it('splits top-level alternatives only', () => {
    expect(splitAlternatives('^/a|^(?:/b|/c)|[|]|\\|')).toEqual(['^/a', '^(?:/b|/c)', '[|]', '\\|']);
  });

  it.each<[string, string[]]>([
    ['^/app/.*|^/data/.*', ['/app/', '/data/']],
    ['^(?:/app|/data)/', ['/app/', '/data/']],
    ['^(/app|/data/x)', ['/app', '/data/x']],
    ['\\A/home/\\w+/', ['/home/']],
    ['(?i)^/Srv/', ['/Srv/']],
    ['^\\Q/a.b/\\E.*', ['/a.b/']],
    ['^/app/?', ['/app']],
    ['^/ap+', ['/ap']],
    ['^/app\\/x\\.d/', ['/app/x.d/']],
    ['^/données/', ['/données/']],
    ['/workspace/', ['/workspace/']],
    ['.*', []],
    ['[/]app', []],
    ['\\d+/', []],
    ['\\.txt$', []],
  ])('%j → %j', (re, prefixes) => {
    expect(literalPrefixes(re)).toEqual(prefixes);
  });

  it('suffixes only for alternatives anchored at the end', () => {
    expect(literalSuffixes('^/app/.*\\.txt$')).toEqual(['.txt']);
    expect(literalSuffixes('^/app/.*\\.(?:md|txt)\\z')).toEqual(['.md', '.txt']);
    expect(literalSuffixes('^/app/.*\\.txt')).toEqual(['']);
    expect(literalSuffixes('^/app/[a-z]+$')).toEqual(['']);
  });

  it('builds probes that climb out of each prefix, each with an innocent control', () => {
    expect(traversalProbes('^/app/.*\\.txt$')).toEqual([
      { probe: '/app/../etc/passwd.txt', control: '/app/x.txt', prefix: '/app/' },
      { probe: '/app/x/../../etc/passwd.txt', control: '/app/x/y.txt', prefix: '/app/' },
    ]);
    expect(traversalProbes('^/data').map((p) => p.probe)).toEqual(['/data/../etc/passwd', '/data/x/../../etc/passwd', '/data/..']);
    expect(traversalProbes('.*')).toEqual([]);
  });
});

describe('probePathRegexes', () => {
  it('warns on the README regex, at the regex, naming the accepted probe and the within to use', () => {
    const policy = `version: "2.0"
allow: ["*"]
constraints:
  - tool: read_file
    params:
      path:
        matches: "^/app/.*|^/data/.*"
`;
    const ds = probePathRegexes(load(policy));
    expect(ds.map(formatDiagnostic)).toEqual([
      'policy.yaml:7:18: warning W_PATH_REGEX_TRAVERSAL: regex "^/app/.*|^/data/.*" on read_file argument "path" accepts "/app/../etc/passwd": ' +
        'a ".." segment walks out of "/app/"; use within: ["/app", "/data"] (x-assay-within in schemas)',
    ]);
    expect(ds[0]!.context).toEqual({ tool: 'read_file', param: 'path', pattern: '^/app/.*|^/data/.*', probe: '/app/../etc/passwd' });
  });

  it('warns on the map form, a bare regex string and a schema pattern, each at its own line', () => {
    const lines = probe(`version: "2.0"
allow: ["*"]
constraints:
  read_file:
    file_path: "^/srv/"
schemas:
  list_directory:
    type: object
    properties:
      dir: { type: string, pattern: "^/home/\\\\w+/" }
      mode: { type: string }
    required: [dir, mode]
`);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^policy\.yaml:10:37: warning W_PATH_REGEX_TRAVERSAL: regex "\^\/home\/\\\\w\+\/" on list_directory argument "dir" accepts "\/home\/x\/\.\.\/\.\.\/etc\/passwd"/);
    expect(lines[1]).toMatch(/^policy\.yaml:5:16: warning W_PATH_REGEX_TRAVERSAL: .* on read_file argument "file_path" accepts "\/srv\/\.\.\/etc\/passwd"/);
  });

  it('catches a single-segment regex that still accepts ".."', () => {
    expect(probe(`version: "2.0"\nallow: ["*"]\nconstraints:\n  ls:\n    dir: "^/app/[^/]+$"\n`)).toEqual([
      expect.stringContaining('accepts "/app/.."'),
    ]);
  });

  it('is quiet when the real schema refuses the walk', () => {
    const quiet = [
      // within next to the regex
      'constraints:\n  read_file:\n    path: { matches: "^/app/", within: ["/app"] }\n',
      // a regex with no dot allowed
      'constraints:\n  read_file:\n    path: "^/app/[a-z0-9_/]+$"\n',
      // the generate --heuristics shape: prefix pattern plus a `not` on ".." segments
      'schemas:\n  read_file:\n    type: object\n    properties:\n      path: { type: string, pattern: "^/data/", not: { pattern: "(^|/)\\\\.\\\\.(/|$)" } }\n',
      // not a path-like name
      'constraints:\n  http_get:\n    url: "^https://api\\\\.example\\\\.com/"\n',
      // no literal prefix to climb out of
      'constraints:\n  read_file:\n    path: "\\\\.txt$"\n',
      // within alone
      'constraints:\n  read_file:\n    path: { within: ["/app"] }\n',
    ];
    for (const body of quiet) expect(probe(`version: "2.0"\nallow: ["*"]\n${body}`), body).toEqual([]);
  });

  it('a policy without schemas probes nothing', () => {
    expect(probe('version: "2.0"\ndeny: ["exec*"]\n')).toEqual([]);
  });
});

describe('validate and doctor', () => {
  const REGEX = 'version: "2.0"\nallow: ["*"]\nconstraints:\n  - tool: read_file\n    params:\n      path:\n        matches: "^/app/.*"\n';
  const WITHIN = 'version: "2.0"\nallow: ["*"]\nconstraints:\n  - tool: read_file\n    params:\n      path:\n        within: ["/app"]\n';

  function dir(files: Record<string, string>): string {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'assay-'));
    for (const [p, t] of Object.entries(files)) fs.writeFileSync(path.join(d, p), t);
    return d;
  }

  it('validate warns (exit 0) on the regex and not on within', async () => {
    const d = dir({ 'regex.yaml': REGEX, 'within.yaml': WITHIN });
    const r = await validate({ config: { path: path.join(d, 'regex.yaml'), display: 'regex.yaml' }, traces: [] });
    expect(r.exitCode).toBe(0);
    expect(r.diagnostics.map((x) => [x.code, x.severity, x.file, x.line, x.col])).toEqual([['W_PATH_REGEX_TRAVERSAL', 'warning', 'regex.yaml', 7, 18]]);
    const w = await validate({ config: { path: path.join(d, 'within.yaml'), display: 'within.yaml' }, traces: [] });
    expect(w.diagnostics).toEqual([]);
  });

  it('doctor lists it as a check with the fix', async () => {
    const d = dir({ 'policy.yaml': REGEX });
    const r = await runDoctor({
      policy: { path: path.join(d, 'policy.yaml'), display: 'policy.yaml' },
      traces: [],
      nodeVersion: '20.19.0',
      reportsDir: { path: path.join(d, 'reports'), display: 'reports' },
      cacheDir: { path: path.join(d, 'cache'), display: 'cache' },
    });
    expect(r.exitCode).toBe(0);
    expect(r.diagnostics.map((x) => x.code)).toContain('W_PATH_REGEX_TRAVERSAL');
    const check = r.checks.find((c) => c.id === 'path_regex');
    expect(check).toMatchObject({ status: 'warn' });
    expect(check!.message).toMatch(/^policy\.yaml:7:18: regex "\^\/app\/\.\*" on read_file argument "path" accepts "\/app\/\.\.\/etc\/passwd"/);
    expect(check!.fix).toMatch(/within/);
  });
});
