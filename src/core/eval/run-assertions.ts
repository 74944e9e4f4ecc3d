// Evaluating `assertions` against the bound entry (trace assertions) or their own
// supplied inputs (unit-test assertions: args_valid, sequence_valid, tool_blocklist).
import type { TraceEntry } from '../trace/types.js';
import { orderedCalls } from './kinds-tools.js';
import { compileToolPattern } from './policy-bridge.js';
import { tryTest } from './regex.js';
import type { AssertionResult, AssertionSpec } from './types.js';

const TRACE_FAIL = 'E_TRACE_ASSERT_FAIL';
const POLICY_FAIL = 'E_POLICY_ASSERT_FAIL';

function list(names: readonly string[]): string {
  return `[${names.join(', ')}]`;
}

function isSubsequence(want: readonly string[], have: readonly string[]): boolean {
  let i = 0;
  for (const n of have) if (i < want.length && n === want[i]) i++;
  return i === want.length;
}

function result(index: number, type: string, ok: boolean, code: string, message: string): AssertionResult {
  return ok ? { index, type, passed: true, message } : { index, type, passed: false, code, message };
}

/** Unit-test assertions pass when the actual outcome equals `expect`. */
function unit(index: number, a: { type: string; expect: 'pass' | 'fail' }, actual: 'pass' | 'fail', why: string): AssertionResult {
  const ok = actual === a.expect;
  const message = ok ? `${a.type}: outcome ${actual} as expected${why ? ` (${why})` : ''}` : `${a.type}: expected ${a.expect}, got ${actual}${why ? ` (${why})` : ''}`;
  return result(index, a.type, ok, POLICY_FAIL, message);
}

export function runAssertion(a: AssertionSpec, index: number, entry: TraceEntry): AssertionResult {
  switch (a.type) {
    case 'trace_must_call_tool': {
      const p = compileToolPattern(a.tool);
      const n = entry.tool_calls.filter((c) => p.test(c.tool_name)).length;
      return result(index, a.type, n >= a.minCalls, TRACE_FAIL, n >= a.minCalls
        ? `"${a.tool}" called ${n} time(s)`
        : `expected at least ${a.minCalls} call(s) to "${a.tool}", found ${n}`);
    }
    case 'trace_must_not_call_tool': {
      const p = compileToolPattern(a.tool);
      const n = entry.tool_calls.filter((c) => p.test(c.tool_name)).length;
      return result(index, a.type, n === 0, TRACE_FAIL, n === 0 ? `"${a.tool}" not called` : `"${a.tool}" was called ${n} time(s)`);
    }
    case 'trace_tool_sequence': {
      const names = orderedCalls(entry).map((c) => c.tool_name);
      const ok = a.allowOtherTools
        ? isSubsequence(a.sequence, names)
        : names.length === a.sequence.length && names.every((n, i) => n === a.sequence[i]);
      const how = a.allowOtherTools ? 'in order' : 'exactly';
      return result(index, a.type, ok, TRACE_FAIL, ok ? `sequence ${list(a.sequence)} found ${how}` : `expected sequence ${list(a.sequence)} ${how}, got ${list(names)}`);
    }
    case 'trace_max_steps': {
      const ok = entry.steps <= a.max;
      return result(index, a.type, ok, TRACE_FAIL, ok ? `${entry.steps} step(s) ≤ ${a.max}` : `${entry.steps} steps exceed max ${a.max}`);
    }
    case 'args_valid': {
      if (!a.validator || a.testArgs === undefined) return unit(index, a, 'pass', 'nothing to validate');
      const v = a.validator.validate(a.testArgs);
      return unit(index, a, v.length === 0 ? 'pass' : 'fail', v.length === 0 ? '' : `${a.tool ? `${a.tool}: ` : ''}${v[0]!.message}`);
    }
    case 'sequence_valid': {
      if (!a.regex || !a.names) return unit(index, a, 'pass', 'nothing to match');
      const joined = a.names.join(' ');
      const hit = tryTest(a.regex, joined);
      if (typeof hit !== 'boolean') return result(index, a.type, false, POLICY_FAIL, `${a.type}: cannot be checked: ${hit.unchecked}`);
      return unit(index, a, hit ? 'pass' : 'fail', `trace "${joined}"`);
    }
    case 'tool_blocklist': {
      if (!a.names || !a.blocked) return unit(index, a, 'pass', 'nothing to check');
      const patterns = a.blocked.map((b) => compileToolPattern(b));
      const hit = a.names.find((n) => patterns.some((p) => p.test(n)));
      return unit(index, a, hit === undefined ? 'pass' : 'fail', hit === undefined ? '' : `blocked tool ${hit}`);
    }
  }
}

export function runAssertions(specs: readonly AssertionSpec[], entry: TraceEntry): AssertionResult[] {
  return specs.map((a, i) => runAssertion(a, i, entry));
}
