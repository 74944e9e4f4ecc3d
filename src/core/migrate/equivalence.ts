// "Decides every call exactly as the original": the two models must write the same v2
// document (every decision input: patterns, classes, schemas, enforcement, limits, pins, sequences,
// aliases, on_error) and agree on probe calls built from every name the policies mention.
import { toV2Document, type Policy, type ToolCallInput } from '../policy/index.js';

function namesOf(p: Policy): string[] {
  const names = new Set<string>(['', 'assay_probe_unlisted_tool']);
  const t = p.tools;
  for (const l of [t.allow, t.deny, t.approvalRequired, t.restrictScope, t.redactArgs]) {
    for (const e of l?.entries ?? []) {
      names.add(e.pattern);
      names.add(e.matcher.text);
      names.add(`${e.matcher.text}_probe`);
      names.add(`probe_${e.matcher.text}`);
    }
  }
  for (const k of p.schemas.keys()) names.add(k);
  for (const k of p.toolClasses.keys()) names.add(k);
  for (const k of p.toolPins.keys()) names.add(k);
  for (const members of p.aliases.values()) for (const m of members) names.add(m);
  for (const r of p.sequences) {
    const raw = r.raw;
    for (const key of ['tool', 'first', 'then', 'trigger', 'forbidden', 'pattern']) {
      const v = raw[key];
      if (typeof v === 'string') names.add(v);
      else if (v && typeof v === 'object' && typeof (v as { tool?: unknown }).tool === 'string') names.add((v as { tool: string }).tool);
    }
  }
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

const PROBE_ARGS: unknown[] = [{}, { path: '/probe', x: 'x' }];

function key(d: { decision: string; code: string | null; rule: string | null }): string {
  return `${d.decision}|${d.code ?? ''}|${d.rule ?? ''}`;
}

/** Differences between two policies on the given entries (each entry decided in one session). */
export function decisionMismatches(a: Policy, b: Policy, entries: ReadonlyArray<readonly ToolCallInput[]>, opts: { incremental?: boolean } = {}): string[] {
  const out: string[] = [];
  entries.forEach((calls, ei) => {
    const sa = a.newSession();
    const sb = b.newSession();
    calls.forEach((c, i) => {
      const da = sa.decide(c, { incremental: opts.incremental === true });
      const db = sb.decide(c, { incremental: opts.incremental === true });
      if (key(da) !== key(db)) out.push(`entry ${ei} call ${i} (${c.tool_name}): ${key(da)} vs ${key(db)}`);
    });
    const fa = sa.finish().map((s) => `${s.rule_id}=${s.status}`).join(',');
    const fb = sb.finish().map((s) => `${s.rule_id}=${s.status}`).join(',');
    if (fa !== fb) out.push(`entry ${ei} sequences: ${fa} vs ${fb}`);
  });
  return out;
}

export function policyEquivalence(original: Policy, migrated: Policy): string[] {
  const da = JSON.stringify(toV2Document(original));
  const db = JSON.stringify(toV2Document(migrated));
  const out: string[] = [];
  if (da !== db) out.push('the normalised policies differ');
  const names = [...new Set([...namesOf(original), ...namesOf(migrated)])];
  const single = names.flatMap((n) => PROBE_ARGS.map((args) => [{ tool_name: n, args }]));
  out.push(...decisionMismatches(original, migrated, single));
  out.push(...decisionMismatches(original, migrated, [names.map((n) => ({ tool_name: n, args: {} }))]));
  return out;
}
