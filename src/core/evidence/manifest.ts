// `manifest.json`: the typed shape a reader requires, and the JCS form our writer emits.
import { canonicalize } from '../jcs.js';
import { isUnsignedIntegerToken, isIntegerToken } from './strict-json.js';

export interface ManifestFileMeta {
  path: string;
  sha256: string;
  bytes: number;
}

export interface Manifest {
  schema_version: number;
  bundle_id: string;
  producer: { name: string; version: string; git?: string };
  run_id: string;
  event_count: number;
  run_root: string;
  algorithms: { canon: string; hash: string; root: string };
  files: Record<string, unknown> & { 'events.ndjson'?: ManifestFileMeta };
  [key: string]: unknown;
}

export const ALGORITHMS = Object.freeze({ canon: 'jcs-rfc8785', hash: 'sha256', root: 'sha256(concat(content_hash + "\\n"))' });

export const EVENTS_MEMBER = 'events.ndjson';
export const MANIFEST_MEMBER = 'manifest.json';

const SEP = '\u0000';

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * The first shape problem of a parsed manifest, else undefined. `tokens` are the raw number tokens by
 * path (keys joined by U+0000), so integer fields refuse `1.0` and `1e0`. `schema_version` is only type-checked
 * here; its value is the caller's next check.
 */
export function manifestShapeProblem(v: unknown, tokens: ReadonlyMap<string, string>): string | undefined {
  if (!isObject(v)) return 'manifest is not a JSON object';
  const needString = (o: Record<string, unknown>, k: string, where: string): string | undefined => {
    if (!(k in o)) return `missing field ${where}${k}`;
    if (typeof o[k] !== 'string') return `field ${where}${k} must be a string`;
    return undefined;
  };
  if (!('schema_version' in v)) return 'missing field schema_version';
  if (typeof v.schema_version !== 'number' || !isIntegerToken(tokens.get('schema_version'))) return 'field schema_version must be an integer';
  for (const k of ['bundle_id', 'run_id', 'run_root']) {
    const p = needString(v, k, '');
    if (p) return p;
  }
  if (!('producer' in v)) return 'missing field producer';
  if (!isObject(v.producer)) return 'field producer must be an object';
  for (const k of ['name', 'version']) {
    const p = needString(v.producer, k, 'producer.');
    if (p) return p;
  }
  if (v.producer.git !== undefined && v.producer.git !== null && typeof v.producer.git !== 'string') return 'field producer.git must be a string';
  if (!('event_count' in v)) return 'missing field event_count';
  if (typeof v.event_count !== 'number' || !isUnsignedIntegerToken(tokens.get('event_count'))) return 'field event_count must be an unsigned integer';
  if (!('algorithms' in v)) return 'missing field algorithms';
  if (!isObject(v.algorithms)) return 'field algorithms must be an object';
  for (const k of ['canon', 'hash', 'root']) {
    const p = needString(v.algorithms, k, 'algorithms.');
    if (p) return p;
  }
  if (!('files' in v)) return 'missing field files';
  if (!isObject(v.files)) return 'field files must be an object';
  const ev = v.files[EVENTS_MEMBER];
  if (ev !== undefined) {
    const where = 'files["events.ndjson"].';
    if (!isObject(ev)) return 'field files["events.ndjson"] must be an object';
    for (const k of ['path', 'sha256']) {
      const p = needString(ev, k, where);
      if (p) return p;
    }
    if (!('bytes' in ev)) return `missing field ${where}bytes`;
    if (typeof ev.bytes !== 'number' || !isUnsignedIntegerToken(tokens.get(['files', EVENTS_MEMBER, 'bytes'].join(SEP)))) {
      return `field ${where}bytes must be an unsigned integer`;
    }
  }
  return undefined;
}

/** The manifest our writer emits, as JCS without a trailing newline. */
export function manifestText(m: {
  bundle_id: string;
  producer: { name: string; version: string; git?: string };
  run_id: string;
  event_count: number;
  run_root: string;
  events: { sha256: string; bytes: number };
}): string {
  const doc: Manifest = {
    schema_version: 1,
    bundle_id: m.bundle_id,
    producer: { name: m.producer.name, version: m.producer.version, ...(m.producer.git !== undefined ? { git: m.producer.git } : {}) },
    run_id: m.run_id,
    event_count: m.event_count,
    run_root: m.run_root,
    algorithms: { ...ALGORITHMS },
    files: { [EVENTS_MEMBER]: { path: EVENTS_MEMBER, sha256: m.events.sha256, bytes: m.events.bytes } },
  };
  return canonicalize(doc);
}
