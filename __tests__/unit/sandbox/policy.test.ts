import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/core/errors.js';
import { builtinMinimalPolicy, parseSandboxPolicy } from '../../../src/core/sandbox/policy.js';

function errorOf(text: string): ConfigError {
  try {
    parseSandboxPolicy(text, 'p.yaml');
  } catch (e) {
    if (e instanceof ConfigError) return e;
    throw e;
  }
  throw new Error('expected a ConfigError');
}

describe('sandbox policy', () => {
  it('reads every section', () => {
    const p = parseSandboxPolicy(
      'api_version: "assay/v1"\nextends: []\nfs:\n  allow: ["${CWD}/out"]\n  read: [/opt/x]\n  deny: ["~/.ssh"]\nnet:\n  allow: ["443", 8443]\n  bind: []\nscopes: {signal: false}\nenv: {allow: [MY_MODE]}\n',
      'p.yaml',
    );
    expect(p.fs).toEqual({ allow: ['${CWD}/out'], read: ['/opt/x'], deny: ['~/.ssh'] });
    expect(p.net).toEqual({ allow: ['443', '8443'], deny: [], bind: [] });
    expect(p.scopes).toEqual({ signal: false, abstractUnixSocket: true });
    expect(p.env.allow).toEqual(['MY_MODE']);
    expect(p.converted).toBe(false);
  });

  it('absent net.bind means bind is not restricted', () => {
    expect(parseSandboxPolicy('fs: {}\n', 'p.yaml').net.bind).toBeUndefined();
  });

  it('unknown keys are errors with position and a suggestion', () => {
    const e = errorOf('fs:\n  alow: [/tmp]\n');
    expect(e.reasonCode).toBe('E_POLICY_LOAD_FAILED_UNENFORCEABLE');
    expect(e.diagnostics[0]).toMatchObject({ line: 2, col: 3 });
    expect(e.message).toContain('did you mean "allow"');
  });

  it('globs, non-empty extends, a wrong api_version and a non-boolean scope are errors', () => {
    expect(errorOf('fs:\n  read: ["/home/*"]\n').message).toContain('glob');
    expect(errorOf('extends: [base.yaml]\n').message).toContain('extends must be empty');
    expect(errorOf('api_version: "assay/v2"\n').message).toContain('api_version');
    expect(errorOf('scopes: {signal: "yes"}\n').message).toContain('true or false');
  });

  it('duplicate keys are errors', () => {
    expect(errorOf('fs:\n  allow: [/a]\n  allow: [/b]\n').reasonCode).toBe('E_POLICY_LOAD_FAILED_UNENFORCEABLE');
  });

  it('the built-in policy denies the usual secrets and grants nothing', () => {
    const b = builtinMinimalPolicy();
    expect(b.fs.allow).toEqual([]);
    expect(b.fs.deny).toContain('~/.ssh');
    expect(b.fs.deny).toContain('/etc/shadow');
  });

  it('a record/generate document is converted: files granted as seen, ports from destinations, needs_review not granted', () => {
    const p = parseSandboxPolicy(
      [
        '_meta: {name: demo, generated_at: "2026-01-01T00:00:00Z"}',
        'files:',
        '  allow: [/ws/in/a.txt, {pattern: /ws/in/b.txt, count: 2, access: read}, {pattern: /ws/out/new.txt, access: create}, "/data/**"]',
        '  needs_review: [/ws/in/3f9a8c7d6e5b4a3f2e1d0c9b8a7f6e5d.bin]',
        '  deny: [/ws/in/secret]',
        'network:',
        '  allow_destinations: ["127.0.0.1:41234", "unix:/run/x.sock"]',
        'processes:',
        '  allow: [/usr/bin/git]',
      ].join('\n'),
      'rec.yaml',
    );
    expect(p.converted).toBe(true);
    expect(p.fs.allow).toEqual(['/ws/in/a.txt', '/ws/out']);
    expect(p.fs.read).toEqual(['/data', '/usr/bin/git', '/ws/in/b.txt']);
    expect(p.fs.deny).toEqual(['/ws/in/secret']);
    expect(p.net.allow).toEqual(['41234']);
    expect(p.notes.join('\n')).toContain('needs_review');
  });
});
