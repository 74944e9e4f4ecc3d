// The event envelope (CloudEvents 1.0 with flattened `assay*` extensions) and the digests over it
//: content hash, run root, file digest.
import { createHash, hash as oneShotHash } from 'node:crypto';
import { canonicalize } from '../jcs.js';

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

/** An event as read: the registered fields plus any unknown keys (accepted). */
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

/** `assaycontenthash`: `sha256:` + hex(SHA-256(UTF-8(JCS({specversion, type, datacontenttype, subject?, data})))). */
export function contentHash(ev: Pick<EvidenceEvent, 'specversion' | 'type' | 'datacontenttype' | 'subject' | 'data'>): string {
  return sha256Prefixed(contentHashPreimage(ev));
}

/** Incremental run root: sha256 over `h0\nh1\n…h(n-1)\n`, flat, prefix included in each hi. */
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

/** `source` contains `:` and does not start with it. */
export function isUriLike(source: string): boolean {
  return source.includes(':') && !source.startsWith(':');
}
