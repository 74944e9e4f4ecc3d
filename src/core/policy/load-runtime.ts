// enforcement, limits, tool_pins, on_error, and the proxy-only sections (signatures, discovery,
// runtime_monitor, kill_switch) — validated here so a bad value is a load error everywhere.
import type { KeyPath } from '../util/yaml-source.js';
import { LoadContext, has, isPlainObject, renderPath } from './load-context.js';
import type { EnforcementRule, LimitsRule, ToolPin } from './types.js';

/** Unknown keys are errors (warnings when lenient): a typo could silently drop a limit or a rule. */
function closedKeys(ctx: LoadContext, path: KeyPath, obj: Record<string, unknown>, allowed: readonly string[], rule = false): void {
  ctx.checkKeys(path, obj, allowed, { rule });
}

function oneOf<T extends string>(ctx: LoadContext, path: KeyPath, v: unknown, values: readonly T[]): T | null {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  ctx.error(path, `${renderPath(path)} must be one of: ${values.join(', ')}`);
  return null;
}

function mapping(ctx: LoadContext, path: KeyPath, v: unknown): Record<string, unknown> | null {
  if (isPlainObject(v)) return v;
  ctx.error(path, `${renderPath(path)} must be a mapping`);
  return null;
}

export function parseEnforcement(ctx: LoadContext, root: Record<string, unknown>): EnforcementRule {
  const out: EnforcementRule = { unconstrainedTools: 'warn', explicit: false };
  if (!has(root, 'enforcement') || root.enforcement === null) return out;
  const e = mapping(ctx, ['enforcement'], root.enforcement);
  if (!e) return out;
  closedKeys(ctx, ['enforcement'], e, ['unconstrained_tools']);
  if (has(e, 'unconstrained_tools')) {
    const v = oneOf(ctx, ['enforcement', 'unconstrained_tools'], e.unconstrained_tools, ['warn', 'deny', 'allow'] as const);
    if (v) {
      out.unconstrainedTools = v;
      out.explicit = true;
      const ref = ctx.ref(['enforcement', 'unconstrained_tools'], true);
      if (ref) out.ref = ref;
    }
  }
  return out;
}

export function parseLimits(ctx: LoadContext, root: Record<string, unknown>): LimitsRule | null {
  if (!has(root, 'limits') || root.limits === null) return null;
  const l = mapping(ctx, ['limits'], root.limits);
  if (!l) return null;
  closedKeys(ctx, ['limits'], l, ['max_requests_total', 'max_tool_calls_total']);
  const out: LimitsRule = { maxRequestsTotal: null, maxToolCallsTotal: null };
  const ref = ctx.ref(['limits'], true);
  if (ref) out.ref = ref;
  for (const key of ['max_requests_total', 'max_tool_calls_total'] as const) {
    if (!has(l, key) || l[key] === null) continue;
    const v = l[key];
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) {
      ctx.error(['limits', key], `limits.${key} must be an integer ≥ 1`);
      continue;
    }
    const r = ctx.ref(['limits', key], true);
    if (key === 'max_requests_total') {
      out.maxRequestsTotal = v;
      if (r) out.maxRequestsRef = r;
    } else {
      out.maxToolCallsTotal = v;
      if (r) out.maxToolCallsRef = r;
    }
  }
  return out;
}

const HEX64 = /^[0-9a-f]{64}$/;
const PIN_KEYS = ['server_id', 'tool_name', 'schema_hash', 'meta_hash'] as const;

export function parseToolPins(ctx: LoadContext, root: Record<string, unknown>): Map<string, ToolPin> {
  const out = new Map<string, ToolPin>();
  if (!has(root, 'tool_pins') || root.tool_pins === null) return out;
  const pins = mapping(ctx, ['tool_pins'], root.tool_pins);
  if (!pins) return out;
  for (const [tool, raw] of Object.entries(pins)) {
    const path: KeyPath = ['tool_pins', tool];
    const p = mapping(ctx, path, raw);
    if (!p) continue;
    closedKeys(ctx, path, p, PIN_KEYS);
    let ok = true;
    for (const k of PIN_KEYS) {
      const v = p[k];
      if (typeof v !== 'string') {
        ctx.error(has(p, k) ? [...path, k] : path, `${renderPath([...path, k])} must be a string`);
        ok = false;
      } else if ((k === 'schema_hash' || k === 'meta_hash') && !HEX64.test(v)) {
        ctx.error([...path, k], `${renderPath([...path, k])} must be 64 lowercase hex characters`);
        ok = false;
      }
    }
    if (!ok) continue;
    const pin: ToolPin = {
      tool,
      server_id: p.server_id as string,
      tool_name: p.tool_name as string,
      schema_hash: p.schema_hash as string,
      meta_hash: p.meta_hash as string,
    };
    const ref = ctx.ref(path, true);
    if (ref) pin.ref = ref;
    out.set(tool, pin);
  }
  return out;
}

export function parseOnError(ctx: LoadContext, root: Record<string, unknown>): 'block' | 'allow' {
  if (!has(root, 'on_error') || root.on_error === null) return 'block';
  return oneOf(ctx, ['on_error'], root.on_error, ['block', 'allow'] as const) ?? 'block';
}

export function parseSignatures(ctx: LoadContext, root: Record<string, unknown>): { checkDescriptions: boolean } | null {
  if (!has(root, 'signatures') || root.signatures === null) return null;
  const s = mapping(ctx, ['signatures'], root.signatures);
  if (!s) return null;
  closedKeys(ctx, ['signatures'], s, ['check_descriptions']);
  const v = s.check_descriptions ?? false;
  if (typeof v !== 'boolean') {
    ctx.error(['signatures', 'check_descriptions'], 'signatures.check_descriptions must be a boolean');
    return null;
  }
  return { checkDescriptions: v };
}

function optBool(ctx: LoadContext, path: KeyPath, o: Record<string, unknown>, key: string): void {
  if (has(o, key) && typeof o[key] !== 'boolean') ctx.error([...path, key], `${renderPath([...path, key])} must be a boolean`);
}

function optStringList(ctx: LoadContext, path: KeyPath, o: Record<string, unknown>, key: string): void {
  const v = o[key];
  if (v !== undefined && (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))) {
    ctx.error([...path, key], `${renderPath([...path, key])} must be a list of strings`);
  }
}

export function parseDiscovery(ctx: LoadContext, root: Record<string, unknown>): Record<string, unknown> | null {
  if (!has(root, 'discovery') || root.discovery === null) return null;
  const path: KeyPath = ['discovery'];
  const d = mapping(ctx, path, root.discovery);
  if (!d) return null;
  closedKeys(ctx, path, d, ['enabled', 'methods', 'output', 'on_findings']);
  optBool(ctx, path, d, 'enabled');
  if (has(d, 'methods')) {
    const m = d.methods;
    const methods = ['config_files', 'processes', 'network', 'dns', 'well_known'];
    if (!Array.isArray(m)) ctx.error([...path, 'methods'], 'discovery.methods must be a list');
    else m.forEach((x, i) => oneOf(ctx, [...path, 'methods', i], x, methods));
  }
  if (has(d, 'output') && d.output !== null && typeof d.output !== 'string') ctx.error([...path, 'output'], 'discovery.output must be a string');
  if (has(d, 'on_findings')) {
    const f = mapping(ctx, [...path, 'on_findings'], d.on_findings);
    if (f) {
      closedKeys(ctx, [...path, 'on_findings'], f, ['unmanaged_server', 'no_auth']);
      for (const k of ['unmanaged_server', 'no_auth']) {
        if (has(f, k)) oneOf(ctx, [...path, 'on_findings', k], f[k], ['log', 'warn', 'fail']);
      }
    }
  }
  return d;
}

function parseMonitorMatch(ctx: LoadContext, path: KeyPath, v: unknown): void {
  const m = mapping(ctx, path, v);
  if (!m) return;
  closedKeys(ctx, path, m, ['path_globs', 'dest_globs', 'not']);
  optStringList(ctx, path, m, 'path_globs');
  optStringList(ctx, path, m, 'dest_globs');
  if (has(m, 'not') && m.not !== null) parseMonitorMatch(ctx, [...path, 'not'], m.not);
}

export function parseRuntimeMonitor(ctx: LoadContext, root: Record<string, unknown>): { value: Record<string, unknown> | null; ruleIds: Set<string> } {
  const ruleIds = new Set<string>();
  if (!has(root, 'runtime_monitor') || root.runtime_monitor === null) return { value: null, ruleIds };
  const path: KeyPath = ['runtime_monitor'];
  const rm = mapping(ctx, path, root.runtime_monitor);
  if (!rm) return { value: null, ruleIds };
  closedKeys(ctx, path, rm, ['enabled', 'provider', 'rules']);
  optBool(ctx, path, rm, 'enabled');
  if (has(rm, 'provider')) oneOf(ctx, [...path, 'provider'], rm.provider, ['ebpf']);
  if (has(rm, 'rules')) {
    if (!Array.isArray(rm.rules)) ctx.error([...path, 'rules'], 'runtime_monitor.rules must be a list');
    else {
      rm.rules.forEach((raw, i) => {
        const rp: KeyPath = [...path, 'rules', i];
        const r = mapping(ctx, rp, raw);
        if (!r) return;
        closedKeys(ctx, rp, r, ['id', 'type', 'match', 'severity', 'action'], true);
        if (typeof r.id !== 'string') ctx.error(has(r, 'id') ? [...rp, 'id'] : rp, `${renderPath([...rp, 'id'])} must be a string`);
        else if (ruleIds.has(r.id)) ctx.error([...rp, 'id'], `duplicate runtime_monitor rule id "${r.id}"`);
        else ruleIds.add(r.id);
        if (!has(r, 'type')) ctx.error(rp, `${renderPath(rp)} is missing "type"`);
        else oneOf(ctx, [...rp, 'type'], r.type, ['file_open', 'net_connect', 'proc_exec']);
        if (!has(r, 'match')) ctx.error(rp, `${renderPath(rp)} is missing "match"`);
        else parseMonitorMatch(ctx, [...rp, 'match'], r.match);
        if (has(r, 'severity')) oneOf(ctx, [...rp, 'severity'], r.severity, ['low', 'medium', 'high', 'critical']);
        if (has(r, 'action')) oneOf(ctx, [...rp, 'action'], r.action, ['log', 'alert', 'trigger_kill']);
      });
    }
  }
  return { value: rm, ruleIds };
}

export function parseKillSwitch(ctx: LoadContext, root: Record<string, unknown>, monitorRuleIds: Set<string>): Record<string, unknown> | null {
  if (!has(root, 'kill_switch') || root.kill_switch === null) return null;
  const path: KeyPath = ['kill_switch'];
  const ks = mapping(ctx, path, root.kill_switch);
  if (!ks) return null;
  closedKeys(ctx, path, ks, ['enabled', 'mode', 'grace_period_ms', 'kill_children', 'capture_state', 'output_dir', 'triggers']);
  optBool(ctx, path, ks, 'enabled');
  optBool(ctx, path, ks, 'kill_children');
  optBool(ctx, path, ks, 'capture_state');
  if (has(ks, 'mode')) oneOf(ctx, [...path, 'mode'], ks.mode, ['graceful', 'immediate']);
  if (has(ks, 'grace_period_ms')) {
    const g = ks.grace_period_ms;
    if (typeof g !== 'number' || !Number.isSafeInteger(g) || g < 0) ctx.error([...path, 'grace_period_ms'], 'kill_switch.grace_period_ms must be an integer ≥ 0');
  }
  if (has(ks, 'output_dir') && ks.output_dir !== null && typeof ks.output_dir !== 'string') {
    ctx.error([...path, 'output_dir'], 'kill_switch.output_dir must be a string');
  }
  if (has(ks, 'triggers')) {
    if (!Array.isArray(ks.triggers)) ctx.error([...path, 'triggers'], 'kill_switch.triggers must be a list');
    else {
      ks.triggers.forEach((raw, i) => {
        const tp: KeyPath = [...path, 'triggers', i];
        const t = mapping(ctx, tp, raw);
        if (!t) return;
        closedKeys(ctx, tp, t, ['on_rule', 'mode'], true);
        if (typeof t.on_rule !== 'string') ctx.error(has(t, 'on_rule') ? [...tp, 'on_rule'] : tp, `${renderPath([...tp, 'on_rule'])} must be a string`);
        else if (!monitorRuleIds.has(t.on_rule)) {
          ctx.error([...tp, 'on_rule'], `${renderPath([...tp, 'on_rule'])} "${t.on_rule}" names no runtime_monitor.rules[].id`);
        }
        if (has(t, 'mode') && t.mode !== null) oneOf(ctx, [...tp, 'mode'], t.mode, ['graceful', 'immediate']);
      });
    }
  }
  return ks;
}
