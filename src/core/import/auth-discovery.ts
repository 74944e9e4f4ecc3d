// Authorization discovery in HTTP transcripts: an entry with HTTP status 401 whose
// WWW-Authenticate header names `resource_metadata=` and/or `scope=`. The entry's
// `transport_context` is looked at first, then its `headers`; both may nest the data under `response`.
import { has, isJsonObject, type JsonObject, type JsonValue } from './strict-json.js';
import { noAuthDiscovery, type AuthDiscovery } from './message.js';

const STATUS_KEYS = ['status', 'status_code', 'http_status'];

export function entryAuthDiscovery(entry: JsonObject): AuthDiscovery | undefined {
  const ctx = has(entry, 'transport_context') ? entry['transport_context'] : undefined;
  const headers = has(entry, 'headers') ? entry['headers'] : undefined;
  const status = statusOf(ctx) ?? statusOf(headers);
  if (status !== 401) return undefined;
  const header = findHeader(ctx, 'www-authenticate') ?? findHeader(headers, 'www-authenticate');
  if (header === undefined) return undefined;
  const resourceMetadata = authParamPresent(header, 'resource_metadata');
  const scope = authParamPresent(header, 'scope');
  if (!resourceMetadata && !scope) return undefined;
  return {
    visible: true,
    source_kind: 'www_authenticate',
    resource_metadata_visible: resourceMetadata,
    // A transcript never shows the metadata document itself, only the pointer to it.
    authorization_servers_visible: false,
    scope_challenge_visible: scope,
  };
}

/** OR-merge of per-entry observations; the first known source kind sticks. */
export function mergeAuthDiscovery(into: AuthDiscovery, other: AuthDiscovery): void {
  into.visible ||= other.visible;
  into.resource_metadata_visible ||= other.resource_metadata_visible;
  into.authorization_servers_visible ||= other.authorization_servers_visible;
  into.scope_challenge_visible ||= other.scope_challenge_visible;
  if (into.source_kind === 'unknown') into.source_kind = other.source_kind;
}

export { noAuthDiscovery };

function statusOf(v: JsonValue | undefined, depth = 0): number | undefined {
  if (!isJsonObject(v) || depth > 8) return undefined;
  for (const key of STATUS_KEYS) {
    if (!has(v, key)) continue;
    const s = v[key];
    if (typeof s === 'number' && Number.isInteger(s)) return s;
    if (typeof s === 'string' && /^[0-9]{1,5}$/.test(s)) return Number(s);
  }
  return has(v, 'response') ? statusOf(v['response'], depth + 1) : undefined;
}

function findHeader(v: JsonValue | undefined, name: string, depth = 0): string | undefined {
  if (!isJsonObject(v) || depth > 8) return undefined;
  if (has(v, 'headers')) {
    const found = findHeader(v['headers'], name, depth + 1);
    if (found !== undefined) return found;
  }
  if (has(v, 'response')) {
    const found = findHeader(v['response'], name, depth + 1);
    if (found !== undefined) return found;
  }
  for (const key of Object.keys(v)) {
    if (key.toLowerCase() !== name) continue;
    const value = v[key];
    if (typeof value === 'string') return value;
    // A header repeated by the capture tool: several challenges.
    if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.join(', ');
  }
  return undefined;
}

/** `param=` at the start of the value or after a space, comma or tab (case-insensitive). */
function authParamPresent(header: string, param: string): boolean {
  const lower = header.toLowerCase();
  const needle = `${param}=`;
  for (let at = lower.indexOf(needle); at !== -1; at = lower.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : lower[at - 1];
    if (at === 0 || before === ' ' || before === ',' || before === '\t') return true;
  }
  return false;
}
