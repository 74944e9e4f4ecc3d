// `assay coverage`: inventory (names and patterns), rules exercised, violations and warnings
// from the one engine, high-risk gaps, thresholds, baselines, and every input shape.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { computeCoverage, coverageBaseline, loadCoverageBaseline, parseDeclaredTools, renderCoverage, type CoveragePolicy } from '../../../src/core/coverage/index.js';
import { parsePolicy } from '../../../src/core/policy/index.js';

const REPO = resolve(import.meta.dirname, '..', '..', '..');
const EXAMPLE_TRACE = { path: join(REPO, 'examples/traces/agent-run.jsonl'), display: 'examples/traces/agent-run.jsonl' };

function pol(text: string): CoveragePolicy {
  return { policy: parsePolicy(text, 'policy.yaml').policy, display: 'policy.yaml' };
}

function file(name: string, text: string): { path: string; display: string } {
  const d = mkdtempSync(join(tmpdir(), 'assay-'));
  mkdirSync(join(d, name, '..'), { recursive: true });
  writeFileSync(join(d, name), text);
  return { path: join(d, name), display: name };
}

const POLICY = pol(
  [
    'tools:',
    '  allow: ["read_file", "http_*", "authenticate", "transfer_funds", "list_dir", "*"]',
    '  deny: ["shell*", "exec"]',
    'schemas:',
    '  read_file: {type: object, properties: {path: {type: string, pattern: "^/data/"}}}',
    'sequences:',
    '  - type: before',
    '    first: authenticate',
    '    then: transfer_funds',
    '  - type: never_after',
    '    trigger: transfer_funds',
    '    forbidden: delete_account',
    '  - type: require',
    '    tool: audit_log',
    '',
  ].join('\n'),
);

describe('coverage', () => {
  it('the example trace against a policy: inventory, percentages, violations, warnings, gaps', async () => {
    const { report: r } = await computeCoverage({ policies: [POLICY], traces: [EXAMPLE_TRACE] });
    expect(r.tools.seen).toEqual(['authenticate', 'http_get', 'list_dir', 'read_file', 'shell_exec', 'transfer_funds']);
    // Exact names and non-universal patterns are items; "*" constrains nothing in particular.
    expect(r.tools.declared).toEqual(['audit_log', 'authenticate', 'delete_account', 'exec', 'http_*', 'list_dir', 'read_file', 'shell*', 'transfer_funds']);
    expect(r.tools.uncovered).toEqual(['audit_log', 'delete_account', 'exec']);
    expect(r.tools.unknown).toEqual([]);
    expect(r.tools.covered_pct).toBe(66.67);
    // The three rules are held or violated in some entry.
    expect(r.rules).toEqual({ total: 3, exercised: 3, exercised_pct: 100, not_exercised: [] });
    expect(r.overall_pct).toBe(83.33);
    // Denied calls and violated rules are violations; the unmet require is one per entry, at its policy line.
    expect(r.violations.map((f) => `${f.rule_id} ${f.location.uri}:${f.location.line} ${f.tool ?? '-'}`)).toEqual([
      'policy/E_ARG_SCHEMA examples/traces/agent-run.jsonl:10 read_file',
      'policy/E_SEQUENCE_VIOLATION examples/traces/agent-run.jsonl:13 transfer_funds',
      'policy/E_SEQUENCE_VIOLATION policy.yaml:13 -',
      'policy/E_SEQUENCE_VIOLATION policy.yaml:13 -',
      'policy/E_SEQUENCE_VIOLATION policy.yaml:13 -',
      'policy/E_SEQUENCE_VIOLATION policy.yaml:13 -',
      'policy/E_TOOL_DENIED examples/traces/agent-run.jsonl:7 shell_exec',
    ]);
    // Allowed tools without a schema are warnings (enforcement: warn by default).
    expect(r.warnings.map((f) => f.tool)).toEqual(['http_get', 'list_dir', 'transfer_funds', 'authenticate']);
    // Deny-listed or never_after-forbidden exact names never seen.
    expect(r.high_risk_gaps).toEqual(['delete_account', 'exec']);
    expect(r.exit_code).toBe(1);
  });

  it('a clean trace over a policy without gaps passes; --min-coverage fails below the bar', async () => {
    const p = pol('tools:\n  allow: ["read_file", "search"]\nsequences:\n  - type: require\n    tool: search\n  - type: before\n    first: search\n    then: book\n');
    const t = file('t.jsonl', '{"tool":"search","args":{}}\n{"tool":"read_file","args":{}}\n');
    const ok = await computeCoverage({ policies: [p], traces: [t] });
    // Items: read_file, search and book (named by the before rule, never called).
    expect([ok.report.tools.covered_pct, ok.report.rules.exercised_pct, ok.report.overall_pct]).toEqual([66.67, 50, 58.33]);
    expect(ok.report.tools.uncovered).toEqual(['book']);
    expect(ok.report.rules.not_exercised).toEqual(['before:search->book']);
    expect(ok.report.exit_code).toBe(0);
    const low = await computeCoverage({ policies: [p], traces: [t], minCoverage: 80 });
    expect([low.report.meets_threshold, low.report.exit_code]).toEqual([false, 1]);
    expect((await computeCoverage({ policies: [p], traces: [t], minCoverage: 58 })).report.exit_code).toBe(0);
  });

  it('no rules and no items count as 100%', async () => {
    const p = pol('tools:\n  allow: ["*"]\n  deny: ["x*"]\n');
    const r = (await computeCoverage({ policies: [p], traces: [file('t.jsonl', '{"tool":"a"}\n')] })).report;
    expect([r.tools.covered_pct, r.rules.exercised_pct]).toEqual([0, 100]);
    expect(r.tools.unknown).toEqual(['a']);
  });

  it('reads call-list documents, legacy call_tool events and CloudEvents decisions', async () => {
    const p = pol('tools:\n  allow: ["a", "b", "c"]\n');
    const list = file('calls.json', JSON.stringify({ calls: [{ name: 'a', arguments: {} }] }));
    const events = file(
      'events.jsonl',
      [
        '{"type":"call_tool","tool_name":"b","arguments":{}}',
        '{"specversion":"1.0","type":"assay.tool.decision","source":"urn:x","id":"1","data":{"tool":"c","decision":"allow"}}',
        '{"specversion":"1.0","type":"assay.tool.decision","source":"urn:x","id":"2","data":{"tool":"d","decision":"deny"}}',
      ].join('\n'),
    );
    const r = (await computeCoverage({ policies: [p], traces: [list, events] })).report;
    expect(r.tools.seen).toEqual(['a', 'b', 'c', 'd']);
    expect(r.violations.map((f) => [f.tool, f.rule_id, f.location.line])).toEqual([['d', 'policy/E_TOOL_NOT_ALLOWED', 3]]);
  });

  it('declared tools join the inventory; a trace without records is E_TRACE_INVALID', async () => {
    expect(parseDeclaredTools('# tools\nsearch\n\nbook\n')).toEqual(['search', 'book']);
    expect(parseDeclaredTools('["a","b"]')).toEqual(['a', 'b']);
    expect(parseDeclaredTools('{"tools":[{"name":"x"},{"name":"y"}]}')).toEqual(['x', 'y']);
    expect(parseDeclaredTools('{"result":{"tools":[{"name":"z"}]}}')).toEqual(['z']);
    const p = pol('tools:\n  allow: ["a"]\n');
    const r = (await computeCoverage({ policies: [p], traces: [file('t.jsonl', '{"tool":"a"}\n')], declared: ['never_called'] })).report;
    expect(r.tools.uncovered).toEqual(['never_called']);
    await expect(computeCoverage({ policies: [p], traces: [file('e.jsonl', '# nothing\n')] })).rejects.toMatchObject({ reasonCode: 'E_TRACE_INVALID' });
  });

  it('baseline: export, read back, a drop is a regression', async () => {
    const p = pol('tools:\n  allow: ["a", "b"]\n');
    const both = (await computeCoverage({ policies: [p], traces: [file('t.jsonl', '{"tool":"a"}\n{"tool":"b"}\n')] })).report;
    const b = file('baseline.json', coverageBaseline(both, { createdAt: '1970-01-01T00:00:00Z', fingerprint: 'sha256:00' }));
    const loaded = loadCoverageBaseline(b.path, b.display).baseline;
    expect(loaded.suite).toBe('coverage');
    expect(loaded.entries.map((e) => [e.metric, e.score])).toEqual([
      ['overall', 1],
      ['rule', 1],
      ['tool', 1],
    ]);
    const one = await computeCoverage({ policies: [p], traces: [file('t.jsonl', '{"tool":"a"}\n')], baseline: loaded, baselineDisplay: 'baseline.json' });
    expect(one.report.baseline?.regressions).toEqual([
      { metric: 'overall', baseline_pct: 100, current_pct: 75 },
      { metric: 'tool', baseline_pct: 100, current_pct: 50 },
    ]);
    expect(one.report.exit_code).toBe(1);
    expect(() => loadCoverageBaseline(join(b.path, '..', 'missing.json'), 'missing.json')).toThrow(/cannot read baseline/);
  });

  it('renders text, JSON, Markdown and GitHub workflow commands (escaped)', async () => {
    const p = pol('tools:\n  deny: ["bad*"]\n');
    const r = (await computeCoverage({ policies: [p], traces: [file('t.jsonl', '{"tool":"bad,one%\\n::x"}\n')], declared: ['other'], minCoverage: 100 })).report;
    expect(JSON.parse(renderCoverage(r, 'json')).schema).toBe('assay.coverage_report.v1');
    expect(renderCoverage(r, 'text')).toContain('Minimum coverage: 100.00% — not met');
    expect(r.overall_pct).toBe(75);
    expect(renderCoverage(r, 'markdown')).toContain('## Assay coverage');
    const gh = renderCoverage(r, 'github').split('\n');
    expect(gh[0]).toMatch(/^::error file=t\.jsonl,line=1,title=policy\/E_TOOL_DENIED::Tool 'bad,one%25%0A::x' denied/);
    expect(gh.filter((l) => l.startsWith('::')).length).toBe(gh.length - 1);
  });
});
