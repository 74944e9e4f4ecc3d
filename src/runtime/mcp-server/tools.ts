// The five tools of `assay mcp-server`: their listing and the argument checks done before any
// evaluation. Failures never echo argument values.
import { ToolFailure } from './evaluate.js';

export interface ServerLimits {
  timeoutMs: number;
  maxBytes: number;
  maxFieldBytes: number;
  maxToolCalls: number;
  cacheEntries: number;
  maxPolicyBytes: number;
}

export const TOOL_NAMES = ['assay_check_args', 'assay_check_sequence', 'assay_policy_decide', 'assay_explain_trace', 'assay_check_coverage'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

const str = (description: string) => ({ type: 'string', description });
const strList = (description: string) => ({ type: 'array', items: { type: 'string' }, description });
const POLICY = str('policy file, relative to the policy root (default: the server --policy)');

export const TOOL_DEFINITIONS = [
  {
    name: 'assay_check_args',
    description: 'Decide one tool call (name and arguments) against the policy: allow, allow_with_warning or deny, with the rule.',
    inputSchema: {
      type: 'object',
      properties: {
        tool: str('tool name'),
        arguments: { type: 'object', description: 'tool arguments' },
        policy: POLICY,
        history: strList('tool names called before, oldest first'),
      },
      required: ['tool', 'arguments'],
      additionalProperties: false,
    },
  },
  {
    name: 'assay_check_sequence',
    description: 'Check the sequence rules of the policy over the call history plus the next tool.',
    inputSchema: {
      type: 'object',
      properties: { history: strList('tool names called so far, oldest first'), next_tool: str('the tool about to be called'), policy: POLICY },
      required: ['history', 'next_tool'],
      additionalProperties: false,
    },
  },
  {
    name: 'assay_policy_decide',
    description: 'Name-only decision for a tool (deny lists, allowlist, approval, unconstrained tools).',
    inputSchema: {
      type: 'object',
      properties: { tool: str('tool name'), policy: POLICY },
      required: ['tool'],
      additionalProperties: false,
    },
  },
  {
    name: 'assay_explain_trace',
    description: 'Explain every step of a trace: the decision, the rule and the sequence results.',
    inputSchema: {
      type: 'object',
      properties: {
        trace: {
          type: 'array',
          minItems: 1,
          items: { type: 'object', properties: { tool: { type: 'string' }, args: { type: 'object' } }, required: ['tool'], additionalProperties: false },
        },
        policy: POLICY,
        format: { type: 'string', enum: ['json', 'markdown', 'terminal', 'html'] },
      },
      required: ['trace'],
      additionalProperties: false,
    },
  },
  {
    name: 'assay_check_coverage',
    description: 'Coverage of the policy by a set of traces (tools and sequence rules exercised).',
    inputSchema: {
      type: 'object',
      properties: {
        traces: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: { type: 'string' }, tools: { type: 'array', minItems: 1, items: { type: 'string' } }, rules_triggered: { type: 'array', items: { type: 'string' } } },
            required: ['tools'],
            additionalProperties: false,
          },
        },
        policy: POLICY,
        threshold: { type: 'number', minimum: 0, maximum: 100 },
        format: { type: 'string', enum: ['json', 'markdown', 'github'] },
      },
      required: ['traces'],
      additionalProperties: false,
    },
  },
] as const;

type Args = Record<string, unknown>;

const invalid = (message: string) => new ToolFailure('E_INVALID_REQUEST', message);
const tooBig = (message: string) => new ToolFailure('E_LIMIT_EXCEEDED', message);

function isObject(v: unknown): v is Args {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function onlyKeys(a: Args, allowed: readonly string[]): void {
  for (const k of Object.keys(a)) if (!allowed.includes(k)) throw invalid('unknown argument');
}

function needString(a: Args, key: string, lim: ServerLimits, tooLong: string, required: boolean): string | undefined {
  const v = a[key];
  if (v === undefined && !required) return undefined;
  if (typeof v !== 'string') throw invalid(`"${key}" must be a string`);
  if (Buffer.byteLength(v, 'utf8') > lim.maxFieldBytes) throw tooBig(tooLong);
  return v;
}

function needNames(a: Args, key: string, lim: ServerLimits, required: boolean): string[] | undefined {
  const v = a[key];
  if (v === undefined && !required) return undefined;
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) throw invalid(`"${key}" must be a list of strings`);
  if (v.length > lim.maxToolCalls) throw tooBig(`${key} too long`);
  for (const x of v) if (Buffer.byteLength(x, 'utf8') > lim.maxFieldBytes) throw tooBig('tool name too long');
  return v as string[];
}

function sizeOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

export interface CheckedCall {
  tool: ToolName;
  /** The `policy` argument, when given. */
  policy: string | undefined;
  args: Args;
}

/** Validate a tools/call for one of the five tools; throws ToolFailure (E_INVALID_REQUEST, E_LIMIT_EXCEEDED). */
export function checkCall(name: string, raw: unknown, lim: ServerLimits): CheckedCall {
  if (!(TOOL_NAMES as readonly string[]).includes(name)) throw invalid('unknown tool');
  const a = raw === undefined ? {} : raw;
  if (!isObject(a)) throw invalid('arguments must be an object');
  const policy = a.policy === undefined ? undefined : needString(a, 'policy', lim, 'policy path too long', true);
  const tool = name as ToolName;
  switch (tool) {
    case 'assay_check_args': {
      onlyKeys(a, ['tool', 'arguments', 'policy', 'history']);
      const t = needString(a, 'tool', lim, 'tool name too long', true)!;
      if (!isObject(a.arguments)) throw invalid('"arguments" must be an object');
      if (sizeOf(a.arguments) > lim.maxFieldBytes) throw tooBig('arguments too large');
      const history = needNames(a, 'history', lim, false);
      return { tool, policy, args: { tool: t, arguments: a.arguments, ...(history ? { history } : {}) } };
    }
    case 'assay_check_sequence': {
      onlyKeys(a, ['history', 'next_tool', 'policy']);
      const history = needNames(a, 'history', lim, true)!;
      const next = needString(a, 'next_tool', lim, 'next_tool too long', true)!;
      return { tool, policy, args: { history, next_tool: next } };
    }
    case 'assay_policy_decide': {
      onlyKeys(a, ['tool', 'policy']);
      return { tool, policy, args: { tool: needString(a, 'tool', lim, 'tool name too long', true)! } };
    }
    case 'assay_explain_trace': {
      onlyKeys(a, ['trace', 'policy', 'format']);
      const trace = a.trace;
      if (!Array.isArray(trace) || trace.length === 0) throw invalid('"trace" must be a non-empty list');
      if (trace.length > lim.maxToolCalls) throw tooBig('trace too long');
      const steps = trace.map((s) => {
        if (!isObject(s) || typeof s.tool !== 'string') throw invalid('each trace step needs a "tool" string');
        for (const k of Object.keys(s)) if (k !== 'tool' && k !== 'args') throw invalid('unknown argument');
        if (Buffer.byteLength(s.tool, 'utf8') > lim.maxFieldBytes) throw tooBig('tool name too long');
        if (s.args !== undefined && !isObject(s.args)) throw invalid('"args" must be an object');
        if (s.args !== undefined && sizeOf(s.args) > lim.maxFieldBytes) throw tooBig('arguments too large');
        return s.args === undefined ? { tool: s.tool } : { tool: s.tool, args: s.args };
      });
      const format = a.format ?? 'json';
      if (typeof format !== 'string' || !['json', 'markdown', 'terminal', 'html'].includes(format)) throw invalid('"format" must be json, markdown, terminal or html');
      return { tool, policy, args: { trace: steps, format } };
    }
    case 'assay_check_coverage': {
      onlyKeys(a, ['traces', 'policy', 'threshold', 'format']);
      const traces = a.traces;
      if (!Array.isArray(traces)) throw invalid('"traces" must be a list');
      let total = 0;
      const list = traces.map((t) => {
        if (!isObject(t)) throw invalid('each trace must be an object');
        for (const k of Object.keys(t)) if (k !== 'id' && k !== 'tools' && k !== 'rules_triggered') throw invalid('unknown argument');
        if (t.id !== undefined && typeof t.id !== 'string') throw invalid('"id" must be a string');
        const tools = needNames(t, 'tools', lim, true)!;
        if (tools.length === 0) throw invalid('"tools" must not be empty');
        total += tools.length;
        if (t.rules_triggered !== undefined) needNames(t, 'rules_triggered', lim, false);
        return t.id === undefined ? { tools } : { id: t.id, tools };
      });
      if (total > lim.maxToolCalls) throw tooBig('traces too long');
      const threshold = a.threshold ?? 80;
      if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 100)) throw invalid('"threshold" must be a number from 0 to 100');
      const format = a.format ?? 'json';
      if (typeof format !== 'string' || !['json', 'markdown', 'github'].includes(format)) throw invalid('"format" must be json, markdown or github');
      return { tool, policy, args: { traces: list, threshold, format } };
    }
  }
}
