// Lint packs: YAML with duplicate and unknown keys refused, validated into typed rules, normalized
// and digested. A pack that cannot be loaded is a config error (E_CFG_PARSE) naming the pack.
import { ConfigError, type Diagnostic } from '../../errors.js';
import { parseYamlSource, type KeyPath, type YamlSource } from '../../util/yaml-source.js';
import { canonicalize } from '../../jcs.js';
import { sha256Prefixed } from '../event.js';

export type PackKind = 'compliance' | 'security' | 'quality';
export type RuleSeverity = 'error' | 'warning' | 'info';

/** Our check engine version (`engine_min_version` is compared against it). */
export const ENGINE_VERSION = '1.2';

export type PackCheck =
  | { type: 'event_count'; min: number }
  | { type: 'event_pairs'; start_pattern: string; finish_pattern: string }
  | { type: 'event_field_present'; paths: string[]; paths_any_of: string[] | null; any_of: string[] | null; in_data: boolean | null }
  | { type: 'event_type_exists'; pattern: string }
  | { type: 'manifest_field'; path: string; required: boolean }
  | { type: 'json_path_exists'; paths: string[]; value_equals: unknown }
  | { type: 'conditional'; clauses: Array<{ path: string; equals: unknown }>; then_path: string; raw: { condition: unknown; then: unknown } }
  | { type: 'g3_authorization_context_present' }
  | { type: 'unsupported'; declared: string; params: Record<string, unknown> };

export interface PackRule {
  id: string;
  /** `<pack>@<version>:<id>` */
  canonical: string;
  severity: RuleSeverity;
  description: string;
  article_ref: string | null;
  help_markdown: string | null;
  engine_min_version: string | null;
  event_types: string[] | null;
  check: PackCheck;
  /** 1-based line of the rule's `id:` in its file (SARIF location of a global finding from a workspace pack). */
  line: number;
}

export interface LintPack {
  name: string;
  version: string;
  kind: PackKind;
  description: string;
  author: string;
  license: string;
  source_url: string | null;
  disclaimer: string | null;
  requires: { assay_min_version: string; evidence_schema_version: string | null } | null;
  rules: PackRule[];
  /** `sha256:` + hex(SHA-256(JCS(normalized pack))). */
  digest: string;
  /** `builtin` or the pack file (display path). */
  origin: { builtin: true } | { builtin: false; file: string };
}

const TOP_KEYS = ['name', 'version', 'kind', 'description', 'author', 'license', 'source_url', 'disclaimer', 'requires', 'rules'];
const RULE_KEYS = ['id', 'severity', 'description', 'article_ref', 'help_markdown', 'engine_min_version', 'event_types', 'check'];
const CHECK_PARAMS: Record<string, string[]> = {
  event_count: ['min'],
  event_pairs: ['start_pattern', 'finish_pattern'],
  event_field_present: ['paths_any_of', 'any_of', 'in_data'],
  event_type_exists: ['pattern'],
  manifest_field: ['path', 'required'],
  json_path_exists: ['paths', 'value_equals'],
  conditional: ['condition', 'then'],
  g3_authorization_context_present: [],
};

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `major.minor` comparison; NaN parts compare as unparseable (caller refuses them first). */
export function compareEngine(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  return (pa[0]! - pb[0]!) || ((pa[1] ?? 0) - (pb[1] ?? 0));
}

/** A JSON pointer as packs write it: a missing leading `/` is added. */
export function normalizePointer(p: string): string {
  return p.startsWith('/') ? p : '/' + p;
}

class PackErrors {
  readonly list: Diagnostic[] = [];
  constructor(
    private readonly src: YamlSource,
    private readonly display: string,
  ) {}

  add(path: KeyPath, message: string, key = false): void {
    const pos = key ? this.src.keyPosOf(path) : this.src.posOf(path);
    this.list.push({ code: 'E_CFG_PARSE', severity: 'error', message: `pack ${this.display}: ${message}`, file: this.display, ...pos, source: 'config' });
  }
}

/**
 * Parse and validate a pack. `display` names it in messages (a built-in name or a repo-relative path).
 * Throws ConfigError(E_CFG_PARSE) listing every problem found.
 */
export function parsePack(text: string, display: string, origin: LintPack['origin']): LintPack {
  const { source, errors } = parseYamlSource(text, display, 'E_CFG_PARSE');
  if (!source || errors.length > 0) throw packError(display, errors);
  const e = new PackErrors(source, display);
  const v = source.value;
  if (!isObj(v)) {
    e.add([], 'a pack must be a YAML mapping');
    throw packError(display, e.list);
  }
  for (const k of Object.keys(v)) if (!TOP_KEYS.includes(k)) e.add([k], `unknown key "${k}"`, true);
  const str = (path: KeyPath, val: unknown, required: boolean): string | null => {
    if (val === undefined || val === null) {
      if (required) e.add(path.slice(0, -1), `missing required key "${String(path[path.length - 1])}"`);
      return null;
    }
    if (typeof val !== 'string') {
      e.add(path, `"${path.join('.')}" must be a string`);
      return null;
    }
    return val;
  };
  const name = str(['name'], v.name, true);
  if (name !== null && !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(name)) e.add(['name'], 'name must be lowercase letters, digits and "-", not starting or ending with "-"');
  const version = str(['version'], v.version, true);
  const kind = str(['kind'], v.kind, true);
  if (kind !== null && kind !== 'compliance' && kind !== 'security' && kind !== 'quality') e.add(['kind'], 'kind must be compliance, security or quality');
  const description = str(['description'], v.description, true);
  const author = str(['author'], v.author, true);
  const license = str(['license'], v.license, true);
  const sourceUrl = str(['source_url'], v.source_url, false);
  const disclaimer = str(['disclaimer'], v.disclaimer, kind === 'compliance');
  let requires: LintPack['requires'] = null;
  if (v.requires !== undefined && v.requires !== null) {
    if (!isObj(v.requires)) e.add(['requires'], 'requires must be a mapping');
    else {
      for (const k of Object.keys(v.requires)) {
        if (k !== 'assay_min_version' && k !== 'evidence_schema_version') e.add(['requires', k], `unknown key "requires.${k}"`, true);
      }
      const min = str(['requires', 'assay_min_version'], v.requires.assay_min_version, true);
      if (min !== null && !/^>=\s*\d+\.\d+\.\d+$/.test(min)) e.add(['requires', 'assay_min_version'], 'assay_min_version must look like ">=X.Y.Z"');
      const esv = str(['requires', 'evidence_schema_version'], v.requires.evidence_schema_version, false);
      if (esv !== null && !/^\d+\.\d+$/.test(esv)) e.add(['requires', 'evidence_schema_version'], 'evidence_schema_version must look like "1.0"');
      if (min !== null) requires = { assay_min_version: min, evidence_schema_version: esv };
    }
  }
  const rules: PackRule[] = [];
  if (!Array.isArray(v.rules) || v.rules.length === 0) e.add(['rules'], 'rules must be a non-empty list');
  else {
    const ids = new Set<string>();
    v.rules.forEach((r, i) => {
      const rule = parseRule(r, i, e, str, `${name ?? '?'}@${version ?? '?'}`);
      if (rule === null) return;
      if (ids.has(rule.id)) e.add(['rules', i, 'id'], `duplicate rule id "${rule.id}"`);
      ids.add(rule.id);
      rule.line = source.posOf(['rules', i, 'id']).line;
      rules.push(rule);
    });
  }
  if (e.list.length > 0) throw packError(display, e.list);
  const pack: Omit<LintPack, 'digest'> = {
    name: name!,
    version: version!,
    kind: kind as PackKind,
    description: description!,
    author: author!,
    license: license!,
    source_url: sourceUrl,
    disclaimer,
    requires,
    rules,
    origin,
  };
  return { ...pack, digest: packDigest(pack) };
}

function parseRule(
  r: unknown,
  i: number,
  e: PackErrors,
  str: (path: KeyPath, val: unknown, required: boolean) => string | null,
  packId: string,
): PackRule | null {
  const at = (...p: Array<string | number>): KeyPath => ['rules', i, ...p];
  if (!isObj(r)) {
    e.add(at(), 'a rule must be a mapping');
    return null;
  }
  for (const k of Object.keys(r)) if (!RULE_KEYS.includes(k)) e.add(at(k), `unknown key "${k}" in rule`, true);
  const id = str(at('id'), r.id, true);
  if (id === '') e.add(at('id'), 'rule id must not be empty');
  const sevText = str(at('severity'), r.severity, true);
  let severity: RuleSeverity = 'error';
  if (sevText !== null) {
    const s = sevText.toLowerCase();
    if (s === 'error') severity = 'error';
    else if (s === 'warning' || s === 'warn') severity = 'warning';
    else if (s === 'info') severity = 'info';
    else e.add(at('severity'), 'severity must be error, warning, warn or info');
  }
  const description = str(at('description'), r.description, true);
  const articleRef = str(at('article_ref'), r.article_ref, false);
  const help = str(at('help_markdown'), r.help_markdown, false);
  const engine = str(at('engine_min_version'), r.engine_min_version, false);
  if (engine !== null && !/^\d+\.\d+$/.test(engine)) e.add(at('engine_min_version'), 'engine_min_version must look like "1.2"');
  let eventTypes: string[] | null = null;
  if (r.event_types !== undefined && r.event_types !== null) {
    if (!Array.isArray(r.event_types) || r.event_types.length === 0 || !r.event_types.every((t) => typeof t === 'string' && t !== '')) {
      e.add(at('event_types'), 'event_types must be a non-empty list of event types');
    } else eventTypes = r.event_types as string[];
  }
  const check = parseCheck(r.check, at('check'), e, engine);
  if (id === null || description === null || check === null || id === '') return null;
  return {
    id,
    canonical: `${packId}:${id}`,
    severity,
    description,
    article_ref: articleRef,
    help_markdown: help,
    engine_min_version: engine,
    event_types: eventTypes,
    check,
    line: 1,
  };
}

function stringList(v: unknown): string[] | null {
  return Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string' && x !== '') ? (v as string[]) : null;
}

function isScalar(v: unknown): boolean {
  return v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
}

function parseCheck(c: unknown, at: KeyPath, e: PackErrors, engine: string | null): PackCheck | null {
  if (!isObj(c)) {
    e.add(at, 'check must be a mapping with a "type"');
    return null;
  }
  const type = c.type;
  if (typeof type !== 'string' || type === '') {
    e.add(at, 'check.type must be a non-empty string');
    return null;
  }
  const params = CHECK_PARAMS[type];
  if (params === undefined) {
    // Fail closed (Differs): an unknown check is a load error unless the rule declares a newer engine.
    if (engine === null || compareEngine(engine, ENGINE_VERSION) <= 0) {
      e.add([...at, 'type'], `unknown check type "${type}"`);
      return null;
    }
    const { type: _t, ...rest } = c;
    return { type: 'unsupported', declared: type, params: rest };
  }
  for (const k of Object.keys(c)) if (k !== 'type' && !params.includes(k)) e.add([...at, k], `unknown parameter "${k}" for check ${type}`, true);
  const bad = (k: string, what: string) => {
    e.add([...at, k], `${type}.${k} ${what}`);
    return null;
  };
  switch (type) {
    case 'event_count': {
      if (typeof c.min !== 'number' || !Number.isInteger(c.min) || c.min <= 0) return bad('min', 'must be a positive integer');
      return { type, min: c.min };
    }
    case 'event_pairs': {
      if (typeof c.start_pattern !== 'string' || c.start_pattern === '') return bad('start_pattern', 'must be a non-empty glob');
      if (typeof c.finish_pattern !== 'string' || c.finish_pattern === '') return bad('finish_pattern', 'must be a non-empty glob');
      return { type, start_pattern: c.start_pattern, finish_pattern: c.finish_pattern };
    }
    case 'event_field_present': {
      const any = c.paths_any_of !== undefined ? stringList(c.paths_any_of) : null;
      if (c.paths_any_of !== undefined && any === null) return bad('paths_any_of', 'must be a non-empty list of JSON pointers');
      const legacy = c.any_of !== undefined ? stringList(c.any_of) : null;
      if (c.any_of !== undefined && legacy === null) return bad('any_of', 'must be a non-empty list of field names');
      if (c.in_data !== undefined && typeof c.in_data !== 'boolean') return bad('in_data', 'must be a boolean');
      if (any === null && legacy === null) return bad('paths_any_of', 'is required');
      const paths = [...(any ?? []).map(normalizePointer), ...(legacy ?? []).map((f) => (c.in_data === true ? '/data' : '') + normalizePointer(f))];
      return { type, paths, paths_any_of: any, any_of: legacy, in_data: typeof c.in_data === 'boolean' ? c.in_data : null };
    }
    case 'event_type_exists': {
      if (typeof c.pattern !== 'string' || c.pattern === '') return bad('pattern', 'must be a non-empty glob');
      return { type, pattern: c.pattern };
    }
    case 'manifest_field': {
      if (typeof c.path !== 'string' || c.path === '') return bad('path', 'must be a JSON pointer');
      if (c.required !== undefined && typeof c.required !== 'boolean') return bad('required', 'must be a boolean');
      return { type, path: normalizePointer(c.path), required: c.required === true };
    }
    case 'json_path_exists': {
      const paths = stringList(c.paths);
      if (paths === null) return bad('paths', 'must be a non-empty list of JSON pointers');
      if (c.value_equals !== undefined && paths.length !== 1) return bad('value_equals', 'needs exactly one path');
      return { type, paths: paths.map(normalizePointer), value_equals: c.value_equals === undefined ? undefined : c.value_equals };
    }
    case 'conditional': {
      const cond = c.condition;
      if (!isObj(cond) || !Array.isArray(cond.all) || cond.all.length === 0 || Object.keys(cond).some((k) => k !== 'all')) {
        return bad('condition', 'must be {all: [{path, equals}]}');
      }
      const clauses: Array<{ path: string; equals: unknown }> = [];
      for (const cl of cond.all) {
        if (!isObj(cl) || typeof cl.path !== 'string' || !('equals' in cl) || !isScalar(cl.equals) || Object.keys(cl).some((k) => k !== 'path' && k !== 'equals')) {
          return bad('condition', 'clauses must be {path, equals: scalar}');
        }
        clauses.push({ path: normalizePointer(cl.path), equals: cl.equals });
      }
      const then = c.then;
      const thenPaths = isObj(then) ? stringList(then.paths) : null;
      if (!isObj(then) || then.type !== 'json_path_exists' || thenPaths === null || thenPaths.length !== 1 || Object.keys(then).some((k) => k !== 'type' && k !== 'paths')) {
        return bad('then', 'must be {type: json_path_exists, paths: [one pointer]}');
      }
      return { type, clauses, then_path: normalizePointer(thenPaths[0]!), raw: { condition: cond, then } };
    }
    case 'g3_authorization_context_present':
      return { type };
  }
  return null;
}

/** The normalized form the digest is computed over: every key present, absent optionals as null. */
function normalizedPack(p: Omit<LintPack, 'digest'>): unknown {
  return {
    name: p.name,
    version: p.version,
    kind: p.kind,
    description: p.description,
    author: p.author,
    license: p.license,
    source_url: p.source_url,
    disclaimer: p.disclaimer,
    requires: p.requires,
    rules: p.rules.map((r) => ({
      id: r.id,
      severity: r.severity,
      description: r.description,
      article_ref: r.article_ref,
      help_markdown: r.help_markdown,
      engine_min_version: r.engine_min_version,
      event_types: r.event_types,
      check: normalizedCheck(r.check),
    })),
  };
}

function normalizedCheck(c: PackCheck): unknown {
  switch (c.type) {
    case 'event_field_present':
      return { type: c.type, paths_any_of: c.paths_any_of, any_of: c.any_of, in_data: c.in_data };
    case 'json_path_exists':
      return { type: c.type, paths: c.paths, value_equals: c.value_equals === undefined ? null : c.value_equals };
    case 'conditional':
      return { type: c.type, condition: c.raw.condition, then: c.raw.then };
    case 'unsupported':
      return { type: c.declared, ...c.params };
    default:
      return { ...c };
  }
}

export function packDigest(p: Omit<LintPack, 'digest'>): string {
  return sha256Prefixed(canonicalize(normalizedPack(p)));
}

function packError(display: string, diagnostics: Diagnostic[]): ConfigError {
  const first = diagnostics[0];
  return new ConfigError('E_CFG_PARSE', first?.message ?? `pack ${display}: invalid`, {
    source: 'config',
    context: { file: first?.file ?? display, line: first?.line, col: first?.col },
    diagnostics,
  });
}
