import { describe, expect, it } from 'vitest';
import { combineVerdicts, type SourceVerdict } from '../../../src/action/verdict.js';
import { Annotator, type AnnotationLevel } from '../../../src/action/annotations.js';
import type { Finding } from '../../../src/core/report/finding.js';

const v = (source: SourceVerdict['source'], exitCode: number, reasonCode: SourceVerdict['reasonCode']): SourceVerdict => ({ source, exitCode, reasonCode, message: `${source} ${exitCode}` });

describe('combined verdict', () => {
  it('priority 2 > 3 > 1 > 0; the first source in pipeline order wins a tie', () => {
    expect(combineVerdicts([v('lint', 1, 'E_POLICY_VIOLATION'), v('gate', 3, 'E_JUDGE_UNAVAILABLE')]).reasonCode).toBe('E_JUDGE_UNAVAILABLE');
    expect(combineVerdicts([v('gate', 3, 'E_JUDGE_UNAVAILABLE'), v('gate', 2, 'E_TRACE_NOT_FOUND')]).exitCode).toBe(2);
    const tie = combineVerdicts([v('verify', 2, 'E_EVIDENCE_INTEGRITY'), v('gate', 2, 'E_POLICY_PARSE')]);
    expect([tie.reasonCode, tie.source]).toEqual(['E_EVIDENCE_INTEGRITY', 'verify']);
    expect(combineVerdicts([v('lint', 1, 'E_POLICY_VIOLATION'), v('gate', 1, 'E_TEST_FAILED')]).reasonCode).toBe('E_POLICY_VIOLATION');
    expect(combineVerdicts([v('gate', 0, '')])).toEqual({ exitCode: 0, reasonCode: '', message: 'All checks passed' });
  });

  it('a non-zero verdict always carries a next step', () => {
    expect(combineVerdicts([v('inputs', 2, 'E_INVALID_ARGS')]).nextStep).toBe('See the usage. Run: assay --help');
  });
});

function finding(i: number, level: Finding['level'], state?: 'new' | 'unchanged'): Finding {
  return {
    fingerprint: `sha256:${String(i).padStart(64, '0')}`,
    rule_id: `policy/E_${level.toUpperCase()}`,
    level,
    source: 'policy',
    message: `m${i}`,
    location: { uri: `t/${String(i).padStart(3, '0')}.jsonl`, line: i + 1, col: 1 },
    ...(state ? { baseline_state: state } : {}),
  };
}

function recorder() {
  const out: Array<{ level: AnnotationLevel; message: string; file?: string }> = [];
  const log: string[] = [];
  return { out, log, sink: { annotate: (level: AnnotationLevel, message: string, p?: { file?: string }) => out.push({ level, message, ...(p?.file ? { file: p.file } : {}) }), log: (m: string) => log.push(m) } };
}

describe('annotations', () => {
  it('at most 10 per level; the last slot counts the rest; one error slot kept for the failure', () => {
    const r = recorder();
    const a = new Annotator(r.sink, true);
    a.flush([], [...Array.from({ length: 30 }, (_, i) => finding(i, 'error')), ...Array.from({ length: 12 }, (_, i) => finding(100 + i, 'warning'))]);
    const errors = r.out.filter((x) => x.level === 'error');
    expect(errors).toHaveLength(9);
    expect(errors.at(-1)!.message).toBe('22 more error findings: see job summary / SARIF');
    const warnings = r.out.filter((x) => x.level === 'warning');
    expect(warnings).toHaveLength(10);
    expect(warnings.at(-1)!.message).toBe('3 more warning findings: see job summary / SARIF');
  });

  it('operational messages come first; more than 3 at a level are merged into one', () => {
    const r = recorder();
    const a = new Annotator(r.sink, false);
    const ops = ['a', 'b', 'c', 'd'].map((m) => ({ level: 'warning' as const, message: m }));
    a.flush(ops, [finding(1, 'warning')]);
    expect(r.out.map((x) => x.message)).toEqual(['4 warning messages: a | b | c | d', 'm1']);
    expect(r.log).toEqual(['warning: a', 'warning: b', 'warning: c', 'warning: d']);
  });

  it('new findings are annotated first; late messages use what is left', () => {
    const r = recorder();
    const a = new Annotator(r.sink, false, 2);
    a.flush([], [finding(1, 'note', 'unchanged'), finding(2, 'note', 'new'), finding(3, 'note')]);
    expect(r.out.map((x) => x.message)).toEqual(['m2', '2 more notice findings: see job summary / SARIF']);
    a.late('notice', 'late one');
    expect(r.log).toEqual(['notice: late one']);
    a.late('warning', 'fits');
    expect(r.out.at(-1)).toEqual({ level: 'warning', message: 'fits' });
  });
});
