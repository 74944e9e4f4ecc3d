// The event envelope (04 §3.2: CloudEvents 1.0 with flattened `assay*` extensions) and the digests over it
// (04 §4.3): content hash, run root, file digest.
import { createHash } from 'node:crypto';
import { canonicalize } from '../jcs.js';
import { COMPOSITE, isUnsignedIntegerToken, rawPrimitive, type StrictJsonResult } from './strict-json.js';

/** The registered envelope fields. */
export interface EvidenceEventFields {
  specversion: string;
  type: string;
  source: string;
  id: string;
  time: string;
  datacontenttype: string;
  subject?: string | null;
  traceparent?: string | null;
  tracestate?: string | null;
  assayrunid: string;
  assayseq: number;
  assayproducer: string;
  assayproducerversion: string;
  assaygit: string;
  assaypolicyid?: string | null;
  assaypii: boolean;
  assaysecrets: boolean;
  assaycontenthash?: string | null;
  assaysemanticdigest?: string | null;
  assaydigestprofile?: string | null;
  data: unknown;
}

/** An event as read: the registered fields plus any unknown keys (accepted, 04 §3.1). */
export type EvidenceEvent = EvidenceEventFields & { [key: string]: unknown };

export const SPECVERSION = '1.0';
export const DATACONTENTTYPE = 'application/json';

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function sha256Prefixed(data: string | Uint8Array): string {
  return 'sha256:' + sha256Hex(data);
}

/** The JCS preimage of the content hash: `{data, datacontenttype, specversion, subject?, type}` (keys in JCS order). */
export function contentHashPreimage(ev: Pick<EvidenceEvent, 'specversion' | 'type' | 'datacontenttype' | 'subject' | 'data'>): string {
  // The five keys sort as data < datacontenttype < specversion < subject < type, so the object is assembled
  // directly; every piece goes through the one JCS module.
  let s = '{"data":' + canonicalize(ev.data) + ',"datacontenttype":' + canonicalize(ev.datacontenttype) + ',"specversion":' + canonicalize(ev.specversion);
  if (typeof ev.subject === 'string') s += ',"subject":' + canonicalize(ev.subject);
  return s + ',"type":' + canonicalize(ev.type) + '}';
}

/** `assaycontenthash` (04 §4.3): `sha256:` + hex(SHA-256(UTF-8(JCS({specversion, type, datacontenttype, subject?, data})))). */
export function contentHash(ev: Pick<EvidenceEvent, 'specversion' | 'type' | 'datacontenttype' | 'subject' | 'data'>): string {
  return sha256Prefixed(contentHashPreimage(ev));
}

/**
 * The content hash of an event line already in canonical form (strictParse's `canonical`): each member's raw
 * text is its JCS text, so the preimage is assembled from the raw pieces. Equal to contentHash(JSON.parse(line)).
 */
export function contentHashOfCanonicalLine(raw: Readonly<Record<string, string>>, hasSubject: boolean): string {
  let pre = '{"data":' + raw.data + ',"datacontenttype":' + raw.datacontenttype + ',"specversion":' + raw.specversion;
  if (hasSubject) pre += ',"subject":' + raw.subject;
  return sha256Prefixed(pre + ',"type":' + raw.type + '}');
}

/** Incremental run root (04 §4.3): sha256 over `h0\nh1\n…h(n-1)\n`, flat, prefix included in each hi. */
export class RunRootHasher {
  private readonly h = createHash('sha256');
  // Hashes are batched: one update per 4096 events instead of one per event.
  private pending: string[] = [];
  count = 0;

  add(contentHashString: string): void {
    this.pending.push(contentHashString);
    this.count++;
    if (this.pending.length === 4096) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    this.h.update(this.pending.join('\n') + '\n', 'utf8');
    this.pending = [];
  }

  digest(): string {
    this.flush();
    return 'sha256:' + this.h.digest('hex');
  }
}

export function runRoot(contentHashes: readonly string[]): string {
  const r = new RunRootHasher();
  for (const h of contentHashes) r.add(h);
  return r.digest();
}

type Problem = string | undefined;

const STRING_KEYS = ['specversion', 'type', 'source', 'id', 'time', 'datacontenttype', 'assayrunid', 'assayproducer', 'assayproducerversion', 'assaygit'] as const;
const OPTIONAL_STRING_KEYS = ['subject', 'traceparent', 'tracestate', 'assaypolicyid', 'assaysemanticdigest', 'assaydigestprofile'] as const;

const U64_MAX = 18446744073709551615n;

const ENVELOPE_KEYS = [...STRING_KEYS, ...OPTIONAL_STRING_KEYS, 'assayseq', 'assaypii', 'assaysecrets', 'assaycontenthash'] as const;

const ENVELOPE_KEY_SET: ReadonlySet<string> = new Set(ENVELOPE_KEYS);

/**
 * The envelope's registered fields decoded from the raw members, without parsing `data` (its presence is
 * recorded as COMPOSITE or its primitive value). `hashed` receives the raw text of the content-hash members.
 */
export interface LightEnvelope {
  fields: Record<string, unknown> | undefined;
  /** Raw member text of data, datacontenttype, specversion, subject, type (for a canonical line's hash). */
  hashed: Record<string, string>;
}

const HASHED_KEYS: ReadonlySet<string> = new Set(['data', 'datacontenttype', 'specversion', 'subject', 'type']);

export function lightEnvelope(p: StrictJsonResult, text: string): LightEnvelope {
  let i = 0;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) i++;
  const hashed: Record<string, string> = {};
  if (text.charCodeAt(i) !== 0x7b) return { fields: undefined, hashed };
  const fields: Record<string, unknown> = {};
  p.members((k, raw) => {
    if (ENVELOPE_KEY_SET.has(k)) fields[k] = rawPrimitive(raw);
    else if (k === 'data') fields.data = COMPOSITE;
    if (HASHED_KEYS.has(k)) hashed[k] = raw;
  });
  return { fields, hashed };
}

/**
 * Typed envelope check (04 §3.2): the first missing required key or wrong JSON type, else undefined.
 * `seqToken` is the raw number token of `assayseq` (integers only: `1.0`, `1e0`, `-1` are type errors).
 * `assaycontenthash` absent or null is not a type error here (verify reports it later as ContractSchemaVersion).
 */
export function envelopeProblem(v: unknown, seqToken: string | undefined): Problem {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return 'event is not a JSON object';
  const o = v as Record<string, unknown>;
  for (const k of STRING_KEYS) {
    if (!(k in o)) return `missing field ${k}`;
    if (typeof o[k] !== 'string') return `field ${k} must be a string`;
  }
  for (const k of OPTIONAL_STRING_KEYS) {
    const x = o[k];
    if (x !== undefined && x !== null && typeof x !== 'string') return `field ${k} must be a string`;
  }
  if (!('assayseq' in o)) return 'missing field assayseq';
  if (typeof o.assayseq !== 'number' || !isUnsignedIntegerToken(seqToken) || BigInt(seqToken!) > U64_MAX) {
    return 'field assayseq must be an unsigned integer';
  }
  for (const k of ['assaypii', 'assaysecrets'] as const) {
    if (!(k in o)) return `missing field ${k}`;
    if (typeof o[k] !== 'boolean') return `field ${k} must be a boolean`;
  }
  const ch = o.assaycontenthash;
  if (ch !== undefined && ch !== null && typeof ch !== 'string') return 'field assaycontenthash must be a string';
  if (!('data' in o)) return 'missing field data';
  return undefined;
}

/** `source` contains `:` and does not start with it (04 §3.2). */
export function isUriLike(source: string): boolean {
  return source.includes(':') && !source.startsWith(':');
}
