// Shared fixtures for the evidence tests: the worked example and a raw archive builder for hostile
// inputs (any header bytes, typeflags, names, sizes; any gzip framing).
import { createHash } from 'node:crypto';
import { gzipSync, constants as zc } from 'node:zlib';
import { canonicalize } from '../../../src/core/jcs.js';
import type { EventInput } from '../../../src/core/evidence/writer.js';
import { contentHash } from '../../../src/core/evidence/event.js';
import { verifyBundleBytes } from '../../../src/core/evidence/verify.js';
import { BundleError } from '../../../src/core/evidence/verify-error.js';
import type { EvidenceLimits } from '../../../src/core/evidence/limits.js';

/** 'OK' or the verify code of the first failure; any other exception propagates (a bug). */
export async function codeOf(src: Uint8Array, limits?: Partial<EvidenceLimits>): Promise<string> {
  try {
    await verifyBundleBytes(src, { limits });
    return 'OK';
  } catch (e) {
    if (e instanceof BundleError) return e.code;
    throw e;
  }
}

export const sha256 = (b: string | Uint8Array): string => createHash('sha256').update(b).digest('hex');

const SHARED = {
  specversion: '1.0',
  source: 'urn:assay:cli:0.1.0',
  datacontenttype: 'application/json',
  assayproducer: 'assay',
  assayproducerversion: '0.1.0',
  assaygit: 'unknown',
  assaypii: false,
  assaysecrets: false,
  assayrunid: 'run_demo_001',
};

/** The two events. */
export function demoEvents(): EventInput[] {
  return [
    {
      ...SHARED,
      type: 'assay.profile.started',
      time: '2026-01-15T09:30:00Z',
      subject: 'urn:assay:phase:profile',
      id: 'run_demo_001:0',
      assayseq: 0,
      data: { profile_name: 'demo', profile_version: '1.0', total_runs_aggregated: 1 },
    },
    {
      ...SHARED,
      type: 'assay.tool.decision',
      time: '2026-01-15T09:30:00.250Z',
      subject: 'tool:read_file',
      id: 'run_demo_001:1',
      assayseq: 1,
      data: { tool: 'read_file', decision: 'deny', reason_code: 'P_TOOL_DENIED' },
    },
  ];
}

/** `n` events of one run (seq 0..n-1), valid and distinct. */
export function manyEvents(n: number, runId = 'run_many'): EventInput[] {
  const out: EventInput[] = [];
  for (let i = 0; i < n; i++) {
    out.push({
      ...SHARED,
      assayrunid: runId,
      type: i === 0 ? 'assay.profile.started' : 'assay.fs.access',
      time: `2026-01-15T09:30:${String(i % 60).padStart(2, '0')}Z`,
      subject: `/srv/app/file-${i}.json`,
      id: `${runId}:${i}`,
      assayseq: i,
      data: { hits: i },
    });
  }
  return out;
}

/** Events text as our writer emits it (content hashes filled in). */
export function eventsText(events: readonly EventInput[]): string {
  return events.map((e) => canonicalize({ ...e, assaycontenthash: e.assaycontenthash ?? contentHash(e) }) + '\n').join('');
}

/** A manifest for `events` (raw text) as our writer would write it; `over` replaces any key. */
export function manifestFor(events: string, over: Record<string, unknown> = {}): string {
  const lines = events.split('\n').filter((l) => l.replace(/\r$/, '') !== '');
  const hashes: string[] = [];
  let runId = '';
  for (const l of lines) {
    try {
      const e = JSON.parse(l.replace(/\r$/, '')) as { assaycontenthash?: string; assayrunid?: string };
      hashes.push(String(e.assaycontenthash));
      runId ||= String(e.assayrunid);
    } catch {
      hashes.push('x');
    }
  }
  const root = 'sha256:' + sha256(hashes.map((h) => h + '\n').join(''));
  return canonicalize({
    schema_version: 1,
    bundle_id: root,
    producer: { name: 'assay', version: '0.1.0' },
    run_id: runId,
    event_count: lines.length,
    run_root: root,
    algorithms: { canon: 'jcs-rfc8785', hash: 'sha256', root: 'sha256(concat(content_hash + "\\n"))' },
    files: { 'events.ndjson': { path: 'events.ndjson', sha256: 'sha256:' + sha256(events), bytes: Buffer.byteLength(events) } },
    ...over,
  });
}

export interface RawEntry {
  name: string | Uint8Array;
  data?: string | Uint8Array;
  /** Typeflag byte (default NUL). */
  type?: number | string;
  /** Declared size when it should differ from the data length. */
  size?: number;
  /** Break the header checksum. */
  badChecksum?: boolean;
  magic?: 'gnu' | 'ustar' | 'old';
  prefix?: string;
}

const enc = new TextEncoder();
const bytes = (x: string | Uint8Array | undefined): Uint8Array => (x === undefined ? new Uint8Array(0) : typeof x === 'string' ? enc.encode(x) : x);

export function rawHeader(e: RawEntry): Uint8Array {
  const h = new Uint8Array(512);
  const name = bytes(e.name);
  h.set(name.subarray(0, 100), 0);
  const put = (off: number, s: string) => h.set(enc.encode(s), off);
  put(100, '0000644\0');
  put(108, '0000000\0');
  put(116, '0000000\0');
  const size = e.size ?? bytes(e.data).length;
  put(124, size.toString(8).padStart(11, '0') + '\0');
  put(136, '00000000000\0');
  h[156] = e.type === undefined ? 0 : typeof e.type === 'string' ? e.type.charCodeAt(0) : e.type;
  if (e.magic === 'ustar') {
    put(257, 'ustar\0');
    put(263, '00');
  } else if (e.magic !== 'old') put(257, 'ustar  \0');
  if (e.prefix) put(345, e.prefix);
  put(148, '        ');
  let sum = 0;
  for (const b of h) sum += b;
  if (e.badChecksum) sum += 1;
  put(148, sum.toString(8).padStart(7, '0') + '\0');
  return h;
}

/** A tar stream from raw entries; `zeroBlocks` end-of-archive blocks (default 2). */
export function rawTar(entries: readonly RawEntry[], zeroBlocks = 2): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const e of entries) {
    parts.push(rawHeader(e));
    const d = bytes(e.data);
    const padded = new Uint8Array(Math.ceil(d.length / 512) * 512);
    padded.set(d);
    parts.push(padded);
  }
  parts.push(new Uint8Array(512 * zeroBlocks));
  return Buffer.concat(parts);
}

/** Gzip with node:zlib (any valid gzip must verify; only our writer's bytes are pinned). */
export function gz(data: Uint8Array, level = 1): Uint8Array {
  return gzipSync(data, { level, strategy: zc.Z_DEFAULT_STRATEGY });
}

/** A bundle archive from events text and a manifest text (defaults: the manifest our writer would write). */
export function bundleFrom(events: string, manifest = manifestFor(events)): Uint8Array {
  return gz(rawTar([{ name: 'manifest.json', data: manifest }, { name: 'events.ndjson', data: events }]));
}

/** Deterministic PRNG (mulberry32) for the fuzz tests. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The file path of the evidence format's worked example: a GitHub-hosted runner's checkout of a project
 * (the runner's home, its work folder, the project). Built from its segments so the repository's sources
 * hold no machine path; the golden hashes depend on these exact bytes.
 */
export const RUNNER_CONFIG_PATH = ['', 'home', 'runner', 'work', 'app', 'config.json'].join('/');
