import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildComment, buildSummary, fitRows, md } from '../../../src/action/render.js';
import { readContext } from '../../../src/action/context.js';
import { fallbackInputs } from '../../../src/action/inputs.js';
import { shellQuote, type PublishModel } from '../../../src/action/model.js';
import type { Finding } from '../../../src/core/report/finding.js';

const ws = mkdtempSync(join(tmpdir(), 'assay-render-'));

function model(findings: Finding[], over: Partial<PublishModel> = {}): PublishModel {
  const inputs = fallbackInputs(ws);
  const { ctx } = readContext(inputs, ws, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_RUN_ID: '9', GITHUB_SERVER_URL: 'https://ghe.example', GITHUB_WORKFLOW: 'w', GITHUB_JOB: 'j', RUNNER_OS: 'Linux' });
  return {
    ctx,
    inputs,
    verdict: { exitCode: 1, reasonCode: 'E_POLICY_VIOLATION', message: 'x', nextStep: 'Run: assay explain t' },
    inputProblems: [],
    bundles: [],
    findings,
    counts: { error: findings.length, warning: 0, note: 0 },
    baseline: { source: 'none', new: 0, fixed: 0, unchanged: 0 },
    sarifOmitted: 0,
    status: { codeScanning: 'x', comment: 'y' },
    notes: [],
    reproduce: [],
    ...over,
  };
}

function finding(i: number, message = `message ${i}`): Finding {
  return { fingerprint: `sha256:${i}`, rule_id: 'policy/E_TOOL_DENIED', level: 'error', source: 'policy', message, location: { uri: `traces/t (${i}).jsonl`, line: i + 1, col: 1 } };
}

describe('render safety', () => {
  it('untrusted text cannot break a table, open a tag, ping someone or inject controls', () => {
    const s = md('a|b <img src=x> @admin `x` [l](u)\r\nnext\u001b[31m');
    expect(s).not.toMatch(/(^|[^\\])\|/);
    expect(s).not.toContain('<img');
    expect(s).not.toContain('@admin');
    expect(s).not.toMatch(/[\r\n\u001b]/);
  });

  it('links point at the head blob with parentheses encoded', () => {
    const body = buildComment(model([finding(1)]));
    expect(body).toContain('(https://ghe.example/o/r/blob/abc/traces/t%20%281%29.jsonl#L2)');
    expect(body.split('\n')[0]).toBe('<!-- assay-report:assay-w-j-Linux -->');
  });

  it('shell quoting of the reproduce command', () => {
    expect(shellQuote('traces/a.jsonl')).toBe('traces/a.jsonl');
    expect(shellQuote("it's $(rm -rf)")).toBe(`'it'\\''s $(rm -rf)'`);
  });
});

describe('budgets', () => {
  it('fitRows keeps a prefix and names how many were dropped', () => {
    const rows = Array.from({ length: 10 }, (_, i) => `row ${i}`);
    const out = fitRows('H', rows, '\nT', 40, (s) => s.length, (n) => `+${n}`);
    expect(out.length).toBeLessThanOrEqual(40);
    expect(out).toMatch(/^H\nrow 0\n.*\+\d+\nT$/s);
  });

  it('the comment stays within 65,000 UTF-16 units with new findings first', () => {
    const many = Array.from({ length: 5000 }, (_, i) => finding(i, '😀'.repeat(100)));
    many[4000] = { ...many[4000]!, baseline_state: 'new', message: 'the new one' };
    const body = buildComment(model(many));
    expect(body.length).toBeLessThanOrEqual(65_000);
    expect(body).toMatch(/…and \d+ more \(job summary \/ artifact `assay-reports-assay-w-j-Linux-1`\)/);
    expect(body.indexOf('the new one')).toBeLessThan(body.indexOf('message 0') === -1 ? Infinity : body.indexOf('message 0'));
    expect(body).toContain('[Security tab](https://ghe.example/o/r/security/code-scanning)');
  });

  it('the job summary is cut to its byte budget; the full text is kept', () => {
    const many = Array.from({ length: 3000 }, (_, i) => finding(i, 'é'.repeat(200)));
    const { full, budgeted } = buildSummary(model(many, { reproduce: ['npx assay ci --policy p.yaml'] }), 100_000);
    expect(Buffer.byteLength(budgeted, 'utf8')).toBeLessThanOrEqual(100_000);
    expect(Buffer.byteLength(full, 'utf8')).toBeGreaterThan(100_000);
    expect(budgeted).toMatch(/…\d+ more in the artifact/);
    expect(budgeted).toContain('### Reproduce locally');
  });

  it('an empty run says so, with the how-to when nothing is configured', () => {
    const { full } = buildSummary(model([], { verdict: { exitCode: 0, reasonCode: '', message: 'All checks passed' } }));
    expect(full).toContain('## Assay — ✅ passed');
    expect(full).toContain('No findings.');
    expect(full).toContain('### Nothing to gate yet');
  });
});
