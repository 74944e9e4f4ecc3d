// Eval rows → findings and JUnit rows. A test finding is located at the config line
// of the test's `expected` (an assertion: its list item; a trace miss: `input`) with ≤ 10 related trace
// lines; fingerprint inputs are subject = test id, detail = the check.
import type { Position } from '../util/yaml-source.js';
import type { FindingDraft, FindingLevel, RelatedLocation } from '../report/finding.js';
import { MAX_RELATED } from '../report/finding.js';
import type { JunitRow } from '../report/junit.js';
import type { TraceEntry } from '../trace/types.js';
import type { RelatedPos } from './kind-result.js';
import type { BaselineFinding } from './baseline.js';
import type { EvaluatedTest } from './evaluate.js';
import { isQuarantined } from './quarantine.js';
import type { EvalTest, ResultRow } from './types.js';

export interface RowFindingInput {
  test: EvalTest;
  /** The row as evaluated, before baseline comparison and quarantine. */
  evaluated: EvaluatedTest;
  /** The bound entry (undefined on a trace miss or a stub response). */
  entry?: TraceEntry;
  /** Baseline comparison findings of this test. */
  baseline: readonly BaselineFinding[];
  /** Config display path. */
  configUri: string;
}

function loc(uri: string, p: Position): { uri: string; line: number; col: number } {
  return { uri, line: p.line, col: p.col };
}

/** Related trace lines: the offending calls (`call #i`), else the bound entry's first line. */
function relatedOf(related: readonly RelatedPos[], entry: TraceEntry | undefined): RelatedLocation[] {
  const out: RelatedLocation[] = [];
  const seen = new Set<string>();
  for (const r of related) {
    const key = `${r.file}\u0000${r.line}`;
    if (seen.has(key) || r.file === '') continue;
    seen.add(key);
    const calls = r.calls ?? [];
    const message = calls.length === 1 ? `call #${calls[0]}` : calls.length > 1 ? `calls ${calls.map((i) => `#${i}`).join(', ')}` : 'trace line';
    out.push({ uri: r.file, line: r.line, col: 1, message });
    if (out.length >= MAX_RELATED) break;
  }
  if (out.length === 0 && entry && entry.file !== '' && entry.first_line > 0) {
    out.push({ uri: entry.file, line: entry.first_line, col: 1, message: 'bound trace entry' });
  }
  return out;
}

function metricMessage(row: ResultRow, kind: string): string | undefined {
  const m = row.details.metrics[kind]?.details.message;
  return typeof m === 'string' && m !== '' ? m : undefined;
}

/** Drafts for one test, in a fixed order (the caller iterates tests by id). */
export function rowFindingDrafts(x: RowFindingInput): FindingDraft[] {
  const { test, evaluated, entry, configUri } = x;
  const row = evaluated.row;
  const quarantined = isQuarantined(test);
  const expectedPos = test.pos.expected ?? test.pos.test;
  const related = relatedOf(evaluated.related, entry);
  const drafts: FindingDraft[] = [];
  const add = (rule_id: string, level: FindingLevel, message: string, detail: string, pos: Position, rel?: RelatedLocation[]) => {
    drafts.push({
      rule_id,
      level: quarantined && level !== 'note' ? 'note' : level,
      source: rule_id.startsWith('baseline/') ? 'baseline' : 'test',
      message: quarantined && level !== 'note' ? `quarantined (not gating): ${message}` : message,
      test_id: test.id,
      location: loc(configUri, pos),
      ...(rel && rel.length > 0 ? { related: rel } : {}),
      subject: test.id,
      detail,
    });
  };
  const kind = test.expected?.kind;
  const metric = kind ? row.details.metrics[kind] : undefined;

  if (row.status === 'error' || row.status === 'allowed_on_error') {
    const miss = row.details.run_error_kind === 'trace_miss';
    const pos = miss ? test.pos.input : expectedPos;
    const level: FindingLevel = row.status === 'allowed_on_error' ? 'note' : 'error';
    const message = row.status === 'allowed_on_error' ? `allowed by on_error: ${row.message}` : row.message;
    add('test/error', level, message, miss ? 'input' : (kind ?? 'assertions'), pos, miss ? [] : related);
  } else if (kind && metric) {
    const why = metricMessage(row, kind);
    if (evaluated.abstain) {
      add('test/judge_uncertain', 'error', `judge uncertain (abstain): ${kind}`, kind, expectedPos, related);
    } else if (!metric.passed) {
      add(`test/${kind}`, 'error', `failed: ${kind}${why ? ` (${why})` : ''}`, kind, expectedPos, related);
    } else if (metric.unstable) {
      const agreement = typeof metric.details.agreement === 'number' ? ` (agreement ${metric.details.agreement.toFixed(2)})` : '';
      add('test/unstable', 'warning', `unstable metric: ${kind}${agreement}`, kind, expectedPos);
    }
    if (metric.exercised === 'not_exercised') {
      add('test/not_exercised', 'note', `${kind} was not exercised${why ? ` (${why})` : ''}`, kind, expectedPos);
    }
  }
  for (const a of row.details.assertions ?? []) {
    if (a.passed) continue;
    const pos = test.pos.assertions[a.index] ?? test.pos.test;
    const rel = entry && entry.file !== '' ? [{ uri: entry.file, line: entry.first_line, col: 1, message: 'bound trace entry' }] : [];
    add(`test/assertion/${a.type}`, 'error', `assertion ${a.index} (${a.type}) failed: ${a.message}`, `${a.index}|${a.type}`, pos, rel);
  }
  for (const b of x.baseline) {
    const level: FindingLevel = b.status === 'fail' ? 'error' : 'warning';
    add(`baseline/${b.type}`, level, `${b.message} (test ${test.id}, metric ${b.kind})`, b.kind, expectedPos, b.status === 'fail' ? related : []);
  }
  return drafts;
}

/** The JUnit row of a final result row (after baseline comparison and quarantine). */
export function junitRow(row: ResultRow, test: EvalTest | undefined, baseline: readonly BaselineFinding[]): JunitRow {
  const out: JunitRow = { test_id: row.test_id, status: row.status, message: row.message, duration_ms: row.duration_ms };
  if (row.status === 'error') out.run_error_kind = row.details.run_error_kind ?? 'error';
  if (row.status !== 'fail') return out;
  const kind = test?.expected?.kind;
  const lines: string[] = [];
  let type: string | undefined;
  const metric = kind ? row.details.metrics[kind] : undefined;
  if (kind && metric && !metric.passed) {
    type = kind;
    lines.push(metricMessage(row, kind) ?? `failed: ${kind}`);
  }
  for (const a of row.details.assertions ?? []) {
    if (a.passed) continue;
    type ??= `assertion/${a.type}`;
    lines.push(`assertion ${a.index} (${a.type}): ${a.message}`);
  }
  for (const b of baseline) {
    if (b.status !== 'fail') continue;
    type ??= `baseline/${b.type}`;
    lines.push(b.message);
  }
  out.kind = type ?? kind ?? 'fail';
  out.details = lines;
  return out;
}
