import { describe, expect, it } from 'vitest';
import { makeEvalContext } from '../../../src/core/eval/evaluate.js';
import { evaluateSuite, executionOrder, judgeMetrics } from '../../../src/core/eval/suite.js';
import { entry, errors, load } from './helpers.js';

function config(extra: string, n = 6) {
  const tests = Array.from({ length: n }, (_, i) => `  - id: t${i}\n    input: p${i}\n    expected: {must_contain: ok}\n`).join('');
  const l = load(`suite: s\nmodel: trace\n${extra}tests:\n${tests}`);
  if (l.error) throw new Error(errors(l).join('\n'));
  return l.result!.config;
}

describe('execution order', () => {
  it('is a deterministic permutation of the tests that depends on the seed', () => {
    const items = Array.from({ length: 20 }, (_, i) => i);
    const a = executionOrder(items, '42');
    expect(executionOrder(items, '42')).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(items);
    expect(executionOrder(items, '43')).not.toEqual(a);
    expect(executionOrder(items, '18446744073709551615')).toHaveLength(20);
  });
});

describe('evaluateSuite', () => {
  it('rows come back sorted by test id whatever the order', () => {
    const c = config('settings: {seed: 7}\n');
    const r = evaluateSuite(c, (t) => ({ entry: entry({ prompt: t.prompt, text: 'ok' }), by: 'prompt' }), makeEvalContext(c, { assayVersion: '1' }));
    expect(r.rows.map((x) => x.test_id)).toEqual(['t0', 't1', 't2', 't3', 't4', 't5']);
    expect(r.order).toEqual(executionOrder(c.tests, '7').map((t) => t.id));
    expect(r.rows.every((x) => x.status === 'pass')).toBe(true);
  });

  it('bail_on_first_failure skips the tests after the first fail/error in execution order', () => {
    const c = config('settings: {seed: 7, bail_on_first_failure: true}\n');
    const failing = c.tests.find((t) => t.id === executionOrder(c.tests, '7')[2]!.id)!.id;
    const r = evaluateSuite(c, (t) => ({ entry: entry({ text: t.id === failing ? 'no' : 'ok' }), by: 'prompt' }), makeEvalContext(c, { assayVersion: '1' }));
    const byId = new Map(r.rows.map((x) => [x.test_id, x]));
    const order = r.order;
    expect(byId.get(order[0]!)!.status).toBe('pass');
    expect(byId.get(order[2]!)!.status).toBe('fail');
    for (const id of order.slice(3)) expect(byId.get(id)).toMatchObject({ status: 'skipped', skip_reason: 'bail_on_first_failure' });
  });
});

describe('judge_metrics', () => {
  it('rates over judge records; unavailable rows counted; absent without judge values', () => {
    const l = load(
      'suite: s\nmodel: trace\ntests:\n  - id: a\n    input: a\n    expected: {type: faithfulness, min_score: 0}\n  - id: b\n    input: b\n    expected: {type: relevance, min_score: 0}\n  - id: c\n    input: c\n    expected: {type: relevance}\n',
    );
    const c = l.result!.config;
    const meta: Record<string, unknown> = {
      a: { assay: { judge: { faithfulness: { passed: true, score: 0.67, agreement: 0.67, swapped: true } } } },
      b: { assay: { judge: { relevance: { passed: true, score: 1, agreement: 1, verdict: 'Abstain' } } } },
      c: {},
    };
    const r = evaluateSuite(c, (t) => ({ entry: entry({ meta: meta[t.id] as Record<string, unknown> }), by: 'prompt' }), makeEvalContext(c, { assayVersion: '1' }));
    expect(judgeMetrics(r.rows)).toEqual({ abstain_rate: 0.5, flip_rate: 0.5, consensus_rate: 0.5, unavailable_count: 1 });
    expect(judgeMetrics(evaluateSuite(config(''), () => ({ entry: entry({ text: 'ok' }), by: 'prompt' }), makeEvalContext(config(''), { assayVersion: '1' })).rows)).toBeUndefined();
  });
});
