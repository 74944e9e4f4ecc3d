// `assertions`. Assertions that cannot fail are collected, not reported one by one: the
// loader refuses them together unless --allow-ineffective-assertions.
import type { KeyPath, Position } from '../util/yaml-source.js';
import { compileSchema } from './json-schema.js';
import { isObj, pathText, type LoadContext, type Obj } from './load-context.js';
import { compileRe2 } from './regex.js';
import type { AssertionSpec } from './types.js';

export interface Ineffective {
  pos: Position;
  text: string;
}

const FIELDS: Record<AssertionSpec['type'], readonly string[]> = {
  trace_must_call_tool: ['type', 'tool', 'min_calls'],
  trace_must_not_call_tool: ['type', 'tool'],
  trace_tool_sequence: ['type', 'sequence', 'allow_other_tools'],
  trace_max_steps: ['type', 'max'],
  args_valid: ['type', 'tool', 'test_args', 'policy', 'expect'],
  sequence_valid: ['type', 'test_trace_raw', 'policy', 'expect'],
  tool_blocklist: ['type', 'test_tool_calls', 'policy', 'expect'],
};

const MAX_STEPS_CEILING = 4294967295;

export interface ParsedAssertions {
  specs: AssertionSpec[];
  positions: Position[];
  ok: boolean;
}

export function parseAssertions(ctx: LoadContext, value: unknown, P: KeyPath, testId: string, ineffective: Ineffective[]): ParsedAssertions {
  const out: ParsedAssertions = { specs: [], positions: [], ok: true };
  if (value === null) return out;
  if (!Array.isArray(value)) {
    ctx.error(P, `${pathText(P)}: expected a list of assertions`);
    out.ok = false;
    return out;
  }
  value.forEach((item, i) => {
    const at = [...P, i];
    out.positions.push(ctx.pos(at));
    const flag = (reason: string, where: KeyPath = at) =>
      ineffective.push({ pos: ctx.pos(where), text: `test '${testId}' assertion ${i}: ${reason}` });
    const spec = parseOne(ctx, item, at, flag, `test '${testId}': `);
    if (spec) out.specs.push(spec);
    else out.ok = false;
  });
  return out;
}

function parseExpect(ctx: LoadContext, a: Obj, at: KeyPath): 'pass' | 'fail' | undefined {
  if (!('expect' in a) || a.expect === null) return 'pass';
  return ctx.oneOf(a.expect, [...at, 'expect'], ['pass', 'fail'] as const);
}

function parseOne(
  ctx: LoadContext,
  item: unknown,
  at: KeyPath,
  flag: (reason: string, where?: KeyPath) => void,
  prefix: string,
): AssertionSpec | undefined {
  const a = ctx.mapping(item, at);
  if (!a) return undefined;
  if (!('type' in a)) {
    ctx.error(at, `${pathText(at)}: missing required key "type"`);
    return undefined;
  }
  const type = a.type;
  if (typeof type !== 'string' || !(type in FIELDS)) {
    ctx.error([...at, 'type'], `${pathText([...at, 'type'])}: unknown assertion type ${typeof type === 'string' ? `"${type}"` : String(type)} (known: ${Object.keys(FIELDS).join(', ')})`);
    return undefined;
  }
  const t = type as AssertionSpec['type'];
  ctx.checkKeys(a, at, FIELDS[t]);
  const required = (key: string): boolean => {
    if (key in a && a[key] !== null) return true;
    ctx.error(at, `${pathText(at)}: missing required key "${key}"`);
    return false;
  };
  switch (t) {
    case 'trace_must_call_tool': {
      if (!required('tool')) return undefined;
      const tool = ctx.string(a.tool, [...at, 'tool']);
      const minCalls = 'min_calls' in a && a.min_calls !== null ? ctx.int(a.min_calls, [...at, 'min_calls'], { min: 0 }) : 1;
      if (tool === undefined || minCalls === undefined) return undefined;
      if (tool === '') flag('tool is empty', [...at, 'tool']);
      if (minCalls === 0) flag('min_calls is 0', [...at, 'min_calls']);
      return { type: t, tool, minCalls };
    }
    case 'trace_must_not_call_tool': {
      if (!required('tool')) return undefined;
      const tool = ctx.string(a.tool, [...at, 'tool']);
      if (tool === undefined) return undefined;
      if (tool === '') flag('tool is empty', [...at, 'tool']);
      return { type: t, tool };
    }
    case 'trace_tool_sequence': {
      const hasSeq = required('sequence');
      const hasAllow = required('allow_other_tools');
      if (!hasSeq || !hasAllow) return undefined;
      const sequence = ctx.stringList(a.sequence, [...at, 'sequence']);
      const allowOtherTools = ctx.bool(a.allow_other_tools, [...at, 'allow_other_tools']);
      if (!sequence || allowOtherTools === undefined) return undefined;
      if (sequence.length === 0 && allowOtherTools) flag('sequence is empty with allow_other_tools: true', [...at, 'sequence']);
      return { type: t, sequence, allowOtherTools };
    }
    case 'trace_max_steps': {
      if (!required('max')) return undefined;
      const max = typeof a.max === 'number' && Number.isInteger(a.max) && a.max >= MAX_STEPS_CEILING ? a.max : ctx.int(a.max, [...at, 'max'], { min: 0 });
      if (max === undefined) return undefined;
      if (max >= MAX_STEPS_CEILING) flag(`max is ${MAX_STEPS_CEILING} or more`, [...at, 'max']);
      return { type: t, max };
    }
    case 'args_valid': {
      const expect = parseExpect(ctx, a, at);
      const tool = 'tool' in a && a.tool !== null ? ctx.string(a.tool, [...at, 'tool']) : undefined;
      if (expect === undefined || ('tool' in a && a.tool !== null && tool === undefined)) return undefined;
      const spec: AssertionSpec = { type: t, expect, ...(tool !== undefined ? { tool } : {}) };
      if (!('test_args' in a)) flag('test_args is missing');
      else spec.testArgs = a.test_args;
      if (!('policy' in a) || a.policy === null) flag('policy is missing');
      else {
        const pAt = [...at, 'policy'];
        const schema = isObj(a.policy) && Object.keys(a.policy).length === 1 && 'schema' in a.policy ? a.policy.schema : a.policy;
        const c = compileSchema(schema);
        if (!c.ok) {
          ctx.error(pAt, `${pathText(pAt)}: invalid schema: ${c.reason}`);
          return undefined;
        }
        spec.validator = c.validator;
      }
      return spec;
    }
    case 'sequence_valid': {
      const expect = parseExpect(ctx, a, at);
      if (expect === undefined) return undefined;
      const spec: AssertionSpec = { type: t, expect };
      if (!('test_trace_raw' in a) || a.test_trace_raw === null) flag('test_trace_raw is missing');
      else {
        const names = traceNames(ctx, a.test_trace_raw, [...at, 'test_trace_raw']);
        if (!names) return undefined;
        spec.names = names;
      }
      const policy = 'policy' in a && a.policy !== null ? ctx.mapping(a.policy, [...at, 'policy']) : undefined;
      if ('policy' in a && a.policy !== null && !policy) return undefined;
      if (!policy || !('regex' in policy) || policy.regex === null) flag(policy ? 'policy.regex is missing' : 'policy is missing');
      else {
        const rAt = [...at, 'policy', 'regex'];
        const src = ctx.string(policy.regex, rAt);
        if (src === undefined) return undefined;
        const c = compileRe2(src);
        if (!c.ok) {
          ctx.error(rAt, `${prefix}invalid regex: ${c.reason}`);
          return undefined;
        }
        spec.regex = c.re;
      }
      return spec;
    }
    case 'tool_blocklist': {
      const expect = parseExpect(ctx, a, at);
      if (expect === undefined) return undefined;
      const spec: AssertionSpec = { type: t, expect };
      if (!('test_tool_calls' in a) || a.test_tool_calls === null) flag('test_tool_calls is missing');
      else {
        const names = ctx.stringList(a.test_tool_calls, [...at, 'test_tool_calls']);
        if (!names) return undefined;
        if (names.length === 0) flag('test_tool_calls is empty', [...at, 'test_tool_calls']);
        spec.names = names;
      }
      const policy = 'policy' in a && a.policy !== null ? ctx.mapping(a.policy, [...at, 'policy']) : undefined;
      if ('policy' in a && a.policy !== null && !policy) return undefined;
      if (!policy || !('blocked' in policy) || policy.blocked === null) flag(policy ? 'policy.blocked is missing' : 'policy is missing');
      else if (!Array.isArray(policy.blocked)) {
        ctx.error([...at, 'policy', 'blocked'], `${pathText([...at, 'policy', 'blocked'])}: expected a list of strings`);
        return undefined;
      } else {
        const blocked: string[] = [];
        policy.blocked.forEach((b, j) => {
          if (typeof b === 'string') blocked.push(b);
          else flag(`policy.blocked[${j}] is not a string`, [...at, 'policy', 'blocked', j]);
        });
        spec.blocked = blocked;
      }
      return spec;
    }
  }
}

/** `test_trace_raw: [{tool|tool_name}]` (plain strings accepted too). */
function traceNames(ctx: LoadContext, v: unknown, at: KeyPath): string[] | undefined {
  if (!Array.isArray(v)) {
    ctx.error(at, `${pathText(at)}: expected a list of calls`);
    return undefined;
  }
  const names: string[] = [];
  let ok = true;
  v.forEach((item, i) => {
    const name = typeof item === 'string' ? item : isObj(item) ? (item.tool ?? item.tool_name) : undefined;
    if (typeof name !== 'string') {
      ctx.error([...at, i], `${pathText([...at, i])}: expected a call with a string "tool" or "tool_name"`);
      ok = false;
    } else names.push(name);
  });
  return ok ? names : undefined;
}
