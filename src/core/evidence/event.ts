// The event envelope (04 §3.2: CloudEvents 1.0 with flattened `assay*` extensions) and the digests over it
// (04 §4.3): content hash, run root, file digest.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { canonicalize } from '../jcs.js';
import { isUnsignedIntegerToken, rawPrimitive, type StrictJsonResult } from './strict-json.js';

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

/** One-shot sha256 (crypto.hash: no Hash object per call, which matters at 100,000 events). */
export function sha256Hex(data: string | Uint8Array): string {
  return oneShotHash('sha256', data, 'hex');
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
export function contentHashOfCanonicalLine(env: LightEnvelope): string {
  let pre = '{"data":' + env.rawData + ',"datacontenttype":' + env.rawDatacontenttype + ',"specversion":' + env.rawSpecversion;
  if (typeof env.subject === 'string') pre += ',"subject":' + env.rawSubject;
  return sha256Prefixed(pre + ',"type":' + env.rawType + '}');
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

/** Marks an absent member in a LightEnvelope (distinct from JSON null). */
export const ABSENT: unique symbol = Symbol('absent');

/**
 * The registered envelope fields of one event line, decoded from the raw members without parsing `data`
 * (present → COMPOSITE or its primitive). Fixed shape, so the per-line work stays monomorphic. The raw text
 * of the content-hash members is kept for a canonical line's hash.
 */
export class LightEnvelope {
  specversion: unknown = ABSENT;
  type: unknown = ABSENT;
  source: unknown = ABSENT;
  id: unknown = ABSENT;
  time: unknown = ABSENT;
  datacontenttype: unknown = ABSENT;
  subject: unknown = ABSENT;
  traceparent: unknown = ABSENT;
  tracestate: unknown = ABSENT;
  assayrunid: unknown = ABSENT;
  assayseq: unknown = ABSENT;
  assayproducer: unknown = ABSENT;
  assayproducerversion: unknown = ABSENT;
  assaygit: unknown = ABSENT;
  assaypolicyid: unknown = ABSENT;
  assaypii: unknown = ABSENT;
  assaysecrets: unknown = ABSENT;
  assaycontenthash: unknown = ABSENT;
  assaysemanticdigest: unknown = ABSENT;
  assaydigestprofile: unknown = ABSENT;
  data: unknown = ABSENT;
  /** Raw member text (JCS when the line is canonical). */
  rawData = '';
  rawDatacontenttype = '';
  rawSpecversion = '';
  rawSubject = '';
  rawType = '';
  /** The root is an object. */
  isObject = false;
}

export function lightEnvelope(p: StrictJsonResult, text: string): LightEnvelope {
  const env = new LightEnvelope();
  let i = 0;
  while (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09 || text.charCodeAt(i) === 0x0a || text.charCodeAt(i) === 0x0d) i++;
  if (text.charCodeAt(i) !== 0x7b) return env;
  env.isObject = true;
  p.members((k, raw) => {
    switch (k) {
      case 'data':
        env.data = rawPrimitive(raw);
        env.rawData = raw;
        break;
      case 'datacontenttype':
        env.datacontenttype = rawPrimitive(raw);
        env.rawDatacontenttype = raw;
        break;
      case 'specversion':
        env.specversion = rawPrimitive(raw);
        env.rawSpecversion = raw;
        break;
      case 'subject':
        env.subject = rawPrimitive(raw);
        env.rawSubject = raw;
        break;
      case 'type':
        env.type = rawPrimitive(raw);
        env.rawType = raw;
        break;
      case 'source':
      case 'id':
      case 'time':
      case 'traceparent':
      case 'tracestate':
      case 'assayrunid':
      case 'assayseq':
      case 'assayproducer':
      case 'assayproducerversion':
      case 'assaygit':
      case 'assaypolicyid':
      case 'assaypii':
      case 'assaysecrets':
      case 'assaycontenthash':
      case 'assaysemanticdigest':
      case 'assaydigestprofile':
        (env as unknown as Record<string, unknown>)[k] = rawPrimitive(raw);
        break;
      default:
        break;
    }
  });
  return env;
}

/**
 * Typed envelope check (04 §3.2): the first missing required key or wrong JSON type, else undefined.
 * `seqToken` is the raw number token of `assayseq` (integers only: `1.0`, `1e0`, `-1` are type errors).
 * `assaycontenthash` absent or null is not a type error here (verify reports it later as ContractSchemaVersion).
 */
export function envelopeProblem(o: LightEnvelope, seqToken: string | undefined): Problem {
  if (!o.isObject) return 'event is not a JSON object';
  const f = o as unknown as Record<string, unknown>;
  for (const k of STRING_KEYS) {
    if (f[k] === ABSENT) return `missing field ${k}`;
    if (typeof f[k] !== 'string') return `field ${k} must be a string`;
  }
  for (const k of OPTIONAL_STRING_KEYS) {
    const x = f[k];
    if (x !== ABSENT && x !== null && typeof x !== 'string') return `field ${k} must be a string`;
  }
  if (o.assayseq === ABSENT) return 'missing field assayseq';
  if (typeof o.assayseq !== 'number' || !isUnsignedIntegerToken(seqToken) || BigInt(seqToken!) > U64_MAX) {
    return 'field assayseq must be an unsigned integer';
  }
  if (o.assaypii === ABSENT) return 'missing field assaypii';
  if (typeof o.assaypii !== 'boolean') return 'field assaypii must be a boolean';
  if (o.assaysecrets === ABSENT) return 'missing field assaysecrets';
  if (typeof o.assaysecrets !== 'boolean') return 'field assaysecrets must be a boolean';
  const ch = o.assaycontenthash;
  if (ch !== ABSENT && ch !== null && typeof ch !== 'string') return 'field assaycontenthash must be a string';
  if (o.data === ABSENT) return 'missing field data';
  return undefined;
}

/** `source` contains `:` and does not start with it (04 §3.2). */
export function isUriLike(source: string): boolean {
  return source.includes(':') && !source.startsWith(':');
}
