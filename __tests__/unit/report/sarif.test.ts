import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { Ajv, type ValidateFunction } from 'ajv';
import formatsModule from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { finalizeFindings, type Finding } from '../../../src/core/report/finding.js';
import {
  buildSarif,
  compareForSarif,
  largestFittingPrefix,
  pathToUri,
  SARIF_SCHEMA_URI,
  type SarifInput,
} from '../../../src/core/report/sarif.js';
import { configDraft, manyDrafts, noteDraft, policyDraft, testDraft, unstableDraft } from './_fixtures.js';

// The official SARIF 2.1.0 schema as shipped by @microsoft/jest-sarif (sarif-2.1.0-rtm.5.json, the
// schema of the OASIS 2.1.0 release). It is written in draft-04: the root `id` becomes `$id` for ajv 8, and
// its `language` pattern (an unbalanced `]`) only compiles without the `u` flag.
let validate: ValidateFunction;
beforeAll(() => {
  const require = createRequire(import.meta.url);
  const schema = JSON.parse(
    readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'),
  ) as Record<string, unknown>;
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  const addFormats = ((formatsModule as unknown as { default?: unknown }).default ?? formatsModule) as (a: Ajv) => Ajv;
  addFormats(ajv);
  validate = ajv.compile(schema);
});

function expectSchemaValid(text: string): void {
  const ok = validate(JSON.parse(text));
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }>;
  relatedLocations?: Array<{ id: number; message: { text: string } }>;
  partialFingerprints: Record<string, string>;
  baselineState?: string;
  properties: Record<string, unknown>;
}
interface SarifRun {
  tool: { driver: { name: string; version: string; semanticVersion: string; rules: Array<Record<string, any>> } };
  automationDetails: { id: string };
  invocations: Array<{ executionSuccessful: boolean; exitCode: number; toolExecutionNotifications?: any[] }>;
  results: SarifResult[];
  properties?: { assay: { truncated: boolean; omitted_count: number } };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: SarifRun[];
}

const parse = (text: string): SarifLog => JSON.parse(text) as SarifLog;

function sampleFindings(): Finding[] {
  return finalizeFindings([
    policyDraft(),
    testDraft(),
    unstableDraft({ baseline_state: 'new' }),
    configDraft({ baseline_state: 'unchanged' }),
    noteDraft(),
    policyDraft({
      rule_id: 'policy/E_TOOL_UNCONSTRAINED',
      level: 'warning',
      message: 'tool has no argument schema',
      subject: 'k2',
      entry_key: '',
      test_id: undefined,
      tool: 'fs.read',
      related: undefined,
    }),
  ]);
}

function sampleInput(): SarifInput {
  return {
    version: '1.0.0',
    runs: [
      { category: 'assay', kind: 'gate', findings: sampleFindings(), exitCode: 1 },
      {
        category: 'assay',
        kind: 'validate',
        findings: finalizeFindings([configDraft({ rule_id: 'config/E_CFG_PARSE', level: 'error', detail: 'E_CFG_PARSE|tests' })]),
        exitCode: 2,
      },
      { category: 'assay', kind: 'evidence', findings: [], exitCode: 0, driverName: 'assay-evidence-lint' },
    ],
  };
}

describe('buildSarif: document shape', () => {
  const out = buildSarif(sampleInput());
  const log = parse(out.text);

  it('validates against the SARIF 2.1.0 JSON Schema', () => {
    expectSchemaValid(out.text);
  });

  it('is pretty JSON with 2 spaces and a final newline, same as JSON.stringify', () => {
    expect(out.text).toBe(JSON.stringify(JSON.parse(out.text), null, 2) + '\n');
    expect(Object.keys(log)).toEqual(['$schema', 'version', 'runs']);
    expect(log.$schema).toBe(SARIF_SCHEMA_URI);
    expect(log.version).toBe('2.1.0');
  });

  it('writes one run per category with automationDetails ids and an empty run kept', () => {
    expect(log.runs.map((r) => r.automationDetails.id)).toEqual(['assay/gate/', 'assay/validate/', 'assay/evidence/']);
    expect(Object.keys(log.runs[0]!)).toEqual(['tool', 'automationDetails', 'invocations', 'results']);
    expect(log.runs[2]!.results).toEqual([]);
    expect(log.runs[2]!.tool.driver.rules).toEqual([]);
    expect(log.runs[2]!.tool.driver.name).toBe('assay-evidence-lint');
  });

  it('fills the driver and invocations', () => {
    const d = log.runs[0]!.tool.driver;
    expect(Object.keys(d)).toEqual(['name', 'version', 'semanticVersion', 'rules']);
    expect(d.name).toBe('assay');
    expect(d.version).toBe('1.0.0');
    expect(d.semanticVersion).toBe('1.0.0');
    expect(log.runs.map((r) => r.invocations)).toEqual([
      [{ executionSuccessful: true, exitCode: 1 }],
      [{ executionSuccessful: false, exitCode: 2 }],
      [{ executionSuccessful: true, exitCode: 0 }],
    ]);
    expect(out.omitted).toBe(0);
    expect(out.omittedPerRun).toEqual([0, 0, 0]);
  });

  it('lists one rule per rule id that produced a result, with consistent ruleIndex', () => {
    for (const run of log.runs) {
      const ids = run.tool.driver.rules.map((r) => r.id as string);
      expect(new Set(ids).size).toBe(ids.length);
      expect([...new Set(run.results.map((r) => r.ruleId))].sort()).toEqual([...ids].sort());
      for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    }
  });

  it('describes rules from the catalog', () => {
    const rules = log.runs[0]!.tool.driver.rules;
    const denied = rules.find((r) => r.id === 'policy/E_TOOL_DENIED')!;
    expect(denied).toEqual({
      id: 'policy/E_TOOL_DENIED',
      name: 'ToolDenied',
      shortDescription: { text: 'Tool call matches a deny rule' },
      fullDescription: {
        text: 'The agent called a tool that the policy denies by name pattern or class. Deny rules win over allow rules.',
      },
      help: {
        text: "Remove the call from the agent's plan or change tools.deny in the policy.",
        markdown: 'Remove the call, or change `tools.deny` in the policy.',
      },
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['security', 'mcp', 'policy'], 'security-severity': '8.0', precision: 'high' },
    });
    const byId = new Map(rules.map((r) => [r.id as string, r]));
    expect(byId.get('test/tool_blocklist')!.name).toBe('TestToolBlocklist');
    expect(byId.get('test/tool_blocklist')!.properties).toEqual({
      tags: ['assay', 'test'],
      'security-severity': '5.0',
      precision: 'high',
    });
    expect(byId.get('test/unstable')!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(byId.get('config/W_POLICY_EMPTY_ALLOW')!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(byId.get('config/W_POLICY_EMPTY_ALLOW')!.properties['security-severity']).toBe('3.0');
    expect(byId.get('policy/W_RULE_NOT_EXERCISED')!.properties['security-severity']).toBe('1.0');
    expect(byId.get('policy/E_TOOL_UNCONSTRAINED')!.properties['security-severity']).toBe('4.0');
    const cfg = log.runs[1]!.tool.driver.rules[0]!;
    expect(cfg.id).toBe('config/E_CFG_PARSE');
    expect(cfg.defaultConfiguration).toEqual({ level: 'error' });
    expect(cfg.properties['security-severity']).toBe('6.0');
    for (const run of log.runs) {
      for (const r of run.tool.driver.rules) {
        expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]{0,254}$/);
        expect(r.properties.tags.length).toBeLessThanOrEqual(10);
      }
    }
  });

  it('writes results with subject-prefixed messages, one location, fingerprints and properties', () => {
    const results = log.runs[0]!.results;
    const denied = results.find((r) => r.ruleId === 'policy/E_TOOL_DENIED')!;
    const finding = sampleFindings().find((f) => f.rule_id === 'policy/E_TOOL_DENIED')!;
    expect(denied).toEqual({
      ruleId: 'policy/E_TOOL_DENIED',
      ruleIndex: denied.ruleIndex,
      level: 'error',
      message: { text: "no_shell: Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1)" },
      locations: [
        { physicalLocation: { artifactLocation: { uri: 'traces/run.jsonl' }, region: { startLine: 12, startColumn: 1 } } },
      ],
      relatedLocations: [
        {
          id: 1,
          message: { text: 'deny pattern' },
          physicalLocation: { artifactLocation: { uri: 'policies/mcp.yaml' }, region: { startLine: 6, startColumn: 7 } },
        },
      ],
      partialFingerprints: { 'assayFinding/v1': finding.fingerprint.slice('sha256:'.length) },
      properties: {
        source: 'policy',
        test_id: 'no_shell',
        tool: 'shell.exec',
        call_index: 1,
        policy_rule: 'tools.deny[0]=shell.*',
      },
    });
    expect(denied.partialFingerprints['assayFinding/v1']).toMatch(/^[0-9a-f]{64}$/);
    // Subject falls back to the entry key, then the file.
    const unconstrained = results.find((r) => r.ruleId === 'policy/E_TOOL_UNCONSTRAINED')!;
    expect(unconstrained.message.text).toBe('traces/run.jsonl: tool has no argument schema');
    const cfg = results.find((r) => r.ruleId === 'config/W_POLICY_EMPTY_ALLOW')!;
    expect(cfg.message.text).toBe('policies/mcp.yaml: tools.allow is empty: every tool is denied');
    expect(cfg.baselineState).toBe('unchanged');
    expect(results.find((r) => r.ruleId === 'test/unstable')!.baselineState).toBe('new');
  });

  it('orders results by level, new before unchanged, rule id, uri, line', () => {
    const levels = log.runs[0]!.results.map((r) => r.level);
    expect(levels).toEqual([...levels].sort((a, b) => ['error', 'warning', 'note'].indexOf(a) - ['error', 'warning', 'note'].indexOf(b)));
    // test/unstable (new) comes before config/W_POLICY_EMPTY_ALLOW (unchanged) despite its rule id.
    const warnings = log.runs[0]!.results.filter((r) => r.level === 'warning').map((r) => r.ruleId);
    expect(warnings).toEqual(['test/unstable', 'config/W_POLICY_EMPTY_ALLOW', 'policy/E_TOOL_UNCONSTRAINED']);
  });

  it('is byte-identical for the same input and independent of finding order', () => {
    const again = buildSarif(sampleInput());
    expect(again.text).toBe(out.text);
    const shuffled = sampleInput();
    shuffled.runs = shuffled.runs.map((r) => ({ ...r, findings: [...r.findings].reverse() }));
    expect(buildSarif(shuffled).text).toBe(out.text);
  });
});

describe('buildSarif: render safety and limits', () => {
  it('makes messages render-safe and bounds them to 256 + (truncated)', () => {
    const findings = finalizeFindings([
      testDraft({
        message: `\x1b]8;;https://evil\x07click\x1b]8;;\x07 token=abcd1234efgh ${'x'.repeat(600)}`,
        related: [{ uri: 'traces/run.jsonl', line: 3, col: 1, message: `\u202E${'y'.repeat(400)}` }],
      }),
    ]);
    const out = buildSarif({ version: '1.0.0', runs: [{ category: 'assay', kind: 'gate', findings, exitCode: 1 }] });
    expectSchemaValid(out.text);
    const r = parse(out.text).runs[0]!.results[0]!;
    expect(r.message.text.startsWith('no_shell: \uFFFDclick\uFFFD token=<redacted:credential-assignment> xxx')).toBe(true);
    expect(r.message.text.endsWith('(truncated)')).toBe(true);
    expect([...r.message.text].length).toBe(256 + '(truncated)'.length);
    expect(r.relatedLocations![0]!.message.text).toBe(`\uFFFD${'y'.repeat(255)}(truncated)`);
  });

  it('percent-encodes artifact URIs per path segment and clamps regions to 1', () => {
    expect(pathToUri('traces/my run#1.jsonl')).toBe('traces/my%20run%231.jsonl');
    expect(pathToUri('dir/ü.yaml')).toBe('dir/%C3%BC.yaml');
    const findings = finalizeFindings([testDraft({ location: { uri: 'a b/c%.yaml', line: 0, col: 0 } })]);
    const out = buildSarif({ version: '1.0.0', runs: [{ category: 'c', kind: 'gate', findings, exitCode: 0 }] });
    expectSchemaValid(out.text);
    const loc = parse(out.text).runs[0]!.results[0]!.locations[0]!.physicalLocation;
    expect(loc).toEqual({ artifactLocation: { uri: 'a%20b/c%25.yaml' }, region: { startLine: 1, startColumn: 1 } });
  });

  it('caps related locations at 10 with ids 1..10', () => {
    const related = Array.from({ length: 12 }, (_, i) => ({ uri: 't.jsonl', line: i + 1, col: 1, message: `call #${i}` }));
    // Findings built by other code paths may not have gone through finalizeFindings.
    const [base] = finalizeFindings([testDraft()]);
    const out = buildSarif({
      version: '1.0.0',
      runs: [{ category: 'assay', kind: 'gate', findings: [{ ...base!, related }], exitCode: 1 }],
    });
    expect(parse(out.text).runs[0]!.results[0]!.relatedLocations!.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('passes extra notifications through', () => {
    const out = buildSarif({
      version: '1.0.0',
      runs: [
        {
          category: 'assay',
          kind: 'gate',
          findings: [],
          exitCode: 3,
          notifications: [{ id: 'W_TRACE_SKIPPED_LINE', level: 'warning', message: 'skipped \x1b[2Kline' }],
        },
      ],
    });
    expectSchemaValid(out.text);
    expect(parse(out.text).runs[0]!.invocations).toEqual([
      {
        executionSuccessful: false,
        exitCode: 3,
        toolExecutionNotifications: [
          { descriptor: { id: 'W_TRACE_SKIPPED_LINE' }, level: 'warning', message: { text: 'skipped \uFFFDline' } },
        ],
      },
    ]);
  });

  it('never alters the test id subject, but sanitises entry keys and messages', () => {
    const findings = finalizeFindings([
      testDraft({ test_id: 'owner@example.com', message: 'mail owner@example.com' }),
      policyDraft({ test_id: undefined, entry_key: 'prompt with a.b@example.com', subject: 'p2' }),
    ]);
    const out = buildSarif({ version: '1.0.0', runs: [{ category: 'assay', kind: 'gate', findings, exitCode: 1 }] });
    const texts = parse(out.text).runs[0]!.results.map((r) => r.message.text).sort();
    expect(texts).toEqual([
      "prompt with <redacted:email>: Tool 'shell.exec' denied by tools.deny[0]=shell.* (call #1)",
      'owner@example.com: mail <redacted:email>',
    ].sort());
  });

  it('adds per-result extras from the decorate hook', () => {
    const findings = finalizeFindings([testDraft()]);
    const out = buildSarif({
      version: '1.0.0',
      runs: [
        {
          category: 'assay',
          kind: 'evidence',
          driverName: 'assay-evidence-lint',
          findings,
          exitCode: 0,
          decorate: () => ({
            partialFingerprints: { 'assayLintFingerprint/v1': 'abc', primaryLocationLineHash: 'def:1' },
            logicalLocations: [{ name: 'seq:12' }],
            properties: { member: 'events.ndjson', line: 12 },
          }),
        },
      ],
    });
    expectSchemaValid(out.text);
    const r = parse(out.text).runs[0]!.results[0]! as SarifResult & { locations: Array<Record<string, unknown>> };
    expect(Object.keys(r.partialFingerprints)).toEqual(['assayFinding/v1', 'assayLintFingerprint/v1', 'primaryLocationLineHash']);
    expect(r.locations[0]!.logicalLocations).toEqual([{ name: 'seq:12' }]);
    expect(r.properties).toMatchObject({ source: 'test', test_id: 'no_shell', member: 'events.ndjson', line: 12 });
  });

  it('refuses duplicate categories and more than 20 runs', () => {
    expect(() =>
      buildSarif({
        version: '1',
        runs: [
          { category: 'a', kind: 'gate', findings: [], exitCode: 0 },
          { category: 'a', kind: 'gate', findings: [], exitCode: 0 },
        ],
      }),
    ).toThrow(/duplicate/);
    expect(() =>
      buildSarif({
        version: '1',
        runs: Array.from({ length: 21 }, (_, i) => ({ category: `c${i}`, kind: 'gate' as const, findings: [], exitCode: 0 })),
      }),
    ).toThrow(/at most 20/);
  });
});

describe('buildSarif: truncation', () => {
  it('keeps 25,000 results per run out of 100,000 findings and records what was omitted', () => {
    const findings = finalizeFindings(manyDrafts(100_000));
    const gate = findings.slice(0, 60_000);
    const validateRun = findings.slice(60_000);
    const out = buildSarif({
      version: '1.0.0',
      runs: [
        { category: 'assay', kind: 'gate', findings: gate, exitCode: 1 },
        { category: 'assay', kind: 'validate', findings: validateRun, exitCode: 1 },
      ],
    });
    expect(out.keptPerRun).toEqual([25_000, 25_000]);
    expect(out.omittedPerRun).toEqual([35_000, 15_000]);
    expect(out.omitted).toBe(50_000);
    expect(gzipSync(out.text, { level: 6 }).length).toBeLessThanOrEqual(9_500_000);

    const log = parse(out.text);
    expect(log.runs.map((r) => r.results.length)).toEqual([25_000, 25_000]);
    expect(log.runs.map((r) => r.properties)).toEqual([
      { assay: { truncated: true, omitted_count: 35_000 } },
      { assay: { truncated: true, omitted_count: 15_000 } },
    ]);
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications).toEqual([
      {
        descriptor: { id: 'ASSAY-SARIF-TRUNCATED' },
        level: 'warning',
        message: { text: '35000 results omitted to fit GitHub code scanning limits; all findings are in run.json' },
      },
    ]);
    // The kept results are the highest-ranked ones of each run.
    for (const [i, run] of [gate, validateRun].entries()) {
      const ranked = [...run].sort(compareForSarif).slice(0, 25_000);
      const keptFps = log.runs[i]!.results.map((r) => r.partialFingerprints['assayFinding/v1']);
      expect(keptFps).toEqual(ranked.map((f) => f.fingerprint.slice(7)));
    }
    // Severity first: the gate run has more than 25,000 errors? Then no warning may be kept.
    const gateErrors = gate.filter((f) => f.level === 'error').length;
    const keptLevels = new Set(log.runs[0]!.results.map((r) => r.level));
    if (gateErrors >= 25_000) expect(keptLevels).toEqual(new Set(['error']));
    else expect(keptLevels.has('error')).toBe(true);
    expectSchemaValid(out.text);
  });

  it('puts new findings before unchanged ones when cutting', () => {
    const findings = finalizeFindings(
      Array.from({ length: 6 }, (_, i) =>
        policyDraft({ subject: `s${i}`, baseline_state: i % 2 === 0 ? 'unchanged' : 'new' }),
      ),
    );
    const out = buildSarif({
      version: '1.0.0',
      maxResultsPerRun: 3,
      runs: [{ category: 'assay', kind: 'gate', findings, exitCode: 1 }],
    });
    const kept = parse(out.text).runs[0]!.results;
    expect(kept.map((r) => r.baselineState)).toEqual(['new', 'new', 'new']);
    expect(out.omitted).toBe(3);
  });

  it('drops the lowest-ranked results across runs until the gzip fits the budget', () => {
    const findings = finalizeFindings(manyDrafts(1_200, { messageLength: 250, related: 3 }));
    const runs = [
      { category: 'assay', kind: 'gate' as const, findings: findings.slice(0, 700), exitCode: 1 },
      { category: 'assay', kind: 'evidence' as const, findings: findings.slice(700), exitCode: 0 },
    ];
    const full = buildSarif({ version: '1.0.0', runs });
    const fullGzip = gzipSync(full.text, { level: 6 }).length;
    const budget = Math.floor(fullGzip / 3);
    const out = buildSarif({ version: '1.0.0', runs, maxGzipBytes: budget });
    const size = gzipSync(out.text, { level: 6 }).length;
    expect(size).toBeLessThanOrEqual(budget);
    // One result is ~1 kB gzipped here, so a maximal cut lands within a few results of the budget.
    expect(size).toBeGreaterThan(budget - 5_000);
    expect(out.omitted).toBe(1_200 - out.keptPerRun[0]! - out.keptPerRun[1]!);
    expect(out.omitted).toBeGreaterThan(0);
    expectSchemaValid(out.text);

    // Kept = a prefix of the global ranking: every kept result ranks before every dropped one.
    const log = parse(out.text);
    const keptFps = new Set(log.runs.flatMap((r) => r.results.map((x) => `sha256:${x.partialFingerprints['assayFinding/v1']}`)));
    const global = runs
      .flatMap((r, run) => r.findings.map((f) => ({ f, run })))
      .sort((a, b) => compareForSarif(a.f, b.f) || a.run - b.run);
    const firstDropped = global.findIndex((g) => !keptFps.has(g.f.fingerprint));
    expect(firstDropped).toBe(keptFps.size);
    expect(global.slice(firstDropped).every((g) => !keptFps.has(g.f.fingerprint))).toBe(true);

    // Rules exist only for rules with a kept result; ruleIndex stays consistent.
    for (const run of log.runs) {
      const ids = run.tool.driver.rules.map((r) => r.id as string);
      expect([...new Set(run.results.map((r) => r.ruleId))].sort()).toEqual([...ids].sort());
      for (const r of run.results) expect(ids[r.ruleIndex]).toBe(r.ruleId);
      if (run.results.length < (run === log.runs[0] ? 700 : 500)) {
        expect(run.properties!.assay.truncated).toBe(true);
      }
    }
    expect(buildSarif({ version: '1.0.0', runs, maxGzipBytes: budget }).text).toBe(out.text);
  });

  it('fits GitHub’s 9.5 MB gzip budget with large, poorly compressible messages', () => {
    const findings = finalizeFindings(manyDrafts(5_000, { messageLength: 300, related: 10 }));
    const out = buildSarif({ version: '1.0.0', runs: [{ category: 'assay', kind: 'gate', findings, exitCode: 1 }] });
    const size = gzipSync(out.text, { level: 6 }).length;
    expect(size).toBeLessThanOrEqual(9_500_000);
    expect(size).toBeGreaterThan(9_500_000 - 20_000);
    expect(out.omitted).toBeGreaterThan(0);
    expect(out.omitted + out.keptPerRun[0]!).toBe(5_000);
    expect(parse(out.text).runs[0]!.properties).toEqual({ assay: { truncated: true, omitted_count: out.omitted } });
  });
});

describe('largestFittingPrefix', () => {
  function check(n: number, size: (k: number) => number, budget: number): number {
    let probes = 0;
    const got = largestFittingPrefix(
      n,
      (k) => {
        probes++;
        return size(k);
      },
      budget,
      size(n),
    );
    let want = 0;
    for (let k = 0; k < n; k++) if (size(k) <= budget) want = k;
    expect(got).toBe(want);
    return probes;
  }

  it('finds the largest fitting prefix for linear, convex, concave and stepped sizes', () => {
    const n = 5_000;
    const shapes: Array<(k: number) => number> = [
      (k) => 1_000 + 37 * k,
      (k) => 1_000 + k * k,
      (k) => 1_000 + Math.floor(4_000 * Math.sqrt(k)),
      (k) => 1_000 + 500 * Math.floor(k / 100),
      (k) => 1_000 + 10 * k + ((k * 7919) % 13),
    ];
    for (const size of shapes) {
      for (const frac of [0.001, 0.2, 0.5, 0.77, 0.999]) {
        const budget = Math.floor(size(0) + (size(n) - size(0)) * frac);
        const probes = check(n, size, budget);
        expect(probes).toBeLessThanOrEqual(Math.ceil(Math.log2(n)) + 5);
      }
    }
  });

  it('needs few probes when the size is close to linear', () => {
    const probes = check(50_000, (k) => 5_000 + 2_200 * k + ((k * 2654435761) % 97), 9_500_000);
    expect(probes).toBeLessThanOrEqual(6);
  });
});
