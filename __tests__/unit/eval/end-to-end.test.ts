// Loader + real trace reader + binding + evaluation + outcome, on files in a temp dir.
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindTest, buildBindingIndex } from '../../../src/core/eval/bind.js';
import { makeEvalContext } from '../../../src/core/eval/evaluate.js';
import { loadEvalConfig } from '../../../src/core/eval/load.js';
import { decideGateOutcome } from '../../../src/core/eval/outcome.js';
import { evaluateSuite } from '../../../src/core/eval/suite.js';
import { readTrace } from '../../../src/core/trace/index.js';
import type { TraceEntry } from '../../../src/core/trace/types.js';
import { tempDir, writeFiles } from './helpers.js';

const EVAL = `configVersion: 1
suite: travel-agent
model: trace
tests:
  - id: book_flight
    input: Book AMS to LIS on Friday
    expected:
      type: args_valid
      policy: policies/mcp.yaml
  - id: no_shell
    input: Clean up the temp folder
    expected:
      type: tool_blocklist
      blocked: ["shell.*"]
  - id: answer_text
    input: Say hi
    expected:
      type: regex_match
      pattern: "^Hello\\\\s+Assay"
      flags: [i]
    assertions:
      - type: trace_max_steps
        max: 1
  - id: missing
    input: Show my invoices
    expected: {must_contain: invoice}
`;

const POLICY = `version: "2.0"
tools:
  deny: ["shell.*"]
schemas:
  flights.search:
    type: object
    required: [from, to]
`;

const TRACE = [
  '{"type":"episode_start","episode_id":"flight-1","timestamp":1000,"input":{"prompt":"Book AMS to LIS on Friday"}}',
  '{"type":"step","episode_id":"flight-1","step_id":"s1","timestamp":1001,"kind":"model","content":"searching"}',
  '{"type":"tool_call","episode_id":"flight-1","step_id":"s1","timestamp":1002,"tool_name":"flights.search","call_index":0,"args":{"from":"AMS","to":"LIS"},"result":{"count":3},"error":null}',
  '{"type":"episode_end","episode_id":"flight-1","timestamp":1003,"final_output":"Booked flight KL1693"}',
  '{"prompt":"Clean up the temp folder","response":"done","tool_calls":[{"tool_name":"fs.list","args":{}},{"tool_name":"shell.exec","args":{"cmd":"rm"}}]}',
  '{"type":"assay.trace","prompt":"Say hi","response":"hello   assay!","model":"m"}',
  '',
].join('\n');

describe('end to end', () => {
  it('binds, evaluates and decides the gate', async () => {
    const dir = tempDir();
    writeFiles(dir, { 'eval.yaml': EVAL, 'policies/mcp.yaml': POLICY, 'traces/run.jsonl': TRACE });
    const { config, diagnostics } = loadEvalConfig(path.join(dir, 'eval.yaml'), 'eval.yaml', { cwd: dir });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const entries: TraceEntry[] = [];
    await readTrace(path.join(dir, 'traces/run.jsonl'), { onEntry: (e) => entries.push(e) }, { displayPath: 'traces/run.jsonl' });
    const index = buildBindingIndex(entries);
    const ctx = makeEvalContext(config, { assayVersion: '1.0.0' });
    const suite = evaluateSuite(config, (t) => bindTest(t, index), ctx);
    const byId = Object.fromEntries(suite.rows.map((r) => [r.test_id, r]));
    expect(suite.rows.map((r) => [r.test_id, r.status, r.message])).toEqual([
      ['answer_text', 'pass', 'ok'],
      ['book_flight', 'pass', 'ok'],
      ['missing', 'error', 'trace miss: no entry for prompt "Show my invoices" or id "missing"'],
      ['no_shell', 'fail', 'failed: tool_blocklist'],
    ]);
    expect(byId.book_flight!.details.entry).toEqual({ file: 'traces/run.jsonl', line: 1, by: 'prompt' });
    expect(byId.no_shell!.details.metrics.tool_blocklist!.details.message).toBe('Blocked tool called: shell.exec');
    expect(suite.evaluated.get('no_shell')!.related).toEqual([{ file: 'traces/run.jsonl', line: 5, calls: [1] }]);
    expect(byId.book_flight!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(decideGateOutcome({ rows: suite.rows })).toEqual({
      exitCode: 2,
      reasonCode: 'E_TRACE_MISS',
      message: 'trace miss: no entry for prompt "Show my invoices" or id "missing"',
      firstTestId: 'missing',
    });
    expect(decideGateOutcome({ rows: suite.rows.filter((r) => r.test_id !== 'missing') })).toMatchObject({ exitCode: 1, reasonCode: 'E_TEST_FAILED', message: '1 test(s) failed' });
  });
});
