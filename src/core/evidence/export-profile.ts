// `assay evidence export --profile`: a recorded profile → bundle events. Never reads the clock: the
// event time is `--time` › `updated_at` › `created_at` › SOURCE_DATE_EPOCH (passed in) › error.
import { createHash } from 'node:crypto';
import { ConfigError, UsageError } from '../errors.js';
import type { EventInput } from './writer.js';
import { normalizeRfc3339, renderInstant } from './time.js';

export type ExportDetail = 'summary' | 'observed' | 'full';

export interface ProducerInfo {
  /** Assay version (`source` is `urn:assay:cli:<version>`). */
  version: string;
  /** Build commit, or `unknown`. */
  git: string;
}

export interface ProfileExportOptions extends ProducerInfo {
  detail: ExportDetail;
  runId?: string;
  /** `--time` (RFC 3339). */
  time?: string;
  /** SOURCE_DATE_EPOCH (integer seconds as text), the last fallback for the event time. */
  sourceDateEpoch?: string;
  /** Profile file as shown in messages. */
  file: string;
}

export const PROFILE_PHASE_SUBJECT = 'urn:assay:phase:profile';

const hex = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** `00-<sha256(run_id)[0:32]>-<sha256(id)[0:16]>-01`. */
export function exportTraceparent(runId: string, id: string): string {
  return `00-${hex(runId).slice(0, 32)}-${hex(id).slice(0, 16)}-01`;
}

const SECRET_PREFIXES = [
  'authorization: bearer ',
  'authorization: ',
  'token=',
  'key=',
  'bearer ',
  'api_key=',
  'apikey=',
  'secret=',
  'password=',
  'session=',
  'cookie=',
  'x-api-key:',
  'x-token:',
];

/** Scrubbing for `observed`/`summary`: POSIX separators, home directories generalized, secrets cut. */
export function scrubKey(key: string): string {
  let s = key.replace(/\\/g, '/');
  const home = /^\/home\/[^/]*(?:\/|$)/.exec(s) ?? /^\/Users\/[^/]*(?:\/|$)/.exec(s);
  if (home) s = '~/**/' + s.slice(home[0].length);
  else {
    const at = s.indexOf('/Users/');
    if (at !== -1) {
      const rest = s.slice(at + '/Users/'.length);
      const slash = rest.indexOf('/');
      s = '~/**/' + (slash === -1 ? '' : rest.slice(slash + 1));
    }
  }
  const lower = s.toLowerCase();
  for (const p of SECRET_PREFIXES) {
    const i = lower.indexOf(p);
    if (i !== -1) return s.slice(0, i + p.length) + '***';
  }
  return s;
}

/** Code-point-wise comparison equals UTF-8 byte order (the reference's map order). */
export function compareUtf8(a: string, b: string): number {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return Buffer.compare(x, y);
}

function isObj(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function invalid(file: string, message: string): ConfigError {
  const m = `${file}: ${message}`;
  return new ConfigError('E_CFG_PARSE', m, { source: 'config', context: { file }, diagnostics: [{ code: 'E_CFG_PARSE', severity: 'error', message: m, file, source: 'config' }] });
}

export function usageError(message: string): UsageError {
  return new UsageError('E_INVALID_ARGS', message, { source: 'cli' });
}

/** The event time, rendered. */
export function resolveExportTime(given: string | undefined, candidates: ReadonlyArray<unknown>, sourceDateEpoch: string | undefined, file: string): string {
  if (given !== undefined) {
    const t = normalizeRfc3339(given);
    if (t === undefined) throw usageError(`--time ${JSON.stringify(given)} is not an RFC 3339 timestamp`);
    return t;
  }
  for (const c of candidates) {
    if (c === undefined || c === null) continue;
    const t = typeof c === 'string' ? normalizeRfc3339(c) : undefined;
    if (t === undefined) throw invalid(file, `timestamp ${JSON.stringify(c)} is not RFC 3339`);
    return t;
  }
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch)) return renderInstant({ seconds: Number(sourceDateEpoch), nanos: 0 });
  throw usageError(`no event time: ${file} has no updated_at or created_at; pass --time RFC3339 or set SOURCE_DATE_EPOCH`);
}

export function checkRunId(runId: string): string {
  if (runId === '') throw usageError('the run id must not be empty');
  if (runId.includes(':')) throw usageError(`run id ${JSON.stringify(runId)} must not contain ':'`);
  return runId;
}

interface Entry {
  key: string;
  first_seen: unknown;
  last_seen: unknown;
  runs_seen: unknown;
  hits: number;
}

function entries(v: unknown, where: string, file: string): Entry[] {
  if (v === undefined || v === null) return [];
  if (!isObj(v)) throw invalid(file, `${where} must be a mapping`);
  const out: Entry[] = [];
  for (const [key, e] of Object.entries(v)) {
    if (!isObj(e)) throw invalid(file, `${where}[${JSON.stringify(key)}] must be a mapping`);
    const hits = e.hits_total ?? 0;
    if (typeof hits !== 'number' || !Number.isInteger(hits) || hits < 0) throw invalid(file, `${where}[${JSON.stringify(key)}].hits_total must be a non-negative integer`);
    out.push({ key, first_seen: e.first_seen ?? null, last_seen: e.last_seen ?? null, runs_seen: e.runs_seen ?? null, hits });
  }
  return out.sort((a, b) => compareUtf8(a.key, b.key));
}

/** Profile → events (mapping). Throws ConfigError (invalid profile) or UsageError (time, run id). */
export function profileToEvents(profile: unknown, opts: ProfileExportOptions): EventInput[] {
  const file = opts.file;
  if (!isObj(profile)) throw invalid(file, 'a profile must be a mapping');
  const name = profile.name;
  const version = profile.version;
  const totalRuns = profile.total_runs;
  if (typeof version !== 'string') throw invalid(file, 'version must be a string');
  if (typeof name !== 'string' || name === '') throw invalid(file, 'name must be a non-empty string');
  if (typeof totalRuns !== 'number' || !Number.isInteger(totalRuns) || totalRuns < 0) throw invalid(file, 'total_runs must be a non-negative integer');
  const runIds = profile.run_ids;
  if (runIds !== undefined && (!Array.isArray(runIds) || !runIds.every((r) => typeof r === 'string'))) throw invalid(file, 'run_ids must be a list of strings');
  const scope = profile.scope;
  if (scope !== undefined && scope !== null && typeof scope !== 'string') throw invalid(file, 'scope must be a string');
  const ent = isObj(profile.entries) ? profile.entries : profile.entries === undefined || profile.entries === null ? {} : null;
  if (ent === null) throw invalid(file, 'entries must be a mapping');
  const files = entries(ent.files, 'entries.files', file);
  const network = entries(ent.network, 'entries.network', file);
  const processes = entries(ent.processes, 'entries.processes', file);
  const degr = profile.sandbox_degradations ?? [];
  if (!Array.isArray(degr) || !degr.every(isObj)) throw invalid(file, 'sandbox_degradations must be a list of mappings');

  const lastRun = Array.isArray(runIds) && runIds.length > 0 ? (runIds[runIds.length - 1] as string) : undefined;
  const runId = checkRunId(opts.runId ?? lastRun ?? `run_${hex(name).slice(0, 16)}`);
  const time = resolveExportTime(opts.time, [profile.updated_at, profile.created_at], opts.sourceDateEpoch, file);

  const out: EventInput[] = [];
  const push = (type: string, subject: string | undefined, data: unknown) => {
    const seq = out.length;
    const id = `${runId}:${seq}`;
    out.push({
      specversion: '1.0',
      type,
      source: `urn:assay:cli:${opts.version}`,
      id,
      time,
      datacontenttype: 'application/json',
      ...(subject !== undefined && subject !== '' ? { subject } : {}),
      traceparent: exportTraceparent(runId, id),
      assayrunid: runId,
      assayseq: seq,
      assayproducer: 'assay',
      assayproducerversion: opts.version,
      assaygit: opts.git,
      assaypii: false,
      assaysecrets: false,
      data,
    });
  };
  push('assay.profile.started', PROFILE_PHASE_SUBJECT, { profile_name: name, profile_version: version, total_runs_aggregated: totalRuns });
  for (const d of degr) push('assay.sandbox.degraded', 'landlock', d);
  if (opts.detail !== 'summary') {
    const kinds: Array<[Entry[], string, string]> = [
      [files, 'assay.fs.access', 'file'],
      [network, 'assay.net.connect', 'host'],
      [processes, 'assay.process.exec', 'cmd'],
    ];
    for (const [list, type, keyName] of kinds) {
      for (const e of list) {
        if (opts.detail === 'observed') push(type, scrubKey(e.key), { hits: e.hits });
        else push(type, e.key, { [keyName]: e.key, first_seen: e.first_seen, last_seen: e.last_seen, hits: e.hits, runs_seen: e.runs_seen });
      }
    }
  }
  push('assay.profile.finished', PROFILE_PHASE_SUBJECT, {
    files_count: files.length,
    network_count: network.length,
    processes_count: processes.length,
    sandbox_degradation_count: degr.length,
    integrity_scope: typeof scope === 'string' ? scope : null,
  });
  return out;
}
