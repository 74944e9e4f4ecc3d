// `assay migrate` on every legacy policy form/: the result is v2, decides every call of a
// test trace exactly as the original, and a second migrate changes nothing.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { decisionMismatches, migratePolicyText } from '../../../src/core/migrate/index.js';
import { parsePolicy, type Policy, type ToolCallInput } from '../../../src/core/policy/index.js';

const c = (tool_name: string, args: unknown = {}): ToolCallInput => ({ tool_name, args });

/** Entries (one session each) exercising allow, deny, schemas, unconstrained and sequences. */
const TRACE: ToolCallInput[][] = [
  [c('read_file', { path: '/data/a.json' }), c('read_file', { path: '/etc/passwd' }), c('read_file', {}), c('read_file', { path: 42 })],
  [c('http_get', { url: 'https://api.example.com/x' }), c('http_get', { url: 'http://evil' }), c('http_get', {})],
  [c('exec_cmd', { cmd: 'ls' }), c('shell', {}), c('unknown_tool', {}), c('search', { q: 'x' })],
  [c('transfer', { amount: 1 }), c('login', {}), c('transfer', { amount: 2 })],
  [c('search', {}), c('search', {}), c('search', {}), c('read_file', { path: '/data/b' })],
];

const FORMS: Record<string, { text: string; toV2?: boolean; constructs: string[] }> = {
  'version "1.0"': {
    text: 'version: "1.0"\ntools:\n  allow: ["read_file", "search"]\n  deny: ["exec*"]\n',
    constructs: ['version "1.0" → "2.0"'],
  },
  'version "1"': { text: 'version: "1"\nname: v1\ntools:\n  deny: ["shell"]\n', constructs: ['version "1" → "2.0"'] },
  'version 1 (a number)': { text: 'version: 1\ntools:\n  deny: ["shell"]\nenforcement:\n  unconstrained_tools: deny\n', constructs: ['version 1 → "2.0"'] },
  'tools.arg_constraints': {
    text: 'tools:\n  allow: ["read_file", "http_get"]\n  arg_constraints:\n    read_file:\n      type: object\n      properties:\n        path: {type: string, pattern: "^/data/"}\n      required: [path]\n',
    constructs: ['tools.arg_constraints → schemas'],
  },
  'tools.require_args': {
    text: 'version: "1.0"\ntools:\n  require_args:\n    http_get: [url]\n    read_file: [path]\n',
    constructs: ['version "1.0" → "2.0"', 'tools.require_args → schemas.<tool>.required'],
  },
  'arg_constraints and require_args on one tool (allOf)': {
    text: 'tools:\n  arg_constraints:\n    read_file: {type: object, properties: {path: {type: string, pattern: "^/data/"}}}\n  require_args:\n    read_file: [path]\n',
    constructs: ['tools.arg_constraints → schemas', 'tools.require_args → schemas.<tool>.required'],
  },
  'legacy v1 with root allow/deny and constraints (list form)': {
    text: [
      'version: "1.0"',
      'name: legacy',
      'allow: ["read_file", "http_*", "search", "login", "transfer"]',
      'deny: ["exec*", "shell"]',
      'tools:',
      '  deny: ["unknown_tool"]',
      '  require_args:',
      '    http_get: [url]',
      'constraints:',
      '  - tool: read_file',
      '    params:',
      '      path:',
      '        matches: "^/data/"',
      '  - tool: http_get',
      '    params:',
      '      url: {matches: "^https://api\\\\.example\\\\.com/"}',
      'sequences:',
      '  - type: before',
      '    first: login',
      '    then: transfer',
      '  - type: max_calls',
      '    tool: search',
      '    max: 2',
      'limits:',
      '  max_tool_calls_total: 3',
      'on_error: allow',
      '',
    ].join('\n'),
    constructs: ['version "1.0" → "2.0"', 'tools.require_args → schemas.<tool>.required', 'allow → tools.allow', 'deny → tools.deny', 'constraints → schemas'],
  },
  'legacy v1 with constraints (map form, both spellings)': {
    text: 'version: "1.0"\nconstraints:\n  read_file:\n    path: "^/data/"\n  http_get:\n    url: {matches: "^https://"}\n',
    constructs: ['version "1.0" → "2.0"', 'constraints → schemas'],
  },
  'legacy v1 with sequences, aliases, classes, $defs': {
    text: [
      'version: "1.0"',
      'tools:',
      '  allow_classes: [read]',
      '  deny_classes: [exec]',
      'tool_classes:',
      '  read_file: [read]',
      '  search: [read]',
      '  exec_cmd: [exec]',
      'schemas:',
      '  $defs:',
      '    p: {type: string, pattern: "^/data/"}',
      '  read_file: {type: object, properties: {path: {$ref: "#/$defs/p"}}}',
      'aliases:',
      '  readers: [read_file, search]',
      'sequences:',
      '  - type: require',
      '    tool: readers',
      '  - type: never_after',
      '    trigger: exec_cmd',
      '    forbidden: read_file',
      '',
    ].join('\n'),
    constructs: ['version "1.0" → "2.0"'],
  },
  'README short form with --to-v2': {
    text: 'version: "2.0"\nname: "mcp-default-gate"\nallow: ["*"]\ndeny: ["exec*", "shell*"]\nconstraints:\n  - tool: "read_file"\n    params:\n      path:\n        matches: "^/app/.*|^/data/.*"\n',
    toV2: true,
    constructs: ['allow → tools.allow', 'deny → tools.deny', 'constraints → schemas'],
  },
};

function load(text: string): Policy {
  return parsePolicy(text, 'policy.yaml').policy;
}

describe('migrate: every legacy policy form', () => {
  for (const [name, f] of Object.entries(FORMS)) {
    it(name, () => {
      const original = load(f.text);
      const m = migratePolicyText(f.text, 'policy.yaml', { toV2: f.toV2 === true });
      expect(m.changed).toBe(true);
      expect(m.constructs).toEqual(f.constructs);
      const doc = parse(m.migrated) as Record<string, unknown>;
      expect(doc.version).toBe('2.0');
      for (const k of ['allow', 'deny', 'constraints']) expect(doc).not.toHaveProperty(k);
      expect(doc.tools ?? {}).not.toHaveProperty('arg_constraints');
      expect(doc.tools ?? {}).not.toHaveProperty('require_args');
      const migrated = parsePolicy(m.migrated, 'policy.yaml');
      expect(migrated.policy.spelling).toEqual({ short: false, legacy: false });
      expect(migrated.diagnostics.map((d) => d.code)).toEqual([]);
      // Same decisions on the test trace, replay and incremental (explain/proxy).
      expect(decisionMismatches(original, migrated.policy, TRACE)).toEqual([]);
      expect(decisionMismatches(original, migrated.policy, TRACE, { incremental: true })).toEqual([]);
      // The trace really separates allow from deny under this policy (the comparison is not vacuous).
      const kinds = new Set(TRACE.flatMap((calls) => {
        const s = original.newSession();
        return calls.map((x) => s.decide(x).decision);
      }));
      expect(kinds.has('deny')).toBe(true);
      // Idempotent.
      const again = migratePolicyText(m.migrated, 'policy.yaml', { toV2: f.toV2 === true });
      expect(again.changed).toBe(false);
      expect(again.migrated).toBe(m.migrated);
    });
  }

  it('the README short form is left alone without --to-v2 (first-class, not legacy)', () => {
    const m = migratePolicyText(FORMS['README short form with --to-v2']!.text, 'policy.yaml');
    expect(m.changed).toBe(false);
    expect(m.migrated).toBe(m.original);
  });

  it('a v2 policy is clean; unknown root keys refuse it, or are kept with lenient; a broken policy is E_POLICY_PARSE', () => {
    expect(migratePolicyText('version: "2.0"\ntools:\n  deny: [x]\n', 'p.yaml').changed).toBe(false);
    // An unknown root key refuses the migration; with lenient it is a warning and is carried over.
    expect(() => migratePolicyText('version: "1.0"\ntools:\n  deny: [x]\nowner: team-a\n', 'p.yaml')).toThrow(/unknown key "owner"/);
    const m = migratePolicyText('version: "1.0"\ntools:\n  deny: [x]\nowner: team-a\n', 'p.yaml', { lenient: true });
    expect(parse(m.migrated)).toEqual({ version: '2.0', tools: { deny: ['x'] }, owner: 'team-a' });
    expect(() => migratePolicyText('tools:\n  alow: [x]\n', 'p.yaml')).toThrow(/unknown key "alow"/);
  });

  it('the equivalence check catches a policy that decides differently', () => {
    const a = load('tools:\n  deny: ["exec*"]\n');
    const b = load('tools:\n  deny: ["shell"]\n');
    expect(decisionMismatches(a, b, TRACE).length).toBeGreaterThan(0);
  });
});
