// JUnit XML, written by hand so attribute order and bytes are fixed: one suite per config and
// one per trace file decided by the policy gate; no timestamp, hostname or time unless timings are asked.
import { escapeXmlAttr, escapeXmlText, safeBounded } from '../render/safe-text.js';
import type { Finding } from './finding.js';
import type { RowStatus } from './gate-report.js';

/** One eval result row, as far as JUnit needs it. */
export interface JunitRow {
  test_id: string;
  status: RowStatus;
  message: string;
  /** The failing check (`type` of `<failure>`). */
  kind?: string;
  /** Body lines of `<failure>` (e.g. `Blocked tool called: shell.exec`). */
  details?: readonly string[];
  /** `type` of `<error>`. */
  run_error_kind?: string;
  duration_ms?: number;
}

export interface JunitConfigSuite {
  /** Config `suite`. */
  name: string;
  /** In results order (test id). */
  rows: readonly JunitRow[];
}

export interface JunitPolicyCase {
  /** Policy element: `tools.deny`, `tools.allow`, `schemas.<tool>`, `limits`, `tool_pins`, sequence rule id, … */
  name: string;
  /** The element's findings, or (with the counts below) the first MAX_POLICY_LINES of each level. */
  findings: readonly Finding[];
  /** Exact counts when `findings` is a sample (bounded memory, docs/findings.md). */
  errorCount?: number;
  warningCount?: number;
  /** False when no call reached the element (sequence rule not exercised anywhere). */
  exercised: boolean;
  duration_ms?: number;
}

export interface JunitPolicySuite {
  /** `policy:<trace uri>`. */
  name: string;
  cases: readonly JunitPolicyCase[];
}

export interface JunitInput {
  configSuites: readonly JunitConfigSuite[];
  policySuites: readonly JunitPolicySuite[];
  /** `--junit-timings`: `time` attributes in seconds with 3 decimals. */
  timings?: boolean;
}

export const MAX_POLICY_LINES = 50;

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
  ms: number;
}

interface CaseOut {
  kind: 'pass' | 'failure' | 'error' | 'skipped';
  xml: string;
}

function attr(name: string, value: string): string {
  return ` ${name}="${escapeXmlAttr(value)}"`;
}

function seconds(ms: number | undefined): string {
  return ((ms ?? 0) / 1000).toFixed(3);
}

function testcase(classname: string, name: string, body: string, timings: boolean, ms: number | undefined): string {
  const time = timings ? attr('time', seconds(ms)) : '';
  return `    <testcase${attr('classname', classname)}${attr('name', name)}${time}>${body}</testcase>`;
}

function rowCase(suite: string, row: JunitRow, timings: boolean): CaseOut {
  const m = safeBounded(row.message);
  let body = '';
  let kind: CaseOut['kind'] = 'pass';
  switch (row.status) {
    case 'pass':
    case 'allowed_on_error':
      break;
    case 'skipped':
      kind = 'skipped';
      body = `<skipped${attr('message', m)}/>`;
      break;
    case 'warn':
      body = `<system-out>${escapeXmlText(`WARNING: ${m}`)}</system-out>`;
      break;
    case 'flaky':
      body = `<system-out>${escapeXmlText(`FLAKY: ${m}`)}</system-out>`;
      break;
    case 'unstable':
      body = `<system-out>${escapeXmlText(`UNSTABLE: ${m}`)}</system-out>`;
      break;
    case 'fail': {
      kind = 'failure';
      const lines = (row.details ?? []).map((l) => safeBounded(l)).join('\n');
      body = `<failure${attr('message', m)}${attr('type', row.kind ?? 'fail')}>${escapeXmlText(lines)}</failure>`;
      break;
    }
    case 'error':
      kind = 'error';
      body = `<error${attr('message', m)}${attr('type', row.run_error_kind ?? 'error')}/>`;
      break;
  }
  return { kind, xml: testcase(suite, row.test_id, body, timings, row.duration_ms) };
}

function findingLines(findings: readonly Finding[], total: number): string {
  const shown = findings.slice(0, MAX_POLICY_LINES).map((f) => `${f.location.uri}:${f.location.line}: ${safeBounded(f.message)}`);
  if (total > shown.length) shown.push(`…and ${total - shown.length} more`);
  return shown.join('\n');
}

function policyCase(c: JunitPolicyCase, timings: boolean): CaseOut {
  const errors = c.findings.filter((f) => f.level === 'error');
  const warnings = c.findings.filter((f) => f.level === 'warning');
  const nErrors = c.errorCount ?? errors.length;
  const nWarnings = c.warningCount ?? warnings.length;
  let body = '';
  let kind: CaseOut['kind'] = 'pass';
  if (nErrors > 0 && errors.length > 0) {
    kind = 'failure';
    const m = safeBounded(`${nErrors} finding(s); first: ${errors[0]!.message}`);
    body = `<failure${attr('message', m)}>${escapeXmlText(findingLines(errors, nErrors))}</failure>`;
  } else if (nWarnings > 0 && warnings.length > 0) {
    const m = safeBounded(`${nWarnings} finding(s); first: ${warnings[0]!.message}`);
    body = `<system-out>${escapeXmlText(`WARNING: ${m}\n${findingLines(warnings, nWarnings)}`)}</system-out>`;
  } else if (!c.exercised) {
    kind = 'skipped';
    body = '<skipped message="not exercised"/>';
  }
  return { kind, xml: testcase('policy', c.name, body, timings, c.duration_ms) };
}

function tally(cases: readonly CaseOut[], ms: number): Counts {
  const c: Counts = { tests: cases.length, failures: 0, errors: 0, skipped: 0, ms };
  for (const x of cases) {
    if (x.kind === 'failure') c.failures++;
    else if (x.kind === 'error') c.errors++;
    else if (x.kind === 'skipped') c.skipped++;
  }
  return c;
}

function countAttrs(c: Counts, timings: boolean): string {
  return (
    attr('tests', String(c.tests)) +
    attr('failures', String(c.failures)) +
    attr('errors', String(c.errors)) +
    attr('skipped', String(c.skipped)) +
    (timings ? attr('time', seconds(c.ms)) : '')
  );
}

/** The JUnit document: UTF-8, LF, final newline; byte-stable for identical inputs. */
export function buildJunit(input: JunitInput): string {
  const timings = input.timings === true;
  const suites: Array<{ name: string; cases: CaseOut[]; counts: Counts }> = [];
  for (const s of input.configSuites) {
    const cases = s.rows.map((r) => rowCase(s.name, r, timings));
    const ms = s.rows.reduce((a, r) => a + (r.duration_ms ?? 0), 0);
    suites.push({ name: s.name, cases, counts: tally(cases, ms) });
  }
  for (const s of input.policySuites) {
    const cases = s.cases.map((c) => policyCase(c, timings));
    const ms = s.cases.reduce((a, c) => a + (c.duration_ms ?? 0), 0);
    suites.push({ name: s.name, cases, counts: tally(cases, ms) });
  }
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0, ms: 0 };
  for (const s of suites) {
    total.tests += s.counts.tests;
    total.failures += s.counts.failures;
    total.errors += s.counts.errors;
    total.skipped += s.counts.skipped;
    total.ms += s.counts.ms;
  }
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', `<testsuites${attr('name', 'assay')}${countAttrs(total, timings)}>`];
  for (const s of suites) {
    lines.push(`  <testsuite${attr('name', s.name)}${countAttrs(s.counts, timings)}>`);
    for (const c of s.cases) lines.push(c.xml);
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
