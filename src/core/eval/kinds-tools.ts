// Kinds over the entry's tool calls and tool definitions.
import { jcsSha256Hex } from '../jcs.js';
import type { ToolCall, TraceEntry } from '../trace/types.js';
import { failed, notExercised, passed, type KindOutcome, type RelatedPos } from './kind-result.js';
import { isObj } from './load-context.js';
import { compileToolPattern } from './policy-bridge.js';
import type { ExpectedSpec } from './types.js';

type Spec<K extends ExpectedSpec['kind']> = Extract<ExpectedSpec, { kind: K }>;

const MAX_RELATED = 10;

/** Calls in `index` order (sequence rules and name lists are defined over that order). */
export function orderedCalls(entry: TraceEntry): ToolCall[] {
  return [...entry.tool_calls].sort((a, b) => a.index - b.index);
}

/** Trace lines of the offending calls (≤ 10 lines), each with the indices of its offending calls. */
function related(calls: readonly ToolCall[]): RelatedPos[] {
  const out: RelatedPos[] = [];
  for (const c of calls) {
    const same = out.find((p) => p.file === c.pos.file && p.line === c.pos.line);
    if (same) {
      same.calls = [...(same.calls ?? []), c.index];
      continue;
    }
    if (out.length >= MAX_RELATED) break;
    out.push({ file: c.pos.file, line: c.pos.line, calls: [c.index] });
  }
  return out;
}

export function argsValid(spec: Spec<'args_valid'>, entry: TraceEntry): KindOutcome {
  const calls = orderedCalls(entry);
  if (calls.length === 0) return notExercised('no tool calls to validate', { violations: [] });
  const decisions = spec.policy.decideAll(calls.map((c) => ({ tool_name: c.tool_name, args: c.args })));
  const violations: Array<Record<string, unknown>> = [];
  const warnings: Array<Record<string, unknown>> = [];
  const offending: ToolCall[] = [];
  decisions.forEach((d, i) => {
    const call = calls[i]!;
    if (d.decision === 'deny') {
      offending.push(call);
      const base = { call_index: call.index, tool: call.tool_name, code: d.code ?? 'E_TOOL_DENIED' };
      if (d.violations && d.violations.length > 0) {
        for (const v of d.violations) {
          violations.push({ ...base, ...(v.path !== undefined ? { path: v.path } : {}), ...(v.constraint !== undefined ? { constraint: v.constraint } : {}), message: v.message });
        }
      } else violations.push({ ...base, message: d.reason });
    } else if (d.decision === 'allow_with_warning') {
      warnings.push({ call_index: call.index, tool: call.tool_name, code: d.code ?? '', message: d.reason });
    }
  });
  const extra = warnings.length > 0 ? { warnings } : {};
  if (violations.length === 0) return passed({ violations: [], ...extra });
  return failed({ message: `args_valid failed: ${violations.length} errors`, violations, ...extra }, related(offending));
}

export function sequenceValid(spec: Spec<'sequence_valid'>, entry: TraceEntry): KindOutcome {
  const calls = orderedCalls(entry);
  const names = calls.map((c) => c.tool_name);
  const outcomes = spec.rules ? spec.rules.check(calls.map((c) => ({ tool_name: c.tool_name, args: c.args }))) : [];
  const rules = outcomes.map((o) => ({ rule_id: o.rule_id, status: o.status, ...(o.reason !== undefined ? { reason: o.reason } : {}) }));
  const violated = outcomes.filter((o) => o.status === 'violated');
  if (violated.length > 0) {
    const spanned = new Set(violated.flatMap((o) => o.spanned ?? []));
    const first = violated[0]!;
    return failed(
      {
        message: `sequence_valid failed: ${first.rule_id}${first.reason ? `: ${first.reason}` : ''}${violated.length > 1 ? ` (+${violated.length - 1} more)` : ''}`,
        violations: violated.map((o) => ({ rule_id: o.rule_id, reason: o.reason ?? '', spanned: o.spanned ?? [] })),
        rules,
      },
      related(calls.filter((c) => spanned.has(c.index))),
    );
  }
  if (spec.rules && outcomes.length > 0 && outcomes.every((o) => o.status === 'not_exercised')) {
    // Every rule was not exercised: pass as not exercised; the exact-sequence check is skipped.
    return notExercised('no sequence rule was exercised', { rules });
  }
  if (spec.sequence !== undefined) {
    const same = names.length === spec.sequence.length && names.every((n, i) => n === spec.sequence![i]);
    if (!same) {
      return failed(
        { message: `expected sequence [${spec.sequence.join(', ')}], got [${names.join(', ')}]`, expected: spec.sequence, actual: names, ...(spec.rules ? { rules } : {}) },
        related(calls),
      );
    }
  }
  return passed({ ...(spec.rules ? { rules } : {}), ...(spec.sequence !== undefined ? { actual: names } : {}) });
}

export function toolBlocklist(spec: Spec<'tool_blocklist'>, entry: TraceEntry): KindOutcome {
  const patterns = spec.blocked.map((p) => compileToolPattern(p));
  const hits: Array<{ call: ToolCall; pattern: string }> = [];
  for (const call of orderedCalls(entry)) {
    const p = patterns.find((x) => x.test(call.tool_name));
    if (p) hits.push({ call, pattern: p.pattern });
  }
  if (hits.length === 0) return passed();
  return failed(
    {
      message: `Blocked tool called: ${hits[0]!.call.tool_name}`,
      blocked_calls: hits.map((h) => ({ call_index: h.call.index, tool: h.call.tool_name, pattern: h.pattern })),
    },
    related(hits.map((h) => h.call)),
  );
}

function toolList(v: unknown): Array<Record<string, unknown>> {
  return Array.isArray(v) ? v.filter(isObj) : [];
}

function schemaHash(def: Record<string, unknown>): string | undefined {
  return def.input_schema === undefined ? undefined : jcsSha256Hex(def.input_schema);
}

export function toolDescriptionIntegrity(spec: Spec<'tool_description_integrity'>, entry: TraceEntry): KindOutcome {
  const violations: Array<Record<string, unknown>> = [];
  if (spec.pinned.length > 0) {
    const defs = toolList(entry.meta.tool_definitions);
    if (defs.length === 0) return notExercised('no tool definitions in the trace');
    const byName = new Map<string, Record<string, unknown>>();
    for (const d of defs) if (typeof d.name === 'string' && !byName.has(d.name)) byName.set(d.name, d);
    for (const pin of spec.pinned) {
      const def = byName.get(pin.name);
      if (!def) {
        violations.push({ tool: pin.name, code: 'E_TOOL_NOT_FOUND', message: 'pinned tool absent from tool definitions' });
        continue;
      }
      if (pin.description !== undefined) {
        const actual = typeof def.description === 'string' ? def.description : '';
        if (actual !== pin.description) violations.push({ tool: pin.name, code: 'E_TOOL_DESCRIPTION_MISMATCH', expected: pin.description, actual });
      }
      if (pin.schema_sha256 !== undefined) {
        const actual = schemaHash(def) ?? '';
        if (actual !== pin.schema_sha256) {
          violations.push({ tool: pin.name, code: 'E_TOOL_SCHEMA_MISMATCH', expected_sha256: pin.schema_sha256, actual_sha256: actual });
        }
      }
    }
  } else {
    const raw = entry.meta.tool_definition_snapshots;
    const snaps = Array.isArray(raw) ? raw.map(toolList) : [];
    if (snaps.length < 2) return notExercised('fewer than two tool-definition snapshots: nothing to compare');
    const base = new Map<string, Record<string, unknown>>();
    for (const d of snaps[0]!) if (typeof d.name === 'string' && !base.has(d.name)) base.set(d.name, d);
    snaps.slice(1).forEach((snap, k) => {
      for (const d of snap) {
        if (typeof d.name !== 'string') continue;
        const b = base.get(d.name);
        if (!b) continue; // a tool added later is not a mutation
        const desc = (x: Record<string, unknown>) => (typeof x.description === 'string' ? x.description : undefined);
        if (desc(d) !== desc(b)) violations.push({ tool: d.name, snapshot: k + 1, field: 'description', code: 'E_TOOL_DESCRIPTION_MUTATED' });
        if (schemaHash(d) !== schemaHash(b)) violations.push({ tool: d.name, snapshot: k + 1, field: 'input_schema', code: 'E_TOOL_SCHEMA_MUTATED' });
      }
    });
  }
  if (violations.length === 0) return passed();
  return failed({ message: `tool_description_integrity: ${violations.length} violation(s)`, violations });
}

export function toolOutputValid(spec: Spec<'tool_output_valid'>, entry: TraceEntry): KindOutcome {
  const byTool = new Map(spec.schemas.map((s) => [s.tool, s.validator]));
  const violations: Array<Record<string, unknown>> = [];
  const offending: ToolCall[] = [];
  let checked = 0;
  for (const call of orderedCalls(entry)) {
    const v = byTool.get(call.tool_name);
    // Only calls with a result and no error carry an output contract.
    if (!v || call.result === null || call.result === undefined || (call.error !== null && call.error !== undefined)) continue;
    checked++;
    const errs = v.validate(call.result);
    if (errs.length > 0) {
      offending.push(call);
      violations.push({ call_index: call.index, tool: call.tool_name, call_id: call.id, code: 'E_OUTPUT_SCHEMA_VIOLATION', errors: errs });
    }
  }
  if (checked === 0) return notExercised('no call of a listed tool returned a result');
  if (violations.length === 0) return passed();
  return failed({ message: `tool_output_valid: ${violations.length} violation(s)`, violations }, related(offending));
}

export function toolCollisionDetect(spec: Spec<'tool_collision_detect'>, entry: TraceEntry): KindOutcome {
  const defs = toolList(entry.meta.tool_definitions);
  if (defs.length === 0) return notExercised('no tool definitions in the trace');
  const byName = new Map<string, Array<string | null>>();
  for (const d of defs) {
    if (typeof d.name !== 'string') continue;
    const identity = isObj(d.tool_identity) && typeof d.tool_identity.server_id === 'string' ? d.tool_identity.server_id : undefined;
    const server = identity ?? (typeof d.server_id === 'string' ? d.server_id : null);
    const list = byName.get(d.name) ?? [];
    // A named server counts once; an unknown origin (null) always counts as distinct.
    if (server === null || !list.includes(server)) list.push(server);
    byName.set(d.name, list);
  }
  const collisions: Array<Record<string, unknown>> = [];
  for (const name of [...byName.keys()].sort()) {
    const servers = byName.get(name)!;
    if (servers.length < 2) continue;
    const allTrusted = spec.trusted.length > 0 && servers.every((s) => s !== null && spec.trusted.includes(s));
    if (!allTrusted) collisions.push({ tool: name, code: 'E_TOOL_COLLISION', servers, count: servers.length });
  }
  if (collisions.length === 0) return passed();
  return failed({ message: `tool_collision_detect: ${collisions.length} collision(s)`, collisions });
}
