// The loaded model written back as a minimal v2 document (for `assay migrate`): key order
// version, name, metadata, tools, tool_classes, schemas, enforcement, limits, sequences, aliases,
// on_error, tool_pins, signatures, discovery, runtime_monitor, kill_switch; defaults and empty
// collections omitted (a present-but-empty allow list is kept: it denies everything).
import { isPlainObject } from './load-context.js';
import type { ClassList, PatternList, Policy, SchemaSource, ToolSchema } from './types.js';

const patterns = (l: PatternList) => l.entries.map((e) => e.pattern);
const classes = (l: ClassList) => l.entries.map((e) => e.cls);

/** A source schema without the shared `$defs` the loader merged into it. */
function unmerge(s: SchemaSource, shared: Record<string, unknown> | null): unknown {
  if (!shared || !isPlainObject(s.schema) || !isPlainObject(s.schema.$defs)) return s.schema;
  const own: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s.schema.$defs)) if (!(k in shared) || shared[k] !== v) own[k] = v;
  const out: Record<string, unknown> = { ...s.schema };
  if (Object.keys(own).length > 0) out.$defs = own;
  else delete out.$defs;
  return out;
}

/** One schema for a tool: the single source, or allOf with each source's $defs/$schema hoisted. */
function combined(ts: ToolSchema, shared: Record<string, unknown> | null): unknown {
  const parts = ts.sources.map((s) => unmerge(s, shared));
  if (parts.length === 1) return parts[0];
  const defs: Record<string, unknown> = {};
  let dialect: unknown;
  let hoistable = true;
  for (const p of parts) {
    if (!isPlainObject(p)) continue;
    if (isPlainObject(p.$defs)) for (const k of Object.keys(p.$defs)) if (k in defs) hoistable = false;
    if (isPlainObject(p.$defs)) Object.assign(defs, p.$defs);
    if (p.$schema !== undefined) {
      if (dialect !== undefined && dialect !== p.$schema) hoistable = false;
      dialect = p.$schema;
    }
  }
  if (!hoistable) return { allOf: parts };
  const allOf = parts.map((p) => {
    if (!isPlainObject(p)) return p;
    const c = { ...p };
    delete c.$defs;
    delete c.$schema;
    return c;
  });
  const out: Record<string, unknown> = {};
  if (dialect !== undefined) out.$schema = dialect;
  out.allOf = allOf;
  if (Object.keys(defs).length > 0) out.$defs = defs;
  return out;
}

export function toV2Document(policy: Policy): Record<string, unknown> {
  const doc: Record<string, unknown> = { version: '2.0' };
  if (policy.name !== null) doc.name = policy.name;
  if (policy.metadata !== undefined && policy.metadata !== null) doc.metadata = policy.metadata;

  const t = policy.tools;
  const tools: Record<string, unknown> = {};
  if (t.allow !== null) tools.allow = patterns(t.allow);
  if (t.deny.entries.length > 0) tools.deny = patterns(t.deny);
  if (t.allowClasses !== null) tools.allow_classes = classes(t.allowClasses);
  if (t.denyClasses.entries.length > 0) tools.deny_classes = classes(t.denyClasses);
  const lists: Array<[string, PatternList | ClassList]> = [
    ['approval_required', t.approvalRequired],
    ['approval_required_classes', t.approvalRequiredClasses],
    ['restrict_scope', t.restrictScope],
    ['restrict_scope_classes', t.restrictScopeClasses],
  ];
  for (const [k, l] of lists) if (l.entries.length > 0) tools[k] = 'pattern' in (l.entries[0] ?? {}) ? patterns(l as PatternList) : classes(l as ClassList);
  if (t.restrictScopeContract) tools.restrict_scope_contract = t.restrictScopeContract;
  if (t.redactArgs.entries.length > 0) tools.redact_args = patterns(t.redactArgs);
  if (t.redactArgsClasses.entries.length > 0) tools.redact_args_classes = classes(t.redactArgsClasses);
  if (t.redactArgsContract) tools.redact_args_contract = t.redactArgsContract;
  if (Object.keys(tools).length > 0) doc.tools = tools;

  if (policy.toolClasses.size > 0) doc.tool_classes = Object.fromEntries([...policy.toolClasses].map(([k, v]) => [k, [...v]]));
  if (policy.schemas.size > 0 || policy.sharedDefs) {
    const schemas: Record<string, unknown> = {};
    if (policy.sharedDefs) schemas.$defs = policy.sharedDefs;
    for (const [tool, ts] of policy.schemas) schemas[tool] = combined(ts, policy.sharedDefs);
    doc.schemas = schemas;
  }
  if (policy.enforcement.explicit) doc.enforcement = { unconstrained_tools: policy.enforcement.unconstrainedTools };
  if (policy.limits) {
    const l: Record<string, number> = {};
    if (policy.limits.maxRequestsTotal !== null) l.max_requests_total = policy.limits.maxRequestsTotal;
    if (policy.limits.maxToolCallsTotal !== null) l.max_tool_calls_total = policy.limits.maxToolCallsTotal;
    if (Object.keys(l).length > 0) doc.limits = l;
  }
  if (policy.sequences.length > 0) doc.sequences = policy.sequences.map((r) => r.raw);
  if (policy.aliases.size > 0) doc.aliases = Object.fromEntries([...policy.aliases].map(([k, v]) => [k, [...v]]));
  if (policy.onError !== 'block') doc.on_error = policy.onError;
  if (policy.toolPins.size > 0) {
    doc.tool_pins = Object.fromEntries(
      [...policy.toolPins].map(([k, p]) => [k, { server_id: p.server_id, tool_name: p.tool_name, schema_hash: p.schema_hash, meta_hash: p.meta_hash }]),
    );
  }
  if (policy.signatures) doc.signatures = { check_descriptions: policy.signatures.checkDescriptions };
  if (policy.discovery) doc.discovery = policy.discovery;
  if (policy.runtimeMonitor) doc.runtime_monitor = policy.runtimeMonitor;
  if (policy.killSwitch) doc.kill_switch = policy.killSwitch;
  return doc;
}
