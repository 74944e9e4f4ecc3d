// built-in rules, packs (format, digest, checks), fingerprints, truncation, fail-on, formats.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBundle, type EventInput } from '../../../src/core/evidence/writer.js';
import { lintBundleBytes, lintGates, builtinFingerprint } from '../../../src/core/evidence/lint/engine.js';
import { parsePack } from '../../../src/core/evidence/lint/pack.js';
import { loadPack, loadPacks } from '../../../src/core/evidence/lint/load.js';
import { BUILTIN_PACKS } from '../../../src/core/evidence/packs/index.js';
import { explainRule } from '../../../src/core/evidence/lint/explain.js';
import { lintJson, lintSarif, lintText } from '../../../src/core/evidence/lint/report.js';
import { globMatch, getPointer } from '../../../src/core/evidence/lint/match.js';
import { ConfigError } from '../../../src/core/errors.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import { lintBundleFile } from '../../../src/core/evidence/index.js';
import { demoEvents, manyEvents } from './helpers.js';

const builtin = (name: string) => parsePack(BUILTIN_PACKS[name]!, name, { builtin: true });
const CICD = builtin('cicd-starter');
const EU = builtin('eu-ai-act-baseline');
const SOC2 = builtin('soc2-baseline');

function withEvents(mod: (e: EventInput, i: number) => EventInput, n = 2): Uint8Array {
  const base = n === 2 ? demoEvents() : manyEvents(n);
  return buildBundle(base.map(mod)).archive;
}

const ids = (r: { findings: Array<{ rule_id: string }> }) => r.findings.map((f) => f.rule_id);

describe('built-in rules', () => {
  it('W001/W003 name the first secret marker; W002 on PII subjects; I001 once, global', async () => {
    const bytes = withEvents((e, i) => ({
      ...e,
      ...(i === 1 ? { subject: 'GET /x?Token=abc&password=x', assaypii: true } : {}),
      source: 'assay:cli',
    }));
    const r = await lintBundleBytes(bytes, { packs: [] });
    expect(r.findings.map((f) => [f.rule_id, f.location?.seq ?? null, f.message])).toEqual([
      ['ASSAY-W001', 1, 'Subject contains a secret marker ("token=")'],
      ['ASSAY-W002', 1, 'Event is flagged as containing PII (assaypii: true) but has a non-empty subject'],
      ['ASSAY-W003', 1, 'Subject contains a secret marker ("token=") but assaysecrets is false'],
      ['ASSAY-I001', null, 'Event source is neither a urn: nor an https:// URI'],
    ]);
    expect(r.findings[0]!.location).toEqual({ seq: 1, line: 2, event_type: 'assay.tool.decision' });
    // Messages never quote the subject.
    expect(JSON.stringify(r.findings)).not.toContain('abc');
  });

  it('W003 does not fire when assaysecrets is true', async () => {
    const r = await lintBundleBytes(withEvents((e) => ({ ...e, subject: 'ghp_x', assaysecrets: true })), { packs: [] });
    expect(ids(r)).toEqual(['ASSAY-W001', 'ASSAY-W001']);
  });

  it('W004: bindable denial markers need a digest-bound deny record; W005 approval view', async () => {
    const marker = (tool: string, digest: string, v: 0 | 1 = 0) => ({
      schema: `assay.denied_call_observation.v${v}`,
      caller_visible_error: { code: v === 0 ? -32042 : -31999, origin: 'assay-proxy' },
      call: { tool_name: tool, target_digest: digest },
    });
    const decision = (tool: string, digest: string, d: string, view?: string) => ({
      schema: 'assay.enforcement_decision.v0',
      tool: { name: tool },
      action: { target_digest: digest },
      decision: d,
      ...(view !== undefined ? { approval_retained_view: view } : {}),
    });
    const datas = [
      marker('a', 'd1'), // backed by a deny below
      marker('b', 'd2', 1), // contradicted by an allow
      marker('c', 'd3'), // nothing
      { ...marker('e', 'd4', 1), caller_visible_error: { code: -32042, origin: 'assay-proxy' } }, // v1 with -32042: not a marker
      decision('a', 'd1', 'deny', 'structured_meta_jcs'),
      decision('b', 'd2', 'allow', 'raw'),
    ];
    const evs = manyEvents(datas.length).map((e, i) => ({ ...e, data: datas[i] }));
    const r = await lintBundleBytes(buildBundle(evs).archive, { packs: [] });
    expect(r.findings.map((f) => [f.rule_id, f.location!.seq, f.message])).toEqual([
      ['ASSAY-W004', 1, 'Denial marker is contradicted by a digest-bound allow record'],
      ['ASSAY-W004', 2, 'Denial marker is not backed by a digest-bound assay.enforcement_decision.v0 deny record'],
      ['ASSAY-W005', 5, 'approval_retained_view is not "structured_meta_jcs"'],
    ]);
  });

  it('fingerprints match the worked values', () => {
    expect(builtinFingerprint('ASSAY-W002', { seq: 1, line: 2, event_type: 'x' })).toBe('sha256:871ba0aac423bb1eb8f2578e4e9707c84aaa59f269bf312763ef719914892518');
    expect(builtinFingerprint('ASSAY-I001', null)).toBe('sha256:18fde4544aa5799e7b08081245514a1e4e166874ff40714c30745efa013ec332');
  });
});

describe('packs', () => {
  it('built-in packs load with the reference ids, severities and versions', () => {
    expect(CICD.rules.map((r) => [r.canonical, r.severity, r.check.type])).toEqual([
      ['cicd-starter@1.0.0:CICD-001', 'error', 'event_count'],
      ['cicd-starter@1.0.0:CICD-002', 'warning', 'event_pairs'],
      ['cicd-starter@1.0.0:CICD-003', 'warning', 'event_field_present'],
      ['cicd-starter@1.0.0:CICD-004', 'info', 'event_field_present'],
    ]);
    expect(EU.kind).toBe('compliance');
    expect(EU.rules.map((r) => [r.id, r.severity, r.article_ref])).toEqual([
      ['EU12-001', 'error', '12(1)'],
      ['EU12-002', 'error', '12(2)(c)'],
      ['EU12-003', 'warning', '12(2)(b)'],
      ['EU12-004', 'warning', '12(2)(a)'],
    ]);
    expect(SOC2.rules.map((r) => [r.id, r.severity])).toEqual([
      ['invariant.accountability', 'warning'],
      ['invariant.change_lifecycle', 'warning'],
      ['invariant.decision_record', 'error'],
    ]);
    for (const p of [CICD, EU, SOC2]) expect(p.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });

  it('the digest covers the normalized pack, not its spelling', () => {
    const a = parsePack('name: p\nversion: "1"\nkind: quality\ndescription: d\nauthor: a\nlicense: MIT\nrules:\n  - id: R1\n    severity: WARN\n    description: x\n    check: {type: event_count, min: 1}\n', 'p', { builtin: true });
    const b = parsePack('rules:\n- check:\n    min: 1\n    type: event_count\n  description: x\n  id: R1\n  severity: warning\nlicense: MIT\nauthor: a\ndescription: d\nkind: quality\nversion: "1"\nname: p\n', 'p', { builtin: true });
    expect(a.digest).toBe(b.digest);
    const c = parsePack('name: p\nversion: "1"\nkind: quality\ndescription: d\nauthor: a\nlicense: MIT\nrules:\n  - id: R1\n    severity: error\n    description: x\n    check: {type: event_count, min: 1}\n', 'p', { builtin: true });
    expect(c.digest).not.toBe(a.digest);
  });

  it('refuses duplicate keys, unknown keys, bad severities, missing disclaimers, unknown checks', () => {
    const head = 'name: p\nversion: "1"\nkind: quality\ndescription: d\nauthor: a\nlicense: MIT\n';
    const rule = (extra: string) => `rules:\n  - id: R1\n    severity: error\n    description: x\n    check: {type: event_count, min: 1}\n${extra}`;
    const bad = [
      head + 'name: q\n' + rule(''),
      head + 'color: red\n' + rule(''),
      head + rule('').replace('severity: error', 'severity: fatal'),
      head.replace('quality', 'compliance') + rule(''),
      head + rule('').replace('event_count, min: 1', 'no_such_check'),
      head + rule('').replace('min: 1', 'min: 0'),
      head + rule('  - id: R1\n    severity: error\n    description: y\n    check: {type: event_count, min: 2}\n'),
      head.replace('name: p', 'name: -p') + rule(''),
      head + 'requires: {assay_min_version: "2.0"}\n' + rule(''),
      head + rule('').replace('check: {type: event_count, min: 1}', 'check: {type: event_count, min: 1, extra: 2}'),
    ];
    for (const text of bad) {
      expect(() => parsePack(text, 'p.yaml', { builtin: false, file: 'p.yaml' }), text).toThrow(ConfigError);
    }
    try {
      parsePack(head + 'color: red\n' + rule(''), 'packs/p.yaml', { builtin: false, file: 'packs/p.yaml' });
    } catch (e) {
      expect((e as ConfigError).reasonCode).toBe('E_CFG_PARSE');
      expect((e as ConfigError).diagnostics[0]).toMatchObject({ file: 'packs/p.yaml', line: 7 });
    }
  });

  it('unknown checks with a newer engine: a finding in compliance packs, a skip otherwise', async () => {
    const text = (kind: string) =>
      `name: future\nversion: "1"\nkind: ${kind}\ndescription: d\nauthor: a\nlicense: MIT\n${kind === 'compliance' ? 'disclaimer: not legal advice\n' : ''}rules:\n  - id: F1\n    severity: warning\n    description: future\n    engine_min_version: "9.0"\n    check: {type: quantum_check, qubits: 3}\n`;
    const bytes = buildBundle(demoEvents()).archive;
    const c = await lintBundleBytes(bytes, { packs: [parsePack(text('compliance'), 'f', { builtin: true })] });
    expect(c.findings.map((f) => [f.rule_id, f.severity, f.message])).toEqual([['future@1:F1', 'Warn', 'Cannot execute rule: requires engine 9.0']]);
    const s = await lintBundleBytes(bytes, { packs: [parsePack(text('security'), 'f', { builtin: true })] });
    expect(s.findings).toEqual([]);
    expect(s.skipped_rules).toEqual([{ rule_id: 'future@1:F1', reason: 'requires engine 9.0 (this engine: 1.2)' }]);
  });

  it('every check type', async () => {
    const pack = parsePack(
      `name: all
version: "2.0.0"
kind: security
description: d
author: a
license: MIT
rules:
  - {id: C1, severity: error, description: count, check: {type: event_count, min: 3}}
  - {id: C2, severity: error, description: count scoped, event_types: [assay.tool.decision], check: {type: event_count, min: 1}}
  - {id: P1, severity: warning, description: pairs, check: {type: event_pairs, start_pattern: "*.started", finish_pattern: "*.fin?shed"}}
  - {id: F1, severity: warning, description: field, check: {type: event_field_present, paths_any_of: [data/tool]}}
  - {id: F2, severity: warning, description: legacy field, check: {type: event_field_present, any_of: [nope], in_data: true}}
  - {id: T1, severity: info, description: type, check: {type: event_type_exists, pattern: "assay.tool.*"}}
  - {id: M1, severity: error, description: manifest, check: {type: manifest_field, path: /producer/git, required: true}}
  - {id: M2, severity: error, description: manifest optional, check: {type: manifest_field, path: /producer/git}}
  - {id: J1, severity: error, description: json eq, check: {type: json_path_exists, paths: [/data/decision], value_equals: deny}}
  - {id: J2, severity: error, description: json eq miss, check: {type: json_path_exists, paths: [/data/decision], value_equals: allow}}
  - id: K1
    severity: error
    description: conditional
    check:
      type: conditional
      condition: {all: [{path: /data/decision, equals: deny}]}
      then: {type: json_path_exists, paths: [/data/mandate_id]}
  - {id: G1, severity: warning, description: g3, check: {type: g3_authorization_context_present}}
`,
      'all',
      { builtin: true },
    );
    const r = await lintBundleBytes(buildBundle(demoEvents()).archive, { packs: [pack] });
    expect(r.findings.map((f) => [f.rule_id.split(':')[1], f.severity, f.location?.seq ?? null])).toEqual([
      ['C1', 'Error', null],
      ['P1', 'Warn', null],
      ['F2', 'Warn', null],
      ['M1', 'Error', null],
      ['M2', 'Warn', null],
      ['J2', 'Error', null],
      ['K1', 'Error', 1],
      ['G1', 'Warn', null],
    ]);
    expect(r.findings[0]!.message).toBe('count: Bundle contains 2 events (minimum: 3)');
    expect(r.findings[0]!.tags).toEqual(['all', 'pack:all', 'pack_version:2.0.0', 'short_id:C1']);
  });

  it('a canonical id seen twice runs once; compliance packs may not overlap', async () => {
    const r = await lintBundleBytes(buildBundle(demoEvents()).archive, { packs: [CICD, CICD] });
    expect(ids(r)).toEqual(['cicd-starter@1.0.0:CICD-002', 'cicd-starter@1.0.0:CICD-004']);
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    writeFileSync(join(dir, 'eu.yaml'), BUILTIN_PACKS['eu-ai-act-baseline']!);
    expect(() => loadPacks(['eu-ai-act-baseline', 'eu.yaml'], { cwd: dir })).toThrow(/compliance packs may not overlap/);
    writeFileSync(join(dir, 'cicd.yaml'), BUILTIN_PACKS['cicd-starter']!);
    expect(loadPacks(['cicd-starter', 'cicd.yaml'], { cwd: dir }).warnings).toHaveLength(4);
  });

  it('resolves refs: file, directory with pack.yaml, built-in, config dir (jailed), suggestions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const packText = BUILTIN_PACKS['soc2-baseline']!.replace('name: soc2-baseline', 'name: mine');
    writeFileSync(join(dir, 'custom.yaml'), packText);
    mkdirSync(join(dir, 'd'));
    writeFileSync(join(dir, 'd', 'pack.yaml'), packText);
    const cfg = join(dir, 'cfg');
    mkdirSync(join(cfg, 'nested'), { recursive: true });
    writeFileSync(join(cfg, 'team.yaml'), packText);
    writeFileSync(join(cfg, 'nested', 'pack.yaml'), packText);
    expect(loadPack('./custom.yaml', { cwd: dir }).origin).toEqual({ builtin: false, file: join(dir, 'custom.yaml') });
    expect(loadPack('d', { cwd: dir }).name).toBe('mine');
    expect(loadPack('soc2-baseline', { cwd: dir }).origin).toEqual({ builtin: true });
    expect(loadPack('team', { cwd: dir, configDir: cfg }).name).toBe('mine');
    expect(loadPack('nested', { cwd: dir, configDir: cfg }).name).toBe('mine');
    expect(() => loadPack('cicd-startr', { cwd: dir })).toThrow(/pack not found: "cicd-startr" \(did you mean cicd-starter\?\)/);
    expect(() => loadPack('../../etc', { cwd: join(dir, 'd'), configDir: cfg })).toThrow(ConfigError);
  });
});

describe('pipeline and outputs', () => {
  it('verify failure: no rule runs', async () => {
    const a = Buffer.from(buildBundle(demoEvents()).archive);
    a[a.length - 8]! ^= 1;
    await expect(lintBundleBytes(a, { packs: [CICD] })).rejects.toBeInstanceOf(BundleError);
  });

  it('--max-results keeps the most severe first and reports the cut; summary after truncation', async () => {
    const evs = manyEvents(30).map((e) => ({ ...e, subject: 'token=1' }));
    const r = await lintBundleBytes(buildBundle(evs).archive, { packs: [EU], maxResults: 5 });
    expect(r.findings.map((f) => f.severity)).toEqual(['Error', 'Warn', 'Warn', 'Warn', 'Warn']);
    expect(r.truncated).toBe(true);
    expect(r.truncated_count).toBe(30 * 2 + 3 - 5);
    expect(r.summary).toEqual({ total: 5, errors: 1, warnings: 4, infos: 0 });
    expect(lintGates(r.findings, 'error')).toBe(true);
    expect(lintGates(r.findings, 'none')).toBe(false);
    const warnOnly = r.findings.filter((f) => f.severity !== 'Error');
    expect(lintGates(warnOnly, 'error')).toBe(false);
    expect(lintGates(warnOnly, 'warning')).toBe(true);
  });

  it('text, JSON and SARIF shapes', async () => {
    const r = await lintBundleBytes(buildBundle(demoEvents()).archive, { packs: [EU, SOC2] });
    const text = lintText(r, { defaultPack: false });
    expect(text).toContain('Assay Evidence Lint\n===================\nBundle: sha256:dfc3a084');
    expect(text).toContain('Packs: eu-ai-act-baseline@1.0.0, soc2-baseline@1.0.0');
    expect(text).toContain('\n  ---\n');
    expect(text).toMatch(/\[error\] eu-ai-act-baseline@1\.0\.0:EU12-002 \(global\) .* \[12\(2\)\(c\)\]\n  Hint: run `assay evidence lint --explain eu-ai-act-baseline@1\.0\.0:EU12-002`/);
    expect(text.trimEnd().split('\n').pop()).toBe('Summary: 4 total (1 errors, 3 warnings, 0 info)');
    const j = lintJson(r, '0.1.0');
    expect(Object.keys(j)).toEqual(['schema', 'schema_version', 'tool_version', 'bundle_meta', 'verified', 'findings', 'summary', 'truncated', 'truncated_count', 'applied_cap', 'skipped_rules', 'disclaimer']);
    const sarif = JSON.parse(lintSarif({ report: r, packs: [EU, SOC2], bundlePath: 'evidence/run.tar.gz', version: '0.1.0', category: 'assay-evidence/lint', exitCode: 1 }).text);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('assay-evidence-lint');
    expect(run.automationDetails.id).toBe('assay-evidence/lint/');
    expect(run.tool.driver.properties.assayPacks.map((p: { name: string }) => p.name)).toEqual(['eu-ai-act-baseline', 'soc2-baseline']);
    const ruleIds = run.tool.driver.rules.map((x: { id: string }) => x.id);
    expect(ruleIds).toEqual([...ruleIds].sort());
    for (const res of run.results) {
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
      expect(res.partialFingerprints['assayLintFingerprint/v1']).toMatch(/^sha256:/);
      expect(res.partialFingerprints.primaryLocationLineHash).toMatch(/^[0-9a-f]{64}$/);
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe('evidence/run.tar.gz');
    }
    const eu2 = run.tool.driver.rules.find((x: { id: string }) => x.id.endsWith('EU12-002'));
    expect(eu2.properties['security-severity']).toBe('7.5');
    expect(eu2.defaultConfiguration.level).toBe('error');
  });

  it('SARIF: located findings name the event; global findings of workspace packs point at the rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    writeFileSync(join(dir, 'p.yaml'), 'name: p\nversion: "1"\nkind: quality\ndescription: d\nauthor: a\nlicense: MIT\nrules:\n  - id: R1\n    severity: info\n    description: x\n    check: {type: event_count, min: 9}\n');
    const p = loadPack('p.yaml', { cwd: dir, display: () => 'packs/p.yaml' });
    const r = await lintBundleBytes(buildBundle(demoEvents().map((e) => ({ ...e, subject: 'sk-live' }))).archive, { packs: [p] });
    const run = JSON.parse(lintSarif({ report: r, packs: [p], bundlePath: 'b.tar.gz', version: '0.1.0', category: 'c', exitCode: 0 }).text).runs[0];
    const located = run.results.find((x: { ruleId: string }) => x.ruleId === 'ASSAY-W001');
    expect(located.locations[0].logicalLocations).toEqual([{ name: 'seq:0', kind: 'event' }]);
    expect(located.properties).toMatchObject({ bundle_path: 'b.tar.gz', member: 'events.ndjson', seq: 0, line: 1, event_type: 'assay.profile.started' });
    const global = run.results.find((x: { ruleId: string }) => x.ruleId === 'p@1:R1');
    expect(global.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'packs/p.yaml' }, region: { startLine: 8, startColumn: 1 } });
  });

  it('--explain: canonical, short and built-in ids; ambiguity; unknown', () => {
    const all = [CICD, EU, SOC2];
    const e = explainRule('EU12-001', all);
    expect(e.ok && e.text.split('\n').slice(0, 6)).toEqual([
      'eu-ai-act-baseline@1.0.0:EU12-001',
      'Pack: eu-ai-act-baseline@1.0.0',
      'Severity: Error',
      'Events are recorded automatically (the bundle holds at least one event)',
      'Reference: 12(1)',
      '---',
    ]);
    expect(explainRule('ASSAY-W001', all).ok).toBe(true);
    const twice = parsePack(BUILTIN_PACKS['cicd-starter']!.replace('version: "1.0.0"', 'version: "2.0.0"'), 'x', { builtin: true });
    const amb = explainRule('CICD-001', [CICD, twice]);
    expect(amb).toEqual({ ok: false, message: 'ambiguous rule id "CICD-001"; use one of:\n  cicd-starter@1.0.0:CICD-001\n  cicd-starter@2.0.0:CICD-001' });
    expect(explainRule('NOPE', all).ok).toBe(false);
  });

  it('globs and pointers', () => {
    expect(globMatch('*.started', 'assay.run.started')).toBe(true);
    expect(globMatch('assay.?s.*', 'assay.fs.access')).toBe(true);
    expect(globMatch('assay.[a-f]s.*', 'assay.fs.access')).toBe(true);
    expect(globMatch('assay.[!a-f]s.*', 'assay.fs.access')).toBe(false);
    expect(globMatch('*.finished', 'assay.profile.started')).toBe(false);
    expect(globMatch('*a*a*a*a*a*b', 'a'.repeat(5000))).toBe(false);
    expect(getPointer({ a: { 'b/c': [1, { '~': 2 }] } }, '/a/b~1c/1/~0')).toEqual({ found: true, value: 2 });
    expect(getPointer({ a: null }, '/a')).toEqual({ found: true, value: null });
    expect(getPointer({ a: [1] }, '/a/01').found).toBe(false);
  });

  it('lintBundleFile (the action API): drafts with SARIF extras; verify failures as values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'assay-'));
    const good = join(dir, 'good.tar.gz');
    writeFileSync(good, buildBundle(demoEvents()).archive);
    const r = await lintBundleFile(good, { packs: ['cicd-starter'], label: 'ev/good.tar.gz' });
    expect(r.ok).toBe(true);
    expect(r.findings.map((f) => [f.draft.rule_id, f.draft.level, f.draft.location.uri])).toEqual([
      ['cicd-starter@1.0.0:CICD-002', 'warning', 'ev/good.tar.gz'],
      ['cicd-starter@1.0.0:CICD-004', 'note', 'ev/good.tar.gz'],
    ]);
    const bad = join(dir, 'bad.tar.gz');
    writeFileSync(bad, 'not gzip');
    expect(await lintBundleFile(bad)).toMatchObject({ ok: false, code: 'IntegrityGzip', reason_code: 'E_EVIDENCE_UNREADABLE' });
  });
});
