// The behaviour profile: runs merged into per-key counters, read by `generate --profile`
// and `evidence export --profile`. YAML (JSON when the file ends in .json). Tool-call traces add an
// `entries.tools` map (ours): per tool the run counters plus a mergeable argument summary.
import { statSync } from 'node:fs';
import { ConfigError, InputError, type Diagnostic } from '../errors.js';
import type { ArgStat, JsonType, StringShape } from '../generate/tool-stats.js';
import { emitYaml } from '../generate/yaml-emit.js';
import { parseYamlSource, type KeyPath, type YamlSource } from '../util/yaml-source.js';
import { readTextStrict } from '../util/read-text.js';

export const PROFILE_VERSION = '1.0';
export const MAX_RUN_IDS = 200;
export const MAX_RUN_ID_DIGESTS = 5000;
export const PROFILE_MAX_BYTES = 64 * 1024 * 1024;

export interface ProfileEntry {
  /** Unix seconds. */
  first_seen: number;
  last_seen: number;
  runs_seen: number;
  hits_total: number;
}

export interface ToolProfileEntry extends ProfileEntry {
  /** Entries (episodes) with a call, summed over runs. */
  entries: number;
  non_object_calls?: number;
  non_object_types?: JsonType[];
  args: Record<string, ArgStat>;
}

export type RuntimeSection = 'files' | 'network' | 'processes';

export interface Profile {
  version: string;
  name: string;
  created_at: string;
  updated_at: string;
  scope?: string;
  total_runs: number;
  run_ids: string[];
  run_id_digests: string[];
  entries: {
    files: Record<string, ProfileEntry>;
    network: Record<string, ProfileEntry>;
    processes: Record<string, ProfileEntry>;
    tools?: Record<string, ToolProfileEntry>;
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function emptyProfile(name: string, nowIso: string, scope?: string): Profile {
  return {
    version: PROFILE_VERSION,
    name,
    created_at: nowIso,
    updated_at: nowIso,
    ...(scope !== undefined ? { scope } : {}),
    total_runs: 0,
    run_ids: [],
    run_id_digests: [],
    entries: { files: {}, network: {}, processes: {} },
  };
}

function sortedMap<T>(m: Record<string, T>, f: (v: T) => unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(m).sort(cmp)) out[k] = f(m[k]!);
  return out;
}

function entryOut(e: ProfileEntry): Record<string, unknown> {
  return { first_seen: e.first_seen, last_seen: e.last_seen, runs_seen: e.runs_seen, hits_total: e.hits_total };
}

function shapeOut(s: StringShape): Record<string, unknown> {
  const o: Record<string, unknown> = { kind: s.kind };
  if (s.prefix !== undefined) o.prefix = s.prefix;
  if (s.origins !== undefined) o.origins = s.origins;
  if (s.traversal) o.traversal = true;
  return o;
}

function argOut(a: ArgStat): Record<string, unknown> {
  const o: Record<string, unknown> = { calls: a.calls, types: a.types };
  if (a.string) o.string = shapeOut(a.string);
  if (a.review?.length) o.review = a.review;
  return o;
}

function toolOut(e: ToolProfileEntry): Record<string, unknown> {
  const o: Record<string, unknown> = { ...entryOut(e), entries: e.entries };
  if (e.non_object_calls) {
    o.non_object_calls = e.non_object_calls;
    o.non_object_types = e.non_object_types ?? [];
  }
  o.args = sortedMap(e.args, argOut);
  return o;
}

/** The profile as a plain document in its documented key order. */
export function profileDocument(p: Profile): Record<string, unknown> {
  const entries: Record<string, unknown> = {
    files: sortedMap(p.entries.files, entryOut),
    network: sortedMap(p.entries.network, entryOut),
    processes: sortedMap(p.entries.processes, entryOut),
  };
  if (p.entries.tools && Object.keys(p.entries.tools).length) entries.tools = sortedMap(p.entries.tools, toolOut);
  return {
    version: p.version,
    name: p.name,
    created_at: p.created_at,
    updated_at: p.updated_at,
    ...(p.scope !== undefined ? { scope: p.scope } : {}),
    total_runs: p.total_runs,
    run_ids: p.run_ids,
    run_id_digests: p.run_id_digests,
    entries,
  };
}

export function serializeProfile(p: Profile, format: 'yaml' | 'json' = 'yaml'): string {
  const doc = profileDocument(p);
  return format === 'json' ? JSON.stringify(doc, null, 2) + '\n' : emitYaml(doc);
}

export function profileFormatFor(path: string): 'yaml' | 'json' {
  return /\.json$/i.test(path) ? 'json' : 'yaml';
}

// ---------------------------------------------------------------- reading

class Reader {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly source: YamlSource | undefined,
  ) {}

  error(path: KeyPath, message: string): void {
    const pos = this.source?.posOf(path) ?? { line: 1, col: 1 };
    this.diagnostics.push({ code: 'E_CFG_PARSE', severity: 'error', message, file: this.file, ...pos, source: 'config' });
  }

  obj(v: unknown, path: KeyPath, what: string): Record<string, unknown> | undefined {
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) return v as Record<string, unknown>;
    this.error(path, `${what} must be a mapping`);
    return undefined;
  }

  int(v: unknown, path: KeyPath, what: string, dflt?: number): number {
    if (v === undefined && dflt !== undefined) return dflt;
    if (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) return v;
    this.error(path, `${what} must be a non-negative integer`);
    return 0;
  }

  str(v: unknown, path: KeyPath, what: string): string {
    if (typeof v === 'string') return v;
    this.error(path, `${what} must be a string`);
    return '';
  }

  strList(v: unknown, path: KeyPath, what: string): string[] {
    if (v === undefined || v === null) return [];
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    this.error(path, `${what} must be a list of strings`);
    return [];
  }
}

const TYPES: readonly JsonType[] = ['null', 'boolean', 'integer', 'number', 'string', 'array', 'object'];

function readEntry(r: Reader, v: unknown, path: KeyPath, what: string): ProfileEntry | undefined {
  const o = r.obj(v, path, what);
  if (!o) return undefined;
  return {
    first_seen: r.int(o.first_seen, [...path, 'first_seen'], `${what}.first_seen`, 0),
    last_seen: r.int(o.last_seen, [...path, 'last_seen'], `${what}.last_seen`, 0),
    runs_seen: r.int(o.runs_seen, [...path, 'runs_seen'], `${what}.runs_seen`),
    hits_total: r.int(o.hits_total, [...path, 'hits_total'], `${what}.hits_total`, 0),
  };
}

function readTypes(r: Reader, v: unknown, path: KeyPath, what: string): JsonType[] {
  const list = r.strList(v, path, what);
  for (const t of list) if (!(TYPES as readonly string[]).includes(t)) r.error(path, `${what}: unknown type "${t}"`);
  return list.filter((t): t is JsonType => (TYPES as readonly string[]).includes(t));
}

function readArg(r: Reader, v: unknown, path: KeyPath, what: string): ArgStat | undefined {
  const o = r.obj(v, path, what);
  if (!o) return undefined;
  const a: ArgStat = { calls: r.int(o.calls, [...path, 'calls'], `${what}.calls`), types: readTypes(r, o.types, [...path, 'types'], `${what}.types`) };
  if (o.string !== undefined) {
    const s = r.obj(o.string, [...path, 'string'], `${what}.string`);
    if (s) {
      const kind = s.kind;
      if (kind !== 'path' && kind !== 'url' && kind !== 'text') r.error([...path, 'string', 'kind'], `${what}.string.kind must be path, url or text`);
      else {
        const shape: StringShape = { kind };
        if (kind === 'path') {
          shape.prefix = s.prefix === undefined ? '' : r.str(s.prefix, [...path, 'string', 'prefix'], `${what}.string.prefix`);
          if (s.traversal === true) shape.traversal = true;
        }
        if (kind === 'url') shape.origins = s.origins === null ? null : r.strList(s.origins, [...path, 'string', 'origins'], `${what}.string.origins`);
        a.string = shape;
      }
    }
  }
  if (o.review !== undefined) a.review = r.strList(o.review, [...path, 'review'], `${what}.review`);
  return a;
}

function readTool(r: Reader, v: unknown, path: KeyPath, what: string): ToolProfileEntry | undefined {
  const base = readEntry(r, v, path, what);
  const o = v as Record<string, unknown>;
  if (!base) return undefined;
  const t: ToolProfileEntry = { ...base, entries: r.int(o.entries, [...path, 'entries'], `${what}.entries`, base.runs_seen), args: {} };
  if (o.non_object_calls !== undefined) {
    t.non_object_calls = r.int(o.non_object_calls, [...path, 'non_object_calls'], `${what}.non_object_calls`);
    t.non_object_types = readTypes(r, o.non_object_types, [...path, 'non_object_types'], `${what}.non_object_types`);
  }
  if (o.args !== undefined && o.args !== null) {
    const args = r.obj(o.args, [...path, 'args'], `${what}.args`);
    for (const [k, av] of Object.entries(args ?? {})) {
      const a = readArg(r, av, [...path, 'args', k], `${what}.args.${k}`);
      if (a) t.args[k] = a;
    }
  }
  return t;
}

/** Parse profile text (YAML or JSON). Throws ConfigError E_CFG_PARSE with every problem found. */
export function parseProfile(text: string, file: string): Profile {
  const parsed = parseYamlSource(text, file, 'E_CFG_PARSE');
  const r = new Reader(file, parsed.source);
  if (!parsed.source) throw profileError(file, parsed.errors);
  const root = r.obj(parsed.source.value, [], 'profile');
  if (!root) throw profileError(file, r.diagnostics);
  for (const k of ['version', 'name', 'total_runs'] as const) if (!(k in root)) r.error([], `profile is missing required key "${k}"`);
  const version = root.version === undefined ? PROFILE_VERSION : typeof root.version === 'number' ? String(root.version) : r.str(root.version, ['version'], 'version');
  const p: Profile = {
    version,
    name: root.name === undefined ? '' : r.str(root.name, ['name'], 'name'),
    created_at: root.created_at === undefined ? '' : r.str(root.created_at, ['created_at'], 'created_at'),
    updated_at: root.updated_at === undefined ? '' : r.str(root.updated_at, ['updated_at'], 'updated_at'),
    total_runs: root.total_runs === undefined ? 0 : r.int(root.total_runs, ['total_runs'], 'total_runs'),
    run_ids: r.strList(root.run_ids, ['run_ids'], 'run_ids'),
    run_id_digests: r.strList(root.run_id_digests, ['run_id_digests'], 'run_id_digests'),
    entries: { files: {}, network: {}, processes: {} },
  };
  if (root.scope !== undefined && root.scope !== null) p.scope = r.str(root.scope, ['scope'], 'scope');
  if (p.run_ids.length > MAX_RUN_IDS) r.error(['run_ids'], `run_ids holds ${p.run_ids.length} ids (at most ${MAX_RUN_IDS})`);
  if (p.run_id_digests.length > MAX_RUN_ID_DIGESTS) r.error(['run_id_digests'], `run_id_digests holds ${p.run_id_digests.length} digests (at most ${MAX_RUN_ID_DIGESTS})`);
  p.run_id_digests.forEach((d, i) => {
    if (!/^[0-9a-f]{64}$/.test(d)) r.error(['run_id_digests', i], 'run_id_digests entries must be 64 lowercase hex characters (sha256)');
  });
  const entries = root.entries === undefined || root.entries === null ? {} : r.obj(root.entries, ['entries'], 'entries');
  for (const sec of ['files', 'network', 'processes'] as const) {
    const m = entries?.[sec];
    if (m === undefined || m === null) continue;
    const mo = r.obj(m, ['entries', sec], `entries.${sec}`);
    for (const [k, v] of Object.entries(mo ?? {})) {
      const e = readEntry(r, v, ['entries', sec, k], `entries.${sec}[${JSON.stringify(k)}]`);
      if (e) p.entries[sec][k] = e;
    }
  }
  if (entries?.tools !== undefined && entries.tools !== null) {
    const mo = r.obj(entries.tools, ['entries', 'tools'], 'entries.tools');
    const tools: Record<string, ToolProfileEntry> = {};
    for (const [k, v] of Object.entries(mo ?? {})) {
      const t = readTool(r, v, ['entries', 'tools', k], `entries.tools[${JSON.stringify(k)}]`);
      if (t) tools[k] = t;
    }
    p.entries.tools = tools;
  }
  if (r.diagnostics.length) throw profileError(file, r.diagnostics);
  return p;
}

function profileError(file: string, diagnostics: Diagnostic[]): ConfigError {
  const first = diagnostics[0];
  const where = first?.line !== undefined ? `${file}:${first.line}:${first.col ?? 1}` : file;
  return new ConfigError('E_CFG_PARSE', `${where}: invalid profile: ${first?.message ?? 'unreadable'}`, {
    source: 'config',
    context: { file, line: first?.line, col: first?.col },
    nextStepValues: { 'config.yaml': file },
    diagnostics,
  });
}

/** Read a profile file; a missing file → E_PATH_NOT_FOUND. */
export function loadProfile(path: string, display: string): Profile {
  let text: string;
  try {
    const st = statSync(path);
    if (!st.isFile() || st.size > PROFILE_MAX_BYTES) throw profileError(display, [{ code: 'E_CFG_PARSE', severity: 'error', message: 'profile must be a regular file of at most 64 MiB', file: display, source: 'config' }]);
    text = readTextStrict(path, display, 'E_CFG_PARSE');
  } catch (e) {
    if (e instanceof ConfigError) throw e;
    throw new InputError('E_PATH_NOT_FOUND', `${display}: profile not found`, {
      source: 'cli',
      context: { file: display },
      diagnostics: [{ code: 'E_PATH_NOT_FOUND', severity: 'error', message: `Profile file not found: ${display}`, file: display, source: 'cli' }],
    });
  }
  return parseProfile(text, display);
}
